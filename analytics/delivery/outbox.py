"""The outbox: new alerts stored with their destination in the same transaction that raised them,
then sent until they arrive.

Each entry is one batch of alerts for one destination, with a ``delivery_id`` fixed when it is
stored. An entry is marked delivered only after the receiver answered 2xx, so a crash between
sending and marking sends it again — with the same delivery id, so a receiver can drop repeats.
Delivery is at-least-once and no entry is ever dropped: a failing one waits with exponential
backoff (capped) and is tried again on every later flush.
"""

from __future__ import annotations

import hashlib
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import datetime, timedelta

import duckdb
import orjson

import aisoc.analytics.delivery.tables  # noqa: F401 - registers the tables queried here
from aisoc.analytics.alerting import Alert, alert_dict
from aisoc.analytics.delivery.destinations import DeliveryError, Destination, parse_destination, send
from aisoc.ingest.kernel.clocks import utcnow
from aisoc.ingest.kernel.errors import LockBusy
from aisoc.ingest.warehouse import Warehouse

__all__ = ["enqueue", "deliver", "DeliveryReport", "pending", "entries"]

_BACKOFF_BASE = 5.0  # seconds after the first failure, doubling
_BACKOFF_CAP = 900.0
_QUICK_RETRIES = (0.5, 1.0)  # pauses between tries within one flush


@dataclass
class DeliveryReport:
    delivered: int = 0
    failed: int = 0
    pending: int = 0
    skipped: bool = False  # another process was delivering
    errors: list[str] = field(default_factory=list)


def enqueue(
    con: duckdb.DuckDBPyConnection, alerts: Sequence[Alert], destinations: Sequence[Destination], now: datetime
) -> list[str]:
    """One entry per destination holding ``alerts``; returns the delivery ids."""
    if not alerts or not destinations:
        return []
    payload = {"alerts": [alert_dict(a) for a in alerts]}
    body = orjson.dumps(payload).decode()
    ids = []
    for destination in destinations:
        digest = hashlib.sha256(f"{destination.spec}\x00{body}".encode()).hexdigest()
        delivery_id = f"dl-{digest[:24]}"
        con.execute(
            "INSERT OR IGNORE INTO outbox (delivery_id, destination, kind, payload, alerts, created_at, "
            "attempts, failures, next_attempt_at) VALUES (?, ?, ?, ?, ?, ?, 0, 0, ?)",
            [delivery_id, destination.spec, destination.kind, body, len(alerts), now, now],
        )
        ids.append(delivery_id)
    return ids


def pending(con: duckdb.DuckDBPyConnection) -> int:
    return con.execute("SELECT count(*) FROM outbox WHERE delivered_at IS NULL").fetchall()[0][0]


def entries(con: duckdb.DuckDBPyConnection, *, pending_only: bool = False, limit: int = 100) -> list[dict]:
    """Outbox entries, newest first, each destination as it may be shown (no secret URL)."""
    rows = con.execute(
        "SELECT delivery_id, destination, alerts, created_at, attempts, failures, delivered_at, last_error FROM outbox"
        + (" WHERE delivered_at IS NULL" if pending_only else "")
        + " ORDER BY created_at DESC, delivery_id LIMIT ?",
        [int(limit)],
    ).fetchall()
    names = ("delivery_id", "destination", "alerts", "created_at", "attempts", "failures", "delivered_at", "last_error")
    found = [dict(zip(names, row)) for row in rows]
    for entry in found:
        entry["destination"] = parse_destination(entry["destination"]).shown
    return found


def deliver(
    warehouse: Warehouse,
    *,
    force: bool = False,
    wait: bool = False,
    sender: Callable[[Destination, str, dict], None] = send,
    sleep: Callable[[float], None] = time.sleep,
    should_stop: Callable[[], bool] = lambda: False,
) -> DeliveryReport:
    """Send every undelivered entry that is due (every one with ``force``), oldest first.

    Another process already delivering: returns ``skipped`` unless ``wait``. ``should_stop``
    is asked between entries (a scheduler shutting down leaves the rest for the next flush).
    """
    report = DeliveryReport()
    try:
        with warehouse.lock("deliver", wait=wait):
            now = utcnow()
            with warehouse.state() as con:
                due = con.execute(
                    "SELECT delivery_id, destination, payload, failures FROM outbox WHERE delivered_at IS NULL"
                    + ("" if force else " AND next_attempt_at <= ?")
                    + " ORDER BY created_at, delivery_id",
                    [] if force else [now],
                ).fetchall()
            for delivery_id, spec, payload, failures in due:
                if should_stop():
                    break
                _attempt(warehouse, delivery_id, spec, orjson.loads(payload), failures, report, sender, sleep)
            with warehouse.state() as con:
                report.pending = pending(con)
    except LockBusy:
        report.skipped = True
    return report


def _attempt(
    warehouse: Warehouse,
    delivery_id: str,
    spec: str,
    payload: dict,
    failures: int,
    report: DeliveryReport,
    sender,
    sleep,
) -> None:
    error = None
    tries = 0
    for pause in (*_QUICK_RETRIES, None):
        tries += 1
        try:
            sender(parse_destination(spec), delivery_id, payload)
            error = None
            break
        except DeliveryError as exc:
            error = str(exc)
            if pause is not None:
                sleep(pause)
    now = utcnow()
    with warehouse.state() as con:
        if error is None:
            con.execute(
                "UPDATE outbox SET attempts = attempts + ?, failures = failures + ?, delivered_at = ?, "
                "last_error = NULL WHERE delivery_id = ?",
                [tries, tries - 1, now, delivery_id],
            )
            report.delivered += 1
        else:
            total = failures + tries
            backoff = min(_BACKOFF_BASE * 2 ** (total - 1), _BACKOFF_CAP)
            con.execute(
                "UPDATE outbox SET attempts = attempts + ?, failures = ?, next_attempt_at = ?, last_error = ? "
                "WHERE delivery_id = ?",
                [tries, total, now + timedelta(seconds=backoff), error, delivery_id],
            )
            report.failed += 1
            report.errors.append(f"{delivery_id}: {error}")
