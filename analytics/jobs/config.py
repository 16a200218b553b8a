"""Alerting settings: suppression windows and dedup keys, per rule, from a TOML file.

``<warehouse>/aisoc.toml`` is read when present (``--config`` names another file)::

    [alerts]
    suppression = "1h"            # repeat hits within this window update one alert
    lateness = "1h"               # context read around each batch for windowed detectors
    key = ["detector", "rule_id", "tenant", "entity"]

    [alerts.rules."leakage.pii.email_address"]
    suppression = "24h"
    key = ["rule_id", "tenant"]   # one alert per tenant, whoever sent the address

TOML (``tomllib``), not YAML: nothing in it can construct objects.
"""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path

from aisoc.analytics.alerting import AlertPolicy
from aisoc.ingest.kernel.clocks import parse_span
from aisoc.ingest.kernel.errors import AisocError
from aisoc.ingest.kernel.userfiles import CONFIG_NAME, read_toml

__all__ = ["ConfigError", "parse_duration", "load_settings", "CONFIG_NAME", "KEY_FIELDS"]

KEY_FIELDS = ("detector", "rule_id", "tenant", "entity")


class ConfigError(AisocError):
    """A settings file or value that cannot be used (one line, with the file when there is one)."""


def parse_duration(text: str) -> timedelta:
    """``30s``, ``5m``, ``1h``, ``7d``, ``2w``; ``0s`` is allowed (the kernel's ``parse_span``, as a ``ConfigError``)."""
    try:
        return parse_span(text)
    except ValueError as exc:
        raise ConfigError(str(exc)) from None


def load_settings(path: Path | None, *, required: bool = False) -> tuple[AlertPolicy, timedelta | None]:
    """(policy, lateness or None) from ``path``; defaults when it does not exist and is not ``required``."""
    if path is None or (not path.exists() and not required):
        return AlertPolicy(), None
    data = read_toml(path, ConfigError)
    alerts = data.get("alerts", {})
    if not isinstance(alerts, dict):
        raise ConfigError(f"{path}: [alerts] must be a table", path=path)
    unknown = set(alerts) - {"suppression", "lateness", "key", "rules"}
    if unknown:
        raise ConfigError(f"{path}: [alerts] has unknown setting {sorted(unknown)[0]!r}", path=path)
    rules = {}
    for rule_id, settings in (alerts.get("rules") or {}).items():
        where = f"{path}: [alerts.rules.{rule_id!r}]"
        if not isinstance(settings, dict) or set(settings) - {"suppression", "key"}:
            raise ConfigError(f"{where}: only 'suppression' and 'key' may be set")
        rules[rule_id] = {name: _value(name, value, where) for name, value in settings.items()}
    policy = AlertPolicy(
        suppression=_value("suppression", alerts.get("suppression", "1h"), f"{path}: [alerts]"),
        key=_value("key", alerts.get("key", list(KEY_FIELDS)), f"{path}: [alerts]"),
        rules=rules,
    )
    lateness = _value("lateness", alerts["lateness"], f"{path}: [alerts]") if "lateness" in alerts else None
    return policy, lateness


def _value(name: str, value, where: str):
    if name == "key":
        if not isinstance(value, list) or not value or any(v not in KEY_FIELDS for v in value):
            raise ConfigError(f"{where}: key must be a list of {', '.join(KEY_FIELDS)}")
        return tuple(value)
    try:
        return parse_duration(value)
    except ConfigError as exc:
        raise ConfigError(f"{where}: {name} {exc}") from None
