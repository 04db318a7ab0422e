"""What a passage states against the amount or the default a yes/no question gives.

"Can a Quill message be 1 MB?" to "A message can be at most 256 KB": the passage bounds the
amount and 1 MB lies past the bound, so no; "... be 100 KB?" lies within it, so yes.
"Does Quill keep messages 7 days by default?" to "Quill keeps messages for 4 days by
default": the default is another amount, so no. "Is autoscaling on by default?" to
"Autoscaling is off by default": the other state, so no.

Only a sentence that shares a word with the question, besides the names of what it asks of
(``topic``), counts, and only a stated bound or default decides: a plain amount ("a job
takes 5 minutes") bounds nothing.
"""

from __future__ import annotations

import math
import re

from .defaults import asks_default, stated_defaults
from .figures import amount_spans, amounts, in_digits
from .readings import stems

# words before an amount that make it an upper bound: "up to 6 MB", "at most", "max payload
# size: 6 MB", "limited to", "cannot exceed", "can be raised to 365 days"
_UPPER_BEFORE = re.compile(
    r"(?:\bup\s+to|\bat\s+most|\bmax(?:imum)?\b(?:\s+[\w-]+){0,3}?\s*(?:[:=]|\bis\b|\bof\b)?"
    r"|\blimit(?:ed|s)?\b(?:\s+(?:to|of|is|at))?\s*[:=]?|\bno\s+(?:more|larger|longer|bigger)\s+than"
    r"|\b(?:not|cannot|can't|never)\s+(?:to\s+)?exceed|\b(?:less|smaller|shorter|fewer)\s+than"
    r"|\bunder|\bbelow|\bwithin|\b(?:raised|extended|increased|scaled)\s+(?:up\s+)?to)"
    r"\s*(?:~|about\s+|approximately\s+)?$",
    re.I,
)
_LOWER_BEFORE = re.compile(
    r"(?:\bat\s+least|\bmin(?:imum)?\b(?:\s+[\w-]+){0,3}?\s*(?:[:=]|\bis\b|\bof\b)?"
    r"|\bno\s+(?:less|fewer|smaller|shorter)\s+than|\b(?:more|larger|longer|greater)\s+than"
    r"|\bover|\babove)\s*$",
    re.I,
)
_UPPER_AFTER = re.compile(
    r"\s*(?:at\s+most|max(?:imum)?\b|or\s+(?:less|fewer|smaller|shorter))", re.I
)
_LOWER_AFTER = re.compile(
    r"\s*(?:at\s+least|min(?:imum)?\b|or\s+(?:more|longer|larger|greater))", re.I
)
# "from 1 GB to 6 GB", "between 1 and 6 GB": a range's two ends
_RANGE_OPEN = re.compile(r"\b(?:from|between|ranges?\s+from)\s+$", re.I)
_RANGE_JOIN = re.compile(r"\s*(?:to|and|-|–|through)\s*$", re.I)
_SENTENCE = re.compile(r"(?<=[.!?;|])\s+|\n")
# a state said of a default, and its opposite ("off by default" to "on by default?")
_STATES = {"on": "off", "enabled": "disabled", "true": "false", "active": "inactive"}
_OPPOSITE = _STATES | {b: a for a, b in _STATES.items()}
_STATE = re.compile(
    r"\b(on|off|enabled|disabled|true|false|active|inactive)\s+by\s+default\b"
    r"|\bdefaults?\s+(?:is\s+|to\s+|:\s*|=\s*)?(on|off|enabled|disabled|true|false|active|inactive)\b",
    re.I,
)


def bounds(sentence: str) -> dict[str, tuple[float, float]]:
    """The bounds a sentence sets, per dimension (size, time): (lowest, highest)."""
    text = in_digits(sentence)
    spans = amount_spans(text)
    out: dict[str, tuple[float, float]] = {}
    for i, (start, end, dimension, value, low) in enumerate(spans):
        before, after = text[max(0, start - 40) : start], text[end:]
        lo, hi = out.get(dimension, (0.0, math.inf))
        nxt = spans[i + 1] if i + 1 < len(spans) else None
        if low is not None:
            lo, hi = max(lo, low), min(hi, value)  # "1–6 GB"
        elif _UPPER_BEFORE.search(before) or _UPPER_AFTER.match(after):
            hi = min(hi, value)
        elif _LOWER_BEFORE.search(before) or _LOWER_AFTER.match(after):
            lo = max(lo, value)
        elif (
            nxt is not None
            and nxt[2] == dimension
            and _RANGE_OPEN.search(before)
            and _RANGE_JOIN.fullmatch(text[end : nxt[0]])
        ):
            lo, hi = max(lo, value), min(hi, nxt[3])
        else:
            continue
        out[dimension] = (lo, hi)
    return out


# a state a question asks of ("is it *on* by default", "turned off", "enabled?"; "on" only
# where it cannot be a preposition)
_ASKED_STATE = re.compile(
    r"\b(off|enabled|disabled|true|false|active|inactive)\b"
    r"|(?:\b(?:is|are|be|turned|switched|set\s+to)\s+)(on)\b|\b(on)(?=\s+by\s+default\b)",
    re.I,
)


def _topic(question: str, topic: set[str]) -> set[str]:
    """The topic words without the question's amounts ("7 days") and default words."""
    text = in_digits(question)
    said = " ".join(text[a:b] for a, b, *_ in amount_spans(text))
    return set(topic) - stems(said) - stems("default defaults by")


def _sentences(text: str, topic: set[str]) -> list[str]:
    return [s for s in _SENTENCE.split(text) if s.strip() and stems(s) & topic]


def amount_verdict(question: str, passage: str, topic: set[str]) -> bool | None:
    """Whether the amounts a question gives lie within the bounds the passage's sentences on
    its topic set (True), one lies past them (False), or no sentence bounds them (None). A
    question that names the bound itself ("Is the maximum size 1 MB?") asks for it exactly."""
    text = in_digits(question)
    asked = amount_spans(text)
    if not asked:
        return None
    set_bounds: dict[str, tuple[float, float]] = {}
    for sentence in _sentences(passage, _topic(question, topic)):
        for dimension, (lo, hi) in bounds(sentence).items():
            was_lo, was_hi = set_bounds.get(dimension, (0.0, math.inf))
            set_bounds[dimension] = (max(lo, was_lo), min(hi, was_hi))
    verdicts = []
    for start, end, dimension, value, _ in asked:
        if dimension not in set_bounds:
            continue
        lo, hi = set_bounds[dimension]
        before = text[max(0, start - 40) : start]
        if _UPPER_BEFORE.search(before) or _UPPER_AFTER.match(text[end:]):
            verdicts.append(math.isclose(value, hi))  # asks the highest itself
        elif _LOWER_BEFORE.search(before) or _LOWER_AFTER.match(text[end:]):
            verdicts.append(math.isclose(value, lo))
        else:
            verdicts.append(lo - 1e-9 <= value <= hi + 1e-9)
    return all(verdicts) if verdicts else None


def default_verdict(question: str, passage: str, topic: set[str]) -> bool | None:
    """Whether the default a question gives is the one the passage states for its topic
    (True), another one is stated (False), or none is (None): an amount ("7 days by
    default?" to "4 days by default") or a state ("on by default?" to "off by default")."""
    if not asks_default(question):
        return None
    asked = amounts(question)
    asked_states = {
        next(g for g in m.groups() if g).lower() for m in _ASKED_STATE.finditer(question)
    }
    for sentence in _sentences(passage, _topic(question, topic)):
        if asked:
            for said in stated_defaults(sentence):
                values = amounts(said.value)
                # (the stated and the asked amount of each dimension they share)
                pairs = [(v, a) for d, v in values for e, a in asked if d == e]
                if pairs:
                    return any(math.isclose(v, a) for v, a in pairs)
        for m in _STATE.finditer(sentence):
            state = (m[1] or m[2]).lower()
            if state in asked_states:
                return True
            if _OPPOSITE[state] in asked_states:
                return False
    return None
