"""Stable event ids: re-ingesting the same record must give the same id.

An id names a record, not a tenant's copy of it: the same record ingested under two tenants has
one id and is stored once for each. An event is therefore identified by (tenant, event_id) —
deduplication uses that pair (``ingest.warehouse.dedup_key``), and a lookup by id that knows the
tenant (an alert's evidence, a case's events) must filter on the tenant too.
"""

from __future__ import annotations

import hashlib
from typing import Any

import orjson

from aisoc.ingest.errors import RecordError

__all__ = ["event_id", "canonical_json"]


def canonical_json(record: Any) -> bytes:
    """Key-sorted compact JSON, the form a record is hashed in."""
    try:
        return orjson.dumps(record, option=orjson.OPT_SORT_KEYS)
    except orjson.JSONEncodeError as exc:  # e.g. nesting deeper than orjson serialises
        raise RecordError("too_deeply_nested", str(exc)) from None


def event_id(collector_id: str, record: Any) -> str:
    """SHA-256 (hex) of the collector id and the canonical JSON of the unredacted record.

    The tenant is not part of it, so ids stay what they were in warehouses written before
    deduplication became per tenant (re-ingesting old files is still a no-op); two tenants'
    copies of one record share the id and differ in ``tenant`` (see the module docstring).
    """
    digest = hashlib.sha256(collector_id.encode())
    digest.update(b"\x00")
    digest.update(canonical_json(record))
    return digest.hexdigest()
