"""The processing pipeline: aisoc's log-source taxonomy and field names, for any pySigma backend.

Each Sigma ``logsource`` this project knows becomes a condition on the event table (``source``
or ``event_kind``) added to the rule, so a rule only ever sees its own kind of event. Field names
are taken as written: contract column names (docs/schema.md) name columns, and any other name is
a path into the stored raw record (``userIdentity.arn``, ``objectRef.resource``), which is how
community rules written against native CloudTrail or Kubernetes fields run unchanged. Where the
contract holds a native field verbatim, the name is mapped to the column (cheaper, same values).

The same pipeline serves our polars backend and the SQLite backend of the differential test.
"""

from __future__ import annotations

from sigma.processing.conditions import LogsourceCondition
from sigma.processing.pipeline import ProcessingItem, ProcessingPipeline
from sigma.processing.transformations import AddConditionTransformation, FieldMappingTransformation

__all__ = ["aisoc_pipeline", "LOGSOURCES", "LLM_CATEGORIES"]

LLM_CATEGORIES = ("chat", "completion", "embedding", "retrieval", "tool_call", "guardrail", "agent")

# (logsource fields, the condition it adds, native field -> contract column held verbatim)
LOGSOURCES: tuple[tuple[dict[str, str], dict[str, str], dict[str, str]], ...] = (
    *(({"product": "llm", "category": c}, {"event_kind": f"llm.{c}"}, {}) for c in LLM_CATEGORIES),
    ({"product": "llm"}, {"event_kind": "llm.*"}, {}),
    ({"product": "aws", "service": "cloudtrail"}, {"source": "cloudtrail"}, {"eventName": "action"}),
    ({"product": "kubernetes", "service": "audit"}, {"source": "k8s_audit"}, {"verb": "action"}),
    ({"product": "mlflow"}, {"source": "mlflow"}, {}),
    ({"product": "gcp", "service": "gcp.audit"}, {"source": "gcp_audit"}, {}),  # no collector yet
)


def aisoc_pipeline() -> ProcessingPipeline:
    items: list[ProcessingItem] = []
    for index, (logsource, condition, mapping) in enumerate(LOGSOURCES):
        rule_condition = LogsourceCondition(**logsource)
        items.append(
            ProcessingItem(
                identifier=f"aisoc_logsource_{index}",
                transformation=AddConditionTransformation(_condition(condition), name=f"aisoc_logsource_{index}"),
                rule_conditions=[rule_condition],
            )
        )
        if mapping:
            items.append(
                ProcessingItem(
                    identifier=f"aisoc_fields_{index}",
                    transformation=FieldMappingTransformation(_field_mapping(mapping)),
                    rule_conditions=[LogsourceCondition(**logsource)],
                )
            )
    return ProcessingPipeline(name="aisoc event table", priority=20, items=items)


# pySigma declares its parameters as dicts (invariant) of wider types than ours, which only hold
# strings; a fresh copy can be typed as theirs without a cast.


def _condition(condition: dict[str, str]) -> dict[str, str | int | list[str]]:
    return dict(condition.items())


def _field_mapping(mapping: dict[str, str]) -> dict[str | None, str | list[str]]:
    return dict(mapping.items())
