"""The audit log: every analyst action, append-only and hash-chained.

Each row's ``hash`` is SHA-256 over its own fields and the previous row's hash, so changing,
removing or reordering any row breaks every hash after it; ``verify`` recomputes the chain.
An action and its audit row commit in one transaction (``recorded``): there is no action without
its record, and no record of an action that did not happen.
"""

from __future__ import annotations

import hashlib
import threading
from collections.abc import Iterator, Mapping
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import datetime
from typing import Any

import duckdb
import orjson

from ingest.state import utcnow

__all__ = ["recorded", "append", "verify", "entries", "ChainReport", "GENESIS"]

GENESIS = "0" * 64
# Console sessions are threads of one process sharing one DuckDB instance: two appends in
# parallel transactions would both take the same next seq. Writes through ``recorded`` queue here.
_WRITE = threading.Lock()


def _digest(seq: int, at: datetime, actor: str, action: str, target: str | None, detail: str, prev: str) -> str:
    body = orjson.dumps([seq, at.isoformat(), actor, action, target, detail, prev])
    return hashlib.sha256(body).hexdigest()


def append(con: duckdb.DuckDBPyConnection, actor: str, action: str, target: str | None = None,
           detail: Mapping[str, Any] | None = None, *, at: datetime | None = None) -> int:
    """Add one row at the end of the chain, in the caller's transaction; returns its seq."""
    at = at or utcnow()
    last = con.execute("SELECT seq, hash FROM audit_log ORDER BY seq DESC LIMIT 1").fetchone()
    seq, prev = (last[0] + 1, last[1]) if last else (1, GENESIS)
    text = orjson.dumps(dict(detail or {}), option=orjson.OPT_SORT_KEYS).decode()
    con.execute("INSERT INTO audit_log VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                [seq, at, actor, action, target, text, prev, _digest(seq, at, actor, action, target, text, prev)])
    return seq


@contextmanager
def recorded(warehouse, actor: str, action: str, target: str | None = None,
             detail: Mapping[str, Any] | None = None) -> Iterator[tuple[duckdb.DuckDBPyConnection, dict]]:
    """A state transaction whose changes commit together with their audit row.

    Yields ``(con, detail)``: the body may add to ``detail`` (what it found while acting) before
    the row is written at the end.
    """
    extra = dict(detail or {})
    with _WRITE, warehouse.state() as con:
        yield con, extra
        append(con, actor, action, target, extra)


@dataclass(frozen=True)
class ChainReport:
    rows: int
    ok: bool
    bad_seq: int | None = None
    problem: str | None = None
    head: str = GENESIS  # the last good hash: keep a copy elsewhere to detect a cut-off tail


def verify(con: duckdb.DuckDBPyConnection) -> ChainReport:
    """Recompute the chain from the first row; report the first row that does not hold."""
    prev, expected_seq, rows = GENESIS, 1, 0
    cursor = con.execute("SELECT seq, logged_at, actor, action, target, detail, prev_hash, hash FROM audit_log ORDER BY seq")
    while batch := cursor.fetchmany(10_000):
        for seq, at, actor, action, target, detail, prev_hash, digest in batch:
            if seq != expected_seq:
                return ChainReport(rows, False, seq, f"row {seq} follows row {expected_seq - 1}: rows are missing", prev)
            if prev_hash != prev:
                return ChainReport(rows, False, seq, f"row {seq} does not link to the row before it", prev)
            if _digest(seq, at, actor, action, target, detail, prev_hash) != digest:
                return ChainReport(rows, False, seq, f"row {seq} was changed after it was written", prev)
            prev, expected_seq, rows = digest, seq + 1, rows + 1
    return ChainReport(rows, True, head=prev)


def entries(con: duckdb.DuckDBPyConnection, *, actor: str | None = None, action: str | None = None,
            limit: int = 100, offset: int = 0) -> list[dict]:
    """Audit rows newest first, ``detail`` decoded."""
    where, args = [], []
    for column, value in (("actor", actor), ("action", action)):
        if value:
            where.append(f"{column} = ?")
            args.append(value)
    sql = ("SELECT seq, logged_at, actor, action, target, detail, hash FROM audit_log"
           + (" WHERE " + " AND ".join(where) if where else "") + " ORDER BY seq DESC LIMIT ? OFFSET ?")
    rows = con.execute(sql, [*args, int(limit), int(offset)]).fetchall()
    return [{"seq": s, "at": at.isoformat() + "Z", "actor": a, "action": act, "target": t,
             "detail": orjson.loads(d), "hash": h} for s, at, a, act, t, d, h in rows]
