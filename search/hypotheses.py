"""Readings of a question on the graph ("hypotheses") and how well each explains it.

A hypothesis is an anchor (an entity or a kind), a relation and a direction: "every ``?x`` with
``?x suitableFor Classification``", "every tool ``Handling Imbalanced Data implementedWith
?x``", "every member of the kind Learning Type", "what those members are done with". Each is
scored by how much of the question its anchor's names cover, how well retrieval supports its
evidence, and whether its members are of the asked-for type.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from .index import keyword_tokens
from .question import Question

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


def stem(w: str) -> str:
    return w[:5] if len(w) > 5 else w


def stems(text: str) -> set[str]:
    return {stem(w) for w in keyword_tokens(text)}


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
        multi = len(form.split()) >= 2 or any(c.isupper() for c in form[1:]) or form.isupper()
        for iri in (engine.forms.get(form.lower()), engine.kind_forms.get(form.lower())):
            if iri is None or (iri in engine.view.kinds and _is_type_phrase(form)):
                continue  # "AWS service", "evaluation metric": the answer type, not a topic
            linked[iri] = max(linked.get(iri, 0), 1.0 if multi else 0.5)
    words = re.findall(r"[A-Za-z0-9][\w-]*", text.lower())
    for n in (3, 2):
        for i in range(len(words) - n + 1):
            phrase = " ".join(words[i : i + n])
            if phrase in engine.forms:
                continue  # a name said in full means that thing, not the longer names it starts
            hits = [iri for form, iri in engine.forms.items() if form.startswith(phrase + " ")]
            if 0 < len(set(hits)) <= 2:
                for iri in sorted(set(hits)):
                    linked.setdefault(iri, 0.8)
    return linked


def _is_type_phrase(label: str) -> bool:
    words = [
        w
        for w in keyword_tokens(label)
        if w not in {"aws", "amazon", "evaluation", "ml", "sagemaker"}
    ]
    return len(words) == 1 and words[0] in {
        "service",
        "metric",
        "tool",
        "algorithm",
        "technique",
        "method",
        "model",
    }


def coverage_of(engine, q: Question, stems: set[str]) -> float:
    total = sum(engine.weight(w) for w in q.words) or 1.0
    return sum(engine.weight(w) for w in q.words if stem(w) in stems) / total


def type_ok(engine, iri: str, types: set[str]) -> bool:
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
    if h.kind in ("label", "value"):
        return h.anchor
    if h.anchor in v.kinds:
        relation = RELATION_WORDS.get(h.predicate, h.predicate) if h.kind == "via" else ""
        return " ".join([v.kinds[h.anchor], relation])
    e = v.entities[h.anchor]
    return " ".join(
        [e.label, *e.aliases, *e.kinds, e.type_label, RELATION_WORDS.get(h.predicate, h.predicate)]
    )


def _shared_section_path(engine, h: Hypothesis) -> str:
    v = engine.view
    sections = [v.units[u].section for us in h.answers.values() for u in us if u in v.units]
    if not sections:
        return ""
    top = max(sorted(set(sections)), key=sections.count)  # ties: the same pick every run
    return top if sections.count(top) >= 0.6 * len(sections) else ""


def _shared_section(engine, h: Hypothesis) -> list[str]:
    """The title of the section most of the evidence stands in (a table's heading), if any."""
    path = _shared_section_path(engine, h)
    return [path.rsplit(" > ", 1)[-1]] if path else []


def hypotheses(
    engine, q: Question, linked: dict[str, float], unit_score: dict[str, float]
) -> list[Hypothesis]:
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
    # short property values shared by several entities ("Discrete" distributions)
    values = {
        (f.predicate, f.obj.lower())
        for u in top_units
        for f in engine.unit_facts.get(u, [])
        if (f.predicate, f.obj.lower()) in engine.value_facts
    }
    for key in values:
        facts = engine.value_facts[key]
        if len({f.subject for f in facts}) >= 2:
            h = Hypothesis("value", facts[0].obj, key[0])
            for f in facts:
                h.answers.setdefault(f.subject, set()).add(f.unit)
            hyps.append(h)
    for a in anchors:
        if a in v.kinds:
            members = engine.members.get(a, set())
            h = Hypothesis("members", a, "kind")
            via: dict[str, Hypothesis] = {}
            for m in members:
                h.answers[m] = {f.unit for f in engine.subject_facts[m] if f.obj == a}
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
            found = {
                e.iri
                for e in v.entities.values()
                if phrase in e.label.lower() and e.label.lower() != phrase
            }
            if len(found) >= 2:
                h = Hypothesis("label", phrase)
                for iri in found:
                    h.answers[iri] = {f.unit for f in engine.subject_facts[iri]}
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
        anchor = stems(_anchor_text(engine, h))
        section = anchor | stems(" ".join(_shared_section(engine, h)))
        best_unit = max(units, key=lambda u: unit_score.get(u, 0.0), default=None)
        with_text = section | (
            stems(v.units[best_unit].text)
            if best_unit in v.units and unit_score.get(best_unit)
            else set()
        )
        h.anchor_coverage = coverage_of(engine, q, anchor)
        h.section_coverage = coverage_of(engine, q, section)
        if h.kind in ("in", "members"):
            # a retrieved heading names the rows beneath it as well as a label would
            shared = _shared_section_path(engine, h)
            named = min(1.0, section_score.get(shared, 0.0) / 0.8) if shared else 0.0
            h.anchor_coverage = max(h.anchor_coverage, h.section_coverage * named)
        h.coverage = max(h.section_coverage, 0.85 * coverage_of(engine, q, with_text))
        h.fit = sum(type_ok(engine, x, q.types) for x in answers) / len(answers)
        bonus = 0.25 * linked.get(h.anchor, 0.0)
        size = 0.0 if len(answers) > 1 else -0.1
        # answers that are the subjects of their rows (a table's rows, a kind's members) form a
        # closed set; answers named inside other rows are a weaker reading
        closed = 0.05 if h.kind in ("in", "members", "value") else 0.0
        h.score = (
            0.2 * h.anchor_coverage
            + 0.15 * h.section_coverage
            + 0.1 * h.coverage
            + 0.35 * h.support
            + 0.2 * h.fit
            + bonus
            + size
            + closed
        )
        if q.types:  # answers of the wrong type are a poor reading, however well anchored
            h.score *= 0.6 + 0.4 * h.fit
    return sorted((h for h in hyps if h.score > 0), key=lambda h: -h.score)
