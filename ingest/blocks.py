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


@dataclass
class Paragraph:
    text: str
    term: str
    source: Source
    raw: str = ""


@dataclass
class Code:
    """A code block or listing: never read as prose; only what it installs, imports and sets."""

    text: str
    source: Source
    language: str = ""


Block = Heading | Table | ListItem | Paragraph | Code
