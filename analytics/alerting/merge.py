"""From findings to alerts: one candidate per finding, merged into alerts by dedup key and window.

A finding has a ``finding_id``: a hash of what it is (detector, rule, entity, place, evidence).
Merging a finding already merged is a no-op, so a retro-hunt over events already seen, or a run
repeated after a crash, never counts a hit twice.

Repeat hits of one ``dedup_key`` (by default detector, rule, tenant and entity) within the
suppression window of an alert that is not closed update that alert — count, first/last seen,
evidence — instead of raising a new one. A closed alert stays closed: the next hit opens a new one.
Candidates are merged in a fixed order (time, then finding id), so the same findings give the same
alerts however they were split into batches.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field, replace
from datetime import datetime, timedelta

import polars as pl

from aisoc.analytics.alerting.shape import SEVERITIES, RuleMeta, rule_meta, severity_rank
from aisoc.ingest.kernel.clocks import state_time

__all__ = ["Candidate", "Alert", "AlertPolicy", "candidates", "merge", "MAX_EVIDENCE", "entity_of"]

MAX_EVIDENCE = 100  # evidence ids kept per alert; `count` keeps counting past it
_KEY_FIELDS = ("detector", "rule_id", "tenant", "entity")


@dataclass(frozen=True)
class AlertPolicy:
    """Suppression windows and dedup keys, with per-rule overrides (``rules[rule_id]``)."""

    suppression: timedelta = timedelta(hours=1)
    key: tuple[str, ...] = _KEY_FIELDS
    rules: Mapping[str, Mapping[str, object]] = field(default_factory=dict)

    def window(self, rule_id: str) -> timedelta:
        value = self.rules.get(rule_id, {}).get("suppression")
        return value if isinstance(value, timedelta) else self.suppression

    def key_fields(self, rule_id: str) -> tuple[str, ...]:
        value = self.rules.get(rule_id, {}).get("key")
        return tuple(value) if isinstance(value, (tuple, list)) and value else self.key


@dataclass(frozen=True)
class Candidate:
    finding_id: str
    detector: str
    rule_id: str
    meta: RuleMeta
    tenant: str | None
    entity: str | None
    first_seen: datetime
    last_seen: datetime
    event_ids: tuple[str, ...]
    explanation: str
    score: float | None


@dataclass
class Alert:
    id: str
    detector: str
    rule_id: str
    title: str
    severity: str
    tags: list[str]
    playbook: str | None
    tenant: str | None
    entity: str | None
    first_seen: datetime
    last_seen: datetime
    count: int
    evidence_event_ids: list[str]
    explanation: str
    score: float | None
    status: str
    dedup_key: str
    created_at: datetime
    updated_at: datetime


def entity_of(
    actor_id: str | None, api_key_id: str | None, source_ip: str | None, resource_id: str | None, model: str | None
) -> str | None:
    """Who an event is about, as ``kind:value``: the user first, then key, address, resource, model."""
    for prefix, value in (
        ("user", actor_id),
        ("api_key", api_key_id),
        ("ip", source_ip),
        ("resource", resource_id),
        ("model", model),
    ):
        if value:
            return f"{prefix}:{value}"
    return None


def candidates(
    findings: pl.DataFrame, events: pl.DataFrame, pack: Mapping[str, RuleMeta] | None = None
) -> list[Candidate]:
    """One candidate per finding and tenant, its time span and entity read from its evidence events.

    Event ids are unique within a tenant, not across tenants: a record ingested under two tenants
    is stored for each with the same id. A finding that names its tenant (one judged against that
    tenant's own learned attacks or allow-list) is raised there alone; any other finding follows
    from the records themselves and is raised in every tenant that holds its evidence. Each
    candidate reads only its tenant's copies: one tenant's finding never lands in another's alert.
    """
    if findings.height == 0:
        return []
    columns = ("event_id", "ts", "tenant", "actor_id", "api_key_id", "source_ip", "resource_id", "model")
    evidence_ids = findings.get_column("event_ids").explode().unique()
    wanted = events.filter(pl.col("event_id").is_in(evidence_ids.implode()))  # a batch may hold 200k events
    copies: dict[str, list[dict]] = {}
    for row in wanted.select([c if c in wanted.columns else pl.lit(None).alias(c) for c in columns]).iter_rows(
        named=True
    ):
        copies.setdefault(row["event_id"], []).append(row)
    found = []
    # A per-event detector reports a record held by two tenants once per copy: the same finding twice.
    for row in findings.unique(maintain_order=True).iter_rows(named=True):
        by_tenant: dict[str | None, list[dict]] = {}
        scope = row.get("tenant")
        for event_id in row["event_ids"]:
            for copy in copies.get(event_id, ()):
                if scope is None or copy["tenant"] == scope:
                    by_tenant.setdefault(copy["tenant"], []).append(copy)
        shared = len(by_tenant) > 1
        for tenant, evidence in by_tenant.items():
            times = [e["ts"] for e in evidence if e["ts"] is not None]
            if not times:
                continue  # a finding must point at stored events with a time
            first = evidence[0]
            entity = row["entity"] or entity_of(
                first["actor_id"], first["api_key_id"], first["source_ip"], first["resource_id"], first["model"]
            )
            found.append(
                Candidate(
                    finding_id=finding_id(row, tenant if shared else None),
                    detector=row["detector"],
                    rule_id=row["rule_id"],
                    meta=rule_meta(row["detector"], row["rule_id"], row["label"], pack),
                    tenant=tenant,
                    entity=entity,
                    first_seen=state_time(min(times)),
                    last_seen=state_time(max(times)),
                    event_ids=tuple(row["event_ids"]),
                    explanation=row["explanation"] or "",
                    score=row["score"],
                )
            )
    return found


def finding_id(row: Mapping, tenant: str | None = None) -> str:
    """What the finding is. The tenant joins the hash only when several tenants hold the evidence,
    so the ids of all other findings stay what earlier releases stored (re-runs stay no-ops)."""
    parts = (
        row["detector"],
        row["rule_id"],
        row.get("entity") or "",
        row.get("field") or "",
        str(row.get("span_start")),
        str(row.get("span_end")),
        *sorted(row["event_ids"]),
    )
    if tenant is not None:
        parts += ("tenant", tenant)
    return hashlib.sha256("\x00".join(parts).encode()).hexdigest()[:32]


def dedup_key(candidate: Candidate, policy: AlertPolicy) -> str:
    values = {
        "detector": candidate.detector,
        "rule_id": candidate.rule_id,
        "tenant": candidate.tenant or "",
        "entity": candidate.entity or "",
    }
    fields = policy.key_fields(candidate.rule_id)
    text = "\x00".join(f"{name}={values.get(name, '')}" for name in fields)
    return hashlib.sha256(text.encode()).hexdigest()[:32]


def merge(
    found: Sequence[Candidate], existing: Iterable[Alert], known_findings: set[str], policy: AlertPolicy, now: datetime
) -> tuple[dict[str, Alert], dict[str, str], set[str]]:
    """Merge ``found`` into ``existing`` alerts (the not-closed alerts of the keys involved).

    Returns (alerts changed or created by id, finding id -> alert id for the findings merged,
    ids of the alerts created).
    """
    by_key: dict[str, list[Alert]] = {}
    for alert in existing:
        by_key.setdefault(alert.dedup_key, []).append(alert)
    changed: dict[str, Alert] = {}
    merged: dict[str, str] = {}
    created: set[str] = set()
    for cand in sorted(found, key=lambda c: (c.first_seen, c.finding_id)):
        if cand.finding_id in known_findings or cand.finding_id in merged:
            continue
        key = dedup_key(cand, policy)
        window = policy.window(cand.rule_id)
        near = next(
            (
                a
                for a in by_key.get(key, ())
                if cand.first_seen <= a.last_seen + window and cand.last_seen >= a.first_seen - window
            ),
            None,
        )
        if near is None:
            alert = _new_alert(cand, key, now)
            by_key.setdefault(key, []).append(alert)
            created.add(alert.id)
        else:
            alert = _absorb(near, cand, now)
            by_key[key] = [alert if a.id == alert.id else a for a in by_key[key]]
        changed[alert.id] = alert
        merged[cand.finding_id] = alert.id
    return changed, merged, created


def _new_alert(cand: Candidate, key: str, now: datetime) -> Alert:
    alert_id = "al-" + hashlib.sha256(f"{key}\x00{cand.finding_id}".encode()).hexdigest()[:20]
    return Alert(
        id=alert_id,
        detector=cand.detector,
        rule_id=cand.rule_id,
        title=cand.meta.title,
        severity=_severity(cand),
        tags=list(cand.meta.tags),
        playbook=cand.meta.playbook,
        tenant=cand.tenant,
        entity=cand.entity,
        first_seen=cand.first_seen,
        last_seen=cand.last_seen,
        count=1,
        evidence_event_ids=list(cand.event_ids[:MAX_EVIDENCE]),
        explanation=cand.explanation,
        score=cand.score,
        status="open",
        dedup_key=key,
        created_at=now,
        updated_at=now,
    )


def _absorb(alert: Alert, cand: Candidate, now: datetime) -> Alert:
    evidence = list(alert.evidence_event_ids)
    seen = set(evidence)
    for event_id in cand.event_ids:
        if len(evidence) >= MAX_EVIDENCE:
            break
        if event_id not in seen:
            evidence.append(event_id)
            seen.add(event_id)
    latest = cand.last_seen >= alert.last_seen
    severity = max(alert.severity, _severity(cand), key=severity_rank)
    scores = [s for s in (alert.score, cand.score) if s is not None]
    return replace(
        alert,
        first_seen=min(alert.first_seen, cand.first_seen),
        last_seen=max(alert.last_seen, cand.last_seen),
        count=alert.count + 1,
        evidence_event_ids=evidence,
        explanation=cand.explanation if latest else alert.explanation,
        score=max(scores) if scores else None,
        severity=severity,
        updated_at=now,
    )


# Detectors whose score is a confidence in what was found. A Sigma score is the rule's level, and a
# behaviour score is a rank among baseline windows (every anomaly ranks high by construction).
_CONFIDENCE_SCORED = ("classifier", "similarity", "leakage")


def _severity(cand: Candidate) -> str:
    """The rule's severity; a classifier, similarity or leakage finding scored near-certain goes one
    step up."""
    base = cand.meta.severity
    if cand.detector in _CONFIDENCE_SCORED and cand.score is not None and cand.score >= 0.98 and base != "critical":
        return SEVERITIES[min(severity_rank(base) + 1, len(SEVERITIES) - 1)]
    return base
