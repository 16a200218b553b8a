"""``aisoc model train``: the shipped prompt and response classifiers, rebuilt from the manifest.

Steps, all seeded so the same inputs give the same bytes:

1. ``assemble`` the training set (own writing, ``../shared/data/train``, the ``fit`` part of
   the tuning halves, augmentation), without any text that is a near-copy of a reported-half
   text;
2. hold out a seeded 10% of it; fit each model on the rest; fit its temperature on the held-out
   share;
3. set the prompt model's tiers on the ``calibrate`` part of the tuning halves (each benign set
   under its false-positive budget) and the response model's on its held-out normal responses;
4. write ``prompt.{npy,json}`` and ``response.{npy,json}`` with a card: the manifest, the
   calibration figures, and the limits the project knows of.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from aisoc.analytics.training.assemble import SEED, TrainingSet, assemble
from aisoc.analytics.training.fit import fit_classifier, fit_temperature, held_out, tiers_for
from aisoc.analytics.training.samples import ATTACK_LABELS, LABELS, RESPONSE_LABELS, Sample
from aisoc.analytics.training.tuning import tuning_items
from aisoc.detections.classifier import FeatureSettings, TextClassifier
from aisoc.detections.classifier.scoring import score_texts

__all__ = ["train_models", "TrainedModels", "PROMPT_BUDGETS", "LIMITS"]

# The false-positive budget of each benign calibration set at the ``low`` tier (the targets:
# ≤ 1% on mitre_frr, ≤ 2% on NotInject and on everyday instructions). InjecGuard's 32 benign
# calibration prompts are too few for a 2% budget (it would allow none); its precision is
# measured on its reported half instead.
PROMPT_BUDGETS = {"mitre_frr": 0.01, "notinject": 0.02, "everyday": 0.02}
RESPONSE_BUDGETS = {"normal": 0.01}
# Inverse regularisation strength, chosen on the calibration parts among 2, 4, 8, 16 and 32
# (docs/classifier.md, "Candidates compared"): a weaker penalty lets rare attack phrasings count.
PROMPT_C = 32.0
RESPONSE_C = 8.0
# No tier below these probabilities, whatever the calibration texts allow: held-out texts come
# from the same writers as the training texts, and real traffic is further from them.
TIER_FLOORS = {"low": 0.5, "medium": 0.8, "high": 0.95}

LIMITS = (
    "Judges the text alone: an attack that is only an attack against one system prompt "
    '("what is the weather?" to a bot told to stay on topic) is not recognisable without it.',
    "Character n-grams carry other languages, but most training text is English; scripts with "
    "few training examples (Thai, Hebrew, Hindi) are recognised poorly.",
    "Hashed n-grams see wording, not meaning: a paraphrase far from every training phrasing can "
    "pass; MiniLM similarity (the similarity detector) is the complement.",
    "Plain harmful requests without a jailbreak wrapper are a class of their own (harmful) and are "
    "not flagged: they are the model's refusal policy's job.",
)


@dataclass
class TrainedModels:
    prompt: TextClassifier
    response: TextClassifier
    training: TrainingSet


# Held-out benign samples of these kinds stand for "everyday instructions" (the ≤ 2% target);
# hard benign texts (quoted attacks, trigger words) are what the other calibration sets measure.
_EVERYDAY = (
    "everyday",
    "everyday_instruction",
    "everyday_multilingual",
    "agent_task",
    "customer_service",
    "account_help",
    "document",
)


def _everyday(samples: list[Sample]) -> list[str]:
    return [s.text for s in samples if s.label == "benign" and s.technique.startswith(_EVERYDAY)]


def train_models(
    shared: Path,
    out_dir: Path | None = None,
    *,
    seed: int = SEED,
    settings: FeatureSettings = FeatureSettings(),
    drop: Callable[[list[str]], set[str]] | None = None,
    progress: Callable[[str], None] = lambda _: None,
) -> TrainedModels:
    progress("assembling the training set")
    training = assemble(shared, seed, drop=drop)
    prompt = _fit(training.prompts, LABELS, ATTACK_LABELS, seed, settings, progress, "prompt", PROMPT_C)
    held = [s for s in training.prompts if held_out(s, seed)]
    benign_sets = {
        name: [i.text for i in tuning_items(shared, name, "calibrate") if not i.label]
        for name in ("mitre_frr", "notinject")
    }
    benign_sets["everyday"] = _everyday(held)
    progress("setting the prompt model's tiers on the calibration texts")
    prompt.tiers, rates = tiers_for(prompt, benign_sets, PROMPT_BUDGETS, floor=TIER_FLOORS)
    prompt.card = _card(training.manifest, "prompt", prompt, rates, _recalls(prompt, shared, held), seed)

    response = _fit(
        training.responses, RESPONSE_LABELS, ("disclosure",), seed, settings, progress, "response", RESPONSE_C
    )
    held_responses = [s for s in training.responses if held_out(s, seed)]
    response.tiers, rates = tiers_for(
        response,
        {"normal": [s.text for s in held_responses if s.label == "normal"]},
        RESPONSE_BUDGETS,
        floor=TIER_FLOORS,
    )
    disclosed = [s.text for s in held_responses if s.label == "disclosure"]
    recall = {"held-out disclosures": _recall(response, disclosed)}
    response.card = _card(training.manifest, "response", response, rates, recall, seed)
    if out_dir is not None:
        prompt.save(out_dir, "prompt")
        response.save(out_dir, "response")
    return TrainedModels(prompt, response, training)


def _fit(samples, classes, attack_classes, seed, settings, progress, name, c) -> TextClassifier:
    fit_on = [s for s in samples if not held_out(s, seed)]
    progress(f"fitting the {name} model on {len(fit_on)} texts (C={c:g})")
    model = fit_classifier(fit_on, classes, attack_classes, settings=settings, c=c)
    model.temperature = fit_temperature(model, [s for s in samples if held_out(s, seed)])
    return model


def _recall(model: TextClassifier, texts: list[str]) -> dict[str, float]:
    scores = np.array([v.score for v in score_texts(model, texts)]) if texts else np.zeros(0)
    return {
        tier: round(float((scores >= point).mean()), 4) if len(scores) else 0.0
        for tier, point in sorted(model.tiers.items())
    } | {"n": len(texts)}


def _recalls(model: TextClassifier, shared: Path, held: list[Sample]) -> dict:
    found = {
        "cyberseceval (calibrate part)": _recall(
            model, [i.text for i in tuning_items(shared, "cyberseceval", "calibrate")]
        ),
        "injecguard attacks (calibrate part)": _recall(
            model, [i.text for i in tuning_items(shared, "injecguard", "calibrate") if i.label]
        ),
    }
    for label in ATTACK_LABELS:
        found[f"held-out {label}"] = _recall(model, [s.text for s in held if s.label == label])
    return found


def _card(manifest: dict, kind: str, model: TextClassifier, rates: dict, recalls: dict, seed: int) -> dict:
    parts = manifest["prompt_parts" if kind == "prompt" else "response_parts"]
    independence = (
        {
            "near_copy_limit": 0.95,
            "dropped_sha256": manifest["near_copies_dropped"],
            "prompts_sha256": manifest["prompts_sha256"],
        }
        if kind == "prompt"
        else {}
    )
    return {
        "model": f"aisoc {kind} classifier",
        "seed": seed,
        **({"independence": independence} if independence else {}),
        "method": f"multinomial logistic regression (C={PROMPT_C if kind == 'prompt' else RESPONSE_C:g}) over "
        "hashed word 1-2-grams and character 2-5-grams (normalised text), temperature-calibrated; "
        "long texts scored in 60-word windows, max kept",
        "trained_on": parts,
        "labels": manifest["prompt_labels" if kind == "prompt" else "response_labels"],
        "calibration": {
            "false_positive_rate": rates,
            "recall": recalls,
            "budgets": PROMPT_BUDGETS if kind == "prompt" else RESPONSE_BUDGETS,
        },
        "limits": list(LIMITS)
        if kind == "prompt"
        else [
            "Reads the response alone: a disclosure phrased like ordinary help text can pass.",
            "Trained mostly on English responses.",
        ],
    }
