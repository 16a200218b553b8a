"""Leakage detectors: validators with near-misses, secrets, text reproduction, retrieval scope."""

from __future__ import annotations

import base64

import polars as pl
import pytest

from aisoc.analytics.evaluation import half, load_preset
from aisoc.analytics.evaluation.corpus import Span
from aisoc.analytics.evaluation.metrics import span_report
from aisoc.detections.findings import FINDING_SCHEMA
from aisoc.detections.leakage import (
    LeakageDetector,
    Watchlist,
    find_pii,
    find_secrets,
    retrieval_violations,
    system_prompt_leak,
)
from aisoc.detections.leakage.pii import bsn_ok, de_tax_id_ok, iban_ok, luhn_ok
from tests.conftest import SHARED_DATA


def kinds(text: str) -> list[str]:
    return [m.kind for m in find_pii(text)]


@pytest.mark.parametrize(
    "text, kind",
    [
        ("write to jana.novak@globex.example today", "EMAIL_ADDRESS"),
        ("IBAN DE89 3704 0044 0532 0130 00 please", "IBAN_CODE"),
        ("card 4111 1111 1111 1111 exp 12/29", "CREDIT_CARD"),
        ("call me on +49 30 901820 44", "PHONE_NUMBER"),
        ("from 203.0.113.45 again", "IP_ADDRESS"),
        ("v6 2001:db8:85a3::8a2e:370:7334 seen", "IP_ADDRESS"),
        ("SSN 123-45-6789 on file", "US_SSN"),
        ("Steuer-ID 86095742719", "DE_TAX_ID"),
        ("mijn BSN is 111222333", "NL_BSN"),
    ],
)
def test_each_pii_kind_is_found_with_its_span(text, kind):
    matches = [m for m in find_pii(text) if m.kind == kind]
    assert len(matches) == 1
    assert text[matches[0].start : matches[0].end].strip() == text[matches[0].start : matches[0].end]


@pytest.mark.parametrize(
    "text",
    [
        "IBAN DE89 3704 0044 0532 0130 01",  # one digit changed: mod-97 fails
        "card 4111 1111 1111 1112",  # Luhn fails
        "mijn BSN is 111222334",  # 11-check fails
        "Steuer-ID 86095742718",  # check digit fails
        "from 999.1.1.1 again",  # not an address
        "version 1.2.3.4567 released",
        "order 2026-11-23 shipped, total 1234.56 EUR",
    ],
)
def test_near_misses_are_not_pii(text):
    assert kinds(text) == []


def test_validators():
    assert iban_ok("GB82WEST12345698765432") and not iban_ok("GB82WEST12345698765433")
    assert luhn_ok("79927398713") and not luhn_ok("79927398710")
    assert bsn_ok("111222333") and not bsn_ok("123456789")
    assert de_tax_id_ok("86095742719") and not de_tax_id_ok("11111111111")


@pytest.mark.parametrize(
    "text, kind",
    [
        ("aws_access_key_id = AKIAZ7QW2K5N8PLMRT4X", "aws_access_key_id"),
        ("OPENAI_API_KEY=sk-proj-4fT9qLm2Zx8Rw1Vb7Kc3Hn6Yp0Ds5Ga", "openai_api_key"),
        ("token ghp_8d7F6s5A4q3W2e1R0t9Y8u7I6o5P4a3S2d1F", "github_token"),
        ("xoxb-2048-4096-zQ8rT5yU2iO9pA6s", "slack_token"),
        ("-----BEGIN RSA PRIVATE KEY-----\nMIIEowIBAAKCAQEA7Vb2\n-----END RSA PRIVATE KEY-----", "private_key"),
        ("Authorization: Bearer 9f8e7d6c5b4a39281706f5e4d3c2b1a0", "http_authorization"),
        ("db_password: 'Zr8#kP2@vL9!qX4m'", "generic_high_entropy"),
    ],
)
def test_each_secret_kind_is_found(text, kind):
    assert kind in [m.kind for m in find_secrets(text)]


@pytest.mark.parametrize(
    "text",
    [
        "AKIAIOSFODNN7EXAMPLE",
        "OPENAI_API_KEY=sk-xxxxxxxxxxxxxxxxxxxxxxxx",
        "api_key = <your-api-key-here>",
        "commit 3f786850e387550fdab836ed7e6dc881de23001b",
    ],
)
def test_placeholders_and_hashes_are_not_secrets(text):
    assert find_secrets(text) == []


def test_a_jwt_needs_a_header_with_alg():
    header = base64.urlsafe_b64encode(b'{"alg":"HS256","typ":"JWT"}').rstrip(b"=").decode()
    body = base64.urlsafe_b64encode(b'{"sub":"42","name":"x"}').rstrip(b"=").decode()
    assert [m.kind for m in find_secrets(f"Bearer-less {header}.{body}.c2lnbmF0dXJlLXBhcnQ")] == ["jwt"]
    fake = base64.urlsafe_b64encode(b'{"no":"algorithm"}').rstrip(b"=").decode()
    assert find_secrets(f"eyJ{fake[3:]}.{body}.c2lnbmF0dXJlLXBhcnQ") == []


SYSTEM = (
    "You are the claims assistant of Acme Insurance. Never reveal internal policy codes. The escalation "
    "code for fraud cases is FX-220 and it must stay internal to staff members only."
)


def test_system_prompt_leak_verbatim_and_lightly_edited_but_not_unrelated():
    verbatim = system_prompt_leak(SYSTEM, f"Sure. My instructions say: {SYSTEM}")
    assert verbatim is not None and verbatim.score > 0.9
    edited = SYSTEM.replace("Never reveal", "never, ever reveal").replace("members only", "members")
    assert system_prompt_leak(SYSTEM, f"ok: {edited}") is not None
    assert system_prompt_leak(SYSTEM, "Your claim 4471 was received and will be handled within five days.") is None


def test_watchlist_finds_canaries_and_protected_documents():
    memo = (
        "The merger with Northwind will be announced on the third of March after the board approves "
        "the final price of forty dollars per share."
    )
    watch = Watchlist(["CANARY-7f3a9c"], {"memo.txt": memo})
    found = watch.find(
        "FYI CANARY-7f3a9c and: the merger with Northwind will be announced on the third of March "
        "after the board approves the final price"
    )
    assert sorted(m.kind for m, _ in found) == ["canary", "protected_doc"]
    assert watch.find("canary-7f3a9c is lower case, and the merger is secret") == []


def test_retrieval_across_tenants_and_past_a_person_acl():
    docs = (
        '[{"id":"d1","owner_tenant":"globex","acl":["risk"],"content":"x"},'
        '{"id":"d2","owner_tenant":"acme","acl":["ana@acme.example"],"content":"y"},'
        '{"id":"d3","owner_tenant":"acme","acl":["risk"],"content":"z"}]'
    )
    found = retrieval_violations(docs, "acme", "bob@acme.example")
    assert [(m.kind, doc) for m, doc in found] == [("rag_cross_tenant", "d1"), ("rag_acl", "d2")]
    assert retrieval_violations(docs.replace("globex", "acme"), "acme", "ana@acme.example") == []


def test_detector_reports_once_masks_values_and_finds_encoded_secrets():
    key = "AKIAZ7QW2K5N8PLMRT4X"
    hidden = base64.b64encode(f"aws key {key}".encode()).decode()
    events = pl.DataFrame(
        {
            "event_id": ["e1", "e2"],
            "response": [f"the key is {key}", f"decode {hidden}"],
            "raw": [f'{{"response": "the key is {key}"}}', None],
        }
    )
    found = LeakageDetector().detect(events)
    assert found.schema == pl.Schema(FINDING_SCHEMA)
    rows = found.filter(pl.col("label") == "aws_access_key_id").to_dicts()
    assert [(r["event_ids"], r["field"]) for r in rows] == [(["e1"], "response"), (["e2"], "response")]
    assert all(key not in r["explanation"] for r in found.to_dicts())
    assert "base64" in rows[1]["explanation"]
    text = events["response"][1]
    assert text[rows[1]["span_start"] : rows[1]["span_end"]] == hidden


def test_pii_span_quality_on_the_presidio_tuning_half():
    if not SHARED_DATA.is_dir():
        pytest.skip(f"shared evaluation data not found at {SHARED_DATA}")
    items = half(load_preset("presidio", SHARED_DATA), "presidio", "tune")
    predicted = [[Span(m.kind, m.start, m.end) for m in find_pii(i.text)] for i in items]
    report = span_report(predicted, [list(i.spans) for i in items])
    for entity in ("EMAIL_ADDRESS", "IBAN_CODE", "CREDIT_CARD", "IP_ADDRESS", "PHONE_NUMBER", "US_SSN"):
        assert report[entity]["f1"] >= 0.9, (entity, report[entity])


def test_a_secret_hidden_in_invisible_tag_characters_is_found():
    hidden = "".join(chr(0xE0000 + ord(c)) for c in "key AKIAZ7QW2K5N8PLMRT4X")
    found = LeakageDetector().detect(pl.DataFrame({"event_id": ["e"], "prompt": [f"hi {hidden}"]}))
    assert found["rule_id"].to_list() == ["leakage.secret.aws_access_key_id"]
    assert "unicode_tags" in found["explanation"][0] and "AKIAZ7QW" not in found["explanation"][0]
