"""Record builders for the LLM formats: OTLP JSON GenAI spans, LiteLLM payloads, Bedrock logs.

Each builder takes plain values and returns the JSON value one line of the file holds, in the
shape the matching collector documents (see docs/collectors/). Nothing here draws random
numbers except where an ``rng`` is passed for ids.
"""

from __future__ import annotations

import random
from typing import Any

import orjson

from aisoc.sample_logs.clock import iso_z
from aisoc.sample_logs.fakes import hex_id, uuid

__all__ = ["otlp_export", "otlp_span", "chat_span_attrs", "litellm_record", "bedrock_record", "text_json"]


# --- OTLP JSON (otel_genai) ---------------------------------------------------------------------


def _any(value: Any) -> dict:
    if isinstance(value, bool):
        return {"boolValue": value}
    if isinstance(value, int):
        return {"intValue": str(value)}  # int64 travels as a string in OTLP JSON
    if isinstance(value, float):
        return {"doubleValue": value}
    if isinstance(value, (list, tuple)):
        return {"arrayValue": {"values": [_any(v) for v in value]}}
    return {"stringValue": str(value)}


def _attrs(values: dict[str, Any]) -> list[dict]:
    return [{"key": k, "value": _any(v)} for k, v in values.items() if v is not None]


def text_json(value: Any) -> str:
    """Structured GenAI attributes (messages, documents) are logged as JSON text on spans."""
    return orjson.dumps(value).decode()


def otlp_span(
    trace_id: str,
    span_id: str,
    parent: str | None,
    name: str,
    kind: int,
    start_us: int,
    end_us: int,
    attrs: dict[str, Any],
    error: str | None = None,
) -> dict:
    span: dict[str, Any] = {"traceId": trace_id, "spanId": span_id}
    if parent:
        span["parentSpanId"] = parent
    span.update(
        {
            "name": name,
            "kind": kind,
            "startTimeUnixNano": str(start_us * 1000),
            "endTimeUnixNano": str(end_us * 1000),
            "attributes": _attrs(attrs),
            "status": {"code": 2, "message": error} if error else {},
        }
    )
    return span


def otlp_export(resource: dict[str, Any], scopes: list[tuple[str, str, list[dict]]]) -> dict:
    """One ``ExportTraceServiceRequest`` line: one resource, spans grouped by instrumentation scope."""
    return {
        "resourceSpans": [
            {
                "resource": {"attributes": _attrs(resource)},
                "scopeSpans": [
                    {"scope": {"name": name, "version": version}, "spans": spans}
                    for name, version, spans in scopes
                    if spans
                ],
            }
        ]
    }


def chat_span_attrs(
    *,
    provider: str,
    model: str,
    response_id: str,
    system: str | None,
    history: list[tuple[str, str]],
    output: str | None,
    tool_call: dict | None,
    tokens_in: int,
    tokens_out: int,
    conversation: str,
    user: str,
    ip: str,
    temperature: float = 0.3,
) -> dict[str, Any]:
    """``gen_ai.*`` attributes of a chat span, content captured as the semantic conventions' JSON."""
    inputs = [{"role": role, "parts": [{"type": "text", "content": text}]} for role, text in history]
    if tool_call is not None:
        parts = [{"type": "tool_call", **tool_call}]
        finish = "tool_call"
    else:
        parts = [{"type": "text", "content": output or ""}]
        finish = "stop"
    return {
        "gen_ai.operation.name": "chat",
        "gen_ai.provider.name": provider,
        "gen_ai.request.model": model,
        "gen_ai.response.model": model,
        "gen_ai.response.id": response_id,
        "gen_ai.request.temperature": temperature,
        "gen_ai.usage.input_tokens": tokens_in,
        "gen_ai.usage.output_tokens": tokens_out,
        "gen_ai.response.finish_reasons": [finish],
        "gen_ai.conversation.id": conversation,
        "enduser.id": user,
        "client.address": ip,
        "gen_ai.system_instructions": text_json([{"type": "text", "content": system}]) if system else None,
        "gen_ai.input.messages": text_json(inputs),
        "gen_ai.output.messages": text_json([{"role": "assistant", "parts": parts, "finish_reason": finish}]),
    }


# --- LiteLLM StandardLoggingPayload (openai_gateway) ---------------------------------------------


def litellm_record(
    *,
    rid: str,
    start_us: int,
    latency_ms: int,
    model: str,
    provider: str,
    team: str,
    team_id: str,
    key_alias: str,
    key_hash: str,
    user: str | None,
    end_user: str | None,
    ip: str,
    user_agent: str,
    messages: list[dict],
    reply: str | None,
    tokens_in: int,
    tokens_out: int,
    cost: float,
    params: dict,
    tags: list[str],
    guardrail: dict | None = None,
    error: dict | None = None,
    trace_id: str = "",
) -> dict:
    """One gateway log line. ``reply`` None with ``error`` set is a failed call."""
    start = start_us / 1_000_000
    end = (start_us + latency_ms * 1000) / 1_000_000
    record: dict[str, Any] = {
        "id": rid,
        "trace_id": trace_id,
        "call_type": "acompletion",
        "stream": False,
        "response_cost": cost,
        "status": "failure" if error else "success",
        "total_tokens": tokens_in + tokens_out,
        "prompt_tokens": tokens_in,
        "completion_tokens": tokens_out,
        "startTime": start,
        "endTime": end,
        "completionStartTime": end,
        "response_time": latency_ms / 1000,
        "model": model,
        "model_group": model,
        "custom_llm_provider": provider,
        "api_base": "https://llm-gateway.platform.example/v1",
        "metadata": {
            "user_api_key_hash": key_hash,
            "user_api_key_alias": key_alias,
            "user_api_key_team_id": team_id,
            "user_api_key_team_alias": team,
            "user_api_key_user_id": user,
            "user_api_key_end_user_id": end_user,
            "requester_ip_address": ip,
            "user_agent": user_agent,
        },
        "cache_hit": False,
        "request_tags": tags,
        "end_user": end_user or "",
        "requester_ip_address": ip,
        "messages": messages,
        "model_parameters": params,
    }
    if error:
        record["response"] = None
        record["error_str"] = error.get("error_message")
        record["error_information"] = error
    else:
        record["response"] = {
            "id": rid,
            "object": "chat.completion",
            "model": model,
            "choices": [{"index": 0, "finish_reason": "stop", "message": {"role": "assistant", "content": reply}}],
            "usage": {
                "prompt_tokens": tokens_in,
                "completion_tokens": tokens_out,
                "total_tokens": tokens_in + tokens_out,
            },
        }
    if guardrail is not None:
        record["guardrail_information"] = guardrail
    return record


# --- Bedrock model invocation logs (bedrock_invocation) ------------------------------------------


def bedrock_record(
    rng: random.Random,
    *,
    ts_us: int,
    account: str,
    region: str,
    identity_arn: str,
    operation: str,
    model_id: str,
    system: str,
    prompt: str,
    reply: str,
    tokens_in: int,
    tokens_out: int,
    latency_ms: int,
    tenant: str,
    app: str,
    stop: str = "end_turn",
) -> dict:
    """One ``ModelInvocationLog`` record (schema 1.0): a Converse call or an Anthropic InvokeModel."""
    if operation == "Converse":
        body_in: dict[str, Any] = {
            "messages": [{"role": "user", "content": [{"text": prompt}]}],
            "system": [{"text": system}],
            "inferenceConfig": {"maxTokens": 1024, "temperature": 0.2},
        }
        body_out: dict[str, Any] = {
            "output": {"message": {"role": "assistant", "content": [{"text": reply}]}},
            "stopReason": stop,
            "metrics": {"latencyMs": latency_ms},
            "usage": {"inputTokens": tokens_in, "outputTokens": tokens_out, "totalTokens": tokens_in + tokens_out},
        }
    else:
        body_in = {
            "anthropic_version": "bedrock-2023-05-31",
            "max_tokens": 512,
            "system": system,
            "messages": [{"role": "user", "content": prompt}],
        }
        body_out = {
            "id": f"msg_bdrk_{hex_id(rng, 24)}",
            "type": "message",
            "role": "assistant",
            "model": model_id.split(".", 1)[-1],
            "content": [{"type": "text", "text": reply}],
            "stop_reason": stop,
            "usage": {"input_tokens": tokens_in, "output_tokens": tokens_out},
        }
    return {
        "schemaType": "ModelInvocationLog",
        "schemaVersion": "1.0",
        "timestamp": iso_z(ts_us, 0),
        "accountId": account,
        "identity": {"arn": identity_arn},
        "region": region,
        "requestId": uuid(rng),
        "operation": operation,
        "modelId": model_id,
        "input": {"inputContentType": "application/json", "inputBodyJson": body_in, "inputTokenCount": tokens_in},
        "output": {"outputContentType": "application/json", "outputBodyJson": body_out, "outputTokenCount": tokens_out},
        "requestMetadata": {"tenant": tenant, "app": app},
    }
