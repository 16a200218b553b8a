"""Benign traffic: how a record budget becomes units of normal activity, and the LLM units.

A *unit* is one piece of normal activity with a fixed number of records (a support-bot trace of
two spans, a page of ten nightly scoring calls, an MLflow release of three events). ``fill``
draws units by weight until the budget is spent exactly (single-record units close the gap),
gives each unit a time from its daily profile, and lets the unit add its items to the plan.
Content is drawn when the record is built (``plan`` explains why).
"""

from __future__ import annotations

import random
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from aisoc.sample_logs.clock import SECOND_US, Window
from aisoc.sample_logs.corpus import rag_turn
from aisoc.sample_logs.fakes import hex_id, internal_ip, partner_ip
from aisoc.sample_logs.llm_chunks import (
    CUSTOMER_AGENTS,
    DOCS_APP,
    INDEXER_APP,
    SUPPORT_APP,
    TRACE_SIZES,
    bedrock_chunk,
    gateway_chunk,
    trace_chunk,
)
from aisoc.sample_logs.people import SERVICES, customer, gateway_key, staff_member
from aisoc.sample_logs.plan import Item, Plan
from aisoc.sample_logs.tenants import Tenant
from aisoc.sample_logs.vocab import (
    SYSTEM_PROMPTS,
    assistant_turn,
    batch_turn,
    coding_turn,
    summary_turn,
    support_tool_turn,
    support_turn,
    workplace_turn,
)

__all__ = ["Unit", "Planner", "fill", "LLM_UNITS"]

Planner = Callable[[Plan, random.Random, Window, Tenant, int], None]


@dataclass(frozen=True)
class Unit:
    name: str
    size: int  # records the unit adds
    weight: float  # how often it is drawn, relative to the source's other units
    profile: str  # daily rhythm (clock.PROFILES)
    planner: Planner


def fill(plan: Plan, rng: random.Random, window: Window, tenant: Tenant, units: tuple[Unit, ...], budget: int) -> None:
    """Add units until exactly ``budget`` records are planned; units are planned in time order."""
    assert any(u.size == 1 for u in units), "a source needs a single-record unit to hit exact totals"
    chosen: list[int] = [0] * len(units)
    remaining = budget
    largest = max(u.size for u in units)
    cum, total = [], 0.0
    for u in units:
        total += u.weight
        cum.append(total)
    while remaining >= largest:  # draw in blocks while any unit still fits
        block = max(1, remaining // (largest * 4))
        for i in rng.choices(range(len(units)), cum_weights=cum, k=block):
            chosen[i] += 1
            remaining -= units[i].size
    while remaining > 0:
        fits = [i for i, u in enumerate(units) if u.size <= remaining]
        i = rng.choices(fits, weights=[units[j].weight for j in fits])[0]
        chosen[i] += 1
        remaining -= units[i].size
    timed = [(t, i) for i, u in enumerate(units) for t in window.sample(rng, u.profile, chosen[i])]
    timed.sort()
    for t, i in timed:
        units[i].planner(plan, rng, window, tenant, t)


# --- otel_genai -------------------------------------------------------------------------------


def _b_trace(rng: random.Random, ctx: dict, item: Item) -> dict:
    tenant, shape = item.args
    if shape == "embed":
        return trace_chunk(rng, tenant, item.ts, "embed", INDEXER_APP[tenant.name], "", "", "", {})
    if shape == "rag":
        user, ip = staff_member(rng, tenant)
        question, docs, answer = rag_turn(rng, tenant, user)
        content: dict[str, Any] = {
            "prompt": question,
            "reply": answer,
            "docs": docs,
            "source": f"{tenant.name}-kb",
            "system": "Answer from the context only and cite the document title.",
        }
        return trace_chunk(
            rng,
            tenant,
            item.ts,
            "rag",
            DOCS_APP[tenant.name],
            tenant.email(user),
            ip,
            "Mozilla/5.0 (Windows NT 10.0; Win64; x64) Edge/126.0",
            content,
        )
    user, ip = customer(rng, tenant)
    content = {"system": SYSTEM_PROMPTS[tenant.name]}
    if shape == "tool":
        question, arguments, result, answer = support_tool_turn(rng, tenant)
        content.update(prompt=question, tool=tenant.support_tool, arguments=arguments, result=result, reply=answer)
    else:
        content["prompt"], content["reply"] = support_turn(rng, tenant)
        if rng.random() < 0.006:
            content["error"], content["reply"] = "RateLimitError", ""
    return trace_chunk(
        rng,
        tenant,
        item.ts,
        shape,
        SUPPORT_APP[tenant.name],
        user,
        ip,
        rng.choice(CUSTOMER_AGENTS[tenant.name]),
        content,
    )


def _trace_unit(shape: str) -> Planner:
    def planner(plan: Plan, rng: random.Random, window: Window, tenant: Tenant, ts: int) -> None:
        plan.add("otel", tenant, ts, TRACE_SIZES[shape], _b_trace, (tenant, shape))

    return planner


# --- openai_gateway ---------------------------------------------------------------------------

_RATE_LIMITED = {
    "error_code": "429",
    "error_class": "RateLimitError",
    "error_message": "Rate limit reached for the team's model group; retry after 20s",
}
_CODING_MODELS = ("gpt-4o", "gpt-4o", "claude-3-5-sonnet", "claude-3-5-sonnet", "gpt-4o-mini")


def _b_gateway(rng: random.Random, ctx: dict, item: Item) -> dict:
    tenant, app = item.args
    key = gateway_key(tenant, app)
    agent = SERVICES[app][1]
    system: str | None  # workplace chat sends none
    if app == "batch-scoring":
        row = ctx[tenant.name] = ctx.get(tenant.name, 0) + 1
        system, prompt, reply = batch_turn(rng, tenant, row)
        return gateway_chunk(
            rng,
            key,
            item.ts,
            model=tenant.batch_model,
            system=system,
            prompt=prompt,
            reply=reply,
            user=None,
            end_user=None,
            ip=internal_ip(tenant.index, rng, 40),
            agent=agent,
            tags=["batch", "nightly-scoring"],
            params={"temperature": 0, "max_tokens": 8},
        )
    if app == "partner-api":
        row = rng.randrange(1, 99999)
        system, prompt, reply = batch_turn(rng, tenant, row)
        return gateway_chunk(
            rng,
            key,
            item.ts,
            model="gpt-4o-mini",
            system=system,
            prompt=prompt,
            reply=reply,
            user=None,
            end_user=f"partner-{tenant.index + 1}{rng.randrange(10, 40)}",
            ip=partner_ip(tenant.index, rng.randrange(3)),
            agent=agent,
            tags=["partner"],
            params={"temperature": 0.1, "max_tokens": 16},
        )
    pool = tenant.developers if app == "dev-copilot" else None
    login, ip = staff_member(rng, tenant, pool)
    if app == "dev-copilot":
        prompt, reply = coding_turn(rng)
        model = rng.choice(_CODING_MODELS)
        system = f"You are a coding assistant for {tenant.brand} engineers. Prefer small, tested changes."
    else:
        prompt, reply = workplace_turn(rng)
        model = rng.choice(("gpt-4o-mini", "gpt-4o-mini", "mistral-large"))
        system = None
    error = _RATE_LIMITED if rng.random() < 0.008 else None
    return gateway_chunk(
        rng,
        key,
        item.ts,
        model=model,
        system=system,
        prompt=prompt,
        reply=None if error else reply,
        user=tenant.email(login),
        end_user=None,
        ip=ip,
        agent=agent,
        tags=[app],
        error=error,
    )


def _gateway_unit(app: str, page: int = 1) -> Planner:
    def planner(plan: Plan, rng: random.Random, window: Window, tenant: Tenant, ts: int) -> None:
        for _ in range(page):  # a page of a batch job: calls one after another
            plan.add("gateway", tenant, ts, 1, _b_gateway, (tenant, app))
            ts += rng.randrange(600_000, 1_500_000)

    return planner


# --- bedrock_invocation -----------------------------------------------------------------------


def _b_bedrock(rng: random.Random, ctx: dict, item: Item) -> dict:
    tenant, app, session = item.args
    if app == "batch":
        system, prompt, reply = summary_turn(rng, tenant)
        return bedrock_chunk(rng, tenant, item.ts, "batch", system=system, prompt=prompt, reply=reply, session=session)
    system, prompt, reply = assistant_turn(rng, tenant)
    end_user = customer(rng, tenant)[0] if tenant.name == "initech-pay" else tenant.email(staff_member(rng, tenant)[0])
    return bedrock_chunk(
        rng, tenant, item.ts, "assistant", system=system, prompt=prompt, reply=reply, session=session, end_user=end_user
    )


def _bedrock_unit(app: str, page: int = 1) -> Planner:
    def planner(plan: Plan, rng: random.Random, window: Window, tenant: Tenant, ts: int) -> None:
        session = f"batch-{hex_id(rng, 8)}" if app == "batch" else f"i-0{hex_id(rng, 16)}"
        for _ in range(page):
            plan.add("bedrock", tenant, ts, 1, _b_bedrock, (tenant, app, session))
            ts += rng.randrange(2 * SECOND_US, 6 * SECOND_US)

    return planner


LLM_UNITS: dict[str, tuple[Unit, ...]] = {
    "otel": (
        Unit("support-chat", 2, 5.0, "customer", _trace_unit("chat")),
        Unit("support-tool", 4, 1.5, "customer", _trace_unit("tool")),
        Unit("docs-rag", 3, 2.5, "office", _trace_unit("rag")),
        Unit("doc-indexer", 1, 1.0, "nightly", _trace_unit("embed")),
    ),
    "gateway": (
        Unit("dev-copilot", 1, 3.0, "office", _gateway_unit("dev-copilot")),
        Unit("workplace-chat", 1, 3.0, "office", _gateway_unit("workplace-chat")),
        Unit("batch-scoring", 10, 0.35, "nightly", _gateway_unit("batch-scoring", 10)),
        Unit("partner-api", 1, 1.2, "customer", _gateway_unit("partner-api")),
    ),
    "bedrock": (
        Unit("summary-batch", 5, 0.8, "nightly", _bedrock_unit("batch", 5)),
        Unit("assistant", 1, 3.0, "office", _bedrock_unit("assistant")),
    ),
}
