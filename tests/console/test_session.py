"""Live console sessions (issue 15, finding 12): every rerun re-reads the user, a session has an
absolute lifetime, and a single sign-on identity needs a verified e-mail from the configured
issuer, is audited, and is not signed straight back in after a time-out."""

from __future__ import annotations

import time
from datetime import UTC, timedelta

import pytest

from aisoc.analytics.access import Principal, add_user, entries, set_disabled, set_password
from aisoc.ingest.kernel.clocks import utcnow

from .conftest import APP, PASSWORD

ISSUER = "https://login.corp.example"
OIDC_USER = "alice@corp.example"


def _texts(at, kind: str) -> list[str]:
    return [str(e.value) for e in getattr(at, kind)]


def _signed_out(at) -> bool:
    return "principal" not in at.session_state and _texts(at, "title") == ["aisoc console"]


def test_a_disabled_users_live_session_ends_on_the_next_rerun(app, console_wh):
    at = app("ana")
    assert at.session_state["principal"].name == "ana"
    with console_wh.state() as con:
        set_disabled(con, "ana", True, utcnow())
    at.run()
    assert _signed_out(at)


def test_a_role_or_tenant_change_applies_on_the_next_rerun(app, console_wh):
    at = app("ana")
    assert any("(analyst) · acme\\-bank" in c for c in _texts(at.sidebar, "caption"))
    with console_wh.state() as con:
        con.execute("""UPDATE users SET role = 'viewer', tenants = '["globex-insurance"]' WHERE name = 'ana'""")
    at.run()
    assert at.session_state["principal"] == Principal.of("ana", "viewer", ["globex-insurance"])
    assert any("(viewer) · globex\\-insurance" in c for c in _texts(at.sidebar, "caption"))


@pytest.mark.slow
def test_a_role_change_with_aisoc_user_add_applies_at_once_and_keeps_the_session(app, console_wh):
    """``aisoc user add`` is how a role changes, and it takes the password again: the same one is
    no new credential, so the session goes on under the new role; another one ends it."""
    at = app("ana")
    with console_wh.state() as con:
        add_user(con, "ana", role="viewer", tenants=["acme-bank"], password=PASSWORD, now=utcnow())
    at.run()
    assert at.session_state["principal"] == Principal.of("ana", "viewer", ["acme-bank"])
    with console_wh.state() as con:
        add_user(con, "ana", role="viewer", tenants=["acme-bank"], password=PASSWORD + " new", now=utcnow())
    at.run()
    assert _signed_out(at)


def test_a_new_password_ends_the_sessions_that_began_before_it(app, console_wh):
    at = app("ana")
    with console_wh.state() as con:
        set_password(con, "ana", PASSWORD + " renewed", utcnow())
    at.run()
    assert _signed_out(at)


@pytest.mark.parametrize("hours, setting", [(13, None), (2, "1")])
def test_a_session_past_its_absolute_lifetime_must_sign_in_again(app, monkeypatch, hours, setting):
    if setting:
        monkeypatch.setenv("AISOC_SESSION_HOURS", setting)
    at = app("ana")
    at.session_state["last_active"] = time.monotonic()  # active all along: only the lifetime ends it
    at.session_state["signed_in_at"] = utcnow() - timedelta(hours=hours)
    at.run()
    assert _signed_out(at)
    assert any("sign in again" in i for i in _texts(at, "info"))


def test_a_session_without_a_sign_in_time_is_not_trusted(app):
    at = app("ana")
    del at.session_state["signed_in_at"]
    at.run()
    assert _signed_out(at)


# -- single sign-on ---------------------------------------------------------------------------------


@pytest.fixture
def oidc_app(console_wh, monkeypatch):
    """``oidc_app(**claims)``: a signed-out AppTest whose identity provider has signed someone in."""
    from streamlit.testing.v1 import AppTest

    monkeypatch.setenv("AISOC_HOME", str(console_wh.root))
    with console_wh.state() as con:
        add_user(con, OIDC_USER, role="responder", tenants=["acme-bank"], password=None, now=utcnow())

    def make(**claims) -> AppTest:
        test = AppTest.from_file(str(APP), default_timeout=120)
        test.secrets["auth"] = {
            "redirect_uri": "http://localhost:8501/oauth2callback",
            "cookie_secret": "x" * 32,
            "client_id": "aisoc",
            "client_secret": "s",
            "server_metadata_url": ISSUER + "/.well-known/openid-configuration",
        }
        iat = int((utcnow() - timedelta(minutes=5)).replace(tzinfo=UTC).timestamp())
        user = {"is_logged_in": True, "email": OIDC_USER, "email_verified": True, "iss": ISSUER, "iat": iat}
        test.user = {k: v for k, v in {**user, **claims}.items() if v is not None}
        return test.run()

    return make


def _oidc_audit(console_wh) -> list[dict]:
    with console_wh.state() as con:
        return [r["detail"] for r in entries(con, action="sign_in") if r["detail"].get("method") == "oidc"]


def test_single_sign_on_with_a_verified_email_from_the_issuer_signs_in_and_is_audited(oidc_app, console_wh):
    at = oidc_app()
    assert at.session_state["principal"] == Principal.of(OIDC_USER, "responder", ["acme-bank"])
    assert [d["outcome"] for d in _oidc_audit(console_wh)] == ["ok"]


@pytest.mark.parametrize(
    "claims, reason",
    [
        ({"email_verified": False}, "e-mail not verified"),
        ({"email_verified": None}, "e-mail not verified"),
        ({"iss": "https://evil.example"}, "wrong issuer"),
    ],
)
def test_single_sign_on_without_a_verified_email_or_from_another_issuer_is_refused_and_audited(
    oidc_app, console_wh, claims, reason
):
    at = oidc_app(**claims)
    assert _signed_out(at) and _texts(at, "error")
    at.run()  # a rerun of the same refused identity is not audited again
    assert [(d["outcome"], d["reason"]) for d in _oidc_audit(console_wh)] == [("refused", reason)]


def test_single_sign_on_is_not_renewed_silently_after_the_idle_timeout(oidc_app):
    at = oidc_app()
    assert at.session_state["principal"].name == OIDC_USER
    at.session_state["last_active"] = time.monotonic() - 31 * 60
    at.run()
    assert _signed_out(at)
    assert at.user == {"is_logged_in": False}  # st.logout: the identity provider's cookie is gone too


def test_a_single_sign_on_session_lasts_from_the_providers_sign_in_not_from_ours(oidc_app):
    """An ID token up to the lifetime old is accepted: counting the session from our sign-in
    would let it last nearly twice the lifetime. It counts from the token's iat."""
    iat = utcnow().replace(microsecond=0) - timedelta(hours=11)
    at = oidc_app(iat=int(iat.replace(tzinfo=UTC).timestamp()))
    assert at.session_state["principal"].name == OIDC_USER
    assert at.session_state["lifetime_from"] == iat
    at.session_state["lifetime_from"] = iat - timedelta(hours=1, minutes=1)  # as a clock 1 h later would see it
    at.run()
    assert _signed_out(at)


# -- the client address (review of finding 11) -------------------------------------------------------


def _console_env(monkeypatch, tmp_path) -> dict:
    """The environment ``aisoc console`` starts Streamlit with (``os.execve`` caught, not run)."""
    import os

    from click.testing import CliRunner

    from aisoc.ui.console_cmd import console_command

    started = {}
    monkeypatch.setattr(os, "execve", lambda path, args, env: started.update(env))
    result = CliRunner().invoke(console_command, ["--warehouse", str(tmp_path / "wh")])
    assert result.exit_code == 0, result.output
    return started


def _address_seen(env: dict, peer: str, forwarded: str) -> str:
    """The client address Streamlit's server (uvicorn's proxy-header middleware, configured as
    uvicorn configures it from ``env``) hands the app for a request from ``peer`` that claims
    ``forwarded`` in X-Forwarded-For."""
    import asyncio
    import os

    from uvicorn.config import Config
    from uvicorn.middleware.proxy_headers import ProxyHeadersMiddleware

    seen = {}

    async def app(scope, receive, send):
        seen["client"] = scope["client"][0]

    saved = os.environ.get("FORWARDED_ALLOW_IPS")
    os.environ.pop("FORWARDED_ALLOW_IPS", None)
    if "FORWARDED_ALLOW_IPS" in env:
        os.environ["FORWARDED_ALLOW_IPS"] = env["FORWARDED_ALLOW_IPS"]
    try:
        trusted = Config(app).forwarded_allow_ips
    finally:
        os.environ.pop("FORWARDED_ALLOW_IPS", None)
        if saved is not None:
            os.environ["FORWARDED_ALLOW_IPS"] = saved
    scope = {
        "type": "http",
        "client": (peer, 40000),
        "scheme": "http",
        "headers": [(b"x-forwarded-for", forwarded.encode())],
    }
    asyncio.run(ProxyHeadersMiddleware(app, trusted_hosts=trusted)(scope, None, None))
    return seen["client"]


def test_a_local_client_cannot_choose_its_address_with_x_forwarded_for(monkeypatch, tmp_path):
    """Through an SSH tunnel a client connects from 127.0.0.1; uvicorn's default trusts that
    address's X-Forwarded-For, so every guess could claim a new address (or a user's usual one)."""
    monkeypatch.delenv("FORWARDED_ALLOW_IPS", raising=False)
    env = _console_env(monkeypatch, tmp_path)
    assert _address_seen(env, "127.0.0.1", "198.51.100.7") == "127.0.0.1"


def test_a_configured_proxy_is_believed(monkeypatch, tmp_path):
    monkeypatch.setenv("FORWARDED_ALLOW_IPS", "10.0.0.5")
    env = _console_env(monkeypatch, tmp_path)
    assert _address_seen(env, "10.0.0.5", "198.51.100.7") == "198.51.100.7"
    assert _address_seen(env, "127.0.0.1", "198.51.100.7") == "127.0.0.1"


# -- a warehouse sealed with another secret key (review of finding 7) --------------------------------


def test_sign_in_under_another_secret_key_says_so_in_one_line(app, console_wh, monkeypatch):
    from aisoc.analytics.access import append

    with console_wh.state() as con:
        append(con, "admin", "alert.close", "al-1")  # the log is sealed under the suite's key
    monkeypatch.setenv("AISOC_SECRET_KEY", "a different key, long enough")
    at = app(None)
    at.text_input[0].input("ana")
    at.text_input[1].input(PASSWORD)
    at.button[0].click().run()
    assert not at.exception, at.exception
    assert "principal" not in at.session_state
    errors = _texts(at, "error")
    assert len(errors) == 1 and "another key" in errors[0] and "\n" not in errors[0]
