"""The only ways the console puts text from events on screen: as plain text, never Markdown or HTML.

Event text is attacker-written. Streamlit renders Markdown in ``st.markdown``, ``st.write``,
widget labels, expander and tab titles, captions and help texts, so none of those ever receives
it. It goes through ``text_block`` (a code block: shown literally), ``table`` (the data grid:
cells are drawn as text, no links or images) or ``literal`` (``st.text``). On the way, characters
that change how text *looks* without being seen are replaced by visible marks: bidirectional
overrides (an RTL override can make ``exe.txt`` read ``txt.exe``), zero-width characters and
Unicode tag characters (invisible text). Very long values are cut, saying how much was cut.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Literal

import polars as pl
import streamlit as st

__all__ = ["visible", "text_block", "marked_block", "table", "literal", "md_escape", "CELL_LIMIT", "BLOCK_LIMIT"]

CELL_LIMIT = 300
BLOCK_LIMIT = 20_000
SCROLL_AFTER, BOX_HEIGHT = 2_000, 320  # characters, pixels
_INVISIBLE = re.compile("[\u200b-\u200f\u202a-\u202e\u2060-\u2069\u061c\ufeff\U000e0000-\U000e007f]")
_CONTROL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")
_MARKDOWN = re.compile(r"([\\`*_{}\[\]()#+\-.!|<>~$:=&])")
# Streamlit's Markdown turns bare addresses into links (GFM autolinks: www., http://, a@b.c) even
# when their characters are backslash-escaped; an invisible word joiner on both sides of each
# "@", "." and ":" splits every such pattern ("www.", "http://", "a@b"), and the text reads the same.
_AUTOLINK_BREAK = re.compile(r"([@.:])")
_WORD_JOINER = "\u2060"
MARK_OPEN, MARK_CLOSE = "⟦", "⟧"


def visible(text: object, limit: int | None = BLOCK_LIMIT) -> str:
    """``text`` with invisible and control characters shown as ``⟨U+202E⟩``, cut to ``limit``."""
    if text is None:
        return ""
    value = str(text)
    cut = ""
    if limit is not None and len(value) > limit:
        cut = f" … [{len(value) - limit:,} more characters]"
        value = value[:limit]
    value = _INVISIBLE.sub(lambda m: f"⟨U+{ord(m.group()):04X}⟩", value)
    value = _CONTROL.sub(lambda m: f"⟨U+{ord(m.group()):04X}⟩", value)
    return value + cut


def _code(text: str) -> None:
    # a long value scrolls inside a box of its own instead of stretching the page
    st.code(
        text or "(empty)", language=None, wrap_lines=True, height=BOX_HEIGHT if len(text) > SCROLL_AFTER else "content"
    )


def text_block(text: object, *, limit: int = BLOCK_LIMIT) -> None:
    """A value shown literally in a wrapped code block (no Markdown, no HTML, no highlighting)."""
    _code(visible(text, limit))


def marked_block(pieces: Sequence[tuple[str, bool]], *, limit: int = BLOCK_LIMIT) -> None:
    """Text with highlighted pieces between ⟦ and ⟧, still as a plain code block."""
    out, used = [], 0
    for piece, lit in pieces:
        shown = visible(piece, None)
        if used + len(shown) > limit:
            out.append(shown[: max(0, limit - used)] + " … [cut]")
            break
        out.append(f"{MARK_OPEN}{shown}{MARK_CLOSE}" if lit else shown)
        used += len(shown)
    _code("".join(out))


def literal(text: object) -> None:
    st.text(visible(text, CELL_LIMIT * 4))


def _cells(frame: pl.DataFrame) -> pl.DataFrame:
    fixes = []
    for name, dtype in frame.schema.items():
        if dtype == pl.String:
            fixes.append(
                pl.col(name).map_elements(lambda v: visible(v, CELL_LIMIT), return_dtype=pl.String, skip_nulls=True)
            )
        elif dtype.is_nested():
            fixes.append(
                pl.col(name).map_elements(
                    lambda v: visible(", ".join(map(str, v.to_list() if isinstance(v, pl.Series) else v)), CELL_LIMIT),
                    return_dtype=pl.String,
                    skip_nulls=True,
                )
            )
    return frame.with_columns(fixes) if fixes else frame


def table(
    frame: pl.DataFrame,
    *,
    key: str | None = None,
    select: Literal["single-row", "multi-row"] | None = None,
    height: int | Literal["auto", "stretch", "content"] = "auto",
    column_config: dict | None = None,
):
    """A data grid of ``frame`` with every text cell made visible-safe; ``select`` ("single-row" or
    "multi-row") returns the selection state."""
    shown = _cells(frame)
    if select:
        return st.dataframe(
            shown,
            key=key,
            hide_index=True,
            on_select="rerun",
            selection_mode=select,
            height=height,
            column_config=column_config,
        )
    return st.dataframe(shown, key=key, hide_index=True, height=height, column_config=column_config)


def md_escape(text: object) -> str:
    """For aisoc's own dynamic strings (rule titles, counts, errors) in Markdown places: every
    Markdown and HTML character escaped, and no address left that could become a link. Never a
    substitute for keeping event text out of Markdown."""
    joined = _AUTOLINK_BREAK.sub(lambda m: _WORD_JOINER + m.group() + _WORD_JOINER, visible(text, CELL_LIMIT))
    return _MARKDOWN.sub(r"\\\1", joined)
