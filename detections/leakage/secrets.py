"""Credentials in text: provider key formats, tokens, private keys, JWTs, and high-entropy values
next to a word that calls them a secret.

Documented example keys (AWS's ``…EXAMPLE`` keys) and obvious placeholders (``sk-xxxx…``,
``<your-api-key>``) are not reported: they are what documentation and tutorials are full of.
"""

from __future__ import annotations

import base64
import binascii
import math
import re
from collections import Counter

import orjson

from aisoc.detections.leakage.limits import Budget
from aisoc.detections.leakage.pii import Match, keep_disjoint

__all__ = ["find_secrets", "SECRET_KINDS", "entropy"]

# kind → pattern; the group named "v" (else the whole match) is the secret's span. Every repeat is
# bounded (a few hundred characters, far above any real key): an open-ended one let each
# occurrence of a prefix read on to the end of the field, which made a crafted field quadratic.
_FORMATS: dict[str, str] = {
    "aws_access_key_id": r"(?<![A-Z0-9])(?:AKIA|ASIA|ABIA|ACCA)[A-Z0-9]{16}(?![A-Z0-9])",
    "aws_secret_access_key": r"(?i)aws.{0,20}?(?:secret|private).{0,20}?[\"'=:\s]{1,10}(?P<v>[A-Za-z0-9/+]{40})(?![A-Za-z0-9/+])",
    "gcp_api_key": r"(?<![\w-])AIza[0-9A-Za-z_-]{35}(?![\w-])",
    "openai_api_key": r"(?<![\w-])sk-(?!ant-)(?:proj-|svcacct-|admin-)?[A-Za-z0-9_-]{20,200}(?![\w-])",
    "anthropic_api_key": r"(?<![\w-])sk-ant-(?:api|admin)\d{2}-[A-Za-z0-9_-]{80,120}(?![\w-])",
    "huggingface_token": r"(?<![\w-])hf_[A-Za-z0-9]{34,40}(?![\w-])",
    "github_token": r"(?<![\w-])(?:gh[pousr]_[A-Za-z0-9]{36,255}|github_pat_[A-Za-z0-9_]{70,255})(?![\w-])",
    "gitlab_token": r"(?<![\w-])glpat-[A-Za-z0-9_-]{20,255}(?![\w-])",
    "slack_token": r"(?<![\w-])xox[abposr]-(?:[0-9A-Za-z]{1,40}-){1,4}[0-9A-Za-z]{8,64}(?![\w-])",
    "slack_webhook_url": r"https://hooks\.slack\.com/(?:services|workflows|triggers)/[A-Za-z0-9+/_-]{20,255}",
    "stripe_key": r"(?<![\w-])(?:sk|rk)_(?:live|test)_[0-9A-Za-z]{20,99}(?![\w-])",
    "azure_storage_key": r"(?i)AccountKey=(?P<v>[A-Za-z0-9+/]{86}==)",
    "jwt": r"(?<![\w-])eyJ[A-Za-z0-9_-]{8,4096}\.eyJ[A-Za-z0-9_-]{8,8192}\.[A-Za-z0-9_-]{8,1024}(?![\w-])",
    "sendgrid_api_key": r"(?<![\w-])SG\.[A-Za-z0-9_-]{22}\.[A-Za-z0-9_-]{43}(?![\w-])",
    "npm_token": r"(?<![\w-])npm_[A-Za-z0-9]{36}(?![\w-])",
    "azure_ad_client_secret": r"(?<![\w~.-])[A-Za-z0-9_~.-]{3}\dQ~[A-Za-z0-9_~.-]{31,34}(?![\w~.-])",
    "notion_token": r"(?<![\w-])ntn_[A-Za-z0-9]{40,50}(?![\w-])",
    "sourcegraph_token": r"(?<![\w-])sgp_(?:local_|[a-f0-9]{16}_)?[A-Fa-f0-9]{40}(?![\w-])",
    "facebook_access_token": r"(?<![\w-])EAA[A-Za-z0-9]{80,512}(?![\w-])",
    "vault_token": r"(?<![\w-])hvs\.[A-Za-z0-9_-]{90,512}(?![\w-])",
    "onepassword_token": r"(?<![\w-])ops_eyJ[A-Za-z0-9+/]{100,2048}={0,3}",
    "url_credentials": r"(?i)\b[a-z][a-z0-9+.-]{1,10}://[^\s:/@\"']{1,64}:(?P<v>[^\s:/@\"']{4,128})@[A-Za-z0-9.-]{1,253}",
    "http_authorization": r"(?i)authorization:\s{0,10}(?:bearer|basic|token|api-token)\s{1,10}(?P<v>[A-Za-z0-9+/=._~-]{12,4096})",
    "curl_user_password": r"(?:\s-u|--user)\s{0,10}[\"']?[^\s:\"']{1,64}:(?P<v>[^\s\"']{6,128})[\"']?",
}
SECRET_KINDS = (*_FORMATS, "private_key", "generic_high_entropy")
_COMPILED = {kind: re.compile(pattern) for kind, pattern in _FORMATS.items()}
# A value assigned to a secret-sounding name: key = value, "token": "value", password: value.
_ASSIGNED = re.compile(
    r"(?i)(?:api[_-]?key|apikey|secret|token|passw(?:or)?d|pwd|credential|auth|access[_-]?key|private[_-]?key)"
    r"[\w-]{0,20}[\"']?\s{0,10}(?:[:=]|=>|:=)\s{0,10}[\"']?(?P<v>[A-Za-z0-9+/_.~!@#$%^&*-]{16,200})"
)
_PLACEHOLDER = re.compile(
    r"(?i)(x{6,}|\*{4,}|\.{3}|<[^>]*>|your[_-]?|example|dummy|placeholder|changeme|redacted|"
    r"0{8,}|1234567|abcdef[g-z]|test[_-]?key|fake|sample)"
)
# A private key is its BEGIN and END lines: both are found in one pass and paired as they come (a
# lazy "BEGIN, anything, END" pattern searched the rest of the field from every BEGIN).
_PRIVATE_KEY_MARKER = re.compile(r"-----(?P<edge>BEGIN|END) (?:[A-Z0-9]{1,20} ){0,4}PRIVATE KEY(?: BLOCK)?-----")
_KEY_BODY = (20, 65_536)  # characters between the two lines: a PGP key block with subkeys fits
_QUICK = re.compile(
    r"AKIA|ASIA|ABIA|ACCA|aws|AIza|sk-|sk_|rk_|hf_|gh[pousr]_|github_pat_|glpat-|xox|hooks\.slack|"
    r"AccountKey|PRIVATE KEY|eyJ|SG\.|npm_|Q~|ntn_|sgp_|EAA|hvs\.|ops_|://[^\s/:@]{0,256}+:[^\s/@]{0,256}+@|"
    r"--user|-u |(?i:key|secret|token|passw|pwd|credential|auth)"
)


def entropy(value: str) -> float:
    """Shannon entropy in bits per character."""
    counts = Counter(value)
    return -sum(n / len(value) * math.log2(n / len(value)) for n in counts.values())


def find_secrets(text: str, budget: Budget | None = None) -> list[Match]:
    """Every credential-shaped match, longest first where two overlap. With a ``budget``, the scan
    stops early (keeping what it found) once the budget is spent."""
    if not text or not _QUICK.search(text):
        return []
    found: list[Match] = _private_keys(text, budget)
    for kind, pattern in _COMPILED.items():
        for m in pattern.finditer(text):
            if budget is not None and budget.spent():
                break
            start, end = m.span("v") if "v" in pattern.groupindex else m.span()
            value = text[start:end]
            if _PLACEHOLDER.search(value):
                continue
            if kind == "jwt" and not _jwt_header_ok(value):
                continue
            found.append(Match(kind, start, end, 0.95, f"{kind.replace('_', ' ')} format"))
    in_format = _covered(text, found)  # a value inside a known format is that format's, not a generic one
    for m in _ASSIGNED.finditer(text):
        if budget is not None and budget.spent():
            break
        start, end = m.span("v")
        value = text[start:end]
        if _PLACEHOLDER.search(value) or in_format[start]:
            continue
        if entropy(value) >= 3.5 and sum(c.isdigit() for c in value) >= 2 and not value.isdigit():
            found.append(
                Match("generic_high_entropy", start, end, 0.7, "random-looking value assigned to a secret name")
            )
    return _dedupe(found)


def _private_keys(text: str, budget: Budget | None) -> list[Match]:
    """BEGIN … END PRIVATE KEY blocks: each END closes the latest open BEGIN."""
    found: list[Match] = []
    if "PRIVATE KEY" not in text:
        return found
    opened: re.Match[str] | None = None
    for m in _PRIVATE_KEY_MARKER.finditer(text):
        if budget is not None and budget.spent():
            break
        if m.group("edge") == "BEGIN":
            opened = m
        elif opened is not None and _KEY_BODY[0] <= m.start() - opened.end() <= _KEY_BODY[1]:
            if not _PLACEHOLDER.search(text, opened.start(), m.end()):  # "MIIE…", "<your key>"
                found.append(Match("private_key", opened.start(), m.end(), 0.95, "private key format"))
            opened = None
    return found


def _covered(text: str, found: list[Match]) -> bytearray:
    covered = bytearray(len(text))
    for match in found:
        covered[match.start : match.end] = b"\x01" * (match.end - match.start)
    return covered


def _jwt_header_ok(token: str) -> bool:
    header = token.split(".", 1)[0]
    try:
        data = orjson.loads(base64.urlsafe_b64decode(header + "=" * (-len(header) % 4)))
    except (binascii.Error, ValueError, orjson.JSONDecodeError):
        return False
    return isinstance(data, dict) and "alg" in data


def _dedupe(found: list[Match]) -> list[Match]:
    return keep_disjoint(found, key=lambda m: (-(m.end - m.start), m.start))
