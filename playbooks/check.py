"""Checking one playbook file: the JSON schema first, then what a schema cannot say.

Every problem is collected with its ``path:line``, never only the first: an author fixes a
file in one pass. The schema (``schema.json``) covers shapes and vocabularies; the checks
here cover references — steps that name missing steps, roles, queries or case facts — and
the workflow's shape: every step reachable from the first, and no loops.
"""

from __future__ import annotations

import json
import re
import string
from datetime import date
from functools import lru_cache
from pathlib import Path
from typing import Any

from jsonschema import Draft202012Validator

from aisoc.ingest.kernel.userfiles import Problem
from aisoc.playbooks.model import CONTEXT_FIELDS, END, OPERATIONS
from aisoc.playbooks.source import Located

__all__ = ["Problem", "check_playbook", "SCHEMA_PATH", "ENRICHMENT_PARAMS"]

SCHEMA_PATH = Path(__file__).resolve().parent / "schema.json"
# Parameters an enrichment step may set: how far back to look (days), how many rows to keep.
ENRICHMENT_PARAMS = {"days": (1, 366), "limit": (1, 10_000)}
# The query window is a query's own: an action has no since/until. Nor ``entity``: it is the
# first alert's entity, which in gateway logs the API caller writes, and an action's target is
# chosen among the evidence's candidates (analytics.cases.actions), never taken from a claim.
_ACTION_FIELDS = tuple(f for f in CONTEXT_FIELDS if f not in ("since", "until", "entity"))


@lru_cache(maxsize=1)
def _validator() -> Draft202012Validator:
    schema = json.loads(SCHEMA_PATH.read_text(encoding="utf-8"))
    Draft202012Validator.check_schema(schema)
    return Draft202012Validator(schema)


def check_playbook(located: Located, shown: str, file_name: str, query_names: set[str]) -> list[Problem]:
    """Every problem of one parsed playbook file (``shown`` is how its path is printed)."""
    problems: list[Problem] = []

    def report(path: tuple, message: str) -> None:
        problems.append(Problem(shown, located.line(path), message))

    for path, line in located.duplicates:
        problems.append(Problem(shown, line, f"{_dotted(path)}: key given twice (the second would win)"))
    data = located.data
    if not isinstance(data, dict):
        report((), "a playbook is a mapping of keys (id, title, steps, …)")
        return problems
    for error in _validator().iter_errors(data):
        _schema_problem(error, report)
    _check_references(data, file_name, query_names, report)
    problems.sort(key=lambda p: p.line)
    return problems


def _schema_problem(error, report) -> None:
    path = tuple(error.absolute_path)
    if error.validator == "additionalProperties" and isinstance(error.instance, dict):
        allowed = set(error.schema.get("properties", {}))
        for key in error.instance:
            if key not in allowed:
                report(path + (key,), f"{_dotted(path + (key,))}: unknown key{_allowed_hint(allowed)}")
        return
    if error.validator == "required":
        missing = re.findall(r"'([^']+)' is a required property", error.message)
        report(path, f"{_dotted(path) or 'playbook'}: missing {', '.join(missing) or 'a required key'}")
        return
    message = error.message if len(error.message) <= 160 else error.message[:157] + "…"
    if isinstance(error.instance, bool) and error.validator == "type":
        message += " (YAML reads a bare yes/no/on/off as true/false: put the word in quotes)"
    report(path, f"{_dotted(path) or 'playbook'}: {message}")


def _allowed_hint(allowed: set[str]) -> str:
    return f" (allowed here: {', '.join(sorted(allowed))})" if allowed and len(allowed) <= 16 else ""


def _check_references(data: dict, file_name: str, query_names: set[str], report) -> None:
    stem = file_name.rsplit(".", 1)[0]
    if isinstance(data.get("id"), str) and data["id"] != stem:
        report(("id",), f"id {data['id']!r} must match the file name ({file_name})")
    created, modified = _date(data.get("created")), _date(data.get("modified"))
    if data.get("created") and created is None:
        report(("created",), f"created: {data['created']!r} is not a calendar date")
    if data.get("modified") and modified is None:
        report(("modified",), f"modified: {data['modified']!r} is not a calendar date")
    if created and modified and modified < created:
        report(("modified",), "modified is before created")
    steps = data.get("steps")
    if not isinstance(steps, list):
        return
    roles = _mapping(data.get("roles"))
    ids: dict[str, int] = {}
    for index, step in enumerate(steps):
        if not isinstance(step, dict):
            continue
        step_id = step.get("id")
        if isinstance(step_id, str):
            if step_id == END:
                report(("steps", index, "id"), f"step id {END!r} is reserved: `next: {END}` finishes the playbook")
            elif step_id in ids:
                report(("steps", index, "id"), f"step id {step_id!r} is used twice (first by step {ids[step_id] + 1})")
            else:
                ids[step_id] = index
        role = step.get("role")
        if isinstance(role, str) and roles and role not in roles:
            report(("steps", index, "role"), f"role {role!r} is not one of the playbook's roles ({', '.join(roles)})")
        _check_step_kind(step, index, query_names, report)
    graph = _graph(steps, ids, report)
    _check_flow(graph, steps, report)


def _check_step_kind(step: dict, index: int, query_names: set[str], report) -> None:
    params = _mapping(step.get("params"))
    kind = step.get("type")
    if kind == "enrichment":
        query = step.get("query")
        if isinstance(query, str) and query not in query_names:
            report(("steps", index, "query"), f"no saved query {query!r} (playbooks/queries/{query}.sql)")
        for name, value in params.items():
            if name not in ENRICHMENT_PARAMS:
                report(
                    ("steps", index, "params", name),
                    f"enrichment parameter {name!r}: expected one of {', '.join(ENRICHMENT_PARAMS)}",
                )
                continue
            low, high = ENRICHMENT_PARAMS[name]
            if isinstance(value, bool) or not isinstance(value, int) or not low <= value <= high:
                report(("steps", index, "params", name), f"params.{name}: a whole number from {low} to {high}")
    elif kind == "action":
        operation = step.get("operation")
        if isinstance(operation, str):
            if operation not in OPERATIONS:
                report(
                    ("steps", index, "operation"), f"operation {operation!r}: expected one of {', '.join(OPERATIONS)}"
                )
            else:
                for needed in OPERATIONS[operation]:
                    if needed not in params:
                        report(("steps", index, "params"), f"operation {operation} needs params.{needed}")
        for name, value in params.items():
            for field_name in _placeholders(value):
                if field_name not in _ACTION_FIELDS:
                    report(
                        ("steps", index, "params", name),
                        f"params.{name}: no case fact {{{field_name}}} for an action (known: {', '.join(_ACTION_FIELDS)})",
                    )
    elif kind == "decision":
        seen: set[str] = set()
        for number, option in enumerate(step.get("options") or []):
            answer = option.get("answer") if isinstance(option, dict) else None
            if isinstance(answer, str):
                if answer in seen:
                    report(("steps", index, "options", number, "answer"), f"answer {answer!r} is given twice")
                seen.add(answer)


def _placeholders(value: Any) -> list[str]:
    if not isinstance(value, str):
        return []
    try:
        return [name for _, name, _, _ in string.Formatter().parse(value) if name is not None]
    except ValueError:
        return ["{ unbalanced braces }"]


def _graph(steps: list, ids: dict[str, int], report) -> dict[int, list[int]]:
    """Successor indexes of each step; references to missing steps are reported."""
    graph: dict[int, list[int]] = {}

    def target(name: Any, path: tuple) -> int | None:
        if not isinstance(name, str) or name == END:
            return None
        if name not in ids:
            report(path, f"next: no step {name!r} in this playbook")
            return None
        return ids[name]

    for index, step in enumerate(steps):
        if not isinstance(step, dict):
            continue
        following = index + 1 if index + 1 < len(steps) else None
        nexts: list[int | None] = []
        if step.get("type") == "decision" and isinstance(step.get("options"), list):
            for number, option in enumerate(step["options"]):
                if isinstance(option, dict):
                    if "next" in option:
                        nexts.append(target(option["next"], ("steps", index, "options", number, "next")))
                    else:
                        nexts.append(following)
        elif "next" in step:
            nexts.append(target(step["next"], ("steps", index, "next")))
        else:
            nexts.append(following)
        graph[index] = sorted({n for n in nexts if n is not None})
    return graph


def _check_flow(graph: dict[int, list[int]], steps: list, report) -> None:
    if not graph:
        return
    reachable: set[int] = set()
    stack = [0]
    while stack:
        node = stack.pop()
        if node not in reachable:
            reachable.add(node)
            stack += graph.get(node, [])
    for index in sorted(set(graph) - reachable):
        report(
            ("steps", index), f"step {index + 1} ({steps[index].get('id')}) can never be reached from the first step"
        )
    # A loop would make tasks repeat without end: the workflow must only move forward.
    state: dict[int, int] = {}

    def visit(node: int) -> bool:
        state[node] = 1
        for successor in graph.get(node, []):
            if state.get(successor) == 1:
                report(
                    ("steps", node),
                    f"step {node + 1} ({steps[node].get('id')}) leads back to step "
                    f"{successor + 1} ({steps[successor].get('id')}): the workflow loops",
                )
                return True
            if state.get(successor) is None and visit(successor):
                return True
        state[node] = 2
        return False

    for node in sorted(graph):
        if state.get(node) is None and visit(node):
            break


def _mapping(value: Any) -> dict:
    """``value`` when it is a mapping, else an empty one: the schema reports the wrong type."""
    return value if isinstance(value, dict) else {}


def _date(value: Any) -> date | None:
    try:
        return date.fromisoformat(value) if isinstance(value, str) else None
    except ValueError:
        return None


def _dotted(path: tuple) -> str:
    text = ""
    for part in path:
        text += f"[{part + 1}]" if isinstance(part, int) else (f".{part}" if text else str(part))
    return text
