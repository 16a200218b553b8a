"""Made-up identifiers and sensitive-looking values, all drawn from a seeded ``random.Random``.

Everything here is fake on purpose but *valid in format*, so leakage detectors have something
real to validate: card numbers pass the Luhn check (and use the 4000 00xx test range), IBANs pass
the ISO 13616 mod-97 check, provider keys look like ``sk-...`` but are random characters.
Addresses come from ranges reserved for documentation and private use (RFC 5737, RFC 6598,
RFC 1918, RFC 3849), so no real host is ever named: offices and partners in 192.0.2.0/24, CI
runners in 203.0.113.0/24, attackers in 198.51.100.0/24, customers in 100.64.0.0/10.
"""

from __future__ import annotations

import hashlib
import random
import string
from functools import lru_cache

__all__ = [
    "hex_id",
    "uuid",
    "luhn_card",
    "iban",
    "fake_secret_key",
    "key_hash",
    "office_ip",
    "internal_ip",
    "partner_ip",
    "attacker_ip",
    "luhn_ok",
    "iban_ok",
    "stable_id",
]

_ALNUM = string.ascii_letters + string.digits
_UPPER_DIGITS = string.ascii_uppercase + "234567"


def hex_id(rng: random.Random, chars: int) -> str:
    """Lower-case hex of ``chars`` characters (trace ids: 32, span ids: 16)."""
    return f"{rng.getrandbits(chars * 4):0{chars}x}"


def uuid(rng: random.Random) -> str:
    """A version-4-shaped UUID from the seeded generator (``uuid.uuid4`` would not be seeded)."""
    h = f"{rng.getrandbits(128):032x}"
    return f"{h[:8]}-{h[8:12]}-4{h[13:16]}-{'89ab'[int(h[16], 16) & 3]}{h[17:20]}-{h[20:32]}"


def _luhn_digit(body: str) -> str:
    total = 0
    for i, ch in enumerate(reversed(body)):
        d = int(ch)
        if i % 2 == 0:  # these positions are doubled once the check digit is appended
            d = d * 2 - 9 if d > 4 else d * 2
        total += d
    return str((10 - total % 10) % 10)


def luhn_ok(number: str) -> bool:
    digits = number.replace(" ", "")
    return digits.isdigit() and _luhn_digit(digits[:-1]) == digits[-1]


def luhn_card(rng: random.Random, spaced: bool = True) -> str:
    """A 16-digit, Luhn-valid number in the 4000 00xx test range."""
    body = "400000" + "".join(rng.choice(string.digits) for _ in range(9))
    number = body + _luhn_digit(body)
    return " ".join(number[i : i + 4] for i in range(0, 16, 4)) if spaced else number


def _mod97(text: str) -> int:
    digits = "".join(str(int(ch, 36)) for ch in text)
    return int(digits) % 97


def iban(rng: random.Random, country: str = "DE") -> str:
    """A mod-97-valid IBAN (German layout: 8-digit bank code, 10-digit account), spaced in 4s."""
    bban = "".join(rng.choice(string.digits) for _ in range(18))
    check = 98 - _mod97(bban + country + "00")
    text = f"{country}{check:02d}{bban}"
    return " ".join(text[i : i + 4] for i in range(0, len(text), 4))


def iban_ok(text: str) -> bool:
    compact = text.replace(" ", "")
    return len(compact) > 4 and _mod97(compact[4:] + compact[:4]) == 1


def fake_secret_key(rng: random.Random) -> str:
    """A provider-style secret key: ``sk-`` and 48 random letters and digits (not a real key)."""
    return "sk-" + "".join(rng.choice(_ALNUM) for _ in range(48))


@lru_cache(maxsize=4096)
def stable_id(text: str, chars: int, alphabet: str = _UPPER_DIGITS) -> str:
    """An id that is always the same for ``text`` (a role's AROA id, a user's long-term key id)."""
    digest = hashlib.sha256(f"aisoc-sample-id:{text}".encode()).digest()
    return "".join(alphabet[b % len(alphabet)] for b in digest[:chars])


def key_hash(alias: str) -> str:
    """What a gateway logs for a virtual key: a SHA-256 hex, here derived from the key's alias."""
    return hashlib.sha256(f"aisoc-sample-key:{alias}".encode()).hexdigest()


def office_ip(tenant_index: int, rng: random.Random) -> str:
    """One of a tenant's few office egress addresses (a slice of 192.0.2.0/24 per tenant)."""
    return f"192.0.2.{10 + tenant_index * 20 + rng.randrange(4)}"


def internal_ip(tenant_index: int, rng: random.Random, subnet: int = 20) -> str:
    """A pod or service address inside a tenant's VPC (10.<tenant>.<subnet>.x)."""
    return f"10.{10 + tenant_index}.{subnet}.{rng.randrange(2, 250)}"


def partner_ip(tenant_index: int, k: int) -> str:
    """Address ``k`` (0-2) of the partner integration calling a tenant's partner API key."""
    return f"192.0.2.{200 + tenant_index * 10 + k}"


def attacker_ip(rng: random.Random) -> str:
    """An address no tenant has used before (198.51.100.0/24)."""
    return f"198.51.100.{rng.randrange(2, 250)}"
