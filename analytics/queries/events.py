"""Reading stored events for a principal: by id, and an entity's timeline — tenant-scoped, paged.

Reads prune by date partition first (an alert knows when its events happened), so showing an
alert's evidence reads a few files, not the warehouse. A long-running alert spans many dates, but
keeps its first hits as evidence: its dates are read oldest first, in growing steps, until every
evidence event is found. A timeline counts the entity's events from their times alone and reads
whole rows only for the page it shows.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta

import polars as pl

from aisoc.analytics.access import Principal
from aisoc.analytics.access.masking import mask_frame
from aisoc.ingest.schema import POLARS_SCHEMA
from aisoc.ingest.warehouse import Warehouse

__all__ = [
    "scoped_events",
    "events_by_id",
    "unmasked_events",
    "entity_timeline",
    "ENTITY_COLUMNS",
    "EventPage",
    "entity_filter",
]

# An alert's entity is "<kind>:<value>" (analytics.alerting.entity_of); the column each kind names.
ENTITY_COLUMNS = {
    "user": "actor_id",
    "api_key": "api_key_id",
    "ip": "source_ip",
    "resource": "resource_id",
    "model": "model",
}
TIMELINE_COLUMNS = (
    "ts",
    "event_id",
    "tenant",
    "source",
    "event_kind",
    "action",
    "outcome",
    "actor_id",
    "api_key_id",
    "source_ip",
    "model",
    "prompt",
    "response",
    "tokens_in",
    "tokens_out",
    "guardrail_action",
    "resource_id",
)


def _dates(since: datetime | None, until: datetime | None) -> list[str] | None:
    if since is None or until is None:
        return None
    days, day = [], since.date()
    while day <= until.date():
        days.append(day.isoformat())
        day += timedelta(days=1)
    return days


def _utc(moment: datetime | None) -> datetime | None:
    """Alert times are naive UTC (the state database); event times are aware UTC."""
    return moment.replace(tzinfo=UTC) if moment is not None and moment.tzinfo is None else moment


def scoped_events(
    warehouse: Warehouse, principal: Principal, *, since: datetime | None = None, until: datetime | None = None
) -> pl.LazyFrame:
    """The principal's events, optionally within [since, until], as a lazy frame."""
    since, until = _utc(since), _utc(until)
    files = warehouse.event_files(_dates(since, until))
    if not files:
        return warehouse.scan_events().filter(pl.lit(False))
    frame = pl.scan_parquet(files, schema=POLARS_SCHEMA, hive_partitioning=False)
    tenants = principal.tenant_list()
    if tenants is not None:
        frame = frame.filter(pl.col("tenant").is_in(tenants))
    if since is not None:
        frame = frame.filter(pl.col("ts") >= since)
    if until is not None:
        frame = frame.filter(pl.col("ts") <= until)
    return frame


def events_by_id(
    warehouse: Warehouse,
    principal: Principal,
    event_ids: Sequence[str],
    *,
    since: datetime | None = None,
    until: datetime | None = None,
    unmask: bool = False,
    tenants: Sequence[str] | None = None,
) -> pl.DataFrame:
    """The events with these ids that the principal may see, in the order given; text masked unless ``unmask``.

    An id names a record, and the same record ingested for two tenants is stored for each under
    one id: a caller that knows whose events it wants (an alert's, a case's tenants) passes
    ``tenants`` so that another tenant's copy never joins them."""
    if unmask:
        principal.require("unmask")
    found = unmasked_events(warehouse, principal, event_ids, since=since, until=until, tenants=tenants)
    return found if unmask else mask_frame(found)


def unmasked_events(
    warehouse: Warehouse,
    principal: Principal,
    event_ids: Sequence[str],
    *,
    since: datetime | None = None,
    until: datetime | None = None,
    tenants: Sequence[str] | None = None,
) -> pl.DataFrame:
    """As ``events_by_id`` with the text as stored: for what aisoc computes (triage feedback, spans), never shown."""
    if not event_ids:
        return scoped_events(warehouse, principal).head(0).collect()
    missing = set(event_ids)
    parts: list[pl.DataFrame] = []
    for start, end in _steps(_utc(since), _utc(until)):
        query = scoped_events(warehouse, principal, since=start, until=end).filter(
            pl.col("event_id").is_in(list(missing))
        )
        if tenants is not None:
            query = query.filter(pl.col("tenant").is_in(list(tenants)))
        part = query.collect()
        parts.append(part)
        missing.difference_update(part.get_column("event_id").to_list())
        if not missing:
            break
    found = pl.concat(parts)
    order = {event_id: i for i, event_id in enumerate(event_ids)}
    return found.sort(pl.col("event_id").replace_strict(order, default=len(order), return_dtype=pl.Int64))


def _steps(since: datetime | None, until: datetime | None) -> list[tuple[datetime | None, datetime | None]]:
    """[since, until] cut at midnights into 1, 2, 4, … days, oldest first (whole, when unbounded).

    An event id hashes the whole record, its time included, so an id is never stored on two dates:
    once found, no later step can hold it again.
    """
    if since is None or until is None or until.date() <= since.date():
        return [(since, until)]
    steps: list[tuple[datetime | None, datetime | None]] = []
    start, days = since, 1
    while start <= until:
        midnight = datetime.combine(start.date() + timedelta(days=days), datetime.min.time(), start.tzinfo)
        steps.append((start, min(until, midnight - timedelta(microseconds=1))))
        start, days = midnight, days * 2
    return steps


def entity_filter(entity: str) -> pl.Expr | None:
    kind, _, value = entity.partition(":")
    column = ENTITY_COLUMNS.get(kind)
    return None if column is None or not value else pl.col(column) == value


@dataclass
class EventPage:
    rows: pl.DataFrame
    total: int
    offset: int


def entity_timeline(
    warehouse: Warehouse,
    principal: Principal,
    entity: str,
    *,
    around: tuple[datetime, datetime],
    margin: timedelta = timedelta(hours=24),
    limit: int = 50,
    offset: int = 0,
    unmask: bool = False,
) -> EventPage:
    """The entity's events from ``margin`` before to ``margin`` after ``around``, newest first, one page."""
    if unmask:
        principal.require("unmask")
    condition = entity_filter(entity)
    if condition is None:
        return EventPage(pl.DataFrame(schema={c: pl.String for c in TIMELINE_COLUMNS}), 0, offset)
    frame = scoped_events(warehouse, principal, since=around[0] - margin, until=around[1] + margin).filter(condition)
    times = frame.select("ts").collect().get_column("ts").sort(descending=True)
    total = times.len()
    if offset >= total or limit <= 0:
        rows = pl.DataFrame(schema={c: POLARS_SCHEMA[c] for c in TIMELINE_COLUMNS})
    else:
        # The page's rows are the events between the times at its two ends; those newer come before it.
        newest, oldest = times[offset], times[min(offset + limit, total) - 1]
        before = int((times > newest).sum())
        rows = (
            scoped_events(warehouse, principal, since=oldest, until=newest)
            .filter(condition)
            .select(TIMELINE_COLUMNS)
            .sort("ts", "event_id", descending=[True, False])
            .slice(offset - before, limit)
            .collect()
        )
    return EventPage(rows if unmask else mask_frame(rows), total, offset)
