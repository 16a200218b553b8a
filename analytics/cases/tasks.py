"""Working a case's steps: done, skipped, or answered (decision steps).

Finishing a step of a later phase moves the case on to that phase. Answering a decision
records the answer, and any regulatory classification the chosen option carries, as
decisions on the case; the steps only the other answers lead to are skipped, with a note
saying why.
"""

from __future__ import annotations

from datetime import datetime

import duckdb

import aisoc.analytics.cases.tables  # noqa: F401 - registers the tables queried here
from aisoc.analytics.access import Principal, recorded
from aisoc.analytics.cases.lifecycle import log, move_status, next_seq
from aisoc.analytics.cases.records import STATUSES, CaseError, Task, load_case
from aisoc.ingest.kernel.clocks import state_time, utcnow
from aisoc.playbooks import Library, Playbook

__all__ = ["complete_step", "record_decision"]


def record_decision(
    con: duckdb.DuckDBPyConnection,
    case_id: str,
    *,
    subject: str,
    value: str,
    rationale: str,
    actor: str,
    decided_at: datetime,
    recorded_at: datetime,
) -> None:
    con.execute(
        "INSERT INTO case_decisions VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
        [case_id, next_seq(con, "case_decisions", case_id), decided_at, recorded_at, actor, subject, value, rationale],
    )
    log(con, case_id, recorded_at, actor, "decision", f"{subject}: {value}" + (f" — {rationale}" if rationale else ""))


def complete_step(
    warehouse,
    principal: Principal,
    case_id: str,
    number: int,
    library: Library,
    *,
    skip: bool = False,
    answer: str | None = None,
    note: str = "",
    now: datetime | None = None,
) -> Task:
    """Mark step ``number`` done (or skipped); a decision step needs its ``answer``."""
    principal.require("respond")
    now = state_time(now) or utcnow()
    action = "case.step.skip" if skip else "case.step.done"
    with recorded(warehouse, principal.name, action, case_id, {"step": number, "answer": answer}) as (con, _):
        case = load_case(con, principal, case_id)
        if case.status == "closed":
            raise CaseError(f"{case_id} is closed (aisoc case reopen {case_id} --reason …)")
        task = case.task(number)
        if task.status != "open":
            raise CaseError(f"{case_id} step {number} is already {task.status}")
        if skip and not task.optional and not note.strip():
            raise CaseError(f"step {number} is required: skipping it needs --note saying why")
        playbook = library.playbooks.get(case.playbook) if case.playbook else None
        if task.type == "decision" and not skip:
            _answer(con, case, task, playbook, answer, principal.name, now)
        elif answer is not None:
            raise CaseError(f"step {number} is not a decision: --answer does not apply")
        con.execute(
            "UPDATE case_tasks SET status = ?, answer = ?, done_by = ?, done_at = ?, note = ? "
            "WHERE case_id = ? AND number = ?",
            ["skipped" if skip else "done", answer, principal.name, now, note.strip() or None, case_id, number],
        )
        log(
            con,
            case_id,
            now,
            principal.name,
            "task",
            f"step {number} ({task.title}) {'skipped' if skip else 'done'}"
            + (f": {note.strip()}" if note.strip() else ""),
        )
        if not skip and STATUSES.index(task.phase) > STATUSES.index(case.status):
            move_status(con, case_id, case.status, task.phase, principal.name, now, f"step {number} is in {task.phase}")
        elif case.status == "new":
            move_status(con, case_id, "new", "triage", principal.name, now, "work started")
    return task


def _answer(con, case, task: Task, playbook: Playbook | None, answer: str | None, actor: str, now: datetime) -> None:
    if playbook is None or task.step_id not in {s.id for s in playbook.steps}:
        raise CaseError(f"{case.id}: playbook {case.playbook} no longer has step {task.step_id}; skip it with a note")
    step = playbook.step(task.step_id)
    answers = [o.answer for o in step.options]
    if answer not in answers:
        raise CaseError(f"step {task.number} is a decision: answer {' or '.join(answers)}")
    option = next(o for o in step.options if o.answer == answer)
    record_decision(
        con,
        case.id,
        subject=f"step {task.number}: {step.question}",
        value=answer,
        rationale=option.description,
        actor=actor,
        decided_at=now,
        recorded_at=now,
    )
    for regime, value in option.records.items():
        record_decision(
            con,
            case.id,
            subject=regime,
            value=value,
            rationale=f"answer {answer!r} to step {task.number}",
            actor=actor,
            decided_at=now,
            recorded_at=now,
        )
    _skip_branches(con, case, playbook, step, option, actor, now)


def _reach(playbook: Playbook, start: str | None) -> set[str]:
    seen: set[str] = set()
    stack = [start] if start else []
    while stack:
        step_id = stack.pop()
        if step_id in seen:
            continue
        seen.add(step_id)
        stack += playbook.successors(playbook.step(step_id))
    return seen


def _skip_branches(con, case, playbook: Playbook, step, chosen, actor: str, now: datetime) -> None:
    taken = _reach(playbook, chosen.next or playbook.following(step)) if chosen.next != "end" else set()
    others: set[str] = set()
    for option in step.options:
        if option is not chosen and option.next != "end":
            others |= _reach(playbook, option.next or playbook.following(step))
    for task in case.tasks:
        if task.status == "open" and task.step_id in others - taken:
            con.execute(
                "UPDATE case_tasks SET status = 'skipped', done_by = ?, done_at = ?, note = ? "
                "WHERE case_id = ? AND number = ?",
                [actor, now, f"not taken: step {step.id} was answered {chosen.answer!r}", case.id, task.number],
            )
            log(con, case.id, now, actor, "task", f"step {task.number} ({task.title}) skipped: not on the path taken")
