"""The hunt sandbox's tables for a principal who may not unmask: text masked before any SQL sees it.

Masking a query's *output* cannot work: ``hex(prompt)``, ``reverse(prompt)`` or a ``LIKE`` probe
turn a card number into something the masker does not recognise, or read it without returning
it. So the sandbox gives such a principal tables whose text is already masked, and their SQL
never touches the original.

* **Events** are masked once per stored Parquet file, in parts of ``PART_ROWS`` rows, into
  ``<warehouse>/cache/hunt-masked/``; queries read those copies. Event files are never rewritten,
  so a copy stays good; its name hashes the source file's path, size and mtime, the masking
  version and the key's fingerprint, so anything else gets a new copy. The copies hold less than
  the event files beside them, so they need no more protection than those.
* **Alerts** are few and change with triage: they are masked per query.
* Masking is paid for out of the query's time budget (``deadline``): ``OutOfTime`` is raised
  between two values once it has passed. Parts already written are kept, so the next query
  continues where this one stopped.

Columns aisoc writes itself (ids, tenant, source, kinds) are kept as they are, so scoping and joins
work. Who/where columns (actor, IP, key id, session, …) get a keyed fingerprint in their tokens
(``[EMAIL_ADDRESS·28·3fa9c2d1e0b7]``): equal values still group and join, none can be read back.
"""

from __future__ import annotations

import hashlib
import math
import os
import time
import uuid
from functools import lru_cache
from pathlib import Path

import pyarrow as pa
import pyarrow.parquet as pq

from analytics.console.masking import MaskingStopped, mask_text
from detections.leakage.limits import Budget
from ingest.secretkey import sign
from ingest.warehouse import Warehouse

__all__ = ["OutOfTime", "masked_event_files", "mask_alerts", "prepare_masked_events", "MASKED_DIR", "PART_ROWS"]

MASK_VERSION = "1"   # bump when masking changes: every copy is made again
MASKED_DIR = Path("cache") / "hunt-masked"
PART_ROWS = 4096     # one part is the unit of progress a stopped query keeps
FINGERPRINT_HEX = 12  # 48 bits: no collisions to speak of among a warehouse's distinct values

# Written by aisoc, needed as they are for scoping and joins, and never carrying event text.
EVENT_COLUMNS_KEPT = frozenset({"event_id", "tenant", "source", "source_ref", "event_kind"})
ALERT_COLUMNS_KEPT = frozenset({"id", "detector", "rule_id", "severity", "tags", "playbook", "tenant", "status",
                                "evidence_event_ids"})
# Identify who or where: hunts group and join on them, so their masked values carry a fingerprint.
FINGERPRINTED = frozenset({"actor_id", "api_key_id", "session_id", "conversation_id", "source_ip", "user_agent",
                           "app", "trace_id", "span_id", "request_id", "cloud_account", "resource_id", "entity",
                           "assignee"})


class OutOfTime(Exception):
    """The query's time budget ran out while its tables were being masked."""


def _fingerprint(value: str) -> str:
    return sign("hunt-pseudonym", value.encode())[:FINGERPRINT_HEX]


# Shared by every query of the process, so alerts and repeated values are masked once. Emptied
# when full: simpler than an LRU, and a refill costs only time.
_MASKED: dict[tuple[str, bool], str] = {}
_MASKED_MAX = 65_536


def _masked(value: str, fingerprinted: bool, deadline: float) -> str:
    key = (value, fingerprinted)
    done = _MASKED.get(key)
    if done is None:
        _check(deadline)
        # The scan itself watches the clock too, so one huge value cannot carry a query far past it.
        budget = Budget(time.monotonic, deadline - time.monotonic())
        try:
            done = mask_text(value, fingerprint=_fingerprint if fingerprinted else None, budget=budget)
        except MaskingStopped:
            raise OutOfTime from None
        if len(_MASKED) >= _MASKED_MAX:
            _MASKED.clear()
        _MASKED[key] = done
    return done


def _check(deadline: float) -> None:
    if time.monotonic() > deadline:
        raise OutOfTime


def _mask_strings(array: pa.Array, fingerprinted: bool, deadline: float) -> pa.Array:
    done: dict[str, str] = {}
    out = []
    for value in array.to_pylist():
        if value and value not in done:
            done[value] = _masked(value, fingerprinted, deadline)
        out.append(done[value] if value else value)
    return pa.array(out, type=array.type)


def _mask_array(array: pa.Array, fingerprinted: bool, deadline: float) -> pa.Array:
    """``array`` with every string inside it masked, whatever its nesting; other values as they are."""
    kind = array.type
    if pa.types.is_string(kind) or pa.types.is_large_string(kind) or pa.types.is_string_view(kind):
        return _mask_strings(array, fingerprinted, deadline)
    if pa.types.is_binary(kind) or pa.types.is_large_binary(kind) or pa.types.is_binary_view(kind):
        text = pa.array([None if v is None else v.decode("utf-8", "replace") for v in array.to_pylist()], pa.string())
        return _mask_strings(text, fingerprinted, deadline)
    if pa.types.is_list(kind) or pa.types.is_large_list(kind):
        values = _mask_array(array.values, fingerprinted, deadline)
        return type(array).from_arrays(array.offsets, values, mask=array.is_null())
    if pa.types.is_struct(kind):
        fields = [_mask_array(array.field(i), fingerprinted, deadline) for i in range(kind.num_fields)]
        return pa.StructArray.from_arrays(fields, fields=list(kind), mask=array.is_null())
    return array


def _mask_table(table: pa.Table, kept: frozenset[str], deadline: float) -> pa.Table:
    columns = []
    for name, column in zip(table.column_names, table.columns):
        if name in kept:
            columns.append(column)
        else:
            columns.append(_mask_array(column.combine_chunks(), name in FINGERPRINTED, deadline))
    return pa.table(columns, names=table.column_names)


def mask_alerts(alerts: pa.Table, deadline: float) -> pa.Table:
    return _mask_table(alerts, ALERT_COLUMNS_KEPT, deadline)


# --- masked copies of the event files ------------------------------------------------------------

@lru_cache(maxsize=1)
def _key_fingerprint() -> str:
    # A new key changes every fingerprint, so copies made under the old one must not be mixed in.
    return sign("hunt-pseudonym", b"key fingerprint")[:16]


def _parts(warehouse: Warehouse, source: Path) -> list[Path]:
    stat = source.stat()
    identity = "\0".join((MASK_VERSION, _key_fingerprint(), str(source.relative_to(warehouse.events_dir)),
                          str(stat.st_size), str(stat.st_mtime_ns)))
    stem = hashlib.sha256(identity.encode()).hexdigest()[:32]
    count = max(1, math.ceil(pq.read_metadata(source).num_rows / PART_ROWS))
    folder = warehouse.root / MASKED_DIR
    return [folder / f"{stem}-{k + 1:05d}-of-{count:05d}.parquet" for k in range(count)]


def _write(path: Path, table: pa.Table) -> None:
    """Whole or not at all: concurrent queries may write the same part, each to a temp name of its own."""
    path.parent.mkdir(parents=True, exist_ok=True)
    temp = path.with_name(f".{path.name}.{uuid.uuid4().hex}.tmp")
    try:
        with open(temp, "wb") as handle:
            pq.write_table(table, handle, compression="zstd")
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(temp, path)
    finally:
        temp.unlink(missing_ok=True)


def _mask_file(warehouse: Warehouse, source: Path, deadline: float) -> list[Path]:
    parts = _parts(warehouse, source)
    missing = [k for k, part in enumerate(parts) if not part.exists()]
    if missing:
        table = pq.read_table(source)
        for k in missing:
            _check(deadline)
            _write(parts[k], _mask_table(table.slice(k * PART_ROWS, PART_ROWS), EVENT_COLUMNS_KEPT, deadline))
    return parts


def masked_event_files(warehouse: Warehouse, deadline: float) -> list[Path]:
    """The masked copies of every stored event file, made now for those that have none yet."""
    return [part for source in warehouse.event_files() for part in _mask_file(warehouse, source, deadline)]


def prepare_masked_events(warehouse: Warehouse) -> int:
    """Make the masked copies ahead of the first hunt (no time limit); the number of parts."""
    return len(masked_event_files(warehouse, math.inf))
