"""Markdown → blocks, with a real CommonMark/GFM parser (markdown-it-py) and its line maps.

Every block token of markdown-it carries its source line span, so each heading, table row,
list item and paragraph keeps the exact lines it came from. Two small extensions cover what
cheat sheets exported from PDFs or spreadsheets do that GFM does not:

- **tab tables**: consecutive lines with tab-separated cells are a table (the first line is
  its header; a row whose first cell is empty may start with a tab);
- **tables continued after a page break**: a table whose header repeats the previous table's
  header continues that table (``_add_table``);
- **non-breaking spaces** (editors and PDF converters write "###\u00a0Title") count as spaces,
  character for character, so line maps stay exact;
- **grid tables** (plain-text notes, pandoc and reStructuredText): ``+----+----+`` borders and
  ``|`` columns cut where the border has its ``+``; a cell wrapped over several lines is one
  cell (rows between borders, or a line whose first cell is empty or opens with "(");
- **plain-text habits**: a numbered title over an ``===``/``---`` underline is a heading
  ("1. KINESIS\n====="), not a list item; typewriter "o" bullets (two or more at one indent,
  or after a line that ends with ":") are bullets.

Tables of contents (a "Page" column, or a last column of bare numbers) are dropped.
"""

from __future__ import annotations

import html as html_lib
import re
from functools import cache
from pathlib import Path

from markdown_it import MarkdownIt
from markdown_it.rules_block import StateBlock
from markdown_it.token import Token

from .blocks import Block, Code, Heading, ListItem, Paragraph, Row, Source, Table, descendants
from .document import Document, ParseError, decode_text, split_lines
from .formats import NOTE_ID
from .lexicon import is_plural_noun_phrase
from .text import (
    WIKI_TITLE,
    clean_heading,
    defined_lead,
    glyph_bullet,
    is_title_like,
    plain,
    split_lead,
)
from .transcript import is_transcript, read_transcript

__all__ = [
    "ParseError",
    "markdown_parser",
    "parse_markdown",
    "parse_markdown_document",
    "read_markdown",
]

_TOC_HEADER = re.compile(r"\bpage\b", re.I)
# a spaced-repetition card on one line, its front a question: "What loads rows? :: Gromble"
# (the plugin's own separators, "::" and ":::", need no spaces: "Which loads rows?::Gromble";
# its front may hold a colon and a space: "Gromble: which mode?::Drip")
_CARD_LINE = re.compile(r"^\s*(?P<q>(?:[^:\n]|:(?=\s)){3,200}\?)\s*:{2,3}\s*(?P<a>[^\s:].*)$")
# a card's front the back completes: "... with", "... is", "... stands for"
_COMPLETED = re.compile(
    r"\b(?:with|to|by|for|of|on|in|from|via|using|into|is|are|called)\s*$", re.I
)


def _reversed_card(lines: list[str]) -> str | None:
    """A card written over lines, its front, a line "?" and its back (Obsidian's spaced
    repetition), as one paragraph: "Q: front A: back", or "**front:** back" when the front
    asks nothing; None for other paragraphs."""
    marks = [i for i, line in enumerate(lines) if line.strip() in ("?", "??")]
    if len(marks) != 1 or not 0 < marks[0]:
        return None
    front = _TAG.sub("", " ".join(lines[: marks[0]])).strip()
    back = _TAG.sub("", " ".join(lines[marks[0] + 1 :])).strip()
    if not front:
        return None
    if not back:  # the back is the list below it: the front leads it in
        return f"Q: {front} A:" if front.endswith("?") else f"{front.rstrip(':')}:"
    return f"Q: {front} A: {back}" if front.endswith("?") else f"**{front}:** {back}"


_DEFINES = re.compile(
    r"^\s*([^:=\n]{1,60}?)(?:\s+::\s+|\s*:=\s+|\s*:::\s*|(?<=[^\s:])::(?=[^\s:])"
    r")(?!.*::)(\S.*)$"
)  # "Term :: it", "Term := it", a deck's "Term ::: it" or "Term:::it" (a card both ways),
# "Term::it"; not an outliner's property ("tags:: aws") nor a code path ("AWS::S3::Bucket")
# a vault's inline field of two words or more: "Monitor kinds:: A, B" (one word: metadata)
# whose value says something in words (not "Next review:: 2024-10-18")
_FIELD = re.compile(r"^\s*(\S[^:=\n]{0,58}\s[^:=\n]*?[^\s:])::\s+(?!.*::)(?=.*[A-Za-z])(\S.*)$")


def _defines(line: str) -> re.Match[str] | None:
    """A line that defines a term ("Term :: it", "Monitor kinds:: A, B"), else None."""
    return _DEFINES.match(line) or _FIELD.match(line)


# "Stream copy: reads rows as they come": a line that opens with a few words and a colon
_COLON_LINE = re.compile(r"^\s*([A-Z][^:.;!?]{0,50}?)(?::|\s[-–—])\s+\S")  # or "Name - ..."
# "[[Widget Hub]]", "[[Widget Hub|the hub]]", "[[Widget Hub#Setup]]": a wiki link reads as its
# text; "![[chart.png]]" embeds a file or another note, no text of this one
_WIKI_LINK = re.compile(r"\[\[([^\[\]|#]+)(?:#[^\[\]|]*)?(?:\|([^\[\]]+))?\]\]")
# a line of tags under a label: "Tags: #streams #hub"
_TAGS_LINE = re.compile(
    r"^\s*[A-Za-z][\w ]{0,20}:\s*(?:#(?:\[\[[^\]]+\]\]|[A-Za-z][\w/-]*)[\s,]*)+$"
)
# a note's links to other notes under a label that says only that: "Links: [[A]] [[B]]"
_LINKS_LINE = re.compile(
    r"^\s*(?:links?|backlinks?|related(?: notes?)?|see also):\s*(?:\[\[[^\]]+\]\][\s,]*)+$",
    re.I,
)
_EMBED = re.compile(r"!\[\[[^\[\]]*\]\]")
# "#ingest", "#aws/ml": a tag (metadata); not "C#", "&#39;", "#1"
_TAG = re.compile(r"(?<![\w&#/])#(?:\[\[[^\]]+\]\]|[A-Za-z][\w/-]*)")  # "#ml", "#[[exam prep]]"
# a board card's due date and time (Obsidian Kanban): "@{2024-10-18}", "@@{09:30}"
_CARD_DATE = re.compile(r"\s*@@?\{[\d:. /-]+\}")
_TAG_LINE = re.compile(rf"\s*(?:{_TAG.pattern}\s*)+")  # a line of tags alone
_MARKED_NAME = re.compile(r"(?<![=\w])==([A-Z][\w+.-]*(?: [A-Z0-9][\w+.-]*){0,3})==(?![=\w])")
# a footnote mark, but not the mark that opens a footnote ("[^1]: Source"); after a word
# it is a mark whatever follows ("**Zorb**[^zorb]: what it is")
_FOOTNOTE_REF = re.compile(r"(?<=[\w*_`)])\[\^[^\]\s]+\]|\[\^[^\]\s]+\](?!:)")
# "> [!tip]- Title": a callout's marker, its title after it (Obsidian, GitHub alerts)
_CALLOUT = re.compile(r"^\s*\[!(\w+)\][+-]?\s*(.*)$")
_FOOTNOTE = re.compile(r"^\s*\[\^[^\]\s]+\]:\s*")  # "[^1]: Source": a footnote's mark
_TASK = re.compile(r"^\[[ xX]\]\s+")  # "- [x] review": a task item's box
# what a task item says of a thing after it names one: a mark and more words ("quill rows —
# keeps a day", "zorbing → squashes", "= min-max"), a bold term or words in parentheses
_SAYS = re.compile(r"\S\s*(?::\s|[—–]|\s-\s|→|->|=>|\s=\s)\s*\w|\*\*\w|\(\w")
# "tags:: aws, ml": an outliner's property line (a key with no space before "::"), metadata
_PROPERTY = re.compile(r"^\s*[A-Za-z][\w-]*::(?:\s|$)")
# an outliner's own property keys: where a block sits and how it shows, not what it says
_OUTLINER_KEYS = frozenset(
    "id collapsed tags alias aliases title icon public heading template "
    "template-including-parent background-color filters created-at updated-at".split()
)
_BLOCK_HTML = re.compile(r"(?i)<(table|ul|ol|dl|h[1-6]|p|div|section|details)\b")


def _card_starts(lines: list[str]) -> list[int]:
    """Where each card of a paragraph of cards begins: the lines that open with the label the
    paragraph's first labelled line opens with ("Q:", "Tip:"), when it recurs."""
    labels = [
        m[1].lower() if (m := re.match(r"^\s*(\w{1,12})(?::|(?<=^[A-Z])[.)])\s", line)) else ""
        for line in lines
    ]  # "Q:", "Tip:", "Q."
    first = next((x for x in labels if x), "")
    return [i for i, x in enumerate(labels) if first and x == first and i > 0]


def glossary_starts(lines: list[str]) -> list[int]:
    """Where each definition of a paragraph of lines "Name: what it is" begins (two or more,
    at least half its lines, each name once: "Q:"/"A:" lines are cards); [] for others."""
    heads = [m[1] if (m := _COLON_LINE.match(line)) else None for line in lines]
    starts = [i for i, head in enumerate(heads) if head]
    labels = [plain(heads[i]).strip().lower() for i in starts]
    cards = any(len(x) == 1 or x in ("question", "answer") for x in labels)  # "Q:", "A:"
    if len(starts) >= 2 and 2 * len(starts) >= len(lines) and len(set(labels)) == len(labels):
        return [] if cards else starts
    return []


def read_markdown(path: str | Path) -> list[Block]:
    """Parse a Markdown file into blocks (the document is named by its file name)."""
    path = Path(path)
    return parse_markdown(decode_text(path.read_bytes(), str(path)), path.name)


def parse_markdown_document(data: bytes, name: str) -> Document:
    """A Markdown document's blocks; its reading view is its source lines."""
    text = decode_text(data, name)
    return Document(name, "markdown", parse_markdown(text, name), [split_lines(text)])


# -- the parser -------------------------------------------------------------------------------
def _line(state: StateBlock, n: int) -> str:
    return state.src[state.bMarks[n] : state.eMarks[n]]


def _table_token(state: StateBlock, kind: str, start: int, end: int) -> bool:
    """A token of type ``kind`` holding lines ``start`` to ``end`` (its map), the parser moved past them."""
    token = state.push(kind, "table", 0)
    token.map = [start, end]
    token.content = "\n".join(_line(state, i) for i in range(start, end))
    state.line = end
    return True


def _tab_table_rule(state: StateBlock, start: int, end: int, silent: bool) -> bool:
    """Consecutive lines with tab-separated cells (the first with a tab between two cells)."""
    first = _line(state, start).strip()
    if "\t" not in first:
        return False
    n = start + 1
    while n < end and "\t" in _line(state, n) and _line(state, n).strip():
        n += 1
    return True if silent else _table_token(state, "tab_table", start, n)


_GRID_BORDER = re.compile(r"^\s*\+(?:[-=:]+\+)+\s*$")


def _grid_table_rule(state: StateBlock, start: int, end: int, silent: bool) -> bool:
    """A grid table: a ``+---+---+`` border, then ``|`` lines and borders."""
    if not _GRID_BORDER.match(_line(state, start)):
        return False
    n = start + 1
    while n < end and (
        _GRID_BORDER.match(_line(state, n)) or _line(state, n).lstrip().startswith("|")
    ):
        n += 1
    if n - start < 3:
        return False
    return True if silent else _table_token(state, "grid_table", start, n)


def _grid_cells(line: str, cuts: list[int]) -> list[str]:
    """One ``|`` line's cells, cut where the border has its ``+`` (or at each ``|`` when the
    line does not keep to the border's columns)."""
    if all(c < len(line) and line[c] == "|" for c in cuts[:-1]) and cuts[0] < len(line):
        return [line[a + 1 : b].strip() for a, b in zip(cuts, cuts[1:])]
    return [c.strip() for c in line.strip().strip("|").split("|")]


def _joined(a: str, b: str) -> str:
    """Two lines of one wrapped cell ("YARN Resource-" + "Manager")."""
    if not a or not b:
        return a or b
    return a + b if re.search(r"[A-Za-z]-$", a) else f"{a} {b}"


def _grid_rows(token: Token) -> list[Row]:
    """The rows of a grid table: the lines above the first inner border are its header;
    the lines between two borders one row where every row has its own borders, otherwise
    one row a line, a line whose first cell is empty or opens with "(" continuing the row
    above (a wrapped cell)."""
    lines = token.content.split("\n")
    start = token.map[0] if token.map else 0
    border = lines[0]
    cuts = [i for i, c in enumerate(border) if c == "+"]
    segments: list[list[tuple[int, list[str]]]] = [[]]
    for n, line in enumerate(lines[1:], start + 2):
        if _GRID_BORDER.match(line):
            segments.append([])
        else:
            segments[-1].append((n, _grid_cells(line, cuts)))
    segments = [seg for seg in segments if seg]
    if not segments:
        return []

    def merge(seg: list[tuple[int, list[str]]]) -> Row:
        width = max(len(c) for _, c in seg)
        cells = [""] * width
        for _, cs in seg:
            for i, c in enumerate(cs):
                cells[i] = _joined(cells[i], c)
        return Row(cells, seg[0][0])

    if len(segments) == 1:  # no border under a header: its first line is the header
        head, body = [segments[0][:1]], [segments[0][1:]]
    else:
        head, body = segments[:1], segments[1:]
    rows = [merge(head[0])]
    if len(body) > 1:
        return rows + [merge(seg) for seg in body]
    for n, cells in body[0] if body else []:
        first = cells[0] if cells else ""
        if len(rows) > 1 and (not first or first.startswith("(")):
            prev = rows[-1]
            prev.cells = [
                _joined(a, b)
                for a, b in zip(
                    prev.cells + [""] * (len(cells) - len(prev.cells)),
                    cells + [""] * (len(prev.cells) - len(cells)),
                )
            ]
        else:
            rows.append(Row(cells, n))
    return rows


# a simple table's rule: runs of dashes, one over each column, apart by spaces (pandoc's simple
# and multiline tables, typed notes: "------------  -------------------")
_COLUMN_RULE = re.compile(r"^\s*-{3,}(?:\s+-{3,})+\s*$")
_FULL_RULE = re.compile(r"^\s*-{3,}\s*$")


def _rule_columns(line: str) -> list[int]:
    """Where each column of a simple table starts: its dash run's first character."""
    return [m.start() for m in re.finditer(r"-{3,}", line)]


def _cut_at(line: str, starts: list[int]) -> list[str]:
    """A line's cells, each from one of ``starts`` to the next (the last to the line's end)."""
    bounds = [*starts, max(len(line), starts[-1] + 1)]
    return [line[a:b].strip() for a, b in zip(bounds, bounds[1:])]


def _simple_table_rule(state: StateBlock, start: int, end: int, silent: bool) -> bool:
    """A simple table: a header line over a rule of dash runs (one per column), then rows up
    to a blank line; a row's wrapped lines (first column empty) continue it. Cells are cut
    where the rule's runs start."""
    if start + 2 >= end or not _line(state, start).strip():
        return False
    if not _COLUMN_RULE.match(_line(state, start + 1)):
        return False
    cuts = _rule_columns(_line(state, start + 1))
    header = _line(state, start)
    # the header's words start in the rule's columns: it is the table's first line, not prose
    if not all(c < len(header) and header[c] != " " for c in cuts[:2]):
        return False
    n = start + 2
    while n < end and _line(state, n).strip() and not _FULL_RULE.match(_line(state, n)):
        n += 1
    if n - start < 3:
        return False
    if n < end and _FULL_RULE.match(_line(state, n)):
        n += 1  # a closing rule
    return True if silent else _table_token(state, "simple_table", start, n)


def _simple_rows(token: Token) -> list[Row]:
    """The rows of a simple table (see ``_simple_table_rule``)."""
    lines = token.content.split("\n")
    start = token.map[0] if token.map else 0
    cuts = [0, *_rule_columns(lines[1])[1:]]

    def cells(line: str) -> list[str]:
        return _cut_at(line, cuts)

    rows = [Row(cells(lines[0]), start + 1)]
    for n, line in enumerate(lines[2:], start + 3):
        if _FULL_RULE.match(line):
            continue
        cs = cells(line)
        if len(rows) > 1 and not cs[0]:  # a wrapped line: the row above goes on
            rows[-1].cells = [_joined(a, b) for a, b in zip(rows[-1].cells, cs)]
        else:
            rows.append(Row(cs, n))
    return rows


# -- aligned columns (typed notes: "Quill mode       copies the whole set first") ----------------
_GAP = re.compile(r"\S( {2,})(?=\S)")
_MARKED = re.compile(r"^\s*(?:[-*+>#|]|\d{1,3}[.)]|o\s)")
_EMPHASIS_FIRST = re.compile(r"^\s*(?:\*\*?|__?)[^\s*_]")  # "*Quill* loads rows"


def _aligned_cuts(line: str) -> list[int]:
    """Where a line's columns start: its first character, and each after two spaces or more."""
    indent = len(line) - len(line.lstrip(" "))
    return [indent, *(m.end(1) for m in _GAP.finditer(line))]


def _aligned_rows(lines: list[str], first: int) -> tuple[list[Row], int] | None:
    """Lines laid out in columns by spaces: every row starts at the first line's indent and its
    second column where the first line's does (after two spaces or more); a line set in as far
    as the second column wraps the row above. Further columns are the first line's that every
    row keeps (a space before each). At least three rows; a first column of short names. The
    rows and the number of lines they take, or None."""
    cuts = _aligned_cuts(lines[0])
    if len(cuts) < 2 or "\t" in lines[0]:
        return None
    indent, second = cuts[0], cuts[1]
    rows: list[tuple[int, list[str]]] = []  # (index of its first line, its lines)
    n = 0
    while n < len(lines) and lines[n].strip():
        line = lines[n]
        lead = len(line) - len(line.lstrip(" "))
        if rows and lead >= second:
            rows[-1][1].append(line)
        elif (
            lead == indent
            and len(line) > second
            and line[second - 2 : second] == "  "
            and line[second] != " "
            and not _MARKED.match(line)
        ):
            rows.append((n, [line]))
        else:
            break
        n += 1
    if len(rows) < 3:
        return None
    starts = [line for _, ls in rows for line in ls[:1]]
    keep = [indent, second] + [
        c for c in cuts[2:] if all(len(s) <= c or (s[c - 1] == " " and s[c] != " ") for s in starts)
    ]

    def cells(line: str) -> list[str]:
        return _cut_at(line, keep)

    out: list[Row] = []
    for i, ls in rows:
        row = cells(ls[0])
        for more in ls[1:]:
            row = [_joined(a, b) for a, b in zip(row, cells(more))]
        out.append(Row(row, first + i + 1))
    names = [r.cells[0] for r in out]
    # (a name has letters: ":   text" lines are a definition list's, not a column of ":")
    if any(
        len(c.split()) > 5 or re.search(r"[.;!?]$", c) or not re.search(r"\w", c) for c in names
    ):
        return None
    return out, n


def _aligned_header(rows: list[Row], wrapped: bool) -> bool:
    """Whether the first of aligned rows names the columns: short capitalised names without
    figures, not wrapped, over rows that are not all so (a cell in lower case, longer or with
    a figure below)."""

    def label(cell: str) -> bool:
        return not cell or (
            len(cell.split()) <= 4 and cell[0].isupper() and not re.search(r"\d", cell)
        )

    return (
        not wrapped
        and all(label(c) for c in rows[0].cells)
        and any(not label(c) for r in rows[1:] for c in r.cells)
    )


def _aligned_table_rule(state: StateBlock, start: int, end: int, silent: bool) -> bool:
    """Rows of text set in columns by spaces (see ``_aligned_rows``): a table if the first
    row names the columns, otherwise a list of labelled items ("**Quill mode:** copies ..."),
    as the same notes would be written with a colon."""
    if state.sCount[start] - state.blkIndent >= 4:
        return False
    before = _line(state, start - 1).rstrip() if start > 0 else ""
    if silent and before and not before.endswith(":"):
        return False  # rows break into a paragraph only after its lead-in ("Input modes:")
    lines = [_line(state, n) for n in range(start, end)]
    found = _aligned_rows(lines, start)
    if found is None:
        return False
    rows, taken = found
    if silent:
        return True
    wrapped = len(rows) > 1 and rows[1].line - rows[0].line > 1
    if _aligned_header(rows, wrapped):
        token = state.push("aligned_table", "table", 0)
        token.map = [start, start + taken]
        token.meta = {"rows": rows}
        state.line = start + taken
        return True
    bounds = [r.line - 1 for r in rows] + [start + taken]
    token = state.push("bullet_list_open", "ul", 1)
    token.map = [start, start + taken]
    for row, a, b in zip(rows, bounds, bounds[1:]):
        state.push("list_item_open", "li", 1).map = [a, b]
        state.push("paragraph_open", "p", 1).map = [a, b]
        token = state.push("inline", "", 0)
        token.map = [a, b]
        token.content = f"**{row.cells[0]}:** " + "; ".join(c for c in row.cells[1:] if c)
        token.children = []
        state.push("paragraph_close", "p", -1)
        state.push("list_item_close", "li", -1)
    state.push("bullet_list_close", "ul", -1)
    state.line = start + taken
    return True


# "1. KINESIS FAMILY" over "=====": a numbered title (plain-text notes), not a list item
_NUMBERED_TITLE = re.compile(r"^(\s{0,3}\d{1,3})([.)])(\s+\S.*)$")
_UNDERLINE = re.compile(r"^\s{0,3}(?:=+|-+)\s*$")
# "1.2 OTHER LOADERS FOR ROWS", "3.1 Gromble Hub": a section number with a dot in it, then a title
_DOTTED_TITLE = re.compile(r"^\s{0,3}(\d{1,2}(?:\.\d{1,2})+)\.?\s+(\S.{0,80})$")


def _titled(title: str, nxt: str, over_points: bool = False) -> bool:
    """Whether a numbered line is a title: short, no sentence, in capitals or alone on its
    line (the next one blank), or, ``over_points`` (the next line is a point of an outline),
    no lead-in to them ("Options:")."""
    letters = [c for c in re.sub(r"\([^()]*\)", "", title) if c.isalpha()]  # not its remark
    return (
        len(title.split()) <= 10
        and not re.search(r"[.;,]$", title.strip())
        and bool(letters)
        and (
            sum(c.isupper() for c in letters) >= 0.7 * len(letters)
            or not nxt.strip()
            or (over_points and not title.strip().endswith(":"))
        )
    )


# a legal-style outline's points: "1.2.3 text" and "a) text", "(b) text", "ii) text"
_DOTTED_POINT = re.compile(r"^(\s*)\d{1,2}(?:\.\d{1,2})+\.?\s+(?=\S)")
_LETTERED_POINT = re.compile(r"^(\s*)\(?([a-z]|[ivx]{1,4})\)\s+(?=\S)")


def _outline_points(lines: list[str]) -> set[int]:
    """The lines of a legal-style outline's points: a dotted number when three lines or more
    open with one, a letter or roman numeral in brackets when the next or the one before
    stands at the same indent within a few lines ("a)" then "b)")."""
    dotted = [i for i, line in enumerate(lines) if _DOTTED_POINT.match(line)]
    points = set(dotted) if len(dotted) >= 3 else set()
    marks = {i: m for i, line in enumerate(lines) if (m := _LETTERED_POINT.match(line))}

    def after(a: str, b: str) -> bool:  # "a" then "b", "i" then "ii", "iv" then "v"
        roman = ["i", "ii", "iii", "iv", "v", "vi", "vii", "viii", "ix", "x"]
        if a in roman and b in roman and roman.index(b) == roman.index(a) + 1:
            return True
        return len(a) == len(b) == 1 and ord(b) == ord(a) + 1

    for i, m in marks.items():
        for j in range(i + 1, min(len(lines), i + 16)):
            n = marks.get(j)
            if n is not None and n[1] == m[1] and after(m[2], n[2]):
                points |= {i, j}
                break
    return points


# "      o write: 1 MB/s": a typewriter bullet
_O_BULLET = re.compile(r"^(\s*)o(\s{1,4})(?=\S)")


# a fenced div's fence (pandoc's "::: note", "::: {.callout-tip}", Docusaurus' ":::tip",
# ":::warning Its title" and ":::info[Its title]": a box's title is its label, not its words)
_FENCED_DIV = re.compile(r"^\s*:{3,}(?:\s*(?:\{[^}]*\}|[\w-]+)(?:\[[^\]\n]*\])?(?:\s+\S.*)?)?\s*$")
# MDX's module lines ("import Tabs from '@theme/Tabs';", "export const x = ...") and its
# comments ("{/* ... */}" on one line): code of the page, not its words
_MDX_MODULE_LINE = re.compile(
    r"^(?:import\s+(?:[\w*{}\s,]+\s+from\s+)?['\"][^'\"]+['\"];?|export\s+(?:const|default|function)\b.*)\s*$"
)
_MDX_COMMENT = re.compile(r"\{/\*.*?\*/\}")
# an MDX component's tag (a capitalised name, as JSX writes components), and a panel's label
_COMPONENT_TAG = re.compile(r"<(?P<end>/?)(?P<tag>[A-Z][\w.]*)(?P<attrs>(?:\s[^<>]*)?)/?>")
_PANEL_LABEL = re.compile(r"\b(?:label|title)\s*=\s*(?P<q>[\"'])(?P<title>[^\"'<>]+)(?P=q)")


_CLOZE = re.compile(r"\{\{c\d+::([^{}:]+?)(?:::[^{}]*)?\}\}")  # "{{c1::term::hint}}"
# pandoc's citations: "[@quill2024]", "[see @quill2024, p. 3; -@fern]" (a source, no note)
_CITATION = re.compile(r"\s?\[(?:[^\[\]]*?[\s;])?-?@\w[\w:.#$%&+?<>~/-]*[^\[\]]*\](?![(\[:])")
_BRACKETED_SPAN = re.compile(r"(?<!!)\[([^\[\]\n]+)\]\{[.#][^}\n]*\}")  # pandoc's spans


_EXAMPLE_ITEM = re.compile(r"^(\s*)\(@[\w-]*\)\s+")
_LINE_BLOCK = re.compile(r"^\|\s(?!.*\s\|(?:\s|$))(.*)$")  # "| a line" with no cells after


def _in_pipe_table(lines: list[str], i: int) -> bool:
    """Whether line ``i`` stands in a run of "|" lines with a delimiter row ("|---|")."""
    a = b = i
    while a > 0 and lines[a - 1].lstrip().startswith("|"):
        a -= 1
    while b + 1 < len(lines) and lines[b + 1].lstrip().startswith("|"):
        b += 1
    return any(re.match(r"^\s*\|?\s*:?-{2,}", lines[k]) for k in range(a, b + 1))


# a title typed in capitals: "GROMBLE PIPE", "FERN HOSE (now called Fern Stream)"
_CAPITALS_TITLE = re.compile(r"^[A-Z0-9][A-Z0-9 &+/,'-]*[A-Z0-9)]$")
_BULLET = re.compile(r"^(\s*)[-*+]\s+\S")


def _capitals_title(line: str, prev: str, nxt: str) -> bool:
    """Whether a line is a title typed in capitals on a line of its own, over its text: a
    blank line above, the text right below (not an underline: that is Markdown's own title),
    no sentence, no columns, a remark in parentheses aside."""
    said = re.sub(r"\s*\([^()]*\)", "", line).strip()
    return (
        not prev.strip()
        and bool(nxt.strip())
        and not _UNDERLINE.match(nxt)
        and line == line.lstrip()
        and len(said) <= 60
        and sum(c.isalpha() for c in said) >= 3
        and bool(_CAPITALS_TITLE.match(said))
        and not _GAP.search(line)
        and not _MARKED.match(line)
    )


def _hanging_title(lines: list[str], i: int) -> bool:
    """Whether a line is a short title flush left with its text set in below it ("6a. Quill
    Hub" over "  Serverless, ..."), a blank line or a title above: a title, as a typewriter's
    notes set a part's name out."""
    line = lines[i]
    prev = lines[i - 1] if i else ""
    nxt = lines[i + 1] if i + 1 < len(lines) else ""
    said = re.sub(r"\s*\([^()]*\)", "", line).strip()
    return (
        (not prev.strip() or prev.startswith("#"))
        and line == line.lstrip()
        and bool(re.match(r"[A-Z0-9]", said))
        and 0 < len(said.split()) <= 8
        and len(said) <= 60
        and not re.search(r"[.:;,!?]$", said)
        and not _GAP.search(line)
        and not _MARKED.match(line)
        and bool(re.match(r"^ {2,}\S", nxt))
        and not _MARKED.match(nxt)
        and not _UNDERLINE.match(nxt)
    )


def _set_out(lines: list[str], i: int) -> None:
    """The lines set in under line ``i`` (up to a line flush left) moved out by their least
    indent, each keeping its place and its indent past the others'."""
    end = i + 1
    while end < len(lines) and (not lines[end].strip() or lines[end].startswith(" ")):
        end += 1
    body = [k for k in range(i + 1, end) if lines[k].strip()]
    least = min(len(lines[k]) - len(lines[k].lstrip(" ")) for k in body)
    for k in body:
        lines[k] = lines[k][least:]


# "AWS Quill ...... what it does": a dot leader between a term and its text, which starts at a
# column another such line's text shares (a typewriter's two columns); " . " fills a short gap
_LEADER = re.compile(r"(?<=\S)(?: ?\.{2,} ?| \. )(?=\S)")


def _leaders_as_spaces(lines: list[str]) -> None:
    """Dot leaders of a two-column list typed with them, as the spaces they stand for (the
    columns stay where they are, for the aligned-rows reader)."""
    found = [
        (i, m)
        for i, line in enumerate(lines)
        if (m := _LEADER.search(line)) and line[: m.start()].strip()
    ]
    for i, m in found:
        if any(j != i and abs(j - i) <= 12 and n.end() == m.end() for j, n in found):
            lines[i] = lines[i][: m.start()] + " " * len(m[0]) + lines[i][m.end() :]


# "  fern hubs  -- copy rows": a short head set in, a typed dash (or arrow), what it is
_SET_IN_TERM = re.compile(r"^( {2,})([^\s\-*+>#|][^:]{0,40}?)\s+(?:--|->|[–—=])\s+\S")


def _set_in_terms(lines: list[str]) -> None:
    """Lines set in under a lead-in that ends with a colon, two or more, each a short head, a
    typed dash and what it is ("Hub roles:" over "  fern hubs  -- copy rows"): the lead-in's
    list, each line an item where it stands, its head the item's term (lines set in further
    go on with it)."""
    i = 1
    while i < len(lines):
        m = _SET_IN_TERM.match(lines[i])
        if not (m and lines[i - 1].rstrip().endswith(":")) or _MARKED.match(lines[i]):
            i += 1
            continue
        pad, run, j = m[1], [], i
        while j < len(lines):
            if (n := _SET_IN_TERM.match(lines[j])) and n[1] == pad and not _MARKED.match(lines[j]):
                run.append(j)
            elif not (lines[j].strip() and _indent(lines[j]) > len(pad) + 1) or not run:
                break
            j += 1
        if len(run) >= 2:
            for k in run:
                n = _SET_IN_TERM.match(lines[k])
                lines[k] = f"{pad[:-2]}- **{n[2].strip()}:** {lines[k][n.end() - 1 :]}"
        i = j


def _set_in_under_text(lines: list[str]) -> None:
    """Bullets set in four or more, past the line of text right above them (where Markdown
    reads a line of that text, not a list): a list under it, moved out to its indent with
    everything they hold, line for line ("  Options:" over "    - drop rows")."""
    i = 1
    while i < len(lines):
        m = _BULLET.match(lines[i])
        above = lines[i - 1]
        indent = len(above) - len(above.lstrip(" "))
        start = i - 1  # the first line of the text above
        while start > 0 and lines[start - 1].strip():
            start -= 1
        if (
            m is None
            or not above.strip()
            or len(m[1]) < 4
            or len(m[1]) <= indent
            # (text of a list's item, or of a table, goes on as it is)
            # ("*Quill* loads rows": emphasis, no mark)
            or any(
                _MARKED.match(line) and not _EMPHASIS_FIRST.match(line) for line in lines[start:i]
            )
        ):
            i += 1
            continue
        shift = len(m[1]) - indent
        while i < len(lines) and lines[i].strip() and lines[i].startswith(" " * len(m[1])):
            lines[i] = lines[i][shift:]
            i += 1


def _plain_text_habits(text: str) -> str:
    """Numbered titles over an underline escaped to stay titles, titles in capitals as
    titles a level under the last title, bullets set in under a line of text as its list, and
    typewriter "o" bullets as "-" (line for line: the line maps do not move). Fenced code is
    left as it is."""
    lines = text.split("\n")
    _set_in_terms(lines)
    _set_in_under_text(lines)
    _leaders_as_spaces(lines)
    fenced = False
    bullets = []
    points = _outline_points(lines)
    level = 1  # the level of the last title, in Markdown's own ways ("##", an underline)
    for i, line in enumerate(lines):
        if re.match(r"^\s*(```|~~~)", line):
            fenced = not fenced
        if fenced:
            continue
        nxt = lines[i + 1] if i + 1 < len(lines) else ""
        if atx := _ATX.match(line):
            level = len(atx[1])
        elif line.strip() and _UNDERLINE.match(nxt) and len(nxt.strip()) >= 3:
            level = 1 if nxt.strip()[0] == "=" else 2
        elif _capitals_title(line, lines[i - 1] if i else "", nxt):
            lines[i] = f"{'#' * min(6, level + 1)} {line}"  # "QUILL HUB" over its points
            continue
        elif _hanging_title(lines, i):
            lines[i] = f"{'#' * min(6, level + 1)} {line}"  # "6a. Quill Hub" over its text
            _set_out(lines, i)
            continue
        if _FENCED_DIV.match(line) or _MDX_MODULE_LINE.match(line):
            lines[i] = ""  # "::: note" ... ":::": the box, not its words; MDX's imports
            continue
        line = lines[i] = _MDX_COMMENT.sub("", line)  # "{/* note for editors */}"
        line = lines[i] = _BRACKETED_SPAN.sub(r"\1", line)  # "[Zorb]{.smallcaps}": Zorb
        # a card's cloze deletion ("{{c1::Zorb}}", Anki) is its words, read as written
        line = lines[i] = _CLOZE.sub(r"\1", line)
        line = lines[i] = _CITATION.sub("", line)
        # pandoc's example lists, "(@) ..." or "(@good) ...": numbered items
        line = lines[i] = _EXAMPLE_ITEM.sub(r"\g<1>1. ", line)
        if _LINE_BLOCK.match(line) and not _in_pipe_table(lines, i):
            line = lines[i] = _LINE_BLOCK.sub(r"\1", line)  # pandoc's line block: "| text"
        if wiki := WIKI_TITLE.match(line.strip()):  # "== Metrics ==": a title
            lines[i] = f"{'#' * len(wiki[1])} {wiki[2]}"
            continue
        prev_blank = i == 0 or not lines[i - 1].strip() or lines[i - 1].startswith("#")
        over = i + 1 in points  # the line over an outline's points
        if (t := _DOTTED_TITLE.match(line)) and prev_blank and _titled(t[2], nxt, over):
            # "1.2 OTHER STORAGE" on a line of its own: a title, as deep as its number
            lines[i] = f"{'#' * min(6, t[1].count('.') + 2)} {line.strip()}"
            continue
        if i in points and not _in_pipe_table(lines, i):
            # "  1.2.3 text", "    b) text": a point, as deep as it is indented
            m = _DOTTED_POINT.match(line) or _LETTERED_POINT.match(line)
            lines[i] = f"{m[1]}- {line[m.end() :]}"
            continue
        if (
            (m := _NUMBERED_TITLE.match(line))
            and points
            and prev_blank
            and not nxt.strip()
            and _titled(m[3], "")
            and sum(c.isupper() for c in m[3]) >= 0.7 * sum(c.isalpha() for c in m[3])
        ):
            lines[i] = f"## {line.strip()}"  # "1. DATA ENGINEERING" over an outline's points
            continue
        m = _NUMBERED_TITLE.match(line)
        if m and _UNDERLINE.match(nxt) and len(nxt.strip()) >= max(3, 0.8 * len(line.strip())):
            lines[i] = f"{m[1]}\\{m[2]}{m[3]}"
        elif _O_BULLET.match(line):
            bullets.append(i)
    by_indent: dict[str, list[int]] = {}  # the bullets at each indent, in order
    for i in bullets:
        by_indent.setdefault(_O_BULLET.match(lines[i])[1], []).append(i)
    near = {  # a bullet with another at its indent within 12 lines (its neighbours suffice)
        i for run in by_indent.values() for a, b in zip(run, run[1:]) if b - a <= 12 for i in (a, b)
    }
    typed = list(lines)  # as typed, for the indents of the items above
    for i in bullets:
        prev = next((j for j in range(i - 1, -1, -1) if lines[j].strip()), None)
        if i in near or (prev is not None and lines[prev].rstrip().endswith(":")):
            pad = " " * _nested_indent(typed, i, len(_O_BULLET.match(lines[i])[1]))
            lines[i] = _O_BULLET.sub(lambda m, pad=pad: f"{pad}-{m[2]}", lines[i], count=1)
    return "\n".join(lines)


_ITEM_MARK = re.compile(r"^(\s*)(?:[-*+]|\d{1,3}[.)])\s+")


def _nested_indent(lines: list[str], i: int, indent: int) -> int:
    """The indent a typewriter bullet keeps: its own, or, set in four or more past the text
    of the item above it (where Markdown would read code, and so a line of that item's text),
    that item's text column: it is the item's sub-item, as typed."""
    for j in range(i - 1, max(-1, i - 40), -1):
        line = lines[j]
        if not line.strip():
            continue
        lead = len(line) - len(line.lstrip(" "))
        if lead >= indent:
            continue
        m = _ITEM_MARK.match(line)
        if m is None:
            return indent
        text_column = len(m.group(0))
        return text_column if indent >= text_column + 4 else indent
    return indent


# Hugo's shortcodes on a line of their own: "{{< tab "Vision" >}}", "{{% notice tip %}}"
_SHORTCODE = re.compile(r"^\s*\{\{([<%])\s*(/?)\s*([\w-]+)(.*?)\s*[>%]\}\}\s*$")
_SHORTCODE_TITLE = re.compile(r"^\s*(?:\"([^\"]+)\"|(?:title|name)\s*=\s*\"([^\"]+)\")")
_ATX = re.compile(r"^\s{0,3}(#{1,6})\s")
_LIQUID_TAG = re.compile(r"^\s*\{%-?\s*([\w-]+)(.*?)\s*-?%\}\s*$")
_LIQUID_INLINE = re.compile(r"\{%-?\s*[\w-]+.*?-?%\}")


_ZIM_HEADER = re.compile(r"^Content-Type:\s*text/x-zim-wiki\s*$", re.I)
_ZIM_HEADER_LINE = re.compile(r"^(?:Content-Type|Wiki-Format|Creation-Date):\s")
_ZIM_CREATED = re.compile(r"^Created (?:[A-Z][a-z]+day )?\d{1,2} [A-Z][a-z]+ \d{4}\s*$")
_ZIM_TITLE = re.compile(r"^(={2,6})\s*([^=\s](?:.*?[^=\s])?)\s*\1\s*$")
_ZIM_VERBATIM = re.compile(r"''(\S(?:[^']*?\S)?)''")
_ZIM_ITALIC = re.compile(r"(?<![:/\w])//(\S(?:[^/]*?\S)?)//(?![/\w])")
_ZIM_MARK = re.compile(r"(?<!\w)__(\S(?:.*?\S)?)__(?!\w)")
_ZIM_TAGS = re.compile(r"(?:@[\w-]+\s*)+")
_ZIM_BOX = re.compile(r"^(\s*)(?:\* )?\[([ *xX<>])\]\s+")


def _zim_habits(text: str) -> str:
    """A page of a Zim desktop wiki (its first line "Content-Type: text/x-zim-wiki") as
    Markdown, line for line: its header, "Created ..." line and tags are no notes; a title between
    runs of "=" is the higher the more "=" it has ("====== Page ======" heads the page);
    two single quotes around words make code, "//" italic and "__" marked text their words,
    a line of three single quotes fences a block, "[ ]" or "[*]" opens a checkbox item."""
    lines = text.split("\n")
    if not lines or not _ZIM_HEADER.match(lines[0].strip()):
        return text
    fenced = False
    for i, line in enumerate(lines):
        if line.strip() == "'''":
            lines[i], fenced = "```", not fenced
            continue
        if fenced:
            continue
        if (i < 5 and _ZIM_HEADER_LINE.match(line)) or (i < 12 and _ZIM_CREATED.match(line)):
            lines[i] = ""
        elif _ZIM_TAGS.fullmatch(line.strip()):
            lines[i] = ""  # "@exam @revise": the page's tags
        elif m := _ZIM_TITLE.match(line.strip()):
            lines[i] = f"{'#' * (7 - len(m[1]))} {m[2]}"
        else:
            line = _ZIM_VERBATIM.sub(lambda m: f"`{m[1]}`", line)
            line = _ZIM_MARK.sub(r"\1", _ZIM_ITALIC.sub(r"*\1*", line))
            if box := _ZIM_BOX.match(line):
                done = "x" if box[2] in "*xX" else " "
                line = f"{box[1]}- [{done}] {line[box.end() :]}"
            lines[i] = line
    return "\n".join(lines)


_MYST_FENCE = re.compile(r"^(\s*)(`{3,}|:{3,})\{([\w:-]+)\}\s*(.*?)\s*$")
_MYST_OPTION = re.compile(r"^\s*:[\w-]+:(?:\s.*)?$")
_MYST_TARGET = re.compile(r"^\s*\([\w.:-]+\)=\s*$")  # "(deploy-options)=": a label
_MYST_ROLE = re.compile(r"\{[\w:-]+\}`([^`<]*?)\s*(?:<[^`>]*>)?`")  # {term}`text <target>`
# directives whose body is code or a listing of files, not notes: left fenced, or dropped
_MYST_CODE = frozenset("code code-block code-cell sourcecode literalinclude math raw".split())
_MYST_DROPPED = frozenset("toctree include tableofcontents bibliography".split())


def _myst_habits(text: str) -> str:
    """MyST Markdown's (Jupyter Book's, Sphinx's) directives and roles, line for line: a
    directive's fences and options are blanked so its body is read as notes; a list-table
    becomes a pipe table at its place; a glossary's entries become "- **Term**: definition"
    items; a tab item titles what follows it one level below the heading above; roles are
    their text ({term}`cold start` is "cold start") and "(label)=" targets are dropped."""
    lines = text.split("\n")
    if not any(_MYST_FENCE.match(line) for line in lines):
        return text
    level = 1
    stack: list[tuple[str, str]] = []  # the open directives: (closing fence, name)
    i = 0
    while i < len(lines):
        line = lines[i]
        if m := _ATX.match(line):
            level = len(m[1])
        if stack and line.strip() == stack[-1][0]:
            stack.pop()
            lines[i] = ""
            i += 1
            continue
        m = _MYST_FENCE.match(line)
        if not m:
            if _MYST_TARGET.match(line):
                lines[i] = ""
            elif "{" in line and "`" in line:
                lines[i] = _MYST_ROLE.sub(r"\1", line)
            i += 1
            continue
        fence, name, argument = m[2], m[3].lower(), m[4]
        end = next((j for j in range(i + 1, len(lines)) if lines[j].strip() == fence), len(lines))
        if name in _MYST_CODE:
            i = end + 1  # left as it is: a fenced block of code
            continue
        lines[i] = ""
        j = i + 1
        while j < end and _MYST_OPTION.match(lines[j]):
            lines[j] = ""  # ":header-rows: 1", ":class: dropdown"
            j += 1
        if name in _MYST_DROPPED:
            for k in range(i, min(end + 1, len(lines))):
                lines[k] = ""
            i = end + 1
            continue
        if name in ("list-table", "glossary"):  # rewritten in place, its fences gone
            (_myst_list_table if name == "list-table" else _myst_glossary)(lines, j, end)
            if end < len(lines):
                lines[end] = ""
            i = end + 1
            continue
        if name == "tab-item" and argument:
            lines[i] = f"{'#' * min(level + 1, 6)} {argument}"
        stack.append((fence, name))
        i = j
    return "\n".join(lines)


def _myst_list_table(lines: list[str], start: int, end: int) -> None:
    """A list-table's rows ("* - a" then "  - b" per cell) as a pipe table, written from its
    first line on (the lines after it blank)."""
    rows: list[list[str]] = []
    for k in range(start, end):
        line = lines[k]
        if m := re.match(r"^\s*\*\s+-\s+(.*)$", line):
            rows.append([m[1].strip()])
        elif (m := re.match(r"^\s*-\s+(.*)$", line)) and rows:
            rows[-1].append(m[1].strip())
        elif line.strip() and rows and rows[-1]:
            rows[-1][-1] += " " + line.strip()  # a cell's wrapped line
        lines[k] = ""
    if not rows:
        return
    width = max(len(r) for r in rows)
    table = [
        "| " + " | ".join(c.replace("|", "\\|") for c in r + [""] * (width - len(r))) + " |"
        for r in rows
    ]
    table.insert(1, "|" + "---|" * width)
    for n, row in enumerate(table[: end - start]):
        lines[start + n] = _MYST_ROLE.sub(r"\1", row)


def _myst_glossary(lines: list[str], start: int, end: int) -> None:
    """A glossary's terms (a line at the margin) and their indented definitions, each as one
    "- **Term**: definition" item on the term's line."""
    k = start
    while k < end:
        if lines[k].strip() and not lines[k][0].isspace():
            terms = [k]
            while k + 1 < end and lines[k + 1].strip() and not lines[k + 1][0].isspace():
                k += 1
                terms.append(k)  # several terms, one definition
            said = []
            while k + 1 < end and (not lines[k + 1].strip() or lines[k + 1][0].isspace()):
                k += 1
                if lines[k].strip():
                    said.append(lines[k].strip())
                lines[k] = ""
            definition = _MYST_ROLE.sub(r"\1", " ".join(said))
            for t in terms:
                lines[t] = f"- **{lines[t].strip()}**: {definition}"
        k += 1


def _site_generator_habits(text: str) -> str:
    """Hugo's and GitBook's page habits, line for line: TOML front matter between "+++" lines
    is blanked (it carries no facts, as YAML front matter does not); a shortcode or Liquid tag
    line is blanked, but a tab's ("{{< tab "Vision" >}}", "{% tab title="Vision" %}") titles
    what follows it one level below the heading above."""
    lines = text.split("\n")
    if lines and lines[0].strip() == "+++":
        end = next((i for i in range(1, min(len(lines), 300)) if lines[i].strip() == "+++"), 0)
        for i in range(end + 1 if end else 0):
            lines[i] = ""
    level, fenced = 1, False
    for i, line in enumerate(lines):
        if re.match(r"^\s*(```|~~~)", line):
            fenced = not fenced
        if fenced:
            continue
        if m := _ATX.match(line):
            level = len(m[1])
        elif m := _SHORTCODE.match(line):
            title = _SHORTCODE_TITLE.match(m[4]) if not m[2] and m[3].lower() == "tab" else None
            lines[i] = f"{'#' * min(level + 1, 6)} {title[1] or title[2]}" if title else ""
        elif m := _LIQUID_TAG.match(line):
            # GitBook's (and Jekyll's) Liquid tags: "{% tab title="Zorb" %}" titles its tab,
            # "{% hint %}", "{% endtab %}" and the like are the page's frames
            title = _SHORTCODE_TITLE.match(m[2]) if m[1].lower() == "tab" else None
            lines[i] = f"{'#' * min(level + 1, 6)} {title[1] or title[2]}" if title else ""
        elif "{%" in line:
            lines[i] = _LIQUID_INLINE.sub("", line)  # "{% content-ref %}[x](x.md){% end... %}"
    return "\n".join(lines)


def markdown_parser() -> MarkdownIt:
    """A new markdown-it parser as mlkg reads Markdown: CommonMark, GFM tables and
    strikethrough, front matter, definition lists, inline HTML, and tab tables (token type
    ``tab_table``)."""
    from mdit_py_plugins.deflist import deflist_plugin
    from mdit_py_plugins.front_matter import front_matter_plugin

    md = MarkdownIt("commonmark", {"html": True}).enable(["table", "strikethrough"])
    md.use(front_matter_plugin)
    md.use(deflist_plugin)  # pandoc's "Term" over ":   what it is"
    md.block.ruler.before(
        "table", "tab_table", _tab_table_rule, {"alt": ["paragraph", "reference", "list"]}
    )
    md.block.ruler.before(
        "tab_table", "grid_table", _grid_table_rule, {"alt": ["paragraph", "reference", "list"]}
    )
    md.block.ruler.before(
        "hr", "simple_table", _simple_table_rule, {"alt": ["paragraph", "reference", "list"]}
    )
    md.block.ruler.before("paragraph", "aligned_table", _aligned_table_rule, {"alt": ["paragraph"]})
    return md


_parser = cache(markdown_parser)


def _indent(line: str) -> int:
    return len(line) - len(line.lstrip(" "))


def _lazy_lines_out(tokens: list[Token], lines: list[str]) -> list[Token]:
    """The lines of a list item's paragraph that stand left of the list's mark, as typed
    (``lines``: "  - last point" and then "Next paragraph" flush left, no blank line between):
    Markdown reads them on as the item's text (lazy continuation); they are a paragraph after
    the list."""
    out: list[Token] = []
    marks: list[int] = []  # the indent of each open item's mark, outermost first
    lists = 0
    after: list[Token] = []  # paragraphs for after the outermost list
    for k, t in enumerate(tokens):
        out.append(t)
        if t.type == "list_item_open" and t.map:
            marks.append(_indent(lines[t.map[0]]) if t.map[0] < len(lines) else 0)
        elif t.type == "list_item_close" and marks:
            marks.pop()
        elif t.type in ("bullet_list_open", "ordered_list_open"):
            lists += 1
        elif t.type in ("bullet_list_close", "ordered_list_close"):
            lists -= 1
            if not lists:
                out += after
                after = []
        elif t.type == "paragraph_open" and marks and t.map and k + 1 < len(tokens):
            inline, (a, b) = tokens[k + 1], t.map
            said = inline.content.split("\n")
            if len(said) != b - a or b > len(lines):
                continue
            left = next((j for j in range(1, b - a) if _indent(lines[a + j]) < marks[0]), None)
            if left is None:
                continue
            inline.content = "\n".join(said[:left])
            inline.children = _parser().parseInline(inline.content)[0].children
            t.map = [a, a + left]
            rest = Token("inline", "", 0, content="\n".join(said[left:]), map=[a + left, b])
            rest.children = _parser().parseInline(rest.content)[0].children
            after += [
                Token("paragraph_open", "p", 1, map=[a + left, b], block=True),
                rest,
                Token("paragraph_close", "p", -1, block=True),
            ]
    return out + after


_EMOJI_CODE = re.compile(r"(?<![\w:]):[a-z0-9_+-]*[a-z][a-z0-9_+-]*:(?![\w:])\s?")


def render_inline(token: Token | None, breaks: str = " ") -> str:
    """An inline token as normalised Markdown: bold as ``**x**``, code as backticks, inline
    HTML kept, emphasis and link syntax dropped, line breaks as spaces.

    Emphasis that opens the text marks its lead term as bold does ("_Swish_ ..."), so both
    read as ``**Swish** ...``."""
    if token is None or not token.children:
        return token.content if token is not None else ""
    out: list[str] = []
    lead_em = token.children[0].type == "em_open"
    bold = False
    struck = 0  # inside ~~struck-through~~ words: taken back, not said
    for c in token.children:
        if c.type in ("s_open", "s_close"):
            struck += 1 if c.type == "s_open" else -1
        elif struck > 0:
            continue
        elif c.type == "text":
            # a link in bold is bold already; an emoji written as ":white_check_mark:" says
            # nothing
            out.append(_wiki_text(_EMOJI_CODE.sub("", c.content), bold=bold))
        elif c.type in ("strong_open", "strong_close"):
            out.append("**")
            bold = c.type == "strong_open"
        elif c.type in ("em_open", "em_close") and lead_em:
            out.append("**")
            lead_em = c.type == "em_open"  # only the first emphasis
        elif c.type == "code_inline":
            out.append(f"`{c.content}`")
        elif c.type in ("softbreak", "hardbreak"):
            out.append(breaks)
        elif c.type in ("html_inline",):
            out.append(c.content)
        elif c.type == "image":
            out.append(c.content)
    return _FOOTNOTE_REF.sub("", "".join(out)).strip()  # ("**Zorb**[^z]: ...": a mark)


def _wiki_text(text: str, bold: bool = False) -> str:
    """Text with wiki links read: a link names a page, a thing, so reads as a bold name would
    ("see **Widget Hub**"); one with its own words ("[[Widget Hub|the hub]]") reads as those
    words; embeds, tags and footnote marks are dropped; a highlighted
    name ("==ZORB==") is marked as a name, as bold marks one."""
    if _TAGS_LINE.match(text) or _LINKS_LINE.match(text):
        # "Tags: #streams #hub", "Links: [[Gromble]] [[Quill]]": where the note is filed and
        # what it points to, nothing said
        return ""
    text = _FOOTNOTE_REF.sub("", _TAG.sub("", _EMBED.sub("", _CARD_DATE.sub("", text))))
    if not bold:  # "==ZORB==": a name marked up reads as a bold one ("==near==" does not)
        text = _MARKED_NAME.sub(r"**\1**", text)

    def said(m: re.Match) -> str:
        name, shown = NOTE_ID.sub("", m[1].strip()), (m[2] or "").strip()
        if shown and not _short_for(shown, name):
            return shown  # "[[Widget Hub#Setup|setting it up]]": its own words
        if shown and shown.isupper() and len(shown) > 1:
            name = f"{name} ({shown})"  # "[[Widget Hub|WH]]": the name, and its acronym
        # "[[Amazon Widget|Widget]]": the page's full name is the thing's name
        return name if bold else f"**{name}**"

    return re.sub(r"  +", " ", _WIKI_LINK.sub(said, text))


def _short_for(shown: str, name: str) -> bool:
    """Whether a link's words are a short form of its page's name: some of its words
    ("Widget" for "Amazon Widget") or its initials ("WH" for "Widget Hub")."""
    words = re.findall(r"\w+", name.lower())
    said = re.findall(r"\w+", shown.lower())
    initials = "".join(w[0] for w in words)
    return bool(said) and (
        set(said) <= set(words) or (shown.isupper() and shown.lower() == initials)
    )


# -- tokens → blocks --------------------------------------------------------------------------
# Marp's directives, written as comments too ("<!-- _class: lead -->", "<!-- paginate: false -->")
_MARP_DIRECTIVE = re.compile(
    r"^_?(?:theme|style|headingDivider|size|math|title|description|author|image|keywords|url|"
    r"marp|paginate|header|footer|class|backgroundColor|backgroundImage|backgroundPosition|"
    r"backgroundRepeat|backgroundSize|color|transition|lang)\s*:",
)


def _only_images(inline: Token) -> bool:
    """Whether an inline token holds images only (linked or not, and the spaces between)."""
    kids = inline.children or []
    return any(k.type == "image" for k in kids) and all(
        k.type in ("image", "softbreak", "link_open", "link_close")
        or (k.type == "text" and not k.content.strip())
        for k in kids
    )


def _speaker_note(markup: str) -> str:
    """A Marp slide's presenter note: an HTML comment, not a directive, as one line."""
    m = re.fullmatch(r"\s*<!--(.*?)-->\s*", markup, re.S)
    if m is None:
        return ""
    lines = [x.strip() for x in m[1].strip().splitlines()]
    kept = [x for x in lines if x and not _MARP_DIRECTIVE.match(x)]
    return " ".join(kept)


class _Reader:
    """Walks the token stream once, keeping the heading path and the open list items."""

    def __init__(self, document: str):
        self.document = document
        self.blocks: list[Block] = []
        self.headings: list[tuple[int, str]] = []
        self.disclosures: list[int] = []  # the levels of the <details> summaries open
        self.panels: list[tuple[str, int]] = []  # the labelled MDX panels open: tag, level
        self.lists: list[bool] = []  # ordered?, one per open list
        self.items: list[ListItem | None] = []  # one per open list item
        self.defined_term = ""  # the term of the definition list's descriptions to come
        self.describing: tuple[ListItem | None, str] = (None, "")  # the open one, its term
        # the to-do items, by id (each held here, so no later item takes its id), kept only
        # over items of their own
        self.todos: dict[int, ListItem] = {}
        self.quoted = 0  # blockquotes open: "> 💡 tip" under an item is a remark of its own
        self.speaker_notes = False  # a Marp deck's: its HTML comments are the presenter's notes

    def src(self, a: int, b: int) -> Source:
        """A 0-based, end-exclusive line map → a 1-based, inclusive span in the current section."""
        return Source(self.document, tuple(t for _, t in self.headings), a + 1, max(a + 1, b))

    def heading(self, level: int, title: str, line_map: list[int]) -> None:
        title = clean_heading(title)
        if not title:
            return
        item = self.items[-1] if self.items else None
        if item is not None and not item.raw and not item.children:
            # "- ## Topic" (an outliner's page): the item is the section, its items top level
            self.blocks.remove(item)
            parents = [i for i in self.items[:-1] if i is not None]
            if parents and item in parents[-1].children:
                parents[-1].children.remove(item)
            self.items[-1] = None
        while self.headings and self.headings[-1][0] >= level:
            self.headings.pop()
        self.headings.append((level, title))
        self.blocks.append(Heading(title, level, self.src(*line_map)))

    def paragraph(self, raw: str, line_map: list[int], lines: list[str] | None = None) -> None:
        starts = [i for i, line in enumerate(lines or []) if i and _FOOTNOTE_DEF.match(line)]
        if lines and starts:  # "[^1]: ...", "[^2]: ..." line under line: a paragraph each
            for a, b in zip([0, *starts], [*starts, len(lines)]):
                self.paragraph(" ".join(lines[a:b]), [line_map[0] + a, line_map[0] + b], lines[a:b])
            return
        if lines and len(lines) > 1 and any(_PROPERTY.match(line) for line in lines):
            kept = [i for i, line in enumerate(lines) if not _PROPERTY.match(line)]
            if kept:  # the lines that are not properties, from the first of them
                self.paragraph(
                    " ".join(lines[i] for i in kept),
                    [line_map[0] + kept[0], line_map[1]],
                    [lines[i] for i in kept],
                )
            item = self.items[-1] if self.items else None
            said = [
                (i, m[1].replace("-", " ").replace("_", " "), m[2].strip())
                for i, line in enumerate(lines)
                if (m := re.match(r"^\s*([A-Za-z][\w-]*)::\s+(\S.*)$", line))
                and m[1].lower() not in _OUTLINER_KEYS
            ]
            if item is not None and item.raw and said:
                # "- Gromble\n  input:: CSV, Avro": a block's own properties are a record of
                # it, read as a table's row (its name, bold, the subject); the outliner's own keys
                # ("id::") are metadata
                first, last = line_map[0] + said[0][0], line_map[0] + said[-1][0]
                header = Row(["", *(k for _, k, _ in said)], first)
                row = Row([f"**{plain(item.raw)}**", *(v for _, _, v in said)], first)
                _add_table(self.blocks, [header, row], self.src(first, last + 1))
            return
        if lines and (callout := _CALLOUT.match(lines[0])):
            # "> [!tip] Picking one" over its lines: the title leads in what follows it
            title = callout[2].strip()
            if title:
                lead = title if title[-1] in ":?!." else f"{title}:"
                self.paragraph(lead, [line_map[0], line_map[0] + 1])
            if len(lines) > 1:
                self.paragraph(" ".join(lines[1:]), [line_map[0] + 1, line_map[1]], lines[1:])
            return
        if not plain(raw) or _PROPERTY.match(raw):
            return
        raw = _FOOTNOTE.sub("", raw)
        if self.items and self.items[-1] is not None:
            item = self.items[-1]
            if not item.raw and _TASK.match(raw.lstrip()):
                rest = _TASK.sub("", raw.lstrip(), count=1)
                parents = [i for i in self.items[:-1] if i is not None]
                # "- Four monitor types:" over "- [x] Data quality — drift in ...": the boxes
                # tick off the things the lead-in lists
                listed = bool(parents) and parents[-1].text.rstrip().endswith(":")
                if not split_lead(rest)[0] and not listed and not _SAYS.search(rest):
                    # "- [x] review the limits": a to-do that says nothing of a thing is the
                    # reader's plan, not what the notes know (and no member of a list), where
                    # "- [x] quill rows — kept a day" is a point ticked off; one with items
                    # under it ("- [x] scaling" over what scaling is) is a topic, kept while
                    # it has them
                    self.todos[id(item)] = item
                raw = rest  # "- [x] **Quill** – keeps rows": a point ticked off, said
            if (
                not item.raw
                and lines
                and len(lines) > 1
                and self._titled_card(item, lines, line_map)
            ):
                return
            if not item.raw:  # the item's first paragraph is its text
                if self.describing[0] is item and self.describing[1]:
                    raw = f"**{self.describing[1]}:** {raw}"  # a definition list's description
                item.raw = raw
                item.term, item.text = split_lead(raw)
                item.source = self.src(line_map[0], line_map[1])
                return
            if (
                not item.children
                and self.blocks[-1] is item
                and not item.term
                and is_title_like(item.raw)
                and not self.quoted
            ):
                # "- Shadow tests" over a paragraph of its own: the item's title and its text
                item.raw = f"**{plain(item.raw)}:** {raw}"
                item.term, item.text = split_lead(item.raw)
                s = item.source
                item.source = Source(s.document, s.section, s.line_start, line_map[1])
                return
            if not item.children and self.blocks[-1] is item and not self.quoted:
                item.raw = f"{item.raw} {raw}"
                item.text = f"{item.text} {plain(raw)}".strip()
                s = item.source
                item.source = Source(s.document, s.section, s.line_start, line_map[1])
                return
        lines = lines or [raw]
        bulleted = [i for i, line in enumerate(lines) if glyph_bullet(line) is not None]
        if len(bulleted) >= 2:
            # "🔹 **Gromble** – ..." lines: a list typed with symbols, after any lead-in
            if bulleted[0]:
                self.paragraph(
                    " ".join(lines[: bulleted[0]]), [line_map[0], line_map[0] + bulleted[0]]
                )
            for i, end in zip(bulleted, [*bulleted[1:], len(lines)]):
                text = " ".join([glyph_bullet(lines[i]) or "", *lines[i + 1 : end]])
                term, said = split_lead(text)
                at = line_map[0] + i
                self.blocks.append(ListItem(said, term, 0, False, self.src(at, at + end - i), text))
            return
        if bulleted == [0] and (rest := glyph_bullet(raw)) is not None:
            raw = rest  # "🔹 **Gromble** – ..." alone: its lead term as if no symbol stood there
        if len(lines) > 1 and (cards := _card_starts(lines)):
            # "Q: ...\nA: ...\nQ: ...": one unit a card, after any lines before the first
            for i, end in zip([0, *cards], [*cards, len(lines)]):
                if i < end:
                    self.paragraph(" ".join(lines[i:end]), [line_map[0] + i, line_map[0] + end])
            return
        while lines and _TAG_LINE.fullmatch(lines[0]) and len(lines) > 1:
            # "#aws/kinesis" over a deck's cards: a tag, no words of the notes
            lines, line_map = lines[1:], [line_map[0] + 1, line_map[1]]
            raw = " ".join(lines)
        marks = [i for i, line in enumerate(lines) if line.strip() in ("?", "??")]
        if len(marks) == 1:
            # a spaced-repetition card over lines: its front (from the line after any one-line
            # card above it), a "?" line, its back
            first = max(
                (
                    i + 1
                    for i in range(marks[0])
                    if _CARD_LINE.match(lines[i]) or _defines(lines[i])
                ),
                default=0,
            )
            if (card := _reversed_card(lines[first:])) is not None:
                if first:
                    self.paragraph(
                        " ".join(lines[:first]), [line_map[0], line_map[0] + first], lines[:first]
                    )
                self.paragraph(card, [line_map[0] + first, line_map[1]])
                return
        starts = [i for i, line in enumerate(lines) if _CARD_LINE.match(line) or _defines(line)]
        if starts:
            # "TF-IDF :: term frequency × ...": one definition a line (a glossary's fields,
            # a deck's cards), or over several when hard-wrapped, after any lines the
            # paragraph opens with; "What loads rows? :: Gromble": a card, asked and answered
            if starts[0]:
                self.paragraph(" ".join(lines[: starts[0]]), [line_map[0], line_map[0] + starts[0]])
            for i, end in zip(starts, [*starts[1:], len(lines)]):
                at = line_map[0] + i
                if card := _CARD_LINE.match(" ".join(lines[i:end])):
                    answer = _TAG.sub("", card["a"]).strip()
                    self.paragraph(f"Q: {card['q']} A: {answer}", [at, at + end - i])
                    continue
                m = _defines(" ".join(lines[i:end]))
                if _COMPLETED.search(m[1]):
                    # "Deploy compiled models to devices with ::: Zorb Edge": a front that the
                    # back completes asks for it, as a question would
                    answer = _TAG.sub("", m[2]).strip()
                    self.paragraph(f"Q: {m[1].strip()}? A: {answer}", [at, at + end - i])
                    continue
                self.blocks.append(
                    Paragraph(
                        plain(m[2]),
                        plain(m[1]),
                        self.src(at, at + end - i),
                        raw=f"**{m[1]}:** {m[2]}",
                    )
                )
            return
        colons = glossary_starts(lines)
        if colons:
            # "File copy: ...\nStream copy: ...": a line a term; the outline reads the run
            if colons[0]:
                self.paragraph(" ".join(lines[: colons[0]]), [line_map[0], line_map[0] + colons[0]])
            for i, end in zip(colons, [*colons[1:], len(lines)]):
                at = line_map[0] + i
                text = " ".join(lines[i:end])
                self.blocks.append(Paragraph(plain(text), "", self.src(at, at + end - i), raw=text))
            return
        term, text = split_lead(raw)
        if not raw.lstrip().startswith("**") and (defined := defined_lead(raw)):
            # "Term := rest" reads as "**Term:** rest"
            raw = f"**{defined[0]}:** {defined[1]}"
        self.blocks.append(Paragraph(text, term, self.src(*line_map), raw=raw))

    def _titled_card(self, item: ListItem, lines: list[str], line_map: list[int]) -> bool:
        """An item whose first line is a bold title alone and whose next lines, in the same
        paragraph, each say a thing of it (a board's card: "- [ ] **Gromble vs Quill
        endpoints**" over "GE: many models ..." and "quill: one container ..."): the title is
        the item's text, each line an item under it (a line that runs on from one cut short,
        in lower case, goes with it). Whether it was done."""
        first = _TASK.sub("", lines[0].strip(), count=1)
        if not re.fullmatch(r"\*\*[^*]+\*\*", first) or not is_title_like(first):
            return False
        said = [(i, x.strip()) for i, x in enumerate(lines[1:], 1) if plain(x).strip()]
        if len(said) < 2:
            return False
        runs: list[list[tuple[int, str]]] = []
        for i, x in said:
            last = runs[-1][-1][1] if runs else ""
            if (
                runs
                and x[:1].islower()
                and not re.match(r"[\w*`][^:.;!?]{0,40}?(?::|\s=)\s+\S", x)
                and not re.search(r"[.!?:;]$", last)
            ):
                runs[-1].append((i, x))  # a line cut short goes on
            else:
                runs.append([(i, x)])
        if not re.match(
            r"(?:[A-Z*`][^:.;!?]{0,50}?)(?::|\s=|\s[-–—→]|\s->|\s=>)\s+\S", runs[0][0][1]
        ):
            # the first line says what the title is ("compile once ..." under Zorb Neo), as
            # a line naming no thing first does ("deprecated: no new ..."): the item's text
            end = line_map[0] + runs[0][-1][0] + 1
            text = " ".join(x for _, x in runs.pop(0))
            self.paragraph(f"{lines[0]}: {text}", [line_map[0], end])
        else:
            self.paragraph(lines[0], [line_map[0], line_map[0] + 1])
        for run in runs:
            at = line_map[0] + run[0][0]
            text = " ".join(x for _, x in run)
            term, said_of = split_lead(text)
            child = ListItem(
                said_of, term, item.depth + 1, False, self.src(at, at + len(run)), text
            )
            item.children.append(child)
            self.blocks.append(child)
        return True

    def open_item(self, line_map: list[int]) -> None:
        parents = [i for i in self.items if i is not None]
        item = ListItem(
            text="",
            term="",
            depth=len(parents),
            ordered=self.lists[-1] if self.lists else False,
            source=self.src(line_map[0], line_map[0] + 1),
        )
        if parents:
            parents[-1].children.append(item)
        self.items.append(item)
        self.blocks.append(item)

    def close_item(self) -> None:
        item = self.items.pop()
        if item is not None and (not item.raw or id(item) in self.todos) and not item.children:
            self.close_item_block(item)

    def close_item_block(self, item: ListItem) -> None:
        """Take an item that says nothing of its own out of the blocks and its parent."""
        self.blocks.remove(item)
        parents = [i for i in self.items if i is not None]
        if parents and item in parents[-1].children:
            parents[-1].children.remove(item)

    def table(self, rows: list[Row], line_map: list[int]) -> None:
        _add_table(self.blocks, rows, self.src(*line_map))

    def html(self, markup: str, line_map: list[int], n_lines: int) -> None:
        """Raw HTML: its tables, lists and headings read by the HTML reader, at these lines.
        A ``<details>`` block's summary titles the Markdown inside it, up to ``</details>``."""
        if re.match(r"(?is)^\s*</details>", markup) and self.disclosures:
            level = self.disclosures.pop()
            while self.headings and self.headings[-1][0] >= level:
                self.headings.pop()
            return
        tags = list(_COMPONENT_TAG.finditer(markup))
        if tags and not _COMPONENT_TAG.sub("", markup).strip():
            # MDX components alone ("<Tabs>", "<TabItem label='X'>", "</TabItem>"): a panel
            # titled by its label (Docusaurus' tab, an <Accordion title="X">) is a section
            # under the heading above, to its closing tag
            for tag in tags:
                if tag["end"] and self.panels and self.panels[-1][0] == tag["tag"]:
                    level = self.panels.pop()[1]
                    while self.headings and self.headings[-1][0] >= level:
                        self.headings.pop()
                elif not tag["end"] and (label := _PANEL_LABEL.search(tag["attrs"])):
                    level = (self.headings[-1][0] if self.headings else 1) + 1
                    title = clean_heading(html_lib.unescape(label["title"]))
                    if title:
                        self.heading(level, title, line_map)
                        self.panels.append((tag["tag"], level))
            return
        if not _BLOCK_HTML.search(markup):
            if plain(markup) and not re.match(r"(?is)^\s*<(script|style|!--)", markup):
                self.paragraph(markup.strip(), line_map)
            return
        from .html import parse_html_fragment

        for block in parse_html_fragment(
            markup, self.document, line_map[0] + 1, self.headings, n_lines
        ):
            if isinstance(block, Table):
                rows = [Row(block.header, block.source.line_start), *block.rows]
                _add_table(self.blocks, rows, block.source)
            else:
                self.blocks.append(block)
                if (
                    isinstance(block, Heading)
                    and re.match(r"(?is)^\s*<details\b", markup)
                    and not re.search(r"(?i)</details>", markup)
                ):
                    # the summary of a disclosure left open: what follows is under it
                    while self.headings and self.headings[-1][0] >= block.level:
                        self.headings.pop()
                    self.headings.append((block.level, block.title))
                    self.disclosures.append(block.level)


def _table_rows(tokens: list[Token], i: int) -> tuple[list[Row], int]:
    """The rows of a GFM table starting at ``tokens[i]`` (table_open), and the index after it."""
    rows: list[Row] = []
    cells: list[str] = []
    line = 0
    while tokens[i].type != "table_close":
        t = tokens[i]
        if t.type == "tr_open":
            cells, line = [], (t.map[0] + 1 if t.map else line + 1)
        elif t.type == "inline":
            cells.append(render_inline(t))
        elif t.type == "tr_close":
            rows.append(Row(cells, line))
        i += 1
    return rows, i


def _tab_rows(token: Token) -> list[Row]:
    start = token.map[0] if token.map else 0
    return [
        Row([c.strip() for c in line.split("\t")], start + n + 1)
        for n, line in enumerate(token.content.split("\n"))
    ]


def parse_markdown(text: str, document: str) -> list[Block]:
    """The blocks of a Markdown document, in order, each with its section path and lines."""
    text = text.replace("\r\n", "\n").replace("\r", "\n").replace("\u00a0", " ")
    if is_transcript(lines := text.split("\n")):
        r = _Reader(document)
        read_transcript(lines, r.heading, r.paragraph)
        return r.blocks
    read = _plain_text_habits(_site_generator_habits(_myst_habits(_zim_habits(text))))
    tokens = _lazy_lines_out(_parser().parse(read), lines)
    n_lines = text.count("\n") + 1
    r = _Reader(document)
    i = 0
    while i < len(tokens):
        t = tokens[i]
        if t.type == "heading_open":
            r.heading(int(t.tag[1]), render_inline(tokens[i + 1]), t.map or [0, 1])
            i += 2
        elif t.type == "paragraph_open" and _only_images(tokens[i + 1]):
            # pictures only: badges ("[![License: MIT](...)](LICENSE)"), a slide's background
            # ("![bg right:40%](x.png)", its alt text Marp's settings): no text of the notes
            i += 2
        elif t.type == "paragraph_open":
            r.paragraph(
                render_inline(tokens[i + 1]),
                t.map or [0, 1],
                render_inline(tokens[i + 1], breaks="\n").split("\n"),
            )
            i += 2
        elif t.type in ("blockquote_open", "blockquote_close"):
            r.quoted += 1 if t.type == "blockquote_open" else -1
        elif t.type in ("bullet_list_open", "ordered_list_open"):
            r.lists.append(t.type == "ordered_list_open")
        elif t.type in ("bullet_list_close", "ordered_list_close"):
            r.lists.pop()
        elif t.type == "dt_open":  # a definition list's term: what its descriptions are of
            r.defined_term = render_inline(tokens[i + 1]).replace("**", "").rstrip(" :")
            i += 2
        elif t.type == "dd_open":  # each description an item led by the term
            r.lists.append(False)
            r.open_item(t.map or [0, 1])
            r.describing = (r.items[-1], r.defined_term)
        elif t.type == "dd_close":
            r.close_item()
            r.lists.pop()
        elif t.type == "list_item_open":
            r.open_item(t.map or [0, 1])
        elif t.type == "list_item_close":
            r.close_item()
        elif t.type == "table_open":
            rows, i = _table_rows(tokens, i)
            r.table(rows, t.map or [0, 1])
        elif t.type == "tab_table":
            r.table(_tab_rows(t), t.map or [0, 1])
        elif t.type == "grid_table":
            r.table(_grid_rows(t), t.map or [0, 1])
        elif t.type == "simple_table":
            r.table(_simple_rows(t), t.map or [0, 1])
        elif t.type == "aligned_table":
            r.table(t.meta["rows"], t.map or [0, 1])
        elif t.type == "front_matter":
            r.speaker_notes = bool(re.search(r"(?m)^marp:\s*true\s*$", t.content))
        elif t.type == "html_block" and r.speaker_notes and (note := _speaker_note(t.content)):
            r.paragraph(note, t.map or [0, 1])
        elif t.type == "html_block":
            r.html(t.content, t.map or [0, 1], n_lines)
        elif t.type in ("fence", "code_block") and t.content.strip():
            r.blocks.append(Code(t.content, r.src(*(t.map or [0, 1])), t.info.strip()))
        # front matter and rules carry no facts
        i += 1
    _tags_over_items(r.blocks, text.split("\n"))
    return _footnotes_where_called(r.blocks, text.split("\n"))


_FOOTNOTE_DEF = re.compile(r"^\s*\[\^([^\]\s]+)\]:")
_FOOTNOTE_CALL = re.compile(r"(?<=[\w*_`)])\[\^([^\]\s]+)\]|\[\^([^\]\s]+)\](?!:)")


def _footnotes_where_called(blocks: list[Block], lines: list[str]) -> list[Block]:
    """A footnote ("[^2]: Renamed in 2024") is read where it is called, as DOCX footnotes are:
    right after the block that calls it, in that block's section, under a list item that
    calls it as one of its items (its lines stay its own)."""
    defined: dict[int, str] = {}  # 1-based line → the footnote defined there
    called: dict[str, int] = {}  # footnote → the 1-based line that first calls it
    for n, line in enumerate(lines, 1):
        if m := _FOOTNOTE_DEF.match(line):
            defined[n] = m[1]
            line = line[m.end() :]
        for m in _FOOTNOTE_CALL.finditer(line):
            called.setdefault(m[1] or m[2], n)
    if not defined:
        return blocks

    def caller_of(block: Block) -> Block | None:
        src = getattr(block, "source", None)
        note = defined.get(src.line_start) if src is not None else None
        if note is None or note not in called:
            return None
        at = called[note]
        for b in blocks:
            bs = getattr(b, "source", None)
            if b is not block and bs is not None and bs.line_start <= at <= bs.line_end:
                return b
        return None

    moved = {id(b): c for b in blocks if isinstance(b, Paragraph) and (c := caller_of(b))}
    out = [b for b in blocks if id(b) not in moved]
    for b in blocks:
        caller = moved.get(id(b))
        if caller is None or caller not in out:
            continue
        section = caller.source.section
        source = Source(b.source.document, section, b.source.line_start, b.source.line_end)
        if isinstance(caller, ListItem):
            note = ListItem(b.text, b.term, caller.depth + 1, False, source, raw=b.raw)
            caller.children.append(note)
        else:
            note = Paragraph(b.text, b.term, source, raw=b.raw)
        at = out.index(caller) + 1
        while at < len(out) and isinstance(out[at], ListItem) and out[at] in descendants(caller):
            at += 1  # after the caller's own items
        out.insert(at, note)
    return out


# "#metrics", "#[[input modes]]": a note app's tag, the words it files a block under
_TAG_WORDS = re.compile(r"(?<![\w&#/])#(?:\[\[([^\]]+)\]\]|([A-Za-z][\w-]*))")


def _tags_over_items(blocks: list[Block], lines: list[str]) -> None:
    """An item tagged with a plural ("Gromble scores #rates") files the items
    under it as things of that kind, as a lead-in "Metrics:" over them would."""
    for b in blocks:
        if not isinstance(b, ListItem) or not b.children:
            continue
        line = lines[b.source.line_start - 1] if 0 < b.source.line_start <= len(lines) else ""
        tags = [(m[1] or m[2]).replace("-", " ") for m in _TAG_WORDS.finditer(line)]
        plural = [t for t in tags if is_plural_noun_phrase(t) and len(t.split()) <= 3]
        if len(plural) != 1:
            continue
        for child in b.children:
            child.listed_as = child.listed_as or plural[0]


def _add_table(blocks: list[Block], rows: list[Row], source: Source) -> None:
    """Append a table; a repeated header after a page break continues the previous table."""
    if not rows:
        return
    header = [plain(c) for c in rows[0].cells]
    body = rows[1:]
    last = [plain(r.cells[-1]) for r in rows if r.cells]
    if any(_TOC_HEADER.search(h) for h in header[1:]) or all(re.fullmatch(r"\d*", c) for c in last):
        return  # a table of contents, not content
    width = len(header)
    for row in body:
        if len(row.cells) < width:
            row.cells = row.cells + [""] * (width - len(row.cells))
    prev = next((b for b in reversed(blocks) if not isinstance(b, Paragraph)), None)
    if isinstance(prev, Table) and [plain(c) for c in prev.header] == header:
        prev.rows.extend(body)
        s = prev.source
        prev.source = Source(s.document, s.section, s.line_start, source.line_end, s.page)
        return
    blocks.append(Table(header, body, source))
