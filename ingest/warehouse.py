"""The warehouse: a folder holding the events lake (Parquet) and the state database.

Layout::

    <root>/events/date=YYYY-MM-DD/<source>-<run>-<seq>.parquet   events, one file per write
    <root>/state.duckdb                                           runs, quarantine, alerts, cursors, outbox, cases
    <root>/aisoc.toml                                             settings, when present (alerting, connectors)
    <root>/ingest.lock                                            held while an ingest run writes
    <root>/detect.lock, deliver.lock                              held by a detection run / an outbox flush

Parquet files are written to a hidden temporary name and renamed into place, so a killed run
leaves either a whole file or none; leftovers of a killed run are removed by the next run.
"""

from __future__ import annotations

import os
import time
from collections.abc import Callable, Iterable, Iterator
from contextlib import AbstractContextManager, ExitStack, contextmanager
from pathlib import Path

import duckdb
import polars as pl

from aisoc.ingest.kernel.errors import LockBusy, WarehouseError
from aisoc.ingest.kernel.locks import hold_lock
from aisoc.ingest.kernel.migrations import registered
from aisoc.ingest.kernel.settings import HOME
from aisoc.ingest.kernel.state import LOCK_WAIT_SECONDS, open_state
from aisoc.ingest.kernel.userfiles import CONFIG_NAME
from aisoc.ingest.schema import POLARS_SCHEMA

__all__ = ["CONFIG_NAME", "Warehouse", "dedup_key", "resolve_root", "DEFAULT_ROOT", "HOME_ENV"]

HOME_ENV = HOME.name
DEFAULT_ROOT = Path(".aisoc")
_TMP_PREFIX = ".tmp-"


def resolve_root(option: str | os.PathLike[str] | None) -> Path:
    """``--warehouse`` if given, else ``$AISOC_HOME``, else ``./.aisoc``."""
    if option:
        return Path(option)
    return HOME.path(DEFAULT_ROOT)


class Warehouse:
    """A warehouse folder. Creating the object touches nothing; ``create()`` makes the folder."""

    def __init__(self, root: str | os.PathLike[str]) -> None:
        self.root = Path(root)
        self.events_dir = self.root / "events"
        self.state_path = self.root / "state.duckdb"
        self.config_path = self.root / CONFIG_NAME  # settings: alerting, connectors (read when present)

    def create(self) -> Warehouse:
        try:
            self.events_dir.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            raise WarehouseError(f"{self.root}: cannot create warehouse: {exc.strerror or exc}") from None
        return self

    def state(self, read_only: bool = False) -> AbstractContextManager[duckdb.DuckDBPyConnection]:
        """A short transaction on the state database (see ``ingest.kernel.state``).

        A write connection first creates the missing tables of every owner whose ``tables`` module this
        process imported, under the ingest lock (re-entrant: an ingest run holding it opens the
        state too), waiting for another process's ingest run at most ``LOCK_WAIT_SECONDS``.
        """
        return open_state(
            self.state_path, read_only=read_only, tables=registered(), migration_lock=self._migration_lock
        )

    @contextmanager
    def _migration_lock(self) -> Iterator[None]:
        """The ingest lock, waited for as long as a busy state database is (then ``LockBusy``):
        a command that needs new tables while another process ingests must not hang unseen."""
        deadline = time.monotonic() + LOCK_WAIT_SECONDS
        held = ExitStack()
        while True:
            try:
                held.enter_context(self.lock("ingest", wait=False))
                break
            except LockBusy as exc:
                if time.monotonic() >= deadline:
                    raise LockBusy(
                        f"{exc}; waited {LOCK_WAIT_SECONDS:.0f} s to create the tables this command needs: "
                        "try again when that run has finished"
                    ) from None
                time.sleep(0.2)
        with held:
            yield

    @contextmanager
    def ingest_lock(self, on_wait: Callable[[], object] | None = None) -> Iterator[None]:
        """Exclusive right to add events. An OS file lock: a dead holder cannot leave it behind."""
        with self.lock("ingest", on_wait=on_wait):
            yield

    @contextmanager
    def lock(self, name: str, *, on_wait: Callable[[], object] | None = None, wait: bool = True) -> Iterator[None]:
        """Hold ``<root>/<name>.lock`` (see ``aisoc.ingest.kernel.locks``)."""
        self.create()
        with hold_lock(
            self.root / f"{name}.lock", f"{self.root}: another aisoc {name} run", on_wait=on_wait, wait=wait
        ):
            yield

    # --- events lake -------------------------------------------------------------------

    def partition_dir(self, date: str) -> Path:
        return self.events_dir / f"date={date}"

    def event_files(self, dates: Iterable[str] | None = None) -> list[Path]:
        """Stored Parquet files, all or for the given dates (``YYYY-MM-DD``)."""
        if not self.events_dir.exists():
            return []
        dirs = [self.partition_dir(d) for d in dates] if dates is not None else sorted(self.events_dir.glob("date=*"))
        return sorted(p for d in dirs if d.is_dir() for p in d.glob("*.parquet") if not p.name.startswith(_TMP_PREFIX))

    def scan_events(self) -> pl.LazyFrame:
        """All stored events as a lazy frame with the contract schema (empty when none)."""
        files = self.event_files()
        if not files:
            return pl.LazyFrame(schema=POLARS_SCHEMA)
        return pl.scan_parquet(files, schema=POLARS_SCHEMA, hive_partitioning=False)

    def stored_keys(self, date: str) -> pl.Series:
        """The deduplication keys (``dedup_key``) of the events stored for one date."""
        files = self.event_files([date])
        if not files:
            return pl.Series("_key", [], dtype=pl.String)
        return pl.scan_parquet(files, hive_partitioning=False).select(dedup_key().alias("_key")).collect().to_series()

    def write_events(self, frame: pl.DataFrame, date: str, name: str) -> Path:
        """Write one date's events atomically (temp file, fsync, rename) and return the path."""
        directory = self.partition_dir(date)
        directory.mkdir(parents=True, exist_ok=True)
        final = directory / f"{name}.parquet"
        temp = directory / f"{_TMP_PREFIX}{name}.parquet"
        frame.write_parquet(temp, compression="zstd", statistics=True)
        with open(temp, "rb") as handle:
            os.fsync(handle.fileno())
        os.replace(temp, final)
        _fsync_dir(directory)
        return final

    def remove_leftovers(self) -> int:
        """Delete temporary files a killed run left behind. Call only under the ingest lock."""
        removed = 0
        if self.events_dir.exists():
            for leftover in self.events_dir.glob(f"date=*/{_TMP_PREFIX}*"):
                leftover.unlink(missing_ok=True)
                removed += 1
        return removed


def dedup_key() -> pl.Expr:
    """What makes an event a duplicate: its ``event_id`` within its tenant.

    The id alone hashes only the record, so the same record written by two tenants' systems has
    one id; deduplicating on the id alone would let whichever tenant's copy came first hide the
    other's. The id ends the key at a fixed length (64 hex digits), so whatever a tenant name
    holds, no two (tenant, id) pairs share a key.
    """
    return pl.concat_str([pl.col("tenant").fill_null(""), pl.col("event_id")], separator="\x00")


def _fsync_dir(directory: Path) -> None:
    fd = os.open(directory, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)
