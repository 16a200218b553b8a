"""The tables of alerts: the alerts, the findings merged into them, their triage and the rules
switched off. Triage and rule switches are written from the console (analytics.queries), but
they belong with the alerts they annotate.

Migration 1 is the schema of the release before versioned migrations, so it also holds on a
warehouse that release wrote (``IF NOT EXISTS``). A change is the next migration; a released
one is never edited (see ``aisoc.ingest.kernel.migrations``).
"""

from __future__ import annotations

from aisoc.ingest.kernel.migrations import Migration, Tables, register

__all__ = ["TABLES"]

_MIGRATION_1 = (
    # Alerts (analytics.alerting): one row per alert; lists are JSON arrays.
    """CREATE TABLE IF NOT EXISTS alerts (
        id VARCHAR PRIMARY KEY,
        detector VARCHAR NOT NULL, rule_id VARCHAR NOT NULL, title VARCHAR NOT NULL,
        severity VARCHAR NOT NULL, tags VARCHAR NOT NULL, playbook VARCHAR,
        tenant VARCHAR, entity VARCHAR,
        first_seen TIMESTAMP NOT NULL, last_seen TIMESTAMP NOT NULL, count BIGINT NOT NULL,
        evidence_event_ids VARCHAR NOT NULL, explanation VARCHAR NOT NULL, score DOUBLE,
        status VARCHAR NOT NULL,              -- open | acknowledged | escalated | closed
        dedup_key VARCHAR NOT NULL,
        created_at TIMESTAMP NOT NULL, updated_at TIMESTAMP NOT NULL
    )""",
    # Every finding merged into an alert, by a hash of what it is: merging it again is a no-op.
    """CREATE TABLE IF NOT EXISTS alert_findings (
        finding_id VARCHAR PRIMARY KEY, alert_id VARCHAR NOT NULL, ts TIMESTAMP
    )""",
    # Triage of an alert beside the alert itself, so detection runs never overwrite it.
    """CREATE TABLE IF NOT EXISTS alert_triage (
        alert_id VARCHAR PRIMARY KEY, assignee VARCHAR,
        verdict VARCHAR,                      -- true_positive | false_positive | benign, once decided
        reason VARCHAR, updated_by VARCHAR NOT NULL, updated_at TIMESTAMP NOT NULL
    )""",
    # Rules switched off in the console: detection runs raise no alert for them.
    """CREATE TABLE IF NOT EXISTS rule_settings (
        rule_id VARCHAR PRIMARY KEY, enabled BOOLEAN NOT NULL, changed_by VARCHAR NOT NULL,
        changed_at TIMESTAMP NOT NULL
    )""",
)

TABLES = register(
    Tables(
        owner="alerting",
        migrations=(Migration(1, "alerts, merged findings, triage, rule switches", _MIGRATION_1),),
    )
)
