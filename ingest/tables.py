"""The tables ingest owns: the ingest runs and the quarantine of records that could not be stored.

Migration 1 is the schema of the release before versioned migrations, so it also holds on a
warehouse that release wrote (``IF NOT EXISTS``). A change is the next migration; a released
one is never edited (see ``aisoc.ingest.kernel.migrations``).
"""

from __future__ import annotations

from aisoc.ingest.kernel.migrations import Migration, Tables, register

__all__ = ["TABLES"]

_MIGRATION_1 = (
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
)

TABLES = register(
    Tables(
        owner="ingest",
        migrations=(Migration(1, "ingest runs and the quarantine", _MIGRATION_1),),
    )
)
