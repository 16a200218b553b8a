"""Regulatory notification clocks, computed from what was decided on a case and when.

Which regimes apply is never guessed: a clock exists only once a responder has recorded a
classification (``gdpr: personal-data-breach``, ``ai-act: serious-incident`` …, ``dora: major``).
Deadlines, as aisoc reads the texts (docs/cases.md cites them in full):

* GDPR Art. 33(1): the supervisory authority within 72 hours of becoming aware.
* EU AI Act Art. 73: a serious incident within 15 days of becoming aware (73(2)); 10 days where
  it caused a death (73(4)); 2 days for a widespread infringement or a serious and irreversible
  disruption of critical infrastructure (73(3)). An initial, incomplete report may come first
  and meets the deadline (73(5)); the complete report stays outstanding until filed.
* DORA Art. 19 with Commission Delegated Regulation (EU) 2025/301 Art. 5: for a major ICT
  incident, the initial notification within 4 hours of classifying it as major and at the
  latest 24 hours after becoming aware; the intermediate report within 72 hours of the initial
  notification; the final report one month after the latest intermediate report. Until the
  earlier report is filed, the later deadline is counted from the earlier one's deadline.

Pure functions over plain values, so every clock is tested with fixed times.
"""

from __future__ import annotations

import calendar
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta

__all__ = ["Clock", "Classification", "Filing", "compute_clocks", "add_months", "REGIMES", "STAGES", "CLOCK_STATES"]

REGIMES = ("gdpr", "ai-act", "dora")
# The notification stages a filing may be recorded as, per regime.
STAGES = {"gdpr": ("initial",), "ai-act": ("initial", "complete"), "dora": ("initial", "intermediate", "final")}
CLOCK_STATES = ("open", "overdue", "met", "late")
_AI_ACT_DAYS = {"serious-incident": 15, "death": 10, "widespread-infringement": 2, "critical-infrastructure": 2}
_AI_ACT_BASIS = {
    "serious-incident": "AI Act Art. 73(2)",
    "death": "AI Act Art. 73(4)",
    "widespread-infringement": "AI Act Art. 73(3)",
    "critical-infrastructure": "AI Act Art. 73(3)",
}


@dataclass(frozen=True)
class Classification:
    regime: str  # gdpr | ai-act | dora
    value: str  # e.g. personal-data-breach, death, major, not-applicable
    decided_at: datetime


@dataclass(frozen=True)
class Filing:
    regime: str
    stage: str  # initial | intermediate | final | complete
    filed_at: datetime


@dataclass(frozen=True)
class Clock:
    regime: str
    stage: str
    obligation: str
    basis: str
    starts_at: datetime
    due_at: datetime
    filed_at: datetime | None
    status: str  # open | overdue | met | late
    note: str = ""

    def remaining(self, now: datetime) -> timedelta:
        """Time left before the deadline (negative once past it)."""
        return self.due_at - now


def compute_clocks(
    aware_at: datetime, classifications: Sequence[Classification], filings: Sequence[Filing], now: datetime
) -> list[Clock]:
    """The clocks that apply, by the latest classification of each regime (in decision order)."""
    latest: dict[str, Classification] = {}
    for item in sorted(classifications, key=lambda c: c.decided_at):
        latest[item.regime] = item
    clocks: list[Clock] = []
    if (gdpr := latest.get("gdpr")) and gdpr.value == "personal-data-breach":
        clocks.append(
            _clock(
                "gdpr",
                "initial",
                "notify the supervisory authority of the personal-data breach",
                "GDPR Art. 33(1)",
                aware_at,
                aware_at + timedelta(hours=72),
                filings,
                now,
            )
        )
    if (ai := latest.get("ai-act")) and ai.value in _AI_ACT_DAYS:
        clocks += _ai_act(ai.value, aware_at, filings, now)
    if (dora := latest.get("dora")) and dora.value == "major":
        clocks += _dora(aware_at, dora.decided_at, filings, now)
    return clocks


def _ai_act(value: str, aware_at: datetime, filings: Sequence[Filing], now: datetime) -> list[Clock]:
    due = aware_at + timedelta(days=_AI_ACT_DAYS[value])
    first = _first_filing(filings, "ai-act", ("initial", "complete"))
    complete = _first_filing(filings, "ai-act", ("complete",))
    note = "an initial, incomplete report meets this deadline (Art. 73(5))"
    if first and not complete:
        note = "initial report filed; the complete report is still outstanding (Art. 73(5))"
    clock = _clock(
        "ai-act",
        "initial",
        f"report the serious incident to the market surveillance authority ({value})",
        _AI_ACT_BASIS[value],
        aware_at,
        due,
        [],
        now,
        filed=first,
        note=note,
    )
    return [clock]


def _dora(aware_at: datetime, classified_at: datetime, filings: Sequence[Filing], now: datetime) -> list[Clock]:
    initial_due = min(classified_at + timedelta(hours=4), aware_at + timedelta(hours=24))
    initial = _clock(
        "dora",
        "initial",
        "initial notification of the major ICT-related incident",
        "DORA Art. 19(4)(a); Delegated Reg. (EU) 2025/301 Art. 5(1)",
        classified_at,
        initial_due,
        filings,
        now,
        note="4 h after classification as major, at the latest 24 h after awareness",
    )
    intermediate_start = initial.filed_at or initial.due_at
    intermediate = _clock(
        "dora",
        "intermediate",
        "intermediate report",
        "DORA Art. 19(4)(b); Delegated Reg. (EU) 2025/301 Art. 5(2)",
        intermediate_start,
        intermediate_start + timedelta(hours=72),
        filings,
        now,
        note="72 h after the initial notification"
        + ("" if initial.filed_at else " (counted from its deadline until it is filed)"),
    )
    final_start = intermediate.filed_at or intermediate.due_at
    final = _clock(
        "dora",
        "final",
        "final report",
        "DORA Art. 19(4)(c); Delegated Reg. (EU) 2025/301 Art. 5(3)",
        final_start,
        add_months(final_start, 1),
        filings,
        now,
        note="one month after the latest intermediate report"
        + ("" if intermediate.filed_at else " (counted from its deadline until it is filed)"),
    )
    return [initial, intermediate, final]


def _clock(
    regime: str,
    stage: str,
    obligation: str,
    basis: str,
    starts_at: datetime,
    due_at: datetime,
    filings: Sequence[Filing],
    now: datetime,
    *,
    filed: datetime | None = None,
    note: str = "",
) -> Clock:
    filed_at = filed if filed is not None else _first_filing(filings, regime, (stage,))
    if filed_at is None:
        status = "overdue" if now >= due_at else "open"
    else:
        status = "met" if filed_at <= due_at else "late"
    return Clock(regime, stage, obligation, basis, starts_at, due_at, filed_at, status, note)


def _first_filing(filings: Sequence[Filing], regime: str, stages: tuple[str, ...]) -> datetime | None:
    """For DORA intermediate reports the latest counts (a report may be updated); otherwise the first."""
    times = [f.filed_at for f in filings if f.regime == regime and f.stage in stages]
    if not times:
        return None
    return max(times) if stages == ("intermediate",) else min(times)


def add_months(moment: datetime, months: int) -> datetime:
    """The same day and time ``months`` later, on the month's last day when it has no such day."""
    index = moment.month - 1 + months
    year, month = moment.year + index // 12, index % 12 + 1
    return moment.replace(year=year, month=month, day=min(moment.day, calendar.monthrange(year, month)[1]))
