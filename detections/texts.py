"""The texts a model reads inside an event's JSON fields (messages, retrieved documents).

``json_strings`` returns the strings under the keys that carry content (``content``, ``text``,
``page_content``, ``snippet``), skipping messages whose role speaks for the operator or the
model (system, developer, assistant): those are the application's own words, not input. A
field that is not JSON is returned whole.
"""

from __future__ import annotations

import orjson

__all__ = ["json_strings", "JSON_TEXT_KEYS", "INSTRUCTION_ROLES"]

JSON_TEXT_KEYS = ("content", "text", "page_content", "snippet")
INSTRUCTION_ROLES = ("system", "developer", "assistant")


def json_strings(text: str) -> list[tuple[str, bool]]:
    """(string, is the whole field) pairs: the whole field is the only one with usable offsets."""
    try:
        value = orjson.loads(text)
    except orjson.JSONDecodeError:
        return [(text, True)]
    found: list[str] = []
    stack = [value]
    while stack:
        item = stack.pop()
        if isinstance(item, dict):
            if item.get("role") in INSTRUCTION_ROLES:
                continue  # the operator's own words (system prompt) and the model's replies
            for key, inner in item.items():
                if key in JSON_TEXT_KEYS and isinstance(inner, str):
                    found.append(inner)
                elif isinstance(inner, (dict, list)):
                    stack.append(inner)
        elif isinstance(item, list):
            stack.extend(reversed(item))
        elif isinstance(item, str):
            found.append(item)
    return [(s, False) for s in found if s.strip()]
