"""``aisoc ingest`` and ``aisoc quarantine``."""

from __future__ import annotations

import sys

import click
from tqdm import tqdm

from aisoc.ingest import COLLECTORS, ingest
from aisoc.ingest.pipeline import BATCH_RECORDS
from aisoc.ingest.quarantine import list_quarantine
from aisoc.ui.options import common_options, open_warehouse
from aisoc.ui.output import emit_json, emit_jsonl, emit_table, say, warn

__all__ = ["ingest_command", "quarantine_group"]


@click.command("ingest")
@click.argument("paths", nargs=-1, required=True)
@click.option(
    "--tenant", metavar="T", help="Set tenant T on every record (else each collector's tenant field, else 'default')."
)
@click.option(
    "--source",
    type=click.Choice(sorted(COLLECTORS)),
    help="Force this collector for every file (else detected per file).",
)
@common_options(formats=("table", "json"))
@click.option(
    "--batch-size",
    type=click.IntRange(min=1),
    default=BATCH_RECORDS,
    show_default=True,
    help="Records per write; bounds memory (lower it for very large records).",
)
@click.option(
    "--workers",
    type=click.IntRange(min=1),
    default=None,
    help="Worker processes for large inputs (default: one per CPU).",
)
@click.option(
    "--progress/--no-progress", default=None, help="Progress bar on stderr (default: when stderr is a terminal)."
)
def ingest_command(
    paths: tuple[str, ...],
    tenant: str | None,
    source: str | None,
    warehouse: str | None,
    fmt: str,
    batch_size: int,
    workers: int | None,
    progress: bool | None,
) -> int:
    """Ingest log files, folders (walked for *.json, *.jsonl, *.ndjson, *.log and .gz) and globs.

    A walk or glob never follows a symlink out of its folder (listed as skipped: symlink); a
    file named on the command line is read wherever it points.

    Every record read ends stored, counted as a duplicate, or quarantined with its reason and
    PATH:LINE; the run prints read = stored + duplicates + quarantined. Exit 0 even when records
    are quarantined; 1 when a path could not be read (the others are still ingested).
    """
    wh = open_warehouse(warehouse)
    show = sys.stderr.isatty() if progress is None else progress
    bar = tqdm(
        total=0,
        unit="B",
        unit_scale=True,
        unit_divisor=1024,
        desc="ingest",
        file=sys.stderr,
        disable=not show,
        leave=False,
    )

    def on_progress(done: int, total: int) -> None:
        bar.total = total
        bar.n = done
        bar.refresh()

    try:
        report = ingest(
            list(paths),
            wh,
            tenant=tenant,
            source=source,
            progress=on_progress,
            on_lock_wait=lambda: warn("waiting for another ingest run to finish…"),
            batch_records=batch_size,
            workers=workers,
        )
    finally:
        bar.close()
    if fmt == "json":
        emit_json(report.as_dict())
    else:
        _print_report(report)
    for error in report.errors:
        warn(f"error: {error}")
    return 1 if report.errors else 0


def _print_report(report) -> None:
    if report.files:
        emit_table(
            ["file", "source", "read", "stored", "duplicates", "quarantined", "status"],
            [[f.path, f.source, f.read, f.stored, f.duplicates, f.quarantined, f.status] for f in report.files],
        )
    say(
        f"read {report.read} = stored {report.stored} + duplicates {report.duplicates} "
        f"+ quarantined {report.quarantined}   (run {report.run_id}, {report.seconds:.2f} s, "
        f"warehouse {report.warehouse})"
    )
    if report.quarantine_reasons:
        reasons = ", ".join(f"{reason} {count}" for reason, count in report.quarantine_reasons.items())
        say(f"quarantined by reason: {reasons}  (see: aisoc quarantine list --run {report.run_id})")
    for reason, paths in _skipped_by_reason(report.skipped_reasons).items():
        say(
            f"skipped {len(paths)} {_SKIP_WHY.get(reason, reason)}: {', '.join(paths[:5])}"
            + (" …" if len(paths) > 5 else "")
        )


_SKIP_WHY = {
    "not_a_log": "file(s) that are not logs",
    "symlink": "symlink(s) leading out of the folder or glob (symlink; not followed)",
    "not_a_regular_file": "entries that are not regular files (not_a_regular_file)",
}


def _skipped_by_reason(skipped: list[dict[str, str]]) -> dict[str, list[str]]:
    grouped: dict[str, list[str]] = {}
    for entry in skipped:
        grouped.setdefault(entry["reason"], []).append(entry["path"])
    return grouped


@click.group("quarantine")
def quarantine_group() -> None:
    """Records that could not be stored, with reason and PATH:LINE."""


@quarantine_group.command("list")
@click.option("--run", "run_id", metavar="RUN", help="Only this ingest run.")
@click.option("--reason", metavar="REASON", help="Only this reason code.")
@click.option("--limit", type=click.IntRange(min=1), default=100, show_default=True)
@click.option(
    "--unmask",
    is_flag=True,
    help="Show e-mail addresses, card numbers and other PII in excerpts (audit-logged). Credentials are never shown.",
)
@common_options(formats=("table", "json", "jsonl"))
def quarantine_list(
    run_id: str | None, reason: str | None, limit: int, unmask: bool, warehouse: str | None, fmt: str
) -> None:
    """List quarantined records, newest first; excerpts have PII masked unless --unmask."""
    from aisoc.analytics.access import recorded  # lazily: `aisoc --help` loads no detector code
    from aisoc.analytics.queries.health import QUARANTINE_TEXT, shown_quarantine_text
    from aisoc.ui.cases.common import acting_principal

    wh = open_warehouse(warehouse)
    rows = list_quarantine(wh, run_id=run_id, reason=reason, limit=limit)
    if unmask and rows:
        with recorded(wh, acting_principal(wh, None).name, "quarantine.unmask", run_id, {"rows": len(rows)}):
            pass
    for row in rows:
        for name in QUARANTINE_TEXT:
            row[name] = shown_quarantine_text(row[name], unmask=unmask)
    if fmt == "json":
        emit_json(rows)
    elif fmt == "jsonl":
        emit_jsonl(rows)
    else:
        emit_table(
            ["where", "reason", "detail", "run"],
            [[f"{r['path']}:{r['line']}", r["reason"], (r["detail"] or "")[:80], r["run_id"]] for r in rows],
        )
