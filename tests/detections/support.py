"""Running rules over small event lists, for detection tests."""

from __future__ import annotations

from typing import Any

from sigma.collection import SigmaCollection

from aisoc.detections.samples import sample_frame as frame
from aisoc.detections.sigma.compile import compile_rule
from aisoc.detections.sigma.engine import evaluate

__all__ = ["frame", "matched"]


def matched(rule_yaml: str, events: list[dict[str, Any]]) -> set[int]:
    """Indices of the events the rule matches."""
    rules = [c for r in SigmaCollection.from_yaml(rule_yaml).rules for c in compile_rule(r)]
    result = evaluate(rules, frame(events))
    return {int(e) for e in result["event_id"]}
