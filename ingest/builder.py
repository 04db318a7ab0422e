"""Shared helpers of the interpreters: units, facts, entities with their name details."""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Mapping, Sequence
from dataclasses import replace
from functools import cache, lru_cache

from .blocks import Source
from .lexicon import ClassWords, singular
from .mentions import NameIndex
from .model import Entity, Extraction, Fact, TextUnit
from .names import (
    FILE_NAME,
    ParsedName,
    ServiceCatalog,
    algorithm_keys,
    algorithm_spellings,
    format_names,
    format_spellings,
    initials,
    is_acronym,
    is_identifier,
    is_instance_type,
    name_key,
    parse_name,
    split_list,
)
from .registry import EntityRegistry, slug
from .text import PICTOGRAPHS, plain

VERSUS = re.compile(r"\s(?:vs\.?|versus)\s", re.I)

FUNCTION_WORDS = re.compile(
    r"(is|are|was|were|be|with|using|used|uses|use|that|which|by|from|into|to|the|a|an|"
    r"supports?|provides?|offers?|allows?|helps?|enables?|monitors?|can|should|when|if|as)",
)


# pictographs (and their variation selectors and joiners) at either end of a name
_MARKS_AROUND = re.compile(rf"^[\s{PICTOGRAPHS}\ufe0f\u200d]+|[\s{PICTOGRAPHS}\ufe0f\u200d]+$")
CUT_WORD_ZIPF = 3.5  # a last word English uses more often is no word cut short
# a word cut short with a full stop, in a name of two words or more ("Factorization Mach.")
_CUT_SHORT = re.compile(r"^\S+(?:\s+\S+)*\s+[A-Za-z][a-z]{2,}\.?$")
# a figure opening a phrase: a percentage or a decimal ("97.5% quill rate", "0.5 cut-off")
_MEASURED = re.compile(r"^\s*\d+(?:[.,]\d+)?\s*%|^\s*\d+[.,]\d+\s+[a-z]")


@lru_cache(maxsize=1 << 16)
def is_name_like(text: str, max_words: int = 6) -> bool:
    """Whether a phrase reads as a name ("Receiver Operating Characteristic"), not a sentence."""
    t = plain(text)
    core = re.sub(r"\([^)]*\)", "", t).strip()
    if not core or len(core.split()) > max_words or core.endswith(".") and len(core.split()) > 3:
        return False
    words = core.split()
    if any(FUNCTION_WORDS.fullmatch(w) for w in words) or re.match(
        r"^(no|none|n/a|not)\b", core, re.I
    ):
        return False
    if re.search(r"[≤≥<>]\s*~?\d", core):  # "Payload ≤ 6 MB": a limit, no name
        return False
    lower = [w for w in words[1:] if w[:1].islower() and w not in CONNECTORS]
    if len(lower) >= 2:
        # "Neural topic model (NTM)": written in sentence case, named by its initials
        m = re.fullmatch(r"(.+?)\s*\(([^()]+)\)", t.strip())
        return bool(
            m
            and is_acronym(m.group(2))
            and initials(m.group(1).split()) == re.sub(r"[^A-Za-z0-9]", "", m.group(2)).upper()
        )
    # ("eXtreme Boosting", "k-Nearest Neighbors": a name that opens with a small letter)
    return core[0].isupper() or core[0].isdigit() or bool(re.match(r"^[a-z]+-?[A-Z]", core))


def versus_names(*sides: str) -> list[tuple[str, str]]:
    """The things "A vs B" sets side by side, each with the short form written, if shorter:
    "Gromble vs Tessaract sync" → Gromble sync (Gromble), Tessaract sync (Tessaract)."""
    sides = tuple(s.strip() for s in sides)
    if len(sides) == 2:
        a, b = sides
        if len(a.split()) == 1 and len(b.split()) >= 2 and b.split()[-1].islower():
            tail = " ".join(b.split()[1:])
            return [(f"{a} {tail}", a), (b, b.split()[0])]
    return [(s, "") for s in sides]


_CODE_SPAN = re.compile(r"`([^`\n]+)`")
CONNECTORS = {"of", "and", "for", "&", "in", "on", "to", "/"}
# English's closed word classes: question words, prepositions, conjunctions, pronouns,
# an amount: a number and its unit, or a number of things ("2 MB/s", "1,000 records/s", "$5");
# not a number alone, a setting's value ("num_layers: 18, 34 or 50")
_AMOUNT_NAME = re.compile(
    r"[$€£]\s?\d[\d,.]*|\d[\d,.]*(?:\s?(?:%|[KMGTP]i?B(?:/s)?|ms|s|secs?|mins?|h|hrs?)|"
    r"\s[a-z]+(?:/[a-z]+)?)"
)
# articles (a name is never one of these alone)
_CLOSED_WORD = re.compile(
    r"when|where|why|how|what|which|who|whom|whose|for|of|in|on|at|to|from|by|with|about|"
    r"into|over|under|and|or|but|if|then|so|the|a|an|it|its|this|that|these|those|they|we|"
    r"you|i|he|she|is|are|was|were|be|not|no|yes"
)


@cache
def catalog_index(catalog: ServiceCatalog) -> NameIndex[int]:
    """Every spelling (3+ characters) of every catalog service → its position, case as written."""
    index: NameIndex[int] = NameIndex()
    for i, service in enumerate(catalog.services):
        for n in (service.canonical, *service.aliases):
            if len(n) >= 3:
                index.add(n, i, exact_case=not _unmistakable(n))
            elif len(n) == 2 and n[0].isupper() and n[1].isdigit():
                index.add(n, i, exact_case=True)  # "S3", as written (not an "s3://" path)
    return index


@cache
def algorithm_index() -> NameIndex[str]:
    """Every spelling of the algorithms SageMaker ships (3+ characters) → its canonical name,
    written as a name (case as given)."""
    index: NameIndex[str] = NameIndex()
    for n, canonical in algorithm_spellings().items():
        if len(n) >= 3:
            index.add(n, canonical, exact_case=True)
    return index


@cache
def format_index() -> NameIndex[str]:
    """The spellings of the common formats of files that name nothing else, as written →
    the canonical name: capitals inside ("CSV", "RecordIO"), a digit, a "/" or several words;
    not an everyday word ("Feather", "Arrow" alone)."""
    from wordfreq import zipf_frequency

    index: NameIndex[str] = NameIndex()
    for n, canonical in format_names().items():
        if len(n) >= 3 and (
            sum(c.isupper() for c in n) >= 2
            or re.search(r"[\d/\s]", n)
            or zipf_frequency(n.lower(), "en") < RARE_FORMAT_ZIPF
        ):
            index.add(n, canonical, exact_case=True)
    return index


RARE_FORMAT_ZIPF = 3.0


def _unmistakable(name: str) -> bool:
    """Whether a service's spelling names it in any case: notes write "amazon athena" and
    "fernkit sync" in lower case; "forecast" or "data pipeline" are also words."""
    from wordfreq import zipf_frequency

    words = name.lower().split()
    rare = [zipf_frequency(w, "en") < (2.5 if len(words) == 1 else 3.0) for w in words]
    return any(rare) or (len(words) >= 2 and words[0] in ("amazon", "aws"))


# a definition opening with the kind of thing defined: "dataset (user_id, item_id) — ..."
_KIND_FIRST = re.compile(r"^([a-z][a-z-]{2,}(?<!ed)(?<!ing)(?<!ly))(?:\s+\(|\s+[—–-]\s|,\s)")


class Builder:
    """Accumulates an :class:`Extraction`; the interpreters call it for every fact they read."""

    def __init__(
        self,
        registry: EntityRegistry | None = None,
        class_names: Mapping[str, Sequence[str]] | None = None,
        cues: Mapping[str, Sequence[str]] | None = None,
    ):
        self.registry = registry or EntityRegistry()
        words = ClassWords(class_names or {})
        self.class_for, self.names_a_class = words.class_for, words.names_a_class
        self.cues = cues or {}  # relation → the phrases that state it (the ontology's)
        # what a relation's objects (True) or subjects are called → the relation
        self.listed: dict[str, tuple[str, bool]] = {}
        # topic id → what the items read under it are to it ("^relation": the topic to them)
        self.relate: dict[str, str] = {}
        self.out = Extraction(entities=self.registry.entities)
        self._unit_count: dict[str, int] = {}
        self._seen: set[tuple] = set()
        self._kind_ids: dict[str, str] = {}  # a kind's slug in lower case → its id
        self.pending: list[tuple[Entity, str, str, TextUnit]] = []  # relations to names read later
        # (member, kind, owner, unit): "destinations: S3, Redshift" under Firehose
        self.owned: list[tuple[Entity, str, Entity, TextUnit]] = []
        # (member, kind, a name of its owner): the owner found once every name is known
        # ("Tuning strategies available in QT" over a table, QT spelt out further on)
        self.owned_by_name: list[tuple[Entity, str, str, TextUnit]] = []
        self.setting_values: set[str] = set()  # things a list gives as a setting's values
        # (item, the thing it is listed under): an item named in code under a thing
        # ("- `flush_rows` — ..." under Gromble's "settings:") is a setting of it
        self.coded: list[tuple[Entity, Entity, TextUnit]] = []
        # a list item's unit → the thing the item it stands under names ("- **Zorb Hub**:"
        # over "- datasets: rows, carts"): what its text is said of, when it says of no other
        self.under: dict[str, str] = {}
        self.moved: dict[str, str] = {}  # merged node → the node it went into
        # the service a list is under: "Logs" under "CloudWatch family:" is the
        # catalogue's "CloudWatch Logs" (see entity())
        self.family: Entity | None = None

    def resolve_pending(self) -> None:
        """Relations whose object was named before it was defined ("built on TensorFlow")."""
        for subject, predicate, name, unit in self.pending:
            e = self.registry.find(name) or self.registry.find("Apache " + name)
            if e is not None and e.id != subject.id:
                self.fact(subject, predicate, e, unit)
        self.pending.clear()

    def _spelled_out(self, name: str) -> str | None:
        """The one known name (an algorithm SageMaker ships, a catalogue service, a thing
        the documents name) whose words are those of ``name`` but the last, which ``name`` cuts
        short and English does not use ("Mach." of "Machines", "Segm" of "Segmentation");
        None if none or several."""
        from wordfreq import zipf_frequency

        from .names import algorithm_spellings

        words = plain(name).strip().rstrip(".").lower().split()
        if zipf_frequency(words[-1], "en") >= CUT_WORD_ZIPF:
            return None  # "Quill Mode" of "Quill Modes"? a word of its own

        def begins(full: str) -> bool:  # the last word cut short, the others whole
            said = full.lower().split()
            return (
                len(said) == len(words)
                and said[:-1] == words[:-1]
                and said[-1].startswith(words[-1])
                and said[-1] != words[-1]
            )

        known = {
            *algorithm_spellings().values(),
            *(n for sv in self.registry.catalog.services for n in (sv.canonical, *sv.aliases)),
            *(e.label for e in self.out.entities.values()),
        }
        catalog = self.registry.catalog
        found = {(sv.canonical if (sv := catalog.lookup(n)) else n) for n in known if begins(n)}
        return found.pop() if len(found) == 1 else None

    def family_points(self) -> None:
        """A service a point names under a service's item, by that service's name and more
        ("Zorbex Medical for ward notes" under "**Amazon Zorbex:**"), is a member
        of its family. Run once mentions are linked."""
        for uid, above in self.under.items():
            owner = self.out.entities.get(self.current(above))
            unit = self.out.units.get(uid)
            if owner is None or unit is None or owner.cls != "Service":
                continue
            stems = {n.lower() + " " for n in (owner.label, *owner.aliases)}
            for eid in sorted(unit.mentions):
                e = self.out.entities.get(eid)
                if (
                    e is not None
                    and e.id != owner.id
                    and e.cls == "Service"
                    and any(
                        n.lower().startswith(stem) for n in (e.label, *e.aliases) for stem in stems
                    )
                ):
                    self.fact(e, "partOf", owner, unit)

    def _listed_name(self, name: str) -> str:
        """The name a service the catalogue knows, or an algorithm or a format its lists name,
        goes by ("Quill vs SageMaker Zorbex": the algorithm, whatever stands beside it); ""
        for another name."""
        key = re.sub(r"^(?:amazon |aws )?sagemaker ", "", name_key(name))
        if self.registry.catalog.lookup(name) is not None:
            return name
        return algorithm_keys().get(key) or format_spellings().get(key, "")

    def type_known_names(self) -> None:
        """Things of no class that SageMaker's algorithm list names are algorithms (XGBoost
        named only in a lab's code is still the algorithm); those a list of common data
        formats names are data formats (CSV, Parquet, RecordIO-protobuf); those named as compute
        instance families are instance types (M5, ml.p3.2xlarge)."""
        from .names import known_algorithms, known_formats, name_key

        for known, cls in ((known_algorithms(), "Algorithm"), (known_formats(), "DataFormat")):
            # (a table's category column is a place, not a class: "IP Insights" heading rows
            # of its own in a table read as grouped by it is still the algorithm; "Apache
            # Parquet" is a framework by its name's first word, a format all the same)
            typed = (
                ("Concept", "Category", "Framework")
                if cls == "DataFormat"
                else ("Concept", "Category")
            )
            for e in self.out.entities.values():
                if e.cls in typed and any(name_key(n) in known for n in (e.label, *e.aliases)):
                    e.cls = cls
        for e in self.out.entities.values():  # "M5", "ml.p3.2xlarge": instance types
            if e.cls in ("Concept", "Category") and is_instance_type(e.label):
                e.cls = "InstanceType"

    def type_by_definitions(self) -> None:
        """A thing of no class whose first definition says what it is ("Zorble is an
        algorithm for anomaly scores", "– a managed service that ...") is of the class the
        head of that noun phrase names."""
        for e in self.out.entities.values():
            if e.cls == "Concept" and e.definitions:
                phrase = what_it_is(e.definitions[0], [e.label, *e.aliases])
                cls = self.class_for(phrase) if phrase else None
                if cls not in (None, "Concept", "Document"):
                    e.cls = cls

    def merge_vendor_twins(self) -> None:
        """One node for a thing named both with and without the service it belongs to
        ("AWS Zorbex QuillMatch" and "QuillMatch", "Amazon Gromble Fern Sweep" and "Fern
        Sweep"), where the short name is a name of its own (a capital inside a word, a digit)
        given no class, or of the same class as the long one; not an everyday phrase ("AWS
        Zorbex Streaming" is no "Streaming"). A service and an algorithm stay two: notes list
        "Gromble Moss Forest" among services as well as the algorithm."""
        catalog = self.registry.catalog
        by_label = {e.label.lower(): e for e in self.out.entities.values() if e.cls != "Kind"}
        pairs = []
        for e in list(self.out.entities.values()):
            words = e.label.split()
            for k in range(1, len(words)):
                short = by_label.get(" ".join(words[k:]).lower())
                if short is None or short is e or e.cls == "Kind":
                    continue
                if not catalog.lookup(" ".join(words[:k])):
                    continue
                own_name = bool(re.search(r"[a-z][A-Z]|\d", short.label))
                if (own_name and short.cls == "Concept") or short.cls == e.cls != "Concept":
                    pairs.append((e, short))
                break
        self.merge_all(pairs)

    def merge_kind_word_twins(self) -> None:
        """One node for a member of a kind named with and without the kind's own word: one
        note lists "Lead, Spare" as the "Relay crew roles", another "Lead crew, Spare crew" as
        "Relay crew roles" too. Both are members of one kind, and the longer name is the
        shorter one and a word of that kind's name ("crew"); the longer name stays."""
        members: dict[str, set[str]] = defaultdict(set)
        for f in self.out.facts:
            if f.predicate == "kind" and f.obj_is_entity:
                members[f.obj].add(f.subject)
        pairs = []
        # (the longer name may stand anywhere: "Quick Pour" listed as a pour mode, a table
        # of its own naming "Quick Pour mode")
        anywhere = {
            e.label.lower(): e for e in self.out.entities.values() if e.cls not in ("Kind",)
        }
        kinded = {i for ids in members.values() for i in ids}
        for kid, ids in sorted(members.items()):
            kind = self.out.entities.get(kid)
            if kind is None:
                continue
            kind_words = {singular(w) for w in kind.label.lower().split()}
            named = {self.out.entities[i].label.lower(): self.out.entities[i] for i in sorted(ids)}
            for label, e in named.items():
                *rest, last = label.split()
                short = named.get(" ".join(rest)) if rest else None
                if short is not None and short is not e and singular(last) in kind_words:
                    if short.cls in (e.cls, "Concept"):
                        pairs.append((short, e))
            head = singular(kind.label.lower().split()[-1])  # (not its owner's name)
            for label, short in named.items():
                e = anywhere.get(f"{label} {head}")
                if (
                    e is not None
                    and e is not short
                    and e.id in kinded  # listed as a thing of some kind itself
                    and short.cls in (e.cls, "Concept")
                    and (short, e) not in pairs
                ):
                    pairs.append((short, e))
        self.merge_all(pairs)

    def kinds_by_definitions(self) -> None:
        """Parts of one thing whose definitions each open with the same noun before a remark
        or a dash ("**Users** dataset — metadata ...", "**Items** dataset — ..." under
        Gromble): things of that kind, and of the thing's ("Gromble dataset")."""
        owner_of = {f.subject: f.obj for f in self.out.facts if f.predicate == "partOf"}
        grouped: dict[tuple[str, str], list[tuple[Entity, TextUnit]]] = {}
        for f in self.out.facts:
            e = self.out.entities.get(f.subject)
            if f.predicate != "definition" or e is None or f.subject not in owner_of:
                continue
            m = _KIND_FIRST.match(f.obj)
            unit = self.out.units.get(f.unit)
            if m and unit is not None and not FUNCTION_WORDS.fullmatch(m[1]):
                grouped.setdefault((owner_of[f.subject], m[1]), []).append((e, unit))
        for (owner, kind), members in grouped.items():
            if len({e.id for e, _ in members}) < 2 or owner not in self.out.entities:
                continue
            for e, unit in members:
                self.kind(e, kind, unit)
                self.owned.append((e, kind, self.out.entities[owner], unit))

    def files_by_name(self) -> None:
        """A thing named as a file is one ("constraints.json", "train.csv"): of the kind
        "file", in the first passage that names it, unless a kind of file is said of it."""
        kinds: dict[str, set[str]] = {}
        for f in self.out.facts:
            if f.predicate == "kind" and f.obj in self.out.entities:
                kinds.setdefault(f.subject, set()).add(self.out.entities[f.obj].label.lower())
        first: dict[str, TextUnit] = {}
        for unit in self.out.units.values():
            for eid in unit.mentions:
                first.setdefault(eid, unit)
        for e in list(self.out.entities.values()):
            if (
                e.cls in (None, "Concept")
                and FILE_NAME.fullmatch(e.label.lower())
                and e.id in first
                and not any(k.endswith("file") for k in kinds.get(e.id, ()))
            ):
                self.kind(e, "file", first[e.id])

    def owned_kinds(self) -> None:
        """A kind listed under a thing is also that thing's own kind: Bucket Store in "outputs:
        Bucket Store, Table Store" under Widget Hub is a "Widget Hub output". Named once every
        merge is done, so the thing's final name says whose."""
        for member, kind, name, unit in self.owned_by_name:
            owner = self.registry.find(name)
            m = self.current(member.id)
            if owner is not None and m in self.out.entities and m != owner.id:
                self.fact(self.out.entities[m], "partOf", owner, unit)
                self.owned.append((member, kind, owner, unit))
        self.owned_by_name.clear()
        for member, kind, owner, unit in self.owned:
            m, o = self.current(member.id), self.current(owner.id)
            if o in self.out.entities and singular(self.out.entities[o].label.lower()).endswith(
                singular(kind.lower())
            ):
                continue  # "3rd party destinations (e.g. A, B)": a destination, not theirs
            if m in self.out.entities and o in self.out.entities and m != o:
                member_e, owner_e = self.out.entities[m], self.out.entities[o]
                self.kind(member_e, f"{owner_e.label} {kind}", unit)
                # "Gromble destinations: A, B": each a destination *of* Gromble
                self.listed_fact(owner_e, member_e, kind, unit)
        self.owned.clear()

    def listed_fact(self, owner: Entity, member: Entity, called: str, unit: TextUnit) -> None:
        """``member``, listed under ``owner`` as what ``called`` names ("destination",
        "remedies"), is in the relation the ontology calls its objects or subjects so
        (``mlkg:objectNoun``, ``mlkg:subjectNoun``); a setting written in words ("Drip mode")
        is no hyperparameter."""
        said = self.listed.get(singular(called.split()[-1].lower())) if called.split() else None
        if said is None or (said[0] == "hasParameter" and not is_identifier(member.label)):
            return
        relation, objects = said
        subject, obj = (owner, member) if objects else (member, owner)
        self.fact(subject, relation, obj, unit)

    def current(self, eid: str) -> str:
        """The id an entity has after every merge so far."""
        while eid in self.moved:
            eid = self.moved[eid]
        return eid

    def merge_acronym_twins(self) -> None:
        """One node for a thing one document names only by its acronym and another spells out
        ("PDF" and "Portable Document Format"; ``EntityRegistry.acronym_twins``)."""
        self.merge_all(self.registry.acronym_twins())

    def merge_all(self, pairs: list[tuple[Entity, Entity]]) -> None:
        """Each (source, target): ``source`` is ``target`` under another name; its facts and
        mentions move to ``target``."""
        moved = {}
        for source, target in pairs:
            if source.id in self.out.entities and target.id in self.out.entities:
                self.registry.merge(source, target)
                moved[source.id] = target.id
        if not moved:
            return
        self.moved.update(moved)
        facts, self._seen = [], set()
        for f in self.out.facts:
            s = moved.get(f.subject, f.subject)
            o = moved.get(f.obj, f.obj) if f.obj_is_entity else f.obj
            if f.obj_is_entity and s == o:
                continue
            key = (
                (s, f.predicate, o, f.unit)
                if f.obj_is_entity
                else (s, f.predicate, o, f.unit, f.criterion)
            )
            if key not in self._seen:
                self._seen.add(key)
                facts.append(replace(f, subject=s, obj=o))
        self.out.facts[:] = facts
        for u in self.out.units.values():
            u.mentions = {moved.get(m, m) for m in u.mentions}

    # -- text units -------------------------------------------------------------------------
    def unit(self, text: str, source: Source) -> TextUnit:
        base = self._unit_base(source)
        n = self._unit_count.get(base, 0)
        self._unit_count[base] = n + 1
        uid = base if n == 0 else f"{base}-{n + 1}"
        u = TextUnit(uid, plain(text), source, code=tuple(_CODE_SPAN.findall(text)))
        self.out.units[uid] = u
        return u

    def headed(self, source: Source) -> Entity | None:
        """The thing a block's section heading names, whole, if any ("Amazon Forecast")."""
        return self.registry.find(source.section_title) if source.section_title else None

    def unit_at(self, source: Source) -> TextUnit | None:
        """The first unit read from where ``source`` starts, if any."""
        return self.out.units.get(self._unit_base(source))

    @staticmethod
    def _unit_base(source: Source) -> str:
        page = f"-p{source.page}" if source.page else ""
        return f"{slug(source.document)}{page}-L{source.line_start}"

    # -- entities ---------------------------------------------------------------------------
    def entity(
        self,
        name: str,
        cls: str | None,
        unit: TextUnit | None,
        parsed: ParsedName | None = None,
        identifier: bool = False,
    ) -> Entity | None:
        """Resolve a written name; its examples, properties and qualifier become facts;
        an ``identifier`` (written as code) keeps its spelling and is never a service. An
        amount ("2 MB/s", "1,000 records/s", "70%") names nothing: None."""
        if _AMOUNT_NAME.fullmatch(name.strip()):
            return None
        if VERSUS.search(re.sub(r"\([^()]*\)", "", name)):  # "Glue vs EMR" compares two
            # things; it is neither ("row drift (inputs vs baseline)" only remarks on one)
            parts = versus_names(*VERSUS.split(name))
            # each side a name of as many words ("Parquet vs ORC vs Avro"): the things
            # compared are things ("Distributed vs Non-Distributed Training" may share a tail)
            named = len({len(part.split()) for part, _ in parts}) == 1 and all(
                self.registry.find(part) is not None or is_name_like(part, 5) for part, _ in parts
            )
            for part, short in parts:
                known = self.registry.find(part)
                # (a short form names the algorithm SageMaker ships: "k-NN")
                listed = "" if named and not is_acronym(part) else self._listed_name(part)
                if known is None and (named or listed) and unit is not None:
                    known = self.entity(listed or part, self.class_for(listed or part), unit)
                    if known is not None and short:
                        self.registry.add_alias(known, short, index=False)
                if known is not None and unit is not None:
                    unit.mentions.add(known.id)
            return None
        # "Quill Hub ⭐", "⚠️ Zorb": a marker drawn beside a name is no part of it
        name = _MARKS_AROUND.sub("", name)
        if _CLOSED_WORD.fullmatch(plain(name).strip(" :*").lower()):
            return None  # "When", "For": a word of the language's grammar names nothing
        if _MEASURED.match(plain(name)):
            return None  # "97.5% quill rate", "0.5 cut-off": a measurement, not a name
        if (
            not identifier
            and _CUT_SHORT.search(name)
            and self.registry.find(name) is None
            and (full := self._spelled_out(name))
        ):
            # "Factorization Mach.", "Semantic Segm.": a card's name cut short, the known name
            # its words begin
            e = self.entity(full, cls, unit)
            if e is not None:
                self.registry.add_alias(e, plain(name).strip())
            return e
        if name.startswith("Ml.") and is_instance_type(name):
            name = "ml." + name[3:]  # SageMaker's instance names stay as written, in lower case
        if self.family is not None and not identifier and (full := self.in_family(name)):
            name, parsed = full, None
        parsed = parsed or parse_name(name)
        e = self.registry.resolve(name, cls, parsed, identifier)
        if e is None:
            return None
        if unit is not None:
            unit.mentions.add(e.id)
            for ex in parsed.examples:
                x = self.registry.resolve(ex, cls if cls != "Service" else None)
                if x is not None and x.id != e.id:
                    unit.mentions.add(x.id)
                    self.fact(e, "example", x, unit)
            for p in parsed.properties:
                self.literal(e, "hasProperty", p, unit)
            if parsed.qualifier:
                self.literal(e, "note", parsed.qualifier, unit)
        return e

    def in_family(self, name: str) -> str:
        """The catalogue's name a short one stands for under its family's service ("Logs"
        under CloudWatch: "CloudWatch Logs"); '' when the name is known as it is or the family
        gives none."""
        catalog = self.registry.catalog
        base = re.sub(r"\s*\([^()]*\)", "", name).strip()  # "Logs (CWL)": its alias
        if catalog.lookup(base) or self.registry.find(base) or not base[:1].isupper():
            return ""
        family = self.family
        for short in (family.label, *sorted(family.aliases)):
            short = re.sub(r"^(?:Amazon|AWS)\s+", "", short)
            if short and not base.lower().startswith(short.lower()):
                hit = catalog.lookup(f"{short} {base}")
                if hit is not None and hit.canonical != family.label:
                    return name.replace(base, hit.canonical, 1)
        return ""

    def entities_in(self, cell: str, cls: str | None, unit: TextUnit) -> list[Entity]:
        """The entities a tools-like cell names: list items, "X: a, b" forms, comma lists."""
        from .text import bold_terms, cell_items

        found: list[Entity] = []
        items = cell_items(cell)
        if len(items) <= 1 and "<b>" in cell.lower():
            items = bold_terms(cell) or items
        for item in items:
            head, sep, rest = item.partition(": ")
            if sep and is_name_like(head):
                h = self.entity(head, cls, unit)
                if h is not None:
                    found.append(h)
                for part in split_list(rest):
                    part = _clean_item(part)
                    # details of "X: a, b" are names only if written as names ("DropNullFields",
                    # "Random Forest"), not a capitalised start of prose ("Hyperparameter tuning")
                    bare = re.sub(
                        r"\s*\([^)]*\)$", "", part
                    )  # "Receiver Operating Characteristic (ROC)"
                    proper = is_name_like(part) and (
                        len(bare.split()) == 1
                        and re.search(r".[A-Z]", bare)
                        or all(w[:1].isupper() for w in bare.split())
                    )
                    e = self.entity(part, None, unit) if proper else None
                    if e is None:
                        found.extend(self.known_in(part, unit))
                        continue
                    found.append(e)
                    if h is not None:
                        self.fact(e, "partOf", h, unit)
                continue
            parts = split_list(item)
            if not all(is_name_like(p) for p in parts):
                parts = [item]
            for part in map(_clean_item, parts):
                e = self.entity(part, cls, unit) if is_name_like(part) else None
                if e is not None:
                    found.append(e)
                else:
                    found.extend(self.known_in(part, unit))
        return list({e.id: e for e in found}.values())

    def known_in(self, text: str, unit: TextUnit) -> list[Entity]:
        """Catalog services and bold terms named inside free text."""
        from .text import bold_terms

        found = []
        for term in bold_terms(text):
            e = self.entity(term, None, unit)
            if e is not None:
                found.append(e)
        catalog = self.registry.catalog
        hits = {m.value for m in catalog_index(catalog).find_all(plain(text))}
        for i in sorted(hits):
            e = self.entity(catalog.services[i].canonical, "Service", unit)
            if e is not None:
                found.append(e)
        return found

    def kind(self, entity: Entity, label: str, unit: TextUnit) -> None:
        """``entity`` is one of a named kind of things ("Learning Type", "Data Distribution");
        a remark after the kind's name is not part of it ("Operation (sync)": an operation)."""
        label = re.sub(r"(?<=\S)\s*\([^()]*\)$", "", label.strip()).strip()
        if not label or label.lower() == entity.label.lower():
            return
        # one kind whatever the case it is written in ("Sync mode", "sync mode")
        kid = self._kind_ids.setdefault(slug(label).lower(), "kind/" + slug(label))
        if kid not in self.out.entities:
            self.out.entities[kid] = Entity(kid, label, "Kind")
        self.fact(entity, "kind", self.out.entities[kid], unit)

    def criterion(self, label: str) -> Entity:
        cid = "criterion/" + slug(label)
        if cid not in self.out.entities:
            self.out.entities[cid] = Entity(cid, label, "Criterion")
        return self.out.entities[cid]

    # -- facts ------------------------------------------------------------------------------
    def fact(self, s: Entity, p: str, o: Entity, unit: TextUnit) -> None:
        if s.id == o.id:
            return
        if p == "partOf":  # a member of "Addressing label noise" addresses it
            p = self.relate.get(o.id, p)
            if p.startswith("^"):  # "E.g. tree ensembles:": the topic has the example
                s, p, o = o, p[1:], s
        key = (s.id, p, o.id, unit.id)
        if key not in self._seen:
            self._seen.add(key)
            unit.mentions.update((s.id, o.id) if not o.id.startswith("kind/") else (s.id,))
            self.out.add(Fact(s.id, p, o.id, True, unit.id))

    def literal(
        self, s: Entity, p: str, value: str, unit: TextUnit, criterion: Entity | None = None
    ) -> None:
        value = plain(value)
        if not value or value in {"--", "-", "—"}:
            return
        if (
            p == "definition"
            and value.endswith(":")
            and len(value.split()) <= 6
            and not re.search(r"[.;!?]\s", value)  # ("speech to text. Features:" says so)
        ):
            return  # "labeling crews:" over a list leads it in, it says not what a thing is
        key = (s.id, p, value, unit.id, criterion.id if criterion else "")
        if key not in self._seen:
            self._seen.add(key)
            unit.mentions.add(s.id)
            if p == "definition" and value not in s.definitions:
                s.definitions.append(value)
            self.out.add(Fact(s.id, p, value, False, unit.id, criterion.id if criterion else ""))
            if p == "definition" and (parts := _joined_parts(value)):
                # "hot rows (kept a day) + cold rows (kept a year)": its two kinds of rows
                for part in parts:
                    if (e := self.entity(part[:1].upper() + part[1:], None, unit)) is not None:
                        self.fact(e, "partOf", s, unit)
            if p == "definition" and (m := _EXAMPLES_ONLY.match(value)):
                # "zorb_mode: e.g. fast, slow_rows, quill": all it says is what it may be
                # (names or settings: "e.g. words in sentence, translation" names nothing)
                named = [
                    x
                    for x in split_list(m["items"])
                    if "_" in x and is_identifier(x) or (x[:1].isupper() and len(x.split()) <= 3)
                ]
                for item in named if len(named) >= 2 else []:
                    e = self.entity(item, None, unit, identifier=is_identifier(item))
                    if e is not None:
                        self.fact(s, "example", e, unit)


_WHAT = re.compile(r"^(?:is|are)\s+(?:an?|the|one of the)\s+", re.I)


def _joined_parts(value: str) -> list[str]:
    """The parts a definition joins with "+", each a phrase of a few words (a remark in
    brackets after it aside) ending in the same noun: "hot rows (a day) + cold rows (a year)"."""
    pieces = [re.sub(r"\s*\([^()]*\)\s*$", "", x).strip() for x in re.split(r"\s+\+\s+", value)]
    if len(pieces) < 2 or not all(
        re.fullmatch(r"[A-Za-z][\w-]*(?:\s+[\w-]+){1,2}", x) for x in pieces
    ):
        return []
    heads = {x.split()[-1].lower() for x in pieces}
    return pieces if len(heads) == 1 else []


# a definition that only lists examples: "e.g. A, B, C." (then maybe more sentences)
_EXAMPLES_ONLY = re.compile(
    r"^(?:e\.\s?g\.|for example|for instance|such as)[:,]?\s+(?P<items>[^.;:()]+?,[^.;:()]+?)(?:\.(?:\s|$)|;|$)",
    re.I,
)
_ARTICLE = re.compile(r"^(?:an?)\s+", re.I)
_NOUN_PHRASE_END = re.compile(
    r"[.,;:()\[\]–—!?]|\s(?:that|which|who|where|when|used|designed|built|based|to|and|or|but)\b",
    re.I,
)


def what_it_is(definition: str, names: list[str]) -> str:
    """The noun phrase a definition says its thing is: "Zorble is an algorithm for anomaly
    scores" → "algorithm for anomaly scores" cut before any clause ("algorithm for anomaly
    scores"); "a managed service that ..." → "managed service"; "" when it says no "is a"."""
    text = definition.strip()
    for n in sorted(names, key=len, reverse=True):
        if n and text.lower().startswith(n.lower() + " "):
            rest = re.sub(r"^\s*\([^()]*\)", "", text[len(n) :]).strip()
            m = _WHAT.match(rest)
            if not m:
                return ""
            text = rest[m.end() :]
            break
    else:
        m = _ARTICLE.match(text)
        if not m:
            return ""
        text = text[m.end() :]
    phrase = _NOUN_PHRASE_END.split(text, maxsplit=1)[0].strip()
    return phrase if 0 < len(phrase.split()) <= 6 else ""


def _clean_item(text: str) -> str:
    return re.sub(r"^(?:e\.g\.,?|such as|like)\s+", "", text.strip()).strip(" .")
