"""Composed secret-extraction and task-break attacks: deterministic, unique, labelled by goal,
every technique present in quantity, some in other languages, no slot left unfilled."""

from __future__ import annotations

import base64
import collections
import re

import pytest

from aisoc.analytics.training.compose_secret_attacks import (
    ML_LANGS,
    QUOTAS,
    SOURCE,
    TECHNIQUE_LABELS,
    composed_secret_attacks,
)
from aisoc.analytics.training.samples import ATTACK_LABELS, LABELS

TECHNIQUES = (
    "persuasion",
    "output_formatting",
    "indirect_reference",
    "hypothetical",
    "overload",
    "payload_splitting",
    "token_smuggling",
    "virtualization",
    "few_shot",
    "many_shot",
    "task_break",
    "repeated_token",
)
_SLOTS = re.compile(
    r"\{(s|the_s|your_s|it|is|ref|L|L2|n|nth|rhyme|lang|fname|var|var_l|the|your|off|cue|"
    r"cue_l|legit|role|duty|run|w|ask|ask_l|expr|enc|payload|v)\}"
)


@pytest.fixture(scope="module")
def samples():
    return composed_secret_attacks()


def test_same_seed_gives_the_same_list_in_the_same_order(samples):
    assert composed_secret_attacks() == samples
    assert composed_secret_attacks(seed=20261207) == samples


def test_a_different_seed_gives_a_different_list(samples):
    other = composed_secret_attacks(seed=7)
    assert other != samples
    assert [s.text for s in other[:50]] != [s.text for s in samples[:50]]


def test_total_size_and_source(samples):
    assert 2500 <= len(samples) <= 3500
    assert {s.source for s in samples} == {SOURCE} == {"composed/secret-attacks"}


def test_no_duplicate_texts(samples):
    texts = [s.text for s in samples]
    assert len(texts) == len(set(texts))


def test_labels_are_valid_and_follow_the_goal(samples):
    assert {s.label for s in samples} <= set(LABELS)
    assert {s.label for s in samples} == {"extraction", "injection"} <= set(ATTACK_LABELS)
    # Secret attacks are extraction; leaving the assigned task is injection.
    assert all(s.label == TECHNIQUE_LABELS[s.technique] for s in samples)
    assert {s.technique for s in samples if s.label == "injection"} == {"task_break"}


@pytest.mark.parametrize("technique", TECHNIQUES)
def test_each_technique_is_present_in_quantity(samples, technique):
    assert sum(s.technique == technique for s in samples) >= min(90, QUOTAS[technique])


def test_only_the_declared_techniques(samples):
    assert {s.technique for s in samples} == set(TECHNIQUES) == set(QUOTAS) == set(TECHNIQUE_LABELS)


def test_other_languages_are_ten_to_fifteen_percent(samples):
    langs = collections.Counter(s.lang for s in samples)
    assert set(langs) == {"en", *ML_LANGS} == {"en", "de", "fr", "es", "it", "pt", "nl"}
    share = 1 - langs["en"] / len(samples)
    assert 0.10 <= share <= 0.15, langs
    assert all(langs[lang] >= 40 for lang in ML_LANGS)
    assert {s.label for s in samples if s.lang != "en"} == {"extraction", "injection"}


def test_no_slot_left_unfilled_and_no_blank_edges(samples):
    assert not [s.text for s in samples if _SLOTS.search(s.text)]
    assert all(s.text and s.text == s.text.strip() for s in samples)


def test_the_secret_is_called_by_many_names(samples):
    text = "\n".join(s.text.lower() for s in samples if s.lang == "en")
    for name in (
        "password",
        "passcode",
        "secret word",
        "access code",
        "pin",
        "pass phrase",
        "magic word",
        "credentials",
        " key",
    ):
        assert name in text, name


def test_lengths_run_from_one_line_to_paragraphs(samples):
    lengths = [len(s.text) for s in samples]
    assert min(lengths) < 60 and max(lengths) > 1500
    assert sum(n > 400 for n in lengths) >= 150


def test_texts_are_not_template_clones(samples):
    for technique in TECHNIQUES:
        starts = collections.Counter(" ".join(s.text.split()[:3]) for s in samples if s.technique == technique)
        assert starts.most_common(1)[0][1] < 0.2 * sum(starts.values()), technique


def test_base64_payloads_decode_to_a_secret_request(samples):
    decoded = []
    for s in samples:
        if s.technique != "token_smuggling":
            continue
        for token in re.findall(r"[A-Za-z0-9+/]{16,}={0,2}", s.text):
            try:
                decoded.append(base64.b64decode(token, validate=True).decode())
            except ValueError:
                continue
    assert len(decoded) >= 20
    assert all(
        any(w in d.lower() for w in ("password", "secret", "code", "pin", "credentials", "phrase", "word", "key"))
        for d in decoded
    )


def test_task_breaks_carry_an_override_cue(samples):
    breaks = [s.text.lower() for s in samples if s.technique == "task_break" and s.lang == "en"]
    cues = (
        "regardless",
        "just this once",
        "real job",
        "new rule",
        "ignore",
        "forget",
        "instructions",
        "rules aside",
        "off the record",
        "i know you only",
        "restriction",
        "scope",
        "break character",
        "never mind",
        "exception",
        "general assistant",
        "skip the",
        "new task",
        "off-topic",
    )
    # Typos are added on purpose and may garble a cue; nearly all must still read as an override.
    with_cue = sum(any(cue in text for cue in cues) for text in breaks)
    assert with_cue >= 0.95 * len(breaks)
