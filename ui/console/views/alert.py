"""Alert detail: evidence with the matched span marked, explanation, triage, the case it is in (or
opening one), entity timeline, related alerts, similar known attacks, the raw record."""

import orjson
import streamlit as st

from aisoc.analytics import cases
from aisoc.analytics.alerting import AlertError
from aisoc.analytics.queries import detail, queue
from aisoc.ui.console import session
from aisoc.ui.console.safe import MARK_CLOSE, MARK_OPEN, literal, marked_block, md_escape, table, text_block

TIMELINE_PAGE = 50

who = session.require("view")
wh = session.warehouse()
st.title("Alert detail")
session.show_flash()

alert_id = st.text_input(
    "Alert id", value=st.query_params.get("alert") or st.session_state.get("alert_id", ""), key="detail_id"
).strip()
if not alert_id:
    st.info("Open an alert from the queue, or paste its id.")
    st.stop()
st.query_params["alert"] = alert_id
unmask = who.can("unmask") and st.toggle("Unmask PII and secrets (audit-logged)", key=f"unmask_{alert_id}")

try:
    info = detail.alert_detail(wh, who, alert_id, unmask=unmask)
except AlertError as exc:
    st.error(md_escape(exc))
    st.stop()
alert = info.alert

st.subheader(md_escape(alert.title))
c = st.columns(5)
c[0].metric("Severity", alert.severity)
c[1].metric("Status", alert.status)
c[2].metric("Hits", f"{alert.count:,}")
c[3].metric("Detector", alert.detector)
c[4].metric("Score", "-" if alert.score is None else f"{alert.score:.2f}")
facts = {
    "id": alert.id,
    "rule": alert.rule_id,
    "tenant": alert.tenant,
    "entity": alert.entity,
    "first seen": f"{alert.first_seen:%Y-%m-%d %H:%M:%S} UTC",
    "last seen": f"{alert.last_seen:%Y-%m-%d %H:%M:%S} UTC",
    "tags": ", ".join(alert.tags),
    "playbook": alert.playbook or "(none)",
    "assignee": info.triage["assignee"] or "(nobody)",
    "verdict": info.triage["verdict"] or "(none)",
    "reason": info.triage["reason"] or "",
}
text_block("\n".join(f"{k:>11}: {v}" for k, v in facts.items()))

st.subheader("Explanation")
text_block(alert.explanation)
st.subheader("Case")
in_cases = cases.cases_of_alert(wh, who, alert.id)
if in_cases:
    literal(f"In case {', '.join(in_cases)}")
    if st.button(f"Open {in_cases[0]}"):
        st.switch_page("views/cases.py", query_params={"case": in_cases[0]})
else:
    literal(f"Playbook to follow: {alert.playbook or '(chosen by tags when a case is opened)'}")
    if who.can("case.open") and st.button("Open a case from this alert", type="primary"):
        try:
            opened = cases.open_case(wh, who, [alert.id], session.library())
        except cases.CaseError as exc:
            st.error(md_escape(exc))
        else:
            session.flash(f"{opened} opened.")
            st.switch_page("views/cases.py", query_params={"case": opened})

if who.can("triage"):
    with st.expander("Triage this alert"):
        t1, t2, t3 = st.columns(3)
        if t1.button("Acknowledge"):
            queue.acknowledge(wh, who, [alert.id])
            session.flash("Acknowledged.")
            st.rerun()
        if t1.button("Assign to me"):
            queue.assign(wh, who, [alert.id], who.name)
            session.flash("Assigned to you.")
            st.rerun()
        note = t2.text_input("Escalation note", key="d_note")
        if t2.button("Escalate"):
            queue.escalate(wh, who, [alert.id], note)
            session.flash("Escalated.")
            st.rerun()
        verdict = t3.selectbox("Close as", queue.VERDICTS, index=1, format_func=lambda v: v.replace("_", " "))
        reason = t3.text_input("Reason", key="d_reason")
        if t3.button("Close"):
            try:
                queue.close(wh, who, [alert.id], verdict, reason)
            except AlertError as exc:
                st.error(md_escape(exc))
            else:
                session.flash("Closed.")
                st.rerun()

st.subheader(f"Evidence ({info.evidence.height} of {len(alert.evidence_event_ids)} events)")
if not info.unmasked:
    st.caption("PII and secrets are masked as [KIND·length].")
st.caption(f"Where the rule matched is marked {MARK_OPEN}like this{MARK_CLOSE}.")
raw_by_id = {}
for event in info.evidence.iter_rows(named=True):
    raw_by_id[event["event_id"]] = event.get("raw")
    st.divider()
    literal(f"Event {event['event_id']}")
    literal(
        f"{event['ts']} · {event['source']} · {event['event_kind']} · {event.get('action') or ''} · "
        f"actor {event.get('actor_id') or '-'} · key {event.get('api_key_id') or '-'} · ip {event.get('source_ip') or '-'}"
    )
    for name in ("prompt", "system_prompt", "response", "messages", "retrieved_docs", "tool_calls", "request"):
        if not event.get(name):
            continue
        st.caption(name)
        pieces = info.marked.get((event["event_id"], name))
        if pieces:
            marked_block(pieces)
        else:
            text_block(event[name])

with st.expander("Raw records"):
    for event_id, raw in raw_by_id.items():
        st.caption(event_id)
        try:
            text_block(orjson.dumps(orjson.loads(raw), option=orjson.OPT_INDENT_2).decode() if raw else "")
        except orjson.JSONDecodeError:
            text_block(raw)

st.subheader("Related alerts")
if info.related.height:
    chosen = table(info.related, key="related", select="single-row")
    if chosen and chosen.selection.rows:
        st.session_state["alert_id"] = info.related["id"][chosen.selection.rows[0]]
        st.query_params["alert"] = st.session_state["alert_id"]
        st.rerun()
else:
    st.caption("No other alert on this entity or these events.")

st.subheader("Entity timeline")
if alert.entity:
    offset = st.session_state.get(f"tl_{alert.id}", 0)
    page = detail.timeline(wh, who, alert, offset=offset, limit=TIMELINE_PAGE, unmask=info.unmasked)
    st.caption(
        f"{page.total:,} events of this entity from a day before to a day after the alert "
        f"(showing {offset + 1 if page.total else 0}-{min(offset + TIMELINE_PAGE, page.total)})"
    )
    table(page.rows, key=f"timeline_{offset}")
    b1, b2, _ = st.columns([1, 1, 6])
    if b1.button("Newer", disabled=offset == 0):
        st.session_state[f"tl_{alert.id}"] = max(0, offset - TIMELINE_PAGE)
        st.rerun()
    if b2.button("Older", disabled=offset + TIMELINE_PAGE >= page.total):
        st.session_state[f"tl_{alert.id}"] = offset + TIMELINE_PAGE
        st.rerun()
else:
    st.caption("This alert has no entity.")

if alert.detector == "classifier":
    st.subheader("Classifier")
    st.caption(
        "Class probabilities of each evidence text under the shipped model (whole text; the finding "
        "scores the best passage). Tiers: " + ", ".join(f"{k} ≥ {v:.2f}" for k, v in detail.classifier_tiers(alert))
    )
    table(detail.classifier_breakdown(wh, who, alert), key="classifier")

st.subheader("Similar known attacks")
prompts = [p for p in info.evidence.get_column("prompt").to_list() if p] if "prompt" in info.evidence.columns else []
if not prompts:
    st.caption("The evidence has no prompt to compare.")
elif st.button("Find similar prompts (loads the embedding model)"):
    st.caption("Seed and admin-added attacks, and attacks confirmed in this alert's tenant (masked unless unmasked).")
    with st.spinner("Embedding and searching the known-attack index…"):
        table(detail.similar_prompts(wh, who, alert, unmask=info.unmasked), key="similar")
