"""The CACAO 2.0 export: shape, links, ids, and that the exported workflow runs the same steps
as the aisoc playbook for every combination of answers."""

from __future__ import annotations

import base64
import itertools
import json
import re
from collections import Counter
from dataclasses import replace

import pytest

from aisoc.playbooks import END, AppliesTo, Option, Playbook, Step, load_library, to_cacao

LIBRARY = load_library()
IDS = sorted(LIBRARY.playbooks)
_UUID = r"[0-9a-f]{8}-[0-9a-f]{4}-[1-5][0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}"
OBJECT_ID = re.compile(rf"^([a-z][a-z0-9-]*[a-z0-9])--{_UUID}$")
TIMESTAMP = re.compile(r"^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])T([01]\d|2[0-3]):[0-5]\d:[0-5]\d\.\d{3}Z$")
CONDITIONS = ("if-condition", "switch-condition")
LINKS = ("on_completion", "on_true", "on_false")


def export(playbook_id: str) -> dict:
    return to_cacao(LIBRARY.playbooks[playbook_id], LIBRARY.queries)


def targets(step: dict) -> list[str]:
    return [step[k] for k in LINKS if k in step] + list(step.get("cases", {}).values())


def aisoc_step(step: dict) -> str | None:
    variable = step.get("step_variables", {}).get("__aisoc_step__")
    return variable["value"] if variable else None


def by_aisoc_step(doc: dict) -> dict[str, tuple[str, dict]]:
    return {aisoc_step(s): (k, s) for k, s in doc["workflow"].items() if aisoc_step(s)}


def run_aisoc(playbook: Playbook, answers: dict[str, str]) -> list[str]:
    done, node = [], playbook.steps[0].id
    while node != END:
        step = playbook.step(node)
        done.append(node)
        option = next((o for o in step.options if o.answer == answers.get(node)), None)
        node = (option.next if option else step.next) or playbook.following(step) or END
    return done


def run_cacao(doc: dict, answers: dict[str, str]) -> list[str]:
    """A small CACAO interpreter: a condition's branch runs until an end step, then the workflow
    goes on at the condition's on_completion (CACAO 2.0 §4.8, §4.10)."""
    workflow, done, values, budget = doc["workflow"], [], {}, [10 * len(doc["workflow"])]

    def branch(key: str) -> None:
        while True:
            budget[0] -= 1
            assert budget[0] > 0, "the workflow loops"
            step = workflow[key]
            if step["type"] == "end":
                return
            if step["type"] == "action":
                done.append(aisoc_step(step))
                for name in step.get("out_args", ()):
                    values[name] = answers[aisoc_step(step)]
            elif step["type"] == "if-condition":
                name, expected = re.fullmatch(r"(__\w+__):value = '([^']*)'", step["condition"]).groups()
                taken = step["on_true"] if values[name] == expected else step.get("on_false")
                if taken:
                    branch(taken)
            elif step["type"] == "switch-condition":
                branch(step["cases"].get(values[step["switch"]]) or step["cases"]["default"])
            if "on_completion" not in step:
                assert step["type"] in CONDITIONS, f"{key} leads nowhere"
                return
            key = step["on_completion"]

    branch(doc["workflow_start"])
    return done


def every_answer(playbook: Playbook):
    decisions = [s for s in playbook.steps if s.type == "decision"]
    for chosen in itertools.product(*[[o.answer for o in s.options] for s in decisions]):
        yield dict(zip([s.id for s in decisions], chosen))


def make_playbook(*steps: Step, playbook_id: str = "pb-made-up") -> Playbook:
    return Playbook(
        id=playbook_id,
        title="A made-up playbook",
        version=1,
        created="2026-01-02",
        modified="2026-02-03",
        author="tests",
        description="Only for the export tests.",
        applies_to=AppliesTo(tags=("owasp.llm01",)),
        roles={"analyst": "SOC analyst", "dpo": "DPO"},
        steps=steps,
    )


def manual(step_id: str, **extra) -> Step:
    return Step(
        id=step_id,
        type="manual",
        title=f"Do {step_id}",
        phase="triage",
        role="analyst",
        instructions=f"Do {step_id} carefully.",
        **extra,
    )


def decision(step_id: str, *options: tuple[str, str | None]) -> Step:
    return Step(
        id=step_id,
        type="decision",
        title=f"Decide {step_id}",
        phase="containment",
        role="dpo",
        instructions="Weigh the evidence.",
        question=f"Which {step_id}?",
        options=tuple(Option(answer, next=target) for answer, target in options),
    )


def test_the_library_loads_and_has_the_example():
    assert not LIBRARY.problems
    assert "pb-prompt-injection" in IDS


@pytest.mark.parametrize("playbook_id", IDS)
def test_required_properties_and_their_formats(playbook_id):
    playbook, doc = LIBRARY.playbooks[playbook_id], export(playbook_id)
    required = ("type", "spec_version", "id", "name", "created_by", "created", "modified", "workflow_start", "workflow")
    assert set(required) <= set(doc), set(required) - set(doc)
    assert (doc["type"], doc["spec_version"], doc["name"]) == ("playbook", "cacao-2.0", playbook.title)
    assert OBJECT_ID.match(doc["id"]).group(1) == "playbook"
    assert OBJECT_ID.match(doc["created_by"]).group(1) == "identity"
    assert TIMESTAMP.match(doc["created"]) and TIMESTAMP.match(doc["modified"])
    assert doc["created"].startswith(str(playbook.created)) and doc["modified"].startswith(str(playbook.modified))
    assert doc["created"] <= doc["modified"]
    assert doc["playbook_activities"]  # §3.1: required once playbook_types come from the vocabulary
    assert {"name": "aisoc playbook", "external_id": playbook_id}.items() <= doc["external_references"][0].items()
    assert [r["url"] for r in doc["external_references"][1:]] == list(playbook.references)
    assert set(playbook.applies_to.tags) <= set(doc.get("labels", ()))
    assert doc.get("playbook_types", []) == list(playbook.playbook_types)
    for name in ("severity", "priority", "impact"):
        assert name not in doc or 0 <= doc[name] <= 100


@pytest.mark.parametrize("playbook_id", IDS)
def test_keys_carry_their_step_type_and_every_link_exists(playbook_id):
    doc = export(playbook_id)
    workflow = doc["workflow"]
    for key, step in workflow.items():
        assert OBJECT_ID.match(key), key
        assert OBJECT_ID.match(key).group(1) == step["type"], key
        for target in targets(step):
            assert target in workflow, f"{key} leads to {target}, which is not in the workflow"
        if step["type"] == "end":
            assert not targets(step)
    assert workflow[doc["workflow_start"]]["type"] == "start"
    assert [s["type"] for s in workflow.values()].count("start") == 1
    first = LIBRARY.playbooks[playbook_id].steps[0].id
    assert aisoc_step(workflow[workflow[doc["workflow_start"]]["on_completion"]]) == first


@pytest.mark.parametrize("playbook_id", IDS)
def test_every_aisoc_step_appears_exactly_once_with_its_phase_and_evidence(playbook_id):
    playbook, doc = LIBRARY.playbooks[playbook_id], export(playbook_id)
    counts = Counter(aisoc_step(s) for s in doc["workflow"].values() if aisoc_step(s))
    assert counts == Counter(s.id for s in playbook.steps)
    steps = by_aisoc_step(doc)
    for step in playbook.steps:
        key, exported = steps[step.id]
        assert key.startswith("action--") and exported["name"] == step.title
        variables = exported["step_variables"]
        assert variables["__phase__"]["value"] == step.phase
        assert variables.get("__evidence__", {}).get("value", "") == "\n".join(step.evidence)
        assert ("__optional__" in variables) == step.optional


@pytest.mark.parametrize("playbook_id", IDS)
def test_every_step_agent_is_its_role_in_agent_definitions(playbook_id):
    playbook, doc = LIBRARY.playbooks[playbook_id], export(playbook_id)
    agents = doc["agent_definitions"]
    assert sorted(a["name"] for a in agents.values()) == sorted(playbook.roles)
    for key, agent in agents.items():
        assert OBJECT_ID.match(key).group(1) == agent["type"] == "group"
        assert agent["description"] == playbook.roles[agent["name"]]
    for key, step in doc["workflow"].items():
        if step["type"] == "action":
            assert step["agent"] in agents, key
            assert agents[step["agent"]]["name"] == playbook.step(aisoc_step(step)).role


@pytest.mark.parametrize("playbook_id", IDS)
def test_every_step_is_reachable_and_every_path_reaches_an_end(playbook_id):
    doc = export(playbook_id)
    workflow, seen, stack = doc["workflow"], set(), [doc["workflow_start"]]
    while stack:
        key = stack.pop()
        if key not in seen:
            seen.add(key)
            stack += targets(workflow[key])
    assert seen == set(workflow)
    assert any(workflow[k]["type"] == "end" for k in seen)
    for key, step in workflow.items():
        assert step["type"] == "end" or targets(step), f"{key} is a dead end"


@pytest.mark.parametrize("playbook_id", IDS)
def test_decisions_ask_then_branch_on_the_answer(playbook_id):
    playbook, doc = LIBRARY.playbooks[playbook_id], export(playbook_id)
    steps, workflow = by_aisoc_step(doc), doc["workflow"]
    for step in (s for s in playbook.steps if s.type == "decision"):
        _, ask = steps[step.id]
        assert ask["type"] == "action" and ask["commands"][0]["type"] == "manual"
        assert step.question in ask["commands"][0]["command"]
        (answer,) = ask["out_args"]
        assert answer in doc["playbook_variables"]
        branch = workflow[ask["on_completion"]]
        if len(step.options) == 2:
            assert branch["type"] == "if-condition"
            assert branch["condition"] == f"{answer}:value = '{step.options[0].answer}'"
            assert branch["on_true"] in workflow and branch["on_false"] in workflow
        else:
            assert branch["type"] == "switch-condition" and branch["switch"] == answer
            assert list(branch["cases"]) == [o.answer for o in step.options]


@pytest.mark.parametrize("playbook_id", IDS)
def test_the_export_runs_the_same_steps_for_every_answer(playbook_id):
    playbook, doc = LIBRARY.playbooks[playbook_id], export(playbook_id)
    for answers in every_answer(playbook):
        assert run_cacao(doc, answers) == run_aisoc(playbook, answers), answers


@pytest.mark.parametrize("playbook_id", IDS)
def test_export_is_deterministic_and_json(playbook_id):
    first, second = export(playbook_id), export(playbook_id)
    assert json.dumps(first) == json.dumps(second)
    assert json.loads(json.dumps(first)) == first


def test_prompt_injection_maps_each_kind_of_step():
    doc = export("pb-prompt-injection")
    steps = by_aisoc_step(doc)
    assert (doc["severity"], doc["priority"]) == (75, 25)
    command = steps["confirm"][1]["commands"][0]
    assert command["type"] == "manual" and command["command"].startswith("Open the alert's evidence.")
    sql = steps["actor-history"][1]["commands"][0]
    assert sql["type"] == "sql"
    assert base64.b64decode(sql["command_b64"]).decode() == LIBRARY.queries["actor-history"].sql
    assert {"__actor_id__", "__since__", "__until__", "__session_id__"} <= set(doc["playbook_variables"])
    block = steps["block-actor"][1]
    http = block["commands"][0]
    assert http["type"] == "http-api" and http["command"] == "POST __connector_url__:value HTTP/1.1"
    body = json.loads(http["content"])
    assert body["operation"] == "block-user" and body["params"]["actor_id"] == "__actor_id__:value"
    assert body["params"]["reason"] == "aisoc case __case_id__:value: prompt injection"
    assert doc["playbook_variables"]["__connector_url__"]["external"] is True
    assert "://" not in json.dumps(block)  # no real URL
    assert block["step_variables"]["__optional__"]["value"] == "true"


def test_prompt_injection_branches_nest_each_ending_in_its_own_end_step():
    doc = export("pb-prompt-injection")
    workflow = doc["workflow"]

    def end_of(key: str) -> str:
        while workflow[key]["type"] != "end":
            key = workflow[key]["on_completion"]  # a nested condition resumes at its on_completion
        return key

    conditions = [s for s in workflow.values() if s["type"] in CONDITIONS]
    assert len(conditions) == 2
    ends = [end_of(s[k]) for s in conditions for k in ("on_true", "on_false")]
    assert len(set(ends)) == len(ends) == 4
    assert all("on_completion" in s for s in conditions)
    # "complied: no" jumps to record-attempt, "yes" runs on from data-exposed to verify.
    complied = workflow[by_aisoc_step(doc)["complied"][1]["on_completion"]]
    assert aisoc_step(workflow[complied["on_true"]]) == "record-attempt"
    assert aisoc_step(workflow[complied["on_false"]]) == "data-exposed"


def test_step_ids_stay_the_same_across_versions():
    playbook = LIBRARY.playbooks["pb-prompt-injection"]
    before = to_cacao(playbook, LIBRARY.queries)
    later = replace(playbook, version=2, modified="2027-03-04", steps=(manual("new-first"), *playbook.steps))
    after = to_cacao(later, LIBRARY.queries)
    assert after["id"] == before["id"] and after["modified"] != before["modified"]
    old, new = by_aisoc_step(before), by_aisoc_step(after)
    assert all(new[step_id][0] == key for step_id, (key, _) in old.items())
    other = to_cacao(replace(playbook, id="pb-other"), LIBRARY.queries)
    assert not set(other["workflow"]) & set(before["workflow"])


def test_a_nesting_switch_gets_an_on_completion_and_an_end_per_answer():
    playbook = make_playbook(
        decision("severity", ("low", "wrap-up"), ("medium", None), ("high", "escalate")),
        manual("notify", next="wrap-up"),
        manual("escalate"),
        manual("wrap-up"),
    )
    doc = to_cacao(playbook)
    workflow = doc["workflow"]
    switch = next(s for s in workflow.values() if s["type"] == "switch-condition")
    assert aisoc_step(workflow[switch["on_completion"]]) == "wrap-up"  # where all three meet
    assert workflow[switch["cases"]["low"]]["type"] == "end"  # an empty branch, ended all the same
    assert len(set(switch["cases"].values())) == 3
    for answers in every_answer(playbook):
        assert run_cacao(doc, answers) == run_aisoc(playbook, answers), answers


def test_branches_that_share_a_step_before_they_meet_export_flat():
    # "bypassed" and "persistent" share block-actor, but "isolated" never gets there.
    playbook = make_playbook(
        decision("outcome", ("bypassed", "assess"), ("persistent", "block"), ("isolated", "note")),
        manual("assess"),
        manual("block"),
        manual("verify", next=END),
        manual("note"),
    )
    doc = to_cacao(playbook)
    workflow = doc["workflow"]
    switch = next(s for s in workflow.values() if s["type"] == "switch-condition")
    assert "on_completion" not in switch
    assert [s["type"] for s in workflow.values()].count("end") == 1
    for answers in every_answer(playbook):
        assert run_cacao(doc, answers) == run_aisoc(playbook, answers), answers


def test_without_queries_an_enrichment_names_its_query_and_an_unknown_query_is_an_error():
    playbook = LIBRARY.playbooks["pb-prompt-injection"]
    command = by_aisoc_step(to_cacao(playbook))["actor-history"][1]["commands"][0]
    assert "command_b64" not in command and "actor-history" in command["description"]
    with pytest.raises(KeyError):
        to_cacao(playbook, {})
