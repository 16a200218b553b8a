"""Scheduled detection jobs: incremental, exactly-once runs of every detector, and the scheduler.

Public API: ``run_detect``, ``DetectConfig``, ``DetectReport``, ``DetectorReport``, ``Scheduler``,
``DEFAULT_LATENESS``, ``DEFAULT_BATCH_EVENTS``.
"""

from .run import DEFAULT_BATCH_EVENTS, DEFAULT_LATENESS, DetectConfig, DetectorReport, DetectReport, run_detect

__all__ = ["run_detect", "DetectConfig", "DetectReport", "DetectorReport", "DEFAULT_LATENESS", "DEFAULT_BATCH_EVENTS"]
