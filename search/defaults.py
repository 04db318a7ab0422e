"""Default values: questions that ask what holds when nothing is set, and the statements of
defaults in passages.

A question asks for a default in so many words ("What is Quill's default fern_size?") or
by what the user leaves undone ("If I don't set fern_size, what does Quill use?", "... when
none is specified?", "out of the box"). Notes state defaults as "fern_size (default 64)",
"fern_size defaults to 64", "the default for Quill is 64", a table column headed "Default"
("Setting: fern_size | Default: 64"), or by marking one of the options ("Gromble
(default), Fern or Moss"). ``stated_defaults`` reads those statements; what each is a
default of is the text around it, which the answer matches to the question.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

# the question asks what holds when the user sets nothing: "default", "by default", "out of
# the box", "if I don't set / specify / pick ...", "if I leave it alone / unset / as is",
# "when none is specified", "falls back to"
_LEFT_UNSET = (
    r"(?:do not|don't|does not|doesn't|never|not)\s+(?:\w+\s+)?"
    r"(?:set|specify|pick|choose|select|configure|provide|pass|give|change|touch|override)"
)
_LEFT_ALONE = (
    r"(?:leaves?|(?:is|are) left)\b[^?.;]{0,40}?\b(?:alone|unset|as it is|as is|untouched|blank"
    r"|empty|at (?:its|their) defaults?)"
)
_WITHOUT = r"without\s+(?:changing|setting|touching|configuring|specifying|overriding)"
_NONE_GIVEN = r"(?:none|nothing|no \w+) (?:is |was |are )?(?:set|specified|given|chosen|picked)"
# "unless I change it", "unless you specify one": "unless" says the "not" itself
_UNLESS_SET = (
    r"unless\s+(?:\w+\s+){1,2}?(?:sets?|specify|specifies|picks?|chooses?|choose|selects?"
    r"|configures?|provides?|pass|passes|gives?|changes?|touch|touches|overrides?)"
)
DEFAULT_ASKED = re.compile(
    rf"\bdefaults?\b|\bout of the box\b|\bfalls? back (?:on|to)\b|\b{_WITHOUT}\b|"
    rf"\b(?:if|when|unless)\b[^?.;]{{0,40}}?\b(?:{_LEFT_UNSET}|{_LEFT_ALONE}|{_NONE_GIVEN})\b|"
    rf"\b{_UNLESS_SET}\b",
    re.I,
)


def asks_default(question: str) -> bool:
    """Whether a question asks for what holds when nothing is set."""
    return DEFAULT_ASKED.search(question) is not None


def default_words(question: str) -> set[str]:
    """The words of a question that only say it asks for a default ("if I don't set", "by
    default"): they say nothing of what the default is of."""
    said = {
        w.lower()
        for m in DEFAULT_ASKED.finditer(question)
        for w in [*re.findall(r"\w+", m[0]), *m[0].split()]
    }
    # (of the words it matched, the pattern's own: "If I leave *num_trees* alone" asks of it)
    return {w for w in said if w.strip(".,") in _PATTERN_WORDS or len(w) <= 2}


# the words of DEFAULT_ASKED's phrases
_PATTERN_WORDS = frozenset(
    "default defaults out of the box fall falls back on to if when unless do not don't does "
    "doesn't never set specify pick choose select configure provide pass give change touch "
    "override leave leaves alone unset as it is untouched blank empty none nothing no was are "
    "specified given chosen picked without changing setting touching configuring specifying "
    "overriding anything everything left its their sets specifies picks chooses selects "
    "configures provides passes gives changes touches overrides".split()
)


@dataclass(frozen=True)
class Stated:
    """A default a passage states: its value, and where the statement is in the text (the
    sentence, table row or list item it is said in)."""

    value: str
    at: int  # where the value starts
    scope: tuple[int, int]  # the sentence (or row, or item) it is said in
    # the clause of it: from the end of the default stated before it in its sentence (or the
    # sentence's start) to its own end ("num_trees (default 100) and num_samples_per_tree
    # (default 256)": the second is said of num_samples_per_tree alone)
    clause: tuple[int, int] = (0, 0)


# a value as written: a figure with its unit ("300 s", "5 MiB", "80%", "$0.10"), a code name
# or path ("FullyReplicated", "student-T", "/opt/ml/checkpoints"), or a short word ("OFF")
_UNIT = (
    r"%|percent\b|[KMGTP]i?B\b|ms\b|µs\b|s\b|sec\b|secs\b|seconds?\b|mins?\b|minutes?\b|"
    r"h\b|hrs?\b|hours?\b|days?\b|weeks?\b|months?\b|years?\b"
)
_VALUE = re.compile(
    rf"(?:[$€£]\s?)?\d(?:[\d,]*\d)?(?:\.\d+)?(?:\s?(?:{_UNIT}))?"
    r"|`[^`]{1,40}`|\"[^\"]{1,40}\"|'[^']{1,40}'"
    r"|/[\w./-]+|[A-Za-z_][\w.:/+-]*[\w%]|[A-Za-z]"
)
# a figure right before "by default" ("24 hours by default")
_FIGURE_BEFORE = re.compile(rf"((?:[$€£]\s?)?\d[\d,]*(?:\.\d+)?(?:\s?(?:{_UNIT}))?)\s+by\s+$", re.I)
# after "default": "default 100", "default: 6", "defaults to 0.3", "default is OFF", "the
# default value is 256", "Default: 0.3" (a table cell)
_AFTER = re.compile(
    r"\bdefaults?\b(?:\s+(?:value|setting))?\s*(?P<joined>(?:is|are|=|:|to|was)\s+|\s)?"
    r"(?:(?:set\s+)?to\s+)?(?:(?:a|an|the)\s+)?(?=\S)",
    re.I,
)
# a value said after a bare "default " ("default 100", "(default gaussian)"): a figure, a
# name written as code, or a word in capitals; not a word that goes on ("default optimisation
# metric")
_BARE_VALUE = re.compile(r"[$€£\d/`\"']|\S*(?:[A-Z]|_|\d)")
# ... or one word ending its clause after a setting's name: "optimizer default adadelta,"
# (not "uses the default mode.": a determiner before "default" makes it an adjective)
_WORD_VALUE = re.compile(r"[a-z][\w.-]*(?=\s*(?:[,;)]|\.(?:\s|$)|$))")
_NAMED_BEFORE = re.compile(
    r"(?:^|[,;(]\s*)(?!(?:the|a|an|its|their|our|my|your|this|that|his|her|by|per|as)\s)"
    r"[A-Za-z][\w.-]*\s+$",
    re.I,
)
# "the default for CompareFaces is 80%", "the default s3_data_distribution_type of a
# ProcessingInput is FullyReplicated": a few words, then "is"
_DEFAULT_FOR = re.compile(r"\bdefaults?\b((?:\s+[^\s.;|]+){1,6}?)\s+(?:is|are|=)\s+", re.I)
# "Gromble (default)", "Gromble (the default)", "Gromble is the default", "Gromble, the default"
_MARKED = re.compile(
    r"\s*(?:\((?:the\s+)?default\)|(?:is|,|[–—]|-)\s+the\s+default\b(?!\s+(?:for|of)\b))", re.I
)
# where an item marked default starts: after a list's separator (the last before it: a
# comma, a spaced slash, ...) or a lead-in's verb
_ITEM_START = re.compile(
    r"(?:^|[,;:(|•]\s*|\s/\s*|\b(?:or|and|are|is|include|includes|either)\s+)", re.I
)
# where a sentence, a row's cell or a list item ends
_SCOPE_END = re.compile(r"(?<=[.!?])\s+(?=[A-Z(\"'`])|\s*\n\s*")


def _scopes(text: str) -> list[tuple[int, int]]:
    """The sentences of a text (a table row is one: its cells say what each value is of)."""
    if " | " in text:
        return [(0, len(text))]
    out, start = [], 0
    for m in _SCOPE_END.finditer(text):
        out.append((start, m.start()))
        start = m.end()
    out.append((start, len(text)))
    return [(a, b) for a, b in out if b > a]


def _value_at(text: str, at: int) -> tuple[str, int] | None:
    m = _VALUE.match(text, at)
    if m is None:
        return None
    value = m.group().strip("`\"'")
    # (not a word that goes on the sentence: "default is to", "defaults to the")
    if value.lower() in _NOT_VALUES:
        return None
    return value, m.start()


# words after "default" that are no value ("the default is to ...", "by default it ...")
_NOT_VALUES = frozenset(
    "a an the it its this that they is are to of for on in when if and or but by so "
    "value values setting settings behaviour behavior one ones".split()
)


@lru_cache(maxsize=4096)
def stated_defaults(text: str) -> tuple[Stated, ...]:
    """Every default a passage states, with the sentence and the clause it is said in (read
    once per passage: every question asking a default looks through them all)."""
    out: list[Stated] = []
    for a, b in _scopes(text):
        part = text[a:b]
        # value, start, end, where its clause ends
        said: list[tuple[str, int, int, int]] = []
        named_at: dict[int, int] = {}  # a value's start → where the name it is said of starts
        for m in re.finditer(r"\bdefaults?\b", part, re.I):
            before = part[: m.start()]
            # "by default, ..." says what happens, not a value; but a figure right before it
            # is the value: "Retention: 24 hours by default"
            if re.search(r"\b(?:by|per|as|than)\s+$", before, re.I):
                figure = _FIGURE_BEFORE.search(before)
                if figure and re.search(r"\bby\s+$", before, re.I):
                    said.append((figure[1], figure.start(1), figure.end(1), m.end()))
                continue
            found = None
            if (f := _DEFAULT_FOR.match(part, m.start())) and not re.search(r"[,(]", f[1]):
                found = _value_at(part, f.end())
            if found is None and (g := _AFTER.match(part, m.start())):
                bracketed = before.rstrip().endswith("(")
                if (
                    g["joined"]
                    and g["joined"].strip()
                    or bracketed
                    or _BARE_VALUE.match(part, g.end())
                    or (_WORD_VALUE.match(part, g.end()) and _NAMED_BEFORE.search(before))
                ):
                    found = _value_at(part, g.end())
                    # "a default 1, optimizer default adadelta": said of the name before it,
                    # from the separator on
                    if found and not bracketed and (n := _NAMED_BEFORE.search(before)):
                        named_at[found[1]] = n.start() + len(n[0]) - len(n[0].lstrip(",;( "))
            first = None
            while found is not None:
                end = found[1] + len(found[0])
                first = end if first is None else first  # (the values after it share its clause)
                said.append((found[0], found[1], end, first))
                # "the defaults are 5 MiB and 300 seconds": each of them
                more = re.compile(r"\s*(?:,\s*(?:and\s+)?|\s+and\s+)").match(part, end)
                found = (
                    _value_at(part, more.end())
                    if more and m[0].lower().endswith("s") and _BARE_VALUE.match(part, more.end())
                    else None
                )
        for m in _MARKED.finditer(part):
            head = part[: m.start()]
            start = max((s.end() for s in _ITEM_START.finditer(head)), default=0)
            item = re.sub(r"^(?:the|a|an)\s+", "", head[start:].strip(), flags=re.I)
            if item and len(item.split()) <= 4 and not re.search(r"\bdefault\b", item, re.I):
                said.append((item.strip("`\"'*"), start, m.end(), m.end()))
        ends = sorted({clause_end for *_, clause_end in said})
        for value, start, _end, clause_end in said:
            opens = max((e for e in ends if e < clause_end), default=0)
            opens = max(opens, named_at.get(start, 0))
            out.append(Stated(value, a + start, (a, b), (a + opens, a + clause_end)))
    return tuple(sorted(out, key=lambda s: s.at))


# what a question asks the default of: "the default *crop_size* of ...", "the default number
# of *epochs*", "if I don't set *eta*", "if I leave *num_trees* alone / at its default"
_ASKED_OF = re.compile(
    r"\bdefault\s+(?:value\s+|setting\s+|number\s+|count\s+|amount\s+)?(?:(?:of|for)\s+)?"
    r"(?P<a>[^?,;.]+?)"
    r"(?=\s+(?:of|for|on|in|when|if|does|do|is|are|that|which|used|use)\b|[?,;.]|$)"
    rf"|{_LEFT_UNSET}\s+(?P<b>[^?,;.]+?)(?=\s+(?:on|in|for|of|when|while|with|to)\b|[?,;.]|$)"
    r"|\bleaves?\s+(?P<c>[^?,;.]+?)\s+(?:alone|unset|as it is|as is|untouched|at its default)"
    r"|\b(?:if|when)\s+(?P<d>[^?,;.]+?)\s+(?:is|are)\s+(?:left|kept)\s+"
    r"(?:alone|unset|as it is|as is|untouched|at (?:its|their) defaults?)",
    re.I,
)


def asked_of(question: str) -> str:
    """The words of what a question asks the default of, when it says so ("" otherwise)."""
    m = _ASKED_OF.search(question)
    if m is None:
        return ""
    phrase = m["a"] or m["b"] or m["c"] or m["d"] or ""
    if re.match(r"(?:does|do|did|is|are|was|will|would|can|values?)\b", phrase.strip(), re.I):
        return ""  # "what default does Quill use?": no words of what it is of
    phrase = re.sub(
        r"^(?:(?:a|an|the|its|their|my|our|one|it|any)\b\s*)+", "", phrase.strip(), flags=re.I
    )
    # (a word for a setting as such says nothing of which: "the retention setting")
    phrase = re.sub(
        r"(?<=\w)\s+(?:settings?|values?|options?|parameters?)$", "", phrase, flags=re.I
    )
    return "" if re.fullmatch(r"(?:any|every|no|some)\w*(?:\s+\w+)?", phrase, re.I) else phrase


def _tokens(text: str) -> list[str]:
    return re.findall(r"[\w][\w.-]*[\w]|\w", text.lower())


def said_of(target: str, clause: str, sentence: str, stem) -> bool:
    """Whether a default's clause is said of the asked-of words ``target``: one of them is in
    the clause, and all of them are in its sentence (or the section's title, given with the
    sentence); a name written as code ("num_trees") only as written, other words by
    ``stem``."""
    words = [w for w in _tokens(target) if len(w) > 2 or any(c.isdigit() for c in w)]
    if not words:
        return True

    def found(w: str, text: str) -> bool:
        tokens = _tokens(text)
        if re.search(r"[_\d]|[a-z][A-Z]", w) or w in tokens:
            return w in tokens
        return stem(w) in {stem(x) for x in tokens}

    return any(found(w, clause) for w in words) and all(found(w, sentence) for w in words)
