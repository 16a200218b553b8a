"""``aisoc user`` (console users) and ``aisoc audit`` (the hash-chained audit log)."""

from __future__ import annotations

import sys

import click
import orjson

from analytics.access import (ALL_TENANTS, ROLES, add_user, entries, list_users, recorded, set_disabled, set_password,
                              verify)
from ingest.state import utcnow

from .options import format_option, open_warehouse, warehouse_option
from .output import emit_rows

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
@click.option("--role", type=click.Choice(ROLES), required=True,
              help="viewer: read; analyst: + triage, hunt, export; responder: + unmask; admin: + rules, audit.")
@click.option("--tenant", "tenants", multiple=True, required=True, metavar="TENANT",
              help=f"A tenant the user sees (repeat for several; '{ALL_TENANTS}' for every tenant).")
@click.option("--password-stdin", is_flag=True, help="Read the password from the first line of stdin.")
@click.option("--oidc-only", is_flag=True, help="No password: the user signs in through the configured OIDC provider.")
@warehouse_option
def user_add(name: str, role: str, tenants: tuple[str, ...], password_stdin: bool, oidc_only: bool,
             warehouse: str | None) -> None:
    """Create user NAME, or change the role, tenants and password of an existing one."""
    if oidc_only and password_stdin:
        raise click.UsageError("--oidc-only and --password-stdin exclude each other")
    password = None if oidc_only else _read_password(password_stdin)
    store = open_warehouse(warehouse).create()
    with recorded(store, "cli", "user.add", name, {"role": role, "tenants": sorted(tenants)}) as (con, _):
        add_user(con, name, role=role, tenants=tenants, password=password, now=utcnow())
    click.echo(f"user {name}: {role} for {', '.join(sorted(tenants))}", err=True)


@user_group.command("passwd")
@click.argument("name")
@click.option("--password-stdin", is_flag=True, help="Read the password from the first line of stdin.")
@warehouse_option
def user_passwd(name: str, password_stdin: bool, warehouse: str | None) -> None:
    """Set a new password for NAME (and lift a lock-out)."""
    password = _read_password(password_stdin)
    with recorded(open_warehouse(warehouse).create(), "cli", "user.passwd", name) as (con, _):
        set_password(con, name, password, utcnow())
    click.echo(f"user {name}: password changed", err=True)


@user_group.command("disable")
@click.argument("name")
@warehouse_option
def user_disable(name: str, warehouse: str | None) -> None:
    """Stop NAME from signing in (their audit trail stays)."""
    _switch(name, True, warehouse)


@user_group.command("enable")
@click.argument("name")
@warehouse_option
def user_enable(name: str, warehouse: str | None) -> None:
    """Let a disabled NAME sign in again."""
    _switch(name, False, warehouse)


def _switch(name: str, disabled: bool, warehouse: str | None) -> None:
    action = "user.disable" if disabled else "user.enable"
    with recorded(open_warehouse(warehouse).create(), "cli", action, name) as (con, _):
        set_disabled(con, name, disabled, utcnow())
    click.echo(f"user {name}: {'disabled' if disabled else 'enabled'}", err=True)


@user_group.command("list")
@format_option("table", "json", "jsonl")
@warehouse_option
def user_list(fmt: str, warehouse: str | None) -> None:
    """Every user with role, tenants and state (never a hash)."""
    with open_warehouse(warehouse).create().state() as con:
        users = list_users(con)
    rows = [{"name": u.name, "role": u.role, "tenants": u.tenants, "password": u.has_password,
             "disabled": u.disabled, "locked_until": u.locked_until.isoformat() + "Z" if u.locked_until else None,
             "created_at": u.created_at.isoformat() + "Z"} for u in users]
    headers = ("name", "role", "tenants", "password", "disabled", "locked_until", "created_at")
    emit_rows(fmt, rows, headers, lambda: [[r[h] if h != "tenants" else ",".join(r[h]) for h in headers] for r in rows])


@click.group("audit")
def audit_group() -> None:
    """The audit log of console and user actions (append-only, hash-chained)."""


@audit_group.command("verify")
@warehouse_option
def audit_verify(warehouse: str | None) -> int:
    """Recompute the hash chain; exit 1 naming the first row that does not hold."""
    with open_warehouse(warehouse).create().state() as con:
        report = verify(con)
    if not report.ok:
        click.echo(f"aisoc: audit log broken at row {report.bad_seq}: {report.problem} "
                   f"({report.rows} rows before it hold)", err=True)
        return 1
    click.echo(f"audit log holds: {report.rows} rows, head {report.head}")
    return 0


@audit_group.command("list")
@click.option("--actor", help="Only this user's actions.")
@click.option("--action", help="Only this action (sign_in, alert.close, hunt.query, alert.unmask, export, ...).")
@click.option("--limit", type=click.IntRange(1), default=50, show_default=True)
@format_option("table", "json", "jsonl")
@warehouse_option
def audit_list(actor: str | None, action: str | None, limit: int, fmt: str, warehouse: str | None) -> None:
    """Audit rows newest first."""
    with open_warehouse(warehouse).create().state() as con:
        rows = entries(con, actor=actor, action=action, limit=limit)
    headers = ("seq", "at", "actor", "action", "target", "detail")
    emit_rows(fmt, rows, headers, lambda: [[r[h] if h != "detail" else orjson.dumps(r[h]).decode()[:120] for h in headers]
                                          for r in rows])
