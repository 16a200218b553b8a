"""Record builders for the platform formats: CloudTrail, Kubernetes audit, MLflow webhooks.

Each returns one record in the shape its collector documents (docs/collectors/). Identities
are built by small helpers so that a storyline can say "an assumed-role session of role X" in
one call.
"""

from __future__ import annotations

import random
from typing import Any

from aisoc.sample_logs.clock import iso_offset, iso_z
from aisoc.sample_logs.fakes import hex_id, stable_id, uuid
from aisoc.sample_logs.tenants import Tenant

__all__ = ["assumed_role", "iam_user", "cloudtrail_record", "k8s_event", "mlflow_event", "K8S_UA"]


# --- CloudTrail -------------------------------------------------------------------------------


def assumed_role(tenant: Tenant, role: str, session: str, creation_us: int, service: str | None = None) -> dict:
    """``userIdentity`` of a role session. Ids are stable per role / per session; the temporary
    ``ASIA…`` key id is an identifier, never a secret. ``service`` marks a role an AWS service
    assumed on the tenant's behalf (``invokedBy``)."""
    role_id = "AROA" + stable_id(f"{tenant.account}/{role}", 17)
    identity = {
        "type": "AssumedRole",
        "principalId": f"{role_id}:{session}",
        "arn": f"arn:aws:sts::{tenant.account}:assumed-role/{role}/{session}",
        "accountId": tenant.account,
        "accessKeyId": "ASIA" + stable_id(f"{role}/{session}/{creation_us}", 16),
        "sessionContext": {
            "sessionIssuer": {
                "type": "Role",
                "principalId": role_id,
                "arn": tenant.role_arn(role),
                "accountId": tenant.account,
                "userName": role,
            },
            "attributes": {"creationDate": iso_z(creation_us, 0), "mfaAuthenticated": "false"},
        },
    }
    if service:
        identity["invokedBy"] = service
    return identity


def iam_user(tenant: Tenant, name: str) -> dict:
    """``userIdentity`` of an IAM user calling with its long-term access key (id only)."""
    return {
        "type": "IAMUser",
        "principalId": "AIDA" + stable_id(f"{tenant.account}/{name}", 17),
        "arn": f"arn:aws:iam::{tenant.account}:user/{name}",
        "accountId": tenant.account,
        "accessKeyId": "AKIA" + stable_id(f"{tenant.account}/{name}/key", 16),
        "userName": name,
    }


def cloudtrail_record(
    rng: random.Random,
    tenant: Tenant,
    *,
    ts_us: int,
    identity: dict,
    service: str,
    name: str,
    params: dict | None,
    response: dict | None,
    ip: str,
    user_agent: str,
    read_only: bool,
    data_event: bool = False,
    error: tuple[str, str] | None = None,
) -> dict:
    """One CloudTrail record for ``<service>.amazonaws.com`` / ``name``."""
    record: dict[str, Any] = {
        "eventVersion": "1.10",
        "userIdentity": identity,
        "eventTime": iso_z(ts_us, 0),
        "eventSource": f"{service}.amazonaws.com",
        "eventName": name,
        "awsRegion": tenant.region,
        "sourceIPAddress": ip,
        "userAgent": user_agent,
        "requestParameters": params,
        "responseElements": response,
        "requestID": hex_id(rng, 16).upper() if service == "s3" else uuid(rng),
        "eventID": uuid(rng),
        "readOnly": read_only,
        "eventType": "AwsApiCall",
        "managementEvent": not data_event,
        "recipientAccountId": tenant.account,
        "eventCategory": "Data" if data_event else "Management",
        "tlsDetails": {
            "tlsVersion": "TLSv1.3",
            "cipherSuite": "TLS_AES_128_GCM_SHA256",
            "clientProvidedHostHeader": f"{service}.{tenant.region}.amazonaws.com",
        },
    }
    if error:
        record["errorCode"], record["errorMessage"] = error
    if data_event and params and "bucketName" in params:
        bucket = params["bucketName"]
        record["resources"] = [
            {"type": "AWS::S3::Object", "ARN": f"arn:aws:s3:::{bucket}/{params.get('key', '')}"},
            {"accountId": tenant.account, "type": "AWS::S3::Bucket", "ARN": f"arn:aws:s3:::{bucket}"},
        ]
    return record


# --- Kubernetes audit -------------------------------------------------------------------------

K8S_UA = {
    "kubectl": "kubectl/v1.30.4 (linux/amd64) kubernetes/a51b3b7",
    "argocd": "argocd-application-controller/v2.11.7 (linux/amd64) kubernetes/$Format",
    "controller": "kube-controller-manager/v1.30.4 (linux/amd64) kubernetes/a51b3b7/leader-election",
    "kubelet": "kubelet/v1.30.4 (linux/amd64) kubernetes/a51b3b7",
    "eso": "external-secrets/v0.10.3 (linux/amd64) kubernetes/clientgo",
    "model-server": "model-server/1.8.2 (linux/amd64) kubernetes/clientgo",
    "python": "OpenAPI-Generator/30.1.0/python",
}

_CORE = {"pods", "secrets", "configmaps", "services", "nodes", "events", "serviceaccounts", "pods/log"}


def _uri(resource: str, namespace: str | None, name: str | None, sub: str | None) -> tuple[str, str]:
    group, version = (
        ("", "v1") if resource in _CORE else ("coordination.k8s.io", "v1") if resource == "leases" else ("apps", "v1")
    )
    base = f"/api/{version}" if not group else f"/apis/{group}/{version}"
    path = base + (f"/namespaces/{namespace}" if namespace else "") + f"/{resource}"
    if name:
        path += f"/{name}"
    if sub:
        path += f"/{sub}"
    return path, group


def k8s_event(
    rng: random.Random,
    *,
    ts_us: int,
    verb: str,
    user: str,
    groups: list[str],
    ip: str,
    agent: str,
    resource: str,
    namespace: str | None,
    name: str | None,
    code: int,
    subresource: str | None = None,
    extra: dict | None = None,
    body: dict | None = None,
) -> dict:
    """One ``audit.k8s.io/v1`` Event at stage ResponseComplete (Metadata level unless ``body``)."""
    uri, group = _uri(resource, namespace, name, subresource)
    if verb in ("list", "watch") and not name:
        uri += "?limit=500" if verb == "list" else "?watch=true"
    ref: dict[str, Any] = {"resource": resource, "apiVersion": "v1"}
    if group:
        ref["apiGroup"] = group
    if namespace:
        ref["namespace"] = namespace
    if name:
        ref["name"] = name
    if subresource:
        ref["subresource"] = subresource
    user_info: dict[str, Any] = {"username": user, "groups": groups}
    if extra:
        user_info["extra"] = extra
    event: dict[str, Any] = {
        "kind": "Event",
        "apiVersion": "audit.k8s.io/v1",
        "level": "Request" if body else "Metadata",
        "auditID": uuid(rng),
        "stage": "ResponseComplete",
        "requestURI": uri,
        "verb": verb,
        "user": user_info,
        "sourceIPs": [ip],
        "userAgent": K8S_UA[agent],
        "objectRef": ref,
        "responseStatus": {"metadata": {}, "code": code},
        "requestReceivedTimestamp": iso_z(ts_us),
        "stageTimestamp": iso_z(ts_us + rng.randrange(800, 40_000)),
        "annotations": {
            "authorization.k8s.io/decision": "allow" if code < 400 else "forbid",
            "authorization.k8s.io/reason": "" if code < 400 else "no RBAC policy matched",
        },
    }
    if code >= 400:
        event["responseStatus"].update({"status": "Failure", "reason": "Forbidden"})
    if body is not None:
        event["requestObject"] = body
    return event


# --- MLflow webhooks (receiver log lines) ----------------------------------------------------------


def mlflow_event(rng: random.Random, *, ts_us: int, event: str, data: dict, user: str, workspace: str) -> dict:
    """A flat receiver line: the MLflow 3 event name and data, plus who made the change."""
    return {
        "timestamp": iso_offset(ts_us),
        "event": event,
        "delivery_id": f"d-{uuid(rng)}",
        "user_id": user,
        "workspace": workspace,
        "data": data,
    }
