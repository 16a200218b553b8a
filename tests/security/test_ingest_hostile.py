"""Hostile input to ingest: symlinks out of a walked folder, gzip bombs, tenants sharing a
record, and a killed ingest's worker processes (issue 15, findings 3 and the ingest lows)."""

from __future__ import annotations

import os
import signal
import subprocess
import time
from pathlib import Path

import orjson
import polars as pl
import pytest

from aisoc.analytics.alerting.merge import candidates, finding_id
from aisoc.detections.findings import findings_frame
from aisoc.ingest import Warehouse, ingest
from aisoc.ingest.paths import Skipped
from aisoc.ingest.quarantine import list_quarantine

from ..conftest import aisoc_command, cloudtrail_record, jsonl, run_aisoc, write

HOST_SECRET = b'{"eventTime": "2026-03-01T00:00:00Z", "host": "root:x:0:0:secret-host-line"}\n'


@pytest.fixture
def host_file(tmp_path: Path) -> Path:
    """A file outside the tenant's log folder, standing in for /etc/passwd."""
    return write(tmp_path / "host" / "passwd", HOST_SECRET)


def _logs_with_a_good_file(tmp_path: Path) -> Path:
    logs = tmp_path / "logs" / "acme"
    write(logs / "good.jsonl", jsonl([cloudtrail_record(1)]))
    return logs


def _nothing_of_the_host_file_stored(warehouse: Warehouse) -> None:
    stored = warehouse.scan_events().collect().write_ndjson() if warehouse.events_dir.exists() else ""
    rows = list_quarantine(warehouse, limit=1000) if warehouse.state_path.exists() else []
    assert "secret-host-line" not in stored
    assert not any("secret-host-line" in (r["excerpt"] or "") for r in rows)


# --- symlinks ---------------------------------------------------------------------------


def test_walk_skips_a_file_symlink_that_leaves_the_folder(warehouse, tmp_path, host_file):
    logs = _logs_with_a_good_file(tmp_path)
    (logs / "x.log").symlink_to(host_file)
    report = ingest([str(logs)], warehouse)
    assert report.reconciles and (report.read, report.stored) == (1, 1)
    assert str(logs / "x.log") in report.skipped
    assert {"path": str(logs / "x.log"), "reason": "symlink"} in report.skipped_reasons
    _nothing_of_the_host_file_stored(warehouse)


def test_walk_skips_a_folder_symlink_that_leaves_the_folder(warehouse, tmp_path, host_file):
    logs = _logs_with_a_good_file(tmp_path)
    write(host_file.parent / "more.jsonl", HOST_SECRET)
    (logs / "etc").symlink_to(host_file.parent, target_is_directory=True)
    report = ingest([str(tmp_path / "logs")], warehouse)
    assert (report.read, report.stored) == (1, 1)
    assert {"path": str(logs / "etc"), "reason": "symlink"} in report.skipped_reasons
    _nothing_of_the_host_file_stored(warehouse)


def test_walk_reads_a_symlink_that_stays_inside_the_folder_once(warehouse, tmp_path):
    logs = _logs_with_a_good_file(tmp_path)
    (logs / "alias.jsonl").symlink_to(logs / "good.jsonl")
    report = ingest([str(logs)], warehouse)
    assert (report.read, report.stored, report.duplicates) == (1, 1, 0)
    assert report.skipped == []


def test_glob_does_not_escape_its_folder(warehouse, tmp_path, host_file):
    logs = _logs_with_a_good_file(tmp_path)
    (logs / "x.log").symlink_to(host_file)
    write(host_file.parent / "more.jsonl", HOST_SECRET)
    (logs / "etc").symlink_to(host_file.parent, target_is_directory=True)
    report = ingest([str(tmp_path / "logs" / "**" / "*")], warehouse)
    assert (report.read, report.stored) == (1, 1)
    assert {"path": str(logs / "x.log"), "reason": "symlink"} in report.skipped_reasons
    _nothing_of_the_host_file_stored(warehouse)


def test_a_file_named_explicitly_is_read_even_through_a_symlink(warehouse, tmp_path):
    target = write(tmp_path / "elsewhere" / "ct.jsonl", jsonl([cloudtrail_record(2)]))
    link = tmp_path / "logs" / "ct.jsonl"
    link.parent.mkdir()
    link.symlink_to(target)
    report = ingest([str(link)], warehouse)
    assert (report.read, report.stored) == (1, 1)


def test_walk_skips_fifos_instead_of_blocking_on_them(warehouse, tmp_path):
    logs = _logs_with_a_good_file(tmp_path)
    os.mkfifo(logs / "pipe.log")
    report = ingest([str(logs)], warehouse)
    assert (report.read, report.stored) == (1, 1)
    assert {"path": str(logs / "pipe.log"), "reason": "not_a_regular_file"} in report.skipped_reasons


def test_file_swapped_for_a_symlink_after_the_walk_is_not_followed(tmp_path, host_file):
    """The time-of-check/time-of-use race: the walk saw a regular file, the reader finds a link."""
    from aisoc.ingest.errors import PathError
    from aisoc.ingest.paths import expand_paths
    from aisoc.ingest.reader import iter_chunks

    logs = _logs_with_a_good_file(tmp_path)
    [found] = expand_paths([str(logs)]).files
    (logs / "good.jsonl").unlink()
    (logs / "good.jsonl").symlink_to(host_file)
    with pytest.raises(PathError, match="symbolic link"):
        list(iter_chunks(found))


def test_folder_swapped_for_a_symlink_after_the_walk_is_not_followed(tmp_path, host_file):
    from aisoc.ingest.errors import PathError
    from aisoc.ingest.paths import expand_paths
    from aisoc.ingest.reader import iter_chunks

    root = tmp_path / "logs"
    write(root / "acme" / "x.log", jsonl([cloudtrail_record(3)]))
    [found] = [f for f in expand_paths([str(root / "**" / "*.log")]).files]
    (root / "acme" / "x.log").unlink()
    (root / "acme").rmdir()
    write(host_file.parent / "x.log", HOST_SECRET)
    (root / "acme").symlink_to(host_file.parent, target_is_directory=True)
    with pytest.raises(PathError, match="symbolic link"):
        list(iter_chunks(found))


def test_cli_summary_and_json_name_the_skipped_symlink(tmp_path, host_file):
    logs = _logs_with_a_good_file(tmp_path)
    (logs / "x.log").symlink_to(host_file)
    wh = str(tmp_path / "wh")
    table = run_aisoc("ingest", str(logs), "--warehouse", wh, "--no-progress")
    assert table.returncode == 0, table.stderr
    assert "symlink" in table.stdout and str(logs / "x.log") in table.stdout
    result = run_aisoc("ingest", str(logs), "--warehouse", wh, "--format", "json", "--no-progress")
    report = orjson.loads(result.stdout)
    assert report["skipped"] == [str(logs / "x.log")]
    assert report["skipped_reasons"] == [{"path": str(logs / "x.log"), "reason": "symlink"}]


# --- decompression bombs ----------------------------------------------------------------


def _gzip_stream(path: Path, head: bytes, filler: bytes, inflated: int, tail: bytes) -> Path:
    """Write a gzip file of ``head``, ``filler`` repeated to ``inflated`` bytes, ``tail`` —
    compressed piecewise, so the test never holds the inflated text either."""
    import zlib

    packer = zlib.compressobj(9, zlib.DEFLATED, 31)
    block = filler * max(1, (1 << 20) // len(filler))
    parts, written = [packer.compress(head)], 0
    while written < inflated:
        parts.append(packer.compress(block))
        written += len(block)
    parts += [packer.compress(tail), packer.flush()]
    path.write_bytes(b"".join(parts))
    return path


def test_gzip_document_bomb_stops_at_the_inflate_limit(warehouse, tmp_path):
    from aisoc.ingest import reader

    good = orjson.dumps(cloudtrail_record(1))
    # ~100 KB on disk, 100 MB inflated: read whole, this costs several times 100 MB of memory.
    path = _gzip_stream(tmp_path / "bomb.json.gz", b"[\n" + good + b",\n", b" " * 4096, 100 << 20, b"\n" + good + b"]")
    assert path.stat().st_size * reader.INFLATE_RATIO_LIMIT < reader.INFLATE_FLOOR_BYTES
    report = ingest([str(path)], warehouse)
    assert report.reconciles and (report.read, report.stored, report.quarantined) == (2, 1, 1)
    [row] = list_quarantine(warehouse)
    assert (row["reason"], row["line"]) == ("decompression_limit", 3)
    assert str(reader.INFLATE_FLOOR_BYTES) in row["detail"]


def test_gzip_lines_bomb_keeps_what_came_before_and_quarantines_the_rest(warehouse, tmp_path, monkeypatch):
    from aisoc.ingest import reader

    monkeypatch.setattr(reader, "INFLATE_FLOOR_BYTES", 1 << 20)  # a small floor keeps the test small
    line = orjson.dumps(cloudtrail_record(1)) + b"\n"
    path = _gzip_stream(tmp_path / "bomb.jsonl.gz", b"", line, 20 << 20, b"")
    limit = max(1 << 20, reader.INFLATE_RATIO_LIMIT * path.stat().st_size)
    assert limit < 20 << 20
    report = ingest([str(path)], warehouse)
    assert report.reconciles
    assert (report.stored, report.stored + report.duplicates) == (1, limit // len(line))  # every whole line before it
    [row] = list_quarantine(warehouse)
    assert row["reason"] == "decompression_limit" and row["line"] == report.read


def test_ordinary_gzip_over_the_floor_is_read_whole(warehouse, tmp_path, monkeypatch):
    from aisoc.ingest import reader

    monkeypatch.setattr(reader, "INFLATE_FLOOR_BYTES", 64 << 10)
    records = [cloudtrail_record(i, requestParameters={"i": i, "note": os.urandom(40).hex()}) for i in range(2000)]
    path = write(tmp_path / "ct.jsonl.gz", jsonl(records), gz=True)
    report = ingest([str(path)], warehouse)
    assert (report.read, report.stored, report.quarantined) == (2000, 2000, 0)


def test_oversized_element_of_a_document_is_quarantined(warehouse, tmp_path, monkeypatch):
    from aisoc.ingest import reader

    monkeypatch.setattr(reader, "RECORD_BYTE_LIMIT", 4096)
    big = cloudtrail_record(2, requestParameters={"pad": "p" * 8000})
    path = write(
        tmp_path / "doc.json", orjson.dumps({"Records": [cloudtrail_record(1), big]}, option=orjson.OPT_INDENT_2)
    )
    report = ingest([str(path)], warehouse)
    assert report.reconciles and (report.stored, report.quarantined) == (1, 1)
    [row] = list_quarantine(warehouse)
    assert row["reason"] == "record_too_large"


# --- identity per tenant ------------------------------------------------------------------


def test_the_same_record_under_two_tenants_is_stored_for_each(warehouse, tmp_path):
    records = [cloudtrail_record(i) for i in range(20)]
    path = write(tmp_path / "ct.jsonl", jsonl(records))
    first = ingest([str(path)], warehouse, tenant="acme")
    second = ingest([str(path)], warehouse, tenant="globex")  # written later, by another tenant
    again = ingest([str(path)], warehouse, tenant="globex")
    assert (first.stored, second.stored, second.duplicates) == (20, 20, 0)
    assert (again.stored, again.duplicates) == (0, 20)  # re-ingest within a tenant stays a no-op
    events = warehouse.scan_events().collect()
    assert sorted(events.group_by("tenant").len().rows()) == [("acme", 20), ("globex", 20)]
    assert events.filter(tenant="acme")["event_id"].sort().equals(events.filter(tenant="globex")["event_id"].sort())


# --- a killed ingest's workers ----------------------------------------------------------------


def _children(pid: int) -> list[int]:
    """Live (not zombie) processes whose parent is ``pid``, read from /proc."""
    found = []
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            try:
                stat_line = (entry / "stat").read_text()
            except OSError:
                continue
            fields = stat_line.rsplit(")", 1)[1].split()
            if int(fields[1]) == pid and fields[0] != "Z":
                found.append(int(entry.name))
    return found


def _alive(pid: int) -> bool:
    try:
        state = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
    except OSError:
        return False
    return state != "Z"


@pytest.mark.skipif(not Path("/proc/self/stat").exists(), reason="reads processes from /proc")
def test_workers_of_a_killed_ingest_exit(tmp_path):
    line = lambda i: orjson.dumps(cloudtrail_record(i, requestParameters={"i": i, "pad": "p" * 400})) + b"\n"  # noqa: E731
    path = tmp_path / "big.jsonl"
    with open(path, "wb") as handle:  # over PARALLEL_MIN_BYTES, so the run starts workers
        for i in range(40_000):
            handle.write(line(i))
    command = aisoc_command("ingest", str(path), "--warehouse", str(tmp_path / "wh"), "--workers", "2", "--no-progress")
    proc = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        workers: list[int] = []
        for _ in range(1200):  # until both workers run (they start with the first blocks of work)
            workers = [c for c in _children(proc.pid) if b"spawn_main" in Path(f"/proc/{c}/cmdline").read_bytes()]
            if len(workers) >= 2 or proc.poll() is not None:
                break
            time.sleep(0.05)
        assert len(workers) >= 2, "the run must have started its workers for this test to mean anything"
        proc.send_signal(signal.SIGKILL)
        proc.wait()
        for _ in range(600):  # a liveness bound, not a timing: generous for a loaded machine
            if not any(_alive(w) for w in workers):
                break
            time.sleep(0.05)
        assert not [w for w in workers if _alive(w)], "workers outlived the killed ingest"
    finally:
        proc.kill()
        for w in workers:
            if _alive(w):
                os.kill(w, signal.SIGKILL)


def test_a_number_past_64_bits_is_quarantined_not_fatal(warehouse, tmp_path):
    """Found by the fuzzer: polars refused the whole block, so the run ended with a traceback."""
    base = {
        "id": "chatcmpl-1",
        "call_type": "acompletion",
        "startTime": 1767225600.0,
        "endTime": 1767225601.0,
        "model": "gpt-4o",
        "messages": [{"role": "user", "content": "hi"}],
        "response": {"choices": []},
        "response_cost": 0.0,
        "model_parameters": {},
    }
    records = [{**base, "prompt_tokens": 2**63}, {**base, "id": "chatcmpl-2", "prompt_tokens": 12}]
    report = ingest([str(write(tmp_path / "gw.jsonl", jsonl(records)))], warehouse, source="openai_gateway")
    assert report.reconciles and (report.stored, report.quarantined) == (1, 1)
    assert report.quarantine_reasons == {"out_of_range": 1}


def test_an_alert_reads_its_own_tenants_copy_of_a_shared_record(warehouse, tmp_path):
    """Both tenants' copies share the event id; a reader who sees both gets the alert's own."""
    from aisoc.analytics.access import Principal
    from aisoc.analytics.queries.events import events_by_id

    path = write(tmp_path / "ct.jsonl", jsonl([cloudtrail_record(1)]))
    ingest([str(path)], warehouse, tenant="acme")
    ingest([str(path)], warehouse, tenant="globex")
    [event_id] = warehouse.scan_events().select("event_id").unique().collect()["event_id"].to_list()
    admin = Principal.of("ada", "admin", ["*"])
    found = events_by_id(warehouse, admin, [event_id], tenants=["globex"])
    assert found["tenant"].to_list() == ["globex"]
    assert sorted(events_by_id(warehouse, admin, [event_id])["tenant"].to_list()) == ["acme", "globex"]


def test_a_finding_on_a_record_held_by_two_tenants_alerts_in_each(warehouse, tmp_path):
    """Both copies share one event id: the finding must reach each tenant's alert, never only one."""
    ingest([str(write(tmp_path / "both.jsonl", jsonl([cloudtrail_record(1)])))], warehouse, tenant="acme")
    ingest([str(tmp_path / "both.jsonl")], warehouse, tenant="globex")
    ingest([str(write(tmp_path / "acme.jsonl", jsonl([cloudtrail_record(2)])))], warehouse, tenant="acme")
    events = warehouse.scan_events().collect()
    (shared_id,) = events.filter(tenant="globex")["event_id"].to_list()
    (acme_only,) = events.filter(pl.col("event_id") != shared_id)["event_id"].to_list()
    finding = {
        "detector": "sigma",
        "rule_id": "r-1",
        "label": "x",
        "score": 1.0,
        "field": None,
        "span_start": None,
        "span_end": None,
        "entity": None,
        "explanation": "seen",
    }
    # A per-event detector reports the shared record once per copy, and the other one once.
    findings = findings_frame(
        [
            {**finding, "event_ids": [shared_id]},
            {**finding, "event_ids": [shared_id]},
            {**finding, "event_ids": [acme_only]},
        ]
    )
    found = candidates(findings, events)
    shared = sorted((c.tenant, c.finding_id) for c in found if c.event_ids == (shared_id,))
    assert [tenant for tenant, _ in shared] == ["acme", "globex"] and shared[0][1] != shared[1][1]
    (single,) = [c for c in found if c.event_ids == (acme_only,)]
    # A finding only one tenant holds keeps the id earlier releases stored: re-runs stay no-ops.
    assert single.tenant == "acme" and single.finding_id == finding_id({**finding, "event_ids": [acme_only]})
    # A finding judged against one tenant's own triage entries stays in that tenant.
    scoped = candidates(findings_frame([{**finding, "event_ids": [shared_id], "tenant": "globex"}]), events)
    assert [c.tenant for c in scoped] == ["globex"]


# --- globs never descend through links (issue 15 follow-up) --------------------------------------


class _CountedScandir:
    """Counts the folders listed (``os.scandir`` is how both glob and os.walk list one), and stops
    the run past ``cap`` so a walk that loops fails fast instead of running for minutes."""

    def __init__(self, cap: int) -> None:
        self.listed: list[str] = []
        self.cap = cap
        self._real = os.scandir

    def __call__(self, path="."):
        self.listed.append(os.fsdecode(path))
        if len(self.listed) > self.cap:
            raise RuntimeError(f"listed more than {self.cap} folders")
        return self._real(path)


def test_glob_does_not_loop_through_links_to_its_own_folder(tmp_path, monkeypatch):
    from aisoc.ingest.paths import expand_paths

    logs = _logs_with_a_good_file(tmp_path)
    for name in ("l1", "l2", "l3"):
        (logs / name).symlink_to(".", target_is_directory=True)  # each link is the folder again
    counted = _CountedScandir(cap=200)
    monkeypatch.setattr(os, "scandir", counted)
    inputs = expand_paths([str(logs / "**" / "*.jsonl")])
    assert [str(f.path) for f in inputs.files] == [str(logs / "good.jsonl")]
    assert len(counted.listed) <= 2  # the folder (and nothing under it): the links are not entered


def test_glob_does_not_list_a_linked_folder_outside_its_root(tmp_path, monkeypatch, host_file):
    from aisoc.ingest.paths import expand_paths

    logs = _logs_with_a_good_file(tmp_path)
    outside = host_file.parent
    for index in range(20):
        write(outside / f"d{index}" / "more.jsonl", HOST_SECRET)
    (logs / "root").symlink_to(outside, target_is_directory=True)  # stands in for a link to /
    counted = _CountedScandir(cap=200)
    monkeypatch.setattr(os, "scandir", counted)
    inputs = expand_paths([str(logs / "**" / "*.jsonl")])
    assert [str(f.path) for f in inputs.files] == [str(logs / "good.jsonl")]
    assert Skipped(logs / "root", "symlink") in inputs.skipped
    assert not [p for p in counted.listed if str(outside) in p or "/root" in p]


def test_glob_matches_like_before_without_following_links(tmp_path):
    from aisoc.ingest.paths import expand_paths

    logs = tmp_path / "logs"
    for name in ("a.jsonl", "b.log", "c.txt", ".hidden.jsonl", "x/d.jsonl", "x/y/e.jsonl", ".h/f.jsonl"):
        write(logs / name, b"{}\n")
    shown = lambda pattern: sorted(str(f.path.relative_to(logs)) for f in expand_paths([pattern]).files)  # noqa: E731
    assert shown(str(logs / "**" / "*.jsonl")) == ["a.jsonl", "x/d.jsonl", "x/y/e.jsonl"]
    assert shown(str(logs / "*.jsonl")) == ["a.jsonl"]
    assert shown(str(logs / "*" / "*.jsonl")) == ["x/d.jsonl"]
    assert shown(str(logs / "x" / "**")) == ["x/d.jsonl", "x/y/e.jsonl"]
    assert shown(str(logs / "**" / "y" / "*")) == ["x/y/e.jsonl"]
    assert shown(str(logs / "[ab].*")) == ["a.jsonl", "b.log"]
    assert shown(str(logs / ".*.jsonl")) == [".hidden.jsonl"]


def test_glob_reads_through_a_linked_folder_that_stays_inside_its_root(tmp_path):
    from aisoc.ingest.paths import expand_paths

    logs = tmp_path / "logs"
    write(logs / "acme" / "2026-03" / "a.log", b"{}\n")
    (logs / "acme" / "current").symlink_to("2026-03", target_is_directory=True)
    (found,) = expand_paths([str(logs / "*" / "current" / "*.log")]).files
    assert found.path == logs / "acme" / "current" / "a.log"
    assert found.inside == Path("acme/2026-03/a.log")  # opened by its real, link-free path
