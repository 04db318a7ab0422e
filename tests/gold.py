"""Matching gold facts against a built graph, by names and aliases, never by predicate names.

A gold fact (subject, relation, object) holds when an entity named like the subject is linked,
in either direction, to a node named like the object, to a literal saying the object, or to an
attribute "Criterion: value" saying it; ``is_a`` may also be met by the entity's class or kind.
"""

from __future__ import annotations

import re
from pathlib import Path

from rdflib import Graph, Literal, URIRef
from rdflib.namespace import RDF, RDFS, SKOS

from graph.vocab import MLKG

_STOP = {
    "a",
    "an",
    "the",
    "of",
    "for",
    "and",
    "or",
    "to",
    "in",
    "on",
    "with",
    "as",
    "such",
    "e",
    "g",
    "eg",
    "like",
    "by",
    "from",
    "is",
    "are",
}


def norm(text: str) -> str:
    text = re.sub(r"^(amazon|aws|apache)\s+", "", text.strip().lower())
    text = re.sub(r"[^a-z0-9]+", " ", text)
    return " ".join(_stem(w) for w in text.split())


def squeeze(text: str) -> str:
    return re.sub(r"[^a-z0-9]+", "", re.sub(r"^(amazon|aws|apache)\s+", "", text.strip().lower()))


def _stem(w: str) -> str:
    for suf in ("ing", "es", "s", "ed"):
        if len(w) > 4 and w.endswith(suf):
            return w[: -len(suf)]
    return w


def tokens(text: str) -> set[str]:
    return {w for w in norm(text).split() if w not in _STOP}


def read_gold(path: Path) -> list[tuple[str, str, str]]:
    rows = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        s, r, o, *_ = line.split("\t")
        rows.append((s, r, o))
    return rows


class GoldMatcher:
    def __init__(self, g: Graph):
        self.g = g
        self.names: dict[str, set[URIRef]] = {}
        self.squeezed: dict[str, set[URIRef]] = {}
        for s, p, o in g.triples((None, None, None)):
            if p in (RDFS.label, SKOS.altLabel) and isinstance(o, Literal):
                self.names.setdefault(norm(str(o)), set()).add(s)
                self.squeezed.setdefault(squeeze(str(o)), set()).add(s)

    def labels(self, node) -> set[str]:
        return {str(o) for p in (RDFS.label, SKOS.altLabel) for o in self.g.objects(node, p)}

    def nodes(self, name: str) -> set[URIRef]:
        """Entities named ``name``, spaces and hyphens aside ("BlazingText" = "Blazing Text")."""
        return set(self.names.get(norm(name), set())) | self.squeezed.get(squeeze(name), set())

    def said(self, subject: URIRef) -> list[str]:
        """Everything the graph says about ``subject``, as strings to match the object against."""
        out: list[str] = []
        g = self.g
        for p, o in g.predicate_objects(subject):
            if p in (RDFS.label, SKOS.altLabel) or p == MLKG.mentions:
                continue
            if p == RDF.type:
                out += self.labels(o)
            elif p == MLKG.hasAttribute:
                crit = " ".join(self.labels(g.value(o, MLKG.criterion)))
                out.append(f"{crit}: {g.value(o, RDF.value)}")
            elif isinstance(o, Literal):
                out.append(str(o))
            else:
                out += self.labels(o)
        for s, p in g.subject_predicates(subject):
            if p not in (RDF.subject, RDF.object, MLKG.mentions):
                out += self.labels(s)
        return out

    def holds(self, s: str, r: str, o: str) -> bool:
        """Whether the fact holds; an object of "a; b" parts needs each part said."""
        parts = [p.strip() for p in o.split(";") if p.strip()]
        return all(self._holds(s, p) for p in parts)

    def _holds(self, s: str, o: str) -> bool:
        want = tokens(o)
        crit, _, value = o.partition(": ")
        for node in self.nodes(s):
            for text in self.said(node):
                if norm(text) == norm(o):
                    return True
                if value and ": " in text:
                    c2, _, v2 = text.partition(": ")
                    if norm(c2) == norm(crit) and _covers(tokens(v2), tokens(value)):
                        return True
                elif want and _covers(tokens(text), want):
                    return True
        return False


def _covers(have: set[str], want: set[str]) -> bool:
    return len(want & have) >= max(1, round(0.75 * len(want)))
