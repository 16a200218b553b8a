"""The CloudTrail collector on its own fixtures and on real Stratus Red Team records."""

from __future__ import annotations

from functools import partial
from pathlib import Path

import orjson
import pytest

from aisoc.ingest.collectors import detect
from aisoc.ingest.collectors.base import to_ts_us
from aisoc.ingest.collectors.cloudtrail import COLLECTOR
from aisoc.ingest.errors import RecordError
from aisoc.ingest.identity import event_id
from aisoc.ingest.redact import REDACTED, redact_record

from ..conftest import SHARED_DATA
from .support import FIXTURES, check_contract, fixture_chunks, fixture_events, fixture_records

STRATUS = SHARED_DATA / "stratus"

chunks = partial(fixture_chunks, COLLECTOR.id)
records = partial(fixture_records, COLLECTOR)
normalised = partial(fixture_events, COLLECTOR)


def by_action(name: str) -> dict[str, dict]:
    return {fields["action"]: fields for fields in normalised(name)}


# --- detection and splitting ---------------------------------------------------------------


@pytest.mark.parametrize("name", ["records.json", "array.json", "events.jsonl", "events.jsonl.gz"])
def test_every_fixture_shape_is_detected_as_cloudtrail(name):
    assert detect(chunks(name)[0]) is COLLECTOR


def test_whole_records_document_is_detected_and_split():
    doc = orjson.loads((FIXTURES / COLLECTOR.id / "records.json").read_bytes())
    assert detect(doc) is COLLECTOR
    assert [r["eventName"] for r in COLLECTOR.split(doc)] == [
        "InvokeModel",
        "GetObject",
        "GetSecretValue",
        "CreateAccessKey",
    ]
    bare = doc["Records"][0]
    assert COLLECTOR.split(bare) == [bare]


def test_jsonl_line_holding_records_object_yields_each_record():
    lines = chunks("events.jsonl")
    assert len(lines) == 3
    assert [r["eventName"] for r in COLLECTOR.split(lines[1])] == ["Converse", "DeleteGuardrail"]
    assert [r["eventName"] for r in records("events.jsonl")] == [
        "ConsoleLogin",
        "Converse",
        "DeleteGuardrail",
        "ListObjects",
    ]


def test_gzip_variant_gives_the_same_events():
    assert normalised("events.jsonl.gz") == normalised("events.jsonl")


def test_other_formats_are_not_taken_for_cloudtrail():
    s3_notification = {
        "Records": [
            {
                "eventVersion": "2.1",
                "eventSource": "aws:s3",
                "eventTime": "2025-03-01T00:00:00Z",
                "eventName": "ObjectCreated:Put",
            }
        ]
    }
    k8s_event = {
        "kind": "Event",
        "apiVersion": "audit.k8s.io/v1",
        "verb": "get",
        "requestReceivedTimestamp": "2025-03-01T00:00:00Z",
    }
    chat = {"model": "gpt-4o", "messages": [{"role": "user", "content": "hi"}]}
    for chunk in (s3_notification, k8s_event, chat, {"Records": []}, [], "text", None):
        assert not COLLECTOR.matches(chunk)


def test_event_ids_are_stable_and_distinct():
    recs = records("records.json") + records("events.jsonl")
    ids = [event_id(COLLECTOR.id, r) for r in recs]
    assert len(set(ids)) == len(recs) == 8
    assert ids == [event_id(COLLECTOR.id, r) for r in records("records.json") + records("events.jsonl.gz")]


# --- field mapping -------------------------------------------------------------------------


def test_bedrock_invoke_model_by_assumed_role():
    f = by_action("records.json")["InvokeModel"]
    check_contract(f)
    assert f["ts"] == to_ts_us("2025-03-04T09:15:02+00:00")
    assert f["event_kind"] == "cloud.audit"
    assert f["outcome"] == "success" and f["response_status"] == "success"
    assert f["actor_id"] == "arn:aws:sts::111122223333:assumed-role/ml-app-runtime/claims-bot"
    assert f["actor_type"] == "role"
    assert f["api_key_id"] == "ASIAQXAMPLECLAIMS01"
    assert f["provider"] == "aws.bedrock"
    assert f["model"] == "anthropic.claude-3-5-sonnet-20240620-v1:0"
    assert f["resource_type"] == "bedrock_model"
    assert f["resource_id"] == "anthropic.claude-3-5-sonnet-20240620-v1:0"
    assert f["cloud_account"] == "111122223333" and f["cloud_region"] == "eu-central-1"
    assert f["source_ip"] == "10.20.30.40"
    assert f["user_agent"].startswith("Boto3/1.34.51")
    assert f["request_id"] == "5b0d6c1e-2f4a-4e0b-9a51-1c6f3d0e7a10"
    assert orjson.loads(f["request"]) == {"modelId": "anthropic.claude-3-5-sonnet-20240620-v1:0"}


def test_s3_object_read_by_iam_user():
    f = by_action("records.json")["GetObject"]
    assert f["actor_id"] == "arn:aws:iam::111122223333:user/dana.berger"
    assert f["actor_type"] == "user"
    assert f["resource_type"] == "s3_object"
    assert f["resource_id"] == "claims-training-data/exports/2025-02/policyholders.parquet"
    assert "provider" not in f and "model" not in f


def test_denied_secret_read_is_a_failure_with_the_error_code():
    f = by_action("records.json")["GetSecretValue"]
    assert f["outcome"] == "failure"
    assert f["response_status"] == "AccessDenied"
    assert f["cloud_account"] == "444455556666" and f["cloud_region"] == "eu-west-1"
    assert "request" not in f and "resource_type" not in f  # requestParameters was null


def test_root_creates_access_key_for_iam_user():
    f = by_action("records.json")["CreateAccessKey"]
    assert f["actor_id"] == "arn:aws:iam::111122223333:root"
    assert f["actor_type"] == "user"
    assert (f["resource_type"], f["resource_id"]) == ("iam_user", "svc-batch-scoring")


def test_aws_service_identity_and_sagemaker_endpoint():
    f = by_action("array.json")
    role = f["AssumeRole"]
    assert role["actor_id"] == "sagemaker.amazonaws.com"
    assert role["actor_type"] == "service" and role["app"] == "sagemaker.amazonaws.com"
    assert role["resource_type"] == "iam_role"
    assert role["resource_id"] == "arn:aws:iam::111122223333:role/sagemaker-exec-fraud"
    assert "api_key_id" not in role
    endpoint = f["UpdateEndpoint"]
    assert (endpoint["resource_type"], endpoint["resource_id"]) == ("sagemaker_endpoint", "fraud-scoring-prod")
    assert endpoint["ts"] == to_ts_us("2025-03-07T11:24:51+00:00")


def test_jsonl_events():
    f = by_action("events.jsonl")
    login = f["ConsoleLogin"]
    assert login["outcome"] == "failure"  # no errorCode: the verdict is in responseElements
    assert login["response_status"] == "failure"
    assert login["source_ip"] == "185.220.101.45"
    converse = f["Converse"]
    assert (converse["provider"], converse["model"]) == ("aws.bedrock", "amazon.nova-pro-v1:0")
    assert converse["ts"] == to_ts_us("2025-03-08T10:00:00.123+00:00")
    guardrail = f["DeleteGuardrail"]
    assert (guardrail["resource_type"], guardrail["resource_id"]) == ("bedrock_guardrail", "gr-claims-pii-filter")
    assert "model" not in guardrail  # a management call, not a model invocation
    anon = f["ListObjects"]
    assert anon["actor_type"] == "anonymous" and anon["actor_id"] == "anonymous"
    assert (anon["resource_type"], anon["resource_id"]) == ("s3_bucket", "public-model-cards")


def test_stored_raw_has_session_token_masked():
    record = records("array.json")[0]
    raw, count = redact_record(COLLECTOR.redact(record))
    assert raw["responseElements"]["credentials"]["sessionToken"] == REDACTED
    assert raw["responseElements"]["credentials"]["accessKeyId"] == "ASIAQXAMPLESMEXEC001"
    assert count == 1


def test_request_column_masks_credential_values():
    record = records("records.json")[0]
    record = {**record, "requestParameters": {"userName": "x", "password": "hunter2-Spring!"}}
    assert orjson.loads(COLLECTOR.normalise(record)["request"]) == {"userName": "x", "password": REDACTED}


# --- unusable records ----------------------------------------------------------------------


def _base() -> dict:
    return records("records.json")[0]


@pytest.mark.parametrize(
    "change, reason",
    [
        ({"eventTime": None}, "missing_timestamp"),
        ({"eventTime": ""}, "missing_timestamp"),
        ({"eventTime": "last tuesday"}, "bad_timestamp"),
        ({"eventTime": ["2025-03-04T09:15:02Z"]}, "wrong_type"),
        ({"eventName": None}, "missing_field"),
        ({"eventName": 42}, "wrong_type"),
        ({"sourceIPAddress": {"ip": "10.0.0.1"}}, "wrong_type"),
        ({"errorCode": ["AccessDenied"]}, "wrong_type"),
    ],
)
def test_unusable_records_raise_record_error(change, reason):
    record = {**_base(), **change}
    with pytest.raises(RecordError) as err:
        COLLECTOR.normalise(record)
    assert err.value.reason == reason


def test_missing_event_time_key_is_missing_timestamp():
    record = _base()
    del record["eventTime"]
    with pytest.raises(RecordError) as err:
        COLLECTOR.normalise(record)
    assert err.value.reason == "missing_timestamp"


@pytest.mark.parametrize("element", ["just text", 7, ["nested"]])
def test_non_object_inside_records_is_wrong_type(element):
    (record,) = COLLECTOR.split({"Records": [element]})
    with pytest.raises(RecordError) as err:
        COLLECTOR.normalise(record)
    assert err.value.reason == "wrong_type"


def test_odd_shapes_do_not_crash():
    record = {
        **_base(),
        "userIdentity": "someone",
        "requestParameters": ["a", "b"],
        "resources": "none",
        "responseElements": "x",
    }
    f = COLLECTOR.normalise(record)
    assert "actor_id" not in f and "api_key_id" not in f
    assert f["request"] == '["a","b"]'
    assert f["provider"] == "aws.bedrock" and "model" not in f


# --- real records: Stratus Red Team detonations ---------------------------------------------


def _stratus_files() -> list[Path]:
    if not STRATUS.is_dir():
        pytest.skip(
            f"{STRATUS} absent: the real Stratus Red Team CloudTrail records live in "
            "$AISOC_SHARED_DATA/stratus (default ../shared/data/stratus beside the project)"
        )
    return sorted(STRATUS.glob("*.json"))


def test_every_stratus_record_normalises():
    files = _stratus_files()
    assert len(files) == 35
    events = {}
    for path in files:
        doc = orjson.loads(path.read_bytes())
        assert detect(doc[0]) is COLLECTOR, path.name
        out = []
        for element in doc:
            for record in COLLECTOR.split(element):
                fields = COLLECTOR.normalise(record)
                check_contract(fields)
                out.append(fields)
        events[path.stem] = out
    every = [f for out in events.values() for f in out]
    assert len(every) == 310
    assert sum(f["outcome"] == "failure" for f in every) == 52
    assert {f["event_kind"] for f in every} == {"cloud.audit"}
    assert sum(f["actor_type"] == "role" for f in every) == 68

    (invoke,) = [f for f in events["aws.impact.bedrock-invoke-model"] if f["action"] == "InvokeModel"]
    assert invoke["provider"] == "aws.bedrock"
    assert invoke["model"] == "anthropic.claude-3-sonnet-20240229-v1:0"
    assert invoke["source_ip"] == "035.249.253.232"  # kept as written
    assert invoke["actor_id"] == "arn:aws:sts::494659789341:assumed-role/test-role/cli"
    assert invoke["cloud_account"] == "494659789341"
    assert invoke["ts"] == to_ts_us("2024-10-17T20:11:24+00:00")

    leave = events["aws.defense-evasion.organizations-leave"]
    assert [f["response_status"] for f in leave if f["action"] == "LeaveOrganization"] == ["AccessDenied"]

    federation = {f["action"]: f for f in events["aws.persistence.sts-federation-token"]}
    assert (federation["GetFederationToken"]["resource_type"], federation["GetFederationToken"]["resource_id"]) == (
        "federated_user",
        "stratus_red_team",
    )
    assert federation["GetCallerIdentity"]["actor_type"] == "user"  # a FederatedUser

    admin = {f["action"]: f for f in events["aws.persistence.iam-create-admin-user"]}
    assert admin["AttachUserPolicy"]["resource_id"] == "malicious-iam-user"
    assert json_of(admin["AttachUserPolicy"])["policyArn"] == "arn:aws:iam::aws:policy/AdministratorAccess"


def json_of(fields: dict) -> dict:
    return orjson.loads(fields["request"])


def test_stratus_session_token_is_masked_in_stored_raw():
    _stratus_files()
    doc = orjson.loads((STRATUS / "aws.persistence.sts-federation-token.json").read_bytes())
    (record,) = [r for r in doc if r["eventName"] == "GetFederationToken"]
    raw, _ = redact_record(COLLECTOR.redact(record))
    assert raw["responseElements"]["credentials"]["sessionToken"] == REDACTED
    assert "IQoJ" not in orjson.dumps(raw).decode()
