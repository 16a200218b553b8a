"""Composed multilingual benign prompts: deterministic, every language large and varied."""

from __future__ import annotations

import collections
import re
import string

import pytest

from aisoc.analytics.training.compose_multilingual import QUOTAS, SOURCE, composed_multilingual_benign
from aisoc.analytics.training.multilingual_phrases import LANGUAGES, TECHNIQUES

EXPECTED_LANGS = {
    "de",
    "fr",
    "es",
    "it",
    "pt",
    "nl",
    "pl",
    "ru",
    "uk",
    "zh",
    "ja",
    "ko",
    "ar",
    "tr",
    "hi",
    "vi",
    "id",
    "sv",
    "cs",
}
# Slots the composer fills for every template (numbers, paragraphs, code).
COMMON_SLOTS = {"a", "b", "c", "p", "p2", "prog", "snippet"}


@pytest.fixture(scope="module")
def samples():
    return composed_multilingual_benign()


def test_deterministic(samples):
    assert composed_multilingual_benign() == samples


def test_another_seed_composes_other_texts(samples):
    assert [s.text for s in composed_multilingual_benign(seed=1)] != [s.text for s in samples]


def test_every_language_present_with_at_least_150(samples):
    counts = collections.Counter(s.lang for s in samples)
    assert set(counts) == EXPECTED_LANGS
    assert min(counts.values()) >= 150, counts


def test_every_language_has_every_technique(samples):
    by_lang = collections.defaultdict(collections.Counter)
    for s in samples:
        by_lang[s.lang][s.technique] += 1
    for lang, techniques in by_lang.items():
        assert set(techniques) == set(TECHNIQUES), lang
        # The hard benign prompts are the point of this set; none may run dry.
        assert techniques["trigger_word"] >= 0.8 * QUOTAS["trigger_word"], lang


def test_no_duplicate_texts(samples):
    texts = [s.text for s in samples]
    assert len(texts) == len(set(texts))


def test_labels_source_and_fields(samples):
    assert {s.label for s in samples} == {"benign"}
    assert {s.source for s in samples} == {SOURCE} == {"composed/multilingual-benign"}
    assert all(s.text.strip() and s.technique for s in samples)


def test_no_unfilled_slots(samples):
    # A placeholder left in the text means a template names a slot its frame lacks.
    assert not [s.text for s in samples if re.search(r"\{[a-z_0-9]+\}", s.text)]


def test_lengths_vary_in_every_language(samples):
    for lang in EXPECTED_LANGS:
        lengths = [len(s.text) for s in samples if s.lang == lang]
        assert sum(n > 300 for n in lengths) >= 5, lang
        assert sum(n < 40 for n in lengths) >= 5, lang


def test_text_is_mostly_in_its_language(samples):
    # Non-Latin languages: most letters in the text must come from that script.
    scripts = {
        "ru": "\u0400-\u04ff",
        "uk": "\u0400-\u04ff",
        "ar": "\u0600-\u06ff",
        "hi": "\u0900-\u097f",
        "zh": "\u4e00-\u9fff",
        "ko": "\uac00-\ud7af",
        "ja": "\u3040-\u30ff\u4e00-\u9fff",
    }
    for s in samples:
        if s.lang in scripts and s.technique != "coding":
            native = len(re.findall(f"[{scripts[s.lang]}]", s.text))
            latin = sum(ch in string.ascii_letters for ch in s.text)
            assert native > latin, (s.lang, s.text)


def test_slot_lists_are_large_enough():
    for lang, data in LANGUAGES.items():
        frames = [f for fs in data["frames"].values() for f in fs]
        assert set(data["frames"]) == set(TECHNIQUES), lang
        assert sum(len(templates) for templates, _ in frames) >= 10, lang
        assert max(len(words) for _, slots in frames for words in slots.values()) >= 25, lang
        assert len(data["paragraphs"]) >= 4, lang


def test_templates_name_only_known_slots():
    formatter = string.Formatter()
    for lang, data in LANGUAGES.items():
        for technique, frames in data["frames"].items():
            for templates, slots in frames:
                for t in templates:
                    names = {n for _, n, _, _ in formatter.parse(t) if n is not None}
                    assert names <= set(slots) | COMMON_SLOTS, (lang, technique, t)
