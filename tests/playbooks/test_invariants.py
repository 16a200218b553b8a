"""Repo-wide invariants between detections and playbooks: every playbook a detector, rule or alert shape names
exists, and what playbooks apply to is spelt the way the rules spell it."""

import re
import uuid

from aisoc.detections.rulepack import RULES_DIR, TAG_PATTERN, load_pack
from aisoc.playbooks import load_library

from ..conftest import REPO

LIBRARY = load_library()
PACK = load_pack([RULES_DIR])


def test_playbook_ids_named_in_detector_code_exist():
    named = set()
    for path in [*(REPO / "detections").rglob("*.py"), *(REPO / "analytics" / "alerting").rglob("*.py")]:
        named |= set(re.findall(r"[\"'](pb-[a-z0-9-]+)[\"']", path.read_text(encoding="utf-8")))
    assert named, "the detectors name their playbooks"
    assert named <= set(LIBRARY.playbooks)


def test_applies_to_tags_are_valid_rule_tags():
    for playbook in LIBRARY.playbooks.values():
        for tag in playbook.applies_to.tags:
            assert TAG_PATTERN.match(tag), (playbook.id, tag)


def test_applies_to_rules_exist():
    sigma_ids = {r.id for r in PACK.rules} | {str(c.rule.id) for c in PACK.correlations}
    for playbook in LIBRARY.playbooks.values():
        for rule in playbook.applies_to.rules:
            try:
                uuid.UUID(rule)
            except ValueError:
                assert re.match(r"^[a-z]+(\.[a-z0-9_]+)+$", rule), (playbook.id, rule)  # a detector's own rule id
            else:
                assert rule in sigma_ids, (playbook.id, rule)
