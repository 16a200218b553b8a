"""One detection run: every chosen detector over what it has not seen, alerts merged, outbox filled.

Exactly-once: for each batch the alerts it changed, the findings merged, the outbox entries for
its new alerts and the files it consumed are committed in one state transaction. A run killed at
any point has committed whole batches only; the next run starts with the first batch not
committed, and cutting the remaining files gives the batches an uninterrupted run would have cut
(``cursor``), so both end with the same alerts. Two runs never overlap: the run holds
``<root>/detect.lock`` (an OS lock, released when its process dies, however it dies).

A retro-hunt (``since``) reads the stored events of a window whether consumed or not and moves
no cursor; findings already merged are no-ops there (``alerting.merge``).

A detector that fails is reported, raises a ``health`` alert, and does not stop the others.
"""

from __future__ import annotations

import secrets
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from pathlib import Path

import polars as pl

import aisoc.analytics.alerting.tables  # noqa: F401 - registers the tables queried here
import aisoc.analytics.jobs.tables  # noqa: F401 - registers the tables queried here
from aisoc.analytics.alerting import (
    Alert,
    AlertPolicy,
    Candidate,
    candidates,
    known_findings,
    merge,
    open_alerts_for,
    rule_meta,
    save_alerts,
)
from aisoc.analytics.alerting.merge import dedup_key
from aisoc.analytics.delivery import Destination, enqueue
from aisoc.analytics.detectors import DetectorOptions, Store
from aisoc.analytics.jobs.cursor import StoredFile, batches, context_events, read_batch, stored_files
from aisoc.analytics.jobs.plans import Plan, plan_for
from aisoc.detections.findings import DETECTOR_IDS
from aisoc.ingest.kernel.clocks import utcnow
from aisoc.ingest.warehouse import Warehouse

__all__ = ["DetectConfig", "DetectReport", "DetectorReport", "run_detect", "DEFAULT_BATCH_EVENTS", "DEFAULT_LATENESS"]

DEFAULT_BATCH_EVENTS = 200_000
DEFAULT_LATENESS = timedelta(hours=1)


@dataclass
class DetectConfig:
    detectors: Sequence[str] = DETECTOR_IDS
    since: datetime | None = None  # retro-hunt [since, until); cursors stay where they are
    until: datetime | None = None
    lateness: timedelta = DEFAULT_LATENESS  # context read around each batch for windowed detectors
    policy: AlertPolicy = field(default_factory=AlertPolicy)
    batch_events: int = DEFAULT_BATCH_EVENTS
    destinations: Sequence[Destination] = ()
    canaries: Sequence[str] = ()
    protected_docs: Sequence[Path] = ()  # read at the start of every run, so edits take effect
    rule_paths: Sequence[Path] = ()  # Sigma rule files or folders (default: the packaged pack)
    wait: bool = False  # wait for a running detection run instead of LockBusy
    # Test seam: build a detector's plan some other way (a fake embedder, a detector that fails).
    plan: Callable[[str, Warehouse, DetectorOptions, timedelta], Plan] = plan_for


@dataclass
class DetectorReport:
    detector: str
    status: str = "done"  # done | failed | stopped
    events: int = 0
    batches: int = 0
    findings: int = 0
    alerts_new: int = 0
    alerts_updated: int = 0
    late_events: int = 0
    seconds: float = 0.0
    error: str | None = None


@dataclass
class DetectReport:
    run_id: str
    mode: str  # incremental | retro
    detectors: list[DetectorReport] = field(default_factory=list)
    new_alerts: list[Alert] = field(default_factory=list)

    @property
    def failed(self) -> list[DetectorReport]:
        return [d for d in self.detectors if d.status == "failed"]


def run_detect(
    warehouse: Warehouse,
    config: DetectConfig,
    *,
    should_stop: Callable[[], bool] = lambda: False,
    progress: Callable[[str], None] = lambda message: None,
) -> DetectReport:
    """Run the detectors of ``config``; raises ``LockBusy`` when another run holds the lock."""
    unknown = [d for d in config.detectors if d not in DETECTOR_IDS]
    if unknown:
        raise ValueError(f"unknown detector {unknown[0]!r}: expected {', '.join(DETECTOR_IDS)}")
    warehouse.create()
    with warehouse.lock("detect", wait=config.wait):
        report = DetectReport(
            run_id=f"{utcnow():%Y%m%dT%H%M%SZ}-{secrets.token_hex(3)}",
            mode="retro" if config.since or config.until else "incremental",
        )
        for detector_id in config.detectors:
            if should_stop():
                break
            report.detectors.append(_run_detector(warehouse, config, detector_id, report, should_stop, progress))
        return report


def _run_detector(
    warehouse: Warehouse, config: DetectConfig, detector_id: str, report: DetectReport, should_stop, progress
) -> DetectorReport:
    result = DetectorReport(detector_id)
    started_at, clock = utcnow(), time.monotonic()
    retro = report.mode == "retro"
    try:
        docs = _protected_docs(config.protected_docs) if detector_id == "leakage" else {}  # only leakage reads them
        options = DetectorOptions(
            store=Store(warehouse.root), canaries=config.canaries, protected_docs=docs, rule_paths=config.rule_paths
        )
        plan = config.plan(detector_id, warehouse, options, config.lateness)
        with warehouse.state() as con:
            consumed = {
                r[0]
                for r in con.execute("SELECT file FROM detector_inputs WHERE detector = ?", [detector_id]).fetchall()
            }
            newest = "SELECT max(max_ts) FROM detector_inputs WHERE detector = ?"  # an aggregate: one row
            mark = con.execute(newest, [detector_id]).fetchall()[0][0]
        todo, seen = _todo(stored_files(warehouse), consumed, config, retro)
        for batch in batches(todo, config.batch_events):
            if should_stop():
                result.status = "stopped"
                break
            keys = {f.key for f, _ in batch}
            new, inputs = read_batch(batch, since=config.since, until=config.until)
            progress(f"{detector_id}: {new.height:,} events from {len(batch)} files")
            found, frame = _detect(warehouse, plan, new, seen, keys)
            late = 0 if retro else _late(new, mark, config.lateness)
            created, updated = _merge_and_save(
                warehouse,
                candidates(found, frame, plan.meta),
                config,
                report.run_id,
                detector_id,
                inputs=[] if retro else inputs,
            )
            report.new_alerts.extend(created)
            seen = seen | keys
            if not retro:
                mark = max((t for t in (mark, *(row[3] for row in inputs)) if t is not None), default=None)
            result.events += new.height
            result.batches += 1
            result.findings += found.height
            result.alerts_new += len(created)
            result.alerts_updated += updated
            result.late_events += late
        plan.finish()
    except Exception as exc:  # one detector's failure must not stop the others (module docstring)
        result.status, result.error = "failed", (str(exc).splitlines() or [type(exc).__name__])[0][:300]
        report.new_alerts.extend(_health_alert(warehouse, config, detector_id, result.error, report.run_id))
    result.seconds = round(time.monotonic() - clock, 3)
    _record_run(warehouse, report, result, started_at)
    return result


def _todo(
    files: list[StoredFile], consumed: set[str], config: DetectConfig, retro: bool
) -> tuple[list[StoredFile], set[str]]:
    """(files to read, files that may serve as context): the retro window's date partitions and no
    context beyond them, or every file not consumed yet and the consumed ones."""
    if not retro:
        return [f for f in files if f.key not in consumed], consumed
    first = config.since.strftime("%Y-%m-%d") if config.since else ""
    last = config.until.strftime("%Y-%m-%d") if config.until else "9999"
    return [f for f in files if first <= f.date <= last], set()


def _protected_docs(paths: Sequence[Path]) -> dict[str, str]:
    docs = {}
    for path in paths:
        try:
            docs[path.name] = path.read_text(encoding="utf-8", errors="replace")
        except OSError as exc:
            raise OSError(f"protected document {path}: {exc.strerror or exc}") from None
    return docs


def _detect(
    warehouse: Warehouse, plan: Plan, new: pl.DataFrame, consumed: set[str], keys: set[str]
) -> tuple[pl.DataFrame, pl.DataFrame]:
    """Findings of the batch that touch at least one of its events, and the frame they came from."""
    context = context_events(warehouse, consumed, new, plan.context, exclude=keys)
    frame = pl.concat([context, new]) if context.height else new
    shown = frame.filter(plan.scope) if plan.scope is not None else frame
    found = plan.detector_for(new, consumed).detect(shown)
    if context.height and found.height:
        ids = new.get_column("event_id").to_list()
        found = found.filter(pl.col("event_ids").list.eval(pl.element().is_in(ids)).list.any())
    return found, frame


def _late(new: pl.DataFrame, mark: datetime | None, lateness: timedelta) -> int:
    """Events older than the detector's event-time watermark by more than ``lateness``: seen all the
    same (the cursor is by file), and counted so a lagging source shows."""
    if mark is None or new.height == 0:
        return 0
    limit = mark - lateness
    return new.filter(pl.col("ts").dt.replace_time_zone(None) < limit).height


def _merge_and_save(
    warehouse: Warehouse,
    found: Sequence[Candidate],
    config: DetectConfig,
    run_id: str,
    detector_id: str,
    inputs: Sequence[Sequence],
) -> tuple[list[Alert], int]:
    now = utcnow()
    with warehouse.state() as con:
        # A rule switched off in the console raises nothing; its events still count as consumed,
        # so switching it back on does not replay them (a retro-hunt does).
        disabled = {r[0] for r in con.execute("SELECT rule_id FROM rule_settings WHERE NOT enabled").fetchall()}
        found = [c for c in found if c.rule_id not in disabled]
        existing = open_alerts_for(con, {dedup_key(c, config.policy) for c in found})
        known = known_findings(con, [c.finding_id for c in found])
        changed, merged, created = merge(found, existing, known, config.policy, now)
        times = {c.finding_id: c.first_seen for c in found}
        save_alerts(con, changed.values(), merged, times)
        if inputs:
            con.executemany(
                "INSERT OR REPLACE INTO detector_inputs VALUES (?, ?, ?, ?, ?, ?, ?)",
                [[detector_id, *row, now, run_id] for row in inputs],
            )
        new_alerts = sorted((changed[i] for i in created), key=lambda a: (a.first_seen, a.id))
        enqueue(con, new_alerts, config.destinations, now)
    return new_alerts, len(changed) - len(created)


def _health_alert(warehouse: Warehouse, config: DetectConfig, detector_id: str, error: str, run_id: str) -> list[Alert]:
    now = utcnow()
    candidate = Candidate(
        finding_id=f"health-{run_id}-{detector_id}",
        detector="health",
        rule_id="health.detector_failed",
        meta=rule_meta("health", "health.detector_failed", None),
        tenant=None,
        entity=f"detector:{detector_id}",
        first_seen=now,
        last_seen=now,
        event_ids=(),
        explanation=f"Detector {detector_id} failed in run {run_id}: {error}",
        score=None,
    )
    try:
        created, _ = _merge_and_save(warehouse, [candidate], config, run_id, detector_id, inputs=[])
    except Exception:  # the state database itself is unusable: the report still says what failed
        return []
    return created


def _record_run(warehouse: Warehouse, report: DetectReport, result: DetectorReport, started_at: datetime) -> None:
    try:
        with warehouse.state() as con:
            con.execute(
                "INSERT OR REPLACE INTO detect_runs VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                [
                    report.run_id,
                    result.detector,
                    report.mode,
                    started_at,
                    utcnow(),
                    result.status,
                    result.events,
                    result.findings,
                    result.alerts_new,
                    result.alerts_updated,
                    result.late_events,
                    result.seconds,
                    result.error,
                ],
            )
    except Exception:
        if result.status != "failed":
            raise
