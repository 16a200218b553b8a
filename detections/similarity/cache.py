"""Embeddings cached by text hash: the same text is never embedded twice.

Keys are BLAKE2b-128 digests of the UTF-8 text, one cache per model (MiniLM and the static model
live in different spaces). The cache lives in memory; given a folder, it also loads and appends
shards there (``<folder>/<model>/shard-*.npz``, float16 vectors, written temp + rename), so a
scheduled job does not re-embed yesterday's prompts. A shard that cannot be read is ignored —
the cache is only ever a shortcut — and the texts in it are embedded again.

The folder is writable by more than aisoc, and a planted vector can hide an attack (make it look
like nothing) or flag a benign text. So each shard is sealed (``detections.sealed``) with an HMAC
bound to its model under the key outside the warehouse, and holds only arrays, read with
``allow_pickle=False``. A shard that fails the check — planted, changed, another model's, or
written before shards were sealed — raises a TamperWarning and is deleted (it would warn on every
run otherwise); its texts are embedded again.
"""

from __future__ import annotations

import hashlib
import io
import uuid
import zipfile
from collections.abc import Sequence
from pathlib import Path

import numpy as np

from aisoc.detections.sealed import read_sealed, write_sealed
from aisoc.detections.similarity.models import Embedder

__all__ = ["EmbeddingCache", "text_key"]

_KEY_BYTES = 16
_PURPOSE = "embedding-cache"


def text_key(text: str) -> bytes:
    return hashlib.blake2b(text.encode("utf-8", "surrogatepass"), digest_size=_KEY_BYTES).digest()


class EmbeddingCache:
    """``cache.embed(texts, embedder)``: vectors for ``texts``, embedding only unseen distinct texts."""

    def __init__(self, folder: Path | None = None, model: str = "model"):
        self.folder = folder / model if folder is not None else None
        self.model = model
        self._rows: dict[bytes, int] = {}
        self._blocks: list[np.ndarray] = []
        self._size = 0
        self._unsaved_keys: list[bytes] = []
        self._unsaved: list[np.ndarray] = []
        self.hits = 0
        self.misses = 0
        if self.folder is not None and self.folder.is_dir():
            for shard in sorted(self.folder.glob("shard-*.npz")):
                self._load(shard)

    def __len__(self) -> int:
        return len(self._rows)

    def embed(self, texts: Sequence[str], embedder: Embedder) -> np.ndarray:
        keys = [text_key(t) for t in texts]
        missing: dict[bytes, str] = {}
        for key, text in zip(keys, texts):
            if key not in self._rows and key not in missing:
                missing[key] = text
        self.misses += len(missing)
        self.hits += len(texts) - len(missing)
        if missing:
            vectors = np.asarray(embedder(list(missing.values())), dtype=np.float32)
            self._add(list(missing), vectors)
        matrix = self._matrix()
        if not texts:
            return np.zeros((0, matrix.shape[1] if matrix.size else 0), dtype=np.float32)
        return matrix[[self._rows[k] for k in keys]].astype(np.float32)

    def flush(self) -> None:
        """Write what was embedded since the last flush as one new shard (no-op without a folder)."""
        if self.folder is None or not self._unsaved_keys:
            return
        keys = np.frombuffer(b"".join(self._unsaved_keys), dtype=np.uint8).reshape(-1, _KEY_BYTES)
        vectors = np.concatenate(self._unsaved).astype(np.float16)
        buffer = io.BytesIO()
        np.savez(buffer, keys=keys, vectors=vectors)
        write_sealed(self.folder / f"shard-{uuid.uuid4().hex}.npz", _PURPOSE, buffer.getvalue(), binding=self.model)
        self._unsaved_keys, self._unsaved = [], []

    def _add(self, keys: list[bytes], vectors: np.ndarray) -> None:
        for offset, key in enumerate(keys):
            self._rows[key] = self._size + offset
        self._size += len(keys)
        self._blocks.append(vectors)
        if self.folder is not None:
            self._unsaved_keys.extend(keys)
            self._unsaved.append(vectors)

    def _matrix(self) -> np.ndarray:
        if len(self._blocks) > 1:
            self._blocks = [np.concatenate(self._blocks)]
        return self._blocks[0] if self._blocks else np.zeros((0, 0), dtype=np.float32)

    def _load(self, shard: Path) -> None:
        payload = read_sealed(shard, _PURPOSE, binding=self.model, what="embedding-cache shard")
        if payload is None:
            _discard(shard)
            return
        try:
            with np.load(io.BytesIO(payload), allow_pickle=False) as data:
                keys, vectors = data["keys"], data["vectors"].astype(np.float32)
        except (OSError, ValueError, KeyError, zipfile.BadZipFile):
            return
        if keys.ndim != 2 or keys.shape[1] != _KEY_BYTES or len(keys) != len(vectors):
            return
        fresh = [i for i, k in enumerate(keys) if k.tobytes() not in self._rows]
        for offset, i in enumerate(fresh):
            self._rows[keys[i].tobytes()] = self._size + offset
        self._size += len(fresh)
        self._blocks.append(vectors[fresh])


def _discard(shard: Path) -> None:
    """Delete an untrusted shard; if that fails, it is ignored again (and warned about) next time."""
    try:
        shard.unlink(missing_ok=True)
    except OSError:
        pass
