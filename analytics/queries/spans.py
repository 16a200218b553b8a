"""Where in an evidence event an alert's rule matched, for highlighting on the alert page.

Alerts keep evidence event ids, not spans, so the spans are found again on the few evidence
events: the leakage detector is re-run and its findings of the alert's rule kept; for a Sigma
rule, the literal strings of its detection are looked up (case-insensitively, as Sigma
matches) in the event's text fields. Similarity and behaviour alerts are about a whole prompt or
a window of events and get no span.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

import polars as pl
from sigma.types import SigmaString

from aisoc.analytics.access.masking import TEXT_FIELDS
from aisoc.detections.leakage import LeakageDetector
from aisoc.detections.rulepack import RULES_DIR, RulePack, load_pack

__all__ = ["Span", "alert_spans", "packaged_pack"]

_MIN_LITERAL = 3
_MAX_SPANS = 50  # per event field: enough to see the pattern, bounded for a huge prompt


@dataclass(frozen=True)
class Span:
    event_id: str
    field: str
    start: int
    end: int


@lru_cache(maxsize=1)
def packaged_pack() -> RulePack:
    """The packaged Sigma rule pack, compiled once per process (the rules page uses it too)."""
    return load_pack([RULES_DIR])


@lru_cache(maxsize=1)
def _literals_by_rule() -> dict[str, tuple[str, ...]]:
    found: dict[str, tuple[str, ...]] = {}
    for packed in packaged_pack().rules:
        literals: set[str] = set()
        for detection in packed.rule.detection.detections.values():
            for item in _items(detection):
                for value in getattr(item, "value", ()):
                    if isinstance(value, SigmaString):
                        literals.update(p for p in value.s if isinstance(p, str) and len(p.strip()) >= _MIN_LITERAL)
        found[packed.id] = tuple(sorted(literals, key=len, reverse=True))
    return found


def _items(detection):
    for item in getattr(detection, "detection_items", ()):
        if hasattr(item, "detection_items"):
            yield from _items(item)
        else:
            yield item


def alert_spans(detector: str, rule_id: str, events: pl.DataFrame) -> list[Span]:
    """Spans in ``events`` (text as stored) where the rule matched."""
    if events.height == 0:
        return []
    if detector == "leakage":
        findings = (
            LeakageDetector().detect(events).filter((pl.col("rule_id") == rule_id) & pl.col("span_start").is_not_null())
        )
        return [
            Span(r["event_ids"][0], r["field"], r["span_start"], r["span_end"]) for r in findings.iter_rows(named=True)
        ]
    if detector != "sigma":
        return []
    literals = _literals_by_rule().get(rule_id)
    if not literals:
        return []
    pattern = re.compile("|".join(re.escape(s) for s in literals), re.IGNORECASE)
    spans = []
    fields = [f for f in TEXT_FIELDS if f in events.columns]
    for row in events.select("event_id", *fields).iter_rows(named=True):
        for name in fields:
            text = row[name]
            if isinstance(text, str):
                for i, m in enumerate(pattern.finditer(text)):
                    if i >= _MAX_SPANS:
                        break
                    spans.append(Span(row["event_id"], name, m.start(), m.end()))
    return spans
