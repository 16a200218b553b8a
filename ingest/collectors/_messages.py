"""Chat-message flattening shared by the LLM collectors (otel_genai, openai_gateway, bedrock).

Every LLM source writes conversations in its own shape: OpenAI chat messages (``content`` as
text or typed parts, ``tool_calls``), OpenTelemetry GenAI messages (``parts`` of ``text`` /
``tool_call`` / ``tool_call_response``), Anthropic messages (``text`` / ``tool_use`` /
``tool_result`` blocks), the Bedrock Converse API (``{"text"}`` / ``toolUse`` / ``toolResult``
blocks) and the OpenAI Responses API (``input_text`` / ``function_call`` items). ``flatten``
turns any of them into the contract's one shape, so detections see the same thing whatever
the source:

- a message becomes ``{"role", "content"}`` with its text parts joined by newlines;
- every tool call and every tool result becomes its own ``{"role": "tool", ...}`` entry
  (a call as ``name(arguments)``, a result as its text) — so a user turn that only carries
  tool results is not mistaken for something the user typed;
- non-text parts (images, files, blobs, reasoning) are left out: they stay in ``raw``.

Also here: ``retrieved_doc`` (the contract's retrieved-document shape, with the owner tenant
and ACL read from document metadata) and ``unflatten`` (message lists that tracing
instrumentations spread over indexed attributes). Attacker-written text is only ever copied,
never interpreted.
"""

from __future__ import annotations

from typing import Any

import orjson

__all__ = [
    "flatten",
    "last_user_text",
    "system_text",
    "reply_text",
    "tool_call",
    "text_of",
    "retrieved_doc",
    "unflatten",
]

_SYSTEM_ROLES = ("system", "developer")
_TEXT_TYPES = ("text", "input_text", "output_text")


def _dumps(value: Any) -> str:
    try:
        return orjson.dumps(value).decode()
    except TypeError:  # e.g. an integer beyond 64 bits
        return str(value)


def text_of(value: Any) -> str | None:
    """Plain text of a content value: a string, a list of text blocks, or any JSON value."""
    if value is None or isinstance(value, str):
        return value
    if isinstance(value, list):
        parts = [text_of(item) for item in value]
        return "\n".join(p for p in parts if p) or None
    if isinstance(value, dict):
        for key in ("text", "content"):
            if isinstance(value.get(key), (str, list)):
                return text_of(value[key])
        if isinstance(value.get("text"), dict):  # Converse guardContent {"text": {"text": ...}}
            return text_of(value["text"])
        if "json" in value:  # Converse toolResult {"json": {...}}
            return _dumps(value["json"])
    return _dumps(value)


def tool_call(call_id: Any, name: Any, arguments: Any) -> dict[str, Any]:
    """One contract tool call: ``{"id", "name", "arguments"}`` with the arguments as text."""
    if arguments is not None and not isinstance(arguments, str):
        arguments = _dumps(arguments)
    return {
        "id": call_id if isinstance(call_id, str) else None,
        "name": name if isinstance(name, str) else None,
        "arguments": arguments,
    }


def _classify(block: Any) -> tuple[str, Any]:
    """("text", str) | ("call", tool_call dict) | ("result", str) | ("skip", None)."""
    if isinstance(block, str):
        return "text", block
    if not isinstance(block, dict):
        return "skip", None
    kind = block.get("type")
    if kind in _TEXT_TYPES or (kind is None and isinstance(block.get("text"), str)):
        return "text", text_of(block.get("text", block.get("content")))
    if kind == "tool_call":  # OpenTelemetry GenAI part
        return "call", tool_call(block.get("id"), block.get("name"), block.get("arguments"))
    if kind == "tool_use":  # Anthropic block
        return "call", tool_call(block.get("id"), block.get("name"), block.get("input"))
    if kind == "function_call":  # OpenAI Responses item
        return "call", tool_call(block.get("call_id") or block.get("id"), block.get("name"), block.get("arguments"))
    if kind == "function":  # OpenAI tool_calls item, or its flat {id, name, arguments} form
        fn = block["function"] if isinstance(block.get("function"), dict) else block
        return "call", tool_call(block.get("id"), fn.get("name"), fn.get("arguments"))
    if isinstance(block.get("toolUse"), dict):  # Bedrock Converse
        use = block["toolUse"]
        return "call", tool_call(use.get("toolUseId"), use.get("name"), use.get("input"))
    if kind == "tool_call_response":
        return "result", text_of(block.get("response", block.get("result")))
    if kind == "tool_result":
        return "result", text_of(block.get("content"))
    if kind == "function_call_output":
        return "result", text_of(block.get("output"))
    if isinstance(block.get("toolResult"), dict):
        return "result", text_of(block["toolResult"].get("content"))
    if isinstance(block.get("guardContent"), dict):  # Converse text marked for a guardrail
        return "text", text_of(block["guardContent"].get("text"))
    return "skip", None


def _blocks(message: dict[str, Any]) -> list[Any]:
    content = message.get("parts", message.get("content"))
    blocks = content if isinstance(content, list) else [content] if content is not None else []
    calls = message.get("tool_calls")  # OpenAI assistant message
    if isinstance(calls, list):
        blocks = blocks + [
            c if isinstance(c, dict) and "type" in c else {"type": "function", **c} if isinstance(c, dict) else c
            for c in calls
        ]
    return blocks


def flatten(messages: Any, default_role: str = "user") -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
    """Contract messages and the tool calls found in them.

    Accepts a list of messages in any of the shapes above, a bare string (one message of
    ``default_role``) or a list of strings (embedding inputs). Returns
    ``(entries, tool_calls)``; never raises on odd input, it skips what it cannot read.
    """
    if isinstance(messages, (str, dict)):
        messages = [messages]
    if not isinstance(messages, list):
        return [], []
    entries: list[dict[str, Any]] = []
    calls: list[dict[str, Any]] = []
    for message in messages:
        if isinstance(message, str):
            entries.append({"role": default_role, "content": message})
            continue
        if not isinstance(message, dict):
            continue
        role = message.get("role")
        role = role.lower() if isinstance(role, str) and role else default_role
        if message.get("type") in ("function_call", "function_call_output"):
            blocks: list[Any] = [message]  # a Responses API item that is itself a call/result
        else:
            blocks = _blocks(message)
        texts: list[str] = []
        extra: list[dict[str, Any]] = []
        for block in blocks:
            kind, value = _classify(block)
            if kind == "text" and value:
                texts.append(value)
            elif kind == "call":
                calls.append(value)
                extra.append({"role": "tool", "content": f"{value['name']}({value['arguments'] or ''})"})
            elif kind == "result":
                extra.append({"role": "tool", "content": value})
        if texts:
            entries.append({"role": role, "content": "\n".join(texts)})
        entries.extend(extra)
    return entries, calls


def last_user_text(entries: list[dict[str, Any]]) -> str | None:
    """The text of the last message a user wrote (tool results do not count)."""
    for entry in reversed(entries):
        content = entry.get("content")
        if entry.get("role") == "user" and isinstance(content, str) and content:  # flatten's contents are text
            return content
    return None


def system_text(entries: list[dict[str, Any]]) -> str | None:
    """System and developer instructions, joined by newlines."""
    texts = [e["content"] for e in entries if e.get("role") in _SYSTEM_ROLES and e.get("content")]
    return "\n".join(texts) or None


def reply_text(entries: list[dict[str, Any]]) -> str | None:
    """The model's text in output entries (tool-call entries left out), joined by newlines."""
    texts = [e["content"] for e in entries if e.get("role") != "tool" and e.get("content")]
    return "\n".join(texts) or None


def retrieved_doc(doc: Any) -> dict[str, Any]:
    """A contract retrieved document ``{id, owner_tenant, acl, score, content}``.

    The owning tenant and the ACL are read from the document's ``metadata.tenant`` and
    ``metadata.acl`` (else top-level ``tenant`` / ``acl``): retrieval conventions define only
    ``id`` and ``score``, so this is where aisoc asks RAG applications to put them.
    """
    doc = doc if isinstance(doc, dict) else {"content": doc}
    meta = doc.get("metadata") if isinstance(doc.get("metadata"), dict) else {}
    score = doc.get("score")
    doc_id, tenant = doc.get("id"), meta.get("tenant", doc.get("tenant"))
    return {
        "id": doc_id if doc_id is None or isinstance(doc_id, str) else _dumps(doc_id),
        "owner_tenant": tenant if tenant is None or isinstance(tenant, str) else _dumps(tenant),
        "acl": meta.get("acl", doc.get("acl")),
        "score": score if isinstance(score, (int, float)) and not isinstance(score, bool) else None,
        "content": text_of(doc.get("content", doc.get("text"))),
    }


def unflatten(attrs: dict[str, Any], prefix: str) -> list[Any]:
    """Messages written as flat indexed attributes, rebuilt into a list.

    Tracing instrumentations that cannot record structured values spread a message list over
    keys such as ``gen_ai.prompt.0.role``, ``gen_ai.prompt.0.content`` and
    ``gen_ai.completion.1.tool_calls.0.name``. ``unflatten(attrs, "gen_ai.prompt.")`` turns
    them back into ``[{"role": ..., "content": ...}, ...]``; numbered levels become lists.
    """
    root: dict[str, Any] = {}
    for key, value in attrs.items():
        if not key.startswith(prefix):
            continue
        *path, leaf = key[len(prefix) :].split(".")
        if not path or not path[0].isdigit():
            continue
        node = root
        for step in path:
            node = node.setdefault(step, {})
            if not isinstance(node, dict):
                break
        else:
            node[leaf] = value
    return _listify(root) if root else []


def _listify(node: Any) -> Any:
    if isinstance(node, dict) and node and all(k.isdigit() for k in node):
        return [_listify(node[k]) for k in sorted(node, key=int)]
    return {k: _listify(v) for k, v in node.items()} if isinstance(node, dict) else node
