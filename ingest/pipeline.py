"""An ingest run: files in, normalised events and quarantined records out, nothing lost.

Every record read ends in exactly one of three places, so that every run reconciles as
``read = stored + duplicates + quarantined``:

* stored: a new row in the events lake;
* duplicate: its ``event_id`` is already stored, or came earlier in this run;
* quarantined: a row in the state database's ``quarantine`` table, with reason, path and line.

Records are handled in bounded batches, so memory does not grow with the size of a file.
"""

from __future__ import annotations

import hashlib
import secrets
import time
from collections import Counter
from collections.abc import Callable
from dataclasses import asdict, dataclass, field
from datetime import datetime, timezone
from pathlib import Path
from typing import Any

import orjson
import polars as pl

from .collectors import COLLECTORS, Collector, detect
from .errors import IngestError, PathError, RecordError
from .identity import canonical_json
from .paths import expand_paths
from .reader import BadChunk, iter_chunks
from .redact import mask_excerpt, redact_record
from .schema import FIELDS, POLARS_SCHEMA, TEXT_LIMIT
from .warehouse import Warehouse

__all__ = ["FileReport", "IngestReport", "ingest", "Progress", "BATCH_RECORDS"]

BATCH_RECORDS = 20_000
_BATCH_BYTES = 256 << 20  # flush early when a batch holds this much text
_EXCERPT = 512
_MIN_TS, _MAX_TS = 0, 7_258_118_400_000_000  # 1970-01-01 .. 2200-01-01, µs
_SET_BY_PIPELINE = {"event_id", "ingested_at", "source", "source_ref", "raw", "ingest_notes"}
_PY_TYPES: dict[str, type | tuple[type, ...]] = {
    f.name: {pl.String: str, pl.Int64: int, pl.Float64: (float, int)}.get(f.dtype, int) for f in FIELDS
}
# Timestamps arrive as integer microseconds and are cast once per batch.
_BUILD_SCHEMA = {**POLARS_SCHEMA, "ts": pl.Int64, "ingested_at": pl.Int64}

# Called with (bytes done, bytes total) across all files of the run.
Progress = Callable[[int, int], None]


@dataclass
class FileReport:
    path: str
    source: str | None = None
    status: str = "ok"  # ok | empty | unknown_format | unreadable
    read: int = 0
    stored: int = 0
    duplicates: int = 0
    quarantined: int = 0
    error: str | None = None


@dataclass
class IngestReport:
    run_id: str
    warehouse: str
    read: int = 0
    stored: int = 0
    duplicates: int = 0
    quarantined: int = 0
    files: list[FileReport] = field(default_factory=list)
    skipped: list[str] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)
    quarantine_reasons: dict[str, int] = field(default_factory=dict)
    seconds: float = 0.0

    def as_dict(self) -> dict[str, Any]:
        return asdict(self)

    @property
    def reconciles(self) -> bool:
        return self.read == self.stored + self.duplicates + self.quarantined


def ingest(
    paths: list[str],
    warehouse: Warehouse,
    *,
    tenant: str | None = None,
    source: str | None = None,
    progress: Progress | None = None,
    on_lock_wait: Callable[[], None] | None = None,
    batch_records: int = BATCH_RECORDS,
) -> IngestReport:
    """Ingest files, folders and globs into the warehouse and report what became of each record.

    ``source`` forces a collector for every file; without it the format is detected per file.
    ``tenant`` overrides the tenant of every record. Unreadable paths are listed in
    ``errors`` (the other paths are still ingested); bad records are quarantined.
    """
    if source is not None and source not in COLLECTORS:
        raise IngestError(f"unknown source {source!r}; known: {', '.join(COLLECTORS)}")
    started = time.monotonic()
    now = datetime.now(timezone.utc)
    run_id = f"{now:%Y%m%dT%H%M%SZ}-{secrets.token_hex(3)}"
    report = IngestReport(run_id=run_id, warehouse=str(warehouse.root))
    inputs = expand_paths(paths)
    report.skipped = [str(p) for p in inputs.skipped]
    report.errors = list(inputs.missing)

    with warehouse.ingest_lock(on_wait=on_lock_wait):
        warehouse.remove_leftovers()
        _start_run(warehouse, run_id, now, tenant, source, paths)
        run = _Run(warehouse, run_id, now, tenant, report, batch_records)
        sizes = [_size(p) for p in inputs.files]
        total, done = sum(sizes), 0
        for path, size in zip(inputs.files, sizes):
            file_report = FileReport(path=str(path))
            report.files.append(file_report)
            forced = COLLECTORS[source] if source else None
            on_bytes = (lambda n, base=done: progress(base + n, total)) if progress else None
            try:
                run.read_file(path, file_report, forced, on_bytes)
            except PathError as exc:
                file_report.status, file_report.error = "unreadable", str(exc)
                report.errors.append(str(exc))
            done += size
            if progress:
                progress(done, total)
        run.flush()
        report.quarantine_reasons = dict(sorted(run.reasons.items()))
        report.seconds = round(time.monotonic() - started, 3)
        _finish_run(warehouse, report)
    return report


def _size(path: Path) -> int:
    try:
        return path.stat().st_size
    except OSError:
        return 0


class _Run:
    """The mutable state of one run: the open batch, known ids, counters."""

    def __init__(self, warehouse: Warehouse, run_id: str, now: datetime, tenant: str | None,
                 report: IngestReport, batch_records: int) -> None:
        self.warehouse = warehouse
        self.run_id = run_id
        self.now = now
        self.now_us = int(now.timestamp() * 1_000_000)
        self.tenant = tenant
        self.report = report
        self.batch_records = batch_records
        self.rows: list[dict[str, Any]] = []
        self.row_files: list[FileReport] = []
        self.batch_bytes = 0
        self.quarantine: list[dict[str, Any]] = []
        self.known: dict[str, pl.Series] = {}  # date -> event ids stored (or written this run)
        self.reasons: Counter[str] = Counter()
        self.seq = 0

    # --- reading --------------------------------------------------------------------

    def read_file(self, path: Path, file_report: FileReport, forced: Collector | None, on_bytes) -> None:
        shown = str(path.resolve())
        collector = forced
        detected = forced is not None
        for chunk in iter_chunks(path, on_bytes):
            if isinstance(chunk, BadChunk):
                self._quarantine(file_report, shown, chunk.line, collector, chunk.reason, chunk.detail,
                                 mask_excerpt(chunk.excerpt))
                continue
            if not detected:
                collector = detect(chunk.value)
                detected = True
                if collector is None:
                    file_report.status = "unknown_format"
                else:
                    file_report.source = collector.id
            if collector is None:
                self._quarantine(file_report, shown, chunk.line, None, "unknown_format",
                                 "no collector recognises this file; name one with --source",
                                 _excerpt_of(chunk.value))
                continue
            if forced is None and not _matches(collector, chunk.value):
                self._quarantine(file_report, shown, chunk.line, collector, "unrecognised_record",
                                 f"not a {collector.id} record, unlike the rest of the file",
                                 _excerpt_of(chunk.value))
                continue
            try:
                records = collector.split(chunk.value)
            except RecordError as exc:
                self._quarantine(file_report, shown, chunk.line, collector, exc.reason, exc.detail,
                                 _excerpt_of(chunk.value))
                continue
            except Exception as exc:  # a collector bug on odd input must not end the run
                self._quarantine(file_report, shown, chunk.line, collector, "collector_error",
                                 f"{type(exc).__name__}: {exc}", _excerpt_of(chunk.value))
                continue
            source_ref = f"{shown}:{chunk.line}"
            for record in records:
                self._add_record(file_report, shown, chunk.line, source_ref, collector, record)
        if file_report.read == 0 and file_report.status == "ok":
            file_report.status = "empty"
        if forced is not None:
            file_report.source = forced.id

    def _add_record(self, file_report: FileReport, shown: str, line: int, source_ref: str,
                    collector: Collector, record: Any) -> None:
        try:
            row = self._event_row(collector, record, source_ref)
        except RecordError as exc:
            self._quarantine(file_report, shown, line, collector, exc.reason, exc.detail, _excerpt_of(record))
            return
        except Exception as exc:  # a collector bug on odd input must not end the run
            self._quarantine(file_report, shown, line, collector, "collector_error",
                             f"{type(exc).__name__}: {exc}", _excerpt_of(record))
            return
        file_report.read += 1
        self.report.read += 1
        self.rows.append(row)
        self.row_files.append(file_report)
        self.batch_bytes += len(row["raw"])
        if len(self.rows) >= self.batch_records or self.batch_bytes >= _BATCH_BYTES:
            self.flush()

    def _event_row(self, collector: Collector, record: Any, source_ref: str) -> dict[str, Any]:
        if not isinstance(record, dict):
            raise RecordError("not_an_object", f"a record must be a JSON object, got {type(record).__name__}")
        canonical = canonical_json(record)
        digest = hashlib.sha256(collector.id.encode())
        digest.update(b"\x00")
        digest.update(canonical)
        row = collector.normalise(record)
        notes = _check_row(collector, row)
        specific = collector.redact(record)
        redacted, changed = redact_record(specific)
        if changed or specific is not record:
            row["raw"] = orjson.dumps(redacted, option=orjson.OPT_SORT_KEYS).decode()
        else:  # nothing to hide: the canonical form already made for the id is the raw form
            row["raw"] = canonical.decode()
        row["event_id"] = digest.hexdigest()
        row["tenant"] = self.tenant or row.get("tenant") or "default"
        row["source"] = collector.id
        row["source_ref"] = source_ref
        row["ingested_at"] = self.now_us
        row["ingest_notes"] = "; ".join(notes) if notes else None
        return row

    def _quarantine(self, file_report: FileReport, shown: str, line: int, collector: Collector | None,
                    reason: str, detail: str, excerpt: str) -> None:
        file_report.read += 1
        file_report.quarantined += 1
        self.report.read += 1
        self.report.quarantined += 1
        self.reasons[reason] += 1
        key = hashlib.sha256(f"{shown}\x00{line}\x00{reason}\x00{excerpt}".encode()).hexdigest()
        self.quarantine.append({
            "quarantine_id": key, "run_id": self.run_id, "quarantined_at": _naive_utc(self.now), "path": shown,
            "line": line, "source": collector.id if collector else None, "reason": reason,
            "detail": detail[:1000], "excerpt": excerpt,
        })

    # --- writing --------------------------------------------------------------------

    def flush(self) -> None:
        if self.rows:
            self._write_events()
        if self.quarantine:
            self._write_quarantine()

    def _write_events(self) -> None:
        frame = pl.DataFrame(self.rows, schema=_BUILD_SCHEMA).with_columns(
            pl.col("ts", "ingested_at").cast(pl.Datetime("us", "UTC")),
        )
        dates = frame.select(pl.col("ts").dt.strftime("%Y-%m-%d")).to_series()
        is_new = frame.select(pl.col("event_id").is_first_distinct()).to_series()
        for date in dates.filter(is_new).unique(maintain_order=True).to_list():
            known = self._known_ids(date)
            in_date = (dates == date) & is_new
            is_new = is_new & ~(in_date & frame["event_id"].is_in(known.implode()))
            fresh = frame.filter(in_date & is_new)
            if fresh.height:
                self.seq += 1
                self.warehouse.write_events(fresh, date, f"part-{self.run_id}-{self.seq:05d}")
                self.known[date] = pl.concat([known, fresh["event_id"]])
        for file_report, new in zip(self.row_files, is_new.to_list()):
            if new:
                file_report.stored += 1
                self.report.stored += 1
            else:
                file_report.duplicates += 1
                self.report.duplicates += 1
        self.rows = []
        self.row_files = []
        self.batch_bytes = 0

    def _known_ids(self, date: str) -> pl.Series:
        if date not in self.known:
            self.known[date] = self.warehouse.stored_ids(date)
        return self.known[date]

    def _write_quarantine(self) -> None:
        frame = pl.DataFrame(self.quarantine)  # noqa: F841 - read by DuckDB's replacement scan
        with self.warehouse.state() as con:
            con.execute("INSERT OR IGNORE INTO quarantine SELECT * FROM frame")
        self.quarantine = []


def _matches(collector: Collector, value: Any) -> bool:
    try:
        return bool(collector.matches(value))
    except Exception:
        return False


def _check_row(collector: Collector, row: dict[str, Any]) -> list[str]:
    """Check what a collector returned, cut over-long text, and say what was cut."""
    ts = row.get("ts")
    if ts is None:
        raise RecordError("missing_timestamp", "record has no timestamp")
    notes = []
    for name, value in row.items():
        if value is None:
            continue
        expected = _PY_TYPES.get(name)
        if expected is None or name in _SET_BY_PIPELINE:
            raise RecordError("collector_error", f"{collector.id} set unexpected field {name!r}")
        if not isinstance(value, expected) or type(value) is bool:
            raise RecordError("collector_error", f"{collector.id} gave {name} as {type(value).__name__}")
        if expected is str and len(value) > TEXT_LIMIT:
            notes.append(f"{name} truncated from {len(value)} chars")
            row[name] = value[:TEXT_LIMIT]
    if not _MIN_TS <= ts < _MAX_TS:
        raise RecordError("bad_timestamp", f"timestamp out of range: {ts} µs since 1970")
    return notes


def _excerpt_of(value: Any) -> str:
    try:
        redacted, _ = redact_record(value)
        return orjson.dumps(redacted)[:_EXCERPT].decode("utf-8", errors="replace")
    except Exception:  # too deep to serialise: say what it was
        return f"<{type(value).__name__} that cannot be shown>"


def _start_run(warehouse: Warehouse, run_id: str, now: datetime, tenant: str | None,
               source: str | None, paths: list[str]) -> None:
    with warehouse.state() as con:
        # Runs still marked running are dead: we hold the ingest lock, so nobody else runs.
        con.execute("UPDATE ingest_runs SET status = 'aborted' WHERE status = 'running'")
        con.execute(
            "INSERT INTO ingest_runs (run_id, started_at, status, tenant, forced_source, paths) "
            "VALUES (?, ?, 'running', ?, ?, ?)",
            [run_id, _naive_utc(now), tenant, source, orjson.dumps(paths).decode()],
        )


def _finish_run(warehouse: Warehouse, report: IngestReport) -> None:
    with warehouse.state() as con:
        con.execute(
            "UPDATE ingest_runs SET finished_at = ?, status = 'done', read = ?, stored = ?, "
            "duplicates = ?, quarantined = ?, files = ? WHERE run_id = ?",
            [_naive_utc(datetime.now(timezone.utc)), report.read, report.stored, report.duplicates, report.quarantined,
             orjson.dumps([asdict(f) for f in report.files]).decode(), report.run_id],
        )


def _naive_utc(moment: datetime) -> datetime:
    """State tables hold UTC as plain TIMESTAMP (no time-zone library needed to read them)."""
    return moment.astimezone(timezone.utc).replace(tzinfo=None)
