"""The bad-input corpus: each case quarantined with its reason and line, nothing else lost."""

from __future__ import annotations

import gzip

import orjson
import pytest

from aisoc.ingest import ingest
from aisoc.ingest.quarantine import list_quarantine
from aisoc.ingest.reader import RECORD_BYTE_LIMIT

from .conftest import cloudtrail_record, jsonl, write

GOOD = [cloudtrail_record(i) for i in range(5)]


def run(warehouse, *paths, **kwargs):
    report = ingest([str(p) for p in paths], warehouse, **kwargs)
    assert report.reconciles, report
    return report


def quarantined(warehouse):
    return sorted((row["line"], row["reason"]) for row in list_quarantine(warehouse, limit=1000))


def test_invalid_utf8_line_is_quarantined(warehouse, tmp_path):
    data = jsonl(GOOD[:2]) + b'{"eventTime": "2026-03-01T00:00:00Z", "eventName": "\xff\xfe"}\n' + jsonl(GOOD[2:])
    report = run(warehouse, write(tmp_path / "bad.jsonl", data))
    assert (report.read, report.stored, report.quarantined) == (6, 5, 1)
    assert quarantined(warehouse) == [(3, "invalid_utf8")]


def test_truncated_last_line_is_quarantined(warehouse, tmp_path):
    data = jsonl(GOOD) + orjson.dumps(cloudtrail_record(99))[:-20]
    report = run(warehouse, write(tmp_path / "cut.jsonl", data))
    assert (report.stored, report.quarantined) == (5, 1)
    assert quarantined(warehouse) == [(6, "truncated_record")]


def test_truncated_gzip_keeps_the_records_before_the_cut(warehouse, tmp_path):
    records = [cloudtrail_record(i, requestParameters={"pad": "x" * 2000, "i": i}) for i in range(400)]
    whole = gzip.compress(jsonl(records))
    path = tmp_path / "cut.jsonl.gz"
    path.write_bytes(whole[: len(whole) // 2])
    report = run(warehouse, path)
    assert report.stored > 0 and report.quarantined == 1
    [(line, reason)] = quarantined(warehouse)
    assert reason == "truncated_gzip" and line == report.stored + 1


def test_nul_bytes_are_quarantined(warehouse, tmp_path):
    data = jsonl(GOOD[:1]) + b'{"eventTime": "2026-03-01T00:00:00Z",\x00 "eventName": "X"}\n'
    report = run(warehouse, write(tmp_path / "nul.jsonl", data))
    assert (report.stored, report.quarantined) == (1, 1)
    assert quarantined(warehouse) == [(2, "nul_byte")]


def test_wrong_type_is_quarantined(warehouse, tmp_path):
    data = jsonl([GOOD[0], cloudtrail_record(7, eventTime={"when": "yesterday"})])
    report = run(warehouse, write(tmp_path / "types.jsonl", data))
    assert (report.stored, report.quarantined) == (1, 1)
    assert quarantined(warehouse) == [(2, "wrong_type")]


def test_missing_and_bad_timestamps_are_quarantined(warehouse, tmp_path):
    no_time = cloudtrail_record(1)
    del no_time["eventTime"]
    data = jsonl([no_time, cloudtrail_record(2, eventTime="the day after tomorrow"), GOOD[0]])
    run(warehouse, write(tmp_path / "ts.jsonl", data))
    reasons = dict((reason, line) for line, reason in quarantined(warehouse))
    assert reasons.get("bad_timestamp") == 2
    assert set(reasons) <= {"missing_timestamp", "bad_timestamp", "unrecognised_record"} and len(reasons) == 2


def test_deeply_nested_json_is_quarantined(warehouse, tmp_path):
    too_deep_to_parse = b'{"a":' * 2000 + b"1" + b"}" * 2000
    # Parses (under orjson's 1024 limit) but is too deep to serialise for hashing.
    too_deep_to_hash = orjson.dumps(cloudtrail_record(3, requestParameters="X")).replace(
        b'"X"', b'{"a":' * 600 + b"1" + b"}" * 600
    )
    data = jsonl(GOOD[:1]) + too_deep_to_parse + b"\n" + too_deep_to_hash + b"\n"
    report = run(warehouse, write(tmp_path / "deep.jsonl", data))
    assert (report.stored, report.quarantined) == (1, 2)
    assert quarantined(warehouse) == [(2, "too_deeply_nested"), (3, "too_deeply_nested")]


def test_oversized_record_is_quarantined_without_loading_it(warehouse, tmp_path):
    path = tmp_path / "huge.jsonl"
    with open(path, "wb") as handle:
        handle.write(jsonl(GOOD[:1]))
        handle.write(b'{"eventTime": "2026-03-01T00:00:00Z", "blob": "')
        handle.write(b"A" * (RECORD_BYTE_LIMIT + 10))
        handle.write(b'"}\n')
        handle.write(jsonl(GOOD[1:2]))
    report = run(warehouse, path)
    assert (report.stored, report.quarantined) == (2, 1)
    assert quarantined(warehouse) == [(2, "record_too_large")]


def test_empty_file_reads_nothing_and_is_reported(warehouse, tmp_path):
    report = run(warehouse, write(tmp_path / "empty.json", b""))
    assert (report.read, report.errors) == (0, [])
    assert report.files[0].status == "empty"


def test_unknown_format_quarantines_every_record(warehouse, tmp_path):
    data = b'{"hello": "world"}\n{"hello": "again"}\n'
    report = run(warehouse, write(tmp_path / "other.jsonl", data), write(tmp_path / "ct.jsonl", jsonl(GOOD)))
    assert report.files[0].status == "unknown_format" and report.files[0].quarantined == 2
    assert report.files[1].stored == 5
    assert quarantined(warehouse) == [(1, "unknown_format"), (2, "unknown_format")]


def test_plain_text_file_is_quarantined_line_by_line(warehouse, tmp_path):
    report = run(warehouse, write(tmp_path / "notes.log", b"hello\nworld\n"))
    assert report.quarantined == 2
    assert quarantined(warehouse) == [(1, "invalid_json"), (2, "invalid_json")]


def test_stray_record_of_another_shape_is_quarantined(warehouse, tmp_path):
    data = jsonl(GOOD[:2]) + b"[1, 2, 3]\n" + jsonl(GOOD[2:3])
    report = run(warehouse, write(tmp_path / "mixed.jsonl", data))
    assert (report.stored, report.quarantined) == (3, 1)
    assert quarantined(warehouse) == [(3, "unrecognised_record")]


def test_missing_path_is_an_error_and_the_others_still_ingest(warehouse, tmp_path):
    good = write(tmp_path / "ct.jsonl", jsonl(GOOD))
    report = run(warehouse, tmp_path / "absent.jsonl", good)
    assert report.stored == 5
    assert report.errors == [f"{tmp_path / 'absent.jsonl'}: no such file or folder"]


def test_file_vanishing_mid_run_is_an_error_and_the_others_still_ingest(warehouse, tmp_path):
    first = write(tmp_path / "a" / "1.jsonl", jsonl(GOOD[:3]))
    second = write(tmp_path / "a" / "2.jsonl", jsonl(GOOD[3:]))
    write(tmp_path / "a" / "3.jsonl", jsonl([cloudtrail_record(50)]))

    def vanish(done: int, total: int) -> None:
        if done >= first.stat().st_size:
            second.unlink(missing_ok=True)

    report = run(warehouse, tmp_path / "a", progress=vanish)
    assert report.stored == 4
    assert [f.status for f in report.files] == ["ok", "unreadable", "ok"]
    assert len(report.errors) == 1 and "2.jsonl" in report.errors[0]


def test_quarantine_excerpt_masks_credentials(warehouse, tmp_path):
    data = b'{"eventTime": "2026-03-01T00:00:00Z", "password": "hunter2-very-secret", oops}\n'
    run(warehouse, write(tmp_path / "leak.jsonl", data))
    [row] = list_quarantine(warehouse)
    assert "hunter2" not in row["excerpt"] and "[REDACTED]" in row["excerpt"]
    assert row["path"] == str((tmp_path / "leak.jsonl").resolve()) and row["line"] == 1


@pytest.mark.parametrize("gz", [False, True])
def test_rerun_of_a_bad_file_adds_no_quarantine_rows(warehouse, tmp_path, gz):
    path = write(tmp_path / ("bad.jsonl.gz" if gz else "bad.jsonl"), jsonl(GOOD) + b"nonsense\n", gz=gz)
    first, second = run(warehouse, path), run(warehouse, path)
    assert (first.stored, first.quarantined) == (5, 1)
    assert (second.stored, second.duplicates, second.quarantined) == (0, 5, 1)
    assert len(list_quarantine(warehouse)) == 1
