"""Embedding similarity to known attacks (MiniLM + faiss, with a distilled static first stage).

Public API:

* ``SimilarityDetector`` — the detector (``detector.py``); ``Thresholds``, ``load_thresholds``.
* ``minilm()`` — the real MiniLM embedder; ``static_model(cache_dir)`` — the distilled first stage,
  built on first use and cached.
* ``Example``, ``seed_attacks()``, ``seed_benign()``, ``read_examples()`` — reference corpora.
* ``EmbeddingCache`` — embeddings by text hash.

Exceptions: ``SimilarityError`` (one-line message) for unusable models, corpora and indexes.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from pathlib import Path

from aisoc.detections.similarity.cache import EmbeddingCache
from aisoc.detections.similarity.corpus import Example, read_examples, seed_attacks, seed_benign
from aisoc.detections.similarity.detector import SimilarityDetector, Thresholds, load_thresholds
from aisoc.detections.similarity.models import MINILM_ID, Embedder, SimilarityError, minilm
from aisoc.detections.similarity.static import StaticModel, distill, minilm_digest

__all__ = [
    "SimilarityDetector",
    "Thresholds",
    "load_thresholds",
    "minilm",
    "static_model",
    "Embedder",
    "EmbeddingCache",
    "Example",
    "read_examples",
    "seed_attacks",
    "seed_benign",
    "SimilarityError",
    "MINILM_ID",
    "STATIC_ID",
    "default_detector",
]

STATIC_ID = "static-minilm"


def static_model(cache_dir: Path) -> StaticModel:
    """The static model distilled from the packaged MiniLM, from ``cache_dir`` or built there now."""
    path = Path(cache_dir) / f"{STATIC_ID}.npz"
    if path.is_file():
        try:
            model = StaticModel.load(path)
        except SimilarityError:
            model = None
        if model is not None and model.source_digest == minilm_digest():
            return model
    model = distill()
    model.save(path)
    return model


def default_detector(
    cache_dir: Path,
    *,
    attacks: Sequence[Example] | None = None,
    benign: Sequence[Example] | None = None,
    two_stage: bool = True,
    tenant_attacks: Mapping[str, Sequence[Example]] | None = None,
    tenant_benign: Mapping[str, Sequence[Example]] | None = None,
) -> SimilarityDetector:
    """MiniLM against the given (default: seed) corpora, with the static first stage unless told not to;
    ``tenant_attacks`` / ``tenant_benign`` apply to their tenant's texts only."""
    first = static_model(cache_dir) if two_stage else None
    return SimilarityDetector(
        embedder=minilm(),
        model_id=MINILM_ID,
        first_stage=first,
        first_stage_id=STATIC_ID,
        attacks=attacks,
        benign=benign,
        cache_dir=Path(cache_dir),
        tenant_attacks=tenant_attacks,
        tenant_benign=tenant_benign,
    )
