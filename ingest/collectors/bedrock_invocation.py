"""AWS Bedrock model-invocation logs.

Reads the records Bedrock writes when model invocation logging is on (Amazon Bedrock User
Guide, "Monitor model invocation using CloudWatch Logs and Amazon S3"): one JSON object per
invocation with ``schemaType: "ModelInvocationLog"``, ``timestamp``, ``accountId``, ``region``,
``requestId``, ``operation`` (InvokeModel, InvokeModelWithResponseStream, Converse,
ConverseStream), ``modelId``, ``identity.arn``, the caller's ``requestMetadata`` and the
request / response bodies in ``input.inputBodyJson`` / ``output.outputBodyJson`` with their
token counts. Bodies over 100 KB are not inline (``inputBodyS3Path`` / ``outputBodyS3Path``).
Files are the S3 delivery (JSON lines, often gzipped) or CloudWatch Logs exports: a
subscription envelope (``{"logEvents": [{"message": "<record>"}]}``) or ``aws logs
filter-log-events`` output (``{"events": [...]}``), which ``split`` unpacks.

Bodies are read for the Converse API (messages / system / output.message, guardrail trace),
Anthropic messages, OpenAI-style chat, and text models (Titan ``inputText`` / ``results``,
``prompt`` / ``completion`` / ``generation`` / ``outputs``), streamed bodies (a list of
chunks) included. Guardrails: ``amazon-bedrock-guardrailAction`` and ``amazon-bedrock-trace``
(InvokeModel) or ``stopReason: guardrail_intervened`` and ``trace.guardrail`` (Converse).

Tenant: ``requestMetadata.tenant`` (else ``tenant_id`` / ``tenantId``). The caller sets
``requestMetadata``, so this is the application's claim, not something AWS vouches for.
"""

from __future__ import annotations

from typing import Any

import orjson

from aisoc.ingest.collectors import _messages as msg
from aisoc.ingest.collectors.base import (
    Collector,
    get_array,
    get_object,
    get_path,
    to_float,
    to_int,
    to_json_text,
    to_text,
    to_ts_us,
)
from aisoc.ingest.errors import RecordError

__all__ = ["COLLECTOR", "TENANT_KEYS"]

TENANT_KEYS = ("tenant", "tenant_id", "tenantId")
_SCHEMA = "ModelInvocationLog"
# Request-body keys that carry content (read into prompt/messages); the rest is parameters.
_CONTENT_KEYS = {
    "messages",
    "system",
    "prompt",
    "inputText",
    "message",
    "texts",
    "input",
    "chat_history",
    "toolConfig",
    "tools",
}
_TEXT_KEYS = ("completion", "generation", "outputText", "text")
_REASON_KEYS = ("stopReason", "stop_reason", "completionReason", "finish_reason")


def _is_log(value: Any) -> bool:
    return isinstance(value, dict) and value.get("schemaType") == _SCHEMA


def _envelope_events(chunk: Any) -> list[Any] | None:
    """The log events of a CloudWatch Logs envelope, or None when the chunk is not one."""
    if isinstance(chunk, dict) and "schemaType" not in chunk:
        for key in ("logEvents", "events"):
            if isinstance(events := chunk.get(key), list):
                return events
    return None


def _parse_message(event: Any) -> Any:
    text = event.get("message") if isinstance(event, dict) else None
    try:
        return orjson.loads(text) if isinstance(text, str) else event
    except orjson.JSONDecodeError:
        return text  # normalise rejects it with a reason


def _matches(chunk: Any) -> bool:
    events = _envelope_events(chunk)
    return _is_log(_parse_message(events[0])) if events else _is_log(chunk)


def _split(chunk: Any) -> list[Any]:
    events = _envelope_events(chunk)
    return [_parse_message(e) for e in events] if events is not None else [chunk]


def _body(value: Any) -> Any:
    if isinstance(value, str):
        try:
            return orjson.loads(value)
        except orjson.JSONDecodeError:
            return value
    return value


def _input_entries(body: Any) -> list[dict[str, Any]]:
    if isinstance(body, str):
        return [{"role": "user", "content": body}]
    if not isinstance(body, dict):
        return []
    messages: list[Any] = []
    if body.get("system"):
        messages.append({"role": "system", "content": body["system"]})
    for key in ("chat_history", "messages"):
        if isinstance(body.get(key), list):
            messages.extend(body[key])
    for key in ("prompt", "inputText", "message"):
        if isinstance(body.get(key), str):
            messages.append({"role": "user", "content": body[key]})
    if isinstance(body.get("texts"), list):  # Cohere embed
        messages.extend(t for t in body["texts"] if isinstance(t, str))
    return msg.flatten(messages)[0]


def _output(body: Any) -> tuple[list[dict[str, Any]], list[dict[str, Any]], list[Any]]:
    """Output entries, tool calls and stop reasons of a response body (or a list of chunks)."""
    if isinstance(body, list):  # streamed: one body per chunk; text deltas are concatenated
        texts, calls, reasons = [], [], []
        for chunk in body:
            delta = (
                get_path(chunk, "delta", "text")  # Anthropic content_block_delta
                or get_path(chunk, "contentBlockDelta", "delta", "text")
            )  # ConverseStream
            entries, more_calls, more_reasons = _output(chunk) if not delta else ([], [], [])
            texts.extend([delta] if isinstance(delta, str) else [e["content"] for e in entries])
            calls += more_calls
            reasons += more_reasons + [
                get_path(chunk, "delta", "stop_reason"),
                get_path(chunk, "messageStop", "stopReason"),
            ]
        text = "".join(t for t in texts if isinstance(t, str))
        return ([{"role": "assistant", "content": text}] if text else []), calls, reasons
    if not isinstance(body, dict):
        return [], [], []
    reasons = [body.get(k) for k in _REASON_KEYS]
    message = get_path(body, "output", "message")
    if isinstance(message, dict):  # Converse
        entries, calls = msg.flatten([message], default_role="assistant")
        return entries, calls, reasons
    if isinstance(body.get("content"), list):  # Anthropic messages
        entries, calls = msg.flatten([{"role": "assistant", "content": body["content"]}])
        return entries, calls, reasons
    items = [body] + [i for k in ("choices", "results", "outputs", "generations") for i in get_array(body, k)]
    messages = []
    for item in items:
        if not isinstance(item, dict):
            continue
        if item is not body:
            reasons += [item.get(k) for k in _REASON_KEYS]
        if isinstance(item.get("message"), dict):  # OpenAI-style choice
            messages.append({"role": "assistant", **item["message"]})
        messages += [{"role": "assistant", "content": item[k]} for k in _TEXT_KEYS if isinstance(item.get(k), str)]
    entries, calls = msg.flatten(messages, default_role="assistant")
    return entries, calls, reasons


def _guardrail(in_body: Any, out_body: Any) -> tuple[str | None, str | None]:
    """(guardrail_action, guardrail_policy) from the guardrail action flag and trace."""
    chunks = [b for b in (out_body if isinstance(out_body, list) else [out_body]) if isinstance(b, dict)]
    flags = [c.get("amazon-bedrock-guardrailAction") for c in chunks]
    intervened = "INTERVENED" in flags or any(c.get("stopReason") == "guardrail_intervened" for c in chunks)
    acted, ids = [], []
    for chunk in chunks:
        trace = (
            get_path(chunk, "amazon-bedrock-trace", "guardrail")  # InvokeModel
            or get_path(chunk, "trace", "guardrail")
        )  # Converse
        if not isinstance(trace, dict):
            continue
        for key in ("input", "inputAssessment", "outputs", "output", "outputAssessments"):
            found = trace.get(key)
            for per_guardrail in found if isinstance(found, list) else [found]:
                for gid, assessments in per_guardrail.items() if isinstance(per_guardrail, dict) else []:
                    ids.append(gid)
                    for one in assessments if isinstance(assessments, list) else [assessments]:
                        acted += _acting_items(gid, one)
    configured = get_path(in_body, "guardrailConfig", "guardrailIdentifier")
    ids = ids or ([configured] if isinstance(configured, str) else [])
    actions = {a for a, _ in acted}
    action = (
        "blocked"
        if "BLOCKED" in actions
        else "masked"
        if "ANONYMIZED" in actions
        else "intervened"
        if intervened
        else "none"
        if ids or "NONE" in flags
        else None
    )
    labels = list(dict.fromkeys(label for _, label in acted)) or list(dict.fromkeys(ids))
    return action, ", ".join(labels) or None


def _acting_items(gid: str, assessment: Any) -> list[tuple[str, str]]:
    """(action, "guardrail:policy.item") for every policy item that did something."""
    out = []
    for policy, detail in assessment.items() if isinstance(assessment, dict) else []:
        if not policy.endswith("Policy") or not isinstance(detail, dict):
            continue
        for items in detail.values():
            for item in items if isinstance(items, list) else []:
                action = item.get("action") if isinstance(item, dict) else None
                if isinstance(action, str) and action != "NONE":
                    name = item.get("name") or item.get("type") or item.get("match")
                    out.append((action, f"{gid}:{policy}.{name}"))
    return out


def _kind(op: str | None, model: str | None, in_body: Any, last_out: Any) -> str:
    if isinstance(last_out, dict) and ("embedding" in last_out or "embeddings" in last_out):
        return "llm.embedding"
    if "embed" in (model or "").lower():
        return "llm.embedding"
    if (op or "").startswith("Converse") or isinstance(get_path(in_body, "messages"), list):
        return "llm.chat"
    return "llm.completion"  # a bare prompt / inputText body


def _first(*values: Any) -> Any:
    return next((v for v in values if v is not None), None)


def _actor_type(arn: str | None) -> str | None:
    if not arn:
        return None
    if ":assumed-role/" in arn or ":role/" in arn:
        return "role"
    if ":user/" in arn or ":federated-user/" in arn or arn.endswith(":root"):
        return "user"
    return None


def _normalise(record: Any) -> dict[str, Any]:
    if not isinstance(record, dict):
        raise RecordError("wrong_type", "expected a JSON object (a Bedrock ModelInvocationLog)")
    ts = to_ts_us(record.get("timestamp"), "timestamp")
    inp, out = get_object(record, "input"), get_object(record, "output")
    in_body, out_body = _body(inp.get("inputBodyJson")), _body(out.get("outputBodyJson"))
    entries = _input_entries(in_body)
    out_entries, calls, reasons = _output(out_body)
    action, policy = _guardrail(in_body, out_body)
    op = to_text(record.get("operation"))
    model = to_text(record.get("modelId"))
    last = out_body[-1] if isinstance(out_body, list) and out_body else out_body
    kind = _kind(op, model, in_body, last)
    error = to_text(record.get("errorCode") or out.get("errorCode"))
    meta = get_object(record, "requestMetadata")
    arn = to_text(get_path(record, "identity", "arn"))
    usage = get_path(last, "usage", default={})
    usage = usage if isinstance(usage, dict) else {}
    metrics = get_path(last, "amazon-bedrock-invocationMetrics", default={})
    latency = get_path(last, "metrics", "latencyMs", default=None)
    params = in_body if isinstance(in_body, dict) else {}
    request = {k: v for k, v in params.items() if k not in _CONTENT_KEYS}
    request.update({k: record[k] for k in ("requestMetadata", "inferenceRegion") if record.get(k)})
    for part, key in ((inp, "inputBodyS3Path"), (out, "outputBodyS3Path")):  # body not inline
        if part.get(key):
            request[key] = part[key]
    fields = {
        "ts": ts,
        "event_kind": kind,
        "action": op,
        "outcome": "failure" if error else "blocked" if action in ("blocked", "intervened") else "success",
        "tenant": to_text(next((meta[k] for k in TENANT_KEYS if meta.get(k)), None)),
        "actor_id": arn,
        "actor_type": _actor_type(arn),
        "request_id": to_text(record.get("requestId")),
        "cloud_account": to_text(record.get("accountId")),
        "cloud_region": to_text(record.get("region")),
        "provider": "aws.bedrock",
        "model": model,
        "messages": to_json_text(entries),
        "prompt": msg.last_user_text(entries),
        "system_prompt": msg.system_text(entries),
        "response": msg.reply_text(out_entries),
        "tool_calls": to_json_text(calls),
        "finish_reason": ",".join(dict.fromkeys(str(r) for r in reasons if r)) or None,
        "tokens_in": to_int(
            _first(inp.get("inputTokenCount"), usage.get("inputTokens"), usage.get("input_tokens")),
            "input.inputTokenCount",
        ),
        "tokens_out": to_int(
            _first(out.get("outputTokenCount"), usage.get("outputTokens"), usage.get("output_tokens")),
            "output.outputTokenCount",
        ),
        "latency_ms": to_float(
            latency if latency is not None else get_path(metrics, "invocationLatency"), "metrics.latencyMs"
        ),
        "guardrail_action": action,
        "guardrail_policy": policy,
        "request": to_json_text(request),
        "response_status": error,
    }
    return {k: v for k, v in fields.items() if v is not None}


COLLECTOR = Collector(
    id="bedrock_invocation",
    description="AWS Bedrock model-invocation logs (S3 / CloudWatch Logs delivery)",
    matches=_matches,
    normalise=_normalise,
    split=_split,
    tenant_field="requestMetadata.tenant",
)
