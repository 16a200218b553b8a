"""Benign prompts that use attack trigger words in their ordinary sense, often in capitals.

Why: the prompt-attack classifier (hashed word/char n-grams) false-positives on plain
questions that happen to contain words frequent in attacks — "Should I IGNORE this warning?",
"How do I BYPASS the cache?", "Act as my Spanish conversation partner". Capitals make it
worse, since char n-grams of "IGNORE" are rare outside attacks. This module composes many such
prompts across ~25 everyday and professional domains so the model learns that the words alone
are harmless; nothing here asks to reveal a prompt, evade a model's rules or get harmful help.

``composed_trigger_benign(seed)`` is deterministic: one ``random.Random(seed)``, slot lists
from ``trigger_benign_phrases``, a fixed quota per trigger word (so every trigger is well
represented), a quota of multi-trigger questions and of foreign prompts, and de-duplication by
case-folded text. ``technique`` is ``trigger-word/<domain>``.
"""

from __future__ import annotations

import random
import re
import string

from aisoc.analytics.training import trigger_benign_phrases as P
from aisoc.analytics.training.samples import Sample

__all__ = ["composed_trigger_benign", "SOURCE", "PER_TRIGGER", "MIXED", "PER_LANGUAGE", "CAPS_RATE"]

SOURCE = "composed/trigger-benign"
PER_TRIGGER = 38  # English prompts whose main trigger is each word: 81 x 38 ~ 3,080
MIXED = 300  # abstract questions joining two or three trigger phrases
PER_LANGUAGE = 60  # foreign prompts per language: 6 x 60 = 360, about a tenth
CAPS_RATE = 0.3  # share of prompts whose trigger words are put in capitals
CORE_REPEATS = 3  # how often one filled template may recur with other wrappers
_TRIES = 40  # attempts per wanted prompt before a quota gives up (thin templates)

_MARK = re.compile(r"\[\[(.+?)\]\]")
_FORMATTER = string.Formatter()


# --- small helpers ---------------------------------------------------------------------------


def _fill(r: random.Random, template: str, slots: dict[str, list[str]]) -> str:
    """Fill each ``{slot}`` named in the template; only named slots draw, so output is stable."""
    names = [f for _, f, _, _ in _FORMATTER.parse(template) if f]
    return template.format(**{n: r.choice(slots[n]) for n in dict.fromkeys(names)})


def _plain(text: str) -> str:
    # The core without markup: the key for limiting repeats of one filled template.
    return _MARK.sub(r"\1", text).casefold()


def _emphasise(r: random.Random, text: str) -> str:
    """Drop the ``[[ ]]`` markup; in ``CAPS_RATE`` of prompts put marked words in capitals.

    Benign datasets and real users shout the odd word ("only the ESSENTIAL points"); if the
    classifier only ever saw capitals in attacks it would treat them as a signal.
    """
    marked = _MARK.findall(text)
    if not marked or r.random() >= CAPS_RATE:
        return _MARK.sub(r"\1", text)
    # Either every marked word or just one of them, as people emphasise unevenly.
    shout = set(marked) if r.random() < 0.5 else {r.choice(marked)}
    return _MARK.sub(lambda m: m.group(1).upper() if m.group(1) in shout else m.group(1), text)


def _wrap(r: random.Random, core: str, prefixes: list[str], suffixes: list[str]) -> str:
    """Optional opener and closer: varies length from a terse line to a short paragraph."""
    parts = [r.choice(prefixes) if r.random() < 0.35 else "", core, r.choice(suffixes) if r.random() < 0.35 else ""]
    text = " ".join(p for p in parts if p)
    # Some people type tersely: no capital, no final mark.
    if r.random() < 0.08 and text[-1] in ".?":
        text = text[0].lower() + text[1:-1]
    return text


class _Collector:
    """Accepts a prompt only if new (case-folded) and its core is not over-used."""

    def __init__(self) -> None:
        self.samples: list[Sample] = []
        self._seen: set[str] = set()
        self._cores: dict[str, int] = {}

    def add(self, core: str, text: str, domain: str, lang: str) -> bool:
        key, core_key = text.casefold(), _plain(core)
        if key in self._seen or self._cores.get(core_key, 0) >= CORE_REPEATS:
            return False
        self._seen.add(key)
        self._cores[core_key] = self._cores.get(core_key, 0) + 1
        self.samples.append(Sample(text, "benign", SOURCE, f"trigger-word/{domain}", lang))
        return True


# --- the three kinds -------------------------------------------------------------------------


def _english(r: random.Random, trigger: str) -> tuple[str, str, str]:
    """One English prompt whose main trigger is ``trigger``: (core, text, domain)."""
    domain, template = r.choice(P.TEMPLATES[trigger])
    core = _fill(r, template, P.SLOTS)
    return core, _emphasise(r, _wrap(r, core, P.PREFIXES, P.SUFFIXES)), domain


def _mixed(r: random.Random) -> tuple[str, str, str]:
    """An abstract question joining 2-3 ordinary trigger phrases (benchmark-like register)."""
    a, b, c = r.sample(P.MIXED_PHRASES, 3)
    core = r.choice(P.MIXED_TEMPLATES).format(a=a, b=b, c=c)
    # Sentence-initial phrases need a capital first letter even when not shouted.
    core = core[0].upper() + core[1:]
    return core, _emphasise(r, core), "general"


def _foreign(r: random.Random, lang: str) -> tuple[str, str, str]:
    """One prompt in ``lang`` with the local trigger words (ignorieren, contourner, …)."""
    templates, slots = P.FOREIGN[lang]
    prefixes, suffixes = P.FOREIGN_WRAPS[lang]
    domain, template = r.choice(templates)
    core = _fill(r, template, slots)
    return core, _emphasise(r, _wrap(r, core, prefixes, suffixes)), domain


def _quota(r: random.Random, out: _Collector, want: int, make, lang: str) -> None:
    # Draw until ``want`` new prompts are accepted; thin templates stop after _TRIES * want.
    made = 0
    for _ in range(want * _TRIES):
        if made >= want:
            return
        core, text, domain = make(r)
        made += out.add(core, text, domain, lang)


# --- entry point -----------------------------------------------------------------------------


def composed_trigger_benign(seed: int = 20261207) -> list[Sample]:
    """About 3,700 benign prompts (label ``benign``, source ``composed/trigger-benign``).

    Deterministic for a given seed; no two texts are equal after case-folding.
    """
    r = random.Random(seed)
    out = _Collector()
    # A quota per trigger word, in a fixed order, so rarer words are not crowded out.
    for trigger in P.TRIGGERS:
        _quota(r, out, PER_TRIGGER, lambda rr, t=trigger: _english(rr, t), "en")
    _quota(r, out, MIXED, _mixed, "en")
    for lang in sorted(P.FOREIGN):
        _quota(r, out, PER_LANGUAGE, lambda rr, lg=lang: _foreign(rr, lg), lang)
    # Mix the kinds so any prefix of the list is representative.
    r.shuffle(out.samples)
    return out.samples
