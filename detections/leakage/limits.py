"""Per-field scanning limits: how much of one field the content scanners read, and for how long.

Every scanner here is linear in its text, but a linear scan of a hostile field still has a
price, and a future pattern may not be as well behaved. So each field is read up to
``max_chars`` characters and for at most ``max_seconds``; the scanners look at the clock
between matches (``Budget.spent``) and stop early rather than stall a detection run. A field that
hits either limit is reported (``note``), so "no finding" is never mistaken for "nothing there".
"""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass

from aisoc.ingest.schema import TEXT_LIMIT

__all__ = ["ScanLimits", "Budget", "MAX_FIELD_CHARS", "MAX_FIELD_SECONDS"]

MAX_FIELD_CHARS = TEXT_LIMIT  # what ingest keeps of a field: a stored field is read whole
MAX_FIELD_SECONDS = 10.0  # a backstop, well above what the linear scan of a 1 MB field costs


class Budget:
    """The time one field may still take; ``spent()`` is cheap enough to ask per match."""

    __slots__ = ("_clock", "_deadline", "seconds", "stopped")

    def __init__(self, clock: Callable[[], float], seconds: float):
        self._clock = clock
        self.seconds = seconds
        self._deadline = clock() + seconds
        self.stopped = False

    def spent(self) -> bool:
        if not self.stopped and self._clock() >= self._deadline:
            self.stopped = True
        return self.stopped


@dataclass(frozen=True)
class ScanLimits:
    max_chars: int = MAX_FIELD_CHARS
    max_seconds: float = MAX_FIELD_SECONDS
    clock: Callable[[], float] = time.monotonic  # a test seam: a fake clock proves the stop without waiting

    def budget(self) -> Budget:
        return Budget(self.clock, self.max_seconds)

    def note(self, length: int, budget: Budget) -> str | None:
        """What a finding on a field of ``length`` characters must say about the part not read."""
        parts = []
        if length > self.max_chars:
            parts.append(f"scanned the first {_kb(self.max_chars)} of {_kb(length)}")
        if budget.stopped:
            parts.append(f"scan stopped after {self.max_seconds:g} s")
        return "; ".join(parts) or None


def _kb(chars: int) -> str:
    return f"{chars // 1024:,} KB"
