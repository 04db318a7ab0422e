"""The SPARQL behind each kind of answer: running it on the graph gives the answer's entities."""

from __future__ import annotations

import json

from graph.vocab import sparql_prefixes

from .readings import Reading


def _pattern(r: Reading) -> str:
    p = f"mlkg:{r.predicate}"
    if r.kind == "out":
        return f"<{r.anchor}> {p} ?answer ."
    if r.kind == "in":
        return f"?answer {p} <{r.anchor}> ."
    if r.kind == "members":
        return f"?answer mlkg:kind <{r.anchor}> ."
    if r.kind == "value":
        return f"?answer {p} {json.dumps(r.anchor)} ."
    if r.kind == "marked":  # a table's column marks it: "Zorb streaming: ✓"
        return (  # ("yes (a note on it)": the mark, then its footnote)
            f"?answer mlkg:hasAttribute ?cell . ?cell mlkg:criterion/rdfs:label "
            f"{json.dumps(r.anchor)} ; rdf:value ?mark . "
            f"FILTER(?mark = {json.dumps(r.predicate)} || "
            f"STRSTARTS(?mark, {json.dumps(r.predicate + ' (')}))"
        )
    if r.kind == "via":
        return f"?member mlkg:kind <{r.anchor}> ; {p} ?answer ."
    if r.kind == "within":
        return f"?answer {p}/{p} <{r.anchor}> ."
    if r.kind == "class":
        return f"?answer a/rdfs:subClassOf* mlkg:{r.anchor} ."
    return (
        "?answer a/rdfs:subClassOf* mlkg:Entity ; rdfs:label ?l . "
        f"FILTER(CONTAINS(LCASE(STR(?l)), {json.dumps(r.anchor)}))"
    )


def _only(r: Reading) -> str:
    """A reading restricted by a condition keeps the answers whose text says it."""
    if not r.condition:
        return ""
    return " VALUES ?answer { " + " ".join(f"<{x}>" for x in sorted(r.answers)) + " }"


def readings_sparql(
    readings: list[Reading], types: set[str], exclude: set[str], values: set[str] = frozenset()
) -> str:
    """The union of the readings' patterns; ``types`` keeps only answers of those classes,
    ``values`` only answers with one of those property values ("Discrete")."""
    body = "\n  UNION\n".join(f"  {{ {_pattern(r)}{_only(r)} }}" for r in readings)
    lines = [
        sparql_prefixes() + "SELECT DISTINCT ?answer ?label WHERE {",
        body,
        "  ?answer rdfs:label ?label .",
    ]
    if types:
        lines.append(
            "  ?answer a ?type . VALUES ?type { "
            + " ".join(f"mlkg:{t}" for t in sorted(types))
            + " }"
        )
    if values:
        lines.append(
            "  ?answer mlkg:hasProperty ?value . VALUES ?value { "
            + " ".join(json.dumps(x) for x in sorted(values))
            + " }"
        )
    if exclude:
        lines.append(
            "  FILTER(?answer NOT IN (" + ", ".join(f"<{x}>" for x in sorted(exclude)) + "))"
        )
    lines.append("} ORDER BY ?label")
    return "\n".join(lines)


def values_sparql(iris: list[str]) -> str:
    return (
        sparql_prefixes()
        + "SELECT ?answer ?label WHERE {\n  VALUES ?answer { "
        + " ".join(f"<{i}>" for i in iris)
        + " }\n  ?answer rdfs:label ?label .\n}"
    )


def describe_sparql(iri: str) -> str:
    return (
        sparql_prefixes()
        + f"SELECT ?answer ?label ?relation ?value WHERE {{\n  VALUES ?answer {{ <{iri}> }}\n"
        + "  ?answer rdfs:label ?label ; ?relation ?value . FILTER(isLiteral(?value))\n}"
    )


def definition_sparql(iri: str) -> str:
    return (
        sparql_prefixes()
        + f"SELECT ?label ?definition ?use WHERE {{\n  <{iri}> rdfs:label ?label .\n"
        + f"  OPTIONAL {{ <{iri}> skos:definition ?definition }}\n"
        + f"  OPTIONAL {{ <{iri}> mlkg:usedFor ?u . OPTIONAL {{ ?u rdfs:label ?ul }} BIND(COALESCE(?ul, ?u) AS ?use) }}\n}}"
    )


def current_name_sparql(iri: str) -> str:
    """The name a thing goes by now, as the documents say it was renamed."""
    return (
        sparql_prefixes()
        + f"SELECT ?label ?currentName WHERE {{\n  <{iri}> rdfs:label ?label ;\n"
        + "    mlkg:currentName ?currentName .\n}"
    )


def compare_sparql(iris: list[str]) -> str:
    return (
        sparql_prefixes()
        + "SELECT ?entity ?label ?criterion ?value WHERE {\n  VALUES ?entity { "
        + " ".join(f"<{e}>" for e in iris)
        + " }\n  ?entity rdfs:label ?label ; mlkg:hasAttribute ?a .\n"
        + "  ?a mlkg:criterion/rdfs:label ?criterion ; rdf:value ?value .\n} ORDER BY ?criterion ?label"
    )


def unit_sparql(unit: str) -> str:
    """The passage an answer was read from (a figure in its text), with its source."""
    return (
        sparql_prefixes()
        + f"SELECT ?text ?document ?section ?line WHERE {{\n  VALUES ?u {{ <{unit}> }}\n"
        + "  ?u rdf:value ?text ; dcterms:source/rdfs:label ?document ; mlkg:section ?section ;\n"
        + "     mlkg:lineStart ?line .\n}"
    )


def mentioned_sparql(units: list[str], iris: list[str]) -> str:
    """The things the passages name that answer (a flashcard's answer), with the passage."""
    return (
        sparql_prefixes()
        + "SELECT ?answer ?label ?text WHERE {\n  VALUES ?answer { "
        + " ".join(f"<{i}>" for i in iris)
        + " }\n  VALUES ?unit { "
        + " ".join(f"<{u}>" for u in units)
        + " }\n  ?unit mlkg:mentions ?answer ; rdf:value ?text .\n"
        + "  ?answer rdfs:label ?label .\n}"
    )
