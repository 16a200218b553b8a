"""What an incident report holds, gathered from a case before any template sees it.

Every text field may carry attacker-written text (alert entities, notes, evidence titles
quote events), so each renderer escapes every field for its own format.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta

__all__ = [
    "ReportData",
    "ReportAlert",
    "ReportEntry",
    "ReportTask",
    "ReportEvidence",
    "ReportAction",
    "ReportDecision",
    "ReportClock",
]


@dataclass(frozen=True)
class ReportAlert:
    id: str
    title: str
    severity: str
    detector: str
    rule_id: str
    tenant: str | None
    entity: str | None
    first_seen: datetime
    last_seen: datetime
    count: int


@dataclass(frozen=True)
class ReportEntry:
    """One line of the case timeline."""

    at: datetime
    actor: str
    kind: str  # opened, status, assigned, task, note, evidence, action, decision, notification, closed…
    text: str


@dataclass(frozen=True)
class ReportTask:
    number: int  # 1-based, as `aisoc case step C N` names it
    title: str
    type: str  # manual | enrichment | action | decision
    phase: str
    role: str
    status: str  # open | done | skipped
    done_by: str | None
    done_at: datetime | None
    note: str | None


@dataclass(frozen=True)
class ReportEvidence:
    seq: int
    added_at: datetime
    added_by: str
    kind: str  # alert | query | action | note | file
    title: str
    sha256: str  # of the content
    chain_hash: str  # HMAC-SHA256 (secret key) over this entry and the previous chain hash


@dataclass(frozen=True)
class ReportAction:
    at: datetime
    actor: str
    operation: str  # revoke-api-key, block-user, …
    connector: str
    dry_run: bool
    outcome: str  # e.g. "HTTP 200", "dry run", "failed: …"


@dataclass(frozen=True)
class ReportDecision:
    at: datetime
    actor: str
    subject: str  # e.g. "gdpr", "ai-act", "dora", or a playbook decision step's title
    value: str
    rationale: str


@dataclass(frozen=True)
class ReportClock:
    regime: str  # gdpr | ai-act | dora
    obligation: str  # e.g. "notify the supervisory authority", "initial notification"
    basis: str  # the legal basis, e.g. "GDPR Art. 33(1)"
    starts_at: datetime
    due_at: datetime
    filed_at: datetime | None
    status: str  # open | overdue | met | late
    note: str


@dataclass(frozen=True)
class ReportData:
    case_id: str
    title: str
    status: str
    severity: str
    tenants: tuple[str, ...]
    playbook_id: str | None
    playbook_title: str | None
    assignee: str | None
    opened_by: str
    opened_at: datetime
    aware_at: datetime
    acknowledged_at: datetime | None
    closed_at: datetime | None
    time_to_acknowledge: timedelta | None
    time_to_resolve: timedelta | None
    summary: str
    lessons: str
    generated_at: datetime
    generated_by: str
    alerts: tuple[ReportAlert, ...]
    timeline: tuple[ReportEntry, ...]
    tasks: tuple[ReportTask, ...]
    evidence: tuple[ReportEvidence, ...]
    evidence_chain_ok: bool
    evidence_chain_detail: str
    actions: tuple[ReportAction, ...]
    decisions: tuple[ReportDecision, ...]
    clocks: tuple[ReportClock, ...]
