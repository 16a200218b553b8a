"""Options every verb shares, declared once: ``@common_options(...)`` on each command.

    @common_options()                                   --warehouse, --debug
    @common_options(formats=("table", "json", "jsonl")) --warehouse, --format, --debug
    @common_options(warehouse=False, formats=(...))     --format, --debug (no warehouse to read)

``--debug`` is read by ``aisoc.ui.cli.main`` wherever it appears; each command accepts it
(hidden) so that ``aisoc <verb> ... --debug`` also parses when the group is driven directly.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING, Any, TypeVar

import click

if TYPE_CHECKING:
    from aisoc.ingest.warehouse import Warehouse

__all__ = ["common_options", "warehouse_option", "format_option", "debug_option", "open_warehouse", "EXIT_FINDINGS"]

F = TypeVar("F", bound=Callable[..., Any])

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


# Parsed and dropped here: main() has already seen it in argv.
debug_option = click.option("--debug", is_flag=True, hidden=True, expose_value=False)


def common_options(*, formats: Sequence[str] = (), default: str = "table", warehouse: bool = True) -> Callable[[F], F]:
    """``--warehouse`` (unless ``warehouse=False``), ``--format`` when ``formats`` are given, and
    the hidden ``--debug``, shown in that order after the command's own options."""

    def decorate(command: F) -> F:
        command = debug_option(command)
        if formats:
            command = format_option(*formats, default=default)(command)
        if warehouse:
            command = warehouse_option(command)
        return command

    return decorate


def open_warehouse(option: str | None) -> Warehouse:
    # Imported on use: the warehouse module loads DuckDB, which `aisoc --help` never needs.
    from aisoc.ingest.warehouse import Warehouse, resolve_root

    return Warehouse(resolve_root(option))
