"""Whole-graph views for the layers above: entities, facts and text units as plain records,
read once by SPARQL (any store), and the networkx view of entity relations."""

from __future__ import annotations

from dataclasses import dataclass, field

from .store import Store
from .vocab import MLKG, sparql_prefixes


@dataclass
class EntityView:
    iri: str
    label: str
    type: str  # class local name: Service, Algorithm, ...
    type_label: str
    aliases: list[str] = field(default_factory=list)
    definition: str = ""
    kinds: list[str] = field(default_factory=list)


@dataclass
class UnitView:
    iri: str
    text: str
    document: str
    section: str
    line: int
    mentions: list[str] = field(default_factory=list)


@dataclass
class FactView:
    subject: str
    predicate: str  # local name: usedFor, hasAttribute, ...
    obj: str  # an entity IRI, or the literal value
    obj_is_entity: bool
    unit: str
    criterion: str = ""  # criterion label, for hasAttribute


@dataclass
class GraphView:
    entities: dict[str, EntityView]
    units: dict[str, UnitView]
    facts: list[FactView]
    kinds: dict[str, str]  # kind IRI → label

    def label(self, iri: str) -> str:
        e = self.entities.get(iri)
        return e.label if e else self.kinds.get(iri, iri)


def _local(iri: str) -> str:
    return iri.rsplit("#", 1)[-1].rsplit("/", 1)[-1]


def read_graph_view(store: Store) -> GraphView:
    """Every entity, text unit and fact of the graph, in memory."""
    p = sparql_prefixes()
    ns = str(MLKG._NS)
    entities: dict[str, EntityView] = {}
    for e, label, t, tl, d in store.query(
        p
        + """SELECT ?e ?label ?t ?tl ?def WHERE {
        ?e a ?t ; rdfs:label ?label . ?t rdfs:subClassOf+ mlkg:Entity ; rdfs:label ?tl .
        OPTIONAL { ?e skos:definition ?def } }"""
    ).rows:
        entities[e] = EntityView(e, label, _local(t), tl, definition=d or "")
    for e, a in store.query(p + "SELECT ?e ?a WHERE { ?e skos:altLabel ?a }").rows:
        if e in entities:
            entities[e].aliases.append(a)
    kinds = dict(store.query(p + "SELECT ?k ?l WHERE { ?k a mlkg:Kind ; rdfs:label ?l }").rows)
    units: dict[str, UnitView] = {}
    for u, text, doc, sec, line in store.query(
        p
        + """SELECT ?u ?text ?doc ?sec ?line WHERE {
        ?u a mlkg:TextUnit ; rdf:value ?text ; dcterms:source/rdfs:label ?doc ;
           mlkg:section ?sec ; mlkg:lineStart ?line }"""
    ).rows:
        units[u] = UnitView(u, text, doc, sec, int(line))
    for u, e in store.query(p + "SELECT ?u ?e WHERE { ?u mlkg:mentions ?e }").rows:
        if u in units:
            units[u].mentions.append(e)
    facts: list[FactView] = []
    for s, pr, o, u, is_iri in store.query(
        p
        + """SELECT ?s ?p ?o ?u (isIRI(?o) AS ?iri) WHERE {
        ?st a rdf:Statement ; rdf:subject ?s ; rdf:predicate ?p ; rdf:object ?o ; prov:wasDerivedFrom ?u }"""
    ).rows:
        local = "definition" if pr.endswith("#definition") and not pr.startswith(ns) else _local(pr)
        facts.append(FactView(s, local, o, is_iri in ("true", "1"), u))
    for s, crit, value, u in store.query(
        p
        + """SELECT ?s ?c ?v ?u WHERE {
        ?s mlkg:hasAttribute ?a . ?a mlkg:criterion/rdfs:label ?c ; rdf:value ?v ; prov:wasDerivedFrom ?u }"""
    ).rows:
        facts.append(FactView(s, "hasAttribute", value, False, u, crit))
    for f in facts:
        if f.predicate == "kind" and f.subject in entities and f.obj in kinds:
            entities[f.subject].kinds.append(kinds[f.obj])
    facts.sort(
        key=lambda f: (units[f.unit].line if f.unit in units else 0, f.subject, f.predicate, f.obj)
    )
    return GraphView(entities, units, facts, kinds)


def to_networkx(view: GraphView):
    """A MultiDiGraph of entities (nodes with label and type) and their relations (edges)."""
    import networkx as nx

    g = nx.MultiDiGraph()
    for e in view.entities.values():
        g.add_node(e.iri, label=e.label, type=e.type)
    for f in view.facts:
        if f.obj_is_entity and f.subject in view.entities and f.obj in view.entities:
            g.add_edge(
                f.subject, f.obj, key=f"{f.predicate}|{f.unit}", relation=f.predicate, unit=f.unit
            )
    return g
