"""Behaviour anomalies: per-identity time-window features, ECOD + IForest (PyOD), drivers.

Public API: ``BehaviourDetector``, ``window_features``, ``fit``, ``BehaviourModel`` (``save`` /
``load``), ``BehaviourError``, ``FEATURES``.
"""

from aisoc.detections.behaviour.detector import BehaviourDetector
from aisoc.detections.behaviour.features import FEATURES, window_features
from aisoc.detections.behaviour.model import BehaviourError, BehaviourModel, fit

__all__ = ["BehaviourDetector", "window_features", "fit", "BehaviourModel", "BehaviourError", "FEATURES"]
