"""One labelled training text, whatever its origin.

``label`` is one of ``LABELS`` for prompts (what a user or a document sends to a model) or of
``RESPONSE_LABELS`` for model responses. ``source`` names the manifest part the text belongs to
(``written/attacks``, ``composed/personas``, ``train/jailbreakbench`` …), ``technique`` the way
of attacking or the kind of benign text, ``lang`` an ISO 639-1 code.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

__all__ = ["Sample", "LABELS", "ATTACK_LABELS", "RESPONSE_LABELS", "read_samples"]

ATTACK_LABELS = ("injection", "jailbreak", "extraction")
# ``harmful``: a plain harmful request, no wrapper: not an attack on the application.
LABELS = (*ATTACK_LABELS, "harmful", "benign")
RESPONSE_LABELS = ("disclosure", "normal")


@dataclass(frozen=True)
class Sample:
    text: str
    label: str
    source: str
    technique: str = ""
    lang: str = "en"


def read_samples(path: Path, source: str, labels: Sequence[str]) -> list[Sample]:
    """A hand-written file, one ``{"label", "technique", "lang", "text"}`` object a line.

    Only ``labels`` may occur in it (a label from another file is a mislabelled line); a bad
    line raises ValueError naming ``path:line``.
    """
    samples = []
    with path.open(encoding="utf-8") as lines:
        for number, line in enumerate(lines, 1):
            if line.strip():
                samples.append(_sample(line, f"{path}:{number}", source, tuple(labels)))
    return samples


def _sample(line: str, where: str, source: str, labels: tuple[str, ...]) -> Sample:
    try:
        row = json.loads(line)
    except json.JSONDecodeError as exc:
        raise ValueError(f"{where}: not JSON ({exc.msg})") from None
    if not isinstance(row, dict):
        raise ValueError(f"{where}: expected a JSON object")
    label, text = row.get("label"), row.get("text")
    if label not in labels:
        raise ValueError(f"{where}: label {label!r} is not one of {labels}")
    if not isinstance(text, str) or not text.strip():
        raise ValueError(f"{where}: text missing or empty")
    technique, lang = row.get("technique", ""), row.get("lang", "en")
    if not isinstance(technique, str) or not isinstance(lang, str) or not lang:
        raise ValueError(f"{where}: technique and lang must be strings")
    return Sample(text=text, label=label, source=source, technique=technique, lang=lang)
