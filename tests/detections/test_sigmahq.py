"""The SigmaHQ community rules compile unchanged and run over real CloudTrail records."""

from __future__ import annotations

from pathlib import Path

import polars as pl
import pytest
from sigma.collection import SigmaCollection
from sigma.exceptions import SigmaError

from aisoc.detections.sigma.compile import compile_rule
from aisoc.detections.sigma.engine import evaluate
from aisoc.ingest import Warehouse, ingest

from ..conftest import SHARED_DATA

SIGMAHQ = SHARED_DATA / "sigmahq" / "rules"
STRATUS = SHARED_DATA / "stratus"


def _sigmahq_rules():
    if not SIGMAHQ.is_dir():
        pytest.skip(f"SigmaHQ rules absent ({SIGMAHQ})")
    compiled, failed = [], {}
    files = sorted(SIGMAHQ.rglob("*.yml"))
    for path in files:
        try:
            for rule in SigmaCollection.from_yaml(path.read_text()).rules:
                compiled += compile_rule(rule)
        except SigmaError as exc:
            failed[path.name] = str(exc)
    return files, compiled, failed


def test_at_least_95_percent_of_sigmahq_rules_compile():
    files, compiled, failed = _sigmahq_rules()
    print(f"compiled {len(files) - len(failed)} of {len(files)} SigmaHQ rules")
    assert (len(files) - len(failed)) / len(files) >= 0.95, failed
    assert all(rule.scope is not None for rule in compiled), "every SigmaHQ log source here maps to a source"


def test_sigmahq_rules_find_the_stratus_attacks_and_the_prefilter_changes_nothing(tmp_path):
    if not STRATUS.is_dir():
        pytest.skip(f"Stratus Red Team CloudTrail files absent ({STRATUS})")
    _, compiled, _ = _sigmahq_rules()
    warehouse = Warehouse(tmp_path / "wh")
    ingest([str(STRATUS)], warehouse)
    events = warehouse.scan_events().collect()
    fast = evaluate(compiled, events).sort("key", "event_id")
    slow = evaluate(compiled, events, prefilter=False).sort("key", "event_id")
    assert fast.equals(slow)
    titles = {rule.key: rule.title for rule in compiled}
    hits = fast.join(events.select("event_id", "source_ref"), on="event_id").with_columns(
        pl.col("key").replace_strict(titles).alias("title")
    )
    files_by_title = {
        t: {Path(r.rsplit(":", 1)[0]).name for r in g["source_ref"]} for (t,), g in hits.group_by("title")
    }
    assert "aws.defense-evasion.vpc-remove-flow-logs.json" in files_by_title["AWS VPC Flow Logs Deleted"]
    assert (
        "aws.initial-access.console-login-without-mfa.json"
        in files_by_title["AWS Successful Console Login Without MFA"]
    )
    assert "aws.persistence.lambda-layer-extension.json" in files_by_title["AWS New Lambda Layer Attached"]
