"""What a question can land on: text units, entity cards, and facts verbalised as sentences."""

from __future__ import annotations

from dataclasses import dataclass

from graph.views import GraphView
from graph.vocabulary import relation_phrase, relations


@dataclass
class Row:
    """One searchable row: its text, what it is (unit, entity or fact) and its evidence unit."""

    text: str
    kind: str
    ref: str  # unit IRI, entity IRI, or fact index
    unit: str  # the evidence unit IRI ('' for an entity card)


def entity_card(view: GraphView, iri: str) -> str:
    e = view.entities[iri]
    parts = [f"{e.label} ({e.type_label})"]
    if e.aliases:
        parts.append("also " + ", ".join(sorted(e.aliases)))
    if e.kinds:
        parts.append("a " + ", ".join(e.kinds))
    if e.definition:
        parts.append(e.definition)
    return ". ".join(parts)


def verbalise(view: GraphView, i: int) -> str:
    f = view.facts[i]
    s = view.label(f.subject)
    o = view.label(f.obj) if f.obj_is_entity else f.obj
    if f.predicate == "hasAttribute":
        return f"{s} — {f.criterion}: {o}"
    if not f.obj_is_entity:  # a value in the document's words, after what it is
        term = relations().get(f.predicate)
        return f"{s} — {term.label if term else f.predicate}: {o}"
    return f"{s} {relation_phrase(f.predicate)} {o}"


def search_rows(view: GraphView) -> list[Row]:
    rows = []
    for u in view.units.values():
        section = u.section.rsplit(" > ", 1)[-1]
        rows.append(
            Row(
                f"{section}: {u.text}" if section and section != u.text else u.text,
                "unit",
                u.iri,
                u.iri,
            )
        )
    for iri in view.entities:
        rows.append(Row(entity_card(view, iri), "entity", iri, ""))
    for i, f in enumerate(view.facts):
        if f.predicate not in ("kind", "note"):
            rows.append(Row(verbalise(view, i), "fact", str(i), f.unit))
    return rows
