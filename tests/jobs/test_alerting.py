"""Alert merging, risk scoring and alerting settings, as pure functions."""

from __future__ import annotations

from datetime import datetime, timedelta

import orjson
import pytest

from aisoc.analytics.alerting import MAX_EVIDENCE, AlertPolicy, Candidate, entity_risk, merge, rule_meta
from aisoc.analytics.jobs.config import ConfigError, load_settings, parse_duration

T0 = datetime(2026, 11, 20, 10, 0)
NOW = datetime(2026, 11, 21)


def hit(
    n: int, minutes: float, *, rule="leakage.pii.iban_code", entity="user:ann", tenant="acme", events=None
) -> Candidate:
    ts = T0 + timedelta(minutes=minutes)
    return Candidate(
        finding_id=f"f{n}",
        detector=rule.split(".")[0],
        rule_id=rule,
        meta=rule_meta(rule.split(".")[0], rule, "IBAN_CODE"),
        tenant=tenant,
        entity=entity,
        first_seen=ts,
        last_seen=ts,
        event_ids=tuple(events or (f"e{n}",)),
        explanation=f"hit {n}",
        score=0.9,
    )


def test_repeat_hits_inside_the_window_update_one_alert_and_outside_open_another():
    changed, merged, created = merge([hit(1, 0), hit(2, 30), hit(3, 80), hit(4, 200)], [], set(), AlertPolicy(), NOW)
    alerts = sorted(changed.values(), key=lambda a: a.first_seen)
    assert [a.count for a in alerts] == [3, 1]  # 0, 30, 80 chain within 1h of the last; 200 is 2 h later
    first = alerts[0]
    assert first.first_seen == T0 and first.last_seen == T0 + timedelta(minutes=80)
    assert first.evidence_event_ids == ["e1", "e2", "e3"] and first.explanation == "hit 3"
    assert len(created) == 2 and set(merged) == {"f1", "f2", "f3", "f4"}
    assert first.severity == "medium" and first.tags == ["owasp.llm02"] and first.playbook == "pb-pii-leak"


def test_a_merged_finding_is_not_counted_again():
    changed, merged, _ = merge([hit(1, 0)], [], set(), AlertPolicy(), NOW)
    again, more, created = merge([hit(1, 0)], list(changed.values()), set(merged), AlertPolicy(), NOW)
    assert again == {} and more == {} and created == set()


def test_merging_in_batches_gives_what_merging_at_once_gives():
    hits = [hit(i, i * 20) for i in range(10)]
    whole, _, _ = merge(hits, [], set(), AlertPolicy(), NOW)
    part, merged, _ = merge(hits[:4], [], set(), AlertPolicy(), NOW)
    rest, _, _ = merge(hits[4:], list(part.values()), set(merged), AlertPolicy(), NOW)
    assert {a.id: (a.count, a.first_seen, a.last_seen, a.evidence_event_ids) for a in whole.values()} == {
        a.id: (a.count, a.first_seen, a.last_seen, a.evidence_event_ids) for a in {**part, **rest}.values()
    }


def test_different_entities_are_different_alerts_unless_the_rule_key_drops_the_entity():
    hits = [hit(1, 0, entity="user:ann"), hit(2, 1, entity="user:bob")]
    assert len(merge(hits, [], set(), AlertPolicy(), NOW)[0]) == 2
    policy = AlertPolicy(rules={"leakage.pii.iban_code": {"key": ("rule_id", "tenant")}})
    (alert,) = merge(hits, [], set(), policy, NOW)[0].values()
    assert alert.count == 2
    other_tenant = hit(3, 2, entity="user:cy", tenant="globex")
    assert len(merge([*hits, other_tenant], [], set(), policy, NOW)[0]) == 2


def test_a_per_rule_window_overrides_the_default():
    hits = [hit(1, 0), hit(2, 180)]
    assert len(merge(hits, [], set(), AlertPolicy(), NOW)[0]) == 2
    policy = AlertPolicy(rules={"leakage.pii.iban_code": {"suppression": timedelta(hours=4)}})
    assert len(merge(hits, [], set(), policy, NOW)[0]) == 1


def test_evidence_is_capped_but_the_count_goes_on():
    hits = [hit(i, i * 0.01) for i in range(MAX_EVIDENCE + 20)]
    (alert,) = merge(hits, [], set(), AlertPolicy(), NOW)[0].values()
    assert alert.count == MAX_EVIDENCE + 20 and len(alert.evidence_event_ids) == MAX_EVIDENCE


def test_a_near_certain_leakage_finding_goes_one_severity_up_but_a_high_behaviour_rank_does_not():
    sure = Candidate(**{**hit(1, 0).__dict__, "score": 0.99})
    (alert,) = merge([sure], [], set(), AlertPolicy(), NOW)[0].values()
    assert alert.severity == "high"
    ranked = Candidate(**{**hit(2, 0, rule="behaviour.model_sweep").__dict__, "score": 0.999})
    (alert,) = merge([ranked], [], set(), AlertPolicy(), NOW)[0].values()
    assert alert.severity == "medium"


def test_risk_sums_decayed_contributions_rewards_corroboration_and_ignores_closed():
    hits = [
        hit(1, 0, rule="leakage.secret.aws_secret_key", entity="user:ann"),
        hit(2, 0, rule="behaviour.extraction_pattern", entity="user:ann"),
        hit(3, 0, entity="user:bob"),
    ]
    alerts = list(merge(hits, [], set(), AlertPolicy(), NOW)[0].values())
    ranked = entity_risk(alerts, T0)
    assert [r.entity for r in ranked] == ["user:ann", "user:bob"]
    ann = ranked[0]
    assert ann.detectors == ["behaviour", "leakage"] and ann.alerts == 2
    assert ann.risk == pytest.approx(sum(c["points"] for c in ann.contributions), abs=0.02)
    assert ann.contributions[0]["points"] == pytest.approx(35 * 1.25)  # high, corroborated by a 2nd detector
    week_later = entity_risk(alerts, T0 + timedelta(days=7))
    assert week_later[0].risk == pytest.approx(ann.risk / 2, abs=0.02)
    for alert in alerts:
        alert.status = "closed"
    assert entity_risk(alerts, T0) == []


def test_settings_file(tmp_path):
    path = tmp_path / "aisoc.toml"
    path.write_text(
        '[alerts]\nsuppression = "2h"\nlateness = "30m"\n'
        '[alerts.rules."leakage.pii.email_address"]\nsuppression = "1d"\nkey = ["rule_id", "tenant"]\n'
    )
    policy, lateness = load_settings(path)
    assert policy.suppression == timedelta(hours=2) and lateness == timedelta(minutes=30)
    assert policy.window("leakage.pii.email_address") == timedelta(days=1)
    assert policy.key_fields("leakage.pii.email_address") == ("rule_id", "tenant")
    assert policy.window("other") == timedelta(hours=2) and policy.key_fields("other") == policy.key
    assert load_settings(tmp_path / "absent.toml") == (AlertPolicy(), None)


@pytest.mark.parametrize(
    "text, message",
    [
        ('[alerts]\nsupression = "1h"\n', "unknown setting 'supression'"),
        ('[alerts]\nsuppression = "an hour"\n', "expected a duration"),
        ('[alerts]\nkey = ["who"]\n', "key must be a list of"),
        ("[alerts]\nsuppression = \n", "line 2"),
        ('[alerts.rules."x"]\nwindow = "1h"\n', "only 'suppression' and 'key'"),
    ],
)
def test_bad_settings_are_one_line_errors_naming_the_file(tmp_path, text, message):
    path = tmp_path / "aisoc.toml"
    path.write_text(text)
    with pytest.raises(ConfigError) as caught:
        load_settings(path)
    assert str(caught.value).startswith(str(path)) and message in str(caught.value)
    assert "\n" not in str(caught.value)


def test_durations():
    assert parse_duration("90s") == timedelta(seconds=90) and parse_duration("2w") == timedelta(weeks=2)
    with pytest.raises(ConfigError):
        parse_duration("5 minutes")


def test_alerts_list_since_a_time_with_an_offset_converts_it_to_utc(tmp_path):
    from click.testing import CliRunner

    from aisoc.analytics.alerting import save_alerts
    from aisoc.ingest import Warehouse
    from aisoc.ui.alerts_cmd import alerts_group

    changed, merged, _ = merge([hit(1, 0), hit(2, 300, entity="user:bob")], [], set(), AlertPolicy(), NOW)
    warehouse = Warehouse(tmp_path / "wh").create()
    with warehouse.state() as con:
        save_alerts(con, list(changed.values()), merged, {})
    # 12:00 at +02:00 is 10:00 UTC: the alert last seen at 10:00 UTC is in, the one at 15:00 too;
    # read as 12:00 UTC (the offset dropped), the first would be left out.
    since = "2026-11-20T12:00+02:00"
    result = CliRunner().invoke(
        alerts_group, ["list", "--since", since, "--warehouse", str(warehouse.root), "--format", "jsonl"]
    )
    assert result.exit_code == 0, result.output
    assert sorted(orjson.loads(line)["entity"] for line in result.output.splitlines()) == ["user:ann", "user:bob"]
