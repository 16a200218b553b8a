"""Building small event frames and running rules over them, for detection tests."""

from __future__ import annotations

from typing import Any

import orjson
import polars as pl
from sigma.collection import SigmaCollection

from detections.sigma.compile import compile_rule
from detections.sigma.engine import evaluate
from ingest.schema import POLARS_SCHEMA


def frame(events: list[dict[str, Any]]) -> pl.DataFrame:
    """Events as a contract frame: ``event_id`` is the list index, ``raw`` may be a mapping."""
    rows = []
    for index, event in enumerate(events):
        row = {name: None for name in POLARS_SCHEMA}
        row.update(event)
        row["event_id"] = str(index)
        if isinstance(row.get("raw"), (dict, list)):
            row["raw"] = orjson.dumps(row["raw"]).decode()
        rows.append(row)
    return pl.DataFrame(rows, schema={**POLARS_SCHEMA, "ts": pl.Datetime("us", "UTC")})


def matched(rule_yaml: str, events: list[dict[str, Any]]) -> set[int]:
    """Indices of the events the rule matches."""
    rules = [c for r in SigmaCollection.from_yaml(rule_yaml).rules for c in compile_rule(r)]
    result = evaluate(rules, frame(events))
    return {int(e) for e in result["event_id"]}
