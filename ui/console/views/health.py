"""Data health: ingest runs and their reconciliation, quarantined records, detector runs and lag."""

import streamlit as st

from aisoc.analytics.queries.health import detector_status, ingest_runs, quarantine_page
from aisoc.ui.console import session
from aisoc.ui.console.safe import table

PAGE = 50

who = session.require("view")
wh = session.warehouse()
st.title("Data health")

st.subheader("Detectors")
st.caption("Pending: stored event files and events a detector has not read yet (run `aisoc detect`).")
table(detector_status(wh, who), key="detectors")

st.subheader("Ingest runs")
st.caption("Every run reconciles: read = stored + duplicates + quarantined.")
table(ingest_runs(wh, who, limit=PAGE), key="runs")

st.subheader("Quarantine")
offset = st.session_state.get("quarantine_offset", 0)
unmask = who.can("unmask") and st.toggle("Unmask PII in excerpts (audit-logged)", key="quarantine_unmask")
rows, total = quarantine_page(wh, who, limit=PAGE, offset=offset, unmask=unmask)
shown = "PII shown, credentials redacted" if unmask else "PII masked, credentials redacted"
st.caption(f"{total:,} quarantined records (reason and PATH:LINE; excerpts: {shown})")
table(rows, key=f"quarantine_{offset}")
b1, b2, _ = st.columns([1, 1, 6])
if b1.button("Newer", disabled=offset == 0, key="q_newer"):
    st.session_state["quarantine_offset"] = max(0, offset - PAGE)
    st.rerun()
if b2.button("Older", disabled=offset + PAGE >= total, key="q_older"):
    st.session_state["quarantine_offset"] = offset + PAGE
    st.rerun()
