"""What a collector is, and the small coercion helpers collectors share.

A collector turns one parsed JSON *chunk* (a JSON line, or one element of a JSON array
document) into *records* (the unit that gets an ``event_id``) and each record into contract
fields. Collectors are plain data plus functions, so tests can build fakes easily.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

import orjson

from aisoc.ingest.errors import RecordError

__all__ = [
    "Collector",
    "get_path",
    "get_object",
    "get_array",
    "to_ts_us",
    "to_int",
    "to_float",
    "to_text",
    "to_json_text",
    "join_text",
]


def _single(chunk: Any) -> list[Any]:
    return [chunk]


def _no_extra_redaction(record: dict[str, Any]) -> dict[str, Any]:
    return record


@dataclass(frozen=True)
class Collector:
    """One log format.

    ``matches(chunk)`` says whether a parsed chunk looks like this format (used to detect the
    format of a file from its first chunk). ``split(chunk)`` returns the records in a chunk
    (most formats: the chunk itself). ``normalise(record)`` returns a dict of contract fields
    (must include ``ts`` as microseconds since the epoch, UTC; may include ``tenant`` taken from
    the collector's documented tenant field) and raises ``RecordError`` for unusable records.
    ``redact(record)`` may return a copy with format-specific secrets removed before storage
    (the generic credential-name redaction runs afterwards anyway).
    """

    id: str
    description: str
    matches: Callable[[Any], bool]
    normalise: Callable[[dict[str, Any]], dict[str, Any]]
    split: Callable[[Any], list[Any]] = _single
    redact: Callable[[dict[str, Any]], dict[str, Any]] = _no_extra_redaction
    tenant_field: str = ""  # documented source field the tenant is taken from, for docs/--help


def get_path(obj: Any, *path: str | int, default: Any = None) -> Any:
    """``obj[p0][p1]...`` or ``default`` when any step is missing or of the wrong type."""
    for step in path:
        if isinstance(step, int):
            if not isinstance(obj, list) or not -len(obj) <= step < len(obj):
                return default
        elif not isinstance(obj, dict) or step not in obj:
            return default
        obj = obj[step]
    return default if obj is None else obj


# One key, not a path like ``get_path``: these sit on a collector's per-record path.
def get_object(obj: dict[str, Any], key: str) -> dict[str, Any]:
    """The JSON object under ``key``, or an empty one when it is missing or not an object."""
    found = obj.get(key)
    return found if isinstance(found, dict) else {}


def get_array(obj: dict[str, Any], key: str) -> list[Any]:
    """The JSON array under ``key``, or an empty one when it is missing or not an array."""
    found = obj.get(key)
    return found if isinstance(found, list) else []


_EPOCH = datetime(1970, 1, 1, tzinfo=UTC)


def to_ts_us(value: Any, field: str = "timestamp") -> int:
    """A timestamp as integer microseconds since the epoch, UTC.

    Accepts ISO 8601 text (``Z`` or an offset; naive text is taken as UTC) and numbers or
    numeric strings in seconds, milliseconds, microseconds or nanoseconds (told apart by size,
    the way OTLP's ``*UnixNano`` strings and epoch-millisecond fields need).
    """
    if isinstance(value, bool) or value is None or value == "":
        raise RecordError("missing_timestamp", f"{field} is missing")
    if isinstance(value, str):
        text = value.strip()
        if text.lstrip("-").isdigit():
            value = int(text)
        else:
            try:
                moment = datetime.fromisoformat(text.replace("z", "Z"))
            except ValueError:
                raise RecordError("bad_timestamp", f"{field}: not a timestamp: {text[:60]!r}") from None
            if moment.tzinfo is None:
                moment = moment.replace(tzinfo=UTC)
            delta = moment - _EPOCH
            return (delta.days * 86_400 + delta.seconds) * 1_000_000 + delta.microseconds
    if isinstance(value, float):
        if abs(value) < 1e11:  # seconds with a fraction
            return int(value * 1_000_000)
        return _scale_int(int(value))
    if isinstance(value, int):
        return _scale_int(value) if abs(value) >= 1e11 else value * 1_000_000
    raise RecordError("wrong_type", f"{field}: expected a timestamp, got {type(value).__name__}")


def _scale_int(value: int) -> int:
    """Milliseconds, microseconds or nanoseconds since the epoch, told apart by magnitude."""
    if abs(value) < 1e14:
        return value * 1000  # ms
    if abs(value) < 1e17:
        return value  # µs
    return value // 1000  # ns


def to_int(value: Any, field: str) -> int | None:
    """An integer, or None when absent. Numeric strings are accepted; other types are errors."""
    if value is None or value == "":
        return None
    if isinstance(value, bool):
        raise RecordError("wrong_type", f"{field}: expected an integer, got bool")
    if isinstance(value, int):
        return value
    if isinstance(value, float) and value.is_integer():
        return int(value)
    if isinstance(value, str):
        try:
            return int(value.strip())
        except ValueError:
            pass
    raise RecordError("wrong_type", f"{field}: expected an integer, got {_describe(value)}")


def to_float(value: Any, field: str) -> float | None:
    """A float, or None when absent. Numeric strings are accepted; other types are errors."""
    if value is None or value == "":
        return None
    if isinstance(value, bool):
        raise RecordError("wrong_type", f"{field}: expected a number, got bool")
    if isinstance(value, (int, float)):
        return float(value)
    if isinstance(value, str):
        try:
            return float(value.strip())
        except ValueError:
            pass
    raise RecordError("wrong_type", f"{field}: expected a number, got {_describe(value)}")


def to_text(value: Any) -> str | None:
    """Text for a string column: strings as they are, scalars via str, containers as JSON."""
    if value is None:
        return None
    if isinstance(value, str):
        return value
    if isinstance(value, (dict, list)):
        return to_json_text(value)
    if isinstance(value, bool):
        return "true" if value else "false"
    return str(value)


def to_json_text(value: Any) -> str | None:
    """Compact JSON text for a JSON column, or None for an absent/empty value."""
    if value is None or value == [] or value == {}:
        return None
    return orjson.dumps(value).decode()


def join_text(parts: Iterable[str | None], sep: str = "\n") -> str | None:
    """Join the non-empty parts, or None when there are none."""
    kept = [p for p in parts if p]
    return sep.join(kept) if kept else None


def _describe(value: Any) -> str:
    if isinstance(value, str):
        return f"text {value[:30]!r}"
    return type(value).__name__
