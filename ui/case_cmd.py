"""``aisoc case …``: incident cases from alerts to a closed case and its report.

The CLI acts as the operator of the warehouse (every tenant, every permission) and records
the actions as ``cli:<login>``; ``--as USER`` acts as a console user instead, with that
user's role and tenants.
"""

from __future__ import annotations

import getpass
import os
from datetime import datetime, timedelta, timezone
from pathlib import Path

import click

from analytics import cases
from analytics.access import Principal, principal_for
from ingest.state import state_time, utcnow
from playbooks import CLASSIFICATIONS

from .options import format_option, open_warehouse, warehouse_option
from .output import emit_json, emit_rows, emit_table, say
from .playbook_cmd import library_option, open_library
from .rules_cmd import parse_moment

__all__ = ["case_group", "format_span"]

ACTOR_ENV = "AISOC_ACTOR"

as_option = click.option("--as", "as_user", metavar="USER", default=None,
                         help=f"Act as this console user, with their role and tenants (default: the operator, "
                              f"recorded as ${ACTOR_ENV} or cli:<login>).")


def _principal(warehouse, as_user: str | None) -> Principal:
    if as_user:
        with warehouse.state() as con:
            principal = principal_for(con, as_user)
        if principal is None:
            raise click.ClickException(f"no active user {as_user!r} (aisoc user list)")
        return principal
    name = os.environ.get(ACTOR_ENV, "").strip() or f"cli:{getpass.getuser()}"
    return Principal.of(name, "admin", ["*"])


def _context(warehouse_opt, as_user):
    warehouse = open_warehouse(warehouse_opt).create()
    return warehouse, _principal(warehouse, as_user)


def _moment(text: str | None) -> datetime | None:
    return None if text is None else parse_moment(text, datetime.now(timezone.utc))


def format_span(span: timedelta | None) -> str:
    if span is None:
        return "-"
    minutes = int(abs(span).total_seconds() // 60)
    days, rest = divmod(minutes, 1440)
    hours, minutes = divmod(rest, 60)
    text = f"{days} d {hours} h" if days else (f"{hours} h {minutes} min" if hours else f"{minutes} min")
    return f"-{text}" if span < timedelta(0) else text


def _when(moment: datetime | None) -> str:
    return "-" if moment is None else moment.strftime("%Y-%m-%d %H:%M UTC")


@click.group("case")
def case_group() -> None:
    """Incident cases: open from alerts, work the playbook's steps, meet the clocks, report."""


@case_group.command("open")
@click.option("--from-alert", "alert_ids", multiple=True, required=True, metavar="ALERT_ID",
              help="An alert to open the case from (repeat to merge several).")
@click.option("--title", help="The case title (default: the most severe alert's title and entity).")
@click.option("--playbook", "playbook_id", metavar="ID", help="The playbook to follow (default: the alerts' own).")
@click.option("--aware-at", metavar="TIME", help="When the organisation became aware (default: now); the clocks start here.")
@click.option("--summary", default="", help="What is known so far.")
@library_option
@as_option
@warehouse_option
@format_option("text", "json", default="text")
@click.option("--debug", is_flag=True, hidden=True)
def case_open(alert_ids, title, playbook_id, aware_at, summary, playbook_paths, as_user, warehouse, fmt, debug) -> None:
    """Open a case from one or more alerts; prints the new case id."""
    wh, principal = _context(warehouse, as_user)
    library = open_library(playbook_paths)
    case_id = cases.open_case(wh, principal, list(alert_ids), library, title=title, playbook_id=playbook_id,
                              summary=summary, aware_at=_moment(aware_at))
    if fmt == "json":
        emit_json({"id": case_id})
    else:
        click.echo(case_id)


@case_group.command("list")
@click.option("--status", type=click.Choice(("open",) + cases.STATUSES), help="Only this status ('open': not closed).")
@click.option("--assignee", metavar="USER", help="Only cases assigned to USER.")
@as_option
@warehouse_option
@format_option("table", "json", "jsonl")
@click.option("--debug", is_flag=True, hidden=True)
def case_list(status, assignee, as_user, warehouse, fmt, debug) -> None:
    """The cases, newest first."""
    wh, principal = _context(warehouse, as_user)
    found = cases.list_cases(wh, principal, status=status, assignee=assignee)
    rows = [_case_summary(c) for c in found]
    emit_rows(fmt, rows, ["id", "status", "severity", "assignee", "steps", "opened", "title"],
              lambda: [[r["id"], r["status"], r["severity"], r["assignee"], f"{r['steps_done']}/{r['steps']}",
                        _when(r["opened_at"]), r["title"]] for r in rows])


def _case_summary(case: cases.Case) -> dict:
    done, total = case.extra.get("progress", case.progress)
    return {"id": case.id, "title": case.title, "status": case.status, "severity": case.severity,
            "tenants": list(case.tenants), "playbook": case.playbook, "assignee": case.assignee,
            "opened_at": case.opened_at, "aware_at": case.aware_at, "acknowledged_at": case.acknowledged_at,
            "closed_at": case.closed_at, "steps_done": done, "steps": total,
            "time_to_acknowledge_s": _seconds(cases.time_to_acknowledge(case)),
            "time_to_resolve_s": _seconds(cases.time_to_resolve(case))}


def _seconds(span: timedelta | None) -> float | None:
    return None if span is None else round(span.total_seconds(), 3)


@case_group.command("show")
@click.argument("case_id")
@as_option
@warehouse_option
@format_option("table", "json")
@click.option("--debug", is_flag=True, hidden=True)
def case_show(case_id, as_user, warehouse, fmt, debug) -> None:
    """Everything about case CASE_ID: clocks, steps, evidence, decisions, timeline."""
    wh, principal = _context(warehouse, as_user)
    case = cases.get_case(wh, principal, case_id)
    now = utcnow()
    clocks = cases.case_clocks(case, now)
    if fmt == "json":
        emit_json({**_case_summary(case), "summary": case.summary, "lessons": case.lessons, "alerts": list(case.alert_ids),
                   "clocks": [{**c.__dict__, "remaining_s": _seconds(c.remaining(now))} for c in clocks],
                   "tasks": [t.__dict__ for t in case.tasks], "evidence": [e.__dict__ for e in case.evidence],
                   "decisions": [d.__dict__ for d in case.decisions],
                   "notifications": [n.__dict__ for n in case.notifications],
                   "actions": [a.__dict__ for a in case.actions], "timeline": [e.__dict__ for e in case.timeline]})
        return
    done, total = case.progress
    say(f"{case.id}  [{case.status}]  {case.severity}  {case.title}")
    say(f"tenants {', '.join(t or '-' for t in case.tenants)} · playbook {case.playbook or '-'} · assignee "
        f"{case.assignee or '-'} · steps {done}/{total} done")
    say(f"opened {_when(case.opened_at)} by {case.opened_by} · aware {_when(case.aware_at)} · "
        f"time to acknowledge {format_span(cases.time_to_acknowledge(case))} · "
        f"time to resolve {format_span(cases.time_to_resolve(case))}")
    say(f"alerts: {', '.join(case.alert_ids)}")
    _section("Regulatory clocks")
    if clocks:
        emit_table(["regime", "report", "due", "left", "status", "basis"],
                   [[c.regime, c.stage, _when(c.due_at), format_span(c.remaining(now)) if not c.filed_at else "filed",
                     c.status, c.basis] for c in clocks])
    else:
        say("none: no regime has been classified as applying (aisoc case classify)")
    _section("Steps")
    emit_table(["#", "status", "type", "phase", "role", "title", "by", "note"],
               [[t.number, t.status, t.type, t.phase, t.role, t.title, t.done_by, t.answer or t.note] for t in case.tasks])
    _section("Evidence")
    emit_table(["#", "added", "by", "kind", "sha256", "title"],
               [[e.seq, _when(e.added_at), e.added_by, e.kind, e.sha256[:16] + "…", e.title] for e in case.evidence])
    _section("Timeline")
    emit_table(["at", "actor", "kind", "what"], [[_when(e.at), e.actor, e.kind, e.text] for e in case.timeline])


def _section(title: str) -> None:
    say("")
    say(f"{title}:")


@case_group.command("assign")
@click.argument("case_id")
@click.argument("user")
@as_option
@warehouse_option
@click.option("--debug", is_flag=True, hidden=True)
def case_assign(case_id, user, as_user, warehouse, debug) -> None:
    """Assign case CASE_ID to console user USER."""
    wh, principal = _context(warehouse, as_user)
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
@warehouse_option
@click.option("--debug", is_flag=True, hidden=True)
def case_step(case_id, number, outcome, answer, note, playbook_paths, as_user, warehouse, debug) -> None:
    """Mark step NUMBER of case CASE_ID done (--done) or skipped (--skip)."""
    if outcome is None:
        raise click.UsageError("give --done or --skip")
    wh, principal = _context(warehouse, as_user)
    task = cases.complete_step(wh, principal, case_id, number, open_library(playbook_paths), skip=outcome == "skip",
                               answer=answer, note=note)
    case = cases.get_case(wh, principal, case_id)
    done, total = case.progress
    click.echo(f"{case_id}: step {number} ({task.title}) {'skipped' if outcome == 'skip' else 'done'}; "
               f"{done}/{total} steps finished; case is in {case.status}", err=True)


@case_group.command("run")
@click.argument("case_id")
@click.argument("number", type=click.IntRange(min=1))
@click.option("--execute", "execute_it", is_flag=True, help="Action steps: send the request (default: a dry run).")
@click.option("--yes", is_flag=True, help="With --execute: do not ask for confirmation.")
@click.option("--param", "params", multiple=True, metavar="NAME=VALUE",
              help="Action steps: set a parameter instead of the case fact the playbook fills in (repeatable).")
@click.option("--config", type=click.Path(path_type=Path), help="Settings with the connectors (default: <warehouse>/aisoc.toml).")
@library_option
@as_option
@warehouse_option
@format_option("text", "json", default="text")
@click.option("--debug", is_flag=True, hidden=True)
def case_run(case_id, number, execute_it, yes, params, config, playbook_paths, as_user, warehouse, fmt, debug) -> None:
    """Run step NUMBER: an enrichment query (its result becomes evidence) or an action
    (a dry run showing the request, unless --execute)."""
    wh, principal = _context(warehouse, as_user)
    library = open_library(playbook_paths)
    task = cases.get_case(wh, principal, case_id).task(number)
    if task.type == "enrichment":
        result = cases.run_enrichment(wh, principal, case_id, number, library)
        if fmt == "json":
            emit_json(result.__dict__)
        else:
            click.echo(f"{case_id}: step {number}: {result.rows} row(s){' (truncated)' if result.truncated else ''} "
                       f"attached as evidence {result.evidence_seq}, sha256 {result.sha256}")
        return
    if task.type != "action":
        raise click.ClickException(f"step {number} is a {task.type} step: mark it with aisoc case step")
    overrides = _params(params)
    if execute_it and not yes:
        request = cases.prepare_action(wh, principal, case_id, number, library, config=config, overrides=overrides)
        click.echo(_preview_text(request.preview()), err=True)
        if not click.confirm(f"Send {request.operation} through {request.connector} now?", default=False, err=True):
            raise click.ClickException("not sent")
    outcome = cases.run_action(wh, principal, case_id, number, library, execute_it=execute_it, config=config,
                               overrides=overrides)
    if fmt == "json":
        emit_json({"dry_run": outcome.dry_run, "outcome": outcome.outcome, "evidence_seq": outcome.evidence_seq,
                   "request": outcome.request.preview()})
        return
    if outcome.dry_run:
        click.echo(_preview_text(outcome.request.preview()))
        click.echo(f"{case_id}: step {number}: dry run recorded, nothing sent (send it with --execute)", err=True)
    else:
        click.echo(f"{case_id}: step {number}: {outcome.request.operation} sent: {outcome.outcome}; "
                   f"evidence {outcome.evidence_seq}", err=True)


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
@warehouse_option
@click.option("--debug", is_flag=True, hidden=True)
def case_note(case_id, text, as_user, warehouse, debug) -> None:
    """Add a note to the timeline (kept as evidence too)."""
    wh, principal = _context(warehouse, as_user)
    seq = cases.add_note(wh, principal, case_id, text)
    click.echo(f"{case_id}: note added as evidence {seq}", err=True)


@case_group.command("add")
@click.argument("case_id")
@click.option("--alert", "alert_ids", multiple=True, required=True, metavar="ALERT_ID", help="An alert to merge in (repeatable).")
@as_option
@warehouse_option
@click.option("--debug", is_flag=True, hidden=True)
def case_add(case_id, alert_ids, as_user, warehouse, debug) -> None:
    """Merge more alerts into case CASE_ID."""
    wh, principal = _context(warehouse, as_user)
    added = cases.add_alerts(wh, principal, case_id, list(alert_ids))
    click.echo(f"{case_id}: {added} alert(s) added", err=True)


@case_group.command("status")
@click.argument("case_id")
@click.argument("status", type=click.Choice(cases.STATUSES[:-1]))
@click.option("--reason", default="", help="Why (needed to move back to an earlier phase).")
@as_option
@warehouse_option
@click.option("--debug", is_flag=True, hidden=True)
def case_status(case_id, status, reason, as_user, warehouse, debug) -> None:
    """Move case CASE_ID to another phase (close it with aisoc case close)."""
    wh, principal = _context(warehouse, as_user)
    cases.set_status(wh, principal, case_id, status, reason=reason)
    click.echo(f"{case_id}: {status}", err=True)


@case_group.command("classify")
@click.argument("case_id")
@click.argument("regime", type=click.Choice(list(CLASSIFICATIONS)))
@click.argument("value", metavar="VALUE")
@click.option("--rationale", required=True, help="Why: the decision as it should read in the report.")
@click.option("--at", "decided_at", metavar="TIME", help="When it was decided (default: now); a DORA clock starts here.")
@as_option
@warehouse_option
@click.option("--debug", is_flag=True, hidden=True)
def case_classify(case_id, regime, value, rationale, decided_at, as_user, warehouse, debug) -> None:
    """Record whether REGIME applies: gdpr personal-data-breach|not-applicable; ai-act serious-incident|death|
    widespread-infringement|critical-infrastructure|not-applicable; dora major|not-major."""
    wh, principal = _context(warehouse, as_user)
    cases.classify(wh, principal, case_id, regime, value, rationale=rationale, decided_at=_moment(decided_at))
    click.echo(f"{case_id}: {regime}: {value}", err=True)


@case_group.command("aware")
@click.argument("case_id")
@click.option("--at", "aware_at", metavar="TIME", required=True, help="When the organisation became aware (ISO time, UTC).")
@click.option("--rationale", required=True, help="Why this is the time of awareness.")
@as_option
@warehouse_option
@click.option("--debug", is_flag=True, hidden=True)
def case_aware(case_id, aware_at, rationale, as_user, warehouse, debug) -> None:
    """Record the time of awareness: every regulatory clock starts there."""
    wh, principal = _context(warehouse, as_user)
    cases.set_awareness(wh, principal, case_id, _moment(aware_at), rationale=rationale)
    click.echo(f"{case_id}: aware at {_when(state_time(_moment(aware_at)))}", err=True)


@case_group.command("notify")
@click.argument("case_id")
@click.argument("regime", type=click.Choice(cases.REGIMES))
@click.argument("stage", type=click.Choice(("initial", "intermediate", "final", "complete")))
@click.option("--reference", required=True, help="The authority's reference or submission number.")
@click.option("--at", "filed_at", metavar="TIME", help="When it was filed (default: now).")
@as_option
@warehouse_option
@click.option("--debug", is_flag=True, hidden=True)
def case_notify(case_id, regime, stage, reference, filed_at, as_user, warehouse, debug) -> None:
    """Record a report sent to an authority (gdpr initial; ai-act initial|complete; dora initial|intermediate|final)."""
    wh, principal = _context(warehouse, as_user)
    cases.record_notification(wh, principal, case_id, regime, stage, reference=reference, filed_at=_moment(filed_at))
    click.echo(f"{case_id}: {regime} {stage} report recorded", err=True)


@case_group.command("clocks")
@click.argument("case_id")
@click.option("--at", "at_time", metavar="TIME", help="Show the clocks as of this time (default: now).")
@as_option
@warehouse_option
@format_option("table", "json", "jsonl")
@click.option("--debug", is_flag=True, hidden=True)
def case_clocks(case_id, at_time, as_user, warehouse, fmt, debug) -> None:
    """The regulatory deadlines of case CASE_ID and how much time is left."""
    wh, principal = _context(warehouse, as_user)
    now = state_time(_moment(at_time)) or utcnow()
    clocks = cases.case_clocks(cases.get_case(wh, principal, case_id), now)
    rows = [{**c.__dict__, "remaining_s": _seconds(c.remaining(now))} for c in clocks]
    emit_rows(fmt, rows, ["regime", "report", "starts", "due", "left", "filed", "status", "basis"],
              lambda: [[c.regime, c.stage, _when(c.starts_at), _when(c.due_at),
                        format_span(c.remaining(now)) if not c.filed_at else "-", _when(c.filed_at), c.status, c.basis]
                       for c in clocks])


@case_group.command("close")
@click.argument("case_id")
@click.option("--summary", help="What happened, for the report.")
@click.option("--lessons", help="Lessons learned, for the report.")
@click.option("--force", default="", metavar="REASON", help="Close although required steps are open, saying why.")
@as_option
@warehouse_option
@click.option("--debug", is_flag=True, hidden=True)
def case_close(case_id, summary, lessons, force, as_user, warehouse, debug) -> None:
    """Close case CASE_ID (its required steps finished, or --force REASON)."""
    wh, principal = _context(warehouse, as_user)
    cases.close_case(wh, principal, case_id, summary=summary, lessons=lessons, force=force)
    case = cases.get_case(wh, principal, case_id)
    click.echo(f"{case_id}: closed; time to resolve {format_span(cases.time_to_resolve(case))}", err=True)


@case_group.command("reopen")
@click.argument("case_id")
@click.option("--reason", required=True, help="Why the case is reopened.")
@as_option
@warehouse_option
@click.option("--debug", is_flag=True, hidden=True)
def case_reopen(case_id, reason, as_user, warehouse, debug) -> None:
    """Reopen a closed case (it goes back to recovery)."""
    wh, principal = _context(warehouse, as_user)
    cases.reopen_case(wh, principal, case_id, reason=reason)
    click.echo(f"{case_id}: reopened", err=True)


@case_group.command("verify")
@click.argument("case_ids", nargs=-1)
@as_option
@warehouse_option
@click.option("--debug", is_flag=True, hidden=True)
def case_verify(case_ids, as_user, warehouse, debug) -> int:
    """Check the evidence chain of the given cases (default: every case). Exits 1 if one is broken."""
    wh, principal = _context(warehouse, as_user)
    ids = case_ids or [c.id for c in cases.list_cases(wh, principal)]
    broken = 0
    for case_id in ids:
        report = cases.verify_case_evidence(wh, principal, case_id)
        click.echo(report.describe())
        broken += not report.ok
    return 1 if broken else 0


@case_group.command("evidence")
@click.argument("case_id")
@click.argument("seq", type=click.IntRange(min=1))
@click.option("-o", "--output", type=click.Path(path_type=Path), help="Write the content to this file (default: stdout).")
@as_option
@warehouse_option
@click.option("--debug", is_flag=True, hidden=True)
def case_evidence(case_id, seq, output, as_user, warehouse, debug) -> None:
    """The stored content of evidence entry SEQ, byte for byte (its SHA-256 is in case show)."""
    wh, principal = _context(warehouse, as_user)
    _, content = cases.evidence_content(wh, principal, case_id, seq)
    if output:
        output.write_bytes(content)
    else:
        click.get_binary_stream("stdout").write(content)


@case_group.command("report")
@click.argument("case_id")
@click.option("--format", "fmt", type=click.Choice(("md", "html", "pdf")), default="md", show_default=True,
              help="Report format.")
@click.option("-o", "--output", type=click.Path(path_type=Path), required=True, help="The file to write.")
@library_option
@as_option
@warehouse_option
@click.option("--debug", is_flag=True, hidden=True)
def case_report(case_id, fmt, output, playbook_paths, as_user, warehouse, debug) -> None:
    """Write the incident report of case CASE_ID (Markdown, HTML or PDF)."""
    from analytics.cases.report import write_report  # the PDF library loads only for reports
    wh, principal = _context(warehouse, as_user)
    data = cases.build_report(wh, principal, case_id, open_library(playbook_paths), fmt=fmt)
    path = write_report(data, fmt, output)
    click.echo(f"{case_id}: {fmt} report written to {path}", err=True)


@case_group.command("metrics")
@click.option("--since", metavar="SPAN|DATE", help="Only cases opened from then on (30d, or a date).")
@as_option
@warehouse_option
@format_option("table", "json", default="table")
@click.option("--debug", is_flag=True, hidden=True)
def case_metrics_command(since, as_user, warehouse, fmt, debug) -> None:
    """MTTA and MTTR: mean time from the first alert to acknowledging, and to closing, the case."""
    wh, principal = _context(warehouse, as_user)
    metrics = cases.case_metrics(wh, principal, since=state_time(_moment(since)))
    data = {"cases": metrics.cases, "open": metrics.open, "acknowledged": metrics.acknowledged, "closed": metrics.closed,
            "mtta_s": _seconds(metrics.mtta), "mttr_s": _seconds(metrics.mttr),
            "median_tta_s": _seconds(metrics.median_tta), "median_ttr_s": _seconds(metrics.median_ttr),
            "by_status": metrics.by_status}
    if fmt == "json":
        emit_json(data)
        return
    emit_table(["cases", "open", "closed", "MTTA", "MTTR", "median TTA", "median TTR"],
               [[metrics.cases, metrics.open, metrics.closed, format_span(metrics.mtta), format_span(metrics.mttr),
                 format_span(metrics.median_tta), format_span(metrics.median_ttr)]])
