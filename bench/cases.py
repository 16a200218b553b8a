"""Incident-case work on a warehouse of 10M events, against the 3,000-event demo warehouse.

    python -m bench.cases [--runs 5] [--cases 1000] [--only open enrich report page list]
                          [--workdir bench/out/cases] [--console-workdir bench/out/console]

The two warehouses are bench/console's: ``demo`` (the baseline) and ``big`` (10M events, 9,923
alerts), built there on first use — that takes several minutes — and never changed here. Each
run copies their ``state.duckdb`` into a fresh ``<workdir>/<name>/`` whose ``events`` is a
symlink to the cached warehouse's events, so the cases this benchmark opens land in the copy.

Everything runs as the admin (all tenants), one cold run then ``--runs`` warm ones, in a process
per warehouse and stage (demo, then big):

* **open**: ``open_case`` from globex-insurance's prompt-injection alert with the most evidence
  (in big: the newest copy of that alert — same rule, tenant and entity), then ``complete_step``
  of step 1, ``classify`` and ``close_case`` (closed, the same alert opens again next round).
* **enrich**: ``run_enrichment`` of every enrichment step of that case's playbook and of cases
  opened on an API-key alert (pb-api-key-compromise), a cross-tenant RAG alert
  (pb-rag-cross-tenant), a consumption alert (pb-unbounded-consumption) and a secret leak
  (pb-secret-leak); the shipped queries api-key-usage, tenants-touched, consumption and exposure
  are among them. A step whose case lacks the fact its query needs is listed as not runnable.
  Each query is also timed through ``run_query`` alone (the sandbox without the case's context
  and evidence), and straight in DuckDB (*direct*, the second baseline): the same SQL and
  parameters over ``read_parquet(<the warehouse's event files>)`` with ``tenant IN (the case's
  tenants)`` added, on a fresh connection. *sandbox / direct* is run_enrichment over direct.
* **report**: ``build_report`` and ``render_markdown`` / ``render_html`` / ``render_pdf`` of the
  prompt-injection case, walked as tests/cases/test_walkthrough.py does (steps done, decisions,
  a classification, a notification), with 10 evidence entries (its enrichment results, topped up
  with notes).
* **page**: the Cases page through ``streamlit.testing.v1.AppTest`` on ``ui/console/app.py`` with
  that case open, as bench/console measures pages: one cold ``run()``, then warm ones; *direct* is
  the page's analytics calls without Streamlit. Measured with the few cases made by then, and
  again with ``--cases`` cases.
* **list**: ``list_cases``, ``list_cases(status="open")`` and ``case_metrics`` with ``--cases``
  cases in the state. The cases are made by aisoc's own ``open_case`` / ``assign`` /
  ``set_status`` / ``close_case``, one per alert (the demo's 83 alerts are reused; a closed case
  frees its alert), on one state connection in one transaction rather than one each: opening the
  state database costs about 40 ms a call. 6% stay open, the rest are closed.

Prints a table (demo p50, big cold / p50 / p95, big / demo, and for enrichment direct p50 and
sandbox / direct); the JSON summary goes to the work folder, figures to docs/benchmarks.md.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import shutil
import statistics
import subprocess
import sys
import time
from collections.abc import Callable
from contextlib import contextmanager
from datetime import timedelta
from pathlib import Path

import duckdb
import orjson

from aisoc.analytics import cases
from aisoc.analytics.cases.context import case_context, query_params
from aisoc.analytics.cases.enrich import DEFAULT_ROWS
from aisoc.analytics.cases.records import CaseError, load_case
from aisoc.analytics.cases.report import render_html, render_markdown, render_pdf
from aisoc.analytics.huntsql import run_query
from aisoc.ingest import Warehouse
from aisoc.ingest.kernel.clocks import utcnow
from aisoc.playbooks import load_library
from bench.console import APP, EVENTS, MANIFEST, REPO, built, ensure_warehouses, principal

STAGES = ("open", "enrich", "report", "page", "list")
ADMIN = "admin"
# (playbook, tenant) of the case walked and reported on; then the cases opened for their queries
MAIN = ("pb-prompt-injection", "globex-insurance")
EXTRA = ("pb-api-key-compromise", "pb-rag-cross-tenant", "pb-unbounded-consumption", "pb-secret-leak")
EVIDENCE = 10  # entries in the reported case
OPEN_SHARE = 0.06  # of the bulk-made cases, left open
STATE = "state.duckdb"


# --- the working copies -----------------------------------------------------------------------


def working_copy(cached: Path, work: Path) -> Path:
    """A fresh folder with a copy of ``cached``'s state database and its events folder linked."""
    source = Warehouse(cached)
    if work.is_symlink() or work.is_file():
        work.unlink()
    if work.exists():
        events = work / "events"
        if events.is_symlink():
            events.unlink()  # the link only, never what it points to
        shutil.rmtree(work)
    work.mkdir(parents=True)
    copy = Warehouse(work)
    shutil.copyfile(source.state_path, copy.state_path)
    shutil.copyfile(cached / MANIFEST, work / MANIFEST)  # which alerts bench/console picked
    copy.events_dir.symlink_to(source.events_dir.resolve(), target_is_directory=True)
    return work


# --- timing -----------------------------------------------------------------------------------


def timed(fn: Callable, runs: int) -> dict:
    """One cold call and ``runs`` warm ones, in seconds; the last result is kept."""
    seconds, result = [], None
    for _ in range(1 + runs):
        start = time.perf_counter()
        result = fn()
        seconds.append(time.perf_counter() - start)
    return {"cold": seconds[0], "warm": seconds[1:], "result": result}


def stats(m: dict) -> dict:
    warm = m["warm"] or [m["cold"]]
    return {
        "cold": round(m["cold"], 4),
        "p50": round(statistics.median(warm), 4),
        "max": round(max(warm), 4),
        "p95": round(statistics.quantiles(warm, n=20, method="inclusive")[-1] if len(warm) > 1 else warm[0], 4),
    }


def rounds(fns: dict[str, Callable], runs: int) -> dict:
    """Several calls that must run in order, ``1 + runs`` rounds of them; each timed on its own."""
    seconds: dict[str, list[float]] = {name: [] for name in fns}
    for _ in range(1 + runs):
        for name, fn in fns.items():
            start = time.perf_counter()
            fn()
            seconds[name].append(time.perf_counter() - start)
    return {name: stats({"cold": s[0], "warm": s[1:]}) for name, s in seconds.items()}


# --- picking alerts ---------------------------------------------------------------------------


def pick_alert(demo: Warehouse, wh: Warehouse, playbook: str, tenant: str | None = None) -> str:
    """The demo's alert of ``playbook`` (and ``tenant``) with the most evidence; on another
    warehouse, its newest copy: the same rule, tenant, detector, entity and title."""
    skip = [built(demo.root)["long_alert"]]
    with demo.state() as con:
        row = con.execute(
            "SELECT id, rule_id, tenant, detector, entity, title FROM alerts "
            "WHERE playbook = ? AND (? IS NULL OR tenant = ?) AND id <> ALL(?) "
            "ORDER BY json_array_length(evidence_event_ids) DESC, id LIMIT 1",
            [playbook, tenant, tenant, skip],
        ).fetchone()
    if row is None:
        raise SystemExit(f"the demo warehouse has no {playbook} alert" + (f" of {tenant}" if tenant else ""))
    if wh.root == demo.root:
        return row[0]
    with wh.state() as con:
        copy = con.execute(
            "SELECT id FROM alerts WHERE rule_id = ? AND tenant IS NOT DISTINCT FROM ? AND detector = ? "
            "AND entity IS NOT DISTINCT FROM ? AND title = ? "
            "ORDER BY json_array_length(evidence_event_ids) DESC, last_seen DESC, id LIMIT 1",
            list(row[1:]),
        ).fetchone()
    if copy is None:
        raise SystemExit(f"{wh.root}: no copy of the demo's alert {row[0]} ({playbook})")
    return copy[0]


# --- stage: open, enrich, report (one process) ------------------------------------------------


def direct_query(wh: Warehouse, tenants: list[str], sql: str, params: dict) -> int:
    """The saved query straight in DuckDB over the event files, with the tenant filter added."""
    files = "[" + ", ".join("'" + str(p).replace("'", "''") + "'" for p in wh.event_files()) + "]"
    scope = ", ".join("'" + t.replace("'", "''") + "'" for t in tenants)
    con = duckdb.connect(":memory:")
    try:
        con.execute(
            f"CREATE VIEW events AS SELECT * FROM read_parquet({files}, hive_partitioning = false) "
            f"WHERE tenant IN ({scope})"
        )
        return con.sql(sql, params=params).pl().height
    finally:
        con.close()


def step_params(wh: Warehouse, who, case_id: str, number: int, library) -> tuple[str, str, dict, int, list[str]]:
    """What run_enrichment binds for step ``number``: (query name, SQL, params, row limit, tenants)."""
    with wh.state() as con:
        case = load_case(con, who, case_id)
        step = library.get(case.playbook).step(case.task(number).step_id)
        query = library.queries[step.query]
        context = case_context(wh, who, case, con)
    params = query_params(context, query.params, int(step.params.get("days", 7)))
    return (
        query.name,
        query.sql,
        params,
        int(step.params.get("limit", DEFAULT_ROWS)),
        [t for t in case.tenants if t is not None],
    )


def measure_enrichment(wh: Warehouse, who, case_id: str, library, runs: int) -> list[dict]:
    out = []
    case = cases.get_case(wh, who, case_id)
    for task in (t for t in case.tasks if t.type == "enrichment"):
        row = {"playbook": case.playbook, "step": task.number}
        name, sql, params, limit, tenants = step_params(wh, who, case_id, task.number, library)
        row["query"] = name
        try:
            enrich = timed(lambda: cases.run_enrichment(wh, who, case_id, task.number, library), runs)
        except CaseError as exc:
            out.append({**row, "skipped": str(exc)})
            continue
        query = timed(lambda: run_query(wh, who, sql, limit=limit, params=params), runs)
        direct = timed(lambda: direct_query(wh, tenants, sql, params), runs)
        rows = enrich["result"].rows
        out.append(
            {
                **row,
                "rows": rows,
                "direct_rows": direct["result"],
                "same_rows": rows == min(direct["result"], limit),
                "enrich": stats(enrich),
                "sandbox_query": stats(query),
                "direct": stats(direct),
            }
        )
    return out


def walk(wh: Warehouse, who, case_id: str, library) -> int:
    """The prompt-injection case worked as the walkthrough test does; notes bring its evidence to
    ``EVIDENCE`` entries. Returns the number of entries."""
    case = cases.get_case(wh, who, case_id)
    number = {t.number: t for t in case.tasks}
    cases.assign(wh, who, case_id, ADMIN)
    for n in range(1, min(5, len(case.tasks)) + 1):
        task = number[n]
        if cases.get_case(wh, who, case_id).task(n).status != "open":
            continue  # skipped by an earlier decision
        if task.type == "decision":
            step = library.get(case.playbook).step(task.step_id)
            answer = "yes" if "yes" in [o.answer for o in step.options] else step.options[0].answer
            cases.complete_step(wh, who, case_id, n, library, answer=answer)
        elif task.type == "enrichment" and not any(
            e.kind == "query" and e.title.startswith(f"step {n}:") for e in case.evidence
        ):
            cases.complete_step(wh, who, case_id, n, library, skip=True, note="its query cannot run on this case")
        else:
            cases.complete_step(wh, who, case_id, n, library, note="bench")
    cases.classify(wh, who, case_id, "dora", "major", rationale="the claims portal was unavailable")
    cases.classify(wh, who, case_id, "ai-act", "not-applicable", rationale="no high-risk AI system involved")
    cases.record_notification(wh, who, case_id, "gdpr", "initial", reference="DPA-BENCH-1")
    entries = len(cases.get_case(wh, who, case_id).evidence)
    for i in range(entries, EVIDENCE):
        cases.add_note(wh, who, case_id, f"analyst note {i}: checked the actor's other sessions")
    return len(cases.get_case(wh, who, case_id).evidence)


def measure_ops(root: Path, demo_root: Path, runs: int, only: set[str]) -> dict:
    wh, demo, who, library = Warehouse(root), Warehouse(demo_root), principal(ADMIN), load_library()
    alert = pick_alert(demo, wh, *MAIN)
    out: dict = {"alert": alert}
    if "open" in only:
        state: dict = {}

        def open_():
            state["case"] = cases.open_case(wh, who, [alert], library)

        out["ops"] = rounds(
            {
                "open_case": open_,
                "complete_step": lambda: cases.complete_step(wh, who, state["case"], 1, library, note="bench"),
                "classify": lambda: cases.classify(
                    wh, who, state["case"], "gdpr", "personal-data-breach", rationale="customer data was disclosed"
                ),
                "close_case": lambda: cases.close_case(
                    wh, who, state["case"], summary="bench round", force="bench round"
                ),
            },
            runs,
        )
    case_id = cases.open_case(wh, who, [alert], library)
    out["case"] = case_id
    if "enrich" in only:
        out["enrich"] = measure_enrichment(wh, who, case_id, library, runs)
        for playbook in EXTRA:
            extra = cases.open_case(wh, who, [pick_alert(demo, wh, playbook)], library)
            out["enrich"] += measure_enrichment(wh, who, extra, library, runs)
    out["evidence"] = walk(wh, who, case_id, library)
    if "report" in only:
        report = timed(lambda: cases.build_report(wh, who, case_id, library, fmt="md"), runs)
        data = report["result"]
        out["report"] = {"build_report": stats(report)}
        for name, render in (
            ("render_markdown", render_markdown),
            ("render_html", render_html),
            ("render_pdf", render_pdf),
        ):
            m = timed(lambda: render(data), runs)
            out["report"][name] = {
                **stats(m),
                "bytes": len(m["result"].encode() if isinstance(m["result"], str) else m["result"]),
            }
        out["report"]["get_case"] = stats(timed(lambda: cases.get_case(wh, who, case_id), runs))
        out["report"]["verify_case_evidence"] = stats(timed(lambda: cases.verify_case_evidence(wh, who, case_id), runs))
    return out


# --- stage: many cases ------------------------------------------------------------------------


class _OneTransaction:
    """The warehouse, but ``state()`` hands out one connection that stays in one transaction:
    the bulk of cases is made by aisoc's own calls without opening the database for each."""

    def __init__(self, warehouse: Warehouse, con: duckdb.DuckDBPyConnection) -> None:
        self._warehouse, self._con = warehouse, con

    def __getattr__(self, name: str):
        return getattr(self._warehouse, name)

    @contextmanager
    def state(self, read_only: bool = False):
        yield self._con


def make_cases(wh: Warehouse, who, library, total: int) -> dict:
    """Cases up to ``total``, one per alert, oldest alerts first; the newest ``OPEN_SHARE`` stay open
    (in every phase, two thirds assigned), the others assigned and closed. Times are drawn between
    the alert's creation and now."""
    rng, now = random.Random(11), utcnow()
    with wh.state() as con:
        have = con.execute("SELECT count(*) FROM cases").fetchone()[0]
        busy = {
            r[0]
            for r in con.execute(
                "SELECT ca.alert_id FROM case_alerts ca JOIN cases c USING (case_id) WHERE c.status <> 'closed'"
            ).fetchall()
        }
        alerts = [
            (i, c)
            for i, c in con.execute("SELECT id, created_at FROM alerts ORDER BY created_at, id").fetchall()
            if i not in busy
        ]
    want = max(0, total - have)
    keep = round(want * OPEN_SHARE)
    if len(alerts) >= want:
        chosen = [alerts[i * len(alerts) // want] for i in range(want)]
    else:  # too few alerts: reuse them; the open cases, made last, still get one alert each
        if len(alerts) < keep:
            raise SystemExit(f"{wh.root}: {len(alerts)} free alerts cannot hold {keep} open cases")
        chosen = [alerts[i % len(alerts)] for i in range(want)]

    def between(start, span_max: timedelta, share: float):
        return start + min(span_max, (now - start) * share)

    start = time.perf_counter()
    with wh.state() as con:
        batch = _OneTransaction(wh, con)
        for i, (alert, created) in enumerate(chosen):
            opened = between(created, timedelta(minutes=rng.uniform(5, 240)), 0.3)
            moved = between(opened, timedelta(minutes=rng.uniform(2, 120)), 0.3)
            case_id = cases.open_case(batch, who, [alert], library, now=opened)
            j = i - (want - keep)
            if j < 0 or j % 3 != 2:
                cases.assign(batch, who, case_id, ADMIN, now=moved)
            if j < 0:
                cases.close_case(
                    batch,
                    who,
                    case_id,
                    summary="bulk-made for the benchmark",
                    force="bulk-made",
                    now=between(moved, timedelta(hours=rng.uniform(1, 96)), 0.9),
                )
            elif cases.STATUSES[j % 5] != "new":
                cases.set_status(batch, who, case_id, cases.STATUSES[j % 5], now=moved)
    seconds = time.perf_counter() - start
    with wh.state() as con:
        count, still_open = con.execute(
            "SELECT count(*), count(*) FILTER (WHERE status <> 'closed') FROM cases"
        ).fetchone()
    return {
        "made": want,
        "seconds": round(seconds, 2),
        "per_case_ms": round(1000 * seconds / max(1, want), 1),
        "cases": count,
        "open": still_open,
    }


def measure_list(root: Path, total: int, runs: int) -> dict:
    wh, who, library = Warehouse(root), principal(ADMIN), load_library()
    made = make_cases(wh, who, library, total)
    return {
        **made,
        "ops": {
            "list_cases": stats(timed(lambda: cases.list_cases(wh, who), runs)),
            "list_cases_open": stats(timed(lambda: cases.list_cases(wh, who, status="open"), runs)),
            "case_metrics": stats(timed(lambda: cases.case_metrics(wh, who), runs)),
        },
    }


# --- stage: the Cases page --------------------------------------------------------------------


def measure_page(root: Path, case_id: str, runs: int) -> dict:
    from streamlit.testing.v1 import AppTest

    os.environ["AISOC_HOME"] = str(root)
    AppTest.from_file(str(APP), default_timeout=600).run()  # the sign-in page: Streamlit's own first run, not timed
    wh, who = Warehouse(root), principal(ADMIN)
    at = AppTest.from_file(str(APP), default_timeout=600)
    at.session_state["principal"] = who
    at.query_params["case"] = case_id
    at.switch_page("views/cases.py")

    def render():
        at.run()
        if at.exception:
            raise SystemExit(f"cases page: {at.exception[0].message}")
        if not any(s.value.startswith(f"{case_id}:") for s in at.subheader):
            raise SystemExit(f"cases page: {case_id} is not shown")

    page = timed(render, runs)

    def direct():  # the page's analytics calls
        cases.case_metrics(wh, who)
        cases.list_cases(wh, who, status="open")
        cases.case_clocks(cases.get_case(wh, who, case_id), utcnow())

    with wh.state() as con:
        count = con.execute("SELECT count(*) FROM cases").fetchone()[0]
    return {**stats(page), "direct_p50": stats(timed(direct, runs))["p50"], "cases": count}


# --- the parent -------------------------------------------------------------------------------


def child(args: list[str]) -> dict:
    load = os.getloadavg()[0]
    proc = subprocess.run([sys.executable, "-m", "bench.cases", *args], capture_output=True, text=True, cwd=REPO)
    if proc.returncode:
        raise SystemExit(f"bench.cases {' '.join(args)} failed:\n{proc.stderr[-3000:]}")
    return {**json.loads(proc.stdout.strip().splitlines()[-1]), "load": round(max(load, os.getloadavg()[0]), 2)}


def table(results: dict) -> list[str]:
    demo, big = results["demo"], results["big"]
    lines = [
        f"{'operation':58}{'demo p50':>9}{'big cold':>9}{'big p50':>9}{'big p95':>9}{'big/demo':>9}"
        f"{'direct':>9}{'sbx/dir':>8}"
    ]

    def line(name: str, d: dict | None, b: dict | None, direct: dict | None = None) -> None:
        if d is None or b is None:
            return
        text = f"{name:58}{d['p50']:9.3f}{b['cold']:9.3f}{b['p50']:9.3f}{b['p95']:9.3f}{b['p50'] / d['p50']:8.1f}x"
        if direct:
            text += f"{direct['p50']:9.3f}{b['p50'] / direct['p50']:7.1f}x"
        lines.append(text)

    for name in demo.get("ops") or {}:
        line(name, demo["ops"][name], big["ops"][name])
    for d, b in zip(demo.get("enrich", ()), big.get("enrich", ())):
        label = f"run_enrichment {d['playbook'].removeprefix('pb-')} #{d['step']} {d['query']}"
        if "skipped" in b or "skipped" in d:
            lines.append(f"{label:58}  not runnable: {(b.get('skipped') or d.get('skipped')).split(': ', 1)[-1]}")
            continue
        line(f"{label} ({d['rows']}/{b['rows']} rows)", d["enrich"], b["enrich"], b["direct"])
        line("    of which run_query", d["sandbox_query"], b["sandbox_query"], b["direct"])
    for name in demo.get("report") or {}:
        line(
            name + (f" ({results['evidence']} evidence entries)" if name == "build_report" else ""),
            demo["report"][name],
            big["report"][name],
        )
    for key in ("page_few", "page_many"):
        if key in demo and key in big:
            label = f"Cases page, {big[key]['cases']:,} cases (AppTest run)"
            line(label, demo[key], big[key])
            lines.append(
                f"{'    page direct (analytics calls only), p50':58}{demo[key]['direct_p50']:9.3f}{'':9}"
                f"{big[key]['direct_p50']:9.3f}"
            )
    if "list" in demo and "list" in big:
        for name in demo["list"]["ops"]:
            line(
                f"{name} ({big['list']['cases']:,} cases, {big['list']['open']} open)",
                demo["list"]["ops"][name],
                big["list"]["ops"][name],
            )
    return lines


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=5, help="warm runs per operation (after one cold run)")
    parser.add_argument("--cases", type=int, default=1000, help="cases in the state for the list and the page")
    parser.add_argument("--only", nargs="+", choices=STAGES, default=list(STAGES), help="measure these stages only")
    parser.add_argument("--workdir", type=Path, default=REPO / "bench" / "out" / "cases")
    parser.add_argument(
        "--console-workdir",
        type=Path,
        default=REPO / "bench" / "out" / "console",
        help="where bench/console keeps (or builds) the two warehouses",
    )
    parser.add_argument("--measure", nargs="+", help=argparse.SUPPRESS)
    args = parser.parse_args()
    only = set(args.only)
    if args.measure:
        stage, root, *rest = args.measure
        result = {
            "ops": lambda: measure_ops(Path(root), Path(rest[0]), args.runs, only),
            "page": lambda: measure_page(Path(root), rest[0], args.runs),
            "list": lambda: measure_list(Path(root), args.cases, args.runs),
        }[stage]()
        print(orjson.dumps(result).decode())
        return

    console = args.console_workdir
    if any(built(console / name) is None for name in ("demo", f"big-{EVENTS}")):
        print(
            f"{console}: the console benchmark's warehouses are missing; building them with bench/console's "
            "builders (the demo with every detector, then 10M events: several minutes on 2 cores)…",
            file=sys.stderr,
        )
    demo_cached, big_cached = ensure_warehouses(console)
    sides = {
        "demo": working_copy(demo_cached, args.workdir / "demo"),
        "big": working_copy(big_cached, args.workdir / "big"),
    }
    results: dict = {
        "runs": args.runs,
        "warehouses": {"demo": built(demo_cached), "big": built(big_cached)},
        "demo": {},
        "big": {},
    }
    loads = []
    for name, root in sides.items():
        print(f"{name}: opening, enriching and reporting on cases…", file=sys.stderr)
        got = child(["--measure", "ops", str(root), str(sides["demo"]), "--runs", str(args.runs), "--only", *only])
        results[name].update(got)
        results["evidence"] = got["evidence"]
        loads.append(got["load"])
    stages = [("page_few", "page"), ("list", "list"), ("page_many", "page")]
    for key, stage in stages:
        if stage not in only:
            continue
        for name, root in sides.items():
            what = "making cases and listing them" if stage == "list" else "the Cases page"
            print(f"{name}: {what}…", file=sys.stderr)
            extra = [results[name]["case"]] if stage == "page" else []
            got = child(["--measure", stage, str(root), *extra, "--runs", str(args.runs), "--cases", str(args.cases)])
            results[name][key] = got
            loads.append(got["load"])

    big = results["warehouses"]["big"]
    print(
        f"big warehouse: {big['events']:,} events in {big['files']} files, {big['alerts']:,} alerts; "
        f"{args.runs} warm runs after one cold, seconds"
    )
    print("\n".join(table(results)))
    for name in sides:
        for row in results[name].get("enrich", ()):
            if "same_rows" in row and not row["same_rows"]:
                print(f"{name}: {row['query']}: the sandbox gave {row['rows']} rows, direct {row['direct_rows']}")
        if "list" in results[name]:
            made = results[name]["list"]
            print(f"{name}: {made['made']} cases made in {made['seconds']:.1f} s ({made['per_case_ms']} ms a case)")
    print(f"1-minute load average around the measurements: up to {max(loads):.1f} (2 cores)")
    out = args.workdir / "cases.json"
    out.write_text(orjson.dumps(results, option=orjson.OPT_INDENT_2).decode())
    print(f"summary: {out.relative_to(REPO) if out.is_relative_to(REPO) else out}", file=sys.stderr)


if __name__ == "__main__":
    main()
