"""The rules page: every rule with its hits, triage-measured precision and on/off state; testing a
rule on a pasted event; switching rules off and on.

Precision is what triage measured: of a rule's alerts closed with a verdict, the share that were
true positives (escalated alerts count as true). A rule with no verdicts yet has no precision.
"""

from __future__ import annotations

import orjson
import polars as pl

import aisoc.analytics.alerting.tables  # noqa: F401 - registers the tables queried here
from aisoc.analytics.access import Principal, recorded
from aisoc.analytics.access.scope import scope_clause
from aisoc.analytics.alerting import rule_meta
from aisoc.analytics.queries.spans import packaged_pack
from aisoc.detections.samples import rule_defaults, sample_frame
from aisoc.detections.sigma.engine import evaluate
from aisoc.ingest.kernel.clocks import utcnow
from aisoc.ingest.kernel.errors import AisocError
from aisoc.ingest.kernel.state import query_frame
from aisoc.ingest.warehouse import Warehouse

__all__ = ["rule_catalogue", "set_rule_enabled", "test_rule", "RuleTestError", "disabled_rules"]


class RuleTestError(AisocError):
    """The pasted event cannot be tested (not JSON, not an object, fields outside the contract)."""


def disabled_rules(warehouse: Warehouse) -> set[str]:
    with warehouse.state() as con:
        return {r[0] for r in con.execute("SELECT rule_id FROM rule_settings WHERE NOT enabled").fetchall()}


def rule_catalogue(warehouse: Warehouse, principal: Principal) -> pl.DataFrame:
    """Sigma rules of the pack and every other rule that raised an alert the principal sees."""
    principal.require("view")
    clause, args = scope_clause(principal)
    with warehouse.state() as con:
        stats = query_frame(
            con,
            f"SELECT a.rule_id, count(*) AS alerts, sum(a.count) AS hits, max(a.last_seen) AS last_hit, "
            "count(*) FILTER (t.verdict = 'true_positive') AS true_positives, "
            "count(*) FILTER (t.verdict IN ('false_positive', 'benign')) AS false_positives "
            f"FROM alerts a LEFT JOIN alert_triage t ON t.alert_id = a.id WHERE {clause} GROUP BY a.rule_id",
            args,
        )
        switched = dict(con.execute("SELECT rule_id, enabled FROM rule_settings").fetchall())
    rows = [
        {
            "rule_id": r.id,
            "detector": "sigma",
            "title": r.rule.title,
            "level": r.rule.level.name.lower() if r.rule.level else None,
            "tags": ", ".join(str(t) for t in r.rule.tags),
            "playbook": r.playbook,
            "file": f"{r.path.parent.name}/{r.path.name}",
        }
        for r in packaged_pack().rules
    ]
    known = {r["rule_id"] for r in rows}
    for rule_id in stats.get_column("rule_id").to_list():
        if rule_id not in known:
            detector = rule_id.split(".", 1)[0]
            meta = rule_meta(detector, rule_id, rule_id.rsplit(".", 1)[-1])
            rows.append(
                {
                    "rule_id": rule_id,
                    "detector": detector,
                    "title": meta.title,
                    "level": meta.severity,
                    "tags": ", ".join(meta.tags),
                    "playbook": meta.playbook,
                    "file": None,
                }
            )
    catalogue = pl.DataFrame(
        rows,
        schema={
            "rule_id": pl.String,
            "detector": pl.String,
            "title": pl.String,
            "level": pl.String,
            "tags": pl.String,
            "playbook": pl.String,
            "file": pl.String,
        },
    )
    out = catalogue.join(stats, on="rule_id", how="left").with_columns(
        pl.col("alerts").fill_null(0),
        pl.col("hits").fill_null(0).cast(pl.Int64),
        pl.col("true_positives").fill_null(0),
        pl.col("false_positives").fill_null(0),
        pl.col("rule_id").replace_strict(switched, default=True, return_dtype=pl.Boolean).alias("enabled"),
    )
    decided = pl.col("true_positives") + pl.col("false_positives")
    return out.with_columns(
        pl.when(decided > 0).then((pl.col("true_positives") / decided).round(2)).otherwise(None).alias("precision")
    ).sort("alerts", "rule_id", descending=[True, False])


def set_rule_enabled(warehouse: Warehouse, principal: Principal, rule_id: str, enabled: bool, reason: str = "") -> None:
    principal.require("rules.manage")
    action = "rule.enable" if enabled else "rule.disable"
    with recorded(warehouse, principal.name, action, rule_id, {"reason": reason}) as (con, _):
        con.execute(
            "INSERT OR REPLACE INTO rule_settings VALUES (?, ?, ?, ?)", [rule_id, enabled, principal.name, utcnow()]
        )


def test_rule(principal: Principal, rule_id: str, pasted: str) -> dict:
    """Run one Sigma rule of the pack on a pasted event (a JSON object of contract fields).

    Returns ``{"matched": bool, "rule": title, "filled": {field: value}}``: ``filled`` are the
    fields the rule's log source supplied because the event left them out.
    """
    principal.require("hunt")
    rule = next((r for r in packaged_pack().rules if r.id == rule_id), None)
    if rule is None:
        raise RuleTestError(f"no Sigma rule {rule_id!r} in the pack")
    try:
        event = orjson.loads(pasted)
    except orjson.JSONDecodeError as exc:
        raise RuleTestError(f"the event is not JSON: {exc}") from None
    if not isinstance(event, dict):
        raise RuleTestError("the event must be one JSON object of event fields")
    defaults = {k: v for k, v in rule_defaults(rule).items() if k not in event}
    try:
        frame = sample_frame([event], defaults)
    except ValueError as exc:
        raise RuleTestError(str(exc)) from None
    matched = evaluate(rule.compiled, frame).height > 0
    return {"matched": matched, "rule": rule.rule.title, "filled": defaults}
