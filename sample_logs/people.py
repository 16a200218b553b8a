"""Who sends the traffic: customers, staff, service keys and their usual addresses.

Identities are fixed per tenant so that behaviour can be profiled: a customer keeps (mostly) one
address, staff come from their office egress addresses, services from their subnet. Busy
customers are drawn more often than quiet ones (a skewed draw), as in real traffic.
"""

from __future__ import annotations

import random
from dataclasses import dataclass

from aisoc.sample_logs.fakes import key_hash, office_ip
from aisoc.sample_logs.tenants import Tenant

__all__ = ["customer", "staff_member", "GatewayKey", "gateway_key", "MODEL_PRICES", "cost_of", "SERVICES"]

_CUSTOMERS_PER_TENANT = 4000


def customer(rng: random.Random, tenant: Tenant) -> tuple[str, str]:
    """(customer id, address): an id from a skewed pool and the address that customer usually uses."""
    n = int(_CUSTOMERS_PER_TENANT * rng.random() ** 2)
    prefix = tenant.name.split("-")[0][:2]
    h = (n + 1) * 2_654_435_761 + tenant.index * 97
    if rng.random() < 0.12:  # on the road: some other mobile address
        h = rng.getrandbits(32)
    ip = f"100.{64 + h % 64}.{(h >> 6) % 256}.{(h >> 14) % 254 + 1}"
    return f"{prefix}-cust-{10000 + n}", ip


def staff_member(rng: random.Random, tenant: Tenant, pool: tuple[str, ...] | None = None) -> tuple[str, str]:
    """(login, office address)."""
    login = rng.choice(pool or tenant.staff)
    return login, office_ip(tenant.index, rng)


# Gateway virtual keys of each tenant: alias suffix -> (who uses it, user agent, address kind).
SERVICES = {
    "dev-copilot": ("staff", "vscode-copilot-bridge/1.4.2", "office"),
    "workplace-chat": ("staff", "WorkplaceChat/2.9 (web)", "office"),
    "batch-scoring": ("service", "openai-python/1.51.0", "internal"),
    "partner-api": ("partner", "PartnerPortal/3.2 (+https://partners.platform.example)", "partner"),
}


@dataclass(frozen=True)
class GatewayKey:
    alias: str
    hash: str
    team: str
    team_id: str


def gateway_key(tenant: Tenant, app: str) -> GatewayKey:
    alias = f"{tenant.name}-{app}"
    return GatewayKey(alias, key_hash(alias), tenant.name, f"team-{tenant.index + 1:02d}")


# USD per 1,000 input / output tokens (list prices of the kind gateways apply; illustrative).
MODEL_PRICES = {
    "gpt-4o-mini": (0.00015, 0.0006),
    "gpt-4o": (0.0025, 0.01),
    "claude-3-5-haiku": (0.0008, 0.004),
    "claude-3-5-sonnet": (0.003, 0.015),
    "mistral-large": (0.002, 0.006),
    "text-embedding-3-small": (0.00002, 0.0),
}


def cost_of(model: str, tokens_in: int, tokens_out: int) -> float:
    price_in, price_out = MODEL_PRICES[model]
    return round(tokens_in * price_in / 1000 + tokens_out * price_out / 1000, 8)
