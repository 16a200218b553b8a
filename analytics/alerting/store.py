"""Alerts in the state database: reading, saving merged alerts, listing and changing status.

Every function takes an open state connection (``Warehouse.state()``), so a caller can put an
alert change and the detector cursor that caused it in one transaction.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import astuple, fields
from datetime import datetime

import duckdb
import orjson

import aisoc.analytics.alerting.tables  # noqa: F401 - registers the tables queried here
from aisoc.analytics.alerting.merge import Alert
from aisoc.analytics.alerting.shape import ALERT_FIELDS, SEVERITIES, STATUSES, severity_rank
from aisoc.ingest.kernel.errors import AisocError

__all__ = [
    "open_alerts_for",
    "known_findings",
    "save_alerts",
    "list_alerts",
    "get_alert",
    "set_status",
    "alert_dict",
    "AlertError",
]

_COLUMNS = [f.name for f in fields(Alert)]
_JSON = {"tags", "evidence_event_ids"}


class AlertError(AisocError):
    """An alert operation the user asked for cannot be done (unknown id, bad status)."""


def _alert(row: Sequence) -> Alert:
    values = dict(zip(_COLUMNS, row))
    for name in _JSON:
        values[name] = orjson.loads(values[name])
    return Alert(**values)


def _select() -> str:
    return f"SELECT {', '.join(_COLUMNS)} FROM alerts"


def open_alerts_for(con: duckdb.DuckDBPyConnection, dedup_keys: Iterable[str]) -> list[Alert]:
    """The alerts of these keys that are not closed (those a new hit may still update)."""
    keys = sorted(set(dedup_keys))
    if not keys:
        return []
    rows = con.execute(
        f"{_select()} WHERE status <> 'closed' AND dedup_key IN (SELECT unnest(?)) ORDER BY first_seen, id", [keys]
    ).fetchall()
    return [_alert(r) for r in rows]


def known_findings(con: duckdb.DuckDBPyConnection, finding_ids: Iterable[str]) -> set[str]:
    ids = sorted(set(finding_ids))
    if not ids:
        return set()
    rows = con.execute("SELECT finding_id FROM alert_findings WHERE finding_id IN (SELECT unnest(?))", [ids]).fetchall()
    return {r[0] for r in rows}


def save_alerts(
    con: duckdb.DuckDBPyConnection, alerts: Iterable[Alert], merged: Mapping[str, str], times: Mapping[str, datetime]
) -> None:
    """Insert or replace ``alerts``; record which finding went to which alert."""
    rows = []
    for alert in alerts:
        row = list(astuple(alert))
        for i, name in enumerate(_COLUMNS):
            if name in _JSON:
                row[i] = orjson.dumps(row[i]).decode()
        rows.append(row)
    if rows:
        marks = ", ".join("?" for _ in _COLUMNS)
        con.executemany(f"INSERT OR REPLACE INTO alerts ({', '.join(_COLUMNS)}) VALUES ({marks})", rows)
    if merged:
        con.executemany(
            "INSERT INTO alert_findings VALUES (?, ?, ?)", [[fid, aid, times.get(fid)] for fid, aid in merged.items()]
        )


def list_alerts(
    con: duckdb.DuckDBPyConnection,
    *,
    status: Sequence[str] = (),
    severity: str | None = None,
    detector: Sequence[str] = (),
    tenant: Sequence[str] | None = None,
    rule_id: str | None = None,
    entity: str | None = None,
    since: datetime | None = None,
    limit: int | None = None,
) -> list[Alert]:
    """Alerts newest first. ``severity`` is a floor; ``tenant`` None means every tenant."""
    where: list[str] = []
    args: list[object] = []
    if status:
        where.append("status IN (SELECT unnest(?))")
        args.append(list(status))
    if severity:
        where.append("severity IN (SELECT unnest(?))")
        args.append([s for s in SEVERITIES if severity_rank(s) >= severity_rank(severity)])
    if detector:
        where.append("detector IN (SELECT unnest(?))")
        args.append(list(detector))
    if tenant is not None:
        where.append("tenant IN (SELECT unnest(?))")
        args.append(list(tenant))
    for column, value in (("rule_id", rule_id), ("entity", entity)):
        if value:
            where.append(f"{column} = ?")
            args.append(value)
    if since is not None:
        where.append("last_seen >= ?")
        args.append(since)
    sql = _select() + (" WHERE " + " AND ".join(where) if where else "") + " ORDER BY last_seen DESC, id"
    if limit is not None:
        sql += f" LIMIT {int(limit)}"
    return [_alert(r) for r in con.execute(sql, args).fetchall()]


def get_alert(con: duckdb.DuckDBPyConnection, alert_id: str) -> Alert:
    row = con.execute(f"{_select()} WHERE id = ?", [alert_id]).fetchone()
    if row is None:
        raise AlertError(f"no alert {alert_id!r}")
    return _alert(row)


def set_status(con: duckdb.DuckDBPyConnection, alert_id: str, status: str, now: datetime) -> Alert:
    if status not in STATUSES:
        raise AlertError(f"status {status!r}: expected one of {', '.join(STATUSES)}")
    get_alert(con, alert_id)
    con.execute("UPDATE alerts SET status = ?, updated_at = ? WHERE id = ?", [status, now, alert_id])
    return get_alert(con, alert_id)


def alert_dict(alert: Alert) -> dict:
    """The alert as printed and delivered: ``ALERT_FIELDS``, times as ISO 8601 UTC."""
    out = {}
    for name in ALERT_FIELDS:
        value = getattr(alert, name)
        out[name] = value.isoformat() + "Z" if isinstance(value, datetime) else value
    return out
