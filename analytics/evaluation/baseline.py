"""A plain keyword baseline for prompt injection: what the detectors must beat.

The score is the number of distinct trigger phrases a text contains (ASCII case-insensitive),
so a threshold at a fixed false-positive rate can be set on it like on any other score. The
phrases are aisoc's own short list of the wording injection attempts commonly use.
"""

from __future__ import annotations

import re

__all__ = ["keyword_score", "PHRASES"]

PHRASES = (
    "ignore previous",
    "ignore all previous",
    "ignore the above",
    "ignore your instructions",
    "ignore all instructions",
    "disregard",
    "forget your instructions",
    "forget everything",
    "previous instructions",
    "prior instructions",
    "system prompt",
    "your instructions",
    "initial instructions",
    "hidden instructions",
    "developer mode",
    "jailbreak",
    "do anything now",
    "dan mode",
    "you are now",
    "pretend you are",
    "pretend to be",
    "act as",
    "roleplay as",
    "no restrictions",
    "without restrictions",
    "unfiltered",
    "uncensored",
    "bypass",
    "override",
    "reveal your",
    "print your",
    "repeat the text above",
    "repeat everything above",
    "admin mode",
    "sudo",
    "new instructions",
    "from now on",
    "stop being",
    "no longer bound",
    "the password",
)
_PATTERN = re.compile("|".join(re.escape(p) for p in sorted(PHRASES, key=len, reverse=True)), re.IGNORECASE)


def keyword_score(text: str) -> float:
    return float(len({m.group(0).lower() for m in _PATTERN.finditer(text)}))
