"""The similarity detector: texts close to a known attack, with that attack as the explanation.

Each text field is normalised (``detections.normalize``: NFKC, invisible characters, homoglyphs,
decoded base64/hex/rot13/tag segments) and long texts are cut into overlapping word windows, so
an instruction buried in a long document is compared on its own. Every distinct window is then
scored in two stages:

1. the static model distilled from MiniLM (``static.py``) scores every window — tens of
   thousands per second;
2. MiniLM scores only the windows whose static score reaches ``candidate``.

In each embedding space a window's score is the probability, under a linear model trained on the
reference corpora (``reference.py``: attacks against the seed's hard benign prompts and the
triage allow-list), that it is an attack; the nearest attack in the faiss index is the
explanation. A field is flagged when its best window reaches ``flag``. Both thresholds are
calibrated on the tuning halves of the evaluation corpora (``thresholds.json``). Without a first
stage every window goes to MiniLM.

Triage feedback belongs to a tenant: a tenant's learned attacks and allow-list apply to that
tenant's events only. So each tenant with entries of its own gets a *scope*: a small faiss index
over its learned attacks, searched beside the global one (seed, added corpora), and a reference
model trained with its entries. Scopes are built once per detector, on the first event of that
tenant; a tenant without entries uses the global index and model alone.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np
import orjson
import polars as pl
from numpy.typing import NDArray

from aisoc.detections.findings import empty_findings, findings_frame, text_column
from aisoc.detections.normalize import normalize
from aisoc.detections.similarity.cache import EmbeddingCache
from aisoc.detections.similarity.corpus import Example, seed_attacks, seed_benign
from aisoc.detections.similarity.index import ReferenceIndex
from aisoc.detections.similarity.models import Embedder, SimilarityError
from aisoc.detections.similarity.paraphrase import paraphrased_disclosures
from aisoc.detections.similarity.reference import ReferenceModel
from aisoc.detections.texts import json_strings

__all__ = ["SimilarityDetector", "Thresholds", "Scored", "load_thresholds", "FIELDS"]

FIELDS = ("prompt", "messages", "retrieved_docs")
_WINDOW_WORDS = 40
_STRIDE_WORDS = 20
_MAX_WINDOWS = 64  # per view: a 1 MiB paste is sampled, not embedded whole
_WORD = re.compile(r"\S+")
_THRESHOLDS_FILE = Path(__file__).parent / "thresholds.json"
_SUSPICIOUS_SIGNALS = {"zero_width": 0.5, "unicode_tags": 0.9, "bidi_control": 0.6, "homoglyphs": 0.6}


@dataclass(frozen=True)
class Thresholds:
    flag: float  # a field is flagged when its best window's score reaches this
    candidate: float  # the first-stage score at which MiniLM takes a look
    keyword: float = 1.0  # the evaluation's keyword baseline, calibrated alongside


def load_thresholds() -> Thresholds:
    try:
        data = orjson.loads(_THRESHOLDS_FILE.read_bytes())
        return Thresholds(float(data["flag"]), float(data["candidate"]), float(data.get("keyword", 1.0)))
    except (OSError, orjson.JSONDecodeError, KeyError, TypeError, ValueError) as exc:
        raise SimilarityError(f"{_THRESHOLDS_FILE}: unreadable thresholds ({exc})") from exc


@dataclass(frozen=True)
class Scored:
    """The best window of one text: its score and the nearest attack, or score −1 for no text."""

    score: float
    attack: Example | None
    attack_cosine: float  # the text's cosine to that nearest attack
    span: tuple[int, int] | None
    encoding: str | None  # the window came from a decoded segment (base64, hex, …)
    signals: tuple[str, ...]


@dataclass(frozen=True)
class _Scope:
    """What one tenant's texts are compared with, beside the global index (see the module doc)."""

    own: ReferenceIndex | None  # the tenant's learned attacks, or None
    model: ReferenceModel
    stage_own: ReferenceIndex | None = None
    stage_model: ReferenceModel | None = None


@dataclass(frozen=True)
class _FirstStage:
    """The fast embedder that picks the windows worth the full model's time, with its own cache,
    index of the global attacks and reference model (one object: they exist together or not at all)."""

    embedder: Embedder
    model_id: str
    cache: EmbeddingCache
    attacks: ReferenceIndex
    model: ReferenceModel


@dataclass(frozen=True)
class _Window:
    text: str
    span: tuple[int, int] | None  # in the field's text; None inside JSON fields
    encoding: str | None


class SimilarityDetector:
    id = "similarity"

    def __init__(
        self,
        *,
        embedder: Embedder,
        model_id: str,
        first_stage: Embedder | None = None,
        first_stage_id: str = "static",
        attacks: Sequence[Example] | None = None,
        benign: Sequence[Example] | None = None,
        thresholds: Thresholds | None = None,
        cache_dir: Path | None = None,
        fields: Sequence[str] = FIELDS,
        tenant_attacks: Mapping[str, Sequence[Example]] | None = None,
        tenant_benign: Mapping[str, Sequence[Example]] | None = None,
    ) -> None:
        """``attacks`` and ``benign`` apply to every text; ``tenant_attacks`` / ``tenant_benign``
        (learned in triage, by tenant; ``""`` for events without one) only to that tenant's texts."""
        self.embedder = embedder
        self.model_id, self.first_stage_id = model_id, first_stage_id
        self.first_stage = first_stage
        self.thresholds = thresholds or load_thresholds()
        self.fields = tuple(fields)
        attacks = tuple(attacks) if attacks is not None else seed_attacks()
        benign = tuple(benign) if benign is not None else seed_benign()
        if not attacks:
            raise SimilarityError("no attack examples to compare against")
        index_dir = cache_dir / "index" if cache_dir is not None else None
        self.cache = EmbeddingCache(cache_dir / "embeddings" if cache_dir else None, model_id)
        self.attacks = ReferenceIndex.build(attacks, embedder, model=model_id, cache=self.cache, folder=index_dir)
        self.benign = benign  # what scores are contrasted with (the reference model), not searched
        self.model = self._reference_model(self.cache, embedder, attacks, benign)
        self._stage: _FirstStage | None = None
        if first_stage is not None:
            stage_cache = EmbeddingCache(cache_dir / "embeddings" if cache_dir else None, first_stage_id)
            self._stage = _FirstStage(
                first_stage,
                first_stage_id,
                stage_cache,
                ReferenceIndex.build(attacks, first_stage, model=first_stage_id, cache=stage_cache, folder=index_dir),
                self._reference_model(stage_cache, first_stage, attacks, benign),
            )
        self.tenant_attacks = {t: tuple(v) for t, v in (tenant_attacks or {}).items() if v}
        self.tenant_benign = {t: tuple(v) for t, v in (tenant_benign or {}).items() if v}
        self._global = _Scope(None, self.model, None, self._stage.model if self._stage is not None else None)
        self._scopes: dict[str, _Scope] = {}
        self.windows_seen = 0
        self.windows_embedded = 0  # by the full model: the volume that matters
        self.flush()  # the corpora's embeddings: the next process need not compute them again

    @staticmethod
    def _reference_model(
        cache: EmbeddingCache, embedder: Embedder, attacks: Sequence[Example], benign: Sequence[Example]
    ) -> ReferenceModel:
        return ReferenceModel(
            cache.embed([e.text for e in attacks], embedder), cache.embed([e.text for e in benign], embedder)
        )

    def _scope(self, tenant: str | None) -> _Scope:
        """The references for texts of ``tenant`` (None: events without a tenant)."""
        key = tenant or ""
        if key not in self.tenant_attacks and key not in self.tenant_benign:
            return self._global
        if key not in self._scopes:
            self._scopes[key] = self._build_scope(self.tenant_attacks.get(key, ()), self.tenant_benign.get(key, ()))
        return self._scopes[key]

    def _build_scope(self, own_attacks: tuple[Example, ...], own_benign: tuple[Example, ...]) -> _Scope:
        # In memory only (no index folder): a few entries, embedded through the cache like the rest.
        attacks, benign = (*self.attacks.examples, *own_attacks), (*self.benign, *own_benign)
        own = (
            ReferenceIndex.build(own_attacks, self.embedder, model=self.model_id, cache=self.cache)
            if own_attacks
            else None
        )
        model = self._reference_model(self.cache, self.embedder, attacks, benign)
        stage = self._stage
        if stage is None:
            return _Scope(own, model)
        stage_own = (
            ReferenceIndex.build(own_attacks, stage.embedder, model=stage.model_id, cache=stage.cache)
            if own_attacks
            else None
        )
        return _Scope(own, model, stage_own, self._reference_model(stage.cache, stage.embedder, attacks, benign))

    # --- texts --------------------------------------------------------------------------------

    def score_texts(
        self,
        texts: Sequence[str | None],
        *,
        json_field: bool = False,
        skip: Sequence[str | None] | None = None,
        tenant: str | None = None,
    ) -> list[Scored]:
        """The best window of each text (for ``detect`` and for evaluation).

        ``json_field``: the texts are JSON (messages, documents): score the strings in them, except
        one equal to the text's ``skip`` entry. ``tenant``: whose texts they are (whose triage
        entries apply; None: events without a tenant).
        """
        per_text: list[tuple[list[_Window], tuple[str, ...]]] = []
        for n, text in enumerate(texts):
            per_text.append(_windows(text, json_field, skip[n] if skip else None) if text else ([], ()))
        flat = [w.text for windows, _ in per_text for w in windows]
        scores, nearest, attack_cos = self._score_windows(flat, self._scope(tenant))
        results, offset = [], 0
        for windows, signals in per_text:
            if not windows:
                results.append(Scored(-1.0, None, -1.0, None, None, signals))
                continue
            best = offset + int(np.argmax(scores[offset : offset + len(windows)]))
            window = windows[best - offset]
            results.append(
                Scored(
                    float(scores[best]), nearest[best], float(attack_cos[best]), window.span, window.encoding, signals
                )
            )
            offset += len(windows)
        return results

    def similar(self, text: str, k: int = 5, *, tenant: str | None = None) -> list[tuple[Example, float]]:
        """The ``k`` known attacks nearest to ``text`` as a whole, with their cosines: global ones
        and ``tenant``'s learned ones (None: events without a tenant), never another tenant's."""
        vector = self.cache.embed([text], self.embedder)[0]
        own = self._scope(tenant).own
        found = self.attacks.search(vector, k) + (own.search(vector, k) if own is not None else [])
        return sorted(found, key=lambda pair: -pair[1])[:k]

    def first_stage_scores(self, texts: Sequence[str | None]) -> list[float]:  # for calibration
        """Each text's best first-stage score (what ``candidate`` is compared with)."""
        if self._stage is None:
            raise SimilarityError("this detector has no first stage")
        per_text = [[w.text for w in _windows(t, False, None)[0]] if t else [] for t in texts]
        flat = list(dict.fromkeys(w for windows in per_text for w in windows))
        coarse = self._coarse(flat, self._global)
        best = dict(zip(flat, coarse.tolist()))
        return [max((best[w] for w in windows), default=-1.0) for windows in per_text]

    def _score_windows(
        self, windows: list[str], scope: _Scope
    ) -> tuple[NDArray[np.float32], list[Example | None], NDArray[np.float32]]:
        """Per window: score (−1 when the first stage let it pass unseen), the nearest attack and
        the cosine to it."""
        scores = np.full(len(windows), -1.0, dtype=np.float32)
        nearest: list[Example | None] = [None] * len(windows)
        attack_cosines = np.full(len(windows), -1.0, dtype=np.float32)
        if not windows:
            return scores, nearest, attack_cosines
        distinct = list(dict.fromkeys(windows))
        self.windows_seen += len(distinct)
        chosen = distinct
        if self._stage is not None:
            coarse = self._coarse(distinct, scope)
            chosen = [t for t, s in zip(distinct, coarse) if s >= self.thresholds.candidate]
        if chosen:
            before = self.cache.misses
            vectors = self.cache.embed(chosen, self.embedder)
            self.windows_embedded += self.cache.misses - before
            attack_cos, attacks = _nearest(self.attacks, scope.own, vectors)
            fine = scope.model.score(vectors, attack_cos)
            where = {t: i for i, t in enumerate(chosen)}
            for i, text in enumerate(windows):
                j = where.get(text)
                if j is not None:
                    scores[i], nearest[i], attack_cosines[i] = fine[j], attacks[j], attack_cos[j]
        return scores, nearest, attack_cosines

    def _coarse(self, texts: list[str], scope: _Scope) -> NDArray[np.float32]:
        """Each text's first-stage score (callers check that there is a first stage)."""
        stage = self._stage
        # Every scope of a detector with a first stage has a first-stage model (_build_scope, __init__).
        if stage is None or scope.stage_model is None:
            raise SimilarityError("this detector has no first stage")
        vectors = stage.cache.embed(texts, stage.embedder)
        cosines, _ = _nearest(stage.attacks, scope.stage_own, vectors)
        return scope.stage_model.score(vectors, cosines)

    def flush(self) -> None:
        """Persist newly computed embeddings (when the detector has a cache folder)."""
        self.cache.flush()
        if self._stage is not None:
            self._stage.cache.flush()

    # --- events -------------------------------------------------------------------------------

    def detect(self, events: pl.DataFrame) -> pl.DataFrame:
        if events.height == 0:
            return empty_findings()
        ids = text_column(events, "event_id").to_list()
        prompts = text_column(events, "prompt").to_list()
        tenants = text_column(events, "tenant").to_list()
        rows: list[dict[str, Any]] = []
        for field in self.fields:
            texts = text_column(events, field).to_list()
            by_tenant: dict[str, list[int]] = {}  # each tenant's texts meet that tenant's references only
            for i, text in enumerate(texts):
                if text:
                    by_tenant.setdefault(tenants[i] or "", []).append(i)
            # The last user message usually is the prompt: score it once, under ``prompt``.
            skip = prompts if field == "messages" and "prompt" in self.fields else None
            results: list[tuple[int, Scored]] = []
            for tenant, present in by_tenant.items():
                scored = self.score_texts(
                    [texts[i] for i in present],
                    json_field=field != "prompt",
                    skip=[skip[i] for i in present] if skip else None,
                    tenant=tenant,
                )
                results.extend(zip(present, scored))
            for i, result in sorted(results, key=lambda pair: pair[0]):
                rows.extend(self._findings(ids[i], field, result, tenants[i]))
        rows.extend(self._paraphrases(events, ids))
        self.flush()
        return findings_frame(rows) if rows else empty_findings()

    def _paraphrases(self, events: pl.DataFrame, ids: list[str]) -> list[dict[str, Any]]:
        """Responses that restate the system prompt in other words (``paraphrase.py``)."""
        found: list[dict[str, Any]] = []
        pairs = list(zip(text_column(events, "system_prompt").to_list(), text_column(events, "response").to_list()))
        for event_id, hit in zip(ids, paraphrased_disclosures(pairs, self.embedder, self.cache)):
            if hit is not None:
                found.append(
                    {
                        "event_ids": [event_id],
                        "detector": self.id,
                        "rule_id": "similarity.system_prompt_paraphrase",
                        "label": "system_prompt_paraphrase",
                        "score": round(min(1.0, 0.5 + 0.5 * hit.matched / hit.of), 4),
                        "field": "response",
                        "span_start": hit.span[0],
                        "span_end": hit.span[1],
                        "explanation": (
                            f"The response restates {hit.matched} of the system prompt's {hit.of} sentences "
                            f"in other words (each at MiniLM cosine ≥ {hit.cosine:.2f})."
                        ),
                    }
                )
        return found

    def _findings(self, event_id: str, field: str, result: Scored, tenant: str | None) -> list[dict[str, Any]]:
        """The findings of one scored text; tenant-scoped, as the references it met were."""
        found: list[dict[str, Any]] = []
        for signal in result.signals:
            if signal in _SUSPICIOUS_SIGNALS:
                found.append(
                    {
                        "event_ids": [event_id],
                        "detector": self.id,
                        "rule_id": f"similarity.obfuscation.{signal}",
                        "label": signal,
                        "score": _SUSPICIOUS_SIGNALS[signal],
                        "field": field,
                        "tenant": tenant,
                        "explanation": f"The {field} hides text with {_SIGNAL_WORDS[signal]}.",
                    }
                )
        if result.attack is not None and result.score >= self.thresholds.flag:
            attack = result.attack
            where = f" in a {result.encoding}-encoded segment" if result.encoding else ""
            found.append(
                {
                    "event_ids": [event_id],
                    "detector": self.id,
                    "rule_id": f"similarity.{attack.label}",
                    "label": attack.label,
                    "score": round(min(max(result.score, 0.0), 1.0), 4),
                    "field": field,
                    "span_start": result.span[0] if result.span else None,
                    "span_end": result.span[1] if result.span else None,
                    "tenant": tenant,
                    "explanation": (
                        f"The {field}{where} reads like an attack (score {result.score:.2f}); nearest "
                        f"known {attack.label.replace('_', ' ')} example {attack.kind}:{attack.id} "
                        f"at cosine {result.attack_cosine:.2f}{_quoted(attack)}"
                    ),
                }
            )
        return found


_SIGNAL_WORDS = {
    "zero_width": "zero-width characters",
    "unicode_tags": "invisible Unicode tag characters",
    "bidi_control": "bidirectional control characters",
    "homoglyphs": "look-alike letters",
}


def _nearest(
    shared: ReferenceIndex, own: ReferenceIndex | None, vectors: NDArray[np.float32]
) -> tuple[NDArray[np.float32], list[Example | None]]:
    """Per vector, the cosine to the nearest attack of the global index or of a tenant's own, and that attack."""
    cosines, positions = shared.nearest(vectors)
    cosines = np.array(cosines, dtype=np.float32)
    found = [shared.examples[p] if p >= 0 else None for p in positions.tolist()]
    if own is not None:
        own_cosines, own_positions = own.nearest(vectors)
        for i in np.flatnonzero(own_cosines > cosines).tolist():
            cosines[i], found[i] = own_cosines[i], own.examples[own_positions[i]]
    return cosines, found


def _quoted(example: Example) -> str:
    """The example's text for the explanation, unless it is a tenant's own prompt (learned in
    triage): explanations are shown unmasked, and that text is real traffic, not a corpus entry."""
    return "" if example.tenant is not None else f": {_quote(example.text)}"


def _quote(text: str, limit: int = 90) -> str:
    flat = " ".join(text.split())
    return repr(flat if len(flat) <= limit else flat[: limit - 1] + "…")


def _windows(text: str, json_field: bool, skip: str | None) -> tuple[list[_Window], tuple[str, ...]]:
    """The windows a text is compared in, and the obfuscation signals found on the way."""
    pieces = json_strings(text) if json_field else [(text, True)]
    if skip:
        pieces = [(piece, spans) for piece, spans in pieces if piece.strip() != skip.strip()]
    windows: list[_Window] = []
    signals: set[str] = set()
    for piece, has_spans in pieces:
        normalized = normalize(piece)
        signals.update(normalized.signals)
        for start, end in _word_windows(normalized.text):
            span = normalized.original_span(start, end) if has_spans else None
            windows.append(_Window(normalized.text[start:end], span, None))
        for segment in normalized.decoded:
            for start, end in _word_windows(segment.text):
                span = (segment.start, segment.end) if has_spans else None
                windows.append(_Window(segment.text[start:end], span, segment.encoding))
    return windows, tuple(sorted(signals))


def _word_windows(text: str) -> list[tuple[int, int]]:
    words = [m.span() for m in _WORD.finditer(text)]
    if not words:
        return []
    if len(words) <= _WINDOW_WORDS:
        return [(words[0][0], words[-1][1])]
    starts: Sequence[int] = range(0, len(words) - _STRIDE_WORDS, _STRIDE_WORDS)
    if len(starts) > _MAX_WINDOWS:  # evenly spread over the text, first and last included
        picks = np.linspace(0, len(starts) - 1, _MAX_WINDOWS).round().astype(int)
        starts = [starts[p] for p in sorted(set(picks))]
    return [(words[s][0], words[min(s + _WINDOW_WORDS, len(words)) - 1][1]) for s in starts]
