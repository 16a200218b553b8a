"""Small helpers shared by the console's state queries."""

from __future__ import annotations

import warnings
from collections.abc import Sequence

import duckdb
import polars as pl

from aisoc.analytics.access import Principal

__all__ = ["query_frame", "scope_clause"]


def query_frame(con: duckdb.DuckDBPyConnection, sql: str, args: Sequence = ()) -> pl.DataFrame:
    """The result as a polars frame, typed even when empty.

    ``con.sql`` would avoid the copy DuckDB warns about, but refuses to run while an earlier
    ``execute`` result on the connection is unfinished; these results are a page of rows.
    """
    with warnings.catch_warnings():
        warnings.filterwarnings("ignore", message="Arrow output on a DB-API result")
        return pl.from_arrow(con.execute(sql, list(args)).to_arrow_table())


def scope_clause(principal: Principal, column: str = "a.tenant") -> tuple[str, list]:
    """A WHERE condition holding the principal to their tenants, and its parameters."""
    if principal.all_tenants:
        return "TRUE", []
    return f"{column} IN (SELECT unnest(?))", [principal.tenant_list()]
