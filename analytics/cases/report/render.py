"""Markdown and HTML reports from Jinja2 templates, and writing any format to a file atomically.

Every text value in a report may be attacker-written, so neither template may print a value its
format has not escaped. HTML gets that from Jinja2's autoescape. Markdown has no autoescape, so
the Markdown environment makes one: its ``finalize`` hook refuses to print any string that did not
pass through the ``md`` / ``mdblock`` filters. A template line that forgets the filter fails on
its first render instead of shipping a report in which event text can draw links or tables.
"""

from __future__ import annotations

import os
import re
import tempfile
from pathlib import Path

import jinja2

from aisoc.analytics.cases.report.data import ReportData
from aisoc.analytics.cases.report.pdf import render_pdf
from aisoc.analytics.cases.report.view import ReportError, build_view

__all__ = ["FORMATS", "render_markdown", "render_html", "write_report"]

FORMATS = ("md", "html", "pdf")


class _Md(str):
    """A string already escaped for Markdown; the only kind of str the Markdown templates may print."""


# One pass over the text, so no inserted backslash is itself escaped again. Escaped: the
# characters that can start markup anywhere in a CommonMark/GFM line, plus & (entities),
# @ (GitHub mentions, e-mail autolinks), { } (attribute lists) and $ (math); and the ":" of
# "https://" and the "." of "www." that GFM's bare-URL autolinker looks for, so timestamps and
# "Art. 33" stay readable while "https://evil.example" stays text.
_MD_SPECIAL = re.compile(r"[\\`*_\[\]()<>#|!~&@{}$]|(?i:(?<=[a-z0-9]):(?=/))|(?i:(?<=\bwww)\.)")
# At the start of a line (a list item's text is one) "-", "+", "=" and "1." begin lists or setext
# headings; the other block markers (#, >, *, `, |) are escaped everywhere already.
_LIST_MARK = re.compile(r"^[-+=]")
_ORDERED_MARK = re.compile(r"^(\d+)\.")


def _md_escape(value: object) -> _Md:
    """One line of Markdown that displays ``value`` literally: newlines become spaces, markup is escaped."""
    text = _MD_SPECIAL.sub(lambda m: "\\" + m.group(), str(value).replace("\n", " ").strip())
    return _Md(_ORDERED_MARK.sub(r"\1\\.", _LIST_MARK.sub(r"\\\g<0>", text)))


def _md_block(value: object) -> _Md:
    """Multi-line text: paragraphs kept, each line escaped, lines joined by CommonMark hard breaks."""
    paragraphs = (p.splitlines() for p in re.split(r"\n\s*\n", str(value).strip()))
    blocks = ("\\\n".join(_md_escape(line) for line in lines if line.strip()) for lines in paragraphs)
    return _Md("\n\n".join(b for b in blocks if b))


def _only_escaped(value: object) -> object:
    if isinstance(value, _Md) or (isinstance(value, int) and not isinstance(value, bool)):
        return value
    raise TypeError(f"report.md.j2 printed a value without the md filter: {str(value)[:60]!r}")


def _env(autoescape: bool) -> jinja2.Environment:
    env = jinja2.Environment(
        loader=jinja2.PackageLoader("aisoc.analytics.cases.report", "templates"),
        autoescape=autoescape,
        undefined=jinja2.StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
        finalize=None if autoescape else _only_escaped,
    )
    if not autoescape:
        env.filters.update(md=_md_escape, mdblock=_md_block)
    return env


_MD_ENV = _env(autoescape=False)
_HTML_ENV = _env(autoescape=True)


def render_markdown(data: ReportData) -> str:
    """The report as CommonMark with GFM tables; event text cannot add links, images, HTML or rows."""
    return _MD_ENV.get_template("report.md.j2").render(v=build_view(data))


def render_html(data: ReportData) -> str:
    """The report as one self-contained, print-friendly HTML page that loads nothing."""
    return _HTML_ENV.get_template("report.html.j2").render(v=build_view(data))


def write_report(data: ReportData, fmt: str, path: Path) -> Path:
    """Render ``data`` as ``fmt`` and put it at ``path`` atomically; returns ``path``.

    The file appears complete or not at all: it is written to a temporary file in the same
    folder (so the rename cannot cross file systems) and moved over ``path`` with os.replace.
    The result is readable by its owner only, as the temporary file was: an incident report
    quotes personal data and attack text.
    """
    path = Path(path)
    if fmt not in FORMATS:
        raise ReportError(f"{path}: unknown report format {fmt!r} (use one of {', '.join(FORMATS)})", path=path)
    if fmt == "pdf":
        content = render_pdf(data)
    else:
        content = (render_markdown(data) if fmt == "md" else render_html(data)).encode("utf-8")
    tmp: Path | None = None
    try:
        with tempfile.NamedTemporaryFile(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp", delete=False) as f:
            tmp = Path(f.name)
            f.write(content)
            f.flush()
            os.fsync(f.fileno())
        os.replace(tmp, path)
        tmp = None
    except OSError as e:
        raise ReportError(f"{path}: cannot write the report: {e.strerror or e}", path=path) from e
    finally:
        if tmp is not None:  # whatever went wrong, no half-written temporary file stays behind
            tmp.unlink(missing_ok=True)
    return path
