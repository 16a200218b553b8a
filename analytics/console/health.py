"""The data-health page: ingest runs and their reconciliation, quarantine, detector runs and lag.

Ingest runs and quarantined records belong to a tenant only when the run was given one
(``--tenant``); runs that read shared logs carry several tenants' records. So a principal
limited to some tenants sees their tenants' runs and nothing of the quarantine's excerpts from
shared runs; a principal of all tenants sees everything.
"""

from __future__ import annotations

import polars as pl

from analytics.access import Principal
from analytics.jobs.cursor import stored_files
from detections.findings import DETECTOR_IDS
from ingest.warehouse import Warehouse

from ._db import query_frame, scope_clause

__all__ = ["ingest_runs", "quarantine_page", "detector_status"]


def ingest_runs(warehouse: Warehouse, principal: Principal, *, limit: int = 50, offset: int = 0) -> pl.DataFrame:
    """Ingest runs newest first, each with its reconciliation (read = stored + duplicates + quarantined)."""
    principal.require("view")
    clause, args = scope_clause(principal, "tenant")
    with warehouse.state() as con:
        return query_frame(con, "SELECT run_id, started_at, finished_at, status, tenant, read, stored, duplicates, "
                                "quarantined, read = stored + duplicates + quarantined AS reconciled "
                                f"FROM ingest_runs WHERE {clause} ORDER BY started_at DESC, run_id LIMIT ? OFFSET ?",
                           [*args, int(limit), int(offset)])


def quarantine_page(warehouse: Warehouse, principal: Principal, *, run_id: str | None = None, limit: int = 50,
                    offset: int = 0) -> tuple[pl.DataFrame, int]:
    """Quarantined records (reason, path:line, masked excerpt) of the runs the principal sees, and their total."""
    principal.require("view")
    clause, args = scope_clause(principal, "r.tenant")
    where = f"{clause}" + (" AND q.run_id = ?" if run_id else "")
    args = [*args, run_id] if run_id else args
    base = f"FROM quarantine q JOIN ingest_runs r USING (run_id) WHERE {where}"
    with warehouse.state() as con:
        total = con.execute(f"SELECT count(*) {base}", args).fetchone()[0]
        rows = query_frame(con, "SELECT q.quarantined_at, q.run_id, q.path || ':' || q.line AS location, q.source, "
                                f"q.reason, q.detail, q.excerpt {base} ORDER BY q.quarantined_at DESC, q.path, q.line "
                                "LIMIT ? OFFSET ?", [*args, int(limit), int(offset)])
    return rows, total


def detector_status(warehouse: Warehouse, principal: Principal) -> pl.DataFrame:
    """Per detector: its last run, how it ended, and how many stored files and events it has not read yet."""
    principal.require("view")
    files = stored_files(warehouse)
    with warehouse.state() as con:
        last = query_frame(con, "SELECT detector, max(finished_at) AS last_run, arg_max(status, started_at) AS status, "
                                "arg_max(error, started_at) AS last_error, sum(alerts_new) AS alerts_raised, "
                                "count(*) FILTER (status = 'failed') AS failed_runs FROM detect_runs GROUP BY detector")
        consumed: dict[str, set[str]] = {}
        for detector, key in con.execute("SELECT detector, file FROM detector_inputs").fetchall():
            consumed.setdefault(detector, set()).add(key)
        marks = dict(con.execute("SELECT detector, max(max_ts) FROM detector_inputs GROUP BY ALL").fetchall())
    rows = []
    for detector in sorted({*DETECTOR_IDS, *last.get_column("detector").to_list()}):
        done = consumed.get(detector, set())
        pending = [f for f in files if f.key not in done]
        rows.append({"detector": detector, "pending_files": len(pending), "pending_events": sum(f.rows for f in pending),
                     "watermark": marks.get(detector)})
    lag = pl.DataFrame(rows, schema={"detector": pl.String, "pending_files": pl.Int64, "pending_events": pl.Int64,
                                     "watermark": pl.Datetime("us")})
    return lag.join(last, on="detector", how="full", coalesce=True).sort("detector")
