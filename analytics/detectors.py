"""Setting up the detectors for a run: where their caches and corpora live, and which ones run.

A *store* is the folder that keeps what detectors accumulate: the warehouse root when there is a
warehouse, else a cache folder (``$AISOC_CACHE_DIR``, else ``$XDG_CACHE_HOME/aisoc``, else
``~/.cache/aisoc``), so ``aisoc scan`` works without one. Inside it:

    cache/                       embeddings by text hash, faiss indexes, the static model
    corpora/user/<name>.jsonl    attack corpora added with ``aisoc corpus add``
    corpora/learned/*.jsonl      attacks confirmed in triage (``triage.jsonl``) or added by an admin
    corpora/allow/*.jsonl        prompts dismissed in triage (``triage.jsonl``, ``classifier.jsonl``)
                                 or added by an admin: the allow-list
    corpora/quarantine/*.jsonl   old triage entries whose tenant could not be established

None of these ever changes the seed corpus that ships in ``detections/similarity/corpus/``.

Triage feedback belongs to the tenant it was given in: every line triage writes carries that
tenant, and applies to that tenant's events only (``tenant_examples``, ``allowed_by_tenant``).
What an admin adds with ``aisoc corpus add`` is global unless a line names a tenant. Lines that
triage wrote before feedback had a tenant are given the tenant of their event on first use
(``settle_unscoped``); those that cannot be traced are moved to ``corpora/quarantine/`` and apply
nowhere — never to every tenant.
"""

from __future__ import annotations

import re
import warnings
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field, replace
from pathlib import Path

import orjson
import polars as pl

from aisoc.detections.classifier import ClassifierDetector, prompt_model, response_model
from aisoc.detections.findings import Detector
from aisoc.detections.leakage import LeakageDetector
from aisoc.detections.rulepack import RULES_DIR, load_pack
from aisoc.detections.sigma.detector import SigmaDetector
from aisoc.detections.similarity import (
    Embedder,
    Example,
    SimilarityDetector,
    SimilarityError,
    default_detector,
    read_examples,
    seed_attacks,
    seed_benign,
)
from aisoc.ingest.kernel.atomic import write_atomic
from aisoc.ingest.kernel.secretkey import TamperWarning
from aisoc.ingest.kernel.settings import CACHE_DIR, cache_home
from aisoc.ingest.warehouse import Warehouse

__all__ = [
    "Store",
    "DetectorOptions",
    "content_detectors",
    "sigma_detector",
    "similarity_detector",
    "classifier_detector",
    "CONTENT_DETECTORS",
    "SCAN_DETECTORS",
    "CORPUS_KINDS",
    "TRIAGE_FILES",
    "CorpusWarning",
]

CONTENT_DETECTORS = ("sigma", "classifier", "similarity", "leakage")
# What ``aisoc scan`` runs unless told otherwise: MiniLM similarity costs ~100 texts/s on two
# cores, the rest thousands (docs/classifier.md); it stays one flag away.
SCAN_DETECTORS = ("sigma", "classifier", "leakage")
CORPUS_KINDS = ("user", "learned", "allow")
# The files triage writes (analytics.queries.feedback): every line names its tenant. Reserved.
TRIAGE_FILES = ("triage", "classifier")
_TRIAGE_KINDS = ("learned", "allow")
# ``allowed_by_tenant``'s key for entries that apply everywhere (the classifier's contract).
_EVERYWHERE = "*"
_NAME = re.compile(r"[^A-Za-z0-9._-]+")


class CorpusWarning(TamperWarning):
    """Stored triage feedback whose tenant could not be established was set aside (one line).

    A kind of TamperWarning: stored data that is no longer trusted as it stands, so the CLI shows
    it as one line like the others."""


@dataclass(frozen=True)
class Store:
    root: Path

    @classmethod
    def default(cls) -> Store:
        return cls(CACHE_DIR.path(cache_home() / "aisoc"))

    @property
    def cache_dir(self) -> Path:
        return self.root / "cache"

    def corpus_dir(self, kind: str) -> Path:
        if kind not in CORPUS_KINDS:
            raise ValueError(f"corpus kind {kind!r}: expected one of {', '.join(CORPUS_KINDS)}")
        return self.root / "corpora" / kind

    def examples(self, kind: str) -> list[Example]:
        """The global examples of one corpus kind: what applies to every tenant's events (triage
        entries belong to one tenant: ``tenant_examples``)."""
        return [e for e in self._entries(kind) if e.tenant is None]

    def tenant_examples(self, kind: str) -> dict[str, list[Example]]:
        """The examples of one kind that apply to one tenant only, by tenant (``""``: events without one)."""
        found: dict[str, list[Example]] = {}
        for example in self._entries(kind):
            if example.tenant is not None:
                found.setdefault(example.tenant, []).append(example)
        return found

    def allowed_by_tenant(self) -> dict[str, list[str]]:
        """Allow-listed texts per tenant (``*``: admin entries without a tenant apply everywhere)."""
        found: dict[str, list[str]] = {}
        for example in self._entries("allow"):
            found.setdefault(_EVERYWHERE if example.tenant is None else example.tenant, []).append(example.text)
        return found

    def _entries(self, kind: str) -> list[Example]:
        """Every usable example of one kind, ``tenant`` None when it applies everywhere."""
        folder = self.corpus_dir(kind)
        found: list[Example] = []
        for path in sorted(folder.glob("*.jsonl")) if folder.is_dir() else ():
            examples = read_examples(path, kind=kind, default_label="benign" if kind == "allow" else None)
            if _is_triage_file(kind, path):
                # A triage line without a tenant predates per-tenant feedback: until settle_unscoped
                # traces it, it applies nowhere. "*" is a tenant's name here, never "everywhere".
                found.extend(e for e in examples if e.tenant is not None and e.tenant != _EVERYWHERE)
            else:
                found.extend(replace(e, tenant=None) if e.tenant == _EVERYWHERE else e for e in examples)
        return found

    @property
    def quarantine_dir(self) -> Path:
        return self.root / "corpora" / "quarantine"

    def settle_unscoped(self) -> None:
        """Give triage lines written before feedback carried a tenant the tenant of their event.

        A triage entry's id is ``triage-<event_id>``; the event's tenant is looked up in the
        warehouse's events. Lines whose event is gone, unknown, or stored under several tenants
        move to ``corpora/quarantine/<kind>-<file>.jsonl`` (applied nowhere) with a CorpusWarning.
        Idempotent: a file whose lines all carry a tenant is left alone.
        """
        for kind in _TRIAGE_KINDS:
            for name in TRIAGE_FILES:
                path = self.corpus_dir(kind) / f"{name}.jsonl"
                if path.is_file():
                    self._settle_file(kind, path)

    def _settle_file(self, kind: str, path: Path) -> None:
        read_examples(path, kind=kind, default_label="benign")  # every line usable (path:line otherwise)
        records = [orjson.loads(line) for line in path.read_bytes().splitlines() if line.strip()]
        unscoped = [r for r in records if not isinstance(r.get("tenant"), str) or r["tenant"] == _EVERYWHERE]
        if not unscoped:
            return
        tenants = self._event_tenants([str(r.get("id", "")).removeprefix("triage-") for r in unscoped])
        kept, set_aside = [], []
        for record in records:
            if record in unscoped:
                tenant = tenants.get(str(record.get("id", "")).removeprefix("triage-"))
                if tenant is None:
                    set_aside.append(record)
                    continue
                record = {**record, "tenant": tenant}
            kept.append(record)
        target = self.quarantine_dir / f"{kind}-{path.stem}.jsonl"
        if set_aside:
            _append_new(target, set_aside)
        write_atomic(path, lambda handle: handle.write(b"".join(orjson.dumps(r) + b"\n" for r in kept)))
        warnings.warn(
            f"{path}: {len(set_aside)} of {len(unscoped)} triage entries with no tenant (written before "
            f"feedback was per tenant) could not be traced to their event's tenant and were moved to "
            f"{target} (applied to no tenant); {len(unscoped) - len(set_aside)} now apply to their "
            f"event's tenant only",
            CorpusWarning,
            stacklevel=2,
        )

    def _event_tenants(self, event_ids: list[str]) -> dict[str, str]:
        """The tenant of each event id stored under exactly one (``""``: stored without a tenant)."""
        warehouse = Warehouse(self.root)
        if not event_ids or not warehouse.event_files():
            return {}
        found = (
            warehouse.scan_events()
            .filter(pl.col("event_id").is_in(event_ids))
            .select("event_id", pl.col("tenant").fill_null(""))
            .unique()
            .collect()
        )
        single = found.group_by("event_id").agg(pl.col("tenant").first(), pl.len().alias("tenants"))
        return {row["event_id"]: row["tenant"] for row in single.iter_rows(named=True) if row["tenants"] == 1}

    def add_corpus(self, source: Path, *, label: str, kind: str = "user", name: str | None = None) -> tuple[Path, int]:
        """Copy the examples of ``source`` (JSON lines with ``text`` or ``prompt``) into the store.

        Every line is checked first (``SimilarityError`` with path:line); ``label`` applies to lines
        without their own. Returns the stored file and how many examples it holds.
        """
        examples = read_examples(source, kind=kind, default_label=label)
        target = self.corpus_dir(kind) / f"{_NAME.sub('_', name or source.stem) or 'corpus'}.jsonl"
        if _is_triage_file(kind, target):
            raise SimilarityError(
                f"{target.name}: the name is kept for triage feedback in corpora/{kind}; choose another with --name"
            )
        lines = b"".join(
            orjson.dumps(
                {
                    "id": e.id,
                    "label": e.label,
                    "text": e.text,
                    "technique": e.technique,
                    **({"tenant": e.tenant} if e.tenant is not None else {}),
                }
            )
            + b"\n"
            for e in examples
        )
        write_atomic(target, lambda handle: handle.write(lines))
        return target, len(examples)

    def add_examples(self, kind: str, name: str, records: Sequence[Mapping]) -> int:
        """Add triage examples (``id``, ``label``, ``text``, ``tenant``: the tenant of the events
        they came from, None for events without one) to ``corpora/<kind>/<name>.jsonl``.

        An id already in the file is not added twice. Returns how many were new.
        """
        target = self.corpus_dir(kind) / f"{_NAME.sub('_', name) or 'corpus'}.jsonl"
        known = {e.id for e in read_examples(target, kind=kind, default_label="benign")} if target.exists() else set()
        fresh = [r for r in records if r["id"] not in known and r.get("text")]
        if fresh:
            old = target.read_bytes() if target.exists() else b""
            # Always written, "" included: a triage line without a tenant reads as an old, unscoped one.
            lines = b"".join(
                orjson.dumps({"id": r["id"], "label": r["label"], "text": r["text"], "tenant": r.get("tenant") or ""})
                + b"\n"
                for r in fresh
            )
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
        found.append(sigma_detector(options))
    if "classifier" in options.only:
        found.append(classifier_detector(options))
    if "similarity" in options.only:
        found.append(similarity_detector(options))
    if "leakage" in options.only:
        found.append(LeakageDetector(canaries=options.canaries, protected_docs=options.protected_docs))
    return found


def sigma_detector(options: DetectorOptions) -> SigmaDetector:
    """The rule files of ``options`` (default: the packaged pack) as one detector."""
    return SigmaDetector(load_pack(list(options.rule_paths) or [RULES_DIR]))


def classifier_detector(options: DetectorOptions) -> ClassifierDetector:
    """The shipped prompt and response models, with the store's per-tenant allow-list."""
    options.store.settle_unscoped()
    return ClassifierDetector(prompt_model(), response_model(), allow=options.store.allowed_by_tenant())


def similarity_detector(options: DetectorOptions) -> SimilarityDetector:
    """Seed and admin corpora for every tenant's events; triage entries for their own tenant's only."""
    store = options.store
    store.settle_unscoped()
    attacks = (*seed_attacks(), *store.examples("user"), *store.examples("learned"))
    benign = (*seed_benign(), *store.examples("allow"))
    tenant_attacks = _merged(store.tenant_examples("user"), store.tenant_examples("learned"))
    tenant_benign = store.tenant_examples("allow")
    if options.embedder is not None:
        embed, model_id = options.embedder
        return SimilarityDetector(
            embedder=embed,
            model_id=model_id,
            attacks=attacks,
            benign=benign,
            cache_dir=store.cache_dir,
            tenant_attacks=tenant_attacks,
            tenant_benign=tenant_benign,
        )
    try:
        return default_detector(
            store.cache_dir,
            attacks=attacks,
            benign=benign,
            two_stage=options.two_stage,
            tenant_attacks=tenant_attacks,
            tenant_benign=tenant_benign,
        )
    except OSError as exc:
        raise SimilarityError(f"{store.cache_dir}: cannot use the cache folder ({exc.strerror or exc})") from exc


def _merged(*by_tenant: Mapping[str, list[Example]]) -> dict[str, list[Example]]:
    merged: dict[str, list[Example]] = {}
    for mapping in by_tenant:
        for tenant, examples in mapping.items():
            merged.setdefault(tenant, []).extend(examples)
    return merged


def _is_triage_file(kind: str, path: Path) -> bool:
    return kind in _TRIAGE_KINDS and path.stem in TRIAGE_FILES


def _append_new(target: Path, records: list[dict]) -> None:
    """Append ``records`` whose id ``target`` does not hold yet (two processes may settle at once)."""
    old = target.read_bytes() if target.exists() else b""
    known = {orjson.loads(line).get("id") for line in old.splitlines() if line.strip()}
    fresh = b"".join(orjson.dumps(r) + b"\n" for r in records if r.get("id") not in known)
    target.parent.mkdir(parents=True, exist_ok=True)
    write_atomic(target, lambda handle: handle.write(old + fresh))
