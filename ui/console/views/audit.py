"""Audit log: every sign-in and analyst action, newest first, and a check of the keyed hash chain
with the head to keep elsewhere (the same anchor as ``aisoc audit anchor``)."""

import orjson
import polars as pl
import streamlit as st

from aisoc.analytics.access import entries
from aisoc.analytics.access.audit import anchor, verify_log
from aisoc.ui.console import session
from aisoc.ui.console.safe import md_escape, table

PAGE = 100

who = session.require("audit.read")
wh = session.warehouse()
st.title("Audit log")

c1, c2 = st.columns(2)
actor = c1.text_input("Actor", key="audit_actor").strip() or None
action = (
    c2.text_input("Action", key="audit_action", placeholder="alert.close, hunt.query, alert.unmask…").strip() or None
)
offset = st.session_state.get("audit_offset", 0)
with wh.state() as con:
    rows = entries(con, actor=actor, action=action, limit=PAGE, offset=offset)
frame = pl.DataFrame(
    [{**r, "detail": orjson.dumps(r["detail"]).decode()} for r in rows],
    schema={
        "seq": pl.Int64,
        "at": pl.String,
        "actor": pl.String,
        "action": pl.String,
        "target": pl.String,
        "detail": pl.String,
        "hash": pl.String,
    },
)
table(frame, key=f"audit_{offset}")
b1, b2, b3 = st.columns([1, 1, 3])
if b1.button("Newer", disabled=offset == 0):
    st.session_state["audit_offset"] = max(0, offset - PAGE)
    st.rerun()
if b2.button("Older", disabled=len(rows) < PAGE):
    st.session_state["audit_offset"] = offset + PAGE
    st.rerun()
if b3.button("Verify the hash chain", icon=":material/verified:"):
    report = verify_log(wh)
    if report.ok:
        st.success(f"The chain holds: {report.rows:,} rows, head {md_escape(report.head)}.")
        for reseal in report.reseals:
            (st.info if reseal.broken_at is None else st.warning)(md_escape(reseal.describe()))
        st.caption(
            "Keep this anchor outside the warehouse; `aisoc audit verify --anchor FILE` checks the log still reaches it."
        )
        st.code(orjson.dumps(anchor(report)).decode(), language="json")
    else:
        st.error(f"Broken at row {report.bad_seq}: {md_escape(report.problem)}")
