"""Setting up the detectors for a run: where their caches and corpora live, and which ones run.

A *store* is the folder that keeps what detectors accumulate: the warehouse root when there is a
warehouse, else a cache folder (``$AISOC_CACHE_DIR``, else ``$XDG_CACHE_HOME/aisoc``, else
``~/.cache/aisoc``), so ``aisoc scan`` works without one. Inside it:

    cache/                       embeddings by text hash, faiss indexes, the static model
    corpora/user/<name>.jsonl    attack corpora added with ``aisoc corpus add``
    corpora/learned/*.jsonl      attacks confirmed in triage
    corpora/allow/*.jsonl        prompts dismissed in triage (the allow-list)

None of these ever changes the seed corpus that ships in ``detections/similarity/corpus/``.
"""

from __future__ import annotations

import os
import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path

import orjson

from detections.classifier import ClassifierDetector, prompt_model, response_model
from detections.findings import Detector
from detections.leakage import LeakageDetector
from detections.rulepack import RULES_DIR, load_pack
from detections.sigma.detector import SigmaDetector
from detections.similarity import (Embedder, Example, SimilarityDetector, SimilarityError, default_detector,
                                   read_examples, seed_attacks, seed_benign)
from ingest.atomic import write_atomic

__all__ = ["Store", "DetectorOptions", "content_detectors", "similarity_detector", "classifier_detector",
           "CONTENT_DETECTORS", "SCAN_DETECTORS", "CORPUS_KINDS"]

CONTENT_DETECTORS = ("sigma", "classifier", "similarity", "leakage")
# What ``aisoc scan`` runs unless told otherwise: MiniLM similarity costs ~100 texts/s on two
# cores, the rest thousands (docs/classifier.md); it stays one flag away.
SCAN_DETECTORS = ("sigma", "classifier", "leakage")
CORPUS_KINDS = ("user", "learned", "allow")
_NAME = re.compile(r"[^A-Za-z0-9._-]+")


@dataclass(frozen=True)
class Store:
    root: Path

    @classmethod
    def default(cls) -> Store:
        explicit = os.environ.get("AISOC_CACHE_DIR")
        if explicit:
            return cls(Path(explicit))
        base = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
        return cls(Path(base) / "aisoc")

    @property
    def cache_dir(self) -> Path:
        return self.root / "cache"

    def corpus_dir(self, kind: str) -> Path:
        if kind not in CORPUS_KINDS:
            raise ValueError(f"corpus kind {kind!r}: expected one of {', '.join(CORPUS_KINDS)}")
        return self.root / "corpora" / kind

    def examples(self, kind: str) -> list[Example]:
        """The examples of one corpus kind; for ``allow``, only entries that apply to every tenant
        (a tenant's own entries are for the classifier of that tenant: ``allowed_by_tenant``)."""
        if kind == "allow":
            return [example for example, tenant in self._allow_entries() if tenant == "*"]
        folder = self.corpus_dir(kind)
        found: list[Example] = []
        for path in sorted(folder.glob("*.jsonl")) if folder.is_dir() else ():
            found.extend(read_examples(path, kind=kind))
        return found

    def allowed_by_tenant(self) -> dict[str, list[str]]:
        """Allow-listed texts per tenant (``*``: entries written without one apply everywhere)."""
        found: dict[str, list[str]] = {}
        for example, tenant in self._allow_entries():
            found.setdefault(tenant, []).append(example.text)
        return found

    def _allow_entries(self) -> list[tuple[Example, str]]:
        entries = []
        folder = self.corpus_dir("allow")
        for path in sorted(folder.glob("*.jsonl")) if folder.is_dir() else ():
            examples = read_examples(path, kind="allow", default_label="benign")  # checks every line first
            lines = [line for line in path.read_bytes().splitlines() if line.strip()]
            entries.extend((e, str(orjson.loads(line).get("tenant") or "*")) for e, line in zip(examples, lines))
        return entries

    def add_corpus(self, source: Path, *, label: str, kind: str = "user", name: str | None = None) -> tuple[Path, int]:
        """Copy the examples of ``source`` (JSON lines with ``text`` or ``prompt``) into the store.

        Every line is checked first (``SimilarityError`` with path:line); ``label`` applies to lines
        without their own. Returns the stored file and how many examples it holds.
        """
        examples = read_examples(source, kind=kind, default_label=label)
        target = self.corpus_dir(kind) / f"{_NAME.sub('_', name or source.stem) or 'corpus'}.jsonl"
        lines = b"".join(orjson.dumps({"id": e.id, "label": e.label, "text": e.text, "technique": e.technique}) + b"\n"
                         for e in examples)
        write_atomic(target, lambda handle: handle.write(lines))
        return target, len(examples)

    def add_examples(self, kind: str, name: str, records: Sequence[Mapping]) -> int:
        """Add triage examples (``id``, ``label``, ``text``, optional ``tenant``) to
        ``corpora/<kind>/<name>.jsonl``.

        An id already in the file is not added twice. Returns how many were new.
        """
        target = self.corpus_dir(kind) / f"{_NAME.sub('_', name) or 'corpus'}.jsonl"
        known = {e.id for e in read_examples(target, kind=kind, default_label="benign")} if target.exists() else set()
        fresh = [r for r in records if r["id"] not in known and r.get("text")]
        if fresh:
            old = target.read_bytes() if target.exists() else b""
            lines = b"".join(orjson.dumps({"id": r["id"], "label": r["label"], "text": r["text"],
                                           **({"tenant": r["tenant"]} if r.get("tenant") else {})}) + b"\n"
                             for r in fresh)
            write_atomic(target, lambda handle: handle.write(old + lines))
        return len(fresh)


@dataclass
class DetectorOptions:
    store: Store
    only: Sequence[str] = CONTENT_DETECTORS
    rule_paths: Sequence[Path] = ()
    canaries: Sequence[str] = ()
    protected_docs: Mapping[str, str] = field(default_factory=dict)
    two_stage: bool = False  # the static first stage (docs/similarity.md: off by default)
    # Test seam: a fake embedder (with its model id) replaces MiniLM and the static first stage.
    embedder: tuple[Embedder, str] | None = None


def content_detectors(options: DetectorOptions) -> list[Detector]:
    """The detectors that read event text (Sigma, similarity, leakage), in a fixed order."""
    unknown = set(options.only) - set(CONTENT_DETECTORS)
    if unknown:
        raise ValueError(f"unknown detector {sorted(unknown)[0]!r}: expected {', '.join(CONTENT_DETECTORS)}")
    found: list[Detector] = []
    if "sigma" in options.only:
        found.append(SigmaDetector(load_pack(list(options.rule_paths) or [RULES_DIR])))
    if "classifier" in options.only:
        found.append(classifier_detector(options))
    if "similarity" in options.only:
        found.append(similarity_detector(options))
    if "leakage" in options.only:
        found.append(LeakageDetector(canaries=options.canaries, protected_docs=options.protected_docs))
    return found


def classifier_detector(options: DetectorOptions) -> ClassifierDetector:
    """The shipped prompt and response models, with the store's per-tenant allow-list."""
    return ClassifierDetector(prompt_model(), response_model(), allow=options.store.allowed_by_tenant())


def similarity_detector(options: DetectorOptions) -> SimilarityDetector:
    store = options.store
    attacks = (*seed_attacks(), *store.examples("user"), *store.examples("learned"))
    benign = (*seed_benign(), *store.examples("allow"))
    if options.embedder is not None:
        embed, model_id = options.embedder
        return SimilarityDetector(embedder=embed, model_id=model_id, attacks=attacks, benign=benign,
                                  cache_dir=store.cache_dir)
    try:
        return default_detector(store.cache_dir, attacks=attacks, benign=benign, two_stage=options.two_stage)
    except OSError as exc:
        raise SimilarityError(f"{store.cache_dir}: cannot use the cache folder ({exc.strerror or exc})") from exc
