"""The project's own benign prompts and response texts: deterministic, labelled, varied."""

from __future__ import annotations

import collections
import json

import pytest

from aisoc.analytics.training import compose_benign, compose_responses
from aisoc.analytics.training.compose_benign import composed_benign, written_benign
from aisoc.analytics.training.compose_responses import composed_responses, written_responses
from aisoc.analytics.training.samples import LABELS, RESPONSE_LABELS, read_samples


@pytest.fixture(scope="module")
def benign():
    return composed_benign()


@pytest.fixture(scope="module")
def responses():
    return composed_responses()


def test_composers_are_deterministic(benign, responses):
    assert composed_benign() == benign
    assert composed_responses() == responses


def test_another_seed_composes_other_texts(benign, responses):
    assert [s.text for s in composed_benign(seed=1)] != [s.text for s in benign]
    assert [s.text for s in composed_responses(seed=1)] != [s.text for s in responses]


def test_benign_labels_sources_and_size(benign):
    assert 3000 <= len(benign) <= 5000
    assert {s.label for s in benign} == {"benign"}
    assert {s.source for s in benign} == {"composed/benign"}
    assert all(s.label in LABELS and s.technique and s.text.strip() for s in benign)


def test_response_labels_are_both_present_and_balanced(responses):
    assert 2000 <= len(responses) <= 4000
    counts = collections.Counter(s.label for s in responses)
    assert set(counts) == set(RESPONSE_LABELS)
    assert min(counts.values()) >= 0.4 * len(responses)
    assert {s.source for s in responses} == {"composed/responses"}


@pytest.mark.parametrize("make", [composed_benign, composed_responses, written_benign, written_responses])
def test_no_duplicate_texts(make):
    texts = [s.text for s in make()]
    assert len(texts) == len(set(texts))


def test_benign_covers_ten_languages(benign):
    assert len({s.lang for s in benign}) >= 10
    assert len({s.lang for s in written_benign()}) >= 10


def test_hard_benign_kinds_are_composed(benign):
    techniques = collections.Counter(s.technique for s in benign)
    for kind in (
        "trigger_word",
        "security_question",
        "prompt_engineering",
        "quoted_attack",
        "document",
        "tool_output",
        "account_help",
        "customer_service",
        "roleplay",
    ):
        assert techniques[kind] >= 100, kind


def test_written_files_parse_and_are_large_enough():
    benign = written_benign()
    assert len(benign) >= 400
    assert {s.label for s in benign} == {"benign"}
    assert {s.source for s in benign} == {"written/benign"}
    responses = written_responses()
    assert len(responses) >= 300
    counts = collections.Counter(s.label for s in responses)
    assert counts["disclosure"] >= 100 and counts["normal"] >= 100


def test_composed_and_written_do_not_overlap(benign, responses):
    assert not {s.text for s in benign} & {s.text for s in written_benign()}
    assert not {s.text for s in responses} & {s.text for s in written_responses()}


def test_bad_line_names_path_and_line(tmp_path):
    path = tmp_path / "bad.jsonl"
    good = json.dumps({"label": "benign", "technique": "everyday", "lang": "en", "text": "Hi"})
    path.write_text(good + "\n{not json\n", encoding="utf-8")
    with pytest.raises(ValueError, match=r"bad\.jsonl:2"):
        read_samples(path, "written/benign", ("benign",))


def test_wrong_label_is_rejected(tmp_path):
    path = tmp_path / "wrong.jsonl"
    path.write_text(json.dumps({"label": "injection", "text": "x"}) + "\n", encoding="utf-8")
    with pytest.raises(ValueError, match=r"wrong\.jsonl:1"):
        read_samples(path, "written/benign", ("benign",))


def test_written_paths_are_relative_to_the_modules():
    assert compose_benign.WRITTEN_PATH.is_file()
    assert compose_responses.WRITTEN_PATH.is_file()
