"""Things named only in running text: paragraphs, list items, headings and table cells.

Read after every document is interpreted, so every name the documents define is known. A new
name is taken only where the writing marks it as one: an acronym defined in parentheses after
the words it abbreviates ("Term Frequency-Inverse Document Frequency (TF-IDF)"), a product-style
word ("MLflow", "PyTorch", "LeNet-5"), an official name of an AWS service, or an item of an explicit
list whose items all read as names ("frameworks such as A, B and C", "A: B (C), D"). A
capitalised word at the start of a sentence, or in Title Case text, is not evidence of a name.
"""

from __future__ import annotations

import itertools
import re
from collections import Counter
from collections.abc import Collection, Iterator, Sequence
from dataclasses import dataclass
from functools import lru_cache

from .builder import (
    FUNCTION_WORDS,
    Builder,
    algorithm_index,
    catalog_index,
    format_index,
    is_name_like,
)
from .lexicon import is_everyday, is_meta_heading, is_plural_noun_phrase, plural, singular
from .lists import (
    NUMBER_WORDS,
    QUANTIFIERS,
    VAGUE_KINDS,
    counted_kind,
    is_listed_name,
    is_vague,
    known_lead,
    lead_kind,
    lead_subjects,
    named_items,
    one_named,
    plural_not_verb,
    restates,
)
from .mentions import Match, NameIndex, mention_index
from .model import Entity, TextUnit
from .names import (
    CODED_PAIR,
    FILE_NAME,
    POINT_DOT,
    format_spellings,
    is_acronym,
    is_snake_case,
    known_algorithms,
    known_formats,
    name_key,
    spells,
    split_list,
)
from .text import question_card

_NOISE = re.compile(r"\S*(?:://|www\.)\S*|\$[^$]*\$")  # addresses and inline math
_SMALL = {"of", "for", "and", "the", "to", "a", "an", "in", "on", "with", "by", "&", "or"}
_WORD = re.compile(r"(?<![\w.-])[A-Za-z][A-Za-z0-9]*(?:-[A-Za-z0-9]+)*(?![\w-]|\.\w)")
# a name, a verb that chooses or joins, and a run of names: "AutoPredictor chooses among A,
# B, C and D", "Zorb can blend A, B, C or D"
_NAME_ITEM = re.compile(r"(?:[A-Z0-9][\w+.-]*)(?:\s+[A-Z0-9][\w+.-]*){0,2}")
_CHOICE = re.compile(
    # (or after "with": "forecasting with AutoPredictor choosing among ...")
    r"(?:^|(?<=[.;:]\s)|(?<=\bwith\s))(?P<subject>[A-Z][\w+-]*(?:\s+[A-Z][\w+-]*){0,3})\s+"
    r"(?:can\s+|may\s+|will\s+)?[a-z]+s?\s+(?:among|from|between)\s+"
    r"(?P<items>[^.;:()]+?,\s+[^.;:()]+?\s+(?:and|or)\s+[A-Z0-9][\w+.-]*)"
)
_OPTIONAL_ITEM = re.compile(r"^(optional|additional|extra)\s+(?=[a-z][\w-]*\s+[a-z])", re.I)
# "Choose between A, B and C", "Pick from A, B or C" opening a sentence: no subject but the
# text's own thing
_CHOOSE_AMONG = re.compile(
    r"(?:^|(?<=[.;:]\s))(?:Choose|Pick|Select)\s+(?:among|from|between)\s+"
    r"(?P<items>[^.;:()]+?,\s+[^.;:()]+?\s+(?:and|or)\s+[A-Z0-9][\w+.-]*?)(?=[.;]?(?:\s|$))"
)
_BRAND = re.compile(r"(?<![\w-])Apache\s+[A-Z][\w-]*")  # Apache projects, as registry.py reads
_PARENTHESES = re.compile(r"\(([^()]{3,200})\)")
RARE_NAME_ZIPF = 2.5  # below this, a word English hardly uses (wordfreq's Zipf scale)
# a first word at least this common ("small", "good", "data") does not open a term said once
EVERYDAY_ADJECTIVE_ZIPF = 5.3


@lru_cache(maxsize=1 << 14)
def _rare_word(word: str) -> bool:
    from wordfreq import zipf_frequency

    return zipf_frequency(word, "en") < RARE_NAME_ZIPF


_ABBREVIATIONS = re.compile(r"\b(?:e\.g|i\.e|etc|vs|cf|incl|approx)\.$", re.I)
Span = tuple[int, int]


def said_of_units(b: Builder) -> dict[str, str]:
    """Text unit id → what its text is said of: the thing it defines, else the first it
    describes (an item "**Widget Hub**: copies rows" defines Widget Hub and is also a property
    of its section)."""
    said_of: dict[str, str] = {}
    for predicate in ("definition", "hasProperty"):
        for f in b.out.facts:
            if f.predicate == predicate:
                said_of.setdefault(f.unit, f.subject)
    # a table row whose cells all describe one thing (its row head) is said of that thing
    described: dict[str, set[str]] = {}
    for f in b.out.facts:
        if f.predicate == "hasAttribute":
            described.setdefault(f.unit, set()).add(f.subject)
    for unit, subjects in described.items():
        if len(subjects) == 1:
            said_of.setdefault(unit, next(iter(subjects)))
    for unit, thing in b.under.items():  # a point under a thing's item is said of it
        if thing in b.out.entities:
            said_of.setdefault(unit, thing)
    return said_of


def is_whole_name(index: NameIndex, text: str) -> bool:
    """Whether ``text`` is one known name, whole."""
    found = index.find_longest(text)
    return len(found) == 1 and found[0].start == 0 and found[0].end == len(text)


def read_prose_names(b: Builder, list_cues: Sequence[str] = ()) -> None:
    """Every text unit's new names become nodes; ``list_cues`` introduce examples ("such as")."""
    index = mention_index(b.out.entities, b.registry.surface_forms())
    finder = _NameFinder(b, index, list_cues)
    finder.said_of = said_of_units(b)
    for segment in unit_segments(b):
        finder.read(
            segment.text, segment.unit, segment.unit.text == segment.unit.source.section_title
        )
    for unit in list(b.out.units.values()):
        for name in code_names_of(unit):
            finder.add_code(name, unit)
    read_subject_terms(b, finder)
    read_glossed_names(b)
    read_contrasted_terms(b)


# "AWS Quill SDK", "Amazon Fernbox": the vendor's name, then a name's words in capitals
_VENDOR_NAMED = re.compile(
    r"(?<![\w-])(?:AWS|Amazon)(?:\s+[A-Z][A-Za-z0-9]*(?:-[A-Za-z0-9]+)*){1,3}\b"
)


def _product_word(word: str) -> bool:
    """A word of a product's name after its vendor's: a rare word in capitals ("Quill",
    "Neuron") or an acronym of three letters or more ("SDK", "FSx")."""
    if is_acronym(word) and 2 * sum(c.isupper() for c in word) >= len(word):
        return len(word) >= 3  # (not an API's name: "PutRecord")
    return bool(re.fullmatch(r"[A-Z][a-z0-9]+", word)) and not is_everyday(word.lower())


# "TF-IDF (term frequency × inverse document frequency — how important a word is ...)": a
# name written as only names are, then what it is in lower case, in parentheses
_GLOSSED_NAME = re.compile(
    r"(?<![\w-])(?P<name>[A-Z][A-Za-z0-9]*(?:-[A-Z0-9][A-Za-z0-9]*)+|[A-Z][a-z0-9]*[A-Z][A-Za-z0-9]*)"
    r"\s+\((?P<gloss>[a-z][^()]{15,200})\)"
)


# words that open a remark in parentheses, not a gloss of what the name is
_REMARK_OPENERS = frozenset(
    "for if when default only not e.g. eg i.e. ie see via with without by from in on at to as "
    "like up max min less more most very also usually often rarely mostly".split()
)


def read_glossed_names(b: Builder) -> None:
    """A name written as only names are ("TF-IDF", "GroupKFold"), glossed in parentheses in
    lower-case words that do not just spell it out, is a thing the gloss defines."""
    for unit in list(b.out.units.values()):
        if unit.is_code:
            continue
        for m in _GLOSSED_NAME.finditer(unit.text):
            name, gloss = m["name"], m["gloss"].strip()
            first = gloss.split()[0].lower()
            if name.isupper() and "-" not in name:
                continue  # "PCA (t-SNE is for plots)": a bare acronym's remark, or its words
            if len(gloss.split()) < 4 or spells(name, gloss) or first in _REMARK_OPENERS:
                continue  # "GPU (for 1.2-1, one instance)": a remark, not what it is
            e = b.entity(name, None, unit)
            if e is not None and not e.definitions:
                b.literal(e, "definition", gloss, unit)


# "row drift (the rows change) versus key drift (the keys change)": two terms set against each
# other, each glossed in parentheses, after a sentence's or clause's start or "between"
_TERM = r"[A-Za-z][\w-]*(?:\s+[a-z][\w-]*){0,3}"
_CONTRASTED = re.compile(
    rf"(?:^|(?<=[:;,.!?]\s)|(?<=\bbetween\s))(?P<a>{_TERM})\s+\((?P<ga>[^()]{{8,200}})\)"
    rf",?\s+(?:versus|vs\.?)\s+(?P<b>{_TERM})\s+\((?P<gb>[^()]{{8,200}})\)"
)


def read_contrasted_terms(b: Builder) -> None:
    """Two terms a text sets against each other, each with what it is in parentheses ("row
    drift (the rows change) versus key drift (...)"), are things the glosses define."""
    for unit in list(b.out.units.values()):
        if unit.is_code:
            continue
        for m in _CONTRASTED.finditer(unit.text):
            pairs = [(m["a"], m["ga"]), (m["b"], m["gb"])]
            if not all(
                is_listed_name(name, alone=True)
                and name.split()[0].lower() not in _DETERMINERS | _NO_TERM_START
                and len(gloss.split()) >= 3
                for name, gloss in pairs
            ):
                continue
            for name, gloss in pairs:
                e = b.entity(name[:1].upper() + name[1:], None, unit)
                if e is not None and not e.definitions:
                    b.literal(e, "definition", gloss.strip(), unit)


# "An ingest queue buffers ...", "The row cache serves ...": a noun phrase in lower
# case, after an article, as the subject of a verb
_SUBJECT_TERM = re.compile(
    r"(?<![\w-])(?:[Tt]he|[Aa]n?)\s+((?:[a-z][a-z0-9-]*\s+){1,2}?[a-z][a-z0-9-]*)\s+"
    r"(?:is|are|was|can|will|must|has|[a-z]{3,}(?<!ss)s)\b"
)
_OPENING_SUBJECT = re.compile(
    r"(?:^|(?<=[.!?;:]\s))([A-Z][a-z][a-z0-9-]*(?:\s+[a-z][a-z0-9-]*){1,2}?)\s+"
    r"(?:is|are|was|were|can|cannot|will|must|has|does|should)\b"
)
# "An ingest queue buffers rows ...": a sentence that opens with a thing in general, in lower
# case after "A"/"An", and says what it does or is; an adverb may stand before the verb
_GENERIC_SUBJECT = re.compile(
    r"(?:^|(?<=[.!?]\s))An?\s+((?:[a-z][a-z0-9-]*\s+){1,2}?[a-z][a-z0-9-]*)"
    r"(?:\s+(?:[a-z]+ly|instead|also|then|only|still|always|never|often))?"
    r"\s+(?:is\s+an?\s|[a-z]{3,}(?<!ss)s\b)"
)
# English's closed classes that open no term: "Because it is ...", "Too many are ..."
_NO_TERM_START = frozenset(
    "because since although though if when while unless once it they we you he she there "
    "too very so one two three four five many much more most less few several both either "
    "neither".split()
)  # (and the determiners, _DETERMINERS)
# adjectives that pick out one of several ("the *same* budget"), not a thing's name
_PICKING = frozenset(
    "same other whole next first last new old main best most more less many few such own "
    "entire following previous above below".split()
)
_PREPOSITIONS = frozenset(
    "between among within without across against after before during over under about "
    "through per via versus vs behind than".split()
)


def read_subject_terms(b: Builder, finder: _NameFinder) -> None:
    """A lower-case noun phrase of two or three words that is the subject of a clause and
    that the documents use again elsewhere is a term of theirs: a node."""
    from wordfreq import zipf_frequency

    seen: dict[str, list[TextUnit]] = {}
    once: set[str] = set()
    for unit in b.out.units.values():
        if unit.is_code:
            continue
        found = [m.group(1) for m in _SUBJECT_TERM.finditer(unit.text)]
        # ... or opening a sentence ("Row fencing is not the same as ...")
        found += [
            m.group(1).lower()
            for m in _OPENING_SUBJECT.finditer(unit.text)
            if m.group(1).split()[0].lower() not in _NO_TERM_START | _DETERMINERS
        ]
        # said once is enough for a thing a sentence opens with to say what it does, unless
        # its first word is one English uses all the time ("A small dataset overfits")
        said_of = [
            m.group(1)
            for m in _GENERIC_SUBJECT.finditer(unit.text)
            if zipf_frequency(m.group(1).split()[0], "en") < EVERYDAY_ADJECTIVE_ZIPF
            and not is_vague(m.group(1))
        ]
        once.update(said_of)
        for phrase in found + said_of:
            words = phrase.split()
            if (
                words[0] in _PICKING
                or any(
                    FUNCTION_WORDS.fullmatch(w) or w in _SMALL | _DETERMINERS | _PREPOSITIONS
                    for w in words
                )
                or any(w.endswith("ly") for w in words)
                or not is_listed_name(phrase, alone=True)
                or is_plural_noun_phrase(phrase)
            ):
                continue
            seen.setdefault(phrase, []).append(unit)
    if not seen:
        return
    # how often each phrase is written anywhere, in one pass over the text (a plural counts)
    used: Counter[str] = Counter()
    for unit in b.out.units.values():
        if unit.is_code:
            continue
        for run in re.split(r"[^\w\s-]+", unit.text.lower()):  # no phrase spans punctuation
            words = run.split()
            for n in (2, 3):
                for i in range(len(words) - n + 1):
                    gram = words[i : i + n]
                    gram[-1] = singular(gram[-1]) if gram[-1].endswith("s") else gram[-1]
                    used[" ".join(gram)] += 1
    for phrase in sorted(seen):
        # used again, or opening a sentence that says what it does: a term
        if b.registry.find(phrase) is None and (used[phrase] >= 2 or phrase in once):
            finder._add(phrase, None, seen[phrase][0])


def code_names_of(unit: TextUnit) -> list[str]:
    """The names a text writes as code: in backticks, snake_case words ("lower flush_rows"),
    constants ("the ZORB_SCORE function"), and words listed with one ("zorble, quibble or
    pooled_rows")."""
    if unit.is_code:
        return []
    written = _SNAKE_CASE.findall(unit.text) + _CONSTANT.findall(unit.text)
    for m in _WORD_LIST.finditer(unit.text):
        items = re.split(r"\s*,\s*|\s+(?:or|and)\s+", m.group(0))
        # (of two, a word after "is" or "are" is no value but the end of a clause: "rows
        # are drawn and fern_mode picks ...")
        said = len(items) == 2 and bool(_PREDICATE_END.search(unit.text, 0, m.start()))
        if any(_SNAKE_CASE.fullmatch(x) for x in items):
            written += [
                x
                for x in items
                if len(x) >= 3
                and not FUNCTION_WORDS.fullmatch(x)
                and not (said and x == items[0] and not _SNAKE_CASE.fullmatch(x))
            ]
    return list(dict.fromkeys([*code_span_names(unit.code), *written]))


_HAS_SETTINGS = frozenset(("Algorithm", "Service", "Framework", "Tool", "Technique"))


def _has_settings(e: Entity, settled: Entity | None) -> bool:
    """Whether ``e`` is of a class that has settings, or the thing a text settles as having."""
    return e.cls in _HAS_SETTINGS or e is settled


def read_settings(b: Builder) -> None:
    """Settings written as code in a text about an algorithm, service, framework, tool or
    technique are its hyperparameters ("Gromble: `flush_rows` and `gap_ms` are
    required"); a value in parentheses after one ("(`regressor` or ...)") is not. Run once
    classes are final."""
    said_of = said_of_units(b)
    for unit in b.out.units.values():
        lead = re.match(r"^\s*([^:;.()]{2,60}?)\s*(?::|\s[–—-])\s", unit.text)
        # (a row's "Algorithm: Zorb; ...": its column's class, no thing of the settings)
        owner = b.registry.find(lead[1]) if lead and not b.names_a_class(lead[1]) else None
        if (card := question_card(unit.text)) is not None:
            # "Q: Key Gromble settings? A: `flush_rows`, ...": the one thing its
            # question names
            named = [
                e
                for e in map(b.out.entities.get, sorted(unit.mentions))
                if e is not None and e.cls in _HAS_SETTINGS and _names(card["q"], e)
            ]
            owner = named[0] if len(named) == 1 else None
        owner = owner or b.out.entities.get(said_of.get(unit.id, ""))
        # "Quill Tagger: `num_tags` and `tag_floor` are required": a thing of no class whose
        # own text writes two settings as code has settings all the same, when its name is
        # one (words each capitalised; not a label, "Required", "Step 1 Setup")
        own = b.out.entities.get(said_of.get(unit.id, ""))
        settled = (
            own
            if own is not None
            and own is owner
            and own.cls in (None, "Concept")
            and re.fullmatch(r"[A-Z][\w-]*(?: [A-Z][\w-]*)+", own.label)
            and not re.search(r"\d", own.label)
            and sum(bool(_SNAKE_CASE.fullmatch(c)) and "_" in c for c in set(unit.code)) >= 2
            else None
        )

        if (owner is None or not _has_settings(owner, settled)) and unit.source.section:
            owner = _section_thing(b, unit)
        if (owner is None or not _has_settings(owner, settled)) and lead:
            # "XGBoost specific: `scale_pos_weight`": the thing the lead's first words name
            words = lead[1].split()
            owner = next(
                (
                    e
                    for k in range(len(words) - 1, 0, -1)
                    if (e := b.registry.find(" ".join(words[:k]))) is not None
                    and e.cls in _HAS_SETTINGS
                ),
                owner,
            )
        # where nothing says whose they are: the algorithms the text names, a setting the one
        # named right before it ("weight classes (XGBoost `scale_pos_weight` ≈ ...), Linear
        # Learner `positive_example_weight_mult`")
        algorithms = [
            e
            for e in map(b.out.entities.get, sorted(unit.mentions))
            if e is not None and e.cls == "Algorithm"
        ]
        known = owner if owner is not None and _has_settings(owner, settled) else None
        if known is not None and (len(algorithms) < 2 or (lead and _names(lead[1], known))):
            algorithms = []  # the lead's thing, or the text's own
        if algorithms:
            owner = known or algorithms[0]
        if owner is None or not _has_settings(owner, settled):
            continue
        values = _setting_values(b, unit.text, unit.code)
        written = _written_settings(b, unit, owner)
        # (a plain word among values written as code is one of them: "binary_classifier,
        # multiclass_classifier or regressor")
        with_code = {values[n] for n in written if n in values}
        written += [n for n, setting in values.items() if setting in with_code and n not in written]
        for name in written:
            whose = owner
            if algorithms:
                before = [a for a in algorithms if _named_before(unit.text, a, name)]
                if len(before) == 1:
                    whose = before[0]
                elif known is None and not (
                    len(algorithms) == 1 and ("_" in name or name in values)
                ):
                    # whose it is, nothing says (of the one algorithm a text names, a
                    # snake_case name is a setting, "for XGBoost it's `scale_pos_weight`"; a
                    # plain word may be a value, "metrics `auc` or `error`")
                    continue
            e = b.registry.find(name)
            if (
                # nothing yet, or a service the word is also the name of (AWS Lambda)
                (e is None or (e.label != name and e.cls == "Service"))
                and name in unit.code
                and _is_parameter(name)
                and not re.search(rf"[=:]\s*{re.escape(name)}\b", unit.text)  # "x = auc"
            ):
                # "turn up `alpha` (L1) or `lambda` (L2)": settings written as code in a
                # text about the thing, `lambda` a setting's name and not AWS Lambda
                e = b.entity(name, None, unit, identifier=True)
            elif e is None and values.get(name) in with_code:
                e = b.entity(name, None, unit, identifier=True)  # "... or regressor"
            if e is None or e.id == whose.id or e.label != name:
                continue
            if name in values:
                # "you pick it with mode: zbow, skipzap or batch_skipzap": values of a
                # setting; a setting named in words ("mode") says what kind of thing they are
                setting = values[name]
                if setting.isalpha():
                    b.kind(e, setting, unit)
                    b.fact(e, "partOf", whose, unit)
                elif (coded := _setting_named(b, setting)) is not None:
                    b.fact(coded, "example", e, unit)  # "fold_type: one of a, b or c"
                    b.kind(e, setting.replace("_", " "), unit)  # a "fold type"
            elif (
                _is_parameter(name)
                and e.id not in b.setting_values  # ("`zbow` — ..." under "`mode`:")
                and (not _in_parentheses(unit.text, name) or _named_before(unit.text, whose, name))
            ):
                _setting_of(b, whose, e, unit)
    # what each thing is part of, for the settings listed under a label of them
    wholes: dict[str, list[str]] = {}
    for f in b.out.facts if b.coded else []:
        if f.predicate == "partOf":
            wholes.setdefault(f.subject, []).append(f.obj)
    for item, above, unit in b.coded:
        e = b.out.entities.get(b.current(item.id))
        owner = b.out.entities.get(b.current(above.id))
        if owner is not None and owner.cls not in _HAS_SETTINGS:
            # "- hyperparameters" over "- `eta` ...": a label of the settings of the thing
            # it is listed under
            said = b.listed.get(singular(owner.label.split()[-1].lower()))
            if said is not None and said[0] == "hasParameter":
                whole = [b.out.entities.get(x) for x in wholes.get(owner.id, [])]
                whole = list(
                    {w.id: w for w in whole if w is not None and w.cls in _HAS_SETTINGS}.values()
                )
                # a label under several things ("Hyperparameters" under each algorithm's
                # heading): the one the nearest title of its section names
                here = next(
                    (
                        named
                        for title in reversed(unit.source.section)
                        if (named := [w for w in whole if _names(title, w)])
                    ),
                    whole,
                )
                owner = here[0] if len(here) == 1 else owner
        if e is None or owner is None or owner.cls not in _HAS_SETTINGS or e.id == owner.id:
            continue
        if _is_parameter(e.label) and e.id not in b.setting_values:  # "- `flush_rows` — ..."
            _setting_of(b, owner, e, unit)


# a heading that says what is done with a thing: "Forecasting with DeepAR", "Zorb for Quill"
_DONE_WITH = re.compile(r"^.+?\s+(?:with|using|via)\s+(?P<x>.+)$|^(?P<y>.+?)\s+for\s+.+$")


def _section_thing(b: Builder, unit: TextUnit) -> Entity | None:
    """The thing a unit's section title names: the whole title, or the thing it says is used
    ("Forecasting with DeepAR", "Zorb for nightly rows")."""
    if (whole := b.headed(unit.source)) is not None:
        return whole
    m = _DONE_WITH.match(unit.source.section_title)
    return b.registry.find((m["x"] or m["y"]).strip()) if m else None


def _written_settings(b: Builder, unit: TextUnit, owner: Entity) -> list[str]:
    """The names a text about ``owner`` writes as code (``code_names_of``) and, about an
    algorithm, its plain words written as code too ("turn up `alpha` (L1) or `lambda`
    (L2)"): not a thing the documents name otherwise ("`libsvm`", a format), and none where
    the text names fields before their nouns ("a `start` timestamp and a `target` array":
    a record's, not settings)."""
    names = code_names_of(unit)
    if owner.cls != "Algorithm":
        return names
    plain_code = [
        c
        for c in unit.code
        if re.fullmatch(r"[a-z]{3,}", c)
        and c not in _LITERALS
        and c not in names
        and ((known := b.registry.find(c)) is None or known.cls == "Service")
    ]
    if any(re.search(rf"\b{c}\s+{_NOT_A_JOIN}[a-z]", unit.text) for c in plain_code):
        return names
    return names + plain_code


# "mode: a, b or c", "algorithm_mode = a | b": one setting, then what it may be set to
# ("fold_type: required; one of a, b or c", "fold_type is a or b": a setting written as code,
# what it must be after a remark, or after "is")
_SET_TO = re.compile(
    r"\b(?P<setting>[a-z][a-z0-9_]*)(?P<sep>\s*[:=]|\s+is\s+[a-z]+\s*:|\s+is\b)\s*"
    r"(?:(?:[a-z]+\s*){1,3};\s*)?(?:(?:one|any|either)\s+of\s+)?(?P<values>[^.;:=]+)"
)


_VALUES_IN_BRACKETS = re.compile(
    r"\b(?P<setting>[a-z][a-z0-9]*_[a-z0-9_]*)\s*\((?P<values>[^()]*(?:\||\bor\b)[^()]*)\)"
)
_SETTING_PICKS = re.compile(
    r"\b(?P<setting>[a-z][a-z0-9_]*)\s+(?:picks|chooses|selects|sets|decides|controls)\s+"
    r"(?:the\s+|an?\s+)?[a-z][a-z -]{0,40}?\s*(?:[—–:]|\s-\s)\s*(?P<values>[^—–.;:]+)"
)
_SET_X_TO = re.compile(
    r"\bset\s+(?:the\s+)?`?(?P<setting>[a-z][a-z0-9_]*)`?\s+to\s+(?:(?:one|any|either)\s+of\s+)?"
    r"(?P<values>[^.;:=]+)"
)

_NOT_A_JOIN = r"(?!(?:or|and|to|is|are|of|at|for|by|in|on)\b)"  # a word after a name, not a noun

# words that may stand before a setting's name: "set it with mode:", "its mode:", "three modes:"
_SETTING_OPENERS = frozenset(
    ("with", "set", "via", "using", "use", "the", "its", "their", "a", "an", *NUMBER_WORDS)
)


# English adverbs that may lead a list ("also: a, b", "optionally: c")
_ADVERB = re.compile(
    r"also|too|plus|then|else|etc|otherwise|often|sometimes|maybe|perhaps|\w+ly", re.I
)


def _setting_values(b: Builder, text: str, code: Sequence[str] = ()) -> dict[str, str]:
    """The values a text lists for one setting, each with the setting: "mode: zbow, skipzap or
    batch_skipzap, the last one ..." → {"zbow": "mode", ...}. Not the settings a plural label
    lists ("hyperparameters: a, b"), nor those a noun for settings names ("knob: a")."""
    out: dict[str, str] = {}

    def listed(setting: str, said: str) -> None:
        items = []
        # (a value, then what it is for, up to the next comma or the next value said with
        # what it is for: "gulp for rows and columns, drip for ...", "gulp for rows and
        # drip for columns")
        said = re.sub(
            r"(?<=\S)\s+(?:for|in|on|with|when|if)\s[^,;|]*?"
            r"(?=[,;|]|\s+(?:and|or)\s+\S+\s+(?:for|in|on|with|when|if)\s|$)",
            "",
            said.strip(),
        )
        said = re.sub(r"^(?:one of|either|any of)\s+", "", said, flags=re.I)  # "One of a, b or c"
        for x in re.split(r"\s*(?:,|\|)\s*|\s+(?:or|and)\s+", said):
            x = re.sub(r"^(?:or|and)\s+", "", x.strip())
            if not _IDENTIFIER.fullmatch(x):
                break  # "..., or c, which is the one that ...": the list has ended
            items.append(x)
        if len(items) >= 2:
            out.update((x, setting) for x in items)

    # "fold_type (a | b | c)": a setting written as code, its values in brackets; "set
    # fold_type to a, b or c"
    for m in _VALUES_IN_BRACKETS.finditer(text):
        listed(m["setting"], m["values"])
    text = re.sub(r"\s*\([^()]*\)", "", text)
    for m in _SETTING_PICKS.finditer(text):
        # "`fold` picks the row order — `zbow`, `skipzap` or `batch_skipzap`"
        if m["setting"] in code:
            listed(m["setting"], m["values"])
    for m in _SET_X_TO.finditer(text):
        if not FUNCTION_WORDS.fullmatch(m["setting"]):
            listed(m["setting"], m["values"])
    for m in _SET_TO.finditer(text):
        if text[m.end() : m.end() + 1] == "=":
            continue  # "role=role, instance_count=1": a call's arguments, no values
        before = re.findall(r"[A-Za-z]+|[^\w\s]", text[: m.start()])
        if before and before[-1].isalpha() and before[-1].lower() not in _SETTING_OPENERS:
            continue  # "Hyperparams to know: a, b": the label's last word is no setting
        if m["sep"].strip()[:2] == "is" and "_" not in m["setting"] and m["setting"] not in code:
            # "this is a or b": only a setting written as code is set with "is" (or "is
            # required:", the remark on it before its values)
            continue
        setting = singular(m["setting"])
        if re.search(r"[^e]ed$", setting):
            continue  # "required: a, b": what they are (a participle), no setting's name
        if _ADVERB.fullmatch(setting):
            continue  # "also: a, b": more of what the text is about, no setting's name
        said = b.listed.get(setting)
        if (said is not None and said[0] == "hasParameter") or (
            # "three modes: a, b": things of a kind; not "targets: ..." nor "ones: ..."
            setting != m["setting"] and (said is not None or FUNCTION_WORDS.fullmatch(setting))
        ):
            continue
        listed(setting, m["values"])
    return out


def _setting_named(b: Builder, name: str) -> Entity | None:
    """The setting spelt ``name``: written as code, or as a snake_case word ("fold_type")."""
    if (coded := b.registry.find_code(name)) is not None:
        return coded
    found = b.registry.find(name)
    return found if found is not None and found.label == name and "_" in name else None


def _setting_of(b: Builder, owner: Entity, e: Entity, unit: TextUnit) -> None:
    """``e`` is a hyperparameter of ``owner`` (and of that class, unless it has one)."""
    b.fact(owner, "hasParameter", e, unit)
    if e.cls in (None, "Concept"):
        e.cls = "Hyperparameter"


def _named_before(text: str, owner: Entity, name: str) -> bool:
    """Whether ``owner`` is named right before the code ``name`` ("XGBoost `scale_pos_weight`",
    "XGBoost specific: `scale_pos_weight`"): the setting is its, in parentheses or not."""
    names = sorted({owner.label, *owner.aliases}, key=len, reverse=True)
    alternation = "|".join(re.escape(n) for n in names if n)
    return bool(
        alternation
        and re.search(
            rf"(?<!\w)(?:{alternation})[\w\s-]{{0,12}}[:,]?\s*`?{re.escape(name)}`?", text
        )
    )


def _in_parentheses(text: str, name: str) -> bool:
    """Whether ``name`` is written only inside parentheses in ``text``."""
    depth, found, outside = 0, False, False
    for m in re.finditer(r"[()]|" + r"(?<![\w.-])" + re.escape(name) + r"(?![\w-])", text):
        if m.group(0) == "(":
            depth += 1
        elif m.group(0) == ")":
            depth = max(0, depth - 1)
        else:
            found, outside = True, outside or depth == 0
    return found and not outside


def _names(text: str, e: Entity) -> bool:
    """Whether ``text`` writes one of ``e``'s names, whole."""
    low = text.lower()
    return any(
        re.search(r"(?<![\w-])" + re.escape(n.lower()) + r"(?![\w-])", low)
        for n in (e.label, *e.aliases)
        if n
    )


def _is_parameter(name: str) -> bool:
    """Whether a code name reads as a setting ("flush_rows", "rate"), not a value, a path, a
    type or a constant ("text/csv", "ml.m5.xlarge", "SAGEMAKER_PROGRAM")."""
    from .names import known_formats, name_key

    return (
        bool(re.fullmatch(r"[a-z][a-z0-9]*(?:_[a-z0-9]+)*", name))
        and name not in _LITERALS
        and name_key(name) not in known_formats()  # "`libsvm`": a file format, no setting
    )


_PREDICATE_END = re.compile(r"\b(?:is|are|was|were|be|been|being)\s+$", re.I)
_SNAKE_CASE = re.compile(r"(?<![\w./:-])[a-z][a-z0-9]*(?:_[a-z0-9]+)+(?![\w/:-]|\.\w)")
_CONSTANT = re.compile(r"(?<![\w./:-])[A-Z][A-Z0-9]*(?:_[A-Z0-9]+)+(?![\w/:-]|\.\w)")
_WORD_LIST = re.compile(
    r"(?<![\w./-])[a-z][a-z0-9_]*(?:\s*,\s*[a-z][a-z0-9_]*)*\s*,?\s+(?:or|and)\s+[a-z][a-z0-9_]*(?![\w/-])"
)  # "a, b or c" in lower-case single words
_IDENTIFIER = re.compile(r"[A-Za-z_][A-Za-z0-9_]*(?:[./-][A-Za-z0-9_]+)*")
_CODE_LIKE = re.compile(r"_|[./]\w|\d|[a-z][A-Z]|^[A-Z]{3,}$")


def code_span_names(spans: Sequence[str]) -> list[str]:
    """The names an author marked as code: identifiers written in backticks that read as code
    (``max_depth``, ``SAGEMAKER_PROGRAM``, ``ml.m5.xlarge``, ``text/csv``), the parameter of
    an assignment (``label_size=0``); never plain words, commands or expressions."""
    found = []
    for span in spans:
        span = span.strip()
        m = re.fullmatch(r"([A-Za-z_][\w.]*)\s*=\s*[\w.\-\"']+", span)
        name = m.group(1) if m else span
        code_like = bool(m) or bool(_CODE_LIKE.search(name))  # an assigned name is a parameter
        if 2 <= len(name) <= 40 and _IDENTIFIER.fullmatch(name):
            found.append((name, code_like))
    # a plain lower-case word among identifiers ("lower `flush_rows`, `rate`, raise `gap`")
    # is one of them
    among = sum(code_like for _, code_like in found) >= 2
    return [
        name
        for name, code_like in found
        if code_like
        or (among and name.islower() and len(name) >= 3 and name not in _LITERALS)
        # a word English does not know, marked as code ("`skipzap`", "`libzvm`")
        or (len(name) >= 3 and name.isalpha() and name.islower() and _rare_code_word(name))
    ]


def _rare_code_word(word: str) -> bool:
    from wordfreq import zipf_frequency

    return zipf_frequency(word, "en") < 2.0


_LITERALS = frozenset(("true", "false", "none", "null", "nan", "yes", "no"))  # values, not names


@dataclass(frozen=True)
class Segment:
    """A piece of a unit's running text and the entity it is about (a table cell's row or
    column entity; a list item's or paragraph's entity when it has exactly one)."""

    unit: TextUnit
    text: str
    subject: Entity | None
    cell: bool


def unit_segments(b: Builder) -> Iterator[Segment]:
    """Each unit's running text: a table row's cells one by one (never its column headers),
    any other unit whole."""
    cells: dict[str, list[tuple[str, str]]] = {}
    subjects: dict[str, set[str]] = {}
    for f in b.out.facts:
        if f.predicate == "hasAttribute":
            cells.setdefault(f.unit, []).append((f.subject, f.obj))
        elif not f.obj_is_entity:
            subjects.setdefault(f.unit, set()).add(f.subject)
    for unit in b.out.units.values():
        if unit.is_code:
            continue  # code is never read as prose
        if unit.id in cells:
            for subject, value in cells[unit.id]:
                yield Segment(unit, value, b.out.entities[subject], True)
        else:
            only = subjects.get(unit.id, set())
            subject = b.out.entities[next(iter(only))] if len(only) == 1 else None
            yield Segment(unit, unit.text, subject, False)


def _bracketed(text: str) -> list[Span]:
    """The spans of the text's balanced brackets, "(" to ")" (the outer ones of nested)."""
    out: list[Span] = []
    depth, at = 0, 0
    for i, c in enumerate(text):
        if c == "(":
            depth, at = depth + 1, (at if depth else i)
        elif c == ")" and depth:
            depth -= 1
            if not depth:
                out.append((at, i))
    return out


def sentence_spans(text: str) -> list[Span]:
    """Clauses of a text: split at ; : | - → and at sentence ends (not after "e.g.")."""
    spans, start = [], 0
    brackets = _bracketed(text)
    for m in re.finditer(r"[.!?](?=\s+[A-Z(\"'])|[;:](?=\s)|\s(?:\||[-–—]|→|->)\s", text):
        if any(a < m.start() < b for a, b in brackets) and not m.group().startswith(
            (".", "!", "?")
        ):
            continue  # "master (aka primary — runs it), core": a remark's dash ends no clause
        if m.group().startswith(".") and _ABBREVIATIONS.search(text[start : m.end()]):
            continue
        if m.group() == "." and re.search(r"(?:^|[\s:])[a-h1-9]$", text[: m.start()]):
            continue  # "a. Quill Store   b. Fern Lake": a letter that sets an item off
        spans.append((start, m.start()))
        start = m.end()
    spans.append((start, len(text)))
    return [(s, e) for s, e in spans if text[s:e].strip()]


# "Row fencing is the setting that ...": a short noun phrase opening a sentence, then
# "is/are a/an/the" and what it is
_DEFINING = re.compile(
    r"\s*(?P<name>[A-Z][\w-]*(?:\s+[a-z][\w-]*){0,2}|[A-Z][\w-]*(?:\s+[A-Z][\w-]*){1,2})"
    r"\s+(?:is|are)\s+(?:an?|the)\s+\w"
)


def _defining_sentences(text: str) -> Iterator[tuple[int, int, str, str]]:
    """(start, end, name, sentence) of each sentence that says what a thing is, opening with
    its name ("Early stopping is a technique that ..."): a name of two or three words, or one
    word English hardly uses."""
    for s, e in sentence_spans(text):
        m = _DEFINING.match(text, s)
        if m is None or m.start("name") >= e:
            continue
        name = m["name"]
        words = name.split()
        if not is_listed_name(name, alone=True) or words[0].lower() in _SMALL:
            continue
        if len(words) == 1 and (is_everyday(name) or not name[1:].islower()):
            continue
        yield m.start("name"), m.end("name"), name, text[s:e].strip()


_WH_WORDS = frozenset("whether what how which when where why who".split())
# "three things", "four main steps": a count of parts, told one by one after it
_COUNTED_PARTS = re.compile(
    r"\b(?P<n>two|three|four|five|six)\s+(?:[a-z-]+\s+){0,2}?(?P<noun>[a-z][a-z-]*s)\b", re.I
)
# the ordinals that tell things one by one ("First, ... Second, ..."), in order
ORDINAL_WORDS = tuple("first second third fourth fifth sixth seventh eighth ninth tenth".split())
# settings written as code, listed before the plural noun they are ("`A` (x) and `B` (y)
# row checks"); each item a word of code and any remark in brackets
_CODES_OF_KIND = re.compile(  # (possessive: a long run of commas is read once, not retried)
    r"(?P<items>(?:[\w.:-]++(?:\s*\([^()]*\))?+,\s+(?!and\s))*+[\w.:-]++(?:\s*\([^()]*\))?+"
    r",?\s+and\s+[\w.:-]++(?:\s*\([^()]*\))?+)\s+(?P<noun>(?:[A-Za-z][\w-]*\s+){0,2}[a-z][\w-]*s)\b"
)
# "... zorb shifting, either all at once, tansy (...) or stepwise": the ways a thing goes;
# "a review status of PendingReview, Passed or Failed": the values a thing takes
_EITHER = re.compile(
    r"(?P<head>\b[a-z][\w/-]*(?:\s+[a-z][\w/-]*)?),?\s+either\s+(?P<items>[^.;:]+)"
)
_WHICH_IS_EITHER = re.compile(
    r"\b(?:an?|the)\s+(?P<head>[a-z][\w-]*(?:\s+[a-z][\w-]*)?),\s+which\s+(?:is|are|can\s+be)\s+"
    r"either\s+(?P<items>[^.;:]+?\sor\s+[A-Z0-9][\w+-]*(?:\.\w[\w+-]*)*"
    r"(?:\s+[A-Z0-9][\w+-]*(?:\.\w[\w+-]*)*){0,2})"
)
_VALUES_OF = re.compile(
    r"\b(?:an?|the)\s+(?P<head>[a-z][\w-]*(?:\s+[a-z][\w-]*)?)\s+of\s+"
    r"(?P<items>[A-Z][\w-]*(?:,\s+[A-Z][\w-]*)+,?\s+(?:or|and)\s+[A-Z][\w-]*)\b"
)


def _clause_start(text: str, at: int) -> int:
    """Where the clause holding ``at`` starts: after the last sentence end, semicolon or dot
    between points before it (0 when none)."""
    return max((m.end() for m in re.finditer(rf"[.!?;](?:\s|$)|{POINT_DOT}", text[:at])), default=0)


def _alternatives(text: str) -> list[tuple[str, list[str], int]]:
    """(kind, names, where the list starts) of the alternatives a sentence lists after "either" (three or more, by
    commas, the last after "or") or as the values "of" a singular noun (three or more names)."""
    found = []
    for m in _EITHER.finditer(text):
        items, parts = [], m["items"].split(", ")
        for part in parts:
            if " or " in part:
                items += part.split(" or ", 1)
                break
            items.append(part)
        else:
            continue  # no "or": no list of alternatives
        names = [re.sub(r"\s*\([^()]*\)", "", x).strip() for x in items]
        if len(names) >= 3 and all(0 < len(x.split()) <= 4 for x in names):
            found.append((m["head"], names, m.start()))
    for m in _VALUES_OF.finditer(text):
        names = [x for x in re.split(r",\s+(?:or\s+|and\s+)?|\s+(?:or|and)\s+", m["items"]) if x]
        if len(names) >= 3:
            found.append((m["head"], names, m.start()))
    for m in _WHICH_IS_EITHER.finditer(text):
        # "on top of a base network, which is either Zorb-16 (the default) or Zorb-50": two
        # names or more, each a thing of the noun's kind
        items = re.split(r",\s+(?:or\s+)?|\s+or\s+", re.sub(r"\s*\([^()]*\)", "", m["items"]))
        names = [x.strip() for x in items if x.strip()]
        if 2 <= len(names) <= 6 and all(
            re.match(r"[A-Z0-9]", x) and len(x.split()) <= 4 for x in names
        ):
            found.append((m["head"], names, m.start()))
    return found


_ORDINAL = re.compile(r"(?P<o>first|second|third|fourth|fifth|sixth)(?:ly)?\b[,:]?\s*", re.I)
# the endings of adjectives and participles: no name ends in one ("Tonal voices sound ...")
_ADJECTIVE_ENDS = ("al", "ory", "ive", "ous", "ed", "ful", "less", "able", "ible")
# adverbs that stand before a verb, not in a name ("GQF also exists ...")
_PRE_VERB_ADVERBS = frozenset(
    "also often still always never then now only just even usually sometimes rarely already".split()
)


def _opens_object(word: str) -> bool:
    """Whether a word may open what a verb does something to ("the", "many", "values",
    "training", "Gromble", "3", "when"), not a bare adjective, verb or particle."""
    w = word.strip(",;:()\"'")
    return (
        bool(w)
        and (
            w.lower() in _DETERMINERS | QUANTIFIERS
            or bool(FUNCTION_WORDS.fullmatch(w.lower()))  # (articles among them)
            or w.endswith(("s", "ing"))
            or not w[:1].islower()
            or len(w) == 1  # "k models"
            or w.lower() in ("when", "if", "whether", "how", "why", "where")
        )
    )


def _doing_sentences(text: str) -> Iterator[tuple[int, int, str, str]]:
    """(start, end, name, sentence) of each sentence that opens with a thing's name and says
    what it does ("Zagging trains many trees ...", "Row fencing happens when ...", "Drip
    mode streams the rows ..."): a name of one word English hardly uses, two plain words or
    up to three in capitals, then a verb in -s (an adverb may stand between). A noun in -s
    followed by an auxiliary or a plain word ("Vanishing gradients are ...", "... make ...")
    is the name's own plural, no verb."""
    for s, e in sentence_spans(text):
        words = re.findall(r"\S+", text[s:e])[:6]
        if len(words) < 3 or not re.fullmatch(r"[A-Z][\w-]*", words[0]):
            continue
        if len(words) < 6 and not re.search(r"[.!?]\W*$", text[s:e]):
            continue  # "Three Gromble loaders worth knowing": a title, no sentence
        if re.fullmatch(r"[A-Z][a-z-]+[^siua]s", words[0]):
            continue  # "Produces zorb bands ...": a note that opens with its verb
        for k in (1, 2, 3):
            name, rest = words[:k], words[k:]
            if rest and (re.fullmatch(r"[a-z]+ly", rest[0]) or rest[0] in _PRE_VERB_ADVERBS):
                rest = rest[1:]
            capitals = all(re.fullmatch(r"[A-Z][\w-]*", w) for w in name[1:])
            if (
                k > 1
                and not capitals
                and (
                    k > 2
                    or not re.fullmatch(r"[a-z][\w-]*", name[1])
                    or name[1].endswith(("s", "ly"))
                    or FUNCTION_WORDS.fullmatch(name[1])
                    or name[1] in _PRE_VERB_ADVERBS | ALL_PREPOSITIONS | _SMALL | _DETERMINERS
                    or name[1] in ("it", "them", "they", "we", "you", "us", "me", "other", "such")
                    or name[1] in QUANTIFIERS | _WH_WORDS
                )
            ):
                break
            if len(rest) < 2 or not re.fullmatch(r"[a-z]{2,}[^siu\W]s", rest[0]):
                continue
            if rest[0].endswith("ings") or not re.match(r"[\w\"'`]", rest[1]):
                continue  # "Zorb2Vec word embeddings (...)": a plural noun
            if plural_not_verb([*name, *rest], k):
                break  # "Fading gradients are ...": "gradients" is a plural noun
            if rest[1] in _PRE_VERB_ADVERBS or (not capitals and rest[1] in ("that", "which")):
                continue  # "Quill row pairs only", "... rows that need ..."
            if rest[1] in ALL_PREPOSITIONS | {"using"}:
                # "Plan row loaders with ...", "Zorb-boosted trees for ...": a plural
                # noun before a preposition, an order's object or a name's own
                continue
            if k > 1 and (not capitals or is_everyday(name[0])) and not _opens_object(rest[1]):
                # "Keep quill rows unsorted", "Ensure Zorb hosts recover": an order
                # and its object's plural; a verb goes on with what it does it to
                continue
            if name[-1].endswith(_ADJECTIVE_ENDS) and (k == 1 or not capitals):
                break  # a name ends in a noun, not an adjective ("Fractional quill ...")
            label = " ".join(name)
            if (
                not is_listed_name(label, alone=True)
                or name[0].lower() in _SMALL | _DETERMINERS | QUANTIFIERS | _WH_WORDS
            ):
                break
            if k == 1 and (is_everyday(label) or not label[1:].islower() or label.endswith("ly")):
                break
            at = s + text[s:e].index(name[0])
            yield at, at + len(label), label, text[s:e].strip()
            break


def is_title_case(text: str) -> bool:
    """Whether nearly every longer word is capitalised, so capitals say nothing about names."""
    words = [w for w in re.findall(r"[A-Za-z][\w'-]*", text) if len(w) > 4]  # not "with"
    return len(words) >= 2 and sum(w[0].isupper() for w in words) >= 0.75 * len(words)


def is_shouting(text: str) -> bool:
    """Whether a text is written in capitals, where a capitalised word is no acronym."""
    words = [w for w in re.findall(r"[A-Za-z]+", text) if len(w) > 3]
    shouted = sum(w.isupper() for w in words)
    return shouted >= 3 and shouted >= 0.5 * len(words)


# a letter-and-number code with its everyday name in parentheses: "Q7 (squeeze)", "Q8 (soft squeeze)"
# a coded word and its noun opening a sentence as its subject ("The Q7 score is the mean
# of ...", "Q7 penalty (squeeze) adds ..."): one name
_CODED_SUBJECT = re.compile(
    r"(?:^|(?<=[.!?;:]\s))\s*(?:[Tt]he\s+)?(?P<name>[A-Z][A-Za-z]*\d[\w-]*\s+[a-z][a-z-]{3,})"
    r"(?:\s*\([^()]{1,40}\))?\s+(?P<verb>is|are|[a-z]{3,}s)\s+(?=[a-z])"
)
_CODED_NICKNAMED = re.compile(
    r"(?<![\w-])([A-Z]\d{1,2})\s+\(([a-z][a-z-]{2,20}(?: [a-z-]{2,20})?)\)"
)
# a dotted identifier with a digit ("ml.m4", "ml.c5.xlarge", "p3.2xlarge"): an instance type
_INSTANCE_LIKE = re.compile(r"[a-z][a-z0-9]*\.[a-z0-9]*\d[a-z0-9.]*")
# an identifier with its namespace or owner: "quill:VolumeKey", "aws:SourceIp", "Quill.Row"
_QUALIFIED_CODE = re.compile(r"[A-Za-z][\w-]*[:.][A-Za-z][\w.:-]*")


@lru_cache(maxsize=1 << 16)
def is_product_style(word: str) -> bool:
    """Capitals inside a word ("MLflow", "PyTorch") or letters mixed with digits ("LeNet-5")."""
    if not (word[:1].isupper() or re.match(r"[a-z][A-Z]", word)):
        return False
    if re.fullmatch(r"[A-Z0-9]+x[A-Z0-9]+", word):  # a size, "NxN"
        return False
    inner = any(re.search(r"[a-z][A-Z]|[A-Z]{2,}[a-z]{2,}", part) for part in word.split("-"))
    mixed = bool(re.search(r"\d", word) and re.search(r"[A-Za-z]{2,}", word))
    # ... or one capital and a digit, as a model or a family is coded ("M5", "P3", "G4dn")
    coded = bool(re.fullmatch(r"[A-Z]\d{1,2}[a-z]{0,3}", word))
    return inner or coded or (mixed and bool(re.search(r"[A-Z]", word)))


def abbreviates(acronym: str, words: list[str]) -> bool:
    """Whether ``acronym`` is made of the words' initials (small words optional)."""
    letters = re.sub(r"[^A-Za-z0-9]", "", acronym).upper()
    parts = [p for w in words for p in re.split(r"[-/]", w) if p]
    if len(letters) < 2 or not parts:
        return False
    if len(parts) < 2:  # one word: "XGB" in "XGBoost"
        return len(parts[0]) > len(letters) and spells(acronym, parts[0])
    full = "".join(p[0] for p in parts).upper()
    content = "".join(p[0] for p in parts if p.lower() not in _SMALL).upper()
    return any(
        x in (full, content) for x in {letters, letters[:-1] if letters[-1] == "S" else ""}
    ) or spells(acronym, " ".join(words))


def _is_initial(text: str, start: int) -> bool:
    """Whether a word starts a sentence, a clause or a list item (where anything is capitalised)."""
    before = text[:start].rstrip(" \"'“‘*")
    return not before or before[-1] in ".!?:;([|-–—•"


class _NameFinder:
    """Finds the new names of one text after another; known names are only mentioned."""

    def __init__(self, b: Builder, index: NameIndex[str], list_cues: Sequence[str]):
        self.b = b
        self.index = index
        self.catalog = catalog_index(b.registry.catalog)
        self.shouting = False  # whether the text read now is written in capitals
        self.parts_said: dict[str, str] = {}  # a listed thing: the part of its list it is said in
        self.said_of: dict[str, str] = {}  # unit id → the entity its text describes
        self.list_cue = (
            re.compile(
                r"(?<!\w)(?:" + "|".join(re.escape(c) for c in list_cues) + r")(?!\w),?\s+", re.I
            )
            if list_cues
            else None
        )

    def read(self, text: str, unit: TextUnit, heading: bool) -> None:
        """Make nodes of the new names of a text (``heading``: a heading's, judged whole)."""
        text = _NOISE.sub(lambda m: " " * len(m.group()), text)
        self.shouting = is_shouting(text)
        self.code = set(unit.code)  # written as code: identifiers, read by add_code
        # (a kind's name in a text is no thing's: "Row fencing is ..." under a kind "row"
        # is still a new name)
        taken: list[Span] = [
            (m.start, m.end)
            for m in self.index.find_longest(text)
            if self.b.out.entities[m.value].cls != "Kind"
        ]
        # a service name longer than a known name inside it wins ("SageMaker Experiments")
        services = [
            m
            for m in self.catalog.find_longest(text)
            if not any(_overlaps([t], m.start, m.end) and not _within(t, m) for t in taken)
        ]
        taken = [t for t in taken if not any(_within(t, m) for m in services)]
        # capitals of service names say nothing about whether the text is in Title Case
        title = is_title_case(_blank(text, [*taken, *((m.start, m.end) for m in services)]))
        for m in services:
            if self._service_name(text, m, title):
                self._add(self.b.registry.catalog.services[m.value].canonical, "Service", unit)
                taken.append((m.start, m.end))
        for start, end, name in _acronym_definitions(text):
            self._add(name, None, unit)
            taken.append((start, end))
        for m in _VENDOR_NAMED.finditer(text) if not title and not self.shouting else ():
            # "compiled with the AWS Quill SDK": a product the catalogue does not know, named
            # as the vendor names its products (words no everyday ones: not "AWS Fern Rows")
            words = m[0].split()
            named = list(itertools.takewhile(_product_word, words[1:]))
            end = m.start() + len(" ".join(words[: 1 + len(named)]))
            if named and not _overlaps(taken, m.start(), end):
                said = " ".join(words[: 1 + len(named)])
                if self._add(said, self.b.class_for(said), unit):
                    taken.append((m.start(), end))
        self._appositions(text, taken, unit)
        for m in _CODED_NICKNAMED.finditer(text):  # "Q7 (squeeze) pushes weights to zero"
            if not _overlaps(taken, m.start(), m.end()) and (e := self._add(m[1], None, unit)):
                self.b.registry.add_alias(e, m[2])
                taken.append(m.span())
        for start, end, name, said in _defining_sentences(text):  # "Row fencing is the ..."
            if not _overlaps(taken, start, end) and (e := self._add(name, None, unit)):
                self.b.literal(e, "definition", said, unit)
                taken.append((start, end))
        for start, end, name, said in _doing_sentences(text):  # "Zagging trains ..."
            if text[start:end] == name and not _overlaps(taken, start, end):
                if (e := self._add(name, None, unit)) is not None:
                    if not e.definitions:
                        self.b.literal(e, "definition", said, unit)
                    taken.append((start, end))
        for m in _CODED_SUBJECT.finditer(text):  # "The Q7 penalty (squeeze) adds ..."
            a, z = m.span("name")
            inside = [t for t in taken if a <= t[0] and t[1] <= z]  # a known "Q7" in it
            noun = m["name"].split()[-1]
            if noun.endswith("s") and not noun.endswith("ss") and (inside or m["verb"][-1] == "s"):
                # "Seq2Seq expects tokens ...": a known name, then its verb; "Zorb2Vec learns
                # embeddings ...": a plural subject takes no verb in -s, so the noun is the verb
                continue
            if not _overlaps([t for t in taken if t not in inside], a, z):
                if (e := self._add(m["name"], None, unit)) is not None:
                    taken = [t for t in taken if t not in inside] + [(a, z)]
                    defines = re.match(r"\s*(?:an?|the)\s", text[m.end() :])
                    if m["verb"] in ("is", "are") and defines and not e.definitions:
                        # "The Q8 penalty is the sum of ...": what it is
                        s, end = next((s, e2) for s, e2 in sentence_spans(text) if s <= a < e2)
                        self.b.literal(e, "definition", text[s:end].strip(), unit)
        for m in algorithm_index().find_longest(text):  # "... a shipped algorithm, named"
            if not _overlaps(taken, m.start, m.end):
                written = text[m.start : m.end]
                e = self._add(_shipped_name(m.value, written), "Algorithm", unit)
                if e is not None and written.lower() != e.label.lower():
                    # "k-NN" for K-Nearest Neighbors: a spelling the notes use for it
                    self.b.registry.add_alias(e, written)
                taken.append((m.start, m.end))
        for m in _NAMED_ALGORITHM.finditer(text):  # "the built-in Zorb Boxing algorithm"
            if not _overlaps(taken, m.start(1), m.end(1)):
                self._add(m[1], "Algorithm", unit)
                taken.append(m.span(1))
        for m in format_index().find_longest(text):  # "... CSV is fine, Parquet or ORC"
            if not _overlaps(taken, m.start, m.end):
                self._add(m.value, "DataFormat", unit)
                taken.append((m.start, m.end))
        for start, end, name in _distributed_heads(text):  # "L1 and L2 regularization"
            if not _overlaps(taken, start, end):
                self._add(name, None, unit)
        self._told_in_order(text, unit)
        # "`ZORB_ROWS` (...) and `QUILL` (...) row checks": settings of a kind
        for m in _CODES_OF_KIND.finditer(text) if self.code and " and " in text else ():
            listed = re.split(r",\s+(?:and\s+)?|\s+and\s+", m["items"])
            items = [re.sub(r"\s*\([^()]*\)$", "", x).strip() for x in listed]
            if len(items) >= 2 and all(x in self.code for x in items):
                kind = singular(m["noun"])  # (as written: "ZQL checks")
                # (not a word of grammar: "`a` and `b` as well")
                if kind.split()[-1].lower() not in VAGUE_KINDS and not FUNCTION_WORDS.fullmatch(
                    m["noun"].split()[-1].lower()
                ):
                    for item in items:
                        if (e := self._add(item, None, unit)) is not None:
                            self.b.kind(e, kind, unit)
        for kind, items, start in _alternatives(text):  # "... shifting, either A, B (x) or C"
            # (whose they are: "Gromble Registry keeps versions with an approval status of A,
            # B or C" gives Gromble Registry's approval statuses)
            owner = self._subject(text, start, unit)
            for item in items:
                if (e := self._add(item, None, unit)) is not None:
                    self.b.kind(e, kind, unit)
                    if owner is not None and owner.id != e.id:
                        self.b.owned.append((e, kind, owner, unit))
        for start, end, items, cls, kind in self._lists(text, taken, heading):
            owner = self._owner(text, start, unit) if kind else None
            if owner is not None:
                # "Zorbex Hub crew roles: ...": crew roles, Zorbex Hub's (its name is no part of the kind)
                for n in sorted({owner.label, *owner.aliases}, key=len, reverse=True):
                    if kind.lower().startswith(n.lower() + " "):
                        kind = kind[len(n) + 1 :]
                        break
            # "Encryption: SSE-S3, SSE-KMS, SSE-C": names after a lead that is a known name
            # alone are its parts
            before = text[:start].rstrip()
            lead = (
                self.b.registry.find(before[:-1].strip(" *"))
                if not kind and before.endswith(":") and self._known(before[:-1].strip(" *"))
                else None
            )
            for item in items:
                # "... core nodes and optional task nodes": the thing is the task node, and
                # optional is what the text says of it
                said_of_it = _OPTIONAL_ITEM.match(item)
                named = item[said_of_it.end() :] if said_of_it else item
                e = self._add(named, cls, unit)
                if e is not None and said_of_it:
                    self.b.literal(e, "note", said_of_it[1].lower(), unit)
                if e is not None and (part := self.parts_said.pop(item, "")):
                    self.b.literal(e, "hasProperty", part, unit)
                if e is not None and kind:
                    self.b.kind(e, kind, unit)
                    if owner is not None and owner.id != e.id:
                        self.b.owned.append((e, kind, owner, unit))
                elif e is not None and lead is not None and lead.id != e.id:
                    self.b.fact(e, "partOf", lead, unit)
            taken.append((start, end))
        for m in _CHOICE.finditer(text):
            # "AutoPredictor chooses among CNN-QR, DeepAR+, Prophet, NPTS and ETS": names,
            # four or more written as names, that the thing before the verb picks among
            items = split_list(m["items"])
            if (
                len(items) < 4
                or not all(_NAME_ITEM.fullmatch(x) for x in items)
                or FUNCTION_WORDS.fullmatch(m["subject"].lower())
            ):
                continue
            whole = self._add(m["subject"], None, unit)
            for item in items:
                e = self._add(item, None, unit)
                if e is not None and whole is not None and e.id != whole.id:
                    self.b.fact(e, "partOf", whole, unit)
            taken.append((m.start("items"), m.end("items")))
        for m in _CHOOSE_AMONG.finditer(text):
            # "Paints each dot. Choose between Zorbnet, Quill and FernLab.": the names the
            # text's own thing lets one choose among, three or more written as names
            items = split_list(m["items"])
            whole = self.b.out.entities.get(self.said_of.get(unit.id, ""))
            if whole is None or len(items) < 3 or not all(_NAME_ITEM.fullmatch(x) for x in items):
                continue
            for item in items:
                e = self._add(item, None, unit)
                if e is not None and e.id != whole.id:
                    self.b.fact(e, "partOf", whole, unit)
            taken.append((m.start("items"), m.end("items")))
        for start, name in _rare_gerunds(text):  # "include oversampling the minority class, ..."
            if not _overlaps(taken, start, start + len(name)):
                if self._add(name[:1].upper() + name[1:], None, unit) is not None:
                    taken.append((start, start + len(name)))
        for m in _FILE_IN_TEXT.finditer(text):  # "It writes rules.json": a file, by its name
            if _overlaps(taken, m.start(), m.end()):
                continue
            if (coded := self.b.registry.find_code(m.group())) is not None:
                unit.mentions.add(coded.id)  # the file written as code elsewhere: the same
                taken.append(m.span())
            elif self._add(m.group(), None, unit):
                taken.append(m.span())
        for m in (*_BRAND.finditer(text), *_WORD.finditer(text)):
            if (
                m.re is _BRAND
                or is_product_style(m.group())
                or (not title and self._rare_name(text, m))
            ) and not _overlaps(taken, m.start(), m.end()):
                self._add(m.group(), None, unit)
                taken.append(m.span())

    def _appositions(self, text: str, taken: list[Span], unit: TextUnit) -> None:
        """What a known name is, set off after it by a comma inside a sentence ("... tables
        in the Quill Catalog, a shared metastore that Fern reads."): its definition; not a
        name opening its sentence ("In Quill, a job reads rows" says where, not what)."""
        starts = [a for a, _ in sentence_spans(text)]
        for a, z in taken:
            m = _APPOSITION.match(text, z)
            opening = max((s for s in starts if s <= a), default=0)
            if m is None or len(text[opening:a].split()) < 2:
                continue
            if re.search(r"\b(?:or|and)\s+(?:an?|the)\b", m[1]):
                continue  # "Zorb, a private crew or a vendor": a list of things, not what it is
            e = self.b.registry.find(text[a:z])
            if e is not None and e.cls != "Kind":
                self.b.literal(e, "definition", m[1], unit)

    def _rare_name(self, text: str, m: re.Match[str]) -> bool:
        """A capitalised word (or an acronym) inside a sentence that English hardly uses ("...
        or Hyperband, which stops ...", "to Splunk"): a name, unless a class's name."""
        word = m.group()
        if 3 <= len(word) <= 8 and word.isalpha() and word.isupper():
            # an acronym English does not use as a word ("... or SMOTE, which ..."), in text
            # not written in capitals
            return _rare_word(word.lower()) and not is_shouting(text) and not self.b.class_for(word)
        return (
            word[0].isupper()
            and len(word) >= 4
            and word[1:].islower()
            and word.isalpha()
            and not _is_initial(text, m.start())
            and _rare_word(word.lower())
            and not self.b.class_for(word)
        )

    def _subject(self, text: str, start: int, unit: TextUnit) -> Entity | None:
        """The thing the sentence of a list at ``start`` opens with ("Gromble Registry keeps
        ..."), else what the text is said of (its lead term); None when the sentence opens
        with something else ("Its base network is either ...")."""
        begin = _clause_start(text, start)
        found = next(iter(self.index.find_longest(text[begin:start])), None)
        if found is not None and not text[begin : begin + found.start].strip(" *•-"):
            e = self.b.out.entities.get(found.value)
            if e is not None and e.cls != "Kind":
                return e
        if begin == 0 and text[:1].islower():  # the text after a lead term is its
            return self.b.out.entities.get(self.said_of.get(unit.id, ""))
        return None

    def _owner(self, text: str, start: int, unit: TextUnit) -> Entity | None:
        """Whose list one at ``start`` is: the first thing its sentence names before it
        ("Widget Hub builds reports using templates such as ..."), else what the text is
        said of. (A clause after a semicolon or a dot between points starts anew: "datasets:
        orders, carts; recipes such as A, B" lists no recipes of orders.)"""
        begin = _clause_start(text, start)
        for m in self.index.find_longest(text[begin:start]):
            e = self.b.out.entities.get(m.value)
            if e is not None and e.cls != "Kind":
                return e
        lead = _leading_name(text[begin:start].strip())  # a name new here ("FernKit renders")
        if (
            lead
            and (is_product_style(lead) or len(lead.split()) >= 2)
            and lead != text[begin:start].strip()
        ):
            return self._add(lead, None, unit)
        return self.b.out.entities.get(self.said_of.get(unit.id, ""))

    def _service_name(self, text: str, m: Match[int], title: bool) -> bool:
        """A service's name written as a name: prefixed, distinctive, or capitalised mid-sentence."""
        words = m.form.split()
        if words[0] in ("Amazon", "AWS") or any(
            is_product_style(w) or is_acronym(w) for w in words
        ):
            return True
        # (a word that is nothing but the name, "Macie", is one where a sentence opens too)
        # and so is one a verb follows as its subject ("Comprehend detects ...", "Transcribe can")
        after = re.match(r"\s+([a-z]+)", text[m.end :])
        acts = bool(after) and bool(
            re.fullmatch(r"can|will|may|must|should|does|is|has|[a-z]{3,}[^su]s", after[1])
        )
        return not title and (
            len(words) > 1 or not _is_initial(text, m.start) or _only_a_name(words[0]) or acts
        )

    def _after_known_name(self, words: list[str]) -> list[str]:
        """The words of a lead after the known name it opens with ("Zorbex Hub crew roles":
        crew roles); [] when it opens with none."""
        return known_lead(words, self._known)[1].split()

    def _known(self, name: str) -> bool:
        """A name the corpus knows, or the service catalogue ("S3", "OpenSearch Service"), or
        the lists of file formats and algorithms ("Parquet", "XGBoost")."""
        return (
            is_whole_name(self.index, name)
            or self.b.registry.catalog.lookup(name) is not None
            or name_key(name) in known_formats()
            or name_key(name) in known_algorithms()
        )

    def _reads_as_name(self, item: str, title: bool, initial: bool) -> bool:
        """A list item is a name: known, product-style or acronyms, or capitalised words where
        capitals tell (not in Title Case; an item opening a line is capitalised anyway)."""
        if self._known(item) or _INSTANCE_LIKE.fullmatch(item.strip()):
            return True
        if item.strip() in self.code and _QUALIFIED_CODE.fullmatch(item.strip()):
            return True  # "`quill:VolumeKey`": a qualified identifier, written as code
        core = re.sub(r"\s*\([^)]*\)", "", item).strip()
        words = [w for w in core.split() if w.lower() not in _SMALL]
        if not words or len(core.split()) > 5 or not is_name_like(core, 5):
            return False
        if all(is_product_style(w) or (is_acronym(w) and not self.shouting) for w in words):
            return True
        if title or (initial and len(words) < 2):
            return False
        # "Llama 2": a version number goes with the capitalised name before it
        return words[0][0].isupper() and all(
            w[0].isupper() or w.isdigit() or is_product_style(w) for w in words
        )

    def _lists(
        self, text: str, taken: list[Span], heading: bool
    ) -> Iterator[tuple[int, int, list[str], str | None, str]]:
        """Explicit lists of names: after a list cue ("such as"), or after "Lead:" (2+ items).
        Whether capitals tell is judged on the words around the list (on a heading, whole)."""
        clauses = sentence_spans(text)
        for i, (s, e) in enumerate(clauses):
            clause = text[s:e]
            listed = False  # whether the clause after a lead gave its list
            if i and text[clauses[i - 1][1] : s].strip() == ":":
                # "recs · datasets: a, b, c · events": points set off by dots, a list by commas
                if "," in clause and (dot := re.search(POINT_DOT, clause)):
                    e = s + dot.start()
                    clause = text[s:e]
                title = is_title_case(text if heading else _blank(text, [*taken, (s, e)]))
                lead = re.split(POINT_DOT, text[clauses[i - 1][0] : clauses[i - 1][1]])[-1].split()
                # after a sentence-case lead ("Learn the file types: Avro, ORC") capitals tell
                bare = re.sub(r"\s*\([^()]*\)", "", " ".join(lead)).split()  # remarks aside
                # (names written as only names are stand in one too: "published to
                # CloudWatch in the AWS/SageMaker namespace:")
                told = len(bare) >= 2 and all(
                    w[:1].islower() or re.search(r"[A-Z\d]", w[1:]) for w in bare[1:]
                )
                items = self._items(clause, title, initial=not told)
                if counted := _counted_in_brackets(" ".join(lead), _without_remarks(clause)):
                    # "... offers three merge policies: eager folding, which is the default,
                    # lazy folding and Quill": as many items as counted, in any case
                    listed = True
                    yield s, e, counted[0], self.b.class_for(counted[1]), counted[1]
                elif len(items) >= 2:
                    # "FernKit supports four sync modes: Delta, Mirror, Sweep": names,
                    # of the kind a counted lead names, the lead's subject's
                    # "Hose sinks (the ones to know): A, B": of the kind a plural lead names
                    counted = (counted_kind(" ".join(lead)) if len(lead) > 3 else "") or (
                        lead_kind(lead) if not self._known(" ".join(bare)) else ""
                    )
                    kind = counted if counted and not restates(" ".join(lead), items) else ""
                    # "Endpoint gauges are published to A every minute: X, Y and Z"
                    kind = kind or _passive_subject_kind(" ".join(bare))
                    if not kind and re.search(r"\bor\b", clause):
                        # "... and an approval status: `Pending`, `Approved` or `Turned`":
                        # each a value of the one thing the lead names last
                        kind = one_named(" ".join(bare))
                    if (
                        not kind
                        and len(bare) == 1
                        and re.fullmatch(r"[A-Z][a-z-]+", bare[0])
                        and is_everyday(bare[0].lower())
                        and not is_meta_heading(bare[0])
                        and not self._known(bare[0])
                    ):
                        # "... for tabular data. Input: CSV, LibSVM or Parquet": a field one
                        # everyday word names, as an item of its own would be read
                        kind = bare[0].lower()
                    listed = True
                    yield s, e, items, self.b.class_for(kind) if kind else None, kind
                elif kind := lead_kind(lead) or lead_kind(self._after_known_name(lead)):
                    # "Heuristics: greedy ordering, dynamic programming and GEQO.";
                    # "It supports three join methods: ..."
                    named = [n for n in named_items(clause) if n not in self.code]
                    if len(named) < 2:
                        # "Node roles: the primary node coordinates, core nodes hold data,
                        # ...": each part says what its thing does
                        said = lead_subjects(clause, lead)
                        named = [name for name, _ in said]
                        self.parts_said.update(said)
                    if len(named) >= 2 and not restates(" ".join(lead), named):
                        listed = True
                        yield s, e, named, self.b.class_for(kind), kind
            if listed:
                pass
            elif len(known := self._coordinated(clause)) >= 3:
                # "K-Means, PCA, LDA and IP Insights": names listed with known names; after a
                # preposition, from where the first is ("... shares or Fern to S3, EFS or
                # FSx": the things it goes to, no parts of what the text's lead names; but
                # "Zorbex: picks among A, B, C" chooses among its own)
                at = max(0, clause.find(known[0]))
                words = clause[:at].split()
                after = bool(words) and words[-1] in ALL_PREPOSITIONS - {"among", "between"}
                yield s + (at if after else 0), e, known, None, ""
            elif shared := _shared_head(clause):
                # "delta sync, mirror sync and Gromble": kinds of one thing, in any case
                items, head = shared
                yield s, e, [x for x in items if x not in self.code], None, head
            if (m := _NAMED_ARE.match(clause)) and is_plural_noun_phrase(m.group(1)):
                # "The supported printers are Zebra, Brother and Dymo": each is one
                items = self._most_names(clause[m.end() :])
                kind = singular(m.group(1).lower())
                if kind.split()[-1] == "one" and i:
                    # "... picks the renderers for you; the built-in ones are A, B, C": the
                    # ones are the last plural noun of the clause before
                    before = re.findall(r"\b([a-z][\w-]*s)\b", text[clauses[i - 1][0] : s])
                    nouns = [w for w in before if is_plural_noun_phrase(w)]
                    kind = " ".join([*kind.split()[:-1], singular(nouns[-1])]) if nouns else kind
                if len(items) >= 3 and kind.split()[-1] not in ("one", "thing", "way"):
                    yield s + m.end(), e, items, self.b.class_for(kind), kind
            if not listed and (named := _are_of_a_kind(clause)):
                # "Canary / linear / all-at-once are traffic shifting modes": each is one
                items, kind, at = named
                yield s + at, e, items, self.b.class_for(kind), kind
            for m in self.list_cue.finditer(clause) if self.list_cue else ():
                around = _blank(text, [*taken, (s + m.start(), e)])
                title = is_title_case(text if heading else around)
                listed = clause[m.end() :]
                coded = [
                    x[1]
                    for p in split_list(listed.strip().rstrip("."))
                    if (x := _CODE_FOR.match(p.strip())) and x[1] in self.code
                ]
                if len(coded) >= 2 and len(coded) == len(split_list(listed.strip().rstrip("."))):
                    # "e.g. `quill:Subnets` to require VPC mode, `quill:VolumeKey` to
                    # require ...": names written as code, each with what it is for
                    items = coded
                else:
                    items = self._items(listed, title, initial=False, loose=True)
                if items:
                    head = clause[: m.start()].rstrip(" ,(").split()
                    noun = head[-1] if head else ""
                    plural = is_plural_noun_phrase(noun)
                    # (or the things the clause is about: "IAM condition keys let you ...,
                    # e.g. A, B")
                    subject = _PLURAL_SUBJECT.match(clause[: m.start()])
                    if not plural and subject and is_plural_noun_phrase(subject[1]):
                        noun, plural = subject[1], True
                    cls = self.b.class_for(noun) if plural else None
                    # "recipes such as A, B": each is a recipe
                    kind = (
                        singular(noun.lower())
                        if plural and (" " in noun or not is_everyday(noun))
                        else ""
                    )
                    yield s + m.start(), e, items, cls, kind
        yield from _counted_then_named(text, self.code)
        yield from _labelled_then_named(text)
        yield from _counted_clauses(text)
        for m in _COUNTED_COMMA.finditer(text):
            # "... produces two files, `stats.json` and `rules.json`; ...": as many items
            # after a comma as counted, each a thing of the counted kind
            if not _overlaps(taken, m.start("items"), m.end("items")) and (
                counted := _counted_in_brackets(
                    text[: m.end("counted")], re.sub(r"\s*\([^()]*\)", "", m["items"])
                )
            ):
                cls = self.b.class_for(counted[1])
                yield m.start("items"), m.end("items"), counted[0], cls, counted[1]
        for m in _PARENTHESES.finditer(text):  # "Foundation models via API (Claude, Llama)"
            # "(Approved / Rejected / Pending)": spaced slashes between three or more
            inner = m.group(1).replace(" / ", ", ") if m.group(1).count(" / ") >= 2 else m.group(1)
            inner = re.sub(r"\s*(?:…|\.\.\.)$", "", inner)  # "(A, B, C…)": its trailing dots
            if any(  # (names known already inside it still count: "algos (DeepAR, ...)")
                _overlaps([t], m.start(), m.end()) and not m.start() <= t[0] <= t[1] <= m.end()
                for t in taken
            ):
                continue
            if counted := _counted_in_brackets(text[: m.start()], inner):
                # "three sync modes (full, delta and mirror)": as many items as counted, in
                # any case, each a thing of the counted kind
                yield m.start(), m.end(), counted[0], self.b.class_for(counted[1]), counted[1]
            elif kinds := _kinds_in_brackets(text[: m.start()], inner):
                # "detects entities (person, place, date)": three things or more of the
                # plural noun right before, in any case
                yield (
                    m.start(),
                    m.end(),
                    self._slashed(kinds[0], False),
                    self.b.class_for(kinds[1]),
                    kinds[1],
                )
            elif "," in inner:
                title = is_title_case(text if heading else _blank(text, [*taken, m.span()]))
                items = self._slashed(self._items(inner, title, initial=False), title)
                if len(items) >= 2:
                    yield m.start(), m.end(), items, None, ""
        for m in _NAMES_THEN_PLURAL.finditer(text):
            # "offers FCN, PSP and DeepLabV3 architectures": names, then the plural noun
            # that says what each is (last: a list the readers above read is theirs)
            head = m["head"]
            if (
                _overlaps(taken, m.start("items"), m.end())
                or FUNCTION_WORDS.fullmatch(head)
                or not is_plural_noun_phrase(head)
                or is_vague(head)
                or is_everyday(head)
            ):
                continue
            items = [x.strip() for p in split_list(m["items"]) for x in _and_split(p)]
            if len(items) >= 2 and all(_NAME_ITEM.fullmatch(x) for x in items):
                kind = singular(head.lower())
                yield m.start("items"), m.end(), items, self.b.class_for(kind), kind

    def _slashed(self, items: list[str], title: bool) -> list[str]:
        """Items with coded names joined by a slash made two ("P2/P3, G4dn": P2, P3, G4dn;
        not "CI/CD")."""
        return [
            y
            for x in items
            for y in (
                x.split("/")
                if CODED_PAIR.fullmatch(x)
                and all(self._reads_as_name(y, title, False) for y in x.split("/"))
                else [x]
            )
        ]

    def _coordinated(self, clause: str) -> list[str]:
        """The items of a list in a clause ("... are K-Means, PCA, LDA and IP Insights") when
        two or more are known names and every other one is written as a name."""
        clause = re.sub(r"\([^()]*\)", "", clause)
        # the list ends with the name after its "and" ("... OpenSearch and Splunk, as well as
        # other targets"): what runs on after it is no item
        end = re.search(r",?\s(?:and|or)\s+[A-Z][\w+.-]*(?:\s[A-Z][\w+.-]*)*(?=\s*,)", clause)
        parts = [p.strip() for p in split_list(clause[: end.end()] if end else clause)]
        if len(parts) < 3:
            return []
        last = _and_split(parts[-1])
        if len(last) == 2 and re.match(r"(?:(?:an?|the)\s+)?[A-Z0-9]", last[1]):
            parts[-1:] = last  # "..., Mossy or an HTTP endpoint": the last two items
        parts[-1] = _leading_name(parts[-1])

        def written(p: str) -> bool:
            return (
                0 < len(p.split()) <= 4
                and not re.search(r"[.:;]\s", p)  # no sentence runs inside an item
                and (
                    self._known(p)
                    or all(w[:1].isupper() or is_product_style(w) for w in p.split())
                    # "HTTP endpoints": an acronym and its noun (not "AutoML over Fern")
                    or (
                        len(p.split()) in (2, 3)
                        and is_acronym(p.split()[0])
                        and p.split()[1] not in ALL_PREPOSITIONS | _SMALL
                    )
                )
            )

        # the list is the run of names that ends the clause; the part that opens it may
        # have words before its name ("... delivery into Amazon Moss, Amazon Fern and Quill")
        run: list[str] = []
        if len(parts) > 3 and not written(parts[-1]) and parts[-1][:1].islower():
            parts = parts[:-1]  # "SSE-S3, SSE-KMS, SSE-C, or client-side": names, then a word
        for p in reversed(parts):
            if written(p):
                run.insert(0, p)
                continue
            first = re.search(r"(?:^|\s)((?:[A-Z][\w+.-]*\s?){1,4})$", p)
            if first:
                run.insert(0, first.group(1).strip())
            break
        known = [p for p in run if self._known(p)]
        rest = clause
        for p in run:
            rest = rest.replace(p, " ")
        if len(rest.split()) >= 2 and is_title_case(rest):
            # capitals tell nothing: a new name must look like one
            run = [
                p
                for p in run
                if self._known(p) or all(is_product_style(w) or is_acronym(w) for w in p.split())
            ]
        # "... picks among CNN-QR, DeepAR+, Prophet, NPTS, ARIMA": a run of coded names
        coded = [p for p in run if all(is_product_style(w) or is_acronym(w) for w in p.split())]
        if len(run) >= 4 and len(coded) >= len(run) - 1 and not self.shouting and all(run):
            return run
        return run if len(run) >= 3 and len(known) >= 2 and all(run) else []

    def _most_names(self, text: str) -> list[str]:
        """The short items of a list most of which read as names ("TensorFlow, PyTorch,
        scikit-learn and XGBoost"), up to where the sentence runs on; [] otherwise."""
        parts = split_list(text.strip().rstrip("."))
        ends = [i for i, p in enumerate(parts) if i and _RUNS_ON.match(p)]
        parts = parts[: ends[0]] if ends else parts
        # a remark in parentheses after an item is not part of it ("Pager (via Zorb Alerts)",
        # "Bulk (5-12 hours)")
        parts = [re.sub(r"\s*\([^()]*\)", "", p).strip() for p in parts]
        # "A, B and C, and rule changes also go to D": a clause of its own after the list
        while len(parts) > 2 and len(parts[-1].split()) > 3 and parts[-1][:1].islower():
            parts.pop()
        if parts:
            parts[-1] = _leading_name(parts[-1]) or parts[-1]
            last = _and_split(parts[-1])  # "..., ml.c4 and ml.c5": the last two items
            if len(last) == 2 and all(self._reads_as_name(p, False, False) for p in last):
                parts[-1:] = last
        # ... nor an article before a name ("..., the Zorbex Topic Model and ...")
        parts = [re.sub(r"^(?:the|an?)\s+(?=[A-Z])", "", p) for p in parts]
        if not all(0 < len(p.split()) <= 3 for p in parts):
            return []
        named = sum(self._reads_as_name(p, False, False) for p in parts)
        return parts if named * 3 >= len(parts) * 2 else []

    def _items(self, text: str, title: bool, initial: bool, loose: bool = False) -> list[str]:
        """The items of a list if every one reads as a name. Items opening lines ("Lead: A, B")
        are taken whole; a list in a sentence ends where its last item runs on into prose
        (``loose``, after a cue: or at a last item in other words than names)."""
        text = re.split(r"\)", text, maxsplit=1)[0] if text.count(")") > text.count("(") else text
        # the list ends with its sentence, whatever case the next opens in ("A, B or C.
        # `fern_rows` is required"; not the stop of "e.g.")
        text = re.split(r"(?<![.\s]\w)(?<=[\w)])\.\s+(?=\S)", text, maxsplit=1)[0]
        parts = split_list(text.strip().rstrip("."))
        if loose:  # "..., Tape SVG, and plain text files, which is how ...": the list ended
            ends = [i for i, p in enumerate(parts) if i and _RUNS_ON.match(p)]
            parts = parts[: ends[0]] if ends else parts
        items: list[str] = []
        for i, part in enumerate(parts):
            last = i == len(parts) - 1
            if last and not initial:
                part = _leading_name(part)
            pieces = [part] if self._reads_as_name(part, title, initial) else _and_split(part)
            if not pieces or not all(self._reads_as_name(p, title, initial) for p in pieces):
                if last and len(items) >= 3 and (loose or part[:1].islower()):
                    # a last item in other words than names ends the list before it ("...,
                    # SSE-C, or client-side")
                    break
                return []
            items.extend(pieces)
        return items

    def add_code(self, name: str, unit: TextUnit) -> Entity | None:
        """A name written as code: mentioned if known, else a node spelled exactly as written."""
        known = self.b.registry.find_code(name) or self.b.registry.find(name)
        if known is not None:
            unit.mentions.add(known.id)
            return known
        if (e := self.b.entity(name, None, unit)) is not None:
            self.index.add(name, e.id, exact_case=True)
        return e

    def _told_in_order(self, text: str, unit: TextUnit) -> None:
        """ "Gromble is really three things. First, **quill rows**: ... Second, the **Fern
        Catalog**, ... Third, **Tansy jobs**, ...": a thing counted into parts, then each part
        named first in a sentence of its own that opens with its ordinal. The parts are the
        counted thing's (of the kind counted, unless it is a vague one: "things")."""
        sentences = [m.group() for m in re.finditer(r"[^.!?]+(?:[.!?]+|$)", text)]
        for i, sentence in enumerate(sentences):
            m = _COUNTED_PARTS.search(sentence)
            if not m:
                continue
            n = NUMBER_WORDS[m["n"].lower()]
            owner = self._first_known(sentence[: m.start()])
            if owner is None:
                continue
            parts = []
            for later in sentences[i + 1 :]:
                o = _ORDINAL.match(later.lstrip())
                if o is None or o["o"].lower() != ORDINAL_WORDS[len(parts)]:
                    continue
                part = self._first_known(later.lstrip()[o.end() :])
                if part is None or part.id == owner.id:
                    break
                parts.append(part)
                if len(parts) == n:
                    break
            if len(parts) != n:
                continue
            kind = singular(m["noun"].lower())
            for part in parts:
                self.b.fact(part, "partOf", owner, unit)
                if kind not in VAGUE_KINDS:
                    self.b.kind(part, kind, unit)

    def _first_known(self, text: str) -> Entity | None:
        """The thing the text names first, of those the notes know."""
        found = sorted(self.index.find_longest(text), key=lambda m: m.start)
        return self.b.registry.find(text[found[0].start : found[0].end]) if found else None

    def _add(self, name: str, cls: str | None, unit: TextUnit) -> Entity | None:
        """Mention a known name; make a new one a node (the class hint only for new nodes)."""
        if name in self.code:  # "`drip`": spelt as written
            return self.add_code(name, unit)
        known = self.b.registry.find(name)
        if known is not None:
            unit.mentions.add(known.id)
            return known
        # a shipped algorithm, however written ("RCF" in a list): named as the reader of
        # shipped algorithms names it
        hit = next(
            (m for m in algorithm_index().find_longest(name) if (m.start, m.end) == (0, len(name))),
            None,
        )
        if hit is not None and hit.value != name:
            return self._add(_shipped_name(hit.value, name), "Algorithm", unit)
        # capitalised as a name opens, not an identifier ("ml.m4", "flush_rows": a setting)
        if is_snake_case(name):
            return self.add_code(name, unit)
        if len(name.split()) > 1 and name.split()[0].lower() in _WH_WORDS:
            return None  # "... loaders: what they read and where they run": clauses
        # (as spelt: "ml.m5.large", a file "rules.json")
        written = _INSTANCE_LIKE.fullmatch(name) or FILE_NAME.fullmatch(name)
        label = name if written else name[0].upper() + name[1:]
        if name.islower() and (spelt := format_spellings().get(name_key(name))):
            label = spelt  # "libsvm" in a list: the format, as it is spelt (LibSVM)
        e = self.b.entity(label, cls, unit)
        if e is not None:
            for n in (e.label, *e.aliases):
                self.index.add(n, e.id, exact_case=len(n) <= 4 or n.isupper())
        return e


# a file's name in running text, not part of a path or an address ("s3://b/rules.json")
_FILE_IN_TEXT = re.compile(rf"(?<![\w./:-]){FILE_NAME.pattern}(?![\w/-])")

_GLOSSED = re.compile(r"(?<![\w-])([A-Z][A-Za-z0-9+]{1,7})\s*=\s*([A-Za-z][^,;=()\n]{1,80})")


def merge_defined_acronyms(b: Builder) -> None:
    """An acronym the text defines ("XGB = XGBoost", "SMOTE (Synthetic Minority Over-sampling
    Technique)") names the same node as its long form: a node named only by the acronym
    merges into the long form's node, and a known node gets the other name as an alias."""
    pairs = []
    defined: dict[str, str] = {}  # acronym → the long form the text gives
    for unit in list(b.out.units.values()):
        for _, _, name in _acronym_definitions(unit.text):
            full, acronym = name[:-1].rsplit(" (", 1)
            defined.setdefault(acronym, full)
            long_form, short = b.registry.find(full), b.registry.find(acronym)
            if long_form is not None and short is not None:
                if short is not long_form and all(
                    is_acronym(n) for n in (short.label, *short.aliases)
                ):
                    pairs.append((short, long_form))
            elif long_form is not None:
                b.registry.add_alias(long_form, acronym)
            elif short is not None and is_acronym(short.label):
                b.registry.add_alias(short, full)  # the long form names it best
                short.aliases.discard(full)
                short.aliases.add(short.label)
                short.label = full
    b.merge_all(pairs)
    # and the acronyms a document gives as a thing's other name ("ZH: Zorbex Hub" in a
    # list of short forms)
    for e in b.out.entities.values():
        for alias in e.aliases:
            if is_acronym(alias) and len(alias) >= 2:
                defined.setdefault(alias, e.label)
    _expand_shorthand_prefixes(b, defined)


def _expand_shorthand_prefixes(b: Builder, defined: dict[str, str]) -> None:
    """ "FH Vault Sync" where the text says "FH = FernHub": the node "FernHub Vault Sync"
    names, when the corpus or the service catalogue knows that name."""
    pairs = []
    for e in list(b.out.entities.values()):
        head, _, rest = e.label.partition(" ")
        if head not in defined or not rest or e.cls in ("Kind", "Criterion"):
            continue
        spelled = f"{defined[head]} {rest}"
        known = b.registry.find(spelled)
        if known is not None and known is not e:
            pairs.append((e, known))
        elif (
            service := b.registry.catalog.lookup(b.registry.catalog.normalize(spelled))
        ) is not None:
            for n in (service.canonical, *service.aliases):
                b.registry.add_alias(e, n)
            e.aliases.add(e.label)
            e.aliases.discard(service.canonical)
            e.label, e.cls = service.canonical, "Service"
    b.merge_all(pairs)


# "The supported printers are ...": a plural subject, then the names it stands for
# "The supported printers are Zebra, Brother and Dymo"; not "Those rules are enforced for
# ..." (a verb follows, and "those" points back at something said before)
_NAMED_ARE = re.compile(
    # (after what they are said of: "For Quill Cold the restore speeds are ...")
    r"^\s*(?:for\s+(?-i:(?:[A-Z][\w-]*\s+){1,4})(?:,\s*)?(?=the\s))?"
    r"(?!(?:those|these|such|all|some|many|most|both|other)\b)(?:the\s+|its\s+|their\s+)?"
    # (not a verb's participle, "are used": a capital opens a name, "are Expedited, ...")
    r"((?:[\w-]+\s+){0,2}[\w-]+s)\s+are\s+(?-i:(?![a-z]+(?:ed|en)\b))",
    re.I,
)
# "A / B / C are (all) (the) ... kinds": three or more short items, then what they are, a
# plural noun phrase ending the clause
_ARE_OF_A_KIND = re.compile(
    r"(?:^|(?<=[•;])|(?<=^[-*] ))\s*(?P<items>[^,;:/•()]{1,40}(?:\s*(?:,|/)\s*[^,;:/•()]{1,40}){1,}"
    r"(?:,?\s+(?:and|or)\s+[^,;:/•()]{1,40})?)\s+are\s+(?:all\s+)?(?:the\s+)?"
    r"(?P<kind>(?:[\w/-]+\s+){0,3}[a-z][\w-]*s)\s*(?:[.;,]|$)"
)


def _are_of_a_kind(clause: str) -> tuple[list[str], str, int] | None:
    """The items of a clause that lists three or more short names and says they are all of
    one plural kind ("Canary / linear / all-at-once are blue/green traffic shifting modes"),
    with the kind (its last words that are nouns) and where the list starts."""
    m = _ARE_OF_A_KIND.search(clause)
    if m is None:
        return None
    items = [
        x.strip() for p in re.split(r"\s*[,/]\s*", m["items"]) for x in _and_split(p) if x.strip()
    ]
    words = m["kind"].split()
    kind = " ".join(words[-3:]) if len(words) >= 3 else m["kind"]
    kind = " ".join(w for w in kind.split() if "/" not in w)  # "blue/green" says how, not what
    if (
        len(items) < 3
        or not kind
        or not is_plural_noun_phrase(kind)
        or any(FUNCTION_WORDS.fullmatch(w) or w in _SMALL for w in kind.lower().split())
        or re.match(r"(?:wh[a-z]*|how)\b", kind.lower())  # "are what matters": no kind
        or any(len(x.split()) > 3 or not is_listed_name(x, alone=True) for x in items)
        or items[0].split()[0].lower() in _ARTICLES | _DETERMINERS
    ):
        return None
    return items, singular(kind.lower()), m.start("items")


# a part of a comma list that is a clause going on, not an item ("which is how ...")
_RUNS_ON = re.compile(r"(?:which|that|who|where|so|but|while|because)\b", re.I)


# a name in capitals that "algorithm" follows, said to be shipped: "the built-in Zorb Boxing
# algorithm", "SageMaker's Quill Ranker algorithm"
_NAMED_ALGORITHM = re.compile(
    r"\b(?:built-in|SageMaker(?:'s|’s)?)\s+((?:[A-Z][\w-]*\s+){0,3}[A-Z][\w-]*)\s+algorithm\b"
)
# what a name is, said right after it between commas or before the sentence's end: ", a
# shared metastore that Fern reads."
_APPOSITION = re.compile(r",\s+((?:an?)\s+[A-Za-z][^,.;:!?()]{3,100}?)(?=\s*(?:[.;!?]|$))")
_APPOSED_ACRONYM = re.compile(
    r"(?<![\w-])([A-Z][A-Z0-9&/+-]{1,11}),\s+([A-Za-z][\w'-]*(?:\s+[A-Za-z][\w'-]*){1,7})(?=\s*[,.;:)]|$)"
)


def _acronym_definitions(text: str) -> Iterator[tuple[int, int, str]]:
    """ "server-side encryption (SSE)", "ROC (Receiver Operating Characteristic)" and
    "XGB = XGBoost": the words an acronym abbreviates, with the acronym, as one name."""
    for m in re.finditer(r"\(([^()]{2,60})\)", text):
        inner = m.group(1).strip()
        words: list[str] = []  # the words before, back to punctuation
        for w in reversed(text[: m.start()].split()[-8:]):
            if re.search(r"[^\w'’&+/-]", w):
                break
            words.insert(0, w)
        if is_acronym(inner) and "," not in inner:
            for k in range(1, len(words) + 1):
                span = words[-k:]
                if span[0].lower() not in _SMALL and abbreviates(inner, span):
                    start = m.start() - len(" ".join(span)) - 1
                    yield max(start, 0), m.end(), f"{' '.join(span)} ({inner})"
                    break
        elif words and is_acronym(words[-1]) and abbreviates(words[-1], inner.split()):
            long = re.sub(r"^(?:the|an?)\s+", "", inner, flags=re.I)  # "SPICE (the Super-fast ...)"
            yield m.start() - len(words[-1]) - 1, m.end(), f"{long} ({words[-1]})"
    for m in _APPOSED_ACRONYM.finditer(text):
        # "... or QIX, quill index by cross-fern, which ...": the words after the acronym,
        # set off by commas, spell it out
        words = m[2].split()
        for k in range(len(words), 1, -1):
            if abbreviates(m[1], words[:k]) and words[k - 1].lower() not in _SMALL:
                long = " ".join(words[:k])
                yield m.start(1), m.start(2) + len(long), f"{long} ({m[1]})"
                break
    for m in _GLOSSED.finditer(text):  # a glossary: "ASF = Amazon Simple Foo, GBX = GradBoostX"
        acronym, long = m.group(1), m.group(2).strip().rstrip(".")
        if is_acronym(acronym) and abbreviates(acronym, long.split()):
            yield m.start(), m.end(), f"{long} ({acronym})"


_DETERMINERS = frozenset(
    "my our your their its his her this that these those some any each every all no".split()
)


_TERM_LEAD = re.compile(r"\s*([A-Z][\w-]*(?:\s[\w-]+){0,2}?)(?:\s[—–-]\s|:\s)")


def _counted_then_named(
    text: str, code: Collection[str] = ()
) -> Iterator[tuple[int, int, list[str], None, str]]:
    """ "Jobs have three load modes. Copy mode copies ... Stream mode streams ... Lazy stream mode
    ...": a sentence that counts things of a kind, then sentences that each open with one of
    them (a name ending in the kind's head word, or one written as ``code``: "`drip` is ...")."""
    sentences = [(m.start(), m.end()) for m in re.finditer(r"[^.!?]+[.!?]?", text)]
    for i, (s, e) in enumerate(sentences):
        said = text[s:e].strip().rstrip(".:!?")
        count = re.search(
            rf"\b({'|'.join(NUMBER_WORDS)})\s+(?:[\w-]+\s+){{0,2}}[\w-]+s$", said, re.I
        )
        kind = counted_kind(said) if count and count.group(1).lower() in NUMBER_WORDS else ""
        if not kind or " " in kind and kind.split()[0] == "kinds":
            continue
        head = kind.split()[-1].lower()
        names: list[str] = []
        end = e
        for s2, e2 in sentences[i + 1 : i + 1 + NUMBER_WORDS[count.group(1).lower()]]:
            words = text[s2:e2].split()
            low = [w.lower().strip(",;") for w in words[:4]]
            # "... two flavours. Normalization — min-max — squashes ...": a term set off by
            # a dash or a colon opens each
            lead = _TERM_LEAD.match(text[s2:e2])
            if head in low:
                names.append(" ".join(words[: low.index(head) + 1]).strip(",;"))
            elif words and words[0].strip(",;:") in code:
                names.append(words[0].strip(",;:"))
            elif lead:
                names.append(lead.group(1))
            else:
                break
            end = e2
        if len(names) >= 2 and all(is_listed_name(n, alone=True) for n in names):
            yield s, end, names, None, kind


# a plural label opening a text or one of its sentences ("Worker types: ...")
_PLURAL_LABEL_AT = re.compile(r"(?:^\s*|(?<=[.!?])\s+)((?:[\w-]+\s){0,3}[\w-]+s)\s*:\s+")


_ARTICLES = frozenset("a an the my our your their its this that these those".split())
# a count and a plural noun phrase right before a bracket: "three sync modes ("
_COUNTED_BEFORE = re.compile(
    rf"\b({'|'.join(NUMBER_WORDS)}|\d)\s+((?:[\w/-]+\s+){{0,2}}[A-Za-z][\w-]*s)\s*$", re.I
)


# a count and a plural noun, a comma, then what they are up to the clause's end: "two
# files, A and B;"
_COUNTED_COMMA = re.compile(
    rf"(?P<counted>\b(?:{'|'.join(NUMBER_WORDS)}|[2-9])\s+(?:[\w/-]+\s+){{0,2}}[A-Za-z][\w-]*s),"
    r"\s+(?:(?:like|such\s+as|namely|e\.g\.|i\.e\.|including)\s+)?"
    # (a remark in brackets goes with its item: "canary (a slice first)")
    r"(?P<items>(?:[^;:.()]|\.(?=\w)|\([^()]*\))+?)(?=[;:]|\.(?:\s|$)|$)",
    re.I,
)


# a name written as code, then what it is for: "`quill:Subnets` to require VPC mode"
_CODE_FOR = re.compile(r"(?:and\s+|or\s+)?(\S+)\s+(?:to|for)\s+\S")
# a clause's plural subject, after a name, before its verb: "IAM condition keys let ..."
_PLURAL_SUBJECT = re.compile(
    r"\W*(?:[A-Z][\w-]*\s+)?((?:[a-z][\w-]*\s+){0,2}[a-z][\w-]*s)\s+"
    r"(?:let|allow|help|make|force|enforce|are|can|do|give)\b"
)


_NAME_THEN_PURPOSE = re.compile(
    r"^((?:[A-Z][\w+.-]*)(?:\s+[A-Z][\w+.-]*){0,2})\s+(?:for|to|which|that)\s+\S"
)


def _counted_in_brackets(before: str, inner: str) -> tuple[list[str], str] | None:
    """The items of a bracket right after a count of things ("three sync modes (full, delta
    and mirror)") and the kind counted, when the bracket lists exactly as many names."""
    m = _COUNTED_BEFORE.search(before)
    if m is None or not is_plural_noun_phrase(m.group(2).split()[-1]):
        return None
    kind = counted_kind(m.group())
    wanted = int(m.group(1)) if m.group(1).isdigit() else NUMBER_WORDS[m.group(1).lower()]
    # as many short items as counted say they are the things, whatever words they use ("all
    # at once")
    items = _bracket_items(inner.strip().rstrip("."))
    if not kind or wanted < 2 or len(items) != wanted:
        return None
    # "two checks: ZORB_SKEW for odd rows and QUILL for dense ones": each a name, then what
    # it is for
    named = [m[1] for x in items if (m := _NAME_THEN_PURPOSE.match(x))]
    if len(named) == len(items):
        items = named
    for x in items:
        words = x.split()
        if not 0 < len(words) <= 4 or words[0].lower() in _ARTICLES or not _item_alone(x):
            return None
    return items, kind


# a plural subject, then what is done to it ("Endpoint gauges are published to ...")
_PASSIVE_SUBJECT = re.compile(
    r"^(?:the\s+)?(?P<np>(?:[A-Za-z][\w-]*\s+){0,2}[a-z][\w-]*s)\s+(?:are|were)\s+"
    r"(?:[a-z]+ly\s+)?[a-z]+(?:ed|en|wn)\b"
)


def _passive_subject_kind(lead: str) -> str:
    """The kind a lead's plural subject names when the lead says what is done to things of
    it ("Endpoint gauges are published to A:" → "endpoint gauge"); "" otherwise."""
    m = _PASSIVE_SUBJECT.match(lead)
    if m is None or not is_plural_noun_phrase(m["np"]) or is_vague(m["np"]):
        return ""
    words = m["np"].split()
    if words[0].lower() in _DETERMINERS | _NO_TERM_START | QUANTIFIERS:
        return ""
    return singular(m["np"].lower())


def _without_remarks(text: str) -> str:
    """A list without the relative clauses set off inside it ("A, which is the default, B and
    C" → "A, B and C")."""
    return re.sub(r",\s*(?:which|who|that)\s[^,]*(?=,)", "", text.strip().rstrip("."))


def _bracket_items(inner: str) -> list[str]:
    """The items a bracket lists, at commas and at "and"/"or"."""
    return [x.strip() for p in split_list(inner) for x in _and_split(p)]


def _item_alone(item: str) -> bool:
    """Whether a listed item is a few words of its own: letters, no sentence or bracket."""
    return bool(re.search(r"[A-Za-z]", item)) and not re.search(r"[.:;=]\s|[()]", item)


# a plural noun in lower case right before a bracket, and the word before it when that is
# one of its own ("audio formats"), not a verb ("detects entities") nor a compound's tail
# ("Built-in rules": no "in")
_PLURAL_BEFORE = re.compile(r"(?:(?<![\w-])([a-z][a-z-]*)\s+)?\b([a-z][a-z-]*[a-z]s)\s*$")


_SHORT_PREPOSITIONS = frozenset("of for in on at with by from to into".split())
ALL_PREPOSITIONS = _PREPOSITIONS | _SHORT_PREPOSITIONS | {"onto", "via", "over"}


def _shipped_name(value: str, written: str) -> str:
    """A shipped algorithm's node name as written: "Gromble Quill Forest (GQF)" for "GQF"."""
    return f"{value} ({written})" if is_acronym(written) else value


def _kinds_in_brackets(before: str, inner: str) -> tuple[list[str], str] | None:
    """The items of a bracket right after a plural noun ("detects entities (person, place,
    date)", "audio formats (mp3, ogg, pcm)") and the kind it names, when the bracket lists
    three short items or more and nothing else."""
    m = _PLURAL_BEFORE.search(before)
    if m is None or not is_plural_noun_phrase(m.group(2)) or _COUNTED_BEFORE.search(before):
        return None  # counted, the count decides ("2 logs (daily, weekly, monthly)": none)
    modifier = m.group(1) or ""
    if modifier in _PREPOSITIONS or modifier in _SHORT_PREPOSITIONS:
        return None  # "a sequence of tokens (text, audio, ...)": the noun is no kind of its own
    if (
        FUNCTION_WORDS.fullmatch(modifier)
        or modifier.lower() in ("and", "or", "nor", "&")
        or re.search(r"(?:s|ed|ing|ly)$", modifier)
    ):
        modifier = ""  # "detects entities", "the entities", "using formats", "A and readers"
    kind = singular(f"{modifier} {m.group(2)}".strip())
    if kind.split()[-1] in VAGUE_KINDS:
        return None
    inner = re.sub(
        r"^\s*(?:e\.g\.|i\.e\.|incl\.|including|for example|for instance|such as|like)\s*,?\s*",
        "",
        inner,
        flags=re.I,
    )
    inner = re.sub(r",?\s*(?:etc\.?|\.\.\.|…)\s*$", "", inner.strip().rstrip("."))
    items = _bracket_items(inner)
    if len(items) < 3:
        return None
    first = items[0].split()
    if len(first) > 1 and is_plural_noun_phrase(first[0]):
        return None  # "embeddings (modes cbow, skipgram, ...)": the bracket says its own kind
    for x in items:
        words = x.split()
        if not 0 < len(words) <= 3 or any(w.lower() in _ARTICLES for w in words):
            return None  # "faces (detect, compare, search a collection)": things done
        if not _item_alone(x) or re.search(r"\d\s*%", x):
            return None
    return items, kind


def _rare_gerunds(text: str) -> Iterator[tuple[int, str]]:
    """(where, word) of each technique named by a gerund English hardly uses that opens an
    item of a list of two or more things done ("include oversampling the minority class,
    undersampling the majority class, and weighting the loss": oversampling, undersampling)."""
    opening = re.compile(r"(?:^\s*|\b(?:include|includes|including|are|like|as)\s+)([a-z]+ing)\b")
    for s, e in sentence_spans(text):
        parts = [p for p in split_list(text[s:e]) for p in _and_split(p)]
        doing = {m.group(1) for p in parts if (m := opening.search(p))}
        if len(doing) < 2:
            continue
        for m in re.finditer(r"(?<![\w-])([a-z]+ing)\b", text[s:e]):
            if m.group(1) in doing and _rare_word(m.group(1)):
                yield s + m.start(1), m.group(1)


def _labelled_then_named(text: str) -> Iterator[tuple[int, int, list[str], None, str]]:
    """ "Load modes: Copy mode copies ...; Stream mode streams ...": a text labelled with a
    plural kind, then clauses that each open with one of them (a name ending in the kind's
    head word)."""
    for m in _PLURAL_LABEL_AT.finditer(text):
        kind = lead_kind(m.group(1).split())
        if not kind:
            continue
        head = kind.split()[-1]
        if head in ("type", "kind", "sort", "category") and len(kind.split()) > 1:
            head = kind.split()[-2]  # "Worker types: the lead worker ..., keeper workers ..."
        names: list[str] = []
        end = m.end()
        # "...; Stream mode streams ...", and after a label inside a text, "..., core nodes run
        # tasks, task nodes only compute" (commas, "the" and remarks in parentheses aside)
        cut = r"[^;.!?]+[;.!?]?" if m.start() == 0 else r"[^;,.!?]+[;,.!?]?"
        for part in re.finditer(cut, text[m.end() :]):
            said = re.sub(r"\s*\([^()]*\)", "", part.group()) if m.start() else part.group()
            words = said.split()
            if m.start() and words[:1] and words[0].lower() == "the":
                words = words[1:]
            low = [w.lower().strip(",;") for w in words[:4]]
            at = next((i for i, w in enumerate(low) if w in (head, plural(head))), None)
            if at is None or low[0] in _DETERMINERS | {"a", "an", "the"}:
                break
            names.append(" ".join(words[: at + 1]).strip(",;"))
            end = m.end() + part.end()
        if len(names) >= 2 and all(is_listed_name(n, alone=True) for n in names):
            yield m.end(), end, names, None, kind


# a count and a plural noun before a colon: "... come in three roles: "
_COUNTED_COLON = re.compile(
    rf"\b({'|'.join(NUMBER_WORDS)}|[2-9])\s+((?:[\w-]+\s+){{0,2}}[a-z][\w-]*s)\s*:\s+", re.I
)


def _counted_clauses(text: str) -> Iterator[tuple[int, int, list[str], None, str]]:
    """ "Clusters come in three roles: the lead (main) node plans, core nodes run tasks, and
    task nodes only compute": as many clauses as counted, each opening with a name that ends
    in one noun they share (node), each a thing of the counted kind."""
    for m in _COUNTED_COLON.finditer(text):
        wanted = int(m[1]) if m[1].isdigit() else NUMBER_WORDS[m[1].lower()]
        end = next(
            (s.start() for s in re.finditer(r"[.;!?](?:\s|$)", text) if s.start() > m.end()),
            len(text),
        )
        said = re.sub(r"\s*\([^()]*\)", "", text[m.end() : end])
        clauses = [c.split() for c in re.split(r",\s+(?:and\s+)?|\s+and\s+(?=(?:the|an?)\s)", said)]
        if len(clauses) != wanted or not all(clauses):
            continue
        opening = [c[1:] if c[0].lower() in ("the", "a", "an") else c for c in clauses]
        shared = set.intersection(*({singular(w.lower()) for w in c[1:4]} for c in opening))
        heads = [w for w in shared if w.isalpha() and not FUNCTION_WORDS.fullmatch(w)]
        if len(heads) != 1:
            continue
        names = []
        for c in opening:
            at = next(i for i, w in enumerate(c) if singular(w.lower()) == heads[0])
            if at == 0 or any(FUNCTION_WORDS.fullmatch(w.lower()) for w in c[:at]):
                break
            names.append(" ".join([*c[:at], singular(c[at])]))
        kind = counted_kind(m.group().rstrip(": "))
        if len(names) == wanted and kind and all(is_listed_name(n, alone=True) for n in names):
            yield m.end(), end, [n[:1].upper() + n[1:] for n in names], None, kind


# "L1 and L2 regularization", "ResNet-50 or ResNet-101 backbone": coded words, then one noun
_CODED = r"(?:[A-Za-z][\w-]*\d|\d+[A-Za-z])[\w-]*"
_DISTRIBUTED = re.compile(
    rf"(?<![\w-])(?P<items>{_CODED}(?:,\s+{_CODED})*,?\s+(?:and|or)\s+{_CODED})\s+"
    r"(?P<head>[a-z][a-z-]{3,})\b"
)


_LISTED_NAME = r"[A-Z][\w+.-]*(?:\s[A-Z][\w+.-]*)?"
# what a thing has, then names and a plural noun in lower case ("offers FCN, PSP and
# DeepLabV3 architectures", "plus optional Users and Items datasets")
_NAMES_THEN_PLURAL = re.compile(
    r"\b(?:offers|supports|provides|includes|ships|exposes|has|have|plus|from)\s+(?:optional\s+)?"
    rf"(?P<items>{_LISTED_NAME}(?:,\s+{_LISTED_NAME})*,?\s+(?:and|or)\s+"
    rf"{_LISTED_NAME})\s+(?P<head>[a-z][a-z-]{{2,}}s)\b"
)


def _distributed_heads(text: str) -> Iterator[tuple[int, int, str]]:
    """(start, end, name) of each item of a coordination of coded words that share the noun
    after the last ("L1 and L2 regularization": L1 regularization, L2 regularization)."""
    for m in _DISTRIBUTED.finditer(text):
        head = m["head"]
        if FUNCTION_WORDS.fullmatch(head) or head in _SMALL or head.endswith(("ly", "s")):
            continue  # a plural ("P3 and G5 instances") names the coded things themselves
        if re.match(r"\s+than\b", text[m.end("head") :]):
            continue  # "Q5 and Q9 better than one number": a comparison, no noun
        for item in re.finditer(_CODED, m["items"]):
            at = m.start("items") + item.start()
            yield at, at + len(item.group()), f"{item.group()} {head}"


def _shared_head(clause: str) -> tuple[list[str], str] | None:
    """The items of a coordination whose noun phrases end in one head word ("KNN imputation,
    regression imputation and MICE preserve ...": two imputations, and MICE with them), with
    that head in the singular; None unless two or more items share it and every item reads as
    a name. The list ends with the item that runs on into the rest of the clause."""
    while re.search(r"\([^()]*\)", clause):
        clause = re.sub(r"\s*\([^()]*\)", "", clause)
    parts = [x.split() for p in split_list(clause.strip().rstrip(".")) for x in _and_split(p)]
    if len(parts) < 2 or not all(parts):
        return None
    cut = max(
        (
            i + 1
            for i, w in enumerate(parts[0])
            if FUNCTION_WORDS.fullmatch(w.lower()) or w.lower() in _SMALL | _DETERMINERS
        ),
        default=0,
    )
    parts[0] = parts[0][cut:][-3:]  # "Use KNN imputation" → "KNN imputation"
    for k, p in enumerate(parts[1:], start=1):
        # "a private cohort of local staff" → "private cohort"
        while p and p[0].lower() in _DETERMINERS | {"a", "an", "the"}:
            p = p[1:]
        tail = next(
            (i for i, w in enumerate(p) if i and w in ("of", "from", "for", "with", "in", "on")),
            None,
        )
        parts[k] = p[:tail] if tail is not None and not p[0][:1].isupper() else p
    if not all(parts):
        return None
    # (in the singular: "Lead node, worker nodes, spare nodes" share "node")
    heads = [singular(p[-1].lower()) for p in parts if 2 <= len(p) <= 3]
    if not parts[0] or not heads:
        return None
    head = max(sorted(set(heads)), key=heads.count)

    def headed(p: list[str]) -> bool:  # ends in the head, in the singular or the plural
        return singular(p[-1].lower()) == head

    items: list[list[str]] = []
    for p in parts:
        low = [singular(w.lower()) for w in p]
        if 2 <= len(p) <= 3 and low[-1] == head:
            items.append(p)
            continue
        if len(p) <= 4 and all(w[:1].isupper() for w in p):  # "Amazon Mechanical Turk, ..."
            items.append(p)
            continue
        if head in low[:3]:  # "... regression imputation is quick"
            items.append(p[: low.index(head) + 1])
        elif items and p[0].isupper() and len(p[0]) >= 2:  # "... and MICE preserve ..."
            items.append(p[:1])
        break
    # the first item is as long as the others sharing the head ("apply min-max scaling, ...")
    others = [len(p) for p in items[1:] if len(p) >= 2 and headed(p)]
    if others and items and headed(items[0]):
        items[0] = items[0][-min(max(others), len(items[0])) :]
        while len(items[0]) > 2 and items[0][0][:1].islower() != items[0][-2][:1].islower():
            items[0] = items[0][1:]  # "read Copy mode": the case changes where the name starts
    shared = [p for p in items if len(p) >= 2 and headed(p)]
    if len(shared) < 2 or not head.isalpha() or (is_everyday(head) and len(shared) < 3):
        return None
    # each named in the singular ("worker nodes": "worker node")
    names = [" ".join([*p[:-1], singular(p[-1])] if headed(p) else p) for p in items]
    if not all(
        is_listed_name(x, alone=True) and x.split()[0].lower() not in _DETERMINERS | _PICKING
        for x in names
    ):
        return None
    return names, singular(head)


def _leading_name(text: str) -> str:
    """The name a list's last item starts with ("PyTorch for custom models" → "PyTorch");
    an acronym and its noun stay whole ("HTTP endpoints"), without an article before them."""
    text = re.sub(r"^(?:an?|the)\s+(?=[A-Z0-9])", "", text)
    words = text.split()
    if len(words) == 2 and is_acronym(words[0]) and words[1].isalpha() and words[1].islower():
        return text
    keep: list[str] = []
    for i, w in enumerate(words):
        if w[:1].isupper() or is_product_style(w) or w.startswith("("):
            keep.append(w)
            if i + 1 < len(words) and re.search(r"[A-Za-z\d)][.!?]$", w):
                keep[-1] = w[:-1]  # "... or Quillpack. fern_rows is required": its sentence ended
                break
        elif w.lower() in _SMALL and i + 1 < len(words) and words[i + 1][:1].isupper():
            keep.append(w)
        else:
            break
    while keep and keep[-1].lower() in _SMALL:
        keep.pop()
    return " ".join(keep) if keep else text


def _and_split(text: str) -> list[str]:
    return [p for p in re.split(r"\s+(?:and|or|&)\s+", text) if p]


def _within(span: Span, m: Match) -> bool:
    return m.start <= span[0] and span[1] <= m.end and (span[1] - span[0]) < (m.end - m.start)


def _only_a_name(word: str) -> bool:
    """A word English uses for nothing but the name ("Macie", "Kinesis"; wordfreq's Zipf
    under 2.5), not a verb or noun a sentence may open with ("Transcribe", "Forecast")."""
    from wordfreq import zipf_frequency

    return zipf_frequency(word.lower(), "en") < ONLY_A_NAME_ZIPF


ONLY_A_NAME_ZIPF = 2.5


def _overlaps(spans: list[Span], start: int, end: int) -> bool:
    return any(s < end and start < e for s, e in spans)


def _blank(text: str, spans: list[Span]) -> str:
    """The text with the given spans blanked out (to judge the words around names)."""
    chars = list(text)
    for s, e in spans:
        chars[s:e] = " " * (e - s)
    return "".join(chars)


# "RCF and LDA are CPU-only", "Quill and Fern training are GPU-only": names, then "are" and a
# short label written as names are (a hyphenated compound, or opening with an acronym)
_SHARED_LABEL = re.compile(
    r"\s+are\s+(?:both\s+|all\s+)?(?P<label>[A-Za-z0-9]+(?:-[A-Za-z0-9]+)+|[A-Z]{2,}[A-Za-z0-9]*"
    r"(?:[\s-][a-z]+)?)\s*$"
)


def read_shared_labels(b: Builder) -> None:
    """Two or more things the notes know said to be one short label ("RCF and LDA are
    CPU-only") are things of that kind, as a table's column under "CPU only" makes them.
    Words after a name that name none ("... training") only narrow it."""
    for unit in list(b.out.units.values()):
        if unit.is_code:
            continue
        text = unit.text
        for start, end in sentence_spans(text):
            clause = text[start:end].strip().rstrip(".!")
            m = _SHARED_LABEL.search(clause)
            if m is None or len(m["label"]) > 30:
                continue
            members = []
            for item in split_list(clause[: m.start()]):
                words = item.split()
                found = next(
                    (
                        e
                        for k in range(len(words), max(0, len(words) - 2), -1)
                        if (e := b.registry.find(" ".join(words[:k]))) is not None
                        and all(w.islower() for w in words[k:])
                    ),
                    None,
                )
                if found is None:
                    members = []
                    break
                members.append(found)
            if len({e.id for e in members}) < 2:
                continue
            for e in members:
                b.kind(e, m["label"], unit)
