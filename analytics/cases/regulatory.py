"""Regulatory decisions and notifications on a case, and the clocks that follow from them.

A responder records which regimes apply (``classify``), when the organisation became aware
(``set_awareness``), and each notification sent (``record_notification``); ``case_clocks`` turns
the record into deadlines. A decision may be back-dated with ``decided_at`` (a DORA
classification made in a meeting an hour ago); both times are kept.
"""

from __future__ import annotations

from datetime import datetime

import aisoc.analytics.cases.tables  # noqa: F401 - registers the tables queried here
from aisoc.analytics.access import Principal, recorded
from aisoc.analytics.cases.clocks import STAGES, Classification, Clock, Filing, compute_clocks
from aisoc.analytics.cases.lifecycle import acknowledge, log, next_seq
from aisoc.analytics.cases.records import Case, CaseError, load_case
from aisoc.analytics.cases.tasks import record_decision
from aisoc.ingest.kernel.clocks import state_time, utcnow
from aisoc.playbooks import CLASSIFICATIONS

__all__ = ["classify", "set_awareness", "record_notification", "case_clocks", "classifications"]


def _open_case(con, principal: Principal, case_id: str) -> Case:
    case = load_case(con, principal, case_id, details=False)
    if case.status == "closed":
        raise CaseError(f"{case_id} is closed (aisoc case reopen {case_id} --reason …)")
    return case


def classify(
    warehouse,
    principal: Principal,
    case_id: str,
    regime: str,
    value: str,
    *,
    rationale: str,
    decided_at: datetime | None = None,
    now: datetime | None = None,
) -> None:
    """Record whether ``regime`` applies, and how (``CLASSIFICATIONS`` lists the values)."""
    principal.require("respond")
    if regime not in CLASSIFICATIONS:
        raise CaseError(f"regime {regime!r}: expected one of {', '.join(CLASSIFICATIONS)}")
    if value not in CLASSIFICATIONS[regime]:
        raise CaseError(f"{regime}: expected one of {', '.join(CLASSIFICATIONS[regime])}, not {value!r}")
    if not rationale.strip():
        raise CaseError("a classification needs its rationale (--rationale)")
    now = state_time(now) or utcnow()
    decided_at = state_time(decided_at) or now
    if decided_at > now:
        raise CaseError("a decision cannot be dated in the future")
    with recorded(warehouse, principal.name, "case.classify", case_id, {"regime": regime, "value": value}) as (con, _):
        _open_case(con, principal, case_id)
        record_decision(
            con,
            case_id,
            subject=regime,
            value=value,
            rationale=rationale.strip(),
            actor=principal.name,
            decided_at=decided_at,
            recorded_at=now,
        )
        acknowledge(con, case_id, now)


def set_awareness(
    warehouse, principal: Principal, case_id: str, aware_at: datetime, *, rationale: str, now: datetime | None = None
) -> None:
    """Record when the organisation became aware of the incident: every clock starts there."""
    principal.require("respond")
    if not rationale.strip():
        raise CaseError("the time of awareness needs its rationale (--rationale)")
    now = state_time(now) or utcnow()
    aware_at = state_time(aware_at)
    if aware_at > now:
        raise CaseError("the time of awareness cannot be in the future")
    with recorded(warehouse, principal.name, "case.awareness", case_id, {"aware_at": aware_at.isoformat()}) as (con, _):
        _open_case(con, principal, case_id)
        con.execute("UPDATE cases SET aware_at = ?, updated_at = ? WHERE case_id = ?", [aware_at, now, case_id])
        record_decision(
            con,
            case_id,
            subject="awareness",
            value=aware_at.isoformat(sep=" ", timespec="seconds"),
            rationale=rationale.strip(),
            actor=principal.name,
            decided_at=now,
            recorded_at=now,
        )


def record_notification(
    warehouse,
    principal: Principal,
    case_id: str,
    regime: str,
    stage: str,
    *,
    reference: str,
    filed_at: datetime | None = None,
    now: datetime | None = None,
) -> None:
    """Record a report sent to an authority (``reference``: its case or submission number)."""
    principal.require("respond")
    if regime not in STAGES:
        raise CaseError(f"regime {regime!r}: expected one of {', '.join(STAGES)}")
    if stage not in STAGES[regime]:
        raise CaseError(f"{regime} reports are {', '.join(STAGES[regime])}, not {stage!r}")
    if not reference.strip():
        raise CaseError("a notification needs the authority's reference (--reference)")
    now = state_time(now) or utcnow()
    filed_at = state_time(filed_at) or now
    if filed_at > now:
        raise CaseError("a notification cannot be filed in the future")
    with recorded(warehouse, principal.name, "case.notify", case_id, {"regime": regime, "stage": stage}) as (con, _):
        load_case(con, principal, case_id, details=False)  # closed cases too: a DORA final report comes a month on
        con.execute(
            "INSERT INTO case_notifications VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
            [
                case_id,
                next_seq(con, "case_notifications", case_id),
                regime,
                stage,
                filed_at,
                now,
                principal.name,
                reference.strip(),
            ],
        )
        log(
            con,
            case_id,
            now,
            principal.name,
            "notification",
            f"{regime} {stage} report filed at {filed_at.isoformat(sep=' ', timespec='minutes')} (ref {reference.strip()})",
        )


def classifications(case: Case) -> list[Classification]:
    return [Classification(d.subject, d.value, d.decided_at) for d in case.decisions if d.subject in CLASSIFICATIONS]


def case_clocks(case: Case, now: datetime | None = None) -> list[Clock]:
    """The clocks of a case loaded with its details, as of ``now``."""
    now = state_time(now) or utcnow()
    filings = [Filing(n.regime, n.stage, n.filed_at) for n in case.notifications]
    return compute_clocks(case.aware_at, classifications(case), filings, now)
