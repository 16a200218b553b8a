"""Trained content classifiers: prompt attacks (injection, jailbreak, system-prompt extraction)
and responses that disclose their instructions.

Public API: ``TextClassifier`` (``model.py``: hashed n-grams, a linear model, arrays plus JSON
on disk), ``prompt_model()`` / ``response_model()`` (the shipped weights, loaded once),
``ClassifierDetector`` (``detector.py``). Exceptions: ``ClassifierError``.
"""

from __future__ import annotations

import functools
from pathlib import Path

from aisoc.detections.classifier.detector import ClassifierDetector
from aisoc.detections.classifier.model import ClassifierError, FeatureSettings, TextClassifier
from aisoc.detections.classifier.scoring import Verdict, score_texts

__all__ = [
    "TextClassifier",
    "FeatureSettings",
    "ClassifierError",
    "ClassifierDetector",
    "Verdict",
    "score_texts",
    "prompt_model",
    "response_model",
    "WEIGHTS_DIR",
]

WEIGHTS_DIR = Path(__file__).parent / "weights"


@functools.lru_cache(maxsize=1)
def prompt_model() -> TextClassifier:
    return TextClassifier.load(WEIGHTS_DIR, "prompt")


@functools.lru_cache(maxsize=1)
def response_model() -> TextClassifier:
    return TextClassifier.load(WEIGHTS_DIR, "response")
