"""Measuring the detectors on labelled corpora: loading, committed 50/50 splits, metrics, the
keyword baseline, and the runs ``aisoc eval`` prints.

Exceptions: ``EvaluationError`` (one-line message) for unusable corpora, splits and options.
"""

from aisoc.analytics.evaluation.corpus import PRESETS, EvaluationError, Item, Span, load_items, load_preset
from aisoc.analytics.evaluation.splits import half

__all__ = ["PRESETS", "EvaluationError", "Item", "Span", "load_items", "load_preset", "half"]
