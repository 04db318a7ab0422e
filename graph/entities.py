"""Entity lookup and description over any store, in SPARQL (so every backend answers alike)."""

from __future__ import annotations

import re

from .store import Store
from .vocab import sparql_prefixes

_NAMES = """
SELECT DISTINCT ?e ?label ?type ?name WHERE {
  ?e rdfs:label ?label ; a ?t .
  ?t rdfs:subClassOf* mlkg:Entity ; rdfs:label ?type .
  { ?e rdfs:label ?name } UNION { ?e skos:altLabel ?name }
} ORDER BY ?label ?e ?name"""

EXACT, PARTIAL, SIMILAR = "exact", "partial", "similar"
MIN_SIMILARITY = 75.0  # rapidfuzz WRatio (0-100) for a near spelling ("Kinesys" → "Kinesis")


def find_entities(store: Store, name: str, limit: int = 20) -> list[dict]:
    """Entities whose names match ``name``, best first, each with how it matched: ``exact``
    (a label or alias, any case), ``partial`` (a name with a word that starts with it,
    shorter names first) and, when no name has such a word, ``similar`` (a near spelling, for
    "did you mean"). Each hit: iri, label, type, match, and the name that matched."""
    from rapidfuzz import fuzz, process, utils

    text = " ".join(name.split()).lower()
    if not text:
        return []
    rows = store.query(sparql_prefixes() + _NAMES).rows
    starts = re.compile(r"(?<!\w)" + re.escape(text))  # at the start of a word
    best: dict[str, tuple[tuple, dict]] = {}

    def keep(iri: str, label: str, kind: str, match: str, said: str, rank: tuple) -> None:
        if iri not in best or rank < best[iri][0]:
            hit = {"iri": iri, "label": label, "type": kind, "match": match, "name": said}
            best[iri] = (rank, hit)

    for iri, label, kind, said in rows:
        low = said.lower()
        if low == text:
            keep(iri, label, kind, EXACT, said, (0, len(label), label))
        elif starts.search(low):  # the name nearest in length first
            keep(iri, label, kind, PARTIAL, said, (1, len(said), label))
    if not best:
        names = [r[3] for r in rows]
        for said, score, k in process.extract(
            text,
            names,
            scorer=fuzz.WRatio,
            processor=utils.default_process,
            score_cutoff=MIN_SIMILARITY,
            limit=limit * 3,
        ):
            iri, label, kind, _ = rows[k]
            keep(iri, label, kind, SIMILAR, said, (2, -score, len(said), label))
    return [hit for _, hit in sorted(best.values(), key=lambda t: t[0])][:limit]


def describe_entity(store: Store, iri: str) -> dict:
    """An entity's card: type, aliases, definition, facts both ways, and their sources."""
    p = sparql_prefixes()
    head = store.query(
        p
        + f"""SELECT ?label ?type ?def WHERE {{
      <{iri}> rdfs:label ?label ; a ?t . ?t rdfs:label ?type .
      OPTIONAL {{ <{iri}> skos:definition ?def .
        OPTIONAL {{ ?st rdf:subject <{iri}> ; rdf:predicate skos:definition ; rdf:object ?def ;
                    prov:wasDerivedFrom ?du . ?du dcterms:source/rdfs:label ?ddoc ;
                    mlkg:lineStart ?dline }} }}
    }} ORDER BY ?ddoc ?dline ?def LIMIT 1"""
    ).records()  # the definition read first (in document order) when there are several
    aliases = [
        r[0]
        for r in store.query(p + f"SELECT ?a WHERE {{ <{iri}> skos:altLabel ?a }} ORDER BY ?a").rows
    ]
    facts = store.query(
        p
        + f"""SELECT ?dir ?prop ?plabel ?other ?olabel ?value ?criterion ?text ?doc ?section ?line ?page WHERE {{
      {{ ?st rdf:subject <{iri}> ; rdf:predicate ?prop ; rdf:object ?o ; prov:wasDerivedFrom ?u .
         BIND("out" AS ?dir) }}
      UNION
      {{ ?st rdf:object <{iri}> ; rdf:predicate ?prop ; rdf:subject ?o ; prov:wasDerivedFrom ?u .
         BIND("in" AS ?dir) }}
      UNION
      {{ <{iri}> mlkg:hasAttribute ?a . ?a mlkg:criterion/rdfs:label ?criterion ; rdf:value ?o ;
         prov:wasDerivedFrom ?u . BIND(mlkg:hasAttribute AS ?prop) BIND("out" AS ?dir) }}
      OPTIONAL {{ ?prop rdfs:label ?plabel }}
      OPTIONAL {{ ?o rdfs:label ?olabel }}
      BIND(IF(isLiteral(?o), ?o, ?unbound) AS ?value)
      BIND(IF(isIRI(?o), ?o, ?unbound) AS ?other)
      ?u rdf:value ?text ; dcterms:source/rdfs:label ?doc ; mlkg:section ?section ; mlkg:lineStart ?line .
      OPTIONAL {{ ?u mlkg:page ?page }}
    }} ORDER BY ?dir ?prop ?doc ?line ?olabel ?value ?criterion"""
    ).records()
    if not head:
        raise KeyError(iri)
    facts = _once(facts)
    sources = sorted({(f["doc"], int(f["page"] or 0), int(f["line"])) for f in facts})
    return {
        "iri": iri,
        "label": head[0]["label"],
        "type": head[0]["type"],
        "definition": head[0]["def"],
        "aliases": aliases,
        "facts": facts,
        "sources": [{"document": d, "page": p, "line": n} for d, p, n in sources],
    }


def _once(facts: list[dict]) -> list[dict]:
    """Each thing a line says of the entity once: a table cell read both as its column
    ("Description") and as the role the column plays ("definition") is one fact, said with
    the document's column name; a cell that names an entity is said as the relation."""

    def rank(f: dict) -> tuple[bool, bool]:  # a relation to an entity, then the column name
        return bool(f.get("other")), bool(f.get("criterion"))

    by_key: dict[tuple, dict] = {}
    for f in facts:
        said = (f.get("olabel") or f.get("value") or f.get("other") or "").strip().lower()
        key = (f["dir"], said, f["doc"], f["line"])
        kept = by_key.get(key)
        if kept is None or rank(f) > rank(kept):
            by_key[key] = f
    kept_ids = {id(f) for f in by_key.values()}
    return [f for f in facts if id(f) in kept_ids]
