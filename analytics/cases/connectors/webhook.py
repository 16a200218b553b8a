"""The generic webhook connector: one signed JSON POST per action.

The receiver (the customer's own gateway, key service, model registry…) checks
``X-Aisoc-Signature: sha256=<hex HMAC-SHA256 of "<X-Aisoc-Timestamp>.<raw body>">`` with the
action secret (``$AISOC_ACTION_SECRET``, never the one alert webhooks use), rejects stale
timestamps, and may use ``X-Aisoc-Idempotency-Key`` to ignore a retried execute of the same step.

Error messages are built from known-safe parts only: the standard library's own messages about
URLs and malformed answers can quote the URL (and with it a token in its path) or the answer.
"""

from __future__ import annotations

import hashlib
import http.client
import ssl
import time
import urllib.error
import urllib.request
from datetime import UTC, datetime

from aisoc.analytics.cases.connectors.config import Connector, ConnectorError
from aisoc.analytics.cases.connectors.request import RESPONSE_TEXT_LIMIT, ActionRequest, ActionResult
from aisoc.analytics.delivery.signing import ACTION_SECRET, ALERT_SECRET, OPENER, SecretMissing, signature_headers

__all__ = ["send", "action_secret"]

_CHUNK = 64 * 1024


def action_secret() -> bytes:
    """The action signing secret; refused when it equals the alert secret (then a receiver of
    alerts could sign actions)."""
    secret = ACTION_SECRET.read()
    try:
        shared = secret == ALERT_SECRET.read()
    except SecretMissing:
        shared = False
    if shared:
        raise SecretMissing(
            f"{ACTION_SECRET.env} must differ from {ALERT_SECRET.env}: "
            "whoever receives alerts could otherwise sign actions"
        )
    return secret


def send(connector: Connector, request: ActionRequest) -> ActionResult:
    """POST ``request`` to the connector's URL; ``ConnectorError`` unless it answers 2xx."""
    where = f"connector {connector.name} ({connector.shown}): {request.operation}"
    url = connector.resolve_url()
    try:
        secret = action_secret()
    except SecretMissing as exc:
        raise ConnectorError(f"{where}: {exc}") from None
    body = request.body()
    headers = request.headers() | signature_headers(secret, body)
    outgoing = urllib.request.Request(url, data=body, headers=headers, method="POST")
    started = time.monotonic()
    try:
        response = OPENER.open(outgoing, timeout=connector.timeout)
    except urllib.error.HTTPError as exc:
        exc.close()
        moved = " (redirects are not followed)" if 300 <= exc.code < 400 else ""
        raise ConnectorError(f"{where}: HTTP {exc.code}{moved}") from None
    except Exception as exc:  # noqa: BLE001 - every failure becomes one safe line
        raise ConnectorError(f"{where}: not delivered: {_reason(exc)}") from None
    with response:
        status = response.status
        try:
            digest, head = _read(response)
        except Exception as exc:  # noqa: BLE001
            # The receiver has accepted the action; only its answer was lost. Say so.
            raise ConnectorError(
                f"{where}: answered HTTP {status}, but the answer could not be read: {_reason(exc)}"
            ) from None
    return ActionResult(
        operation=request.operation,
        connector=connector.name,
        idempotency_key=request.idempotency_key,
        status=status,
        response_text=head.decode("utf-8", "ignore"),
        response_sha256=digest,
        seconds=round(time.monotonic() - started, 6),
        delivered_at=datetime.now(UTC),
    )


def _read(response) -> tuple[str, bytes]:
    """(sha256 of the whole answer, its first RESPONSE_TEXT_LIMIT bytes), without holding it all."""
    digest = hashlib.sha256()
    head = b""
    while chunk := response.read(_CHUNK):
        digest.update(chunk)
        if len(head) < RESPONSE_TEXT_LIMIT:
            head += chunk[: RESPONSE_TEXT_LIMIT - len(head)]
    return digest.hexdigest(), head


def _reason(exc: BaseException) -> str:
    """A short cause that cannot quote the URL or the answer."""
    if isinstance(exc, urllib.error.URLError) and isinstance(exc.reason, BaseException):
        exc = exc.reason
    if isinstance(exc, TimeoutError):
        return "timed out"
    if isinstance(exc, ssl.SSLError):
        return f"TLS: {exc.reason or type(exc).__name__}"
    if isinstance(exc, http.client.HTTPException):
        return f"malformed answer ({type(exc).__name__})"
    if isinstance(exc, OSError) and exc.strerror:
        return exc.strerror
    return type(exc).__name__
