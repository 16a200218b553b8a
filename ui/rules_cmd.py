"""``aisoc rules list | lint | test`` and ``aisoc hunt``."""

from __future__ import annotations

from pathlib import Path

import click

from aisoc.analytics.hunt import hunt
from aisoc.detections.rulepack import RULES_DIR, load_pack
from aisoc.detections.samples import run_samples
from aisoc.ui.options import EXIT_FINDINGS, common_options, open_warehouse
from aisoc.ui.output import emit_json, emit_jsonl, emit_table, say, warn
from aisoc.ui.times import since_until

__all__ = ["rules_group", "hunt_command", "EXIT_FINDINGS"]

rules_option = click.option(
    "--rules",
    "rule_paths",
    multiple=True,
    type=click.Path(exists=True, path_type=Path),
    help=f"Rule files or folders (repeatable; default: the packaged pack, {RULES_DIR.name}/).",
)


def _paths(rule_paths: tuple[Path, ...]) -> list[Path]:
    return list(rule_paths) or [RULES_DIR]


@click.group("rules")
def rules_group() -> None:
    """Detection rules as code: catalogue, lint, inline sample tests."""


@rules_group.command("list")
@rules_option
@common_options(warehouse=False, formats=("table", "json", "jsonl"))
def list_command(rule_paths, fmt: str) -> None:
    """The rules: id, title, level, status, log source, tags, playbook, file."""
    pack = load_pack(_paths(rule_paths))
    rows = [
        {
            "rule_id": r.id,
            "title": r.rule.title,
            "level": r.rule.level.name.lower() if r.rule.level else None,
            "status": r.rule.status.name.lower() if r.rule.status else None,
            "logsource": "/".join(
                p for p in (r.rule.logsource.product, r.rule.logsource.service, r.rule.logsource.category) if p
            ),
            "tags": [str(t) for t in r.rule.tags],
            "playbook": r.playbook,
            "path": str(r.path),
        }
        for r in pack.rules
    ]
    if fmt == "json":
        emit_json(rows)
    elif fmt == "jsonl":
        emit_jsonl(rows)
    else:
        emit_table(
            ["rule_id", "level", "logsource", "title"],
            [[r["rule_id"], r["level"], r["logsource"], r["title"]] for r in rows],
        )
        say(f"{len(rows)} rules")
    for problem in pack.problems:
        warn(f"warning: {problem}")


@rules_group.command("lint")
@rules_option
@click.option(
    "--conventions/--no-conventions",
    default=True,
    show_default=True,
    help="Also check aisoc's conventions (UUID, tags, playbook, samples); off for community rules.",
)
@common_options(warehouse=False)
def lint_command(rule_paths, conventions: bool) -> int:
    """Check every rule and report all problems at once, as PATH:LINE: message. Exit 1 if any."""
    pack = load_pack(_paths(rule_paths), conventions=conventions)
    for problem in sorted(pack.problems, key=lambda p: (p.path, p.line)):
        click.echo(str(problem))
    say(f"{pack.files} files, {len(pack.rules)} rules, {len(pack.problems)} problems")
    return 1 if pack.problems else 0


@rules_group.command("test")
@rules_option
@common_options(warehouse=False)
def test_command(rule_paths) -> int:
    """Run every rule's inline samples: positives must match, near-miss negatives must not."""
    pack = load_pack(_paths(rule_paths))
    outcomes = run_samples(pack)
    failed = [o for o in outcomes if not o.passed]
    for outcome in failed:
        what = outcome.error or ("did not match" if outcome.kind == "positive" else "matched")
        click.echo(
            f"FAIL {outcome.rule.path}:{outcome.rule.lines.get('samples', 1)}: "
            f"{outcome.kind} sample {outcome.index + 1} {what}  ({outcome.rule.rule.title})"
        )
    for problem in pack.problems:
        click.echo(f"ERROR {problem}")
    say(
        f"{len(outcomes) - len(failed)} passed, {len(failed)} failed "
        f"({len(pack.rules)} rules, {len(pack.correlations)} correlations, {len(outcomes)} samples)"
    )
    return 1 if failed or pack.problems else 0


@click.command("hunt")
@rules_option
@click.option("--since", metavar="SPAN|DATE", help="Only events from then on: 30d, 12h, 15m or an ISO date.")
@click.option("--until", metavar="SPAN|DATE", help="Only events before then.")
@click.option("--tenant", metavar="T", help="Only this tenant's events.")
@click.option("--fail-on-findings", is_flag=True, help=f"Exit {EXIT_FINDINGS} when anything matches.")
@common_options(formats=("table", "json", "jsonl"))
def hunt_command(rule_paths, since, until, tenant, fail_on_findings, warehouse, fmt) -> int:
    """Run rules over stored events: one line per match (rule_id, title, event_id, source_ref, …)."""
    start, end = since_until(since, until)
    result = hunt(
        open_warehouse(warehouse),
        _paths(rule_paths),
        since=start,
        until=end,
        tenant=tenant,
    )
    rows = result.matches.to_dicts()
    if fmt == "json":
        emit_json(rows)
    elif fmt == "jsonl":
        emit_jsonl(rows)
    else:
        emit_table(
            ["ts", "level", "title", "source_ref"], [[r["ts"], r["level"], r["title"], r["source_ref"]] for r in rows]
        )
        say(f"{len(rows)} matches of {result.rules} rules over {result.events} events")
    if result.problems:
        warn(f"{len(result.problems)} rule problems (rules that did not compile were skipped); see: aisoc rules lint")
    return EXIT_FINDINGS if fail_on_findings and rows else 0
