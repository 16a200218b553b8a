"""The overview page's numbers: alerts over time, by tactic and tenant, top entities, ingest freshness.

Alerts come from the state database (thousands of rows, aggregated in SQL). Freshness needs the
events lake; each stored Parquet file is immutable, so its per-(tenant, source) summary is
computed once per process and kept, and a refresh reads only files that are new (all of them in
one scan: one scan of a thousand files costs a third of a thousand scans).
"""

from __future__ import annotations

import threading
from datetime import datetime
from pathlib import Path

import polars as pl

import aisoc.analytics.alerting.tables  # noqa: F401 - registers the tables queried here
from aisoc.analytics.access import Principal
from aisoc.analytics.access.scope import scope_clause
from aisoc.analytics.alerting import entity_risk
from aisoc.analytics.alerting.store import list_alerts
from aisoc.ingest.kernel.clocks import utcnow
from aisoc.ingest.kernel.state import query_frame
from aisoc.ingest.warehouse import Warehouse

__all__ = ["alerts_over_time", "alerts_by_tag", "alerts_by_tenant", "top_entities", "freshness", "TACTIC_PREFIXES"]

TACTIC_PREFIXES = ("owasp.", "atlas.", "attack.")


def _alert_counts(
    warehouse: Warehouse, principal: Principal, since: datetime | None, select: str, order: str
) -> pl.DataFrame:
    """``SELECT {select}, count(*) AS alerts`` over the principal's alerts last seen since ``since``."""
    clause, args = scope_clause(principal)
    with warehouse.state() as con:
        return query_frame(
            con,
            f"SELECT {select}, count(*) AS alerts FROM alerts a WHERE {clause} "
            f"AND a.last_seen >= coalesce(?, a.last_seen) GROUP BY ALL ORDER BY {order}",
            [*args, since],
        )


def alerts_over_time(warehouse: Warehouse, principal: Principal, *, since: datetime | None = None) -> pl.DataFrame:
    """Alerts per day first seen and severity, of the alerts seen since ``since`` (all when None)."""
    return _alert_counts(
        warehouse, principal, since, "date_trunc('day', a.first_seen)::DATE AS day, a.severity", "day, severity"
    )


def alerts_by_tag(warehouse: Warehouse, principal: Principal, *, since: datetime | None = None) -> pl.DataFrame:
    """Alerts per OWASP LLM / ATLAS / ATT&CK tag (an alert counts once under each of its tags)."""
    clause, args = scope_clause(principal)
    with warehouse.state() as con:
        frame = query_frame(
            con,
            f"SELECT unnest(CAST(a.tags AS VARCHAR[])) AS tag, a.severity FROM alerts a "
            f"WHERE {clause} AND a.last_seen >= coalesce(?, a.last_seen)",
            [*args, since],
        )
    frame = frame.filter(pl.any_horizontal(pl.col("tag").str.starts_with(p) for p in TACTIC_PREFIXES))
    return (
        frame.group_by("tag", "severity").agg(pl.len().alias("alerts")).sort("alerts", "tag", descending=[True, False])
    )


def alerts_by_tenant(warehouse: Warehouse, principal: Principal, *, since: datetime | None = None) -> pl.DataFrame:
    """Alerts per tenant and status."""
    return _alert_counts(
        warehouse, principal, since, "coalesce(a.tenant, '(none)') AS tenant, a.status", "tenant, status"
    )


def top_entities(
    warehouse: Warehouse, principal: Principal, *, limit: int = 10, now: datetime | None = None
) -> pl.DataFrame:
    """Entities by risk score (``analytics.alerting.risk``), highest first."""
    with warehouse.state() as con:
        alerts = list_alerts(con, status=("open", "acknowledged", "escalated"), tenant=principal.tenant_list())
    ranked = entity_risk(alerts, now or utcnow())[:limit]
    return pl.DataFrame(
        [
            {
                "entity": r.entity,
                "tenant": r.tenant,
                "risk": round(r.risk, 1),
                "alerts": r.alerts,
                "detectors": ", ".join(r.detectors),
                "strongest": r.contributions[0]["title"] if r.contributions else None,
            }
            for r in ranked
        ],
        schema={
            "entity": pl.String,
            "tenant": pl.String,
            "risk": pl.Float64,
            "alerts": pl.Int64,
            "detectors": pl.String,
            "strongest": pl.String,
        },
    )


_SUMMARIES: dict[tuple[str, int, int], pl.DataFrame] = {}  # (path, size, mtime_ns) -> summary, oldest first
_MAX_SUMMARIES = 65536
_SUMMARISING = threading.Lock()  # console sessions are threads: the first to ask reads, the others wait


def _summary(frame: pl.LazyFrame, *by: str) -> pl.LazyFrame:
    """Per (tenant, source): events, newest event time, newest ingest time."""
    return frame.group_by(*by, "tenant", "source").agg(
        pl.len().alias("events"),
        pl.col("ts").max().alias("last_event"),
        pl.col("ingested_at").max().alias("last_ingested"),
    )


def _file_summaries(files: list[tuple[str, int, int]]) -> list[pl.DataFrame]:
    """The summary of each stored file (path, size, mtime_ns); files not summarised yet are read in one scan."""
    with _SUMMARISING:
        found = {f: _SUMMARIES[f] for f in files if f in _SUMMARIES}
        new = [f for f in dict.fromkeys(files) if f not in found]
        if new:
            columns = ("tenant", "source", "ts", "ingested_at")
            try:
                scanned = _summary(
                    pl.scan_parquet(
                        [f[0] for f in new], hive_partitioning=False, include_file_paths="_file", extra_columns="ignore"
                    ).select("_file", *columns),
                    "_file",
                ).collect()
                by_file = scanned.partition_by("_file", as_dict=True, include_key=False)
                empty = scanned.drop("_file").clear()  # a file without rows has no group
                found |= {f: by_file.get((f[0],), empty) for f in new}
            except pl.exceptions.PolarsError:  # files that cannot be scanned together: one at a time, as they are
                found |= {
                    f: _summary(pl.scan_parquet(f[0], hive_partitioning=False).select(*columns)).collect() for f in new
                }
            _SUMMARIES.update((f, found[f]) for f in new)
            for stale in list(_SUMMARIES)[: max(0, len(_SUMMARIES) - _MAX_SUMMARIES)]:
                del _SUMMARIES[stale]
    return [found[f] for f in files]


def freshness(warehouse: Warehouse, principal: Principal, *, now: datetime | None = None) -> pl.DataFrame:
    """Per source the principal sees: events, newest event, newest ingest, and how long ago that was."""
    files = []
    for path in warehouse.event_files():
        stat = Path(path).stat()
        files.append((str(path), stat.st_size, stat.st_mtime_ns))
    parts = _file_summaries(files)
    schema = {  # every type an instance, so the mapping is typed as one
        "source": pl.String(),
        "events": pl.Int64(),
        "last_event": pl.Datetime("us", "UTC"),
        "last_ingested": pl.Datetime("us", "UTC"),
        "hours_since_ingest": pl.Float64(),
    }
    if not parts:
        return pl.DataFrame(schema=schema)
    frame = pl.concat(parts, how="vertical_relaxed")
    tenants = principal.tenant_list()
    if tenants is not None:
        frame = frame.filter(pl.col("tenant").is_in(tenants))
    now = (now or utcnow()).replace(tzinfo=None)
    return (
        frame.group_by("source")
        .agg(pl.col("events").sum(), pl.col("last_event").max(), pl.col("last_ingested").max())
        .with_columns(
            ((pl.lit(now).dt.replace_time_zone("UTC") - pl.col("last_ingested")).dt.total_seconds() / 3600)
            .round(1)
            .alias("hours_since_ingest")
        )
        .sort("source")
        .select(list(schema))
    )
