"""``aisoc model card``: what the shipped model was trained on, its figures and limits."""

from __future__ import annotations

import orjson

from aisoc.detections.classifier import prompt_model
from tests.conftest import run_aisoc


def test_the_card_names_every_part_with_licence_count_and_hash():
    result = run_aisoc("model", "card", "--format", "json")
    assert result.returncode == 0, result.stderr
    card = orjson.loads(result.stdout)
    assert card["classes"] == list(prompt_model().classes)
    parts = {p["part"]: p for p in card["trained_on"]}
    assert {"written/attacks", "train/jailbreakbench", "tune/cyberseceval", "augmented/planted"} <= set(parts)
    for part in parts.values():
        assert part["licence"] and len(part["sha256"]) == 64 and 0 <= part["kept"] <= part["count"]
    assert card["tiers"]["low"] <= card["tiers"]["medium"] <= card["tiers"]["high"]
    assert card["limits"]


def test_the_text_card_reads_for_a_person():
    result = run_aisoc("model", "card", "--model", "response")
    assert result.returncode == 0, result.stderr
    assert "disclosure" in result.stdout and "trained on:" in result.stdout and "known limits:" in result.stdout
