"""Repository-wide invariants: the contract and its docs agree, imports point one way."""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
from pathlib import Path

from aisoc.ingest import COLLECTORS, FIELDS

from .conftest import REPO


def test_every_contract_field_is_documented_with_its_type():
    doc = (REPO / "docs" / "schema.md").read_text()
    documented = dict(re.findall(r"^\| `(\w+)` \| ([^|]+) \|", doc, re.M))
    assert set(documented) == {f.name for f in FIELDS}


def test_collector_ids_are_the_contracted_six_and_each_has_a_mapping_doc():
    assert set(COLLECTORS) == {
        "otel_genai",
        "openai_gateway",
        "bedrock_invocation",
        "cloudtrail",
        "k8s_audit",
        "mlflow",
    }
    for cid, collector in COLLECTORS.items():
        assert collector.id == cid
        doc = REPO / "docs" / "collectors" / f"{cid}.md"
        assert doc.is_file(), f"{doc} missing"
        assert "| " in doc.read_text(), f"{doc} has no field mapping table"


def test_imports_point_one_way():
    lint = Path(sys.executable).parent / "lint-imports"
    assert lint.exists() or shutil.which("lint-imports")
    result = subprocess.run([str(lint)], cwd=REPO, capture_output=True, text=True)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "BROKEN" not in result.stdout and "KEPT" in result.stdout
