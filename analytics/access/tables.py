"""The tables of access control: console users, the sign-in back-off, and the audit log.

Migration 1 is the schema of the release before versioned migrations, so it also holds on a
warehouse that release wrote (``IF NOT EXISTS``). A change is the next migration; a released
one is never edited (see ``aisoc.ingest.kernel.migrations``).
"""

from __future__ import annotations

from aisoc.ingest.kernel.migrations import Migration, Tables, register

__all__ = ["TABLES"]

_MIGRATION_1 = (
    # Console users (analytics.access): argon2 hashes only; tenants a JSON array, ["*"] for all.
    """CREATE TABLE IF NOT EXISTS users (
        name VARCHAR PRIMARY KEY, role VARCHAR NOT NULL, tenants VARCHAR NOT NULL,
        password_hash VARCHAR,                -- null: signs in only through OIDC
        disabled BOOLEAN NOT NULL, failed_logins BIGINT NOT NULL, locked_until TIMESTAMP,
        created_at TIMESTAMP NOT NULL, updated_at TIMESTAMP NOT NULL
    )""",
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
)

_MIGRATION_2 = (
    # Sessions that began before a user's password last changed end (null: not changed since).
    "ALTER TABLE users ADD COLUMN IF NOT EXISTS password_changed_at TIMESTAMP",
)

TABLES = register(
    Tables(
        owner="access",
        migrations=(
            Migration(1, "users, sign-in back-off, audit log", _MIGRATION_1),
            Migration(2, "users.password_changed_at", _MIGRATION_2),
        ),
    )
)
