"""Reading the quarantine back: what could not be stored, why, and where it was."""

from __future__ import annotations

from typing import Any

import aisoc.ingest.tables  # noqa: F401 - registers the tables queried here
from aisoc.ingest.warehouse import Warehouse

__all__ = ["list_quarantine"]


def list_quarantine(
    warehouse: Warehouse, *, run_id: str | None = None, reason: str | None = None, limit: int = 100
) -> list[dict[str, Any]]:
    """Quarantined records, newest first, as dicts."""
    if not warehouse.state_path.exists():
        return []
    where, params = [], []
    if run_id:
        where.append("run_id = ?")
        params.append(run_id)
    if reason:
        where.append("reason = ?")
        params.append(reason)
    sql = "SELECT * FROM quarantine"
    if where:
        sql += " WHERE " + " AND ".join(where)
    sql += " ORDER BY quarantined_at DESC, path, line LIMIT ?"
    # A write connection: it creates the ingest tables when only other subsystems (users, cases)
    # wrote this warehouse so far, where a read-only one would meet no quarantine table.
    with warehouse.state() as con:
        cursor = con.execute(sql, [*params, limit])
        names = [d[0] for d in cursor.description]
        return [dict(zip(names, row)) for row in cursor.fetchall()]
