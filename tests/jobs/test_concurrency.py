"""Ingest, the scheduler and readers (as the console will be) at once on one warehouse, as real processes.

DuckDB lets one process write the state file at a time; every aisoc process holds it for one short
transaction and retries while another has it. Nothing here may see a lock error, and no write may
be lost: the findings merged must be exactly those of a quiet, single run over the same events.
"""

from __future__ import annotations

import os
import signal
import subprocess
import threading
import time

import orjson
import pytest
from prometheus_client.parser import text_string_to_metric_families

from aisoc.analytics.jobs import DetectConfig, run_detect
from aisoc.ingest import Warehouse

from ..conftest import REPO, aisoc_command, run_aisoc
from .conftest import DEMO_LOGS, TENANTS, ingest_demo

pytestmark = pytest.mark.slow


def _findings(warehouse: Warehouse) -> set[str]:
    with warehouse.state() as con:
        return {r[0] for r in con.execute("SELECT finding_id FROM alert_findings").fetchall()}


def test_ingest_scheduler_and_readers_together_lose_nothing_and_show_no_lock_error(tmp_path):
    reference = Warehouse(tmp_path / "reference")
    ingest_demo(reference)
    run_detect(reference, DetectConfig(detectors=("sigma", "leakage")))
    expected = _findings(reference)

    wh = Warehouse(tmp_path / "wh")
    sink = tmp_path / "alerts.jsonl"
    env = {**os.environ, "AISOC_HOME": str(wh.root)}
    scheduler = subprocess.Popen(
        aisoc_command("detect", "--every", "1s", "--detector", "sigma,leakage", "--to-file", str(sink)),
        cwd=REPO,
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        text=True,
    )
    ingests = [aisoc_command("ingest", str(DEMO_LOGS / "shared"), "--no-progress")]
    ingests += [aisoc_command("ingest", str(DEMO_LOGS / t), "--tenant", t, "--no-progress") for t in TENANTS]
    # two ingest streams at once (they queue on the ingest lock), each a process per folder
    streams = [ingests[0::2], ingests[1::2]]
    failures: list[str] = []
    reads = {"count": 0}

    def run_stream(commands):
        for command in commands:
            done = subprocess.run(command, cwd=REPO, env=env, capture_output=True, text=True, timeout=300)
            if done.returncode != 0:
                failures.append(f"{command[1]}: {done.stderr}")

    stop_reading = threading.Event()

    def read_loop():
        while not stop_reading.is_set():
            for args in (("alerts", "list", "--format", "jsonl"), ("metrics",), ("quarantine", "list")):
                done = subprocess.run(
                    aisoc_command(*args), cwd=REPO, env=env, capture_output=True, text=True, timeout=300
                )
                reads["count"] += 1
                if done.returncode != 0 or done.stderr:
                    failures.append(f"{' '.join(args)}: {done.stderr}")

    threads = [threading.Thread(target=run_stream, args=(s,)) for s in streams]
    reader = threading.Thread(target=read_loop)
    reader.start()
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    # let the scheduler catch up with the last files, then stop everything
    deadline = time.monotonic() + 180
    while time.monotonic() < deadline:
        done = run_aisoc("metrics", env={"AISOC_HOME": str(wh.root)})
        pending = {
            s.labels["detector"]: s.value
            for f in text_string_to_metric_families(done.stdout)
            if f.name == "aisoc_detector_pending_files"
            for s in f.samples
        }
        if pending.get("sigma") == 0 and pending.get("leakage") == 0:
            break
        time.sleep(0.5)
    stop_reading.set()
    reader.join()
    scheduler.send_signal(signal.SIGTERM)
    _, err = scheduler.communicate(timeout=120)

    assert failures == [], failures
    assert scheduler.returncode == 0, err
    assert "lock" not in err.lower() and "busy" not in err.lower() and "error" not in err.lower(), err
    assert reads["count"] >= 3
    assert _findings(wh) == expected  # no write lost, none doubled
    with wh.state() as con:
        alerts = {r[0] for r in con.execute("SELECT id FROM alerts").fetchall()}
        stored = con.execute("SELECT sum(stored) FROM ingest_runs").fetchone()[0]
    assert stored == 3000
    delivered = [orjson.loads(line)["alert"]["id"] for line in sink.read_bytes().splitlines()]
    assert sorted(delivered) == sorted(alerts)  # every alert in the file sink, once
