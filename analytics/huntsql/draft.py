"""A hunt query's WHERE clause as a Sigma rule draft.

The analyst's SQL is parsed by DuckDB's own parser (``json_serialize_sql``: the parse tree as
JSON, nothing executed), never by pattern-matching the text, so quoting, comments and operator
precedence mean exactly what DuckDB says they mean. The tree's WHERE clause is translated into a
Sigma ``detection``; what has no Sigma meaning (time windows, joins, subqueries, column-to-column
compares, unknown columns...) is left out and listed, so a human finishes the rule knowingly.

Semantics worth knowing when reviewing a draft:

* Sigma string matching is case-insensitive, so ``=``/``LIKE``/``contains`` drafts match like
  ``ILIKE`` does: a draft may match more rows than a case-sensitive SQL test.
* SQL's ``NOT`` is three-valued (a NULL column makes ``app <> 'x'`` unknown, not true); Sigma's
  is not. For a negation over one column the draft adds ``col|exists: true`` so both agree.

The YAML is produced by PyYAML's safe dumper only (values come from logs: an attacker may have
written them), and the free-text notes written as comments are flattened to one printable line.
"""

from __future__ import annotations

import json
import uuid
from dataclasses import dataclass, field
from datetime import date
from itertools import product
from typing import Any

import duckdb
import yaml

from aisoc.ingest.kernel.errors import AisocError
from aisoc.ingest.schema import FIELD_NAMES

__all__ = ["sigma_draft", "Draft", "DraftError"]

_CONTRACT = frozenset(FIELD_NAMES)
_TIME_COLUMNS = frozenset({"ts", "ingested_at"})  # a Sigma rule has no time window: dropped
_LLM_CATEGORIES = ("chat", "completion", "embedding", "retrieval", "tool_call", "guardrail", "agent")
# Log sources the aisoc pipeline knows (docs/rules.md), keyed by the event column they pin.
_BY_SOURCE = {
    "cloudtrail": {"product": "aws", "service": "cloudtrail"},
    "k8s_audit": {"product": "kubernetes", "service": "audit"},
    "mlflow": {"product": "mlflow"},
}
# Only one collector emits each of these kinds today, so the kind implies the log source.
_BY_KIND = {"cloud.audit": _BY_SOURCE["cloudtrail"], "k8s.audit": _BY_SOURCE["k8s_audit"]}
_GENERIC_LOGSOURCE = {"product": "aisoc"}
_PLACEHOLDER = {"FIELD_TODO": "VALUE_TODO"}
_COMPARE = {
    "COMPARE_GREATERTHAN": "gt",
    "COMPARE_GREATERTHANOREQUALTO": "gte",
    "COMPARE_LESSTHAN": "lt",
    "COMPARE_LESSTHANOREQUALTO": "lte",
}
_FLIP = {"gt": "lt", "gte": "lte", "lt": "gt", "lte": "gte"}
_STRING_FUNCTIONS = {
    "contains": "contains",
    "starts_with": "startswith",
    "prefix": "startswith",
    "ends_with": "endswith",
    "suffix": "endswith",
}
_CASE_FUNCTIONS = {"lower", "upper", "lcase", "ucase"}  # harmless: Sigma ignores case anyway
_MAX_BRANCHES = 32
_NO_LOCATION = 1 << 63


class DraftError(AisocError):
    """The SQL does not parse, or is not exactly one plain SELECT statement."""


@dataclass(frozen=True)
class Draft:
    yaml: str
    untranslated: tuple[str, ...]  # human-readable notes on what the draft leaves out


class _Skip(Exception):
    """This part of the WHERE clause has no Sigma translation (the message says why)."""


Item = tuple[str, Any]  # one Sigma detection item: ("field|modifier", value)


@dataclass
class _Branch:
    """One top-level OR branch: its items ANDed, each nested OR, and none of the filters."""

    items: list[Item] = field(default_factory=list)
    ors: list[list[dict]] = field(default_factory=list)
    filters: list[dict] = field(default_factory=list)


def sigma_draft(
    sql: str, *, title: str = "Draft from hunt query", author: str | None = None, today: date | None = None
) -> Draft:
    """A Sigma rule draft (YAML text) from a read-only hunt query over ``events``."""
    node = _parse(sql)
    notes: list[str] = []
    aliases = _events_aliases(node.get("from_table") or {}, notes)
    if node.get("group_expressions") or node.get("having") or node.get("qualify"):
        notes.append("GROUP BY / HAVING / QUALIFY (aggregation): a Sigma correlation rule can count events")
    if any(str(c.get("key", "")).lower() == "events" for c in (node.get("cte_map") or {}).get("map", [])):
        aliases = set()  # `WITH events AS (...)`: the name no longer means the event table
    where = node.get("where_clause")
    branches: list[_Branch] = []
    if not aliases:
        notes.append("FROM: the query does not read the events table, so nothing is translated")
    elif where is None:
        notes.append("WHERE: the query has none, so there is nothing to translate")
    else:
        sql_bytes, parts = sql.encode("utf-8"), _flatten(where, "CONJUNCTION_OR")
        for part in parts:
            branch = _branch(part, aliases, sql_bytes, notes)
            if branch.items or branch.ors or branch.filters:
                branches.append(branch)
            elif len(parts) > 1:  # an emptied OR branch would match everything: leave it out
                notes.append(f"OR branch left out (nothing in it translates): {_fragment(part, sql_bytes)}")
        branches = _merge_branches(branches)
    if not branches and aliases and where is not None:
        notes.append("WHERE: no condition could be translated; the detection is a placeholder to edit")
    logsource = _logsource(branches)
    if logsource is _GENERIC_LOGSOURCE:
        notes.append(
            "logsource: a placeholder, the query pins no event_kind or source; "
            "choose llm, aws/cloudtrail, kubernetes/audit or mlflow, or aisoc runs the rule on nothing"
        )
    notes = [_one_line(n) for n in notes]
    rule: dict[str, Any] = {
        "title": _one_line(title) or "Draft from hunt query",
        "id": str(uuid.uuid4()),
        "status": "experimental",
        "description": "Drafted from a hunt query in the aisoc console (see hunt_query).\n"
        "Review the detection and describe what it finds before enabling it.\n",
        **({"author": author} if author else {}),
        "date": today or date.today(),
        "tags": [],
        "logsource": dict(logsource),
        "detection": _detection(branches),
        "falsepositives": [],
        "level": "medium",
        "playbook": None,
        "samples": {"positive": [], "negative": []},
        "hunt_query": sql.strip() + "\n",
    }
    header = [
        "# Sigma rule draft from an aisoc hunt query: review before use.",
        "# TODO: tags, falsepositives, playbook, and samples (a positive and a near-miss negative).",
        *(f"# not translated: {n}" for n in notes),
    ]
    body = yaml.dump(rule, Dumper=_Dumper, sort_keys=False, allow_unicode=True, width=100)
    return Draft("\n".join(header) + "\n" + body, tuple(notes))


# --- parsing ------------------------------------------------------------------------------


def _parse(sql: str) -> dict:
    con = duckdb.connect(":memory:")
    try:
        tree = json.loads(con.execute("SELECT json_serialize_sql(?)", [sql]).fetchall()[0][0])
    except (duckdb.Error, UnicodeError) as exc:
        raise DraftError(f"the SQL cannot be read: {_one_line(str(exc))}") from None
    finally:
        con.close()
    if tree.get("error"):
        message = _one_line(str(tree.get("error_message") or "unknown error"))
        if tree.get("error_type") == "not implemented":  # DuckDB serializes SELECT statements only
            raise DraftError("only a single SELECT statement can become a Sigma draft")
        raise DraftError(f"the SQL does not parse: {message}")
    statements = tree.get("statements") or []
    if len(statements) != 1:
        raise DraftError(f"expected exactly one SELECT statement, got {len(statements)}")
    node = statements[0]["node"]
    if node.get("type") != "SELECT_NODE":  # UNION / INTERSECT / EXCEPT ...
        raise DraftError("a UNION/INTERSECT/EXCEPT is not a single SELECT: draft each SELECT on its own")
    return node


def _events_aliases(table: dict, notes: list[str]) -> set[str]:
    """Names a column may be qualified with to mean the events table (empty: no events table)."""
    kind = table.get("type")
    if kind == "BASE_TABLE":
        if str(table.get("table_name", "")).lower() != "events":
            return set()
        return {"events", str(table.get("alias") or "events").lower()}
    if kind == "JOIN":
        notes.append("JOIN: only conditions on events columns are kept")
        return _events_aliases(table.get("left") or {}, notes) | _events_aliases(table.get("right") or {}, notes)
    return set()


def _flatten(node: dict, kind: str) -> list[dict]:
    if node.get("type") == kind:
        return [leaf for child in node["children"] for leaf in _flatten(child, kind)]
    return [node]


def _walk(node: Any):
    if isinstance(node, dict):
        yield node
        for value in node.values():
            yield from _walk(value)
    elif isinstance(node, list):
        for value in node:
            yield from _walk(value)


def _columns(node: dict) -> set[str]:
    return {n["column_names"][-1].lower() for n in _walk(node) if n.get("class") == "COLUMN_REF"}


def _fragment(node: dict, sql: bytes) -> str:
    """The SQL text of a subtree, from the parser's byte positions (for notes a human reads)."""
    spans = [
        (n["query_location"], n["query_location"] + n.get("query_location_length", 0))
        for n in _walk(node)
        if isinstance(n.get("query_location"), int) and n["query_location"] < _NO_LOCATION
    ]
    if not spans:
        return "(expression)"
    text = sql[min(s for s, _ in spans) : max(e for _, e in spans)].decode("utf-8", errors="replace")
    text = _one_line(text)
    return text if len(text) <= 200 else text[:199] + "…"


def _one_line(text: str) -> str:
    # Newlines (also YAML's \x85, \u2028) would end a YAML comment; control characters make
    # PyYAML reject the whole document.
    return " ".join("".join(c if c.isprintable() else " " for c in str(text)).split())


# --- WHERE clause to detection items -------------------------------------------------------


def _branch(node: dict, aliases: set[str], sql: bytes, notes: list[str]) -> _Branch:
    branch = _Branch()
    for part in _flatten(node, "CONJUNCTION_AND"):
        if _columns(part) & _TIME_COLUMNS:
            notes.append(f"time range dropped (a Sigma rule has no time window): {_fragment(part, sql)}")
            continue
        try:
            _conjunct(part, aliases, branch)
        except _Skip as why:
            notes.append(f"{_fragment(part, sql)} ({why})")
    return branch


def _conjunct(node: dict, aliases: set[str], branch: _Branch) -> None:
    negated = False
    while node.get("type") == "OPERATOR_NOT":
        negated, node = not negated, node["children"][0]
    if node.get("type") not in ("CONJUNCTION_AND", "CONJUNCTION_OR"):
        items, atom_negated, null_test = _atom(node, aliases)
        negated ^= atom_negated
        if negated and null_test:  # NOT (x IS NULL) is x IS NOT NULL, exactly
            items, negated = (
                [(k + "|exists", True) if v is None else (k[: -len("|exists")], None) for k, v in items],
                False,
            )
        if not negated:
            branch.items += items
            return
        maps = [_one_map(items)]
    else:
        maps = [_one_map(items) for items in _dnf(node, aliases)]
    if negated:
        branch.filters += maps
        columns = _columns(node)
        null_tests = any(n.get("type", "").startswith("OPERATOR_IS_") for n in _walk(node))
        if len(columns) == 1 and not null_tests:  # keep SQL's "NULL is not a match" (see docstring)
            branch.items.append((next(iter(columns)) + "|exists", True))
        return
    maps = _merge_or(maps)
    if len(maps) == 1:
        branch.items += list(maps[0].items())
    else:
        branch.ors.append(maps)


def _dnf(node: dict, aliases: set[str]) -> list[list[Item]]:
    """A positive AND/OR tree as an OR of ANDed item lists (Sigma: a list of maps)."""
    kind = node.get("type")
    if kind == "CONJUNCTION_OR":
        result = [branch for child in node["children"] for branch in _dnf(child, aliases)]
    elif kind == "CONJUNCTION_AND":
        result = [sum(combo, []) for combo in product(*(_dnf(c, aliases) for c in node["children"]))]
    elif kind == "OPERATOR_NOT":
        raise _Skip("NOT nested inside AND/OR has no Sigma form here")
    else:
        items, negated, _ = _atom(node, aliases)
        if negated:
            raise _Skip("a negation nested inside AND/OR has no Sigma form here")
        result = [items]
    if len(result) > _MAX_BRANCHES:
        raise _Skip("too many OR combinations")
    return result


def _atom(node: dict, aliases: set[str]) -> tuple[list[Item], bool, bool]:
    """One predicate as detection items; returns (items, negated, is a NULL test)."""
    kind, cls = node.get("type", ""), node.get("class", "")
    if cls == "SUBQUERY" or any(n.get("class") == "SUBQUERY" for n in _walk(node)):
        raise _Skip("subqueries cannot be expressed in Sigma")
    if kind in ("COMPARE_EQUAL", "COMPARE_NOTEQUAL") or kind in _COMPARE:
        left, right, op = node["left"], node["right"], _COMPARE.get(kind)
        if left.get("class") != "COLUMN_REF" and right.get("class") == "COLUMN_REF" or _is_constant(left):
            left, right, op = right, left, _FLIP[op] if op else None
        if right.get("class") == "COLUMN_REF" or (_column_like(left) and _column_like(right)):
            raise _Skip("compares two columns")
        column, value = _column(left, aliases, case_ok=op is None), _constant(right)
        if op is None:
            return [(column, _escape(value) if isinstance(value, str) else value)], kind == "COMPARE_NOTEQUAL", False
        if not isinstance(value, (int, float)):
            raise _Skip("only numbers can be compared with < > in Sigma")
        return [(f"{column}|{op}", value)], False, False
    if kind in ("COMPARE_IN", "COMPARE_NOT_IN"):
        column = _column(node["children"][0], aliases, case_ok=True)
        values = [_constant(c) for c in node["children"][1:]]
        return [(column, [_escape(v) if isinstance(v, str) else v for v in values])], kind == "COMPARE_NOT_IN", False
    if kind in ("COMPARE_BETWEEN", "COMPARE_NOT_BETWEEN"):
        column = _column(node["input"], aliases, case_ok=False)
        low, high = _constant(node["lower"]), _constant(node["upper"])
        if not all(isinstance(v, (int, float)) for v in (low, high)):
            raise _Skip("only numbers can be compared with BETWEEN in Sigma")
        return [(f"{column}|gte", low), (f"{column}|lte", high)], kind == "COMPARE_NOT_BETWEEN", False
    if kind in ("OPERATOR_IS_NULL", "OPERATOR_IS_NOT_NULL"):
        column = _column(node["children"][0], aliases, case_ok=False)
        item = (column, None) if kind == "OPERATOR_IS_NULL" else (f"{column}|exists", True)
        return [item], False, True
    if kind == "FUNCTION":
        return _function(node, aliases)
    raise _Skip("no Sigma equivalent")


def _function(node: dict, aliases: set[str]) -> tuple[list[Item], bool, bool]:
    name = str(node.get("function_name", "")).lower()
    args = [a["expression"] for a in node.get("arguments", [])]
    if name in ("~~", "~~*", "!~~", "!~~*") and len(args) == 2:  # LIKE, ILIKE and their NOT
        return [_like(_column(args[0], aliases, case_ok=True), _string(args[1]))], name.startswith("!"), False
    if name in _STRING_FUNCTIONS and len(args) == 2:
        column, text = _column(args[0], aliases, case_ok=True), _string(args[1])
        return [(f"{column}|{_STRING_FUNCTIONS[name]}", _escape(text))], False, False
    if name in ("regexp_matches", "regexp_full_match") and len(args) in (2, 3):
        column, pattern = _column(args[0], aliases, case_ok=False), _string(args[1])
        options = _string(args[2]) if len(args) == 3 else ""
        if set(options) - set("ci"):
            raise _Skip(f"regex options {options!r} have no Sigma modifier")
        key = f"{column}|re" + ("|i" if options.endswith("i") else "")  # the last of c/i wins
        if name == "regexp_full_match":
            pattern = f"^(?:{pattern})\\z"
        return [(key, pattern)], False, False
    raise _Skip(f"function {name}() has no Sigma equivalent")


def _like(column: str, pattern: str) -> Item:
    """A LIKE pattern as the plainest Sigma item (``%`` and ``_`` are DuckDB's only wildcards)."""
    core = pattern.strip("%")
    if pattern and not core:
        return (f"{column}|exists", True)  # LIKE '%' holds for every non-NULL value
    if "%" in core or "_" in core:
        return (column, "".join("*" if c == "%" else "?" if c == "_" else _escape(c) for c in pattern))
    modifier = {
        (True, True): "|contains",
        (False, True): "|startswith",
        (True, False): "|endswith",
        (False, False): "",
    }[(pattern.startswith("%"), pattern.endswith("%"))]
    return (column + modifier, _escape(core))


def _column(node: dict, aliases: set[str], *, case_ok: bool) -> str:
    if (
        case_ok
        and node.get("class") == "FUNCTION"
        and str(node.get("function_name")).lower() in _CASE_FUNCTIONS
        and len(node.get("arguments", [])) == 1
    ):
        node = node["arguments"][0]["expression"]
    if node.get("class") != "COLUMN_REF":
        raise _Skip("the left side is not a plain column")
    names = [str(n) for n in node["column_names"]]
    if len(names) > 2 or (len(names) == 2 and names[0].lower() not in aliases):
        raise _Skip(f"column {'.'.join(names)} is not from the events table")
    column = names[-1].lower()
    if column not in _CONTRACT:
        raise _Skip(f"column {column!r} is not in the event contract")
    return column


def _column_like(node: dict) -> bool:
    return any(n.get("class") == "COLUMN_REF" for n in _walk(node))


def _is_constant(node: dict) -> bool:
    return node.get("class") == "CONSTANT"


def _constant(node: dict) -> str | int | float:
    if node.get("type") == "OPERATOR_CAST" and _is_constant(node.get("child") or {}):
        value = _constant(node["child"])
        if isinstance(value, (int, float)):
            return value
    if not _is_constant(node):
        raise _Skip("the value is not a constant")
    literal = node["literal"]
    kind, text = str(literal.get("kind")), literal.get("text")
    if kind == "STRING":
        return str(text)
    if kind == "NULL_LITERAL":
        raise _Skip("a comparison with NULL is never true in SQL; use IS NULL")
    if kind == "BOOLEAN":
        raise _Skip("no event column is boolean")
    try:
        return int(text)
    except (TypeError, ValueError):
        try:
            return float(text)
        except (TypeError, ValueError):
            raise _Skip(f"constant of type {kind} has no Sigma form") from None


def _string(node: dict) -> str:
    value = _constant(node)
    if not isinstance(value, str):
        raise _Skip("expected a string")
    return value


def _escape(text: str) -> str:
    """A literal as a Sigma string: ``*`` and ``?`` are wildcards and ``\\`` escapes them."""
    return text.replace("\\", "\\\\").replace("*", "\\*").replace("?", "\\?")


# --- items to detection --------------------------------------------------------------------


def _maps(items: list[Item]) -> list[dict]:
    """ANDed items as Sigma maps (ANDed): same-field contains become ``|contains|all``, other
    repeated keys spill into a further map (one map cannot hold a key twice)."""
    maps: list[dict] = [{}]
    for key, value in items:
        for target in maps:
            if target.get(key, object()) == value:
                break
            if key.endswith("|contains") and isinstance(value, str):
                if isinstance(target.get(key), str):
                    target[key + "|all"] = [target.pop(key), value]
                    break
                if isinstance(target.get(key + "|all"), list):
                    target[key + "|all"].append(value)
                    break
            if key not in target and not (key.endswith("|contains") and key + "|all" in target):
                target[key] = value
                break
        else:
            maps.append({key: value})
    return [m for m in maps if m]


def _one_map(items: list[Item]) -> dict:
    maps = _maps(items)
    if len(maps) != 1:
        raise _Skip("several conditions on one field inside an OR/NOT do not fit one Sigma map")
    return maps[0]


def _mergeable(m: dict) -> str | None:
    """The key under which single-key maps OR together into one value list, if any."""
    if len(m) != 1:
        return None
    key, value = next(iter(m.items()))
    if value is None or "|exists" in key or key.endswith("|all"):
        return None
    return key


def _merge_or(maps: list[dict]) -> list[dict]:
    """ORed maps: single-key maps on the same key become one map with a value list."""
    out: list[dict] = []
    where: dict[str, int] = {}
    for m in maps:
        key = _mergeable(m)
        if key is None:
            out.append(m)
        elif key in where:
            target = out[where[key]]
            values = target[key] if isinstance(target[key], list) else [target[key]]
            for v in m[key] if isinstance(m[key], list) else [m[key]]:
                if v not in values:
                    values.append(v)
            target[key] = values[0] if len(values) == 1 else values
        else:
            where[key] = len(out)
            out.append(dict(m))
    return out


def _merge_branches(branches: list[_Branch]) -> list[_Branch]:
    simple = [b for b in branches if not b.ors and not b.filters and len(_maps(b.items)) == 1]
    if len(simple) != len(branches):
        return branches  # keep the analyst's structure when branches are more than one map
    return [_Branch(items=list(m.items())) for m in _merge_or([_maps(b.items)[0] for b in branches])]


def _detection(branches: list[_Branch]) -> dict:
    if not branches:
        return {"selection": dict(_PLACEHOLDER), "condition": "selection"}
    detection: dict[str, Any] = {}
    single = len(branches) == 1
    terms: list[list[str]] = []
    for index, branch in enumerate(branches, start=1):
        base, either, filt = (
            ("selection", "either", "filter") if single else (f"sel{index}", f"either{index}", f"filter{index}")
        )
        names = []
        for n, m in enumerate(_maps(branch.items)):
            names.append(base if n == 0 else f"{base}_{n + 1}")
            detection[names[-1]] = m
        for n, maps in enumerate(branch.ors):
            names.append(either if n == 0 else f"{either}_{n + 1}")
            detection[names[-1]] = maps
        if branch.filters:
            filters = _merge_or(branch.filters)
            detection[filt] = filters[0] if len(filters) == 1 else filters
            names.append(f"not {filt}")
        terms.append(names)
    if not single and all(len(t) == 1 and t[0].startswith("sel") for t in terms):
        condition = "1 of sel*"
    elif single:
        condition = " and ".join(terms[0])
    else:
        condition = " or ".join(f"({' and '.join(t)})" if len(t) > 1 else t[0] for t in terms)
    detection["condition"] = condition
    return detection


def _pinned(branches: list[_Branch], column: str) -> set[str] | None:
    """The values ``column`` is held to by every branch (None if some branch leaves it free)."""
    values: set[str] = set()
    for branch in branches:
        found = [v for k, v in branch.items if k == column]
        # `event_kind LIKE 'llm.%'` pins the kind as much as the llm product needs
        found += ["llm.*" for k, v in branch.items if k == f"{column}|startswith" and v == "llm."]
        if not found:
            return None
        for v in found:
            values.update(v if isinstance(v, list) else [v])
    return values if all(isinstance(v, str) for v in values) else None


def _logsource(branches: list[_Branch]) -> dict:
    sources = _pinned(branches, "source")
    if sources and len(sources) == 1 and next(iter(sources)) in _BY_SOURCE:
        return _BY_SOURCE[next(iter(sources))]
    kinds = _pinned(branches, "event_kind")
    if kinds and all(k.startswith("llm.") for k in kinds):
        categories = {k[len("llm.") :] for k in kinds}
        if len(categories) == 1 and next(iter(categories)) in _LLM_CATEGORIES:
            return {"product": "llm", "category": next(iter(categories))}
        return {"product": "llm"}
    if kinds and len(kinds) == 1 and next(iter(kinds)) in _BY_KIND:
        return _BY_KIND[next(iter(kinds))]
    return _GENERIC_LOGSOURCE


class _Dumper(yaml.SafeDumper):
    """PyYAML's safe dumper (plain data only), writing multi-line text as block literals."""


def _str(dumper: yaml.SafeDumper, text: str) -> yaml.ScalarNode:
    # PyYAML itself falls back to a quoted style when a literal block cannot hold the text.
    return dumper.represent_scalar("tag:yaml.org,2002:str", text, style="|" if "\n" in text else None)


_Dumper.add_representer(str, _str)
