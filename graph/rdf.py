"""Facts → RDF: entities with labels and types, text units with provenance, reified facts."""

from __future__ import annotations

from importlib import resources
from pathlib import Path
from urllib.parse import quote

from rdflib import Graph, Literal
from rdflib.namespace import DCTERMS, PROV, RDF, RDFS, SKOS, XSD

from ingest import Extraction

from .vocab import ID, MLKG, PREFIXES


def entity_iri(entity_id: str):
    return ID[entity_id]


def unit_iri(unit_id: str):
    return ID["unit/" + unit_id]


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


def write_ntriples(g: Graph, path: str | Path) -> None:
    """The graph as N-Triples, one triple a line, sorted: the same graph always gives the same
    bytes (rdflib writes in the order of its hashed indexes, which changes per process)."""
    lines = sorted(set(g.serialize(format="nt", encoding="utf-8").splitlines()))
    Path(path).write_bytes(b"\n".join(line for line in lines if line) + b"\n")


def extraction_to_graph(x: Extraction, with_ontology: bool = True) -> Graph:
    """The RDF graph of an extraction; with the ontology so the store can answer class queries."""
    g = bind_prefixes(read_ontology() if with_ontology else Graph())
    add = g.add
    for name, info in x.documents.items():
        d = doc_iri(name)
        add((d, RDF.type, MLKG.Document))
        add((d, RDFS.label, Literal(name)))
        add((d, DCTERMS.title, Literal(name)))
        add((d, DCTERMS["format"], Literal(info.format)))
        add((d, MLKG.sha256, Literal(info.sha256)))
    for e in x.entities.values():
        s = entity_iri(e.id)
        add((s, RDF.type, MLKG[e.cls]))
        add((s, RDFS.label, Literal(e.label)))
        for a in sorted(e.aliases):
            add((s, SKOS.altLabel, Literal(a)))
        if e.definitions:
            add((s, SKOS.definition, Literal(e.definitions[0])))
    for u in x.units.values():
        s = unit_iri(u.id)
        add((s, RDF.type, MLKG.TextUnit))
        where = f"p{u.source.page}:" if u.source.page else ""
        add((s, RDFS.label, Literal(f"{u.source.document}:{where}{u.source.line_start}")))
        if u.source.page:
            add((s, MLKG.page, Literal(u.source.page, datatype=XSD.integer)))
        add((s, RDF.value, Literal(u.text)))
        add((s, DCTERMS.source, doc_iri(u.source.document)))
        add((s, MLKG.section, Literal(" > ".join(u.source.section))))
        add((s, MLKG.lineStart, Literal(u.source.line_start, datatype=XSD.integer)))
        add((s, MLKG.lineEnd, Literal(u.source.line_end, datatype=XSD.integer)))
        for m in sorted(u.mentions):
            if m in x.entities and x.entities[m].cls not in ("Kind", "Criterion"):
                add((s, MLKG.mentions, entity_iri(m)))
    for n, f in enumerate(x.facts):
        s = entity_iri(f.subject)
        unit = unit_iri(f.unit)
        if f.predicate == "hasAttribute":
            a = ID[f"attr/{n}"]
            add((s, MLKG.hasAttribute, a))
            add((a, RDF.type, MLKG.Attribute))
            add((a, MLKG.criterion, entity_iri(f.criterion)))
            add((a, RDF.value, Literal(f.obj)))
            add((a, PROV.wasDerivedFrom, unit))
            continue
        p = SKOS.definition if f.predicate == "definition" else MLKG[f.predicate]
        o = entity_iri(f.obj) if f.obj_is_entity else Literal(f.obj)
        add((s, p, o))
        st = ID[f"fact/{n}"]
        add((st, RDF.type, RDF.Statement))
        add((st, RDF.subject, s))
        add((st, RDF.predicate, p))
        add((st, RDF.object, o))
        add((st, PROV.wasDerivedFrom, unit))
    return g
