"""A static embedding model distilled from MiniLM: a fast first stage for volume.

MiniLM encodes about 116 prompts/s on these 2 cores. The static model gives each word piece of
MiniLM's vocabulary one fixed vector — MiniLM's own output for that piece alone — and embeds a
text as the weighted mean of its pieces' vectors: a tokenizer pass and a sparse matrix product,
tens of thousands of texts per second. It is much weaker than MiniLM on its own, so it only
decides which texts are worth MiniLM's time (see ``detector.py``); the recall this costs is
measured by ``bench/detectors.py`` and stated in docs/similarity.md.

Building it (``python -m aisoc.detections.similarity.distill``, or on first use) reads only the
packaged MiniLM weights: offline, about half a minute on 2 cores. The file records the MiniLM
files' digest, so a different MiniLM never pairs with a stale static model. It sits in the cache
folder as arrays (read with ``allow_pickle=False``), sealed with an HMAC under the key outside the
warehouse (``detections.sealed``): planted vectors could wave every attack past the first stage,
so a file that fails the check raises a TamperWarning and the model is distilled again.
"""

from __future__ import annotations

import hashlib
import io
import zipfile
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

import numpy as np
from numpy.typing import NDArray

from aisoc.detections.sealed import read_sealed, write_sealed
from aisoc.detections.similarity.models import SimilarityError, _sentence_transformer, minilm_path

if TYPE_CHECKING:  # transformers loads torch: imported for the annotations only
    from transformers import PreTrainedTokenizerBase

__all__ = ["StaticModel", "distill", "minilm_digest", "STATIC_FORMAT"]

STATIC_FORMAT = 1
_PURPOSE = "static-model"
_DISTILL_BATCH = 1024
_ENCODE_CHUNK = 2048
# Word pieces as common as these (the, a, of, punctuation …) carry little meaning; weights in
# the manner of SIF, a / (a + p(piece)), with p estimated from the piece's Zipf rank.
_SIF_A = 1e-3


def minilm_digest() -> str:
    """SHA-256 over the MiniLM weight and vocabulary files: what a derived model was built from."""
    digest = hashlib.sha256()
    root = Path(minilm_path())
    for name in ("model.safetensors", "vocab.txt", "tokenizer.json"):
        with open(root / name, "rb") as handle:
            for block in iter(lambda: handle.read(1 << 20), b""):
                digest.update(block)
    return digest.hexdigest()


class StaticModel:
    """Word-piece vectors plus weights; call it like an embedder."""

    def __init__(self, vectors: NDArray[np.float32], weights: NDArray[np.float32], source_digest: str) -> None:
        self.vectors = vectors
        self.weights = weights
        self.source_digest = source_digest

    @property
    def _tokenizer(self) -> PreTrainedTokenizerBase:
        # Loaded once (lru_cache), on the first embedding; sentence-transformers types it as Any.
        tokenizer: PreTrainedTokenizerBase = _sentence_transformer().tokenizer
        return tokenizer

    @property
    def dim(self) -> int:
        return int(self.vectors.shape[1])

    def __call__(self, texts: Sequence[str]) -> NDArray[np.float32]:
        from scipy.sparse import csr_matrix

        out = np.zeros((len(texts), self.dim), dtype=np.float32)
        for begin in range(0, len(texts), _ENCODE_CHUNK):
            chunk = list(texts[begin : begin + _ENCODE_CHUNK])
            ids = self._tokenizer(
                chunk,
                add_special_tokens=False,
                truncation=True,
                max_length=512,
                return_attention_mask=False,
                return_token_type_ids=False,
            )["input_ids"]
            lengths = np.fromiter((len(row) for row in ids), dtype=np.int64, count=len(ids))
            flat = np.fromiter((i for row in ids for i in row), dtype=np.int64, count=int(lengths.sum()))
            indptr = np.concatenate(([0], np.cumsum(lengths)))
            bag = csr_matrix((self.weights[flat], flat, indptr), shape=(len(chunk), self.vectors.shape[0]))
            out[begin : begin + len(chunk)] = bag @ self.vectors
        norms = np.linalg.norm(out, axis=1, keepdims=True)
        np.divide(out, norms, out=out, where=norms > 0)
        return out

    def save(self, path: Path) -> None:
        buffer = io.BytesIO()
        np.savez(
            buffer, vectors=self.vectors, weights=self.weights, meta=np.array([str(STATIC_FORMAT), self.source_digest])
        )
        write_sealed(path, _PURPOSE, buffer.getvalue())

    @classmethod
    def load(cls, path: Path) -> StaticModel:
        payload = read_sealed(path, _PURPOSE, what="static model")
        if payload is None:
            raise SimilarityError(f"{path}: static model missing or not authenticated; distil it again", path=path)
        try:
            with np.load(io.BytesIO(payload), allow_pickle=False) as data:
                fmt, digest = (str(v) for v in data["meta"])
                vectors, weights = data["vectors"], data["weights"]
        except (OSError, ValueError, KeyError, zipfile.BadZipFile) as exc:
            raise SimilarityError(f"{path}: not a static model file ({exc})", path=path) from exc
        if fmt != str(STATIC_FORMAT):
            raise SimilarityError(f"{path}: static model format {fmt}, expected {STATIC_FORMAT}", path=path)
        return cls(vectors, weights, digest)


def distill() -> StaticModel:
    """MiniLM's output for every word piece alone ([CLS] piece [SEP], mean-pooled), plus SIF weights."""
    import torch
    from sentence_transformers.sentence_transformer.modules import Transformer

    model = _sentence_transformer()
    tokenizer: PreTrainedTokenizerBase = model.tokenizer
    first = model[0]
    if not isinstance(first, Transformer):  # MiniLM's modules are Transformer, Pooling, Normalize
        raise SimilarityError(f"{minilm_path()}: the MiniLM model does not start with a transformer")
    bert = first.auto_model
    size = tokenizer.vocab_size
    cls_id, sep_id = tokenizer.cls_token_id, tokenizer.sep_token_id
    vectors = np.zeros((size, bert.config.hidden_size), dtype=np.float32)
    bert.eval()
    with torch.inference_mode():
        for begin in range(0, size, _DISTILL_BATCH):
            ids = torch.arange(begin, min(size, begin + _DISTILL_BATCH))
            batch = torch.stack([torch.full_like(ids, cls_id), ids, torch.full_like(ids, sep_id)], dim=1)
            hidden = bert(input_ids=batch, attention_mask=torch.ones_like(batch)).last_hidden_state
            vectors[begin : begin + len(ids)] = hidden.mean(dim=1).numpy()
    # Remove the direction every piece shares (it says "this is text", not what the text says).
    vectors -= vectors.mean(axis=0, keepdims=True)
    vectors /= np.maximum(np.linalg.norm(vectors, axis=1, keepdims=True), 1e-12)
    weights = _sif_weights(tokenizer, size)
    return StaticModel(vectors.astype(np.float32), weights, minilm_digest())


def _sif_weights(tokenizer: PreTrainedTokenizerBase, size: int) -> NDArray[np.float32]:
    # MiniLM's vocabulary lists special and single-character pieces first, then pieces roughly by
    # frequency; rank within the word pieces stands in for frequency (Zipf: p ∝ 1 / rank).
    ranks = np.arange(1, size + 1, dtype=np.float64)
    probability = (1.0 / ranks) / np.sum(1.0 / ranks)
    weights = _SIF_A / (_SIF_A + probability)
    for token_id in tokenizer.all_special_ids:
        weights[token_id] = 0.0
    return weights.astype(np.float32)
