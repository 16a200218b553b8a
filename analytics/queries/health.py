"""The data-health page: ingest runs and their reconciliation, quarantine, detector runs and lag.

Ingest runs and quarantined records belong to a tenant only when the run was given one
(``--tenant``); runs that read shared logs carry several tenants' records. So a principal
limited to some tenants sees their tenants' runs and nothing of the quarantine's excerpts from
shared runs; a principal of all tenants sees everything.

Quarantine excerpts and details are stored with credentials redacted; they still hold whatever
else the record carried (e-mail addresses, card numbers…), so they are masked like event text
unless a principal allowed to unmask asks for it (audit-logged). Rows stored by releases that
did not redact excerpts are redacted again as they are read.
"""

from __future__ import annotations

import polars as pl

import aisoc.analytics.jobs.tables  # noqa: F401 - registers the tables queried here
import aisoc.ingest.tables  # noqa: F401 - registers the tables queried here
from aisoc.analytics.access import Principal, recorded
from aisoc.analytics.access.masking import mask_text
from aisoc.analytics.access.scope import scope_clause
from aisoc.analytics.jobs.cursor import stored_files
from aisoc.detections.findings import DETECTOR_IDS
from aisoc.ingest.kernel.state import query_frame
from aisoc.ingest.redact import scrub_text
from aisoc.ingest.warehouse import Warehouse

__all__ = ["ingest_runs", "quarantine_page", "detector_status", "QUARANTINE_TEXT", "shown_quarantine_text"]

# Quarantine columns that carry the record's own text.
QUARANTINE_TEXT = ("excerpt", "detail")


def ingest_runs(warehouse: Warehouse, principal: Principal, *, limit: int = 50, offset: int = 0) -> pl.DataFrame:
    """Ingest runs newest first, each with its reconciliation (read = stored + duplicates + quarantined)."""
    principal.require("view")
    clause, args = scope_clause(principal, "tenant")
    with warehouse.state() as con:
        return query_frame(
            con,
            "SELECT run_id, started_at, finished_at, status, tenant, read, stored, duplicates, "
            "quarantined, read = stored + duplicates + quarantined AS reconciled "
            f"FROM ingest_runs WHERE {clause} ORDER BY started_at DESC, run_id LIMIT ? OFFSET ?",
            [*args, int(limit), int(offset)],
        )


def shown_quarantine_text(text: str | None, *, unmask: bool) -> str | None:
    """A quarantine excerpt or detail as it may be shown: credentials never, PII only when unmasked."""
    if not text:
        return text
    text = scrub_text(text)  # older releases stored some credentials: redact them on the way out
    return text if unmask else mask_text(text)


def quarantine_page(
    warehouse: Warehouse,
    principal: Principal,
    *,
    run_id: str | None = None,
    limit: int = 50,
    offset: int = 0,
    unmask: bool = False,
) -> tuple[pl.DataFrame, int]:
    """Quarantined records (reason, path:line, masked excerpt) of the runs the principal sees, and their total.

    ``unmask`` shows PII in excerpts and details; it needs the unmask permission and is audit-logged.
    """
    principal.require("view")
    if unmask:
        principal.require("unmask")
    clause, args = scope_clause(principal, "r.tenant")
    where = f"{clause}" + (" AND q.run_id = ?" if run_id else "")
    args = [*args, run_id] if run_id else args
    base = f"FROM quarantine q JOIN ingest_runs r USING (run_id) WHERE {where}"
    with warehouse.state() as con:
        total = con.execute(f"SELECT count(*) {base}", args).fetchall()[0][0]
        rows = query_frame(
            con,
            "SELECT q.quarantined_at, q.run_id, q.path || ':' || q.line AS location, q.source, "
            f"q.reason, q.detail, q.excerpt {base} ORDER BY q.quarantined_at DESC, q.path, q.line "
            "LIMIT ? OFFSET ?",
            [*args, int(limit), int(offset)],
        )
    if unmask and rows.height:
        with recorded(warehouse, principal.name, "quarantine.unmask", run_id, {"rows": rows.height}):
            pass
    return rows.with_columns(
        pl.col(name).map_elements(
            lambda text: shown_quarantine_text(text, unmask=unmask), return_dtype=pl.String, skip_nulls=True
        )
        for name in QUARANTINE_TEXT
    ), total


def detector_status(warehouse: Warehouse, principal: Principal) -> pl.DataFrame:
    """Per detector: its last run, how it ended, and how many stored files and events it has not read yet."""
    principal.require("view")
    files = stored_files(warehouse)
    with warehouse.state() as con:
        last = query_frame(
            con,
            "SELECT detector, max(finished_at) AS last_run, arg_max(status, started_at) AS status, "
            "arg_max(error, started_at) AS last_error, sum(alerts_new) AS alerts_raised, "
            "count(*) FILTER (status = 'failed') AS failed_runs FROM detect_runs GROUP BY detector",
        )
        consumed: dict[str, set[str]] = {}
        for detector, key in con.execute("SELECT detector, file FROM detector_inputs").fetchall():
            consumed.setdefault(detector, set()).add(key)
        marks = dict(con.execute("SELECT detector, max(max_ts) FROM detector_inputs GROUP BY ALL").fetchall())
    rows = []
    for detector in sorted({*DETECTOR_IDS, *last.get_column("detector").to_list()}):
        done = consumed.get(detector, set())
        pending = [f for f in files if f.key not in done]
        rows.append(
            {
                "detector": detector,
                "pending_files": len(pending),
                "pending_events": sum(f.rows for f in pending),
                "watermark": marks.get(detector),
            }
        )
    lag = pl.DataFrame(
        rows,
        schema={
            "detector": pl.String,
            "pending_files": pl.Int64,
            "pending_events": pl.Int64,
            "watermark": pl.Datetime("us"),
        },
    )
    return lag.join(last, on="detector", how="full", coalesce=True).sort("detector")
