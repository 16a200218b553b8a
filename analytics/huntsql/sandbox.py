"""Ad-hoc SQL over a principal's own events and alerts, on a fresh, sealed DuckDB connection.

The query text is never rewritten. Instead, each query gets a new in-memory DuckDB that holds
nothing but two tables, ``events`` and ``alerts``, already cut down to the principal's tenants:
``events`` is a pyarrow dataset over the stored Parquet files with the tenant filter built in,
``alerts`` a table of the alerts they see. Then the connection is sealed:

* ``enable_external_access = false``: no file, URL, ATTACH, COPY, INSTALL or LOAD;
* ``python_enable_replacements = false``: a table name cannot reach a Python object of aisoc's;
* ``lock_configuration = true``: the query cannot SET any of this back.

Only a single SELECT statement is accepted (DuckDB's own parser decides, before anything runs);
it has a row limit and a timeout, and every query — refused, failed or run — is audit-logged
with its text. Unless the principal may unmask, every text cell of the result is masked.
"""

from __future__ import annotations

import threading
import time
from dataclasses import dataclass
from functools import lru_cache

import duckdb
import orjson
import polars as pl
import pyarrow as pa
import pyarrow.dataset as ds

from analytics.access import Principal, recorded
from analytics.console._db import query_frame, scope_clause
from analytics.console.masking import mask_text
from ingest.warehouse import Warehouse

__all__ = ["run_query", "HuntQuery", "HuntQueryError", "TABLES", "check_select"]

TABLES = ("events", "alerts")
_ALERT_COLUMNS = ", ".join(f"a.{c}" for c in (
    "id", "detector", "rule_id", "title", "severity", "tags", "playbook", "tenant", "entity", "first_seen", "last_seen",
    "count", "evidence_event_ids", "explanation", "score", "status", "created_at", "updated_at"))


class HuntQueryError(Exception):
    """The query was refused (not one SELECT), failed, or ran out of time."""


@dataclass
class HuntQuery:
    rows: pl.DataFrame
    truncated: bool      # more rows than the limit: only the first ``limit`` were read
    seconds: float
    masked: bool


def check_select(sql: str) -> None:
    """Refuse anything but exactly one SELECT statement, as DuckDB parses it."""
    scratch = duckdb.connect(":memory:")
    try:
        statements = scratch.extract_statements(sql)
    except duckdb.Error as exc:
        raise HuntQueryError(f"cannot parse the query: {str(exc).splitlines()[0]}") from None
    finally:
        scratch.close()
    if len(statements) != 1:
        raise HuntQueryError(f"give exactly one statement, not {len(statements)}")
    kind = statements[0].type
    if kind != duckdb.StatementType.SELECT:
        raise HuntQueryError(f"only SELECT queries run here ({kind.name} refused): the hunt box is read-only")


@lru_cache(maxsize=4)
def _dataset(files: tuple[str, ...]) -> ds.Dataset:
    return ds.dataset(list(files), format="parquet")


def _events(warehouse: Warehouse, principal: Principal) -> ds.Dataset | pa.Table:
    files = tuple(str(p) for p in warehouse.event_files())
    if not files:
        return pa.table({"event_id": pa.array([], pa.string()), "tenant": pa.array([], pa.string())})
    dataset = _dataset(files)
    if principal.all_tenants:
        return dataset
    return dataset.filter(ds.field("tenant").isin(principal.tenant_list()))


def _alerts(warehouse: Warehouse, principal: Principal) -> pa.Table:
    clause, args = scope_clause(principal)
    with warehouse.state() as con:
        frame = query_frame(con, f"SELECT {_ALERT_COLUMNS}, t.assignee, t.verdict FROM alerts a "
                                 f"LEFT JOIN alert_triage t ON t.alert_id = a.id WHERE {clause}", args)
    return frame.to_arrow()


def _sealed(events, alerts: pa.Table, threads: int) -> duckdb.DuckDBPyConnection:
    con = duckdb.connect(":memory:", config={"python_enable_replacements": False, "autoinstall_known_extensions": False,
                                             "autoload_known_extensions": False, "threads": threads})
    con.register("events", events)
    con.register("alerts", alerts)
    con.execute("SET enable_external_access = false")
    con.execute("SET lock_configuration = true")
    return con


def run_query(warehouse: Warehouse, principal: Principal, sql: str, *, limit: int = 1000, timeout: float = 30.0,
              threads: int = 2, params: dict | None = None) -> HuntQuery:
    """Run one read-only SELECT over the principal's ``events`` and ``alerts``; at most ``limit`` rows.

    ``params`` binds ``$name`` placeholders (a playbook's saved queries use them), as values, never
    as SQL text."""
    principal.require("hunt")
    masked = not principal.can("unmask")
    detail: dict = {"sql": sql[:20_000]}
    error: HuntQueryError | None = None
    try:
        check_select(sql)
        result = _run(warehouse, principal, sql, limit, timeout, threads, params)
        detail.update(rows=result.rows.height, truncated=result.truncated, seconds=result.seconds)
    except HuntQueryError as exc:
        detail["error"], error = str(exc), exc
    # Logged once the query is over, so a long query does not hold up the console's other writes.
    with recorded(warehouse, principal.name, "hunt.query", None, detail):
        pass
    if error is not None:
        raise error
    if masked:
        result.rows = _mask_all(result.rows)
        result.masked = True
    return result


def _run(warehouse: Warehouse, principal: Principal, sql: str, limit: int, timeout: float, threads: int,
         params: dict | None = None) -> HuntQuery:
    con = _sealed(_events(warehouse, principal), _alerts(warehouse, principal), threads)
    timer = threading.Timer(timeout, con.interrupt)
    started = time.monotonic()
    timer.start()
    try:
        relation = con.sql(sql, params=params) if params else con.sql(sql)
        reader = relation.to_arrow_reader(min(limit + 1, 10_000))
        batches, count = [], 0
        for batch in reader:
            batches.append(batch)
            count += batch.num_rows
            if count > limit:
                break
        table = pa.Table.from_batches(batches, schema=reader.schema)
    except duckdb.InterruptException:
        raise HuntQueryError(f"the query ran longer than {timeout:g} s and was stopped") from None
    except duckdb.Error as exc:
        raise HuntQueryError(str(exc).splitlines()[0]) from None
    finally:
        timer.cancel()
        con.close()
    rows = pl.from_arrow(table)
    if not isinstance(rows, pl.DataFrame):
        rows = rows.to_frame()
    return HuntQuery(rows.head(limit), rows.height > limit, round(time.monotonic() - started, 3), False)


def _mask_all(frame: pl.DataFrame) -> pl.DataFrame:
    """Mask every column that can carry text, whatever it is called: ``SELECT prompt AS x`` and
    ``SELECT [prompt]`` must not unmask. Nested and binary values are shown as their JSON / UTF-8
    text, masked."""
    masked = []
    for name, dtype in frame.schema.items():
        if dtype == pl.String:
            masked.append(pl.col(name).map_elements(mask_text, return_dtype=pl.String, skip_nulls=True))
        elif dtype.is_nested() or dtype == pl.Object:
            masked.append(pl.col(name).map_elements(_nested_text, return_dtype=pl.String, skip_nulls=True))
        elif dtype == pl.Binary:
            masked.append(pl.col(name).map_elements(lambda b: mask_text(bytes(b).decode("utf-8", "replace")),
                                                    return_dtype=pl.String, skip_nulls=True))
    return frame.with_columns(masked) if masked else frame


def _nested_text(value) -> str:
    if isinstance(value, pl.Series):
        value = value.to_list()
    return mask_text(orjson.dumps(value, default=str).decode())
