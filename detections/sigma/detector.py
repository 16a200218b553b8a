"""A Sigma rule pack as a detector: matches and correlations in the common findings shape."""

from __future__ import annotations

import polars as pl
from sigma.rule import SigmaRuleBase

from aisoc.detections.findings import FINDING_SCHEMA, empty_findings, with_contract_columns
from aisoc.detections.rulepack import RulePack
from aisoc.detections.sigma.correlate import correlate
from aisoc.detections.sigma.engine import evaluate

__all__ = ["SigmaDetector", "pack_matches", "LEVEL_SCORES"]

# A rule's level is its author's confidence, as a score.
LEVEL_SCORES = {"informational": 0.2, "low": 0.4, "medium": 0.6, "high": 0.8, "critical": 1.0}
_MATCH_SCHEMA = {
    "event_id": pl.String,
    "key": pl.String,
    "rule_id": pl.String,
    "title": pl.String,
    "level": pl.String,
    "correlation_id": pl.String,
}


def pack_matches(pack: RulePack, events: pl.DataFrame) -> pl.DataFrame:
    """Every (event, rule) match of ``pack`` over ``events``: columns ``event_id, key, rule_id,
    title, level, correlation_id`` (null for a plain rule; shared by a correlation's events)."""
    if events.height == 0:
        return pl.DataFrame(schema=_MATCH_SCHEMA)
    hits = evaluate(pack.compiled, events)
    found = correlate([c.compiled for c in pack.correlations], hits, events)
    hits = pl.concat(
        [
            hits.filter(~pl.col("key").is_in(pack.quiet_keys)).with_columns(
                pl.lit(None, pl.String).alias("correlation_id")
            ),
            found,
        ]
    )
    meta = pl.DataFrame(
        [
            {"key": c.key, "rule_id": c.rule_id, "title": c.title, "level": _level(r.rule)}
            for r in pack.rules
            for c in r.compiled
        ]
        + [
            {"key": c.compiled.key, "rule_id": c.compiled.rule_id, "title": c.compiled.title, "level": _level(c.rule)}
            for c in pack.correlations
        ],
        schema={"key": pl.String, "rule_id": pl.String, "title": pl.String, "level": pl.String},
    )
    return hits.join(meta, on="key").select(list(_MATCH_SCHEMA))


class SigmaDetector:
    """Each plain match is one finding; each correlation finding is one finding over its events."""

    id = "sigma"

    def __init__(self, pack: RulePack):
        self.pack = pack

    def detect(self, events: pl.DataFrame) -> pl.DataFrame:
        events = with_contract_columns(events)
        matches = pack_matches(self.pack, events)
        if matches.height == 0:
            return empty_findings()
        order = events.select("event_id", pl.col("ts") if "ts" in events.columns else pl.lit(None).alias("ts"))
        matches = matches.join(order, on="event_id", how="left").sort("ts", "event_id", nulls_last=True)
        group = pl.coalesce("correlation_id", pl.col("event_id"))
        findings = matches.group_by("rule_id", group.alias("group"), maintain_order=True).agg(
            pl.col("event_id").unique(maintain_order=True).alias("event_ids"),
            pl.first("title"),
            pl.first("level"),
            pl.first("correlation_id"),
        )
        return (
            findings.select(
                "event_ids",
                pl.lit("sigma").alias("detector"),
                "rule_id",
                pl.col("title").alias("label"),
                pl.col("level").replace_strict(LEVEL_SCORES, default=0.5, return_dtype=pl.Float64).alias("score"),
                pl.lit(None, pl.String).alias("field"),
                pl.lit(None, pl.Int64).alias("span_start"),
                pl.lit(None, pl.Int64).alias("span_end"),
                pl.lit(None, pl.String).alias("entity"),
                pl.when(pl.col("correlation_id").is_null())
                .then(pl.format("Sigma rule '{}' ({}) matched.", "title", pl.col("level").fill_null("no level")))
                .otherwise(
                    pl.format(
                        "Sigma correlation '{}' ({}) fired over {} events.",
                        "title",
                        pl.col("level").fill_null("no level"),
                        pl.col("event_ids").list.len(),
                    )
                )
                .alias("explanation"),
                pl.lit(None, pl.String).alias("tenant"),
            )
            .cast(pl.Schema(FINDING_SCHEMA))  # polars types a mapping here by its widest key type
            .sort(pl.col("event_ids").list.first(), "rule_id")
        )


def _level(rule: SigmaRuleBase) -> str | None:
    return rule.level.name.lower() if rule.level else None
