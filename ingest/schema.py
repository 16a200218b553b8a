"""The event contract: one flat ``events`` table, defined here and nowhere else.

Every collector produces rows of this shape; every reader (detections, analytics, the
console) relies on it. Field names follow the OpenTelemetry GenAI semantic conventions for
LLM facts and ECS-style names for who/where; ``docs/schema.md`` documents each field and a
test keeps the two in step.
"""

from __future__ import annotations

from dataclasses import dataclass

import polars as pl

__all__ = [
    "Field",
    "FIELDS",
    "FIELD_NAMES",
    "POLARS_SCHEMA",
    "EVENT_KINDS",
    "OUTCOMES",
    "TEXT_LIMIT",
]

# Why a cap: one 10 MB prompt must not make a batch (or a detector reading it) blow up.
# Text beyond this many characters is cut at ingest and the cut is noted in ``ingest_notes``.
TEXT_LIMIT = 1 << 20

_TS = pl.Datetime("us", "UTC")


@dataclass(frozen=True)
class Field:
    name: str
    dtype: pl.DataType  # an instance (``pl.String()``), which polars treats like the class
    group: str
    description: str
    aligned_with: str = ""


FIELDS: tuple[Field, ...] = (
    # identity
    Field(
        "event_id",
        pl.String(),
        "identity",
        "SHA-256 (hex) of the collector id and the canonical JSON of the unredacted record; "
        "re-ingesting the same record yields the same id and is a no-op. Unique per tenant: "
        "(`tenant`, `event_id`) identifies an event.",
    ),
    Field("ts", _TS, "identity", "When the event happened, UTC, microseconds.", "@timestamp"),
    Field("ingested_at", _TS, "identity", "When aisoc stored the event, UTC.", "event.ingested"),
    Field(
        "tenant",
        pl.String(),
        "identity",
        "Owning tenant: `--tenant`, else the collector's documented tenant field, else `default`. "
        "Not part of `event_id`, part of the deduplication key.",
    ),
    Field(
        "source",
        pl.String(),
        "identity",
        "Collector id: otel_genai, openai_gateway, bedrock_invocation, cloudtrail, k8s_audit, mlflow.",
    ),
    Field(
        "source_ref",
        pl.String(),
        "identity",
        "`PATH:LINE` of the record (or its batch), line 1-based in the decompressed text.",
    ),
    # what
    Field(
        "event_kind",
        pl.String(),
        "what",
        "Kind of event: llm.chat, llm.completion, llm.embedding, llm.retrieval, llm.tool_call, "
        "llm.guardrail, llm.agent, cloud.audit, k8s.audit, mlops.audit; app.span / app.log for "
        "non-GenAI spans and logs of an LLM application (kept for their who/where fields).",
    ),
    Field(
        "action",
        pl.String(),
        "what",
        "What was done, in the source's words: GenAI operation name, API call, verb, webhook event.",
        "gen_ai.operation.name / event.action",
    ),
    Field("outcome", pl.String(), "what", "success, failure or blocked (null when unknown).", "event.outcome"),
    # who / where
    Field("actor_id", pl.String(), "who", "The acting user or principal (end user, IAM ARN, k8s user).", "user.id"),
    Field("actor_type", pl.String(), "who", "user, service_account, role, api_key, service or anonymous.", ""),
    Field(
        "api_key_id",
        pl.String(),
        "who",
        "Identifier of the API/access key used (alias, hash or access-key id), never the key itself.",
    ),
    Field("session_id", pl.String(), "who", "Application or cloud session id.", "session.id"),
    Field("conversation_id", pl.String(), "who", "Conversation / thread id.", "gen_ai.conversation.id"),
    Field("source_ip", pl.String(), "who", "Client IP address.", "source.ip"),
    Field("user_agent", pl.String(), "who", "Client user agent.", "user_agent.original"),
    Field(
        "app",
        pl.String(),
        "who",
        "Calling application or service (OTel service.name, gateway team/app, k8s user agent app).",
        "service.name",
    ),
    Field("trace_id", pl.String(), "who", "Distributed trace id, when the source has one.", "trace.id"),
    Field("span_id", pl.String(), "who", "Span id, when the source has one.", "span.id"),
    Field(
        "request_id", pl.String(), "who", "Request or response id from the provider or cloud API.", "gen_ai.response.id"
    ),
    Field("cloud_account", pl.String(), "who", "Cloud account or project id.", "cloud.account.id"),
    Field("cloud_region", pl.String(), "who", "Cloud region.", "cloud.region"),
    # LLM
    Field(
        "provider", pl.String(), "llm", "Model provider (openai, anthropic, aws.bedrock, ...).", "gen_ai.provider.name"
    ),
    Field("model", pl.String(), "llm", "Model asked for or answering.", "gen_ai.request.model"),
    Field("prompt", pl.String(), "llm", "The last user-authored input text (what an attacker types)."),
    Field("system_prompt", pl.String(), "llm", "System / developer instructions.", "gen_ai.system_instructions"),
    Field(
        "messages",
        pl.String(),
        "llm",
        "The full input as a JSON array of {role, content} (tool results included).",
        "gen_ai.input.messages",
    ),
    Field(
        "response",
        pl.String(),
        "llm",
        "The model's output text (choices joined by newlines).",
        "gen_ai.output.messages",
    ),
    Field("finish_reason", pl.String(), "llm", "Why generation stopped.", "gen_ai.response.finish_reasons"),
    Field(
        "tool_calls",
        pl.String(),
        "llm",
        "JSON array of tool calls requested by the model: {id, name, arguments}.",
        "gen_ai.tool.call.*",
    ),
    Field(
        "retrieved_docs",
        pl.String(),
        "llm",
        "JSON array of retrieved documents: {id, owner_tenant, acl, score, content}.",
        "gen_ai.retrieval.documents",
    ),
    Field("tokens_in", pl.Int64(), "llm", "Input tokens.", "gen_ai.usage.input_tokens"),
    Field("tokens_out", pl.Int64(), "llm", "Output tokens.", "gen_ai.usage.output_tokens"),
    Field("cost_usd", pl.Float64(), "llm", "Cost in US dollars, as reported by the source."),
    Field("latency_ms", pl.Float64(), "llm", "Request duration in milliseconds.", "event.duration"),
    Field("guardrail_action", pl.String(), "llm", "What a guardrail did: none, intervened, blocked, masked, ..."),
    Field("guardrail_policy", pl.String(), "llm", "Which guardrail / policy acted."),
    # MLOps / cloud
    Field(
        "resource_type",
        pl.String(),
        "mlops",
        "Kind of resource touched: model_version, registered_model, endpoint, bucket, secret, ...",
    ),
    Field(
        "resource_id",
        pl.String(),
        "mlops",
        "The resource: model@version, endpoint name, bucket/key, namespace/name, ARN.",
    ),
    Field("request", pl.String(), "mlops", "Request parameters (JSON text)."),
    Field("response_status", pl.String(), "mlops", "Response status or error code (text)."),
    # evidence
    Field(
        "raw",
        pl.String(),
        "evidence",
        "The original record as JSON, credential-named values redacted, huge strings cut.",
    ),
    Field(
        "ingest_notes",
        pl.String(),
        "evidence",
        "What ingest changed (e.g. `prompt truncated from 10485760 chars`); null when nothing.",
    ),
)

FIELD_NAMES: tuple[str, ...] = tuple(f.name for f in FIELDS)
POLARS_SCHEMA: dict[str, pl.DataType] = {f.name: f.dtype for f in FIELDS}

EVENT_KINDS = (
    "llm.chat",
    "llm.completion",
    "llm.embedding",
    "llm.retrieval",
    "llm.tool_call",
    "llm.guardrail",
    "llm.agent",
    "cloud.audit",
    "k8s.audit",
    "mlops.audit",
    "app.span",
    "app.log",
)
OUTCOMES = ("success", "failure", "blocked")
