"""Structural redaction of credentials in raw records."""

from __future__ import annotations

import polars as pl
import pytest

from aisoc.ingest.redact import (
    RAW_STRING_LIMIT,
    REDACTED,
    is_secret_name,
    mask_excerpt,
    redact_json_text,
    redact_record,
    scrub_frame,
    scrub_text,
)


def test_credential_names_are_secret_and_credential_identifiers_are_not():
    for name in [
        "Authorization",
        "api_key",
        "x-api-token",
        "client_secret",
        "password",
        "sessionToken",
        "AWS_SECRET_ACCESS_KEY",
        "private_key",
        "Cookie",
    ]:
        assert is_secret_name(name), name
    for name in [
        "accessKeyId",
        "user_api_key_hash",
        "user_api_key_alias",
        "keyName",
        "prompt_tokens",
        "total_tokens",
        "max_tokens",
        "secretArn",
        "SecretId",
        "user_api_key_user_email",
    ]:
        assert not is_secret_name(name), name


def test_values_under_secret_names_are_masked_and_the_rest_kept():
    record = {
        "headers": {"Authorization": "Bearer abc", "Accept": "json"},
        "usage": {"prompt_tokens": 12},
        "creds": {"accessKeyId": "AKIA1", "secretAccessKey": "wJal"},
    }
    redacted, changed = redact_record(record)
    assert changed
    assert redacted == {
        "headers": {"Authorization": REDACTED, "Accept": "json"},
        "usage": {"prompt_tokens": 12},
        "creds": {"accessKeyId": "AKIA1", "secretAccessKey": REDACTED},
    }
    assert record["headers"]["Authorization"] == "Bearer abc"  # the input is not modified


def test_name_value_pairs_mask_by_their_label_and_keep_the_label():
    record = {
        "tags": [{"key": "env", "value": "prod"}, {"key": "api_token", "value": "t0k"}],
        "otlp": [{"key": "http.request.header.authorization", "value": {"stringValue": "Bearer x"}}],
        "hdr": [{"name": "X-Api-Key", "value": "k"}],
    }
    redacted, _ = redact_record(record)
    assert redacted["tags"] == [{"key": "env", "value": "prod"}, {"key": "api_token", "value": REDACTED}]
    assert redacted["otlp"][0]["value"] == {"stringValue": REDACTED}
    assert redacted["hdr"][0] == {"name": "X-Api-Key", "value": REDACTED}


def test_clean_records_are_returned_as_they_are():
    record = {"a": [{"b": "c"}], "n": 1}
    redacted, changed = redact_record(record)
    assert redacted is record and not changed


def test_huge_strings_are_cut_in_raw():
    redacted, changed = redact_record({"prompt": "x" * (RAW_STRING_LIMIT + 5)})
    assert changed and len(redacted["prompt"]) < RAW_STRING_LIMIT + 40
    assert redacted["prompt"].endswith("…[cut 5 chars]")


def test_excerpts_of_unparsable_text_mask_credential_pairs():
    text = mask_excerpt(b'{"user": "bob", "api_key": "sk-live-123", "Password" : "pw", broken')
    assert "sk-live-123" not in text and '"pw"' not in text and '"bob"' in text


def test_names_are_compared_word_by_word_whatever_the_case_and_separators():
    for name in [
        "auth",
        "Proxy-Auth",
        "bearer",
        "X-API-KEY",
        "x_api_key",
        "apiKey",
        "APIKey",
        "api.key",
        "Set-Cookie",
        "subscriptionKey",
        "subscriptionkey",
        "AccountKey",
        "Ocp-Apim-Subscription-Key",
        "db_pwd",
        "basic_auth",
    ]:
        assert is_secret_name(name), name
    for name in [
        "author",
        "authType",
        "token_count",
        "tokenizer",
        "keyName",
        "key",
        "monkey",
        "password_policy",
        "expires_at",
        "bypass_guardrail",
    ]:
        assert not is_secret_name(name), name


def test_header_pairs_are_redacted_by_their_name():
    record = {
        "pairs": [["Authorization", "Basic dXNlcjpwYXNz"], ["Accept", "json"]],
        "flat": ["Host", "api.example", "X-Api-Key", "k-123", "Accept", "json"],
        "objects": [{"header": "Cookie", "value": "sid=1"}],
    }
    redacted, _ = redact_record(record)
    assert redacted["pairs"] == [["Authorization", REDACTED], ["Accept", "json"]]
    assert redacted["flat"] == ["Host", "api.example", "X-Api-Key", REDACTED, "Accept", "json"]
    assert redacted["objects"] == [{"header": "Cookie", "value": REDACTED}]


@pytest.mark.parametrize(
    "secret",
    [
        "Bearer eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxIn0.c2lnbmF0dXJlMTIz",
        "Basic dXNlcjpwYXNz",
        "sk-proj-Xq7vB2nLk9Rt4Wm8Ys1Zp3Hd6Jf0Ga5c",
        "sk-ant-api03-abcDEF123456ghiJKL789012",
        "AKIAZ7QW2K5N8PLMRT4X",
        "ghp_0123456789abcdefABCDEF0123456789abcd",
        "xoxb-1234567890-abcdefghij",
        "AIzaSyA1234567890abcdefghijklmnopqrstuv",
        "hf_abcdefghijklmnopqrstuvwxyz0123456789",
        "password=hunter22",
        "api_key: 8f14e45fceea167a",
        "-----BEGIN PRIVATE KEY-----\nMIIBVgIBADAN\n-----END PRIVATE KEY-----",
        "-----BEGIN OPENSSH PRIVATE KEY-----\nb3BlbnNzaC1rZXktdjEAAAAA (cut, no END line)",
    ],
)
def test_credential_shapes_are_redacted_under_any_name_and_the_text_around_kept(secret):
    redacted, changed = redact_record({"note": f"before {secret} after", "list": [secret]})
    assert changed
    for value in (redacted["note"], redacted["list"][0]):
        assert REDACTED in value
        assert secret.split()[-1] not in value or secret.split()[-1] in ("line)",)
    assert redacted["note"].startswith("before ")


@pytest.mark.parametrize(
    "text",
    [
        "Basic concepts of banking",
        "the bearer of this letter",
        "max_tokens: 4096",
        "token budget exceeded",
        "task-management-system-design",
        "An sk-learn pipeline",
        "accessKeyId lookups",
        "monkey: bananas",
    ],
)
def test_ordinary_text_is_left_alone(text):
    assert scrub_text(text) is text


def test_an_access_key_id_is_kept_under_its_own_name_and_redacted_elsewhere():
    redacted, _ = redact_record(
        {"userIdentity": {"accessKeyId": "AKIAZ7QW2K5N8PLMRT4X"}, "note": "AKIAZ7QW2K5N8PLMRT4X"}
    )
    assert redacted == {"userIdentity": {"accessKeyId": "AKIAZ7QW2K5N8PLMRT4X"}, "note": REDACTED}


def test_json_columns_are_redacted_by_name_and_shape():
    text = '{"model_parameters": {"apiKey": "abc123", "note": "sk-proj-Xq7vB2nLk9Rt4Wm8Ys1Zp3Hd6Jf0Ga5c"}}'
    assert redact_json_text(text) == '{"model_parameters":{"apiKey":"[REDACTED]","note":"[REDACTED]"}}'
    assert (
        redact_json_text(text, shapes=False)
        == '{"model_parameters":{"apiKey":"[REDACTED]","note":"sk-proj-Xq7vB2nLk9Rt4Wm8Ys1Zp3Hd6Jf0Ga5c"}}'
    )


def test_the_frame_pass_scrubs_only_what_its_gate_flags_and_finds_what_python_would():
    texts = [
        '{"a":"hello"}',
        '{"a":"x\\tBearer\\tabcd1234efgh"}',
        '{"a":"\\u0001sk-proj-Xq7vB2nLk9Rt4Wm8Ys1Z"}',
        '{"accessKeyId":"AKIAZ7QW2K5N8PLMRT4X"}',
        '{"b":"AKIAZ7QW2K5N8PLMRT4X"}',
        '{"c":"{\\"password\\": \\"hunter22\\"}"}',
        None,
    ]
    frame = scrub_frame(pl.DataFrame({"raw": texts}), json_columns=("raw",))
    out = frame["raw"].to_list()
    assert out[0] is not None and out[0] == texts[0] and out[3] == texts[3] and out[6] is None
    for i in (1, 2, 4, 5):
        assert REDACTED in out[i], out[i]


def test_scrubbing_stays_linear_on_hostile_text(monkeypatch):
    # Linear because every match the engine returns is judged once and the next search starts
    # past it: count the judgements and check each one moves the scan forward.
    import aisoc.ingest.redact as redact

    judged: list[tuple[int, int]] = []
    judge = redact._judge

    def counting(text, match):
        new, position = judge(text, match)
        judged.append((match.start(), position))
        return new, position

    monkeypatch.setattr(redact, "_judge", counting)
    hostile = "monkey:" * 20000 + "sk-" * 20000 + "Basic abcdefgh " * 5000
    assert scrub_text(hostile) == hostile  # nothing in it is a credential
    assert len(judged) <= hostile.count("key") + hostile.count("sk-") + hostile.count("Basic")
    assert all(position > start for start, position in judged)
    assert all(b[0] >= a[1] for a, b in zip(judged, judged[1:]))
    # A BEGIN line with no END hides the rest of the text in one step, however many follow.
    assert scrub_text("x " + "-----BEGIN RSA PRIVATE KEY-----" * 2000) == "x " + REDACTED


@pytest.mark.parametrize(
    "text",
    [
        "system:serviceaccount:external-secrets:external-secrets",
        "arn:aws:secretsmanager:eu-central-1:111122223333:secret:prod/db-AbCdEf",
        "projects/p1/secrets/api-key/versions/3",
    ],
)
def test_identifiers_with_colons_are_not_read_as_name_value_pairs(text):
    assert scrub_text(text) is text


def test_escaped_json_pairs_inside_text_are_masked():
    # A JSON document logged as a string inside a broken line: its quotes arrive escaped.
    line = b'{"msg": "{\\"password\\": \\"hunter2hunter2\\", \\"api_key\\": \\"two words\\", \\"user\\": \\"bob\\"}", broken'
    excerpt = mask_excerpt(line)
    assert "hunter2hunter2" not in excerpt and "two words" not in excerpt, excerpt
    assert '\\"user\\": \\"bob\\"' in excerpt and '\\"password\\"' in excerpt  # names and the rest kept
    text = 'request body {\\"password\\": \\"hunter2hunter2\\"} sent'
    scrubbed = scrub_text(text)
    assert "hunter2hunter2" not in scrubbed and scrubbed.startswith('request body {\\"password\\"'), scrubbed


def test_the_frame_gates_flag_escaped_pairs():
    import orjson

    inner = '{\\"password\\": \\"hunter2hunter2\\"}'  # a JSON document logged inside a string
    raw = orjson.dumps({"body": inner}).decode()  # stored once more as JSON: the backslashes double
    frame = pl.DataFrame({"raw": [raw], "text": [inner]})
    out = scrub_frame(frame, json_columns=("raw",), text_columns=("text",))
    assert "hunter2hunter2" not in out["raw"][0] and "hunter2hunter2" not in out["text"][0], out.row(0)
