"""AWS CloudTrail records (management and data events).

Reads the record format of the AWS CloudTrail User Guide ("CloudTrail record contents",
"CloudTrail userIdentity element"): one JSON object per API call with ``eventTime``,
``eventSource``, ``eventName``, ``userIdentity``, ``requestParameters``, ``errorCode``… Files
come as the delivered ``{"Records": [...]}`` documents, as bare (pretty-printed) arrays, or as
JSON lines whose lines are bare records or whole ``{"Records": [...]}`` objects; ``split``
unpacks the latter so every record becomes one event.

Tenant: none. An AWS account is an environment, not a customer, so the account id goes to
``cloud_account`` and the tenant comes from ``--tenant`` (else ``default``).
"""

from __future__ import annotations

from typing import Any

from aisoc.ingest.collectors.base import Collector, get_path, to_json_text, to_text, to_ts_us
from aisoc.ingest.errors import RecordError
from aisoc.ingest.redact import redact_record

__all__ = ["COLLECTOR"]

# userIdentity.type → contract actor_type. AWSAccount (another account's principal) has no
# faithful mapping and stays null unless it is the anonymous principal.
_ACTOR_TYPES = {
    "IAMUser": "user",
    "Root": "user",
    "FederatedUser": "user",
    "SAMLUser": "user",
    "WebIdentityUser": "user",
    "IdentityCenterUser": "user",
    "AssumedRole": "role",
    "Role": "role",
    "AWSService": "service",
}

# Bedrock calls that run a model: these carry provider/model like an LLM event would.
_BEDROCK_INVOCATIONS = {
    "InvokeModel",
    "InvokeModelWithResponseStream",
    "Converse",
    "ConverseStream",
    "InvokeModelWithBidirectionalStream",
}

# Per service (eventSource up to the first dot): requestParameters paths tried in order, and
# the resource_type a hit means. A path step "*" fans out over a list. The first path that
# yields a value wins; several values (e.g. GetParameters names) are joined with ",".
_RESOURCE_RULES: dict[str, tuple[tuple[tuple[str, ...], str], ...]] = {
    "bedrock": (
        (("modelId",), "bedrock_model"),
        (("guardrailIdentifier",), "bedrock_guardrail"),
        (("knowledgeBaseId",), "bedrock_knowledge_base"),
        (("agentId",), "bedrock_agent"),
        (("modelCustomizationJobName",), "bedrock_customization_job"),
    ),
    "secretsmanager": ((("secretId",), "secret"), (("name",), "secret")),
    "ssm": (
        (("name",), "ssm_parameter"),
        (("names", "*"), "ssm_parameter"),
        (("instanceId",), "ec2_instance"),
        (("instanceIds", "*"), "ec2_instance"),
        (("target",), "ec2_instance"),
        (("sessionId",), "ssm_session"),
    ),
    "iam": (
        (("userName",), "iam_user"),
        (("roleName",), "iam_role"),
        (("groupName",), "iam_group"),
        (("policyArn",), "iam_policy"),
    ),
    "sts": ((("roleArn",), "iam_role"), (("name",), "federated_user")),
    "sagemaker": (
        (("endpointName",), "sagemaker_endpoint"),
        (("endpointConfigName",), "sagemaker_endpoint_config"),
        (("modelName",), "sagemaker_model"),
        (("modelPackageGroupName",), "sagemaker_model_package_group"),
        (("modelPackageName",), "sagemaker_model_package"),
        (("trainingJobName",), "sagemaker_training_job"),
        (("notebookInstanceName",), "sagemaker_notebook"),
    ),
    "ec2": (
        (("instanceId",), "ec2_instance"),
        (("instancesSet", "items", "*", "instanceId"), "ec2_instance"),
        (("imageId",), "ec2_image"),
        (("instancesSet", "items", "*", "imageId"), "ec2_image"),
        (("snapshotId",), "ebs_snapshot"),
        (("groupId",), "security_group"),
    ),
    "ec2-instance-connect": ((("instanceId",), "ec2_instance"),),
    "lambda": ((("functionName",), "lambda_function"),),
    "cloudtrail": ((("name",), "trail"), (("trailName",), "trail")),
    "kms": ((("keyId",), "kms_key"),),
    "rds": (
        (("dBSnapshotIdentifier",), "rds_snapshot"),
        (("dBInstanceIdentifier",), "rds_instance"),
    ),
}


def _looks_like_record(value: Any) -> bool:
    # eventSource ends in amazonaws.com for every CloudTrail record; S3 event notifications,
    # which also come as {"Records": [...]}, say "aws:s3" and are not ours.
    if not isinstance(value, dict):
        return False
    source = value.get("eventSource")
    return (
        isinstance(source, str)
        and source.endswith("amazonaws.com")
        and "eventName" in value
        and ("eventTime" in value or "eventVersion" in value)
    )


def _matches(chunk: Any) -> bool:
    if isinstance(chunk, dict) and isinstance(chunk.get("Records"), list):
        records = chunk["Records"]
        return bool(records) and _looks_like_record(records[0])
    return _looks_like_record(chunk)


def _split(chunk: Any) -> list[Any]:
    if isinstance(chunk, dict) and isinstance(chunk.get("Records"), list):
        return list(chunk["Records"])
    return [chunk]


def _text_field(record: dict[str, Any], name: str) -> str | None:
    value = record.get(name)
    if value is None or isinstance(value, str):
        return value or None
    if isinstance(value, (dict, list)):
        raise RecordError("wrong_type", f"{name}: expected text, got {type(value).__name__}")
    return to_text(value)


def _actor(identity: Any) -> tuple[str | None, str | None]:
    if not isinstance(identity, dict):
        return None, None
    kind = identity.get("type")
    account = identity.get("accountId")
    if kind == "AWSAccount" and account == "ANONYMOUS_PRINCIPAL":
        return "anonymous", "anonymous"
    actor = (
        get_path(identity, "arn")
        or get_path(identity, "userName")
        or get_path(identity, "invokedBy")  # AWSService identities carry only this
        or get_path(identity, "principalId")
        or (account if kind == "AWSAccount" else None)
    )
    return to_text(actor) or None, _ACTOR_TYPES.get(kind) if isinstance(kind, str) else None


def _walk(value: Any, path: tuple[str, ...]) -> list[str]:
    """Scalar texts found at ``path`` in ``value``; ``*`` steps over every list element."""
    if not path:
        if isinstance(value, str):
            return [value] if value else []
        if isinstance(value, (int, float)) and not isinstance(value, bool):
            return [str(value)]
        return []
    step, rest = path[0], path[1:]
    if step == "*":
        if not isinstance(value, list):
            return []
        return [text for item in value for text in _walk(item, rest)]
    if not isinstance(value, dict) or step not in value:
        return []
    return _walk(value[step], rest)


def _resource(service: str, params: Any, record: dict[str, Any]) -> tuple[str | None, str | None]:
    if isinstance(params, dict):
        if service == "s3" and isinstance(params.get("bucketName"), str):
            bucket, key = params["bucketName"], params.get("key")
            if isinstance(key, str) and key:
                return "s3_object", f"{bucket}/{key}"
            return "s3_bucket", bucket
        for path, kind in _RESOURCE_RULES.get(service, ()):
            found = _walk(params, path)
            if found:
                return kind, ",".join(found)
    # Fall back to the record's own resources list (AWS type names, e.g. AWS::IAM::Role).
    first = get_path(record, "resources", 0)
    if isinstance(first, dict) and isinstance(first.get("ARN"), str):
        return to_text(first.get("type")) or "aws_resource", first["ARN"]
    return None, None


def _failed(record: dict[str, Any]) -> bool:
    if record.get("errorCode") not in (None, ""):
        return True
    # Console sign-in failures carry the verdict in responseElements, not always errorCode.
    return bool(get_path(record, "responseElements", "ConsoleLogin") == "Failure")


def _normalise(record: dict[str, Any]) -> dict[str, Any]:
    if not isinstance(record, dict):
        raise RecordError("wrong_type", f"expected a CloudTrail record object, got {type(record).__name__}")
    ts = to_ts_us(record.get("eventTime"), "eventTime")
    action = record.get("eventName")
    if action in (None, ""):
        raise RecordError("missing_field", "eventName is missing")
    if not isinstance(action, str):
        raise RecordError("wrong_type", f"eventName: expected text, got {type(action).__name__}")
    source = _text_field(record, "eventSource") or ""
    service = source.split(".", 1)[0]
    identity = record.get("userIdentity")
    actor_id, actor_type = _actor(identity)
    params = record.get("requestParameters")
    resource_type, resource_id = _resource(service, params, record)
    error = _text_field(record, "errorCode")
    failed = _failed(record)

    fields: dict[str, Any] = {
        "ts": ts,
        "event_kind": "cloud.audit",
        "action": action,
        "outcome": "failure" if failed else "success",
        "actor_id": actor_id,
        "actor_type": actor_type,
        "api_key_id": to_text(get_path(identity, "accessKeyId")),
        "source_ip": _text_field(record, "sourceIPAddress"),
        "user_agent": _text_field(record, "userAgent"),
        "app": to_text(get_path(identity, "invokedBy")),
        "request_id": _text_field(record, "requestID"),
        "cloud_account": to_text(record.get("recipientAccountId") or get_path(identity, "accountId")),
        "cloud_region": _text_field(record, "awsRegion"),
        "resource_type": resource_type,
        "resource_id": resource_id,
        # Credential-named values are masked here too: `request` is a queryable column.
        "request": to_json_text(redact_record(params)[0]) if isinstance(params, (dict, list)) else None,
        "response_status": error or ("failure" if failed else "success"),
    }
    if service == "bedrock" and action in _BEDROCK_INVOCATIONS:
        fields["provider"] = "aws.bedrock"
        fields["model"] = to_text(get_path(params, "modelId"))
    return {key: value for key, value in fields.items() if value is not None}


COLLECTOR = Collector(
    id="cloudtrail",
    description='AWS CloudTrail records ({"Records": [...]} files, arrays or JSON lines)',
    matches=_matches,
    normalise=_normalise,
    split=_split,
    tenant_field="",
)
