"""``aisoc user`` (console users) and ``aisoc audit`` (the keyed, hash-chained audit log).

User changes made here are recorded as ``cli:<login>`` (``ui.operator``), the account that ran them.
"""

from __future__ import annotations

import sys
from typing import Any

import click
import orjson

from aisoc.analytics.access import (
    ALL_TENANTS,
    ROLES,
    add_user,
    entries,
    list_users,
    recorded,
    set_disabled,
    set_password,
)
from aisoc.analytics.access.audit import ChainReport, anchor, anchor_problem, read_anchors, verify_log
from aisoc.ingest.kernel.clocks import utcnow
from aisoc.ui.operator import operator_name
from aisoc.ui.options import common_options, open_warehouse
from aisoc.ui.output import emit_rows

__all__ = ["user_group", "audit_group"]


def _read_password(from_stdin: bool) -> str:
    if from_stdin:
        line = sys.stdin.readline()
        return line[:-1] if line.endswith("\n") else line
    return click.prompt("Password", hide_input=True, confirmation_prompt=True, err=True)


@click.group("user")
def user_group() -> None:
    """Console users: who may sign in, with which role, for which tenants."""


@user_group.command("add")
@click.argument("name")
@click.option(
    "--role",
    type=click.Choice(ROLES),
    required=True,
    help="viewer: read; analyst: + triage, hunt, export; responder: + unmask; admin: + rules, audit.",
)
@click.option(
    "--tenant",
    "tenants",
    multiple=True,
    required=True,
    metavar="TENANT",
    help=f"A tenant the user sees (repeat for several; '{ALL_TENANTS}' for every tenant).",
)
@click.option("--password-stdin", is_flag=True, help="Read the password from the first line of stdin.")
@click.option("--oidc-only", is_flag=True, help="No password: the user signs in through the configured OIDC provider.")
@common_options()
def user_add(
    name: str, role: str, tenants: tuple[str, ...], password_stdin: bool, oidc_only: bool, warehouse: str | None
) -> None:
    """Create user NAME, or change the role, tenants and password of an existing one."""
    if oidc_only and password_stdin:
        raise click.UsageError("--oidc-only and --password-stdin exclude each other")
    password = None if oidc_only else _read_password(password_stdin)
    store = open_warehouse(warehouse).create()
    with recorded(store, operator_name(), "user.add", name, {"role": role, "tenants": sorted(tenants)}) as (con, _):
        add_user(con, name, role=role, tenants=tenants, password=password, now=utcnow())
    click.echo(f"user {name}: {role} for {', '.join(sorted(tenants))}", err=True)


@user_group.command("passwd")
@click.argument("name")
@click.option("--password-stdin", is_flag=True, help="Read the password from the first line of stdin.")
@common_options()
def user_passwd(name: str, password_stdin: bool, warehouse: str | None) -> None:
    """Set a new password for NAME: lifts the name's sign-in back-off and ends NAME's console sessions."""
    password = _read_password(password_stdin)
    with recorded(open_warehouse(warehouse).create(), operator_name(), "user.passwd", name) as (con, _):
        set_password(con, name, password, utcnow())
    click.echo(f"user {name}: password changed", err=True)


@user_group.command("disable")
@click.argument("name")
@common_options()
def user_disable(name: str, warehouse: str | None) -> None:
    """Stop NAME from signing in; their open console sessions end at their next click (the audit trail stays)."""
    _switch(name, True, warehouse)


@user_group.command("enable")
@click.argument("name")
@common_options()
def user_enable(name: str, warehouse: str | None) -> None:
    """Let a disabled NAME sign in again."""
    _switch(name, False, warehouse)


def _switch(name: str, disabled: bool, warehouse: str | None) -> None:
    action = "user.disable" if disabled else "user.enable"
    with recorded(open_warehouse(warehouse).create(), operator_name(), action, name) as (con, _):
        set_disabled(con, name, disabled, utcnow())
    click.echo(f"user {name}: {'disabled' if disabled else 'enabled'}", err=True)


@user_group.command("list")
@common_options(formats=("table", "json", "jsonl"))
def user_list(fmt: str, warehouse: str | None) -> None:
    """Every user with role, tenants and state (never a hash); locked_until: the end of a sign-in back-off."""
    with open_warehouse(warehouse).create().state() as con:
        users = list_users(con)
    rows: list[dict[str, Any]] = [
        {
            "name": u.name,
            "role": u.role,
            "tenants": u.tenants,
            "password": u.has_password,
            "disabled": u.disabled,
            "locked_until": u.locked_until.isoformat() + "Z" if u.locked_until else None,
            "created_at": u.created_at.isoformat() + "Z",
        }
        for u in users
    ]
    headers = ("name", "role", "tenants", "password", "disabled", "locked_until", "created_at")
    emit_rows(fmt, rows, headers, lambda: [[r[h] if h != "tenants" else ",".join(r[h]) for h in headers] for r in rows])


@click.group("audit")
def audit_group() -> None:
    """The audit log of console and user actions (append-only, hash-chained under the secret key)."""


@audit_group.command("verify")
@click.option(
    "--anchor",
    "anchor_file",
    type=click.File("r", encoding="utf-8"),
    metavar="FILE",
    help="Also check the log still reaches each head in FILE (lines printed by aisoc audit anchor).",
)
@common_options()
def audit_verify(anchor_file, warehouse: str | None) -> int:
    """Recompute the keyed hash chain; exit 1 naming the first row that does not hold, or an anchor it no longer reaches."""
    anchors = _anchors(anchor_file)
    store = open_warehouse(warehouse).create()
    report = verify_log(store)
    if not report.ok:
        click.echo(
            f"aisoc: audit log broken at row {report.bad_seq}: {report.problem} ({report.rows} rows before it hold)",
            err=True,
        )
        return 1
    with store.state() as con:
        missed = next((p for kept in anchors if (p := anchor_problem(con, report, kept))), None)
    if missed:
        click.echo(f"aisoc: audit log does not reach its anchor: {missed}", err=True)
        return 1
    _say_reseals(report)
    checked = f", {len(anchors)} anchor{'s' if len(anchors) != 1 else ''} reached" if anchors else ""
    click.echo(f"audit log holds: {report.rows} rows, head {report.head}{checked}")
    return 0


@audit_group.command("anchor")
@common_options()
def audit_anchor(warehouse: str | None) -> int:
    """Print the verified head as one JSON line, {"seq": N, "hash": "…"}: keep it outside the warehouse."""
    report = verify_log(open_warehouse(warehouse).create())
    if not report.ok:
        click.echo(f"aisoc: audit log broken at row {report.bad_seq}: {report.problem}; no anchor taken", err=True)
        return 1
    try:
        kept = anchor(report)
    except ValueError as nothing:
        click.echo(f"aisoc: {nothing}", err=True)
        return 1
    click.echo(orjson.dumps(kept).decode())
    return 0


def _anchors(anchor_file) -> list[dict]:
    if anchor_file is None:
        return []
    try:
        return read_anchors(anchor_file.read(), anchor_file.name)
    except ValueError as exc:
        raise click.ClickException(str(exc)) from None


def _say_reseals(report: ChainReport) -> None:
    """A log re-sealed at the upgrade says so each time; one that was already broken is a warning."""
    for reseal in report.reseals:
        if reseal.broken_at is None:
            click.echo(f"note: {reseal.describe()}", err=True)
        else:
            click.echo(f"aisoc: warning: audit log {reseal.describe()}", err=True)


@audit_group.command("list")
@click.option("--actor", help="Only this user's actions.")
@click.option("--action", help="Only this action (sign_in, alert.close, hunt.query, alert.unmask, export, ...).")
@click.option("--limit", type=click.IntRange(1), default=50, show_default=True)
@common_options(formats=("table", "json", "jsonl"))
def audit_list(actor: str | None, action: str | None, limit: int, fmt: str, warehouse: str | None) -> None:
    """Audit rows newest first."""
    with open_warehouse(warehouse).create().state() as con:
        rows = entries(con, actor=actor, action=action, limit=limit)
    headers = ("seq", "at", "actor", "action", "target", "detail")
    emit_rows(
        fmt,
        rows,
        headers,
        lambda: [[r[h] if h != "detail" else orjson.dumps(r[h]).decode()[:120] for h in headers] for r in rows],
    )
