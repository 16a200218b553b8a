"""The alert queue: a principal's alerts filtered, searched, sorted and paged, and triage on them.

Every function checks the principal: a filter never widens the tenant scope, and an alert
outside it is "not found" (not "forbidden"), so ids of other tenants' alerts cannot be probed.
Every triage action commits together with its audit row.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import datetime

import duckdb
import polars as pl

import aisoc.analytics.access.tables  # noqa: F401 - registers the tables queried here
import aisoc.analytics.alerting.tables  # noqa: F401 - registers the tables queried here
from aisoc.analytics.access import Principal, recorded
from aisoc.analytics.access.scope import scope_clause
from aisoc.analytics.alerting import SEVERITIES, AlertError, severity_rank
from aisoc.analytics.queries.feedback import learn
from aisoc.ingest.kernel.clocks import utcnow
from aisoc.ingest.kernel.state import query_frame
from aisoc.ingest.warehouse import Warehouse

__all__ = [
    "QueueFilter",
    "AlertPage",
    "alert_page",
    "scope_clause",
    "acknowledge",
    "assign",
    "escalate",
    "close",
    "reopen",
    "assignees",
    "VERDICTS",
    "SORTS",
    "visible_ids",
]

VERDICTS = ("true_positive", "false_positive", "benign")
# sort name -> ORDER BY; every order ends on id so pages never overlap.
SORTS = {
    "newest": "a.last_seen DESC, a.id",
    "oldest": "a.last_seen ASC, a.id",
    "severity": "sev DESC, a.last_seen DESC, a.id",
    "count": "a.count DESC, a.last_seen DESC, a.id",
}
QUEUE_COLUMNS = (
    "id",
    "severity",
    "status",
    "title",
    "detector",
    "rule_id",
    "tenant",
    "entity",
    "count",
    "first_seen",
    "last_seen",
    "assignee",
    "verdict",
    "score",
    "playbook",
)
_SEVERITY_CASE = "CASE a.severity " + " ".join(f"WHEN '{s}' THEN {i}" for i, s in enumerate(SEVERITIES)) + " ELSE 2 END"


@dataclass
class QueueFilter:
    status: Sequence[str] = ("open", "acknowledged", "escalated")
    severity: str | None = None  # a floor
    detector: Sequence[str] = ()
    tenant: Sequence[str] = ()  # narrows the principal's scope, never widens it
    assignee: str | None = None  # "" for unassigned
    rule_id: str | None = None
    entity: str | None = None
    search: str | None = None  # substring of id, title, rule id, entity or explanation
    since: datetime | None = None


@dataclass
class AlertPage:
    rows: pl.DataFrame
    total: int
    offset: int
    limit: int
    counts: dict[str, int] = field(default_factory=dict)  # total per severity under the filter


def _where(principal: Principal, flt: QueueFilter) -> tuple[str, list]:
    clause, args = scope_clause(principal)
    parts = [clause]
    if flt.status:
        parts.append("a.status IN (SELECT unnest(?))")
        args.append(list(flt.status))
    if flt.severity:
        parts.append("a.severity IN (SELECT unnest(?))")
        args.append([s for s in SEVERITIES if severity_rank(s) >= severity_rank(flt.severity)])
    if flt.detector:
        parts.append("a.detector IN (SELECT unnest(?))")
        args.append(list(flt.detector))
    if flt.tenant:
        parts.append("a.tenant IN (SELECT unnest(?))")
        args.append(list(flt.tenant))
    if flt.assignee is not None:
        parts.append("coalesce(t.assignee, '') = ?")
        args.append(flt.assignee)
    for column, value in (("a.rule_id", flt.rule_id), ("a.entity", flt.entity)):
        if value:
            parts.append(f"{column} = ?")
            args.append(value)
    if flt.search:
        like = "ILIKE ? ESCAPE '\\'"  # the search is a literal substring: % and _ in it are escaped below
        parts.append(
            f"(a.id {like} OR a.title {like} OR a.rule_id {like} OR coalesce(a.entity, '') {like} "
            f"OR a.explanation {like})"
        )
        pattern = "%" + flt.search.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%"
        args.extend([pattern] * 5)
    if flt.since is not None:
        parts.append("a.last_seen >= ?")
        args.append(flt.since)
    return " AND ".join(parts), args


_FROM = "FROM alerts a LEFT JOIN alert_triage t ON t.alert_id = a.id"


def alert_page(
    warehouse: Warehouse,
    principal: Principal,
    flt: QueueFilter | None = None,
    *,
    sort: str = "newest",
    offset: int = 0,
    limit: int = 50,
) -> AlertPage:
    """One page of the principal's alerts; only that page is read from the database."""
    principal.require("view")
    if sort not in SORTS:
        raise ValueError(f"sort {sort!r}: expected one of {', '.join(SORTS)}")
    where, args = _where(principal, flt or QueueFilter())
    select = ", ".join(f"t.{c}" if c in ("assignee", "verdict") else f"a.{c}" for c in QUEUE_COLUMNS)
    with warehouse.state() as con:
        counts = dict(con.execute(f"SELECT a.severity, count(*) {_FROM} WHERE {where} GROUP BY 1", args).fetchall())
        rows = query_frame(
            con,
            f"SELECT {select}, {_SEVERITY_CASE} AS sev {_FROM} WHERE {where} ORDER BY {SORTS[sort]} LIMIT ? OFFSET ?",
            [*args, int(limit), int(offset)],
        )
    return AlertPage(rows.drop("sev"), sum(counts.values()), offset, limit, counts)


def visible_ids(con: duckdb.DuckDBPyConnection, principal: Principal, alert_ids: Sequence[str]) -> list[str]:
    """``alert_ids`` that exist and are in the principal's scope; ``AlertError`` names the first that is not."""
    clause, args = scope_clause(principal)
    found = {
        r[0]
        for r in con.execute(
            f"SELECT a.id FROM alerts a WHERE a.id IN (SELECT unnest(?)) AND {clause}", [list(alert_ids), *args]
        ).fetchall()
    }
    for alert_id in alert_ids:
        if alert_id not in found:
            raise AlertError(f"no alert {alert_id!r}")
    return list(dict.fromkeys(alert_ids))


def _triage(con: duckdb.DuckDBPyConnection, ids: Sequence[str], by: str, now: datetime, **values) -> None:
    """Upsert the triage row of each alert, changing only ``values``."""
    for alert_id in ids:
        row = con.execute(
            "SELECT assignee, verdict, reason FROM alert_triage WHERE alert_id = ?", [alert_id]
        ).fetchone()
        current = dict(zip(("assignee", "verdict", "reason"), row or (None, None, None)))
        current.update(values)
        con.execute(
            "INSERT OR REPLACE INTO alert_triage VALUES (?, ?, ?, ?, ?, ?)",
            [alert_id, current["assignee"], current["verdict"], current["reason"], by, now],
        )


def _set_status(con, ids: Sequence[str], status: str, now: datetime) -> None:
    con.execute("UPDATE alerts SET status = ?, updated_at = ? WHERE id IN (SELECT unnest(?))", [status, now, list(ids)])


def _act(warehouse: Warehouse, principal: Principal, action: str, alert_ids: Sequence[str], detail: dict, body) -> int:
    principal.require("triage")
    if not alert_ids:
        return 0
    with recorded(warehouse, principal.name, action, ",".join(alert_ids)[:2000]) as (con, logged):
        ids = visible_ids(con, principal, alert_ids)
        body(con, ids, utcnow())
        logged.update(detail)
    return len(ids)


def acknowledge(warehouse: Warehouse, principal: Principal, alert_ids: Sequence[str]) -> int:
    """Open alerts become acknowledged (others keep their status); returns how many were asked."""

    def body(con, ids, now):
        con.execute(
            "UPDATE alerts SET status = 'acknowledged', updated_at = ? WHERE status = 'open' "
            "AND id IN (SELECT unnest(?))",
            [now, ids],
        )

    return _act(warehouse, principal, "alert.acknowledge", alert_ids, {"alerts": list(alert_ids)}, body)


def assign(warehouse: Warehouse, principal: Principal, alert_ids: Sequence[str], user: str | None) -> int:
    def body(con, ids, now):
        if user and con.execute("SELECT 1 FROM users WHERE name = ?", [user]).fetchone() is None:
            raise AlertError(f"no user {user!r} to assign to")
        _triage(con, ids, principal.name, now, assignee=user or None)

    return _act(warehouse, principal, "alert.assign", alert_ids, {"alerts": list(alert_ids), "assignee": user}, body)


def escalate(warehouse: Warehouse, principal: Principal, alert_ids: Sequence[str], reason: str = "") -> int:
    def body(con, ids, now):
        _set_status(con, ids, "escalated", now)
        _triage(con, ids, principal.name, now, verdict="true_positive", reason=reason or None)

    return _act(warehouse, principal, "alert.escalate", alert_ids, {"alerts": list(alert_ids), "reason": reason}, body)


def reopen(warehouse: Warehouse, principal: Principal, alert_ids: Sequence[str]) -> int:
    def body(con, ids, now):
        _set_status(con, ids, "open", now)
        _triage(con, ids, principal.name, now, verdict=None, reason=None)

    return _act(warehouse, principal, "alert.reopen", alert_ids, {"alerts": list(alert_ids)}, body)


def close(warehouse: Warehouse, principal: Principal, alert_ids: Sequence[str], verdict: str, reason: str) -> int:
    """Close alerts with a verdict and a reason (a false positive needs one).

    The verdict feeds per-rule precision, and similarity alerts' prompts go to the allow-list or
    the learned attacks (``feedback.learn``) in the same transaction.
    """
    if verdict not in VERDICTS:
        raise AlertError(f"verdict {verdict!r}: expected one of {', '.join(VERDICTS)}")
    if verdict != "true_positive" and not reason.strip():
        raise AlertError("closing as false positive or benign needs a reason")

    detail = {"alerts": list(alert_ids), "verdict": verdict, "reason": reason}

    def body(con, ids, now):
        _set_status(con, ids, "closed", now)
        _triage(con, ids, principal.name, now, verdict=verdict, reason=reason.strip() or None)
        detail["learned_examples"] = learn(warehouse, principal, con, ids, verdict)

    return _act(warehouse, principal, "alert.close", alert_ids, detail, body)


def assignees(warehouse: Warehouse, principal: Principal) -> list[str]:
    """Users an alert can be assigned to: enabled analysts, responders and admins."""
    principal.require("triage")
    with warehouse.state() as con:
        return [
            r[0]
            for r in con.execute(
                "SELECT name FROM users WHERE NOT disabled AND role <> 'viewer' ORDER BY name"
            ).fetchall()
        ]
