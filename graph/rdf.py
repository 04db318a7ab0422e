"""Facts → RDF: entities with labels and types, text units with provenance, reified facts."""

from __future__ import annotations

from collections.abc import Iterable
from functools import lru_cache
from importlib import resources
from pathlib import Path
from urllib.parse import quote

from rdflib import Graph
from rdflib.namespace import DCTERMS, PROV, RDF, RDFS, SKOS, XSD

from ingest import Extraction

from .vocab import ID, MLKG, PREFIXES


def doc_iri(name: str):
    """The document's IRI: its file name percent-encoded (RFC 3986), so any name is a valid IRI
    ("a<b>.md", a tab, a backtick); the name itself is the document's rdfs:label."""
    return ID["doc/" + quote(name, safe="")]


def read_ontology() -> Graph:
    g = Graph()
    g.parse(
        data=resources.files("graph").joinpath("ontology.ttl").read_text("utf-8"), format="turtle"
    )
    return g


def read_shapes() -> Graph:
    g = Graph()
    g.parse(
        data=resources.files("graph").joinpath("shapes.ttl").read_text("utf-8"), format="turtle"
    )
    return g


def bind_prefixes(g: Graph) -> Graph:
    for p, iri in PREFIXES.items():
        g.bind(p, iri, override=True)
    return g


def write_ntriples(lines: Iterable[str], path: str | Path) -> None:
    """N-Triples lines (see :func:`extraction_to_ntriples`), sorted and without repeats: the
    same graph always gives the same bytes."""
    unique = lines if isinstance(lines, (set, frozenset)) else set(lines)
    Path(path).write_text("".join(sorted(unique)), encoding="utf-8")


def _iri(iri) -> str:
    return f"<{iri}>"


def _literal(text, datatype: str = "") -> str:
    """An N-Triples literal, escaped as rdflib's N-Triples writer does."""
    quoted = (
        str(text)
        .replace("\\", "\\\\")
        .replace("\n", "\\n")
        .replace('"', '\\"')
        .replace("\r", "\\r")
    )
    return f'"{quoted}"^^<{datatype}>' if datatype else f'"{quoted}"'


@lru_cache(maxsize=1)
def _ontology_lines() -> frozenset[str]:
    from rdflib.plugins.serializers.nt import _nt_row

    return frozenset(_nt_row(t) for t in read_ontology())


_TYPE, _LABEL, _ALT = _iri(RDF.type), _iri(RDFS.label), _iri(SKOS.altLabel)
_DEFINITION, _VALUE, _SOURCE = _iri(SKOS.definition), _iri(RDF.value), _iri(DCTERMS.source)
_DERIVED, _INTEGER = _iri(PROV.wasDerivedFrom), str(XSD.integer)


def extraction_to_ntriples(x: Extraction, with_ontology: bool = True) -> set[str]:
    """The RDF graph of an extraction as N-Triples lines (written directly: building rdflib
    terms and a Graph's indexes cost more than reading a large document); with the ontology so
    the store can answer class queries."""
    g: set[str] = set(_ontology_lines()) if with_ontology else set()
    base = str(ID)  # IRIs as strings: rdflib terms check each IRI, which costs more than all else

    def entity(entity_id: str) -> str:
        return f"<{base}{entity_id}>"

    def unit_ref(unit_id: str) -> str:
        return f"<{base}unit/{unit_id}>"

    doc_ref = lru_cache(maxsize=None)(lambda name: _iri(doc_iri(name)))

    def add(s: str, p: str, o: str) -> None:
        g.add(f"{s} {p} {o} .\n")

    mlkg = lru_cache(maxsize=None)(lambda name: f"<{MLKG._NS}{name}>")

    for name, info in x.documents.items():
        d = _iri(doc_iri(name))
        add(d, _TYPE, mlkg("Document"))
        add(d, _LABEL, _literal(name))
        add(d, _iri(DCTERMS.title), _literal(name))
        add(d, _iri(DCTERMS["format"]), _literal(info.format))
        add(d, mlkg("sha256"), _literal(info.sha256))
    for e in x.entities.values():
        s = entity(e.id)
        add(s, _TYPE, mlkg(e.cls))
        add(s, _LABEL, _literal(e.label))
        for a in sorted(e.aliases):
            add(s, _ALT, _literal(a))
        if e.definitions:
            add(s, _DEFINITION, _literal(e.definitions[0]))
    for u in x.units.values():
        s = unit_ref(u.id)
        add(s, _TYPE, mlkg("TextUnit"))
        where = f"p{u.source.page}:" if u.source.page else ""
        add(s, _LABEL, _literal(f"{u.source.document}:{where}{u.source.line_start}"))
        if u.source.page:
            add(s, mlkg("page"), _literal(u.source.page, _INTEGER))
        add(s, _VALUE, _literal(u.text))
        add(s, _SOURCE, doc_ref(u.source.document))
        add(s, mlkg("section"), _literal(" > ".join(u.source.section)))
        add(s, mlkg("lineStart"), _literal(u.source.line_start, _INTEGER))
        add(s, mlkg("lineEnd"), _literal(u.source.line_end, _INTEGER))
        for m in sorted(u.mentions):
            if m in x.entities and x.entities[m].cls not in ("Kind", "Criterion"):
                add(s, mlkg("mentions"), entity(m))
    for n, f in enumerate(x.facts):
        s = entity(f.subject)
        unit = unit_ref(f.unit)
        if f.predicate == "hasAttribute":
            a = f"<{base}attr/{n}>"
            add(s, mlkg("hasAttribute"), a)
            add(a, _TYPE, mlkg("Attribute"))
            add(a, mlkg("criterion"), entity(f.criterion))
            add(a, _VALUE, _literal(f.obj))
            add(a, _DERIVED, unit)
            continue
        p = _DEFINITION if f.predicate == "definition" else mlkg(f.predicate)
        o = entity(f.obj) if f.obj_is_entity else _literal(f.obj)
        add(s, p, o)
        st = f"<{base}fact/{n}>"
        add(st, _TYPE, _iri(RDF.Statement))
        add(st, _iri(RDF.subject), s)
        add(st, _iri(RDF.predicate), p)
        add(st, _iri(RDF.object), o)
        add(st, _DERIVED, unit)
    return g
