"""MLflow model-registry and prompt-registry webhook events.

Reads three shapes, one JSON object per line (or one whole-document object):

* MLflow 3.x webhook bodies, as sent by the MLflow tracking server (``mlflow.webhooks``;
  payload types in ``mlflow.webhooks.types``): ``{"entity": "model_version", "action":
  "created", "timestamp": "<ISO 8601>", "data": {...}, "workspace": "..."}``.
* Receiver log lines: what a webhook receiver writes when it logs a delivery, either flat
  (``{"timestamp": ..., "event": "model_version.created", "data": {...}}``) or wrapping the
  delivery (``{"received_at": ..., "delivery_id": ..., "headers": {...}, "body": {...}}``,
  the body as an object or as JSON text; ``payload`` is accepted for ``body``).
* Databricks Workspace Model Registry webhook payloads (``{"event": "MODEL_VERSION_CREATED",
  "webhook_id": ..., "event_timestamp": <ms>, "model_name": ..., "version": ..., ...}``).

The time is the event's own (``timestamp`` / ``event_timestamp``), else the receiver's
(``timestamp`` / ``received_at`` / ``@timestamp`` of the envelope, then the
``X-MLflow-Timestamp`` header); a record with none of them is ``missing_timestamp``.

Tenant: ``workspace`` (MLflow 3 workspaces, set in the body when workspaces are enabled, or
by the receiver in its envelope); without it, ``--tenant`` or ``default``.
"""

from __future__ import annotations

import re
from typing import Any

import orjson

from aisoc.ingest.collectors.base import Collector, to_json_text, to_text, to_ts_us
from aisoc.ingest.errors import RecordError
from aisoc.ingest.redact import REDACTED, is_secret_name, redact_record

__all__ = ["COLLECTOR"]

# Entities of MLflow 3 webhooks (mlflow.entities.webhook.WebhookEntity).
_ENTITIES = {
    "registered_model",
    "model_version",
    "model_version_tag",
    "model_version_alias",
    "prompt",
    "prompt_version",
    "prompt_tag",
    "prompt_version_tag",
    "prompt_alias",
    "budget_policy",
}
# Which registry an entity belongs to, and that registry's (object, versioned object) types.
_FAMILY = {entity: ("prompt" if entity.startswith("prompt") else "model") for entity in _ENTITIES}
_TYPES = {"model": ("registered_model", "model_version"), "prompt": ("prompt", "prompt_version")}
_DOTTED = re.compile(r"^([a-z_]+)\.([a-z_]+)$")
_LEGACY = re.compile(r"^(MODEL_VERSION|REGISTERED_MODEL|TRANSITION_REQUEST|COMMENT)_[A-Z_]+$")
# Keys of a legacy payload that describe the delivery rather than the change.
_LEGACY_META = ("event", "webhook_id", "event_timestamp")
_USER_KEYS = ("user_id", "user_name", "username", "user")
_BODY_KEYS = ("body", "payload")


def _event_name(obj: Any) -> str | None:
    """The event name an object carries if it is a webhook body, else None."""
    if not isinstance(obj, dict):
        return None
    entity, action = obj.get("entity"), obj.get("action")
    if isinstance(entity, str) and isinstance(action, str) and isinstance(obj.get("data"), dict):
        return f"{entity}.{action}"
    event = obj.get("event")
    if not isinstance(event, str):
        return None
    dotted = _DOTTED.match(event)
    if dotted and dotted.group(1) in _ENTITIES:
        return event
    if _LEGACY.match(event) and any(k in obj for k in ("webhook_id", "event_timestamp", "model_name")):
        return event
    return None


def _inner_body(record: dict[str, Any]) -> Any:
    for key in _BODY_KEYS:
        body = record.get(key)
        if isinstance(body, str):
            try:
                body = orjson.loads(body)  # a receiver that logged the raw request text
            except orjson.JSONDecodeError:
                continue
        if _event_name(body):
            return body
    return None


def _matches(chunk: Any) -> bool:
    return bool(_event_name(chunk)) or (isinstance(chunk, dict) and _inner_body(chunk) is not None)


def _header(envelope: dict[str, Any], name: str) -> Any:
    headers = envelope.get("headers")
    if isinstance(headers, dict):
        for key, value in headers.items():
            if isinstance(key, str) and key.lower() == name:
                return value
    return None


def _timestamp(body: dict[str, Any], envelope: dict[str, Any]) -> int:
    for source, key in (
        (body, "timestamp"),
        (body, "event_timestamp"),
        (envelope, "timestamp"),
        (envelope, "received_at"),
        (envelope, "@timestamp"),
    ):
        value = source.get(key)
        if value not in (None, ""):
            return to_ts_us(value, key)
    return to_ts_us(_header(envelope, "x-mlflow-timestamp"), "timestamp")


def _parts(body: dict[str, Any]) -> tuple[str, str | None, dict[str, Any]]:
    """(event name, MLflow 3 entity or None, the change's data) of a webhook body."""
    entity, action = body.get("entity"), body.get("action")
    if entity is not None or action is not None:
        if not isinstance(entity, str) or not isinstance(action, str):
            raise RecordError("wrong_type", "entity and action must be text")
        data = body.get("data")
        name = f"{entity}.{action}"
    else:
        event = body.get("event")
        if event in (None, ""):
            raise RecordError("missing_field", "no event name (entity/action or event)")
        if not isinstance(event, str):
            raise RecordError("wrong_type", f"event: expected text, got {type(event).__name__}")
        name = event
        dotted = _DOTTED.match(event)
        entity = dotted.group(1) if dotted else None
        if entity is not None or "data" in body:
            data = body.get("data")
        else:  # legacy Databricks payload: the change is the payload itself
            data = {k: v for k, v in body.items() if k not in _LEGACY_META}
    if data is None:
        data = {}
    if not isinstance(data, dict):
        raise RecordError("wrong_type", f"data: expected an object, got {type(data).__name__}")
    return name, entity, data


def _scalar(data: dict[str, Any], key: str) -> str | None:
    value = data.get(key)
    if isinstance(value, (dict, list, bool)):
        raise RecordError("wrong_type", f"{key}: expected text, got {type(value).__name__}")
    return to_text(value) or None


def _resource(entity: str | None, data: dict[str, Any]) -> tuple[str | None, str | None]:
    if entity == "budget_policy":
        ident = _scalar(data, "budget_policy_id")
        return ("budget_policy", ident) if ident else (None, None)
    name = _scalar(data, "name") or _scalar(data, "model_name")
    if not name:
        return None, None
    plain, versioned = _TYPES[_FAMILY.get(entity or "", "model")]
    version = _scalar(data, "version")
    return (versioned, f"{name}@{version}") if version else (plain, name)


def _masked(data: dict[str, Any]) -> dict[str, Any]:
    """``data`` with credential-named values masked, tag names kept.

    The generic redaction treats a bare ``key`` field as a credential; in these payloads it is
    the name of a tag (top level for tag events, ``tags`` items in Databricks payloads), so it
    is put back, and the tag's ``value`` is masked instead when that name looks like a secret.
    """
    masked: dict[str, Any] = redact_record(data)[0]  # an object redacts to an object
    pairs = [(data, masked)]
    if isinstance(data.get("tags"), list):
        pairs += [(a, b) for a, b in zip(data["tags"], masked["tags"]) if isinstance(a, dict)]
    for original, copy in pairs:
        key = original.get("key")
        if isinstance(key, str):
            copy["key"] = key
            if is_secret_name(key) and isinstance(original.get("value"), str):
                copy["value"] = REDACTED
    return masked


def _actor(*sources: dict[str, Any]) -> str | None:
    for source in sources:
        for key in _USER_KEYS:
            value = source.get(key)
            if isinstance(value, str) and value:
                return value
    return None


def _normalise(record: dict[str, Any]) -> dict[str, Any]:
    if not isinstance(record, dict):
        raise RecordError("wrong_type", f"expected a webhook event object, got {type(record).__name__}")
    inner = _inner_body(record)
    body, envelope = (inner, record) if inner is not None else (record, {})
    name, entity, data = _parts(body)
    ts = _timestamp(body, envelope)
    resource_type, resource_id = _resource(entity, data)
    actor = _actor(data, body, envelope)
    workspace = to_text(body.get("workspace") or envelope.get("workspace")) or None
    delivery = envelope.get("delivery_id") or body.get("delivery_id") or _header(envelope, "x-mlflow-delivery-id")

    fields: dict[str, Any] = {
        "ts": ts,
        "tenant": workspace,
        "event_kind": "mlops.audit",
        "action": name,
        # A webhook reports a change that already happened; a budget breach is a state.
        "outcome": None if name.endswith(".exceeded") else "success",
        "actor_id": actor,
        "actor_type": "user" if actor else None,
        "request_id": to_text(delivery) or None,
        "resource_type": resource_type,
        "resource_id": resource_id,
        "request": to_json_text(_masked(data)),
    }
    return {key: value for key, value in fields.items() if value is not None}


COLLECTOR = Collector(
    id="mlflow",
    description="MLflow registry webhook events (MLflow 3 webhooks, receiver logs, Databricks registry webhooks)",
    matches=_matches,
    normalise=_normalise,
    tenant_field="workspace",
)
