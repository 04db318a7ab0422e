"""Known names found in text in one pass: a token trie over every spelling, linear in the text.

One regex alternating thousands of names tries each of them at every position; the trie follows
only the spellings that continue the words already read, so a document of any size is read in
time proportional to its length.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Generic, TypeVar

from .lexicon import is_plural_noun_phrase, plural
from .model import Entity

T = TypeVar("T")
_TOKEN = re.compile(r"\w+|[^\w\s]")


@dataclass(frozen=True)
class Match(Generic[T]):
    """A name found at ``text[start:end]``, written as ``form``, meaning ``value``."""

    start: int
    end: int
    form: str
    value: T


@dataclass
class _Node(Generic[T]):
    children: dict[str, _Node[T]] = field(default_factory=dict)
    forms: list[tuple[str, T, bool]] = field(default_factory=list)  # (form, value, exact case)


def _bounded(text: str, start: int, end: int) -> bool:
    """A whole name: no word character or hyphen glued to either end ("F1" is not in "F1-Score")."""
    before = text[start - 1] if start else " "
    after = text[end] if end < len(text) else " "
    return not (before.isalnum() or before in "_-" or after.isalnum() or after in "_-")


class NameIndex(Generic[T]):
    """Spellings → values; finds them as whole words, ignoring case unless a spelling asks not to."""

    def __init__(self) -> None:
        self._root: _Node[T] = _Node()

    def add(self, form: str, value: T, exact_case: bool = False) -> None:
        """Index one spelling; ``exact_case`` for spellings that are words when lower-cased."""
        node = self._root
        for token in _TOKEN.findall(form.lower()):
            node = node.children.setdefault(token, _Node())
        if all(f != form for f, _, _ in node.forms):
            node.forms.append((form, value, exact_case))

    def _at(self, text: str, toks: _Tokens, i: int) -> Iterator[Match[T]]:
        """Every indexed name starting at token ``i``, shortest first."""
        node, start = self._root, toks.starts[i]
        for j in range(i, len(toks.words)):
            node = node.children.get(toks.words[j])
            if node is None:
                return
            end = toks.ends[j]
            if not node.forms or not _bounded(text, start, end):
                continue
            written = text[start:end]
            for form, value, exact in node.forms:
                if written == form or (not exact and written.lower() == form.lower()):
                    yield Match(start, end, form, value)
                    break

    def find_all(self, text: str) -> list[Match[T]]:
        """Every occurrence of every name, overlapping ones included, in text order."""
        toks = _Tokens(text)
        starts = self._root.children
        return [m for i, w in enumerate(toks.words) if w in starts for m in self._at(text, toks, i)]

    def find_longest(self, text: str) -> list[Match[T]]:
        """The longest name at each place, left to right, none overlapping."""
        toks = _Tokens(text)
        starts = self._root.children
        out: list[Match[T]] = []
        i, n = 0, len(toks.words)
        while i < n:
            found = list(self._at(text, toks, i)) if toks.words[i] in starts else []
            if not found:
                i += 1
                continue
            best = found[-1]
            out.append(best)
            while i < n and toks.starts[i] < best.end:
                i += 1
        return out


class _Tokens:
    """A text's tokens, lower-cased once, with where each starts and ends."""

    __slots__ = ("words", "starts", "ends")

    def __init__(self, text: str):
        found = list(_TOKEN.finditer(text))
        self.words = [m.group().lower() for m in found]
        self.starts = [m.start() for m in found]
        self.ends = [m.end() for m in found]


def mention_index(entities: dict[str, Entity], forms: dict[str, str]) -> NameIndex[str]:
    """Entity ids by every spelling (``forms``, from the registry), services by either prefix.

    Short spellings and acronyms match in their own case only ("ALS" is not "als").
    """
    forms = dict(forms)
    # the other prefix of a service name is the same service ("AWS QuickSight")
    for e in entities.values():
        if e.cls == "Service":
            for n in (e.label, *sorted(e.aliases)):
                for a, z in (("Amazon ", "AWS "), ("AWS ", "Amazon ")):
                    if n.startswith(a):
                        forms.setdefault(z + n[len(a) :], e.id)
                        # and by none, where the rest is a name of two words or more
                        # ("OpenSearch Service"; not "Personalize", an everyday word)
                        if len(n[len(a) :].split()) >= 2:
                            forms.setdefault(n[len(a) :], e.id)
        # a thing of two words or more is also written in the plural ("task nodes" are each
        # a Task node), in any case the document writes it
        words = e.label.split()
        if len(words) >= 2 and re.fullmatch(r"[a-z]{3,}", words[-1]) and e.cls != "Kind":
            if not is_plural_noun_phrase(e.label):
                forms.setdefault(plural(e.label), e.id)
    index: NameIndex[str] = NameIndex()
    for form, eid in forms.items():
        index.add(form, eid, exact_case=len(form) <= 4 or form.isupper())
    return index
