"""Case evidence: append-only, each entry chained under a key to the one before it.

An entry stores its content (bytes) and the content's SHA-256; its ``chain_hash`` is an HMAC
(``ingest.kernel.secretkey``, purpose ``case-evidence``) over the entry's fields, the content hash and
the previous entry's ``chain_hash``. Changing, removing or reordering any entry, or its content,
breaks the chain from there on, and ``verify_evidence`` says where; without the key nobody can
compute a chain that holds again. A chain cut at its end still verifies: keep the head elsewhere
(``aisoc case anchor``; the report prints it) and ``anchor_problem`` says when it is no longer reached.

Cases from before the key carry plain SHA-256 chain hashes. ``seal_legacy_evidence`` re-seals such
a chain under the key, once, and adds a note entry by ``aisoc`` saying how many entries it
re-sealed and whether their old chain verified or where it was broken.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any

import duckdb
import orjson
import pyarrow as pa

import aisoc.analytics.cases.tables  # noqa: F401 - registers the tables queried here
from aisoc.ingest.kernel import secretkey
from aisoc.ingest.kernel.clocks import utcnow

__all__ = [
    "add_evidence",
    "verify_evidence",
    "seal_legacy_evidence",
    "may_be_legacy",
    "anchor_problem",
    "EvidenceReport",
    "Reseal",
    "EVIDENCE_KINDS",
    "GENESIS",
    "RESEAL_MEDIA_TYPE",
    "as_json_bytes",
]

GENESIS = "0" * 64
PURPOSE = "case-evidence"
EVIDENCE_KINDS = ("alert", "query", "action", "note", "file")
# The re-seal note: written only by seal_legacy_evidence (add_evidence refuses this media type).
RESEAL_MEDIA_TYPE = "application/vnd.aisoc.chain-reseal+json"
SYSTEM_AUTHOR = "aisoc"

_COLUMNS = "seq, added_at, added_by, kind, title, media_type, content, sha256, prev_hash, chain_hash"


def as_json_bytes(value) -> bytes:
    """Canonical JSON (sorted keys; times as ISO text) so the same content always hashes the same."""
    return orjson.dumps(value, option=orjson.OPT_SORT_KEYS | orjson.OPT_NAIVE_UTC, default=str)


def _body(
    case_id: str,
    seq: int,
    added_at: datetime,
    added_by: str,
    kind: str,
    title: str,
    media_type: str,
    sha256: str,
    prev: str,
) -> bytes:
    return orjson.dumps([case_id, seq, added_at.isoformat(), added_by, kind, title, media_type, sha256, prev])


def _chain(*fields) -> str:
    return secretkey.sign(PURPOSE, _body(*fields))


def _plain_chain(*fields) -> str:
    """The chain hash entries had before the key: read only to check an old chain before re-sealing it."""
    return hashlib.sha256(_body(*fields)).hexdigest()


def add_evidence(
    con: duckdb.DuckDBPyConnection,
    case_id: str,
    *,
    kind: str,
    title: str,
    content: bytes,
    added_by: str,
    added_at: datetime,
    media_type: str = "application/json",
) -> tuple[int, str]:
    """Append one entry in the caller's transaction; returns its seq and content SHA-256."""
    if kind not in EVIDENCE_KINDS:
        raise ValueError(f"evidence kind {kind!r}: expected one of {', '.join(EVIDENCE_KINDS)}")
    if media_type == RESEAL_MEDIA_TYPE:
        raise ValueError(f"evidence media type {media_type} is aisoc's own")
    if seal_legacy_evidence(con, case_id) is None and not _extensible(con, case_id):
        raise secretkey.SecretKeyError(
            f"{case_id}: the evidence chain does not verify under this secret key "
            f"({secretkey.key_location()}): it was sealed with another key, or changed; "
            "refusing to extend it (use the key this warehouse was sealed with)"
        )
    return _insert(con, case_id, kind, title, content, added_by, added_at, media_type)


def _extensible(con: duckdb.DuckDBPyConnection, case_id: str) -> bool:
    """No entry yet, a last entry sealed under this key, or a first entry that holds under this
    key or as an old plain entry. Otherwise the key is most likely not the one the chain was
    sealed with; a chain tampered with goes on growing, and verify reports the break."""
    ends = con.execute(
        f"(SELECT {_COLUMNS} FROM case_evidence WHERE case_id = ? ORDER BY seq LIMIT 1) UNION ALL "
        f"(SELECT {_COLUMNS} FROM case_evidence WHERE case_id = ? ORDER BY seq DESC LIMIT 1)",
        [case_id, case_id],
    ).fetchall()
    return not ends or _is_keyed(case_id, ends[-1]) or _is_keyed(case_id, ends[0]) or _is_plain(case_id, ends[0])


def _insert(
    con: duckdb.DuckDBPyConnection,
    case_id: str,
    kind: str,
    title: str,
    content: bytes,
    added_by: str,
    added_at: datetime,
    media_type: str,
) -> tuple[int, str]:
    last = con.execute(
        "SELECT seq, chain_hash FROM case_evidence WHERE case_id = ? ORDER BY seq DESC LIMIT 1", [case_id]
    ).fetchone()
    seq, prev = (last[0] + 1, last[1]) if last else (1, GENESIS)
    digest = hashlib.sha256(content).hexdigest()
    chain = _chain(case_id, seq, added_at, added_by, kind, title, media_type, digest, prev)
    con.execute(
        f"INSERT INTO case_evidence (case_id, {_COLUMNS}) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        [case_id, seq, added_at, added_by, kind, title, media_type, content, digest, prev, chain],
    )
    return seq, digest


@dataclass(frozen=True)
class Reseal:
    """A re-seal note at entry ``seq``: entries 1..``entries`` predate the key."""

    seq: int
    entries: int
    broken_at: int | None = None
    problem: str | None = None

    def describe(self) -> str:
        span = f"entries 1-{self.entries} were re-sealed under the key at entry {self.seq}"
        if self.broken_at is None:
            return f"{span}; their old chain verified"
        return f"{span}; their old chain was already broken at entry {self.broken_at}: {self.problem}"


@dataclass(frozen=True)
class EvidenceReport:
    case_id: str
    entries: int
    ok: bool
    bad_seq: int | None = None
    problem: str | None = None
    head: str = GENESIS  # the last good chain hash
    reseals: tuple[Reseal, ...] = ()

    @property
    def legacy_broken(self) -> bool:
        return any(r.broken_at is not None for r in self.reseals)

    def anchor(self) -> dict:
        """The head as ``{"case": …, "seq": N, "hash": "…"}``, to keep outside the warehouse."""
        if not self.ok:
            raise ValueError(
                f"{self.case_id}: evidence chain broken at entry {self.bad_seq}: there is no head to anchor"
            )
        return {"case": self.case_id, "seq": self.entries, "hash": self.head}

    def describe(self) -> str:
        if self.ok:
            history = "".join(f"; {r.describe()}" for r in self.reseals)
            return f"{self.case_id}: evidence chain intact, {self.entries} entries, head {self.head}{history}"
        return f"{self.case_id}: evidence chain broken at entry {self.bad_seq}: {self.problem}"


def verify_evidence(con: duckdb.DuckDBPyConnection, case_id: str) -> EvidenceReport:
    """Recompute every content hash and the keyed chain from the first entry."""
    rows = con.execute(f"SELECT {_COLUMNS} FROM case_evidence WHERE case_id = ? ORDER BY seq", [case_id]).fetchall()
    return _walk(case_id, rows, _chain)


def _walk(case_id: str, rows: Sequence[tuple], chain_of: Callable[..., str]) -> EvidenceReport:
    prev, expected, count, reseals = GENESIS, 1, 0, []
    for seq, added_at, added_by, kind, title, media_type, content, digest, prev_hash, chain in rows:
        if seq != expected:
            return EvidenceReport(
                case_id, count, False, seq, f"entry {seq} follows entry {expected - 1}: entries are missing", prev
            )
        if hashlib.sha256(bytes(content)).hexdigest() != digest:
            return EvidenceReport(case_id, count, False, seq, "its content does not match its SHA-256", prev)
        if prev_hash != prev:
            return EvidenceReport(case_id, count, False, seq, "it does not follow the entry before it", prev)
        if chain_of(case_id, seq, added_at, added_by, kind, title, media_type, digest, prev) != chain:
            # Not one entry holds: the likelier cause is a different key than a rewritten chain.
            other_key = " (or the chain was sealed with another secret key)" if count == 0 else ""
            return EvidenceReport(
                case_id, count, False, seq, f"its fields were changed after it was added{other_key}", prev
            )
        if media_type == RESEAL_MEDIA_TYPE and added_by == SYSTEM_AUTHOR:
            reseals.append(_reseal_of(seq, bytes(content)))
        prev, expected, count = chain, expected + 1, count + 1
    return EvidenceReport(case_id, count, True, head=prev, reseals=tuple(reseals))


def _reseal_of(seq: int, content: bytes) -> Reseal:
    fields = orjson.loads(content)
    return Reseal(seq, fields.get("entries", 0), fields.get("broken_at"), fields.get("problem"))


def anchor_problem(con: duckdb.DuckDBPyConnection, report: EvidenceReport, kept: Mapping[str, Any]) -> str | None:
    """Why a verified chain no longer reaches an anchored head, or None if it does."""
    seq, digest = kept["seq"], kept["hash"]
    if seq > report.entries:
        return f"entry {seq} of the anchor is gone: the chain ends at entry {report.entries} (its tail was cut)"
    row = con.execute(
        "SELECT chain_hash FROM case_evidence WHERE case_id = ? AND seq = ?", [report.case_id, seq]
    ).fetchone()
    if row is None or row[0] != digest:
        return f"entry {seq} no longer carries the anchored hash: the chain was rewritten up to there"
    return None


def _is_keyed(case_id: str, row: Sequence) -> bool:
    seq, added_at, added_by, kind, title, media_type, _, digest, prev_hash, chain = row
    return secretkey.verify(
        PURPOSE, _body(case_id, seq, added_at, added_by, kind, title, media_type, digest, prev_hash), chain
    )


def _is_plain(case_id: str, row: Sequence) -> bool:
    seq, added_at, added_by, kind, title, media_type, _, digest, prev_hash, chain = row
    return _plain_chain(case_id, seq, added_at, added_by, kind, title, media_type, digest, prev_hash) == chain


def may_be_legacy(con: duckdb.DuckDBPyConnection, case_id: str) -> bool:
    """Whether the case's chain may be one from before the key (a read of its two ends only): its
    first entry carries the old plain hash and neither end is keyed. Only then can
    ``seal_legacy_evidence`` have anything to do."""
    ends = con.execute(
        f"(SELECT {_COLUMNS} FROM case_evidence WHERE case_id = ? ORDER BY seq LIMIT 1) UNION ALL "
        f"(SELECT {_COLUMNS} FROM case_evidence WHERE case_id = ? ORDER BY seq DESC LIMIT 1)",
        [case_id, case_id],
    ).fetchall()
    return bool(ends) and _is_plain(case_id, ends[0]) and not any(_is_keyed(case_id, row) for row in ends)


def seal_legacy_evidence(con: duckdb.DuckDBPyConnection, case_id: str) -> Reseal | None:
    """Re-seal a case's chain from before the key, in the caller's transaction; None if there is none.

    As for the audit log: a chain is old only when its first entry carries the old plain hash and
    none of its entries is keyed, so a keyed chain rewritten with plain hashes is reported as
    tampered, never re-sealed, and a chain sealed under another key is left alone.
    """
    if not may_be_legacy(con, case_id):
        return None
    rows = con.execute(f"SELECT {_COLUMNS} FROM case_evidence WHERE case_id = ? ORDER BY seq", [case_id]).fetchall()
    if any(_is_keyed(case_id, row) for row in rows):  # a keyed chain whose ends were rewritten
        return None
    old = _walk(case_id, rows, _plain_chain)
    _rewrite_keyed(con, case_id, rows)
    record: dict[str, Any] = {
        "entries": len(rows),
        "old_chain": "verified" if old.ok else "broken",
        "old_head": rows[-1][-1],
    }
    if not old.ok:
        record |= {"broken_at": old.bad_seq, "problem": old.problem}
    title = f"evidence chain re-sealed under the secret key: entries 1-{len(rows)}, old chain {record['old_chain']}"
    seq, _ = _insert(con, case_id, "note", title, as_json_bytes(record), SYSTEM_AUTHOR, utcnow(), RESEAL_MEDIA_TYPE)
    return Reseal(seq, len(rows), record.get("broken_at"), record.get("problem"))


def _rewrite_keyed(con: duckdb.DuckDBPyConnection, case_id: str, rows: Sequence[tuple]) -> None:
    """Give every entry, as it stands, a keyed chain hash linked to the entry before it (seq order).

    The stored content SHA-256 is kept as it is: a content change from before the upgrade stays
    visible (and was recorded by the re-seal note)."""
    prev = GENESIS
    seqs: list[int] = []
    prevs: list[str] = []
    chains: list[str] = []
    for seq, added_at, added_by, kind, title, media_type, _, digest, _, _ in rows:
        chain = _chain(case_id, seq, added_at, added_by, kind, title, media_type, digest, prev)
        seqs.append(seq)
        prevs.append(prev)
        chains.append(chain)
        prev = chain
    con.register("resealed_entries", pa.table({"seq": seqs, "prev_hash": prevs, "chain_hash": chains}))
    try:
        con.execute(
            "UPDATE case_evidence SET prev_hash = r.prev_hash, chain_hash = r.chain_hash FROM resealed_entries r "
            "WHERE case_evidence.case_id = ? AND case_evidence.seq = r.seq",
            [case_id],
        )
    finally:
        con.unregister("resealed_entries")
