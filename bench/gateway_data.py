"""Synthetic LiteLLM ``StandardLoggingPayload`` lines for benchmarks, written fast and seeded.

The shape follows the LiteLLM proxy's standard logging payload (messages, response, model,
tokens, cost, status, ``metadata.user_api_key_*``). Text is the benchmark's own filler.
"""

from __future__ import annotations

import random
from pathlib import Path

import orjson

__all__ = ["write_gateway_file", "gateway_record"]

_TOPICS = [
    "card limit",
    "mortgage offer",
    "claim status",
    "password reset",
    "fraud alert",
    "IBAN change",
    "travel insurance",
    "loan schedule",
    "chargeback",
    "statement export",
]
_TEAMS = [("team-1", "acme-bank"), ("team-2", "globex-insurance"), ("team-3", "initech-pay")]
_BASE_TS = 1_780_000_000.0  # 2026-05-28


def gateway_record(rng: random.Random, i: int, salt: str, pad: int) -> dict:
    topic = rng.choice(_TOPICS)
    team_id, team = rng.choice(_TEAMS)
    user = f"user-{rng.randrange(5000)}"
    start = _BASE_TS + i * 0.25 + rng.random()
    prompt = f"[{salt}{i}] Hello, I need help with my {topic}. Could you explain the next steps? " + "x" * pad
    answer = f"Of course. For your {topic}, open the app, choose Support, then follow the steps shown."
    tokens_in, tokens_out = rng.randrange(20, 400), rng.randrange(20, 300)
    return {
        "id": f"chatcmpl-{salt}{i:09d}",
        "call_type": "acompletion",
        "stream": False,
        "response_cost": round((tokens_in + 3 * tokens_out) * 1e-6, 8),
        "status": "success",
        "custom_llm_provider": "openai",
        "total_tokens": tokens_in + tokens_out,
        "prompt_tokens": tokens_in,
        "completion_tokens": tokens_out,
        "startTime": start,
        "endTime": start + 0.8,
        "completionStartTime": start + 0.3,
        "response_time": 0.8,
        "model": "gpt-4o-mini",
        "model_group": "support-chat",
        "api_base": "https://llm-gateway.internal/v1",
        "metadata": {
            "user_api_key_hash": f"hash-{team_id}-{rng.randrange(40)}",
            "user_api_key_alias": f"{team}-svc",
            "user_api_key_team_id": team_id,
            "user_api_key_team_alias": team,
            "user_api_key_user_id": user,
            "user_api_key_end_user_id": f"customer-{rng.randrange(100000)}",
            "requester_ip_address": f"10.{rng.randrange(256)}.{rng.randrange(256)}.{rng.randrange(1, 255)}",
        },
        "cache_hit": False,
        "messages": [
            {"role": "system", "content": "You are the support assistant of a retail bank. Be brief."},
            {"role": "user", "content": prompt},
        ],
        "response": {
            "id": f"chatcmpl-{salt}{i:09d}",
            "object": "chat.completion",
            "model": "gpt-4o-mini",
            "choices": [{"index": 0, "finish_reason": "stop", "message": {"role": "assistant", "content": answer}}],
            "usage": {
                "prompt_tokens": tokens_in,
                "completion_tokens": tokens_out,
                "total_tokens": tokens_in + tokens_out,
            },
        },
        "model_parameters": {"temperature": 0.2, "max_tokens": 512},
        "end_user": f"customer-{rng.randrange(100000)}",
        "requester_ip_address": f"10.0.{rng.randrange(256)}.{rng.randrange(1, 255)}",
    }


def write_gateway_file(path: Path, records: int, seed: int = 1, salt: str = "a", pad: int = 0) -> int:
    """Write ``records`` JSON lines to ``path``; returns the file size in bytes."""
    rng = random.Random(seed)
    path.parent.mkdir(parents=True, exist_ok=True)
    with open(path, "wb", buffering=1 << 22) as out:
        block: list[bytes] = []
        for i in range(records):
            block.append(orjson.dumps(gateway_record(rng, i, salt, pad)))
            if len(block) == 10_000:
                out.write(b"\n".join(block) + b"\n")
                block = []
        if block:
            out.write(b"\n".join(block) + b"\n")
    return path.stat().st_size
