"""Gathering a case into ``ReportData``: everything a report shows, read in one go.

Making the report is itself recorded (audit log and case timeline), so an auditor can see
who took which report when; the report prints the evidence chain's head, which lets a later
reader check nothing was added to or cut from the chain since.
"""

from __future__ import annotations

from datetime import datetime

import aisoc.analytics.alerting.tables  # noqa: F401 - registers the tables queried here
from aisoc.analytics.access import Principal, recorded
from aisoc.analytics.cases.evidence import seal_legacy_evidence, verify_evidence
from aisoc.analytics.cases.lifecycle import log
from aisoc.analytics.cases.reading import time_to_acknowledge, time_to_resolve
from aisoc.analytics.cases.records import load_case
from aisoc.analytics.cases.regulatory import case_clocks
from aisoc.analytics.cases.report.data import (
    ReportAction,
    ReportAlert,
    ReportClock,
    ReportData,
    ReportDecision,
    ReportEntry,
    ReportEvidence,
    ReportTask,
)
from aisoc.ingest.kernel.clocks import state_time, utcnow
from aisoc.playbooks import Library

__all__ = ["build_report"]


def build_report(
    warehouse, principal: Principal, case_id: str, library: Library, *, fmt: str = "md", now: datetime | None = None
) -> ReportData:
    principal.require("view")
    now = state_time(now) or utcnow()
    with recorded(warehouse, principal.name, "case.report", case_id, {"format": fmt}) as (con, _):
        load_case(con, principal, case_id, details=False)  # scope check before anything is written
        seal_legacy_evidence(con, case_id)  # so the entries listed carry the hashes verified below
        case = load_case(con, principal, case_id)
        chain = verify_evidence(con, case_id)
        alerts = con.execute(
            "SELECT id, title, severity, detector, rule_id, tenant, entity, first_seen, last_seen, count FROM alerts "
            "WHERE id IN (SELECT unnest(?)) ORDER BY first_seen, id",
            [list(case.alert_ids)],
        ).fetchall()
        log(con, case_id, now, principal.name, "report", f"{fmt} report generated")
    playbook = library.playbooks.get(case.playbook) if case.playbook else None
    return ReportData(
        case_id=case.id,
        title=case.title,
        status=case.status,
        severity=case.severity,
        tenants=tuple(t or "(none)" for t in case.tenants),
        playbook_id=case.playbook,
        playbook_title=playbook.title if playbook else None,
        assignee=case.assignee,
        opened_by=case.opened_by,
        opened_at=case.opened_at,
        aware_at=case.aware_at,
        acknowledged_at=case.acknowledged_at,
        closed_at=case.closed_at,
        time_to_acknowledge=time_to_acknowledge(case),
        time_to_resolve=time_to_resolve(case),
        summary=case.summary,
        lessons=case.lessons,
        generated_at=now,
        generated_by=principal.name,
        alerts=tuple(ReportAlert(*row) for row in alerts),
        timeline=tuple(ReportEntry(e.at, e.actor, e.kind, e.text) for e in case.timeline),
        tasks=tuple(
            ReportTask(
                t.number,
                t.title,
                t.type,
                t.phase,
                t.role,
                t.status,
                t.done_by,
                t.done_at,
                " — ".join(x for x in (f"answer: {t.answer}" if t.answer else "", t.note or "") if x) or None,
            )
            for t in case.tasks
        ),
        evidence=tuple(
            ReportEvidence(e.seq, e.added_at, e.added_by, e.kind, e.title, e.sha256, e.chain_hash)
            for e in case.evidence
        ),
        evidence_chain_ok=chain.ok,
        evidence_chain_detail=chain.describe(),
        actions=tuple(
            ReportAction(a.at, a.actor, a.operation, a.connector, a.dry_run, a.outcome) for a in case.actions
        ),
        decisions=tuple(ReportDecision(d.decided_at, d.actor, d.subject, d.value, d.rationale) for d in case.decisions),
        clocks=tuple(
            ReportClock(c.regime, c.obligation, c.basis, c.starts_at, c.due_at, c.filed_at, c.status, c.note)
            for c in case_clocks(case, now)
        ),
    )
