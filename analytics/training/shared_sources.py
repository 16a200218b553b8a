"""The licensed training material in ``../shared/data/train``, read by path into samples.

Each reader returns samples of one manifest part (``Part``: name, licence, samples). The text
never leaves the shared folder except as weights: the manifest records counts and hashes only.

What each folder gives (``train/README.md``):

* JailbreakBench: the attack prompts of PAIR, GCG, DSN and random search are jailbreaks; a
  behaviour's ``goal`` alone is a plain harmful request.
* BIPIA: clean e-mails, code questions and tables are benign documents; the attack instructions
  are harmless alone (``What is the capital of Brazil?``) and hostile only inside a document, so
  they are planted into documents by ``augment.plant`` rather than used alone.
* Agent Security Bench: the attacker's instructions go into tool output (``augment.plant``); the
  normal tools and agent tasks are benign.
* AgentDojo: the suites' tool outputs are benign; the injection tasks' goals are planted into them.
* HH-RLHF red-team conversations: the first human turn is a harmful request; assistant turns are
  ordinary responses (for the response classifier).
* self-instruct user-oriented instructions: everyday benign prompts.
"""

from __future__ import annotations

import ast
import gzip
import json
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import yaml

from aisoc.analytics.training.samples import Sample
from aisoc.ingest.kernel.errors import AisocError

__all__ = [
    "Part",
    "TrainingDataError",
    "shared_parts",
    "bipia_documents",
    "bipia_instructions",
    "asb_instructions",
    "agentdojo_outputs",
    "agentdojo_goals",
]


class TrainingDataError(AisocError):
    """Training material that is missing or unreadable (one line, with the path)."""


@dataclass(frozen=True)
class Part:
    name: str  # the manifest's part name, e.g. ``train/jailbreakbench``
    licence: str
    samples: tuple[Sample, ...]


# BIPIA categories whose instruction is an attack even alone (fraud, malware, propaganda).
_BIPIA_HOSTILE_ALONE = frozenset(
    {"Malware Distribution", "Scams & Fraud", "Misinformation & Propaganda", "Clickbait", "Persuasion"}
)
_JBB_TECHNIQUE = {
    "PAIR": "roleplay_persuasion",
    "GCG": "adversarial_suffix",
    "DSN": "adversarial_suffix",
    "prompt_with_random_search": "rules_wrapper_suffix",
}


def _read_json(path: Path):
    try:
        return json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError) as exc:
        raise TrainingDataError(f"{path}: unreadable ({exc})", path=path) from exc


def _jsonl(path: Path) -> Iterator[dict]:
    opener = gzip.open if path.suffix == ".gz" else open
    try:
        with opener(path, "rt", encoding="utf-8") as handle:
            for number, line in enumerate(handle, start=1):
                if line.strip():
                    try:
                        yield json.loads(line)
                    except ValueError as exc:
                        raise TrainingDataError(f"{path}:{number}: not JSON ({exc})", path=path, line=number) from exc
    except OSError as exc:
        raise TrainingDataError(f"{path}: unreadable ({exc})", path=path) from exc


def jailbreakbench(root: Path) -> tuple[Part, Part]:
    attacks: dict[str, Sample] = {}
    goals: dict[str, Sample] = {}
    for path in sorted((root / "jailbreakbench").glob("*/*/*.json")):
        method = path.relative_to(root / "jailbreakbench").parts[0]
        for record in _read_json(path).get("jailbreaks", []):
            prompt, goal = record.get("prompt"), record.get("goal")
            if isinstance(prompt, str) and prompt.strip():
                attacks.setdefault(
                    prompt, Sample(prompt, "jailbreak", "train/jailbreakbench", _JBB_TECHNIQUE.get(method, method))
                )
            if isinstance(goal, str) and goal.strip():
                goals.setdefault(goal, Sample(goal, "harmful", "train/jailbreakbench-goals", "plain_request"))
    return (
        Part("train/jailbreakbench", "MIT", tuple(attacks.values())),
        Part("train/jailbreakbench-goals", "MIT", tuple(goals.values())),
    )


def bipia_documents(root: Path) -> list[tuple[str, str]]:
    """(kind, document) pairs: clean e-mails, code questions with their error, and tables."""
    docs = []
    for kind in ("email", "code", "table"):
        for path in sorted((root / "bipia" / kind).glob("*.jsonl")):
            for record in _jsonl(path):
                context = record.get("context")
                if isinstance(context, list):
                    context = "\n".join(str(x) for x in context)
                if kind == "code" and isinstance(record.get("error"), list):
                    context = "\n".join(record["error"]) + "\n" + (context or "")
                if isinstance(context, str) and context.strip():
                    docs.append((kind, context))
    return docs


def bipia_instructions(root: Path) -> list[tuple[str, str]]:
    """(category, instruction) pairs from the text and code attack files."""
    found: list[tuple[str, str]] = []
    for path in sorted((root / "bipia").glob("*_attack_*.json")):
        for category, instructions in sorted(_read_json(path).items()):
            found.extend((category, text) for text in instructions if isinstance(text, str))
    return found


def asb_instructions(root: Path) -> list[tuple[str, str]]:
    return [
        (str(r.get("Attack Type", "")), r["Attacker Instruction"])
        for r in _jsonl(root / "asb" / "all_attack_tools.jsonl")
        if isinstance(r.get("Attacker Instruction"), str)
    ]


def _asb_benign(root: Path) -> Part:
    samples: list[Sample] = []
    for record in _jsonl(root / "asb" / "agent_task.jsonl"):
        samples.extend(Sample(t, "benign", "train/asb", "agent_task") for t in record.get("tasks", []))
    for record in _jsonl(root / "asb" / "all_normal_tools.jsonl"):
        text = " ".join(str(v) for v in record.values() if isinstance(v, str))
        samples.append(Sample(text, "benign", "train/asb", "tool_description"))
    return Part("train/asb", "MIT", tuple(samples))


def _strings(node) -> Iterator[str]:
    if isinstance(node, str):
        yield node
    elif isinstance(node, dict):
        for value in node.values():
            yield from _strings(value)
    elif isinstance(node, list):
        for value in node:
            yield from _strings(value)


def agentdojo_outputs(root: Path) -> list[str]:
    """Tool-output texts of the AgentDojo suites (longer strings only), placeholders filled with
    the vector's default text, so each is what an agent would read on a clean run."""
    outputs: list[str] = []
    for suite in sorted((root / "agentdojo" / "data" / "suites").iterdir()):
        vectors = {}
        vector_file = suite / "injection_vectors.yaml"
        if vector_file.is_file():
            for name, spec in (yaml.safe_load(vector_file.read_text(encoding="utf-8")) or {}).items():
                vectors[name] = str((spec or {}).get("default", ""))
        for path in sorted([suite / "environment.yaml", *sorted((suite / "include").glob("*.yaml"))]):
            if not path.is_file():
                continue
            text = path.read_text(encoding="utf-8")
            for name, default in vectors.items():
                text = text.replace("{" + name + "}", default.replace('"', "'"))
            try:
                data = yaml.safe_load(text)
            except yaml.YAMLError:
                continue  # a file whose filled-in placeholders broke the YAML: its strings are not needed
            outputs.extend(s for s in _strings(data) if len(s) >= 40)
    return outputs


def agentdojo_goals(root: Path) -> list[str]:
    """The ``GOAL`` strings of the injection tasks, read from the source without running it."""
    goals = []
    attacker_values: dict[str, str] = {}
    for path in sorted((root / "agentdojo" / "default_suites" / "v1").glob("*/injection_tasks.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if isinstance(node, ast.Assign) and len(node.targets) == 1 and isinstance(node.targets[0], ast.Name):
                name = node.targets[0].id
                if isinstance(node.value, ast.Constant) and isinstance(node.value.value, str):
                    attacker_values[name] = node.value.value
                if name == "GOAL":
                    goal = _render(node.value, attacker_values)
                    if goal:
                        goals.append(goal)
    return goals


def _render(node: ast.expr, names: dict[str, str]) -> str | None:
    """A constant or f-string whose names are module constants (the attacker's IBAN, e-mail …)."""
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return node.value
    if isinstance(node, ast.JoinedStr):
        parts = []
        for value in node.values:
            if isinstance(value, ast.Constant):
                parts.append(str(value.value))
            elif isinstance(value, ast.FormattedValue) and isinstance(value.value, ast.Name):
                parts.append(names.get(value.value.id, value.value.id))
            else:
                return None
        return "".join(parts)
    return None


def _hh_rlhf(root: Path) -> tuple[Part, Part]:
    requests: dict[str, Sample] = {}
    responses: dict[str, Sample] = {}
    for record in _jsonl(root / "hh_rlhf" / "harmless-base-test.jsonl.gz"):
        turns = _turns(str(record.get("chosen", "")))
        if turns and turns[0][0] == "Human" and len(turns[0][1]) >= 12:
            requests.setdefault(turns[0][1], Sample(turns[0][1], "harmful", "train/hh_rlhf", "red_team_request"))
        for speaker, text in turns:
            if speaker == "Assistant" and len(text) >= 40:
                responses.setdefault(text, Sample(text, "normal", "train/hh_rlhf-responses", "assistant_turn"))
    return (
        Part("train/hh_rlhf", "MIT", tuple(requests.values())),
        Part("train/hh_rlhf-responses", "MIT", tuple(responses.values())),
    )


def _turns(transcript: str) -> list[tuple[str, str]]:
    turns = []
    for chunk in transcript.split("\n\n"):
        for speaker in ("Human", "Assistant"):
            if chunk.startswith(speaker + ":"):
                turns.append((speaker, chunk[len(speaker) + 1 :].strip()))
                break
        else:
            if turns and chunk.strip():
                turns[-1] = (turns[-1][0], turns[-1][1] + "\n\n" + chunk.strip())
    return turns


def _self_instruct(root: Path) -> Part:
    samples: dict[str, Sample] = {}
    for record in _jsonl(root / "self_instruct" / "user_oriented_instructions.jsonl"):
        instruction = str(record.get("instruction", "")).strip()
        if not instruction:
            continue
        samples.setdefault(instruction, Sample(instruction, "benign", "train/self_instruct", "everyday_instruction"))
        for instance in record.get("instances", [])[:1]:
            extra = str(instance.get("input", "")).strip()
            if extra:
                text = f"{instruction}\n\n{extra}"
                samples.setdefault(text, Sample(text, "benign", "train/self_instruct", "everyday_instruction"))
    return Part("train/self_instruct", "Apache-2.0", tuple(samples.values()))


def _benign_documents(root: Path) -> Part:
    samples = [
        Sample(doc, "benign", "train/bipia-documents", f"document_{kind}") for kind, doc in bipia_documents(root)
    ]
    samples += [
        Sample(text, "benign", "train/bipia-documents", "document_instruction_alone")
        for category, text in bipia_instructions(root)
        if "```" not in text and category not in _BIPIA_HOSTILE_ALONE
    ]
    samples += [Sample(out, "benign", "train/agentdojo", "tool_output") for out in agentdojo_outputs(root)]
    return Part("train/bipia+agentdojo-documents", "MIT (BIPIA tables CC BY-SA 4.0)", tuple(samples))


def shared_parts(train_root: Path) -> list[Part]:
    """Every part read from ``../shared/data/train``; raises when the folder is missing."""
    if not (train_root / "README.md").is_file():
        raise TrainingDataError(
            f"{train_root}: no training material here (../shared/data/train is absent)", path=train_root
        )
    jbb, goals = jailbreakbench(train_root)
    hh, hh_responses = _hh_rlhf(train_root)
    return [
        jbb,
        goals,
        hh,
        hh_responses,
        _self_instruct(train_root),
        _asb_benign(train_root),
        _benign_documents(train_root),
    ]
