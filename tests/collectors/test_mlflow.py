"""The MLflow webhook collector: MLflow 3 bodies, receiver envelopes, Databricks payloads."""

from __future__ import annotations

from functools import partial

import orjson
import pytest

from aisoc.ingest.collectors import detect
from aisoc.ingest.collectors.base import to_ts_us
from aisoc.ingest.collectors.mlflow import COLLECTOR
from aisoc.ingest.errors import RecordError
from aisoc.ingest.identity import event_id
from aisoc.ingest.redact import REDACTED, redact_record

from .support import check_contract, fixture_chunks, fixture_events

chunks = partial(fixture_chunks, COLLECTOR.id)


def normalised(name: str) -> list[dict]:
    events = fixture_events(COLLECTOR, name)
    for fields in events:
        check_contract(fields)
    return events


# --- detection -----------------------------------------------------------------------------


@pytest.mark.parametrize("name", ["webhooks.jsonl", "webhooks.jsonl.gz", "receiver.jsonl", "databricks.jsonl"])
def test_fixtures_are_detected_as_mlflow(name):
    for chunk in chunks(name):
        assert detect(chunk) is COLLECTOR, chunk


def test_other_json_with_event_keys_is_not_mlflow():
    for chunk in (
        {"event": "gen_ai.content.prompt", "timestamp": 1},  # OTel-style event name
        {"event": "user.login", "data": {}},  # unknown entity
        {"event": "MODEL_VERSION_CREATED"},  # no payload fields
        {"entity": "model_version", "action": "created"},  # no data object
        {"body": "not json", "received_at": "2025-01-01T00:00:00Z"},
        {"kind": "Event", "apiVersion": "audit.k8s.io/v1", "verb": "get"},
        [],
        None,
    ):
        assert not COLLECTOR.matches(chunk), chunk


def test_split_is_identity():
    chunk = chunks("webhooks.jsonl")[0]
    assert COLLECTOR.split(chunk) == [chunk]


def test_gzip_variant_gives_the_same_events():
    assert normalised("webhooks.jsonl.gz") == normalised("webhooks.jsonl")


def test_event_ids_are_distinct():
    recs = chunks("webhooks.jsonl") + chunks("databricks.jsonl")
    assert len({event_id(COLLECTOR.id, r) for r in recs}) == len(recs) == 14


# --- MLflow 3 bodies -----------------------------------------------------------------------


def test_mlflow3_bodies():
    events = normalised("webhooks.jsonl")
    assert [e["action"] for e in events] == [
        "registered_model.created",
        "model_version.created",
        "model_version_tag.set",
        "model_version_alias.created",
        "model_version_tag.deleted",
        "model_version_alias.deleted",
        "prompt_version.created",
        "budget_policy.exceeded",
    ]
    assert {e["event_kind"] for e in events} == {"mlops.audit"}
    registered, version, tag_set, alias, tag_deleted, alias_deleted, prompt, budget = events

    assert registered["ts"] == to_ts_us("2025-04-01T09:00:00.123456+00:00")
    assert (registered["resource_type"], registered["resource_id"]) == ("registered_model", "claims-triage-llm")
    assert registered["tenant"] == "insurance-emea"
    assert registered["outcome"] == "success"

    assert (version["resource_type"], version["resource_id"]) == ("model_version", "claims-triage-llm@3")
    assert orjson.loads(version["request"])["run_id"] == "9f2b7c4d1e0a48b6a3c5d7e9f1a2b3c4"

    assert orjson.loads(tag_set["request"]) == {
        "name": "claims-triage-llm",
        "version": "3",
        "key": "validation_status",
        "value": "approved",
    }
    assert alias["resource_id"] == "claims-triage-llm@3"
    assert tag_deleted["ts"] == to_ts_us("2025-04-02T23:47:10+00:00")
    # an alias removal names no version: the registered model is the resource
    assert (alias_deleted["resource_type"], alias_deleted["resource_id"]) == ("registered_model", "claims-triage-llm")

    assert (prompt["resource_type"], prompt["resource_id"]) == ("prompt_version", "claims-summary@5")
    assert "tenant" not in prompt  # no workspace: --tenant or default applies
    assert "{{claim_text}}" in orjson.loads(prompt["request"])["template"]

    assert (budget["resource_type"], budget["resource_id"]) == ("budget_policy", "bp-claims-gateway")
    assert "outcome" not in budget
    assert "actor_id" not in registered  # MLflow bodies name no user


# --- receiver envelopes --------------------------------------------------------------------


def test_receiver_envelopes():
    flat, wrapped, text_body = normalised("receiver.jsonl")

    assert flat["action"] == "model_version_tag.set"
    assert flat["ts"] == to_ts_us("2025-04-04T07:30:00+00:00")
    assert (flat["actor_id"], flat["actor_type"]) == ("lena.fischer@insure.example", "user")
    assert flat["request_id"] == "d-5a1f9e3c-0b7d-4e2a-9c61-3f8e2d1b0a01"
    assert flat["tenant"] == "insurance-dach"
    assert flat["resource_id"] == "fraud-scorer@12"

    # the body's own timestamp wins over the receiver's received_at
    assert wrapped["ts"] == to_ts_us("2025-04-04T07:31:01.998+00:00")
    assert wrapped["action"] == "model_version_alias.created"
    assert wrapped["request_id"] == "d-6b2a0f4d-1c8e-4f3b-8d72-4a9f3e2c1b02"
    assert wrapped["tenant"] == "insurance-dach"

    # body kept as JSON text, no timestamp in it: the X-MLflow-Timestamp header (seconds) is used
    assert text_body["action"] == "registered_model.created"
    assert text_body["ts"] == 1743752000 * 1_000_000
    assert text_body["request_id"] == "d-7c3b1a5e-2d9f-4a4c-9e83-5b0a4f3d2c03"
    assert text_body["resource_id"] == "kyc-doc-extractor"


def test_signature_header_is_masked_in_stored_raw():
    wrapped = chunks("receiver.jsonl")[1]
    raw, _ = redact_record(COLLECTOR.redact(wrapped))
    assert raw["headers"]["X-MLflow-Signature"] == REDACTED
    assert raw["headers"]["X-MLflow-Delivery-Id"] == "d-6b2a0f4d-1c8e-4f3b-8d72-4a9f3e2c1b02"


# --- Databricks registry webhooks ----------------------------------------------------------


def test_databricks_payloads():
    events = {e["action"]: e for e in normalised("databricks.jsonl")}
    assert list(events) == [
        "REGISTERED_MODEL_CREATED",
        "MODEL_VERSION_CREATED",
        "TRANSITION_REQUEST_CREATED",
        "MODEL_VERSION_TRANSITIONED_STAGE",
        "MODEL_VERSION_TAG_SET",
        "COMMENT_CREATED",
    ]
    created = events["REGISTERED_MODEL_CREATED"]
    assert created["ts"] == 1743843600000 * 1000  # event_timestamp is epoch milliseconds
    assert (created["resource_type"], created["resource_id"]) == ("registered_model", "churn-propensity")
    moved = events["MODEL_VERSION_TRANSITIONED_STAGE"]
    assert (moved["resource_type"], moved["resource_id"]) == ("model_version", "churn-propensity@1")
    request = orjson.loads(moved["request"])
    assert (request["from_stage"], request["to_stage"]) == ("None", "Production")
    assert "webhook_id" not in request and "event" not in request
    assert "tenant" not in moved


# --- unusable records ----------------------------------------------------------------------


def test_record_without_any_timestamp_is_missing_timestamp():
    body = {k: v for k, v in chunks("webhooks.jsonl")[1].items() if k != "timestamp"}
    assert COLLECTOR.matches(body)
    with pytest.raises(RecordError) as err:
        COLLECTOR.normalise(body)
    assert err.value.reason == "missing_timestamp"
    wrapped = {"headers": {"Content-Type": "application/json"}, "body": body}
    with pytest.raises(RecordError) as err:
        COLLECTOR.normalise(wrapped)
    assert err.value.reason == "missing_timestamp"


@pytest.mark.parametrize(
    "change, reason",
    [
        ({"timestamp": "the other day"}, "bad_timestamp"),
        ({"timestamp": ["2025-04-01"]}, "wrong_type"),
        ({"data": ["claims-triage-llm", "3"]}, "wrong_type"),
        ({"action": 7}, "wrong_type"),
        ({"data": {"name": "m", "version": {"n": 3}}}, "wrong_type"),
    ],
)
def test_unusable_mlflow3_bodies(change, reason):
    body = {**chunks("webhooks.jsonl")[1], **change}
    with pytest.raises(RecordError) as err:
        COLLECTOR.normalise(body)
    assert err.value.reason == reason


def test_unusable_legacy_and_other_records():
    legacy = chunks("databricks.jsonl")[1]
    with pytest.raises(RecordError) as err:
        COLLECTOR.normalise({**legacy, "event_timestamp": None})
    assert err.value.reason == "missing_timestamp"
    with pytest.raises(RecordError) as err:
        COLLECTOR.normalise({k: v for k, v in legacy.items() if k != "event"})
    assert err.value.reason == "missing_field"
    with pytest.raises(RecordError) as err:
        COLLECTOR.normalise({**legacy, "event": ["MODEL_VERSION_CREATED"]})
    assert err.value.reason == "wrong_type"
    with pytest.raises(RecordError) as err:
        COLLECTOR.normalise("model_version.created")
    assert err.value.reason == "wrong_type"


def test_credential_values_in_data_are_masked_in_request_but_tag_names_kept():
    body = {**chunks("webhooks.jsonl")[2]}
    body["data"] = {**body["data"], "key": "hf_api_token", "value": "hf_notreal123", "api_token": "hf_notreal456"}
    request = orjson.loads(COLLECTOR.normalise(body)["request"])
    assert request["api_token"] == REDACTED
    assert (request["key"], request["value"]) == ("hf_api_token", REDACTED)
    assert "hf_notreal" not in COLLECTOR.normalise(body)["request"]


def test_databricks_tag_list_keeps_names_and_masks_secret_values():
    legacy = {**chunks("databricks.jsonl")[4]}
    legacy["tags"] = legacy["tags"] + [{"key": "registry_password", "value": "s3cr3t-not-real"}]
    request = orjson.loads(COLLECTOR.normalise(legacy)["request"])
    assert request["tags"] == [
        {"key": "drift_check", "value": "passed"},
        {"key": "registry_password", "value": REDACTED},
    ]
