"""Masking PII and secrets in event text before a console page shows it.

Masking uses the leakage detector's own finders (validated PII, provider key formats, private
keys, high-entropy tokens), so what the console hides is what aisoc would alert on. A masked
value keeps its kind and length, not its characters: ``[EMAIL_ADDRESS·17]``.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import overload

import polars as pl

from aisoc.detections.leakage import find_pii, find_secrets
from aisoc.detections.leakage.limits import Budget

__all__ = ["mask_text", "mask_frame", "segments", "TEXT_FIELDS", "MaskingStopped"]

# Event fields that carry attacker- or user-written text.
TEXT_FIELDS = (
    "prompt",
    "response",
    "system_prompt",
    "messages",
    "tool_calls",
    "retrieved_docs",
    "request",
    "raw",
    "response_status",
)


class MaskingStopped(Exception):
    """The time budget ran out before the text was scanned whole: no part of it may be shown."""


def _hidden(text: str, budget: Budget | None = None) -> list[tuple[int, int, str]]:
    """PII and secret spans in ``text``, overlapping ones merged (the first kind names the merge)."""
    found = (*find_pii(text, budget), *find_secrets(text, budget))
    if budget is not None and budget.stopped:
        raise MaskingStopped  # a scan cut short may have missed a value
    merged: list[tuple[int, int, str]] = []
    for start, end, kind in sorted((m.start, m.end, m.kind) for m in found):
        if merged and start < merged[-1][1]:
            merged[-1] = (merged[-1][0], max(end, merged[-1][1]), merged[-1][2])
        else:
            merged.append((start, end, kind))
    return merged


def _token(start: int, end: int, kind: str, mark: str = "") -> str:
    return f"[{kind}·{end - start}{'·' + mark if mark else ''}]"


@overload
def mask_text(text: str, *, fingerprint: Callable[[str], str] | None = None, budget: Budget | None = None) -> str: ...
@overload
def mask_text(
    text: str | None, *, fingerprint: Callable[[str], str] | None = None, budget: Budget | None = None
) -> str | None: ...


def mask_text(
    text: str | None, *, fingerprint: Callable[[str], str] | None = None, budget: Budget | None = None
) -> str | None:
    """``text`` with each PII or secret value replaced by its kind and length.

    ``fingerprint(value)`` (a keyed hash), when given, is added to each token, so equal values
    still compare equal (group, join, count distinct) without being readable or guessable.
    With a ``budget``, ``MaskingStopped`` is raised if it runs out before the scan is whole."""
    if not text:
        return text
    out, cursor = [], 0
    for start, end, kind in _hidden(text, budget):
        out.append(text[cursor:start])
        out.append(_token(start, end, kind, fingerprint(text[start:end]) if fingerprint else ""))
        cursor = end
    out.append(text[cursor:])
    return "".join(out)


def mask_frame(frame: pl.DataFrame, fields: Iterable[str] = TEXT_FIELDS) -> pl.DataFrame:
    """``frame`` with the text of ``fields`` (those it has) masked."""
    present = [f for f in fields if f in frame.columns and frame.schema[f] == pl.String]
    if not present:
        return frame
    return frame.with_columns(
        pl.col(f).map_elements(mask_text, return_dtype=pl.String, skip_nulls=True) for f in present
    )


def segments(text: str, highlights: Iterable[tuple[int, int]], *, unmask: bool = False) -> list[tuple[str, bool]]:
    """``text`` cut into ``(piece, highlighted)`` pieces, PII and secrets masked unless ``unmask``.

    Masking is decided on the whole text before cutting, so a highlight boundary can never split
    a value in two and leave half of it readable: a masked value is one token, highlighted if
    any part of it is.
    """
    marks = [(max(0, s), min(len(text), e)) for s, e in highlights if e > s]
    hidden = [] if unmask else _hidden(text)
    cuts = sorted({0, len(text), *(p for s, e in marks for p in (s, e)), *(p for s, e, _ in hidden for p in (s, e))})
    pieces: list[tuple[str, bool]] = []
    for start, end in zip(cuts, cuts[1:]):
        value = next((h for h in hidden if h[0] <= start and end <= h[1]), None)
        if value is None:
            lit = any(s <= start and end <= e for s, e in marks)
            piece = text[start:end]
        elif start == value[0]:  # a masked value is one token, lit if any highlight touches it
            lit = any(s < value[1] and value[0] < e for s, e in marks)
            piece = _token(*value)
        else:
            continue  # the rest of a value already shown as its token
        if pieces and pieces[-1][1] == lit:
            pieces[-1] = (pieces[-1][0] + piece, lit)
        else:
            pieces.append((piece, lit))
    return pieces
