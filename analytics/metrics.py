"""Prometheus metrics, read from the state database at scrape time.

The state database is the record of what happened (ingest runs, detection runs, alerts, the
outbox), so metrics are computed from it rather than counted in one process's memory: a cron
job's runs and the scheduler's show alike, and a restart loses nothing. Exposed by
``aisoc metrics`` (text on stdout, or ``--textfile`` for node_exporter) and by the scheduler's
``--metrics-port``.
"""

from __future__ import annotations

import time
from collections.abc import Iterator
from datetime import UTC

import orjson
from prometheus_client import CollectorRegistry, generate_latest, start_http_server
from prometheus_client.core import CounterMetricFamily, GaugeMetricFamily, HistogramMetricFamily, Metric
from prometheus_client.registry import Collector

import aisoc.analytics.alerting.tables  # noqa: F401 - registers the tables queried here
import aisoc.analytics.delivery.tables  # noqa: F401 - registers the tables queried here
import aisoc.analytics.jobs.tables  # noqa: F401 - registers the tables queried here
import aisoc.ingest.tables  # noqa: F401 - registers the tables queried here
from aisoc.analytics.jobs.cursor import stored_files
from aisoc.analytics.jobs.scheduler import HEARTBEAT_NAME
from aisoc.detections.findings import DETECTOR_IDS
from aisoc.ingest.warehouse import Warehouse

__all__ = ["StateCollector", "registry", "exposition", "serve", "DURATION_BUCKETS"]

DURATION_BUCKETS = (0.1, 0.5, 1.0, 5.0, 15.0, 60.0, 300.0, 1800.0)


class StateCollector(Collector):
    def __init__(self, warehouse: Warehouse):
        self.warehouse = warehouse

    def collect(self) -> Iterator[Metric]:
        if not self.warehouse.state_path.exists():
            return
        with self.warehouse.state() as con:
            ingested = con.execute(
                "SELECT coalesce(sum(stored), 0), coalesce(sum(quarantined), 0), "
                "coalesce(sum(duplicates), 0) FROM ingest_runs"
            ).fetchall()[0]
            runs = con.execute("SELECT detector, status, count(*) FROM detect_runs GROUP BY ALL").fetchall()
            durations = {
                d: con.execute(
                    "SELECT seconds FROM detect_runs WHERE detector = ? AND status <> 'failed'", [d]
                ).fetchall()
                for d in DETECTOR_IDS
            }
            raised = con.execute("SELECT detector, rule_id, severity, count(*) FROM alerts GROUP BY ALL").fetchall()
            open_alerts = con.execute(
                "SELECT severity, count(*) FROM alerts WHERE status <> 'closed' GROUP BY ALL"
            ).fetchall()
            outbox = con.execute(
                "SELECT kind, coalesce(sum(failures), 0), count(*) FILTER (delivered_at IS NULL), "
                "count(*) FILTER (delivered_at IS NOT NULL) FROM outbox GROUP BY ALL"
            ).fetchall()
            consumed = {
                d: {r[0] for r in con.execute("SELECT file FROM detector_inputs WHERE detector = ?", [d]).fetchall()}
                for d in DETECTOR_IDS
            }
            marks = dict(con.execute("SELECT detector, max(max_ts) FROM detector_inputs GROUP BY ALL").fetchall())
        yield _counter("aisoc_events_ingested", "Events stored by ingest runs.", [((), ingested[0])])
        yield _counter("aisoc_events_quarantined", "Records quarantined by ingest runs.", [((), ingested[1])])
        yield _counter("aisoc_events_duplicate", "Records skipped as already stored.", [((), ingested[2])])
        yield _counter(
            "aisoc_detector_runs",
            "Detector runs by outcome.",
            [((d, s), n) for d, s, n in runs],
            ["detector", "status"],
        )
        histogram = HistogramMetricFamily(
            "aisoc_detector_run_duration_seconds",
            "Wall time of a detector's part of a detection run.",
            labels=["detector"],
        )
        for detector, rows in durations.items():
            values = [r[0] or 0.0 for r in rows]
            buckets = [(str(b), sum(v <= b for v in values)) for b in DURATION_BUCKETS] + [("+Inf", len(values))]
            histogram.add_metric([detector], buckets, sum(values))
        yield histogram
        yield _counter(
            "aisoc_alerts_raised",
            "Alerts raised, by detector, rule and severity.",
            [((d, r, s), n) for d, r, s, n in raised],
            ["detector", "rule_id", "severity"],
        )
        yield _gauge(
            "aisoc_alerts_open", "Alerts not closed, by severity.", [((s,), n) for s, n in open_alerts], ["severity"]
        )
        yield _counter(
            "aisoc_delivery_failures",
            "Failed delivery attempts, by destination kind.",
            [((k,), f) for k, f, _, _ in outbox],
            ["kind"],
        )
        yield _gauge(
            "aisoc_outbox_pending",
            "Outbox entries not yet delivered, by destination kind.",
            [((k,), p) for k, _, p, _ in outbox],
            ["kind"],
        )
        yield from self._lag(consumed, marks)
        yield from self._heartbeat()

    def _lag(self, consumed: dict[str, set[str]], marks: dict) -> Iterator[Metric]:
        files = stored_files(self.warehouse)
        now = time.time()
        lag, pending, mark = [], [], []
        for detector in DETECTOR_IDS:
            waiting = [f for f in files if f.key not in consumed[detector]]
            oldest = min((f.path.stat().st_mtime for f in waiting), default=now)
            lag.append(((detector,), max(0.0, now - oldest)))
            pending.append(((detector,), len(waiting)))
            if marks.get(detector) is not None:  # naive UTC, as the state database keeps times
                mark.append(((detector,), marks[detector].replace(tzinfo=UTC).timestamp()))
        yield _gauge(
            "aisoc_watermark_lag_seconds",
            "Age of the oldest stored event file the detector has not consumed (0: caught up).",
            lag,
            ["detector"],
        )
        yield _gauge(
            "aisoc_detector_pending_files", "Stored event files the detector has not consumed.", pending, ["detector"]
        )
        yield _gauge(
            "aisoc_detector_watermark_timestamp_seconds",
            "Newest event time the detector has consumed.",
            mark,
            ["detector"],
        )

    def _heartbeat(self) -> Iterator[Metric]:
        path = self.warehouse.root / HEARTBEAT_NAME
        try:
            beat = orjson.loads(path.read_bytes())
        except (OSError, orjson.JSONDecodeError):
            return
        yield _gauge(
            "aisoc_scheduler_heartbeat_timestamp_seconds",
            "When the scheduler last finished a tick.",
            [((), path.stat().st_mtime)],
        )
        yield _gauge(
            "aisoc_scheduler_failed_detectors",
            "Detectors that failed in the scheduler's last tick.",
            [((), len(beat.get("failed_detectors") or []))],
        )


def _counter(name: str, doc: str, samples, labels=()) -> CounterMetricFamily:
    family = CounterMetricFamily(name, doc, labels=list(labels))
    for values, value in samples:
        family.add_metric(list(values), float(value))
    return family


def _gauge(name: str, doc: str, samples, labels=()) -> GaugeMetricFamily:
    family = GaugeMetricFamily(name, doc, labels=list(labels))
    for values, value in samples:
        family.add_metric(list(values), float(value))
    return family


def registry(warehouse: Warehouse) -> CollectorRegistry:
    reg = CollectorRegistry(auto_describe=False)
    reg.register(StateCollector(warehouse))
    return reg


def exposition(warehouse: Warehouse) -> bytes:
    """The metrics in the Prometheus text format."""
    return generate_latest(registry(warehouse))


def serve(warehouse: Warehouse, port: int, host: str = "127.0.0.1"):
    """Serve ``/metrics`` on ``host:port`` from a background thread; returns (server, thread)."""
    return start_http_server(port, addr=host, registry=registry(warehouse))
