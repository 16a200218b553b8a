"""The project's rule pack: lint-clean, every inline sample passes, quiet on benign traffic.

The benign gate runs the pack over the committed demo set (sample_logs/demo): a match on an
event that labels.jsonl does not name as an attack must be listed in that rule's ``known_fps``
with a reason. The false-positive rate on real benign prompt sets (NotInject, CyberSecEval's
FRR set) is measured and bounded too, since the same hands wrote the rules and the demo data.
"""

from __future__ import annotations

import orjson
import polars as pl
import pytest

from aisoc.analytics.hunt import hunt
from aisoc.detections.rulepack import RULES_DIR, load_pack
from aisoc.detections.samples import rule_defaults, run_samples, sample_frame
from aisoc.detections.sigma.engine import evaluate
from aisoc.ingest import Warehouse, ingest
from aisoc.playbooks import load_library

from ..conftest import REPO, SHARED_DATA

PACK = load_pack([RULES_DIR], conventions=True)
OUTCOMES = run_samples(PACK)
DEMO = REPO / "sample_logs" / "demo"
TENANTS = ("acme-bank", "globex-insurance", "initech-pay")
LOGSOURCE_DIRS = {
    ("llm", None): "llm",
    ("aws", "cloudtrail"): "cloudtrail",
    ("kubernetes", "audit"): "k8s_audit",
    ("mlflow", None): "mlflow",
    ("mlflow", "registry"): "mlflow",
}
# Upper bounds on the share of real benign prompts any rule of the pack flags (see docs/rules.md).
FP_BOUNDS = {"notinject": 0.05, "mitre_frr": 0.02}


def test_the_pack_is_lint_clean_and_big_enough():
    assert [str(p) for p in PACK.problems] == []
    assert len(PACK.rules) >= 40


def test_each_rule_sits_in_the_folder_of_its_log_source():
    for rule in PACK.rules:
        ls = rule.rule.logsource
        assert LOGSOURCE_DIRS[(ls.product, ls.service)] == rule.path.parent.name, rule.path


def test_every_rule_names_a_shipped_playbook():
    assert {r.playbook for r in PACK.rules} <= set(load_library().playbooks)


@pytest.mark.parametrize("outcome", OUTCOMES, ids=lambda o: f"{o.rule.path.stem}-{o.kind}{o.index + 1}")
def test_inline_sample(outcome):
    assert outcome.error is None, outcome.error
    assert outcome.matched == (outcome.kind == "positive")


@pytest.fixture(scope="module")
def demo_warehouse(tmp_path_factory) -> Warehouse:
    warehouse = Warehouse(tmp_path_factory.mktemp("demo") / "wh")
    ingest([str(DEMO / "logs" / "shared")], warehouse)
    for tenant in TENANTS:
        ingest([str(DEMO / "logs" / tenant)], warehouse, tenant=tenant)
    return warehouse


@pytest.mark.parametrize("sampled", [False, True], ids=["by-heuristic", "by-sample"])
def test_the_prefilter_changes_no_result_of_the_pack(demo_warehouse, monkeypatch, sampled):
    import aisoc.detections.sigma.engine as engine

    if sampled:  # large scopes choose each rule's probes on a sample: exercise that path here
        monkeypatch.setattr(engine, "_SAMPLE_FROM", 0)
    events = demo_warehouse.scan_events().collect()
    fast = evaluate(PACK.compiled, events).sort("key", "event_id")
    slow = evaluate(PACK.compiled, events, prefilter=False).sort("key", "event_id")
    assert fast.height > 0 and fast.equals(slow)


def test_benign_demo_traffic_fires_only_where_known_fps_say_so(demo_warehouse):
    warehouse = demo_warehouse
    attacks = set(pl.read_ndjson(DEMO / "labels.jsonl")["event_id"].to_list())
    allowed = {
        (r.id, fp["event_id"])
        for r in PACK.rules
        for fp in r.rule.custom_attributes.get("known_fps") or []
        if isinstance(fp, dict) and fp.get("reason")
    }
    matches = hunt(warehouse, [RULES_DIR]).matches
    unexplained = [
        (m["title"], m["event_id"], m["source_ref"])
        for m in matches.to_dicts()
        if m["event_id"] not in attacks and (m["rule_id"], m["event_id"]) not in allowed
    ]
    assert unexplained == []
    assert matches.filter(pl.col("event_id").is_in(list(attacks))).height > 0, "the pack sees some attacks"


def _benign_prompts(name: str) -> list[str]:
    if name == "notinject":
        files = sorted((SHARED_DATA / "notinject").glob("NotInject_*.json"))
        return [row["prompt"] for f in files for row in orjson.loads(f.read_bytes())]
    return [
        row["mutated_prompt"] for row in orjson.loads((SHARED_DATA / "cyberseceval" / "mitre_frr.json").read_bytes())
    ]


@pytest.mark.parametrize("name", sorted(FP_BOUNDS))
def test_false_positive_rate_on_real_benign_prompts(name):
    if not (SHARED_DATA / ("notinject" if name == "notinject" else "cyberseceval")).is_dir():
        pytest.skip(f"benign prompt set {name} absent under {SHARED_DATA}")
    prompts = _benign_prompts(name)
    llm_rules = [r for r in PACK.rules if r.rule.logsource.product == "llm"]
    events = sample_frame([{"prompt": p, "event_kind": "llm.chat"} for p in prompts], rule_defaults(llm_rules[0]))
    hits = evaluate([c for r in llm_rules for c in r.compiled], events)
    flagged = hits["event_id"].n_unique()
    rate = flagged / len(prompts)
    by_rule = hits.group_by("key").len().sort("len", descending=True).head(5).to_dicts()
    print(f"{name}: {flagged} of {len(prompts)} benign prompts flagged ({rate:.2%}); top rules: {by_rule}")
    assert rate <= FP_BOUNDS[name]
