"""The condition tree as polars expressions.

Sigma strings match case-insensitively with full Unicode case folding (``(?i)`` in polars'
regex engine), so ``ſecret`` matches ``secret`` as Sigma says it should; cased strings and
regexes keep their own rules. Column access goes through ``Columns``, which knows the contract's
types and where each non-contract field was extracted from the raw record.
"""

from __future__ import annotations

import ipaddress
import re
from collections.abc import Callable, Iterable, Mapping
from typing import TYPE_CHECKING

import polars as pl

from aisoc.detections.sigma import ir

if TYPE_CHECKING:
    from polars._typing import PolarsDataType

__all__ = ["to_expr", "Columns", "KEYWORD_FIELDS", "check_regex", "regex_text"]

# What a keyword (field-less) search looks at: the event's text, and the whole raw record.
KEYWORD_FIELDS = ("prompt", "response", "system_prompt", "messages", "tool_calls", "retrieved_docs", "raw")


class Columns:
    """How a Sigma field name reads in a frame: a contract column, or a path into ``raw``."""

    def __init__(self, contract: Mapping[str, PolarsDataType]) -> None:
        self.contract = contract

    def is_contract(self, field: str) -> bool:
        return field in self.contract

    @staticmethod
    def raw_column(field: str) -> str:
        return f"raw:{field}"

    @staticmethod
    def raw_path(field: str) -> str:
        return "$" + "".join(f"['{part}']" for part in field.split("."))

    def expr(self, field: str) -> pl.Expr:
        return pl.col(field if self.is_contract(field) else self.raw_column(field))

    def text(self, field: str) -> pl.Expr:
        column = self.expr(field)
        return column if self.dtype(field) == pl.String else column.cast(pl.String)

    def dtype(self, field: str) -> PolarsDataType:
        return self.contract.get(field, pl.String)


def to_expr(node: ir.Node, columns: Columns) -> pl.Expr:
    match node:
        case ir.And(items):
            return _fold(items, columns, lambda a, b: a & b, True)
        case ir.Or(items):
            # `field|contains: [a, b, …]` becomes one multi-pattern search instead of one per value
            batched, rest = _split_ascii_contains(items)
            exprs = [_contains_ascii(columns.text(f), sorted(lits)) for f, lits in batched.items()]
            exprs += [to_expr(item, columns) for item in rest]
            return _fold_exprs(exprs, lambda a, b: a | b, False)
        case ir.Not(item):
            return ~to_expr(item, columns)
        case ir.Match(field, op, value, cased, flags):
            if field is ir.KEYWORD:
                return pl.any_horizontal(
                    [_match(columns.text(f), op, value, cased, flags) for f in KEYWORD_FIELDS]
                ).fill_null(False)
            if _is_ascii_contains(node):
                return _contains_ascii(columns.text(field), [value])
            return _match(columns.text(field), op, value, cased, flags).fill_null(False)
        case ir.Compare(field, op, number):
            column = columns.expr(field)
            if columns.dtype(field) == pl.String:
                column = column.cast(pl.Float64, strict=False)
            return _compare(column, op, number).fill_null(False)
        case ir.Cidr(field, network):
            return _in_network(columns.text(field), network).fill_null(False)
        case ir.IsNull(field):
            return columns.expr(field).is_null()
        case ir.Exists(field):
            return columns.expr(field).is_not_null()
        case ir.FieldRef(field, other, op):  # case-insensitive, like every Sigma comparison
            left, right = columns.text(field).str.to_lowercase(), columns.text(other).str.to_lowercase()
            result = {
                "eq": lambda: left == right,
                "startswith": lambda: left.str.starts_with(right),
                "endswith": lambda: left.str.ends_with(right),
                "contains": lambda: left.str.contains(right, literal=True),
            }[op]()
            return result.fill_null(False)
        case ir.TimePart(field, part, value):
            column = columns.expr(field)
            if columns.dtype(field) == pl.String:
                column = column.str.to_datetime(strict=False, time_zone="UTC")
            part_of_time: pl.Expr = getattr(column.dt, part)()  # part: minute, hour, ... (ir.TimePart)
            return (part_of_time == value).fill_null(False)
    raise TypeError(f"unknown node {node!r}")


# Outside ASCII only these two characters case-fold onto ASCII letters (ſ → s, K → k). Mapping
# them first makes an ASCII-folding search exactly as case-insensitive as Unicode's (?i).
_FOLD_FROM, _FOLD_TO = ["\u017f", "\u212a"], ["s", "k"]


def _is_ascii_contains(node: ir.Node) -> bool:
    return (
        isinstance(node, ir.Match)
        and node.field is not ir.KEYWORD
        and node.op == "contains"
        and not node.cased
        and node.value.isascii()
        and bool(node.value)
    )


def _split_ascii_contains(items: Iterable[ir.Node]) -> tuple[dict[str, set[str]], list[ir.Node]]:
    batched: dict[str, set[str]] = {}
    rest: list[ir.Node] = []
    for item in items:
        if isinstance(item, ir.Match) and item.field is not None and _is_ascii_contains(item):
            batched.setdefault(item.field, set()).add(item.value)
        else:
            rest.append(item)
    return batched, rest


def _contains_ascii(column: pl.Expr, literals: list[str]) -> pl.Expr:
    folded = column.str.replace_many(_FOLD_FROM, _FOLD_TO)
    return folded.str.contains_any(literals, ascii_case_insensitive=True).fill_null(False)


_Join = Callable[[pl.Expr, pl.Expr], pl.Expr]  # how two conditions combine: & or |


def _fold(items: Iterable[ir.Node], columns: Columns, join: _Join, empty: bool) -> pl.Expr:
    return _fold_exprs([to_expr(item, columns) for item in items], join, empty)


def _fold_exprs(exprs: list[pl.Expr], join: _Join, empty: bool) -> pl.Expr:
    if not exprs:
        return pl.lit(empty)
    result = exprs[0]
    for expr in exprs[1:]:
        result = join(result, expr)
    return result


def _match(column: pl.Expr, op: str, value: str, cased: bool, flags: str) -> pl.Expr:
    if op == "regex":
        return column.str.contains(regex_text(value, flags))
    if cased:
        return {
            "eq": lambda: column == value,
            "contains": lambda: column.str.contains(value, literal=True),
            "startswith": lambda: column.str.starts_with(value),
            "endswith": lambda: column.str.ends_with(value),
        }[op]()
    escaped = re.escape(value)
    pattern = {"eq": f"^{escaped}$", "contains": escaped, "startswith": f"^{escaped}", "endswith": f"{escaped}$"}[op]
    return column.str.contains("(?i)" + pattern)


def _compare(column: pl.Expr, op: str, number: float) -> pl.Expr:
    return {
        "eq": column == number,
        "lt": column < number,
        "lte": column <= number,
        "gt": column > number,
        "gte": column >= number,
    }[op]


def _in_network(column: pl.Expr, network: str) -> pl.Expr:
    net = ipaddress.ip_network(network, strict=False)
    if net.version == 6:  # rare in these logs: exact, if slower
        return column.map_elements(lambda text: _v6_in(text, net), return_dtype=pl.Boolean)
    octets = column.str.extract_groups(r"^(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})$")
    parts = [octets.struct.field(str(i)).cast(pl.Int64) for i in range(1, 5)]
    valid = pl.all_horizontal([p.is_not_null() & (p <= 255) for p in parts])
    as_int = (parts[0] * 16777216) + (parts[1] * 65536) + (parts[2] * 256) + parts[3]
    mask = int(net.netmask)
    return valid & ((as_int.cast(pl.UInt32) & mask) == int(net.network_address))


def _v6_in(text: str | None, net: ipaddress.IPv4Network | ipaddress.IPv6Network) -> bool | None:
    if text is None:
        return None
    try:
        return ipaddress.ip_address(text) in net
    except ValueError:
        return False


def regex_text(pattern: str, flags: str) -> str:
    """A Sigma (PCRE-flavoured) regex as polars (Rust) regex text, flags inlined.

    Without the ``m`` flag PCRE's ``$`` also matches before a final newline, where Rust's means
    the very end: each ``$`` outside a character class becomes ``(?:\\n?\\z)``, PCRE's meaning.
    """
    if "m" not in flags:
        pattern = _pcre_dollar(pattern)
    return f"(?{flags}){pattern}" if flags else pattern


def _pcre_dollar(pattern: str) -> str:
    out, in_class, index = [], False, 0
    while index < len(pattern):
        char = pattern[index]
        if char == "\\" and index + 1 < len(pattern):
            out.append(pattern[index : index + 2])
            index += 2
            continue
        if char == "[" and not in_class:
            in_class = True
        elif char == "]" and in_class:
            in_class = False
        out.append("(?:\\n?\\z)" if char == "$" and not in_class else char)
        index += 1
    return "".join(out)


def check_regex(pattern: str, flags: str) -> str | None:
    """Why polars' regex engine refuses this pattern (e.g. look-around), or None if it takes it."""
    try:
        pl.Series([""]).str.contains(regex_text(pattern, flags))
    except Exception as exc:  # polars raises ComputeError with the regex engine's message
        return str(exc).splitlines()[0][:200]
    return None
