"""Writing results: data to stdout in the chosen format, everything else to stderr."""

from __future__ import annotations

import sys
from collections.abc import Callable, Iterable, Sequence
from typing import Any

import click
import orjson

__all__ = ["emit_json", "emit_jsonl", "emit_table", "emit_rows", "say", "warn"]


def _json_default(value: Any) -> Any:
    if hasattr(value, "isoformat"):
        return value.isoformat()
    raise TypeError(f"cannot serialise {type(value).__name__}")


def emit_json(obj: Any) -> None:
    sys.stdout.buffer.write(orjson.dumps(obj, default=_json_default) + b"\n")
    sys.stdout.flush()


def emit_jsonl(rows: Iterable[Any]) -> None:
    out = sys.stdout.buffer
    for row in rows:
        out.write(orjson.dumps(row, default=_json_default) + b"\n")
    sys.stdout.flush()


def emit_table(headers: Sequence[str], rows: Sequence[Sequence[Any]]) -> None:
    """A plain aligned text table. Cells are shown as text, with control characters escaped,
    since they may hold attacker-written content."""
    cells = [[_cell(v) for v in row] for row in rows]
    widths = [max([len(h)] + [len(r[i]) for r in cells]) for i, h in enumerate(headers)]
    click.echo("  ".join(h.upper().ljust(w) for h, w in zip(headers, widths)).rstrip())
    for row in cells:
        click.echo("  ".join(c.ljust(w) for c, w in zip(row, widths)).rstrip())


def emit_rows(
    fmt: str, rows: Sequence[Any], headers: Sequence[str], cells: Callable[[], Sequence[Sequence[Any]]]
) -> None:
    """``rows`` as one JSON array, as JSON lines, or as a table of ``cells()`` under ``headers``."""
    if fmt == "json":
        emit_json(list(rows))
    elif fmt == "jsonl":
        emit_jsonl(rows)
    else:
        emit_table(headers, cells())


def _cell(value: Any) -> str:
    if value is None:
        return "-"
    text = str(value)
    return text.encode("unicode_escape").decode("ascii") if not text.isprintable() else text


def say(message: str) -> None:
    """Human-oriented text on stdout (table mode only)."""
    click.echo(message)


def warn(message: str) -> None:
    click.echo(f"aisoc: {message}", err=True)
