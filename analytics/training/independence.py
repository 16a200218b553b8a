"""Keeping the reported halves unseen: no training text may be a near-copy of a reported text.

A near-copy is a pair at MiniLM cosine ≥ ``NEAR_COPY`` (0.95). The tuning and reported halves of
one corpus share templates (CyberSecEval writes the same résumé attack twice with one word
changed), so ``near_copies`` finds the training texts that must be left out; the training set
drops them and a test checks the whole training set against every reported half.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from aisoc.analytics.evaluation import PRESETS, half, load_preset
from aisoc.detections.similarity import Embedder

__all__ = ["NEAR_COPY", "reported_texts", "near_copies"]

NEAR_COPY = 0.95
_BLOCK = 4096


def reported_texts(shared: Path) -> list[str]:
    """Every text of the reported halves of the prompt corpora."""
    return [
        item.text
        for name, preset in PRESETS.items()
        if preset.task == "injection"
        for item in half(load_preset(name, shared), name, "report")
    ]


def near_copies(
    texts: Sequence[str], reported: Sequence[str], embed: Embedder, limit: float = NEAR_COPY
) -> dict[str, float]:
    """The texts at cosine ≥ ``limit`` to some reported text, with their highest cosine."""
    if not texts or not reported:
        return {}
    against = embed(list(reported))
    found: dict[str, float] = {}
    for start in range(0, len(texts), _BLOCK):
        block = list(texts[start : start + _BLOCK])
        best = (embed(block) @ against.T).max(axis=1)
        found.update({t: float(b) for t, b in zip(block, best) if b >= limit})
    return found
