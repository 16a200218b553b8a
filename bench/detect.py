"""Detection jobs: an incremental run over 1k new events on a warehouse of millions, side by side
with the full run over the whole warehouse.

    python -m bench.detect [--events 3000000] [--scale 10] [--new 1000] [--repeats 3] [--chunks 6]
                           [--workdir bench/out/detect]

For each of two warehouses, ``--events`` gateway events and ``--events / --scale`` of them:

1. Writes LiteLLM gateway lines (``bench.gateway_data``, 4 events/s of event time from
   2026-05-28) and ingests them in ``--chunks`` files into a fresh warehouse (not timed).
2. Full run (the baseline): the first ``run_detect`` with sigma + leakage, which consumes every
   stored file.
3. A run with nothing new (the fixed cost: loading the rule pack, reading the cursor).
4. ``--repeats`` times: ingests ``--new`` new events (their own salt, event time right after the
   stored ones) and times the incremental ``run_detect``; the median counts.

Prints full/incremental and incremental(big)/incremental(small): the incremental cost must track
the new data, not the warehouse size, so the second ratio should be near 1. Similarity (MiniLM)
and behaviour are left out: too slow for millions of events on 2 cores. Wall seconds of the
``run_detect`` call; per-detector seconds come from its report. The JSON summary is written to
the work folder; figures go to docs/benchmarks.md by hand.
"""

from __future__ import annotations

import argparse
import random
import shutil
import statistics
import sys
import time
from pathlib import Path
from string import ascii_lowercase

import orjson

from aisoc.analytics.jobs import DetectConfig, run_detect
from aisoc.ingest import Warehouse, ingest

from .gateway_data import gateway_record

DETECTORS = ("sigma", "leakage")


def write_span(path: Path, start: int, count: int, salt: str, seed: int) -> None:
    """``count`` gateway records whose event time starts at index ``start`` (0.25 s apart).

    The text is indexed from 0 whatever ``start`` is: a 7-digit marker ("[w1234567]") would
    trip the leakage prefilter's long-number pattern, so content would change with the
    warehouse size. The same ``salt`` and ``seed`` give the same text at any position."""
    rng = random.Random(seed)
    shift = start * 0.25
    with open(path, "wb", buffering=1 << 22) as out:
        for first in range(0, count, 10_000):
            block = []
            for i in range(first, min(first + 10_000, count)):
                record = gateway_record(rng, i, salt, 0)
                for key in ("startTime", "endTime", "completionStartTime"):
                    record[key] += shift
                block.append(orjson.dumps(record))
            out.write(b"\n".join(block) + b"\n")


def add_events(warehouse: Warehouse, work: Path, start: int, count: int, salt: str, seed: int) -> None:
    path = work / f"{salt}-{start}.jsonl"
    write_span(path, start, count, salt, seed)
    report = ingest([str(path)], warehouse)
    path.unlink()
    if report.stored != count:
        raise SystemExit(f"ingest stored {report.stored:,} of {count:,} events: {report}")


def timed_detect(warehouse: Warehouse, expected: int | None) -> dict:
    start = time.perf_counter()
    report = run_detect(warehouse, DetectConfig(detectors=DETECTORS))
    seconds = time.perf_counter() - start
    per = {}
    for d in report.detectors:
        if d.status != "done":
            raise SystemExit(f"{d.detector}: {d.status}: {d.error}")
        if expected is not None and d.events != expected:
            raise SystemExit(f"{d.detector} read {d.events:,} events, expected {expected:,}")
        per[d.detector] = {
            "seconds": d.seconds,
            "events": d.events,
            "batches": d.batches,
            "findings": d.findings,
            "alerts_new": d.alerts_new,
            "alerts_updated": d.alerts_updated,
        }
    return {"seconds": round(seconds, 3), "detectors": per}


def measure(work: Path, events: int, chunks: int, new: int, repeats: int) -> dict:
    root = work / f"warehouse-{events}"
    shutil.rmtree(root, ignore_errors=True)
    warehouse = Warehouse(root).create()
    clock = time.perf_counter()
    size = -(-events // chunks)
    for k, first in enumerate(range(0, events, size)):
        print(f"[{events:,}] ingesting events {first:,}–{min(first + size, events):,}…", file=sys.stderr)
        add_events(warehouse, work, first, min(size, events - first), f"w{ascii_lowercase[k]}", seed=k + 1)
    files = warehouse.event_files()
    dates = {p.parent.name for p in files}
    result = {
        "events": events,
        "parquet_files": len(files),
        "dates": len(dates),
        "build_s": round(time.perf_counter() - clock, 1),
    }
    print(f"[{events:,}] {len(files)} Parquet files over {len(dates)} dates; full run…", file=sys.stderr)
    result["full"] = timed_detect(warehouse, events)
    result["nothing_new"] = timed_detect(warehouse, 0)
    runs = []
    for r in range(repeats):
        add_events(warehouse, work, events + r * new, new, f"n{ascii_lowercase[r]}", seed=1000 + r)
        runs.append(timed_detect(warehouse, new))
    result["incremental"] = runs
    result["incremental_median_s"] = statistics.median(run["seconds"] for run in runs)
    result["incremental_median_by_detector_s"] = {
        d: statistics.median(run["detectors"][d]["seconds"] for run in runs) for d in DETECTORS
    }
    result["above_nothing_new_s"] = round(result["incremental_median_s"] - result["nothing_new"]["seconds"], 3)
    shutil.rmtree(root)
    return result


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--events", type=int, default=3_000_000)
    parser.add_argument("--scale", type=int, default=10, help="the small warehouse holds --events / --scale")
    parser.add_argument("--new", type=int, default=1_000, help="new events per incremental run")
    parser.add_argument("--repeats", type=int, default=3)
    parser.add_argument("--chunks", type=int, default=6, help="ingest runs that build each warehouse")
    parser.add_argument("--workdir", type=Path, default=Path("bench/out/detect"))
    args = parser.parse_args()
    if not (1 <= args.chunks <= 26 and 1 <= args.repeats <= 26):
        parser.error("--chunks and --repeats: 1 to 26 (each gets a salt letter)")
    work: Path = args.workdir
    work.mkdir(parents=True, exist_ok=True)
    big = measure(work, args.events, args.chunks, args.new, args.repeats)
    small = measure(work, args.events // args.scale, args.chunks, args.new, args.repeats)

    for m in (big, small):
        full, inc = m["full"], m["incremental_median_s"]
        per = ", ".join(
            f"{d} {m['full']['detectors'][d]['seconds']:.1f} s / {m['incremental_median_by_detector_s'][d]:.2f} s"
            for d in DETECTORS
        )
        print(
            f"full run over {m['events']:,} events ({m['parquet_files']} files, {m['dates']} dates): "
            f"{full['seconds']:.1f} s; nothing new: {m['nothing_new']['seconds']:.2f} s; incremental over "
            f"{args.new:,} new: {inc:.2f} s (median of {args.repeats}); full/incremental = "
            f"{full['seconds'] / inc:.0f}x  [{per}]"
        )
    ratio = big["incremental_median_s"] / small["incremental_median_s"]
    print(
        f"incremental at {big['events']:,} vs {small['events']:,}: {ratio:.2f}x (target near 1); above the "
        f"nothing-new run: {big['above_nothing_new_s']:.2f} s vs {small['above_nothing_new_s']:.2f} s; "
        f"full at {big['events']:,} vs {small['events']:,}: {big['full']['seconds'] / small['full']['seconds']:.1f}x"
    )

    summary = {
        "detectors": list(DETECTORS),
        "new_events": args.new,
        "repeats": args.repeats,
        "big": big,
        "small": small,
        "full_over_incremental": round(big["full"]["seconds"] / big["incremental_median_s"], 1),
        "incremental_big_over_small": round(ratio, 3),
    }
    (work / "detect.json").write_text(orjson.dumps(summary, option=orjson.OPT_INDENT_2).decode())


if __name__ == "__main__":
    main()
