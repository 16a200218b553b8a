"""Putting the training set together, with a manifest that says where every text came from.

``assemble(shared, seed)`` returns the prompt samples, the response samples, and the manifest:
per part its source, licence, count per label and the SHA-256 of its sorted (label, text) lines,
so a model card can name exactly what a model was fitted on and a rebuild can prove it read the
same thing. Parts:

* the project's own writing: the similarity seed corpus, ``written/*.jsonl`` and the composers;
* ``../shared/data/train`` (``shared_sources``);
* the ``fit`` part of the evaluation corpora's tuning halves (``tuning``);
* augmentation (``augment``): instructions planted into documents and tool outputs (the window
  around them) against clean windows of the same documents, re-cased, leetspeak and wrapped
  attacks.

Any prompt text that is a near-copy of a reported-half text (``independence``) is left out,
whatever part it came from; the manifest lists the dropped texts by SHA-256 and the digest of
what was kept. Duplicate texts keep their first label (own writing first, so a label the project
chose wins).
"""

from __future__ import annotations

import hashlib
import random
from collections import Counter
from collections.abc import Callable, Sequence
from pathlib import Path

from aisoc.analytics.training import augment
from aisoc.analytics.training.compose_attacks import composed_attacks, written_attacks
from aisoc.analytics.training.compose_benign import composed_benign, written_benign
from aisoc.analytics.training.compose_hard_benign import composed_hard_benign
from aisoc.analytics.training.compose_multilingual import composed_multilingual_benign
from aisoc.analytics.training.compose_responses import composed_responses, written_responses
from aisoc.analytics.training.compose_secret_attacks import composed_secret_attacks
from aisoc.analytics.training.compose_trigger_benign import composed_trigger_benign
from aisoc.analytics.training.samples import ATTACK_LABELS, Sample
from aisoc.analytics.training.shared_sources import (
    Part,
    agentdojo_goals,
    agentdojo_outputs,
    asb_instructions,
    bipia_documents,
    bipia_instructions,
    shared_parts,
)
from aisoc.analytics.training.tuning import fit_samples
from aisoc.detections.classifier.scoring import WINDOW_WORDS
from aisoc.detections.similarity import seed_attacks, seed_benign

__all__ = ["TrainingSet", "assemble", "SEED"]

SEED = 20261207
_OWN = "Apache-2.0 (aisoc's own writing)"
_SEED_LABEL = {
    "injection": "injection",
    "indirect_injection": "injection",
    "tool_abuse": "injection",
    "data_exfiltration": "injection",
    "jailbreak_persona": "jailbreak",
    "system_prompt_extraction": "extraction",
}


class TrainingSet:
    def __init__(self, prompts: list[Sample], responses: list[Sample], manifest: dict):
        self.prompts = prompts
        self.responses = responses
        self.manifest = manifest


def _own_parts(seed: int) -> list[Part]:
    seed_attack = tuple(
        Sample(e.text, _SEED_LABEL.get(e.label, "injection"), "written/seed-corpus", e.technique or "")
        for e in seed_attacks()
    )
    seed_ok = tuple(Sample(e.text, "benign", "written/seed-corpus", "hard_benign") for e in seed_benign())
    return [
        Part("written/seed-corpus", _OWN, seed_attack + seed_ok),
        Part("written/attacks", _OWN, tuple(written_attacks())),
        Part("composed/attacks", _OWN, tuple(composed_attacks(seed))),
        Part("composed/secret-attacks", _OWN, tuple(composed_secret_attacks(seed))),
        Part("written/benign", _OWN, tuple(written_benign())),
        Part("composed/benign", _OWN, tuple(composed_benign(seed))),
        Part("composed/hard-benign", _OWN, tuple(composed_hard_benign(seed))),
        Part("composed/multilingual-benign", _OWN, tuple(composed_multilingual_benign(seed))),
        Part("composed/trigger-benign", _OWN, tuple(composed_trigger_benign(seed))),
    ]


def _planted(train_root: Path, own: Sequence[Sample], rng: random.Random) -> list[Part]:
    """Attack instructions inside clean documents and tool outputs, seen as the detector sees a
    long text (the window around the instruction), and clean windows of the same documents."""
    documents = [doc for _kind, doc in bipia_documents(train_root)]
    outputs = agentdojo_outputs(train_root)
    pairs = [(instruction, rng.choice(documents), "document") for _c, instruction in bipia_instructions(train_root)]
    pairs += [(instruction, rng.choice(outputs), "tool_output") for _k, instruction in asb_instructions(train_root)]
    pairs += [
        (goal, rng.choice(outputs), rng.choice(("document", "tool_output")))
        for goal in agentdojo_goals(train_root)
        for _ in range(4)
    ]
    direct = [s for s in own if s.label == "injection" and len(s.text) < 400]
    pairs += [
        (s.text, rng.choice(documents + outputs), rng.choice(("document", "tool_output")))
        for s in rng.sample(direct, min(400, len(direct)))
    ]
    planted = tuple(
        Sample(
            augment.window_around(augment.plant(instruction, doc, rng, kind=kind), instruction, WINDOW_WORDS),
            "injection",
            "augmented/planted",
            f"indirect_{kind}",
        )
        for instruction, doc, kind in pairs
    )
    clean = tuple(
        Sample(window, "benign", "augmented/clean-windows", "document_window")
        for doc in documents + outputs
        for window in augment.windows(doc, WINDOW_WORDS, rng, 4)
    )
    return [
        Part("augmented/planted", "MIT (BIPIA, ASB, AgentDojo) + own", planted),
        Part("augmented/clean-windows", "MIT (BIPIA; tables CC BY-SA 4.0), MIT (AgentDojo)", clean),
    ]


def _surface(own: Sequence[Sample], rng: random.Random) -> Part:
    attacks = [s for s in own if s.label in ATTACK_LABELS]
    samples = []
    for sample in rng.sample(attacks, min(900, len(attacks))):
        how: Callable = rng.choice((augment.recase, augment.leet, augment.wrap))
        samples.append(
            Sample(
                how(sample.text, rng),
                sample.label,
                "augmented/surface",
                f"{sample.technique}+{how.__name__}",
                sample.lang,
            )
        )
    return Part("augmented/surface", _OWN, tuple(samples))


def _sha(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8", "surrogatepass")).hexdigest()


def _digest(samples: Sequence[Sample]) -> str:
    lines = sorted(f"{s.label}\t{s.text}" for s in samples)
    return hashlib.sha256("\n".join(lines).encode("utf-8", "surrogatepass")).hexdigest()


def _entry(part: Part, kept: int) -> dict:
    return {
        "part": part.name,
        "licence": part.licence,
        "count": len(part.samples),
        "kept": kept,
        "labels": dict(sorted(Counter(s.label for s in part.samples).items())),
        "sha256": _digest(part.samples),
    }


def assemble(shared: Path, seed: int = SEED, *, drop: Callable[[list[str]], set[str]] | None = None) -> TrainingSet:
    """The whole training set. ``drop`` is given every distinct prompt text and returns those to
    leave out (the near-copies of reported-half texts; see ``independence``); they are listed in
    the manifest by SHA-256."""
    rng = random.Random(seed)
    train_root = shared / "train"
    own = _own_parts(seed)
    own_samples = [s for p in own for s in p.samples]
    external = shared_parts(train_root)
    tuning = [Part(f"tune/{name}", licence, tuple(samples)) for name, (licence, samples) in fit_samples(shared).items()]
    parts = own + external + tuning + _planted(train_root, own_samples, rng) + [_surface(own_samples, rng)]
    response_parts = [
        Part("written/responses", _OWN, tuple(written_responses())),
        Part("composed/responses", _OWN, tuple(composed_responses(seed))),
    ]
    prompt_parts = [p for p in parts if p.name != "train/hh_rlhf-responses"]
    dropped = drop(list(dict.fromkeys(s.text for p in prompt_parts for s in p.samples))) if drop else set()
    prompts, prompt_kept = _dedupe(
        Part(p.name, p.licence, tuple(s for s in p.samples if s.text not in dropped)) for p in prompt_parts
    )
    response_parts.append(next(p for p in parts if p.name == "train/hh_rlhf-responses"))
    responses, response_kept = _dedupe(response_parts)
    manifest = {
        "seed": seed,
        "prompt_parts": [_entry(p, prompt_kept[p.name]) for p in parts if p.name in prompt_kept],
        "response_parts": [_entry(p, response_kept[p.name]) for p in response_parts],
        "prompt_labels": dict(sorted(Counter(s.label for s in prompts).items())),
        "near_copies_dropped": sorted(_sha(t) for t in dropped),
        "prompts_sha256": _digest(prompts),
        "response_labels": dict(sorted(Counter(s.label for s in responses).items())),
    }
    return TrainingSet(prompts, responses, manifest)


def _dedupe(parts) -> tuple[list[Sample], dict[str, int]]:
    seen: set[str] = set()
    kept: list[Sample] = []
    counts: dict[str, int] = {}
    for part in parts:
        counts[part.name] = 0
        for sample in part.samples:
            key = " ".join(sample.text.split()).casefold()
            if key and key not in seen:
                seen.add(key)
                kept.append(sample)
                counts[part.name] += 1
    return kept, counts
