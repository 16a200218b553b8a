"""Hard benign prompts (role-play, prose, security coding, talk about instructions): deterministic,
labelled benign, plentiful per technique, unique, and of varied length."""

from __future__ import annotations

import collections
import statistics

import pytest

from aisoc.analytics.training.compose_hard_benign import QUOTAS, SOURCE, composed_hard_benign

TECHNIQUE_MINIMUMS = {"creative_roleplay": 1000, "benign_prose": 900, "security_coding": 700, "instruction_talk": 500}


@pytest.fixture(scope="module")
def samples():
    return composed_hard_benign()


def test_same_seed_gives_the_same_list(samples):
    assert composed_hard_benign() == samples


def test_a_different_seed_gives_different_texts(samples):
    assert [s.text for s in composed_hard_benign(seed=1)] != [s.text for s in samples]


def test_every_sample_is_benign_english_from_one_source(samples):
    assert {s.label for s in samples} == {"benign"}
    assert {s.source for s in samples} == {SOURCE} == {"composed/hard-benign"}
    assert {s.lang for s in samples} == {"en"}
    assert all(s.text.strip() == s.text and s.text for s in samples)


def test_total_size(samples):
    assert 3000 <= len(samples) <= 4000


@pytest.mark.parametrize("technique, minimum", sorted(TECHNIQUE_MINIMUMS.items()))
def test_each_technique_is_present_in_quantity(samples, technique, minimum):
    assert sum(s.technique == technique for s in samples) >= minimum


def test_only_the_declared_techniques(samples):
    assert {s.technique for s in samples} == set(QUOTAS) == set(TECHNIQUE_MINIMUMS)


def test_no_duplicate_texts(samples):
    texts = [s.text for s in samples]
    assert len(texts) == len(set(texts))


def test_lengths_vary_and_many_are_long(samples):
    lengths = [len(s.text) for s in samples]
    assert min(lengths) < 120 and max(lengths) > 2500
    assert statistics.pstdev(lengths) > 200
    assert sum(n > 600 for n in lengths) >= 0.2 * len(samples)


def test_creative_roleplay_has_long_briefs(samples):
    words = [len(s.text.split()) for s in samples if s.technique == "creative_roleplay"]
    assert sum(w >= 100 for w in words) >= 0.3 * len(words)
    assert max(words) >= 400


def test_texts_are_not_template_clones(samples):
    # A technique dominated by one opening would teach the classifier a template, not a kind.
    for technique in TECHNIQUE_MINIMUMS:
        starts = collections.Counter(" ".join(s.text.split()[:3]) for s in samples if s.technique == technique)
        total = sum(starts.values())
        assert starts.most_common(1)[0][1] < 0.15 * total, technique


def test_the_framing_words_the_classifier_overweights_appear(samples):
    # These benign texts exist to carry attack-like framing and vocabulary; check they do.
    text = "\n".join(s.text for s in samples).lower()
    for phrase in (
        "imagine you are",
        "pretend",
        "you're an acclaimed",
        "stay in character",
        "in an alternate universe",
        "act as",
        "the present invention relates to",
        "unauthorized access",
        "bypass",
        "override",
        "root",
        "disregard",
        "system prompt",
        "password",
        "exploit",
    ):
        assert phrase in text, phrase
