"""A playbook as the rest of aisoc sees it, once its file has passed the checks.

The vocabularies a playbook may use live here, beside the types: the operations an action
step can ask a connector for, the case facts a query or an action may name, and the
regulatory classifications a decision can record.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from types import MappingProxyType
from typing import Any

__all__ = [
    "Playbook",
    "Step",
    "Option",
    "AppliesTo",
    "Query",
    "STEP_TYPES",
    "PHASES",
    "OPERATIONS",
    "CONTEXT_FIELDS",
    "CLASSIFICATIONS",
    "END",
]

STEP_TYPES = ("manual", "enrichment", "action", "decision")
# Case phases in workflow order; a step belongs to one, and a case moves through them.
PHASES = ("triage", "containment", "eradication", "recovery")
END = "end"  # ``next: end`` finishes the playbook early

# What an action step may ask for, and the parameters each operation needs. A site maps
# operations to its own connectors (aisoc.toml), so playbooks name no site's systems.
OPERATIONS: Mapping[str, tuple[str, ...]] = MappingProxyType(
    {
        "revoke-api-key": ("api_key_id",),
        "block-user": ("actor_id",),
        "disable-endpoint": ("resource_id",),
        "notify-channel": ("message",),
        "rotate-secret": ("resource_id",),
        "rollback-model": ("resource_id",),
    }
)

# Facts of a case a query (``$name``) or an action parameter (``{name}``) may use. They come
# from the case's alerts and their evidence events (analytics.cases.context). In a query, an
# identity fact is the evidence's most frequent value; in an action it is filled in only when the
# evidence holds one value, from an authenticated field, else the responder chooses the target.
CONTEXT_FIELDS: Mapping[str, str] = MappingProxyType(
    {
        "case_id": "the case",
        "tenant": "the tenant of the case's alerts (the first by name, when there are several)",
        "tenants": "every tenant of the case's alerts (a list)",
        "actor_id": "the actor in the evidence (queries: the most frequent; actions: one certain value or the responder's pick)",
        "api_key_id": "the API key id in the evidence (queries: the most frequent; actions: one certain value or the responder's pick)",
        "session_id": "the session in the evidence (queries: the most frequent; actions: one certain value or the responder's pick)",
        "resource_id": (
            "the MLOps resource (model@version, endpoint, bucket…) in the evidence (queries: the most "
            "frequent; actions: one certain value or the responder's pick)"
        ),
        "source_ip": "the source IP in the evidence (queries: the most frequent; actions: one certain value or the responder's pick)",
        "entity": "the entity of the first alert (queries only: callers can write it, so no action targets it)",
        "alert_ids": "the case's alert ids (a list)",
        "event_ids": "the evidence event ids of the case's alerts (a list)",
        "since": "the first alert's first_seen minus the step's lookback (params.days, default 7)",
        "until": "the last alert's last_seen plus one day",
    }
)

# What a decision may record, per regime; the regulatory clocks follow from these records.
CLASSIFICATIONS: Mapping[str, tuple[str, ...]] = MappingProxyType(
    {
        "gdpr": ("personal-data-breach", "not-applicable"),
        "ai-act": ("serious-incident", "death", "widespread-infringement", "critical-infrastructure", "not-applicable"),
        "dora": ("major", "not-major"),
    }
)


@dataclass(frozen=True)
class Option:
    answer: str
    description: str = ""
    next: str | None = None  # None: the step after the decision
    records: Mapping[str, str] = field(default_factory=dict)  # regime -> classification


@dataclass(frozen=True)
class Step:
    id: str
    type: str
    title: str
    phase: str
    role: str
    instructions: str
    evidence: tuple[str, ...] = ()
    optional: bool = False
    next: str | None = None  # None: the following step in the file
    query: str | None = None  # enrichment
    operation: str | None = None  # action
    params: Mapping[str, Any] = field(default_factory=dict)  # as authored; the checker vets the values
    question: str | None = None  # decision
    options: tuple[Option, ...] = ()
    line: int = 0


@dataclass(frozen=True)
class AppliesTo:
    rules: tuple[str, ...] = ()
    tags: tuple[str, ...] = ()
    detectors: tuple[str, ...] = ()


@dataclass(frozen=True)
class Playbook:
    id: str
    title: str
    version: int
    created: str
    modified: str
    author: str
    description: str
    applies_to: AppliesTo
    roles: Mapping[str, str]
    steps: tuple[Step, ...]
    status: str = "stable"
    playbook_types: tuple[str, ...] = ()
    severity: str | None = None
    regulations: tuple[str, ...] = ()
    references: tuple[str, ...] = ()
    path: Path | None = None

    def step(self, step_id: str) -> Step:
        for step in self.steps:
            if step.id == step_id:
                return step
        raise KeyError(step_id)

    def following(self, step: Step) -> str | None:
        """The id of the step after ``step`` when it names none, or None at the end."""
        index = self.steps.index(step)
        return self.steps[index + 1].id if index + 1 < len(self.steps) else None

    def successors(self, step: Step) -> list[str]:
        """Where the workflow may go after ``step`` (``END`` excluded)."""
        if step.type == "decision":
            targets = [option.next or self.following(step) for option in step.options]
        else:
            targets = [step.next or self.following(step)]
        return [t for t in dict.fromkeys(targets) if t and t != END]


@dataclass(frozen=True)
class Query:
    """A saved enrichment query (``playbooks/queries/<name>.sql``)."""

    name: str
    title: str
    sql: str
    params: tuple[str, ...]
    path: Path | None = None
