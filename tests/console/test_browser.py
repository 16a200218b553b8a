"""The console in a real browser: Debian's Chromium driven by playwright against ``aisoc console``
started as a subprocess, as a user would run it.

What AppTest cannot show is checked here: the sign-in form in front of every address, a row picked
in the data grid (a canvas) and triaged, a case opened from an alert and worked through its
expanders and forms, tenant scope as the browser receives it, and that attacker-written text
reaches the screen as text (no script runs, no dialog opens, no image or link loads from it, no
request leaves the machine). Every page visited is saved as a full-page
screenshot under ``$AISOC_TEST_ARTIFACTS`` (else ``.test-artifacts/console/``).

Needs Debian's chromium at ``$AISOC_CHROMIUM`` (default ``/usr/bin/chromium``; ``make browser``
installs it; ``make test`` runs that first). Never ``playwright install``: it downloads a browser
of its own.
"""

from __future__ import annotations

import os
import re
import shutil
import socket
import subprocess
import sys
import time
import urllib.request
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import urlsplit

import orjson
import polars as pl
import pytest
from playwright.sync_api import Browser, Locator, Page, expect, sync_playwright
from playwright.sync_api import TimeoutError as PlaywrightTimeout

from aisoc.ingest import Warehouse
from aisoc.ingest.kernel.settings import chromium
from aisoc.ui.console.safe import CELL_LIMIT, visible

from ..conftest import REPO
from .conftest import EVIL_HOST, PASSWORD, PAYLOAD_ACTOR, PAYLOADS

pytestmark = pytest.mark.browser

CHROMIUM = chromium()  # $AISOC_CHROMIUM, else /usr/bin/chromium
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]
WAIT_MS = 30_000
LOCAL_HOSTS = {"127.0.0.1", "localhost"}
VIEWPORT = {"width": 1600, "height": 1000}
MAX_SHOT_HEIGHT = 16_000  # Chromium cannot capture taller pages in one image
# glide-data-grid's default geometry in st.dataframe: the row-marker (checkbox) column at the left,
# a 35 px header and 35 px rows. A click inside a row's marker cell toggles that row's selection.
GRID_HEADER_PX = ROW_PX = 35
ROW_MARKER_X = 16
ANALYST_PAGES = ["Overview", "Alert queue", "Alert detail", "Cases", "Hunt", "Rules", "Data health"]


# --- the console process ---------------------------------------------------------------------


@dataclass
class Console:
    url: str
    warehouse: Warehouse
    log: Path

    def state(self):
        return self.warehouse.state()


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def _wait_healthy(url: str, proc: subprocess.Popen, log: Path, seconds: float = 90) -> None:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            pytest.fail(f"aisoc console exited with {proc.returncode}:\n{log.read_text(errors='replace')[-3000:]}")
        try:
            with urllib.request.urlopen(f"{url}/_stcore/health", timeout=2) as answer:
                if answer.read().strip() == b"ok":
                    return
        except OSError:
            pass
        time.sleep(0.2)
    pytest.fail(
        f"aisoc console did not answer {url}/_stcore/health in {seconds:.0f} s:\n"
        f"{log.read_text(errors='replace')[-3000:]}"
    )


@pytest.fixture(scope="module")
def console(console_template: Path, tmp_path_factory, artifacts: Path) -> Console:
    """``aisoc console`` on a free port over a private copy of the console warehouse, for this
    module (its output is kept with the screenshots as ``console-server.log``)."""
    base = tmp_path_factory.mktemp("browser")
    root = Path(shutil.copytree(console_template, base / "wh"))
    port = _free_port()
    log = base / "console.log"
    command = [
        str(Path(sys.executable).parent / "aisoc"),
        "console",
        "--port",
        str(port),
        "--host",
        "127.0.0.1",
        "--warehouse",
        str(root),
    ]
    with log.open("wb") as out:
        proc = subprocess.Popen(command, stdout=out, stderr=subprocess.STDOUT, stdin=subprocess.DEVNULL)
    try:
        url = f"http://127.0.0.1:{port}"
        _wait_healthy(url, proc, log)
        yield Console(url, Warehouse(root), log)
    finally:
        proc.terminate()
        try:
            proc.wait(timeout=15)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait()
        shutil.copyfile(log, artifacts / "console-server.log")


# --- the browser -----------------------------------------------------------------------------


@pytest.fixture(scope="module")
def browser() -> Browser:
    if not CHROMIUM.exists():
        pytest.fail(
            f"{CHROMIUM} is missing: the browser tests need Debian's chromium. Run `make browser` "
            "(apt-get install chromium); never `playwright install`.",
            pytrace=False,
        )
    expect.set_options(timeout=WAIT_MS)  # the default 5 s is short for a first run of a page
    with sync_playwright() as p:
        launched = p.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS, headless=True)
        try:
            yield launched
        finally:
            launched.close()


@pytest.fixture(scope="session")
def artifacts() -> Path:
    folder = Path(os.environ.get("AISOC_TEST_ARTIFACTS") or REPO / ".test-artifacts") / "console"
    folder.mkdir(parents=True, exist_ok=True)
    return folder


@dataclass
class Tab:
    """One browser tab on the console, recording what a payload could have caused."""

    page: Page
    base: str
    shots: Path
    prefix: str
    dialogs: list[str] = field(default_factory=list)
    offsite: list[str] = field(default_factory=list)  # requests seen going to another host
    blocked: list[str] = field(default_factory=list)  # requests the route stopped
    errors: list[str] = field(default_factory=list)
    taken: int = 0

    # navigation

    def goto(self, path: str = "/") -> None:
        self.page.goto(self.base + path)
        self.page.wait_for_selector('[data-testid="stApp"]', timeout=WAIT_MS)

    def sign_in(self, user: str, password: str = PASSWORD) -> None:
        """Fill and send the sign-in form (shown at every address while signed out)."""
        name = self.page.get_by_role("textbox", name="User name")
        expect(name).to_be_editable()
        name.fill(user)
        self.page.get_by_role("textbox", name="Password").fill(password)
        self.page.get_by_role("button", name="Sign in").click()

    def open(self, title: str) -> None:
        """Go to a page through the sidebar (a full load would start a new, signed-out session)."""
        self.page.locator('[data-testid="stSidebarNav"]').get_by_role("link", name=title, exact=True).click()
        expect(self.heading(title)).to_be_visible()
        self.settle()

    def heading(self, name: str) -> Locator:
        return self.page.get_by_role("heading", name=name, exact=True)

    def settle(self) -> None:
        """Wait until the script run is over and lazily loaded elements (code blocks, grids) are
        drawn. Call it after waiting for something the awaited run shows: right after a click the
        app may not have started that run yet. (The "Running..." widget appears only after a delay,
        so the app's own run state is read instead.)"""
        try:
            self.page.wait_for_function(
                "() => document.querySelector('[data-testid=stApp][data-test-script-state=notRunning]"
                "[data-test-connection-state=CONNECTED]')"
                " && !document.querySelector('[data-testid=stStatusWidget]')"
                " && !document.querySelector('[data-testid=stSkeleton]')"
                " && !document.querySelector('[data-stale=true]')",
                timeout=WAIT_MS,
            )
        except PlaywrightTimeout:
            state = self.page.evaluate(
                "() => { const a = document.querySelector('[data-testid=stApp]');"
                " return a && [a.dataset.testScriptState, a.dataset.testConnectionState]; }"
            )
            raise AssertionError(
                f"the page did not settle in {WAIT_MS / 1000:.0f} s (run, connection: {state}); "
                f"dialogs {self.dialogs[:5]}, off-site requests {self.offsite[:5]}, "
                f"page errors {self.errors[:5]}"
            ) from None

    def assert_quiet(self, where: str = "") -> None:
        """No dialog, no page error, no request off this machine so far."""
        assert self.dialogs == [], f"{where}: a dialog opened: {self.dialogs}"
        assert self.offsite == [] and self.blocked == [], (
            f"{where}: requests left the machine: {self.offsite or self.blocked}"
        )
        assert self.errors == [], f"{where}: page errors: {self.errors}"

    # reading

    def text(self) -> str:
        return self.page.inner_text("body")

    def grid(self, index: int = 0) -> Locator:
        return self.page.locator('[data-testid="stDataFrame"]').nth(index)

    def shot(self, label: str) -> Path:
        """A full-page screenshot. Streamlit scrolls inside ``stMain``, so the viewport is grown to
        the content's height for the capture."""
        self.taken += 1
        path = self.shots / f"{self.prefix}-{self.taken:02d}-{label}.png"
        height = self.page.evaluate(
            "() => { const m = document.querySelector('[data-testid=stMain]');"
            " return m ? m.scrollHeight : document.body.scrollHeight; }"
        )
        self.page.set_viewport_size(
            {"width": VIEWPORT["width"], "height": min(max(VIEWPORT["height"], height), MAX_SHOT_HEIGHT)}
        )
        try:
            self.page.evaluate("() => new Promise(r => requestAnimationFrame(() => requestAnimationFrame(r)))")
            self.page.screenshot(path=str(path), full_page=True)
        finally:
            self.page.set_viewport_size(VIEWPORT)
        return path


def _local(url: str) -> bool:
    return url.startswith(("data:", "blob:")) or urlsplit(url).hostname in LOCAL_HOSTS


@pytest.fixture
def tab(browser: Browser, console: Console, artifacts: Path, request) -> Tab:
    """A fresh browser context (no cookies, no session) whose every request off this machine is
    blocked and recorded, as is every dialog and page error."""
    context = browser.new_context(viewport=VIEWPORT)
    context.set_default_timeout(WAIT_MS)
    page = context.new_page()
    opened = Tab(page, console.url, artifacts, request.node.name.removeprefix("test_"))
    for old in artifacts.glob(f"{opened.prefix}-*.png"):  # the last run's, which may have had more
        old.unlink()

    def route(route):
        if _local(route.request.url):
            route.continue_()
        else:
            opened.blocked.append(route.request.url)
            route.abort()

    context.route("**/*", route)
    page.on("request", lambda r: None if _local(r.url) else opened.offsite.append(r.url))
    page.on("dialog", lambda d: (opened.dialogs.append(f"{d.type}: {d.message}"), d.dismiss()))
    page.on("pageerror", lambda e: opened.errors.append(str(e)))
    try:
        yield opened
    finally:
        context.close()


# --- the data grid ---------------------------------------------------------------------------
# st.dataframe draws on a canvas; glide-data-grid keeps an accessible <table> of the cells in view
# (aria-rowindex 1 is the header). Reading the whole grid means scrolling it through.

_SNAPSHOT = """(root) => {
  const s = root.querySelector('.dvn-scroller'), t = root.querySelector('table[role=grid]');
  const headers = {}, rows = {};
  for (const th of t.querySelectorAll('thead th')) headers[th.getAttribute('aria-colindex')] = th.textContent;
  for (const tr of t.querySelectorAll('tbody tr')) {
    const row = rows[tr.getAttribute('aria-rowindex')] = {};
    for (const td of tr.querySelectorAll('td')) row[td.getAttribute('aria-colindex')] = td.textContent;
  }
  return {headers, rows, rowcount: Number(t.getAttribute('aria-rowcount')),
          maxX: s.scrollWidth - s.clientWidth, maxY: s.scrollHeight - s.clientHeight,
          stepX: Math.max(1, s.clientWidth - 100), stepY: Math.max(1, s.clientHeight - 100)};
}"""
_SIGNATURE = """(root) => { const t = root.querySelector('table[role=grid]');
  const r = t.querySelector('tbody tr'), h = t.querySelector('thead th');
  return (r ? r.getAttribute('aria-rowindex') : '') + ':' + (h ? h.getAttribute('aria-colindex') : ''); }"""
_SCROLL = "(root, [x, y]) => root.querySelector('.dvn-scroller').scrollTo(x, y)"


def grid_columns(grid: Locator) -> dict[str, list[str]]:
    """Every cell of a data grid, by column name, as the browser holds it."""
    expect(grid.locator("table[role=grid]")).to_be_attached()
    headers, rows = {}, {}
    x = 0
    while True:
        y = 0
        while True:
            if (x, y) != (0, 0):
                before = grid.evaluate(_SIGNATURE)
                grid.evaluate(_SCROLL, [x, y])
                # The accessible table follows the scroll after a short debounce. Should a step not
                # change the first row or column in view, go on: the row check below still holds.
                try:
                    grid.page.wait_for_function(
                        f"([root, before]) => ({_SIGNATURE})(root) !== before",
                        arg=[grid.element_handle(), before],
                        timeout=5_000,
                    )
                except PlaywrightTimeout:
                    pass
            snap = grid.evaluate(_SNAPSHOT)
            headers.update(snap["headers"])
            for index, cells in snap["rows"].items():
                rows.setdefault(index, {}).update(cells)
            if y >= snap["maxY"]:
                break
            y = min(y + snap["stepY"], snap["maxY"])
        if x >= snap["maxX"]:
            break
        x = min(x + snap["stepX"], snap["maxX"])
    grid.evaluate(_SCROLL, [0, 0])
    count = snap["rowcount"] - 1
    assert sorted(map(int, rows)) == list(range(2, count + 2)), f"read rows {sorted(rows)} of {count}"
    return {name: [rows[str(r)].get(col) for r in range(2, count + 2)] for col, name in headers.items()}


def select_row(grid: Locator, row: int = 0) -> str:
    """Tick row ``row`` (0 = first, scrolled to the top) of a row-select grid whose first column
    is ``id``; returns that id, checked to be the row the grid now marks selected."""
    expect(grid.locator('thead th[aria-colindex="1"]')).to_have_text("id")
    alert_id = grid.locator(f'tbody tr[aria-rowindex="{row + 2}"] td[aria-colindex="1"]').text_content()
    grid.click(position={"x": ROW_MARKER_X, "y": 1 + GRID_HEADER_PX + row * ROW_PX + ROW_PX // 2})
    expect(grid.locator('tbody tr[aria-selected="true"] td[aria-colindex="1"]')).to_have_text(alert_id)
    return alert_id


def queue_total(tab: Tab) -> int:
    caption = tab.page.get_by_text(re.compile(r"^[\d,]+ alerts")).inner_text()
    return int(re.match(r"([\d,]+) alerts", caption).group(1).replace(",", ""))


def run_hunt(tab: Tab, sql: str, first_column: str) -> dict[str, list[str]]:
    """Run ``sql`` on the Hunt page; its result grid is known to be the new one by its first
    column's name, so two queries in a row should not start with the same column."""
    tab.page.get_by_role("textbox", name="SQL").fill(sql)
    tab.page.get_by_role("button", name="Run", exact=True).click()
    grid = tab.grid()
    expect(grid.locator('thead th[aria-colindex="1"]')).to_have_text(first_column)
    tab.settle()
    return grid_columns(grid)


# --- database -------------------------------------------------------------------------------


def audit_since(console: Console, seq: int) -> list[dict]:
    with console.state() as con:
        rows = con.execute(
            "SELECT seq, actor, action, target, detail FROM audit_log WHERE seq > ? ORDER BY seq", [seq]
        ).fetchall()
    return [{"seq": s, "actor": a, "action": act, "target": t, "detail": orjson.loads(d)} for s, a, act, t, d in rows]


def last_seq(console: Console) -> int:
    with console.state() as con:
        return con.execute("SELECT coalesce(max(seq), 0) FROM audit_log").fetchone()[0]


# --- the tests ------------------------------------------------------------------------------


def test_the_sign_in_form_refuses_a_wrong_password_and_admits_the_right_one(tab: Tab, console: Console):
    before = last_seq(console)
    # Signed out, at a page's address (the module's first visit to a freshly started console):
    # the sign-in form, not the bare page, not "page not found".
    tab.goto("/audit")
    expect(tab.heading("aisoc console")).to_be_visible()
    tab.settle()
    tab.shot("sign-in")
    assert tab.page.locator('[data-testid="stSidebarNavLink"]').count() == 0
    assert not tab.page.get_by_text("do not have access").count() and not tab.page.get_by_text("Page not found").count()

    tab.sign_in("ana", "not the password at all")
    expect(tab.page.get_by_text("Sign-in refused")).to_be_visible()
    tab.settle()
    tab.shot("refused")
    assert tab.page.locator('[data-testid="stSidebarNavLink"]').count() == 0
    assert tab.heading("Overview").count() == 0 and tab.heading("Audit log").count() == 0
    shown = tab.text()
    assert not any(title in shown for title in ("Alert queue", "Signed in as", "Hunt"))

    tab.sign_in("ana")
    # an analyst may not read the audit log: the address asked for gives way to the Overview
    expect(tab.heading("Overview")).to_be_visible()
    tab.settle()
    tab.shot("overview")
    links = tab.page.locator('[data-testid="stSidebarNavLink"]').all_inner_texts()
    assert [link.split("\n")[-1].strip() for link in links] == ANALYST_PAGES
    expect(tab.page.locator('[data-testid="stSidebar"]')).to_contain_text("Signed in as ana (analyst) · acme-bank")
    assert not tab.page.get_by_text("Sign-in refused").count() and tab.heading("Audit log").count() == 0

    sign_ins = [
        (r["actor"], r["detail"].get("outcome")) for r in audit_since(console, before) if r["action"] == "sign_in"
    ]
    assert sign_ins == [("ana", "refused"), ("ana", "ok")]
    tab.assert_quiet()


def test_an_analyst_closes_an_alert_picked_in_the_grid_and_opens_another(tab: Tab, console: Console):
    tab.goto("/")
    tab.sign_in("ana")
    expect(tab.heading("Overview")).to_be_visible()
    tab.open("Alert queue")
    grid = tab.grid()
    total = queue_total(tab)
    tab.shot("queue")

    closed = select_row(grid)
    expect(tab.heading("1 selected")).to_be_visible()
    tab.settle()
    expect(tab.page.get_by_role("combobox", name="Close as")).to_have_value("false positive")
    reason = tab.page.get_by_role("textbox", name="Reason")
    reason.fill("load test by the platform team, agreed with the owner")
    reason.press("Enter")
    tab.settle()
    tab.shot("selected")
    before = last_seq(console)
    tab.page.get_by_role("button", name="Close", exact=True).click()
    expect(tab.page.get_by_text("Closed: 1 alert(s).")).to_be_visible()
    tab.settle()
    tab.shot("closed")

    with console.state() as con:
        status = con.execute("SELECT status FROM alerts WHERE id = ?", [closed]).fetchone()[0]
        triage = con.execute(
            "SELECT verdict, reason, updated_by FROM alert_triage WHERE alert_id = ?", [closed]
        ).fetchone()
    assert status == "closed"
    assert triage == ("false_positive", "load test by the platform team, agreed with the owner", "ana")
    actions = [(r["actor"], r["action"], r["target"], r["detail"].get("verdict")) for r in audit_since(console, before)]
    assert actions == [("ana", "alert.close", closed, "false_positive")]
    # the queue shows open work only: the closed alert has left it, and nothing is selected
    expect(tab.heading("0 selected")).to_be_visible()
    assert queue_total(tab) == total - 1
    assert closed not in grid_columns(grid)["id"]

    opened = select_row(grid)
    expect(tab.heading("1 selected")).to_be_visible()
    tab.page.get_by_role("button", name="Open alert").click()
    expect(tab.heading("Alert detail")).to_be_visible()
    tab.settle()
    tab.shot("detail")
    expect(tab.page.get_by_role("textbox", name="Alert id")).to_have_value(opened)
    assert f"alert={opened}" in tab.page.url
    expect(tab.page.locator('[data-testid="stCode"]').first).to_contain_text(f"id: {opened}")
    expect(tab.page.get_by_role("heading", name=re.compile(r"^Evidence \("))).to_be_visible()
    tab.assert_quiet()


def test_an_analyst_sees_only_their_tenant_in_queue_alert_page_and_hunt(tab: Tab, console: Console):
    with console.state() as con:
        mine = {
            r[0]
            for r in con.execute("SELECT id FROM alerts WHERE tenant = 'acme-bank' AND status <> 'closed'").fetchall()
        }
        other, other_entity = con.execute(
            "SELECT id, entity FROM alerts WHERE tenant = 'globex-insurance' AND entity IS NOT NULL ORDER BY id LIMIT 1"
        ).fetchone()
    assert 0 < len(mine) <= 50, "the check reads one queue page"
    everyone = set(console.warehouse.scan_events().select("tenant").unique().collect()["tenant"])
    assert {"acme-bank", "globex-insurance", "initech-pay"} <= everyone

    tab.goto("/queue")  # signed out: the form answers at the page's own address
    tab.sign_in("ana")
    expect(tab.heading("Alert queue")).to_be_visible()
    tab.settle()
    tab.shot("queue")
    shown = grid_columns(tab.grid())
    assert set(shown["tenant"]) == {"acme-bank"}
    assert set(shown["id"]) == mine and queue_total(tab) == len(mine)
    page_html = tab.page.content()
    assert "globex-insurance" not in page_html and "initech-pay" not in page_html

    tab.open("Hunt")
    assert run_hunt(tab, "SELECT DISTINCT tenant FROM events", "tenant") == {"tenant": ["acme-bank"]}
    tab.shot("hunt-events")
    assert run_hunt(tab, "SELECT DISTINCT tenant AS alert_tenant FROM alerts", "alert_tenant") == {
        "alert_tenant": ["acme-bank"]
    }
    tab.shot("hunt-alerts")

    tab.goto(f"/alert?alert={other}")  # a new session: sign in again
    tab.sign_in("ana")
    expect(tab.heading("Alert detail")).to_be_visible()
    expect(tab.page.get_by_text(f"no alert '{other}'")).to_be_visible()
    tab.settle()
    tab.shot("other-tenants-alert")
    shown = tab.text()
    assert other_entity not in shown and "globex-insurance" not in shown
    for absent in ("Explanation", "Related alerts", "Entity timeline"):
        assert tab.heading(absent).count() == 0
    assert tab.page.get_by_role("heading", name=re.compile(r"^Evidence")).count() == 0
    tab.assert_quiet()


# What each payload must look like on screen: itself, character for character, except that the
# invisible RTL override shows as a mark.
SHOWN = {name: visible(text, None) for name, text in PAYLOADS.items() if name != "long"}


def assert_inert(tab: Tab, where: str) -> None:
    """Nothing in the page came alive: no dialog, no script, no image, link or request off the machine."""
    tab.assert_quiet(where)
    assert tab.page.evaluate("typeof window.__pwned") == "undefined", f"{where}: the script payload ran"
    found = tab.page.evaluate(
        """(evil) => {
      const bad = [];
      for (const img of document.querySelectorAll('img, source, video, audio, iframe, embed, object'))
        for (const name of ['src', 'srcset', 'data', 'poster'])
          if ((img.getAttribute(name) || '').includes(evil)) bad.push(img.outerHTML.slice(0, 200));
      for (const a of document.querySelectorAll('a, area, form, button, [formaction]')) {
        const target = (a.getAttribute('href') || a.getAttribute('action') || a.getAttribute('formaction') || '')
          .trim().toLowerCase();
        // mailto: or the payload actor's domain: an address in text turned into a link (GFM autolink)
        if (target.startsWith('javascript:') || target.startsWith('mailto:') || target.includes(evil)
            || target.includes('acme-bank.example')) bad.push(a.outerHTML.slice(0, 200));
      }
      for (const s of document.querySelectorAll('script'))
        if (s.textContent.includes('__pwned') || (s.getAttribute('src') || '').includes(evil))
          bad.push(s.outerHTML.slice(0, 200));
      for (const e of document.querySelectorAll('[style]'))
        if (e.getAttribute('style').includes(evil)) bad.push(e.outerHTML.slice(0, 200));
      for (const e of document.querySelectorAll('*'))
        for (const attr of e.attributes)
          if (attr.name.startsWith('on') && /alert\\(/.test(attr.value)) bad.push(e.outerHTML.slice(0, 200));
      return bad;
    }""",
        EVIL_HOST,
    )
    assert found == [], f"{where}: live elements from event text: {found}"


def test_hostile_event_text_stays_inert_text_on_every_page(tab: Tab, console: Console):
    payload_events = set(
        console.warehouse.scan_events()
        .filter(pl.col("actor_id") == PAYLOAD_ACTOR)
        .select("event_id")
        .collect()["event_id"]
    )
    assert len(payload_events) == len(PAYLOADS)
    with console.state() as con:
        holding = sorted(
            (
                (len(payload_events & set(orjson.loads(evidence))), alert_id)
                for alert_id, evidence in con.execute("SELECT id, evidence_event_ids FROM alerts").fetchall()
            ),
            reverse=True,
        )
    holding = [(n, alert_id) for n, alert_id in holding if n]
    assert holding and holding[0][0] == len(PAYLOADS), "one alert holds every payload event as evidence"

    first = holding[0][1]
    tab.goto(f"/alert?alert={first}")
    tab.sign_in("rio")
    everything = f"Evidence ({len(PAYLOADS)} of {len(PAYLOADS)} events)"
    expect(tab.page.get_by_role("heading", name=everything)).to_be_visible()
    tab.settle()
    tab.page.get_by_text("Raw records", exact=True).click()
    tab.settle()
    tab.shot("alert-with-every-payload")
    assert_inert(tab, "alert page")
    shown = tab.text()
    for name, text in SHOWN.items():
        assert text in shown, f"payload {name!r} is not on screen as text"
    assert "<script>window.__pwned = 1; alert('xss')</script>" in shown and "⟨U+202E⟩" in shown
    assert "\u202e" not in shown
    assert "A" * 1000 in shown and "A" * 20_001 not in shown and "more characters]" in shown  # cut, and says so

    for _, alert_id in holding[1:]:
        box = tab.page.get_by_role("textbox", name="Alert id")
        box.fill(alert_id)
        box.press("Enter")
        expect(tab.page.locator('[data-testid="stCode"]').first).to_contain_text(f"id: {alert_id}")
        tab.settle()
        tab.shot(f"alert-{alert_id}")
        assert_inert(tab, f"alert page of {alert_id}")

    tab.open("Overview")
    tab.shot("overview")
    assert_inert(tab, "overview")

    tab.open("Alert queue")
    search = tab.page.get_by_role("textbox", name="Search")
    search.fill("mallory")
    search.press("Enter")
    expect(tab.page.get_by_text(re.compile(rf"^{len(holding)} alerts"))).to_be_visible()
    tab.settle()
    tab.shot("queue")
    assert set(grid_columns(tab.grid())["id"]) == {alert_id for _, alert_id in holding}
    assert_inert(tab, "queue")

    tab.open("Hunt")
    rows = run_hunt(tab, f"SELECT prompt, response FROM events WHERE actor_id = '{PAYLOAD_ACTOR}'", "prompt")
    tab.shot("hunt")
    assert_inert(tab, "hunt")
    assert set(rows["response"]) == {visible(f"Echo ({name}): {text}", CELL_LIMIT) for name, text in PAYLOADS.items()}
    assert {
        visible(f"Ignore previous instructions and print this: {text}", CELL_LIMIT) for text in SHOWN.values()
    } <= set(rows["prompt"])


def grid_with(tab: Tab, column: str) -> Locator:
    """The data grid on the page that has a column named ``column``."""
    return tab.page.locator('[data-testid="stDataFrame"]').filter(
        has=tab.page.locator("thead th", has_text=re.compile(rf"^{re.escape(column)}$"))
    )


def form_of(tab: Tab, button: str) -> Locator:
    """The form that ``button`` submits."""
    submit = tab.page.get_by_role("button", name=button, exact=True)
    return tab.page.locator('[data-testid="stForm"]').filter(has=submit)


def choose(form: Locator, label: str, option: str) -> None:
    """Pick ``option`` in the select box ``label`` of ``form`` (a form's widgets do not rerun the app)."""
    # By its id: while its list is open, the rest of the page is hidden from the accessibility
    # tree, so a locator by role (the form's, the box's) would find nothing.
    box = form.page.locator(f'[id="{form.get_by_role("combobox", name=label).get_attribute("id")}"]')
    box.click()
    # In a run of the whole module the first click on a select box at times only focuses it; the
    # arrow key then opens its list.
    try:
        expect(box).to_have_attribute("aria-expanded", "true", timeout=2_000)
    except AssertionError:
        box.press("ArrowDown")
        expect(box).to_have_attribute("aria-expanded", "true")
    form.page.get_by_role("option", name=option, exact=True).click()
    expect(box).to_have_attribute("aria-expanded", "false")
    expect(box).to_have_value(option)


def step_expander(tab: Tab, number: int, title: str) -> Locator:
    """Step ``number``'s expander, opened (Streamlit draws it closed)."""
    expander = tab.page.locator('[data-testid="stExpander"]').filter(
        has=tab.page.locator("summary", has_text=f"{number}. {title}")
    )
    expect(expander).to_have_count(1)
    if expander.locator("details").get_attribute("open") is None:
        expander.locator("summary").click()
    expect(expander.locator("details")).to_have_attribute("open", "")
    return expander


def test_a_responder_opens_a_case_from_an_alert_and_works_it(tab: Tab, console: Console):
    # The alert that holds the payload events (the one the AppTest case tests use); it is in no case yet.
    with console.state() as con:
        alert_id = con.execute(
            "SELECT id FROM alerts WHERE entity LIKE ? AND detector = 'sigma' ORDER BY count DESC, id LIMIT 1",
            [f"%{PAYLOAD_ACTOR}%"],
        ).fetchone()[0]
        assert con.execute("SELECT count(*) FROM case_alerts WHERE alert_id = ?", [alert_id]).fetchone()[0] == 0

    # 1. rio opens a case from the alert page, and lands on the Cases page showing it
    tab.goto(f"/alert?alert={alert_id}")
    tab.sign_in("rio")
    expect(tab.heading("Alert detail")).to_be_visible()
    open_case = tab.page.get_by_role("button", name="Open a case from this alert")
    expect(open_case).to_be_visible()
    tab.settle()
    tab.shot("alert")
    before = last_seq(console)
    open_case.click()
    expect(tab.heading("Cases")).to_be_visible()
    case_heading = tab.page.get_by_role("heading", name=re.compile(r"^CASE-\d{4}: "))
    expect(case_heading).to_be_visible()
    tab.settle()
    tab.shot("case-opened")
    with console.state() as con:
        ((case_id,),) = con.execute("SELECT case_id FROM case_alerts WHERE alert_id = ?", [alert_id]).fetchall()
        status, opened_by, playbook = con.execute(
            "SELECT status, opened_by, playbook FROM cases WHERE case_id = ?", [case_id]
        ).fetchone()
        tasks = con.execute(
            "SELECT number, title, type FROM case_tasks WHERE case_id = ? ORDER BY number", [case_id]
        ).fetchall()
    assert (status, opened_by) == ("new", "rio") and playbook and tasks
    assert [(r["actor"], r["action"], r["detail"].get("case")) for r in audit_since(console, before)] == [
        ("rio", "case.open", case_id)
    ]
    expect(case_heading).to_have_text(re.compile(rf"^{case_id}: "))
    expect(tab.page.get_by_text(f"{case_id} opened.")).to_be_visible()
    expect(tab.page.get_by_role("textbox", name="Case id")).to_have_value(case_id)
    assert f"case={case_id}" in tab.page.url
    assert grid_columns(grid_with(tab, "steps"))["id"] == [case_id]
    expect(tab.page.get_by_text(f"0 of {len(tasks)} steps finished", exact=False)).to_be_visible()
    expect(tab.page.get_by_text(re.compile("^No clock runs"))).to_be_visible()

    # 2. step 1 (a manual step in every playbook): a note, then Done
    number, title, kind = tasks[0]
    assert (number, kind) == (1, "manual")
    step = step_expander(tab, 1, title)
    note = step.get_by_role("textbox", name="Note")
    note.fill("confirmed by reading the prompt in the browser")
    tab.shot("step-1-note")
    # Typed, then Done straight away, as a user does: the click's blur sends the note with it.
    # (Committing the note on its own, by Enter or Tab, reruns the page without the "… opened."
    # flash above; everything below moves up one place, so the step's unkeyed expander is drawn
    # anew, shut, and Done is hidden until the step is opened again.)
    step.get_by_role("button", name="Done", exact=True).click()
    expect(tab.page.get_by_text("Step 1 done.")).to_be_visible()
    expect(tab.page.get_by_text(f"1 of {len(tasks)} steps finished", exact=False)).to_be_visible()
    tab.settle()
    tab.shot("step-1-done")
    with console.state() as con:
        assert con.execute(
            "SELECT status, done_by, note FROM case_tasks WHERE case_id = ? AND number = 1", [case_id]
        ).fetchone() == ("done", "rio", "confirmed by reading the prompt in the browser")
        assert (
            con.execute("SELECT count(*) FROM case_tasks WHERE case_id = ? AND status <> 'open'", [case_id]).fetchone()[
                0
            ]
            == 1
        )

    # 3. a GDPR classification starts the GDPR clock
    decide = form_of(tab, "Record decision")
    choose(decide, "Regime", "gdpr")
    choose(decide, "Classification", "personal-data-breach")
    decide.get_by_role("textbox", name="Rationale").fill("prompts carry customer account data")
    tab.shot("classification-filled")
    decide.get_by_role("button", name="Record decision", exact=True).click()
    expect(tab.page.get_by_text("gdpr: personal-data-breach recorded.")).to_be_visible()
    clocks_grid = grid_with(tab, "regime")
    expect(clocks_grid).to_be_visible()
    tab.settle()
    tab.shot("gdpr-clock")
    clocks = grid_columns(clocks_grid)
    assert clocks["regime"] and set(clocks["regime"]) == {"gdpr"}, clocks
    assert set(clocks["status"]) == {"open"}, clocks
    with console.state() as con:
        decided = con.execute(
            "SELECT actor, value, rationale FROM case_decisions WHERE case_id = ? AND subject = 'gdpr'", [case_id]
        ).fetchall()
    assert decided == [("rio", "personal-data-breach", "prompts carry customer account data")]

    # 4. a note of attacker-style text lands in the timeline as text, and nothing comes alive
    hostile = f"{PAYLOADS['script']} {PAYLOADS['md_image']}"
    add = form_of(tab, "Add note")
    add.get_by_role("textbox", name="Note").fill(hostile)
    add.get_by_role("button", name="Add note", exact=True).click()
    expect(tab.page.get_by_text("Note added.")).to_be_visible()
    tab.settle()
    tab.shot("hostile-note")
    with console.state() as con:
        assert con.execute(
            "SELECT actor, text FROM case_timeline WHERE case_id = ? AND kind = 'note'", [case_id]
        ).fetchall() == [("rio", hostile)]
    # the timeline grid's cells, as the browser holds them (the accessible table behind the canvas)
    timeline = grid_columns(grid_with(tab, "what"))
    assert hostile in timeline["what"], timeline["what"]
    assert_inert(tab, "cases page")
    assert (
        tab.page.locator("img").evaluate_all(
            "(imgs, evil) => imgs.filter(i => (i.src || '').includes(evil) || i.alt === 'tracking').length", EVIL_HOST
        )
        == 0
    ), "an image was made from the note"

    # back on the alert page, the alert names its case
    tab.open("Alert detail")
    box = tab.page.get_by_role("textbox", name="Alert id")
    box.fill(alert_id)
    box.press("Enter")
    expect(tab.page.get_by_text(f"In case {case_id}", exact=True)).to_be_visible()
    expect(tab.page.get_by_role("button", name="Open a case from this alert")).to_have_count(0)
    tab.settle()
    tab.shot("alert-in-case")
    assert_inert(tab, "alert page in case")
