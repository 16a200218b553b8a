"""Evaluation corpora: items with a text, a label, a group and gold spans.

``load_items`` reads JSON lines, a JSON array, or an object holding one array (decided by the
content, not the file name). Field names may be dotted paths (``meta.label``). Labels come from
``label_field`` compared with ``positive_label`` as text (so ``1``, ``"1"`` and ``true`` written
as ``--positive-label true`` all work as a user expects), or from ``all_label`` for a corpus that
is all attacks or all benign.

``PRESETS`` names the real corpora in ../shared/data with the options that read them.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import orjson

from aisoc.ingest.kernel.errors import AisocError

__all__ = ["Item", "Span", "Preset", "PRESETS", "EvaluationError", "load_items", "load_preset"]


class EvaluationError(AisocError):
    """A corpus, split or option that cannot be evaluated (one-line message)."""


@dataclass(frozen=True)
class Span:
    entity: str
    start: int
    end: int


@dataclass(frozen=True)
class Item:
    key: str  # SHA-256 of the text: splits are committed as keys, never as text
    text: str
    label: bool | None
    group: str | None = None
    spans: tuple[Span, ...] = ()


def load_items(
    path: Path,
    *,
    text_field: str = "text",
    label_field: str | None = None,
    positive_label: str | None = None,
    all_label: str | None = None,
    group_field: str | None = None,
    spans_field: str | None = None,
    keep: Callable[[dict], bool] | None = None,
) -> list[Item]:
    """The items of a corpus file; ``keep`` drops records before they are read (a preset's filter)."""
    if label_field is not None and positive_label is None:
        raise EvaluationError("--label-field needs --positive-label")
    if all_label not in (None, "attack", "benign"):
        raise EvaluationError(f"--all-label {all_label!r}: expected attack or benign")
    items = []
    for where, record in _records(Path(path)):
        if not isinstance(record, dict):
            raise EvaluationError(f"{where}: expected a JSON object")
        if keep is not None and not keep(record):
            continue
        text = _get(record, text_field)
        if not isinstance(text, str):
            raise EvaluationError(f"{where}: no text field {text_field!r}")
        label: bool | None
        if label_field is not None:
            value = _get(record, label_field, missing=_MISSING)
            if value is _MISSING:
                raise EvaluationError(f"{where}: no label field {label_field!r}")
            label = _as_text(value) == positive_label
        else:
            label = None if all_label is None else all_label == "attack"
        group = _get(record, group_field) if group_field else None
        spans = tuple(_spans(record, spans_field, where)) if spans_field else ()
        items.append(
            Item(
                hashlib.sha256(text.encode("utf-8", "surrogatepass")).hexdigest(),
                text,
                label,
                None if group is None else _as_text(group),
                spans,
            )
        )
    return items


_MISSING = object()


def _get(record: dict, dotted: str, missing: Any = None) -> Any:
    value: Any = record
    for part in dotted.split("."):
        if not isinstance(value, dict) or part not in value:
            return missing
        value = value[part]
    return value


def _as_text(value: Any) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    return str(value)


def _records(path: Path):
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise EvaluationError(f"{path}: cannot read ({exc.strerror or exc})", path=path) from exc
    stripped = data.lstrip()
    if stripped[:1] in (b"[", b"{"):
        try:
            whole = orjson.loads(data)
        except orjson.JSONDecodeError:
            whole = _MISSING  # maybe JSON lines whose first line is an object
        if isinstance(whole, list):
            yield from ((f"{path}: item {n}", r) for n, r in enumerate(whole, start=1))
            return
        if isinstance(whole, dict):
            arrays = [v for v in whole.values() if isinstance(v, list)]
            if len(arrays) == 1 and len(whole) <= 3:
                yield from ((f"{path}: item {n}", r) for n, r in enumerate(arrays[0], start=1))
            else:
                yield f"{path}:1", whole
            return
    for number, line in enumerate(data.splitlines(), start=1):
        if not line.strip():
            continue
        try:
            yield f"{path}:{number}", orjson.loads(line)
        except orjson.JSONDecodeError as exc:
            raise EvaluationError(f"{path}:{number}: not JSON ({exc})", path=path, line=number) from exc


def _spans(record: dict, field: str, where: str):
    spans = _get(record, field)
    if not isinstance(spans, list):
        raise EvaluationError(f"{where}: no span list {field!r}")
    for span in spans:
        try:
            yield Span(str(span["entity_type"]), int(span["start_position"]), int(span["end_position"]))
        except (KeyError, TypeError, ValueError) as exc:
            raise EvaluationError(f"{where}: a span needs entity_type, start_position, end_position") from exc


# --- the real corpora --------------------------------------------------------------------------


@dataclass(frozen=True)
class Preset:
    name: str
    task: str
    files: tuple[str, ...]  # relative to the shared data folder
    options: dict
    keep: Callable[[dict], bool] | None = None  # a row filter applied before loading
    about: str = ""


def _is_real_secret_row(record: dict) -> bool:
    """gitleaks' rule tests are mixed with pieces of the rules' own regexes: drop those."""
    text = record.get("text", "")
    if len(text.strip()) < 20 or not re.search(r"[A-Za-z0-9]{8}", text):
        return False  # a bare prefix (``sk-ant-api03-``, a webhook URL's fixed part): nothing to find
    fragments = (
        "(?i)",
        "\\b",
        "\\s",
        "\\d",
        "[a-z",
        "[A-Z",
        "[0-9",
        "{1,",
        "{2,",
        "{3",
        "(?:",
        "|(",
        ")?",
        "[\\w",
        "\\.",
        ".*",
        "+)",
        "^",
        "$",
    )
    return len(text) >= 8 and not any(f in text for f in fragments)


PRESETS: dict[str, Preset] = {
    p.name: p
    for p in (
        Preset(
            "cyberseceval",
            "injection",
            ("cyberseceval/prompt_injection.json",),
            {"text_field": "user_input", "all_label": "attack", "group_field": "injection_variant"},
            about="CyberSecEval 2 prompt injection: 251 attacks, 15 techniques (recall per technique)",
        ),
        Preset(
            "mitre_frr",
            "injection",
            ("cyberseceval/mitre_frr.json",),
            {"text_field": "mutated_prompt", "all_label": "benign"},
            about="CyberSecEval 2 mitre_frr: 750 benign prompts that sound like attack requests (false positives)",
        ),
        Preset(
            "notinject",
            "injection",
            ("notinject/NotInject_one.json", "notinject/NotInject_two.json", "notinject/NotInject_three.json"),
            {"text_field": "prompt", "all_label": "benign", "group_field": "category"},
            about="InjecGuard NotInject: 339 benign prompts full of trigger words (false positives)",
        ),
        Preset(
            "injecguard",
            "injection",
            ("notinject/valid.json",),
            {"text_field": "prompt", "label_field": "label", "positive_label": "1"},
            about="InjecGuard labelled set: 144 prompts, benign and injections (precision and recall)",
        ),
        Preset(
            "presidio",
            "pii",
            ("presidio/synth_dataset_v2.json",),
            {"text_field": "full_text", "spans_field": "spans"},
            about="presidio-research synthetic PII: 1,500 texts with entity spans (per entity type)",
        ),
        Preset(
            "gitleaks",
            "secrets",
            ("gitleaks/rule_tps_fps.jsonl",),
            {"text_field": "text", "label_field": "label", "positive_label": "secret", "group_field": "rule_id"},
            keep=_is_real_secret_row,
            about="gitleaks rule tests: secrets and near-misses, rows that are regex fragments dropped",
        ),
    )
}


def load_preset(name: str, shared: Path) -> list[Item]:
    """The items of a preset corpus from the shared data folder, de-duplicated by text."""
    preset = PRESETS.get(name)
    if preset is None:
        raise EvaluationError(f"unknown corpus preset {name!r}: expected one of {', '.join(PRESETS)}")
    items: dict[str, Item] = {}
    for relative in preset.files:
        path = shared / relative
        if not path.is_file():
            raise EvaluationError(f"{path}: not found (the shared evaluation data is not on this machine)", path=path)
        for item in load_items(path, keep=preset.keep, **preset.options):
            items.setdefault(item.key, item)
    return list(items.values())
