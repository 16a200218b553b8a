"""What an alert is: its fields, severities and statuses, and what each detector's rules mean.

Sigma rules carry their own title, level, tags and playbook; the other detectors' rules are
described here, by ``rule_id`` prefix, so every alert has a severity, tags (OWASP LLM Top 10
2025, MITRE ATLAS) and a playbook id whichever detector raised it.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

__all__ = ["ALERT_FIELDS", "SEVERITIES", "STATUSES", "RuleMeta", "rule_meta", "severity_rank", "HEALTH_DETECTOR"]

# The alert shape, in the order `aisoc alerts list --format jsonl` prints it.
ALERT_FIELDS = (
    "id",
    "detector",
    "rule_id",
    "title",
    "severity",
    "tags",
    "tenant",
    "entity",
    "first_seen",
    "last_seen",
    "count",
    "evidence_event_ids",
    "explanation",
    "status",
    "dedup_key",
    "score",
    "playbook",
    "created_at",
    "updated_at",
)
SEVERITIES = ("informational", "low", "medium", "high", "critical")
STATUSES = ("open", "acknowledged", "escalated", "closed")
# Alerts about aisoc itself (a detector that failed in a scheduled run).
HEALTH_DETECTOR = "health"


@dataclass(frozen=True)
class RuleMeta:
    title: str
    severity: str
    tags: tuple[str, ...] = ()
    playbook: str | None = None


def severity_rank(severity: str) -> int:
    return SEVERITIES.index(severity) if severity in SEVERITIES else 2


# rule_id prefix -> (title, severity, tags, playbook); the longest matching prefix wins.
_NON_SIGMA: dict[str, tuple[str, str, tuple[str, ...], str | None]] = {
    "similarity.": (
        "Text resembles a known attack",
        "medium",
        ("owasp.llm01", "atlas.aml.t0051"),
        "pb-prompt-injection",
    ),
    "similarity.injection": (
        "Prompt resembles a known prompt injection",
        "medium",
        ("owasp.llm01", "atlas.aml.t0051.000"),
        "pb-prompt-injection",
    ),
    "similarity.indirect_injection": (
        "Content resembles a known indirect injection",
        "high",
        ("owasp.llm01", "atlas.aml.t0051.001"),
        "pb-prompt-injection",
    ),
    "similarity.jailbreak_persona": (
        "Prompt resembles a known jailbreak",
        "medium",
        ("owasp.llm01", "atlas.aml.t0054"),
        "pb-jailbreak",
    ),
    "similarity.system_prompt_extraction": (
        "Prompt resembles a system-prompt extraction attempt",
        "medium",
        ("owasp.llm07", "atlas.aml.t0051"),
        "pb-system-prompt-leak",
    ),
    "similarity.data_exfiltration": (
        "Prompt resembles a known data-exfiltration attempt",
        "high",
        ("owasp.llm02", "atlas.aml.t0057"),
        "pb-data-exfiltration",
    ),
    "similarity.tool_abuse": (
        "Prompt resembles a known tool-abuse attempt",
        "high",
        ("owasp.llm06", "atlas.aml.t0053"),
        "pb-tool-abuse",
    ),
    "similarity.obfuscation.": (
        "Obfuscated text hides instructions",
        "medium",
        ("owasp.llm01", "atlas.aml.t0051"),
        "pb-prompt-injection",
    ),
    "similarity.system_prompt_paraphrase": (
        "Response restates the system prompt in other words",
        "high",
        ("owasp.llm07", "atlas.aml.t0057"),
        "pb-system-prompt-leak",
    ),
    "classifier.": (
        "Classifier: attack on the application",
        "medium",
        ("owasp.llm01", "atlas.aml.t0051"),
        "pb-prompt-injection",
    ),
    "classifier.injection": (
        "Classifier: prompt injection",
        "medium",
        ("owasp.llm01", "atlas.aml.t0051.000"),
        "pb-prompt-injection",
    ),
    "classifier.jailbreak": (
        "Classifier: jailbreak attempt",
        "medium",
        ("owasp.llm01", "atlas.aml.t0054"),
        "pb-jailbreak",
    ),
    "classifier.extraction": (
        "Classifier: system-prompt or secret extraction attempt",
        "medium",
        ("owasp.llm07", "atlas.aml.t0051"),
        "pb-system-prompt-leak",
    ),
    "classifier.response_disclosure": (
        "Response discloses its instructions",
        "high",
        ("owasp.llm07", "atlas.aml.t0057"),
        "pb-system-prompt-leak",
    ),
    "leakage.pii.": ("Personal data in LLM traffic", "medium", ("owasp.llm02",), "pb-pii-leak"),
    "leakage.secret.": (
        "Credential or secret in LLM traffic",
        "high",
        ("owasp.llm02", "atlas.aml.t0057"),
        "pb-secret-leak",
    ),
    "leakage.system_prompt": (
        "Response reproduces the system prompt",
        "high",
        ("owasp.llm07", "atlas.aml.t0057"),
        "pb-system-prompt-leak",
    ),
    "leakage.system_prompt_secret": (
        "Response leaks a secret the system prompt holds",
        "high",
        ("owasp.llm07", "atlas.aml.t0057"),
        "pb-system-prompt-leak",
    ),
    "leakage.canary": (
        "Canary token left the system",
        "critical",
        ("owasp.llm02", "atlas.aml.t0057"),
        "pb-system-prompt-leak",
    ),
    "leakage.protected_doc": (
        "Protected document in LLM traffic",
        "high",
        ("owasp.llm02", "atlas.aml.t0057"),
        "pb-data-exfiltration",
    ),
    "leakage.scan_limit": ("Field too large or too costly to scan whole for leakage", "low", ("owasp.llm10",), None),
    "leakage.rag_cross_tenant": (
        "Retrieval crossed a tenant boundary",
        "critical",
        ("owasp.llm08", "owasp.llm02"),
        "pb-rag-cross-tenant",
    ),
    "leakage.rag_acl": (
        "Retrieval outside the document's ACL",
        "high",
        ("owasp.llm08", "owasp.llm02"),
        "pb-rag-cross-tenant",
    ),
    "behaviour.": ("Unusual behaviour of an identity", "medium", ("owasp.llm10",), "pb-unbounded-consumption"),
    "behaviour.extraction_pattern": (
        "Query pattern consistent with model extraction",
        "high",
        ("owasp.llm10", "atlas.aml.t0024"),
        "pb-model-extraction",
    ),
    "behaviour.model_sweep": (
        "Identity sweeps across models",
        "medium",
        ("owasp.llm10", "atlas.aml.t0024"),
        "pb-model-extraction",
    ),
    "behaviour.new_source": (
        "API key used from a new network or client",
        "high",
        ("owasp.llm10", "attack.t1078"),
        "pb-api-key-compromise",
    ),
    "behaviour.unusual_hour": ("Identity active at an unusual hour", "low", ("owasp.llm10",), "pb-api-key-compromise"),
    "health.": ("A detector failed in a scheduled run", "high", (), None),
}


def rule_meta(detector: str, rule_id: str, label: str | None, pack: Mapping[str, RuleMeta] | None = None) -> RuleMeta:
    """What ``rule_id`` means: from the rule pack for Sigma, from the table above otherwise."""
    if pack and rule_id in pack:
        return pack[rule_id]
    matches = [prefix for prefix in _NON_SIGMA if rule_id.startswith(prefix)]
    if not matches:
        return RuleMeta(title=f"{detector}: {label or rule_id}", severity="medium")
    title, severity, tags, playbook = _NON_SIGMA[max(matches, key=len)]
    if label and detector == "leakage" and rule_id.startswith(("leakage.pii.", "leakage.secret.")):
        title = f"{title} ({label})"
    return RuleMeta(title, severity, tags, playbook)
