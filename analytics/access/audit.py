"""The audit log: every analyst action, append-only and hash-chained under a key.

Each row's ``hash`` is an HMAC (``ingest.kernel.secretkey``, purpose ``audit-chain``) over its own fields
and the previous row's hash, so changing, removing or reordering any row breaks every hash after
it, and someone who can write the warehouse but not read the key cannot compute new hashes that
hold; ``verify`` recomputes the chain. A chain cut at its end still verifies: ``anchor`` gives the
head to keep elsewhere, and ``anchor_problem`` says when the chain no longer reaches it.

An action and its audit row commit in one transaction (``recorded``): there is no action without
its record, and no record of an action that did not happen.

Logs written before the key existed carry plain SHA-256 hashes. The first write (or ``verify_log``)
after the upgrade re-seals such a log under the key, once, and appends an ``audit.reseal`` row
saying how many rows it re-sealed and whether their old chain verified or where it was broken.
"""

from __future__ import annotations

import hashlib
import threading
from collections.abc import Callable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import datetime
from typing import Any

import duckdb
import orjson
import pyarrow as pa

import aisoc.analytics.access.tables  # noqa: F401 - registers the tables queried here
from aisoc.ingest.kernel import secretkey
from aisoc.ingest.kernel.clocks import utcnow

__all__ = [
    "recorded",
    "append",
    "verify",
    "verify_log",
    "entries",
    "ChainReport",
    "Reseal",
    "GENESIS",
    "seal_legacy_audit",
    "anchor",
    "anchor_problem",
    "read_anchors",
    "SYSTEM_ACTOR",
    "RESEAL_ACTION",
    "KEY_MISMATCH",
    "check_key",
]

GENESIS = "0" * 64
PURPOSE = "audit-chain"
# Rows aisoc writes about the log itself. No user action is called audit.reseal, so only the
# re-seal below writes this pair, under the key.
SYSTEM_ACTOR, RESEAL_ACTION = "aisoc", "audit.reseal"
# Console sessions are threads of one process sharing one DuckDB instance: two appends in
# parallel transactions would both take the same next seq. Writes through ``recorded`` queue here.
_WRITE = threading.Lock()

_COLUMNS = "seq, logged_at, actor, action, target, detail, prev_hash, hash"


def _body(seq: int, at: datetime, actor: str, action: str, target: str | None, detail: str, prev: str) -> bytes:
    return orjson.dumps([seq, at.isoformat(), actor, action, target, detail, prev])


def _digest(seq: int, at: datetime, actor: str, action: str, target: str | None, detail: str, prev: str) -> str:
    return secretkey.sign(PURPOSE, _body(seq, at, actor, action, target, detail, prev))


def _plain_digest(seq: int, at: datetime, actor: str, action: str, target: str | None, detail: str, prev: str) -> str:
    """The hash rows had before the key: read only to check an old log before re-sealing it."""
    return hashlib.sha256(_body(seq, at, actor, action, target, detail, prev)).hexdigest()


def _is_keyed(row: Sequence) -> bool:
    """Whether the row's hash is the keyed one for its fields and its own ``prev_hash``."""
    *fields, digest = row
    return secretkey.verify(PURPOSE, _body(*fields), digest)


def _is_plain(row: Sequence) -> bool:
    """Whether the row carries the plain SHA-256 hash that rows had before the key."""
    *fields, digest = row
    return _plain_digest(*fields) == digest


KEY_MISMATCH = (
    "the audit log does not verify under this secret key ({where}): it was sealed with another "
    "key, or changed; refusing to extend it (use the key this warehouse was sealed with)"
)


def append(
    con: duckdb.DuckDBPyConnection,
    actor: str,
    action: str,
    target: str | None = None,
    detail: Mapping[str, Any] | None = None,
    *,
    at: datetime | None = None,
) -> int:
    """Add one row at the end of the chain, in the caller's transaction; returns its seq."""
    last = _row_at(con, "max")
    # A keyed last row is the usual case, and then the log is no old one: no more to check.
    if last is not None and not _is_keyed(last):
        if seal_legacy_audit(con) is None and _sealed_under_another_key(con):
            raise secretkey.SecretKeyError(KEY_MISMATCH.format(where=secretkey.key_location()))
        last = _row_at(con, "max")
    return _append_row(con, last, actor, action, target, detail, at or utcnow())


def _sealed_under_another_key(con: duckdb.DuckDBPyConnection) -> bool:
    """A first row that holds neither under this key nor as an old plain row: most likely the key
    is not the one the log was sealed with, and new rows would be sealed under the wrong one. (A
    log tampered with otherwise goes on growing: verify reports the break.)"""
    first = _row_at(con, "min")
    return first is not None and not _is_keyed(first) and not _is_plain(first)


def check_key(con: duckdb.DuckDBPyConnection) -> None:
    """Raise ``SecretKeyError`` (one line) when the log was sealed with another secret key, as the
    next audited action would; reads the two ends of the log only, writes nothing."""
    last = _row_at(con, "max")
    if last is not None and not _is_keyed(last) and _sealed_under_another_key(con):
        raise secretkey.SecretKeyError(KEY_MISMATCH.format(where=secretkey.key_location()))


def _row_at(con: duckdb.DuckDBPyConnection, end: str) -> tuple | None:
    """The first (``min``) or last (``max``) row: a look-up by key, not a sort of the log."""
    return con.execute(f"SELECT {_COLUMNS} FROM audit_log WHERE seq = (SELECT {end}(seq) FROM audit_log)").fetchone()


def _append_row(
    con: duckdb.DuckDBPyConnection,
    last: tuple | None,
    actor: str,
    action: str,
    target: str | None,
    detail: Mapping[str, Any] | None,
    at: datetime,
) -> int:
    seq, prev = (last[0] + 1, last[-1]) if last else (1, GENESIS)
    text = orjson.dumps(dict(detail or {}), option=orjson.OPT_SORT_KEYS).decode()
    con.execute(
        f"INSERT INTO audit_log ({_COLUMNS}) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
        [seq, at, actor, action, target, text, prev, _digest(seq, at, actor, action, target, text, prev)],
    )
    return seq


@contextmanager
def recorded(
    warehouse, actor: str, action: str, target: str | None = None, detail: Mapping[str, Any] | None = None
) -> Iterator[tuple[duckdb.DuckDBPyConnection, dict]]:
    """A state transaction whose changes commit together with their audit row.

    Yields ``(con, detail)``: the body may add to ``detail`` (what it found while acting) before
    the row is written at the end.
    """
    extra = dict(detail or {})
    with _WRITE, warehouse.state() as con:
        yield con, extra
        append(con, actor, action, target, extra)


@dataclass(frozen=True)
class Reseal:
    """An ``audit.reseal`` row: rows 1..``rows`` predate the key and were re-sealed at ``seq``."""

    seq: int
    rows: int
    broken_at: int | None = None  # where their old, unkeyed chain was already broken
    problem: str | None = None

    def describe(self) -> str:
        span = f"rows 1-{self.rows} were written before the keyed chain and re-sealed under the key at row {self.seq}"
        if self.broken_at is None:
            return f"{span}; their old chain verified"
        return f"{span}; their old chain was already broken at row {self.broken_at}: {self.problem}"


@dataclass(frozen=True)
class ChainReport:
    rows: int
    ok: bool
    bad_seq: int | None = None
    problem: str | None = None
    head: str = GENESIS  # the last good hash: keep a copy elsewhere (``anchor``) to detect a cut-off tail
    reseals: tuple[Reseal, ...] = ()

    @property
    def notes(self) -> tuple[str, ...]:
        return tuple(r.describe() for r in self.reseals)

    @property
    def legacy_broken(self) -> bool:
        """A re-seal recorded that the log was already broken before the upgrade."""
        return any(r.broken_at is not None for r in self.reseals)


def verify(con: duckdb.DuckDBPyConnection) -> ChainReport:
    """Recompute the keyed chain from the first row; report the first row that does not hold."""
    cursor = con.execute(f"SELECT {_COLUMNS} FROM audit_log ORDER BY seq")
    return _walk(_batches(cursor), _digest)


def _batches(cursor) -> Iterator[tuple]:
    while batch := cursor.fetchmany(10_000):
        yield from batch


def _walk(rows, digest_of: Callable[..., str]) -> ChainReport:
    prev, expected_seq, count, reseals = GENESIS, 1, 0, []
    for seq, at, actor, action, target, detail, prev_hash, digest in rows:
        if seq != expected_seq:
            return ChainReport(count, False, seq, f"row {seq} follows row {expected_seq - 1}: rows are missing", prev)
        if prev_hash != prev:
            return ChainReport(count, False, seq, f"row {seq} does not link to the row before it", prev)
        if digest_of(seq, at, actor, action, target, detail, prev_hash) != digest:
            # Not one row holds: the likelier cause is a different key than a rewritten log.
            other_key = " (or the log was sealed with another secret key)" if count == 0 else ""
            return ChainReport(count, False, seq, f"row {seq} was changed after it was written{other_key}", prev)
        if actor == SYSTEM_ACTOR and action == RESEAL_ACTION:
            reseals.append(_reseal_of(seq, detail))
        prev, expected_seq, count = digest, seq + 1, count + 1
    return ChainReport(count, True, head=prev, reseals=tuple(reseals))


def _reseal_of(seq: int, detail: str) -> Reseal:
    fields = orjson.loads(detail)
    return Reseal(seq, fields.get("rows", 0), fields.get("broken_at"), fields.get("problem"))


def verify_log(warehouse) -> ChainReport:
    """Re-seal a log from before the key if need be (a short write, queued with the other writes),
    then verify it outside the write lock: the walk reads its own snapshot of the log, so sign-ins
    and triage go on meanwhile and rows they add are simply not part of this verify."""
    with _WRITE, warehouse.state() as con:
        seal_legacy_audit(con)  # looks at the two ends only, unless the log really is an old one
    with warehouse.state() as con:
        return verify(con)


def anchor(report: ChainReport) -> dict:
    """The head of a verified log as ``{"seq": N, "hash": "…"}``, to keep somewhere else."""
    if not report.ok:
        raise ValueError(f"the audit log is broken at row {report.bad_seq}: there is no head to anchor")
    if report.rows == 0:  # {"seq": 0} would be an anchor no verify accepts
        raise ValueError("the audit log is empty: there is no head to anchor yet")
    return {"seq": report.rows, "hash": report.head}


def anchor_problem(con: duckdb.DuckDBPyConnection, report: ChainReport, kept: Mapping[str, Any]) -> str | None:
    """Why the verified log no longer reaches an anchored head, or None if it does.

    The chain holds and row N carries the anchored hash: then rows 1..N are the ones anchored,
    since no one without the key can make a different chain end in the same hash.
    """
    seq, digest = kept["seq"], kept["hash"]
    if seq > report.rows:
        return f"row {seq} of the anchor is gone: the log ends at row {report.rows} (its tail was cut)"
    row = con.execute("SELECT hash FROM audit_log WHERE seq = ?", [seq]).fetchone()
    if row is None or row[0] != digest:
        return f"row {seq} no longer carries the anchored hash: the log was rewritten up to there"
    return None


def read_anchors(text: str, source: str, *, with_case: bool = False) -> list[dict]:
    """The anchors in ``text``: one JSON object a line, as ``anchor`` (and ``aisoc case anchor``) print them.

    Raises ValueError (one line, naming ``source`` and the line) for anything else.
    """
    shape = '{"case": "CASE-…", "seq": N, "hash": "…"}' if with_case else '{"seq": N, "hash": "…"}'
    anchors = []
    for number, line in enumerate(text.splitlines(), start=1):
        if not line.strip():
            continue
        try:
            kept = orjson.loads(line)
        except orjson.JSONDecodeError:
            kept = None
        if not _is_anchor(kept, with_case):
            raise ValueError(f"{source} line {number}: not an anchor (expected {shape})")
        anchors.append(kept)
    if not anchors:
        raise ValueError(f"{source}: no anchor in it (expected {shape})")
    return anchors


def _is_anchor(kept: Any, with_case: bool) -> bool:
    return (
        isinstance(kept, dict)
        and type(kept.get("seq")) is int
        and kept["seq"] >= 1
        and isinstance(kept.get("hash"), str)
        and len(kept["hash"]) == 64
        and (not with_case or isinstance(kept.get("case"), str))
    )


def seal_legacy_audit(con: duckdb.DuckDBPyConnection) -> Reseal | None:
    """Re-seal a log written before the keyed chain, in the caller's transaction; None if there is none.

    A log is taken for an old one only when its first row carries the old plain hash and none of
    its rows is keyed (the ends are looked at on every write, the rest only when both are plain):
    a keyed log rewritten with plain hashes keeps some keyed row, so it is reported as tampered,
    never blessed; a log sealed under another key is neither, and is left alone. Its old chain is
    checked with the old hash first; if it was broken, the re-seal row says where, and verify
    repeats it every time.
    """
    first = _row_at(con, "min")
    if first is None or not _is_plain(first):
        return None
    last = _row_at(con, "max")  # not None: the log has a first row
    if last is None or _is_keyed(last):
        return None
    rows = con.execute(f"SELECT {_COLUMNS} FROM audit_log ORDER BY seq").fetchall()
    if any(_is_keyed(row) for row in rows):  # keyed rows inside: a keyed log whose ends were rewritten
        return None
    old = _walk(rows, _plain_digest)
    _rewrite_keyed(con, rows)
    detail: dict[str, Any] = {
        "rows": len(rows),
        "old_chain": "verified" if old.ok else "broken",
        "old_head": rows[-1][-1],
    }
    if not old.ok:
        detail |= {"broken_at": old.bad_seq, "problem": old.problem}
    seq = _append_row(con, _row_at(con, "max"), SYSTEM_ACTOR, RESEAL_ACTION, None, detail, utcnow())
    return Reseal(seq, len(rows), detail.get("broken_at"), detail.get("problem"))


def _rewrite_keyed(con: duckdb.DuckDBPyConnection, rows: list[tuple]) -> None:
    """Give every row, as it stands, a keyed hash linked to the row before it (seq order)."""
    prev = GENESIS
    seqs: list[int] = []
    prevs: list[str] = []
    digests: list[str] = []
    for seq, at, actor, action, target, detail, _, _ in rows:
        digest = _digest(seq, at, actor, action, target, detail, prev)
        seqs.append(seq)
        prevs.append(prev)
        digests.append(digest)
        prev = digest
    con.register("resealed_rows", pa.table({"seq": seqs, "prev_hash": prevs, "hash": digests}))
    try:
        con.execute(
            "UPDATE audit_log SET prev_hash = r.prev_hash, hash = r.hash FROM resealed_rows r "
            "WHERE audit_log.seq = r.seq"
        )
    finally:
        con.unregister("resealed_rows")


def entries(
    con: duckdb.DuckDBPyConnection,
    *,
    actor: str | None = None,
    action: str | None = None,
    limit: int = 100,
    offset: int = 0,
) -> list[dict]:
    """Audit rows newest first, ``detail`` decoded."""
    where, args = [], []
    for column, value in (("actor", actor), ("action", action)):
        if value:
            where.append(f"{column} = ?")
            args.append(value)
    sql = (
        "SELECT seq, logged_at, actor, action, target, detail, hash FROM audit_log"
        + (" WHERE " + " AND ".join(where) if where else "")
        + " ORDER BY seq DESC LIMIT ? OFFSET ?"
    )
    rows = con.execute(sql, [*args, int(limit), int(offset)]).fetchall()
    return [
        {
            "seq": s,
            "at": at.isoformat() + "Z",
            "actor": a,
            "action": act,
            "target": t,
            "detail": orjson.loads(d),
            "hash": h,
        }
        for s, at, a, act, t, d, h in rows
    ]
