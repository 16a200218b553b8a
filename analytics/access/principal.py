"""Who is asking: a signed-in user's role, what the role may do, and which tenants they see.

Every console query takes a ``Principal`` and filters by it, so tenant scoping holds below the
UI: a page cannot forget it, and the hunt box cannot talk its way around it.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from aisoc.ingest.kernel.errors import AisocError

__all__ = ["Principal", "ROLES", "PERMISSIONS", "ALL_TENANTS", "AccessDenied", "role_permissions"]

ROLES = ("viewer", "analyst", "responder", "admin")
ALL_TENANTS = "*"

# What each permission needs, as the lowest role that has it; roles are ordered, each has the
# permissions of the roles before it.
PERMISSIONS = {
    "view": "viewer",  # every page, event text masked
    "triage": "analyst",  # acknowledge, assign, close, escalate
    "hunt": "analyst",  # ad-hoc SQL, saved searches, Sigma drafts, rule tests
    "export": "analyst",  # download hunt results and tables
    "case.open": "analyst",  # escalate alerts into a case, add alerts to one
    "unmask": "responder",  # see PII and secrets in event text (audit-logged)
    "respond": "responder",  # work cases: steps, evidence, decisions, actions, notifications, close
    "rules.manage": "admin",  # enable and disable rules
    "audit.read": "admin",  # read the audit log in the console
}


class AccessDenied(AisocError):
    """The principal lacks the permission or the tenant an operation needs."""


def role_permissions(role: str) -> frozenset[str]:
    if role not in ROLES:
        raise ValueError(f"role {role!r}: expected one of {', '.join(ROLES)}")
    rank = ROLES.index(role)
    return frozenset(p for p, lowest in PERMISSIONS.items() if ROLES.index(lowest) <= rank)


@dataclass(frozen=True)
class Principal:
    name: str
    role: str
    tenants: frozenset[str] | None  # None: every tenant, and events or alerts that have none

    @classmethod
    def of(cls, name: str, role: str, tenants: Iterable[str]) -> Principal:
        tenants = frozenset(tenants)
        role_permissions(role)  # validates the role
        return cls(name, role, None if ALL_TENANTS in tenants else tenants)

    @property
    def all_tenants(self) -> bool:
        return self.tenants is None

    def can(self, permission: str) -> bool:
        if permission not in PERMISSIONS:
            raise ValueError(f"unknown permission {permission!r}")
        return permission in role_permissions(self.role)

    def require(self, permission: str) -> None:
        if not self.can(permission):
            raise AccessDenied(f"{self.name} ({self.role}) may not {permission}")

    def sees(self, tenant: str | None) -> bool:
        return self.tenants is None or (tenant is not None and tenant in self.tenants)

    def tenant_list(self) -> list[str] | None:
        """The tenants to filter by, sorted; None when there is nothing to filter."""
        return None if self.tenants is None else sorted(self.tenants)

    def describe_tenants(self) -> str:
        return "all tenants" if self.tenants is None else ", ".join(sorted(self.tenants)) or "no tenant"
