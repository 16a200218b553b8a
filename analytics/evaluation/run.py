"""Running the detectors over an evaluation corpus: what ``aisoc eval`` prints.

Tasks and what is scored:

* ``injection`` — each item's text as a prompt. Side by side: ``scan`` (what ``aisoc scan``
  flags by default: any Sigma or classifier finding on the prompt), ``classifier`` (the trained
  prompt classifier alone, at its ``low`` tier), ``minilm`` (the earlier model: MiniLM
  similarity, every text through MiniLM), ``similarity`` (the same with the static first stage)
  and ``keyword`` (a plain trigger-phrase baseline). Every threshold was set on the tuning halves
  only. Recall is also broken down by technique (the corpus's group) and by language
  (``language.guess_language``).
* ``secret-leak`` — system prompt and response pairs (``leakcases`` / ``leakset``): ``secret``
  is the system-prompt-secret rule alone, ``leakage`` any system-prompt leakage rule (secret or
  reproduction), ``disclosure`` the response classifier, ``scan`` anything a default scan
  reports about the response.
* ``secrets`` — an item is flagged when the leakage detector finds a secret in it.
* ``leak`` — an item is flagged when the leakage detector finds anything in it (PII, a secret).
* ``pii`` — character spans by entity type.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

import polars as pl

from aisoc.analytics.evaluation.baseline import keyword_score
from aisoc.analytics.evaluation.corpus import Item, Span
from aisoc.analytics.evaluation.language import guess_language
from aisoc.analytics.evaluation.metrics import binary_report, recall_by_group, span_report
from aisoc.detections.classifier import ClassifierDetector
from aisoc.detections.findings import empty_findings
from aisoc.detections.leakage.pii import find_pii
from aisoc.detections.leakage.secrets import find_secrets
from aisoc.detections.sigma.detector import SigmaDetector
from aisoc.detections.similarity import SimilarityDetector

__all__ = [
    "InjectionScorers",
    "injection_scores",
    "injection_report",
    "secrets_report",
    "pii_report",
    "leak_report",
    "response_leak_report",
    "TASKS",
]

TASKS = ("injection", "pii", "secrets", "leak", "secret-leak")


@dataclass
class InjectionScorers:
    two_stage: SimilarityDetector | None
    single_stage: SimilarityDetector | None
    sigma: SigmaDetector | None
    keyword_threshold: float
    classifier: ClassifierDetector | None = None


@dataclass
class Scores:
    flags: dict[str, list[bool]] = field(default_factory=dict)  # scorer → flagged per item


def _findings(detector, frame: pl.DataFrame) -> pl.DataFrame:
    return detector.detect(frame) if detector is not None else empty_findings()


def _rows(found: pl.DataFrame, at: float = 0.0) -> set[str]:
    """The rows with a finding scored at least ``at``."""
    return set(found.filter(pl.col("score") >= at)["event_ids"].list.first().to_list())


def injection_scores(items: Sequence[Item], scorers: InjectionScorers) -> Scores:
    texts = [item.text for item in items]
    scores = Scores()
    frame = pl.DataFrame(
        {
            "event_id": [str(i) for i in range(len(texts))],
            "prompt": texts,
            "event_kind": ["llm.chat"] * len(texts),
            "source": ["scan"] * len(texts),
        }
    )
    classified = _findings(scorers.classifier, frame)
    scan = _rows(classified) | _rows(_findings(scorers.sigma, frame))  # what ``aisoc scan`` flags by default
    scores.flags["scan"] = [str(i) in scan for i in range(len(texts))]
    if scorers.classifier is not None:
        # the tiers are stricter thresholds on the same findings; each tier's measured precision
        # is what docs/classifier.md lists
        for name, at in (
            ("classifier", 0.0),
            ("classifier@medium", scorers.classifier.prompt.tiers["medium"]),
            ("classifier@high", scorers.classifier.prompt.tiers["high"]),
        ):
            flagged = _rows(classified, at)
            scores.flags[name] = [str(i) in flagged for i in range(len(texts))]
    for name, detector in (("minilm", scorers.single_stage), ("similarity", scorers.two_stage)):
        if detector is not None:
            flag = detector.thresholds.flag
            scores.flags[name] = [s.score >= flag for s in detector.score_texts(texts)]
    scores.flags["keyword"] = [keyword_score(t) >= scorers.keyword_threshold for t in texts]
    return scores


def injection_report(items: Sequence[Item], scores: Scores) -> dict:
    """Per scorer: the binary report at its operating point (labelled items) or the flag rate,
    and recall per group (technique) over the positive items."""
    labels = [item.label for item in items]
    groups = [item.group or "all" for item in items]
    languages = [guess_language(item.text) for item in items]
    report: dict = {"items": len(items), "positives": sum(bool(x) for x in labels), "scorers": {}}
    positives = [i for i, x in enumerate(labels) if x]
    negatives = [i for i, x in enumerate(labels) if not x]
    for name, flags in scores.flags.items():
        binary = binary_report([1.0 if f else 0.0 for f in flags], [bool(x) for x in labels], 0.5)
        entry = {"overall": binary}
        if positives and any(item.group for item in items):
            entry["by_group"] = recall_by_group(
                [1.0 if flags[i] else 0.0 for i in positives], [groups[i] for i in positives], 0.5
            )
        # by language: recall over attacks, or the flag rate over benign items (the field says which)
        chosen = positives or negatives
        entry["by_language"] = {
            lang: {"flagged": r["recall"], "n": r["n"]}
            for lang, r in recall_by_group(
                [1.0 if flags[i] else 0.0 for i in chosen], [languages[i] for i in chosen], 0.5
            ).items()
        }
        report["scorers"][name] = entry
    report["by_language_of"] = "attacks (recall)" if positives else "benign items (false-positive rate)"
    return report


def secrets_report(items: Sequence[Item]) -> dict:
    return _flag_report(items, [bool(find_secrets(item.text)) for item in items])


def leak_report(items: Sequence[Item]) -> dict:
    return _flag_report(items, [bool(find_secrets(item.text) or find_pii(item.text)) for item in items])


def _flag_report(items: Sequence[Item], flags: list[bool]) -> dict:
    labels = [bool(item.label) for item in items]
    report: dict[str, Any] = {
        "items": len(items),
        "positives": sum(labels),
        "scorers": {"leakage": {"overall": binary_report([float(f) for f in flags], labels, 0.5)}},
    }
    if any(item.group for item in items):
        positives = [i for i, x in enumerate(labels) if x]
        report["scorers"]["leakage"]["by_group"] = recall_by_group(
            [float(flags[i]) for i in positives], [items[i].group or "all" for i in positives], 0.5
        )
    return report


def pii_report(items: Sequence[Item], entity_map: dict[str, str] | None = None) -> dict:
    predicted = [[Span(m.kind, m.start, m.end) for m in find_pii(item.text)] for item in items]
    gold = [list(item.spans) for item in items]
    return {"items": len(items), "entities": span_report(predicted, gold, entity_map)}


def response_leak_report(items: Sequence, detectors: Sequence) -> dict:
    """Per scorer, on (system prompt, response) pairs labelled leaking or not (``LeakItem``)."""
    frame = pl.DataFrame(
        {
            "event_id": [str(i) for i in range(len(items))],
            "system_prompt": [item.system_prompt for item in items],
            "response": [item.response for item in items],
            "event_kind": ["llm.chat"] * len(items),
            "source": ["scan"] * len(items),
        }
    )
    found = pl.concat([d.detect(frame) for d in detectors], how="vertical_relaxed")
    found = found.with_columns(pl.col("event_ids").list.first().alias("row"))
    picks = {
        "secret": pl.col("rule_id") == "leakage.system_prompt_secret",
        "leakage": pl.col("rule_id").str.starts_with("leakage.system_prompt"),
        "disclosure": pl.col("rule_id") == "classifier.response_disclosure",
        "scan": pl.col("field") == "response",
    }
    labels = [bool(item.label) for item in items]
    report: dict = {"items": len(items), "positives": sum(labels), "scorers": {}}
    for name, pick in picks.items():
        rows = set(found.filter(pick)["row"].to_list())
        flags = [1.0 if str(i) in rows else 0.0 for i in range(len(items))]
        entry = {"overall": binary_report(flags, labels, 0.5)}
        positives = [i for i, x in enumerate(labels) if x]
        entry["by_group"] = recall_by_group([flags[i] for i in positives], [items[i].transform for i in positives], 0.5)
        report["scorers"][name] = entry
    return report
