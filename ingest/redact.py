"""Structural redaction of credentials in raw records before storage.

Values stored under credential-like names (``Authorization``, ``api_key``, ``client_secret``,
``password``, ``x-api-token``…) are replaced; so is the ``value`` of a ``{name, value}`` header
pair whose name is credential-like. Identifiers of credentials (``accessKeyId``,
``user_api_key_hash``, ``keyName``), token *counts* and other non-text values are kept: rules
and investigations need them and they are not secrets. Very long strings are cut, so one huge
prompt cannot bloat the ``raw`` column (the full text, up to the contract's limit, lives in the
contract fields).
"""

from __future__ import annotations

import re
from typing import Any

__all__ = ["REDACTED", "RAW_STRING_LIMIT", "redact_record", "is_secret_name", "mask_excerpt"]

REDACTED = "[REDACTED]"
RAW_STRING_LIMIT = 256 * 1024

_SECRET_NAME = re.compile(
    r"pass(word|wd|phrase)?|secret|token|api[-_]?key|apikey|private[-_]?key|access[-_]?key"
    r"|credential|authorization|cookie|signature|^key$|[-_]key$",
    re.IGNORECASE,
)
# Names that carry an identifier or a measure of a credential rather than the credential.
_NOT_SECRET_NAME = re.compile(
    r"(id|ids|name|names|arn|hash|alias|type|count|used|tokens|limit|length|expir\w*|at|time"
    r"|date|source|status|region|fingerprint|metadata)$",
    re.IGNORECASE,
)


def is_secret_name(name: str) -> bool:
    """True for a field name whose text value is a credential."""
    return bool(_SECRET_NAME.search(name)) and not _NOT_SECRET_NAME.search(name)


def redact_record(value: Any) -> tuple[Any, int]:
    """A redacted copy of a parsed JSON value and how many values were redacted or cut."""
    counter = [0]
    return _walk(value, counter), counter[0]


def _walk(value: Any, counter: list[int]) -> Any:
    if isinstance(value, dict):
        pair_name = value.get("name", value.get("key"))
        secret_pair = isinstance(pair_name, str) and "value" in value and is_secret_name(pair_name)
        out = {}
        for key, item in value.items():
            if isinstance(item, str) and item and (
                is_secret_name(key) or (secret_pair and key == "value")
            ):
                out[key] = REDACTED
                counter[0] += 1
            else:
                out[key] = _walk(item, counter)
        return out
    if isinstance(value, list):
        return [_walk(item, counter) for item in value]
    if isinstance(value, str) and len(value) > RAW_STRING_LIMIT:
        counter[0] += 1
        return value[:RAW_STRING_LIMIT] + f"…[cut {len(value) - RAW_STRING_LIMIT} chars]"
    return value


_SECRET_PAIR_IN_TEXT = re.compile(
    rb'("[^"]*(?:pass(?:word|wd)?|secret|token|api[-_]?key|apikey|credential|authorization|cookie)'
    rb'[^"]*"\s*:\s*)"(?:[^"\\]|\\.)*"?',
    re.IGNORECASE,
)


def mask_excerpt(data: bytes) -> str:
    """Printable start of an unparsable record with credential-named values masked.

    A record that failed to parse cannot be redacted structurally, so this masks the values of
    ``"…secret…": "…"`` pairs found in the text before the excerpt is kept in quarantine.
    """
    masked = _SECRET_PAIR_IN_TEXT.sub(rb'\1"' + REDACTED.encode() + rb'"', data)
    return masked.decode("utf-8", errors="replace").replace("\x00", "\\x00")
