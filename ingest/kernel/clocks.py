"""Times as aisoc stores them: naive UTC (no time-zone library needed to read them back)."""

from __future__ import annotations

from datetime import UTC, datetime

__all__ = ["utcnow", "state_time"]


def utcnow() -> datetime:
    """Now, as the state database stores times: naive UTC."""
    return datetime.now(UTC).replace(tzinfo=None)


def state_time(moment: datetime | None) -> datetime | None:
    """``moment`` as the state database stores times: naive UTC."""
    if moment is None or moment.tzinfo is None:
        return moment
    return moment.astimezone(UTC).replace(tzinfo=None)
