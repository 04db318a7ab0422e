"""The ingest pipeline: read documents, interpret their blocks, link every mention."""

from __future__ import annotations

import hashlib
import re
from collections.abc import Callable, Iterable
from pathlib import Path

from .builder import Builder
from .document import Document
from .formats import SUPPORTED_SUFFIXES, document_format, parse_document, read_bytes
from .model import DocumentInfo, Extraction
from .outline import interpret_outline

__all__ = ["SUPPORTED_SUFFIXES", "document_format", "extract_documents", "read_documents"]


def read_documents(
    paths: Iterable[str | Path], progress: Callable[[str], None] | None = None
) -> list[tuple[Document, str]]:
    """Each document read into blocks, with the SHA-256 of its bytes."""
    out = []
    for path in map(Path, paths):
        document_format(path)
        data = read_bytes(path)
        out.append((parse_document(data, path.name, path.suffix), hashlib.sha256(data).hexdigest()))
        if progress:
            progress(path.name)
    return out


def extract_documents(
    paths: Iterable[str | Path],
    progress: Callable[[str], None] | None = None,
) -> Extraction:
    """Entities, text units and facts of the given documents, as one resolved whole."""
    return extract_read(read_documents(paths, progress))


def extract_read(documents: list[tuple[Document, str]]) -> Extraction:
    """Interpret documents already read: one registry, so one node per thing across them."""
    b = Builder()
    for doc, sha in documents:
        b.out.documents[doc.name] = DocumentInfo(doc.name, sha, doc.format, doc.pages, doc.warnings)
        interpret_outline(doc.blocks, b)
    b.resolve_pending()
    link_mentions(b)
    return b.out


def link_mentions(b: Builder) -> None:
    """Link each text unit to every entity its text names (labels and aliases, whole words)."""
    forms = b.registry.surface_forms()
    # the other prefix of a service name is the same service ("AWS QuickSight")
    for e in b.out.entities.values():
        if e.cls == "Service":
            for n in (e.label, *e.aliases):
                for a, z in (("Amazon ", "AWS "), ("AWS ", "Amazon ")):
                    if n.startswith(a):
                        forms.setdefault(z + n[len(a) :], e.id)
    exact = {f: eid for f, eid in forms.items() if len(f) <= 4 or f.isupper()}
    folded = {f.lower(): eid for f, eid in forms.items() if f not in exact}
    pattern = re.compile(
        r"(?<![\w-])("
        + "|".join(re.escape(f) for f in sorted(forms, key=len, reverse=True))
        + r")(?![\w-])",
        re.I,
    )
    for unit in b.out.units.values():
        for m in pattern.finditer(unit.text):
            s = m.group(1)
            eid = exact.get(s) or folded.get(s.lower())
            if eid:
                unit.mentions.add(eid)
                e = b.out.entities[eid]
                if (
                    s != e.label
                    and s not in e.aliases
                    and s.lower() not in {a.lower() for a in e.aliases}
                    and s.lower() != e.label.lower()
                ):
                    e.aliases.add(s)  # a spelling the document uses
