"""Options every verb shares, declared once."""

from __future__ import annotations

import click

from aisoc.ingest.warehouse import Warehouse, resolve_root

__all__ = ["warehouse_option", "format_option", "open_warehouse", "EXIT_FINDINGS"]

EXIT_FINDINGS = 3  # findings reported with --fail-on-findings

warehouse_option = click.option(
    "--warehouse",
    "warehouse",
    metavar="DIR",
    default=None,
    help="Warehouse folder (default: $AISOC_HOME, else ./.aisoc).",
)


def format_option(*choices: str, default: str = "table"):
    return click.option(
        "--format",
        "fmt",
        type=click.Choice(choices),
        default=default,
        show_default=True,
        help="Output format for stdout (progress and messages go to stderr).",
    )


def open_warehouse(option: str | None) -> Warehouse:
    return Warehouse(resolve_root(option))
