"""``aisoc warehouse info | upgrade``: where the warehouse's schema stands, and bringing it up to
date explicitly (a write connection also applies what its own tables need)."""

from __future__ import annotations

import click

from aisoc.analytics.warehouse_tables import upgrade, warehouse_info
from aisoc.ui.options import common_options, open_warehouse
from aisoc.ui.output import emit_json, emit_table, say, warn

__all__ = ["warehouse_group"]


@click.group("warehouse")
def warehouse_group() -> None:
    """The warehouse itself: schema versions and upgrades."""


@warehouse_group.command("info")
@common_options(formats=("table", "json"))
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
    # An owner with no version yet gets its tables the first time a command needs them; a newer
    # migration of an owner already there waits for `aisoc warehouse upgrade` (see docs/ingest.md).
    upgrades = sum(s.pending for s in info.schema if s.version > 0)
    unmade = [s.owner for s in info.schema if s.version == 0 and s.pending]
    if not info.state_exists:
        say("no state database yet: the first aisoc command that writes state creates it")
        return
    if upgrades:
        say(f"{upgrades} migration(s) pending: `aisoc warehouse upgrade` applies them (after a backup copy)")
    if unmade:
        say(
            f"no version recorded yet: {', '.join(unmade)} (their tables are made, or adopted from an older "
            "release, when a command first needs them; `aisoc warehouse upgrade` does it now)"
        )


@warehouse_group.command("upgrade")
@common_options()
def upgrade_command(warehouse: str | None) -> None:
    """Apply every pending migration, after copying state.duckdb to state.duckdb.bak-<UTC time>.

    Waits for a running ingest (it holds the ingest lock). Nothing pending: no copy, exit 0.
    """
    wh = open_warehouse(warehouse)
    if not wh.state_path.exists():
        say("nothing to upgrade: no state database yet (the first command that writes state creates it, current)")
        return
    done = upgrade(wh, on_wait=lambda: warn("waiting for the running ingest to finish"))
    if done.backup is None:
        say("nothing to upgrade: every table is at its latest version")
        return
    say(f"backed up the state database to {done.backup}")
    for step in done.applied:
        say(f"applied {step.owner} {step.version}: {step.description}")
