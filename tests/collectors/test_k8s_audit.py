"""The Kubernetes audit collector on its fixtures: mapping, EventList, Secret redaction."""

from __future__ import annotations

import base64
from functools import partial

import orjson
import pytest

from aisoc.ingest.collectors import detect
from aisoc.ingest.collectors.base import to_ts_us
from aisoc.ingest.collectors.k8s_audit import COLLECTOR
from aisoc.ingest.errors import RecordError
from aisoc.ingest.identity import event_id
from aisoc.ingest.redact import REDACTED, redact_record

from .support import check_contract, fixture_chunks, fixture_events, fixture_records

chunks = partial(fixture_chunks, COLLECTOR.id)
records = partial(fixture_records, COLLECTOR)
normalised = partial(fixture_events, COLLECTOR)


# Every secret value planted in the fixtures, as written and base64-encoded.
_PLAIN_SECRETS = [
    "pk-live-5tq9ZfakeFAKEfake0000",
    "whsec-notreal-8c1d",
    "Tr0ub4dor-not-real",
    "notARealSecretKey/abc123EXAMPLE",
    "AKIAQXAMPLETRAIN001",
    "hf_fakefakefakefake123",
]
SECRETS = _PLAIN_SECRETS + [base64.b64encode(s.encode()).decode() for s in _PLAIN_SECRETS]


def stored_raw(record: dict) -> dict:
    """What the pipeline stores: format-specific redaction, then the generic one."""
    return redact_record(COLLECTOR.redact(record))[0]


# --- detection and splitting ---------------------------------------------------------------


@pytest.mark.parametrize("name", ["audit.jsonl", "audit.jsonl.gz", "eventlist.json"])
def test_fixtures_are_detected_as_k8s_audit(name):
    assert detect(chunks(name)[0]) is COLLECTOR


def test_eventlist_is_split_into_its_events():
    (doc,) = chunks("eventlist.json")
    events = COLLECTOR.split(doc)
    assert [e["verb"] for e in events] == ["list", "get"]
    single = records("audit.jsonl")[0]
    assert COLLECTOR.split(single) == [single]


def test_event_without_kind_is_still_recognised_but_other_formats_are_not():
    bare = {k: v for k, v in records("audit.jsonl")[0].items() if k not in ("kind", "apiVersion")}
    assert COLLECTOR.matches(bare)
    k8s_object_event = {"kind": "Event", "apiVersion": "v1", "reason": "BackOff"}  # core/v1 Event
    cloudtrail = {"eventSource": "s3.amazonaws.com", "eventName": "GetObject", "eventTime": "2025-03-01T00:00:00Z"}
    for chunk in (k8s_object_event, cloudtrail, {"kind": "EventList", "items": []}, [], None):
        assert not COLLECTOR.matches(chunk)


def test_gzip_variant_gives_the_same_events():
    assert normalised("audit.jsonl.gz") == normalised("audit.jsonl")


def test_event_ids_distinct_per_stage():
    recs = records("audit.jsonl")
    ids = {event_id(COLLECTOR.id, r) for r in recs}
    assert len(ids) == len(recs) == 8


# --- field mapping -------------------------------------------------------------------------


def _by_audit_id(name: str) -> dict[str, list[dict]]:
    out: dict[str, list[dict]] = {}
    for fields in normalised(name):
        check_contract(fields)
        out.setdefault(fields["request_id"], []).append(fields)
    return out


def test_service_account_reads_a_secret():
    (f,) = _by_audit_id("audit.jsonl")["0b7a3c52-1f7e-4d8a-9c11-5e2f6a0d9b01"]
    assert f["ts"] == to_ts_us("2025-03-10T14:02:11.482913+00:00")
    assert f["event_kind"] == "k8s.audit"
    assert f["action"] == "get"
    assert f["actor_id"] == "system:serviceaccount:ml-serving:inference-api"
    assert f["actor_type"] == "service_account"
    assert f["source_ip"] == "10.244.3.17"
    assert f["app"] == "inference-api"
    assert (f["resource_type"], f["resource_id"]) == ("secrets", "ml-serving/llm-gateway-keys")
    assert (f["outcome"], f["response_status"]) == ("success", "200")
    assert f["latency_ms"] == pytest.approx(6.207)


def test_exec_into_pod_keeps_subresource_and_first_source_ip():
    (f,) = _by_audit_id("audit.jsonl")["3d9e1a77-6b2c-4f0e-8a45-9c7d2e1f0b02"]
    assert f["action"] == "create"
    assert f["resource_type"] == "pods/exec"
    assert f["resource_id"] == "ml-serving/llm-router-7d9f8b6c5-x2k4q"
    assert f["actor_type"] == "user" and f["actor_id"] == "bob.keller@insure.example"
    assert f["source_ip"] == "192.0.2.61"
    assert f["app"] == "kubectl"
    assert f["outcome"] == "success"  # 101 Switching Protocols
    assert "latency_ms" not in f  # ResponseStarted: the request is not finished


def test_forbidden_anonymous_cluster_wide_list():
    (f,) = _by_audit_id("audit.jsonl")["a41f0c9e-2d3b-4e5f-9a6b-7c8d9e0f1a03"]
    assert (f["action"], f["resource_type"]) == ("list", "secrets")
    assert "resource_id" not in f  # every namespace
    assert f["actor_type"] == "anonymous"
    assert (f["outcome"], f["response_status"]) == ("failure", "403")


def test_non_resource_request():
    (f,) = _by_audit_id("audit.jsonl")["7a8b9c0d-1e2f-4a3b-8c4d-5e6f7a8b9c06"]
    assert (f["resource_type"], f["resource_id"]) == ("non_resource_url", "/version")


def test_two_stages_of_one_pod_creation():
    received, complete = _by_audit_id("audit.jsonl")["5c6d7e8f-9a0b-4c1d-8e2f-3a4b5c6d7e04"]
    assert "outcome" not in received and "response_status" not in received
    assert complete["outcome"] == "success" and complete["response_status"] == "201"
    assert received["ts"] == complete["ts"] == to_ts_us("2025-03-10T14:09:30.25+00:00")
    assert complete["latency_ms"] == pytest.approx(37.5)
    pod = orjson.loads(complete["request"])
    assert pod["spec"]["volumes"][0]["hostPath"]["path"] == "/"
    assert complete["resource_id"] == "kube-system/node-debugger"


def test_cluster_scoped_delete_by_impersonating_admin():
    (f,) = _by_audit_id("audit.jsonl")["8b9c0d1e-2f3a-4b4c-9d5e-6f7a8b9c0d07"]
    assert (f["action"], f["resource_type"], f["resource_id"]) == ("delete", "clusterrolebindings", "ml-auditors")
    assert f["actor_id"] == "alice.martin@insure.example"


def test_eventlist_events():
    listing, node = normalised("eventlist.json")
    assert (listing["resource_type"], listing["resource_id"]) == ("secrets", "ml-training/")
    assert listing["app"] == "python-kubernetes"
    assert node["actor_type"] == "service"  # a kubelet
    assert node["ts"] == to_ts_us("2025-03-11T08:30:05+00:00")


# --- Secret redaction ----------------------------------------------------------------------


def test_secret_payload_masked_but_key_names_kept():
    record = records("audit.jsonl")[0]
    masked = COLLECTOR.redact(record)
    body = masked["responseObject"]
    assert body["data"] == {"PROVIDER_KEY": REDACTED, "WEBHOOK_HMAC": REDACTED}
    annotations = body["metadata"]["annotations"]
    assert annotations["kubectl.kubernetes.io/last-applied-configuration"] == REDACTED
    assert annotations["team"] == "ml-platform"
    # the input record is not modified (its event_id is computed from it)
    assert record["responseObject"]["data"]["WEBHOOK_HMAC"] != REDACTED


def test_patch_with_string_data_is_masked():
    record = [r for r in records("audit.jsonl") if r["verb"] == "patch"][0]
    masked = COLLECTOR.redact(record)["requestObject"]
    assert masked["stringData"] == {"DB_PASSWORD": REDACTED}
    assert masked["metadata"]["labels"] == {"rotated": "2025-03-10"}
    assert orjson.loads(COLLECTOR.normalise(record)["request"])["stringData"] == {"DB_PASSWORD": REDACTED}


def test_secret_list_items_are_masked():
    listing = records("eventlist.json")[0]
    items = COLLECTOR.redact(listing)["responseObject"]["items"]
    assert [item["data"] for item in items] == [
        {"AWS_SECRET_ACCESS_KEY": REDACTED, "AWS_ACCESS_KEY_ID": REDACTED},
        {"HF_TOKEN": REDACTED},
    ]
    assert [item["metadata"]["name"] for item in items] == ["s3-training-creds", "hf-token"]


def test_json_patch_values_on_secret_are_masked():
    record = records("audit.jsonl")[0]
    record = {
        **record,
        "verb": "patch",
        "requestObject": [
            {"op": "replace", "path": "/data/PROVIDER_KEY", "value": "bmV3LXZhbHVl"},
            {"op": "add", "path": "/metadata/labels/rotated", "value": "yes"},
        ],
    }
    ops = COLLECTOR.redact(record)["requestObject"]
    assert ops[0]["value"] == REDACTED and ops[1]["value"] == "yes"


def test_other_resources_are_left_alone():
    node_read = records("eventlist.json")[1]
    assert COLLECTOR.redact(node_read) is node_read
    configmap = {**node_read, "responseObject": {"kind": "ConfigMap", "data": {"lr": "0.001"}}}
    assert COLLECTOR.redact(configmap)["responseObject"]["data"] == {"lr": "0.001"}


@pytest.mark.parametrize("name", ["audit.jsonl", "eventlist.json"])
def test_no_secret_value_reaches_storage(name):
    for record in records(name):
        stored = orjson.dumps(stored_raw(record)).decode() + (COLLECTOR.normalise(record).get("request") or "")
        for secret in SECRETS:
            assert secret not in stored, (record["auditID"], secret)


# --- unusable records ----------------------------------------------------------------------


def _base() -> dict:
    return records("audit.jsonl")[0]


@pytest.mark.parametrize(
    "change, reason",
    [
        ({"requestReceivedTimestamp": None, "stageTimestamp": None}, "missing_timestamp"),
        ({"requestReceivedTimestamp": "soon"}, "bad_timestamp"),
        ({"requestReceivedTimestamp": {"t": 1}}, "wrong_type"),
        ({"verb": None}, "missing_field"),
        ({"verb": ["get"]}, "wrong_type"),
        ({"responseStatus": {"code": "forbidden"}}, "wrong_type"),
        ({"sourceIPs": [{"ip": "10.0.0.1"}]}, "wrong_type"),
        ({"user": {"username": ["alice"]}}, "wrong_type"),
        ({"objectRef": {"resource": "secrets", "namespace": {"n": 1}}}, "wrong_type"),
    ],
)
def test_unusable_records_raise_record_error(change, reason):
    with pytest.raises(RecordError) as err:
        COLLECTOR.normalise({**_base(), **change})
    assert err.value.reason == reason


def test_stage_timestamp_is_the_fallback():
    record = {**_base(), "requestReceivedTimestamp": None}
    assert COLLECTOR.normalise(record)["ts"] == to_ts_us("2025-03-10T14:02:11.489120+00:00")


def test_odd_shapes_do_not_crash():
    record = {
        **_base(),
        "user": "bob",
        "objectRef": "pods",
        "sourceIPs": "10.1.2.3",
        "responseStatus": None,
        "requestObject": "raw-body",
    }
    f = COLLECTOR.normalise(record)
    assert "actor_id" not in f and "outcome" not in f
    assert f["source_ip"] == "10.1.2.3"
    assert "resource_type" not in f  # objectRef unusable
    with pytest.raises(RecordError) as err:
        COLLECTOR.normalise("not an event")
    assert err.value.reason == "wrong_type"
