"""Incident reports: one ReportData rendered as Markdown, HTML or PDF, and written atomically.

Public API: ``render_markdown``, ``render_html``, ``render_pdf``, ``write_report``, ``FORMATS``,
the data classes from ``data`` (``ReportData`` and its rows), and one exception::

    ReportError   a report that cannot be rendered (no Unicode font for the PDF) or written
                  (unknown format, folder missing or unwritable); one line naming the path

Every text field may be attacker-written; each renderer escapes it for its own format, and all
three print the same derived strings (times, durations, counts), computed once in ``view``.
"""

from aisoc.analytics.cases.report.data import (
    ReportAction,
    ReportAlert,
    ReportClock,
    ReportData,
    ReportDecision,
    ReportEntry,
    ReportEvidence,
    ReportTask,
)
from aisoc.analytics.cases.report.pdf import render_pdf
from aisoc.analytics.cases.report.render import FORMATS, render_html, render_markdown, write_report
from aisoc.analytics.cases.report.view import ReportError

__all__ = [
    "render_markdown",
    "render_html",
    "render_pdf",
    "write_report",
    "FORMATS",
    "ReportError",
    "ReportData",
    "ReportAlert",
    "ReportEntry",
    "ReportTask",
    "ReportEvidence",
    "ReportAction",
    "ReportDecision",
    "ReportClock",
]
