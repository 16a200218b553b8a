"""The ``aisoc playbook`` and ``aisoc case`` commands as the issue spells them: the contracts scripts use."""

from __future__ import annotations

import json

import pytest

from aisoc.analytics.cases.evidence import add_evidence
from aisoc.ingest.kernel.clocks import utcnow
from aisoc.ui.cli import main

from ..conftest import run_aisoc


@pytest.fixture
def aisoc(capfd):
    """``aisoc(*args)`` in-process: (exit code, stdout, stderr)."""

    def run(*args: str):
        code = main(list(args))
        out, err = capfd.readouterr()
        return code, out, err

    return run


@pytest.mark.slow
def test_playbook_list_validate_show_export(aisoc, tmp_path):
    code, out, _ = aisoc("playbook", "list", "--format", "jsonl")
    rows = [json.loads(line) for line in out.splitlines()]
    assert code == 0 and len(rows) >= 12
    assert all(set(row) >= {"id", "title", "applies_to"} for row in rows)
    assert {"pb-prompt-injection", "pb-pii-leak", "pb-rag-cross-tenant"} <= {row["id"] for row in rows}

    code, out, err = aisoc("playbook", "validate")
    assert code == 0 and "0 problem(s)" in out

    code, out, _ = aisoc("playbook", "show", "pb-prompt-injection")
    assert code == 0 and "block-actor" in out and "containment" in out
    code, out, _ = aisoc("playbook", "show", "pb-prompt-injection", "--format", "json")
    assert json.loads(out)["steps"][3]["options"][0]["answer"] == "no"

    code, out, _ = aisoc("playbook", "export", "pb-prompt-injection", "--format", "cacao")
    document = json.loads(out)
    assert code == 0 and document["type"] == "playbook" and document["spec_version"] == "cacao-2.0"
    assert document["id"].startswith("playbook--") and document["workflow_start"] in document["workflow"]

    broken = tmp_path / "pb-broken.yml"
    broken.write_text("id: pb-broken\ntitle: x\nsteps: []\nextra: 1\n", encoding="utf-8")
    code, out, _ = aisoc("playbook", "validate", str(broken))
    lines = [line for line in out.splitlines() if line.startswith(str(broken))]
    assert code == 1 and len(lines) >= 3
    assert any(line.startswith(f"{broken}:4: extra: unknown key") for line in lines), lines

    code, _, err = aisoc("playbook", "show", "pb-nope")
    assert code == 1 and err.strip().startswith("Error: no playbook 'pb-nope'") and len(err.strip().splitlines()) == 1


@pytest.mark.slow
def test_case_commands_end_to_end(aisoc, case_wh, tmp_path):
    wh = ["--warehouse", str(case_wh.root)]
    with case_wh.state() as con:
        alerts = [
            r[0]
            for r in con.execute(
                "SELECT id FROM alerts WHERE tenant = 'initech-pay' AND playbook = 'pb-system-prompt-leak' ORDER BY id"
            ).fetchall()
        ]
    code, out, _ = aisoc("case", "open", "--from-alert", alerts[0], "--from-alert", alerts[1], *wh)
    case_id = out.strip()
    assert code == 0 and case_id.startswith("CASE-")
    code, out, _ = aisoc("case", "open", "--from-alert", alerts[2], "--format", "json", *wh)
    second = json.loads(out)["id"]
    assert code == 0 and second != case_id

    code, out, _ = aisoc("case", "list", "--format", "jsonl", *wh)
    listed = {json.loads(line)["id"]: json.loads(line) for line in out.splitlines()}
    assert set(listed) == {case_id, second} and listed[case_id]["playbook"] == "pb-system-prompt-leak"

    code, _, err = aisoc("case", "assign", case_id, "rio", *wh)
    assert code == 0
    code, _, err = aisoc("case", "assign", case_id, "nobody", *wh)
    assert code == 1 and "no active user 'nobody'" in err

    code, _, err = aisoc("case", "step", case_id, "1", "--done", "--note", "read the leaked answer", *wh)
    assert code == 0 and "1/" in err
    code, out, _ = aisoc("case", "show", case_id, "--format", "json", *wh)
    shown = json.loads(out)
    assert shown["tasks"][0]["status"] == "done" and shown["tasks"][0]["note"] == "read the leaked answer"
    assert shown["status"] == "triage" and shown["assignee"] == "rio"
    code, out, _ = aisoc("case", "show", case_id, *wh)
    assert code == 0 and case_id in out and "Regulatory clocks" in out

    code, _, err = aisoc("case", "close", case_id, *wh)
    assert code == 1 and "has open steps" in err and len(err.strip().splitlines()) == 1
    code, _, err = aisoc(
        "case",
        "classify",
        case_id,
        "gdpr",
        "personal-data-breach",
        "--rationale",
        "the system prompt held customer names",
        *wh,
    )
    assert code == 0
    code, out, _ = aisoc("case", "clocks", case_id, "--format", "json", *wh)
    assert [c["regime"] for c in json.loads(out)] == ["gdpr"]
    code, _, err = aisoc(
        "case", "close", case_id, "--force", "contained by the vendor", "--lessons", "rotate prompts", *wh
    )
    assert code == 0 and "closed" in err

    for fmt in ("md", "html", "pdf"):
        target = tmp_path / f"report.{fmt}"
        code, _, err = aisoc("case", "report", case_id, "--format", fmt, "-o", str(target), *wh)
        assert code == 0 and target.stat().st_size > 500, err
    assert (tmp_path / "report.pdf").read_bytes().startswith(b"%PDF")
    assert case_id in (tmp_path / "report.md").read_text(encoding="utf-8")

    code, out, _ = aisoc("case", "metrics", "--format", "json", *wh)
    metrics = json.loads(out)
    assert metrics["cases"] == 2 and metrics["closed"] == 1 and metrics["mttr_s"] > 0

    code, out, _ = aisoc("audit", "verify", *wh)
    assert code == 0


def test_case_errors_are_one_line_and_scoped(case_wh):
    """A subprocess, as a script sees it: a tenant-scoped user cannot open a case on another
    tenant's alert, and the error is one line."""
    with case_wh.state() as con:
        other = con.execute("SELECT id FROM alerts WHERE tenant = 'initech-pay' LIMIT 1").fetchone()[0]
    result = run_aisoc("case", "open", "--from-alert", other, "--as", "rio", "--warehouse", str(case_wh.root))
    assert result.returncode == 1
    assert result.stderr.strip() == f"aisoc: error: alert {other} not found"


def test_case_evidence_writes_the_stored_bytes_unchanged(capfdbinary, case_wh, tmp_path):
    """``aisoc case evidence`` gives the content byte for byte on stdout and in ``-o``: bytes that
    are not UTF-8, a CRLF and no final newline come out as stored."""
    wh = ["--warehouse", str(case_wh.root)]
    with case_wh.state() as con:
        alert = con.execute("SELECT id FROM alerts ORDER BY id LIMIT 1").fetchall()[0][0]
    assert main(["case", "open", "--from-alert", alert, *wh]) == 0
    case_id = capfdbinary.readouterr().out.decode().strip()
    content = b"\x00\xff not text\r\n\xe2\x82 and no newline at the end"
    with case_wh.state() as con:
        seq, _ = add_evidence(
            con,
            case_id,
            kind="file",
            title="raw",
            content=content,
            added_by="test",
            added_at=utcnow(),
            media_type="application/octet-stream",
        )

    assert main(["case", "evidence", case_id, str(seq), *wh]) == 0
    assert capfdbinary.readouterr().out == content
    target = tmp_path / "evidence.bin"
    assert main(["case", "evidence", case_id, str(seq), "-o", str(target), *wh]) == 0
    assert target.read_bytes() == content
