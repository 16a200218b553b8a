"""Deterministic stand-ins for the real models, for tests where the model is not the point.

The fake embedder hashes character trigrams and words into a 384-d vector: texts sharing
wording land close together, so nearest-neighbour logic behaves plausibly, and the same text
always gets the same vector. At least one test per feature still loads the real MiniLM.
"""

from __future__ import annotations

import hashlib
from collections.abc import Sequence

import numpy as np

__all__ = ["fake_embedder", "FAKE_MODEL_ID", "DIM"]

DIM = 384
FAKE_MODEL_ID = "fake-trigram-v1"


def _bucket(feature: str) -> tuple[int, float]:
    digest = hashlib.blake2b(feature.encode(), digest_size=8).digest()
    value = int.from_bytes(digest, "little")
    return value % DIM, 1.0 if (value >> 32) & 1 else -1.0


def fake_embedder(texts: Sequence[str]) -> np.ndarray:
    out = np.zeros((len(texts), DIM), dtype=np.float32)
    for row, text in enumerate(texts):
        lowered = " ".join(text.lower().split())
        features = [lowered[i : i + 3] for i in range(max(len(lowered) - 2, 1))] + lowered.split()
        for feature in features:
            column, sign = _bucket(feature)
            out[row, column] += sign
        norm = np.linalg.norm(out[row])
        if norm > 0:
            out[row] /= norm
    return out
