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
from collections.abc import Callable
from typing import Any, ClassVar, NoReturn, TypeVar, cast

from sigma.conditions import (
    ConditionAND,
    ConditionFieldEqualsValueExpression,
    ConditionNOT,
    ConditionOR,
    ConditionValueExpression,
)
from sigma.conversion.base import Backend
from sigma.conversion.state import ConversionState
from sigma.correlations import SigmaCorrelationRule
from sigma.exceptions import SigmaFeatureNotSupportedByBackendError
from sigma.rule import SigmaRule
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
    SigmaType,
    SpecialChars,
)

from aisoc.detections.sigma import ir
from aisoc.detections.sigma.expressions import Columns, check_regex, to_expr
from aisoc.detections.sigma.pipeline import aisoc_pipeline
from aisoc.ingest.schema import POLARS_SCHEMA

__all__ = ["PolarsBackend", "string_match"]

_FieldValue = ConditionFieldEqualsValueExpression  # the condition of every convert_condition_field_* method
_Value = TypeVar("_Value", bound=SigmaType)

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

    def convert_condition_or(self, cond: ConditionOR, state: ConversionState) -> ir.Node:
        return ir.Or(tuple(self.convert_condition(arg, state) for arg in cond.args))

    def convert_condition_and(self, cond: ConditionAND, state: ConversionState) -> ir.Node:
        return ir.And(tuple(self.convert_condition(arg, state) for arg in cond.args))

    def convert_condition_not(self, cond: ConditionNOT, state: ConversionState) -> ir.Node:
        return ir.Not(self.convert_condition(cond.args[0], state))

    # --- field = value ----------------------------------------------------------------

    def convert_condition_field_eq_val_str(self, cond: _FieldValue, state: ConversionState) -> ir.Node:
        return string_match(cond.field, _value(cond, SigmaString), cased=False, source=cond)

    def convert_condition_field_eq_val_str_case_sensitive(self, cond: _FieldValue, state: ConversionState) -> ir.Node:
        return string_match(cond.field, _value(cond, SigmaString), cased=True, source=cond)

    def convert_condition_field_eq_val_num(self, cond: _FieldValue, state: ConversionState) -> ir.Node:
        return ir.Compare(cond.field, "eq", _number(_value(cond, SigmaNumber)))

    def convert_condition_field_eq_val_timestamp_part(self, cond: _FieldValue, state: ConversionState) -> ir.Node:
        value = _value(cond, SigmaTimestampPart)
        return ir.TimePart(cond.field, value.timestamp_part.name.lower(), int(value.number))

    def convert_condition_field_eq_val_bool(self, cond: _FieldValue, state: ConversionState) -> ir.Node:
        value = _value(cond, SigmaBool)
        return ir.Match(cond.field, "eq", "true" if value.boolean else "false")

    def convert_condition_field_eq_val_re(self, cond: _FieldValue, state: ConversionState) -> ir.Node:
        return _regex(cond.field, _value(cond, SigmaRegularExpression), cond)

    def convert_condition_field_eq_val_cidr(self, cond: _FieldValue, state: ConversionState) -> ir.Node:
        value = _value(cond, SigmaCIDRExpression)
        return ir.Cidr(cond.field, str(value.network))

    def convert_condition_field_compare_op_val(self, cond: _FieldValue, state: ConversionState) -> ir.Node:
        value = _value(cond, SigmaCompareExpression)
        return ir.Compare(cond.field, _COMPARE[value.op], _number(value.number))

    def convert_condition_field_eq_field(self, cond: _FieldValue, state: ConversionState) -> ir.Node:
        value = _value(cond, SigmaFieldReference)
        if value.starts_with and value.ends_with:
            op = "contains"
        elif value.starts_with:
            op = "startswith"
        elif value.ends_with:
            op = "endswith"
        else:
            op = "eq"
        return ir.FieldRef(cond.field, value.field, op)

    def convert_condition_field_eq_val_null(self, cond: _FieldValue, state: ConversionState) -> ir.Node:
        return ir.IsNull(cond.field)

    def convert_condition_field_exists(self, cond: _FieldValue, state: ConversionState) -> ir.Node:
        return ir.Exists(cond.field)

    def convert_condition_field_not_exists(self, cond: _FieldValue, state: ConversionState) -> ir.Node:
        return ir.Not(ir.Exists(cond.field))

    def convert_condition_field_eq_query_expr(self, cond: _FieldValue, state: ConversionState) -> ir.Node:
        raise _unsupported("query expressions (placeholders bound to a query)", cond)

    # --- keywords (no field) ----------------------------------------------------------

    def convert_condition_val_str(self, cond: ConditionValueExpression, state: ConversionState) -> ir.Node:
        value = _value(cond, SigmaString)
        return string_match(ir.KEYWORD, value, cased=isinstance(value, SigmaCasedString), source=cond)

    def convert_condition_val_num(self, cond: ConditionValueExpression, state: ConversionState) -> ir.Node:
        return ir.Match(ir.KEYWORD, "contains", str(_value(cond, SigmaNumber).number))

    def convert_condition_val_re(self, cond: ConditionValueExpression, state: ConversionState) -> ir.Node:
        return _regex(ir.KEYWORD, _value(cond, SigmaRegularExpression), cond)

    def convert_condition_query_expr(self, cond: ConditionValueExpression, state: ConversionState) -> ir.Node:
        raise _unsupported("query expressions (placeholders bound to a query)", cond)

    # --- output -----------------------------------------------------------------------

    def finalize_query_default(self, rule: SigmaRule, query: ir.Node, index: int, state: ConversionState) -> str:
        return str(to_expr(query, Columns(POLARS_SCHEMA)))

    def finalize_query_ir(self, rule: SigmaRule, query: ir.Node, index: int, state: ConversionState) -> ir.Node:
        return query

    def finalize_output_ir(self, queries: list[Any]) -> list[Any]:
        return queries

    # not enabled; kept exact
    def convert_condition_as_in_expression(self, cond: ConditionOR | ConditionAND, state: ConversionState) -> ir.Node:
        if isinstance(cond, ConditionOR):
            return self.convert_condition_or(cond, state)
        return self.convert_condition_and(cond, state)

    # Correlation rules are not one expression: the engine runs them as windowed group-bys.
    def convert_correlation_rule(
        self,
        rule: SigmaCorrelationRule,
        output_format: str | None = None,
        method: str | None = None,
        callback: Callable[[SigmaRule | SigmaCorrelationRule, str | None, int, Any, Any], Any] | None = None,
    ) -> NoReturn:
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
    parts = [p for p in value.s if isinstance(p, (str, SpecialChars))]
    if len(parts) < len(value.s):
        raise _unsupported("placeholders left in a value (apply a pipeline that resolves them)", source)
    if parts == [SpecialChars.WILDCARD_MULTI]:
        return ir.Exists(field) if field is not None else ir.Match(field, "contains", "")
    leading = bool(parts) and parts[0] is SpecialChars.WILDCARD_MULTI
    trailing = len(parts) > int(leading) and parts[-1] is SpecialChars.WILDCARD_MULTI
    inner = parts[int(leading) : len(parts) - int(trailing)]
    texts = [p for p in inner if isinstance(p, str)]
    if len(texts) < len(inner):  # wildcards inside: a regex says it exactly
        pattern = "".join(
            ".*" if p is SpecialChars.WILDCARD_MULTI else "." if p is SpecialChars.WILDCARD_SINGLE else re.escape(p)
            for p in inner
        )
        pattern = ("" if leading else "^") + pattern + ("" if trailing else "$")
        return ir.Match(field, "regex", pattern, flags="s" if cased else "is")
    literal = "".join(texts)
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


def _value(cond: _FieldValue | ConditionValueExpression, kind: type[_Value]) -> _Value:
    """The condition's value, of the type pySigma dispatched on.

    pySigma's dispatchers (``convert_condition_field_eq_val``, ``convert_condition_val``) choose
    each ``convert_condition_*`` method by the class of ``cond.value``, so inside that method the
    value is of that class (pySigma's own ``convert_condition_field_eq_expansion`` casts the same way).
    """
    return cast(_Value, cond.value)


def _number(value: SigmaNumber) -> float:
    return float(value.number)


def _unsupported(feature: str, cond: Any) -> SigmaFeatureNotSupportedByBackendError:
    source = getattr(cond, "source", None)
    return SigmaFeatureNotSupportedByBackendError(f"not supported: {feature}", source=source)
