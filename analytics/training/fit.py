"""Fitting a ``TextClassifier``: the linear model, its temperature, and its operating points.

* **Fit.** Multinomial logistic regression (``lbfgs``, seeded, samples in a fixed order) on
  hashed n-grams of the normalised text; classes are weighted so a small class still counts.
* **Calibration.** A held-out share of the training samples (seeded) is kept out of the fit;
  the temperature that minimises their log-loss turns the model's scores into probabilities.
* **Operating points.** ``tiers_for`` picks, on calibration texts scored exactly as the
  detector scores them (``score_texts``: windows and decoded segments), the lowest score at which
  each benign set stays under its false-positive budget (``low``), and stricter points for
  ``medium`` and ``high``.
"""

from __future__ import annotations

import hashlib
from collections.abc import Mapping, Sequence

import numpy as np
from sklearn.linear_model import LogisticRegression

from aisoc.analytics.training.samples import Sample
from aisoc.detections.classifier import FeatureSettings, TextClassifier
from aisoc.detections.classifier.model import featurize
from aisoc.detections.classifier.scoring import score_texts
from aisoc.detections.normalize import normalize

__all__ = ["fit_classifier", "held_out", "fit_temperature", "tiers_for", "TIER_BUDGETS"]

# Tier → the share of each benign calibration set it may flag.
TIER_BUDGETS = {"high": 0.0025, "medium": 0.01}


def held_out(sample: Sample, seed: int, share: float = 0.1) -> bool:
    digest = hashlib.sha256(f"{seed}:{sample.label}:{sample.text}".encode("utf-8", "surrogatepass")).digest()
    return int.from_bytes(digest[:4], "big") / 2**32 < share


def _order(samples: Sequence[Sample]) -> list[Sample]:
    # A fixed order whatever order the parts were read in: lbfgs is deterministic given its input.
    return sorted(
        samples, key=lambda s: hashlib.sha256(f"{s.label}\t{s.text}".encode("utf-8", "surrogatepass")).digest()
    )


def fit_classifier(
    samples: Sequence[Sample],
    classes: Sequence[str],
    attack_classes: Sequence[str],
    *,
    settings: FeatureSettings = FeatureSettings(),
    c: float = 8.0,
    max_iter: int = 400,
) -> TextClassifier:
    ordered = _order([s for s in samples if s.label in classes])
    texts = [normalize(s.text).text for s in ordered]
    labels = np.array([classes.index(s.label) for s in ordered])
    missing = [name for i, name in enumerate(classes) if not (labels == i).any()]
    if missing:
        raise ValueError(f"no training samples of class {', '.join(missing)}")
    counts = np.bincount(labels, minlength=len(classes))
    weights = (len(labels) / (len(classes) * counts))[labels]
    model = LogisticRegression(C=c, max_iter=max_iter, tol=1e-5, solver="lbfgs")
    model.fit(featurize(texts, settings), labels, sample_weight=weights)
    coef, intercept = model.coef_, model.intercept_
    if coef.shape[0] == 1:  # two classes: sklearn keeps one row (class 1 against 0); softmax wants both
        coef = np.vstack([np.zeros_like(coef), coef])
        intercept = np.concatenate([[0.0], intercept])
    return TextClassifier(
        tuple(classes), tuple(attack_classes), coef.astype(np.float16), intercept.astype(np.float32), settings
    )


def fit_temperature(model: TextClassifier, samples: Sequence[Sample]) -> float:
    """The temperature (0.25–4) that minimises the log-loss of ``samples``."""
    known = [s for s in samples if s.label in model.classes]
    if not known:
        return 1.0
    saved = model.temperature
    labels = np.array([model.classes.index(s.label) for s in known])
    best = (float("inf"), 1.0)
    texts = [normalize(s.text).text for s in known]
    for temperature in np.round(np.arange(0.25, 4.01, 0.05), 2):
        model.temperature = float(temperature)
        p = model.probabilities(texts)[np.arange(len(labels)), labels]
        loss = float(-np.log(np.clip(p, 1e-9, 1.0)).mean())
        best = min(best, (loss, float(temperature)))
    model.temperature = saved
    return best[1]


def tiers_for(
    model: TextClassifier,
    benign_sets: Mapping[str, Sequence[str]],
    budgets: Mapping[str, float],
    floor: Mapping[str, float] | None = None,
) -> tuple[dict[str, float], dict[str, dict[str, float]]]:
    """``low`` from ``budgets`` (each benign set's own budget), ``medium`` and ``high`` from
    ``TIER_BUDGETS``, none below its ``floor``; with the false-positive rate each tier gives on
    each set."""
    floor = floor or {}
    scores = {name: np.array([v.score for v in score_texts(model, texts)]) for name, texts in benign_sets.items()}
    tiers = {"low": max([floor.get("low", 0.0), *(_point(scores[name], budgets.get(name, 0.02)) for name in scores)])}
    for tier, budget in TIER_BUDGETS.items():
        tiers[tier] = max([tiers["low"], floor.get(tier, 0.0), *(_point(s, budget) for s in scores.values())])
    rates = {
        tier: {name: round(float((s >= point).mean()), 4) for name, s in scores.items()}
        for tier, point in tiers.items()
    }
    return tiers, rates


def _point(scores: np.ndarray, budget: float) -> float:
    """The lowest threshold that flags at most ``budget`` of ``scores`` (a score flags when ≥)."""
    allowed = int(np.floor(budget * len(scores)))
    ranked = np.sort(scores)[::-1]
    if allowed >= len(ranked):
        return 0.0
    # rounded up to the 6 decimals the model file keeps, so the stored point flags no more
    return float(np.ceil(ranked[allowed] * 1e6 + 1e-9) / 1e6) if len(ranked) else 0.5
