"""Markdown → blocks: the heading tree, tab- and pipe-separated tables, lists, paragraphs."""

from __future__ import annotations

import re
from pathlib import Path

from .blocks import Block, Heading, ListItem, Paragraph, Row, Source, Table
from .document import Document, ParseError, decode_text, split_lines
from .text import clean_heading, plain, split_lead

_HEADING = re.compile(r"^(#{1,6})\s+(.*?)\s*#*\s*$")
_ITEM = re.compile(r"^(?P<indent>\s*)(?P<marker>[-*+•]|\d+[.)])\s+(?P<text>.*)$")
_PIPE_SEP = re.compile(r"^\s*\|?\s*:?-{2,}:?\s*(\|\s*:?-{2,}:?\s*)*\|?\s*$")
_TOC_HEADER = re.compile(r"\bpage\b", re.I)


__all__ = ["ParseError", "parse_markdown", "parse_markdown_document", "read_markdown"]


def read_markdown(path: str | Path) -> list[Block]:
    """Parse a Markdown file into blocks (the document is named by its file name)."""
    path = Path(path)
    return parse_markdown(decode_text(path.read_bytes(), str(path)), path.name)


def parse_markdown_document(data: bytes, name: str) -> Document:
    """A Markdown document's blocks; its reading view is its source lines."""
    text = decode_text(data, name)
    return Document(name, "markdown", parse_markdown(text, name), [split_lines(text)])


def _is_blank(line: str) -> bool:
    return not line.replace("\u00a0", " ").strip()


def _split_pipe(line: str) -> list[str]:
    line = line.strip()
    if line.startswith("|"):
        line = line[1:]
    if line.endswith("|"):
        line = line[:-1]
    return [c.strip() for c in re.split(r"(?<!\\)\|", line)]


def parse_markdown(text: str, document: str) -> list[Block]:
    """The blocks of a Markdown document, in order, each with its section path and lines."""
    lines = split_lines(text)
    blocks: list[Block] = []
    headings: list[tuple[int, str]] = []
    items: list[ListItem] = []  # open list items, for nesting and continuation lines
    i, n = 0, len(lines)

    def section() -> tuple[str, ...]:
        return tuple(t for _, t in headings)

    def src(a: int, b: int) -> Source:
        return Source(document, section(), a + 1, b + 1)

    while i < n:
        line = lines[i]
        if _is_blank(line):
            i += 1
            continue
        m = _HEADING.match(line)
        if m:
            items.clear()
            level, title = len(m.group(1)), clean_heading(m.group(2))
            if not title:
                i += 1
                continue
            while headings and headings[-1][0] >= level:
                headings.pop()
            headings.append((level, title))
            blocks.append(Heading(title, level, src(i, i)))
            i += 1
            continue
        if "\t" in line:
            items.clear()
            start = i
            rows = []
            while i < n and "\t" in lines[i] and not _is_blank(lines[i]):
                rows.append(Row([c.strip() for c in lines[i].split("\t")], i + 1))
                i += 1
            _add_table(blocks, rows, src(start, i - 1))
            continue
        if line.lstrip().startswith("|") and i + 1 < n and _PIPE_SEP.match(lines[i + 1]):
            items.clear()
            start = i
            header = Row(_split_pipe(line), i + 1)
            i += 2
            rows = [header]
            while i < n and lines[i].lstrip().startswith("|"):
                rows.append(Row(_split_pipe(lines[i]), i + 1))
                i += 1
            _add_table(blocks, rows, src(start, i - 1))
            continue
        m = _ITEM.match(line)
        if m:
            indent = len(m.group("indent").expandtabs(4))
            while items and len(items[-1].raw) - len(items[-1].raw.lstrip()) >= indent:
                items.pop()
            raw = m.group("text")
            term, rest = split_lead(raw)
            item = ListItem(
                text=rest,
                term=term,
                depth=len(items),
                ordered=m.group("marker")[0].isdigit(),
                source=src(i, i),
                raw=line.expandtabs(4),
            )
            if items:
                items[-1].children.append(item)
            items.append(item)
            blocks.append(item)
            i += 1
            continue
        if items and line.startswith((" ", "\t")):
            # a continuation line of the open list item
            item = items[-1]
            item.text = (item.text + " " + plain(line)).strip()
            item.source = Source(document, item.source.section, item.source.line_start, i + 1)
            i += 1
            continue
        items.clear()
        start = i
        parts = [line]
        i += 1
        while (
            i < n
            and not _is_blank(lines[i])
            and not _HEADING.match(lines[i])
            and not _ITEM.match(lines[i])
            and "\t" not in lines[i]
            and not lines[i].lstrip().startswith("|")
        ):
            parts.append(lines[i])
            i += 1
        raw = " ".join(p.strip() for p in parts)
        term, rest = split_lead(raw)
        blocks.append(Paragraph(rest, term, src(start, i - 1), raw=raw))
    return blocks


def _add_table(blocks: list[Block], rows: list[Row], source: Source) -> None:
    """Append a table; a repeated header after a page break continues the previous table."""
    if not rows:
        return
    header = [plain(c) for c in rows[0].cells]
    body = rows[1:]
    last = [plain(r.cells[-1]) for r in rows]
    if any(_TOC_HEADER.search(h) for h in header[1:]) or all(re.fullmatch(r"\d*", c) for c in last):
        return  # a table of contents, not content
    width = len(header)
    for row in body:
        row.cells = (row.cells + [""] * width)[:width] if len(row.cells) < width else row.cells
    prev = next((b for b in reversed(blocks) if not isinstance(b, Paragraph)), None)
    if isinstance(prev, Table) and [plain(c) for c in prev.header] == header:
        prev.rows.extend(body)
        prev.source = Source(
            prev.source.document, prev.source.section, prev.source.line_start, source.line_end
        )
        return
    blocks.append(Table(header, body, source))
