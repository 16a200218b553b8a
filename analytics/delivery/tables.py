"""The table of alert delivery: the outbox.

Migration 1 is the schema of the release before versioned migrations, so it also holds on a
warehouse that release wrote (``IF NOT EXISTS``). A change is the next migration; a released
one is never edited (see ``aisoc.ingest.kernel.migrations``).
"""

from __future__ import annotations

from aisoc.ingest.kernel.migrations import Migration, Tables, register

__all__ = ["TABLES"]

_MIGRATION_1 = (
    # Alerts waiting for (or done with) delivery: one entry per destination and batch, sent with
    # its delivery_id as many times as it takes.
    """CREATE TABLE IF NOT EXISTS outbox (
        delivery_id VARCHAR PRIMARY KEY, destination VARCHAR NOT NULL, kind VARCHAR NOT NULL,
        payload VARCHAR NOT NULL, alerts BIGINT NOT NULL, created_at TIMESTAMP NOT NULL, attempts BIGINT NOT NULL,
        failures BIGINT NOT NULL, next_attempt_at TIMESTAMP NOT NULL, delivered_at TIMESTAMP,
        last_error VARCHAR
    )""",
)

TABLES = register(
    Tables(
        owner="delivery",
        migrations=(Migration(1, "the delivery outbox", _MIGRATION_1),),
    )
)
