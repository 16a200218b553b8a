"""Incident reports in Markdown, HTML and PDF: the facts an auditor needs, and no way for event text out.

The fixture is hand-built and realistic; the hostile variant puts one payload into every string
field (found by introspection, so a field added to ReportData later is attacked too).
"""

from __future__ import annotations

import dataclasses
import io
import re
from datetime import UTC, datetime, timedelta, timezone
from html.parser import HTMLParser

import pytest
from pypdf import PdfReader

from aisoc.analytics.cases.report import (
    FORMATS,
    ReportAction,
    ReportAlert,
    ReportClock,
    ReportData,
    ReportDecision,
    ReportEntry,
    ReportError,
    ReportEvidence,
    ReportTask,
    render_html,
    render_markdown,
    render_pdf,
    write_report,
)
from aisoc.analytics.cases.report import pdf as pdf_module
from aisoc.analytics.cases.report.view import EMPTY, HEADINGS, duration, when

UTC = UTC
T0 = datetime(2026, 12, 1, 9, 0, tzinfo=UTC)
TOKEN = "tok_" + "Zq9" * 1665 + "x"  # 5,000 characters, no break opportunity anywhere
RTL = "המשתמש ביקש את הנתונים של לקוח אחר — تم تسريب البيانات"
HASHES = [f"{n:x}" * 64 for n in (10, 11, 12)]
CHAINS = [f"{n:x}" * 64 for n in (13, 14, 15)]


def report_data() -> ReportData:
    """A closed-ish case: two alerts, three evidence items, one overdue clock, hostile-looking but honest text."""
    at = lambda minutes: T0 + timedelta(minutes=minutes)  # noqa: E731
    return ReportData(
        case_id="CASE-2026-0042",
        title="Cross-tenant RAG retrieval by support bot ↔ 顧客データ",
        status="resolved",
        severity="high",
        tenants=("acme-bank", "acme-insure"),
        playbook_id="pb-rag-cross-tenant",
        playbook_title="RAG cross-tenant leakage",
        assignee="dana@soc",
        opened_by="detector:leakage",
        opened_at=at(0),
        aware_at=at(12),
        acknowledged_at=at(27),
        closed_at=at(60 * 52 + 5),
        time_to_acknowledge=timedelta(minutes=27),
        time_to_resolve=timedelta(hours=52, minutes=5),
        summary=f"The support assistant returned documents owned by acme-insure to an acme-bank user.\n\n"
        f"Quoted prompt (RTL): {RTL}\nLeaked token: {TOKEN}\nEmoji 😀, tag chars \U000e0041\U000e0042.",
        lessons="Retrieval must filter by tenant before ranking.\nAdd a canary document per tenant.",
        generated_at=at(60 * 60),
        generated_by="auditor.ana",
        alerts=(
            ReportAlert(
                "AL-7f3a",
                "Retrieved document of another tenant",
                "high",
                "leakage",
                "rag-cross-tenant",
                "acme-bank",
                "user:u-1029",
                at(-30),
                at(-2),
                14,
            ),
            ReportAlert(
                "AL-81c0",
                "Prompt injection: ignore previous instructions",
                "medium",
                "sigma",
                "3f1e9c2a-llm01-ignore",
                None,
                None,
                at(-31),
                at(-31),
                1,
            ),
        ),
        timeline=(
            ReportEntry(at(0), "detector:leakage", "opened", "Case opened from AL-7f3a"),
            ReportEntry(at(27), "dana@soc", "status", "acknowledged"),
            ReportEntry(at(40), "dana@soc", "note", f"User prompt: {RTL} / token {TOKEN}"),
            ReportEntry(at(41), "dana@soc", "action", "revoke-api-key dry run"),
        ),
        tasks=(
            ReportTask(
                1,
                "Confirm the leaked documents",
                "manual",
                "identification",
                "analyst",
                "done",
                "dana@soc",
                at(35),
                "3 documents, all acme-insure",
            ),
            ReportTask(
                2,
                "Query other sessions of the user",
                "enrichment",
                "identification",
                "analyst",
                "done",
                "dana@soc",
                at(38),
                None,
            ),
            ReportTask(3, "Revoke the API key", "action", "containment", "responder", "done", "lee", at(45), None),
            ReportTask(
                4, "Notify the model owner", "manual", "recovery", "lead", "skipped", None, None, "owner on leave"
            ),
            ReportTask(5, "Post-incident review", "manual", "lessons", "lead", "open", None, None, None),
        ),
        evidence=tuple(
            ReportEvidence(i + 1, at(30 + i), "dana@soc", kind, title, HASHES[i], CHAINS[i])
            for i, (kind, title) in enumerate(
                [
                    ("alert", "AL-7f3a with 14 events"),
                    ("query", "sessions of user u-1029, 7 days"),
                    ("action", "revoke-api-key key-9 (HTTP 200)"),
                ]
            )
        ),
        evidence_chain_ok=True,
        evidence_chain_detail="3 entries, head " + CHAINS[2][:12],
        actions=(
            ReportAction(at(41), "dana@soc", "revoke-api-key", "gateway", True, "dry run"),
            ReportAction(at(45), "lee", "revoke-api-key", "gateway", False, "HTTP 200"),
        ),
        decisions=(
            ReportDecision(at(50), "lead.kim", "gdpr", "notifiable", "personal data of insurance customers"),
            ReportDecision(at(52), "lead.kim", "Contain or monitor?", "contain", "active leakage"),
        ),
        clocks=(
            ReportClock(
                "gdpr",
                "notify the supervisory authority",
                "GDPR Art. 33(1)",
                at(12),
                at(12) + timedelta(hours=72),
                at(60 * 30),
                "met",
                "filed with the DPA",
            ),
            ReportClock(
                "ai-act",
                "report the serious incident",
                "AI Act Art. 73(2)",
                at(12),
                at(12) + timedelta(days=15),
                None,
                "open",
                "",
            ),
            ReportClock(
                "dora",
                "initial notification",
                "DORA Art. 19",
                at(12),
                at(12) + timedelta(hours=24),
                None,
                "overdue",
                "classification disputed",
            ),
        ),
    )


def key_facts(d: ReportData) -> list[str]:
    """What every format must show, as the formats print it."""
    due = [c.due_at.strftime("%Y-%m-%d %H:%M UTC") for c in d.clocks]
    return [
        d.case_id,
        *HASHES,
        *CHAINS,
        *due,
        "3 of 5 done",
        "2026-12-01 09:27 UTC",
        "27 min",
        "2 d 4 h",
        "DRY RUN",
        "OVERDUE by",
    ]


PAYLOAD = (
    "<script>alert(1)</script> <img src=x onerror=alert(2)> [click](https://evil.example/a) "
    "![px](https://evil.example/p.png) a|b||c \n# heading\n- item\n1. item `code` *em* _em_ ~~s~~ "
    "&lt;b&gt; https://evil.example/raw www.evil.example @everyone {nb} \\| \u202eevil\r\nend"
)


def _hostile(value):
    if isinstance(value, str):
        return PAYLOAD
    if isinstance(value, tuple):
        return tuple(_hostile(v) for v in value)
    if dataclasses.is_dataclass(value):
        return dataclasses.replace(
            value, **{f.name: _hostile(getattr(value, f.name)) for f in dataclasses.fields(value)}
        )
    return value


def hostile_data() -> ReportData:
    return _hostile(report_data())


def _pdf_text(content: bytes) -> str:
    return "\n".join(page.extract_text() for page in PdfReader(io.BytesIO(content)).pages)


def _pdf_words(data: ReportData) -> str:
    """The PDF's text with every run of whitespace as one space: table cells wrap times and phrases."""
    return " ".join(_pdf_text(render_pdf(data)).split())


# --- content ----------------------------------------------------------------------------------------


@pytest.mark.parametrize("render", [render_markdown, render_html, _pdf_words], ids=["md", "html", "pdf"])
def test_every_format_has_the_key_facts_and_sections_in_order(render):
    text = render(report_data())
    for fact in key_facts(report_data()):
        assert fact in text, fact
    positions = [text.find(h) for h in HEADINGS.values()]
    assert -1 not in positions and positions == sorted(positions), positions


@pytest.mark.parametrize("render", [render_markdown, render_html, _pdf_words], ids=["md", "html", "pdf"])
def test_empty_sections_say_so(render):
    d = dataclasses.replace(
        report_data(),
        alerts=(),
        timeline=(),
        tasks=(),
        evidence=(),
        actions=(),
        decisions=(),
        clocks=(),
        summary="",
        lessons=" ",
    )
    text = render(d)
    for sentence in EMPTY.values():
        assert sentence in text, sentence


def test_durations_times_and_missing_values():
    d = dataclasses.replace(
        report_data(),
        acknowledged_at=None,
        closed_at=None,
        time_to_acknowledge=None,
        time_to_resolve=timedelta(hours=3, minutes=12),
        assignee=None,
        opened_at=datetime(2026, 12, 1, 14, 3),
    )  # naive: read as UTC
    md = render_markdown(d)
    assert "| Time to resolve | 3 h 12 min |" in md
    assert "| Acknowledged | not acknowledged |" in md and "| Closed | not closed |" in md
    assert "| Assignee | unassigned |" in md
    assert "2026-12-01 14:03 UTC by detector:leakage" in md


def test_time_and_duration_formats():
    plus2 = timezone(timedelta(hours=2))
    assert when(datetime(2026, 12, 1, 16, 3, 59, tzinfo=plus2)) == "2026-12-01 14:03 UTC"
    assert [
        duration(timedelta(seconds=s)) for s in (0, 45, 60 * 45, 3600 * 3 + 60 * 12, 86400 * 2 + 3600 * 4 + 59)
    ] == ["0 min", "< 1 min", "45 min", "3 h 12 min", "2 d 4 h"]
    assert duration(None, "n/a") == "n/a"


def test_chain_failure_and_alarms_stand_out():
    d = dataclasses.replace(report_data(), evidence_chain_ok=False, evidence_chain_detail="entry 2: chain hash differs")
    md, page = render_markdown(d), render_html(d)
    assert "⚠ Evidence chain verification FAILED: entry 2: chain hash differs" in md
    assert '<p class="alarm">Evidence chain verification FAILED' in page
    assert "⚠ OVERDUE by 1 d 11 h" in md  # DORA: due 2 Dec 09:12, report 3 Dec 21:00
    assert page.count('<tr class="alarm">') == 1
    assert page.count('<tr class="dry">') == 1


def test_html_is_self_contained():
    page = render_html(report_data())
    csp = "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'"
    assert csp in page
    assert not re.search(r"(?i)<(script|link|img|iframe|object)\b|\bsrc=|\bhref=|@import|url\(", page)


# --- hostile text -----------------------------------------------------------------------------------


def _unescaped(md: str, chars: str) -> list[str]:
    """The characters of ``chars`` in ``md`` that no backslash escapes (an even run of backslashes escapes none)."""
    return [m.group(2) for m in re.finditer(r"(\\*)([" + re.escape(chars) + "])", md) if len(m.group(1)) % 2 == 0]


def test_markdown_escapes_every_field():
    md = render_markdown(hostile_data())
    # The template itself uses none of these; every one in the output came from a field.
    assert _unescaped(md, "<>[]()!`*_~&@{}$") == []
    assert not re.search(r"(?<!\\)://", md) and "www." not in md  # GFM would link these bare
    headings = [line for line in md.splitlines() if line.startswith("#")]
    assert headings[0].startswith("# Incident report ")
    assert headings[1:] == ["## " + h for key, h in HEADINGS.items() if key != "facts"]
    assert not [line for line in md.splitlines() if line.startswith(("- ", "1. ", "+ ", "> ", "="))]
    # Every row of a table has as many cell separators as its header.
    tables: list[list[str]] = []
    for line in md.splitlines():
        if line.startswith("|"):
            if not tables or tables[-1] is None:
                tables.append([])
            tables[-1].append(line)
        elif tables and tables[-1] is not None:
            tables.append(None)
    for rows in filter(None, tables):
        counts = {len(_unescaped(row, "|")) for row in rows}
        assert len(counts) == 1, rows[0]


def test_markdown_hostile_text_renders_as_text():
    markdown_it = pytest.importorskip("markdown_it")
    data = hostile_data()
    md = render_markdown(data)
    parser = markdown_it.MarkdownIt("commonmark").enable(["table", "strikethrough"])
    tokens = [t for block in parser.parse(md) for t in [block, *(block.children or [])]]
    kinds = {t.type for t in tokens}
    assert not kinds & {
        "link_open",
        "image",
        "html_inline",
        "html_block",
        "code_inline",
        "code_block",
        "fence",
        "em_open",
        "strong_open",
        "s_open",
        "bullet_list_open",
        "ordered_list_open",
        "blockquote_open",
        "hr",
    }, kinds
    assert sum(t.type == "heading_open" for t in tokens) == len(HEADINGS)  # the title and the sections after "Case"
    html_from_md = parser.render(md)
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in html_from_md  # shown, not dropped
    assert "[click](https://evil.example/a)" in html_from_md


class _Tags(HTMLParser):
    def __init__(self):
        super().__init__()
        self.tags: set[str] = set()
        self.attrs: set[str] = set()

    def handle_starttag(self, tag, attrs):
        self.tags.add(tag)
        self.attrs.update(name for name, _ in attrs)


def test_html_escapes_every_field():
    page = render_html(hostile_data())
    parser = _Tags()
    parser.feed(page)
    assert parser.tags <= {
        "html",
        "head",
        "meta",
        "title",
        "style",
        "body",
        "header",
        "h1",
        "h2",
        "p",
        "table",
        "colgroup",
        "col",
        "thead",
        "tbody",
        "tr",
        "th",
        "td",
        "code",
        "span",
        "div",
        "section",
        "footer",
    }, parser.tags
    assert parser.attrs <= {"lang", "charset", "http-equiv", "content", "name", "class", "scope", "style"}
    assert "<script" not in page and "<img" not in page
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in page
    assert "[U+202E]evil" in page  # the bidi override is shown, not obeyed


def test_markdown_template_cannot_print_unescaped():
    from aisoc.analytics.cases.report import render

    env = render._MD_ENV
    template = env.from_string("{{ v.title }}")
    with pytest.raises(TypeError, match="without the md filter"):
        template.render(v={"title": "x"})
    assert env.from_string("{{ v.title | md }}").render(v={"title": "[x](y)"}) == "\\[x\\]\\(y\\)"


# --- PDF --------------------------------------------------------------------------------------------


def test_pdf_parses_and_carries_metadata():
    content = render_pdf(report_data())
    assert content.startswith(b"%PDF-")
    reader = PdfReader(io.BytesIO(content))
    text = _pdf_text(content)
    assert "CASE-2026-0042" in text and HASHES[1] in text
    assert "page 1 of " + str(len(reader.pages)) in text
    assert reader.metadata.title.startswith("Incident report CASE-2026-0042")
    assert reader.metadata.author == "aisoc"
    assert reader.metadata.creation_date == datetime(2026, 12, 3, 21, 0, tzinfo=UTC)
    assert "full text is note 1" in text  # the 5,000-character token was cut in its cell and printed whole
    assert TOKEN[:40] in text


def test_pdf_is_deterministic():
    assert render_pdf(report_data()) == render_pdf(report_data())


def test_pdf_survives_hostile_text():
    text = _pdf_text(render_pdf(hostile_data()))
    assert "{nb}" in text  # fpdf2's page-count alias is not applied to event text
    assert "[U+202E]evil" in text


def test_pdf_marks_characters_the_font_lacks():
    text = _pdf_text(render_pdf(report_data()))
    assert "support bot ↔ \ufffd\ufffd\ufffd\ufffd\ufffd" in text  # DejaVu has no CJK: shown as U+FFFD, not a blank


def test_pdf_without_fonts_names_the_package(monkeypatch, tmp_path):
    monkeypatch.setattr(pdf_module, "_font_dirs", lambda: [tmp_path])
    with pytest.raises(ReportError, match="apt-get install fonts-dejavu-core"):
        render_pdf(report_data())


# --- writing ----------------------------------------------------------------------------------------


@pytest.mark.parametrize("fmt", FORMATS)
def test_write_report_writes_atomically(fmt, tmp_path):
    target = tmp_path / f"report.{fmt}"
    target.write_text("old")
    assert write_report(report_data(), fmt, target) == target
    content = target.read_bytes()
    if fmt == "pdf":
        assert content.startswith(b"%PDF-")
    else:
        assert content.decode() == (render_markdown if fmt == "md" else render_html)(report_data())
    assert list(tmp_path.iterdir()) == [target]


def test_write_report_errors_are_one_line_with_the_path(tmp_path):
    blocker = tmp_path / "a-file"
    blocker.write_text("")
    with pytest.raises(ReportError, match=re.escape(str(blocker / "r.md"))) as e:
        write_report(report_data(), "md", blocker / "r.md")
    assert "\n" not in str(e.value)
    folder = tmp_path / "is-a-folder"
    folder.mkdir()
    with pytest.raises(ReportError):
        write_report(report_data(), "html", folder)  # os.replace onto a folder fails: the temp file must go
    assert sorted(p.name for p in tmp_path.iterdir()) == ["a-file", "is-a-folder"]
    with pytest.raises(ReportError, match="unknown report format"):
        write_report(report_data(), "docx", tmp_path / "r.docx")
