"""OpenTelemetry GenAI spans and events, exported as OTLP JSON.

Reads what the OTLP file exporter (and the OpenTelemetry Collector's ``file`` exporter)
writes: one ``ExportTraceServiceRequest`` (``{"resourceSpans": [...]}``) or
``ExportLogsServiceRequest`` (``{"resourceLogs": [...]}``) per line, attributes as OTLP JSON
``AnyValue`` lists, times as ``*UnixNano`` strings. Facts are read the way the OpenTelemetry
GenAI semantic conventions define them (spans, events and the registry's ``gen_ai.*``
attributes, including the deprecated ``gen_ai.system`` / ``gen_ai.usage.prompt_tokens`` names
and the ``gen_ai.prompt.N.*`` attributes older instrumentations write). Both ways of capturing
content are read: ``gen_ai.input.messages`` / ``gen_ai.output.messages`` /
``gen_ai.system_instructions`` attributes, and message events (``gen_ai.user.message``,
``gen_ai.choice``, …) as span events or log records.

A record is one span (with its span events) or one log record, bundled with its resource and
scope: ``{"resource", "scope", "span"}`` / ``{"resource", "scope", "log_record"}``. Every
record becomes an event; spans and log records without any ``gen_ai.*`` trace (HTTP, database
spans in the same export) become ``app.span`` / ``app.log`` events so nothing is dropped.

Tenant: resource attribute ``tenant.id`` (else the same attribute on the span or log record).
"""

from __future__ import annotations

from typing import Any

import orjson

from aisoc.ingest.collectors import _messages as msg
from aisoc.ingest.collectors.base import Collector, get_path, to_int, to_json_text, to_text, to_ts_us
from aisoc.ingest.errors import RecordError
from aisoc.ingest.redact import REDACTED, is_secret_name

__all__ = ["COLLECTOR", "TENANT_ATTRIBUTE", "OTHER_SPAN_KIND", "OTHER_LOG_KIND"]

TENANT_ATTRIBUTE = "tenant.id"
OTHER_SPAN_KIND = "app.span"  # a span with no GenAI content (HTTP, DB, ...)
OTHER_LOG_KIND = "app.log"  # a log record that is not a GenAI event

_OPERATION_KINDS = {
    "chat": "llm.chat",
    "generate_content": "llm.chat",
    "text_completion": "llm.completion",
    "embeddings": "llm.embedding",
    "execute_tool": "llm.tool_call",
    "retrieval": "llm.retrieval",
    "invoke_agent": "llm.agent",
    "create_agent": "llm.agent",
    "invoke_workflow": "llm.agent",
}
# Unknown operation names (custom values are allowed) are classified by a word they contain.
_OPERATION_HINTS = (
    ("retriev", "llm.retrieval"),
    ("search", "llm.retrieval"),
    ("embed", "llm.embedding"),
    ("tool", "llm.tool_call"),
    ("agent", "llm.agent"),
    ("workflow", "llm.agent"),
    ("complet", "llm.completion"),
)
_MESSAGE_EVENTS = {
    "gen_ai.system.message": "system",
    "gen_ai.user.message": "user",
    "gen_ai.assistant.message": "assistant",
    "gen_ai.tool.message": "tool",
}
_CHOICE_EVENT = "gen_ai.choice"
_EVALUATION_EVENT = "gen_ai.evaluation.result"
_RETRIEVAL_KEYS = ("gen_ai.retrieval.documents", "gen_ai.retrieval.query.text", "gen_ai.data_source.id")
_ERROR_CODES = (2, "2", "STATUS_CODE_ERROR")
# Contract field ← attributes tried in order, each on the span / log record, then the resource.
_LOOKUPS = {
    "actor_id": ("user.id", "enduser.id"),
    "session_id": ("session.id",),
    "conversation_id": ("gen_ai.conversation.id",),
    "request_id": ("gen_ai.response.id",),
    "source_ip": ("client.address", "source.address"),
    "user_agent": ("user_agent.original",),
    "cloud_account": ("cloud.account.id",),
    "cloud_region": ("cloud.region",),
    "model": ("gen_ai.request.model", "gen_ai.response.model"),
}


# --- OTLP JSON decoding -----------------------------------------------------------------------


def _value(v: Any) -> Any:
    """A plain Python value from an OTLP JSON ``AnyValue`` (plain JSON values pass through)."""
    if not isinstance(v, dict):
        return v
    if "intValue" in v:  # int64 travels as a string in OTLP JSON
        raw = v["intValue"]
        return int(raw) if isinstance(raw, str) and raw.strip().lstrip("-").isdigit() else raw
    if "arrayValue" in v:
        values = get_path(v, "arrayValue", "values", default=[])
        return [_value(x) for x in values] if isinstance(values, list) else None
    if "kvlistValue" in v:
        return _attrs(get_path(v, "kvlistValue", "values"))
    return next((v[k] for k in ("stringValue", "doubleValue", "boolValue", "bytesValue") if k in v), None)


def _attrs(items: Any) -> dict[str, Any]:
    """``[{"key", "value"}, ...]`` (or an already plain mapping) as a dict; odd entries skipped."""
    if isinstance(items, dict):
        return {k: _value(v) for k, v in items.items()}
    out: dict[str, Any] = {}
    for item in items if isinstance(items, list) else []:
        if isinstance(item, dict) and isinstance(item.get("key"), str):
            out[item["key"]] = _value(item.get("value"))
    return out


def _parsed(value: Any) -> Any:
    """Structured attributes may arrive as JSON text (allowed on spans); parse when they do."""
    if isinstance(value, str) and value[:1] in ("[", "{"):
        try:
            return orjson.loads(value)
        except orjson.JSONDecodeError:
            return value
    return value


def _nonzero_time(*values: Any) -> Any:
    for value in values:
        if value not in (None, "", "0", 0):
            return value
    return None


# --- matching and splitting ---------------------------------------------------------------------


def _lower(value: Any) -> str | None:
    # Well-known provider values are lower case; older instrumentations wrote e.g. "OpenAI".
    return value.lower() if isinstance(value, str) and value else to_text(value)


def _matches(chunk: Any) -> bool:
    top = [chunk.get(k) for k in ("resourceSpans", "resourceLogs")] if isinstance(chunk, dict) else []
    return any(isinstance(t, list) and isinstance((t or [{}])[0], dict) for t in top)


def _as_list(value: Any) -> list[Any]:
    return value if isinstance(value, list) else [] if value is None else [value]


def _split(chunk: Any) -> list[Any]:
    # Malformed pieces are still returned as records (normalise then quarantines them with a
    # reason), so nothing in an export disappears silently.
    if not _matches(chunk):
        return [chunk]
    records: list[Any] = []
    for top, scopes_key, items_key, rec_key in (
        ("resourceSpans", "scopeSpans", "spans", "span"),
        ("resourceLogs", "scopeLogs", "logRecords", "log_record"),
    ):
        for rs in _as_list(chunk.get(top)):
            if not isinstance(rs, dict):
                records.append({"resource": {}, "scope": {}, rec_key: rs})
                continue
            resource = rs["resource"] if isinstance(rs.get("resource"), dict) else {}
            for ss in _as_list(rs.get(scopes_key)):
                scope = get_path(ss, "scope", default={})
                items = ss.get(items_key) if isinstance(ss, dict) else ss
                for item in _as_list(items):
                    records.append({"resource": resource, "scope": scope, rec_key: item})
    return records


# --- content ------------------------------------------------------------------------------------


def _content(attrs: dict[str, Any], events: list[tuple[str, dict[str, Any], Any]]) -> dict[str, Any]:
    """Messages, prompt, system prompt, response, tool calls and finish reasons."""
    inputs: list[Any] = []
    outputs: list[Any] = []
    for source in [attrs] + [a for _, a, _ in events]:  # attribute style, incl. on a details event
        system = _parsed(source.get("gen_ai.system_instructions"))
        if system is not None:
            inputs.append({"role": "system", "parts": system if isinstance(system, list) else [system]})
        for key, into in (
            ("gen_ai.input.messages", inputs),
            ("gen_ai.output.messages", outputs),
            ("gen_ai.prompt", inputs),
            ("gen_ai.completion", outputs),
        ):
            value = _parsed(source.get(key))
            if value is not None:
                into.extend(value if isinstance(value, list) else [value])
    # Older styles count only where the newer one is absent: an instrumentation in transition
    # may write both, and the conversation must not appear twice.
    had_in, had_out = bool(inputs), bool(outputs)
    # OpenLLMetry-style gen_ai.prompt.0.role / gen_ai.completion.0.tool_calls.0.name
    inputs.extend([] if had_in else msg.unflatten(attrs, "gen_ai.prompt."))
    outputs.extend([] if had_out else msg.unflatten(attrs, "gen_ai.completion."))
    for name, ev_attrs, body in events:  # event style
        body = _parsed(body if body is not None else ev_attrs.get("gen_ai.event.content", ev_attrs))
        body = body if isinstance(body, dict) else {"content": body}
        if name in _MESSAGE_EVENTS and not had_in:
            inputs.append({**body, "role": body.get("role") or _MESSAGE_EVENTS[name]})
        elif name == _CHOICE_EVENT and not had_out:
            found = body.get("message")
            message = found if isinstance(found, dict) else body
            outputs.append(
                {
                    **message,
                    "role": message.get("role") or "assistant",
                    "finish_reason": body.get("finish_reason", message.get("finish_reason")),
                }
            )
    entries, _ = msg.flatten(inputs)
    out_entries, calls = msg.flatten(outputs, default_role="assistant")
    reasons = _as_list(attrs.get("gen_ai.response.finish_reasons")) or [
        m.get("finish_reason") for m in outputs if isinstance(m, dict)
    ]
    return {
        "messages": entries,
        "prompt": msg.last_user_text(entries),
        "system_prompt": msg.system_text(entries),
        "response": msg.reply_text(out_entries),
        "tool_calls": calls,
        "finish_reason": ",".join(str(r) for r in reasons if r) or None,
    }


def _kind(op: Any, attrs: dict[str, Any], is_genai: bool, is_span: bool) -> str:
    if isinstance(op, str) and op:
        if op in _OPERATION_KINDS:
            return _OPERATION_KINDS[op]
        return next((kind for hint, kind in _OPERATION_HINTS if hint in op.lower()), "llm.chat")
    if not is_genai:
        return OTHER_SPAN_KIND if is_span else OTHER_LOG_KIND
    if any(k in attrs for k in _RETRIEVAL_KEYS):
        return "llm.retrieval"
    if "gen_ai.tool.name" in attrs or "gen_ai.tool.call.id" in attrs:
        return "llm.tool_call"
    if "gen_ai.agent.name" in attrs and "gen_ai.request.model" not in attrs:
        return "llm.agent"
    return "llm.chat"


# --- normalise ----------------------------------------------------------------------------------


def _normalise(record: Any) -> dict[str, Any]:
    try:
        return _fields(record)
    except (RecursionError, orjson.JSONEncodeError):
        raise RecordError("too_deeply_nested", "attribute values nest too deeply") from None


def _read(record: Any) -> tuple[bool, dict[str, Any], dict[str, Any], dict[str, Any], list[Any], int, Any]:
    """(is_span, item, resource attrs, attrs, events, ts, name) of a record from ``_split``."""
    is_span = isinstance(record, dict) and "span" in record
    item = get_path(record, "span" if is_span else "log_record")
    if not isinstance(item, dict):
        raise RecordError("wrong_type", "expected an OTLP span or log record object")
    res = _attrs(get_path(record, "resource", "attributes"))
    attrs = _attrs(item.get("attributes"))
    if is_span:  # events: (name, attributes, body); span events have no body
        events = [
            (str(ev.get("name") or ""), _attrs(ev.get("attributes")), None)
            for ev in _as_list(item.get("events"))
            if isinstance(ev, dict)
        ]
        when = _nonzero_time(item.get("startTimeUnixNano"), item.get("endTimeUnixNano"))
        name = item.get("name")
    else:  # a log record is itself the event
        name = item.get("eventName") or attrs.get("event.name")
        events = [(str(name or ""), {}, _value(item.get("body")))]
        when = _nonzero_time(item.get("timeUnixNano"), item.get("observedTimeUnixNano"))
    ts = to_ts_us(when, "startTimeUnixNano" if is_span else "timeUnixNano")
    return is_span, item, res, attrs, events, ts, name


def _fields(record: Any) -> dict[str, Any]:
    is_span, item, res, attrs, events, ts, name = _read(record)

    def get(key: str) -> Any:
        return attrs.get(key, res.get(key))

    op = attrs.get("gen_ai.operation.name")
    is_genai = any(k.startswith("gen_ai.") for k in attrs) or any(n.startswith("gen_ai.") for n, _, _ in events)
    kind = _kind(op, attrs, is_genai, is_span)
    fields: dict[str, Any] = {
        "ts": ts,
        "event_kind": kind,
        "action": to_text(op or name),
        "tenant": to_text(res.get(TENANT_ATTRIBUTE, attrs.get(TENANT_ATTRIBUTE))),
        "app": to_text(res.get("service.name")),
        "trace_id": to_text(item.get("traceId") or None),
        "span_id": to_text(item.get("spanId") or None),
        "provider": _lower(attrs.get("gen_ai.provider.name") or attrs.get("gen_ai.system")),
        "tokens_in": to_int(
            _first(attrs, "gen_ai.usage.input_tokens", "gen_ai.usage.prompt_tokens"), "gen_ai.usage.input_tokens"
        ),
        "tokens_out": to_int(
            _first(attrs, "gen_ai.usage.output_tokens", "gen_ai.usage.completion_tokens"), "gen_ai.usage.output_tokens"
        ),
    }
    for field, keys in _LOOKUPS.items():
        fields[field] = to_text(next((get(k) for k in keys if get(k) not in (None, "")), None))
    fields["actor_type"] = "user" if fields["actor_id"] else None

    content = _content(attrs, events)
    if kind == "llm.tool_call" and not content["tool_calls"] and attrs.get("gen_ai.tool.name"):
        # an execute_tool span: the call is in gen_ai.tool.*, its result is the "response"
        content["tool_calls"] = [
            msg.tool_call(
                attrs.get("gen_ai.tool.call.id"), attrs.get("gen_ai.tool.name"), attrs.get("gen_ai.tool.call.arguments")
            )
        ]
        result = msg.text_of(_parsed(attrs.get("gen_ai.tool.call.result")))
        content["response"] = content["response"] or result
    content["prompt"] = content["prompt"] or to_text(attrs.get("gen_ai.retrieval.query.text"))
    fields.update(content, messages=to_json_text(content["messages"]), tool_calls=to_json_text(content["tool_calls"]))
    docs = _as_list(_parsed(attrs.get("gen_ai.retrieval.documents")))
    fields["retrieved_docs"] = to_json_text([msg.retrieved_doc(d) for d in docs])
    fields["request"] = to_json_text(
        {
            k: v
            for k, v in attrs.items()
            if k in ("server.address", "server.port")
            or (k.startswith("gen_ai.request.") and k != "gen_ai.request.model")
        }
    )

    if is_span:
        start = to_int(item.get("startTimeUnixNano"), "startTimeUnixNano")
        end = to_int(item.get("endTimeUnixNano"), "endTimeUnixNano")
        if start and end and end >= start:
            fields["latency_ms"] = (end - start) / 1e6
        # OTel leaves the status unset on success; code 2 (ERROR) or an error.type is a failure
        failed = get_path(item, "status", "code") in _ERROR_CODES or "error.type" in attrs
        exc = next((a.get("exception.type") for n, a, _ in events if n == "exception"), None)
        fields["outcome"] = "failure" if failed else "success"
        error = attrs.get("error.type") or exc or get_path(item, "status", "message") if failed else None
        fields["response_status"] = to_text(error or attrs.get("http.response.status_code"))
    elif op or name == _EVALUATION_EVENT:  # a log record describing a whole operation
        fields["outcome"] = "failure" if "error.type" in attrs else "success"
        fields["response_status"] = to_text(attrs.get("error.type"))
        if name == _EVALUATION_EVENT:
            fields["event_kind"] = "llm.guardrail"
            fields["guardrail_policy"] = to_text(attrs.get("gen_ai.evaluation.name"))
            fields["guardrail_action"] = to_text(attrs.get("gen_ai.evaluation.score.label"))
    return {k: v for k, v in fields.items() if v is not None}


def _first(attrs: dict[str, Any], *keys: str) -> Any:
    return next((attrs[k] for k in keys if attrs.get(k) is not None), None)


def _redact(value: Any) -> Any:
    """Credential-named attributes (``http.request.header.authorization``) masked: the generic
    redaction masks text values only, and an OTLP attribute value is an object. Copy on write:
    the record itself comes back when there is nothing to mask (the common case)."""
    kind = type(value)
    if kind is dict:
        key = value.get("key")
        if type(key) is str and "value" in value and is_secret_name(key):
            return {**value, "value": {"stringValue": REDACTED}}
        pairs = value.items()
    elif kind is list:
        pairs = enumerate(value)
    else:
        return value
    copy = None
    for k, item in pairs:
        if type(item) in (dict, list):
            new = _redact(item)
            if new is not item:
                copy = copy if copy is not None else (dict(value) if kind is dict else list(value))
                copy[k] = new
    return value if copy is None else copy


COLLECTOR = Collector(
    id="otel_genai",
    description="OpenTelemetry GenAI spans and events (OTLP JSON trace/log exports)",
    matches=_matches,
    normalise=_normalise,
    split=_split,
    redact=_redact,
    tenant_field=f"resource attribute {TENANT_ATTRIBUTE}",
)
