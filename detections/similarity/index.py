"""A faiss index over reference examples, built on first use and cached, versioned.

The cache file name carries everything the index depends on — the index format, the model, and
a digest of the examples — so a new seed corpus, an added user corpus or another model simply
builds (and caches) a new index; a stale one is never read.
"""

from __future__ import annotations

import os
from collections.abc import Sequence
from pathlib import Path

import faiss
import numpy as np

from .cache import EmbeddingCache
from .corpus import Example, corpus_digest
from .models import Embedder, SimilarityError

__all__ = ["ReferenceIndex", "INDEX_FORMAT"]

INDEX_FORMAT = 1


class ReferenceIndex:
    """Examples and their unit vectors; ``nearest(vectors)`` → (cosine, example) of the closest."""

    def __init__(self, examples: Sequence[Example], index: faiss.Index, version: str):
        if index.ntotal != len(examples):
            raise SimilarityError(f"index {version} holds {index.ntotal} vectors for {len(examples)} examples")
        self.examples = tuple(examples)
        self.index = index
        self.version = version

    @classmethod
    def build(cls, examples: Sequence[Example], embedder: Embedder, *, model: str,
              cache: EmbeddingCache | None = None, folder: Path | None = None) -> ReferenceIndex:
        version = f"{model}-v{INDEX_FORMAT}-{corpus_digest(examples)[:16]}"
        path = folder / f"{version}.faiss" if folder is not None else None
        if path is not None and path.is_file():
            try:
                return cls(examples, faiss.read_index(str(path)), version)
            except (RuntimeError, SimilarityError):
                pass  # unreadable or wrong size: rebuild it below
        texts = [e.text for e in examples]
        vectors = cache.embed(texts, embedder) if cache is not None else np.asarray(embedder(texts), dtype=np.float32)
        index = faiss.IndexFlatIP(vectors.shape[1] if len(vectors) else 1)
        if len(vectors):
            index.add(np.ascontiguousarray(vectors, dtype=np.float32))
        if path is not None:
            folder.mkdir(parents=True, exist_ok=True)
            temp = folder / f".{path.name}.{os.getpid()}.tmp"
            faiss.write_index(index, str(temp))
            os.replace(temp, path)
        return cls(examples, index, version)

    def __len__(self) -> int:
        return len(self.examples)

    def nearest(self, vectors: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
        """Cosine to the nearest example (−1 when the index is empty) and that example's position."""
        if len(vectors) == 0 or not len(self):
            return np.full(len(vectors), -1.0, dtype=np.float32), np.full(len(vectors), -1, dtype=np.int64)
        scores, positions = self.index.search(np.ascontiguousarray(vectors, dtype=np.float32), 1)
        return scores[:, 0], positions[:, 0]

    def search(self, vector: np.ndarray, k: int) -> list[tuple[Example, float]]:
        """The ``k`` examples nearest to one vector, nearest first, with their cosines."""
        if not len(self):
            return []
        scores, positions = self.index.search(np.ascontiguousarray(vector.reshape(1, -1), dtype=np.float32),
                                              min(k, len(self)))
        return [(self.examples[p], float(s)) for s, p in zip(scores[0], positions[0]) if p >= 0]
