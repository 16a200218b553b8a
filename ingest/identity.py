"""Stable event ids: re-ingesting the same record must give the same id."""

from __future__ import annotations

import hashlib
from typing import Any

import orjson

from .errors import RecordError

__all__ = ["event_id", "canonical_json"]


def canonical_json(record: Any) -> bytes:
    """Key-sorted compact JSON, the form a record is hashed in."""
    try:
        return orjson.dumps(record, option=orjson.OPT_SORT_KEYS)
    except orjson.JSONEncodeError as exc:  # e.g. nesting deeper than orjson serialises
        raise RecordError("too_deeply_nested", str(exc)) from None


def event_id(collector_id: str, record: Any) -> str:
    """SHA-256 (hex) of the collector id and the canonical JSON of the unredacted record.

    The tenant is deliberately not part of it: the same record ingested under two tenants is
    the same event.
    """
    digest = hashlib.sha256(collector_id.encode())
    digest.update(b"\x00")
    digest.update(canonical_json(record))
    return digest.hexdigest()
