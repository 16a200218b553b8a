"""Kubernetes API server audit events (``audit.k8s.io/v1`` ``Event``).

Reads what the API server's log backend writes with ``--audit-log-path`` (and what managed
clusters such as EKS, AKS and GKE export): one JSON ``Event`` per line, as documented in the
Kubernetes reference "Kube-apiserver Audit Configuration (v1)" and the "Auditing" task page.
An ``EventList`` document (``{"kind": "EventList", "items": [...]}``) is split into its
events. One API request can appear once per audit stage (RequestReceived, ResponseStarted,
ResponseComplete, Panic); each stage is its own event sharing ``request_id`` (the auditID).

Redaction: Secret payloads never reach storage. For requests on ``secrets`` the values of
``data`` / ``stringData`` in ``requestObject`` / ``responseObject`` (also inside the items of a
SecretList, JSON-patch operations on ``/data`` and the ``last-applied-configuration``
annotation that ``kubectl apply`` copies the whole Secret into) are replaced; the key names
stay, since which keys were read or written is evidence.

Tenant: none. A cluster's audit log belongs to its operator; namespaces are part of
``resource_id`` rather than tenants. Use ``--tenant`` to label a cluster's log.
"""

from __future__ import annotations

from typing import Any

from aisoc.ingest.collectors.base import Collector, get_path, to_int, to_json_text, to_text, to_ts_us
from aisoc.ingest.errors import RecordError
from aisoc.ingest.redact import REDACTED

__all__ = ["COLLECTOR"]

_SECRET_FIELDS = ("data", "stringData")
_LAST_APPLIED = "kubectl.kubernetes.io/last-applied-configuration"


def _is_event(value: Any) -> bool:
    if not isinstance(value, dict):
        return False
    api = value.get("apiVersion")
    if value.get("kind") == "Event" and isinstance(api, str) and api.startswith("audit.k8s.io/"):
        return True
    # Some exporters drop kind/apiVersion; these three keys together are still unmistakable.
    return all(key in value for key in ("auditID", "stage", "verb"))


def _matches(chunk: Any) -> bool:
    if isinstance(chunk, dict) and chunk.get("kind") == "EventList":
        api = chunk.get("apiVersion")
        return isinstance(api, str) and api.startswith("audit.k8s.io/")
    return _is_event(chunk)


def _split(chunk: Any) -> list[Any]:
    if isinstance(chunk, dict) and chunk.get("kind") == "EventList" and isinstance(chunk.get("items"), list):
        return list(chunk["items"])
    return [chunk]


# --- redaction ------------------------------------------------------------------------------


def _mask_secret(obj: dict[str, Any]) -> dict[str, Any]:
    """A copy of a Secret (or Secret-shaped patch) with its payload values replaced."""
    out = dict(obj)
    for field in _SECRET_FIELDS:
        payload = out.get(field)
        if isinstance(payload, dict):
            out[field] = {key: REDACTED for key in payload}
        elif payload not in (None, ""):
            out[field] = REDACTED
    annotations = get_path(out, "metadata", "annotations")
    if isinstance(annotations, dict) and _LAST_APPLIED in annotations:
        out["metadata"] = {**out["metadata"], "annotations": {**annotations, _LAST_APPLIED: REDACTED}}
    if isinstance(out.get("items"), list):  # SecretList
        out["items"] = [_mask_secret(item) if isinstance(item, dict) else item for item in out["items"]]
    return out


def _mask_patch(ops: list[Any]) -> list[Any]:
    """JSON-patch operations on a Secret: hide values written under /data or /stringData."""
    masked = []
    for op in ops:
        path = op.get("path") if isinstance(op, dict) else None
        if (
            isinstance(path, str)
            and "value" in op
            and (path in ("", "/") or path.startswith(("/data", "/stringData", "/metadata/annotations")))
        ):
            value = op["value"]
            op = {**op, "value": _mask_secret(value) if isinstance(value, dict) and path in ("", "/") else REDACTED}
        masked.append(op)
    return masked


def _mask_body(body: Any) -> Any:
    if isinstance(body, dict):
        return _mask_secret(body)
    if isinstance(body, list):
        return _mask_patch(body)
    if isinstance(body, str) and body:
        return REDACTED  # e.g. a raw patch body kept as text: cannot be inspected safely
    return body


def _touches_secrets(record: dict[str, Any]) -> bool:
    resource = get_path(record, "objectRef", "resource")
    if resource == "secrets":
        return True
    # A list across resource types or a body that declares itself a Secret is masked too.
    return any(
        get_path(record, body, "kind") in ("Secret", "SecretList") for body in ("requestObject", "responseObject")
    )


def _redact(record: dict[str, Any]) -> dict[str, Any]:
    if not isinstance(record, dict) or not _touches_secrets(record):
        return record
    out = dict(record)
    for body in ("requestObject", "responseObject"):
        if body in out:
            out[body] = _mask_body(out[body])
    return out


# --- normalisation -------------------------------------------------------------------------


def _actor_type(username: str | None, groups: Any) -> str | None:
    if not username:
        return None
    if username.startswith("system:serviceaccount:"):
        return "service_account"
    if username == "system:anonymous":
        return "anonymous"
    in_groups = groups if isinstance(groups, list) else []
    if (
        username.startswith(("system:node:", "system:kube-"))
        or username == "system:apiserver"
        or "system:nodes" in in_groups
    ):
        return "service"
    return "user"


def _text(record: dict[str, Any], *path: str) -> str | None:
    value = get_path(record, *path)
    if isinstance(value, (dict, list)):
        raise RecordError("wrong_type", f"{'.'.join(path)}: expected text, got {type(value).__name__}")
    return to_text(value) or None


def _resource(record: dict[str, Any]) -> tuple[str | None, str | None]:
    ref = record.get("objectRef")
    if ref is None:
        uri = record.get("requestURI")
        if isinstance(uri, str) and uri:  # non-resource request such as /healthz or /version
            return "non_resource_url", uri.split("?", 1)[0]
        return None, None
    if not isinstance(ref, dict):
        return None, None
    resource, sub = _text(ref, "resource"), _text(ref, "subresource")
    namespace, name = _text(ref, "namespace"), _text(ref, "name")
    kind = f"{resource}/{sub}" if resource and sub else resource
    ident: str | None
    if namespace and name:
        ident = f"{namespace}/{name}"
    elif namespace:
        ident = f"{namespace}/"  # a collection in a namespace (list, watch, create without name)
    else:
        ident = name  # cluster-scoped object, or a cluster-wide collection (None)
    return kind, ident


def _app(user_agent: str | None) -> str | None:
    # "kubectl/v1.30.1 (linux/amd64) kubernetes/7c48c2b" → "kubectl"
    if not user_agent:
        return None
    head = user_agent.split(" ", 1)[0].split("/", 1)[0]
    return head or None


def _normalise(record: dict[str, Any]) -> dict[str, Any]:
    if not isinstance(record, dict):
        raise RecordError("wrong_type", f"expected an audit Event object, got {type(record).__name__}")
    received = record.get("requestReceivedTimestamp")
    stage_ts = record.get("stageTimestamp")
    ts = to_ts_us(received if received not in (None, "") else stage_ts, "requestReceivedTimestamp")
    verb = record.get("verb")
    if verb in (None, ""):
        raise RecordError("missing_field", "verb is missing")
    if not isinstance(verb, str):
        raise RecordError("wrong_type", f"verb: expected text, got {type(verb).__name__}")
    code = to_int(get_path(record, "responseStatus", "code"), "responseStatus.code")
    username = _text(record, "user", "username")
    ips = record.get("sourceIPs")
    source_ip = ips[0] if isinstance(ips, list) and ips else ips
    if isinstance(source_ip, (dict, list)):
        raise RecordError("wrong_type", "sourceIPs: expected a list of addresses")
    resource_type, resource_id = _resource(record)
    user_agent = _text(record, "userAgent")
    latency = None
    if record.get("stage") == "ResponseComplete" and received and stage_ts:
        latency = (to_ts_us(stage_ts, "stageTimestamp") - ts) / 1000.0
    request_body = _redact(record).get("requestObject")

    fields: dict[str, Any] = {
        "ts": ts,
        "event_kind": "k8s.audit",
        "action": verb,
        "outcome": None if code is None else ("failure" if code >= 400 else "success"),
        "actor_id": username,
        "actor_type": _actor_type(username, get_path(record, "user", "groups")),
        "source_ip": to_text(source_ip) or None,
        "user_agent": user_agent,
        "app": _app(user_agent),
        "request_id": _text(record, "auditID"),
        "resource_type": resource_type,
        "resource_id": resource_id,
        "request": to_json_text(request_body) if isinstance(request_body, (dict, list)) else None,
        "response_status": None if code is None else str(code),
        "latency_ms": latency,
    }
    return {key: value for key, value in fields.items() if value is not None}


COLLECTOR = Collector(
    id="k8s_audit",
    description="Kubernetes API server audit events (audit.k8s.io/v1 Event JSON lines, EventList)",
    matches=_matches,
    normalise=_normalise,
    split=_split,
    redact=_redact,
    tenant_field="",
)
