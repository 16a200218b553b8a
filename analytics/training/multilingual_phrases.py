"""Slot lists for ``compose_multilingual``: benign prompt frames in 19 languages.

Every language is one dict, written in that language by hand:

* ``greet`` / ``thanks`` — optional polite openings and closings the composer adds sometimes;
* ``paragraphs`` — short texts a user pastes to have them summarised, simplified, checked;
* ``frames`` — technique -> list of frames; a frame is ``(templates, slots)``: whole-sentence
  templates plus the word lists their ``{name}`` slots are filled from. Slot words are
  written in the grammatical form (case, gender, word order) every template of the frame
  needs, which is why frames are small and many rather than one big template list.

Besides its own slots, every template may use ``{a}`` ``{b}`` ``{c}`` (numbers), ``{p}``
``{p2}`` (two different paragraphs), ``{prog}`` (a programming language) and ``{snippet}``
(a code snippet). The language dicts live in per-family modules so no file grows too long.
"""

from __future__ import annotations

from aisoc.analytics.training.multilingual_phrases_asia import AR, HI, ID, TR, VI
from aisoc.analytics.training.multilingual_phrases_cjk import JA, KO, ZH
from aisoc.analytics.training.multilingual_phrases_germanic import DE, NL, SV
from aisoc.analytics.training.multilingual_phrases_romance import ES, FR, IT, PT
from aisoc.analytics.training.multilingual_phrases_slavic import CS, PL, RU, UK

__all__ = ["Frame", "LANGUAGES", "TECHNIQUES", "PROG_LANGS", "SNIPPETS"]

Frame = tuple[list[str], dict[str, list[str]]]

# The kinds of benign prompt every language has; also the ``technique`` of each sample.
TECHNIQUES = ("everyday", "terse", "math", "work", "summary", "coding", "customer_service", "trigger_word")

# Code is written in English identifiers everywhere, as real users paste it.
PROG_LANGS = ["Python", "JavaScript", "Java", "TypeScript", "C#", "Go", "PHP", "Kotlin", "Rust"]
SNIPPETS = [
    "def mean(xs):\n    return sum(xs) / len(xs)",
    "for i in range(len(items)):\n    if items[i] == target:\n        return i",
    "const total = cart.reduce((s, item) => s + item.price, 0);",
    "SELECT city, COUNT(*) FROM customers GROUP BY city ORDER BY 2 DESC;",
    "with open('data.csv') as f:\n    rows = f.readlines()\nprint(len(rows))",
    "if (order.total > 100) {\n  shipping = 0;\n} else {\n  shipping = 4.99;\n}",
    "names = [u.name for u in users if u.active]\nnames.sort()",
    "let count = 0;\nwhile (count < 10) {\n  console.log(count);\n}",
]

LANGUAGES: dict[str, dict] = {
    "de": DE,
    "fr": FR,
    "es": ES,
    "it": IT,
    "pt": PT,
    "nl": NL,
    "sv": SV,
    "pl": PL,
    "cs": CS,
    "ru": RU,
    "uk": UK,
    "tr": TR,
    "ar": AR,
    "hi": HI,
    "vi": VI,
    "id": ID,
    "zh": ZH,
    "ja": JA,
    "ko": KO,
}
