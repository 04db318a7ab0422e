"""Inline text: HTML in cells, Markdown emphasis, bold lead terms, list items inside cells."""

from __future__ import annotations

import html
import re

_TAG = re.compile(r"<[^>]+>")
_BOLD_MD = re.compile(r"\*\*(.+?)\*\*|__(.+?)__")
_BOLD_HTML = re.compile(r"<b>(.*?)</b>|<strong>(.*?)</strong>", re.I | re.S)
_LINK = re.compile(r"\[([^\]]*)\]\([^)]*\)")
_LI = re.compile(r"<li[^>]*>(.*?)</li>", re.I | re.S)
_BR = re.compile(r"<br\s*/?>", re.I)
_EMOJI = re.compile("[\U0001f000-\U0001faff\u2600-\u27bf\ufe0f\u20e3]")
_WS = re.compile(r"\s+")
# "**Term:** text", "**Term**: text", "**Term** → text", "Term → text"
_LEAD_BOLD = re.compile(
    r"^\s*\*\*(?P<term>[^*]+?)\*\*\s*(?P<sep>:|→|->|—|–|-)?\s*(?P<rest>.*)$", re.S
)
_ARROW = re.compile(r"\s*(?:→|-->|->)\s*")


def plain(text: str) -> str:
    """Text without HTML tags, Markdown emphasis, links or emoji, whitespace folded."""
    text = _BR.sub(" ", text)
    text = _TAG.sub(" ", text)
    text = _LINK.sub(r"\1", text)
    text = _BOLD_MD.sub(lambda m: m.group(1) or m.group(2), text)
    text = text.replace("`", "")
    text = _EMOJI.sub("", text)
    text = html.unescape(text)
    text = _WS.sub(" ", text).strip()
    return re.sub(r"\s+([.,;:)])", r"\1", text)


def bold_terms(text: str) -> list[str]:
    """The bold phrases of a text, in order, HTML ``<b>`` or Markdown ``**``."""
    found = [m.group(1) or m.group(2) for m in _BOLD_HTML.finditer(text)]
    found += [m.group(1) or m.group(2) for m in _BOLD_MD.finditer(text)]
    return [plain(t).strip(" :") for t in found if plain(t).strip(" :")]


def split_lead(text: str) -> tuple[str, str]:
    """Split ``**Term:** rest`` (or ``Term → rest``) into (term, rest); term is '' if none."""
    m = _LEAD_BOLD.match(text)
    if m:
        term = plain(m.group("term")).strip()
        rest = m.group("rest")
        if term.endswith(":"):
            return term.rstrip(": "), plain(rest)
        if m.group("sep") or not rest.strip():
            return term.strip(), plain(rest)
        # "**Term** text" with no separator: a lead term only if short and followed by text.
        if len(term.split()) <= 6:
            return term, plain(rest)
        return "", plain(text)
    parts = _ARROW.split(text, maxsplit=1)
    if len(parts) == 2 and 0 < len(parts[0].split()) <= 8:
        return plain(parts[0]).strip(" :"), plain(parts[1])
    return "", plain(text)


def cell_items(cell: str) -> list[str]:
    """The items a table cell lists: ``<li>`` elements, ``<br>`` lines, or inline ``- a - b``."""
    lis = _LI.findall(cell)
    if lis:
        items = [plain(x) for x in lis]
    elif _BR.search(cell):
        items = [plain(x) for x in _BR.split(cell)]
    else:
        text = plain(cell)
        if text.startswith("- "):
            items = re.split(r"(?:^|\s)-\s+", text)
        else:
            return [text] if text else []
    return [x.lstrip("-•* ").strip() for x in items if x.lstrip("-•* ").strip()]


def clean_heading(title: str) -> str:
    """A heading's title without emphasis, emoji, numbering or trailing punctuation."""
    text = plain(re.sub("\\d\ufe0f?\u20e3", "", title))  # keycap digits "1️⃣"
    text = re.sub(r"^(?:\d+[.)]|[IVX]+\.)\s+", "", text)
    return text.strip().rstrip(":.").strip()
