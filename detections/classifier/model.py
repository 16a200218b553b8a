"""A linear text classifier over hashed word and character n-grams, stored as arrays plus JSON.

Features are hashed (``sklearn``'s ``HashingVectorizer``: stateless, so nothing but its settings
is stored) word 1–2-grams and character 2–5-grams inside word boundaries: words carry English
phrasing, character n-grams carry other languages, inflections and misspellings. The model is a
multinomial logistic regression; probabilities are its softmax divided by a temperature fitted
on held-out data (calibration).

On disk a model is two files that cannot run code: ``NAME.json`` (classes, feature settings,
intercepts, temperature, tiers, what it was trained on) and ``NAME.npy`` (the weight matrix,
float16, read with ``allow_pickle=False``). The JSON carries the SHA-256 of the array file, so a
damaged or swapped pair is refused.
"""

from __future__ import annotations

import functools
import hashlib
import io
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import numpy as np
import orjson
from numpy.typing import NDArray
from scipy import sparse
from sklearn.feature_extraction.text import HashingVectorizer
from sklearn.utils import murmurhash3_32

from aisoc.ingest.kernel.errors import AisocError

__all__ = ["TextClassifier", "FeatureSettings", "ClassifierError", "MAX_CHARS"]

MAX_CHARS = 6000  # one view's text; a longer input is scored in windows (``detector.py``)


class ClassifierError(AisocError):
    """A model file that is missing, damaged or not a classifier (one line, with the path)."""


@dataclass(frozen=True)
class FeatureSettings:
    word_features: int = 2**18
    char_features: int = 2**18
    word_ngrams: tuple[int, int] = (1, 2)
    char_ngrams: tuple[int, int] = (2, 5)

    def as_json(self) -> dict[str, Any]:
        return {
            "word_features": self.word_features,
            "char_features": self.char_features,
            "word_ngrams": list(self.word_ngrams),
            "char_ngrams": list(self.char_ngrams),
        }

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> FeatureSettings:
        return cls(
            int(data["word_features"]),
            int(data["char_features"]),
            tuple(data["word_ngrams"]),
            tuple(data["char_ngrams"]),
        )

    @property
    def size(self) -> int:
        return self.word_features + self.char_features


@functools.lru_cache(maxsize=8)
def _vectorizers(settings: FeatureSettings) -> tuple[HashingVectorizer, HashingVectorizer]:
    common = {"alternate_sign": False, "norm": None, "binary": True, "lowercase": True, "dtype": np.float32}
    words = HashingVectorizer(
        analyzer="word",
        ngram_range=settings.word_ngrams,
        n_features=settings.word_features,
        token_pattern=r"(?u)\b\w+\b",
        **common,
    )
    chars = HashingVectorizer(
        analyzer="char_wb", ngram_range=settings.char_ngrams, n_features=settings.char_features, **common
    )
    return words, chars


def featurize(texts: Sequence[str], settings: FeatureSettings) -> sparse.csr_matrix:
    """Binary hashed n-grams, each block scaled to unit length, side by side."""
    words, chars = _vectorizers(settings)
    clipped = [t[:MAX_CHARS] for t in texts]
    blocks = []
    for vectorizer in (words, chars):
        block = vectorizer.transform(clipped).tocsr()
        norms = np.sqrt(np.asarray(block.multiply(block).sum(axis=1)).ravel())
        norms[norms == 0] = 1.0
        blocks.append(sparse.diags(1.0 / norms) @ block)
    return sparse.hstack(blocks, format="csr", dtype=np.float32)


def word_ngrams(text: str, settings: FeatureSettings) -> dict[int, str]:
    """Feature index → the word n-gram of ``text`` that hashes there (for explanations)."""
    analyzer = _vectorizers(settings)[0].build_analyzer()
    return {abs(murmurhash3_32(gram, seed=0)) % settings.word_features: gram for gram in analyzer(text[:MAX_CHARS])}


@dataclass
class TextClassifier:
    classes: tuple[str, ...]
    attack_classes: tuple[str, ...]  # P(attack) is the sum of these classes' probabilities
    weights: NDArray[np.floating[Any]]  # (classes, features); float16 as loaded
    intercept: NDArray[np.float32]  # (classes,)
    settings: FeatureSettings = field(default_factory=FeatureSettings)
    temperature: float = 1.0
    tiers: dict[str, float] = field(default_factory=dict)  # tier → lowest P(attack) of that tier
    card: dict[str, Any] = field(default_factory=dict)  # what it was trained on and how well it does

    def probabilities(self, texts: Sequence[str]) -> NDArray[np.floating[Any]]:
        """Calibrated class probabilities, one row per text."""
        if not texts:
            return np.zeros((0, len(self.classes)))
        # A sparse matrix times a dense array is a dense array (scipy's stubs leave it untyped).
        logits: NDArray[np.floating[Any]] = featurize(texts, self.settings) @ self._weights_t + self.intercept
        logits = logits / self.temperature
        logits -= logits.max(axis=1, keepdims=True)
        exp = np.exp(logits)
        # numpy's stubs type ufunc results as Any; these are float arrays of logits' shape.
        softmax: NDArray[np.floating[Any]] = exp / exp.sum(axis=1, keepdims=True)
        return softmax

    @functools.cached_property
    def _weights_t(self) -> NDArray[np.float32]:
        """The weights transposed, as float32 once: float16 products are slow."""
        return np.ascontiguousarray(self.weights.T, dtype=np.float32)

    def attack_score(self, probabilities: NDArray[np.floating[Any]]) -> NDArray[np.floating[Any]]:
        columns = [self.classes.index(c) for c in self.attack_classes]
        summed: NDArray[np.floating[Any]] = probabilities[:, columns].sum(axis=1)
        return summed

    def tier(self, score: float) -> str | None:
        """The highest tier ``score`` reaches (``high``, ``medium``, ``low``), or None."""
        for name in ("high", "medium", "low"):
            if name in self.tiers and score >= self.tiers[name]:
                return name
        return None

    def top_ngrams(self, text: str, label: str, n: int = 3) -> list[str]:
        """The word n-grams of ``text`` that pushed it most towards ``label`` (no digits: an
        explanation must not repeat a number that may be an account or a code)."""
        target = self.classes.index(label)
        rest = [i for i, c in enumerate(self.classes) if c not in self.attack_classes] or [target]
        contrast = self.weights[target, : self.settings.word_features].astype(np.float32) - self.weights[
            rest, : self.settings.word_features
        ].astype(np.float32).max(axis=0)
        grams = [
            (float(contrast[i]), g)
            for i, g in word_ngrams(text, self.settings).items()
            if not any(ch.isdigit() for ch in g)
        ]
        grams.sort(key=lambda pair: (-pair[0], pair[1]))
        return [g for weight, g in grams[:n] if weight > 0]

    # --- files -----------------------------------------------------------------------------------

    def save(self, folder: Path, name: str) -> tuple[Path, Path]:
        """Write ``NAME.npy`` and ``NAME.json``; the same model gives the same bytes."""
        folder.mkdir(parents=True, exist_ok=True)
        buffer = io.BytesIO()
        np.save(buffer, np.ascontiguousarray(self.weights, dtype=np.float16), allow_pickle=False)
        array = buffer.getvalue()
        meta = {
            "format": "aisoc-text-classifier/1",
            "classes": list(self.classes),
            "attack_classes": list(self.attack_classes),
            "features": self.settings.as_json(),
            "intercept": [round(float(x), 6) for x in self.intercept],
            "temperature": round(self.temperature, 6),
            "tiers": {k: round(v, 6) for k, v in sorted(self.tiers.items())},
            "weights_sha256": hashlib.sha256(array).hexdigest(),
            "card": self.card,
        }
        array_path, meta_path = folder / f"{name}.npy", folder / f"{name}.json"
        array_path.write_bytes(array)
        meta_path.write_bytes(orjson.dumps(meta, option=orjson.OPT_INDENT_2 | orjson.OPT_SORT_KEYS) + b"\n")
        return array_path, meta_path

    @classmethod
    def load(cls, folder: Path, name: str) -> TextClassifier:
        meta_path, array_path = folder / f"{name}.json", folder / f"{name}.npy"
        try:
            meta = orjson.loads(meta_path.read_bytes())
            array = array_path.read_bytes()
        except (OSError, orjson.JSONDecodeError) as exc:
            raise ClassifierError(f"{meta_path}: unreadable classifier ({exc})", path=meta_path) from exc
        if not isinstance(meta, dict) or meta.get("format") != "aisoc-text-classifier/1":
            raise ClassifierError(f"{meta_path}: not an aisoc text classifier", path=meta_path)
        if hashlib.sha256(array).hexdigest() != meta.get("weights_sha256"):
            raise ClassifierError(f"{array_path}: does not match the SHA-256 in {meta_path.name}", path=array_path)
        try:
            weights = np.load(io.BytesIO(array), allow_pickle=False)
            model = cls(
                tuple(meta["classes"]),
                tuple(meta["attack_classes"]),
                weights,
                np.asarray(meta["intercept"], dtype=np.float32),
                FeatureSettings.from_json(meta["features"]),
                float(meta["temperature"]),
                {k: float(v) for k, v in meta["tiers"].items()},
                dict(meta.get("card") or {}),
            )
        except (KeyError, TypeError, ValueError) as exc:
            raise ClassifierError(f"{meta_path}: incomplete classifier ({exc})", path=meta_path) from exc
        if weights.shape != (len(model.classes), model.settings.size) or len(model.intercept) != len(model.classes):
            raise ClassifierError(
                f"{array_path}: weights of shape {weights.shape} do not fit its settings", path=array_path
            )
        return model
