"""Alerts: one shape for every detector, deduplicated by key and suppression window, scored per entity.

Public API: ``Alert``, ``AlertPolicy``, ``candidates``, ``merge`` (findings → alerts),
``list_alerts`` / ``get_alert`` / ``set_status`` / ``alert_dict`` (the state table),
``entity_risk``, ``RuleMeta`` / ``rule_meta``, ``ALERT_FIELDS``, ``SEVERITIES``, ``STATUSES``,
``AlertError``.
"""

from aisoc.analytics.alerting.merge import MAX_EVIDENCE, Alert, AlertPolicy, Candidate, candidates, entity_of, merge
from aisoc.analytics.alerting.risk import EntityRisk, entity_risk
from aisoc.analytics.alerting.shape import (
    ALERT_FIELDS,
    HEALTH_DETECTOR,
    SEVERITIES,
    STATUSES,
    RuleMeta,
    rule_meta,
    severity_rank,
)
from aisoc.analytics.alerting.store import (
    AlertError,
    alert_dict,
    get_alert,
    known_findings,
    list_alerts,
    open_alerts_for,
    save_alerts,
    set_status,
)

__all__ = [
    "Alert",
    "AlertPolicy",
    "Candidate",
    "candidates",
    "merge",
    "entity_of",
    "MAX_EVIDENCE",
    "EntityRisk",
    "entity_risk",
    "ALERT_FIELDS",
    "HEALTH_DETECTOR",
    "SEVERITIES",
    "STATUSES",
    "RuleMeta",
    "rule_meta",
    "severity_rank",
    "AlertError",
    "alert_dict",
    "get_alert",
    "known_findings",
    "list_alerts",
    "open_alerts_for",
    "save_alerts",
    "set_status",
]
