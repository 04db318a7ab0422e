"""The blocks a document is made of: headings, tables, list items and paragraphs.

Every block keeps where it came from (document, section path, line span), so each fact
extracted from it can carry provenance.
"""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(frozen=True)
class Source:
    """Where a block stands: the document, its heading path, and its 1-based line span.

    Lines count in the document's reading view (:class:`ingest.document.Document.pages`): the
    source lines of Markdown and HTML, the paragraphs of a DOCX, the text lines of a PDF page.
    ``page`` is the 1-based PDF page (0 for documents without pages).
    """

    document: str
    section: tuple[str, ...]
    line_start: int
    line_end: int
    page: int = 0

    @property
    def section_title(self) -> str:
        return self.section[-1] if self.section else ""


@dataclass
class Heading:
    title: str
    level: int
    source: Source


@dataclass
class Row:
    cells: list[str]
    line: int


@dataclass
class Table:
    header: list[str]
    rows: list[Row]
    source: Source


@dataclass
class ListItem:
    """One bullet or numbered item; ``term`` is its bold lead term (``**Term:** text``)."""

    text: str
    term: str
    depth: int
    ordered: bool
    source: Source
    raw: str = ""
    children: list[ListItem] = field(default_factory=list)
    listed_as: str = ""  # what a lead-in above lists it as ("Destinations:" → "destination")
    glossary: bool = False  # every item of its list reads "Name – what it is"
    value_of: str = ""  # the setting a lead-in over it names ("... chosen by `mode`:")


def descendants(block: Block) -> list[Block]:
    """A list item's items, and theirs, in order."""
    children = list(getattr(block, "children", []))
    return children + [d for c in children for d in descendants(c)]


def append_nested(
    blocks: list[Block], open_items: list[tuple[int, ListItem]], level: int, item: ListItem
) -> None:
    """Append ``item`` at ``level`` (a list level, an indent) of a list written item by item
    (typed bullets, Word's list paragraphs): a child of the open item of a lower level, its
    depth theirs; a list starts afresh after any other block. ``open_items`` is updated."""
    if not (blocks and open_items and blocks[-1] is open_items[-1][1]):
        open_items.clear()
    while open_items and open_items[-1][0] >= level:
        open_items.pop()
    item.depth = len(open_items)
    if open_items:
        open_items[-1][1].children.append(item)
    open_items.append((level, item))
    blocks.append(item)


@dataclass
class Paragraph:
    text: str
    term: str
    source: Source
    raw: str = ""
    caption: bool = False  # a table's caption (a "Caption" style, <caption>), read before it


@dataclass
class Code:
    """A code block or listing: never read as prose; only what it installs, imports and sets."""

    text: str
    source: Source
    language: str = ""


Block = Heading | Table | ListItem | Paragraph | Code


def fold_group_header(grid: list[tuple[int, list[str]]]) -> list[tuple[int, list[str]]]:
    """A header of two rows, the first a group label spanning columns ("Inference options"
    over "Real-time | Serverless | Async"; a spanned cell repeats in the grid), as one: the
    second row's names, the first's where the second has none. Other grids as they are."""
    if len(grid) < 3:
        return grid
    (line, top), (_, sub), (_, third) = grid[0], grid[1], grid[2]
    spans = [
        i
        for i in range(min(len(top), len(sub)) - 1)
        if top[i]
        and top[i] == top[i + 1]
        and sub[i] != sub[i + 1]
        # a name under the label, not a value spanning rows down ("Quill" over two rows)
        and all(j >= len(third) or third[j] != sub[j] for j in (i, i + 1))
    ]
    if not spans:
        return grid
    header = [b or a for a, b in zip(top, sub)] + top[len(sub) :]
    return [(line, header), *grid[2:]]
