"""The seed corpus is the project's own writing, not a paraphrase of the evaluation data: no seed
example may sit at cosine ≥ 0.9 (real MiniLM) to any item of a reported half."""

from __future__ import annotations

import numpy as np
import pytest

from aisoc.analytics.evaluation import PRESETS, half, load_preset
from aisoc.detections.similarity import minilm, seed_attacks, seed_benign
from tests.conftest import SHARED_DATA

LIMIT = 0.9


@pytest.mark.slow
def test_no_seed_example_is_a_near_copy_of_a_reported_item():
    if not SHARED_DATA.is_dir():
        pytest.skip(f"shared evaluation data not found at {SHARED_DATA}")
    reported = [
        item.text
        for name, preset in PRESETS.items()
        if preset.task == "injection"
        for item in half(load_preset(name, SHARED_DATA), name, "report")
    ]
    seeds = [*seed_attacks(), *seed_benign()]
    embed = minilm()
    similarity = embed([s.text for s in seeds]) @ embed(reported).T
    worst = np.unravel_index(np.argmax(similarity), similarity.shape)
    assert similarity[worst] < LIMIT, (
        f"seed {seeds[worst[0]].id} is at cosine {similarity[worst]:.3f} to a reported item"
    )
