"""Running the detectors over an evaluation corpus: what ``aisoc eval`` prints.

Tasks and what is scored:

* ``injection`` — each item's text as a prompt. Side by side: ``scan`` (what ``aisoc scan``
  flags: any Sigma or similarity finding on the prompt), ``similarity`` (the two-stage detector
  at its calibrated threshold), ``minilm`` (the same with every text sent to MiniLM: the
  reference the first stage is measured against) and ``keyword`` (a plain trigger-phrase
  baseline). Thresholds are the committed 2%-false-positive operating points
  (``detections/similarity/thresholds.json``), calibrated on the tuning halves only.
* ``secrets`` — an item is flagged when the leakage detector finds a secret in it.
* ``leak`` — an item is flagged when the leakage detector finds anything in it (PII, a secret).
* ``pii`` — character spans by entity type.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field

import polars as pl

from detections.leakage.pii import find_pii
from detections.leakage.secrets import find_secrets
from detections.sigma.detector import SigmaDetector
from detections.similarity import SimilarityDetector

from .baseline import keyword_score
from .corpus import Item, Span
from .metrics import binary_report, recall_by_group, span_report

__all__ = ["InjectionScorers", "injection_scores", "injection_report", "secrets_report", "pii_report",
           "leak_report", "TASKS"]

TASKS = ("injection", "pii", "secrets", "leak")


@dataclass
class InjectionScorers:
    two_stage: SimilarityDetector
    single_stage: SimilarityDetector | None
    sigma: SigmaDetector | None
    keyword_threshold: float


@dataclass
class Scores:
    flags: dict[str, list[bool]] = field(default_factory=dict)  # scorer → flagged per item


def injection_scores(items: Sequence[Item], scorers: InjectionScorers) -> Scores:
    texts = [item.text for item in items]
    scores = Scores()
    flag = scorers.two_stage.thresholds.flag
    scores.flags["similarity"] = [s.score >= flag for s in scorers.two_stage.score_texts(texts)]
    if scorers.single_stage is not None:
        scores.flags["minilm"] = [s.score >= flag for s in scorers.single_stage.score_texts(texts)]
    scores.flags["keyword"] = [keyword_score(t) >= scorers.keyword_threshold for t in texts]
    frame = pl.DataFrame({"event_id": [str(i) for i in range(len(texts))], "prompt": texts,
                          "event_kind": ["llm.chat"] * len(texts), "source": ["scan"] * len(texts)})
    found: set[str] = set()
    # scan runs MiniLM alone unless told otherwise (docs/similarity.md)
    for detector in (scorers.single_stage or scorers.two_stage, scorers.sigma):
        if detector is not None:
            hits = detector.detect(frame)
            found.update(hits["event_ids"].list.first().to_list())
    scores.flags["scan"] = [str(i) in found for i in range(len(texts))]
    return scores


def injection_report(items: Sequence[Item], scores: Scores) -> dict:
    """Per scorer: the binary report at its operating point (labelled items) or the flag rate,
    and recall per group (technique) over the positive items."""
    labels = [item.label for item in items]
    groups = [item.group or "all" for item in items]
    report: dict = {"items": len(items), "positives": sum(bool(x) for x in labels), "scorers": {}}
    for name, flags in scores.flags.items():
        binary = binary_report([1.0 if f else 0.0 for f in flags], [bool(x) for x in labels], 0.5)
        entry = {"overall": binary}
        positives = [i for i, x in enumerate(labels) if x]
        if positives and any(item.group for item in items):
            entry["by_group"] = recall_by_group([1.0 if flags[i] else 0.0 for i in positives],
                                                [groups[i] for i in positives], 0.5)
        report["scorers"][name] = entry
    return report


def secrets_report(items: Sequence[Item]) -> dict:
    return _flag_report(items, [bool(find_secrets(item.text)) for item in items])


def leak_report(items: Sequence[Item]) -> dict:
    return _flag_report(items, [bool(find_secrets(item.text) or find_pii(item.text)) for item in items])


def _flag_report(items: Sequence[Item], flags: list[bool]) -> dict:
    labels = [bool(item.label) for item in items]
    report = {"items": len(items), "positives": sum(labels),
              "scorers": {"leakage": {"overall": binary_report([float(f) for f in flags], labels, 0.5)}}}
    if any(item.group for item in items):
        positives = [i for i, x in enumerate(labels) if x]
        report["scorers"]["leakage"]["by_group"] = recall_by_group(
            [float(flags[i]) for i in positives], [items[i].group or "all" for i in positives], 0.5)
    return report


def pii_report(items: Sequence[Item], entity_map: dict[str, str] | None = None) -> dict:
    predicted = [[Span(m.kind, m.start, m.end) for m in find_pii(item.text)] for item in items]
    gold = [list(item.spans) for item in items]
    return {"items": len(items), "entities": span_report(predicted, gold, entity_map)}
