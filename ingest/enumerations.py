"""Things a sentence enumerates of a named thing: "It detects entities, key phrases, sentiment
and the dominant language" — written inline, the same list a note writes as bullets under
"Gromble Reader detects:".

A sentence whose subject is a known thing (its name, or "It"/"They" in a text about one thing)
and whose verb is followed by three or more short lower-case phrases joined by commas and a
final "and"/"or" gives each phrase a node, part of that thing, as the bullets would. Names
written as names (capitals) are left to ``prose`` and ``statements``; a verb that is a cue
phrase of a relation is left to ``statements``, which reads that relation.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence

from .builder import Builder
from .lexicon import is_common_word, is_everyday, is_plural_noun_phrase, singular
from .lists import COUNTED, NUMBER_WORDS, counted_kind, is_vague
from .mentions import mention_index
from .model import Entity, TextUnit
from .names import CODED_PAIR, split_outside_parentheses
from .outline import gerund_cues, gerund_topic
from .prose import is_whole_name, said_of_units, sentence_spans, unit_segments
from .statements import OBJECT_FIRST
from .tables import cell_names

# between the subject and its list: modal verbs and adverbs, then one verb ("also detects",
# "can detect", "automatically computes")
_VERB = re.compile(
    r"\s+(?:(?:can|will|also|then|automatically|\w+ly)\s+)*(?P<verb>[a-z]{3,})\s+",
)
# "Its built-in rules", "Their main modes": the parts of the thing the text is about
_POSSESSIVE = re.compile(r"\s*(?:its|their)\s+", re.I)
_OWNED = re.compile(r"['’]s\s+")
_PRONOUN = re.compile(r"\s*(?:it|they|this service|this tool)\b", re.I)
_ARTICLE = re.compile(r"^(?:the|a|an)\s+", re.I)
_ITEM_WORD = re.compile(r"[a-z][\w/+-]*$")
_MAX_WORDS = 4
_ADJECTIVE = re.compile(r"(?:ive|able|ible|ful|ous|less|al)$")
# English function words: no item holds one, no verb is one
_FUNCTION = frozenset(
    "a an the and or nor but if then than as at by for from in into of on onto to with within "
    "without via per over under about across after before between through during is are was "
    "were be been being has have had do does did can could may might will would shall should "
    "must not no it its they them their this that these those which who whom whose what when "
    "out up off down away back "
    "where why how all any each every some such so also only just very".split()
)


def read_enumerations(b: Builder, cues: Mapping[str, Sequence[str]] | None) -> None:
    """Each inline enumeration of a known thing's aspects becomes nodes part of that thing."""
    cue_words = {w for phrases in (cues or {}).values() for p in phrases for w in p.lower().split()}
    gerunds = gerund_cues(cues or {})  # "Remedies for X:", "To fix X:": a relation to X
    # "The fixes are ...", "Common remedies include ...": a relation named by the first word
    # of a cue phrase "X for"/"X to" ("remedies for", "fixes for", "solutions to")
    nouns = {
        p.split()[0]: r
        for r, phrases in (cues or {}).items()
        for p in phrases
        if r not in OBJECT_FIRST and len(p.split()) == 2 and p.split()[1] in ("for", "to")
    }
    index = mention_index(b.out.entities, b.registry.surface_forms())
    said_of = said_of_units(b)
    for segment in unit_segments(b):
        if segment.cell or segment.unit.text == segment.unit.source.section_title:
            continue
        text = segment.text
        mentions = index.find_longest(text)
        spans = sentence_spans(text)
        lead: Entity | None = None  # the subject of a clause that ended in a colon
        relation = "partOf"  # what the items after that colon are to it
        for i, (s, e) in enumerate(spans):
            clause = text[s:e]
            colon = i + 1 < len(spans) and text[e : spans[i + 1][0]].strip() == ":"
            if lead is not None:
                # "... watches four things: row freshness, loader lag and queue depth"
                items = _items(clause, whole=True, known=lambda x: is_whole_name(index, x))
                _enumerated(b, segment.unit, lead, items, stated=False, relation=relation)
                lead, relation = None, "partOf"
            named = _RELATION_NOUN.match(clause)
            if named and i and named.group("noun").lower() in nouns:
                # "Ledger drift leaves stale rows ... The fixes are resyncs, checksums and
                # more data": what the sentence before is about has them
                topic = _opening_subject(text[spans[i - 1][0] : spans[i - 1][1]])
                items = _items(clause[named.end() - 1 :])
                if topic and len(items) >= 3:
                    about = b.entity(topic, None, segment.unit)
                    if about is not None:
                        _enumerated(
                            b, segment.unit, about, items, False, nouns[named["noun"].lower()]
                        )
                    continue
            if colon and (purpose := gerund_topic(clause, gerunds)):
                # "To fix underfitting: more features, a bigger model": what each is to it
                if len(purpose[1].split()) <= 3:
                    lead = b.entity(purpose[1], None, segment.unit)
                    relation = purpose[0]
                    continue
            subject, rest_at, starts = None, None, []
            m = _PRONOUN.match(clause)
            owned = _POSSESSIVE.match(clause)
            if (m or owned) and segment.unit.id in said_of:
                # "It detects ...", "Its built-in rules include ...": the text's thing
                subject = b.out.entities.get(said_of[segment.unit.id])
                rest_at = m.end() if m else owned.end()
                starts = _noun_ends(clause, rest_at) if owned else [rest_at]
            elif (clause[:1].islower() or colon) and (named := _lead(text, spans, i, mentions)):
                # "Gromble Watcher – watches ...": the text after a lead term is its
                subject, rest_at = b.out.entities.get(named), 0
                starts = [0]
            elif i == 0 and clause[:1].islower() and segment.unit.id in said_of:
                subject, rest_at = b.out.entities.get(said_of[segment.unit.id]), 0
                starts = [0]
            else:
                opening = [x for x in mentions if s <= x.start and x.end <= e]
                first = opening[0] if opening else None
                if first is not None and not clause[: first.start - s].strip(" *•-"):
                    subject, rest_at = b.out.entities.get(first.value), first.end - s
                    # "Gromble's built-in checks include ...": the parts it owns
                    # "Widget Hub (WH) supports ...": its short name is no verb
                    short = re.match(r"\s*\([^()]{1,40}\)", clause[rest_at:])
                    rest_at += short.end() if short else 0
                    owned = _OWNED.match(clause, rest_at)
                    starts = _noun_ends(clause, owned.end()) if owned else [rest_at]
            if subject is None or rest_at is None:
                continue
            if colon and 0 < len(clause[rest_at:].split()) <= 12:
                # "X – watches four things:", not a bare label "Use cases:"
                lead = subject
                continue
            for start in starts:  # "Its built-in checks | include ...": where the verb is
                verb = _VERB.match(" " + clause[start:])
                if verb is None or verb.group("verb") in _FUNCTION:
                    continue
                if owned and verb.group("verb") not in cue_words:
                    continue  # "Its built-in checks include ...": the verb a relation's cue
                items = _items(clause[start + verb.end() - 1 :])
                if len(items) >= 3:
                    # what its parts include are its parts, whatever relation "include" states
                    stated = verb.group("verb") in cue_words and not owned
                    _enumerated(b, segment.unit, subject, items, stated)
                    break


# lower-case words sharing the plural noun after them: "master / core (HDFS) / task nodes"
_WORD = r"[a-z][a-z-]*(?:\s*\([^()]{1,20}\))?"
# (set apart by slashes: with commas, "more or better features" and "creating, transforming
# and selecting features" are no kinds)
_SHARED_HEAD = re.compile(
    rf"(?<![\w/-])(?P<items>{_WORD}(?:\s*/\s*{_WORD}){{2,}})\s+(?P<head>[a-z][a-z-]{{2,}}[^s\W]s)\b"
)
# one item of a list of names or identifiers: "DeepLabV3", "batch_skipgram", "CNN-QR", "/ping"
_TOKEN = r"[\w/][\w./+-]*(?:\s*\([^()]{1,40}\))?"
_SERIES = rf"{_TOKEN}(?:,\s+{_TOKEN})*,?\s+(?:and|or)\s+{_TOKEN}|{_TOKEN}(?:,\s+{_TOKEN}){{2,}}"
# "encoders pooled_embedding, hcnn or bilstm"; "FCN, PSP and DeepLabV3 algorithms"
# ... also after a hyphenated modifier ("; built-in learners Quill-QR, Fern+ and MOSS")
_HEAD_FIRST = re.compile(rf"\b(?P<head>(?:[a-z]+-[a-z]+\s+)?[a-z][\w-]*s)\s+(?P<items>{_SERIES})")
_HEAD_LAST = re.compile(rf"(?P<items>{_SERIES})\s+(?P<head>[a-z][\w-]*)\b")
# "approval status (Pending, Approved, Rejected)": names in brackets after what they are
# ... or set off by spaced slashes, the values a setting takes ("mode (cbow / skipgram /
# batch_skipgram)")
_SLASHED = r"[\w][\w.+-]*(?:\s+/\s+[\w][\w.+-]*){2,}"
_HEAD_BRACKETED = re.compile(
    rf"\b(?P<head>[a-z][a-z-]+(?:\s+[a-z][a-z-]+)?)\s+\((?P<items>{_SERIES}|{_SLASHED})\)"
)
# "Algorithms: CNN-QR, DeepAR+, Prophet and ETS, or ...": a plural label opening a sentence,
# a colon, then names
_LABELLED = re.compile(
    rf"(?:^|(?<=[.;(]\s)|(?<=[.;(]))\s*(?P<head>[A-Za-z][a-z-]*s):\s+(?P<items>{_SERIES})"
)
# "Destinations are A, B and C.", "The outputs include A and B": a plural naming what follows
# ... also with a few words between ("Encoders available for each side are A, B and C")
_PLURAL_ARE = re.compile(
    r"(?:^|(?<=[.!?]\s))(?:The\s+)?"
    # (not "Those permissions are ...": things said before, no kind)
    r"(?!(?:[Tt]hose|[Tt]hese|[Ss]uch|[Bb]oth|[Oo]ther)\b)"
    # (a count is no part of the kind: "Four settings are required: ...")
    rf"(?:(?i:{'|'.join(NUMBER_WORDS)}|\d+)\s+)?"
    # (an acronym may qualify it: "ML Insights include ...")
    r"(?P<head>(?:[A-Z]{2,5}\s+)?[A-Za-z][a-z-]+(?:\s+[a-z][a-z-]+)?s)"
    r"(?:\s+(?!(?:are|include|is|was|were|can|will)\b)[a-z]+){0,4}?"
    # (not "... are enforced for A, B": a passive verb, no list; "are required: A, B" or "are
    # mandatory: A, B" says what the things after its colon are)
    r"\s+(?:are|include)\s+(?:[a-z]+\s*:\s+)?"
    r"(?![a-z]+(?:ed|en)\s+(?:for|by|to|in|on|with|from|at|as)\b)(?P<items>[^.!?;]+)"
)


def _comma_series(items: str) -> str:
    """A series with commas only: a last "and" parts its last two items ("A, B and generic
    C"), and no articles ("..., a hierarchical CNN, and a bidirectional LSTM")."""
    items = re.sub(r"(,[^,()]*?)\s+(?:and|or)\s+([^,()]+)$", r"\1, \2", items)
    return re.sub(r"(?:^|(?<=,))\s*(?:and\s+|or\s+)?(?:an?|the)\s+", " ", items)


# "... by splitting shards. Consumers: A, B (C) and D.": a plural label after a sentence of
# the same text (at its start, the text's own lead term), a colon, then two or more names
_COLON_LABEL = re.compile(
    r"(?<=[.!?;]\s)(?P<head>[A-Z][a-z-]+(?:\s+[a-z][a-z-]+)?s):\s+"
    r"(?P<items>[^.!?;:]+(?:,|\s(?:and|or)\s)[^.!?;:]+)(?=[.!?;]|$)"
)
# words that leave a label saying nothing of what it lists ("Others:", "Useful extras:")
_NOT_A_KIND = frozenset(("other", "others", "useful", "more", "some", "extra", "extras", "main"))
# "for drift — row checks, label checks, skew drift —": a list set off by dashes after a noun
_DASHED = re.compile(r"\b(?P<head>[a-z][a-z-]{2,})\s+[—–]\s+(?P<items>[^—–.;:]{3,160}?)\s+[—–]")
_VERB_WORD = re.compile(
    r"\b(?:are|is|was|were|be|can|could|will|would|should|must|may|might|do|does|did|has|have|had)\b"
)
# a clause that is nothing but names: "Gromble: row streams; Quill-QR, Fern+, Moss, ZPTS;"
_BARE = re.compile(rf"(?:^|(?<=[;:(]))\s*(?P<items>{_SERIES})\s*(?=[;.)]|$)")


def _name_token(item: str) -> bool:
    """An item written as a name or an identifier: capitals, digits, "_" or "/" in it, or a
    word English does not use ("hcnn")."""
    from wordfreq import zipf_frequency

    core = re.sub(r"\s*\([^()]*\)$", "", item)
    return bool(re.search(r"[A-Z0-9_/]", core)) or zipf_frequency(core.lower(), "en") < 2.0


_SETS_OFF = "(;:"  # what stands before a list set off in a text ("...; FCN, PSP and ...")
_DETERMINERS = frozenset(
    "the its their with of two three four five six seven eight nine ten several".split()
)


def _apposed(text: str, m: re.Match, head_last: bool) -> bool:
    """Whether a headed list stands on its own in its clause: after "(", ";" or ":" (or a
    determiner, "with modes a, b"), and, with its noun last, ending the clause ("...; FCN, PSP
    and DeepLabV3 algorithms."), not the subject or object of a verb ("supports JSON or CSV
    formats", "The PCA and K-means algorithms are useful")."""
    before = text[: m.start()].rstrip()
    words = re.findall(r"[A-Za-z]+", before[-20:])
    set_off = bool(before) and (
        before[-1] in _SETS_OFF
        or (bool(words) and words[-1].lower() in _DETERMINERS)
        or (head_last and bool(words) and words[-1].lower() in ("a", "an"))  # "a X or Y kind"
    )
    if not head_last:
        return set_off  # "Supports JSON or CSV" opening a text: a verb, not a noun
    after = text[m.end() :].lstrip()
    return set_off and (not after or after[0] in ".;)")


def _opened_by_known(text: str, index, b: Builder) -> list[str]:
    """The known names that open the sentences of ``text``, when all are of one class."""
    found: list[str] = []
    for m in re.finditer(r"(?:^|(?<=[.!?])\s+)(?=[A-Z])", text):
        hit = next(iter(index.find_longest(text[m.end() : m.end() + 60])), None)
        e = b.out.entities.get(hit.value) if hit is not None and hit.start == 0 else None
        if e is not None and e.label not in found:
            found.append(e.label)
    classes = {b.out.entities[b.registry.find(n).id].cls for n in found if b.registry.find(n)}
    return found if len(classes) == 1 else []


def read_headed_lists(b: Builder) -> None:
    """ "modes cbow, skipgram and batch_skipgram", "FCN, PSP and DeepLabV3 algorithms": names
    listed with the plural noun that says what they are, in a text about one thing: each a
    thing of that kind, part of it."""
    said_of = said_of_units(b)
    index = mention_index(b.out.entities, b.registry.surface_forms())
    said_in: dict[str, set[str]] = {}  # the units that say something of each thing so far
    for f in b.out.facts:
        said_in.setdefault(f.subject, set()).add(f.unit)
    for segment in unit_segments(b):
        owner = b.out.entities.get(said_of.get(segment.unit.id, ""))
        if segment.cell:
            if segment.subject is not None:
                _setting_values(b, segment.text, segment.subject, segment.unit)
            continue
        text = segment.text
        opening = next(iter(index.find_longest(text[:80])), None)
        lead = b.out.entities.get(opening.value) if opening and opening.start == 0 else None
        for m in COUNTED.finditer(text):
            # "three feed modes ... Copy mode copies ... Stream mode streams ...": the
            # sentences after a count open with the things counted, by the kind's head
            kind = counted_kind(m.group(0))
            head = kind.split()[-1].lower() if kind else ""
            if not head or head in _FUNCTION:
                continue
            opening = re.compile(
                rf"(?:^|(?<=[.!?;]\s))\s*([A-Z][\w-]*(?:\s+[A-Za-z][\w-]*){{0,2}}?\s+{head})\b"
            )
            names = list(dict.fromkeys(opening.findall(text[m.end() :])))
            count = NUMBER_WORDS.get(m.group(0).split()[0].lower(), 0)
            if not names:
                # "Vision has three built-ins. ... Quill Grid assigns ... Fern Boxes draws ...":
                # as many sentences after the count open with known names of one class
                names = _opened_by_known(text[m.end() :], index, b)
                names = names if len(names) == count else []
            if 2 <= len(names) <= count:
                for name in names:
                    x = b.entity(name, None, segment.unit)
                    if x is not None:
                        b.kind(x, kind, segment.unit)
                        if (about := lead or owner) is not None and x.id != about.id:
                            b.owned.append((x, kind, about, segment.unit))
        for m in _DASHED.finditer(text):
            # "watches endpoints for drift — row checks, label checks, skew drift —": the
            # kinds of the noun the dashes set the list off from
            items = [x.strip() for x in split_outside_parentheses(m["items"], ",")]
            items = [re.sub(r"^(?:and|or)\s+", "", x) for x in items if x]
            if (
                len(items) >= 3
                and all(0 < len(x.split()) <= 4 and not _VERB_WORD.search(x) for x in items)
                and (about := lead or owner) is not None
            ):
                kind = singular(m["head"])
                for item in items:
                    x = b.entity(item[:1].upper() + item[1:], None, segment.unit)
                    if x is not None and x.id != about.id:
                        b.kind(x, kind, segment.unit)
                        b.fact(x, "partOf", about, segment.unit)
                        b.owned.append((x, kind, about, segment.unit))
        for m in _SHARED_HEAD.finditer(text):
            # "master / core / task nodes": a node of each kind, the head said once after
            # its modifiers
            items = [x for x in re.split(r"\s*/\s*", m["items"]) if x]
            items = [re.sub(r"\s*\([^()]*\)", "", x) for x in items]
            head = singular(m["head"])
            if (
                len(items) >= 3
                and not _FUNCTION & {head, *items}
                and not any(_ADJECTIVE.search(x) or x.endswith("ly") for x in items)
                and (about := lead or owner) is not None
            ):
                kind = head
                for item in items:
                    x = b.entity(f"{item[:1].upper()}{item[1:]} {head}", None, segment.unit)
                    if x is not None and x.id != about.id:
                        b.kind(x, kind, segment.unit)
                        b.fact(x, "partOf", about, segment.unit)
        for m in _PLURAL_ARE.finditer(text):
            # "Outputs are Zorb, Quill and FernKit.": what a lead-in "Outputs:" over them says,
            # of the thing the text is about (or opens with)
            if _VERB_WORD.search(m["items"]):
                continue  # "... are A and B, and C are recommended": no bare list
            if ":" in text[m.start() : m.start("items")] and not re.search(
                r",|\b(?:and|or)\b", m["items"]
            ):
                continue  # "Fern scores are noisy: raise the rows.": a remedy, no list
            # (in a text said of nothing, the thing its section's heading names: "Accuracy
            # metrics are A, B and C." in a paragraph under "Fern Forecasts")
            if (about := lead or owner or b.headed(segment.unit.source)) is not None:
                cell_names(b, [about], m["head"], _comma_series(m["items"]), segment.unit)
        for m in _COLON_LABEL.finditer(text):
            # "... the Quill Agent. Consumers: Fern Client Library (FCL), Lambda, Moss.": a
            # plural label inside a text, then the names it labels, of the text's thing
            # (a count is no part of the kind: "Three steps: ...")
            head = re.sub(rf"^(?:{'|'.join(NUMBER_WORDS)}|\d+)\s+", "", m["head"], flags=re.I)
            if not is_plural_noun_phrase(head) or _VERB_WORD.search(m["items"]):
                continue
            if is_vague(head) or head.split()[0].lower() in _NOT_A_KIND or b.class_for(head):
                continue  # "Other ones: a, b", "Useful extras: c": no kind of thing
            if (about := lead or owner or b.headed(segment.unit.source)) is not None:
                # ("A and B": two, as "A, B and C" is three)
                two = re.sub(r"^([^,()]+?)\s+(?:and|or)\s+([^,()]+)$", r"\1, \2", m["items"])
                items = _comma_series(two)
                parts = [re.sub(r"\([^()]*\)", "", x) for x in items.split(",")]
                if any("_" in x for x in parts) or (
                    sum(bool(re.search(r"\s(?:and|or)\s", x)) for x in parts) >= 2
                ):
                    continue  # "start and target (required), cat and row_cap": pairs, settings
                cell_names(b, [about], head[:1].upper() + head[1:], items, segment.unit)
        if owner is None:
            continue
        for pattern in (_HEAD_FIRST, _HEAD_LAST, _HEAD_BRACKETED, _LABELLED):
            for m in pattern.finditer(text):
                head = m.group("head")
                items = _series_items(m.group("items"))
                coded = False
                if pattern is _LABELLED:
                    head = head.lower()
                    if not all(re.match(r"[A-Z0-9/]", x) for x in items):
                        continue
                elif pattern is _HEAD_BRACKETED:
                    # what they are, not a verb before them ("loads data (CSV, JSON)")
                    words = head.split()
                    if len(words) == 2 and (words[0] in _FUNCTION or words[0].endswith("s")):
                        head = words[1]
                    # (values set off by slashes may be lower-case words, one of them code:
                    # "cbow / skipgram / batch_skipgram")
                    coded = _slashed_values(m.group("items"), items)
                    if not coded and not all(re.match(r"[A-Z0-9/]|\w+_", x) for x in items):
                        continue
                elif not _apposed(text, m, pattern is _HEAD_LAST):
                    continue
                # "with a QuillNet-50 or QuillNet-101 backbone": alternatives, each of them
                either = (
                    pattern is _HEAD_LAST
                    and re.search(r"\ban?\s*$", text[: m.start()])
                    and " or " in m.group("items")
                )
                if (
                    len(items) < 2
                    or not (is_plural_noun_phrase(head) or either or pattern is _HEAD_BRACKETED)
                    or head.lower() in _FUNCTION
                    or head.split()[-1] in _FUNCTION
                    or not (coded or all(_name_token(x) for x in items))
                ):
                    continue
                # "built-in learners": learners (the modifier is no kind of its own)
                kind = singular(head.split()[-1] if "-" in head.split()[0] else head)
                kind = kind[:1].upper() + kind[1:]
                for item in items:
                    x = b.entity(item, b.class_for(head), segment.unit, identifier="_" in item)
                    if x is not None and x.id != owner.id:
                        b.kind(x, kind, segment.unit)
                        b.fact(x, "partOf", owner, segment.unit)
        for m in _BARE.finditer(text):
            # three or more names set off on their own, none an everyday word: each a thing
            # of the text's thing; a name known already keeps what was said of it elsewhere
            items = _series_items(m.group("items"))
            before = re.search(r"\b([A-Z]{3,})\s*\($", text[: m.start()])
            if before and before.group(1) == "".join(x[0] for x in items).upper():
                continue  # "ETL (Extract, Transform, Load)" spells out a name
            if len(items) < 3 or not all(
                re.match(r"[A-Z0-9/]", x) and _name_token(x) and len(x) > 1 for x in items
            ):
                continue
            for item in items:
                known = b.registry.find(item)
                if known is not None and said_in.get(known.id, set()) - {segment.unit.id}:
                    continue
                x = b.entity(item, None, segment.unit)
                if x is not None and x.id != owner.id:
                    b.fact(x, "partOf", owner, segment.unit)


def _slashed_values(series: str, items: list[str]) -> bool:
    """Whether a bracketed series is a setting's values: set off by spaced slashes, one of
    them written as code ("cbow / skipgram / batch_skipgram")."""
    return bool(re.fullmatch(_SLASHED, series)) and any(re.search(r"_|\d", x) for x in items)


def _setting_values(b: Builder, text: str, owner: Entity, unit: TextUnit) -> None:
    """A table cell's setting and the values it takes, set off by slashes in brackets ("mode
    (cbow / skipgram / batch_skipgram)" in a row of hyperparameters): each value a thing of
    the setting's kind, part of the row's thing."""
    coded = b.registry.find_code(owner.label)
    setting = owner.cls == "Hyperparameter" or (coded is not None and coded.id == owner.id)
    if setting and (values := _cell_values(text)):
        # "sgd, adam, rmsprop or nag" in the row of the setting `optimizer`: its values
        for item in values:
            x = b.entity(item, None, unit, identifier=True)
            if x is not None and x.id != owner.id:
                b.setting_values.add(x.id)
                b.fact(owner, "example", x, unit)
        return
    for m in _HEAD_BRACKETED.finditer(text):
        items = _series_items(m.group("items"))
        if not _slashed_values(m.group("items"), items):
            continue
        head = m.group("head")
        kind = head.split()[-1] if head.split()[0] in _FUNCTION else head
        for item in items:
            x = b.entity(item, None, unit, identifier="_" in item)
            if x is not None and x.id != owner.id:
                b.kind(x, kind[:1].upper() + kind[1:], unit)
                b.fact(x, "partOf", owner, unit)


def _cell_values(text: str) -> list[str]:
    """The values a cell lists and nothing else, as a setting's are spelt: two or more
    lower-case words, one of them code or most of them no everyday English ("sgd, adam,
    rmsprop or nag"; not "channels, height, width")."""
    text = text.strip().rstrip(".")
    # (after a label that says what they are: "Noise model: a (default), b or c")
    text = re.sub(r"^[A-Za-z][\w -]{0,30}:\s+", "", text)
    text = re.sub(r"\s*\((?:the\s+)?default\)", "", text, flags=re.I)
    if "," not in text and not re.search(r"\s(?:or|and)\s", text):
        return []
    items = _series_items(text)
    if len(items) < 2 or not all(_VALUE.fullmatch(x) for x in items):
        return []
    coded = any(re.search(r"[_\d]", x) for x in items)
    return items if coded or 2 * sum(not is_everyday(x) for x in items) > len(items) else []


_VALUE = re.compile(r"[a-z][A-Za-z0-9_.-]*")


def _series_items(series: str) -> list[str]:
    """The items of "A, B and C" (the joining words and closing stops left out; coded names
    joined by a slash are two: "P2/P3, G4dn")."""
    items = [
        x.strip().rstrip(".;:")
        # (", or C": a serial comma; "A / B / C": alternatives)
        for x in re.split(r",?\s+(?:and|or)\s+|,\s+|\s+/\s+", series)
        if x.strip() and x.strip() not in ("and", "or")
    ]
    return [y for x in items for y in (x.split("/") if CODED_PAIR.fullmatch(x) else [x])]


def _enumerated(
    b: Builder,
    unit: TextUnit,
    subject: Entity,
    items: list[str],
    stated: bool,
    relation: str = "partOf",
):
    """Each item a node, part of ``subject`` (or in the lead's ``relation`` to it) unless the
    verb states a relation of its own (``stated``: statements reads it)."""
    if len(items) < 3 or any(
        " " not in x and b.class_for(x) and not b.registry.find(x) for x in items
    ):
        return  # "runs, parameters and metrics": a class's name is no aspect of one thing
    for item in items:
        remark = re.search(r"\s*\(([^()]*)\)\s*$", item)
        if remark and any(w.lower() in _FUNCTION for w in remark.group(1).split()):
            item = item[: remark.start()]  # "train (is required)": a remark, not a name
        name = item if "_" in item or item[:1].isupper() else item[0].upper() + item[1:]
        if is_common_word(name) and not b.registry.find(name):
            continue  # "train, validation and test": an everyday word is no new name
        x = b.entity(name, None, unit)
        if x is not None and x.id != subject.id and not stated:
            b.fact(x, relation, subject, unit)


def _lead(text: str, spans: list, i: int, mentions: list) -> str | None:
    """The thing the clause before clause ``i`` only names ("Gromble Watcher" of "Gromble
    Watcher – watches ..."), if it is the text's first clause."""
    if i != 1:
        return None
    s, e = spans[0]
    whole = [m for m in mentions if m.start == s + len(text[s:e]) - len(text[s:e].lstrip())]
    return whole[0].value if whole and whole[0].end == s + len(text[s:e].rstrip()) else None


_RELATION_NOUN = re.compile(
    r"\s*(?:the\s+|its\s+|their\s+)?(?:(?:common|usual|main|typical|standard)\s+)?"
    r"(?P<noun>[a-z]+)\s+(?:are|include)\s",
    re.I,
)


def _opening_subject(sentence: str) -> str:
    """The one or two words a sentence opens with before its verb ("Drift leaves stale rows
    ...": "Overfitting"), or ""."""
    m = re.match(r"\s*([A-Z][a-z][\w-]*(?:\s[a-z][\w-]*)?)\s+(?:is|are|[a-z]{3,}s)\b", sentence)
    return m.group(1) if m and not is_common_word(m.group(1)) else ""


def _noun_ends(clause: str, at: int) -> list[int]:
    """Where a noun phrase of one to three words from ``at`` may end ("built-in | checks")."""
    return [at + m.end() for m in re.finditer(r"[a-z][\w-]*", clause[at:])][:3]


# a verb's phrase among the items: a word in -s and then an article ("builds an index")
_DOES = re.compile(r"^(?:(?:and|or)\s+)?[a-z]+s\s+(?:a|an|the|its|their|each)\s")


def _items(text: str, whole: bool = False, known=None) -> list[str]:
    """ "entities, key phrases, the dominant language and personal data (PII), performs ..."
    → the phrases up to the one after "and"/"or"; [] unless every one is a short lower-case
    noun phrase (only the last may run on: "... and sentiment for reviews"). A ``whole`` list
    (after a colon) is the whole text, and its items may also be ``known`` names."""
    items: list[str] = []
    for part in split_outside_parentheses(text, ","):
        part = part.strip()
        if _DOES.match(part):
            return []  # "samples rows, optionally reduces them, and builds an index": acts
        last = re.match(r"(?:and|or)\s+(.*)$", part, re.S)  # ", and C" (serial comma)
        # "and"/"or" inside parentheses joins no items ("regularization (L1 or L2)")
        masked = re.sub(r"\([^()]*\)", lambda m: "_" * len(m.group()), part)
        pair = None if last else re.search(r"\s+(?:and|or)\s+", masked)
        if last:
            pieces, tail = [], last.group(1)
        elif pair:
            pieces, tail = [part[: pair.start()]], part[pair.end() :]
        else:
            pieces, tail = [part], None
        if tail is not None:
            tail = _ARTICLE.sub("", tail.strip())
            pieces.append(tail.rstrip(".;:!?") if whole else _leading_phrase(tail))
        for piece in pieces:
            piece = _ARTICLE.sub("", piece.strip()).rstrip(".;:!?")
            if whole and items and not (known is not None and known(piece)):
                # "a private crew of trusted staff": the noun phrase before "of"
                piece = re.split(r"\s+(?:of|from|that|who|which)\s+", piece, maxsplit=1)[0]
            if not (_phrase(piece, True) or (known is not None and known(piece))):
                return []
            items.append(piece)
        if tail is not None:
            break  # the list ends with the item after "and"/"or"
    else:
        if not whole:
            return []  # a list in a sentence ends with "and"/"or"; after a colon, anywhere
    if all(x.split()[0].lower().endswith("ing") for x in items):
        return []  # "creating, transforming and selecting features": actions, not things
    # names written as names are left to ``prose`` unless lower-case phrases stand beside them
    return items if any(_phrase(x) for x in items) else []


def _leading_phrase(text: str) -> str:
    """The noun phrase a last item opens with ("sentiment for reviews" → "sentiment")."""
    words = text.split()
    for i, w in enumerate(words):
        if i and w.lower() in _FUNCTION and not w.startswith("("):
            return " ".join(words[:i])
    return text


def _phrase(text: str, capitals: bool = False) -> bool:
    """A short noun phrase in lower case, not a lone adjective ("scalable"), told by its
    English ending."""
    core = re.sub(r"\s*\([^()]*\)\s*$", "", text).strip()
    words = core.split()
    return (
        0 < len(words) <= _MAX_WORDS
        and all(_ITEM_WORD.match(w.lower() if capitals else w) for w in words)
        and not any(w in _FUNCTION and (w != "not" or not i) for i, w in enumerate(words))
        and not (len(words) == 1 and _ADJECTIVE.search(words[0]))
    )
