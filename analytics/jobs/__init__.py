"""Scheduled detection jobs: incremental, exactly-once runs of every detector, and the scheduler.

Public API: ``run_detect``, ``DetectConfig``, ``DetectReport``, ``DetectorReport``,
``run_scheduler``, ``Tick``, ``DEFAULT_LATENESS``, ``DEFAULT_BATCH_EVENTS``. Settings files:
``analytics.jobs.config``; how each detector runs in a job: ``analytics.jobs.plans``.
"""

from aisoc.analytics.jobs.run import (
    DEFAULT_BATCH_EVENTS,
    DEFAULT_LATENESS,
    DetectConfig,
    DetectorReport,
    DetectReport,
    run_detect,
)
from aisoc.analytics.jobs.scheduler import Tick, run_scheduler

__all__ = [
    "run_detect",
    "DetectConfig",
    "DetectReport",
    "DetectorReport",
    "run_scheduler",
    "Tick",
    "DEFAULT_LATENESS",
    "DEFAULT_BATCH_EVENTS",
]
