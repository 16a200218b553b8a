"""Loading rule files, checking them, and running their inline samples.

``load_pack`` reads every rule file under the given paths and never stops at the first
problem: YAML errors, pySigma errors, features the compiler refuses and breaches of the
project's conventions (``conventions=True``) are all collected as ``Problem``s with
``path:line``, the way a linter should report them.
"""

from __future__ import annotations

import re
import uuid
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml
from sigma.collection import SigmaCollection
from sigma.correlations import SigmaCorrelationCondition, SigmaCorrelationConditionOperator, SigmaCorrelationRule
from sigma.exceptions import SigmaError
from sigma.rule import SigmaRule

from aisoc.detections.sigma.compile import compile_rule
from aisoc.detections.sigma.correlate import CORRELATION_TYPES, CompiledCorrelation
from aisoc.detections.sigma.engine import CompiledRule
from aisoc.ingest.kernel.userfiles import Problem, authored_files

__all__ = [
    "Problem",
    "PackRule",
    "PackCorrelation",
    "RulePack",
    "load_pack",
    "RULES_DIR",
    "RULE_SUFFIXES",
    "TAG_PATTERN",
]

RULES_DIR = Path(__file__).resolve().parent / "rules"
RULE_SUFFIXES = (".yml", ".yaml")
LEVELS = ("informational", "low", "medium", "high", "critical")
STATUSES = ("stable", "test", "experimental", "deprecated", "unsupported")
TAG_PATTERN = re.compile(
    r"^(owasp\.llm(0[1-9]|10)|atlas\.aml\.t\d{4}(\.\d{3})?|attack\.(t\d{4}(\.\d{3})?|[a-z]+(-[a-z]+)*|[gs]\d{4})"
    r"|cve\.\d{4}-\d+|detection\.[a-z_-]+|car\.\d{4}-\d{2}-\d{3}|tlp\.[a-z]+|stp\.\w+)$"
)


@dataclass
class PackRule:
    path: Path
    rule: SigmaRule
    compiled: list[CompiledRule]
    lines: dict[str, int] = field(default_factory=dict)  # top-level key -> line

    @property
    def id(self) -> str:
        return str(self.rule.id)

    @property
    def playbook(self) -> str | None:
        return self.rule.custom_attributes.get("playbook")

    @property
    def samples(self) -> dict[str, list[dict[str, Any]]]:
        samples = self.rule.custom_attributes.get("samples") or {}
        return samples if isinstance(samples, dict) else {}


@dataclass
class PackCorrelation:
    path: Path
    rule: SigmaCorrelationRule
    compiled: CompiledCorrelation
    lines: dict[str, int] = field(default_factory=dict)


@dataclass
class RulePack:
    rules: list[PackRule] = field(default_factory=list)
    correlations: list[PackCorrelation] = field(default_factory=list)
    problems: list[Problem] = field(default_factory=list)
    files: int = 0
    # keys of rules referenced by a correlation without `generate: true`: no findings of their own
    quiet_keys: set[str] = field(default_factory=set)

    @property
    def compiled(self) -> list[CompiledRule]:
        return [c for r in self.rules for c in r.compiled]


def rule_files(paths: list[Path]) -> list[Path]:
    return authored_files(paths, RULE_SUFFIXES)


# A correlation rule read from a file (with its top-level key lines), resolved once all files are in.
_PendingCorrelation = tuple[Path, SigmaCorrelationRule, dict[str, int]]


def load_pack(paths: list[Path], *, conventions: bool = False) -> RulePack:
    """Every rule under ``paths`` compiled, and every problem found on the way."""
    pack = RulePack()
    pending: list[_PendingCorrelation] = []
    for path in rule_files(paths):
        pack.files += 1
        pending += _load_file(path, pack, conventions)
    for path, correlation, lines in pending:  # after every file: references may cross files
        _add_correlation(pack, path, correlation, lines)
    if conventions:
        _check_uniqueness(pack)
    return pack


def _load_file(path: Path, pack: RulePack, conventions: bool) -> list[_PendingCorrelation]:
    """Load one file's rules into ``pack``; returns its correlation rules, resolved later."""
    shown = str(path)
    correlations: list[_PendingCorrelation] = []
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        pack.problems.append(Problem(shown, 1, f"cannot read: {exc}"))
        return correlations
    try:
        lines = _top_level_lines(text)
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        pack.problems.append(Problem(shown, (mark.line + 1) if mark else 1, f"invalid YAML: {_first_line(exc)}"))
        return correlations
    try:
        collection = SigmaCollection.from_yaml(text, collect_errors=True, resolve_references=False)
    except SigmaError as exc:
        pack.problems.append(Problem(shown, _line_of(exc, lines, text), _first_line(exc)))
        return correlations
    for error in collection.errors:
        pack.problems.append(Problem(shown, _line_of(error, lines, text), _first_line(error)))
    for rule in collection.rules:
        if isinstance(rule, SigmaCorrelationRule):
            correlations.append((path, rule, lines))
            continue
        if not isinstance(rule, SigmaRule):
            continue
        if rule.errors:
            for error in rule.errors:
                pack.problems.append(Problem(shown, _line_of(error, lines, text), _first_line(error)))
            continue
        try:
            compiled = compile_rule(rule)
        except SigmaError as exc:
            pack.problems.append(Problem(shown, _line_of(exc, lines, text), _first_line(exc)))
            continue
        loaded = PackRule(path, rule, compiled, lines)
        pack.rules.append(loaded)
        if compiled and compiled[0].scope is None:
            pack.problems.append(
                Problem(shown, lines.get("logsource", 1), f"log source {_logsource(rule)} is not collected by aisoc")
            )
        if conventions:
            pack.problems += _convention_problems(loaded, text)
    return correlations


_OPERATORS = {
    SigmaCorrelationConditionOperator.GT: "gt",
    SigmaCorrelationConditionOperator.GTE: "gte",
    SigmaCorrelationConditionOperator.LT: "lt",
    SigmaCorrelationConditionOperator.LTE: "lte",
    SigmaCorrelationConditionOperator.EQ: "eq",
}


def _add_correlation(pack: RulePack, path: Path, rule: SigmaCorrelationRule, lines: dict[str, int]) -> None:
    shown, line = str(path), lines.get("correlation", 1)
    kind = str(rule.type.name).lower()
    if rule.errors:
        pack.problems += [Problem(shown, line, _first_line(e)) for e in rule.errors]
        return
    if kind not in CORRELATION_TYPES:
        pack.problems.append(Problem(shown, line, f"correlation type {kind} is not supported"))
        return
    if rule.aliases and rule.aliases.aliases:
        pack.problems.append(Problem(shown, line, "correlation field aliases are not supported yet"))
        return
    by_name = {str(r.rule.name): r for r in pack.rules if r.rule.name}
    by_id = {r.id: r for r in pack.rules}
    keys: list[str] = []
    for reference in rule.rules or []:
        target = by_name.get(reference.reference) or by_id.get(reference.reference)
        if target is None:
            pack.problems.append(Problem(shown, line, f"correlation refers to unknown rule {reference.reference!r}"))
            return
        keys += [c.key for c in target.compiled]
        if not rule.generate:
            pack.quiet_keys.update(c.key for c in target.compiled)
    # An extended condition (an expression over rules) has no operator, count or field: "at least one".
    simple = rule.condition if isinstance(rule.condition, SigmaCorrelationCondition) else None
    op = _OPERATORS.get(simple.op, "gte") if simple is not None else "gte"
    fieldref = simple.fieldref if simple is not None else None
    if isinstance(fieldref, list):
        fieldref = fieldref[0] if len(fieldref) == 1 else None
    rule_id = str(rule.id) if rule.id else str(rule.name or rule.title)
    compiled = CompiledCorrelation(
        key=rule_id,
        rule_id=rule_id,
        title=rule.title,
        type=kind,
        rule_keys=tuple(keys),
        group_by=tuple(rule.group_by or ()),
        timespan_seconds=int(rule.timespan.seconds),
        op=op,
        count=int(simple.count or 1) if simple is not None else 1,
        field=fieldref,
    )
    pack.correlations.append(PackCorrelation(path, rule, compiled, lines))


def _convention_problems(loaded: PackRule, text: str) -> list[Problem]:
    rule, shown, lines = loaded.rule, str(loaded.path), loaded.lines
    problems = []

    def need(ok: bool, key: str, message: str) -> None:
        if not ok:
            problems.append(Problem(shown, lines.get(key, 1), message))

    raw_id = _raw_value(text, "id")
    need(raw_id is not None and _is_uuid(raw_id), "id", "id must be a UUID")
    need(rule.status is not None and rule.status.name.lower() in STATUSES, "status", "status is missing")
    need(rule.level is not None and rule.level.name.lower() in LEVELS, "level", "level is missing")
    need(bool(rule.description), "description", "description is missing")
    need(bool(rule.falsepositives), "falsepositives", "falsepositives is missing")
    need(bool(rule.tags), "tags", "at least one tag is required")
    for tag in rule.tags:
        need(bool(TAG_PATTERN.match(str(tag))), "tags", f"tag {str(tag)!r} is not an OWASP LLM, ATLAS or ATT&CK tag")
    need(isinstance(loaded.playbook, str) and bool(loaded.playbook), "playbook", "playbook id is missing")
    samples = loaded.samples
    need(bool(samples.get("positive")), "samples", "samples need at least one positive event")
    need(bool(samples.get("negative")), "samples", "samples need at least one near-miss negative event")
    stem_ok = re.fullmatch(r"[a-z0-9]+(_[a-z0-9]+)*", loaded.path.stem) is not None
    need(stem_ok, "title", f"file name {loaded.path.name!r} must be snake_case")
    return problems


def _check_uniqueness(pack: RulePack) -> None:
    ids = Counter(r.id for r in pack.rules)
    stems = Counter(r.path.stem for r in pack.rules)
    for rule in pack.rules:
        if ids[rule.id] > 1:
            pack.problems.append(Problem(str(rule.path), rule.lines.get("id", 1), f"duplicate rule id {rule.id}"))
        if stems[rule.path.stem] > 1:
            pack.problems.append(Problem(str(rule.path), 1, f"duplicate file name {rule.path.stem!r}"))


def _top_level_lines(text: str) -> dict[str, int]:
    """Line (1-based) of each top-level key of the first YAML document; raises YAMLError."""
    lines: dict[str, int] = {}
    for document in yaml.compose_all(text, Loader=yaml.SafeLoader):
        if isinstance(document, yaml.MappingNode):
            for key, _ in document.value:
                lines.setdefault(str(key.value), key.start_mark.line + 1)
    return lines


def _line_of(error: Exception, lines: dict[str, int], text: str) -> int:
    """Best line for an error: pySigma's own location, else the detection item it names."""
    source = getattr(error, "source", None)
    if source is not None and getattr(source, "line", None):
        return int(source.line)
    message = str(error)
    for quoted in re.findall(r"'([^']+)'", message):
        for number, line in enumerate(text.splitlines(), start=1):
            if quoted in line:
                return number
    for key in ("detection", "logsource", "title"):
        if key in lines:
            return lines[key]
    return 1


def _raw_value(text: str, key: str) -> str | None:
    match = re.search(rf"^{key}:\s*['\"]?([^'\"\n#]+)", text, re.M)
    return match.group(1).strip() if match else None


def _is_uuid(value: str) -> bool:
    try:
        uuid.UUID(value)
        return True
    except ValueError:
        return False


def _logsource(rule: SigmaRule) -> str:
    ls = rule.logsource
    return "/".join(p for p in (ls.product, ls.service, ls.category) if p) or "(none)"


def _first_line(error: BaseException) -> str:
    text = str(error).strip()
    return text.splitlines()[0] if text else type(error).__name__
