"""Delivery and the scheduler with real processes and a real HTTP receiver on 127.0.0.1."""

from __future__ import annotations

import os
import signal
import subprocess
import time

import orjson
import pytest

from ..conftest import REPO, aisoc_command, run_aisoc
from .conftest import SECRET, Receiver, free_port

pytestmark = pytest.mark.slow
SIGNED = {"AISOC_WEBHOOK_SECRET": SECRET}


def _alert_ids(wh) -> list[str]:
    listed = run_aisoc("alerts", "list", "--warehouse", str(wh.root), "--format", "jsonl")
    assert listed.returncode == 0, listed.stderr
    return sorted(orjson.loads(line)["id"] for line in listed.stdout.splitlines())


def test_receiver_down_then_up_gets_every_alert_and_repeats_keep_their_delivery_id(demo_wh):
    port = free_port()  # nothing listens there yet
    url_env = {"HOOK_URL": f"http://127.0.0.1:{port}/hook", **SIGNED}
    down = run_aisoc(
        "detect",
        "--warehouse",
        str(demo_wh.root),
        "--detector",
        "sigma,leakage",
        "--webhook",
        "env:HOOK_URL",
        env=url_env,
    )
    assert down.returncode == 0, down.stderr
    assert "delivery failed, will retry" in down.stderr
    assert str(port) not in down.stderr  # the URL came from the environment: it is not logged
    pending = run_aisoc("alerts", "outbox", "--pending", "--warehouse", str(demo_wh.root), "--format", "jsonl")
    entries = [orjson.loads(line) for line in pending.stdout.splitlines()]
    assert len(entries) == 2  # one per committed batch: sigma's and leakage's
    assert all(e["destination"] == "webhook:env:HOOK_URL" and e["attempts"] == 3 and e["last_error"] for e in entries)

    with Receiver(port, fail=1) as receiver:  # up again, but the first answer is an error
        flushed = run_aisoc("alerts", "deliver", "--warehouse", str(demo_wh.root), env=url_env)
        assert flushed.returncode == 0, flushed.stderr
    assert [r.status for r in receiver.received] == [500, 200, 200]
    first, repeat, _ = receiver.received
    oldest = entries[-1]["delivery_id"]  # the listing is newest first; delivery goes oldest first
    assert first.headers["X-Aisoc-Delivery-Id"] == repeat.headers["X-Aisoc-Delivery-Id"] == oldest
    assert first.body == repeat.body and repeat.json["delivery_id"] == oldest
    assert repeat.signature_ok() and not repeat.signature_ok("another secret")
    assert sorted(receiver.delivered_alert_ids()) == _alert_ids(demo_wh)
    again = run_aisoc("alerts", "outbox", "--pending", "--warehouse", str(demo_wh.root), "--format", "jsonl")
    assert again.stdout == ""


def test_scheduler_delivers_signed_alerts_survives_a_failing_detector_and_stops_on_sigterm(demo_wh, tmp_path):
    doc = tmp_path / "protected.txt"  # named but missing: the leakage detector fails every tick
    with Receiver(free_port()) as receiver:
        proc = subprocess.Popen(
            aisoc_command(
                "detect",
                "--every",
                "1s",
                "--warehouse",
                str(demo_wh.root),
                "--detector",
                "sigma,leakage",
                "--protected-doc",
                str(doc),
                "--webhook",
                receiver.url,
            ),
            cwd=REPO,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
            env={**os.environ, **SIGNED},
        )
        heartbeat = demo_wh.root / "scheduler.heartbeat.json"
        deadline = time.monotonic() + 120
        while time.monotonic() < deadline:
            if heartbeat.exists() and orjson.loads(heartbeat.read_bytes())["tick"] >= 2 and receiver.got.is_set():
                break
            time.sleep(0.1)
        assert proc.poll() is None, proc.communicate()[1]
        proc.send_signal(signal.SIGTERM)
        out, err = proc.communicate(timeout=60)
    assert proc.returncode == 0, err
    assert "detector leakage failed" in err and "stopped after" in err
    beat = orjson.loads(heartbeat.read_bytes())
    assert beat["tick"] >= 2 and beat["pid"] == proc.pid, err
    # every tick ran sigma and reported leakage failing (the last may have been cut short by SIGTERM)
    assert "tick 1: detector leakage failed" in err and "tick 2: detector leakage failed" in err
    assert "detector sigma failed" not in err
    accepted = [r for r in receiver.received if r.status == 200]
    assert accepted and all(r.signature_ok() for r in accepted)
    delivered = receiver.delivered_alert_ids()
    assert sorted(delivered) == _alert_ids(demo_wh)  # sigma's alerts and the health alert
    kinds = {a["detector"] for r in accepted for a in r.json["alerts"]}
    assert kinds == {"sigma", "health"}
    health = [a for r in accepted for a in r.json["alerts"] if a["detector"] == "health"]
    assert len(health) == 1 and health[0]["entity"] == "detector:leakage"  # repeats update one alert
