"""Cases: the list with MTTA / MTTR, and one case worked step by step — its playbook's tasks,
regulatory clocks, decisions, notifications, evidence with its chain check, the timeline,
closing and the report."""

import orjson
import polars as pl
import streamlit as st

from aisoc.analytics import cases
from aisoc.analytics.access import AccessDenied
from aisoc.analytics.cases import CaseError
from aisoc.analytics.cases.connectors import ConnectorError
from aisoc.analytics.cases.report import render_html, render_markdown, render_pdf
from aisoc.ingest.kernel.clocks import utcnow
from aisoc.playbooks import CLASSIFICATIONS
from aisoc.ui.console import session
from aisoc.ui.console.safe import literal, md_escape, table, text_block, visible
from aisoc.ui.times import format_span, when

who = session.require("view")
wh = session.warehouse()
st.title("Cases")
session.show_flash()
respond = who.can("respond")


def _pick_targets(case_id: str, number: int, key: str) -> dict[str, str]:
    """Whom the action acts on: every candidate in the evidence is offered, none is preselected
    unless it is the only one and authenticated (analytics.cases.actions)."""
    try:
        targets = cases.action_targets(wh, who, case_id, number, library)
    except CaseError:
        return {}
    chosen: dict[str, str] = {}
    for target in targets:
        values = [c.value for c in target.candidates]
        labels = {
            c.value: visible(f"{c.value} (×{c.count}{', written by the caller' if c.caller_chosen else ''})", 200)
            for c in target.candidates
        }
        pick = st.selectbox(
            f"Act on which {target.fact}? (every value in the evidence)",
            values,
            index=values.index(target.automatic) if target.automatic in values else None,
            format_func=lambda value: labels[value],
            key=f"target_{key}_{target.fact}",
        )
        if pick is not None:
            chosen[target.fact] = pick
    return chosen


def _act(action, message: str) -> None:
    """Run a case action; its refusal is shown, its success flashed after the rerun."""
    try:
        action()
    except (CaseError, AccessDenied, ConnectorError, KeyError) as exc:
        st.error(md_escape(exc))
    else:
        session.flash(message)
        st.rerun()


library = session.library()
metrics = cases.case_metrics(wh, who)
m = st.columns(4)
m[0].metric("Open cases", metrics.open)
m[1].metric("Closed", metrics.closed)
m[2].metric("MTTA", format_span(metrics.mtta), help="Mean time from the first alert to the first move on the case")
m[3].metric("MTTR", format_span(metrics.mttr), help="Mean time from the first alert to closing the case")

show = st.segmented_control("Show", ["open", "all", "closed"], default="open", key="case_filter") or "open"
listed = cases.list_cases(wh, who, status=None if show == "all" else show)
now = utcnow()
rows = []
for case in listed:
    done, total = case.extra["progress"]
    rows.append(
        {
            "id": case.id,
            "status": case.status,
            "severity": case.severity,
            "assignee": case.assignee,
            "steps": f"{done}/{total}",
            "opened": when(case.opened_at),
            "title": case.title,
        }
    )
if rows:
    chosen = table(pl.DataFrame(rows), key="case_list", select="single-row")
    picked = rows[chosen.selection.rows[0]]["id"] if chosen and chosen.selection.rows else None
    if picked and picked != st.session_state.get("case_picked"):
        # a new pick in the list opens that case, however the id box was filled before
        st.session_state["case_picked"] = st.session_state["case_input"] = st.session_state["case_linked"] = picked
        st.query_params["case"] = picked
else:
    st.caption("No cases here. Open one from an alert (Alert detail → Open a case).")

linked = st.query_params.get("case", "")
if linked != st.session_state.get("case_linked") or "case_input" not in st.session_state:
    # arriving by a link (?case=ID, or from the alert page): that case, not the last one typed
    st.session_state["case_linked"] = linked
    st.session_state["case_input"] = linked or st.session_state.get("case_input", "")
case_id = st.text_input("Case id", key="case_input").strip()
if not case_id:
    st.stop()
st.query_params["case"] = case_id
try:
    case = cases.get_case(wh, who, case_id)
except CaseError as exc:
    st.error(md_escape(exc))
    st.stop()

st.divider()
st.subheader(f"{case.id}: {md_escape(case.title)}")
done, total = case.progress
c = st.columns(5)
c[0].metric("Status", case.status)
c[1].metric("Severity", case.severity)
c[2].metric("Steps", f"{done}/{total}")
c[3].metric("Time to acknowledge", format_span(cases.time_to_acknowledge(case)))
c[4].metric("Time to resolve", format_span(cases.time_to_resolve(case)))
st.progress(
    done / total if total else 0.0, text=f"Playbook {case.playbook or '(none)'}: {done} of {total} steps finished"
)
text_block(
    "\n".join(
        f"{k:>9}: {v}"
        for k, v in {
            "tenants": ", ".join(t or "-" for t in case.tenants),
            "assignee": case.assignee or "(nobody)",
            "opened": f"{when(case.opened_at)} by {case.opened_by}",
            "aware": when(case.aware_at),
            "alerts": ", ".join(case.alert_ids),
            "summary": case.summary or "",
            "lessons": case.lessons or "",
        }.items()
    )
)

st.subheader("Regulatory clocks")
clocks = cases.case_clocks(case, now)
if clocks:
    late = [c for c in clocks if c.status in ("overdue", "late")]
    if late:
        st.error(f"{len(late)} deadline(s) missed: " + ", ".join(f"{c.regime} {c.stage}" for c in late))
    table(
        pl.DataFrame(
            [
                {
                    "regime": c.regime,
                    "report": c.stage,
                    "due": when(c.due_at),
                    "left": "filed" if c.filed_at else format_span(c.remaining(now)),
                    "filed": when(c.filed_at),
                    "status": c.status,
                    "basis": c.basis,
                    "note": c.note,
                }
                for c in clocks
            ]
        ),
        key="clocks",
    )
else:
    st.caption(
        "No clock runs: no regime has been classified as applying yet (a decision below, or a playbook decision step)."
    )

st.subheader("Steps")
playbook = library.playbooks.get(case.playbook) if case.playbook else None
for task in case.tasks:
    mark = {"done": "✅", "skipped": "⏭️", "open": "⬜"}[task.status]
    # keyed, so a step stays open when a message above it comes or goes
    with st.expander(
        f"{mark} {task.number}. {md_escape(task.title)} · {task.type} · {task.phase} · {task.role}",
        expanded=False,
        key=f"step_{case.id}_{task.number}",
    ):
        step = playbook.step(task.step_id) if playbook and task.step_id in {s.id for s in playbook.steps} else None
        if step:
            text_block(step.instructions.strip())
            if step.evidence:
                literal("Expected evidence: " + "; ".join(step.evidence))
        if task.status != "open":
            literal(
                f"{task.status} by {task.done_by} at {when(task.done_at)}"
                + (f" · answer: {task.answer}" if task.answer else "")
                + (f" · {task.note}" if task.note else "")
            )
            continue
        if not respond or case.status == "closed":
            continue
        key = f"{case.id}_{task.number}"
        note = st.text_input("Note", key=f"note_{key}")
        if task.type == "enrichment" and st.button("Run the query and attach the result", key=f"run_{key}"):
            _act(lambda: cases.run_enrichment(wh, who, case.id, task.number, library), "Query result attached.")
        if task.type == "action" and step:
            chosen = _pick_targets(case.id, task.number, key)
            if st.button("Dry run (sends nothing)", key=f"dry_{key}"):
                try:
                    outcome = cases.run_action(wh, who, case.id, task.number, library, overrides=chosen)
                except (CaseError, ConnectorError) as exc:
                    st.error(md_escape(exc))
                else:
                    text_block(
                        orjson.dumps(outcome.request.preview(), option=orjson.OPT_INDENT_2, default=str).decode()
                    )
            confirm = st.checkbox(f"I confirm sending {step.operation} now", key=f"confirm_{key}")
            if st.button("Execute", key=f"exec_{key}", disabled=not confirm, type="primary"):
                _act(
                    lambda: cases.run_action(wh, who, case.id, task.number, library, execute_it=True, overrides=chosen),
                    f"{step.operation} sent.",
                )
        answer = None
        if task.type == "decision" and step:
            literal(step.question)
            # no answer chosen in advance: a decision is made, not defaulted
            answer = st.radio(
                "Answer", [o.answer for o in step.options], key=f"answer_{key}", horizontal=True, index=None
            )
        b1, b2 = st.columns(2)
        if b1.button("Done", key=f"done_{key}", type="primary"):
            _act(
                lambda: cases.complete_step(wh, who, case.id, task.number, library, answer=answer, note=note),
                f"Step {task.number} done.",
            )
        if b2.button("Skip", key=f"skip_{key}"):
            _act(
                lambda: cases.complete_step(wh, who, case.id, task.number, library, skip=True, note=note),
                f"Step {task.number} skipped.",
            )

if respond and case.status != "closed":
    st.subheader("Work the case")
    w1, w2, w3 = st.columns(3)
    with w1.form("assign_form", clear_on_submit=True):
        user = st.text_input("Assign to user")
        if st.form_submit_button("Assign") and user.strip():
            _act(lambda: cases.assign(wh, who, case.id, user.strip()), f"Assigned to {user.strip()}.")
    with w2.form("status_form", clear_on_submit=True):
        status = st.selectbox(
            "Move to phase",
            cases.STATUSES[:-1],
            index=cases.STATUSES.index(case.status) if case.status in cases.STATUSES[:-1] else 0,
        )
        reason = st.text_input("Reason (needed to move back)")
        if st.form_submit_button("Move"):
            _act(lambda: cases.set_status(wh, who, case.id, status, reason=reason), f"Moved to {status}.")
    with w3.form("note_form", clear_on_submit=True):
        text = st.text_area("Note")
        if st.form_submit_button("Add note"):
            _act(lambda: cases.add_note(wh, who, case.id, text), "Note added.")

    d1, d2 = st.columns(2)
    with d1.form("classify_form", clear_on_submit=True):
        st.caption("Record whether a regime applies: this decision starts its clocks.")
        regime = st.selectbox("Regime", list(CLASSIFICATIONS))
        value = st.selectbox("Classification", sorted({v for vs in CLASSIFICATIONS.values() for v in vs}))
        rationale = st.text_input("Rationale")
        if st.form_submit_button("Record decision"):
            _act(
                lambda: cases.classify(wh, who, case.id, regime, value, rationale=rationale),
                f"{regime}: {value} recorded.",
            )
    with d2.form("notify_form", clear_on_submit=True):
        st.caption("Record a report sent to an authority.")
        n_regime = st.selectbox("Regime ", cases.REGIMES)
        stage = st.selectbox("Report", ("initial", "intermediate", "final", "complete"))
        reference = st.text_input("Authority's reference")
        if st.form_submit_button("Record notification"):
            _act(
                lambda: cases.record_notification(wh, who, case.id, n_regime, stage, reference=reference),
                f"{n_regime} {stage} report recorded.",
            )

    with st.expander("Close the case"):
        with st.form("close_form"):
            summary = st.text_area("Summary", value=case.summary)
            lessons = st.text_area("Lessons learned", value=case.lessons)
            force = st.text_input("Reason to close with open steps (leave empty otherwise)")
            if st.form_submit_button("Close case"):
                _act(
                    lambda: cases.close_case(wh, who, case.id, summary=summary, lessons=lessons, force=force),
                    f"{case.id} closed.",
                )
elif respond and case.status == "closed":
    with st.form("reopen_form"):
        reason = st.text_input("Reason to reopen")
        if st.form_submit_button("Reopen"):
            _act(lambda: cases.reopen_case(wh, who, case.id, reason=reason), f"{case.id} reopened.")

st.subheader("Decisions")
if case.decisions:
    table(
        pl.DataFrame(
            [
                {
                    "decided": when(d.decided_at),
                    "by": d.actor,
                    "subject": d.subject,
                    "value": d.value,
                    "rationale": d.rationale,
                }
                for d in case.decisions
            ]
        ),
        key="decisions",
    )

st.subheader(f"Evidence ({len(case.evidence)})")
if case.evidence:
    table(
        pl.DataFrame(
            [
                {
                    "#": e.seq,
                    "added": when(e.added_at),
                    "by": e.added_by,
                    "kind": e.kind,
                    "title": e.title,
                    "sha256": e.sha256,
                    "bytes": e.size,
                }
                for e in case.evidence
            ]
        ),
        key="evidence",
    )
if st.button("Verify the evidence chain"):
    report = cases.verify_case_evidence(wh, who, case.id)
    (st.success if report.ok else st.error)(md_escape(report.describe()))

st.subheader("Timeline")
table(
    pl.DataFrame([{"at": when(e.at), "actor": e.actor, "kind": e.kind, "what": e.text} for e in case.timeline]),
    key="timeline",
)

st.subheader("Report")
fmt = st.radio("Format", ("md", "html", "pdf"), horizontal=True, key="report_fmt")
if st.button("Prepare the report (logged)"):
    data = cases.build_report(wh, who, case.id, library, fmt=fmt)
    render = {"md": render_markdown, "html": render_html, "pdf": render_pdf}[fmt]
    body = render(data)
    st.session_state["report"] = (case.id, fmt, body.encode() if isinstance(body, str) else body)
prepared = st.session_state.get("report")
if prepared and prepared[0] == case.id:
    mime = {"md": "text/markdown", "html": "text/html", "pdf": "application/pdf"}[prepared[1]]
    st.download_button(f"Download {prepared[1]} report", prepared[2], file_name=f"{case.id}.{prepared[1]}", mime=mime)
