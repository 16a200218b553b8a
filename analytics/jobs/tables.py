"""The tables of the detection jobs: which event files each detector consumed, and the runs.

Migration 1 is the schema of the release before versioned migrations, so it also holds on a
warehouse that release wrote (``IF NOT EXISTS``). A change is the next migration; a released
one is never edited (see ``aisoc.ingest.kernel.migrations``).
"""

from __future__ import annotations

from aisoc.ingest.kernel.migrations import Migration, Tables, register

__all__ = ["TABLES"]

_MIGRATION_1 = (
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
)

TABLES = register(
    Tables(
        owner="jobs",
        migrations=(Migration(1, "detection cursor and detection runs", _MIGRATION_1),),
    )
)
