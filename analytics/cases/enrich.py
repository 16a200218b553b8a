"""Enrichment steps: run a playbook's saved query for a case and keep the result as evidence.

The query runs in the hunt sandbox (``analytics.huntsql``): a sealed, read-only DuckDB that holds
only the principal's tenants' events and alerts, with the case facts bound as parameters,
never pasted into the SQL. The result — query text, parameters and rows — is stored as one
evidence entry, hashed into the case's chain.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from aisoc.analytics.access import Principal, recorded
from aisoc.analytics.cases.context import query_params, step_facts
from aisoc.analytics.cases.evidence import add_evidence, as_json_bytes
from aisoc.analytics.cases.lifecycle import log
from aisoc.analytics.cases.records import CaseError
from aisoc.analytics.huntsql import run_query
from aisoc.ingest.kernel.clocks import state_time, utcnow
from aisoc.playbooks import Library

__all__ = ["run_enrichment", "Enrichment", "DEFAULT_ROWS"]

DEFAULT_ROWS = 500


@dataclass(frozen=True)
class Enrichment:
    evidence_seq: int
    sha256: str
    query: str
    rows: int
    truncated: bool
    masked: bool


def run_enrichment(
    warehouse, principal: Principal, case_id: str, number: int, library: Library, *, now: datetime | None = None
) -> Enrichment:
    """Run step ``number``'s query and attach its result to the case."""
    principal.require("respond")
    step, context = step_facts(warehouse, principal, case_id, number, "enrichment", library)
    if step.query is None:  # the schema gives every enrichment step a query
        raise CaseError(f"step {number} names no saved query")
    query = library.queries[step.query]
    params = query_params(context, query.params, int(step.params.get("days", 7)))
    missing = [name for name, value in params.items() if value is None or value == []]
    if missing:
        raise CaseError(
            f"step {number}: the case has no {', '.join(missing)} for query {query.name} "
            "(its alerts' evidence does not name one)"
        )
    result = run_query(
        warehouse, principal, query.sql, limit=int(step.params.get("limit", DEFAULT_ROWS)), params=params
    )
    now = state_time(now) or utcnow()
    content = as_json_bytes(
        {
            "query": query.name,
            "title": query.title,
            "sql": query.sql,
            "params": params,
            "columns": result.rows.columns,
            "rows": result.rows.to_dicts(),
            "truncated": result.truncated,
            "masked": result.masked,
            "seconds": result.seconds,
        }
    )
    title = f"step {number}: {query.title} ({result.rows.height} row{'s' if result.rows.height != 1 else ''})"
    with recorded(
        warehouse,
        principal.name,
        "case.enrich",
        case_id,
        {"step": number, "query": query.name, "rows": result.rows.height},
    ) as (con, _):
        seq, digest = add_evidence(
            con, case_id, kind="query", title=title, content=content, added_by=principal.name, added_at=now
        )
        log(con, case_id, now, principal.name, "evidence", f"{title} attached as evidence {seq}")
    return Enrichment(seq, digest, query.name, result.rows.height, result.truncated, result.masked)
