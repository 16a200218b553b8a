"""OpenAI-compatible gateway logs: LiteLLM proxy ``StandardLoggingPayload`` records.

Reads one JSON object per line in the shape of the ``StandardLoggingPayload`` TypedDict of
LiteLLM (``litellm/types/utils.py``), which the proxy hands to its logging callbacks (custom
loggers, the generic API / S3 / GCS bucket loggers): ``id``, ``call_type``, ``status``,
``startTime`` / ``endTime`` (epoch seconds), ``model``, ``custom_llm_provider``, token counts,
``response_cost``, ``metadata`` (who: the virtual key's hash and alias, team, user, end user,
requester IP), ``messages`` (the OpenAI-style request), ``response`` (the OpenAI-shaped
completion), ``error_information`` and ``guardrail_information``.

Tenant: ``metadata.user_api_key_team_alias``, else ``metadata.user_api_key_team_id`` — in a
LiteLLM proxy shared by several customers or business units, the team is the unit keys,
budgets and models are granted to.
"""

from __future__ import annotations

from typing import Any, TypeGuard
from urllib.parse import parse_qsl, urlencode, urlsplit, urlunsplit

from aisoc.ingest.collectors import _messages as msg
from aisoc.ingest.collectors.base import (
    Collector,
    get_object,
    get_path,
    to_float,
    to_int,
    to_json_text,
    to_text,
    to_ts_us,
)
from aisoc.ingest.errors import RecordError
from aisoc.ingest.redact import REDACTED, is_secret_name

__all__ = ["COLLECTOR", "TENANT_FIELDS"]

TENANT_FIELDS = ("metadata.user_api_key_team_alias", "metadata.user_api_key_team_id")

# call_type → event_kind, by the first word found in the call type (async variants such as
# ``acompletion`` / ``aembedding`` contain the same word). Order matters: the more specific
# words come first. Anything else (e.g. ``pass_through_endpoint``) counts as a chat call.
_CALL_HINTS = (
    ("text_completion", "llm.completion"),
    ("completion", "llm.chat"),
    ("anthropic_messages", "llm.chat"),
    ("responses", "llm.chat"),
    ("realtime", "llm.chat"),
    ("generate_content", "llm.chat"),
    ("embedding", "llm.embedding"),
    ("moderation", "llm.guardrail"),
    ("search", "llm.retrieval"),
    ("rerank", "llm.retrieval"),
    ("query", "llm.retrieval"),
    ("fine_tuning", "mlops.audit"),
    ("batch", "mlops.audit"),
    ("vector_store", "mlops.audit"),
    ("file", "mlops.audit"),
    ("assistant", "llm.agent"),
    ("thread", "llm.agent"),
    ("message", "llm.agent"),
    ("image", "llm.completion"),
    ("video", "llm.completion"),
    ("speech", "llm.completion"),
    ("transcription", "llm.completion"),
)
# For mlops.audit call types (provider-side files, batches, fine-tuning jobs): resource_type.
_RESOURCE_TYPES = (
    ("fine_tuning", "fine_tuning_job"),
    ("batch", "batch"),
    ("vector_store", "vector_store"),
    ("file", "file"),
)

# guardrail_status → contract guardrail_action; ranked so the strongest action of several
# guardrails wins. "failure" is what LiteLLM versions before ``guardrail_intervened`` logged
# when a guardrail raised (i.e. stopped the call).
_RANK = {"blocked": 4, "masked": 3, "flagged": 2, "error": 1, "none": 0}
_GUARDRAIL_STATUS = {
    "guardrail_intervened": "blocked",
    "blocked": "blocked",
    "guardrail_flagged": "flagged",
    "guardrail_failed_to_respond": "error",
    "success": "none",
}


def _matches(chunk: Any) -> bool:
    return (
        isinstance(chunk, dict)
        and isinstance(chunk.get("call_type"), str)
        and "startTime" in chunk
        and any(k in chunk for k in ("response_cost", "model_parameters", "hidden_params"))
    )


def _call_kind(call_type: str) -> str:
    lowered = call_type.lower()
    return next((kind for hint, kind in _CALL_HINTS if hint in lowered), "llm.chat")


def _response(resp: Any) -> tuple[list[dict[str, Any]], list[dict[str, Any]], list[Any]]:
    """Output entries, tool calls and finish reasons of a logged response."""
    if isinstance(resp, str):
        return [{"role": "assistant", "content": resp}], [], []
    if not isinstance(resp, dict):
        return [], [], []
    if isinstance(resp.get("choices"), list):  # chat / text completion
        messages, reasons = [], []
        for choice in resp["choices"]:
            if not isinstance(choice, dict):
                continue
            reasons.append(choice.get("finish_reason"))
            message = get_object(choice, "message")
            messages.append(
                {"role": "assistant", **message} if message else {"role": "assistant", "content": choice.get("text")}
            )
        entries, calls = msg.flatten(messages, default_role="assistant")
        return entries, calls, reasons
    if isinstance(resp.get("output"), list):  # Responses API
        entries, calls = msg.flatten(resp["output"], default_role="assistant")
        return entries, calls, [resp.get("status")] if resp.get("status") != "completed" else []
    if isinstance(resp.get("content"), list):  # Anthropic messages
        entries, calls = msg.flatten([{"role": "assistant", "content": resp["content"]}])
        return entries, calls, [resp.get("stop_reason")]
    return [], [], []  # embeddings, images, files: nothing to read as text


def _guardrails(record: dict[str, Any]) -> tuple[str | None, str | None]:
    infos = record.get("guardrail_information")
    infos = [infos] if isinstance(infos, dict) else infos if isinstance(infos, list) else []
    status = record.get("status")
    best: str | None = None
    labels: dict[str, list[str]] = {}  # action -> "guardrail:category" labels
    ran: list[str] = []
    for info in infos:
        if not isinstance(info, dict):
            continue
        name = to_text(info.get("guardrail_name") or info.get("guardrail_id")) or "guardrail"
        state = info.get("guardrail_status")
        masked = info.get("masked_entity_count")
        masked = [k for k, n in masked.items() if isinstance(n, int) and n > 0] if isinstance(masked, dict) else []
        action: str | None
        if state == "failure":
            action = "blocked" if status == "failure" else "error"
        elif state == "guardrail_intervened" and masked and status != "failure":
            action = "masked"
        else:
            action = _GUARDRAIL_STATUS.get(state) if isinstance(state, str) else None
        if action is None:  # not_run, or a status this version does not know
            continue
        ran.append(name)
        cats = info.get("violation_categories")
        cats = [str(c) for c in cats] if isinstance(cats, list) and cats else masked
        if action != "none":
            labels.setdefault(action, []).extend([f"{name}:{c}" for c in cats] or [name])
        if best is None or _RANK[action] > _RANK[best]:
            best = action
    if best is None:  # only the summary status, no per-guardrail detail
        summary = get_path(record, "status_fields", "guardrail_status")
        best = _GUARDRAIL_STATUS.get(summary) if isinstance(summary, str) else None
    policy = ", ".join(labels.get(best, []) or ran) if best else None
    return best, policy or None


def _is_number(value: Any) -> TypeGuard[int | float]:
    return isinstance(value, (int, float)) and not isinstance(value, bool)


def _normalise(record: Any) -> dict[str, Any]:
    if not isinstance(record, dict):
        raise RecordError("wrong_type", "expected a JSON object (a LiteLLM StandardLoggingPayload)")
    ts = to_ts_us(record.get("startTime"), "startTime")
    meta = get_object(record, "metadata")
    call_type = to_text(record.get("call_type")) or ""
    kind = _call_kind(call_type)
    entries, _ = msg.flatten(record.get("messages"))
    out_entries, calls, reasons = _response(record.get("response"))
    action, policy = _guardrails(record)
    status = record.get("status")
    outcome = (
        "blocked"
        if action == "blocked"
        else "failure"
        if status == "failure"
        else "success"
        if status == "success"
        else None
    )

    api_key = to_text(meta.get("user_api_key_hash") or meta.get("user_api_key_alias"))
    end_user = to_text(record.get("end_user") or meta.get("user_api_key_end_user_id"))
    user = end_user or to_text(meta.get("user_api_key_user_id"))
    latency = to_float(record.get("response_time"), "response_time")
    if latency is not None:
        latency *= 1000
    else:  # epoch seconds both (ISO text, which to_ts_us accepts for startTime, has no latency)
        start, end = record.get("startTime"), record.get("endTime")
        latency = (end - start) * 1000.0 if _is_number(start) and _is_number(end) and end >= start else None
    resp = get_object(record, "response")
    error = get_object(record, "error_information")
    request = {
        k: record.get(k)
        for k in ("model_group", "stream", "cache_hit", "request_tags", "model_parameters", "api_base")
        if record.get(k) not in (None, "", [], {})
    }
    if "api_base" in request:  # never copy a key carried in the URL into a contract column
        request["api_base"] = _strip_url_secrets(request["api_base"])
    fields = {
        "ts": ts,
        "event_kind": kind,
        "action": call_type or None,
        "outcome": outcome,
        "tenant": to_text(meta.get("user_api_key_team_alias") or meta.get("user_api_key_team_id")),
        "actor_id": user or api_key,
        "actor_type": "user" if user else "api_key" if api_key else None,
        "api_key_id": api_key,
        "session_id": to_text(record.get("session_id")),
        "source_ip": to_text(record.get("requester_ip_address") or meta.get("requester_ip_address")),
        "user_agent": to_text(record.get("user_agent") or meta.get("user_agent")),
        "app": to_text(meta.get("user_api_key_alias")),
        "trace_id": to_text(record.get("trace_id")),
        "request_id": to_text(resp.get("id") or record.get("id")),
        "provider": to_text(record.get("custom_llm_provider")),
        "model": to_text(record.get("model") or record.get("model_group")),
        "messages": to_json_text(entries),
        "prompt": msg.last_user_text(entries),
        "system_prompt": msg.system_text(entries),
        "response": msg.reply_text(out_entries),
        "tool_calls": to_json_text(calls),
        "finish_reason": ",".join(str(r) for r in reasons if r) or None,
        "tokens_in": to_int(record.get("prompt_tokens"), "prompt_tokens"),
        "tokens_out": to_int(record.get("completion_tokens"), "completion_tokens"),
        "cost_usd": to_float(record.get("response_cost"), "response_cost"),
        "latency_ms": latency,
        "guardrail_action": action,
        "guardrail_policy": policy,
        "request": to_json_text(request),
        "response_status": to_text(error.get("error_code") or error.get("error_class"))
        if status == "failure"
        else None,
    }
    if kind == "mlops.audit":
        fields["resource_type"] = next(t for hint, t in _RESOURCE_TYPES if hint in call_type.lower())
        fields["resource_id"] = to_text(resp.get("id"))
    return {k: v for k, v in fields.items() if v is not None}


def _strip_url_secrets(url: Any) -> Any:
    """``api_base`` can carry a provider key in its query string (``?key=...``); mask it."""
    if not isinstance(url, str) or "?" not in url:
        return url
    parts = urlsplit(url)
    query = parse_qsl(parts.query, keep_blank_values=True)
    secret = [is_secret_name(k) or k.lower() in ("key", "sig", "code") for k, _ in query]
    if not any(secret):
        return url
    masked = [(k, REDACTED if hide else v) for (k, v), hide in zip(query, secret)]
    return urlunsplit(parts._replace(query=urlencode(masked, safe="[]")))


def _redact(record: Any) -> Any:
    """Copy on write: the record itself comes back when its URLs carry no secret."""
    if not isinstance(record, dict):
        return record
    out = dict(record)
    if "api_base" in record:
        out["api_base"] = _strip_url_secrets(record["api_base"])
    hidden = record.get("hidden_params")
    if isinstance(hidden, dict) and "api_base" in hidden:
        clean = _strip_url_secrets(hidden["api_base"])
        if clean != hidden["api_base"]:
            out["hidden_params"] = {**hidden, "api_base": clean}
    return record if out == record else out


COLLECTOR = Collector(
    id="openai_gateway",
    description="LiteLLM proxy StandardLoggingPayload records (OpenAI-compatible gateway logs)",
    matches=_matches,
    normalise=_normalise,
    redact=_redact,
    tenant_field=" else ".join(TENANT_FIELDS),
)
