"""Names a thing goes by now: "Zorb Hose (now Quill Hose)", "what used to be Zorb Lake is now
Quill Service for Fern", "Renamed Quill Hose in 2024" (a footnote on the old name). The thing
keeps one node under all its names; the new one is recorded as its ``currentName``, so "what is
it called now?" has an answer.

The phrases that say so are the ontology's (the hidden labels of ``mlkg:currentName``,
``graph.vocabulary.rename_phrases()``); this module finds the name after one and the thing it
renames: the thing that name already is (the AWS catalogue knows both names of a renamed
service), else the last thing the sentence names before the phrase.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from .builder import Builder
from .mentions import mention_index

# a name: words in capitals, with the small words names keep ("Managed Service *for* Apache
# Flink"), in quotes or not
_WORD = r"[A-Z][\w+-]*(?:\.[\w+-]+)*"


def _name(group: str) -> str:
    return rf"[\"“']?(?P<{group}>{_WORD}(?:\s+(?:(?:for|of|on|and)\s+)?{_WORD})*)"


_SENTENCE_END = re.compile(r"[.;!?](?=\s|$)|\n")


def read_renames(b: Builder, phrases: Sequence[str]) -> None:
    """Record each thing's new name where a text says it was renamed. Run last."""
    if not phrases:
        return
    cue = "|".join(re.escape(p) for p in phrases)
    said = re.compile(
        # "... is now called X", "renamed to X"; "X (now Y)": a bracket that says only that
        rf"(?<![\w-])(?i:{cue})\s*(?i:to\s+|as\s+|:\s*)?{_name('name')}"
        rf"|\((?i:now)\s+{_name('bracketed')}[\"”']?\)"
    )
    index = mention_index(b.out.entities, b.registry.surface_forms())
    for unit in list(b.out.units.values()):
        if unit.is_code:
            continue
        text = unit.text
        for m in said.finditer(text):
            name = (m["name"] or m["bracketed"]).strip()
            thing = b.registry.find(name)
            if thing is None:
                # "Zorb Hub was renamed Quill Hub": the thing the sentence names last
                # before the phrase, and a name it goes by from now on
                opening = max(
                    (e.end() for e in _SENTENCE_END.finditer(text, 0, m.start())), default=0
                )
                before = index.find_longest(text[opening : m.start()])
                if not before:
                    continue
                thing = b.out.entities.get(b.current(before[-1].value))
                if thing is None:
                    continue
                b.registry.add_alias(thing, name)
            b.literal(thing, "currentName", name, unit)
