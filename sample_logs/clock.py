"""Time: the generated window, daily rhythms, and the timestamp spellings each format uses.

All times are integer microseconds since the epoch, UTC, so nothing depends on float rounding
until a format asks for a float (LiteLLM's epoch seconds). The window is ``[start, end)``;
sampling stays ``MARGIN_US`` clear of its end so that child spans and follow-up events that
come a little after their parent still fall inside it.
"""

from __future__ import annotations

import random
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from functools import cached_property

__all__ = ["Window", "PROFILES", "iso_z", "iso_offset", "HOUR_US", "DAY_US", "MINUTE_US", "SECOND_US"]

SECOND_US = 1_000_000
MINUTE_US = 60 * SECOND_US
HOUR_US = 60 * MINUTE_US
DAY_US = 24 * HOUR_US
MARGIN_US = 15 * MINUTE_US

# Relative activity per UTC hour (tenants are in Central Europe, UTC+1/+2), and per weekday
# (Monday=0). "customer": people using a consumer-facing bot, evenings included. "office":
# employees at work. "nightly": scheduled batch jobs. "steady": controllers and health checks.
_H_CUSTOMER = (1, 1, 1, 1, 1, 2, 4, 7, 9, 10, 10, 10, 11, 10, 10, 10, 11, 12, 12, 11, 9, 6, 3, 2)
_H_OFFICE = (0.2, 0.1, 0.1, 0.1, 0.2, 0.6, 3, 8, 10, 10, 9, 7, 9, 10, 10, 9, 6, 3, 1.5, 1, 0.6, 0.4, 0.3, 0.2)
_H_NIGHTLY = (2, 10, 10, 8, 4, 0.5, 0.2) + (0.1,) * 15 + (0.2, 0.5)
_H_STEADY = (1,) * 24
PROFILES: dict[str, tuple[tuple[float, ...], tuple[float, ...]]] = {
    "customer": (_H_CUSTOMER, (1, 1, 1, 1, 1.1, 0.8, 0.7)),
    "office": (_H_OFFICE, (1, 1, 1, 1, 0.9, 0.12, 0.08)),
    "nightly": (_H_NIGHTLY, (1, 1, 1, 1, 1, 1, 1)),
    "steady": (_H_STEADY, (1, 1, 1, 1, 1, 1, 1)),
}

_EPOCH = datetime(1970, 1, 1, tzinfo=UTC)


@dataclass(frozen=True)
class Window:
    """``days`` whole UTC days ending at ``end`` 00:00 UTC."""

    end_date: date
    days: int

    @cached_property
    def start_date(self) -> date:
        return self.end_date - timedelta(days=self.days)

    @cached_property
    def start(self) -> int:
        return _date_us(self.start_date)

    @cached_property
    def end(self) -> int:
        return _date_us(self.end_date)

    @cached_property
    def latest(self) -> int:
        """The last moment an event may be *started* at (leaves room for follow-ups)."""
        return self.end - MARGIN_US

    def clamp(self, t: int) -> int:
        """``t`` kept inside the window (follow-up steps of a unit that started late)."""
        return max(self.start, min(t, self.end - 1))

    def sample(self, rng: random.Random, profile: str, k: int) -> list[int]:
        """``k`` timestamps following a daily profile, in no particular order."""
        if k <= 0:
            return []
        hours, weekdays = PROFILES[profile]
        first = self.start_date.weekday()
        cum: list[float] = []
        total = 0.0
        for day in range(self.days):
            factor = weekdays[(first + day) % 7]
            for hour in range(24):
                total += hours[hour] * factor
                cum.append(total)
        bins = rng.choices(range(len(cum)), cum_weights=cum, k=k)
        start, latest = self.start, self.latest
        out = []
        for b in bins:
            t = start + b * HOUR_US + rng.randrange(HOUR_US)
            if t > latest:  # the last quarter hour is kept free
                t = latest - rng.randrange(HOUR_US)
            out.append(max(t, start))
        return out

    def place(self, rng: random.Random, duration_us: int, hours: tuple[int, int]) -> int:
        """Start time of a burst lasting ``duration_us``, on a random day, starting in ``hours``."""
        day = rng.randrange(self.days)
        hour = rng.randrange(hours[0], hours[1])
        t = self.start + day * DAY_US + hour * HOUR_US + rng.randrange(HOUR_US)
        t = min(t, self.latest - duration_us)
        return max(t, self.start)


def _date_us(day: date) -> int:
    moment = datetime(day.year, day.month, day.day, tzinfo=UTC)
    return int((moment - _EPOCH).total_seconds()) * 1_000_000


def _parts(us: int) -> tuple[datetime, int]:
    seconds, micros = divmod(us, 1_000_000)
    return _EPOCH + timedelta(seconds=seconds), micros


def iso_z(us: int, digits: int = 6) -> str:
    """``2025-03-10T14:02:11.482913Z`` (``digits`` fraction digits: 0, 3 or 6)."""
    moment, micros = _parts(us)
    text = moment.strftime("%Y-%m-%dT%H:%M:%S")
    if digits:
        text += "." + f"{micros:06d}"[:digits]
    return text + "Z"


def iso_offset(us: int) -> str:
    """``2025-04-01T09:00:00.123456+00:00`` (Python's ``isoformat`` of an aware UTC time)."""
    moment, micros = _parts(us)
    return moment.strftime("%Y-%m-%dT%H:%M:%S") + f".{micros:06d}+00:00"
