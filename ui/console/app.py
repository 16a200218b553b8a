"""The console's frame: sign-in, then the pages the signed-in role may open.

Run by ``aisoc console`` (``streamlit run`` with aisoc's settings); the warehouse comes from
``$AISOC_HOME``.
"""

from __future__ import annotations

from pathlib import Path

import streamlit as st

from aisoc.analytics.access import (
    OidcRefused,
    SignInRefused,
    SignInThrottled,
    oidc_issuer,
    oidc_sign_in,
    oidc_signed_in_at,
    sign_in,
)
from aisoc.ingest.kernel.secretkey import SecretKeyError
from aisoc.ui.console import session
from aisoc.ui.console.safe import md_escape

PAGES = (  # (script, title, icon, permission)
    ("views/overview.py", "Overview", ":material/dashboard:", "view"),
    ("views/queue.py", "Alert queue", ":material/notifications:", "view"),
    ("views/alert.py", "Alert detail", ":material/search_insights:", "view"),
    ("views/cases.py", "Cases", ":material/cases:", "view"),
    ("views/hunt.py", "Hunt", ":material/query_stats:", "hunt"),
    ("views/rules.py", "Rules", ":material/rule:", "view"),
    ("views/health.py", "Data health", ":material/monitor_heart:", "view"),
    ("views/audit.py", "Audit log", ":material/fact_check:", "audit.read"),
)


def _oidc_configured() -> bool:
    try:
        return "auth" in st.secrets
    except Exception:  # no secrets file at all: Streamlit raises rather than returning empty
        return False


def _client_address() -> str | None:
    """The client's IP address, for the sign-in back-off; None for a local connection.

    Streamlit's server (uvicorn) takes it from X-Forwarded-For only when the connection comes from
    an address in FORWARDED_ALLOW_IPS. ``aisoc console`` sets that to nothing unless the operator
    names a proxy, so a client (a local one too, through an SSH tunnel) cannot choose its own."""
    address = st.context.ip_address
    return address if isinstance(address, str) and address else None


def _login_page() -> None:
    st.title("aisoc console")
    st.caption("Sign in to triage, investigate and hunt.")
    with st.form("sign_in", clear_on_submit=True):
        name = st.text_input("User name", autocomplete="username")
        password = st.text_input("Password", type="password", autocomplete="current-password")
        submitted = st.form_submit_button("Sign in", type="primary")
    if submitted:
        try:
            who = sign_in(session.warehouse(), name.strip(), password, address=_client_address())
        except SignInThrottled as throttled:
            st.error(
                f"Too many failed sign-ins under this user name or from this address: "
                f"try again in {throttled.wait} seconds."
            )
        except SignInRefused:
            st.error("Sign-in refused: wrong user name or password, or the user is disabled.")
        except SecretKeyError as wrong_key:  # every sign-in is audited: no audit row, no sign-in
            st.error(f"Sign-in impossible: {md_escape(str(wrong_key))}")
        else:
            session.sign_in_as(who)
            st.rerun()
    if _oidc_configured():
        if st.user.is_logged_in:
            _single_sign_on()
        else:
            st.button("Sign in with single sign-on", on_click=st.login)


def _single_sign_on() -> None:
    """Take the identity provider's sign-in if aisoc accepts it; else say why, once per identity
    (each rerun of the page would otherwise add the same refusal to the audit log)."""
    claims = st.user.to_dict()
    identity = tuple(str(claims.get(k)) for k in ("iss", "sub", "email", "iat"))
    refused = st.session_state.get("_oidc_refused")
    if refused is None or refused[0] != identity:
        try:
            who = oidc_sign_in(
                session.warehouse(),
                claims,
                issuer=oidc_issuer(st.secrets["auth"]),
                max_age=session.lifetime(),
                address=_client_address(),
            )
        except OidcRefused as why:
            refused = st.session_state["_oidc_refused"] = (identity, why.reason, str(why))
        except SecretKeyError as wrong_key:
            st.error(f"Sign-in impossible: {md_escape(str(wrong_key))}")
            return
        else:
            session.sign_in_as(who, "oidc", authenticated_at=oidc_signed_in_at(claims))
            st.rerun()
    _, reason, message = refused
    st.error(f"Single sign-on refused: {message}.")
    if reason == "signed in too long ago":
        st.button("Sign in again with single sign-on", on_click=st.login)
    else:
        st.button("Sign out of single sign-on", on_click=st.logout)


def main() -> None:
    # An emoji favicon is drawn from a data: URL; a ":material/...:" one is fetched from
    # fonts.gstatic.com, a request off the machine on every page load.
    st.set_page_config(page_title="aisoc console", page_icon="🛡️", layout="wide")
    who, why = session.recheck()
    if why:
        st.info(why)
    if who is None:
        # The sign-in form answers at every page's address too: a link such as /alert?alert=ID
        # (or a reload, which starts a new session) opens that page after sign-in, instead of
        # Streamlit's "page not found" dialog, which blocks the form.
        login = [st.Page(_login_page, title="Sign in", url_path="signin", default=True)]
        login += [st.Page(_login_page, title="Sign in", url_path=Path(path).stem) for path, *_ in PAGES]
        st.navigation(login, position="hidden").run()
        return
    pages = [st.Page(path, title=title, icon=icon) for path, title, icon, permission in PAGES if who.can(permission)]
    with st.sidebar:
        st.caption(f"Signed in as **{md_escape(who.name)}** ({who.role}) · {md_escape(who.describe_tenants())}")
        if st.button("Sign out", icon=":material/logout:"):
            session.sign_out()
            st.rerun()
    try:
        st.navigation(pages).run()
    except SecretKeyError as wrong_key:  # an audited action on any page, under the wrong key
        st.error(md_escape(str(wrong_key)))


main()
