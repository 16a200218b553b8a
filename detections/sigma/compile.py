"""Sigma rules to ``CompiledRule``s: pySigma parses and processes, our backend builds the tree."""

from __future__ import annotations

from sigma.rule import SigmaLogSource, SigmaRule

from aisoc.detections.sigma.backend import PolarsBackend
from aisoc.detections.sigma.engine import CompiledRule
from aisoc.detections.sigma.pipeline import LOGSOURCES

__all__ = ["compile_rule", "scope_of"]


def compile_rule(rule: SigmaRule) -> list[CompiledRule]:
    """The rule's conditions as compiled rules. Raises pySigma's errors (with the rule's source).

    The rule object is processed in place by pySigma's pipeline: compile each rule object once.
    """
    trees = PolarsBackend().convert_rule(rule, "ir")
    rule_id = str(rule.id) if rule.id else (rule.title or "untitled")
    scope = scope_of(rule.logsource)
    return [
        CompiledRule(
            key=rule_id if len(trees) == 1 else f"{rule_id}#{index}",
            rule_id=rule_id,
            title=rule.title,
            tree=tree,
            scope=scope,
        )
        for index, tree in enumerate(trees)
    ]


def scope_of(logsource: SigmaLogSource) -> tuple[tuple[str, str], ...] | None:
    """The event-table conditions of a log source, or None when aisoc collects no such logs."""
    conditions: dict[str, str] = {}
    for fields, condition, _ in LOGSOURCES:
        if logsource in SigmaLogSource(fields.get("category"), fields.get("product"), fields.get("service")):
            for column, value in condition.items():
                conditions.setdefault(column, value)
    return tuple(sorted(conditions.items())) or None
