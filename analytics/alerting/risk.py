"""A risk score per entity across detectors, with the contributions that make it up.

Each alert that is not closed contributes ``points(severity) × (1 + log10(count)) × decay``,
where decay halves the weight every ``half_life`` since the alert was last seen, and an alert
confirmed by another detector on the same entity counts for more (``corroboration``: × 1.25 per
extra detector). The score is the sum, capped at 100. The contributions are returned with it, so
an analyst sees why an entity scores what it scores.
"""

from __future__ import annotations

import math
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import datetime, timedelta

from aisoc.analytics.alerting.merge import Alert

__all__ = ["EntityRisk", "entity_risk", "SEVERITY_POINTS"]

SEVERITY_POINTS = {"informational": 1.0, "low": 5.0, "medium": 15.0, "high": 35.0, "critical": 60.0}
_CORROBORATION = 1.25


@dataclass
class EntityRisk:
    entity: str
    tenant: str | None
    risk: float
    alerts: int
    detectors: list[str]
    contributions: list[dict] = field(default_factory=list)  # strongest first


def entity_risk(
    alerts: Iterable[Alert], now: datetime, *, half_life: timedelta = timedelta(days=7)
) -> list[EntityRisk]:
    """Entities by risk, highest first (alerts without an entity, or closed, do not count)."""
    groups: dict[tuple[str | None, str], list[Alert]] = {}
    for alert in alerts:
        if alert.entity and alert.status != "closed":
            groups.setdefault((alert.tenant, alert.entity), []).append(alert)
    found = []
    for (tenant, entity), members in groups.items():
        detectors = sorted({a.detector for a in members})
        boost = _CORROBORATION ** (len(detectors) - 1)
        parts = []
        for alert in members:
            age = max((now - alert.last_seen).total_seconds(), 0.0)
            decay = 0.5 ** (age / half_life.total_seconds())
            points = SEVERITY_POINTS.get(alert.severity, 15.0) * (1 + math.log10(max(alert.count, 1))) * decay * boost
            parts.append(
                {
                    "alert_id": alert.id,
                    "rule_id": alert.rule_id,
                    "title": alert.title,
                    "detector": alert.detector,
                    "severity": alert.severity,
                    "count": alert.count,
                    "points": round(points, 2),
                }
            )
        parts.sort(key=lambda p: (-p["points"], p["alert_id"]))
        total = min(100.0, sum(p["points"] for p in parts))
        found.append(EntityRisk(entity, tenant, round(total, 2), len(members), detectors, parts))
    found.sort(key=lambda r: (-r.risk, r.entity))
    return found
