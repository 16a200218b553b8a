"""Rules: the catalogue with hits and triage-measured precision; switch rules off and on; test a rule
on a pasted event."""

import streamlit as st

from aisoc.analytics.queries.rulebook import RuleTestError, rule_catalogue, set_rule_enabled, test_rule
from aisoc.ui.console import session
from aisoc.ui.console.safe import md_escape, table

who = session.require("view")
wh = session.warehouse()
st.title("Rules")
session.show_flash()

catalogue = rule_catalogue(wh, who)
detectors = sorted(set(catalogue.get_column("detector").to_list()))
chosen = st.multiselect("Detector", detectors, key="rules_detector")
shown = catalogue.filter(catalogue["detector"].is_in(chosen)) if chosen else catalogue
st.caption(f"{shown.height} rules · precision = true positives / (true + false positives) among triaged alerts")
table(
    shown.select(
        "enabled",
        "rule_id",
        "detector",
        "title",
        "level",
        "alerts",
        "hits",
        "precision",
        "true_positives",
        "false_positives",
        "last_hit",
        "tags",
        "playbook",
        "file",
    ),
    key="rules_table",
)

ids = shown.get_column("rule_id").to_list()
titles = dict(zip(ids, shown.get_column("title").to_list()))
rule_id = st.selectbox("Rule", ids, format_func=lambda r: f"{r} — {titles[r]}", key="rules_pick") if ids else None

if rule_id and who.can("rules.manage"):
    enabled = bool(shown.filter(shown["rule_id"] == rule_id)["enabled"][0])
    reason = st.text_input("Why (kept in the audit log)", key="rules_reason")
    if st.button("Disable this rule" if enabled else "Enable this rule"):
        set_rule_enabled(wh, who, rule_id, not enabled, reason)
        session.flash(
            ("Enabled " if not enabled else "Disabled ")
            + md_escape(rule_id)
            + ": detection runs "
            + ("raise" if not enabled else "no longer raise")
            + " its alerts."
        )
        st.rerun()

sigma_ids = set(catalogue.filter(catalogue["detector"] == "sigma").get_column("rule_id").to_list())
if rule_id is not None and rule_id in sigma_ids and who.can("hunt"):
    st.subheader("Test this rule on an event")
    pasted = st.text_area(
        "Event (JSON object of event fields)",
        key="rules_event",
        height=140,
        placeholder='{"event_kind": "llm.chat", "prompt": "…"}',
    )
    if st.button("Test"):
        try:
            outcome = test_rule(who, rule_id, pasted)
        except RuleTestError as exc:
            st.error(md_escape(exc))
        else:
            (st.success if outcome["matched"] else st.info)(
                ("Matched." if outcome["matched"] else "No match.")
                + (
                    f" Fields filled from the rule's log source: {md_escape(', '.join(outcome['filled']))}."
                    if outcome["filled"]
                    else ""
                )
            )
