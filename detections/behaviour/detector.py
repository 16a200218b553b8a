"""The behaviour detector: anomalous identity-windows as findings, with their drivers."""

from __future__ import annotations

from collections.abc import Callable, Sequence

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
    ):
        self.model = model
        self.window = window
        self.embedder = embedder
        self.baseline_fraction = baseline_fraction

    def detect(self, events: pl.DataFrame) -> pl.DataFrame:
        if events.height == 0 or "ts" not in events.columns:
            return empty_findings()
        model, scored_events = self.model, events
        if model is None and self.baseline_fraction is None:
            features, history = window_features(events, window=self.window, embedder=self.embedder)
            model = fit(features, history)
            scored = model.score(features)
            return self._findings(scored, model)
        if model is None:
            start, end = events["ts"].min(), events["ts"].max()
            if start is None:
                return empty_findings()
            cut = start + (end - start) * self.baseline_fraction
            baseline = events.filter(pl.col("ts") < cut)
            features, history = window_features(baseline, window=self.window, embedder=self.embedder)
            model = fit(features, history)
            scored_events = events.filter(pl.col("ts") >= cut)
        features, _ = window_features(scored_events, window=self.window, embedder=self.embedder, history=model.history)
        return self._findings(model.score(features), model)

    def _findings(self, scored: pl.DataFrame, model: BehaviourModel) -> pl.DataFrame:
        scored = scored.filter(pl.col("is_anomaly"))
        rows = []
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
