"""Console users: argon2id password hashes, roles, tenants; sign-in with a back-off, not a lock-out.

A refused sign-in says the same thing whether the name or the password was wrong, and takes as
long (an unknown name is checked against a dummy hash), so the form cannot be used to find out
which user names exist.

**Back-off.** Failed attempts in a row are counted per typed user name and per client address
(an IPv6 address counts as its /64: one subscriber gets a whole /64, so hopping inside it is free).
After ``MAX_FAILURES`` of them, the next attempt under that name or from that address waits 2 s,
then 4, 8 ... up to ``USER_BACKOFF_CAP`` for a name and ``ADDRESS_BACKOFF_CAP`` for an address.
An attempt made during a wait is refused without looking at the password and does not make the
wait longer. A name's cap is short and an address's long: one attacker's address soon gets one
guess per quarter hour.

**No lock-out.** An attacker with many addresses (free with IPv6) can guess the moment each of a
name's waits ends and so keep that name waiting for ever. The name's back-off therefore does not
apply to an address the user has signed in from before (kept in ``sign_in_known_addresses``): the
real user gets in from their usual place while the attack goes on; only the address's own back-off
applies there. A user at a new address waits like everyone else. A sign-in gives back only the
failure counted for itself up front, so the real user signing in does not hand the attacker a new
set of free guesses. Only names that have signed in have known addresses, and only someone at
such an address sees the difference, so the back-off still does not tell which names exist.
Counts live in the state database, so restarting the console does not reset them.

**No lock held while hashing.** The argon2 check is the slow part of a sign-in. It runs outside
every lock: the attempt is counted first, in a short write of its own (so guesses made in
parallel count too), and the outcome and its audit row are written after it.
"""

from __future__ import annotations

import ipaddress
import math
import threading
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any

import duckdb
import orjson
from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError

import aisoc.analytics.access.tables  # noqa: F401 - registers the tables queried here
from aisoc.analytics.access.audit import recorded
from aisoc.analytics.access.principal import ALL_TENANTS, ROLES, Principal
from aisoc.ingest.kernel.clocks import utcnow
from aisoc.ingest.kernel.errors import AisocError

__all__ = [
    "add_user",
    "set_password",
    "set_disabled",
    "list_users",
    "sign_in",
    "principal_for",
    "session_principal",
    "oidc_sign_in",
    "oidc_issuer",
    "oidc_signed_in_at",
    "UserError",
    "SignInRefused",
    "SignInThrottled",
    "OidcRefused",
    "MAX_FAILURES",
    "USER_BACKOFF_CAP",
    "ADDRESS_BACKOFF_CAP",
    "MIN_PASSWORD",
]

MAX_FAILURES = 5  # failures in a row before a name or an address has to wait
USER_BACKOFF_CAP = timedelta(minutes=2)
ADDRESS_BACKOFF_CAP = timedelta(minutes=15)
_CAPS = {"user": USER_BACKOFF_CAP, "address": ADDRESS_BACKOFF_CAP}
FORGET_FAILURES_AFTER = timedelta(hours=1)  # a name or address with no failure for this long starts afresh
MIN_PASSWORD = 12
_HASHER = PasswordHasher()  # argon2id with the library's current defaults
_DUMMY = _HASHER.hash("not a password anyone has")
# Console sessions are threads of one process: two attempts counting on the same row in parallel
# transactions would conflict in DuckDB. Held only for the short counting writes, never while hashing.
_ATTEMPTS = threading.Lock()


class UserError(AisocError):
    """A user operation cannot be done (unknown user, bad role, weak password)."""


class SignInRefused(AisocError):
    """Wrong name or password, or a disabled user. The message never says which."""


class SignInThrottled(SignInRefused):
    """Too many failed attempts under this name or from this address: ``wait`` seconds first."""

    def __init__(self, wait: int):
        super().__init__(f"too many failed sign-ins under this name or from this address: try again in {wait} s")
        self.wait = wait


class OidcRefused(SignInRefused):
    """An identity provider's sign-in that aisoc does not accept; ``reason`` is what the audit row says."""

    def __init__(self, reason: str, message: str):
        super().__init__(message)
        self.reason = reason


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


def add_user(
    con: duckdb.DuckDBPyConnection, name: str, *, role: str, tenants: Iterable[str], password: str | None, now: datetime
) -> None:
    """Create a user, or replace the role, tenants and password of an existing one.

    ``password`` None makes a user that signs in only through OIDC. A new credential ends the
    user's sessions that began before ``now``; the same one (the same password, or OIDC-only
    again) does not, so a role or tenant change applies to live sessions at once.
    """
    tenants = sorted(set(tenants))
    _check(name, role, tenants)
    hashed = _checked_password(password)
    existing = con.execute(
        "SELECT created_at, password_hash, password_changed_at FROM users WHERE name = ?", [name]
    ).fetchone()
    changed_at = now
    if existing is not None and _same_credential(existing[1], password):
        hashed, changed_at = existing[1], existing[2]
    con.execute(
        "INSERT OR REPLACE INTO users (name, role, tenants, password_hash, disabled, failed_logins, "
        "locked_until, created_at, updated_at, password_changed_at) "
        "VALUES (?, ?, ?, ?, false, 0, NULL, ?, ?, ?)",
        [name, role, orjson.dumps(tenants).decode(), hashed, existing[0] if existing else now, now, changed_at],
    )


def _same_credential(stored_hash: str | None, password: str | None) -> bool:
    if password is None or stored_hash is None:
        return password is None and stored_hash is None
    return _verify(stored_hash, password)


def set_password(con: duckdb.DuckDBPyConnection, name: str, password: str, now: datetime) -> None:
    """A new password: lifts the name's back-off and ends the sessions that began before ``now``."""
    hashed = _checked_password(password)
    _require(con, name)
    con.execute(
        "UPDATE users SET password_hash = ?, password_changed_at = ?, updated_at = ? WHERE name = ?",
        [hashed, now, now, name],
    )
    con.execute("DELETE FROM sign_in_failures WHERE kind = 'user' AND key = ?", [name])


def set_disabled(con: duckdb.DuckDBPyConnection, name: str, disabled: bool, now: datetime) -> None:
    """Disabling ends the user's live sessions at their next rerun; enabling lifts the name's back-off."""
    _require(con, name)
    con.execute("UPDATE users SET disabled = ?, updated_at = ? WHERE name = ?", [disabled, now, name])
    con.execute("DELETE FROM sign_in_failures WHERE kind = 'user' AND key = ?", [name])


def _require(con: duckdb.DuckDBPyConnection, name: str) -> None:
    if con.execute("SELECT 1 FROM users WHERE name = ?", [name]).fetchone() is None:
        raise UserError(f"no user {name!r}")


def list_users(con: duckdb.DuckDBPyConnection, now: datetime | None = None) -> list[UserRow]:
    """Every user; ``locked_until`` is the end of the name's current back-off, if any."""
    now = now or utcnow()
    rows = con.execute(
        "SELECT u.name, role, tenants, password_hash IS NOT NULL, disabled, f.failures, "
        "f.last_failure_at, created_at FROM users u LEFT JOIN sign_in_failures f "
        "ON f.kind = 'user' AND f.key = u.name ORDER BY u.name"
    ).fetchall()
    return [
        UserRow(n, r, orjson.loads(t), p, d, _waiting_until("user", failures, last, now), c)
        for n, r, t, p, d, failures, last, c in rows
    ]


def principal_for(con: duckdb.DuckDBPyConnection, name: str) -> Principal | None:
    """The principal of an enabled user, found by name (an OIDC sign-in maps its e-mail here)."""
    row = con.execute("SELECT role, tenants FROM users WHERE name = ? AND NOT disabled", [name]).fetchone()
    return None if row is None else Principal.of(name, row[0], orjson.loads(row[1]))


def session_principal(con: duckdb.DuckDBPyConnection, name: str, signed_in_at: datetime) -> Principal | None:
    """What a live session of ``name`` that began at ``signed_in_at`` may do now: the user's current
    role and tenants; None once the user is gone, disabled, or has a password newer than the session."""
    row = con.execute(
        "SELECT role, tenants, password_changed_at FROM users WHERE name = ? AND NOT disabled", [name]
    ).fetchone()
    if row is None or (row[2] is not None and row[2] > signed_in_at):
        return None
    return Principal.of(name, row[0], orjson.loads(row[1]))


# -- password sign-in ------------------------------------------------------------------------------


@dataclass(frozen=True)
class _Account:
    hashed: str | None
    disabled: bool


def sign_in(
    warehouse, name: str, password: str, *, address: str | None = None, now: datetime | None = None
) -> Principal:
    """The principal for a correct name and password; ``SignInRefused`` otherwise.

    ``address`` is the client's (None when unknown: then only the name is throttled).
    ``SignInThrottled`` when the name or the address is backing off; the password is not checked.
    Every checked attempt is audit-logged, and the first refusal of each wait.
    """
    now = now or utcnow()
    name = name[:200]  # whatever was typed into the form: kept to the longest a user name may be
    address = str(address)[:100] if address else None
    keys = _throttle_keys(name, address)
    wait, first_of_wait, account, refused_meanwhile = _begin_attempt(warehouse, name, keys, now)
    detail: dict[str, Any] = {"method": "password", "address": address}
    if wait:
        if first_of_wait:
            with recorded(
                warehouse,
                name,
                "sign_in",
                None,
                {**detail, "outcome": "refused", "reason": "backing off", "wait": wait},
            ):
                pass
        raise SignInThrottled(wait)
    # The slow part, outside every lock: an audited action elsewhere does not wait for it.
    good = _verify(account.hashed if account and account.hashed else _DUMMY, password)
    reason = _refusal(account, good)
    rehashed = _rehashed(account, password) if reason is None else None
    if refused_meanwhile:
        detail["refused_while_backing_off"] = refused_meanwhile
    with recorded(warehouse, name, "sign_in", None, detail) as (con, logged):
        principal, reason = _conclude(con, name, account, reason, rehashed)
        logged["outcome"] = "ok" if principal else "refused"
        if reason:
            logged["reason"] = reason
    if principal is None:
        raise SignInRefused("wrong user name or password, or the user is disabled")
    _end_attempt(warehouse, name, keys, now)
    return principal


def _rehashed(account: _Account | None, password: str) -> str | None:
    """A new hash of a verified password when the stored one was made with older parameters."""
    if account is None or account.hashed is None or not _HASHER.check_needs_rehash(account.hashed):
        return None
    return _HASHER.hash(password)


def _refusal(account: _Account | None, good: bool) -> str | None:
    if account is None:
        return "unknown user"
    if account.hashed is None:
        return "single sign-on only"
    if not good:
        return "wrong password"
    return "disabled" if account.disabled else None


def _conclude(
    con: duckdb.DuckDBPyConnection, name: str, account: _Account | None, reason: str | None, rehashed: str | None
) -> tuple[Principal | None, str | None]:
    """Re-read the user inside the audited write: a password change or disabling that landed while
    the hash was being checked wins."""
    if reason is not None:
        return None, reason
    row = con.execute("SELECT role, tenants, password_hash, disabled FROM users WHERE name = ?", [name]).fetchone()
    if account is None or row is None or row[2] != account.hashed or row[3]:
        return None, "changed during sign-in"
    if rehashed:
        con.execute("UPDATE users SET password_hash = ? WHERE name = ?", [rehashed, name])
    return Principal.of(name, row[0], orjson.loads(row[1])), None


def _throttle_keys(name: str, address: str | None) -> list[tuple[str, str]]:
    keys = [("user", name)]
    if address:  # unknown (a local connection): throttling everyone behind one key would lock them all out
        keys.append(("address", address_group(address)))
    return keys


def address_group(address: str) -> str:
    """The key an address is throttled and remembered under: an IPv6 address's /64 network (an
    IPv4-mapped one as its IPv4 address), anything else as given."""
    try:
        ip = ipaddress.ip_address(address.split("%", 1)[0])  # a zone index (fe80::1%eth0) names no network
    except ValueError:
        return address
    if ip.version == 4:
        return str(ip)
    if ip.ipv4_mapped is not None:
        return str(ip.ipv4_mapped)
    return str(ipaddress.ip_network(f"{ip}/64", strict=False))


def _backoff(kind: str, failures: int) -> timedelta:
    if failures < MAX_FAILURES:
        return timedelta(0)
    exponent = min(failures - MAX_FAILURES + 1, 30)  # 2 s after the fifth failure, doubling
    return min(_CAPS[kind], timedelta(seconds=2**exponent))


def _waiting_until(kind: str, failures: int | None, last: datetime | None, now: datetime) -> datetime | None:
    if not failures or last is None:
        return None
    until = last + _backoff(kind, failures)
    return until if until > now else None


def _begin_attempt(
    warehouse, name: str, keys: list[tuple[str, str]], now: datetime
) -> tuple[int, bool, _Account | None, int]:
    """Refuse while a key is backing off, else count the attempt as a failure up front (parallel
    guesses see each other) and read the account. Returns ``(wait seconds, first refusal of this
    wait, account, attempts refused during waits since the last checked one)``.

    The name's back-off is counted for every attempt but not applied to an address the user has
    signed in from before."""
    with _ATTEMPTS, warehouse.state() as con:
        con.execute("DELETE FROM sign_in_failures WHERE last_failure_at < ?", [now - FORGET_FAILURES_AFTER])
        rows = {
            (kind, key): con.execute(
                "SELECT failures, last_failure_at, refused_waiting FROM sign_in_failures WHERE kind = ? AND key = ?",
                [kind, key],
            ).fetchone()
            for kind, key in keys
        }
        exempt = ("user", name) if _known_address(con, name, keys) else None
        waits = {k: _waiting_until(k[0], r[0], r[1], now) for k, r in rows.items() if r and k != exempt}
        waiting = {k: until for k, until in waits.items() if until}
        if waiting:
            first = any(rows[k][2] == 0 for k in waiting)
            for kind, key in waiting:
                con.execute(
                    "UPDATE sign_in_failures SET refused_waiting = refused_waiting + 1 WHERE kind = ? AND key = ?",
                    [kind, key],
                )
            return math.ceil((max(waiting.values()) - now).total_seconds()), first, None, 0
        for kind, key in keys:
            con.execute(
                "INSERT INTO sign_in_failures VALUES (?, ?, 1, ?, 0) ON CONFLICT DO UPDATE SET "
                "failures = failures + 1, last_failure_at = excluded.last_failure_at, refused_waiting = 0",
                [kind, key, now],
            )
        row = con.execute("SELECT password_hash, disabled FROM users WHERE name = ?", [name]).fetchone()
    refused_meanwhile = max((r[2] for r in rows.values() if r), default=0)
    return 0, False, None if row is None else _Account(row[0], row[1]), refused_meanwhile


def _known_address(con: duckdb.DuckDBPyConnection, name: str, keys: list[tuple[str, str]]) -> bool:
    address = next((key for kind, key in keys if kind == "address"), None)
    return (
        address is not None
        and con.execute(
            "SELECT 1 FROM sign_in_known_addresses WHERE name = ? AND address = ?", [name, address]
        ).fetchone()
        is not None
    )


def _end_attempt(warehouse, name: str, keys: list[tuple[str, str]], now: datetime) -> None:
    """A sign-in went through: each key gets back only the failure counted up front (the real user
    signing in must not reset the count of someone guessing their name or from their address),
    and the address becomes one the name's back-off does not apply to."""
    with _ATTEMPTS, warehouse.state() as con:
        for kind, key in keys:
            con.execute(
                "UPDATE sign_in_failures SET failures = greatest(failures - 1, 0) WHERE kind = ? AND key = ?",
                [kind, key],
            )
            if kind == "address":
                con.execute(
                    "INSERT INTO sign_in_known_addresses VALUES (?, ?, ?) ON CONFLICT DO UPDATE SET "
                    "last_sign_in_at = excluded.last_sign_in_at",
                    [name, key, now],
                )


def _verify(hashed: str, password: str) -> bool:
    try:
        return _HASHER.verify(hashed, password)
    except (VerificationError, InvalidHashError):
        return False


# -- single sign-on (OIDC) ---------------------------------------------------------------------------

_DISCOVERY_SUFFIX = "/.well-known/openid-configuration"
_CLOCK_SKEW = timedelta(minutes=5)  # how far ahead of ours the provider's clock may be
_OIDC_MESSAGES = {
    "no issuer configured": "single sign-on has no issuer to trust: set issuer (or a standard server_metadata_url) "
    "in [auth]",
    "wrong issuer": "your single sign-on identity comes from an identity provider this console does not trust",
    "no e-mail": "your identity provider sent no e-mail address",
    "e-mail not verified": "your identity provider has not verified your e-mail address",
    "no valid sign-in time": "your identity provider sent no valid sign-in time (iat)",
    "signed in too long ago": "your single sign-on session is too old: sign in again",
    "no such user, or disabled": "your single sign-on account has no aisoc user: ask an admin to add it",
}


def oidc_issuer(auth: Mapping[str, Any]) -> str | None:
    """The issuer whose identities count: ``issuer`` in the ``[auth]`` settings, else the one a
    standard ``server_metadata_url`` names (OpenID Connect Discovery: issuer + the well-known path)."""
    if auth.get("issuer"):
        return str(auth["issuer"])
    url = str(auth.get("server_metadata_url") or "")
    if url.endswith(_DISCOVERY_SUFFIX) and len(url) > len(_DISCOVERY_SUFFIX):
        return url[: -len(_DISCOVERY_SUFFIX)]
    return None


def oidc_sign_in(
    warehouse,
    claims: Mapping[str, Any],
    *,
    issuer: str | None,
    max_age: timedelta,
    address: str | None = None,
    now: datetime | None = None,
) -> Principal:
    """The principal for an identity provider's sign-in (``st.user``'s ID-token claims), audited
    either way; ``OidcRefused`` unless it comes from ``issuer``, with a verified e-mail, signed in
    at the provider no longer than ``max_age`` ago, and the e-mail names an enabled user."""
    now = now or utcnow()
    email = str(claims.get("email") or "")[:200]
    reason = _oidc_refusal(claims, email, issuer, max_age, now)
    detail = {
        "method": "oidc",
        "issuer": str(claims.get("iss") or "")[:200],
        "address": str(address)[:100] if address else None,
    }
    with recorded(warehouse, email or "(no e-mail)", "sign_in", None, detail) as (con, logged):
        principal = None if reason else principal_for(con, email)
        if principal is None:
            reason = reason or "no such user, or disabled"
            logged.update(outcome="refused", reason=reason)
        else:
            logged["outcome"] = "ok"
    if principal is None:
        refusal = reason or "no such user, or disabled"  # as logged: the block set it
        raise OidcRefused(refusal, _OIDC_MESSAGES[refusal])
    return principal


def _oidc_refusal(
    claims: Mapping[str, Any], email: str, issuer: str | None, max_age: timedelta, now: datetime
) -> str | None:
    if not issuer:
        return "no issuer configured"
    if claims.get("iss") != issuer:
        return "wrong issuer"
    if not email:
        return "no e-mail"
    # some providers send the claim as the string "true"; anything else is not a verification
    if claims.get("email_verified") not in (True, "true"):
        return "e-mail not verified"
    issued = _from_epoch(claims.get("iat"))
    if issued is None or issued > now + _CLOCK_SKEW:
        return "no valid sign-in time"
    if now - issued > max_age:
        return "signed in too long ago"
    return None


def oidc_signed_in_at(claims: Mapping[str, Any]) -> datetime | None:
    """When the identity provider signed the user in (the ID token's ``iat``), as a state time: an
    accepted token may be up to a session's lifetime old, so the session counts from this."""
    return _from_epoch(claims.get("iat"))


def _from_epoch(seconds: Any) -> datetime | None:
    """An ID token's ``iat`` as a state time; None when it is missing or no plausible time."""
    if not isinstance(seconds, (int, float)) or isinstance(seconds, bool) or not 0 <= seconds < 2**35:
        return None  # 2**35 s is past the year 3000: anything larger (or nan) is not a sign-in time
    return datetime(1970, 1, 1) + timedelta(seconds=seconds)
