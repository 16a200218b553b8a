"""The facts of a case that a saved query or an action may name (``playbooks.CONTEXT_FIELDS``).

They come from the case's alerts and their evidence events: who acted (the most frequent actor,
API key, session, resource and IP in the evidence), which tenants, and when. The evidence is
read with the principal's scope, so a fact is never taken from an event they may not see.

The most frequent value is a fine focus for an enrichment query, but not a target to contain:
frequency is something an attacker controls (pad the traffic with a victim's id), and in
gateway logs the actor and session ids are fields the API caller writes. So the context also
lists every *candidate* of each identity fact, with its count and whether a caller could have
chosen it; an action names its target only when exactly one candidate exists and the collector
established it from an authenticated field (``automatic_target``). Otherwise the responder picks.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta

import orjson

import aisoc.analytics.alerting.tables  # noqa: F401 - registers the tables queried here
from aisoc.analytics.access import Principal
from aisoc.analytics.cases.records import Case, CaseError, load_case
from aisoc.analytics.queries.events import unmasked_events
from aisoc.ingest.warehouse import Warehouse
from aisoc.playbooks import Library, Step

__all__ = [
    "case_context",
    "step_facts",
    "query_params",
    "fill_placeholders",
    "Candidate",
    "automatic_target",
    "IDENTITY_FACTS",
    "CALLER_CHOSEN",
]

IDENTITY_FACTS = ("actor_id", "api_key_id", "session_id", "resource_id", "source_ip")
# (collector, column) pairs whose value whoever sends the request writes, so an attacker can name
# anyone: the OpenAI-compatible gateway's actor is the request's ``user`` / ``end_user`` field
# (or a metadata user id, which the stored event cannot tell apart), and its session id is request
# metadata. The key id is the gateway's hash of the key that authenticated the call; CloudTrail,
# Bedrock, Kubernetes and MLflow actors are the identities their services authenticated.
CALLER_CHOSEN = frozenset({("openai_gateway", "actor_id"), ("openai_gateway", "session_id")})


@dataclass(frozen=True)
class Candidate:
    """One distinct value of an identity fact in the evidence."""

    value: str
    count: int  # evidence events naming it
    caller_chosen: bool  # some of those events got it from a field the caller writes


def case_context(warehouse: Warehouse, principal: Principal, case: Case, con) -> dict:
    """Every case fact; a fact the evidence does not give is None."""
    rows = con.execute(
        "SELECT tenant, entity, first_seen, last_seen, evidence_event_ids FROM alerts "
        "WHERE id IN (SELECT unnest(?)) ORDER BY first_seen",
        [list(case.alert_ids)],
    ).fetchall()
    event_ids: list[str] = []
    for row in rows:
        event_ids += orjson.loads(row[4])
    first_seen = min((r[2] for r in rows), default=case.opened_at)
    last_seen = max((r[3] for r in rows), default=case.opened_at)
    context: dict = {
        "case_id": case.id,
        "tenants": [t for t in case.tenants if t is not None],
        "tenant": next((t for t in case.tenants if t is not None), None),
        "entity": rows[0][1] if rows else None,
        "alert_ids": list(case.alert_ids),
        "event_ids": list(dict.fromkeys(event_ids)),
        "first_seen": first_seen,
        "last_seen": last_seen,
    }
    events = unmasked_events(
        warehouse,
        principal,
        context["event_ids"],
        since=first_seen,
        until=last_seen,
        tenants=context["tenants"] or None,
    )
    context["candidates"] = {fact: _candidates(events, fact) for fact in IDENTITY_FACTS}
    for fact, found in context["candidates"].items():
        context[fact] = found[0].value if found else None  # the focus of queries; never an action's target alone
    return context


def _candidates(events, column: str) -> list[Candidate]:
    """Every distinct value of ``column`` in the evidence, most frequent first (then by value)."""
    if column not in events.columns:
        return []
    sources = events.get_column("source").to_list() if "source" in events.columns else [None] * events.height
    counts: Counter = Counter()
    chosen: set[str] = set()
    for value, source in zip(events.get_column(column).to_list(), sources):
        if value:
            counts[value] += 1
            if (source, column) in CALLER_CHOSEN:
                chosen.add(value)
    return [
        Candidate(value, count, value in chosen)
        for value, count in sorted(counts.items(), key=lambda item: (-item[1], item[0]))
    ]


def automatic_target(candidates: list[Candidate]) -> str | None:
    """The value an action may act on without the responder choosing: the only candidate, and
    established from an authenticated field. None when a person must choose."""
    if len(candidates) == 1 and not candidates[0].caller_chosen:
        return candidates[0].value
    return None


def step_facts(
    warehouse: Warehouse, principal: Principal, case_id: str, number: int, kind: str, library: Library
) -> tuple[Step, dict]:
    """Step ``number`` of an open case, which must be a ``kind`` step, and the case's facts."""
    with warehouse.state() as con:
        case = load_case(con, principal, case_id)
        task = case.task(number)
        if task.type != kind:
            raise CaseError(f"step {number} is a {task.type} step, not {'an' if kind[0] in 'ae' else 'a'} {kind} step")
        if case.status == "closed":
            raise CaseError(f"{case_id} is closed (aisoc case reopen {case_id} --reason …)")
        if case.playbook is None:  # its steps came from a playbook: only a damaged record lacks one
            raise CaseError(f"{case_id} names no playbook")
        step = library.get(case.playbook).step(task.step_id)
        return step, case_context(warehouse, principal, case, con)


def query_params(context: dict, names: tuple[str, ...], days: int = 7) -> dict:
    """The ``$params`` a saved query names, with ``since``/``until`` around the alerts."""
    values = dict(context)
    values["since"] = _aware(context["first_seen"] - timedelta(days=days))
    values["until"] = _aware(context["last_seen"] + timedelta(days=1))
    return {name: values.get(name) for name in names}


def fill_placeholders(params: dict, context: dict) -> dict:
    """An action's params with ``{fact}`` filled in; a fact the case lacks leaves the value empty."""
    filled = {}
    for name, value in params.items():
        if isinstance(value, str):
            facts = {
                k: ("" if v is None else (", ".join(map(str, v)) if isinstance(v, list) else str(v)))
                for k, v in context.items()
            }
            filled[name] = value.format_map(facts)
        else:
            filled[name] = value
    return filled


def _aware(moment: datetime) -> datetime:
    """Event times are aware UTC; the state database's are naive UTC."""
    return moment.replace(tzinfo=UTC) if moment.tzinfo is None else moment
