"""The graph's facts indexed the ways answering walks them: by subject, object, unit, kind."""

from __future__ import annotations

import re
from collections import defaultdict

from graph.views import FactView, GraphView

# relations whose literal object is a purpose several things may share
_PURPOSES = {"usedFor", "suitableFor", "addresses", "whenToUse"}
# what a table's cell says when it only says whether (a check mark is read "yes")
MARK_WORDS = frozenset({"yes", "no", "partial"})


def short_value(cell: str) -> str:
    """A cell's value when it is one or two words of letters (a remark in brackets after it
    aside): "Unsupervised", "Semi supervised"; "" for others."""
    core = re.sub(r"\s*\([^()]*\)\s*$", "", cell).strip()
    return core if re.fullmatch(r"[A-Za-z][A-Za-z-]{2,}(?: [A-Za-z][A-Za-z-]{2,})?", core) else ""


class FactIndex:
    def __init__(self, v: GraphView):
        self.out_facts: dict[str, list[FactView]] = defaultdict(list)  # entity → its relations
        self.in_facts: dict[str, list[FactView]] = defaultdict(list)  # entity → relations to it
        self.unit_facts: dict[str, list[FactView]] = defaultdict(list)  # evidence unit → facts
        self.members: dict[str, set[str]] = defaultdict(set)  # kind → its members
        self.value_facts: dict[tuple[str, str], list[FactView]] = defaultdict(list)
        self.subject_facts: dict[str, list[FactView]] = defaultdict(list)  # every fact, by subject
        # (criterion, "yes" or "no") → the cells that say so ("Zorb streaming: ✓")
        self.marked: dict[tuple[str, str], list[FactView]] = defaultdict(list)
        # (criterion, value) → the cells of a column that say one short value ("Learning type:
        # Unsupervised"), by the value's words
        self.valued: dict[tuple[str, str], list[FactView]] = defaultdict(list)
        self.column_cells: dict[str, int] = defaultdict(int)  # criterion → its valued cells
        self.position = {id(f): i for i, f in enumerate(v.facts)}  # the view's (document) order
        for f in v.facts:
            self.unit_facts[f.unit].append(f)
            self.subject_facts[f.subject].append(f)
            if not f.obj_is_entity:
                mark = f.obj.lower().split(" (")[0]  # "yes (a note on it)"
                if f.predicate == "hasAttribute" and f.criterion and mark in MARK_WORDS:
                    self.marked[(f.criterion.lower(), mark)].append(f)
                elif (
                    f.predicate == "hasAttribute" and f.criterion and (value := short_value(f.obj))
                ):
                    self.valued[(f.criterion.lower(), value)].append(f)
                    self.column_cells[f.criterion.lower()] += 1
                if f.predicate == "hasProperty" and len(f.obj.split()) <= 3:  # "Discrete"
                    self.value_facts[(f.predicate, f.obj.lower())].append(f)
                elif f.predicate in _PURPOSES and len(f.obj.split()) <= 8:
                    # "used for: Build nightly ledgers", said of several things at once
                    self.value_facts[(f.predicate, f.obj.lower())].append(f)
                continue
            if f.predicate == "kind":
                self.members[f.obj].add(f.subject)
            elif f.subject in v.entities and f.obj in v.entities:
                self.out_facts[f.subject].append(f)
                self.in_facts[f.obj].append(f)
        self.said_in: dict[str, set[str]] = defaultdict(set)  # entity → units about or naming it
        for f in v.facts:
            self.said_in[f.subject].add(f.unit)
        for u in v.units.values():
            for m in u.mentions:
                self.said_in[m].add(u.iri)
        self.section_units: dict[str, list[str]] = defaultdict(list)
        self.document_units: dict[str, list[str]] = defaultdict(list)  # in the order written
        for u in sorted(v.units.values(), key=lambda u: (u.document, u.line)):
            self.section_units[u.section].append(u.iri)
            self.document_units[u.document].append(u.iri)
        self.place = {  # unit → where it stands in its document's list
            u: i for units in self.document_units.values() for i, u in enumerate(units)
        }
