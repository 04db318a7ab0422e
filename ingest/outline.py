"""Headings, lists and paragraphs → facts.

A heading names a thing ("Serverless Inference"), a collection of things ("Data Types"), or is
about its subject ("What Is Data Cleaning?"). A list item's bold lead term is either an
attribute of the thing in context ("**Purpose:**", "**Use Case:**") or a thing of its own, one
of the collection it stands in ("**Numerical:** ..." under "Data Types"). Lead-term paragraphs
such as "**Variants:**" open a collection for the list that follows.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, replace

from .blocks import Block, Code, Heading, ListItem, Paragraph, Table, descendants
from .builder import CONNECTORS, FUNCTION_WORDS, VERSUS, Builder, is_name_like, versus_names
from .code import code_comments, code_names
from .lexicon import (
    heading_subject,
    is_common_word,
    is_everyday,
    is_meta_heading,
    is_meta_term,
    is_plural_noun_phrase,
    is_tool_header,
    literal_role,
    plural,
    singular,
    told_of,
    without_quantifiers,
)
from .lists import (
    COUNTED,
    NUMBER_WORDS,
    QUALIFIER,
    VAGUE_KINDS,
    comma_names,
    counted_kind,
    is_listed_name,
    is_vague,
    item_head,
    known_lead,
    labelled_list,
    labelled_names,
    lead_in_kind,
    lead_kind,
    list_head,
    list_items,
    listed_kind,
    lower_case_names,
    name_lists,
    opens_as_sentence,
    subject_head,
    verb_like,
    without_article,
)
from .model import Entity, TextUnit
from .names import (
    FILE_NAME,
    ParsedName,
    algorithm_keys,
    could_abbreviate,
    is_acronym,
    is_identifier,
    is_snake_case,
    name_key,
    parse_name,
    split_list,
)
from .prose import (
    ALL_PREPOSITIONS,
    ORDINAL_WORDS,
    abbreviates,
    is_product_style,
    is_title_case,
)
from .statements import OBJECT_FIRST
from .tables import _built_on, interpret_table, listed_members
from .text import (
    CARD,
    bare_lead,
    bold_terms,
    leading_bold_runs,
    plain,
    question_card,
    split_lead,
)

_EXTRA_ROLES = {
    "indicators": "hasProperty",
    "challenges": "hasProperty",
    "challenge": "hasProperty",
    "importance": "hasProperty",
    "example": "usedFor",
}
_TOOL_CLASSES = {"Service", "Framework", "Tool"}
_META_KIND_WORDS = {
    "type",
    "kind",
    "category",
    "method",
    "technique",
    "variant",
    "aspect",
    "option",
    "tool",
    "service",
    "need",
    "solution",
    "case",
    "framework",
    "library",
    "algorithm",
    "model",
    "metric",
    "platform",
    "package",
    "language",
    "practice",
    "policy",
    "group",
    "step",
    # nouns for facts about a thing, never part of a member's name ("Cost" of "Exam Details")
    "detail",
    "item",
    "point",
    "tip",
    "fact",
    "note",
    "info",
    "information",
    "feature",
    "characteristic",
    "property",
    "attribute",
    "requirement",
    "benefit",
    "advantage",
    "limitation",
    "consideration",
}


@dataclass
class Context:
    level: int
    entity: Entity | None = None  # the thing this heading names or is about
    kind: str = ""  # the kind of thing the items below are, for a collection heading
    parent: Entity | None = None  # for a collection: the thing whose kinds these are
    meta: bool = False  # items below describe the context rather than name things
    collection: Entity | None = None  # the collection heading as a thing of its own
    inherited: bool = False  # meta only because it stands inside a thing's section
    relation: str = ""  # "Addressing label noise": what its items are to its topic


# a label in the author's voice: "Our incident", "My take"
_POSSESSIVE = re.compile(r"(?:my|our)\s", re.I)


def _collection_kind(title: str) -> str:
    """ "Data Types" → "Data Type"; "Use Cases for Batch Scoring" → "Use Case"; a remark in
    parentheses aside ("Classification metrics (the ones I mix up)")."""
    title = re.sub(r"\s*\((?=[a-z])[^()]*\)", "", title).strip()  # not "(KDS)", a name
    title = re.sub(r"^\d+(?:\.\d+)*\s*[·•.:)\-–—]\s*", "", title)  # "8 · AI services"
    m = re.match(r"^(?:common\s+)?(?:types|kinds|variants|categories) of (.+)$", title, re.I)
    if m:
        return singular(m.group(1))
    head = re.split(r"\s+(?:for|in|of|with|on|to)\s+", title, maxsplit=1)[0]
    first, comma, rest = head.partition(",")
    if comma and re.match(rf"\s*(?:one|{'|'.join(NUMBER_WORDS)})\b", rest, re.I):
        return ""  # "Many models, one endpoint": a slogan set against a thing, no kind
    if comma and not re.search(r",|\band\b|&", rest):  # "Techniques, roughly in order"
        head = first  # (not a series: "Operations, security, and monitoring")
    head = without_quantifiers(head)  # "The four monitor types" → "monitor types"
    if len(head.split()) > 5 or not is_plural_noun_phrase(head) or "/" in head:
        return ""  # "Unsupervised / anomalies": two groups, no one kind
    parts = re.split(r"\s+(and|&)\s+", head)
    return " ".join(singular(p) if p not in ("and", "&") else p for p in parts)


def _shipped_title(title: str) -> str:
    """A title that is a short form in small letters of an algorithm SageMaker ships ("k-NN")
    names it, as the reader of shipped algorithms does: "K-Nearest Neighbors (k-NN)"."""
    small = is_acronym(title) and title[:1].islower()
    shipped = algorithm_keys().get(name_key(title)) if small else None
    return f"{shipped} ({title})" if shipped and shipped.lower() != title.lower() else title


def _item_name(term: str, kind: str, parent: Entity | None) -> ParsedName:
    """The name of a member: a one-word member is named with its kind or parent,
    "Mini-batch" of the "Boosting Method" variants is "Mini-batch Boosting Method"."""
    parsed = parse_name(term)
    word = parsed.canonical
    if len(word.split()) != 1 or is_acronym(word) or is_snake_case(word):
        return parsed  # "PCA" is a name of its own, not "PCA anomaly"; so is "fern_type"
    head = parent.label if parent is not None else (kind.split()[-1] if kind else "")
    if kind and kind.split()[-1].lower() not in _META_KIND_WORDS:
        head = kind.split()[-1]  # "Gromble strategy", not "Gromble Zorbex Tuner"
    if head and head.lower() not in _META_KIND_WORDS and head.lower() not in word.lower():
        parsed.aliases.insert(0, word)
        parsed.canonical = f"{word} {head}"
    return parsed


def _as_written(name: str, raw: str) -> tuple[str, bool]:
    """A listed member's name and whether it is an identifier: one written as code in the
    item ("`lambda` (L2)", "`drip`") keeps its spelling (and is no service: not AWS Lambda),
    any other opens with a capital, as names do."""
    code = "`" + re.sub(r"\s*\(.*", "", name) + "`" in raw
    return (name if "_" in name or code else name[:1].upper() + name[1:]), code


def _without_lead(raw: str) -> str:
    return re.sub(r"^\s*(?:[-*+]|\d+[.)])?\s*\*\*[^*]+\*\*\s*:?", "", raw)


# "... choose a crew: the hired hands on **Quill Crowd**, a **private crew** ..., or ...": a
# noun, a colon, then the sentence's rest
_CHOICES_AFTER = re.compile(
    r"(?:\b(?P<det>a|an|the|your|my|our|their|its|one|each)\s+)?\b(?P<noun>[a-z][a-z-]+):\s+"
    r"(?P<rest>[^.;:]+)"
)
# "... features. L2 → shrinks all weights": a sentence led by a short name and an arrow
_ARROWED = re.compile(r"(?<=[.;])\s+([A-Z0-9][\w-]*(?:\s+[\w-]+){0,2}?)\s*(?:→|->|=>)\s+")
_PEER_AFTER_SEMICOLON = re.compile(r";\s+\*\*([^*]{2,40})\*\*(?=\s)")
_ARROW_LEAD = re.compile(r"^\s*(?:[-*+]|\d+[.)])?\s*[^→>]{1,40}?(?:→|->|=>)")  # "X → ..."
# "- `flush_rows` — ...", "- **`flush_rows`** → ..."
# "**Quill Loader** is a tool ...", "__Fern__ are ...": a paragraph opening with a bold name
# and a copula says what that thing is
_BOLD_SUBJECT = re.compile(r"^\s*(?:\*\*|__)([^*_]{2,60}?)(?:\*\*|__)\s+(?:is|are|was|were)\s")
ORDINALS = {w: i for i, w in enumerate(ORDINAL_WORDS, 1)}
# a sentence that opens with an ordinal and a name: "First, Quill Hub.", "And third, Fern
# Box, which ...", "Secondly, Zorb — ..."
_ORDINAL_NAME = re.compile(
    rf"^(?:(?:and|and then|then|so)\s+)?({'|'.join(ORDINALS)})(?:ly)?,?\s+"
    r"([A-Z][^.,;:!?()—–]{1,50}?)\s*(?:[.,;:!?(—–]|$|\s+(?:is|are|which|that|lets|does)\b)",
    re.I,
)


def _opening_name(sentence: str, kind: str) -> str:
    """The name a sentence opens with that ends in ``kind``'s head word ("Quill mode is the
    default", "And then there's Fern mode, which ..." of "input mode"); "" for none."""
    bare = _SPOKEN_OPENER.sub("", sentence)
    words = bare.split()
    low = [w.lower().strip(",;:") for w in words[:4]]
    head = kind.split()[-1].lower()
    if head not in low or low.index(head) == 0:
        return ""
    name = " ".join(words[: low.index(head) + 1]).strip(",;:")
    if low[0] in _DETERMINER_WORDS:
        return ""  # "The default mode is ...": which one, not its name
    return name if name[:1].isupper() and is_listed_name(name, alone=True) else ""


_DETERMINER_WORDS = frozenset(
    "the a an this that these those each every any your our my its".split()
)


_SPOKEN_OPENER = re.compile(
    r"^(?:(?:and|then|so|now|oh|okay|also|next)\b,?\s+)*(?:there's\s+|there\s+is\s+)?", re.I
)
# a sentence that counts what follows: "There are four lanes.", "Three input modes."
_COUNT_SENTENCE = re.compile(
    r"^(?:so,?\s+|okay,?\s+|now,?\s+)?(?:there\s+are\s+|we\s+have\s+|you\s+get\s+)?"
    r"((?:two|three|four|five|six|seven|eight|nine|ten|\d)\s+(?:[\w-]+\s+){0,2}[\w-]+s)[.:!]?$",
    re.I,
)
_BOLD_SUBJECT_VERB = re.compile(
    r"^\s*(?:\*\*|__)[^*_]{2,60}(?:\*\*|__)\s+(?:\([^()]*\)\s+)?[a-z]{2,}\s"
)
_CODE_ITEM = re.compile(r"^\s*(?:[-*+]|\d+[.)])?\s*(?:\*\*)?`[^`]+`")
# (or bare: "- context_window" is as plainly an identifier, its words joined by "_", alone
# or what is said of it after a mark: "- context_window: how far back"; not a sentence)
_IDENTIFIER_ITEM = re.compile(
    r"^\s*(?:[-*+]|\d+[.)])?\s*(?:\*\*)?(?:`[a-z][a-z0-9]*(?:_[a-z0-9]+)+`"
    r"|[a-z][a-z0-9]*(?:_[a-z0-9]+)+(?=\s*$|\s*[:=(]|\s+[-–—→]))"
)


def _is_role_term(head: str) -> bool:
    """Whether a lead term names an attribute of its owner ("Use cases", "Tools"), not a
    thing of its own ("feature attribution drift" only contains a role word)."""
    # "Tools", "Key methods": a role; "Filter methods", "Wrapper methods": things
    bare = without_quantifiers(head)
    return len(head.split()) <= 2 and bool(
        _role(head) or (is_tool_header(head) and len(bare.split()) == 1)
    )


def _colon_lead(text: str, dashed: bool = False) -> tuple[str, str] | None:
    """(term, text) of a plain "Name: what it is" item whose head names a thing (Title Case
    or an acronym, a few words), not a remark ("Note: ...") or a role ("Pros: ..."); with
    ``dashed`` (under a lead-in that says what the items are) "Name — what it is" too."""
    # the head may spell itself out in parentheses: "SSML (Speech Synthesis Markup Language)"
    marks = [r":\s+"] + ([r"\s+(?:[—–]|-{1,2})\s+"] if dashed else [])  # (or "--", typed)
    for mark in marks:  # "Gromble — copies rows: fast" is dashed, not a colon's
        m = re.match(r"^((?:[^:()—–]|\([^()]{1,60}\)){1,80}?)" + mark + r"(\S.*)$", text)
        if not m:
            continue
        head = m.group(1).strip()
        if re.search(r"[.!?]\s", head):
            continue  # "L1 / L2 regularization. Remember: ...": a sentence ends before it
        if (
            head[:1].isupper()
            and is_listed_name(re.sub(r"\s*\([^()]*\)", "", head))  # "(mode)": a remark
            and not _is_role_term(head)
            and not is_meta_term(head)
        ):
            return head, m.group(2).strip()
    return None


def _is_label_term(term: str) -> bool:
    """One everyday plural word ("Solutions", "Options", "Techniques"): a label over a list."""
    from wordfreq import zipf_frequency

    words = term.split()
    return (
        len(words) == 1
        and words[0].isalpha()
        and is_plural_noun_phrase(term)
        and zipf_frequency(words[0].lower(), "en") >= 4.0
    )


def _names_collection(term: str) -> bool:
    """A lead term that names a kind of thing in the plural, in sentence case ("Model types",
    "Accuracy metrics") or one everyday word ("Algorithms"): a label over the names after it,
    not a name itself ("Neural Networks")."""
    words = term.split()
    if not 1 <= len(words) <= 3 or not is_plural_noun_phrase(term):
        return False
    if len(words) == 1:
        return _is_label_term(term)
    return all(w.islower() or (w.isupper() and len(w) > 1) or w[:-1].isupper() for w in words[1:])


# how much a heading says of its name: "... in detail", "... at a glance" (English idioms)
_AT_LENGTH = re.compile(
    r"\s+(?:in (?:(?:more |greater |full )?(?:detail|depth)|brief|short|practice|a nutshell)"
    r"|at a glance"
    # ... or in how much room or time: "in one slide", "in 60 seconds", "on a page"
    r"|(?:in|on) (?:one|a|two|three|five|ten|\d+) (?:slide|page|minute|second|sentence|line)s?)$",
    re.I,
)


def _role(term: str) -> str | None:
    """The attribute a lead term names ("Use Cases", "When to Use", "Key Features"); none for
    a longer name that only contains a role word ("Graph Features Explorer")."""
    if len([w for w in term.split() if w.lower() not in CONNECTORS]) > 3:
        return None
    return literal_role(term, at_end=True) or _EXTRA_ROLES.get(term.lower())


class OutlineReader:
    def __init__(self, b: Builder):
        self.b = b
        self.gerunds = gerund_cues(b.cues)  # "addressing", "dealing with": their relations
        self.lead_topic: Entity | None = None  # the topic of the last "Handling X:" lead-in
        self.stack: list[Context] = []
        self.group: Context | None = None  # a "**Variants:**" paragraph's collection
        self.last_entity: Entity | None = None  # the last lead-term paragraph's thing
        self.items: dict[int, Entity | None] = {}  # id(list item) → its entity
        self.first_para = False
        self.seen_heading = False  # the first level-1 heading is the document's title
        self.parts: dict[str, list[Entity]] = {}  # "MXNet and Gluon" → MXNet, Gluon
        self.listed: set[int] = set()  # ids of list items that stand in a list of names
        self.setting_items: set[int] = set()  # ids of items in lists of settings (setting_items)
        self.named_items: set[int] = set()  # ids of capitalised words among names (named_items)
        self.headed_items: dict[int, tuple[str, str]] = {}  # plain items' heads (headed_items)
        self.titled: set[str] = set()  # the headings' titles, in the singular
        self.cards: dict[int, str] = {}  # a flashcard paragraph's id → its answer
        self.pairs: dict[int, list[Entity]] = {}  # an item's id → the things it names but last
        self.owners: dict[int, Entity | None] = {}  # item id → the thing it is said of
        self.above: dict[int, tuple[ListItem | None, TextUnit]] = {}  # item id → parent, unit
        self.labels: set[str] = set()  # lead terms that label paragraphs (recurring_labels)
        self.kinds: dict[int, tuple[Entity, str]] = {}  # a label item's id → (owner, kind)
        # the things a section's sentences name in order ("First, Quill Hub. ... Second, Fern
        # Box."), and the kind its last count named ("There are three lanes.")
        self.ordered: list[Entity] = []
        self.counted = ""
        self.count_left = 0  # how many of the counted things are still to be named

    def context(self) -> Context:
        return self.stack[-1] if self.stack else Context(0)

    def context_entity(self) -> Entity | None:
        for c in reversed(self.stack):
            if c.entity is not None:
                return c.entity
        return None

    # -- headings ---------------------------------------------------------------------------
    def heading(
        self,
        h: Heading,
        next_block: Block | None,
        names_members: bool = False,
        divider: bool = False,
        term: bool = False,
    ) -> None:
        """Open a heading's context; ``names_members``: its section is a list of named terms;
        ``divider``: a top-level heading over headings of its own ("# Part two" over
        "## Storage"), a part of the document, not a thing in it; ``term``: one of a run of
        headings that each title one short paragraph (a glossary, see ``_term_headings``)."""
        while self.stack and self.stack[-1].level >= h.level:
            self.stack.pop()
        self.group, self.last_entity = None, None
        parent = self.context()
        ctx = Context(h.level)
        title = self._without_remark(h.title)
        described = isinstance(next_block, (ListItem, Paragraph))
        u = self.b.unit(title, h.source)
        told = told_of(title)
        subject = (
            heading_subject(title)
            or (told if told and self._known_thing(told) else None)
            # (the document's own title, "Gromble: loading and tuning", is about all of it)
            or self._labelled_subject(
                title, whole=h.level == 1 and not self.stack and not self.seen_heading
            )
        )
        # "Experiment Tracking with MLflow", "Amazon EMR for Spark jobs"
        m = re.match(r"^(?P<act>.+?)\s+(?:with|using|via)\s+(?P<x>.+)$", title)
        if not (m and self._names_thing(m.group("x"), title)):
            m = re.match(r"^(?P<x>.+?)\s+for\s+(?P<act>.+)$", title)
            m = m if m and self._names_tool(m.group("x")) else None
        if m and self._known(title):
            m = None  # the whole heading is a name ("FSx for Lustre")
        purpose = gerund_topic(title, self.gerunds)
        pair = re.fullmatch(r"(.+?)\s+(?:and|&)\s+(.+)", title)
        opened = (
            next(
                (
                    x
                    for x in (pair[1], pair[2])
                    if self._known(x)
                    and re.match(rf"(?:The\s+)?{re.escape(x)}\b", next_block.text, re.I)
                ),
                None,
            )
            if pair
            and isinstance(next_block, Paragraph)
            and not next_block.term
            and all(self._known(x) or is_name_like(x, 4) for x in (pair[1], pair[2]))
            else None
        )
        if purpose:
            ctx.relation, topic = purpose
            ctx.entity = self.b.entity(topic, None, u)
        elif opened:
            # "Quill Spark and Gromble Hub" over "Gromble Hub provides ...": two things named,
            # the section about the one its text opens with
            ctx.entity = self.b.entity(opened, self.b.class_for(opened), u)
        elif subject:
            ctx.entity = self.b.entity(subject, self.b.class_for(subject), u)
            ctx.meta = True
        elif is_meta_heading(title) or (
            is_common_word(title) and not self._known(title) and not term
        ):
            ctx.meta = True
        elif m:
            ctx.entity = self.b.entity(m.group("x"), None, u)
            ctx.meta = True
            if ctx.entity is not None:
                self.b.literal(ctx.entity, "usedFor", m.group("act"), u)
        elif (
            parent.kind
            and names_members
            and is_name_like(title, 8)
            and self.b.class_for(parent.kind)
            and not self.b.class_for(title)
        ):
            # "Tree ensembles" under "Learners", over a list of named
            # learners: a group of the collection's members, which carry its kind
            ctx.kind = parent.kind
            ctx.collection = self.b.entity(title, None, u)
        elif (
            (kind := _collection_kind(title))
            and not self._known(title)  # a name met before ("Widgets"): that thing, not a kind
            and (
                isinstance(next_block, ListItem)
                # "Distributions" over "**Poisson:** ...": a heading naming a class of things
                or (
                    isinstance(next_block, Paragraph)
                    and next_block.term
                    and self.b.class_for(kind) not in (None, "Document")
                )
                or re.match(r"^(common\s+)?types of", title, re.I)
            )
        ):
            ctx.kind = kind.capitalize() if kind.isupper() else kind  # "DISTRIBUTIONS"
            named = title.capitalize() if title.isupper() else title
            if (is_name_like(named, 6) or self._feature_name(title)) and not re.match(
                r"^(common\s+)?(types|kinds|variants) of", title, re.I
            ):
                # "IAM Access Policies" is also a thing its members are part of
                ctx.collection = self.b.entity(
                    title, None, u
                )  # a Concept: its members carry the type
            if (
                parent.entity is not None
                and parent.entity.cls not in (None, "Concept")  # a thing, not a topic
                and not parent.kind
                and not parent.relation
                and not is_meta_heading(title)
            ):
                # "Quill modes" right under "Gromble Tuner": the Tuner's modes, each a
                # "Gromble Tuner Quill mode"
                ctx.parent = parent.entity
        elif (
            described
            # (or a short noun phrase in sentence case: "Row count drift")
            and (is_name_like(title, 8) or self._feature_name(title) or _bold_term(title))
            and not (h.level == 1 and not self.stack and not self.seen_heading)
            and not (divider and not self._known(title))
            # ("Hyperparameters" under a thing's heading, over a sentence of them: its
            # settings, as a relation calls them, not a topic of their own)
            and not (
                is_plural_noun_phrase(title)
                and " " not in title.strip()
                and self._names_relation(title)
                and parent.entity is not None
                and not self._known(title)
            )
        ):
            # "Data distributions" over notes on them is a topic, not one distribution
            cls = None if is_plural_noun_phrase(title) else self.b.class_for(title)
            ctx.entity = self.b.entity(_shipped_title(title), cls, u)
            if ctx.entity is not None:
                if parent.kind:
                    self.b.kind(ctx.entity, parent.kind, u)
                outer = self.context_entity()
                if outer is not None and not parent.kind:
                    self.b.fact(ctx.entity, "partOf", outer, u)
        if ctx.entity is None and not ctx.kind and not ctx.meta:
            ctx.meta = ctx.inherited = bool(self.stack and self.context_entity())
        self.stack.append(ctx)
        self.b.relate = {c.entity.id: c.relation for c in self.stack if c.relation and c.entity}
        self.first_para = ctx.entity is not None and not ctx.meta and not ctx.relation
        self.seen_heading = True
        self.ordered, self.counted, self.count_left = [], "", 0

    def _without_remark(self, title: str) -> str:
        """A heading's name without the remark a dash sets after it ("Gromble — details",
        "Quill Forest — reading the output"), when the notes know the name; the title as it
        is otherwise (a label and a name, "Row tools — Gromble", reads below)."""
        idiom = _AT_LENGTH.search(title)  # "Gromble in detail": the name, said at length
        if idiom and self._known(title[: idiom.start()]) and not self._known(title):
            return title[: idiom.start()]
        # (a remark in a title typed in capitals is in capitals: "ZORBEX VAULT - THE ROW STORE")
        shouted = title.isupper()
        d = re.match(r"^(?P<a>[^–—:]{2,60}?)\s+[–—-]\s+(?P<b>[A-Za-z][^–—:]{1,60})$", title)
        if (
            d
            and len(d["b"].split()) <= 5
            and (d["b"].islower() or shouted)
            # a name the notes know, or a new one before a remark of a few words ("Ledger
            # drift — pick the least-bad fix")
            and (self._known(d["a"]) or (len(d["b"].split()) >= 3 and is_name_like(d["a"], 4)))
            # (not a label over kinds of it, "Metrics — by task", "Built-in algos — recap")
            and not (
                is_plural_noun_phrase(d["a"])
                and not any(w[:1].isupper() for w in d["a"].split()[1:])
            )
            and not self._known(d["b"])
            and not self.b.class_for(d["b"])
        ):
            return d["a"]
        return title

    def _labelled_subject(self, title: str, whole: bool = False) -> str | None:
        """The thing of a "Label: Name" heading ("Serving: TorchServe" is about
        TorchServe): a name the corpus knows, or that reads as a name in a heading whose label
        does not."""
        m = re.match(r"^(?P<label>[^:]{2,40}):\s+(?P<x>\S.*)$", title)
        if not m and not self._known(title):
            # "Row tools — Gromble": a label, then a known name (a name first, "Gromble —
            # load, sort", heads a part about it and more, and is read as before)
            d = re.match(r"^(?P<a>[^–—]{2,40}?)\s+[–—-]\s+(?P<b>[^–—]{2,40})$", title)
            a, b = (d["a"].strip(), d["b"].strip()) if d else ("", "")
            return b if d and self._known(b) and not self._known(a) else None
        if not m or self._known(title):
            return None
        x = m.group("x").strip()
        if self._known(x) or (is_name_like(x, 4) and not is_name_like(m.group("label"), 4)):
            return x
        core = re.sub(r"\s*\([^()]*\)$", "", x)  # "Closer look: Gromble (loading)": Gromble
        if core != x and self._known(core):
            return core
        # "Gromble Hub: catalog, crawlers, jobs": a known thing, then what the part says of it
        label = m.group("label").strip()
        if whole or not self._known(label) or self.b.names_a_class(label):
            return None
        return label

    def _lead_subject(self, lead: ListItem) -> Entity | None:
        """The thing a lead-in sentence opens with ("Model Monitor watches four things:"),
        when it reads as a name."""
        subject, _ = subject_head(lead.text)
        if not subject or not (self._known(subject) or is_name_like(subject, 5)):
            return None
        if not self._known(subject) and _plain_word(subject):
            return None  # "Captures tensors ...; rules:": a verb, its subject unsaid
        return self.b.entity(subject, None, None)

    def _named_within(self, term: str, u: TextUnit) -> Entity | None:
        """The known thing a longer bold line names ("Firehose" in "Firehose details"), the
        longest such name; None when the line is itself a name or names none."""
        words = re.split(r"\s+(?:[-–—:]\s+)?", re.sub(r"\s*\([^()]*\)", "", term).strip())
        for n in range(len(words) - 1, 0, -1):
            for i in (0, len(words) - n):  # the name first or last, the rest a remark on it
                name = " ".join(words[i : i + n]).strip(" -–—:,")
                rest = " ".join(words[:i] + words[i + n :]).strip(" -–—:,")
                if (
                    name[:1].isupper()
                    and rest.islower()  # "GRU Cell" is a name of its own
                    and not self.b.class_for(rest)  # "Regression metrics" names a kind
                    and self._known(name)
                ):
                    return self.b.entity(name, None, u)
        return None

    def _named_in(self, e: Entity, text: str) -> bool:
        """Whether ``text`` names ``e`` (its label or an alias)."""
        low = text.lower()
        return any(n.lower() in low for n in [e.label, *e.aliases] if n)

    def _a_name(self, name: str) -> bool:
        """Whether a known name is a thing's own, not a common word some note made a thing
        of ("Features"): the catalogue's, or one of two words or more or written as names
        are ("DeepAR")."""
        if self.b.registry.catalog.lookup(name):
            return True
        if is_plural_noun_phrase(name):
            return False  # "Zorb Loaders:" leads a list of things of that kind
        return self._known(name) and (
            len(name.split()) >= 2 or bool(re.search(r"[A-Z0-9]", name[1:]))
        )

    def _known(self, name: str) -> bool:
        return bool(
            self.b.registry.catalog.lookup(name)
            or self.b.registry.find(name)
            or (self.b.family is not None and self.b.in_family(name))
        )

    def _known_thing(self, name: str) -> bool:
        """Whether a name is a catalogue service or a thing of a class met before (not a
        bare concept: "Exam" of "Exam details")."""
        known = self.b.registry.find(name)
        return bool(self.b.registry.catalog.lookup(name)) or (
            known is not None and known.cls not in (None, "Concept", "Category", "Criterion")
        )

    def _feature_name(self, title: str) -> bool:
        """A sentence-case heading that names a feature of a known service ("SageMaker
        warm pools"): the catalogue spells it as a service-family name."""
        return len(title.split()) <= 5 and self.b.registry.catalog.normalize(title) != title

    def _names_thing(self, name: str, title: str) -> bool:
        """Whether the end of a heading ("... with MLflow") names a thing: a known or service
        name, product-style words, or capitalised words in a heading not in Title Case."""
        if self._known(name):
            return True
        words = [w for w in name.split() if w.lower() not in CONNECTORS]
        if not words or len(name.split()) > 4 or not is_name_like(name, 4):
            return False
        if all(is_product_style(w) or is_acronym(w) for w in words):
            return True
        return not is_title_case(title) and all(w[0].isupper() for w in words)

    def _names_tool(self, name: str) -> bool:
        """Whether the start of a heading ("Amazon EMR for ...") names a service, a
        framework or a tool (a technique "for" something is a topic of its own)."""
        known = self.b.registry.find(name)
        if self.b.registry.catalog.lookup(name) or (known and known.cls in _TOOL_CLASSES):
            return True
        words = name.split()
        return len(words) <= 3 and all(is_product_style(w) for w in words)

    # -- paragraphs -------------------------------------------------------------------------
    def paragraph(self, p: Paragraph) -> None:
        self._paragraph(p)
        self._in_order(p)
        # "... high bias. Remedies for overfitting:" over a list: the paragraph's last
        # sentence says what the items are to its topic
        last = re.split(r"(?<=[.!?])\s+(?=[A-Z])", p.text)[-1] if p.text.endswith(":") else ""
        if not last or last == p.text:
            return
        purpose = gerund_topic(last.rstrip(": "), self.gerunds)
        if purpose is not None and (topic := self.b.entity(purpose[1], None, None)) is not None:
            self.b.relate[topic.id] = purpose[0]
            self.last_entity, self.group, self.lead_topic = topic, None, topic

    def _in_order(self, p: Paragraph) -> None:
        """Things a section names one by one, each opening a sentence after its ordinal
        ("There are three lanes. First, Quill Hub. It ... Second, Fern Box, which ..."): of
        the kind counted before them, or parts of the section's thing when the count names no
        kind ("three pieces")."""
        u = None
        for sentence in re.split(r"(?<=[.!?])\s+", p.text):
            if (m := _COUNT_SENTENCE.match(sentence)) and (kind := counted_kind(m[1])):
                self.counted, self.ordered = kind, []
                self.count_left = NUMBER_WORDS.get(m[1].split()[0].lower(), 0)
                continue
            if self.counted and self.count_left and (name := _opening_name(sentence, self.counted)):
                # "Three input modes. Quill mode is the default. ... Then there's Fern
                # mode, ...": each a sentence that opens with one, named by the kind's head
                u = u or self.b.unit(p.raw, p.source)
                if (e := self.b.entity(name, self.b.class_for(self.counted), u)) is not None:
                    self.b.kind(e, self.counted, u)
                    self.count_left -= 1
                continue
            m = _ORDINAL_NAME.match(sentence)
            if m is None:
                continue
            n = ORDINALS[m[1].lower()]
            name = m[2].strip()
            if n != len(self.ordered) + 1 and n != 1:
                continue
            if n == 1:
                self.ordered = []
            known = self.b.registry.find(name) is not None or self.b.registry.catalog.lookup(name)
            if not (known or (is_name_like(name, 5) and name[:1].isupper())):
                continue
            u = u or self.b.unit(p.raw, p.source)
            e = self.b.entity(name, self.b.class_for(self.counted) if self.counted else None, u)
            if e is None:
                continue
            self.ordered.append(e)
            if len(self.ordered) < 2:
                continue
            owner = self.context_entity()
            for x in self.ordered:
                if self.counted:
                    self.b.kind(x, self.counted, u)
                elif owner is not None and owner.id != x.id:
                    self.b.fact(x, "partOf", owner, u)

    def _defines_other(self, raw: str, topic: Entity) -> bool:
        """Whether a paragraph opens by saying what another thing is: "**Quill Loader** is a
        tool ..." under "Gromble tools" defines the loader, not the section's topic."""
        m = _BOLD_SUBJECT.match(raw)
        if m is None:
            return False
        found = self.b.registry.find(m[1])
        return (found is None or found.id != topic.id) and name_key(m[1]) != name_key(topic.label)

    def _called_terms(self, raw: str, u: TextUnit) -> None:
        """ "The attribute you check is called the **facet**.": the sentence defines the
        term it names in bold at its end."""
        for m in _CALLED.finditer(raw):
            term = plain(m["term"]).strip()
            if len(term.split()) > 5:
                continue
            e = self.b.entity(term[:1].upper() + term[1:], None, u)
            if e is not None:
                self.b.literal(e, "definition", plain(m["said"]).strip() + ".", u)

    def _paragraph(self, p: Paragraph) -> None:
        u = self.b.unit(p.raw, p.source)
        if getattr(p, "caption", False) or _CAPTION.match(plain(p.raw or p.text).strip()):
            return  # a table's caption titles the table (see _table_lead_in), defines nothing
        self._called_terms(p.raw or p.text, u)
        first, self.first_para = self.first_para, False
        self.b.relate = {c.entity.id: c.relation for c in self.stack if c.relation and c.entity}
        ctx_entity = self.context_entity()
        purpose = (
            gerund_topic(p.text.rstrip(": "), self.gerunds)
            or example_topic(p.text.rstrip(": "), self.b.cues.get("example", ()))
            or purpose_topic(p.text.rstrip(": "), self.b.cues.get("usedFor", ()))
            if p.text.endswith(":")
            else None
        )
        if not p.term and purpose:
            # "Handling label noise:" over a list: what the items address
            topic = self.b.entity(purpose[1], None, u)
            if topic is not None:
                self.b.relate[topic.id] = purpose[0]
                self.last_entity, self.group, self.lead_topic = topic, None, topic
                if ctx_entity is not None and ctx_entity.id != topic.id:
                    self.b.fact(topic, "partOf", ctx_entity, u)
                return
        if self.lead_topic is not None and self.last_entity is self.lead_topic:
            self.last_entity = None  # the list a lead-in titled has ended
        self.lead_topic = None
        if not p.term and (name := _name_alone(p.text)) and self._a_name(name):
            # "Gromble Hub:" (a thread's "9/ Gromble Hub:") alone on its line: a label over
            # what follows, as "**Gromble Hub:**" is
            p = replace(p, term=name, text="")
        term, text = p.term, p.text
        if not term and (m := _VERSUS_LEAD.match(p.text)):
            term, text = m.group(1), m.group(2)  # "Gromble vs Tessaract sync: Gromble ..."
        if term and len(pair := VERSUS.split(term)) == 2 and text:
            # "**L1 vs L2**: L1 adds ...; L2 adds ...": what it says is said of both
            for name, short in versus_names(*pair):
                e = self.b.entity(name[:1].upper() + name[1:], self.b.class_for(name), u)
                if e is not None:
                    if short:
                        self.b.registry.add_alias(e, short, index=False)
                    self.b.literal(e, "hasProperty", f"{term}: {text}", u)
            self._free_text(None, text, p.raw, u)
            return
        if term and (defined := _kind_defining_sentences(term, text)):
            # "**Metrics to know.** Recall is TP / (TP + FN). Precision is ...": each
            # sentence defines a thing of the kind the label names
            kind = defined[0]
            for name, said in defined[1]:
                e = self.b.entity(name, self.b.class_for(kind), u)
                if e is not None:
                    self.b.kind(e, kind, u)
                    self.b.literal(e, "definition", said, u)
            self._free_text(None, text, p.raw, u)
            return
        answer = self.cards.get(id(p), "")
        listed = _answer_items(p.text, answer)
        if listed:
            # "Q: What sync modes does the hub offer? A: Delta (default), mirror and cold.":
            # each is a thing of the kind asked for
            kind = _asked_kind(p.text)
            for name in listed:
                e = self.b.entity(name, self.b.class_for(kind) if kind else None, u)
                if e is not None and kind:
                    self.b.kind(e, kind, u)
        lead = _answer_lead(answer) if not listed else ""
        if answer and (topic := self._card_topic(p.text, u)) is not None:
            # "Q: Gromble: keep rows for a day? A: Tallow Store (cheap)": a card about
            # Gromble; the thing its answer names does what it asks, a part of Gromble
            asked = p.text[: len(p.text) - len(answer)].strip()
            for name in _answer_names(answer):
                e = self.b.entity(name, self.b.class_for(name), u)
                if e is not None and e.id != topic.id:
                    self.b.fact(e, "partOf", topic, u)
                    self.b.literal(e, "hasProperty", f"{asked} {answer}", u)
        if lead and (self._known(lead) or _answers_with_name(p.text, lead)):
            # "Q: ...? A: fernkit sync. Copies rows ...": the card is about it, and
            # so is the list below it
            e = self.b.entity(lead, None, u)
            if e is not None:
                self.b.literal(e, "hasProperty", p.text, u)
                self.last_entity, self.group = e, None
                self._free_text(e, p.text, p.raw, u)
                return
        asked = _ASKS_WHAT.match(p.text) if answer else None
        if (
            asked
            and is_listed_name(asked["x"])
            and len(asked["x"].split()) <= 5
            # ("What are Quill marks for?" asks what they do, not what they are)
            and asked["x"].split()[-1].lower() not in ALL_PREPOSITIONS | {"like"}
        ):
            # "Q: What are sync guards? A: Managed copies with check modes:": the card says
            # what it asks about is, and the list below its answer is that thing's
            e = self.b.entity(asked["x"][:1].upper() + asked["x"][1:], None, u)
            if e is not None:
                self.b.literal(e, "definition", answer, u)
                self.last_entity, self.group = e, None
                self._free_text(e, p.text, p.raw, u)
                return
        if not p.term:
            lead_in = p.text.endswith(":") and len(p.text.split()) <= 4  # "choices:"
            last = self.last_entity
            if p.text.endswith(":") and last is not None and not self._named_in(last, p.text):
                # "Ways to cut drift:" over a list, after "**Gromble:** ...": the list is
                # the lead-in's, not the term's above it
                self.last_entity, self.group = None, None
            # (a card asks and answers, it does not say what its section's topic is)
            if (
                first
                and ctx_entity is not None
                and not lead_in
                and id(p) not in self.cards
                and not self._defines_other(p.raw, ctx_entity)
            ):
                self.b.literal(ctx_entity, "definition", p.text, u)
            self._free_text(ctx_entity, p.text, p.raw, u)
            return
        if is_meta_term(p.term):
            kind_of = self.last_entity
            label = p.term
            if re.search(r"variant", label, re.I) and kind_of is not None:
                kind = f"{singular(kind_of.label)} Variant"
            elif re.search(r"types?$", label, re.I) and kind_of is not None:
                kind = singular(kind_of.label)
            else:
                kind = singular(re.sub(r"^common\s+", "", label, flags=re.I))
            self.group = Context(
                0, kind=kind, parent=kind_of if re.search(r"variant", label, re.I) else None
            )
            return
        if (
            self.b.names_a_class(p.term)
            and (m := _OPENING_NAME.match(p.text))
            and is_name_like(m["name"], 5)
            and (chosen := self.b.entity(m["name"], self.b.class_for(p.term), u)) is not None
        ):
            # "**Strategy:** Quill search (the default). It ...": a form's field named by a
            # class, its value a thing of that class, and what follows is said of it
            rest = p.text[m.end() :].strip(" .;,")
            if rest:
                self.b.literal(chosen, "hasProperty", rest, u)
            if ctx_entity is not None and ctx_entity.id != chosen.id:
                # (the section's: "Task 3 – Forecasting" has it as its algorithm)
                self.b.owned.append((chosen, singular(p.term.lower()), ctx_entity, u))
            self.last_entity = chosen
            self._free_text(chosen, rest, p.raw, u)
            return
        role = _role(p.term) if not self._known(p.term) else None
        if p.term.lower() in self.labels or _POSSESSIVE.match(p.term):
            # "Presenter notes: ...", "Exam clue: ..." on slide after slide: a label of what
            # is said of the section's subject, not a thing; nor is the author's own story
            # ("Our incident (Nov 2023): a VPC-mode job sat at ...")
            if ctx_entity is not None:
                self.b.literal(ctx_entity, "note", f"{p.term}: {p.text}", u)
            self._free_text(ctx_entity, p.text, p.raw, u)
            return
        if role and ctx_entity is not None:
            self.b.literal(ctx_entity, role, p.text, u)
            self._free_text(ctx_entity, p.text, p.raw, u)
            return
        if not p.text and (inner := self._named_within(p.term, u)) is not None:
            # "**Firehose details**", "**Gromble – the numbers**": a sub-heading over what
            # is said of a known thing
            self.last_entity, self.group = inner, None
            return
        named, called = self._named_lead(p.term, u) if p.term else (None, "")
        titled = re.fullmatch(
            r"((?:[A-Z][\w+.-]*\s+){1,4})([a-z][\w-]*(?:\s+[a-z][\w-]*){0,2})", p.term
        )
        if (
            named is not None
            and ctx_entity is not None
            and re.search(rf"\b{re.escape(named.label)}\b", ctx_entity.label, re.I)
        ):
            named, called = None, ""  # "Monitor types:" under Zorb Monitor: the section's
        if (
            named is None
            and titled
            # a name, not a sentence's first word ("Check kinds:"): two words in capitals,
            # or one written as names are ("DeepAR", "XGBoost")
            and (len(titled[1].split()) >= 2 or bool(re.search(r"[A-Z0-9]", titled[1][1:])))
            and is_plural_noun_phrase(titled[2])
            and _plain_members(p.text)
            and not (
                ctx_entity is not None
                and re.search(rf"\b{re.escape(titled[1].strip())}\b", ctx_entity.label, re.I)
            )
        ):
            # "Quill Scene algorithm choices: A, B": a name in capitals, then what it lists
            named, called = self.b.entity(titled[1].strip(), None, u), titled[2]
        if (
            (_names_collection(p.term) or named is not None)
            and re.match(rf"^\W*{re.escape(p.term)}\W*:", plain(p.raw))  # a label: "Kinds:"
            and (owner := named or ctx_entity) is not None
            and (members := _plain_members(p.text))
        ):
            # "**Check kinds:** row gap, key skew, late rows" under Gromble: Gromble's check
            # kinds, each a thing (the label names their kind, no thing of its own); so are
            # Gromble's in "**Gromble check kinds:** ..." anywhere
            kind = singular((called if named is not None else p.term).lower())
            for name in members:
                # a setting's name stays as written: "normalize_data", "`k`"
                bare = re.sub(r"\s*\([^()]*\)", "", name).strip()
                if is_identifier(bare):
                    continue  # a setting's name as code spells it: the prose reader's
                name = name[:1].upper() + name[1:]
                x = self.b.entity(name, self.b.class_for(p.term), u)
                if x is not None and x.id != owner.id:
                    self._kind_member(x, kind, owner, u)
            return
        if (
            (is_name_like(p.term, 8) or _described_term(p.term, p.text))
            and not _warning(p.term)
            and not (_participle(p.term) and _settings_only(p.text))
        ):
            # under a heading that names what its terms are ("Distributions"): one of them
            kind = self.context().kind if not self.context().meta else ""
            cls = self.b.class_for(p.term) or (self.b.class_for(kind) if kind else None)
            e = self.b.entity(p.term, cls, u)
            if e is not None and kind:
                self.b.kind(e, kind, u)
                if (group := self.context().collection) is not None and group.id != e.id:
                    self.b.fact(e, "partOf", group, u)
            if e is not None:
                sentence = (
                    p.text
                    if re.match(r"^\s*\*\*[^*]+:\*\*|^\s*\*\*[^*]+\*\*\s*:", p.raw)
                    # "X — ...", "X → ...", "X = ...": what follows the mark is what it is
                    or re.match(re.escape(p.term) + r"\s*(?:[—–=]|→|->|=>)\s", plain(p.raw))
                    # "**Quill** A loader that ...": a description list's term, then its text
                    # (not a name going on: "**Term Frequency** Inverse Document ...")
                    or (
                        bool(re.match(r"^\s*\*\*", p.raw))
                        and bool(re.match(r"[A-Z][a-z]*\s+[a-z(]", p.text))
                    )
                    else f"{p.term} {p.text}"
                )
                if p.text:
                    self.b.literal(e, "definition", sentence, u)
                if (
                    ctx_entity is not None
                    and ctx_entity.id != e.id
                    and name_key(ctx_entity.label) != name_key(e.label)
                ):
                    self.b.fact(e, "partOf", ctx_entity, u)
                self.last_entity = e
                self.group = None
                self._free_text(e, p.text, p.raw, u)
                self._listed_members(e, p.term, p.text, u, p.raw)
        elif not p.text and p.source.section[-1:] == (p.term,):
            # a bold line that opens a section of its own ("Stats I keep forgetting"): what
            # follows is no longer said of the term above it
            self.last_entity, self.group = None, None
        elif p.text:
            # "**Zorb Hub — 4 kinds of checks:** row gap, key skew, ...": a term that is no
            # name; what its text says is said of the thing it names (else the section's)
            self._free_text(self._named_within(p.term, u) or ctx_entity, p.text, p.raw, u)

    def _kind_member(self, x: Entity, kind: str, owner: Entity, u: TextUnit) -> None:
        """``x`` is one of ``owner``'s things of ``kind`` ("Zorbex mode"): part of it, unless
        the kind names a relation ("destinations": delivered to, read by ``owned_kinds``)."""
        self.b.kind(x, kind, u)
        self.b.owned.append((x, kind, owner, u))
        if kind.split()[-1] not in self.b.listed:
            self.b.fact(x, "partOf", owner, u)

    def _described_members(self, e: Entity, text: str, raw: str, u: TextUnit) -> None:
        """ "**Zorbex** — modes: `drip`, `burst`": what is said of a thing lists things of
        a kind, each a "Zorbex mode" (part of it, unless the kind names a relation)."""
        listing = labelled_list(plain(text))
        if listing is None or self._known(listing[0]):
            return
        label, members = listing
        kind = singular(label.lower())
        for name, desc in members:
            if (m := re.match(r"^(.*?)\s*\(([^()]*)\)$", name)) and len(m[2].split()) > 3:
                name, desc = m[1], desc or m[2]  # "(the one that scales out)": a remark
            name, code = _as_written(name, raw)
            x = self.b.entity(name, self.b.class_for(label), u, identifier=code)
            if x is None or x.id == e.id:
                continue
            self._kind_member(x, kind, e, u)
            if desc:
                self.b.literal(x, "definition", desc, u)

    def _listed_members(
        self,
        e: Entity,
        term: str,
        text: str,
        u: TextUnit,
        raw: str = "",
        owner: Entity | None = None,
        setting: bool = False,
    ) -> None:
        """ "**Load checks (rows only):** Row Gap (RG), Key Drift (KD), ...": a plural
        term whose text is nothing but names lists its members; a thing's name before three
        or more names ("Gromble Pipe → FernKit / MossLib / HTTP sink") lists its parts; a
        setting's name before its values ("fern_kind: `moss.Flat`, `moss.Tree`") names their
        kind in words ("fern kind"), and of the ``owner`` of the setting ("Quill fern kind")."""
        head = re.sub(r"\s*\([^()]*\)", "", term).strip()
        plural = is_plural_noun_phrase(head)
        items = split_list(text.strip().rstrip("."))
        # (a setting, or one the list of settings names by a plain word: "likelihood")
        setting = setting or is_snake_case(head)
        if setting and len(items) == 1:
            items = list_items(text.strip().rstrip("."))  # "`moss.Flat` or `moss.Tree`"
        # (a setting's two values written as code)
        two = plural or (setting and all(f"`{x}`" in raw for x in items))
        if (
            len(items) < (2 if two else 3)
            or not all(
                is_listed_name(_unbracketed(x))
                # "`drip`, `burst`": names, as code (a remark aside: "`student-T` (default)")
                and (x[:1].isupper() or f"`{_unbracketed(x)}`" in raw)
                for x in items
            )
        ):
            # "**Zorb Watch** row quality, key quality, lag drift, skew drift. Baseline ...":
            # a family of compound names (each shares its last word with another) that fills
            # the first sentence, in any case
            first = re.split(r"(?<=[\w)])\.\s+(?=[A-Z])", text.strip(), maxsplit=1)[0]
            items = split_list(first.rstrip("."))
            lasts = [x.split()[-1].lower() for x in items if x.split()]
            if not (
                len(items) >= 3
                and len(lasts) == len(items)
                and all(lasts.count(w) >= 2 for w in lasts)
                and all(2 <= len(x.split()) <= 3 and is_listed_name(x, alone=True) for x in items)
            ):
                # "**Balance data:** random oversampling, random undersampling, SMOTE": a
                # text that is nothing but names, most in lower case
                # (not a setting's values: "`optimizer`: sgd, adam" are spelt as set)
                said = plain(raw).strip()
                whole = (
                    not re.search(r"[.!?;]\s+\S", text.strip())
                    and f"`{term}`" not in raw
                    # set off from its term ("Balance data: ..."), not a sentence's verbs
                    # ("**Zorbex** creates, transforms and selects rows")
                    and said.startswith(term)
                    and bool(re.match(r"\s*(?::|→|->|[–—-]\s|=)", said[len(term) :]))
                )
                names = lower_case_names(text.strip()) if whole else []
                if not names or len(names) < len(list_items(text.strip())):
                    return  # (a sentence that ends in a list: "requires ..., Cleaning, and storage")
                items = [x[:1].upper() + x[1:] for x in names]
        kind = singular(head) if plural else head.replace("_", " ") if setting else ""
        for item in items:
            code = f"`{item}`" in raw
            x = self.b.entity(item, self.b.class_for(head) if plural else None, u, identifier=code)
            if x is not None and x.id != e.id:
                if kind:
                    self.b.kind(x, kind, u)
                self.b.fact(x, "partOf", e, u)
                if setting and owner is not None and owner.id != x.id:
                    self.b.owned.append((x, kind, owner, u))

    # -- list items -------------------------------------------------------------------------
    def item(self, it: ListItem, parent_item: ListItem | None) -> None:
        u = self.b.unit(it.raw or it.text, it.source)
        self.above[id(it)] = (parent_item, u)
        self._item(it, parent_item, u)
        owner = self.owners.get(id(it))
        ctx = self.context()
        for e in [*self.pairs.pop(id(it), []), self.items.get(id(it))]:
            self._item_facts(it, parent_item, e, owner, u)  # "ZQL and ETS – ...": each
            if (
                e is not None
                and parent_item is None
                and self.group is None
                and ctx.parent is not None
                and ctx.parent.id != e.id
                and (
                    owner is None or owner.id in (ctx.parent.id, getattr(ctx.collection, "id", ""))
                )
            ):
                # ("Quill Modes": a "Gromble Tuner quill mode"; "CNN layer" keeps its
                # acronym)
                kind = " ".join(w.lower() if w[1:].islower() else w for w in ctx.kind.split())
                self.b.owned.append((e, kind, ctx.parent, u))  # (see heading)
        if parent_item is not None and (above := self.items.get(id(parent_item))) is not None:
            self.b.under.setdefault(u.id, above.id)

    def _item_facts(
        self,
        it: ListItem,
        parent_item: ListItem | None,
        e: Entity | None,
        owner: Entity | None,
        u: TextUnit,
    ) -> None:
        """What an item's place says of the thing it names: the relation or kind its list
        is under, the things listed in its text."""
        if e is not None and it.value_of:
            # "`zbow` — ..." under "... by `mode`:": a value of the setting, of its kind
            if e.cls == "Hyperparameter":
                e.cls = "Concept"
            self.b.setting_values.add(e.id)
            self.b.kind(e, it.value_of, u)
            setting = self.b.registry.find_code(it.value_of) or self.b.entity(
                it.value_of, "Hyperparameter", u, identifier=True
            )
            if setting is not None and setting.id != e.id:
                self.b.fact(setting, "example", e, u)
                if owner is not None and owner.id not in (setting.id, e.id):
                    self.b.fact(owner, "hasParameter", setting, u)
        elif e is not None and owner is not None and _CODE_ITEM.match(it.raw or ""):
            self.b.coded.append((e, owner, u))
        if not it.term and (about := e or owner) is not None:
            # "- built on X; algorithms A, B and C": listed inside the item's text
            listed_members(self.b, [about], it.raw or it.text, u)
        if (
            not it.term
            and (m := _SITUATION_ARROW.match(it.text))
            and _one_clause(m["s"])
            and self._known(m["x"])
        ):
            # "Rows must land in the lake with no code → Fern Hose": too long a lead for a
            # term, the same answer to a situation as a short one
            answer = self.b.entity(m["x"], None, u)
            if answer is not None and len(m["s"].split()) >= 3:
                self.b.literal(answer, "usedFor", m["s"].strip(" “”\"'"), u)
        if e is not None and it.term and parent_item is not None:
            if relation := self._relation_label(parent_item):
                # "- fixes" over "- **L1** -> sparse weights": it fixes what is above
                target = self._topic_above(parent_item) or owner
                if target is not None and target.id != e.id:
                    self.b.fact(e, relation, target, u)
        if e is not None and owner is not None and owner.id != e.id:
            self._listed_relation(it, parent_item, e, owner, u)
        if e is None and it.listed_as:
            e = self.b.registry.find(item_head(it.text)[0])  # a part the item named
        if e is None or not it.listed_as:
            return
        # "Destinations (batch writes):" over the list: each is a destination, and a
        # destination of the thing the section is about
        for part in re.sub(r"\([^)]*\)", "", it.listed_as).split("/"):
            # "Zorbex Hose destinations:" over the list: the named thing's destinations
            named, rest = self._named_lead(part.strip(), u)
            kind = listed_kind(rest or part.strip())
            if not kind:
                continue
            self.b.kind(e, kind, u)
            holder = named or owner
            if holder is not None and holder.id != e.id:
                self.b.owned.append((e, kind, holder, u))
                if named is not None:
                    self.b.listed_fact(named, e, kind, u)

    def _answering_name(self, text: str, u: TextUnit) -> Entity | None:
        """The thing a text opens with as an answer ("Glue FindMatches, not ...", "Firehose
        with format conversion"): a short capitalised name, or the longest known name it
        opens with; None when it opens otherwise ("missing endpoint", "convert to ...")."""
        lead = _answer_lead(text)
        words = lead.split()
        if not words or not words[0][:1].isupper():
            return None
        if len(words) <= 3 and is_listed_name(lead, alone=True) and not is_common_word(lead):
            return self.b.entity(lead, self.b.class_for(lead), u)
        for n in range(len(words) - 1, 0, -1):
            if self._known(" ".join(words[:n])):
                return self.b.entity(" ".join(words[:n]), None, u)
        return None

    def _card_topic(self, question: str, u: TextUnit) -> Entity | None:
        """The known thing a card's question opens with as a label ("Gromble: keep rows for a
        day?"), else None."""
        m = re.match(r"^([^:?]{2,40}):\s+\S[^?]*\?", question)
        if not m or not self._known(m[1].strip()):
            return None
        return self.b.entity(m[1].strip(), None, u)

    def _named_lead(self, lead: str, u: TextUnit) -> tuple[Entity | None, str]:
        """A lead-in that opens with a known name and goes on with a plural noun ("Zorbex Hose
        destinations"): that thing and the noun; (None, "") for any other."""
        name, rest = known_lead(
            lead.split(), self._known, lambda r: len(r.split()) <= 3 and is_plural_noun_phrase(r)
        )
        return (self.b.entity(name, None, u), rest) if name else (None, "")

    def _item(self, it: ListItem, parent_item: ListItem | None, u: TextUnit) -> None:
        # a list under a service names its family's members by their short names
        owner = (
            self.items.get(id(parent_item)) if parent_item is not None else None
        ) or self.last_entity
        self.b.family = owner if owner is not None and owner.cls == "Service" else None
        try:
            self._read_item(it, parent_item, u)
        finally:
            self.b.family = None

    def _read_item(self, it: ListItem, parent_item: ListItem | None, u: TextUnit) -> None:
        bold = [plain(x) for x in leading_bold_runs(it.raw or "")[0]] if it.term else []
        if len(bold) >= 2 and it.term == ", ".join(bold[:-1]) + " and " + bold[-1]:
            # "**Quill (Q)** and **Fern (F)** - ...": an item for each name, the same text
            read = []
            for name in bold:
                one = replace(it, term=name, raw=f"**{name}** - {it.text}", children=[])
                self._read_item(one, parent_item, u)
                if (e := self.items.pop(id(one), None)) is not None:
                    read.append(e)
                if id(one) in self.owners:
                    self.owners[id(it)] = self.owners.pop(id(one))
            if read:
                self.items[id(it)] = read[-1]
                self.pairs[id(it)] = read[:-1]
            return
        if it.term and VERSUS.search(it.term):
            self.b.entity(it.term, None, u)  # "**A vs B vs C**": each thing it sets side by side
        ctx = self.context()
        group = self.group
        label_owner = None  # the thing a plural label over this item is under
        counted = ""  # the kind a counted lead-in above names ("three worker roles:")
        if parent_item is not None:
            owner = self.items.get(id(parent_item))
            kind, kind_parent, meta = "", None, False
            if owner is None and parent_item.text.endswith(":"):
                # "- two methods support X:" over names: the section's thing has them;
                # "- three worker roles:" also says what kind of thing they are
                owner = self._lead_subject(parent_item) or self.owners.get(id(parent_item))
                if id(it) in self.listed:
                    owner = owner or self.last_entity or self.context_entity()
                    counted = counted_kind(parent_item.text)
            elif owner is None:  # under a remark: still about what the remark is about
                owner = self.owners.get(id(parent_item))
            elif parent_item.text.endswith(":") and (
                id(it) in self.listed or it.term or is_name_like(item_head(it.text)[0], 5)
            ):
                # "**Widget Hub** — ... offers three engines:" over names: its engines
                counted = counted_kind(parent_item.text.rsplit(".", 1)[-1])
            elif (
                parent_item.text.endswith(":")
                and (closing := _closing_kind(parent_item.text))
                and is_listed_name(list_head(it.text)[0])
            ):
                # "... Crew options:" over "private crew (own staff)": its crew options
                counted = closing
            for part in self.parts.get(owner.id if owner else "", []):
                if re.match(rf"{re.escape(part.label)}\b", it.text or it.term):
                    owner = part
            label = parent_item.text.rstrip(": ")
            if parent_item.term:  # "**Zorbex Tuner**: tunes jobs. Strategies:" — the last sentence
                label = re.split(r"(?<=[.!?])\s+", label)[-1] if label != parent_item.text else ""
            if (
                it.term
                and owner is not None
                and self.items.get(id(parent_item)) is owner
                and parent_item.text.endswith(":")
                and len(label.split()) <= 3
                and is_plural_noun_phrase(label)
            ):
                # "- Strategies:" over "**Quill search** - ...": each a strategy, and the
                # thing the label is under has them ("Zorbex Tuner strategy")
                kind, kind_parent = singular(label.lower()), owner
                label_owner = self.owners.get(id(parent_item))
        elif group is not None:
            owner, kind, kind_parent, meta = (
                group.parent or self.last_entity,
                group.kind,
                group.parent,
                False,
            )
        else:
            owner = self.last_entity or self.context_entity()
            # a lead-in over the list says what it lists, whatever the heading above
            kind, kind_parent, meta = ctx.kind, None, ctx.meta and not it.listed_as
        self.items[id(it)] = None
        self.owners[id(it)] = owner
        if parent_item is not None and id(parent_item) in self.kinds:
            # under "- Sinks" under "- Zorbex Hose": a sink, the Hose's
            label_owner, kind = self.kinds[id(parent_item)]
            head, rest = list_head(it.text)
            if not it.term and not rest and is_common_word(head):
                # "- Random" under "- Search modes": the "Random mode"
                parsed = _item_name(head[:1].upper() + head[1:], kind, None)
                e = self.items[id(it)] = self.b.entity(parsed.canonical, None, u, parsed)
                if e is not None:
                    self.b.kind(e, kind, u)
            else:
                self._listed_name(it, None, u, kind)
            for e in [*self.pairs.get(id(it), []), self.items.get(id(it))]:
                if e is not None and e.id != label_owner.id:
                    self.b.owned.append((e, kind, label_owner, u))
                    if kind.split()[-1] not in self.b.listed:  # a sink is no part of its source
                        self.b.fact(e, "partOf", label_owner, u)
            return
        if owner is not None and (kind_label := self._label_over(it)):
            named = self._named_owner(it.text.rstrip(": ").strip())
            self.kinds[id(it)] = (named[0], singular(named[1])) if named else (owner, kind_label)
            return
        if counted:
            self._listed_name(it, owner, u, counted)
            return
        if not it.children and self._versus_item(it, u):
            return
        if (
            not it.term
            and (labelled := labelled_names(it.raw))
            and not self._names_relation(labelled[0])  # "destinations to know: **A**, ...":
            # "Loader modes: **All at once**, **Drip** (a row first)": of that kind,
            # each with its own remark; not a purpose the names serve
            and not (len(labelled[1]) > 1 and self._listing(plain(it.raw)))
        ):  # a list of the owner's things, read from the item's text (item())
            member_of = owner if not kind else ctx.collection if group is None else kind_parent
            self._labelled(it, member_of, kind, labelled, u)
            return
        if (
            # "roles: leader -> ...": an arrow read as a lead; "**Model types**: A, B and C"
            # (a mind map's "destinations → A, B, C": its arrow made the label a term)
            (
                not it.term
                or ":" in it.term
                or _names_collection(it.term)
                or _ARROW_LEAD.match(it.raw)
                or self._field_of_names(f"{it.term}: {it.text}", True)  # "Input: CSV, Parquet"
                or self._field_of_names(plain(it.raw))  # "**Compression** for X: A, B"
            )
            and not it.children
            and not re.match(r"^\s*(?:[-*+]|\d+[.)])?\s*[\[`]", it.raw)  # a link, code
            and (
                listing := self._listing(plain(it.raw) if it.term else it.text)
                # ("**Review state** - Open or Closed": the term is the field's label)
                or (it.term and self._field_of_names(f"{it.term}: {it.text}", True))
            )
            and not (listing[0].isupper() and " " in listing[0])  # a shouted title
            and not self._known(listing[0])  # "Neural Networks: ..." says things of a thing
        ):
            self._labelled_list(it, owner, listing, u)
            return
        head = it.term or item_head(it.text)[0]
        # (a sentence among the names, "Zorbex Hub reports wQL, WAPE and MASE", says them)
        sentence = not it.term and opens_as_sentence(it.text)
        if (
            id(it) in self.listed
            and not sentence
            and not (kind or (meta and not ctx.inherited) or _is_role_term(head))
            and not (it.term and is_name_like(it.term, 8))  # a Title Case term reads below
        ):
            self._listed_name(it, owner, u)
            return
        if (
            id(it) in self.listed
            and kind
            and not sentence
            and not it.term
            and not is_name_like(it.text, 5)
        ):
            # "LoRA: trains small adapters" under "Fine-tuning techniques": a member, defined
            self._listed_name(it, ctx.collection if group is None else kind_parent, u, kind)
            return
        if not it.term and (
            lead := _colon_lead(it.text, dashed=bool(it.listed_as) or it.glossary)
            or (it.glossary and _dashed_head(it.text))
        ):
            it.term, it.text = lead  # "Gromble: copies changed rows": a term, defined
        # "ZLT: Zorbex Log Tool (renamed in 2024)": the long form, a remark after it aside
        core = re.sub(r"\s*\([^()]*\)", "", it.text).strip() if it.term else ""
        if core.startswith("= "):  # "**ZH** = Zorbex Hub" (a remark before it kept: "(ZH) = ")
            it.text, core = re.sub(r"=\s+", "", it.text, count=1).strip(), core[2:].strip()
        if it.term and is_acronym(it.term) and is_name_like(core, 6):
            words = core.split()  # "ZLT = Zorbex Log Tool", "ZAT = Zorbex Auto Tuner"
            if abbreviates(it.term, words) or abbreviates(it.term, words[1:]):
                remark = it.text[len(core) :].strip(" ()") if it.text.startswith(core) else ""
                it.term, it.text = f"{core} ({it.term})", remark
        if not it.term and not it.children and parent_item is not None:
            relation = self._relation_label(parent_item)
            names = [_short_phrase(p) for p in re.split(r"\s+/\s+", it.text)] if relation else []
            target = self._topic_above(parent_item) or owner if names and all(names) else None
            if target is not None:
                # "- fixes" over "- early stopping": each item fixes what the list is under
                for name in names:
                    if e := self.b.entity(name[:1].upper() + name[1:], None, u):
                        self.b.fact(e, relation, target, u)
                        self.items[id(it)] = e
                return
        if not it.term and owner is not None and _IDENTIFIER_ITEM.match(it.raw):
            # "- `num_round` required" under a thing: one of its settings, whatever the heading
            self._listed_name(it, owner, u)
            return
        if id(it) in self.headed_items and (called := kind or listed_kind(it.listed_as)):
            # "- step scaling on an alarm of one's choosing" under "Three policy types
            # exist:": the item's thing, then what it says of it
            head, rest = self.headed_items[id(it)]
            e = self.b.entity(head[:1].upper() + head[1:], self.b.class_for(called), u)
            if e is not None:
                self.b.kind(e, called, u)
                self.b.literal(e, "definition", rest, u)
                if owner is not None and owner.id != e.id:
                    self.b.fact(e, "partOf", owner, u)
            self.items[id(it)] = e
            return
        if not it.term:
            if not it.children and is_name_like(it.text, 5) and (kind or not owner):
                e = self.b.entity(it.text, self.b.class_for(kind) if kind else None, u)
                if e is not None and kind:
                    self.b.kind(e, kind, u)
                self.items[id(it)] = e
            elif owner is not None:
                self.b.literal(owner, "hasProperty", it.text, u)
                self._free_text(owner, it.text, it.raw, u)
                self.items[id(it)] = None
            else:
                self._free_text(None, it.text, it.raw, u)
            if it.children and self.items[id(it)] is None and is_name_like(it.text, 6):
                # "1. Node roles:" over the roles, under Gromble's paragraph: Gromble's
                e = self.items[id(it)] = self.b.entity(it.text, None, u)
                if (
                    e is not None
                    and owner is not None
                    and owner.id != e.id
                    and is_plural_noun_phrase(it.text.rstrip(": "))  # not "User based:"
                ):
                    self.b.fact(e, "partOf", owner, u)
            return
        above = self.items.get(id(parent_item)) if parent_item is not None else None
        if (
            above is not None
            and parent_item.children[:1] == [it]
            and not self._known(it.term)
            and len(it.term.split()) >= 2
            and any(could_abbreviate(n, it.term) for n in (above.label, *above.aliases))
        ):
            # "- XGBoost" over "- eXtreme Gradient Boosting = boosted trees": its long name
            self.b.registry.add_alias(above, it.term)
            self.items[id(it)] = above
            if it.text:
                self.b.literal(above, "definition", it.text, u)
                self._free_text(above, it.text, it.raw, u)
            return
        if self._recommendation(it, u):
            return
        if (
            owner is not None
            and it.children
            and not it.text
            and _is_label_term(it.term)
            and not self.b.class_for(it.term)
            and not self._known(it.term)
        ):
            # "**Solutions**:" over named items: a label, its items are the owner's
            self.items[id(it)] = owner
            return
        role = _role(it.term) if not self._known(it.term) else None
        if (role or is_tool_header(it.term)) and owner is not None:
            if role:
                self.b.literal(owner, role, it.text, u)
            for e in self.b.known_in(_without_lead(it.raw), u):
                if e.id != owner.id:
                    self.b.fact(owner, "implementedWith", e, u)
            self._free_text(owner, it.text, it.raw, u)
            return
        if role and kind and not self._known(it.term):
            # "**Use case:** ..." with no thing to say it of (under a plural title): a label
            # all the same, no thing of its own
            self._free_text(None, it.text, it.raw, u)
            return
        if it.term.lower() in self.labels and (parent_item is not None or owner is not None):
            # "**Note:** ..." under item after item: a label on a remark about the thing the
            # item above is about (or the section's: "- Input: CSV" under Gromble, Quill, ...),
            # no thing of its own
            about = (self.items.get(id(parent_item)) if parent_item else None) or owner
            if about is not None:
                self.b.literal(about, "note", f"{it.term}: {it.text}", u)
                if parent_item is None and (members := _plain_members(it.text)):
                    # "- Source: IoT devices, logs, clickstream data" under a pipeline: its
                    # sources, things of the kind the label names
                    for name in members:
                        x = self.b.entity(name[:1].upper() + name[1:], None, u)
                        if x is not None and x.id != about.id:
                            self._kind_member(x, singular(it.term.lower()), about, u)
            self._free_text(about, it.text, it.raw, u)
            return
        listed = id(it) in self.listed and not is_name_like(it.term, 8)
        # a lead term under a lead-in that says what the list lists ("Ways to tame Gromble
        # drift:" over "**More sample rows** — ...") is a member, whatever its case
        listed = listed or bool(
            listed_kind(it.listed_as) and len(it.term.split()) <= 6 and not it.term.endswith(".")
        )
        # "**row fencing** on the loader = no outbound calls": a term in bold, of two
        # words or more, however plain its words
        bold_term = (
            it.raw.lstrip().startswith(f"**{it.term}**")
            and len(it.term.split()) >= 2
            and _bold_term(it.term)
            and singular(it.term.lower()) not in self.titled
            and not is_meta_term(it.term)
            and not _is_role_term(it.term)
        )
        # "fern fencing = the loader gets no outbound calls": a term of a few plain
        # words set equal to what it is, as a bold term is (not a figure: "1 shard = 1 MB/s")
        equated = (
            2 <= len(it.term.split()) <= 4
            and not re.search(r"\d", it.term)
            and len(it.text.split()) >= 3
            and bool(re.match(rf"^\W*{re.escape(it.term)}\s*:?=\s", plain(it.raw)))
            and singular(it.term.lower()) not in self.titled
            and not is_meta_term(it.term)
            and not _is_role_term(it.term)
        )
        if equated:
            self.b.known_in(it.term, u)  # "IAM execution role": IAM is named too
        bold_term = bold_term or equated
        listed = listed or bold_term
        # under a common-word heading ("Vision", "Security") a lead term is an attribute of
        # the thing above, unless it is itself a name of several words ("Object Detection")
        # "**GPU-only to train:** Seq2Seq, Semantic Segmentation": a short label over a list
        # of things the notes know groups them, as "**CPU-only:** RCF, LDA" does
        names = [x.strip(" .") for x in re.split(r",\s*|\s+and\s+", it.text)]
        grouping = (
            len(it.term.split()) <= 4
            and len(names) >= 2
            and all(x and self._known(x) for x in names)
        )
        thing = (
            bold_term
            or grouping
            or bool(_IDENTIFIER_ITEM.match(it.raw))
            or (
                # a glossary's terms are things, and so is a thing the notes name elsewhere
                (len(it.term.split()) >= 2 or it.glossary or self._known(it.term))
                and is_name_like(it.term, 8)
                and not _is_role_term(it.term)
                and not is_meta_term(it.term)
            )
        )
        # "Already running Kafka on-prem → Amazon MSK": an arrow to a thing the notes know,
        # and nothing more, answers a situation wherever the list stands
        answers_alone = (
            bool(re.search(r"→|->|=>", it.raw))
            and _one_clause(it.term)
            and self._known(it.text.strip(" .*"))
        )
        if (
            (meta or answers_alone)
            # a situation, not a name: "Labeling budget too small" (no thing the notes know)
            and len(it.term.split()) >= 2
            and (not is_name_like(it.term, 8) or len(it.term.split()) >= 3)
            and not self._known(it.term)
            and not bold_term
            and not _IDENTIFIER_ITEM.match(it.raw)
            and not re.search(r"\s[-–—]\s|[()]", it.term)  # "DMS – migrate (A → B)": a thing
            # led to its answer by an arrow, or quoted ("Term: what it is" defines a term)
            and (bool(re.search(r"→|->|=>", it.raw)) or it.term.startswith(("“", '"')))
            and (answer := self._answering_name(it.text, u)) is not None
        ):
            # "Two tables with no shared key → Glue FindMatches" under "Traps": a situation,
            # and the thing the notes answer it with (used for it)
            self.b.literal(answer, "usedFor", it.term.strip(" “”\"'"), u)
            if owner is not None:
                self.b.literal(owner, "hasProperty", f"{it.term}: {it.text}", u)
            self._free_text(answer, it.text, it.raw, u)
            return
        if (
            (meta and owner is not None and not thing)
            # "Required: `a`, `b`": how the settings after it are, no thing; "Don't confuse:
            # ...": a warning, no thing
            or (
                owner is not None
                and ((_participle(it.term) and _settings_only(it.text)) or _warning(it.term))
            )
            or not (is_name_like(it.term, 8) or listed or thing)
        ):
            target = owner
            if target is not None:
                self.b.literal(
                    target, "hasProperty", f"{it.term}: {it.text}" if it.text else it.term, u
                )
            self._free_text(target, it.text, it.raw, u)
            return
        # a listed name is capitalised, but not one written as code ("`flush_rows`")
        term = (
            it.term[:1].upper() + it.term[1:]
            if listed
            and not _CODE_ITEM.match(it.raw)
            # ("fern_type (required)": a setting's name, and a remark on it)
            and not is_snake_case(re.sub(r"\s*\([^()]*\)", "", it.term))
            else it.term
        )
        text = it.text
        if m := re.match(r"^\(([A-Z\d]{2}|[^()]{3,80})\)\s*(?:[—–:=-]+\s*)?", text):
            # "**SMOTE** (Synthetic Minority Over-sampling Technique) — creates ...": the
            # parentheses belong to the name
            term, text = f"{term} ({m.group(1)})", text[m.end() :]
        # a thing the notes know by that one word keeps it ("Athena" under "Glue & friends");
        # a variant of a thing is named with it ("Drip" of the Gromble Loader's variants)
        known = kind_parent is None and self._known(term)
        parsed = parse_name(term) if known else _item_name(term, kind, kind_parent)
        short = (
            parsed.aliases[0]
            if parsed.aliases and parsed.canonical.startswith(parsed.aliases[0] + " ")
            else ""
        )
        if short:
            parsed.aliases.pop(0)
        # an item whose children are named terms groups them ("**Classification**:" over
        # "**Accuracy**", "**Recall**" under "Success Metrics"): the kind is theirs, not its
        grouping = bool(it.children) and all(c.term for c in it.children)
        cls = self.b.class_for(kind) if kind and not grouping else self.b.class_for(term)
        # "`ZORB_FAST_MERGE` → ...": a name written as code, its words joined by "_", is
        # that identifier, not the "Zorb Fast Merge" its words spell
        code = "_" in term and bool(_CODE_ITEM.match(it.raw))
        e = self.b.entity(term, cls, u, parsed, identifier=code)
        if e is None:
            return
        if short:
            self.b.registry.add_alias(e, short, index=False)
        self.items[id(it)] = e
        if kind and not grouping:
            self.b.kind(e, kind, u)
            if label_owner is not None and label_owner.id != e.id:
                self.b.owned.append((e, kind, label_owner, u))
        if owner is not None and owner.id != e.id and not kind:
            self.b.fact(e, "partOf", owner, u)
            self.b.literal(owner, "hasProperty", f"{it.term}: {it.text}" if it.text else it.term, u)
        elif kind_parent is not None:
            self.b.fact(e, "partOf", kind_parent, u)
        elif kind and parent_item is None and group is None and ctx.collection is not None:
            self.b.fact(e, "partOf", ctx.collection, u)
        elif kind and parent_item is None and group is None and owner is not None:
            # "Techniques, roughly in order" under "Cleaning Noisy Labels": the topic's
            self.b.fact(e, "partOf", owner, u)
        self._split_pair(e, u)
        # "L1 → zeroes weights. L2 → shrinks them": each arrow after a sentence's end leads
        # a term of its own, said of what the first is said of
        text, *more = _ARROWED.split(text) if _ARROW_LEAD.match(it.raw) else [text]
        for name, said in zip(more[::2], more[1::2]):
            x = self.b.entity(name, cls, u)
            if x is None or x.id == e.id:
                continue
            self.b.literal(x, "definition", said.strip(), u)
            if owner is not None and owner.id != x.id and not kind:
                self.b.fact(x, "partOf", owner, u)
            elif kind and not grouping:
                self.b.kind(x, kind, u)
        # "**Rescaling** (min-max) squeezes rows; **standardization** (z-score) centres
        # them": a bold term opening a clause after a semicolon leads a term of its own
        peers = [
            t
            for t in _PEER_AFTER_SEMICOLON.findall(it.raw)
            if re.match(r"\s*(?:[-*+]\s+)?\*\*", it.raw) and (_bold_term(t) or is_name_like(t, 4))
        ]
        for name in peers:
            head, cut, said = text.partition(f"; {name}")
            if not cut or not (said := said.strip(" :,")) or not head.strip():
                continue
            # (of no kind the lead's is: "**Skew**: log transform; **quantile binning** ...")
            x = self.b.entity(name[:1].upper() + name[1:], None, u)
            if x is None or x.id == e.id:
                continue
            text = head.strip()
            clause = said.split("; ")[0].strip()
            self.b.literal(x, "hasProperty", f"{x.label} {clause}", u)  # its own clause
            if m := re.match(r"\(([^()]+)\)\s*", said):  # "(z-score) centres ...": a remark
                self.b.literal(x, "note", m[1], u)
                said = said[m.end() :]
            self.b.literal(x, "definition", said.split("; ")[0].strip(), u)
            if owner is not None and owner.id != x.id and not kind:
                self.b.fact(x, "partOf", owner, u)
        if text:
            self.b.literal(e, "definition", text, u)
            self._free_text(e, text, it.raw, u)
            self._listed_members(e, it.term, text, u, it.raw, owner)
            self._described_members(e, text, it.raw, u)

    def _versus_item(self, it: ListItem, u: TextUnit) -> bool:
        """ "Drip mode vs Gulp mode: Drip mode copies ... Gulp mode streams ...": the two
        things set side by side, each what the text says from its name to the other's."""
        m = _VERSUS_ITEM.match(plain(it.raw or it.text))
        if not m:
            return False
        rest = m[3]
        found = []
        for name, short in versus_names(m[1], m[2]):
            at = [
                x.start()
                for n in (name, short)
                if n
                for x in [re.search(rf"(?<!\w){re.escape(n)}(?!\w)", rest, re.I)]
                if x
            ]
            if not at or not is_name_like(name, 5):
                return False
            found.append((min(at), name))
        found.sort()
        if found[0][0] != 0 or found[0][0] == found[1][0]:
            return False  # the text does not take them one after the other
        self.items[id(it)] = None
        shorts = dict(versus_names(m[1], m[2]))
        for k, (at, name) in enumerate(found):
            e = self.b.entity(name[:1].upper() + name[1:], self.b.class_for(name), u)
            if e is not None and shorts.get(name):
                self.b.registry.add_alias(e, shorts[name], index=False)
            end = found[k + 1][0] if k + 1 < len(found) else len(rest)
            said = rest[at:end].strip(" ;,.")
            if e is not None and said:
                self.b.literal(e, "definition", said, u)
                self._free_text(e, said, said, u)
        return True

    def _labelled(
        self,
        it: ListItem,
        owner: Entity | None,
        kind: str,
        labelled: tuple[str, list[str], str],
        u: TextUnit,
    ) -> None:
        """ "Serverless SQL on S3: **Amazon Athena** (pay per query)": Athena is a thing of the
        section, used for what the label says; the rest is what the document says of it."""
        label, names, rest = labelled
        found = [n for n in names if is_name_like(n, 8)]
        # "Shifting: **all at once**, **drip**, **pour**": three or more set in bold are names
        # in any case (one short one may open like a phrase, as "all at once" does)
        # (not after a label that names their kind: "Four modes: **drip**, ..." reads so)
        named = sum(is_listed_name(n, alone=True) for n in names)
        if (
            len(names) >= 3
            and named >= len(names) - 1
            and all(len(n.split()) <= 3 for n in names)
            and not re.search(r"[.!?]\s", label)
            and not lead_kind(re.split(r"[,;]\s", label)[-1].split())
        ):
            found = names
        if not found:
            self._free_text(owner, it.text, it.raw, u)
            return
        for name in found:
            e = self._member(it, name, self.b.class_for(kind) if kind else None, kind, owner, u)
            if e is None:
                continue
            self.b.literal(e, "usedFor", label, u)
            # (a remark in brackets after the last of three or more is the last one's)
            remark = re.fullmatch(r"\([^()]*\)", rest) and len(found) >= 3
            if rest and (name == found[-1] or not remark):
                self.b.literal(e, "hasProperty", re.sub(r"^\((.*)\)$", r"\1", rest), u)
            if len(found) == 1:
                # "Label printing: FernKit (grid layouts, tape cutting, label queues)": its parts
                for part in _featured(rest):
                    x = self.b.entity(part[:1].upper() + part[1:], None, u)
                    if x is not None and x.id != e.id:
                        self.b.fact(x, "partOf", e, u)
        self._free_text(None, it.text, it.raw, u)

    def _listing(self, text: str) -> tuple[str, list[tuple[str, str]]] | None:
        """``labelled_list`` of an item's text; a label naming a relation may carry a remark
        in brackets ("destinations (the ones to know): A, B"). A mind map's arrow may stand
        for the colon and bars for the commas ("modes → drip | burst | sweep")."""
        arrow = re.match(r"^([^→>|:]{1,40}?)\s*(?:→|->|=>)\s*(?=\S)", text)
        if arrow and re.fullmatch(r"(?:[a-z][\w-]*(?<!ing)\s)?[a-z][\w-]*", arrow[1]):
            # a label in lower case, of a word or two ("modes", "built-in rules"), not what
            # is wrong ("vanishing gradients → ReLU, ...": its remedies, no kinds of it)
            text = f"{arrow[1]}: {text[arrow.end() :]}"
        if re.search(r":\s.*\s\|\s.*\s\|\s|:\s[^|]*\s\|\s[^|]*$", text):
            text = re.sub(r"\s+\|\s+", ", ", text)  # "modes: drip | burst | sweep"
        if listing := labelled_list(text):
            return listing
        if field := self._field_of_names(text):
            return field
        if classed := self._class_of_phrases(text):
            return classed
        m = re.match(r"^([^:()]{1,40}?)\s*\([^()]{1,60}\)(:\s.*)$", text)
        return labelled_list(m[1] + m[2]) if m and self._names_relation(m[1]) else None

    def _class_of_phrases(self, text: str) -> tuple[str, list[tuple[str, str]]] | None:
        """ "Offline metrics: precision at K, mean rank at 25 and coverage": a plural label a
        class of the ontology names (not a relation's: "destinations"), over three phrases
        or more of a few words each, in any case, the whole text; None otherwise."""
        m = re.match(r"^([A-Za-z][A-Za-z -]{0,40}):\s+([^;:]+?)\.?$", text.strip())
        if (
            not m
            or len(m[1].split()) > 3
            or not is_plural_noun_phrase(m[1])
            or self.b.class_for(m[1]) in (None, "Concept", "Document")
            or self._names_relation(m[1])
            or self._known(m[1])
            or re.search(r"[.!?]\s", m[2])
        ):
            return None
        items = list_items(m[2])
        if len(items) < 3 or not all(
            1 <= len(x.split()) <= 6
            and not FUNCTION_WORDS.fullmatch(x.split()[0].lower())
            and " for " not in x  # "Parquet for XGBoost": a thing and what it serves
            for x in items
        ):
            return None
        label = m[1][:1].lower() + m[1][1:] if m[1][1:].islower() else m[1]
        return label, [(x, "") for x in items]

    def _field_of_names(
        self, text: str, term: bool = False
    ) -> tuple[str, list[tuple[str, str]]] | None:
        """ "Input: CSV, quillbin, Parquet or RecordIO-protobuf": a field named by one everyday
        word (not a remark's label, "Note:") that lists two or more things written as names
        (one of three or more may be in lower case); None otherwise."""
        # (the field's word may be said of a case: "Compression for bucket delivery: ...",
        # or qualified by a word or two: "Review state: Open, Closed"; a sentence may follow
        # the list: "Review state: Open or Closed. A Quill step sets it.")
        # (or asked for by a step: "Pick a review state — Open or Closed")
        m = re.match(
            r"^(?:(?P<verb>[A-Z][a-z]+)\s+(?:a|an|the|one|your)\s+)?"
            r"(?P<label>(?:[A-Za-z][a-z-]+\s+){0,2}[A-Za-z][a-z-]+)(?:\s+(?:for|in|on|to)\s+[\w -]{2,30}?)?"
            r"(?::|\s[—–-])\s+(?P<list>[^.;:]+?)(?:\.|\.\s+[A-Z][^:]*)?$",
            text.strip(),
        )
        if (
            not m
            or (m["verb"] and FUNCTION_WORDS.fullmatch(m["verb"].lower()))
            or not is_everyday(m["label"].split()[-1], _FIELD_WORD)
            or any(
                FUNCTION_WORDS.fullmatch(w.lower()) or w.lower() in ALL_PREPOSITIONS
                for w in m["label"].split()
            )
            or is_meta_heading(m["label"])
            # (a bold term's own name is known by now: it is the field, not a thing named)
            or (self._known(m["label"]) and not (term and " " in m["label"]))
        ):
            return None
        parts = [
            without_article(re.sub(r"\s*\([^()]*\)", "", x).strip())
            for p in split_list(m["list"])
            for x in re.split(r"\s+(?:and|or|&)\s+", p)
        ]
        written = [
            p
            for p in parts
            if 0 < len(p.split()) <= 3
            and (self._known(p) or all(w[:1].isupper() or is_product_style(w) for w in p.split()))
        ]
        lower = [
            p
            for p in parts
            if p not in written and re.fullmatch(r"[a-z][a-z0-9-]+(?: [a-z][a-z0-9-]+)?", p)
        ]
        if len(parts) < 2 or len(written) + min(len(lower), len(parts) >= 3) < len(parts):
            return None
        return m["label"].lower(), [(p, "") for p in parts]

    def _labelled_list(
        self, it: ListItem, owner: Entity | None, listing: tuple[str, list[tuple[str, str]]], u
    ) -> None:
        """ "window types: tumbling, sliding, session" under Flink: three things of the kind
        "window type", listed for Flink; "nodes: master -> leads; core -> stores": each with
        what the item says of it."""
        label, members = listing
        if named := self._named_owner(label):
            # "Hose destinations: A, B" under "Zorbex family": destinations of the Hose
            owner, label = named
        if it.term:  # "**Loader kinds**:" names the kind "loader kind"; an acronym keeps its case
            label = " ".join(
                w if re.search(r"[A-Z].*[A-Z0-9]|\d", w) else w.lower() for w in label.split()
            )
        kind = singular(label)
        cls = self.b.class_for(label)
        if owner is not None:
            self.b.literal(owner, "hasProperty", f"{it.term}: {it.text}" if it.term else it.text, u)
        for name, desc in members:
            # "`lambda` (L2)": a name written as code is an identifier, not AWS Lambda
            name, code = _as_written(name, it.raw)
            e = self._member(it, name, cls, kind, None, u, identifier=code)
            if e is not None and owner is not None:
                self.b.owned.append((e, kind, owner, u))
            if e is not None and desc:
                self.b.literal(e, "definition", desc, u)

    def _label_over(self, it: ListItem) -> str:
        """The kind a bare plural label names over an outline's nested names ("- Sinks" over
        "- Quill", "- Bucket Store"), singular; "" when the item is no such label."""
        # (without a remark: "- Storage classes (hot -> cold):")
        label = re.sub(r"\s*\([^()]*\)", "", it.text).rstrip(": ").strip()
        words = label.split()
        if len(words) > 1 and (words[0].lower() in NUMBER_WORDS or words[0].isdigit()):
            words = words[1:]  # "Three crew options": crew options
            label = " ".join(words)
        if (
            it.term
            or len(it.children) < 2
            or any(c.children for c in it.children)  # "- Built-in algos" over groups of them
            # "- Strategies:" over "- **Quill**: ...": terms under a lead-in (_item)
            or (it.text.endswith(":") and all(c.term for c in it.children))
            or not 1 <= len(words) <= 3
            or not is_plural_noun_phrase(label)
            or any(not w.islower() for w in words[1:])  # "Quill Streams" is a name
            or is_vague(re.sub(r"(?<=\w)\s+(?:types|kinds|options)$", "", label))  # "Sink types"
            or _is_role_term(label)
            or is_meta_term(label)
            or self._known(label)
        ):
            return ""
        heads = [c.term or list_head(c.text)[0] for c in it.children]
        if not all(is_listed_name(h) for h in heads):
            return ""
        return singular(
            " ".join(w if re.search(r"[A-Z].*[A-Z0-9]|\d", w) else w.lower() for w in words)
        )

    def _named_owner(self, label: str) -> tuple[Entity, str] | None:
        """The known thing a label opens with and the relation noun after it: "Hose
        destinations" → (Zorbex Hose, "destinations"), when "Hose" already names it."""
        words = label.split()
        for k in range(len(words) - 1, 0, -1):
            rest = " ".join(words[k:])
            if not self._names_relation(rest):
                continue
            named = self.b.registry.find(" ".join(words[:k]))
            if named is not None and named.id in self.b.out.entities:
                return named, rest
        return None

    def _member(
        self,
        it: ListItem,
        name: str,
        cls: str | None,
        kind: str,
        owner: Entity | None,
        u: TextUnit,
        identifier: bool = False,
    ) -> Entity | None:
        """The thing a list item names: of the list's kind, part of the list's owner."""
        if owner is not None and not identifier:
            name = self._within(name, owner)
        e = self.b.entity(name, cls, u, identifier=identifier)
        if e is None:
            return None
        self.items[id(it)] = e
        if kind:
            self.b.kind(e, kind, u)
        if owner is not None and owner.id != e.id:
            self.b.fact(e, "partOf", owner, u)
        return e

    def _within(self, name: str, owner: Entity) -> str:
        """A name written short under its owner ("Hose (ZH)" under "Zorbex") is the owner's
        thing the notes know by the whole name ("Zorbex Hose"); any other name as written."""
        core = parse_name(name).canonical
        if self._known(core):
            return name
        for n in sorted({owner.label, *owner.aliases}, key=lambda x: (len(x), x)):
            if not n.lower().endswith(core.lower()) and self._known(f"{n} {core}"):
                return f"{n} {name}"
        return name

    @staticmethod
    def _glossary_term(it: ListItem) -> bool:
        """A glossary's item "AnalyzeWidget — forms, tables, queries": its head names a thing
        its text describes (a list of what it does), not a label over a list of names."""
        if it.term or not it.glossary:
            return False
        lead = _colon_lead(it.text, dashed=True) or _dashed_head(it.text)
        # (a pair of names is no collection, whatever its last letter: "ZQL and ETS — ...")
        pair = bool(lead) and bool(re.fullmatch(r"\S+ (?:and|&) \S+", lead[0]))
        return bool(lead) and (pair or not _names_collection(lead[0]))

    def _listed_name(self, it: ListItem, owner: Entity | None, u: TextUnit, kind: str = "") -> None:
        """An item of a list of names: its head is a thing (a member of the owner, if any, and
        of the kind the list is of), the rest of the item is what the document says of it."""
        if not it.term and not self._glossary_term(it) and (names := comma_names(it.text)):
            # (not "AnalyzeWidget — forms, tables, queries" in a glossary: one term, its text)
            cores = [re.sub(r"\s*\([^()]*\)$", "", name) for name in names]
            coded = any(map(is_snake_case, cores))
            for name, core in zip(names, cores):
                # "num_rows (required), gap_ms": settings, spelt as set, the owner's (a
                # plain word among them too: "epochs (default 10), gap_ms")
                setting = is_snake_case(core) or (coded and bool(re.fullmatch(r"[a-z]+", core)))
                if setting:
                    e = self.b.entity(name, None, u, identifier=True)
                else:
                    e = self.b.entity(name[:1].upper() + name[1:], self.b.class_for(name), u)
                if e is None or owner is None or owner.id == e.id:
                    continue
                if setting and owner.cls not in _NO_SETTINGS:
                    e.cls = "Hyperparameter" if e.cls in (None, "Concept") else e.cls
                    self.b.fact(owner, "hasParameter", e, u)
                else:
                    self.b.fact(e, "partOf", owner, u)
            return
        head, rest = (it.term, it.text) if it.term else list_head(it.text)
        pair = re.fullmatch(r"([A-Za-z][\w+.-]*) (?:and|&) ([A-Za-z][\w+.-]*)", head.strip())
        bold = [plain(x) for x in leading_bold_runs(it.raw or "")[0]]
        names: list[str] = []
        if it.term and len(bold) >= 2 and head.strip() == ", ".join(bold[:-1]) + " and " + bold[-1]:
            names = bold  # "**Quill (Q)** and **Fern (F)** - ...": each bold name
        elif pair and rest and all(is_listed_name(x, alone=True) for x in pair.groups()):
            names = list(pair.groups())
        if names:
            # "ZQL and ETS – classical, per-series": two things, said the same of each
            for name in names:
                if (before := self.items.get(id(it))) is not None:
                    self.pairs[id(it)] = [before]  # the item's thing is the last it names
                e = self._member(it, name, self.b.class_for(kind or name), kind, owner, u)
                if e is not None:
                    if kind and owner is not None and owner.id != e.id:
                        self.b.owned.append((e, kind, owner, u))
                    self.b.literal(e, "definition", rest, u)
            return
        if it.term and ":" in it.term:  # "task nodes: compute only → ...": head and gloss
            head, gloss = (x.strip() for x in it.term.split(":", 1))
            rest = f"{gloss}; {rest}" if rest else gloss
        if not rest and is_common_word(head) and id(it) not in self.named_items:
            # a bare "Data" or "Model" names nothing (unless among names: "Turned" beside
            # "PendingReview")
            if owner is not None:
                self.b.literal(owner, "hasProperty", it.text, u)
            return
        # "`scale_pos_weight`: ...": a lower-case name written as code is an identifier (a
        # parameter, a function), spelt as it is; "`BlazingText`" is still the algorithm
        code = re.match(r"\s*(?:\*\*)?`([a-z0-9_.]+)`", it.raw)
        if code and head.strip().startswith(code.group(1)) and head.strip() != code.group(1):
            # "`flush_rows` (required) — ...", "`num_rows` required": what follows the
            # identifier says something of it
            rest = f"{head.strip()[len(code.group(1)) :].strip()} {rest}".strip()
            head = code.group(1)
        identifier = bool(code) and code.group(1) == head.strip()
        # or a bare "- context_window" (lower-case words joined by "_"), alone in its head
        # (or before a remark: "fern_type (required)")
        bare = re.sub(r"\s*\([^()]*\)$", "", head.strip())
        if not identifier and bare != head.strip() and is_snake_case(bare):
            rest = f"{head.strip()[len(bare) :].strip()} {rest}".strip()
            head = bare
        identifier = identifier or is_snake_case(head)
        # "**wd**: weight decay" among "**balance_multiclass_weights**: ..." items: a setting
        # too, spelt as set
        setting = (
            not identifier
            and id(it) in self.setting_items
            and bool(re.fullmatch(r"[a-z][a-z0-9]*", head.strip()))
        )
        identifier = identifier or setting
        # (and each identifier among them is one: "**index_type**: `faiss.Flat` or ...")
        setting = setting or (identifier and id(it) in self.setting_items)
        called = kind or (
            listed_kind(re.sub(r"\([^)]*\)", "", it.listed_as)) if it.listed_as else ""
        )
        said = self.b.listed.get(singular(called.split()[-1].lower())) if called else None
        if said and said[0] == "hasParameter" and re.fullmatch(r"[a-z]\w*", head):
            identifier = True  # "- epochs" under "required hyperparameters:": spelt as set
        name = head if identifier else head[:1].upper() + head[1:]
        e = self._member(
            it, name, self.b.class_for(kind or head), kind, owner, u, identifier=identifier
        )
        if e is None:
            return
        if setting and owner is not None and owner.cls not in _NO_SETTINGS:
            e.cls = "Hyperparameter" if e.cls in (None, "Concept") else e.cls
            self.b.fact(owner, "hasParameter", e, u)
        if kind and owner is not None and owner.id != e.id:
            self.b.owned.append((e, kind, owner, u))
        if rest:
            self.b.literal(e, "definition", rest, u)
            self._listed_members(e, head, rest, u, it.raw, owner, setting=identifier)
            self._described_members(e, rest, it.raw, u)
        self._free_text(e, rest, it.raw, u)

    def code(self, block: Code) -> None:
        """A code block: what it installs, imports and sets are things it mentions; what its
        comments say is read as the author's prose, at their lines."""
        u = self.b.unit(block.text, block.source)
        u.is_code = True
        for name, cls in code_names(block.text):
            self.b.entity(name, cls, u)
        s = block.source
        lines = block.text.count("\n") + 1
        first = s.line_start + (s.line_end - s.line_start + 1 > lines)  # after a fence
        for offset, said in code_comments(block.text):
            line = min(first + offset, max(s.line_end, s.line_start))
            term, text = split_lead(said)
            self.paragraph(Paragraph(text, term, replace(s, line_start=line, line_end=line), said))

    def _split_pair(self, e: Entity, u: TextUnit) -> None:
        """ "MXNet and Gluon", "P4d / P5": two named things, each part of the pair."""
        m = re.fullmatch(r"([A-Z][\w.+-]*) (?:and|/) ([A-Z][\w.+-]*)", e.label)
        if not m:
            return
        parts = [
            p
            for p in (self.b.entity(m.group(1), e.cls, u), self.b.entity(m.group(2), e.cls, u))
            if p
        ]
        for p in parts:
            self.b.fact(p, "partOf", e, u)
        self.parts[e.id] = parts

    def _topic_above(self, item: ListItem) -> Entity | None:
        """The thing the item above ``item`` opens with ("overfitting = great on training
        data, bad on test"), a node if it is not one yet; None when it opens with no name."""
        above, _ = self.above.get(id(item), (None, None))
        if above is None:
            return None
        if (e := self.items.get(id(above))) is not None:
            return e
        head = re.split(r"\s*(?:=|->|→|:)\s*|\s[-–—]\s", above.text, maxsplit=1)[0]
        head = above.term or _short_phrase(head)
        if not head or len(head.split()) > 4 or is_vague(head):
            return None
        e = self.b.entity(head[:1].upper() + head[1:], None, self.above[id(above)][1])
        self.items[id(above)] = e
        return e

    def _names_relation(self, label: str) -> bool:
        """Whether a label calls what it lists by a relation's name for its objects or
        subjects ("Destinations worth knowing")."""
        # "destinations to know": the noun before its qualifier
        head = QUALIFIER.split(label.rstrip(": "), maxsplit=1)[0].split()
        return bool(head) and singular(head[-1].lower()) in self.b.listed

    def _listed_relation(
        self, it: ListItem, parent_item: ListItem | None, e: Entity, owner: Entity, u: TextUnit
    ) -> None:
        """An item under "Targets I need to remember:" is a target of the thing the list is
        under: what the lead-in calls the items names a relation (the ontology's
        ``mlkg:objectNoun``), and its direction."""
        label = it.listed_as
        if parent_item is not None and parent_item.text.endswith(":"):
            label = re.split(r"(?<=[.!?])\s+", parent_item.text)[-1]
        phrase = lead_in_kind(label.rstrip(": ")) if label else ""
        if phrase:
            self.b.listed_fact(owner, e, phrase, u)

    def _relation_label(self, item: ListItem) -> str:
        """The relation an item that is one word of a relation's cue phrases names ("fixes"
        over a list: each fixes the thing above), or ""."""
        word = item.text.rstrip(": ").strip().lower() if not item.term else ""
        if not word or " " in word:
            return ""
        return next((p for p, phrases in self.b.cues.items() if word in phrases), "")

    def _recommendation(self, it: ListItem, u: TextUnit) -> bool:
        """ "**For nightly batch ETL** → Use **Glue**, **EMR** instead of **Lambda**":
        the recommended things are used for the situation, and are alternatives to the others."""
        if "→" not in it.raw and "->" not in it.raw:
            return False
        m = re.match(
            r"^(?:use|prefer|choose|try|deploy|enable|store|apply|go with)\b", it.text, re.I
        )
        situation = re.sub(r"^(?:for|when|if|to)\s+", "", it.term, flags=re.I).strip()
        if not m or not situation or len(situation.split()) > 8:
            return False
        rest = _without_lead(it.raw).split("→", 1)[-1]
        instead = "|".join(map(re.escape, self.b.cues.get("alternativeTo", ()))) or "$^"
        parts = re.split(rf"\b(?:{instead})\b", rest, maxsplit=1)
        rec_raw, alt_raw = parts[0], parts[1] if len(parts) > 1 else ""
        target = self.b.entity(situation[0].upper() + situation[1:], "UseCase", u)
        if target is None:
            return False
        recommended = self._named(rec_raw, u)
        for e in recommended:
            self.b.fact(e, "usedFor", target, u)
        for alt in self._named(alt_raw, u):
            for e in recommended:
                self.b.fact(alt, "alternativeTo", e, u)
        self.b.literal(target, "hasProperty", it.text, u)
        return bool(recommended)

    def _bold_choices(self, raw: str, u: TextUnit) -> None:
        """ "You choose a crew: the hired hands on **Quill Crowd**, a **private crew** made of
        in-house staff, or a **vendor crew**": after a noun and a colon, three phrases or more,
        each with one bold name, name things of the noun's kind."""
        for m in _CHOICES_AFTER.finditer(raw):
            parts = [p for p in re.split(r",\s+(?:or\s+|and\s+)?|\s+or\s+", m["rest"]) if p]
            named = [bold_terms(p) for p in parts]
            kind = singular(m["noun"].lower())
            # (a noun after a determiner, in a sentence: "... I use everywhere:" names no
            # kind, and a lead-in of its own, "Sync modes: **A**, **B**", is read as one)
            if not m["det"] or len(parts) < 3 or any(len(t) != 1 for t in named):
                continue
            if kind in VAGUE_KINDS:
                continue
            for (term,) in named:
                if (e := self.b.entity(term[:1].upper() + term[1:], None, u)) is not None:
                    self.b.kind(e, kind, u)

    def _named(self, raw: str, u: TextUnit) -> list[Entity]:
        """The things a recommendation names: bold phrases, split at "with", "or", "and", commas."""
        found: list[Entity] = []
        for term in bold_terms(raw):
            for part in re.split(r"\s+(?:or|and|\+)\s+|,\s*", term):
                # "Lambda with Kinesis": Lambda, used with Kinesis; "X for Y": X
                part = re.sub(r"\s+(?:with|for|in|on)\s+.*$", "", part).strip()
                if part and is_name_like(part, 6):
                    e = self.b.entity(part, None, u)
                    if e is not None:
                        found.append(e)
        return found

    def _free_text(self, subject: Entity | None, text: str, raw: str, u: TextUnit) -> None:
        """Bold names inside the text (not its lead term) are things; "built on X" a relation."""
        self._bold_choices(raw, u)
        lead = re.match(r"^\s*(?:[-*+]|\d+[.)])?\s*\*\*([^*]+)\*\*", raw)
        for term in bold_terms(raw):
            words = term.split()
            termed = _bold_term(term) and singular(term.lower()) not in self.titled
            if lead and term == lead.group(1).strip(" :"):
                # the lead term, said of; bold words opening the text itself are emphasis
                # ("**Managed** delivery"), but for a term of two words or more ("**row
                # fencing** on the loader = ..."), not one a sentence defines, read as prose
                rest = text[len(term) :] if text.startswith(term) else ""
                defined = re.match(r"\s+(?:is|are|means|refers)\b", rest)
                if termed and rest and not defined and len(words) >= 2:
                    self.b.entity(term[:1].upper() + term[1:], None, u)
                continue
            # a bold phrase is a name if it reads as one, or is short and built on one
            # ("**S3 gateway VPC endpoint**")
            built_on = 2 <= len(words) <= 4 and any(is_acronym(w) for w in words[:2])
            x = None
            if is_name_like(term, 5) or (built_on and not FUNCTION_WORDS.fullmatch(words[-1])):
                x = self.b.entity(term, None, u)
            elif termed and FILE_NAME.fullmatch(term):  # a file keeps its name's case,
                # and is the file written as code elsewhere ("`rules.json`")
                x = self.b.registry.find_code(term) or self.b.entity(term, None, u)
            elif termed:
                x = self.b.entity(term[:1].upper() + term[1:], None, u)
            said = re.search(rf"\*\*{re.escape(term)}\*\*\s*(?:=|→|->|=>)\s*([^;]{{3,}})", raw)
            if x is not None and said and (subject is None or subject.id != x.id):
                # "... its transform **FindAll** = dedupe even when ...": a part of the
                # thing the text is about, defined where it is named (not a peer defined
                # after it alike: "**A** = jobs. **B** = orchestration.")
                sentence = re.split(r"(?<!\be\.g)(?<!\bi\.e)(?<!\betc)\.(?:\s|$)", said.group(1))[0]
                self.b.literal(x, "definition", plain(sentence).strip(), u)
                peers = lead is not None and re.match(r"\s*(?:=|→|->|=>)", raw[lead.end() :])
                if subject is not None and not peers:
                    self.b.fact(x, "partOf", subject, u)
        if subject is not None:
            _built_on(self.b, subject, text, u)
        listed_members(self.b, [subject] if subject is not None else [], raw, u)
        if counted := counted_bold(raw, lead.group(1).strip(" :.") if lead else "") or bold_series(
            raw
        ):
            kind, names = counted
            for name in names:
                e = self.b.entity(name[:1].upper() + name[1:], self.b.class_for(kind), u)
                if e is None:
                    continue
                self.b.kind(e, kind, u)
                if subject is not None and subject.id != e.id:
                    self.b.fact(e, "partOf", subject, u)
                    self.b.owned.append((e, kind, subject, u))


# how English ends words that describe, not name ("deprecated", "cheaper", "serverless")
_DESCRIBING_END = re.compile(r"(?:ed|ly|able|ible|ous|ful|less|ive|est)$")
# how English ends nouns made of verbs and adjectives ("tokenization", "drift detection")
_NOUN_END = re.compile(r"(?:ation|ition|sion|ment|ity|ance|ence|ism|ness)$")
BOLD_TERM_ZIPF = 3.0  # a lone lower-case bold word rarer than this is a term, not emphasis
NOUN_TERM_ZIPF = 3.5  # ... and a noun made of a verb or adjective, rarer than this
COMPARATIVE_ZIPF = 3.5  # a comparative at least this common ("faster") is emphasis


def _comparative(word: str) -> bool:
    """Whether a word in "-er" compares ("cheaper": English says "cheapest" too); a
    doer's noun ("tokenizer", "crawler") lacks that sibling."""
    from wordfreq import zipf_frequency

    return word.endswith("er") and zipf_frequency(word[:-2] + "est", "en") >= 1.5


_LABEL_END = re.compile(
    r"\b(?:tips?|warnings?|notes?|reminders?|refreshers?|recaps?|traps?|gotchas?|checklists?|summary|takeaways?)$",
    re.I,
)


PARTICIPLE_TERM_ZIPF = 4.0  # a first word in "-ed" this common says how, not which


def _bold_term(term: str) -> bool:
    """A lower-case phrase set in bold inside running text that names a thing ("SSML,
    **lexicons**, speech marks", "**inter-container traffic encryption** for ..."): a
    short noun phrase, a lone word only when English hardly uses it; not emphasis
    ("**deprecated**", "**not even S3**", "**much cheaper**")."""
    from wordfreq import zipf_frequency

    words = term.split()
    # (in lower case but for a first letter, as an item's lead term opens its line)
    if not words or term[1:] != term[1:].lower() or not is_listed_name(term, alone=True):
        return False
    if "_" in term:
        return False  # "scale_pos_weight": an identifier, read as one where it is listed
    if _LABEL_END.search(term):
        return False  # "Exam tip", "Gromble gotchas": a callout's label over its text
    if len(words) == 1:
        rare = zipf_frequency(term, "en") < (
            NOUN_TERM_ZIPF if _NOUN_END.search(term) else BOLD_TERM_ZIPF
        )
        return rare and not _DESCRIBING_END.search(term) and not _comparative(term)
    first = words[0]
    if re.fullmatch(r"[a-z]+[^s]s", first):
        return False  # "performs feature selection": a verb, what a thing does
    if any(re.fullmatch(r"for|with|to|in|on|by|from|into|via|per|at|than|as", w) for w in words):
        return False  # "batch for scheduled jobs": a phrase saying how, not a name
    # "faster training", "one node": how much or how many, said with emphasis
    compared = (
        re.fullmatch(r"[a-z]+(?:er|est)", first) and zipf_frequency(first, "en") >= COMPARATIVE_ZIPF
    )
    if compared or first in NUMBER_WORDS or first == "one":
        return False
    return (
        not re.search(r"(?:ed|ly|est)$", words[-1])
        and not _comparative(words[-1])
        and not re.search(r"(?:ly|ous|ful|less|ive|able|ible)$", first)
        # "**required rows**" says how they are; "**zorbified folding**" names a way
        and not (first.endswith("ed") and zipf_frequency(first, "en") >= PARTICIPLE_TERM_ZIPF)
    )


def _closing_kind(text: str) -> str:
    """The kind the closing lead-in of a longer text names when it is a short plural noun
    phrase alone ("... humans do the rest. Crew options:" → "crew option"); "" otherwise."""
    sentences = re.split(r"(?<=[.!?])\s+", text.strip())
    if len(sentences) < 2:
        return ""  # "Strategies:" alone is a label, read as one
    last = re.sub(r"\s*\([^()]*\)", "", sentences[-1].rstrip(": ").strip())
    if not 0 < len(last.split()) <= 3 or not is_plural_noun_phrase(last):
        return ""
    if " " not in last and is_vague(last):  # "Options:" says no kind
        return ""
    return singular(last.lower())


# a situation, one arrow, then what answers it, and nothing more
_SITUATION_ARROW = re.compile(r"^(?P<s>[^→]{8,160}?)\s*(?:→|->|=>)\s*(?P<x>[^→>()]{2,60}?)[\s.*]*$")


def _participle(term: str) -> bool:
    """ "Required", "Supported": one English word in "-ed", that says how things are."""
    from wordfreq import zipf_frequency

    word = term.strip().lower()
    return word.isalpha() and word.endswith("ed") and zipf_frequency(word, "en") >= 3.0


def _settings_only(text: str) -> bool:
    """Whether a text only lists settings' names as code spells them ("`k`, `sample_size`",
    "context_length, epochs")."""
    items = [x.strip("`* ") for x in split_list(plain(text))]
    return len(items) >= 1 and all(is_identifier(x) for x in items)


def _warning(term: str) -> bool:
    """ "Don't confuse", "Never do this": a term that opens with a negated imperative."""
    return re.match(r"(?:don['’]?t|do not|never)\s", term.strip(), re.I) is not None


def _one_clause(text: str) -> bool:
    """Whether a text is one clause: no sentence ends inside, no dash or sign setting a term
    off ("DetectText – short text ...", "A ≠ B; ..."), its parentheses closed."""
    return not re.search(r"[.;!?]\s|\s[–—]\s|[≠=]", text) and text.count("(") == text.count(")")


def _term_headings(blocks: list[Block]) -> set[int]:
    """The headings of glossaries set as headings (a printed ``<dl>``'s terms in bold): three
    or more headings of one level one after another, each over one short paragraph only,
    titles of a few words and no questions, at most a third of them everyday words (a run
    of "Security", "Training" sections says what each part is about, not terms)."""
    found: set[int] = set()
    i = 0
    while i < len(blocks):
        run = []
        j = i
        while (
            j + 1 < len(blocks)
            and isinstance(h := blocks[j], Heading)
            and isinstance(p := blocks[j + 1], Paragraph)
            and (not run or h.level == blocks[run[0]].level)
            and len(h.title.split()) <= 5
            and not h.title.rstrip().endswith("?")
            and len(p.text.split()) <= 40
            and (j + 2 >= len(blocks) or isinstance(blocks[j + 2], Heading))
        ):
            run.append(j)
            j += 2
        common = sum(is_common_word(blocks[k].title) for k in run)
        if len(run) >= 3 and common * 3 <= len(run):
            found.update(run)
        i = max(j, i + 1)
    return found


def _names_members(blocks: list[Block], start: int) -> bool:
    """Whether the section from ``start`` to the next heading lists named things: at least
    two top-level items, most of them a bold name-like term."""
    items: list[ListItem] = []
    for block in blocks[start:]:
        if isinstance(block, Heading):
            break
        if isinstance(block, ListItem) and block.depth == 0:
            items.append(block)
    named = sum(bool(it.term) and is_name_like(it.term, 6) for it in items)
    return named >= 2 and named * 3 >= len(items) * 2


def _sibling_lists(blocks: list[Block]) -> list[list[ListItem]]:
    """Every list of the document as its items at one level: each run of top-level items,
    and each item's children."""
    lists: list[list[ListItem]] = []
    top: list[ListItem] = []
    for block in blocks:
        if isinstance(block, ListItem):
            if block.depth == 0:
                top.append(block)
            if block.children:
                lists.append(block.children)
        elif top:
            lists.append(top)
            top = []
    if top:
        lists.append(top)
    return lists


# a verb a bold subject runs on into: "is", "has", or a present tense in -s ("moves")
_RUNS_ON_VERB = re.compile(r"^(?:is|are|has|have|can|does|lets|[a-z]{2,}[^s\W]s)\b")


def _bold_subject(term: str, text: str) -> bool:
    """Whether a paragraph's opening bold words are the name its sentence is about ("**Quill
    Pipe** moves rows fast", "**SMOTE** creates ..."): a name (an acronym, a product-style
    word, or words all capitalised not all common), then a verb."""
    words = term.split()
    named = (
        is_acronym(term)
        or any(is_product_style(w) for w in words)
        or (
            1 < len(words) <= 4
            and all(w[:1].isupper() for w in words)
            and not all(is_common_word(w.lower()) for w in words)
        )
    )
    return named and bool(_RUNS_ON_VERB.match(text))


def emphasis_not_terms(blocks: list[Block], known: Callable[[str], bool]) -> None:
    """Bold words that open an item and run on into it with no separator are a lead term when
    most items of their list open with a bold term (a glossary), and emphasis otherwise: in
    "- **Managed** delivery of records / - retries for a day" the item says what its
    section's subject is, it does not define "Managed". A paragraph that opens so is
    emphasis too (a lead term's paragraph has its colon or dash), unless it is one of three or
    more paragraphs in a row that open so, most of whose texts open as texts of their own or
    most of whose bold words are names the catalogue knows: a description list, as LaTeX sets
    one ("**Recall** TP / (TP + FN), ..." then "**Specificity** TN / ...", or "**Kendra**
    search over documents" then "**Macie** personal-data discovery")."""
    bare = [isinstance(b, Paragraph) and bool(b.term) and bare_lead(b.raw) for b in blocks]
    described: set[int] = set()
    start = 0
    for i in range(len(blocks) + 1):
        if i == len(blocks) or not bare[i]:
            # (most of whose texts open as texts of their own, not a verb going on from the
            # bold words: "**Recall** TP / (TP + FN)", "**Grid** Tries every ...")
            opened = sum(not blocks[k].text[:1].islower() for k in range(start, i))
            named = sum(known(blocks[k].term) for k in range(start, i))
            if i - start >= 3 and 3 * max(opened, named) >= 2 * (i - start):
                described.update(range(start, i))
            start = i + 1
    for i, block in enumerate(blocks):
        if bare[i] and i not in described and not _bold_subject(block.term, block.text):
            block.term, block.text = "", plain(block.raw)
    for items in _sibling_lists(blocks):
        termed = sum(bool(it.term) for it in items)
        if termed * 2 > len(items):
            continue
        for it in items:
            if it.term and bare_lead(it.raw):
                it.term, it.text = "", plain(it.raw)


_EXAMPLES_LEAD = re.compile(r"^(?:e\.\s?g\.?|for (?:example|instance)|examples?|such as)\W*$", re.I)


# a card that asks what a thing is: "Q: What are sync guards?", "Q: What is row skew and
# how does it creep in?"
_ASKS_WHAT = re.compile(
    r"^(?:Q:\s*)?(?:what|who)\s+(?:is|are)\s+(?:an?\s+|the\s+)?(?P<x>[^?,;:]{2,60}?)"
    r"(?:\s+and\s+(?:how|why|when|what|where|which)\b[^?]*)?\?\s",
    re.I,
)


_NUMBERED = re.compile(r"(?:^|(?<=\s))(\d{1,2})[).]\s+")
_QUIZ_REACH = 8  # blocks between a quiz's questions and its answers (a sign-off, an ad)


def _numbered_answers(block: Block) -> list[str]:
    """The answers a paragraph numbers in line: "1) Zorb. 2) Quill or Fern. 3) ..."."""
    if not isinstance(block, (Paragraph, ListItem)):
        return []
    text = plain(block.text)
    marks = list(_NUMBERED.finditer(text))
    if len(marks) < 2 or [int(m[1]) for m in marks] != list(range(1, len(marks) + 1)):
        return []
    ends = [m.start() for m in marks[1:]] + [len(text)]
    return [text[m.end() : end].strip() for m, end in zip(marks, ends)]


def quiz_answers(blocks: list[Block]) -> None:
    """A quiz whose answers stand apart, below it (a newsletter's "answers at the bottom"):
    a numbered list of questions, then, a few blocks on, as many answers numbered in one
    paragraph or in a numbered list of their own. Each question becomes a card that asks it
    and answers it ("Q: ...? A: ..."), read where the question stands."""
    i = 0
    while i < len(blocks):
        run = []
        for block in blocks[i:]:
            if not (isinstance(block, ListItem) and block.ordered and block.depth == 0):
                break
            run.append(block)
        asking = sum(plain(it.text).rstrip().endswith("?") for it in run)
        if len(run) < 2 or 3 * asking < 2 * len(run):  # ("Name two fixes." asks too)
            i += max(1, len(run))
            continue
        end = i + len(run)
        for j in range(end, min(len(blocks), end + _QUIZ_REACH)):
            answers = _numbered_answers(blocks[j])
            if not answers:
                listed = []
                for block in blocks[j:]:
                    if not (isinstance(block, ListItem) and block.ordered and block.depth == 0):
                        break
                    listed.append(plain(block.text))
                answers = listed if not any(a.endswith("?") for a in listed) else []
            if len(answers) == len(run) and all(answers):
                for k, (item, answer) in enumerate(zip(run, answers)):
                    asked = plain(item.text).strip()
                    asked = asked if asked.endswith("?") else asked.rstrip(".!:") + "?"
                    text = f"Q: {asked} A: {answer}"
                    blocks[i + k] = Paragraph(text, "", item.source, raw=text)
                break
            if isinstance(blocks[j], ListItem) and blocks[j].ordered:
                break  # another numbered list first: not this quiz's answers
        i = end


def question_cards(blocks: list[Block]) -> dict[int, str]:
    """A flashcard's question is no lead term: with its answer below as a list, the question
    leads that list in ("Tuning strategies? A:" over "- grid search ..." reads as "Tuning
    strategies:"); with its answer in line, the card is one text. Returns each card's
    answer, by the paragraph's id."""
    answers: dict[int, str] = {}
    for i, block in enumerate(blocks):
        if not isinstance(block, Paragraph) or not (m := question_card(plain(block.raw))):
            continue
        question, answer = m["q"].strip(), m["a"].strip()
        lists = i + 1 < len(blocks) and isinstance(blocks[i + 1], ListItem)
        if not answer and lists:
            # "Widget Hub sync strategies (nightly jobs)?" → a lead-in;
            # "Model monitor — 4 types?" → "Model monitor types:"
            lead = question.rstrip("?").strip()
            if m := re.match(
                r"^(.+?)\s*(?:[—–:]|\s-)\s*(?:\d+|two|three|four|five|six)\s+(\w+s)$", lead
            ):
                lead = f"{m[1]} {m[2]}"
            block.term, block.text = "", lead + ":"
        elif (
            answer
            and is_plural_noun_phrase(re.sub(r"\s*\([^()]*\)", "", question.rstrip("?")).strip())
            and len(question.split()) <= 6
            and question[:1].isupper()
            and ":" not in question  # "Gromble: resend failed rows?" asks a task of it
            # a noun phrase, not a question put in words ("Which tool packs cold rows?")
            and not re.match(
                r"(?:which|what|how|who|where|when|why|is|are|do|does|can|should)\b", question, re.I
            )
            # settings as code ("`eta`, max_depth") are read as a card's (the prose reader's)
            and not re.search(r"`|\b[a-z][a-z0-9]*_[a-z0-9]", block.raw)
        ):
            # "Zorb Hub check kinds? A: row gap, key skew": a label over what it lists
            block.term, block.text = question.rstrip("?").strip(), answer
            block.raw = f"**{block.term}:** {answer}"
        elif answer and _asks_for_term(question):
            # "Widget chain? A: Two to five containers ...": the card defines it
            block.term, block.text = question.rstrip("?").strip(), answer
            said = CARD.match(block.raw)  # its answer as written (code spans kept)
            block.raw = f"**{block.term}:** {said['a'].strip() if said else answer}"
        else:
            block.term, block.text = "", f"{question} {answer}".strip()
            answers[id(block)] = answer
    return answers


_ASKS_WHICH = re.compile(
    r"^(?:\W*\w*\W*\s)?(?:which\b|what\s+(?!(?:is|are|was|were|does|do|did|can|could|"
    r"should|would|will|happens?)\b)[a-z])",
    re.I,
)


def _asked_kind(card: str) -> str:
    """The kind a card's "What sync modes does ...?" asks for ("sync mode"); "" if none."""
    m = re.search(r"\b(?:what|which)\s+(.+?)\?", card, re.I)
    if not m:
        return ""
    words = []
    for w in m[1].split():
        if FUNCTION_WORDS.fullmatch(w.lower()) or re.fullmatch(r"does|do|did|has|have", w, re.I):
            break
        words.append(w)
    phrase = " ".join(words[:3])
    return singular(phrase.lower()) if phrase and is_plural_noun_phrase(phrase) else ""


def _answer_items(card: str, answer: str) -> list[str]:
    """The names a "which/what ...?" card's answer lists in its first sentence ("Delta
    (default), mirror and cold."): two or more, each a short name; [] for any other answer."""
    if not answer or not _ASKS_WHICH.match(card):
        return []
    first = re.split(r"(?<=[.;:!?])\s", answer.strip(), maxsplit=1)[0].rstrip(".;:!? ")
    items = [re.sub(r"\s*\([^()]*\)", "", x).strip() for x in split_list(first)]
    if len(items) < 2 or not all(
        is_listed_name(x, alone=True) and len(x.split()) <= 3 and not is_meta_term(x) for x in items
    ):
        return []
    return items


def _answers_with_name(card: str, lead: str) -> bool:
    """Whether a card asks "which/what ...?" and its answer opens with a name ("A: Delta
    mode.", "A: Zorbex (rows, keys)."): the card is about that thing."""
    return (
        # "Which store ...?", "What sync modes ...?"; not "What is X?", "What can ...?"
        bool(_ASKS_WHICH.match(card))
        and lead[:1].isupper()
        and lead.split()[0].lower() not in NUMBER_WORDS
        and is_listed_name(lead, alone=True)
        and not re.match(r"^(?:yes|no|it|they|this|that|both|neither|none|depends)\b", lead, re.I)
    )


_ASKS_ABOUT = re.compile(r"\s(?:for|vs\.?|versus|or|and|in|on|with|to)\s", re.I)


def _asks_for_term(question: str) -> bool:
    """Whether a card's question is only a name ("Widget hub?", "Delta sync?"): a short
    singular noun phrase, no question word or verb before it."""
    term = question.rstrip("?").strip()
    return (
        is_listed_name(term, alone=True)
        and "(" not in term  # "(!!) GPU for RCF?": marked, and a question
        and not _ASKS_ABOUT.search(term)  # "Disks for Gromble?", "Delta vs mirror?"
        and not is_plural_noun_phrase(term)
        and not is_meta_term(term)
        and (len(term.split()) >= 2 or not is_common_word(term))
    )


# "Delta sync vs mirror sync: ..." opening a paragraph, no bold
_VERSUS_LEAD = re.compile(
    r"^(?:[^:.;()–—\"“”]{0,30}[\"“](?=[^\"“”]{1,40}\s(?:vs\.?|versus)\s[^\"“”]{1,40}[\"”]))?"
    r"([^:.;()–—\"“”]{1,40}\s(?:vs\.?|versus)\s[^:.;()–—\"“”]{1,40})"
    r"(?:[\"”][^:.;()–—\"“”]{0,20})?(?::|\s[–—])\s+(\S.*)$",
    re.S | re.I,
)


# "A vs B: what each is", an item that sets two things side by side and says each in turn
_VERSUS_ITEM = re.compile(r"^([^:]{2,40}?)\s+(?:vs\.?|versus)\s+([^:]{2,40}?):\s+(\S.*)$", re.I)


# "Recall is TP / (TP + FN)", "F1 = the harmonic mean": a short name, then what it is
_DEFINES_ONE = re.compile(
    r"^([A-Z][\w+./²-]*(?: [A-Za-z0-9][\w+./²-]*){0,3}?)"
    r"(?: \([^()]{1,30}\))? (?:is|are|measures|means|=) (\S.*)$"
)


def _kind_defining_sentences(label: str, text: str) -> tuple[str, list[tuple[str, str]]] | None:
    """(kind, [(name, what it is)]) when a plural label ("Metrics to know") leads sentences
    that each define a thing, two or more of them; None otherwise. Unlike the prose reader's
    defining sentences, the label's kind vouches for an everyday word as a name ("Recall")."""
    head = re.split(r"\s+(?:to|for|in|of|on|that|which|I|we|you)\s", label.rstrip(" .:"))[0]
    if not is_plural_noun_phrase(head) or is_vague(head) or len(head.split()) > 3:
        return None
    sentences = [x.strip() for x in re.split(r"(?<=[.!?])\s+(?=[A-Z])", text) if x.strip()]
    found = []
    for sentence in sentences:
        m = _DEFINES_ONE.match(sentence)
        opener = m[1].split()[0] if m else ""
        if (
            m
            and not FUNCTION_WORDS.fullmatch(opener.lower())
            and opener.lower() not in ("it", "this")
        ):
            found.append((m[1], m[2].rstrip(".")))
    if len(found) < 2 or 2 * len(found) < len(sentences):
        return None
    return listed_kind(head), found


# a text opening with a name, then a remark, a full stop or nothing ("Quill search (the
# default). It treats ...")
_OPENING_NAME = re.compile(
    r"^(?P<name>[A-Za-z][\w+./-]*(?:\s+[\w+./-]+){0,4}?)\s*(?:\([^()]*\)|[.;,]|$)"
)


_BOLD_SERIES = re.compile(
    r"\*\*[^*]{2,40}\*\*(?:(?:,\s*(?:and\s+|or\s+)?|\s+(?:and|or)\s+)\*\*[^*]{2,40}\*\*){2,}"
)


def bold_series(raw: str) -> tuple[str, list[str]] | None:
    """(kind, names) when a text names three or more things in bold, one after another, all
    with the same last word ("alerts on **row drift**, **key drift** and **lag drift**"):
    things of the kind that word names."""
    for m in _BOLD_SERIES.finditer(raw):
        names = [t.strip() for t in re.findall(r"\*\*([^*]+)\*\*", m.group(0))]
        heads = {n.split()[-1].lower() for n in names}
        if len(heads) == 1 and all(1 < len(n.split()) <= 4 for n in names):
            return singular(heads.pop()), names
    return None


def counted_bold(raw: str, lead: str = "") -> tuple[str, list[str]] | None:
    """(kind, names) when a text counts things of a kind and then names exactly that many in
    bold ("Widget Hub has three hub types: the **lead hub** ...; **store hubs** ...; **spare
    hubs** ..."); a vague count ("in one of two ways.") takes its kind from the text's plural
    lead term ("**Sync modes.**")."""
    m = COUNTED.search(raw)  # "three hub types", then up to the colon or full stop
    said = re.match(r"[^.:*]{0,40}[.:]", raw[m.end() :]) if m else None
    if not said or m.group(0).split()[0].lower() not in NUMBER_WORDS:
        return None
    count = NUMBER_WORDS[m.group(0).split()[0].lower()]
    kind = counted_kind(m.group(0))
    if not kind:
        kind = singular(lead.lower()) if lead and is_plural_noun_phrase(lead) else ""
    after = [
        t
        for t in bold_terms(raw[m.end() + said.end() :])
        if is_name_like(t, 5) or len(t.split()) <= 3
    ]
    if not kind or len(after) < count or len(after) > count + 2:
        return None
    return kind, after[:count]


def _featured(rest: str) -> list[str]:
    """The short items of a list in parentheses right after a name ("(Spark, Hive, Presto)",
    "(classification, entities, key phrases)"); [] for a remark ("(pay per query)")."""
    m = re.match(r"^\s*\(([^()]+)\)\s*\.?\s*$", rest)
    if not m:
        return []
    parts = [p.strip() for p in split_list(m.group(1))]
    if len(parts) < 3 or not all(0 < len(p.split()) <= 3 for p in parts):
        return []
    if any(re.search(r"[.;:=]|\d", p) or FUNCTION_WORDS.fullmatch(p.split()[0]) for p in parts):
        return []
    return parts


def _short_phrase(text: str) -> str:
    """ "early stopping", "dropout (neural nets)": a phrase of a few words with no sentence
    in it, without its remark in parentheses; "" for anything longer."""
    phrase = re.sub(r"\s*\([^()]*\)", "", text).strip()
    ok = 0 < len(phrase.split()) <= 5 and not re.search(r"[.;:=!?]|->|→|=>", phrase)
    return phrase if ok else ""


def _plain_word(word: str) -> bool:
    """One word English uses often (wordfreq's Zipf 3 or more: "Captures", "Stores"), which
    opens a sentence as itself, not as a name; names the notes coin score lower ("Gromble")."""
    from wordfreq import zipf_frequency

    return " " not in word and zipf_frequency(word.lower(), "en") >= PLAIN_WORD_ZIPF


PLAIN_WORD_ZIPF = 3.0


def _plain_members(text: str) -> list[str]:
    """The names a text is nothing but a list of ("row gap, key skew, late rows"): two or
    more, each a short name, whatever its case; [] for any other text."""
    # (a remark after a spaced dash aside: "A, B (Bee), C — all on GPUs")
    said = re.split(r"\s[—–-]\s", text.strip(), maxsplit=1)[0].rstrip(".")
    parts = split_list(said) if "," in said else re.split(r"\s+(?:and|&)\s+", said)
    bare = [re.sub(r"\s*\([^()]*\)", "", x).strip() for x in parts]
    ok = len(parts) >= 2 and all(
        0 < len(x.split()) <= 4 and ":" not in x and is_listed_name(x, alone=True) for x in bare
    )
    # or settings' names as code spells them: "k and feature_dim"
    coded = all(is_identifier(x) for x in bare)
    return parts if ok or (len(parts) >= 2 and coded and any("_" in x for x in bare)) else []


# where the name an answer opens with ends: a stop, a bracket, a comma, a dash or an arrow
_ANSWER_END = re.compile(r"[.(,;:]|\s[-–—]\s|\s→")


def _answer_names(answer: str) -> list[str]:
    """The things an answer opens with: "Tallow Store (cheap)", "an index + the ReadRows
    call" (names, each of a few words, articles aside; none when it opens with a sentence)."""
    first = _ANSWER_END.split(answer, maxsplit=1)[0]
    names = [
        re.sub(r"^(?:an?|the)\s+", "", x.strip(" -–—"), flags=re.I)
        for x in re.split(r"\s\+\s", first)
    ]
    return [
        x
        for x in names
        if 0 < len(x.split()) <= 4 and is_listed_name(x, alone=True) and not is_meta_term(x)
    ]


def _answer_lead(answer: str) -> str:
    """The name an answer opens with ("fernkit sync (formerly ...). Copies rows")."""
    lead = _ANSWER_END.split(answer, maxsplit=1)[0].strip(" -–—")
    return lead if 0 < len(lead.split()) <= 5 else ""


def glossary_lists(items: list) -> None:
    """A list whose every item (two or more) reads "Name – what it is" is a glossary: its
    dashes set off terms, not remarks, whatever stands above it. Nested lists too."""
    runs: list[list[ListItem]] = [[]]
    for block in items:
        if isinstance(block, ListItem):
            runs[-1].append(block)
            glossary_lists(block.children)
        elif runs[-1]:
            runs.append([])
    for run in runs:
        plain_items = [it for it in run if not it.term]
        if len(plain_items) >= 2 and len(plain_items) == len(run):
            named = sum(bool(_colon_lead(it.text, dashed=True)) for it in run)
            # every item "Head — text", most heads names ("Most frequent value (mode) —"
            # among "Mean replacement —", "KNN imputation —" ...)
            if named == len(run) or (
                named >= GLOSSARY_SHARE * len(run) and all(_dashed_head(it.text) for it in run)
            ):
                for it in run:
                    it.glossary = True


GLOSSARY_SHARE = 0.75  # of a list's "Head — text" items whose heads read as names


# how common a word that names a field must be (wordfreq's Zipf scale): an English word
# ("Compression", "Encryption"), not a name ("Zorbex")
_FIELD_WORD = 3.0

# the things that have no settings of their own
_NO_SETTINGS = frozenset(("Metric", "ProblemType", "UseCase", "Category", "Criterion", "Document"))


def named_items(blocks: list) -> set[int]:
    """The bare capitalised words of lists of what a lead-in names, among names ("- Turned"
    beside "- PendingReview" under "Each version carries an approval status:"): the items of
    such a list are alike, so an English word among them is a name too (ids)."""
    out: set[int] = set()
    for items in _sibling_lists(blocks):
        bare = [it for it in items if not it.term and not it.children]
        if len(bare) < 2 or len(bare) != len(items) or not all(it.listed_as for it in items):
            continue
        # (a word and a remark on it in brackets is that word: "PendingReview (the default)")
        words = [re.sub(r"\s*\([^()]*\)$", "", it.text.strip()) for it in bare]
        if not all(re.fullmatch(r"[A-Z][\w-]*", w) for w in words):
            continue
        if any(not is_common_word(w) for w in words):
            out.update(id(it) for it, w in zip(bare, words) if is_common_word(w))
    return out


# a plain item's few lower-case words, then what is said of them after a comma or a
# preposition: "target tracking, usually on ...", "step scaling on an alarm"
_PLAIN_HEAD = re.compile(
    r"([a-z][a-z-]*(?:\s+[a-z][a-z-]*){0,2}?)(?:,\s+|\s+(?=(?:on|for|with|at|by|via|when)\s))(\S.*)"
)


def headed_items(blocks: list) -> dict[int, tuple[str, str]]:
    """The head and the rest of each item of a list a lead-in names the kind of, whose items
    all open with a few plain words before a comma or a preposition (ids)."""
    out: dict[int, tuple[str, str]] = {}
    for items in _sibling_lists(blocks):
        if len(items) < 2 or not all(
            it.listed_as and not it.term and not it.children for it in items
        ):
            continue
        heads = [_PLAIN_HEAD.fullmatch(it.text.strip()) for it in items]
        if all(heads) and len({m[1] for m in heads}) == len(heads):
            out.update((id(it), (m[1], m[2])) for it, m in zip(items, heads))
    return out


def setting_items(blocks: list) -> set[int]:
    """The items of lists of settings (ids): sibling items, two or more of whose terms, and
    half or more, are identifiers ("balance_multiclass_weights", "`target_recall`"), so a
    short term in lower case among them ("wd", "l1") is one too."""
    out: set[int] = set()
    runs: list[list[ListItem]] = [[]]
    for block in blocks:
        if isinstance(block, ListItem):
            if runs[-1] and runs[-1][-1].depth != block.depth:
                runs.append([])
            runs[-1].append(block)
        elif runs[-1]:
            runs.append([])
    for run in runs:
        terms = [it.term.strip() for it in run if it.term]
        # (a term naming two, "learning_rate and mini_batch_size", counts)
        coded = sum(bool(re.search(r"\b[a-z][a-z0-9]*(?:_[a-z0-9]+)+\b", t)) for t in terms)
        if coded >= 2 and 2 * coded >= len(terms):
            out.update(id(it) for it in run)
    return out


def _dashed_head(text: str) -> tuple[str, str] | None:
    """(head, text) of "Head — text" with a short capitalised head, name or not."""
    m = re.match(r"^([A-Z][^:;.—–]{0,60}?)\s+[—–]\s+(\S.*)$", text)
    return (m.group(1), m.group(2)) if m and len(m.group(1).split()) <= 6 else None


# "Datasets = A, B, C": a short plural label, a note's "=", then a list (a comma before the
# sentence or clause ends)
_EQUALS_LIST = re.compile(
    r"(?:^|(?<=[.;:!?]\s)|(?<=\*\*))(?P<lead>[A-Za-z][\w-]*(?:\s+[A-Za-z][\w-]*){0,2})"
    r"(?P<eq>\s+=\s+)(?=[^.;=]*,)"
)


_PRONOUNS = frozenset("i you we they he she it me us them".split())


def equals_as_colons(blocks: list[Block]) -> None:
    """Notes write a label's list with "=" as often as with a colon ("Datasets = A, B, C");
    where a plural kind leads a list so, the "=" reads as the colon every list reader knows."""

    def listed(m: re.Match[str]) -> bool:
        if not lead_kind(m["lead"].split()):
            return False
        items = split_list(re.split(r"[.;](?:\s|$)", m.string[m.end() :])[0])
        # names, or things in the plural ("= orders, carts"), not what the kind is like
        # ("Streams = real-time, you manage shards")
        return (
            len(items) >= 2
            and all(is_listed_name(x, alone=True) for x in items)
            and not any(w.lower() in _PRONOUNS for x in items for w in x.split())
            and (
                all(re.match(r"[A-Z0-9]", x) for x in items)
                or all(is_plural_noun_phrase(re.sub(r"\s*\([^()]*\)", "", x)) for x in items)
            )
        )

    def colons(text: str) -> str:
        return _EQUALS_LIST.sub(lambda m: f"{m['lead']}: " if listed(m) else m.group(), text)

    for block in blocks:
        if isinstance(block, (Paragraph, ListItem)) and " = " in block.text:
            block.text, block.raw = colons(block.text), colons(block.raw)


DASHED_TERMS = 3  # paragraphs "Name — what it is" that make them a document's way with terms


# a numbered block of a theorem-like kind, as LaTeX and ConTeXt set them: "Definition 6
# (Quill pipe)", "Remark 2", "Example 1 (A fern workload)"
_NUMBERED_BLOCK = re.compile(
    r"(?P<kind>Definition|Remark|Example|Note|Notation|Theorem|Lemma|Exercise|Observation)"
    r"\s+\d+(?:\.\d+)*\.?(?:\s+\((?P<title>[^()]+)\))?\.?",
)


def numbered_block_terms(blocks: list[Block]) -> None:
    """A paragraph whose term is a numbered definition ("Definition 6 (Quill pipe)") defines
    the name in its brackets; any other numbered block ("Remark 2", "Example 1 (...)") is the
    author's text about its section, with no term."""
    for block in blocks:
        if isinstance(block, (Paragraph, ListItem)) and block.term:
            m = _NUMBERED_BLOCK.fullmatch(block.term.strip())
            if m is not None:
                term = m["title"].strip() if m["kind"] == "Definition" and m["title"] else ""
                # (LaTeX sets the title after the bold label: "**Definition 1.3** (ROC
                # curve). The ...")
                titled = re.match(r"\(([^()]{2,80})\)\.?\s*", block.text)
                if m["kind"] == "Definition" and not term and titled:
                    term, block.text = titled[1].strip(), block.text[titled.end() :]
                    block.raw = block.raw.replace(titled.group().strip(), "", 1)
                bold = f"**{block.term}**"
                if block.raw and bold in block.raw:  # the bold lead read again from it, a
                    # term set off as a lead term's is
                    block.raw = block.raw.replace(bold, f"**{term}**:" if term else "", 1).strip()
                block.term = term


def _unbracketed(text: str) -> str:
    """A text without its remarks in brackets: "student-T (default)" → "student-T"."""
    return re.sub(r"\s*\([^()]*\)", "", text).strip()


_DASHED_SETTING = re.compile(r"([a-z][a-z0-9]*(?:_[a-z0-9]+)*)\s+(?:[—–]|-{1,2})\s+(\S.*)")


def dashed_setting_items(blocks: list[Block]) -> None:
    """Items "fern_size — rows per batch" of a list of settings (two or more such items, one
    or more written with "_") read as "fern_size: rows per batch" would: a setting, then what
    it is or the values it takes ("likelihood — gaussian, beta or student-T")."""
    for items in _sibling_lists(blocks):
        dashed = [
            (it, m) for it in items if not it.term and (m := _DASHED_SETTING.fullmatch(it.text))
        ]
        if len(dashed) < 2 or not any("_" in m[1] for _, m in dashed):
            continue
        for it, m in dashed:
            it.text = f"{m[1]}: {m[2]}"
            if it.raw:
                it.raw = re.sub(
                    rf"(?<![\w`]){re.escape(m[1])}(`?)\s+(?:[—–]|-{{1,2}})\s+",
                    rf"{m[1]}\1: ",
                    it.raw,
                    count=1,
                )


def dashed_paragraph_terms(blocks: list[Block]) -> None:
    """Where a document writes terms as paragraphs or list items "Name — what it is" (three
    or more of them: its way, not a remark set off once), each such block defines its name,
    like a bold lead would."""
    found = [
        (block, lead)
        for block in blocks  # nested list items too: the list is flat
        if isinstance(block, (Paragraph, ListItem))
        and not block.term
        and not getattr(block, "glossary", False)  # a glossary's list reads its own
        and (lead := _colon_lead(block.text, dashed=True))
        # "Name: ..." is read as it was, not "Name - three kinds: ..."
        and not re.match(r"^(?:(?!\s[-—–]\s)[^:—–]){1,80}:\s", block.text)
    ]
    if len(found) >= DASHED_TERMS:
        for block, (term, text) in found:
            if isinstance(block, ListItem):
                block.glossary = True  # read as a glossary's item: its term, once not listed
            else:
                block.term, block.text = term, text


def colon_paragraph_terms(blocks: list[Block], cards: Mapping[int, str] | None = None) -> None:
    """Paragraphs "Name: what it is" one after another (two or more: a glossary written
    without bold) each define their name, like a bold lead would; one alone is left as
    written ("Note: ..." or a remark)."""
    run: list[tuple[Paragraph, tuple[str, str]]] = []
    for block in [*blocks, None]:
        lead = (
            _colon_lead(block.text) or _colon_lead(block.text, dashed=True)
            if isinstance(block, Paragraph)
            and not block.term
            and block.text
            and id(block) not in (cards or {})  # "Gromble: which mode? A: Drip": a card
            else None
        )
        if (
            lead is not None
            and not is_common_word(lead[0])  # "Note: ...", "Tip: ..."
            # "Gromble crews: A, B or C" labels a list
            and not (is_plural_noun_phrase(lead[0]) and not _name_shaped(lead[0].split()[-1]))
        ):
            run.append((block, lead))
            continue
        if len(run) >= 2 or (
            # one alone, when its head is written as only a name is ("ZB-IDF: ...")
            run and _name_shaped(run[0][1][0]) and run[0][0].text.startswith(run[0][1][0] + ":")
        ):
            for paragraph, (term, text) in run:
                paragraph.term, paragraph.text = term, text
                parts = re.split(r":|\s[-–—]\s", paragraph.raw, maxsplit=1)
                rest = parts[1] if len(parts) == 2 else text
                paragraph.raw = f"**{term}:** {rest.strip()}"  # its code spans kept
        run = []


def _name_shaped(head: str) -> bool:
    """A head written as only names are: capitals after its first letter, a digit, or a
    hyphen before a capital ("TF-IDF", "XGBoost", "K-Means", "Word2Vec")."""
    shouted = head.isupper() and " " in head  # "EXAM TIP": a label set in capitals
    return (
        bool(re.search(r"^\S*[A-Z]\S*[A-Z]|\d|-[A-Z]", head))
        and len(head.split()) <= 4
        and not shouted
    )


_DOTS = re.compile(r"\s+[·•]\s+")


def dotted_paragraph_lists(blocks: list[Block]) -> None:
    """A paragraph of three or more items set apart by middle dots or bullets ("A · B (staged)
    · C · D. Not E."), right after a lead-in that ends with a colon, is that lead-in's list:
    an item each (its lines its own), up to the sentence that ends the last item."""
    for i in range(len(blocks) - 1, 0, -1):
        block, before = blocks[i], blocks[i - 1]
        if not (
            isinstance(block, Paragraph)
            and isinstance(before, Paragraph)
            and before.text.rstrip().endswith(":")
            and len(parts := _DOTS.split(block.raw or block.text)) >= 3
        ):
            continue
        last = re.split(r"(?<=[a-z0-9)])\.\s+(?=[A-Z])", parts[-1], maxsplit=1)
        parts[-1] = last[0].rstrip(".")
        items = []
        for raw in (p.strip() for p in parts):
            term, text = split_lead(raw)
            items.append(ListItem(text, term, 0, False, block.source, raw=raw))
        blocks[i : i + 1] = items
        if len(last) > 1:  # the sentence after the list stays a paragraph of its own
            blocks.insert(i + len(items), Paragraph(last[1], "", block.source, raw=last[1]))


def bold_titles_of_tables(blocks: list[Block]) -> None:
    """A paragraph that is only a bold plural noun phrase right over a table ("**Load modes**"
    over rows of modes) is the table's caption: it says what the rows are, and is no topic
    the paragraphs and lists after the table belong to."""
    for block, nxt in zip(blocks, blocks[1:]):
        if (
            isinstance(block, Paragraph)
            and isinstance(nxt, Table)
            and block.term
            and not block.text.strip()
            and len(block.term.split()) <= 6
            and is_plural_noun_phrase(re.sub(r"\s*\([^()]*\)", "", block.term).strip())
        ):
            block.caption = True


def lists_under_lead_items(blocks: list[Block]) -> None:
    """An item ending in a colon, with no items of its own, right over a list of the
    other kind at its depth ("- Rollout modes:" over "1. Drip", "2. Gulp"): that list is
    its, as if set in under it."""
    for i, block in enumerate(blocks[:-1]):
        if not (
            isinstance(block, ListItem)
            and not block.children
            and (block.raw or block.text).rstrip(" *").endswith(":")
        ):
            continue
        items = []
        for nxt in blocks[i + 1 :]:
            if not isinstance(nxt, ListItem) or nxt.depth < block.depth:
                break
            if nxt.depth == block.depth:
                if nxt.ordered == block.ordered:
                    break
                items.append(nxt)
        if len(items) < 2:
            continue
        block.children.extend(items)
        for x in items:
            for d in [x, *descendants(x)]:
                d.depth += 1


def setting_value_lists(blocks: list[Block]) -> None:
    """A lead-in that ends by naming a setting written as code ("... is chosen by one
    hyperparameter, `mode`:") over items that each open with code ("`zbow` — ..."): the
    items are the setting's values, not settings of their own."""
    for i, block in enumerate(blocks[:-1]):
        raw = (block.raw or block.text) if isinstance(block, (Paragraph, ListItem)) else ""
        m = _CODED_LEAD.search(raw)
        if m is None:
            continue
        items = []
        for nxt in blocks[i + 1 :]:
            if not isinstance(nxt, ListItem) or nxt.depth != 0:
                break
            items.append(nxt)
        if len(items) >= 2 and all(_CODE_ITEM.match(x.raw or "") for x in items):
            for x in items:
                x.value_of = m["setting"]


_CODED_LEAD = re.compile(r"`(?P<setting>[a-z][a-z0-9_.]*)`\s*:\s*$")


def lead_ins_as_sections(blocks: list[Block]) -> None:
    """A short plural noun phrase ending in a colon over a list ("Outputs (batch
    writes):") titles that list as a heading would: its items' section path gets it, so what
    they are listed as stays with them (a question about the outputs finds them, not the
    inputs above). An "E.g.:" right after such a list continues it."""
    title = listed_as = ""
    for i, block in enumerate(blocks):
        if isinstance(block, ListItem):
            if title:
                s = block.source
                block.source = replace(s, section=(*s.section, title))
                if block.depth == 0:
                    block.listed_as = listed_as
            # "- two methods support warm starts:" over names titles them too
            if (
                block.children
                and not block.term  # "- **Key Tools**:" is a label; its term says it already
                and block.text.endswith(":")
                # (or a longer one whose last words count what it lists: "..., moving
                # rows with one of three **row moving modes**:")
                and (
                    len(block.text.split()) <= 12
                    or bool(counted_kind(re.split(r"(?<=[.;,])\s+", block.text)[-1]))
                )
                and not _EXAMPLES_LEAD.match(block.text)  # "Examples:" keeps the heading's
            ):
                label = block.text.rstrip(": ").strip()
                # "- Traffic shifting modes:" over "**canary** → ...": what they are listed as,
                # as a paragraph's lead-in says it
                short = len(label.split()) <= 6 and is_plural_noun_phrase(
                    re.sub(r"\([^)]*\)", "", label).strip()
                )
                # or its last clause names them: "Captures tensors; built-in rules I remember:"
                listed = (
                    re.sub(r"\s*\([^)]*\)", "", label).strip()  # not its remark: "(hot -> cold)"
                    if short
                    else lead_in_kind(re.split(r"(?<=[.;])\s+", label)[-1])
                )
                for child in block.children:
                    s = child.source
                    child.source = replace(s, section=(*s.section, label))
                    if listed and not child.listed_as:
                        child.listed_as = listed
            continue
        # a paragraph's closing sentence leads the list too ("... FernKit offers three layouts:")
        said = block.text if isinstance(block, Paragraph) else ""
        bold_lead = (  # "**Zorbex recipes we use:**": set in bold, alone, leading a list
            isinstance(block, Paragraph)
            and block.term
            and not block.text
            and plain(block.raw or "").rstrip().endswith(":")
            # "**Hosting many models:**": something done, over what does it
            and not re.match(
                r"[A-Za-z]+ing\s+(?:many|multiple|several|the|an?|your|our|all)\b", block.term
            )
        )
        if bold_lead:
            said = f"{block.term}:"
        last = re.split(r"(?<=[.!?])\s+(?=[A-Z])", said)[-1] if said else ""
        if (
            isinstance(block, Paragraph)
            and not block.term
            and last == block.text
            and not last.rstrip().endswith(":")  # (a lead-in as it is, below)
            and i + 1 < len(blocks)
            and isinstance(blocks[i + 1], ListItem)
            and blocks[i + 1].depth == 0
            and (bare := _bare_title(last))
            and len(bare.split()) <= 6
            and not re.search(r"[.?!,]$", bare)  # no question, no sentence
            and is_plural_noun_phrase(QUALIFIER.split(bare, maxsplit=1)[0])
            and lead_in_kind(bare)
            and not is_vague(lead_in_kind(bare))
            and not opens_as_sentence(bare)
            and _short_items(blocks, i + 1)
        ):
            # a title over the list, no colon after it ("7/ Fixes for gromble drift 🩹" over
            # its items): as "Fixes for gromble drift:" would, and is read so
            last = block.text = block.raw = bare + ":"
        lead_in = (
            isinstance(block, Paragraph)
            and (
                not block.term
                or last != block.text
                or bold_lead
                # "**Quill Hub** ships two functions:": the bold name is the sentence's subject
                or bool(_BOLD_SUBJECT_VERB.match(block.raw or ""))
            )
            and last.endswith(":")
            # a longer one when it names what it lists ("Three loader modes for getting
            # Gromble rows into a Quill store:")
            and (
                (0 < len(last.split()) <= 10 and last == block.text)
                or (
                    # (a remark in brackets counts for nothing)
                    0 < len(re.sub(r"\([^()]*\)", "", last).split()) <= 14
                    and bool(lead_in_kind(last.rstrip(": ")))
                )
                # or any length when it ends by counting them ("... and traffic is
                # shifted in one of three modes:")
                or (bool(_COUNTED_END.search(last)) and bool(lead_in_kind(last.rstrip(": "))))
            )
            and i + 1 < len(blocks)
            and isinstance(blocks[i + 1], ListItem)
        )
        text = last.rstrip(": ").strip() if lead_in else ""
        if lead_in and title and _EXAMPLES_LEAD.match(text + ":"):
            continue  # examples of what the list above lists
        short = len(text.split()) <= 6 and is_plural_noun_phrase(
            re.sub(r"\([^)]*\)", "", text).strip()
        )
        # "Important:", "Steps to follow:": a remark over the list, not what it lists;
        # "Two sync modes for getting rows into FernKit:" lists sync modes
        listed_as = text if short else lead_in_kind(text)
        title = text if lead_in and listed_as else ""


_COUNTED_END = re.compile(
    rf"\b(?:{'|'.join(NUMBER_WORDS)}|\d{{1,2}})\s+(?:[\w-]+\s+){{0,2}}[\w-]+s:$", re.I
)


def _short_items(blocks: list[Block], start: int) -> bool:
    """Whether the list at ``start`` is of short items, no sentences: eight words or fewer
    besides remarks in brackets, no full stop."""
    for block in blocks[start:]:
        if not isinstance(block, ListItem):
            break
        said = re.sub(r"\([^()]*\)", "", plain(block.raw or block.text)).strip()
        if len(said.split()) > 8 or re.search(r"\.(?:\s|$)", said):
            return False
    return True


_POST_NUMBER = re.compile(r"^\s*\d{1,3}/\d{0,3}\s+")  # a thread's post number: "7/", "7/12"


def _name_alone(text: str) -> str:
    """The name a line of nothing but a name and a colon gives ("9/ Gromble Hub:"), up to
    five words opening in a capital; '' for any other line."""
    text = _POST_NUMBER.sub("", text).strip()
    # ("Gromble family, the way I keep them:": the family's name, a remark after it)
    m = re.fullmatch(
        r"([A-Z][\w+./&-]*(?:\s+[\w+./&-]+){0,4}?)(?:\s+family(?:,\s*[a-z][^:]*)?)?\s*:", text
    )
    return m[1] if m else ""


def _bare_title(text: str) -> str:
    """A line's words without a thread's post number before them ("7/") and the symbols
    after them ("🩹")."""
    text = _POST_NUMBER.sub("", text)
    return re.sub(r"[^\w\s).,!?]+$", "", text.strip()).strip()


def shared_head_lists(blocks: list[Block]) -> None:
    """A list whose items are short names ending in the same noun ("- Row gap drift /
    - Key skew drift / - Lag drift") lists things of that kind, as a lead-in
    "Drifts:" over it would say."""
    for items in _sibling_lists(blocks):
        heads = [re.sub(r"\s*\([^()]*\)", "", it.text).strip(" .").split() for it in items]
        last = {h[-1].lower() for h in heads if h}
        if (
            len(items) < 3
            or any(it.term or it.listed_as for it in items)
            or len(last) != 1
            or not all(2 <= len(h) <= 4 and is_listed_name(" ".join(h), True) for h in heads)
        ):
            continue
        noun = last.pop()
        if noun.isalpha() and len(noun) > 3 and not FUNCTION_WORDS.fullmatch(noun):
            for it in items:
                it.listed_as = plural(noun)  # as a lead-in would say it: "Drifts"


def _gerund(verb: str) -> str:
    """ "addresses" → "addressing", "handles" → "handling", "fixes" → "fixing"."""
    base = verb[:-2] if verb.endswith(("sses", "xes", "ches", "shes")) else verb[:-1]
    return (base[:-1] if base.endswith("e") and not base.endswith("ee") else base) + "ing"


def gerund_cues(cues: Mapping[str, Sequence[str]]) -> dict[str, str]:
    """Title openings → the relation a section's items have to its topic, from the relations'
    verb cue phrases in the ontology: "addresses" and "deals with" make "Addressing label
    noise" and "Dealing with outliers" sections of things that address their topic."""
    out: dict[str, str] = {}
    for name, phrases in cues.items():
        for phrase in phrases:
            first, *rest = phrase.split()
            if len(first) > 4 and first.endswith("s") and not first.endswith("ss") and not rest:
                out[" ".join([_gerund(first), *rest])] = name
            elif (
                rest
                and (first == "to" or rest[-1] in ("for", "to", "of"))
                and "x" not in rest
                and name not in OBJECT_FIRST  # "instead of X:" says which is the alternative
            ):
                # "Remedies for overfitting", "To fix underfitting": the phrase opens the title
                out[phrase] = name
            elif len(first) > 4 and first.endswith("s") and not first.endswith("ss"):
                out[" ".join([_gerund(first), *rest])] = name
    return out


def gerund_topic(title: str, cues: dict[str, str]) -> tuple[str, str] | None:
    """(relation, topic) of a title that opens with one of ``cues`` (:func:`gerund_cues`):
    "Addressing label noise" → ("addresses", "Label noise"); else None."""
    words = re.sub(r"^(?:and|or|but|so)\s+", "", plain(title).strip(), flags=re.I).split()
    for n in (4, 3, 2, 1):
        cue = " ".join(words[:n]).lower()
        if cue in cues:
            topic = without_quantifiers(" ".join(words[n:])).strip(" .:")
            if 0 < len(topic.split()) <= 5 and not FUNCTION_WORDS.fullmatch(topic.split()[0]):
                return cues[cue], topic[:1].upper() + topic[1:]
    return None


def purpose_topic(title: str, cues: Sequence[str]) -> tuple[str, str] | None:
    """("usedFor", topic) of a lead-in that names what the items below are for: "For
    regression I use these:", "For tabular data, use:", "For Gromble:" ("use" as the
    ontology's "use X for" says it); else None."""
    verbs = {c.split()[0] for c in cues if len(c.split()) == 3 and c.split()[1] == "X"}
    said = "|".join(sorted(map(re.escape, verbs))) or "use"
    m = re.match(
        rf"^for\s+(?P<topic>[^,:;.]+?)(?:,?\s+(?:(?:i|we|you)(?:'d|\s+would)?\s+)?(?:{said})"
        r"(?:\s+(?:these|this|the following|them|one of these))?)?$",
        plain(title).strip(),
        re.I,
    )
    if m is None or "for" not in cues:
        return None
    topic = without_quantifiers(m["topic"]).strip()
    words = topic.split()
    if not 0 < len(words) <= 4 or FUNCTION_WORDS.fullmatch(words[0].lower()):
        return None
    return "usedFor", topic[:1].upper() + topic[1:]


def example_topic(title: str, cues: Sequence[str]) -> tuple[str, str] | None:
    """("^example", topic) of a lead-in that opens with an example cue of the ontology ("E.g.
    tree ensembles:" over bagging, boosting): the items are examples *of* the topic
    ("^": the topic is the subject of the facts); else None."""
    text = plain(title).strip()
    for cue in sorted(cues, key=len, reverse=True):
        if text.lower().startswith(cue + " "):
            topic = without_quantifiers(text[len(cue) :].strip(" ,")).strip(" .:")
            words = topic.split()
            if 0 < len(words) <= 5 and not FUNCTION_WORDS.fullmatch(words[0]):
                return "^example", topic[:1].upper() + topic[1:]
    return None


_SPEAKER = re.compile(r"^[A-Z][A-Z'-]{1,15}$")
_TIMESTAMPED = re.compile(r"^\[\d{1,2}:\d{2}(?::\d{2})?\]\s+([A-Z][A-Z'-]{1,15}):\s+(\S.*)$", re.S)
SPEAKER_SHARE = 0.3  # of a document's paragraphs led by speakers' names: a transcript


def speaker_labels(blocks: list[Block]) -> set[str]:
    """The speakers of a transcript (lower case): names in capitals leading its turns ("MAYA:
    ...", "[00:12:40] RAJ: ..."), two or more speakers, three turns each or more, leading a
    good share of its paragraphs. A turn says something; its speaker is no thing it is about:
    each turn is left as what was said."""
    paragraphs = [b for b in blocks if isinstance(b, Paragraph)]
    turns: dict[str, int] = {}
    stamped = []
    for p in paragraphs:
        m = _TIMESTAMPED.match(p.text) if not p.term else None
        if m:
            stamped.append((p, m))
        name = m.group(1) if m else p.term
        if name and _SPEAKER.match(name):
            turns[name] = turns.get(name, 0) + 1
    speakers = {n for n, c in turns.items() if c >= 3}
    if len(speakers) < 2 or sum(turns[n] for n in speakers) < SPEAKER_SHARE * len(paragraphs):
        return set()
    for p, m in stamped:
        if m.group(1) in speakers:
            p.term, p.text = m.group(1), m.group(2)
    for p in paragraphs:  # what was said, without who said it
        if p.term in speakers:
            p.term, p.raw = "", p.text
    return {n.lower() for n in speakers}


# a typed label: a word or two in capitals, a colon, then what is said ("Input: CSV only")
_TYPED_LABEL = re.compile(r"^([A-Z][a-z]+(?: [a-z]+)?):\s+(\S.*)$")


def recurring_labels(blocks: list[Block]) -> set[str]:
    """Lead terms (lower case) of paragraphs in three sections or more, or of items under
    three items or more, each time over other words: a label the author puts on a kind of
    remark ("Presenter notes:", "Exam clue:", a highlight's "**Note:** ..."), not a thing the
    notes describe in three places."""
    parent_of = {id(c): x for x in blocks if isinstance(x, ListItem) for c in x.children}
    places: dict[str, set[tuple[str, int]]] = {}
    texts: dict[str, set[str]] = {}
    for block in blocks:
        term, text = getattr(block, "term", ""), getattr(block, "text", "")
        if (
            not term
            and isinstance(block, (Paragraph, ListItem))
            and (m := _TYPED_LABEL.match(text))
        ):
            term, text = m[1], m[2]  # "- Input: CSV or Parquet", its colon typed
        if isinstance(block, Paragraph) and term and text:
            place = (block.source.section, 0)
        elif isinstance(block, ListItem) and term and text:
            # (under an item, or a section's own)
            place = (block.source.section, id(parent_of.get(id(block))))
        else:
            continue
        key = term.lower()
        places.setdefault(key, set()).add(place)
        texts.setdefault(key, set()).add(text)
    # (not a field that says what a thing is for or made of: "Use case:", "Pros:")
    return {
        t for t, where in places.items() if len(where) >= 3 and len(texts[t]) >= 3 and not _role(t)
    }


def _dividers(blocks: list[Block]) -> set[int]:
    """Positions of the headings at the document's top level that have headings under them."""
    headings = [(i, b) for i, b in enumerate(blocks) if isinstance(b, Heading)]
    if not headings:
        return set()
    top = min(h.level for _, h in headings)
    return {
        i for (i, h), (_, nxt) in zip(headings, headings[1:]) if h.level == top and nxt.level > top
    }


# "..., such as gender, is called the **facet**": a sentence naming the term it defines
_CALLED = re.compile(
    r"(?:^|(?<=[.!?]\s))(?P<said>[A-Z][^.!?]*?\s(?:is|are)\s+(?:called|known\s+as|termed|"
    r"referred\s+to\s+as)\s+(?:the\s+|an?\s+)?\*\*(?P<term>[^*]{2,60})\*\*)\s*(?:[.!?]|$)"
)


_CAPTION = re.compile(r"^(?:Table|Tbl\.?)\s*\d+(?:\.\d+)*[.:]?\s+(\S.*)$")


def _table_lead_in(b: Builder, lead: Paragraph | ListItem, rows: list[Entity], header: str) -> None:
    """ "**Gromble** – loads rows. Key settings:" right over a table: the things of its rows
    are of that kind, and the lead's thing's ("Gromble key setting")."""
    text = plain(lead.raw or lead.text).strip()
    # a caption ("Table 1. Quill store tiers I need to know") leads its table as a lead-in does
    caption = _CAPTION.match(text) or (
        re.match(r"^(.+)$", text) if getattr(lead, "caption", False) else None
    )
    if caption:
        text = re.sub(r"\s*\([^()]*\)", "", caption.group(1)).rstrip(" .:") + ":"
    if not text.endswith(":") or not rows:
        return
    if not lead.term or caption:
        # "Gromble load styles:" over a "Style" column: its rows are Gromble load styles
        # (a remark in parentheses aside: "Four ways to get predictions out (from my cards):")
        said = re.sub(r"\s*\([^()]*\)", "", text[:-1]).strip()
        kind = listed_kind(said) if len(said.split()) <= 8 else ""
        unit = b.unit_at(lead.source)
        if (
            kind
            and unit is not None
            and header.split()
            and (
                kind.split()[-1].lower() == singular(header.lower()).split()[-1]
                # an "Option" column says nothing its lead-in does not say better
                or singular(header.lower()) in VAGUE_KINDS
            )
        ):
            # "Tuning strategies available in Quill Tuner": a known thing its qualifier
            # names holds the rows (they are its tuning strategies)
            cut = QUALIFIER.search(said)
            holder = said[cut.end() :].strip() if cut else ""
            for e in rows:
                b.kind(e, kind, unit)
                if holder:
                    b.owned_by_name.append((e, kind, holder, unit))
        return
    # "**Quill Vault (QV)** — keeps rows": the term without its acronym names it too
    owner = b.registry.find(lead.term) or b.registry.find(re.sub(r"\s*\([^()]*\)", "", lead.term))
    kind = listed_kind(re.split(r"(?<=[.!?;])\s+", text[:-1])[-1])
    unit = b.unit_at(lead.source)
    if owner is None or not kind or unit is None:
        return
    for e in rows:
        if e.id != owner.id:
            b.kind(e, kind, unit)
            b.owned.append((e, kind, owner, unit))


# "A) Quill box B) Fern Streamer C) ...": a practice question's options
_OPTION_MARK = re.compile(r"(?:^|(?<=\s))\(?([A-H])[).]\s+")
# "Answer: B (I picked A)", "Correct — C": a label, one option's letter, a remark
_CHOSEN = re.compile(r"^[^:–—\d]{1,30}?\s*[:–—]\s*([A-H])\b\.?(?:\s*\(([^()]*)\))?\s*$")
OPTIONS_BACK = 6  # how many blocks before the chosen letter its options may stand


def _options(text: str) -> dict[str, str]:
    """The options a text lists by letter, in order from A: {"A": "Quill box", ...};
    empty when it lists fewer than two."""
    marks = list(_OPTION_MARK.finditer(text))
    out: dict[str, str] = {}
    for k, m in enumerate(marks):
        if m[1] != chr(ord("A") + len(out)):
            break
        end = marks[k + 1].start() if k + 1 < len(marks) else len(text)
        out[m[1]] = text[m.end() : end].strip(" .;,")
    return out if len(out) >= 2 else {}


def chosen_options(blocks: list[Block]) -> None:
    """A heading that names one letter of the options just before it ("Answer: B (I
    picked A)" after "A) ... B) Fern Streamer C) ...") titles what that option
    says, one level under the question it answers: what follows is said of the option."""
    for i, block in enumerate(blocks):
        m = _CHOSEN.match(block.title) if isinstance(block, Heading) else None
        if m is None:
            continue
        said = next(
            (
                opts
                for b in reversed(blocks[max(0, i - OPTIONS_BACK) : i])
                if isinstance(b, (Paragraph, ListItem)) and (opts := _options(b.text))
            ),
            {},
        )
        question = next((b for b in reversed(blocks[:i]) if isinstance(b, Heading)), None)
        if m[1] not in said or question is None:
            continue
        old, title = block.title, said[m[1]]
        level = question.level + 1 if question.level >= block.level else block.level
        for b in blocks[i:]:
            s = b.source
            if isinstance(b, Heading) and b is not block and b.level <= block.level:
                break
            if old in s.section:
                at = s.section.index(old)
                sec = (*question.source.section, title, *s.section[at + 1 :])
                b.source = replace(s, section=sec)
        block.title, block.level = title, level


def _listed_for_a_relation(blocks: list[Block], listed: frozenset[str] | set[str]) -> set[int]:
    """The items (by id) under a lead-in that calls them by a relation's noun ("Fixes for
    gromble drift:", "Sinks:") that are short phrases, not sentences ("more quill rows",
    "row fencing"): things in that relation, in whatever case they are written, as names
    in bold would be. Two or more such items under one lead-in."""
    found: dict[str, list[int]] = {}
    for it in blocks:
        if not isinstance(it, ListItem) or not it.listed_as or it.term or it.children:
            continue
        head = QUALIFIER.split(re.sub(r"\([^)]*\)", "", it.listed_as).strip(), maxsplit=1)[0]
        words = head.split()
        bare = re.sub(r"\([^()]*\)", "", it.text).strip(" .")
        if (
            words
            and singular(words[-1].lower()) in listed
            and 0 < len(bare.split()) <= 5
            and not re.search(r"[.;:!?]", bare)
            and not opens_as_sentence(bare)
            and not verb_like(bare.split()[0])  # "trains the model": what it does
        ):
            found.setdefault(it.listed_as, []).append(id(it))
    return {i for ids in found.values() if len(ids) >= 2 for i in ids}


_SERIES_LABEL = re.compile(r"^([A-Z][a-z]+)\s+(\d{1,3}|[IVX]{1,5})\s*[–—:-]\s+(?=\S)")


def series_labels_off(blocks: list[Block]) -> None:
    """Headings numbered as a series ("Topic 1 – Gromble Loader", "Topic 2 – Quill Store",
    "Week 3: Fern maps") are titled by what follows the label: the same word with two numbers
    or more is the series', not part of a name ("Route 53 – DNS" alone stays)."""
    numbers: dict[str, set[str]] = {}
    for block in blocks:
        if isinstance(block, Heading) and (m := _SERIES_LABEL.match(block.title)):
            numbers.setdefault(m[1], set()).add(m[2])
    series = {word for word, seen in numbers.items() if len(seen) >= 2}
    if not series:
        return

    def bare(title: str) -> str:
        m = _SERIES_LABEL.match(title)
        return title[m.end() :] if m and m[1] in series else title

    for block in blocks:
        if isinstance(block, Heading):
            block.title = bare(block.title)
        s = block.source
        block.source = replace(s, section=tuple(bare(t) for t in s.section))


def interpret_outline(blocks: list[Block], b: Builder) -> None:
    """Read every block of one document, in order."""
    numbered_block_terms(blocks)
    dashed_setting_items(blocks)
    series_labels_off(blocks)
    equals_as_colons(blocks)
    emphasis_not_terms(blocks, lambda name: bool(b.registry.catalog.lookup(name)))
    chosen_options(blocks)
    quiz_answers(blocks)
    cards = question_cards(blocks)
    dotted_paragraph_lists(blocks)
    bold_titles_of_tables(blocks)
    lead_ins_as_sections(blocks)
    lists_under_lead_items(blocks)
    setting_value_lists(blocks)
    shared_head_lists(blocks)
    glossary_lists(blocks)
    dashed_paragraph_terms(blocks)
    colon_paragraph_terms(blocks, cards)
    reader = OutlineReader(b)
    reader.cards = cards
    reader.listed = name_lists(blocks) | _listed_for_a_relation(blocks, b.listed)
    reader.setting_items = setting_items(blocks)
    reader.named_items = named_items(blocks)
    reader.headed_items = headed_items(blocks)
    # what the document's headings title, in the singular ("Row shapes"): a bold
    # mention of one in passing is its topic, no thing of its own
    reader.titled = {singular(b.title.lower()) for b in blocks if isinstance(b, Heading)}
    reader.labels = {t for t in recurring_labels(blocks) if not reader._known(t)}
    reader.labels |= speaker_labels(blocks)
    dividers = _dividers(blocks)
    terms = _term_headings(blocks)
    # an item's parent as its document nests it, though a table (a block's properties) or
    # a paragraph stands between them
    parent_of = {id(c): x for x in blocks if isinstance(x, ListItem) for c in x.children}
    parents: list[ListItem] = []
    leads: dict[int, Paragraph | ListItem] = {}  # the lead-in over each table
    for i, block in enumerate(blocks):
        if isinstance(block, Heading):
            nxt = blocks[i + 1] if i + 1 < len(blocks) else None
            after = blocks[i + 2 : i + 4]
            if isinstance(nxt, Table) and len(after) == 2:
                # a list right under a table under the heading (two items or more, not one
                # closing remark): the list is what the heading is over
                if all(isinstance(x, ListItem) and x.depth == 0 for x in after):
                    nxt = after[0]
            reader.heading(
                block, nxt, _names_members(blocks, i + 1), i in dividers, term=i in terms
            )
            parents.clear()
        elif isinstance(block, Table):
            reader.group, reader.first_para = None, False
            rows = interpret_table(block, b)
            _rows_of_the_heading(reader, block, rows)
            lead = blocks[i - 1] if i else None
            if (
                isinstance(lead, Table)
                and lead.header == block.header
                and lead.source.page != block.source.page
            ):
                # the same table going on over a page break, its header printed again: the
                # lead-in over its first part leads it too
                lead = leads.get(id(lead))
            if isinstance(lead, (Paragraph, ListItem)):
                leads[id(block)] = lead
                _table_lead_in(b, lead, rows, plain(block.header[0]) if block.header else "")
            parents.clear()
        elif isinstance(block, Paragraph):
            reader.paragraph(block)
            parents.clear()
        elif isinstance(block, Code):
            reader.code(block)
        elif isinstance(block, ListItem):
            while parents and parents[-1].depth >= block.depth:
                parents.pop()
            reader.item(block, parent_of.get(id(block)) or (parents[-1] if parents else None))
            parents.append(block)
    _shared_head_kinds(reader, blocks)


def _rows_of_the_heading(reader: OutlineReader, table: Table, rows: list[Entity]) -> None:
    """A table right under a heading about a thing, its first column naming a kind ("Check
    type" under "Gromble Monitor"), lists that thing's things of the kind: each row's thing
    is a "Gromble Monitor check type", as a lead-in's list would be."""
    owner = reader.stack[-1].entity if reader.stack else None
    head = plain(table.header[0]) if table.header else ""
    title = table.source.section[-1] if table.source.section else ""
    if owner is None and head and singular(title.lower()) == singular(head.lower()):
        # (or under a heading that names the kind its first column does, "Hyperparameters"
        # in the section of Gromble Cast: the rows are Gromble Cast's)
        owner = reader.context_entity()
    if owner is None or not rows or not head or head.lower() in _GENERIC_HEADS:
        return
    lines = {plain(r.cells[0]).lower(): r.line for r in table.rows if r.cells}
    if any(e.id == owner.id or e.label.lower() not in lines for e in rows):
        return  # not the rows' own names in the first column
    kind = singular(head[:1].lower() + head[1:]) if not head[1:2].isupper() else singular(head)
    for e in rows:
        line = lines[e.label.lower()]
        unit = reader.b.unit_at(replace(table.source, line_start=line, line_end=line))
        if unit is not None:
            reader.b.owned.append((e, kind, owner, unit))


# a first column's header that names no kind of thing: a label, a question word, a role
_GENERIC_HEADS = frozenset(
    "name term item thing topic concept keyword word question answer who what when where which"
    " how why".split()
)


def _shared_head_kinds(reader: OutlineReader, blocks: list[Block]) -> None:
    """Sibling items named "Drip mode", "Gulp mode", "Fast Gulp mode" are each a mode: the
    noun their names end in, when most of the list shares it, is their kind."""
    kinded = {f.subject for f in reader.b.out.facts if f.predicate == "kind"}
    groups: dict[tuple[str, int], list[ListItem]] = {}
    run = 0
    for block in blocks:
        if not isinstance(block, ListItem):
            run += 1
            continue
        parent = reader.above.get(id(block), (None, None))[0]
        key = ("under", id(parent)) if parent is not None else ("run", run)
        groups.setdefault(key, []).append(block)
    for items in groups.values():
        named = [(it, e) for it in items if (e := reader.items.get(id(it))) is not None]
        heads: dict[str, int] = {}
        for _, e in named:
            words = e.label.split()
            if len(words) > 1 and words[-1].isalpha() and not words[-1].isupper():
                heads[words[-1].lower()] = heads.get(words[-1].lower(), 0) + 1
        for head, n in heads.items():
            if n < 2 or 2 * n < len(named) or len(head) < 3:
                continue
            for it, e in named:
                if e.label.split()[-1].lower() == head and e.id not in kinded:
                    reader.b.kind(e, head, reader.above[id(it)][1])


def _described_term(term: str, text: str) -> bool:
    """Whether a lead in sentence case is a term its text describes ("**Automatic row
    sorting.** Sorts rows by ..."): a few words without function words, and a text that goes
    on as a description does, with what the term does ("Sorts", "Runs", "Copies")."""
    words = term.split()
    return (
        2 <= len(words) <= 5
        and words[0][:1].isupper()
        and all(re.fullmatch(r"[A-Za-z][a-z-]*", w) for w in words)
        and not any(FUNCTION_WORDS.fullmatch(w) for w in words)
        and _DOES_FIRST.match(text) is not None
    )


# a present-tense verb of the third person first ("Sorts rows", "Copies", not "Bias term")
_DOES_FIRST = re.compile(r"^[A-Z][a-z]+(?<![sui])s\s+[a-z]")
