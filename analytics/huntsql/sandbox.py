"""Ad-hoc SQL over a principal's own events and alerts, on a fresh, sealed DuckDB connection.

The query text is never rewritten. Instead, each query gets a new in-memory DuckDB that holds
nothing but two tables, ``events`` and ``alerts``, already cut down to the principal's tenants:
``events`` is a pyarrow dataset over the stored Parquet files with the tenant filter built in,
``alerts`` a table of the alerts they see. Unless the principal may unmask, both hold text that is
*already masked* (``masked.py``): no SQL function can undo a mask the query never saw behind.
Their result is masked once more, in case the query rebuilt a value from unmasked pieces.
Then the connection is sealed:

* ``enable_external_access = false``: no file, URL, ATTACH, COPY, INSTALL or LOAD;
* ``temp_directory``: a folder made for this query alone and removed after it, because DuckDB
  lets a query read its temp folder even without external access (another query's spill files);
* ``memory_limit`` (``$AISOC_HUNT_MEMORY_LIMIT``, default 1 GB) and ``max_temp_directory_size``;
* ``python_enable_replacements = false``: a table name cannot reach a Python object of aisoc's;
* ``lock_configuration = true``: the query cannot SET any of this back.

Only a single SELECT statement is accepted (DuckDB's own parser decides, before anything runs);
it has a row limit and one time limit that covers everything done for it — reading alerts,
masking, running, masking the result — and every query, refused, failed or run, is audit-logged with its text.
"""

from __future__ import annotations

import shutil
import tempfile
import threading
import time
from collections.abc import Iterator, Mapping
from contextlib import contextmanager
from dataclasses import dataclass
from functools import lru_cache

import duckdb
import polars as pl
import pyarrow as pa
import pyarrow.dataset as ds

import aisoc.analytics.alerting.tables  # noqa: F401 - registers the tables queried here
from aisoc.analytics.access import Principal, recorded
from aisoc.analytics.access.scope import scope_clause
from aisoc.analytics.huntsql.masked import OutOfTime, mask_alerts, mask_result, masked_event_files
from aisoc.ingest.kernel.errors import AisocError
from aisoc.ingest.kernel.settings import HUNT_MEMORY_LIMIT
from aisoc.ingest.kernel.state import query_frame
from aisoc.ingest.warehouse import Warehouse

__all__ = [
    "run_query",
    "HuntQuery",
    "HuntQueryError",
    "TABLES",
    "check_select",
    "sealed_connection",
    "MEMORY_LIMIT_ENV",
    "DEFAULT_MEMORY_LIMIT",
]

MEMORY_LIMIT_ENV = HUNT_MEMORY_LIMIT.name
DEFAULT_MEMORY_LIMIT = HUNT_MEMORY_LIMIT.default  # 1GB
MAX_SPILL = "4GB"  # a query that spills more fails instead of filling the disk

TABLES = ("events", "alerts")
_ALERT_COLUMNS = ", ".join(
    f"a.{c}"
    for c in (
        "id",
        "detector",
        "rule_id",
        "title",
        "severity",
        "tags",
        "playbook",
        "tenant",
        "entity",
        "first_seen",
        "last_seen",
        "count",
        "evidence_event_ids",
        "explanation",
        "score",
        "status",
        "created_at",
        "updated_at",
    )
)


class HuntQueryError(AisocError):
    """The query was refused (not one SELECT), failed, or ran out of time."""


@dataclass
class HuntQuery:
    rows: pl.DataFrame
    truncated: bool  # more rows than the limit: only the first ``limit`` were read
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


def _events(warehouse: Warehouse, principal: Principal, masked: bool, deadline: float) -> ds.Dataset | pa.Table:
    if masked:  # only the principal's tenants are masked for them, so no other tenant's text costs them time
        paths = masked_event_files(warehouse, deadline, None if principal.all_tenants else principal.tenant_list())
    else:
        paths = warehouse.event_files()
    files = tuple(str(p) for p in paths)
    if not files:
        return pa.table({"event_id": pa.array([], pa.string()), "tenant": pa.array([], pa.string())})
    dataset = _dataset(files)
    if principal.all_tenants:
        return dataset
    return dataset.filter(ds.field("tenant").isin(principal.tenant_list()))


def _alerts(warehouse: Warehouse, principal: Principal) -> pa.Table:
    clause, args = scope_clause(principal)
    with warehouse.state() as con:
        frame = query_frame(
            con,
            f"SELECT {_ALERT_COLUMNS}, t.assignee, t.verdict FROM alerts a "
            f"LEFT JOIN alert_triage t ON t.alert_id = a.id WHERE {clause}",
            args,
        )
    return frame.to_arrow()


def _memory_limit(explicit: str | None) -> tuple[str, str]:
    """The limit to use and where it came from (for the error message when DuckDB refuses it)."""
    if explicit:
        return explicit, "memory_limit"
    configured = (HUNT_MEMORY_LIMIT.get() or "").strip()
    if configured:
        return configured, f"${MEMORY_LIMIT_ENV}"
    return DEFAULT_MEMORY_LIMIT, "the default memory limit"


@contextmanager
def sealed_connection(
    tables: Mapping[str, object], *, threads: int, memory_limit: str | None = None
) -> Iterator[duckdb.DuckDBPyConnection]:
    """A DuckDB holding only ``tables``, spilling into a temp folder of its own (removed on exit),
    under a memory limit, with files, network and every setting out of the query's reach."""
    limit, origin = _memory_limit(memory_limit)
    scratch = tempfile.mkdtemp(prefix="aisoc-hunt-")  # mode 0700, a new name every time
    try:
        try:
            con = duckdb.connect(
                ":memory:",
                config={
                    "temp_directory": scratch,
                    "memory_limit": limit,
                    "max_temp_directory_size": MAX_SPILL,
                    "threads": threads,
                    "python_enable_replacements": False,
                    "autoinstall_known_extensions": False,
                    "autoload_known_extensions": False,
                },
            )
        except duckdb.Error as exc:
            raise HuntQueryError(f"{origin} {limit!r}: {str(exc).splitlines()[0]}") from None
        try:
            for name, table in tables.items():
                con.register(name, table)
            con.execute("SET enable_progress_bar = false")
            con.execute("SET enable_external_access = false")
            con.execute("SET lock_configuration = true")
            yield con
        finally:
            con.close()
    finally:
        shutil.rmtree(scratch, ignore_errors=True)


def run_query(
    warehouse: Warehouse,
    principal: Principal,
    sql: str,
    *,
    limit: int = 1000,
    timeout: float = 30.0,
    threads: int = 2,
    params: dict | None = None,
    memory_limit: str | None = None,
) -> HuntQuery:
    """Run one read-only SELECT over the principal's ``events`` and ``alerts``; at most ``limit`` rows.

    ``timeout`` covers the whole query, masking included. ``params`` binds ``$name`` placeholders
    (a playbook's saved queries use them), as values, never as SQL text. ``memory_limit`` (DuckDB's
    syntax, e.g. ``"512MB"``) overrides ``$AISOC_HUNT_MEMORY_LIMIT`` and the 1 GB default."""
    principal.require("hunt")
    masked = not principal.can("unmask")
    detail: dict = {"sql": sql[:20_000]}
    error: HuntQueryError | None = None
    try:
        check_select(sql)
        result = _run(warehouse, principal, sql, _Budget(limit, timeout, threads, memory_limit, masked), params)
        detail.update(rows=result.rows.height, truncated=result.truncated, seconds=result.seconds)
    except HuntQueryError as exc:
        detail["error"], error = str(exc), exc
    # Logged once the query is over, so a long query does not hold up the console's other writes.
    with recorded(warehouse, principal.name, "hunt.query", None, detail):
        pass
    if error is not None:
        raise error
    return result


@dataclass(frozen=True)
class _Budget:
    limit: int
    timeout: float
    threads: int
    memory_limit: str | None
    masked: bool

    def out_of_time(self, while_masking: bool = False) -> HuntQueryError:
        # Masked copies made before the stop are kept, so running the query again gets further.
        hint = " while masking newly stored events; run it again to continue" if while_masking else ""
        return HuntQueryError(f"the query ran longer than {self.timeout:g} s and was stopped{hint}")


def _run(warehouse: Warehouse, principal: Principal, sql: str, budget: _Budget, params: dict | None) -> HuntQuery:
    started = time.monotonic()
    deadline = started + budget.timeout
    try:
        tables = _tables(warehouse, principal, budget.masked, deadline)
    except OutOfTime:
        raise budget.out_of_time(while_masking=True) from None
    with sealed_connection(tables, threads=budget.threads, memory_limit=budget.memory_limit) as con:
        remaining = deadline - time.monotonic()
        if remaining <= 0:
            raise budget.out_of_time()
        table = _fetch(con, sql, params, budget, remaining)
    if budget.masked:
        table = _masked_result(table.slice(0, budget.limit + 1), budget, deadline)
    rows = pl.from_arrow(table)
    if not isinstance(rows, pl.DataFrame):
        rows = rows.to_frame()
    return HuntQuery(
        rows.head(budget.limit), rows.height > budget.limit, round(time.monotonic() - started, 3), budget.masked
    )


def _tables(warehouse: Warehouse, principal: Principal, masked: bool, deadline: float) -> dict[str, object]:
    alerts = _alerts(warehouse, principal)
    if masked:
        alerts = mask_alerts(alerts, deadline)
    return {"events": _events(warehouse, principal, masked, deadline), "alerts": alerts}


def _masked_result(table: pa.Table, budget: _Budget, deadline: float) -> pa.Table:
    """Defence in depth: text the query put together from pieces (two halves of a card number in two
    rows) was never masked as a whole, so the result is masked too, before the same deadline."""
    try:
        return mask_result(table, deadline)
    except OutOfTime:
        raise budget.out_of_time() from None


def _fetch(con: duckdb.DuckDBPyConnection, sql: str, params: dict | None, budget: _Budget, seconds: float) -> pa.Table:
    """The first ``limit + 1`` rows of ``sql``; interrupted after ``seconds``."""
    timer = threading.Timer(seconds, con.interrupt)
    timer.start()
    try:
        relation = con.sql(sql, params=params) if params else con.sql(sql)
        reader = relation.to_arrow_reader(min(budget.limit + 1, 10_000))
        batches, count = [], 0
        for batch in reader:
            batches.append(batch)
            count += batch.num_rows
            if count > budget.limit:
                break
        return pa.Table.from_batches(batches, schema=reader.schema)
    except duckdb.InterruptException:
        raise budget.out_of_time() from None
    except duckdb.Error as exc:
        raise HuntQueryError(str(exc).splitlines()[0]) from None
    finally:
        timer.cancel()
