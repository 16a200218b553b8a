"""Cases: incident handling from alerts to a closed case and its report.

A case gathers alerts, gets the tasks of its playbook, and keeps a timeline, decisions,
notifications, actions and hash-chained evidence in the state database. Every write commits
with its audit-log row. Reads and writes take a ``Principal`` and hold it to its tenants.

Public API: ``open_case``, ``add_alerts``, ``assign``, ``set_status``, ``add_note``, ``close_case``,
``reopen_case``; ``complete_step``; ``run_enrichment``; ``action_targets`` / ``prepare_action`` /
``run_action``;
``classify``, ``set_awareness``, ``record_notification``, ``case_clocks``, ``compute_clocks``;
``get_case``, ``list_cases``, ``case_metrics``, ``verify_case_evidence``, ``evidence_content``;
``build_report``. Exceptions::

    CaseError        unknown case, alert or step; a step or case in the wrong state
    AccessDenied     (analytics.access) the principal lacks the permission
    ConnectorError   (analytics.cases.connectors) an action could not be planned or sent
"""

from aisoc.analytics.cases.actions import ActionOutcome, TargetChoice, action_targets, prepare_action, run_action
from aisoc.analytics.cases.clocks import (
    CLOCK_STATES,
    REGIMES,
    STAGES,
    Classification,
    Clock,
    Filing,
    add_months,
    compute_clocks,
)
from aisoc.analytics.cases.enrich import Enrichment, run_enrichment
from aisoc.analytics.cases.evidence import EvidenceReport
from aisoc.analytics.cases.lifecycle import (
    SEVERITIES,
    add_alerts,
    add_note,
    assign,
    close_case,
    open_case,
    reopen_case,
    set_status,
)
from aisoc.analytics.cases.reading import (
    CaseMetrics,
    case_metrics,
    cases_of_alert,
    evidence_content,
    get_case,
    list_cases,
    time_to_acknowledge,
    time_to_resolve,
    verify_case_evidence,
)
from aisoc.analytics.cases.records import STATUSES, Case, CaseError, Task
from aisoc.analytics.cases.regulatory import case_clocks, classify, record_notification, set_awareness
from aisoc.analytics.cases.report.build import build_report
from aisoc.analytics.cases.tasks import complete_step

__all__ = [
    "open_case",
    "add_alerts",
    "assign",
    "set_status",
    "add_note",
    "close_case",
    "reopen_case",
    "complete_step",
    "run_enrichment",
    "Enrichment",
    "prepare_action",
    "run_action",
    "ActionOutcome",
    "action_targets",
    "TargetChoice",
    "classify",
    "set_awareness",
    "record_notification",
    "case_clocks",
    "compute_clocks",
    "add_months",
    "Clock",
    "Classification",
    "Filing",
    "REGIMES",
    "STAGES",
    "CLOCK_STATES",
    "get_case",
    "list_cases",
    "cases_of_alert",
    "case_metrics",
    "CaseMetrics",
    "verify_case_evidence",
    "evidence_content",
    "EvidenceReport",
    "time_to_acknowledge",
    "time_to_resolve",
    "build_report",
    "Case",
    "Task",
    "CaseError",
    "STATUSES",
    "SEVERITIES",
]
