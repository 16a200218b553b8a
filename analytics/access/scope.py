"""Tenant scope in SQL: every query of tenant data goes through ``scope_clause``."""

from __future__ import annotations

from aisoc.analytics.access.principal import Principal

__all__ = ["scope_clause"]


def scope_clause(principal: Principal, column: str = "a.tenant") -> tuple[str, list]:
    """A WHERE condition holding the principal to their tenants, and its parameters."""
    if principal.all_tenants:
        return "TRUE", []
    return f"{column} IN (SELECT unnest(?))", [principal.tenant_list()]
