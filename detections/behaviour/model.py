"""ECOD and IForest over window features, fitted on a baseline, persisted with a version.

Features are log-scaled where they count things and then robust-scaled against the baseline
(median, interquartile range), so one model serves identities of very different volume. Each
model's raw score is turned into its rank among the baseline's scores; a window's score is the
mean of the two ranks, and it is an anomaly when that reaches ``threshold`` (a little less with
two drivers or more) and at least one feature sits ``DRIVER_Z`` robust deviations from the
baseline median — those features are the drivers the alert names.

Cold start: with fewer than ``MIN_BASELINE`` baseline windows there is nothing to learn a
"normal" from; the model then flags only on the drivers rule, with a stricter bar.

Stored models hold no code and no pickled objects: arrays (the scaling, the scaled baseline
windows, the baseline's scores) and JSON parameters in one ``.npz``, sealed with an HMAC under
the key outside the warehouse (``detections.sealed``). ECOD and IForest are refitted from the
baseline windows and the seed on load — both are deterministic — and the refit must reproduce
the stored baseline scores, so a loaded model scores exactly as the saved one did.
"""

from __future__ import annotations

import io
import json
import zipfile
from dataclasses import dataclass, field
from pathlib import Path
from typing import Protocol

import numpy as np
import polars as pl
from numpy.typing import NDArray

from aisoc.detections.behaviour.features import FEATURES, History
from aisoc.detections.sealed import read_sealed, write_sealed
from aisoc.ingest.kernel.errors import AisocError

__all__ = ["BehaviourModel", "BehaviourError", "OutlierScorer", "fit", "MODEL_FORMAT", "MIN_BASELINE", "DRIVER_Z"]

MODEL_FORMAT = 2  # 1 was a pickle: no longer read (refitted, with a warning)
MIN_BASELINE = 50
DRIVER_Z = 4.0
_COLD_Z = 8.0
_TWO_DRIVER_EASE = 0.03
_LOG = {"requests", "tokens_in", "tokens_out_mean", "models", "sources"}
# Features whose low values are the suspicious side (a script's regular cadence).
_LOW_IS_ODD = {"interarrival_cv"}
_PURPOSE = "behaviour-model"
_ARRAYS = ("median", "scale", "raw_median", "baseline", "baseline_ecod", "baseline_iforest")
_IFOREST_TREES = 100


class BehaviourError(AisocError):
    """A behaviour model that cannot be used (one-line message)."""


class OutlierScorer(Protocol):
    """What the model needs of a fitted PyOD detector (PyOD ships no type hints)."""

    def decision_function(self, x: NDArray[np.float64]) -> NDArray[np.float64]: ...


def _matrix(features: pl.DataFrame) -> NDArray[np.float64]:
    columns = [np.log1p(features[f].to_numpy()) if f in _LOG else features[f].to_numpy() for f in FEATURES]
    return np.nan_to_num(np.column_stack(columns).astype(np.float64)) if len(features) else np.zeros((0, len(FEATURES)))


@dataclass
class BehaviourModel:
    median: NDArray[np.float64]
    scale: NDArray[np.float64]
    raw_median: NDArray[np.float64]
    history: History
    ecod: OutlierScorer | None = None
    iforest: OutlierScorer | None = None
    baseline_ecod: NDArray[np.float64] = field(default_factory=lambda: np.zeros(0))
    baseline_iforest: NDArray[np.float64] = field(default_factory=lambda: np.zeros(0))
    threshold: float = 0.99
    windows: int = 0
    # The scaled baseline windows and the seed ECOD and IForest are (re)fitted from.
    baseline: NDArray[np.float64] = field(default_factory=lambda: np.zeros((0, len(FEATURES))))
    contamination: float = 0.01
    seed: int = 0

    @property
    def cold(self) -> bool:
        return self.ecod is None

    def score(self, features: pl.DataFrame) -> pl.DataFrame:
        """``features`` plus ``score`` (0–1), ``is_anomaly`` and ``drivers`` (list of text)."""
        x = _matrix(features)
        z = (x - self.median) / self.scale
        # A warm model has both detectors (fit and load set them together); cold has neither.
        if self.ecod is None or self.iforest is None or len(x) == 0:
            combined = np.zeros(len(x))
        else:
            ecod = np.searchsorted(self.baseline_ecod, self.ecod.decision_function(z), side="right") / len(
                self.baseline_ecod
            )
            forest = np.searchsorted(self.baseline_iforest, self.iforest.decision_function(z), side="right") / len(
                self.baseline_iforest
            )
            combined = (ecod + forest) / 2
        drivers, anomalies, scores = [], [], []
        raw = features.select(FEATURES).to_numpy() if len(features) else np.zeros((0, len(FEATURES)))
        for row in range(len(x)):
            odd = [
                (abs(z[row, j]), j)
                for j in range(len(FEATURES))
                if (z[row, j] <= -DRIVER_Z if FEATURES[j] in _LOW_IS_ODD else z[row, j] >= DRIVER_Z)
            ]
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
        return features.with_columns(
            pl.Series("score", scores, dtype=pl.Float64),
            pl.Series("is_anomaly", anomalies, dtype=pl.Boolean),
            pl.Series("drivers", drivers, dtype=pl.List(pl.String)),
        )

    def save(self, path: Path) -> None:
        """Arrays and JSON parameters in one sealed ``.npz`` (see the module docstring)."""
        meta = {
            "format": MODEL_FORMAT,
            "features": list(FEATURES),
            "threshold": self.threshold,
            "windows": self.windows,
            "contamination": self.contamination,
            "seed": self.seed,
            "cold": self.cold,
            "history": sorted([entity, pair] for entity, pair in self.history),
        }
        buffer = io.BytesIO()
        np.savez(buffer, meta=np.array(json.dumps(meta)), **{name: getattr(self, name) for name in _ARRAYS})
        # Bound to the file name (the day): another day's genuine model is not accepted in its place.
        write_sealed(path, _PURPOSE, buffer.getvalue(), binding=path.name)
        # Format 1 kept an unkeyed digest beside the model; it authenticates nothing.
        path.with_suffix(path.suffix + ".sha256").unlink(missing_ok=True)

    @classmethod
    def load(cls, path: Path) -> BehaviourModel:
        """The model saved at ``path``. A file that is not sealed by this installation's key (a
        planted or changed file, or a format-1 pickle) is never parsed: TamperWarning, then
        BehaviourError, and the caller fits a new one."""
        if not path.is_file():
            raise BehaviourError(f"{path}: no behaviour model there", path=path)
        payload = read_sealed(path, _PURPOSE, binding=path.name, what="behaviour model")
        if payload is None:
            raise BehaviourError(f"{path}: behaviour model not authenticated; refit it", path=path)
        try:
            with np.load(io.BytesIO(payload), allow_pickle=False) as data:
                meta = json.loads(str(data["meta"]))
                arrays = {name: np.asarray(data[name], dtype=np.float64) for name in _ARRAYS}
        except (OSError, ValueError, KeyError, zipfile.BadZipFile) as exc:
            raise BehaviourError(f"{path}: not a behaviour model ({exc})", path=path) from exc
        if (
            not isinstance(meta, dict)
            or meta.get("format") != MODEL_FORMAT
            or tuple(meta.get("features", ())) != FEATURES
        ):
            found = meta.get("format") if isinstance(meta, dict) else None
            raise BehaviourError(
                f"{path}: behaviour model format {found}, expected {MODEL_FORMAT}; refit it", path=path
            )
        model = cls(
            arrays["median"],
            arrays["scale"],
            arrays["raw_median"],
            frozenset((entity, pair) for entity, pair in meta["history"]),
            baseline_ecod=arrays["baseline_ecod"],
            baseline_iforest=arrays["baseline_iforest"],
            threshold=float(meta["threshold"]),
            windows=int(meta["windows"]),
            baseline=arrays["baseline"],
            contamination=float(meta["contamination"]),
            seed=int(meta["seed"]),
        )
        if not meta["cold"]:
            _refit(model, path)
        return model


def _fit_detectors(z: NDArray[np.float64], contamination: float, seed: int) -> tuple[OutlierScorer, OutlierScorer]:
    from pyod.models.ecod import ECOD
    from pyod.models.iforest import IForest

    ecod = ECOD(contamination=contamination).fit(z)
    iforest = IForest(contamination=contamination, random_state=seed, n_estimators=_IFOREST_TREES).fit(z)
    return ecod, iforest


def _refit(model: BehaviourModel, path: Path) -> None:
    """ECOD and IForest again from the stored baseline; they must give the stored baseline scores
    (another PyOD or scikit-learn may not: then the model is fitted anew from the warehouse)."""
    if len(model.baseline) < MIN_BASELINE:
        raise BehaviourError(
            f"{path}: behaviour model holds {len(model.baseline)} baseline windows; refit it", path=path
        )
    ecod, iforest = _fit_detectors(model.baseline, model.contamination, model.seed)
    model.ecod, model.iforest = ecod, iforest
    for stored, detector in ((model.baseline_ecod, ecod), (model.baseline_iforest, iforest)):
        again = np.sort(detector.decision_function(model.baseline))
        if stored.shape != again.shape or not np.allclose(stored, again, rtol=1e-9, atol=1e-12):
            raise BehaviourError(
                f"{path}: refitting the behaviour model does not reproduce its scores (libraries changed?); refit it"
            )


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
    model = BehaviourModel(
        median,
        spread,
        raw_median,
        history,
        windows=len(x),
        threshold=1 - contamination,
        contamination=contamination,
        seed=seed,
    )
    if len(x) < MIN_BASELINE:
        return model
    z = (x - median) / spread
    model.baseline = z
    ecod, iforest = _fit_detectors(z, contamination, seed)
    model.ecod, model.iforest = ecod, iforest
    model.baseline_ecod = np.sort(ecod.decision_function(z))
    model.baseline_iforest = np.sort(iforest.decision_function(z))
    return model
