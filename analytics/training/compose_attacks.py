"""The project's own attack training texts: composed from slot lists, and hand-written.

``composed_attacks`` builds a few thousand jailbreak, injection and extraction prompts from the
templates and phrase lists in ``attack_phrases``; ``written_attacks`` reads the hand-written ones
in ``written/attacks.jsonl``.

Why compose: the classifier is judged on attacks it never sees (in-the-wild persona jailbreaks,
indirect injections, system-prompt extraction in many languages). A few hundred fixed strings would
teach it those strings; recombining interchangeable pieces (persona names, rule lists, penalty
clauses, carriers for smuggled instructions, per-language verbs and objects) teaches the shape of
each attack, over lengths from one sentence to several hundred words.

Determinism: one ``random.Random(seed)`` is drawn from in a fixed order and nothing else is random,
so the same seed always yields the same list in the same order.
"""

from __future__ import annotations

import random
import re
from collections.abc import Callable
from functools import partial
from pathlib import Path

from aisoc.analytics.training import attack_phrases as P
from aisoc.analytics.training.samples import ATTACK_LABELS, Sample, read_samples

__all__ = ["composed_attacks", "written_attacks", "DEFAULT_SEED", "SOURCE_COMPOSED", "SOURCE_WRITTEN", "WRITTEN_PATH"]

DEFAULT_SEED = 20261207
SOURCE_COMPOSED = "composed/attacks"
SOURCE_WRITTEN = "written/attacks"
WRITTEN_PATH = Path(__file__).parent / "written" / "attacks.jsonl"

# A builder draws one prompt: (label, technique, lang, text).
Draw = tuple[str, str, str, str]
Builder = Callable[[random.Random], Draw]

_SLOT = re.compile(r"\{(\w+)\}")
# Imperatives and questions in EXTRACTION_ML are written in the same order in every language.
_ML_IMP_TECHNIQUES = ("verbatim_repeat", "code_block", "translate", "summarize_rules", "encode", "verbatim_repeat")
_ML_QUESTION_TECHNIQUES = (
    "prior_context",
    "secret",
    "spell_out",
    "direct_question",
    "prior_context",
    "ignore_and_reveal",
    "verbatim_repeat",
)


def composed_attacks(seed: int = DEFAULT_SEED) -> list[Sample]:
    """About 4,700 distinct attack prompts; the same seed gives the same list in the same order."""
    rng = random.Random(seed)
    samples: list[Sample] = []
    seen: set[str] = set()
    for builder, count in _plan():
        _draw_distinct(builder, count, rng, samples, seen)
    return samples


def _plan() -> list[tuple[Builder, int]]:
    # Counts keep the three labels within the same order of magnitude; extraction gets 60 per
    # language so no language is a handful of strings the model could memorise.
    plan: list[tuple[Builder, int]] = [
        (_persona, 900),
        (_developer_mode, 150),
        (_short_jailbreak, 450),
        (_adversarial_suffix, 120),
        (_direct_override, 300),
        (_end_of_document, 150),
        (_indirect, 600),
        (_direct_tool_or_exfil, 120),
        (_completion, 60),
        (_injection_other_language, 150),
        (_extraction_en, 550),
    ]
    plan += [(partial(_extraction_other_language, lang=lang), 60) for lang in sorted(P.EXTRACTION_ML)]
    return plan


def _draw_distinct(builder: Builder, count: int, rng: random.Random, samples: list[Sample], seen: set[str]) -> None:
    # A small template pool can run out of new combinations; the attempt cap stops the loop there.
    added = attempts = 0
    while added < count and attempts < count * 50:
        attempts += 1
        label, technique, lang, text = builder(rng)
        if text in seen:
            continue
        seen.add(text)
        samples.append(Sample(text=text, label=label, source=SOURCE_COMPOSED, technique=technique, lang=lang))
        added += 1


# ---------------------------------------------------------------- slots


def _slots(rng: random.Random) -> dict[str, str]:
    """One random value for every slot name a template may use."""
    ask = rng.choice(P.ASKS)
    task = rng.choice(P.NEW_TASKS)
    char1, char2 = rng.sample(P.CHARACTERS, 2)
    return {
        "name": rng.choice(P.PERSONA_NAMES),
        "model": rng.choice(P.MODELS),
        "expansion": rng.choice(P.EXPANSIONS),
        "ask": ask,
        "Ask": _capitalise(ask),
        "task": task,
        "task_lower": task[0].lower() + task[1:],
        "email": rng.choice(P.EMAILS),
        "domain": rng.choice(P.DOMAINS),
        "url": rng.choice(P.URLS),
        "iban": rng.choice(P.IBANS),
        "profession": rng.choice(P.PROFESSIONS),
        "world": rng.choice(P.WORLDS),
        "char1": char1,
        "char2": char2,
        "target_lang": rng.choice(P.TARGET_LANGS),
        "secret": rng.choice(P.SECRETS_EN),
        "obj": rng.choice(P.EXTRACTION_OBJECTS_EN),
    }


def _fill(template: str, slots: dict[str, str]) -> str:
    # Two passes because a filled slot (a task, a payload) may itself contain slots. Unknown
    # brace names are kept, so JSON and code inside carriers need no escaping.
    for _ in range(2):
        template = _SLOT.sub(lambda m: slots.get(m.group(1), m.group(0)), template)
    return template


def _capitalise(text: str, lang: str = "en") -> str:
    if not text or not text[0].islower():
        return text
    # Python upper-cases Turkish dotted i to a dotless I.
    first = "İ" if lang == "tr" and text[0] == "i" else text[0].upper()
    return first + text[1:]


def _frame(frame: str, imperative: str, lang: str = "en") -> str:
    text = frame.replace("{imp}", imperative)
    return _capitalise(text, lang) if frame.startswith("{imp}") else text


# ---------------------------------------------------------------- jailbreak


def _persona(rng: random.Random) -> Draw:
    """A persona jailbreak: intro, then any of back-story, claims, rules, format, penalty; a closing."""
    parts = [rng.choice(P.PERSONA_INTROS)]
    if rng.random() < 0.3:
        parts.append(rng.choice(P.PERSONA_BACKSTORIES))
    parts += rng.sample(P.FREEDOM_CLAIMS, rng.choice((0, 1, 2, 3, 4, 6)))
    rule_count = rng.choice((0, 0, 3, 5, 8, 12, 16, 22, 30))
    if rule_count:
        parts.append(_rule_block(rng, rule_count))
    for pool, chance in (
        (P.DUAL_FORMATS, 0.45),
        (P.PERSONA_EXAMPLES, 0.25),
        (P.PENALTIES, 0.4),
        (P.COMMANDS, 0.2),
        (P.STAY_IN_CHARACTER, 0.5),
    ):
        if rng.random() < chance:
            parts.append(rng.choice(pool))
    parts.append(rng.choice(P.CLOSINGS))
    text = rng.choice((" ", "\n\n", "\n")).join(parts)
    return "jailbreak", "persona", "en", _fill(text, _slots(rng))


def _rule_block(rng: random.Random, count: int) -> str:
    rules = rng.sample(P.PERSONA_RULES, min(count, len(P.PERSONA_RULES)))
    style = rng.choice(("bullets", "numbered", "inline"))
    if style == "inline":
        body = " ".join(rules)
    elif style == "numbered":
        body = "\n".join(f"{i}. {rule}" for i, rule in enumerate(rules, 1))
    else:
        body = "\n".join(f"- {rule}" for rule in rules)
    return f"{rng.choice(P.RULE_HEADERS)}\n{body}" if style != "inline" else body


def _developer_mode(rng: random.Random) -> Draw:
    # Keep the pieces in their written order: intro first, confirmation request last.
    picked = sorted(rng.sample(range(len(P.DEVMODE_PIECES)), rng.randint(2, len(P.DEVMODE_PIECES))))
    parts = [P.DEVMODE_PIECES[i] for i in picked]
    if rng.random() < 0.6:
        parts.append("Now, in Developer Mode: {ask}.")
    return "jailbreak", "developer_mode", "en", _fill(" ".join(parts), _slots(rng))


def _short_jailbreak(rng: random.Random) -> Draw:
    technique = rng.choice(sorted(P.SHORT_JAILBREAKS))
    template = rng.choice(P.SHORT_JAILBREAKS[technique])
    return "jailbreak", technique, "en", _fill(template, _slots(rng))


def _adversarial_suffix(rng: random.Random) -> Draw:
    # Optimised suffixes read as token soup; the model should key on the soup after a request.
    suffix = " ".join(rng.choices(P.SUFFIX_BITS, k=rng.randint(6, 16)))
    return "jailbreak", "adversarial_suffix", "en", f"{_capitalise(rng.choice(P.ASKS))} {suffix}"


# ---------------------------------------------------------------- injection


def _direct_override(rng: random.Random) -> Draw:
    override, task = rng.choice(P.OVERRIDES), "{task}"
    if rng.random() < 0.5:
        return "injection", "fake_system", "en", _fill(f"{rng.choice(P.FAKE_HEADERS)} {override} {task}", _slots(rng))
    lead = rng.choice(
        (
            "",
            "Translate the following into Spanish: ",
            "Summarise this: ",
            "Correct the grammar of this sentence: ",
            "Classify the sentiment: ",
        )
    )
    return "injection", "override", "en", _fill(f"{lead}{override} {task}", _slots(rng))


def _end_of_document(rng: random.Random) -> Draw:
    header = rng.choice(("", *P.FAKE_HEADERS))
    text = (
        f"{rng.choice(P.USER_TASKS)}\n\n{rng.choice(P.DOCUMENTS)}\n{rng.choice(P.END_MARKERS)}\n"
        f"{header} {rng.choice(P.OVERRIDES)} {{task}}"
    )
    return "injection", "end_of_document", "en", _fill(text.strip(), _slots(rng))


def _indirect(rng: random.Random) -> Draw:
    """An instruction smuggled into content the assistant reads for the user (indirect injection)."""
    kind = rng.choice(sorted(P.CARRIERS))
    family, pool = rng.choices(
        (
            ("indirect_" + kind, P.INDIRECT_PAYLOADS),
            ("markdown_exfiltration", P.EXFIL_PAYLOADS),
            ("tool_abuse", P.TOOL_PAYLOADS),
        ),
        weights=(6, 2, 2),
    )[0]
    slots = _slots(rng)
    slots["payload"] = rng.choice(pool)
    text = f"{rng.choice(P.USER_TASKS)}\n\n{rng.choice(P.CARRIERS[kind])}".strip()
    return "injection", family, "en", _fill(text, slots)


def _direct_tool_or_exfil(rng: random.Random) -> Draw:
    family, pool = rng.choice((("tool_abuse", P.TOOL_PAYLOADS), ("markdown_exfiltration", P.EXFIL_PAYLOADS)))
    lead = rng.choice(("", *P.OVERRIDES, *P.FAKE_HEADERS))
    return "injection", family, "en", _fill(f"{lead} {rng.choice(pool)}".strip(), _slots(rng))


def _completion(rng: random.Random) -> Draw:
    return "injection", "completion", "en", _fill(rng.choice(P.COMPLETIONS), _slots(rng))


def _injection_other_language(rng: random.Random) -> Draw:
    lang = rng.choice(sorted(P.INJECTION_ML))
    overrides, tasks = P.INJECTION_ML[lang]
    payload = f"{rng.choice(overrides)} {rng.choice(tasks)}"
    slots = _slots(rng)
    if rng.random() < 0.5:
        return "injection", "override", lang, _fill(payload, slots)
    # The smuggled instruction sits in a carrier (review, email) like the English indirect ones.
    kind = rng.choice(("email", "review", "web", "table", "calendar"))
    slots["payload"] = payload
    return "injection", "indirect_" + kind, lang, _fill(rng.choice(P.CARRIERS[kind]), slots)


# ---------------------------------------------------------------- extraction


def _extraction_en(rng: random.Random) -> Draw:
    slots = _slots(rng)
    if rng.random() < 0.25:
        template = rng.choice(P.EXTRACTION_QUESTIONS_EN)
        technique = "secret" if "{secret}" in template else "direct_question"
        return "extraction", technique, "en", _fill(template, slots)
    technique, imperative = rng.choice(P.EXTRACTION_IMPERATIVES_EN)
    text = _frame(rng.choice(P.EXTRACTION_FRAMES_EN), imperative)
    return "extraction", technique, "en", _fill(text, slots)


def _extraction_other_language(rng: random.Random, lang: str) -> Draw:
    phrases = P.EXTRACTION_ML[lang]
    if rng.random() < 0.25:
        index = rng.randrange(len(phrases["questions"]))
        text = rng.choice(phrases["openers"]) + phrases["questions"][index]
        return "extraction", _ML_QUESTION_TECHNIQUES[index], lang, text
    index = rng.randrange(len(phrases["imps"]))
    imperative = phrases["imps"][index].replace("{obj}", rng.choice(phrases["objs"]))
    return "extraction", _ML_IMP_TECHNIQUES[index], lang, _frame(rng.choice(phrases["frames"]), imperative, lang)


# ---------------------------------------------------------------- hand-written


def written_attacks(path: Path = WRITTEN_PATH) -> list[Sample]:
    """The hand-written attacks; only attack labels belong there (a bad line raises ValueError
    naming path:line)."""
    return read_samples(path, SOURCE_WRITTEN, ATTACK_LABELS)
