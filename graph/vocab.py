"""Namespaces, declared once. A typo in an ``MLKG`` term is an error (``_fail = True``)."""

from __future__ import annotations

import re

from rdflib import Namespace
from rdflib.namespace import DCTERMS, PROV, RDF, RDFS, SKOS, XSD, DefinedNamespace
from rdflib.term import URIRef

BASE = "https://mlkg.dev/"
ID = Namespace(BASE + "id/")


class MLKG(DefinedNamespace):
    """The mlkg ontology: a few classes and relations beyond RDFS, SKOS, PROV and DCTERMS."""

    _NS = Namespace(BASE + "ontology#")
    _fail = True

    # classes
    Entity: URIRef
    Service: URIRef
    Algorithm: URIRef
    Metric: URIRef
    ProblemType: URIRef
    UseCase: URIRef
    Technique: URIRef
    Framework: URIRef
    Tool: URIRef
    DataType: URIRef
    Distribution: URIRef
    DataFormat: URIRef
    InstanceType: URIRef
    MonitoringAspect: URIRef
    Hyperparameter: URIRef
    Category: URIRef
    Concept: URIRef
    Criterion: URIRef
    Kind: URIRef
    Attribute: URIRef
    Document: URIRef
    TextUnit: URIRef
    # relations between entities
    usedFor: URIRef
    addresses: URIRef
    suitableFor: URIRef
    evaluates: URIRef
    alternativeTo: URIRef
    monitoredBy: URIRef
    implementedWith: URIRef
    techniqueOf: URIRef
    partOf: URIRef
    builtOn: URIRef
    example: URIRef
    deliversTo: URIRef
    readsFrom: URIRef
    hasParameter: URIRef
    requiresParameter: URIRef
    inCategory: URIRef
    kind: URIRef
    # what a relation's objects or subjects are called (annotations on the relations)
    objectNoun: URIRef
    subjectNoun: URIRef
    objectRemark: URIRef  # a remark on an object that states a narrower relation
    # literal-valued and qualified facts
    whenToUse: URIRef
    hasProperty: URIRef
    currentName: URIRef
    note: URIRef
    hasAttribute: URIRef
    criterion: URIRef
    # provenance of text units
    mentions: URIRef
    section: URIRef
    lineStart: URIRef
    lineEnd: URIRef
    page: URIRef
    sha256: URIRef


PREFIXES = {
    "mlkg": str(MLKG._NS),
    "id": str(ID),
    "rdf": str(RDF),
    "rdfs": str(RDFS),
    "skos": str(SKOS),
    "prov": str(PROV),
    "dcterms": str(DCTERMS),
    "xsd": str(XSD),
}


def sparql_prefixes() -> str:
    """The PREFIX lines every example query starts with."""
    return "".join(f"PREFIX {p}: <{iri}>\n" for p, iri in PREFIXES.items())


def compact_iri(value: str | None) -> str | None:
    """An IRI as a prefixed name when a standard prefix covers it ("mlkg:Service",
    "id:Amazon-Kinesis"); anything else unchanged."""
    if not value:
        return value
    for p, iri in PREFIXES.items():
        if value.startswith(iri) and re.fullmatch(r"[\w.-]*", value[len(iri) :]):
            return f"{p}:{value[len(iri) :]}"
    return value


def with_prefixes(query: str) -> tuple[str, int]:
    """A user's query with the standard PREFIX lines it does not declare itself, and how many
    lines were added (for :func:`at_user_line`)."""
    declared = {m.lower() for m in re.findall(r"(?im)^\s*PREFIX\s+([\w-]*):", query)}
    prefixes = "".join(
        f"PREFIX {p}: <{iri}>\n" for p, iri in PREFIXES.items() if p.lower() not in declared
    )
    return prefixes + query, prefixes.count("\n")


def at_user_line(message: str, added: int) -> str:
    """An error message's "line N" counted in the query as the user wrote it."""
    if not added:
        return message
    return re.sub(r"\bline (\d+)", lambda m: f"line {max(1, int(m.group(1)) - added)}", message)


def source_label(document: str, line: int | str, page: int | str | None = None) -> str:
    """Where a piece of evidence stands, as users read it: "notes.md:12", "notes.pdf p. 3:12"."""
    page = int(page or 0)
    return f"{document} p. {page}:{line}" if page else f"{document}:{line}"
