"""A read document: its blocks, the text a reader follows provenance in, and its warnings.

Every format (Markdown, HTML, PDF, DOCX) is read into the same :class:`Document`, so what
comes after (interpretation, facts, the Sources page) never asks which format it was.
"""

from __future__ import annotations

import codecs
from dataclasses import dataclass, field

from .blocks import Block


class ParseError(ValueError):
    """A document that cannot be read, with the file and line (or page) it failed at."""

    def __init__(self, document: str, line: int, message: str, page: int = 0):
        where = f" (page {page}, line {line})" if page else f":{line}" if line else ""
        super().__init__(f"{document}{where}: {message}")
        self.document, self.line, self.page, self.message = document, line, page, message


@dataclass
class Document:
    """One document as blocks, plus its reading view.

    ``pages`` is what a user sees when following an evidence link: one list of lines per page
    (documents without pages have one page). A block's ``Source.line_start`` indexes the lines
    of page ``Source.page`` (or of the only page), 1-based.
    """

    name: str
    format: str  # "markdown", "html", "pdf", "docx"
    blocks: list[Block]
    pages: list[list[str]]
    warnings: list[str] = field(default_factory=list)


_BOMS = [
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
]


def decode_text(data: bytes, document: str) -> str:
    """Bytes of a text document → str: UTF-8 (with or without BOM) or BOM-marked UTF-16/32.

    Anything else is an error naming the line where decoding failed; binary data (NUL bytes
    without a UTF-16/32 BOM) is refused as "not a text document".
    """
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            try:
                return data.decode(encoding).lstrip("\ufeff")
            except UnicodeDecodeError as exc:
                raise ParseError(document, 1, f"not valid {encoding.upper()} text") from exc
    if b"\x00" in data[:8192]:
        line = data[: data.index(b"\x00")].count(b"\n") + 1
        raise ParseError(document, line, "not a text document (binary data)")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as exc:
        line = data[: exc.start].count(b"\n") + 1
        raise ParseError(document, line, "not UTF-8 text (save it as UTF-8)") from exc


def split_lines(text: str) -> list[str]:
    """Lines as editors count them: only \\n, \\r\\n and \\r end a line.

    ``str.splitlines`` also splits at form feeds, U+2028 and other separators, which would shift
    every later line number away from what the user's editor shows.
    """
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    lines = text.split("\n")
    if lines and lines[-1] == "":
        lines.pop()
    return lines
