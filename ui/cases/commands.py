"""``aisoc case …``: incident cases from alerts to a closed case — opening, the workflow, steps.

The regulatory record, evidence, reports and metrics are in ``aisoc.ui.cases.records``; who is
acting in ``aisoc.ui.cases.common``; times given and shown in ``aisoc.ui.times``.
"""

from __future__ import annotations

from pathlib import Path

import click

from aisoc.analytics import cases
from aisoc.ingest.kernel.clocks import utcnow
from aisoc.ui.cases.common import as_option, open_as
from aisoc.ui.cases.records import RECORD_COMMANDS
from aisoc.ui.options import common_options
from aisoc.ui.output import emit_json, emit_rows, emit_table, say
from aisoc.ui.playbook_cmd import library_option, open_library
from aisoc.ui.times import format_span, moment, seconds, when

__all__ = ["case_group"]


@click.group("case")
def case_group() -> None:
    """Incident cases: open from alerts, work the playbook's steps, meet the clocks, report."""


@case_group.command("open")
@click.option(
    "--from-alert",
    "alert_ids",
    multiple=True,
    required=True,
    metavar="ALERT_ID",
    help="An alert to open the case from (repeat to merge several).",
)
@click.option("--title", help="The case title (default: the most severe alert's title and entity).")
@click.option("--playbook", "playbook_id", metavar="ID", help="The playbook to follow (default: the alerts' own).")
@click.option(
    "--aware-at", metavar="TIME", help="When the organisation became aware (default: now); the clocks start here."
)
@click.option("--summary", default="", help="What is known so far.")
@library_option
@as_option
@common_options(formats=("text", "json"), default="text")
def case_open(alert_ids, title, playbook_id, aware_at, summary, playbook_paths, as_user, warehouse, fmt) -> None:
    """Open a case from one or more alerts; prints the new case id."""
    wh, principal = open_as(warehouse, as_user)
    library = open_library(playbook_paths)
    case_id = cases.open_case(
        wh,
        principal,
        list(alert_ids),
        library,
        title=title,
        playbook_id=playbook_id,
        summary=summary,
        aware_at=moment(aware_at),
    )
    if fmt == "json":
        emit_json({"id": case_id})
    else:
        click.echo(case_id)


@case_group.command("list")
@click.option("--status", type=click.Choice(("open",) + cases.STATUSES), help="Only this status ('open': not closed).")
@click.option("--assignee", metavar="USER", help="Only cases assigned to USER.")
@as_option
@common_options(formats=("table", "json", "jsonl"))
def case_list(status, assignee, as_user, warehouse, fmt) -> None:
    """The cases, newest first."""
    wh, principal = open_as(warehouse, as_user)
    found = cases.list_cases(wh, principal, status=status, assignee=assignee)
    rows = [_case_summary(c) for c in found]
    emit_rows(
        fmt,
        rows,
        ["id", "status", "severity", "assignee", "steps", "opened", "title"],
        lambda: [
            [
                r["id"],
                r["status"],
                r["severity"],
                r["assignee"],
                f"{r['steps_done']}/{r['steps']}",
                when(r["opened_at"]),
                r["title"],
            ]
            for r in rows
        ],
    )


def _case_summary(case: cases.Case) -> dict:
    done, total = case.extra.get("progress", case.progress)
    return {
        "id": case.id,
        "title": case.title,
        "status": case.status,
        "severity": case.severity,
        "tenants": list(case.tenants),
        "playbook": case.playbook,
        "assignee": case.assignee,
        "opened_at": case.opened_at,
        "aware_at": case.aware_at,
        "acknowledged_at": case.acknowledged_at,
        "closed_at": case.closed_at,
        "steps_done": done,
        "steps": total,
        "time_to_acknowledge_s": seconds(cases.time_to_acknowledge(case)),
        "time_to_resolve_s": seconds(cases.time_to_resolve(case)),
    }


@case_group.command("show")
@click.argument("case_id")
@as_option
@common_options(formats=("table", "json"))
def case_show(case_id, as_user, warehouse, fmt) -> None:
    """Everything about case CASE_ID: clocks, steps, evidence, decisions, timeline."""
    wh, principal = open_as(warehouse, as_user)
    case = cases.get_case(wh, principal, case_id)
    now = utcnow()
    clocks = cases.case_clocks(case, now)
    if fmt == "json":
        emit_json(
            {
                **_case_summary(case),
                "summary": case.summary,
                "lessons": case.lessons,
                "alerts": list(case.alert_ids),
                "clocks": [{**c.__dict__, "remaining_s": seconds(c.remaining(now))} for c in clocks],
                "tasks": [t.__dict__ for t in case.tasks],
                "evidence": [e.__dict__ for e in case.evidence],
                "decisions": [d.__dict__ for d in case.decisions],
                "notifications": [n.__dict__ for n in case.notifications],
                "actions": [a.__dict__ for a in case.actions],
                "timeline": [e.__dict__ for e in case.timeline],
            }
        )
        return
    done, total = case.progress
    say(f"{case.id}  [{case.status}]  {case.severity}  {case.title}")
    say(
        f"tenants {', '.join(t or '-' for t in case.tenants)} · playbook {case.playbook or '-'} · assignee "
        f"{case.assignee or '-'} · steps {done}/{total} done"
    )
    say(
        f"opened {when(case.opened_at)} by {case.opened_by} · aware {when(case.aware_at)} · "
        f"time to acknowledge {format_span(cases.time_to_acknowledge(case))} · "
        f"time to resolve {format_span(cases.time_to_resolve(case))}"
    )
    say(f"alerts: {', '.join(case.alert_ids)}")
    _section("Regulatory clocks")
    if clocks:
        emit_table(
            ["regime", "report", "due", "left", "status", "basis"],
            [
                [
                    c.regime,
                    c.stage,
                    when(c.due_at),
                    format_span(c.remaining(now)) if not c.filed_at else "filed",
                    c.status,
                    c.basis,
                ]
                for c in clocks
            ],
        )
    else:
        say("none: no regime has been classified as applying (aisoc case classify)")
    _section("Steps")
    emit_table(
        ["#", "status", "type", "phase", "role", "title", "by", "note"],
        [[t.number, t.status, t.type, t.phase, t.role, t.title, t.done_by, t.answer or t.note] for t in case.tasks],
    )
    _section("Evidence")
    emit_table(
        ["#", "added", "by", "kind", "sha256", "title"],
        [[e.seq, when(e.added_at), e.added_by, e.kind, e.sha256[:16] + "…", e.title] for e in case.evidence],
    )
    _section("Timeline")
    emit_table(["at", "actor", "kind", "what"], [[when(e.at), e.actor, e.kind, e.text] for e in case.timeline])


def _section(title: str) -> None:
    say("")
    say(f"{title}:")


@case_group.command("assign")
@click.argument("case_id")
@click.argument("user")
@as_option
@common_options()
def case_assign(case_id, user, as_user, warehouse) -> None:
    """Assign case CASE_ID to console user USER."""
    wh, principal = open_as(warehouse, as_user)
    cases.assign(wh, principal, case_id, user)
    click.echo(f"{case_id}: assigned to {user}", err=True)


@case_group.command("step")
@click.argument("case_id")
@click.argument("number", type=click.IntRange(min=1))
@click.option("--done", "outcome", flag_value="done", help="The step is done.")
@click.option("--skip", "outcome", flag_value="skip", help="The step does not apply (a required step needs --note).")
@click.option("--answer", metavar="ANSWER", help="The answer to a decision step (its options are in case show).")
@click.option("--note", default="", help="What was done or found.")
@library_option
@as_option
@common_options()
def case_step(case_id, number, outcome, answer, note, playbook_paths, as_user, warehouse) -> None:
    """Mark step NUMBER of case CASE_ID done (--done) or skipped (--skip)."""
    if outcome is None:
        raise click.UsageError("give --done or --skip")
    wh, principal = open_as(warehouse, as_user)
    task = cases.complete_step(
        wh, principal, case_id, number, open_library(playbook_paths), skip=outcome == "skip", answer=answer, note=note
    )
    case = cases.get_case(wh, principal, case_id)
    done, total = case.progress
    click.echo(
        f"{case_id}: step {number} ({task.title}) {'skipped' if outcome == 'skip' else 'done'}; "
        f"{done}/{total} steps finished; case is in {case.status}",
        err=True,
    )


@case_group.command("run")
@click.argument("case_id")
@click.argument("number", type=click.IntRange(min=1))
@click.option("--execute", "execute_it", is_flag=True, help="Action steps: send the request (default: a dry run).")
@click.option("--yes", is_flag=True, help="With --execute: do not ask for confirmation.")
@click.option(
    "--param",
    "params",
    multiple=True,
    metavar="NAME=VALUE",
    help="Action steps: set a parameter instead of the case fact the playbook fills in (repeatable).",
)
@click.option(
    "--config", type=click.Path(path_type=Path), help="Settings with the connectors (default: <warehouse>/aisoc.toml)."
)
@library_option
@as_option
@common_options(formats=("text", "json"), default="text")
def case_run(case_id, number, execute_it, yes, params, config, playbook_paths, as_user, warehouse, fmt) -> None:
    """Run step NUMBER: an enrichment query (its result becomes evidence) or an action
    (a dry run showing the request, unless --execute)."""
    wh, principal = open_as(warehouse, as_user)
    library = open_library(playbook_paths)
    task = cases.get_case(wh, principal, case_id).task(number)
    if task.type == "enrichment":
        result = cases.run_enrichment(wh, principal, case_id, number, library)
        if fmt == "json":
            emit_json(result.__dict__)
        else:
            click.echo(
                f"{case_id}: step {number}: {result.rows} row(s){' (truncated)' if result.truncated else ''} "
                f"attached as evidence {result.evidence_seq}, sha256 {result.sha256}"
            )
        return
    if task.type != "action":
        raise click.ClickException(f"step {number} is a {task.type} step: mark it with aisoc case step")
    overrides = _params(params)
    if execute_it and not yes:
        request = cases.prepare_action(wh, principal, case_id, number, library, config=config, overrides=overrides)
        click.echo(_preview_text(request.preview()), err=True)
        if not click.confirm(f"Send {request.operation} through {request.connector} now?", default=False, err=True):
            raise click.ClickException("not sent")
    outcome = cases.run_action(
        wh, principal, case_id, number, library, execute_it=execute_it, config=config, overrides=overrides
    )
    if fmt == "json":
        emit_json(
            {
                "dry_run": outcome.dry_run,
                "outcome": outcome.outcome,
                "evidence_seq": outcome.evidence_seq,
                "request": outcome.request.preview(),
            }
        )
        return
    if outcome.dry_run:
        click.echo(_preview_text(outcome.request.preview()))
        click.echo(f"{case_id}: step {number}: dry run recorded, nothing sent (send it with --execute)", err=True)
    else:
        click.echo(
            f"{case_id}: step {number}: {outcome.request.operation} sent: {outcome.outcome}; "
            f"evidence {outcome.evidence_seq}",
            err=True,
        )


def _params(pairs: tuple[str, ...]) -> dict[str, str]:
    params = {}
    for pair in pairs:
        name, sep, value = pair.partition("=")
        if not sep or not name.strip():
            raise click.BadParameter(f"{pair!r}: expected NAME=VALUE", param_hint="--param")
        params[name.strip()] = value
    return params


def _preview_text(preview: dict) -> str:
    import orjson  # local: only this command prints a request

    return orjson.dumps(preview, option=orjson.OPT_INDENT_2 | orjson.OPT_SORT_KEYS, default=str).decode()


@case_group.command("note")
@click.argument("case_id")
@click.argument("text")
@as_option
@common_options()
def case_note(case_id, text, as_user, warehouse) -> None:
    """Add a note to the timeline (kept as evidence too)."""
    wh, principal = open_as(warehouse, as_user)
    seq = cases.add_note(wh, principal, case_id, text)
    click.echo(f"{case_id}: note added as evidence {seq}", err=True)


@case_group.command("add")
@click.argument("case_id")
@click.option(
    "--alert", "alert_ids", multiple=True, required=True, metavar="ALERT_ID", help="An alert to merge in (repeatable)."
)
@as_option
@common_options()
def case_add(case_id, alert_ids, as_user, warehouse) -> None:
    """Merge more alerts into case CASE_ID."""
    wh, principal = open_as(warehouse, as_user)
    added = cases.add_alerts(wh, principal, case_id, list(alert_ids))
    click.echo(f"{case_id}: {added} alert(s) added", err=True)


@case_group.command("status")
@click.argument("case_id")
@click.argument("status", type=click.Choice(cases.STATUSES[:-1]))
@click.option("--reason", default="", help="Why (needed to move back to an earlier phase).")
@as_option
@common_options()
def case_status(case_id, status, reason, as_user, warehouse) -> None:
    """Move case CASE_ID to another phase (close it with aisoc case close)."""
    wh, principal = open_as(warehouse, as_user)
    cases.set_status(wh, principal, case_id, status, reason=reason)
    click.echo(f"{case_id}: {status}", err=True)


@case_group.command("close")
@click.argument("case_id")
@click.option("--summary", help="What happened, for the report.")
@click.option("--lessons", help="Lessons learned, for the report.")
@click.option("--force", default="", metavar="REASON", help="Close although required steps are open, saying why.")
@as_option
@common_options()
def case_close(case_id, summary, lessons, force, as_user, warehouse) -> None:
    """Close case CASE_ID (its required steps finished, or --force REASON)."""
    wh, principal = open_as(warehouse, as_user)
    cases.close_case(wh, principal, case_id, summary=summary, lessons=lessons, force=force)
    case = cases.get_case(wh, principal, case_id)
    click.echo(f"{case_id}: closed; time to resolve {format_span(cases.time_to_resolve(case))}", err=True)


@case_group.command("reopen")
@click.argument("case_id")
@click.option("--reason", required=True, help="Why the case is reopened.")
@as_option
@common_options()
def case_reopen(case_id, reason, as_user, warehouse) -> None:
    """Reopen a closed case (it goes back to recovery)."""
    wh, principal = open_as(warehouse, as_user)
    cases.reopen_case(wh, principal, case_id, reason=reason)
    click.echo(f"{case_id}: reopened", err=True)


for _command in RECORD_COMMANDS:
    case_group.add_command(_command)
