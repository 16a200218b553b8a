"""Hunting: a rule pack over the stored events of a time window."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path

import polars as pl

from aisoc.detections.rulepack import Problem, load_pack
from aisoc.detections.sigma.detector import pack_matches
from aisoc.ingest.warehouse import Warehouse

__all__ = ["HuntResult", "hunt", "MATCH_COLUMNS"]

MATCH_COLUMNS = ("rule_id", "title", "level", "event_id", "source_ref", "ts", "tenant", "source", "correlation_id")


@dataclass
class HuntResult:
    matches: pl.DataFrame
    rules: int
    events: int
    problems: list[Problem] = field(default_factory=list)


def hunt(
    warehouse: Warehouse,
    rule_paths: list[Path],
    *,
    since: datetime | None = None,
    until: datetime | None = None,
    tenant: str | None = None,
) -> HuntResult:
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
    hits = pack_matches(pack, frame)
    matches = (
        hits.join(frame.select("event_id", "source_ref", "ts", "tenant", "source"), on="event_id")
        .select(MATCH_COLUMNS)
        .sort("ts", "rule_id", "event_id")
    )
    return HuntResult(
        matches, rules=len(pack.compiled) + len(pack.correlations), events=frame.height, problems=pack.problems
    )
