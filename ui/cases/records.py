"""``aisoc case classify | aware | notify | clocks | verify | anchor | evidence | report | metrics``: the
regulatory record of a case, its evidence, its report, and MTTA / MTTR."""

from __future__ import annotations

from pathlib import Path

import click
import orjson

from aisoc.analytics import cases
from aisoc.analytics.access.audit import read_anchors
from aisoc.analytics.cases.evidence import anchor_problem
from aisoc.ingest.kernel.clocks import state_time, utcnow
from aisoc.playbooks import CLASSIFICATIONS
from aisoc.ui.cases.common import as_option, open_as
from aisoc.ui.options import common_options
from aisoc.ui.output import emit_json, emit_rows, emit_table
from aisoc.ui.playbook_cmd import library_option, open_library
from aisoc.ui.times import format_span, moment, seconds, when

__all__ = ["RECORD_COMMANDS"]


@click.command("classify")
@click.argument("case_id")
@click.argument("regime", type=click.Choice(list(CLASSIFICATIONS)))
@click.argument("value", metavar="VALUE")
@click.option("--rationale", required=True, help="Why: the decision as it should read in the report.")
@click.option(
    "--at", "decided_at", metavar="TIME", help="When it was decided (default: now); a DORA clock starts here."
)
@as_option
@common_options()
def case_classify(case_id, regime, value, rationale, decided_at, as_user, warehouse) -> None:
    """Record whether REGIME applies: gdpr personal-data-breach|not-applicable; ai-act serious-incident|death|
    widespread-infringement|critical-infrastructure|not-applicable; dora major|not-major."""
    wh, principal = open_as(warehouse, as_user)
    cases.classify(wh, principal, case_id, regime, value, rationale=rationale, decided_at=moment(decided_at))
    click.echo(f"{case_id}: {regime}: {value}", err=True)


@click.command("aware")
@click.argument("case_id")
@click.option(
    "--at", "aware_at", metavar="TIME", required=True, help="When the organisation became aware (ISO time, UTC)."
)
@click.option("--rationale", required=True, help="Why this is the time of awareness.")
@as_option
@common_options()
def case_aware(case_id, aware_at, rationale, as_user, warehouse) -> None:
    """Record the time of awareness: every regulatory clock starts there."""
    wh, principal = open_as(warehouse, as_user)
    cases.set_awareness(wh, principal, case_id, moment(aware_at), rationale=rationale)
    click.echo(f"{case_id}: aware at {when(state_time(moment(aware_at)))}", err=True)


@click.command("notify")
@click.argument("case_id")
@click.argument("regime", type=click.Choice(cases.REGIMES))
@click.argument("stage", type=click.Choice(("initial", "intermediate", "final", "complete")))
@click.option("--reference", required=True, help="The authority's reference or submission number.")
@click.option("--at", "filed_at", metavar="TIME", help="When it was filed (default: now).")
@as_option
@common_options()
def case_notify(case_id, regime, stage, reference, filed_at, as_user, warehouse) -> None:
    """Record a report sent to an authority (gdpr initial; ai-act initial|complete; dora initial|intermediate|final)."""
    wh, principal = open_as(warehouse, as_user)
    cases.record_notification(wh, principal, case_id, regime, stage, reference=reference, filed_at=moment(filed_at))
    click.echo(f"{case_id}: {regime} {stage} report recorded", err=True)


@click.command("clocks")
@click.argument("case_id")
@click.option("--at", "at_time", metavar="TIME", help="Show the clocks as of this time (default: now).")
@as_option
@common_options(formats=("table", "json", "jsonl"))
def case_clocks(case_id, at_time, as_user, warehouse, fmt) -> None:
    """The regulatory deadlines of case CASE_ID and how much time is left."""
    wh, principal = open_as(warehouse, as_user)
    now = state_time(moment(at_time)) or utcnow()
    clocks = cases.case_clocks(cases.get_case(wh, principal, case_id), now)
    rows = [{**c.__dict__, "remaining_s": seconds(c.remaining(now))} for c in clocks]
    emit_rows(
        fmt,
        rows,
        ["regime", "report", "starts", "due", "left", "filed", "status", "basis"],
        lambda: [
            [
                c.regime,
                c.stage,
                when(c.starts_at),
                when(c.due_at),
                format_span(c.remaining(now)) if not c.filed_at else "-",
                when(c.filed_at),
                c.status,
                c.basis,
            ]
            for c in clocks
        ],
    )


@click.command("verify")
@click.argument("case_ids", nargs=-1)
@click.option(
    "--anchor",
    "anchor_file",
    type=click.File("r", encoding="utf-8"),
    metavar="FILE",
    help="Also check each chain still reaches the heads in FILE (lines printed by aisoc case anchor).",
)
@as_option
@common_options()
def case_verify(case_ids, anchor_file, as_user, warehouse) -> int:
    """Check the evidence chain of the given cases (default: every case). Exits 1 if one is broken or
    no longer reaches its anchor."""
    wh, principal = open_as(warehouse, as_user)
    anchors = _anchors(anchor_file)
    ids = case_ids or [c.id for c in cases.list_cases(wh, principal)]
    broken = 0
    if not case_ids and not as_user:
        # Every case checked, with every tenant in view: an anchored case no longer listed was removed.
        for gone in sorted({a["case"] for a in anchors} - set(ids)):
            click.echo(f"{gone}: anchored in {anchor_file.name}, but the case is gone")
            broken += 1
    for case_id in ids:
        report = cases.verify_case_evidence(wh, principal, case_id)
        missed = _missed_anchor(wh, report, [a for a in anchors if a["case"] == case_id]) if report.ok else None
        click.echo(
            report.describe() if not missed else f"{case_id}: evidence chain does not reach its anchor: {missed}"
        )
        if report.legacy_broken:
            click.echo(
                f"aisoc: warning: {case_id}: {next(r for r in report.reseals if r.broken_at).describe()}", err=True
            )
        broken += (not report.ok) or bool(missed)
    return 1 if broken else 0


@click.command("anchor")
@click.argument("case_ids", nargs=-1)
@as_option
@common_options()
def case_anchor(case_ids, as_user, warehouse) -> int:
    """Print the verified head of each case's evidence chain (default: every case), one JSON line each,
    {"case": …, "seq": N, "hash": "…"}: keep them outside the warehouse."""
    wh, principal = open_as(warehouse, as_user)
    failed = 0
    for case_id in case_ids or [c.id for c in cases.list_cases(wh, principal)]:
        report = cases.verify_case_evidence(wh, principal, case_id)
        if report.ok and report.entries == 0:  # {"seq": 0} would be an anchor no verify accepts
            click.echo(f"aisoc: {case_id} has no evidence yet: nothing to anchor", err=True)
            failed = failed or int(bool(case_ids))  # named on purpose: an error; one of all cases: skipped
        elif report.ok:
            click.echo(orjson.dumps(report.anchor()).decode())
        else:
            click.echo(f"aisoc: {report.describe()}; no anchor taken", err=True)
            failed = 1
    return failed


def _anchors(anchor_file) -> list[dict]:
    if anchor_file is None:
        return []
    try:
        return read_anchors(anchor_file.read(), anchor_file.name, with_case=True)
    except ValueError as exc:
        raise click.ClickException(str(exc)) from None


def _missed_anchor(wh, report, anchors: list[dict]) -> str | None:
    with wh.state() as con:
        return next((p for kept in anchors if (p := anchor_problem(con, report, kept))), None)


@click.command("evidence")
@click.argument("case_id")
@click.argument("seq", type=click.IntRange(min=1))
@click.option(
    "-o", "--output", type=click.Path(path_type=Path), help="Write the content to this file (default: stdout)."
)
@as_option
@common_options()
def case_evidence(case_id, seq, output, as_user, warehouse) -> None:
    """The stored content of evidence entry SEQ, byte for byte (its SHA-256 is in case show)."""
    wh, principal = open_as(warehouse, as_user)
    _, content = cases.evidence_content(wh, principal, case_id, seq)
    if output:
        output.write_bytes(content)
    else:
        click.echo(content, nl=False)  # bytes go to the binary stdout as they are (get_binary_stream is deprecated)


@click.command("report")
@click.argument("case_id")
@click.option(
    "--format", "fmt", type=click.Choice(("md", "html", "pdf")), default="md", show_default=True, help="Report format."
)
@click.option("-o", "--output", type=click.Path(path_type=Path), required=True, help="The file to write.")
@library_option
@as_option
@common_options()
def case_report(case_id, fmt, output, playbook_paths, as_user, warehouse) -> None:
    """Write the incident report of case CASE_ID (Markdown, HTML or PDF)."""
    from aisoc.analytics.cases.report import write_report  # the PDF library loads only for reports

    wh, principal = open_as(warehouse, as_user)
    data = cases.build_report(wh, principal, case_id, open_library(playbook_paths), fmt=fmt)
    path = write_report(data, fmt, output)
    click.echo(f"{case_id}: {fmt} report written to {path}", err=True)


@click.command("metrics")
@click.option("--since", metavar="SPAN|DATE", help="Only cases opened from then on (30d, or a date).")
@as_option
@common_options(formats=("table", "json"), default="table")
def case_metrics_command(since, as_user, warehouse, fmt) -> None:
    """MTTA and MTTR: mean time from the first alert to acknowledging, and to closing, the case."""
    wh, principal = open_as(warehouse, as_user)
    metrics = cases.case_metrics(wh, principal, since=state_time(moment(since)))
    data = {
        "cases": metrics.cases,
        "open": metrics.open,
        "acknowledged": metrics.acknowledged,
        "closed": metrics.closed,
        "mtta_s": seconds(metrics.mtta),
        "mttr_s": seconds(metrics.mttr),
        "median_tta_s": seconds(metrics.median_tta),
        "median_ttr_s": seconds(metrics.median_ttr),
        "by_status": metrics.by_status,
    }
    if fmt == "json":
        emit_json(data)
        return
    emit_table(
        ["cases", "open", "closed", "MTTA", "MTTR", "median TTA", "median TTR"],
        [
            [
                metrics.cases,
                metrics.open,
                metrics.closed,
                format_span(metrics.mtta),
                format_span(metrics.mttr),
                format_span(metrics.median_tta),
                format_span(metrics.median_ttr),
            ]
        ],
    )


RECORD_COMMANDS = (
    case_classify,
    case_aware,
    case_notify,
    case_clocks,
    case_verify,
    case_anchor,
    case_evidence,
    case_report,
    case_metrics_command,
)
