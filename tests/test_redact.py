"""Structural redaction of credentials in raw records."""

from __future__ import annotations

from ingest.redact import RAW_STRING_LIMIT, REDACTED, is_secret_name, mask_excerpt, redact_record


def test_credential_names_are_secret_and_credential_identifiers_are_not():
    for name in ["Authorization", "api_key", "x-api-token", "client_secret", "password", "sessionToken",
                 "AWS_SECRET_ACCESS_KEY", "private_key", "Cookie"]:
        assert is_secret_name(name), name
    for name in ["accessKeyId", "user_api_key_hash", "user_api_key_alias", "keyName", "prompt_tokens",
                 "total_tokens", "max_tokens", "secretArn", "SecretId", "user_api_key_user_email"]:
        assert not is_secret_name(name), name


def test_values_under_secret_names_are_masked_and_the_rest_kept():
    record = {"headers": {"Authorization": "Bearer abc", "Accept": "json"}, "usage": {"prompt_tokens": 12},
              "creds": {"accessKeyId": "AKIA1", "secretAccessKey": "wJal"}}
    redacted, changed = redact_record(record)
    assert changed
    assert redacted == {"headers": {"Authorization": REDACTED, "Accept": "json"}, "usage": {"prompt_tokens": 12},
                        "creds": {"accessKeyId": "AKIA1", "secretAccessKey": REDACTED}}
    assert record["headers"]["Authorization"] == "Bearer abc"  # the input is not modified


def test_name_value_pairs_mask_by_their_label_and_keep_the_label():
    record = {"tags": [{"key": "env", "value": "prod"}, {"key": "api_token", "value": "t0k"}],
              "otlp": [{"key": "http.request.header.authorization", "value": {"stringValue": "Bearer x"}}],
              "hdr": [{"name": "X-Api-Key", "value": "k"}]}
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
