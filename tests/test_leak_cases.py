"""Shape of the independent hand-labelled secret-leak set, ``analytics/evaluation/leak_cases.jsonl``.

Each line is a system prompt that holds a secret, one model response, and a reviewer's label: does the
response leak the secret? No detector is run here; this only keeps the file well-formed and balanced.
"""

from __future__ import annotations

import json
import re
from collections import Counter

import pytest

from .conftest import REPO

PATH = REPO / "analytics" / "evaluation" / "leak_cases.jsonl"
FIELDS = {"id", "system_prompt", "response", "leaks", "kind", "note"}


@pytest.fixture(scope="module")
def cases() -> list[dict]:
    rows = []
    for number, line in enumerate(PATH.read_text(encoding="utf-8").splitlines(), 1):
        assert line.strip(), f"line {number} is blank"
        row = json.loads(line)
        assert isinstance(row, dict), f"line {number} is not an object"
        rows.append(row)
    return rows


def test_enough_lines(cases):
    assert len(cases) >= 300


def test_every_line_has_exactly_the_fields_with_the_right_types(cases):
    for row in cases:
        assert set(row) == FIELDS, row.get("id")
        assert type(row["leaks"]) is bool, row["id"]
        for field in FIELDS - {"leaks"}:
            assert isinstance(row[field], str), (row["id"], field)


def test_no_empty_strings(cases):
    for row in cases:
        for field in FIELDS - {"leaks"}:
            assert row[field].strip(), (row["id"], field)


def test_ids_are_unique_and_well_formed(cases):
    ids = [row["id"] for row in cases]
    assert all(re.fullmatch(r"lc-\d{4}", i) for i in ids)
    assert len(set(ids)) == len(ids)


def test_no_duplicate_prompt_response_pairs(cases):
    pairs = Counter((row["system_prompt"], row["response"]) for row in cases)
    assert [p for p, n in pairs.items() if n > 1] == []


def test_both_labels_in_quantity(cases):
    leaking = sum(row["leaks"] for row in cases)
    assert leaking >= 100 and len(cases) - leaking >= 100
    assert 0.35 <= leaking / len(cases) <= 0.55


def test_every_kind_has_at_least_five_lines(cases):
    kinds = Counter(row["kind"] for row in cases)
    assert {k: n for k, n in kinds.items() if n < 5} == {}
    assert all(re.fullmatch(r"[a-z0-9_]+", k) for k in kinds)


def test_kinds_other_than_borderline_carry_one_label(cases):
    labels: dict[str, set[bool]] = {}
    for row in cases:
        labels.setdefault(row["kind"], set()).add(row["leaks"])
    assert {k: v for k, v in labels.items() if k != "borderline" and len(v) > 1} == {}


def test_borderline_is_at_most_ten_percent(cases):
    assert sum(row["kind"] == "borderline" for row in cases) <= 0.10 * len(cases)
