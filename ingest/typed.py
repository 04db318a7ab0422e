"""PDFs printed from plain text: each page's characters back on their grid, read as text.

A plain-text file printed to PDF (GNU enscript, a2ps, a terminal's print, a typewriter-font
mail) keeps nothing a layout reader could use: one fixed-width font at one size, no bold
headings, tables drawn with ``|`` and ``-``, titles underlined with a row of dashes, sub-points
set in by spaces. What it keeps is the grid: every character stands in a column of one width
and on a line of one pitch. Put back on that grid (columns as spaces, skipped lines as blank
lines, the page header the printer repeats left out), the pages are the text they were printed
from, read by the reader of plain-text notes (:mod:`ingest.markdown`). Each block keeps its
page and its line on the page, as the page's reading view shows it.
"""

from __future__ import annotations

import io
import re
import statistics
from dataclasses import replace

import pdfplumber

from .blocks import Block, Table
from .document import Document

_MONOSPACE = re.compile(r"mono|courier|consolas|menlo|inconsolata|typewriter|cmtt", re.I)
_TYPED_SHARE = 0.97  # this share of a page's characters in one fixed-width font and size
_MAX_PAGES = 2000


def read_typed(data: bytes, name: str) -> Document | None:
    """The document a PDF printed from plain text was printed from; None for any other PDF
    (a font of another width or size, a page without text), or one pdfplumber cannot open
    (the layout reader says why)."""
    try:
        with pdfplumber.open(io.BytesIO(data)) as pdf:
            pages = [_page_chars(page) for page in pdf.pages[:_MAX_PAGES]]
    except Exception:  # the layout reader reports a broken or locked file in its own words
        return None
    pages = [_typed(chars) for chars in pages]
    if not pages or not all(pages):
        return None
    every = [c for chars in pages for c in chars]
    width = statistics.median(c["x1"] - c["x0"] for c in every)
    steps = [step for chars in pages for step in _steps(chars)]
    if width <= 0:
        return None
    # (a page of one line: its lines would stand about their size apart)
    pitch = min(steps) if steps else 1.2 * statistics.median(c["size"] for c in every)
    left = min(c["x0"] for c in every)
    views = _without_running([_grid(chars, left, width, pitch) for chars in pages])
    from .markdown import parse_markdown  # (the reader of plain-text notes)

    # a page whose text stops a line or more above the lowest line any page fills, or the
    # next page's text starts below the highest, broke at a blank line: the text had one
    firsts = [min(c["top"] for c in chars) for chars in pages]
    lasts = [max(c["top"] for c in chars) for chars in pages]
    lowest, highest = max(lasts) - pitch / 2, min(firsts) + pitch / 2
    where: list[tuple[int, int]] = []  # each line of the whole text: (page, line on the page)
    lines: list[str] = []
    for number, view in enumerate(views, 1):
        k = number - 1
        if k and (lasts[k - 1] < lowest or firsts[k] > highest):
            where.append((number - 1, len(views[k - 1])))
            lines.append("")
        where += [(number, i) for i in range(1, len(view) + 1)]
        lines += view
    text = "\n".join(lines)
    blocks = parse_markdown(text, name)
    _place(blocks, where, views)
    return Document(name, "pdf", blocks, views)


# the glyphs a printer's fixed-width font draws for ASCII's quote, backquote, tilde, caret and
# hyphen (enscript's Courier prints ' ` ~ ^ as ’ ‘ ˜ ˆ, a2ps prints - as −): the text had the
# ASCII characters
_PRINTED_ASCII = str.maketrans({"’": "'", "‘": "`", "˜": "~", "ˆ": "^", "−": "-"})


def _page_chars(page: pdfplumber.page.Page) -> list[dict]:
    return [
        {**c, "text": c["text"].translate(_PRINTED_ASCII)} for c in page.chars if c["text"].strip()
    ]


def _typed(chars: list[dict]) -> list[dict]:
    """A page's typed characters, if nearly all of them are in fixed-width fonts of one size
    or the rest stand in lines above or below them (a2ps's header and footer, set in a
    proportional font: "Printed by ...", the page's date, title and number); else none."""
    typed = [c for c in chars if _MONOSPACE.search(c["fontname"])]
    if not typed:
        return []
    common = statistics.mode(round(c["size"], 1) for c in typed)
    body = [c for c in typed if abs(c["size"] - common) < 0.5]
    if len(body) >= _TYPED_SHARE * len(chars):
        return body
    top, bottom = min(c["top"] for c in body), max(c["bottom"] for c in body)
    if len(body) >= len(chars) / 2 and all(
        c["bottom"] <= top or c["top"] >= bottom
        for c in chars
        if abs(c["size"] - common) >= 0.5 or not _MONOSPACE.search(c["fontname"])
    ):
        return body
    return []


def _rows(chars: list[dict]) -> list[list[dict]]:
    rows: list[list[dict]] = []
    for c in sorted(chars, key=lambda c: (c["top"], c["x0"])):
        if rows and abs(c["top"] - rows[-1][0]["top"]) < 0.5 * c["size"]:
            rows[-1].append(c)
        else:
            rows.append([c])
    return rows


def _steps(chars: list[dict]) -> list[float]:
    """How far apart a page's lines stand, one after the other."""
    tops = [row[0]["top"] for row in _rows(chars)]
    return [b - a for a, b in zip(tops, tops[1:]) if b - a > 0]


def _grid(chars: list[dict], left: float, width: float, pitch: float) -> list[str]:
    """A page's lines of text, each character at its column (``width`` apart from ``left``),
    lines skipped (``pitch`` apart) as blank lines."""
    lines: list[str] = []
    rows = _rows(chars)
    for k, row in enumerate(rows):
        if k:
            skipped = round((row[0]["top"] - rows[k - 1][0]["top"]) / pitch) - 1
            lines += [""] * max(0, skipped)
        line = ""
        for c in sorted(row, key=lambda c: c["x0"]):
            line = line.ljust(round((c["x0"] - left) / width)) + c["text"]
        lines.append(line.rstrip())
    return lines


def _without_running(views: list[list[str]]) -> list[list[str]]:
    """The pages without the header or footer the printer repeats on each ("notes.txt  Page
    3 of 7"): a first or last line that, its numbers aside, two pages or more, and half of
    them, share. The blank lines around what was left out go with it."""
    if len(views) < 2:
        return views

    def key(line: str) -> str:
        return re.sub(r"\d+", "#", " ".join(line.split()))

    def ends(view: list[str]) -> list[int]:
        filled = [i for i, line in enumerate(view) if line.strip()]
        return filled[:1] + filled[-1:]

    seen: dict[str, int] = {}
    for view in views:
        for k in {key(view[i]) for i in ends(view)}:
            seen[k] = seen.get(k, 0) + 1
    running = {k for k, n in seen.items() if n >= max(2, len(views) / 2)}
    out = []
    for view in views:
        drop = {i for i in ends(view) if key(view[i]) in running}
        kept = [line for i, line in enumerate(view) if i not in drop]
        while kept and not kept[0].strip():
            kept.pop(0)
        while kept and not kept[-1].strip():
            kept.pop()
        out.append(kept)
    return out


def _place(blocks: list[Block], where: list[tuple[int, int]], views: list[list[str]]) -> None:
    """Each block's lines of the whole text as its page and lines on that page (a block
    running on to the next page ends at its first page's last line)."""
    done: set[int] = set()
    for block in blocks:
        if id(block) in done:
            continue
        done.add(id(block))
        s = block.source
        page, start = where[min(s.line_start, len(where)) - 1]
        end_page, end = where[min(s.line_end, len(where)) - 1]
        if end_page != page:
            end = len(views[page - 1])
        block.source = replace(s, page=page, line_start=start, line_end=max(start, end))
        if isinstance(block, Table):
            for row in block.rows:
                row.line = where[min(row.line, len(where)) - 1][1]
