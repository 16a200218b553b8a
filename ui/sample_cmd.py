"""``aisoc sample generate``: a realistic, labelled, multi-tenant data set in every format."""

from __future__ import annotations

import dataclasses
from datetime import UTC, date, datetime
from pathlib import Path

import click

from aisoc.ui.options import common_options
from aisoc.ui.output import emit_json, emit_table, say

__all__ = ["sample_group"]


@click.group("sample")
def sample_group() -> None:
    """Sample logs for demos, tests and benchmarks."""


@sample_group.command("generate")
@click.argument("directory", type=click.Path(file_okay=False, path_type=Path))
@click.option("--events", type=click.IntRange(min=1), required=True, help="Exact total number of records.")
@click.option("--days", type=click.IntRange(min=1), default=7, show_default=True, help="Days the timestamps span.")
@click.option("--seed", type=int, default=7, show_default=True, help="Same arguments, byte-identical output.")
@click.option(
    "--end",
    type=click.DateTime(formats=["%Y-%m-%d"]),
    default=None,
    help="Last day ends at this date 00:00 UTC (default: today).",
)
@common_options(warehouse=False, formats=("table", "json"))
def generate_command(directory: Path, events: int, days: int, seed: int, end: datetime | None, fmt: str) -> None:
    """Write sample logs of all formats, plus labels.jsonl naming every attack event."""
    from aisoc.sample_logs import generate  # imported here: only this verb needs it

    end_date: date = end.date() if end else datetime.now(UTC).date()
    try:
        summary = generate(directory, events=events, days=days, seed=seed, end=end_date)
    except ValueError as exc:
        raise click.UsageError(str(exc)) from None
    data = dataclasses.asdict(summary)
    if fmt == "json":
        emit_json(data)
        return
    files = data.get("files") or {}
    if isinstance(files, dict) and files:
        emit_table(["file", "records"], sorted(files.items()))
    say(
        f"wrote {data.get('total_events', events)} records to {directory} "
        f"({data.get('attack_events', '?')} attack events labelled in labels.jsonl)"
    )
