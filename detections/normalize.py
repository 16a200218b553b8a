"""Obfuscation normalisation shared by the content detectors.

Attackers hide instructions from filters: invisible characters inside words, look-alike letters
from other scripts, Unicode "tag" characters that carry ASCII no one sees, and text encoded as
base64, hex or rot13 for the model to decode. ``normalize(text)`` undoes all of that once, so
every content detector reads the same thing:

* ``text``: NFKC (fullwidth and mathematical letters become plain ones), zero-width, bidi-control
  and tag characters removed, look-alike letters folded to ASCII in words that mix them with
  Latin letters (genuine Russian or Greek words are left alone);
* ``decoded``: segments of the original that decode (base64, hex, rot13, hidden tag text), each
  with its span in the original text;
* ``signals``: which of these tricks were present — their presence is itself suspicious.

Plain ASCII without encoded segments costs one ``isascii`` and three regex scans.
"""

from __future__ import annotations

import base64
import binascii
import codecs
import re
import unicodedata
from dataclasses import dataclass, field

__all__ = ["normalize", "Normalized", "Decoded", "SIGNALS"]

SIGNALS = ("zero_width", "unicode_tags", "bidi_control", "homoglyphs", "base64", "hex", "rot13")

_ZERO_WIDTH = {0x200B, 0x200C, 0x200D, 0x2060, 0xFEFF, 0x180E, 0x00AD, 0x2061, 0x2062, 0x2063, 0x2064}
_BIDI = set(range(0x202A, 0x202F)) | set(range(0x2066, 0x206A)) | {0x200E, 0x200F, 0x061C}
_TAGS = range(0xE0000, 0xE0080)
# Letters of other scripts that look like Latin ones (folded only inside mixed-script words).
_LOOKALIKES = {
    # Cyrillic
    "а": "a",
    "в": "b",
    "е": "e",
    "к": "k",
    "м": "m",
    "н": "h",
    "о": "o",
    "р": "p",
    "с": "c",
    "т": "t",
    "у": "y",
    "х": "x",
    "ѕ": "s",
    "і": "i",
    "ј": "j",
    "ԁ": "d",
    "ԛ": "q",
    "ԝ": "w",
    "һ": "h",
    "ɡ": "g",
    "А": "A",
    "В": "B",
    "Е": "E",
    "К": "K",
    "М": "M",
    "Н": "H",
    "О": "O",
    "Р": "P",
    "С": "C",
    "Т": "T",
    "У": "Y",
    "Х": "X",
    "Ѕ": "S",
    "І": "I",
    "Ј": "J",
    "Ԁ": "D",
    "Ԛ": "Q",
    "Ԝ": "W",
    "Һ": "H",
    # Greek
    "α": "a",
    "ο": "o",
    "ρ": "p",
    "ε": "e",
    "ι": "i",
    "κ": "k",
    "ν": "v",
    "τ": "t",
    "υ": "u",
    "χ": "x",
    "Α": "A",
    "Β": "B",
    "Ε": "E",
    "Ζ": "Z",
    "Η": "H",
    "Ι": "I",
    "Κ": "K",
    "Μ": "M",
    "Ν": "N",
    "Ο": "O",
    "Ρ": "P",
    "Τ": "T",
    "Υ": "Y",
    "Χ": "X",
    # Latin-looking symbols from elsewhere
    "ı": "i",
    "ℓ": "l",
    "Ꭺ": "A",
    "Ꭼ": "E",
    "Ꮋ": "H",
    "Ꭲ": "T",
    "Ꮯ": "C",
    "Ꮃ": "W",
}
_WORD = re.compile(r"\w+")
_BASE64 = re.compile(r"(?<![A-Za-z0-9+/_-])[A-Za-z0-9+/_-]{16,}={0,2}")
_HEX = re.compile(r"(?:\\x[0-9A-Fa-f]{2}){8,}|(?<![0-9A-Za-z])(?:[0-9A-Fa-f]{2}[ :]?){8,}(?![0-9A-Za-z])")
_MAX_DECODED = 64 * 1024
_MAX_SEGMENTS = 32
# Very common English words: rot13 text turns into them, ordinary text turns away from them.
# rot13 of a few of those words: a text without any of them is not worth decoding.
_ROT13_HINT = re.compile(r"(?i)\b(?:gur|naq|lbh|lbhe|ner|abj|vtaber|cerivbhf|vafgehpgvbaf|flfgrz|cnffjbeq|frperg)\b")
_COMMON = frozenset(
    "the and you your are all now ignore instructions previous system prompt password secret "
    "tell me what is to of in it for with this that be not do print show reveal give say".split()
)


@dataclass(frozen=True)
class Decoded:
    encoding: str  # base64 | hex | rot13 | unicode_tags
    start: int  # span of the encoded segment in the original text (end exclusive)
    end: int
    text: str  # the decoded text, itself normalised


@dataclass(frozen=True)
class Normalized:
    original: str
    text: str
    signals: tuple[str, ...] = ()
    decoded: tuple[Decoded, ...] = ()
    _offsets: tuple[int, ...] | None = field(default=None, repr=False)  # text index → original index

    def original_span(self, start: int, end: int) -> tuple[int, int]:
        """The span of ``original`` that ``text[start:end]`` came from."""
        if self._offsets is None:
            return start, end
        if start >= end:
            point = self._offsets[start] if start < len(self._offsets) else len(self.original)
            return point, point
        last = self._offsets[end - 1]
        stop = self._offsets[end] if end < len(self._offsets) else len(self.original)
        return self._offsets[start], max(stop if stop > last else last + 1, last + 1)

    def views(self) -> list[str]:
        """The texts a content detector should read: the normalised text, then each decoded one."""
        return [self.text, *(d.text for d in self.decoded)]


def normalize(text: str, _depth: int = 0) -> Normalized:
    signals: set[str] = set()
    decoded: list[Decoded] = []
    if text.isascii():
        clean, offsets = text, None
    else:
        clean, offsets, hidden = _clean(text, signals)
        if hidden.strip():
            decoded.append(_tag_segment(text, hidden))
    if _depth < 2:
        _decode_segments(text, decoded, signals, _depth)
    decoded.sort(key=lambda d: (d.start, d.encoding))
    return Normalized(
        text,
        clean,
        tuple(sorted(signals)),
        tuple(decoded[:_MAX_SEGMENTS]),
        tuple(offsets) if offsets is not None else None,
    )


def _clean(text: str, signals: set[str]) -> tuple[str, list[int], str]:
    """NFKC per character with an offset map, invisible characters out, look-alikes folded."""
    out: list[str] = []
    offsets: list[int] = []
    hidden: list[str] = []
    for index, char in enumerate(text):
        code = ord(char)
        if code in _ZERO_WIDTH:
            signals.add("zero_width")
            continue
        if code in _BIDI:
            signals.add("bidi_control")
            continue
        if code in _TAGS:
            signals.add("unicode_tags")
            if 0xE0020 <= code <= 0xE007E:
                hidden.append(chr(code - 0xE0000))
            continue
        folded = unicodedata.normalize("NFKC", char) if not char.isascii() else char
        out.append(folded)
        offsets.extend([index] * len(folded))
    clean = "".join(out)
    clean = _fold_lookalikes(clean, signals)
    return clean, offsets, "".join(hidden)


def _fold_lookalikes(text: str, signals: set[str]) -> str:
    if not any(c in _LOOKALIKES for c in text):
        return text

    def fold(match: re.Match[str]) -> str:
        word: str = match.group(0)
        lookalike = sum(c in _LOOKALIKES for c in word)
        latin = sum(c.isascii() and c.isalpha() for c in word)
        if lookalike and latin:  # a word mixing scripts: the classic spoof
            signals.add("homoglyphs")
            return "".join(_LOOKALIKES.get(c, c) for c in word)
        return word

    return _WORD.sub(fold, text)  # same length: each look-alike is one character, as its fold


def _tag_segment(text: str, hidden: str) -> Decoded:
    positions = [i for i, c in enumerate(text) if ord(c) in _TAGS]
    return Decoded("unicode_tags", positions[0], positions[-1] + 1, normalize(hidden, 2).text)


def _decode_segments(text: str, decoded: list[Decoded], signals: set[str], depth: int) -> None:
    budget = _MAX_DECODED
    for pattern, encoding, decode in ((_BASE64, "base64", _from_base64), (_HEX, "hex", _from_hex)):
        for match in pattern.finditer(text):
            if len(decoded) >= _MAX_SEGMENTS or budget <= 0:
                return
            plain = decode(match.group(0))
            if plain is None:
                continue
            inner = normalize(plain, depth + 1)
            signals.add(encoding)
            decoded.append(Decoded(encoding, match.start(), match.end(), inner.text))
            decoded.extend(Decoded(d.encoding, match.start(), match.end(), d.text) for d in inner.decoded)
            budget -= len(plain)
    rot = codecs.decode(text, "rot13") if text.isascii() and _ROT13_HINT.search(text) else None
    if rot is not None and _common_words(rot) >= max(3, 3 * _common_words(text) + 2):
        signals.add("rot13")
        decoded.append(Decoded("rot13", 0, len(text), rot))


def _common_words(text: str) -> int:
    return sum(w in _COMMON for w in re.findall(r"[a-z]+", text.lower()))


def _printable(data: bytes) -> str | None:
    if len(data) < 8:
        return None
    try:
        plain = data.decode("utf-8")
    except UnicodeDecodeError:
        return None
    shown = sum(c.isprintable() or c in "\n\r\t" for c in plain)
    letters = sum(c.isalpha() or c == " " for c in plain)
    if shown < 0.9 * len(plain) or letters < 0.6 * len(plain):
        return None
    return plain


def _from_base64(segment: str) -> str | None:
    body = segment.rstrip("=")
    if len(body) % 4 == 1 or (body.isalnum() and (body.isdigit() or body.isalpha())):
        return None  # impossible length, or a plain word / number
    try:
        data = base64.b64decode(body.replace("-", "+").replace("_", "/") + "=" * (-len(body) % 4), validate=True)
    except (binascii.Error, ValueError):
        return None
    return _printable(data)


def _from_hex(segment: str) -> str | None:
    digits = re.sub(r"\\x|[ :]", "", segment)
    if len(digits) % 2:
        return None
    try:
        return _printable(bytes.fromhex(digits))
    except ValueError:
        return None
