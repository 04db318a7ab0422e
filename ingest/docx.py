"""DOCX → blocks: the body's headings, list paragraphs, tables and paragraphs, in order.

The reading view has one line per body paragraph and one per table row, so a block's line is
the paragraph (or row) number a user can count to in the document.
"""

from __future__ import annotations

import html
import io
import re
import zipfile

import docx
from docx.document import Document as DocxDocument
from docx.opc.constants import RELATIONSHIP_TYPE as RT
from docx.oxml.ns import qn
from docx.styles.style import BaseStyle
from docx.table import Table as DocxTable
from docx.table import _Cell
from docx.text.paragraph import Paragraph as DocxParagraph
from docx.text.run import Run

from .blocks import (
    Block,
    Code,
    Heading,
    ListItem,
    Paragraph,
    Row,
    Source,
    Table,
    append_nested,
    fold_group_header,
)
from .cards import card_pairs, front_term, said_lines
from .document import Document, ParseError
from .lexicon import is_plural_noun_phrase
from .markdown import glossary_starts
from .text import clean_heading, is_title_like, plain, split_lead

MAX_UNPACKED_BYTES = 256 * 1024 * 1024  # a zip bomb is refused before it is unpacked
_HEADING_STYLE = re.compile(r"^heading\s*(\d)$", re.I)
_UNORDERED = ("bullet", "none")  # numbering formats that are not counted
_NUMBERED_STYLE = re.compile(r"^List\b.*\s([1-9])$")
_CODE_STYLE = re.compile(r"code|verbatim|preformatted", re.I)
_CODE_FONT = re.compile(r"mono|courier|consolas|menlo|inconsolata|code", re.I)
_MAX_CODE = 2000  # longer code blocks are listings, not notes
# a short name: Title Case words, an acronym or a product-style word ("Zorbex Forest",
# "SMOTE", "XGBoost"), up to five words
_NAME_LIKE = re.compile(
    r"(?:[A-Z][\w+.-]*|[a-z]+[A-Z][\w+.-]*)(?:\s+(?:[A-Z0-9][\w+.-]*|of|for|and|to|the|with))"
    r"{0,4}"
)
# a number or letter typed before a paragraph to outline it by hand: "1.2.3", "2)", "(b)", "iv."
_TYPED_LABEL = re.compile(
    r"^(?P<bold>\*\*)?(?P<label>\d{1,2}(?:\.\d{1,2})+\.?|\(?(?:\d{1,2}|[a-zA-Z]|[ivxIVX]{2,4})[.)])"
    r"(?::\s*|\s+)(?P<rest>.+)$"
)


_BOLD_ONLY = re.compile(r"\*\*[^*]+\*\*")  # a paragraph all in bold: a title of what follows


def _indent(text: str) -> int:
    """How far a paragraph is indented by hand, in steps of a tab (or four spaces)."""
    return len(re.match(r"^[\t ]*", text).group().expandtabs(4)) // 4


def parse_docx_document(data: bytes, name: str) -> Document:
    """A DOCX document's blocks; its reading view is one line per paragraph and table row."""
    try:
        unpacked = sum(i.file_size for i in zipfile.ZipFile(io.BytesIO(data)).infolist())
        document = None if unpacked > MAX_UNPACKED_BYTES else docx.Document(io.BytesIO(data))
    except Exception as exc:  # zipfile, zlib, lxml and python-docx each fail in their own way
        raise ParseError(name, 1, f"not a readable DOCX: {exc}") from exc
    if document is None:
        raise ParseError(name, 1, f"too large when unpacked ({unpacked:,} bytes)")
    _unwrap_content_controls(document)
    reader = _DocxReader(name, document)
    try:
        reader.read()
    except (KeyError, IndexError, ValueError, TypeError, AttributeError, RecursionError) as exc:
        # python-docx meets malformed XML only as it reads each part
        raise ParseError(name, len(reader.view) + 1, f"not a readable DOCX: {exc}") from exc
    return Document(name, "docx", reader.blocks, [reader.view])


def _unwrap_content_controls(document: DocxDocument) -> None:
    """A form's content controls (``w:sdt``) as the text they show: a control around
    paragraphs, rows or cells gives way to its content, read where it stands (python-docx reads
    only a body's and a cell's own paragraphs and tables); a control still showing its
    placeholder ("Click or tap here to enter text.") holds nothing the author wrote."""
    for sdt in list(document.element.body.iter(qn("w:sdt"))):
        parent = sdt.getparent()
        if parent is None:
            continue
        if sdt.find(f"{qn('w:sdtPr')}/{qn('w:showingPlcHdr')}") is not None:
            parent.remove(sdt)
            continue
        content = sdt.find(qn("w:sdtContent"))
        if content is None or next(sdt.iterancestors(_W_P), None) is not None:
            continue  # (inside a paragraph its runs are read as they are)
        for child in list(content):
            sdt.addprevious(child)
        parent.remove(sdt)


def _style_chain(style: BaseStyle | None) -> list[BaseStyle]:
    """A style and the styles it is based on (a cycle in a broken file ends the chain)."""
    chain: list[BaseStyle] = []
    while style is not None and all(style.element is not s.element for s in chain):
        chain.append(style)
        style = style.base_style
    return chain


def _left_indent(p: DocxParagraph) -> int:
    """A paragraph's own left indent in twips (0 when it sets none)."""
    found = p._p.xpath("./w:pPr/w:ind/@w:left | ./w:pPr/w:ind/@w:start")
    try:
        return int(found[0]) if found else 0
    except ValueError:
        return 0


def _style_name(p: DocxParagraph) -> str:
    return (p.style.name if p.style is not None else "") or ""


def _ppr_value(p: DocxParagraph, path: str) -> str | None:
    """A paragraph property (``w:outlineLvl``, ``w:numPr/w:ilvl``…) set on it or its styles."""
    elements = [p._p.pPr] + [s.element.pPr for s in _style_chain(p.style)]
    for ppr in elements:
        if ppr is not None:
            found = ppr.xpath(f"./{path}/@w:val")
            if found:
                return str(found[0])
    return None


def body_outline_level(paragraphs: list[DocxParagraph]) -> int | None:
    """The outline level most of a document's paragraphs with text carry, when most carry
    one below 9: then that level is its body text. Word's levels start at 0 for the first
    heading level, with body text at 9 or none; Calligra writes the levels of ODF, where body
    text is 0 and the first heading level 1."""
    counts: dict[str | None, int] = {}
    for p in paragraphs:
        if p.text.strip():
            level = _ppr_value(p, "w:outlineLvl")
            counts[level] = counts.get(level, 0) + 1
    level = max(counts, key=lambda k: counts[k], default=None)
    if level is None or not level.isdigit() or int(level) >= 9:
        return None
    return int(level) if counts[level] > sum(counts.values()) / 2 else None


def heading_level(p: DocxParagraph, body: int | None = None) -> int:
    """1–9 for Title, Heading N or an outline level; 0 for body text (``body``: the outline
    level of the document's body text, when it has one below 9; see ``body_outline_level``)."""
    names = [s.name or "" for s in _style_chain(p.style)]
    if names and names[0].lower() == "title":
        return 1
    for n in names:
        m = _HEADING_STYLE.match(n)
        if m and m.group(1) != "0":
            return int(m.group(1))
    level = _ppr_value(p, "w:outlineLvl")
    if body is not None:
        return int(level) - body if level and level.isdigit() and body < int(level) < 10 else 0
    return int(level) + 1 if level and level.isdigit() and int(level) < 9 else 0


def _run_size(run: Run, p: DocxParagraph) -> float | None:
    """A run's font size in points, as set on it or on its paragraph's styles, else the
    document's default size; None when the document sets none."""
    for font in (run.font, *(st.font for st in _style_chain(p.style))):
        size = _font_size(font)
        if size is not None:
            return size
    return _default_size(p)


def _font_size(font) -> float | None:
    """A font's size in points as set on it, None when unset; a size in half points written
    as a decimal ("40.00000000000", as Calligra writes it) is read too."""
    try:
        return font.size.pt if font.size is not None else None
    except ValueError:
        values = font.element.xpath("./w:rPr/w:sz/@w:val")
        try:
            return float(values[0]) / 2 if values else None
        except ValueError:
            return None


def _default_size(p: DocxParagraph) -> float | None:
    """The font size a document's defaults give text that sets none (its ``w:docDefaults``:
    a generator that sets sizes only on its titles leaves the body text to it)."""
    try:
        styles = p.part.styles.element
    except (AttributeError, NotImplementedError):
        return None
    value = styles.xpath("./w:docDefaults/w:rPrDefault/w:rPr/w:sz/@w:val")
    try:
        return float(value[0]) / 2 if value else None
    except ValueError:
        return None


def _title_size(p: DocxParagraph, plain: bool = False) -> float | None:
    """The font size of a short paragraph all in bold with sizes set (with ``plain``, in any
    weight); None for others."""
    runs = [r for r in said_runs(p) if r.text.strip()]
    sizes = [_run_size(r, p) for r in runs]
    if not runs or not (plain or all(r.bold for r in runs)) or None in sizes:
        return None
    if len("".join(r.text for r in runs).split()) > 12:
        return None
    return max(s for s in sizes if s is not None)


PLAIN_TITLE = 1.5  # a short paragraph not in bold titles what follows at this many times text size

_SECTION_NUMBERED = re.compile(r"^\s*\d{1,2}[.)]?\s+\S")  # "4. Algorithms", "4 Algorithms"


def styled_title_levels(paragraphs: list[DocxParagraph]) -> tuple[dict[float, int], int]:
    """Heading levels of the font sizes that short all-bold paragraphs in a document without
    heading styles are set in, larger than its body text ("2. Data prep" in bold 14 pt over
    11 pt text), the largest level 1; ({}, 0) when the body size is unclear. Titles
    numbered as sections ("1. Data", "2. Models") are one level whatever their size: the
    level of the size most of them have (the second number)."""
    chars: dict[float | None, int] = {}
    titles: list[tuple[float, bool]] = []
    plain: list[float] = []  # short paragraphs in any weight: titles if far larger than text
    styled = False  # headings are styled as headings here: bold lines are no titles
    body = body_outline_level(paragraphs)
    for p in paragraphs:
        if heading_level(p, body):
            styled = True
            continue
        for r in said_runs(p):
            if r.text.strip():
                size = _run_size(r, p)
                chars[size] = chars.get(size, 0) + len(r.text)
        size = _title_size(p)
        if size is not None:
            titles.append((size, bool(_SECTION_NUMBERED.match(p.text))))
        elif (size := _title_size(p, plain=True)) is not None:
            plain.append(size)
    body = max(chars, key=lambda k: chars[k], default=None)
    if body is None:
        return {}, 0
    if styled:
        titles = []
    # (a page title set large but not bold, as OneNote exports them: "Gromble — which one?"
    # in 20 pt over 11 pt notes, with or without styled headings elsewhere)
    titles += [(t, False) for t in plain if t >= PLAIN_TITLE * body]
    bigger = sorted({t for t, _ in titles if t > body}, reverse=True)
    levels = {size: level for level, size in enumerate(bigger[:3], start=1)}
    numbered = [t for t, n in titles if n and t in levels]
    if len(numbered) < 2:
        return levels, 0
    return levels, levels[max(sorted(set(numbered)), key=numbered.count)]  # a tie: the smaller


# "• item" typed on a line of its own; "o item", a second-level bullet kept as a letter
_TYPED_BULLET = re.compile(r"^\s*(?:[•◦▪‣●○■□*–-]|o(?=\s))\s+")


def _typed_bullet_at(raw: str) -> int | None:
    """Where a bullet typed by hand opens a paragraph: at its start ("- Quill mode: ..."), or
    inside the bold its term opens with ("**▪ Minimum data:** ..."); None when none does."""
    if _TYPED_BULLET.match(raw):
        return 0
    if raw.startswith(("**", "__")) and _TYPED_BULLET.match(raw[2:]):
        return 2
    return None


LINE_BREAK = "\ue000"  # a line break inside a paragraph (Shift+Enter), kept by inline_markdown


_W_P = qn("w:p")
# a reviewer's tracked deletions and the old place of moved text are not what the document says
_SAID_RUNS = ".//w:r[not(ancestor::w:del) and not(ancestor::w:moveFrom)]"
_MC = "http://schemas.openxmlformats.org/markup-compatibility/2006"


def _cell_paragraphs(document: DocxDocument) -> list[DocxParagraph]:
    """The paragraphs of the document's tables' cells (a merged cell's once)."""
    seen: set[int] = set()
    out = []
    for table in document.tables:
        for row in table.rows:
            for cell in row.cells:
                if id(cell._tc) not in seen:
                    seen.add(id(cell._tc))
                    out.extend(cell.paragraphs)
    return out


def said_runs(p: DocxParagraph) -> list[Run]:
    """A paragraph's runs as the document reads with every tracked change accepted: inserted
    runs (``w:ins``), links, fields and content controls too; deleted ones not; nor the runs
    of a text box anchored in it (its own paragraphs, ``text_box_paragraphs``)."""
    return [Run(r, p) for r in p._p.xpath(_SAID_RUNS) if next(r.iterancestors(_W_P), None) is p._p]


def said_text(p: DocxParagraph) -> str:
    return "".join(run.text for run in said_runs(p))


def text_box_paragraphs(p: DocxParagraph) -> list[DocxParagraph]:
    """The paragraphs of the text boxes anchored in a paragraph (a tip in a frame), once: a
    box drawn twice for old readers (``mc:Fallback``) is the same box."""
    boxes = p._p.xpath(".//w:txbxContent")
    boxes = [b for b in boxes if not any(a.tag == f"{{{_MC}}}Fallback" for a in b.iterancestors())]
    return [DocxParagraph(x, p._parent) for b in boxes for x in b.iterchildren(_W_P)]


def _tab_lead(texts: list[str]) -> None:
    """A short term, a tab, then what it is ("Recall<TAB>TP / (TP + FN) ..."): the tab sets
    the term off as a colon would. Not a tab that indents, nor one before a page number (a
    table of contents: "Metrics<TAB>12")."""
    joined = "".join(texts)
    at = joined.find("\t")
    before, after = joined[:at].strip(), joined[at + 1 :].strip()
    if at < 0 or not before or not re.search(r"[A-Za-z]{2}", after):
        return
    if len(before.split()) > 6 or before.endswith((".", ":", LINE_BREAK)):
        return
    if re.fullmatch(r"[•◦▪‣●○■□*–-]|o|\(?[a-z0-9]{1,2}\)", before):
        return  # "•<TAB>item", "a)<TAB>item": a list's marker typed before its item
    for k, t in enumerate(texts):  # the run holding that first tab
        if at < len(t):
            texts[k] = t[:at] + ": " + t[at + 1 :].lstrip("\t")
            return
        at -= len(t)


def _marks_name(text: str, opening: bool) -> bool:
    """Whether emphasised words are a name: several Title Case words, an acronym or a
    product-style word; one everyday word ("*Mostly* ...", "the *Cheap* one") is emphasis."""
    from wordfreq import zipf_frequency

    if not _NAME_LIKE.fullmatch(text):
        return False
    if len(text.split()) >= 2:
        return True
    styled = text.isupper() or any(c.isupper() for c in text[1:]) or any(c.isdigit() for c in text)
    return styled or (not opening and zipf_frequency(text.lower(), "en") < 4.0)


def inline_markdown(p: DocxParagraph) -> str:
    """A paragraph's text in Markdown inline form: bold runs as **x**, links as their text."""
    out: list[str] = []
    runs = said_runs(p)
    # struck-through words are taken back ("~~L2 zeroes weights~~ → L1 does"): not said
    runs = [run for run in runs if not getattr(getattr(run, "font", None), "strike", False)]
    texts = [run.text.replace("\n", f" {LINE_BREAK} ") for run in runs]
    _tab_lead(texts)
    texts = [t.replace("\t", " ") for t in texts]
    # an italic run that opens the paragraph before ": " or " – " is its lead term, as a bold
    # one is ("*Facet*: the attribute checked")
    first = next((i for i, t in enumerate(texts) if t.strip()), None)
    italic_lead = (
        first is not None
        and runs[first].italic
        and len(texts[first].split()) <= 6
        and re.match(r"^\s*(?::|[–—]\s)", "".join(texts[first + 1 :]) or "")
    )
    # a short line underlined throughout is a sub-heading, as a bold-only line is
    said = [run for run, t in zip(runs, texts) if t.strip()]
    underlined = (
        bool(said)
        and all(run.underline for run in said)
        and len("".join(texts).split()) <= 8
        and not "".join(texts).rstrip().endswith(".")
    )
    for k, run in enumerate(runs):
        text = texts[k]
        bold = run.bold if run.bold is not None else bool(run.style and run.style.font.bold)
        # a name set in italics or underlined inside a sentence is marked as a bold one is
        # ("... use *Zorbex Forest* here"); an emphasised word is not ("*not* this")
        marked = (run.italic or run.underline) and _marks_name(text.strip(), k == first)
        bold = bold or (bool(italic_lead) and k == first) or underlined or bool(marked)
        lead, core, trail = re.match(r"^(\s*)(.*?)(\s*)$", text, re.S).groups()
        if core and _CODE_FONT.search(run.font.name or "") and "`" not in core:
            text = f"{lead}`{core}`{trail}"  # a code font marks code, as backticks do
        elif bold and core:
            pieces = [x.strip().replace("**", "") for x in core.split(LINE_BREAK)]
            bolded = f" {LINE_BREAK} ".join(f"**{x}**" if x else "" for x in pieces)
            text = f"{lead}{bolded}{trail}"  # each line's words bold, the break between
        out.append(text)
    return re.sub(r"\*\*(\s*)\*\*", r"\1", " ".join("".join(out).split()))  # adjacent bold runs


def _cell_markdown(cell: str) -> str:
    """A cell's kept HTML (``cell_html``) as Markdown inline text."""
    return html.unescape(re.sub(r"</?b>", "**", re.sub(r"<(?!/?b>)[^>]+>", " ", cell))).strip()


def _cue_table(grid: list[tuple[int, list[str]]]) -> bool:
    """A table of two columns laid out as cues and notes, with no header row: its first
    row's right cell is notes (six words or more, or several paragraphs), which no column
    header is, and every cue is short."""
    if len(grid) < 2 or not _short_cues(grid):
        return False
    rows = [cells for _, cells in grid if cells[0] != cells[1]]  # not one merged across both
    first = rows[0][1] if rows else ""
    return bool(first) and ("<br>" in first or len(plain(_cell_markdown(first)).split()) >= 6)


def _short_cues(grid: list[tuple[int, list[str]]]) -> bool:
    """Every row two cells, every cue (a left cell not merged across both) six words or
    fewer."""
    return all(len(cells) == 2 for _, cells in grid) and all(
        len(plain(_cell_markdown(cue)).split()) <= 6 for _, (cue, notes) in grid if cue != notes
    )


def _headed_cue_table(grid: list[tuple[int, list[str]]]) -> bool:
    """A table of short cues and notes (see _cue_table) under a header row of two short
    labels ("Cues | Notes"), some cue a question or a phrase in lower case ("what for?",
    "rows in"), as no column of names is: the header names the layout, not its things."""
    if len(grid) < 3 or not _short_cues(grid):
        return False
    header = [plain(_cell_markdown(c)) for c in grid[0][1]]
    if len(set(header)) != 2 or any(len(h.split()) > 2 for h in header):
        return False
    cues = [plain(_cell_markdown(cue)) for _, (cue, notes) in grid[1:] if cue != notes]
    return any(c.endswith("?") or c[:1].islower() for c in cues)


def _label_form(label: str, open_items: list[tuple[str, str, ListItem]]) -> str:
    """The form of an outline label, its value left out: "1.1.4" → "9.9.9", "(b)" → "(a)",
    "iv." → "i."; "(i)" right after "(h)" is a letter."""
    if re.fullmatch(r"[\d.]+", label):
        return re.sub(r"\d+", "9", label)
    core = label.strip("(.)")
    shape = label.replace(core, "{}")
    letter = shape.format("a" if core.islower() else "A")
    if re.fullmatch(r"[ivxIVX]+", core) and not (
        len(core) == 1
        and any(f == letter and ord(x.strip("(.)")) == ord(core) - 1 for f, x, _ in open_items)
    ):
        return shape.format("i" if core.islower() else "I")
    return shape.format("9") if core.isdigit() else letter


def cell_html(cell: _Cell) -> str:
    """A table cell's paragraphs joined with <br>, bold runs as <b>; nested tables row by row."""
    lines = []
    for part in cell.iter_inner_content():
        if isinstance(part, DocxTable):
            lines += [" | ".join(plain(cell_html(c)) for c in row.cells) for row in part.rows]
        else:
            md = re.sub(r"\s*\ue000\s*", "<br>", html.escape(inline_markdown(part), quote=False))
            lines.append(re.sub(r"\*\*(.+?)\*\*", r"<b>\1</b>", md))
    return "<br>".join(x for x in lines if x)


def _cell_lines(cell: str) -> list[str]:
    """A cell's kept HTML (``cell_html``) as its lines of Markdown inline text."""
    return [_cell_markdown(x) for x in cell.split("<br>")]


_SHEET_GAP = 4  # paragraphs between a sheet of fronts and its backs (a "BACK" label, a break)


def _card_sheets(parts: list) -> dict[int, tuple[int, list]]:
    """Tables that are sheets of flashcards' fronts (``cards.card_pairs``), by their place
    among the body's parts: the place of the table of their backs after them (with at most a
    few short paragraphs between), and which back is whose."""
    sheets: dict[int, tuple[int, list]] = {}
    tables = [i for i, p in enumerate(parts) if isinstance(p, DocxTable)]
    backs: set[int] = set()
    grids: dict[int, list[list[list[str]]]] = {}  # each table's, read once

    def grid(k: int) -> list[list[list[str]]]:
        if k not in grids:
            grids[k] = table_lines(parts[k])
        return grids[k]

    for i, j in zip(tables, tables[1:]):
        between = parts[i + 1 : j]
        if i in backs or len(between) > _SHEET_GAP:
            continue
        if any(len(said_text(p).split()) > 12 for p in between):
            continue
        if pairs := card_pairs(grid(i), grid(j)):
            sheets[i] = (j, pairs)
            backs.add(j)
    return sheets


def table_lines(table: DocxTable) -> list[list[list[str]]]:
    """Each cell of each row as its lines of Markdown inline text (an empty cell, none)."""
    return [
        [_cell_lines(html) if (html := cell_html(c)) else [] for c in row.cells]
        for row in table.rows
    ]


_NOTE_PARTS = {"footnote": RT.FOOTNOTES, "endnote": RT.ENDNOTES}


def _notes(document: DocxDocument, relation: str, kind: str) -> dict[str, list]:
    """Each footnote's (or endnote's) paragraphs by its id; not the separators Word keeps
    among them."""
    from docx.oxml import parse_xml

    try:
        root = parse_xml(document.part.part_related_by(relation).blob)
    except KeyError:
        return {}
    return {
        str(n.get(qn("w:id"))): n.findall(qn("w:p"))
        for n in root.iterchildren(qn(f"w:{kind}"))
        if n.get(qn("w:type")) in (None, "normal")
    }


class _DocxReader:
    """Reads the body in order, numbering the lines of the reading view as it goes."""

    def __init__(self, name: str, document: DocxDocument):
        self.name, self.document = name, document
        self.blocks: list[Block] = []
        self.view: list[str] = []
        self.headings: list[tuple[int, str]] = []
        self.items: list[tuple[int, ListItem]] = []  # open list items by numbering level
        self.term: tuple[str, int] | None = None  # a definition list's term, its line
        self.defined: tuple[str, int] | None = None  # the term the last description was of
        # the open hand-numbered items: their label's form, the label, the item
        self.outline: list[tuple[str, str, ListItem]] = []
        self.bullets: list[tuple[int, ListItem]] = []  # the open typed bullets, by indent
        self.under: ListItem | None = None  # the typed bullet the open outline hangs from
        # (the text in tables counts: Cornell notes keep all but their titles in tables)
        self.title_levels, self.numbered_level = styled_title_levels(
            [*document.paragraphs, *_cell_paragraphs(document)]
        )
        self.body_outline = body_outline_level(document.paragraphs)
        try:
            self.numbering = document.part.part_related_by(RT.NUMBERING).element
        except KeyError:  # a document without lists has no numbering part
            self.numbering = None
        self.notes = {kind: _notes(document, rel, kind) for kind, rel in _NOTE_PARTS.items()}
        self.indents: list[int] | None = None  # the left indents paragraphs set themselves
        self.card_fronts: list[list[str]] = []  # the fronts of the document's flashcards

    def source(self, start: int, end: int) -> Source:
        return Source(self.name, tuple(t for _, t in self.headings), start, end)

    def read(self) -> None:
        parts = list(self.document.iter_inner_content())
        sheets = _card_sheets(parts)  # a sheet of flashcards' fronts: its backs, paired
        fronts: dict[int, list[tuple[int, list[str]]]] = {}
        # every front of the document: a tag over the terms ("ALGORITHM") opens many
        self.card_fronts = [
            cell for i in sheets for row in table_lines(parts[i]) for cell in row if cell
        ]
        for i, part in enumerate(parts):
            if isinstance(part, DocxTable):
                self.items.clear()
                self.outline.clear()
                if i in sheets:
                    fronts[sheets[i][0]] = self.view_rows(part)  # read with its backs
                elif i in fronts:
                    pairs = next(p for j, (k, p) in sheets.items() if k == i)
                    self.card_backs(fronts.pop(i), part, pairs)
                else:
                    self.table(part)
            else:
                self.paragraph(part)
                for box in text_box_paragraphs(part):  # a framed tip: its own paragraphs
                    self.paragraph(box)
                # a footnote (or endnote) read right after the paragraph that calls it
                for kind in self.notes:
                    for ref in part._p.xpath(f".//w:{kind}Reference/@w:id"):
                        for note in self.notes[kind].pop(str(ref), []):
                            self.paragraph(DocxParagraph(note, part._parent))
        if self.term:
            text, line = self.term
            self.blocks.append(Paragraph(text, "", self.source(line, line), raw=text))

    def paragraph(self, p: DocxParagraph) -> None:
        raw = inline_markdown(p)
        self.view.append(" ".join(said_text(p).split()))
        line = len(self.view)
        lines = [x.strip() for x in raw.split(LINE_BREAK) if x.strip()]
        raw = " ".join(lines)
        if not raw:
            return
        # a definition list (pandoc's "Definition Term" over "Definition" paragraphs): the
        # term is the lead of its definition, as "**Term:** what it is"
        style = (p.style.name or "").lower() if p.style is not None else ""
        term, self.term = self.term, None
        if not term and style == "definition" and self.defined:
            term = self.defined  # a term's second description ("Definition" twice)
        self.defined = None
        if style == "definition term":
            self.items.clear()
            self.term = (plain(raw), line)
            return
        if term and style == "definition":
            self.defined = term
            self.blocks.append(
                ListItem(
                    plain(raw),
                    term[0],
                    0,
                    False,
                    self.source(term[1], line),
                    f"**{term[0]}:** {raw}",
                )
            )
            return
        if term:  # a term left without its definition: a paragraph of its own
            self.blocks.append(Paragraph(term[0], "", self.source(term[1], term[1]), raw=term[0]))
        bulleted = [i for i, x in enumerate(lines) if _TYPED_BULLET.match(x)]
        if (
            len(bulleted) >= 2
            and self.list_level(p) is None
            and not heading_level(p, self.body_outline)
        ):
            # "Too slow? Try:" then "• lower flush_rows" lines, typed by hand: a lead-in
            # and the items of its list
            self.items.clear()
            if bulleted[0]:
                text = " ".join(lines[: bulleted[0]])
                term, said = split_lead(text)
                self.blocks.append(Paragraph(said, term, self.source(line, line), raw=text))
            for i, end in zip(bulleted, [*bulleted[1:], len(lines)]):
                text = _TYPED_BULLET.sub("", " ".join(lines[i:end]), count=1)
                term, said = split_lead(text)
                self.blocks.append(ListItem(said, term, 0, False, self.source(line, line), text))
            return
        starts = glossary_starts(lines) if self.list_level(p) is None else []
        if starts and not heading_level(p, self.body_outline):
            # lines broken by hand, "File copy: ...", "Stream copy: ...": a paragraph each
            self.items.clear()
            if starts[0]:
                text = " ".join(lines[: starts[0]])
                self.blocks.append(Paragraph(plain(text), "", self.source(line, line), raw=text))
            for i, end in zip(starts, [*starts[1:], len(lines)]):
                text = " ".join(lines[i:end])
                self.blocks.append(Paragraph(plain(text), "", self.source(line, line), raw=text))
            return
        if any(_CODE_STYLE.search(st.name or "") for st in _style_chain(p.style)):
            self.items.clear()  # code: its bold runs are syntax colouring, not lead terms
            if len(said_text(p)) <= _MAX_CODE:
                self.blocks.append(Code(said_text(p), self.source(line, line)))
            return
        level = heading_level(p, self.body_outline) or self.styled_level(p)
        if level:
            self.items.clear()
            title = clean_heading(raw)
            if title:
                while self.headings and self.headings[-1][0] >= level:
                    self.headings.pop()
                self.headings.append((level, title))
                self.outline.clear()
                self.blocks.append(Heading(title, level, self.source(line, line)))
            return
        list_level = self.list_level(p)
        if list_level is None and _typed_bullet_at(raw) is not None and len(lines) == 1:
            self.typed_bullet(p, raw, line)
            return
        if list_level is None and self.typed_item(raw, line, _indent(p.text)):
            self.items.clear()
            return
        if list_level is None and (indent := self.indent_level(p)) is not None:
            # a paragraph set in by its indent alone (OneNote's outlines exported to Word):
            # a point under the line above it, one level deeper for each indent further in
            list_level = indent
        typed_number = None
        if list_level is not None:
            # the item's marker typed as its text as well (Calligra writes "• " or "2. "
            # into a list paragraph's text): the item is what follows it
            if (at := _typed_bullet_at(raw)) is not None:
                raw = raw[:at] + _TYPED_BULLET.sub("", raw[at:], count=1)
            elif typed_number := re.match(r"\s*\d{1,2}[.)]\s+(?=\S)", raw):
                raw = raw[typed_number.end() :]
        term, text = split_lead(raw)
        if list_level is None:
            self.items.clear()
            if raw.endswith(":") or _BOLD_ONLY.fullmatch(raw):
                # a lead-in ("Four kinds of checks:") or a bold title starts a list afresh
                self.outline.clear()
            caption = any("caption" in (st.name or "").lower() for st in _style_chain(p.style))
            self.blocks.append(
                Paragraph(text, term, self.source(line, line), raw=raw, caption=caption)
            )
            return
        while self.items and self.items[-1][0] >= list_level:
            self.items.pop()
        ordered = typed_number is not None or self.ordered(p, list_level)
        item = ListItem(text, term, len(self.items), ordered, self.source(line, line), raw)
        if self.items:
            self.items[-1][1].children.append(item)
        self.items.append((list_level, item))
        self.blocks.append(item)

    def styled_level(self, p: DocxParagraph) -> int:
        """The heading level of a short all-bold paragraph set larger than body text."""
        size = _title_size(p) if self.title_levels else None
        if size not in self.title_levels and self.title_levels:
            size = _title_size(p, plain=True)  # (a size far above the text's: see above)
        if size not in self.title_levels:
            return 0
        if self.numbered_level and _SECTION_NUMBERED.match(p.text):
            return self.numbered_level
        return self.title_levels[size]

    def typed_bullet(self, p: DocxParagraph, raw: str, line: int) -> None:
        """ "- Quill mode: copies rows" typed on a paragraph of its own (a tab or two before
        it): an item of a list, one level deeper under a bullet typed with fewer tabs."""
        indent = _indent(p.text)
        # (typed inside the bold of the term: "**▪ Minimum data:** 1,000 rows")
        at = _typed_bullet_at(raw) or 0
        text = raw[:at] + _TYPED_BULLET.sub("", raw[at:], count=1)
        term, said = split_lead(text)
        self.items.clear()
        self.outline.clear()
        item = ListItem(said, term, 0, False, self.source(line, line), text)
        append_nested(self.blocks, self.bullets, indent, item)

    def typed_item(self, raw: str, line: int, indent: int) -> bool:
        """A paragraph opened by a number or letter typed by hand ("1.1.4", "(b)", "ii.") is an
        item of an outline: each form of label is a level, in the order the forms first appear
        under a heading ("1.1.4" items holding "(a)" items), a form seen before closing the
        levels below it. The item's words start after the label; an outline opening right
        under a typed bullet indented less ("- search modes:" over "    1) Greedy") nests
        under that bullet."""
        m = _TYPED_LABEL.match(raw)
        if not m:
            return False
        rest = (m["bold"] or "") + m["rest"]
        bullet = self.bullets[-1] if self.bullets and not self.outline else None
        opens = bool(bullet and self.blocks and self.blocks[-1] is bullet[1] and bullet[0] < indent)
        last = self.blocks[-1] if self.blocks else None
        lead = getattr(last, "raw", "") if isinstance(last, Paragraph) else ""
        led = opens or (not self.outline and (lead.endswith(":") or _BOLD_ONLY.fullmatch(lead)))
        # "3.5 million rows ...": a number in a sentence; "a. slow start" under an open
        # outline's item is its sub-item, "a) data quality" under a lead-in its item
        lower_ok = (bool(self.outline) or led) and not re.fullmatch(r"[\d.]+", m["label"])
        if rest == "****" or not re.match(r"^(?:\*\*)?[A-Z\d`\"“(]", rest) and not lower_ok:
            return False
        if not self.outline:
            self.under = bullet[1] if opens and bullet else None
        form = _label_form(m["label"], self.outline)
        forms = [f for f, _, _ in self.outline]
        if form in forms:
            del self.outline[forms.index(form) :]
        term, text = split_lead(rest)
        base = self.under.depth + 1 if self.under else 0
        item = ListItem(text, term, base + len(self.outline), True, self.source(line, line), rest)
        if self.outline:
            self.outline[-1][2].children.append(item)
        elif self.under:
            self.under.children.append(item)
        self.outline.append((form, m["label"], item))
        self.blocks.append(item)
        return True

    def indent_level(self, p: DocxParagraph) -> int | None:
        """For a paragraph set in by its own left indent (not a list's, a style's or a
        quotation's), how many of the document's indents it is in: 0 for the first; None for
        a paragraph at the margin."""
        if self.indents is None:
            self.indents = sorted(
                {
                    x
                    for q in self.document.paragraphs
                    if (x := _left_indent(q)) and not q._p.xpath("./w:pPr/w:numPr")
                }
            )
        left = _left_indent(p)
        if not left or left not in self.indents or "quot" in _style_name(p).lower():
            return None
        return self.indents.index(left)

    def list_level(self, p: DocxParagraph) -> int | None:
        """The numbering level (w:ilvl) of a list paragraph; None for other paragraphs."""
        num_id = _ppr_value(p, "w:numPr/w:numId")
        if num_id == "0":  # numbering switched off
            return None
        if num_id is None and not _style_name(p).startswith("List"):
            return None
        level = _ppr_value(p, "w:numPr/w:ilvl")
        if level is None:  # "List Bullet 2" nests by its style, not by a level
            m = _NUMBERED_STYLE.match(_style_name(p))
            return int(m.group(1)) - 1 if m else 0
        return int(level) if level.isdigit() else 0

    def ordered(self, p: DocxParagraph, level: int) -> bool:
        """Whether the list level counts (decimal, letters, roman) rather than bullets."""
        num_id = _ppr_value(p, "w:numPr/w:numId")
        if num_id is None or self.numbering is None:
            return "Number" in _style_name(p)
        abstract = self.numbering.xpath(f"./w:num[@w:numId='{int(num_id)}']/w:abstractNumId/@w:val")
        if not abstract:
            return False
        fmt = self.numbering.xpath(
            f"./w:abstractNum[@w:abstractNumId='{int(abstract[0])}']"
            f"/w:lvl[@w:ilvl='{level}']/w:numFmt/@w:val"
        )
        return bool(fmt) and fmt[0] not in _UNORDERED

    def cue_rows(self, grid: list[tuple[int, list[str]]]) -> None:
        """A two-column layout of cues and notes (Cornell notes): each row an item led by its
        cue, the notes' first paragraph its text and the others its sub-items; a row merged
        across both columns titles the rows below it."""
        above = list(self.headings)
        named: ListItem | None = None
        for line, (cue, notes) in grid:
            # (each line of the notes without the bullet typed before it)
            said = [
                _TYPED_BULLET.sub("", _cell_markdown(x)) for x in notes.split("<br>") if x.strip()
            ]
            if cue == notes or not said:
                raw = _cell_markdown(cue)
                if not is_title_like(raw):  # "**Summary:** ..." across the page: its text
                    term, text = split_lead(raw)
                    self.blocks.append(Paragraph(text, term, self.source(line, line), raw=raw))
                    continue
                title = clean_heading(plain(raw))
                if title:
                    level = (above[-1][0] if above else 0) + 1
                    self.headings = [*above, (level, title)]
                    self.blocks.append(Heading(title, level, self.source(line, line)))
                continue
            term = plain(_cell_markdown(cue)).rstrip(" :")
            raw = f"**{term}:** {said[0]}"
            lead, text = split_lead(raw)
            # a cue asking something ("when to use?") or in lower case asks it of the named
            # cue above: a sub-item of that row
            asks = term.endswith("?") or term[:1].islower()
            under = named if named and asks else None
            item = ListItem(text, lead, 1 if under else 0, False, self.source(line, line), raw)
            if under:
                under.children.append(item)
            elif not asks:  # (a question of the section's own thing heads no rows below it)
                named = item
            self.blocks.append(item)
            for part in said[1:]:
                t, x = split_lead(part)
                child = ListItem(x, t, item.depth + 1, False, self.source(line, line), part)
                item.children.append(child)
                self.blocks.append(child)
        self.headings = above

    def view_rows(self, table: DocxTable) -> list[tuple[int, list[str]]]:
        """Each row's line of the reading view (appended) and its cells (``cell_html``)."""
        rows = []
        for row in table.rows:
            self.view.append(
                " | ".join(
                    " ".join(" ".join(said_text(x) for x in c.paragraphs).split())
                    for c in row.cells
                )
            )
            rows.append((len(self.view), [cell_html(c) for c in row.cells]))
        return rows

    def card_backs(
        self, fronts: list[tuple[int, list[str]]], table: DocxTable, pairs: list
    ) -> None:
        """A sheet of flashcards, read at its backs: each card an item led by its front's term,
        its back's first line the item's text and its other lines sub-items; a front that
        asks a question, a card "Q: ...? A: ..."; a table on a back, a table after its card."""
        backs = self.view_rows(table)
        for (fr, fc), (br, bc) in pairs:
            term = front_term(_cell_lines(fronts[fr][1][fc]), self.card_fronts)
            line = backs[br][0]
            lines, tables = [], []
            for part in table.rows[br].cells[bc].iter_inner_content():
                if isinstance(part, DocxTable):
                    tables.append([[cell_html(c) for c in row.cells] for row in part.rows])
                else:
                    lines += inline_markdown(part).split(LINE_BREAK)
            said = [_TYPED_BULLET.sub("", x).strip() for x in said_lines(lines)]
            if term.endswith("?"):
                raw = f"Q: {term} A: {said[0] if len(said) == 1 else ''}".strip()
                self.blocks.append(Paragraph(raw, "", self.source(line, line), raw=raw))
                points = said if len(said) > 1 else []
                item = None
            elif len(said) > 1 and term.split()[-1][:1].islower() and is_plural_noun_phrase(term):
                # "Gromble Hub sinks" (a common noun, not a name: "Zorb Machines") over a line
                # for each: the lines are the items it lists
                item = ListItem("", term, 0, False, self.source(line, line), f"**{term}:**")
                self.blocks.append(item)
                points = said
            else:
                raw = f"**{term}:** {said[0]}" if said else f"**{term}**"
                lead, text = split_lead(raw)
                item = ListItem(text, lead, 0, False, self.source(line, line), raw)
                self.blocks.append(item)
                points = said[1:]
            for point in points:
                t, x = split_lead(point)
                child = ListItem(x, t, 1 if item else 0, False, self.source(line, line), point)
                if item:
                    item.children.append(child)
                self.blocks.append(child)
            for grid in tables:
                if len(grid) > 1 and max(len(r) for r in grid) > 1:
                    rows = [Row(r + [""] * (len(grid[0]) - len(r)), line) for r in grid[1:]]
                    self.blocks.append(Table(grid[0], rows, self.source(line, line)))

    def table(self, table: DocxTable) -> None:
        """The first row is the header; each row is one line of the reading view.

        A table of one row or one column frames text rather than tabulating: its rows are
        read as paragraphs."""
        grid = [(line, cells) for line, cells in self.view_rows(table) if any(cells)]
        if _cue_table(grid):
            self.cue_rows(grid)
            return
        if _headed_cue_table(grid):
            self.cue_rows(grid[1:])  # "Cues | Notes" over them: the template's, no things
            return
        grid = fold_group_header(grid)
        if len(grid) < 2 or max(len(cells) for _, cells in grid) < 2:
            for line, cells in grid:
                raw = html.unescape(re.sub(r"</?b>", "**", " ".join(cells).replace("<br>", " ")))
                term, text = split_lead(raw)
                self.blocks.append(Paragraph(text, term, self.source(line, line), raw=raw))
            return
        (start, header), body = grid[0], grid[1:]
        rows = [Row(cells + [""] * (len(header) - len(cells)), line) for line, cells in body]
        self.blocks.append(Table(header, rows, self.source(start, len(self.view))))
