"""Destinations, the outbox's retry bookkeeping, and the alert store, in process."""

from __future__ import annotations

from datetime import datetime, timedelta

import orjson
import pytest

from aisoc.analytics.alerting import (
    AlertPolicy,
    get_alert,
    list_alerts,
    merge,
    open_alerts_for,
    save_alerts,
    set_status,
)
from aisoc.analytics.delivery import DeliveryError, deliver, enqueue, parse_destination
from aisoc.analytics.delivery.destinations import send, slack_body
from aisoc.ingest.kernel.clocks import utcnow

from .test_alerting import NOW, hit


def _stored(warehouse, *hits):
    warehouse.create()
    changed, merged, created = merge(list(hits), [], set(), AlertPolicy(), NOW)
    with warehouse.state() as con:
        save_alerts(con, changed.values(), merged, {})
    return [changed[i] for i in sorted(created)]


def test_a_closed_alert_is_left_alone_and_the_next_hit_opens_another(warehouse):
    (alert,) = _stored(warehouse, hit(1, 0))
    with warehouse.state() as con:
        assert [a.id for a in open_alerts_for(con, [alert.dedup_key])] == [alert.id]
        set_status(con, alert.id, "closed", utcnow())
        assert open_alerts_for(con, [alert.dedup_key]) == []
    _stored(warehouse, hit(2, 5))
    with warehouse.state() as con:
        assert get_alert(con, alert.id).count == 1
        assert sorted(a.status for a in list_alerts(con)) == ["closed", "open"]


def test_destinations_never_show_a_secret_url():
    literal = parse_destination("slack:https://hooks.example.com/services/T000/B000/XXXXSECRET")
    assert literal.shown == "slack:https://hooks.example.com/…" and "SECRET" not in literal.shown
    assert parse_destination("webhook:env:HOOK").shown == "webhook:env:HOOK"
    with pytest.raises(DeliveryError, match="HOOK is not set"):
        parse_destination("webhook:env:HOOK").resolve()
    with pytest.raises(DeliveryError, match="expected an http"):
        parse_destination("webhook:ftp://example.com/x")
    with pytest.raises(DeliveryError, match="expected one of"):
        parse_destination("email:someone")


def test_a_url_can_come_from_a_file(tmp_path):
    secret_file = tmp_path / "hook.url"
    secret_file.write_text("https://hooks.example.com/T/B/token\n")
    destination = parse_destination(f"slack:file:{secret_file}")
    assert destination.resolve() == "https://hooks.example.com/T/B/token"
    assert "token" not in destination.shown


def test_slack_text_cannot_carry_links_or_mentions():
    payload = {
        "alerts": [
            {
                "severity": "high",
                "title": "<https://evil.example|click> <!channel> & co",
                "tenant": "acme",
                "entity": "user:<@U123>",
                "count": 2,
                "id": "al-1",
            }
        ]
    }
    body = orjson.dumps(slack_body(payload)).decode()
    assert "<https://" not in body and "<!channel>" not in body and "<@U123>" not in body
    assert "&lt;https://evil.example|click&gt;" in body and "&amp; co" in body
    assert slack_body(payload)["unfurl_links"] is False


def test_the_file_sink_appends_one_line_per_alert_with_its_delivery_id(tmp_path):
    target = tmp_path / "alerts.jsonl"
    send(parse_destination(f"file:{target}"), "dl-1", {"alerts": [{"id": "a"}, {"id": "b"}]})
    send(parse_destination(f"file:{target}"), "dl-2", {"alerts": [{"id": "c"}]})
    lines = [orjson.loads(line_) for line_ in target.read_bytes().splitlines()]
    assert [(line_["delivery_id"], line_["alert"]["id"]) for line_ in lines] == [
        ("dl-1", "a"),
        ("dl-1", "b"),
        ("dl-2", "c"),
    ]


def test_a_failing_entry_backs_off_stays_pending_and_keeps_its_delivery_id(warehouse):
    alerts = _stored(warehouse, hit(1, 0), hit(2, 300))
    with warehouse.state() as con:
        (delivery_id,) = enqueue(con, alerts, [parse_destination("webhook:https://receiver.example/hook")], utcnow())
    calls = []

    def down(destination, did, payload):
        calls.append(did)
        raise DeliveryError("connection refused")

    first = deliver(warehouse, sender=down, sleep=lambda s: None)
    assert (first.delivered, first.failed, first.pending) == (0, 1, 1) and calls == [delivery_id] * 3
    with warehouse.state() as con:
        due, failures, error = con.execute("SELECT next_attempt_at, failures, last_error FROM outbox").fetchone()
    assert failures == 3 and error.endswith("connection refused") and due > utcnow() + timedelta(seconds=10)
    assert deliver(warehouse, sender=down, sleep=lambda s: None).failed == 0  # not due yet: left alone
    received = []
    flushed = deliver(warehouse, force=True, sender=lambda d, did, p: received.append((did, p)))
    assert (flushed.delivered, flushed.pending) == (1, 0)
    ((did, payload),) = received
    assert did == delivery_id and sorted(a["id"] for a in payload["alerts"]) == sorted(a.id for a in alerts)
    assert deliver(warehouse, force=True, sender=lambda *a: received.append(a)).delivered == 0  # done is done


def test_enqueue_is_idempotent_for_the_same_alerts_and_destination(warehouse):
    alerts = _stored(warehouse, hit(1, 0))
    destination = parse_destination("webhook:https://receiver.example/hook")
    with warehouse.state() as con:
        first = enqueue(con, alerts, [destination], datetime(2026, 11, 21))
        again = enqueue(con, alerts, [destination], datetime(2026, 11, 21, 1))
        assert first == again and con.execute("SELECT count(*) FROM outbox").fetchone()[0] == 1
