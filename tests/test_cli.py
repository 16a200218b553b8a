"""The ``aisoc`` command as scripts use it: stdout formats, exit codes, one-line errors."""

from __future__ import annotations

import orjson

from .conftest import cloudtrail_record, jsonl, run_aisoc, write


def test_ingest_json_is_one_object_on_stdout_and_exit_0_with_quarantine(tmp_path):
    path = write(tmp_path / "ct.jsonl", jsonl(cloudtrail_record(i) for i in range(3)) + b"garbage\n")
    result = run_aisoc("ingest", str(path), "--warehouse", str(tmp_path / "wh"), "--format", "json")
    assert result.returncode == 0, result.stderr
    report = orjson.loads(result.stdout)  # exactly one JSON document, nothing else
    assert {k: report[k] for k in ("read", "stored", "duplicates", "quarantined")} == {
        "read": 4,
        "stored": 3,
        "duplicates": 0,
        "quarantined": 1,
    }
    assert all(type(report[k]) is int for k in ("read", "stored", "duplicates", "quarantined"))
    assert report["quarantine_reasons"] == {"invalid_json": 1}


def test_ingest_table_prints_the_reconciliation(tmp_path):
    path = write(tmp_path / "ct.jsonl", jsonl(cloudtrail_record(i) for i in range(3)))
    result = run_aisoc("ingest", str(path), "--warehouse", str(tmp_path / "wh"))
    assert result.returncode == 0
    assert "read 3 = stored 3 + duplicates 0 + quarantined 0" in result.stdout


def test_unreadable_path_exits_1_after_ingesting_the_rest(tmp_path):
    path = write(tmp_path / "ct.jsonl", jsonl([cloudtrail_record(1)]))
    result = run_aisoc(
        "ingest", str(tmp_path / "missing.jsonl"), str(path), "--warehouse", str(tmp_path / "wh"), "--format", "json"
    )
    assert result.returncode == 1
    assert orjson.loads(result.stdout)["stored"] == 1
    assert "missing.jsonl: no such file or folder" in result.stderr


def test_usage_errors_exit_2(tmp_path):
    result = run_aisoc("ingest", "x.jsonl", "--source", "syslog", "--warehouse", str(tmp_path / "wh"))
    assert result.returncode == 2 and "syslog" in result.stderr


def test_errors_are_one_line_and_debug_adds_the_traceback(tmp_path):
    blocker = write(tmp_path / "not-a-dir", b"x")  # a file where the warehouse folder should be
    path = write(tmp_path / "ct.jsonl", jsonl([cloudtrail_record(1)]))
    plain = run_aisoc("ingest", str(path), "--warehouse", str(blocker / "wh"))
    assert plain.returncode == 1
    assert len(plain.stderr.strip().splitlines()) == 1 and plain.stderr.startswith("aisoc: error:")
    debug = run_aisoc("ingest", str(path), "--warehouse", str(blocker / "wh"), "--debug")
    assert debug.returncode == 1 and "Traceback" in debug.stderr


def test_forced_source_overrides_detection(tmp_path):
    path = write(tmp_path / "ct.jsonl", jsonl([cloudtrail_record(1)]))
    result = run_aisoc(
        "ingest", str(path), "--source", "k8s_audit", "--warehouse", str(tmp_path / "wh"), "--format", "json"
    )
    report = orjson.loads(result.stdout)
    assert report["files"][0]["source"] == "k8s_audit"
    assert report["stored"] == 0 and report["quarantined"] == 1


def test_warehouse_precedence(tmp_path):
    path = write(tmp_path / "ct.jsonl", jsonl([cloudtrail_record(1)]))
    cwd = tmp_path / "work"
    cwd.mkdir()
    run_aisoc("ingest", str(path), cwd=cwd)
    assert list((cwd / ".aisoc" / "events").glob("date=*/*.parquet"))
    run_aisoc("ingest", str(path), cwd=cwd, env={"AISOC_HOME": str(tmp_path / "home")})
    assert list((tmp_path / "home" / "events").glob("date=*/*.parquet"))
    run_aisoc(
        "ingest", str(path), "--warehouse", str(tmp_path / "flag"), cwd=cwd, env={"AISOC_HOME": str(tmp_path / "home2")}
    )
    assert (tmp_path / "flag" / "events").is_dir() and not (tmp_path / "home2").exists()


def test_quarantine_list_jsonl_names_path_line_and_reason(tmp_path):
    path = write(tmp_path / "ct.jsonl", jsonl([cloudtrail_record(1)]) + b"{broken\n")
    wh = str(tmp_path / "wh")
    run_aisoc("ingest", str(path), "--warehouse", wh)
    result = run_aisoc("quarantine", "list", "--warehouse", wh, "--format", "jsonl")
    [row] = [orjson.loads(line) for line in result.stdout.splitlines()]
    assert (row["path"], row["line"], row["reason"]) == (str(path.resolve()), 2, "invalid_json")
