"""Overview: alerts over time by severity, by tactic and by tenant; top entities by risk; ingest freshness."""

from datetime import timedelta

import altair as alt
import streamlit as st

from aisoc.analytics.alerting import SEVERITIES
from aisoc.analytics.queries import overview
from aisoc.ingest.kernel.clocks import utcnow
from aisoc.ui.console import session
from aisoc.ui.console.safe import table

WINDOWS = {
    "24 hours": timedelta(hours=24),
    "7 days": timedelta(days=7),
    "30 days": timedelta(days=30),
    "90 days": timedelta(days=90),
    "all time": None,
}
SEVERITY_COLOURS = ["#9e9e9e", "#4e79a7", "#f2b701", "#e8590c", "#c92a2a"]

who = session.require("view")
wh = session.warehouse()
st.title("Overview")
window = st.segmented_control("Alerts seen in the last", list(WINDOWS), default="all time", key="overview_window")
span = WINDOWS.get(window or "all time")
since = utcnow() - span if span else None

by_day = overview.alerts_over_time(wh, who, since=since)
by_tag = overview.alerts_by_tag(wh, who, since=since)
by_tenant = overview.alerts_by_tenant(wh, who, since=since)

totals = {s: 0 for s in SEVERITIES}
for row in by_day.iter_rows(named=True):
    totals[row["severity"]] = totals.get(row["severity"], 0) + row["alerts"]
columns = st.columns(len(SEVERITIES))
for column, severity in zip(columns, reversed(SEVERITIES)):
    column.metric(severity.capitalize(), f"{totals.get(severity, 0):,}")

severity_scale = alt.Scale(domain=list(SEVERITIES), range=SEVERITY_COLOURS)
left, right = st.columns(2)
with left:
    st.subheader("Alerts per day")
    if by_day.height:
        st.altair_chart(
            alt.Chart(by_day.to_pandas())
            .mark_bar()
            .encode(
                x=alt.X("day:T", title=None),
                y=alt.Y("alerts:Q", title="alerts"),
                color=alt.Color("severity:N", scale=severity_scale, sort=list(SEVERITIES)),
                tooltip=["day:T", "severity:N", "alerts:Q"],
            ),
            width="stretch",
        )
    else:
        st.info("No alerts in this window.")
with right:
    st.subheader("By tactic (OWASP LLM, ATLAS, ATT&CK)")
    if by_tag.height:
        st.altair_chart(
            alt.Chart(by_tag.to_pandas())
            .mark_bar()
            .encode(
                y=alt.Y("tag:N", sort="-x", title=None),
                x=alt.X("sum(alerts):Q", title="alerts"),
                color=alt.Color("severity:N", scale=severity_scale, sort=list(SEVERITIES)),
                tooltip=["tag:N", "severity:N", "alerts:Q"],
            ),
            width="stretch",
        )
    else:
        st.info("No tagged alerts in this window.")

left, right = st.columns(2)
with left:
    st.subheader("By tenant")
    if by_tenant.height:
        st.altair_chart(
            alt.Chart(by_tenant.to_pandas())
            .mark_bar()
            .encode(
                y=alt.Y("tenant:N", title=None),
                x=alt.X("alerts:Q"),
                color=alt.Color("status:N"),
                tooltip=["tenant:N", "status:N", "alerts:Q"],
            ),
            width="stretch",
        )
    else:
        st.info("No alerts in this window.")
with right:
    st.subheader("Top entities by risk")
    table(overview.top_entities(wh, who), key="top_entities")

st.subheader("Ingest freshness")
table(overview.freshness(wh, who), key="freshness")
