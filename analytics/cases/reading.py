"""Reading cases for the CLI and the console: one case, the list, the evidence, and MTTA / MTTR.

Time to acknowledge runs from the earliest alert aisoc raised for the case to the first human
move on it (an assignment, a status change, a finished step); time to resolve runs from the
same start to the close. Their means over cases are MTTA and MTTR.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta
from statistics import median

import aisoc.analytics.cases.tables  # noqa: F401 - registers the tables queried here
from aisoc.analytics.access import Principal, recorded
from aisoc.analytics.access.audit import SYSTEM_ACTOR
from aisoc.analytics.cases.evidence import EvidenceReport, may_be_legacy, seal_legacy_evidence, verify_evidence
from aisoc.analytics.cases.records import Case, CaseError, case_rows, load_case

__all__ = [
    "get_case",
    "list_cases",
    "cases_of_alert",
    "case_metrics",
    "CaseMetrics",
    "verify_case_evidence",
    "evidence_content",
    "time_to_acknowledge",
    "time_to_resolve",
]


def get_case(warehouse, principal: Principal, case_id: str) -> Case:
    principal.require("view")
    with warehouse.state() as con:
        return load_case(con, principal, case_id)


def list_cases(
    warehouse, principal: Principal, *, status: str | None = None, assignee: str | None = None
) -> list[Case]:
    """The principal's cases, newest first; ``status="open"`` means every status but closed."""
    principal.require("view")
    with warehouse.state() as con:
        cases = case_rows(con, principal)
        progress = dict(
            ((r[0]), (r[1], r[2]))
            for r in con.execute(
                "SELECT case_id, count(*) FILTER (WHERE status <> 'open'), count(*) FROM case_tasks GROUP BY case_id"
            ).fetchall()
        )
    if status == "open":
        cases = [c for c in cases if c.status != "closed"]
    elif status:
        cases = [c for c in cases if c.status == status]
    if assignee:
        cases = [c for c in cases if c.assignee == assignee]
    return [Case(**{**c.__dict__, "extra": {"progress": progress.get(c.id, (0, 0))}}) for c in cases]


def cases_of_alert(warehouse, principal: Principal, alert_id: str) -> list[str]:
    """The ids of the principal's cases holding ``alert_id``, newest first."""
    principal.require("view")
    with warehouse.state() as con:
        ids = [
            r[0]
            for r in con.execute(
                "SELECT case_id FROM case_alerts WHERE alert_id = ? ORDER BY added_at DESC", [alert_id]
            ).fetchall()
        ]
        visible_ids = {c.id for c in case_rows(con, principal)}
    return [i for i in ids if i in visible_ids]


RESEAL_ACTION = "case.evidence_reseal"


def verify_case_evidence(warehouse, principal: Principal, case_id: str) -> EvidenceReport:
    """The case's evidence chain checked; a chain from before the key is re-sealed first (once).

    Checking is a read; the re-seal is a write, so it is queued with every other audited write
    and audited as aisoc's own action (verifies run in parallel, by users who may only view)."""
    principal.require("view")
    with warehouse.state() as con:
        load_case(con, principal, case_id, details=False)
        old = may_be_legacy(con, case_id)
    if old:
        _reseal(warehouse, case_id)
    with warehouse.state() as con:
        return verify_evidence(con, case_id)


class _AlreadyResealed(Exception):
    """Another verify re-sealed the chain first: leave the audited write without a row."""


def _reseal(warehouse, case_id: str) -> None:
    try:
        with recorded(warehouse, SYSTEM_ACTOR, RESEAL_ACTION, case_id) as (con, logged):
            reseal = seal_legacy_evidence(con, case_id)
            if reseal is None:
                raise _AlreadyResealed  # rolls back the (empty) transaction: no audit row for nothing done
            logged.update(
                entries=reseal.entries,
                reseal_entry=reseal.seq,
                old_chain="verified" if reseal.broken_at is None else "broken",
            )
            if reseal.broken_at is not None:
                logged.update(broken_at=reseal.broken_at, problem=reseal.problem)
    except _AlreadyResealed:
        pass


def evidence_content(warehouse, principal: Principal, case_id: str, seq: int) -> tuple[str, bytes]:
    """(media type, content) of one evidence entry; evidence holds event text, so it needs unmask."""
    principal.require("unmask")
    with warehouse.state() as con:
        load_case(con, principal, case_id, details=False)
        row = con.execute(
            "SELECT media_type, content FROM case_evidence WHERE case_id = ? AND seq = ?", [case_id, seq]
        ).fetchone()
    if row is None:
        raise CaseError(f"{case_id} has no evidence entry {seq}")
    return row[0], bytes(row[1])


def time_to_acknowledge(case: Case) -> timedelta | None:
    return case.acknowledged_at - case.detected_at if case.acknowledged_at else None


def time_to_resolve(case: Case) -> timedelta | None:
    return case.closed_at - case.detected_at if case.closed_at else None


@dataclass(frozen=True)
class CaseMetrics:
    cases: int
    open: int
    acknowledged: int
    closed: int
    mtta: timedelta | None
    mttr: timedelta | None
    median_tta: timedelta | None
    median_ttr: timedelta | None
    by_status: dict


def _mean(values: list[timedelta]) -> timedelta | None:
    return sum(values, timedelta()) / len(values) if values else None


def case_metrics(warehouse, principal: Principal, *, since: datetime | None = None) -> CaseMetrics:
    """MTTA and MTTR over the principal's cases opened since ``since`` (all when None)."""
    cases = list_cases(warehouse, principal)
    if since is not None:
        cases = [c for c in cases if c.opened_at >= since]
    tta = [t for c in cases if (t := time_to_acknowledge(c)) is not None]
    ttr = [t for c in cases if (t := time_to_resolve(c)) is not None]
    by_status: dict[str, int] = {}
    for case in cases:
        by_status[case.status] = by_status.get(case.status, 0) + 1
    return CaseMetrics(
        len(cases),
        sum(c.status != "closed" for c in cases),
        len(tta),
        len(ttr),
        _mean(tta),
        _mean(ttr),
        # statistics.median sorts and averages the middle two, which timedelta supports;
        # typeshed admits numbers only.
        median(tta) if tta else None,  # type: ignore[type-var]
        median(ttr) if ttr else None,  # type: ignore[type-var]
        by_status,
    )
