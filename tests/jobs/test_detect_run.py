"""The detection run in process: late events, context across batches, failing detectors, every detector."""

from __future__ import annotations

import shutil
from datetime import datetime, timedelta

import orjson
import pytest
from prometheus_client.parser import text_string_to_metric_families

from aisoc.analytics.alerting import list_alerts
from aisoc.analytics.jobs import DetectConfig, run_detect
from aisoc.analytics.jobs.plans import Plan, plan_for
from aisoc.analytics.metrics import exposition
from aisoc.ingest import Warehouse, ingest

from ..conftest import write
from .conftest import alert_snapshot


def _mlflow(ts: str, event: str, data: dict, user: str = "mallory@acme-bank.example") -> dict:
    return {
        "timestamp": ts,
        "event": event,
        "delivery_id": f"d-{event}-{ts}",
        "user_id": user,
        "workspace": "acme-bank",
        "data": data,
    }


def _ingest(warehouse: Warehouse, path, records) -> None:
    write(path, b"".join(orjson.dumps(r) + b"\n" for r in records))
    report = ingest([str(path)], warehouse)
    assert report.stored == len(records)


PROMOTION = "a9f719b3-4960-4ec2-9426-7c5dbddac827"  # temporal_ordered: registered, then aliased within 1h


def _registered_then_promoted_in_two_runs(warehouse: Warehouse, tmp_path, config: DetectConfig):
    """Registration ingested and consumed by a first run; the promotion 20 minutes later arrives after it."""
    _ingest(
        warehouse,
        tmp_path / "a.jsonl",
        [
            _mlflow(
                "2026-11-20T10:00:00+00:00",
                "model_version.created",
                {"name": "scorer", "version": "9", "source": "models:/m-1", "tags": {}},
            )
        ],
    )
    assert run_detect(warehouse, config).new_alerts == []
    _ingest(
        warehouse,
        tmp_path / "b.jsonl",
        [
            _mlflow(
                "2026-11-20T10:20:00+00:00",
                "model_version_alias.created",
                {"name": "scorer", "alias": "champion", "version": "9"},
            )
        ],
    )
    return run_detect(warehouse, config)


def test_a_correlation_spanning_two_runs_fires_from_the_context_of_consumed_events(warehouse, tmp_path):
    second = _registered_then_promoted_in_two_runs(warehouse, tmp_path, DetectConfig(detectors=("sigma",)))
    assert second.detectors[0].events == 1  # only the new event was read as new…
    (alert,) = second.new_alerts  # …and the consumed one came in as context
    assert alert.rule_id == PROMOTION and len(alert.evidence_event_ids) == 2
    assert alert.first_seen == datetime(2026, 11, 20, 10, 0) and alert.last_seen == datetime(2026, 11, 20, 10, 20)


def test_without_context_the_same_correlation_is_missed(warehouse, tmp_path):
    """The control for the test above: the same runs with no context read miss the correlation."""

    def no_context(detector_id, wh, options, lateness):
        plan = plan_for(detector_id, wh, options, lateness)
        return Plan(plan.id, plan.detector_for, timedelta(0), plan.meta)

    config = DetectConfig(detectors=("sigma",), plan=no_context)
    assert _registered_then_promoted_in_two_runs(warehouse, tmp_path, config).new_alerts == []


def test_a_late_event_is_seen_and_counted_as_late(warehouse, tmp_path):
    _ingest(
        warehouse,
        tmp_path / "now.jsonl",
        [
            _mlflow(
                "2026-11-20T10:00:00+00:00",
                "model_version.created",
                {"name": "a", "version": "1", "source": "models:/m-2", "tags": {}},
            )
        ],
    )
    run_detect(warehouse, DetectConfig(detectors=("sigma",)))
    # two days older than anything seen, arriving now: a promotion pair the watermark has passed
    _ingest(
        warehouse,
        tmp_path / "late.jsonl",
        [
            _mlflow(
                "2026-11-18T09:00:00+00:00",
                "model_version.created",
                {"name": "b", "version": "3", "source": "models:/m-3", "tags": {}},
            ),
            _mlflow(
                "2026-11-18T09:05:00+00:00",
                "model_version_alias.created",
                {"name": "b", "alias": "production", "version": "3"},
            ),
        ],
    )
    report = run_detect(warehouse, DetectConfig(detectors=("sigma",), lateness=timedelta(hours=1)))
    assert report.detectors[0].late_events == 2
    (alert,) = report.new_alerts
    assert alert.rule_id == PROMOTION and alert.first_seen == datetime(2026, 11, 18, 9, 0)


def test_a_failing_detector_raises_one_health_alert_and_the_others_run(demo_wh):
    def broken(detector_id, wh, options, lateness):
        if detector_id == "leakage":
            raise RuntimeError("model file unreadable")
        return plan_for(detector_id, wh, options, lateness)

    config = DetectConfig(detectors=("leakage", "sigma"), plan=broken)
    first = run_detect(demo_wh, config)
    assert [d.status for d in first.detectors] == ["failed", "done"]
    assert first.detectors[1].events == 3000
    second = run_detect(demo_wh, config)
    assert [a.detector for a in second.new_alerts] == []  # the repeat updated the open health alert
    with demo_wh.state() as con:
        (health,) = list_alerts(con, detector=["health"])
    assert health.count == 2 and health.entity == "detector:leakage" and "model file unreadable" in health.explanation


@pytest.mark.slow
def test_every_detector_raises_alerts_on_the_demo_set_with_the_real_models(demo_wh):
    """The real path: the shipped classifier, MiniLM similarity, PyOD behaviour, leakage and Sigma
    through one run."""
    report = run_detect(demo_wh, DetectConfig())
    assert [d.status for d in report.detectors] == ["done"] * 5, [d.error for d in report.detectors]
    by_detector = {
        d: [a for a in report.new_alerts if a.detector == d]
        for d in ("sigma", "classifier", "similarity", "leakage", "behaviour")
    }
    assert all(by_detector.values()), {d: len(a) for d, a in by_detector.items()}
    for alert in report.new_alerts:
        assert alert.severity in ("informational", "low", "medium", "high", "critical")
        assert alert.tags and alert.tenant and alert.evidence_event_ids and alert.explanation
    sim = by_detector["similarity"][0]
    assert "nearest" in sim.explanation.lower() or "resembles" in sim.explanation.lower()
    # a second run of everything finds nothing new
    again = run_detect(demo_wh, DetectConfig())
    assert again.new_alerts == [] and all(d.events == 0 for d in again.detectors)


def test_metrics_reflect_the_state(demo_wh):
    run_detect(demo_wh, DetectConfig(detectors=("sigma",)))
    families = {f.name: f for f in text_string_to_metric_families(exposition(demo_wh).decode())}
    with demo_wh.state() as con:
        alerts = con.execute("SELECT count(*) FROM alerts").fetchone()[0]
    raised = sum(s.value for s in families["aisoc_alerts_raised"].samples)
    assert raised == alerts > 0
    assert sum(s.value for s in families["aisoc_events_ingested"].samples) == 3000
    lag = {s.labels["detector"]: s.value for s in families["aisoc_watermark_lag_seconds"].samples}
    pending = {s.labels["detector"]: s.value for s in families["aisoc_detector_pending_files"].samples}
    assert lag["sigma"] == 0 and pending["sigma"] == 0
    assert lag["leakage"] > 0 and pending["leakage"] == len(list(demo_wh.events_dir.rglob("*.parquet")))
    runs = {
        s.labels["detector"]: s.value
        for s in families["aisoc_detector_run_duration_seconds"].samples
        if s.name.endswith("_count")
    }
    assert runs["sigma"] == 1 and runs["leakage"] == 0


@pytest.mark.slow
def test_batches_cut_at_dates_give_the_alerts_of_one_batch(demo_wh, demo_template, tmp_path):
    whole = Warehouse(shutil.copytree(demo_template, tmp_path / "whole"))
    run_detect(whole, DetectConfig(detectors=("sigma", "leakage")))
    report = run_detect(demo_wh, DetectConfig(detectors=("sigma", "leakage"), batch_events=1))
    assert report.detectors[0].batches == len({p.parent for p in demo_wh.events_dir.rglob("*.parquet")})
    assert alert_snapshot(demo_wh) == alert_snapshot(whole)


def test_the_compiled_pack_is_kept_between_runs_until_a_rule_file_changes(warehouse, tmp_path):
    from aisoc.analytics.detectors import DetectorOptions, Store
    from aisoc.detections.rulepack import RULES_DIR

    rules = shutil.copytree(RULES_DIR / "mlflow", tmp_path / "rules")
    options = DetectorOptions(store=Store(tmp_path / "store"), rule_paths=[rules])
    first = plan_for("sigma", warehouse, options, timedelta(hours=1))
    again = plan_for("sigma", warehouse, options, timedelta(hours=1))
    assert again.detector_for(None, set()).pack is first.detector_for(None, set()).pack
    edited = next(rules.glob("*.yml"))
    edited.write_text(edited.read_text().replace("level: high", "level: critical", 1) + "\n")
    changed = plan_for("sigma", warehouse, options, timedelta(hours=1))
    assert changed.detector_for(None, set()).pack is not first.detector_for(None, set()).pack
