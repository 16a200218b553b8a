"""``aisoc rules lint | test | list`` and ``aisoc hunt`` as a rule author uses them."""

from __future__ import annotations

import textwrap

import orjson

from ..conftest import cloudtrail_record, jsonl, run_aisoc, write

GOOD = """\
title: Bedrock invocation logging deleted
id: 6d1f0b5e-7c0e-4c5c-9a7e-2a4f8d1e3b21
status: test
description: Someone removed the account's Bedrock model-invocation logging.
author: aisoc
tags: [attack.defense-evasion, attack.t1562.008]
logsource: {product: aws, service: cloudtrail}
detection:
  sel:
    eventSource: bedrock.amazonaws.com
    eventName: DeleteModelInvocationLoggingConfiguration
  condition: sel
falsepositives: [Planned logging migration]
level: high
playbook: pb-cloud-logging-tampering
samples:
  positive:
    - raw: {eventSource: bedrock.amazonaws.com, eventName: DeleteModelInvocationLoggingConfiguration}
      action: DeleteModelInvocationLoggingConfiguration
  negative:
    - raw: {eventSource: bedrock.amazonaws.com, eventName: GetModelInvocationLoggingConfiguration}
      action: GetModelInvocationLoggingConfiguration
"""


def rules_dir(tmp_path, **files):
    folder = tmp_path / "rules"
    for name, text in files.items():
        write(folder / f"{name}.yml", textwrap.dedent(text).encode())
    return folder


def test_lint_reports_every_problem_of_a_broken_set_at_once_with_path_and_line(tmp_path):
    broken_yaml = "title: x\ndetection:\n  sel: [unclosed\n"
    bad_modifier = GOOD.replace("eventSource: bedrock", "eventSource|nosuchmodifier: bedrock").replace(
        "6d1f0b5e", "7d1f0b5e"
    )
    no_samples = (
        GOOD.split("samples:")[0]
        .replace("6d1f0b5e", "8d1f0b5e")
        .replace("tags: [attack.defense-evasion", "tags: [owasp.llm99")
    )
    folder = rules_dir(
        tmp_path, good=GOOD, broken_yaml=broken_yaml, bad_modifier=bad_modifier, no_samples=no_samples, duplicate=GOOD
    )
    result = run_aisoc("rules", "lint", "--rules", str(folder))
    assert result.returncode == 1
    lines = result.stdout.splitlines()
    assert any(
        line_.startswith(f"{folder / 'broken_yaml.yml'}:3: invalid YAML")
        or line_.startswith(f"{folder / 'broken_yaml.yml'}:4: invalid YAML")
        for line_ in lines
    ), lines
    assert any(line_.startswith(f"{folder / 'bad_modifier.yml'}:") and "nosuchmodifier" in line_ for line_ in lines), (
        lines
    )
    # a missing key is reported at the top of the file
    assert f"{folder / 'no_samples.yml'}:1: samples need at least one positive event" in lines, lines
    assert any(f"{folder / 'no_samples.yml'}:6: tag 'owasp.llm99'" in line_ for line_ in lines), lines
    assert sum("duplicate rule id" in line_ for line_ in lines) == 2
    assert lines[-1].startswith("5 files")


def test_lint_passes_a_clean_rule(tmp_path):
    result = run_aisoc("rules", "lint", "--rules", str(rules_dir(tmp_path, good=GOOD)))
    assert result.returncode == 0, result.stdout
    assert result.stdout.strip().endswith("1 rules, 0 problems")


def test_rules_test_runs_samples_and_fails_a_rule_whose_negative_matches(tmp_path):
    ok = run_aisoc("rules", "test", "--rules", str(rules_dir(tmp_path, good=GOOD)))
    assert ok.returncode == 0 and "2 passed, 0 failed" in ok.stdout
    loose = GOOD.replace(
        "eventName: DeleteModelInvocationLoggingConfiguration\n  condition",
        "eventName|contains: ModelInvocationLoggingConfiguration\n  condition",
    )
    bad = run_aisoc("rules", "test", "--rules", str(rules_dir(tmp_path / "b", loose=loose)))
    assert bad.returncode == 1
    assert "FAIL" in bad.stdout and "negative sample 1 matched" in bad.stdout


def test_hunt_prints_one_jsonl_line_per_match(tmp_path):
    records = [
        cloudtrail_record(
            1, eventSource="bedrock.amazonaws.com", eventName="DeleteModelInvocationLoggingConfiguration"
        ),
        cloudtrail_record(2, eventSource="bedrock.amazonaws.com", eventName="ListFoundationModels"),
    ]
    logs = write(tmp_path / "ct.jsonl", jsonl(records))
    wh = str(tmp_path / "wh")
    run_aisoc("ingest", str(logs), "--warehouse", wh)
    folder = rules_dir(tmp_path, good=GOOD)
    result = run_aisoc("hunt", "--rules", str(folder), "--warehouse", wh, "--format", "jsonl")
    assert result.returncode == 0, result.stderr
    [match] = [orjson.loads(line) for line in result.stdout.splitlines()]
    assert match["rule_id"] == "6d1f0b5e-7c0e-4c5c-9a7e-2a4f8d1e3b21"
    assert match["title"] == "Bedrock invocation logging deleted"
    assert match["source_ref"] == f"{logs.resolve()}:1" and len(match["event_id"]) == 64
    found = run_aisoc("hunt", "--rules", str(folder), "--warehouse", wh, "--fail-on-findings")
    assert found.returncode == 3
    window = run_aisoc("hunt", "--rules", str(folder), "--warehouse", wh, "--since", "1d", "--format", "jsonl")
    assert window.returncode == 0 and window.stdout == ""  # the records are from March 2026
