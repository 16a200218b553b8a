"""Which connector runs which operation: the ``[connectors.NAME]`` tables of ``aisoc.toml``.

    [connectors.gateway]
    kind = "webhook"
    url = "env:AISOC_GATEWAY_URL"          # or file:PATH, or a literal http(s) URL
    operations = ["block-user", "revoke-api-key"]
    timeout = "10s"                        # optional

Each operation has at most one connector, so a playbook step never has to choose. The URL is
kept as written (like an alert destination): ``env:VAR`` and ``file:PATH`` are read only when an
action is sent, and a literal URL is shown as scheme://host:port/… alone, because a webhook URL
often carries its credential in the path.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import urlsplit

from aisoc.analytics.delivery.destinations import DeliveryError, Destination, parse_destination
from aisoc.ingest.kernel.errors import AisocError
from aisoc.ingest.kernel.userfiles import read_toml
from aisoc.playbooks.model import OPERATIONS

__all__ = [
    "ConnectorError",
    "Connector",
    "CONNECTOR_KINDS",
    "load_connectors",
    "connector_for",
    "DEFAULT_TIMEOUT_SECONDS",
]

CONNECTOR_KINDS = ("webhook",)
DEFAULT_TIMEOUT_SECONDS = 10.0
MAX_TIMEOUT_SECONDS = 300.0
_KEYS = {"kind", "url", "operations", "timeout"}
_NAME = re.compile(r"^[A-Za-z0-9][A-Za-z0-9_.-]{0,63}$")
# A small parser of its own: analytics.jobs.config has parse_duration, but importing it loads
# every detector (seconds of start-up) just to read "10s".
_TIMEOUT = re.compile(r"^\s*(\d+(?:\.\d+)?)\s*(s|m)?\s*$")


class ConnectorError(AisocError):
    """An action that cannot be configured, planned or delivered (one line, never a secret)."""


@dataclass(frozen=True)
class Connector:
    """One configured connector. Its repr leaves the URL out: a literal one may hold a token."""

    name: str
    kind: str
    destination: Destination = field(repr=False)
    operations: tuple[str, ...]
    timeout: float = DEFAULT_TIMEOUT_SECONDS
    source: Path | None = None  # the aisoc.toml it came from, for messages

    @property
    def shown(self) -> str:
        """Safe to log and to show before confirming: ``env:VAR``, ``file:PATH`` or ``https://host/…``."""
        return self.destination.shown.removeprefix(f"{self.destination.kind}:")

    def resolve_url(self) -> str:
        """The URL to send to, checked here because stdlib errors about a bad URL quote it whole."""
        try:
            url = self.destination.resolve()
        except DeliveryError as exc:
            raise ConnectorError(f"connector {self.name}: {exc}") from None
        problem = _url_problem(url)
        if problem:
            raise ConnectorError(f"connector {self.name} ({self.shown}): the URL it names {problem}")
        return url


def load_connectors(config_path: Path | None) -> dict[str, Connector]:
    """The connectors of ``config_path`` by name; none when the file does not exist."""
    if config_path is None or not config_path.exists():
        return {}
    data = read_toml(config_path, ConnectorError)
    tables = data.get("connectors", {})
    if not isinstance(tables, dict):
        raise ConnectorError(
            f"{config_path}: [connectors] must hold tables such as [connectors.gateway]", path=config_path
        )
    connectors: dict[str, Connector] = {}
    owner: dict[str, str] = {}
    for name, settings in tables.items():
        connector = _connector(config_path, name, settings)
        for operation in connector.operations:
            if operation in owner:
                raise ConnectorError(
                    f"{config_path}: [connectors.{name}]: operation {operation} is already "
                    f"handled by [connectors.{owner[operation]}] (one connector per operation)"
                )
            owner[operation] = name
        connectors[name] = connector
    return connectors


def connector_for(connectors: Mapping[str, Connector], operation: str) -> Connector:
    """The connector that handles ``operation``."""
    if operation not in OPERATIONS:
        raise ConnectorError(f"unknown operation {operation!r}: expected one of {', '.join(OPERATIONS)}")
    for connector in connectors.values():
        if operation in connector.operations:
            return connector
    raise ConnectorError(f"no connector handles {operation}: add one to aisoc.toml [connectors.NAME] operations")


def _connector(path: Path, name: str, settings) -> Connector:
    where = f"{path}: [connectors.{name}]"
    if not _NAME.match(name):
        raise ConnectorError(f"{path}: connector name {name!r}: use letters, digits, '-', '_' or '.'", path=path)
    if not isinstance(settings, dict):
        raise ConnectorError(f"{where} must be a table")
    unknown = sorted(set(settings) - _KEYS)
    if unknown:
        raise ConnectorError(f"{where}: unknown setting {unknown[0]!r} (allowed: {', '.join(sorted(_KEYS))})")
    kind = settings.get("kind")
    if kind not in CONNECTOR_KINDS:
        raise ConnectorError(f"{where}: kind {kind!r}: expected one of {', '.join(CONNECTOR_KINDS)}")
    return Connector(
        name=name,
        kind=kind,
        destination=_destination(path, where, settings.get("url")),
        operations=_operations(where, settings.get("operations")),
        timeout=_timeout(where, settings.get("timeout", DEFAULT_TIMEOUT_SECONDS)),
        source=path,
    )


def _destination(path: Path, where: str, url) -> Destination:
    if not isinstance(url, str) or not url.strip():
        raise ConnectorError(f"{where}: url is required (an http(s) URL, env:VAR or file:PATH)")
    url = url.strip()
    if url.startswith("file:"):
        # Relative to the settings file, not to wherever the command happens to run.
        target = Path(url[5:]).expanduser()
        url = f"file:{target if target.is_absolute() else path.parent / target}"
    if url in ("env:", "file:"):
        raise ConnectorError(f"{where}: url {url} names no variable or file")
    if not url.startswith(("env:", "file:")):
        # Checked first: showing a URL whose port is not a number raises, and says which port.
        problem = _url_problem(url)
        if problem:
            raise ConnectorError(f"{where}: url {problem} (expected an http(s) URL, env:VAR or file:PATH)")
    try:
        return parse_destination(f"webhook:{url}")
    except DeliveryError:
        # Its message is safe, but says "destination": ours names the setting.
        raise ConnectorError(f"{where}: url: expected an http(s) URL, env:VAR or file:PATH") from None


def _url_problem(url: str) -> str | None:
    """Why ``url`` cannot be sent to, in words that do not repeat it; None when it can."""
    try:
        parts = urlsplit(url)
        _ = parts.port  # raises on a port that is not a number
    except ValueError:
        return "is not a valid URL"
    if parts.scheme not in ("http", "https"):
        return "is not an http(s) URL"
    if not parts.hostname:
        return "has no host"
    if any(ch.isspace() or ord(ch) < 32 for ch in url):
        return "contains spaces or control characters"
    return None


def _operations(where: str, operations) -> tuple[str, ...]:
    if not isinstance(operations, list) or not operations or not all(isinstance(o, str) for o in operations):
        raise ConnectorError(f'{where}: operations must be a non-empty list such as ["block-user"]')
    for operation in operations:
        if operation not in OPERATIONS:
            raise ConnectorError(f"{where}: unknown operation {operation!r}: expected one of {', '.join(OPERATIONS)}")
    return tuple(dict.fromkeys(operations))


def _timeout(where: str, value) -> float:
    if isinstance(value, bool):
        seconds = None
    elif isinstance(value, (int, float)):
        seconds = float(value)
    else:
        match = _TIMEOUT.match(str(value))
        seconds = float(match.group(1)) * (60 if match.group(2) == "m" else 1) if match else None
    if seconds is None or not 0 < seconds <= MAX_TIMEOUT_SECONDS:
        raise ConnectorError(
            f'{where}: timeout {value!r}: expected a duration such as "10s" '
            f"(more than 0, at most {MAX_TIMEOUT_SECONDS:.0f}s)"
        )
    return seconds
