"""Answers read off a flashcard: notes written as "Q: ...? A: ..." answer a question that says
the same as one of their own questions with the things that card's answer names.

The card's question is matched to the asked one by meaning (the embedding model, as a
paraphrase); the answer's things are the entities the passage mentions that are named after
its "A:", in the order written, of the asked-for type when the question asks for one, and not
named by either question (what is asked about is not the answer).
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass, field

import numpy as np

from ingest.text import question_card  # "Q: Where can the hub send rows? A: FernKit and MossLib."

from .readings import type_ok
from .sparql import mentioned_sparql

# how alike the two questions must be (cosine of their embeddings): set by hand on a working
# set of flashcard questions (paraphrases scored 0.73-0.99; other cards near the top mostly
# 0.11-0.57, one 0.78)
CARD_MATCH = 0.7
TOP_PASSAGES = 3  # the best-matching passages looked at


def matching_card(engine, s) -> tuple[str, dict, float] | None:
    """(unit, card, similarity) of the best card among the top passages whose question says
    the same as the asked one; None when there is none."""
    v = engine.view
    top = sorted(s.unit_score, key=lambda u: -s.unit_score[u])[:TOP_PASSAGES]
    cards = [(u, c) for u in top if u in v.units and (c := _card(engine, u))]
    if not cards or s.vector is None:
        return None
    vectors = engine.embedder.embed_many([c["q"] for _, c in cards])
    sims = vectors @ np.asarray(s.vector, dtype=vectors.dtype).reshape(-1)
    i = int(np.argmax(sims))
    return (cards[i][0], cards[i][1], float(sims[i])) if sims[i] >= CARD_MATCH else None


def _card(engine, iri: str) -> dict | None:
    """A passage's card (``q``, ``a``, the ``units`` its answer stands in): its own "Q: ...?
    A: ..." (or opening question and answer); a question alone, answered by the lines right
    under it ("**Where can Gromble send rows?**" over a list); or the question its heading asks
    ("### When do I pick Zorbex?"), the passage its answer."""
    unit = engine.view.units[iri]
    if m := question_card(unit.text):
        if m["a"].strip():
            return {"q": m["q"], "a": m["a"], "units": [iri]}
        under = _lines_under(engine, unit)
        text = " ".join(engine.view.units[u].text for u in under)
        return {"q": m["q"], "a": text, "units": under} if under else None
    asked = unit.section.rsplit(" > ", 1)[-1].strip()
    if asked.endswith("?") and unit.text.strip() != asked:
        return {"q": asked, "a": unit.text, "units": [iri]}
    return None


def _lines_under(engine, unit, most: int = 12) -> list[str]:
    """The lines that follow a passage in its section (or under it), one after another, up
    to the next question or a gap."""
    v = engine.view
    units = engine.graph.document_units.get(unit.document, [])
    out, line = [], unit.line
    # the document's units are in line order: start right after this one
    for u in units[bisect_right(units, unit.line, key=lambda u: v.units[u].line) :]:
        w = v.units[u]
        inside = w.section == unit.section or w.section.startswith(unit.section + " > ")
        if not inside or w.line > line + 2 or question_card(w.text) or len(out) >= most:
            break
        out.append(u)
        line = w.line
    return out


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
    for x in dict.fromkeys(m for u in card["units"] for m in v.units[u].mentions):
        e = v.entities.get(x)
        if e is None or x in asked:
            continue
        names = [e.label, *e.aliases]
        at = _first_at(card["a"], names)
        if at < 0 or _first_at(card["q"], names) >= 0:
            continue
        if card["a"][:at].count("(") > card["a"][:at].count(")"):
            continue  # "HTTP endpoints (Zorbex, FernKit)": examples of an answer, not answers
        if s.q.types and e.type != "Concept" and not type_ok(engine, x, s.q.types):
            continue  # of another class (a thing of no class may be one)
        placed.append((at, e.label, x))
    return [x for _, _, x in sorted(placed)]


@dataclass
class CardAnswer:
    unit: str  # the card's passage (its question)
    things: list[str]  # what its answer names, in order
    similarity: float  # of its question to the asked one
    sparql: str
    said_in: dict[str, str] = field(
        default_factory=dict
    )  # thing → the line of the answer naming it


def card_answer(engine, s) -> CardAnswer | None:
    """What a matching card answers, or None (then the graph's readings answer)."""
    found = matching_card(engine, s)
    if found is None:
        return None
    unit, card, similarity = found
    things = card_things(engine, s, unit, card)
    if s.q.form == "single":
        things = things[:1]
    if not things:
        return None
    v = engine.view
    said_in = {x: next(u for u in card["units"] if x in v.units[u].mentions) for x in things}
    sparql = mentioned_sparql(sorted(set(said_in.values())), things)
    return CardAnswer(unit, things, similarity, sparql, said_in)
