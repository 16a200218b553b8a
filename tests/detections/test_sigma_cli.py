"""sigma-cli sees the polars target, with the install the README uses (make)."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

SIGMA = str(Path(sys.executable).parent / "sigma")

RULE = """
title: Model invocation logging deleted
id: 3f1c7a52-52a8-4d1e-9a57-0d7e4c2b9b11
status: test
logsource: {product: aws, service: cloudtrail}
detection:
  sel:
    eventSource: bedrock.amazonaws.com
    eventName: DeleteModelInvocationLoggingConfiguration
  condition: sel
level: high
"""


def test_sigma_list_targets_shows_polars():
    result = subprocess.run([SIGMA, "list", "targets"], capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stderr
    assert any(line.split("|")[1].strip() == "polars" for line in result.stdout.splitlines() if "|" in line)


def test_sigma_convert_prints_the_polars_expression(tmp_path):
    rule = tmp_path / "rule.yml"
    rule.write_text(RULE)
    result = subprocess.run([SIGMA, "convert", "-t", "polars", str(rule)], capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stderr
    expression = result.stdout.strip().splitlines()[-1]
    assert 'col("source")' in expression and "cloudtrail" in expression
    assert 'col("action")' in expression and "DeleteModelInvocationLoggingConfiguration" in expression
    assert 'col("raw:eventSource")' in expression
