"""Finding 10: alert webhooks followed redirects, signed the body only, and shared the action secret."""

from __future__ import annotations

import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import orjson
import pytest

from aisoc.analytics.delivery import deliver, enqueue, parse_destination
from aisoc.analytics.delivery.signing import signature_valid
from aisoc.ingest.kernel.clocks import utcnow

from ..jobs.test_alerting import hit
from ..jobs.test_delivery import _stored

SECRET = "alert-signing-secret"


class _Server:
    """A local HTTP server that records requests and answers with ``status`` (and ``location``)."""

    def __init__(self, status: int = 200, location: str | None = None):
        self.requests: list[dict] = []
        outer = self

        class Handler(BaseHTTPRequestHandler):
            def _answer(self):
                length = int(self.headers.get("Content-Length", 0) or 0)
                outer.requests.append(
                    {"method": self.command, "headers": dict(self.headers), "body": self.rfile.read(length)}
                )
                self.send_response(status)
                if location:
                    self.send_header("Location", location)
                self.send_header("Content-Length", "0")
                self.end_headers()

            do_GET = do_POST = _answer

            def log_message(self, *args):
                pass

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.url = f"http://127.0.0.1:{self.server.server_address[1]}/hook"
        threading.Thread(target=self.server.serve_forever, daemon=True).start()

    def close(self):
        self.server.shutdown()
        self.server.server_close()


@pytest.fixture(autouse=True)
def _env(monkeypatch):
    monkeypatch.setenv("AISOC_WEBHOOK_SECRET", SECRET)
    for name in ("http_proxy", "HTTP_PROXY", "https_proxy", "HTTPS_PROXY", "all_proxy", "ALL_PROXY"):
        monkeypatch.delenv(name, raising=False)


def test_a_redirect_is_a_failure_and_the_entry_stays_pending(warehouse):
    elsewhere = _Server()
    mover = _Server(status=302, location=elsewhere.url)
    try:
        alerts = _stored(warehouse, hit(1, 0))
        with warehouse.state() as con:
            enqueue(con, alerts, [parse_destination(f"webhook:{mover.url}")], utcnow())
        report = deliver(warehouse, sleep=lambda s: None)
    finally:
        mover.close()
        elsewhere.close()
    assert (report.delivered, report.failed, report.pending) == (0, 1, 1)
    assert "HTTP 302" in report.errors[0] and "redirects are not followed" in report.errors[0]
    assert elsewhere.requests == []  # the signature never travelled to the other host
    assert len(mover.requests) == 3 and {r["method"] for r in mover.requests} == {"POST"}


def test_the_signature_covers_a_timestamp_and_the_delivery_id_is_kept(warehouse):
    receiver = _Server()
    try:
        alerts = _stored(warehouse, hit(1, 0))
        with warehouse.state() as con:
            (delivery_id,) = enqueue(con, alerts, [parse_destination(f"webhook:{receiver.url}")], utcnow())
        assert deliver(warehouse).delivered == 1
    finally:
        receiver.close()
    (request,) = receiver.requests
    headers, body = request["headers"], request["body"]
    assert headers["X-Aisoc-Delivery-Id"] == delivery_id == orjson.loads(body)["delivery_id"]
    assert abs(int(headers["X-Aisoc-Timestamp"]) - time.time()) < 600
    assert signature_valid(SECRET.encode(), body, headers)
    # Replayed an hour later, the same request is stale; with the timestamp changed, the signature fails.
    assert not signature_valid(SECRET.encode(), body, headers, now=int(headers["X-Aisoc-Timestamp"]) + 3600)
    forged = headers | {"X-Aisoc-Timestamp": str(int(headers["X-Aisoc-Timestamp"]) + 1)}
    assert not signature_valid(SECRET.encode(), body, forged)
