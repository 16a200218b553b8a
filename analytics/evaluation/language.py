"""A rough language guess for breaking recall down by language.

Good enough to group evaluation items, not to route text: the script decides for non-Latin
alphabets, and for Latin text the language whose common function words occur most (English
when none stands out). Mixed texts get the language of most of their words.
"""

from __future__ import annotations

import re
from collections import Counter

__all__ = ["guess_language"]

_SCRIPTS = (  # (first, last code point, language)
    (0x3040, 0x30FF, "ja"),
    (0xAC00, 0xD7AF, "ko"),
    (0x1100, 0x11FF, "ko"),
    (0x4E00, 0x9FFF, "zh"),
    (0x0600, 0x06FF, "ar"),
    (0x0590, 0x05FF, "he"),
    (0x0900, 0x097F, "hi"),
    (0x0E00, 0x0E7F, "th"),
    (0x0370, 0x03FF, "el"),
    (0x0400, 0x04FF, "ru"),
)
_UKRAINIAN = set("іїєґІЇЄҐ")
_FUNCTION_WORDS = {
    "en": "the and is are you your what this that with for of to please",
    "de": "der die das und ist nicht ich du sie mit für ein eine bitte was",
    "fr": "le la les et est vous tu je des une pour avec pas que quel",
    "es": "el la los las y es usted tú que por para con una del cuál",
    "it": "il lo gli e è che per con una non sono del della quale",
    "pt": "o os as e é que você para com uma não do da qual",
    "nl": "de het een en is van je jij niet wat met voor zijn",
    "pl": "i jest nie się że na do czy co to jak proszę twoje",
    "sv": "och är det att en som inte du för med vad på",
    "tr": "ve bir bu için ne mi değil sen ben ile nedir lütfen",
    "cs": "a je to se na že jak co pro prosím tvoje není",
    "id": "dan yang ini itu untuk dengan apa tidak adalah saya kamu",
    "vi": "và là của có không tôi bạn cho với này những",
}
_WORDS = {lang: set(words.split()) for lang, words in _FUNCTION_WORDS.items()}
_TOKEN = re.compile(r"[^\W\d_]+", re.UNICODE)


def guess_language(text: str) -> str:
    counts: Counter[str] = Counter()
    for ch in text:
        point = ord(ch)
        if point < 0x0370:
            continue
        for first, last, lang in _SCRIPTS:
            if first <= point <= last:
                counts["uk" if lang == "ru" and ch in _UKRAINIAN else lang] += 1
                break
    letters = sum(ch.isalpha() for ch in text) or 1
    if counts and sum(counts.values()) / letters > 0.3:
        if counts["ja"]:  # kana with kanji: Japanese, not Chinese
            return "ja"
        if counts["uk"]:
            return "uk"
        return counts.most_common(1)[0][0]
    words = [w.lower() for w in _TOKEN.findall(text)]
    scores = Counter({lang: sum(w in vocab for w in words) for lang, vocab in _WORDS.items()})
    best, top = scores.most_common(1)[0] if scores else ("en", 0)
    return best if top > scores["en"] else "en"
