"""Lists that name things: authors name things in short items under a heading or a lead-in.

"categorical:" followed by "- ordinal encoding", "- one-hot encoding"; "**down-sampling**:
reduce the dominant class"; "Horovod, DeepSpeed, parameter servers" on one line. A list names
things when every item's head reads as a name in any case: short, no function words, not
opening with a preposition, no sentence punctuation. A list of actions ("drop the rows", "use
a model to fill them in") names nothing.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from .blocks import Block, ListItem
from .builder import CONNECTORS, FUNCTION_WORDS
from .lexicon import (
    is_everyday,
    is_meta_heading,
    is_plural_noun_phrase,
    plural,
    singular,
    without_quantifiers,
)
from .names import split_list, split_outside_parentheses
from .text import plain

_HEAD_SPLIT = re.compile(r":\s|\s[-–—]\s|,\s")


def item_head(text: str) -> tuple[str, str]:
    """A list item's head and the rest: "One-hot encoding: a column per value" → ("One-hot
    encoding", "a column per value"); split at the first ": ", " - " or ", " outside brackets."""
    depth = 0
    for i, ch in enumerate(text):
        depth += ch in "(["
        depth -= ch in ")]"
        if depth == 0 and _HEAD_SPLIT.match(text, i):
            return text[:i].strip(), text[i:].lstrip(":-–—, ").strip()
    return text.strip(), ""


_JOINERS = {"and", "or", "of", "&", "for", "with", "in", "on", "to", "from", "by", "/"}
_AUXILIARY = {"is", "are", "was", "were", "can", "could", "will", "would", "should", "must", "may"}
_PRONOUN = re.compile(
    r"^(it|this|that|these|those|there|they|we|you|i|he|she|our|my|your|its)$", re.I
)


def verb_like(word: str) -> bool:
    """An auxiliary, or a lowercase third-person verb ("treats", "samples", "tries")."""
    return word in _AUXILIARY or (
        word.isalpha() and word.islower() and len(word) > 3 and word.endswith("s")
        and not word.endswith(("ss", "us", "is", "ous"))
    )  # fmt: skip


QUANTIFIERS = frozenset("many few several more most less multiple one two three four five".split())
_DETERMINING = frozenset(
    "the a an my our your their its this that these those some any each every all no".split()
)


def plural_not_verb(words: list[str], k: int) -> bool:
    """Whether ``words[k]``, a word in -s after the name ``words[:k]``, is that name's own
    plural noun, not its verb: an auxiliary follows it ("Fading gradients are ..."), or a
    plain word follows it after a participle ("Fading gradients make ...", not "Zagging
    trains many ...")."""
    after = words[k + 1].strip(",;:") if k + 1 < len(words) else ""
    if after in _AUXILIARY | {"do", "does", "did", "have", "has", "had", "and", "or"}:
        return True  # (and "... jobs and endpoints": nouns, said together)
    return (
        k == 1
        and words[0].endswith("ing")
        and bool(re.fullmatch(r"[a-z]+", after))
        and not after.endswith(("s", "ing", "ly"))
        and after not in _JOINERS | QUANTIFIERS | _DETERMINING
        and not FUNCTION_WORDS.fullmatch(after)
    )


def subject_head(text: str) -> tuple[str, str]:
    """A sentence that opens with the thing it describes: "Adam adapts each step size"
    → ("Adam", "adapts each step size"); ("", text) if none."""
    words = re.sub(r"\s*\([^)]*\)", "", text).split()
    for k in range(1, min(4, len(words) - 1)):  # a verb has words after it
        if (
            verb_like(words[k])
            and not _PRONOUN.match(words[0])
            and words[k + 1].lower() not in _JOINERS  # "articles and objects" is a noun phrase
            and not plural_not_verb(words, k)
        ):
            return " ".join(words[:k]), " ".join(words[k:])
    return "", text


_GERUND_LEAD = re.compile(r"^([A-Z][a-z]{3,}ing)\s+(?=(?:the|a|an|its|their|each|every)\s)")


def gerund_head(text: str) -> tuple[str, str] | None:
    """ "Oversampling the minority class": a technique named by the -ing word that opens the
    item, then the whole item as what it says of it; None for any other item."""
    m = _GERUND_LEAD.match(text)
    return (m.group(1), text) if m else None


def list_head(text: str) -> tuple[str, str]:
    """The head of a list item and the rest: at a separator ("mean: fine for ..."), else at
    the verb of a sentence that opens with its subject; the whole text when neither."""
    head, rest = item_head(text)
    if rest and is_listed_name(head):
        return head, rest
    if not rest and is_listed_name(head, alone=True):
        return head, ""  # "model registry entries" is a name, not a sentence
    if gerund := gerund_head(text):
        return gerund
    subject, after = subject_head(text)
    if subject and is_listed_name(subject):
        return subject, after
    # "Vendor crews from Quill Market": a name, then where it comes from
    source = re.match(r"^(.+?)\s+((?:from|via|through)\s+[A-Z].*)$", text.strip())
    if not rest and source and is_listed_name(source[1], alone=True):
        return source[1], source[2]
    return (head, rest) if rest else (text.strip(), "")


_NOT_A_NAME_START = re.compile(
    r"^(for|on|in|at|of|per|via|over|under|within|without|between|after|before|during|and|or|"
    r"but|also|only|just|then|more|less|most|very|all|any|some|each|every|other|same|both)$",
    re.I,
)


# an adverb says how something is done: "fully managed, scales automatically" describes
_ADVERB = re.compile(r"^(?:fully|\w+(?:ically|ally|fully|ately|ively|ously|ently|antly))$", re.I)


def is_listed_name(head: str, alone: bool = False) -> bool:
    """Whether a list item's head can be a name in any case ("ordinal encoding",
    "down-sampling"): short (three words when the item is nothing else, four before its
    description), no function words, not opening with a preposition, not a sentence."""
    core = re.sub(r"\([^)]*\)", "", plain(head)).strip()
    words = core.split()
    counted = [w for w in words if w.lower() not in CONNECTORS]  # "Bag of Words" is 2
    return (
        0 < len(counted) <= (3 if alone else 4)
        and core[:1].isalnum()
        and not re.search(r"[:;=!?]|\.$", core)
        and not _NOT_A_NAME_START.match(words[0])
        # a capitalised word after the first is a name's ("Model Monitor"), not a verb
        and not any(
            FUNCTION_WORDS.fullmatch(w.lower()) and not (i and w[:1].isupper())
            for i, w in enumerate(words)
        )
        and not re.match(r"^(no|none|n/a|not|e\.g|etc)\b", core, re.I)
        and not any(_ADVERB.match(w) for w in words)  # "fully managed" describes
        and not re.search(r"[≤≥<>]\s*~?\d", core)  # "payload ≤ 6 MB": a limit, no name
    )


# (each bold name may have a remark after it: "**Bayesian** (default), **Random**")
_BOLD_NAME = r"\*\*[^*]+\*\*(?:\s*\([^()]*\)(?=\s*(?:,|/|or\b|and\b|&)\s*\*\*))?"
_LABELLED = re.compile(
    rf"^\s*(?P<label>[^*:]{{1,60}}?):\s*(?P<names>{_BOLD_NAME}(?:\s*(?:,|/|or|and|&)\s*{_BOLD_NAME})*)"
    r"(?P<rest>.*)$"
)


# an amount, a number with its unit: "1 MB/s", "1,000 records/s", "$5", "70%"
_AMOUNT = re.compile(r"[$€£]?\s?\d[\d,.]*\s?(?:%|[A-Za-z]{1,12}(?:/[a-z]{1,5})?)?")


def labelled_names(raw: str) -> tuple[str, list[str], str] | None:
    """An item that gives a purpose, then the bold things that serve it: "Serverless SQL on
    S3: **Amazon Athena** (pay per query)" → ("Serverless SQL on S3", ["Amazon Athena"],
    "(pay per query)"); "Orchestration: **ECS** / **EKS**, with ..." names two."""
    m = _LABELLED.match(raw)
    if not m or len(m.group("label").split()) > 8:
        return None
    if re.match(r"^\s*(?:\([^()]*\))?\s*,\s*[A-Z0-9]", m.group("rest")):
        # "strategies: **Bayesian** (default), Random, Grid": the first of a list, not
        # "Orchestration: **ECS**, with **Fargate** ..."
        return None
    names = [n.strip(" :") for n in re.findall(r"\*\*([^*]+)\*\*", m.group("names"))]
    if names and all(_AMOUNT.fullmatch(n) for n in names):
        return None  # "writes: **1 MB/s** or **1,000 records/s**": amounts stressed, no names
    rest = m.group("rest").strip(" .,;:-–—")
    return m.group("label").strip(), [n for n in names if n], rest


_ARROW = re.compile(r"\s*(?:->|→|=>)\s*")


def labelled_list(text: str) -> tuple[str, list[tuple[str, str]]] | None:
    """An item that names a collection and lists its members: "window types: tumbling,
    sliding, session" → ("window types", [("tumbling", ""), ...]); "nodes: master -> leads;
    core -> stores" gives each member its description. None unless the head is a plural
    noun phrase and every member reads as a name."""
    # "4 loader types: ...", "three modes: ...": the count is not part of the head
    # ... nor is one said after it: "Zorb modes — 6 of them: ...", "Zorb modes (all 4): ..."
    text = re.sub(
        r"\s*(?:[—–]\s*|-\s+|\()(?:all\s+)?(?:\d+|two|three|four|five|six|seven|eight)"
        r"(?:\s+of\s+them)?\)?\s*(?=:)",
        "",
        text.strip(),
        count=1,
        flags=re.I,
    )
    m = re.match(
        r"^(?:(?:\d+|two|three|four|five|six|seven|eight)\s+)?([A-Za-z][A-Za-z -]{0,40}):\s+(.+)$",
        text,
        re.I,
    )
    if not m:
        return None
    head, rest = m.group(1).strip(), m.group(2).strip()
    if not is_listed_name(head) or not is_plural_noun_phrase(head):
        return None
    described = ";" in rest and _ARROW.search(rest)  # "a -> x, y; b -> z": one per ";"
    if not described and ";" in rest:  # "A, B, C; the console picks one": a remark follows
        rest = rest.split(";", 1)[0]
    if not described:  # "A, B, C. or let the console pick": so does a sentence's end
        rest = re.split(r"(?<=[\w+)])\.\s+", rest, maxsplit=1)[0]
    parts = [p.strip() for p in rest.split(";") if p.strip()] if described else split_list(rest)
    if len(parts) < 2:
        return None
    arrows = [bool(_ARROW.search(p)) for p in parts]
    if any(arrows) and not all(arrows):
        return None
    members = [tuple(_ARROW.split(p, maxsplit=1)) if any(arrows) else (p, "") for p in parts]
    # "any HTTP endpoint + some partners": the name, without its determiner or what is added
    # (not inside its remark: "Redshift (via S3 + COPY)")
    members = [(without_article(re.sub(r"\s+\+\s+\D[^()]*$", "", n)), d) for n, d in members]
    named = sum(is_listed_name(name, alone=True) for name, _ in members)
    # one short member that opens like a phrase ("all at once") may stand among three or more
    short = all(len(re.sub(r"\([^()]*\)", "", n).split()) <= 3 for n, _ in members)  # remarks aside
    if named < len(members) - (len(members) >= 3 and short):
        return None
    if restates(head, [name for name, _ in members]):
        return None
    return head, [(name.strip(), desc.strip()) for name, desc in members]


def restates(lead: str, items: list[str]) -> bool:
    """Whether a list after a lead says what the lead's things are, not which they are:
    an item ends in the lead's own head noun ("Endpoints: persistent, low-latency HTTPS
    endpoints")."""
    head = lead.split()[-1].lower() if lead.split() else ""
    return any(x.split() and x.split()[-1].lower() == head for x in items)


# a name, then a verb in its "-s" form and what it says of it ("Zorbex Hub reports wQL")
# (not a noun's "-s" of "bias", "class", "status", "analysis")
# (a name of two words or more: "Drop rows or columns" opens with a verb; nor "rows and")
_NAME_THEN_VERB = re.compile(
    r"^(?:[A-Z][\w+.-]*\s+){2,}[a-z]{3,}(?<![aisu])s\s+(?!(?:and|or|of)\b)[\w`\"'](?!\S*\))"
)


def opens_as_sentence(text: str) -> bool:
    """Whether a text opens with a name and a verb said of it ("Zorbex Hub reports wQL, ..."),
    not with a name a list goes on from."""
    return bool(_NAME_THEN_VERB.match(text))


def comma_names(text: str) -> list[str]:
    """An item that is only a list of names ("Horovod, PyTorch DDP, parameter servers"), not
    of qualities ("fully managed, scales automatically, always on")."""
    parts = split_list(text) if "," in text else []
    if any(_ADVERB.match(w) for p in parts for w in p.split()):
        return []
    if parts and opens_as_sentence(parts[0]):
        return []  # "Amazon Zorbex reports wQL, WAPE and RMSE": a sentence, what it names last
    return parts if len(parts) >= 2 and all(is_listed_name(p, alone=True) for p in parts) else []


def _head_alone(text: str) -> tuple[str, bool]:
    head, rest = item_head(text)
    if not is_listed_name(head, not rest) and (gerund := gerund_head(text)):
        return gerund[0], False  # "Oversampling the minority class (...)"
    return head, not rest


def name_lists(blocks: list[Block]) -> set[int]:
    """The list items (by id) that stand in a list of names: two or more sibling items
    without children whose heads all read as names. Notes list things this way under a
    heading or a lead-in ("categorical:", "Handling the vanishing gradient problem:")."""
    groups: dict[tuple, list[ListItem]] = {}
    parent_of: list[ListItem] = []
    run = 0
    for block in blocks:
        if not isinstance(block, ListItem):
            run += 1  # a block between items ends their list
            parent_of.clear()
            continue
        del parent_of[block.depth :]
        parent = id(parent_of[-1]) if parent_of else None
        groups.setdefault((run, parent, block.depth, block.ordered), []).append(block)
        parent_of.append(block)
    found: set[int] = {
        id(it)
        for items in groups.values()
        for it in items
        if not it.term and not it.children and comma_names(it.text)
    }
    for (_run, parent, _depth, _ordered), items in groups.items():
        # "task nodes: compute only → ...": an arrow made the head and its gloss the term
        heads = [
            (it.term.split(":")[0], False) if it.term else _head_alone(it.text) for it in items
        ]
        named = [it for it, (h, alone) in zip(items, heads) if is_listed_name(h, alone)]
        # one name of four words alone among names ("deep lake / cold lake storage")
        loose = [it for it, (h, alone) in zip(items, heads) if is_listed_name(h)]
        if len(items) >= 2 and len(named) == len(items):
            found.update(id(it) for it in items)
        elif len(items) >= 3 and len(named) == len(items) - 1 == len(loose) - 1:
            found.update(id(it) for it in items)
        elif (
            len(named) >= 3
            and len(named) == len(items) - 1
            and (
                parent is not None
                or items[-1] not in named
                # each "head — what it is" alike: one head that is no name stands among them
                or all(it.term or item_head(it.text)[1] for it in items)
            )
        ):
            # "watches four things:" over three names and a remark; at the top level the
            # remark closes the list ("- tree models don't need scaling")
            found.update(id(it) for it in named)
        elif (
            parent is not None
            and len(named) >= 2
            and len(named) == len(items) - 1
            and items[-1] not in named
            and all(_equated(it) for it in named)
        ):
            # "- scaling" over "normalization = min-max", "standardization = z-score" and a
            # closing remark: terms set equal to what they are
            found.update(id(it) for it in named)
        elif parent is None and len(items) >= 3 and all(_subject_listed(it) for it in items):
            found.update(id(it) for it in items)  # "Grid search tries ...", "Hyperband stops ..."
    return found


def _equated(item: ListItem) -> bool:
    """An item that opens "term = what it is"."""
    return bool(item.term) and bool(re.match(rf"\s*{re.escape(item.term)}\s*=\s", item.raw))


def _subject_listed(item: ListItem) -> bool:
    subject, rest = subject_head(item.text) if not item.term else ("", "")
    return bool(subject) and is_listed_name(subject)


# the numbers a counted lead-in is written with ("three worker roles:")
NUMBER_WORDS = {
    w: i for i, w in enumerate("two three four five six seven eight nine ten".split(), 2)
}
COUNTED = re.compile(
    rf"\b(?:{'|'.join(NUMBER_WORDS)}|\d+)\s+"
    r"((?:[A-Za-z][\w-]*\s+){0,2}[A-Za-z][\w-]*s)\b",
    re.I,
)
# words no noun phrase a lead-in names its items by holds ("one of these", "a role with")
_NOT_IN_A_NAME = frozenset(
    "of with to in on for from by at as into these those this that them it its their".split()
)
# words before a vague noun that leave it vague ("other ways", "key options")
_GENERIC = frozenset(
    "other some more main key common several few many different various possible best top "
    "useful good all any the a an these those my our your their its available extra further "
    "additional important".split()
)
_PLACES = frozenset("into onto via over through across about under between among like than".split())
_VAGUE = {"thing", "way", "item", "point", "part", "piece", "one", "kind", "type", "sort", "option"}
VAGUE_KINDS = frozenset(_VAGUE)  # nouns that say what things are without saying which kind


# where a lead-in's plural head ends and what qualifies it starts ("sync modes *for* ...")
QUALIFIER = re.compile(
    # (a determiner after the noun opens a clause about it: "targets the exam asks about")
    r"\s+(?:for|to|in|of|on|from|into|with|by|that|which|when|you|we|I|worth|the|my|our)\s",
    re.I,
)


def one_named(lead: str) -> str:
    """The one thing a lead names last, after "a", "an" or "one" ("... and an approval
    status" → "approval status"): a noun phrase of up to three words, no plural."""
    one = re.search(
        r"(?:^|(\w+)\s+)\b(?:a|an|one)\s+((?:[a-z][\w-]*\s+){0,2}[a-z][\w-]*)$", lead.strip()
    )
    if (
        one
        # (what a thing is put in, not what it has: "themes in a document collection")
        and (one[1] or "").lower() not in _NOT_IN_A_NAME | _PLACES
        and not set(one[2].split()) & _NOT_IN_A_NAME
        and not is_plural_noun_phrase(one[2])
        and not is_vague(plural(one[2]))
        and re.fullmatch(r"[a-z-]+", one[2].split()[-1])
        and not re.search(r"(?:ing|ed|ly)$", one[2].split()[-1])
    ):
        return one[2]
    return ""


def lead_in_kind(lead: str) -> str:
    """The plural noun phrase a lead-in over a list names, without its count and qualifier:
    "Three sync modes for loading rows into FernKit" → "sync modes"; a vague head keeps its
    qualifier ("Ways to tame Gromble drift"); "" when the lead-in names no plural."""
    text = re.sub(r"\([^)]*\)", "", lead).strip()
    if re.match(r"(?:what|which|how|why|who)\b", text, re.I):
        return ""  # "What matters for the exam": no noun names the things
    # "The main destinations are", "Its outputs include": the things are the subject
    # (or no determiner: "Delivery destinations include")
    subject = re.fullmatch(
        r"(?:(?:the|its|their|our|my|your)\s+)?((?:[A-Za-z][\w-]*\s+){0,3}[A-Za-z][\w-]*s)"
        r"\s+(?:are|includes?)",
        text,
        re.I,
    )
    if subject:
        text = subject.group(1)
    # "Three policy types exist", "Two modes are available": what is counted, then that it is
    text = re.sub(
        r"\s+(?:exists?|(?:are|is)\s+(?:available|supported|offered|possible))$",
        "",
        text,
        flags=re.I,
    )
    # "Pre-training fern metrics look only at the rows": a plural subject, its verb, and what
    # completes the clause; the things listed are the subject's
    acting = re.fullmatch(
        r"((?:[A-Za-z][\w-]*\s+){0,3}[A-Za-z][\w-]*s)\s+([a-z]{3,})\s+(\S.*)", text
    )
    if (
        not subject
        and acting
        and not acting[2].endswith("s")
        and not QUALIFIER.match(f" {acting[2]} ")
        and acting[2] not in ("and", "or", "are", "were", "also", "can", "may", "will", "should")
        and re.search(r"\b(?:at|on|in|to|from|with|the|a|an|only)\b", acting[3])
        and not re.search(rf"\b(?:these|following|{'|'.join(NUMBER_WORDS)}|\d+)\b", text, re.I)
        and is_plural_noun_phrase(acting[1])
        and not is_vague(acting[1])
    ):
        text = acting[1]
    if re.fullmatch(r"(?:ways|manners|modes) of \w+ing(?: [\w-]+){1,2}", text, re.I):
        return text  # "modes of shifting traffic" (done_kind's): what they are, whole
    # "Each record can contain these fields", "X offers three engines": what is listed
    said = re.search(
        rf"\b(?:these|the following|following|{'|'.join(NUMBER_WORDS)}|\d+)\s+"
        r"((?:[A-Za-z][\w-]*\s+){0,2}[A-Za-z][\w-]*s)(\s+of\s+[A-Za-z][\w-]*(?:\s+[A-Za-z][\w-]*)?)?$",
        text,
        re.I,
    )
    if said is None:
        # "There are three input modes, set per channel with Fern:": what is counted, then a
        # remark after a comma
        said = re.search(
            rf"^there\s+are\s+(?:{'|'.join(NUMBER_WORDS)}|\d+)\s+"
            r"((?:[A-Za-z][\w-]*\s+){0,2}[A-Za-z][\w-]*s)()(?=,)",
            text,
            re.I,
        )
    if said is None:
        numbers = "|".join([*NUMBER_WORDS, r"\d+"])
        # "Quill ships two Zorb checks worth knowing", "three modes for loading rows": what is
        # listed, then what qualifies it
        said = next(
            (
                m
                for m in re.finditer(
                    rf"\b(?:(?:these|the following|following)(?:\s+(?:{numbers}))?|{numbers})\s+"
                    r"((?:[A-Za-z][\w-]*\s+){0,2}?[A-Za-z][\w-]*s)()(?=\s)",
                    text,
                    re.I,
                )
                if QUALIFIER.match(text, m.end(1))
                and QUALIFIER.match(text, m.end(1))[0].strip() != "of"
                # (a vague head keeps its qualifier, below: "Three ways to get rows out")
                and not is_vague(m[1])
            ),
            None,
        )
    if said and singular(said.group(1).lower()) in _MANNERS and (done := done_kind(text)):
        head, rest = done.split(" ", 1)  # "traffic is shifted in one of three modes:"
        return f"{plural(head)} {rest}"
    if said and is_plural_noun_phrase(said.group(1)):
        # "four types" says nothing of what they are; "four watch types" does
        words = said.group(1).split()
        vague = len(words) == 1 and singular(words[-1].lower()) in _VAGUE
        if said.group(2):  # "three kinds of checking": a vague head keeps what it is of
            return said.group(1) + said.group(2) if vague else ""
        return "" if vague else said.group(1)
    # "Each version carries an approval status": one thing a list's items are each a value
    # of, named last (in the plural, as a list of them is), after a verb in the third person
    # ("carries", "returns"; not "is": "Here is an example")
    # (or last of the things the verb names: "carries metrics, a location and an approval
    # status")
    if re.search(
        r"\b(?!(?:is|was|does)\s)[a-z]{2,}s\s+(?:[^.;:()]*?,?\s+and\s+)?(?:a|an|one)\s+[^\s]+", text
    ) and (one := one_named(text)):
        return plural(one)
    text = re.sub(rf"^(?:{'|'.join(NUMBER_WORDS)}|\d+)\s+", "", text, flags=re.I)
    if len(text.split()) > 10:
        return ""
    # "Strategies SM supports", "Formats Gromble takes": the things, then a name and its verb
    said_by = re.match(
        r"^((?:[A-Za-z][\w-]*\s+){0,2}?[A-Za-z][\w-]*s)\s+(?:[A-Z][\w.+-]*\s+){1,3}[a-z]+s$", text
    )
    if said_by and is_plural_noun_phrase(said_by.group(1)):
        return "" if is_vague(said_by.group(1)) else said_by.group(1)
    cut = QUALIFIER.search(text)
    head = text[: cut.start()] if cut else text
    # "Strategies available in Quill", "formats supported by it": the things, then what
    # is said of them
    head = re.sub(r"\s+(?:available|supported|offered|provided|accepted|allowed)$", "", head)
    # "Managed blue/green updates with traffic shifting modes": what the updates come with,
    # named last, is what is listed
    # (a compound after a noun: not "drilled with flashcards", "I use with the CLI")
    withs = re.search(r"(\w+)\s+with\s+((?:[a-z][\w/-]*\s+){1,2}[a-z][\w-]*s)$", text.rstrip(" :"))
    if (
        cut
        and withs
        and not re.search(r"(?:ed|ing)$", withs[1])
        and not re.search(r"\b(?:I|we|you|they)\b", text, re.I)
        and withs[2].split()[0]
        not in {"the", "a", "an", "my", "our", "your", "its", "their", "some"}
        and is_plural_noun_phrase(withs[2])
        and not is_vague(withs[2])
    ):
        return withs[2]
    vague_of = (
        cut is not None
        and cut.group().strip() == "of"
        and bool(head.split())
        and singular(head.split()[-1].lower()) in _VAGUE
    )
    said_by_reader = (
        # "Rules I remember", "Tools we use": the things, then who keeps them
        cut is not None
        and cut.group().strip().lower() in ("you", "we", "i")
        and len(text[cut.end() :].split()) == 1
        and len(head.split()) <= 3
        and not is_vague(head)
    )
    if (
        cut
        and len(text[cut.end() :].split()) < 2
        and cut.group().strip().lower() in ("to", "you", "we", "i", "that", "which", "when")
        and not vague_of
        and not said_by_reader
    ):
        return ""  # "Steps to follow": a remark over the list; not "kinds of checking"
    if not head or not is_plural_noun_phrase(head):
        return ""
    if singular(head.split()[-1].lower()) in _VAGUE:
        if len(head.split()) >= 2 and not {w.lower() for w in head.split()[:-1]} & _GENERIC:
            return head  # "Sync options for Quill rows": options of syncing
        return text if len(text.split()) <= 8 else ""
    return head


def is_vague(phrase: str) -> bool:
    """ "other things", "some points": a phrase whose head says nothing of what it names."""
    words = phrase.split()
    return bool(words) and singular(words[-1].lower()) in _VAGUE


def listed_kind(listed_as: str) -> str:
    """The kind of each item under a lead-in: "Destinations" → "destination", "Ways to fight
    drift" → "way to tame gromble drift"; "" for a long or vague one."""
    phrase = lead_in_kind(listed_as)
    cut = QUALIFIER.search(phrase)
    head, tail = (phrase[: cut.start()], phrase[cut.start() :]) if cut else (phrase, "")
    if not phrase or len(head.split()) > 4 or len(phrase.split()) > 6:
        return ""
    # an acronym keeps its capitals ("Q3 store tier")
    kept = " ".join(w if re.search(r"[A-Z].*[A-Z0-9]|\d", w) else w.lower() for w in head.split())
    return singular(kept) + tail.lower()


def known_lead(
    words: list[str], known: Callable[[str], bool], rest_ok: Callable[[str], bool] = bool
) -> tuple[str, str]:
    """(the known name a run of words opens with, the words after it) for the longest such
    name whose rest ``rest_ok`` accepts ("Zorbex Hub crew roles": "Zorbex Hub", "crew roles");
    ("", "") when it opens with none."""
    for k in range(len(words) - 1, 0, -1):
        name, rest = " ".join(words[:k]), " ".join(words[k:])
        if rest_ok(rest) and known(name):
            return name, rest
    return "", ""


def counted_kind(lead: str) -> str:
    """The kind a counted lead-in names: "three worker roles:" → "worker role"; "" for a
    vague one ("four things:")."""
    m = COUNTED.search(lead)
    if not m:
        return ""
    words = m.group(1).split()
    kind = singular(" ".join(w if w.isupper() else w.lower() for w in words))
    if singular(kind.lower()) in _MANNERS and (done := done_kind(lead[: m.end()])):
        return done  # "... shifts traffic in one of three ways": ways of shifting traffic
    return "" if kind.lower() in _VAGUE else kind


_MANNERS = frozenset(("way", "manner", "mode"))
_OBJECT = r"(?:(?!(?:and|or|but|then)\b)[a-z][\w-]*\s+)?(?!(?:and|or|but|then)\b)[a-z][\w-]*"
# "shifts traffic in one of three ways", "traffic is shifted in one of three modes": what is
# done, and to what, the ways or modes are of
_DONE_IN_WAYS = re.compile(
    rf"(?:\b(?P<verb>[a-z]{{3,}}s)\s+(?P<object>{_OBJECT})"
    rf"|\b(?P<done>{_OBJECT})\s+(?:is|are|can\s+be|gets?)\s+(?P<participle>[a-z]{{3,}}ed))"
    r"\s+in\s+(?:(?:any|one|each)\s+of\s+)?(?:the\s+)?\w+\s+(?P<noun>ways|manners|modes)\s*$",
    re.I,
)


def done_kind(lead: str) -> str:
    """The kind a lead's ways or modes are of, said with what they do: "... shifts traffic
    in one of three ways" → "way of shifting traffic"; "" for any other lead."""
    from wordfreq import zipf_frequency

    m = _DONE_IN_WAYS.search(lead)
    if m is None:
        return ""
    if m["verb"]:
        base, what = re.sub(r"(?<=[sxz])es$|(?<=ch|sh)es$|s$", "", m["verb"].lower()), m["object"]
    else:
        stem = m["participle"].lower()[:-2]  # "shifted" → shift, "moved" → move
        if len(stem) > 2 and stem[-1] == stem[-2]:
            stem = stem[:-1]  # "stopped" → stop
        base = max((stem, stem + "e"), key=lambda w: zipf_frequency(w, "en"))
        what = m["done"]
    gerund = base[:-1] + "ing" if base.endswith("e") and not base.endswith("ee") else base + "ing"
    return f"{singular(m['noun'].lower())} of {gerund} {what.lower()}"


# "... picks planners: A, B, C", "planners A, B and C": a plural noun, then the list
# of its members, inside running text
_PLURAL_WORD = re.compile(r"\b[A-Za-z][\w-]*[a-z]s\b")
_SUBJECT_PRONOUNS = frozenset("it which that who this he she".split())
_CONJUNCTIONS = frozenset("and or nor but plus".split())
# (after "are", "include", "such as" the sentence's own reading has them: ingest/prose.py);
# a few words may say more of the noun before the colon ("sinks I need to know:")
_BEFORE_LIST = re.compile(r"^(?:(?:\s+[A-Za-z][\w']*){0,4}\s*[:=])?\s+(?=\S)")


_COUNT_BEFORE = re.compile(rf"\b({'|'.join(NUMBER_WORDS)}|\d{{1,2}})\s+(?:[\w-]+\s+){{0,2}}$", re.I)


def _count_of(word: str) -> int:
    """The number a count is written with: "three", "4"."""
    return int(word) if word.isdigit() else NUMBER_WORDS[word.lower()]


def embedded_lists(text: str) -> list[tuple[str, list[str], str, int]]:
    """(kind, members) of the lists a text gives after a plural noun inside its clauses
    ("Zorbex picks planners: FernKit-QR, MossLib, Quibble" → ("planner", [...])): three
    members or more (two after a colon), each a short name, half of them or more written as
    names are (a capital or a digit), the list ending where "and"/"or" joins its last; with
    the words of the clause before the noun (they may name whose the things are) and where
    the clause starts in the plain text."""
    found = []
    # "modes: **all at once**, **canary**, **linear**": set in bold, written as names are
    bold = {m.strip().lower() for m in re.findall(r"\*\*([^*]+)\*\*", text)}
    # "[[S3]], [[Redshift]]": a note app's links are the names they show
    text = plain(re.sub(r"\[\[([^\]|]+)(?:\|([^\]]*))?\]\]", lambda m: m[2] or m[1], text))
    # "... four strategies: A, which learns ...; B; C; and D": a counted list in semicolons
    # is read in its whole sentence
    read: list[tuple[int, int]] = []  # the sentences read whole
    at = 0
    for sentence in re.split(r"(?<=[.!?])\s+(?=[A-Z])", text):
        at = text.find(sentence, at)
        if ";" in sentence and (one := _counted_list(sentence)):
            found.append((*one, at))
            read.append((at, at + len(sentence)))
    at = 0
    for clause in _clauses_outside_parentheses(text):
        at = text.find(clause, at)
        if any(start <= at < end for start, end in read):
            continue
        if one := _one_of_kind(clause) or _can_be(clause) or _counted_list(clause):
            found.append((*one, at))
            continue
        had = len(found)
        for w in _PLURAL_WORD.finditer(clause):
            before = clause[: w.start()].split()
            if before and before[-1].endswith(":"):
                before = []  # "Zorbex: sinks: A, B": the text's label is no word of the noun
            head = " ".join([*before[-1:], w.group()]) if before else w.group()
            if (
                before
                and before[-1].lower() in _PREPOSITIONS
                and _PLURAL_WORD.match(" ".join(before[:2]).split()[-1])
            ):
                break  # "Step types I have seen in questions: A, B": not a list of questions
            if {x.lower() for x in before[-2:]} & _SUBJECT_PRONOUNS:
                continue  # "It accepts A, B and C": a verb after its subject, no plural noun
            if (
                before
                and before[-1].endswith(")")
                and not FUNCTION_WORDS.fullmatch(w.group().lower())  # "supports" lists its own
                and not clause[w.end() :].lstrip().startswith(":")
            ):
                continue  # "Zorbex (built-in) takes A, B": a remark on its subject, then its verb
            link = _BEFORE_LIST.match(clause[w.end() :])
            includes = len(before) <= 2 and _INCLUDES.match(clause[w.end() :])
            if includes:
                link = includes  # "Destinations include A, B, C and D": the clause's subject's
            said = link.group().strip(" :").split() if link else []
            if (
                not link
                or not is_plural_noun_phrase(w.group())
                # the noun nearest the colon heads the list, but for one a preposition takes
                # ("destinations I've seen on questions:": destinations)
                or any(
                    _PLURAL_WORD.match(x) and not (i and said[i - 1].lower() in _PREPOSITIONS)
                    for i, x in enumerate(said)
                )
            ):
                continue
            colon = link.group().strip().endswith((":", "="))
            after = clause[w.end() + link.end() :]
            if (
                not colon
                and not re.match(r"[A-Z0-9]", after)
                and not (
                    any(after.lower().startswith(x) for x in bold)
                    # "Zorbex reports **wQL**, ...": a name, then its verb
                    and not (before and before[-1][:1].isupper())
                )
            ):
                # "algorithms FCN, ...", "modes **drip**, ...": a name right after the noun
                continue
            members = _list_run(clause[w.end() + link.end() :], bold)
            if len(members) < (2 if colon else 3):
                continue
            # written as names are: a capital or a digit, and not one everyday word ("Fast")
            named = sum(
                (
                    bool(re.search(r"[A-Z0-9]", x))
                    # (a word in capitals is a value's name: "FORMS, TABLES")
                    and not (" " not in x and is_everyday(x.lower()) and not x.isupper())
                )
                or x.lower() in bold
                for x in members
            )
            # "three dataset types: Interactions, Users and Items": as many capitalised words
            # as the count says are its members, everyday words or not
            count = _COUNT_BEFORE.search(clause[: w.start()])
            counted = (
                bool(count)
                and _count_of(count.group(1)) == len(members)
                and 2 * named < len(members)
                # "three modes: zbow, skipzap, batch_skipzap": identifiers, in lower case;
                # after a colon, as many short names as counted ("4 kinds: row drift, ...")
                and all(
                    x[:1].isupper()
                    or (re.fullmatch(r"[a-z][a-z0-9]*(?:_[a-z0-9]+)*", x) and not is_everyday(x))
                    or (colon and is_listed_name(re.sub(r"\s*\([^()]*\)", "", x)))
                    for x in members
                )
            )
            if counted:
                named = len(members)
            if 2 * named < len(members) or restates(head, members):
                continue
            last = members[-1].split()
            if not all(re.search(r"[A-Za-z]", x) for x in members) or (
                # "nodes Z1, Z2 and Z3 clusters": what is listed qualifies a later noun (not
                # "..., Mossy, HTTP endpoints.": no "and" joins the last of those)
                not colon
                and len(last) > 1
                and last[-1].islower()
                and is_plural_noun_phrase(last[-1])
                and re.search(rf"\b(?:and|or|&)\s+{re.escape(members[-1])}", clause)
            ):
                continue
            # "loader types:" names the kind; "picks planners:" only its noun does
            two = (
                link.group().strip() == ":"
                and len(before) == 1
                and not FUNCTION_WORDS.fullmatch(before[0].lower())
            )
            kind = singular(head if two else w.group()).lower()
            if not colon and not counted:
                # "with traffic shifting modes **a**, ...": the words that make the noun's
                # phrase name the kind with it (not a verb: "picks planners A, B")
                modifiers: list[str] = []
                for x in reversed(before[-2:]):
                    if not re.fullmatch(r"[a-z][a-z-]*", x) or FUNCTION_WORDS.fullmatch(x):
                        break
                    if re.search(r"(?:[^s]s|ed)$", x) or x in _PREPOSITIONS | _CONJUNCTIONS:
                        break  # (nor "AutoML or algorithms A, B": "or" qualifies nothing)
                    modifiers.insert(0, x)
                kind = " ".join([*modifiers, kind])
            if counted:  # "three dataset types": the words after the count name the kind
                kind = singular(
                    f"{count.group()[len(count.group(1)) :].strip()} {w.group()}".strip()
                )
                kind = kind.lower()
            # as a list's lead names it
            # (a counted one as the counted lead-in reader writes it: "sync mode")
            # (and one a sentence opens with as the prose reader writes it: "destination")
            said_as = kind if counted or includes else kind[:1].upper() + kind[1:]
            found.append((said_as, members, clause[: w.start()].strip(), at))
            break
        if len(found) == had and (labelled := _labelled_list(clause)):
            found.append((*labelled, "", at))
        elif len(found) == had and (named := _names_then_kind(clause)):
            found.append((*named, at))
    return found


# "the Quill-9, Fern and Moss Tree formats": three names or more, then the plural (of a word
# or two) they are of
_NAMES_THEN_KIND = re.compile(
    r"\b(?:the|its|their)\s+(?P<names>[A-Z0-9][^,;:()]{0,30}(?:,\s+[A-Z0-9][^,;:()]{0,30}){1,8}"
    r",?\s+(?:and|or)\s+[A-Z0-9][^,;:()]{0,30}?)\s+(?P<noun>(?:[a-z][a-z-]*\s+)?[a-z][a-z-]*[a-z]s)\b"
)


def _names_then_kind(clause: str) -> tuple[str, list[str], str] | None:
    """(kind, members, words before) of a list of names the plural noun after it says the
    kind of ("links them to the Quill-9, Fern and Moss Tree formats")."""
    m = _NAMES_THEN_KIND.search(clause)
    if m is None or not is_plural_noun_phrase(m["noun"]):
        return None
    members = _list_run(m["names"])
    # (each a name, all its words written so: not "the Fern rows, Moss logs and Quill keys")
    if len(members) < 3 or not all(re.match(r"[A-Z0-9]", w) for x in members for w in x.split()):
        return None
    kind = singular(m["noun"])
    return kind[:1].upper() + kind[1:], members, clause[: m.start()].strip()


# "Remedies:", "Key fixes:": a clause's label, a plural noun of one to three words
_LABEL = re.compile(
    r"^\s*(?P<label>[A-Za-z][\w-]*(?:\s+[A-Za-z][\w-]*){0,2})\s*:\s+(?P<rest>\S.*)$"
)


_ADJECTIVE = re.compile(r"^[A-Za-z]+(?:less|able|ible|ful|ous)$")
# a word in -s before another: a verb and its object ("sets alarms"), not a noun ("class weights")
_VERB_FIRST = re.compile(r"^[A-Za-z][a-z]+(?<![sui])s\s+\w", re.I)


def _labelled_list(clause: str) -> tuple[str, list[str]] | None:
    """(kind, members) of a clause that is a plural label and its list, most in lower case
    ("Remedies: more data or augmentation, dropout, early stopping, a simpler model.")."""
    m = _LABEL.match(clause)
    if (
        not m
        or not is_plural_noun_phrase(m["label"])
        or any(FUNCTION_WORDS.fullmatch(w.lower()) for w in m["label"].split())
        or (" " not in m["label"] and is_meta_heading(m["label"]))  # "Notes: ..."
        or _VERB_FIRST.match(m["label"])  # "Takes content types: ...": a verb's list
    ):
        return None
    names = lower_case_names(m["rest"])
    # (the kind as the prose reader writes a label's: "remedy"; "Key fixes" are fixes)
    return (singular(without_quantifiers(m["label"])).lower(), names) if names else None


def _written_as_name(item: str, first: bool) -> bool:
    """Whether an item opens with a capital or a digit (not the first, which may as any
    sentence does), or has a word in Title case after its first."""
    words = item.split()
    return bool(
        (not first and re.match(r"[A-Z0-9]", item))
        or any(re.match(r"[A-Z][a-z]", w) for w in words[1:])
    )


def lower_case_names(text: str) -> list[str]:
    """The members of a list that is the whole of ``text``, most in lower case ("more data or
    augmentation, dropout, early stopping, a simpler model"): three or more, each short
    enough to be a name; one that is not (a phrase among them) is left out. None when they
    describe ("cheap, fast, simple"; "serverless, scalable"), say what a thing does ("tracks
    rows, sets alarms"), are identifiers, or are names written as names are (other readers
    read those)."""
    items = [without_article(x) for x in list_items(text)]
    names = [
        x
        for x in items
        if is_listed_name(x, alone=True)
        and not any(w.lower() in CONNECTORS for w in x.split())
        and not _ADJECTIVE.match(x)  # "serverless": how a thing is, no thing
    ]
    if (
        len(names) < 3
        or len(items) - len(names) > 1
        # "modes: zbow, skipzap or batch_skipzap": identifiers, read as code is
        or any(re.search(r"[a-z0-9]_[a-z0-9]", x) for x in items)
        # a list of names written as names are is read as such lists are (see embedded_lists;
        # the first may open with a capital as any sentence does; "automatic PII redaction"
        # is written in lower case)
        or 2 * sum(_written_as_name(x, first=i == 0) for i, x in enumerate(names)) >= len(names)
        # "tracks rows, sets alarms, sends alerts": what a thing does, verbs and their objects
        # ("Includes fixing rows, ...": a sentence, no list)
        or sum(bool(_VERB_FIRST.match(x)) for x in names) >= 2
        or _VERB_FIRST.match(items[0])
        or all(
            " " not in x and is_everyday(x.lower()) and not is_plural_noun_phrase(x) for x in names
        )
    ):
        return []
    return names


_PREPOSITIONS = frozenset("in on from for of with by at during".split())


def _clauses_outside_parentheses(text: str) -> list[str]:
    """A text's clauses, cut at semicolons and sentence ends outside parentheses ("A (the
    default; learns from past runs), B and C" is one)."""
    out, depth, start = [], 0, 0
    for i, ch in enumerate(text):
        depth += (ch == "(") - (ch == ")") if depth or ch == "(" else 0
        if depth:
            continue
        if ch == ";":
            out.append(text[start:i])
            start = i + 1
        elif ch in ".!?" and re.match(r"\s+[A-Z]", text[i + 1 :]):
            out.append(text[start : i + 1])
            start = i + 1 + len(re.match(r"\s+", text[i + 1 :]).group())
    out.append(text[start:])
    return out


# "Destinations include A, B and C" (after "are" the sentence's own reading has them)
_INCLUDES = re.compile(r"^\s+(?:include|includes)\s+(?=[A-Z0-9])")
# "... choose an algorithm itself or use a specific one: A, B, C": "one" is the noun before
_ONE = re.compile(r"\b(?:[a-z]+\s+)?ones?\s*:\s+")


def _half_written_as_names(members: list[str]) -> bool:
    """Whether half or more of a list's members are written as names are (a capital, a digit)."""
    return 2 * sum(bool(re.search(r"[A-Z0-9]", x)) for x in members) >= len(members)


_CAN_BE = re.compile(
    r"^\s*(?:[Tt]he|[Ii]ts|[Tt]heir)\s+((?:[a-z][\w-]*\s+){0,2}[a-z][\w-]*)\s+can be\s+"
)


def _can_be(clause: str) -> tuple[str, list[str], str] | None:
    """(kind, members, "") of "The search method can be Bayes (the default), grid search or
    Hyperband": three or more things the kind may be, half or more written as names."""
    m = _CAN_BE.match(clause)
    if not m or FUNCTION_WORDS.fullmatch(m.group(1).split()[-1]):
        return None
    members = _list_run(clause[m.end() :])
    if len(members) < 3 or not _half_written_as_names(members):
        return None
    return singular(m.group(1).lower()), members, ""


def _one_of_kind(clause: str) -> tuple[str, list[str], str] | None:
    """(kind, members, words before) of a list after "one:" that stands for the last noun
    after an article before it ("use a specific one: A, B, C" after "an algorithm")."""
    m = _ONE.search(clause)
    if not m:
        return None
    nouns = re.findall(r"\b(?:a|an|the|any)\s+([a-z][a-z-]{2,})\b", clause[: m.start()])
    members = _list_run(clause[m.end() :])
    if not nouns or len(members) < 3 or FUNCTION_WORDS.fullmatch(nouns[-1]):
        return None
    if not _half_written_as_names(members):
        return None
    kind = singular(nouns[-1])
    return kind[:1].upper() + kind[1:], members, clause[: m.start()].strip()


# "... with three rollout styles — all at once, drip, and ramp", "four kinds of slip:
# data quality, ...": a count, the kind (or "kinds of" it), a colon or a dash, then the list
_COUNTED_LEAD = re.compile(
    rf"\b({'|'.join(NUMBER_WORDS)}|\d{{1,2}})\s+((?:[\w-]+\s+){{0,2}}?[A-Za-z][\w-]*s)"
    r"(?:\s+of\s+([A-Za-z][\w-]*(?:\s+[A-Za-z][\w-]*)?))?\s*(?::|\s[-–—]\s|\s+are\s+)\s*",
    re.I,
)


def _counted_list(clause: str) -> tuple[str, list[str], str] | None:
    """(kind, members, words before) of a list its lead counts: as many short items as the
    count says, in any case ("three rollout styles: all at once, drip and ramp"): the
    count agreeing is what says they are names, where their case cannot."""
    m = _COUNTED_LEAD.search(clause)
    if not m or not is_plural_noun_phrase(m.group(2)):
        return None
    # as the counted lead-in reader writes it: "rollout style"; "four kinds of slip": "slip"
    head = singular(m.group(2).lower())
    if head in _VAGUE:  # "four kinds" says nothing; "four watch types" does
        if not m.group(3):
            return None
        head = singular(m.group(3).lower())
    rest = re.split(r"\s[-–—]\s", clause[m.end() :])[0]  # "— A, B and C — plus ...": to the dash
    items = []
    for part in split_outside_parentheses(rest.rstrip(" ."), ";" if ";" in rest else ","):
        part = re.sub(r"\s*\([^()]*\)", "", part).strip()
        part = re.split(r",\s*(?:which|where|that|meaning)\b", part)[0].strip()  # a remark
        final = re.match(r"(?:and|or)\s+", part)
        items += [part[final.end() :]] if final else re.split(r"\s+(?:and|or)\s+", part)
    items = [without_article(x) for x in items]  # "a private crew"
    if len(items) != _count_of(m.group(1)) or not all(
        0 < len(x.split()) <= 4 and re.search(r"[A-Za-z]", x) and not re.search(r"[:;!?]", x)
        for x in items
    ):
        return None
    return head, items, clause[: m.start()].strip()


def without_article(name: str) -> str:
    """A listed name without the article or determiner before it ("a private crew", "any
    HTTP endpoint")."""
    return re.sub(r"^(?:(?:an?|the|any|some)\s+)+(?=\S)", "", name)


def _list_run(rest: str, bold: frozenset[str] | set[str] = frozenset()) -> list[str]:
    """The members a list opens ``rest`` with: comma-separated short names (a remark in
    parentheses after one is not part of it), up to the one "and"/"or" joins last."""
    out = []
    for part in split_outside_parentheses(rest, ",·"):
        # "..., ETS – or let Widget Hub choose": a spaced dash ends the list, a remark after
        part = re.sub(r"\s*\([^()]*\)", "", part)
        # a spaced dash ends the list, and so does a sentence's end ("..., C. c runs ...")
        ended = re.search(r"\s[–—-]\s|(?<=[a-z0-9_])\.\s|;", part)
        part = (part[: ended.start()] if ended else part).strip(" .")
        final = re.match(r"(?:and|or)\s+", part)  # "..., and C": the last
        last = [part[final.end() :]] if final else re.split(r"\s+(?:and|or)\s+", part, maxsplit=1)
        # "..., Mossy or an HTTP endpoint": an article before a name is not part of it
        # ("..., a private crew (own staff), or a vendor crew": in any case)
        last = [_without_qualifier(without_article(name)) for name in last]
        for name in last:
            if name.lower() not in bold and (
                not is_listed_name(name, alone=True)
                or any(
                    w.lower() in CONNECTORS
                    for w in name.split()  # "enforced for X": a clause
                )
            ):
                return out if len(last) == 1 and out and not final else []
            out.append(name)
        if len(last) > 1 or final or ended:
            return out
    return out


# "weighted quantile loss (wQL) at each quantile": a name, then where or how it applies
_QUALIFIED = re.compile(r"^(?P<name>.+?)\s+(?:at|on|over|across|for)\s+(?:each|every)\b.*$")


def _without_qualifier(item: str) -> str:
    """A listed item without a phrase after it that says where or how often it applies
    ("wQL at each quantile": wQL), when the rest is a name and the item whole is none."""
    m = _QUALIFIED.match(item)
    if m and not is_listed_name(item, alone=True) and is_listed_name(m["name"], alone=True):
        return m["name"]
    return item


def lead_kind(lead: list[str]) -> str:
    """The kind a lead before a colon names: a short plural ("Heuristics"), or a counted one
    at its end ("It supports three join methods", "It runs four kinds of checks")."""
    text = re.sub(r"\s*\([^()]*\)$", "", " ".join(lead))  # "Sinks (the ones to know)"
    lead = text.split()
    if len(lead) <= 3 and is_plural_noun_phrase(text):
        # "4 types": how many, and of no kind said
        uncounted = re.sub(rf"^(?:\d+|{'|'.join(NUMBER_WORDS)})\s+", "", text, flags=re.I)
        return "" if " " not in uncounted and is_vague(uncounted) else singular(uncounted.lower())
    m = re.search(r"\b(?:kinds|types|sorts) of ((?:[\w-]+\s?){1,3})$", text)
    if m:
        return singular(m.group(1).strip().lower())
    # "Other condition keys we use the same way": the things, then who does what with them
    m = re.match(
        r"(?:(?:other|more|some|the|these|further)\s+)?((?:[A-Za-z][\w-]*\s+){0,2}[A-Za-z][\w-]*s)"
        r"\s+(?:I|we|you|they)\s+[a-z]+\b",
        text,
        re.I,
    )
    if m and is_plural_noun_phrase(m.group(1)) and not is_vague(m.group(1)):
        return singular(m.group(1).lower())
    # "It runs monitoring jobs of four types"
    m = re.search(
        r"\b((?:[a-z][\w-]*\s){0,1}[a-z][\w-]*s) of (?:\w+ )?(?:kinds|types|sorts)$", text
    )
    if m and is_plural_noun_phrase(m.group(1)):
        return singular(m.group(1).lower())
    return counted_kind(text) if re.search(r"[A-Za-z]s$", text) else ""


def list_items(clause: str) -> list[str]:
    """The items of a list, each "and"/"or" (or a spaced slash) parting two ("more rows or
    fern shuffling", "HTTP endpoints / partners"), its remarks in parentheses left out first
    ("and" inside them joins no items)."""
    while re.search(r"\([^()]*\)", clause):
        clause = re.sub(r"\s*\([^()]*\)", "", clause)
    return [
        x.strip()
        for p in split_list(clause.strip().rstrip("."))
        for x in re.split(r"\s+(?:and|or|&|/)\s+", p)
        if x
    ]


def named_items(clause: str) -> list[str]:
    """The items of a list after a plural lead ("Heuristics: greedy ordering (default),
    dynamic programming and GEQO."), in any case, if every one is short enough to be a name."""
    # each item said with what it is ("Crew roles: lead (runs the rest), worker (...)"):
    # terms, however everyday their words
    described = len(split_list(clause.strip().rstrip("."))) >= 2 and all(
        re.search(r"\w\s*\([^()]{3,}\)", p) for p in split_list(clause.strip().rstrip("."))
    )
    items = list_items(clause)
    if not items or not all(is_listed_name(x, alone=True) for x in items):
        return []
    # "Results: Fast, Cheap, Reliable.": everyday single words describe, they name nothing
    # (plural nouns name things: "Tables: orders, users, items")
    if (
        not described
        and all(" " not in x and is_everyday(x) for x in items)
        and not all(is_plural_noun_phrase(x) for x in items)
    ):
        return []
    return items


def lead_subjects(clause: str, lead: list[str]) -> list[tuple[str, str]]:
    """The things the parts of a clause after a lead are about, each named with the lead's
    noun, and each its part: "Crew roles: the lead crew (once "chief") plans, deck crews haul
    nets, galley crews only cook" gives "lead crew", "deck crews" and "galley crews". Two at
    least, of most of the parts; none when the parts are not so said."""
    nouns = {w.lower() for w in lead if re.fullmatch(r"[A-Za-z]{3,}", w)}
    nouns |= {singular(w) for w in nouns}
    if not nouns:
        return []
    while re.search(r"\([^()]*\)", clause):  # remarks in parentheses go first
        clause = re.sub(r"\s*\([^()]*\)", "", clause)
    parts = [p for p in re.split(r"[,;]\s*(?:and\s+|or\s+)?", clause.strip().rstrip(".")) if p]
    found = []
    for part in parts:
        m = re.match(r"(?:(?:the|an?)\s+)?((?:[A-Za-z][\w-]*\s+){1,3}?([a-z]+))\s+[a-z]", part)
        if not m or m[2] not in nouns and singular(m[2]) not in nouns:
            continue
        words = m[1].split()[:-1]
        if any(FUNCTION_WORDS.fullmatch(w.lower()) or w.lower() in nouns for w in words):
            continue  # "... of the crews", "crews crews"
        found.append((m[1], part.strip()))
    return found if len(found) >= 2 and 2 * len(found) >= len(parts) else []
