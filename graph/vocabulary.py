"""The words for types and relations, read from ``ontology.ttl``: the one place they live.

Ingest reads relation cue phrases from here (``relation_cues``); search reads the names of
classes and relations (``classes``, ``relations``) to tell what a question asks for and how to
say a reading of it; exports, entity cards and the app's legends say relations with
``relation_phrase``. A synonym added to the ontology is understood without touching the code.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from rdflib.namespace import OWL, RDF, RDFS, SKOS

from ingest.lexicon import is_plural_noun_phrase, plural, singular

from .rdf import read_ontology
from .vocab import MLKG

__all__ = [
    "is_plural_noun_phrase",
    "singular",
    "Term",
    "class_names",
    "classes",
    "plural",
    "listed_relations",
    "relation_cues",
    "relation_phrase",
    "relations",
    "superclasses",
]

_NS = str(MLKG._NS)


@dataclass(frozen=True)
class Term:
    """A class or relation of the ontology and the ways English names it."""

    name: str  # "Service", "suitableFor"
    label: str  # rdfs:label
    synonyms: tuple[str, ...] = ()  # skos:altLabel (and, for relations, skos:hiddenLabel)
    cues: tuple[str, ...] = ()  # relations: the phrasings ingest reads in running text

    @property
    def names(self) -> tuple[str, ...]:
        """Label and synonyms, lower case, longest first; "X" placeholders left out."""
        found = {n.lower() for n in (self.label, *self.synonyms) if "X" not in n.split()}
        return tuple(sorted(found, key=lambda n: (-len(n), n)))


@lru_cache(maxsize=1)
def classes() -> dict[str, Term]:
    """Entity classes (subclasses of ``mlkg:Entity``) and ``mlkg:Document``, by local name."""
    g = read_ontology()
    out: dict[str, Term] = {}
    for c in sorted(set(g.subjects(RDF.type, OWL.Class))):
        name = str(c)[len(_NS) :] if str(c).startswith(_NS) else ""
        if not name or (
            (c, RDFS.subClassOf, MLKG.Entity) not in g and c not in (MLKG.Document, MLKG.Entity)
        ):
            continue
        label = str(g.value(c, RDFS.label) or name)
        out[name] = Term(name, label, tuple(sorted(str(a) for a in g.objects(c, SKOS.altLabel))))
    return out


@lru_cache(maxsize=1)
def relations() -> dict[str, Term]:
    """Relations and literal-valued properties of the ontology, by local name."""
    g = read_ontology()
    out: dict[str, Term] = {}
    for p in sorted(set(g.subjects(RDF.type, RDF.Property))):
        if not str(p).startswith(_NS):
            continue
        name = str(p)[len(_NS) :]
        label = str(g.value(p, RDFS.label) or name)
        alt = sorted(str(a) for a in g.objects(p, SKOS.altLabel))
        hidden = sorted(str(a) for a in g.objects(p, SKOS.hiddenLabel))
        out[name] = Term(name, label, tuple(alt + hidden), tuple(alt))
    return out


@lru_cache(maxsize=1)
def listed_relations() -> dict[str, tuple[str, bool]]:
    """What a relation's objects or subjects are called (``mlkg:objectNoun``,
    ``mlkg:subjectNoun``), lower case and singular → (the relation, whether the things so
    called are its objects): "destination" → ("deliversTo", True)."""
    g = read_ontology()
    out: dict[str, tuple[str, bool]] = {}
    for prop, objects in ((MLKG.objectNoun, True), (MLKG.subjectNoun, False)):
        for p, noun in sorted(g.subject_objects(prop)):
            if str(p).startswith(_NS):
                out[str(noun).lower()] = (str(p)[len(_NS) :], objects)
    return out


@lru_cache(maxsize=1)
def broader_relations() -> dict[str, str]:
    """Relation → the relation of the ontology it narrows (``rdfs:subPropertyOf``):
    "requiresParameter" → "hasParameter"."""
    g = read_ontology()
    return {
        str(p)[len(_NS) :]: str(broad)[len(_NS) :]
        for p, broad in sorted(g.subject_objects(RDFS.subPropertyOf))
        if str(p).startswith(_NS) and str(broad).startswith(_NS)
    }


@lru_cache(maxsize=1)
def object_remarks() -> dict[str, tuple[str, tuple[str, ...]]]:
    """Relation → (the relation it narrows, the remarks that state it of that relation's
    objects, lower case; ``mlkg:objectRemark``): "requiresParameter" → ("hasParameter",
    ("compulsory", "mandatory", ...)), so "num_round (required)" under XGBoost's settings is
    one it requires."""
    g = read_ontology()
    out: dict[str, tuple[str, tuple[str, ...]]] = {}
    for p in sorted({p for p, _ in g.subject_objects(MLKG.objectRemark)}):
        broad = g.value(p, RDFS.subPropertyOf)
        if str(p).startswith(_NS) and broad is not None and str(broad).startswith(_NS):
            words = sorted(str(w).lower() for w in g.objects(p, MLKG.objectRemark))
            out[str(p)[len(_NS) :]] = (str(broad)[len(_NS) :], tuple(words))
    return out


@lru_cache(maxsize=1)
def rename_phrases() -> tuple[str, ...]:
    """The phrases that say a thing was renamed, lower case, longest first: the hidden labels
    of ``mlkg:currentName`` ("now called", "renamed to", "is now")."""
    term = relations().get("currentName")
    return (
        tuple(sorted({n.lower() for n in term.names}, key=lambda n: (-len(n), n))) if term else ()
    )


def relation_cues() -> dict[str, tuple[str, ...]]:
    """Relation name → the phrases that state it, lower case: its ``skos:altLabel``s and its
    label when that is a phrase ("used for"; a one-word label such as "example" names the
    relation rather than phrasing it).

    Only relations the ontology gives phrasings (altLabels) for; ingest reads these as cue
    phrases ("Keras is *built on* TensorFlow"), so a phrase added to the ontology is understood
    without touching the code.
    """
    cues: dict[str, tuple[str, ...]] = {}
    for name, term in relations().items():
        if term.cues:
            labels = [term.label] if " " in term.label.strip() else []
            cues[name] = tuple(sorted({n.lower() for n in (*labels, *term.cues)}))
    return cues


# Hyperparameter: a "Hyperparameters" heading over "**Gromble**: `flush_rows` ..." lists whose
# settings they are, not hyperparameters; the class is given to code names only (ingest.prose).
# InstanceType: an "Instance types" column holds notes ("CPU recommended", "GPU for training");
# the class is given to instance names only (ingest.names.is_instance_type)
_NOT_NAMED_BY_HEADERS = (
    "Concept",
    "Entity",
    "Document",
    "Category",
    "Hyperparameter",
    "InstanceType",
)


def class_names() -> dict[str, tuple[str, ...]]:
    """Entity class → the words that name it (label and ``skos:altLabel``s), for ingest to
    type the things a header or heading names ("Evaluation Metrics", "Key AWS Services").
    Left out: Concept (the default), Entity and Document, Category (a "Category" column
    names the topic of its row, not a category), Hyperparameter and InstanceType (see above)."""
    return {n: t.names for n, t in classes().items() if n not in _NOT_NAMED_BY_HEADERS}


_PREPOSITIONS = {"for", "of", "on", "with", "by", "in", "to", "from", "into", "at"}


def relation_phrase(predicate: str) -> str:
    """How a fact with this relation reads between its subject and object, from the relation's
    label: "is suitable for", "evaluates", "has the alternative service"."""
    term = relations().get(predicate)
    label = term.label if term else re.sub(r"(?<=[a-z])(?=[A-Z])", " ", predicate).lower()
    words = label.split()
    if len(words) > 1 and re.fullmatch(r"[a-z]+[^s]s", words[0]):
        return label  # "delivers to": a verb phrase already
    if words[0] in _PREPOSITIONS or words[-1] in _PREPOSITIONS:
        return f"is {label}"  # "suitable for", "in category", "part of"
    if words[0] == "has" or (len(words) == 1 and label.endswith("s") and not label.endswith("ss")):
        return label  # "evaluates", "has property": a verb phrase already
    return f"has the {label}"  # a noun: "example", "alternative service"


@lru_cache(maxsize=1)
def superclasses() -> dict[str, frozenset[str]]:
    """Class → itself and every class it is a subclass of (an AWS service is a tool)."""
    g = read_ontology()
    out: dict[str, frozenset[str]] = {}
    for name in classes():
        found = {
            str(c)[len(_NS) :]
            for c in g.transitive_objects(MLKG[name], RDFS.subClassOf)
            if str(c).startswith(_NS)
        }
        out[name] = frozenset(found)
    return out
