"""The signed-in session: the warehouse, the principal, the checks every rerun makes (idle
time-out, absolute lifetime, the user as the user table has it now) and per-page permission checks."""

from __future__ import annotations

import time
from datetime import datetime, timedelta
from pathlib import Path

import streamlit as st

from aisoc.analytics.access import Principal, session_principal
from aisoc.ingest.kernel.clocks import utcnow
from aisoc.ingest.kernel.settings import SESSION_HOURS
from aisoc.ingest.warehouse import Warehouse, resolve_root
from aisoc.playbooks import Library, library_paths, load_library

__all__ = [
    "warehouse",
    "library",
    "principal",
    "sign_in_as",
    "sign_out",
    "recheck",
    "lifetime",
    "IDLE_SECONDS",
    "LIFETIME_ENV",
    "require",
    "flash",
    "show_flash",
]

IDLE_SECONDS = 30 * 60
LIFETIME_ENV = SESSION_HOURS.name
DEFAULT_LIFETIME_HOURS = 12.0
_KEY = "principal"


@st.cache_resource
def _warehouse(root: str) -> Warehouse:
    return Warehouse(root).create()


def warehouse() -> Warehouse:
    """The warehouse of ``$AISOC_HOME`` (set by ``aisoc console``)."""
    return _warehouse(str(resolve_root(None).resolve()))


@st.cache_resource
def _library(paths: tuple[str, ...]) -> Library:
    return load_library([Path(p) for p in paths])


def library() -> Library:
    """The playbooks (``$AISOC_PLAYBOOKS`` or the shipped ones), read once per server."""
    return _library(tuple(str(p) for p in library_paths()))


def principal() -> Principal | None:
    return st.session_state.get(_KEY)


def lifetime() -> timedelta:
    """How long a session lasts however active it is: ``$AISOC_SESSION_HOURS``, else 12 hours."""
    try:
        hours = float(SESSION_HOURS.get() or DEFAULT_LIFETIME_HOURS)
    except ValueError:
        hours = DEFAULT_LIFETIME_HOURS
    # nan, zero or negative would end every session at once or never: the default instead
    return timedelta(hours=hours if 0 < hours <= 24 * 30 else DEFAULT_LIFETIME_HOURS)


def sign_in_as(who: Principal, method: str = "password", authenticated_at: datetime | None = None) -> None:
    """Start a session; ``method`` is "password" or "oidc" (an OIDC session ends at the provider too).

    ``authenticated_at`` starts the lifetime clock: for OIDC, when the provider signed the user in
    (the token's ``iat``), since a token up to a lifetime old is accepted; now when not given. A
    credential change is still compared with ``signed_in_at``, the moment aisoc let the user in."""
    st.session_state.clear()
    now = utcnow()
    st.session_state[_KEY] = who
    st.session_state["signed_in_at"] = now
    st.session_state["lifetime_from"] = min(authenticated_at or now, now)  # a provider clock ahead of ours: now
    st.session_state["sign_in_method"] = method
    st.session_state["last_active"] = time.monotonic()


def sign_out() -> None:
    """End the session; an OIDC one also at Streamlit's identity cookie, so no rerun or reload signs
    it straight back in."""
    oidc = st.session_state.get("sign_in_method") == "oidc"
    st.session_state.clear()
    if oidc and st.user.get("is_logged_in"):
        st.logout()


def recheck() -> tuple[Principal | None, str | None]:
    """The principal as the user table has it now, or ``(None, why)`` after signing the session out.

    Run on every rerun: a disabled user, a new password, the idle time-out or the absolute
    lifetime ends the session at once; a new role or tenant list applies at once."""
    who = principal()
    if who is None:
        return None, None
    why = _expired(st.session_state.get("signed_in_at"), st.session_state.get("lifetime_from"))
    if why is None:
        with warehouse().state() as con:
            who = session_principal(con, who.name, st.session_state["signed_in_at"])
        why = None if who is not None else "Signed out: your user was disabled or its password changed."
    if why is not None:
        sign_out()
        return None, why
    st.session_state[_KEY] = who
    st.session_state["last_active"] = time.monotonic()
    return who, None


def _expired(signed_in_at, lifetime_from) -> str | None:
    if not isinstance(signed_in_at, datetime):  # only sign_in_as starts a session: do not trust one without
        return "Signed out: sign in again."
    started = lifetime_from if isinstance(lifetime_from, datetime) else signed_in_at
    now = time.monotonic()
    if now - st.session_state.get("last_active", now) > IDLE_SECONDS:
        return f"Signed out after {IDLE_SECONDS // 60} minutes without activity."
    limit = lifetime()
    if utcnow() - started > limit:
        return f"Signed out: a session lasts {limit.total_seconds() / 3600:g} hours at most; sign in again."
    return None


def require(permission: str) -> Principal:
    """The principal, stopping the page when they lack ``permission``."""
    who = principal()
    if who is None or not who.can(permission):
        st.error("You do not have access to this page.")
        st.stop()
    return who


def flash(message: str, kind: str = "success") -> None:
    """A message to show after the next rerun (an action's outcome survives ``st.rerun``)."""
    st.session_state["_flash"] = (kind, message)


def show_flash() -> None:
    kind, message = st.session_state.pop("_flash", (None, None))
    if message:
        {"success": st.success, "error": st.error, "warning": st.warning}.get(kind, st.info)(message)
