"""Running a whole rule pack over an event frame, fast.

Three things keep it fast without changing what matches:

* **Scope first.** Each rule only sees the events of its log source, so the frame is split once
  per source.
* **One pass per column.** Most rules cannot match unless one of their literals occurs in some
  field, or one of their regexes matches (``required_probes``). All such literals of all rules,
  per field, go into one ``str.contains_any`` pass (ASCII case folding, Aho-Corasick), and all
  such regexes into one alternation; only rows with a hit — plus rows holding a character whose
  Unicode case folding lands on ASCII (ſ, K), which that pass cannot see — are evaluated exactly.
  Literals of native fields are probed in the raw record's text, and a rule reading native fields
  extracts only its own fields, from the raw JSON of its own candidate rows. Rules without such a
  guarantee run on every row.
* **One select.** All rules of a scope are evaluated as columns of a single ``select``.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Callable, Iterable
from dataclasses import dataclass

import polars as pl

from aisoc.detections.sigma import ir
from aisoc.detections.sigma.expressions import KEYWORD_FIELDS, Columns, regex_text, to_expr
from aisoc.ingest.schema import POLARS_SCHEMA

__all__ = ["CompiledRule", "evaluate", "required_probes"]

# Characters outside ASCII whose simple case folding is an ASCII letter (ſ → s, K → k): a row
# holding one can match a case-insensitive literal that an ASCII-folding search misses.
_FOLDS_TO_ASCII = "[\u017f\u212a]"
# The log-source condition every rule carries says nothing about which rows are interesting.
_SCOPE_FIELDS = {"source", "event_kind"}
# Above this many rows in a scope, a rule's cheapest probes are chosen by trying them on a sample.
_SAMPLE_FROM = 50_000
_SAMPLE_ROWS = 4_000


@dataclass(frozen=True)
class CompiledRule:
    key: str  # unique within a run: the Sigma id (plus the condition index when a rule has several)
    rule_id: str
    title: str
    tree: ir.Node
    scope: tuple[tuple[str, str], ...] | None  # (column, value) conditions of the log source; None: no data


def evaluate(rules: Iterable[CompiledRule], events: pl.DataFrame, *, prefilter: bool = True) -> pl.DataFrame:
    """Every (rule key, event_id) match, as a frame with columns ``key`` and ``event_id``.

    ``prefilter=False`` evaluates every rule on every row of its scope: slower, same result
    (the tests hold the two to that).
    """
    columns = Columns(POLARS_SCHEMA)
    by_scope: dict[tuple[tuple[str, str], ...], list[CompiledRule]] = defaultdict(list)
    for rule in rules:
        if rule.scope is not None:
            by_scope[rule.scope].append(rule)
    results = [
        _evaluate_scope(scope_rules, _scoped(events, scope), columns, prefilter)
        for scope, scope_rules in by_scope.items()
    ]
    results = [r for r in results if r.height]
    if not results:
        return pl.DataFrame(schema={"key": pl.String, "event_id": pl.String})
    return pl.concat(results)


def _scoped(events: pl.DataFrame, scope: tuple[tuple[str, str], ...]) -> pl.DataFrame:
    condition = pl.lit(True)
    for column, value in scope:
        condition &= pl.col(column).str.starts_with(value[:-1]) if value.endswith("*") else pl.col(column) == value
    return events.filter(condition)


def _evaluate_scope(rules: list[CompiledRule], frame: pl.DataFrame, columns: Columns, prefilter: bool) -> pl.DataFrame:
    if frame.height == 0:
        return _no_matches()
    cost = _sampled_cost(frame, columns) if frame.height > _SAMPLE_FROM else _probe_cost
    found = {rule.key: required_probes(rule.tree, columns, cost) if prefilter else None for rule in rules}
    probes = {key: probe_set for key, probe_set in found.items() if probe_set is not None}
    everywhere = [rule for rule in rules if rule.key not in probes]
    batched = [rule for rule in rules if rule.key in probes]
    parts = []
    if everywhere:
        parts.append(_matches(everywhere, _with_raw_fields(frame, everywhere, columns), columns))
    if batched:
        candidates = frame.filter(_prefilter([p for r in batched for p in probes[r.key]], columns))
        plain = [r for r in batched if not _native_fields([r], columns)]
        native = [r for r in batched if _native_fields([r], columns)]
        if candidates.height and plain:
            parts.append(_matches(plain, candidates, columns))
        for rule in native if candidates.height else ():
            # Reading a field out of the raw JSON costs a parse per row: only for this rule's
            # own candidates, and only the fields it reads.
            own = candidates.filter(_prefilter(list(probes[rule.key]), columns))
            if own.height:
                parts.append(_matches([rule], _with_raw_fields(own, [rule], columns), columns))
    parts = [p for p in parts if p.height]
    return pl.concat(parts) if parts else _no_matches()


def _no_matches() -> pl.DataFrame:
    return pl.DataFrame(schema={"key": pl.String, "event_id": pl.String})


def _native_fields(rules: list[CompiledRule], columns: Columns) -> list[str]:
    return sorted(
        {f for rule in rules for f in ir.fields(rule.tree) if f is not ir.KEYWORD and not columns.is_contract(f)}
    )


def _with_raw_fields(frame: pl.DataFrame, rules: list[CompiledRule], columns: Columns) -> pl.DataFrame:
    raw_fields = _native_fields(rules, columns)
    if not raw_fields:
        return frame
    return frame.with_columns(
        pl.col("raw").str.json_path_match(columns.raw_path(f)).alias(columns.raw_column(f)) for f in raw_fields
    )


def _matches(rules: list[CompiledRule], frame: pl.DataFrame, columns: Columns) -> pl.DataFrame:
    flags = frame.select(pl.col("event_id"), *(to_expr(r.tree, columns).alias(r.key) for r in rules))
    return (
        flags.unpivot(index="event_id", variable_name="key", value_name="hit")
        .filter(pl.col("hit"))
        .select("key", "event_id")
    )


def _prefilter(probes: list[Probe], columns: Columns) -> pl.Expr:
    """True for rows where at least one probe may hit: one pass per column for all the rules."""
    literals: dict[str, set[str]] = defaultdict(set)
    regexes: dict[str, set[str]] = defaultdict(set)
    for field, kind, text in probes:
        for target in KEYWORD_FIELDS if field is ir.KEYWORD else (field,):
            (literals if kind == "literal" else regexes)[target].add(text)
    hits = []
    for field in sorted(set(literals) | set(regexes)):
        column = columns.text(field)
        ascii_only = sorted(lit for lit in literals[field] if lit.isascii())
        other = sorted(lit for lit in literals[field] if not lit.isascii())
        if ascii_only:
            hits.append(column.str.contains_any(ascii_only, ascii_case_insensitive=True))
            hits.append(column.str.contains(_FOLDS_TO_ASCII))
        if field == "raw" and literals[field]:
            # A JSON escape (\u0026, \/) can hide a literal in raw text; such rows go through.
            hits.append(column.str.contains_any(["\\u", "\\/"]))
        if other:
            hits.append(column.str.contains("(?i)" + "|".join(re.escape(lit) for lit in other)))
        if regexes[field]:
            hits.append(column.str.contains("|".join(sorted(regexes[field]))))
    return pl.any_horizontal(hits).fill_null(False)


# A probe is a necessary condition: (field, "literal", text) — the text occurs, case-insensitively;
# (field, "regex", pattern) — the pattern (flags inlined) matches. Field None means keywords.
Probe = tuple[str | None, str, str]
# What ranks the options of an And (lower first): a sampled hit rate, or ``_probe_cost``'s tuple.
Cost = Callable[[frozenset[Probe]], float | tuple[int, int, int]]


def required_probes(node: ir.Node, columns: Columns, cost: Cost | None = None) -> frozenset[Probe] | None:
    """Probes of which at least one must hit for ``node`` to be true; None when there are none.

    A native field's literal is probed in the raw record's text (where it must then occur), unless
    JSON escaping could hide it there; its regexes are not probed (anchors mean the field).
    """
    match node:
        case ir.Match(field, op, value, cased, flags) if value and field not in _SCOPE_FIELDS:
            native = field is not ir.KEYWORD and not columns.is_contract(field)
            if op != "regex" and not cased:
                if native:
                    return frozenset({("raw", "literal", value)}) if _json_safe(value) else None
                return frozenset({(field, "literal", value)})
            if op == "regex" and not native:
                return frozenset({(field, "regex", f"(?:{regex_text(value, flags)})")})
            return None
        case ir.And(items):
            options = [r for r in (required_probes(i, columns, cost) for i in items) if r is not None]
            # cheapest and most selective first: literals (one Aho-Corasick pass) before regexes,
            # then the option whose shortest literal is longest ("secrets" says more than "get")
            if len(options) <= 1:
                return options[0] if options else None
            return min(options, key=cost or _probe_cost)
        case ir.Or(items):
            alternatives = [required_probes(i, columns, cost) for i in items]
            known = [o for o in alternatives if o is not None]
            if not alternatives or len(known) < len(alternatives):
                return None
            return frozenset().union(*known)
    return None


def _sampled_cost(frame: pl.DataFrame, columns: Columns) -> Callable[[frozenset[Probe]], float]:
    """Cost of an option = the share of a sample of rows its probes let through (plus regex work)."""
    sample = frame.gather_every(max(1, frame.height // _SAMPLE_ROWS))
    seen: dict[Probe, float] = {}

    def rate(probe: Probe) -> float:
        if probe not in seen:
            hits = sample.select(_prefilter([probe], columns).sum()).item()
            seen[probe] = hits / max(sample.height, 1)
        return seen[probe]

    return lambda option: sum(rate(p) for p in option) + 0.01 * sum(k == "regex" for _, k, _ in option)


def _probe_cost(probes: frozenset[Probe]) -> tuple[int, int, int]:
    regexes = sum(kind == "regex" for _, kind, _ in probes)
    shortest = min((len(text) for _, kind, text in probes if kind == "literal"), default=0)
    return regexes, -shortest, len(probes)


def _json_safe(text: str) -> bool:
    """Whether the text appears verbatim inside a JSON string (no quote, backslash or control)."""
    return '"' not in text and "\\" not in text and all(ord(c) >= 0x20 for c in text)
