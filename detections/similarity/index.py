"""A faiss index over reference examples, built on first use and cached, versioned.

The cache file name carries everything the index depends on — the index format, the model, and
a digest of the examples — so a new seed corpus, an added user corpus or another model simply
builds (and caches) a new index; a stale one is never read.

What is cached is the examples' vectors, not faiss's own file format: a flat inner-product index
is those vectors and nothing else, so it is rebuilt from them on load (a copy) and no faiss
deserializer ever reads a file from the cache folder. The vectors are an ``.npy`` read with
``allow_pickle=False``, sealed (``detections.sealed``) with an HMAC bound to the version: a planted
or changed file — say, zero vectors that make every attack look like nothing — raises a
TamperWarning and is rebuilt from the examples.
"""

from __future__ import annotations

import io
from collections.abc import Sequence
from pathlib import Path

import faiss
import numpy as np

from aisoc.detections.sealed import read_sealed, write_sealed
from aisoc.detections.similarity.cache import EmbeddingCache
from aisoc.detections.similarity.corpus import Example, corpus_digest
from aisoc.detections.similarity.models import Embedder, SimilarityError

__all__ = ["ReferenceIndex", "INDEX_FORMAT"]

INDEX_FORMAT = 2  # 1 was a faiss file, unsealed: no longer read
_PURPOSE = "faiss-index"


class ReferenceIndex:
    """Examples and their unit vectors; ``nearest(vectors)`` → (cosine, example) of the closest."""

    def __init__(self, examples: Sequence[Example], index: faiss.Index, version: str):
        if index.ntotal != len(examples):
            raise SimilarityError(f"index {version} holds {index.ntotal} vectors for {len(examples)} examples")
        self.examples = tuple(examples)
        self.index = index
        self.version = version

    @classmethod
    def build(
        cls,
        examples: Sequence[Example],
        embedder: Embedder,
        *,
        model: str,
        cache: EmbeddingCache | None = None,
        folder: Path | None = None,
    ) -> ReferenceIndex:
        version = f"{model}-v{INDEX_FORMAT}-{corpus_digest(examples)[:16]}"
        path = folder / f"{version}.index" if folder is not None else None
        if path is not None and path.is_file():
            stored = _read_vectors(path, version)
            if stored is not None and len(stored) == len(examples):
                return cls(examples, _flat_index(stored), version)
        texts = [e.text for e in examples]
        vectors = cache.embed(texts, embedder) if cache is not None else np.asarray(embedder(texts), dtype=np.float32)
        vectors = np.ascontiguousarray(vectors, dtype=np.float32)
        if path is not None:
            buffer = io.BytesIO()
            np.save(buffer, vectors, allow_pickle=False)
            write_sealed(path, _PURPOSE, buffer.getvalue(), binding=version)
        return cls(examples, _flat_index(vectors), version)

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
        scores, positions = self.index.search(
            np.ascontiguousarray(vector.reshape(1, -1), dtype=np.float32), min(k, len(self))
        )
        return [(self.examples[p], float(s)) for s, p in zip(scores[0], positions[0]) if p >= 0]


def _flat_index(vectors: np.ndarray) -> faiss.Index:
    index = faiss.IndexFlatIP(vectors.shape[1] if len(vectors) else 1)
    if len(vectors):
        index.add(np.ascontiguousarray(vectors, dtype=np.float32))
    return index


def _read_vectors(path: Path, version: str) -> np.ndarray | None:
    """The cached vectors of ``version``, or None (TamperWarning if the file is not ours) to rebuild."""
    payload = read_sealed(path, _PURPOSE, binding=version, what="reference index")
    if payload is None:
        return None
    try:
        vectors = np.load(io.BytesIO(payload), allow_pickle=False)
    except (OSError, ValueError):
        return None
    return vectors.astype(np.float32) if vectors.ndim == 2 else None
