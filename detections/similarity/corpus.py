"""Reference examples: the seed corpus that ships with aisoc, and corpora users add.

Four kinds of reference, kept apart so that nothing a user or a triage decision adds can ever
change the seed corpus:

* ``seed`` — ``corpus/attacks.jsonl``, known attacks written by the project (see its README);
* ``user`` — attack corpora added with ``aisoc corpus add``;
* ``learned`` — events an analyst confirmed as attacks in triage;
* ``benign`` / ``allow`` — the seed's hard benign prompts, and events dismissed in triage.

The first three are what a text is compared against; the last two are what an alert must be
closer to an attack than. An example may carry a ``tenant``: it was learned from (or dismissed
in) that tenant's events and applies to that tenant's events only; without one it is global.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

import orjson

from aisoc.detections.similarity.models import SimilarityError

__all__ = [
    "Example",
    "SEED_DIR",
    "seed_attacks",
    "seed_benign",
    "read_examples",
    "corpus_digest",
    "ATTACK_KINDS",
    "BENIGN_KINDS",
]

SEED_DIR = Path(__file__).parent / "corpus"
ATTACK_KINDS = ("seed", "user", "learned")
BENIGN_KINDS = ("benign", "allow")
_TEXT_FIELDS = ("text", "prompt")


@dataclass(frozen=True)
class Example:
    id: str
    text: str
    label: str  # attack category (injection, jailbreak_persona, …) or "benign"
    kind: str  # seed | user | learned | benign | allow
    technique: str | None = None
    tenant: str | None = None  # the one tenant it applies to ("" = events without a tenant); None: global


def seed_attacks() -> tuple[Example, ...]:
    return tuple(read_examples(SEED_DIR / "attacks.jsonl", kind="seed", label_field="category"))


def seed_benign() -> tuple[Example, ...]:
    return tuple(read_examples(SEED_DIR / "benign.jsonl", kind="benign", default_label="benign"))


def read_examples(
    path: Path, *, kind: str, label_field: str = "label", default_label: str | None = None
) -> list[Example]:
    """Examples from a JSON-lines file: ``text`` (or ``prompt``), optional ``id``, label, ``technique``,
    ``tenant``.

    Raises ``SimilarityError`` naming ``path:line`` for the first unusable line.
    """
    try:
        handle = open(path, "rb")
    except OSError as exc:
        raise SimilarityError(f"{path}: cannot read ({exc.strerror or exc})", path=path) from exc
    examples = []
    with handle:
        for number, line in enumerate(handle, start=1):
            if not line.strip():
                continue
            try:
                record = orjson.loads(line)
            except orjson.JSONDecodeError as exc:
                raise SimilarityError(f"{path}:{number}: not JSON ({exc})", path=path, line=number) from exc
            if not isinstance(record, dict):
                raise SimilarityError(f"{path}:{number}: expected a JSON object", path=path, line=number)
            text = next((record[f] for f in _TEXT_FIELDS if isinstance(record.get(f), str)), None)
            if not text or not text.strip():
                raise SimilarityError(
                    f"{path}:{number}: no text (a non-empty 'text' or 'prompt' field)", path=path, line=number
                )
            label = record.get(label_field, default_label)
            if not isinstance(label, str) or not label:
                raise SimilarityError(f"{path}:{number}: no label (field '{label_field}')", path=path, line=number)
            example_id = record.get("id")
            example_id = str(example_id) if example_id is not None else f"{path.name}:{number}"
            technique = record.get("technique")
            tenant = record.get("tenant")
            if tenant is not None and not isinstance(tenant, str):
                raise SimilarityError(f"{path}:{number}: 'tenant' must be text", path=path, line=number)
            examples.append(
                Example(example_id, text, label, kind, technique if isinstance(technique, str) else None, tenant)
            )
    return examples


def corpus_digest(examples: Iterable[Example]) -> str:
    """A digest of what an index over ``examples`` depends on (text, label, kind, order)."""
    digest = hashlib.sha256()
    for example in examples:
        digest.update(orjson.dumps([example.id, example.text, example.label, example.kind]))
    return digest.hexdigest()
