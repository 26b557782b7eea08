"""Markdown the MT writes (`platform/uitleg.md`), rendered as safe HTML.

Why not `st.markdown(tekst)` directly: that loads any image the text names from any
server (a tracking pixel on every visit) and its HTML handling is Streamlit's to change.
Here the text is parsed by markdown-it (CommonMark) with raw HTML off, so `<script>` or
`<img onerror=…>` shows as the characters typed; every image becomes its description in
plain text (nothing is fetched); a link keeps its text but points only to `http(s)://` or
`mailto:` and opens in a new tab without a referrer. What remains is headings, lists,
emphasis, tables, quotes and code: the MT's formatting.
"""

from __future__ import annotations

from collections.abc import Sequence
from html import escape
from typing import Any

from markdown_it import MarkdownIt
from markdown_it.token import Token

MAX_TEKENS = 100_000  # a page of explanation, not a book; more is cut off with a note
VEILIGE_LINKS = ("http://", "https://", "mailto:")


def _afbeelding(_self: Any, tokens: Sequence[Token], idx: int, options: Any, env: Any) -> str:
    """An image shows as its description in brackets; nothing is fetched."""
    beschrijving = "".join(t.content for t in tokens[idx].children or ()) or "afbeelding"
    return f"[afbeelding: {escape(beschrijving)}]"


def _link_open(_self: Any, tokens: Sequence[Token], idx: int, options: Any, env: Any) -> str:
    href = str(tokens[idx].attrGet("href") or "")
    if not href.lower().startswith(VEILIGE_LINKS):
        return "<span>"
    return f'<a href="{escape(href)}" target="_blank" rel="noopener noreferrer nofollow">'


def _link_close(_self: Any, tokens: Sequence[Token], idx: int, options: Any, env: Any) -> str:
    open_ = next(
        (
            t
            for t in reversed(tokens[:idx])
            if t.type == "link_open" and t.level == tokens[idx].level
        ),
        None,
    )
    href = str(open_.attrGet("href") or "") if open_ is not None else ""
    return "</a>" if href.lower().startswith(VEILIGE_LINKS) else "</span>"


def _parser() -> MarkdownIt:
    md = MarkdownIt("commonmark", {"html": False, "linkify": False}).enable("table")
    md.add_render_rule("image", _afbeelding)
    md.add_render_rule("link_open", _link_open)
    md.add_render_rule("link_close", _link_close)
    return md


_MD = _parser()


def naar_html(tekst: str) -> str:
    """The Markdown `tekst` as HTML that loads nothing and runs nothing."""
    if len(tekst) > MAX_TEKENS:
        tekst = tekst[:MAX_TEKENS] + "\n\n*(De tekst is ingekort: hij is te lang.)*"
    return _MD.render(tekst)
