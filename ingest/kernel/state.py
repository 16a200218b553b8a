"""The state database (DuckDB): ingest runs, quarantine, alerts, the detection jobs' progress, the
console's users, audit log, triage and settings, and incident cases. Each subsystem declares its
own tables (``aisoc.ingest.kernel.migrations``); a write connection brings them up to date.

DuckDB lets one process write a database file at a time, and the console, a scheduled
detection job and an ingest run may all be alive together. So every caller holds a
connection only for one short transaction, and opening retries while another process holds
the file, for up to ``LOCK_WAIT_SECONDS``; a lock conflict never reaches the user as such.
"""

from __future__ import annotations

import fcntl
import random
import shutil
import threading
import time
import warnings
from collections.abc import Callable, Iterator, Sequence
from contextlib import AbstractContextManager, contextmanager
from datetime import datetime
from pathlib import Path
from typing import cast

import duckdb
import polars as pl

from aisoc.ingest.kernel import migrations
from aisoc.ingest.kernel.clocks import utcnow
from aisoc.ingest.kernel.errors import WarehouseError
from aisoc.ingest.kernel.migrations import Applied, Tables

__all__ = ["open_state", "migrate_state", "backup_state", "query_frame", "LOCK_WAIT_SECONDS"]

LOCK_WAIT_SECONDS = 60.0


@contextmanager
def open_state(
    path: Path,
    read_only: bool = False,
    *,
    tables: Sequence[Tables] = (),
    migration_lock: Callable[[], AbstractContextManager[object]] | None = None,
) -> Iterator[duckdb.DuckDBPyConnection]:
    """A short-lived connection to the state database, created if new.

    A write connection first creates the tables of ``tables`` that the warehouse lacks
    (``migrate_state``, under ``migration_lock``). Later migrations of an owner the warehouse
    already has wait for ``aisoc warehouse upgrade``, which backs the state up first:
    ``WarehouseError`` says so. A read-only connection never migrates: it reads what is there.
    The body runs in one transaction that commits on success and rolls back on error.
    """
    con = _connect(path, read_only)
    try:
        # Checked on every connection, not remembered per process: a warehouse deleted and made
        # again (or restored from a backup) at the same path is a different database, and no
        # file identity the OS offers tells them apart. The check is one small query.
        todo = migrations.pending(con, tables) if tables and not read_only else []
        if todo:
            migrations.refuse_upgrades(path, todo, migrations.applied_versions(con))
            # Never wait for the lock while holding the file: the lock's holder (an ingest
            # run) may be waiting for the file.
            con.close()
            migrate_state(path, tables, lock=migration_lock)
            con = _connect(path, read_only)
        con.execute("BEGIN TRANSACTION")
        try:
            yield con
        except BaseException:
            con.execute("ROLLBACK")
            raise
        con.execute("COMMIT")
    finally:
        con.close()


def migrate_state(
    path: Path, tables: Sequence[Tables], *, lock: Callable[[], AbstractContextManager[object]] | None = None
) -> list[Applied]:
    """Apply the pending migrations of ``tables`` in one transaction, under ``lock`` (the
    warehouse's ingest lock; re-entrant, so an ingest run may call this while holding it).
    Returns what was applied: nothing when another process got there first."""
    with lock() if lock is not None else _MIGRATING:
        con = _connect(path, read_only=False)
        try:
            con.execute("BEGIN TRANSACTION")
            try:
                applied = migrations.apply_pending(con, tables, utcnow())
            except BaseException:
                con.execute("ROLLBACK")
                raise
            con.execute("COMMIT")
        except duckdb.Error as exc:
            raise WarehouseError(f"{path}: cannot bring the state database up to date: {exc}") from None
        finally:
            con.close()
    return applied


def backup_state(path: Path, moment: datetime) -> Path:
    """Copy the state database to ``<name>.bak-<UTC timestamp>`` beside it and return the copy.

    Call with no connection to it open in this process. While copying, this holds the same OS
    lock on the file that DuckDB takes, so another process cannot open it half-copied: its
    ``open_state`` waits, as it waits for any writer.
    """
    stamp = f"{moment:%Y%m%dT%H%M%SZ}"
    target = path.with_name(f"{path.name}.bak-{stamp}")
    if target.exists():
        raise WarehouseError(f"{target}: a backup of that second exists already; try again")
    try:
        with open(path, "rb+") as source:
            fcntl.lockf(source, fcntl.LOCK_EX)
            # Copy through this descriptor only: POSIX record locks belong to the process, and
            # closing ANY descriptor of the file (as shutil.copy2(path, ...) would) drops them.
            with open(target, "xb") as copy:
                shutil.copyfileobj(source, copy)
            shutil.copystat(path, target)
            wal = path.with_name(path.name + ".wal")  # left by a process that died mid-write
            if wal.exists():
                shutil.copy2(wal, target.with_name(target.name + ".wal"))
    except OSError as exc:
        raise WarehouseError(f"{path}: cannot back up the state database: {exc.strerror or exc}") from None
    return target


_MIGRATING = threading.RLock()  # migrations without a lock file still run one thread at a time


def _connect(path: Path, read_only: bool) -> duckdb.DuckDBPyConnection:
    deadline = time.monotonic() + LOCK_WAIT_SECONDS
    delay = 0.02
    while True:
        try:
            return duckdb.connect(str(path), read_only=read_only)
        except (duckdb.IOException, duckdb.ResourceInUseException) as exc:
            # ResourceInUse: two threads of this process opened the file at the same moment (a
            # race in DuckDB's per-process cache of open databases); the next try finds it open.
            if "lock" not in str(exc).lower() and not isinstance(exc, duckdb.ResourceInUseException):
                raise WarehouseError(f"{path}: cannot open state database: {exc}") from None
            if time.monotonic() >= deadline:
                raise WarehouseError(
                    f"{path}: state database stayed busy for {LOCK_WAIT_SECONDS:.0f} s "
                    "(another aisoc process is writing)"
                ) from None
            time.sleep(delay * (1 + random.random()))
            delay = min(delay * 2, 0.5)
        except duckdb.Error as exc:
            raise WarehouseError(f"{path}: cannot open state database: {exc}") from None


def query_frame(con: duckdb.DuckDBPyConnection, sql: str, args: Sequence[object] = ()) -> pl.DataFrame:
    """The result as a polars frame, typed even when empty.

    ``con.sql`` would avoid the copy DuckDB warns about, but refuses to run while an earlier
    ``execute`` result on the connection is unfinished; these results are a page of rows.
    """
    with warnings.catch_warnings():
        warnings.filterwarnings("ignore", message="Arrow output on a DB-API result")
        table = con.execute(sql, list(args)).to_arrow_table()
        return cast(pl.DataFrame, pl.from_arrow(table))  # a Table becomes a frame (only an array gives a Series)
