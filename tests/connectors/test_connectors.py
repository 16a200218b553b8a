"""Action connectors against a real HTTP receiver on 127.0.0.1: dry run, signing, failures, settings."""

from __future__ import annotations

import hashlib
import hmac
import socket
import threading
import time
from datetime import UTC, datetime
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import orjson
import pytest

from aisoc.analytics.cases.connectors import (
    CONNECTOR_KINDS,
    ActionRequest,
    ConnectorError,
    connector_for,
    execute,
    load_connectors,
    plan,
)
from aisoc.analytics.delivery.signing import signature_valid

SECRET = "s3cr3t-signing-key"
TOKEN = "SECRET123"
NOW = datetime(2026, 3, 1, 10, 0, tzinfo=UTC)


class Receiver:
    """Records every request; answers ``status`` with ``answer``."""

    def __init__(self):
        self.requests: list[dict] = []
        self.status = 200
        self.answer = b'{"ok": true}'
        receiver = self

        class Handler(BaseHTTPRequestHandler):
            def do_POST(self):
                body = self.rfile.read(int(self.headers.get("Content-Length", 0)))
                receiver.requests.append({"path": self.path, "headers": dict(self.headers), "body": body})
                self.send_response(receiver.status)
                self.send_header("Content-Length", str(len(receiver.answer)))
                if 300 <= receiver.status < 400:
                    self.send_header("Location", "/elsewhere")
                self.end_headers()
                self.wfile.write(receiver.answer)

            do_GET = do_POST

            def log_message(self, *args):
                pass

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.port = self.server.server_address[1]
        self.thread = threading.Thread(target=self.server.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True)

    def url(self, path: str = f"/hook/{TOKEN}") -> str:
        return f"http://127.0.0.1:{self.port}{path}"


@pytest.fixture
def receiver():
    receiver = Receiver()
    receiver.thread.start()
    yield receiver
    receiver.server.shutdown()
    receiver.server.server_close()


@pytest.fixture(autouse=True)
def _env(monkeypatch):
    monkeypatch.setenv("AISOC_ACTION_SECRET", SECRET)
    monkeypatch.delenv("AISOC_ACTION_SECRET_FILE", raising=False)
    monkeypatch.delenv("AISOC_WEBHOOK_SECRET", raising=False)
    monkeypatch.delenv("AISOC_WEBHOOK_SECRET_FILE", raising=False)
    for name in ("http_proxy", "HTTP_PROXY", "https_proxy", "HTTPS_PROXY", "all_proxy", "ALL_PROXY"):
        monkeypatch.delenv(name, raising=False)  # the receiver is local: no proxy may stand in between


def _config(tmp_path: Path, text: str) -> Path:
    path = tmp_path / "aisoc.toml"
    path.write_text(text, encoding="utf-8")
    return path


def _gateway(tmp_path: Path, url: str, operations='["block-user", "revoke-api-key"]', extra="") -> dict:
    return load_connectors(
        _config(tmp_path, f'[connectors.gateway]\nkind = "webhook"\nurl = "{url}"\noperations = {operations}\n{extra}')
    )


def _block(connectors, actor="u-42", step="contain-user", **extra):
    return plan(connectors, "block-user", {"actor_id": actor, **extra}, case_id="CASE-7", step_id=step, now=NOW)


def _assert_safe(text: str, receiver: Receiver | None = None):
    assert TOKEN not in text and "/hook" not in text and SECRET not in text
    if receiver is not None:
        assert receiver.url() not in text


# --- dry run and delivery -------------------------------------------------------------------


def test_a_dry_run_sends_nothing_and_its_preview_hides_the_url_path(tmp_path, receiver):
    connectors = _gateway(tmp_path, receiver.url())
    request = _block(connectors)
    preview = request.preview()
    assert receiver.requests == []
    assert preview["url"] == f"http://127.0.0.1:{receiver.port}/…"
    assert preview["body"] == {
        "operation": "block-user",
        "params": {"actor_id": "u-42"},
        "case_id": "CASE-7",
        "step_id": "contain-user",
        "idempotency_key": request.idempotency_key,
        "requested_at": "2026-03-01T10:00:00+00:00",
    }
    assert preview["headers"]["X-Aisoc-Idempotency-Key"] == request.idempotency_key
    assert "X-Aisoc-Signature" not in preview["headers"] and "X-Aisoc-Timestamp" not in preview["headers"]
    _assert_safe(orjson.dumps(preview).decode() + repr(request) + repr(connectors), receiver)


def test_an_env_url_is_previewed_by_its_variable_name(tmp_path, monkeypatch, receiver):
    monkeypatch.setenv("AISOC_GATEWAY_URL", receiver.url())
    request = _block(_gateway(tmp_path, "env:AISOC_GATEWAY_URL"))
    assert request.preview()["url"] == "env:AISOC_GATEWAY_URL"
    assert receiver.requests == []


def test_execute_delivers_the_signed_body_once(tmp_path, monkeypatch, receiver):
    monkeypatch.setenv("AISOC_GATEWAY_URL", receiver.url())
    connectors = _gateway(tmp_path, "env:AISOC_GATEWAY_URL")
    request = _block(connectors)
    result = execute(connectors, request)
    (seen,) = receiver.requests
    assert seen["path"] == f"/hook/{TOKEN}"
    assert orjson.loads(seen["body"]) == request.preview()["body"]
    timestamp = seen["headers"]["X-Aisoc-Timestamp"]
    expected = hmac.new(SECRET.encode(), f"{timestamp}.".encode() + seen["body"], hashlib.sha256).hexdigest()
    assert hmac.compare_digest(seen["headers"]["X-Aisoc-Signature"], f"sha256={expected}")
    assert abs(int(timestamp) - time.time()) < 600
    assert seen["headers"]["X-Aisoc-Idempotency-Key"] == request.idempotency_key
    assert seen["headers"]["Content-Type"] == "application/json" and seen["headers"]["User-Agent"] == "aisoc"
    assert (result.status, result.outcome, result.response_text) == (200, "HTTP 200", '{"ok": true}')
    assert result.response_sha256 == hashlib.sha256(b'{"ok": true}').hexdigest()
    assert result.seconds >= 0 and result.delivered_at.tzinfo is not None
    assert (result.connector, result.operation, result.idempotency_key) == (
        "gateway",
        "block-user",
        request.idempotency_key,
    )


def test_the_signature_fails_for_another_secret_or_an_altered_body(tmp_path, receiver):
    connectors = _gateway(tmp_path, receiver.url())
    execute(connectors, _block(connectors))
    (seen,) = receiver.requests
    assert signature_valid(SECRET.encode(), seen["body"], seen["headers"])
    assert not signature_valid(b"other", seen["body"], seen["headers"])
    assert not signature_valid(SECRET.encode(), seen["body"] + b" ", seen["headers"])
    later = int(seen["headers"]["X-Aisoc-Timestamp"]) + 3600  # a replay an hour later is stale
    assert not signature_valid(SECRET.encode(), seen["body"], seen["headers"], now=later)


def test_the_answer_is_kept_short_and_hashed_whole(tmp_path, receiver):
    receiver.answer = b"x" * 10_000
    connectors = _gateway(tmp_path, receiver.url())
    result = execute(connectors, _block(connectors))
    assert result.response_text == "x" * 2048
    assert result.response_sha256 == hashlib.sha256(b"x" * 10_000).hexdigest()


def test_the_idempotency_key_follows_the_step_and_its_params(tmp_path, receiver):
    connectors = _gateway(tmp_path, receiver.url())
    first, again = _block(connectors), _block(connectors)
    later = plan(connectors, "block-user", {"actor_id": "u-42"}, case_id="CASE-7", step_id="contain-user")
    assert first.idempotency_key == again.idempotency_key == later.idempotency_key
    assert len(first.idempotency_key) == 64
    assert _block(connectors, actor="u-43").idempotency_key != first.idempotency_key
    assert _block(connectors, reason="x").idempotency_key != first.idempotency_key
    assert _block(connectors, step="other-step").idempotency_key != first.idempotency_key
    execute(connectors, first)
    execute(connectors, again)
    keys = [r["headers"]["X-Aisoc-Idempotency-Key"] for r in receiver.requests]
    assert keys == [first.idempotency_key] * 2


def test_params_edited_after_planning_are_not_sent(tmp_path, receiver):
    connectors = _gateway(tmp_path, receiver.url())
    request = _block(connectors)
    request.params["actor_id"] = "someone-else"
    with pytest.raises(ConnectorError, match="changed after it was planned"):
        execute(connectors, request)
    assert receiver.requests == []


# --- failures never show the URL or the secret ------------------------------------------------


@pytest.mark.parametrize("status", [500, 404, 302])
def test_a_non_2xx_answer_is_an_error_without_the_url_path(tmp_path, receiver, status):
    receiver.status = status
    receiver.answer = f"failed at /hook/{TOKEN}".encode()  # a receiver may echo the path back
    connectors = _gateway(tmp_path, receiver.url())
    with pytest.raises(ConnectorError) as caught:
        execute(connectors, _block(connectors))
    message = str(caught.value)
    assert f"HTTP {status}" in message and "gateway" in message and "\n" not in message
    assert f"127.0.0.1:{receiver.port}" in message
    _assert_safe(message, receiver)
    assert len(receiver.requests) == 1  # a redirect is not followed


def test_a_receiver_that_is_down_is_an_error(tmp_path):
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]  # closed again when the block ends: nothing listens there
    connectors = _gateway(tmp_path, f"http://127.0.0.1:{port}/hook/{TOKEN}", extra='timeout = "2s"')
    with pytest.raises(ConnectorError, match="not delivered") as caught:
        execute(connectors, _block(connectors))
    _assert_safe(str(caught.value))


def test_an_unset_url_variable_is_named_and_nothing_is_sent(tmp_path, monkeypatch):
    monkeypatch.delenv("AISOC_GATEWAY_URL", raising=False)
    connectors = _gateway(tmp_path, "env:AISOC_GATEWAY_URL")
    with pytest.raises(ConnectorError, match="AISOC_GATEWAY_URL is not set") as caught:
        execute(connectors, _block(connectors))
    assert "http" not in str(caught.value)


def test_a_variable_holding_something_other_than_a_url_is_not_quoted(tmp_path, monkeypatch):
    monkeypatch.setenv("AISOC_GATEWAY_URL", f"ftp://example.com/{TOKEN}")
    connectors = _gateway(tmp_path, "env:AISOC_GATEWAY_URL")
    with pytest.raises(ConnectorError, match="not an http") as caught:
        execute(connectors, _block(connectors))
    _assert_safe(str(caught.value))


def test_a_missing_signing_secret_stops_the_action(tmp_path, monkeypatch, receiver):
    monkeypatch.delenv("AISOC_ACTION_SECRET")
    monkeypatch.setenv("AISOC_WEBHOOK_SECRET", "the alert secret does not sign actions")
    connectors = _gateway(tmp_path, receiver.url())
    with pytest.raises(ConnectorError, match="AISOC_ACTION_SECRET"):
        execute(connectors, _block(connectors))
    assert receiver.requests == []


def test_actions_refuse_the_alert_secret(tmp_path, monkeypatch, receiver):
    monkeypatch.setenv("AISOC_WEBHOOK_SECRET", SECRET)  # same as AISOC_ACTION_SECRET
    connectors = _gateway(tmp_path, receiver.url())
    with pytest.raises(ConnectorError, match="must differ"):
        execute(connectors, _block(connectors))
    assert receiver.requests == []


# --- planning ---------------------------------------------------------------------------------


@pytest.mark.parametrize("params", [{}, {"actor_id": ""}, {"actor_id": "  "}, {"actor_id": None}, {"reason": "x"}])
def test_a_missing_required_param_is_named(tmp_path, receiver, params):
    connectors = _gateway(tmp_path, receiver.url())
    with pytest.raises(ConnectorError, match=r"block-user needs params\.actor_id"):
        plan(connectors, "block-user", params, case_id="CASE-7", step_id="contain-user")
    assert receiver.requests == []


def test_an_unfilled_placeholder_is_not_acted_on(tmp_path, receiver):
    connectors = _gateway(tmp_path, receiver.url())
    with pytest.raises(ConnectorError, match=r"\{actor_id\}"):
        _block(connectors, actor="{actor_id}")
    assert _block(connectors, reason="see {not-a-fact}").params["reason"] == "see {not-a-fact}"


def test_an_operation_without_a_connector_says_where_to_add_one(tmp_path, receiver):
    connectors = _gateway(tmp_path, receiver.url(), operations='["revoke-api-key"]')
    with pytest.raises(
        ConnectorError,
        match=r"no connector handles block-user: add one to aisoc\.toml "
        r"\[connectors\.NAME\] operations",
    ):
        _block(connectors)
    assert connector_for(connectors, "revoke-api-key").name == "gateway"
    with pytest.raises(ConnectorError, match="unknown operation"):
        connector_for(connectors, "format-disk")


def test_execute_checks_the_request_against_the_configured_connectors(tmp_path, receiver):
    request = ActionRequest(
        operation="block-user", connector="elsewhere", params={"actor_id": "u"}, case_id="C", step_id="s"
    )
    with pytest.raises(ConnectorError, match="no connector named elsewhere"):
        execute(_gateway(tmp_path, receiver.url()), request)
    assert receiver.requests == []


# --- settings ---------------------------------------------------------------------------------


def test_a_missing_settings_file_means_no_connectors(tmp_path):
    assert load_connectors(tmp_path / "aisoc.toml") == {}
    assert load_connectors(None) == {}
    assert load_connectors(_config(tmp_path, '[alerts]\nsuppression = "1h"\n')) == {}


def test_a_full_settings_file_loads(tmp_path):
    path = _config(
        tmp_path,
        """
[connectors.gateway]
kind = "webhook"
url = "env:AISOC_GATEWAY_URL"
operations = ["block-user", "revoke-api-key"]
timeout = "5s"

[connectors.chat]
kind = "webhook"
url = "file:chat.url"
operations = ["notify-channel"]
""",
    )
    connectors = load_connectors(path)
    assert set(connectors) == {"gateway", "chat"} and CONNECTOR_KINDS == ("webhook",)
    assert connectors["gateway"].operations == ("block-user", "revoke-api-key")
    assert connectors["gateway"].timeout == 5.0 and connectors["chat"].timeout == 10.0
    # file: is relative to the settings file, wherever the command runs
    assert connectors["chat"].shown == f"file:{tmp_path / 'chat.url'}"


def test_a_url_file_is_read_when_sending(tmp_path, receiver):
    (tmp_path / "gateway.url").write_text(receiver.url() + "\n")
    connectors = _gateway(tmp_path, "file:gateway.url")
    assert _block(connectors).preview()["url"] == f"file:{tmp_path / 'gateway.url'}"
    assert execute(connectors, _block(connectors)).status == 200
    assert receiver.requests[0]["path"] == f"/hook/{TOKEN}"


@pytest.mark.parametrize(
    "table, expected",
    [
        (
            'kind = "webhook"\nurl = "https://x.example/h"\noperations = ["format-disk"]',
            "unknown operation 'format-disk'",
        ),
        ('kind = "email"\nurl = "https://x.example/h"\noperations = ["block-user"]', "kind 'email'"),
        ('url = "https://x.example/h"\noperations = ["block-user"]', "kind None"),
        ('kind = "webhook"\noperations = ["block-user"]', "url is required"),
        ('kind = "webhook"\nurl = "ftp://x.example/h"\noperations = ["block-user"]', "not an http"),
        ('kind = "webhook"\nurl = "https://x.example:port/h"\noperations = ["block-user"]', "not a valid URL"),
        ('kind = "webhook"\nurl = "env:"\noperations = ["block-user"]', "names no variable"),
        ('kind = "webhook"\nurl = "https://x.example/h"\noperations = []', "operations must be"),
        ('kind = "webhook"\nurl = "https://x.example/h"\noperations = ["block-user"]\ntimeout = "forever"', "timeout"),
        ('kind = "webhook"\nurl = "https://x.example/h"\noperations = ["block-user"]\ntimeout = 0', "timeout"),
        ('kind = "webhook"\nurl = "https://x.example/h"\noperations = ["block-user"]\nheaders = 1', "unknown setting"),
    ],
)
def test_bad_settings_are_errors_naming_the_file(tmp_path, table, expected):
    path = _config(tmp_path, f"[connectors.gateway]\n{table}\n")
    with pytest.raises(ConnectorError) as caught:
        load_connectors(path)
    assert str(path) in str(caught.value) and "[connectors.gateway]" in str(caught.value)
    assert expected in str(caught.value)


def test_an_operation_claimed_twice_is_an_error(tmp_path):
    path = _config(
        tmp_path,
        """
[connectors.gateway]
kind = "webhook"
url = "https://gw.example/h"
operations = ["block-user"]

[connectors.keys]
kind = "webhook"
url = "https://keys.example/h"
operations = ["revoke-api-key", "block-user"]
""",
    )
    with pytest.raises(
        ConnectorError,
        match=r"\[connectors\.keys\]: operation block-user is already handled "
        r"by \[connectors\.gateway\]",
    ) as caught:
        load_connectors(path)
    assert str(path) in str(caught.value)


def test_a_secret_in_a_literal_url_stays_out_of_load_errors(tmp_path):
    path = _config(
        tmp_path,
        f'[connectors.gateway]\nkind = "webhook"\nurl = "https://h.example:bad/hook/{TOKEN}"\n'
        'operations = ["block-user"]\n',
    )
    with pytest.raises(ConnectorError) as caught:
        load_connectors(path)
    _assert_safe(str(caught.value))


def test_a_broken_toml_file_is_an_error_naming_it(tmp_path):
    path = _config(tmp_path, "[connectors.gateway\n")
    with pytest.raises(ConnectorError, match="aisoc.toml"):
        load_connectors(path)
