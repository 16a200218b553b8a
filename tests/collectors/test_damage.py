"""Every collector, fed its own fixtures with random structural damage, either normalises a
record into well-typed fields or rejects it with a RecordError — never anything else, since
any other exception would be a collector bug (the pipeline would quarantine it as one)."""

from __future__ import annotations

import copy
import random
from pathlib import Path

import pytest

from aisoc.ingest.collectors import COLLECTORS
from aisoc.ingest.errors import RecordError
from aisoc.ingest.reader import Chunk, iter_chunks

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures"
# Values a damaged log might hold anywhere: wrong scalars, empty and odd containers.
_ODD = [
    None,
    0,
    -1,
    1.5,
    True,
    "",
    "x",
    "0",
    [],
    {},
    [None],
    {"key": 1},
    {"intValue": "zz"},
    {"type": {}},
    {"role": [], "content": {}},
    {"message": []},
    {"text": {"text": {}}},
    [{"type": "tool_call", "arguments": {"a": [1]}, "name": {}}],
    [{"toolUse": []}],
    {"choices": [{"message": "x"}]},
    [{"id": [], "score": "0.5", "metadata": []}],
]


def _paths(value, prefix=()):
    if prefix:
        yield prefix
    items = value.items() if isinstance(value, dict) else enumerate(value) if isinstance(value, list) else ()
    for key, item in items:
        yield from _paths(item, prefix + (key,))


def _damage(chunk, rng: random.Random):
    for _ in range(rng.randint(1, 3)):
        paths = list(_paths(chunk))
        if not paths:
            break
        *parents, last = rng.choice(paths)
        target = chunk
        for step in parents:
            target = target[step]
        target[last] = copy.deepcopy(rng.choice(_ODD))
    return chunk


@pytest.mark.parametrize("collector_id", sorted(COLLECTORS))
def test_random_structural_damage_only_raises_record_error(collector_id):
    collector = COLLECTORS[collector_id]
    originals = [
        c.value for f in sorted((FIXTURES / collector_id).iterdir()) for c in iter_chunks(f) if isinstance(c, Chunk)
    ]
    assert originals, f"no fixtures for {collector_id}"
    rng = random.Random(20250314)
    normalised = rejected = 0
    for _ in range(400):
        chunk = _damage(copy.deepcopy(rng.choice(originals)), rng)
        collector.matches(chunk)
        try:
            records = collector.split(chunk)
        except RecordError:
            rejected += 1
            continue
        for record in records:
            try:
                fields = collector.normalise(record)
            except RecordError:
                rejected += 1
                continue
            collector.redact(record)
            normalised += 1
            assert isinstance(fields["ts"], int)
            assert all(isinstance(v, (str, int, float)) for v in fields.values() if v is not None)
    assert normalised and rejected  # the damage must exercise both outcomes
