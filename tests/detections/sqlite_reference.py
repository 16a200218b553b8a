"""The reference the polars backend is held to: pySigma-backend-sqlite run in sqlite3.

The same Sigma rule goes through the same processing pipeline (``aisoc_pipeline``) into
pySigma-backend-sqlite, and the SQL runs over the same events, flattened the way SQL-based
Sigma tools flatten JSON logs (Zircolite and friends):

* one table ``logs`` (the backend's default table name);
* every contract column as a column of its own, holding its value (``ts`` as ISO text);
* every dotted path of the ``raw`` JSON object as a column of its own: strings as text,
  numbers as numbers, ``true``/``false`` as the text ``'true'``/``'false'`` (what Sigma
  rules compare against), JSON null as NULL, and lists and objects as their compact JSON text.
  Only the paths some rule names are materialised (a table holds at most 2000 columns); a
  contract column wins over a raw path of the same name, as in the engine.

Columns are declared without a type, so values keep the storage class they were given. Sigma
strings are case-insensitive, so the backend runs with ``collate_nocase=True``: literal
equality is emitted with ``COLLATE NOCASE`` (its ``LIKE`` forms ignore case anyway). ``REGEXP``
is Python's ``re.search`` with the pattern as the backend renders it (flags prefixed as
``(?i)``, ``(?m)``, ``(?s)``).

SQLite folds case for ASCII letters only (``LIKE``, ``NOCASE``) and ``REGEXP`` here is Python's
``re`` dialect: those are the only places where the two are expected to differ
(docs/sigma.md, "Differences from the SQLite backend").
"""

from __future__ import annotations

import copy
import re
import sqlite3
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import datetime
from functools import lru_cache
from typing import Any

import orjson
import polars as pl
from sigma.backends.sqlite import sqliteBackend
from sigma.exceptions import SigmaError
from sigma.rule import SigmaRule

from aisoc.detections.sigma.compile import compile_rule
from aisoc.detections.sigma.engine import evaluate
from aisoc.detections.sigma.pipeline import aisoc_pipeline
from aisoc.ingest.schema import POLARS_SCHEMA

__all__ = ["Comparison", "RuleDiff", "SqliteRule", "compare", "convert", "flatten", "run_sqlite"]

TABLE = "logs"
_SELECT = f"SELECT * FROM {TABLE} WHERE "


@dataclass(frozen=True)
class SqliteRule:
    key: str  # the key our compiler gives the same condition (rule id, plus #index if several)
    sql: str
    fields: frozenset[str]


def convert(rule: SigmaRule) -> list[SqliteRule]:
    """The rule's conditions as SQLite queries; raises pySigma's errors. Processes ``rule`` in place."""
    backend = sqliteBackend(processing_pipeline=aisoc_pipeline(), collate_nocase=True)
    queries = backend.convert_rule(rule)
    fields = frozenset(backend.required_fields(rule))
    rule_id = str(rule.id) if rule.id else (rule.title or "untitled")
    return [
        SqliteRule(rule_id if len(queries) == 1 else f"{rule_id}#{index}", query, fields)
        for index, query in enumerate(queries)
    ]


# --- flattening ---------------------------------------------------------------------------


def flatten(value: Any, prefix: str = "", out: dict[str, Any] | None = None) -> dict[str, Any]:
    """Every dotted path of a JSON object with its SQLite value (see the module docstring)."""
    out = {} if out is None else out
    if isinstance(value, dict):
        if prefix:
            out[prefix] = _json_text(value)
        for key, item in value.items():
            flatten(item, f"{prefix}.{key}" if prefix else str(key), out)
    elif prefix:
        out[prefix] = _scalar(value)
    return out


def _json_text(value: Any) -> str:
    return orjson.dumps(value).decode()


def _scalar(value: Any) -> Any:
    if value is None:
        return None
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, int) and not -(1 << 63) <= value < (1 << 63):
        return str(value)  # beyond SQLite's integers: keep the digits
    if isinstance(value, (list, dict)):
        return _json_text(value)
    return value


def _contract_value(value: Any) -> Any:
    if isinstance(value, datetime):
        return value.isoformat()
    return value


# --- running ------------------------------------------------------------------------------


@lru_cache(maxsize=4096)
def _compiled(pattern: str) -> re.Pattern:
    return re.compile(pattern)


def _regexp(pattern: str, value: Any) -> bool | None:
    if value is None or pattern is None:
        return None
    return _compiled(pattern).search(value if isinstance(value, str) else str(value)) is not None


def run_sqlite(rules: list[SqliteRule], events: pl.DataFrame) -> tuple[dict[str, set[str]], dict[str, str]]:
    """Matching event ids per rule key, and the keys whose query SQLite refused (with why)."""
    contract = list(POLARS_SCHEMA)
    lowered = {c.lower(): c for c in contract}
    extra: dict[str, str] = {}
    for rule in rules:
        for name in rule.fields:
            if name in POLARS_SCHEMA:
                continue
            owner = lowered.get(name.lower()) or extra.get(name.lower())
            # SQLite column names ignore case; the engine's field names do not
            assert owner is None or owner == name, f"columns {owner!r} and {name!r} collide in SQLite"
            extra[name.lower()] = name
    columns = contract + sorted(extra.values())
    connection = sqlite3.connect(":memory:")
    connection.create_function("REGEXP", 2, _regexp, deterministic=True)
    quoted = ", ".join(_quote(c) for c in columns)
    connection.execute(f"CREATE TABLE {TABLE} ({quoted})")
    raw_fields = sorted(extra.values())
    rows = []
    for event in events.iter_rows(named=True):
        try:
            flat = flatten(orjson.loads(event["raw"])) if event.get("raw") else {}
        except orjson.JSONDecodeError:
            flat = {}
        rows.append([_contract_value(event.get(c)) for c in contract] + [flat.get(f) for f in raw_fields])
    connection.executemany(f"INSERT INTO {TABLE} VALUES ({', '.join('?' * len(columns))})", rows)
    matches: dict[str, set[str]] = {}
    refused: dict[str, str] = {}
    for rule in rules:
        assert rule.sql.startswith(_SELECT), rule.sql
        sql = "SELECT event_id FROM logs WHERE " + rule.sql[len(_SELECT) :]
        try:
            matches[rule.key] = {row[0] for row in connection.execute(sql)}
        except sqlite3.Error as exc:
            refused[rule.key] = f"SQLite refused the query: {exc}"
    connection.close()
    return matches, refused


def _quote(name: str) -> str:
    return '"' + name.replace('"', '""') + '"'


# --- the differential ---------------------------------------------------------------------


@dataclass
class RuleDiff:
    key: str
    title: str
    only_sqlite: set[str]
    only_polars: set[str]


@dataclass
class Comparison:
    compared: list[str] = field(default_factory=list)  # rule keys run on both sides
    titles: dict[str, str] = field(default_factory=dict)
    matched: dict[str, set[str]] = field(default_factory=dict)  # key -> event ids (when equal)
    diffs: list[RuleDiff] = field(default_factory=list)
    skipped: dict[str, str] = field(default_factory=dict)  # rule name -> why it was not compared

    @property
    def rules_with_matches(self) -> int:
        return sum(1 for key in self.compared if self.matched.get(key))

    def summary(self, label: str) -> str:
        lines = [
            f"{label}: {len(self.compared)} rule conditions compared, "
            f"{self.rules_with_matches} with at least one match, {len(self.diffs)} differ, "
            f"{len(self.skipped)} skipped"
        ]
        lines += [f"  skipped {name}: {why}" for name, why in sorted(self.skipped.items())]
        for diff in self.diffs:
            lines.append(
                f"  DIFF {diff.title} ({diff.key}): only sqlite {sorted(diff.only_sqlite)[:5]}, "
                f"only polars {sorted(diff.only_polars)[:5]}"
            )
        return "\n".join(lines)


def compare(rules: Iterable[tuple[str, SigmaRule]], events: pl.DataFrame, *, prefilter: bool = True) -> Comparison:
    """Run every (name, rule) both ways over ``events`` and record where the matches differ.

    Each rule object is copied before either side processes it (pySigma pipelines mutate).
    A rule either side cannot convert is recorded in ``skipped``, not compared.
    """
    result = Comparison()
    ours, theirs = [], []
    for name, rule in rules:
        try:
            compiled = compile_rule(copy.deepcopy(rule))
        except SigmaError as exc:
            result.skipped[name] = f"polars backend refuses: {_first_line(exc)}"
            continue
        try:
            queries = convert(copy.deepcopy(rule))
        except (SigmaError, NotImplementedError) as exc:
            result.skipped[name] = f"sqlite backend cannot convert: {_first_line(exc)}"
            continue
        if sorted(c.key for c in compiled) != sorted(q.key for q in queries):
            result.skipped[name] = "the two backends split the rule into different conditions"
            continue
        ours += compiled
        theirs += queries
        result.titles.update({c.key: f"{name}: {c.title}" for c in compiled})
    reference, refused = run_sqlite(theirs, events)
    for key, why in refused.items():
        result.skipped[result.titles.pop(key)] = why
    ours = [c for c in ours if c.key not in refused]
    found = evaluate(ours, events, prefilter=prefilter)
    polars_hits: dict[str, set[str]] = {}
    for key, event_id in found.iter_rows():
        polars_hits.setdefault(key, set()).add(event_id)
    for rule in ours:
        expected, got = reference.get(rule.key, set()), polars_hits.get(rule.key, set())
        result.compared.append(rule.key)
        if expected == got:
            result.matched[rule.key] = got
        else:
            result.diffs.append(RuleDiff(rule.key, result.titles[rule.key], expected - got, got - expected))
    return result


def _first_line(error: BaseException) -> str:
    text = str(error).strip()
    return text.splitlines()[0] if text else type(error).__name__
