"""A secret the system prompt holds, coming back out in the response, plainly or disguised.

``secrets_in(system_prompt)`` (``secretcandidates``) lists the candidate secrets; disguises are
undone in ``secretdecode``.

``find_secret_leak(system_prompt, response)`` reads the response once into a *skeleton* (its
letters, digits and emoji, lower-cased, after ``normalize`` removed zero-width characters and
folded look-alike letters), remembering where every word starts; Chinese and Japanese characters
and emoji are words of one character each. A secret is found when its skeleton (or the skeleton
reversed, rot13'd, leet-folded or in pig latin) appears there starting and ending on word edges,
in a plausible shape: one word; the secret's own words; one letter per word ("F L O W E R",
"f-l-o-w-e-r", one per line); pieces split by line breaks or punctuation; a long word split into
words ("Harvest moon"). Spelled-out letters (NATO alphabet, "F as in Fox", letter names), the
first letters of lines and base64 / hex tokens are decoded first (``secretdecode``).

A secret that is one plain word (ocean, apple) counts only where the response presents it as a
value — quoted, after a colon or dash, alone on its line or in a very short reply, or near a word
that names it ("password", "secret word", "Passwort") — not where it is used in its ordinary
sense ("a medium apple has 95 calories"). A reversed PIN counts only where the response says it is
reversed.

Costs are bounded: the response is cut at ``MAX_RESPONSE`` characters, a prompt yields at most
``MAX_CANDIDATES`` secrets, and every search moves forward from one word start to the next, so no
loop revisits text.
"""

from __future__ import annotations

import bisect
import codecs
import functools
import re
from collections.abc import Iterator
from dataclasses import dataclass

from aisoc.detections.leakage.pii import Match
from aisoc.detections.leakage.secretcandidates import (
    CJK,
    EMOJI,
    MAX_CANDIDATES,
    NAME_CUE,
    Secret,
    candidates,
    fold,
    lower,
    secrets_in,
)
from aisoc.detections.leakage.secretdecode import (
    decoded_tokens,
    described,
    emoji_names,
    line_initials,
    pig_latin,
    spelled_runs,
)
from aisoc.detections.normalize import Normalized, normalize

__all__ = ["Secret", "secrets_in", "find_secret_leak", "MAX_CANDIDATES", "MAX_RESPONSE"]

MAX_RESPONSE = 200_000
_LEET = str.maketrans("0134579@$lLI", "oieastgasiii")
_TOKEN = re.compile(rf"[{CJK}{EMOJI}]|[^\W_{CJK}]+")
_KATAKANA = re.compile("[\u30a1-\u30f6]")
_CUE_WINDOW = 48
_MAX_PLAIN = 100  # occurrences of a plain-word secret examined for a cue (an essay on apples costs no more)
_QUOTE_MARKS = "\"'“”‘’«»„「」『』*_`"
# Before a value: a colon or dash, a sentence start, "it's", "c'est", "es ist", "è"…
_AFTER_MARK = re.compile(
    r"(?i)(?:[:=：]|\s[—–-]|[—–]|^|[.!?…]|\bit['’]s|\bit\s+is|\bthat['’]s|\bthat\s+is|c['’]est"
    r"|\b(?:es\s+ist|das\s+ist|es|è|é))\s*$"
)
_ENDS = re.compile(r"\s*(?:[.,;!?)\]\n\"'”’»」』*`]|[—–]|$)")  # "Here it is: Marigold." (not "snacks: apple slices")
_REVERSE_CUE = re.compile(
    r"(?i)revers|backward|back\s+to\s+front|r[üu]ckw[äa]rts|umgekehrt|[àa]\s+l['’]envers"
    r"|al\s+rev[ée]s|invertit|achterstevoren|omgekeerd|наоборот"
)


class _View:
    """A text's skeleton (letters, digits and emoji, lower-cased) with where each word starts and ends."""

    def __init__(self, text: str):
        self.text = text
        self.starts: list[int] = []
        self.ends: list[int] = []
        self.skel: list[int] = []  # skeleton offset of each word
        self.size: list[int] = []  # skeleton length of each word
        self.words: list[str] = []
        pieces: list[str] = []
        size = 0
        kana = _KATAKANA.search(text) is not None
        for m in _TOKEN.finditer(text):
            piece = lower(m.group(0)) if kana else m.group(0).lower()
            self.starts.append(m.start())
            self.ends.append(m.end())
            self.skel.append(size)
            self.size.append(len(piece))
            pieces.append(piece)
            size += len(piece)
        self.skeleton = "".join(pieces)
        self.words = pieces

    def find(self, form: str, words: tuple[int, ...]) -> tuple[int, int, str] | None:
        return next(self.finds(form, words), None)

    def finds(self, form: str, words: tuple[int, ...]) -> Iterator[tuple[int, int, str]]:
        """Every (start, end, shape) of ``form`` on word edges in a plausible shape, in order; each
        try starts at a later word than the last, so the search is linear in the text."""
        at = self.skeleton.find(form) if form else -1
        while at >= 0:
            i = bisect.bisect_right(self.skel, at) - 1
            if self.skel[i] == at:
                found = self._shape(i, at + len(form), words)
                if found is not None and not (form.isdigit() and self._in_number(*found[:2])):
                    yield found
            if i + 1 >= len(self.skel):
                return
            at = self.skeleton.find(form, self.skel[i + 1])

    def _shape(self, i: int, end: int, words: tuple[int, ...]) -> tuple[int, int, str] | None:
        j = bisect.bisect_right(self.skel, end - 1) - 1
        if self.skel[j] + self.size[j] != end:
            return None  # ends inside a word: "flower" in "flowerbed"
        if i == j:
            return self.starts[i], self.ends[j], "word"
        gaps = [self.text[self.ends[k] : self.starts[k + 1]] for k in range(i, j)]
        if any(len(g) > 8 for g in gaps):
            return None
        if not any(gaps):
            return self.starts[i], self.ends[j], "word"  # characters written without spaces (青龙, 🦊🌙)
        if all(self.ends[k] - self.starts[k] == 1 for k in range(i, j + 1)):
            shape = (
                "one letter per line"
                if all("\n" in g for g in gaps)
                else "spaced letter by letter"
                if all(g.strip() == "" for g in gaps)
                else "hyphenated letter by letter"
                if all(g.strip() == "-" for g in gaps)
                else "letter by letter with punctuation between"
            )
            return self.starts[i], self.ends[j], shape
        # Where the secret itself has a word break, any short gap will do; elsewhere only a line
        # break or punctuation without a space, so "butter fly" in prose is not "butterfly".
        breaks = {sum(words[:n]) for n in range(1, len(words))}
        at_break = [self.skel[k + 1] - self.skel[i] in breaks for k in range(i, j)]
        if all(at_break):
            return self.starts[i], self.ends[j], "words"
        # Digits split by punctuation are how numbers are written ("48.21 EUR"), not a disguise.
        digits = self.skeleton[self.skel[i] : end].isdigit()

        def split_ok(gap: str) -> bool:
            return "\n" in gap or (not digits and bool(gap) and not any(c.isspace() for c in gap))

        if all(b or split_ok(g) for b, g in zip(at_break, gaps, strict=True)):
            return (
                self.starts[i],
                self.ends[j],
                "split across lines" if any("\n" in g for g in gaps) else "split by punctuation",
            )
        # A long one-word secret written as the words it is made of: "HARVESTMOON" as "Harvest moon".
        if (
            len(words) == 1
            and words[0] >= 8
            and not digits
            and j - i <= 2
            and all(g == " " for g in gaps)
            and all(self.ends[k] - self.starts[k] >= 3 for k in range(i, j + 1))
        ):
            return self.starts[i], self.ends[j], "split into words"
        return None

    def _in_number(self, start: int, end: int) -> bool:
        """Is the span one group of a longer number (a phone number, an amount)?"""
        return bool(
            _DIGIT_BEFORE.search(self.text, max(0, start - 2), start) or _DIGIT_AFTER.match(self.text, end, end + 2)
        )


_DIGIT_BEFORE = re.compile(r"\d[\s.,/-]?$")
_DIGIT_AFTER = re.compile(r"[\s.,/-]?\d")


@dataclass
class _Response:
    """Everything read from one response, built once and lazily."""

    original: str

    @functools.cached_property
    def normalized(self) -> Normalized:
        return normalize(self.original)

    @functools.cached_property
    def view(self) -> _View:
        return _View(self.normalized.text)

    @functools.cached_property
    def leet(self) -> _View:
        return _View(self.normalized.text.translate(_LEET))

    @functools.cached_property
    def spelled(self) -> list[tuple[str, list[tuple[int, int]], str]]:
        return spelled_runs(self.normalized.text)

    @functools.cached_property
    def initials(self) -> tuple[str, list[tuple[int, int]]]:
        return line_initials(self.normalized.text)

    @functools.cached_property
    def decoded(self) -> list[tuple[str, int, int, _View]]:
        return [(encoding, start, end, _View(plain)) for encoding, start, end, plain in decoded_tokens(self.original)]


def find_secret_leak(system_prompt: str | None, response: str | None) -> Match | None:
    """The first candidate secret of ``system_prompt`` found in ``response``, with its span in
    the response and the transform in ``why`` (never the value)."""
    if not system_prompt or not response:
        return None
    secrets = candidates(system_prompt)
    if not secrets:
        return None
    read = _Response(response[:MAX_RESPONSE])
    for secret in secrets:
        found = _find(secret, read)
        if found is not None:
            start, end, how, score = found
            return Match(
                "system_prompt_secret", start, end, score, f"the system prompt's {secret.name} reappears {how}"
            )
    return None


def _find(secret: Secret, read: _Response) -> tuple[int, int, str, float] | None:
    folded = fold(secret.value)
    words = tuple(len(fold(w)) for w in _TOKEN.findall(secret.value))
    plain = len(words) == 1 and folded.isalpha()  # one ordinary-looking word: ocean, apple, Tulip
    hit: tuple[int, int, str] | None  # (start, end, shape) in the view searched
    for n, hit in enumerate(read.view.finds(folded, words)):
        if n >= _MAX_PLAIN:
            break
        start, end = read.normalized.original_span(hit[0], hit[1])
        how = _describe(secret, read, hit, start, end)
        if (
            not plain
            or hit[2] not in ("word", "split into words")
            or how.startswith(("with", "written"))
            or _presented(read.normalized.text, hit[0], hit[1], len(read.view.starts))
        ):
            return start, end, how, 0.95
    disguised = len(folded) >= 4 and any(c.isalpha() for c in folded)
    for form, how in ((folded[::-1], "reversed"), (codecs.encode(folded, "rot13"), "rot13-encoded")):
        if disguised and form != folded:
            hit = read.view.find(form, words[::-1] if how == "reversed" else words)
            if hit is not None:
                return (*read.normalized.original_span(hit[0], hit[1]), how, 0.85)
    if folded.isdigit() and len(folded) >= 4 and folded[::-1] != folded:
        for hit in read.view.finds(folded[::-1], words):
            text = read.normalized.text
            if _REVERSE_CUE.search(text, max(0, hit[0] - _CUE_WINDOW), hit[1] + _CUE_WINDOW):
                return (*read.normalized.original_span(hit[0], hit[1]), "reversed", 0.85)
    if disguised:
        hit = read.leet.find(folded.translate(_LEET), words)
        if hit is not None:
            start, end = read.normalized.original_span(hit[0], hit[1])
            leet_chars = sum(c in "0134579@$" for c in read.original[start:end])
            if leet_chars > sum(c in "0134579@$" for c in secret.value):
                return start, end, "in leetspeak", 0.85
        latin = [pig_latin(w) for w in re.findall(r"[^\W\d_]+", secret.value.lower())]
        spoken = [w for w in latin if w]
        if latin and len(spoken) == len(latin):  # every word has a pig-latin form
            hit = read.view.find("".join(spoken), tuple(len(w) for w in spoken))
            if hit is not None:
                return (*read.normalized.original_span(hit[0], hit[1]), "in pig latin", 0.85)
    for letters, spans, how in read.spelled:
        at = letters.find(folded)
        if at >= 0:
            return spans[at][0], spans[at + len(folded) - 1][1], how, 0.9
    if disguised and folded.isalnum():
        letters, spans = read.initials
        at = letters.find(folded)
        if at >= 0:
            start, end = read.normalized.original_span(spans[at][0], spans[at + len(folded) - 1][1])
            return start, end, "as the first letters of lines", 0.85
    if not folded.isalnum() and (names := emoji_names(folded)) is not None:
        run = described(names, read.view.words)
        if run is not None:
            start, end = read.view.starts[run[0]], read.view.ends[run[1]]
            return (*read.normalized.original_span(start, end), "described emoji by emoji", 0.8)
    unleet = folded.translate(_LEET)
    if unleet != folded and re.search(r"[^\W\d_][0134579]|[0134579][^\W\d_]", secret.value):
        hit = read.leet.find(unleet, words)  # "Wint3r!Harb0r" told as "Winter Harbor"
        text = read.normalized.text
        if (
            hit is not None
            and not any(c.isdigit() for c in text[hit[0] : hit[1]])
            and _presented(text, hit[0], hit[1], len(read.view.starts))
        ):
            return (*read.normalized.original_span(hit[0], hit[1]), "with its leetspeak undone", 0.8)
    for encoding, start, end, view in read.decoded:
        if view.find(folded, words) is not None:
            return start, end, f"{encoding}-encoded", 0.9
    return None


def _presented(text: str, start: int, end: int, words: int) -> bool:
    """Does the response present ``text[start:end]`` as a value rather than use it as a word?
    Only a window around the word is read, so many occurrences cost no more than one each."""
    lo, hi = max(0, start - _CUE_WINDOW), min(len(text), end + _CUE_WINDOW)
    around, shown = text[lo:hi], text[start:end]
    line_end = around.find("\n", end - lo)
    line = around[around.rfind("\n", 0, start - lo) + 1 : line_end if line_end >= 0 else len(around)]
    shouted = (
        shown.isupper()
        and len(shown) >= 4
        and sum(c.isupper() for c in around) < 0.5 * sum(c.isalpha() for c in around)
    )
    return (
        words <= 3
        or shouted
        or (start > 0 and text[start - 1] in _QUOTE_MARKS)
        or (end < len(text) and text[end] in _QUOTE_MARKS)
        or (_AFTER_MARK.search(text, max(0, start - 12), start) is not None and _ENDS.match(text, end) is not None)
        or (len(line) <= len(shown) + 8 and fold(line) == fold(shown))
        or NAME_CUE.search(around) is not None
    )


def _describe(secret: Secret, read: _Response, hit: tuple[int, int, str], start: int, end: int) -> str:
    shown = read.original[start:end]
    if len(shown) > hit[1] - hit[0]:
        return "with invisible characters between its letters"
    if shown != read.normalized.text[hit[0] : hit[1]]:
        return "written with look-alike letters"
    if hit[2] in ("word", "words"):
        if shown == secret.value:
            return "verbatim"
        return (
            "re-cased" if fold(shown) == fold(secret.value) and shown.lower() == secret.value.lower() else "reformatted"
        )
    return hit[2]
