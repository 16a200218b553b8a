"""How each detector runs in a detection job: what it is built from, how much context it needs.

A plan gives the job a detector for each batch (the behaviour detector's baseline model depends on
the batch's day), the context window its findings need, and the rule metadata (title, level, tags,
playbook) alerts take from a Sigma rule pack.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field, replace
from datetime import UTC, datetime, time, timedelta
from pathlib import Path
from typing import cast

import polars as pl

from aisoc.analytics.alerting import RuleMeta
from aisoc.analytics.detectors import DetectorOptions, content_detectors
from aisoc.analytics.jobs.cursor import read_events, stored_files
from aisoc.detections.behaviour import BehaviourDetector, BehaviourError, BehaviourModel, fit, window_features
from aisoc.detections.behaviour.model import MIN_BASELINE
from aisoc.detections.findings import DETECTOR_IDS, Detector
from aisoc.detections.leakage import LeakageDetector
from aisoc.detections.rulepack import RULES_DIR, PackCorrelation, PackRule, RulePack, load_pack, rule_files
from aisoc.detections.sigma.detector import SigmaDetector
from aisoc.ingest.warehouse import Warehouse

__all__ = ["Plan", "plan_for", "BEHAVIOUR_BASELINE", "BEHAVIOUR_COLUMNS", "LEAKAGE_FIELDS"]

# Leakage alerts are about LLM traffic: audit records are full of addresses, e-mail and key ids
# that leak nothing, and an LLM event's raw record repeats its text fields plus client metadata.
LEAKAGE_FIELDS = ("prompt", "response", "system_prompt", "messages")
_LLM = pl.col("event_kind").str.starts_with("llm.")
BEHAVIOUR_BASELINE = timedelta(days=7)
BEHAVIOUR_WINDOW = timedelta(hours=1)
# What the behaviour features read (no raw record): keeps a 7-day baseline read small.
BEHAVIOUR_COLUMNS = (
    "event_id",
    "ts",
    "event_kind",
    "prompt",
    "response",
    "outcome",
    "model",
    "source_ip",
    "user_agent",
    "api_key_id",
    "actor_id",
    "finish_reason",
    "tokens_in",
    "tokens_out",
)


@dataclass
class Plan:
    id: str
    detector_for: Callable[[pl.DataFrame, set[str]], Detector]
    context: timedelta = timedelta(0)
    meta: dict[str, RuleMeta] = field(default_factory=dict)
    finish: Callable[[], None] = lambda: None
    scope: pl.Expr | None = None  # the events the detector is meant for; others are not shown to it


def plan_for(detector_id: str, warehouse: Warehouse, options: DetectorOptions, lateness: timedelta) -> Plan:
    """The plan for ``detector_id``; building it loads the detector (rules, model, corpora)."""
    if detector_id not in DETECTOR_IDS:
        raise ValueError(f"unknown detector {detector_id!r}: expected {', '.join(DETECTOR_IDS)}")
    if detector_id == "behaviour":
        return Plan(
            "behaviour",
            lambda batch, consumed: _behaviour(warehouse, batch, consumed),
            context=max(lateness, BEHAVIOUR_WINDOW),
        )
    if detector_id == "leakage":
        leakage = LeakageDetector(
            canaries=options.canaries, protected_docs=options.protected_docs, fields=LEAKAGE_FIELDS
        )
        return Plan("leakage", lambda batch, consumed: leakage, scope=_LLM)
    if detector_id == "sigma":
        sigma = SigmaDetector(_pack(list(options.rule_paths) or [RULES_DIR]))
        spans = [timedelta(seconds=c.compiled.timespan_seconds) for c in sigma.pack.correlations]
        return Plan(
            "sigma",
            lambda batch, consumed: sigma,
            context=max([lateness, *spans]) if spans else timedelta(0),
            meta=sigma_meta(sigma),
        )
    (detector,) = content_detectors(replace(options, only=(detector_id,)))
    flush = getattr(detector, "flush", None)
    return Plan(detector_id, lambda batch, consumed: detector, finish=flush or (lambda: None))


# Compiled packs by their files' (path, mtime, size): the scheduler's ticks skip the 1.5 s it takes
# to compile the packaged pack, and an edited rule file is compiled again on the next run.
_PACKS: dict[tuple, RulePack] = {}


def _pack(paths: list[Path]) -> RulePack:
    key = tuple((str(p), st.st_mtime_ns, st.st_size) for p in rule_files(paths) for st in (p.stat(),))
    if key not in _PACKS:
        _PACKS.clear()  # one pack in use at a time; keep no stale ones
        _PACKS[key] = load_pack(paths)
    return _PACKS[key]


def sigma_meta(detector: SigmaDetector) -> dict[str, RuleMeta]:
    meta = {}
    entries: list[PackRule | PackCorrelation] = [*detector.pack.rules, *detector.pack.correlations]
    for rule in entries:
        level = rule.rule.level.name.lower() if rule.rule.level else "medium"
        tags = tuple(str(t) for t in rule.rule.tags)
        meta[str(rule.rule.id)] = RuleMeta(
            rule.rule.title or str(rule.rule.id), level, tags, rule.rule.custom_attributes.get("playbook")
        )
    return meta


def _behaviour(warehouse: Warehouse, batch: pl.DataFrame, consumed: set[str]) -> Detector:
    """A detector with the baseline model of the batch's first day: fitted once per day on the 7
    days of consumed events before it, and kept in ``<root>/models/behaviour/``. Without enough
    baseline (a young warehouse, a first run over history) the batch is its own baseline."""
    times = batch.get_column("ts").drop_nulls()
    if times.is_empty():
        return BehaviourDetector()
    day = cast(datetime, times.min()).date()  # ts is a Datetime column
    path = warehouse.root / "models" / "behaviour" / f"{day.isoformat()}.model"
    model: BehaviourModel | None = None
    if path.exists():
        try:
            model = BehaviourModel.load(path)
        except BehaviourError:
            model = None  # unreadable, older or not sealed by our key (it warned): refitted below, and replaced
    if model is None:
        end = datetime.combine(day, time(0), tzinfo=UTC)
        start = end - BEHAVIOUR_BASELINE
        dates = [(start + timedelta(days=i)).date().isoformat() for i in range(BEHAVIOUR_BASELINE.days)]
        files = [f.path for f in stored_files(warehouse, dates) if f.key in consumed]
        baseline = read_events(files, since=start, until=end, columns=BEHAVIOUR_COLUMNS)
        features, history = window_features(baseline)
        if features.height < MIN_BASELINE:
            return BehaviourDetector()
        model = fit(features, history)
        model.save(path)
    return BehaviourDetector(model=model)
