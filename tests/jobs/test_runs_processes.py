"""The detection job's guarantees, shown with real ``aisoc detect`` processes on a real warehouse.

Sigma and leakage run here (the detectors that load in a second); the similarity and behaviour
detectors go through the same run loop and are exercised in test_detect_run.py.
"""

from __future__ import annotations

import shutil
import signal
import subprocess
import sys
import time

import duckdb
import orjson
import pytest

from aisoc.ingest import Warehouse

from ..conftest import REPO, aisoc_command, run_aisoc
from .conftest import alert_snapshot

pytestmark = pytest.mark.slow
DETECTORS = "sigma,leakage"
CONTRACT = {
    "id",
    "detector",
    "rule_id",
    "title",
    "severity",
    "tags",
    "tenant",
    "entity",
    "first_seen",
    "last_seen",
    "count",
    "evidence_event_ids",
    "explanation",
    "status",
    "dedup_key",
}


def _detect(wh, *extra, env=None) -> subprocess.CompletedProcess:
    return run_aisoc("detect", "--warehouse", str(wh.root), "--detector", DETECTORS, *extra, env=env)


def _consumed(wh) -> dict[str, int]:
    """Files consumed per detector, read without disturbing a running job for long."""
    if not wh.state_path.exists():
        return {}
    try:
        con = duckdb.connect(str(wh.state_path), read_only=True)
    except duckdb.Error:
        return {}  # the job holds the file this instant
    try:
        return dict(con.execute("SELECT detector, count(*) FROM detector_inputs GROUP BY ALL").fetchall())
    except duckdb.Error:
        return {}
    finally:
        con.close()


def test_running_twice_creates_no_duplicates(demo_wh):
    first = _detect(demo_wh, "--format", "jsonl")
    assert first.returncode == 0, first.stderr
    raised = [orjson.loads(line) for line in first.stdout.splitlines()]
    assert raised and len({a["dedup_key"] for a in raised}) == len(raised)
    for alert in raised:  # the alert shape scripts rely on
        assert CONTRACT <= set(alert), CONTRACT - set(alert)
        assert alert["severity"] in ("informational", "low", "medium", "high", "critical")
        assert alert["status"] == "open" and alert["detector"] in ("sigma", "leakage")
    before = alert_snapshot(demo_wh)
    second = _detect(demo_wh, "--format", "jsonl")
    assert second.returncode == 0, second.stderr
    assert second.stdout == ""  # nothing new
    assert alert_snapshot(demo_wh) == before
    listed = run_aisoc("alerts", "list", "--warehouse", str(demo_wh.root), "--format", "jsonl")
    assert sorted(orjson.loads(line_)["id"] for line_ in listed.stdout.splitlines()) == sorted(a["id"] for a in raised)


def test_retro_hunt_over_seen_events_adds_nothing_and_keeps_the_watermark(demo_wh):
    assert _detect(demo_wh).returncode == 0
    before, consumed = alert_snapshot(demo_wh), _consumed(demo_wh)
    retro = _detect(demo_wh, "--since", "2026-10-01", "--format", "json")
    assert retro.returncode == 0, retro.stderr
    report = orjson.loads(retro.stdout)
    assert report["mode"] == "retro" and all(d["events"] == 3000 for d in report["detectors"])
    assert report["new_alerts"] == [] and alert_snapshot(demo_wh) == before
    assert _consumed(demo_wh) == consumed


@pytest.mark.parametrize("moment", ["early", "after_first_commit"])
def test_sigkill_mid_run_then_restart_ends_with_the_alerts_of_an_uninterrupted_run(
    demo_wh, demo_template, tmp_path, moment
):
    reference = Warehouse(shutil.copytree(demo_template, tmp_path / "reference"))
    # one date partition per batch: many commits to land between
    assert _detect(reference, "--batch-events", "1").returncode == 0
    expected = alert_snapshot(reference)
    assert expected

    proc = subprocess.Popen(
        aisoc_command("detect", "--warehouse", str(demo_wh.root), "--detector", DETECTORS, "--batch-events", "1"),
        cwd=REPO,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    deadline = time.monotonic() + 120
    if moment == "early":
        time.sleep(0.8)  # the rule pack is still loading: nothing committed yet
    else:
        while not _consumed(demo_wh).get("sigma") and time.monotonic() < deadline:
            time.sleep(0.02)
    assert proc.poll() is None, "the run finished before it could be killed"
    proc.send_signal(signal.SIGKILL)
    proc.wait()
    partial = _consumed(demo_wh)
    total_files = len(list(demo_wh.events_dir.rglob("*.parquet")))
    assert sum(partial.values()) < 2 * total_files  # it really was cut short

    assert _detect(demo_wh, "--batch-events", "1").returncode == 0
    assert alert_snapshot(demo_wh) == expected


def test_overlapping_runs_one_runs_and_a_killed_holder_leaves_no_lock(demo_wh):
    # The holder takes the detection lock the way a run does and keeps it until killed: a real
    # run as the holder could finish before the second one starts on a loaded machine.
    hold = (
        "import sys, time\n"
        "from aisoc.ingest import Warehouse\n"
        "with Warehouse(sys.argv[1]).lock('detect'):\n"
        "    print('held', flush=True)\n"
        "    time.sleep(600)\n"
    )
    holder = subprocess.Popen(
        [sys.executable, "-c", hold, str(demo_wh.root)], cwd=REPO, stdout=subprocess.PIPE, text=True
    )
    assert holder.stdout is not None and holder.stdout.readline().strip() == "held"
    second = _detect(demo_wh)
    assert holder.poll() is None
    assert second.returncode == 1
    assert f"holds the lock (pid {holder.pid})" in second.stderr
    assert len(second.stderr.strip().splitlines()) == 1
    holder.send_signal(signal.SIGKILL)
    holder.wait()
    # the OS dropped the dead holder's lock: the next run goes ahead and finishes the work
    after = _detect(demo_wh)
    assert after.returncode == 0, after.stderr
    assert alert_snapshot(demo_wh)


def test_a_second_run_with_wait_runs_after_the_first(demo_wh):
    first = subprocess.Popen(
        aisoc_command("detect", "--warehouse", str(demo_wh.root), "--detector", DETECTORS),
        cwd=REPO,
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        text=True,
    )
    lock = demo_wh.root / "detect.lock"
    while not lock.exists() or lock.read_text().strip() != str(first.pid):
        time.sleep(0.01)
    second = _detect(demo_wh, "--wait", "--format", "json")
    assert first.wait() == 0
    assert second.returncode == 0, second.stderr
    assert orjson.loads(second.stdout)["new_alerts"] == []  # the first had done it all
    assert all(d["events"] == 0 for d in orjson.loads(second.stdout)["detectors"])
