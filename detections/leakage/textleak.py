"""Text that must not come back out: the system prompt, canary tokens, protected documents.

Reproduction is measured on word shingles (runs of ``SHINGLE`` words after folding case and
punctuation), so it survives small edits, re-wrapping and re-punctuation: the score is the share
of the reference's shingles that appear in the response. Short references need a higher share,
since a few common words in a row prove little.
"""

from __future__ import annotations

import functools
import hashlib
import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass

from aisoc.detections.leakage.pii import Match

__all__ = ["Watchlist", "system_prompt_leak", "reproduction", "SHINGLE"]

SHINGLE = 6
_WORD = re.compile(r"\w+", re.UNICODE)
_MIN_WORDS = 8  # a reference shorter than this is judged by verbatim containment only


def _words(text: str) -> list[tuple[str, int, int]]:
    return [(m.group(0).casefold(), m.start(), m.end()) for m in _WORD.finditer(text)]


def _shingles(words: list[tuple[str, int, int]]) -> dict[int, int]:
    """Shingle hash → index of its first word."""
    found: dict[int, int] = {}
    for i in range(len(words) - SHINGLE + 1):
        key = hash(" ".join(w for w, _, _ in words[i : i + SHINGLE]))
        found.setdefault(key, i)
    return found


@dataclass(frozen=True)
class _Reference:
    shingles: frozenset[int]
    words: int
    text: str


@functools.lru_cache(maxsize=256)  # an application sends one system prompt with every request
def _reference(text: str) -> _Reference:
    words = _words(text)
    return _Reference(frozenset(_shingles(words)), len(words), text)


def reproduction(reference: _Reference, text: str) -> tuple[float, tuple[int, int] | None]:
    """Share of ``reference``'s shingles found in ``text``, and the span of ``text`` they cover."""
    if reference.words < _MIN_WORDS:
        folded = " ".join(w for w, _, _ in _words(reference.text))
        words = _words(text)
        joined = " ".join(w for w, _, _ in words)
        at = joined.find(folded) if folded else -1
        if at < 0:
            return 0.0, None
        first = joined[:at].count(" ") if at else 0
        last = first + folded.count(" ")
        return 1.0, (words[first][1], words[last][2])
    words = _words(text)
    hits = [(i, key) for key, i in _shingles(words).items() if key in reference.shingles]
    if not hits or not reference.shingles:
        return 0.0, None
    share = len({k for _, k in hits}) / len(reference.shingles)
    first = min(i for i, _ in hits)
    last = max(i for i, _ in hits) + SHINGLE - 1
    return share, (words[first][1], words[last][2])


def _threshold(words: int) -> float:
    # Long prompts leak in parts; short ones must come back nearly whole to count.
    return 0.25 if words >= 60 else 0.4 if words >= 25 else 0.6


def system_prompt_leak(system_prompt: str | None, response: str | None) -> Match | None:
    if not system_prompt or not response:
        return None
    reference = _reference(system_prompt)
    share, span = reproduction(reference, response)
    if span is None or share < _threshold(reference.words):
        return None
    return Match(
        "system_prompt",
        span[0],
        span[1],
        round(min(1.0, 0.5 + share / 2), 4),
        f"{share:.0%} of the system prompt's {SHINGLE}-word runs reproduced",
    )


class Watchlist:
    """Canary tokens (exact, case-sensitive) and protected documents (reproduction by shingles)."""

    def __init__(self, canaries: Iterable[str] = (), documents: Mapping[str, str] | None = None):
        self.canaries = tuple(sorted({c for c in canaries if c}))
        self.documents = {name: _reference(text) for name, text in sorted((documents or {}).items()) if text.strip()}
        self._canary = re.compile("|".join(re.escape(c) for c in self.canaries)) if self.canaries else None

    def __bool__(self) -> bool:
        return bool(self.canaries or self.documents)

    def find(self, text: str | None) -> list[tuple[Match, str]]:
        """Matches, each with the name of what leaked (a canary's digest, a document's name)."""
        if not text:
            return []
        found = []
        if self._canary is not None:
            for m in self._canary.finditer(text):
                name = "canary:" + hashlib.sha256(m.group(0).encode()).hexdigest()[:12]
                found.append((Match("canary", m.start(), m.end(), 1.0, "registered canary token"), name))
        for name, reference in self.documents.items():
            share, span = reproduction(reference, text)
            if span is not None and share >= _threshold(reference.words):
                found.append(
                    (
                        Match(
                            "protected_doc",
                            span[0],
                            span[1],
                            round(min(1.0, 0.5 + share / 2), 4),
                            f"{share:.0%} of its {SHINGLE}-word runs reproduced",
                        ),
                        name,
                    )
                )
        return found
