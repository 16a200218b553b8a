"""Turning chunks into event rows: the per-record work of an ingest run.

Pure functions of their arguments, so a block of chunks can be handled in a worker process:
``process_block`` returns the block's rows as a frame and the records it rejected, with the
reason, for the caller to quarantine.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from typing import Any

import orjson
import polars as pl

from aisoc.ingest.collectors import COLLECTORS, Collector
from aisoc.ingest.errors import RecordError
from aisoc.ingest.identity import canonical_json
from aisoc.ingest.reader import BadChunk, Chunk, RawChunk, parse_chunk
from aisoc.ingest.redact import mask_excerpt, redact_json_text, redact_record, scrub_frame
from aisoc.ingest.schema import FIELDS, POLARS_SCHEMA, TEXT_LIMIT

__all__ = ["Rejected", "BlockResult", "process_block", "event_row", "EXCERPT_CHARS"]

EXCERPT_CHARS = 512
_MIN_TS, _MAX_TS = 0, 7_258_118_400_000_000  # 1970-01-01 .. 2200-01-01, µs
_MIN_INT64, _MAX_INT64 = -(2**63), 2**63 - 1
_SET_BY_PIPELINE = {"event_id", "ingested_at", "source", "source_ref", "raw", "ingest_notes"}
# What a collector may return, and the Python type each field must have.
_PYTHON_TYPES: dict[pl.DataType, type] = {pl.String(): str, pl.Int64(): int, pl.Float64(): float}
_COLLECTOR_TYPES: dict[str, type] = {
    f.name: _PYTHON_TYPES.get(f.dtype, int)  # timestamps: integer microseconds
    for f in FIELDS
    if f.name not in _SET_BY_PIPELINE
}
# Timestamps arrive as integer microseconds and are cast once per block.
_BUILD_SCHEMA: dict[str, pl.DataType] = {**POLARS_SCHEMA, "ts": pl.Int64(), "ingested_at": pl.Int64()}
# What users and models said: the text the leakage detectors and rules examine (a key pasted in a
# prompt, a model moving a password into a tool call), so it is stored as written and masked when
# shown. Every other column a collector fills from the record is redacted like ``raw``.
_CONTENT_COLUMNS = frozenset({"prompt", "system_prompt", "messages", "response", "tool_calls", "retrieved_docs"})
_JSON_COLUMNS = ("raw", "request")  # JSON text: redacted structurally, by name and by shape
# Identifiers that detections group by and investigations pivot on (who, which session, which
# trace; ``api_key_id`` is an alias, hash or access-key *id* by contract): replacing a value with
# "[REDACTED]" would merge entities, so they are kept (their copies in ``raw`` are redacted).
# Likewise what the pipeline sets itself.
_KEPT_COLUMNS = frozenset(
    {
        "api_key_id",
        "tenant",
        "actor_id",
        "session_id",
        "conversation_id",
        "source_ip",
        "trace_id",
        "span_id",
        "request_id",
        "cloud_account",
        "cloud_region",
        "event_id",
        "source",
        "source_ref",
        "ingest_notes",
    }
)
_TEXT_COLUMNS = tuple(
    f.name for f in FIELDS if f.dtype == pl.String and f.name not in {*_CONTENT_COLUMNS, *_KEPT_COLUMNS, *_JSON_COLUMNS}
)


@dataclass(slots=True)
class Rejected:
    line: int
    source: str | None
    reason: str
    detail: str
    excerpt: str


@dataclass
class BlockResult:
    frame: pl.DataFrame  # event rows, contract schema
    rejected: list[Rejected]

    @property
    def read(self) -> int:
        return self.frame.height + len(self.rejected)


def process_block(
    collector_id: str | None,
    check_shape: bool,
    shown_path: str,
    chunks: list[Chunk | RawChunk | BadChunk],
    tenant: str | None,
    now_us: int,
) -> BlockResult:
    """Rows and rejects for a block of one file's chunks.

    ``collector_id`` None means no collector recognised the file. ``check_shape`` quarantines
    chunks the collector does not recognise (format detected, not forced).
    """
    collector = COLLECTORS[collector_id] if collector_id else None
    rows: list[dict[str, Any]] = []
    rejected: list[Rejected] = []
    for chunk in chunks:
        if type(chunk) is RawChunk:
            chunk = parse_chunk(chunk)
        if type(chunk) is BadChunk:
            rejected.append(
                Rejected(chunk.line, collector_id, chunk.reason, detail_of(chunk.detail), mask_excerpt(chunk.excerpt))
            )
            continue
        if collector is None:
            rejected.append(
                Rejected(
                    chunk.line,
                    None,
                    "unknown_format",
                    "no collector recognises this file; name one with --source",
                    excerpt_of(chunk.value),
                )
            )
            continue
        if check_shape and not _matches(collector, chunk.value):
            rejected.append(
                Rejected(
                    chunk.line,
                    collector_id,
                    "unrecognised_record",
                    f"not a {collector_id} record, unlike the rest of the file",
                    excerpt_of(chunk.value),
                )
            )
            continue
        source_ref = f"{shown_path}:{chunk.line}"
        try:
            records = collector.split(chunk.value)
        except Exception as exc:
            rejected.append(_rejection(chunk.line, collector_id, exc, chunk.value))
            continue
        for record in records:
            try:
                rows.append(event_row(collector, record, source_ref, tenant, now_us))
            except Exception as exc:
                rejected.append(_rejection(chunk.line, collector_id, exc, record))
    frame = pl.DataFrame(rows, schema=_BUILD_SCHEMA).with_columns(
        pl.col("ts", "ingested_at").cast(pl.Datetime("us", "UTC"))
    )
    # Credential *shapes* for the whole block at once (the names were redacted record by record).
    frame = scrub_frame(frame, json_columns=_JSON_COLUMNS, text_columns=_TEXT_COLUMNS, sorted_json=("raw",))
    return BlockResult(frame, rejected)


def event_row(collector: Collector, record: Any, source_ref: str, tenant: str | None, now_us: int) -> dict[str, Any]:
    """One record as a contract row. Raises ``RecordError`` when it cannot be stored.

    Credential-named values are redacted here; credential-shaped values in the block's frame
    (``process_block``), where one linear search finds the few rows that need it.
    """
    if type(record) is not dict:
        raise RecordError("not_an_object", f"a record must be a JSON object, got {type(record).__name__}")
    canonical = canonical_json(record)
    digest = hashlib.sha256(collector.id.encode())
    digest.update(b"\x00")
    digest.update(canonical)
    row = collector.normalise(record)
    notes = _check_row(collector.id, row)
    if "request" in row:
        row["request"] = redact_json_text(row["request"], shapes=False)
    specific = collector.redact(record)
    redacted, changed = redact_record(specific, shapes=False)
    if changed or specific is not record:
        row["raw"] = orjson.dumps(redacted, option=orjson.OPT_SORT_KEYS).decode()
    else:  # nothing to hide: the canonical form made for the id is the stored form
        row["raw"] = canonical.decode()
    row["event_id"] = digest.hexdigest()
    row["tenant"] = tenant or row.get("tenant") or "default"
    row["source"] = collector.id
    row["source_ref"] = source_ref
    row["ingested_at"] = now_us
    row["ingest_notes"] = "; ".join(notes) if notes else None
    return row


def _check_row(collector_id: str, row: dict[str, Any]) -> list[str]:
    """Check the types a collector returned, cut over-long text, and say what was cut."""
    ts = row.get("ts")
    if ts is None:
        raise RecordError("missing_timestamp", "record has no timestamp")
    notes = []
    for name, value in row.items():
        if value is None:
            continue
        kind, expected = type(value), _COLLECTOR_TYPES.get(name)
        if kind is not expected and not (expected is float and kind is int):
            if expected is None:
                raise RecordError("collector_error", f"{collector_id} set unexpected field {name!r}")
            raise RecordError("collector_error", f"{collector_id} gave {name} as {kind.__name__}")
        if kind is int and not _MIN_INT64 <= value <= _MAX_INT64:  # else polars fails the whole block
            raise RecordError(
                "out_of_range", f"{name}: a {value.bit_length()}-bit number does not fit a 64-bit integer"
            )
        if kind is str and len(value) > TEXT_LIMIT:
            notes.append(f"{name} truncated from {len(value)} chars")
            row[name] = value[:TEXT_LIMIT]
    if not _MIN_TS <= ts < _MAX_TS:
        raise RecordError("bad_timestamp", f"timestamp out of range: {ts} µs since 1970")
    return notes


def _matches(collector: Collector, value: Any) -> bool:
    try:
        return bool(collector.matches(value))
    except Exception:  # a sniffer failing on odd input means "not this format"
        return False


def _rejection(line: int, collector_id: str | None, exc: Exception, value: Any) -> Rejected:
    if isinstance(exc, RecordError):
        return Rejected(line, collector_id, exc.reason, detail_of(exc.detail), excerpt_of(value))
    # A collector bug on odd input must not end the run: quarantine and say what broke.
    return Rejected(line, collector_id, "collector_error", detail_of(f"{type(exc).__name__}: {exc}"), excerpt_of(value))


def detail_of(message: str) -> str:
    """A reason's detail, credentials masked like an excerpt: it often quotes the value that broke
    the record ("not a timestamp: 'password=…'"), and an exception's text is whatever it holds."""
    return mask_excerpt(message.encode("utf-8", errors="replace"))


def excerpt_of(value: Any) -> str:
    """The start of a parsed record as JSON, credentials redacted."""
    try:
        redacted, _ = redact_record(value)
        return orjson.dumps(redacted)[:EXCERPT_CHARS].decode("utf-8", errors="replace")
    except Exception:  # too deep to serialise: say what it was
        return f"<{type(value).__name__} that cannot be shown>"
