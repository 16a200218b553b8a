"""Times as people type them and as aisoc shows them (``ingest.kernel.clocks``, ``ui.times``)."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta, timezone

import click
import pytest

from aisoc.ingest.kernel.clocks import format_duration, format_when, parse_moment, parse_span
from aisoc.ui import times

NOW = datetime(2026, 11, 20, 12, 0, tzinfo=UTC)


def test_spans_in_every_unit():
    assert parse_span("90s") == timedelta(seconds=90)
    assert parse_span(" 15m ") == timedelta(minutes=15)
    assert parse_span("2w") == timedelta(weeks=2)
    assert parse_span("0s") == timedelta(0)


@pytest.mark.parametrize("text", ["5 minutes", "1.5h", "-1d", "", "d"])
def test_a_span_that_is_not_one_is_a_value_error_naming_it(text):
    with pytest.raises(ValueError, match="expected a duration such as 30s"):
        parse_span(text)


def test_a_moment_is_a_span_before_now_or_an_iso_date_read_as_utc():
    assert parse_moment("30d", NOW) == NOW - timedelta(days=30)
    assert parse_moment("2026-11-01", NOW) == datetime(2026, 11, 1, tzinfo=UTC)
    plus_two = timezone(timedelta(hours=2))
    assert parse_moment("2026-11-01T10:00+02:00", NOW) == datetime(2026, 11, 1, 10, tzinfo=plus_two)


def test_a_moment_that_is_neither_is_a_value_error_with_examples():
    with pytest.raises(ValueError, match=r"'yesterday': use e.g. 30d, 12h, 15m or 2026-11-01"):
        parse_moment("yesterday", NOW)


def test_on_the_command_line_a_bad_moment_is_a_usage_error():
    with pytest.raises(click.BadParameter, match="use e.g. 30d"):
        times.moment("yesterday")
    assert times.moment(None) is None


def test_times_show_in_utc_whatever_zone_they_carry():
    assert format_when(datetime(2026, 12, 1, 14, 3)) == "2026-12-01 14:03 UTC"  # naive: stored UTC
    assert format_when(datetime(2026, 12, 1, 16, 3, tzinfo=timezone(timedelta(hours=2)))) == "2026-12-01 14:03 UTC"
    assert format_when(None) == "—" and times.when(None) == "-"


@pytest.mark.parametrize(
    ("span", "shown"),
    [
        (timedelta(seconds=20), "< 1 min"),
        (timedelta(minutes=45), "45 min"),
        (timedelta(hours=3, minutes=12), "3 h 12 min"),
        (timedelta(days=2, hours=4, minutes=5), "2 d 4 h"),
        (-timedelta(hours=1), "-1 h 0 min"),
        (timedelta(0), "0 min"),
    ],
)
def test_spans_show_in_their_two_largest_units(span, shown):
    assert format_duration(span) == shown


def test_the_cli_shows_a_missing_span_as_a_dash_and_seconds_for_json():
    assert times.format_span(None) == "-"
    assert times.seconds(timedelta(milliseconds=1500)) == 1.5 and times.seconds(None) is None


def test_an_empty_since_or_until_is_no_bound():
    # scripts pass --since "$SINCE" with the variable unset: that has always meant no filter
    from aisoc.ui.times import since_until

    assert since_until("", "") == (None, None)
