"""Saved searches: an analyst's named hunt queries, kept per owner in the state database."""

from __future__ import annotations

import polars as pl

import aisoc.analytics.huntsql.tables  # noqa: F401 - registers the tables queried here
from aisoc.analytics.access import Principal, recorded
from aisoc.analytics.huntsql.sandbox import check_select
from aisoc.ingest.kernel.clocks import utcnow
from aisoc.ingest.kernel.state import query_frame
from aisoc.ingest.warehouse import Warehouse

__all__ = ["save_search", "saved_searches", "delete_search"]

MAX_NAME = 120


def save_search(warehouse: Warehouse, principal: Principal, name: str, sql: str) -> None:
    """Save (or replace) ``name``; only a query the hunt box would run can be saved."""
    principal.require("hunt")
    name = name.strip()
    if not name or len(name) > MAX_NAME:
        raise ValueError(f"give the search a name of 1-{MAX_NAME} characters")
    check_select(sql)
    with recorded(warehouse, principal.name, "hunt.save", name, {"sql": sql[:20_000]}) as (con, _):
        con.execute("INSERT OR REPLACE INTO saved_searches VALUES (?, ?, ?, ?)", [principal.name, name, sql, utcnow()])


def saved_searches(warehouse: Warehouse, principal: Principal) -> pl.DataFrame:
    principal.require("hunt")
    with warehouse.state() as con:
        return query_frame(
            con, "SELECT name, sql, saved_at FROM saved_searches WHERE owner = ? ORDER BY name", [principal.name]
        )


def delete_search(warehouse: Warehouse, principal: Principal, name: str) -> None:
    principal.require("hunt")
    with recorded(warehouse, principal.name, "hunt.delete", name) as (con, _):
        con.execute("DELETE FROM saved_searches WHERE owner = ? AND name = ?", [principal.name, name])
