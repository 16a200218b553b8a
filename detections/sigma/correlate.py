"""Sigma correlation rules (event_count, value_count, temporal, temporal_ordered) over matches.

A correlation looks at the events its referenced rules matched, per ``group-by`` key, in
sliding windows of ``timespan``: a window fires when its count (events, distinct values of a
field, or distinct referenced rules — in order, for temporal_ordered) meets the condition.
Overlapping firing windows of one group are one finding: its contributing events share one
``correlation_id``.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from typing import Any

import polars as pl

from aisoc.detections.sigma.expressions import Columns
from aisoc.ingest.schema import POLARS_SCHEMA

__all__ = ["CompiledCorrelation", "correlate", "CORRELATION_TYPES"]

CORRELATION_TYPES = ("event_count", "value_count", "temporal", "temporal_ordered")
_OPS = {
    "gt": lambda c, n: c > n,
    "gte": lambda c, n: c >= n,
    "lt": lambda c, n: c < n,
    "lte": lambda c, n: c <= n,
    "eq": lambda c, n: c == n,
}
_EMPTY = {"key": pl.String, "event_id": pl.String, "correlation_id": pl.String}


@dataclass(frozen=True)
class CompiledCorrelation:
    key: str
    rule_id: str
    title: str
    type: str
    rule_keys: tuple[str, ...]  # compiled keys of the referenced rules, in the rule's order
    group_by: tuple[str, ...]
    timespan_seconds: int
    op: str = "gte"
    count: int = 1
    field: str | None = None  # value_count: the field whose distinct values are counted


def correlate(correlations: list[CompiledCorrelation], matches: pl.DataFrame, events: pl.DataFrame) -> pl.DataFrame:
    """(key, event_id, correlation_id) of every event that contributes to a correlation finding."""
    columns = Columns(POLARS_SCHEMA)
    found = [_one(c, matches, events, columns) for c in correlations]
    found = [f for f in found if f.height]
    return pl.concat(found) if found else pl.DataFrame(schema=_EMPTY)


def _one(corr: CompiledCorrelation, matches: pl.DataFrame, events: pl.DataFrame, columns: Columns) -> pl.DataFrame:
    fields = sorted(set(corr.group_by) | ({corr.field} if corr.field else set()))
    wanted = matches.filter(pl.col("key").is_in(corr.rule_keys)).unique(["key", "event_id"])
    if wanted.height == 0:
        return pl.DataFrame(schema=_EMPTY)
    rows = wanted.join(events, on="event_id").with_columns(_field_value(f, columns).alias(f"g:{f}") for f in fields)
    group_cols = [f"g:{f}" for f in corr.group_by]
    rows = rows.sort([*group_cols, "ts", "event_id"])
    period = f"{corr.timespan_seconds}s"
    measure = {
        "event_count": pl.len().alias("n"),
        "value_count": pl.col(f"g:{corr.field}").drop_nulls().n_unique().alias("n") if corr.field else pl.len(),
        "temporal": pl.col("key").n_unique().alias("n"),
        "temporal_ordered": pl.col("key").n_unique().alias("n"),
    }[corr.type]
    windows = (
        rows.rolling(index_column="ts", period=period, group_by=group_cols or None)
        .agg(measure, pl.col("event_id").alias("ids"), pl.col("key").alias("keys"))
        .rename({"ts": "window_end"})
    )
    if corr.type in ("temporal", "temporal_ordered"):
        fired = windows.filter(pl.col("n") == len(corr.rule_keys))
        if corr.type == "temporal_ordered":
            fired = fired.filter(
                pl.col("keys").map_elements(lambda ks: _in_order(ks, corr.rule_keys), return_dtype=pl.Boolean)
            )
    else:
        fired = windows.filter(_OPS[corr.op](pl.col("n"), corr.count))
    if fired.height == 0:
        return pl.DataFrame(schema=_EMPTY)
    # Overlapping firing windows of one group form one finding, named by its group and start.
    span = pl.duration(seconds=corr.timespan_seconds)
    fired = fired.sort([*group_cols, "window_end"]).with_columns(
        ((pl.col("window_end") - span) > pl.col("window_end").shift(1).over(group_cols or None))
        .fill_null(True)
        .cum_sum()
        .over(group_cols or None)
        .alias("cluster")
    )
    clusters = fired.group_by([*group_cols, "cluster"]).agg(
        pl.col("window_end").min().alias("first_end"),
        pl.col("ids").list.explode(keep_nulls=False, empty_as_null=False).unique().alias("ids"),
    )
    return (
        clusters.with_columns(
            pl.struct([*group_cols, "first_end"])
            .map_elements(lambda s: _correlation_id(corr.key, s), return_dtype=pl.String)
            .alias("correlation_id")
        )
        .explode("ids")
        .select(pl.lit(corr.key).alias("key"), pl.col("ids").alias("event_id"), "correlation_id")
        .unique(["event_id", "correlation_id"])
    )


def _field_value(field: str, columns: Columns) -> pl.Expr:
    if columns.is_contract(field):
        return pl.col(field).cast(pl.String)
    return pl.col("raw").str.json_path_match(columns.raw_path(field))


def _in_order(keys: list[str], order: tuple[str, ...]) -> bool:
    """Whether the window's rule keys (in time order) contain the referenced rules in order."""
    position = 0
    for key in keys:
        if key == order[position]:
            position += 1
            if position == len(order):
                return True
    return False


def _correlation_id(key: str, group: dict[str, Any]) -> str:
    text = key + "\x00" + "\x00".join(f"{k}={v}" for k, v in sorted(group.items()))
    return hashlib.sha256(text.encode()).hexdigest()[:32]
