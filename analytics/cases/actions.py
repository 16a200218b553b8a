"""Action steps: a containment action sent through a connector — a dry run unless asked.

A dry run builds the exact request and records it, sends nothing. ``execute=True`` sends it;
asking the person first is the caller's part (the CLI prompts, the console asks for a
confirmation tick). Either way the attempt lands in the case's actions, its timeline and the
audit log; a sent request and its answer are kept as evidence too, and a failure is recorded
before it is raised.

Whom an action acts on is never picked by frequency: a parameter that names an identity fact
(``{actor_id}``, ``{api_key_id}``, …) is filled in only when the evidence holds exactly one
authenticated candidate (``context.automatic_target``). Otherwise the responder chooses, by
naming the fact as an override; until then the step is refused, listing every candidate.
"""

from __future__ import annotations

import string
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

import aisoc.analytics.cases.tables  # noqa: F401 - registers the tables queried here
from aisoc.analytics.access import Principal, recorded
from aisoc.analytics.cases.connectors import ActionRequest, ConnectorError, execute, load_connectors, plan
from aisoc.analytics.cases.context import IDENTITY_FACTS, Candidate, automatic_target, fill_placeholders, step_facts
from aisoc.analytics.cases.evidence import add_evidence, as_json_bytes
from aisoc.analytics.cases.lifecycle import log, next_seq
from aisoc.analytics.cases.records import CaseError
from aisoc.ingest.kernel.clocks import state_time, utcnow
from aisoc.playbooks import OPERATIONS, Library

__all__ = ["prepare_action", "run_action", "ActionOutcome", "action_targets", "TargetChoice"]


@dataclass(frozen=True)
class ActionOutcome:
    request: ActionRequest
    dry_run: bool
    outcome: str  # "dry run", "HTTP 200", or "failed: …"
    evidence_seq: int | None = None


@dataclass(frozen=True)
class TargetChoice:
    """An identity an action step acts on, and what the evidence offers for it."""

    fact: str  # actor_id, api_key_id, …: also the override that chooses it
    candidates: tuple[Candidate, ...]
    automatic: str | None  # filled in without asking (one authenticated candidate), else None


def action_targets(warehouse, principal: Principal, case_id: str, number: int, library: Library) -> list[TargetChoice]:
    """The identity facts step ``number``'s parameters name, each with every candidate in the evidence."""
    principal.require("respond")
    step, context = step_facts(warehouse, principal, case_id, number, "action", library)
    return _targets(step.params, context)


def _targets(params: Mapping[str, object], context: dict) -> list[TargetChoice]:
    named = [
        field
        for value in params.values()
        if isinstance(value, str)
        for _, field, _, _ in string.Formatter().parse(value)
        if field in IDENTITY_FACTS
    ]
    return [
        TargetChoice(fact, tuple(context["candidates"][fact]), automatic_target(context["candidates"][fact]))
        for fact in dict.fromkeys(named)
    ]


def _chosen_facts(number: int, targets: list[TargetChoice], overrides: Mapping[str, str]) -> dict[str, str]:
    """The value of each target: the responder's choice, else the automatic one; refused otherwise."""
    chosen = {}
    for target in targets:
        value = overrides.get(target.fact, target.automatic)
        if value is None:
            raise CaseError(
                f"step {number}: choose the {target.fact} to act on with --param {target.fact}=VALUE; "
                f"the evidence names {_listed(target.candidates)}"
            )
        chosen[target.fact] = value
    return chosen


def _listed(candidates: tuple[Candidate, ...]) -> str:
    if not candidates:
        return "none"
    return ", ".join(
        f"{c.value} (×{c.count}{', written by the caller' if c.caller_chosen else ''})" for c in candidates
    )


def prepare_action(
    warehouse,
    principal: Principal,
    case_id: str,
    number: int,
    library: Library,
    *,
    config: Path | None = None,
    overrides: Mapping[str, str] | None = None,
) -> ActionRequest:
    """The request step ``number`` would send, with the case's facts filled in; nothing is sent.

    ``overrides`` replaces parameters the responder set. An identity the step acts on is filled
    in only when unambiguous and authenticated; else the responder must name it in ``overrides``
    (``CaseError`` listing every candidate). The preview shows what will go."""
    principal.require("respond")
    overrides = dict(overrides or {})
    step, context = step_facts(warehouse, principal, case_id, number, "action", library)
    operation = step.operation
    if operation is None:  # the schema gives every action step an operation
        raise CaseError(f"step {number} names no operation")
    chosen = _chosen_facts(number, _targets(step.params, context), overrides)
    params = fill_placeholders(dict(step.params), {**context, **chosen})
    allowed = set(params) | set(OPERATIONS[operation])
    for name, value in overrides.items():
        if name in chosen and name not in allowed:
            continue  # chose an identity a message names, not a parameter of its own
        if name not in allowed:
            raise CaseError(f"step {number}: {operation} takes no parameter {name!r} ({', '.join(sorted(allowed))})")
        params[name] = value
    connectors = load_connectors(config or warehouse.config_path)
    return plan(connectors, operation, params, case_id=case_id, step_id=step.id)


def run_action(
    warehouse,
    principal: Principal,
    case_id: str,
    number: int,
    library: Library,
    *,
    execute_it: bool = False,
    config: Path | None = None,
    overrides: Mapping[str, str] | None = None,
    now: datetime | None = None,
) -> ActionOutcome:
    """Record a dry run of step ``number``'s action, or send it when ``execute_it``."""
    config = config or warehouse.config_path
    request = prepare_action(warehouse, principal, case_id, number, library, config=config, overrides=overrides)
    if not execute_it:
        _record(warehouse, principal, case_id, number, request, True, "dry run", state_time(now) or utcnow())
        return ActionOutcome(request, True, "dry run")
    try:
        result = execute(load_connectors(config), request)
    except ConnectorError as exc:
        _record(warehouse, principal, case_id, number, request, False, f"failed: {exc}", state_time(now) or utcnow())
        raise
    outcome = f"HTTP {result.status}"
    seq = _record(
        warehouse,
        principal,
        case_id,
        number,
        request,
        False,
        outcome,
        state_time(now) or utcnow(),
        answer={
            "status": result.status,
            "response_sha256": result.response_sha256,
            "response": result.response_text,
            "seconds": result.seconds,
        },
    )
    return ActionOutcome(request, False, outcome, seq)


def _record(
    warehouse,
    principal: Principal,
    case_id: str,
    number: int,
    request: ActionRequest,
    dry_run: bool,
    outcome: str,
    now: datetime,
    answer: dict | None = None,
) -> int | None:
    preview = request.preview()
    audit = "case.action.dry_run" if dry_run else "case.action.execute"
    with recorded(
        warehouse,
        principal.name,
        audit,
        case_id,
        {"step": number, "operation": request.operation, "connector": request.connector, "outcome": outcome},
    ) as (con, _):
        con.execute(
            "INSERT INTO case_actions VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            [
                case_id,
                next_seq(con, "case_actions", case_id),
                now,
                principal.name,
                number,
                request.operation,
                request.connector,
                dry_run,
                outcome,
                as_json_bytes(preview).decode(),
            ],
        )
        seq = None
        if not dry_run:
            seq, _ = add_evidence(
                con,
                case_id,
                kind="action",
                title=f"step {number}: {request.operation} via {request.connector}: {outcome}",
                content=as_json_bytes({"request": preview, "answer": answer, "outcome": outcome}),
                added_by=principal.name,
                added_at=now,
            )
        log(
            con,
            case_id,
            now,
            principal.name,
            "action",
            f"step {number}: {request.operation} via {request.connector} — {outcome}",
        )
    return seq
