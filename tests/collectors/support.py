"""Reading collector fixtures the way the pipeline does, and the event contract every
normalised event must keep, for the collector tests."""

from __future__ import annotations

from pathlib import Path

import orjson

from aisoc.ingest.reader import Chunk, iter_chunks
from aisoc.ingest.schema import EVENT_KINDS, FIELD_NAMES, OUTCOMES

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures"
PIPELINE_FIELDS = {"event_id", "ingested_at", "source", "source_ref", "raw", "ingest_notes"}
INT_FIELDS = ("ts", "tokens_in", "tokens_out")
FLOAT_FIELDS = ("cost_usd", "latency_ms")
JSON_FIELDS = ("messages", "tool_calls", "retrieved_docs", "request")


def fixture_chunks(collector_id: str, name: str) -> list:
    """Parsed chunks of ``tests/fixtures/<collector_id>/<name>``: one per JSON line, or one per
    element of a whole-document array / ``{"Records": [...]}`` (gzip or not)."""
    chunks = list(iter_chunks(FIXTURES / collector_id / name))
    for chunk in chunks:
        assert isinstance(chunk, Chunk), chunk  # a fixture never holds damaged input
    return [chunk.value for chunk in chunks]


def fixture_records(collector, name: str) -> list:
    return [r for chunk in fixture_chunks(collector.id, name) for r in collector.split(chunk)]


def fixture_events(collector, name: str) -> list[dict]:
    return [collector.normalise(r) for r in fixture_records(collector, name)]


def check_contract(fields: dict, *, outcome_required: bool = False) -> None:
    """Normalised fields are contract columns the collector may set, with the column's type."""
    assert set(fields) <= set(FIELD_NAMES)
    assert not set(fields) & PIPELINE_FIELDS
    assert isinstance(fields["ts"], int)
    assert fields["event_kind"] in EVENT_KINDS
    assert fields.get("outcome") in OUTCOMES + (() if outcome_required else (None,))
    for name, value in fields.items():
        if name in INT_FIELDS:
            assert type(value) is int, (name, value)
        elif name in FLOAT_FIELDS:
            assert isinstance(value, float), (name, value)
        else:
            assert isinstance(value, str), (name, value)
    for name in JSON_FIELDS:
        if name in fields:
            orjson.loads(fields[name])
