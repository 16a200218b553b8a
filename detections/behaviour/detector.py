"""The behaviour detector: anomalous identity-windows as findings, with their drivers."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import datetime
from typing import Any

import numpy as np
import polars as pl

from aisoc.detections.behaviour.features import window_features
from aisoc.detections.behaviour.model import BehaviourModel, fit
from aisoc.detections.findings import empty_findings, findings_frame

__all__ = ["BehaviourDetector"]

# The driver that leads names the finding.
_LABELS = {
    "requests": "rate_anomaly",
    "interarrival_cv": "scripted_client",
    "new_source": "new_source",
    "new_hour": "unusual_hour",
    "tokens_in": "token_spike",
    "tokens_out_mean": "token_spike",
    "refusal_rate": "refusal_spike",
    "error_rate": "error_spike",
    "distinct_prompts": "extraction_pattern",
    "diversity": "extraction_pattern",
    "models": "model_sweep",
    "sources": "new_source",
}


class BehaviourDetector:
    """With a fitted ``model``, scores every window of ``events`` against it. Without one, the
    events are their own baseline: fitted on the earliest ``baseline_fraction`` of their time span
    and scoring the rest — or, by default (None), fitted on all of them and scoring all (a
    retro-hunt: the rare windows stand out from the many), novelty judged against the identity's
    other windows."""

    id = "behaviour"

    def __init__(
        self,
        model: BehaviourModel | None = None,
        *,
        window: str = "1h",
        embedder: Callable[[Sequence[str]], np.ndarray] | None = None,
        baseline_fraction: float | None = None,
    ) -> None:
        self.model = model
        self.window = window
        self.embedder = embedder
        self.baseline_fraction = baseline_fraction

    def detect(self, events: pl.DataFrame) -> pl.DataFrame:
        if events.height == 0 or "ts" not in events.columns:
            return empty_findings()
        if self.model is not None:
            model, scored_events = self.model, events
        elif self.baseline_fraction is None:
            features, history = window_features(events, window=self.window, embedder=self.embedder)
            model = fit(features, history)
            return self._findings(model.score(features), model)
        else:
            split = _split_at_fraction(events, self.baseline_fraction)
            if split is None:
                return empty_findings()
            baseline, scored_events = split
            features, history = window_features(baseline, window=self.window, embedder=self.embedder)
            model = fit(features, history)
        features, _ = window_features(scored_events, window=self.window, embedder=self.embedder, history=model.history)
        return self._findings(model.score(features), model)

    def _findings(self, scored: pl.DataFrame, model: BehaviourModel) -> pl.DataFrame:
        scored = scored.filter(pl.col("is_anomaly"))
        rows: list[dict[str, Any]] = []
        for row in scored.iter_rows(named=True):
            lead = row["drivers"][0].split("=", 1)[0] if row["drivers"] else "requests"
            label = _LABELS.get(lead, "rate_anomaly")
            start = row["window_start"]
            rows.append(
                {
                    "event_ids": row["event_ids"],
                    "detector": self.id,
                    "rule_id": f"behaviour.{label}",
                    "label": label,
                    "score": row["score"],
                    "entity": row["entity"],
                    "explanation": (
                        f"{row['entity']} in the {self.window} window from {start:%Y-%m-%d %H:%M} UTC "
                        f"({int(row['requests'])} requests) is unusual"
                        f"{' (cold start: no baseline to compare with)' if model.cold else ''}: "
                        + "; ".join(row["drivers"])
                        + "."
                    ),
                }
            )
        return findings_frame(rows) if rows else empty_findings()


def _split_at_fraction(events: pl.DataFrame, fraction: float) -> tuple[pl.DataFrame, pl.DataFrame] | None:
    """(the events before ``fraction`` of their time span, the rest); None when no event has a time."""
    start, end = events["ts"].min(), events["ts"].max()
    # ts is a Datetime column (the event contract): datetimes, or None when all are null.
    if not isinstance(start, datetime) or not isinstance(end, datetime):
        return None
    cut = start + (end - start) * fraction
    return events.filter(pl.col("ts") < cut), events.filter(pl.col("ts") >= cut)
