"""Times on the command line and in the console: ``--since 30d``, ``--until 2026-11-01``,
``--every 5m``, and times and spans as the tables show them.

Parsing and formatting are the kernel's (``aisoc.ingest.kernel.clocks``, shared with the case
report); this module turns its ``ValueError`` into a usage error and picks the CLI's "-" for a
missing value.
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from typing import overload

import click

from aisoc.ingest.kernel.clocks import format_duration, format_when, parse_moment, parse_span

__all__ = ["moment", "since_until", "SPAN", "when", "format_span", "seconds"]

MISSING = "-"  # a table cell with no time


@overload
def moment(text: str, now: datetime | None = None) -> datetime: ...
@overload
def moment(text: None, now: datetime | None = None) -> None: ...
@overload
def moment(text: str | None, now: datetime | None = None) -> datetime | None: ...


def moment(text: str | None, now: datetime | None = None) -> datetime | None:
    """``30d``/``12h``/``15m`` before now, or an ISO date/time (UTC unless it says otherwise); None for None."""
    if text is None:
        return None
    try:
        return parse_moment(text, now or datetime.now(UTC))
    except ValueError as exc:
        raise click.BadParameter(str(exc)) from None


def since_until(since: str | None, until: str | None) -> tuple[datetime | None, datetime | None]:
    """``--since`` and ``--until`` read against the same now; an empty one is no bound (scripts
    pass ``--since "$SINCE"`` with the variable unset)."""
    now = datetime.now(UTC)
    return moment(since or None, now), moment(until or None, now)


class _Span(click.ParamType):
    name = "DURATION"

    def convert(self, value, param, ctx) -> timedelta:
        if not isinstance(value, str):
            return value
        try:
            return parse_span(value)
        except ValueError as exc:
            self.fail(str(exc), param, ctx)


SPAN = _Span()  # an option type: 30s, 5m, 1h, 7d, 2w


def when(at: datetime | None) -> str:
    """``2026-12-01 14:03 UTC``, or ``-``."""
    return format_when(at, MISSING)


def format_span(span: timedelta | None) -> str:
    """``3 h 12 min``, ``< 1 min``, or ``-``."""
    return format_duration(span, MISSING)


def seconds(span: timedelta | None) -> float | None:
    """A span as seconds for JSON output (milliseconds kept), or None."""
    return None if span is None else round(span.total_seconds(), 3)
