"""Benign prompts with attack trigger words: deterministic, unique, all benign, every word used."""

from __future__ import annotations

import collections
import re

import pytest

from aisoc.analytics.training import trigger_benign_phrases as P
from aisoc.analytics.training.compose_trigger_benign import SOURCE, composed_trigger_benign


@pytest.fixture(scope="module")
def samples():
    return composed_trigger_benign()


def _pattern(word: str) -> re.Pattern[str]:
    # Whole word or phrase, any case, with a plain inflection ("ignored", "leaks", "escaping").
    return re.compile(r"(?<!\w)" + re.escape(word) + r"(?:s|es|d|ed|ing)?(?!\w)", re.IGNORECASE)


def test_deterministic(samples):
    assert composed_trigger_benign() == samples


def test_another_seed_differs(samples):
    assert [s.text for s in composed_trigger_benign(seed=1)] != [s.text for s in samples]


def test_size_labels_and_source(samples):
    assert 3000 <= len(samples) <= 4000
    assert {s.label for s in samples} == {"benign"}
    assert {s.source for s in samples} == {SOURCE} == {"composed/trigger-benign"}
    assert all(s.text.strip() and s.technique.startswith("trigger-word/") for s in samples)


def test_no_duplicates_even_ignoring_case(samples):
    folded = [s.text.casefold() for s in samples]
    assert len(folded) == len(set(folded))


def test_no_leftover_markup(samples):
    assert not any("[[" in s.text or "]]" in s.text or "{" in s.text for s in samples)


@pytest.mark.parametrize("word", P.TRIGGERS)
def test_every_trigger_word_used_at_least_20_times(samples, word):
    pattern = _pattern(word)
    assert sum(1 for s in samples if s.lang == "en" and pattern.search(s.text)) >= 20


def test_some_trigger_words_in_capitals(samples):
    # Upper-case occurrences of trigger words (not names like "Dan"): roughly CAPS_RATE.
    words = [w for w in P.TRIGGERS if w != "DAN"]
    shouted = [s for s in samples if any(w.upper() in s.text for w in words if len(w) > 3)]
    assert 0.15 * len(samples) <= len(shouted) <= 0.45 * len(samples)


def test_languages_and_domains(samples):
    langs = collections.Counter(s.lang for s in samples)
    assert set(langs) == {"en", "de", "fr", "es", "it", "nl", "pt"}
    assert 0.07 <= (len(samples) - langs["en"]) / len(samples) <= 0.15
    domains = {s.technique.split("/", 1)[1] for s in samples}
    assert set(P.DOMAINS) <= domains


def test_no_hostile_requests(samples):
    # Guard against a template drifting into an actual attack on a model.
    banned = [
        "your system prompt",
        "your instructions",
        "your rules",
        "previous instructions",
        "without restrictions",
        "no restrictions",
        "you are now",
        "ignore all",
    ]
    assert not [s.text for s in samples if any(b in s.text.lower() for b in banned)]
