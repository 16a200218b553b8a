"""``aisoc warehouse info | upgrade``: where the warehouse's schema stands, and bringing it up to
date explicitly (a write connection also applies what its own tables need)."""

from __future__ import annotations

import click

from aisoc.analytics.warehouse_tables import upgrade, warehouse_info
from aisoc.ui.options import format_option, open_warehouse, warehouse_option
from aisoc.ui.output import emit_json, emit_table, say, warn

__all__ = ["warehouse_group"]


@click.group("warehouse")
def warehouse_group() -> None:
    """The warehouse itself: schema versions and upgrades."""


@warehouse_group.command("info")
@warehouse_option
@format_option("table", "json")
def info_command(warehouse: str | None, fmt: str) -> None:
    """Schema version of each subsystem's tables (applied, latest, pending) and the events stored."""
    info = warehouse_info(open_warehouse(warehouse))
    schema = [{"owner": s.owner, "version": s.version, "latest": s.latest, "pending": s.pending} for s in info.schema]
    if fmt == "json":
        emit_json(
            {
                "warehouse": str(info.root),
                "state": str(info.state),
                "state_exists": info.state_exists,
                "schema": schema,
                "events": {"files": info.event_files, "rows": info.event_rows},
            }
        )
        return
    say(f"warehouse  {info.root}")
    say(f"state      {info.state}{'' if info.state_exists else ' (not created yet)'}")
    say(f"events     {info.event_files} files, {info.event_rows} rows")
    emit_table(["owner", "version", "latest", "pending"], [list(row.values()) for row in schema])
    waiting = sum(s.pending for s in info.schema)
    if waiting:
        say(f"{waiting} migration(s) pending: `aisoc warehouse upgrade` applies them (after a backup copy)")


@warehouse_group.command("upgrade")
@warehouse_option
def upgrade_command(warehouse: str | None) -> None:
    """Apply every pending migration, after copying state.duckdb to state.duckdb.bak-<UTC time>.

    Waits for a running ingest (it holds the ingest lock). Nothing pending: no copy, exit 0.
    """
    done = upgrade(open_warehouse(warehouse), on_wait=lambda: warn("waiting for the running ingest to finish"))
    if done.backup is None:
        say("nothing to upgrade: every table is at its latest version")
        return
    say(f"backed up the state database to {done.backup}")
    for step in done.applied:
        say(f"applied {step.owner} {step.version}: {step.description}")
