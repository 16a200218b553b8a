"""Hunting: a rule pack over the stored events of a time window."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path

import polars as pl

from detections.rulepack import Problem, load_pack
from detections.sigma.correlate import correlate
from detections.sigma.engine import evaluate
from ingest.warehouse import Warehouse

__all__ = ["HuntResult", "hunt", "MATCH_COLUMNS"]

MATCH_COLUMNS = ("rule_id", "title", "level", "event_id", "source_ref", "ts", "tenant", "source",
                 "correlation_id")


@dataclass
class HuntResult:
    matches: pl.DataFrame
    rules: int
    events: int
    problems: list[Problem] = field(default_factory=list)


def hunt(warehouse: Warehouse, rule_paths: list[Path], *, since: datetime | None = None,
         until: datetime | None = None, tenant: str | None = None) -> HuntResult:
    """Matches of every rule under ``rule_paths`` over the events in [since, until) of a tenant."""
    pack = load_pack(rule_paths)
    events = warehouse.scan_events()
    if since is not None:
        events = events.filter(pl.col("ts") >= since)
    if until is not None:
        events = events.filter(pl.col("ts") < until)
    if tenant is not None:
        events = events.filter(pl.col("tenant") == tenant)
    frame = events.collect()
    hits = evaluate(pack.compiled, frame)
    found = correlate([c.compiled for c in pack.correlations], hits, frame)
    hits = pl.concat([
        hits.filter(~pl.col("key").is_in(pack.quiet_keys)).with_columns(pl.lit(None, pl.String).alias("correlation_id")),
        found,
    ])
    meta = pl.DataFrame(
        [{"key": c.key, "rule_id": c.rule_id, "title": c.title, "level": _level(r.rule)}
         for r in pack.rules for c in r.compiled]
        + [{"key": c.compiled.key, "rule_id": c.compiled.rule_id, "title": c.compiled.title, "level": _level(c.rule)}
           for c in pack.correlations],
        schema={"key": pl.String, "rule_id": pl.String, "title": pl.String, "level": pl.String},
    )
    matches = (hits.join(meta, on="key")
               .join(frame.select("event_id", "source_ref", "ts", "tenant", "source"), on="event_id")
               .select(MATCH_COLUMNS)
               .sort("ts", "rule_id", "event_id"))
    return HuntResult(matches, rules=len(pack.compiled) + len(pack.correlations), events=frame.height,
                      problems=pack.problems)


def _level(rule) -> str | None:
    return rule.level.name.lower() if rule.level else None
