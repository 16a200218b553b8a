"""One playbook as CACAO 2.0 JSON, for a SOAR or another team's tooling.

OASIS "CACAO Security Playbooks Version 2.0", Committee Specification 01 (§ are its sections):
https://docs.oasis-open.org/cacao/security-playbooks/v2.0/cs01/security-playbooks-v2.0-cs01.html

    manual      action step, one ``manual`` command: the instructions
    enrichment  action step, one ``sql`` command: the saved query
    action      action step, one ``http-api`` command: what aisoc's webhook connector sends
    decision    action step asking the question (the answer is its out_arg), then an
                if-condition (two answers) or a switch-condition (more) on the answer
    role        a ``group`` agent, the ``agent`` of each action step of that role

CACAO branches nest (§4.8, §4.10): a branch runs to an end step of its own, then the workflow
goes on at the condition's on_completion. aisoc's ``next`` may jump anywhere forward, so each
decision's branches are laid out up to the step where all of them meet again (its immediate
post-dominator). Branches sharing a step before they meet cannot nest: such a playbook goes out
flat (branches run on to the one end step, no condition has an on_completion), which runs the
same steps in the same order. Ids are uuid5 of aisoc's ids: the same on every export and across
versions. Step variables carry what CACAO has no property for: aisoc step id, phase, evidence.
"""

from __future__ import annotations

import base64
import json
import re
import uuid
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date
from typing import Any
from urllib.parse import urlsplit

from aisoc.playbooks.model import CONTEXT_FIELDS, END, Option, Playbook, Query, Step

__all__ = ["to_cacao", "NAMESPACE", "CONNECTOR_URL"]

# Changing this changes every id a consumer may have stored: never change it.
NAMESPACE = uuid.UUID("38ae27da-cbb7-485f-b8ef-a77e60213c39")
# Each site maps operations to its own connector (aisoc.toml): the export names no URL.
CONNECTOR_URL = "__connector_url__"
_SEVERITY = {"low": 25, "medium": 50, "high": 75, "critical": 100}
_PRIORITY = {"low": 75, "medium": 50, "high": 25, "critical": 1}  # §3.1: 1 is the most urgent
# §3.1.2 playbook-activity-type-ov: each command names its activity (§5), the playbook lists them.
_PHASE_ACTIVITY = {
    "triage": "analyze-collected-data",
    "containment": "restrict-access",
    "eradication": "eliminate-risk",
    "recovery": "restore-capabilities",
}
_OPERATION_ACTIVITY = {
    "disable-endpoint": "disconnect-system",
    "notify-channel": "deliver-content",
    "rotate-secret": "configure-systems",
    "rollback-model": "revert-system",
}
_PLACEHOLDER = re.compile(r"\{([a-z_][a-z0-9_]*)\}")


def to_cacao(playbook: Playbook, queries: Mapping[str, Query] | None = None) -> dict:
    """The CACAO 2.0 playbook object for ``playbook``. ``queries`` (``Library.queries``) gives the
    SQL of enrichment steps; without it they name their saved query only."""
    ids = _Ids(playbook.id)
    try:
        plan = _nested(playbook, ids)
    except _Tangled:
        plan = _flat(playbook, ids)
    variables: dict[str, dict] = {}
    workflow: dict[str, dict[str, Any]] = {
        ids.start: {"type": "start", "name": "Start", "on_completion": ids.step(playbook.steps[0].id)}
    }
    for step in playbook.steps:
        workflow |= _workflow_steps(step, ids, plan, queries, variables)
    workflow |= {key: {"type": "end", "name": name} for key, name in plan.ends.items()}
    workflow[ids.end] = {"type": "end", "name": "End"}
    commands = [c for s in workflow.values() for c in s.get("commands", ())]
    kinds = {s["type"] for s in workflow.values()}
    doc: dict = {
        "type": "playbook",
        "spec_version": "cacao-2.0",
        "id": ids.make("playbook", "playbook"),
        "name": playbook.title,
        "description": playbook.description,
    }
    if playbook.playbook_types:
        doc["playbook_types"] = list(playbook.playbook_types)
    doc["playbook_activities"] = list(dict.fromkeys(c["playbook_activity"] for c in commands))
    doc["playbook_processing_summary"] = {
        "manual_playbook": all(c["type"] == "manual" for c in commands),
        "if_logic": "if-condition" in kinds,
        "switch_logic": "switch-condition" in kinds,
    }
    doc["created_by"] = f"identity--{uuid.uuid5(NAMESPACE, 'identity/' + playbook.author)}"
    doc["created"], doc["modified"] = _timestamp(playbook.created), _timestamp(playbook.modified)
    if playbook.severity in _SEVERITY:
        doc["severity"], doc["priority"] = _SEVERITY[playbook.severity], _PRIORITY[playbook.severity]
    # §3.1: impact 1 is a purely investigative playbook; one that changes systems scores higher.
    doc["impact"] = 50 if any(s.type == "action" for s in playbook.steps) else 1
    labels = [*playbook.applies_to.tags, *(f"regulation:{r}" for r in playbook.regulations)]
    if labels:
        doc["labels"] = labels
    doc["external_references"] = [
        {
            "name": "aisoc playbook",
            "external_id": playbook.id,
            "description": f"aisoc playbook {playbook.id}, version {playbook.version}, status {playbook.status}",
        },
        *({"name": urlsplit(url).netloc or url, "url": url} for url in playbook.references),
    ]
    if variables:
        doc["playbook_variables"] = dict(sorted(variables.items()))
    doc["workflow_start"], doc["workflow"] = ids.start, workflow
    doc["agent_definitions"] = {
        ids.make("group", "role", role): {"type": "group", "name": role, "description": text}
        for role, text in playbook.roles.items()
    }
    return doc


class _Ids:
    """``<type>--<uuid5>`` ids, each named by the aisoc ids it comes from (they contain no ``/``)."""

    def __init__(self, playbook_id: str):
        self.playbook_id = playbook_id
        self.start, self.end = self.make("start", "start"), self.make("end", "end")

    def make(self, kind: str, *parts: str) -> str:
        return f"{kind}--{uuid.uuid5(NAMESPACE, '/'.join((self.playbook_id, *parts)))}"

    def step(self, step_id: str) -> str:
        return self.make("action", "step", step_id)  # a decision too starts with an action: the question

    def condition(self, step: Step) -> str:
        return self.make("if-condition" if len(step.options) == 2 else "switch-condition", "step", step.id, "branch")


@dataclass
class _Plan:
    """Where each step leads (for a decision: once its branches are done), where each answer's
    branch starts, and the end steps that close branches."""

    after: dict[str, str | None] = field(default_factory=dict)
    cases: dict[str, dict[str, str]] = field(default_factory=dict)
    ends: dict[str, str] = field(default_factory=dict)


class _Tangled(Exception):
    """Two branches share a step before they meet again: they cannot nest."""


def _next(playbook: Playbook, step: Step, option: Option | None = None) -> str:
    return (option.next if option else step.next) or playbook.following(step) or END


def _nested(playbook: Playbook, ids: _Ids) -> _Plan:
    pdom: dict[str, frozenset[str]] = {END: frozenset([END])}

    def post_dominators(node: str) -> frozenset[str]:
        if node not in pdom:  # the checker allows no loops, so this recursion ends
            step = playbook.step(node)
            exits = [_next(playbook, step, o) for o in step.options] or [_next(playbook, step)]
            pdom[node] = frozenset([node]) | frozenset.intersection(*map(post_dominators, exits))
        return pdom[node]

    plan = _Plan()

    def lay(node: str, join: str, close: str) -> None:
        """Lay out the steps from ``node`` until ``join``; what leads to ``join`` leads to ``close``."""
        while node != join:
            if node in plan.after:
                raise _Tangled(node)
            step = playbook.step(node)
            if step.type == "decision":
                # Strict post-dominators form a chain: the nearest one has the most of its own.
                after = max(post_dominators(node) - {node}, key=lambda n: len(pdom[n]))
                starts: dict[str, str] = {}
                plan.cases[node] = {}
                for option in step.options:
                    # Answers leading to the same step share its branch; an empty branch is an
                    # end step, one per answer, as every branch ends in an end step of its own.
                    target = _next(playbook, step, option)
                    if target == after or target not in starts:
                        end = ids.make("end", "step", node, "end", option.answer)
                        plan.ends[end] = f"End of the {option.answer!r} branch of: {step.title}"
                        starts[target] = end if target == after else ids.step(target)
                        if target != after:
                            lay(target, after, end)
                    plan.cases[node][option.answer] = starts[target]
            else:
                after = _next(playbook, step)
            plan.after[node] = close if after == join else ids.step(after)
            node = after

    lay(playbook.steps[0].id, END, ids.end)
    return plan


def _flat(playbook: Playbook, ids: _Ids) -> _Plan:
    plan = _Plan()

    def link(target: str) -> str:
        return ids.end if target == END else ids.step(target)

    for step in playbook.steps:
        if step.type == "decision":
            plan.cases[step.id] = {o.answer: link(_next(playbook, step, o)) for o in step.options}
            plan.after[step.id] = None
        else:
            plan.after[step.id] = link(_next(playbook, step))
    return plan


def _workflow_steps(step: Step, ids: _Ids, plan: _Plan, queries: Mapping[str, Query] | None, variables: dict) -> dict:
    facts = {"__aisoc_step__": step.id, "__phase__": step.phase}
    if step.evidence:
        facts["__evidence__"] = "\n".join(step.evidence)  # one item a line
    step_variables = {name: {"type": "string", "value": value, "constant": True} for name, value in facts.items()}
    if step.optional:
        step_variables["__optional__"] = {"type": "bool", "value": "true", "constant": True}
    evidence = f"\n\nEvidence to attach: {'; '.join(step.evidence)}." if step.evidence else ""
    action: dict[str, Any] = {
        "type": "action",
        "name": step.title,
        "description": step.instructions.strip() + evidence,
        "step_variables": step_variables,
        "agent": ids.make("group", "role", step.role),
    }
    command: dict[str, Any] = {
        "type": "manual",
        "command": step.instructions.strip(),
        "playbook_activity": _PHASE_ACTIVITY[step.phase],
    }
    if step.type == "enrichment":
        command = _sql_command(step, queries, variables)
    elif step.type == "action":
        command = _http_command(step, variables)
    if step.type != "decision":
        return {ids.step(step.id): action | {"commands": [command]} | _link(plan.after[step.id])}
    answer = f"__answer_{step.id.replace('-', '_')}__"  # step ids have no "_": the name stays unique
    answers = "; ".join(
        f"'{o.answer}'"
        + (f" ({o.description.strip()})" if o.description else "")
        + "".join(f", recording {regime}: {value}" for regime, value in o.records.items())
        for o in step.options
    )
    variables[answer] = {"type": "string", "description": f"the answer to step {step.id}: {step.question}"}
    action |= {
        "commands": [command | {"command": f"{step.question} Answer one of: {answers}."}],
        "out_args": [answer],
        "on_completion": ids.condition(step),
    }
    cases = plan.cases[step.id]
    if len(step.options) == 2:
        first, second = step.options
        # §4.8: the condition is a STIX pattern; a variable's value reads as __name__:value (§10.18).
        branch: dict[str, Any] = {
            "type": "if-condition",
            "condition": f"{answer}:value = '{first.answer}'",
            "on_true": cases[first.answer],
            "on_false": cases[second.answer],
        }
    else:
        branch = {"type": "switch-condition", "switch": answer, "cases": dict(cases)}  # §4.10
    branch |= {"name": f"Branch on the answer: {step.question}", "description": f"Answers: {answers}."}
    return {ids.step(step.id): action, ids.condition(step): branch | _link(plan.after[step.id])}


def _link(target: str | None) -> dict:
    return {"on_completion": target} if target else {}


def _sql_command(step: Step, queries: Mapping[str, Query] | None, variables: dict) -> dict:
    # command-type-ov is open (§5) and none of its values runs SQL over a log warehouse: "sql"
    # says what this is. The query goes base64, as §5 asks of commands whose line breaks matter
    # (a `--` comment ends at one).
    settings = "".join(f", {k}={v}" for k, v in step.params.items())
    command: dict[str, Any] = {
        "type": "sql",
        "description": f"aisoc saved query {step.query}{settings}",
        "playbook_activity": "analyze-collected-data",
    }
    if queries is not None and step.query is not None:  # the schema gives every enrichment step a query
        query = queries[step.query]
        command["description"] += (
            f": {query.title}. DuckDB SQL over aisoc's events and alerts tables;"
            " each $name is the case fact passed in as __name__."
        )
        command["command_b64"] = base64.b64encode(query.sql.encode("utf-8")).decode("ascii")
        for name in query.params:
            _declare_fact(name, variables)
    return command


def _http_command(step: Step, variables: dict) -> dict:
    """The JSON body aisoc's webhook connector POSTs (analytics.cases.connectors), each ``{fact}`` of the
    params a variable. aisoc signs each request when sending it; a playbook cannot carry that."""
    body = json.dumps(
        {"operation": step.operation, "params": dict(step.params), "case_id": "{case_id}", "step_id": step.id},
        sort_keys=True,
    )
    for name in _PLACEHOLDER.findall(body):  # JSON text has no other "{name}": objects open with {"
        _declare_fact(name, variables)
    variables[CONNECTOR_URL] = {
        "type": "uri",
        "external": True,
        "description": "the URL of the site's aisoc connector (aisoc.toml)",
    }
    return {
        "type": "http-api",
        "description": f"Ask the site's connector to {step.operation}.",
        "command": f"POST {CONNECTOR_URL}:value HTTP/1.1",
        "headers": {"Content-Type": ["application/json"]},
        "content": _PLACEHOLDER.sub(lambda m: f"__{m.group(1)}__:value", body),
        "playbook_activity": _OPERATION_ACTIVITY.get(step.operation or "", "restrict-access"),
    }


def _declare_fact(name: str, variables: dict) -> None:
    # Case facts come from the case that runs the playbook: "external" variables (§10.18).
    variables[f"__{name}__"] = {
        "type": "string",
        "external": True,
        "description": f"case fact {name}: {CONTEXT_FIELDS.get(name, 'a fact of the case')}",
    }


def _timestamp(day: object) -> str:
    # §3.1 gives created and modified to the millisecond; aisoc keeps the day.
    return date.fromisoformat(str(day)).isoformat() + "T00:00:00.000Z"
