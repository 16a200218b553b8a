"""The incident report as a PDF, drawn with fpdf2 from the same view as the Markdown and HTML.

Drawn, not converted from HTML: fpdf2's HTML support is small and would need the markup we are
trying to keep attacker text out of. fpdf2 never interprets cell text as markup unless asked
(``markdown=False`` is its default and is never changed here), so escaping is not the risk in
this format; layout is. Three things event text would otherwise break:

- glyphs: event text holds any character, so a Unicode TTF (DejaVu) is required; characters it
  lacks are printed as U+FFFD, visibly, instead of as an empty box or a crash;
- table rows: fpdf2 cannot split a row across pages and raises for a row taller than a page,
  so a cell longer than ``_MAX_CELL_LINES`` is cut and its full text printed after the table;
- ``{nb}``: fpdf2 replaces that alias with the page count in any text it draws, so the alias is
  switched on only while the footer's own "page N of {nb}" is drawn.
"""

from __future__ import annotations

import importlib.util
from datetime import UTC
from pathlib import Path
from typing import TypedDict, cast

from fpdf import FPDF
from fpdf.enums import XPos, YPos
from fpdf.fonts import FontFace, TTFFont

from aisoc.analytics.cases.report.data import ReportData
from aisoc.analytics.cases.report.view import ReportError, build_view

__all__ = ["render_pdf"]

_FONT_FILES = {"": "DejaVuSans.ttf", "B": "DejaVuSans-Bold.ttf", "mono": "DejaVuSansMono.ttf"}
_SYSTEM_FONTS = Path("/usr/share/fonts/truetype/dejavu")
_MAX_CELL_LINES = 24  # about 85 mm of 8 pt text: a row of such cells still fits on an A4 page
_LINE = 3.6  # table line height, mm
_ALARM = FontFace(emphasis="BOLD", color=(150, 0, 0), fill_color=(253, 226, 226))
_DRY = FontFace(color=(30, 60, 120), fill_color=(232, 240, 252))
_HEAD = FontFace(emphasis="BOLD", fill_color=(230, 230, 230))
_HASH = FontFace(family="dejavumono", size_pt=7)


class _Position(TypedDict):
    """Where multi_cell leaves the cursor (its keyword arguments new_x and new_y)."""

    new_x: XPos
    new_y: YPos


_NEXT_LINE: _Position = {"new_x": XPos.LMARGIN, "new_y": YPos.NEXT}  # fpdf2 leaves x at the right edge otherwise


def _font_dirs() -> list[Path]:
    """Where DejaVu may be: the Debian package's folder, then matplotlib's bundled copy (not imported)."""
    dirs = [_SYSTEM_FONTS]
    spec = importlib.util.find_spec("matplotlib")
    for location in (spec.submodule_search_locations or []) if spec else []:
        dirs.append(Path(location) / "mpl-data" / "fonts" / "ttf")
    return dirs


def _fonts() -> dict[str, Path]:
    for folder in _font_dirs():
        found = {style: folder / name for style, name in _FONT_FILES.items()}
        if all(p.is_file() for p in found.values()):
            return found
    raise ReportError(
        f"{_SYSTEM_FONTS}: the PDF report needs the DejaVu fonts "
        f"({', '.join(_FONT_FILES.values())}); install them with: apt-get install fonts-dejavu-core"
    )


class _ReportPdf(FPDF):
    """A4 with DejaVu fonts and a footer naming the case, its generation time and the page."""

    def __init__(self, view: dict):
        super().__init__(format="A4")
        self.view = view
        fonts = _fonts()
        self.add_font("dejavu", "", fonts[""])
        self.add_font("dejavu", "B", fonts["B"])
        self.add_font("dejavumono", "", fonts["mono"])
        # Bold or mono text with a glyph only the regular face has borrows it from there.
        self.set_fallback_fonts(["dejavu"], exact_match=False)
        # add_font with a .ttf file registers a TTFFont (CoreFont is for the 14 built-in names).
        self.drawable = frozenset(cast(TTFFont, self.fonts["dejavu"]).cmap)
        self.alias_nb_pages(None)  # type: ignore[arg-type]  # fpdf2 documents None (switch off); its annotation says str
        self.set_auto_page_break(True, margin=18)
        self.set_margins(15, 15, 15)

    def text_of(self, text: str) -> str:
        """``text`` with every character DejaVu cannot draw shown as U+FFFD (fpdf2 would draw a blank box)."""
        return "".join(c if c == "\n" or ord(c) in self.drawable else "\ufffd" for c in text)

    def _footer_text(self, width: float) -> str:
        """The case id and generation time on one line, the case id shortened until it fits."""
        case_id = " ".join(self.text_of(self.view["case_id"]).split())
        tail = f" · generated {self.view['generated']}"
        text = f"Incident report {case_id}{tail}"
        while self.get_string_width(text) > width and case_id:
            case_id = case_id[: max(0, min(len(case_id) - 1, int(len(case_id) * 0.9)))]
            text = f"Incident report {case_id}…{tail}"
        return text

    def footer(self) -> None:
        # The alias is on only while fpdf2 parses our own "{nb}"; output() needs it on again to
        # put the page count in, which render_pdf does once every text but the last footer is drawn.
        alias = self.str_alias_nb_pages
        self.alias_nb_pages(None)  # type: ignore[arg-type]  # as in __init__: None switches it off
        self.set_y(-12)
        self.set_font("dejavu", size=7)
        self.set_text_color(90)
        self.cell(self.epw * 0.8, 5, self._footer_text(self.epw * 0.8 - 2 * self.c_margin))
        self.alias_nb_pages("{nb}")
        self.cell(0, 5, f"page {self.page_no()} of {{nb}}", align="R")
        self.alias_nb_pages(alias)
        self.set_text_color(0)


def _heading(pdf: _ReportPdf, text: str) -> None:
    if pdf.get_y() > pdf.h - 50:  # do not leave a heading alone at the foot of a page
        pdf.add_page()
    pdf.ln(3)
    pdf.start_section(text)  # a PDF outline entry, so a reader can jump between sections
    pdf.set_font("dejavu", "B", 12)
    pdf.multi_cell(0, 6, text, align="L", **_NEXT_LINE)
    pdf.ln(1)
    pdf.set_font("dejavu", size=9)


def _paragraph(pdf: _ReportPdf, text: str, style: str = "") -> None:
    pdf.set_font("dejavu", style, 9)
    pdf.multi_cell(0, 4.6, pdf.text_of(text), align="L", **_NEXT_LINE)
    pdf.set_font("dejavu", size=9)
    pdf.ln(1)


def _fit(pdf: _ReportPdf, text: str, width: float, note: int) -> tuple[str, bool]:
    """``text`` cut to fit ``_MAX_CELL_LINES`` lines of a ``width`` mm cell, and whether it was cut."""
    # Word wrap fills every line past half its width (or breaks the word), so twice the unwrapped
    # width is a safe bound; fpdf2's line breaking is slow and most cells are short.
    segments = text.split("\n")
    if 2 * sum(pdf.get_string_width(seg) for seg in segments) / width + 2 * len(segments) <= _MAX_CELL_LINES:
        return text, False
    lines = cast(list[str], pdf.multi_cell(width, _LINE, text, dry_run=True, output="LINES"))  # LINES: the text lines
    if len(lines) <= _MAX_CELL_LINES:
        return text, False
    keep = sum(len(line) for line in lines[: _MAX_CELL_LINES - 3])  # wraps drop spaces: keep is an underestimate
    return f"{text[:keep]} … [cut; the full text is note {note} below this table]", True


def _t(when: str) -> str:
    """A time on two lines, date above clock time, so narrow columns break it where a reader expects."""
    return when.replace(" ", "\n", 1)


def _table(
    pdf: _ReportPdf,
    headers: tuple[str, ...],
    widths: tuple[float, ...],
    rows: list[list[str]],
    styles: list[FontFace | None] | None = None,
    hashes: list[str] | None = None,
) -> None:
    """A table with wrapped cells; ``styles[i]`` styles row i, ``hashes[i]`` adds a full-width mono line under it."""
    pdf.set_font("dejavu", size=8)
    col_mm = [w / sum(widths) * pdf.epw - 2 * pdf.c_margin - 2 for w in widths]
    notes: list[tuple[str, str]] = []
    with pdf.table(col_widths=widths, line_height=_LINE, text_align="LEFT", headings_style=_HEAD, padding=1) as table:
        heading = table.row()
        for title in headers:
            heading.cell(title)
        for i, cells in enumerate(rows):
            row = table.row()
            style = styles[i] if styles else None
            for column, text in enumerate(cells):
                text = pdf.text_of(text)
                shown, cut = _fit(pdf, text, col_mm[column], len(notes) + 1)
                if cut:
                    notes.append((f"row {i + 1}, {headers[column]}", text))
                row.cell(shown, style=style)
            if hashes is not None:
                text = pdf.text_of(hashes[i])
                shown, cut = _fit(pdf, text, pdf.epw - 2 * pdf.c_margin - 2, len(notes) + 1)
                if cut:
                    notes.append((f"row {i + 1}, hashes", text))
                table.row().cell(shown, colspan=len(headers), style=_HASH)
    pdf.ln(2)
    for n, (where, text) in enumerate(notes, start=1):
        _paragraph(pdf, f"Note {n} ({where}), full text:", "B")
        _paragraph(pdf, text)


def _sections(pdf: _ReportPdf, v: dict) -> None:
    h, empty = v["headings"], v["empty"]
    _heading(pdf, h["summary"])
    _paragraph(pdf, v["summary"] or empty["summary"])

    _heading(pdf, h["clocks"])
    if v["clocks"]:
        _paragraph(pdf, v["clocks_line"], "B" if any(c["alarm"] for c in v["clocks"]) else "")
        _table(
            pdf,
            ("Regime / basis", "Obligation", "Starts", "Due", "Filed", "Status", "Note"),
            (2.2, 2.6, 1.6, 1.6, 1.6, 2.2, 2.2),
            [
                [
                    f"{c['regime']}\n{c['basis']}",
                    c["obligation"],
                    _t(c["starts"]),
                    _t(c["due"]),
                    _t(c["filed"]),
                    c["state"],
                    c["note"],
                ]
                for c in v["clocks"]
            ],
            [_ALARM if c["alarm"] else None for c in v["clocks"]],
        )
    else:
        _paragraph(pdf, empty["clocks"])

    _heading(pdf, h["timeline"])
    if v["timeline"]:
        _table(
            pdf,
            ("Time", "Actor", "Kind", "Entry"),
            (2, 2, 1.6, 6.4),
            [[_t(e["at"]), e["actor"], e["kind"], e["text"]] for e in v["timeline"]],
        )
    else:
        _paragraph(pdf, empty["timeline"])

    _heading(pdf, h["alerts"])
    if v["alerts"]:
        _table(
            pdf,
            ("Alert", "Severity", "Detector / rule", "Tenant / entity", "First / last seen", "Count"),
            (3.4, 1.3, 2.4, 2.4, 2.8, 1),
            [
                [
                    f"{a['title']}\n{a['id']}",
                    a["severity"],
                    f"{a['detector']}\n{a['rule_id']}",
                    f"{a['tenant']}\n{a['entity']}",
                    f"{a['first_seen']} –\n{a['last_seen']}",
                    a["count"],
                ]
                for a in v["alerts"]
            ],
        )
    else:
        _paragraph(pdf, empty["alerts"])

    _heading(pdf, h["tasks"])
    if v["tasks"]:
        _paragraph(pdf, v["tasks_line"])
        _table(
            pdf,
            ("#", "Task", "Type / phase / role", "Status", "Done by / at", "Note"),
            (0.6, 3.4, 2.4, 1.2, 2.2, 3),
            [
                [
                    t["number"],
                    t["title"],
                    f"{t['type']}\n{t['phase']}\n{t['role']}",
                    t["status"],
                    f"{t['done_by']}\n{_t(t['done_at'])}",
                    t["note"],
                ]
                for t in v["tasks"]
            ],
        )
    else:
        _paragraph(pdf, empty["tasks"])

    _heading(pdf, h["decisions"])
    if v["decisions"]:
        _table(
            pdf,
            ("Time", "By", "Subject", "Decision", "Rationale"),
            (2, 1.6, 2, 2, 4.4),
            [[_t(x["at"]), x["actor"], x["subject"], x["value"], x["rationale"]] for x in v["decisions"]],
        )
    else:
        _paragraph(pdf, empty["decisions"])

    _heading(pdf, h["actions"])
    if v["actions"]:
        _paragraph(pdf, v["actions_line"])
        _table(
            pdf,
            ("Time", "By", "Operation", "Connector", "Mode", "Outcome"),
            (2, 1.6, 2.4, 1.8, 1.4, 2.8),
            [[_t(a["at"]), a["actor"], a["operation"], a["connector"], a["mode"], a["outcome"]] for a in v["actions"]],
            [_DRY if a["dry_run"] else None for a in v["actions"]],
        )
    else:
        _paragraph(pdf, empty["actions"])

    _heading(pdf, h["evidence"])
    _paragraph(pdf, v["chain"]["line"], "" if v["chain"]["ok"] else "B")
    if v["evidence"]:
        _table(
            pdf,
            ("#", "Added", "By", "Kind", "Title"),
            (0.6, 2, 2, 1.4, 6),
            [[e["seq"], _t(e["added_at"]), e["added_by"], e["kind"], e["title"]] for e in v["evidence"]],
            hashes=[f"SHA-256 {e['sha256']}\nchain   {e['chain_hash']}" for e in v["evidence"]],
        )
    else:
        _paragraph(pdf, empty["evidence"])

    _heading(pdf, h["lessons"])
    _paragraph(pdf, v["lessons"] or empty["lessons"])


def render_pdf(data: ReportData) -> bytes:
    """The report as PDF bytes; the same ReportData gives the same bytes (dates come from generated_at)."""
    v = build_view(data)
    pdf = _ReportPdf(v)
    pdf.set_title(f"Incident report {v['case_id']}: {v['title']}")
    pdf.set_author("aisoc")
    pdf.set_creator("aisoc")
    pdf.set_lang("en")
    generated = data.generated_at
    pdf.set_creation_date(generated.replace(tzinfo=UTC) if generated.tzinfo is None else generated)
    pdf.add_page()
    pdf.set_font("dejavu", "B", 16)
    pdf.multi_cell(0, 8, pdf.text_of(f"Incident report {v['case_id']}"), align="L", **_NEXT_LINE)
    pdf.set_font("dejavu", size=11)
    pdf.multi_cell(0, 6, pdf.text_of(v["title"]), align="L", **_NEXT_LINE)
    pdf.ln(2)
    pdf.start_section(v["headings"]["facts"])
    _table(pdf, ("Field", "Value"), (1, 3), [[label, value] for label, value in v["facts"]])
    _sections(pdf, v)
    pdf.alias_nb_pages("{nb}")
    return bytes(pdf.output())
