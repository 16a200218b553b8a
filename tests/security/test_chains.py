"""Finding 7: the audit log and the case evidence chains resist a cut tail, a rewrite with
recomputed hashes, and the CLI records who really ran it.

Every test works on a real state database; tampering is done the way an attacker with write
access to the warehouse would do it: plain SQL, and plain SHA-256 recomputed over the rows.
"""

from __future__ import annotations

import hashlib
import json
import os
import pwd
from datetime import datetime, timedelta

import orjson
import pytest

from aisoc.analytics.access import append, verify
from aisoc.analytics.cases.evidence import add_evidence, verify_evidence
from aisoc.ingest import Warehouse
from aisoc.ingest.kernel.secretkey import SecretKeyError

from ..conftest import run_aisoc

T0 = datetime(2026, 3, 1, 9, 0, 0)
GENESIS = "0" * 64


@pytest.fixture
def wh(tmp_path) -> Warehouse:
    return Warehouse(tmp_path / "wh").create()


def _fill_audit(wh: Warehouse, rows: int) -> None:
    with wh.state() as con:
        for i in range(rows):
            append(con, "ana", "alert.close", f"al-{i}", {"verdict": "false_positive"}, at=T0 + timedelta(seconds=i))


# --- what an attacker (or the code before keyed chains) computes: plain SHA-256 ------------------------


def _plain_audit_hash(seq, at, actor, action, target, detail, prev) -> str:
    return hashlib.sha256(orjson.dumps([seq, at.isoformat(), actor, action, target, detail, prev])).hexdigest()


def _rechain_audit_plainly(con, start: int) -> None:
    """Recompute every hash from row ``start`` on with plain SHA-256, as the old code did."""
    prev = con.execute("SELECT hash FROM audit_log WHERE seq = ?", [start - 1]).fetchone()
    prev = prev[0] if prev else GENESIS
    rows = con.execute(
        "SELECT seq, logged_at, actor, action, target, detail FROM audit_log WHERE seq >= ? ORDER BY seq", [start]
    ).fetchall()
    for seq, at, actor, action, target, detail in rows:
        digest = _plain_audit_hash(seq, at, actor, action, target, detail, prev)
        con.execute("UPDATE audit_log SET prev_hash = ?, hash = ? WHERE seq = ?", [prev, digest, seq])
        prev = digest


def _plain_evidence_hash(case_id, seq, at, by, kind, title, media_type, sha256, prev) -> str:
    body = orjson.dumps([case_id, seq, at.isoformat(), by, kind, title, media_type, sha256, prev])
    return hashlib.sha256(body).hexdigest()


def _rechain_evidence_plainly(con, case_id: str, start: int) -> None:
    prev = con.execute(
        "SELECT chain_hash FROM case_evidence WHERE case_id = ? AND seq = ?", [case_id, start - 1]
    ).fetchone()
    prev = prev[0] if prev else GENESIS
    rows = con.execute(
        "SELECT seq, added_at, added_by, kind, title, media_type, content FROM case_evidence "
        "WHERE case_id = ? AND seq >= ? ORDER BY seq",
        [case_id, start],
    ).fetchall()
    for seq, at, by, kind, title, media_type, content in rows:
        digest = hashlib.sha256(bytes(content)).hexdigest()
        chain = _plain_evidence_hash(case_id, seq, at, by, kind, title, media_type, digest, prev)
        con.execute(
            "UPDATE case_evidence SET sha256 = ?, prev_hash = ?, chain_hash = ? WHERE case_id = ? AND seq = ?",
            [digest, prev, chain, case_id, seq],
        )
        prev = chain


# --- the audit log ----------------------------------------------------------------------------------------


def test_a_cut_tail_is_caught_by_the_anchor(wh, tmp_path):
    _fill_audit(wh, 60)
    anchored = run_aisoc("audit", "anchor", "--warehouse", str(wh.root))
    assert anchored.returncode == 0, anchored.stderr
    anchor = json.loads(anchored.stdout)
    assert anchor["seq"] == 60 and len(anchor["hash"]) == 64 and len(anchored.stdout.strip().splitlines()) == 1
    (tmp_path / "anchor.json").write_text(anchored.stdout)

    with wh.state() as con:
        con.execute("DELETE FROM audit_log WHERE seq > 50")
    plain = run_aisoc("audit", "verify", "--warehouse", str(wh.root))
    assert plain.returncode == 0 and "50 rows" in plain.stdout  # a cut tail alone looks whole...
    checked = run_aisoc("audit", "verify", "--anchor", str(tmp_path / "anchor.json"), "--warehouse", str(wh.root))
    assert checked.returncode == 1  # ...but not next to the head kept elsewhere
    assert "row 60" in checked.stderr and len(checked.stderr.strip().splitlines()) == 1


def test_the_anchor_holds_while_the_log_grows(wh, tmp_path):
    _fill_audit(wh, 5)
    (tmp_path / "anchors.jsonl").write_text(run_aisoc("audit", "anchor", "--warehouse", str(wh.root)).stdout)
    _fill_audit(wh, 3)
    with (tmp_path / "anchors.jsonl").open("a") as handle:  # anchors kept over time, one a line
        handle.write(run_aisoc("audit", "anchor", "--warehouse", str(wh.root)).stdout)
    checked = run_aisoc("audit", "verify", "--anchor", str(tmp_path / "anchors.jsonl"), "--warehouse", str(wh.root))
    assert checked.returncode == 0, checked.stderr
    assert "8 rows" in checked.stdout and "2 anchors" in checked.stdout


def test_an_anchor_whose_row_was_replaced_fails(wh, tmp_path):
    _fill_audit(wh, 5)
    (tmp_path / "a.json").write_text(json.dumps({"seq": 3, "hash": "f" * 64}))
    checked = run_aisoc("audit", "verify", "--anchor", str(tmp_path / "a.json"), "--warehouse", str(wh.root))
    assert checked.returncode == 1 and "row 3" in checked.stderr
    (tmp_path / "bad.json").write_text("not json\n")
    bad = run_aisoc("audit", "verify", "--anchor", str(tmp_path / "bad.json"), "--warehouse", str(wh.root))
    assert bad.returncode != 0 and "anchor" in bad.stderr and len(bad.stderr.strip().splitlines()) == 1


def test_a_row_rewritten_with_recomputed_sha256_is_caught(wh):
    _fill_audit(wh, 8)
    with wh.state() as con:
        con.execute('UPDATE audit_log SET detail = \'{"verdict":"true_positive"}\' WHERE seq = 3')
        _rechain_audit_plainly(con, 3)
    with wh.state() as con:
        report = verify(con)
    assert not report.ok and report.bad_seq == 3
    cli = run_aisoc("audit", "verify", "--warehouse", str(wh.root))
    assert cli.returncode == 1 and "row 3" in cli.stderr


def test_a_wholly_rewritten_keyed_log_is_not_taken_for_an_old_one(wh):
    """Row 1 keyed, the rest rewritten plainly: that is tampering, never a log to re-seal."""
    _fill_audit(wh, 6)
    with wh.state() as con:
        con.execute("UPDATE audit_log SET actor = 'mallory' WHERE seq = 2")
        _rechain_audit_plainly(con, 2)
    _fill_audit(wh, 1)  # a later write must not bless the rewrite
    from aisoc.analytics.access.audit import seal_legacy_audit

    with wh.state() as con:
        assert seal_legacy_audit(con) is None
        report = verify(con)
        assert con.execute("SELECT count(*) FROM audit_log WHERE action = 'audit.reseal'").fetchone()[0] == 0
    assert not report.ok and report.bad_seq == 2


def test_a_keyed_log_with_both_ends_rewritten_is_not_taken_for_an_old_one(wh):
    """First and last rows rewritten plainly, keyed rows left between: still tampering, no re-seal."""
    _fill_audit(wh, 6)
    with wh.state() as con:
        keyed_middle = con.execute("SELECT seq, prev_hash, hash FROM audit_log WHERE seq IN (3, 4)").fetchall()
        con.execute("UPDATE audit_log SET actor = 'mallory' WHERE seq = 1")
        _rechain_audit_plainly(con, 1)
        for seq, prev, digest in keyed_middle:  # two rows the attacker left as they were
            con.execute("UPDATE audit_log SET prev_hash = ?, hash = ? WHERE seq = ?", [prev, digest, seq])
    _fill_audit(wh, 1)
    with wh.state() as con:
        assert con.execute("SELECT count(*) FROM audit_log WHERE action = 'audit.reseal'").fetchone()[0] == 0
        assert not verify(con).ok


# --- migration of a log written before the keyed chain -------------------------------------------------


def _write_old_audit_log(wh: Warehouse, rows: int) -> str:
    """An audit log exactly as the code before keyed chains wrote it; returns its head."""
    prev = GENESIS
    with wh.state() as con:
        for seq in range(1, rows + 1):
            at, detail = T0 + timedelta(minutes=seq), orjson.dumps({"n": seq}).decode()
            digest = _plain_audit_hash(seq, at, "ana", "alert.close", f"al-{seq}", detail, prev)
            con.execute(
                "INSERT INTO audit_log VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                [seq, at, "ana", "alert.close", f"al-{seq}", detail, prev, digest],
            )
            prev = digest
    return prev


def test_an_old_unkeyed_log_is_resealed_once_and_says_so(wh):
    old_head = _write_old_audit_log(wh, 4)
    cli = run_aisoc("audit", "verify", "--warehouse", str(wh.root))
    assert cli.returncode == 0, cli.stderr
    assert "5 rows" in cli.stdout and "re-sealed" not in cli.stdout  # stdout is the result; notes go to stderr
    assert "note:" in cli.stderr and "re-sealed" in cli.stderr and "verified" in cli.stderr
    with wh.state() as con:
        seal = con.execute("SELECT seq, actor, detail FROM audit_log WHERE action = 'audit.reseal'").fetchall()
        assert len(seal) == 1 and seal[0][:2] == (5, "aisoc")
        assert orjson.loads(seal[0][2]) == {"rows": 4, "old_chain": "verified", "old_head": old_head}
        assert con.execute("SELECT hash FROM audit_log WHERE seq = 4").fetchone()[0] != old_head  # now keyed
        append(con, "ana", "alert.close", "al-9")
        from aisoc.analytics.access.audit import seal_legacy_audit

        assert verify(con).ok and verify(con).rows == 6
        assert seal_legacy_audit(con) is None  # once only
    # After the re-seal, a plain rewrite is caught like any other.
    with wh.state() as con:
        con.execute("UPDATE audit_log SET actor = 'mallory' WHERE seq = 2")
        _rechain_audit_plainly(con, 2)
        assert verify(con).bad_seq == 2


def test_an_old_log_that_was_already_broken_keeps_the_record(wh):
    _write_old_audit_log(wh, 5)
    with wh.state() as con:
        con.execute("UPDATE audit_log SET actor = 'mallory' WHERE seq = 3")  # tampered before the upgrade
    with wh.state() as con:
        append(con, "ana", "sign_in")  # the first write after the upgrade re-seals
    with wh.state() as con:
        detail = orjson.loads(con.execute("SELECT detail FROM audit_log WHERE action = 'audit.reseal'").fetchone()[0])
        report = verify(con)
    assert detail["old_chain"] == "broken" and detail["broken_at"] == 3 and detail["rows"] == 5
    assert report.ok and report.rows == 7
    assert any("broken at row 3" in note for note in report.notes)
    cli = run_aisoc("audit", "verify", "--warehouse", str(wh.root))
    assert cli.returncode == 0 and "aisoc: warning:" in cli.stderr and "broken at row 3" in cli.stderr


# --- the CLI actor ----------------------------------------------------------------------------------------


def test_the_cli_records_the_os_user_not_a_fixed_name(tmp_path):
    root, me = tmp_path / "wh", pwd.getpwuid(os.getuid()).pw_name
    spoofed = {"USER": "mallory", "LOGNAME": "mallory", "AISOC_ACTOR": "alice"}
    added = run_aisoc(
        "user",
        "add",
        "gil",
        "--role",
        "viewer",
        "--tenant",
        "acme",
        "--oidc-only",
        "--warehouse",
        str(root),
        env=spoofed,
    )
    assert added.returncode == 0, added.stderr
    with Warehouse(root).state() as con:
        actors = [r[0] for r in con.execute("SELECT actor FROM audit_log WHERE action = 'user.add'").fetchall()]
    assert actors == [f"cli:{me}:alice"]  # the label rides along; it never replaces who ran it


# --- case evidence ----------------------------------------------------------------------------------------

CASE = "CASE-0001"


def _case_with_evidence(wh: Warehouse, entries: int) -> None:
    with wh.state() as con:
        con.execute(
            "INSERT INTO cases VALUES (?, 'test case', 'high', 'new', '[\"acme\"]', NULL, NULL, NULL, '', '', "
            "'ana', ?, ?, ?, NULL, NULL, ?)",
            [CASE, T0, T0, T0, T0],
        )
        for i in range(entries):
            add_evidence(
                con,
                CASE,
                kind="note",
                title=f"note {i}",
                content=f"note body {i}".encode(),
                added_by="ana",
                added_at=T0 + timedelta(minutes=i),
                media_type="text/plain",
            )


def test_a_cut_evidence_tail_is_caught_by_the_case_anchor(wh, tmp_path):
    _case_with_evidence(wh, 6)
    anchored = run_aisoc("case", "anchor", CASE, "--warehouse", str(wh.root))
    assert anchored.returncode == 0, anchored.stderr
    assert json.loads(anchored.stdout) == {"case": CASE, "seq": 6, "hash": json.loads(anchored.stdout)["hash"]}
    (tmp_path / "case.json").write_text(anchored.stdout)
    with wh.state() as con:
        con.execute("DELETE FROM case_evidence WHERE case_id = ? AND seq > 4", [CASE])
    plain = run_aisoc("case", "verify", CASE, "--warehouse", str(wh.root))
    assert plain.returncode == 0 and "intact, 4 entries" in plain.stdout
    checked = run_aisoc("case", "verify", CASE, "--anchor", str(tmp_path / "case.json"), "--warehouse", str(wh.root))
    assert checked.returncode == 1 and "entry 6" in checked.stdout + checked.stderr


def test_evidence_rewritten_with_recomputed_sha256_is_caught(wh):
    _case_with_evidence(wh, 5)
    with wh.state() as con:
        con.execute("UPDATE case_evidence SET content = ? WHERE case_id = ? AND seq = 2", [b"a false alarm", CASE])
        _rechain_evidence_plainly(con, CASE, 2)
        report = verify_evidence(con, CASE)
    assert not report.ok and report.bad_seq == 2
    cli = run_aisoc("case", "verify", CASE, "--warehouse", str(wh.root))
    assert cli.returncode == 1 and "broken at entry 2" in cli.stdout


def _old_evidence(con, entries: int) -> str:
    """``entries`` notes chained with plain SHA-256, as releases before the key wrote them; returns the head."""
    prev = GENESIS
    for seq in range(1, entries + 1):
        content, at = f"old {seq}".encode(), T0 + timedelta(minutes=seq)
        digest = hashlib.sha256(content).hexdigest()
        chain = _plain_evidence_hash(CASE, seq, at, "ana", "note", f"old {seq}", "text/plain", digest, prev)
        con.execute(
            "INSERT INTO case_evidence VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            [CASE, seq, at, "ana", "note", f"old {seq}", "text/plain", content, digest, prev, chain],
        )
        prev = chain
    return prev


def test_old_unkeyed_evidence_is_resealed_with_a_record(wh):
    _case_with_evidence(wh, 0)
    with wh.state() as con:
        prev = _old_evidence(con, 3)
    cli = run_aisoc("case", "verify", CASE, "--warehouse", str(wh.root))
    assert cli.returncode == 0, cli.stdout + cli.stderr
    assert "intact, 4 entries" in cli.stdout and "re-sealed" in cli.stdout
    with wh.state() as con:
        seal = con.execute(
            "SELECT added_by, kind, content FROM case_evidence WHERE case_id = ? AND seq = 4", [CASE]
        ).fetchone()
        assert seal[:2] == ("aisoc", "note")
        assert orjson.loads(bytes(seal[2])) == {"entries": 3, "old_chain": "verified", "old_head": prev}
        add_evidence(
            con, CASE, kind="note", title="new", content=b"new", added_by="ana", added_at=T0 + timedelta(hours=1)
        )
        assert verify_evidence(con, CASE).ok and verify_evidence(con, CASE).entries == 5


def test_old_evidence_already_broken_is_resealed_with_the_break_on_record(wh):
    _case_with_evidence(wh, 0)
    with wh.state() as con:
        _old_evidence(con, 3)
        con.execute("UPDATE case_evidence SET added_by = 'mallory' WHERE case_id = ? AND seq = 2", [CASE])
    cli = run_aisoc("case", "verify", CASE, "--warehouse", str(wh.root))
    assert cli.returncode == 0 and "intact, 4 entries" in cli.stdout
    assert "aisoc: warning:" in cli.stderr and "already broken at entry 2" in cli.stderr
    with wh.state() as con:
        record = orjson.loads(
            bytes(con.execute("SELECT content FROM case_evidence WHERE case_id = ? AND seq = 4", [CASE]).fetchone()[0])
        )
        assert record["old_chain"] == "broken" and record["broken_at"] == 2
        assert verify_evidence(con, CASE).legacy_broken


# --- a warehouse opened with another secret key ------------------------------------------------------


def test_a_log_sealed_under_another_key_is_neither_resealed_nor_extended(wh, monkeypatch):
    """A console or job started with the wrong key must not bless the log under its own key."""
    _fill_audit(wh, 3)
    with wh.state() as con:
        sealed = con.execute("SELECT seq, hash FROM audit_log ORDER BY seq").fetchall()
    monkeypatch.setenv("AISOC_SECRET_KEY", "a different key, long enough")
    with wh.state() as con, pytest.raises(SecretKeyError, match="another key"):
        append(con, "ana", "alert.close", "al-9")
    from aisoc.analytics.access.audit import verify_log

    report = verify_log(wh)
    assert not report.ok and report.bad_seq == 1 and "another secret key" in report.problem
    with wh.state() as con:
        assert con.execute("SELECT seq, hash FROM audit_log ORDER BY seq").fetchall() == sealed  # untouched
    result = run_aisoc(
        "audit", "verify", "--warehouse", str(wh.root), env={"AISOC_SECRET_KEY": "a different key, long enough"}
    )
    assert result.returncode == 1


def test_evidence_sealed_under_another_key_is_neither_resealed_nor_extended(wh, monkeypatch):
    _case_with_evidence(wh, 2)
    monkeypatch.setenv("AISOC_SECRET_KEY", "a different key, long enough")
    with wh.state() as con:
        with pytest.raises(SecretKeyError, match="another key"):
            add_evidence(
                con, CASE, kind="note", title="new", content=b"new", added_by="ana", added_at=T0 + timedelta(hours=1)
            )
        report = verify_evidence(con, CASE)
    assert not report.ok and report.bad_seq == 1 and "another secret key" in report.problem


def test_the_console_does_not_start_under_another_key(wh, monkeypatch, capsys):
    """``aisoc console`` checks the audit log's head against the key before serving anything, so a
    wrong key is one line at start, not a failing sign-in form."""
    from aisoc.ui.cli import main

    _fill_audit(wh, 3)
    started = []
    monkeypatch.setattr(os, "execve", lambda *args: started.append(args))
    monkeypatch.setenv("AISOC_SECRET_KEY", "a different key, long enough")
    assert main(["console", "--warehouse", str(wh.root)]) == 1
    assert not started
    assert "another key" in capsys.readouterr().err
    monkeypatch.delenv("AISOC_SECRET_KEY")
    assert main(["console", "--warehouse", str(wh.root)]) == 0 and len(started) == 1  # the right key starts it


# --- verifying does not hold up the writers (review of finding 7) -------------------------------------


def test_an_audited_action_goes_through_while_the_log_is_verified(wh, monkeypatch):
    """verify_log walks the whole chain; an audited action (a sign-in, a triage) made meanwhile
    must not queue behind it on the write lock."""
    import threading

    from aisoc.analytics.access import audit, recorded

    _fill_audit(wh, 50)
    finished, held, real_digest = threading.Event(), [], audit._digest

    def audited_action():
        with recorded(wh, "rio", "alert.acknowledge", "al-x"):
            pass
        finished.set()

    walker = threading.current_thread()

    def watching_digest(*fields):
        if threading.current_thread() is not walker:  # the action's own append, under the lock as it should be
            return real_digest(*fields)
        held.append(audit._WRITE.locked())
        if len(held) == 1:  # once, in the middle of the walk
            threading.Thread(target=audited_action).start()
            finished.wait(timeout=20)  # a cap so a regression fails instead of hanging; no timing asserted
        return real_digest(*fields)

    monkeypatch.setattr(audit, "_digest", watching_digest)
    report = audit.verify_log(wh)
    assert finished.is_set(), "the audited action waited for the verify"
    assert report.ok and report.rows == 50  # the walk's own snapshot: the row added meanwhile is not in it
    assert not any(held)
    monkeypatch.setattr(audit, "_digest", real_digest)
    assert audit.verify_log(wh).rows == 51


# --- re-sealing old evidence on verify is a serialized, audited write (review of finding 7) -----------


def _old_unkeyed_evidence(wh: Warehouse, entries: int) -> None:
    _case_with_evidence(wh, 0)
    with wh.state() as con:
        prev = GENESIS
        for seq in range(1, entries + 1):
            content, at = f"old {seq}".encode(), T0 + timedelta(minutes=seq)
            digest = hashlib.sha256(content).hexdigest()
            chain = _plain_evidence_hash(CASE, seq, at, "ana", "note", f"old {seq}", "text/plain", digest, prev)
            con.execute(
                "INSERT INTO case_evidence VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                [CASE, seq, at, "ana", "note", f"old {seq}", "text/plain", content, digest, prev, chain],
            )
            prev = chain


def test_concurrent_verifies_of_old_evidence_reseal_it_once_with_an_audit_row(wh):
    import threading

    from aisoc.analytics.access import Principal, entries
    from aisoc.analytics.cases.reading import verify_case_evidence

    _old_unkeyed_evidence(wh, 3)
    viewer = Principal.of("vic", "viewer", ["acme"])
    reports, errors = [], []

    def verify_it():
        try:
            reports.append(verify_case_evidence(wh, viewer, CASE))
        except Exception as exc:  # noqa: BLE001 - the test reports whatever a verify raised
            errors.append(repr(exc))

    threads = [threading.Thread(target=verify_it) for _ in range(6)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert errors == []
    assert all(r.ok and r.entries == 4 for r in reports) and len(reports) == 6  # one re-seal entry, not six
    with wh.state() as con:
        rows = entries(con, action="case.evidence_reseal")
    assert [(r["actor"], r["target"], r["detail"]["entries"]) for r in rows] == [("aisoc", CASE, 3)]


# --- nothing to anchor (review of finding 7) ----------------------------------------------------------


def test_an_empty_audit_log_or_a_case_without_evidence_is_not_anchored(wh):
    """An anchor of nothing ({"seq": 0, …}) is one verify --anchor would reject: refuse to take it."""
    empty = run_aisoc("audit", "anchor", "--warehouse", str(wh.root))
    assert empty.returncode == 1 and empty.stdout == ""
    assert "empty" in empty.stderr and len(empty.stderr.strip().splitlines()) == 1
    _case_with_evidence(wh, 0)
    case = run_aisoc("case", "anchor", CASE, "--warehouse", str(wh.root))
    assert case.returncode == 1 and case.stdout == ""
    assert "no evidence" in case.stderr and len(case.stderr.strip().splitlines()) == 1


def test_one_anchor_file_for_every_case_checks_one_case_or_notices_a_removed_one(wh, tmp_path):
    """The documented workflow: ``case anchor >> anchors.jsonl`` for all cases, then verify any of them."""
    _case_with_evidence(wh, 3)
    with wh.state() as con:
        con.execute("INSERT INTO cases SELECT * REPLACE ('CASE-0002' AS case_id) FROM cases WHERE case_id = ?", [CASE])
        add_evidence(con, "CASE-0002", kind="note", title="n", content=b"n", added_by="ana", added_at=T0)
    anchors = run_aisoc("case", "anchor", "--warehouse", str(wh.root))
    (tmp_path / "anchors.jsonl").write_text(anchors.stdout)
    assert sorted(json.loads(line_)["case"] for line_ in anchors.stdout.splitlines()) == [CASE, "CASE-0002"]
    one = run_aisoc("case", "verify", CASE, "--anchor", str(tmp_path / "anchors.jsonl"), "--warehouse", str(wh.root))
    assert one.returncode == 0, one.stdout + one.stderr
    with wh.state() as con:  # the whole case removed, evidence and all
        con.execute("DELETE FROM case_evidence WHERE case_id = ?", [CASE])
        con.execute("DELETE FROM cases WHERE case_id = ?", [CASE])
    every = run_aisoc("case", "verify", "--anchor", str(tmp_path / "anchors.jsonl"), "--warehouse", str(wh.root))
    assert every.returncode == 1 and f"{CASE}: anchored in" in every.stdout and "the case is gone" in every.stdout
