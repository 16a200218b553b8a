"""Incident reports: one ReportData rendered as Markdown, HTML or PDF, and written atomically.

Public API: ``render_markdown``, ``render_html``, ``render_pdf``, ``write_report``, ``FORMATS``,
the data classes from ``data`` (``ReportData`` and its rows), and one exception::

    ReportError   a report that cannot be rendered (no Unicode font for the PDF) or written
                  (unknown format, folder missing or unwritable); one line naming the path

Every text field may be attacker-written; each renderer escapes it for its own format, and all
three print the same derived strings (times, durations, counts), computed once in ``view``.
"""

from typing import TYPE_CHECKING

from aisoc.ingest.kernel.lazy import lazy_exports

if TYPE_CHECKING:
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

# Imported on first use: the renderers load fpdf and Jinja2, and every case command imports this
# package (through build_report) whether or not it writes a report.
_DATA = "aisoc.analytics.cases.report.data"
_RENDER = "aisoc.analytics.cases.report.render"
__getattr__, __dir__ = lazy_exports(
    __name__,
    {
        "render_markdown": _RENDER,
        "render_html": _RENDER,
        "render_pdf": "aisoc.analytics.cases.report.pdf",
        "write_report": _RENDER,
        "FORMATS": _RENDER,
        "ReportError": "aisoc.analytics.cases.report.view",
        **dict.fromkeys(
            (
                "ReportData",
                "ReportAlert",
                "ReportEntry",
                "ReportTask",
                "ReportEvidence",
                "ReportAction",
                "ReportDecision",
                "ReportClock",
            ),
            _DATA,
        ),
    },
)

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
