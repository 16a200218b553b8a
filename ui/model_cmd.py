"""``aisoc model train | card``: rebuild the shipped classifiers, and say what they are."""

from __future__ import annotations

import filecmp
import tempfile
from pathlib import Path

import click

from aisoc.ingest.kernel.settings import shared_data
from aisoc.ui.options import common_options
from aisoc.ui.output import emit_json, say, warn

__all__ = ["model_group"]

_MODELS = ("prompt", "response")
_TIER_ORDER = ("low", "medium", "high")


@click.group("model")
def model_group() -> None:
    """The trained content classifiers (prompt attacks, responses that disclose instructions)."""


@model_group.command("train")
@click.option(
    "--shared",
    type=click.Path(file_okay=False, path_type=Path),
    default=shared_data,  # called when the command runs: $AISOC_SHARED_DATA of now
    show_default="$AISOC_SHARED_DATA or ../shared/data",
    help="The shared data folder (training material and tuning halves).",
)
@click.option(
    "--out",
    type=click.Path(file_okay=False, path_type=Path),
    help="Write the weights here instead of over the shipped ones.",
)
@click.option(
    "--check",
    is_flag=True,
    help="Train into a temporary folder and compare byte for byte with the shipped weights (exit 1 if not equal).",
)
@common_options(warehouse=False)
def train_command(shared: Path, out: Path | None, check: bool) -> int:
    """Rebuild prompt.{npy,json} and response.{npy,json} from the manifest (seeded: same inputs,
    same bytes). Needs ../shared/data; takes a few minutes on two cores."""
    from aisoc.analytics.detectors import Store
    from aisoc.analytics.training.build import train_models
    from aisoc.analytics.training.independence import near_copies, reported_texts
    from aisoc.detections.classifier import WEIGHTS_DIR
    from aisoc.detections.similarity import MINILM_ID, EmbeddingCache, minilm

    # Embeddings are cached in the scan cache folder: a second run (--check) does not redo them.
    cache = EmbeddingCache(Store.default().cache_dir / "embeddings", MINILM_ID)

    def drop(texts):  # training texts that are near-copies of a reported text stay out
        warn(f"model train: checking {len(texts)} texts against the reported halves (MiniLM, cached)")
        try:
            return set(near_copies(texts, reported_texts(shared), lambda batch: cache.embed(batch, minilm())))
        finally:
            cache.flush()

    with tempfile.TemporaryDirectory() as scratch:
        target = Path(scratch) if check else (out or WEIGHTS_DIR)
        trained = train_models(shared, target, drop=drop, progress=lambda m: warn(f"model train: {m}"))
        for name, model in (("prompt", trained.prompt), ("response", trained.response)):
            say(
                f"{name}: {len(model.classes)} classes, tiers "
                + _tiers(model)
                + f", temperature {model.temperature:.2f}"
            )
        if not check:
            warn(f"wrote the weights to {target}")
            return 0
        different = [
            f"{n}{ext}"
            for n in _MODELS
            for ext in (".npy", ".json")
            if not filecmp.cmp(target / f"{n}{ext}", WEIGHTS_DIR / f"{n}{ext}", shallow=False)
        ]
    if different:
        warn(f"model train --check: differs from the shipped weights: {', '.join(different)}")
        return 1
    warn("model train --check: identical to the shipped weights, byte for byte")
    return 0


def _tiers(model) -> str:
    return ", ".join(f"{k} {v:.3f}" for k, v in sorted(model.tiers.items(), key=lambda item: item[1]))


@model_group.command("card")
@click.option("--model", "name", type=click.Choice(_MODELS), default="prompt", show_default=True)
@click.option("--format", "fmt", type=click.Choice(["text", "json"]), default="text", show_default=True)
@common_options(warehouse=False)
def card_command(name: str, fmt: str) -> None:
    """What the model was trained on (parts, licences, counts, SHA-256), its measured figures and limits."""
    from aisoc.detections.classifier import WEIGHTS_DIR, TextClassifier

    model = TextClassifier.load(WEIGHTS_DIR, name)
    card = model.card
    if fmt == "json":
        emit_json(
            {
                "classes": list(model.classes),
                "attack_classes": list(model.attack_classes),
                "tiers": model.tiers,
                "temperature": model.temperature,
                **card,
            }
        )
        return
    say(f"{card.get('model', name)} — classes: {', '.join(model.classes)} (attack: {', '.join(model.attack_classes)})")
    say(f"method: {card.get('method', '?')}")
    say("tiers (lowest calibrated P(attack) of each): " + _tiers(model))
    say("\ntrained on:")
    for part in card.get("trained_on", []):
        labels = ", ".join(f"{k} {v}" for k, v in part["labels"].items())
        say(f"  {part['part']:<36} {part['kept']:>6} kept of {part['count']:<6} {part['licence']}")
        say(f"  {'':<36} {labels}; sha256 {part['sha256'][:16]}…")
    calibration = card.get("calibration", {})
    say("\nmeasured on calibration texts (never fitted on):")
    rates = calibration.get("false_positive_rate", {})
    for tier in (t for t in _TIER_ORDER if t in rates):
        say(f"  false-positive rate at {tier}: " + ", ".join(f"{k} {v:.1%}" for k, v in rates[tier].items()))
    for name_, recall in calibration.get("recall", {}).items():
        say(
            f"  recall, {name_} (n={recall.get('n')}): "
            + ", ".join(f"{t} {recall[t]:.1%}" for t in _TIER_ORDER if t in recall)
        )
    for title, figures in card.get("reported", {}).items():
        say(f"  reported half, {title}: {figures}")
    say("\nknown limits:")
    for limit in card.get("limits", []):
        say(f"  - {limit}")
