"""The generic webhook connector: one signed JSON POST per action.

The receiver (the customer's own gateway, key service, model registry…) checks
``X-Aisoc-Signature: sha256=<hex HMAC-SHA256 of the raw body>`` with the secret alert webhooks
use, and may use ``X-Aisoc-Idempotency-Key`` to ignore a retried execute of the same step.

Error messages are built from known-safe parts only: the standard library's own messages about
URLs and malformed answers can quote the URL (and with it a token in its path) or the answer.
"""

from __future__ import annotations

import hashlib
import hmac
import http.client
import ssl
import time
import urllib.error
import urllib.request
from datetime import datetime, timezone

from ..delivery.destinations import DeliveryError, webhook_secret
from .config import Connector, ConnectorError
from .request import RESPONSE_TEXT_LIMIT, SIGNATURE_HEADER, ActionRequest, ActionResult

__all__ = ["send", "sign"]

_CHUNK = 64 * 1024


def sign(body: bytes, secret: bytes) -> str:
    """The signature header's value for ``body``."""
    return "sha256=" + hmac.new(secret, body, hashlib.sha256).hexdigest()


class _NoRedirect(urllib.request.HTTPRedirectHandler):
    """urllib would follow a redirect as a GET without the body, to wherever it points, carrying
    our headers: a containment action must reach the configured receiver or fail visibly."""

    def redirect_request(self, req, fp, code, msg, headers, newurl):
        return None


_OPENER = urllib.request.build_opener(_NoRedirect)


def send(connector: Connector, request: ActionRequest) -> ActionResult:
    """POST ``request`` to the connector's URL; ``ConnectorError`` unless it answers 2xx."""
    where = f"connector {connector.name} ({connector.shown}): {request.operation}"
    url = connector.resolve_url()
    try:
        secret = webhook_secret()
    except DeliveryError as exc:
        raise ConnectorError(f"{where}: actions are signed like alert webhooks: {exc}") from None
    body = request.body()
    headers = request.headers() | {SIGNATURE_HEADER: sign(body, secret)}
    outgoing = urllib.request.Request(url, data=body, headers=headers, method="POST")
    started = time.monotonic()
    try:
        response = _OPENER.open(outgoing, timeout=connector.timeout)
    except urllib.error.HTTPError as exc:
        exc.close()
        raise ConnectorError(f"{where}: HTTP {exc.code}") from None
    except Exception as exc:  # noqa: BLE001 - every failure becomes one safe line
        raise ConnectorError(f"{where}: not delivered: {_reason(exc)}") from None
    with response:
        status = response.status
        try:
            digest, head = _read(response)
        except Exception as exc:  # noqa: BLE001
            # The receiver has accepted the action; only its answer was lost. Say so.
            raise ConnectorError(f"{where}: answered HTTP {status}, but the answer could not be read: "
                                 f"{_reason(exc)}") from None
    return ActionResult(operation=request.operation, connector=connector.name,
                        idempotency_key=request.idempotency_key, status=status,
                        response_text=head.decode("utf-8", "ignore"), response_sha256=digest,
                        seconds=round(time.monotonic() - started, 6), delivered_at=datetime.now(timezone.utc))


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
