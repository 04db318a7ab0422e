"""The genre's vocabulary: what column headers, lead terms and headings say about their content.

This models how study notes are written (a "When to Use" column, a "**Purpose:**" lead term,
a table of "Algorithm"s under a "Regression" heading), not any one document's rows.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from functools import lru_cache

# Column header / lead term → the predicate its text gives the row's entity.
_LITERAL_ROLES: list[tuple[str, str]] = [
    (r"^(description|definition|concept|what it is)$", "definition"),
    (r"when to use|best for|ideal for", "whenToUse"),
    (r"use cases?|purpose|objective|goal|used for|applications?", "usedFor"),
    (r"key features?|features?|characteristics?|benefits?|advantages?", "hasProperty"),
]
# Header words naming a column of tools or services related to the row's entity.
_TOOL_HEADER = re.compile(
    r"\b(tools?|services?|implementation|methods?|librar(y|ies)|frameworks?|support|mitigation|"
    r"alternative)\b",
    re.I,
)
# Words of headings and lead terms that introduce a collection of things.
_META_TERMS = re.compile(
    r"^(common )?(types?|kinds?|variants?|examples?|categories|options|advanced techniques|"
    r"techniques|methods|components)$",
    re.I,
)
# Headings that are about their subject rather than naming a thing.
_META_HEADING = re.compile(
    r"^(what|why|how|when|which|key|importance|reference|references|index|overview|summary|"
    r"optimization tips|tips?|warnings?|notes?|job characteristics|characteristics|conclusion|general|"
    r"best practices?|pitfalls|faq|resources|further reading|see also|checklist|recap|"
    r"introduction|background|explanations?|descriptions?|details|remarks?|comments?|glossary|"
    r"vocabulary|terminology|definitions)\b",
    re.I,
)
_SUBJECT_OF = [
    re.compile(r"^what is (?P<x>.+?)\??$", re.I),
    re.compile(r"^why is (?P<x>.+?) important\??$", re.I),
    re.compile(r"^(?P<x>.+?) overview$", re.I),
    re.compile(r"^how (?P<x>.+?) works$", re.I),
]
# headings that tell of a thing named elsewhere ("Fern Hub basics"): see told_of (how long
# the telling is, "Gromble Pipe in more detail", is outline._AT_LENGTH's)
_TOLD_OF = [
    # "Gromble Pipe details", "Fern Hub basics": the thing, then what of it is told
    re.compile(r"^(?P<x>.+?),? (?:details|deep[- ]dive|basics|essentials|fundamentals)$", re.I),
    # "More on Gromble Pipe", "A closer look at Fern Hub"
    re.compile(
        r"^(?:more (?:on|about)|all about|a (?:closer|deeper) look at|deep[- ]dive(?: into)?)"
        r" (?P<x>.+?)$",
        re.I,
    ),
]
CLASS_PRIORITY = [
    "Service",
    "Algorithm",
    "Metric",
    "ProblemType",
    "Distribution",
    "DataType",
    "DataFormat",
    "InstanceType",
    "Framework",
    "MonitoringAspect",
    "Hyperparameter",
    "Technique",
    "UseCase",
    "Tool",
    "Category",
    "Criterion",
    "Concept",
]


def literal_role(header: str, at_end: bool = False) -> str | None:
    """The predicate a header's literal text gives its entity, or None; with ``at_end`` the
    role words must close it ("Key features", not "Feature hashing")."""
    h = header.strip().lower()
    for pattern, role in _LITERAL_ROLES:
        if re.search(rf"(?:{pattern})$" if at_end else pattern, h):
            return role
    return None


def header_head(header: str) -> str:
    """A header's words before any preposition or remark ("Use Cases of Alternative Service"
    → "Use Cases")."""
    core = re.sub(r"\([^)]*\)", " ", header)
    return _HEAD_END.split(core, maxsplit=1)[0].strip(" :*")


def is_tool_header(header: str) -> bool:
    return bool(_TOOL_HEADER.search(header)) and not re.search(r"\btype\b", header, re.I)


def plural(phrase: str) -> str:
    """The English plural of a noun phrase's last word ("use case" → "use cases")."""
    head, _, last = phrase.rpartition(" ")
    low = last.lower()
    if low.endswith(("s", "x", "z", "ch", "sh")):
        last += "es"
    elif low.endswith("y") and low[-2:-1] not in "aeiou":
        last = last[:-1] + "ies"
    else:
        last += "s"
    return f"{head} {last}" if head else last


# The head of a noun phrase comes before its prepositional phrase ("Services for Streaming"),
# and before a generic "name" or "type" ("Algorithm name").
_HEAD_END = re.compile(r"\s+(?:for|in|of|with|on|to|by|from|via|using|at)\s+|[:;,–—]", re.I)
_GENERIC_TAIL = re.compile(r"\s+(?:names?|types?)$", re.I)


class ClassWords:
    """The classes a header, heading or kind can name, and the words that name each (the
    ontology's class labels and synonyms, given by the caller: ingest reads no ontology)."""

    def __init__(self, names: Mapping[str, Sequence[str]]):
        found = []
        for cls, words in names.items():
            for n in {w.lower() for w in words}:
                forms = (plural(n), n)
                alts = "|".join(re.escape(f).replace(r"\ ", r"[\s_-]+") for f in forms)
                found.append((re.compile(rf"\b(?:{alts})$", re.I), len(n), cls))
        self._patterns = sorted(found, key=lambda x: -x[1])
        self._seen: dict[str, str | None] = {}
        self._words = {
            f for words in names.values() for w in words for f in (w.lower(), plural(w.lower()))
        }

    def names_a_class(self, text: str) -> bool:
        """Whether a phrase is a class's own word and nothing more ("Algorithm", "Metrics")."""
        return text.strip(" :*").lower() in self._words

    def class_for(self, text: str) -> str | None:
        """The class a phrase names by its head ("Ranking Metrics" → Metric, "Key AWS
        Services for Streaming" → Service, "Algorithm name" → Algorithm; "Model Deployment"
        names none): the longest class name that ends the phrase before any preposition."""
        if text not in self._seen:
            self._seen[text] = self._class_for(text)
        return self._seen[text]

    def _class_for(self, text: str) -> str | None:
        core = header_head(text)
        for phrase in dict.fromkeys((core, _GENERIC_TAIL.sub("", core))):
            for pattern, _length, cls in self._patterns:
                if pattern.search(phrase):
                    return cls
        return None


def is_meta_term(term: str) -> bool:
    return bool(_META_TERMS.match(term.strip()))


def is_meta_heading(title: str) -> bool:
    """A heading about the notes or their reader, not a thing: "Key takeaways", "Why?",
    "Traps I fell for" (its author speaks: I, my, we; not in a remark: "Techniques, in the
    order I try them")."""
    # (its head, before a remark in parentheses or after a comma or dash)
    said = re.split(r",|\s[–—-]\s|:", re.sub(r"\s*\([^()]*\)", "", title))[0].strip()
    return (
        bool(_META_HEADING.match(title.strip()))
        or title.strip().endswith("?")
        or bool(re.search(r"\b(?:I|my|My|me|we|We|our|Our|us)\b", said))
    )


def told_of(title: str) -> str | None:
    """The name a heading tells more of ("Gromble Pipe details", "A closer look at Fern Hub"
    → the name), if it reads so; whether the name is a thing is the caller's to know ("Exam
    details" tells of no thing)."""
    for pattern in _TOLD_OF:
        if m := pattern.match(title.strip()):
            return m.group("x").strip()
    return None


def heading_subject(title: str) -> str | None:
    """The thing a question-like heading is about: "What Is Data Cleaning?" → "Data Cleaning"."""
    for pattern in _SUBJECT_OF:
        m = pattern.match(title.strip())
        if m:
            return m.group("x").strip()
    return None


_QUANTIFIERS = re.compile(
    r"^(?:(?:the|a|an|these|those|all|main|key|common|different|various|several|some|"
    r"\d+|two|three|four|five|six|seven|eight|nine|ten|twelve)\s+)+",
    re.I,
)


def without_quantifiers(phrase: str) -> str:
    """ "The four monitor types" → "monitor types"; "Common Techniques" → "Techniques"."""
    return _QUANTIFIERS.sub("", phrase.strip()) or phrase


def singular(phrase: str) -> str:
    """ "Data Distributions" → "Data Distribution"; "Common Types" → "Common Type"."""
    if re.search(r"\w\((?:e?s)\)$", phrase):  # "Algorithm(s)"
        return re.sub(r"\((?:e?s)\)$", "", phrase)
    words = phrase.split()
    if not words:
        return phrase
    w = words[-1]
    if w.lower().endswith(("series", "species")):  # the same in the singular
        return phrase
    if w.isupper() and (
        (len(words) == 1 and 2 <= len(w) <= 4)
        or any(not x.isupper() for x in words[:-1] if x.isalpha())
    ):
        # "Quill on QXS": an acronym's "S" is a letter of it (not in "ZORB MODELS", all capitals)
        return phrase
    if w.lower().endswith("ies") and len(w) > 4:
        w = w[:-3] + "y"
    elif w.lower().endswith(("sses", "ches", "shes", "xes")):
        w = w[:-2]
    elif w.lower().endswith("ses") and len(w) > 5 and _more_said(w[:-2], w[:-1]):
        w = w[:-2]  # "statuses", "biases"; not "databases", "causes"
    elif w.lower().endswith("s") and not w.lower().endswith(("ss", "us", "is")):
        w = w[:-1]
    return " ".join([*words[:-1], w])


@lru_cache(maxsize=4096)
def _more_said(a: str, b: str) -> bool:
    """Whether English uses word ``a`` oftener than it uses ``b``."""
    from wordfreq import zipf_frequency

    return zipf_frequency(a.lower(), "en") > zipf_frequency(b.lower(), "en")


def is_plural_noun_phrase(phrase: str) -> bool:
    last = phrase.split()[-1].lower() if phrase.split() else ""
    if re.search(r"\w\((?:e?s)\)$", last):  # "algorithm(s)": one or more
        return True
    return (
        last.endswith("s") and not last.endswith(("ss", "us", "is")) and singular(phrase) != phrase
    )


COMMON_WORD_ZIPF = 4.5  # "data", "security", "cost", "training": everyday words, not names


def is_everyday(word: str, least: float = 4.0) -> bool:
    """An everyday English word (Zipf 4 or more: "fast", "reliable", "search"); with a lower
    ``least``, a word English uses ("compression" is 3.8)."""
    from wordfreq import zipf_frequency

    return zipf_frequency(word.lower(), "en") >= least


def is_common_word(text: str) -> bool:
    """Whether a one-word title is an everyday English word (wordfreq's Zipf scale), which
    heads a section rather than naming a thing ("Data", "Security", "Training")."""
    words = text.split()
    if len(words) != 1 or not words[0].isalpha():
        return False
    from wordfreq import zipf_frequency

    return zipf_frequency(words[0], "en") >= COMMON_WORD_ZIPF
