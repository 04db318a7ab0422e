"""Readings of a question on the graph, and the evidence for each.

A reading is an anchor (an entity or a kind), a relation and a direction: "every ``?x`` with
``?x suitableFor Classification``", "every tool ``Feature Scaling implementedWith ?x``", "every
member of the kind Learning Type", "what those members are implemented with". Each reading is
said as a short canonical phrase built from the ontology's labels ("algorithms that are
suitable for" + "Classification"), and described by features: how much of the question its
anchor's names cover, how close the question is in meaning to its phrase (the embedding model),
how well retrieval supports its evidence, whether its members are of the asked-for type.
``search/scoring.py`` turns the features into a probability with fitted weights.
"""

from __future__ import annotations

import math
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import lru_cache

from graph.vocabulary import (
    broader_relations,
    classes,
    plural,
    relation_phrase,
    relations,
    superclasses,
)

from .facts import MARK_WORDS
from .index import keyword_tokens
from .question import FUNCTION_WORDS, Question, words_of

ENTITY_RELATIONS = (
    "addresses",
    "usedFor",
    "suitableFor",
    "evaluates",
    "alternativeTo",
    "monitoredBy",
    "implementedWith",
    "techniqueOf",
    "partOf",
    "builtOn",
    "example",
    "deliversTo",
    "readsFrom",
    "hasParameter",
    "requiresParameter",
    "inCategory",
)


@lru_cache(maxsize=1 << 16)
def stem(w: str) -> str:
    """A word's first five letters, after its ending of a verb or plural when what is left
    is a word ("scaling", "scaled", "scales" and "scale" all "scal"); a short plural without
    its s ("gpus", "apis")."""
    if len(w) > 5 and (m := _ENDING.search(w)) and m.start() >= 4:
        w = w[: m.start()]
    elif len(w) == 5 and w.endswith("e") and w[-2] not in "aeiou":
        w = w[:-1]  # "scale", "score": as their "-ing" forms are cut
    if len(w) > 5:
        return w[:5]
    return w[:-1] if len(w) > 3 and w.endswith("s") and not w.endswith(("ss", "us")) else w


_ENDING = re.compile(r"(?:ing|ed|es|e)$")


@lru_cache(maxsize=1 << 16)
def stems(text: str) -> frozenset[str]:
    """The word stems of ``text`` (memoized: answering asks for the same rows' stems often),
    and those of two words written apart that are also written as one ("data set":
    "dataset")."""
    joined = (a + b for a, b in _TWO_WORDS.findall(text.lower()))
    return frozenset(stem(w) for w in (*keyword_tokens(text), *joined))


_TWO_WORDS = re.compile(r"(?=\b([a-z]{3,})\s+([a-z]{3,})\b)")


@lru_cache(maxsize=256)
def relation_words(predicate: str) -> str:
    """The words a relation answers to: its label and synonyms in the ontology."""
    term = relations().get(predicate)
    return " ".join(term.names) if term else predicate


@lru_cache(maxsize=256)
def relation_stems(predicate: str) -> frozenset[str]:
    return frozenset(
        stem(w) for w in keyword_tokens(relation_words(predicate)) if w not in FUNCTION_WORDS
    )


def phrase_key(kind: str, predicate: str, cls: str) -> str:
    return f"{kind}|{predicate}|{cls}"


def phrase_texts() -> dict[str, str]:
    """Every reading's relation part, said in English from the ontology's labels, by key:
    ("in", suitableFor, Algorithm) → "algorithms that are suitable for". The anchor's name is
    the other part; both are embedded when the search index is built."""
    out: dict[str, str] = {}
    for cls, term in classes().items():
        if cls == "Document":
            continue
        many = plural(term.label.lower())
        out[phrase_key("members", "kind", cls)] = many
        out[phrase_key("class", "type", cls)] = many
        out[phrase_key("label", "", cls)] = many
        for p in ENTITY_RELATIONS + ("hasProperty",):
            said = relation_phrase(p)
            are = re.sub(r"^is ", "are ", re.sub(r"^has ", "have ", said))
            out[phrase_key("in", p, cls)] = f"{many} that {are}"
            if p == "partOf":
                out[phrase_key("within", p, cls)] = f"{many} that {are}"
            out[phrase_key("out", p, cls)] = f"{many} it {said}"
            out[phrase_key("via", p, cls)] = f"{many} they {said}"
            out[phrase_key("value", p, cls)] = f"{many} that {are}"
    return out


@dataclass
class Reading:
    kind: str  # "out" (anchor p ?x), "in" (?x p anchor), "members" (?x kind anchor), "via",
    # "value" (?x p "literal"), "marked" (?x's cell in the anchor's column says the predicate,
    # "yes" or "no"), "label" (names that contain a phrase), "class" (?x a anchor,
    # always narrowed by a condition), "within" (?x partOf ?group partOf anchor)
    anchor: str
    predicate: str = ""
    answers: dict[str, set[str]] = field(default_factory=dict)  # answer IRI → evidence units
    features: dict[str, float] = field(default_factory=dict)
    probability: float = 0.0  # that this reading is what the question asks (search/scoring.py)
    answer_class: str = ""  # the class most of its answers are of
    condition: tuple[
        str, ...
    ] = ()  # question words its answers' own text must say ("unsupervised")
    exclusive: bool = False  # its condition is said with "only" ("Quanta only")
    base: Reading | None = field(default=None, repr=False, compare=False)  # the one it narrows
    kind_of: str = ""  # "marked": the kind most of its answers are of, which it narrows
    title: str = ""  # "marked": the column's title in the question's words ("unsupervised")

    @property
    def key(self) -> str:
        return phrase_key(self.kind, self.predicate, self.answer_class)


def best_unit_of(units, unit_score: dict[str, float]) -> str | None:
    """The best-scored of ``units``; of equal scores the first by id (the same every run,
    whatever the order of a set)."""
    return min(units, key=lambda u: (-unit_score.get(u, 0.0), u), default=None)


def type_ok(engine, iri: str, types: set[str]) -> bool:
    """Whether an entity is of one of the asked-for classes (a subclass counts: a service is
    a tool), or, for a thing of no class, a kind the documents give it is named like one
    ("Ranking Metrics")."""
    e = engine.view.entities.get(iri)
    if e is None:
        return False
    if not types or superclasses().get(e.type, {e.type}) & types:
        return True
    if e.type != "Concept" or not e.kinds:
        return False  # a thing of another class is not one of these, whatever its kinds say
    # the class named at the kind's end, its head ("Ranking Metrics"; not "Algorithms Column")
    return not _class_heads(frozenset(types)).isdisjoint(_kind_tails(tuple(e.kinds)))


@lru_cache(maxsize=1 << 14)
def _kind_tails(kinds: tuple[str, ...]) -> frozenset[str]:
    """The last one to four words of each kind, in lower case."""
    return frozenset(
        " ".join(words[-n:]) for k in kinds for words in [k.lower().split()] for n in range(1, 5)
    )


@lru_cache(maxsize=256)
def _class_heads(types: frozenset[str]) -> frozenset[str]:
    """The names of the classes, singular and plural, in lower case."""
    return frozenset(
        n.lower()
        for t in types
        if t in classes()
        for m in classes()[t].names
        for n in (m, plural(m))
    )


def type_fit(engine, iri: str, types: set[str]) -> float:
    """1 for an entity of an asked-for class, 0 for one of another class, ½ for a thing the
    documents give no class (it may be one)."""
    if type_ok(engine, iri, types):
        return 1.0
    e = engine.view.entities.get(iri)
    return 0.5 if e is not None and e.type == "Concept" else 0.0


def topic_words(engine, q: Question) -> list[str]:
    """The words that say what a question is about: its content words; and where none of
    them is telling ("Which distributions does the sheet *cover*?"), the words of the class
    it asks for too."""
    if any(engine.weight(w) >= 0.5 * engine.max_idf for w in q.words):
        return q.words
    return q.words + [w for w in keyword_tokens(q.asked) if w not in q.words]


def coverage_of(
    engine, q: Question, found: set[str], words: list[str] | None = None, document=None
) -> float:
    """The share of the question's words (weighed by how telling each is, in ``document`` if
    given) that ``found`` has."""
    weighed, total = engine.weighed(q.words if words is None else words, document)
    return sum(w for s, w in weighed if s in found) / total


def _anchor_text(engine, r: Reading) -> str:
    """What names the reading's anchor: its label, aliases and kinds, and the relation."""
    v = engine.view
    if r.kind in ("label", "value"):
        return r.anchor
    if r.kind == "marked":  # the column, and what the rows it marks are ("Gromble rows")
        kinds = [k for x in r.answers if x in v.entities for k in v.entities[x].kinds]
        common = max(sorted(set(kinds)), key=kinds.count) if kinds else ""
        named = classes()[r.answer_class].label if r.answer_class in classes() else ""
        return " ".join([r.anchor, r.title, common, named])
    if r.kind == "class":
        return " ".join(classes()[r.anchor].names)
    if r.anchor in v.kinds:
        return " ".join([v.kinds[r.anchor], relation_words(r.predicate) if r.kind == "via" else ""])
    e = v.entities[r.anchor]
    return " ".join([e.label, *e.aliases, *e.kinds, e.type_label, relation_words(r.predicate)])


def shared_section(engine, r: Reading) -> str:
    """The section most of the reading's evidence stands in (a table's heading path), if any."""
    v = engine.view
    sections = [v.units[u].section for us in r.answers.values() for u in us if u in v.units]
    if not sections:
        return ""
    top = max(sorted(set(sections)), key=sections.count)  # ties: the same pick every run
    return top if sections.count(top) >= 0.6 * len(sections) else ""


_NEGATED = re.compile(r"\b(?:not|no|never|without|cannot)\b|n't\b", re.I)


def _column_named(title: str, text: str) -> tuple[int, str] | None:
    """Where the question names a column, every word of its title, and the words it names
    it by; None if it does not. A word cut short with a full stop ("Unsup.", "Dim. red.") is
    named by any word it begins ("unsupervised")."""
    low = text.lower()
    found = []
    for w in re.findall(r"[A-Za-z0-9]+\.?", title):
        if w.endswith(".") and len(w) >= 4:
            m = re.search(rf"\b{re.escape(w[:-1].lower())}[a-z]*", low)
        elif target := stems(w):
            m = next((x for x in re.finditer(r"[\w'-]+", low) if stems(x.group()) == target), None)
        else:
            continue  # a word of no weight ("w/", "to")
        if m is None:
            return None
        found.append(m)
    return (min(m.start() for m in found), " ".join(m.group() for m in found)) if found else None


def generate(engine, q: Question, linked: dict[str, float], unit_score: dict[str, float]):
    """Every reading of the question that the graph and the retrieved text suggest."""
    v = engine.view
    g = engine.graph
    anchors: dict[str, float] = dict(linked)
    top_units = sorted(unit_score, key=lambda u: -unit_score[u])[:10]
    section_units = []
    for u in top_units:
        unit = v.units.get(u)
        if unit is not None and unit.section.rsplit(" > ", 1)[-1] == unit.text:  # a heading
            section_units += g.section_units.get(unit.section, [])[:40]
        elif unit is not None and unit.text.endswith(":"):
            # a lead-in ("locking modes:"): the items under it are its section's
            lead = f"{unit.section} > {unit.text.rstrip(': ')}"
            section_units += g.section_units.get(lead, [])[:40]
    for u in top_units + section_units:
        for f in g.unit_facts.get(u, []):
            for iri in (f.subject, f.obj if f.obj_is_entity else None):
                if iri and (iri in v.entities or iri in v.kinds):
                    anchors.setdefault(iri, 0.0)
    out: list[Reading] = []
    # short property values shared by several entities ("Discrete" distributions)
    values = {
        (f.predicate, f.obj.lower())
        for u in top_units
        for f in g.unit_facts.get(u, [])
        if (f.predicate, f.obj.lower()) in g.value_facts
    }
    for key in sorted(values):
        facts = g.value_facts[key]
        if len({f.subject for f in facts}) >= 2:
            r = Reading("value", facts[0].obj, key[0])
            for f in facts:
                r.answers.setdefault(f.subject, set()).add(f.unit)
            out.append(r)
    # the rows a column marks ("Zorb streaming: yes"), or leaves unmarked when the
    # question says not ("which can't train on CPU?")
    negation = _NEGATED.search(q.text)
    # (any column of the graph whose title the question says: a column named in so many
    # words is asked of, wherever its table was found)
    criteria = {crit for crit, _ in g.marked}
    named = {c: at for c in sorted(criteria) if (at := _column_named(c, q.text)) is not None}
    # a "not" says no of the first column named after it ("can't use Zorb, only Quill")
    denied = min(
        (c for c, (at, _) in named.items() if negation and at > negation.start()),
        key=lambda c: named[c][0],
        default=None,
    )
    chosen = [
        (facts, said, named[crit][1])
        for crit in named
        if (said := "no" if crit == denied or (negation and denied is None) else "yes")
        and (facts := g.marked.get((crit, said), []))
    ]
    # the rows a column gives a value the question says ("which are *unsupervised*?" over a
    # "Learning type" column of Supervised and Unsupervised), not asked "not"
    # (said in the question's own words, not in a name it gives: "Amazon Zorb" says no "zorb")
    named_stems = {
        x
        for e, c in linked.items()
        if c >= 1.0 and e in v.entities
        for n in (v.entities[e].label, *v.entities[e].aliases)
        for x in stems(n)
    }
    said_stems = stems(q.text) - named_stems
    valued = sorted(
        key
        for key in (g.valued if not negation else ())
        if key[1].lower() not in MARK_WORDS and stems(key[1]) <= said_stems
    )
    chosen += [
        (g.valued[(crit, value)], g.valued[(crit, value)][0].obj.split(" (")[0].strip(), value)
        for crit, value in valued
        # (a column of other values too: a category, not a column of one word)
        if g.column_cells[crit] > len(g.valued[(crit, value)])
    ]
    for facts, said, title in chosen:
        if len({f.subject for f in facts}) >= 2:
            r = Reading("marked", facts[0].criterion, said, title=title)
            for f in facts:
                r.answers.setdefault(f.subject, set()).add(f.unit)
            # the kind its rows are of ("Gromble rows"): what the column narrows
            shared = {k: len(ms & r.answers.keys()) for k, ms in g.members.items()}
            best = max(sorted(shared), key=lambda k: shared[k], default="")
            if best and 2 * shared[best] >= len(r.answers):
                r.kind_of = best
            out.append(r)
    for a in anchors:
        if a in v.kinds:
            r = Reading("members", a, "kind")
            via: dict[str, Reading] = {}
            for m in g.members.get(a, set()):
                r.answers[m] = {f.unit for f in g.subject_facts[m] if f.obj == a}
                # two hops: what the members are done with ("tools of the ... techniques")
                for f in g.out_facts.get(m, []):
                    rv = via.setdefault(f.predicate, Reading("via", a, f.predicate))
                    rv.answers.setdefault(f.obj, set()).add(f.unit)
            out.append(r)
            out.extend(rv for rv in via.values() if len(rv.answers) >= 2)
            continue
        by_pred: dict[tuple[str, str], Reading] = {}
        for f in g.out_facts.get(a, []):
            r = by_pred.setdefault(("out", f.predicate), Reading("out", a, f.predicate))
            r.answers.setdefault(f.obj, set()).add(f.unit)
        for f in g.in_facts.get(a, []):
            r = by_pred.setdefault(("in", f.predicate), Reading("in", a, f.predicate))
            r.answers.setdefault(f.subject, set()).add(f.unit)
        out.extend(by_pred.values())
        # the parts of its parts, where those are groups of no class ("Algorithms" > "Text" >
        # the things under it): the things a heading's groups hold, not the groups themselves
        groups = by_pred.get(("in", "partOf"))
        if groups is not None:
            r = Reading("within", a, "partOf")
            held = set()
            for x, units in groups.answers.items():
                if x not in v.entities or v.entities[x].type != "Concept":
                    continue
                # a group holds its parts right where it stands (a heading's section, an
                # item's sub-items), not an item listed there that has parts elsewhere
                where = {v.units[u].section for u in units if u in v.units}
                for f in g.in_facts.get(x, []):
                    at = v.units[f.unit].section if f.unit in v.units else None
                    if (
                        f.predicate == "partOf"
                        and f.subject != a
                        and at is not None
                        and any(at == w or at.startswith(w + " > ") for w in where)
                    ):
                        r.answers.setdefault(f.subject, set()).add(f.unit)
                        held.add(x)
            if len(r.answers) >= 2 and set(r.answers) - set(groups.answers):
                out.append(r)
                groups.answers = {x: us for x, us in groups.answers.items() if x not in held}
                if not groups.answers:
                    out.remove(groups)
    # entities whose names share a telling phrase of the question ("data lake" services)
    words = re.findall(r"[a-z0-9][\w-]*", q.query.lower())
    for n in (3, 2, 1):
        for i in range(len(words) - n + 1):
            phrase = " ".join(words[i : i + n])
            telling = [
                w
                for w in keyword_tokens(phrase)
                if w not in FUNCTION_WORDS and engine.weight(w) >= 0.5 * engine.max_idf
            ]
            if not telling or (n == 1 and (q.form == "single" or not _rare(phrase))):
                continue
            if n == 1 and any(
                c >= 1.0 and x in v.entities and phrase in v.entities[x].label.lower().split()
                for x, c in linked.items()
            ):
                continue  # "Kinesis Firehose" names one thing of the family, not the family
            # only the labels that hold the phrase, found in one scan of them all
            pool = v.labels_by_word.get(phrase, []) if n == 1 else v.labels_holding(phrase)
            found = {
                iri
                for iri, low in pool
                if (phrase in low if n > 1 else phrase in low.split()) and low != phrase
            }
            if len(found) >= (2 if n > 1 else 3):  # "the Kinesis family": names with "kinesis"
                r = Reading("label", phrase)
                for iri in found:
                    r.answers[iri] = {f.unit for f in g.subject_facts[iri]}
                out.append(r)
    # "which algorithms are Quanta only?": every thing of the asked class, wherever the
    # documents list it, to be narrowed by its own text (never a reading unnarrowed: the
    # class alone is no answer to a question that says more)
    if q.form == "list":
        for cls in sorted(q.types):
            r = Reading("class", cls, "type")
            for iri, e in v.entities.items():
                if cls in superclasses().get(e.type, {e.type}) and iri not in linked:
                    r.answers[iri] = {f.unit for f in g.subject_facts[iri]}
            if len(r.answers) >= 3:
                out.append(r)
    filtered = _filtered(engine, q, out, _naming_words(engine, q, linked), linked)
    # "which ... are Quanta only?": a reading kept to the things said to be only that stands
    # for the reading it narrows (that one ignores the "only"), and so do the readings kept to
    # the things that merely mention the word
    narrowed = {id(r.base) for r in filtered if r.exclusive}
    out = [r for r in out if id(r) not in narrowed and r.kind != "class"] + [
        r for r in filtered if r.exclusive or id(r.base) not in narrowed
    ]
    # a relation that narrows another ("has required hyperparameter" of "has hyperparameter")
    # is read just where the question says what sets it apart ("required", "mandatory")
    said = {stem(w) for w in words_of(q.text.lower())}
    out = [r for r in out if not (r.predicate in _BROADER and not said & _own_stems(r.predicate))]
    for r in out:
        classes_of = [v.entities[x].type for x in r.answers if x in v.entities]
        r.answer_class = max(sorted(set(classes_of)), key=classes_of.count) if classes_of else ""
    return out


_BROADER = broader_relations()


@lru_cache(maxsize=64)
def _own_stems(predicate: str) -> frozenset[str]:
    """The stems of a narrower relation's words that its broader relation's words lack (a
    modal of obligation counts, though a function word: "must be set")."""

    def said(p: str) -> frozenset[str]:
        words = keyword_tokens(relation_words(p))
        return frozenset(stem(w) for w in words if w not in FUNCTION_WORDS or w == "must")

    return said(predicate) - said(_BROADER[predicate])


@lru_cache(maxsize=4096)
def _rare(word: str) -> bool:
    """A word English hardly uses outside names ("kinesis", "sagemaker")."""
    from wordfreq import zipf_frequency

    return zipf_frequency(word, "en") < 3.0


def linked_name_spans(
    engine, low: str, linked: dict[str, float]
) -> list[tuple[int, int, str, str]]:
    """(start, end, entity, name) of each name of the things a question links surely, where
    its lower-cased text ``low`` says it."""
    v = engine.view
    return [
        (m.start(), m.end(), x, n)
        for x, c in linked.items()
        if c >= 1.0 and x in v.entities
        for n in (n.lower() for n in (v.entities[x].label, *v.entities[x].aliases) if len(n) > 1)
        for m in re.finditer(rf"(?<![\w-]){re.escape(n)}(?![\w-])", low)
    ]


def _naming_words(engine, q: Question, linked: dict[str, float]) -> frozenset[str]:
    """The stems of a name that qualifies the next thing the question names ("*Quill*
    Zephyr") and of the verb an auxiliary asks right after the names ("does Quill Zephyr
    *take*"): they say which things and how they relate, no condition on the answers (a
    name said elsewhere, "which are *Quanta* only?", may be one)."""
    low = q.text.lower()
    spans = [(a, b, n) for a, b, _, n in linked_name_spans(engine, low, linked)]
    out: set[str] = set()
    ends = []
    for _, b, n in spans:
        after = re.match(r"(?:['’]s)?\s+", low[b:])
        if after and any(a2 == b + after.end() for a2, _, _ in spans):
            out |= stems(n)  # "Quill Zephyr": Quill says whose Zephyr
        ends.append(b)
    for b in sorted(ends):
        before = low[:b]
        m = re.match(r"\s+([a-z]{3,})\b", low[b:])
        if (
            m
            and re.search(r"\b(?:does|do|did|can|could|will|would|should)\b", before)
            and m[1] not in FUNCTION_WORDS
            and not any(a2 == b + m.start(1) for a2, _, _ in spans)
        ):
            out.add(stem(m[1]))  # "does Zephyr accept": how it relates
            break
    return frozenset(out)


def _filtered(
    engine,
    q: Question,
    readings: list[Reading],
    naming: frozenset[str] = frozenset(),
    linked: dict[str, float] | None = None,
) -> list[Reading]:
    """Each set-valued reading restricted to the answers whose own text says what the rest of
    the question asks ("which tree methods are *interpretable*"): the telling question
    words its anchor does not cover, nor, of a reading about a thing the question links (or
    its kinds), the names that qualify it and the verb asked of it (``naming``): a reading of
    a whole class still needs them said."""
    v, g = engine.view, engine.graph
    out = []
    # the asking clause's words: a scenario before it ("Our data is 0.5% positives.") sets
    # the scene, it does not narrow the list
    # a compound no document writes whole is its words ("cpu-only" where "CPU only" is)
    asked = [p for w in q.ask_words for p in (_parts(engine, w))]
    # a figure the question says with its unit ("at least 90 days of storage"), which an
    # answer's own text says as well ("Min. storage duration: 90 days"), tells it apart
    # whatever else the question says
    measured = [
        rf"(?<![\d.,]){re.escape(n)}[\s-]*{re.escape(stem(unit))}"
        for n, unit in re.findall(r"(?<![\w.,])(\d[\d,]*)[\s-]+([a-z]{3,})", q.text.lower())
        if unit not in FUNCTION_WORDS
    ]
    only_said = _only_of(q.text)  # "... Quanta only?": a word the question says "only" beside
    for r in readings:
        if len(r.answers) < 3 or r.kind == "label":
            continue
        covered = stems(_anchor_text(engine, r))
        if linked and _linked(engine, r.kind_of or r.anchor, linked) >= 1.0:
            covered |= naming
        weights: dict[str, float] = {}
        # the reading's documents: their words weigh (see describe), and only what they say of
        # each answer narrows the list (another note's words about a thing do not)
        docs = {v.units[u].document for us in r.answers.values() for u in us if u in v.units}
        doc = next(iter(docs)) if len(docs) == 1 and len(engine.doc_max_idf) > 1 else None
        for w in asked:
            if stem(w) not in covered and engine.weight(w, doc) >= 0.5 * engine.max_idf_of(doc):
                # a word no document uses tells none of them apart ("a pile of rows")
                told = engine.weight(w, doc) if engine.uses(w, doc) else 0.0
                weights[stem(w)] = max(weights.get(stem(w), 0.0), told)
        condition = tuple(sorted(weights))
        need = 0.5 * sum(weights.values())  # most of what they tell, by weight
        figures = [w for w in dict.fromkeys(asked) if re.fullmatch(r"\d+", w) and w in weights]
        # (a word said "only" beside, telling or not)
        only = tuple(sorted({stem(w) for w in asked if stem(w) not in covered} & only_said))
        if not condition and not only:
            continue
        # by the answers' own text; then also by the titles they are listed under
        # ("Outputs:" over a list), a reading of its own where it keeps others
        seen = []
        patterns = _name_patterns(v, r.answers) if only else {}
        if len(engine.doc_max_idf) > 1:
            own = {
                x: units
                | {u for u in g.said_in.get(x, ()) if u in v.units and v.units[u].document in docs}
                for x, units in r.answers.items()
            }
        else:
            own = {x: units | g.said_in.get(x, set()) for x, units in r.answers.items()}
        # a text that says every one of them ("Key settings:" over their table) tells none apart
        shared = set.intersection(*own.values())
        # the texts of every answer in a fixed order, whatever a set's order in this process
        said_of = {
            x: [v.units[u] for u in sorted(own[x] - shared) if u in v.units] for x in r.answers
        }
        for with_titles, exclusive in ((False, False), (True, False), (False, True)):
            if not (only if exclusive else condition):
                continue
            kept: dict[str, set[str]] = {}
            for x, units in r.answers.items():
                said = said_of[x]
                text = " ".join(
                    f"{u.text} {u.section.rsplit(' > ', 1)[-1]}" if with_titles else u.text
                    for u in said
                )
                if exclusive:
                    keep = any(_only_near(text, w, foreign=_foreign(x, patterns)) for w in only)
                else:
                    found = stems(text)
                    keep = sum(w for c, w in weights.items() if c in found) >= need > 0 and all(
                        # a figure the question says ("90 days") its own text must say too
                        re.search(rf"(?<![\d.,]){n}(?![\d.,]\d)", text)
                        for n in figures
                    )
                    keep = (
                        keep or bool(measured) and all(re.search(m, text, re.I) for m in measured)
                    )
                if keep:
                    kept[x] = units
            if 0 < len(kept) < len(r.answers) and set(kept) not in seen:
                seen.append(set(kept))
                out.append(
                    Reading(
                        r.kind,
                        r.anchor,
                        r.predicate,
                        kept,
                        condition=only if exclusive else condition,
                        exclusive=exclusive,
                        base=r,
                    )
                )
    return out


def _parts(engine, word: str) -> list[str]:
    """A hyphenated word no document uses, as its words; any other word as it is."""
    if "-" not in word or word in engine.idf:
        return [word]
    return [p for p in word.split("-") if p and p not in FUNCTION_WORDS]


def _only_of(question: str) -> set[str]:
    """The stems of the words "only" restricts in a question: the word before a final "only"
    ("... Quanta only?") or the words after it ("only train on Quanta")."""
    # "CPU-only" is "CPU only"
    words = re.findall(r"[a-z0-9][\w-]*|[?.!,;]", re.sub(r"-only\b", " only", question.lower()))
    out: set[str] = set()
    for i, w in enumerate(words):
        if w == "only":
            after = words[i + 1 : i + 4]
            if not after or not after[0][0].isalnum():
                out |= {stem(words[i - 1])} if i else set()
            # "only be used with Quanta nodes": past the little words, to the clause's end
            told = []
            for x in words[i + 1 : i + 8]:
                if not x[0].isalnum():
                    break
                if x not in FUNCTION_WORDS and x not in ("use", "used", "using"):
                    told.append(x)
            out |= {stem(x) for x in (told[:3] or [x for x in after if x[0].isalnum()])}
    return out


def _only_near(text: str, word_stem: str, near: int = 2, foreign=None) -> bool:
    """Whether ``text`` says "only" within ``near`` words of a word of that stem ("Quanta only",
    "only on Quanta nodes"): the thing is said to be restricted to it. A clause ``foreign``
    tells is about something else does not count."""
    for part in re.split(r"[|;,:()]|[.!?](?:\s|$)", text.lower()):  # within one cell or clause
        if foreign is not None and foreign(part):
            continue
        words = re.findall(r"[a-z0-9][\w-]*", part)
        at = [i for i, w in enumerate(words) if stem(w) == word_stem]
        if any("only" in words[max(0, i - near) : i + near + 1] for i in at):
            return True
    return False


def _name_patterns(v, things) -> dict[str, list[re.Pattern[str]]]:
    """Each thing's names (3+ characters) as lower-case whole-word patterns."""
    out = {}
    for y in things:
        e = v.entities.get(y)
        out[y] = [_word(n.lower()) for n in ((e.label, *e.aliases) if e else ()) if len(n) > 2]
    return out


def _foreign(x: str, patterns: dict[str, list[re.Pattern[str]]]) -> Callable[[str], bool]:
    """Whether a (lower-case) clause names another of the things and not ``x``: "Zorble
    trains on Quanta only; Fernish can use Tessaract" says nothing of Fernish's Quanta."""

    def test(clause: str) -> bool:
        return not any(p.search(clause) for p in patterns[x]) and any(
            p.search(clause) for y, ps in patterns.items() if y != x for p in ps
        )

    return test


@lru_cache(maxsize=1 << 12)
def _word(name: str) -> re.Pattern[str]:
    return re.compile(rf"(?<![\w-]){re.escape(name)}(?![\w-])")


def _linked(engine, anchor: str, linked: dict[str, float]) -> float:
    """How surely the question names the anchor; a kind named for a thing ("Widget Hub
    output") is named as surely as the thing."""
    if anchor in linked or anchor not in engine.view.kinds:
        return linked.get(anchor, 0.0)
    # the thing it is named for, not one whose name that thing's begins with ("Gromble" of
    # "Gromble Hub watch type")
    return linked.get(engine.kind_owner.get(anchor, ""), 0.0)


SECTION = 0.9  # a retrieved heading or line of the answers' section supports them a little less


def describe(engine, q: Question, readings: list[Reading], linked, unit_score, qvec) -> None:
    """Fill each reading's features (see the module docstring)."""
    v = engine.view
    section_score: dict[str, float] = {}
    prose_score: dict[str, float] = {}  # the best retrieved line of each section
    for u, sc in unit_score.items():
        unit = v.units.get(u)
        if unit is not None and unit.section.rsplit(" > ", 1)[-1] == unit.text:
            section_score[unit.section] = max(section_score.get(unit.section, 0.0), sc)
        elif unit is not None:
            prose_score[unit.section] = max(prose_score.get(unit.section, 0.0), sc)
    said = {stem(w) for w in q.words}
    top = stem(max(q.words, key=engine.weight)) if q.words else ""  # the most telling word
    about = topic_words(engine, q)
    for r in readings:
        answers = [x for x in r.answers if x not in linked or r.kind == "label"]
        if not answers:
            r.features = {}
            continue
        units = {u for us in r.answers.values() for u in us}
        support = max((unit_score.get(u, 0.0) for u in units), default=0.0)
        sections = {v.units[u].section for u in units if u in v.units}
        support = max([support] + [SECTION * section_score.get(sec, 0.0) for sec in sections])
        anchor = stems(_anchor_text(engine, r))
        shared = shared_section(engine, r)
        if shared and q.form != "single":
            # the text of the section the answers stand in says what a question for several
            # things asks (one thing is found by its own line, see answer.candidates)
            support = max(support, SECTION * prose_score.get(shared, 0.0))
        section = anchor | stems(shared.rsplit(" > ", 1)[-1] if shared else "")
        best_unit = best_unit_of(units, unit_score)
        with_text = section | (
            stems(v.units[best_unit].text)
            if best_unit in v.units and unit_score.get(best_unit)
            else set()
        )
        # weighed as the reading's own document weighs words (the graph's other notes do not
        # make its words more or less telling)
        doc = engine.document_of(units)
        anchor_cov = coverage_of(engine, q, anchor, about, doc)
        section_cov = coverage_of(engine, q, section, about, doc)
        if r.kind in ("in", "members", "within"):
            # a retrieved heading names the rows beneath it as well as a label would
            named = min(1.0, section_score.get(shared, 0.0) / 0.8) if shared else 0.0
            anchor_cov = max(anchor_cov, section_cov * named)
        fit = sum(type_fit(engine, x, q.types) for x in answers) / len(answers)
        rel_sim, anchor_sim = engine.meaning(qvec, r)
        r.features = {
            "anchor_coverage": anchor_cov,
            "ask_coverage": (
                section_cov
                if q.ask_words == q.words
                else coverage_of(engine, q, section, q.ask_words, doc)
            ),
            "section_coverage": section_cov,
            "text_coverage": coverage_of(engine, q, with_text, about, doc),
            "support": support,
            "type_fit": fit if q.types else 0.0,
            "typed": float(bool(q.types)),
            "linked": _linked(engine, r.kind_of or r.anchor, linked),
            "relation_named": float(bool(said & relation_stems(r.predicate))),
            "relation_meaning": rel_sim,
            "anchor_meaning": anchor_sim,
            "one_answer": float(len(answers) == 1),
            "one_for_many": float(len(answers) == 1 and q.form == "list"),  # "what are the X?"
            "many_for_one": float(len(answers) > 1 and q.form == "single"),  # "which X is ...?"
            "answers_log": math.log1p(len(answers)),
            "closed": float(r.kind in ("in", "members", "value", "class", "within", "marked")),
            "by_label": float(r.kind == "label"),
            "filtered": float(bool(r.condition)),
            "top_word": float(top in with_text or any(top in stems(v.label(x)) for x in answers)),
            # the share of the question the condition says ("*unsupervised*")
            "condition_coverage": coverage_of(engine, q, set(r.condition), None, doc),
        }
    # each against the best of its question: long questions cover less, whatever the reading
    scored = [r for r in readings if r.features]
    for name, share in (("support", "support_share"), ("text_coverage", "coverage_share")):
        top = max((r.features[name] for r in scored), default=0.0) or 1.0
        for r in scored:
            r.features[share] = r.features[name] / top
