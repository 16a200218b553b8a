"""The tables of incident cases: the case, its alerts, tasks, timeline, evidence chain, decisions,
authority notifications and response actions.

Migration 1 is the schema of the release before versioned migrations, so it also holds on a
warehouse that release wrote (``IF NOT EXISTS``). A change is the next migration; a released
one is never edited (see ``aisoc.ingest.kernel.migrations``).
"""

from __future__ import annotations

from aisoc.ingest.kernel.migrations import Migration, Tables, register

__all__ = ["TABLES"]

_MIGRATION_1 = (
    # Cases (analytics.cases): an incident worked from alerts to a report. Times UTC; lists JSON.
    """CREATE TABLE IF NOT EXISTS cases (
        case_id VARCHAR PRIMARY KEY, title VARCHAR NOT NULL, severity VARCHAR NOT NULL,
        status VARCHAR NOT NULL,              -- new | triage | containment | eradication | recovery | closed
        tenants VARCHAR NOT NULL, playbook VARCHAR, playbook_version BIGINT, assignee VARCHAR,
        summary VARCHAR NOT NULL, lessons VARCHAR NOT NULL,
        opened_by VARCHAR NOT NULL, opened_at TIMESTAMP NOT NULL,
        detected_at TIMESTAMP NOT NULL,       -- when aisoc raised the earliest alert: MTTA/MTTR start here
        aware_at TIMESTAMP NOT NULL,          -- time of awareness: the regulatory clocks start here
        acknowledged_at TIMESTAMP, closed_at TIMESTAMP, updated_at TIMESTAMP NOT NULL
    )""",
    """CREATE TABLE IF NOT EXISTS case_alerts (
        case_id VARCHAR NOT NULL, alert_id VARCHAR NOT NULL, added_by VARCHAR NOT NULL, added_at TIMESTAMP NOT NULL,
        PRIMARY KEY (case_id, alert_id)
    )""",
    # One task per playbook step, numbered as `aisoc case step C N` names them.
    """CREATE TABLE IF NOT EXISTS case_tasks (
        case_id VARCHAR NOT NULL, number BIGINT NOT NULL, step_id VARCHAR NOT NULL, title VARCHAR NOT NULL,
        type VARCHAR NOT NULL, phase VARCHAR NOT NULL, role VARCHAR NOT NULL, optional BOOLEAN NOT NULL,
        status VARCHAR NOT NULL,              -- open | done | skipped
        answer VARCHAR, done_by VARCHAR, done_at TIMESTAMP, note VARCHAR,
        PRIMARY KEY (case_id, number)
    )""",
    """CREATE TABLE IF NOT EXISTS case_timeline (
        case_id VARCHAR NOT NULL, seq BIGINT NOT NULL, logged_at TIMESTAMP NOT NULL, actor VARCHAR NOT NULL,
        kind VARCHAR NOT NULL, text VARCHAR NOT NULL, PRIMARY KEY (case_id, seq)
    )""",
    # Append-only, hash-chained per case: chain_hash covers the entry, its content's SHA-256 and
    # the previous entry's chain_hash.
    """CREATE TABLE IF NOT EXISTS case_evidence (
        case_id VARCHAR NOT NULL, seq BIGINT NOT NULL, added_at TIMESTAMP NOT NULL, added_by VARCHAR NOT NULL,
        kind VARCHAR NOT NULL, title VARCHAR NOT NULL, media_type VARCHAR NOT NULL, content BLOB NOT NULL,
        sha256 VARCHAR NOT NULL, prev_hash VARCHAR NOT NULL, chain_hash VARCHAR NOT NULL,
        PRIMARY KEY (case_id, seq)
    )""",
    # Decisions recorded on a case: the regulatory classifications (subject gdpr | ai-act | dora),
    # the time of awareness, and the answers to playbook decision steps.
    """CREATE TABLE IF NOT EXISTS case_decisions (
        case_id VARCHAR NOT NULL, seq BIGINT NOT NULL, decided_at TIMESTAMP NOT NULL, recorded_at TIMESTAMP NOT NULL,
        actor VARCHAR NOT NULL, subject VARCHAR NOT NULL, value VARCHAR NOT NULL, rationale VARCHAR NOT NULL,
        PRIMARY KEY (case_id, seq)
    )""",
    # Notifications sent to an authority, against which the clocks are checked.
    """CREATE TABLE IF NOT EXISTS case_notifications (
        case_id VARCHAR NOT NULL, seq BIGINT NOT NULL, regime VARCHAR NOT NULL, stage VARCHAR NOT NULL,
        filed_at TIMESTAMP NOT NULL, recorded_at TIMESTAMP NOT NULL, actor VARCHAR NOT NULL, reference VARCHAR NOT NULL,
        PRIMARY KEY (case_id, seq)
    )""",
    """CREATE TABLE IF NOT EXISTS case_actions (
        case_id VARCHAR NOT NULL, seq BIGINT NOT NULL, acted_at TIMESTAMP NOT NULL, actor VARCHAR NOT NULL,
        task BIGINT, operation VARCHAR NOT NULL, connector VARCHAR NOT NULL, dry_run BOOLEAN NOT NULL,
        outcome VARCHAR NOT NULL, request VARCHAR NOT NULL, PRIMARY KEY (case_id, seq)
    )""",
)

TABLES = register(
    Tables(
        owner="cases",
        migrations=(
            Migration(1, "incident cases and their alerts, tasks, timeline, evidence, decisions", _MIGRATION_1),
        ),
    )
)
