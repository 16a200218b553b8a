"""The rule pack over 1M and 10M events: aisoc's engine against SQLite (the Zircolite approach)
and against the floor of one multi-pattern pass.

    python -m bench.rules [--events 1000000] [--scale 10] [--workdir bench/out/rules]

Events come from ``aisoc sample generate`` (all six formats), ingested once and cached. Read
time is excluded on every side: each contender gets its input already in memory.

* aisoc: ``detections.sigma.engine.evaluate`` of every rule of the pack (correlations aside).
* (a) pySigma-backend-sqlite with aisoc's pipeline, each rule's SQL run in sqlite3 over a table
  holding the same columns (native fields flattened out of ``raw``, text ``COLLATE NOCASE`` as
  Zircolite builds it). 1M events only: it is slow.
* (b) the floor: one ``str.contains_any`` per text column over all of the pack's
  case-insensitive literals (literals of native fields over the ``raw`` text) — the least any
  engine must do to look at the text once.
The 10M set is the 1M set repeated ``--scale`` times.
"""

from __future__ import annotations

import argparse
import re
import shutil
import sqlite3
import subprocess
import sys
import time
from datetime import date
from pathlib import Path

import polars as pl
from sigma.backends.sqlite import sqliteBackend
from sigma.collection import SigmaCollection

from aisoc.detections.rulepack import RULES_DIR, load_pack
from aisoc.detections.sigma import ir
from aisoc.detections.sigma.engine import evaluate
from aisoc.detections.sigma.expressions import KEYWORD_FIELDS, Columns
from aisoc.detections.sigma.pipeline import aisoc_pipeline
from aisoc.ingest import Warehouse, ingest
from aisoc.ingest.schema import POLARS_SCHEMA

AISOC = str(Path(sys.executable).parent / "aisoc")


def sample_events(work: Path, count: int) -> pl.DataFrame:
    warehouse = Warehouse(work / f"warehouse-{count}")
    if not warehouse.event_files():
        logs = work / f"logs-{count}"
        shutil.rmtree(logs, ignore_errors=True)
        print(f"generating and ingesting {count:,} events…", file=sys.stderr)
        subprocess.run(
            [
                AISOC,
                "sample",
                "generate",
                str(logs),
                "--events",
                str(count),
                "--seed",
                "11",
                "--end",
                date(2026, 11, 1).isoformat(),
                "--format",
                "json",
            ],
            check=True,
            stdout=subprocess.DEVNULL,
        )
        ingest([str(logs / "logs")], warehouse)
        shutil.rmtree(logs)
    return warehouse.scan_events().collect()


def _literals(node) -> list[tuple[str | None, str]]:
    match node:
        case ir.And(items) | ir.Or(items):
            return [lit for i in items for lit in _literals(i)]
        case ir.Not(item):
            return _literals(item)
        case ir.Match(field, op, value, cased, _) if (
            op != "regex" and not cased and value and field not in ("source", "event_kind")
        ):
            return [(field, value)]
    return []


def _trim(events: pl.DataFrame, used: set[str | None]) -> pl.DataFrame:
    """Only the columns the pack reads (``raw`` only where a native-field rule reads it)."""
    contract = {f for f in used if f is not None and f in POLARS_SCHEMA}
    keep = sorted(contract | {"event_id", "source", "event_kind", "raw"})
    if None in used:
        keep = sorted(set(keep) | set(KEYWORD_FIELDS))
    return events.select(keep)


def _floor(events: pl.DataFrame, literals: dict[str, list[str]], columns: Columns) -> float:
    exprs = [columns.text(f).str.contains_any(lits, ascii_case_insensitive=True) for f, lits in literals.items()]
    start = time.perf_counter()
    events.select(pl.any_horizontal(exprs).sum())
    return time.perf_counter() - start


def _sqlite(events: pl.DataFrame, pack, raw_fields: list[str], columns: Columns) -> tuple[float, int]:
    backend = sqliteBackend(processing_pipeline=aisoc_pipeline())
    queries = []
    for rule in pack.rules:  # fresh from the file: pySigma's processing changes a rule in place
        try:
            queries += backend.convert(SigmaCollection.from_yaml(rule.path.read_text()))
        except Exception as exc:  # reported, not fatal: the sqlite backend refuses some features
            print(f"sqlite cannot convert {rule.path.name}: {str(exc).splitlines()[0]}", file=sys.stderr)
    flat = events.with_columns(pl.col("raw").str.json_path_match(columns.raw_path(f)).alias(f) for f in raw_fields)
    flat = flat.drop("raw").with_columns(pl.col(pl.Datetime).cast(pl.String))
    con = sqlite3.connect(":memory:")
    con.create_function(
        "REGEXP", 2, lambda pattern, text: text is not None and re.search(pattern, text) is not None, deterministic=True
    )
    names = flat.columns
    kinds = {pl.Int64: "INTEGER", pl.Float64: "REAL"}
    con.execute(
        "CREATE TABLE logs ("
        + ", ".join(f'"{n}" {kinds.get(flat.schema[n], "TEXT COLLATE NOCASE")}' for n in names)
        + ")"
    )
    con.executemany(f"INSERT INTO logs VALUES ({', '.join('?' * len(names))})", flat.iter_rows())
    start = time.perf_counter()
    hits = sum(len(con.execute(q).fetchall()) for q in queries)
    return time.perf_counter() - start, hits


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--events", type=int, default=1_000_000)
    parser.add_argument("--scale", type=int, default=10)
    parser.add_argument("--workdir", type=Path, default=Path("bench/out/rules"))
    args = parser.parse_args()
    args.workdir.mkdir(parents=True, exist_ok=True)
    pack = load_pack([RULES_DIR])
    rules = pack.compiled
    columns = Columns(POLARS_SCHEMA)
    used = set().union(*(ir.fields(r.tree) for r in rules))
    raw_fields = sorted(f for f in used if f is not None and not columns.is_contract(f))
    literals: dict[str, set[str]] = {}
    for rule in rules:
        for field, value in _literals(rule.tree):
            # native fields live in the raw record's text: the floor scans that text once
            targets = KEYWORD_FIELDS if field is None else (field if columns.is_contract(field) else "raw",)
            for target in targets:
                literals.setdefault(target, set()).add(value)
    literal_lists = {f: sorted(v) for f, v in sorted(literals.items())}
    print(
        f"{len(rules)} rules, {sum(map(len, literal_lists.values()))} case-insensitive literals over "
        f"{len(literal_lists)} fields, {len(raw_fields)} native fields"
    )

    base = _trim(sample_events(args.workdir, args.events), used)
    for label, events in (
        (f"{args.events:,}", base),
        (f"{args.events * args.scale:,}", pl.concat([base] * args.scale, rechunk=True)),
    ):
        start = time.perf_counter()
        found = evaluate(rules, events)
        ours = time.perf_counter() - start
        floor = _floor(events, literal_lists, columns)
        line = (
            f"{label} events: aisoc {ours:6.2f} s ({found.height:,} matches) | floor {floor:6.2f} s | "
            f"aisoc/floor {ours / floor:5.2f}x"
        )
        if events is base:
            sqlite_s, sqlite_hits = _sqlite(events, pack, raw_fields, columns)
            line += f" | sqlite {sqlite_s:7.2f} s ({sqlite_hits:,} matches) | sqlite/aisoc {sqlite_s / ours:5.1f}x"
        print(line, flush=True)
        del events


if __name__ == "__main__":
    main()
