"""Console page render times on a warehouse of 10M events, against the 3,000-event demo warehouse.

    python -m bench.console [--events 10000000] [--days 30] [--alerts 10000] [--runs 20]
                            [--workdir bench/out/console] [--rebuild]

Two warehouses, built once and kept in the work folder (``--rebuild`` builds them again):

* **demo (the baseline)**: the demo set ingested as ``make demo`` does, every detector run.
* **big**: the demo set's events copied ``--events / 3000`` times over ``--days`` days ending
  today, written as Parquet through ``Warehouse.write_events``: every 3 hours one file of the
  shared logs and one per tenant (32 files a day). Each copy gets new event ids, times moved by
  ``copy × days / copies`` (wrapping round), and a mark of its own in ``raw``, ``prompt``,
  ``response`` and the request, trace and session ids, so no two events are alike. Ingest runs,
  detector cursors (every file read but the newest window's) and detection runs are recorded as a
  live deployment has them. Alerts: the demo's alerts copied onto ``--alerts / 82`` of the copies,
  each pointing at its copy's events.

Both get one more alert, a long-running one: the analyst tenant's Sigma alert with hits for 7
days (its evidence, the first hits, at the start). Then a user of every role, saved searches,
sign-ins and the same triage (most alerts older than three days closed, some acknowledged,
assigned or escalated, by each tenant's analyst; every action audit-logged).

Each page (``ui/console/views/*.py``) is rendered by ``streamlit.testing.v1.AppTest`` in a fresh
process per page, warehouse and user (the admin of all tenants; an analyst of one tenant): one
cold ``run()`` and ``--runs`` warm ones, each timed. The alert page opens the analyst tenant's
alert with the most evidence (``alert``) and the long-running one (``alert-long``). Then the
page's analytics calls are timed without Streamlit (``direct``), and two hunt queries through
``analytics.huntsql.run_query``. Prints per page cold, p50, p95, max and the ratios big/demo.
The JSON summary goes to the work folder; figures go to docs/benchmarks.md by hand.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import random
import shutil
import statistics
import subprocess
import sys
import time
from dataclasses import astuple, replace
from datetime import UTC, datetime, timedelta
from pathlib import Path

import orjson
import polars as pl

from aisoc.analytics.access import Principal, add_user, sign_in
from aisoc.analytics.alerting import Alert
from aisoc.analytics.alerting.store import list_alerts, save_alerts
from aisoc.analytics.huntsql import save_search
from aisoc.analytics.jobs import DetectConfig, run_detect
from aisoc.analytics.queries import queue
from aisoc.detections.findings import DETECTOR_IDS
from aisoc.ingest import Warehouse, ingest
from aisoc.ingest.kernel.clocks import utcnow
from aisoc.ingest.schema import POLARS_SCHEMA

REPO = Path(__file__).resolve().parent.parent
APP = REPO / "ui" / "console" / "app.py"
DEMO_LOGS = REPO / "sample_logs" / "demo" / "logs"
TENANTS = ("acme-bank", "globex-insurance", "initech-pay")
PAGES = ("overview", "queue", "alert", "alert-long", "hunt", "rules", "health", "audit")  # alert-long: alert.py
PERMISSION = {"hunt": "hunt", "audit": "audit.read"}  # as ui/console/app.py; the other pages need "view"
PASSWORD = "bench console password"
# (name, role, tenants); the analyst of each tenant triages its alerts
USERS = (
    ("admin", "admin", ("*",)),
    ("ana", "analyst", ("acme-bank",)),
    ("gil", "analyst", ("globex-insurance",)),
    ("ivy", "analyst", ("initech-pay",)),
    ("rio", "responder", ("acme-bank",)),
    ("vic", "viewer", ("acme-bank",)),
)
MEASURED = ("admin", "ana")
DAY, WINDOW, LONG = timedelta(days=1), timedelta(hours=3), timedelta(days=7)
US = timedelta(microseconds=1)
SHARED_SOURCES = ("openai_gateway", "otel_genai", "mlflow")  # the shared logs of ``make demo``
COPIED_IDS = ("request_id", "trace_id", "span_id", "session_id", "conversation_id")
MANIFEST = "bench-console.json"
EVENTS, DAYS, ALERTS = 10_000_000, 30, 10_000  # the defaults of --events, --days, --alerts
HUNT_EXAMPLE = (
    "SELECT actor_id, count(*) AS prompts, sum(tokens_in + tokens_out) AS tokens\n"
    "FROM events\nWHERE event_kind = 'llm.chat'\nGROUP BY actor_id\nORDER BY tokens DESC\nLIMIT 20"
)


def principal(name: str) -> Principal:
    return next(Principal.of(n, role, tenants) for n, role, tenants in USERS if n == name)


def new_id(event_id: str, copy: int) -> str:
    return hashlib.sha256(f"{event_id}:{copy}".encode()).hexdigest()


def mark(copy: int) -> str:
    """A letters-only mark per copy (a long number would trip the leakage prefilter and masking)."""
    return "".join(chr(97 + copy // 26**i % 26) for i in range(4))


def built(root: Path) -> dict | None:
    path = root / MANIFEST
    return json.loads(path.read_text()) if path.exists() else None


# --- building ----------------------------------------------------------------------------


def build_demo(root: Path) -> dict:
    warehouse = Warehouse(root)
    ingest([str(DEMO_LOGS / "shared")], warehouse)
    for tenant in TENANTS:
        ingest([str(DEMO_LOGS / tenant)], warehouse, tenant=tenant)
    run_detect(warehouse, DetectConfig())  # all four, as ``make demo``; similarity loads MiniLM
    busy, sigma = pick_alert(warehouse, ()), pick_alert(warehouse, ("sigma",))
    long = replace(sigma, id=long_id(sigma), dedup_key=long_id(sigma), first_seen=sigma.last_seen - LONG)
    with warehouse.state() as con:
        save_alerts(con, [long], {}, {})
    return finish(warehouse, {"alert": busy.id, "long_of": sigma.id, "long_alert": long.id})


def pick_alert(warehouse: Warehouse, detector: tuple[str, ...]) -> Alert:
    """The analyst tenant's alert with the most evidence events (of ``detector``, if given)."""
    with warehouse.state() as con:
        alerts = list_alerts(con, detector=detector, tenant=("acme-bank",))
    return max(alerts, key=lambda a: (len(a.evidence_event_ids), a.id))


def long_id(alert: Alert) -> str:
    return "al-" + new_id(alert.id, -1)[:20]


def build_big(root: Path, demo: Warehouse, events: int, days: int, alerts_wanted: int) -> dict:
    warehouse = Warehouse(root).create()
    source = demo.scan_events().collect().sort("event_id").with_row_index("e")
    copies = -(-events // source.height)
    base = datetime.now(UTC).replace(hour=0, minute=0, second=0, microsecond=0) - days * DAY
    day0 = source["ts"].min().replace(hour=0, minute=0, second=0, microsecond=0)
    files = write_copies(warehouse, source, events, copies, base, day0, days)
    period = days * DAY // US

    def shift(c: int) -> timedelta:  # exactly as the events of copy c were moved
        return base - day0 + timedelta(microseconds=c * period // copies)

    alerts = copy_alerts(warehouse, demo, copies, shift, days, alerts_wanted)
    return finish(warehouse, {**alerts, "events": events, "copies": copies, "files": files})


def write_copies(
    warehouse: Warehouse, source: pl.DataFrame, events: int, copies: int, base: datetime, day0: datetime, days: int
) -> int:
    """``events`` events: the demo's, ``copies`` times, as 3-hour Parquet files; returns the files written."""
    n, period = source.height, days * DAY // US
    pairs = (
        source.select("e", offset=(pl.col("ts") - day0).dt.total_microseconds())
        .join(pl.DataFrame({"copy": range(copies)}, schema={"copy": pl.UInt32}), how="cross")
        .filter((pl.col("copy") < copies - 1) | (pl.col("e") < events - (copies - 1) * n))
        .with_columns(at=(pl.col("offset") + pl.col("copy").cast(pl.Int64) * period // copies) % period)
        .with_columns(window=pl.col("at") // (WINDOW // US))
    )
    marks = pl.DataFrame(
        {"copy": range(copies), "mark": [mark(c) for c in range(copies)]}, schema={"copy": pl.UInt32, "mark": pl.String}
    )
    runs, inputs, detect_runs, written = [], [], [], 0
    pending = days * (DAY // WINDOW) - 1  # the newest window's files are not read yet, as in a live deployment
    for (window,), part in sorted(pairs.partition_by("window", as_dict=True).items()):
        start = base + window * WINDOW
        ingested = start + WINDOW + timedelta(minutes=2)
        naive = ingested.replace(tzinfo=None)
        frame = (
            part.join(source, on="e")
            .join(marks, on="copy")
            .sort("at")
            .with_columns(
                ts=pl.lit(base) + pl.duration(microseconds=pl.col("at")),
                ingested_at=pl.lit(ingested),
                raw=pl.concat_str(pl.lit('{"bench_copy":"'), "mark", pl.lit('",'), pl.col("raw").str.slice(1)),
                **{c: pl.concat_str(c, pl.lit(" ("), "mark", pl.lit(")")) for c in ("prompt", "response")},
                **{c: pl.concat_str(c, pl.lit("-"), "mark") for c in COPIED_IDS},
            )
        )
        ids = [new_id(e, c) for e, c in zip(frame["event_id"].to_list(), frame["copy"].to_list())]
        frame = frame.with_columns(event_id=pl.Series(ids))
        shared = frame["source"].is_in(SHARED_SOURCES)
        for tenant in (None, *TENANTS):
            rows = frame.filter(shared) if tenant is None else frame.filter(~shared & (pl.col("tenant") == tenant))
            if not rows.height:
                continue
            run_id = f"{ingested:%Y%m%dT%H%M%SZ}-{new_id(str(tenant), window)[:6]}"
            path = warehouse.write_events(
                rows.select(list(POLARS_SCHEMA)).cast(POLARS_SCHEMA), f"{start:%Y-%m-%d}", f"part-{run_id}-00001"
            )
            runs.append(
                [
                    run_id,
                    naive - timedelta(seconds=40),
                    naive,
                    "done",
                    tenant,
                    None,
                    json.dumps([f"/var/log/aisoc/{tenant or 'shared'}"]),
                    rows.height,
                    rows.height,
                    0,
                    0,
                    "[]",
                ]
            )
            written += rows.height
            if window < pending:
                lo, hi = (rows["ts"].min().replace(tzinfo=None), rows["ts"].max().replace(tzinfo=None))
                inputs += [
                    [
                        d,
                        f"{path.parent.name}/{path.name}",
                        rows.height,
                        lo,
                        hi,
                        naive + timedelta(minutes=5),
                        f"run-{window}",
                    ]
                    for d in DETECTOR_IDS
                ]
        if window < pending:
            detect_runs += [
                [
                    f"run-{window}",
                    d,
                    "incremental",
                    naive + timedelta(minutes=3),
                    naive + timedelta(minutes=5),
                    "done",
                    part.height,
                    0,
                    0,
                    0,
                    0,
                    90.0,
                    None,
                ]
                for d in DETECTOR_IDS
            ]
        if window % 8 == 7:
            print(f"  {start:%Y-%m-%d}: {written:,} events", file=sys.stderr)
    with warehouse.state() as con:
        for table, rows in (("ingest_runs", runs), ("detector_inputs", inputs), ("detect_runs", detect_runs)):
            insert(con, table, rows)
    return len(runs)


def copy_alerts(warehouse: Warehouse, demo: Warehouse, copies: int, shift, days: int, wanted: int) -> dict:
    """The demo's alerts on evenly spread copies whose events do not wrap round (the demo spans 7 days)."""
    info = built(demo.root)
    with demo.state() as con:
        alerts = [a for a in list_alerts(con) if a.id != info["long_alert"]]
    busy, sigma = (next(a for a in alerts if a.id == info[k]) for k in ("alert", "long_of"))
    steps = max(1, wanted // len(alerts))
    chosen = sorted({round(i * (copies * (days - 8) // days) / max(1, steps - 1)) for i in range(steps)})

    def copy(alert: Alert, c: int) -> Alert:
        seen = alert.last_seen + shift(c)
        return replace(
            alert,
            id="al-" + new_id(alert.id, c)[:20],
            status="open",
            dedup_key=new_id(alert.dedup_key, c)[:32],
            evidence_event_ids=[new_id(e, c) for e in alert.evidence_event_ids],
            first_seen=alert.first_seen + shift(c),
            last_seen=seen,
            created_at=seen + timedelta(minutes=10),
            updated_at=seen + timedelta(minutes=10),
        )

    out = [copy(a, c) for c in chosen for a in alerts]
    # The long-running alert keeps its first hits as evidence: those of the copy LONG before the newest.
    newest = chosen[-1]
    first = max(0, newest - round(LONG / DAY * copies / days))
    out.append(
        replace(
            copy(sigma, first),
            id=long_id(sigma),
            dedup_key=long_id(sigma),
            count=sigma.count * (newest - first + 1),
            last_seen=sigma.last_seen + shift(newest),
            updated_at=sigma.last_seen + shift(newest),
        )
    )
    with warehouse.state() as con:  # as ``save_alerts`` stores them, in one statement rather than one per alert
        insert(
            con, "alerts", [[orjson.dumps(v).decode() if isinstance(v, list) else v for v in astuple(a)] for a in out]
        )
    return {"alert": copy(busy, newest).id, "long_alert": long_id(sigma), "alerts": len(out)}


def insert(con, table: str, rows: list[list]) -> None:
    names = [d[0] for d in con.execute(f"SELECT * FROM {table} LIMIT 0").description]
    con.register("bench_rows", pl.DataFrame(rows, schema=names, orient="row", infer_schema_length=None).to_arrow())
    con.execute(f"INSERT INTO {table} SELECT * FROM bench_rows")
    con.unregister("bench_rows")


def finish(warehouse: Warehouse, manifest: dict) -> dict:
    """Users of every role, sign-ins, saved searches and triage; the manifest marks the build complete."""
    now = utcnow()
    with warehouse.state() as con:
        for name, role, tenants in USERS:
            add_user(con, name, role=role, tenants=tenants, password=PASSWORD, now=now)
    for name, *_ in USERS:
        sign_in(warehouse, name, PASSWORD)
    for name in ("admin", "ana"):
        save_search(warehouse, principal(name), "tokens per user", HUNT_EXAMPLE)
        save_search(
            warehouse,
            principal(name),
            "guardrail blocks",
            "SELECT tenant, actor_id, count(*) AS n FROM events WHERE guardrail_action = 'blocked' GROUP BY ALL",
        )
    triage(warehouse, now)
    manifest = {**manifest, "built": now.isoformat()}
    (warehouse.root / MANIFEST).write_text(json.dumps(manifest))
    return manifest


def triage(warehouse: Warehouse, now: datetime) -> None:
    """Alerts last seen over three days ago: 75% closed, 5% escalated, 10% acknowledged; newer ones:
    a third acknowledged, a fifth assigned. In batches of 25, by each tenant's analyst."""
    rng = random.Random(7)
    with warehouse.state() as con:
        alerts = sorted(list_alerts(con), key=lambda a: a.id)
    analysts = {tenants[0]: name for name, role, tenants in USERS if role == "analyst"}
    plans: dict[tuple, list[str]] = {}
    for a in alerts:
        roll, verdict = rng.random(), rng.choices(("true_positive", "false_positive", "benign"), (2, 6, 2))[0]
        if now - a.last_seen > 3 * DAY:
            action = (
                ("close", verdict)
                if roll < 0.75
                else ("escalate",)
                if roll < 0.8
                else ("acknowledge",)
                if roll < 0.9
                else ()
            )
        else:
            action = ("acknowledge",) if roll < 0.33 else ("assign",) if roll < 0.53 else ()
        if action:
            plans.setdefault((analysts.get(a.tenant, "admin"), *action), []).append(a.id)
    for (who, action, *verdict), ids in sorted(plans.items()):
        for batch in (ids[i : i + 25] for i in range(0, len(ids), 25)):
            if action == "close":
                queue.close(
                    warehouse,
                    principal(who),
                    batch,
                    verdict[0],
                    "" if verdict[0] == "true_positive" else "expected traffic",
                )
            elif action == "escalate":
                queue.escalate(warehouse, principal(who), batch, "needs the tenant's security team")
            elif action == "assign":
                queue.assign(warehouse, principal(who), batch, who)
            else:
                queue.acknowledge(warehouse, principal(who), batch)


# --- measuring (each in a process of its own) --------------------------------------------------


def direct_calls(page: str, warehouse: Warehouse, who: Principal, alert_id: str):
    """The analytics calls a page makes, without Streamlit."""
    from aisoc.analytics.access import entries
    from aisoc.analytics.huntsql import saved_searches
    from aisoc.analytics.queries import detail, health, overview, rulebook

    def alert():
        info = detail.alert_detail(warehouse, who, alert_id)
        return detail.timeline(warehouse, who, info.alert)

    def audit():
        with warehouse.state() as con:
            return entries(con, limit=100)

    return {
        "overview": lambda: [
            overview.alerts_over_time(warehouse, who),
            overview.alerts_by_tag(warehouse, who),
            overview.alerts_by_tenant(warehouse, who),
            overview.top_entities(warehouse, who),
            overview.freshness(warehouse, who),
        ],
        "queue": lambda: queue.alert_page(warehouse, who, queue.QueueFilter(), limit=50),
        "alert": alert,
        "alert-long": alert,
        "hunt": lambda: saved_searches(warehouse, who),
        "rules": lambda: rulebook.rule_catalogue(warehouse, who),
        "health": lambda: [
            health.detector_status(warehouse, who),
            health.ingest_runs(warehouse, who),
            health.quarantine_page(warehouse, who),
        ],
        "audit": audit,
    }[page]


def timings(fn, runs: int) -> list[float]:
    out = []
    for _ in range(runs):
        start = time.perf_counter()
        fn()
        out.append(time.perf_counter() - start)
    return out


def measure_page(root: Path, page: str, who_name: str, runs: int) -> dict:
    from streamlit.testing.v1 import AppTest

    os.environ["AISOC_HOME"] = str(root)
    AppTest.from_file(str(APP), default_timeout=600).run()  # the sign-in page: Streamlit's own first run, not timed
    who, alert_id = principal(who_name), built(root)["long_alert" if page == "alert-long" else "alert"]
    at = AppTest.from_file(str(APP), default_timeout=600)
    at.session_state["principal"] = who
    at.query_params["alert"] = alert_id
    at.switch_page(f"views/{page.removesuffix('-long')}.py")

    def render():
        at.run()
        if at.exception:
            raise SystemExit(f"{page}: {at.exception[0].message}")

    seconds = timings(render, 1 + runs)
    direct = timings(direct_calls(page, Warehouse(root), who, alert_id), runs)
    return {"cold": seconds[0], "warm": seconds[1:], "direct": direct}


def measure_hunt(root: Path, who_name: str, runs: int) -> dict:
    """The hunt page's example (tokens per user over every stored event), and the same over the last day."""
    from aisoc.analytics.huntsql import run_query

    warehouse, who = Warehouse(root), principal(who_name)
    newest = pl.scan_parquet(warehouse.event_files()[-8:]).select(pl.col("ts").max()).collect().item()
    day = HUNT_EXAMPLE.replace("WHERE ", f"WHERE ts >= TIMESTAMPTZ '{(newest - DAY).isoformat()}' AND ")
    out = {}
    for name, sql in (("month", HUNT_EXAMPLE), ("last_day", day)):
        seconds = timings(lambda: run_query(warehouse, who, sql, timeout=600), 1 + runs)
        out[name] = {"cold": seconds[0], "warm": seconds[1:]}
    return out


def child(args: list[str]) -> dict:
    load = os.getloadavg()[0]
    proc = subprocess.run([sys.executable, "-m", "bench.console", *args], capture_output=True, text=True, cwd=REPO)
    if proc.returncode:
        raise SystemExit(f"bench.console {' '.join(args)} failed:\n{proc.stderr[-3000:]}")
    return {**json.loads(proc.stdout.strip().splitlines()[-1]), "load": max(load, os.getloadavg()[0])}


def summary(m: dict) -> dict:
    warm = m["warm"]
    row = {
        "cold": m["cold"],
        "p50": statistics.median(warm),
        "max": max(warm),
        "p95": statistics.quantiles(warm, n=20, method="inclusive")[-1] if len(warm) > 1 else warm[0],
    }
    if "direct" in m:
        row["direct_p50"] = statistics.median(m["direct"])
    return {k: round(v, 3) for k, v in row.items()} | {"load": round(m.get("load", 0), 2)}


def ensure_warehouses(
    work: Path, events: int = EVENTS, days: int = DAYS, alerts: int = ALERTS, *, rebuild: bool = False
) -> tuple[Path, Path]:
    """The demo and big warehouses under ``work``, each built first if missing (or ``rebuild``)."""
    demo_root, big_root = work / "demo", work / f"big-{events}"
    for root, make in (
        (demo_root, lambda: build_demo(demo_root)),
        (big_root, lambda: build_big(big_root, Warehouse(demo_root), events, days, alerts)),
    ):
        if rebuild or built(root) is None:
            shutil.rmtree(root, ignore_errors=True)
            print(f"building {root} (kept for the next run)…", file=sys.stderr)
            clock = time.perf_counter()
            manifest = make()
            manifest["build_s"] = round(time.perf_counter() - clock, 1)
            manifest["disk_mb"] = round(sum(p.stat().st_size for p in root.rglob("*") if p.is_file()) / 1e6, 1)
            (root / MANIFEST).write_text(json.dumps(manifest))
    return demo_root, big_root


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--events", type=int, default=EVENTS)
    parser.add_argument("--days", type=int, default=DAYS)
    parser.add_argument("--alerts", type=int, default=ALERTS, help="about this many alerts in the big warehouse")
    parser.add_argument("--runs", type=int, default=20, help="warm runs per page")
    parser.add_argument("--workdir", type=Path, default=REPO / "bench" / "out" / "console")
    parser.add_argument("--rebuild", action="store_true")
    parser.add_argument("--measure", nargs=3, metavar=("ROOT", "PAGE", "USER"), help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.measure:
        root, page, who = args.measure
        result = (
            measure_hunt(Path(root), who, max(1, args.runs // 4))
            if page == "hunt-query"
            else measure_page(Path(root), page, who, args.runs)
        )
        print(json.dumps(result))
        return

    work: Path = args.workdir
    demo_root, big_root = ensure_warehouses(work, args.events, args.days, args.alerts, rebuild=args.rebuild)
    sides = (("demo", demo_root), ("big", big_root))
    results: dict = {"warehouses": {"demo": built(demo_root), "big": built(big_root)}, "pages": {}, "hunt": {}}
    for who in MEASURED:
        for page in (p for p in PAGES if principal(who).can(PERMISSION.get(p, "view"))):
            for name, root in sides:
                print(f"measuring {page} as {who} on {name}…", file=sys.stderr)
                results["pages"].setdefault(who, {}).setdefault(page, {})[name] = summary(
                    child(["--measure", str(root), page, who, "--runs", str(args.runs)])
                )
        for name, root in sides:
            hunt = child(["--measure", str(root), "hunt-query", who, "--runs", str(args.runs)])
            results["hunt"].setdefault(who, {})[name] = {
                q: summary({**hunt[q], "load": hunt["load"]}) for q in ("month", "last_day")
            }

    big = results["warehouses"]["big"]
    print(
        f"big warehouse: {big['events']:,} events in {big['files']} files, {big['alerts']:,} alerts; "
        f"built in {big['build_s']:.0f} s, {big['disk_mb']:,.0f} MB on disk"
    )
    print(f"{'':17}{'demo (s)':^24}  {'big (s)':^32}  {'big/demo':^12}")
    print(
        f"{'user   page':17}{'cold':>6}{'p50':>6}{'p95':>6}{'max':>6}  {'cold':>6}{'p50':>6}{'p95':>6}{'max':>6}"
        f"{'direct':>8}  {'p50':>6}{'p95':>6}"
    )
    loads = []
    for who, pages in results["pages"].items():
        for page, s in pages.items():
            d, b = s["demo"], s["big"]
            loads += [d["load"], b["load"]]
            print(
                f"{who:6} {page:10}"
                + "".join(f"{d[k]:6.2f}" for k in ("cold", "p50", "p95", "max"))
                + "  "
                + "".join(f"{b[k]:6.2f}" for k in ("cold", "p50", "p95", "max"))
                + f"{b['direct_p50']:8.2f}  "
                + f"{b['p50'] / d['p50']:5.1f}x{b['p95'] / d['p95']:5.1f}x"
                + ("" if b["p95"] < 1 else "  p95 over 1 s")
            )
    for who, s in results["hunt"].items():
        for query in ("month", "last_day"):
            d, b = s["demo"][query], s["big"][query]
            print(
                f"{who:6} hunt query, {query}: demo p50 {d['p50']:.2f} s; big cold {b['cold']:.2f}, "
                f"p50 {b['p50']:.2f}, p95 {b['p95']:.2f} s ({b['p50'] / d['p50']:.1f}x)"
            )
    print(f"1-minute load average around the measurements: up to {max(loads):.1f} (2 cores)")
    work.mkdir(parents=True, exist_ok=True)
    (work / "console.json").write_text(orjson.dumps(results, option=orjson.OPT_INDENT_2).decode())


if __name__ == "__main__":
    main()
