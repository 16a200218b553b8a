"""One reading of ReportData that the Markdown, HTML and PDF renderers all print.

The three formats must say the same thing — the same times, the same "3 of 5 done", the same
"OVERDUE by 2 h" — so every derived value is computed here once and the renderers only lay the
strings out and escape them for their own syntax. Nothing here escapes: escaping belongs to the
format. What this module does do is make invisible text visible (see ``clean``), because an
auditor must see what an attacker wrote, not what the attacker wanted them to see.
"""

from __future__ import annotations

import re
from datetime import datetime

from aisoc.analytics.cases.report.data import ReportClock, ReportData
from aisoc.ingest.kernel.clocks import MISSING, aware_utc, format_duration, format_when
from aisoc.ingest.kernel.errors import AisocError

__all__ = ["ReportError", "build_view", "clean", "when", "duration", "HEADINGS", "EMPTY", "NONE"]


class ReportError(AisocError):
    """A report that cannot be rendered or written; the message is one line and names the path."""


# Section headings and the sentence an empty section prints, shared so the formats cannot drift.
HEADINGS = {
    "facts": "Case",
    "summary": "Summary",
    "clocks": "Regulatory notifications",
    "timeline": "Timeline",
    "alerts": "Alerts",
    "tasks": "Tasks",
    "decisions": "Decisions",
    "actions": "Actions taken",
    "evidence": "Evidence",
    "lessons": "Lessons learned",
}
EMPTY = {
    "summary": "No summary was written.",
    "clocks": "No regulatory notification clocks were started.",
    "timeline": "The timeline is empty.",
    "alerts": "No alerts are linked to this case.",
    "tasks": "The case has no tasks.",
    "decisions": "No decisions were recorded.",
    "actions": "No actions were taken.",
    "evidence": "No evidence was collected.",
    "lessons": "No lessons learned were recorded.",
}
NONE = MISSING  # printed where a field has no value, so a blank cell never looks like lost data

_REGIMES = {"gdpr": "GDPR", "ai-act": "EU AI Act", "dora": "DORA"}
_ALARM_STATUSES = {"overdue", "late"}

# Characters that draw nothing or reorder what is drawn. Bidi overrides and isolates can make
# "moc.live" read as "evil.com" (Trojan Source); Unicode tag characters carry hidden prompt
# injections ("ASCII smuggling"); C0/C1 controls are invisible or break layouts. They are shown
# as [U+XXXX] instead of being dropped, so the report still says that they were there.
_HIDDEN = re.compile("[\x00-\x08\x0e-\x1f\x7f-\x84\x86-\x9f\u202a-\u202e\u2066-\u2069\U000e0000-\U000e007f]")
_LINE_BREAKS = re.compile("\r\n|[\r\x0b\x0c\x85\u2028\u2029]")


def clean(text: str | None) -> str:
    """``text`` with line breaks normalised to ``\\n``, tabs as spaces and hidden characters made visible."""
    if not text:
        return ""
    text = _LINE_BREAKS.sub("\n", str(text)).replace("\t", " ")
    return _HIDDEN.sub(lambda m: f"[U+{ord(m.group()):04X}]", text)


# The formatting is the kernel's, shared with the CLI and the console; the report keeps its names.
_utc = aware_utc
when = format_when
duration = format_duration


def _at_by(t: datetime | None, who: str | None, missing: str) -> str:
    if t is None:
        return missing
    return f"{when(t)} by {clean(who)}" if who else when(t)


def _facts(d: ReportData) -> list[tuple[str, str]]:
    if d.playbook_title and d.playbook_id:
        playbook = f"{clean(d.playbook_title)} ({clean(d.playbook_id)})"
    else:
        playbook = clean(d.playbook_title or d.playbook_id) or "none"
    return [
        ("Case", clean(d.case_id)),
        ("Title", clean(d.title)),
        ("Severity", clean(d.severity)),
        ("Status", clean(d.status)),
        ("Tenants", ", ".join(clean(t) for t in d.tenants) or "none"),
        ("Playbook", playbook),
        ("Assignee", clean(d.assignee) or "unassigned"),
        ("Opened", _at_by(d.opened_at, d.opened_by, NONE)),
        ("Aware", when(d.aware_at)),
        ("Acknowledged", when(d.acknowledged_at, "not acknowledged")),
        ("Closed", when(d.closed_at, "not closed")),
        ("Time to acknowledge", duration(d.time_to_acknowledge, "n/a")),
        ("Time to resolve", duration(d.time_to_resolve, "n/a")),
        ("Generated", _at_by(d.generated_at, d.generated_by, NONE)),
    ]


def _clock_state(c: ReportClock, now: datetime) -> tuple[str, bool]:
    """The status cell and whether it must stand out; an open clock past its due time stands out too."""
    status = c.status.strip().lower()
    due, at = _utc(c.due_at), _utc(now)
    if status == "overdue":
        return (f"OVERDUE by {duration(at - due)}" if at > due else "OVERDUE"), True
    if status == "late":
        if c.filed_at is not None:
            return f"LATE: filed {duration(_utc(c.filed_at) - due)} after the deadline", True
        return "LATE", True
    if status == "open":
        if at > due:
            return f"open, but the deadline passed {duration(at - due)} before this report", True
        return f"open, {duration(due - at)} left", False
    return clean(c.status) or NONE, status in _ALARM_STATUSES


def _clocks(d: ReportData) -> list[dict]:
    rows = []
    for c in sorted(d.clocks, key=lambda c: _utc(c.due_at)):
        state, alarm = _clock_state(c, d.generated_at)
        rows.append(
            {
                "regime": _REGIMES.get(c.regime.strip().lower(), clean(c.regime)),
                "obligation": clean(c.obligation),
                "basis": clean(c.basis),
                "starts": when(c.starts_at),
                "due": when(c.due_at),
                "filed": when(c.filed_at, "not filed"),
                "state": state,
                "alarm": alarm,
                "note": clean(c.note) or NONE,
            }
        )
    return rows


def _count_line(total: int, noun: str, parts: dict[str, int]) -> str:
    shown = ", ".join(f"{n} {label}" for label, n in parts.items() if n)
    return f"{total} {noun}{'' if total == 1 else 's'}" + (f": {shown}" if shown else "")


def _tasks(d: ReportData) -> tuple[list[dict], str]:
    tasks = sorted(d.tasks, key=lambda t: t.number)
    statuses = [t.status.strip().lower() for t in tasks]
    done = statuses.count("done")
    others = {s: statuses.count(s) for s in dict.fromkeys(statuses) if s != "done"}
    line = f"{done} of {len(tasks)} done"
    if others:
        line += " (" + ", ".join(f"{n} {clean(s) or 'no status'}" for s, n in others.items()) + ")"
    rows = [
        {
            "number": str(t.number),
            "title": clean(t.title),
            "type": clean(t.type),
            "phase": clean(t.phase),
            "role": clean(t.role),
            "status": clean(t.status),
            "done_by": clean(t.done_by) or NONE,
            "done_at": when(t.done_at),
            "note": clean(t.note) or NONE,
        }
        for t in tasks
    ]
    return rows, line


def _actions(d: ReportData) -> tuple[list[dict], str]:
    actions = sorted(d.actions, key=lambda a: _utc(a.at))
    dry = sum(a.dry_run for a in actions)
    line = _count_line(len(actions), "action", {"executed": len(actions) - dry, "dry run (nothing changed)": dry})
    rows = [
        {
            "at": when(a.at),
            "actor": clean(a.actor),
            "operation": clean(a.operation),
            "connector": clean(a.connector),
            "mode": "DRY RUN" if a.dry_run else "executed",
            "dry_run": a.dry_run,
            "outcome": clean(a.outcome) or NONE,
        }
        for a in actions
    ]
    return rows, line


def _chain(d: ReportData) -> dict:
    detail = clean(d.evidence_chain_detail).strip()
    if d.evidence_chain_ok:
        return {"ok": True, "line": "Evidence chain verified: ok" + (f" ({detail})" if detail else "")}
    return {"ok": False, "line": f"Evidence chain verification FAILED: {detail or 'no detail was given'}"}


def build_view(d: ReportData) -> dict:
    """Every string the report prints, in report order; lists are sorted by time, number or sequence."""
    tasks, tasks_line = _tasks(d)
    actions, actions_line = _actions(d)
    clocks = _clocks(d)
    alarms = sum(c["alarm"] for c in clocks)
    return {
        "case_id": clean(d.case_id),
        "title": clean(d.title),
        "generated": when(d.generated_at),
        "facts": _facts(d),
        "summary": clean(d.summary).strip(),
        "clocks": clocks,
        "clocks_line": _count_line(len(clocks), "clock", {"need attention (overdue or late)": alarms}),
        "timeline": [
            {"at": when(e.at), "actor": clean(e.actor), "kind": clean(e.kind), "text": clean(e.text)}
            for e in sorted(d.timeline, key=lambda e: _utc(e.at))
        ],
        "alerts": [
            {
                "id": clean(a.id),
                "title": clean(a.title),
                "severity": clean(a.severity),
                "detector": clean(a.detector),
                "rule_id": clean(a.rule_id) or NONE,
                "tenant": clean(a.tenant) or NONE,
                "entity": clean(a.entity) or NONE,
                "first_seen": when(a.first_seen),
                "last_seen": when(a.last_seen),
                "count": str(a.count),
            }
            for a in d.alerts
        ],
        "tasks": tasks,
        "tasks_line": tasks_line,
        "decisions": [
            {
                "at": when(x.at),
                "actor": clean(x.actor),
                "subject": clean(x.subject),
                "value": clean(x.value),
                "rationale": clean(x.rationale) or NONE,
            }
            for x in sorted(d.decisions, key=lambda x: _utc(x.at))
        ],
        "actions": actions,
        "actions_line": actions_line,
        "evidence": [
            {
                "seq": str(e.seq),
                "added_at": when(e.added_at),
                "added_by": clean(e.added_by),
                "kind": clean(e.kind),
                "title": clean(e.title),
                "sha256": clean(e.sha256),
                "chain_hash": clean(e.chain_hash),
            }
            for e in sorted(d.evidence, key=lambda e: e.seq)
        ],
        "chain": _chain(d),
        "lessons": clean(d.lessons).strip(),
        "headings": HEADINGS,
        "empty": EMPTY,
    }
