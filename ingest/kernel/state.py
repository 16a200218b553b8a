"""The state database (DuckDB): ingest runs, quarantine, alerts, the detection jobs' progress, the
console's users, audit log, triage and settings, and incident cases.

DuckDB lets one process write a database file at a time, and the console, a scheduled
detection job and an ingest run may all be alive together. So every caller holds a
connection only for one short transaction, and opening retries while another process holds
the file, for up to ``LOCK_WAIT_SECONDS``; a lock conflict never reaches the user as such.
"""

from __future__ import annotations

import random
import time
import warnings
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path

import duckdb
import polars as pl

from aisoc.ingest.kernel.errors import WarehouseError

__all__ = ["open_state", "query_frame", "LOCK_WAIT_SECONDS"]

LOCK_WAIT_SECONDS = 60.0

_SCHEMA = (
    """CREATE TABLE IF NOT EXISTS ingest_runs (
        run_id VARCHAR PRIMARY KEY,
        started_at TIMESTAMP NOT NULL,
        finished_at TIMESTAMP,                -- all state timestamps are UTC
        status VARCHAR NOT NULL,              -- running | done | aborted | failed
        tenant VARCHAR,
        forced_source VARCHAR,
        paths VARCHAR,                        -- JSON array of the paths given
        read BIGINT, stored BIGINT, duplicates BIGINT, quarantined BIGINT,
        files VARCHAR                         -- JSON array of per-file reports
    )""",
    """CREATE TABLE IF NOT EXISTS quarantine (
        quarantine_id VARCHAR PRIMARY KEY,    -- hash of path, line, reason, excerpt: re-runs add no rows
        run_id VARCHAR NOT NULL,
        quarantined_at TIMESTAMP NOT NULL,
        path VARCHAR NOT NULL,
        line BIGINT NOT NULL,
        source VARCHAR,                       -- collector id, when known
        reason VARCHAR NOT NULL,
        detail VARCHAR,
        excerpt VARCHAR                       -- start of the record, credential values masked
    )""",
    # Alerts (analytics.alerting): one row per alert; lists are JSON arrays.
    """CREATE TABLE IF NOT EXISTS alerts (
        id VARCHAR PRIMARY KEY,
        detector VARCHAR NOT NULL, rule_id VARCHAR NOT NULL, title VARCHAR NOT NULL,
        severity VARCHAR NOT NULL, tags VARCHAR NOT NULL, playbook VARCHAR,
        tenant VARCHAR, entity VARCHAR,
        first_seen TIMESTAMP NOT NULL, last_seen TIMESTAMP NOT NULL, count BIGINT NOT NULL,
        evidence_event_ids VARCHAR NOT NULL, explanation VARCHAR NOT NULL, score DOUBLE,
        status VARCHAR NOT NULL,              -- open | acknowledged | escalated | closed
        dedup_key VARCHAR NOT NULL,
        created_at TIMESTAMP NOT NULL, updated_at TIMESTAMP NOT NULL
    )""",
    # Every finding merged into an alert, by a hash of what it is: merging it again is a no-op.
    """CREATE TABLE IF NOT EXISTS alert_findings (
        finding_id VARCHAR PRIMARY KEY, alert_id VARCHAR NOT NULL, ts TIMESTAMP
    )""",
    # The detection jobs' cursor: which stored event files each detector has consumed.
    """CREATE TABLE IF NOT EXISTS detector_inputs (
        detector VARCHAR NOT NULL, file VARCHAR NOT NULL, events BIGINT NOT NULL,
        min_ts TIMESTAMP, max_ts TIMESTAMP, consumed_at TIMESTAMP NOT NULL, run_id VARCHAR NOT NULL,
        PRIMARY KEY (detector, file)
    )""",
    """CREATE TABLE IF NOT EXISTS detect_runs (
        run_id VARCHAR NOT NULL, detector VARCHAR NOT NULL, mode VARCHAR NOT NULL,  -- incremental | retro
        started_at TIMESTAMP NOT NULL, finished_at TIMESTAMP, status VARCHAR NOT NULL,  -- done | failed
        events BIGINT, findings BIGINT, alerts_new BIGINT, alerts_updated BIGINT, late_events BIGINT,
        seconds DOUBLE, error VARCHAR,
        PRIMARY KEY (run_id, detector)
    )""",
    # Alerts waiting for (or done with) delivery: one entry per destination and batch, sent with
    # its delivery_id as many times as it takes.
    """CREATE TABLE IF NOT EXISTS outbox (
        delivery_id VARCHAR PRIMARY KEY, destination VARCHAR NOT NULL, kind VARCHAR NOT NULL,
        payload VARCHAR NOT NULL, alerts BIGINT NOT NULL, created_at TIMESTAMP NOT NULL, attempts BIGINT NOT NULL,
        failures BIGINT NOT NULL, next_attempt_at TIMESTAMP NOT NULL, delivered_at TIMESTAMP,
        last_error VARCHAR
    )""",
    # Console users (analytics.access): argon2 hashes only; tenants a JSON array, ["*"] for all.
    """CREATE TABLE IF NOT EXISTS users (
        name VARCHAR PRIMARY KEY, role VARCHAR NOT NULL, tenants VARCHAR NOT NULL,
        password_hash VARCHAR,                -- null: signs in only through OIDC
        disabled BOOLEAN NOT NULL, failed_logins BIGINT NOT NULL, locked_until TIMESTAMP,
        created_at TIMESTAMP NOT NULL, updated_at TIMESTAMP NOT NULL
    )""",
    # Sessions that began before a user's password last changed end (null: not changed since).
    "ALTER TABLE users ADD COLUMN IF NOT EXISTS password_changed_at TIMESTAMP",
    # Failed sign-ins in a row per typed user name and per client address: the back-off. Unknown
    # names count too, so the back-off does not tell which names exist.
    """CREATE TABLE IF NOT EXISTS sign_in_failures (
        kind VARCHAR NOT NULL, key VARCHAR NOT NULL, failures BIGINT NOT NULL, last_failure_at TIMESTAMP NOT NULL,
        refused_waiting BIGINT NOT NULL,      -- attempts refused unchecked since the last checked one
        PRIMARY KEY (kind, key)
    )""",
    # Addresses (an IPv6 /64 as one) a user has signed in from: the name's back-off does not apply
    # to them, so an attacker guessing from elsewhere cannot keep the user out of their usual place.
    """CREATE TABLE IF NOT EXISTS sign_in_known_addresses (
        name VARCHAR NOT NULL, address VARCHAR NOT NULL, last_sign_in_at TIMESTAMP NOT NULL,
        PRIMARY KEY (name, address)
    )""",
    # Append-only and hash-chained: each row's hash covers its fields and the previous row's hash.
    """CREATE TABLE IF NOT EXISTS audit_log (
        seq BIGINT PRIMARY KEY, logged_at TIMESTAMP NOT NULL, actor VARCHAR NOT NULL, action VARCHAR NOT NULL,
        target VARCHAR, detail VARCHAR NOT NULL, prev_hash VARCHAR NOT NULL, hash VARCHAR NOT NULL
    )""",
    # Triage of an alert beside the alert itself, so detection runs never overwrite it.
    """CREATE TABLE IF NOT EXISTS alert_triage (
        alert_id VARCHAR PRIMARY KEY, assignee VARCHAR,
        verdict VARCHAR,                      -- true_positive | false_positive | benign, once decided
        reason VARCHAR, updated_by VARCHAR NOT NULL, updated_at TIMESTAMP NOT NULL
    )""",
    """CREATE TABLE IF NOT EXISTS saved_searches (
        owner VARCHAR NOT NULL, name VARCHAR NOT NULL, sql VARCHAR NOT NULL, saved_at TIMESTAMP NOT NULL,
        PRIMARY KEY (owner, name)
    )""",
    # Rules switched off in the console: detection runs raise no alert for them.
    # Cases (analytics.cases): an incident worked from alerts to a report. Times UTC; lists JSON.
    """CREATE TABLE IF NOT EXISTS cases (
        case_id VARCHAR PRIMARY KEY, title VARCHAR NOT NULL, severity VARCHAR NOT NULL,
        status VARCHAR NOT NULL,              -- new | triage | containment | eradication | recovery | closed
        tenants VARCHAR NOT NULL, playbook VARCHAR, playbook_version BIGINT, assignee VARCHAR,
        summary VARCHAR NOT NULL, lessons VARCHAR NOT NULL,
        opened_by VARCHAR NOT NULL, opened_at TIMESTAMP NOT NULL,
        detected_at TIMESTAMP NOT NULL,       -- when aisoc raised the earliest alert: MTTA/MTTR start here
        aware_at TIMESTAMP NOT NULL,          -- time of awareness: the regulatory clocks start here
        acknowledged_at TIMESTAMP, closed_at TIMESTAMP, updated_at TIMESTAMP NOT NULL
    )""",
    """CREATE TABLE IF NOT EXISTS case_alerts (
        case_id VARCHAR NOT NULL, alert_id VARCHAR NOT NULL, added_by VARCHAR NOT NULL, added_at TIMESTAMP NOT NULL,
        PRIMARY KEY (case_id, alert_id)
    )""",
    # One task per playbook step, numbered as `aisoc case step C N` names them.
    """CREATE TABLE IF NOT EXISTS case_tasks (
        case_id VARCHAR NOT NULL, number BIGINT NOT NULL, step_id VARCHAR NOT NULL, title VARCHAR NOT NULL,
        type VARCHAR NOT NULL, phase VARCHAR NOT NULL, role VARCHAR NOT NULL, optional BOOLEAN NOT NULL,
        status VARCHAR NOT NULL,              -- open | done | skipped
        answer VARCHAR, done_by VARCHAR, done_at TIMESTAMP, note VARCHAR,
        PRIMARY KEY (case_id, number)
    )""",
    """CREATE TABLE IF NOT EXISTS case_timeline (
        case_id VARCHAR NOT NULL, seq BIGINT NOT NULL, logged_at TIMESTAMP NOT NULL, actor VARCHAR NOT NULL,
        kind VARCHAR NOT NULL, text VARCHAR NOT NULL, PRIMARY KEY (case_id, seq)
    )""",
    # Append-only, hash-chained per case: chain_hash covers the entry, its content's SHA-256 and
    # the previous entry's chain_hash.
    """CREATE TABLE IF NOT EXISTS case_evidence (
        case_id VARCHAR NOT NULL, seq BIGINT NOT NULL, added_at TIMESTAMP NOT NULL, added_by VARCHAR NOT NULL,
        kind VARCHAR NOT NULL, title VARCHAR NOT NULL, media_type VARCHAR NOT NULL, content BLOB NOT NULL,
        sha256 VARCHAR NOT NULL, prev_hash VARCHAR NOT NULL, chain_hash VARCHAR NOT NULL,
        PRIMARY KEY (case_id, seq)
    )""",
    # Decisions recorded on a case: the regulatory classifications (subject gdpr | ai-act | dora),
    # the time of awareness, and the answers to playbook decision steps.
    """CREATE TABLE IF NOT EXISTS case_decisions (
        case_id VARCHAR NOT NULL, seq BIGINT NOT NULL, decided_at TIMESTAMP NOT NULL, recorded_at TIMESTAMP NOT NULL,
        actor VARCHAR NOT NULL, subject VARCHAR NOT NULL, value VARCHAR NOT NULL, rationale VARCHAR NOT NULL,
        PRIMARY KEY (case_id, seq)
    )""",
    # Notifications sent to an authority, against which the clocks are checked.
    """CREATE TABLE IF NOT EXISTS case_notifications (
        case_id VARCHAR NOT NULL, seq BIGINT NOT NULL, regime VARCHAR NOT NULL, stage VARCHAR NOT NULL,
        filed_at TIMESTAMP NOT NULL, recorded_at TIMESTAMP NOT NULL, actor VARCHAR NOT NULL, reference VARCHAR NOT NULL,
        PRIMARY KEY (case_id, seq)
    )""",
    """CREATE TABLE IF NOT EXISTS case_actions (
        case_id VARCHAR NOT NULL, seq BIGINT NOT NULL, acted_at TIMESTAMP NOT NULL, actor VARCHAR NOT NULL,
        task BIGINT, operation VARCHAR NOT NULL, connector VARCHAR NOT NULL, dry_run BOOLEAN NOT NULL,
        outcome VARCHAR NOT NULL, request VARCHAR NOT NULL, PRIMARY KEY (case_id, seq)
    )""",
    """CREATE TABLE IF NOT EXISTS rule_settings (
        rule_id VARCHAR PRIMARY KEY, enabled BOOLEAN NOT NULL, changed_by VARCHAR NOT NULL,
        changed_at TIMESTAMP NOT NULL
    )""",
)


@contextmanager
def open_state(path: Path, read_only: bool = False) -> Iterator[duckdb.DuckDBPyConnection]:
    """A short-lived connection to the state database, created with its tables if new.

    The body runs in one transaction that commits on success and rolls back on error.
    """
    con = _connect(path, read_only)
    try:
        if not read_only:
            for statement in _SCHEMA:
                con.execute(statement)
        con.execute("BEGIN TRANSACTION")
        try:
            yield con
        except BaseException:
            con.execute("ROLLBACK")
            raise
        con.execute("COMMIT")
    finally:
        con.close()


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


def query_frame(con: duckdb.DuckDBPyConnection, sql: str, args: Sequence = ()) -> pl.DataFrame:
    """The result as a polars frame, typed even when empty.

    ``con.sql`` would avoid the copy DuckDB warns about, but refuses to run while an earlier
    ``execute`` result on the connection is unfinished; these results are a page of rows.
    """
    with warnings.catch_warnings():
        warnings.filterwarnings("ignore", message="Arrow output on a DB-API result")
        return pl.from_arrow(con.execute(sql, list(args)).to_arrow_table())
