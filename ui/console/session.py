"""The signed-in session: the warehouse, the principal, idle time-out and per-page permission checks."""

from __future__ import annotations

import time
from pathlib import Path

import streamlit as st

from analytics.access import Principal
from ingest.warehouse import Warehouse, resolve_root
from playbooks import Library, library_paths, load_library

__all__ = ["warehouse", "library", "principal", "sign_in_as", "sign_out", "touch", "IDLE_SECONDS", "require", "flash", "show_flash"]

IDLE_SECONDS = 30 * 60
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


def sign_in_as(who: Principal) -> None:
    st.session_state.clear()
    st.session_state[_KEY] = who
    st.session_state["last_active"] = time.monotonic()


def sign_out() -> None:
    st.session_state.clear()


def touch() -> bool:
    """Note activity; False (and signed out) when the session was idle for longer than ``IDLE_SECONDS``."""
    now = time.monotonic()
    last = st.session_state.get("last_active", now)
    if now - last > IDLE_SECONDS:
        sign_out()
        return False
    st.session_state["last_active"] = now
    return True


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
