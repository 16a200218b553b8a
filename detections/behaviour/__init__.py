"""Behaviour anomalies: per-identity time-window features, ECOD + IForest (PyOD), drivers.

Public API: ``BehaviourDetector``, ``window_features``, ``fit``, ``BehaviourModel`` (``save`` /
``load``), ``BehaviourError``, ``FEATURES``.
"""

from .detector import BehaviourDetector
from .features import FEATURES, window_features
from .model import BehaviourError, BehaviourModel, fit

__all__ = ["BehaviourDetector", "window_features", "fit", "BehaviourModel", "BehaviourError", "FEATURES"]
