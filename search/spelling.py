"""Near-spellings: a question word the documents never use, and English does not know, is read
as the closest word the documents do use ("Kinesys" → "kinesis"), and the answer says so."""

from __future__ import annotations

import re
from collections.abc import Iterable

from rapidfuzz import fuzz, process

MIN_SIMILARITY = 80.0  # rapidfuzz ratio (0-100) of a word to its correction
_WORD = re.compile(r"[A-Za-z][A-Za-z-]{3,}")
FUNCTION_TYPO_ZIPF = 3.5  # rarer than this, a word near "which" is "which" mistyped
CLIPPED_ZIPF = 3.0  # a word cut short ("algo", "config") is rarer than this in English
NAME_ZIPF = 4.0  # a capitalised word rarer than this in English reads as a name ("Airflow")
_TOKEN = re.compile(r"[A-Za-z][A-Za-z0-9]*(?:-[A-Za-z0-9]+)*")
_EXAMPLES = re.compile(
    r"\b(?:like|such as|e\.g\.,?|for example|for instance|including)\s+"
    r"((?:[A-Z][\w-]*(?:,?\s+(?:and|or)\s+|,\s*|\s+)?)+)"
)


class Speller:
    """Corrects words against a vocabulary (the documents' own words)."""

    def __init__(self, vocabulary: Iterable[str], function_words: Iterable[str] = ()):
        self.vocabulary = sorted({w for w in vocabulary if w.isalpha() and len(w) >= 3})
        self.known = set(self.vocabulary)
        # the words a question is built from ("which", "what"): a rare word one letter off
        # one of them is that word mistyped ("wich"), even where English lists it
        self.function_words = sorted({w for w in function_words if w.isalpha() and len(w) >= 4})

    def _function_word(self, word: str) -> str | None:
        from wordfreq import zipf_frequency

        low = word.lower()
        if low in self.function_words or zipf_frequency(low, "en") >= FUNCTION_TYPO_ZIPF:
            return None
        from rapidfuzz.distance import OSA

        # one edit, a swap of two letters included ("thier" is "their", not "other")
        best = process.extractOne(low, self.function_words, scorer=OSA.distance, score_cutoff=1)
        return best[0] if best is not None else None

    def _clipped(self, word: str) -> str | None:
        """The documents' word that ``word`` is the start of, cut short as people write it
        ("algo" for "algorithm", "hyperparams" for "hyperparameters"): the shortest such,
        three or more letters longer; None for a word English knows well."""
        from wordfreq import zipf_frequency

        low = word.lower()
        plural = low.endswith("s") and len(low) > 4
        stem = low[:-1] if plural else low
        if len(stem) < 4 or zipf_frequency(low, "en") >= CLIPPED_ZIPF:
            return None
        if any(low.endswith(x) and low[: -len(x)] in self.known for x in ("s", "es", "ed", "ing")):
            return None  # an ending of the documents' own word ("extracts")
        longer = [w for w in self.vocabulary if w.startswith(stem) and len(w) >= len(stem) + 3]
        if not longer:
            return None
        best = min(longer, key=lambda w: (len(w), w))
        return best + "s" if plural and not best.endswith("s") else best

    def _unknown(self, word: str) -> bool:
        low = word.lower()
        if low in self.known or (low.endswith("s") and low[:-1] in self.known):
            return False
        if any(low + x in self.known for x in ("s", "es", "d", "ed", "ing")) or (
            low.endswith("e") and low[:-1] + "ing" in self.known
        ):
            return False  # the word the documents inflect ("deduplicate": "deduplicates")
        from wordfreq import zipf_frequency

        if zipf_frequency(low, "en") >= 2.5:
            return False  # a word English knows is no typo
        # nor is an inflection of one, rare as it may be ("queued", "tokenizing")
        for suffix in ("ing", "ed", "es", "d", "s", "ly", "er"):
            stem = low[: -len(suffix)]
            if low.endswith(suffix) and len(stem) >= 3:
                if stem in self.known or zipf_frequency(stem, "en") >= 2.5:
                    return False
        return True

    def unknown_names(self, text: str) -> list[str]:
        """Names in ``text`` the documents never use: capitalised words, not opening a
        sentence, that are rare in English ("Airflow", "MWAA"). A question in Title Case has
        none (its capitals mark no names)."""
        from wordfreq import zipf_frequency

        tokens = list(_TOKEN.finditer(text))
        words = [t for t in tokens if t.group(0).isalpha() and len(t.group(0)) > 3]
        if words and sum(t.group(0)[0].isupper() for t in words) * 2 > len(words):
            return []
        # "SaaS apps like Salesforce": an example, not what the question is about
        spans = [m.span(1) for m in _EXAMPLES.finditer(text)]
        found = []
        for t in tokens:
            word = t.group(0)
            if any(a <= t.start() < b for a, b in spans):
                continue
            before = text[: t.start()].rstrip(" \"'(“‘")
            if not word[0].isupper() or not before or before[-1] in ".?!:" or len(word) < 3:
                continue
            if word.endswith("s") and word[:-1].isupper() and len(word) >= 3:
                continue  # "IDs", "CRMs": an acronym's plural names things of a sort, no one thing
            parts = [p.lower() for p in word.split("-")]
            if any(not p.isalpha() for p in parts):
                continue  # "MLS-C01", "EC2": versions and codes are matched elsewhere
            if all(
                len(p) < 3
                or p in self.known
                or p.rstrip("s") in self.known
                or self._near(p)
                or (len(parts) > 1 and zipf_frequency(p, "en") >= NAME_ZIPF)
                for p in parts
            ):
                continue  # known, a misspelling of a known word ("IP-insigths"), or a known
                # name with everyday words ("FernKit-style")
            if zipf_frequency(word.lower(), "en") < NAME_ZIPF and word not in found:
                found.append(word)
        return found

    def _near(self, word: str) -> bool:
        return (
            process.extractOne(
                word, self.vocabulary, scorer=fuzz.ratio, score_cutoff=MIN_SIMILARITY
            )
            is not None
        )

    def _name_typo(self, text: str, m: re.Match) -> str | None:
        """A capitalised word beside another the documents use, inside a sentence, that the
        documents never use and that is one edit from a word they do ("Kinesis Firehouse" is
        "Kinesis Firehose"), English word or not."""
        word = m.group(0)
        before = text[: m.start()].rstrip()
        if not word[0].isupper() or len(word) < 6 or not before or before[-1] in ".?!:":
            return None
        beside = (
            re.findall(r"[A-Za-z][\w-]*", before)[-1:]
            + re.findall(r"[A-Za-z][\w-]*", text[m.end() :])[:1]
        )
        if not any(w[0].isupper() and w.lower() in self.known for w in beside):
            return None
        from rapidfuzz.distance import OSA

        best = process.extractOne(
            word.lower(), self.vocabulary, scorer=OSA.distance, score_cutoff=1
        )
        return best[0] if best is not None else None

    def correct(self, text: str) -> tuple[str, dict[str, str]]:
        """``text`` with unknown words replaced by their closest known word, and the changes."""
        changes: dict[str, str] = {}
        for m in _WORD.finditer(text):
            word = m.group(0)
            if word in changes:
                continue
            known = word.lower() in self.known  # the documents' own word: no typo
            meant = None if known else self._clipped(word)
            if meant is not None:  # "algo", "hyperparams": a word cut short
                changes[word] = meant
                continue
            meant = None if known else self._function_word(word)
            if meant is not None:
                changes[word] = meant
                continue
            if not known and (meant := self._name_typo(text, m)) is not None:
                changes[word] = meant
                continue
            if not self._unknown(word):
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
