"""The table of the hunt sandbox: searches saved by their owner.

Migration 1 is the schema of the release before versioned migrations, so it also holds on a
warehouse that release wrote (``IF NOT EXISTS``). A change is the next migration; a released
one is never edited (see ``aisoc.ingest.kernel.migrations``).
"""

from __future__ import annotations

from aisoc.ingest.kernel.migrations import Migration, Tables, register

__all__ = ["TABLES"]

_MIGRATION_1 = (
    """CREATE TABLE IF NOT EXISTS saved_searches (
        owner VARCHAR NOT NULL, name VARCHAR NOT NULL, sql VARCHAR NOT NULL, saved_at TIMESTAMP NOT NULL,
        PRIMARY KEY (owner, name)
    )""",
)

TABLES = register(
    Tables(
        owner="huntsql",
        migrations=(Migration(1, "saved hunt searches", _MIGRATION_1),),
    )
)
