"""The shipped prompt model never saw a reported-half text, nor a near-copy of one.

``aisoc model train`` embeds every training text with MiniLM and drops those at cosine ≥ 0.95 to
a reported-half text, recording the dropped texts' hashes and the digest of what it kept in the
model card. Here, the training set is assembled again with exactly those drops: its digest must
be the card's (so the shipped weights were fitted on this checked set), and the texts closest to
the reported halves — by n-gram overlap, plus a seeded random sample — are checked again with
the real MiniLM.
"""

from __future__ import annotations

import hashlib
import random

import numpy as np
import pytest

from aisoc.analytics.training.assemble import assemble
from aisoc.analytics.training.independence import NEAR_COPY, reported_texts
from aisoc.detections.classifier import FeatureSettings, prompt_model
from aisoc.detections.classifier.model import featurize
from aisoc.detections.similarity import minilm
from tests.conftest import SHARED_DATA

pytestmark = pytest.mark.slow


def _sha(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8", "surrogatepass")).hexdigest()


@pytest.fixture(scope="module")
def rebuilt():
    if not (SHARED_DATA / "train").is_dir():
        pytest.skip(f"shared training data not found at {SHARED_DATA / 'train'}")
    card = prompt_model().card["independence"]
    dropped = set(card["dropped_sha256"])
    training = assemble(SHARED_DATA, drop=lambda texts: {t for t in texts if _sha(t) in dropped})
    return card, training


def test_the_shipped_weights_were_fitted_on_the_checked_set(rebuilt):
    card, training = rebuilt
    assert card["near_copy_limit"] == NEAR_COPY
    assert training.manifest["prompts_sha256"] == card["prompts_sha256"], (
        "the training set changed since the shipped weights were trained: run aisoc model train"
    )
    reported = {_sha(t) for t in reported_texts(SHARED_DATA)}
    assert not reported & {_sha(s.text) for s in training.prompts}, "a reported-half text is in the training set"


def test_the_texts_nearest_the_reported_halves_are_below_the_limit_in_minilm(rebuilt):
    _, training = rebuilt
    texts = sorted({s.text for s in training.prompts})
    reported = reported_texts(SHARED_DATA)
    settings = FeatureSettings()
    overlap = featurize(texts, settings) @ featurize(reported, settings).T
    closest = np.asarray(overlap.max(axis=1).todense()).ravel()
    suspects = {texts[i] for i in np.argsort(-closest)[:400]} | set(random.Random(7).sample(texts, 200))
    embed = minilm()
    cosine = embed(sorted(suspects)) @ embed(reported).T
    worst = float(cosine.max())
    assert worst < NEAR_COPY, f"a training text is at MiniLM cosine {worst:.3f} to a reported-half text"
