"""Behaviour anomalies on the committed demo set: the storylines are caught, benign windows
mostly are not; models persist with a version and refuse tampered files; cold start."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import numpy as np
import polars as pl
import pytest

from aisoc.detections.behaviour import BehaviourDetector, BehaviourError, BehaviourModel, fit, window_features
from aisoc.ingest import Warehouse, ingest
from aisoc.ingest.kernel.secretkey import TamperWarning
from tests.conftest import REPO

DEMO = REPO / "sample_logs" / "demo"


@pytest.fixture(scope="module")
def demo(tmp_path_factory) -> tuple[pl.DataFrame, pl.DataFrame]:
    warehouse = Warehouse(tmp_path_factory.mktemp("behaviour") / "wh")
    ingest([str(DEMO / "logs" / "shared")], warehouse)
    for tenant in ("acme-bank", "globex-insurance", "initech-pay"):
        ingest([str(DEMO / "logs" / tenant)], warehouse, tenant=tenant)
    return warehouse.scan_events().collect(), pl.read_ndjson(DEMO / "labels.jsonl")


def _covered(found: pl.DataFrame, labels: pl.DataFrame, story: str) -> float:
    hit = {e for ids in found["event_ids"].to_list() for e in ids}
    ids = labels.filter(pl.col("storyline") == story)["event_id"].to_list()
    return sum(e in hit for e in ids) / len(ids)


def test_extraction_and_stolen_key_storylines_are_caught_with_named_drivers(demo):
    events, labels = demo
    found = BehaviourDetector().detect(events)
    assert _covered(found, labels, "model_extraction") >= 0.9
    assert _covered(found, labels, "api_key_new_ip") >= 0.9
    extraction = set(labels.filter(pl.col("storyline") == "model_extraction")["event_id"])
    row = found.filter(pl.col("event_ids").list.eval(pl.element().is_in(list(extraction))).list.any()).row(
        0, named=True
    )
    assert row["entity"] and "baseline median" in row["explanation"]
    assert "interarrival_cv" in row["explanation"] or "new_hour" in row["explanation"]


def test_few_benign_windows_are_flagged(demo):
    events, labels = demo
    features, _ = window_features(events)
    found = BehaviourDetector().detect(events)
    attack_ids = list(labels["event_id"])
    benign = found.filter(~pl.col("event_ids").list.eval(pl.element().is_in(attack_ids)).list.any())
    assert benign.height / features.height <= 0.03, f"{benign.height} of {features.height} benign windows"


def test_a_fitted_model_persists_and_scores_the_same(demo, tmp_path):
    events, _ = demo
    features, history = window_features(events)
    model = fit(features, history)
    path = tmp_path / "behaviour.model"
    model.save(path)
    loaded = BehaviourModel.load(path)  # ECOD and IForest refitted from the stored baseline
    assert np.array_equal(loaded.baseline_ecod, model.baseline_ecod)
    assert np.array_equal(loaded.ecod.decision_function(loaded.baseline), model.ecod.decision_function(model.baseline))
    assert np.array_equal(
        loaded.iforest.decision_function(loaded.baseline), model.iforest.decision_function(model.baseline)
    )
    assert loaded.history == model.history
    assert loaded.score(features).equals(model.score(features))
    assert BehaviourDetector(loaded).detect(events).equals(BehaviourDetector(model).detect(events))
    path.write_bytes(path.read_bytes()[:-1] + b"x")
    with pytest.warns(TamperWarning, match="behaviour.model"), pytest.raises(BehaviourError, match="not authenticated"):
        BehaviourModel.load(path)


def test_a_cold_model_persists_too(tmp_path):
    start = datetime(2026, 11, 1, tzinfo=UTC)
    rows = [
        {
            "event_id": f"e{i}",
            "ts": start + timedelta(hours=i),
            "event_kind": "llm.chat",
            "api_key_id": "k1",
            "prompt": f"question {i}",
            "outcome": "success",
            "source_ip": "10.0.0.5",
        }
        for i in range(5)
    ]
    features, history = window_features(pl.DataFrame(rows))
    model = fit(features, history)
    model.save(tmp_path / "cold.model")
    loaded = BehaviourModel.load(tmp_path / "cold.model")
    assert loaded.cold and loaded.score(features).equals(model.score(features))


def test_a_pickled_model_file_is_never_unpickled_even_with_a_matching_digest(tmp_path):
    """Format 1 was a pickle with an unkeyed digest beside it: anyone who can write the one can
    write the other. Such files are refused unread (tests/security/test_model_files.py has the
    exploit that used to run)."""
    import hashlib
    import pickle

    ran = []

    class Payload:  # what a planted file would do on load
        def __reduce__(self):
            return (ran.append, ("ran",))

    path = tmp_path / "behaviour.model"
    payload = pickle.dumps({"format": 1, "model": Payload()})
    path.write_bytes(payload)
    path.with_suffix(".model.sha256").write_text(hashlib.sha256(payload).hexdigest())
    with pytest.warns(TamperWarning, match="older format"), pytest.raises(BehaviourError):
        BehaviourModel.load(path)
    assert ran == []


def test_cold_start_flags_only_strong_outliers():
    start = datetime(2026, 11, 1, tzinfo=UTC)
    rows = [
        {
            "event_id": f"e{i}",
            "ts": start + timedelta(hours=i),
            "event_kind": "llm.chat",
            "api_key_id": "k1",
            "prompt": f"question {i}",
            "response": "answer",
            "outcome": "success",
            "tokens_in": 40,
            "tokens_out": 60,
            "source_ip": "10.0.0.5",
            "model": "m",
        }
        for i in range(10)
    ]
    features, history = window_features(pl.DataFrame(rows))
    model = fit(features, history)
    assert model.cold
    burst = [
        {**rows[0], "event_id": f"b{i}", "ts": start + timedelta(hours=20, seconds=2 * i), "prompt": f"probe {i}"}
        for i in range(400)
    ]
    found = BehaviourDetector(model).detect(pl.DataFrame(rows + burst))
    flagged = {e for ids in found["event_ids"].to_list() for e in ids}
    assert "b0" in flagged and not flagged & {r["event_id"] for r in rows}
    assert "cold start" in found["explanation"][0]


def test_a_baseline_fraction_fits_on_the_early_events_and_scores_only_the_rest():
    start = datetime(2026, 11, 1, tzinfo=UTC)
    rows = [
        {
            "event_id": f"e{i}",
            "ts": start + timedelta(hours=i),
            "event_kind": "llm.chat",
            "api_key_id": "k1",
            "prompt": f"question {i}",
            "outcome": "success",
            "source_ip": "10.0.0.5",
        }
        for i in range(10)
    ]
    burst = [
        {**rows[0], "event_id": f"b{i}", "ts": start + timedelta(hours=20, seconds=2 * i), "prompt": f"probe {i}"}
        for i in range(400)
    ]
    # Half the span (0h to 20h13m) puts the cut after the tenth hourly event and before the burst.
    found = BehaviourDetector(baseline_fraction=0.5).detect(pl.DataFrame(rows + burst))
    flagged = {e for ids in found["event_ids"].to_list() for e in ids}
    assert "b0" in flagged and not flagged & {r["event_id"] for r in rows}
    untimed = pl.DataFrame(rows).with_columns(ts=pl.lit(None, pl.Datetime("us", "UTC")))
    assert BehaviourDetector(baseline_fraction=0.5).detect(untimed).height == 0
