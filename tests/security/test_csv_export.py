"""Low finding: CSV exports kept a leading ``=``, ``+``, ``-``, ``@`` (spreadsheet formula injection).

Event text is written by whoever sends a prompt; a cell starting with one of these characters is
run as a formula when the export is opened in a spreadsheet (``=HYPERLINK`` to phish, ``=cmd|…``
DDE on old Excel). Every CSV the console produces goes through ``export_csv``.
"""

from __future__ import annotations

import csv
import io

import polars as pl
import pytest

from aisoc.analytics.access import Principal
from aisoc.analytics.queries.export import export_csv
from aisoc.ingest import Warehouse

HOSTILE = ['=HYPERLINK("http://x","y")', "+1+cmd|' /C calc'!A0", "-2+3", "@SUM(1,1)", "\t=1+1", "\r=1+1"]


def _cells(data: bytes) -> list[dict[str, str]]:
    return list(csv.DictReader(io.StringIO(data.decode())))


@pytest.fixture
def state_ready(warehouse: Warehouse) -> Warehouse:
    warehouse.create()
    return warehouse


def test_cells_that_a_spreadsheet_would_run_are_neutralised(state_ready):
    frame = pl.DataFrame({"prompt": HOSTILE, "actor_id": ["mallory"] * len(HOSTILE), "count": list(range(-3, 3))})
    rows = _cells(export_csv(state_ready, Principal.of("ana", "analyst", ["*"]), frame, "hunt result"))
    for row, text in zip(rows, HOSTILE):
        assert row["prompt"] == "'" + text  # shown as text, the characters kept
        assert row["prompt"][0] not in "=+-@\t\r"
        assert row["actor_id"] == "mallory"  # ordinary text unchanged
    assert [row["count"] for row in rows] == [str(n) for n in range(-3, 3)]  # numbers stay numbers


def test_the_hyperlink_payload_of_the_finding_cannot_start_a_cell(state_ready):
    frame = pl.DataFrame({"prompt": ['=HYPERLINK("http://x","y")']})
    data = export_csv(state_ready, Principal.of("ana", "analyst", ["*"]), frame, "alert queue page")
    assert not any(
        cell.startswith(("=", "+", "-", "@")) for row in csv.reader(io.StringIO(data.decode())) for cell in row
    )
