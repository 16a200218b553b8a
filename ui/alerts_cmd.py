"""``aisoc alerts list | show | status | risk | deliver | outbox`` and ``aisoc metrics``."""

from __future__ import annotations

from pathlib import Path

import click
import orjson

from aisoc.analytics.alerting import SEVERITIES, STATUSES, alert_dict, entity_risk, get_alert, list_alerts, set_status
from aisoc.analytics.delivery import deliver, entries
from aisoc.detections.findings import DETECTOR_IDS
from aisoc.ingest.kernel.atomic import write_atomic
from aisoc.ingest.kernel.clocks import state_time, utcnow
from aisoc.ui.options import common_options, open_warehouse
from aisoc.ui.output import emit_json, emit_rows, emit_table, say, warn
from aisoc.ui.times import moment

__all__ = ["alerts_group", "metrics_command", "show_delivery"]


def _read(warehouse: str | None, query):
    """``query(con)`` on the state database; nothing yet when the warehouse has no state."""
    wh = open_warehouse(warehouse)
    if not wh.state_path.exists():
        return []
    with wh.state() as con:
        return query(con)


@click.group("alerts")
def alerts_group() -> None:
    """Alerts raised by aisoc detect: list, inspect, change status, deliver."""


@alerts_group.command("list")
@click.option(
    "--status", "statuses", multiple=True, type=click.Choice(STATUSES), help="Only these statuses (repeatable)."
)
@click.option("--severity", type=click.Choice(SEVERITIES), help="Only this severity and above.")
@click.option(
    "--detector",
    "detectors",
    multiple=True,
    type=click.Choice((*DETECTOR_IDS, "health")),
    help="Only these detectors (repeatable).",
)
@click.option("--tenant", "tenants", multiple=True, metavar="T", help="Only these tenants (repeatable).")
@click.option("--rule", "rule_id", metavar="RULE_ID", help="Only this rule.")
@click.option("--entity", metavar="KIND:VALUE", help="Only this entity (user:…, api_key:…, ip:…).")
@click.option("--since", metavar="SPAN|DATE", help="Only alerts last seen from then on (30d, 12h or a date).")
@click.option("--limit", type=click.IntRange(min=1), default=None, help="At most this many (newest first).")
@common_options(formats=("table", "json", "jsonl"))
def alerts_list(statuses, severity, detectors, tenants, rule_id, entity, since, limit, warehouse, fmt) -> None:
    """Alerts, newest first; --format jsonl prints one alert object per line."""
    start = state_time(
        moment(since or None)
    )  # empty: no bound; stored times are naive UTC: a time with an offset is converted
    found = _read(
        warehouse,
        lambda con: list_alerts(
            con,
            status=statuses,
            severity=severity,
            detector=detectors,
            tenant=list(tenants) if tenants else None,
            rule_id=rule_id,
            entity=entity,
            since=start,
            limit=limit,
        ),
    )
    emit_rows(
        fmt,
        [alert_dict(a) for a in found],
        ["id", "last_seen", "severity", "status", "count", "tenant", "entity", "title"],
        lambda: [
            [a.id, f"{a.last_seen:%Y-%m-%d %H:%M:%S}", a.severity, a.status, a.count, a.tenant, a.entity, a.title]
            for a in found
        ],
    )
    if fmt == "table":
        say(f"{len(found)} alerts")


@alerts_group.command("show")
@click.argument("alert_id")
@common_options(formats=("table", "json"))
def alerts_show(alert_id, warehouse, fmt) -> None:
    """One alert with every field."""
    with open_warehouse(warehouse).state() as con:
        alert = alert_dict(get_alert(con, alert_id))
    if fmt == "json":
        emit_json(alert)
    else:
        emit_table(
            ["field", "value"], [[k, orjson.dumps(v).decode() if isinstance(v, list) else v] for k, v in alert.items()]
        )


@alerts_group.command("status")
@click.argument("alert_ids", nargs=-1, required=True)
@click.option("--to", "status", type=click.Choice(STATUSES), required=True, help="The new status.")
@common_options()
def alerts_status(alert_ids, status, warehouse) -> None:
    """Set the status of alerts (a closed alert is not updated again: the next hit opens a new one)."""
    with open_warehouse(warehouse).state() as con:
        for alert_id in alert_ids:
            set_status(con, alert_id, status, utcnow())
    say(f"{len(alert_ids)} alert(s) now {status}")


@alerts_group.command("risk")
@click.option("--tenant", "tenants", multiple=True, metavar="T", help="Only these tenants (repeatable).")
@click.option("--limit", type=click.IntRange(min=1), default=20, show_default=True)
@common_options(formats=("table", "json", "jsonl"))
def alerts_risk(tenants, limit, warehouse, fmt) -> None:
    """Entities by combined risk across detectors, with the alerts that make up each score."""
    alerts = _read(
        warehouse,
        lambda con: list_alerts(
            con, status=("open", "acknowledged", "escalated"), tenant=list(tenants) if tenants else None
        ),
    )
    ranked = entity_risk(alerts, utcnow())[:limit]
    emit_rows(
        fmt,
        [r.__dict__ for r in ranked],
        ["risk", "tenant", "entity", "alerts", "detectors", "top contribution"],
        lambda: [
            [
                r.risk,
                r.tenant,
                r.entity,
                r.alerts,
                ",".join(r.detectors),
                f"{r.contributions[0]['points']} {r.contributions[0]['title']}",
            ]
            for r in ranked
        ],
    )


def show_delivery(delivery) -> None:
    """What a flush of the outbox did, on stderr (``aisoc alerts deliver`` and ``aisoc detect``)."""
    if delivery.skipped:
        warn("outbox: another process is delivering; left to it")
    elif delivery.delivered or delivery.failed or delivery.pending:
        warn(f"outbox: delivered {delivery.delivered}, failed {delivery.failed}, pending {delivery.pending}")
    for error in delivery.errors:
        warn(f"delivery failed, will retry: {error}")


@alerts_group.command("deliver")
@common_options()
def alerts_deliver(warehouse) -> int:
    """Flush the outbox now: send every undelivered entry, backoff or not. Exit 1 if any failed."""
    report = deliver(open_warehouse(warehouse), force=True, wait=True)
    show_delivery(report)
    say(f"delivered {report.delivered}, failed {report.failed}, pending {report.pending}")
    return 1 if report.failed else 0


@alerts_group.command("outbox")
@click.option("--pending", "only_pending", is_flag=True, help="Only entries not delivered yet.")
@click.option("--limit", type=click.IntRange(min=1), default=100, show_default=True)
@common_options(formats=("table", "json", "jsonl"))
def alerts_outbox(only_pending, limit, warehouse, fmt) -> None:
    """Outbox entries, newest first: destination (secrets hidden), attempts, delivery state."""
    rows = _read(warehouse, lambda con: entries(con, pending_only=only_pending, limit=limit))
    emit_rows(
        fmt,
        rows,
        ["delivery_id", "destination", "alerts", "attempts", "delivered_at", "last_error"],
        lambda: [
            [r["delivery_id"], r["destination"], r["alerts"], r["attempts"], r["delivered_at"], r["last_error"]]
            for r in rows
        ],
    )


@click.command("metrics")
@click.option(
    "--textfile",
    type=click.Path(dir_okay=False, path_type=Path),
    help="Write the metrics to this file atomically (node_exporter's textfile collector).",
)
@common_options()
def metrics_command(textfile, warehouse) -> None:
    """Prometheus metrics (text format) from the warehouse's state: ingest, detectors, alerts, delivery."""
    from aisoc.analytics.metrics import exposition

    body = exposition(open_warehouse(warehouse))
    if textfile:
        write_atomic(textfile, lambda handle: handle.write(body))
    else:
        click.echo(body.decode(), nl=False)
