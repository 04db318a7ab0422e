"""Whole-graph views for the layers above: entities, facts and text units as plain records,
read once by SPARQL (any store), and the networkx view of entity relations."""

from __future__ import annotations

import bisect
from dataclasses import dataclass, field
from functools import cached_property

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
    page: int = 0  # for documents with pages (PDF); 0 otherwise


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

    @cached_property
    def lower_labels(self) -> list[tuple[str, str]]:
        """(iri, label in lower case) of every entity."""
        return [(iri, e.label.lower()) for iri, e in self.entities.items()]

    @cached_property
    def _label_blob(self) -> tuple[str, list[int]]:
        """Every lower-case label on a line of one text, and where each line starts."""
        starts, at = [], 0
        for _, low in self.lower_labels:
            starts.append(at)
            at += len(low) + 1
        return "\n".join(low for _, low in self.lower_labels), starts

    def labels_holding(self, phrase: str) -> list[tuple[str, str]]:
        """The (iri, lower label) pairs whose label holds ``phrase`` (lower case, no line
        break), in ``lower_labels`` order: one scan of all labels, not one per label."""
        blob, starts = self._label_blob
        found: list[int] = []
        at = blob.find(phrase)
        while at >= 0:
            i = bisect.bisect_right(starts, at) - 1
            if not found or found[-1] != i:
                found.append(i)
            at = blob.find(phrase, at + 1)
        return [self.lower_labels[i] for i in found]

    @cached_property
    def labels_by_word(self) -> dict[str, list[tuple[str, str]]]:
        """Each word of a label (lower case, split on spaces) → the (iri, lower label) pairs
        whose label has it, in ``lower_labels`` order: where to look for a phrase."""
        out: dict[str, list[tuple[str, str]]] = {}
        for iri, low in self.lower_labels:
            for w in dict.fromkeys(low.split()):
                out.setdefault(w, []).append((iri, low))
        return out


def _local(iri: str) -> str:
    return iri.rsplit("#", 1)[-1].rsplit("/", 1)[-1]


def read_graph_view(store: Store) -> GraphView:
    """Every entity, text unit and fact of the graph, in memory, in an order that depends only
    on the graph (never on the store's), so the search rows built from it are the same texts in
    the same order on every build."""
    p = sparql_prefixes()
    ns = str(MLKG._NS)
    entities: dict[str, EntityView] = {}
    definitions: dict[str, set[str]] = {}
    for e, label, t, tl, d in store.query(
        p
        + """SELECT ?e ?label ?t ?tl ?def WHERE {
        ?e a ?t ; rdfs:label ?label . ?t rdfs:subClassOf+ mlkg:Entity ; rdfs:label ?tl .
        OPTIONAL { ?e skos:definition ?def } }"""
    ).rows:
        entities.setdefault(e, EntityView(e, label, _local(t), tl))
        if d:
            definitions.setdefault(e, set()).add(d)
    entities = dict(sorted(entities.items()))
    for e, a in store.query(p + "SELECT ?e ?a WHERE { ?e skos:altLabel ?a }").rows:
        if e in entities:
            entities[e].aliases.append(a)
    kinds = dict(
        sorted(store.query(p + "SELECT ?k ?l WHERE { ?k a mlkg:Kind ; rdfs:label ?l }").rows)
    )
    units: dict[str, UnitView] = {}
    for u, text, doc, sec, line, page in store.query(
        p
        + """SELECT ?u ?text ?doc ?sec ?line ?page WHERE {
        ?u a mlkg:TextUnit ; rdf:value ?text ; dcterms:source/rdfs:label ?doc ;
           mlkg:section ?sec ; mlkg:lineStart ?line . OPTIONAL { ?u mlkg:page ?page } }"""
    ).rows:
        units[u] = UnitView(u, text, doc, sec, int(line), page=int(page) if page else 0)
    units = dict(
        sorted(units.items(), key=lambda kv: (kv[1].document, kv[1].page, kv[1].line, kv[0]))
    )
    for u, e in store.query(p + "SELECT ?u ?e WHERE { ?u mlkg:mentions ?e }").rows:
        if u in units:
            units[u].mentions.append(e)
    for unit in units.values():
        unit.mentions.sort()
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
    facts.sort(key=lambda f: _fact_order(f, units))
    _settle_entities(entities, definitions, facts, kinds)
    return GraphView(entities, units, facts, kinds)


def _fact_order(f: FactView, units: dict[str, UnitView]) -> tuple:
    """Document order, then every field: a total order, whatever order the store returned."""
    u = units.get(f.unit)
    where = (u.document, u.page, u.line) if u else ("", 0, 0)
    return (*where, f.subject, f.predicate, f.obj, f.unit, f.criterion)


def _settle_entities(
    entities: dict[str, EntityView],
    definitions: dict[str, set[str]],
    facts: list[FactView],
    kinds: dict[str, str],
) -> None:
    """Sorted aliases; kinds once each, in document order; the definition read first."""
    first: dict[str, str] = {}
    for f in facts:
        e = entities.get(f.subject)
        if e is None:
            continue
        if f.predicate == "kind" and f.obj in kinds and kinds[f.obj] not in e.kinds:
            e.kinds.append(kinds[f.obj])
        elif f.predicate == "definition" and f.obj in definitions.get(f.subject, ()):
            first.setdefault(f.subject, f.obj)
    for iri, e in entities.items():
        e.aliases.sort()
        if iri in definitions:
            e.definition = first.get(iri) or min(definitions[iri])


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
