"""One node per real-world thing: names are resolved to entities across the whole corpus."""

from __future__ import annotations

import re

from .lexicon import CLASS_PRIORITY
from .model import Entity
from .names import ParsedName, ServiceCatalog, compact_key, initials, is_acronym, parse_name


def slug(label: str) -> str:
    s = re.sub(r"[^A-Za-z0-9]+", "-", label).strip("-")
    return s or "x"


_GENERIC = re.compile(
    r"\b(services?|tools?|solutions?|styles?|types?|documentation|certification|exam|sheets?|notes|guides?|practices?|sdks?)\b",
    re.I,
)


def _looks_like_service(name: str) -> bool:
    """ "AWS Glue DataBrew" names a service; "AWS documentation" and "AWS Tools" do not."""
    words = name.split()
    return (
        len(words) >= 2
        and len(words) <= 6
        and words[0].lower() in {"amazon", "aws"}
        and words[1][:1].isupper()
        and not _GENERIC.search(" ".join(words[1:]))
    )


def _label_score(label: str) -> tuple[int, int, int]:
    """Which spelling makes the better label: not an acronym, then Title Case, then longer."""
    words = [w for w in label.split() if w.lower() not in {"of", "and", "for", "to", "the", "in"}]
    capitalised = sum(w[:1].isupper() for w in words)
    return (
        0 if is_acronym(label) or re.search(r"[a-z]-[A-Z]{2}", label) else 1,
        capitalised,
        len(label),
    )


def _better_label(new: str, old: str) -> bool:
    """Whether ``new`` makes a better label than ``old``: the singular of a name written both
    ways ("Random Forest", not "Random Forests"), else the higher ``_label_score``."""
    if new.lower() in (old.lower() + "s", old.lower() + "es"):
        return False
    if old.lower() in (new.lower() + "s", new.lower() + "es"):
        return True
    return _label_score(new) > _label_score(old)


_PRODUCT_AND_WORD = re.compile(r"^(\w*[a-z][A-Z][\w+-]*) ([a-z]{4,})$")


def _apache_key(name: str) -> str:
    key = compact_key(name)
    return key[len("apache") :] if key.startswith("apache") and len(key) > 6 else key


# a coded name: capitals with digits ("Q7", "XJ9")
_CODE = re.compile(r"[A-Z][A-Za-z]*\d[\w-]*")


class EntityRegistry:
    """Resolves written names to entities: aliases, acronyms, prefixes and the catalog."""

    def __init__(self, catalog: ServiceCatalog | None = None):
        self.catalog = catalog or ServiceCatalog.default()
        self.entities: dict[str, Entity] = {}
        self._index: dict[str, str] = {}

    def find(self, name: str) -> Entity | None:
        """The entity a name already refers to, if any (no entity is created)."""
        parsed = parse_name(name)
        for n in self._names(parsed):
            eid = self._index.get(compact_key(n)) or self._index.get("apache:" + _apache_key(n))
            if eid:
                return self.entities[eid]
        return None

    def find_code(self, name: str) -> Entity | None:
        """The identifier (a name written as code) spelt ``name``, if there is one."""
        eid = self._index.get("code:" + name)
        return self.entities[eid] if eid else None

    def _names(self, parsed: ParsedName) -> list[str]:
        names = [parsed.canonical, *parsed.aliases]
        out = []
        for n in names:
            out.append(self.catalog.normalize(n))
            out.append(n)
        return [n for n in dict.fromkeys(out) if n]

    def resolve(
        self,
        name: str,
        cls: str | None = None,
        parsed: ParsedName | None = None,
        identifier: bool = False,
    ) -> Entity | None:
        """The entity ``name`` means, created if new; ``cls`` is a class hint; an
        ``identifier`` (written as code: `alpha`, `max_depth`) is never a service."""
        parsed = parsed or parse_name(name)
        if len(parsed.canonical) < 2 or not re.search(r"[^\W_]", parsed.canonical):
            return None  # no name: empty, one character, or marks only ("!!", "--")
        service = None
        for n in () if identifier else (parsed.canonical, *parsed.aliases):
            service = self.catalog.lookup(n)
            if service:
                break
        if service:
            label, cls = service.canonical, "Service"
            aliases = {parsed.canonical, *parsed.aliases, *service.aliases}
        else:
            label = parsed.canonical if identifier else self.catalog.normalize(parsed.canonical)
            aliases = {parsed.canonical, *parsed.aliases}
            if _looks_like_service(label) or label != parsed.canonical:
                cls = "Service"
            elif cls == "Service" and is_acronym(label):
                # "PCA" in a column of services: a service the catalogue does not know is
                # named like one ("Amazon Q"); a bare acronym is some other thing
                cls = None
            elif label.startswith("Apache ") and cls is None:
                cls = "Framework"
        aliases.discard(label)
        # "KPUs" said once for the "Kinesis Processing Unit": "KPU" names it too
        aliases |= {a[:-1] for a in (label, *aliases) if re.fullmatch(r"[A-Z][A-Z0-9]+s", a)}
        entity = None

        def key(n: str) -> str:  # identifiers only ever meet identifiers
            return "code:" + n if identifier else compact_key(n)

        for n in (label, *sorted(aliases)):
            eid = self._index.get(key(n)) or (
                None if identifier else self._index.get("apache:" + _apache_key(n))
            )
            if not eid and "_" in n:
                # "ZORB_FAST_MERGE" met as code and as a word: written as code either way (not
                # "learning_rate" and the "Learning rate" its words spell)
                eid = self._index.get(compact_key(n) if identifier else "code:" + n)
                if eid and identifier and self.entities[eid].label != n:
                    eid = None
            if eid:
                entity = self.entities[eid]
                break
        if entity is None and self.entities.get(slug(label), None) is not None:
            # the very same name met once written as code and once not ("Confusion" in a
            # list of rules, `Confusion` in a table): one thing, not two of one label
            same = self.entities[slug(label)]
            entity = same if same.label == label else None
        if entity is None:
            eid = slug(label)
            while eid in self.entities:
                eid += "-2"
            entity = Entity(eid, label, cls or "Concept")
            self.entities[eid] = entity
            # "Zorbex forecasting", "FernKit format": a product-style name and the one word
            # that says what it does is that product, when the name alone means nothing yet
            m = None if service or identifier else _PRODUCT_AND_WORD.match(label)
            if m and compact_key(m[1]) not in self._index and not self.catalog.lookup(m[1]):
                aliases.add(m[1])
        elif entity.label != label and (
            (service and label == service.canonical)
            or (entity.cls != "Service" and _better_label(label, entity.label))
        ):
            entity.aliases.add(entity.label)
            entity.label = label
        if cls and _rank(cls) < _rank(entity.cls):
            entity.cls = cls
        for n in (label, *aliases):
            self._index.setdefault(key(n), entity.id)
            if n.lower().startswith("apache ") and not identifier:
                self._index.setdefault("apache:" + _apache_key(n), entity.id)
            if n != entity.label:
                entity.aliases.add(n)
        entity.aliases.discard(entity.label)
        return entity

    def add_alias(self, entity: Entity, alias: str, index: bool = True) -> None:
        """Add a spelling; ``index=False`` for names that only mean it in context ("Batch")."""
        if alias and alias != entity.label:
            entity.aliases.add(alias)
            if index:
                self._index.setdefault(compact_key(alias), entity.id)

    def acronym_twins(self) -> list[tuple[Entity, Entity]]:
        """(acronym entity, the entity it abbreviates): a thing one document names only by an
        acronym ("PDF") and another by words whose initials spell it exactly ("Portable
        Document Format"), when exactly one entity's name does."""
        spelled: dict[str, set[str]] = {}
        for e in self.entities.values():
            for n in (e.label, *e.aliases):
                words = n.split()
                if len(words) >= 2 and not is_acronym(n):
                    spelled.setdefault(initials(words), set()).add(e.id)
        twins = []
        for e in self.entities.values():
            if not is_acronym(e.label) or any(not is_acronym(a) for a in e.aliases):
                continue  # it already has a long name
            found = spelled.get(re.sub(r"[^A-Za-z0-9]", "", e.label).upper(), set()) - {e.id}
            if len(found) == 1:
                twins.append((e, self.entities[found.pop()]))
        return twins

    def coded_twins(self) -> list[tuple[Entity, Entity]]:
        """(code, its thing): a coded name alone ("Q7") and exactly one thing named by it and
        a noun ("Q7 penalty"), whose short name it is."""
        longer: dict[str, list[Entity]] = {}
        for e in self.entities.values():
            words = e.label.split()
            if len(words) == 2 and _CODE.fullmatch(words[0]) and words[1][:1].islower():
                longer.setdefault(words[0], []).append(e)
        return [
            (e, longer[e.label][0])
            for e in self.entities.values()
            if len(longer.get(e.label, [])) == 1
        ]

    def merge(self, source: Entity, target: Entity) -> None:
        """``source`` is ``target`` under another name: its names, definitions and class (when
        better) go to ``target``, and every name that found it now finds ``target``."""
        for n in (source.label, *source.aliases):
            self.add_alias(target, n, index=False)
        target.definitions.extend(d for d in source.definitions if d not in target.definitions)
        if _rank(source.cls) < _rank(target.cls):
            target.cls = source.cls
        for key, eid in self._index.items():
            if eid == source.id:
                self._index[key] = target.id
        del self.entities[source.id]

    def surface_forms(self) -> dict[str, str]:
        """Every label and alias (3+ characters, or an acronym) → entity id, for mention linking."""
        forms: dict[str, str] = {}
        for e in self.entities.values():
            for n in (e.label, *e.aliases):
                if len(n) >= 3 or n.isupper():
                    forms.setdefault(n, e.id)
        return forms


def _rank(cls: str) -> int:
    return CLASS_PRIORITY.index(cls) if cls in CLASS_PRIORITY else len(CLASS_PRIORITY)
