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
from functools import lru_cache
from typing import Any

__all__ = ["REDACTED", "RAW_STRING_LIMIT", "redact_record", "is_secret_name", "mask_excerpt"]

REDACTED = "[REDACTED]"
RAW_STRING_LIMIT = 256 * 1024

_SECRET_NAME = re.compile(
    r"pass(word|wd|phrase)?|secret|token|api[-_]?key|apikey|private[-_]?key|access[-_]?key"
    r"|credential|authorization|cookie|signature|[-_]key$",
    re.IGNORECASE,
)
# Names that carry an identifier or a measure of a credential rather than the credential.
_NOT_SECRET_NAME = re.compile(
    r"(id|ids|name|names|arn|hash|alias|type|count|used|tokens|limit|length|expir\w*|at|time"
    r"|date|source|status|region|fingerprint|metadata|email|route)$",
    re.IGNORECASE,
)


@lru_cache(maxsize=16384)
def is_secret_name(name: str) -> bool:
    """True for a field name whose text value is a credential (cached: names repeat a lot)."""
    return bool(_SECRET_NAME.search(name)) and not _NOT_SECRET_NAME.search(name)


def redact_record(value: Any) -> tuple[Any, bool]:
    """A redacted version of a parsed JSON value, and whether anything was changed.

    Nothing is copied when nothing needs hiding: the common case costs one read-only pass, and
    the caller can reuse what it already serialised.
    """
    result = _walk(value)
    return result, result is not value


def _walk(value: Any) -> Any:
    kind = type(value)
    if kind is dict:
        # A {name|key, value} pair (headers, tags): the name says whether the value is secret,
        # and the name itself (even under "key") is a label, not a credential.
        is_pair = "value" in value
        secret_pair = is_pair and any(
            type(value.get(label)) is str and is_secret_name(value[label]) for label in ("name", "key"))
        copy = None
        for key, item in value.items():
            item_kind = type(item)
            if secret_pair and key == "value":  # whatever its shape: OTLP wraps it in a dict
                new = _mask_leaves(item)
                if new == item:
                    continue
            elif item_kind is str:
                if item and is_secret_name(key) and not (is_pair and key in ("name", "key")):
                    new = REDACTED
                elif len(item) > RAW_STRING_LIMIT:
                    new = _cut(item)
                else:
                    continue
            elif item_kind is dict or item_kind is list:
                new = _walk(item)
                if new is item:
                    continue
            else:
                continue
            if copy is None:
                copy = dict(value)
            copy[key] = new
        return value if copy is None else copy
    if kind is list:
        copy = None
        for index, item in enumerate(value):
            new = _walk(item) if type(item) in (dict, list, str) else item
            if new is not item:
                if copy is None:
                    copy = list(value)
                copy[index] = new
        return value if copy is None else copy
    if kind is str and len(value) > RAW_STRING_LIMIT:
        return _cut(value)
    return value


def _mask_leaves(value: Any) -> Any:
    """The same shape with every non-empty text leaf masked."""
    if type(value) is dict:
        return {k: _mask_leaves(v) for k, v in value.items()}
    if type(value) is list:
        return [_mask_leaves(v) for v in value]
    return REDACTED if type(value) is str and value else value


def _cut(text: str) -> str:
    return text[:RAW_STRING_LIMIT] + f"…[cut {len(text) - RAW_STRING_LIMIT} chars]"


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
