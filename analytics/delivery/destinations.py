"""Where alerts go: an HTTP webhook (signed, see ``signing``), a Slack-compatible webhook, or a JSON-lines file.

A destination is stored in the outbox as written by the user — ``webhook:env:VAR`` keeps the
*name* of the variable, never the URL it holds — so a secret URL (a Slack webhook URL is one) is
read from the environment only when sending, and is shown in logs as ``env:VAR`` or, for a URL
given literally, as its scheme and host alone.
"""

from __future__ import annotations

import os
import urllib.error
import urllib.request
from dataclasses import dataclass
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

import orjson

from aisoc.analytics.delivery.signing import ALERT_SECRET, OPENER, SecretMissing, signature_headers
from aisoc.ingest.kernel.errors import AisocError

__all__ = [
    "Destination",
    "DeliveryError",
    "parse_destination",
    "webhook_secret",
    "send",
    "KINDS",
    "SECRET_ENV",
    "SECRET_FILE_ENV",
    "slack_body",
]

KINDS = ("webhook", "slack", "file")
SECRET_ENV = ALERT_SECRET.env
SECRET_FILE_ENV = ALERT_SECRET.file_env
TIMEOUT_SECONDS = 10.0


class DeliveryError(AisocError):
    """A destination that cannot be used or reached (one line, never the secret part)."""


@dataclass(frozen=True)
class Destination:
    kind: str  # webhook | slack | file
    target: str  # a URL, env:VAR / file:PATH (where the URL is), or for kind "file" the file to append to

    @property
    def spec(self) -> str:
        return f"{self.kind}:{self.target}"

    @property
    def shown(self) -> str:
        """Safe to log: the variable's name, or only scheme://host of a literal URL."""
        if self.kind == "file" or self.target.startswith(("env:", "file:")):
            return self.spec
        parts = urlsplit(self.target)
        return f"{self.kind}:{parts.scheme}://{parts.hostname or '?'}{f':{parts.port}' if parts.port else ''}/…"

    def resolve(self) -> str:
        """The URL: as given, from ``$VAR`` (``env:VAR``) or from the first line of a file (``file:PATH``)."""
        if self.target.startswith("env:"):
            name = self.target[4:]
            value = os.environ.get(name, "").strip()
            if not value:
                raise DeliveryError(f"{self.shown}: environment variable {name} is not set")
            return value
        if self.target.startswith("file:"):
            try:
                lines = Path(self.target[5:]).read_text(encoding="utf-8").strip().splitlines()
            except (OSError, UnicodeDecodeError) as exc:
                raise DeliveryError(f"{self.shown}: cannot read: {getattr(exc, 'strerror', None) or exc}") from None
            if not lines:
                raise DeliveryError(f"{self.shown}: the file is empty")
            return lines[0].strip()
        return self.target


def parse_destination(spec: str) -> Destination:
    """``kind:target`` as stored in the outbox (``webhook:https://…``, ``slack:env:VAR``, ``file:PATH``)."""
    kind, _, target = spec.partition(":")
    if kind not in KINDS or not target:
        raise DeliveryError(f"destination {spec.split(':', 1)[0]!r}: expected one of {', '.join(KINDS)} with a target")
    destination = Destination(kind, target)
    if kind != "file" and not target.startswith(("env:", "file:")):
        scheme = urlsplit(target).scheme
        if scheme not in ("http", "https"):
            raise DeliveryError(f"{destination.shown}: expected an http(s) URL, env:VAR or file:PATH")
    return destination


def webhook_secret() -> bytes:
    """The alert signing secret: ``$AISOC_WEBHOOK_SECRET``, else the file ``$AISOC_WEBHOOK_SECRET_FILE`` names."""
    try:
        return ALERT_SECRET.read()
    except SecretMissing as exc:
        raise DeliveryError(str(exc)) from None


def send(destination: Destination, delivery_id: str, payload: dict) -> None:
    """Deliver one outbox entry; ``DeliveryError`` if it did not arrive."""
    if destination.kind == "file":
        _append(Path(destination.target), delivery_id, payload)
        return
    if destination.kind == "slack":
        body = orjson.dumps(slack_body(payload))
        headers = {"Content-Type": "application/json"}
    else:
        body = orjson.dumps({"delivery_id": delivery_id, **payload})
        headers = {"Content-Type": "application/json"} | signature_headers(webhook_secret(), body)
    headers |= {"X-Aisoc-Delivery-Id": delivery_id, "User-Agent": "aisoc"}
    request = urllib.request.Request(destination.resolve(), data=body, headers=headers, method="POST")
    try:
        with OPENER.open(request, timeout=TIMEOUT_SECONDS) as response:
            response.read()
    except urllib.error.HTTPError as exc:
        exc.close()
        moved = " (redirects are not followed)" if 300 <= exc.code < 400 else ""
        raise DeliveryError(f"{destination.shown}: HTTP {exc.code}{moved}") from None
    except (urllib.error.URLError, OSError) as exc:
        reason = getattr(exc, "reason", exc)
        raise DeliveryError(f"{destination.shown}: {getattr(reason, 'strerror', None) or reason}") from None


def _append(path: Path, delivery_id: str, payload: dict) -> None:
    lines = b"".join(orjson.dumps({"delivery_id": delivery_id, "alert": alert}) + b"\n" for alert in payload["alerts"])
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        with open(path, "ab") as handle:
            handle.write(lines)
            handle.flush()
            os.fsync(handle.fileno())
    except OSError as exc:
        raise DeliveryError(f"file:{path}: {exc.strerror or exc}") from None


_SLACK_ESCAPES = {"&": "&amp;", "<": "&lt;", ">": "&gt;"}


def _slack_text(text: str, limit: int = 300) -> str:
    """Alert text may quote attackers: Slack's control characters escaped, so no link or mention forms."""
    text = text if len(text) <= limit else text[: limit - 1] + "…"
    return "".join(_SLACK_ESCAPES.get(ch, ch) for ch in text)


def slack_body(payload: dict) -> dict:
    """A Slack incoming-webhook message: a summary line and one plain-text section per alert."""
    alerts = payload["alerts"]
    summary = f"aisoc: {len(alerts)} new alert{'s' if len(alerts) != 1 else ''}"
    blocks: list[dict[str, Any]] = [{"type": "header", "text": {"type": "plain_text", "text": summary}}]
    for alert in alerts[:20]:
        line = (
            f"[{alert['severity']}] {alert['title']} · {alert.get('tenant') or '-'} · "
            f"{alert.get('entity') or '-'} · ×{alert['count']} · {alert['id']}"
        )
        blocks.append({"type": "section", "text": {"type": "plain_text", "text": _slack_text(line)}})
    if len(alerts) > 20:
        blocks.append({"type": "context", "elements": [{"type": "plain_text", "text": f"and {len(alerts) - 20} more"}]})
    return {"text": _slack_text(summary), "blocks": blocks, "unfurl_links": False, "unfurl_media": False}
