"""Times as aisoc stores them (naive UTC: no time-zone library needed to read them back), as
people type them (``30d``, ``12h``, an ISO date) and as every output shows them.

Parsing raises ``ValueError`` with a one-line message; each caller turns it into its own error
(a usage error in the CLI, a ``ConfigError`` in aisoc.toml).
"""

from __future__ import annotations

import re
from datetime import UTC, datetime, timedelta
from typing import overload

__all__ = [
    "utcnow",
    "state_time",
    "aware_utc",
    "parse_span",
    "parse_moment",
    "format_when",
    "format_duration",
    "MISSING",
]

MISSING = "—"  # shown for a time that has no value, so a blank cell never looks like lost data
_SPAN = re.compile(r"^\s*(\d+)\s*([smhdw])\s*$")
_UNITS = {"s": "seconds", "m": "minutes", "h": "hours", "d": "days", "w": "weeks"}


def utcnow() -> datetime:
    """Now, as the state database stores times: naive UTC."""
    return datetime.now(UTC).replace(tzinfo=None)


@overload
def state_time(moment: datetime) -> datetime: ...
@overload
def state_time(moment: None) -> None: ...
@overload
def state_time(moment: datetime | None) -> datetime | None: ...


def state_time(moment: datetime | None) -> datetime | None:
    """``moment`` as the state database stores times: naive UTC."""
    if moment is None or moment.tzinfo is None:
        return moment
    return moment.astimezone(UTC).replace(tzinfo=None)


def aware_utc(moment: datetime) -> datetime:
    """``moment`` as an aware UTC time. A naive one is read as UTC (as stored), not as this
    machine's local time, so the same record shows the same time wherever it is read."""
    return moment.replace(tzinfo=UTC) if moment.tzinfo is None else moment.astimezone(UTC)


def parse_span(text: str) -> timedelta:
    """``30s``, ``5m``, ``1h``, ``7d``, ``2w``; ``0s`` is allowed."""
    match = _SPAN.match(str(text))
    if not match:
        raise ValueError(f"{text!r}: expected a duration such as 30s, 5m, 1h or 7d")
    return timedelta(**{_UNITS[match.group(2)]: int(match.group(1))})


def parse_moment(text: str, now: datetime) -> datetime:
    """A span (``30d``, ``12h``, ``15m``) before ``now``, or an ISO date/time, UTC unless it says otherwise."""
    try:
        return now - parse_span(text)
    except ValueError:
        pass
    try:
        moment = datetime.fromisoformat(text.strip())
    except ValueError:
        raise ValueError(f"{text!r}: use e.g. 30d, 12h, 15m or 2026-11-01") from None
    return moment if moment.tzinfo else moment.replace(tzinfo=UTC)


def format_when(moment: datetime | None, missing: str = MISSING) -> str:
    """``2026-12-01 14:03 UTC``, or ``missing``."""
    return missing if moment is None else aware_utc(moment).strftime("%Y-%m-%d %H:%M UTC")


def format_duration(span: timedelta | None, missing: str = MISSING) -> str:
    """``3 h 12 min``, ``2 d 4 h``, ``45 min``, ``< 1 min``, or ``missing``."""
    if span is None:
        return missing
    seconds = int(span.total_seconds())
    if seconds < 0:
        return "-" + format_duration(-span)
    if 0 < seconds < 60:
        return "< 1 min"
    days, rest = divmod(seconds, 86400)
    hours, rest = divmod(rest, 3600)
    minutes = rest // 60
    if days:
        return f"{days} d {hours} h"
    if hours:
        return f"{hours} h {minutes} min"
    return f"{minutes} min"
