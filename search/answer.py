"""Answering: from a question to a justified set of entities.

Retrieval finds the text that talks about the question; the graph decides the answer set: the
best reading of the question on the graph (``search/hypotheses.py``) is the answer, complete,
and its pattern is the SPARQL. Single-answer questions take the best-supported entity of the
right type; definitions and comparisons read entity cards; weak support means "the documents
don't say".
"""

from __future__ import annotations

import json
import re
from collections import defaultdict

from graph.vocab import sparql_prefixes

from .hypotheses import Hypothesis, coverage_of, hypotheses, link_entities, stem, stems, type_ok
from .question import Question, analyse, analyse_type_head

DECLINE_BELOW = 0.42  # support of the best answer (coverage and retrieval), see bench/eval output
MIN_COVERAGE = 0.30


def _evidence(
    engine, units: set[str] | list[str], unit_score: dict[str, float], limit: int = 3
) -> list[dict]:
    v = engine.view
    ordered = sorted(
        (u for u in units if u in v.units),
        key=lambda u: (-unit_score.get(u, 0.0), v.units[u].line, u),
    )
    return [
        {
            "text": v.units[u].text,
            "document": v.units[u].document,
            "section": v.units[u].section,
            "line": v.units[u].line,
            "page": v.units[u].page,
        }
        for u in ordered[:limit]
    ]


def _pattern(h: Hypothesis) -> str:
    p = f"mlkg:{h.predicate}"
    if h.kind == "out":
        return f"<{h.anchor}> {p} ?answer ."
    if h.kind == "in":
        return f"?answer {p} <{h.anchor}> ."
    if h.kind == "members":
        return f"?answer mlkg:kind <{h.anchor}> ."
    if h.kind == "value":
        return f"?answer {p} {json.dumps(h.anchor)} ."
    if h.kind == "via":
        return f"?member mlkg:kind <{h.anchor}> ; {p} ?answer ."
    return f'?answer a/rdfs:subClassOf* mlkg:Entity ; rdfs:label ?l . FILTER(CONTAINS(LCASE(STR(?l)), "{h.anchor}"))'


def _sparql(hyps: list[Hypothesis], types: set[str], exclude: set[str]) -> str:
    body = "\n  UNION\n".join(f"  {{ {_pattern(h)} }}" for h in hyps)
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
    if exclude:
        lines.append(
            "  FILTER(?answer NOT IN (" + ", ".join(f"<{x}>" for x in sorted(exclude)) + "))"
        )
    lines.append("} ORDER BY ?label")
    return "\n".join(lines)


def _values_sparql(iris: list[str]) -> str:
    return (
        sparql_prefixes()
        + "SELECT ?answer ?label WHERE {\n  VALUES ?answer { "
        + " ".join(f"<{i}>" for i in iris)
        + " }\n  ?answer rdfs:label ?label .\n}"
    )


def _result(
    engine,
    question: str,
    answers: list[tuple[str, float, list[dict]]],
    summary: str,
    sparql: str,
    **extra,
) -> dict:
    v = engine.view
    extra.setdefault("concepts", [])
    return {
        "question": question,
        "answered": bool(answers) or bool(extra.get("label")),
        "summary": summary,
        "sparql": sparql,
        "answers": [
            {
                "label": v.entities[i].label,
                "iri": i,
                "type": v.entities[i].type_label,
                "score": round(s, 4),
                "evidence": ev,
            }
            for i, s, ev in answers
        ],
        **extra,
    }


def _declined(question: str, why: str) -> dict:
    return {
        "question": question,
        "answered": False,
        "summary": f"The documents don't say ({why}).",
        "sparql": "",
        "answers": [],
    }


# phrases that point at the document rather than at what is asked
_FILLER_PHRASE = re.compile(
    r"\b(does|do|did)?\s*(the|this|these|my)\s+(cheat ?sheets?|documents?|notes|docs)\s*(\w+)?\b|\baccording to [^,?]+",
    re.I,
)
_RAW = re.compile(r"-?[\w][\w-]*")


def _phrase_bonus(engine, question: str, unit_score: dict[str, float]) -> None:
    """Exact phrases of the question in a unit's text ("ranges from -1 to 1") raise its score."""
    words = _RAW.findall(question.lower())
    grams = {" ".join(words[i : i + 3]) for i in range(len(words) - 2)}
    if not grams:
        return
    for u in list(unit_score):
        text = (
            " ".join(_RAW.findall(engine.view.units[u].text.lower()))
            if u in engine.view.units
            else ""
        )
        found = sum(g in text for g in grams)
        unit_score[u] += 0.3 * found / len(grams)


def answer_question(engine, question: str, vector) -> dict:
    """Answer one question (see the module docstring); a dict shaped as the CLI's JSON."""
    q = analyse(question)
    query = _FILLER_PHRASE.sub(" ", question)
    hits = engine.search(query, k=40, vector=vector if query == question else None)
    unit_score: dict[str, float] = defaultdict(float)
    card_score: dict[str, float] = defaultdict(float)
    for h in hits:
        if h.row.unit:
            unit_score[h.row.unit] = max(unit_score[h.row.unit], h.score)
        elif h.row.kind == "entity":
            card_score[h.row.ref] = max(card_score[h.row.ref], h.score)
    _phrase_bonus(engine, question, unit_score)
    linked = link_entities(engine, question)
    entities = [i for i in linked if i in engine.view.entities]
    if q.form == "definition":
        named = _named_entity(engine, q.subject)
        if named:
            return _definition(engine, q, [named], card_score, unit_score)
        # "What is Keras built on?", "What are the common loss functions?": not a definition
        q.form = "list" if q.text.lower().startswith("what are") else "single"
    if q.form == "compare":
        named = [e for e in entities if linked[e] >= 1.0]  # names, not everyday words ("cost")
        compared = named if len(named) >= 2 else entities
        if len([e for e in compared if engine.view.entities[e].type != "Category"]) >= 2:
            return _compare(engine, q, compared, unit_score)
        q.form = "single"
    hyps = hypotheses(engine, q, linked, unit_score)
    about = _about_whom(engine, q, linked)
    if about is not None:
        # "What is Keras built on?": a relation of the named entity the question names...
        related = [
            h
            for h in hyps
            if h.anchor == about and h.kind in ("out", "in") and _asks_for(q, h.predicate)
        ]
        if related:
            q.form = "single" if len(related[0].answers) == 1 else "list"
            return _list(engine, q, related, {about: 1.0}, unit_score)
        # ... or what the documents say of it: "What does AWS Step Functions do?"
        return _describe(engine, q, about, unit_score)
    if q.form == "open" and hyps:
        best = hyps[0]
        if linked.get(best.anchor, 0) >= 1.0 and best.coverage >= 0.6 and len(best.answers) > 1:
            q.form = "list"
    if q.form == "list" and hyps:
        return _list(engine, q, hyps, linked, unit_score)
    return _single(engine, q, hyps, linked, unit_score)


def _list(
    engine, q: Question, hyps: list[Hypothesis], linked: dict[str, float], unit_score
) -> dict:
    best = hyps[0]
    support = 0.5 * best.coverage + 0.5 * best.support
    if support < DECLINE_BELOW or best.coverage < MIN_COVERAGE:
        return _declined(q.text, f"best match covers {best.coverage:.0%} of the question")
    # a second reading joins only if its own anchor explains the question as well (q: "streaming
    # data, whether ingested or processed by streaming jobs")
    both_named = lambda h: linked.get(h.anchor, 0) >= 1.0 and linked.get(best.anchor, 0) >= 1.0  # noqa: E731
    chosen = [best] + [
        h
        for h in hyps[1:6]
        if (
            (
                h.score >= 0.93 * best.score
                and h.anchor_coverage >= max(0.3, 0.9 * best.anchor_coverage)
            )
            or (both_named(h) and h.score >= 0.85 * best.score)
        )
        and h.fit >= best.fit
        and h.kind != "label"
        and h.anchor != best.anchor
        and stems(_name(engine, h.anchor))
        != stems(_name(engine, best.anchor))  # one concept, two roles
        and h.anchor not in best.answers
        and best.anchor not in h.answers
    ]
    answers: dict[str, set[str]] = defaultdict(set)
    for h in chosen:
        for x, units in h.answers.items():
            answers[x] |= units
    exclude = {x for x in linked if x in answers and best.kind != "label"}
    exclude |= {h.anchor for h in chosen if h.anchor in answers}
    typed = {x for x in answers if type_ok(engine, x, q.types)}
    use_types = bool(q.types) and typed != set(answers) and len(typed) >= 0.8 * len(answers)
    keep = [x for x in answers if x not in exclude and (not use_types or x in typed)]
    if not keep:
        return _declined(q.text, "no answer of the asked-for type")
    scored = sorted(
        ((x, max((unit_score.get(u, 0) for u in answers[x]), default=0)) for x in keep),
        key=lambda t: (-t[1], engine.view.label(t[0])),
    )
    v = engine.view
    result_types = {v.entities[x].type for x in keep} if use_types else set()
    sparql = _sparql(chosen, result_types & q.types if use_types else set(), exclude)
    names = ", ".join(v.label(x) for x, _ in scored)
    anchor = v.label(best.anchor) if best.kind not in ("label", "value") else f'"{best.anchor}"'
    summary = f"{len(scored)} answer{'s' if len(scored) != 1 else ''} ({anchor}): {names}."
    named = [x for x, w in linked.items() if w >= 1.0 and (x in v.entities or x in v.kinds)]
    concepts = list(dict.fromkeys([h.anchor for h in chosen if h.kind != "label"] + named))
    return _result(
        engine,
        q.text,
        [(x, s, _evidence(engine, answers[x], unit_score)) for x, s in scored],
        summary,
        sparql,
        support=round(support, 3),
        coverage=round(best.coverage, 3),
        concepts=concepts,
    )


def _single(
    engine, q: Question, hyps: list[Hypothesis], linked: dict[str, float], unit_score
) -> dict:
    v = engine.view
    candidates: dict[str, tuple[float, set[str]]] = {}
    among = [x for x in linked if x in v.entities and linked[x] >= 1.0]
    restrict = (
        set(among)
        if re.search(r"\b(among|which one|which of)\b", q.text.lower()) and len(among) >= 2
        else None
    )
    votes: dict[str, int] = defaultdict(int)
    for u, s in sorted(unit_score.items(), key=lambda t: -t[1])[:15]:
        seen: dict[str, bool | None] = {}
        facts_of: set[str] = set()
        for f in engine.unit_facts.get(u, []):
            if f.predicate != "kind":
                seen[f.subject] = True
                facts_of.add(f.subject)
                if f.obj_is_entity:
                    seen.setdefault(f.obj, False)
                    facts_of.add(f.obj)
        for m in v.units[u].mentions if u in v.units else []:
            seen.setdefault(m, None)  # only mentioned
        for x, is_subject in seen.items():
            if x not in v.entities:
                continue
            if restrict is not None and x not in restrict:
                continue
            if restrict is None and x in linked:
                continue  # what the question names is rarely what it asks for
            votes[x] += 1
            role = 0.05 if is_subject else (0.02 if is_subject is False and x in facts_of else 0.0)
            score = s + 0.12 * type_ok(engine, x, q.types) + role
            old = candidates.get(x, (0.0, set()))
            candidates[x] = (max(old[0], score), old[1] | {u})
    for x in candidates:
        candidates[x] = (candidates[x][0] + 0.01 * min(votes[x] - 1, 5), candidates[x][1])
    if not candidates:
        return _declined(q.text, "nothing in the documents matches")
    best, (score, units) = max(candidates.items(), key=lambda t: t[1][0])
    top_unit = max(units, key=lambda u: unit_score.get(u, 0))
    text = v.units[top_unit].text + " " + v.label(best)
    coverage = coverage_of(engine, q, stems(text) | stems(v.units[top_unit].section))
    support = 0.5 * coverage + 0.5 * unit_score.get(top_unit, 0)
    if q.form == "yesno":
        top_unit = max(unit_score, key=lambda u: unit_score[u])
        units = {top_unit}
        negative = re.search(r"\b(no|not|none|without)\b", v.units[top_unit].text, re.I)
        label = "No" if negative else "Yes"
        ev = _evidence(engine, units, unit_score)
        return {
            "question": q.text,
            "answered": support >= DECLINE_BELOW,
            "label": label,
            "summary": f"{label}: {v.units[top_unit].text}",
            "sparql": _values_sparql([best]),
            "answers": [
                {
                    "label": label,
                    "iri": "",
                    "type": "yes/no",
                    "score": round(score, 4),
                    "evidence": ev,
                }
            ],
        }
    if support < DECLINE_BELOW or coverage < MIN_COVERAGE:
        return _declined(q.text, f"the best match covers {coverage:.0%} of the question")
    ev = _evidence(engine, units, unit_score)
    summary = f"{v.label(best)}: {ev[0]['text']}" if ev else v.label(best)
    concepts = [x for x, w in linked.items() if w >= 1.0 and x in v.entities]
    return _result(
        engine,
        q.text,
        [(best, score, ev)],
        summary,
        _values_sparql([best]),
        support=round(support, 3),
        coverage=round(coverage, 3),
        concepts=concepts,
    )


_RELATION_CUES = {
    "builtOn": r"\bbuilt on\b|\bbased on\b",
    "alternativeTo": r"\balternatives?\b|\binstead\b|\breplace",
    "monitoredBy": r"\bmonitor",
    "evaluates": r"\bevaluat",
    "suitableFor": r"\bsuit",
    "techniqueOf": r"\btechniques?\b",
    "partOf": r"\bpart of\b|\bcomponents?\b|\bvariants?\b|\bmembers?\b",
    "example": r"\bexamples?\b",
    "implementedWith": r"\bimplement|\btools?\b|\bdone with\b",
}


def _asks_for(q: Question, predicate: str) -> bool:
    cue = _RELATION_CUES.get(predicate)
    return bool(cue and re.search(cue, q.text.lower()))


def _about_whom(engine, q: Question, linked: dict[str, float]) -> str | None:
    """The one entity a what/how question is about ("What kind of storage is Amazon EBS?"), if
    the question asks about it rather than for another thing ("Which service ...?")."""
    low = q.text.lower()
    if q.form not in ("single", "open") or not re.match(r"^(what|how|why|describe|tell me)\b", low):
        return None
    named = [x for x, w in linked.items() if w >= 1.0 and x in engine.view.entities]
    if len(named) != 1:
        return None
    if analyse_type_head(low):
        return None  # "What SageMaker service offers an IDE?" asks for a service
    x = named[0]
    if (
        q.types
        and not type_ok(engine, x, q.types)
        and not re.search(r"\b(built on|based on)\b", low)
    ):
        return None  # "What is the alternative AWS service to DeepAR?" asks for a service
    return x


def _describe(engine, q: Question, x: str, unit_score) -> dict:
    """The named entity, with the facts about it that best match the question."""
    v = engine.view
    words = {stem(w) for w in q.words} - stems(v.entities[x].label)
    own = engine.subject_facts[x]
    facts = [f for f in own if not f.obj_is_entity]
    related = [f for f in own if f.obj_is_entity and f.predicate != "kind"] + engine.in_facts[x]
    facts += sorted(related, key=lambda f: engine.position[id(f)])

    asks_kind = bool(re.search(r"\b(kind|type|sort) of\b", q.text.lower()))

    def match(f) -> int:
        text = f"{f.criterion} {v.label(f.obj) if f.obj_is_entity else f.obj} {f.predicate}"
        kind = asks_kind and bool(
            re.search(r"\btype\b", f.criterion, re.I)
        )  # "what kind of X is Y?"
        return len(stems(text) & words) + 2 * kind

    order = {"definition": 0, "usedFor": 1, "hasProperty": 2, "hasAttribute": 3}
    facts.sort(key=lambda f: (-match(f), order.get(f.predicate, 4), -unit_score.get(f.unit, 0.0)))
    if not facts or (words and match(facts[0]) == 0 and not v.entities[x].definition):
        return _declined(q.text, f"nothing about {v.label(x)} answers that")
    best = facts[0]
    said = v.label(best.obj) if best.obj_is_entity else best.obj
    summary = f"{v.label(x)}: " + (f"{best.criterion}: " if best.criterion else "") + said
    units = list(dict.fromkeys(f.unit for f in facts[:5]))
    ev = _evidence(engine, units, {u: -i for i, u in enumerate(units)}, limit=5)
    sparql = (
        sparql_prefixes()
        + f"SELECT ?answer ?label ?relation ?value WHERE {{\n  VALUES ?answer {{ <{x}> }}\n"
        + "  ?answer rdfs:label ?label ; ?relation ?value . FILTER(isLiteral(?value))\n}"
    )
    return _result(engine, q.text, [(x, 1.0, ev)], summary, sparql, concepts=[x])


def _name(engine, anchor: str) -> str:
    return engine.view.label(anchor) if anchor.startswith("http") else anchor


def _named_entity(engine, text: str) -> str | None:
    """The entity ``text`` names exactly (a label or alias; prefixes and plural -s aside)."""
    text = text.strip().lower()
    for form in (text, text[:-1] if text.endswith("s") else text, "amazon " + text, "aws " + text):
        iri = engine.forms.get(form)
        if iri in engine.view.entities:
            return iri
    # "concept drift" names "Concept Drift Detection" (a longer name that starts with it)
    longer = {
        iri
        for form, iri in engine.forms.items()
        if form.startswith(text + " ") and iri in engine.view.entities
    }
    return next(iter(longer)) if len(longer) == 1 else None


def _definition(engine, q: Question, entities: list[str], card_score, unit_score) -> dict:
    v = engine.view
    pool = (
        [e for e in entities if v.entities[e].definition]
        or entities
        or sorted(card_score, key=lambda e: -card_score[e])[:1]
    )
    if not pool:
        return _declined(q.text, "no entity of that name")
    e = max(
        pool, key=lambda x: (len(v.entities[x].label) if x in entities else 0, card_score.get(x, 0))
    )
    units = {
        f.unit
        for f in engine.subject_facts[e]
        if f.predicate in ("definition", "hasProperty", "usedFor")
    }
    ev = _evidence(engine, units, unit_score)
    d = v.entities[e].definition or (ev[0]["text"] if ev else "")
    sparql = (
        sparql_prefixes()
        + f"SELECT ?label ?definition WHERE {{\n  <{e}> rdfs:label ?label .\n  OPTIONAL {{ <{e}> skos:definition ?definition }}\n}}"
    )
    return _result(engine, q.text, [(e, 1.0, ev)], f"{v.entities[e].label}: {d}", sparql)


def _compare(engine, q: Question, entities: list[str], unit_score) -> dict:
    v = engine.view
    ents = [e for e in entities if v.entities[e].type not in ("Category",)][:5]
    if len(ents) < 2:
        return _declined(q.text, "a comparison needs two named entities")
    words = {stem(w) for w in q.words}
    rows = []
    answers = []
    for e in ents:
        facts = [
            f
            for f in engine.subject_facts[e]
            if f.predicate in ("hasAttribute", "definition", "hasProperty", "usedFor")
        ]
        facts.sort(
            key=lambda f: (
                -len(stems(f.criterion) & words),
                f.predicate != "definition",
                v.units[f.unit].line,
            )
        )
        ev = _evidence(
            engine, [f.unit for f in facts], {f.unit: -i for i, f in enumerate(facts)}, limit=12
        )
        answers.append((e, 1.0, ev))
        matched = [f for f in facts if f.criterion and stems(f.criterion) & words]
        shown = matched or [f for f in facts if f.predicate == "definition"][:1] or facts[:1]
        rows.append(
            f"{v.entities[e].label}: "
            + "; ".join((f"{f.criterion}: " if f.criterion else "") + f.obj for f in shown[:3])
        )
    sparql = (
        sparql_prefixes()
        + "SELECT ?entity ?label ?criterion ?value WHERE {\n  VALUES ?entity { "
        + " ".join(f"<{e}>" for e in ents)
        + " }\n  ?entity rdfs:label ?label ; mlkg:hasAttribute ?a .\n  ?a mlkg:criterion/rdfs:label ?criterion ; rdf:value ?value .\n} ORDER BY ?criterion ?label"
    )
    return _result(engine, q.text, answers, " | ".join(rows), sparql)
