"""ECOD and IForest over window features, fitted on a baseline, persisted with a version.

Features are log-scaled where they count things and then robust-scaled against the baseline
(median, interquartile range), so one model serves identities of very different volume. Each
model's raw score is turned into its rank among the baseline's scores; a window's score is the
mean of the two ranks, and it is an anomaly when that reaches ``threshold`` (a little less with
two drivers or more) and at least one feature sits ``DRIVER_Z`` robust deviations from the
baseline median — those features are the drivers the alert names.

Cold start: with fewer than ``MIN_BASELINE`` baseline windows there is nothing to learn a
"normal" from; the model then flags only on the drivers rule, with a stricter bar.
"""

from __future__ import annotations

import hashlib
import io
import pickle
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np
import polars as pl

from ingest.atomic import write_atomic

from .features import FEATURES, History

__all__ = ["BehaviourModel", "BehaviourError", "fit", "MODEL_FORMAT", "MIN_BASELINE", "DRIVER_Z"]

MODEL_FORMAT = 1
MIN_BASELINE = 50
DRIVER_Z = 4.0
_COLD_Z = 8.0
_TWO_DRIVER_EASE = 0.03
_LOG = {"requests", "tokens_in", "tokens_out_mean", "models", "sources"}
# Features whose low values are the suspicious side (a script's regular cadence).
_LOW_IS_ODD = {"interarrival_cv"}


class BehaviourError(Exception):
    """A behaviour model that cannot be used (one-line message)."""


def _matrix(features: pl.DataFrame) -> np.ndarray:
    columns = [np.log1p(features[f].to_numpy()) if f in _LOG else features[f].to_numpy() for f in FEATURES]
    return np.nan_to_num(np.column_stack(columns).astype(np.float64)) if len(features) else np.zeros((0, len(FEATURES)))


@dataclass
class BehaviourModel:
    median: np.ndarray
    scale: np.ndarray
    raw_median: np.ndarray
    history: History
    ecod: object | None = None
    iforest: object | None = None
    baseline_ecod: np.ndarray = field(default_factory=lambda: np.zeros(0))
    baseline_iforest: np.ndarray = field(default_factory=lambda: np.zeros(0))
    threshold: float = 0.99
    windows: int = 0

    @property
    def cold(self) -> bool:
        return self.ecod is None

    def score(self, features: pl.DataFrame) -> pl.DataFrame:
        """``features`` plus ``score`` (0–1), ``is_anomaly`` and ``drivers`` (list of text)."""
        x = _matrix(features)
        z = (x - self.median) / self.scale
        if self.cold or len(x) == 0:
            combined = np.zeros(len(x))
        else:
            ecod = np.searchsorted(self.baseline_ecod, self.ecod.decision_function(z), side="right") / len(self.baseline_ecod)
            forest = np.searchsorted(self.baseline_iforest, self.iforest.decision_function(z), side="right") / len(self.baseline_iforest)
            combined = (ecod + forest) / 2
        drivers, anomalies, scores = [], [], []
        raw = features.select(FEATURES).to_numpy() if len(features) else np.zeros((0, len(FEATURES)))
        for row in range(len(x)):
            odd = [(abs(z[row, j]), j) for j in range(len(FEATURES))
                   if (z[row, j] <= -DRIVER_Z if FEATURES[j] in _LOW_IS_ODD else z[row, j] >= DRIVER_Z)]
            odd.sort(reverse=True)
            names = [f"{FEATURES[j]}={raw[row, j]:.3g} (baseline median {self.raw_median[j]:.3g})" for _, j in odd[:4]]
            if self.cold:
                strong = [v for v, _ in odd if v >= _COLD_Z]
                anomaly = bool(strong)
                score = min(1.0, 0.5 + 0.05 * max(strong, default=0.0)) if anomaly else 0.0
            else:
                # Two independent drivers (a new source at a new hour) need a little less rank.
                bar = self.threshold - (_TWO_DRIVER_EASE if len(odd) >= 2 else 0.0)
                anomaly = combined[row] >= bar and bool(odd)
                score = float(combined[row])
            drivers.append(names)
            anomalies.append(anomaly)
            scores.append(round(score, 4))
        return features.with_columns(pl.Series("score", scores, dtype=pl.Float64),
                                     pl.Series("is_anomaly", anomalies, dtype=pl.Boolean),
                                     pl.Series("drivers", drivers, dtype=pl.List(pl.String)))

    def save(self, path: Path) -> None:
        payload = pickle.dumps({"format": MODEL_FORMAT, "features": FEATURES, "model": self})
        write_atomic(path, lambda handle: handle.write(payload))
        digest = (hashlib.sha256(payload).hexdigest() + "\n").encode()
        write_atomic(path.with_suffix(path.suffix + ".sha256"), lambda handle: handle.write(digest))

    @classmethod
    def load(cls, path: Path) -> BehaviourModel:
        try:
            payload = path.read_bytes()
            expected = path.with_suffix(path.suffix + ".sha256").read_text().strip()
        except OSError as exc:
            raise BehaviourError(f"{path}: cannot read the behaviour model ({exc.strerror or exc})") from exc
        if hashlib.sha256(payload).hexdigest() != expected:
            raise BehaviourError(f"{path}: digest mismatch, refusing to load (the file was changed)")
        try:
            data = _Restricted(io.BytesIO(payload)).load()  # our own file, digest-checked
        except (pickle.UnpicklingError, EOFError, AttributeError, ImportError, TypeError) as exc:
            raise BehaviourError(f"{path}: not a behaviour model ({exc})") from exc
        if not isinstance(data, dict):
            raise BehaviourError(f"{path}: not a behaviour model")
        if data.get("format") != MODEL_FORMAT or tuple(data.get("features", ())) != FEATURES:
            raise BehaviourError(f"{path}: behaviour model format {data.get('format')}, expected {MODEL_FORMAT}; refit it")
        return data["model"]


class _Restricted(pickle.Unpickler):
    """Only the classes a behaviour model is made of: no builtins, no callables from elsewhere."""

    _EXACT = {("numpy", "dtype"), ("numpy", "ndarray"), ("numpy._core.multiarray", "_reconstruct"),
              ("numpy._core.multiarray", "scalar"), ("numpy.core.multiarray", "_reconstruct"),
              ("numpy.core.multiarray", "scalar"), ("detections.behaviour.model", "BehaviourModel")}
    _PACKAGES = ("pyod.models.", "sklearn.ensemble.", "sklearn.tree.")

    def find_class(self, module: str, name: str):
        if (module, name) not in self._EXACT and not (module.startswith(self._PACKAGES) and name[:1].isupper()):
            raise BehaviourError(f"behaviour model refers to {module}.{name}: not allowed")
        return super().find_class(module, name)


def fit(features: pl.DataFrame, history: History, *, contamination: float = 0.01, seed: int = 0) -> BehaviourModel:
    """A model of ``features`` (the baseline windows); cold when there are too few of them."""
    x = _matrix(features)
    raw = features.select(FEATURES).to_numpy() if len(features) else np.zeros((0, len(FEATURES)))
    if len(x):
        median = np.median(x, axis=0)
        q75, q25 = np.percentile(x, [75, 25], axis=0)
        spread = np.maximum(q75 - q25, np.maximum(np.abs(median) * 0.1, 0.05))
        raw_median = np.median(raw, axis=0)
    else:
        median, spread, raw_median = np.zeros(len(FEATURES)), np.ones(len(FEATURES)), np.zeros(len(FEATURES))
    model = BehaviourModel(median, spread, raw_median, history, windows=len(x), threshold=1 - contamination)
    if len(x) < MIN_BASELINE:
        return model
    from pyod.models.ecod import ECOD
    from pyod.models.iforest import IForest

    z = (x - median) / spread
    model.ecod = ECOD(contamination=contamination).fit(z)
    model.iforest = IForest(contamination=contamination, random_state=seed, n_estimators=100).fit(z)
    model.baseline_ecod = np.sort(model.ecod.decision_function(z))
    model.baseline_iforest = np.sort(model.iforest.decision_function(z))
    return model
