"""``aisoc detect``: a detection run now, a retro-hunt, or the scheduler (``--every``)."""

from __future__ import annotations

import signal
import threading
from pathlib import Path

import click

from aisoc.analytics.alerting import alert_dict
from aisoc.analytics.delivery import DeliveryError, Destination, deliver, parse_destination, webhook_secret
from aisoc.analytics.jobs import DEFAULT_BATCH_EVENTS, DEFAULT_LATENESS, DetectConfig, DetectReport, run_detect
from aisoc.analytics.jobs.config import CONFIG_NAME, ConfigError, load_settings
from aisoc.analytics.jobs.scheduler import HEARTBEAT_NAME, Tick, run_scheduler
from aisoc.detections.findings import DETECTOR_IDS
from aisoc.ui.alerts_cmd import show_delivery
from aisoc.ui.options import EXIT_FINDINGS, common_options, open_warehouse
from aisoc.ui.output import emit_json, emit_jsonl, emit_table, say, warn
from aisoc.ui.rules_cmd import rules_option
from aisoc.ui.times import SPAN, since_until

__all__ = ["detect_command"]


def _detectors(ctx, param, values: tuple[str, ...]) -> tuple[str, ...]:
    names = [n.strip() for v in values for n in v.split(",") if n.strip()]
    unknown = [n for n in names if n not in DETECTOR_IDS]
    if unknown:
        raise click.BadParameter(f"{unknown[0]!r}: expected {', '.join(DETECTOR_IDS)}")
    return tuple(dict.fromkeys(names)) or DETECTOR_IDS


def _destinations(webhooks, slacks, files) -> list[Destination]:
    found = []
    try:
        found += [parse_destination(f"webhook:{w}") for w in webhooks]
        found += [parse_destination(f"slack:{s}") for s in slacks]
        found += [parse_destination(f"file:{Path(f).resolve()}") for f in files]
        if webhooks:
            webhook_secret()  # refuse now rather than fill the outbox with entries that cannot be signed
    except DeliveryError as exc:
        raise click.UsageError(str(exc)) from None
    return found


@click.command("detect")
@click.option(
    "--detector",
    "detectors",
    multiple=True,
    callback=_detectors,
    metavar="NAME[,NAME]",
    help=f"Detectors to run (repeatable or comma-separated; default all: {', '.join(DETECTOR_IDS)}).",
)
@click.option(
    "--since",
    metavar="SPAN|DATE",
    help="Retro-hunt the stored events from then on (30d, 12h or a date); moves no watermark.",
)
@click.option("--until", metavar="SPAN|DATE", help="Retro-hunt end (with --since).")
@click.option(
    "--every",
    type=SPAN,
    metavar="DURATION",
    help="Run forever, once every DURATION (5m, 1h); SIGTERM stops after the batch in progress.",
)
@click.option(
    "--webhook",
    "webhooks",
    multiple=True,
    metavar="URL|env:VAR|file:PATH",
    help="POST new alerts as JSON, signed with $AISOC_WEBHOOK_SECRET (repeatable). Keep secret URLs "
    "out of the command line with env:VAR or file:PATH.",
)
@click.option(
    "--slack",
    "slacks",
    multiple=True,
    metavar="URL|env:VAR|file:PATH",
    help="POST new alerts as a Slack-compatible message (the URL is a secret: use env:VAR).",
)
@click.option("--to-file", "files", multiple=True, metavar="PATH", help="Append new alerts to PATH as JSON lines.")
@click.option(
    "--no-deliver",
    is_flag=True,
    help="Fill the outbox but leave flushing it to aisoc alerts deliver (with --every: in every tick).",
)
@click.option(
    "--config",
    "config_path",
    type=click.Path(dir_okay=False, path_type=Path),
    help=f"Alerting settings (default: <warehouse>/{CONFIG_NAME} when present).",
)
@click.option(
    "--lateness",
    type=SPAN,
    metavar="DURATION",
    help="Context read around new events for windowed detectors (default 1h, or the config's).",
)
@rules_option
@click.option("--canary", "canaries", multiple=True, metavar="TOKEN", help="A canary token whose leak alerts.")
@click.option(
    "--protected-doc",
    "protected",
    multiple=True,
    type=click.Path(dir_okay=False, path_type=Path),
    help="A document whose text must not appear in LLM traffic (repeatable; read at every run).",
)
@click.option(
    "--batch-events",
    type=click.IntRange(min=1),
    default=DEFAULT_BATCH_EVENTS,
    show_default=True,
    help="Events per committed batch; bounds memory.",
)
@click.option("--wait", is_flag=True, help="Wait for a detection run in progress instead of exiting.")
@click.option("--metrics-port", type=click.IntRange(1, 65535), help="With --every: serve /metrics on this port.")
@click.option("--metrics-host", default="127.0.0.1", show_default=True, help="Address for --metrics-port.")
@click.option("--fail-on-findings", is_flag=True, help=f"Exit {EXIT_FINDINGS} when the run raised new alerts.")
@common_options(formats=("table", "json", "jsonl"))
def detect_command(
    detectors,
    since,
    until,
    every,
    webhooks,
    slacks,
    files,
    no_deliver,
    config_path,
    lateness,
    rule_paths,
    canaries,
    protected,
    batch_events,
    wait,
    metrics_port,
    metrics_host,
    fail_on_findings,
    warehouse,
    fmt,
) -> int:
    """Run the detectors over the events stored since their last run, raise and deliver alerts.

    A detector's first run covers every stored event. Each batch's alerts and the detector's
    watermark are committed together, so a run killed at any point and started again ends with
    the alerts of an uninterrupted run. A second run while one is going exits 1 (--wait waits).
    With --format jsonl the new alerts go to stdout, one per line (the stdout sink).
    """
    if (since or until) and every:
        raise click.UsageError("--since/--until retro-hunt once; they do not combine with --every")
    if metrics_port and not every:
        raise click.UsageError(
            "--metrics-port serves the scheduler's metrics: use it with --every (one-off runs: aisoc metrics)"
        )
    wh = open_warehouse(warehouse)
    try:
        policy, configured_lateness = load_settings(
            config_path or wh.root / CONFIG_NAME, required=config_path is not None
        )
    except ConfigError as exc:
        raise click.UsageError(str(exc)) from None
    start, end = since_until(since, until)
    config = DetectConfig(
        detectors=detectors,
        since=start,
        until=end,
        policy=policy,
        lateness=next((v for v in (lateness, configured_lateness) if v is not None), DEFAULT_LATENESS),
        batch_events=batch_events,
        destinations=_destinations(webhooks, slacks, files),
        canaries=canaries,
        protected_docs=protected,
        rule_paths=rule_paths,
        wait=wait,
    )
    if every:
        return _schedule(wh, config, every, fmt, metrics_port, metrics_host, flush=not no_deliver)
    report = run_detect(wh, config, progress=lambda m: None)
    delivery = None if no_deliver else deliver(wh)
    _show(report, fmt)
    if delivery is not None:
        show_delivery(delivery)
    if report.failed:
        return 1
    return EXIT_FINDINGS if fail_on_findings and report.new_alerts else 0


def _show(report: DetectReport, fmt: str) -> None:
    if fmt == "jsonl":
        emit_jsonl(alert_dict(a) for a in report.new_alerts)
    elif fmt == "json":
        emit_json(
            {
                "run_id": report.run_id,
                "mode": report.mode,
                "detectors": [d.__dict__ for d in report.detectors],
                "new_alerts": [alert_dict(a) for a in report.new_alerts],
            }
        )
    else:
        emit_table(
            ["detector", "status", "events", "batches", "findings", "new", "updated", "late", "seconds"],
            [
                [
                    d.detector,
                    d.status,
                    d.events,
                    d.batches,
                    d.findings,
                    d.alerts_new,
                    d.alerts_updated,
                    d.late_events,
                    d.seconds,
                ]
                for d in report.detectors
            ],
        )
        say(
            f"{len(report.new_alerts)} new alerts (run {report.run_id}, {report.mode}); "
            "see: aisoc alerts list --status open"
        )
    for failed in report.failed:
        warn(f"detector {failed.detector} failed: {failed.error} (a health alert was raised)")


def _schedule(wh, config: DetectConfig, every, fmt: str, metrics_port, metrics_host, *, flush: bool) -> int:
    stop = threading.Event()
    for signum in (signal.SIGTERM, signal.SIGINT):
        signal.signal(signum, lambda *_: stop.set())
    if metrics_port:
        from aisoc.analytics.metrics import serve

        serve(wh, metrics_port, metrics_host)
        warn(f"metrics on http://{metrics_host}:{metrics_port}/metrics")
    warn(f"scheduler: every {every}, detectors {', '.join(config.detectors)}, heartbeat {wh.root / HEARTBEAT_NAME}")

    def on_tick(tick: Tick) -> None:
        if tick.report is not None:
            if fmt == "jsonl":
                emit_jsonl(alert_dict(a) for a in tick.report.new_alerts)
            for failed in tick.report.failed:
                warn(f"tick {tick.number}: detector {failed.detector} failed: {failed.error} (health alert raised)")
            events = sum(d.events for d in tick.report.detectors)
            warn(
                f"tick {tick.number}: {events} events, {len(tick.report.new_alerts)} new alerts "
                f"(run {tick.report.run_id})"
            )
        if tick.error:
            warn(f"tick {tick.number}: {tick.error}; trying again next tick")
        if tick.delivery is not None:
            show_delivery(tick.delivery)

    ticks = run_scheduler(wh, config, every, stop, on_tick=on_tick, flush=flush)
    warn(f"scheduler: stopped after {ticks} ticks")
    return 0
