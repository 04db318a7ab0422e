"""PDF → blocks: each page's text layer as headings, tables, list items and paragraphs.

Headings come from font size and weight, list items from bullet glyphs (or drawn bullet dots)
and indentation, tables from ruling lines (pdfplumber). There is no OCR: a page without a text
layer is named in the document's warnings.
"""

from __future__ import annotations

import html
import io
import itertools
import math
import re
import time
import unicodedata
from collections import Counter
from collections.abc import Callable, Sequence
from contextvars import ContextVar
from dataclasses import dataclass, field

import pdfplumber
from pdfminer.pdfdocument import PDFEncryptionError, PDFPasswordIncorrect
from pdfplumber.utils.exceptions import PdfminerException

from .blocks import Block, Heading, ListItem, Paragraph, Row, Source, Table
from .document import Document, ParseError
from .text import WIKI_TITLE, clean_heading, is_title_like, plain, split_lead
from .typed import read_typed

MAX_PAGES = 2000
MAX_SECONDS = 120.0  # checked between pages, so a hostile file ends the read instead of hanging

_ZERO_WIDTH = re.compile("[\u200b-\u200d\u2060\ufeff]")
_GLYPHS = "•◦▪‣●○■□\uf0a7\uf0b7"  # bullets, also glued to the word ("•Text"); PUA: Symbol font
# a style sheet's own bullets, a word of their own: triangles and shapes ("▸", "►", "◆"),
# dingbat arrows and ticks ("➤", "✔"), a warning sign; crosses say "not" and stay words
_SHAPES = (
    "".join(
        chr(c) for c in (*range(0x25A0, 0x2600), *range(0x2713, 0x2715), *range(0x2794, 0x27C0))
    )
    + "\u26a0\u2756"
)
_MARKS = _GLYPHS + _SHAPES + "–-*"  # dashes and stars count only as a word of their own
_NUMBER = re.compile(r"^(?:\d{1,3}|[a-z]|[ivx]{1,4})[.)]$")  # "2.", "b)", "iv." (a nested list's)
_PAGE_NUMBER = re.compile(r"^[-–—\s]*(?:page\s*)?\d{1,4}(?:\s*(?:of|/)\s*\d{1,4})?[-–—\s]*$", re.I)
_NUMBERED_END = re.compile(r"^\d+\s|\s\d+$")
_HYPHENATED = re.compile(r"[^\W\d_]-$")
_MARGIN = 0.12  # running headers and footers stand in the top and bottom 12% of a page
_PRINT_BAND = 0.04  # ... a browser prints its own in the top and bottom 4%, outside margins
_NUMBERING = r"\d{1,2}(?:\.\d{1,2})*\.?"  # a section's number: "6.", "6.1", "6.1."
_SECTION_NUMBER = re.compile(rf"^{_NUMBERING}\s")


def _depth(number: str) -> int:
    """How deep a section number goes: "6." 1, "6.1" 2, "6.1.2." 3."""
    return number.strip().rstrip(".").count(".") + 1


_LARGER = 1.15  # a heading's font is at least this much larger than the body's
_WORD_GAP = 0.15  # a gap this wide (in ems) between letters separates words
_SPELT_SPACES = 0.08  # a page with this share of space characters spells its spaces out
_SPELT_WORD_GAP = 0.6  # ... and there letters this far apart (in ems) may be one word
_UNSPACED_WORD_GAP = 1.5  # ... or this far, with no space character between them
_WRITTEN_ZIPF = 4.0  # a word the page writes whole counts as this common (wordfreq's scale)
_NO_WORD_ZIPF = 2.5  # a piece rarer than this (wordfreq's Zipf scale) is no word of its own
_WORD_ZIPF = 1.5  # pieces joined make a word at least this common ...
_COMMONER = 0.5  # ... and this much more common than their rarest piece
_TOC_LINE = re.compile(r"(?:\.\s?){4,}\s*\d+$")  # "Introduction ........ 1"
_CID = re.compile(r"\(cid:\d+\)")  # a glyph without a Unicode mapping (icon fonts)
_COLUMN_GAP = 1.0  # a gap this wide (in ems) between words on a line separates table columns
_ROW_GAP = 0.3  # whitespace this tall (in ems) separates the rows of a table without rules
_ALIGN = 4.0  # points within which cells of one column start
_ROW_LINES = 8  # a table's row between two rules holds this many lines at most
_BOLD_RUN = re.compile(r"\*\*(.+?)\*\*")
# code fonts: a word set in one is code, as backticks say in Markdown
_MONOSPACE = re.compile(r"mono|courier|consolas|menlo|inconsolata|code|\+cmtt|^cmtt", re.I)
# a font's weight and slant by its name: "Helvetica-Bold", "DejaVuSerif-Bold", and TeX's
# Computer Modern ("CMBX12" bold extended, "CMTI10" text italic, "CMSL10" slanted) and its
# Type 1 versions ("SFBX1200"); "ABCDEF+" is a subset's tag
_BOLD_FONT = re.compile(
    r"bold|black|heavy|semibold|demi|(?:^|\+)(?:cmbx|cmb\d|cmssbx|sfbx|sfsx)", re.I
)
_ITALIC_FONT = re.compile(
    r"italic|oblique|(?:^|\+)(?:cmti|cmsl|cmbxti|cmbxsl|sfti|sfsl|sfbi)", re.I
)


@dataclass
class _Line:
    """One text line outside tables, numbered within its page's reading view."""

    text: str  # as the reading view shows it
    raw: str  # Markdown inline form (bold runs as **x**), without its list marker
    x0: float  # where the line, or its list marker, starts
    x1: float  # where it ends
    top: float
    bottom: float
    size: float  # the font size most of its characters have
    bold: bool
    marker: str = ""  # "bullet", "number" or "" (not a list item)
    number: int = 0  # 1-based, within the page's reading view
    running: bool = False  # a header, footer or page number repeated on the pages
    page: int = 0
    order: tuple = ()  # where it stands in reading order: (region, column, top)
    column_top: bool = False  # the first line of a page's second column
    edge: float = 0.0  # where its column's lines end on the right (0: the page's text edge)
    aside: bool = False  # in a box set beside the text ("Exam tip"): never a heading
    text_x0: float = 0.0  # where its text starts, after any list marker
    keyed: bool = False  # a bold key set apart from its text by a gap ("**Drip**    one row")
    gapped: bool = False  # words set a column's gap apart ("Metric    Formula    Behaviour")


@dataclass
class _PageTable:
    rows: list[list[str]]  # cells as plain text, line breaks as <br>
    bbox: tuple[float, float, float, float]
    numbers: list[int] = field(default_factory=list)  # the reading-view line of each row
    order: tuple = ()


@dataclass
class _Page:
    number: int
    height: float
    view: list[str]
    items: list[_Line | _PageTable]


def parse_pdf_document(data: bytes, name: str) -> Document:
    """A PDF's blocks; its reading view is each page's text lines (table rows as "a | b").
    A PDF printed from plain text reads as that text (:mod:`ingest.typed`)."""
    if (typed := read_typed(data, name)) is not None:
        return typed
    pages, warnings = _read_pages(data, name)
    if not any(p.items for p in pages):
        raise ParseError(
            name, 1, "no text layer on any page (image-only PDF; OCR is not supported)"
        )
    _mark_running(pages)
    # the words the document writes whole, to mend the ones it breaks at a line's end
    token = _WRITTEN_WHOLE.set(
        frozenset(
            w.lower()
            for p in pages
            for x in p.items
            if isinstance(x, _Line)
            for w in re.findall(r"[^\W\d_]{4,}", re.sub(r"[^\W\d_]+-$", "", x.raw))
        )
    )
    try:
        blocks = _Assembler(name, pages).blocks
    finally:
        _WRITTEN_WHOLE.reset(token)
    return Document(name, "pdf", blocks, [p.view for p in pages], warnings)


# the words of the document being read, unbroken (see parse_pdf_document)
_WRITTEN_WHOLE: ContextVar[frozenset[str]] = ContextVar("written_whole", default=frozenset())


def _read_pages(data: bytes, name: str) -> tuple[list[_Page], list[str]]:
    pages: list[_Page] = []
    warnings: list[str] = []
    try:
        pdf = pdfplumber.open(io.BytesIO(data))
        count = len(pdf.pages)
    except Exception as exc:  # pdfminer raises many kinds of error on a broken file
        cause = exc.args[0] if isinstance(exc, PdfminerException) and exc.args else exc
        if isinstance(cause, (PDFPasswordIncorrect, PDFEncryptionError)):
            raise ParseError(name, 1, "encrypted PDF: cannot read it without its password") from exc
        raise ParseError(name, 1, f"not a readable PDF: {_reason(cause)}") from exc
    started = time.monotonic()
    with pdf:
        for page in pdf.pages[:MAX_PAGES]:
            number = len(pages) + 1
            if time.monotonic() - started > MAX_SECONDS:
                break
            try:
                pages.append(_read_page(page, number))
                if not pages[-1].items and page.images:
                    warnings.append(
                        f"{name}: page {number} has no text layer (image only; not read, no OCR)"
                    )
            except Exception as exc:  # as above: a broken page fails in pdfminer's own ways
                raise ParseError(
                    name, 1, f"not a readable PDF: {_reason(exc)}", page=number
                ) from exc
            finally:
                page.close()
    if len(pages) < count:
        limit = "page" if len(pages) == MAX_PAGES else f"{MAX_SECONDS:.0f}-second"
        warnings.append(f"{name}: read the first {len(pages)} of {count} pages (the {limit} limit)")
    return pages, warnings


def _reason(exc: BaseException) -> str:
    return str(exc) or type(exc).__name__


def clean_text(text: str) -> str:
    """PDF text as people read it: ligatures and NBSP unfolded (NFKC), invisible marks removed."""
    return _CID.sub("", _ZERO_WIDTH.sub("", unicodedata.normalize("NFKC", text)))


def _unseen(obj: dict) -> bool:
    """A shape filled white and not stroked: a page's or a box's background, drawn but not
    seen (a browser paints the body's background as one page-sized rectangle), so neither a
    table's ruling nor a card."""
    if obj.get("object_type") not in ("rect", "curve") or obj.get("stroke"):
        return False
    color = obj.get("non_stroking_color")
    values = color if isinstance(color, (tuple, list)) else (color,)
    return bool(obj.get("fill")) and all(isinstance(v, (int, float)) and v >= 0.99 for v in values)


def _read_page(page: pdfplumber.page.Page, number: int) -> _Page:
    """A page's tables (≥ 2 rows and columns) and text lines, top to bottom, numbered."""
    items: list[_Line | _PageTable] = []
    page = page.filter(lambda obj: not _unseen(obj))
    every = [
        w
        for w in page.extract_words(extra_attrs=["fontname", "size"], x_tolerance_ratio=_WORD_GAP)
        # (a lone unmapped glyph is kept: before a line's words it is a dingbat bullet)
        if clean_text(w["text"]).strip() or _CID.fullmatch(w["text"].strip())
    ]
    if _letters_set_apart(page.chars):
        every = _mended(every, [c for c in page.chars if c["text"] == " "])
    solid = [w for w in every if clean_text(w["text"]).strip()]
    every = [
        w
        for w in every
        if clean_text(w["text"]).strip()
        or any(  # a glyph alone, with no words right after it on its line, is no bullet
            abs(o["top"] - w["top"]) < 0.5 * o["size"] and 0 <= o["x0"] - w["x1"] < 3 * o["size"]
            for o in solid
        )
    ]
    mono = sum(len(w["text"]) for w in every if _MONOSPACE.search(w["fontname"]))
    if mono > 0.5 * sum(len(w["text"]) for w in every):
        # a page typed in a fixed-width font (a plain-text mail, a typewritten note): that
        # font is its body text, not code
        every = [{**w, "fontname": _MONOSPACE.sub("", w["fontname"])} for w in every]
    found_tables = page.find_tables()
    # boxes drawn side by side (a slide's cards) hold text of their own, not a table's cells:
    # a one-column frame, or a filled or rounded shape a sixth of the page wide or more
    cards = [f.bbox for f in found_tables if max(len(r.cells) for r in f.rows) == 1]
    cards += [
        (s["x0"], s["top"], s["x1"], s["bottom"])
        for s in page.rects + page.curves
        if s["x1"] - s["x0"] > page.width / 6 and s["bottom"] - s["top"] > page.height / 12
    ]
    grids = []
    for found in found_tables:
        if any(
            other is not found
            and _inside({"x0": o[0], "top": o[1], "x1": o[2], "bottom": o[3]}, [found.bbox])
            for other in found_tables
            for o in [other.bbox]
        ):
            # ruled boxes laid out side by side, with tables inside them (a cram sheet): the
            # grid their edges make is no table; the tables inside are
            cards.append(found.bbox)
            continue
        grid = [list(row.cells) for row in found.rows]

        def spanning(row: list) -> bool:
            return sum(c is not None for c in row) == 1 < len(row)

        # a box drawn right under a table ("EXAM TIP ...") is read as one cell spanning the
        # last row: it is text of its own (unless rows inside the table span so too: rows
        # drawn with no edge between their cells)
        while len(grid) > 2 and spanning(grid[-1]) and not any(map(spanning, grid[1:-1])):
            grid.pop()
        grids.append(_unspanned(grid, every))
    rules = [
        (r["x0"], r["top"]) for r in page.rects if r["bottom"] - r["top"] <= 2 and r["width"] > 20
    ]
    for grid in _striped(grids, every, rules):
        cells = [c for row in grid for c in row if c is not None]
        if _boxes_laid_out(cells, every):
            cards += cells  # a cram sheet's grid of boxes: each box is text of its own
            continue
        bbox = (
            min(c[0] for c in cells),
            min(c[1] for c in cells),
            max(c[2] for c in cells),
            max(c[3] for c in cells),
        )
        grid = [part for row in grid for part in _stacked_rows(row, every)]
        rows = [r for r in ([_ruled_cell(every, cell) for cell in row] for row in grid) if any(r)]
        if len(rows) >= 2 and max(map(len, rows)) >= 2:
            items.append(_PageTable(_plain_header(rows), bbox))
    boxes = [t.bbox for t in items]
    words = [w for w in every if not _inside(w, boxes)]
    # a browser's print header and footer (date, title, address, "2/4") stand in the band
    # outside the page margins: no table starts there
    band = _PRINT_BAND * float(page.height)
    printed = [w for w in words if w["top"] < band or w["bottom"] > float(page.height) - band]
    words = [w for w in words if w not in printed]
    words = _without_contents(words)
    # rules drawn across the page (a row's bottom border), as (left, right, height)
    rules_across = [
        (float(e["x0"]), float(e["x1"]), float(e["top"]))
        for e in page.horizontal_edges
        if e["x1"] - e["x0"] > 20
    ]
    row_ruled, words = _row_ruled_tables(words, rules_across)
    items += row_ruled
    boxes += [t.bbox for t in row_ruled]
    unruled, words = _unruled_tables_by_column(words, cards, float(page.width), boxes, rules_across)
    words += printed
    items += unruled
    boxes += [t.bbox for t in unruled]
    dots = [
        s
        for s in page.curves + page.rects
        # (a small font's dots are small: 1.5pt under 6pt type)
        if 1 <= s["width"] <= 8 and abs(s["width"] - s["height"]) <= 1.5 and not _inside(s, boxes)
    ]
    asides = _asides(page, words)
    aside_lines: list[_Line] = []
    if asides and not _gutters(_group_lines(words), float(page.width), boxes):
        # a box set beside the text (a floated "Exam tip"): its lines are read after the
        # text's lines beside it, never mixed into them
        inside = {id(w) for _, ws in asides for w in ws}
        words = [w for w in words if id(w) not in inside]
        for box, ws in asides:
            for line in _group_lines(ws):
                m = _make_line(line, dots)
                m.order, m.aside = (0, 0, box[3]), True
                aside_lines.append(m)
    text_lines = _reading_order(_group_lines(words), items, dots, float(page.width))
    _after_paragraph(aside_lines, text_lines)
    items += text_lines + aside_lines
    items.sort(key=lambda x: x.order)
    view: list[str] = []
    for item in items:
        if isinstance(item, _Line):
            item.number = len(view) + 1
            view.append(item.text)
        else:
            item.numbers = list(range(len(view) + 1, len(view) + 1 + len(item.rows)))
            view += [" | ".join(plain(c) for c in r) for r in item.rows]
    return _Page(number, float(page.height), view, items)


def _letters_set_apart(chars: list[dict]) -> bool:
    """Whether a page sets letters of one word apart by a wider gap than the one between words:
    its spaces spelt out as characters, yet many gaps without one ("workflo w", "of fers",
    as groff's PDFs print); there, a piece that is no word joins its neighbour (_mended)."""
    if sum(c["text"] == " " for c in chars) < _SPELT_SPACES * len(chars):
        return False
    apart = 0
    ordered = sorted(chars, key=lambda c: (round(c["top"]), c["x0"]))
    for a, b in zip(ordered, ordered[1:]):
        if round(a["top"]) == round(b["top"]) and " " not in (a["text"], b["text"]):
            apart += _WORD_GAP < (b["x0"] - a["x1"]) / max(a["size"], 1) < _SPELT_WORD_GAP
    return apart >= max(10, 0.01 * len(chars))


def _mended(words: list[dict], spaces: list[dict]) -> list[dict]:
    """Neighbouring pieces of one word joined: close together on a line, one of them no
    word of its own ("workflo" "w", "of" "fers"), the two together a word, or one the page
    writes whole elsewhere ("SageMak" "er"). Pieces with no space character between them
    may stand further apart (a justified line in a table's cell: "bak" "e.")."""
    from wordfreq import zipf_frequency

    def letters_of(piece: str) -> str:
        return re.sub(r"[^\w]", "", piece.lower())

    written = {letters_of(w["text"]) for w in words}

    def zipf(piece: str, whole: bool = False) -> float:
        letters = letters_of(piece)
        if len(letters) == 1 and letters not in ("a", "i"):
            return 0.0  # a letter alone is no word
        if whole and letters in written:
            return max(zipf_frequency(letters, "en"), _WRITTEN_ZIPF)
        return zipf_frequency(letters, "en") if letters else 9.0

    at_line: dict[int, list[float]] = {}  # the space characters' middles, by line
    for c in spaces:
        at_line.setdefault(round(c["top"]), []).append((c["x0"] + c["x1"]) / 2)

    def unspaced(a: dict, b: dict) -> bool:
        """Whether a line that spells its spaces out spells none between two pieces."""
        between = at_line.get(round(a["top"]), [])
        return bool(between) and not any(a["x1"] - 0.5 <= x <= b["x0"] + 0.5 for x in between)

    def best(line: list[dict]) -> tuple[int, int] | None:
        """The run of pieces to join first (two or three, close together): what they make
        a word far more common than its rarest piece ("o" "vertraining", "ef" "fort"), runs
        of more pieces that are no words first ("e" "valuates" before "and" "e")."""
        found: tuple[tuple[int, float], tuple[int, int]] | None = None
        for i in range(len(line) - 1):
            for n in (2, 3):
                run = line[i : i + n]
                pairs = list(zip(run, run[1:]))
                apart = [unspaced(a, b) for a, b in pairs]
                if len(run) < n or not all(
                    0
                    <= b["x0"] - a["x1"]
                    < (_UNSPACED_WORD_GAP if u else _SPELT_WORD_GAP) * b["size"]
                    for (a, b), u in zip(pairs, apart)
                ):
                    break
                pieces = [zipf(w["text"]) for w in run]
                # (a word written whole counts only for pieces of letters: not "Fern" ",")
                lettered = all(letters_of(w["text"]) for w in run)
                whole = zipf("".join(w["text"] for w in run), whole=lettered)
                if whole < _WORD_ZIPF or whole < min(pieces) + _COMMONER:
                    continue
                key = (sum(z < _NO_WORD_ZIPF for z in pieces), whole)
                if found is None or key > found[0]:
                    found = (key, (i, n))
        return found[1] if found else None

    out: list[dict] = []
    for line in _group_lines(words):
        while (run := best(line)) is not None:
            i, n = run
            first, last = line[i], line[i + n - 1]
            line[i : i + n] = [
                {
                    **first,
                    "text": "".join(w["text"] for w in line[i : i + n]),
                    "x1": last["x1"],
                    "top": min(w["top"] for w in line[i : i + n]),
                    "bottom": max(w["bottom"] for w in line[i : i + n]),
                }
            ]
        out += line
    return out


def _gutters(
    lines: list[list[dict]], width: float, tables: list[tuple[float, float, float, float]] = ()
) -> list[tuple[float, float]]:
    """The gaps between the columns of a page set in two or more (each from a column's right
    edge to the next one's left edge), left to right; none for a page in one column. A gap is
    column-wide, at least six lines leave it free, with words on both sides; gaps off the
    middle of the page (a grid of three or four columns) count only where they part columns
    of much the same width (not the terms of an aligned glossary from their definitions).
    A table (``tables``: their boxes) stands on the lines beside it as a word would."""
    gaps = []
    for line in lines:
        top, bottom = min(w["top"] for w in line), max(w["bottom"] for w in line)
        beside = [
            {"x0": t[0], "x1": t[2], "size": line[0]["size"]}
            for t in tables
            if t[1] < bottom and t[3] > top
        ]
        line = sorted(line + beside, key=lambda w: w["x0"])
        for prev, w in zip(line, line[1:]):
            if (
                w["x0"] - prev["x1"] > _COLUMN_GAP * w["size"]
                and 0.2 * width < (prev["x1"] + w["x0"]) / 2 < 0.8 * width
            ):
                gaps.append((prev["x1"], w["x0"], w["size"]))
    found = []
    for x in sorted({round((a + b) / 2) for a, b, _ in gaps}):
        covering = [(a, b, size) for a, b, size in gaps if a < x < b]
        left, right = max(a for a, _, _ in covering), min(b for _, b, _ in covering)
        # the gap all of them leave is itself column-wide
        if len(covering) >= 6 and right - left > _COLUMN_GAP * min(s for _, _, s in covering):
            found.append((len(covering), left, right))
    strips, cover = _free_strips(lines, width, tables)
    # a gutter no more than a title or two crosses (not the gap between an aligned
    # glossary's terms and their text within one column)
    found = [
        g
        for g in found
        if max(cover[int(g[1]) + 1 : max(int(g[2]), int(g[1]) + 2)]) <= max(_ACROSS, g[0] / 4)
        # (nor the gap between the cells of a table without rules)
        and not _table_rows(
            [
                [w for w in ln if w["x1"] <= g[1] + 1]
                for ln in lines
                if any(w["x1"] <= g[1] + 1 for w in ln) and any(w["x0"] >= g[2] - 1 for w in ln)
            ]
        )
    ]
    found += strips
    chosen: list[tuple[float, float]] = []
    for _count, left, right in sorted(found, key=lambda t: (-t[0], t[1])):
        if all(right <= a or left >= b for a, b in chosen):
            chosen.append((left, right))
    chosen.sort()
    if chosen:
        edges = [min(w["x0"] for ln in lines for w in ln), max(w["x1"] for ln in lines for w in ln)]

        def spread(gutters: list[tuple[float, float]]) -> float:  # widest column / narrowest
            bounds = [edges[0]] + [x for g in gutters for x in g] + [edges[1]]
            widths = [bounds[i + 1] - bounds[i] for i in range(0, len(bounds), 2)]
            return max(widths) / max(min(widths), 1.0)

        def even(gutters: list[tuple[float, float]]) -> bool:  # columns of much the same width
            return spread(gutters) <= 2.5

        if not even(chosen):
            # the gaps that part the page into the most even columns (a reference card's
            # columns, not the gaps between a column's aligned keys and values), if much the
            # same width; else the one in the middle of the page
            middle = [g for g in chosen if 0.3 * width < (g[0] + g[1]) / 2 < 0.7 * width]
            pool = sorted(sorted(chosen, key=lambda g: g[0] - g[1])[:8])  # the widest eight
            ways = [
                list(way)
                for k in range(2, min(len(pool), 6) + 1)
                for way in itertools.combinations(pool, k)
            ] + [[g] for g in middle]
            best = min(ways, key=lambda way: (spread(way), -len(way)), default=[])
            chosen = best if best and spread(best) <= _EVEN_COLUMNS else middle[:1]
    return chosen


_EVEN_COLUMNS = 1.5  # widest column / narrowest, of columns read as the same width
_ACROSS = 2  # words a gutter may have across it (a title over the columns)
_STRIP = 0.6  # ems: the narrowest gutter of a dense sheet whose lines seldom line up


def _table_rows(lefts: list[list[dict]]) -> bool:
    """Whether the parts left of a gap, of the lines with words on both sides of it, are a
    table's cells: half of them or more hold two runs of words set apart ("num_round  number
    of rounds | 6  lower"), not one column's running text."""
    celled = sum(
        len([g for g in _segments(sorted(a, key=lambda w: w["x0"])) if len(_text_of(g)) > 2]) >= 2
        for a in lefts
        if a
    )
    return bool(lefts) and 2 * celled >= len(lefts)


def _text_of(words: list[dict]) -> str:
    return "".join(w["text"] for w in words)


def _free_strips(
    lines: list[list[dict]], width: float, tables: list[tuple[float, float, float, float]] = ()
) -> tuple[list[tuple[int, float, float]], list[int]]:
    """Gutters seen from above: strips of the page's middle that no word covers (but a title
    or two across them), with at least six lines of text on either side; as (lines on the
    poorer side, left edge, right edge), and how many words cover each point across the
    page. A sheet set in narrow columns of small type has lines that seldom stand side by
    side, so gaps within lines do not show its gutters."""
    words = [w for ln in lines for w in ln]
    cover = [0] * (int(width) + 2)
    if not words:
        return [], cover
    for x0, x1 in [(w["x0"], w["x1"]) for w in words] + [(t[0], t[2]) for t in tables]:
        for x in range(max(0, int(x0)), min(len(cover), math.ceil(x1))):
            cover[x] += 1
    size = sorted(w["size"] for w in words)[len(words) // 2]
    home = min(w["x0"] for w in words)  # where the column left of the next strip starts
    out, x = [], int(0.1 * width)
    while x < 0.9 * width:
        if cover[x] > _ACROSS:
            x += 1
            continue
        start = x
        while x < len(cover) and cover[x] <= _ACROSS:
            x += 1
        # where no word at all stands, if the strip has such a part: a long line of a column
        # reaching into the strip is no title across it
        a, b = _longest_free(cover, start, x)
        if b - a >= _STRIP * size:
            start, end = a, b
        else:
            end = x
        # its edges: where the columns' own words end and start (a line may reach into it)
        mid = (start + end) / 2
        left = max((w["x1"] for w in words if w["x1"] <= mid), default=start)
        right = min((w["x0"] for w in words if w["x0"] >= mid), default=end)
        if right - left >= _STRIP * size:
            on_left = sum(any(w["x1"] <= left + 1 for w in ln) for ln in lines)
            on_right = sum(any(w["x0"] >= right - 1 for w in ln) for ln in lines)
            if min(on_left, on_right) >= 6:
                if _wraps(lines, home, left):
                    out.append((min(on_left, on_right), left, right))
                home = right
    return out, cover


def _wraps(lines: list[list[dict]], home: float, edge: float) -> bool:
    """Whether the text that ends at ``edge`` runs to it, as a column's wrapped lines do
    (half its lines end in the last quarter of its width), not as the short cells of a table
    without rules. Each line's part is its last run of words before the edge."""
    runs = []
    for ln in lines:
        ws = [w for w in ln if w["x0"] >= home - 1 and w["x1"] <= edge + 1]
        if not ws:
            continue
        first = len(ws) - 1
        while (
            first > 0 and ws[first]["x0"] - ws[first - 1]["x1"] <= _COLUMN_GAP * ws[first]["size"]
        ):
            first -= 1
        runs.append((ws[first]["x0"], ws[-1]["x1"]))
    if not runs:
        return False
    start = sorted(a for a, _ in runs)[len(runs) // 2]
    near = sum(b >= edge - 0.25 * (edge - start) for _, b in runs)
    return near >= 0.5 * len(runs)


def _longest_free(cover: list[int], start: int, end: int) -> tuple[int, int]:
    """The longest run of points in [start, end) that no word covers."""
    best, x = (start, start), start
    while x < end:
        if cover[x]:
            x += 1
            continue
        a = x
        while x < end and not cover[x]:
            x += 1
        if x - a > best[1] - best[0]:
            best = (a, x)
    return best


def _column_of(w: dict, gutters: list[tuple[float, float]]) -> int | None:
    """The column a word stands in; None for a word across a gutter (a title, a wide table)."""
    k = 0
    for left, right in gutters:
        if w["x0"] >= right - 1:
            k += 1
        elif w["x1"] > left + 1:
            return None
    return k


def _below_both(left: list[list[dict]], right: list[list[dict]]) -> int:
    """Where the left column's lines stop being the left column: the first of its last lines
    that all stand below the right column's end, set off by a gap above (a heading or a
    paragraph that starts the text after the two columns); ``len(left)`` if none."""
    if not left or not right:
        return len(left)
    bottom = max(w["bottom"] for ln in right for w in ln)
    j = len(left)
    while j > 0 and min(w["top"] for w in left[j - 1]) > bottom + 0.5 * left[j - 1][0]["size"]:
        j -= 1
    if j == len(left) or j == 0:
        return len(left)
    above, first = left[j - 1], left[j]
    gap = min(w["top"] for w in first) - max(w["bottom"] for w in above)
    return j if gap > 0.8 * first[0]["size"] else len(left)


_ASIDE_WIDTH = (0.15, 0.7)  # of the page's width: a box set beside the text, not across it


def _asides(
    page: pdfplumber.page.Page, words: list[dict]
) -> list[tuple[tuple[float, float, float, float], list[dict]]]:
    """Boxes drawn beside the text (a sidebar or tip floated left or right), each with the
    words it holds: narrower than the page, holding words, with words outside them on the
    same lines' heights, left or right of them. Outermost boxes only."""
    width = float(page.width)
    found: list[tuple[tuple[float, float, float, float], list[dict]]] = []
    for s in sorted(page.rects + page.curves, key=lambda s: -(s["x1"] - s["x0"])):
        box = (s["x0"], s["top"], s["x1"], s["bottom"])
        if not _ASIDE_WIDTH[0] * width <= box[2] - box[0] <= _ASIDE_WIDTH[1] * width:
            continue
        held = [w for w in words if _inside(w, [box])]
        beside = [
            w
            for w in words
            if w["bottom"] > box[1] and w["top"] < box[3] and (w["x1"] < box[0] or w["x0"] > box[2])
        ]
        if (
            len(held) >= 2
            and beside
            and not any(
                _inside({"x0": box[0], "top": box[1], "x1": box[2], "bottom": box[3]}, [f])
                for f, _ in found
            )
        ):
            found.append((box, held))
    return found


def _after_paragraph(asides: list[_Line], lines: list[_Line]) -> None:
    """Each box's lines follow the paragraph that runs beside and below the box: after the
    first text line below its bottom that ends a paragraph (a wider gap follows it), so the
    box never splits a paragraph in two."""
    if not asides or not lines:
        return
    lines = sorted(lines, key=lambda m: m.order)
    gaps = sorted(b.top - a.bottom for a, b in zip(lines, lines[1:]) if b.top > a.bottom - 1)
    usual = gaps[len(gaps) // 2] if gaps else 0.0
    for k, m in enumerate(asides):
        bottom = m.order[2]
        at = max((i for i, x in enumerate(lines) if x.top < bottom), default=-1)
        if at < 0:
            continue
        while at + 1 < len(lines) and lines[at + 1].top - lines[at].bottom <= usual + 0.3 * (
            lines[at].bottom - lines[at].top
        ):
            at += 1
        m.order = (*lines[at].order, k + 1)


def _reading_order(
    lines: list[list[dict]], tables: list[_PageTable], dots: list[dict], width: float
) -> list[_Line]:
    """The page's text lines, each with its place in reading order. On a page set in columns,
    a run of lines that leave the gutters free is read down each column in turn, left to right
    (each column's lines moved left onto the first, so indents mean the same); a line or table
    across a gutter (a title, a wide table) stands between such runs."""
    gutters, band = _page_gutters(lines, width, [t.bbox for t in tables])
    if not gutters:
        for t in tables:
            t.order = (0, 0, t.bbox[1])
        made = [_make_line(line, dots) for line in lines]
        for m in made:
            m.order = (0, 0, m.top)
        return made
    n = len(gutters) + 1

    def across(x0: float, x1: float, top: float) -> bool:
        # (columns set in part of the page only: any line above or below them is across)
        outside = band is not None and not band[0] <= top <= band[1]
        return outside or _column_of({"x0": x0, "x1": x1}, gutters) is None

    things: list[tuple[float, object]] = [(min(w["top"] for w in ln), ln) for ln in lines]
    things += [(t.bbox[1], t) for t in tables]
    things.sort(key=lambda x: x[0])
    region, out = 0, []
    run: list[list[dict]] = []

    def flush() -> None:
        nonlocal region
        if not run:
            return
        region += 1
        words: list[list[dict]] = [[] for _ in range(n)]
        for w in (w for ln in run for w in ln):
            k = _column_of(w, gutters)
            words[k if k is not None else 0].append(w)
        marks: list[list[dict]] = [[] for _ in range(n)]
        for d in dots:  # a list's markers hang left of its text, in the gutter before it
            marks[sum(d["x0"] > left + 1 for left, _ in gutters)].append(d)
        home = min((w["x0"] for w in words[0]), default=None)
        for k in range(1, n):
            if home is None or not words[k]:
                continue
            # a later column's words and bullet dots (a list's markers hang in the gutter,
            # left of its text) move left by as much
            shift = min(w["x0"] for w in words[k]) - home
            words[k] = [{**w, "x0": w["x0"] - shift, "x1": w["x1"] - shift} for w in words[k]]
            marks[k] = [{**d, "x0": d["x0"] - shift, "x1": d["x1"] - shift} for d in marks[k]]
        edge = max((w["x1"] for ws in words for w in ws), default=0.0)
        columns = [_group_lines(ws) for ws in words]
        after = _below_both(columns[0], [ln for c in columns[1:] for ln in c])
        for column, grouped in enumerate(columns):
            for k, ln in enumerate(grouped):
                m = _make_line(ln, marks[column])
                m.order, m.column_top = (region, column, m.top), column > 0 and k == 0
                if column == 0 and k >= after:
                    # a short line set off below the columns ("7. Deployment") follows them
                    m.order, m.column_top = (region + 1, 0, m.top), False
                m.edge = edge
                out.append(m)
        region += 1
        run.clear()

    for top, thing in things:
        if isinstance(thing, _PageTable):
            wide = across(thing.bbox[0], thing.bbox[2], thing.bbox[1])
        else:
            wide = any(across(w["x0"], w["x1"], w["top"]) for w in thing)
        if not wide:
            if isinstance(thing, _PageTable):
                column = _column_of({"x0": thing.bbox[0], "x1": thing.bbox[2]}, gutters)
                thing.order = (region + 1, column or 0, top)
            else:
                run.append(thing)
            continue
        flush()
        region += 1
        if isinstance(thing, _PageTable):
            thing.order = (region, 0, top)
        else:
            m = _make_line(thing, dots)
            m.order = (region, 0, top)
            out.append(m)
    flush()
    return out


def _page_gutters(
    lines: list[list[dict]], width: float, tables: Sequence[tuple[float, float, float, float]]
) -> tuple[list[tuple[float, float]], tuple[float, float] | None]:
    """The gutters of a page set in columns, and None; or else the gutter of columns set in
    part of it only, and the top and bottom of the lines it parts (``_local_gutter``)."""
    if gutters := _gutters(lines, width, list(tables)):
        return gutters, None
    if local := _local_gutter(lines, width):
        return [local[:2]], local[2:]
    return [], None


def _local_gutter(
    lines: list[list[dict]], width: float
) -> tuple[float, float, float, float] | None:
    """The gutter of two columns set side by side in part of a page only (a note app's column
    layout, printed), which lines across the page above and below it cross: a run of six
    lines or more that leave it free, four of them with words on both sides, and lines with
    words on one side only on each (text that flows down each column, not an aligned list of
    terms and what they mean); columns of much the same width near the middle of the page.
    The gutter's left and right edges and the top and bottom of the lines it parts, or None."""
    seconds = sorted(
        seg[0]["x0"]
        for line in lines
        for seg in _segments(line)[1:]
        if 0.35 * width < seg[0]["x0"] < 0.65 * width
    )
    clusters = _aligned(seconds)
    best: tuple[int, float, float, float, float] | None = None
    # (a column's headings may stand a little left of its list's text)
    splits = {min(x for x in seconds if c[0] - 40 <= x <= c[0]) for c in clusters if len(c) >= 4}
    for split in sorted(splits):
        run: list[tuple[list[dict], list[dict]]] = []
        for line in [*sorted(lines, key=lambda ln: ln[0]["top"]), None]:
            left = [w for w in line or [] if w["x1"] < split]
            right = [w for w in line or [] if w["x0"] >= split - _ALIGN]
            # (words on both sides with no column-wide gap between them run across)
            parted = not (left and right) or (
                right[0]["x0"] - left[-1]["x1"] > _COLUMN_GAP * right[0]["size"]
            )
            if line is not None and len(left) + len(right) == len(line) and parted:
                run.append((left, right))
                continue
            both = sum(bool(a and b) for a, b in run)
            only_left = sum(bool(a and not b) for a, b in run)
            only_right = sum(bool(b and not a) for a, b in run)
            if (
                len(run) >= 6
                and both >= 4
                and only_left
                and only_right
                and not _table_rows([a for a, b in run if a and b])
            ):
                lefts = [w for a, _ in run for w in a]
                rights = [w for _, b in run for w in b]
                gap = (max(w["x1"] for w in lefts), min(w["x0"] for w in rights))
                home, edge = min(w["x0"] for w in lefts), max(w["x1"] for w in rights)
                even = 0.6 <= (edge - gap[1]) / max(gap[0] - home, 1.0) <= 1.6
                tops = [w["top"] for a, b in run for w in a + b]
                if gap[1] > gap[0] and even and (best is None or both > best[0]):
                    best = (both, *gap, min(tops), max(tops))
            run = []
    return best[1:] if best else None


def _segments(line: list[dict]) -> list[list[dict]]:
    """A line's words in runs separated by column-wide gaps. A line that holds lines set at
    different heights (a table row whose cells a browser centres: a one-line cell beside one
    of two lines) is parted on each of them, left to right."""
    subs: list[list[dict]] = []
    for w in sorted(line, key=lambda w: w["top"]):
        if subs and w["top"] - subs[-1][0]["top"] < 0.5 * w["size"]:
            subs[-1].append(w)
        else:
            subs.append([w])
    runs = []
    for sub in subs:
        sub = sorted(sub, key=lambda w: w["x0"])
        runs.append([sub[0]])
        for prev, w in zip(sub, sub[1:]):
            if w["x0"] - prev["x1"] > _COLUMN_GAP * w["size"]:
                runs.append([w])
            else:
                runs[-1].append(w)
    return sorted(runs, key=lambda r: r[0]["x0"])


def _unruled_tables(
    words: list[dict],
    cards: list[tuple[float, float, float, float]] = (),
    rules: Sequence[tuple[float, float, float]] = (),
) -> tuple[list[_PageTable], list[dict]]:
    """Tables drawn without a grid of ruling lines (web pages printed to PDF): runs of lines
    whose words stand in aligned columns under a header line, unless the columns are ``cards``
    (boxes) side by side; ``rules`` across the page may part their rows. Returns the tables
    and the other words."""
    lines = _group_lines(words)
    tables: list[_PageTable] = []
    rest: list[dict] = []
    i = 0
    while i < len(lines):
        j = i + 1
        while j < len(lines) and _continues(lines[i:j], lines[j]):
            j += 1
        table = _grid(lines[i:j], rules) if j - i >= 3 and len(_segments(lines[i])) >= 2 else None
        if table is not None and _side_by_side(lines[i:j], cards):
            table = None
        if table is None:
            rest += lines[i]
            i += 1
        else:
            tables.append(table)
            i = j
    return tables, rest


def _unruled_tables_by_column(
    words: list[dict],
    cards: list[tuple[float, float, float, float]],
    width: float,
    tables: list[tuple[float, float, float, float]] = (),
    rules: Sequence[tuple[float, float, float]] = (),
) -> tuple[list[_PageTable], list[dict]]:
    """Unruled tables, looked for in each column of a page set in columns: columns side
    by side are no table (their lines would align like one); words across the gutter (a
    title, a wide table) are looked at with neither."""
    lines = _group_lines(words)
    gutters, band = _page_gutters(lines, width, tables)
    if not gutters:
        return _unruled_tables(words, cards, rules)
    columns: list[list[dict]] = [[] for _ in range(len(gutters) + 1)]
    tables, rest, outside = [], [], []
    for w in words:
        if band and not band[0] <= w["top"] <= band[1]:
            outside.append(w)  # the lines above and below columns set in part of the page
            continue
        k = _column_of(w, gutters)
        (rest if k is None else columns[k]).append(w)
    for side in [*columns, outside]:
        found, other = _unruled_tables(side, cards, rules)
        tables += found
        rest += other
    return tables, rest


_CARD_GAP = 6.0  # points between two boxes side by side


def _striped(
    grids: list[list[list]], words: list[dict], rules: list[tuple[float, float]]
) -> list[list[list]]:
    """Tables whose rows are told apart by shading alone come out as pieces, one per run of
    shaded rows: pieces one above the other with the same columns are one table again, each
    unshaded band between them (with words in it) a row of its own, and so is an unshaded
    band under the last piece of such a table down to a thin rule (a row's bottom border)."""

    def edges(grid: list[list]) -> list[tuple[float, float]]:
        return [(c[0], c[2]) for c in grid[0] if c is not None]

    def row_height(grid: list[list]) -> float:  # a band taller than the rows is no row
        return max(max(c[3] - c[1] for c in row if c is not None) for row in grid)

    out: list[list[list]] = []
    striped: set[int] = set()  # tables put together from pieces
    for grid in sorted(
        (g for g in grids if g and g[0]), key=lambda g: g[0][0][1] if g[0][0] else 0
    ):
        prev = out[-1] if out else None
        cols = edges(grid)
        if (
            prev is not None
            and len(cols) > 1
            and len(cols) == len(edges(prev))
            and all(
                abs(a[0] - b[0]) <= 2 and abs(a[1] - b[1]) <= 2 for a, b in zip(cols, edges(prev))
            )
        ):
            top = max(c[3] for c in prev[-1] if c is not None)
            bottom = min(c[1] for c in grid[0] if c is not None)
            band = [(x0, top, x1, bottom) for x0, x1 in cols]
            tall = 1.5 * max(row_height(prev), row_height(grid))
            if 0 <= bottom - top <= tall and (
                bottom - top < 2 or any(_inside(w, band) for w in words)
            ):
                out[-1] = prev + ([band] if bottom - top >= 2 else []) + grid
                striped.add(len(out) - 1)
                continue
        out.append(grid)
    for k, grid in enumerate(out):
        cols = edges(grid)
        if len(cols) < 2 or k not in striped:
            continue
        bottom = max(c[3] for c in grid[-1] if c is not None)
        # the next rule under the table, drawn from its first column on
        below = [
            y
            for x, y in rules
            if abs(x - cols[0][0]) <= 2 and bottom + 2 < y <= bottom + 1.5 * row_height(grid)
        ]
        band = [(x0, bottom, x1, min(below)) for x0, x1 in cols] if below else []
        if band and any(_inside(w, band) for w in words):
            grid.append(band)
    return out


def _side_by_side(lines: list[list[dict]], cards: list[tuple[float, float, float, float]]) -> bool:
    """Whether the words of ``lines`` sit in two or more boxes beside each other, apart (the
    cells of a table with shaded rows touch)."""
    held = {k for ln in lines for w in ln for k, box in enumerate(cards) if _inside(w, [box])}
    boxes = sorted((cards[k] for k in held), key=lambda b: b[0])
    return any(b[0] >= a[2] + _CARD_GAP for a, b in zip(boxes, boxes[1:]))


def _aligned(xs: list[float]) -> list[list[float]]:
    """Sorted positions in runs that stand within ``_ALIGN`` of the one before."""
    runs: list[list[float]] = []
    for x in xs:
        if runs and x - runs[-1][-1] <= _ALIGN:
            runs[-1].append(x)
        else:
            runs.append([x])
    return runs


def _column_starts(lines: list[list[dict]]) -> list[float]:
    """Where columns start: segment starts that recur (within ``_ALIGN``) on two lines."""
    starts = sorted(seg[0]["x0"] for line in lines for seg in _segments(line))
    return [c[0] for c in _aligned(starts) if len(c) >= 2]


_TABLE_CAPTION = re.compile(r"(?:Table|Tbl\.?|Figure|Fig\.)\s*\d+(?:\.\d+)*\s*[:.]")


def _continues(run: list[list[dict]], line: list[dict]) -> bool:
    """Whether ``line`` goes on with the table-like ``run`` above it: close below it, and with
    column gaps, a word at a later column's start, or only text in a later column (a wrap)."""
    size = line[0]["size"]
    gap = min(w["top"] for w in line) - max(w["bottom"] for w in run[-1])
    if gap > 1.5 * size:
        return False
    if _TABLE_CAPTION.match(" ".join(w["text"] for w in line)):
        return False  # "Table 1: ...", set under the table: no row of it
    later = _column_starts(run[1:])[1:]
    if len(run) >= 3 and any(
        w["x0"] < c - _ALIGN and w["x1"] > c + _ALIGN for w in line for c in later
    ):
        return False  # a word across a column's start: running text, no row of the table
    # (the left edge of the lines so far: a header's first cell may be empty)
    if len(_segments(line)) >= 2 or line[0]["x0"] > min(w["x0"] for ln in run for w in ln) + size:
        return True
    return any(abs(w["x0"] - c) <= _ALIGN for w in line[1:] for c in later)


def _row_ruled_tables(
    words: list[dict], rules: Sequence[tuple[float, float, float]]
) -> tuple[list[_PageTable], list[dict]]:
    """Tables whose rows are parted by rules of one width and whose columns by whitespace
    alone (a web page's table with row borders, printed): three rules or more, one above the
    other, with words between each two, and the line right above the first (the header).
    Their columns are found as an unruled table's (``_grid``). Returns the tables and the
    other words."""
    stacks: list[list[tuple[float, float, float]]] = []
    for y, pieces in sorted(_rule_spans(rules).items()):
        for x0, x1 in pieces:
            stack = next(
                (t for t in stacks if abs(t[-1][0] - x0) <= 3 and abs(t[-1][1] - x1) <= 3), None
            )
            if stack is not None and y - stack[-1][2] <= 2.5:
                continue  # a thick rule's two edges: one rule
            if stack is not None:
                stack.append((x0, x1, float(y)))
            else:
                stacks.append([(x0, x1, float(y))])
    tables: list[_PageTable] = []
    taken: set[int] = set()
    for stack in stacks:
        x0, x1 = stack[0][0], stack[0][1]
        within = [w for w in words if w["x0"] >= x0 - 2 and w["x1"] <= x1 + 2]

        runs: list[list[float]] = [[stack[0][2]]]
        for (_, _, a), (_, _, b) in zip(stack, stack[1:]):
            if _row_like([w for w in within if a < w["top"] and w["bottom"] < b], x1 - x0):
                runs[-1].append(b)
            else:
                runs.append([b])
        for ys in runs:
            if len(ys) < 3:
                continue
            inside = [w for w in within if ys[0] < w["top"] and w["bottom"] < ys[-1] + 1]
            if not inside:
                continue
            size = min(w["size"] for w in inside)
            lines = _group_lines([w for w in within if w["bottom"] <= ys[0] + 1])
            # the header stands right above the first rule, or is the first row (a shaded
            # header's box drew the rule above it)
            near = lines and ys[0] - max(w["bottom"] for w in lines[-1]) <= 1.2 * size
            starts = _column_starts(_group_lines(inside))
            if near and not all(  # (a caption above a boxed header is no header)
                any(abs(seg[0]["x0"] - c) <= _ALIGN for c in starts) for seg in _segments(lines[-1])
            ):
                near = False
            # three rules with one line between the first two (LaTeX's booktabs: top rule,
            # header, mid rule, rows, bottom rule): the header is that line, what stands
            # above is the caption, and the rows under the mid rule are parted by whitespace
            booktabs = (
                len(ys) == 3 and len(_group_lines([w for w in inside if w["top"] < ys[1]])) == 1
            )
            if booktabs:
                near = False
            region = [*(lines[-1] if near else []), *inside]
            table = _grid(_group_lines(region), rules, by_line=booktabs)
            if table is not None:
                tables.append(table)
                taken |= {id(w) for w in region}
    return tables, [w for w in words if id(w) not in taken]


def _row_like(words: list[dict], width: float) -> bool:
    """Whether the words between two rules ``width`` wide can be a table's row: a few lines,
    none of them running text across the columns (a section between rules under headings is
    no row)."""
    lines = _group_lines(words)
    return 0 < len(lines) <= _ROW_LINES and not any(
        len(_segments(line)) == 1 and line[-1]["x1"] - line[0]["x0"] > 0.6 * width for line in lines
    )


def _rule_spans(rules: Sequence[tuple[float, float, float]]) -> dict[int, list[list[float]]]:
    """Horizontal rules by height (to the point), left to right, a cell's rule joined to the
    next cell's where they meet: the rules one row border is drawn with."""
    spans: dict[int, list[list[float]]] = {}
    for x0, x1, y in sorted(rules, key=lambda r: (round(r[2]), r[0])):
        pieces = spans.setdefault(round(y), [])
        if pieces and x0 <= pieces[-1][1] + 2:
            pieces[-1][1] = max(pieces[-1][1], x1)
        else:
            pieces.append([x0, x1])
    return spans


def _ruled_between(
    lines: list[list[dict]], rules: Sequence[tuple[float, float, float]]
) -> list[bool]:
    """For each line after the first, whether a rule across the lines' width stands between it
    and the line above (a table's row borders; a cell's rules are pieces side by side)."""
    left = min(w["x0"] for line in lines for w in line)
    right = max(w["x1"] for line in lines for w in line)
    across = [
        y
        for y, parts in _rule_spans(rules).items()
        if sum(max(0.0, min(x1, right + 20) - max(x0, left - 20)) for x0, x1 in parts)
        >= 0.8 * (right - left)
    ]
    return [
        any(
            max(w["bottom"] for w in above) - 1 <= y <= min(w["top"] for w in line) + 1
            for y in across
        )
        for above, line in zip(lines, lines[1:])
    ]


def _grid(
    lines: list[list[dict]], rules: Sequence[tuple[float, float, float]] = (), by_line: bool = False
) -> _PageTable | None:
    """The table of a header line and the lines under it, or None when the columns do not align
    or the cells read as running text (a two-column page is not a table). Rows are parted by
    whitespace, or by the ``rules`` drawn between them where there are such (a cell's lines
    may then stand as far apart as rows do)."""
    cols = _column_starts(lines[1:])
    segs = [seg for line in lines[1:] for seg in _segments(line) if len(_segments(line)) >= 2]
    aligned = sum(any(abs(s[0]["x0"] - c) <= _ALIGN for c in cols) for s in segs)
    if len(cols) < 2 or aligned < 0.9 * len(segs):
        return None

    def column(w: dict, by_center: bool = False) -> int:
        x = (w["x0"] + w["x1"]) / 2 if by_center else w["x0"] + _ALIGN
        return max([k for k, c in enumerate(cols) if c <= x] or [0])

    if re.fullmatch(r"\d+(?:\.\d+)+\.?|\d+\.", lines[0][0]["text"]):
        return None  # "3.1 Regularisation": a numbered title over the lines, no header
    header = [[] for _ in cols]
    # (a header's words stand over the column of their phrase: "Item meta." centred over a
    # column of "yes" and "no" narrower than it, its first word over the gutter before)
    spans: dict[int, list[float]] = {}
    for line in lines[1:]:
        for w in line:
            lo_hi = spans.setdefault(column(w), [w["x0"], w["x1"]])
            lo_hi[0], lo_hi[1] = min(lo_hi[0], w["x0"]), max(lo_hi[1], w["x1"])
    for seg in _segments(lines[0]):
        left, right = seg[0]["x0"], max(w["x1"] for w in seg)
        middle = (left + right) / 2
        under = [k for k, (lo, hi) in spans.items() if lo - 1 <= middle <= hi + 1]
        covered = [k for k, (lo, hi) in spans.items() if left <= (lo + hi) / 2 <= right]
        if len(under) == 1 and covered in ([], under):
            header[under[0]] += seg
        else:
            for w in seg:
                header[column(w, by_center=True)].append(w)
    if any(len(h) > 8 for h in header) or sum(bool(h) for h in header) < 2:
        return None
    ruled = _ruled_between(lines[1:], rules)
    bands: list[list[dict]] = []
    by_first_column = False
    if by_line:
        # rows set line under line (a booktabs table): each line a row, a line with its
        # first cell empty going on with the row above (below)
        bands = [list(line) for line in lines[1:]]
    elif sum(ruled) >= 2:
        # rules under the rows: a row runs from one rule to the next, however its lines wrap
        for line, parted in zip(lines[1:], [True, *ruled]):
            if parted:
                bands.append([])
            bands[-1] += line
    else:
        body = sorted((w for line in lines[1:] for w in line), key=lambda w: w["top"])
        bottom = -math.inf
        for w in body:
            if bands and w["top"] <= bottom + _ROW_GAP * w["size"]:
                bands[-1].append(w)
            else:
                bands.append([w])
            bottom = max(bottom, w["bottom"]) if len(bands[-1]) > 1 else w["bottom"]
        # rows set as close as a cell's wrapped lines (a word processor's table without
        # borders): a line with words in the first column opens a row
        split = (
            [row for band in bands for row in _rows_by_first_column(band, column)]
            if len(cols) >= 3  # (two columns so set are a list's terms and their text)
            else bands
        )
        by_first_column, bands = len(split) > len(bands), split
    rows = [[_cell_text(h) for h in header]]
    for band in bands:
        cells = [[] for _ in cols]
        for w in band:
            cells[column(w)].append(w)
        cells = [_cell_text(c) for c in cells]
        if len(rows) > 2 and cells[0] and not any(cells[1:]) and by_first_column:
            # a first cell wrapped onto a line of its own: it goes on with the row above
            rows[-1][0] = _join([rows[-1][0], cells[0]])
            continue
        if (len(rows) > 1 or by_first_column) and not cells[0] and any(cells[1:]):
            # a line wrapped in a later column, as close below as the rows are to each
            # other: it goes on with the row above, not a row of its own
            rows[-1] = [_join([a, b]) if a and b else a or b for a, b in zip(rows[-1], cells)]
        else:
            rows.append(cells)
    if sum(len(r[0].split()) <= 8 for r in rows[1:]) < 0.8 * (len(rows) - 1):
        return None  # first cells of running text are long: not a table
    if _keyed_rows(rows):
        return None  # lines of a bold key and its text, the first no header: a glossary's
    if (
        _marker_only(rows[0][0])
        and 2 * sum(map(_marker_only, (r[0] for r in rows[1:]))) >= len(rows) - 1
    ):
        # a list whose bullets stand apart from its items' text (a justified line after it may
        # open with a gap as wide as a column's)
        return None
    every = [w for line in lines for w in line]
    bbox = (
        min(w["x0"] for w in every),
        min(w["top"] for w in every),
        max(w["x1"] for w in every),
        max(w["bottom"] for w in every),
    )
    return _PageTable(_plain_header(rows), bbox)


def _rows_by_first_column(band: list[dict], column: Callable[[dict], int]) -> list[list[dict]]:
    """A band of lines set at one pitch, in rows: each line with words in the first column
    opens one, when three lines or more do (one row's lines keep together otherwise)."""
    # (lines that overlap are one: a row whose cells a browser centres, a one-line cell
    # beside one of three lines)
    lines = _group_lines(band)
    opening = [any(column(w) == 0 for w in line) for line in lines]
    if sum(opening) < 3:
        return [band]
    rows: list[list[dict]] = []
    for line, opens in zip(lines, opening):
        if opens or not rows:
            rows.append([])
        rows[-1] += line
    return rows


def _keyed_rows(rows: list[list[str]]) -> bool:
    """Whether a table's first line is set as its rows are, a bold key and plain text after it
    ("**Zorb** streams rows" over "**Quill** keeps them"): no header, so no table; lines of
    terms and what they are, aligned."""

    def shape(row: list[str]) -> tuple[bool, ...]:
        return tuple(bool(re.fullmatch(r"\*\*[^*]+\*\*", c.strip())) for c in row if c.strip())

    keyed = (True,) + (False,) * (len(rows[0]) - 1)
    return shape(rows[0]) == keyed and sum(shape(r) == keyed for r in rows[1:]) >= 0.8 * (
        len(rows) - 1
    )


def _marker_only(cell: str) -> bool:
    """Whether a cell holds nothing or a list marker alone ("•", "2.", a glyph with no
    Unicode, which reads as nothing)."""
    cell = cell.strip()
    return not cell or cell in _MARKS or bool(_NUMBER.match(cell) or _CID.fullmatch(cell))


def _plain_header(rows: list[list[str]]) -> list[list[str]]:
    """Header cells are bold by convention: their text, as in a Markdown table's header."""
    return [[html.escape(plain(c), quote=False) for c in rows[0]], *rows[1:]]


def _cell_text(words: list[dict]) -> str:
    """A cell's words, line by line, bold runs as ``**x**``, wrapped lines joined."""
    if not words:
        return ""
    lines = [_make_line(line, []) for line in _group_lines(words)]
    return html.escape(_join([x.raw for x in lines]), quote=False)


_BOX_LINES = 6  # a table's cells hold a few lines; boxes of notes laid out in a grid, many


def _boxes_laid_out(cells: list[tuple[float, float, float, float]], words: list[dict]) -> bool:
    """Whether ruled "cells" are boxes of notes laid out side by side (a cram sheet's grid):
    most of those with text hold many lines of it."""
    counts = [len(_group_lines([w for w in words if _inside(w, [c])])) for c in cells]
    counts = sorted(n for n in counts if n)
    return bool(counts) and counts[len(counts) // 2] >= _BOX_LINES


def _cell_items(
    words: list[dict], bbox: tuple[float, float, float, float] | None
) -> list[tuple[float, str]]:
    """A ruled cell's items, each with the top of its first line: a line that ends short of
    the cell's edge (or a bulleted line) ends an item, a line wrapped at the edge goes on."""
    inside = [w for w in words if _inside(w, [bbox])] if bbox is not None else []
    if not inside:
        return []
    lines = [_make_line(line, []) for line in _group_lines(inside)]
    right = bbox[2] - (min(w["x0"] for w in inside) - bbox[0])  # padding as on the left
    items = [(lines[0].top, lines[0].raw)]
    for prev, line in zip(lines, lines[1:]):
        first = line.raw.split(" ", 1)[0]
        short = prev.x1 < right - (len(first) * 0.6 + 1) * line.size
        if short or line.marker:
            items.append((line.top, line.raw))
        else:
            items[-1] = (items[-1][0], _join([items[-1][1], line.raw]))
    return items


def _unspanned(grid: list[list], words: Sequence[dict] = ()) -> list[list]:
    """A ruled grid whose rows alternate a filled band (its cells' edges drawn) and a bare
    one (no edge between its cells, pdfme's striped tables): the bare rows read as one cell
    across the table; cut at the columns the full rows draw. So are the bare rows under a
    header alone drawn with its cells (react-pdf's tables, rules between the rows only), when
    their ``words`` stand in two columns or more and none across a column's edge."""
    full = [row for row in grid if row and all(c is not None for c in row)]
    if not full or len({len(row) for row in full}) != 1:
        return grid
    columns = [(row_cells[0], row_cells[2]) for row_cells in full[0]]

    def bare(row: list) -> bool:
        first = row[0] if row else None
        return (
            len(row) == len(columns) > 1
            and first is not None
            and all(c is None for c in row[1:])
            and first[2] >= columns[-1][1] - 1
        )

    if len(full) == 1:
        if full[0] is not grid[0] or len(grid) < 3:
            return grid
        for row in grid[1:]:
            inside = [w for w in words if _inside(w, [row[0]])] if bare(row) else []
            if not inside or any(
                w["x0"] < x0 - 1 < w["x1"] or w["x0"] < x1 - 1 < w["x1"]
                for w in inside
                for x0, x1 in columns[1:]
            ):
                return grid
            if (
                len(
                    {
                        k
                        for w in inside
                        for k, (x0, x1) in enumerate(columns)
                        if x0 - 1 <= w["x0"] < x1
                    }
                )
                < 2
            ):
                return grid
    out = []
    for row in grid:
        if bare(row):
            first = row[0]
            row = [(x0, first[1], x1, first[3]) for x0, x1 in columns]
        out.append(row)
    return out


def _ruled_cell(words: list[dict], bbox: tuple[float, float, float, float] | None) -> str:
    """A ruled cell's text as cell HTML: bold kept, its items (``_cell_items``) apart by
    ``<br>``."""
    items = _cell_items(words, bbox)
    # each item's text escaped, the <br> between items kept as markup
    return "<br>".join(_BOLD_RUN.sub(r"<b>\1</b>", html.escape(x, quote=False)) for _, x in items)


def _stacked_rows(row: list, words: list[dict]) -> list[list]:
    """A ruled row that holds several rows no rule parts (a box drawn round the table, a rule
    under its header only): when the first cell holds two lines or more and every other
    cell's items start on exactly those lines, one row for each. (A name wrapped in the first
    cell is no two rows: the lines must be items of their own there, or another cell's
    items must run over several lines.)"""
    if row[0] is None or sum(c is not None for c in row) < 2:
        return [row]
    lines = _group_lines([w for w in words if _inside(w, [row[0]])])
    tops = [min(w["top"] for w in line) for line in lines]
    if len(tops) < 2:
        return [row]
    wrapped = len(_cell_items(words, row[0])) == len(tops)
    filled = 0
    for cell in row[1:]:
        items = _cell_items(words, cell)
        if not items:
            continue
        theirs = [top for top, _ in items]
        if len(theirs) != len(tops) or any(abs(a - b) > 2 for a, b in zip(theirs, tops)):
            return [row]
        filled += 1
        wrapped = wrapped or len(_group_lines([w for w in words if _inside(w, [cell])])) > len(
            items
        )
    if not filled or not wrapped:
        return [row]
    cuts = [row[0][1], *(top - 1 for top in tops[1:]), row[0][3]]
    return [
        [None if c is None else (c[0], y0, c[2], y1) for c in row] for y0, y1 in zip(cuts, cuts[1:])
    ]


def _inside(obj: dict, boxes: list[tuple[float, float, float, float]]) -> bool:
    x, y = (obj["x0"] + obj["x1"]) / 2, (obj["top"] + obj["bottom"]) / 2
    return any(x0 <= x <= x1 and top <= y <= bottom for x0, top, x1, bottom in boxes)


_LEADER = re.compile(r"[.·…]+")
_ENTRY_PAGE = re.compile(r"\d{1,4}|[ivxlc]{1,6}")  # a contents entry's page: "12", "iv"


def _without_contents(words: list[dict]) -> list[dict]:
    """A page's words without its table of contents: three or more lines in a row, each
    a title and the number of its page at the right edge they share, dots leading to the
    number on some ("1.2 Threshold-free measures . . . . . 2"); the titles are the
    document's headings, read where they stand."""
    lines = _group_lines(words)

    def entry(line: list[dict]) -> tuple[float, bool] | None:
        """(right edge, led by dots) of a contents entry; None for other lines."""
        if len(line) < 2 or not _ENTRY_PAGE.fullmatch(line[-1]["text"]):
            return None
        before = [w for w in line[:-1] if not _LEADER.fullmatch(w["text"])]
        dots = len(line) - 1 - len(before)
        gap = line[-1]["x0"] - line[-2]["x1"]
        if not before or not (dots >= 3 or gap > 3 * line[-1]["size"]):
            return None
        return line[-1]["x1"], dots >= 3

    dropped: set[int] = set()
    run: list[tuple[list[dict], float, bool]] = []
    for line in [*lines, []]:
        got = entry(line) if line else None
        if got and (not run or abs(got[0] - run[0][1]) <= 2):
            run.append((line, *got))
            continue
        if len(run) >= 3 and any(led for _, _, led in run):
            dropped.update(id(w) for ln, _, _ in run for w in ln)
        run = [(line, *got)] if got else []
    return [w for w in words if id(w) not in dropped] if dropped else words


def _group_lines(words: list[dict]) -> list[list[dict]]:
    """Words that overlap vertically form a line, left to right."""
    lines: list[list[dict]] = []
    bottom = -math.inf
    for w in sorted(words, key=lambda w: (w["top"], w["x0"])):
        height = max(w["bottom"] - w["top"], 1)
        if lines and bottom - w["top"] > 0.3 * height:
            lines[-1].append(w)
            bottom = max(bottom, w["bottom"])
        else:
            lines.append([w])
            bottom = w["bottom"]
    return [sorted(line, key=lambda w: w["x0"]) for line in lines]


def _without_note_marks(words: list[dict]) -> list[dict]:
    """A line's words without its footnote marks: a number (or *, †) set smaller and raised
    after a word ("rows a day.¹ It ..."), which would read as part of the text."""
    if len(words) < 2:
        return words
    sizes = Counter(round(w["size"], 1) for w in words for _ in w["text"])
    body = sizes.most_common(1)[0][0]
    base = max(w["bottom"] for w in words if round(w["size"], 1) == body)
    return [
        w
        for i, w in enumerate(words)
        if not (
            i
            and re.fullmatch(r"\d{1,3}|[*†‡]", clean_text(w["text"]))
            and w["size"] < 0.85 * body
            and w["bottom"] < base - 0.15 * body
        )
    ]


def _make_line(words: list[dict], dots: list[dict]) -> _Line:
    """A line's text, Markdown form, font and list marker (a glyph, a number or a drawn dot)."""
    words = _without_note_marks(words)
    top, bottom = min(w["top"] for w in words), max(w["bottom"] for w in words)
    marker, label, x0, words = _list_marker(words, dots, top, bottom)
    sizes: Counter[float] = Counter()
    parts: list[tuple[str, bool, bool]] = []  # (text, bold, glued to the previous word)
    leading = True  # emphasis that opens a line marks its lead term as bold does
    mono = [bool(_MONOSPACE.search(w["fontname"])) for w in words]
    for i, w in enumerate(words):
        text = clean_text(w["text"])
        text = text[:-1].replace("\u00ad", "") + text[-1:].replace("\u00ad", "-")
        glued = i > 0 and w["x0"] - words[i - 1]["x1"] < _WORD_GAP * w["size"]
        font = w["fontname"]
        leading = leading and bool(_ITALIC_FONT.search(font))
        parts.append((text, bool(_BOLD_FONT.search(font)) or leading, glued))
        if not mono[i] or all(mono):
            # the text's size: code set smaller in a line of text ("set `eta` low") is not it
            sizes[round(w["size"] * 2) / 2] += len(text)
    text = "".join(t if glued or not i else f" {t}" for i, (t, _, glued) in enumerate(parts))
    size = sizes.most_common(1)[0][0] if sizes else 0.0
    bold = bool(words) and all(_BOLD_FONT.search(w["fontname"]) for w in words)
    shown = f"{label} {text}".strip() if label else text
    x1 = max((w["x1"] for w in words), default=x0)
    raw = _markdown(
        [(f"`{t}`" if m and t.strip() else t, b, g) for (t, b, g), m in zip(parts, mono)]
    )
    line = _Line(shown, raw, x0, x1, top, bottom, size, bold, marker)
    line.text_x0 = min((w["x0"] for w in words), default=x0)
    # (not after a section's number: "1.1  The row ledger", a quad after "1.1")
    numbered = bool(words) and bool(re.fullmatch(_NUMBERING, words[0]["text"]))
    line.gapped = any(
        b["x0"] - a["x1"] > _COLUMN_GAP * max(a["size"], b["size"])
        for a, b in zip(words[numbered:], words[numbered + 1 :])
    )
    plain_at = next((i for i, (_, b, _) in enumerate(parts) if not b), 0)
    line.keyed = plain_at > 0 and (
        words[plain_at]["x0"] - words[plain_at - 1]["x1"] > _COLUMN_GAP * words[plain_at]["size"]
    )
    if line.keyed and not marker and (m := re.match(r"\*\*([^*]+?)\*\*(?=\s+[^\s:–—-])", raw)):
        # "**Recall**      TP / (TP + FN)": a key set apart from its text is a term, the text
        # after it what it is (as "**Recall:** ..." says)
        line.raw = f"**{m[1]}:**{raw[m.end() :]}"
    return line


_DINGBATS = re.compile(r"Dingbats|Wingdings|Webdings", re.I)


def _list_marker(
    words: list[dict], dots: list[dict], top: float, bottom: float
) -> tuple[str, str, float, list[dict]]:
    """(kind, marker as shown, where it starts, the words after it) of a line's list marker."""
    first = words[0]
    head = clean_text(first["text"])
    if not head and _CID.fullmatch(first["text"].strip()) and len(words) > 1:
        # a glyph with no Unicode of its own before a line's words: a dingbat bullet
        # (ReportLab's list bullets print as "(cid:127)")
        return "bullet", "•", first["x0"], words[1:]
    if not head:  # a glyph with no text of its own, not first: the words are the line
        return "", "", first["x0"], words
    if len(head) == 1 and len(words) > 1 and _DINGBATS.search(first.get("fontname", "")):
        # a letter of a font of signs before a line's words: a bullet ("l" in ZapfDingbats
        # is a filled circle, as borb and other PDF writers print list bullets)
        return "bullet", "•", first["x0"], words[1:]
    if _NUMBER.match(head):
        return "number", head, first["x0"], words[1:]
    if head in _MARKS or head[0] in _GLYPHS:
        rest = head.lstrip(_GLYPHS).strip() if head not in _MARKS else ""
        return (
            "bullet",
            head[0],
            first["x0"],
            ([{**first, "text": rest}] if rest else []) + words[1:],
        )
    for d in dots:
        middle = (d["top"] + d["bottom"]) / 2
        if top <= middle <= bottom and 0 <= first["x0"] - d["x1"] < 3 * first["size"]:
            return "bullet", "•", d["x0"], words
    return "", "", first["x0"], words


def _markdown(parts: list[tuple[str, bool, bool]]) -> str:
    """Words joined into Markdown inline text, each run of bold words as one **run**."""
    out: list[str] = []
    in_bold = False
    for i, (text, bold, glued) in enumerate(parts):
        sep = "" if glued or not i else " "
        if bold and not in_bold:
            out.append(f"{sep}**")
            sep = ""
        elif in_bold and not bold:
            out.append("**")
        out.append(sep + text)
        in_bold = bold
    return "".join(out) + ("**" if in_bold else "")


_COMMON_ZIPF = 6.0  # "of", "the", "and": words too common to mark a running header


def _mark_running(pages: list[_Page]) -> None:
    """Mark what is not content: table-of-contents lines, and in the margins page numbers and
    lines repeated at one place on half the pages (or three; two if they end in a number)."""
    from wordfreq import zipf_frequency

    margins = [
        (page, line)
        for page in pages
        for line in page.items
        if isinstance(line, _Line)
        and (line.top < _MARGIN * page.height or line.bottom > (1 - _MARGIN) * page.height)
    ]

    # the lines of a margin at one height make one row: a header a page's columns split in
    # two ("12/2/26, 1:35 PM Notes" | "- Ann Lee") is the one line other pages print whole
    rows: dict[tuple[int, int], list[_Line]] = {}
    for page, line in margins:
        rows.setdefault((page.number, round(line.top / 4)), []).append(line)

    def key(at: int, lines: list[_Line]) -> tuple[str, int]:
        text = " ".join(x.text for x in sorted(lines, key=lambda x: x.x0))
        return re.sub(r"\d+", "#", text.lower()), at

    seen = Counter(key(at, lines) for (_, at), lines in rows.items())
    # a page's first and last row whose one end repeats at one height, in small print: a
    # course's name on the left and the page's section on the right ("Bootcamp · Module 4
    # 4. Vision"), not a slide's title in large print
    sizes = Counter(round(x.size) for page in pages for x in page.items if isinstance(x, _Line))
    body = sizes.most_common(1)[0][0] if sizes else 0
    ends = {
        (number, min(ats) if edge == "top" else max(ats))
        for number in {n for n, _ in rows}
        for edge in ("top", "bottom")
        if (ats := [at for n, at in rows if n == number])
    }

    def halves(at: int, lines: list[_Line]) -> list[tuple[str, str, int]]:
        """Its first two words and its last two, none of them a word English uses all the
        time (two pages' last lines may both end "of the")."""
        words = key(at, lines)[0].split()
        if len(words) < 3:
            return []
        return [
            (end, " ".join(two), at)
            for end, two in (("<", words[:2]), (">", words[-2:]))
            if all(zipf_frequency(w, "en") < _COMMON_ZIPF for w in two)
        ]

    seen_halves = Counter(
        h
        for (number, at), lines in rows.items()
        if (number, at) in ends
        for h in set(halves(at, lines))
    )
    with_text = sum(1 for p in pages if p.items)
    need = max(2, min(3, math.ceil(with_text / 2)))
    for (number, at), lines in rows.items():
        text = " ".join(x.text for x in sorted(lines, key=lambda x: x.x0))
        numbered = _NUMBERED_END.search(text)  # "Chapter 2: Setup 4" heads a book's pages
        running = seen[key(at, lines)] >= (2 if numbered else need) or (
            (number, at) in ends
            and all(round(x.size) <= body for x in lines)
            and any(seen_halves[h] >= need for h in halves(at, lines))
        )
        for line in lines:
            line.running = running or bool(_PAGE_NUMBER.match(line.text))
    for page in pages:
        for line in page.items:
            if isinstance(line, _Line) and _TOC_LINE.search(line.text):
                line.running = True
        # a page's number alone on its last line, above a wide bottom margin (LaTeX's)
        lines = [x for x in page.items if isinstance(x, _Line)]
        last = max(lines, key=lambda x: x.bottom, default=None)
        if last is not None and last.top > 0.7 * page.height and _PAGE_NUMBER.match(last.text):
            last.running = True


def _hold_box(content: list, page: int) -> tuple[list, list[_Line]]:
    """A page's content without the box that ends it beside its last paragraph, when the
    page break cuts that paragraph (the box is read after it ends on the next page); the box's
    lines, or none."""
    cut = len(content)
    while cut and isinstance(content[cut - 1], _Line) and content[cut - 1].aside:
        cut -= 1
    tail, box = (content[cut - 1] if cut else None), content[cut:]
    if not box or not isinstance(tail, _Line):
        return content, []
    right = max((x.x1 for x in content[:cut] if isinstance(x, _Line)), default=0.0)
    beside = tail.bottom > min(x.top for x in box) and tail.x1 < min(x.x0 for x in box)
    if tail.text.rstrip().endswith((".", ":", "!", "?", ")", '"')) or not (
        tail.x1 >= 0.92 * right or beside
    ):
        return content, []
    for x in box:
        x.page = page
    return content[:cut], box


_NEAR = 0.7  # ems of space between two lines of one paragraph, at most ...
_LEADING_SLACK = 1.25  # ... or 1.25 times the space a document's body lines leave
_MOST_NEAR = 1.6  # (never more than this many ems: a wider space parts paragraphs)


def _near_gap(pages: list[_Page], body: float) -> float:
    """The space (in ems) two lines of one paragraph may leave between them: wider than
    usual when a document sets its lines loosely (a web page printed with a line height of
    1.7), so that the space between its body lines is no paragraph break."""
    gaps: Counter[float] = Counter()
    for page in pages:
        lines = [x for x in page.items if isinstance(x, _Line) and not x.running]
        for a, b in zip(lines, lines[1:]):
            # (a sentence going on from one line to the next: surely one paragraph's)
            going_on = not a.text.rstrip().endswith((".", ":", "!", "?")) and b.text[:1].islower()
            if a.size == b.size == body and going_on and not b.marker and b.top > a.bottom:
                gaps[round((b.top - a.bottom) / body, 1)] += 1
    if sum(gaps.values()) < 5:
        return _NEAR
    usual = gaps.most_common(1)[0][0]
    return min(max(_NEAR, _LEADING_SLACK * usual), _MOST_NEAR)


class _Assembler:
    """Lines and tables → blocks: headings by font, list nesting by indent, paragraphs by spacing."""

    def __init__(self, document: str, pages: list[_Page]):
        self.document = document
        self.blocks: list[Block] = []
        self.headings: list[tuple[int, str]] = []
        self.items: list[tuple[float, ListItem]] = []  # open list items by marker position
        self.open: list[_Line] = []  # the lines of the block being read
        self.titled = 0  # an open item's title lines, over its own paragraph (a toggle's)
        self.kind, self.level, self.page = "", 0, 0
        self.carry = False  # the open block may go on at the top of this page
        self.right = 0.0  # the right edge of the text on the page being read
        lines = [x for p in pages for x in p.items if isinstance(x, _Line) and not x.running]
        sizes: Counter[float] = Counter()
        for line in lines:
            sizes[line.size] += len(line.text)
        self.body = sizes.most_common(1)[0][0] if sizes else 0.0
        self.larger = sorted({x.size for x in lines if x.size >= self.body * _LARGER}, reverse=True)
        self.near = _near_gap(pages, self.body)
        held: list[_Line] = []  # a box's lines beside a paragraph the page break cut
        pending: list[_Line] = []  # held on an earlier page, until that paragraph ends
        for page in pages:
            last = self.open[-1] if self.open else None
            # a paragraph cut off by the page break ("... and" | "warm start, which ...")
            # goes on at the top of the next page
            self.carry = (
                self.kind in ("paragraph", "item")
                and last is not None
                and not last.text.rstrip().endswith((".", ":", "!", "?", ")", '"'))
                # a full line (or one a box beside it cut short): the break cut the text
                and (last.x1 >= 0.92 * self.right or bool(held))
            ) or (
                # a description list's term alone at the foot of a page: its text is over
                self.kind == "paragraph"
                and len(self.open) == 1
                and bool(_CODE_TERM.match(self.open[0].raw))
            )
            if not self.carry:
                self.close()
            carried = self.open[0] if self.carry else None
            self.page = page.number
            content = [x for x in page.items if not (isinstance(x, _Line) and x.running)]
            pending, held = pending + held, []
            if pending and carried is None:
                self._boxed(pending)
            if page is not pages[-1]:
                content, held = _hold_box(content, page.number)
            # where this page's lines end on the right (the text column's edge)
            self.right = max((x.x1 for x in content if isinstance(x, _Line)), default=0.0)
            for i, thing in enumerate(content):
                if isinstance(thing, _PageTable):
                    # the page's first table, under nothing but a few lines of text (what
                    # the page break cut off a row: it may go on a table from the page before)
                    above = content[:i]
                    opens = len(above) <= 6 and all(
                        isinstance(x, _Line) and not self.heading_level(x) for x in above
                    )
                    self.table(thing, first_on_page=opens)
                else:
                    thing.page = page.number
                    self.line(thing)
                self.carry = False
                if pending and carried is not None and carried not in self.open:
                    # the paragraph from the page before has ended: the held box now
                    opened, kind, level = self.open, self.kind, self.level
                    self.open = []
                    self._boxed(pending)
                    self.open, self.kind, self.level = opened, kind, level
                    carried = None
        self.close()
        self._boxed(pending + held)

    def _boxed(self, lines: list[_Line]) -> None:
        """Read a held box's lines as blocks of their own, and let them go."""
        for x in lines:
            self.line(x)
        self.close()
        lines.clear()

    def heading_level(self, line: _Line) -> int:
        """1… for the larger font sizes, largest first, then bold short lines; 0 for text."""
        if len(line.text) > 200 or (line.marker and line.marker != "number") or line.aside:
            return 0
        if line.size >= self.body * _LARGER:  # "1. Data Preparation" in a larger font too
            return min(self.larger.index(line.size) + 1, 6)
        if (
            line.marker == "number"
            and line.bold
            and len(line.text.split()) <= 12
            and not line.text.rstrip().endswith((".", ":", ";", ","))
            and (number := _SECTION_NUMBER.match(line.text))
        ):
            # "6. Safe deployment" in bold at the text's size (groff's numbered headings):
            # a section, one level deeper for each further number ("6.1")
            return min(len(self.larger) + _depth(number[0]), 6)
        if line.marker:
            return 0
        if line.size >= self.body * _LARGER:
            return min(self.larger.index(line.size) + 1, 6)
        if m := WIKI_TITLE.match(line.text.strip()):  # "== Metrics ==" in typed notes
            return min(len(self.larger) + len(m[1]) - 1, 6)
        if (
            line.bold
            and len(line.text.split()) <= 12
            and not line.text.endswith((".", ":"))
            and not line.gapped  # (a table's header row, its cells set apart)
        ):
            # a bold line ending in a colon leads in what follows ("**Variants:**"), as in
            # Markdown: a paragraph's lead term, not a heading; "2.1. Roles" under "2. Access"
            number = _SECTION_NUMBER.match(line.text)
            return min(len(self.larger) + (_depth(number[0]) if number else 1), 6)
        return 0

    def line(self, line: _Line) -> None:
        level = self.heading_level(line)
        last = self.open[-1] if self.open else None
        near = last is not None and line.top - last.bottom < self.near * last.size
        if (
            level
            and near
            and self.kind in ("paragraph", "item")
            and line.size == last.size
            and not last.text.rstrip().endswith((".", ":", "!", "?", ")", '"'))
            and (line.text[:1].islower() or last.x1 >= 0.92 * (last.edge or self.right))
        ):
            level = 0  # a bold run wrapped onto a line of its own ("It detects **entities, key |
            # phrases, sentiment** ...") goes on with its sentence: it is no heading
        if line.column_top and last is not None:
            # the right column's first line goes on with the left's last only as over a
            # page break: when that line was a full one
            near = (
                not level
                and not line.marker
                and line.size == last.size
                and not last.text.rstrip().endswith((".", ":", "!", "?", ")", '"'))
                and last.x1 >= 0.92 * (last.edge or self.right)
            )
        if self.carry and last is not None and not level and not line.marker:
            near = line.size == last.size  # a paragraph going on from the page before
        if (
            near
            and self.kind == "paragraph"
            and _BOLD_LEAD.match(line.raw)
            and (
                last.text.rstrip().endswith((".", ";", ")", "!", "?"))
                or last.x1 < 0.92 * (last.edge or self.right)
            )
        ):
            near = False  # "**Poisson:** discrete; ..." under a line that ended: a new term
        if (
            near
            and self.kind == "paragraph"
            and line.raw.startswith("**")
            and self.open[0].raw.startswith("**")
            and abs(line.x0 - self.open[0].x0) <= 2
            and (
                all(x.x0 > self.open[0].x0 + 4 for x in self.open[1:])
                if len(self.open) > 1
                # (a term of one line: it ended, or stopped short of its column's edge, or
                # both are keys set apart from their text, as a reference card aligns them)
                else last.text.rstrip().endswith((".", ";", ")", "!", "?"))
                or last.x1 < 0.92 * (last.edge or self.right)
                or (last.keyed and line.keyed)
            )
        ):
            # a description list: each term in bold at the margin, its text's further lines
            # set in under it (a hanging indent); a bold term back at the margin is the next
            near = False
        if (
            near
            and not level
            and self.kind == "paragraph"
            and len(self.open) > 1
            and last.text.rstrip().endswith((".", "!", "?"))
            and last.x1 - self.open[0].x0 < 0.75 * ((last.edge or self.right) - self.open[0].x0)
        ):
            # a sentence's end on a line that stops well short of the column's edge, under
            # lines that ran to it, ends its paragraph ("... + constraints.json." | "Model
            # Monitor schedules ..."): the next line opens another
            near = False
        if not level and not line.marker and _CODE_TERM.match(line.raw):
            # a description list's term set as code at the margin ("`flush_rows` **(required)**"
            # over its text set in under it) opens its own block
            near = False
        elif (
            not level
            and not line.marker
            and self.kind == "paragraph"
            and len(self.open) >= 1
            and _CODE_TERM.match(self.open[0].raw)
            and line.x0 > self.open[0].x0 + 4
            and (self.carry or line.top - last.bottom < 1.2 * max(last.size, line.size))
        ):
            near = True  # the term's text, set in under it (in a size of its own)
            self.open.append(line)
            return
        if level:
            if not (self.kind == "heading" and level == self.level and near):
                self.close()
                self.items.clear()
                self.kind, self.level = "heading", level
            self.open.append(line)
        elif line.marker:
            self.close()
            while self.items and line.x0 <= self.items[-1][0] + 2:
                self.items.pop()  # siblings and deeper items end where a new item starts
            self.kind = "item"
            self.open.append(line)
        elif near and (
            (self.kind == "paragraph" and line.size == last.size)
            or (self.kind == "item" and line.x0 > self.open[0].x0 + 1)
            or (self.titled and self.open and abs(line.x0 - self.open[0].text_x0) <= 2)
        ):
            self.open.append(line)
        elif (
            self.kind == "item"
            and self.open
            and not self.titled
            and not near
            and abs(line.x0 - self.open[0].text_x0) <= 2
            and line.size == self.open[0].size
            and is_title_like(" ".join(x.raw for x in self.open))
        ):
            # a paragraph set in as far as the text of an item that is a title ("Shadow
            # tests", a toggle's) is what the item's title is over: the item's own text
            self.titled = len(self.open)
            self.open.append(line)
        else:
            self.close()
            self.items.clear()
            self.kind = "paragraph"
            self.open.append(line)

    def source(self, start: int, end: int, page: int = 0) -> Source:
        section = tuple(t for _, t in self.headings)
        return Source(self.document, section, start, end, page or self.page)

    def close(self) -> None:
        """Turn the open lines into their block (where it starts: a paragraph going on over a
        page break is sourced on the page it begins on)."""
        lines, self.open = self.open, []
        if not lines:
            return
        page = lines[0].page
        start, end = lines[0].number, max(x.number for x in lines if x.page == page)
        if self.kind == "heading":
            title = clean_heading(" ".join(x.text for x in lines))
            if title:
                while self.headings and self.headings[-1][0] >= self.level:
                    self.headings.pop()
                self.headings.append((self.level, title))
                self.blocks.append(Heading(title, self.level, self.source(start, end)))
            return
        raw = _join([x.raw for x in lines])
        titled, self.titled = self.titled, 0
        if titled:
            raw = f"**{plain(_join([x.raw for x in lines[:titled]]))}:** {_join([x.raw for x in lines[titled:]])}"
        if not raw:
            return
        if (
            self.kind == "paragraph"
            and len(lines) > 1
            and _CODE_TERM.match(lines[0].raw)
            and all(x.x0 > lines[0].x0 + 4 for x in lines[1:])
        ):
            # a term set as code over its text: an item of a description list, as a
            # Markdown or HTML one reads ("- `flush_rows` **(required)**: how many rows")
            raw = f"{lines[0].raw}: {_join([x.raw for x in lines[1:]])}"
            term, text = split_lead(raw)
            self.blocks.append(
                ListItem(text, term, 0, False, self.source(start, end, page), raw=raw)
            )
            return
        term, text = split_lead(raw)
        if self.kind == "paragraph":
            self.blocks.append(Paragraph(text, term, self.source(start, end, page), raw=raw))
            return
        ordered = lines[0].marker == "number"
        item = ListItem(
            text, term, len(self.items), ordered, self.source(start, end, page), raw=raw
        )
        if self.items:
            self.items[-1][1].children.append(item)
        self.items.append((lines[0].x0, item))
        self.blocks.append(item)

    def table(self, table: _PageTable, first_on_page: bool) -> None:
        """A table; one that opens a page and lacks the header of the table ending the page
        before continues it (under that header, with rows on its own page)."""
        self.close()
        self.items.clear()
        header, rows = table.rows[0], list(zip(table.rows[1:], table.numbers[1:]))
        # the table before, with at most a few cut-off row lines after it
        tail = 0
        while tail < min(3, len(self.blocks)) and isinstance(self.blocks[-1 - tail], Paragraph):
            tail += 1
        prev = self.blocks[-1 - tail] if len(self.blocks) > tail else None
        if (
            first_on_page
            and isinstance(prev, Table)
            and prev.source.page == self.page - 1
            and len(header) == len(prev.header)
            and header != prev.header
        ):
            header, rows = prev.header, list(zip(table.rows, table.numbers))
        width = len(header)
        body = [Row(cells + [""] * (width - len(cells)), n) for cells, n in rows]
        source = self.source(table.numbers[0], table.numbers[-1])
        self.blocks.append(Table(header, body, source))


# a line opening with a bold term and its colon: "**Poisson:** discrete", "**Poisson**: ...",
# or a spaced dash: "**Poisson** — discrete"
# a line that is only a term set as code, or several, and a remark in bold or brackets after
# it: "`flush_rows` **(required)**", "`a`, `b`, `c`"
_CODE_TERM = re.compile(
    r"^`[^`]{1,60}`(?:\s*(?:\*\*)?,(?:\*\*)?\s*`[^`]{1,60}`)*"
    r"(?:\s+(?:\*\*\([^()]{1,80}\)\*\*|\([^()]{1,80}\)))?\s*$"
)
_BOLD_LEAD = re.compile(r"^\*\*[^*]{1,60}(?::\*\*|\*\*\s*(?::|[—–-]\s))")


def _join(parts: list[str]) -> str:
    """Lines joined into one text; a word hyphenated at a line end ("informa-", "tion") is mended,
    a name's hyphen before a number kept ("ResNet-" | "50")."""
    out = parts[0]
    for part in parts[1:]:
        bold = out.endswith("-**") and part.startswith("**")  # "**label-o-**" | "**matic**"
        if bold:
            out, part = out[:-2], part[2:]
        if _HYPHENATED.search(out) and (part[:1].isalpha() or part[:1].isdigit()):
            # "informa-" | "tion" is one word; "row-by-" | "row", "fern-" | "kit" keep
            # their hyphen
            before = re.findall(r"[^\W\d_]+", out)[-1]
            after = re.match(r"[^\W\d_]*", part).group()
            compound = "-" in out.rsplit(" ", 1)[-1][:-1]
            joined = part[:1].islower() and not compound and _is_word(before + after)
            out = out[:-1] + part if joined else out + part
        elif re.search(r"\d-$", out) and part[:1].isalpha():
            out += part  # "60-" | "second timeout": a figure's compound keeps its hyphen
        else:
            out = f"{out} {part}"
    return out.replace("** **", " ").strip()  # a bold run that goes on to the next line


def _is_word(word: str) -> bool:
    """An English word, or one the document writes whole elsewhere ("Quillforest")."""
    from wordfreq import zipf_frequency

    return word.lower() in _WRITTEN_WHOLE.get() or zipf_frequency(word.lower(), "en") > 1.5
