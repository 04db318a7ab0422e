"""How the ontology's relations are written in running text, read from ``ontology.ttl``."""

from __future__ import annotations

from rdflib.namespace import RDFS, SKOS

from .rdf import read_ontology
from .vocab import MLKG


def relation_cues() -> dict[str, tuple[str, ...]]:
    """Relation name → the phrases that state it, lower case: its ``skos:altLabel``s and its
    label when that is a phrase ("used for"; a one-word label such as "example" names the
    relation rather than phrasing it).

    Only relations the ontology gives phrasings (altLabels) for; ingest reads these as cue
    phrases ("Keras is *built on* TensorFlow"), so a phrase added to the ontology is understood
    without touching the code.
    """
    g = read_ontology()
    ns = str(MLKG._NS)
    cues: dict[str, tuple[str, ...]] = {}
    for prop in sorted(set(g.subjects(SKOS.altLabel, None))):
        if not str(prop).startswith(ns):
            continue
        labels = [str(n) for n in g.objects(prop, RDFS.label) if " " in str(n).strip()]
        names = [*labels, *map(str, g.objects(prop, SKOS.altLabel))]
        cues[str(prop)[len(ns) :]] = tuple(sorted({n.lower() for n in names}))
    return cues
