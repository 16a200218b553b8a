"""Every owner of state tables in one list, and what the commands about a whole warehouse need
(``aisoc warehouse info | upgrade``): where its schema stands, and bringing it up to date after
a backup copy. Other code imports only the owners it queries. A new ``tables.py`` belongs in
``ALL_TABLES`` too (a test checks that none is missing)."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

import polars as pl

from aisoc.analytics.access.tables import TABLES as ACCESS
from aisoc.analytics.alerting.tables import TABLES as ALERTING
from aisoc.analytics.cases.tables import TABLES as CASES
from aisoc.analytics.delivery.tables import TABLES as DELIVERY
from aisoc.analytics.huntsql.tables import TABLES as HUNTSQL
from aisoc.analytics.jobs.tables import TABLES as JOBS
from aisoc.ingest.kernel.clocks import utcnow
from aisoc.ingest.kernel.migrations import Applied, OwnerStatus, Tables, pending, schema_status
from aisoc.ingest.kernel.state import backup_state, migrate_state
from aisoc.ingest.tables import TABLES as INGEST
from aisoc.ingest.warehouse import Warehouse

__all__ = ["ALL_TABLES", "WarehouseInfo", "Upgrade", "warehouse_info", "upgrade"]

ALL_TABLES: tuple[Tables, ...] = (INGEST, ALERTING, JOBS, DELIVERY, ACCESS, HUNTSQL, CASES)


@dataclass(frozen=True)
class WarehouseInfo:
    root: Path
    state: Path
    state_exists: bool
    schema: list[OwnerStatus]
    event_files: int
    event_rows: int


@dataclass(frozen=True)
class Upgrade:
    backup: Path | None  # None: nothing was pending, nothing copied
    applied: list[Applied] = field(default_factory=list)


def warehouse_info(wh: Warehouse) -> WarehouseInfo:
    """Schema versions per owner and the size of the events lake, read without writing anything.

    Event rows come from the Parquet footers, so this stays cheap on a large lake.
    """
    exists = wh.state_path.exists()
    if exists:
        with wh.state(read_only=True) as con:
            schema = schema_status(con, ALL_TABLES)
    else:
        schema = schema_status(None, ALL_TABLES)
    files = wh.event_files()
    rows = pl.scan_parquet(files, hive_partitioning=False).select(pl.len()).collect().item() if files else 0
    return WarehouseInfo(wh.root, wh.state_path, exists, schema, len(files), int(rows))


def upgrade(wh: Warehouse, on_wait: Callable[[], object] | None = None) -> Upgrade:
    """Apply every owner's pending migrations, after copying the state database aside.

    Holds the ingest lock throughout (``on_wait`` is called if an ingest run has it), so no other
    aisoc process migrates meanwhile; the copy is made with no connection open.
    """
    if not wh.state_path.exists():
        return Upgrade(None)
    with wh.ingest_lock(on_wait=on_wait):
        with wh.state(read_only=True) as con:
            todo = pending(con, ALL_TABLES)
        if not todo:
            return Upgrade(None)
        backup = backup_state(wh.state_path, utcnow())
        applied = migrate_state(wh.state_path, ALL_TABLES, lock=wh.ingest_lock)
    return Upgrade(backup, applied)
