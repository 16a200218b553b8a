"""The long-running scheduler behind ``aisoc detect --every``.

Every tick runs the detectors (``run_detect``), flushes the outbox, and writes a heartbeat file.
Nothing that goes wrong in a tick ends the loop: a failing detector is already reported and
alerted on by the run; a run that cannot start (another holds the lock, the state database is
busy past its wait) is reported, and the next tick tries again. ``stop`` (set on SIGTERM by the
caller) ends the loop after the batch in progress has committed.
"""

from __future__ import annotations

import os
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass
from datetime import timedelta

import orjson

from aisoc.analytics.delivery import DeliveryReport, deliver
from aisoc.analytics.jobs.run import DetectConfig, DetectReport, run_detect
from aisoc.ingest.kernel.atomic import write_atomic
from aisoc.ingest.kernel.clocks import utcnow
from aisoc.ingest.warehouse import Warehouse

__all__ = ["Tick", "run_scheduler", "HEARTBEAT_NAME"]

HEARTBEAT_NAME = "scheduler.heartbeat.json"


@dataclass
class Tick:
    number: int
    report: DetectReport | None
    delivery: DeliveryReport | None
    error: str | None  # the run could not start or stopped unexpectedly


def run_scheduler(
    warehouse: Warehouse,
    config: DetectConfig,
    every: timedelta,
    stop: threading.Event,
    *,
    on_tick: Callable[[Tick], None] = lambda tick: None,
    progress: Callable[[str], None] = lambda message: None,
    max_ticks: int | None = None,
    flush: bool = True,
) -> int:
    """Run until ``stop`` is set (or ``max_ticks`` ticks); returns the number of ticks run.
    ``flush`` false leaves the outbox to ``aisoc alerts deliver`` (or another process)."""
    number = 0
    while not stop.is_set() and (max_ticks is None or number < max_ticks):
        number += 1
        started = time.monotonic()
        report = delivery = error = None
        try:
            report = run_detect(warehouse, config, should_stop=stop.is_set, progress=progress)
        except Exception as exc:  # the loop outlives any one run (module docstring)
            error = (str(exc).splitlines() or [type(exc).__name__])[0]
        try:
            delivery = deliver(warehouse, should_stop=stop.is_set) if flush else None
        except Exception as exc:
            error = error or f"delivery: {(str(exc).splitlines() or [type(exc).__name__])[0]}"
        tick = Tick(number, report, delivery, error)
        _heartbeat(warehouse, tick, every)
        on_tick(tick)
        stop.wait(max(0.0, every.total_seconds() - (time.monotonic() - started)))
    return number


def _heartbeat(warehouse: Warehouse, tick: Tick, every: timedelta) -> None:
    """``<root>/scheduler.heartbeat.json``: a monitor alerts when ``at`` grows older than ``every``."""
    failed = [d.detector for d in tick.report.failed] if tick.report else []
    body = {
        "pid": os.getpid(),
        "at": utcnow().isoformat() + "Z",
        "tick": tick.number,
        "every_seconds": every.total_seconds(),
        "run_id": tick.report.run_id if tick.report else None,
        "failed_detectors": failed,
        "error": tick.error,
        "new_alerts": len(tick.report.new_alerts) if tick.report else 0,
        "outbox_pending": tick.delivery.pending if tick.delivery else None,
    }
    write_atomic(warehouse.root / HEARTBEAT_NAME, lambda handle: handle.write(orjson.dumps(body) + b"\n"))
