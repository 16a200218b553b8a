"""Opening, assigning, moving and closing cases.

Every change commits in one transaction with its audit row (``analytics.access.recorded``) and
a line on the case's timeline. Status moves along new → triage → containment → eradication →
recovery → closed; moving back (re-infection, a fix that did not hold) needs a reason, and a
closed case is reopened only with one.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime

import duckdb
import orjson

import aisoc.analytics.access.tables  # noqa: F401 - registers the tables queried here
import aisoc.analytics.alerting.tables  # noqa: F401 - registers the tables queried here
import aisoc.analytics.cases.tables  # noqa: F401 - registers the tables queried here
from aisoc.analytics.access import Principal, recorded
from aisoc.analytics.cases.evidence import add_evidence, as_json_bytes
from aisoc.analytics.cases.records import STATUSES, Case, CaseError, load_case, visible
from aisoc.ingest.kernel.clocks import state_time, utcnow
from aisoc.playbooks import Library, Playbook

__all__ = [
    "open_case",
    "add_alerts",
    "assign",
    "set_status",
    "add_note",
    "close_case",
    "reopen_case",
    "log",
    "next_seq",
    "acknowledge",
    "SEVERITIES",
]

SEVERITIES = ("informational", "low", "medium", "high", "critical")
_ALERT_COLUMNS = (
    "id, detector, rule_id, title, severity, tags, playbook, tenant, entity, first_seen, last_seen, "
    "count, evidence_event_ids, explanation, score, status, created_at"
)


def next_seq(con: duckdb.DuckDBPyConnection, table: str, case_id: str) -> int:
    return con.execute(f"SELECT coalesce(max(seq), 0) + 1 FROM {table} WHERE case_id = ?", [case_id]).fetchall()[0][0]


def log(con: duckdb.DuckDBPyConnection, case_id: str, at: datetime, actor: str, kind: str, text: str) -> None:
    """One line on the case's timeline."""
    con.execute(
        "INSERT INTO case_timeline VALUES (?, ?, ?, ?, ?, ?)",
        [case_id, next_seq(con, "case_timeline", case_id), at, actor, kind, text],
    )


def acknowledge(con: duckdb.DuckDBPyConnection, case_id: str, at: datetime) -> None:
    """The first human move on a case (assignment, a status change, a step) sets acknowledged_at: MTTA."""
    con.execute(
        "UPDATE cases SET acknowledged_at = coalesce(acknowledged_at, ?), updated_at = ? WHERE case_id = ?",
        [at, at, case_id],
    )


def _alerts(con: duckdb.DuckDBPyConnection, principal: Principal, alert_ids: Sequence[str]) -> list[dict]:
    rows = con.execute(f"SELECT {_ALERT_COLUMNS} FROM alerts WHERE id IN (SELECT unnest(?))", [list(alert_ids)])
    names = [d[0] for d in rows.description]
    found = {r[0]: dict(zip(names, r)) for r in rows.fetchall()}
    alerts = []
    for alert_id in dict.fromkeys(alert_ids):
        alert = found.get(alert_id)
        if alert is None or not principal.sees(alert["tenant"]):
            raise CaseError(f"alert {alert_id} not found")
        alert["tags"] = orjson.loads(alert["tags"])
        alert["evidence_event_ids"] = orjson.loads(alert["evidence_event_ids"])
        alerts.append(alert)
    return alerts


def _already_cased(con: duckdb.DuckDBPyConnection, alert_ids: Sequence[str], but: str | None = None) -> None:
    row = con.execute(
        "SELECT ca.alert_id, ca.case_id FROM case_alerts ca JOIN cases c ON c.case_id = ca.case_id "
        "WHERE ca.alert_id IN (SELECT unnest(?)) AND c.status <> 'closed' AND ca.case_id IS DISTINCT FROM ? "
        "ORDER BY ca.case_id LIMIT 1",
        [list(alert_ids), but],
    ).fetchone()
    if row:
        raise CaseError(f"alert {row[0]} is already in open case {row[1]} (add alerts to it with aisoc case add)")


def _attach(con: duckdb.DuckDBPyConnection, case_id: str, alerts: list[dict], actor: str, now: datetime) -> None:
    for alert in alerts:
        con.execute(
            "INSERT INTO case_alerts VALUES (?, ?, ?, ?) ON CONFLICT DO NOTHING", [case_id, alert["id"], actor, now]
        )
        add_evidence(
            con,
            case_id,
            kind="alert",
            title=f"alert {alert['id']}: {alert['title']}",
            content=as_json_bytes(alert),
            added_by=actor,
            added_at=now,
        )
    # The alerts are now worked in the case: the queue shows them as escalated.
    con.execute(
        "UPDATE alerts SET status = 'escalated', updated_at = ? WHERE id IN (SELECT unnest(?)) AND status <> 'closed'",
        [now, [a["id"] for a in alerts]],
    )


def _tasks(con: duckdb.DuckDBPyConnection, case_id: str, playbook: Playbook) -> None:
    for number, step in enumerate(playbook.steps, start=1):
        con.execute(
            "INSERT INTO case_tasks VALUES (?, ?, ?, ?, ?, ?, ?, ?, 'open', NULL, NULL, NULL, NULL)",
            [case_id, number, step.id, step.title, step.type, step.phase, step.role, step.optional],
        )


def _new_id(con: duckdb.DuckDBPyConnection) -> str:
    count = con.execute("SELECT count(*) FROM cases").fetchall()[0][0]
    while True:  # ids stay unique even if a case row was ever removed by hand
        count += 1
        case_id = f"CASE-{count:04d}"
        if con.execute("SELECT 1 FROM cases WHERE case_id = ?", [case_id]).fetchone() is None:
            return case_id


def open_case(
    warehouse,
    principal: Principal,
    alert_ids: Sequence[str],
    library: Library,
    *,
    title: str | None = None,
    playbook_id: str | None = None,
    summary: str = "",
    aware_at: datetime | None = None,
    now: datetime | None = None,
) -> str:
    """A new case from ``alert_ids`` with the tasks of its playbook; returns the case id."""
    principal.require("case.open")
    if not alert_ids:
        raise CaseError("a case is opened from at least one alert (--from-alert ID)")
    now = state_time(now) or utcnow()
    aware_at = state_time(aware_at) or now
    with recorded(warehouse, principal.name, "case.open", None, {"alerts": list(alert_ids)}) as (con, detail):
        alerts = _alerts(con, principal, alert_ids)
        _already_cased(con, alert_ids)
        alerts.sort(
            key=lambda a: (-SEVERITIES.index(a["severity"]) if a["severity"] in SEVERITIES else 0, a["first_seen"])
        )
        playbook = library.get(playbook_id) if playbook_id else library.for_alert(alerts[0])
        case_id = _new_id(con)
        detail["case"] = case_id
        tenants = sorted({a["tenant"] for a in alerts}, key=lambda t: (t is None, t or ""))
        first = alerts[0]
        title = title or f"{first['title']}" + (f" — {first['entity']}" if first.get("entity") else "")
        detected_at = min(a["created_at"] for a in alerts)
        con.execute(
            "INSERT INTO cases VALUES (?, ?, ?, 'new', ?, ?, ?, NULL, ?, '', ?, ?, ?, ?, NULL, NULL, ?)",
            [
                case_id,
                title[:300],
                first["severity"],
                orjson.dumps(tenants).decode(),
                playbook.id if playbook else None,
                playbook.version if playbook else None,
                summary,
                principal.name,
                now,
                detected_at,
                aware_at,
                now,
            ],
        )
        if playbook:
            _tasks(con, case_id, playbook)
        _attach(con, case_id, alerts, principal.name, now)
        con.execute(
            "INSERT INTO case_decisions VALUES (?, 1, ?, ?, ?, 'awareness', ?, ?)",
            [
                case_id,
                aware_at,
                now,
                principal.name,
                aware_at.isoformat(sep=" ", timespec="seconds"),
                "time of awareness: the case was opened"
                if aware_at == now
                else "time of awareness, given when opening",
            ],
        )
        log(
            con,
            case_id,
            now,
            principal.name,
            "opened",
            f"opened from {len(alerts)} alert{'s' if len(alerts) != 1 else ''}"
            + (f" with playbook {playbook.id} v{playbook.version}" if playbook else " without a playbook"),
        )
    return case_id


def _writable(con: duckdb.DuckDBPyConnection, principal: Principal, case_id: str, *, open_only: bool = True) -> Case:
    case = load_case(con, principal, case_id, details=False)
    if open_only and case.status == "closed":
        raise CaseError(f"{case_id} is closed (aisoc case reopen {case_id} --reason …)")
    return case


def add_alerts(
    warehouse, principal: Principal, case_id: str, alert_ids: Sequence[str], *, now: datetime | None = None
) -> int:
    """Merge more alerts into an open case; returns how many were new to it."""
    principal.require("case.open")
    now = state_time(now) or utcnow()
    with recorded(warehouse, principal.name, "case.add_alerts", case_id, {"alerts": list(alert_ids)}) as (con, detail):
        case = _writable(con, principal, case_id)
        alerts = _alerts(con, principal, alert_ids)
        _already_cased(con, alert_ids, but=case_id)
        present = {
            r[0] for r in con.execute("SELECT alert_id FROM case_alerts WHERE case_id = ?", [case_id]).fetchall()
        }
        new = [a for a in alerts if a["id"] not in present]
        tenants = sorted(set(case.tenants) | {a["tenant"] for a in new}, key=lambda t: (t is None, t or ""))
        if not visible(principal, tenants):
            raise CaseError(f"case {case_id} not found")
        _attach(con, case_id, new, principal.name, now)
        detected = min([case.detected_at] + [a["created_at"] for a in new])
        con.execute(
            "UPDATE cases SET tenants = ?, detected_at = ?, updated_at = ? WHERE case_id = ?",
            [orjson.dumps(tenants).decode(), detected, now, case_id],
        )
        if new:
            log(
                con,
                case_id,
                now,
                principal.name,
                "alerts",
                f"added {len(new)} alert(s): {', '.join(a['id'] for a in new)}",
            )
        detail["added"] = len(new)
    return len(new)


def assign(warehouse, principal: Principal, case_id: str, user: str, *, now: datetime | None = None) -> None:
    principal.require("respond")
    now = state_time(now) or utcnow()
    with recorded(warehouse, principal.name, "case.assign", case_id, {"assignee": user}) as (con, _):
        _writable(con, principal, case_id)
        if con.execute("SELECT 1 FROM users WHERE name = ? AND NOT disabled", [user]).fetchone() is None:
            raise CaseError(f"no active user {user!r} (aisoc user add {user} …)")
        con.execute("UPDATE cases SET assignee = ?, updated_at = ? WHERE case_id = ?", [user, now, case_id])
        acknowledge(con, case_id, now)
        log(con, case_id, now, principal.name, "assigned", f"assigned to {user}")


def set_status(
    warehouse, principal: Principal, case_id: str, status: str, *, reason: str = "", now: datetime | None = None
) -> None:
    """Move an open case to another phase; closing goes through ``close_case``."""
    principal.require("respond")
    if status not in STATUSES[:-1]:
        raise CaseError(f"status {status!r}: expected one of {', '.join(STATUSES[:-1])} (close with aisoc case close)")
    now = state_time(now) or utcnow()
    with recorded(warehouse, principal.name, "case.status", case_id, {"status": status, "reason": reason}) as (con, _):
        case = _writable(con, principal, case_id)
        if STATUSES.index(status) < STATUSES.index(case.status) and not reason.strip():
            raise CaseError(f"{case_id} is in {case.status}: moving back to {status} needs --reason")
        move_status(con, case_id, case.status, status, principal.name, now, reason)


def move_status(
    con: duckdb.DuckDBPyConnection, case_id: str, old: str, new: str, actor: str, now: datetime, reason: str = ""
) -> None:
    if old == new:
        return
    con.execute("UPDATE cases SET status = ?, updated_at = ? WHERE case_id = ?", [new, now, case_id])
    acknowledge(con, case_id, now)
    log(con, case_id, now, actor, "status", f"{old} → {new}" + (f": {reason.strip()}" if reason.strip() else ""))


def add_note(warehouse, principal: Principal, case_id: str, text: str, *, now: datetime | None = None) -> int:
    """A note on the timeline, kept as evidence too (returns its evidence seq)."""
    principal.require("respond")
    if not text.strip():
        raise CaseError("a note needs some text")
    now = state_time(now) or utcnow()
    with recorded(warehouse, principal.name, "case.note", case_id) as (con, _):
        _writable(con, principal, case_id)
        seq, _ = add_evidence(
            con,
            case_id,
            kind="note",
            title=f"note by {principal.name}",
            content=text.encode(),
            added_by=principal.name,
            added_at=now,
            media_type="text/plain",
        )
        log(con, case_id, now, principal.name, "note", text.strip())
    return seq


def close_case(
    warehouse,
    principal: Principal,
    case_id: str,
    *,
    summary: str | None = None,
    lessons: str | None = None,
    force: str = "",
    now: datetime | None = None,
) -> None:
    """Close a case. Open required steps refuse the close unless ``force`` gives the reason."""
    principal.require("respond")
    now = state_time(now) or utcnow()
    with recorded(warehouse, principal.name, "case.close", case_id, {"force": force}) as (con, detail):
        case = _writable(con, principal, case_id)
        open_steps = [
            r[0]
            for r in con.execute(
                "SELECT number FROM case_tasks WHERE case_id = ? AND status = 'open' AND NOT optional ORDER BY number",
                [case_id],
            ).fetchall()
        ]
        if open_steps and not force.strip():
            raise CaseError(
                f"{case_id} has open steps {', '.join(map(str, open_steps))}: finish or skip them, "
                "or close with --force REASON"
            )
        con.execute(
            "UPDATE cases SET status = 'closed', closed_at = ?, updated_at = ?, summary = coalesce(?, summary), "
            "lessons = coalesce(?, lessons) WHERE case_id = ?",
            [now, now, summary, lessons, case_id],
        )
        acknowledge(con, case_id, now)
        con.execute(
            "UPDATE alerts SET status = 'closed', updated_at = ? WHERE id IN "
            "(SELECT alert_id FROM case_alerts WHERE case_id = ?)",
            [now, case_id],
        )
        detail["open_steps"] = open_steps
        log(
            con,
            case_id,
            now,
            principal.name,
            "closed",
            f"{case.status} → closed"
            + (f" with open steps {', '.join(map(str, open_steps))}: {force.strip()}" if open_steps else ""),
        )


def reopen_case(warehouse, principal: Principal, case_id: str, *, reason: str, now: datetime | None = None) -> None:
    principal.require("respond")
    if not reason.strip():
        raise CaseError("reopening a case needs --reason")
    now = state_time(now) or utcnow()
    with recorded(warehouse, principal.name, "case.reopen", case_id, {"reason": reason}) as (con, _):
        case = _writable(con, principal, case_id, open_only=False)
        if case.status != "closed":
            raise CaseError(f"{case_id} is not closed")
        con.execute(
            "UPDATE cases SET status = 'recovery', closed_at = NULL, updated_at = ? WHERE case_id = ?", [now, case_id]
        )
        log(con, case_id, now, principal.name, "status", f"closed → recovery (reopened): {reason.strip()}")
