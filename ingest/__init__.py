"""Documents → blocks → typed facts with provenance. Imports nothing from graph or search."""

from .extract import SUPPORTED_SUFFIXES, extract_documents
from .markdown import ParseError, parse_markdown, read_markdown
from .model import Entity, Extraction, Fact, TextUnit

__all__ = [
    "SUPPORTED_SUFFIXES",
    "Entity",
    "Extraction",
    "Fact",
    "ParseError",
    "TextUnit",
    "extract_documents",
    "parse_markdown",
    "read_markdown",
]
