"""Benign platform activity: CloudTrail calls of the ML pipeline, cluster audit noise, MLflow releases.

The normal patterns the attack storylines stand out against: only the pipeline and the nightly
loader write to the training-data bucket; only the security-audit role reads the Bedrock
logging configuration (and nobody changes it); secrets are read by kubelets and the
external-secrets operator, never by a serving pod; a model gets the ``champion`` alias only
after a reviewer tagged the version ``validation_status=approved``.
"""

from __future__ import annotations

import random
from typing import Any

from aisoc.sample_logs.benign import Planner, Unit
from aisoc.sample_logs.clock import HOUR_US, MINUTE_US, SECOND_US, Window
from aisoc.sample_logs.fakes import hex_id, internal_ip, office_ip, stable_id
from aisoc.sample_logs.formats_ops import assumed_role, cloudtrail_record, k8s_event, mlflow_event
from aisoc.sample_logs.plan import Item, Plan
from aisoc.sample_logs.tenants import Tenant

__all__ = ["OPS_UNITS", "MODEL_SERVER", "SDK_UA", "server_pods"]

SDK_UA = {
    "sagemaker": "sagemaker.amazonaws.com",
    "boto3": "Boto3/1.34.144 md/Botocore#1.34.144 ua/2.0 os/linux#6.1 lang/python#3.11.9 cfg/retry-mode#standard",
    "java": "aws-sdk-java/2.25.60 Linux/6.1 OpenJDK_64-Bit_Server_VM/21.0.3 Java/21.0.3 io/sync http/Apache",
    "cli": "aws-cli/2.17.20 md/awscrt#0.20.11 ua/2.0 os/macos#23.5.0 md/arch#arm64 lang/python#3.11.9",
    "config": "config.amazonaws.com",
}
MODEL_SERVER = {
    "acme-bank": "credit-scoring-server",
    "globex-insurance": "claims-model-server",
    "initech-pay": "risk-model-server",
}

# --- CloudTrail -------------------------------------------------------------------------------

_PIPELINE, _SM = ("sagemaker-pipeline-role", "SageMaker"), "sagemaker"
_CI = ("github-actions-deploy", "ci")
# action -> (role, session kind, service, event name, read only, data event, user agent)
_CT: dict[str, tuple[str, str, str, str, bool, bool, str]] = {
    "read-training": (*_PIPELINE, "s3", "GetObject", True, True, _SM),
    "create-training": (*_PIPELINE, _SM, "CreateTrainingJob", False, False, _SM),
    "describe-training": (*_PIPELINE, _SM, "DescribeTrainingJob", True, False, _SM),
    "put-artifact": (*_PIPELINE, "s3", "PutObject", False, True, _SM),
    "create-model": (*_PIPELINE, _SM, "CreateModel", False, False, _SM),
    "decrypt": (*_PIPELINE, "kms", "Decrypt", True, False, _SM),
    "load-training": ("training-data-loader", "etl", "s3", "PutObject", False, True, "java"),
    "invoke": ("bedrock-batch-summariser", "batch", "bedrock", "InvokeModel", True, False, "boto3"),
    "monitor": ("endpoint-monitor", "lambda", _SM, "DescribeEndpoint", True, False, "boto3"),
    "logging-check": (
        "security-audit",
        "config",
        "bedrock",
        "GetModelInvocationLoggingConfiguration",
        True,
        False,
        "config",
    ),
    "list-models": (
        "AWSReservedSSO_DataScientist_5f2c",
        "staff",
        "bedrock",
        "ListFoundationModels",
        True,
        False,
        "cli",
    ),
    "endpoint-config": (*_CI, _SM, "CreateEndpointConfig", False, False, "boto3"),
    "update-endpoint": (*_CI, _SM, "UpdateEndpoint", False, False, "boto3"),
    "describe-endpoint": (*_CI, _SM, "DescribeEndpoint", True, False, "boto3"),
}


def _ct_params(rng: random.Random, tenant: Tenant, action: str, run: str) -> tuple[dict | None, dict | None]:
    model = tenant.models[0]
    endpoint = f"{model}-prod"
    if action == "read-training":
        key = f"datasets/{model}/v{run[:4]}/part-{rng.randrange(64):05d}.parquet"
        return {
            "bucketName": tenant.training_bucket,
            "key": key,
            "Host": f"{tenant.training_bucket}.s3.{tenant.region}.amazonaws.com",
        }, None
    if action == "load-training":
        return {
            "bucketName": tenant.training_bucket,
            "key": f"labels/{run}/batch-{rng.randrange(1000):04d}.parquet",
            "Host": f"{tenant.training_bucket}.s3.{tenant.region}.amazonaws.com",
        }, None
    if action == "put-artifact":
        return {
            "bucketName": tenant.artifact_bucket,
            "key": f"training/{run}/output/model.tar.gz",
            "Host": f"{tenant.artifact_bucket}.s3.{tenant.region}.amazonaws.com",
        }, None
    if action in ("create-training", "describe-training"):
        arn = f"arn:aws:sagemaker:{tenant.region}:{tenant.account}:training-job/{model}-{run}"
        return {"trainingJobName": f"{model}-{run}"}, {"trainingJobArn": arn} if action == "create-training" else None
    if action == "create-model":
        return {"modelName": f"{model}-{run}", "executionRoleArn": tenant.role_arn(_PIPELINE[0])}, None
    if action == "decrypt":
        return {
            "encryptionAlgorithm": "SYMMETRIC_DEFAULT",
            "keyId": f"arn:aws:kms:{tenant.region}:{tenant.account}:key/{hex_id(rng, 8)}-mlops",
        }, None
    if action == "invoke":
        return {"modelId": "anthropic.claude-3-haiku-20240307-v1:0"}, None
    if action == "endpoint-config":
        return {"endpointConfigName": f"{endpoint}-{run}"}, None
    if action == "update-endpoint":
        return {"endpointName": endpoint, "endpointConfigName": f"{endpoint}-{run}"}, None
    if action in ("monitor", "describe-endpoint"):
        return {"endpointName": endpoint}, None
    return None, None  # list and logging-configuration reads take no parameters


def _b_cloudtrail(rng: random.Random, ctx: dict, item: Item) -> dict:
    tenant, action, run, session_start = item.args
    role, session, service, name, read_only, data_event, agent = _CT[action]
    by_service = agent in ("sagemaker", "config")
    if session == "staff":
        session = rng.choice(tenant.data_scientists)
        ip = office_ip(tenant.index, rng)
    elif session == "ci":
        session, ip = f"gha-{run}", f"203.0.113.{10 + tenant.index}"
    elif by_service:
        ip = SDK_UA[agent]  # AWS services call from their own name, not an address
    else:
        session = f"{session}-{run}"
        ip = internal_ip(tenant.index, rng, 30 if action == "load-training" else 40)
    identity = assumed_role(tenant, role, session, session_start, service=SDK_UA[agent] if by_service else None)
    params, response = _ct_params(rng, tenant, action, run)
    return cloudtrail_record(
        rng,
        tenant,
        ts_us=item.ts,
        identity=identity,
        service=service,
        name=name,
        params=params,
        response=response,
        ip=ip,
        user_agent=SDK_UA[agent],
        read_only=read_only,
        data_event=data_event,
    )


def _ct_unit(*steps: tuple[str, int]) -> Planner:
    """Steps of (action, minutes after the previous step)."""

    def planner(plan: Plan, rng: random.Random, window: Window, tenant: Tenant, ts: int) -> None:
        run = f"{hex_id(rng, 8)}"
        times = []
        for _, minutes in steps:
            ts += minutes * MINUTE_US + rng.randrange(SECOND_US)
            times.append(ts)
        times = _fit(rng, window, times)
        for (action, _), t in zip(steps, times):
            plan.add("cloudtrail", tenant, t, 1, _b_cloudtrail, (tenant, action, run, times[0]))

    return planner


def _fit(rng: random.Random, window: Window, times: list[int]) -> list[int]:
    """A unit's step times moved earlier, as a whole, when its last step would pass the window's end."""
    over = times[-1] - window.latest
    shift = over + rng.randrange(2 * HOUR_US) if over > 0 else 0
    return [window.clamp(t - shift) for t in times]


# --- Kubernetes audit -------------------------------------------------------------------------


def _sa(namespace: str, name: str) -> tuple[str, list[str]]:
    """A service account's user name and groups."""
    return (
        f"system:serviceaccount:{namespace}:{name}",
        ["system:serviceaccounts", f"system:serviceaccounts:{namespace}", "system:authenticated"],
    )


def server_pods(tenant: Tenant) -> tuple[str, ...]:
    """The model server's three replicas (stable names for the whole window)."""
    server = MODEL_SERVER[tenant.name]
    return tuple(
        f"{server}-6f7c9d8b5-{stable_id(f'{tenant.name}/{i}', 5, 'bcdfghjklmnpqrstvwxz2456789')}" for i in range(3)
    )


def _b_k8s(rng: random.Random, ctx: dict, item: Item) -> dict:
    tenant, kind = item.args
    net = 10 + tenant.index
    server = MODEL_SERVER[tenant.name]
    pod = rng.choice(server_pods(tenant))
    event: dict[str, Any] = {"rng": rng, "ts_us": item.ts, "namespace": "serving", "code": 200}
    if kind == "lease":
        event.update(
            verb="update",
            user="system:kube-controller-manager",
            groups=["system:authenticated"],
            ip=f"10.{net}.0.10",
            agent="controller",
            resource="leases",
            namespace="kube-system",
            name="kube-controller-manager",
        )
    elif kind == "kubelet-secret":  # a node fetching the TLS secret of a pod it runs: normal
        node = f"ip-10-{net}-3-{rng.randrange(10, 40)}.{tenant.region}.compute.internal"
        event.update(
            verb="get",
            user=f"system:node:{node}",
            groups=["system:nodes", "system:authenticated"],
            ip=f"10.{net}.3.{rng.randrange(10, 40)}",
            agent="kubelet",
            resource="secrets",
            name=f"{server}-tls",
        )
    elif kind == "server-config":  # what the serving pod's account normally does: read its configmap
        user, groups = _sa("serving", server)
        event.update(
            verb="get",
            user=user,
            groups=groups,
            ip=f"10.{net}.4.{rng.randrange(2, 60)}",
            agent="model-server",
            resource="configmaps",
            name=f"{server}-config",
            extra={"authentication.kubernetes.io/pod-name": [pod]},
        )
    elif kind == "eso":  # the external-secrets operator syncing a secret: normal
        user, groups = _sa("external-secrets", "external-secrets")
        event.update(
            verb=rng.choice(("get", "update")),
            user=user,
            groups=groups,
            ip=f"10.{net}.5.{rng.randrange(2, 20)}",
            agent="eso",
            resource="secrets",
            name="llm-gateway-credentials",
        )
    elif kind in ("argocd-get", "argocd-patch"):
        user, groups = _sa("argocd", "argocd-application-controller")
        event.update(
            verb="get" if kind == "argocd-get" else "patch",
            user=user,
            groups=groups,
            ip=f"10.{net}.6.{rng.randrange(2, 20)}",
            agent="argocd",
            resource="deployments",
            name=server,
        )
    else:  # an engineer with kubectl
        verb, resource, name, sub = rng.choice(
            (
                ("list", "pods", None, None),
                ("get", "pods", pod, None),
                ("get", "pods", pod, "log"),
                ("get", "deployments", server, None),
            )
        )
        event.update(
            verb=verb,
            user=tenant.email(rng.choice(tenant.staff[:4])),
            groups=["oidc:ml-platform", "system:authenticated"],
            ip=office_ip(tenant.index, rng),
            agent="kubectl",
            resource=resource,
            name=name,
            subresource=sub,
        )
    return k8s_event(**event)


def _k8s_unit(kind: str) -> Planner:
    def planner(plan: Plan, rng: random.Random, window: Window, tenant: Tenant, ts: int) -> None:
        plan.add("k8s", tenant, ts, 1, _b_k8s, (tenant, kind))

    return planner


# --- MLflow -----------------------------------------------------------------------------------


def _versions(ctx: dict, tenant: Tenant, model: str) -> int:
    # Registries are not empty when the window starts: each model has a few older versions.
    return ctx.setdefault((tenant.name, model), 3 + tenant.models.index(model) * 2)


def _b_mlflow(rng: random.Random, ctx: dict, item: Item) -> dict:
    tenant, step, state, user = item.args  # state is shared by the unit's steps (the version)
    model = state["model"]
    if step == "created":
        ctx[(tenant.name, model)] = _versions(ctx, tenant, model) + 1
        state["version"] = str(ctx[(tenant.name, model)])
        data = {
            "name": model,
            "version": state["version"],
            "source": f"models:/m-{hex_id(rng, 16)}",
            "run_id": hex_id(rng, 32),
            "tags": {},
            "description": f"Retrained on data up to {state['data']}",
        }
        return mlflow_event(
            rng, ts_us=item.ts, event="model_version.created", data=data, user=user, workspace=tenant.name
        )
    if step in ("approved", "metric"):
        version = state.get("version") or str(rng.randrange(1, _versions(ctx, tenant, model) + 1))
        key, value = (
            ("validation_status", "approved")
            if step == "approved"
            else rng.choice(
                (
                    ("eval_auc", f"0.{rng.randrange(780, 940)}"),
                    ("dataset_version", state["data"]),
                    ("bias_review", "passed"),
                )
            )
        )
        data = {"name": model, "version": version, "key": key, "value": value}
        return mlflow_event(
            rng, ts_us=item.ts, event="model_version_tag.set", data=data, user=user, workspace=tenant.name
        )
    if step == "prompt":
        ctx[(tenant.name, "prompt")] = ctx.get((tenant.name, "prompt"), 7) + 1
        name = f"{tenant.name.split('-')[0]}-support-system-prompt"
        data = {
            "name": name,
            "version": str(ctx[(tenant.name, "prompt")]),
            "template": "You are the assistant of {{ brand }}. Answer in {{ language }}.",
            "tags": {},
        }
        return mlflow_event(
            rng, ts_us=item.ts, event="prompt_version.created", data=data, user=user, workspace=tenant.name
        )
    data = {"name": model, "alias": step, "version": state["version"]}  # step is the alias name
    return mlflow_event(
        rng, ts_us=item.ts, event="model_version_alias.created", data=data, user=user, workspace=tenant.name
    )


def _mlflow_unit(kind: str) -> Planner:
    def planner(plan: Plan, rng: random.Random, window: Window, tenant: Tenant, ts: int) -> None:
        model = rng.choice(tenant.models)
        scientist = tenant.email(rng.choice(tenant.data_scientists))
        data = f"2025-{rng.randrange(1, 13):02d}"
        steps: tuple[tuple[str, str, int], ...]
        if kind == "release":  # created -> reviewer approves -> release manager promotes
            steps = (
                ("created", scientist, 0),
                ("approved", tenant.email(tenant.reviewer), rng.randrange(1, 20) * HOUR_US),
                ("champion", tenant.email(tenant.release_manager), rng.randrange(30, 240) * MINUTE_US),
            )
        elif kind == "challenger":
            steps = (("created", scientist, 0), ("challenger", scientist, rng.randrange(5, 60) * MINUTE_US))
        else:
            steps = ((kind, scientist, 0),)
        state = {"model": model, "data": data}
        times = []
        for _, _, delay in steps:
            ts += delay
            times.append(ts)
        for (step, user, _), t in zip(steps, _fit(rng, window, times)):
            plan.add("mlflow", tenant, t, 1, _b_mlflow, (tenant, step, state, user))

    return planner


OPS_UNITS: dict[str, tuple[Unit, ...]] = {
    "cloudtrail": (
        Unit(
            "training-pipeline",
            6,
            0.45,
            "office",
            _ct_unit(
                ("read-training", 0),
                ("read-training", 1),
                ("create-training", 2),
                ("describe-training", 25),
                ("put-artifact", 20),
                ("create-model", 3),
            ),
        ),
        Unit(
            "deployment",
            3,
            0.25,
            "office",
            _ct_unit(("endpoint-config", 0), ("update-endpoint", 1), ("describe-endpoint", 6)),
        ),
        Unit("batch-invoke", 1, 2.0, "nightly", _ct_unit(("invoke", 0))),
        Unit("nightly-read", 1, 1.0, "nightly", _ct_unit(("read-training", 0))),
        Unit("label-load", 1, 0.8, "nightly", _ct_unit(("load-training", 0))),
        Unit("monitor", 1, 1.5, "steady", _ct_unit(("monitor", 0))),
        Unit("kms", 1, 1.0, "steady", _ct_unit(("decrypt", 0))),
        Unit("logging-check", 1, 0.25, "steady", _ct_unit(("logging-check", 0))),
        Unit("list-models", 1, 0.5, "office", _ct_unit(("list-models", 0))),
    ),
    "k8s": (
        Unit("lease", 1, 3.0, "steady", _k8s_unit("lease")),
        Unit("kubelet-secret", 1, 1.0, "steady", _k8s_unit("kubelet-secret")),
        Unit("server-config", 1, 1.0, "steady", _k8s_unit("server-config")),
        Unit("eso", 1, 0.6, "steady", _k8s_unit("eso")),
        Unit("argocd-get", 1, 0.8, "steady", _k8s_unit("argocd-get")),
        Unit("argocd-patch", 1, 0.2, "office", _k8s_unit("argocd-patch")),
        Unit("kubectl", 1, 1.2, "office", _k8s_unit("kubectl")),
    ),
    "mlflow": (
        Unit("release", 3, 1.0, "office", _mlflow_unit("release")),
        Unit("challenger", 2, 1.0, "office", _mlflow_unit("challenger")),
        Unit("metric-tag", 1, 1.5, "office", _mlflow_unit("metric")),
        Unit("prompt-version", 1, 0.4, "office", _mlflow_unit("prompt")),
    ),
}
