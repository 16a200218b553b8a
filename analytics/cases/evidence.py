"""Case evidence: append-only, each entry hash-chained to the one before it.

An entry stores its content (bytes) and the content's SHA-256; its ``chain_hash`` is SHA-256
over the entry's fields, the content hash and the previous entry's ``chain_hash``. Changing,
removing or reordering any entry, or its content, breaks the chain from there on, and
``verify_evidence`` says where. Keep the last ``head`` elsewhere (the report prints it) to
notice a cut-off tail.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from datetime import datetime

import duckdb
import orjson

__all__ = ["add_evidence", "verify_evidence", "EvidenceReport", "EVIDENCE_KINDS", "GENESIS", "as_json_bytes"]

GENESIS = "0" * 64
EVIDENCE_KINDS = ("alert", "query", "action", "note", "file")


def as_json_bytes(value) -> bytes:
    """Canonical JSON (sorted keys; times as ISO text) so the same content always hashes the same."""
    return orjson.dumps(value, option=orjson.OPT_SORT_KEYS | orjson.OPT_NAIVE_UTC, default=str)


def _chain(case_id: str, seq: int, added_at: datetime, added_by: str, kind: str, title: str, media_type: str,
           sha256: str, prev: str) -> str:
    body = orjson.dumps([case_id, seq, added_at.isoformat(), added_by, kind, title, media_type, sha256, prev])
    return hashlib.sha256(body).hexdigest()


def add_evidence(con: duckdb.DuckDBPyConnection, case_id: str, *, kind: str, title: str, content: bytes,
                 added_by: str, added_at: datetime, media_type: str = "application/json") -> tuple[int, str]:
    """Append one entry in the caller's transaction; returns its seq and content SHA-256."""
    if kind not in EVIDENCE_KINDS:
        raise ValueError(f"evidence kind {kind!r}: expected one of {', '.join(EVIDENCE_KINDS)}")
    last = con.execute("SELECT seq, chain_hash FROM case_evidence WHERE case_id = ? ORDER BY seq DESC LIMIT 1",
                       [case_id]).fetchone()
    seq, prev = (last[0] + 1, last[1]) if last else (1, GENESIS)
    digest = hashlib.sha256(content).hexdigest()
    chain = _chain(case_id, seq, added_at, added_by, kind, title, media_type, digest, prev)
    con.execute("INSERT INTO case_evidence VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                [case_id, seq, added_at, added_by, kind, title, media_type, content, digest, prev, chain])
    return seq, digest


@dataclass(frozen=True)
class EvidenceReport:
    case_id: str
    entries: int
    ok: bool
    bad_seq: int | None = None
    problem: str | None = None
    head: str = GENESIS   # the last good chain hash

    def describe(self) -> str:
        if self.ok:
            return f"{self.case_id}: evidence chain intact, {self.entries} entries, head {self.head}"
        return f"{self.case_id}: evidence chain broken at entry {self.bad_seq}: {self.problem}"


def verify_evidence(con: duckdb.DuckDBPyConnection, case_id: str) -> EvidenceReport:
    """Recompute every content hash and the chain from the first entry."""
    prev, expected, count = GENESIS, 1, 0
    cursor = con.execute(
        "SELECT seq, added_at, added_by, kind, title, media_type, content, sha256, prev_hash, chain_hash "
        "FROM case_evidence WHERE case_id = ? ORDER BY seq", [case_id])
    for seq, added_at, added_by, kind, title, media_type, content, digest, prev_hash, chain in cursor.fetchall():
        if seq != expected:
            return EvidenceReport(case_id, count, False, seq, f"entry {seq} follows entry {expected - 1}: entries are missing", prev)
        if hashlib.sha256(bytes(content)).hexdigest() != digest:
            return EvidenceReport(case_id, count, False, seq, "its content does not match its SHA-256", prev)
        if prev_hash != prev:
            return EvidenceReport(case_id, count, False, seq, "it does not follow the entry before it", prev)
        if _chain(case_id, seq, added_at, added_by, kind, title, media_type, digest, prev) != chain:
            return EvidenceReport(case_id, count, False, seq, "its fields were changed after it was added", prev)
        prev, expected, count = chain, expected + 1, count + 1
    return EvidenceReport(case_id, count, True, head=prev)
