"""One chunk (one file line) of each LLM source, from the content of one exchange.

Benign traffic and the attack storylines both call these, so an attack differs from normal use
only in what is said, by whom, when and how often — never in the shape of the record.
"""

from __future__ import annotations

import random
from typing import Any

from aisoc.sample_logs.fakes import hex_id
from aisoc.sample_logs.formats_llm import (
    bedrock_record,
    chat_span_attrs,
    litellm_record,
    otlp_export,
    otlp_span,
    text_json,
)
from aisoc.sample_logs.people import GatewayKey, cost_of
from aisoc.sample_logs.tenants import Tenant

__all__ = [
    "SUPPORT_APP",
    "DOCS_APP",
    "INDEXER_APP",
    "CUSTOMER_AGENTS",
    "trace_chunk",
    "TRACE_SIZES",
    "gateway_chunk",
    "bedrock_chunk",
    "BEDROCK_APPS",
    "tokens",
]

# tenant -> (service.name, service.version, provider, model)
SUPPORT_APP = {
    "acme-bank": ("acme-assist", "3.2.0", "openai", "gpt-4o-mini"),
    "globex-insurance": ("globex-claims-helper", "1.9.4", "anthropic", "claude-3-5-haiku"),
    "initech-pay": ("initech-merchant-help-web", "2.0.1", "openai", "gpt-4o-mini"),
}
DOCS_APP = {t: (f"{t.split('-')[0]}-docs-assistant", "0.14.2", "openai", "gpt-4o") for t in SUPPORT_APP}
INDEXER_APP = {t: (f"{t.split('-')[0]}-doc-indexer", "0.14.2", "openai", "text-embedding-3-small") for t in SUPPORT_APP}
_BROWSERS = (
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64) Firefox/128.0",
    "Mozilla/5.0 (Macintosh; Intel Mac OS X 14_5) Safari/605.1.15",
    "Mozilla/5.0 (X11; Linux x86_64) Chrome/126.0",
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64) Chrome/126.0",
)
# tenant -> what its customers call from: the tenant's own app (twice as likely) or a browser
CUSTOMER_AGENTS = {
    "acme-bank": ("AcmeMobile/6.4 (iPhone; iOS 17.5)", "AcmeMobile/6.4 (Android 14)", *_BROWSERS),
    "globex-insurance": ("GlobexApp/4.1 (Android 14)", "GlobexApp/4.1 (iPhone; iOS 17.4)", *_BROWSERS),
    "initech-pay": ("InitechDashboard/2.0 (web)", "InitechDashboard/2.0 (web)", *_BROWSERS),
}
# records per OTLP line for each trace shape
TRACE_SIZES = {"chat": 2, "tool": 4, "rag": 3, "embed": 1}
_GENAI_SCOPE = ("opentelemetry.instrumentation.genai", "0.7b0")
_HTTP_SCOPE = ("opentelemetry.instrumentation.fastapi", "0.48b0")


def tokens(*texts: str | None, floor: int = 5) -> int:
    """A plausible token count for some text (about four characters a token)."""
    return max(floor, sum(len(t) for t in texts if t) // 4)


def _response_id(rng: random.Random, provider: str) -> str:
    return f"msg_{hex_id(rng, 24)}" if provider == "anthropic" else f"chatcmpl-{hex_id(rng, 24)}"


def trace_chunk(
    rng: random.Random,
    tenant: Tenant,
    ts: int,
    shape: str,
    app: tuple[str, str, str, str],
    user: str,
    ip: str,
    agent: str,
    content: dict[str, Any],
) -> dict:
    """One OTLP export line holding one trace of ``shape`` (see ``TRACE_SIZES``).

    ``content``: ``system``, ``prompt``, ``reply``; for ``tool`` also ``tool`` (name),
    ``arguments``, ``result``, ``tool_reply``; for ``rag`` also ``docs`` (payloads) and
    ``source`` (index id); ``error`` marks the chat as failed.
    """
    service, version, provider, model = app
    resource = {
        "service.name": service,
        "service.version": version,
        "tenant.id": tenant.name,
        "deployment.environment.name": "production",
        "cloud.region": tenant.region,
    }
    trace = hex_id(rng, 32)
    conversation = content.get("conversation") or f"conv-{hex_id(rng, 12)}"
    if shape == "embed":
        tin = rng.randrange(200, 2000)
        attrs = {
            "gen_ai.operation.name": "embeddings",
            "gen_ai.provider.name": provider,
            "gen_ai.request.model": model,
            "gen_ai.usage.input_tokens": tin,
            "gen_ai.request.encoding_formats": ["float"],
            "gen_ai.embeddings.dimension.count": 1536,
        }
        span = otlp_span(trace, hex_id(rng, 16), None, f"embeddings {model}", 3, ts, ts + 40_000 + tin * 30, attrs)
        return otlp_export(resource, [(*_GENAI_SCOPE, [span])])

    root = hex_id(rng, 16)
    genai: list[dict] = []
    t = ts + rng.randrange(5_000, 60_000)
    history = [("user", content["prompt"])]
    if shape == "rag":
        docs = content["docs"]
        dur = rng.randrange(30_000, 180_000)
        genai.append(
            otlp_span(
                trace,
                hex_id(rng, 16),
                root,
                f"retrieval {content['source']}",
                3,
                t,
                t + dur,
                {
                    "gen_ai.operation.name": "retrieval",
                    "gen_ai.data_source.id": content["source"],
                    "gen_ai.retrieval.query.text": content["prompt"],
                    "gen_ai.retrieval.documents": text_json(docs),
                    "enduser.id": user,
                    "client.address": ip,
                    "gen_ai.conversation.id": conversation,
                },
            )
        )
        t += dur + rng.randrange(1_000, 10_000)
        context = "\n\n".join(d["content"] for d in docs)
        history = [("user", f"Context:\n{context}\n\nQuestion: {content['prompt']}")]
    if shape == "tool":
        call_id = f"call_{hex_id(rng, 12)}"
        call = {"id": call_id, "name": content["tool"], "arguments": content["arguments"]}
        tin, tout = tokens(content["system"], content["prompt"], floor=120), rng.randrange(18, 40)
        dur = 250_000 + tout * 12_000
        genai.append(
            otlp_span(
                trace,
                hex_id(rng, 16),
                root,
                f"chat {model}",
                3,
                t,
                t + dur,
                chat_span_attrs(
                    provider=provider,
                    model=model,
                    response_id=_response_id(rng, provider),
                    system=content["system"],
                    history=history,
                    output=None,
                    tool_call=call,
                    tokens_in=tin,
                    tokens_out=tout,
                    conversation=conversation,
                    user=user,
                    ip=ip,
                ),
            )
        )
        t += dur + rng.randrange(1_000, 5_000)
        tool_dur = rng.randrange(20_000, 300_000)
        genai.append(
            otlp_span(
                trace,
                hex_id(rng, 16),
                root,
                f"execute_tool {content['tool']}",
                1,
                t,
                t + tool_dur,
                {
                    "gen_ai.operation.name": "execute_tool",
                    "gen_ai.tool.name": content["tool"],
                    "gen_ai.tool.call.id": call_id,
                    "gen_ai.tool.type": "function",
                    "gen_ai.tool.call.arguments": text_json(content["arguments"]),
                    "gen_ai.tool.call.result": text_json(content["result"]),
                    "enduser.id": user,
                    "client.address": ip,
                    "gen_ai.conversation.id": conversation,
                },
            )
        )
        t += tool_dur + rng.randrange(1_000, 5_000)
        history = history + [
            ("assistant", f"{content['tool']}({text_json(content['arguments'])})"),
            ("tool", text_json(content["result"])),
        ]
    reply = content["reply"]
    tin = tokens(content.get("system"), *(text for _, text in history), floor=40)
    tout = tokens(reply)
    dur = 200_000 + tout * rng.randrange(9_000, 20_000)
    attrs = chat_span_attrs(
        provider=provider,
        model=model,
        response_id=_response_id(rng, provider),
        system=content.get("system"),
        history=history,
        output=reply,
        tool_call=None,
        tokens_in=tin,
        tokens_out=tout,
        conversation=conversation,
        user=user,
        ip=ip,
        temperature=content.get("temperature", 0.3),
    )
    genai.append(
        otlp_span(trace, hex_id(rng, 16), root, f"chat {model}", 3, t, t + dur, attrs, error=content.get("error"))
    )
    t += dur + rng.randrange(2_000, 20_000)
    http = otlp_span(
        trace,
        root,
        None,
        "POST /api/chat" if shape != "rag" else "POST /api/ask",
        2,
        ts,
        t,
        {
            "http.request.method": "POST",
            "url.path": "/api/chat" if shape != "rag" else "/api/ask",
            "http.response.status_code": 500 if content.get("error") else 200,
            "client.address": ip,
            "user_agent.original": agent,
            "enduser.id": user,
            "session.id": f"sess-{hex_id(rng, 10)}",
        },
        error="upstream model error" if content.get("error") else None,
    )
    return otlp_export(resource, [(*_HTTP_SCOPE, [http]), (*_GENAI_SCOPE, genai)])


def gateway_chunk(
    rng: random.Random,
    key: GatewayKey,
    ts: int,
    *,
    model: str,
    system: str | None,
    prompt: str,
    reply: str | None,
    user: str | None,
    end_user: str | None,
    ip: str,
    agent: str,
    tags: list[str],
    tokens_in: int | None = None,
    tokens_out: int | None = None,
    params: dict | None = None,
    error: dict | None = None,
    guardrail: dict | None = None,
) -> dict:
    """One LiteLLM payload line for a call made with ``key``."""
    messages = ([{"role": "system", "content": system}] if system else []) + [{"role": "user", "content": prompt}]
    tin = tokens_in if tokens_in is not None else tokens(system, prompt, floor=12)
    tout = tokens_out if tokens_out is not None else (tokens(reply) if reply else 0)
    provider = "anthropic" if model.startswith("claude") else "mistral" if model.startswith("mistral") else "openai"
    latency = 250 + tout * rng.randrange(8, 25) + tin // 200 if not error else rng.randrange(30, 400)
    return litellm_record(
        rid=f"chatcmpl-{hex_id(rng, 24)}",
        start_us=ts,
        latency_ms=latency,
        model=model,
        provider=provider,
        team=key.team,
        team_id=key.team_id,
        key_alias=key.alias,
        key_hash=key.hash,
        user=user,
        end_user=end_user,
        ip=ip,
        user_agent=agent,
        messages=messages,
        reply=reply,
        tokens_in=tin,
        tokens_out=tout,
        cost=0.0 if error else cost_of(model, tin, tout),
        params=params or {"temperature": 0.2, "max_tokens": 1024},
        tags=tags,
        guardrail=guardrail,
        error=error,
        trace_id=hex_id(rng, 32),
    )


# tenant -> app -> (role name, operation, model id)
BEDROCK_APPS = {
    "batch": ("bedrock-batch-summariser", "InvokeModel", "anthropic.claude-3-haiku-20240307-v1:0"),
    "assistant": ("assistant-app", "Converse", "anthropic.claude-3-5-sonnet-20240620-v1:0"),
}


def bedrock_chunk(
    rng: random.Random,
    tenant: Tenant,
    ts: int,
    app: str,
    *,
    system: str,
    prompt: str,
    reply: str,
    session: str,
    end_user: str | None = None,
    stop: str = "end_turn",
) -> dict:
    role, operation, model_id = BEDROCK_APPS[app]
    role = f"{tenant.name.split('-')[0]}-{role}"
    tin, tout = tokens(system, prompt, floor=20), tokens(reply)
    record = bedrock_record(
        rng,
        ts_us=ts,
        account=tenant.account,
        region=tenant.region,
        identity_arn=f"arn:aws:sts::{tenant.account}:assumed-role/{role}/{session}",
        operation=operation,
        model_id=model_id,
        system=system,
        prompt=prompt,
        reply=reply,
        tokens_in=tin,
        tokens_out=tout,
        latency_ms=300 + tout * rng.randrange(10, 30),
        tenant=tenant.name,
        app=app,
        stop=stop,
    )
    if end_user:
        record["requestMetadata"]["end_user"] = end_user
    return record
