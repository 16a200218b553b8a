"""One findings shape and one detector interface for every detector (Sigma included).

A detector is anything with an ``id`` and a ``detect(events) -> findings`` method. ``events`` is a
polars frame with event-contract columns (``ingest.schema``; a detector reads the ones it needs and
treats a missing column as all-null); the result is a frame with exactly ``FINDING_SCHEMA``.

One row per finding:

* ``event_ids``: the events behind it — one for a per-event finding (a PII match), several for an
  aggregate one (a correlation, an anomalous window); the first is the one to show.
* ``detector``: ``sigma | classifier | similarity | leakage | behaviour``.
* ``rule_id``: what fired, stable across runs (a Sigma id, ``leakage.pii.iban``, …): the key that
  alert deduplication and triage statistics group by.
* ``label``: what was found, in a word (``jailbreak``, ``iban``, ``rate_anomaly``).
* ``score``: confidence in [0, 1].
* ``field`` / ``span_start`` / ``span_end``: where in which event field, character offsets into
  that field's text as stored (end exclusive); null when the finding has no place in a text.
* ``entity``: who, for findings about an identity (``api_key:k-1``); null otherwise.
* ``explanation``: one human-readable sentence. It never repeats a secret it found.
* ``tenant``: set by detectors whose verdict depends on a tenant's own data (its triage-learned
  attacks or allow-list): the tenant of the event judged. Event ids are unique per tenant only, so
  the alerting step raises such a finding in that tenant alone; a null one follows from the
  events themselves and is raised in every tenant holding them.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import TYPE_CHECKING, Any, Protocol, runtime_checkable

import polars as pl

from aisoc.ingest.schema import POLARS_SCHEMA

if TYPE_CHECKING:
    # polars' own name for "a dtype class (pl.String) or instance (pl.List(pl.String))"
    from polars._typing import PolarsDataType

__all__ = [
    "Detector",
    "FINDING_SCHEMA",
    "DETECTOR_IDS",
    "empty_findings",
    "findings_frame",
    "text_column",
    "with_contract_columns",
]

DETECTOR_IDS = ("sigma", "classifier", "similarity", "leakage", "behaviour")

FINDING_SCHEMA: dict[str, PolarsDataType] = {
    "event_ids": pl.List(pl.String),
    "detector": pl.String,
    "rule_id": pl.String,
    "label": pl.String,
    "score": pl.Float64,
    "field": pl.String,
    "span_start": pl.Int64,
    "span_end": pl.Int64,
    "entity": pl.String,
    "explanation": pl.String,
    "tenant": pl.String,
}


@runtime_checkable
class Detector(Protocol):
    id: str

    def detect(self, events: pl.DataFrame) -> pl.DataFrame:
        """Findings about ``events``, as a frame of ``FINDING_SCHEMA``; empty in, empty out."""
        ...


def empty_findings() -> pl.DataFrame:
    return pl.DataFrame(schema=FINDING_SCHEMA)


def findings_frame(rows: Iterable[Mapping[str, Any]]) -> pl.DataFrame:
    """A findings frame from dicts; keys missing from a dict are null. Sorted into a stable order."""
    complete = [{name: row.get(name) for name in FINDING_SCHEMA} for row in rows]
    if not complete:
        return empty_findings()
    frame = pl.DataFrame(complete, schema=FINDING_SCHEMA, orient="row")
    return frame.sort(
        pl.col("event_ids").list.first(),
        "detector",
        "rule_id",
        "field",
        "span_start",
        nulls_last=True,
        maintain_order=True,
    )


def text_column(events: pl.DataFrame, name: str) -> pl.Series:
    """The column ``name`` as text, all-null when the frame lacks it (a scan record has no ``raw``)."""
    if name in events.columns:
        column = events.get_column(name)
        return column if column.dtype == pl.String else column.cast(pl.String)
    dtype = POLARS_SCHEMA.get(name, pl.String)
    return pl.Series(name, [None] * events.height, dtype=dtype).cast(pl.String)


def with_contract_columns(events: pl.DataFrame) -> pl.DataFrame:
    """``events`` with every event-contract column, missing ones null (for code that reads them all)."""
    missing = [pl.lit(None, dtype).alias(name) for name, dtype in POLARS_SCHEMA.items() if name not in events.columns]
    return events.with_columns(missing) if missing else events
