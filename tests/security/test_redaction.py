"""Finding 4: credentials stored by ingest, and quarantine excerpts shown unmasked.

Every test ingests real files into a temporary warehouse and reads back what was stored (the
Parquet events and the DuckDB quarantine table), as a user of the warehouse would.
"""

from __future__ import annotations

import orjson
import pytest

from aisoc.analytics.access import AccessDenied, Principal
from aisoc.analytics.queries.health import quarantine_page
from aisoc.ingest import Warehouse, ingest
from aisoc.ingest.identity import event_id

from ..conftest import jsonl, run_aisoc, write

BEARER = "Bearer eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiJnYXRld2F5In0.Q2hhbmdlTWVQbGVhc2UxMjM0NTY"
SK_KEY = "sk-proj-Xq7vB2nLk9Rt4Wm8Ys1Zp3Hd6Jf0Ga5c"
AWS_ID = "AKIAZ7QW2K5N8PLMRT4X"
PEM = "-----BEGIN RSA PRIVATE KEY-----\nMIIEowIBAAKCAQEA7bq1x\n-----END RSA PRIVATE KEY-----"
SECRETS = (
    "eyJhbGciOiJIUzI1NiJ9",
    "Q2hhbmdlTWVQbGVhc2Ux",
    SK_KEY,
    AWS_ID,
    "MIIEowIBAAKCAQEA7bq1x",
    "s3cr3t-basic",
    "hunter22",
    "c2VjcmV0OnBhc3N3b3Jk",
)


def gateway_record(**extra) -> dict:
    record = {
        "id": "chatcmpl-red-1",
        "call_type": "acompletion",
        "status": "success",
        "startTime": 1741944601.25,
        "endTime": 1741944602.0,
        "model": "gpt-4o",
        "response_cost": 0.0001,
        "metadata": {"user_api_key_hash": "5f2b9c0e", "user_api_key_team_alias": "acme"},
        "messages": [{"role": "user", "content": "What is the weather?"}],
        "response": {"choices": [{"message": {"role": "assistant", "content": "Sunny."}}]},
    }
    record.update(extra)
    return record


def stored_events(warehouse: Warehouse) -> list[dict]:
    return warehouse.scan_events().collect().to_dicts()


def assert_no_secret(text: str | None) -> None:
    for secret in SECRETS:
        assert secret not in (text or ""), f"{secret!r} stored in {text!r}"


def test_gateway_request_column_does_not_copy_credentials_from_model_parameters(tmp_path, warehouse):
    record = gateway_record(
        model_parameters={
            "temperature": 0.2,
            "apiKey": SK_KEY,
            "extra_headers": {"Authorization": BEARER, "X-Trace": "t-1"},
        }
    )
    ingest([str(write(tmp_path / "gw.jsonl", jsonl([record])))], warehouse)
    [row] = stored_events(warehouse)
    request = orjson.loads(row["request"])
    assert request["model_parameters"]["temperature"] == 0.2  # what is not a secret is kept
    assert request["model_parameters"]["extra_headers"]["X-Trace"] == "t-1"
    assert_no_secret(row["request"])
    assert_no_secret(row["raw"])
    # the id is still that of the record as written, so re-ingesting it stays a no-op
    assert row["event_id"] == event_id("openai_gateway", record)


@pytest.mark.parametrize("key", ["auth", "bearer", "Proxy-Auth", "X_API_KEY", "api-key", "Set-Cookie", "basic_auth"])
def test_credential_named_keys_are_redacted_whatever_their_case_and_separators(tmp_path, warehouse, key):
    record = gateway_record(hidden_params={"additional_headers": {key: "s3cr3t-basic-hunter22"}})
    ingest([str(write(tmp_path / "gw.jsonl", jsonl([record])))], warehouse)
    [row] = stored_events(warehouse)
    assert_no_secret(row["raw"])
    assert key in row["raw"]  # the name stays: an analyst sees that a header was there


def test_headers_logged_as_name_value_pairs_are_redacted_by_their_name(tmp_path, warehouse):
    record = gateway_record(
        hidden_params={
            "request_headers": [["Authorization", "Basic c2VjcmV0OnBhc3N3b3Jk"], ["Accept", "application/json"]],
            "response_headers": [{"name": "set-cookie", "value": "session=hunter22"}],
        }
    )
    ingest([str(write(tmp_path / "gw.jsonl", jsonl([record])))], warehouse)
    [row] = stored_events(warehouse)
    raw = orjson.loads(row["raw"])
    assert raw["hidden_params"]["request_headers"][1] == ["Accept", "application/json"]
    assert raw["hidden_params"]["request_headers"][0][0] == "Authorization"
    assert_no_secret(row["raw"])


def test_credential_shaped_values_are_redacted_under_any_key(tmp_path, warehouse):
    record = gateway_record(
        model_parameters={"note": f"use {SK_KEY} for now", "x": [{"y": BEARER}]},
        hidden_params={"blob": PEM, "cfg": f"aws id {AWS_ID}"},
    )
    ingest([str(write(tmp_path / "gw.jsonl", jsonl([record])))], warehouse)
    [row] = stored_events(warehouse)
    assert_no_secret(row["raw"])
    assert_no_secret(row["request"])
    assert "use [REDACTED] for now" in row["raw"]  # the text around a credential is kept


def test_an_access_key_id_under_its_own_name_is_kept_for_investigations(tmp_path, warehouse):
    from ..conftest import cloudtrail_record

    ingest([str(write(tmp_path / "ct.jsonl", jsonl([cloudtrail_record(1)])))], warehouse)
    [row] = stored_events(warehouse)
    assert orjson.loads(row["raw"])["userIdentity"]["accessKeyId"] == "AKIAEXAMPLEKEYID0001"


# --- quarantine excerpts -----------------------------------------------------------------------

PII_LINE = (
    '{"user": "mallory@example.com", "ssn": "123-45-6789", "phone": "+1 415 555 0100", '
    f'"headers": {{"Authorization": "{BEARER}"}}, "note": "{SK_KEY}", broken'
)


def _quarantine_one(tmp_path, warehouse, tenant="acme") -> None:
    report = ingest(
        [str(write(tmp_path / "bad.jsonl", PII_LINE.encode() + b"\n"))],
        warehouse,
        source="openai_gateway",
        tenant=tenant,
    )
    assert report.quarantined == 1


def test_quarantine_excerpts_are_stored_without_credentials(tmp_path, warehouse):
    _quarantine_one(tmp_path, warehouse)
    with warehouse.state(read_only=True) as con:
        [(excerpt,)] = con.execute("SELECT excerpt FROM quarantine").fetchall()
    assert_no_secret(excerpt)


def test_quarantine_excerpts_of_parsed_records_are_stored_without_credential_values(tmp_path, warehouse):
    record = {"no_timestamp": True, "blob": f"token {SK_KEY}", "hdr": [["bearer", "hunter22-xyz"]]}
    ingest([str(write(tmp_path / "bad.jsonl", jsonl([record])))], warehouse, source="openai_gateway")
    with warehouse.state(read_only=True) as con:
        [(excerpt,)] = con.execute("SELECT excerpt FROM quarantine").fetchall()
    assert_no_secret(excerpt)


def test_viewers_see_quarantine_excerpts_with_pii_masked(tmp_path, warehouse):
    _quarantine_one(tmp_path, warehouse)
    viewer = Principal.of("vera", "viewer", ["acme"])
    rows, total = quarantine_page(warehouse, viewer)
    assert total == 1
    excerpt = rows["excerpt"][0]
    for value in ("mallory@example.com", "123-45-6789", "415 555 0100"):
        assert value not in excerpt
    assert "EMAIL_ADDRESS" in excerpt


def test_responders_who_unmask_see_pii_but_never_credentials(tmp_path, warehouse):
    _quarantine_one(tmp_path, warehouse)
    responder = Principal.of("rhea", "responder", ["acme"])
    rows, _ = quarantine_page(warehouse, responder, unmask=True)
    assert "mallory@example.com" in rows["excerpt"][0]
    assert_no_secret(rows["excerpt"][0])
    with pytest.raises(AccessDenied):
        quarantine_page(warehouse, Principal.of("vera", "viewer", ["acme"]), unmask=True)


def test_excerpts_stored_by_older_releases_are_masked_when_read(tmp_path, warehouse):
    _quarantine_one(tmp_path, warehouse)
    with warehouse.state() as con:  # what an older release stored: the line as it was
        con.execute("UPDATE quarantine SET excerpt = ?", [PII_LINE])
    viewer = Principal.of("vera", "viewer", ["acme"])
    rows, _ = quarantine_page(warehouse, viewer)
    assert "mallory@example.com" not in rows["excerpt"][0]
    assert_no_secret(rows["excerpt"][0])
    rows, _ = quarantine_page(warehouse, Principal.of("rhea", "responder", ["acme"]), unmask=True)
    assert_no_secret(rows["excerpt"][0])


def test_quarantine_cli_masks_excerpts_unless_asked_to_unmask(tmp_path, warehouse):
    _quarantine_one(tmp_path, warehouse)
    with warehouse.state() as con:
        con.execute("UPDATE quarantine SET excerpt = ?", [PII_LINE])
    result = run_aisoc("quarantine", "list", "--warehouse", str(warehouse.root), "--format", "jsonl")
    assert result.returncode == 0, result.stderr
    [row] = [orjson.loads(line) for line in result.stdout.splitlines()]
    assert "mallory@example.com" not in row["excerpt"] and "123-45-6789" not in row["excerpt"]
    assert_no_secret(row["excerpt"])
    shown = run_aisoc("quarantine", "list", "--warehouse", str(warehouse.root), "--format", "jsonl", "--unmask")
    assert shown.returncode == 0, shown.stderr
    [row] = [orjson.loads(line) for line in shown.stdout.splitlines()]
    assert "mallory@example.com" in row["excerpt"]
    assert_no_secret(row["excerpt"])


# --- values under credential names that are not strings (issue 15 follow-up) --------------------


def test_lists_and_objects_under_credential_names_are_redacted_in_raw_and_request(tmp_path, warehouse):
    """The name rule used to apply to string values only: a list or an object under a credential
    name was stored as it came (none of these values has a credential *shape*)."""
    record = gateway_record(
        model_parameters={
            "extra_headers": {
                "X-Api-Key": ["k0123plainkeyvalue"],
                "Authorization": ["Tok3nplainvalue", "second2value"],
            },
            "password": {"plain": "hunter22hunter22", "nested": [{"again": "hunter22nested"}]},
        }
    )
    ingest([str(write(tmp_path / "gw.jsonl", jsonl([record])))], warehouse)
    [row] = stored_events(warehouse)
    for column in ("raw", "request"):
        for value in ("k0123plainkeyvalue", "Tok3nplainvalue", "second2value", "hunter22hunter22", "hunter22nested"):
            assert value not in row[column], f"{value} stored in {column}"
    params = orjson.loads(row["raw"])["model_parameters"]
    assert params["extra_headers"]["X-Api-Key"] == ["[REDACTED]"]  # the shape is kept, the text masked
    assert params["password"] == {"plain": "[REDACTED]", "nested": [{"again": "[REDACTED]"}]}


def test_identifiers_inside_a_credentials_object_are_kept():
    """STS answers carry {"credentials": {"accessKeyId", "sessionToken", "expiration"}}: the key id
    and the expiry identify the session for investigations; the token is the secret."""
    from aisoc.ingest.redact import redact_record

    record = {
        "credentials": {
            "accessKeyId": "ASIAZ7QW2K5N8PLMRT4X",
            "sessionToken": "IQoJb3JpZ2luX2VjEJr",
            "expiration": "Mar 1, 2026, 1:00:00 AM",
            "secretAccessKey": "wJalrXUtnFEMI0K7MDENG",
        }
    }
    redacted, _ = redact_record(record)
    assert redacted == {
        "credentials": {
            "accessKeyId": "ASIAZ7QW2K5N8PLMRT4X",
            "sessionToken": "[REDACTED]",
            "expiration": "Mar 1, 2026, 1:00:00 AM",
            "secretAccessKey": "[REDACTED]",
        }
    }


def test_quarantine_details_are_stored_without_credentials(tmp_path, warehouse):
    """A reason's detail quotes the value that broke the record: it is redacted like the excerpt."""
    records = [
        gateway_record(id="r-1", startTime=f"password=hunter22hunter22 {SK_KEY}"),
        gateway_record(id="r-2", response_cost=SK_KEY),
    ]
    report = ingest([str(write(tmp_path / "gw.jsonl", jsonl(records)))], warehouse)
    assert report.quarantined == 2
    with warehouse.state(read_only=True) as con:
        details = [d for (d,) in con.execute("SELECT detail FROM quarantine ORDER BY line").fetchall()]
    assert details[0].startswith("startTime: not a timestamp") and details[1].startswith("response_cost: expected")
    for detail in details:
        assert_no_secret(detail)
        assert "Xq7vB2nLk9Rt4" not in detail  # not even the cut start of the key


def test_a_collector_error_detail_is_redacted():
    from aisoc.ingest.records import _rejection

    error = ValueError(f"unexpected {{'password': 'hunter22hunter22'}} near {SK_KEY}")
    rejected = _rejection(3, "openai_gateway", error, {"x": 1})
    assert rejected.reason == "collector_error" and rejected.detail.startswith("ValueError: unexpected")
    assert_no_secret(rejected.detail)
