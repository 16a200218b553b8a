"""Running a rule's inline ``samples:`` — its own positive and near-miss negative events."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

import orjson
import polars as pl

from aisoc.detections.rulepack import PackCorrelation, PackRule, RulePack
from aisoc.detections.sigma.correlate import correlate
from aisoc.detections.sigma.engine import evaluate
from aisoc.ingest.schema import POLARS_SCHEMA

__all__ = ["SampleOutcome", "run_samples", "sample_frame", "rule_defaults"]

_FRAME_SCHEMA = {**POLARS_SCHEMA, "ts": pl.Datetime("us", "UTC"), "ingested_at": pl.Datetime("us", "UTC")}


@dataclass(frozen=True)
class SampleOutcome:
    rule: PackRule | PackCorrelation
    kind: str  # positive | negative
    index: int
    matched: bool
    error: str | None = None

    @property
    def passed(self) -> bool:
        return self.error is None and self.matched == (self.kind == "positive")


def sample_frame(events: list[Any], defaults: dict[str, Any] | None = None) -> pl.DataFrame:
    """Events given as mappings of contract fields, as a contract frame.

    ``event_id`` is the list index; ``defaults`` fill fields an event leaves out (see
    ``rule_defaults``); ``raw`` and the JSON columns may be given as mappings or lists.
    """
    rows: list[dict[str, Any]] = []
    for index, event in enumerate(events):
        if not isinstance(event, dict):
            raise ValueError(f"sample {index + 1} is not a mapping of event fields")
        unknown = set(event) - set(POLARS_SCHEMA)
        if unknown:
            raise ValueError(f"sample {index + 1} has fields outside the event contract: {sorted(unknown)}")
        row: dict[str, Any] = {name: None for name in POLARS_SCHEMA}
        row.update(defaults or {})
        row.update(event)
        row["event_id"] = str(index)
        for name in ("ts", "ingested_at"):
            if isinstance(row.get(name), str):
                moment = datetime.fromisoformat(row[name])
                row[name] = moment if moment.tzinfo else moment.replace(tzinfo=UTC)
        if isinstance(row.get("raw"), (dict, list)):
            row["raw"] = orjson.dumps(row["raw"]).decode()
        for name in ("messages", "tool_calls", "retrieved_docs", "request"):
            if isinstance(row.get(name), (dict, list)):
                row[name] = orjson.dumps(row[name]).decode()
        rows.append(row)
    return pl.DataFrame(rows, schema=_FRAME_SCHEMA, strict=False)


def run_samples(pack: RulePack) -> list[SampleOutcome]:
    """Every inline sample of every rule; a correlation's samples are ordered event sequences."""
    outcomes = []
    for rule in pack.rules:
        for kind in ("positive", "negative"):
            events = rule.samples.get(kind) or []
            try:
                frame = sample_frame(events, rule_defaults(rule))
                hits = set(evaluate(rule.compiled, frame)["event_id"].to_list()) if events else set()
            except (ValueError, pl.exceptions.PolarsError) as exc:
                outcomes += [SampleOutcome(rule, kind, i, False, str(exc).splitlines()[0]) for i in range(len(events))]
                continue
            outcomes += [SampleOutcome(rule, kind, i, str(i) in hits) for i in range(len(events))]
    by_key = {c.key: r for r in pack.rules for c in r.compiled}
    for corr in pack.correlations:
        base = [by_key[k] for k in dict.fromkeys(corr.compiled.rule_keys)]
        samples = corr.rule.custom_attributes.get("samples") or {}
        for kind in ("positive", "negative"):
            for index, sequence in enumerate(samples.get(kind) or []):
                try:
                    frame = sample_frame(sequence, rule_defaults(base[0]))
                    matches = evaluate([c for r in base for c in r.compiled], frame)
                    found = correlate([corr.compiled], matches, frame).height > 0
                    outcomes.append(SampleOutcome(corr, kind, index, found))
                except (ValueError, TypeError, pl.exceptions.PolarsError) as exc:
                    outcomes.append(SampleOutcome(corr, kind, index, False, str(exc).splitlines()[0]))
    return outcomes


def rule_defaults(rule: PackRule) -> dict[str, str]:
    """``source``/``event_kind`` of the rule's log source, for samples that leave them out."""
    scope = dict(rule.compiled[0].scope or ()) if rule.compiled else {}
    defaults = {column: (value[:-1] + "chat" if value.endswith("*") else value) for column, value in scope.items()}
    defaults.setdefault("source", "openai_gateway")  # LLM events come from any LLM collector
    return defaults
