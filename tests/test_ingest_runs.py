"""Whole ingest runs: reconciliation on real data, re-ingest, killed runs, concurrent runs."""

from __future__ import annotations

import signal
import subprocess
import time

import orjson
import polars as pl
import pytest

from aisoc.ingest import Warehouse, event_id, ingest

from .conftest import SHARED_DATA, aisoc_command, cloudtrail_record, jsonl, run_aisoc, write

STRATUS = SHARED_DATA / "stratus"


def stored(warehouse: Warehouse) -> pl.DataFrame:
    return warehouse.scan_events().collect()


def test_stratus_files_reconcile_and_ingest_cleanly(warehouse):
    if not STRATUS.is_dir():
        pytest.skip(f"real Stratus Red Team CloudTrail files absent ({STRATUS})")
    files = sorted(STRATUS.glob("*.json"))
    expected = sum(len(orjson.loads(f.read_bytes())) for f in files)
    report = ingest([str(STRATUS)], warehouse)
    assert report.reconciles
    assert (report.read, report.stored, report.quarantined) == (expected, expected, 0)
    assert {f.source for f in report.files} == {"cloudtrail"}
    assert report.skipped == [str(STRATUS / "LICENSE")]
    events = stored(warehouse)
    assert events.height == expected and events["event_id"].n_unique() == expected
    # source_ref points at the line where each record starts in the pretty-printed file
    ref = events.filter(pl.col("action") == "PutFoundationModelEntitlement")["source_ref"][0]
    path, line = ref.rsplit(":", 1)
    assert path.endswith("aws.impact.bedrock-invoke-model.json")
    assert open(path).read().splitlines()[int(line) - 1].strip() == "{"


def test_reingest_adds_nothing(warehouse, tmp_path):
    path = write(tmp_path / "ct.jsonl", jsonl(cloudtrail_record(i) for i in range(50)))
    first = ingest([str(path)], warehouse, tenant="acme")
    second = ingest([str(path)], warehouse, tenant="acme")
    assert (first.stored, first.duplicates) == (50, 0)
    assert (second.read, second.stored, second.duplicates) == (50, 0, 50)
    assert stored(warehouse).height == 50


def test_duplicates_within_one_run_are_counted(warehouse, tmp_path):
    records = [cloudtrail_record(i) for i in range(10)]
    path = write(tmp_path / "ct.jsonl", jsonl(records + records[:4]))
    report = ingest([str(path)], warehouse, batch_records=3)  # duplicates straddle batches
    assert (report.read, report.stored, report.duplicates) == (14, 10, 4)


def test_event_id_is_the_documented_hash_and_tenant_is_not_part_of_it(warehouse, tmp_path):
    record = cloudtrail_record(1)
    path = write(tmp_path / "ct.jsonl", jsonl([record]))
    ingest([str(path)], warehouse, tenant="acme")
    row = stored(warehouse).row(0, named=True)
    assert row["event_id"] == event_id("cloudtrail", record)
    assert row["tenant"] == "acme" and row["source"] == "cloudtrail"
    assert row["source_ref"] == f"{path.resolve()}:1"


def test_credentials_are_redacted_in_raw_but_ids_kept(warehouse, tmp_path):
    record = cloudtrail_record(
        1,
        requestParameters={"secretString": "s3cr3t-value", "name": "db"},
        additionalEventData={"headers": [{"name": "Authorization", "value": "Bearer abc"}]},
    )
    ingest([str(write(tmp_path / "ct.jsonl", jsonl([record])))], warehouse)
    raw = orjson.loads(stored(warehouse)["raw"][0])
    assert raw["requestParameters"] == {"secretString": "[REDACTED]", "name": "db"}
    assert raw["additionalEventData"]["headers"][0]["value"] == "[REDACTED]"
    assert raw["userIdentity"]["accessKeyId"] == "AKIAEXAMPLEKEYID0001"
    assert "s3cr3t-value" not in stored(warehouse).write_ndjson()


def _big_file(tmp_path, n):
    records = (
        cloudtrail_record(
            i,
            eventTime=f"2026-03-{1 + i % 20:02d}T{i % 24:02d}:{i % 60:02d}:{i % 59:02d}Z",
            requestParameters={"i": i, "pad": "p" * 200},
        )
        for i in range(n)
    )
    return write(tmp_path / "big.jsonl", jsonl(records))


def test_killed_run_rerun_leaves_exact_counts(tmp_path):
    n = 60_000
    path = _big_file(tmp_path, n)
    wh = tmp_path / "wh"
    command = aisoc_command("ingest", str(path), "--warehouse", str(wh), "--batch-size", "2000", "--no-progress")
    proc = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    deadline = time.monotonic() + 120
    while time.monotonic() < deadline and len(list(wh.glob("events/date=*/*.parquet"))) < 3:
        time.sleep(0.01)
    proc.send_signal(signal.SIGKILL)
    proc.wait()
    before = Warehouse(wh).scan_events().select(pl.len()).collect().item()
    assert 0 < before < n, "the kill must land mid-run for this test to mean anything"

    result = run_aisoc("ingest", str(path), "--warehouse", str(wh), "--format", "json", "--no-progress")
    assert result.returncode == 0, result.stderr
    report = orjson.loads(result.stdout)
    assert (report["read"], report["stored"] + report["duplicates"]) == (n, n)
    assert report["duplicates"] == before
    events = Warehouse(wh).scan_events().collect()
    assert events.height == n and events["event_id"].n_unique() == n
    assert not list(wh.glob("events/**/.tmp-*"))
    with Warehouse(wh).state(read_only=True) as con:
        statuses = sorted(s for (s,) in con.execute("SELECT status FROM ingest_runs").fetchall())
    assert statuses == ["aborted", "done"]


def test_two_concurrent_runs_store_each_event_once(tmp_path):
    n = 20_000
    path = _big_file(tmp_path, n)
    wh = tmp_path / "wh"
    command = aisoc_command("ingest", str(path), "--warehouse", str(wh), "--format", "json", "--no-progress")
    procs = [subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.PIPE) for _ in range(2)]
    reports = [orjson.loads(p.communicate(timeout=300)[0]) for p in procs]
    assert sorted(r["stored"] for r in reports) == [0, n]
    assert sorted(r["duplicates"] for r in reports) == [0, n]
    assert Warehouse(wh).scan_events().select(pl.len()).collect().item() == n


@pytest.mark.subprocess  # a spawned worker pool: the marker's automatic reading cannot see it
def test_worker_processes_give_the_same_events_as_inline(tmp_path):
    records = [cloudtrail_record(i, requestParameters={"i": i}) for i in range(3000)]
    path = write(tmp_path / "ct.jsonl", jsonl(records) + b"not json\n" + jsonl(records[:10]))
    inline, pooled = Warehouse(tmp_path / "a"), Warehouse(tmp_path / "b")
    import aisoc.ingest.pipeline as pipeline

    one = ingest([str(path)], inline, workers=1)
    threshold = pipeline.PARALLEL_MIN_BYTES
    pipeline.PARALLEL_MIN_BYTES = 0  # this small file would otherwise stay in-process
    try:
        two = ingest([str(path)], pooled, workers=2)
    finally:
        pipeline.PARALLEL_MIN_BYTES = threshold
    assert (one.workers, two.workers) == (1, 2)
    counts = lambda r: (r.read, r.stored, r.duplicates, r.quarantined)  # noqa: E731
    assert counts(one) == counts(two) == (3011, 3000, 10, 1)
    columns = ["event_id", "ts", "source_ref", "raw", "action"]
    a = inline.scan_events().select(columns).sort("event_id").collect()
    b = pooled.scan_events().select(columns).sort("event_id").collect()
    assert a.equals(b)
