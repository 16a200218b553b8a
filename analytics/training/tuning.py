"""The tuning halves of the evaluation corpora, cut once more: one part to fit, one to calibrate.

Only the committed **tuning** halves may influence a model (``analytics/evaluation/splits``).
A model fitted on a text cannot be calibrated on it, so each tuning half is split again by a
seeded hash of the item key: ``fit`` items join the training set, ``calibrate`` items set the
thresholds and choose between candidate models. The reported halves are never read here.
"""

from __future__ import annotations

import hashlib
from pathlib import Path

from aisoc.analytics.evaluation import half, load_preset
from aisoc.analytics.training.samples import Sample

__all__ = ["TUNING_PRESETS", "tuning_items", "fit_samples", "PART_SEED"]

PART_SEED = "20261207"
TUNING_PRESETS = ("cyberseceval", "mitre_frr", "notinject", "injecguard")
_LICENCE = {"cyberseceval": "MIT", "mitre_frr": "MIT", "notinject": "MIT", "injecguard": "MIT"}


def _part(key: str) -> str:
    return "fit" if int(hashlib.sha256(f"{PART_SEED}:{key}".encode()).hexdigest(), 16) % 2 == 0 else "calibrate"


def tuning_items(shared: Path, preset: str, part: str) -> list:
    """The items of ``preset``'s tuning half that fall in ``part`` (``fit`` or ``calibrate``)."""
    return [item for item in half(load_preset(preset, shared), preset, "tune") if _part(item.key) == part]


def fit_samples(shared: Path) -> dict[str, tuple[str, list[Sample]]]:
    """Per preset: its licence and the ``fit`` part of its tuning half as training samples."""
    parts = {}
    for preset in TUNING_PRESETS:
        samples = [
            Sample(
                item.text,
                "injection" if item.label else "benign",
                f"tune/{preset}",
                item.group or ("attack" if item.label else "benign"),
            )
            for item in tuning_items(shared, preset, "fit")
        ]
        parts[preset] = (_LICENCE[preset], samples)
    return parts
