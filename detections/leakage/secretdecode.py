"""Disguises a response can wrap a secret in, undone: spelled-out letters (NATO alphabet, "F as in
Fox", letter names, number words), base64 and hex tokens, the first letters of lines (an
acrostic), and pig latin. Each reader is linear in the text and bounded: every repeat in the
patterns below has an upper bound, so no match attempt reads on to the end of a crafted field.
"""

from __future__ import annotations

import base64
import binascii
import re
import unicodedata

__all__ = ["spelled_runs", "decoded_tokens", "line_initials", "pig_latin", "emoji_names", "described"]

_MAX_DECODE = 2_000  # encoded-looking tokens decoded per response

_NATO = {
    w: w[0]
    for w in "alfa alpha bravo charlie delta echo foxtrot golf hotel india juliet juliett kilo lima "
    "mike november oscar papa quebec romeo sierra tango uniform victor whiskey whisky xray "
    "x-ray yankee zulu".split()
}
_DIGITS = {w: str(n) for n, w in enumerate("zero one two three four five six seven eight nine".split())}
_DIGITS["niner"] = "9"
_NAMES = {
    "ay": "a",
    "bee": "b",
    "cee": "c",
    "see": "c",
    "dee": "d",
    "ee": "e",
    "eff": "f",
    "ef": "f",
    "gee": "g",
    "aitch": "h",
    "haitch": "h",
    "eye": "i",
    "jay": "j",
    "kay": "k",
    "el": "l",
    "ell": "l",
    "em": "m",
    "en": "n",
    "oh": "o",
    "pee": "p",
    "cue": "q",
    "ar": "r",
    "ess": "s",
    "tee": "t",
    "you": "u",
    "vee": "v",
    "double-u": "w",
    "doubleu": "w",
    "ex": "x",
    "wye": "y",
    "why": "y",
    "zed": "z",
    "zee": "z",
}
_UNIT = re.compile(
    r"(?i)(?<![\w-])(?:(?P<letter>[a-z0-9])\s{1,10}(?:as\s{1,10}in|for|like|wie|comme|como|come"
    r"|als\s{1,10}in)\s{1,10}[a-z]{1,40}|(?P<word>[a-z]{1,40}(?:-[a-z]{1,40})?|[0-9]))(?![\w-])"
)
_GAP = re.compile(r"(?i)[\s,;:.\-–—/|()\"'*]*(?:(?:and|then|und|et|y|e|en)[\s,;:.\-–—]*)?")
_SPOKEN = "|".join(sorted({*_NATO, *_DIGITS, *_NAMES}, key=len, reverse=True))
# Worth parsing only where three spelled units follow each other (most responses have none).
_SPELL_HINT = re.compile(
    rf"(?i)(?<![\w-])(?:(?:{_SPOKEN}"
    r"|[a-z0-9](?:\s{1,10}(?:as\s{1,10}in|for|like|wie|comme|como|come)\s{1,10}[a-z]{1,40})?)"
    rf"(?![\w-])[\s,;:.\-–—/|()\"'*]{{0,40}}(?:and\s{{1,10}}|then\s{{1,10}})?){{3}}"
)
# Tokens longer than 8 KB are not decoded: a secret is a few dozen characters.
_BASE64 = re.compile(r"(?<![A-Za-z0-9+/=_-])[A-Za-z0-9+/_-]{4,8192}={0,2}(?![A-Za-z0-9+/=_-])")
_HEX = re.compile(
    r"(?:\\x[0-9A-Fa-f]{2}){3,4096}|(?<![0-9A-Za-z])(?:0x)?[0-9A-Fa-f]{2}(?:[ :]?[0-9A-Fa-f]{2}){2,4096}"
    r"(?![0-9A-Za-z])"
)
_FIRST = re.compile(r"[^\W_]")
_VOWELS = "aeiou"
# Words of emoji names that say nothing about the picture ("FOX FACE", "WHITE MEDIUM STAR").
_NAME_FILLER = frozenset(
    "face sign symbol with without black white medium small large heavy mark button of the and "
    "selector variation emoji".split()
)
_NEAR = 6  # at most this many words between one described emoji and the next


def spelled_runs(text: str) -> list[tuple[str, list[tuple[int, int]], str]]:
    """Runs of spelled-out characters (NATO words, "F as in Fox", letter names, single letters),
    each as (letters, span of each letter, how it was spelled)."""
    if not _SPELL_HINT.search(text):
        return []
    runs: list[tuple[str, list[tuple[int, int]], str]] = []
    letters: list[str] = []
    spans: list[tuple[int, int]] = []
    kinds: set[str] = set()
    last = -1

    def close() -> None:
        if len(letters) >= 3:
            how = (
                "spelled with the NATO alphabet"
                if "nato" in kinds
                else "spelled as 'X as in …'"
                if "as" in kinds
                else "spelled with letter names"
                if "name" in kinds
                else "spelled out as number words"
                if "digit" in kinds
                else "letter by letter"
            )
            runs.append(("".join(letters), list(spans), how))
        letters.clear()
        spans.clear()
        kinds.clear()

    for m in _UNIT.finditer(text):
        word = (m.group("word") or "").lower()
        if m.group("letter"):
            char, kind = m.group("letter").lower(), "as"
        elif word in _NATO:
            char, kind = _NATO[word], "nato"
        elif word in _DIGITS:
            char, kind = _DIGITS[word], "digit"
        elif len(word) == 1:
            char, kind = word, "single"
        elif word in _NAMES:
            char, kind = _NAMES[word], "name"
        else:
            close()
            last = m.end()
            continue
        if last >= 0 and letters and _GAP.fullmatch(text, last, m.start()) is None:
            close()
        letters.append(char)
        spans.append(m.span())
        kinds.add(kind)
        last = m.end()
    close()
    return runs


def line_initials(text: str) -> tuple[str, list[tuple[int, int]]]:
    """The first letter or digit of every non-blank line, lower-cased, with each line's span:
    where an acrostic spells its word."""
    letters: list[str] = []
    spans: list[tuple[int, int]] = []
    start = 0
    # Line by line with str.find: a pattern for "a line with something on it" retried its
    # search from every character of a long blank line.
    while start <= len(text):
        end = text.find("\n", start)
        end = len(text) if end < 0 else end
        first = _FIRST.search(text, start, end)
        if first is not None:
            letters.append(first.group(0).lower())
            spans.append((start, end))
        start = end + 1
    return "".join(letters), spans


def pig_latin(word: str) -> str | None:
    """The pig-latin form of one alphabetic word ("swordfish" → "ordfishsway"), or None."""
    if not word.isalpha() or not word.isascii():
        return None
    if word[0] in _VOWELS:
        return word + "way"
    head = next((i for i, c in enumerate(word) if c in _VOWELS or (c == "y" and i > 0)), len(word))
    if word[head - 1 : head + 1] == "qu":
        head += 1
    return word[head:] + word[:head] + "ay"


def decoded_tokens(text: str) -> list[tuple[str, int, int, str]]:
    """Base64 and hex tokens that decode to mostly printable text: (encoding, start, end, plain)."""
    out: list[tuple[str, int, int, str]] = []
    tried = 0
    for pattern, encoding in ((_HEX, "hex"), (_BASE64, "base64")):
        for m in pattern.finditer(text):
            token = m.group(0)
            if tried >= _MAX_DECODE:
                return out
            if encoding == "base64" and _plain_word(token):
                continue
            tried += 1
            plain = _decode(token, encoding)
            if plain is not None:
                out.append((encoding, m.start(), m.end(), plain))
    return out


def _plain_word(token: str) -> bool:
    """A word, a number or a hyphenated word: not worth decoding as base64."""
    letters = token.replace("-", "")
    return token.isdigit() or (
        letters.isalpha() and ("-" in token.strip("-") or token.islower() or token.istitle() or token.isupper())
    )


def _decode(token: str, encoding: str) -> str | None:
    try:
        if encoding == "hex":
            data = bytes.fromhex(re.sub(r"\\x|0x|[ :]", "", token))
        else:
            body = token.rstrip("=").replace("-", "+").replace("_", "/")
            if len(body) % 4 == 1:
                return None
            data = base64.b64decode(body + "=" * (-len(body) % 4), validate=True)
    except (binascii.Error, ValueError):
        return None
    plain = data.decode("utf-8", errors="replace")
    shown = sum(c.isprintable() for c in plain)
    return plain if plain and shown >= 0.9 * len(plain) else None


def emoji_names(secret: str) -> list[frozenset[str]] | None:
    """For a secret of two or more emoji, the telling words of each one's Unicode name
    (🦊 → {fox}, 🌙 → {crescent, moon}); None for any other secret."""
    names = []
    for char in secret:
        words = frozenset(unicodedata.name(char, "").lower().split()) - _NAME_FILLER
        if not words:
            return None
        names.append(words)
    return names if len(names) >= 2 else None


def described(names: list[frozenset[str]], words: list[str]) -> tuple[int, int] | None:
    """The first run of ``words`` (lower-cased) that names each emoji in turn, a few words apart
    ("a fox, then a crescent moon, then a mushroom"), as (first word, last word) indices."""

    def names_it(word: str, wanted: frozenset[str]) -> bool:
        return word in wanted or (word.endswith("s") and word[:-1] in wanted)

    for first, word in enumerate(words):
        if not names_it(word, names[0]):
            continue
        at = first
        for wanted in names[1:]:
            at = next((k for k in range(at + 1, min(len(words), at + 1 + _NEAR)) if names_it(words[k], wanted)), -1)
            if at < 0:
                break
        if at >= 0:
            return first, at
    return None
