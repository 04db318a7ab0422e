"""Answering: from a question to a justified set of entities, with a confidence.

Retrieval finds the text that talks about the question; readings of the question on the graph
(``search/readings.py``) are scored by fitted weights (``search/scoring.py``), and the best
one is the answer, complete, with its pattern as the SPARQL (``search/sparql.py``). A question
asking for one thing takes the best-scored candidate of the asked-for type; definitions and
comparisons read entity cards. Below the fitted confidence line the answer says the documents
do not answer it exactly and shows the closest passages instead.
"""

from __future__ import annotations

import math
import re
from collections import defaultdict
from collections.abc import Callable
from dataclasses import asdict, dataclass, field, replace
from functools import lru_cache

from graph.subgraph import relation_label
from graph.vocabulary import (
    classes,
    is_plural_noun_phrase,
    listed_relations,
    relations,
    rename_phrases,
    singular,
)

from .cards import CardAnswer, card_answer
from .defaults import (
    DEFAULT_ASKED,
    asked_of,
    asks_default,
    default_words,
    said_of,
    stated_defaults,
)
from .facts import MARK_WORDS
from .figures import (
    NUMBER_WORDS,
    amounts,
    dimensions_stated,
    fits,
    in_digits,
    rate_words,
    unit_words,
)
from .index import keyword_tokens
from .linking import common_word
from .question import (
    AUXILIARIES,
    FUNCTION_WORDS,
    SCALE_ASKED,
    Question,
    analyse,
    existential,
    scene_end,
    words_of,
)
from .readings import (
    SECTION,
    Reading,
    best_unit_of,
    coverage_of,
    describe,
    generate,
    linked_name_spans,
    relation_stems,
    relation_words,
    stem,
    stems,
    topic_words,
    type_fit,
    type_ok,
)
from .scoring import softmax_scores
from .sparql import (
    compare_sparql,
    current_name_sparql,
    definition_sparql,
    describe_sparql,
    readings_sparql,
    unit_sparql,
    values_sparql,
)
from .stated import amount_verdict, default_verdict


@dataclass
class Answer:
    """What every kind of question gets back; ``to_dict`` is the CLI's and the app's JSON."""

    question: str
    answered: bool
    summary: str
    kind: str  # list | single | definition | describe | compare | yesno | declined
    confidence: float = 0.0  # calibrated: the share of answers this confident that were right
    sparql: str = ""
    answers: list[dict] = field(default_factory=list)  # label, iri, type, score, evidence
    concepts: list[str] = field(default_factory=list)  # what the question names (IRIs)
    table: list[dict] = field(default_factory=list)  # comparisons: criterion × entity, sourced
    passages: list[dict] = field(default_factory=list)  # declined: the closest passages
    label: str = ""  # yes/no: "Yes" or "No"
    # "card": read off a flashcard whose question says the same; the confidence is then that
    # likeness, not calibrated. "stated": a line says it in so many words (a renaming); the
    # confidence is then set by hand, not calibrated
    basis: str = ""

    def to_dict(self) -> dict:
        return asdict(self)


def _evidence(engine, units, unit_score: dict[str, float], limit: int = 3) -> list[dict]:
    v = engine.view
    ordered, shown = [], set()
    for u in sorted(
        {u for u in units if u in v.units},
        key=lambda u: (-unit_score.get(u, 0.0), v.units[u].line, u),
    ):
        said = (v.units[u].document, v.units[u].text)
        if said not in shown:  # a line once, and a line the document repeats once
            shown.add(said)
            ordered.append(u)
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


def _items(engine, scored: list[tuple[str, float, list[dict]]]) -> list[dict]:
    v = engine.view
    return [
        {
            "label": v.entities[i].label,
            "iri": i,
            "type": v.entities[i].type_label,
            "score": round(s, 4),
            "evidence": ev,
        }
        for i, s, ev in scored
    ]


def _declined(engine, q: Question, why: str, unit_score: dict[str, float]) -> Answer:
    """The documents do not answer it exactly: say so, and show the closest passages."""
    best = sorted(unit_score, key=lambda u: -unit_score[u])[:3]
    return Answer(
        q.text,
        False,
        f"The documents don't answer this exactly ({why}). The closest passages are below.",
        "declined",
        passages=_evidence(engine, best, unit_score, limit=3),
    )


_RAW = re.compile(r"-?[\w][\w-]*")
_JOINED = re.compile(r"(?<=\w)-(?=\w)")  # "peer-to-peer" reads as "peer to peer"


def _phrase_bonus(engine, question: str, unit_score: dict[str, float]) -> None:
    """Exact three-word phrases of the question in a unit's text raise its score."""
    words = _RAW.findall(_JOINED.sub(" ", question.lower()))
    grams = {" ".join(words[i : i + 3]) for i in range(len(words) - 2)}
    if not grams:
        return
    for u in list(unit_score):
        unit = engine.view.units.get(u)
        text = " ".join(_RAW.findall(_JOINED.sub(" ", unit.text.lower()))) if unit else ""
        unit_score[u] += 0.3 * sum(g in text for g in grams) / len(grams)


@dataclass
class Context:
    """Everything answering knows about one question before it shapes the answer."""

    q: Question
    unit_score: dict[str, float]
    card_score: dict[str, float]
    linked: dict[str, float]
    readings: list[Reading]
    vector: object
    unseen: float = 0.0  # the share of the question (by word weight) no document uses
    documents: set[str] = field(default_factory=set)  # the documents the question is scoped to
    # "... so it runs on Zorb or Quill boards?": the members of a kind the question names with
    # some of them are what it is about, not what it asks for
    peers: set[str] = field(default_factory=set)
    unknown: list[str] = field(default_factory=list)  # services named that no document names


_ASKS_WHAT_ARE = re.compile(r"(?:^|[.?!:;]\s+|\s-\s+|[–—]\s*)what are\b")


def _names_a_kind(engine, asked: str) -> bool:
    """Whether the end of a noun phrase names a kind of thing the graph has ("data input
    mode" ends in "input mode")."""
    words = asked.lower().split()  # ("data input mode streams": its verb may end it)
    return any(
        " ".join(words[i:j]) in engine.names.kind_forms
        for j in range(len(words), 0, -1)
        for i in range(j)
    )


def read(engine, question: str, vector) -> Context:
    """Analyse, retrieve, link and score every reading of ``question``."""
    q = analyse(question)
    if (
        q.form == "yesno"
        and (which := existential(question))
        and _names_a_kind(engine, which.asked)
    ):
        q = which  # "Is there an input mode that streams rows?": which one, of a kind it has
    if q.form == "list" and not q.count and (verb := _ends_in_verb(engine, q)):
        q.form, q.asked = "single", verb  # "Which Gromble lane wins?"
    elif q.form == "single" and (noun := _plural_read_as_verb(engine, q)):
        q.form, q.asked = "list", noun  # "What worker roles form a Gromble cluster?"
    bare = re.sub(r"[\s?!.]+$", "", q.text.strip())
    if q.form in ("open", "single", "list") and bare and engine.names.entity(bare):
        q.form, q.subject = "definition", bare  # "zorble-idf?", "Widget Hub": only a name, asked
    if q.form == "definition":
        q.defines = (
            engine.names.entity(q.subject)
            or engine.names.entity(_bare_name(q.subject))
            or _named_twice(engine, q.subject)
            or _named_with_its_kind(engine, q.subject)
            or _of_owner(engine, _bare_name(q.subject))
        )
        # "X in Widget Hub", "X when loading rows": X, in a setting or at a time
        where = re.match(
            r"^(.+?)\s+(?:in|on|within|inside|for|when|while|whenever|during)\s+(.+)$", q.subject
        )
        if q.defines is None and where:
            # "X in Widget Hub": X, or Widget Hub's X ("sync mode in Widget Hub loads")
            owner = where[2].split()[0]
            q.defines = (
                engine.names.entity(where[1])
                or engine.names.entity(f"{owner} {where[1]}")
                or engine.names.entity(_bare_name(where[1]))  # "the Fern metric in Quill"
            )
        owned = re.match(r"^(.+?)['’]s\s+(.+)$", q.subject)
        if q.defines is None and owned and engine.names.entity(owned[1]) is not None:
            # "Quill's fern feature": the fern feature, said with whose it is
            rest = owned[2]
            q.defines = (
                engine.names.entity(rest)
                or engine.names.entity(_bare_name(rest))
                or engine.names.entity(f"{owned[1]} {rest}")
                or _without_head_noun(engine, rest, q.text)
            )
        if q.defines is None:
            # "the sync marker *feature*": a name and the general noun it is called by
            named = where[1] if where else _bare_name(q.subject)
            q.defines = (
                _without_head_noun(engine, named, q.text)
                or _without_head_noun(engine, q.subject, q.text)  # (its class word still there)
                or _after_gerund(engine, named)
            )
        if q.defines is None:
            # (a term the documents may define in a sentence, though it names no node)
            q.term = re.sub(r"^(?:the|an?)\s+", "", where[1] if where else _bare_name(q.subject))
        if (
            q.defines is None
        ):  # "What is Keras built on?", "What are the usual X?": not a definition
            # (the asking sentence may follow a scenario: "My model ... . What are ...?", "Quill
            # in drip mode — what are its limits?")
            q.form = "list" if _ASKS_WHAT_ARE.search(q.text.lower()) else "single"
    hits = engine.search(q.query, k=40, vector=vector if q.query == question else None)
    unit_score: dict[str, float] = defaultdict(float)
    card_score: dict[str, float] = defaultdict(float)
    for h in hits:
        if h.row.unit:
            unit_score[h.row.unit] = max(unit_score[h.row.unit], h.score)
        elif h.row.kind == "entity":
            card_score[h.row.ref] = max(card_score[h.row.ref], h.score)
    _phrase_bonus(engine, q.query, unit_score)
    documents = scoped_documents(engine, q)
    if documents:  # "what does the team wiki say": only that document's text and facts
        units = engine.view.units
        unit_score = defaultdict(
            float, {u: sc for u, sc in unit_score.items() if units[u].document in documents}
        )
    linked = engine.names.link(q.query)
    readings = generate(engine, q, linked, unit_score)
    if documents:
        readings = [r for r in readings if _within(engine, r, documents)]
    describe(engine, q, readings, linked, unit_score, vector)
    scored = [r for r in readings if r.features]
    for r, p in zip(scored, softmax_scores(engine.weights.reading, [r.features for r in scored])):
        r.probability = p
    _fold_same_answers(scored)
    readings = sorted(
        (r for r in readings if r.features), key=lambda r: (-r.probability, r.kind, r.anchor)
    )
    readings = _toward_the_asked_noun(q, readings)
    about = topic_words(engine, q)
    total = sum(engine.weight(w) for w in about) or 1.0
    unknown = unknown_services(engine, q.query, linked, q.asked)
    # the words of a service no document names are not what the documents say them for
    missing = {w for n in unknown for w in keyword_tokens(n)} - {
        w
        for x in _outside(engine, linked, unknown)
        for n in _names(engine, x)
        for w in keyword_tokens(n)
    }
    # (a word of a stem they use is no word they never use: "anomalous", "anomalies")
    unseen = sum(engine.weight(w) for w in about if not engine.uses_stem(w) or w in missing) / total
    peers = _named_with_members(q, linked, readings)
    if peers and q.form in ("open", "single"):
        readings = [r for r in readings if not set(r.answers) <= peers]
    return Context(
        q, unit_score, card_score, linked, readings, vector, unseen, documents, peers, unknown
    )


def _toward_the_asked_noun(q: Question, readings: list[Reading]) -> list[Reading]:
    """ "Which destinations does Quill deliver to?": the ontology calls the objects of
    "delivers to" destinations, so of a reading that way and its reverse from the same thing
    ("what delivers to Quill"), the one that gives destinations is the likelier (they trade
    places)."""
    words = q.asked.lower().split()
    said = listed_relations().get(singular(words[-1])) if words else None
    if said is None:
        return readings
    relation, objects = said
    want = "out" if objects else "in"
    for r in readings:
        if r.predicate != relation or r.kind not in ("in", "out") or r.kind == want:
            continue
        twin = next(
            (
                t
                for t in readings
                if t.predicate == relation and t.kind == want and t.anchor == r.anchor
            ),
            None,
        )
        if twin is not None and twin.probability < r.probability:
            twin.probability, r.probability = r.probability, twin.probability
    return sorted(readings, key=lambda r: (-r.probability, r.kind, r.anchor))


_VENDORS = frozenset(("amazon", "aws"))  # the vendor's word before a service's name


def unknown_services(
    engine, text: str, linked: dict[str, float] | None = None, asked: str = ""
) -> list[str]:
    """The catalogued services a question names (as written) that no document names ("SageMaker
    Ground Truth" where the notes never do); not one a thing the question names is called by
    a distinctive part of its name ("Serverless" for "SageMaker Serverless Inference"), nor a
    family's name that only qualifies the ``asked`` phrase ("which Zorbex built-in
    loader": a loader is asked for, whatever the notes call the family)."""
    from ingest.builder import CONNECTORS, catalog_index
    from ingest.lexicon import is_everyday
    from ingest.names import ServiceCatalog

    catalog = ServiceCatalog.default()
    out = []
    for m in catalog_index(catalog).find_longest(text):
        service = catalog.services[m.value]
        words = m.form.split()
        written = text[m.start : m.end].split()
        if len(written) > 1 and any(
            w[:1].islower() and is_everyday(w) and w not in CONNECTORS for w in written[1:]
        ):
            continue  # "a SageMaker hosting option": everyday words, not the product's name
        # the documents may name it shorter: "Serverless Inference" for "SageMaker
        # Serverless Inference"
        tails = [" ".join(words[i:]) for i in range(1, len(words) - 1)]
        if any(engine.names.entity(n) for n in (service.canonical, *service.aliases, *tails)):
            continue
        if tails and _written(engine, tails[0]):
            continue  # "Quill Streams, per shard: ..." names Zorb Quill Streams, unlinked
        prefix = service.canonical + " "
        if any(e.label.startswith(prefix) for e in engine.view.entities.values()):
            continue  # a family the documents name by its members ("Amazon Zorb Hub" of Zorb)
        form = set(keyword_tokens(m.form)) - _VENDORS
        if _qualifies(asked, form) and _family(catalog, service):
            continue
        # the family word that opens a longer name ("SageMaker" of "SageMaker Ground Truth")
        # tells no member of the family
        named = [w for w in words if w.lower() not in _VENDORS]
        family = set(keyword_tokens(named[0])) if len(named) > 1 else set()
        if any(
            c >= 0.5
            and x in engine.view.entities
            and any(
                (t := set(keyword_tokens(n))) and t <= form and t - family
                for n in _names(engine, x)
            )
            for x, c in (linked or {}).items()
        ):
            continue
        out.append(m.form)
    return out


def _qualifies(asked: str, form: set[str]) -> bool:
    """Whether a name's words stand in the asked phrase before its last word, as a modifier."""
    words = keyword_tokens(asked)
    return bool(form) and form <= set(words[:-1]) and words[-1] not in form


def _qualifying_family(asked: str, name: str) -> bool:
    """Whether ``name`` is a catalogued family of services ("Zorbex") standing in the asked
    phrase before its last word ("which Zorbex built-in loader")."""
    from ingest.names import ServiceCatalog

    catalog = ServiceCatalog.default()
    service = catalog.lookup(name)
    form = set(keyword_tokens(name)) - _VENDORS
    return service is not None and _qualifies(asked, form) and _family(catalog, service)


def _family(catalog, service) -> bool:
    """Whether longer catalogued names open with the service's name ("Zorbex Quill" with
    "Zorbex"): the name of a family of services."""
    openers = _family_names(catalog)
    return any(
        openers.get(_bare(n), set()) - {service.canonical}
        for n in (service.canonical, *service.aliases)
    )


def _bare(name: str) -> str:
    """A service's name in lower case without the vendor's word before it."""
    words = name.lower().split()
    return " ".join(words[1:] if len(words) > 1 and words[0] in _VENDORS else words)


@lru_cache(maxsize=4)
def _family_names(catalog) -> dict[str, set[str]]:
    """Every opening run of words of a catalogued name, with the services whose longer names
    open with it."""
    openers: dict[str, set[str]] = {}
    for s in catalog.services:
        for n in (s.canonical, *s.aliases):
            words = _bare(n).split()
            for k in range(1, len(words)):
                openers.setdefault(" ".join(words[:k]), set()).add(s.canonical)
    return openers


def _written(engine, phrase: str) -> bool:
    """Whether the documents' text writes ``phrase`` (two words or more, capitalised as a
    name is) whole, as written: "Quill Streams" names the service, "quill for rows" not."""
    if len(phrase.split()) < 2 or not all(w[:1].isupper() for w in phrase.split()):
        return False
    pattern = re.compile(rf"(?<![\w-]){re.escape(phrase)}(?![\w-])")
    return any(pattern.search(u.text) for u in engine.view.units.values())


def _outside(engine, linked: dict[str, float], names: list[str]) -> list[str]:
    """The things a question names besides the unknown ``names``: not the family a longer
    unknown name opens with ("Zorb" of "Zorb Quill Hub")."""
    inside = {w for n in names for w in keyword_tokens(n)}
    return [
        x
        for x, c in linked.items()
        if c >= 1.0
        and x in engine.view.entities
        and not any(set(keyword_tokens(n)) <= inside for n in _names(engine, x))
    ]


def _ends_in_verb(engine, q: Question) -> str | None:
    """The asked-for phrase without its last word when the phrase ends the question and that
    word is a verb, not a plural: in "lane wins?" nothing the documents name is a "win" and
    many things are lanes ("Gromble sinks?" keeps its plural where sinks are named)."""
    words = q.asked.split()
    if len(words) < 2 or not words[-1].endswith("s") or words[-1].endswith("ss"):
        return None
    if words_of(q.text.lower())[-1:] != words[-1:]:
        return None  # "lane checks for big jobs": the phrase goes on, a noun's
    last, before = singular(words[-1]), words[-2]
    # (a word before it that names things, or any word in the singular: "Which Gromble option
    # fits?", where no thing is a "fit")
    if last in engine.head_nouns or (before not in engine.head_nouns and before.endswith("s")):
        return None
    if any(w.endswith("s") and not w.endswith("ss") for w in words[:-1]):
        return None  # "algorithms Gromble gives": the plural is asked, "gives" its clause's
    return " ".join(words[:-1])


def _plural_read_as_verb(engine, q: Question) -> str | None:
    """The asked-for phrase with the word in -s after it that the question reading took for
    a verb ("worker" of "What worker roles form ...?"), where the documents name things
    by these words ("Gromble worker role"): a plural noun, many things asked."""
    words = words_of(q.text.lower())
    asked = q.asked.split()
    at = next(
        (i for i in range(len(words) - len(asked)) if words[i : i + len(asked)] == asked), None
    )
    if not asked or at is None:
        return None
    nxt = words[at + len(asked)]
    if not nxt.endswith("s") or nxt.endswith("ss"):
        return None
    # (or a kind the documents group things by is called by the word: an "Option" column)
    kinds = {label.lower().split()[-1] for label in engine.view.kinds.values() if label.strip()}
    if f"{asked[-1]} {singular(nxt)}" not in engine.head_phrases and singular(nxt) not in kinds:
        return None
    return f"{q.asked} {nxt}"


def _fold_same_answers(readings: list[Reading]) -> None:
    """Two ways to the very same answers are not rivals: the likelier stands for both, with
    both probabilities (an answer's probability is the sum over the readings that give it).
    A class narrowed to the answers of another reading; two kinds with the same members said
    in different places (one note's "crew roles" and another's "crew role options"). Two
    readings of one text are one piece of evidence, said twice: a set a kind and a relation
    both give, or a kind named with and without its owner ("crew role", "Zorb crew role")."""

    def evidence(r: Reading) -> set[str]:
        return {u for us in r.answers.values() for u in us}

    for r in [r for r in readings if r.kind in ("class", "members")]:
        if not r.features:
            continue
        same = [
            o
            for o in readings
            if o is not r
            and o.features
            and o.answers.keys() == r.answers.keys()
            and (r.kind == "class" or (o.kind == r.kind and evidence(o) != evidence(r)))
        ]
        if same:
            keep = max([r, *same], key=lambda x: x.probability)
            keep.probability = r.probability + sum(o.probability for o in same)
            for o in [r, *same]:
                if o is not keep:
                    o.features, o.probability = {}, 0.0


def _bare_name(subject: str) -> str:
    """A defined subject without the words around its name: adverbs ("what does X *actually*
    do?") and the class it is of ("the X *algorithm*": the ontology's class names)."""
    words = [w for w in subject.split() if not w.endswith(("ally", "ely", "tly", "sly", "fully"))]
    while len(words) > 1 and _adverb(words[-1]):  # "explain X briefly"
        words.pop()
    names = {n.lower() for t in classes().values() for n in t.names}
    while len(words) > 1 and words[-1] in names:
        words.pop()
    return " ".join(words)


def _after_gerund(engine, subject: str) -> str | None:
    """The thing named after a verb in "-ing" that turns it on or uses it ("what does
    *enabling* zorb fencing do?": zorb fencing), when the whole subject names nothing."""
    words = subject.split()
    if len(words) < 2 or not re.fullmatch(r"[a-z]{3,}ing", words[0]):
        return None
    rest = words[2:] if len(words) > 2 and words[1] in ("on", "off", "up") else words[1:]
    rest = rest[1:] if rest and rest[0] in ("the", "a", "an") else rest
    return engine.names.entity(" ".join(rest)) if rest else None


def _without_head_noun(engine, subject: str, text: str = "") -> str | None:
    """The thing a defined subject names before a last, everyday word of English ("sync
    marker feature", "Zorb queue capability"), when the whole subject names nothing. One word
    before it is a name only if the question ``text`` writes it as one ("the GromMatch step",
    not "the data step")."""
    from wordfreq import zipf_frequency

    words = subject.split()
    if len(words) == 2:
        written = re.search(rf"\b{re.escape(words[0])}\b", text, re.IGNORECASE)
        if not (written and _written_as_name(written[0])):
            return None
    elif len(words) < 3:
        return None
    if zipf_frequency(words[-1].lower(), "en") < 4.0:
        return None
    # ... and the words in lower case that say more of it ("Zorb *tuning* strategy"), no
    # word of grammar nor a participle among them ("Keras built on" is no Keras)
    for k in range(len(words) - 1, 0, -1):
        w = words[k]
        if w in FUNCTION_WORDS or w.endswith("ed"):
            return None
        if k < len(words) - 1 and not (w.isalpha() and w.islower()):
            return None
        if (x := engine.names.entity(" ".join(words[:k]))) is not None:
            return x
    return None


def _written_as_name(word: str) -> bool:
    """ "GromMatch", "ZRB", "Zorb2": a capital after the first letter, or a digit."""
    return any(c.isupper() or c.isdigit() for c in word[1:])


def _adverb(word: str) -> bool:
    """ "briefly", "quickly": an English word with "-ly" (not "anomaly", "family")."""
    from wordfreq import zipf_frequency

    return len(word) > 4 and word.endswith("ly") and zipf_frequency(word[:-2], "en") >= 3.0


def _named_with_members(q: Question, linked: dict[str, float], readings: list[Reading]) -> set[str]:
    """The members of the kinds a question names together with some of their members (not
    "which of ...?", where the members named are the choices)."""
    if re.search(r"(?:which|what)(?: one)? of|among", q.text.lower()):
        return set()
    return {
        x
        for r in readings
        if r.kind == "members"
        and linked.get(r.anchor, 0.0) >= 1.0
        and any(linked.get(a, 0.0) >= 0.5 for a in r.answers)
        for x in r.answers
    }


def scoped_documents(engine, q: Question) -> set[str]:
    """The documents a question points at by name ("the team wiki"): those whose file name
    or title has every scope word (or a word that starts with it: "wiki" in "wikinotes").
    Empty when it names none, or when that would not narrow anything."""
    if not q.scope:
        return set()
    found = {
        d
        for d, words in engine.document_words.items()
        if all(any(w == s or w.startswith(s) for w in words) for s in q.scope)
    }
    return found if 0 < len(found) < len(engine.document_words) else set()


def _within(engine, r: Reading, documents: set[str]) -> bool:
    """Keep only the answers of a reading that have evidence in ``documents``."""
    units = engine.view.units
    r.answers = {
        x: {u for u in us if u in units and units[u].document in documents}
        for x, us in r.answers.items()
    }
    r.answers = {x: us for x, us in r.answers.items() if us}
    return bool(r.answers)


def answer_question(engine, question: str, vector, context: Context | None = None) -> Answer:
    """Answer one question (see the module docstring); ``context``: its reading, if done."""
    s = (
        read(engine, question, vector)
        if context is None
        else replace(context, q=replace(context.q))
    )
    missing = [
        m
        for m in engine.speller.unknown_names(s.q.text)
        if not _spelled_out(engine, m, s.q.text) and m.lower() not in engine.names.forms
    ]
    start = scene_end(s.q.text)
    if start and not re.search(r"\b(?:it|its|this|that)\b", s.q.text[start:].lower()):
        # "Our Quill export has twins. Which tool merges them?": a name that only sets the
        # scene, not referred to in the asking ("How does it ...?"), is not what is asked about
        missing = [m for m in missing if re.search(rf"\b{re.escape(m)}\b", s.q.text[start:])]
    # "which Zorbex loader" asks for a loader, whatever the notes call the family
    missing = [m for m in missing if not _qualifying_family(s.q.asked, m)]
    if missing:  # "a hosted Apache Oozie", where no document says "Oozie"
        said = ", ".join(f"“{m}”" for m in missing)
        return _declined(engine, s.q, f"no document mentions {said}", s.unit_score)
    default = _with_default(engine, s)  # "If I don't set X, ...?": the default stated
    answer = _with_unit(engine, s) or default or _defined_term(engine, s) or _answer(engine, s)
    if _echoes(s.q, answer):
        answer = _declined(engine, s.q, "the best answer is what the question names", s.unit_score)
    if s.documents and answer.answered:  # the answer says which document it kept to
        answer.summary = f"(In {', '.join(sorted(s.documents))}.) " + answer.summary
    if s.q.asks_amount and default is None:  # "how much ...?" asks for a figure
        return _with_figure(engine, s, answer if answer.answered else None) or answer
    return answer


# a question that offers a choice among the things it names ("Quill or Fern?", "which of")
_CHOICE_OFFERED = re.compile(
    r"\b(?:or|which\s+of|among|which\s+one|between|versus|vs\.?|rather\s+than|instead\s+of)\b",
    re.I,
)


def _echoes(q: Question, answer: Answer) -> bool:
    """Whether a one-thing answer only gives back a name or value the question says itself
    ("How is Gromble billed?" → Gromble), when the question offers no choice among its names:
    no answer to what it asks."""
    if answer.kind != "single" or not answer.answered or len(answer.answers) != 1:
        return False
    label = re.escape(answer.answers[0].get("label", "").lower())
    low = q.text.lower()
    return bool(
        label
        and not _CHOICE_OFFERED.search(low)
        and re.search(rf"(?<![\w-]){label}(?![\w-])", low)
        # (nor one of several things it lists: "Quill, Fern and Moss: which ...?")
        and not re.search(rf",\s*(?:the\s+)?{label}(?![\w-])|(?<![\w-]){label}\s*,", low)
    )


# a unit a measure is given in: "reported in microseconds", "billed in GB-months"
_IN_UNIT = re.compile(
    r"\b(?:in|as)\s+(?P<unit>(?:micro|milli|nano)?seconds|minutes|hours|days|weeks|months|"
    r"(?:kilo|mega|giga|tera)?bytes|[KMGT]i?B(?:-(?:months?|hours?))?|percent(?:ages?)?|"
    r"ms|µs|μs)\b",
    re.I,
)


def _with_unit(engine, s: Context) -> Answer | None:
    """ "What unit is Quill's latency reported in?": the unit a sentence naming the asked-of
    thing gives its measure in ("... reported in microseconds"), in the best passages; None
    when the question asks for no unit or no such sentence names one."""
    if not s.q.asked or singular(s.q.asked.split()[-1]) != "unit" or not s.linked:
        return None
    v = engine.view
    names = [n for x in s.linked if x in v.entities for n in _names(engine, x) if len(n) > 2]
    # (every passage naming the thing, best first: the unit is often a remark of its own)
    named = [
        u
        for u, x in v.units.items()
        if _IN_UNIT.search(x.text) and any(_whole_name(n).search(x.text) for n in names)
    ]
    for u in sorted(named, key=lambda u: (-s.unit_score.get(u, 0.0), u)):
        x = v.units[u]
        # (a table row is read whole: "Metric: Quill | Meaning: ..., in milliseconds")
        for a, z in [(0, len(x.text))] if _a_row(x.text) else _sentence_spans(x.text):
            sentence = x.text[a:z]
            said = [n for n in names if _whole_name(n).search(sentence)]
            m = _IN_UNIT.search(sentence)
            if said and m:
                ev = _evidence(engine, [u], s.unit_score, limit=1)
                item = {
                    "label": m["unit"],
                    "iri": "",
                    "type": "Unit",
                    "score": round(s.unit_score.get(u, 0.0), 4),
                    "evidence": ev,
                }
                summary = f"{m['unit']} ({x.section}: {ev[0]['text']})"
                confidence = round(min(1.0, s.unit_score.get(u, 0.0)), 3)
                return Answer(s.q.text, True, summary, "single", confidence, unit_sparql(u), [item])
    return None


TERM_PASSAGES = 5  # the best passages a term's definition is looked for in (set by hand)
TERM_CONFIDENCE = 0.6  # ... and how sure an answer found there is (set by hand, not fitted)


def _defined_term(engine, s: Context) -> Answer | None:
    """ "What is fern pinning?", where fern pinning is no node: the sentence of one of the
    best passages that opens with the term and says what it is ("Fern pinning is ...",
    "First, fern pinning: when ...", "Fern pins are ..."); None when none does."""
    term = s.q.term
    if not term or len(term) < 3 or not re.search(r"[a-z]", term, re.I):
        return None
    v = engine.view
    name = re.escape(term.lower()).replace(r"\ ", r"\s+")
    opens = re.compile(
        # at a sentence's or a clause's start, or after an ordinal ("First, ...")
        r"(?:^|[.;:!?(]\s+|\b(?:first|second|third|also|finally|next),?\s+)"
        rf"(?P<term>{name}(?:e?s)?)(?:\s*\([^()]{{1,40}}\))?"
        r"\s*(?:\b(?:is|are|means|refers\s+to)\b|:|\s[-–—]\s)\s*\w",
        re.I,
    )
    best = sorted(s.unit_score, key=lambda u: (-s.unit_score[u], u))[:TERM_PASSAGES]
    for u in best:
        x = v.units.get(u)
        if x is None:
            continue
        for a, z in _sentence_spans(x.text):
            m = opens.search(x.text[a:z])
            if m is None:
                continue
            label = m["term"]
            ev = _evidence(engine, [u], s.unit_score, limit=1)
            item = {
                "label": label,
                "iri": "",
                "type": "Term",
                "score": TERM_CONFIDENCE,
                "evidence": ev,
            }
            summary = f"The documents have no entry for {label}; {x.section or x.document} says: "
            summary += x.text[a:z].strip()
            return Answer(
                s.q.text, True, summary, "definition", TERM_CONFIDENCE, unit_sparql(u), [item]
            )
    return None


DEFAULT_COVER = 0.5  # see _with_default: set by hand, not fitted
DEFAULT_PASSAGES = (
    5  # ... the best passages for the question, of which less is asked (as FIGURE_PASSAGES)
)


def _code_like(value: str) -> bool:
    """ "FullyReplicated", "student-T", "max_depth", "/opt/ml": written as a name, not a word."""
    return bool(re.search(r"[_/\d]|[a-z][A-Z]|^[A-Z]{2,}$", value))


def _of_a_rival(engine, s: Context, x) -> bool:
    """Whether passage ``x`` (with its section) leaves out a thing of a class the question
    names and names another of that class instead ("Moss > Settings: fern_size default 64" to
    a question about the Quill algorithm's fern_size). Plain concepts are never rivals."""
    v = engine.view
    context = f"{x.section} {x.text}"
    qualifying = _qualifying_names(engine, s)
    unsaid = {
        v.entities[y].type
        for y, c in s.linked.items()
        if c >= 1.0
        and y in v.entities
        and v.entities[y].type != "Concept"
        and y not in qualifying
        and not any(_whole_name(n).search(context) for n in _names(engine, y) if len(n) > 1)
    }
    return bool(unsaid) and any(
        e in v.entities and e not in s.linked and v.entities[e].type in unsaid
        for e in {*x.mentions, *_titled(engine, x.section)}
    )


def _qualifying_names(engine, s: Context) -> set[str]:
    """The things the question names right before another thing it names, saying whose
    that one is ("*Gromble* Async Serving", "Gromble's Async Serving"): a passage about the
    second need not repeat the first."""
    low = s.q.text.lower()
    spans = [(a, b, y) for a, b, y, _ in linked_name_spans(engine, low, s.linked)]
    return {
        y
        for _, b, y in spans
        if (after := re.match(r"(?:['’]s)?\s+", low[b:]))
        and any(a == b + after.end() and z != y for a, _, z in spans)
    }


def _titled(engine, section: str) -> set[str]:
    """The things a section's headings name, whole ("Quill Topics > Settings": Quill Topics;
    "Quill Topics (QT)" too)."""
    return {
        iri
        for part in section.split(" > ")
        if (iri := engine.names.forms.get(re.sub(r"\s*\([^()]*\)$", "", part).strip().lower()))
    }


def _with_default(engine, s: Context) -> Answer | None:
    """ "If I don't set fern_size, what does Quill use?": the default a passage states in a
    sentence (or table row, or list item) that says most of what the question asks of, by
    word weight, at least ``DEFAULT_COVER`` of it; the things the question names said there
    or in the passage's section, and no other thing of their kind in their place ("Moss:
    fern_size (default 64)" is no answer about Quill's). None when the question asks no
    default, or no passage states one of it."""
    q, v = s.q, engine.view
    if q.form in ("list", "compare", "yesno", "definition") or not asks_default(q.text):
        return None
    # (nor do words for a setting as such: "the retention setting", "what value")
    skip = default_words(q.text) | {"setting", "settings", "value", "values", "option", "options"}
    words = [w for w in dict.fromkeys(q.words) if w not in FUNCTION_WORDS and w not in skip]
    best = set(sorted(s.unit_score, key=lambda u: -s.unit_score[u])[:DEFAULT_PASSAGES])
    weight = {stem(w): engine.weight(w) for w in words}
    linked = [x for x, c in s.linked.items() if c >= 1.0 and x in v.entities]
    linked_types = {v.entities[x].type for x in linked}
    many = re.search(r"\bhow (?:many ([a-z][\w-]*)|much|(long|big|large))\b", q.text.lower())
    # what the figure must count ("how many shards": shards or a bare number; "how long": a time)
    counted = (many.group(1) or many.group(2) or "") if many else ""
    counted = "big" if counted == "large" else counted
    target = asked_of(q.text)  # "if I don't set *fern_size*": what it asks the default of
    found = []  # (cover, own clause's cover, -things left unsaid, passage score, value, unit)
    for u, x in v.units.items():
        if not re.search(r"\bdefault", x.text, re.I):
            continue
        context = f"{x.section} {x.text}"
        for st in stated_defaults(x.text):
            a, b = st.scope
            said = x.text[a:b]
            value_stems = stems(st.value)
            here = stems(_split_identifiers(said.replace("_", " ")) + " " + said) - value_stems
            titled = stems(x.section.replace("_", " ")) - here - value_stems
            unsaid = [
                y
                for y in linked
                if not any(_whole_name(n).search(context) for n in _names(engine, y) if len(n) > 1)
            ]
            # another thing of the kind of one the question names, where that one is not said
            # ("Moss: fern_size (default 64)" to a question about Quill's fern_size)
            # (or a heading over it names: "Gromble > Hyperparameters: fern_size default 64")
            rivals = {
                e
                for e in {*x.mentions, *_titled(engine, x.section)}
                if e in v.entities and e not in linked and v.entities[e].type in linked_types
            }
            if unsaid and any(
                v.entities[e].type == v.entities[y].type for e in rivals for y in unsaid
            ):
                continue
            if linked and len(unsaid) == len(linked):
                continue  # none of the things the question names is said there
            if many and not re.match(r"[$€£]?\d", st.value):
                continue  # "how many / how long ...?": a figure answers
            dimension = {"long": "time", "big": "size"}.get(counted)
            if counted and not (
                _counts(st.value, counted) or any(d == dimension for d, _ in amounts(st.value))
            ):
                continue  # "how long ...?": a time; "how many shards ...?": no "24 hours"
            clause = x.text[st.clause[0] : st.clause[1]]
            if not said_of(target, clause, f"{x.section} {said}", stem):
                continue  # the default of something else ("optimizer defaults to sgd")
            # (what it is the default of said in the clause, or the passage among the best
            # for the question, says enough with less of the question's words: "Retention
            # defaults to 24 hours" to "how long does it keep records if I don't change the
            # retention?")
            least = DEFAULT_COVER / 2 if target or u in best else DEFAULT_COVER
            thing = engine.names.entity(st.value)
            if q.types and not many and thing not in v.entities and not _code_like(st.value):
                continue  # "which strategy ...?": a thing the notes name answers
            # what the question asks of, the sentence says (a thing it names may be said
            # around it, in the passage or its section: "Quill trainer" over a table of its
            # settings); a thing it names that the passage leaves to its context, with no
            # rival there, counts for nothing ("the defaults below are Quill's")
            implied = {w for y in unsaid for n in _names(engine, y) for w in stems(n)}
            around = {
                w
                for y in linked
                if y not in unsaid
                for n in _names(engine, y)
                if _whole_name(n).search(context)
                for w in stems(n)
            }
            asked = {t_: w for t_, w in weight.items() if t_ not in implied}
            if not sum(asked.values()):
                continue  # it says nothing the question asks beyond the things it names
            # (the section's title says less: half)
            cover = (
                sum(w for t_, w in asked.items() if t_ in here or t_ in around)
                + 0.5 * sum(w for t_, w in asked.items() if t_ in titled and t_ not in around)
            ) / sum(asked.values())
            if cover >= least:
                # (of defaults one sentence states, the one whose own clause says most)
                own = stems(_split_identifiers(clause.replace("_", " ")) + " " + clause)
                said_own = sum(w for t_, w in asked.items() if t_ in own) / sum(asked.values())
                found.append((cover, said_own, -len(unsaid), s.unit_score.get(u, 0.0), st.value, u))
    if not found:
        return None
    cover, *_, value, u = max(found)
    ev = _evidence(engine, [u], s.unit_score, limit=1)
    thing = engine.names.entity(value)
    item = {
        "label": v.label(thing) if thing in v.entities else value,
        "iri": thing if thing in v.entities else "",
        "type": v.entities[thing].type if thing in v.entities else "Default",
        "score": round(cover, 4),
        "evidence": ev,
    }
    summary = f"{item['label']}, the default ({v.units[u].section}: {ev[0]['text']})"
    # (a stated default matched so is mostly right: of the read questions asking one that
    # were answered, 32 of 38 right at the end of stop 68; set by hand, not fitted)
    confidence = round(min(1.0, 0.5 + 0.5 * cover), 3)
    return Answer(q.text, True, summary, "single", confidence, unit_sparql(u), [item])


_MONEY_WORDS = r"\b(?:cost|costs|price|priced|pricing|charge|charged|fee|fees|pay)\b"

FIGURE_COVER = 0.7  # see _with_figure
TYPED_FIGURE_COVER = 0.5  # ... for a time ("how long"), a size ("how big") or a rate: set by hand
FIGURE_PASSAGES = 5  # the best passages a figure no reading found may come from


def _said_as_default(text: str, clause: str) -> bool:
    """Whether the sentence (or table cell) of ``text`` that holds ``clause`` says it holds
    when nothing is set, as a question asking a default would ("by default", "if the caller
    does not set it, ...", "unless ...")."""
    at = text.find(clause)
    if at < 0:
        return bool(DEFAULT_ASKED.search(clause))
    return any(DEFAULT_ASKED.search(text[a:b]) for a, b in _sentence_spans(text) if a <= at < b)


def _figure_records(text: str) -> list[tuple[str, str, str]]:
    """(clause, what the clause is said in, what it goes on from) for each clause of a text:
    its sentence, and in a table row the row's cells that give no figure; and of those, the
    sentence up to the clause's end. "Retention: 24 hours by default, can be raised up to 365
    days" says what the 365 days are in the clause before; "Operation: Asynchronous | Limit:
    3,000 pages" in the cell beside."""
    cells = re.split(r"\s+\|\s+", text)
    plain = " ".join(c for c in cells if not _FIGURE.search(c)) if len(cells) > 1 else ""
    out = []
    for cell in cells:
        for sentence in re.split(r"(?<=[.;!?])\s+", cell):
            clauses = re.split(r",\s+(?=\D)", sentence)
            out += [
                (c, f"{plain} {sentence}", f"{plain} {', '.join(clauses[: k + 1])}")
                for k, c in enumerate(clauses)
            ]
    return out


def _split_identifiers(text: str) -> str:
    """``text`` with its identifiers' words apart as well: "MemorySizeInMB" also says "Memory
    Size In MB"."""
    joined = re.findall(r"\b[A-Za-z]+(?:[a-z][A-Z]|[A-Z]{2}[a-z])[A-Za-z]*\b", text)
    return " ".join(
        [text, *(re.sub(r"(?<=[a-z])(?=[A-Z])|(?<=[A-Z])(?=[A-Z][a-z])", " ", w) for w in joined)]
    )


# a figure and its unit: "6 MB", "1 MB/s", "70%", "$0.023", "1,000 records/s", "24 hours"
_FIGURE = re.compile(
    # (a time in words: "one hour", "two days", "sixty seconds")
    rf"(?<![\w.])(?:{'|'.join(w for w in NUMBER_WORDS if w != 'zero')})\s(?:second|minute|hour|day"
    r"|week|month|year)s?\b|"
    r"(?<![\w.])(?:[$€£]\s?)?\d(?:[\d,]*\d)?(?:\.\d+)?(?:\s?[-–]\s?\d(?:[\d,]*\d)?(?:\.\d+)?)?"
    r"(?:\s?(?:%|percent\b|[KMGTP]i?B\b(?:/s)?|[kKMGT]\b|x\b|ms\b|"
    # a time, or what is counted (a plural noun: "1,000 records/s", "65 items per run")
    # (not after a fraction: "0.90 raises an alert" counts nothing)
    r"(?:(?:second|minute|hour|day|week|month|year)s?"
    r"|(?<![.]\d\s)(?<![.]\d\d\s)(?<![.]\d)(?<![.]\d\d)[a-z]{2,14}s)\b(?:/s|\s(?:per|a|an)\s\w+)?))?"
    # (a price per unit right after the sum: "$5 per TB", "$0.10 an hour")
    r"(?:(?<=\d)\s(?:per|a|an)\s(?:[A-Z]{1,3}|[a-z]{2,12})\b)?"
)


def _with_figure(engine, s: Context, answer: Answer | None) -> Answer | None:
    """A "how much / how many / how long" answer is the figure: in the clause of the answer's
    evidence, or of the best passages, that with its section says most of the question (by
    word weight; the answer's own evidence first when they tie), its first figure. A passage
    no reading found must say at least ``FIGURE_COVER`` of it. None (or the answer declined)
    when no clause has a figure."""
    v = engine.view
    # ("the number of models": what is counted, as "how many models" says it)
    many = re.search(
        r"\bhow (?:many ([a-z][\w-]*(?:\s[a-z][\w-]*){0,2})|(long|big|large)\b)"
        r"|\bnumber of ([a-z][\w-]*(?:\s[a-z][\w-]*){0,2})",
        s.q.text.lower(),
    )
    counted = _counted_noun(many.group(1) or many.group(3)) if many else ""
    counted = counted or (many.group(2) if many else "")
    counted = "big" if counted == "large" else counted
    low = s.q.text.lower()
    if re.search(_MONEY_WORDS, low):
        counted = "money"  # "what does X cost per row?": a sum of money, not "70%"
        if re.search(r"\b(?:cuts?|reduces?|saves?|lowers?|trims?)\b", low):
            counted = "share"  # "how much can X cut the cost?": by a share of it, or a sum
    if (
        not counted
        and re.search(r"\b(?:longest|shortest)\b", low)
        or re.search(r"\b(?:duration|period)\b", low)
    ):
        counted = "long"  # "the longest ...", "the minimum duration charged": a time
    if not counted and re.search(r"\b(?:throughput|bandwidth)\b", low):
        counted = "rate"  # "how much write throughput ...?": so much per second
    # "long" of "how long" is the form of the question, not what the clause must say; nor is
    # "cost" of "what does it cost": a sum of money says it
    words = [
        w
        for w in dict.fromkeys(s.q.words)
        if w not in FUNCTION_WORDS
        and not (many and many.group(2) == w)
        and not (counted == "money" and re.fullmatch(_MONEY_WORDS, w))
    ]
    total = sum(engine.weight(w) for w in words) or 1.0
    most = bool(_UPPER_BOUND.search(s.q.text.lower()))
    # what the figure is a measure of ("the maximum request payload"): its head word the
    # figure's sentence (or row, or section) must say
    measure = _measure_words(s.q.text)
    if not measure and not many and SCALE_ASKED.search(low):
        # "what safety factor ...?", "at what Fern score ...?": the phrase asked is the measure
        measure = [w for w in s.q.asked.split() if w not in FUNCTION_WORDS]
    # (the words before the measure's head that the question writes as names: "NDCG" of
    # "below what NDCG score ...?" says what is measured when its sentence omits "score")
    qualifier = [
        w
        for w in measure[:-1]
        if any(_written_as_name(x) for x in re.findall(rf"\b{re.escape(w)}\b", s.q.text, re.I))
    ]
    # a figure of the asked kind (a time for "how long") needs less of the question said
    least = (
        TYPED_FIGURE_COVER if counted in ("long", "big", "money", "share", "rate") else FIGURE_COVER
    )
    found = []  # (cover, from the answer's evidence, rank, figure, unit, answer item)
    # a default asked for ("if I don't set it"), that no passage states as one (see
    # _with_default), is no figure a clause gives without saying it is the default
    defaulted = asks_default(s.q.text)
    places = [(a, ev) for a in (answer.answers if answer else []) for ev in a["evidence"][:2]]
    for a, ev in places:
        u = next((u for u, x in v.units.items() if x.text == ev["text"]), None)
        if u is not None and _of_a_rival(engine, s, v.units[u]):
            continue
        e = v.entities.get(a["iri"])
        named = set().union(*(stems(n) for n in [e.label, *e.aliases])) if e else set()
        # what is asked of the thing ("cost per hour") its clause must say, not only its name
        asked = [w for w in words if stem(w) not in named]
        weight = sum(engine.weight(w) for w in asked)
        found += [
            (cover, True, rank, fig, u, a)
            for cover, rank, fig, clause in _figures(
                engine,
                words,
                total,
                ev,
                counted=counted,
                most=most,
                measure=measure,
                qualifier=qualifier,
            )
            # (or the figure is the measure's own value: "the SAFETY_FACTOR is 0.5")
            if (
                not weight
                or rank[0]
                or _share(engine, asked, weight, stems(_split_identifiers(clause))) >= 0.5
            )
            and cover >= FIGURE_COVER * (1 - answer.confidence)  # a doubtful one must say more
            and not (defaulted and not _said_as_default(ev["text"], clause))
        ]
    # a figure of a thing the question names, over one of a thing beside it ("a Quill data
    # pipe's longest retention" in Quill Data Pipes' section, not in Quill Video Pipes')
    named = [v.entities[i] for i in s.linked if i in v.entities]

    def said_in(u: str) -> int:
        """How many of the things the question names the passage (or its section) names."""
        x = v.units.get(u)
        if x is None:
            return 0
        said = f"{x.section} {x.text}".lower()
        return sum(
            e.iri in x.mentions
            or any(
                re.search(rf"(?<!\w){re.escape(n.lower())}(?!\w)", said)
                for n in (e.label, *e.aliases)
            )
            for e in named
        )

    for u in sorted(s.unit_score, key=lambda u: -s.unit_score[u])[:FIGURE_PASSAGES]:
        x = v.units.get(u)
        if x is not None and not _of_a_rival(engine, s, x):
            ev = {"text": x.text, "section": x.section}
            found += [
                (cover, False, rank, fig, u, None)
                for cover, rank, fig, clause in _figures(
                    engine,
                    words,
                    total,
                    ev,
                    opening=True,
                    counted=counted,
                    most=most,
                    measure=measure,
                    qualifier=qualifier,
                )
                # (or a count of the things asked, "1,000 records/s" for "how many records")
                if cover >= (TYPED_FIGURE_COVER if _counts_by_name(fig, counted, clause) else least)
                and not (defaulted and not _said_as_default(x.text, clause))
            ]
    if not found:
        return (
            _declined(engine, s.q, "they give no figure for it", s.unit_score) if answer else None
        )

    def names_said(t: tuple) -> int:
        return said_in(t[4]) if t[4] else 0

    # (the measure's own value, "a safety factor of 0.5", before one the answer's evidence
    # holds)
    cover, _own, _rank, figure, u, a = max(
        found, key=lambda t: (names_said(t), t[0], t[2][0], t[1], t[2])
    )
    ev = _evidence(engine, [u], s.unit_score, limit=1) if u else a["evidence"][:1]
    of = a["label"] if a else v.units[u].section
    figure = _bare_count(figure, counted)
    summary = f"{figure} ({of}: {ev[0]['text']})"
    item = {
        "label": figure,
        "iri": a["iri"] if a else "",
        "type": f"Figure for {a['label']}" if a else "Figure",
        "score": round(cover, 4),
        "evidence": ev,
    }
    if answer and a is not None:
        answer.summary, answer.kind, answer.answers = summary, "single", [item]
        return answer
    confidence = answer.confidence if answer else min(1.0, cover * s.unit_score.get(u, 0.0))
    return Answer(s.q.text, True, summary, "single", round(confidence, 3), unit_sparql(u), [item])


_TIME = re.compile(r"(?:ms|(?:second|minute|hour|day|week|month|year)s?)$")
# so much per a time: "1 MB/s", "1,000 records/s", "5 requests per second"
_PER_TIME = re.compile(r"/(?:s|sec|min|h|hr)\b|\bper (?:second|minute|hour)\b")


def _counts(figure: str, counted: str) -> bool:
    """Whether a figure can answer "how many <counted>": a bare number, or a number of those
    ("365 days" for "how many days"), not a measure of something else ("1 MB/s"); for "how
    long" (``counted`` is "long"), a time."""
    money = re.search(r"[$€£]|\b(?:usd|eur|dollars?|cents?|euros?)\b", figure, re.I)
    if counted == "money":
        return bool(money)
    if counted == "share":
        return bool(money) or figure.rstrip().endswith(("%", "percent"))
    unit = re.sub(r"^[^A-Za-z%]*", "", figure).split()
    if len(unit) > 1 and _FIGURE.fullmatch(figure) and not figure[:1].isdigit():
        unit = unit[1:]  # "one hour": its number in words
    if counted == "rate":
        return bool(_PER_TIME.search(figure))
    if counted == "long":
        return bool(unit) and bool(_TIME.match(unit[0].lower()))
    if counted == "big":
        return bool(unit) and bool(re.match(r"[KMGTP]i?B$", unit[0].split("/")[0]))
    return not unit or stem(unit[0].split("/")[0].lower()) == stem(counted)


def _counted_noun(words: str | None) -> str:
    """What "how many" or "the number of" counts, of the (up to three) words after it: the
    first plural noun ("how many distinct speakers": speakers), else the first word."""
    said = [w for w in (words or "").split() if w not in FUNCTION_WORDS]
    return next(
        (w for w in said if len(w) > 3 and w.endswith("s") and not w.endswith("ss")), ""
    ) or (said[0] if said else "")


def _counts_by_name(figure: str, counted: str, clause: str = "") -> bool:
    """Whether a figure names the things "how many" asks for as its unit ("1,000 records/s"
    for "how many records"), not a bare number; or its ``clause`` does, a word on ("30
    distinct speakers" for "how many speakers")."""
    unit = re.sub(r"^[^A-Za-z%]*", "", figure).split()
    if not counted or counted in ("long", "big", "money", "share", "rate"):
        return False
    if unit:
        return stem(unit[0].split("/")[0].lower()) == stem(counted)
    # (the noun right after it, or after one plain adjective: not "1:N faces", nor "1,000
    # per-customer models", an example's count)
    at = clause.find(figure)
    after = re.match(r"\s+(?:([a-z]{3,})\s+)?([A-Za-z]\w*)\b", clause[at + len(figure) :])
    return at >= 0 and bool(after) and stem(after[2].lower()) == stem(counted)


def _bare_count(figure: str, counted: str) -> str:
    """A count answers "how many <counted>" as its number: "15" of "15 containers" (the
    question says what is counted); any other figure as it is written."""
    unit = re.sub(r"^[^A-Za-z%]*", "", figure).split()
    if len(unit) == 1 and counted and _counts_by_name(figure, counted) and "/" not in unit[0]:
        return figure[: len(figure) - len(unit[0])].strip()
    return figure


def _size(figure: re.Match[str]) -> float:
    """How much a figure says, in its dimension's base unit where it has one."""
    said = amounts(figure.group())
    if said:
        return said[-1][1]
    number = re.search(r"\d[\d,]*(?:\.\d+)?", figure.group())
    return float(number.group().replace(",", "")) if number else 0.0


# "the maximum request payload for ...", "Quill's default fern_size?": the words of what is
# measured, after the word for a bound or default, up to a preposition, a verb or the end
# (not after "at most" or "by default", adverbs that measure nothing)
_MEASURE = re.compile(
    r"\b(?:max(?:imum)?|min(?:imum)?|(?<!\bby )default|largest|smallest|biggest|longest|shortest|"
    r"highest|lowest|(?<!\bat )most|(?<!\bat )least)\s+((?:[\w.-]+\s+){0,3}?[\w.-]+?)"
    r"(?=\s+(?:for|of|on|in|to|at|that|which|i|you|we|one|can|could|may|a|an|the|per|when|if|"
    r"is|are|was|does|do|[a-z]+ed)\b|\s*[?,;:.]|$)"
)
# words for an amount or a dimension as such, not for what it measures ("the maximum number
# of jobs", "the longest retention period")
_AMOUNT_WORDS = frozenset(
    "number count amount value limit quantity total size length period duration time".split()
)


def _measure_words(question: str) -> list[str]:
    m = _MEASURE.search(question.lower())
    return [
        w
        for w in re.findall(r"[\w.-]+", m.group(1) if m else "")
        if w not in FUNCTION_WORDS and w not in _AMOUNT_WORDS
    ]


# a question after the greatest amount: "the most memory", "the maximum size", "up to how much"
_UPPER_BOUND = re.compile(r"\b(?:most|max|maximum|largest|biggest|longest|highest|up to)\b")


def _figures(
    engine,
    words: list[str],
    total: float,
    ev: dict,
    opening: bool = False,
    counted: str = "",
    most: bool = False,
    measure: list[str] | tuple[str, ...] = (),
    qualifier: list[str] | tuple[str, ...] = (),
) -> list[tuple[float, tuple[bool, float], str, str]]:
    """(share of the question's weight the clause's sentence or row and its section say, what
    ranks it among clauses that say as much, its first figure, the clause) for each clause
    of an evidence text with a figure; with the ``opening`` clause
    too (a table row's subject, "Option: X | ...") for a passage no reading chose. For "how
    many <counted>", only figures that count those."""
    out = []
    records = _figure_records(ev["text"])
    for clause, record, before in records:
        figures = [
            f for f in _FIGURE.finditer(clause) if not counted or _counts(f.group(), counted)
        ]
        # "the most memory ...?" to "from 1 GB up to 6 GB": the greatest it gives
        figure = max(figures, key=_size) if most and figures else next(iter(figures), None)
        # the figure right after the measure's last mention: "target = MAX × SAFETY FACTOR
        # × 60, with a safety factor of 0.5" gives the safety factor 0.5
        last = (
            [
                m.end()
                # (a word of an identifier too: "SAFETY_FACTOR")
                for m in re.finditer(
                    rf"(?<![^\W_]){re.escape(measure[-1])}(?![^\W_])", clause, re.I
                )
            ]
            if measure
            else []
        )
        if last and not most:
            figure = next((f for f in figures if f.start() >= last[-1]), figure)
        if figure:
            head = f"{ev.get('section', '')} {records[0][0] if opening else ''}"
            said = stems(f"{head} {clause}")
            said |= _abbreviated(words, said)
            said |= {stem(w) for w in rate_words(clause) | unit_words(clause)}
            around = stems(f"{head} {record} {clause}")
            around |= _abbreviated(words, around) | said
            # (said before the figure, or with it: not after it, of another figure)
            said_before = stems(_split_identifiers(f"{head} {before}"))
            if (
                measure
                and stems(measure[-1].replace("-", " ")) - said_before
                # (or what qualifies it, when that is said: "an NDCG below 0.90" to "below
                # what NDCG score ...?")
                and not (qualifier and stems(" ".join(qualifier)) <= said_before)
            ):
                continue  # "200 per endpoint" where the maximum payload is asked
            # ranked by what the sentence (or row) says, then by whether the figure is the
            # measure's own value ("a safety factor of 0.5"), then by what the clause says,
            # or for "the most ...?" by how much the figure is
            direct = (
                bool(last)
                and not most
                and bool(
                    re.fullmatch(r"\s*(?:of|is|=|:|at|to)?\s*", clause[last[-1] : figure.start()])
                )
            )
            rank = (direct, _size(figure) if most else _share(engine, words, total, said))
            out.append((_share(engine, words, total, around), rank, figure.group().strip(), clause))
    return out


def _abbreviated(words: list[str], said: frozenset[str]) -> set[str]:
    """The stems of question words a clause writes cut short ("Max payload" for "maximum")."""
    return {
        stem(w)
        for w in words
        if stem(w) not in said
        and any(len(t) >= 3 and len(w) >= len(t) + 3 and w.lower().startswith(t) for t in said)
    }


def _share(engine, words: list[str], total: float, said: frozenset[str]) -> float:
    return sum(engine.weight(w) for w in words if stem(w) in said) / (total or 1.0)


def _spelled_out(engine, word: str, question: str) -> bool:
    """Whether an acronym the documents never write is the initials of words they do, words
    the question also uses ("Widget Hub NRS jobs" where they say "nightly row sync")."""
    if not (word.isupper() and 2 <= len(word) <= 6 and word.isalpha()):
        return False
    asked = {w[:4] for w in keyword_tokens(question) if len(w) >= 3}
    want = word.lower()
    for unit in engine.view.units.values():
        words = [
            w for w in re.findall(r"[A-Za-z][\w-]*", unit.text) if w.lower() not in FUNCTION_WORDS
        ]
        initials = "".join(w[0].lower() for w in words)
        at = initials.find(want)
        while at >= 0:
            if {w.lower()[:4] for w in words[at : at + len(want)] if len(w) >= 3} & asked:
                return True
            at = initials.find(want, at + 1)
    return False


def _of_owner(engine, subject: str) -> str | None:
    """The thing a subject names after the name of what it belongs to ("Gromble sync job":
    the sync job, where the documents name "Gromble", a thing of a class, and a "Sync job" of
    their own; "common loss functions" is no "common" thing's)."""
    words = subject.split()
    v = engine.view
    for k in range(1, min(3, len(words) - 1) + 1):
        owner = engine.names.entity(" ".join(words[:k]))
        if owner is None or owner not in v.entities or v.entities[owner].type == "Concept":
            continue
        if (x := engine.names.entity(" ".join(words[k:]))) is not None:
            return x if x != owner else None
    return None


def _named_with_its_kind(engine, subject: str) -> str | None:
    """The thing a subject names and then calls by its kind ("Zorbex tuning strategy", where
    the documents call Zorbex a strategy): the name, not a thing the words after it name."""
    words = subject.split()
    for k in range(1, len(words)):
        x = engine.names.entity(" ".join(words[:k]))
        if x is None or x not in engine.view.entities:
            continue
        e = engine.view.entities[x]
        called = {singular(c.split()[-1].lower()) for c in [*e.kinds, e.type_label] if c}
        if singular(words[-1].lower()) in called:
            return x
    return None


def _named_twice(engine, subject: str) -> str | None:
    """The thing a subject names in full and then by its short name ("Gromble Pipe GP",
    written "Gromble Pipe (GP)"): both halves name it."""
    words = subject.split()
    for k in (1, 2):
        if len(words) > k:
            whole = engine.names.entity(" ".join(words[:-k]))
            if whole is not None and engine.names.entity(" ".join(words[-k:])) == whole:
                return whole
    return None


def _answer(engine, s: Context) -> Answer:
    q, linked, unit_score = s.q, s.linked, s.unit_score
    v = engine.view
    asking = set(q.ask_words or q.words)
    unknown = [
        n
        for n in s.unknown
        if asking & (set(keyword_tokens(n)) - _VENDORS)  # a vendor's name says no more
    ]
    if unknown and not _outside(engine, linked, unknown):
        # asks about a service the documents never name, and nothing else they do (one
        # named in the scenario before the question only sets the scene)
        return _declined(engine, q, f"the documents never name {unknown[0]}", unit_score)
    entities = [i for i in linked if i in v.entities]
    if (renamed := _renamed(engine, s)) is not None:
        return renamed
    if q.form == "definition":
        return _definition(engine, q, q.defines, unit_score)
    if q.form == "compare":
        linked = {**linked, **engine.names.coordinated(q.query, linked)}
        entities = [i for i in linked if i in v.entities]
        named = [e for e in entities if linked[e] >= 1.0]  # names, not everyday words
        compared = [
            e for e in (named if len(named) >= 2 else entities) if v.entities[e].type != "Category"
        ]
        paired = _coordinated(engine, q.query, compared)
        if len(paired) >= 2:  # "A vs B for Widget Hub": A and B, not Widget Hub
            compared = paired
        elif (terms := _compared_terms(engine, q, unit_score)) is not None and not all(
            any(
                n.lower().startswith(a["label"].lower())
                for e in compared
                for n in _names(engine, e)
            )
            for a in terms.answers
        ):
            # "how a Quick run and a Full run in Gromble differ": two terms the
            # passages say, set side by side, though only Gromble is a node (unless both
            # are names, or the starts of names, of things the question names)
            return terms
        if len(compared) >= 2:
            return _compare(engine, q, compared, unit_score)
        if len(compared) < 2 and s.readings:
            # "How do the two Gromble loaders compare?": the things compared are a list asked for
            readings = _of_the_asked_type(engine, s, s.readings)
            listed = [x for x in readings[0].answers if x not in linked and x in v.entities]
            if (
                2 <= len(listed) <= (q.count or 5)
                and _names_the_list(engine, q, readings[0])
                and list_confidence(engine, s, readings) >= engine.weights.decline
            ):
                side_by_side = _compare(engine, q, sorted(listed, key=v.label), unit_score)
                if side_by_side.table:  # things the documents set side by side on something
                    return side_by_side
        if len(named) == 1 and len(compared) == 1 and _defines_first(engine, q, compared[0]):
            # "what is Gromble and how is it different from just copying rows?": one thing
            # named, set against a practice in words; what the documents say of it answers
            return _definition(engine, q, compared[0], unit_score)
        return _declined(engine, q, "the documents do not name both things compared", unit_score)
    if q.form in ("single", "list", "open") and (card := card_answer(engine, s)) is not None:
        return _from_card(engine, s, card)
    about = _about_whom(engine, q, linked)
    if about is not None:
        related = [
            r
            for r in s.readings
            if r.anchor == about and r.kind in ("out", "in") and _asks_for(q, r.predicate)
        ]
        if not related and s.readings:
            # the question's verb is none of the relation's words ("What does X keep an eye
            # on?"), yet X's own list is by far its likeliest reading
            top = s.readings[0]
            if (
                # X's own list, or the members of a kind named for X ("X watch types")
                (
                    (top.anchor == about and top.kind in ("out", "in"))
                    or (top.kind == "members" and engine.kind_owner.get(top.anchor) == about)
                )
                and len(top.answers) > 1
                and top.probability >= OWN_LIST
            ):
                related = [top]
        if related:
            q.form = "single" if len(related[0].answers) == 1 else "list"
            return _list(engine, s, related)
        if not _asks_for_related(q):
            return _describe(engine, q, about, unit_score)
        # "What's the streaming alternative to Gromble?": a thing related to it is asked for,
        # which no reading of the graph gives: the things the passages name answer it
    if q.form == "open" and s.readings:
        best = s.readings[0]
        sure = list_confidence(engine, s, s.readings)
        confident = sure >= engine.weights.decline
        q.form = "list" if len(best.answers) > 1 and confident else "single"
        scene = q.text[: scene_end(q.text)].strip()
        if (
            q.form == "list"
            and (scene[-1:] in (".", "!") or _ASKS_WHAT_TO_USE.search(q.text))
            and (scored := ranked_candidates(engine, s))
        ):
            # "We host a model per tenant. What should we use?", "What should I use to
            # compile a model for a device?", "What do you call ...?": asked what to use or
            # what a thing is called, one thing or several alike: one, when one thing
            # answers it more surely than the best list does
            if single_confidence(engine, s, scored) > sure:
                q.form = "single"
    if q.form == "list" and s.readings:
        return _list(engine, s, s.readings)
    return _single(engine, s)


# "what should I use", "which would you pick", "what do you call": asks for the one thing
_ASKS_WHAT_TO_USE = re.compile(
    r"\b(?:should|could|can|do|would)\s+(?:i|we|you)\s+(?:use|pick|choose|call)\b", re.I
)


RENAMED = 0.9  # see _renamed: set by hand, not fitted (the documents say it in so many words)


def _renamed(engine, s: Context) -> Answer | None:
    """ "What is Zorb Hose called now?": the name the documents say a thing the
    question names was renamed to (its ``currentName``), when the question says a renaming in
    the ontology's words ("called now", "new name", "renamed")."""
    low = s.q.text.lower()
    if s.q.form in ("yesno", "compare") or not any(
        re.search(rf"(?<![\w-]){re.escape(p)}(?![\w-])", low) for p in rename_phrases()
    ):
        return None
    v = engine.view
    for x, sure in sorted(s.linked.items(), key=lambda t: (-t[1], t[0])):
        facts = [f for f in engine.graph.subject_facts.get(x, []) if f.predicate == "currentName"]
        if sure < 1.0 or x not in v.entities or not facts:
            continue
        new = facts[0].obj
        if new.lower() in low:
            continue  # the question names the new name itself
        ev = _evidence(engine, {f.unit for f in facts if f.obj == new}, s.unit_score)
        item = {"label": new, "iri": x, "type": v.entities[x].type_label, "score": RENAMED}
        return Answer(
            s.q.text,
            True,
            f"{new} (the name {v.label(x)} goes by now: {ev[0]['text']})" if ev else new,
            "single",
            RENAMED,
            current_name_sparql(x),
            [{**item, "evidence": ev}],
            [x],
            basis="stated",
        )
    return None


def _from_card(engine, s: Context, card: CardAnswer) -> Answer:
    """A flashcard of the notes asks the same: its answer's things, the card as evidence."""
    v = engine.view
    ev = _evidence(engine, [card.unit], s.unit_score, limit=1)
    names = ", ".join(v.label(x) for x in card.things)

    def said(x: str) -> list[dict]:  # the card, and the line under it that names the thing
        u = card.said_in.get(x, card.unit)
        return ev if u == card.unit else ev + _evidence(engine, [u], s.unit_score, limit=1)

    return Answer(
        s.q.text,
        True,
        f"{names}: {ev[0]['text']}",
        "list" if len(card.things) > 1 else "single",
        round(card.similarity, 3),
        card.sparql,
        _items(engine, [(x, card.similarity, said(x)) for x in card.things]),
        [x for x, c in s.linked.items() if c >= 1.0 and x in v.entities],
        basis="card",
    )


def confidence_features(s: Context, best: float, second: float, f: dict[str, float]) -> dict:
    """What tells a right answer from a wrong one, whatever its kind: how sure the best
    reading (or candidate) is, by how much it beats the next, and how much of the question
    the documents never mention at all."""
    q = s.q
    return {
        "best": best,
        "best_logit": math.log(max(best, 1e-6) / max(1 - best, 1e-6)),
        "margin": best - second,
        # a scenario before the question is not what the answer must cover
        "coverage": max(
            f.get("anchor_coverage", f.get("coverage", 0.0)),
            f.get("ask_coverage", f.get("coverage", 0.0)),
            f.get("unit_coverage", 0.0),
        ),
        "support": f.get("support", f.get("passage", 0.0)),
        "type_fit": f.get("type_fit", 0.0),
        "linked": f.get("linked", f.get("reading", 0.0)),
        "length": math.log1p(len(q.words)),
        "unseen": s.unseen,
        "top_word": f.get("top_word", 0.0),  # the question's most telling word is in its evidence
    }


def list_confidence(engine, s: Context, readings: list[Reading]) -> float:
    best = readings[0]
    # the runner-up that says something else: the same list narrowed ("... that are
    # *unsupervised*") or widened agrees with the best, it does not compete with it
    second = next(
        (
            r.probability
            for r in readings[1:]
            if (r.anchor, r.predicate, r.kind) != (best.anchor, best.predicate, best.kind)
            # a kind and a relation giving the very same things say nothing else either
            and r.answers.keys() != best.answers.keys()
        ),
        0.0,
    )
    x = confidence_features(s, best.probability, second, best.features)
    return engine.weights.list_confidence.probability(x)


SOFT_TYPE = 0.2  # see _of_the_asked_type
OWN_LIST = 0.5  # see _answer: set by hand, not fitted


def _of_the_asked_type(engine, s: Context, readings: list[Reading]) -> list[Reading]:
    """For a question that asks for a class ("which algorithms"), the readings whose answers
    include things of that class, in their order; failing those, the ones whose answers may
    be of it (things the documents give no class); failing those, all (to be declined)."""
    if not s.q.types:
        return readings

    def some(r: Reading, ok) -> bool:
        return any(x not in s.linked and ok(x) for x in r.answers)

    typed = [r for r in readings if some(r, lambda x: type_ok(engine, x, s.q.types))]
    may = [r for r in readings if some(r, lambda x: _may_answer(engine, x, s.q))]
    # a reading of things the documents give no class wins when it is far the likelier
    # ("E.g. tree ensembles:" over bagging, boosting: examples, not typed)
    if typed and (not may or typed[0].probability >= SOFT_TYPE * may[0].probability):
        return typed
    return may or readings


def _asked_kind_first(engine, s: Context, readings: list[Reading]) -> list[Reading]:
    """ "which review states ...?" where a list reads "Review state: Open, Closed" and the
    likeliest reading gave nothing to answer with: the readings of that kind's members (or
    some of them) first; empty when there are none."""
    of_kind = _of_asked_kind(engine, s)
    first = [
        r
        for r in readings
        if any(x in of_kind for x in r.answers)
        and all(x in of_kind or x in s.linked for x in r.answers)
    ]
    return [*first, *(r for r in readings if r not in first)] if first else []


def _of_asked_kind(engine, s: Context, outright: bool = True) -> frozenset[str]:
    """The members of the kinds the question's asked phrase names: "which *review states*"
    and the kind "Review state". ``outright``: named in full, head noun and all, and linked
    as such; otherwise any kind linked at least in part whose words the phrase says ("which
    Quill *call* ...?"). Empty when it names none."""
    asked = s.q.asked.split()
    if not asked:
        return frozenset()
    words, head = stems(s.q.asked), stem(asked[-1].lower())
    return frozenset(
        x
        for r in s.readings
        if r.kind == "members"
        and s.linked.get(r.anchor, 0.0) >= (1.0 if outright else 0.5)
        and (label := engine.view.label(r.anchor).split())
        and stems(" ".join(label)) <= words
        and (not outright or stem(label[-1].lower()) == head)
        for x in r.answers
    )


def _past_the_named(readings: list[Reading], linked: dict[str, float]) -> list[Reading]:
    """ "What noise models can I pick with Gromble's fern setting?": when the likeliest
    reading goes from one thing the question names to another it names (Gromble's settings,
    fern among them), the question asks of that other thing: what it has, if one of the
    likely readings, comes first (not what has it: "the things that have fern")."""
    if not readings:
        return readings
    top = readings[0]
    if linked.get(top.anchor, 0.0) < 1.0:
        return readings
    named = {x for x, c in linked.items() if c >= 0.5 and x in top.answers}
    own = next((r for r in readings[1:6] if r.anchor in named and r.kind == "out"), None)
    return readings if own is None else [own, *(r for r in readings if r is not own)]


def _list(engine, s: Context, readings: list[Reading], kind_first: bool = False) -> Answer:
    q, linked, unit_score, w = s.q, s.linked, s.unit_score, engine.weights
    v = engine.view
    if not kind_first:
        readings = _of_the_asked_type(engine, s, readings)
        readings = _past_the_named(readings, linked)
    # "which X have a minimum of exactly 90 days?": the list narrowed to the figure the
    # question says stands for the list it narrows
    figured = [
        r for r in readings[1:4] if r.base is readings[0] and any(c.isdigit() for c in r.condition)
    ]
    if figured:
        readings = [figured[0], readings[0], *[r for r in readings[1:] if r is not figured[0]]]
    best = readings[0]
    confidence = list_confidence(engine, s, readings)
    if confidence < w.decline:
        return _declined(engine, q, f"confidence {confidence:.0%}", unit_score)
    chosen = [best] + [
        r
        for r in readings[1:6]
        if r.probability >= w.join * best.probability
        and r.features["type_fit"] >= best.features["type_fit"]
        and r.kind != "label"
        and r.anchor != best.anchor
        and stems(_name(engine, r.anchor)) != stems(_name(engine, best.anchor))
        and r.anchor not in best.answers
        and best.anchor not in r.answers
    ]
    # "the three loaders": of the likeliest readings, the first that gives as many
    exact = [
        r
        for r in readings[:6]
        if q.count
        and r.probability >= w.join * best.probability
        and sum(x not in linked for x in r.answers) == q.count
    ]
    if exact:
        best, chosen = exact[0], exact[:1]
    answers: dict[str, set[str]] = defaultdict(set)
    for r in chosen:
        for x, units in r.answers.items():
            answers[x] |= units
    # (what the question names, not what its words only partly match: "Gromble Row
    # Streams" is no naming of "Gromble Row Hose", which may answer it)
    exclude = {x for x, c in linked.items() if c >= 1.0 and x in answers and best.kind != "label"}
    exclude |= {r.anchor for r in chosen if r.anchor in answers}
    units = engine.view.units
    keep = [
        x
        for x in answers
        if x not in exclude
        and _may_answer(engine, x, q, {units[u].document for u in answers[x] if u in units})
    ]
    keep, valued = _with_asked_value(engine, q, keep)
    dropped = set(answers) - set(keep) - exclude
    if not keep or (
        # what is left when most answers were of another class, none of the asked one, is
        # the reading's odd ones out ("which strategies" over a list of algorithms)
        q.types and len(dropped) >= len(keep) and not any(type_ok(engine, x, q.types) for x in keep)
    ):
        if not kind_first and (first := _asked_kind_first(engine, s, readings)):
            return _list(engine, s, first, kind_first=True)
        return _declined(engine, q, "no answer of the asked-for type", unit_score)
    scored = sorted(
        ((x, max((unit_score.get(u, 0) for u in answers[x]), default=0)) for x in keep),
        key=lambda t: (-t[1], v.label(t[0])),
    )
    sparql = readings_sparql(
        chosen,
        {v.entities[x].type for x in keep} if dropped and not valued else set(),
        exclude,
        valued,
    )
    names = ", ".join(v.label(x) for x, _ in scored)
    anchor = (
        f"{best.anchor}: {best.predicate}"
        if best.kind == "marked"
        else f'"{best.anchor}"'
        if best.kind in ("label", "value")
        else classes()[best.anchor].label
        if best.kind == "class"
        else v.label(best.anchor)
    )
    many = len(scored) != 1
    summary = f"{len(scored)} answer{'s' if many else ''} ({anchor}): {names}."
    named = [x for x, c in linked.items() if c >= 1.0 and (x in v.entities or x in v.kinds)]
    concepts = list(
        dict.fromkeys(
            [r.anchor for r in chosen if r.kind not in ("label", "class", "marked")] + named
        )
    )
    return Answer(
        q.text,
        True,
        summary,
        "list" if many else "single",
        round(confidence, 3),
        sparql,
        _items(engine, [(x, sc, _evidence(engine, answers[x], unit_score)) for x, sc in scored]),
        concepts,
    )


def _with_asked_value(engine, q: Question, xs: list[str]) -> tuple[list[str], set[str]]:
    """ "Which of the distributions are discrete?": of the answers, those the documents give
    the short value the question names, when others of them have another value instead (and
    the values that kept them; none when all are kept)."""
    asked = {stem(w) for w in words_of(q.text.lower())}
    g = engine.graph
    values = {
        x: {
            f.obj
            for f in g.subject_facts.get(x, [])
            if f.predicate == "hasProperty" and not f.obj_is_entity and len(f.obj.split()) <= 3
        }
        for x in xs
    }
    named = {val for vs in values.values() for val in vs if stems(val) and stems(val) <= asked}
    holding = [x for x in xs if values[x] & named]
    others = [x for x in xs if values[x] and not values[x] & named]
    return (holding, named) if holding and others else (xs, set())


def _may_answer(
    engine,
    x: str,
    q: Question,
    documents: set[str] | None = None,
    of_asked_kind: frozenset[str] = frozenset(),
) -> bool:
    """An answer of another asked-for class is never given ("which algorithm" gets no service);
    a thing the documents give no class (a Concept) may answer anything, unless it is a topic
    that holds several things ("Deployment options" over its items): its members answer. With
    the ``documents`` its evidence is in, only a topic there steps aside (a heading of one
    author's notes is a plain term in another's); a thing ``of_asked_kind`` (a member of a kind
    the question names: "which Quill call ...?") is one answer, whatever parts it has."""
    e = engine.view.entities.get(x)
    if e is None:
        return False
    if (
        (e.type == "Concept" or _common_plural(e.label))
        and x not in of_asked_kind
        and _is_topic(engine, x, documents)
    ):
        return False  # "Deployment options", "AI services": their members answer
    if _class_named(e.label):
        return False  # "Row format" over "Zorb Lines or Quill Columns": a label, its values answer
    return type_ok(engine, x, q.types) or e.type == "Concept"


def _class_named(label: str) -> bool:
    """ "Row format", "Custom metric": an everyday word before a class's own name in lower
    case, which says what kind of thing follows, not which one ("Quill Learner", in Title
    Case, names one)."""
    from ingest.lexicon import is_everyday

    words = label.split()
    return (
        len(words) == 2
        and words[1].islower()
        and words[1] in _class_words()
        and words[0].lower() not in _class_words()
        and is_everyday(words[0])
    )


def _common_plural(label: str) -> bool:
    """ "AI services", "AI Services" (the plural of a class's name), not a product name
    ("Amazon Kinesis Video Streams")."""
    if not is_plural_noun_phrase(label):
        return False
    last = label.split()[-1]
    return last.islower() or singular(last.lower()) in _class_words()


@lru_cache(maxsize=1)
def _class_words() -> frozenset[str]:
    """The one-word names of the ontology's classes ("service", "algorithm", "metric")."""
    return frozenset(n.lower() for t in classes().values() for n in t.names if " " not in n)


def _is_topic(engine, x: str, documents: set[str] | None = None) -> bool:
    units = engine.view.units
    return (
        sum(
            f.predicate == "partOf"
            and (documents is None or (f.unit in units and units[f.unit].document in documents))
            for f in engine.graph.in_facts.get(x, ())
        )
        >= 3
    )


def candidates(engine, s: Context) -> dict[str, tuple[dict[str, float], set[str]]]:
    """Things that may be the one answer: entities in the best passages and in the answers of
    the best readings, each with its features (``scoring.CANDIDATE_FEATURES``) and units."""
    q, linked, unit_score = s.q, s.linked, s.unit_score
    v = engine.view
    g = engine.graph
    among = [x for x in linked if x in v.entities and linked[x] >= 1.0]
    kinds = [v.entities[x].type for x in among]
    # "Which of A, B and C ...?": two or more named things of one kind are the choices
    choosing = re.search(r"\b(which|what)( one)? of\b|\bamong\b|\bbetween\b", q.text.lower())
    # the choices are the names listed together ("Which of A, B and C ships with D?")
    said = [x for x in linked if x in v.entities and linked[x] >= 0.5]
    listed = _coordinated(engine, q.query, said) if choosing else []
    among = listed if len(listed) >= 2 else among
    kinds = [v.entities[x].type for x in among]
    restrict = (
        set(among)
        if choosing
        and len(among) >= 2
        and max(kinds.count(k) for k in kinds) >= 2
        and all(type_ok(engine, x, q.types) for x in among)
        else None
    )
    found: dict[str, dict] = {}
    peers = s.peers

    def note(x: str, u: str | None, score: float, role: str) -> None:
        if x not in v.entities or (restrict is not None and x not in restrict) or x in peers:
            return
        if restrict is None and x in linked:
            return  # what the question names is rarely what it asks for
        c = found.setdefault(x, {"passage": 0.0, "units": set(), "votes": 0, "roles": set()})
        c["passage"] = max(c["passage"], score)
        if u:
            c["units"].add(u)
            c["votes"] += 1
        c["roles"].add(role)

    context: dict[str, str] = {}  # a line read for the retrieved line right above it
    for u, sc in sorted(unit_score.items(), key=lambda t: -t[1])[:15]:
        for f in g.unit_facts.get(u, []):
            if f.predicate != "kind":
                note(f.subject, u, sc, "subject")
                if f.obj_is_entity:
                    note(f.obj, u, sc, "object")
        for m in v.units[u].mentions if u in v.units else []:
            note(m, u, sc, "mention")
        # a line that names nothing but what the question names sets out its scenario (a
        # missed exam question's, then "correct: **X**"): the lines right after it in its
        # section answer it, passed on a little less surely
        named = {f.subject for f in g.unit_facts.get(u, []) if f.predicate != "kind"}
        named |= set(v.units[u].mentions) if u in v.units else set()
        if named - set(linked):
            continue
        for n in _next_lines(engine, u):
            if unit_score.get(n, 0.0) < SECTION * sc:
                context.setdefault(n, u)
                for m in v.units[n].mentions:
                    note(m, n, SECTION * sc, "mention")
    reading_of: dict[str, float] = defaultdict(float)
    for r in s.readings[:5]:
        for x, units in r.answers.items():
            reading_of[x] = max(reading_of[x], r.probability)
            if x not in found:
                note(x, None, 0.0, "reading")
                if x in found:
                    found[x]["units"] |= units
    out = {}
    clauses: dict[str, dict[str, str]] = {}  # per text, worked out once
    top = stem(max(q.words, key=engine.weight)) if q.words else ""  # the most telling word
    for x, c in found.items():
        units = c["units"]
        best = best_unit_of(units, unit_score)
        text = (
            (
                _said_of(engine, x, best, clauses.setdefault(best, _clauses(engine, best)))
                + " "
                + v.units[best].section
                if best in v.units
                else ""
            )
            + " "
            + v.label(x)
            + _kinds_said(engine, x)
        )
        coverage = coverage_of(engine, q, stems(text))
        for n in sorted(units & context.keys()):  # with the line it answers
            told = f"{v.units[context[n]].text} {v.units[n].text} {text}"
            coverage = max(coverage, coverage_of(engine, q, stems(told)))
        # how much of the question its whole best passage says, for the confidence, which
        # was fitted on that (the ranking reads only the candidate's own sentences)
        whole = (
            coverage_of(engine, q, stems(f"{v.units[best].text} {text}"))
            if best in v.units and not clauses[best]
            else coverage
        )
        out[x] = (
            {
                "unit_coverage": max(coverage, whole),
                "passage": c["passage"],
                "coverage": coverage,
                "type_fit": type_fit(engine, x, q.types) if q.types else 0.0,
                "typed": float(bool(q.types)),
                "subject": float("subject" in c["roles"]),
                "object": float("object" in c["roles"]),
                "votes_log": math.log1p(c["votes"]),
                "reading": reading_of.get(x, 0.0),
                "name_meaning": engine.phrases.similarity(s.vector, x),
                "top_word": float(top in stems(text)),
            },
            units,
        )
    # each against the best of its question: long questions match less, whatever the answer
    for name, share in (("passage", "passage_share"), ("coverage", "coverage_share")):
        top = max((f[name] for f, _ in out.values()), default=0.0) or 1.0
        for f, _ in out.values():
            f[share] = f[name] / top
    return out


NEXT_LINES = 2  # the lines after a retrieved one that may answer it


def _next_lines(engine, u: str) -> list[str]:
    """The lines right after ``u`` in its document, while they stand in its section; no
    table's rows ("Header: value | Header: value"): rows are peers, not an answer."""
    v, g = engine.view, engine.graph
    unit = v.units.get(u)
    if unit is None or u not in g.place or _a_row(unit.text):
        return []
    following = g.document_units[unit.document][g.place[u] + 1 : g.place[u] + 1 + NEXT_LINES]
    out = []
    for n in following:
        if n not in v.units or v.units[n].section != unit.section or _a_row(v.units[n].text):
            break
        out.append(n)
    return out


def _a_row(text: str) -> bool:
    """Whether a text unit is a table's row (its cells joined by " | ")."""
    return " | " in text


def _clauses(engine, u: str) -> dict[str, str]:
    """The clauses of a text that open with a name, by the thing named, where the text speaks
    of several things in turn ("FernKit indexes logs, and MossLib copies rows"); else none."""
    v = engine.view
    text = v.units[u].text
    clauses = {
        f.subject: f.obj
        for f in engine.graph.unit_facts.get(u, [])
        if f.predicate == "hasProperty"
        and not f.obj_is_entity
        and len(f.obj) < 0.8 * len(text)
        and any(
            f.obj.startswith(n) or f.obj.lower().rstrip(" .").endswith(n.lower())  # "... → X"
            for n in _names(engine, f.subject)
        )
    }
    return clauses if len(clauses) >= 2 else {}


def _own_cells(engine, text: str, x: str | None) -> str:
    """A comparison row as what it says of ``x``: without the cells headed by other things
    ("Aspect: Hardware | Zorb: CPU only | Quill: CPU or GPU" of Zorb: "Aspect: Hardware |
    Zorb: CPU only"), when one cell is headed by ``x``; the text as it is otherwise."""
    cells = text.split(" | ")
    if x is None or len(cells) < 3:
        return text

    def named(head: str) -> set[str]:  # "Quill Model (QM)": by its name or its acronym
        forms = {head, re.sub(r"\s*\([^()]*\)", "", head), *re.findall(r"\(([^()]+)\)", head)}
        return {iri for f in forms if (iri := engine.names.forms.get(f.strip()))}

    heads = [c.split(": ", 1)[0].strip().lower() if ": " in c else "" for c in cells]
    found = [named(h) if h else set() for h in heads]
    others = [bool(f) and x not in f for f in found]
    if not any(x in f for f in found) or not any(others):
        return text
    return " | ".join(c for c, other in zip(cells, others) if not other)


def _names(engine, x: str) -> list[str]:
    e = engine.view.entities.get(x)
    return [e.label, *e.aliases] if e else []


def _said_of(engine, x: str, u: str, clauses: dict[str, str]) -> str:
    """What a text says of one thing: its own clause among ``clauses``, or else the clause
    that names it; the whole text otherwise."""
    if x in clauses:
        return clauses[x]
    names = _names(engine, x)
    naming = [c for c in clauses.values() if any(n in c for n in names)]
    if naming:
        # another thing's clause that names this one too ("Widget Hub - ... Parts: lead
        # node (...), keeper nodes (...). Keeper nodes hold rows."): of it, the sentences that
        # name this one, and of a sentence naming others too, this one's own piece
        return _own_piece(engine, x, u, naming[0], names)
    text = engine.view.units[u].text
    if clauses:  # a text of several things in turn: the sentences that name this one
        return _own_piece(engine, x, u, text, names)
    if _a_row(text):
        return _own_piece_of_row(engine, x, u, names)
    return _own_sentences(engine, x, u, names)


def _own_piece(engine, x: str, u: str, text: str, names: list[str]) -> str:
    """The sentences of ``text`` that name ``x``; of one that lists things of its kind too
    ("Parts: lead node (...), keeper nodes (...)"), only the piece from its name up to the
    next such thing's name (a sentence that names things of other kinds stays whole: "...
    exports rows to Gromble, and Quill trains the model" says what Quill does)."""
    said = [
        t for t in re.split(r"(?<=[.!?])\s+", text) if any(_whole_name(n).search(t) for n in names)
    ]
    if not said:
        return text
    v = engine.view
    kinds = set(v.entities[x].kinds) if x in v.entities else set()
    peers = [
        n
        for m in v.units[u].mentions
        if m != x and m in v.entities and kinds & set(v.entities[m].kinds)
        for n in _names(engine, m)
        if n not in names
    ]
    return " ".join(_piece_from(t, names, peers, _whole_name) for t in said)


def _piece_from(text: str, names: list[str], others: list[str], written=None) -> str:
    """``text`` from the first of ``names`` up to the next of ``others`` after it (as
    ``written`` finds them: in the case they are written, by default), when it names both;
    else all of it."""
    written = written or _written_name
    mine = [m.start() for n in names for m in _whole_name(n).finditer(text)]
    theirs = [m.start() for n in others for m in written(n).finditer(text)]
    if not (mine and theirs):
        return text
    start = min(mine)
    return text[start : min((t for t in theirs if t > start), default=len(text))]


def _own_piece_of_row(engine, x: str, u: str, names: list[str]) -> str:
    """A table row as said of ``x``: its other cells whole, and of a cell that names it among
    other things ("- Zorb (charts) - Quill (visual profiling of spreads)"), only the piece
    from its name up to the next thing's name; of a thing named only inside the text of
    cells, only those pieces."""
    unit = engine.view.units[u]
    cells = unit.text.split(" | ")
    if any(_whole_name(n).search(cells[0]) for n in names):
        return unit.text  # the row's own thing: every cell says something of it
    others = [n for m in unit.mentions if m != x for n in _names(engine, m) if n not in names]
    naming = [c for c in cells if any(_whole_name(n).search(c) for n in names)]
    if naming and not any(_only_named(c, names) for c in naming):
        # named inside a cell said of the row's own thing ("... crawlers and the Gromble
        # Ledger"): only its piece of that cell, not the other cells
        cells = naming
    return " | ".join(_piece_from(cell, names, others) for cell in cells)


def _only_named(cell: str, names: list[str]) -> bool:
    """Whether a table cell ("Best choice: Gromble Hub (managed)") holds nothing but a name."""
    value = re.sub(r"\([^()]*\)", "", cell.split(": ", 1)[-1]).strip(" *.;,")
    return any(value.lower() == n.lower() for n in names)


def _own_sentences(engine, x: str, u: str, names: list[str]) -> str:
    """The sentences of a paragraph that speak of ``x``: from one that names it on, until one
    names another thing of the text ("FernKit keeps rows. It never drops them. MossLib ...");
    the whole text when it is one sentence or never names ``x`` as written."""
    unit = engine.view.units[u]
    sentences = re.split(r"(?<=[.!?])\s+(?=[A-Z(])", unit.text)
    if len(sentences) < 2 or _headed_by(unit.text, names):
        return unit.text  # one sentence, or a passage headed by its name ("X: ... Use it ...")
    others = [n for m in unit.mentions if m != x for n in _names(engine, m) if n not in names]
    said, on = [], False
    for t in sentences:
        if any(_whole_name(n).search(t) for n in names):
            on = True
        elif any(_written_name(n).search(t) for n in others) and not (
            on and _refers_back(t, others)
        ):
            on = False  # as written: a thing named in everyday words ("Text") is no name here
        if on:
            said.append(t)
    return " ".join(said) or unit.text


def _headed_by(text: str, names: list[str]) -> bool:
    """Whether a passage opens with one of ``names`` as its head ("Gromble FS: a fast store
    ...", "Gromble FS — ..."): all of it is said of that thing."""
    opening = text.lstrip(" -*•>")
    return any(
        re.match(rf"{re.escape(n)}(?:\s*\([^()]*\))?\s*(?::|\s[–—-]\s)", opening)
        for n in names
        if len(n) > 2
    )


def _refers_back(sentence: str, others: list[str]) -> bool:
    """Whether a sentence speaks on of the thing before it: "it" or "its" comes before any
    other thing's name ("Use it when jobs re-read data from Quill")."""
    first = min(
        (m.start() for n in others for m in [_written_name(n).search(sentence)] if m),
        default=len(sentence),
    )
    return bool(re.search(r"\b(?:[Ii]t|[Ii]ts)\b", sentence[:first]))


def ranked_candidates(engine, s: Context) -> list[tuple[float, str, set[str], dict]]:
    """(probability, entity, units, features) of every candidate of the asked-for type, best first."""
    of_asked_kind = _of_asked_kind(engine, s, outright=False)  # "which Quill *call* ...?"
    found = [
        (x, f, units)
        for x, (f, units) in candidates(engine, s).items()
        if _may_answer(engine, x, s.q, of_asked_kind=of_asked_kind)
    ]
    probabilities = softmax_scores(engine.weights.candidate, [f for _, f, _ in found])
    return sorted(
        ((p, x, units, f) for p, (x, f, units) in zip(probabilities, found)),
        key=lambda t: (-t[0], engine.view.label(t[1])),
    )


def _defined_there(engine, s: Context, scored):
    """The thing the winner's best passage defines ("Gromble endpoints: host many models
    behind one endpoint; models load from S3 ...") goes first when the winner is only
    mentioned there: a passage is about the thing it defines, not the things its definition
    names (the question names neither, or it would not be a candidate)."""
    if len(scored) < 2:
        return scored
    winner, units = scored[0][1], scored[0][2]
    top = best_unit_of(units, s.unit_score)
    unit = engine.view.units.get(top)
    if unit is None:
        return scored
    opening = unit.text.lstrip(" -*•>").lower()
    facts = engine.graph.unit_facts.get(top, [])
    defined = {
        f.subject
        for f in facts
        if f.predicate == "definition"
        # the passage opens with its name: it is the passage's head, not a thing said in it
        and any(opening.startswith(n.lower()) for n in _names(engine, f.subject) if len(n) > 2)
    }
    said_of: dict[str, str] = {}  # a winner with a clause of its own in the passage stays ...
    for f in facts:
        if (
            f.predicate in ("definition", "hasProperty")
            and not f.obj_is_entity
            and len(f.obj) < 0.8 * len(unit.text)
        ):
            said_of[f.subject] = f"{said_of.get(f.subject, '')} {f.obj}"
    if not defined:
        return scored
    if winner in said_of:
        # ... when that clause says as much of the question as the definition does ("Cold
        # start: the delay on a first request, while Gromble loads the model": the delay
        # asked about is cold start's, not Gromble's)
        definitions = [f.obj for f in facts if f.subject in defined and f.predicate == "definition"]
        covered = max((coverage_of(engine, s.q, stems(t)) for t in definitions), default=0.0)
        if coverage_of(engine, s.q, stems(said_of[winner])) >= covered:
            return scored
    for i, (_, x, xu, f) in enumerate(scored[1:], 1):
        if x in defined and top in xu and f["type_fit"] >= scored[0][3]["type_fit"]:
            return _promoted(scored, i)  # the same passage, about it
    return scored


def _promoted(scored, i: int):
    """``scored`` with its ``i``-th candidate first, as sure as the winner was (the rule that
    promotes it reads the winner's own evidence), and the winner second."""
    (p, winner, w_units, w_f), (q, x, units, f) = scored[0], scored[i]
    return [(p, x, units, f), (q, winner, w_units, w_f), *scored[1:i], *scored[i + 1 :]]


def _typed_first(engine, s: Context, scored):
    """For "which service ...?", a thing of no class that wins ("Data Encryption: use
    FernKit to ...") gives way to a thing of the asked class its own best passage names."""
    if not s.q.types or not scored or scored[0][3]["type_fit"] >= 1.0:
        return scored
    units, first = scored[0][2], scored[0][3]
    if _part_of_named_owner(engine, s, scored[0][1]):
        return scored
    top = best_unit_of(units, s.unit_score)
    for i, (_, _x, xu, f) in enumerate(scored[1:], 1):
        # ... or whose own evidence says as much of the question ("Which tool for spike
        # alerts?": the row naming Zorbex Forest, over "Grouping styles: ... spike alerts")
        if f["type_fit"] >= 1.0 and (
            top in xu or (s.q.asks_type and f["coverage"] >= first["coverage"])
        ):
            return [scored[i], *scored[:i], *scored[i + 1 :]]
    return scored


def _part_of_named_owner(engine, s: Context, x: str) -> bool:
    """Whether ``x`` is a part of a thing of the asked class that the asked phrase names ("What
    Zorbex capability ...?" of Zorbex's FernMatch): a named part of it is what is asked."""
    if not s.linked:
        return False  # the question names no owner
    v = engine.view
    for f in engine.graph.out_facts.get(x, ()):
        owner = v.entities.get(f.obj) if f.predicate == "partOf" and f.obj_is_entity else None
        if (
            owner is not None
            and f.obj in s.linked
            and type_ok(engine, f.obj, s.q.types)
            and any(_whole_name(n).search(s.q.asked) for n in (owner.label, *owner.aliases))
        ):
            return True
    return False


@lru_cache(maxsize=1 << 12)
def _called_pattern(name: str, noun: str) -> re.Pattern[str]:
    """ "Zorbex metric", "metric: Zorbex", "Zorbex, the open-source metric", "Zorbex (Zorb
    Metric)": a name said with a noun (compiled once)."""
    n, noun = re.escape(name), f"(?i:{noun})"
    return re.compile(
        rf"\b{n}\s+{noun}\b|\b{noun}\s*:?\s+{n}\b"
        rf"|\b{n},\s+(?:the|an?)\s+(?:[\w'-]+\s+){{0,5}}{noun}\b|\b{n}\s+\((?:[^()]*\s)?{noun}\)"
    )


@lru_cache(maxsize=1 << 12)
def _written_name(name: str) -> re.Pattern[str]:
    """A name as a whole word, in the case it is written (compiled once)."""
    return re.compile(rf"(?<![\w-]){re.escape(name)}(?![\w-])")


@lru_cache(maxsize=1 << 12)
def _whole_name(name: str) -> re.Pattern[str]:
    """A name as a whole word in any case (compiled once)."""
    return re.compile(rf"(?<![\w-]){re.escape(name)}(?![\w-])", re.I)


def _named_as_asked(engine, s: Context, scored):
    """A thing the winner's own best passage calls by the asked noun ("target tracking on
    the *Zorbex* metric" to "What metric ...?") goes first, when the winner is not so called."""
    # the asked phrase's head, and the names of the asked class ("metric" of "Which metric
    # drives ...?", whatever the phrase ran to)
    heads = {s.q.asked.split()[-1]} if s.q.asked else set()
    heads |= {n.split()[-1] for t in s.q.types if t in classes() for n in classes()[t].names}
    heads = {singular(h.lower()) for h in heads if h.lower() not in FUNCTION_WORDS}
    best = best_unit_of(scored[0][2], s.unit_score) if scored else None
    text = engine.view.units.get(best) if best else None
    if not heads or text is None:
        return scored
    noun = rf"(?:{'|'.join(re.escape(h) for h in sorted(heads))})(?:e?s)?"

    def called(x: str) -> bool:
        return any(
            _called_pattern(n, noun).search(text.text) for n in _names(engine, x) if len(n) > 2
        )

    # "which gromble feature ...?": a thing of that passage named with the asked phrase's
    # other words ("Gromble Sync" of "Rapid setup: use Gromble Sync for ...")
    modifiers = [w for w in s.q.asked.lower().split()[:-1] if w not in FUNCTION_WORDS]

    def named_by_modifiers(x: str, units: set[str]) -> bool:
        """Named as "<modifiers> ..." ("Amazon Gromble Sync" for "which gromble feature")."""
        lead = " ".join(modifiers) + " "
        return (
            bool(modifiers)
            and best in units
            and any(
                re.sub(r"^(?:amazon|aws)\s+", "", n.lower()).startswith(lead)
                for n in _names(engine, x)
            )
        )

    def called_where_said(x: str, units: set[str]) -> bool:
        """Called by the asked noun in its own best passage, or by its name ("Zorb Metric")."""
        own = engine.view.units.get(best_unit_of(units, s.unit_score))
        return any(
            re.search(rf"\b{noun}$", n, re.I)
            or (own is not None and _called_pattern(n, noun).search(own.text))
            for n in _names(engine, x)
            if len(n) > 2
        )

    if called(scored[0][1]) or named_by_modifiers(scored[0][1], scored[0][2]):
        return scored
    said = scored[0][3].get("coverage", 0.0)
    # (a thing called so in a passage of its own counts where the winner is of no asked class:
    # "Amazon Quill Service" is no more a "service" for being named so)
    typed = bool(s.q.types) and scored[0][3].get("type_fit", 0.0) >= 1.0
    for i, (_, x, units, f) in enumerate(scored[1:], 1):
        # (named with the modifiers, it must say as much of the question: "the Gromble
        # Ledger" in Gromble's row is no "Gromble feature" that merges rows; so must a thing
        # so called in a passage of its own)
        if called(x) or (
            f.get("coverage", 0.0) >= said
            and (named_by_modifiers(x, units) or (not typed and called_where_said(x, units)))
        ):
            return _promoted(scored, i)  # the same passage says it, of the asked kind
    return scored


_PIECE = re.compile(r"(?<=[.!?])\s+|\s*[,;:|·•]\s+|\s+/\s+|\s+(?:and|or)\s+")


def _pieces(text: str) -> list[tuple[int, str]]:
    """The pieces a list-like text falls into (its items, clauses and cells), with where each
    starts; a remark in parentheses stays with its item ("Zorble (the default)")."""
    out, depth, start = [], 0, 0
    cuts = [m for m in _PIECE.finditer(text)]
    for m in cuts:
        depth = text[: m.start()].count("(") - text[: m.start()].count(")")
        if depth == 0:
            out.append((start, text[start : m.start()]))
            start = m.end()
    out.append((start, text[start:]))
    return [(at, piece) for at, piece in out if piece.strip()]


def _singled_out(engine, s: Context, scored):
    """The one thing the best passage singles out: when that passage lists several of the
    candidates and only one item of it (with its remark) says a word of the question the
    rest of the passage does not ("Zorble (the default), Quibble, Fernish" to "the default
    mode?"), that item's thing answers."""
    if len(scored) < 2 or not s.unit_score:
        return scored
    top = max(s.unit_score, key=lambda u: (s.unit_score[u], u))
    unit = engine.view.units.get(top)
    if unit is None or any(
        f.subject == scored[0][1] and f.predicate in ("hasAttribute", "definition", "hasProperty")
        for f in engine.graph.unit_facts.get(top, [])
    ):
        return scored  # the passage is about the winner (its row, its definition)
    named = {
        w
        for x in s.linked
        if x in engine.view.entities
        for n in _names(engine, x)
        for w in stems(n)
    }
    if _relation_said(s, scored[0][1]):
        return scored  # the question says the relation the graph gives the winner by
    asked = {stem(w) for w in s.q.words} - named
    pieces = _pieces(unit.text)
    where: dict[int, list[tuple[int, int]]] = defaultdict(list)  # piece → (offset, rank)
    said: dict[int, set[str]] = {}
    for rank, (_, x, _, _) in enumerate(scored[:10]):
        for n in _names(engine, x):
            # (a name that is a capitalised English word names it only so written: "row
            # checks" says no "Checks")
            said_as = (
                _written_name
                if n.isalpha() and n[:1].isupper() and common_word(n.lower())
                else _whole_name
            )
            m = said_as(n).search(unit.text) if len(n) > 2 else None
            if m:
                k = max(i for i, (at, _) in enumerate(pieces) if at <= m.start())
                at, piece = pieces[k]
                # an item: a short piece ("Zorble (the default)"), not the lead-in before a colon
                lead = unit.text[at + len(piece) :].lstrip().startswith(":")
                if len(piece.split()) <= 8 and not lead:
                    where[k].append((m.start(), rank))
                    # what the item says besides its name
                    rest = piece[: m.start() - at] + " " + piece[m.end() - at :]
                    said[k] = said.get(k, set()) | (stems(rest) & asked)
                break
    if len(where) < 2 or not any(r == 0 for items in where.values() for _, r in items):
        return scored  # the winner is no item of that passage: it is not the winner's list
    own = {
        k: w - set().union(*(stems(p) for i, (_, p) in enumerate(pieces) if i != k))
        for k, w in said.items()
    }
    singled = [k for k in where if own[k]]
    if len(singled) != 1:
        return scored
    rank = min(where[singled[0]])[1]  # the first thing its item names
    if rank == 0:
        return scored
    return _promoted(scored, rank)  # the best passage names it, for a word of the question


def _relation_said(s: Context, x: str) -> set[str]:
    """The question's words that say the relation of the likeliest reading ``x`` answers, a
    name of it whole ("must ... be set" for a required setting)."""
    reading = max(
        (r for r in s.readings if x in r.answers), key=lambda r: r.probability, default=None
    )
    if reading is None or reading.predicate not in relations():
        return set()
    said = stems(s.q.text)
    return {
        w
        for name in relations()[reading.predicate].names
        if (words := stems(name)) and words <= said
        for w in words
    }


def asked_verb(q: Question) -> str:
    """The verb the question asks the doer of, as written: "What is the component *that
    scans* ...?", "Which service *converts* ...?", "What *trains* it?" (a word in "-s"
    right after the asked noun, or after "that"/"which"/"who" inside the question, or after
    a "what" or "who" that is its subject); "" when it asks none."""
    text = q.text.lower()
    m = re.search(r"(?<=\w)[\s,]+(?:that|which|who)\s+([a-z]{3,}s)\b", text)
    if m is None:
        # "what (actually) trains the model?": "what" the doer, its verb right after
        m = re.search(
            r"\b(?:what|who)\s+(?:[a-z]+ly\s+)?([a-z]{3,}s)\b(?!\s+(?:"
            + "|".join(sorted(AUXILIARIES))
            + r")\b)",
            text,
        )
    if m is None and q.asks_type:
        words = q.asked.split()
        m = next(
            (re.match(r"([a-z]{3,}s)$", w) for w in words[1:3] if re.match(r"[a-z]{3,}s$", w)),
            None,
        )
    if m is None or re.search(r"(?:ss|us|is)$", m[1]) or m[1] in AUXILIARIES:
        return ""  # "class", "status", "analysis": nouns
    return m[1]


def _best_passage(engine, s: Context, scored):
    """The best candidate's best passage: its unit id and the unit (None when not in view)."""
    top = best_unit_of(scored[0][2], s.unit_score)
    return top, engine.view.units.get(top)


def _doer_first(engine, s: Context, scored):
    """The thing the best passage makes the doer of the question's verb ("A sweeper scans
    the lake ..." to "What is the Gromble part that scans a lake ...?") goes first when
    it is the one candidate that passage writes right before that verb."""
    verb = asked_verb(s.q)
    if len(scored) < 2 or not verb or not s.unit_score:
        return scored
    top, unit = _best_passage(engine, s, scored)
    if unit is None:
        return scored
    want = stem(verb)
    doers = [
        i
        for i, (_, x, units, f) in enumerate(scored[:10])
        if top in units
        and f["type_fit"] >= scored[0][3]["type_fit"]
        and any(
            stem(m[1].lower()) == want
            for n in _names(engine, x)
            if len(n) > 2
            # the name, a remark in brackets, a word of how ("also"), then the verb
            for m in re.finditer(
                rf"(?<![\w-]){re.escape(n)}(?:\s*\([^()]*\))?\s+(?:\w+ly\s+|also\s+)?(\w+)",
                unit.text,
                re.I,
            )
        )
    ]
    return _promoted(scored, doers[0]) if len(doers) == 1 and doers[0] else scored


# "A is a better pick than (a compute-heavy) B", "A instead of B", "A in place of B"
_PASSED_OVER = r"(?:\bbetter\b[^.;:!?]{0,30}?\bthan|\brather\s+than|\binstead of|\bin place of)"


def _passed_over_out(engine, s: Context, scored):
    """Of the two best candidates, named in one sentence of the best passage, the one that
    sentence passes over for the other ("a general-purpose Zorb instance is a better pick
    than a compute-optimised Quill") is out, when they stand near level."""
    if len(scored) < 2 or scored[1][0] < 0.5 * scored[0][0] or not s.unit_score:
        return scored
    (_, x, units, f), (_, y, other_units, g) = scored[0], scored[1]
    top = best_unit_of(units, s.unit_score)
    unit = engine.view.units.get(top)
    if unit is None or top not in other_units or g["type_fit"] < f["type_fit"]:
        return scored
    for sentence in re.split(r"(?<=[.!?;])\s+", unit.text):
        for out, kept in ((0, y), (1, x)):
            if _passes_over(engine, sentence, scored[out][1], kept):
                return scored[:out] + scored[out + 1 :]  # what the text advises against
    return scored


def _said_first_where_asked(engine, s: Context, scored):
    """Of candidates near level that one passage names ("mode = drip, gulp or batch_gulp.
    batch_gulp is the one that spreads rows over many nodes"), the one its sentence that says
    most of the question opens with goes first ("Which mode spreads rows over nodes?")."""
    if len(scored) < 2 or scored[1][0] < 0.9 * scored[0][0] or not s.unit_score:
        return scored
    top, unit = _best_passage(engine, s, scored)
    if unit is None:
        return scored
    first = scored[0]
    level = [
        i
        for i, c in enumerate(scored[:6])
        if top in c[2]
        and min(c[0], first[0]) >= 0.9 * max(c[0], first[0])
        and c[3]["type_fit"] >= first[3]["type_fit"]  # (never one of a worse fit first)
    ]
    names = {i: [n for n in _names(engine, scored[i][1]) if len(n) > 1] for i in level}
    best = _saying_most(unit.text, s.q, names, least=2)
    if best is None:
        return scored
    opening = [
        i
        for i in level
        if any(re.match(rf"\W*{re.escape(n)}(?![\w-])", best, re.I) for n in names[i])
    ]
    return _promoted(scored, opening[0]) if len(opening) == 1 and opening[0] else scored


def _saying_most(text: str, q: Question, names: dict[int, list[str]], least: int) -> str | None:
    """The one sentence of ``text`` that says most of the question's words (``least`` or
    more), the candidates' ``names`` aside; None when none, or two, say most."""
    asked = {stem(w) for w in q.words} - {w for ns in names.values() for n in ns for w in stems(n)}
    sentences = [t for t in re.split(r"(?<=[.;!?])\s+", text) if t.strip()]
    said = [len(stems(t) & asked) for t in sentences]
    if not said or said.count(max(said)) > 1 or max(said) < least:
        return None
    return sentences[said.index(max(said))]


def _named_where_most_is_said(engine, s: Context, scored):
    """The one candidate named in the sentence that says most of the question, of the best
    passage of all ("The KCL keeps its leases in a Quill table" to "Where does the KCL keep
    its leases?"), goes first over a winner that sentence never names."""
    if len(scored) < 2 or not s.unit_score:
        return scored
    top = max(s.unit_score, key=lambda u: s.unit_score[u])
    unit = engine.view.units.get(top)
    if unit is None:
        return scored
    names = {i: [n for n in _names(engine, c[1]) if len(n) > 1] for i, c in enumerate(scored[:6])}
    best = _saying_most(unit.text, s.q, names, least=3)
    if best is None:
        return scored
    inside = [i for i, ns in names.items() if any(_whole_name(n).search(best) for n in ns)]
    if (
        len(inside) == 1
        and inside[0]
        and top in scored[inside[0]][2]
        and scored[inside[0]][3]["type_fit"] >= scored[0][3]["type_fit"]
    ):
        return _promoted(scored, inside[0])
    return scored


def _opener_first(engine, s: Context, scored):
    """The candidate the best passage opens with as the doer ("Quillsort builds new rows by
    ...") goes first over one it never names, which holds that line only as a remark under
    its own item ("Uneven classes" over it)."""
    if len(scored) < 2 or not s.unit_score:
        return scored
    top, unit = _best_passage(engine, s, scored)
    if unit is None or any(
        _whole_name(n).search(unit.text) for n in _names(engine, scored[0][1]) if len(n) > 1
    ):
        return scored
    opening = _opening_entity(engine, unit.text)
    for i, c in enumerate(scored[1:4], 1):
        if (
            c[1] == opening
            and top in c[2]
            and c[3]["type_fit"] >= scored[0][3]["type_fit"]
            # (its name, then a verb in -s: "Quillsort builds")
            and any(
                re.match(rf"\W*{re.escape(n)}\s+[a-z]+s\b", unit.text)
                for n in _names(engine, c[1])
                if len(n) > 1
            )
        ):
            return _promoted(scored, i)
    return scored


def _examples_out(engine, s: Context, scored):
    """The things the best passage names only as examples in brackets ("Gromble packs a
    model (Quill, Fern and others) for a device"), when the best candidate is the one that
    passage says does it: no rivals of it, so out."""
    if len(scored) < 2 or not scored[0][3].get("subject") or not s.unit_score:
        return scored
    top, unit = _best_passage(engine, s, scored)
    if unit is None:
        return scored
    text = unit.text
    # (brackets that list two names or more)
    listing = [
        m.span() for m in re.finditer(r"\(([^()]*)\)", text) if re.search(r",|\band\b", m[1])
    ]

    def only_as_example(x: str) -> bool:
        found = [
            m.start()
            for n in _names(engine, x)
            if len(n) > 1
            for m in _whole_name(n).finditer(text)
        ]
        return bool(found) and all(any(a < i < b for a, b in listing) for i in found)

    kept = [c for c in scored[1:] if c[3].get("subject") or not only_as_example(c[1])]
    return [scored[0], *kept]


def _passes_over(engine, sentence: str, x: str, y: str) -> bool:
    """Whether a sentence names ``x`` after its cue of what it passes over, and ``y`` too."""
    for n in (n for n in _names(engine, x) if len(n) > 1):
        m = re.search(
            rf"{_PASSED_OVER}\s+(?:(?:a|an|the)\s+)?(?:[\w-]+\s+){{0,3}}?{re.escape(n)}(?![\w-])",
            sentence,
            re.I,
        )
        rest = sentence[: m.start()] + " " + sentence[m.end() :] if m else ""
        if m and any(_whole_name(o).search(rest) for o in _names(engine, y)):
            return True
    return False


def _kinds_said(engine, x: str) -> str:
    """The kinds a thing is of, as words: they say whose it is ("Gromble key setting")."""
    v = engine.view
    e = v.entities.get(x)
    return "".join(" " + k for k in e.kinds) if e else ""


def single_confidence(engine, s: Context, scored) -> float:
    p, _, _, f = scored[0]
    # what competes with the best: a thing that fits the asked class as well as it does (one
    # of another class is never the answer to "which algorithm ...?")
    rivals = [c for c in scored[1:] if not s.q.types or c[3]["type_fit"] >= f["type_fit"]]
    second = rivals[0][0] if rivals else 0.0
    return engine.weights.single_confidence.probability(confidence_features(s, p, second, f))


def _single(engine, s: Context) -> Answer:
    q, unit_score, w = s.q, s.unit_score, engine.weights
    v = engine.view
    if q.form == "yesno":
        return _yesno(engine, s)
    scored = ranked_candidates(engine, s)
    if not scored:
        return _declined(engine, q, "nothing of the asked-for type matches", unit_score)
    scored = _typed_first(engine, s, _defined_there(engine, s, scored))
    scored = _singled_out(engine, s, _named_as_asked(engine, s, scored))
    scored = _passed_over_out(engine, s, _doer_first(engine, s, scored))
    scored = _examples_out(engine, s, _said_first_where_asked(engine, s, scored))
    scored = _named_where_most_is_said(engine, s, _opener_first(engine, s, scored))
    scored, held = _holding_the_amounts(engine, s, scored)
    p, best, units, _ = scored[0]
    confidence = single_confidence(engine, s, scored)
    if held:  # the one whose stated limits hold the question's amounts: arithmetic says so
        confidence = max(confidence, AMOUNTS_HELD)
    if confidence < w.decline_single:
        return _declined(engine, q, f"confidence {confidence:.0%}", unit_score)
    ev = _evidence(engine, units, unit_score)
    summary = f"{v.label(best)}: {ev[0]['text']}" if ev else v.label(best)
    concepts = [x for x, c in s.linked.items() if c >= 1.0 and x in v.entities]
    return Answer(
        q.text,
        True,
        summary,
        "single",
        round(confidence, 3),
        values_sparql([best]),
        _items(engine, [(best, p, ev)]),
        concepts,
    )


AMOUNTS_HELD = 0.6  # see _single: set by hand, not fitted
AMOUNT_RIVALS = 6  # the best candidates whose limits are weighed


def _holding_the_amounts(engine, s: Context, scored):
    """For a scenario that states amounts ("a ~500 MB file, 20 minutes each"), the one of the
    best candidates whose own passage states limits that hold them all, when its rivals' limits
    fall short ("max payload: 6 MB"): first, and whether one was found so."""
    asked = amounts(s.q.text)
    if not asked:
        return scored, False
    verdicts, stated = [], {}
    v, g = engine.view, engine.graph
    rivals = scored[:AMOUNT_RIVALS]
    for i, (_, x, units, f) in enumerate(rivals):
        best = best_unit_of(units, s.unit_score)
        if not (best and f.get("subject")):
            continue  # limits said of it, not of a thing it stands beside
        # ... in its best passage, or in a line said of it alone that states more of them (a
        # callout's "Gromble Async: payloads up to 1 GB, up to one hour", a table's row)
        others = [n.lower() for _, y, _, _ in rivals if y != x for n in _names(engine, y)]
        own = [
            u
            for u in sorted(
                {ft.unit for ft in g.subject_facts.get(x, []) if ft.predicate == "definition"}
                | {
                    u
                    for u in units
                    if u in v.units and not any(n in v.units[u].text.lower() for n in others)
                }
            )
            if u in v.units
        ]
        # (of lines as full, one whose limits hold them: "Use it when payloads pass 6 MB" says
        # where it starts, not how far it goes)
        said = max(
            [best, *own],
            key=lambda u: (
                dimensions_stated(asked, v.units[u].text),
                fits(asked, v.units[u].text) is True,
                u == best,
            ),
        )
        verdicts.append((i, fits(asked, v.units[said].text)))
        stated[i] = dimensions_stated(asked, v.units[said].text)
    held = [i for i, ok in verdicts if ok is True]
    # of several that hold them, the one whose limits say the most of them ("up to 1 GB, up
    # to 1 hour" over "max 6 GB memory", which says nothing of the time)
    most = max((stated[i] for i in held), default=0)
    if len(held) > 1 and sum(stated[i] == most for i in held) == 1:
        held = [i for i in held if stated[i] == most]
    # held, when a rival's limits fall short, or when its own limits speak to every
    # dimension the scenario states (two at least: "up to 1 GB and up to an hour")
    dimensions = len({d for d, _ in asked})
    if len(held) == 1 and (
        any(ok is False for _, ok in verdicts)
        or (dimensions >= 2 and stated[held[0]] == dimensions)
    ):
        i = held[0]
        return [scored[i], *scored[:i], *scored[i + 1 :]], True
    return scored, False


def _yesno(engine, s: Context) -> Answer:
    """Yes or no, from the passage that best matches the question (a negation says no)."""
    q, unit_score = s.q, s.unit_score
    v = engine.view
    if not unit_score:
        return _declined(engine, q, "nothing in the documents matches", unit_score)
    # a passage that says something (not a bare title, "Gromble Store"), of the thing
    # the question names when one says anything of it
    asked_stems = stems(q.text)

    def says(text: str) -> bool:
        # (a terse line that says no of a word the question asks does: "No GPUs")
        return len(text.split()) > 3 or bool(
            (_NEGATION.search(text) or _LIMITING.search(text)) and stems(text) & asked_stems
        )

    saying = [u for u in unit_score if u in v.units and says(v.units[u].text)]
    low = q.text.lower()

    def first_said(x: str) -> int:  # where the question first names it
        found = [low.find(n.lower()) for n in _names(engine, x)]
        return min([i for i in found if i >= 0], default=len(low))

    def after_preposition(x: str) -> bool:  # "... checkpoints *to S3*": not what it asks of
        at = first_said(x)
        return bool(
            re.search(
                r"(?<![\w-])(?:to|on|in|into|onto|from|with|for|at|by|via)\s+(?:(?:a|an|the)\s+)?$",
                low[:at],
            )
        )

    def said_end(x: str) -> int:  # where the question's first (and longest) naming ends
        found = [(i, -len(n)) for n in _names(engine, x) if (i := low.find(n.lower())) >= 0]
        if not found:
            return -1
        at, minus_length = min(found)  # the earliest, and of those the longest
        return at - minus_length

    linked_here = [x for x, c in s.linked.items() if c >= 1.0 and x in v.entities]
    starts = {first_said(x) for x in linked_here}

    def modifies(x: str) -> bool:  # "*SageMaker* Serverless Inference": names what follows
        end = said_end(x)  # (or whose it is: "*SageMaker's* LDA")
        gap = re.match(r"(?:['’]s)?\s", low[end:]) if end >= 0 else None
        return gap is not None and any(end + gap.end() == at for at in starts)

    # in the order the question names them ("We trained *Gromble* on Quanta nodes. Can we
    # serve it there?": Gromble is what "it" stands for), a thing after a preposition or one
    # that only qualifies the name after it last
    named = sorted(linked_here, key=lambda x: (after_preposition(x), modifies(x), first_said(x), x))
    about = [u for u in saying if any(_speaks_of(engine, u, x) for x in named)]
    # of the passages about what it names, those about its subject (the first thing named:
    # "Can *Gromble* run on Quanta nodes?") first
    subject = [u for u in about if named and _speaks_of(engine, u, named[0])]

    # ... and of those, or of any about what it names, the ones that speak of all it names
    # ("Can I put a Quanta card behind Gromble?": Gromble's row saying "no Quanta cards",
    # before a line of Quanta cards alone)
    def says_of(u: str, x: str) -> bool:  # names it, or says one of its names ("no GPUs")
        said = v.units[u].text.lower()
        return _speaks_of(engine, u, x) or any(
            re.search(rf"(?<![\w-]){_either_number(n.lower())}s?(?![\w-])", said)
            for n in _names(engine, x)
            if len(n) > 1
        )

    every = [u for u in about if len(named) >= 2 and all(says_of(u, x) for x in named)]
    subject = every or subject
    if named and not subject:
        # a scenario first ("We trained Gromble on Quanta nodes. Can we also serve it
        # there?") may have drawn the search elsewhere: its subject's own lines, scored
        unit_score = {**unit_score, **_own_lines(engine, s, named[0])}
        subject = [u for u in unit_score if u not in s.unit_score]
        subject = [u for u in subject if says(v.units[u].text)]
    pool = subject or about or saying or list(unit_score)
    # of those, the ones that say a word the question asks besides the names it links ("Can
    # Gromble use GPUs?": "Gromble ... cannot use GPUs", not Gromble's row of payload limits)
    rest = {stem(w) for w in q.words} - _name_stems(engine, s.linked)
    telling = [u for u in pool if u in v.units and stems(v.units[u].text) & rest]
    top = max(telling or pool, key=lambda u: unit_score[u])
    cell = _marked_cell(engine, q, named)
    if cell is not None:  # a table's mark for it, in the column the question names
        top = cell.unit
        unit_score = {**unit_score, **engine.score_units(q.query, s.vector, {top})}
    text = v.units[top].text
    coverage = coverage_of(engine, q, stems(text + " " + v.units[top].section))
    confidence = 0.5 * coverage + 0.5 * min(1.0, unit_score[top])
    if confidence < engine.weights.decline:
        return _declined(engine, q, f"the best passage covers {coverage:.0%} of it", unit_score)
    subject_stems = _name_stems(engine, s.linked)  # linked once, for every passage tried
    # (and the names of what it names in part: "Tags" for "Quill Tags")
    partly = frozenset(
        w
        for x, c in s.linked.items()
        if c >= 0.5 and x in v.entities
        for n in _names(engine, x)
        for w in stems(n)
    )
    # what the question asks of: the first thing it names ("Can *Gromble* use GPUs?", where
    # GPUs may be a thing of the notes too, and what a "does not" must be said of)
    # ... unless the passage is another named thing's own ("Can I hand CSV to *Gromble*?" to
    # Gromble's line "Input: Quillpack only - CSV is refused"): what it says of the
    # first is what is asked
    of = named[0] if named else None
    if len(named) >= 2 and not _owns(engine, top, named[0]):
        # (or, when it is no one's own, the thing it opens with: "Gromble, for sparse rows.
        # Quillpack is refused" to "Can I hand Quillpack to Gromble?")
        opening = _opening_entity(engine, text)
        of = next((x for x in named[1:] if _owns(engine, top, x)), None) or (
            opening if opening in named else of
        )
    asked_of = {w for n in _names(engine, of) for w in stems(n)} if of else subject_stems
    label = (
        "No"
        if _says_no(engine, q, _own_cells(engine, text, of), subject_stems, asked_of, partly)
        else "Yes"
    )
    if cell is not None:
        label = "No" if cell.obj.lower().split(" (")[0] == "no" else "Yes"
    # the amount or default the question gives, against the bounds and defaults the passage
    # states ("Can a Quill message be 1 MB?" to "at most 256 KB")
    verdict = None
    if cell is None:
        # (the best passage first, then the next best of those about what it names: "a data
        # blob of up to 1 MB" may stand apart from the line that matched the question best)
        nearby = {u: unit_score[u] for u in subject or about if u != top}
        if named and (amounts(q.text) or asks_default(q.text)):
            # (and the lines said of what it asks of, retrieved or not)
            nearby |= {u: sc for u, sc in _own_lines(engine, s, named[0]).items() if u != top}
        for u in [top, *sorted(nearby, key=lambda u: (-nearby[u], u))[:VERDICT_PASSAGES]]:
            said = v.units[u].text
            verdict = default_verdict(q.text, said, rest)
            if verdict is None:
                verdict = amount_verdict(q.text, said, rest)
            if verdict is not None:
                top, text = u, said
                break
    if verdict is not None:
        label = "Yes" if verdict else "No"

    linked = sorted(
        (x for x, c in s.linked.items() if c >= 0.5 and x in v.entities),
        key=lambda x: (-s.linked[x], first_said(x), x),
    )
    if (
        cell is None
        and verdict is None
        and label == "Yes"
        and (named or linked)
        and _other_value(engine, q, (named or linked)[0])
    ):
        label = "No"  # "Is Poisson continuous?": the documents call it discrete
    if label == "Yes" and cell is None and verdict is None:
        # a passage nearly as good that says no ("serving runs on Zorbex nodes only") answers it
        close = [u for u in saying if u != top and unit_score[u] >= 0.9 * unit_score[top]]
        for u in sorted(close, key=lambda u: -unit_score[u])[:2]:
            if _says_no(
                engine, q, _own_cells(engine, v.units[u].text, of), subject_stems, asked_of, partly
            ):
                top, text, label = u, v.units[u].text, "No"
                break
    ev = _evidence(engine, {top}, unit_score)
    return Answer(
        q.text,
        True,
        f"{label}: {text}",
        "yesno",
        round(confidence, 3),
        "",
        [
            {
                "label": label,
                "iri": "",
                "type": "yes/no",
                "score": round(confidence, 4),
                "evidence": ev,
            }
        ],
        label=label,
    )


VERDICT_PASSAGES = 20  # the passages past the best one a stated bound or default is looked for in


def _marked_cell(engine, q: Question, named: list[str]):
    """The cell of a table that marks the thing the question asks of (the first it names)
    "yes", "no" or "partial" in a column the question names every word of ("Does Quill support Zorb
    rows?" to "Zorb rows: ✗" in Quill's row or column); None when there is none, or when the
    question itself says not."""
    if not named or _NEGATION.search(q.text):
        return None
    asked = stems(q.text)
    cells = [
        f
        for f in engine.graph.subject_facts.get(named[0], [])
        if f.predicate == "hasAttribute"
        and f.criterion
        and f.obj.lower().split(" (")[0] in MARK_WORDS  # ("partial": a yes with limits)
        and stems(f.criterion) <= asked
    ]
    return max(cells, key=lambda f: (len(stems(f.criterion)), f.criterion), default=None)


def _own_lines(engine, s: Context, x: str) -> dict[str, float]:
    """The lines said of ``x`` (its facts, its mentions, the sections named for it), scored
    against the question."""
    g, v = engine.graph, engine.view
    units = {f.unit for f in g.subject_facts.get(x, [])} | g.said_in.get(x, set())
    names = [n.lower() for n in _names(engine, x) if len(n) > 2]
    for section, us in g.section_units.items():
        if any(n in section.lower() for n in names):
            units |= set(us)
    return engine.score_units(s.q.query, s.vector, {u for u in units if u in v.units})


def _owns(engine, u: str, x: str) -> bool:
    """Whether a passage is ``x``'s own: said of it (its facts there), or under a heading
    that names it."""
    return any(f.subject == x for f in engine.graph.unit_facts.get(u, [])) or any(
        n.lower() in engine.view.units[u].section.lower() for n in _names(engine, x) if len(n) > 2
    )


def _speaks_of(engine, u: str, x: str) -> bool:
    """Whether a passage names ``x`` or stands under a heading that does."""
    unit, e = engine.view.units[u], engine.view.entities[x]
    return x in unit.mentions or any(
        n.lower() in unit.section.lower() for n in [e.label, *e.aliases] if len(n) > 2
    )


_NEGATION = re.compile(
    r"\b(no|not|none|nothing|never|without|cannot|can't|doesn't|don't|isn't)\b", re.I
)
_LIMITING = re.compile(rf"\bonly\b|{_NEGATION.pattern}", re.I)  # a negation, or "only"


_EXCEPT = re.compile(
    r"\b(?:except(?: for)?|excluding|other than|apart from|but not)\s+([^.;:|]{1,80})", re.I
)


# a participle or an adjective of what may be done ("supported", "allowed", "available")
_PARTICIPLE = re.compile(r"\s*(?:[a-z]+ly\s+)?[a-z]+(?:ed|en|able|ible)\b")
_CONTRAST = re.compile(
    r"\b(?:is|are|was|were)\s+not\s+([^.;:,|]{1,60})|\b(?:isn't|aren't)\s+([^.;:,|]{1,60})", re.I
)


def _negates_asked(
    q: Question, text: str, subject: set[str], other: Callable[[str], bool] | None = None
) -> bool:
    """Whether a negation of the passage stands in a clause that says something the question
    asks ("Gromble does not take Zorb rows" to "Can Gromble load Zorb rows?"), not of another
    matter ("No nodes to manage" to "Can Gromble turn Zorb rows into Quill rows?"), nor in a
    sentence about another thing (``other``: whether a sentence opens with one: "Quill
    Batch has no endpoint" to "Can a Gromble endpoint ...?")."""
    asked = {stem(w) for w in q.words} - subject
    for m in _NEGATION.finditer(text):
        opening = max((c.end() for c in _SENTENCE_END.finditer(text, 0, m.start())), default=0)
        if other is not None and other(text[opening : m.start()]):
            continue
        begin = max((c.end() for c in _CLAUSE_END.finditer(text, 0, m.start())), default=0)
        end = next((c.start() for c in _CLAUSE_END.finditer(text, m.end())), len(text))
        colon = text.find(": ", m.end(), end)
        if colon >= 0 and len(text[begin:colon].split()) <= 4:
            end = colon  # "Don't confuse: X needs labels": a label's negation, not X's
        if m.group(1).lower() == "no" and (det := _NOUN_AFTER.match(text, m.end(), end)):
            # "no" before a noun denies that noun alone ("lands rows in Zorb with no code"
            # says nothing against Zorb; "no Zorb support" does)
            begin, end = m.end(), det.end()
        if stems(text[begin:end]) & asked:
            return True
        # the thing asked of, denied as a whole: "Quillpack is not accepted"
        if (
            re.search(r"\b(?:is|are)\s+$", text[begin : m.start()], re.I)
            and _PARTICIPLE.match(text, m.end())
            and stems(text[begin : m.start()]) & subject
        ):
            return True
    return False


# the noun phrase "no" stands before, up to "and", "or" or "but" ("no code and no planning")
_NOUN_AFTER = re.compile(r"\s+[A-Za-z][\w/-]*(?:\s+(?!(?:and|or|but)\b)[\w/-]+)*")


def _sentence_spans(text: str) -> list[tuple[int, int]]:
    cuts = [0, *(c.end() for c in _SENTENCE_END.finditer(text)), len(text)]
    return [(a, b) for a, b in zip(cuts, cuts[1:]) if text[a:b].strip()]


def _clause_spans(text: str) -> list[tuple[int, int]]:
    cuts = [0, *(c.end() for c in _CLAUSE_END.finditer(text)), len(text)]
    return [(a, b) for a, b in zip(cuts, cuts[1:]) if text[a:b].strip()]


# (a clause also ends where a subordinate one starts: "fine for task nodes | since ...")
_CLAUSE_END = re.compile(
    r"[.;|!?,](?=\s|$)|[()\n]|\s(?=(?:since|because|but|although|though|whereas|while)\s)"
)
_SENTENCE_END = re.compile(r"[.;|!?](?=\s|$)|\n")
_LABEL_END = re.compile(r"\s*(?:\([^()]*\)\s*)?[:–—|-]")
_OPENING_NAME = re.compile(r"^\s*(?:[-*•>]\s*)?([A-Z][\w+-]*(?:\s+[A-Z0-9][\w+-]*){0,4})")


def _opening_name(engine, words: list[str]) -> tuple[str, str] | None:
    """The longest run of the first ``words`` the notes know as a thing's name, and that
    thing."""
    for k in range(len(words), 0, -1):
        name = " ".join(words[:k])
        if (x := engine.names.entity(name)) is not None:
            return name, x
    return None


def _opening_entity(engine, text: str) -> str | None:
    """The thing a passage opens with by name ("Gromble Async: ...", "Gromble, for ..."), if
    the notes know it (by its longest name there)."""
    m = _OPENING_NAME.match(text)
    found = _opening_name(engine, m.group(1).split()) if m else None
    return found[1] if found else None


def _opens_with_other(engine, asked_of: set[str]) -> Callable[[str], bool]:
    """Whether a sentence opens with the name of a thing the notes know that the question
    does not name (``asked_of``: the stems of the question's words): "Quill Batch is for ...
    with no endpoint" to a question about Gromble Async."""

    def test(sentence: str) -> bool:
        m = _OPENING_NAME.match(sentence)
        if not m or _LABEL_END.match(sentence[m.end() :]):
            return False  # "Supervised: ... no multiclass": a label over what follows
        if re.match(r"\s+only\b", sentence[m.end() :], re.I):
            return False  # "Zorb only - no Quill nodes": a restriction, no other thing's sentence
        found = _opening_name(engine, m.group(1).split())
        if found is None:
            return False
        name, x = found
        # (by any of its names: "QRS does not ..." to a question that spells it out)
        return not any(stems(n) & asked_of for n in [name, *_names(engine, x)])

    return test


def _contrasts_only(q: Question, text: str) -> bool:
    """Whether every negation of the passage sets one thing apart from another the question
    does not name ("L1 is not L2", "it is not object detection"): no answer to it."""
    asked = {stem(w) for w in q.words}
    negations = list(_NEGATION.finditer(text))
    contrasts = []
    for m in _CONTRAST.finditer(text):
        # what sets it apart, beyond the words of what is set apart ("delta *sync* is not
        # mirror *sync*")
        begin = max((c.end() for c in re.finditer(r"[.;:,|]", text[: m.start()])), default=0)
        said = m.group(1) or m.group(2)
        if _PARTICIPLE.match(said):
            continue  # "Quillbuf is not allowed": what it is not, no other thing set apart
        apart = stems(said) - stems(text[begin : m.start()])
        if not apart & asked:
            contrasts.append(m)
    spans = [(m.start(), m.end()) for m in contrasts]
    return bool(negations) and all(any(a <= n.start() < b for a, b in spans) for n in negations)


# gradable English opposites: a passage that says the opposite degree of what the question
# asks ("lower values are better" to "is a higher value better?") answers no
_OPPOSITE_PAIRS = tuple(
    pair
    for a, b in (
        ("higher", "lower"),
        ("high", "low"),
        ("larger", "smaller"),
        ("bigger", "smaller"),
        ("faster", "slower"),
        ("longer", "shorter"),
        ("better", "worse"),
        ("more", "fewer"),
        ("increase", "decrease"),
        ("increases", "decreases"),
        ("maximize", "minimize"),
        ("above", "below"),
        ("single", "multiple"),
        ("single", "several"),
    )
    for pair in ((a, b), (b, a))
)
_OPPOSITES = {w: {o for x, o in _OPPOSITE_PAIRS if x == w} for w, _ in _OPPOSITE_PAIRS}


def _hedged(q: Question, text: str) -> bool:
    """Whether the passage says what the question asks only nearly ("near real-time" to "Is
    it real-time?"): not the same thing."""
    asked = [w.lower() for w in words_of(q.text)]
    for m in _HEDGE.finditer(text):
        word = m.group(1).lower()
        if word in asked and not any(
            h in _HEDGE_WORDS for h in asked[max(0, asked.index(word) - 2) : asked.index(word)]
        ):
            return True
    return False


_HEDGE_WORDS = frozenset(("near", "nearly", "almost", "quasi"))
_HEDGE = re.compile(r"\b(?:near|nearly|almost|quasi)[\s-]+([a-z]{3,})\b", re.I)


def _opposite_degree(q: Question, text: str) -> bool:
    asked = set(words_of(q.text))
    said = set(words_of(text))
    if any(
        w in said and w not in asked and o in asked and o not in said
        for w, opposites in _OPPOSITES.items()
        for o in opposites
    ):
        return True
    # "does purity go up?" to "coverage ↑, purity ↓": a thing the question moves one
    # way, the passage the other
    moved = _directions(q.text)
    return any(moved.get(w, d) != d for w, d in _directions(text).items())


# "purity ↑", "coverage goes down", "cost rises", "lag drops": which way a word moves
_MOVES = re.compile(
    r"\b([a-z][\w-]{2,})\s*(?:(↑|↓|⬆|⬇)|\s(?:(?:will|would|does|do|to|it|then)\s+)?"
    r"(?:goes|go|gets|get|went)\s+(up|down)\b|\s(rises|rise|increases|falls|fall|drops|"
    r"decreases)\b)",
    re.I,
)
_UP = frozenset(("↑", "⬆", "up", "rises", "rise", "increases"))


def _directions(text: str) -> dict[str, bool]:
    """The words a text says move, each to True (up) or False (down), where it says so once."""
    found: dict[str, set[bool]] = {}
    for m in _MOVES.finditer(text):
        way = next(g for g in m.groups()[1:] if g).lower()
        found.setdefault(stem(m.group(1).lower()), set()).add(way in _UP)
    return {w: next(iter(d)) for w, d in found.items() if len(d) == 1}


def _name_stems(engine, linked: dict[str, float]) -> set[str]:
    """The word stems of the names of the things a question names outright."""
    return {
        w
        for x, c in linked.items()
        if c >= 1.0 and x in engine.view.entities
        for n in _names(engine, x)
        for w in stems(n)
    }


def _other_modifier(engine, q: Question, text: str, subject: set[str]) -> bool:
    """Whether the passage says the thing the question qualifies with another word: a
    "dynamic computation graph" to "a static computation graph?", "OLAP workloads" to "OLTP
    workloads?" (the question's word nowhere in the passage; ``subject``: the stems of the
    names the question links, which qualify nothing)."""
    said_stems = {stem(w) for w in _parts(text.lower())}
    # a name the passage does not say may be the other qualifier ("OLTP" to "OLAP workloads")
    subject = subject & said_stems
    # pairs within a clause (not across "size, horizontal"), the first word no verb or
    # adverb by its ending ("streams data", "scale horizontally")
    # ... nor the verb after the thing asked of or an auxiliary ("does Gromble *support*
    # loading", "can it *convert* rows")
    pairs = [
        (m, h)
        for clause in re.split(r"[,;:|.()!?]", q.text.lower())
        for a, m, h in zip(["", *_parts(clause)], _parts(clause), _parts(clause)[1:])
        if not (a in AUXILIARIES or a == "to" or (a and stem(a) in subject))
    ]
    # ... nor a verb after "can" or "to" ("can convert JSON"), nor a word the question says
    # itself ("conversion JSON" to "can it convert incoming JSON?")
    asked = {stem(w) for w in _parts(q.text.lower())}
    all_pairs = [
        (a, b, h)
        for clause in re.split(r"[,;:|.()!?]", text.lower())
        for a, b, h in zip(["", *_parts(clause)], _parts(clause), _parts(clause)[1:])
    ]
    said_pairs = [
        (b, h)
        for a, b, h in all_pairs
        if b not in FUNCTION_WORDS
        and not _verb_or_adverb(b)
        and a not in AUXILIARIES
        and a != "to"
        and stem(b) not in asked
    ]
    # (a head the passage also qualifies as the question does is not said otherwise: "skewed
    # columns" beside "the missing column" to "a skewed numeric column?")
    qualified_as_asked = {stem(h) for _, b, h in all_pairs if stem(b) in asked}
    for m, h in pairs:
        if (
            stem(h) in qualified_as_asked
            or m in FUNCTION_WORDS
            or h in FUNCTION_WORDS
            or _verb_or_adverb(m)
            or h.endswith("ly")
            or stem(m) in subject
            or stem(h) in subject
            or stem(m) in said_stems
            or engine.weight(m)
            < 0.5 * engine.max_idf  # a word the corpus uses everywhere ("row data")
        ):
            continue
        if any(stem(x) == stem(h) for b, x in said_pairs):
            return True
    return False


def _parts(text: str) -> list[str]:
    """The words of a text, hyphenated ones in their parts ("multi-instance": multi, instance)."""
    return [p for w in words_of(text) for p in w.split("-") if p]


def _other_value(engine, q: Question, x: str) -> bool:
    """Whether the question gives ``x`` a short value the documents give things of its kind
    ("Continuous" to "Is Poisson a continuous distribution?") while they give ``x`` another
    one of them ("Discrete") and not that one."""
    g = engine.graph
    own = {
        f.obj.lower()
        for f in g.subject_facts.get(x, [])
        if f.predicate == "hasProperty" and not f.obj_is_entity and len(f.obj.split()) <= 3
    }
    if not own:
        return False
    asked = {stem(w) for w in words_of(q.text.lower())} - set().union(
        *(stems(n) for n in _names(engine, x))
    )
    kinds = set(engine.view.entities[x].kinds)

    def of_its_kind(value: str) -> bool:
        holders = {f.subject for f in g.value_facts.get(("hasProperty", value), [])}
        return any(
            h != x and h in engine.view.entities and kinds & set(engine.view.entities[h].kinds)
            for h in holders
        )

    others = [
        v
        for (p, v) in g.value_facts
        if p == "hasProperty" and v not in own and stems(v) and stems(v) <= asked
    ]

    def holders(value: str) -> set[str]:
        return {f.subject for f in g.value_facts.get(("hasProperty", value), [])}

    # alternatives: values no one thing has both of ("Discrete", "Continuous")
    return any(of_its_kind(v) and not (holders(u) & holders(v)) for v in others for u in own)


def _reordered_compound(q: Question, text: str) -> bool:
    """Whether the passage writes the question's hyphenated compound with its words the
    other way round ("text-to-speech" to "a speech-to-text service?") and never as asked."""
    compounds = re.findall(r"\b\w+(?:-\w+)+\b", text.lower())
    for c in re.findall(r"\b\w+(?:-\w+)+\b", q.text.lower()):
        parts = c.split("-")
        if len(set(parts)) < 2 or c in compounds:
            continue
        if any(sorted(x.split("-")) == sorted(parts) for x in compounds):
            return True
    return False


def _numbers_by_word(text: str) -> dict[str, list[tuple[float, bool]]]:
    """The numbers of a text by the word that tells what each counts: the word after it
    ("5 MB", "90%"), or before it when a function word follows ("port 80", "720 out of");
    each with whether it is a bound ("up to 365 days")."""
    tokens = re.findall(r"\d+(?:[.,]\d+)*|%|[a-z]+", in_digits(text).lower())
    out: dict[str, list[tuple[float, bool]]] = defaultdict(list)
    for i, t in enumerate(tokens):
        if not t[0].isdigit():
            continue
        after = tokens[i + 1] if i + 1 < len(tokens) else ""
        before = tokens[i - 1] if i else ""
        word = after if after and not after[0].isdigit() and after not in FUNCTION_WORDS else before
        if word and not word[0].isdigit() and word not in FUNCTION_WORDS:
            try:
                value = float(t.replace(",", ""))
            except ValueError:
                continue
            out[word].append((value, tokens[max(0, i - 2) : i] == ["up", "to"]))
    return out


def _other_figure(q: Question, text: str) -> bool:
    """Whether the passage gives another number of what the question counts ("1 MB" to "up
    to 5 MB?", "port 8080" to "port 80?") and never the question's; within a bound the
    passage sets ("up to 365 days" to "7 days?") is no other number."""
    said = _numbers_by_word(text)
    for word, asked in _numbers_by_word(q.text).items():
        if not said.get(word):
            continue
        values = {v for v, _ in said[word]}
        for value, _ in asked:
            bound = any(up and value <= v for v, up in said[word])
            if value not in values and not bound:
                return True
    return False


# units of time and size, in one base per dimension: "24 hours" and "7 days" can be compared
_UNITS = {
    **{
        u: ("time", f)
        for f, us in (
            (1, "second seconds sec secs s"),
            (60, "minute minutes min mins"),
            (3600, "hour hours hr hrs h"),
            (86400, "day days"),
            (604800, "week weeks"),
        )
        for u in us.split()
    },
    **{
        u: ("size", f)
        for f, us in (
            (1e3, "kb kilobyte kilobytes"),
            (1e6, "mb megabyte megabytes"),
            (1e9, "gb gigabyte gigabytes"),
            (1e12, "tb terabyte terabytes"),
        )
        for u in us.split()
    },
}


# words that make an amount the greatest there is: "a maximum of 7 days", "at most 6 GB", "a
# 15-minute limit"; and those that only say an amount stays below one ("up to", "within")
_MOST_BEFORE = {"max", "maximum", "most", "limit", "limited", "capped"}
_MOST_AFTER = {"max", "maximum", "limit", "cap", "timeout"}
_BELOW = {"within", "under"}


def _measures(text: str) -> tuple[list[str], list[tuple[int, str, float, str]]]:
    """The tokens of a text and its measures: (token index, dimension, value in the base
    unit, what bound it is: "most" for "a maximum of", "a 15-minute limit"; "below" for "up
    to", "within"; "" for none)."""
    tokens = re.findall(r"\d+(?:[.,]\d+)*|[a-z]+", in_digits(text).lower())
    found = []
    for i, t in enumerate(tokens[:-1]):
        unit = _UNITS.get(tokens[i + 1]) if t[0].isdigit() else None
        if unit is None:
            continue
        try:
            value = float(t.replace(",", "")) * unit[1]
        except ValueError:
            continue
        before = set(tokens[max(0, i - 3) : i])
        if _MOST_BEFORE & before or _MOST_AFTER & set(tokens[i + 2 : i + 3]):
            bound = "most"
        elif tokens[max(0, i - 2) : i] == ["up", "to"] or _BELOW & before:
            bound = "below"
        else:
            bound = ""
        found.append((i, unit[0], value, bound))
    return tokens, found


def _other_measure(q: Question, text: str, subject: set[str]) -> bool:
    """Whether the passage gives another amount for what the question measures: of the
    passage's amounts of the question's dimension, the one whose nearby words are most the
    question's ("retention is 24 hours by default" to "Is the default retention 7 days?"), when
    the question's amount is none of them (and, for a bound "up to 365 days", above it)."""
    _, asked = _measures(q.text)
    tokens, said = _measures(text)
    if not asked or not said:
        return False
    words = {stem(w) for w in q.words if not w[0].isdigit() and w not in _UNITS} - subject

    def near(i: int) -> int:
        return len({stem(t) for t in tokens[max(0, i - 5) : i + 7] if not t[0].isdigit()} & words)

    for _, dim, value, asked_bound in asked:
        same = [m for m in said if m[1] == dim]
        if not same or any(abs(m[2] - value) < 1e-9 for m in same):
            continue
        ranked = sorted(((near(m[0]), m) for m in same), key=lambda t: -t[0])
        best, m = ranked[0]
        # (the passage's one amount of that dimension needs no word of the question beside it:
        # "Data is retained for 24 hours by default" to "Does it keep records for 7 days?")
        if (best == 0 and len(same) > 1) or (len(ranked) > 1 and ranked[1][0] == best):
            continue
        # another amount, one above the passage's bound, or a greatest amount unlike the
        # passage's ("at most 7 days?" to "up to 365 days"); an amount asked as a bound ("for
        # up to 7 days?") differs in nothing from one the passage gives without a bound
        if asked_bound == "below":
            if m[3] and value > m[2]:
                return True
        elif not m[3] or value > m[2] or asked_bound == "most":
            return True
    return False


def _only_of_another_aspect(
    q: Question, text: str, named: set[str], others: set[str] = frozenset()
) -> bool:
    """Whether every "only" of a text is in a part of its clause that says nothing the
    question asks, while another part says some of it: "Zorb: CPU, single box only" to "Can
    Zorb train on CPU?" restricts how many boxes, not where it trains (``named``: the stems
    of the names of the thing asked of; ``others``: those of the other things the question
    names, which that part must say: "binary sorting" does not say "multiclass sorting")."""
    asked = {stem(w) for w in q.words if w not in FUNCTION_WORDS} - named
    parts = re.split(r"[,;|]", text)
    with_only = [p for p in parts if re.search(r"\bonly\b", p, re.I)]
    saying = [p for p in parts if p not in with_only and stems(p) & asked]
    # (a part that denies what is asked restricts it too: "CPU only, no GPU support")
    return (
        bool(with_only)
        and not any(stems(p) & asked for p in with_only)
        and any(others <= stems(p) for p in saying)
        and not any(_NEGATION.search(p) for p in saying)
    )


# what a question sets beside what it asks: "without a Quill step", ", not just Fern jobs"
# (not "instead of ...": what a thing would replace is asked)
_ASIDE = re.compile(
    r",?\s*\b(?:without|(?:not|rather\s+than)\s+(?:just|only|merely))\b[^,;?]*",
    re.I,
)


# "not only ...", "not just ..." in a passage, up to its clause's end or its "but"
_NOT_ONLY = re.compile(
    r",?\s*\b(?:not|rather\s+than)\s+(?:just|only|merely)\b[^,;.?!]*?(?=\s+but\b|[,;.?!]|$)",
    re.I,
)


def _without_aside(q: Question) -> Question:
    """The question without what it sets beside what it asks ("Can Gromble load rows *without
    a Quill step first*?", "Can Gromble read Quill rows*, not just Fern rows*?"), when that
    holds its only negation; else the question."""
    m = _ASIDE.search(q.text)
    if m is None:
        return q
    rest = f"{q.text[: m.start()].rstrip()} {q.text[m.end() :].lstrip()}".strip()
    if _NEGATION.search(rest):
        return q
    aside = stems(m.group()) - stems(rest)
    return replace(q, text=rest, words=[w for w in q.words if stem(w) not in aside])


def _verb_or_adverb(word: str) -> bool:
    """ "loads", "streams", "quickly": by its ending, a word that may not qualify a noun."""
    return word.endswith("ly") or (word.endswith("s") and not word.endswith(("ss", "us", "is")))


def _only_names(text: str) -> bool:
    """Whether bracketed text only lists short names ("Gromble, random forest")."""
    items = [x for x in re.split(r",|\s+(?:and|or)\s+", text) if x.strip()]
    return len(items) >= 2 and all(len(x.split()) <= 3 for x in items)


# "no internet access", "without a GPU": a negation and the words it denies
_DENIED = re.compile(r"\b(?:no|without)\s+((?:[a-z][\w-]*\s+){0,2}[a-z][\w-]*)", re.I)


def _affirms_what_is_denied(q: Question, text: str, subject: set[str]) -> bool:
    """Whether the question denies a thing ("... start out with *no internet access*?") that
    the passage says, in a clause with no negation of its own ("They have direct internet
    access enabled by default"): then the answer is no."""
    m = _DENIED.search(q.text)
    if m is None or len(_NEGATION.findall(q.text)) > 1:
        return False
    denied = {stem(w) for w in keyword_tokens(m[1]) if w not in FUNCTION_WORDS} - subject
    if not denied:
        return False
    clauses = [(stems(text[a:b]), text[a:b]) for a, b in _clause_spans(text)]
    return any(denied <= said and not _LIMITING.search(c) for said, c in clauses) and not any(
        denied & said and _NEGATION.search(c) for said, c in clauses
    )


_NEGATED_CONDITION = re.compile(
    r"\b(?:if|when|whenever|in case)\s+[^,.;:|()]*?"
    r"\b(?:not|no|never|don't|doesn't|didn't|isn't|aren't)\b[^,.;:|()]*,\s*(?=\S)",
    re.I,
)


def _says_no(
    engine,
    q: Question,
    text: str,
    subject: set[str],
    asked_of: set[str] | None = None,
    named: frozenset[str] = frozenset(),
) -> bool:
    """Whether the passage answers no: it negates what the question does not ("does not
    support CSV"; a question about "no requests" answered "scales to zero when there are no
    requests" is a yes), or it says "only" of something else than a telling word of the
    question ("on Zorbex nodes only" to "Can it run on Quanta nodes?"), or it words what the
    question asks otherwise (another qualifier, number or compound; ``subject``: the stems of
    the names the question links; ``asked_of``: those of the thing it asks of, by default
    all of them)."""
    # the words of the question and of the names of what it names: a sentence that opens
    # with "Quill" speaks of the question's "Quill Tags" ("Tags" alone in the question)
    said_of_asked = {stem(w) for w in words_of(q.text.lower())} | (
        (subject | named) - stems("amazon aws")
    )
    # "works on Quill jobs too, not only on Fern jobs": "not only" adds, it denies nothing
    text = _NOT_ONLY.sub("", text)
    # "if you do not give a test set, Quill splits the rows": a negation in a condition is
    # what the rest holds under, no denial
    text = _NEGATED_CONDITION.sub(" ", text)
    # a clause without a negation or "only" that says more of the question than any with
    # one answers it ("Spot is fine for task nodes since losing one doesn't lose data; don't
    # put core nodes on spot" to "Can task nodes run on spot?")
    # (a plain clause counts when it says something beyond the names: "Algorithm: Gromble" says
    # nothing of what is asked of it)
    asked_stems = {stem(w) for w in q.words}
    # (examples in brackets are no clause of their own: "Tree models (Gromble, Quill) don't
    # care about scaling" says no of the tree models; "(it still copies rows)" is one)
    bare = re.sub(
        r"\(([^()]*)\)",
        lambda m: " " * len(m.group()) if _only_names(m.group(1)) else m.group(),
        text,
    )
    # (the names of the thing asked of say nothing of what is asked of it: "Turn on Gromble
    # for row stores" says less than "the store then gets no outbound access")
    named = subject if asked_of is None else asked_of
    said = []
    for a, b in _clause_spans(bare):
        limiting = bool(_LIMITING.search(bare[a:b]))
        # (a consequence shares the stance of what it follows: "runs on Zorbex only, so train
        # on Quill nodes")
        if said and said[-1][1] and re.match(r"\W*(?:so|therefore|thus|hence)\b", bare[a:b], re.I):
            limiting = True
        said.append((stems(bare[a:b]) & asked_stems, limiting))
    # (a limiting clause that names the thing asked of says that much of it: "Quillpack is
    # refused" to "Can I hand Quillpack to Gromble?")
    limited = [len(found - (subject - named)) for found, limiting in said if limiting]
    # (of a plain clause, only what it says beyond the names the question links: "Gromble,
    # think sparse rows" says nothing against "Gromble refuses Quillpack")
    plain = [len(found - subject) for found, limiting in said if not limiting]
    # (a table row's cells each say their own thing: one about the topic answers nothing)
    plain_answers = bool(limited) and max(plain, default=0) > max(limited) and not _a_row(text)
    # "Can Gromble load rows without a Quill step first?": what the question asks of, without
    # its aside (a passage that says Gromble cannot load them answers no)
    main = _without_aside(q)
    # (and when it sets something aside, so may the passage: "... with Quill calls, without
    # redeploying anything" says yes to "can I ... without redeploying?")
    # (not an aside that holds the passage's own negation: "a Quill monitor without labels
    # cannot compute any metric")
    passage = (
        _ASIDE.sub(lambda m: "" if len(_NEGATION.findall(m.group())) <= 1 else m.group(), text)
        if main is not q
        else text
    )
    if (
        not plain_answers
        and _NEGATION.search(passage)
        and not _NEGATION.search(main.text)
        and not _contrasts_only(main, passage)
        and _negates_asked(
            main,
            passage,
            subject if asked_of is None else asked_of,
            _opens_with_other(engine, said_of_asked),
        )
    ):
        return True
    if _affirms_what_is_denied(q, text, subject):
        return True
    # what the passage says otherwise, in its sentences that are not about another thing ("LDA
    # trains on CPU only; NTM can train on GPU" to "Can LDA train on GPU?")
    other = _opens_with_other(engine, said_of_asked)

    def about_other(sentence: str) -> bool:
        # (a sentence that says something of that thing: "NTM can train on GPU", not a
        # terse "CPU only, no GPU")
        m = _OPENING_NAME.match(sentence)
        # (past its long name in brackets: "NTM (Neural Topic Model) is ...")
        after = re.sub(r"^\s*\([^()]*\)", "", sentence[m.end() :]).split()[:1] if m else []
        return (
            bool(after)
            and (after[0] in AUXILIARIES or re.fullmatch(r"[a-z]{2,}s", after[0]) is not None)
            and other(sentence)
        )

    # (a clause after a comma or dash that opens with another thing is a sentence of its own:
    # "Gromble runs on one node, Quill can use many")
    # ... when the words before it are a clause of their own that opens with a thing's name,
    # not a phrase that sets the scene ("In Fern mode, Quill copies ...")
    pieces = []
    for a, b in _sentence_spans(text):
        parts = re.split(r"(?:,|\s[–—-])\s+(?=[A-Z])", text[a:b])
        pieces.append(parts[0])
        for part in parts[1:]:
            if _opening_entity(engine, pieces[-1].lstrip(" ;.!?|")) is None:
                pieces[-1] = f"{pieces[-1]}, {part}"
            else:
                pieces.append(part)
    kept = [p for p in pieces if not about_other(p.lstrip(" ;.!?|"))]
    own = " ".join(kept)
    # a telling word of the question the passage says only of another thing ("Gromble runs on
    # one node; Quill can use many" to "Can Gromble use many nodes?"), while it speaks of the
    # thing asked of elsewhere: it sets the two apart
    if len(kept) < len(pieces) and asked_of and stems(own) & asked_of:
        # (not what the question itself sets aside: "... instead of copying the rows?")
        set_aside = {
            w
            for m in re.finditer(
                r"\b(?:instead\s+of|rather\s+than|not|without)\s+((?:[\w-]+\s+){0,3}[\w-]+)",
                q.text,
                re.I,
            )
            for w in stems(m[1])
        }
        telling_stems = (
            {stem(w) for w in q.words if engine.weight(w) >= 0.5 * engine.max_idf}
            - subject
            - set_aside
        )
        said_of_other = stems(" ".join(p for p in pieces if p not in kept))
        only_other = telling_stems & said_of_other - stems(own)
        only_own = telling_stems & stems(own) - said_of_other
        # (and nothing of it said of the thing asked of alone: "Quill can train on GPU" is
        # Quill's yes, whatever else is said of Gromble)
        if only_other and not only_own:
            return True
    if (
        _opposite_degree(main, own)
        or _hedged(main, own)
        or _other_modifier(engine, main, own, subject)
        or _other_figure(main, own)
        or _other_measure(main, own, subject)
        or _reordered_compound(main, own)
    ):
        return True
    # "records every API call except InvokeEndpoint" to "Does it log InvokeEndpoint calls?"
    telling = [w for w in q.words if engine.weight(w) >= 0.5 * engine.max_idf]
    for m in _EXCEPT.finditer(text):
        if not _EXCEPT.search(q.text) and stems(m.group(1)) & {stem(w) for w in telling}:
            return True
    # "the only distributed option": one of a kind, no restriction; and "only" in a clause
    # about something else the question does not ask ("train on X or Y; serve on X only" to
    # "can it train on Y?")
    # (by four letters: "serve" and "serving" share them)
    # ... when another clause, without "only", says what the question asks ("train on X or
    # Y; serve on X only"): "Zorble | Quanta only" alone still restricts it
    own_words = {w[:4] for w in q.words if stem(w) not in subject}
    # (of the sentences not about another thing)
    clauses = re.split(r"(?<=[;|])\s*|(?<=[.!?])\s+", own)

    def on_topic(c: str) -> bool:
        # (each part of a compound: "single-instance" speaks of instances)
        parts = [p for w in words_of(c.lower()) for p in w.split("-") if p]
        return bool({w[:4] for w in parts} & own_words)

    elsewhere = any(on_topic(c) and not re.search(r"\bonly\b", c, re.I) for c in clauses)
    restricting = " ".join(
        c
        for c in clauses
        if not (elsewhere and re.search(r"\bonly\b", c, re.I) and not on_topic(c))
    )
    restricting = re.sub(r"\b(?:the|an|its|their)\s+only\b", " ", restricting, flags=re.I)
    if (
        re.search(r"\bonly\b", restricting, re.I)
        and not plain_answers
        and not _only_of_another_aspect(q, restricting, named, subject - named)
    ):
        asked = {stem(w) for w in telling}
        # "runs only on Quanta nodes" to "Does it need Quanta nodes?": what it says only
        # of is what the question asks about
        said_in_q = {stem(w) for w in q.words}
        # "Zorble is Zorbex only and ..." to "can Zorble use Quanta?": only something else
        for m in re.finditer(
            r"\b([a-z][\w-]*)\s+only\b(?=\s*(?:$|[.,;:|)]|and\b|or\b|but\b))", restricting, re.I
        ):
            w = m.group(1).lower()
            # (the tail of a compound the question says is said: "parameters" of
            # "hyperparameters")
            compound = any(x.lower().endswith(w) for x in q.words)
            if (
                w not in FUNCTION_WORDS
                and stem(w) not in said_in_q
                and not compound
                and w in engine.idf
            ):
                return True
        for m in re.finditer(
            # (not a remark in brackets after it: "CPU only (no GPUs)" restricts it to CPUs)
            r"\bonly\s+(?!\()(?:on\s+|in\s+|with\s+)?([^.;:,|]{1,40})",
            restricting,
            re.I,
        ):
            words = [
                w
                for w in keyword_tokens(" ".join(m.group(1).split()[:3]))
                if w not in FUNCTION_WORDS
            ]
            # "only on Zorbex nodes" to "... on Quanta nodes?": only something else
            if any(
                stem(w) not in said_in_q and engine.weight(w) >= 0.5 * engine.max_idf for w in words
            ):
                return True
            if {stem(w) for w in words} & asked:
                return False
        said = stems(text)
        # (a class word the question calls its thing by is no telling word the passage must
        # say: "the Zorb algorithm" of "Zorb trains on Quanta nodes only")
        # (nor is a word of restriction, which "only" says: "restricted to Quanta nodes?")
        return any(
            stem(w) not in said
            for w in telling
            if singular(w.lower()) not in _class_words() and not _RESTRICTION.match(w)
        )
    return False


_RESTRICTION = re.compile(r"(?i)^(?:restrict|limited$|exclusive|sole(?:ly)?$)")


def _names_the_list(engine, q: Question, r: Reading) -> bool:
    """Whether the question calls the things a reading lists by what they are: their kind
    ("the two Gromble *loaders*") or the relation ("its *outputs*"), not only by their owner."""
    if r.anchor in engine.view.kinds:
        owner = engine.view.entities.get(engine.kind_owner.get(r.anchor, ""))
        noun = stems(engine.view.label(r.anchor)) - (stems(owner.label) if owner else frozenset())
        return bool(noun & stems(q.text))
    return _asks_for(q, r.predicate)


def _asks_for(q: Question, predicate: str) -> bool:
    """Whether the question names the relation: a word of its label or synonyms (function
    words aside) stands in the question."""
    # every word, "use" too ("What detector does X use?"), which keyword search leaves out
    said = {stem(w) for w in words_of(q.text.lower()) if w not in FUNCTION_WORDS}
    return bool(said & relation_stems(predicate))


def _about_whom(engine, q: Question, linked: dict[str, float]) -> str | None:
    """The one entity a what/how question is about ("What kind of storage is Amazon EFS?"), if
    the question asks about it, not for another thing ("Which service ...?")."""
    low = q.text.lower()
    if q.form not in ("single", "open") or not re.match(r"^(what|how|why|describe|tell me)\b", low):
        return None
    if re.match(r"^\w+ (?:do|does|did|should|can|could|would|will|must) (?:i|we|you|one)\b", low):
        return None  # "What do I use to run it on Gromble boards?" asks for a thing
    if re.match(r"^\w+ (?:is|are|should|must|can|could|would|will) (?:be )?\w+ed\b", low):
        return None  # "What should be turned on for Gromble users?": the passive's subject
    named = [x for x, c in linked.items() if c >= 1.0 and x in engine.view.entities]
    if len(named) != 1 or q.asked_first:
        return None  # "What SageMaker service offers an IDE?" asks for a service
    x = named[0]
    if q.types and not type_ok(engine, x, q.types):
        return None  # "What is the replacement service for X?" asks for a service
    e = engine.view.entities[x]
    name = set().union(*(stems(n) for n in [e.label, *e.aliases]))
    asked = stems(q.asked)
    if asked & name and asked - name:
        return None  # "What Widget Hub part stores rows?" asks for a part of it
    return x


def _asks_for_related(q: Question) -> bool:
    """Whether the asked phrase's head is a word the ontology names a relation by ("the
    neural *alternative* to X", "a *replacement* for X"): another thing is asked for."""
    words = q.asked.lower().split()
    if not words:
        return False
    head = singular(words[-1])
    return any(
        head == n.lower()
        for p, t in relations().items()
        if p not in _RECORD_RELATIONS
        for n in t.names
        if " " not in n
    )


# relations that record the graph's own bookkeeping, no relation a question asks for ("what
# *kind* of storage is X?" asks what X is)
_RECORD_RELATIONS = frozenset(
    "kind criterion hasAttribute hasProperty note page section lineStart lineEnd sha256 mentions".split()
)


def _describe(engine, q: Question, x: str, unit_score) -> Answer:
    """The named entity, with the facts about it that best match the question."""
    v = engine.view
    g = engine.graph
    words = {stem(w) for w in q.words} - stems(v.entities[x].label)
    own = g.subject_facts[x]
    facts = [f for f in own if not f.obj_is_entity]
    related = [f for f in own if f.obj_is_entity and f.predicate != "kind"] + g.in_facts[x]
    facts += sorted(related, key=lambda f: g.position[id(f)])
    asks_kind = bool(re.search(r"\b(kind|type|sort) of\b", q.text.lower()))

    def match(f) -> int:
        text = f"{f.criterion} {v.label(f.obj) if f.obj_is_entity else f.obj} {relation_words(f.predicate)}"
        kind = asks_kind and bool(re.search(r"\btype\b", f.criterion, re.I))
        return len(stems(text) & words) + 2 * kind

    order = {"definition": 0, "usedFor": 1, "hasProperty": 2, "hasAttribute": 3}
    facts.sort(key=lambda f: (-match(f), order.get(f.predicate, 4), -unit_score.get(f.unit, 0.0)))
    if not facts or (words and match(facts[0]) == 0 and not v.entities[x].definition):
        # "What does X do, and when is it useful?": what X does is asked first; its passages
        # answer that, though nothing says when
        first = re.split(r",?\s+and\s+(?=(?:when|why|how|where|what)\b)", q.text, maxsplit=1)
        if len(first) > 1 and analyse(first[0].rstrip(" ,") + "?").form == "definition":
            return _definition(engine, q, x, unit_score)
        return _declined(engine, q, f"nothing about {v.label(x)} answers that", unit_score)
    best = facts[0]
    if (
        _asks_of(q)
        and not asks_kind
        and not q.asks_amount  # (a figure is looked for after: "How much does X bill?")
        and words
        and 2 * match(best) <= len(words)
    ):
        # "How is Gromble billed?", "What does Gromble charge per hour?": a question that asks
        # for something of X, which X's best line says little of (one word of "billed" and
        # "generated": "... generate a forecast"), is not answered by X itself
        return _declined(engine, q, f"nothing about {v.label(x)} answers that", unit_score)
    said = v.label(best.obj) if best.obj_is_entity else best.obj
    summary = f"{v.label(x)}: " + (f"{best.criterion}: " if best.criterion else "") + said
    if said.rstrip().endswith(":") and (
        parts := [v.label(f.subject) for f in g.in_facts.get(x, []) if f.predicate == "partOf"]
    ):
        # "Managed copies with check modes:": what it leads in are its parts, said after it
        summary = f"{summary.rstrip()} {_named_list(parts)}"
    units = list(dict.fromkeys(f.unit for f in facts[:5]))
    ev = _evidence(engine, units, {u: -i for i, u in enumerate(units)}, limit=5)
    confidence = min(1.0, 0.5 + 0.25 * match(best)) if words else 0.75
    return Answer(
        q.text,
        True,
        summary,
        "describe",
        round(confidence, 3),
        describe_sparql(x),
        _items(engine, [(x, 1.0, ev)]),
        [x],
    )


# "how far", "how many", "how is it billed": a measure or a manner of being done, asked of X
_HOW_OF = re.compile(
    r"^how\s+(?:(?:far|much|many|long|often|big|large|soon|fast|high|low|old|small)\b"
    r"|(?:is|are|was|were)\s)",
    re.I,
)


def _asks_of(q: Question) -> bool:
    """Whether a question asks for something of the one thing it names, not about the thing:
    a thing by its noun ("What file suffix does Gromble add?"), the object of a verb ("What
    does Gromble charge per hour?"), a measure or a manner of being done ("How is Gromble
    billed?"); not "How do Gromble guards copy a hub?"."""
    return bool(q.asked) or q.form == "open" or bool(_HOW_OF.match(q.text))


def _named_list(names: list[str], most: int = 8) -> str:
    """Names once each, in order, the first ``most`` of them: "A, B, C, ..."."""
    names = list(dict.fromkeys(names))
    return ", ".join(names[:most]) + (", ..." if len(names) > most else "")


def _name(engine, anchor: str) -> str:
    return engine.view.label(anchor) if anchor.startswith("http") else anchor


def _first_said(engine, e: str, said_of: list, limit: int = 2) -> list[tuple[str, str]]:
    """(section, text) of the first things the documents say of ``e`` under its own heading,
    in document order: notes describe a thing by its most defining line first."""
    v = engine.view
    own = [
        f
        for f in said_of
        if f.predicate in ("definition", "hasProperty")
        and not f.obj_is_entity
        and f.unit in v.units
        and _titled_for(engine, e, v.units[f.unit].section)
    ]
    own.sort(key=lambda f: (v.units[f.unit].document, v.units[f.unit].page, v.units[f.unit].line))
    texts = list(dict.fromkeys(f.obj for f in own if f.obj.lower() != v.label(e).lower()))
    return [(v.units[own[0].unit].section, t) for t in texts[:limit]] if texts else []


def _titled_for(engine, e: str, section: str) -> bool:
    """Whether a section's own heading names ``e`` ("Gromble Forest (GF)" names it)."""
    title = section.rsplit(" > ", 1)[-1].lower()
    names = {n.lower() for n in _names(engine, e)}
    return title in names or re.sub(r"\s*\([^()]*\)\s*$", "", title) in names


def _own_section_lines(engine, e: str, limit: int = 2) -> list[tuple[str, str]]:
    """(section, text) of the first lines under a heading that names ``e``, in document order,
    whatever things they make nodes of ("- Odd-row scoring → gives each row ...")."""
    v, g = engine.view, engine.graph
    for section, units in g.section_units.items():
        if not _titled_for(engine, e, section):
            continue
        lines = [v.units[u] for u in units if u in v.units]
        lines.sort(key=lambda x: (x.document, x.page, x.line))
        texts = [x.text for x in lines if x.text != section.rsplit(" > ", 1)[-1]]
        texts = [t for t in texts if len(t.split()) > 3][:limit]
        if texts:
            return [(section, t) for t in texts]
    return []


def _own_clauses(engine, e: str, said_of: list, limit: int = 2) -> list[tuple[str, str]]:
    """(section, text) of the clauses that open with ``e``'s name ("An ingest queue buffers
    rows ..."), in document order."""
    v = engine.view
    names = tuple(n.lower() for n in _names(engine, e))
    own = [
        f
        for f in said_of
        if f.predicate == "hasProperty"
        and not f.obj_is_entity
        and f.unit in v.units
        and re.sub(r"^(?:the|an?)\s+", "", f.obj.lower()).startswith(names)
    ]
    own.sort(key=lambda f: (v.units[f.unit].document, v.units[f.unit].page, v.units[f.unit].line))
    texts = list(dict.fromkeys(f.obj for f in own))
    return [(v.units[own[0].unit].section, t) for t in texts[:limit]] if texts else []


def _naming_sentence(engine, e: str, text: str) -> str:
    """The sentence of a passage that names ``e`` ("... or SMOTE, which creates synthetic
    rows ..."), or the whole passage when none or every one does."""
    sentences = re.split(r"(?<=[.!?])\s+(?=[A-Z])", text.strip())
    naming = [
        x
        for x in sentences
        if any(_whole_name(n).search(x) for n in _names(engine, e) if len(n) > 2)
    ]
    return naming[0] if naming and len(sentences) > 1 else text


def _sentence(text: str) -> str:
    text = text.strip()
    return text[:1].upper() + text[1:] + ("" if text.endswith((".", "!", "?")) else ".")


def _defines_first(engine, q: Question, e: str) -> bool:
    """Whether the question opens by asking what ``e`` is ("What is Gromble and how is it
    different from ...?"), before what it sets it against."""
    first = re.split(r"\s+and\s+(?=how|what|why|when|is|does|in what)\b", q.text, maxsplit=1)
    if len(first) < 2:
        return False
    opening = analyse(first[0].rstrip(" ?,") + "?")
    return opening.form == "definition" and engine.names.entity(opening.subject) == e


def _definition(engine, q: Question, e: str, unit_score) -> Answer:
    """X's card: its definition and what the documents say it is used for; failing a
    definition, the passages that describe it. Never the bare name."""
    v = engine.view
    g = engine.graph
    ent = v.entities[e]
    facts = g.subject_facts[e]
    uses = [v.label(f.obj) if f.obj_is_entity else f.obj for f in facts if f.predicate == "usedFor"]
    said_of = [
        f for f in facts if f.predicate in ("definition", "hasProperty", "usedFor", "hasAttribute")
    ]
    units = [f.unit for f in said_of] or sorted(g.said_in.get(e, set()))
    ev = _evidence(engine, units, unit_score, limit=4)
    described = next((x for x in ev if x["text"].strip().lower() != ent.label.lower()), None)
    if not ent.definition and described is None:
        return _declined(
            engine, q, f"the documents name {ent.label} but do not describe it", unit_score
        )
    if ent.definition:
        summary = f"{ent.label}: {ent.definition}"
        body = ent.definition
    else:  # no definition: say so, and the first things its section says of it, in order
        first = (
            _own_section_lines(engine, e)
            or _first_said(engine, e, said_of)
            or _own_clauses(engine, e, said_of)
        )
        where = (first[0][0] if first else described["section"]).rsplit(" > ", 1)[-1]
        body = (
            " ".join(_sentence(text) for _, text in first)
            if first
            else _naming_sentence(engine, e, described["text"])
        )
        under = f"under “{where}” " if where.strip() else ""  # a document with no headings
        summary = f"The documents give {ent.label} no definition; {under}they say: {body}"
    serves: dict[str, list[str]] = {}  # what the documents do with it: "monitored by it: ..."
    for f in g.in_facts.get(e, []):
        if f.predicate in ("monitoredBy", "implementedWith", "builtOn", "partOf"):
            serves.setdefault(relation_label(f.predicate), []).append(v.label(f.subject))
    if summary.rstrip().endswith(":") and (parts := serves.pop(relation_label("partOf"), [])):
        # "Managed copies with check modes:": what it leads in are its parts, said after it
        summary = f"{summary.rstrip()} {_named_list(parts)}"
    summary = summary.rstrip() + ("" if summary.rstrip().endswith((".", "!", "?")) else ".")
    if uses and not any(u.lower() in body.lower() for u in uses[:3]):
        summary += " Used for: " + "; ".join(dict.fromkeys(uses[:3])) + "."
    for rel, names in list(serves.items())[:2]:
        names = list(dict.fromkeys(names))
        summary += (
            f" {rel.capitalize()} it: {', '.join(names[:5])}{', ...' if len(names) > 5 else ''}."
        )
    return Answer(
        q.text,
        True,
        summary,
        "definition",
        0.9 if ent.definition else 0.7,
        definition_sparql(e),
        _items(engine, [(e, 1.0, ev)]),
        [e],
    )


# what may stand between two compared names: "A vs B", "A, B and C", "A or the B",
# "A differs from B", "A instead of B"
_BETWEEN = re.compile(
    r"\s*(?:,|/|&)?\s*(?:and|or|vs\.?|versus|against|over|with|to|from|than|instead of|"
    r"rather than|compared (?:to|with)|(?:apart|differs?) from|different (?:from|to|than)|,|/|&|-|\u2013|"
    r"\u2014)?\s*(?:the |an? |its |their )?"
)


def _either_number(name: str) -> str:
    """A pattern for a name of several words in the singular or the plural."""
    if " " not in name and "-" not in name:
        return re.escape(name)
    return re.escape(name[:-1]) + "s?" if name.endswith("s") else re.escape(name) + "s?"


def _coordinated(engine, text: str, ents: list[str]) -> list[str]:
    """The named things a question sets side by side: those whose names stand next to one
    another with only "vs", "or", "and", a comma (...) between; in the order said."""
    low = text.lower()
    spans = []
    for e in ents:
        found = [
            (m.start(), m.end())
            for n in _names(engine, e)
            if len(n) > 1
            # (in the number the question says it: "quill endpoint" of "Quill endpoints")
            for m in re.finditer(r"(?<![\w-])" + _either_number(n.lower()) + r"(?![\w-])", low)
        ]
        if found:  # its first mention, in its longest form there
            spans.append((*min(found, key=lambda t: (t[0], -t[1])), e))

    # a name that holds two others with a joining word between ("Quill Hub and Fern Vault",
    # a heading's node) names the pair, no third thing
    def joins_two(x: tuple) -> bool:
        inner = sorted(y for y in spans if x[0] <= y[0] and y[1] <= x[1] and y[:2] != x[:2])
        return any(
            re.fullmatch(r"\s*(?:,|and|or|vs\.?|versus|&)\s*", low[a[1] : b[0]])
            for a, b in zip(inner, inner[1:])
        )

    spans = [x for x in spans if not joins_two(x)]
    # a name said only inside a longer one ("endpoint" in "quill endpoint") is not set
    # beside anything
    spans = [
        x for x in spans if not any(y[0] <= x[0] and x[1] <= y[1] and y[:2] != x[:2] for y in spans)
    ]
    spans.sort()
    # a name said right after another and again right after a later one is the head both
    # share ("Quill warm start or Fern warm start"), no thing set beside them
    heads = {
        y[2]
        for x, y in zip(spans, spans[1:])
        if not low[x[1] : y[0]].strip()
        and any(
            re.match(rf"\s*{re.escape(low[y[0] : y[1]])}", low[z[1] :])
            for z in spans
            if z[0] > y[1]
        )
    }
    spans = [x for x in spans if x[2] not in heads]
    # runs of names with only a joining word between; the longest run, one that sets things
    # against each other ("or", "vs") before one that only adds ("and"), the first of equals
    # ("how do A and B stack up on cost and ML?": A and B; "to avoid X and train fast, A or B?":
    # A or B)
    runs: list[tuple[list[str], bool]] = []
    for i, (_, end, a) in enumerate(spans):
        start, b_end, b = spans[i + 1] if i + 1 < len(spans) else (0, 0, "")
        between = low[end:start]
        # a head both names share ("quill nodes and fern nodes", "Quill warm start or Fern
        # warm start") is said after each: the longest, of up to three words
        words = re.findall(r"[a-z][\w-]*", between)[:3]
        for k in range(len(words), 0, -1):
            phrase = r"\s+".join(map(re.escape, words[:k]))
            head = re.match(rf"\s*{phrase}(?![\w-])", between)
            # (in the number said after the second: "core node and task nodes")
            again = [*map(re.escape, words[: k - 1]), re.escape(words[k - 1].rstrip("s")) + "s?"]
            if head and re.match(r"\s*" + r"\s+".join(again) + r"(?![\w-])", low[b_end:]):
                between = between[head.end() :]
                break
        # (with nothing between, one name qualifies the next: "Quill fern vault")
        if b and start >= end and between.strip() and _BETWEEN.fullmatch(between):
            if not runs or runs[-1][0][-1] != a:
                runs.append(([a], False))
            against = runs[-1][1] or not re.fullmatch(r"\s*(?:,|&|and)?\s*(?:and\s*)?", between)
            runs[-1] = (runs[-1][0] + ([b] if b not in runs[-1][0] else []), against)
    best = max(runs, key=lambda r: (len(r[0]), r[1]), default=None)
    return best[0] if best else []


# the two things a comparison names: "what's the difference ... A and B", "How does A differ
# from B", "A vs B"
_TWO_COMPARED = re.compile(
    r"\bdifferences?\s+between\s+(?P<a>.+?)\s+and\s+(?P<b>.+?)(?=[?.!]|$)"
    r"|\bhow\s+(?:does|do|is|are)\s+(?P<c>.+?)\s+(?:differ(?:ent)?\s+from|compare\s+(?:to|with)|"
    r"(?:stack\s+up\s+)?against)\s+(?P<d>.+?)(?=[?.!]|$)"
    r"|^(?:what\s+(?:separates|distinguishes)\s+)(?P<e>.+?)\s+from\s+(?P<f>.+?)(?=[?.!]|$)",
    re.I,
)
# what may follow the second name and is no part of it: "... in Gromble", "... when loading"
_AFTER_COMPARED = re.compile(
    r"\s+(?:in|for|of|on|when|while|within|inside|under|with|during)\s.*$|\s+(?:differ|compare)\b.*$",
    re.I,
)
TERM_COMPARE_CONFIDENCE = 0.55  # set by hand: two terms found in passages, no node for them


def _compared_terms(engine, q: Question, unit_score) -> Answer | None:
    """ "How do fern pinning and quill pinning differ?", neither of them a node: the
    two terms as the best passages write them, each with the passage that says it, when
    both are said there; None otherwise."""
    m = _TWO_COMPARED.search(q.text)
    if m is None:
        return None
    a, b = [x for x in m.groups() if x][:2]
    b = _AFTER_COMPARED.sub("", b)

    def bare(x: str) -> str:
        return re.sub(r"^(?:(?:a|an|the|its|their)\s+)", "", x.strip(" ,"), flags=re.I)

    # (whose they are is no part of them: "Gromble's drip mode")
    a, b = (re.sub(r"^\S+['’]s\s+", "", bare(x)) for x in (a, b))
    head = b.split()[-1] if b.split() else ""
    if len(a.split()) == 1 and len(b.split()) >= 2 and not a.lower().endswith(head.lower()):
        # "additive and multiplicative decomposition": the head noun is said once, after both
        a_whole = f"{a} {head}"
    else:
        a_whole = a
    # "drip mode and gulp mode" may be written "mode: drip or gulp": each without the head
    # noun both share
    shared = len(a.split()) >= 2 and len(b.split()) >= 2 and a.split()[-1] == head
    a_bare, b_bare = (" ".join(x.split()[:-1]) if shared else x for x in (a, b))
    v = engine.view
    best = sorted(unit_score, key=lambda u: (-unit_score[u], u))[: 2 * TERM_PASSAGES]
    found = []
    for options in ((a_whole, a, a_bare), (b, b_bare)):
        if found and found[0][0].lower() == a_bare.lower() != a.lower():
            options = (b_bare, b)  # (both as the passages write them: without the head)
        hit = None
        for term in dict.fromkeys(options):
            if len(term) < 3 or len(term.split()) > 5:
                continue
            spelt = r"\s+".join(map(re.escape, term.split()))
            pattern = re.compile(rf"(?<![\w-]){spelt}(?:e?s)?(?![\w-])", re.I)
            for u in best:
                x = v.units.get(u)
                if x is not None and (said := pattern.search(x.text)):
                    hit = (said.group(), u)
                    break
            if hit:
                break
        if hit is None:
            return None
        found.append(hit)
    if found[0][0].lower() == found[1][0].lower():
        return None
    items = []
    for label, u in found:
        ev = _evidence(engine, [u], unit_score, limit=1)
        items.append(
            {
                "label": label,
                "iri": "",
                "type": "Term",
                "score": TERM_COMPARE_CONFIDENCE,
                "evidence": ev,
            }
        )
    said = " ".join(dict.fromkeys(item["evidence"][0]["text"] for item in items))
    summary = (
        f"The documents give {found[0][0]} and {found[1][0]} no entries of their own; "
        f"they say: {said}"
    )
    return Answer(q.text, True, summary, "compare", TERM_COMPARE_CONFIDENCE, "", items)


def _compare(engine, q: Question, ents: list[str], unit_score) -> Answer:
    """A table of criteria × entities, one source per cell (the Compare page's pivot)."""
    from graph.subgraph import compare_table

    v = engine.view
    ents = ents[:5]
    table = compare_table(v, ents, sources=True)
    answers = []
    for e in ents:
        facts = [
            f
            for f in engine.graph.subject_facts[e]
            if f.predicate in ("hasAttribute", "definition", "hasProperty", "usedFor")
        ]
        ev = _evidence(
            engine, [f.unit for f in facts], {f.unit: -i for i, f in enumerate(facts)}, limit=6
        )
        answers.append((e, 1.0, ev))
    names = ", ".join(v.label(e) for e in ents)
    shown = [r["criterion"] for r in table[:6]]
    summary = f"{names} compared on {len(table)} criteri{'a' if len(table) != 1 else 'on'}" + (
        (": " if len(table) <= 6 else ", among them: ") + ", ".join(shown) + "." if table else "."
    )
    return Answer(
        q.text,
        True,
        summary,
        "compare",
        0.8 if table else 0.5,
        compare_sparql(ents),
        _items(engine, answers),
        list(ents),
        table,
    )
