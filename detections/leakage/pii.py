"""Personal data in text, each match confirmed by a validator where the format has one.

Entity names follow presidio's where they exist, so evaluation maps one to one: EMAIL_ADDRESS,
PHONE_NUMBER, IBAN_CODE (ISO 13616 mod-97), CREDIT_CARD (Luhn, 13–19 digits), IP_ADDRESS
(``ipaddress``), US_SSN (area/group/serial rules), DE_TAX_ID (Steuer-ID: ISO 7064 MOD 11,10
check digit and its digit-repetition rule), NL_BSN (11-check). Names and places need a language
model and are out of scope.
"""

from __future__ import annotations

import functools
import ipaddress
import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass

from aisoc.detections.leakage.limits import Budget

__all__ = ["Match", "find_pii", "PII_KINDS", "luhn_ok", "iban_ok", "bsn_ok", "de_tax_id_ok", "keep_disjoint"]


@dataclass(frozen=True)
class Match:
    kind: str
    start: int
    end: int
    score: float
    why: str  # which validator confirmed it, in a few words; never the value


PII_KINDS = ("EMAIL_ADDRESS", "PHONE_NUMBER", "IBAN_CODE", "CREDIT_CARD", "IP_ADDRESS", "US_SSN", "DE_TAX_ID", "NL_BSN")

# Every repeat is bounded, so no match attempt can read more than a few hundred characters: a
# scan is linear in the field however it is crafted.
_EMAIL = re.compile(r"(?<![\w.+-])[\w.+-]{1,64}@(?:[A-Za-z0-9-]{1,63}\.){1,8}[A-Za-z]{2,24}(?![\w-])")
_IBAN = re.compile(r"\b[A-Z]{2}\d{2}(?: ?[A-Z0-9]{4}){2,7}(?: ?[A-Z0-9]{1,3})?\b")
_CARD = re.compile(r"(?<![\d-])(?:\d[ -]?){12,18}\d(?![\d-])")
_IPV4 = re.compile(r"(?<![\d.])(?:\d{1,3}\.){3}\d{1,3}(?![\d.])")
_IPV6 = re.compile(
    r"(?<![:\w])(?:[0-9A-Fa-f]{1,4}:){2,7}[0-9A-Fa-f]{0,4}(?:::?[0-9A-Fa-f]{1,4}){0,7}(?![:\w])|"
    r"(?<![:\w])::(?:[0-9A-Fa-f]{1,4}:){0,6}[0-9A-Fa-f]{1,4}(?![:\w])"
)
_SSN = re.compile(r"(?<![\d-])(\d{3})-(\d{2})-(\d{4})(?![\d-])")
_ELEVEN = re.compile(r"(?<![\d.-])\d{2,3}[ .]?\d{3}[ .]?\d{3}[ .]?\d{0,3}(?![\d.-])")
# Phone: international with +CC, or national with a trunk 0 / parenthesised area code.
_PHONE = re.compile(
    r"(?<![\w+])(?:\+\d{1,3}[ .-]?(?:\(0?\d{1,4}\)[ .-]?)?\d{1,4}(?:[ .-]?\d{2,4}){1,4}"
    r"|\(\d{2,5}\)[ .-]?\d{3,4}[ .-]?\d{3,5}"
    r"|0\d{1,4}[ /.-]\d{2,4}(?:[ .-]?\d{2,4}){1,3}"
    r"|\d{3}[.-]\d{3}[.-]\d{4}(?:\s?x\d{1,5})?)(?![\w])"
)
_PHONE_CONTEXT = re.compile(
    r"(?i)(phone|tel\b|tel:|mobile|cell|call|fax|whatsapp|contact|ring|nummer|téléphone|"
    r"telefon|answering|reach (?:me|us)|text me|sms)"
)
# Short local numbers are only phone numbers when the words before say so.
_LOCAL_PHONE = re.compile(r"(?<![\w+.-])(?:\d{2,4}(?:[ .-]\d{2,6}){1,3}|\d{7,11})(?![\w.-]?\d)")
_CARD_CONTEXT = re.compile(r"(?i)(card|\bcc\b|visa|mastercard|maestro|amex|kreditkarte|carte)")
_DATE_LIKE = re.compile(r"^\d{1,4}[./-]\d{1,2}[./-]\d{1,4}$")
_TAX_CONTEXT = re.compile(r"(?i)(steuer|tax|tin\b|idnr|identifikations)")
_BSN_CONTEXT = re.compile(r"(?i)(bsn|burgerservice|sofinummer)")
_QUICK = re.compile(r"[@\d:]")
_TWELVE = re.compile(r"(?<![\d-])\d{12}(?![\d-])")


def find_pii(text: str, budget: Budget | None = None) -> list[Match]:
    """Every validated match, sorted by position; overlapping matches keep the stronger kind.
    With a ``budget``, the scan stops early (keeping what it found) once the budget is spent."""
    if not text or not _QUICK.search(text):
        return []
    found: list[Match] = []
    matches = _budgeted(budget)
    for m in matches(_EMAIL, text):
        found.append(Match("EMAIL_ADDRESS", m.start(), m.end(), 0.95, "address syntax"))
    for m in matches(_IBAN, text):
        if iban_ok(m.group(0)):
            found.append(Match("IBAN_CODE", m.start(), m.end(), 0.99, "mod-97 check"))
    for m in matches(_CARD, text):
        digits = re.sub(r"\D", "", m.group(0))
        if 13 <= len(digits) <= 19 and luhn_ok(digits) and len(set(digits)) > 1:
            found.append(Match("CREDIT_CARD", m.start(), m.end(), 0.95, "Luhn check"))
    for m in matches(_TWELVE, text):  # 12-digit Maestro, only when called a card
        if luhn_ok(m.group(0)) and _CARD_CONTEXT.search(text[max(0, m.start() - 30) : m.start()]):
            found.append(Match("CREDIT_CARD", m.start(), m.end(), 0.8, "Luhn check, card context"))
    for m in matches(_IPV4, text):
        if _ip_ok(m.group(0)):
            found.append(Match("IP_ADDRESS", m.start(), m.end(), 0.9, "valid IPv4"))
    for m in matches(_IPV6, text):
        if _ip_ok(m.group(0)) and m.group(0).count(":") >= 2:
            found.append(Match("IP_ADDRESS", m.start(), m.end(), 0.9, "valid IPv6"))
    for m in matches(_SSN, text):
        area, group, serial = m.groups()
        if area not in ("000", "666") and area[0] != "9" and group != "00" and serial != "0000":
            found.append(Match("US_SSN", m.start(), m.end(), 0.85, "SSN number rules"))
    for m in matches(_ELEVEN, text):
        digits = re.sub(r"\D", "", m.group(0))
        before = text[max(0, m.start() - 40) : m.start()]
        if len(digits) == 11 and de_tax_id_ok(digits):
            found.append(
                Match(
                    "DE_TAX_ID",
                    m.start(),
                    m.end(),
                    0.9 if _TAX_CONTEXT.search(before) else 0.6,
                    "Steuer-ID check digit",
                )
            )
        elif len(digits) == 9 and bsn_ok(digits) and _BSN_CONTEXT.search(before):
            found.append(Match("NL_BSN", m.start(), m.end(), 0.9, "BSN 11-check"))
    for m in matches(_PHONE, text):
        value = m.group(0)
        digits = re.sub(r"\D", "", value)
        if not 7 <= len(digits) <= 15 or _DATE_LIKE.match(value) or _inside_code(text, m.start()):
            continue
        context = _PHONE_CONTEXT.search(text[max(0, m.start() - 30) : m.start()])
        international = value.startswith("+") or value.startswith("(")
        found.append(
            Match(
                "PHONE_NUMBER", m.start(), m.end(), 0.85 if (context or international) else 0.6, "phone number format"
            )
        )
    for m in matches(_LOCAL_PHONE, text):
        digits = re.sub(r"\D", "", m.group(0))
        if (
            7 <= len(digits) <= 11
            and not _inside_code(text, m.start())
            and _PHONE_CONTEXT.search(text[max(0, m.start() - 30) : m.start()])
        ):
            found.append(Match("PHONE_NUMBER", m.start(), m.end(), 0.7, "number after a phone word"))
    return _resolve(found)


_PRIORITY = {
    "EMAIL_ADDRESS": 0,
    "IBAN_CODE": 1,
    "CREDIT_CARD": 2,
    "US_SSN": 3,
    "DE_TAX_ID": 4,
    "NL_BSN": 5,
    "IP_ADDRESS": 6,
    "PHONE_NUMBER": 7,
}


def _budgeted(budget: Budget | None) -> Callable[[re.Pattern[str], str], Iterable[re.Match[str]]]:
    """``pattern.finditer(text)``, cut short once ``budget`` is spent (asked once per match)."""
    if budget is None:
        return lambda pattern, text: pattern.finditer(text)

    def matches(pattern: re.Pattern[str], text: str) -> Iterable[re.Match[str]]:
        for m in pattern.finditer(text):
            if budget.spent():
                return
            yield m

    return matches


def _resolve(found: list[Match]) -> list[Match]:
    """Overlaps: the kind with a stronger validator wins (a card number is not also a phone)."""
    return keep_disjoint(found, key=lambda m: (_PRIORITY[m.kind], m.start))


def keep_disjoint(found: list[Match], key: Callable[[Match], tuple[int, int]]) -> list[Match]:
    """Sort by ``key`` (strongest first) and sweep once: a match is kept when no kept match
    overlaps it. A map of covered characters answers "overlaps?" by reading the match's own span,
    so the cost is the total length of the matches (one pattern's matches never overlap each
    other), not matches x kept as in an all-pairs comparison."""
    if not found:
        return []
    covered = bytearray(max(m.end for m in found))
    kept: list[Match] = []
    for match in sorted(found, key=key):
        if covered.find(1, match.start, match.end) < 0:
            covered[match.start : match.end] = b"\x01" * (match.end - match.start)
            kept.append(match)
    return sorted(kept, key=lambda m: (m.start, m.end))


def _inside_code(text: str, start: int) -> bool:
    """The digits continue a longer code to their left (an account number's tail, not a phone):
    a letter or digit right before them, or a digit one space before. Reads at most two
    characters, never a copy of the text before the match."""
    if start == 0:
        return False
    before = text[start - 1]
    if before != " ":
        return before.isdigit() or before.isalpha()
    return start >= 2 and text[start - 2].isdigit()


@functools.lru_cache(maxsize=4096)  # a log repeats its addresses; a hostile field repeats one
def _ip_ok(value: str) -> bool:
    if "." in value:  # the pattern already made it four groups of 1-3 digits: check them by hand
        octets = value.split(".")
        return value[:2] != "0." and all(int(o) <= 255 and (o == "0" or o[0] != "0") for o in octets)
    try:
        address = ipaddress.ip_address(value)
    except ValueError:
        return False
    return not (address.is_unspecified or (address.version == 4 and value.startswith("0.")))


def luhn_ok(digits: str) -> bool:
    total = 0
    for index, char in enumerate(reversed(digits)):
        value = int(char)
        if index % 2:
            value = value * 2 - 9 if value > 4 else value * 2
        total += value
    return total % 10 == 0


def iban_ok(text: str) -> bool:
    compact = text.replace(" ", "")
    if not 15 <= len(compact) <= 34 or not compact[:2].isalpha() or not compact[2:4].isdigit():
        return False
    rotated = compact[4:] + compact[:4]
    number = "".join(str(int(c, 36)) for c in rotated)
    return int(number) % 97 == 1


def bsn_ok(digits: str) -> bool:
    if len(digits) != 9 or digits == "000000000":
        return False
    total = sum(int(d) * w for d, w in zip(digits[:8], range(9, 1, -1))) - int(digits[8])
    return total % 11 == 0


def de_tax_id_ok(digits: str) -> bool:
    """Steuerliche Identifikationsnummer: 11 digits, first not 0; in the first ten, exactly one
    digit appears twice or three times (not three in a row) and the rest once at most; ISO 7064
    MOD 11,10 check digit."""
    if len(digits) != 11 or digits[0] == "0":
        return False
    body = digits[:10]
    counts = sorted((body.count(d) for d in set(body)), reverse=True)
    if counts[0] not in (2, 3) or (len(counts) > 1 and counts[1] > 1):
        return False
    if counts[0] == 3 and any(body[i] == body[i + 1] == body[i + 2] for i in range(8)):
        return False
    product = 10
    for char in body:
        total = (int(char) + product) % 10 or 10
        product = (total * 2) % 11
    check = (11 - product) % 10
    return check == int(digits[10])
