"""Remarks on listed things that narrow their relation: "`num_round` (required), `eta`"
under XGBoost, "Required hyperparameters: k, feature_dim", "Must-set hyperparameters" as a
column header. A setting the text says is required is one XGBoost *requires*, not only one it
has.

Which remarks state which narrower relation is the ontology's (``mlkg:objectRemark`` on a
relation that is ``rdfs:subPropertyOf`` another, ``graph.vocabulary.object_remarks()``); this
module only finds where a remark is said of a thing: in the thing's own item of a list
(between the separators around it), in the lead before the colon that opens the list, or in
the title of the section the list stands in.
"""

from __future__ import annotations

import re
from collections.abc import Mapping

from .builder import Builder
from .model import TextUnit
from .tables import YES_MARKS

# what ends one item of a list written in a line, and what ends the lead a list follows
_ITEM_END = ",;|\n•·"
_LEAD_END = re.compile(r"[;|\n]|[.!?](?=\s)")
# the verb a list follows in a sentence ("The required settings are a, b and c")
_LIST_VERB = re.compile(r"\s(?:are|include|includes)\s")
# a remark denied: "not required", "no ... is mandatory", "isn't compulsory"
_DENIED = re.compile(r"\b(?:not|no|never|optional|n't)\b[^,;|]{0,20}$", re.I)


def read_remarked(b: Builder, remarks: Mapping[str, tuple[str, tuple[str, ...]]]) -> None:
    """For each fact of a relation that a narrower one has remarks for, the narrower fact as
    well when its text remarks so on the object. Run last, once names and merges are final."""
    for narrow, (broad, words) in sorted(remarks.items()):
        if not words:
            continue
        said = _remark_pattern(words)
        for f in list(b.out.facts):
            if f.predicate != broad or not f.obj_is_entity:
                continue
            s = b.out.entities.get(b.current(f.subject))
            o = b.out.entities.get(b.current(f.obj))
            unit = b.out.units.get(f.unit)
            if s is None or o is None or unit is None:
                continue
            names = [o.label, *sorted(o.aliases)]
            if _remarked(unit, names, said):
                b.fact(s, narrow, o, unit)


def _remark_pattern(words: tuple[str, ...]) -> re.Pattern[str]:
    # "must be set", "must-set": spaces and hyphens alike
    alternatives = sorted(
        (r"[\s-]+".join(map(re.escape, re.split(r"[\s-]+", w))) for w in words), key=len
    )
    return re.compile(rf"(?<![\w-])(?:{'|'.join(reversed(alternatives))})(?![\w-])", re.I)


def _remarked(unit: TextUnit, names: list[str], said: re.Pattern[str]) -> bool:
    """Whether the unit's text remarks so on a thing of these names: in its item, in the lead
    of its list, or in the title of its section."""
    text = unit.text
    title = unit.source.section[-1] if unit.source.section else ""
    found = False
    for name in names:
        if len(name) < 2:
            continue
        for m in re.finditer(rf"(?<![\w-]){re.escape(name)}(?![\w-])", text, re.I):
            found = True
            start, end = _item_bounds(text, m.start(), m.end())
            if _says(said, text[start:end]):
                return True
            lead_start = max((x.end() for x in _LEAD_END.finditer(text, 0, m.start())), default=0)
            lead = text[lead_start : m.start()]
            if ":" in lead and _says(said, lead[: lead.rindex(":")]):
                return True  # "Four hyperparameters are required: k, sample_size, ..."
            opening = _LIST_VERB.search(lead)
            if opening and _says(said, lead[: opening.start()]):
                return True  # "The required hyperparameters are k, sample_size, ..."
            if _marked_in_row(text, start, said):
                return True  # "Setting: flush_rows | Required?: yes | ..."
    return found and bool(title) and _says(said, title)


# a table's row as a unit says it: "Header: cell | Header: cell"
_ROW_CELL = re.compile(r"(?:^|(?<= \| ))([^|:]{1,40}?):\s([^|]*?)(?= \| |$)")
# a cell that marks its row so: "yes", "✓" (the marks the table reader reads as yes)
_YES = frozenset(("yes", "y", "true", *YES_MARKS))


def _marked_in_row(text: str, at: int, said: re.Pattern[str]) -> bool:
    """Whether ``text`` is a table's row whose first cell names the thing (at ``at``) and
    another cell, under a header that makes the remark, marks it yes ("Required?: yes"), or
    makes the remark itself ("Default: (required)")."""
    cells = list(_ROW_CELL.finditer(text))
    if len(cells) < 2 or " | ".join(c[0] for c in cells) != text or at > cells[0].end():
        return False
    return any(
        (_says(said, c[1]) and re.split(r"[\s(.,;]", c[2].strip().lower(), maxsplit=1)[0] in _YES)
        # ... or a cell that holds the remark alone: "Default: (required)"
        or said.fullmatch(c[2].strip(" ().*_`")) is not None
        for c in cells[1:]
    )


def _item_bounds(text: str, start: int, end: int) -> tuple[int, int]:
    """Where the list item around ``text[start:end]`` begins and ends: at the separators
    around it outside brackets ("`num_round` (required, no default), `eta`")."""

    def ends(k: int) -> bool:  # a separator, or a sentence's full stop
        return text[k] in _ITEM_END or (
            text[k] in ".!?" and (k + 1 == len(text) or text[k + 1].isspace())
        )

    depth, i = 0, start
    while i > 0:
        depth += (text[i - 1] == ")") - (text[i - 1] == "(")
        if depth < 0 or (depth == 0 and ends(i - 1)):
            break
        i -= 1
    depth, j = 0, end
    while j < len(text):
        depth += (text[j] == "(") - (text[j] == ")")
        if depth < 0 or (depth == 0 and ends(j)):
            break
        j += 1
    return i, j


def _says(said: re.Pattern[str], text: str) -> bool:
    """Whether ``text`` makes the remark, not denying it ("not required") nor giving a value
    ("must be set to `gpu_rows`": a value it takes, in some case) nor a case it holds in
    ("required for multiclass", "required when sorting": not always)."""
    return any(
        not _DENIED.search(text[: m.start()])
        and not re.match(r"\s+(?:to|for|when|if|unless)\b", text[m.end() :])
        for m in said.finditer(text)
    )
