"""Scoring: binary reports, thresholds at a fixed false-positive rate, spans by entity type."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Mapping, Sequence

from aisoc.analytics.evaluation.corpus import Span

__all__ = ["binary_report", "threshold_at_fpr", "recall_by_group", "span_report"]


def _ratio(a: float, b: float) -> float | None:
    return round(a / b, 4) if b else None


def binary_report(scores: Sequence[float], labels: Sequence[bool], threshold: float) -> dict:
    """Counts and rates when ``score >= threshold`` flags an item."""
    tp = fp = tn = fn = 0
    for score, label in zip(scores, labels, strict=True):
        flagged = score >= threshold
        if label:
            tp, fn = tp + flagged, fn + (not flagged)
        else:
            fp, tn = fp + flagged, tn + (not flagged)
    precision, recall = _ratio(tp, tp + fp), _ratio(tp, tp + fn)
    f1 = (
        round(2 * precision * recall / (precision + recall), 4)
        if precision and recall
        else (0.0 if precision is not None and recall is not None else None)
    )
    return {
        "n": tp + fp + tn + fn,
        "tp": tp,
        "fp": fp,
        "tn": tn,
        "fn": fn,
        "precision": precision,
        "recall": recall,
        "f1": f1,
        "fpr": _ratio(fp, fp + tn),
    }


def threshold_at_fpr(benign_scores: Sequence[float], fpr: float = 0.02) -> float:
    """The lowest threshold at which at most ``fpr`` of ``benign_scores`` are flagged
    (flagged: ``score >= threshold``; a tie at the threshold flags every tied item)."""
    if not benign_scores:
        raise ValueError("no benign scores to set a threshold on")
    ordered = sorted(benign_scores, reverse=True)
    allowed = int(fpr * len(ordered))  # how many benign items may be flagged
    if allowed >= len(ordered):
        return ordered[-1]
    # Just above the (allowed+1)-th highest score, so that item and all below stay unflagged.
    boundary = ordered[allowed]
    return float(boundary) + 1e-6


def recall_by_group(scores: Sequence[float], groups: Sequence[str], threshold: float) -> dict[str, dict]:
    """Recall per group over positive items only: {group: {"recall", "n"}}."""
    hits: dict[str, list[int]] = defaultdict(lambda: [0, 0])
    for score, group in zip(scores, groups, strict=True):
        hits[group][0] += score >= threshold
        hits[group][1] += 1
    return {g: {"recall": round(h / n, 4), "n": n} for g, (h, n) in sorted(hits.items())}


def span_report(
    predicted: Sequence[Sequence[Span]], gold: Sequence[Sequence[Span]], entity_map: Mapping[str, str] | None = None
) -> dict[str, dict]:
    """Per entity type: a predicted span is a true positive when it overlaps a gold span of the
    same type not already matched; unmatched predictions are false positives, unmatched gold
    spans false negatives. Predicted types the gold data never uses are listed under
    ``unscored`` (counted, not scored)."""
    entity_map = entity_map or {}
    gold_types = {entity_map.get(s.entity, s.entity) for spans in gold for s in spans}
    counts: dict[str, list[int]] = defaultdict(lambda: [0, 0, 0])  # tp, fp, fn
    unscored: dict[str, int] = defaultdict(int)
    for guesses, truths in zip(predicted, gold, strict=True):
        truths = [Span(entity_map.get(t.entity, t.entity), t.start, t.end) for t in truths]
        matched = [False] * len(truths)
        for guess in sorted(guesses, key=lambda s: (s.start, s.end)):
            entity = entity_map.get(guess.entity, guess.entity)
            if entity not in gold_types:
                unscored[entity] += 1
                continue
            for n, truth in enumerate(truths):
                if not matched[n] and truth.entity == entity and guess.start < truth.end and truth.start < guess.end:
                    matched[n] = True
                    counts[entity][0] += 1
                    break
            else:
                counts[entity][1] += 1
        for n, truth in enumerate(truths):
            if not matched[n]:
                counts[truth.entity][2] += 1
    report = {}
    for entity, (tp, fp, fn) in sorted(counts.items()):
        precision, recall = _ratio(tp, tp + fp), _ratio(tp, tp + fn)
        f1 = round(2 * precision * recall / (precision + recall), 4) if precision and recall else 0.0
        report[entity] = {"tp": tp, "fp": fp, "fn": fn, "precision": precision, "recall": recall, "f1": f1}
    if unscored:
        report["unscored"] = dict(sorted(unscored.items()))
    return report
