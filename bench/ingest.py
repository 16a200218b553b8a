"""Ingest speed and memory: ``aisoc ingest`` against a bare ``polars.read_ndjson`` of the same file.

    python -m bench.ingest [--records 1000000] [--big-gb 3] [--workdir bench/out]

1. Stores ``--records`` gateway records in a fresh warehouse (the "already stored" set).
2. Times, each in its own process, on a second file of ``--records`` new records over the same
   days: ``polars.read_ndjson`` (baseline) and ``aisoc ingest`` end to end (parse, normalise, hash,
   deduplicate against the stored million, write Parquet). Prints events/s, MB/s and the ratio.
3. Ingests a file of ``--big-gb`` GB and reports the peak RSS of the ingest process.

Figures go to docs/benchmarks.md by hand; the JSON summary is written to the work folder.
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import time
from pathlib import Path

import orjson

from .gateway_data import write_gateway_file

AISOC = str(Path(sys.executable).parent / "aisoc")


def timed(command: list[str]) -> tuple[float, float, bytes]:
    """Wall seconds, peak RSS (MB) of one child process, and its stdout."""
    start = time.perf_counter()
    proc = subprocess.Popen(command, stdout=subprocess.PIPE)
    out = proc.stdout.read()
    _, status, usage = os.wait4(proc.pid, 0)
    seconds = time.perf_counter() - start
    if os.waitstatus_to_exitcode(status) != 0:
        raise SystemExit(f"failed: {' '.join(command)}")
    return seconds, usage.ru_maxrss / 1024, out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--records", type=int, default=1_000_000)
    parser.add_argument("--big-gb", type=float, default=3.0, help="size of the peak-memory file (0 to skip)")
    parser.add_argument("--workdir", type=Path, default=Path("bench/out"))
    args = parser.parse_args()
    work: Path = args.workdir
    work.mkdir(parents=True, exist_ok=True)
    warehouse = work / "warehouse"
    shutil.rmtree(warehouse, ignore_errors=True)

    stored_file, target_file = work / "stored.jsonl", work / "target.jsonl"
    print(f"writing {args.records:,} + {args.records:,} gateway records…", file=sys.stderr)
    write_gateway_file(stored_file, args.records, seed=1, salt="s")
    size = write_gateway_file(target_file, args.records, seed=2, salt="t")
    megabytes = size / 1e6

    print("storing the first set…", file=sys.stderr)
    store_s, _, _ = timed(
        [AISOC, "ingest", str(stored_file), "--warehouse", str(warehouse), "--no-progress", "--format", "json"]
    )

    baseline = "import sys, polars as pl; df = pl.read_ndjson(sys.argv[1]); print(df.height)"
    polars_s, polars_rss, out = timed([sys.executable, "-c", baseline, str(target_file)])
    assert int(out) == args.records
    aisoc_s, aisoc_rss, out = timed(
        [AISOC, "ingest", str(target_file), "--warehouse", str(warehouse), "--no-progress", "--format", "json"]
    )
    report = orjson.loads(out)
    assert report["stored"] == args.records and report["read"] == args.records, report

    result = {
        "records": args.records,
        "file_mb": round(megabytes, 1),
        "store_first_set_s": round(store_s, 2),
        "polars_read_ndjson_s": round(polars_s, 2),
        "polars_peak_rss_mb": round(polars_rss),
        "aisoc_ingest_s": round(aisoc_s, 2),
        "aisoc_peak_rss_mb": round(aisoc_rss),
        "aisoc_events_per_s": round(args.records / aisoc_s),
        "aisoc_mb_per_s": round(megabytes / aisoc_s, 1),
        "polars_events_per_s": round(args.records / polars_s),
        "polars_mb_per_s": round(megabytes / polars_s, 1),
        "speed_ratio_aisoc_over_polars": round(polars_s / aisoc_s, 3),
    }
    print(
        f"polars.read_ndjson : {polars_s:7.2f} s  {result['polars_events_per_s']:>9,} ev/s  "
        f"{result['polars_mb_per_s']:7.1f} MB/s  peak {polars_rss:,.0f} MB"
    )
    print(
        f"aisoc ingest       : {aisoc_s:7.2f} s  {result['aisoc_events_per_s']:>9,} ev/s  "
        f"{result['aisoc_mb_per_s']:7.1f} MB/s  peak {aisoc_rss:,.0f} MB  (dedup against {args.records:,} stored)"
    )
    print(f"ratio (aisoc speed / polars speed): {result['speed_ratio_aisoc_over_polars']:.3f}  (target >= 0.5)")

    if args.big_gb > 0:
        big = work / "big.jsonl"
        pad = 6000
        per_record = len(orjson.dumps({"x": "x" * pad})) + 2200
        count = int(args.big_gb * 1e9 / per_record)
        print(f"writing ~{args.big_gb} GB ({count:,} records)…", file=sys.stderr)
        big_size = write_gateway_file(big, count, seed=3, salt="b", pad=pad)
        big_wh = work / "warehouse-big"
        shutil.rmtree(big_wh, ignore_errors=True)
        big_s, big_rss, out = timed(
            [AISOC, "ingest", str(big), "--warehouse", str(big_wh), "--no-progress", "--format", "json"]
        )
        assert orjson.loads(out)["stored"] == count
        result.update(
            {
                "big_file_gb": round(big_size / 1e9, 2),
                "big_records": count,
                "big_ingest_s": round(big_s, 1),
                "big_peak_rss_mb": round(big_rss),
            }
        )
        print(
            f"big file {big_size / 1e9:.2f} GB, {count:,} records: {big_s:.1f} s, peak RSS {big_rss:,.0f} MB "
            "(target < 1,500 MB)"
        )
        big.unlink()
        shutil.rmtree(big_wh, ignore_errors=True)

    (work / "ingest.json").write_text(orjson.dumps(result, option=orjson.OPT_INDENT_2).decode())


if __name__ == "__main__":
    main()
