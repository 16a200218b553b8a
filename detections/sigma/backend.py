"""A pySigma backend whose "query" is our condition tree (``ir``), evaluated with polars.

pySigma parses the rule, applies modifiers and the processing pipeline (``pipeline``), and
walks the condition; each ``convert_condition_*`` method below returns an ``ir`` node. The
``default`` output format prints the polars expression the tree becomes (what
``sigma convert -t polars`` shows; fields outside the contract read ``raw:<path>`` columns that
the engine extracts from the raw record); the ``ir`` format returns the tree itself, for the engine.
Anything without a faithful polars meaning raises ``SigmaFeatureNotSupportedByBackendError``
carrying the rule's location, so a rule never silently matches the wrong thing.
"""

from __future__ import annotations

import re
from typing import Any, ClassVar

from sigma.conditions import ConditionOR, ConditionValueExpression
from sigma.conversion.base import Backend
from sigma.conversion.state import ConversionState
from sigma.exceptions import SigmaFeatureNotSupportedByBackendError
from sigma.types import (
    CompareOperators,
    SigmaBool,
    SigmaCasedString,
    SigmaCIDRExpression,
    SigmaCompareExpression,
    SigmaFieldReference,
    SigmaNumber,
    SigmaRegularExpression,
    SigmaRegularExpressionFlag,
    SigmaString,
    SigmaTimestampPart,
    SpecialChars,
)

from aisoc.detections.sigma import ir
from aisoc.detections.sigma.expressions import Columns, check_regex, to_expr
from aisoc.detections.sigma.pipeline import aisoc_pipeline
from aisoc.ingest.schema import POLARS_SCHEMA

__all__ = ["PolarsBackend", "string_match"]

_COMPARE = {
    CompareOperators.LT: "lt",
    CompareOperators.LTE: "lte",
    CompareOperators.GT: "gt",
    CompareOperators.GTE: "gte",
}
_REGEX_FLAGS = {
    SigmaRegularExpressionFlag.IGNORECASE: "i",
    SigmaRegularExpressionFlag.MULTILINE: "m",
    SigmaRegularExpressionFlag.DOTALL: "s",
}


class PolarsBackend(Backend):
    """Sigma rules as polars expressions over aisoc's event table."""

    name: ClassVar[str] = "aisoc polars backend"
    formats: ClassVar[dict[str, str]] = {
        "default": "polars expressions over the aisoc event table",
        "ir": "aisoc's compiled condition tree (Python objects)",
    }
    requires_pipeline: ClassVar[bool] = False
    backend_processing_pipeline = aisoc_pipeline()

    # --- boolean structure ------------------------------------------------------------

    def convert_condition_or(self, cond, state: ConversionState) -> ir.Node:
        return ir.Or(tuple(self.convert_condition(arg, state) for arg in cond.args))

    def convert_condition_and(self, cond, state: ConversionState) -> ir.Node:
        return ir.And(tuple(self.convert_condition(arg, state) for arg in cond.args))

    def convert_condition_not(self, cond, state: ConversionState) -> ir.Node:
        return ir.Not(self.convert_condition(cond.args[0], state))

    # --- field = value ----------------------------------------------------------------

    def convert_condition_field_eq_val_str(self, cond, state) -> ir.Node:
        return string_match(cond.field, cond.value, cased=False, source=cond)

    def convert_condition_field_eq_val_str_case_sensitive(self, cond, state) -> ir.Node:
        return string_match(cond.field, cond.value, cased=True, source=cond)

    def convert_condition_field_eq_val_num(self, cond, state) -> ir.Node:
        return ir.Compare(cond.field, "eq", _number(cond.value))

    def convert_condition_field_eq_val_timestamp_part(self, cond, state) -> ir.Node:
        value: SigmaTimestampPart = cond.value
        return ir.TimePart(cond.field, value.timestamp_part.name.lower(), int(value.number))

    def convert_condition_field_eq_val_bool(self, cond, state) -> ir.Node:
        value: SigmaBool = cond.value
        return ir.Match(cond.field, "eq", "true" if value.boolean else "false")

    def convert_condition_field_eq_val_re(self, cond, state) -> ir.Node:
        return _regex(cond.field, cond.value, cond)

    def convert_condition_field_eq_val_cidr(self, cond, state) -> ir.Node:
        value: SigmaCIDRExpression = cond.value
        return ir.Cidr(cond.field, str(value.network))

    def convert_condition_field_compare_op_val(self, cond, state) -> ir.Node:
        value: SigmaCompareExpression = cond.value
        return ir.Compare(cond.field, _COMPARE[value.op], _number(value.number))

    def convert_condition_field_eq_field(self, cond, state) -> ir.Node:
        value: SigmaFieldReference = cond.value
        if value.starts_with and value.ends_with:
            op = "contains"
        elif value.starts_with:
            op = "startswith"
        elif value.ends_with:
            op = "endswith"
        else:
            op = "eq"
        return ir.FieldRef(cond.field, value.field, op)

    def convert_condition_field_eq_val_null(self, cond, state) -> ir.Node:
        return ir.IsNull(cond.field)

    def convert_condition_field_exists(self, cond, state) -> ir.Node:
        return ir.Exists(cond.field)

    def convert_condition_field_not_exists(self, cond, state) -> ir.Node:
        return ir.Not(ir.Exists(cond.field))

    def convert_condition_field_eq_query_expr(self, cond, state) -> ir.Node:
        raise _unsupported("query expressions (placeholders bound to a query)", cond)

    # --- keywords (no field) ----------------------------------------------------------

    def convert_condition_val_str(self, cond: ConditionValueExpression, state) -> ir.Node:
        return string_match(ir.KEYWORD, cond.value, cased=isinstance(cond.value, SigmaCasedString), source=cond)

    def convert_condition_val_num(self, cond: ConditionValueExpression, state) -> ir.Node:
        return ir.Match(ir.KEYWORD, "contains", str(cond.value.number))

    def convert_condition_val_re(self, cond: ConditionValueExpression, state) -> ir.Node:
        return _regex(ir.KEYWORD, cond.value, cond)

    def convert_condition_query_expr(self, cond, state) -> ir.Node:
        raise _unsupported("query expressions (placeholders bound to a query)", cond)

    # --- output -----------------------------------------------------------------------

    def finalize_query_default(self, rule, query: ir.Node, index: int, state) -> str:
        return str(to_expr(query, Columns(POLARS_SCHEMA)))

    def finalize_query_ir(self, rule, query: ir.Node, index: int, state) -> ir.Node:
        return query

    def finalize_output_ir(self, queries: list[Any]) -> list[Any]:
        return queries

    def convert_condition_as_in_expression(self, cond, state) -> ir.Node:  # not enabled; kept exact
        if isinstance(cond, ConditionOR):
            return self.convert_condition_or(cond, state)
        return self.convert_condition_and(cond, state)

    # Correlation rules are not one expression: the engine runs them as windowed group-bys.
    def convert_correlation_rule(self, rule, output_format=None, method=None, callback=None):
        raise SigmaFeatureNotSupportedByBackendError(
            "correlation rules run in aisoc's engine (aisoc hunt), not as one expression", source=rule.source
        )

    convert_correlation_event_count_rule = convert_correlation_rule
    convert_correlation_value_count_rule = convert_correlation_rule
    convert_correlation_temporal_rule = convert_correlation_rule
    convert_correlation_temporal_ordered_rule = convert_correlation_rule
    convert_correlation_extended_temporal_rule = convert_correlation_rule
    convert_correlation_extended_temporal_ordered_rule = convert_correlation_rule
    convert_correlation_value_sum_rule = convert_correlation_rule
    convert_correlation_value_avg_rule = convert_correlation_rule
    convert_correlation_value_percentile_rule = convert_correlation_rule
    convert_correlation_value_median_rule = convert_correlation_rule


def string_match(field: str | None, value: SigmaString, *, cased: bool, source: Any = None) -> ir.Node:
    """A Sigma string (with its wildcards) as the cheapest exact string test."""
    parts = list(value.s)
    if any(not isinstance(p, (str, SpecialChars)) for p in parts):
        raise _unsupported("placeholders left in a value (apply a pipeline that resolves them)", source)
    if parts == [SpecialChars.WILDCARD_MULTI]:
        return ir.Exists(field) if field is not None else ir.Match(field, "contains", "")
    leading = bool(parts) and parts[0] is SpecialChars.WILDCARD_MULTI
    trailing = len(parts) > int(leading) and parts[-1] is SpecialChars.WILDCARD_MULTI
    inner = parts[int(leading) : len(parts) - int(trailing)]
    if any(isinstance(p, SpecialChars) for p in inner):  # wildcards inside: a regex says it exactly
        pattern = "".join(
            ".*" if p is SpecialChars.WILDCARD_MULTI else "." if p is SpecialChars.WILDCARD_SINGLE else re.escape(p)
            for p in inner
        )
        pattern = ("" if leading else "^") + pattern + ("" if trailing else "$")
        return ir.Match(field, "regex", pattern, flags="s" if cased else "is")
    literal = "".join(inner)
    if field is ir.KEYWORD:  # a keyword is a search for text anywhere in the event
        leading = trailing = True
    op = {(False, False): "eq", (True, True): "contains", (False, True): "startswith", (True, False): "endswith"}[
        (leading, trailing)
    ]
    return ir.Match(field, op, literal, cased=cased)


def _regex(field: str | None, value: SigmaRegularExpression, source: Any = None) -> ir.Node:
    flags = "".join(sorted(_REGEX_FLAGS[f] for f in value.flags))
    problem = check_regex(str(value.regexp), flags)
    if problem:  # e.g. look-around: refuse at compile time rather than fail while hunting
        raise _unsupported(f"regex feature of {str(value.regexp)!r}: {problem}", source)
    return ir.Match(field, "regex", str(value.regexp), flags=flags)


def _number(value: SigmaNumber) -> float:
    return float(value.number)


def _unsupported(feature: str, cond: Any) -> SigmaFeatureNotSupportedByBackendError:
    source = getattr(cond, "source", None)
    return SigmaFeatureNotSupportedByBackendError(f"not supported: {feature}", source=source)
