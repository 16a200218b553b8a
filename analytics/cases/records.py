"""Reading cases from the state database, held to the principal's tenants.

A case is visible only to a principal who sees every tenant of its alerts: a case that
merges two tenants' alerts is not half-shown to an analyst of one of them. An unseen case is
"not found", exactly as a case that does not exist.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime

import duckdb
import orjson

import aisoc.analytics.cases.tables  # noqa: F401 - registers the tables queried here
from aisoc.analytics.access import Principal
from aisoc.ingest.kernel.errors import AisocError

__all__ = [
    "Case",
    "Task",
    "TimelineEntry",
    "EvidenceEntry",
    "Decision",
    "Notification",
    "ActionRecord",
    "CaseError",
    "STATUSES",
    "load_case",
    "case_rows",
    "visible",
]

STATUSES = ("new", "triage", "containment", "eradication", "recovery", "closed")


class CaseError(AisocError):
    """A case operation that cannot be done: unknown case, alert or step, a step in the wrong state…"""


@dataclass(frozen=True)
class Task:
    number: int
    step_id: str
    title: str
    type: str
    phase: str
    role: str
    optional: bool
    status: str  # open | done | skipped
    answer: str | None
    done_by: str | None
    done_at: datetime | None
    note: str | None


@dataclass(frozen=True)
class TimelineEntry:
    seq: int
    at: datetime
    actor: str
    kind: str
    text: str


@dataclass(frozen=True)
class EvidenceEntry:
    seq: int
    added_at: datetime
    added_by: str
    kind: str
    title: str
    media_type: str
    sha256: str
    chain_hash: str
    size: int


@dataclass(frozen=True)
class Decision:
    seq: int
    decided_at: datetime
    recorded_at: datetime
    actor: str
    subject: str
    value: str
    rationale: str


@dataclass(frozen=True)
class Notification:
    seq: int
    regime: str
    stage: str
    filed_at: datetime
    recorded_at: datetime
    actor: str
    reference: str


@dataclass(frozen=True)
class ActionRecord:
    seq: int
    at: datetime
    actor: str
    task: int | None
    operation: str
    connector: str
    dry_run: bool
    outcome: str
    request: dict


@dataclass(frozen=True)
class Case:
    id: str
    title: str
    severity: str
    status: str
    tenants: tuple[str | None, ...]
    playbook: str | None
    playbook_version: int | None
    assignee: str | None
    summary: str
    lessons: str
    opened_by: str
    opened_at: datetime
    detected_at: datetime
    aware_at: datetime
    acknowledged_at: datetime | None
    closed_at: datetime | None
    updated_at: datetime
    alert_ids: tuple[str, ...] = ()
    tasks: tuple[Task, ...] = ()
    timeline: tuple[TimelineEntry, ...] = ()
    evidence: tuple[EvidenceEntry, ...] = ()
    decisions: tuple[Decision, ...] = ()
    notifications: tuple[Notification, ...] = ()
    actions: tuple[ActionRecord, ...] = ()
    extra: dict = field(default_factory=dict)

    @property
    def progress(self) -> tuple[int, int]:
        """Tasks finished (done or skipped) and tasks in all."""
        return sum(t.status != "open" for t in self.tasks), len(self.tasks)

    def task(self, number: int) -> Task:
        for task in self.tasks:
            if task.number == number:
                return task
        raise CaseError(f"{self.id} has no step {number} (steps 1–{len(self.tasks)})")


_CASE_COLUMNS = (
    "case_id, title, severity, status, tenants, playbook, playbook_version, assignee, summary, lessons, "
    "opened_by, opened_at, detected_at, aware_at, acknowledged_at, closed_at, updated_at"
)


def visible(principal: Principal, tenants) -> bool:
    return principal.all_tenants or all(principal.sees(t) for t in tenants)


def _case(row) -> Case:
    values = list(row)
    values[4] = tuple(orjson.loads(values[4]))
    return Case(*values)


def case_rows(con: duckdb.DuckDBPyConnection, principal: Principal) -> list[Case]:
    """Every case the principal sees, newest first, without their details."""
    rows = con.execute(f"SELECT {_CASE_COLUMNS} FROM cases ORDER BY opened_at DESC, case_id DESC").fetchall()
    cases = [_case(row) for row in rows]
    return [c for c in cases if visible(principal, c.tenants)]


def load_case(con: duckdb.DuckDBPyConnection, principal: Principal, case_id: str, *, details: bool = True) -> Case:
    row = con.execute(f"SELECT {_CASE_COLUMNS} FROM cases WHERE case_id = ?", [case_id]).fetchone()
    if row is None or not visible(principal, orjson.loads(row[4])):
        raise CaseError(f"case {case_id} not found")
    case = _case(row)
    if not details:
        return case
    fetch = lambda sql: con.execute(sql, [case_id]).fetchall()  # noqa: E731 - one-line reads below
    alerts = tuple(
        r[0] for r in fetch("SELECT alert_id FROM case_alerts WHERE case_id = ? ORDER BY added_at, alert_id")
    )
    tasks = tuple(
        Task(*r)
        for r in fetch(
            "SELECT number, step_id, title, type, phase, role, optional, status, answer, done_by, done_at, note "
            "FROM case_tasks WHERE case_id = ? ORDER BY number"
        )
    )
    timeline = tuple(
        TimelineEntry(*r)
        for r in fetch("SELECT seq, logged_at, actor, kind, text FROM case_timeline WHERE case_id = ? ORDER BY seq")
    )
    evidence = tuple(
        EvidenceEntry(*r)
        for r in fetch(
            "SELECT seq, added_at, added_by, kind, title, media_type, sha256, chain_hash, octet_length(content) "
            "FROM case_evidence WHERE case_id = ? ORDER BY seq"
        )
    )
    decisions = tuple(
        Decision(*r)
        for r in fetch(
            "SELECT seq, decided_at, recorded_at, actor, subject, value, rationale FROM case_decisions "
            "WHERE case_id = ? ORDER BY seq"
        )
    )
    notifications = tuple(
        Notification(*r)
        for r in fetch(
            "SELECT seq, regime, stage, filed_at, recorded_at, actor, reference FROM case_notifications "
            "WHERE case_id = ? ORDER BY seq"
        )
    )
    actions = tuple(
        ActionRecord(seq, at, actor, task, operation, connector, dry_run, outcome, orjson.loads(request))
        for seq, at, actor, task, operation, connector, dry_run, outcome, request in fetch(
            "SELECT seq, acted_at, actor, task, operation, connector, dry_run, outcome, request FROM case_actions "
            "WHERE case_id = ? ORDER BY seq"
        )
    )
    return Case(
        **{
            **case.__dict__,
            "alert_ids": alerts,
            "tasks": tasks,
            "timeline": timeline,
            "evidence": evidence,
            "decisions": decisions,
            "notifications": notifications,
            "actions": actions,
        }
    )
