"""Scoring a text with a classifier: the whole text, its windows and its decoded segments.

An attack can be the whole text (a 600-word persona prompt) or one sentence of it (an
instruction hidden in a long e-mail), or sit in a base64 blob. So every text is seen as several
*views* — the normalised whole, overlapping word windows when it is long, and each segment that
``normalize`` decoded — and the view with the highest attack probability speaks for the text.
Views of all texts go through the model in one batch.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np

from aisoc.detections.classifier.model import TextClassifier
from aisoc.detections.normalize import normalize

__all__ = ["Verdict", "score_texts", "WINDOW_WORDS"]

WINDOW_WORDS = 60
_STRIDE_WORDS = 30
_MAX_WINDOWS = 24  # per text: a huge paste is sampled, not scored whole
_WORD = re.compile(r"\S+")
_NEAR = 0.05  # views within this of the best score are "about as high"


@dataclass(frozen=True)
class Verdict:
    score: float  # calibrated P(attack) of the best view; 0.0 for no text
    label: str | None  # the most likely attack class in that view
    span: tuple[int, int] | None  # that view's place in the original text
    view: str  # whole | window | base64 | hex | rot13 | unicode_tags
    text: str  # that view's text (for the explanation's n-grams)


_NONE = Verdict(0.0, None, None, "whole", "")


def _views(text: str) -> list[tuple[str, tuple[int, int], str]]:
    normal = normalize(text)
    views = [(normal.text, (0, len(text)), "whole")]
    words = [(m.start(), m.end()) for m in _WORD.finditer(normal.text)]
    if len(words) > WINDOW_WORDS:
        starts = range(0, len(words) - _STRIDE_WORDS, _STRIDE_WORDS)
        step = max(1, len(starts) // _MAX_WINDOWS + (len(starts) % _MAX_WINDOWS > 0))
        for first in list(starts)[::step][:_MAX_WINDOWS]:
            last = min(first + WINDOW_WORDS, len(words)) - 1
            start, end = words[first][0], words[last][1]
            views.append((normal.text[start:end], normal.original_span(start, end), "window"))
    for segment in normal.decoded:
        views.append((segment.text, (segment.start, segment.end), segment.encoding))
    return views


def score_texts(model: TextClassifier, texts: Sequence[str | None]) -> list[Verdict]:
    """One verdict per text (None or blank → score 0)."""
    owners: list[int] = []
    views: list[tuple[str, tuple[int, int], str]] = []
    for i, text in enumerate(texts):
        if text and text.strip():
            for view in _views(text):
                owners.append(i)
                views.append(view)
    verdicts = [_NONE] * len(texts)
    if not views:
        return verdicts
    probabilities = model.probabilities([v[0] for v in views])
    attack = model.attack_score(probabilities)
    columns = [model.classes.index(c) for c in model.attack_classes]
    rows_of: dict[int, list[int]] = {}
    for row, owner in enumerate(owners):
        rows_of.setdefault(owner, []).append(row)
    for owner, rows in rows_of.items():
        top = max(float(attack[r]) for r in rows)
        # The score is the best view's; the place shown is the narrowest view that scores about as
        # high, so an instruction in a long e-mail is pointed at, not the whole e-mail.
        row = min((r for r in rows if attack[r] >= top - _NEAR), key=lambda r: (len(views[r][0]), r))
        label = model.attack_classes[int(np.argmax(probabilities[row, columns]))]
        text, span, kind = views[row]
        verdicts[owner] = Verdict(round(top, 6), label, span, kind, text)
    return verdicts
