"""Flashcards printed on both sides: a sheet of cards (a table of short fronts: a term, a
question) and, after it, the sheet of their backs (a table of the same shape, what each
front means), as a print shop wants them.

Which back is whose: the card number both sides carry ("#07" on the front and on the back),
or else the place, straight or mirrored (a sheet printed on both sides and flipped on its
long edge has its columns swapped), whichever names more of the fronts' terms on their backs.
Reader-independent: the readers give each cell as its lines of Markdown inline text.
"""

from __future__ import annotations

import re
from collections import Counter

from .text import plain

# a card's number alone on its line: "#07", "No. 7", "Card 7", "07"
_KEY = re.compile(r"^(?:#\s*|no\.?\s*|card\s+)?(\d{1,3})\.?$", re.I)
_FRONT_WORDS = 12  # a front line says a term or a question, no more
_FRONT_LINES = 3  # a term, a tag over it, a note under it


def card_key(lines: list[str]) -> str | None:
    """The number a card side carries on a line of its own; None unless exactly one."""
    keys = [m[1].lstrip("0") or "0" for x in lines if (m := _KEY.match(plain(x).strip()))]
    return keys[0] if len(keys) == 1 else None


def _words(lines: list[str]) -> int:
    return sum(len(plain(x).split()) for x in lines)


def _cells(grid: list[list[list[str]]]) -> list[tuple[int, int]]:
    return [(r, c) for r, row in enumerate(grid) for c, cell in enumerate(row) if cell]


def said_lines(lines: list[str]) -> list[str]:
    """A side's lines without its number."""
    return [x for x in lines if plain(x).strip() and not _KEY.match(plain(x).strip())]


def card_pairs(
    front: list[list[list[str]]], back: list[list[list[str]]]
) -> list[tuple[tuple[int, int], tuple[int, int]]] | None:
    """Each front cell's back cell, as (row, column) pairs in the fronts' order, when the two
    tables are a sheet of cards and its backs; None when they are not.

    Fronts are short (at most three lines of twelve words, beside a number); backs say more
    (half as many words again as the fronts, at least); the two tables have the same shape
    and cards in the same places once paired; unnumbered, some back names its front."""
    if len(front) != len(back) or any(len(a) != len(b) for a, b in zip(front, back)):
        return None
    fronts, backs = _cells(front), _cells(back)
    if len(fronts) < 2 or len(fronts) != len(backs):
        return None
    for r, c in fronts:
        said = said_lines(front[r][c])
        if not said or len(said) > _FRONT_LINES:
            return None
        if any(len(plain(x).split()) > _FRONT_WORDS for x in said):
            return None
    front_words = sum(_words(said_lines(front[r][c])) for r, c in fronts)
    back_words = sum(_words(said_lines(back[r][c])) for r, c in backs)
    if 2 * back_words < 3 * front_words or any(not said_lines(back[r][c]) for r, c in backs):
        return None
    keyed = _keyed(front, back, fronts, backs)
    if keyed is not None:
        return keyed
    if any(card_key(front[r][c]) for r, c in fronts):
        return None  # numbered fronts whose numbers the backs do not carry: no sheet of backs
    width = max(len(row) for row in front)
    straight = [((r, c), (r, c)) for r, c in fronts]
    mirrored = [((r, c), (r, width - 1 - c)) for r, c in fronts]
    if any(not back[r][c] for _, (r, c) in mirrored if c < len(back[r])):
        mirrored = []
    # unnumbered, a back must name its front's term somewhere: two tables of one shape,
    # short cells then long, are no cards without it
    best = max((mirrored, straight), key=lambda p: (_named(front, back, p), p is mirrored))
    return best if _named(front, back, best) else None


def _keyed(front, back, fronts, backs) -> list | None:
    """Pairs by the numbers both sides carry, every card one of its own on each side."""
    fk = {card_key(front[r][c]): (r, c) for r, c in fronts}
    bk = {card_key(back[r][c]): (r, c) for r, c in backs}
    if None in fk or None in bk or len(fk) != len(fronts) or len(bk) != len(backs):
        return None
    if set(fk) != set(bk):
        return None
    return [(fk[k], bk[k]) for k in fk]


def _named(front, back, pairs) -> int:
    """How many backs say a word of their front's term (four letters or more)."""
    hits = 0
    for (fr, fc), (br, bc) in pairs:
        if bc >= len(back[br]):
            continue
        said = " ".join(plain(x) for x in said_lines(back[br][bc])).lower()
        term = " ".join(plain(x) for x in said_lines(front[fr][fc])).lower()
        hits += any(w in said for w in re.findall(r"[a-z][a-z0-9-]{3,}", term))
    return hits


def front_term(lines: list[str], fronts: list[list[str]]) -> str:
    """A front's term: of its lines (its number left out), the one whose first word the
    other fronts use least (a tag over the term, "ALGORITHM - supervised", opens many
    fronts); of two as rare, the longer."""
    said = said_lines(lines)
    opening = Counter(
        first for other in fronts for first in {_first_word(x) for x in said_lines(other)}
    )
    return plain(min(said, key=lambda x: (opening[_first_word(x)], -len(x)))).strip()


def _first_word(line: str) -> str:
    words = plain(line).lower().split()
    return words[0] if words else ""
