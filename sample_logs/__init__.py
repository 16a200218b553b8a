"""A realistic, labelled, multi-tenant sample data set in every format aisoc reads.

``generate(out_dir, events, days, seed, end)`` writes exactly ``events`` records of benign
traffic and attack storylines for three invented tenants (OpenTelemetry GenAI traces, LiteLLM
gateway logs, Bedrock invocation logs, CloudTrail, Kubernetes audit, MLflow webhooks) under
``out_dir/logs/``, plus ``labels.jsonl`` (one line per attack event, with the event id ingest
will give it) and ``manifest.json``. See docs/sample_logs.md for every storyline's parameters.

Errors: ``ValueError`` for arguments that cannot be honoured (nothing else is raised on purpose).
"""

from __future__ import annotations

from aisoc.sample_logs.attacks import MIN_EVENTS, STORYLINES
from aisoc.sample_logs.generate import LOGS_DIR, Summary, generate
from aisoc.sample_logs.tenants import TENANT_NAMES

__all__ = ["generate", "Summary", "STORYLINES", "MIN_EVENTS", "TENANT_NAMES", "LOGS_DIR"]
