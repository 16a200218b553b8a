"""``generate``: plan the whole data set, then write it file by file, labels and manifest last.

Same arguments, byte-identical output: every random draw comes from a ``random.Random`` seeded
with a string derived from ``seed`` and a fixed name (one generator per storyline, per
benign source and tenant, per output file), items are ordered by (time, planning order), gzip
headers carry no time or name, and JSON is written by orjson. Nothing reads the clock or the
environment.
"""

from __future__ import annotations

import gzip
import io
import random
import shutil
from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path
from typing import IO

import orjson

from aisoc.ingest.collectors import COLLECTORS
from aisoc.ingest.identity import event_id
from aisoc.sample_logs.attacks import MIN_EVENTS, STORYLINES
from aisoc.sample_logs.benign import LLM_UNITS, fill
from aisoc.sample_logs.benign_ops import OPS_UNITS
from aisoc.sample_logs.clock import DAY_US, Window, iso_z
from aisoc.sample_logs.plan import Item, Plan, tenant_by_name
from aisoc.sample_logs.tenants import TENANTS

__all__ = ["generate", "Summary", "SOURCE_SHARES", "LOGS_DIR"]

LOGS_DIR = "logs"
MANIFEST = "manifest.json"
LABELS = "labels.jsonl"
_GENERATOR = "aisoc sample generate"
# Share of the benign records per source (each then split by tenant weight).
SOURCE_SHARES = {"otel": 0.28, "gateway": 0.31, "bedrock": 0.13, "cloudtrail": 0.14, "k8s": 0.12, "mlflow": 0.02}
_UNITS = {**LLM_UNITS, **OPS_UNITS}
_BLOCK = 4096  # lines written per write() call


@dataclass
class Summary:
    out_dir: str
    total_events: int
    attack_events: int
    files: dict[str, int] = field(default_factory=dict)  # relative path -> records
    storylines: dict[str, int] = field(default_factory=dict)  # storyline -> labelled records
    tenants: dict[str, int] = field(default_factory=dict)  # tenant -> records


def generate(out_dir: Path, events: int, days: int, seed: int, end: date) -> Summary:
    """Write ``events`` records spanning ``days`` days before ``end`` 00:00 UTC into ``out_dir``.

    Raises ``ValueError`` for arguments it cannot honour (fewer than ``MIN_EVENTS`` records,
    no days, an output folder holding logs it did not write).
    """
    if isinstance(events, bool) or not isinstance(events, int) or events < MIN_EVENTS:
        raise ValueError(f"--events must be at least {MIN_EVENTS} so that every attack storyline fits (got {events})")
    if isinstance(days, bool) or not isinstance(days, int) or days < 1:
        raise ValueError(f"--days must be at least 1 (got {days})")
    if isinstance(end, datetime):  # a datetime is a date too; only its day counts
        end = end.date()
    if not isinstance(end, date):
        raise ValueError(f"end must be a date (got {end!r})")
    out_dir = Path(out_dir)
    _prepare(out_dir)

    plan = _plan(events, days, seed, end)
    summary = Summary(out_dir=str(out_dir), total_events=events, attack_events=0)
    with open(out_dir / LABELS, "wb") as labels:
        for key in sorted(plan.items):
            _write_file(out_dir, plan, key, seed, labels, summary)
    summary.files = dict(sorted(summary.files.items()))
    summary.storylines = {s.id: summary.storylines.get(s.id, 0) for s in STORYLINES}
    summary.tenants = dict(sorted(summary.tenants.items()))
    _write_manifest(out_dir, summary, days, seed, plan.window)
    return summary


def _prepare(out_dir: Path) -> None:
    logs = out_dir / LOGS_DIR
    if logs.exists():  # replace an earlier sample set, never someone else's files
        try:
            ours = orjson.loads((out_dir / MANIFEST).read_bytes()).get("generator") == _GENERATOR
        except (OSError, orjson.JSONDecodeError, AttributeError):
            ours = False
        if not ours:
            raise ValueError(f"{logs} exists and was not written by `{_GENERATOR}`; choose an empty folder")
        shutil.rmtree(logs)
    out_dir.mkdir(parents=True, exist_ok=True)


def _plan(events: int, days: int, seed: int, end: date) -> Plan:
    plan = Plan(Window(end, days))
    for story in STORYLINES:
        rng = random.Random(f"{seed}:story:{story.id}:{story.tenant}")
        story.planner(plan, rng, plan.window, tenant_by_name(story.tenant), story.volume(events))
    benign = events - plan.records()
    for (source, name), budget in _apportion(benign).items():
        rng = random.Random(f"{seed}:benign:{source}:{name}")
        fill(plan, rng, plan.window, tenant_by_name(name), _UNITS[source], budget)
    assert plan.records() == events, (plan.records(), events)
    return plan


def _apportion(total: int) -> dict[tuple[str, str], int]:
    """``total`` split over (source, tenant name) cells by share, exactly (largest remainder)."""
    cells = [((source, t.name), share * t.weight) for source, share in SOURCE_SHARES.items() for t in TENANTS]
    weight = sum(w for _, w in cells)
    exact = [(key, total * w / weight) for key, w in cells]
    counts = {key: int(x) for key, x in exact}
    left = total - sum(counts.values())
    by_remainder = sorted(range(len(exact)), key=lambda i: (-(exact[i][1] - int(exact[i][1])), i))
    for i in by_remainder[:left]:
        counts[exact[i][0]] += 1
    return counts


class _Out:
    """One output file: plain or gzip (no name, time 0 in the header), counted lines."""

    def __init__(self, path: Path, gz: bool) -> None:
        path.parent.mkdir(parents=True, exist_ok=True)
        self.raw = open(path, "wb")  # noqa: SIM115 - closed in close()
        self.stream: io.BufferedIOBase = (
            gzip.GzipFile(filename="", mode="wb", fileobj=self.raw, mtime=0, compresslevel=6) if gz else self.raw
        )
        self.pending: list[bytes] = []
        self.lines = 0

    def line(self, data: bytes) -> int:
        self.pending.append(data)
        self.lines += 1
        if len(self.pending) >= _BLOCK:
            self.flush()
        return self.lines

    def flush(self) -> None:
        if self.pending:
            self.stream.write(b"\n".join(self.pending) + b"\n")
            self.pending = []

    def close(self) -> None:
        self.flush()
        if self.stream is not self.raw:
            self.stream.close()
        self.raw.close()


def _write_file(out_dir: Path, plan: Plan, key: str, seed: int, labels: IO[bytes], summary: Summary) -> None:
    spec = plan.specs[key]
    items = sorted(plan.items[key], key=lambda it: (it.ts, it.seq))
    rng = random.Random(f"{seed}:build:{key}")
    ctx: dict = {}
    collector = COLLECTORS[spec.collector]
    if spec.daily_documents:  # CloudTrail: one compact {"Records": [...]} document per day
        start = plan.window.start
        by_day: dict[int, list[Item]] = {}
        for item in items:
            by_day.setdefault((item.ts - start) // DAY_US, []).append(item)
        for day, day_items in sorted(by_day.items()):
            rel = spec.path.replace("{day}", iso_z(start + day * DAY_US, 0)[:10].replace("-", ""))
            records = [orjson.dumps(item.build(rng, ctx, item)) for item in day_items]
            out = _Out(out_dir / rel, spec.gz)
            out.line(b'{"Records":[' + b",".join(records) + b"]}")
            out.close()
            for item, data in zip(day_items, records):
                _account(summary, rel, item)
                if item.labels:
                    _labels(labels, summary, collector, item, data, f"{rel}:1")
        return
    out = _Out(out_dir / spec.path, spec.gz)
    for item in items:
        data = orjson.dumps(item.build(rng, ctx, item))
        line = out.line(data)
        _account(summary, spec.path, item)
        if item.labels:
            _labels(labels, summary, collector, item, data, f"{spec.path}:{line}")
    out.close()


def _account(summary: Summary, rel: str, item: Item) -> None:
    summary.files[rel] = summary.files.get(rel, 0) + item.n
    summary.tenants[item.tenant] = summary.tenants.get(item.tenant, 0) + item.n


def _labels(out: IO[bytes], summary: Summary, collector, item: Item, data: bytes, source_ref: str) -> None:
    # Hash what the pipeline will hash: the chunk parsed back from the written bytes, split by
    # the collector, so a label's event_id is the stored event's id.
    records = collector.split(orjson.loads(data))
    if len(records) != item.n:
        raise AssertionError(f"{source_ref}: planned {item.n} records, the collector splits {len(records)}")
    for index, story in item.labels:
        line = {
            "event_id": event_id(collector.id, records[index]),
            "source_ref": source_ref,
            "storyline": story,
            "tenant": item.tenant,
        }
        out.write(orjson.dumps(line, option=orjson.OPT_SORT_KEYS) + b"\n")
        summary.attack_events += 1
        summary.storylines[story] = summary.storylines.get(story, 0) + 1


def _write_manifest(out_dir: Path, summary: Summary, days: int, seed: int, window: Window) -> None:
    tenants_dirs = [f"{LOGS_DIR}/{t.name}" for t in TENANTS]
    manifest = {
        "generator": _GENERATOR,
        "args": {"events": summary.total_events, "days": days, "seed": seed, "end": window.end_date.isoformat()},
        "window": {"start": iso_z(window.start, 0), "end": iso_z(window.end, 0)},
        "total_events": summary.total_events,
        "attack_events": summary.attack_events,
        "files": summary.files,
        "storylines": summary.storylines,
        "tenants": summary.tenants,
        "ingest": [f"aisoc ingest {LOGS_DIR}/shared"]
        + [f"aisoc ingest {d} --tenant {d.rsplit('/', 1)[1]}" for d in tenants_dirs],
    }
    (out_dir / MANIFEST).write_bytes(orjson.dumps(manifest, option=orjson.OPT_INDENT_2 | orjson.OPT_SORT_KEYS) + b"\n")
