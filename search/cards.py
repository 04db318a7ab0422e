"""Answers read off a flashcard: notes written as "Q: ...? A: ..." answer a question that says
the same as one of their own questions with the things that card's answer names.

The card's question is matched to the asked one by meaning (the embedding model, as a
paraphrase); the answer's things are the entities the passage mentions that are named after
its "A:", in the order written, of the asked-for type when the question asks for one, and not
named by either question (what is asked about is not the answer).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

import numpy as np

from ingest.text import question_card  # "Q: Where can the hub send rows? A: FernKit and MossLib."

from .readings import type_ok
from .sparql import mentioned_sparql

# how alike the two questions must be (cosine of their embeddings): set by hand on a working
# set of flashcard questions (paraphrases scored 0.73-0.99; other cards near the top mostly
# 0.11-0.57, one 0.78)
CARD_MATCH = 0.7
TOP_PASSAGES = 3  # the best-matching passages looked at


def matching_card(engine, s) -> tuple[str, dict[str, str], float] | None:
    """(unit, card, similarity) of the best card among the top passages whose question says
    the same as the asked one; None when there is none."""
    v = engine.view
    top = sorted(s.unit_score, key=lambda u: -s.unit_score[u])[:TOP_PASSAGES]
    cards = [(u, m) for u in top if u in v.units and (m := _card(v.units[u]))]
    if not cards or s.vector is None:
        return None
    vectors = engine.embedder.embed_many([m["q"] for _, m in cards])
    sims = vectors @ np.asarray(s.vector, dtype=vectors.dtype).reshape(-1)
    i = int(np.argmax(sims))
    return (cards[i][0], cards[i][1], float(sims[i])) if sims[i] >= CARD_MATCH else None


def _card(unit) -> dict[str, str] | None:
    """A passage's card: its own "Q: ...? A: ..." (or opening question and answer), or the
    question its heading asks ("### When do I pick Zorbex?") and the passage as the answer."""
    if m := question_card(unit.text):
        return {"q": m["q"], "a": m["a"]} if m["a"].strip() else None
    asked = unit.section.rsplit(" > ", 1)[-1].strip()
    if asked.endswith("?") and unit.text.strip() != asked:
        return {"q": asked, "a": unit.text}
    return None


def _first_at(text: str, names: list[str]) -> int:
    """Where any of ``names`` is first written in ``text`` (whole words); -1 if nowhere."""
    low = text.lower()
    found = [
        m.start()
        for n in names
        if n and (m := re.search(r"(?<![\w-])" + re.escape(n.lower()) + r"(?![\w-])", low))
    ]
    return min(found) if found else -1


def card_things(engine, s, unit: str, card: dict[str, str]) -> list[str]:
    """The entities the card's answer names, in the order written: of the asked-for type if
    the question asks for one, not named by either question."""
    v = engine.view
    asked = {x for x, c in s.linked.items() if c >= 1.0}
    placed = []
    for x in v.units[unit].mentions:
        e = v.entities.get(x)
        if e is None or x in asked:
            continue
        names = [e.label, *e.aliases]
        at = _first_at(card["a"], names)
        if at < 0 or _first_at(card["q"], names) >= 0:
            continue
        if s.q.types and e.type != "Concept" and not type_ok(engine, x, s.q.types):
            continue  # of another class (a thing of no class may be one)
        placed.append((at, e.label, x))
    return [x for _, _, x in sorted(placed)]


@dataclass
class CardAnswer:
    unit: str  # the card's passage
    things: list[str]  # what its answer names, in order
    similarity: float  # of its question to the asked one
    sparql: str


def card_answer(engine, s) -> CardAnswer | None:
    """What a matching card answers, or None (then the graph's readings answer)."""
    found = matching_card(engine, s)
    if found is None:
        return None
    unit, card, similarity = found
    things = card_things(engine, s, unit, card)
    if s.q.form == "single":
        things = things[:1]
    return CardAnswer(unit, things, similarity, mentioned_sparql(unit, things)) if things else None
