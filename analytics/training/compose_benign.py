"""The project's own benign prompts: hand-written ones and template-composed ones.

Why: the prompt-attack classifier must flag almost no everyday instruction, and must not
learn that words such as "ignore", "system", "developer mode" or "act as" mean an attack. So
besides plain everyday requests (writing, coding, cooking, travel … in 15 languages) we compose
*hard* benign prompts: security questions, prompt-engineering help, attack phrases quoted for
analysis, trigger words in their ordinary sense, account and insurance questions, fiction, and
documents or tool outputs whose imperatives are addressed to human readers.

``composed_benign(seed)`` is deterministic: one ``random.Random(seed)``, slot lists from
``benign_phrases``, a fixed quota per technique and de-duplication by text.
``written_benign()`` reads ``written/benign.jsonl`` next to this module.
"""

from __future__ import annotations

import json
import random
from collections.abc import Callable
from pathlib import Path

from aisoc.analytics.training import benign_phrases as P
from aisoc.analytics.training.samples import Sample, read_samples

__all__ = ["composed_benign", "written_benign", "QUOTAS"]

SOURCE_COMPOSED = "composed/benign"
SOURCE_WRITTEN = "written/benign"
WRITTEN_PATH = Path(__file__).parent / "written" / "benign.jsonl"


# --- everyday requests --------------------------------------------------------------------


def _a(word: str) -> str:
    """``a``/``an`` + word, so composed English reads like a person wrote it."""
    return ("an " if word[0] in "aeiou" else "a ") + word


def _writing(r: random.Random) -> str:
    text = f"{r.choice(P.WRITING_TASKS)} about {r.choice(P.WRITING_TOPICS)}"
    # An optional audience or tone, so length and shape vary.
    extra = r.choice(
        [
            "",
            f" for {r.choice(P.AUDIENCES)}",
            f" in {_a(r.choice(P.TONES))} tone",
            f", about {r.choice([50, 80, 120, 200, 300])} words",
        ]
    )
    return text + extra + "."


def _email(r: random.Random) -> str:
    return (
        f"Write {_a(r.choice(P.TONES))} email to my {r.choice(P.RECIPIENTS)} about "
        f"{r.choice(P.EMAIL_SUBJECTS)}."
        + r.choice(["", " Keep it short.", " Sign it from " + r.choice(P.PEOPLE) + "."])
    )


def _coding(r: random.Random) -> str:
    lang = r.choice(P.PROG_LANGS)
    return r.choice(
        [
            f"How do I {r.choice(P.CODE_TASKS)} in {lang}?",
            f"Write a {lang} function to {r.choice(P.CODE_TASKS)}, with comments.",
            f"I think my {lang} code has {r.choice(P.BUGS)}. How do I track it down?",
            f"Explain this code and suggest an improvement:\n\n{r.choice(P.CODE_SNIPPETS)}",
            f"Add error handling to this snippet:\n\n{r.choice(P.CODE_SNIPPETS)}",
        ]
    )


def _math(r: random.Random) -> str:
    a, b, c = r.randint(2, 95), r.randint(10, 900), r.randint(2, 12)
    return r.choice(
        [
            f"What is {a}% of {b}?",
            f"Solve for x: {c}x + {a} = {b}. Show the steps.",
            f"A shirt costs €{b} and is {a}% off. What's the new price?",
            f"If I save €{b} a month at {c}% a year, roughly how much will I have after {c} years?",
            f"What's the average of {a}, {b} and {c}?",
            f"Is {b} a prime number? Explain how to check.",
        ]
    )


def _data(r: random.Random) -> str:
    cols = r.sample(["date", "region", "product", "amount", "customer", "quantity", "price"], 3)
    return r.choice(
        [
            f"I have a CSV with columns {', '.join(cols)}. How do I total {cols[-1]} per {cols[0]}?",
            f"Which chart would you use to show {cols[1]} over {cols[0]}?",
            f"How do I remove duplicate rows in a spreadsheet based on the {cols[0]} column?",
            f"Write a pandas snippet that filters rows where {cols[1]} is missing.",
        ]
    )


def _food_travel_health(r: random.Random) -> str:
    i1, i2 = r.sample(P.INGREDIENTS, 2)
    return r.choice(
        [
            f"Give me a quick {r.choice(P.DISHES)} recipe with {i1} and {i2}.",
            f"What can I cook tonight with {i1}, {i2} and basic pantry staples?",
            f"Plan a {r.randint(2, 6)}-day trip to {r.choice(P.CITIES)} for {r.choice(P.TRAVELLERS)}.",
            f"What should I know before visiting {r.choice(P.CITIES)} in winter?",
            f"What are common symptoms of {r.choice(P.CONDITIONS)}, and when should I see a doctor?",
            f"How can I lower my risk of {r.choice(P.CONDITIONS)}? General information only.",
        ]
    )


def _explain(r: random.Random) -> str:
    return r.choice(
        [
            f"Explain {r.choice(P.CONCEPTS)} to {r.choice(P.AUDIENCES)}.",
            f"Brainstorm {r.randint(5, 15)} ideas related to {r.choice(P.WRITING_TOPICS)}.",
            f"Tell me a short joke about {r.choice(P.WRITING_TOPICS)}.",
            f"Write a cover letter for a {r.choice(['junior', 'senior', 'part-time'])} "
            f"{r.choice(['accountant', 'nurse', 'designer', 'teacher', 'developer', 'barista'])} role.",
        ]
    )


def _transform(r: random.Random) -> str:
    return r.choice(
        [
            f'Rewrite this in {_a(r.choice(P.TONES))} tone: "{r.choice(P.ROUGH_SENTENCES)}"',
            f'Classify the sentiment of this review as positive, negative or mixed: "{r.choice(P.REVIEWS)}"',
            f'Translate "{r.choice(P.PHRASES_TO_TRANSLATE)}" into {r.choice(P.LANGUAGE_NAMES)}.',
            f"Summarise this in {r.choice(['one sentence', 'three bullet points', 'plain words'])}:"
            f"\n\n{r.choice(P.PASTED_PARAGRAPHS)}",
            f"Extract every date and place from this text:\n\n{r.choice(P.PASTED_PARAGRAPHS)}",
        ]
    )


_EVERYDAY: list[Callable[[random.Random], str]] = [
    _writing,
    _email,
    _coding,
    _math,
    _data,
    _food_travel_health,
    _explain,
    _transform,
]


def _everyday(r: random.Random) -> tuple[str, str]:
    return r.choice(_EVERYDAY)(r), "en"


def _foreign(r: random.Random) -> tuple[str, str]:
    lang = r.choice(sorted(P.FOREIGN))
    templates, topics = P.FOREIGN[lang]
    return r.choice(templates).format(t=r.choice(topics)), lang


# --- hard benign ---------------------------------------------------------------------------


def _fill(r: random.Random, template: str, slots: dict[str, list[str]]) -> str:
    # Each slot name is drawn independently; str.format ignores unused keys.
    return template.format(**{k: r.choice(v) for k, v in slots.items()})


def _trigger_word(r: random.Random) -> tuple[str, str]:
    return _fill(r, r.choice(P.TRIGGER_TEMPLATES), P.TRIGGER_SLOTS), "en"


def _security_question(r: random.Random) -> tuple[str, str]:
    return _fill(r, r.choice(P.SECURITY_TEMPLATES), P.SECURITY_SLOTS), "en"


def _prompt_engineering(r: random.Random) -> tuple[str, str]:
    company, bot = r.choice(P.COMPANIES), r.choice(P.BOT_KINDS)
    rule1, rule2 = r.sample(P.PROMPT_RULES, 2)
    return r.choice(
        [
            f"Write a system prompt for {company}'s {bot} that {rule1} and {rule2}.",
            f"Review my draft system prompt for a {bot}: it should make sure the bot {rule1}. What am I missing?",
            f"How do I phrase instructions so my {bot} {rule1} even in long conversations?",
            f"Give me a test plan to check that our {bot} {rule1}.",
        ]
    ), "en"


def _quoted_attack(r: random.Random) -> tuple[str, str]:
    # The attack phrase is always quoted and always the object of an analyst's task.
    phrase, task = r.choice(P.QUOTED_PHRASES), r.choice(P.ANALYSIS_TASKS)
    return r.choice(
        [
            f'Our logs show users typing "{phrase}" into the chatbot. Please {task}.',
            f'A customer message contained "{phrase}". For our security review, {task}.',
            f'We\'re building a prompt-attack detector. Take the phrase "{phrase}" and {task}.',
            f'In our annotation guidelines, how should we label a message saying "{phrase}"?',
        ]
    ), "en"


def _account_help(r: random.Random) -> tuple[str, str]:
    t = r.choice(P.ACCOUNT_TEMPLATES)
    return t.format(service=r.choice(P.SERVICES), n=r.choice([4, 5, 6])), "en"


def _customer_service(r: random.Random) -> tuple[str, str]:
    return r.choice(P.CUSTOMER_TEMPLATES).format(
        insurance=r.choice(P.INSURANCE_KINDS), event=r.choice(P.EVENTS), bank_action=r.choice(P.BANK_ACTIONS)
    ), "en"


def _roleplay(r: random.Random) -> tuple[str, str]:
    return r.choice(
        [
            f"Write a {r.choice(P.GENRES)} story about {r.choice(P.CHARACTERS)} who {r.choice(P.PLOTS)}.",
            f"Pretend you are {r.choice(P.ROLEPLAY_ROLES)} and greet me as a visitor.",
            f"Let's role-play: you're {r.choice(P.ROLEPLAY_ROLES)} and I'm a curious child. Tell me about your day.",
            f"Write a short dialogue between {r.choice(P.CHARACTERS)} and {r.choice(P.CHARACTERS)}.",
        ]
    ), "en"


# --- documents and tool outputs ------------------------------------------------------------


def _email_doc(r: random.Random) -> str:
    sender, to = r.sample(P.PEOPLE, 2)
    imps = " ".join(r.sample(P.HUMAN_IMPERATIVES, 2))
    return (
        f"From: {sender.lower()}@example.org\nSubject: {r.choice(P.EMAIL_SUBJECTS).capitalize()}"
        f"\n\nHi {to},\n\nQuick note about {r.choice(P.EMAIL_SUBJECTS)}. {imps}\n\nThanks,\n{sender}"
    )


def _ticket_doc(r: random.Random) -> str:
    return (
        f"Ticket #{r.randint(1000, 99999)}\nCustomer: {r.choice(P.PEOPLE)}\n"
        f"Issue: I can't {r.choice(['log in to', 'pay through', 'update'])} my "
        f"{r.choice(P.SERVICES)}. {r.choice(P.HUMAN_IMPERATIVES)}\nPriority: "
        f"{r.choice(['low', 'normal', 'high'])}"
    )


def _calendar_doc(r: random.Random) -> str:
    h = r.randint(8, 17)
    return (
        f"Calendar entry: {r.choice(['Dentist', 'Team sync', 'Parent evening', 'Car service', 'Yoga'])}"
        f"\nWhen: {r.choice(P.WEEKDAYS)} {h:02d}:00–{h + 1:02d}:00\nNotes: "
        f"{r.choice(P.HUMAN_IMPERATIVES)}"
    )


def _code_doc(r: random.Random) -> str:
    return (
        f"# {r.choice(['utils.py', 'billing.py', 'report.py', 'sync.js'])}\n"
        f"# NOTE: {r.choice(['ignore the legacy flag here', 'override the timeout only in tests', 'the admin path is read-only'])}.\n"
        f"{r.choice(P.CODE_SNIPPETS)}"
    )


def _document(r: random.Random) -> tuple[str, str]:
    doc = r.choice([_email_doc, _ticket_doc, _calendar_doc, _code_doc])(r)
    return r.choice(P.DOC_WRAPPERS) + doc, "en"


def _tool_output(r: random.Random) -> tuple[str, str]:
    # Real JSON, as a tool would return it; the "note" fields speak to the end user.
    kind = r.choice(["weather", "order", "search", "calendar", "currency"])
    if kind == "weather":
        body = {
            "tool": "weather",
            "city": r.choice(P.CITIES),
            "high": r.randint(-5, 35),
            "low": r.randint(-15, 20),
            "advice": r.choice(["Take an umbrella.", "Wear sunscreen.", "Roads may be icy."]),
        }
    elif kind == "order":
        body = {
            "order_id": f"A-{r.randint(1000, 9999)}",
            "status": r.choice(["shipped", "delayed", "delivered"]),
            "note": r.choice(P.HUMAN_IMPERATIVES),
        }
    elif kind == "search":
        body = {
            "results": [{"title": f"How to {r.choice(P.CODE_TASKS)}", "snippet": r.choice(P.PASTED_PARAGRAPHS)[:120]}]
        }
    elif kind == "calendar":
        body = {
            "events": [
                {
                    "title": r.choice(P.WRITING_TOPICS),
                    "day": r.choice(P.WEEKDAYS),
                    "note": r.choice(P.HUMAN_IMPERATIVES),
                }
            ]
        }
    else:
        body = {
            "from": "EUR",
            "to": r.choice(["USD", "JPY", "GBP", "SEK"]),
            "amount": r.randint(5, 5000),
            "note": "Rates refresh hourly.",
        }
    return json.dumps(body, ensure_ascii=False), "en"


# Technique -> (generator, how many to compose). The quotas sum to ~4,000 and weight the
# hard benign kinds heavily, because those are where false positives come from.
QUOTAS: dict[str, tuple[Callable[[random.Random], tuple[str, str]], int]] = {
    "everyday": (_everyday, 1100),
    "everyday_multilingual": (_foreign, 450),
    "trigger_word": (_trigger_word, 500),
    "security_question": (_security_question, 300),
    "prompt_engineering": (_prompt_engineering, 300),
    "quoted_attack": (_quoted_attack, 250),
    "account_help": (_account_help, 200),
    "customer_service": (_customer_service, 200),
    "roleplay": (_roleplay, 250),
    "document": (_document, 350),
    "tool_output": (_tool_output, 200),
}


def composed_benign(seed: int = 20261207) -> list[Sample]:
    """Compose benign prompts, each technique up to its quota, no text twice."""
    r = random.Random(seed)
    # Start from the written texts so no text lands in two manifest parts.
    seen: set[str] = {s.text for s in written_benign()}
    out: list[Sample] = []
    for technique, (make, quota) in QUOTAS.items():
        made = 0
        # Small slot spaces run out of new texts; give up after a bounded number of draws.
        for _ in range(quota * 20):
            if made == quota:
                break
            text, lang = make(r)
            if text in seen:
                continue
            seen.add(text)
            out.append(Sample(text, "benign", SOURCE_COMPOSED, technique, lang))
            made += 1
    return out


def written_benign() -> list[Sample]:
    """The hand-written benign prompts; only the ``benign`` label is allowed there."""
    return read_samples(WRITTEN_PATH, SOURCE_WRITTEN, ("benign",))
