"""Which reader reads which file: a registry from file suffix to a ``parse_X(data, name)``.

Readers are imported only when a document of their format is read, so the PDF and DOCX
libraries cost nothing to a Markdown-only build.
"""

from __future__ import annotations

import importlib
import os
import re
import stat
from dataclasses import replace
from pathlib import Path

from .blocks import Block, Heading, ListItem, Paragraph, Row, Table
from .document import Document, ParseError
from .flowchart import flowcharts_as_tables
from .text import PICTOGRAPHS, plain, split_lead
from .texttable import drawn_tables

# suffix → (format name, "module:function"); each function takes (bytes, document name)
READERS: dict[str, tuple[str, str]] = {
    ".md": ("markdown", "ingest.markdown:parse_markdown_document"),
    ".markdown": ("markdown", "ingest.markdown:parse_markdown_document"),
    ".txt": ("markdown", "ingest.markdown:parse_markdown_document"),
    ".html": ("html", "ingest.html:parse_html_document"),
    ".htm": ("html", "ingest.html:parse_html_document"),
    ".pdf": ("pdf", "ingest.pdf:parse_pdf_document"),
    ".docx": ("docx", "ingest.docx:parse_docx_document"),
}
SUPPORTED_SUFFIXES = tuple(READERS)
MAX_DOCUMENT_MB = 50  # the default of the setting MLKG_MAX_DOCUMENT_MB


def max_document_bytes() -> int:
    """The largest document read, in bytes (setting MLKG_MAX_DOCUMENT_MB, a number of MB)."""
    raw = os.environ.get("MLKG_MAX_DOCUMENT_MB", str(MAX_DOCUMENT_MB))
    try:
        mb = float(raw)
    except ValueError:
        mb = -1
    if mb <= 0:
        raise ParseError(
            "MLKG_MAX_DOCUMENT_MB",
            1,
            f"MLKG_MAX_DOCUMENT_MB must be a positive number of MB, not {raw!r}",
        )
    return int(mb * 1024 * 1024)


def document_format(path: str | Path) -> str:
    """The format name of a file by its suffix, or a ParseError naming the supported ones."""
    suffix = Path(path).suffix.lower()
    if suffix not in READERS:
        raise ParseError(
            str(path),
            1,
            f"unsupported document type {suffix or '(no suffix)'!r} "
            f"(supported: {', '.join(SUPPORTED_SUFFIXES)})",
        )
    return READERS[suffix][0]


def parse_document(data: bytes, name: str, suffix: str) -> Document:
    """Read the bytes of a document named ``name`` with the reader for ``suffix``."""
    fmt, target = READERS[suffix.lower()]
    module, func = target.split(":")
    try:
        reader = getattr(importlib.import_module(module), func)
    except ImportError as exc:  # an optional reader's library is missing
        raise ParseError(name, 1, f"cannot read {fmt} documents: {exc}") from exc
    try:
        document = reader(data, name)
    except ParseError:
        raise
    except Exception as exc:  # a reader's library failing on what a tool wrote: this document
        # is left out, named, and the rest of the corpus builds
        raise ParseError(name, 0, f"the {fmt} reader failed: {type(exc).__name__}: {exc}") from exc
    document.blocks[:] = typed_tables(drawn_tables(flowcharts_as_tables(document.blocks)))
    titled_tables(document.blocks)
    captions_not_headings(document.blocks)
    unnumbered_headings(document.blocks)
    formal_lists(document.blocks)
    timestamps_off(document.blocks)
    marks_off(document.blocks)
    answered_questions(document.blocks)
    if fmt in BOLD_LINE_HEADINGS:
        bold_line_sections(document.blocks)
    return document


def titled_tables(blocks: list[Block]) -> None:
    """A table whose first row is its title alone ("ALGORITHMS", the rest of the row empty,
    as a spreadsheet's merged title prints), then perhaps bands that group its columns
    ("Basics", "", "Data in"), over a row of column titles in bold: that row is its header,
    and the title the table's own section."""
    for t in blocks:
        if not isinstance(t, Table) or len(t.header) < 3:
            continue
        title = plain(t.header[0]).strip()
        if not title or any(plain(c).strip() for c in t.header[1:]) or len(title.split()) > 8:
            continue
        at = next(
            (
                i
                for i, r in enumerate(t.rows[:3])
                if all(_BOLD_CELL.fullmatch(c.strip()) for c in r.cells)
            ),
            None,
        )
        if at is None or any(all(plain(c).strip() for c in r.cells) for r in t.rows[:at]):
            continue  # (the rows above it group columns: none fills them all)
        t.header = [plain(c).strip() for c in t.rows[at].cells]
        t.rows = t.rows[at + 1 :]
        t.source = replace(t.source, section=(*t.source.section, title))


_BOLD_CELL = re.compile(r"<(b|strong)>.+</\1>|\*\*.+\*\*", re.S)


# a time a note was taken at, opening its line: "[03:15] ...", "(1:02:40) ...", "12:40 – ..."
# (set in a code font too: "`[03:15]`")
_TIMESTAMP = re.compile(
    r"^\s*(?:(`?)[\[(]\d{1,2}(?::\d{2}){1,2}[\])]\1\s*(?:[—–-]\s+)?"
    r"|\d{1,2}(?::\d{2}){1,2}\s+[—–-]\s+)(?=\S)"
)


def timestamps_off(blocks: list[Block]) -> None:
    """A paragraph or item that opens with the time in a video or talk it was noted at
    ("[03:15] Accuracy metrics: ...") says what follows the time: its lead term is read after it."""
    for b in blocks:
        if isinstance(b, (Paragraph, ListItem)) and (m := _TIMESTAMP.match(b.raw or b.text)):
            b.raw = (b.raw or b.text)[m.end() :]
            b.term, b.text = split_lead(b.raw)


# a pick or a warning drawn between a name and what is said of it ("Quill Hub ⭐ – copies
# rows", "[Zorb](...) ⚠️ - drops rows")
_MARK_BEFORE_SEPARATOR = re.compile(rf"(?:\s*[{PICTOGRAPHS}][\ufe0f\u200d]?)+(?=\s+[-–—]\s)")


def marks_off(blocks: list[Block]) -> None:
    """A paragraph or item whose name is followed by a marker before the dash that leads
    to what is said of it is read without the marker: the name, then its text (its lead
    term, if its reader found one, stays)."""
    for b in blocks:
        if isinstance(b, (Paragraph, ListItem)) and _MARK_BEFORE_SEPARATOR.search(b.raw or b.text):
            b.raw = _MARK_BEFORE_SEPARATOR.sub("", b.raw or b.text)
            b.text = _MARK_BEFORE_SEPARATOR.sub("", b.text)


# "Q: ...?", "Q12. ...?", "**Question 3:** ...?" alone in a paragraph, and "A: ..." ("**Answer:**
# ...") opening the next
_ASKED_ALONE = re.compile(
    r"^\s*(?:\*\*)?Q(?:uestion)?\s*\d{0,3}\s*[:.)](?:\*\*)?\s*(?P<q>[^\s.:)][^?]*\?)(?:\*\*)?\s*$"
)
# ("A)", "A." letter a choice of a multiple-choice question, no answer)
_ANSWER_OPENS = re.compile(r"^\s*(?:\*\*)?A(?:ns|nswer)?\s*:(?:\*\*)?\s*(?=\S)")


def answered_questions(blocks: list[Block]) -> None:
    """A question set alone ("Q: Which modes does Zorbex offer?", "Q12. ...?") and the answer
    in the paragraph after it ("A: Delta, mirror and cold.") are one card, "Q: ...? A: ...",
    as when written on one line: the answer is the question's (not a term "A" defined)."""
    i = 0
    while i + 1 < len(blocks):
        q, a = blocks[i], blocks[i + 1]
        if (
            isinstance(q, Paragraph)
            and isinstance(a, Paragraph)
            and q.source.page == a.source.page
            and (asked := _ASKED_ALONE.match(q.raw or q.text))
            and (opens := _ANSWER_OPENS.match(a.raw or a.text))
        ):
            raw = f"Q: {asked['q']} A: {(a.raw or a.text)[opens.end() :]}"
            source = replace(q.source, line_end=a.source.line_end)
            blocks[i : i + 2] = [Paragraph(plain(raw), "", source, raw=raw)]
        i += 1


_FORMAL_END = re.compile(r"\s*(?:;(?:\s+(?:and|or))?|\.)\s*$")


def formal_lists(blocks: list[Block]) -> None:
    """A list punctuated as a sentence ("a) drop rows;", "b) impute;", "c) MICE."): each
    item's closing semicolon (with its "and"/"or") and the last one's full stop are no part of
    what the item says."""

    def sentence_list(items: list[ListItem]) -> None:
        for item in items:
            sentence_list(item.children)
        if len(items) < 2 or not all(
            re.search(r";(?:\s+(?:and|or))?\s*$", i.text) for i in items[:-1]
        ):
            return
        for item in items:
            item.text = _FORMAL_END.sub("", item.text)
            item.raw = _FORMAL_END.sub("", item.raw)

    run: list[ListItem] = []
    for b in [*blocks, None]:
        if isinstance(b, ListItem) and (not run or b.depth == run[0].depth):
            run.append(b)
            continue
        sentence_list(run)
        run = [b] if isinstance(b, ListItem) else []


# formats whose writers make sub-headings of bold lines (note apps' and word processors'
# exports); Markdown has its own headings, a PDF's bold lines are read by their size
BOLD_LINE_HEADINGS = frozenset(("html", "docx"))
_BOLD_LINE_WORDS = 8


def _bold_line(b: Block) -> bool:
    """A paragraph that is one short bold phrase and nothing else ("**Glue and friends**"),
    not a lead-in ("**Modes:**")."""
    return (
        isinstance(b, Paragraph)
        and bool(b.term)
        and not b.text
        and b.raw.strip() == f"**{b.term}**"
        and len(b.term.split()) <= _BOLD_LINE_WORDS
        and not b.term.rstrip().endswith((":", ".", ",", ";"))
    )


def bold_line_sections(blocks: list[Block]) -> None:
    """A bold line standing over the text that follows it is a sub-heading: its title ends
    the section path of the line and of what follows, up to the next heading or bold line
    (the line stays a paragraph: what it names is read as a bold line's)."""
    current: tuple[str, ...] | None = None  # the section a bold line opened
    base: tuple[str, ...] = ()
    for i, b in enumerate(blocks):
        if isinstance(b, Heading):
            current = None
            continue
        nxt = blocks[i + 1] if i + 1 < len(blocks) else None
        if (
            _bold_line(b)
            and nxt is not None
            and not isinstance(nxt, Heading)
            and not _bold_line(nxt)
        ):
            base = b.source.section if current is None else base
            current = (*base, b.term)
        if current is not None:
            b.source = replace(b.source, section=current)


# a table's caption: "Table 2. Tuning strategies", "Table 3: Quill settings"
_TABLE_CAPTION = re.compile(r"^(?:Table|Tbl\.?)\s*\d+(?:\.\d+)*[.:]\s+\S")


_TYPED_CELLS = re.compile(r"\s+\|\s+")


def _typed_cells(b: Block) -> list[str]:
    """The cells of a paragraph (or heading) typed as a table's row, "Quill | nightly | 5 GB";
    [] for other blocks."""
    text = b.title if isinstance(b, Heading) else b.text if isinstance(b, Paragraph) else ""
    if isinstance(b, Paragraph) and (b.term or b.caption):
        text = plain(b.raw) if b.raw and not b.caption else ""
    cells = [c.strip() for c in _TYPED_CELLS.split(text.strip().strip("|"))]
    return cells if len(cells) >= 2 and all(cells) else []


def typed_tables(blocks: list[Block]) -> list[Block]:
    """``blocks``, with each run of paragraphs typed as a table's rows ("Setting | Default",
    then "fern_size | 64", one paragraph a row, as Calligra writes a DOCX's tables) a table:
    three rows at least, all with as many cells, the first the header. A header set as a
    heading (in bold, sized as a title) is the table's header, and no section of what
    follows."""
    out: list[Block] = []
    i = 0
    while i < len(blocks):
        cells = _typed_cells(blocks[i])
        j = i + 1
        while cells and j < len(blocks) and isinstance(blocks[j], Paragraph):
            row = _typed_cells(blocks[j])
            if len(row) != len(cells):
                break
            j += 1
        if not cells or j - i < 3:
            out.append(blocks[i])
            i += 1
            continue
        head, rows = blocks[i], blocks[i + 1 : j]
        source = replace(rows[0].source, line_start=head.source.line_start)
        if isinstance(head, Heading):
            title = head.title
            source = replace(source, section=head.source.section)
            for x in blocks[j:]:  # what follows is no longer under the header as a section
                if isinstance(x, Heading) and x.level <= head.level:
                    break
                section = x.source.section
                if title in section:
                    at = len(section) - 1 - section[::-1].index(title)
                    x.source = replace(x.source, section=section[:at] + section[at + 1 :])
        table = Table(
            cells,
            [Row(_typed_cells(r), r.source.line_start) for r in rows],
            replace(source, line_end=rows[-1].source.line_end),
        )
        out.append(table)
        i = j
    return out


def captions_not_headings(blocks: list[Block]) -> None:
    """A table's caption set as a heading (a style sheet that sizes captions as titles:
    "Table 2. Quill settings" right over or under its table) is the table's caption, a
    paragraph, and no section of what follows."""
    for i, b in enumerate(blocks):
        if not isinstance(b, Heading) or not _TABLE_CAPTION.match(b.title):
            continue
        beside = blocks[i + 1 : i + 2] + blocks[max(0, i - 1) : i]
        if not any(isinstance(x, Table) for x in beside):
            continue
        blocks[i] = Paragraph(b.title, "", b.source, b.title, caption=True)
        for x in blocks[i:]:
            if isinstance(x, Heading) and x.level <= b.level:
                break
            section = x.source.section  # (the caption's own too: its heading's path)
            if b.title in section:
                at = len(section) - 1 - section[::-1].index(b.title)
                x.source = replace(x.source, section=section[:at] + section[at + 1 :])


def unnumbered_headings(blocks: list[Block]) -> None:
    """Headings numbered as sections ("1 Data", "2 Models", "7 AI services") lose their
    numbers, in their blocks and every section path: when most titles of a level open with
    a bare number, in order, it numbers the sections ("7 AI services" alone may count them).
    So do notes' IDs before their titles ("202311041230 Gromble Hub")."""
    by_level: dict[int, list[Heading]] = {}
    for b in blocks:
        if isinstance(b, Heading):
            by_level.setdefault(b.level, []).append(b)
    renamed: dict[str, str] = {}
    for heads in by_level.values():
        ids = [h.title for h in heads if NOTE_ID.match(h.title)]
        if len(ids) >= 2:
            renamed.update((t, NOTE_ID.sub("", t)) for t in ids)
    for heads in by_level.values():
        numbers = [m[1] if (m := _SECTION_NUMBER.match(h.title)) else None for h in heads]
        given = [int(n) for n in numbers if n is not None]
        if len(given) < 2 or 2 * len(given) < len(heads) or given != sorted(given):
            continue
        for h, n in zip(heads, numbers):
            if n is not None:
                renamed[h.title] = h.title[len(n) :].strip()
    if not renamed:
        return
    for b in blocks:
        if isinstance(b, Heading) and b.title in renamed:
            b.title = renamed[b.title]
        s = b.source
        section = tuple(renamed.get(t, t) for t in s.section)
        if section != s.section:
            b.source = replace(s, section=section)


NOTE_ID = re.compile(r"^\d{8,14}\s+(?=\S)")  # a Zettelkasten note's ID: "202311041230 Title"
_SECTION_NUMBER = re.compile(r"^(\d{1,2})\s+(?=[A-Z])")  # "7 AI services", not "3.5 GB"


def read_bytes(path: str | Path, max_bytes: int | None = None) -> bytes:
    """The bytes of a regular file no larger than ``max_bytes`` (default: the setting);
    anything else is a ParseError."""
    path = Path(path)
    max_bytes = max_bytes or max_document_bytes()
    try:
        st = path.stat()
    except OSError as exc:
        raise ParseError(str(path), 0, f"cannot read: {exc.strerror or exc}") from exc
    if not stat.S_ISREG(st.st_mode):
        raise ParseError(str(path), 0, "not a regular file")
    if st.st_size > max_bytes:
        raise ParseError(
            str(path),
            1,
            f"too large ({st.st_size:,} bytes; the limit is {max_bytes:,}, MLKG_MAX_DOCUMENT_MB)",
        )
    try:
        return path.read_bytes()
    except OSError as exc:
        raise ParseError(str(path), 0, f"cannot read: {exc.strerror or exc}") from exc


def read_document(path: str | Path, max_bytes: int | None = None) -> Document:
    """Read any supported document into blocks with provenance (named by its file name)."""
    path = Path(path)
    document_format(path)
    return parse_document(read_bytes(path, max_bytes), path.name, path.suffix)
