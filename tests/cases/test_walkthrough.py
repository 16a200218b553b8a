"""A case from alerts to a closed case and a PDF report, at fixed times: tasks from the playbook,
an enrichment query, a containment action sent to a local gateway, the regulatory decisions
and clocks, the evidence chain verified, MTTA / MTTR."""

from __future__ import annotations

import hashlib
from datetime import datetime, timedelta

import orjson
import pytest
from pypdf import PdfReader

from aisoc.analytics import cases
from aisoc.analytics.cases import CaseError
from aisoc.analytics.cases.report import write_report
from aisoc.analytics.delivery.signing import signature_valid
from aisoc.playbooks import load_library

from ..conftest import run_aisoc
from .conftest import principal

DETECTED = datetime(2026, 11, 2, 8, 0)
AWARE = datetime(2026, 11, 2, 8, 20)
SECRET = "walkthrough-signing-secret"


def at(minutes: float) -> datetime:
    return AWARE + timedelta(minutes=minutes)


@pytest.fixture
def library():
    return load_library()


def _injection_alerts(wh) -> list[str]:
    with wh.state() as con:
        con.execute("UPDATE alerts SET created_at = ?", [DETECTED])  # the detection run's time, fixed
        return [
            r[0]
            for r in con.execute(
                "SELECT id FROM alerts WHERE playbook = 'pb-prompt-injection' "
                "AND tenant = 'globex-insurance' ORDER BY first_seen, id"
            ).fetchall()
        ]


def test_from_alerts_to_a_closed_case_and_a_pdf_report(case_wh, library, receiver, monkeypatch, tmp_path):
    wh = case_wh
    monkeypatch.setenv("AISOC_ACTION_SECRET", SECRET)
    monkeypatch.setenv("AISOC_TEST_GATEWAY", receiver.url)
    (wh.root / "aisoc.toml").write_text(
        '[connectors.gateway]\nkind = "webhook"\nurl = "env:AISOC_TEST_GATEWAY"\n'
        'operations = ["block-user", "revoke-api-key"]\n',
        encoding="utf-8",
    )
    alerts = _injection_alerts(wh)
    assert len(alerts) >= 2
    gus = principal("gus")  # a responder of globex-insurance

    # Open from two alerts, merge a third later; the playbook's steps become the tasks.
    case_id = cases.open_case(wh, gus, alerts[:2], library, aware_at=AWARE, now=at(5))
    case = cases.get_case(wh, gus, case_id)
    playbook = library.get("pb-prompt-injection")
    assert case.playbook == playbook.id and case.status == "new" and case.tenants == ("globex-insurance",)
    assert [t.step_id for t in case.tasks] == [s.id for s in playbook.steps]
    assert case.detected_at == DETECTED and case.aware_at == AWARE
    assert [e.kind for e in case.evidence] == ["alert", "alert"]
    if len(alerts) > 2:
        assert cases.add_alerts(wh, gus, case_id, alerts[2:], now=at(6)) == len(alerts) - 2
    with pytest.raises(CaseError, match="already in open case"):
        cases.open_case(wh, gus, alerts[:1], library, now=at(7))

    cases.assign(wh, gus, case_id, "gus", now=at(10))
    cases.complete_step(wh, gus, case_id, 1, library, note="an override attempt typed by the user", now=at(12))

    # Enrichment: the actor's history, attached as evidence that hashes to what is stored.
    enrichment = cases.run_enrichment(wh, gus, case_id, 2, library, now=at(15))
    assert enrichment.rows > 0 and not enrichment.masked
    _, content = cases.evidence_content(wh, gus, case_id, enrichment.evidence_seq)
    assert hashlib.sha256(content).hexdigest() == enrichment.sha256
    result = orjson.loads(content)
    assert result["query"] == "actor-history" and len(result["rows"]) == enrichment.rows
    assert {row["tenant"] for row in result["rows"]} == {"globex-insurance"}
    cases.complete_step(wh, gus, case_id, 2, library, now=at(16))
    cases.complete_step(
        wh, gus, case_id, 3, library, skip=True, note="the gateway logs carry no session ids", now=at(17)
    )

    # Decisions: the model complied, personal data was disclosed (GDPR), and DORA applies.
    cases.complete_step(wh, gus, case_id, 4, library, answer="yes", now=at(30))
    cases.complete_step(wh, gus, case_id, 5, library, answer="yes", now=at(40))
    cases.classify(
        wh, gus, case_id, "dora", "major", rationale="the claims portal was unavailable", decided_at=at(60), now=at(65)
    )
    cases.classify(
        wh, gus, case_id, "ai-act", "not-applicable", rationale="no high-risk AI system involved", now=at(66)
    )
    case = cases.get_case(wh, gus, case_id)
    assert case.status == "containment"
    assert case.task(9).status == "skipped"  # the "attempt failed" branch was not taken
    assert {(d.subject, d.value) for d in case.decisions} >= {
        ("gdpr", "personal-data-breach"),
        ("dora", "major"),
        ("ai-act", "not-applicable"),
    }

    # The containment action: the gateway's actor ids are caller-written, so the responder picks the
    # target among every candidate; a dry run sends nothing, the real one reaches the gateway signed.
    with pytest.raises(CaseError, match="choose the actor_id"):
        cases.run_action(wh, gus, case_id, 6, library, now=at(69))
    (target,) = cases.action_targets(wh, gus, case_id, 6, library)
    chosen = {"actor_id": target.candidates[0].value}
    dry = cases.run_action(wh, gus, case_id, 6, library, overrides=chosen, now=at(70))
    assert dry.dry_run and receiver.requests == []
    assert receiver.url not in orjson.dumps(dry.request.preview()).decode()
    sent = cases.run_action(wh, gus, case_id, 6, library, execute_it=True, overrides=chosen, now=at(72))
    assert sent.outcome == "HTTP 200" and len(receiver.requests) == 1
    request = receiver.requests[0]
    body = orjson.loads(request["body"])
    assert (
        body["operation"] == "block-user"
        and body["case_id"] == case_id
        and body["params"]["actor_id"] == chosen["actor_id"]
    )
    assert signature_valid(SECRET.encode(), request["body"], request["headers"])
    for number in (6, 7, 8):
        cases.complete_step(wh, gus, case_id, number, library, now=at(80 + number))
    assert cases.get_case(wh, gus, case_id).status == "recovery"

    # Notifications: GDPR on time, DORA's initial report late.
    cases.record_notification(
        wh, gus, case_id, "gdpr", "initial", reference="DPA-2026-4411", filed_at=at(60 * 50), now=at(60 * 50 + 5)
    )
    cases.record_notification(
        wh, gus, case_id, "dora", "initial", reference="DORA-INC-77", filed_at=at(60 * 5 + 30), now=at(60 * 50 + 6)
    )
    clocks = {(c.regime, c.stage): c for c in cases.case_clocks(cases.get_case(wh, gus, case_id), now=at(60 * 51))}
    assert set(clocks) == {("gdpr", "initial"), ("dora", "initial"), ("dora", "intermediate"), ("dora", "final")}
    assert clocks[("gdpr", "initial")].due_at == AWARE + timedelta(hours=72)
    assert clocks[("gdpr", "initial")].status == "met"
    assert clocks[("dora", "initial")].due_at == at(60) + timedelta(hours=4)
    assert clocks[("dora", "initial")].status == "late"  # due 4 h after the classification, filed 30 min after that
    assert clocks[("dora", "intermediate")].due_at == at(60 * 5 + 30) + timedelta(hours=72)
    assert clocks[("dora", "intermediate")].status == "open"

    cases.close_case(
        wh,
        gus,
        case_id,
        summary="Prompt injection led to disclosure; user blocked.",
        lessons="Tool permissions were broader than needed.",
        now=at(60 * 52),
    )
    case = cases.get_case(wh, gus, case_id)
    assert case.status == "closed"
    assert cases.time_to_acknowledge(case) == at(10) - DETECTED  # the assignment was the first move
    assert cases.time_to_resolve(case) == at(60 * 52) - DETECTED
    metrics = cases.case_metrics(wh, gus)
    assert (metrics.cases, metrics.closed, metrics.mtta, metrics.mttr) == (
        1,
        1,
        at(10) - DETECTED,
        at(60 * 52) - DETECTED,
    )

    # The evidence chain holds: alerts, the query, the note-free action record.
    chain = cases.verify_case_evidence(wh, gus, case_id)
    assert chain.ok and chain.entries == len(case.evidence) >= 4
    assert {e.kind for e in case.evidence} >= {"alert", "query", "action"}

    # The PDF report carries the facts an auditor needs.
    data = cases.build_report(wh, gus, case_id, library, fmt="pdf", now=at(60 * 53))
    path = write_report(data, "pdf", tmp_path / "report.pdf")
    text = " ".join(page.extract_text() for page in PdfReader(str(path)).pages)
    flat = "".join(text.split())
    assert case_id in text
    assert "DPA-2026-4411" in flat  # the notification's reference, on the timeline
    for entry in case.evidence:
        assert entry.sha256 in flat, entry.seq
    for clock in clocks.values():  # cells wrap, so compare without white space
        assert clock.due_at.strftime("%Y-%m-%d%H:%M") in flat, clock
    assert "Lessons" in text and "Tool permissions were broader than needed." in " ".join(text.split())
    assert data.evidence_chain_ok and data.time_to_resolve == at(60 * 52) - DETECTED


def test_tampered_evidence_is_found(case_wh, library, tmp_path):
    wh = case_wh
    alerts = _injection_alerts(wh)
    admin = principal("admin")
    case_id = cases.open_case(wh, admin, alerts[:2], library, now=at(0))
    cases.add_note(wh, admin, case_id, "first look: looks real", now=at(1))
    cases.add_note(wh, admin, case_id, "second note", now=at(2))
    assert cases.verify_case_evidence(wh, admin, case_id).ok
    assert run_aisoc("case", "verify", case_id, "--warehouse", str(wh.root)).returncode == 0
    with wh.state() as con:
        con.execute(
            "UPDATE case_evidence SET content = ? WHERE case_id = ? AND seq = 3",
            [b"first look: a false alarm", case_id],
        )
    report = cases.verify_case_evidence(wh, admin, case_id)
    assert not report.ok and report.bad_seq == 3 and "content" in report.problem
    with wh.state() as con:
        con.execute(
            "UPDATE case_evidence SET content = ? WHERE case_id = ? AND seq = 3", [b"first look: looks real", case_id]
        )
        con.execute("UPDATE case_evidence SET added_by = 'someone else' WHERE case_id = ? AND seq = 4", [case_id])
    report = cases.verify_case_evidence(wh, admin, case_id)
    assert not report.ok and report.bad_seq == 4
    with wh.state() as con:
        con.execute("DELETE FROM case_evidence WHERE case_id = ? AND seq = 2", [case_id])
    assert cases.verify_case_evidence(wh, admin, case_id).bad_seq == 3
    cli = run_aisoc("case", "verify", case_id, "--warehouse", str(wh.root))
    assert cli.returncode == 1 and "broken at entry 3" in cli.stdout
