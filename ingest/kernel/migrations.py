"""Versioned migrations of the state database: each subsystem owns its tables.

A subsystem declares its tables next to its code, in a ``tables.py``, as an ordered list of
migrations, and registers them when that module is imported::

    TABLES = register(Tables(owner="cases", migrations=(
        Migration(1, "cases, tasks, timeline, evidence", ("CREATE TABLE IF NOT EXISTS cases (...)", ...)),
        Migration(2, "cases.region", ("ALTER TABLE cases ADD COLUMN IF NOT EXISTS region VARCHAR",)),
    )))

Every module that queries a table imports its owner's ``tables`` module, so whatever a process
can query is registered before its first write connection (``Warehouse.state()``), which
applies what is pending. Applied migrations are recorded in ``schema_version``, one row per
owner and version. A migration, once released, is never edited: users' warehouses have run it.
A change is a new migration with the next version.

Statements are written so that they also hold on a warehouse of the release before
migrations existed (``CREATE TABLE IF NOT EXISTS``, ``ADD COLUMN IF NOT EXISTS``): that
release created every table without recording a version.

Opening the database creates the tables of an owner the warehouse does not have yet (or adopts
the tables of the release before versions) on its own. A later migration of an owner the
warehouse already has is applied only by ``aisoc warehouse upgrade``, after a backup copy of the
state file: such a migration changes tables that hold a user's data.

This module only declares and applies; opening the database and the lock are in
``aisoc.ingest.kernel.state``.
"""

from __future__ import annotations

import re
import threading
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime

import duckdb

from aisoc.ingest.kernel.errors import WarehouseError

__all__ = [
    "Applied",
    "Migration",
    "OwnerStatus",
    "SCHEMA_VERSION_TABLE",
    "Tables",
    "applied_versions",
    "apply_pending",
    "pending",
    "refuse_upgrades",
    "register",
    "registered",
    "schema_status",
]

SCHEMA_VERSION_TABLE = "schema_version"

_SCHEMA_VERSION_DDL = f"""CREATE TABLE IF NOT EXISTS {SCHEMA_VERSION_TABLE} (
    owner VARCHAR NOT NULL,               -- the subsystem that declared the migration (Tables.owner)
    version BIGINT NOT NULL,              -- 1, 2, 3 ... per owner
    description VARCHAR NOT NULL,
    applied_at TIMESTAMP NOT NULL,        -- UTC
    PRIMARY KEY (owner, version)
)"""

_OWNER_NAME = re.compile(r"[a-z][a-z0-9_]*")
_CREATED_TABLE = re.compile(r"CREATE\s+TABLE\s+(?:IF\s+NOT\s+EXISTS\s+)?(\w+)", re.IGNORECASE)


@dataclass(frozen=True)
class Migration:
    """One step of an owner's schema: statements run together, in one transaction with the rest."""

    version: int
    description: str
    statements: tuple[str, ...]

    def __post_init__(self) -> None:
        if not self.description.strip():
            raise ValueError(f"migration {self.version}: a description is required")
        if not self.statements or isinstance(self.statements, str):
            raise ValueError(f"migration {self.version}: statements must be a non-empty tuple of SQL strings")


@dataclass(frozen=True)
class Tables:
    """An owner's tables: its migrations in order, versions 1, 2, 3 ... with no gap."""

    owner: str
    migrations: tuple[Migration, ...]

    def __post_init__(self) -> None:
        if not _OWNER_NAME.fullmatch(self.owner):
            raise ValueError(f"tables owner {self.owner!r}: use lower-case letters, digits and _")
        versions = [m.version for m in self.migrations]
        if versions != list(range(1, len(versions) + 1)):
            raise ValueError(f"tables of {self.owner}: migration versions must be 1, 2, 3 ... in order, got {versions}")

    @property
    def latest(self) -> int:
        return len(self.migrations)

    @property
    def table_names(self) -> tuple[str, ...]:
        """The tables this owner's migrations create."""
        return tuple(
            name.lower()
            for migration in self.migrations
            for statement in migration.statements
            for name in _CREATED_TABLE.findall(statement)
        )


@dataclass(frozen=True)
class Applied:
    """A migration that was just applied."""

    owner: str
    version: int
    description: str


@dataclass(frozen=True)
class OwnerStatus:
    """Where one owner's tables stand in a warehouse."""

    owner: str
    version: int  # applied; 0 when none
    latest: int  # declared by this release
    pending: int  # latest - version, never below 0 (a newer release may have written more)


_REGISTRY: dict[str, Tables] = {}
_REGISTRY_GUARD = threading.Lock()


def register(tables: Tables) -> Tables:
    """Add an owner's tables to those every write connection brings up to date; returns them.

    Registering the same declaration again is harmless; a different one under a taken owner
    name, or a table another owner already creates, is a programming error.
    """
    with _REGISTRY_GUARD:
        known = _REGISTRY.get(tables.owner)
        if known is not None and known != tables:
            raise ValueError(f"tables owner {tables.owner!r} is registered twice with different migrations")
        for other in _REGISTRY.values():
            shared = set(other.table_names) & set(tables.table_names)
            if other.owner != tables.owner and shared:
                raise ValueError(f"{tables.owner} and {other.owner} both create {', '.join(sorted(shared))}")
        _REGISTRY[tables.owner] = tables
    return tables


def registered() -> tuple[Tables, ...]:
    """Every owner registered in this process so far (those whose ``tables`` module was imported)."""
    with _REGISTRY_GUARD:
        return tuple(_REGISTRY.values())


def applied_versions(con: duckdb.DuckDBPyConnection) -> dict[str, int]:
    """The highest applied version per owner; empty for a warehouse that never recorded one.

    Only reads, so it works on a read-only connection too.
    """
    try:
        rows = con.execute(f"SELECT owner, max(version) FROM {SCHEMA_VERSION_TABLE} GROUP BY owner").fetchall()
    except duckdb.CatalogException:  # no such table: a warehouse older than schema versions
        return {}
    return {owner: int(version) for owner, version in rows}


def refuse_upgrades(path: object, todo: Iterable[tuple[Tables, Migration]], versions: Mapping[str, int]) -> None:
    """``WarehouseError`` when ``todo`` changes an owner the warehouse already has (recorded in
    ``versions``): that waits for ``aisoc warehouse upgrade``, which backs the state up first."""
    steps = sorted({(t.owner, versions[t.owner], t.latest) for t, _ in todo if versions.get(t.owner, 0) > 0})
    if steps:
        named = ", ".join(f"{owner} {have} -> {latest}" for owner, have, latest in steps)
        raise WarehouseError(
            f"{path}: the state database needs an upgrade ({named}): run `aisoc warehouse upgrade` "
            "(it copies the state file aside first)"
        )


def pending(con: duckdb.DuckDBPyConnection, tables: Iterable[Tables]) -> list[tuple[Tables, Migration]]:
    """The migrations of ``tables`` not yet applied, in the order they would run."""
    versions = applied_versions(con)
    return [(t, m) for t in tables for m in t.migrations if m.version > versions.get(t.owner, 0)]


def apply_pending(con: duckdb.DuckDBPyConnection, tables: Sequence[Tables], now: datetime) -> list[Applied]:
    """Run and record every pending migration of ``tables`` on ``con``.

    Call inside the caller's transaction and under the migration lock: then the check and the
    changes are one step, and a second process finds them recorded.
    """
    con.execute(_SCHEMA_VERSION_DDL)
    applied = []
    for owner_tables, migration in pending(con, tables):
        for statement in migration.statements:
            con.execute(statement)
        con.execute(
            f"INSERT INTO {SCHEMA_VERSION_TABLE} VALUES (?, ?, ?, ?)",
            [owner_tables.owner, migration.version, migration.description, now],
        )
        applied.append(Applied(owner_tables.owner, migration.version, migration.description))
    return applied


def schema_status(con: duckdb.DuckDBPyConnection | None, tables: Iterable[Tables]) -> list[OwnerStatus]:
    """Each owner's applied and latest version; ``con`` None: a warehouse with no state database yet."""
    versions = applied_versions(con) if con is not None else {}
    result = []
    for owner_tables in tables:
        version = versions.get(owner_tables.owner, 0)
        result.append(
            OwnerStatus(owner_tables.owner, version, owner_tables.latest, max(owner_tables.latest - version, 0))
        )
    return result
