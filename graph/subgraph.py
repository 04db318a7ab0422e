"""Subgraphs to show and export: an answer's, an entity's neighbourhood, a CONSTRUCT's result.

A :class:`Subgraph` is plain data (nodes, edges, sources) that every exporter and the app's
interactive view read; networkx does the graph algorithms (neighbourhoods, shortest paths).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from .store import Store
from .views import GraphView, to_networkx
from .vocab import source_label
from .vocabulary import relations, singular

if TYPE_CHECKING:
    from .limits import QueryRunner


def relation_label(predicate: str) -> str:
    """A relation as exports and legends say it: its ``rdfs:label`` in the ontology."""
    term = relations().get(predicate)
    return term.label if term else predicate


@dataclass
class Node:
    id: str
    label: str
    type: str  # class local name (Service, Algorithm, ...), "Kind" for kinds
    role: str = ""  # "concept" (what the question names), "answer", or ""


@dataclass(frozen=True)
class Edge:
    source: str
    target: str
    relation: str

    @property
    def label(self) -> str:
        return relation_label(self.relation)


@dataclass
class Subgraph:
    title: str
    nodes: dict[str, Node] = field(default_factory=dict)
    edges: list[Edge] = field(default_factory=list)
    sources: list[dict] = field(default_factory=list)  # {"document", "page", "line", "text"}
    note: str = ""  # a limit that cut the query it came from short
    more: int = 0  # entities left out to keep the picture readable
    summary: str = ""  # the answer in words, when the subgraph is an answer's
    _edge_set: set = field(default_factory=set, repr=False, compare=False)

    def add_node(self, view: GraphView, iri: str, role: str = "") -> Node | None:
        if iri in self.nodes:
            if role and not self.nodes[iri].role:
                self.nodes[iri].role = role
            return self.nodes[iri]
        if iri in view.entities:
            e = view.entities[iri]
            node = Node(iri, e.label, e.type, role)
        elif iri in view.kinds:
            node = Node(iri, view.kinds[iri], "Kind", role)
        else:
            return None
        self.nodes[iri] = node
        return node

    def add_edge(self, source: str, target: str, relation: str) -> None:
        e = Edge(source, target, relation)
        if source in self.nodes and target in self.nodes and e not in self._edge_set:
            self._edge_set.add(e)  # a set: a CONSTRUCT of 100,000 triples stays linear
            self.edges.append(e)

    def types(self) -> list[str]:
        return sorted({n.type for n in self.nodes.values()})


def _connect(view: GraphView, sub: Subgraph, units: set[str] | None = None) -> None:
    """Add every fact between the subgraph's nodes, and the sources of those facts."""
    seen_units: set[str] = set(units or ())
    for f in view.facts:
        if f.obj_is_entity and f.subject in sub.nodes and f.obj in sub.nodes:
            sub.add_edge(f.subject, f.obj, f.predicate)
            seen_units.add(f.unit)
    for u in sorted(
        seen_units,
        key=lambda u: (view.units[u].document, view.units[u].line) if u in view.units else ("", 0),
    ):
        unit = view.units.get(u)
        if unit is not None:
            sub.sources.append(
                {
                    "document": unit.document,
                    "page": unit.page,
                    "line": unit.line,
                    "text": unit.text,
                }
            )


def answer_subgraph(view: GraphView, answer: dict) -> Subgraph:
    """The question's concepts, the answer entities, and the relations between them."""
    sub = Subgraph(answer.get("question", "answer"), summary=answer.get("summary", ""))
    for iri in answer.get("concepts", []):
        sub.add_node(view, iri, "concept")
    for a in answer.get("answers", []):
        if a.get("iri"):
            sub.add_node(view, a["iri"], "answer")
    concept_kinds = [c for c in answer.get("concepts", []) if c in view.kinds]
    for f in view.facts:  # members of a kind the answer was read from
        if f.predicate == "kind" and f.obj in concept_kinds and f.subject in sub.nodes:
            sub.add_edge(f.subject, f.obj, "kind")
    _connect(view, sub)
    return sub


MAX_NODES = 25  # a picture people can read; "show more" (max_nodes) draws more


def neighbourhood(
    view: GraphView,
    iri: str,
    hops: int = 1,
    types: set[str] | None = None,
    max_nodes: int = MAX_NODES,
    expand: tuple[str, ...] = (),
) -> Subgraph:
    """An entity and what lies within ``hops`` relations of it (of the given types, if any),
    at most ``max_nodes`` entities besides it: the nearest first and, at the same distance, the
    best connected (to entities nearer the centre, then in the whole graph). ``sub.more`` says
    how many were left out. Each entity in ``expand`` also brings its own neighbours."""
    import networkx as nx

    g = to_networkx(view).to_undirected(as_view=True)
    sub = Subgraph(f"{view.label(iri)} (within {hops} hop{'s' if hops != 1 else ''})")
    sub.add_node(view, iri, "concept")
    if iri not in g:
        return sub

    def wanted(other: str) -> bool:
        return other != iri and (not types or view.entities[other].type in types)

    dist = nx.single_source_shortest_path_length(g, iri, cutoff=hops)

    def rank(other: str) -> tuple:
        d = dist[other]
        closer = len({n for n in g.neighbors(other) if dist.get(n, hops + 1) == d - 1})
        return (d, -closer, -len(set(g.neighbors(other))), view.label(other), other)

    found = sorted((o for o in dist if wanted(o)), key=rank)
    for other in found[:max_nodes]:
        sub.add_node(view, other)
    sub.more = max(0, len(found) - max_nodes)
    for node in expand:
        if node in g:
            sub.add_node(view, node)
            near = sorted(
                (o for o in set(g.neighbors(node)) if wanted(o)),
                key=lambda o: (-len(set(g.neighbors(o))), view.label(o), o),
            )
            for other in near[:max_nodes]:
                sub.add_node(view, other)
    _connect(view, sub)
    return sub


def shortest_paths(
    view: GraphView, source: str, target: str, limit: int = 3
) -> list[list[tuple[str, str, str]]]:
    """Up to ``limit`` shortest connections between two entities, as (from, relation, to) steps."""
    import networkx as nx

    g = to_networkx(view)
    u = g.to_undirected(as_view=True)
    if source not in u or target not in u:
        return []
    paths = []
    try:
        for path in nx.all_shortest_paths(u, source, target):
            steps = []
            for a, b in zip(path, path[1:]):
                if g.has_edge(a, b):
                    rel = next(iter(g.get_edge_data(a, b).values()))["relation"]
                    steps.append((a, rel, b))
                else:
                    rel = next(iter(g.get_edge_data(b, a).values()))["relation"]
                    steps.append((b, rel, a))
            paths.append(steps)
            if len(paths) >= limit:
                break
    except nx.NetworkXNoPath:
        return []
    return paths


def path_steps(source: str, steps: list[tuple[str, str, str]]) -> list[tuple[str, str, bool]]:
    """A path read from ``source``: (relation, next node, forward) per step; ``forward`` is
    False where the fact points the other way ("Accuracy evaluates Classification", walked
    from Classification to Accuracy)."""
    out, here = [], source
    for a, rel, b in steps:
        forward = a == here
        here = b if forward else a
        out.append((rel, here, forward))
    return out


def path_subgraph(view: GraphView, paths: list[list[tuple[str, str, str]]], title: str) -> Subgraph:
    sub = Subgraph(title)
    for steps in paths:
        for a, rel, b in steps:
            sub.add_node(view, a)
            sub.add_node(view, b)
            sub.add_edge(a, b, rel)
    return sub


def construct_subgraph(store: Store | QueryRunner, view: GraphView, query: str) -> Subgraph:
    """The entities and relations a CONSTRUCT (or DESCRIBE) query returns (``store``: anything
    that answers ``query``; users' queries come through a QueryRunner with its limits)."""
    result = store.query(query)
    if result.kind != "graph":
        raise ValueError("a subgraph needs a CONSTRUCT or DESCRIBE query")
    return triples_subgraph(view, result.triples, "SPARQL CONSTRUCT", note=result.note)


def triples_subgraph(
    view: GraphView, triples: list[tuple[str, str, str]], title: str, note: str = ""
) -> Subgraph:
    """The entities and relations among triples (a CONSTRUCT's result); other triples (labels,
    literals, statements) are left out of the picture."""
    sub = Subgraph(title, note=note)
    for s, p, o in triples:
        s, p, o = (t.strip("<>") for t in (s, p, o))
        if s in view.entities or s in view.kinds:
            sub.add_node(view, s)
        if o in view.entities or o in view.kinds:
            sub.add_node(view, o)
            if s in sub.nodes:
                sub.add_edge(s, o, p.rsplit("#", 1)[-1].rsplit("/", 1)[-1])
    return sub


def compare_cells(view: GraphView, iris: list[str]) -> list[dict]:
    """Side by side, cell by cell: one row per criterion (comparison cells, use cases,
    alternatives...), criteria that differ only in case or number merged ("Use Cases" = "Use
    case"), rows that most entities fill first. Each row: ``criterion`` and ``cells``, entity
    IRI → [(value, where it stands: "notes.md:12")]."""
    rows: dict[str, dict[str, list[tuple[str, str]]]] = {}
    names: dict[str, str] = {}  # a criterion's folded form → the first way it was written
    seen: dict[str, set[str]] = {}
    facts = sorted(view.facts, key=lambda f: f.predicate != "hasAttribute")  # criteria first
    for f in facts:
        if f.subject not in iris:
            continue
        if f.predicate == "hasAttribute":
            key = f.criterion
        elif f.predicate in _COMPARED:
            key = {"definition": "Definition"}.get(
                f.predicate, relation_label(f.predicate)
            ).capitalize()
        else:
            continue
        key = names.setdefault(_folded(key), key)
        value = view.label(f.obj) if f.obj_is_entity else f.obj
        said = seen.setdefault(f.subject, set())
        if value.lower() in said:  # a table cell already shown under its own criterion
            continue
        said.add(value.lower())
        unit = view.units.get(f.unit)
        where = source_label(unit.document, unit.line, unit.page) if unit is not None else ""
        rows.setdefault(key, {}).setdefault(f.subject, []).append((value, where))
    out = [{"criterion": key, "cells": cells} for key, cells in rows.items()]
    out.sort(key=lambda r: -sum(bool(r["cells"].get(i)) for i in iris))
    return out


_COMPARED = (
    "definition",
    "hasProperty",
    "usedFor",
    "whenToUse",
    "alternativeTo",
    "suitableFor",
    "evaluates",
    "implementedWith",
    "deliversTo",
    "readsFrom",
    "inCategory",
)


def _folded(criterion: str) -> str:
    """A criterion's name without case or an English plural ending: "Use Cases" → "use case"."""
    return singular(" ".join(criterion.lower().split()))


def compare_table(view: GraphView, iris: list[str], sources: bool = False) -> list[dict]:
    """Side by side, flat: one row per criterion, one column per entity (by label), a cell's
    values joined with "; " (for CSV and the terminal).

    With ``sources``, each row also has ``sources``: entity label → where its first value
    stands ("notes.md:12").
    """
    out = []
    for r in compare_cells(view, iris):
        row = {"criterion": r["criterion"]}
        for iri in iris:
            row[view.label(iri)] = "; ".join(v for v, _ in r["cells"].get(iri, []))
        if sources:
            row["sources"] = {
                view.label(iri): cell[0][1]
                for iri, cell in r["cells"].items()
                if cell and cell[0][1]
            }
        out.append(row)
    return out
