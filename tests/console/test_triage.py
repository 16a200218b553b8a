"""Triage: acknowledge, assign, escalate, close with a verdict; what it teaches and what it logs."""

from __future__ import annotations

from datetime import UTC, datetime

import orjson
import polars as pl
import pytest

from aisoc.analytics.access import verify
from aisoc.analytics.alerting import AlertError
from aisoc.analytics.detectors import Store
from aisoc.analytics.jobs import DetectConfig, run_detect
from aisoc.analytics.queries import queue, rulebook

from .conftest import principal


def _ids(wh, where: str, limit: int = 3) -> list[str]:
    with wh.state() as con:
        return [r[0] for r in con.execute(f"SELECT id FROM alerts WHERE {where} ORDER BY id LIMIT {limit}").fetchall()]


def _audit(wh, action: str) -> list[tuple]:
    with wh.state() as con:
        return con.execute(
            "SELECT actor, target, detail FROM audit_log WHERE action = ? ORDER BY seq", [action]
        ).fetchall()


def test_bulk_actions_change_every_selected_alert_and_log_once(console_wh):
    ana = principal("ana")
    ids = _ids(console_wh, "tenant = 'acme-bank' AND status = 'open'")
    assert queue.acknowledge(console_wh, ana, ids) == 3
    assert queue.assign(console_wh, ana, ids[:2], "rio") == 2
    page = queue.alert_page(console_wh, ana, queue.QueueFilter(status=("acknowledged",), assignee="rio"))
    assert sorted(page.rows["id"]) == sorted(ids[:2])
    assert queue.escalate(console_wh, ana, ids[2:], "customer data involved") == 1
    ((actor, target, detail),) = _audit(console_wh, "alert.acknowledge")
    assert actor == "ana" and orjson.loads(detail)["alerts"] == ids and target.startswith(ids[0])
    with console_wh.state() as con:
        assert con.execute("SELECT status FROM alerts WHERE id = ?", [ids[2]]).fetchone()[0] == "escalated"
        assert verify(con).ok
    with pytest.raises(AlertError, match="no user"):
        queue.assign(console_wh, ana, ids, "nobody-by-that-name")


def test_closing_needs_a_verdict_and_a_false_positive_needs_a_reason(console_wh):
    ana = principal("ana")
    ids = _ids(console_wh, "tenant = 'acme-bank' AND detector = 'sigma'", 1)
    with pytest.raises(AlertError, match="reason"):
        queue.close(console_wh, ana, ids, "false_positive", "  ")
    with pytest.raises(AlertError, match="verdict"):
        queue.close(console_wh, ana, ids, "meh", "x")
    queue.close(console_wh, ana, ids, "false_positive", "test traffic from the red team")
    with console_wh.state() as con:
        row = con.execute(
            "SELECT a.status, t.verdict, t.reason, t.updated_by FROM alerts a JOIN alert_triage t "
            "ON t.alert_id = a.id WHERE a.id = ?",
            ids,
        ).fetchone()
    assert row == ("closed", "false_positive", "test traffic from the red team", "ana")


def test_verdicts_measure_each_rules_precision(console_wh):
    admin = principal("admin")
    with console_wh.state() as con:
        (rule_id,) = con.execute(
            "SELECT rule_id FROM alerts GROUP BY rule_id HAVING count(*) >= 3 ORDER BY rule_id LIMIT 1"
        ).fetchone()
    ids = _ids(console_wh, f"rule_id = '{rule_id}'")
    queue.close(console_wh, admin, ids[:2], "true_positive", "")
    queue.close(console_wh, admin, ids[2:], "false_positive", "a scheduled batch job")
    row = rulebook.rule_catalogue(console_wh, admin).filter(pl.col("rule_id") == rule_id).row(0, named=True)
    assert (row["true_positives"], row["false_positives"], row["precision"]) == (2, 1, 0.67)


def test_similarity_verdicts_feed_the_allow_list_and_the_learned_attacks(console_wh):
    admin = principal("admin")
    ids = _ids(console_wh, "detector = 'similarity' AND rule_id NOT LIKE 'similarity.obfuscation.%'", 10)
    assert len(ids) >= 2, "the console fixture should hold two similarity alerts with a label"
    store = Store(console_wh.root)
    queue.close(console_wh, admin, ids[:1], "false_positive", "a customer quoting our FAQ")
    queue.close(console_wh, admin, ids[1:2], "true_positive", "")
    with console_wh.state() as con:
        label, tenant = con.execute("SELECT rule_id, tenant FROM alerts WHERE id = ?", ids[1:2]).fetchone()
    (allowed,), (learned,) = store.tenant_examples("allow").values(), store.tenant_examples("learned").values()
    assert store.examples("allow") == store.examples("learned") == []  # each applies to its alert's tenant only
    assert allowed and {e.label for e in allowed} == {"benign"}
    assert learned and {e.label for e in learned} == {label.removeprefix("similarity.")}
    assert {e.tenant for e in learned} == {tenant}
    assert all("[EMAIL_ADDRESS" not in e.text for e in (*allowed, *learned))  # the stored text, not the masked view
    # closing again adds nothing twice
    before = len(store.allowed_by_tenant()[allowed[0].tenant])
    queue.reopen(console_wh, admin, ids[:1])
    queue.close(console_wh, admin, ids[:1], "benign", "still a FAQ quote")
    assert len(store.allowed_by_tenant()[allowed[0].tenant]) == before


def test_a_disabled_rule_raises_no_alerts_in_later_runs(console_wh):
    admin = principal("admin")
    with console_wh.state() as con:
        (rule_id,) = con.execute(
            "SELECT rule_id FROM alerts WHERE detector = 'sigma' GROUP BY rule_id "
            "ORDER BY count(*) DESC, rule_id LIMIT 1"
        ).fetchone()
        before = con.execute("SELECT count(*) FROM alerts WHERE rule_id = ?", [rule_id]).fetchone()[0]
        con.execute("DELETE FROM alerts WHERE rule_id = ?", [rule_id])
        con.execute("DELETE FROM alert_findings")
    rulebook.set_rule_enabled(console_wh, admin, rule_id, False, "too noisy on the batch scorer")
    assert rule_id in rulebook.disabled_rules(console_wh)
    since = datetime(2000, 1, 1, tzinfo=UTC)  # a retro-hunt over everything, cursors untouched
    run_detect(console_wh, DetectConfig(detectors=("sigma",), since=since))
    with console_wh.state() as con:
        assert con.execute("SELECT count(*) FROM alerts WHERE rule_id = ?", [rule_id]).fetchone()[0] == 0
    rulebook.set_rule_enabled(console_wh, admin, rule_id, True, "tuned")
    run_detect(console_wh, DetectConfig(detectors=("sigma",), since=since))
    with console_wh.state() as con:
        assert con.execute("SELECT count(*) FROM alerts WHERE rule_id = ?", [rule_id]).fetchone()[0] == before
    assert [a for a, *_ in _audit(console_wh, "rule.disable")] == ["admin"]


def test_a_classifier_false_positive_is_allowed_for_its_tenant_only(console_wh):
    admin = principal("admin")
    with console_wh.state() as con:
        alert_id, tenant = con.execute(
            "SELECT id, tenant FROM alerts WHERE detector = 'classifier' AND rule_id <> "
            "'classifier.response_disclosure' ORDER BY id LIMIT 1"
        ).fetchone()
    store = Store(console_wh.root)
    queue.close(console_wh, admin, [alert_id], "false_positive", "our own red-team exercise")
    allowed = store.allowed_by_tenant()
    assert set(allowed) == {tenant} and allowed[tenant]
    assert store.examples("allow") == []  # not a global benign reference for the similarity detector
    assert store.examples("learned") == []  # a classifier verdict does not teach the similarity index
