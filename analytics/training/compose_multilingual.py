"""Composed benign prompts in 19 non-English languages, many per language.

Why: the attack side of the training set has thousands of non-English prompts (system-prompt
extraction requests above all) while the benign side had only a few dozen simple prompts per
language. A word-and-character n-gram model then learns "Chinese / Polish / Arabic text" as
an attack signal and flags ordinary questions. This composer gives every language the
variety a real chatbot sees: everyday questions, work tasks, pasted paragraphs to summarise,
coding questions, bank / insurer / telecom customer service, short terse queries, and *hard*
benign prompts that use the local words for ignore, forget, instructions, rules, system,
password, secret, code, repeat, translate, reveal and prompt in their ordinary meaning.

``composed_multilingual_benign(seed)`` is deterministic: one ``random.Random(seed)``, the
per-language frames from ``multilingual_phrases``, a fixed quota per technique and language,
de-duplication by text. Standard library only.
"""

from __future__ import annotations

import math
import random

from aisoc.analytics.training.multilingual_phrases import LANGUAGES, PROG_LANGS, SNIPPETS, TECHNIQUES, Frame
from aisoc.analytics.training.samples import Sample

__all__ = ["composed_multilingual_benign", "QUOTAS", "SOURCE"]

SOURCE = "composed/multilingual-benign"

# Per language and technique. ~210 a language; everyday and the hard trigger-word prompts
# weigh most, because those are where the false positives on foreign text come from.
QUOTAS: dict[str, int] = {
    "everyday": 50,
    "terse": 12,
    "math": 14,
    "work": 30,
    "summary": 18,
    "coding": 26,
    "customer_service": 28,
    "trigger_word": 34,
}
assert set(QUOTAS) == set(TECHNIQUES)

# Frames with more combinations are drawn more often, but capped, so a big slot product does
# not starve the hand-written fixed questions of the same technique.
_WEIGHT_CAP = 40
# Real users greet and thank only sometimes; most prompts stay bare so the wrapper carries
# no signal of its own.
_GREET_P, _THANKS_P = 0.22, 0.18


def _weight(frame: Frame) -> int:
    templates, slots = frame
    combos = len(templates) * math.prod(len(v) for v in slots.values())
    return min(combos, _WEIGHT_CAP)


def _common(r: random.Random, paragraphs: list[str]) -> dict[str, object]:
    """Slots every template may use: numbers, two different paragraphs, code."""
    p, p2 = r.sample(paragraphs, 2)
    return {
        "a": r.randint(2, 95),
        "b": r.randint(10, 900),
        "c": r.randint(2, 12),
        "p": p,
        "p2": p2,
        "prog": r.choice(PROG_LANGS),
        "snippet": r.choice(SNIPPETS),
    }


def _fill(r: random.Random, frames: list[Frame], paragraphs: list[str]) -> str:
    templates, slots = r.choices(frames, weights=[_weight(f) for f in frames])[0]
    values = {name: r.choice(words) for name, words in slots.items()}
    # str.format ignores unused keys, so every template sees the common slots too.
    return r.choice(templates).format(**_common(r, paragraphs), **values)


def _polite(r: random.Random, text: str, greet: list[str], thanks: list[str]) -> str:
    if r.random() < _GREET_P:
        text = r.choice(greet) + text
    if r.random() < _THANKS_P:
        text += r.choice(thanks)
    return text


def _compose_language(r: random.Random, lang: str, seen: set[str]) -> list[Sample]:
    data = LANGUAGES[lang]
    out: list[Sample] = []
    for technique, quota in QUOTAS.items():
        made = 0
        # Small slot spaces run out of new texts; give up after a bounded number of draws.
        for _ in range(quota * 30):
            if made == quota:
                break
            text = _fill(r, data["frames"][technique], data["paragraphs"])
            # Terse queries are keyword-like on purpose; a greeting would make them chatty.
            if technique != "terse":
                text = _polite(r, text, data["greet"], data["thanks"])
            if text in seen:
                continue
            seen.add(text)
            out.append(Sample(text, "benign", SOURCE, technique, lang))
            made += 1
    return out


def composed_multilingual_benign(seed: int = 20261207) -> list[Sample]:
    """Compose benign prompts for every language in ``LANGUAGES``, no text twice."""
    r = random.Random(seed)
    seen: set[str] = set()
    out: list[Sample] = []
    # Fixed language order (the dict's), so one seed always yields the same list.
    for lang in LANGUAGES:
        out.extend(_compose_language(r, lang, seen))
    return out
