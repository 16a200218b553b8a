"""Hard benign prompts composed from slot lists: the framing of attacks, without the attack.

Why: the jailbreak training data wraps its requests in role-play, fiction and hypothetical
scenarios, so the prompt-attack classifier has learnt that "You're an acclaimed author…",
"Imagine you are…" or "Pretend to be…" mean *jailbreak*. It also flags pasted documents and
cybersecurity coding requests, whose vocabulary (access, override, bypass, unauthorized, admin,
root, rules, system) overlaps with injections. This module composes English benign prompts of
exactly those kinds, so the model learns that the framing or the vocabulary alone is harmless:

* ``creative_roleplay``: long creative-writing and role-play requests (novels, tutors, game
  masters, screenplays, interview practice, personas) with harmless goals;
* ``benign_prose``: document-like text (abstracts, patents, news, contracts, minutes, recipes,
  reference lists, boilerplate, scraped fragments), with or without a question;
* ``security_coding``: defensive security engineering requests;
* ``instruction_talk``: prompts about instructions, rules, prompts and passwords.

``composed_hard_benign(seed)`` is deterministic: one ``random.Random(seed)``, slot lists from
``hard_benign_phrases*``, a fixed quota per technique and de-duplication by text.
"""

from __future__ import annotations

import random
from collections.abc import Callable, Sequence

from aisoc.analytics.training import hard_benign_phrases as C
from aisoc.analytics.training import hard_benign_phrases_docs as D
from aisoc.analytics.training import hard_benign_phrases_tech as T
from aisoc.analytics.training.samples import Sample

__all__ = ["composed_hard_benign", "QUOTAS", "SOURCE"]

SOURCE = "composed/hard-benign"
Maker = Callable[[random.Random], str]


# --- small helpers ---------------------------------------------------------------------------


def _a(word: str) -> str:
    """``a``/``an`` + word, so composed English reads like a person wrote it."""
    # "a unit", "a user", "a one-shot": vowel letters with a consonant sound.
    vowel = word[0].lower() in "aeiou" and not word.lower().startswith(("uni", "use", "eu", "one"))
    return ("an " if vowel else "a ") + word


def _pick(r: random.Random, makers: Sequence[Maker], weights: list[int]) -> str:
    # Weights let the richer sub-generators (more slot combinations) carry more of the quota.
    return r.choices(makers, weights)[0](r)


def _join(parts: list[str]) -> str:
    # Empty optional parts are dropped so texts never contain doubled spaces or blank lines.
    return " ".join(p for p in parts if p)


def _listing(r: random.Random, items: list[str]) -> str:
    """The same items as prose, a dashed list or a numbered list: layout varies as in real prompts."""
    style = r.randrange(3)
    if style == 0:
        return " ".join(items)
    if style == 1:
        return "\n".join(f"- {i}" for i in items)
    return "\n".join(f"{n}. {i}" for n, i in enumerate(items, 1))


def _name(r: random.Random) -> str:
    return f"{r.choice(C.FIRST_NAMES)} {r.choice(C.SURNAMES)}"


def _character(r: random.Random, name: str | None = None, detail: int = 2) -> str:
    """A vivid, harmless character sketch; ``detail`` (1–3) sets how many sentences."""
    name = name or _name(r)
    first = name.split()[0]
    head = r.choice(
        [
            f"{name} is {_a(r.choice(C.AGES))}-year-old {r.choice(C.PROFESSIONS)} with {r.choice(C.EYES)} "
            f"and {r.choice(C.HAIR)}.",
            f"{name}, {r.choice(C.AGES)}, is {r.choice(C.BUILDS)} and has {r.choice(C.HAIR)} and {r.choice(C.EYES)}.",
            f"Meet {name}: {_a(r.choice(C.PROFESSIONS))}, {r.choice(C.BUILDS)}, usually seen in {r.choice(C.CLOTHES)}.",
        ]
    )
    # The quirk phrases are third-person singular verbs, so only "she"/"he" (or the name) fit.
    subj, poss = r.choice([("She", "Her"), ("He", "His"), (first, f"{first}'s")])
    more = [
        f"{first} {r.choice(C.BACKSTORIES)}.",
        f"{subj} {r.choice(C.QUIRKS)} and wants to {r.choice(C.GOALS)}.",
        f"{poss} biggest weakness is {r.choice(C.FLAWS)}; {subj.lower() if subj in ('She', 'He') else subj} "
        f"is rarely seen without {r.choice(C.CLOTHES)}.",
    ]
    # detail 1: looks only; 2: plus backstory; 3: plus quirk, goal, flaw and clothes.
    return _join([head, *more[: {1: 0, 2: 1, 3: 3}[detail]]])


def _constraints(r: random.Random, lo: int, hi: int) -> str:
    picked = r.sample(C.CONSTRAINTS, r.randint(lo, hi))
    if not picked:
        return ""
    lead = r.choice(["Constraints:", "A few rules for the piece:", "Please keep to these:", "Requirements:", "Notes:"])
    return f"{lead}\n{_listing(r, picked)}" if len(picked) > 1 else picked[0]


# --- creative_roleplay -----------------------------------------------------------------------


def _story_so_far(r: random.Random, name: str) -> str:
    """A made-up paragraph of the user's own draft, quoted as context (long prompts carry one)."""
    first = name.split()[0]
    text = (
        f"{r.choice(C.WEATHER).capitalize()} had settled over {r.choice(C.SETTINGS)}. {first} "
        f"{r.choice(C.QUIRKS)}, as always, and wondered how on earth to {r.choice(C.GOALS)}. "
        f"{r.choice(C.WORLD_DETAILS)} {first} {r.choice(C.BACKSTORIES)}, and nobody in town ever "
        f"let that be forgotten."
    )
    return f'{r.choice(C.SO_FAR_LEADS)}\n\n"{text}"'


def _brief_extras(r: random.Random, name: str, full: bool = False) -> list[str]:
    """Optional paragraphs (world, beats, style, draft) that turn a request into a long brief.

    ``full`` includes all of them: real writers' briefs run to several hundred words, and the
    attack data has long persona prompts, so the benign side needs long texts too.
    """
    extras = []
    if full or r.random() < 0.4:
        extras.append("About the world: " + " ".join(r.sample(C.WORLD_DETAILS, r.randint(1, 3))))
    if full or r.random() < 0.45:
        beats = r.sample(C.PLOT_BEATS, r.randint(2, 5))
        extras.append("It should cover these beats:\n" + "\n".join(f"{n}. {b}" for n, b in enumerate(beats, 1)))
    if full or r.random() < 0.4:
        extras.append(" ".join(r.sample(C.STYLE_NOTES, r.randint(1, 2))))
    if full or r.random() < 0.3:
        extras.append(_story_so_far(r, name))
    return extras


def _novel(r: random.Random) -> str:
    adj, genre = r.choice(C.AUTHOR_ADJECTIVES), r.choice(C.GENRES)
    opener = r.choice(C.OPENERS).format(
        adj=adj, genre=genre, a_adj=_a(adj), a_genre=_a(genre), premise=r.choice(C.NOVEL_PREMISES)
    )
    hero, full = _name(r), r.random() < 0.25
    parts = [
        opener,
        f"The story is set in {r.choice(C.SETTINGS)}, during {r.choice(C.WEATHER)}.",
        _character(r, hero, 3 if full else r.randint(1, 3)),
    ]
    # Extra characters make the longest prompts reach several hundred words.
    for _ in range(r.randint(1, 3) if full else int(r.random() < 0.5)):
        parts.append(_character(r, None, 3 if full else r.randint(1, 3)))
    parts.append(
        f"Write chapter {r.randint(1, 24)}, in which {hero.split()[0]} "
        f"{r.choice(C.CHAPTER_EVENTS)}. The tone should be {r.choice(C.TONES)}, for "
        f"{r.choice(C.AUDIENCES)}."
    )
    parts.extend(_brief_extras(r, hero, full))
    parts.append(_constraints(r, 2 if full else 0, 6 if full else 5))
    parts.append(r.choice(C.ENDINGS))
    return "\n\n".join(p for p in parts if p)


def _historical(r: random.Random) -> str:
    role, topic = r.choice(C.HISTORICAL_ROLES), r.choice(C.HISTORICAL_TOPICS)
    head = r.choice(
        [
            f"Imagine you are {role}; describe {topic}.",
            f"Pretend you're {role}. In your own voice, tell me about {topic}.",
            f"Role-play as {role} and describe {topic} for my history class.",
            f"You are {role}. Write a journal entry describing {topic}.",
        ]
    )
    extra = r.choice(
        [
            "",
            "Use the first person and keep it historically plausible.",
            f"Mention {r.choice(C.WEATHER)} and at least one smell.",
            f"Aim it at {r.choice(C.AUDIENCES)}, and add a short note afterwards on what is invented.",
            _constraints(r, 1, 3),
        ]
    )
    return _join([head, extra])


def _alt_world(r: random.Random) -> str:
    form, goal = r.choice(C.FORMS), r.choice(C.GOALS)
    head = r.choice(
        [
            f"In an alternate universe where {r.choice(C.ALT_WORLDS)}, write {form} about someone trying to {goal}.",
            f"Imagine a world in which {r.choice(C.ALT_WORLDS)}. Write {form} set there.",
            f"Worldbuilding exercise: {r.choice(C.ALT_WORLDS)}. Describe a normal school day, then write "
            f"{form} that shows it.",
        ]
    )
    parts, hero = [head], _name(r)
    if r.random() < 0.6:
        parts.append("The main character: " + _character(r, hero, r.randint(1, 3)))
    parts.extend(_brief_extras(r, hero))
    parts.append(_constraints(r, 0, 4))
    return "\n\n".join(p for p in parts if p)


def _tutor(r: random.Random) -> str:
    lang, level = r.choice(C.LANGUAGES), r.choice(C.TUTOR_LEVELS)
    tutor = r.choice(C.FIRST_NAMES)
    head = r.choice(
        [
            f"Pretend to be my {lang} tutor and {r.choice(C.TUTOR_ACTIVITIES)}.",
            f"Act as {tutor}, a patient {lang} teacher, and {r.choice(C.TUTOR_ACTIVITIES)}.",
            f"You're my {lang} conversation partner for today. Please {r.choice(C.TUTOR_ACTIVITIES)}.",
        ]
    )
    rules = r.sample(
        [
            f"Speak only {lang} unless I type 'help'.",
            f"I'm at {level} level.",
            "Correct at most three mistakes per turn so I don't get discouraged.",
            "Stay in the role until I say we're done.",
            r.choice(C.PERSONA_STYLES).capitalize() + ".",
            "Start by introducing yourself in character.",
        ],
        r.randint(1, 4),
    )
    return _join([head, *rules])


def _game_master(r: random.Random) -> str:
    party = r.sample(C.PARTY_MEMBERS, r.randint(2, 4))
    head = r.choice(
        [
            f"You are the game master for our tabletop campaign set in {r.choice(C.CAMPAIGN_SETTINGS)}.",
            f"Act as a dungeon master and run a one-shot adventure in {r.choice(C.CAMPAIGN_SETTINGS)}.",
            f"Be our narrator and game master tonight. The world: {r.choice(C.CAMPAIGN_SETTINGS)}.",
        ]
    )
    parts = [
        head,
        "The party:\n" + "\n".join(f"- {p}" for p in party),
        f"The hook: {r.choice(C.CAMPAIGN_HOOKS)}.",
        _listing(r, r.sample(C.GM_STYLE, r.randint(1, 4))),
    ]
    if r.random() < 0.4:
        parts.append("One important non-player character: " + _character(r, None, 2))
    if r.random() < 0.4:
        parts.append("Setting notes: " + " ".join(r.sample(C.WORLD_DETAILS, r.randint(1, 3))))
    parts.append(
        r.choice(
            [
                "Begin with the party arriving at dawn.",
                "Start in the tavern.",
                "Open with a letter delivered by a very tired pigeon.",
                "",
            ]
        )
    )
    return "\n\n".join(p for p in parts if p)


def _screenplay(r: random.Random) -> str:
    a, b = _name(r), _name(r)
    parts = [
        r.choice(
            [
                "Write a screenplay scene.",
                "Draft a short scene for my film-school script.",
                "I need a two-page screenplay scene in standard format.",
            ]
        ),
        f"{r.choice(C.SCREEN_LOCATIONS)} — {r.choice(C.SCREEN_TIMES)}",
        f"Situation: {r.choice(C.SCREEN_CONFLICTS)}.",
        _character(r, a, r.randint(1, 2)),
        _character(r, b, r.randint(1, 2)),
        f"Tone: {r.choice(C.TONES)}. {r.choice(['Let the subtext do the work.', 'End on a laugh.', 'Keep stage directions minimal.', ''])}",
        *_brief_extras(r, a),
    ]
    return "\n\n".join(p.strip() for p in parts if p.strip())


def _fan_fiction(r: random.Random) -> str:
    parts = [
        f"Write fan fiction for {r.choice(C.FAN_WORKS)}: {r.choice(C.FAN_SCENES)}.",
        "Characters:\n" + "\n".join(f"- {_character(r, None, r.randint(1, 2))}" for _ in range(r.randint(1, 3))),
        _constraints(r, 0, 3),
    ]
    return "\n\n".join(p for p in parts if p)


def _poem(r: random.Random) -> str:
    return _join(
        [
            r.choice(
                [
                    f"Write {r.choice(C.POEM_FORMS)} in the voice of {r.choice(C.POEM_PERSONAS)}, "
                    f"about {r.choice(C.POEM_SUBJECTS)}.",
                    f"You are {r.choice(C.POEM_PERSONAS)}. Speak to me in {r.choice(C.POEM_FORMS)} "
                    f"about {r.choice(C.POEM_SUBJECTS)}.",
                    f"Take on the persona of {r.choice(C.POEM_PERSONAS)} and write {r.choice(C.POEM_FORMS)}.",
                ]
            ),
            r.choice(
                [
                    "",
                    f"Make it {r.choice(C.TONES)}.",
                    f"It's for {r.choice(C.AUDIENCES)}.",
                    "Don't name the speaker; let readers guess.",
                ]
            ),
        ]
    )


def _interview(r: random.Random) -> str:
    role, employer = r.choice(C.JOB_ROLES), r.choice(C.EMPLOYERS)
    head = r.choice(
        [
            f"Act as a hiring manager at {employer} interviewing me for {_a(role)} position.",
            f"Pretend you're the interviewer for {_a(role)} role at {employer}.",
            f"Role-play a job interview: you are the head of department at {employer}, I'm applying to be {_a(role)}.",
        ]
    )
    rules = r.sample(
        [
            f"Run {r.choice(C.INTERVIEW_KINDS)}.",
            "Ask one question at a time and wait for my answer.",
            "After each answer, give me honest feedback and a better example answer.",
            "At the end, score me out of ten and list three things to improve.",
            "Be slightly tough, like a real interviewer, but fair.",
            "Stay in character until I type 'feedback'.",
        ],
        r.randint(2, 5),
    )
    return _join([head, *rules])


def _duel(r: random.Random) -> str:
    a, b = r.sample(C.DUELISTS, 2)
    s1, s2 = r.sample(C.SPELLS, 2)
    return _join(
        [
            f"You are {r.choice(C.SPIRIT_NAMES)}, narrating a magical duel between {a} and {b} in "
            f"{r.choice(C.DUEL_ARENAS)}.",
            f"In the first round, one duelist {s1}; the other answers and {s2}.",
            r.choice(
                [
                    "Describe it with gleeful commentary and plenty of teasing asides.",
                    "Narrate it like a sports commentator who is secretly rooting for the underdog.",
                    "Keep it whimsical: nobody gets hurt, and the crowd votes for the most beautiful spell.",
                ]
            ),
            r.choice(
                [
                    "",
                    "About 400 words.",
                    "End with the duelists sharing a pot of tea.",
                    "Describe both duelists' eyes, hair and robes when they step forward.",
                ]
            ),
        ]
    )


def _character_sheet(r: random.Random) -> str:
    name = _name(r)
    return "\n\n".join(
        [
            r.choice(
                [
                    f"Here's a character for my {r.choice(C.GENRES)} story:",
                    "I'm developing a character and want your help.",
                    f"Create a detailed profile for this {r.choice(C.GENRES)} protagonist:",
                ]
            ),
            _character(r, name, 3),
            r.choice(
                [
                    f"Write a short scene where {name.split()[0]} {r.choice(C.CHAPTER_EVENTS)}.",
                    "Suggest three scenes that would show this character's flaw without stating it.",
                    "Describe their morning routine in their own voice.",
                    "What would this character keep in their bedside drawer? Describe five objects.",
                ]
            ),
        ]
    )


def _persona_chat(r: random.Random) -> str:
    name = _name(r)
    return _join(
        [
            r.choice(
                [
                    f"From now on, you are {name},",
                    f"Let's play a game: you're {name},",
                    f"For this conversation, take on the role of {name},",
                ]
            ),
            f"{_a(r.choice(C.AGES))}-year-old {r.choice(C.PROFESSIONS)} who {r.choice(C.BACKSTORIES)}.",
            f"Please {r.choice(C.PERSONA_STYLES)}.",
            r.choice(
                [
                    "Stay in character until I say 'end scene'.",
                    "Answer only as that character would.",
                    "Don't break character, even if I ask silly questions.",
                    "",
                ]
            ),
            f"My first question: {r.choice(C.PERSONA_QUESTIONS)}",
        ]
    )


def _hypothetical(r: random.Random) -> str:
    hyp, task = r.choice(C.HYPOTHETICALS), r.choice(C.HYPOTHETICAL_TASKS)
    return r.choice(
        [
            f"Hypothetically, if {hyp}, what would happen? Please {task}.",
            f"Imagine a scenario where {hyp}. {task.capitalize()}.",
            f"Thought experiment for my class: suppose {hyp}. {task.capitalize()}.",
            f"Let's say, purely hypothetically, that {hyp}. Can you {task}?",
        ]
    )


_CREATIVE = [
    _novel,
    _historical,
    _alt_world,
    _tutor,
    _game_master,
    _screenplay,
    _fan_fiction,
    _poem,
    _interview,
    _duel,
    _character_sheet,
    _persona_chat,
    _hypothetical,
]
_CREATIVE_W = [24, 8, 10, 7, 9, 8, 7, 5, 7, 5, 7, 6, 4]


def _creative_roleplay(r: random.Random) -> str:
    return _pick(r, _CREATIVE, _CREATIVE_W)


# --- benign_prose ----------------------------------------------------------------------------


def _ci(r: random.Random, centre: float) -> str:
    lo, hi = centre - r.uniform(0.05, 0.2), centre + r.uniform(0.05, 0.2)
    return f"{centre:.2f} (95% CI {lo:.2f}–{hi:.2f})"


def _abstract(r: random.Random) -> str:
    kind = r.randrange(4)
    if kind == 0:
        cond, intv, out = r.choice(D.MED_CONDITIONS), r.choice(D.MED_INTERVENTIONS), r.choice(D.MED_OUTCOMES)
        keys = [cond, intv, out]
        n = r.randint(48, 4200)
        title = f"[Effect of {intv} on {out} in patients with {cond}]"
        body = (
            f"BACKGROUND: {cond.capitalize()} affects many {r.choice(D.MED_POPULATIONS)}, and "
            f"evidence on {intv} remains limited. "
            f"METHODS: We conducted {r.choice(D.MED_DESIGNS)} among {n} {r.choice(D.MED_POPULATIONS)}. "
            f"The primary outcome was {out}. RESULTS: Follow-up was {r.randint(3, 36)} months. "
            f"The intervention was associated with a relative risk of {_ci(r, r.uniform(0.55, 1.05))}; "
            f"{r.randint(2, 19)}% of participants withdrew. CONCLUSIONS: {intv.capitalize()} "
            f"{r.choice(['may modestly improve', 'did not significantly change', 'improved'])} {out}. "
            f"Secondary outcomes, including {r.choice(D.MED_OUTCOMES)}, were "
            f"{r.choice(['similar between groups', 'modestly better with the intervention', 'not reported consistently'])}; "
            f"adverse events occurred in {r.randint(1, 14)}% versus {r.randint(1, 14)}% of participants. "
            f"Larger trials are warranted."
        )
    elif kind == 1:
        sys_, meth, obs = r.choice(D.PHYS_SYSTEMS), r.choice(D.PHYS_METHODS), r.choice(D.PHYS_OBSERVABLES)
        keys = [sys_, meth, obs]
        title = f"[{obs.capitalize()} in {sys_}]"
        body = (
            f"Understanding {obs} is central to the design of {r.choice(['quantum', 'optoelectronic', 'energy'])} "
            f"materials, yet measurements in {sys_} remain scarce. We report measurements of {obs} in {sys_} using {meth}. Between {r.randint(2, 80)} K "
            f"and {r.randint(100, 300)} K we observe {r.choice(D.PHYS_FINDINGS)}, with a characteristic "
            f"scale of {r.uniform(0.1, 9.9):.1f} meV. Complementary {r.choice(D.PHYS_METHODS)} "
            f"reproduces the trend. These results constrain models of {obs} and suggest {sys_} as "
            f"a platform for {r.choice(['quantum sensing', 'low-power electronics', 'photonic devices'])}."
        )
    elif kind == 2:
        org, gene, proc = r.choice(D.BIO_ORGANISMS), r.choice(D.BIO_GENES), r.choice(D.BIO_PROCESSES)
        keys = [org, proc]
        title = f"[{gene.capitalize()} regulates {proc} in {org}]"
        body = (
            f"{proc.capitalize()} must be tightly coordinated with growth and environmental conditions. "
            f"How {proc} is controlled in {org} is poorly understood. Using {r.choice(D.BIO_METHODS)} "
            f"and {r.choice(D.BIO_METHODS)}, we identify {gene} as a regulator of {proc}. Loss of "
            f"function reduced {proc} by {r.randint(18, 74)}% (n = {r.randint(6, 60)}, P < 0.0{r.randint(1, 5)}), "
            f"whereas overexpression had the opposite effect. Our findings reveal a conserved "
            f"mechanism linking {proc} to environmental cues."
        )
    else:
        hab, drv, tax = r.choice(D.ECO_HABITATS), r.choice(D.ECO_DRIVERS), r.choice(D.ECO_TAXA)
        keys = [hab, drv, tax]
        title = f"[Responses of {tax} to {drv} across {hab}]"
        body = (
            f"{tax.capitalize()} are declining across Europe, but the contribution of {drv} is debated. "
            f"We surveyed {tax} at {r.randint(12, 240)} sites in {hab} over {r.randint(2, 15)} years "
            f"to test how {drv} affects community composition. Species richness declined by "
            f"{r.uniform(0.5, 6.0):.1f}% per year where {drv} was highest, whereas abundance of "
            f"generalists rose. Management that reduces {drv} could benefit {tax}."
        )
    if r.random() < 0.5:
        body += " " + " ".join(r.sample(D.ABSTRACT_LIMITS, r.randint(1, 2)))
    keywords = f"\n\nKeywords: {'; '.join(keys)}"
    return r.choice([f"{title}\n\n{body}", body, f"{title} {body}", f"Abstract\n{body}{keywords}"])


def _patent(r: random.Random) -> str:
    field, specific = r.choice(D.PATENT_FIELDS)
    dev = r.choice(D.PATENT_DEVICES)
    p1, p2, p3 = r.sample(D.PATENT_PARTS, 3)
    return (
        f"FIELD OF THE INVENTION\n\nThe present invention relates to {field}, and more "
        f"particularly to {specific}.\n\nBACKGROUND\n\n{r.choice(D.PATENT_PROBLEMS).capitalize()}. "
        f"There is therefore a need for an improved {dev}.\n\nSUMMARY\n\nIn one embodiment, "
        f"{_a(dev)} comprises {p1}; {p2} coupled to the {p1.split(' ', 1)[1]}; and {p3}, wherein "
        f"the {p3.split(' ', 1)[1]} is configured to move between a first position and a second "
        f"position. The arrangement {r.choice(D.PATENT_ADVANTAGES)} and "
        f"{r.choice(D.PATENT_ADVANTAGES)}. [00{r.randint(10, 99)}] Other embodiments are described below."
        + (
            "\n\nDETAILED DESCRIPTION\n\n" + " ".join(r.sample(D.PATENT_DETAILS, r.randint(2, 4)))
            if r.random() < 0.6
            else ""
        )
    )


def _news(r: random.Random) -> str:
    place, body, role, who = (
        r.choice(D.NEWS_PLACES),
        r.choice(D.NEWS_BODIES),
        r.choice(D.NEWS_ROLES),
        r.choice(D.NEWS_NAMES),
    )
    return (
        f"{place.upper()} — {body.capitalize()} has {r.choice(D.NEWS_EVENTS)}, it said on "
        f"{r.choice(['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday'])}. The project cost "
        f'about £{r.randint(2, 90)}.{r.randint(1, 9)} million. "{r.choice(D.NEWS_QUOTES)}" said '
        f"{who}, {role}. {r.choice(['Critics said the consultation was too short.', 'Work begins next month.', 'A public meeting is planned for the autumn.', ''])}".rstrip()
        + (
            f"\n\nThe decision follows {r.randint(2, 9)} years of campaigning by residents. "
            f'{r.choice(D.NEWS_NAMES)}, {r.choice(D.NEWS_ROLES)}, added: "{r.choice(D.NEWS_QUOTES)}" '
            f"Further details will be published on the {r.choice(D.NEWS_BODIES).replace('the ', '', 1)}'s website."
            if r.random() < 0.5
            else ""
        )
    )


def _encyclopedia(r: random.Random) -> str:
    if r.random() < 0.5:
        town = r.choice(D.ENC_TOWNS)
        old, new = r.sample(D.ENC_INDUSTRIES, 2)
        return (
            f"{town} is a market town in {r.choice(D.ENC_REGIONS)}, with a population of "
            f"{r.randint(1200, 48000):,} at the {r.choice([2011, 2021, 2022])} census. Historically "
            f"known for {old}, it is today a centre of {new} and tourism. Notable landmarks include "
            f"{r.choice(D.ENC_LANDMARKS)} and {r.choice(D.ENC_LANDMARKS)}. The town was first "
            f'recorded in {r.randint(900, 1400)} as "{town[:4]}ham".'
        )
    sp = r.choice(D.ENC_SPECIES)
    return (
        f"{sp[0].upper() + sp[1:]} is a small species found in {r.choice(D.ENC_HABITATS)}. Adults "
        f"measure {r.randint(2, 30)}–{r.randint(31, 60)} mm and feed mainly on {r.choice(D.ENC_DIETS)}. "
        f"Breeding takes place between {r.choice(['March', 'April', 'May'])} and "
        f"{r.choice(['July', 'August', 'September'])}. It is listed as "
        f"{r.choice(['Least Concern', 'Near Threatened', 'Vulnerable'])}, mainly because of "
        f"{r.choice(D.ECO_DRIVERS)}."
    )


def _product(r: random.Random) -> str:
    name, what = r.choice(D.PRODUCTS)
    feats = r.sample(D.PRODUCT_FEATURES, r.randint(2, 4))
    return (
        f"{name} — {what}.\n\n"
        + _listing(r, [f[0].upper() + f[1:] + "." for f in feats])
        + f"\n\nPrice: €{r.randint(9, 399)}.{r.choice(['00', '95', '99'])}"
    )


def _contract(r: random.Random) -> str:
    a, b = r.choice(D.PARTIES)
    n = r.randint(3, 18)
    clauses = r.sample(D.LEGAL_CLAUSES, r.randint(1, 5))
    return "\n".join(f"{n}.{i} " + c.format(a=a, b=b) for i, c in enumerate(clauses, 1))


def _minutes(r: random.Random) -> str:
    items = r.sample(D.AGENDA_ITEMS, r.randint(2, 3))
    lines = [
        f"Minutes — {r.choice(D.MEETING_BODIES)}, {r.randint(1, 28)} "
        f"{r.choice(['March', 'June', 'September', 'November'])}",
        f"Present: {', '.join(r.sample(C.FIRST_NAMES, r.randint(3, 6)))}. Apologies: {r.choice(C.FIRST_NAMES)}.",
    ]
    for i, item in enumerate(items, 1):
        lines.append(
            f"{i}. {item.capitalize()}. {r.choice(D.DECISIONS)} "
            f"ACTION: {r.choice(C.FIRST_NAMES)} to {r.choice(D.ACTIONS)}."
        )
    return "\n".join(lines)


def _release_notes(r: random.Random) -> str:
    v = f"{r.randint(1, 9)}.{r.randint(0, 20)}.{r.randint(0, 9)}"
    return (
        f"{r.choice(D.APP_NAMES)} {v} release notes\n\nAdded\n"
        + "\n".join(f"- {x}" for x in r.sample(D.RELEASE_ADDED, r.randint(1, 3)))
        + "\n\nFixed\n"
        + "\n".join(f"- Fixed {x}" for x in r.sample(D.RELEASE_FIXED, r.randint(1, 3)))
        + (f"\n\nChanged\n- {r.choice(D.RELEASE_CHANGED)}" if r.random() < 0.6 else "")
    )


def _recipe(r: random.Random) -> str:
    title, ingredients, steps = r.choice(D.RECIPES)
    serves = r.randint(2, 8)
    return (
        f"{title} (serves {serves})\n\nIngredients\n"
        + "\n".join(f"- {i}" for i in ingredients)
        + "\n\nMethod\n"
        + _listing(r, steps)
        + r.choice(["", "\n\nTip: it keeps for three days in the fridge.", f"\n\nPrep {r.randint(5, 30)} min."])
    )


def _review(r: random.Random) -> str:
    stars = r.randint(1, 5)
    item, praise, gripes = r.choice(D.REVIEWS)
    return (
        f"{'★' * stars}{'☆' * (5 - stars)} {r.choice(['Verified purchase', 'Reviewed in the UK', 'Local Guide'])}\n"
        f"I tried {item} {r.choice(['last month', 'for my mum', 'after reading good reviews', 'on a whim'])}. "
        f"Pros: {r.choice(praise)}. Cons: {r.choice(gripes)}. "
        f"{r.choice(['Would recommend.', 'Not sure I would buy again.', 'Three months on, still happy.', ''])}"
    ).rstrip()


def _forum(r: random.Random) -> str:
    topic = r.choice(D.FORUM_TOPICS)
    return (
        f"Re: {topic} help needed\n\nHi all, long-time lurker. My {topic} {r.choice(D.FORUM_PROBLEMS)}. "
        f"{r.choice(D.FORUM_TRIED).capitalize()}. Any ideas? "
        f"{r.choice(['Thanks in advance!', 'Cheers.', 'EDIT: added photos below.', 'Sorry if this is the wrong board.'])}\n\n"
        f"— {r.choice(C.FIRST_NAMES).lower()}{r.randint(1, 999)}"
    )


def _references(r: random.Random) -> str:
    a = r.randint(3, 40)
    b = a + 1
    lead = r.choice(
        [
            f"Similar effects were reported previously [{a}] and [{b}], although sample sizes were small.",
            f"as shown in earlier work [{a}, {b}], the response saturates at high doses",
            f"Several groups have since replicated this finding ([{a}]–[{b + 2}]).",
        ]
    )
    refs = []
    for n in range(a, a + r.randint(2, 4)):
        au = ", ".join(r.sample(D.REF_AUTHORS, r.randint(1, 3)))
        refs.append(
            f"[{n}] {au}. {r.choice(D.REF_TITLES)}. {r.choice(D.REF_JOURNALS)}. "
            f"{r.randint(1998, 2025)};{r.randint(3, 120)}:{r.randint(10, 900)}–{r.randint(901, 1200)}."
        )
    return lead + "\n\nReferences\n" + "\n".join(refs)


def _boilerplate(r: random.Random) -> str:
    pool = D.COPYRIGHT_NOTICES if r.random() < 0.5 else D.COOKIE_BANNERS
    return r.choice(pool).format(site=r.choice(D.SITE_NAMES), year=r.randint(2008, 2026))


def _fragment(r: random.Random, text: str) -> str:
    """Cut ``text`` at arbitrary characters, often mid-word, the way scraped text arrives."""
    if len(text) < 160:
        return text
    start = r.randint(1, len(text) // 3)
    end = r.randint(2 * len(text) // 3, len(text) - 1)
    return text[start:end].strip()


def _scraped_page(r: random.Random) -> str:
    """A whole web page as a scraper returns it: navigation, one or two bodies, boilerplate."""
    bodies = [m(r) for m in r.sample([_news, _review, _forum, _recipe, _encyclopedia, _product], r.randint(1, 2))]
    nav = r.sample(D.NAV_BITS, r.randint(2, 4))
    return "\n".join([nav[0], r.choice(D.SITE_NAMES), *bodies, *nav[1:], _boilerplate(r)])


def _retrieved(r: random.Random) -> str:
    """Several passages as a retrieval pipeline hands them over, numbered, before the question."""
    makers = r.sample([_abstract, _news, _encyclopedia, _contract, _release_notes, _review, _patent], r.randint(2, 3))
    passages = "\n\n".join(f"[{n}] {m(r).strip()}" for n, m in enumerate(makers, 1))
    return (
        f"{r.choice(['Context:', 'Retrieved documents:', 'Use the sources below.', 'Search results:'])}\n\n"
        f"{passages}\n\nQuestion: {r.choice(D.PROSE_QUESTIONS)}"
    )


_DOCS = [
    _abstract,
    _patent,
    _news,
    _encyclopedia,
    _product,
    _contract,
    _minutes,
    _release_notes,
    _recipe,
    _review,
    _forum,
    _references,
    _boilerplate,
    _scraped_page,
    _retrieved,
]
_DOCS_W = [20, 8, 8, 6, 5, 8, 6, 7, 5, 6, 5, 6, 4, 10, 8]


def _benign_prose(r: random.Random) -> str:
    doc = _pick(r, _DOCS, _DOCS_W)
    # About a quarter arrive as scraped fragments; questions are optional because retrieval
    # pipelines hand over bare documents too.
    if r.random() < 0.25:
        doc = _fragment(r, doc)
    q = r.random()
    if q < 0.4:
        return f"{r.choice(D.PROSE_QUESTIONS)}\n\n{doc}"
    if q < 0.5:
        return f"{doc}\n\n{r.choice(D.PROSE_QUESTIONS)}"
    return doc


# --- security_coding -------------------------------------------------------------------------


def _sec_program(r: random.Random) -> str:
    lang, task = r.choice(T.SEC_LANGS), r.choice(T.SEC_TASKS)
    ask = r.choice(
        [
            f"Generate a {lang} program that {task}.",
            f"Write a {lang} script that {task}.",
            f"Can you help me write a small {lang} tool that {task}?",
            f"I need {_a(lang)} function that {task}.",
        ]
    )
    reqs = r.sample(T.SEC_REQUIREMENTS, r.randint(0, 4))
    env = r.sample(T.ENV_DETAILS, r.randint(0, 3))
    return _join([r.choice(T.SEC_CONTEXTS), *env, ask, *reqs])


def _ip(r: random.Random) -> str:
    # Documentation ranges only (RFC 5737), so no real address ends up in training data.
    return f"{r.choice(['192.0.2', '198.51.100', '203.0.113'])}.{r.randint(1, 254)}"


def _log_lines(r: random.Random) -> str:
    day, hour = r.randint(1, 28), r.randint(0, 23)
    if r.random() < 0.5:
        return "\n".join(
            f"Mar {day:2d} {hour:02d}:{r.randint(0, 59):02d}:{r.randint(0, 59):02d} web01 sshd[{r.randint(1000, 65000)}]: "
            f"{r.choice(['Failed password for', 'Failed password for invalid user', 'Accepted publickey for'])} "
            f"{r.choice(T.LOG_USERS)} from {_ip(r)} port {r.randint(30000, 65000)} ssh2"
            for _ in range(r.randint(3, 9))
        )
    return "\n".join(
        f"{_ip(r)} - - [{day:02d}/Mar/2026:{hour:02d}:{r.randint(0, 59):02d}:{r.randint(0, 59):02d} +0000] "
        f'"{r.choice(["GET", "POST"])} {r.choice(["/login", "/admin", "/api/v1/orders", "/", "/wp-login.php", "/search?q=shoes"])} HTTP/1.1" '
        f"{r.choice([200, 301, 401, 403, 404, 429, 500])} {r.randint(120, 9000)}"
        for _ in range(r.randint(3, 9))
    )


def _log_task(r: random.Random) -> str:
    lang = r.choice(T.SEC_LANGS)
    ask = r.choice(
        [
            f"Here are some lines from our server logs. Write a {lang} parser that counts failures per IP "
            f"and blocks any address with more than {r.randint(3, 20)} in ten minutes.",
            "These lines are from last night. Is this an attack, and what should I check next?",
            f"Write a {lang} program that turns lines like these into JSON for our SIEM.",
            "Which of these requests look like unauthorized access attempts, and why?",
        ]
    )
    return f"{ask}\n\n```\n{_log_lines(r)}\n```" + r.choice(["", "\n\n" + r.choice(T.SEC_REQUIREMENTS)])


def _firewall(r: random.Random) -> str:
    tool, goal = r.choice(T.FIREWALL_TOOLS), r.choice(T.FIREWALL_GOALS)
    return _join(
        [
            r.choice(T.SEC_CONTEXTS),
            r.choice(
                [
                    f"Write {tool} rules to {goal}.",
                    f"How do I {goal} with {tool}?",
                    f"Show me {_a(tool)} configuration that will {goal}, and explain each line.",
                ]
            ),
            r.choice(
                [
                    "",
                    "I don't want to lock myself out, so include a rollback step.",
                    "Rules must persist after a reboot.",
                    "Please explain the rule order.",
                ]
            ),
        ]
    )


def _detection(r: random.Random) -> str:
    fmt, target = r.choice(T.DETECTION_FORMATS), r.choice(T.DETECTION_TARGETS)
    return _join(
        [
            r.choice(
                [
                    f"Write {fmt} that detects {target}.",
                    f"As a {r.choice(T.SEC_ROLES)}, I need {fmt} to alert on {target}.",
                    f"Help me tune {fmt} for {target}; it fires too often on admin activity.",
                ]
            ),
            r.choice(
                [
                    "",
                    "Explain likely false positives.",
                    "Map it to MITRE ATT&CK.",
                    "Include a test case we can replay in the lab.",
                ]
            ),
        ]
    )


def _vuln(r: random.Random) -> str:
    v, comp = r.choice(T.VULN_CLASSES), r.choice(T.COMPONENTS)
    return r.choice(
        [
            f"Explain how {v} attacks work at a high level and how developers prevent them.",
            f"What is the root cause of {v} vulnerabilities, and which code-review checks catch them?",
            f"For my security exam: what is {v}, and which mitigations should I mention?",
            f"Our scanner flagged a possible {v} in {comp}. How do we confirm it safely and fix it?",
            f"A CVE for {v} was published for a library in {comp}. Write an internal advisory telling "
            f"developers how to check whether they're affected and how to patch.",
            f"Give me a secure-coding training slide on {v}: how the exploit works conceptually, the "
            f"impact, and the fix.",
        ]
    )


def _incident(r: random.Random) -> str:
    s = r.choice(T.IR_SCENARIOS)
    # Real requests often describe the environment first; that context is what makes them long.
    env = " ".join(r.sample(T.ENV_DETAILS, r.randint(0, 3)))
    return _join(
        [
            env,
            r.choice(
                [
                    f"Write an incident-response checklist for {s}.",
                    f"We just discovered {s}. What are the first five things we should do, in order?",
                    f"Draft a post-incident report template for {s}.",
                    f"Create a tabletop exercise for our IT team based on {s}.",
                    f"Who should we notify, and when, after {s}? We're a small EU company.",
                ]
            ),
        ]
    )


def _secure_rules(r: random.Random) -> str:
    rules = r.sample(T.SECURE_RULES, r.randint(2, 5))
    return r.choice(
        [
            "Which secure-coding rules must never be disregarded, even under deadline pressure? "
            "Here's my starting list:\n" + _listing(r, [x.capitalize() + "." for x in rules]),
            f"Why is the rule '{rules[0]}' so important? Give an example of what goes wrong when it's ignored.",
            "Turn these rules into a one-page poster for our developers: " + "; ".join(rules) + ".",
            f"Our new hire asked why we {rules[0]}. Write a friendly explanation with a real-world example.",
        ]
    )


def _threat_model(r: random.Random) -> str:
    s = r.choice(T.THREAT_SYSTEMS)
    env = " ".join(r.sample(T.ENV_DETAILS, r.randint(0, 2)))
    return _join(
        [
            env,
            r.choice(
                [
                    f"Help me build a STRIDE threat model for {s}.",
                    f"List the main attack surfaces of {s} and one mitigation for each.",
                    f"What are the top five risks for {s}, ranked by likelihood and impact?",
                    f"Draft a threat-model document outline for {s}, including trust boundaries and data flows.",
                ]
            ),
            r.choice(
                [
                    "",
                    "Our main worry is unauthorized access by former staff.",
                    "Please include how an attacker could bypass each control and what would detect it.",
                ]
            ),
        ]
    )


def _admin(r: random.Random) -> str:
    return _join(
        [
            r.choice(["", "Quick sysadmin question. ", f"I'm a {r.choice(T.SEC_ROLES)}. "]).strip(),
            r.choice(T.ADMIN_QUESTIONS),
            r.choice(["", "Please give the exact commands.", "Assume Debian 12.", "Windows Server 2022 here."]),
        ]
    )


def _code_review(r: random.Random) -> str:
    return (
        r.choice(
            [
                "Review this code for security problems and show a fixed version:",
                "Our linter flagged this line. Why is it dangerous and how do I fix it?",
                "Is this vulnerable to an attack? Explain and rewrite it safely:",
            ]
        )
        + f"\n\n```\n{r.choice(T.SEC_SNIPPETS)}\n```"
    )


def _pentest(r: random.Random) -> str:
    return _join(
        [
            r.choice(
                ["", "Studying for my pentest certification.", "Interview prep:", "For a lunch-and-learn I'm giving:"]
            ),
            r.choice(T.PENTEST_QUESTIONS),
        ]
    )


_SECURITY = [
    _sec_program,
    _firewall,
    _detection,
    _vuln,
    _incident,
    _secure_rules,
    _threat_model,
    _admin,
    _code_review,
    _pentest,
    _log_task,
]
_SECURITY_W = [24, 9, 11, 13, 7, 7, 6, 6, 5, 5, 14]


def _security_coding(r: random.Random) -> str:
    return _pick(r, _SECURITY, _SECURITY_W)


# --- instruction_talk ------------------------------------------------------------------------


def _bot_rules(r: random.Random) -> str:
    bot = r.choice(T.BOT_PURPOSES)
    topics = r.sample(T.BOT_RULE_TOPICS, r.randint(1, 3))
    return r.choice(
        [
            f"What rules should the system prompt for {bot} contain? I care most about {', '.join(topics)}.",
            f"Draft a system prompt for {bot}, with clear rules on {' and '.join(topics)}.",
            f"I'm writing instructions for {bot}. How do I phrase the rules about {topics[0]} so they're unambiguous?",
        ]
    )


def _prompt_review(r: random.Random) -> str:
    # The draft is an ordinary, benign system prompt the user wrote; the task is editing it.
    rules = r.sample(T.DRAFT_PROMPT_RULES, r.randint(3, 8))
    draft = r.choice(T.DRAFT_PROMPT_ROLES) + "\n" + "\n".join(f"{n}. {x}" for n, x in enumerate(rules, 1))
    return f"{r.choice(T.REVIEW_ASKS)}\n\n---\n{draft}\n---"


def _assembly(r: random.Random) -> str:
    item = r.choice(T.ASSEMBLY_ITEMS)
    parts = r.sample(T.ASSEMBLY_PARTS, r.randint(3, 6))
    return (
        f"Write clear step-by-step instructions for assembling {item}, for "
        f"{r.choice(T.INSTRUCTION_AUDIENCES)}. Parts in the box:\n" + "\n".join(f"- {p}" for p in parts)
    )


def _house_rules(r: random.Random) -> str:
    name, rules = r.choice(T.RULE_SETS)
    chosen = r.sample(rules, r.randint(3, len(rules)))
    return (
        r.choice(
            [
                f"Summarise the {name} below in two sentences.",
                f"Turn these {name} into a friendly sign.",
                f"Translate the {name} below into German.",
                f"Which of these {name} would guests most likely break?",
            ]
        )
        + "\n\n"
        + _listing(r, chosen)
    )


def _image_prompt(r: random.Random) -> str:
    return _join(
        [
            r.choice(
                [
                    "Help me write a prompt for an image model:",
                    "Improve my image-generation prompt:",
                    "What prompt should I give an image generator for this?",
                ]
            ),
            f"{r.choice(T.IMAGE_SUBJECTS)}, {r.choice(T.IMAGE_STYLES)},",
            ", ".join(r.sample(T.IMAGE_DETAILS, r.randint(1, 3))) + ".",
        ]
    )


def _term(r: random.Random) -> str:
    return _join(
        [
            r.choice(T.TERM_QUESTIONS),
            r.choice(
                [
                    "",
                    "Keep it short.",
                    "Give an example.",
                    "Explain it like I'm new to this.",
                    "Answer in two sentences.",
                ]
            ),
        ]
    )


def _password(r: random.Random) -> str:
    return (
        r.choice(T.PASSWORD_CONTEXTS)
        + r.choice(T.PASSWORD_QUESTIONS)
        + r.choice(["", " Thanks!", " Please cite current NIST guidance if relevant.", " Short answer please."])
    )


def _policy_email(r: random.Random) -> str:
    old, new = r.choice(T.POLICY_CHANGES)
    return r.choice(
        [
            f"My manager told me to disregard {old}; draft an e-mail to {r.choice(T.RECIPIENT_GROUPS)} "
            f"explaining that {new}.",
            f"Please write a short announcement for {r.choice(T.RECIPIENT_GROUPS)}: {old} no longer applies and {new}.",
            f"How do I politely tell {r.choice(T.RECIPIENT_GROUPS)} to ignore {old}? The new rule is that {new}.",
        ]
    )


def _change_of_plan(r: random.Random) -> str:
    return r.choice(T.CHANGE_OF_PLAN)


def _key_points(r: random.Random) -> str:
    return (
        r.choice(
            [
                "Repeat the key points of this text as a bulleted list:",
                "Read this and repeat back the main instructions in plain words:",
                "What are the rules in this notice?",
                "Summarise this for a busy colleague:",
            ]
        )
        + "\n\n"
        + r.choice(T.KEY_POINT_TEXTS)
    )


def _write_instructions(r: random.Random) -> str:
    return f"{r.choice(T.INSTRUCTION_WRITING)}, for {r.choice(T.INSTRUCTION_AUDIENCES)}." + r.choice(
        ["", " Use numbered steps.", " Keep it to one page.", " Add a short troubleshooting section."]
    )


_INSTRUCTIONS = [
    _bot_rules,
    _assembly,
    _house_rules,
    _image_prompt,
    _term,
    _password,
    _policy_email,
    _change_of_plan,
    _key_points,
    _write_instructions,
    _prompt_review,
]
_INSTRUCTIONS_W = [11, 10, 10, 11, 8, 8, 8, 2, 4, 8, 12]


def _instruction_talk(r: random.Random) -> str:
    return _pick(r, _INSTRUCTIONS, _INSTRUCTIONS_W)


# --- assembly --------------------------------------------------------------------------------

# Technique -> (generator, how many to compose). Creative role-play carries the largest share
# because persona and fiction framing is where most false positives come from.
QUOTAS: dict[str, tuple[Maker, int]] = {
    "creative_roleplay": (_creative_roleplay, 1100),
    "benign_prose": (_benign_prose, 950),
    "security_coding": (_security_coding, 750),
    "instruction_talk": (_instruction_talk, 550),
}


def composed_hard_benign(seed: int = 20261207) -> list[Sample]:
    """Compose hard benign English prompts, each technique up to its quota, no text twice."""
    r = random.Random(seed)
    seen: set[str] = set()
    out: list[Sample] = []
    for technique, (make, quota) in QUOTAS.items():
        made = 0
        # Small slot spaces run out of new texts; give up after a bounded number of draws.
        for _ in range(quota * 30):
            if made == quota:
                break
            text = make(r).strip()
            if text in seen:
                continue
            seen.add(text)
            out.append(Sample(text, "benign", SOURCE, technique, "en"))
            made += 1
    return out
