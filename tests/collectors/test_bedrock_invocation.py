"""The AWS Bedrock model-invocation log collector on its fixtures."""

from __future__ import annotations

import copy
from functools import partial

import orjson
import pytest

from aisoc.ingest.collectors import detect
from aisoc.ingest.collectors.bedrock_invocation import COLLECTOR
from aisoc.ingest.errors import RecordError
from aisoc.ingest.identity import event_id

from .support import check_contract as check_event_contract
from .support import fixture_chunks, fixture_events, fixture_records

chunks = partial(fixture_chunks, COLLECTOR.id)


def records(name: str = "invocations.jsonl") -> list:
    return fixture_records(COLLECTOR, name)


def events(name: str = "invocations.jsonl") -> list[dict]:
    return fixture_events(COLLECTOR, name)


def check_contract(fields: dict) -> None:
    check_event_contract(fields, outcome_required=True)
    assert fields["provider"] == "aws.bedrock"


@pytest.fixture(scope="module")
def evs() -> list[dict]:
    return events()


# --- detection and splitting ---------------------------------------------------------------------


@pytest.mark.parametrize(
    "name", ["invocations.jsonl", "invocations.jsonl.gz", "cloudwatch_subscription.json", "filter_log_events.json"]
)
def test_every_chunk_is_detected_as_bedrock(name):
    for chunk in chunks(name):
        assert detect(chunk) is COLLECTOR


def test_not_detected_for_other_shapes():
    assert not COLLECTOR.matches({"modelId": "x", "operation": "InvokeModel"})  # no schemaType
    assert not COLLECTOR.matches({"eventSource": "bedrock.amazonaws.com", "eventName": "InvokeModel"})
    assert not COLLECTOR.matches({"logEvents": [{"message": '{"eventVersion": "1.09"}'}]})
    assert not COLLECTOR.matches({"logEvents": [{"message": "not json"}]})
    assert not COLLECTOR.matches({"logEvents": []})


def test_cloudwatch_envelopes_are_unpacked():
    sub = records("cloudwatch_subscription.json")
    assert [r["requestId"] for r in sub] == [
        "0a9b8c7d-6e5f-4a3b-2c1d-0e9f8a7b6c5d",
        "77e6d5c4-b3a2-4190-8f7e-6d5c4b3a2910",
    ]
    assert sub == records()[3:5]  # same records, same event ids as the S3 delivery
    assert records("filter_log_events.json") == records()[:1]


def test_one_record_per_invocation_with_unique_stable_ids():
    recs = records()
    assert len(recs) == 9
    ids = [event_id(COLLECTOR.id, r) for r in recs]
    assert len(set(ids)) == 9
    assert ids == [event_id(COLLECTOR.id, r) for r in records()]


@pytest.mark.parametrize("name", ["invocations.jsonl", "cloudwatch_subscription.json"])
def test_every_event_keeps_the_contract(name):
    for fields in events(name):
        check_contract(fields)


def test_gzip_variant(evs):
    assert events("invocations.jsonl.gz") == evs[:3]


# --- field mapping -------------------------------------------------------------------------------


def test_converse_chat(evs):
    chat = evs[0]
    assert chat["ts"] == 1741944601_000000
    assert (chat["event_kind"], chat["action"], chat["outcome"]) == ("llm.chat", "Converse", "success")
    assert chat["tenant"] == "northwind"
    assert chat["actor_id"] == "arn:aws:sts::210987654321:assumed-role/loan-assistant-task/ecs-7f3a91"
    assert chat["actor_type"] == "role"
    assert chat["request_id"] == "6c1f0a52-3b1e-4c8d-9a7e-1f2d3c4b5a61"
    assert (chat["cloud_account"], chat["cloud_region"]) == ("210987654321", "eu-central-1")
    assert chat["model"] == "anthropic.claude-3-5-sonnet-20240620-v1:0"
    assert chat["system_prompt"] == "You are Northwind's lending assistant. Answer in plain English."
    assert chat["prompt"] == "Explain the difference between APR and interest rate in one paragraph."
    assert chat["response"].startswith("The interest rate is the cost of borrowing")
    assert chat["finish_reason"] == "end_turn"
    assert (chat["tokens_in"], chat["tokens_out"], chat["latency_ms"]) == (61, 88, 812.0)
    request = orjson.loads(chat["request"])
    assert request["inferenceConfig"] == {"maxTokens": 400, "temperature": 0.2}
    assert request["requestMetadata"]["app"] == "loan-assistant"
    assert "messages" not in request and "system" not in request


def test_anthropic_invoke_model_with_tools(evs):
    inv = evs[1]
    assert inv["actor_type"] == "user"
    assert inv["tenant"] == "northwind-treasury"  # requestMetadata.tenant_id
    assert inv["prompt"] == "What's the balance of the EUR operating account?"
    assert inv["system_prompt"] == "You are a treasury assistant. Use tools for balances."
    assert [m["role"] for m in orjson.loads(inv["messages"])] == ["system", "user", "tool", "tool"]
    assert inv["response"] == "The EUR operating account holds 2,310,455.17 EUR."
    (call,) = orjson.loads(inv["tool_calls"])
    assert call["name"] == "transfer_funds" and call["id"] == "toolu_fx2"
    assert orjson.loads(call["arguments"])["amount"] == 2000000
    assert "tools" not in orjson.loads(inv["request"])


def test_titan_text(evs):
    titan = evs[2]
    assert titan["event_kind"] == "llm.completion"
    assert "tenant" not in titan
    assert titan["cloud_region"] == "eu-west-1"
    assert titan["prompt"] == "Write a two-line notice about branch opening hours over Easter."
    assert titan["response"].startswith("Our branches close on Good Friday")
    assert titan["finish_reason"] == "FINISH"


def test_converse_guardrail_block(evs):
    blocked = evs[3]
    assert blocked["outcome"] == "blocked"
    assert blocked["guardrail_action"] == "blocked"
    assert blocked["guardrail_policy"] == (
        "gr-7kq2m9x1:contentPolicy.PROMPT_ATTACK, gr-7kq2m9x1:topicPolicy.Customer data disclosure"
    )
    assert blocked["finish_reason"] == "guardrail_intervened"
    assert orjson.loads(blocked["request"])["inferenceRegion"] == "eu-west-3"


def test_invoke_model_guardrail_masking(evs):
    masked = evs[4]
    assert masked["outcome"] == "success"
    assert (masked["guardrail_action"], masked["guardrail_policy"]) == (
        "masked",
        "gr-pii01:sensitiveInformationPolicy.EMAIL",
    )
    assert masked["tenant"] == "acme-insurance"


def test_streamed_response_is_joined(evs):
    stream = evs[5]
    assert stream["action"] == "InvokeModelWithResponseStream"
    assert stream["response"] == "Proof of income, ID, and bank statements."
    assert stream["finish_reason"] == "end_turn"
    assert stream["latency_ms"] == 655.0
    assert stream["prompt"] == "Name three documents needed for a mortgage application."


def test_embedding_error_and_s3_bodies(evs):
    emb, err, big = evs[6], evs[7], evs[8]
    assert emb["event_kind"] == "llm.embedding"
    assert emb["prompt"] == "overdraft fee refund policy"
    assert "response" not in emb
    assert (err["outcome"], err["response_status"]) == ("failure", "ThrottlingException")
    assert "prompt" not in big and "messages" not in big
    assert orjson.loads(big["request"])["inputBodyS3Path"].startswith("s3://nw-bedrock-logs/")
    assert big["tokens_in"] == 48211


def test_guardrail_configured_but_silent():
    record = copy.deepcopy(records()[0])
    record["input"]["inputBodyJson"]["guardrailConfig"] = {"guardrailIdentifier": "gr-calm"}
    fields = COLLECTOR.normalise(record)
    assert (fields["guardrail_action"], fields["guardrail_policy"]) == ("none", "gr-calm")
    assert fields["outcome"] == "success"


def test_body_as_json_text_is_parsed():
    record = copy.deepcopy(records()[2])
    record["input"]["inputBodyJson"] = orjson.dumps(record["input"]["inputBodyJson"]).decode()
    assert COLLECTOR.normalise(record)["prompt"].startswith("Write a two-line notice")


# --- bad input -----------------------------------------------------------------------------------


def test_missing_timestamp():
    record = copy.deepcopy(records()[0])
    del record["timestamp"]
    with pytest.raises(RecordError) as err:
        COLLECTOR.normalise(record)
    assert err.value.reason == "missing_timestamp"


def test_bad_timestamp_text():
    record = copy.deepcopy(records()[0])
    record["timestamp"] = "yesterday"
    with pytest.raises(RecordError) as err:
        COLLECTOR.normalise(record)
    assert err.value.reason == "bad_timestamp"


@pytest.mark.parametrize(
    "path, value", [(("input", "inputTokenCount"), "a few"), (("output", "outputTokenCount"), [88])]
)
def test_wrong_type_token_counts(path, value):
    record = copy.deepcopy(records()[0])
    record[path[0]][path[1]] = value
    with pytest.raises(RecordError) as err:
        COLLECTOR.normalise(record)
    assert err.value.reason == "wrong_type"


def test_unparseable_cloudwatch_message_is_rejected_not_dropped():
    chunk = {"logEvents": [{"message": orjson.dumps(records()[0]).decode()}, {"message": "{broken"}]}
    recs = COLLECTOR.split(chunk)
    assert len(recs) == 2
    with pytest.raises(RecordError) as err:
        COLLECTOR.normalise(recs[1])
    assert err.value.reason == "wrong_type"


def test_odd_nested_shapes_do_not_crash():
    record = copy.deepcopy(records()[0])
    record.update(input="x", output={"outputBodyJson": [1, "a", None]}, identity=[], requestMetadata="tenant=evil")
    fields = COLLECTOR.normalise(record)
    assert fields["outcome"] == "success"
    assert "tenant" not in fields and "actor_id" not in fields
