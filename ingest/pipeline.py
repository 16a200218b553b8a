"""An ingest run: files in, normalised events and quarantined records out, nothing lost.

Every record read ends in exactly one of three places, so every run reconciles as
``read = stored + duplicates + quarantined``:

* stored: a new row in the events lake;
* duplicate: its ``event_id`` is already stored for its tenant, or came earlier in this run;
* quarantined: a row in the state database's ``quarantine`` table, with reason, path and line.

The main process reads files and cuts them into blocks of chunks; the per-record work
(``ingest.records``) runs in worker processes when the input is large enough to repay starting
them. Results come back in file order, so "first one wins" deduplication is deterministic.
Memory stays bounded: a fixed number of blocks in flight and batches of bounded size.
"""

from __future__ import annotations

import ctypes
import hashlib
import multiprocessing
import os
import secrets
import signal
import sys
import threading
import time
from collections import Counter, deque
from collections.abc import Callable, Iterator
from concurrent.futures import Executor, Future, ProcessPoolExecutor
from dataclasses import asdict, dataclass, field
from datetime import UTC, datetime
from functools import lru_cache
from pathlib import Path
from typing import Any, ParamSpec, TypeVar

import orjson
import polars as pl

import aisoc.ingest.tables  # noqa: F401 - registers the tables queried here
from aisoc.ingest.collectors import COLLECTORS, Collector, detect
from aisoc.ingest.errors import IngestError, PathError
from aisoc.ingest.kernel.clocks import state_time
from aisoc.ingest.paths import InputFile, expand_paths
from aisoc.ingest.reader import BadChunk, Chunk, RawChunk, iter_chunks, parse_chunk
from aisoc.ingest.records import BlockResult, Rejected, process_block
from aisoc.ingest.warehouse import Warehouse, dedup_key

__all__ = ["FileReport", "IngestReport", "ingest", "Progress", "BATCH_RECORDS"]

BATCH_RECORDS = 50_000
BLOCK_CHUNKS = 1_000
# Below this much input, starting worker processes costs more than it saves.
PARALLEL_MIN_BYTES = 16 << 20
_BATCH_BYTES = 96 << 20  # flush early when a batch holds this much (peak memory is a few times this)

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
    skipped: list[str] = field(default_factory=list)  # paths found in a walk or glob and not read
    skipped_reasons: list[dict[str, str]] = field(default_factory=list)  # {path, reason} for each of them
    errors: list[str] = field(default_factory=list)
    quarantine_reasons: dict[str, int] = field(default_factory=dict)
    workers: int = 1
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
    workers: int | None = None,
) -> IngestReport:
    """Ingest files, folders and globs into the warehouse and report what became of each record.

    ``source`` forces a collector for every file; without it the format is detected per file.
    ``tenant`` overrides the tenant of every record. ``workers`` caps the worker processes
    (default: one per CPU; 1 keeps everything in this process). Unreadable paths are listed
    in ``errors`` (the other paths are still ingested); bad records are quarantined.
    """
    if source is not None and source not in COLLECTORS:
        raise IngestError(f"unknown source {source!r}; known: {', '.join(COLLECTORS)}")
    started = time.monotonic()
    now = datetime.now(UTC)
    run_id = f"{now:%Y%m%dT%H%M%SZ}-{secrets.token_hex(3)}"
    report = IngestReport(run_id=run_id, warehouse=str(warehouse.root))
    inputs = expand_paths(paths)
    report.skipped = [str(s.path) for s in inputs.skipped]
    report.skipped_reasons = [{"path": str(s.path), "reason": s.reason} for s in inputs.skipped]
    report.errors = list(inputs.missing)
    sizes = [_size(f.path) for f in inputs.files]
    wanted = workers if workers is not None else (os.cpu_count() or 1)
    report.workers = wanted if wanted > 1 and sum(sizes) >= PARALLEL_MIN_BYTES else 1

    with warehouse.ingest_lock(on_wait=on_lock_wait):
        warehouse.remove_leftovers()
        _start_run(warehouse, run_id, now, tenant, source, paths)
        run = _Run(warehouse, run_id, now, tenant, report, batch_records)
        forced = COLLECTORS[source] if source else None
        jobs = _jobs(inputs.files, sizes, report, forced, tenant, run.now_us, progress)
        with _executor(report.workers) as executor:
            for file_report, result in _in_order(executor, jobs, max_in_flight=2 * report.workers):
                run.add(file_report, result)
        run.flush()
        for file_report in report.files:
            if file_report.read == 0 and file_report.status == "ok":
                file_report.status = "empty"
        report.quarantine_reasons = dict(sorted(run.reasons.items()))
        report.seconds = round(time.monotonic() - started, 3)
        _finish_run(warehouse, report)
    return report


# --- reading: files into blocks of work -----------------------------------------------

# A block and what ``process_block`` needs with it: (collector id, check shape, shown path, chunks, tenant, now µs).
_BlockArgs = tuple[str | None, bool, str, list[Chunk | RawChunk | BadChunk], str | None, int]
_Job = tuple[FileReport, _BlockArgs]


def _jobs(
    files: list[InputFile],
    sizes: list[int],
    report: IngestReport,
    forced: Collector | None,
    tenant: str | None,
    now_us: int,
    progress: Progress | None,
) -> Iterator[_Job]:
    """Blocks of chunks, file by file, each with the arguments ``process_block`` takes."""
    total, done = sum(sizes), 0
    for path, size in zip(files, sizes):
        file_report = FileReport(path=str(path.path))
        report.files.append(file_report)
        on_bytes = (lambda n, base=done: progress(base + n, total)) if progress else None
        try:
            yield from _file_jobs(path, file_report, forced, tenant, now_us, on_bytes)
        except (PathError, OSError) as exc:  # missing, unreadable, or failing mid-read
            message = str(exc) if isinstance(exc, PathError) else f"{path}: read failed: {exc.strerror or exc}"
            file_report.status, file_report.error = "unreadable", message
            report.errors.append(message)
        done += size
        if progress:
            progress(done, total)


def _file_jobs(
    path: InputFile,
    file_report: FileReport,
    forced: Collector | None,
    tenant: str | None,
    now_us: int,
    on_bytes: Callable[[int], None] | None,
) -> Iterator[_Job]:
    shown = _resolved(str(path.path))
    collector_id = forced.id if forced else None
    file_report.source = collector_id
    detected = forced is not None
    block: list[Chunk | RawChunk | BadChunk] = []
    for chunk in iter_chunks(path, on_bytes, keep_raw=True):
        if not detected and type(chunk) is not BadChunk:
            if type(chunk) is RawChunk:
                chunk = parse_chunk(chunk)
            if type(chunk) is Chunk:  # the first record that parses decides the format
                detected = True
                collector = detect(chunk.value)
                collector_id = collector.id if collector else None
                file_report.source = collector_id
                file_report.status = "ok" if collector else "unknown_format"
        block.append(chunk)
        if len(block) >= BLOCK_CHUNKS:
            yield file_report, (collector_id, forced is None, shown, block, tenant, now_us)
            block = []
    if block:
        yield file_report, (collector_id, forced is None, shown, block, tenant, now_us)


_P = ParamSpec("_P")
_T = TypeVar("_T")


class _Inline(Executor):
    """Runs work in this process: the executor for small inputs and ``workers=1``."""

    def submit(self, fn: Callable[_P, _T], /, *args: _P.args, **kwargs: _P.kwargs) -> Future[_T]:
        future: Future[_T] = Future()
        try:
            future.set_result(fn(*args, **kwargs))
        except BaseException as exc:
            future.set_exception(exc)
        return future


def _executor(workers: int) -> Executor:
    if workers <= 1:
        return _Inline()
    # spawn, not fork: forking a process whose polars thread pool is running can deadlock.
    return ProcessPoolExecutor(
        max_workers=workers,
        mp_context=multiprocessing.get_context("spawn"),
        initializer=_exit_with_parent,
        initargs=(os.getpid(),),
    )


_PR_SET_PDEATHSIG = 1


def _exit_with_parent(parent_pid: int) -> None:
    """Run in each worker at start: end the worker when the ingest that started it ends.

    A worker waits on its task queue forever, so a parent killed with SIGKILL (no chance to shut
    the pool down) would leave it running. On Linux the kernel sends the worker SIGKILL when the
    parent dies (PR_SET_PDEATHSIG); elsewhere, and as a second line, a thread notices that the
    worker's parent has changed (it was re-parented) and exits.
    """
    if sys.platform.startswith("linux"):
        try:
            libc = ctypes.CDLL(None, use_errno=True)
            libc.prctl(_PR_SET_PDEATHSIG, signal.SIGKILL, 0, 0, 0)
        except (OSError, AttributeError):
            pass  # no prctl: the watcher below still ends the worker
    if os.getppid() != parent_pid:  # the parent died before the line above took effect
        os._exit(1)
    threading.Thread(target=_watch_parent, args=(parent_pid,), name="aisoc-parent-watch", daemon=True).start()


def _watch_parent(parent_pid: int) -> None:
    while os.getppid() == parent_pid:
        time.sleep(1.0)
    os._exit(1)


def _in_order(executor: Executor, jobs: Iterator[_Job], max_in_flight: int) -> Iterator[tuple[FileReport, BlockResult]]:
    """Results of the jobs in submission order, with a bounded number in flight."""
    pending: deque[tuple[FileReport, Future[BlockResult]]] = deque()
    for file_report, args in jobs:
        pending.append((file_report, executor.submit(process_block, *args)))
        while len(pending) > max_in_flight:
            file_report_done, future = pending.popleft()
            yield file_report_done, future.result()
    while pending:
        file_report_done, future = pending.popleft()
        yield file_report_done, future.result()


# --- writing: batches of rows to Parquet, rejects to quarantine ------------------------


class _Run:
    """The mutable state of one run: the open batch, known ids, counters."""

    def __init__(
        self,
        warehouse: Warehouse,
        run_id: str,
        now: datetime,
        tenant: str | None,
        report: IngestReport,
        batch_records: int,
    ) -> None:
        self.warehouse = warehouse
        self.run_id = run_id
        self.now = now
        self.now_us = int(now.timestamp() * 1_000_000)
        self.report = report
        self.batch_records = batch_records
        self.frames: list[pl.DataFrame] = []
        self.segments: list[tuple[FileReport, int]] = []  # which file each run of rows came from
        self.batch_rows = 0
        self.batch_bytes = 0
        self.quarantine: list[dict[str, Any]] = []
        self.known: dict[str, pl.Series] = {}  # date -> dedup keys stored (or written this run)
        self.reasons: Counter[str] = Counter()
        self.seq = 0

    def add(self, file_report: FileReport, result: BlockResult) -> None:
        file_report.read += result.read
        self.report.read += result.read
        for rejected in result.rejected:
            self._quarantine(file_report, rejected)
        if result.frame.height:
            self.frames.append(result.frame)
            self.segments.append((file_report, result.frame.height))
            self.batch_rows += result.frame.height
            self.batch_bytes += int(result.frame.estimated_size())  # bytes: an int (the type allows other units)
        if self.batch_rows >= self.batch_records or self.batch_bytes >= _BATCH_BYTES:
            self.flush()

    def _quarantine(self, file_report: FileReport, rejected: Rejected) -> None:
        file_report.quarantined += 1
        self.report.quarantined += 1
        self.reasons[rejected.reason] += 1
        path = _resolved(file_report.path)
        key = hashlib.sha256(f"{path}\x00{rejected.line}\x00{rejected.reason}\x00{rejected.excerpt}".encode())
        self.quarantine.append(
            {
                "quarantine_id": key.hexdigest(),
                "run_id": self.run_id,
                "quarantined_at": state_time(self.now),
                "path": path,
                "line": rejected.line,
                "source": rejected.source,
                "reason": rejected.reason,
                "detail": rejected.detail[:1000],
                "excerpt": rejected.excerpt,
            }
        )

    def flush(self) -> None:
        if self.frames:
            self._write_events()
        if self.quarantine:
            self._write_quarantine()

    def _write_events(self) -> None:
        frame = pl.concat(self.frames).with_columns(
            pl.col("ts").dt.strftime("%Y-%m-%d").alias("_date"), dedup_key().alias("_key")
        )
        dates = frame["_date"].unique().to_list()
        known = pl.concat([self._known_keys(date) for date in dates])
        is_new = frame.select(pl.col("_key").is_first_distinct() & ~pl.col("_key").is_in(known.implode())).to_series()
        for (date,), part in frame.filter(is_new).partition_by("_date", as_dict=True).items():
            keys = part["_key"]
            part = part.drop("_date", "_key")
            self.seq += 1
            self.warehouse.write_events(part, date, f"part-{self.run_id}-{self.seq:05d}")
            self.known[date] = pl.concat([self.known[date], keys])
        offset = 0
        for file_report, rows in self.segments:
            new = int(is_new.slice(offset, rows).sum())
            offset += rows
            file_report.stored += new
            file_report.duplicates += rows - new
            self.report.stored += new
            self.report.duplicates += rows - new
        self.frames, self.segments = [], []
        self.batch_rows = self.batch_bytes = 0

    def _known_keys(self, date: str) -> pl.Series:
        if date not in self.known:
            self.known[date] = self.warehouse.stored_keys(date)
        return self.known[date]

    def _write_quarantine(self) -> None:
        with self.warehouse.state() as con:
            con.register("new_quarantine", pl.DataFrame(self.quarantine))
            con.execute("INSERT OR IGNORE INTO quarantine SELECT * FROM new_quarantine")
        self.quarantine = []


@lru_cache(maxsize=256)
def _resolved(path: str) -> str:
    return str(Path(path).resolve())


def _size(path: Path) -> int:
    try:
        return path.stat().st_size
    except OSError:
        return 0


def _start_run(
    warehouse: Warehouse, run_id: str, now: datetime, tenant: str | None, source: str | None, paths: list[str]
) -> None:
    with warehouse.state() as con:
        # Runs still marked running are dead: we hold the ingest lock, so nobody else runs.
        con.execute("UPDATE ingest_runs SET status = 'aborted' WHERE status = 'running'")
        con.execute(
            "INSERT INTO ingest_runs (run_id, started_at, status, tenant, forced_source, paths) "
            "VALUES (?, ?, 'running', ?, ?, ?)",
            [run_id, state_time(now), tenant, source, orjson.dumps(paths).decode()],
        )


def _finish_run(warehouse: Warehouse, report: IngestReport) -> None:
    with warehouse.state() as con:
        con.execute(
            "UPDATE ingest_runs SET finished_at = ?, status = 'done', read = ?, stored = ?, "
            "duplicates = ?, quarantined = ?, files = ? WHERE run_id = ?",
            [
                state_time(datetime.now(UTC)),
                report.read,
                report.stored,
                report.duplicates,
                report.quarantined,
                orjson.dumps([asdict(f) for f in report.files]).decode(),
                report.run_id,
            ],
        )
