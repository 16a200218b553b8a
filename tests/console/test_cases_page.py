"""The Cases page and opening a case from the console, under AppTest: a responder works the
playbook's steps and clocks; other tenants and read-only roles cannot."""

from __future__ import annotations

import pytest

from aisoc.analytics import cases
from aisoc.playbooks import load_library

from .conftest import PAYLOAD_ACTOR, PAYLOADS, principal


def _texts(at, kind: str) -> list[str]:
    return [str(e.value) for e in getattr(at, kind)]


def _frame(at, column: str):
    """The first data grid on the page with ``column``."""
    return next(d.value for d in at.dataframe if column in d.value.columns)


def _payload_alert(wh) -> str:
    with wh.state() as con:
        return con.execute(
            "SELECT id FROM alerts WHERE entity LIKE ? AND detector = 'sigma' ORDER BY count DESC, id LIMIT 1",
            [f"%{PAYLOAD_ACTOR}%"],
        ).fetchone()[0]


def _open_case_page(app, user: str, case_id: str):
    at = app(user, "views/cases.py")
    at.text_input(key="case_input").input(case_id).run()
    assert not at.exception, at.exception
    return at


@pytest.mark.slow
def test_a_responder_opens_a_case_from_the_alert_page(app, console_wh):
    alert_id = _payload_alert(console_wh)
    at = app("rio", "views/alert.py")
    at.text_input(key="detail_id").input(alert_id).run()
    next(b for b in at.button if b.label == "Open a case from this alert").click().run()
    assert not at.exception, at.exception
    with console_wh.state() as con:
        opened = con.execute("SELECT case_id FROM case_alerts WHERE alert_id = ?", [alert_id]).fetchall()
        logged = con.execute("SELECT actor FROM audit_log WHERE action = 'case.open'").fetchall()
    assert len(opened) == 1 and logged == [("rio",)]
    assert _texts(at, "title") == ["Cases"]
    # back on the alert page, the alert now names its case
    again = app("rio", "views/alert.py")
    again.text_input(key="detail_id").input(alert_id).run()
    assert any(f"In case {opened[0][0]}" in t for t in _texts(again, "text"))


@pytest.mark.slow
def test_a_responder_works_steps_decisions_and_clocks(app, console_wh):
    alert_id = _payload_alert(console_wh)
    case_id = cases.open_case(
        console_wh, principal("rio"), [alert_id], load_library(), playbook_id="pb-prompt-injection"
    )
    at = _open_case_page(app, "rio", case_id)
    assert case_id in at.dataframe[0].value["id"].to_list()
    assert any("No clock runs" in c for c in _texts(at, "caption"))

    at.text_input(key=f"note_{case_id}_1").input("confirmed by reading the prompt")
    at.button(key=f"done_{case_id}_1").click().run()
    at.button(key=f"run_{case_id}_2").click().run()
    at.radio(key=f"answer_{case_id}_4").set_value("yes")
    at.button(key=f"done_{case_id}_4").click().run()
    at.radio(key=f"answer_{case_id}_5").set_value("yes")
    at.button(key=f"done_{case_id}_5").click().run()
    assert not at.exception, at.exception
    case = cases.get_case(console_wh, principal("rio"), case_id)
    assert [t.status for t in case.tasks][:5] == ["done", "open", "open", "done", "done"]
    assert case.task(1).note == "confirmed by reading the prompt"
    assert "query" in {e.kind for e in case.evidence}
    assert case.status == "containment"
    # the GDPR decision the answer carried starts its clock, shown on the page
    clocks = _frame(at, "regime")
    assert clocks["regime"].to_list() == ["gdpr"] and clocks["status"].to_list() == ["open"]

    at.button[[b.label for b in at.button].index("Verify the evidence chain")].click().run()
    assert any("evidence chain intact" in s for s in _texts(at, "success"))
    at.radio(key="report_fmt").set_value("pdf")
    at.button[[b.label for b in at.button].index("Prepare the report (logged)")].click().run()
    assert not at.exception, at.exception
    assert at.session_state["report"][2].startswith(b"%PDF")
    with console_wh.state() as con:
        actions = [
            r[0] for r in con.execute("SELECT action FROM audit_log WHERE actor = 'rio' ORDER BY seq").fetchall()
        ]
    assert actions[:2] == ["case.open", "case.step.done"] and "case.enrich" in actions and actions[-1] == "case.report"


def test_case_text_is_shown_literally(app, console_wh):
    alert_id = _payload_alert(console_wh)
    rio = principal("rio")
    case_id = cases.open_case(console_wh, rio, [alert_id], load_library())
    cases.add_note(console_wh, rio, case_id, PAYLOADS["script"] + " " + PAYLOADS["md_image"])
    at = _open_case_page(app, "rio", case_id)
    timeline = _frame(at, "what")
    assert any(PAYLOADS["script"] in text for text in timeline["what"].to_list())
    rendered = "\n".join(
        _texts(at, "markdown")
        + _texts(at, "caption")
        + _texts(at, "subheader")
        + _texts(at, "error")
        + _texts(at, "success")
    )
    for needle in ("<script", "![tracking]", "evil.example"):
        assert needle not in rendered


def test_other_tenants_and_viewers(app, console_wh):
    alert_id = _payload_alert(console_wh)  # an acme-bank alert
    case_id = cases.open_case(console_wh, principal("rio"), [alert_id], load_library())
    gil = _open_case_page(app, "gil", case_id)  # an analyst of globex-insurance
    assert any("not found" in e for e in _texts(gil, "error"))
    assert not gil.dataframe or case_id not in gil.dataframe[0].value["id"].to_list()
    vic = _open_case_page(app, "vic", case_id)  # a viewer of acme-bank: reads, cannot act
    assert case_id in vic.dataframe[0].value["id"].to_list()
    assert not [b for b in vic.button if b.key and b.key.startswith("done_")]
    assert not vic.get("form")
