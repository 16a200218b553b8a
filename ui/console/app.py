"""The console's frame: sign-in, then the pages the signed-in role may open.

Run by ``aisoc console`` (``streamlit run`` with aisoc's settings); the warehouse comes from
``$AISOC_HOME``.
"""

from __future__ import annotations

from pathlib import Path

import streamlit as st

from analytics.access import SignInRefused, principal_for, sign_in
from ui.console import session
from ui.console.safe import md_escape

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


def _login_page() -> None:
    st.title("aisoc console")
    st.caption("Sign in to triage, investigate and hunt.")
    with st.form("sign_in", clear_on_submit=True):
        name = st.text_input("User name", autocomplete="username")
        password = st.text_input("Password", type="password", autocomplete="current-password")
        submitted = st.form_submit_button("Sign in", type="primary")
    if submitted:
        try:
            who = sign_in(session.warehouse(), name.strip(), password)
        except SignInRefused:
            st.error("Sign-in refused: wrong user name or password, or the user is locked or disabled.")
        else:
            session.sign_in_as(who)
            st.rerun()
    if _oidc_configured():
        if st.user.is_logged_in:
            who = principal_for_oidc()
            if who is None:
                st.error("Your single sign-on account has no aisoc user. Ask an admin to add it.")
                st.button("Sign out of single sign-on", on_click=st.logout)
            else:
                session.sign_in_as(who)
                st.rerun()
        else:
            st.button("Sign in with single sign-on", on_click=st.login)


def principal_for_oidc():
    email = st.user.get("email")
    if not email:
        return None
    with session.warehouse().state() as con:
        return principal_for(con, str(email))


def main() -> None:
    # An emoji favicon is drawn from a data: URL; a ":material/...:" one is fetched from
    # fonts.gstatic.com, a request off the machine on every page load.
    st.set_page_config(page_title="aisoc console", page_icon="🛡️", layout="wide")
    who = session.principal()
    if who is not None and not session.touch():
        who = None
        st.info("Signed out after 30 minutes without activity.")
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
            if _oidc_configured() and st.user.is_logged_in:
                st.logout()
            st.rerun()
    st.navigation(pages).run()


main()
