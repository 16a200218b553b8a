"""The playbook checker: every shipped playbook passes, and a broken one reports all its problems
with path:line."""

from pathlib import Path

import pytest

from aisoc.playbooks import GENERIC_PLAYBOOK, PLAYBOOK_DIR, load_library

BROKEN = """\
id: pb-broken
title: A playbook with many mistakes
version: 1
created: 2026-12-01
modified: 2026-11-30
author: tests
descripton: the key is misspelt
applies_to:
  tags: [owasp.llm01]
roles:
  analyst: SOC analyst on shift
steps:
  - id: first
    type: manual
    phase: triage
    role: analyst
    title: Look at it
    instructions: Read the alert and its evidence.
    next: nowhere
  - id: first
    type: enrichment
    phase: triage
    role: janitor
    title: Ask the warehouse
    instructions: Run a query that does not exist.
    query: no-such-query
  - id: contain
    type: action
    phase: containment
    role: analyst
    title: Block somebody
    instructions: Block the user at the gateway.
    operation: block-user
    params: {reason: "{no_such_fact}"}
  - id: ask
    type: decision
    phase: triage
    role: analyst
    title: Decide
    instructions: Decide something about it.
    question: Is it bad?
    options:
      - answer: yes
        next: contain
      - answer: "no"
  - id: wrong-type
    type: magic
    phase: triage
    role: analyst
    title: Not a step type
    instructions: This step type does not exist.
"""


@pytest.fixture(scope="module")
def shipped():
    return load_library()


def test_every_shipped_playbook_validates(shipped):
    assert shipped.problems == []
    assert shipped.files == len(shipped.playbooks) >= 12
    assert GENERIC_PLAYBOOK in shipped.playbooks


def test_the_issue_s_scenarios_each_have_a_playbook(shipped):
    wanted = {
        "pb-prompt-injection",
        "pb-jailbreak",
        "pb-system-prompt-leak",
        "pb-pii-leak",
        "pb-secret-leak",
        "pb-model-extraction",
        "pb-api-key-compromise",
        "pb-unbounded-consumption",
        "pb-rag-cross-tenant",
        "pb-training-data-poisoning",
        "pb-model-supply-chain",
        "pb-cloud-logging-tampering",
        "pb-guardrail-tampering",
    }
    assert wanted <= set(shipped.playbooks)


def test_shipped_playbooks_use_every_step_type(shipped):
    types = {step.type for playbook in shipped.playbooks.values() for step in playbook.steps}
    assert types == {"manual", "enrichment", "action", "decision"}
    recorded = {regime for p in shipped.playbooks.values() for s in p.steps for o in s.options for regime in o.records}
    assert recorded == {"gdpr", "ai-act", "dora"}


def test_a_broken_playbook_reports_every_problem_with_its_line(tmp_path):
    path = tmp_path / "pb-broken.yml"
    path.write_text(BROKEN, encoding="utf-8")
    library = load_library([path])
    assert library.playbooks == {}
    found = [(p.line, p.message) for p in library.problems]
    assert all(p.path == str(path) for p in library.problems)
    text = BROKEN.splitlines()

    def line_of(fragment, start=0):
        return next(n for n, row in enumerate(text, 1) if n > start and fragment in row)

    expected = {
        line_of("descripton:"): "descripton: unknown key",
        line_of("modified:"): "modified is before created",
        line_of("next: nowhere"): "no step 'nowhere'",
        line_of("- id: first", line_of("- id: first")): "used twice",
        line_of("role: janitor"): "role 'janitor' is not one of",
        line_of("query: no-such-query"): "no saved query 'no-such-query'",
        line_of("params: {reason"): "operation block-user needs params.actor_id",
        line_of("- answer: yes"): "put the word in quotes",
        line_of("type: magic"): "'magic' is not one of",
    }
    for line, fragment in expected.items():
        assert any(line_ == line and fragment in m for line_, m in found), (line, fragment, found)
    # one finding per line at most for these, and the problems come in file order
    assert [line_ for line_, _ in found] == sorted(line_ for line_, _ in found)
    assert any("description" in m and "missing" in m for _, m in found)
    assert any("{no_such_fact}" in m for _, m in found)


def test_loops_and_unreachable_steps_are_refused(tmp_path):
    text = (
        BROKEN.split("steps:")[0]
        .replace("descripton: the key is misspelt", "description: a workflow that loops back")
        .replace("2026-11-30", "2026-12-01")
        .replace("pb-broken", "pb-loop")
    )
    text += """steps:
  - id: one
    type: manual
    phase: triage
    role: analyst
    title: Step one
    instructions: The first step of the loop.
    next: three
  - id: two
    type: manual
    phase: triage
    role: analyst
    title: Step two
    instructions: Nothing ever leads here.
  - id: three
    type: manual
    phase: triage
    role: analyst
    title: Step three
    instructions: This goes back to the start.
    next: one
"""
    path = tmp_path / "pb-loop.yml"
    path.write_text(text, encoding="utf-8")
    messages = [p.message for p in load_library([path]).problems]
    assert any("step 2 (two) can never be reached" in m for m in messages), messages
    assert any("leads back to step 1 (one)" in m for m in messages), messages


def test_yaml_errors_and_file_name_mismatch(tmp_path):
    bad = tmp_path / "pb-bad.yml"
    bad.write_text("id: pb-bad\ntitle: [unclosed\n", encoding="utf-8")
    wrong = tmp_path / "pb-other.yml"
    wrong.write_text((PLAYBOOK_DIR / "pb-prompt-injection.yml").read_text(encoding="utf-8"), encoding="utf-8")
    problems = load_library([bad, wrong]).problems
    assert any(p.path == str(bad) and "invalid YAML" in p.message for p in problems)
    assert any(p.path == str(wrong) and p.line == 3 and "must match the file name" in p.message for p in problems)


def test_unsafe_yaml_tags_are_refused(tmp_path):
    path = tmp_path / "pb-evil.yml"
    path.write_text("id: !!python/object/apply:os.system ['true']\n", encoding="utf-8")
    problems = load_library([path]).problems
    assert len(problems) == 1 and "invalid YAML" in problems[0].message


def test_saved_queries_are_checked(tmp_path):
    (tmp_path / "no-title.sql").write_text("SELECT 1\n", encoding="utf-8")
    (tmp_path / "two.sql").write_text("-- title: two statements\nSELECT 1; SELECT 2\n", encoding="utf-8")
    (tmp_path / "unknown.sql").write_text(
        "-- title: unknown fact\nSELECT * FROM events WHERE x = $password\n", encoding="utf-8"
    )
    (tmp_path / "write.sql").write_text("-- title: not a select\nDELETE FROM events\n", encoding="utf-8")
    (tmp_path / "good.sql").write_text(
        "-- title: fine\nSELECT * FROM events WHERE actor_id = $actor_id\n", encoding="utf-8"
    )
    library = load_library([PLAYBOOK_DIR / "pb-prompt-injection.yml"], query_dir=tmp_path)
    assert set(library.queries) == {"good"}
    assert library.queries["good"].params == ("actor_id",)
    by_file = {Path(p.path).name: p for p in library.problems if p.path.endswith(".sql")}
    assert set(by_file) == {"no-title.sql", "two.sql", "unknown.sql", "write.sql"}
    assert by_file["unknown.sql"].line == 2 and "$password" in by_file["unknown.sql"].message
    # the playbook names queries this folder lacks: it is refused, not half-loaded
    assert "pb-prompt-injection" not in library.playbooks


def test_alert_to_playbook_mapping(shipped):
    assert shipped.for_alert({"playbook": "pb-secret-leak", "tags": []}).id == "pb-secret-leak"
    assert (
        shipped.for_alert({"playbook": "pb-unknown", "tags": ["owasp.llm01", "atlas.aml.t0051.000"]}).id
        == "pb-prompt-injection"
    )
    assert shipped.for_alert({"playbook": None, "tags": ["nothing.known"]}).id == GENERIC_PLAYBOOK


def test_values_the_checker_must_catch_before_a_step_runs(tmp_path):
    text = (PLAYBOOK_DIR / "pb-prompt-injection.yml").read_text(encoding="utf-8")
    text = text.replace("modified: 2026-12-01", "modified: 2026-11-31")  # no such day, unquoted
    text = text.replace("params: {days: 7}", 'params: {days: "a week"}')  # not a number
    text = text.replace('reason: "aisoc case {case_id}: prompt injection"', 'reason: "since {since}"')  # queries only
    path = tmp_path / "pb-prompt-injection.yaml"
    path.write_text(text, encoding="utf-8")
    lines = text.splitlines()
    found = {(p.line, p.message) for p in load_library([path]).problems}
    line = lambda fragment: next(n for n, row in enumerate(lines, 1) if fragment in row)  # noqa: E731
    assert (line("modified:"), "modified: '2026-11-31' is not a calendar date") in found
    assert any(line_ == line("a week") and "a whole number from 1 to 366" in m for line_, m in found), found
    assert any(line_ == line("since {since}") and "no case fact {since} for an action" in m for line_, m in found), (
        found
    )


def test_a_yaml_suffix_is_named_as_it_is(tmp_path):
    path = tmp_path / "pb-other.yaml"
    path.write_text((PLAYBOOK_DIR / "pb-prompt-injection.yml").read_text(encoding="utf-8"), encoding="utf-8")
    assert any("must match the file name (pb-other.yaml)" in p.message for p in load_library([path]).problems)
