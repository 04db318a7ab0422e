"""Amounts with units in questions and passages: sizes and durations.

A scenario often gives its amounts ("each request sends a ~500 MB file and takes 20 minutes")
and the documents state each option's limits ("max size: 1 GB | max run time: up to
1 h"). Which option's limits hold the scenario's amounts is then arithmetic, not wording:
``fits`` tells it, ``amounts`` reads them.
"""

from __future__ import annotations

import re

# a unit's dimension and its size in that dimension's base unit (bytes, seconds)
_UNITS = {
    "kb": ("size", 1e3),
    "kib": ("size", 1024.0),
    "mb": ("size", 1e6),
    "mib": ("size", 1024.0**2),
    "gb": ("size", 1e9),
    "gib": ("size", 1024.0**3),
    "tb": ("size", 1e12),
    **{
        f"{w}byte{s}": ("size", 10.0**e)
        for w, e in (("kilo", 3), ("mega", 6), ("giga", 9), ("tera", 12))
        for s in ("", "s")
    },
    "tib": ("size", 1024.0**4),
    "ms": ("time", 1e-3),
    "s": ("time", 1.0),
    "sec": ("time", 1.0),
    "secs": ("time", 1.0),
    "second": ("time", 1.0),
    "seconds": ("time", 1.0),
    "min": ("time", 60.0),
    "mins": ("time", 60.0),
    "minute": ("time", 60.0),
    "minutes": ("time", 60.0),
    "h": ("time", 3600.0),
    "hr": ("time", 3600.0),
    "hrs": ("time", 3600.0),
    "hour": ("time", 3600.0),
    "hours": ("time", 3600.0),
    "day": ("time", 86400.0),
    "days": ("time", 86400.0),
    "week": ("time", 7 * 86400.0),
    "weeks": ("time", 7 * 86400.0),
    "month": ("time", 30 * 86400.0),  # (a month as 30 days: "12 months" within "365 days")
    "months": ("time", 30 * 86400.0),
    "year": ("time", 365 * 86400.0),
    "years": ("time", 365 * 86400.0),
}
# numbers written as words ("up to one hour", "fifteen minutes")
NUMBER_WORDS = {
    w: float(i)
    for i, w in enumerate(
        "zero one two three four five six seven eight nine ten eleven twelve".split()
    )
} | {"fifteen": 15.0, "twenty": 20.0, "thirty": 30.0, "sixty": 60.0}
_SMALL_NUMBERS = (
    "zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen "
    "fifteen sixteen seventeen eighteen nineteen"
).split()
_TENS = "twenty thirty forty fifty sixty seventy eighty ninety".split()
_SPELLED = {w: i for i, w in enumerate(_SMALL_NUMBERS)} | {
    w: 10 * i for i, w in enumerate(_TENS, 2)
}
_SCALES = {"hundred": 100, "thousand": 1000, "million": 10**6}
_NUMBER_WORD = "|".join([*_SPELLED, *_SCALES])
_SPELLED_NUMBER = re.compile(rf"\b(?:{_NUMBER_WORD})(?:[\s-]+(?:{_NUMBER_WORD}))*\b", re.I)


# the time a rate is per, written short after a slash ("1 MB/s", "60 req/min"): its word
_PER = {"s": "second", "sec": "second", "min": "minute", "h": "hour", "hr": "hour", "day": "day"}
_RATE = re.compile(r"(?<=\w)/(s|sec|min|h|hr|day)\b")
# a unit written short after a number or "per" ("1 MB", "per TB"): its word
_SPELT = {
    "KB": "kilobyte",
    "MB": "megabyte",
    "GB": "gigabyte",
    "TB": "terabyte",
    "ms": "millisecond",
}
_SHORT_UNIT = re.compile(r"(?:\d\s?|\bper\s)(KB|MB|GB|TB|ms)\b")


def rate_words(text: str) -> set[str]:
    """The words of the times a text's rates are per: "1 MB/s" says "second"."""
    return {_PER[m.group(1)] for m in _RATE.finditer(text)}


def unit_words(text: str) -> set[str]:
    """The words of the units a text writes short: "$5 per TB" says "terabyte"."""
    return {_SPELT[m.group(1)] for m in _SHORT_UNIT.finditer(text)}


def in_digits(text: str) -> str:
    """``text`` with its numbers written in words in digits ("twenty-four hours" → "24
    hours", "three hundred sixty-five days" → "365 days"); a lone "one" stays a word
    ("the fast one")."""

    def value(m: re.Match[str]) -> str:
        words = re.split(r"[\s-]+", m.group().lower())
        if words == ["one"]:
            return m.group()
        total = current = 0
        for w in words:
            if w in _SCALES:
                current = max(current, 1) * _SCALES[w]
                if _SCALES[w] >= 1000:
                    total, current = total + current, 0
            else:
                current += _SPELLED[w]
        return str(total + current)

    return _SPELLED_NUMBER.sub(value, text)


# "500 MB", "~15 min", "1–6 GB" (a range: its upper end), "1,000 seconds", "an hour", "one hour"
_AMOUNT = re.compile(
    r"(?<![\w.])(?:(?P<low>\d[\d,]*(?:\.\d+)?)\s?[-–]\s?)?"
    rf"(?P<n>\d[\d,]*(?:\.\d+)?|an?|{'|'.join(NUMBER_WORDS)})\s?"
    r"(?P<unit>[KMGT]i?B|(?:kilo|mega|giga|tera)bytes?|ms|secs?|seconds?|s|mins?|minutes?|h|hrs?|hours?|days?|weeks?|months?|years?)(?![\w/])",
    re.I,
)


def amounts(text: str) -> list[tuple[str, float]]:
    """(dimension, value in base units) of each size or duration ``text`` states."""
    return [(dimension, value) for _, _, dimension, value, _ in amount_spans(in_digits(text))]


def amount_spans(text: str) -> list[tuple[int, int, str, float, float | None]]:
    """Each size or duration of ``text`` (numbers already in digits): where it starts and
    ends, its dimension, its value in base units and, for a range ("1–6 GB"), its lower
    end."""
    out = []
    for m in _AMOUNT.finditer(text):
        unit = m["unit"].lower()
        said = m["n"].lower()
        if unit not in _UNITS or (not said[0].isdigit() and len(unit) <= 3):
            continue  # "a s", "an h", "one s": no amount; "an hour", "one hour" are
        if said in ("a", "an"):
            n = 1.0
        elif said in NUMBER_WORDS:
            n = NUMBER_WORDS[said]
        else:
            n = float(said.replace(",", ""))
        dimension, size = _UNITS[unit]
        low = float(m["low"].replace(",", "")) * size if m["low"] else None
        out.append((m.start(), m.end(), dimension, n * size, low))
    return out


def fits(asked: list[tuple[str, float]], said: str) -> bool | None:
    """Whether the limits a passage states hold every amount asked (True), one of them falls
    short of an amount of its dimension (False), or it states none of those dimensions (None)."""
    stated: dict[str, float] = {}
    for dimension, value in amounts(said):
        stated[dimension] = max(value, stated.get(dimension, 0.0))
    compared = [(value, stated[d]) for d, value in asked if d in stated]
    if not compared:
        return None
    return all(limit >= value for value, limit in compared)


def dimensions_stated(asked: list[tuple[str, float]], said: str) -> int:
    """How many of the asked amounts' dimensions (size, time) a passage states limits for."""
    stated = {d for d, _ in amounts(said)}
    return len({d for d, _ in asked if d in stated})
