"""Answering: from a question to a justified set of entities.

Retrieval finds the text that talks about the question; the graph decides the answer set.
Candidate *hypotheses* are read off the graph around the question's entities and around the
facts of the best-matching text: "everything ``?x`` with ``?x suitableFor Classification``",
"every tool ``Handling Imbalanced Data implementedWith ?x``", "every member of the kind
Learning Type". Each is scored by how much of the question its anchor covers, how well
retrieval supports its evidence, and whether its members are of the asked-for type; the best
one is the answer, complete, with its SPARQL. Single-answer questions take the best-supported
entity of the right type; nothing well supported means "the documents don't say".
"""

from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import dataclass, field

from graph.vocab import MLKG, sparql_prefixes

from .index import keyword_tokens
from .question import Question, analyse

# words a relation answers to, beside its own name
RELATION_WORDS = {
    "suitableFor": "suitable build use for",
    "evaluates": "evaluate evaluation metric measure",
    "alternativeTo": "alternative instead replace",
    "monitoredBy": "monitor monitoring rely relies",
    "implementedWith": "tool tools implement implemented done with use handle",
    "techniqueOf": "technique techniques used in",
    "partOf": "part of variant variants type types component",
    "inCategory": "type category",
    "example": "example such as",
    "builtOn": "built on top",
    "usedFor": "used for use",
}
DECLINE_BELOW = 0.42  # support of the best answer (coverage and retrieval), see bench/eval output
MIN_COVERAGE = 0.30


def _stem(w: str) -> str:
    return w[:5] if len(w) > 5 else w


def _stems(text: str) -> set[str]:
    return {_stem(w) for w in keyword_tokens(text)}


@dataclass
class Hypothesis:
    kind: str  # "out" (anchor p ?x), "in" (?x p anchor), "members" (?x kind anchor), "label"
    anchor: str
    predicate: str = ""
    answers: dict[str, set[str]] = field(default_factory=dict)  # answer IRI → evidence units
    score: float = 0.0
    anchor_coverage: float = 0.0  # of the question, by the anchor's own names
    section_coverage: float = 0.0  # ... and by the section its evidence stands in
    coverage: float = 0.0  # ... and by its best evidence text
    support: float = 0.0
    fit: float = 0.0


def link_entities(engine, text: str) -> dict[str, float]:
    """Entities (and kinds) the question names, with a confidence: exact names, then prefixes."""
    linked: dict[str, float] = {}
    for m in engine._form_re.finditer(text):
        form = m.group(1)
        iri = engine.forms[form.lower()]
        if iri in engine.view.kinds and _is_type_phrase(form):
            continue  # "AWS service", "evaluation metric": the answer type, not a topic
        multi = len(form.split()) >= 2 or any(c.isupper() for c in form[1:]) or form.isupper()
        linked[iri] = max(linked.get(iri, 0), 1.0 if multi else 0.5)
    words = re.findall(r"[A-Za-z0-9][\w-]*", text.lower())
    for n in (3, 2):
        for i in range(len(words) - n + 1):
            phrase = " ".join(words[i : i + n])
            hits = [iri for form, iri in engine.forms.items() if form.startswith(phrase + " ")]
            if 0 < len(set(hits)) <= 2:
                for iri in set(hits):
                    linked.setdefault(iri, 0.8)
    return linked


def _is_type_phrase(label: str) -> bool:
    words = [w for w in keyword_tokens(label) if w not in {"aws", "amazon", "evaluation", "ml", "sagemaker"}]
    return len(words) == 1 and words[0] in {"service", "metric", "tool", "algorithm", "technique", "method", "model"}


def _coverage(engine, q: Question, stems: set[str]) -> float:
    total = sum(engine.weight(w) for w in q.words) or 1.0
    return sum(engine.weight(w) for w in q.words if _stem(w) in stems) / total


def _type_ok(engine, iri: str, types: set[str]) -> bool:
    e = engine.view.entities.get(iri)
    if e is None:
        return False
    if not types or e.type in types:
        return True
    kinds = " ".join(e.kinds).lower()
    return any(t.lower() in kinds or (t == "DataFormat" and "format" in kinds) for t in types)


def _anchor_text(engine, h: Hypothesis) -> str:
    """What names the hypothesis' anchor: its label, aliases and kinds, and the relation."""
    v = engine.view
    if h.kind == "label":
        return h.anchor
    if h.anchor in v.kinds:
        relation = RELATION_WORDS.get(h.predicate, h.predicate) if h.kind == "via" else ""
        return " ".join([v.kinds[h.anchor], relation])
    e = v.entities[h.anchor]
    return " ".join([e.label, *e.aliases, *e.kinds, e.type_label, RELATION_WORDS.get(h.predicate, h.predicate)])


def _shared_section_path(engine, h: Hypothesis) -> str:
    v = engine.view
    sections = [v.units[u].section for us in h.answers.values() for u in us if u in v.units]
    if not sections:
        return ""
    top = max(set(sections), key=sections.count)
    return top if sections.count(top) >= 0.6 * len(sections) else ""


def _shared_section(engine, h: Hypothesis) -> list[str]:
    """The section most of the evidence stands in (a table's heading), if there is one."""
    v = engine.view
    sections = [v.units[u].section for us in h.answers.values() for u in us if u in v.units]
    if not sections:
        return []
    top = max(set(sections), key=sections.count)
    return [top.rsplit(" > ", 1)[-1]] if sections.count(top) >= 0.6 * len(sections) else []


def hypotheses(engine, q: Question, linked: dict[str, float], unit_score: dict[str, float]) -> list[Hypothesis]:
    v = engine.view
    anchors: dict[str, float] = dict(linked)
    top_units = sorted(unit_score, key=lambda u: -unit_score[u])[:10]
    section_units = []
    for u in top_units:
        unit = v.units.get(u)
        if unit is not None and unit.section.rsplit(" > ", 1)[-1] == unit.text:  # a heading
            section_units += engine.section_units.get(unit.section, [])[:40]
    for u in top_units + section_units:
        for f in engine.unit_facts.get(u, []):
            for iri in (f.subject, f.obj if f.obj_is_entity else None):
                if iri and (iri in v.entities or iri in v.kinds):
                    anchors.setdefault(iri, 0.0)
    # a heading that matches the question lends its score to the facts of its section
    section_score: dict[str, float] = {}
    for u, sc in unit_score.items():
        unit = v.units.get(u)
        if unit is not None and unit.section.rsplit(" > ", 1)[-1] == unit.text:
            section_score[unit.section] = max(section_score.get(unit.section, 0.0), sc)
    hyps: list[Hypothesis] = []
    for a in anchors:
        if a in v.kinds:
            members = engine.members.get(a, set())
            h = Hypothesis("members", a, "kind")
            via: dict[str, Hypothesis] = {}
            for m in members:
                h.answers[m] = {f.unit for f in v.facts if f.subject == m and f.obj == a}
                # two hops: what the members are done with ("tools of the visualization techniques")
                for f in engine.out_facts.get(m, []):
                    hv = via.setdefault(f.predicate, Hypothesis("via", a, f.predicate))
                    hv.answers.setdefault(f.obj, set()).add(f.unit)
            hyps.append(h)
            hyps.extend(hv for hv in via.values() if len(hv.answers) >= 2)
            continue
        by_pred: dict[tuple[str, str], Hypothesis] = {}
        for f in engine.out_facts.get(a, []):
            h = by_pred.setdefault(("out", f.predicate), Hypothesis("out", a, f.predicate))
            h.answers.setdefault(f.obj, set()).add(f.unit)
        for f in engine.in_facts.get(a, []):
            h = by_pred.setdefault(("in", f.predicate), Hypothesis("in", a, f.predicate))
            h.answers.setdefault(f.subject, set()).add(f.unit)
        hyps.extend(by_pred.values())
    # entities whose names share a phrase of the question ("data movement" patterns)
    words = [w for w in re.findall(r"[a-z0-9][\w-]*", q.text.lower())]
    for n in (3, 2):
        for i in range(len(words) - n + 1):
            phrase = " ".join(words[i : i + n])
            if not set(keyword_tokens(phrase)) - {"data", "ml", "aws", "amazon"}:
                continue
            found = {e.iri for e in v.entities.values() if phrase in e.label.lower() and e.label.lower() != phrase}
            if len(found) >= 2:
                h = Hypothesis("label", phrase)
                for iri in found:
                    h.answers[iri] = {f.unit for f in v.facts if f.subject == iri}
                hyps.append(h)
    for h in hyps:
        answers = [x for x in h.answers if x not in linked or h.kind == "label"]
        if not answers:
            h.score = -1
            continue
        units = {u for us in h.answers.values() for u in us}
        h.support = max((unit_score.get(u, 0.0) for u in units), default=0.0)
        sections = {v.units[u].section for u in units if u in v.units}
        h.support = max([h.support] + [0.9 * section_score.get(sec, 0.0) for sec in sections])
        anchor = _stems(_anchor_text(engine, h))
        section = anchor | _stems(" ".join(_shared_section(engine, h)))
        best_unit = max(units, key=lambda u: unit_score.get(u, 0.0), default=None)
        with_text = section | (_stems(v.units[best_unit].text) if best_unit in v.units and unit_score.get(best_unit) else set())
        h.anchor_coverage = _coverage(engine, q, anchor)
        h.section_coverage = _coverage(engine, q, section)
        if h.kind in ("in", "members"):
            # a retrieved heading names the rows beneath it as well as a label would
            shared = _shared_section_path(engine, h)
            named = min(1.0, section_score.get(shared, 0.0) / 0.8) if shared else 0.0
            h.anchor_coverage = max(h.anchor_coverage, h.section_coverage * named)
        h.coverage = max(h.section_coverage, 0.85 * _coverage(engine, q, with_text))
        h.fit = sum(_type_ok(engine, x, q.types) for x in answers) / len(answers)
        bonus = 0.25 * linked.get(h.anchor, 0.0)
        size = 0.0 if len(answers) > 1 else -0.1
        # answers that are the subjects of their rows (a table's rows, a kind's members) form a
        # closed set; answers named inside other rows are a weaker reading
        closed = 0.05 if h.kind in ("in", "members") else 0.0
        h.score = (
            0.2 * h.anchor_coverage + 0.15 * h.section_coverage + 0.1 * h.coverage + 0.35 * h.support + 0.2 * h.fit
            + bonus + size + closed
        )
        if q.types:  # answers of the wrong type are a poor reading, however well anchored
            h.score *= 0.6 + 0.4 * h.fit
    return sorted((h for h in hyps if h.score > 0), key=lambda h: -h.score)


def _evidence(engine, units: set[str] | list[str], unit_score: dict[str, float], limit: int = 3) -> list[dict]:
    v = engine.view
    ordered = sorted((u for u in units if u in v.units), key=lambda u: (-unit_score.get(u, 0.0), v.units[u].line))
    return [
        {"text": v.units[u].text, "document": v.units[u].document, "section": v.units[u].section, "line": v.units[u].line}
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
    if h.kind == "via":
        return f"?member mlkg:kind <{h.anchor}> ; {p} ?answer ."
    return f'?answer a/rdfs:subClassOf* mlkg:Entity ; rdfs:label ?l . FILTER(CONTAINS(LCASE(STR(?l)), "{h.anchor}"))'


def _sparql(hyps: list[Hypothesis], types: set[str], exclude: set[str]) -> str:
    body = "\n  UNION\n".join(f"  {{ {_pattern(h)} }}" for h in hyps)
    lines = [sparql_prefixes() + "SELECT DISTINCT ?answer ?label WHERE {", body, "  ?answer rdfs:label ?label ."]
    if types:
        lines.append("  ?answer a ?type . VALUES ?type { " + " ".join(f"mlkg:{t}" for t in sorted(types)) + " }")
    if exclude:
        lines.append("  FILTER(?answer NOT IN (" + ", ".join(f"<{x}>" for x in sorted(exclude)) + "))")
    lines.append("} ORDER BY ?label")
    return "\n".join(lines)


def _values_sparql(iris: list[str]) -> str:
    return (
        sparql_prefixes()
        + "SELECT ?answer ?label WHERE {\n  VALUES ?answer { "
        + " ".join(f"<{i}>" for i in iris)
        + " }\n  ?answer rdfs:label ?label .\n}"
    )


def _result(engine, question: str, answers: list[tuple[str, float, list[dict]]], summary: str, sparql: str, **extra) -> dict:
    v = engine.view
    extra.setdefault("concepts", [])
    return {
        "question": question,
        "answered": bool(answers) or bool(extra.get("label")),
        "summary": summary,
        "sparql": sparql,
        "answers": [
            {"label": v.entities[i].label, "iri": i, "type": v.entities[i].type_label, "score": round(s, 4), "evidence": ev}
            for i, s, ev in answers
        ],
        **extra,
    }


def _declined(question: str, why: str) -> dict:
    return {"question": question, "answered": False, "summary": f"The documents don't say ({why}).", "sparql": "", "answers": []}


# phrases that point at the document rather than at what is asked
_FILLER_PHRASE = re.compile(
    r"\b(does|do|did)?\s*(the|this|these|my)\s+(cheat ?sheets?|documents?|notes|docs)\s*(\w+)?\b|\baccording to [^,?]+", re.I
)
_RAW = re.compile(r"-?[\w][\w-]*")


def _phrase_bonus(engine, question: str, unit_score: dict[str, float]) -> None:
    """Exact phrases of the question in a unit's text ("ranges from -1 to 1") raise its score."""
    words = _RAW.findall(question.lower())
    grams = {" ".join(words[i : i + 3]) for i in range(len(words) - 2)}
    if not grams:
        return
    for u in list(unit_score):
        text = " ".join(_RAW.findall(engine.view.units[u].text.lower())) if u in engine.view.units else ""
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
        return _definition(engine, q, entities, card_score, unit_score)
    if q.form == "compare":
        return _compare(engine, q, entities, unit_score)
    hyps = hypotheses(engine, q, linked, unit_score)
    if q.form == "open" and hyps:
        best = hyps[0]
        if linked.get(best.anchor, 0) >= 1.0 and best.coverage >= 0.6 and len(best.answers) > 1:
            q.form = "list"
    if q.form == "list" and hyps:
        return _list(engine, q, hyps, linked, unit_score)
    return _single(engine, q, hyps, linked, unit_score)


def _list(engine, q: Question, hyps: list[Hypothesis], linked: dict[str, float], unit_score) -> dict:
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
            (h.score >= 0.93 * best.score and h.anchor_coverage >= max(0.3, 0.9 * best.anchor_coverage))
            or (both_named(h) and h.score >= 0.85 * best.score)
        )
        and h.fit >= best.fit
        and h.kind != "label"
        and h.anchor != best.anchor
        and h.anchor not in best.answers
        and best.anchor not in h.answers
    ]
    answers: dict[str, set[str]] = defaultdict(set)
    for h in chosen:
        for x, units in h.answers.items():
            answers[x] |= units
    exclude = {x for x in linked if x in answers and best.kind != "label"}
    exclude |= {h.anchor for h in chosen if h.anchor in answers}
    typed = {x for x in answers if _type_ok(engine, x, q.types)}
    use_types = bool(q.types) and typed != set(answers) and len(typed) >= 0.7 * len(answers)
    keep = [x for x in answers if x not in exclude and (not use_types or x in typed)]
    if not keep:
        return _declined(q.text, "no answer of the asked-for type")
    scored = sorted(((x, max((unit_score.get(u, 0) for u in answers[x]), default=0)) for x in keep), key=lambda t: (-t[1], engine.view.label(t[0])))
    v = engine.view
    result_types = {v.entities[x].type for x in keep} if use_types else set()
    sparql = _sparql(chosen, result_types & q.types if use_types else set(), exclude)
    names = ", ".join(v.label(x) for x, _ in scored)
    anchor = v.label(best.anchor) if best.kind != "label" else f'"{best.anchor}"'
    summary = f"{len(scored)} answer{'s' if len(scored) != 1 else ''} ({anchor}): {names}."
    named = [x for x, w in linked.items() if w >= 1.0 and (x in v.entities or x in v.kinds)]
    concepts = list(dict.fromkeys([h.anchor for h in chosen if h.kind != "label"] + named))
    return _result(
        engine, q.text, [(x, s, _evidence(engine, answers[x], unit_score)) for x, s in scored], summary, sparql,
        support=round(support, 3), coverage=round(best.coverage, 3), concepts=concepts,
    )


def _single(engine, q: Question, hyps: list[Hypothesis], linked: dict[str, float], unit_score) -> dict:
    v = engine.view
    candidates: dict[str, tuple[float, set[str]]] = {}
    among = [x for x in linked if x in v.entities and linked[x] >= 1.0]
    restrict = set(among) if re.search(r"\b(among|which one|which of)\b", q.text.lower()) and len(among) >= 2 else None
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
            score = s + 0.12 * _type_ok(engine, x, q.types) + role
            old = candidates.get(x, (0.0, set()))
            candidates[x] = (max(old[0], score), old[1] | {u})
    for x in candidates:
        candidates[x] = (candidates[x][0] + 0.01 * min(votes[x] - 1, 5), candidates[x][1])
    if not candidates:
        return _declined(q.text, "nothing in the documents matches")
    best, (score, units) = max(candidates.items(), key=lambda t: t[1][0])
    top_unit = max(units, key=lambda u: unit_score.get(u, 0))
    text = v.units[top_unit].text + " " + v.label(best)
    coverage = _coverage(engine, q, _stems(text) | _stems(v.units[top_unit].section))
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
            "answers": [{"label": label, "iri": "", "type": "yes/no", "score": round(score, 4), "evidence": ev}],
        }
    if support < DECLINE_BELOW or coverage < MIN_COVERAGE:
        return _declined(q.text, f"the best match covers {coverage:.0%} of the question")
    ev = _evidence(engine, units, unit_score)
    summary = f"{v.label(best)}: {ev[0]['text']}" if ev else v.label(best)
    concepts = [x for x, w in linked.items() if w >= 1.0 and x in v.entities]
    return _result(
        engine, q.text, [(best, score, ev)], summary, _values_sparql([best]),
        support=round(support, 3), coverage=round(coverage, 3), concepts=concepts,
    )


def _definition(engine, q: Question, entities: list[str], card_score, unit_score) -> dict:
    v = engine.view
    pool = [e for e in entities if v.entities[e].definition] or entities or sorted(card_score, key=lambda e: -card_score[e])[:1]
    if not pool:
        return _declined(q.text, "no entity of that name")
    e = max(pool, key=lambda x: (len(v.entities[x].label) if x in entities else 0, card_score.get(x, 0)))
    units = {f.unit for f in v.facts if f.subject == e and f.predicate in ("definition", "hasProperty", "usedFor")}
    ev = _evidence(engine, units, unit_score)
    d = v.entities[e].definition or (ev[0]["text"] if ev else "")
    sparql = sparql_prefixes() + f"SELECT ?label ?definition WHERE {{\n  <{e}> rdfs:label ?label .\n  OPTIONAL {{ <{e}> skos:definition ?definition }}\n}}"
    return _result(engine, q.text, [(e, 1.0, ev)], f"{v.entities[e].label}: {d}", sparql)


def _compare(engine, q: Question, entities: list[str], unit_score) -> dict:
    v = engine.view
    ents = [e for e in entities if v.entities[e].type not in ("Category",)][:5]
    if len(ents) < 2:
        return _declined(q.text, "a comparison needs two named entities")
    words = {_stem(w) for w in q.words}
    rows = []
    answers = []
    for e in ents:
        facts = [f for f in v.facts if f.subject == e and f.predicate in ("hasAttribute", "definition", "hasProperty", "usedFor")]
        facts.sort(key=lambda f: (-len(_stems(f.criterion) & words), f.predicate != "definition", v.units[f.unit].line))
        ev = _evidence(engine, [f.unit for f in facts], {f.unit: -i for i, f in enumerate(facts)}, limit=12)
        answers.append((e, 1.0, ev))
        matched = [f for f in facts if f.criterion and _stems(f.criterion) & words]
        shown = matched or [f for f in facts if f.predicate == "definition"][:1] or facts[:1]
        rows.append(f"{v.entities[e].label}: " + "; ".join((f"{f.criterion}: " if f.criterion else "") + f.obj for f in shown[:3]))
    sparql = (
        sparql_prefixes()
        + "SELECT ?entity ?label ?criterion ?value WHERE {\n  VALUES ?entity { "
        + " ".join(f"<{e}>" for e in ents)
        + " }\n  ?entity rdfs:label ?label ; mlkg:hasAttribute ?a .\n  ?a mlkg:criterion/rdfs:label ?criterion ; rdf:value ?value .\n} ORDER BY ?criterion ?label"
    )
    return _result(engine, q.text, answers, " | ".join(rows), sparql)


_ = MLKG  # the namespace the generated queries use
