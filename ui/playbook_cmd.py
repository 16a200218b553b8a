"""``aisoc playbook list | show | validate | export``: the incident-response playbooks."""

from __future__ import annotations

import os
from pathlib import Path

import click

from aisoc.playbooks import PLAYBOOKS_ENV, Library, Playbook, load_library, to_cacao
from aisoc.ui.options import common_options
from aisoc.ui.output import emit_json, emit_rows, emit_table, say, warn

__all__ = ["playbook_group", "library_option", "open_library"]

library_option = click.option(
    "--playbooks",
    "playbook_paths",
    multiple=True,
    type=click.Path(path_type=Path),
    metavar="PATH",
    help=f"Playbook files or folders (repeatable; default: ${PLAYBOOKS_ENV}, a list separated by '{os.pathsep}', "
    "else the shipped library).",
)


def open_library(paths: tuple[Path, ...] = ()) -> Library:
    """The playbooks to work with. A file with problems is left out with a warning naming the
    first problem, so one broken custom playbook does not stop work on every case."""
    library = load_library(list(paths) or None)
    if library.problems:
        more = f" (and {len(library.problems) - 1} more)" if len(library.problems) > 1 else ""
        warn(f"playbook files with problems are left out: {library.problems[0]}{more}; see aisoc playbook validate")
    return library


def summary(playbook: Playbook) -> dict:
    applies = playbook.applies_to
    return {
        "id": playbook.id,
        "title": playbook.title,
        "version": playbook.version,
        "applies_to": {"rules": list(applies.rules), "tags": list(applies.tags), "detectors": list(applies.detectors)},
        "steps": len(playbook.steps),
        "regulations": list(playbook.regulations),
        "status": playbook.status,
    }


@click.group("playbook")
def playbook_group() -> None:
    """Incident-response playbooks: list, show, validate, export as CACAO 2.0 JSON."""


@playbook_group.command("list")
@library_option
@common_options(warehouse=False, formats=("table", "json", "jsonl"))
def playbook_list(playbook_paths, fmt) -> None:
    """One line per playbook: id, title, what it applies to."""
    playbooks = sorted(open_library(playbook_paths).playbooks.values(), key=lambda p: p.id)
    rows = [summary(p) for p in playbooks]
    emit_rows(
        fmt,
        rows,
        ["id", "title", "steps", "applies to"],
        lambda: [
            [
                r["id"],
                r["title"],
                r["steps"],
                ", ".join(r["applies_to"]["tags"] + r["applies_to"]["detectors"] + r["applies_to"]["rules"]),
            ]
            for r in rows
        ],
    )


@playbook_group.command("show")
@click.argument("playbook_id")
@library_option
@common_options(warehouse=False, formats=("table", "json"))
def playbook_show(playbook_id, playbook_paths, fmt) -> None:
    """The steps of playbook PLAYBOOK_ID, in order, with roles and phases."""
    library = open_library(playbook_paths)
    playbook = _playbook(library, playbook_id)
    if fmt == "json":
        emit_json(
            {
                **summary(playbook),
                "description": playbook.description,
                "roles": dict(playbook.roles),
                "references": list(playbook.references),
                "steps": [_step_dict(playbook, s) for s in playbook.steps],
            }
        )
        return
    click.echo(f"{playbook.id} v{playbook.version}: {playbook.title}")
    click.echo(playbook.description)
    click.echo("")
    emit_table(
        ["#", "id", "type", "phase", "role", "title", "then"],
        [[n, s.id, s.type, s.phase, s.role, s.title, _then(playbook, s)] for n, s in enumerate(playbook.steps, 1)],
    )


def _playbook(library: Library, playbook_id: str) -> Playbook:
    try:
        return library.get(playbook_id)
    except KeyError as exc:
        raise click.ClickException(exc.args[0]) from None


def _then(playbook: Playbook, step) -> str:
    if step.type == "decision":
        return "; ".join(f"{o.answer} → {o.next or playbook.following(step) or 'end'}" for o in step.options)
    return step.next or playbook.following(step) or "end"


def _step_dict(playbook: Playbook, step) -> dict:
    data = {
        "id": step.id,
        "type": step.type,
        "title": step.title,
        "phase": step.phase,
        "role": step.role,
        "instructions": step.instructions.strip(),
        "evidence": list(step.evidence),
        "optional": step.optional,
        "then": _then(playbook, step),
    }
    if step.query:
        data["query"] = step.query
    if step.operation:
        data["operation"] = step.operation
    if step.params:
        data["params"] = dict(step.params)
    if step.type == "decision":
        data["question"] = step.question
        data["options"] = [
            {"answer": o.answer, "description": o.description, "next": o.next, "records": dict(o.records)}
            for o in step.options
        ]
    return data


@playbook_group.command("validate")
@click.argument("paths", nargs=-1, type=click.Path(path_type=Path))
@common_options(warehouse=False)
def playbook_validate(paths) -> int:
    """Check playbook files (default: the library in use) and the saved queries; list every
    problem as PATH:LINE: message. Exits 1 when there is any."""
    library = load_library(list(paths) or None)
    for problem in library.problems:
        click.echo(str(problem))
    say(
        f"{library.files} playbook file(s), {len(library.playbooks)} valid, {len(library.queries)} saved queries, "
        f"{len(library.problems)} problem(s)"
    )
    return 1 if library.problems else 0


@playbook_group.command("export")
@click.argument("playbook_id")
@click.option(
    "--format",
    "fmt",
    type=click.Choice(["cacao"]),
    default="cacao",
    show_default=True,
    help="Export format: CACAO 2.0 JSON, to stdout.",
)
@library_option
@common_options(warehouse=False)
def playbook_export(playbook_id, fmt, playbook_paths) -> None:
    """Print playbook PLAYBOOK_ID as a CACAO 2.0 playbook (JSON) on stdout."""
    library = open_library(playbook_paths)
    playbook = _playbook(library, playbook_id)
    emit_json(to_cacao(playbook, library.queries))
