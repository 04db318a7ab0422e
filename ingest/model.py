"""What ingestion produces: entities, text units (the evidence) and facts between them."""

from __future__ import annotations

from dataclasses import dataclass, field

from .blocks import Source


@dataclass
class Entity:
    """One real-world thing, however many spellings the documents use for it."""

    id: str
    label: str
    cls: str = "Concept"
    aliases: set[str] = field(default_factory=set)
    definitions: list[str] = field(default_factory=list)


@dataclass
class TextUnit:
    """A piece of original text (a table row, a list item, a paragraph) and what it mentions."""

    id: str
    text: str
    source: Source
    mentions: set[str] = field(default_factory=set)
    code: tuple[str, ...] = ()  # the text's inline code spans (`max_depth`), as written
    is_code: bool = False  # a code block: evidence, but never read as prose


@dataclass(frozen=True)
class Fact:
    """``subject predicate object``, read from one text unit.

    ``obj`` is an entity id when ``obj_is_entity`` and a literal otherwise; ``criterion`` names
    the comparison criterion (an entity id) for ``hasAttribute`` facts.
    """

    subject: str
    predicate: str
    obj: str
    obj_is_entity: bool
    unit: str
    criterion: str = ""


@dataclass
class DocumentInfo:
    """What the build keeps of one document: its hash, format, reading view and warnings."""

    name: str
    sha256: str
    format: str
    pages: list[list[str]]
    warnings: list[str] = field(default_factory=list)


@dataclass
class Extraction:
    entities: dict[str, Entity] = field(default_factory=dict)
    units: dict[str, TextUnit] = field(default_factory=dict)
    facts: list[Fact] = field(default_factory=list)
    documents: dict[str, DocumentInfo] = field(default_factory=dict)

    def add(self, fact: Fact) -> None:
        self.facts.append(fact)
