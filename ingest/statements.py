"""Relations running text states between the names it mentions ("Keras is built on TensorFlow").

The cue phrases are data: each relation's label and synonyms from the ontology, passed in by the
caller (ingest imports nothing from graph). A relation is read only where a cue stands between
two mentions of one clause, the first one opening the clause ("Keras is built on TensorFlow"),
or where a cue with a slot surrounds a mention ("use AWS KMS to encrypt data"). A clause that
opens with the cue is about its block's entity (a cell "Built on top of Hadoop" of the Apache
Hive column). Two names in a clause with no cue between them are only mentioned: a relation
the text does not state is never made.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field

from .builder import Builder
from .lexicon import is_everyday, plural
from .mentions import Match, NameIndex, mention_index
from .model import Entity, TextUnit
from .prose import Segment, is_title_case, sentence_spans, unit_segments

# words that may stand between a subject and its verb phrase: forms of "be", modal verbs,
# adverbs and articles ("Keras *is* built on", "X *can also be* used for"); negation may not
_LINKING = re.compile(
    r"(?:is|are|was|were|be|been|being|can|could|may|might|will|would|should|must|also|often|"
    r"\w+ly|an?|the|,)",
    re.I,
)
_ARTICLE = re.compile(r"\s*(?:(?:a|an|the)\s+)?", re.I)
# what may follow an object that ends its noun phrase: a preposition opening the next phrase
_PREPOSITION = re.compile(
    r"(?:with|in|on|at|by|to|for|from|into|via|using|over|across|within|through|during|as)\b",
    re.I,
)
_NEGATION = re.compile(r"\b(?:not|never|no|cannot|without|avoid)\b|n't", re.I)
OBJECT_FIRST = {"alternativeTo"}  # "A instead of B": A is the alternative service of B
_HIDDEN = {"Kind", "Criterion"}
# a clause that is a name, "for" and what it is for, no verb ("Fern Grid for own classes")
_NAME_FOR = re.compile(r"\s+for\s+(?P<purpose>[a-z][^;:=→]*)$")
_TO = frozenset(("to", "into", "onto"))  # where a verb's things go
_PLACES = _TO | {"in", "on", "from", "with"}  # ... or where they are
# a question word may open a label over a list ("Where Gromble can deliver: A, B")
_LABEL_OPENERS = frozenset(("where", "what"))


@dataclass(frozen=True)
class Cues:
    """Cue phrases compiled: phrases between two names, and frames around one ("use X to")."""

    between: re.Pattern[str] | None
    predicates: dict[str, str]  # phrase (lower case, single spaces) → relation
    frames: list[tuple[re.Pattern[str], str, str]]  # (frame, the words after its slot, relation)
    openers: frozenset[str]  # the words a frame puts before its slot ("use")
    # "Y using X": a purpose, the words between, the things that serve it (relation)
    instruments: list[tuple[re.Pattern[str], str]]
    # a frame's verb whose slot is followed by "for" ("use X for") → its relation
    purposes: dict[str, str] = field(default_factory=dict)

    @classmethod
    def compile(cls, cues: Mapping[str, Sequence[str]] | None) -> Cues:
        predicates: dict[str, str] = {}
        frames: list[tuple[re.Pattern[str], str, str]] = []
        instruments: list[tuple[re.Pattern[str], str]] = []
        openers: set[str] = set()
        purposes: dict[str, str] = {}
        for predicate, phrases in (cues or {}).items():
            for phrase in phrases:
                words = phrase.lower().split()
                if words[:1] == ["y"] and words[-1:] == ["x"] and len(words) > 2:
                    link = _phrase(" ".join(words[1:-1]))
                    instruments.append((re.compile(rf"\s{link}\s+", re.I), predicate))
                elif "x" in words:
                    i = words.index("x")
                    before, after = " ".join(words[:i]), " ".join(words[i + 1 :])
                    openers.update(words[:i])
                    if after == "for" and i == 1:
                        purposes.setdefault(words[0], predicate)
                    pattern = (
                        rf"(?<!\w){_phrase(before)}\s+(?P<x>.+?)\s+{_phrase(after)}\s+(?P<y>.+)"
                    )
                    frames.append((re.compile(pattern, re.I), _phrase(after), predicate))
                else:
                    predicates.setdefault(" ".join(words), predicate)
                    verb = words[0]
                    if (
                        len(words) >= 2
                        and words[-1] in _PLACES
                        and re.fullmatch(r"[a-z]{3,}[^s]s", verb)
                    ):
                        # "loads … into" in the verb's plain form: what a thing is for ("Load
                        # rows into A / B"), or said of several ("they deliver to A")
                        for plain in {verb[:-1], verb[:-2]} if verb.endswith("es") else {verb[:-1]}:
                            predicates.setdefault(" ".join([plain, *words[1:]]), predicate)
                    if len(words) == 2 and words[0].endswith("s") and words[1] in _TO:
                        # "delivers to": "Where Gromble can deliver: A, B" lists them too
                        for verb in (words[0], words[0][:-1]):
                            predicates.setdefault(f"{verb}:", predicate)
        # "Where Gromble can deliver (the ones worth knowing): A, B": a remark may stand
        # before the colon
        alternation = "|".join(
            _phrase(p[:-1]) + r"(?:\s*\([^()]{1,60}\))?\s*:" if p.endswith(":") else _phrase(p)
            for p in sorted(predicates, key=len, reverse=True)
        )
        between = re.compile(rf"(?<!\w)(?:{alternation})(?!\w)", re.I) if predicates else None
        return cls(between, predicates, frames, frozenset(openers), instruments, purposes)

    def predicate(self, said: str) -> str:
        """The relation a matched cue states (a phrase with "…" matched with its object)."""
        said = re.sub(r"\s*(?:\([^()]*\))?\s*:$", ":", " ".join(said.lower().split()))
        if said in self.predicates:
            return self.predicates[said]
        return next(
            r for p, r in self.predicates.items() if "…" in p and _gapped(p).fullmatch(said)
        )


def _gapped(phrase: str) -> re.Pattern[str]:
    return re.compile(rf"(?<!\w){_phrase(phrase)}(?!\w)", re.I)


def _phrase(text: str) -> str:
    """A cue phrase as a pattern; "…" stands for the object of its verb, up to three words
    ("loads … into": "loads nightly rows into")."""
    return r"\s+".join(
        r"(?:\S+\s+){0,2}?\S+"
        if w == "…"
        else re.escape(w[:-1]) + r"\s*:"
        if w.endswith(":")
        else re.escape(w)
        for w in text.split()
    )


def read_statements(b: Builder, cues: Mapping[str, Sequence[str]] | None) -> None:
    """Every relation a clause of a text unit states with a cue phrase becomes a fact."""
    compiled = Cues.compile(cues)
    if compiled.between is None and not compiled.frames and not compiled.instruments:
        return
    index = mention_index(b.out.entities, b.registry.surface_forms())
    for segment in unit_segments(b):
        if segment.unit.text != segment.unit.source.section_title:  # a heading states nothing
            mentions = _read_segment(b, compiled, index, segment)
            if not segment.cell:
                _subject_clauses(b, segment, mentions)
                _arrow_clauses(b, segment, mentions)


def _read_segment(
    b: Builder, cues: Cues, index: NameIndex[str], segment: Segment
) -> list[Match[str]]:
    """The relations of each clause; returns the segment's mentions. A clause opening with a
    cue is about the segment's entity only where that is plain: the first clause of a table
    cell, or the clause after a lead term naming the entity ("Keras: built on TensorFlow")."""
    text = segment.text
    mentions = [m for m in index.find_longest(text) if b.out.entities[m.value].cls not in _HIDDEN]
    lead = ""  # the previous clause, when it is only a name ("Keras" of "Keras: built on")
    opener = ""  # the name the previous clause opens with
    # the name the whole text opens with: what "it" is, where nothing nearer says
    first = next((m.value for m in mentions if not text[: m.start].strip(" *")), "")
    # ... or, when it opens with none, the thing it is said of: its own, or its section's
    section = segment.unit.source.section
    about = segment.subject or (b.registry.find(section[-1]) if section else None)
    for i, (s, e) in enumerate(sentence_spans(text)):
        inside = [m for m in mentions if s <= m.start and m.end <= e]
        # "QuillPipe keeps nothing: it buffers rows, then delivers them to A and B": a clause
        # that opens with "it" is about the name the clause before it opens with
        said_it = opener if _IT.match(text, s) else ""
        opener = next((m.value for m in inside if not text[s : m.start].strip()), "")
        # the clause after a lead that is only a name: the unit's subject, or the text's
        # opening name ("**Widget Hub** — uses FernKit")
        if segment.subject is not None:
            named = segment.subject if lead == segment.subject.id else None
        else:
            named = b.out.entities[lead] if lead and i == 1 else None
        implicit = segment.subject if segment.cell and i == 0 else named
        if implicit is None and said_it:
            implicit = named = b.out.entities[said_it]
        # the thing the text is about: its own, or the name it opens with
        own = segment.subject or (b.out.entities[first] if first else None)
        if (
            implicit is None
            and own is not None
            # the text opens with its name, or with none, its term standing outside it (not
            # a section's text, which is said of its heading's thing)
            and (first == own.id or (not first and about is not _titled(b, section)))
            and (opening := _opens_with_cue(cues, text, s, e)) is not None
        ):
            # "**Zorb Hose**: managed. Delivers to A, B and C.": a sentence that opens with
            # the cue, its subject left unsaid, is about the thing the text opens with (from
            # where it opens: "... managed. delivers to A" in lower case)
            implicit = named = own
            s, inside = opening, [m for m in inside if m.start >= opening]
        name = next((m for m in inside if not text[s : m.start].strip()), None)
        if name is not None and (m := _NAME_FOR.match(text[name.end : e])):
            # "...; AnalyzeFern for receipts and slips; ...": a name, then what it is for
            # (one purpose: not "Fern for rows, Quill for keys"; things it names may be in it)
            purpose = re.split(r"[.!?]\s", m["purpose"])[0].strip(" .,")
            bare = re.sub(r"\([^()]*\)", "", purpose)  # (a remark aside)
            if 0 < len(purpose.split()) <= 10 and not re.search(r"\bfor\b", bare):
                b.literal(b.out.entities[name.value], "usedFor", purpose, segment.unit)
        reader = _Clause(b, cues, segment.unit, text, (s, e), inside, mentions)
        reader.frames()
        reader.instruments()
        reader.between(
            implicit,
            lead=implicit is not None and implicit is named,
            it=b.out.entities[first] if first else about,
        )
        if named is not None:
            reader.uses(named)
        # (a remark in brackets aside: "Zorb Pipe (now Fern Pipe) – delivery into A, B")
        bare = re.sub(r"\s*\([^()]*\)", "", text[s:e]).strip()
        whole = (
            len({m.value for m in inside}) == 1 and bare == text[inside[0].start : inside[0].end]
        )
        lead = inside[0].value if whole else ""
    return mentions


def _titled(b: Builder, section: tuple[str, ...]) -> Entity | None:
    return b.registry.find(section[-1]) if section else None


def _opens_with_cue(cues: Cues, text: str, at: int, end: int) -> int | None:
    """Where the sentence at ``at`` opens with a relation's cue ("Delivers to ..."), or a
    clause of it written as a sentence in lower case ("buffers rows. lands them in ..."):
    that clause's start; None if none does."""
    if cues.between is None:
        return None
    starts = [at] + [m.end() for m in _LOWER_SENTENCE.finditer(text, at, end)]
    return next(
        (x for x in starts if cues.between.match(text, _CLAUSE_MARKS.match(text, x).end())), None
    )


_LOWER_SENTENCE = re.compile(r"[.;]\s+(?=[a-z])")  # a sentence its writer began in lower case


_CLAUSE_MARKS = re.compile(r"[\s*\-–—]*")  # spaces, bold and dashes before a clause's words


_IT = re.compile(r"\s*(?:it|It)\s")
_IT_BEFORE = re.compile(r"\b(?:it|It)\s+$")


class _Clause:
    """One clause of a text, its mentions, and the facts its cue phrases state."""

    def __init__(
        self,
        b: Builder,
        cues: Cues,
        unit: TextUnit,
        text: str,
        span: tuple[int, int],
        mentions: list[Match[str]],
        every: list[Match[str]] | None = None,
    ):
        self.b, self.cues, self.unit = b, cues, unit
        self.text, (self.s, self.e) = text, span
        self.mentions = mentions
        self.every = mentions if every is None else every  # the whole text's, for a list after

    def entity(self, m: Match[str]) -> Entity:
        return self.b.out.entities[m.value]

    def mention_at(self, start: int, end: int | None = None) -> Match[str] | None:
        for m in self.mentions:
            if m.start == start and (end is None or m.end == end):
                return m
        return None

    def frames(self) -> None:
        """ "Use AWS KMS to encrypt data", "use A for x, B for y": each slot's thing is used for
        what follows it."""
        clause = self.text[self.s : self.e]
        for pattern, after, predicate in self.cues.frames:
            m = pattern.search(clause)
            x = m and self.mention_at(self.s + m.start("x"), self.s + m.end("x"))
            if m and x is not None and not _NEGATION.search(clause[: m.start("y")]):
                self.purposes(x, self.s + m.start("y"), after, predicate)

    def purposes(self, x: Match[str], at: int, after: str, predicate: str) -> None:
        """What follows a frame, split where another name takes the slot ("..., B for y")."""
        parts = [(at, at)]  # (start of a purpose, end of its text so far)
        subjects = [x]
        for part in re.finditer(r"[^,]+", self.text[at : self.e]):
            text = re.sub(r"^(?:and|or)\s+", "", part.group().lstrip())
            begin = at + part.end() - len(text)
            pair = re.match(rf"(?P<x>.+?)\s+{after}\s+", text, re.I)
            if pair and part.start() > 0:
                nxt = self.mention_at(begin, begin + pair.end("x"))
                if nxt is None:
                    break  # another slot, filled by something that is not a name
                subjects.append(nxt)
                parts.append((begin + pair.end(), begin + pair.end()))
            parts[-1] = (parts[-1][0], at + part.end())
        for subject, (start, end) in zip(subjects, parts):
            objects = self.objects(start, end)
            for o in objects:
                self.fact(self.entity(subject), predicate, self.entity(o))
            purpose = self.text[start:end].strip(" .,;")
            if not objects and 0 < len(purpose.split()) <= 15:
                self.b.literal(self.entity(subject), predicate, purpose, self.unit)

    def uses(self, lead: Entity) -> None:
        """ "Vanishing gradients: use ReLU activations, LSTM cells or residual networks": after
        a lead, a clause that opens with a purpose frame's verb ("use X for") lists what serves
        the lead; each item that opens with a name is one of them."""
        clause = self.text[self.s : self.e]
        m = re.match(r"\s*(\w+)\s+", clause)
        predicate = m and self.cues.purposes.get(m.group(1).lower())
        if not predicate or _NEGATION.search(clause):
            return
        at = self.s + m.end()
        starts = [at] + [
            at + b.end()
            for b in re.finditer(r",\s*(?:(?:and|or)\s+)?|\s+(?:and|or)\s+", self.text[at : self.e])
        ]
        for start in starts:
            x = self.mention_at(_ARTICLE.match(self.text, start).end())
            if x is not None and x.value != lead.id:
                self.fact(self.entity(x), predicate, lead)

    def instruments(self) -> None:
        """ "Build nightly ledgers with Gromble, FernKit, Tessaract", "Orchestrate using Step
        Functions": a clause that opens with a purpose naming nothing, then the things that
        serve it, is a use of each (in the document's words)."""
        clause = self.text[self.s : self.e]
        for link, predicate in self.cues.instruments:
            m = link.search(clause)
            if m is None:
                continue
            purpose = clause[: m.start()].strip(" -*•")
            if not _purpose(purpose):
                continue
            if any(x.start < self.s + m.start() and _named(x, self.text) for x in self.mentions):
                continue  # "Widget Hub with FernKit": the opening names a thing, not a purpose
            for x in self.listed(self.s + m.end()):
                self.b.literal(self.entity(x), predicate, purpose, self.unit)

    def listed(self, at: int) -> list[Match[str]]:
        """The names at ``at`` ("Gromble, FernKit and Tessaract"), when nothing but a phrase that
        opens with a preposition ("... for ML") or the clause's end follows them."""
        found: list[Match[str]] = []
        pos = at
        for x in self.mentions:
            if x.start < at or not _named(x, self.text):
                continue
            gap = self.text[pos : x.start]
            joined = re.fullmatch(r"\s*(?:\([^()]*\)\s*)?(?:,\s*)?(?:(?:and|or|&)\s+)?", gap)
            if (found and (joined is None or not re.search(r",|and|or|&", gap))) or (
                not found and gap.strip()
            ):
                break
            found.append(x)
            pos = x.end
        tail = self.text[pos : self.e]
        tail = re.sub(r"^\s*\([^()]*\)", "", tail)
        if found and (
            re.fullmatch(r"\s*[.;:!?]?\s*", tail)
            or _PREPOSITION.match(tail.lstrip())
            and tail[:1].isspace()
        ):
            return found
        return []

    def between(self, subject: Entity | None, lead: bool = False, it: Entity | None = None) -> None:
        """ "Keras is built on TensorFlow": a cue between the clause's first name and others.
        After a ``lead`` naming the subject ("Gromble: fast, managed delivery into A and B"),
        a cue with no name before it in the clause is the subject's."""
        if self.cues.between is None:
            return
        # the colon that ends the clause too: "Where Gromble can deliver: A, B" lists after it
        for cue in self.cues.between.finditer(self.text, self.s, min(self.e + 1, len(self.text))):
            predicate = self.cues.predicate(cue.group())
            left = self.subject_before(cue.start(), subject)
            if left is None and lead and not any(m.end <= cue.start() for m in self.mentions):
                left = subject
            if (
                left is None
                and it is not None
                and _IT_BEFORE.search(self.text, self.s, cue.start())
            ):
                left = it  # "Gromble ... It scales on its own, and it delivers to A and B"
            if left is None:
                continue
            # "delivers to: A, B": the colon after a verb's preposition sets off its list (not
            # after a noun: "Fixes: A, B" are what fixes the thing, not what it fixes)
            colon = re.search(
                r"\b(?:to|into|onto|in|on|with|for|from|by|via)$", cue.group(), re.I
            ) and (re.match(r"\s*:", self.text[cue.end() :]))
            listed = (
                self.listed_after(cue.end() + (colon.end() if colon else 0))
                if cue.group().endswith(":") or colon
                else None
            )
            for o in listed if listed is not None else self.objects(cue.end()):
                target = self.entity(o)
                s, t = (target, left) if predicate in OBJECT_FIRST else (left, target)
                self.fact(s, predicate, t)

    def listed_after(self, at: int) -> list[Match[str]]:
        """The names that are whole items of the list after a colon ("deliver: A, B (note),
        C and some others"): each item a name, a remark in parentheses aside; an item in other
        words names nothing."""
        end = next((e for s, e in sentence_spans(self.text) if s >= at - 1), self.e)
        if lower := _LOWER_SENTENCE.search(self.text, at, end):
            end = lower.start() + 1  # "... or an HTTP endpoint. can do ...": the list ends
        text = re.sub(r"\([^()]*\)", lambda m: " " * len(m.group()), self.text[at:end])
        # "a. A   b. B   c. C": letters or numbers in order set the items off, as commas do
        marks = list(re.finditer(r"(?<!\S)([a-h]|[1-9])[.)](?=\s)", text))
        labels = [m.group(1) for m in marks]
        if len(marks) >= 2 and labels == [chr(ord(labels[0]) + i) for i in range(len(labels))]:
            for m in marks:
                text = text[: m.start()] + "," + " " * (m.end() - m.start() - 1) + text[m.end() :]
        found = []
        pos = at
        for item in re.split(r"(,|;|\band\b|\bor\b)", text):
            start = _ARTICLE.match(self.text, pos + len(item) - len(item.lstrip())).end()
            m = next((x for x in self.every if x.start == start), None)
            if m is not None and not text[m.end - at : pos - at + len(item)].strip(" .*"):
                found.append(m)
            pos += len(item)
        return found

    def subject_before(self, at: int, block: Entity | None) -> Entity | None:
        """The clause's opening name if only linking words stand between it and the cue, or
        the block's entity when the clause opens with the cue."""
        before = [m for m in self.mentions if m.end <= at]
        if not before:  # "Fully managed delivery into A": participles may say how
            # ... and adverbs and compounds before a verb's noun ("Near-real-time delivery
            # into A"), not before "for" ("built-in for A" is no purpose)
            words = re.findall(r"\w+(?:-\w+)*|,", self.text[self.s : at])
            purpose = self.text[at:].lower().startswith("for ")
            return block if all(_says_how(w, purpose) for w in words) else None
        m = before[-1]
        opening = self.text[self.s : m.start].lower().split()
        if any(
            w not in self.cues.openers and not _ARTICLE.fullmatch(w) and w not in _LABEL_OPENERS
            for w in opening
        ):
            return None
        return self.entity(m) if _only_linking(self.text[m.end : at]) else None

    def objects(self, at: int, end: int | None = None) -> list[Match[str]]:
        """The names a cue is followed by, if each is a whole noun phrase ("TensorFlow",
        "A, B and C"), not the start of a longer one ("IAM roles", "bias and accuracy
        tracking"); a later item that runs on ("..., B for y") ends the list before it."""
        end = self.e if end is None else end
        found: list[Match[str]] = []
        comma = False  # whether the name at ``pos`` follows a comma
        pos = _ARTICLE.match(self.text, at).end()
        while (m := self.mention_at(pos)) is not None and m.end <= end and _named(m, self.text):
            rest_at = m.end
            alias = re.match(r"\s*\([^()]*\)", self.text[rest_at:end])  # "... Processing (NLP)"
            rest_at += alias.end() if alias else 0
            rest = self.text[rest_at:end]
            closed = not rest.strip() or re.match(r"\s*(?:[,.;:)!?]|/\s)", rest)
            joined = re.match(r"\s*(?:,\s*)?(?:and|or|&)\s+", rest)
            if (
                joined
                and self.mention_at(_ARTICLE.match(self.text, rest_at + joined.end()).end()) is None
            ):
                # "A and something else": A is not the whole phrase; "A or an X" ends a list
                article = re.match(r"(?:an?|the)\s", rest[joined.end() :], re.I)
                return found + [m] if article and found else found
            # a preposition may follow the first name, or the last after "and"/"or"
            # ("TensorFlow or PyTorch for custom models"), not one after a comma
            modified = _PREPOSITION.match(rest.lstrip()) and (not found or not comma)
            if not (closed or joined or modified):
                return found
            found.append(m)
            # "A, B and C", or spaced slashes: "lands in S3 / Redshift / Splunk"
            nxt = joined or re.match(r"\s*,\s*|\s+/\s+", rest)
            if not nxt:
                break
            comma = "," in nxt.group() or "/" in nxt.group()
            pos = _ARTICLE.match(self.text, rest_at + nxt.end()).end()
        return found

    def fact(self, s: Entity, predicate: str, o: Entity) -> None:
        if s.id != o.id and o.cls not in _HIDDEN:
            self.b.fact(s, predicate, o, self.unit)


def _says_how(word: str, before_for: bool) -> bool:
    """Whether a word before a cue with no name before it only says how: a linking word, a
    participle ("managed"), and before a verb's noun an adverb or a compound
    ("near-real-time delivery into"), but not before "for" ("built-in for A": no purpose)."""
    if _LINKING.fullmatch(word):
        return True
    if before_for:
        return word.endswith("ed") and "-" not in word
    return word.endswith(("ed", "ly")) or "-" in word


# a clause that opens so says something of what came before, not what a thing is for
_NOT_PURPOSE = re.compile(
    r"(?:that|this|it|they|these|those|which|who|what|where|when|if|as|can|could|may|might|"
    r"will|would|should|must|is|are)\b",
    re.I,
)


def _purpose(text: str) -> bool:
    """ "Build nightly ledgers", "Detecting drift": words a clause opens with that say what it
    is for; not a title ("Hands-on Machine Learning"), a remark ("That's important"), a verb
    whose subject came before ("integrates", "supports X", "works well")."""
    words = text.split()
    return (
        2 <= len(words) <= 8
        and words[0][:1].isalpha()
        and not (words[0].endswith("s") and not words[0].endswith("ss"))
        and not re.search(r"(?:\w+ly|well)$", text)
        and not _NOT_PURPOSE.match(text)
        and not _NEGATION.search(text)
        and not is_title_case(text)
    )


def _named(m: Match[str], text: str) -> bool:
    """A mention written as a name: capitalised or of several words ("large" is just a word)."""
    written = text[m.start : m.end]
    return bool(re.search(r"[\s-]", written)) or not written.islower()


def _only_linking(text: str) -> bool:
    return all(_LINKING.fullmatch(w) for w in re.findall(r"\w+|,", text))


# a clause's start: the text's start, or after a sentence end, ";", ":" or a comma (", and")
_CLAUSE_START = re.compile(
    r"(?:^|[.;:!?]\s+|,\s+(?:and\s+|but\s+|while\s+)?)(?:(?:the|a|an)\s+)?$", re.I
)
_VERB = re.compile(r"[a-z]+(?:s|ed)")  # "discovers", "compiles", "deduplicates", "stored"
_PLAIN_VERB = re.compile(r"[a-z]{3,}(?<!s)(?<!ed)(?<!ing)(?<!ly)")
_NOT_VERBS = {"as", "this", "its", "us", "less", "yes", "across", "plus", "versus", "vs"}
_AUXILIARIES = {"is", "are", "was", "were", "can", "will", "may", "must", "should", "has", "have"}
_JOINING = {"of", "and", "or", "for", "in", "on", "with", "to"}  # a longer phrase, not a verb
_STOP_CLAUSE = re.compile(r"[.;!?](?:\s|$)|,\s+(?=(?:and\s+)?(?:the\s+)?[A-Z])")


def _subject_clauses(b: Builder, segment: Segment, mentions: list[Match[str]]) -> None:
    """ "FernKit indexes every log line", "The **MossLib** sync engine copies rows": a clause
    that opens with a name and goes on with its verb says something of that thing, in the
    document's words (a property), wherever it stands in the text. The segment's own thing
    already has the text."""
    text = segment.text
    for m in mentions:
        e = b.out.entities.get(m.value)
        if e is None or e is segment.subject or not _named(m, text):
            continue
        if not _CLAUSE_START.search(text[: m.start]):
            continue
        # the name's noun phrase may run on for two words ("MossLib sync engine")
        words = re.findall(r"\S+", text[m.end : m.end + 80])
        verb = next(
            (
                i
                for i, w in enumerate(words[:3])
                if w in _AUXILIARIES or (_VERB.fullmatch(w) and w not in _NOT_VERBS)
            ),
            None,
        )
        written = text[m.start : m.end]
        if verb is None and written.lower() in {plural(n).lower() for n in (e.label, *e.aliases)}:
            # "task nodes hold no data": a plural subject's verb goes without its -s
            if words and _PLAIN_VERB.fullmatch(words[0]) and is_everyday(words[0]):
                verb = 0 if words[0] not in _JOINING | _NOT_VERBS else None
        if verb is None or any(w.lower() in _JOINING for w in words[:verb]):
            continue
        end = _clause_end(text, m.end)
        if text[end : end + 1] == ")" and re.search(r",\s*(?:(?:and|or)\s+)?$", text[: m.start]):
            continue  # an item of a list in brackets ("(Quill, loss not rising, drift)")
        clause = text[m.start : end].strip(" ,")
        if 3 <= len(clause.split()) <= 40:
            b.literal(e, "hasProperty", clause, segment.unit)


def _clause_end(text: str, start: int) -> int:
    """Where the clause going on at ``start`` ends: not inside parentheses ("Quill finds
    shapes (Circle, Square, Star) in images" lists in them)."""
    depth, stops = 0, {m.start() for m in _STOP_CLAUSE.finditer(text, start)}
    for i in range(start, len(text)):
        if text[i] == "(":
            depth += 1
        elif text[i] == ")":
            depth -= 1
            if depth < 0:
                return i  # "(...; Quill lets teams load rows, fast), then": the bracket's end
        elif i in stops and depth <= 0:
            return i
    return len(text)


# '"Who removed the bucket?" → FernKit.': a scenario in quotes, an arrow, what answers it
# '"Who deleted it?" → CloudTrail', '"Group customers" = K-Means': a scenario and its answer
_ARROW = re.compile(  # (in straight or typographic quotes: “...” → X)
    r'["“]([^"“”]{3,200})["”]\s*(?:→|->|=>|⇒|=)\s*([^"“”→=]{1,80}?)\s*(?=[.;]?\s*["“]|[.;]?\s*$)'
)


def _arrow_clauses(b: Builder, segment: Segment, mentions: list[Match[str]]) -> None:
    """A quoted scenario mapped by an arrow to the one thing that answers it says something of
    that thing (a property, in the document's words)."""
    text = segment.text
    for m in _ARROW.finditer(text):
        start, end = m.span(2)
        named = [x for x in mentions if start <= x.start and x.end <= end]
        # (the answer is its name, a word or two before it at most: "= maximise recall", not
        # "→ pick one of these instead of X", "→ an AI service, not X", "→ Fern vs X")
        before = text[start : named[0].start] if len(named) == 1 else ""
        if (
            len(named) == 1
            and len(m.group(2).split()) <= 8
            and len(before.split()) <= 2
            and not _NEGATION.search(before)
            and not re.search(r"\b(?:instead|vs|versus|or|and|uses?)\b|[,(]", before)
        ):
            e = b.out.entities.get(named[0].value)
            if e is not None and e is not segment.subject:
                b.literal(e, "hasProperty", m.group(0).strip(), segment.unit)
