"""Model responses for the disclosure classifier: hand-written ones and composed ones.

Why: the response classifier must tell a response that reveals the assistant's own
instructions ("disclosure") from an ordinary one ("normal"). A disclosure need not quote the
prompt whole: paraphrases, summaries, partial hints, rule lists and translations count. The
normal side deliberately includes look-alikes — refusals to reveal, talk about system prompts
in general, policy answers, numbered steps, drafted prompts written *for* the user, and
"Access Granted"-style replies — so the classifier learns the difference, not the vocabulary.

``composed_responses(seed)`` is deterministic (one ``random.Random(seed)``) and roughly
balanced; ``written_responses()`` reads ``written/responses.jsonl`` next to this module.
"""

from __future__ import annotations

import random
from collections.abc import Callable
from pathlib import Path

from aisoc.analytics.training import response_phrases as R
from aisoc.analytics.training.benign_phrases import COMPANIES
from aisoc.analytics.training.samples import RESPONSE_LABELS, Sample, read_samples

__all__ = ["composed_responses", "written_responses", "QUOTAS"]

SOURCE_COMPOSED = "composed/responses"
SOURCE_WRITTEN = "written/responses"
WRITTEN_PATH = Path(__file__).parent / "written" / "responses.jsonl"


# --- a persona and its rules ---------------------------------------------------------------


def _rules(r: random.Random, k: int, company: str, name: str) -> list[str]:
    """``k`` distinct rule phrases, slots filled, in infinitive form ("never mention X")."""
    slots = {key: r.choice(vals) for key, vals in R.RULE_SLOTS.items()}
    return [p.format(company=company, name=name, **slots) for p in r.sample(R.RULES, k)]


def _persona(r: random.Random) -> tuple[str, str, str]:
    return r.choice(R.NAMES), r.choice(COMPANIES), r.choice(R.ROLES)


def _imperative(rule: str) -> str:
    # Rules are written in the first person ("to myself", "I am"); a prompt says "you".
    rule = rule.replace("I am", "you are").replace("to myself", "to yourself")
    if rule.startswith("not "):
        rule = "do " + rule
    return rule[0].upper() + rule[1:] + "."


def _prompt_text(r: random.Random, name: str, company: str, role: str, rules: list[str]) -> str:
    head = r.choice(
        [f"You are {name}, {role} for {company}.", f"You are {role} for {company}.", f"Role: {name}, {company}."]
    )
    return head + " " + " ".join(_imperative(x) for x in rules)


# --- disclosure renderings -----------------------------------------------------------------


def _verbatim(r: random.Random) -> str:
    name, company, role = _persona(r)
    body = _prompt_text(r, name, company, role, _rules(r, r.randint(2, 4), company, name))
    intro = r.choice(
        [
            "Here is my system prompt:",
            "My prompt reads:",
            "Word for word, I was given:",
            "This is what I received before your message:",
            "My instructions are:",
        ]
    )
    return f'{r.choice(R.OPENERS)}{intro} "{body}"'


def _rule_list(r: random.Random) -> str:
    name, company, role = _persona(r)
    rules = [_imperative(x) for x in _rules(r, r.randint(3, 5), company, name)]
    intro = r.choice(
        [
            f"These are the rules I was given as {role} for {company}:",
            "My instructions, in order:",
            "Here's what my configuration tells me:",
            f"As {name} at {company}, I follow these rules:",
        ]
    )
    marker = r.choice(["num", "dash", "bullet", "paren"])
    lines = [
        {"num": f"{i}. ", "dash": "- ", "bullet": "• ", "paren": f"{i}) "}[marker] + x for i, x in enumerate(rules, 1)
    ]
    return r.choice(R.OPENERS) + intro + "\n" + "\n".join(lines)


def _paraphrase(r: random.Random) -> str:
    name, company, role = _persona(r)
    r1, r2 = _rules(r, 2, company, name)
    return r.choice(R.OPENERS) + r.choice(
        [
            f"My instructions are to {r1} and to {r2}.",
            f"I was told to {r1}. I'm also supposed to {r2}.",
            f"I've been instructed, as {role} for {company}, to {r1}.",
            f"The developers asked me to {r1} and {r2}.",
            f"According to my system prompt, I should {r1} and {r2}.",
            f"{company} configured me to {r1}, and I'm meant to {r2} as well.",
        ]
    )


def _text_above(r: random.Random) -> str:
    name, company, role = _persona(r)
    body = _prompt_text(r, name, company, role, _rules(r, r.randint(1, 3), company, name))
    return (
        r.choice(
            [
                "The text above says: ",
                "Above your message it reads: ",
                "What came before your question was: ",
                "The message before yours is: ",
            ]
        )
        + f'"{body}"'
    )


def _partial(r: random.Random) -> str:
    name, company, role = _persona(r)
    (r1,) = _rules(r, 1, company, name)
    return r.choice(
        [
            f"I can't share all of it, but one rule says I should {r1}.",
            f"I'll only say this much: I'm {name}, {role} for {company}.",
            f"Part of my instructions tells me to {r1}. There's more I'd rather not go into.",
            f'My prompt starts with "You are {name}" and mentions {company}; one line says to {r1}.',
        ]
    )


def _summary(r: random.Random) -> str:
    name, company, role = _persona(r)
    r1, r2 = _rules(r, 2, company, name)
    return r.choice(
        [
            f"In short, I'm {role} for {company}, and I should {r1} and {r2}.",
            f"To sum up my setup: I'm {name} at {company}; I {r1.replace('never', 'must never')} and {r2}.",
            f"The gist of my hidden instructions: act as {role} for {company}, {r1}, and {r2}.",
        ]
    )


def _translated(r: random.Random) -> tuple[str, str]:
    lang = r.choice(sorted(R.FOREIGN_DISCLOSURE))
    templates, rules = R.FOREIGN_DISCLOSURE[lang]
    r1, r2 = r.sample(rules, 2)
    return r.choice(templates).format(name=r.choice(R.NAMES), company=r.choice(COMPANIES), r1=r1, r2=r2), lang


# --- normal renderings ---------------------------------------------------------------------


def _refusal(r: random.Random) -> tuple[str, str]:
    if r.random() < 0.15:
        lang = r.choice(sorted(R.FOREIGN_REFUSALS))
        return R.FOREIGN_REFUSALS[lang], lang
    return f"{r.choice(R.REFUSALS)} {r.choice(R.REDIRECTS)}", "en"


def _meta_general(r: random.Random) -> str:
    subject, fact = r.choice(R.META_FACTS)
    # A rule piece in the third person: companies in general, not "me".
    (rule,) = _rules(r, 1, r.choice(COMPANIES), r.choice(R.NAMES))
    return r.choice(
        [
            f"{subject} {fact}.",
            f"Good question. {subject} {fact}.",
            f"{subject} {fact}. For example, a developer might tell a bot to {rule}.",
            f"In general, {subject[0].lower() + subject[1:]} {fact}.",
        ]
    )


def _policy_answer(r: random.Random) -> str:
    return r.choice(
        [
            f"Our policy says {r.choice(R.POLICIES)}. ",
            f"According to {r.choice(COMPANIES)}'s rules, {r.choice(R.POLICIES)}. ",
            f"The terms state that {r.choice(R.POLICIES)}. ",
        ]
    ) + r.choice(R.REDIRECTS)


def _steps_list(r: random.Random) -> str:
    task = r.choice(sorted(R.TASK_STEPS))
    steps = R.TASK_STEPS[task]
    numbered = "\n".join(f"{i}. {s}." for i, s in enumerate(steps, 1))
    return r.choice([f"Here's how to {task}:", f"To {task}:", f"Steps to {task}:"]) + "\n" + numbered


def _access_reply(r: random.Random) -> str:
    return r.choice(R.ACCESS_REPLIES) + r.choice(["", "", " Have a nice day.", " Try again later."])


def _drafted_prompt(r: random.Random) -> str:
    # A prompt written *for the user* on request: looks like a disclosure, isn't one.
    name, company, role = _persona(r)
    body = _prompt_text(r, name, company, role, _rules(r, r.randint(2, 3), company, name))
    return (
        r.choice(
            [
                "Here's a system prompt you could use:",
                "Draft for your bot:",
                "You could start from something like this:",
            ]
        )
        + f' "{body}" '
        + r.choice(["Adjust the rules to your needs.", "Test it with a few real questions.", ""])
    )


def _answer(r: random.Random) -> str:
    slots = {k: r.choice(v) for k, v in R.ANSWER_SLOTS.items()}
    pct, num = r.choice([10, 15, 20, 25, 40]), r.choice([80, 120, 240, 360, 500])
    return r.choice(R.ANSWERS).format(pct=pct, num=num, result=pct * num // 100, **slots)


def _en(make: Callable[[random.Random], str]) -> Callable[[random.Random], tuple[str, str]]:
    return lambda r: (make(r), "en")


def _framed(make: Callable[[random.Random], str]) -> Callable[[random.Random], tuple[str, str]]:
    """An ordinary answer with a friendly lead-in and sign-off, as assistants write them."""
    return lambda r: (r.choice(R.NORMAL_OPENERS) + make(r) + r.choice(R.CLOSERS), "en")


# (label, technique) -> (generator, quota): ~1,500 per label.
QUOTAS: dict[tuple[str, str], tuple[Callable[[random.Random], tuple[str, str]], int]] = {
    ("disclosure", "verbatim"): (_en(_verbatim), 230),
    ("disclosure", "rule_list"): (_en(_rule_list), 270),
    ("disclosure", "paraphrase"): (_en(_paraphrase), 300),
    ("disclosure", "text_above"): (_en(_text_above), 170),
    ("disclosure", "partial"): (_en(_partial), 180),
    ("disclosure", "summary"): (_en(_summary), 180),
    ("disclosure", "translated"): (_translated, 160),
    ("normal", "refusal"): (_refusal, 110),
    ("normal", "meta_general"): (_framed(_meta_general), 300),
    ("normal", "policy_answer"): (_en(_policy_answer), 250),
    ("normal", "steps_list"): (_framed(_steps_list), 200),
    ("normal", "access_reply"): (_en(_access_reply), 40),
    ("normal", "drafted_prompt"): (_en(_drafted_prompt), 160),
    ("normal", "answer"): (_framed(_answer), 450),
}


def composed_responses(seed: int = 20261207) -> list[Sample]:
    """Compose responses per (label, technique) up to its quota, no text twice."""
    r = random.Random(seed)
    # Start from the written texts so no text lands in two manifest parts.
    seen: set[str] = {s.text for s in written_responses()}
    out: list[Sample] = []
    for (label, technique), (make, quota) in QUOTAS.items():
        made = 0
        for _ in range(quota * 20):  # small slot spaces run dry; stop after bounded draws
            if made == quota:
                break
            text, lang = make(r)
            if text in seen:
                continue
            seen.add(text)
            out.append(Sample(text, label, SOURCE_COMPOSED, technique, lang))
            made += 1
    return out


def written_responses() -> list[Sample]:
    """The hand-written responses, labelled ``disclosure`` or ``normal``."""
    return read_samples(WRITTEN_PATH, SOURCE_WRITTEN, RESPONSE_LABELS)
