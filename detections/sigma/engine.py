"""Running a whole rule pack over an event frame, fast.

Three things keep it fast without changing what matches:

* **Scope first.** Each rule only sees the events of its log source, so the frame is split once
  per source and the raw-record fields a source's rules use are extracted once, for its rows only.
* **One literal pass.** Most rules cannot match unless one of their literals occurs in some field
  (``required_literals``). All such literals of all rules, per field, go into one
  ``str.contains_any`` pass (ASCII case folding, Aho-Corasick); only rows with a hit — plus rows
  holding a character whose Unicode case folding lands on ASCII (ſ, K), which that pass cannot
  see — are evaluated exactly. Rules without such a guarantee are evaluated on every row.
* **One select.** All rules of a scope are evaluated as columns of a single ``select``.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass

import polars as pl

from ingest.schema import POLARS_SCHEMA

from . import ir
from .expressions import KEYWORD_FIELDS, Columns, to_expr

__all__ = ["CompiledRule", "evaluate", "required_literals"]

# Characters outside ASCII whose simple case folding is an ASCII letter (ſ → s, K → k): a row
# holding one can match a case-insensitive literal that an ASCII-folding search misses.
_FOLDS_TO_ASCII = "[\u017f\u212a]"
# The log-source condition every rule carries says nothing about which rows are interesting.
_SCOPE_FIELDS = {"source", "event_kind"}


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
    by_scope: dict[tuple, list[CompiledRule]] = defaultdict(list)
    for rule in rules:
        if rule.scope is not None:
            by_scope[rule.scope].append(rule)
    results = [_evaluate_scope(scope_rules, _scoped(events, scope), columns, prefilter)
               for scope, scope_rules in by_scope.items()]
    results = [r for r in results if r.height]
    if not results:
        return pl.DataFrame(schema={"key": pl.String, "event_id": pl.String})
    return pl.concat(results)


def _scoped(events: pl.DataFrame, scope: tuple[tuple[str, str], ...]) -> pl.DataFrame:
    condition = pl.lit(True)
    for column, value in scope:
        condition &= pl.col(column).str.starts_with(value[:-1]) if value.endswith("*") else pl.col(column) == value
    return events.filter(condition)


def _evaluate_scope(rules: list[CompiledRule], frame: pl.DataFrame, columns: Columns,
                    prefilter: bool) -> pl.DataFrame:
    if frame.height == 0:
        return pl.DataFrame(schema={"key": pl.String, "event_id": pl.String})
    raw_fields = sorted({f for rule in rules for f in _fields(rule.tree) if not columns.is_contract(f)})
    if raw_fields:
        frame = frame.with_columns(
            pl.col("raw").str.json_path_match(columns.raw_path(f)).alias(columns.raw_column(f)) for f in raw_fields)
    guaranteed = {rule.key: required_literals(rule.tree) if prefilter else None for rule in rules}
    everywhere = [rule for rule in rules if guaranteed[rule.key] is None]
    batched = [rule for rule in rules if guaranteed[rule.key] is not None]
    parts = []
    if everywhere:
        parts.append(_matches(everywhere, frame, columns))
    if batched:
        candidates = frame.filter(_literal_prefilter(batched, guaranteed, columns))
        if candidates.height:
            parts.append(_matches(batched, candidates, columns))
    parts = [p for p in parts if p.height]
    return pl.concat(parts) if parts else pl.DataFrame(schema={"key": pl.String, "event_id": pl.String})


def _matches(rules: list[CompiledRule], frame: pl.DataFrame, columns: Columns) -> pl.DataFrame:
    flags = frame.select(pl.col("event_id"), *(to_expr(r.tree, columns).alias(r.key) for r in rules))
    return (flags.unpivot(index="event_id", variable_name="key", value_name="hit")
            .filter(pl.col("hit")).select("key", "event_id"))


def _literal_prefilter(rules: list[CompiledRule], guaranteed: dict, columns: Columns) -> pl.Expr:
    by_field: dict[str, set[str]] = defaultdict(set)
    for rule in rules:
        for field, literal in guaranteed[rule.key]:
            for target in (KEYWORD_FIELDS if field is ir.KEYWORD else (field,)):
                by_field[target].add(literal)
    hits = []
    for field, literals in sorted(by_field.items()):
        text = columns.text(field)
        ascii_only = sorted(lit for lit in literals if lit.isascii())
        other = sorted(lit for lit in literals if not lit.isascii())
        if ascii_only:
            hits.append(text.str.contains_any(ascii_only, ascii_case_insensitive=True))
            hits.append(text.str.contains(_FOLDS_TO_ASCII))
        if other:
            hits.append(text.str.contains("(?i)" + "|".join(re.escape(lit) for lit in other)))
    return pl.any_horizontal(hits).fill_null(False)


def required_literals(node: ir.Node) -> frozenset[tuple[str | None, str]] | None:
    """Literals of which at least one must occur (case-insensitively) for ``node`` to be true.

    None when no such set exists (a negation, a regex, a number test, a cased or empty string…).
    """
    match node:
        case ir.Match(field, op, value, cased, _) if (op != "regex" and not cased and value
                                                       and field not in _SCOPE_FIELDS):
            return frozenset({(field, value)})
        case ir.And(items):
            options = [r for r in (required_literals(i) for i in items) if r is not None]
            return min(options, key=len) if options else None
        case ir.Or(items):
            options = [required_literals(i) for i in items]
            if not options or any(o is None for o in options):
                return None
            return frozenset().union(*options)
    return None


def _fields(node: ir.Node) -> Iterable[str]:
    match node:
        case ir.And(items) | ir.Or(items):
            for item in items:
                yield from _fields(item)
        case ir.Not(item):
            yield from _fields(item)
        case ir.FieldRef(field, other, _):
            yield field
            yield other
        case ir.Match() if node.field is ir.KEYWORD:
            return
        case _:
            yield node.field
