"""The collectors, one module per log format, and format detection.

``COLLECTORS`` maps collector id to ``Collector``; ``detect(chunk)`` picks the collector for a
file from its first parsed chunk. Detection order runs from the most to the least specific
shape so that, e.g., a CloudTrail record for a Bedrock call is not taken for a Bedrock
invocation log.
"""

from __future__ import annotations

from typing import Any

from aisoc.ingest.collectors import bedrock_invocation, cloudtrail, k8s_audit, mlflow, openai_gateway, otel_genai
from aisoc.ingest.collectors.base import Collector

__all__ = ["COLLECTORS", "Collector", "detect"]

_DETECTION_ORDER: tuple[Collector, ...] = (
    cloudtrail.COLLECTOR,
    k8s_audit.COLLECTOR,
    mlflow.COLLECTOR,
    bedrock_invocation.COLLECTOR,
    otel_genai.COLLECTOR,
    openai_gateway.COLLECTOR,
)

COLLECTORS: dict[str, Collector] = {c.id: c for c in sorted(_DETECTION_ORDER, key=lambda c: c.id)}


def detect(chunk: Any) -> Collector | None:
    """The collector whose format this chunk has, or None."""
    for collector in _DETECTION_ORDER:
        try:
            if collector.matches(chunk):
                return collector
        except Exception:  # a sniffer must never break a run; treat as "not this format"
            continue
    return None
