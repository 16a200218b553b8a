"""Console users: argon2id password hashes, roles, tenants, and lock-out after repeated failures.

A refused sign-in says the same thing whether the name or the password was wrong, and takes
as long (an unknown name is checked against a dummy hash), so the form cannot be used to find
out which user names exist.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime, timedelta

import duckdb
import orjson
from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError

from ingest.state import utcnow

from .audit import recorded
from .principal import ALL_TENANTS, ROLES, Principal

__all__ = ["add_user", "set_password", "set_disabled", "list_users", "sign_in", "principal_for", "UserError",
           "SignInRefused", "MAX_FAILURES", "LOCKOUT", "MIN_PASSWORD"]

MAX_FAILURES = 5
LOCKOUT = timedelta(minutes=15)
MIN_PASSWORD = 12
_HASHER = PasswordHasher()  # argon2id with the library's current defaults
_DUMMY = _HASHER.hash("not a password anyone has")


class UserError(Exception):
    """A user operation cannot be done (unknown user, bad role, weak password)."""


class SignInRefused(Exception):
    """Wrong name or password, a disabled user, or a locked one. The message never says which."""


@dataclass(frozen=True)
class UserRow:
    name: str
    role: str
    tenants: list[str]
    has_password: bool
    disabled: bool
    locked_until: datetime | None
    created_at: datetime


def _check(name: str, role: str, tenants: list[str]) -> None:
    if not name or len(name) > 200 or any(ch.isspace() or not ch.isprintable() for ch in name):
        raise UserError(f"user name {name!r}: use 1-200 printable characters without spaces")
    if role not in ROLES:
        raise UserError(f"role {role!r}: expected one of {', '.join(ROLES)}")
    if not tenants:
        raise UserError(f"user {name}: give at least one --tenant (or '{ALL_TENANTS}' for every tenant)")


def _checked_password(password: str | None) -> str | None:
    if password is None:
        return None
    if len(password) < MIN_PASSWORD:
        raise UserError(f"password too short: use at least {MIN_PASSWORD} characters")
    return _HASHER.hash(password)


def add_user(con: duckdb.DuckDBPyConnection, name: str, *, role: str, tenants: Iterable[str],
             password: str | None, now: datetime) -> None:
    """Create a user, or replace the role, tenants and password of an existing one.

    ``password`` None makes a user that signs in only through OIDC.
    """
    tenants = sorted(set(tenants))
    _check(name, role, tenants)
    hashed = _checked_password(password)
    existing = con.execute("SELECT created_at FROM users WHERE name = ?", [name]).fetchone()
    con.execute("INSERT OR REPLACE INTO users VALUES (?, ?, ?, ?, false, 0, NULL, ?, ?)",
                [name, role, orjson.dumps(tenants).decode(), hashed, existing[0] if existing else now, now])


def set_password(con: duckdb.DuckDBPyConnection, name: str, password: str, now: datetime) -> None:
    hashed = _checked_password(password)
    _require(con, name)
    con.execute("UPDATE users SET password_hash = ?, failed_logins = 0, locked_until = NULL, updated_at = ? "
                "WHERE name = ?", [hashed, now, name])


def set_disabled(con: duckdb.DuckDBPyConnection, name: str, disabled: bool, now: datetime) -> None:
    _require(con, name)
    con.execute("UPDATE users SET disabled = ?, failed_logins = 0, locked_until = NULL, updated_at = ? WHERE name = ?",
                [disabled, now, name])


def _require(con: duckdb.DuckDBPyConnection, name: str) -> None:
    if con.execute("SELECT 1 FROM users WHERE name = ?", [name]).fetchone() is None:
        raise UserError(f"no user {name!r}")


def list_users(con: duckdb.DuckDBPyConnection) -> list[UserRow]:
    rows = con.execute("SELECT name, role, tenants, password_hash IS NOT NULL, disabled, locked_until, created_at "
                       "FROM users ORDER BY name").fetchall()
    return [UserRow(n, r, orjson.loads(t), p, d, lock, c) for n, r, t, p, d, lock, c in rows]


def sign_in(warehouse, name: str, password: str, *, now: datetime | None = None) -> Principal:
    """The principal for a correct name and password; ``SignInRefused`` otherwise.

    Every attempt is audit-logged. Failures count per user; the ``MAX_FAILURES``-th in a row
    locks the user for ``LOCKOUT`` (the right password is refused too until then).
    """
    now = now or utcnow()
    # the name is whatever was typed into the form: kept to the longest a user name may be
    with recorded(warehouse, name[:200], "sign_in") as (con, detail):
        principal = _check_password(con, name, password, now)
        detail["outcome"] = "ok" if principal else "refused"
    if principal is None:
        raise SignInRefused("wrong user name or password, or the user is locked or disabled")
    return principal


def _check_password(con: duckdb.DuckDBPyConnection, name: str, password: str, now: datetime) -> Principal | None:
    row = con.execute("SELECT role, tenants, password_hash, disabled, failed_logins, locked_until FROM users "
                      "WHERE name = ?", [name]).fetchone()
    if row is None or row[2] is None:
        _verify(_DUMMY, password)
        return None
    role, tenants, hashed, disabled, failures, locked_until = row
    good = _verify(hashed, password)
    if disabled or (locked_until is not None and locked_until > now):
        return None
    if not good:
        failures += 1
        lock = now + LOCKOUT if failures >= MAX_FAILURES else None
        con.execute("UPDATE users SET failed_logins = ?, locked_until = ? WHERE name = ?",
                    [0 if lock else failures, lock, name])
        return None
    rehash = _HASHER.check_needs_rehash(hashed)
    if failures or locked_until is not None or rehash:
        con.execute("UPDATE users SET failed_logins = 0, locked_until = NULL, password_hash = ? WHERE name = ?",
                    [_HASHER.hash(password) if rehash else hashed, name])
    return Principal.of(name, role, orjson.loads(tenants))


def principal_for(con: duckdb.DuckDBPyConnection, name: str) -> Principal | None:
    """The principal of an enabled user, found by name (an OIDC sign-in maps its e-mail here)."""
    row = con.execute("SELECT role, tenants FROM users WHERE name = ? AND NOT disabled", [name]).fetchone()
    return None if row is None else Principal.of(name, row[0], orjson.loads(row[1]))


def _verify(hashed: str, password: str) -> bool:
    try:
        return _HASHER.verify(hashed, password)
    except (VerificationError, InvalidHashError):
        return False
