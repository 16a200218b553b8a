"""Tenant scope holds below the UI: every console query of an acme-bank analyst sees acme-bank only."""

from __future__ import annotations

import orjson
import pytest

from aisoc.analytics.access import AccessDenied
from aisoc.analytics.alerting import AlertError
from aisoc.analytics.huntsql import run_query
from aisoc.analytics.queries import detail, health, overview, queue, rulebook
from aisoc.analytics.queries.events import events_by_id, scoped_events

from .conftest import principal


def _alerts_by_tenant(wh) -> dict[str, list[str]]:
    with wh.state() as con:
        rows = con.execute("SELECT coalesce(tenant, ''), id FROM alerts ORDER BY id").fetchall()
    found: dict[str, list[str]] = {}
    for tenant, alert_id in rows:
        found.setdefault(tenant, []).append(alert_id)
    return found


def test_the_queue_shows_only_the_principals_tenants(console_wh):
    ana, admin = principal("ana"), principal("admin")
    page = queue.alert_page(console_wh, ana, queue.QueueFilter(status=()), limit=1000)
    everything = queue.alert_page(console_wh, admin, queue.QueueFilter(status=()), limit=1000)
    assert set(page.rows["tenant"]) == {"acme-bank"}
    assert page.total == len(_alerts_by_tenant(console_wh)["acme-bank"]) < everything.total
    # asking for another tenant narrows to nothing instead of widening
    other = queue.alert_page(console_wh, ana, queue.QueueFilter(status=(), tenant=("globex-insurance",)))
    assert other.total == 0


def test_another_tenants_alert_is_not_found_anywhere(console_wh):
    ana = principal("ana")
    foreign = _alerts_by_tenant(console_wh)["globex-insurance"][0]
    with pytest.raises(AlertError, match="no alert"):
        detail.alert_detail(console_wh, ana, foreign)
    for action in (
        lambda ids: queue.acknowledge(console_wh, ana, ids),
        lambda ids: queue.close(console_wh, ana, ids, "false_positive", "not ours"),
        lambda ids: queue.escalate(console_wh, ana, ids),
    ):
        with pytest.raises(AlertError, match="no alert"):
            action([_alerts_by_tenant(console_wh)["acme-bank"][0], foreign])  # all or nothing
    with console_wh.state() as con:
        statuses = {
            r[0]
            for r in con.execute(
                "SELECT status FROM alerts WHERE id IN (?, ?)", [foreign, _alerts_by_tenant(console_wh)["acme-bank"][0]]
            ).fetchall()
        }
        audited = con.execute("SELECT count(*) FROM audit_log WHERE actor = 'ana'").fetchone()[0]
    assert statuses == {"open"} and audited == 0  # the refused actions changed nothing and logged nothing


def test_events_timelines_and_related_alerts_stay_in_scope(console_wh):
    ana = principal("ana")
    tenants = scoped_events(console_wh, ana).select("tenant").unique().collect()["tenant"].to_list()
    assert tenants == ["acme-bank"]
    with console_wh.state() as con:
        foreign_events = con.execute(
            "SELECT evidence_event_ids FROM alerts WHERE tenant = 'initech-pay' LIMIT 1"
        ).fetchone()[0]
    assert events_by_id(console_wh, ana, orjson.loads(foreign_events)).height == 0
    mine = _alerts_by_tenant(console_wh)["acme-bank"]
    for alert_id in mine[:10]:
        info = detail.alert_detail(console_wh, ana, alert_id)
        assert set(info.evidence["tenant"]) <= {"acme-bank"}
        assert set(info.related["id"]) <= set(mine)
        page = detail.timeline(console_wh, ana, info.alert)
        assert set(page.rows["tenant"].to_list()) <= {"acme-bank"}


def test_overview_rules_and_health_count_only_the_principals_tenants(console_wh):
    ana, admin = principal("ana"), principal("admin")
    assert set(overview.alerts_by_tenant(console_wh, ana)["tenant"]) == {"acme-bank"}
    assert overview.alerts_over_time(console_wh, ana)["alerts"].sum() == len(_alerts_by_tenant(console_wh)["acme-bank"])
    assert set(overview.top_entities(console_wh, ana)["tenant"]) <= {"acme-bank"}
    mine, every = overview.freshness(console_wh, ana), overview.freshness(console_wh, admin)
    assert mine["events"].sum() == scoped_events(console_wh, ana).select("event_id").collect().height
    assert mine["events"].sum() < every["events"].sum()
    assert rulebook.rule_catalogue(console_wh, ana)["alerts"].sum() == len(_alerts_by_tenant(console_wh)["acme-bank"])
    assert set(health.ingest_runs(console_wh, ana)["tenant"]) == {"acme-bank"}
    assert health.ingest_runs(console_wh, admin).height > health.ingest_runs(console_wh, ana).height


def test_hunt_sql_sees_only_the_principals_tenants_whatever_the_query(console_wh):
    ana = principal("ana")
    for sql in (
        "SELECT DISTINCT tenant FROM events",
        "SELECT DISTINCT tenant FROM alerts",
        "SELECT DISTINCT tenant FROM events WHERE tenant <> 'acme-bank' OR tenant IS NULL OR true",
        "SELECT DISTINCT e.tenant FROM events e, alerts a WHERE e.tenant = a.tenant",
    ):
        assert run_query(console_wh, ana, sql).rows.to_series().to_list() in (["acme-bank"], [])
    counts = run_query(console_wh, ana, "SELECT count(*) FROM events").rows.item()
    assert counts == scoped_events(console_wh, ana).select("event_id").collect().height


def test_permissions_are_checked_below_the_ui(console_wh):
    vic = principal("vic")  # viewer
    alert_id = _alerts_by_tenant(console_wh)["acme-bank"][0]
    for call in (
        lambda: queue.acknowledge(console_wh, vic, [alert_id]),
        lambda: run_query(console_wh, vic, "SELECT 1"),
        lambda: detail.alert_detail(console_wh, vic, alert_id, unmask=True),
        lambda: rulebook.set_rule_enabled(console_wh, principal("ana"), "x", False),
    ):
        with pytest.raises(AccessDenied):
            call()


def test_the_queue_search_is_a_literal_substring(console_wh):
    admin = principal("admin")
    everything = queue.alert_page(console_wh, admin, queue.QueueFilter(status=()), limit=1000).total
    with console_wh.state() as con:
        with_percent = con.execute(
            "SELECT count(*) FROM alerts WHERE contains(id || title || rule_id || "
            "coalesce(entity, '') || explanation, '%')"
        ).fetchone()[0]
    assert queue.alert_page(console_wh, admin, queue.QueueFilter(status=(), search="%")).total == with_percent
    assert with_percent < everything
    assert queue.alert_page(console_wh, admin, queue.QueueFilter(status=(), search="al-")).total == everything
