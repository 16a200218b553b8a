"""Hunt: read-only SQL over your events and alerts, saved searches, and Sigma drafts from a query."""

from datetime import date

import streamlit as st

from aisoc.analytics.huntsql import (
    DraftError,
    HuntQueryError,
    delete_search,
    run_query,
    save_search,
    saved_searches,
    sigma_draft,
)
from aisoc.analytics.queries.export import export_csv
from aisoc.ui.console import session
from aisoc.ui.console.safe import md_escape, table, text_block

EXAMPLE = (
    "SELECT actor_id, count(*) AS prompts, sum(tokens_in + tokens_out) AS tokens\n"
    "FROM events\nWHERE event_kind = 'llm.chat'\nGROUP BY actor_id\nORDER BY tokens DESC\nLIMIT 20"
)

who = session.require("hunt")
wh = session.warehouse()
st.title("Hunt")
st.caption(
    "One SELECT over the tables `events` and `alerts`, limited to your tenants "
    f"({md_escape(who.describe_tenants())}). Files, network, writes and settings are refused."
    + (
        ""
        if who.can("unmask")
        else " PII and secrets are masked in the tables themselves: "
        "to filter on a masked value, copy its token from a result."
    )
)
session.show_flash()

saved = saved_searches(wh, who)
names = saved.get_column("name").to_list()
if names:
    pick = st.selectbox("Saved searches", ["(new query)", *names], key="hunt_pick")
    if pick != "(new query)" and st.session_state.get("hunt_loaded") != pick:
        st.session_state["hunt_sql"] = saved.filter(saved["name"] == pick)["sql"][0]
        st.session_state["hunt_loaded"] = pick
st.session_state.setdefault("hunt_sql", EXAMPLE)
sql = st.text_area("SQL", key="hunt_sql", height=180)
c1, c2, c3 = st.columns([1, 1, 4])
limit = c3.number_input("Row limit", min_value=1, max_value=10_000, value=1000, step=100)
run = c1.button("Run", type="primary", icon=":material/play_arrow:")
draft = c2.button("Sigma draft", icon=":material/description:")

if run:
    try:
        st.session_state["hunt_result"] = run_query(wh, who, sql, limit=int(limit))
    except HuntQueryError as exc:
        st.session_state.pop("hunt_result", None)
        st.error(f"Query refused or failed: {md_escape(exc)}")
result = st.session_state.get("hunt_result")
if result is not None:
    st.caption(
        f"{result.rows.height:,} rows in {result.seconds:.2f} s"
        + (" (row limit reached)" if result.truncated else "")
        + (" · PII and secrets masked" if result.masked else "")
    )
    table(result.rows, key="hunt_rows")
    if who.can("export"):
        rows = result.rows  # bound here: the lambda runs when the file is downloaded
        st.download_button(
            "Export CSV",
            data=lambda: export_csv(wh, who, rows, "hunt result"),
            file_name="hunt.csv",
            mime="text/csv",
            on_click="ignore",
        )

if draft:
    try:
        made = sigma_draft(sql, author=who.name, today=date.today())
    except DraftError as exc:
        st.error(f"No draft: {md_escape(exc)}")
    else:
        st.caption("A starting point: give it tags, a playbook and samples, then `aisoc rules lint --conventions`.")
        text_block(made.yaml)
        for note in made.untranslated:
            st.warning(f"Not translated: {md_escape(note)}")

with st.expander("Save this query"):
    name = st.text_input("Name", key="hunt_name")
    s1, s2 = st.columns(2)
    if s1.button("Save"):
        try:
            save_search(wh, who, name, sql)
        except (ValueError, HuntQueryError) as exc:
            st.error(md_escape(exc))
        else:
            session.flash("Saved.")
            st.rerun()
    if names and s2.button(
        "Delete the selected saved search", disabled=st.session_state.get("hunt_pick") in (None, "(new query)")
    ):
        delete_search(wh, who, st.session_state["hunt_pick"])
        session.flash("Deleted.")
        st.rerun()
