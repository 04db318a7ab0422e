"""Near-spellings: a question word the documents never use, and English does not know, is read
as the closest word the documents do use ("Kinesys" → "kinesis"), and the answer says so."""

from __future__ import annotations

import re
from collections.abc import Iterable

from rapidfuzz import fuzz, process

MIN_SIMILARITY = 80.0  # rapidfuzz ratio (0-100) of a word to its correction
_WORD = re.compile(r"[A-Za-z][A-Za-z-]{3,}")


class Speller:
    """Corrects words against a vocabulary (the documents' own words)."""

    def __init__(self, vocabulary: Iterable[str]):
        self.vocabulary = sorted({w for w in vocabulary if w.isalpha() and len(w) >= 3})
        self.known = set(self.vocabulary)

    def _unknown(self, word: str) -> bool:
        low = word.lower()
        if low in self.known or (low.endswith("s") and low[:-1] in self.known):
            return False
        from wordfreq import zipf_frequency

        return zipf_frequency(low, "en") < 2.5  # a word English knows is no typo

    def correct(self, text: str) -> tuple[str, dict[str, str]]:
        """``text`` with unknown words replaced by their closest known word, and the changes."""
        changes: dict[str, str] = {}
        for m in _WORD.finditer(text):
            word = m.group(0)
            if word in changes or not self._unknown(word):
                continue
            best = process.extractOne(
                word.lower(), self.vocabulary, scorer=fuzz.ratio, score_cutoff=MIN_SIMILARITY
            )
            if best is not None and abs(len(best[0]) - len(word)) <= 2:
                changes[word] = best[0]
        if not changes:
            return text, {}
        fixed = re.sub(
            r"[A-Za-z][A-Za-z-]{3,}", lambda m: changes.get(m.group(0), m.group(0)), text
        )
        return fixed, changes
