"""What a detector has not seen yet, and the stored events around it.

The cursor is ingestion-based, not event-time based: the events lake is a set of immutable Parquet
files (``ingest.warehouse``), and each detector records the files it has consumed, in the same
transaction as the alerts they produced. New work is every stored file not consumed yet —
whatever its events' timestamps — so a late-arriving event is never skipped, and a run killed at
any point resumes exactly where its last commit left it.

Pending files are cut into batches at date-partition boundaries, in date order, greedily up to
``max_events``. Cutting the same pending list always gives the same batches, so a restarted run
repeats the batches an uninterrupted one would have run.

Windowed detectors (Sigma correlations, behaviour windows) also need *context*: already-consumed
events within ``lateness`` of a batch's time span, read from the date partitions that span touches.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta
from pathlib import Path
from typing import cast

import polars as pl
import pyarrow.parquet as pq

from aisoc.ingest.kernel.clocks import state_time
from aisoc.ingest.schema import POLARS_SCHEMA
from aisoc.ingest.warehouse import Warehouse

__all__ = ["StoredFile", "stored_files", "batches", "read_batch", "read_events", "context_events", "file_key"]


@dataclass(frozen=True)
class StoredFile:
    key: str  # "date=YYYY-MM-DD/name.parquet": stable across warehouse moves
    path: Path
    date: str

    @property
    def rows(self) -> int:
        return pq.read_metadata(self.path).num_rows


def file_key(path: Path) -> str:
    return f"{path.parent.name}/{path.name}"


def stored_files(warehouse: Warehouse, dates: Iterable[str] | None = None) -> list[StoredFile]:
    return [StoredFile(file_key(p), p, p.parent.name.removeprefix("date=")) for p in warehouse.event_files(dates)]


def batches(files: Sequence[StoredFile], max_events: int) -> list[list[tuple[StoredFile, int]]]:
    """``files`` in date order, cut between dates once a batch holds ``max_events`` or more."""
    by_date: dict[str, list[StoredFile]] = {}
    for f in sorted(files, key=lambda f: (f.date, f.key)):
        by_date.setdefault(f.date, []).append(f)
    out: list[list[tuple[StoredFile, int]]] = []
    current: list[tuple[StoredFile, int]] = []
    size = 0
    for date in sorted(by_date):
        if current and size >= max_events:
            out.append(current)
            current, size = [], 0
        for f in by_date[date]:
            rows = f.rows
            current.append((f, rows))
            size += rows
    if current:
        out.append(current)
    return out


def read_events(
    paths: Sequence[Path],
    *,
    since: datetime | None = None,
    until: datetime | None = None,
    columns: Sequence[str] | None = None,
) -> pl.DataFrame:
    if not paths:
        return pl.DataFrame(schema=POLARS_SCHEMA)
    frame = pl.scan_parquet(list(paths), schema=POLARS_SCHEMA, hive_partitioning=False)
    if since is not None:
        frame = frame.filter(pl.col("ts") >= since)
    if until is not None:
        frame = frame.filter(pl.col("ts") < until)
    if columns is not None:
        frame = frame.select(columns)
    return frame.collect()


def read_batch(
    batch: Sequence[tuple[StoredFile, int]], *, since: datetime | None = None, until: datetime | None = None
) -> tuple[pl.DataFrame, list[list]]:
    """The batch's events, and per file ``[key, events, min ts, max ts]`` (naive UTC) for the cursor."""
    paths = [f.path for f, _ in batch]
    frame = pl.scan_parquet(paths, schema=POLARS_SCHEMA, hive_partitioning=False, include_file_paths="_file")
    if since is not None:
        frame = frame.filter(pl.col("ts") >= since)
    if until is not None:
        frame = frame.filter(pl.col("ts") < until)
    events = frame.collect()
    ranges = {
        row["_file"]: (row["lo"], row["hi"])
        for row in events.group_by("_file").agg(lo=pl.col("ts").min(), hi=pl.col("ts").max()).iter_rows(named=True)
    }
    inputs = []
    for stored, rows in batch:
        lo, hi = ranges.get(str(stored.path), (None, None))
        inputs.append([stored.key, rows, state_time(lo), state_time(hi)])
    return events.drop("_file"), inputs


def context_events(
    warehouse: Warehouse, consumed: set[str], batch: pl.DataFrame, lateness: timedelta, exclude: set[str]
) -> pl.DataFrame:
    """Consumed events within ``lateness`` of the batch's time span (none when lateness is zero)."""
    times = batch.get_column("ts").drop_nulls()
    if lateness <= timedelta(0) or times.is_empty():
        return pl.DataFrame(schema=POLARS_SCHEMA)
    # ts is a Datetime column, so its bounds are datetimes (polars types min/max as any literal).
    start, end = cast(datetime, times.min()) - lateness, cast(datetime, times.max()) + lateness
    dates = [d.strftime("%Y-%m-%d") for d in pl.date_range(start.date(), end.date(), eager=True).to_list()]
    files = [f.path for f in stored_files(warehouse, dates) if f.key in consumed and f.key not in exclude]
    return read_events(files, since=start, until=end + timedelta(microseconds=1))
