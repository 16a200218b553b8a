"""An action as planned (``ActionRequest``) and as answered (``ActionResult``).

A request is complete before anything is sent: the body and the headers a responder confirms in
the preview are the ones that go out, bar the timestamp and signature, which need the secret and the
moment of sending, and so are made only when sending.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import UTC, datetime

import orjson

from aisoc.analytics.cases.connectors.config import ConnectorError
from aisoc.playbooks.model import CONTEXT_FIELDS, OPERATIONS

__all__ = [
    "ActionRequest",
    "ActionResult",
    "idempotency_key",
    "check_params",
    "IDEMPOTENCY_HEADER",
    "RESPONSE_TEXT_LIMIT",
]

IDEMPOTENCY_HEADER = "X-Aisoc-Idempotency-Key"
RESPONSE_TEXT_LIMIT = 2048  # bytes of the answer kept as text; the digest covers all of it
_PLACEHOLDER = re.compile(r"\{([a-z_]+)\}")


def idempotency_key(case_id: str, step_id: str, operation: str, params: Mapping[str, object]) -> str:
    """The same for the same step of the same case with the same params, so a receiver can
    recognise a retried execute; any change of params gives another key."""
    canonical = orjson.dumps([case_id, step_id, operation, params], option=orjson.OPT_SORT_KEYS)
    return hashlib.sha256(canonical).hexdigest()


def check_params(operation: str, params: Mapping[str, object]) -> None:
    """``ConnectorError`` unless every parameter ``operation`` needs is there and filled in."""
    if operation not in OPERATIONS:
        raise ConnectorError(f"unknown operation {operation!r}: expected one of {', '.join(OPERATIONS)}")
    for name in OPERATIONS[operation]:
        value = params.get(name)
        if value is None or (isinstance(value, (str, list, tuple, dict)) and not _filled(value)):
            raise ConnectorError(f"{operation} needs params.{name}: it is missing or empty")
    for name, value in params.items():
        # An unfilled {actor_id} would block a user literally called "{actor_id}": the case
        # lacked that fact, and acting anyway would look like success.
        left = [f for f in _PLACEHOLDER.findall(value) if f in CONTEXT_FIELDS] if isinstance(value, str) else []
        if left:
            raise ConnectorError(f"{operation}: params.{name} still holds {{{left[0]}}}: the case has no value for it")


def _filled(value) -> bool:
    return bool(value.strip()) if isinstance(value, str) else bool(value)


@dataclass(frozen=True)
class ActionRequest:
    """One action step, ready to preview (dry run) or to execute. Params are JSON values;
    they are stored as their JSON round trip, so what is hashed, shown and sent is one thing."""

    operation: str
    connector: str
    params: dict
    case_id: str
    step_id: str
    requested_at: datetime = field(default_factory=lambda: datetime.now(UTC))
    url_shown: str = ""  # the connector's URL as safe to show: env:VAR, file:PATH or scheme://host/…
    idempotency_key: str = field(init=False)

    def __post_init__(self):
        if not self.case_id or not self.step_id:
            raise ConnectorError(f"{self.operation}: an action needs the case and the step it belongs to")
        if self.requested_at.tzinfo is None:
            raise ConnectorError(f"{self.operation}: requested_at must carry its time zone")
        try:
            params = orjson.loads(orjson.dumps(dict(self.params), option=orjson.OPT_SORT_KEYS))
        except (TypeError, ValueError):
            # The message would quote the offending value; the parameter names are enough here.
            raise ConnectorError(f"{self.operation}: params must be JSON values (text, numbers, lists)") from None
        check_params(self.operation, params)
        object.__setattr__(self, "params", params)
        object.__setattr__(self, "idempotency_key", idempotency_key(self.case_id, self.step_id, self.operation, params))

    def document(self) -> dict:
        """What the receiver gets as JSON."""
        return {
            "operation": self.operation,
            "params": self.params,
            "case_id": self.case_id,
            "step_id": self.step_id,
            "idempotency_key": self.idempotency_key,
            "requested_at": self.requested_at.astimezone(UTC).isoformat(),
        }

    def body(self) -> bytes:
        """The exact bytes sent and signed."""
        return orjson.dumps(self.document(), option=orjson.OPT_SORT_KEYS)

    def headers(self) -> dict[str, str]:
        """The headers sent, except the signature."""
        return {"Content-Type": "application/json", "User-Agent": "aisoc", IDEMPOTENCY_HEADER: self.idempotency_key}

    def preview(self) -> dict:
        """The dry run: what would be sent, with nothing secret in it (no URL path, no signature)."""
        return {
            "connector": self.connector,
            "operation": self.operation,
            "method": "POST",
            "url": self.url_shown,
            "headers": self.headers(),
            "body": self.document(),
        }

    def changed(self) -> bool:
        """True when params were edited in place after planning (the dict itself stays mutable)."""
        try:
            check_params(self.operation, self.params)
            return idempotency_key(self.case_id, self.step_id, self.operation, self.params) != self.idempotency_key
        except (ConnectorError, TypeError, ValueError):
            return True


@dataclass(frozen=True)
class ActionResult:
    """The receiver's answer to an executed action, for the case's audit record."""

    operation: str
    connector: str
    idempotency_key: str
    status: int  # HTTP status, 2xx (anything else raised ConnectorError)
    response_text: str  # the start of the answer, at most RESPONSE_TEXT_LIMIT bytes of UTF-8
    response_sha256: str  # of the whole answer
    seconds: float
    delivered_at: datetime  # UTC, with its time zone

    @property
    def outcome(self) -> str:
        return f"HTTP {self.status}"
