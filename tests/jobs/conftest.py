"""Fixtures for the detection-job tests: a warehouse holding the demo set, a local webhook receiver."""

from __future__ import annotations

import shutil
import socket
import threading
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import orjson
import pytest

from aisoc.analytics.delivery.signing import signature_valid
from aisoc.ingest import Warehouse, ingest

from ..conftest import REPO

DEMO_LOGS = REPO / "sample_logs" / "demo" / "logs"
TENANTS = ("acme-bank", "globex-insurance", "initech-pay")
SECRET = "test-signing-secret"


def ingest_demo(warehouse: Warehouse) -> None:
    """The demo set, ingested as ``make demo`` does."""
    ingest([str(DEMO_LOGS / "shared")], warehouse)
    for tenant in TENANTS:
        ingest([str(DEMO_LOGS / tenant)], warehouse, tenant=tenant)


@pytest.fixture(scope="session")
def demo_template(tmp_path_factory) -> Path:
    root = tmp_path_factory.mktemp("demo") / "wh"
    ingest_demo(Warehouse(root))
    return root


@pytest.fixture
def demo_wh(demo_template: Path, tmp_path: Path) -> Warehouse:
    """A private copy of the ingested demo warehouse (no alerts yet)."""
    return Warehouse(shutil.copytree(demo_template, tmp_path / "wh"))


def alert_snapshot(warehouse: Warehouse) -> list[tuple]:
    """The alerts, as the exactly-once guarantee compares them."""
    with warehouse.state() as con:
        return con.execute(
            "SELECT dedup_key, count, first_seen, last_seen, evidence_event_ids FROM alerts "
            "ORDER BY dedup_key, first_seen"
        ).fetchall()


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


@dataclass
class Received:
    headers: dict
    body: bytes
    status: int = 200

    @property
    def json(self) -> dict:
        return orjson.loads(self.body)

    def signature_ok(self, secret: str = SECRET) -> bool:
        return signature_valid(secret.encode(), self.body, self.headers)


@dataclass
class Receiver:
    """A webhook receiver on 127.0.0.1 that records every POST; ``fail`` answers 500 that many times."""

    port: int
    fail: int = 0
    received: list[Received] = field(default_factory=list)
    got: threading.Event = field(default_factory=threading.Event)

    def __enter__(self) -> Receiver:
        outer = self

        class Handler(BaseHTTPRequestHandler):
            def do_POST(self):
                body = self.rfile.read(int(self.headers.get("Content-Length", 0)))
                status = 500 if outer.fail > 0 else 200
                outer.fail -= status == 500
                outer.received.append(Received(dict(self.headers), body, status))
                self.send_response(status)
                if status == 200:
                    outer.got.set()
                self.end_headers()

            def log_message(self, *args):
                pass

        self.server = ThreadingHTTPServer(("127.0.0.1", self.port), Handler)
        self.thread = threading.Thread(target=self.server.serve_forever, daemon=True)
        self.thread.start()
        return self

    def __exit__(self, *exc) -> None:
        self.server.shutdown()
        self.server.server_close()

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}/hook"

    def delivered_alert_ids(self) -> list[str]:
        """Alert ids of the accepted deliveries, one per distinct delivery id."""
        seen, ids = set(), []
        for item in self.received:
            delivery = item.headers["X-Aisoc-Delivery-Id"]
            if item.status != 200 or delivery in seen:
                continue
            seen.add(delivery)
            ids += [a["id"] for a in item.json["alerts"]]
        return ids
