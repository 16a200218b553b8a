"""Fixtures for the case tests: the demo set with Sigma and leakage alerts, users of each role,
and a local HTTP receiver standing in for a customer's gateway."""

from __future__ import annotations

import shutil
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest

from aisoc.analytics.access import Principal, add_user
from aisoc.analytics.jobs import DetectConfig, run_detect
from aisoc.ingest import Warehouse, ingest
from aisoc.ingest.kernel.clocks import utcnow

from ..conftest import REPO

DEMO_LOGS = REPO / "sample_logs" / "demo" / "logs"
TENANTS = ("acme-bank", "globex-insurance", "initech-pay")
USERS = (
    ("admin", "admin", ("*",)),
    ("rio", "responder", ("acme-bank",)),
    ("gus", "responder", ("globex-insurance",)),
    ("ana", "analyst", ("globex-insurance",)),
    ("vic", "viewer", ("globex-insurance",)),
)


def principal(name: str) -> Principal:
    role, tenants = next((r, t) for n, r, t in USERS if n == name)
    return Principal.of(name, role, tenants)


@pytest.fixture(scope="session")
def cases_template(tmp_path_factory) -> Path:
    root = tmp_path_factory.mktemp("cases") / "wh"
    warehouse = Warehouse(root)
    ingest([str(DEMO_LOGS / "shared")], warehouse)
    for tenant in TENANTS:
        ingest([str(DEMO_LOGS / tenant)], warehouse, tenant=tenant)
    run_detect(warehouse, DetectConfig(detectors=("sigma", "leakage")))
    with warehouse.state() as con:
        for name, role, tenants in USERS:
            add_user(con, name, role=role, tenants=tenants, password="correct horse battery staple", now=utcnow())
    return root


@pytest.fixture
def case_wh(cases_template: Path, tmp_path: Path) -> Warehouse:
    return Warehouse(shutil.copytree(cases_template, tmp_path / "wh"))


class Receiver:
    """A gateway on 127.0.0.1 that records what it is sent and answers ``status``."""

    def __init__(self):
        self.requests: list[dict] = []
        self.status = 200
        receiver = self

        class Handler(BaseHTTPRequestHandler):
            def do_POST(self):  # noqa: N802 - the http.server hook name
                body = self.rfile.read(int(self.headers.get("Content-Length", 0)))
                receiver.requests.append({"path": self.path, "headers": dict(self.headers), "body": body})
                self.send_response(receiver.status)
                self.end_headers()
                self.wfile.write(b'{"ok": true}')

            def log_message(self, *args):
                pass

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.url = f"http://127.0.0.1:{self.server.server_address[1]}/gateway/actions"
        self.thread = threading.Thread(target=self.server.serve_forever, daemon=True)
        self.thread.start()

    def close(self):
        self.server.shutdown()
        self.server.server_close()


@pytest.fixture
def receiver():
    running = Receiver()
    yield running
    running.close()
