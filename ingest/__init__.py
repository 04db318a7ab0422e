"""Documents → blocks → typed facts with provenance. Imports nothing from graph or search."""

from .document import Document, ParseError
from .extract import SUPPORTED_SUFFIXES, extract_documents, extract_read, read_documents
from .formats import document_format, read_document
from .markdown import parse_markdown, read_markdown
from .model import DocumentInfo, Entity, Extraction, Fact, TextUnit

__all__ = [
    "SUPPORTED_SUFFIXES",
    "Document",
    "DocumentInfo",
    "document_format",
    "extract_read",
    "read_document",
    "read_documents",
    "Entity",
    "Extraction",
    "Fact",
    "ParseError",
    "TextUnit",
    "extract_documents",
    "parse_markdown",
    "read_markdown",
]
