"""The hunt sandbox's tables for a principal who may not unmask: text masked before any SQL sees it.

Masking a query's *output* cannot work: ``hex(prompt)``, ``reverse(prompt)`` or a ``LIKE`` probe
turn a card number into something the masker does not recognise, or read it without returning
it. So the sandbox gives such a principal tables whose text is already masked, and their SQL
never touches the original.

* **Events** are masked per stored Parquet file *and tenant*, into
  ``<warehouse>/cache/hunt-masked/``; a principal's queries read the copies of their own tenants'
  rows only, so no tenant's log writer can make another tenant's hunts pay for masking its text.
  Event files are never rewritten, so a copy stays good; its name hashes the source file's path,
  size and mtime, the tenant, the masking version and the key's fingerprint, so anything else gets
  a new copy. The copies hold less than the event files beside them, so they need no more
  protection than those.
* A copy is made in **parts** of at most ``PART_ROWS`` rows and ``PART_TEXT`` bytes of text (a
  larger row is a part alone), cut at the same rows by every writer; each part is named by the
  rows it covers. The source is read in batches, never whole.
* **Alerts** are few and change with triage: they are masked per query.
* Masking is paid for out of the query's time budget (``deadline``): ``OutOfTime`` is raised
  between two values once it has passed. Parts already written are kept, so the next query
  continues where this one stopped; at most one part's work is lost.
* The **result** is masked once more (``mask_result``), within the same deadline: a value the query
  rebuilt from pieces no one of which is masked (``string_agg`` of two halves of a card number)
  is caught there, as long as the query did not also re-encode it.

Columns aisoc writes itself (ids, tenant, source, kinds) are kept as they are, so scoping and joins
work. Every other text is masked alike: only its PII- and secret-shaped parts are replaced. In
who/where columns (actor, IP, key id, session, …) those tokens carry a keyed fingerprint
(``[EMAIL_ADDRESS·28·3fa9c2d1e0b7]``), so equal values still group and join and none can be read
back; a value with nothing PII-shaped in it (an actor ``alice``) stays as it is.
"""

from __future__ import annotations

import hashlib
import math
import os
import re
import time
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

import pyarrow as pa
import pyarrow.compute as pc
import pyarrow.parquet as pq

from aisoc.analytics.access.masking import MaskingStopped, mask_text
from aisoc.detections.leakage.limits import Budget
from aisoc.ingest.kernel.atomic import write_atomic
from aisoc.ingest.kernel.secretkey import sign
from aisoc.ingest.warehouse import Warehouse

__all__ = [
    "OutOfTime",
    "masked_event_files",
    "mask_alerts",
    "mask_result",
    "prepare_masked_events",
    "forget_masked_values",
    "cached_characters",
    "MASKED_DIR",
    "PART_ROWS",
    "PART_TEXT",
    "CACHE_CHARACTERS",
]

MASK_VERSION = "2"  # bump when masking or the cutting of parts changes: every copy is made again
MASKED_DIR = Path("cache") / "hunt-masked"
# A part is the unit of progress a stopped query keeps, so it must cost little to mask whatever its
# rows hold: at most this many rows, and this many bytes of text (about 0.8 s of CPU for hostile
# text such as a field of repeated IP addresses; ordinary text masks several times faster).
PART_ROWS = 4096
PART_TEXT = 1 << 20
FINGERPRINT_HEX = 12  # 48 bits: no collisions to speak of among a warehouse's distinct values
ALL_TENANTS = None  # the scope of a principal who sees every tenant

# Written by aisoc, needed as they are for scoping and joins, and never carrying event text.
EVENT_COLUMNS_KEPT = frozenset({"event_id", "tenant", "source", "source_ref", "event_kind"})
ALERT_COLUMNS_KEPT = frozenset(
    {"id", "detector", "rule_id", "severity", "tags", "playbook", "tenant", "status", "evidence_event_ids"}
)
# Identify who or where: hunts group and join on them, so their masked values carry a fingerprint.
FINGERPRINTED = frozenset(
    {
        "actor_id",
        "api_key_id",
        "session_id",
        "conversation_id",
        "source_ip",
        "user_agent",
        "app",
        "trace_id",
        "span_id",
        "request_id",
        "cloud_account",
        "resource_id",
        "entity",
        "assignee",
    }
)


class OutOfTime(Exception):
    """The query's time budget ran out while its tables were being masked."""


def _fingerprint(value: str) -> str:
    return sign("hunt-pseudonym", value.encode())[:FINGERPRINT_HEX]


# --- masking values, with a small cache --------------------------------------------------------

# Shared by every query of the process, so alerts and repeated values (actors, IPs, alert titles)
# are masked once. Bounded by characters held, raw and masked, not by entries: a cache of long
# fields would otherwise hold gigabytes outside DuckDB's memory limit. Long values are never
# cached (they seldom repeat); the cache is emptied when full, simpler than an LRU, and a refill
# costs only time.
CACHE_CHARACTERS = 16 * 1024 * 1024
CACHE_VALUE_CHARACTERS = 4096
_MASKED: dict[tuple[str, bool], str] = {}
_cached_characters = 0


def forget_masked_values() -> None:
    """Empty the cache of masked values (tests, and nothing else, need this)."""
    global _cached_characters
    _MASKED.clear()
    _cached_characters = 0


def cached_characters() -> int:
    """Characters the cache holds now, raw values and masked ones together."""
    return _cached_characters


def _remember(key: tuple[str, bool], done: str) -> None:
    global _cached_characters
    size = len(key[0]) + len(done)
    if len(key[0]) > CACHE_VALUE_CHARACTERS:
        return
    if _cached_characters + size > CACHE_CHARACTERS:
        forget_masked_values()
    _MASKED[key] = done
    _cached_characters += size


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
        _remember(key, done)
    return done


def _check(deadline: float) -> None:
    if time.monotonic() > deadline:
        raise OutOfTime


def _mask_strings(array: pa.Array, fingerprinted: bool, deadline: float) -> pa.Array:
    done: dict[str, str] = {}  # one column of one part: bounded by the part's text
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


def _mask_table(table: pa.Table, kept: frozenset[str], deadline: float, fingerprinted: frozenset[str]) -> pa.Table:
    columns = []
    for name, column in zip(table.column_names, table.columns):
        if name in kept:
            columns.append(column)
        else:
            columns.append(_mask_array(column.combine_chunks(), name in fingerprinted, deadline))
    return pa.table(columns, names=table.column_names)


def mask_alerts(alerts: pa.Table, deadline: float) -> pa.Table:
    return _mask_table(alerts, ALERT_COLUMNS_KEPT, deadline, FINGERPRINTED)


def mask_result(result: pa.Table, deadline: float) -> pa.Table:
    """A query's result with every text in it masked again: the query may have put back together a
    value that no stored piece of it showed. Its column names are the query's, so none is kept."""
    return _mask_table(result, frozenset(), deadline, frozenset())


# --- masked copies of the event files ------------------------------------------------------------


@lru_cache(maxsize=1)
def _key_fingerprint() -> str:
    # A new key changes every fingerprint, so copies made under the old one must not be mixed in.
    return sign("hunt-pseudonym", b"key fingerprint")[:16]


_PART_NAME = re.compile(r"(?P<stem>[0-9a-f]{32})-(?P<start>\d{10})-(?P<end>\d{10})-of-(?P<total>\d{10})\.parquet")


@dataclass(frozen=True)
class _Part:
    """Rows ``start`` to ``end`` (not included) of the ``total`` rows one tenant has in one file."""

    start: int
    end: int
    total: int
    path: Path


def _listing(folder: Path) -> dict[str, list[_Part]]:
    """The parts in ``folder`` by copy (stem); one directory read for every file of a query."""
    found: dict[str, list[_Part]] = {}
    if folder.is_dir():
        for entry in os.scandir(folder):
            name = _PART_NAME.fullmatch(entry.name)
            if name:
                part = _Part(int(name["start"]), int(name["end"]), int(name["total"]), Path(entry.path))
                found.setdefault(name["stem"], []).append(part)
    return found


def _done_so_far(parts: list[_Part]) -> list[_Part]:
    """The parts that follow on from row 0 without a gap, in order."""
    by_start = {p.start: p for p in sorted(parts, key=lambda p: p.end)}  # the longest wins a tie
    chain: list[_Part] = []
    while (part := by_start.get(chain[-1].end if chain else 0)) is not None and part.end > part.start:
        chain.append(part)
    return chain


def _stem(warehouse: Warehouse, source: Path, tenant: str) -> str:
    stat = source.stat()
    identity = "\0".join(
        (
            MASK_VERSION,
            _key_fingerprint(),
            str(source.relative_to(warehouse.events_dir)),
            str(stat.st_size),
            str(stat.st_mtime_ns),
            tenant,
        )
    )
    return hashlib.sha256(identity.encode()).hexdigest()[:32]


def _may_hold(metadata: pq.FileMetaData, tenant: str) -> bool:
    """False when the file's statistics prove it has no row of ``tenant`` (no read needed)."""
    index = metadata.schema.names.index("tenant") if "tenant" in metadata.schema.names else None
    if index is None:
        return False
    for group in range(metadata.num_row_groups):
        stats = metadata.row_group(group).column(index).statistics
        if stats is None or not stats.has_min_max or stats.min <= tenant <= stats.max:
            return True
    return False


def _row_text(batch: pa.RecordBatch) -> list[int]:
    """Bytes of text each row of ``batch`` holds in the columns that get masked."""
    total = pa.array([0] * batch.num_rows, pa.int64())
    for name, column in zip(batch.schema.names, batch.columns):
        if name not in EVENT_COLUMNS_KEPT and (
            pa.types.is_string(column.type)
            or pa.types.is_large_string(column.type)
            or pa.types.is_binary(column.type)
            or pa.types.is_large_binary(column.type)
        ):
            total = pc.add(total, pc.fill_null(pc.cast(pc.binary_length(column), pa.int64()), 0))
    return total.to_pylist()


def _tenant_batches(source: pq.ParquetFile, tenant: str, skip: int) -> Iterator[pa.RecordBatch]:
    """The rows of ``tenant`` in file order, past the first ``skip`` of them, read a batch at a time."""
    for batch in source.iter_batches(batch_size=PART_ROWS):
        batch = batch.filter(pc.equal(batch.column("tenant"), tenant))
        if skip >= batch.num_rows:
            skip -= batch.num_rows
            continue
        yield batch.slice(skip)
        skip = 0


def _cut(batches: Iterable[pa.RecordBatch]) -> Iterator[pa.Table]:
    """Whole parts: at most ``PART_ROWS`` rows and ``PART_TEXT`` bytes of text, a bigger row alone.
    Cut only from the rows themselves, so every writer starting at a part's end cuts alike."""
    pending: list[pa.RecordBatch] = []  # whole runs of rows, not one slice per row
    rows = text = 0
    for batch in batches:
        begin = 0  # the first row of this batch not yet in ``pending``
        for k, size in enumerate(_row_text(batch)):
            if rows and (rows + 1 > PART_ROWS or text + size > PART_TEXT):
                yield pa.Table.from_batches([*pending, batch.slice(begin, k - begin)])
                pending, rows, text, begin = [], 0, 0, k
            rows, text = rows + 1, text + size
        if begin < batch.num_rows:
            pending.append(batch.slice(begin))
    if pending:
        yield pa.Table.from_batches(pending)


def _write(path: Path, table: pa.Table) -> None:
    write_atomic(path, lambda handle: pq.write_table(table, handle, compression="zstd"))


def _mask_copy(
    source: Path, tenant: str, stem: str, chain: list[_Part], total: int, folder: Path, deadline: float
) -> list[_Part]:
    """``chain`` carried on to the end of the copy, a part at a time; ``OutOfTime`` keeps what is written."""
    start = chain[-1].end if chain else 0
    for table in _cut(_tenant_batches(pq.ParquetFile(source), tenant, start)):
        _check(deadline)
        end = start + table.num_rows
        path = folder / f"{stem}-{start:010d}-{end:010d}-of-{total:010d}.parquet"
        _write(path, _mask_table(table, EVENT_COLUMNS_KEPT, deadline, FINGERPRINTED))
        chain.append(_Part(start, end, total, path))
        start = end
    return chain


def _tenant_counts(source: Path) -> dict[str, int]:
    """Rows per tenant in ``source``, from its tenant column alone."""
    column = pq.read_table(source, columns=["tenant"]).column("tenant")
    counts = (
        pc.value_counts(column)
        if len(column)
        else pa.array([], pa.struct([("values", pa.string()), ("counts", pa.int64())]))
    )
    return {v.as_py(): n.as_py() for v, n in zip(counts.field("values"), counts.field("counts")) if v.is_valid}


def _only_tenant(metadata: pq.FileMetaData) -> str | None:
    """The one tenant every row group's statistics name, if they all name the same single one."""
    if "tenant" not in metadata.schema.names:
        return None
    index = metadata.schema.names.index("tenant")
    seen = set()
    for group in range(metadata.num_row_groups):
        stats = metadata.row_group(group).column(index).statistics
        if stats is None or not stats.has_min_max or stats.min != stats.max or stats.null_count:
            return None
        seen.add(stats.min)
    return seen.pop() if len(seen) == 1 else None


def _mask_file(
    warehouse: Warehouse, source: Path, scope: list[str] | None, listing: dict[str, list[_Part]], deadline: float
) -> list[Path]:
    metadata = pq.read_metadata(source)
    if scope is ALL_TENANTS:
        only = _only_tenant(metadata)
        wanted = [only] if only is not None else sorted(_tenant_counts(source))
    else:
        wanted = [t for t in scope if _may_hold(metadata, t)]
    stems = {t: _stem(warehouse, source, t) for t in wanted}
    chains = {t: _done_so_far(listing.get(stems[t], [])) for t in wanted}
    unfinished = [t for t in wanted if not chains[t] or chains[t][-1].end < chains[t][-1].total]
    if unfinished:
        counts = _tenant_counts(source)
        folder = warehouse.root / MASKED_DIR
        for tenant in unfinished:
            if counts.get(tenant):
                _mask_copy(source, tenant, stems[tenant], chains[tenant], counts[tenant], folder, deadline)
    return [part.path for tenant in wanted for part in chains[tenant]]


def masked_event_files(
    warehouse: Warehouse, deadline: float, tenants: Iterable[str] | None = ALL_TENANTS
) -> list[Path]:
    """The masked copies of the rows of ``tenants`` (every tenant's when ``None``) in the stored event
    files, made now where there are none yet. Scoped first: no other tenant's text is read or masked.
    (A row with no tenant is in no copy: no principal's scope holds it.)"""
    scope = ALL_TENANTS if tenants is ALL_TENANTS else sorted(set(tenants))
    listing = _listing(warehouse.root / MASKED_DIR)
    return [
        part for source in warehouse.event_files() for part in _mask_file(warehouse, source, scope, listing, deadline)
    ]


def prepare_masked_events(warehouse: Warehouse, tenants: Iterable[str] | None = ALL_TENANTS) -> int:
    """Make the masked copies ahead of the first hunt (no time limit); the number of parts."""
    return len(masked_event_files(warehouse, math.inf, tenants))
