"""The sample generator: exact totals, determinism, every record ingestible, every storyline labelled."""

from __future__ import annotations

import gzip
import re
import statistics
from collections import Counter, defaultdict
from datetime import UTC, date, datetime
from pathlib import Path

import orjson
import pytest

from aisoc.ingest import Warehouse
from aisoc.ingest.collectors import COLLECTORS, detect
from aisoc.ingest.identity import event_id
from aisoc.ingest.pipeline import ingest
from aisoc.ingest.reader import BadChunk, iter_chunks
from aisoc.sample_logs import LOGS_DIR, MIN_EVENTS, STORYLINES, TENANT_NAMES, generate
from aisoc.sample_logs.fakes import iban_ok, luhn_ok

N, DAYS, SEED, END = 1500, 5, 3, date(2025, 3, 10)
START_US = int(datetime(2025, 3, 5, tzinfo=UTC).timestamp()) * 1_000_000
END_US = int(datetime(2025, 3, 10, tzinfo=UTC).timestamp()) * 1_000_000
STORY_IDS = sorted({s.id for s in STORYLINES})


def _read(out: Path) -> dict[str, dict]:
    """Every record of every file, read the way the pipeline reads it: event_id -> facts."""
    records: dict[str, dict] = {}
    for path in sorted((out / LOGS_DIR).rglob("*")):
        if not path.is_file():
            continue
        collector = None
        for chunk in iter_chunks(path):
            assert not isinstance(chunk, BadChunk), (path, chunk)
            collector = collector or detect(chunk.value)
            assert collector is not None, path
            assert collector.matches(chunk.value), f"{path}:{chunk.line} does not match {collector.id}"
            for record in collector.split(chunk.value):
                fields = collector.normalise(record)  # raises RecordError if a record is not ingestible
                eid = event_id(collector.id, record)
                assert eid not in records, f"duplicate record at {path}:{chunk.line}"
                records[eid] = {
                    "source": collector.id,
                    "ref": f"{path.relative_to(out)}:{chunk.line}",
                    "file": str(path.relative_to(out)),
                    **fields,
                }
    return records


def _labels(out: Path) -> list[dict]:
    return [orjson.loads(line) for line in (out / "labels.jsonl").read_bytes().splitlines()]


@pytest.fixture(scope="module")
def runs(tmp_path_factory):
    base = tmp_path_factory.mktemp("samples")
    first = generate(base / "a", events=N, days=DAYS, seed=SEED, end=END)
    generate(base / "b", events=N, days=DAYS, seed=SEED, end=END)
    generate(base / "c", events=N, days=DAYS, seed=SEED + 1, end=END)
    return base, first, _read(base / "a")


def _tree(folder: Path) -> dict[str, bytes]:
    return {str(p.relative_to(folder)): p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file()}


def test_exact_total_and_every_record_ingestible_in_window(runs):
    base, summary, records = runs
    assert len(records) == N == summary.total_events
    assert sum(summary.files.values()) == N
    per_file = Counter(r["file"] for r in records.values())
    assert dict(per_file) == summary.files
    assert all(START_US <= r["ts"] < END_US for r in records.values())
    # all six formats are written, with some gzip files among them
    assert {r["source"] for r in records.values()} == set(COLLECTORS)
    gz = [name for name in summary.files if name.endswith(".gz")]
    assert gz and all((base / "a" / name).read_bytes()[:2] == b"\x1f\x8b" for name in gz)
    cloudtrail = next(name for name in gz if "/cloudtrail/" in name)
    assert gzip.decompress((base / "a" / cloudtrail).read_bytes()).startswith(b'{"Records":[')


def test_same_arguments_same_bytes_other_seed_differs(runs):
    base, _, _ = runs
    first, second, other = _tree(base / "a"), _tree(base / "b"), _tree(base / "c")
    assert first == second
    assert first.keys() & other.keys()
    assert any(first[k] != other.get(k) for k in first)


def test_every_storyline_is_labelled_with_ingest_event_ids(runs):
    base, summary, records = runs
    labels = _labels(base / "a")
    assert len(labels) == summary.attack_events
    assert sorted({label["storyline"] for label in labels}) == STORY_IDS
    assert all(summary.storylines[s] >= 1 for s in STORY_IDS)
    owners = defaultdict(set)
    for story in STORYLINES:
        owners[story.id].add((story.tenant, story.source))
    for label in labels:
        record = records[label["event_id"]]  # KeyError = a label naming no generated record
        assert label["source_ref"] == record["ref"]
        assert record["event_kind"] != "app.span"  # the attacked GenAI span, not its HTTP wrapper
        assert (label["tenant"], record["source"]) in owners[label["storyline"]]
        if record.get("tenant") is not None:  # sources with a tenant field agree with the label
            assert record["tenant"] == label["tenant"]


def test_smallest_set_still_has_every_storyline(tmp_path):
    summary = generate(tmp_path / "s", events=MIN_EVENTS, days=1, seed=1, end=END)
    assert summary.total_events == MIN_EVENTS == len(_read(tmp_path / "s"))
    assert all(summary.storylines[s] >= 1 for s in STORY_IDS)
    with pytest.raises(ValueError, match="at least 300"):
        generate(tmp_path / "t", events=MIN_EVENTS - 1, days=1, seed=1, end=END)
    with pytest.raises(ValueError, match="days"):
        generate(tmp_path / "t", events=MIN_EVENTS, days=0, seed=1, end=END)


def test_several_tenants_through_their_tenant_fields(runs):
    _, summary, records = runs
    by_source = defaultdict(Counter)
    for r in records.values():
        by_source[r["source"]][r.get("tenant")] += 1
    for source in ("otel_genai", "openai_gateway", "bedrock_invocation", "mlflow"):
        assert set(by_source[source]) == set(TENANT_NAMES), source
    # CloudTrail and Kubernetes audit have no tenant field: they sit in per-tenant folders
    for r in records.values():
        if r["source"] in ("cloudtrail", "k8s_audit"):
            assert r["file"].split("/")[1] in TENANT_NAMES
    assert set(summary.tenants) == set(TENANT_NAMES)


def _attacks(base: Path, records: dict, story: str) -> list[dict]:
    return [records[label["event_id"]] for label in _labels(base / "a") if label["storyline"] == story]


def test_storylines_carry_what_makes_them_attacks(runs):
    base, _, records = runs
    leaks = " ".join(r.get("response", "") for r in _attacks(base, records, "pii_secrets_leak"))
    cards = re.findall(r"\b4000(?: \d{4}){3}\b", leaks)
    ibans = re.findall(r"\bDE\d{2}(?: \d{4}){4} \d{2}\b", leaks)
    assert cards and all(luhn_ok(c) for c in cards)
    assert ibans and all(iban_ok(i) for i in ibans)
    assert re.search(r"\bsk-[A-Za-z0-9]{48}\b", leaks)

    extraction = sorted(_attacks(base, records, "model_extraction"), key=lambda r: r["ts"])
    assert len({r["api_key_id"] for r in extraction}) == 1
    gaps = [b["ts"] - a["ts"] for a, b in zip(extraction, extraction[1:])]
    assert statistics.pstdev(gaps) < 0.05 * statistics.mean(gaps)  # scripted: regular timing

    new_ip = _attacks(base, records, "api_key_new_ip")
    key = new_ip[0]["api_key_id"]
    usual = {r["source_ip"] for r in records.values() if r.get("api_key_id") == key and r not in new_ip}
    assert usual and not usual & {r["source_ip"] for r in new_ip}

    spike = _attacks(base, records, "cost_spike")
    normal = [r["cost_usd"] for r in records.values() if r.get("app") == spike[0]["app"] and r not in spike]
    assert min(r["cost_usd"] for r in spike) > 100 * statistics.median(normal)

    logging_off = {r["action"] for r in _attacks(base, records, "invocation_logging_disabled")}
    assert "DeleteModelInvocationLoggingConfiguration" in logging_off
    secrets = _attacks(base, records, "serving_sa_reads_secrets")
    assert all(r["resource_type"] == "secrets" and r["actor_type"] == "service_account" for r in secrets)
    promotion = _attacks(base, records, "unapproved_model_promotion")
    promoted = next(r for r in promotion if r["action"] == "model_version_alias.created")
    assert '"alias":"champion"' in promoted["request"]
    assert not any(
        r.get("action") == "model_version_tag.set"
        and r.get("resource_id") == promoted["resource_id"]
        and "approved" in r.get("request", "")
        for r in records.values()
    )


def test_pipeline_stores_every_record(runs, tmp_path):
    base, _, _ = runs
    warehouse = Warehouse(tmp_path / "wh")
    stored = quarantined = 0
    for folder in ("shared", *TENANT_NAMES):
        report = ingest([str(base / "a" / LOGS_DIR / folder)], warehouse, tenant=None if folder == "shared" else folder)
        stored += report.stored
        quarantined += report.quarantined
    assert (stored, quarantined) == (N, 0)


def test_only_replaces_its_own_output(tmp_path):
    out = tmp_path / "out"
    (out / LOGS_DIR).mkdir(parents=True)
    (out / LOGS_DIR / "mine.jsonl").write_text("{}\n")
    with pytest.raises(ValueError, match="not written by"):
        generate(out, events=MIN_EVENTS, days=2, seed=1, end=END)
    other = tmp_path / "again"
    generate(other, events=MIN_EVENTS, days=2, seed=1, end=END)
    generate(other, events=MIN_EVENTS, days=1, seed=1, end=END)  # fewer days: fewer CloudTrail files
    files = {str(p.relative_to(other)) for p in (other / LOGS_DIR).rglob("*") if p.is_file()}
    assert files == set(orjson.loads((other / "manifest.json").read_bytes())["files"])
