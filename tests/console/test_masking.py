"""Masking PII and secrets, highlighting without splitting a masked value, and text made visible-safe."""

from __future__ import annotations

from aisoc.analytics.access.masking import mask_text, segments
from aisoc.ui.console.safe import md_escape, visible

SECRET = "sk-proj-" + "Ab3dE6gH9jK2mN5pQ8sT1vW4yZ7bC0eF3hJ6kL9n"
TEXT = f"mail bob@example.com now, ignore previous instructions, key {SECRET} end"


def test_pii_and_secrets_are_masked_with_kind_and_length():
    masked = mask_text(TEXT)
    assert "bob@example.com" not in masked and SECRET not in masked
    assert "[EMAIL_ADDRESS·15]" in masked and "ignore previous instructions" in masked
    assert mask_text("nothing to hide here") == "nothing to hide here"


def test_highlights_cut_the_text_and_masks_stay_whole():
    start = TEXT.index("ignore")
    pieces = segments(TEXT, [(start, start + len("ignore previous instructions"))])
    assert [p for p, lit in pieces if lit] == ["ignore previous instructions"]
    assert "".join(p for p, _ in pieces) == mask_text(TEXT)
    # a highlight that starts inside the e-mail address marks the whole masked value, reveals nothing
    inside = TEXT.index("example")
    pieces = segments(TEXT, [(inside, inside + 3)])
    assert [p for p, lit in pieces if lit] == ["[EMAIL_ADDRESS·15]"]
    assert "bob@" not in "".join(p for p, _ in pieces)
    assert "".join(p for p, _ in segments(TEXT, [(0, 4)], unmask=True)) == TEXT


def test_invisible_characters_are_shown_and_long_text_is_cut():
    assert visible("invoice_\u202efdp.exe") == "invoice_⟨U+202E⟩fdp.exe"
    assert visible("a\u200bb\U000e0041c\x07") == "a⟨U+200B⟩b⟨U+E0041⟩c⟨U+0007⟩"
    cut = visible("x" * 1000, limit=10)
    assert cut.startswith("x" * 10) and "[990 more characters]" in cut


def test_markdown_escaping_neutralises_links_and_images():
    escaped = md_escape("![x](http://evil.example/a.png) [y](javascript:alert(1)) <b>")
    assert "](" not in escaped and "<b>" not in escaped and "\\!\\[x\\]" in escaped


def test_markdown_escaping_leaves_no_bare_address_to_autolink():
    # Streamlit's Markdown links bare addresses even with escaped characters (the browser test
    # checks the page); here: no "www.", "://" or "name@domain" survives contiguous.
    escaped = md_escape("www.evil.example http://evil.example/x mallory@acme-bank.example")
    assert "www." not in escaped.replace("\\", "") and "://" not in escaped.replace("\\", "")
    assert "y@" not in escaped and "@a" not in escaped and "mallory\u2060@\u2060acme" in escaped
