"""The overview page's numbers: alerts over time, by tactic and tenant, top entities, ingest freshness.

Alerts come from the state database (thousands of rows, aggregated in SQL). Freshness needs the
events lake; each stored Parquet file is immutable, so its per-(tenant, source) summary is
computed once per process and kept, and a refresh reads only files that are new.
"""

from __future__ import annotations

from datetime import datetime
from functools import lru_cache
from pathlib import Path

import polars as pl

from analytics.access import Principal
from analytics.alerting import entity_risk
from analytics.alerting.store import list_alerts
from ingest.state import utcnow
from ingest.warehouse import Warehouse

from ._db import query_frame, scope_clause

__all__ = ["alerts_over_time", "alerts_by_tag", "alerts_by_tenant", "top_entities", "freshness", "TACTIC_PREFIXES"]

TACTIC_PREFIXES = ("owasp.", "atlas.", "attack.")


def alerts_over_time(warehouse: Warehouse, principal: Principal, *, since: datetime | None = None) -> pl.DataFrame:
    """Alerts per day first seen and severity, of the alerts seen since ``since`` (all when None)."""
    clause, args = scope_clause(principal)
    with warehouse.state() as con:
        return query_frame(con, f"SELECT date_trunc('day', a.first_seen)::DATE AS day, a.severity, count(*) AS alerts "
                           f"FROM alerts a WHERE {clause} AND a.last_seen >= coalesce(?, a.last_seen) GROUP BY ALL ORDER BY day, severity",
                           [*args, since])


def alerts_by_tag(warehouse: Warehouse, principal: Principal, *, since: datetime | None = None) -> pl.DataFrame:
    """Alerts per OWASP LLM / ATLAS / ATT&CK tag (an alert counts once under each of its tags)."""
    clause, args = scope_clause(principal)
    with warehouse.state() as con:
        frame = query_frame(con, f"SELECT unnest(CAST(a.tags AS VARCHAR[])) AS tag, a.severity FROM alerts a "
                                 f"WHERE {clause} AND a.last_seen >= coalesce(?, a.last_seen)", [*args, since])
    frame = frame.filter(pl.col("tag").str.starts_with(TACTIC_PREFIXES[0])
                         | pl.col("tag").str.starts_with(TACTIC_PREFIXES[1])
                         | pl.col("tag").str.starts_with(TACTIC_PREFIXES[2]))
    return (frame.group_by("tag", "severity").agg(pl.len().alias("alerts")).sort("alerts", "tag", descending=[True, False]))


def alerts_by_tenant(warehouse: Warehouse, principal: Principal, *, since: datetime | None = None) -> pl.DataFrame:
    clause, args = scope_clause(principal)
    with warehouse.state() as con:
        return query_frame(con, f"SELECT coalesce(a.tenant, '(none)') AS tenant, a.status, count(*) AS alerts FROM alerts a "
                           f"WHERE {clause} AND a.last_seen >= coalesce(?, a.last_seen) GROUP BY ALL ORDER BY tenant, status",
                           [*args, since])


def top_entities(warehouse: Warehouse, principal: Principal, *, limit: int = 10, now: datetime | None = None
                 ) -> pl.DataFrame:
    """Entities by risk score (``analytics.alerting.risk``), highest first."""
    with warehouse.state() as con:
        alerts = list_alerts(con, status=("open", "acknowledged", "escalated"), tenant=principal.tenant_list())
    ranked = entity_risk(alerts, now or utcnow())[:limit]
    return pl.DataFrame([{"entity": r.entity, "tenant": r.tenant, "risk": round(r.risk, 1), "alerts": r.alerts,
                          "detectors": ", ".join(r.detectors),
                          "strongest": r.contributions[0]["title"] if r.contributions else None} for r in ranked],
                        schema={"entity": pl.String, "tenant": pl.String, "risk": pl.Float64, "alerts": pl.Int64,
                                "detectors": pl.String, "strongest": pl.String})


@lru_cache(maxsize=65536)
def _file_summary(path: str, size: int, mtime_ns: int) -> pl.DataFrame:
    """Per (tenant, source): events, newest event time, newest ingest time, in one stored file."""
    return (pl.scan_parquet(path, hive_partitioning=False).select("tenant", "source", "ts", "ingested_at")
            .group_by("tenant", "source")
            .agg(pl.len().alias("events"), pl.col("ts").max().alias("last_event"),
                 pl.col("ingested_at").max().alias("last_ingested")).collect())


def freshness(warehouse: Warehouse, principal: Principal, *, now: datetime | None = None) -> pl.DataFrame:
    """Per source the principal sees: events, newest event, newest ingest, and how long ago that was."""
    parts = []
    for path in warehouse.event_files():
        stat = Path(path).stat()
        parts.append(_file_summary(str(path), stat.st_size, stat.st_mtime_ns))
    schema = {"source": pl.String, "events": pl.Int64, "last_event": pl.Datetime("us", "UTC"),
              "last_ingested": pl.Datetime("us", "UTC"), "hours_since_ingest": pl.Float64}
    if not parts:
        return pl.DataFrame(schema=schema)
    frame = pl.concat(parts, how="vertical_relaxed")
    if not principal.all_tenants:
        frame = frame.filter(pl.col("tenant").is_in(principal.tenant_list()))
    now = (now or utcnow()).replace(tzinfo=None)
    return (frame.group_by("source")
            .agg(pl.col("events").sum(), pl.col("last_event").max(), pl.col("last_ingested").max())
            .with_columns(((pl.lit(now).dt.replace_time_zone("UTC") - pl.col("last_ingested")).dt.total_seconds()
                           / 3600).round(1).alias("hours_since_ingest"))
            .sort("source").select(list(schema)))
