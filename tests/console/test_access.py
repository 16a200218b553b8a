"""Users, sign-in, roles and the hash-chained audit log."""

from __future__ import annotations

import subprocess
import sys
from datetime import timedelta
from pathlib import Path

import pytest

from aisoc.analytics.access import (
    MAX_FAILURES,
    USER_BACKOFF_CAP,
    AccessDenied,
    Principal,
    SignInRefused,
    UserError,
    add_user,
    append,
    entries,
    list_users,
    set_disabled,
    sign_in,
    verify,
)
from aisoc.ingest import Warehouse
from aisoc.ingest.kernel.clocks import utcnow

PASSWORD = "a long enough password"
AISOC = str(Path(sys.executable).parent / "aisoc")


@pytest.fixture
def wh(tmp_path) -> Warehouse:
    warehouse = Warehouse(tmp_path / "wh").create()
    with warehouse.state() as con:
        add_user(con, "ana", role="analyst", tenants=["acme"], password=PASSWORD, now=utcnow())
    return warehouse


def test_roles_are_ordered_and_tenants_scoped():
    viewer, analyst = Principal.of("v", "viewer", ["acme"]), Principal.of("a", "analyst", ["acme"])
    responder, admin = Principal.of("r", "responder", ["acme", "globex"]), Principal.of("x", "admin", ["*"])
    assert [p.can("triage") for p in (viewer, analyst, responder, admin)] == [False, True, True, True]
    assert [p.can("unmask") for p in (viewer, analyst, responder, admin)] == [False, False, True, True]
    assert [p.can("rules.manage") for p in (viewer, analyst, responder, admin)] == [False, False, False, True]
    with pytest.raises(AccessDenied):
        viewer.require("hunt")
    assert analyst.sees("acme") and not analyst.sees("globex") and not analyst.sees(None)
    assert admin.sees(None) and admin.tenant_list() is None
    assert responder.tenant_list() == ["acme", "globex"]


def test_sign_in_checks_the_argon2_hash_and_says_nothing_about_why(wh):
    assert sign_in(wh, "ana", PASSWORD) == Principal.of("ana", "analyst", ["acme"])
    with pytest.raises(SignInRefused) as wrong_password:
        sign_in(wh, "ana", PASSWORD + "x")
    with pytest.raises(SignInRefused) as unknown_user:
        sign_in(wh, "nobody", PASSWORD)
    assert str(wrong_password.value) == str(unknown_user.value)
    with wh.state() as con:
        stored = con.execute("SELECT password_hash FROM users WHERE name = 'ana'").fetchone()[0]
        outcomes = [e["detail"]["outcome"] for e in entries(con, action="sign_in")]
    assert stored.startswith("$argon2id$") and PASSWORD not in stored
    assert outcomes == ["refused", "refused", "ok"]  # newest first, every attempt logged


def test_repeated_failures_make_the_name_wait_even_with_the_right_password(wh):
    now = utcnow()
    for _ in range(MAX_FAILURES):
        with pytest.raises(SignInRefused):
            sign_in(wh, "ana", "guess guess guess", now=now)
    with pytest.raises(SignInRefused):
        sign_in(wh, "ana", PASSWORD, now=now + timedelta(seconds=1))
    assert sign_in(wh, "ana", PASSWORD, now=now + USER_BACKOFF_CAP).name == "ana"


def test_a_disabled_user_cannot_sign_in(wh):
    with wh.state() as con:
        set_disabled(con, "ana", True, utcnow())
    with pytest.raises(SignInRefused):
        sign_in(wh, "ana", PASSWORD)


def test_bad_users_are_refused_with_a_reason(wh):
    with wh.state() as con:
        for kwargs, message in (
            (dict(role="root", tenants=["a"], password=PASSWORD), "role"),
            (dict(role="viewer", tenants=[], password=PASSWORD), "tenant"),
            (dict(role="viewer", tenants=["a"], password="short"), "too short"),
        ):
            with pytest.raises(UserError, match=message):
                add_user(con, "bob", now=utcnow(), **kwargs)
        with pytest.raises(UserError, match="user name"):
            add_user(con, "bad name", role="viewer", tenants=["a"], password=PASSWORD, now=utcnow())
        assert [u.name for u in list_users(con)] == ["ana"]


def test_the_audit_chain_detects_a_changed_and_a_removed_row(wh):
    with wh.state() as con:
        for i in range(5):
            append(con, "ana", "alert.close", f"al-{i}", {"verdict": "false_positive"})
        assert verify(con).ok and verify(con).rows == 5
    with wh.state() as con:
        con.execute('UPDATE audit_log SET detail = \'{"verdict":"true_positive"}\' WHERE seq = 3')
        report = verify(con)
    assert not report.ok and report.bad_seq == 3 and "changed" in report.problem
    with wh.state() as con:
        con.execute("DELETE FROM audit_log WHERE seq = 3")
        assert verify(con).bad_seq == 4 and "missing" in verify(con).problem


def test_cli_adds_users_from_stdin_and_verifies_the_chain(tmp_path):
    root = tmp_path / "wh"
    added = subprocess.run(
        [
            AISOC,
            "user",
            "add",
            "gil",
            "--role",
            "analyst",
            "--tenant",
            "globex",
            "--password-stdin",
            "--warehouse",
            str(root),
        ],
        input=PASSWORD + "\n",
        capture_output=True,
        text=True,
    )
    assert added.returncode == 0, added.stderr
    assert PASSWORD not in added.stdout + added.stderr
    assert sign_in(Warehouse(root), "gil", PASSWORD).tenants == frozenset({"globex"})
    listed = subprocess.run(
        [AISOC, "user", "list", "--format", "jsonl", "--warehouse", str(root)], capture_output=True, text=True
    )
    assert '"name":"gil"' in listed.stdout and "argon2" not in listed.stdout
    ok = subprocess.run([AISOC, "audit", "verify", "--warehouse", str(root)], capture_output=True, text=True)
    assert ok.returncode == 0 and "holds: 2 rows" in ok.stdout  # user.add by the CLI, then the sign-in above
    with Warehouse(root).state() as con:
        con.execute("UPDATE audit_log SET actor = 'someone-else' WHERE seq = 1")
    broken = subprocess.run([AISOC, "audit", "verify", "--warehouse", str(root)], capture_output=True, text=True)
    assert broken.returncode == 1 and "row 1" in broken.stderr and len(broken.stderr.strip().splitlines()) == 1
    short = subprocess.run(
        [AISOC, "user", "add", "x", "--role", "viewer", "--tenant", "a", "--password-stdin", "--warehouse", str(root)],
        input="short\n",
        capture_output=True,
        text=True,
    )
    assert short.returncode == 1 and "too short" in short.stderr


def test_an_oidc_account_maps_to_an_enabled_aisoc_user_only(wh):
    from aisoc.analytics.access import principal_for

    with wh.state() as con:
        add_user(con, "alice@corp.example", role="responder", tenants=["acme", "globex"], password=None, now=utcnow())
        assert principal_for(con, "alice@corp.example") == Principal.of(
            "alice@corp.example", "responder", ["acme", "globex"]
        )
        assert principal_for(con, "mallory@corp.example") is None
        set_disabled(con, "alice@corp.example", True, utcnow())
        assert principal_for(con, "alice@corp.example") is None
    with pytest.raises(SignInRefused):  # an OIDC-only user has no password to sign in with
        sign_in(wh, "alice@corp.example", "")
