"""Every regulatory clock against fixed times: which apply, when each is due, and its state."""

from datetime import datetime, timedelta

import pytest

from aisoc.analytics.cases import Classification, Filing, add_months, compute_clocks

AWARE = datetime(2026, 3, 2, 9, 30)


def clocks(classified, filings=(), now=AWARE + timedelta(hours=1)):
    return {(c.regime, c.stage): c for c in compute_clocks(AWARE, classified, list(filings), now)}


def test_no_clock_runs_until_a_regime_is_classified():
    assert compute_clocks(AWARE, [], [], AWARE + timedelta(days=60)) == []
    assert clocks([Classification("gdpr", "not-applicable", AWARE)]) == {}
    assert clocks([Classification("ai-act", "not-applicable", AWARE), Classification("dora", "not-major", AWARE)]) == {}


def test_gdpr_72_hours_from_awareness():
    found = clocks([Classification("gdpr", "personal-data-breach", AWARE + timedelta(hours=5))])
    gdpr = found[("gdpr", "initial")]
    assert gdpr.due_at == datetime(2026, 3, 5, 9, 30)  # from awareness, not from the decision
    assert gdpr.basis == "GDPR Art. 33(1)"
    assert gdpr.status == "open"


def test_gdpr_states_open_overdue_met_late():
    breach = [Classification("gdpr", "personal-data-breach", AWARE)]
    due = AWARE + timedelta(hours=72)
    assert clocks(breach, now=due - timedelta(seconds=1))[("gdpr", "initial")].status == "open"
    assert clocks(breach, now=due)[("gdpr", "initial")].status == "overdue"
    on_time = [Filing("gdpr", "initial", due - timedelta(minutes=1))]
    assert clocks(breach, on_time, now=due + timedelta(days=3))[("gdpr", "initial")].status == "met"
    late = [Filing("gdpr", "initial", due + timedelta(minutes=1))]
    assert clocks(breach, late, now=due + timedelta(days=3))[("gdpr", "initial")].status == "late"


def test_gdpr_latest_decision_wins():
    decided = [
        Classification("gdpr", "personal-data-breach", AWARE),
        Classification("gdpr", "not-applicable", AWARE + timedelta(hours=2)),
    ]
    assert clocks(decided) == {}
    reversed_order = [decided[1], Classification("gdpr", "personal-data-breach", AWARE + timedelta(hours=3))]
    assert ("gdpr", "initial") in clocks(reversed_order)


@pytest.mark.parametrize(
    "value, days, basis",
    [
        ("serious-incident", 15, "AI Act Art. 73(2)"),
        ("death", 10, "AI Act Art. 73(4)"),
        ("widespread-infringement", 2, "AI Act Art. 73(3)"),
        ("critical-infrastructure", 2, "AI Act Art. 73(3)"),
    ],
)
def test_ai_act_deadlines(value, days, basis):
    clock = clocks([Classification("ai-act", value, AWARE)])[("ai-act", "initial")]
    assert clock.due_at == AWARE + timedelta(days=days)
    assert clock.basis == basis


def test_ai_act_initial_incomplete_report_meets_the_deadline():
    serious = [Classification("ai-act", "serious-incident", AWARE)]
    initial = [Filing("ai-act", "initial", AWARE + timedelta(days=14))]
    clock = clocks(serious, initial, now=AWARE + timedelta(days=20))[("ai-act", "initial")]
    assert clock.status == "met"
    assert "complete report is still outstanding" in clock.note
    complete = initial + [Filing("ai-act", "complete", AWARE + timedelta(days=19))]
    clock = clocks(serious, complete, now=AWARE + timedelta(days=20))[("ai-act", "initial")]
    assert clock.status == "met" and "outstanding" not in clock.note
    assert clocks(serious, now=AWARE + timedelta(days=15))[("ai-act", "initial")].status == "overdue"


def test_dora_initial_is_4_hours_after_classification():
    classified = AWARE + timedelta(hours=6)
    found = clocks([Classification("dora", "major", classified)])
    initial = found[("dora", "initial")]
    assert initial.starts_at == classified
    assert initial.due_at == datetime(2026, 3, 2, 19, 30)


def test_dora_initial_never_later_than_24_hours_after_awareness():
    classified = AWARE + timedelta(hours=22)
    initial = clocks([Classification("dora", "major", classified)])[("dora", "initial")]
    assert initial.due_at == datetime(2026, 3, 3, 9, 30)  # aware + 24 h, not classified + 4 h (+26 h)


def test_dora_intermediate_and_final_follow_the_filings():
    major = [Classification("dora", "major", AWARE + timedelta(hours=1))]
    unfiled = clocks(major)
    # Until the initial notification is filed, the intermediate report counts from its deadline.
    assert unfiled[("dora", "initial")].due_at == datetime(2026, 3, 2, 14, 30)
    assert unfiled[("dora", "intermediate")].due_at == datetime(2026, 3, 5, 14, 30)
    assert "until it is filed" in unfiled[("dora", "intermediate")].note
    filed = [
        Filing("dora", "initial", datetime(2026, 3, 2, 12, 0)),
        Filing("dora", "intermediate", datetime(2026, 3, 4, 8, 0)),
        Filing("dora", "intermediate", datetime(2026, 3, 6, 17, 45)),
    ]  # an updated intermediate report
    found = clocks(major, filed, now=datetime(2026, 3, 7))
    assert found[("dora", "initial")].status == "met"
    assert found[("dora", "intermediate")].due_at == datetime(2026, 3, 5, 12, 0)
    assert found[("dora", "intermediate")].filed_at == datetime(2026, 3, 6, 17, 45)
    assert found[("dora", "intermediate")].status == "late"  # the latest update counts, and it came after 72 h
    assert found[("dora", "final")].starts_at == datetime(2026, 3, 6, 17, 45)
    assert found[("dora", "final")].due_at == datetime(2026, 4, 6, 17, 45)
    assert found[("dora", "final")].status == "open"


def test_every_regime_at_once():
    decided = [
        Classification("gdpr", "personal-data-breach", AWARE),
        Classification("ai-act", "death", AWARE),
        Classification("dora", "major", AWARE),
    ]
    assert sorted(clocks(decided)) == [
        ("ai-act", "initial"),
        ("dora", "final"),
        ("dora", "initial"),
        ("dora", "intermediate"),
        ("gdpr", "initial"),
    ]


def test_remaining_time():
    clock = clocks([Classification("gdpr", "personal-data-breach", AWARE)])[("gdpr", "initial")]
    assert clock.remaining(AWARE + timedelta(hours=70)) == timedelta(hours=2)
    assert clock.remaining(AWARE + timedelta(hours=73)) == timedelta(hours=-1)


@pytest.mark.parametrize(
    "start, months, expected",
    [
        (datetime(2026, 1, 31, 8), 1, datetime(2026, 2, 28, 8)),
        (datetime(2028, 1, 31, 8), 1, datetime(2028, 2, 29, 8)),
        (datetime(2026, 12, 15, 23, 59), 1, datetime(2027, 1, 15, 23, 59)),
        (datetime(2026, 3, 31), 13, datetime(2027, 4, 30)),
    ],
)
def test_add_months(start, months, expected):
    assert add_months(start, months) == expected
