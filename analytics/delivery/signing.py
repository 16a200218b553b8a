"""Signed POSTs that go where they were addressed or fail: alert webhooks and connector actions.

The signature covers the timestamp and the body — HMAC-SHA256 of ``"<timestamp>.<body>"`` — so a
receiver that rejects old timestamps cannot be fed a recorded request again later. Alerts and
actions are signed with different secrets: a receiver of alerts (a chat bridge, a SIEM) must not
be able to forge a containment action.

Redirects are never followed: urllib would turn a 302 into a GET to wherever the receiver
points, with our headers, and report success. A 3xx is a failure like any other non-2xx.
"""

from __future__ import annotations

import hashlib
import hmac
import time
import urllib.request
from dataclasses import dataclass
from pathlib import Path

from aisoc.ingest.kernel import settings
from aisoc.ingest.kernel.errors import AisocError

__all__ = [
    "SigningSecret",
    "ALERT_SECRET",
    "ACTION_SECRET",
    "TIMESTAMP_HEADER",
    "SIGNATURE_HEADER",
    "signature_headers",
    "signature_valid",
    "OPENER",
    "SecretMissing",
]

TIMESTAMP_HEADER = "X-Aisoc-Timestamp"
SIGNATURE_HEADER = "X-Aisoc-Signature"


class SecretMissing(AisocError):
    """No secret is configured, or it is unusable (one line naming the variables)."""


@dataclass(frozen=True)
class SigningSecret:
    """Where one secret comes from: ``$<env>``, else the first bytes of the file ``$<file_env>`` names."""

    secret: settings.Setting
    secret_file: settings.Setting
    used_for: str

    @property
    def env(self) -> str:
        return self.secret.name

    @property
    def file_env(self) -> str:
        return self.secret_file.name

    def read(self) -> bytes:
        value = self.secret.get()
        if value:
            return value.encode()
        path = self.secret_file.get()
        if path:
            try:
                secret = Path(path).read_bytes().strip()
            except OSError as exc:
                raise SecretMissing(f"{self.file_env}: cannot read {path}: {exc.strerror or exc}") from None
            if secret:
                return secret
        raise SecretMissing(f"{self.used_for} are signed: set {self.env} (or {self.file_env})")


ALERT_SECRET = SigningSecret(settings.WEBHOOK_SECRET, settings.WEBHOOK_SECRET_FILE, "webhook alerts")
ACTION_SECRET = SigningSecret(settings.ACTION_SECRET, settings.ACTION_SECRET_FILE, "connector actions")


def _mac(secret: bytes, timestamp: str, body: bytes) -> str:
    return hmac.new(secret, timestamp.encode() + b"." + body, hashlib.sha256).hexdigest()


def signature_headers(secret: bytes, body: bytes, *, now: float | None = None) -> dict[str, str]:
    """``X-Aisoc-Timestamp`` (Unix seconds) and ``X-Aisoc-Signature: sha256=<hex>`` for ``body``."""
    timestamp = str(int(time.time() if now is None else now))
    return {TIMESTAMP_HEADER: timestamp, SIGNATURE_HEADER: f"sha256={_mac(secret, timestamp, body)}"}


def signature_valid(secret: bytes, body: bytes, headers, *, max_age: float = 300.0, now: float | None = None) -> bool:
    """What a receiver checks: the signature matches and the timestamp is within ``max_age`` seconds."""
    timestamp = headers.get(TIMESTAMP_HEADER, "")
    signature = headers.get(SIGNATURE_HEADER, "")
    if not timestamp.isdigit():
        return False
    if abs((time.time() if now is None else now) - int(timestamp)) > max_age:
        return False
    return hmac.compare_digest(signature, f"sha256={_mac(secret, timestamp, body)}")


class _NoRedirect(urllib.request.HTTPRedirectHandler):
    def redirect_request(self, req, fp, code, msg, headers, newurl):
        return None  # urllib then raises HTTPError for the 3xx: a failure, the entry stays pending


OPENER = urllib.request.build_opener(_NoRedirect)
