"""``aisoc console``: the Streamlit SOC console, in the foreground."""

from __future__ import annotations

import os
import sys
from pathlib import Path

import click

from aisoc.analytics.access.audit import check_key
from aisoc.ingest.kernel.settings import FORWARDED_ALLOW_IPS
from aisoc.ingest.warehouse import HOME_ENV, Warehouse, resolve_root
from aisoc.ui.options import common_options
from aisoc.ui.output import warn

__all__ = ["console_command", "APP", "streamlit_args"]

APP = Path(__file__).resolve().parent / "console" / "app.py"
_LOOPBACK = {"127.0.0.1", "localhost", "::1"}
_FORWARDED_ENV = FORWARDED_ALLOW_IPS.name  # uvicorn's list of proxies whose X-Forwarded-For it believes


def streamlit_args(port: int, host: str) -> list[str]:
    """``streamlit run`` with aisoc's settings: headless, no usage statistics, no file watcher,
    XSRF protection on, uploads capped (nothing in the console takes a file).

    The page scripts live in ``ui/console/views/``, not ``pages/``: Streamlit runs a folder named
    ``pages`` beside the app as an old-style multipage app, each page on its own without the
    sign-in frame, until some session has run ``app.py``'s ``st.navigation``."""
    return [
        sys.executable,
        "-m",
        "streamlit",
        "run",
        str(APP),
        "--server.port",
        str(port),
        "--server.address",
        host,
        "--server.headless",
        "true",
        "--browser.gatherUsageStats",
        "false",
        "--global.developmentMode",
        "false",
        "--server.fileWatcherType",
        "none",
        "--server.runOnSave",
        "false",
        "--server.enableXsrfProtection",
        "true",
        "--server.enableCORS",
        "true",
        "--server.maxUploadSize",
        "1",
        "--client.toolbarMode",
        "viewer",
        "--client.showErrorDetails",
        "none",
        # the grid's own CSV download would bypass the permission check and audit row of the
        # console's Export buttons
        "--client.disableDataExport",
        "true",
    ]


@click.command("console")
@click.option("--port", type=click.IntRange(1, 65535), default=8501, show_default=True)
@click.option(
    "--host",
    default="127.0.0.1",
    show_default=True,
    help="Address to bind; anything but loopback exposes the console to the network.",
)
@common_options()
def console_command(port: int, host: str, warehouse: str | None) -> None:
    """Serve the SOC console (sign-in required) until interrupted.

    Create users first: aisoc user add NAME --role analyst --tenant acme --password-stdin

    Behind a reverse proxy, set FORWARDED_ALLOW_IPS to the proxy's address so its X-Forwarded-For
    is believed; without it no client address is taken from that header.
    """
    root = resolve_root(warehouse).resolve()
    with Warehouse(root).create().state() as con:
        # Every sign-in writes an audit row: with the wrong key each would fail. Say so once, here.
        check_key(con)
    if host not in _LOOPBACK:
        warn(f"binding to {host}: the console is reachable from the network; put TLS in front of it")
    env = {
        **os.environ,
        HOME_ENV: str(root),
        "HF_HUB_OFFLINE": "1",
        "STREAMLIT_BROWSER_GATHER_USAGE_STATS": "false",
        # uvicorn believes X-Forwarded-For from loopback unless told otherwise: a local client (an
        # SSH tunnel) could then pick any address for the sign-in back-off. Trust only a proxy
        # the operator names.
        _FORWARDED_ENV: FORWARDED_ALLOW_IPS.get() or "",
    }
    click.echo(f"aisoc console on http://{host}:{port} (warehouse {root}); Ctrl-C stops it", err=True)
    os.execve(sys.executable, streamlit_args(port, host), env)
