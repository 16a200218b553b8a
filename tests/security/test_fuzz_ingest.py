"""Property tests: whatever a log file holds, ingest does not crash and every record read is
stored, counted as a duplicate, or quarantined (issue 15, fuzzing of the reader and collectors).

Records are written as JSON text by the standard library, so they can carry what orjson would
never write: NaN and Infinity, integers past 64 bits, lone surrogates (escaped, or raw as
invalid UTF-8), deep nesting, and any type in any field a collector knows.
"""

from __future__ import annotations

import gzip
import json
import tempfile
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from aisoc.ingest import COLLECTORS, Warehouse, ingest

from ..collectors.support import FIXTURES, fixture_chunks

SETTINGS = settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])

_text = st.text(st.characters(codec=None, categories=None), max_size=40)  # every code point, surrogates too
# Values at the edges of what the stored columns hold: past 64-bit, past double, numbers as text.
_EDGES = [
    2**63,
    -(2**63) - 1,
    10**30,
    1e29,
    -1e308,
    5e-324,
    "99999999999999999999999",
    "1e400",
    "-0",
    "NaN",
    "Infinity",
    "",
    "0",
    "2026-03-01T10:00:00Z",
    "9999-12-31T23:59:59Z",
    "-",
    "null",
    "true",
]
_scalars = (
    st.none()
    | st.booleans()
    | st.integers()
    | st.floats(allow_nan=True, allow_infinity=True)
    | _text
    | st.sampled_from(_EDGES)
)
json_values = st.recursive(
    _scalars, lambda inner: st.lists(inner, max_size=4) | st.dictionaries(_text, inner, max_size=5), max_leaves=30
)


def _json_text(value, ascii_only: bool) -> bytes:
    """JSON as a careless producer writes it: NaN literals, big ints, surrogates as they come."""
    text = json.dumps(value, allow_nan=True, ensure_ascii=ascii_only)
    return text.encode("utf-8", "surrogatepass")


class _Sink:
    """One warehouse for all the examples of a property (creating one per example is most of
    the cost); each example's run must reconcile on its own and add exactly what it stored."""

    def __init__(self) -> None:
        self._folder = tempfile.TemporaryDirectory()
        self.root = Path(self._folder.name)
        self.warehouse = Warehouse(self.root / "wh")
        self.files = 0

    def ingest(self, name: str, data: bytes, **options):
        self.files += 1
        path = self.root / f"{self.files}-{name}"
        path.write_bytes(data)
        before = self.warehouse.scan_events().select("event_id").collect().height
        report = ingest([str(path)], self.warehouse, workers=1, **options)
        assert not report.errors, report.errors
        assert report.reconciles, report
        assert self.warehouse.scan_events().select("event_id").collect().height == before + report.stored
        return report

    def close(self) -> None:
        self._folder.cleanup()


@pytest.fixture
def sink():
    made = _Sink()
    yield made
    made.close()


@pytest.mark.slow
def test_arbitrary_bytes_reconcile(sink):
    @SETTINGS
    @given(data=st.binary(max_size=3000), gz=st.booleans(), name=st.sampled_from(["x.jsonl", "x.json", "x.log"]))
    def check(data, gz, name):
        sink.ingest(name + (".gz" if gz else ""), gzip.compress(data) if gz else data)

    check()


def _fixture_chunks_of(collector_id: str) -> list:
    names = sorted(p.name for p in (FIXTURES / collector_id).iterdir() if not p.name.endswith(".gz"))
    return [chunk for name in names for chunk in fixture_chunks(collector_id, name)]


@st.composite
def _mutated(draw, chunks: list):
    """A real record of the format with a few values, at any depth, replaced by arbitrary JSON."""
    record = json.loads(json.dumps(draw(st.sampled_from(chunks))))
    for _ in range(draw(st.integers(1, 8))):
        holder, key = _pick_place(draw, record)
        if holder is None:
            return draw(json_values)
        holder[key] = draw(_replacements)
    return record


_replacements = st.sampled_from(_EDGES) | json_values  # edges half the time: they find the overflows


def _pick_place(draw, record):
    """A random (container, key) inside ``record``, walking down from the top."""
    holder, key = None, None
    node = record
    while isinstance(node, (dict, list)) and node:
        keys = list(node) if isinstance(node, dict) else list(range(len(node)))
        key = draw(st.sampled_from(keys))
        holder, node = node, node[key]
        if draw(st.integers(0, 4)) == 0:  # mostly down to a leaf: the fields collectors read
            break
    return holder, key


@pytest.mark.parametrize("collector_id", sorted(COLLECTORS))
@pytest.mark.slow
def test_mutated_records_of_each_collector_reconcile(collector_id, sink):
    chunks = _fixture_chunks_of(collector_id)

    @SETTINGS
    @given(records=st.lists(_mutated(chunks), min_size=1, max_size=6), ascii_only=st.booleans(), forced=st.booleans())
    def check(records, ascii_only, forced):
        data = b"".join(_json_text(r, ascii_only) + b"\n" for r in records)
        sink.ingest("x.jsonl", data, source=collector_id if forced else None)

    check()


@pytest.mark.parametrize("collector_id", sorted(COLLECTORS))
@pytest.mark.slow
def test_arbitrary_json_records_reconcile_under_each_collector(collector_id, sink):
    @settings(SETTINGS, max_examples=15)
    @given(records=st.lists(json_values, min_size=1, max_size=6), ascii_only=st.booleans(), document=st.booleans())
    def check(records, ascii_only, document):
        if document:  # one whole document, as CloudTrail writes: {"Records": [...]}
            data = _json_text({"Records": records}, ascii_only)
        else:
            data = b"".join(_json_text(r, ascii_only) + b"\n" for r in records)
        sink.ingest("x.json", data, source=collector_id)

    check()


def test_deep_nesting_reconciles(sink):
    @settings(SETTINGS, max_examples=10)
    @given(depth=st.integers(100, 3000), kind=st.sampled_from(["[", '{"a":']))
    def check(depth, kind):
        closing = "]" if kind == "[" else "}"
        data = (kind * depth + "1" + closing * depth + "\n").encode()
        sink.ingest("x.jsonl", data, source="cloudtrail")

    check()
