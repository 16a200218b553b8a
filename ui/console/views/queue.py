"""Alert queue: filter, search, sort and page the alerts; triage one or many at once."""

import zlib

import streamlit as st

from aisoc.analytics import cases
from aisoc.analytics.alerting import SEVERITIES, AlertError
from aisoc.analytics.queries import queue
from aisoc.analytics.queries.export import export_csv
from aisoc.ui.console import session
from aisoc.ui.console.safe import md_escape, table

PAGE_SIZE = 50
DETECTORS = ("sigma", "similarity", "leakage", "behaviour", "health")

who = session.require("view")
wh = session.warehouse()
st.title("Alert queue")
session.show_flash()

with st.expander("Filters", expanded=True):
    c1, c2, c3, c4 = st.columns([2, 1, 2, 1])
    search = c1.text_input("Search", placeholder="id, title, rule, entity, explanation", key="q_search")
    severity = c2.selectbox("Severity at least", ["any", *SEVERITIES], key="q_severity")
    statuses = c3.multiselect(
        "Status",
        ["open", "acknowledged", "escalated", "closed"],
        default=["open", "acknowledged", "escalated"],
        key="q_status",
    )
    sort = c4.selectbox("Sort", list(queue.SORTS), key="q_sort")
    c5, c6, c7 = st.columns([2, 2, 2])
    detectors = c5.multiselect("Detector", DETECTORS, key="q_detector")
    tenants = c6.multiselect(
        "Tenant",
        sorted(who.tenants) if who.tenants else [],
        key="q_tenant",
        disabled=who.all_tenants,
        help="Narrow to some of your tenants.",
    )
    mine = c7.selectbox("Assignee", ["anyone", "me", "unassigned"], key="q_assignee")

flt = queue.QueueFilter(
    status=tuple(statuses),
    severity=None if severity == "any" else severity,
    detector=tuple(detectors),
    tenant=tuple(tenants),
    search=search.strip() or None,
    assignee={"anyone": None, "me": who.name, "unassigned": ""}[mine],
)
page_no = st.session_state.get("q_page", 0)
page = queue.alert_page(wh, who, flt, sort=sort, offset=page_no * PAGE_SIZE, limit=PAGE_SIZE)
last_page = max(0, (page.total - 1) // PAGE_SIZE)
if page_no > last_page:
    st.session_state["q_page"] = page_no = last_page
    page = queue.alert_page(wh, who, flt, sort=sort, offset=page_no * PAGE_SIZE, limit=PAGE_SIZE)

summary = " · ".join(f"{s}: {page.counts[s]}" for s in reversed(SEVERITIES) if page.counts.get(s))
st.caption(
    f"{page.total:,} alerts" + (f" ({summary})" if summary else "") + f" — page {page_no + 1} of {last_page + 1}"
)
# The grid's selection is row positions. A new key whenever the rows under it change (another
# filter, sort or page, or an action that moved alerts out of the queue) starts it empty, so a
# selection never slides onto alerts the analyst did not pick.
grid_key = zlib.crc32(repr((flt, sort, page_no, st.session_state.get("q_actions", 0))).encode())
state = table(page.rows, key=f"q_table_{grid_key:08x}", select="multi-row")
selected = [page.rows["id"][i] for i in (state.selection.rows if state else [])]

nav = st.columns([1, 1, 4, 2])
if nav[0].button("Previous page", disabled=page_no == 0):
    st.session_state["q_page"] = page_no - 1
    st.rerun()
if nav[1].button("Next page", disabled=page_no >= last_page):
    st.session_state["q_page"] = page_no + 1
    st.rerun()
if who.can("export"):
    nav[3].download_button(
        "Export this page (CSV)",
        data=lambda: export_csv(wh, who, page.rows, "alert queue page"),
        file_name="alerts.csv",
        mime="text/csv",
        on_click="ignore",
    )

st.subheader(f"{len(selected)} selected")
if len(selected) == 1 and st.button("Open alert", icon=":material/open_in_new:"):
    st.session_state["alert_id"] = selected[0]
    st.switch_page("views/alert.py")


def _act(label: str, run) -> None:
    try:
        done = run()
    except AlertError as exc:
        session.flash(f"{label} failed: {md_escape(exc)}", "error")
    else:
        session.flash(f"{label}: {done} alert(s).")
        st.session_state["q_actions"] = st.session_state.get("q_actions", 0) + 1  # a fresh, empty selection
    st.rerun()


if who.can("triage") and selected:
    a1, a2, a3 = st.columns(3)
    with a1:
        if st.button("Acknowledge", icon=":material/check:"):
            _act("Acknowledged", lambda: queue.acknowledge(wh, who, selected))
        users = ["(nobody)", *queue.assignees(wh, who)]
        target = st.selectbox("Assign to", users, key="q_assign_to")
        if st.button("Assign", icon=":material/person_add:"):
            _act("Assigned", lambda: queue.assign(wh, who, selected, None if target == "(nobody)" else target))
    with a2:
        why = st.text_input("Escalation note", key="q_escalate_note")
        if st.button("Escalate", icon=":material/priority_high:"):
            _act("Escalated", lambda: queue.escalate(wh, who, selected, why))
        if who.can("case.open") and st.button("Open one case from them", icon=":material/cases:"):
            try:
                opened = cases.open_case(wh, who, selected, session.library())
            except cases.CaseError as exc:
                session.flash(f"Opening a case failed: {md_escape(exc)}", "error")
                st.rerun()
            else:
                session.flash(f"{opened} opened from {len(selected)} alert(s).")
                st.switch_page("views/cases.py", query_params={"case": opened})
    with a3:
        verdict = st.selectbox(
            "Close as", queue.VERDICTS, index=1, key="q_verdict", format_func=lambda v: v.replace("_", " ")
        )
        reason = st.text_input("Reason", key="q_reason", help="Needed for false positive and benign.")
        if st.button("Close", icon=":material/done_all:"):
            _act("Closed", lambda: queue.close(wh, who, selected, verdict, reason))
elif not who.can("triage"):
    st.caption("Your role can read the queue; triage needs the analyst role.")
