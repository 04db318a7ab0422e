"""The ingest pipeline: read documents, interpret their blocks, link every mention."""

from __future__ import annotations

import hashlib
from collections.abc import Callable, Iterable, Mapping, Sequence
from pathlib import Path

from .builder import Builder
from .document import Document
from .enumerations import read_enumerations, read_headed_lists
from .formats import SUPPORTED_SUFFIXES, document_format, parse_document, read_bytes
from .lexicon import plural
from .mentions import mention_index
from .model import DocumentInfo, Extraction
from .outline import interpret_outline
from .prose import merge_defined_acronyms, read_prose_names, read_settings, read_shared_labels
from .remarks import read_remarked
from .renames import read_renames
from .statements import read_statements

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
    cues: Mapping[str, Sequence[str]] | None = None,
    class_names: Mapping[str, Sequence[str]] | None = None,
    listed: Mapping[str, tuple[str, bool]] | None = None,
    remarks: Mapping[str, tuple[str, tuple[str, ...]]] | None = None,
    renames: Sequence[str] = (),
) -> Extraction:
    """Entities, text units and facts of the given documents, as one resolved whole.

    ``cues`` maps a relation to the phrases that state it in running text (the ontology's
    labels and synonyms, ``graph.vocabulary.relation_cues()``); without them no relation is
    read from prose.
    """
    return extract_read(
        read_documents(paths, progress), cues, class_names, listed, remarks, renames
    )


def extract_read(
    documents: list[tuple[Document, str]],
    cues: Mapping[str, Sequence[str]] | None = None,
    class_names: Mapping[str, Sequence[str]] | None = None,
    listed: Mapping[str, tuple[str, bool]] | None = None,
    remarks: Mapping[str, tuple[str, tuple[str, ...]]] | None = None,
    renames: Sequence[str] = (),
) -> Extraction:
    """Interpret documents already read: one registry, so one node per thing across them.

    ``class_names`` maps a class to the words that name it in headers and headings (the
    ontology's class labels and synonyms, ``graph.vocabulary.class_names()``); without them
    no header types its entities. ``listed`` maps what a relation's objects or subjects are
    called to the relation ("destination" → deliversTo, its objects;
    ``graph.vocabulary.listed_relations()``): a list under "Destinations:" states it.
    ``remarks`` maps a relation to the one it narrows and the remarks that state it
    (``graph.vocabulary.object_remarks()``): "`num_round` (required)" among XGBoost's settings.
    ``renames`` are the phrases that say a thing was renamed (``rename_phrases()``).
    """
    b = Builder(class_names=class_names, cues=cues)
    b.listed = dict(listed or {})
    for doc, sha in documents:
        b.out.documents[doc.name] = DocumentInfo(doc.name, sha, doc.format, doc.pages, doc.warnings)
        interpret_outline(doc.blocks, b)
    b.resolve_pending()
    merge_defined_acronyms(b)
    b.merge_acronym_twins()
    # running text last: by now every name every document defines is known
    read_prose_names(b, (cues or {}).get("example", ()))
    b.merge_all(b.registry.coded_twins())  # "Q7" alone is "Q7 penalty" written short
    read_enumerations(b, cues)
    read_headed_lists(b)
    read_statements(b, cues)
    read_shared_labels(b)
    b.kinds_by_definitions()
    b.files_by_name()
    b.owned_kinds()  # once names are final
    b.merge_kind_word_twins()
    b.type_known_names()
    b.type_by_definitions()
    b.merge_vendor_twins()
    link_mentions(b)
    b.family_points()
    read_settings(b)  # once classes and mentions are final
    read_remarked(b, remarks or {})
    read_renames(b, renames)
    return b.out


def link_mentions(b: Builder) -> None:
    """Link each text unit to every entity its text names (labels and aliases, whole words)."""
    index = mention_index(b.out.entities, b.registry.surface_forms())
    for unit in b.out.units.values():
        for m in index.find_longest(unit.text):
            unit.mentions.add(m.value)
            e = b.out.entities[m.value]
            s = unit.text[m.start : m.end]
            if (
                s.lower() not in (e.label.lower(), plural(e.label).lower())  # "task nodes"
                and s.lower() not in {a.lower() for a in e.aliases}
            ):
                e.aliases.add(s)  # a spelling the document uses
