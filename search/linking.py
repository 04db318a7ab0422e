"""Which entities and kinds a question names: exact names and aliases, then unique prefixes."""

from __future__ import annotations

import re
from functools import lru_cache

from graph.views import GraphView
from ingest.builder import CONNECTORS

from .question import FUNCTION_WORDS, is_class_name

STEM = 7  # letters of a word that say which word it is, whatever its ending


def _stem_key(phrase: str) -> str:
    """A phrase's words cut to their first letters, each without a plural s ("a Gromble data
    pipe" for Gromble Data Pipes)."""
    return " ".join(
        (w[:-1] if len(w) > 3 and w.endswith("s") and not w.endswith(("ss", "us", "is")) else w)[
            :STEM
        ]
        for w in phrase.lower().split()
    )


class Names:
    """Every name of every entity and kind of a graph, for finding them in text."""

    def __init__(self, view: GraphView):
        forms: dict[str, str] = {}
        for e in view.entities.values():
            for name in (e.label, *e.aliases):
                if len(name) >= 2:
                    forms.setdefault(name.lower(), e.iri)
        # "DeepAR" for "Deep AR", "fan-out" for "fan out": a name of several parts may be
        # written run together
        for form, iri in list(forms.items()):
            squashed = re.sub(r"[\s-]+", "", form)
            if squashed != form and len(squashed) >= 5 and re.search(r"[\s-]", form):
                forms.setdefault(squashed, iri)
        self.forms = forms
        # kinds by their label and its plural: "loss functions" names the kind Loss Function
        self.kind_forms = {
            f: k for k, label in view.kinds.items() for f in (label.lower(), label.lower() + "s")
        }
        self.kinds = set(view.kinds)
        self.entities = set(view.entities)
        # the names each two- and three-word start of a longer name begins
        self._starts: dict[str, set[str]] = {}
        for form, iri in forms.items():
            words = form.split()
            for n in (1, 2, 3):
                if len(words) > n:
                    self._starts.setdefault(" ".join(words[:n]), set()).add(iri)
        # the names each two- and three-word end of a longer name ends: "Row Pipes" for
        # Zorbex Row Pipes, when the question writes it as a name
        self._ends: dict[str, set[str]] = {}
        for form, iri in forms.items():
            words = form.split()
            for n in (2, 3):
                # not what a name says it is for or of: "Apache Kafka" of Managed Streaming
                # for Apache Kafka is another thing
                if len(words) > n and iri in self.entities and words[-n - 1] not in CONNECTORS:
                    self._ends.setdefault(" ".join(words[-n:]), set()).add(iri)
        # the same words in another form: "zorble parallel" for Zorble Parallelism, "row
        # normalization" for Row Normalisation (each word to its first letters)
        self._stems: dict[str, set[str]] = {}
        for form, iri in forms.items():
            if 2 <= len(form.split()) <= 3:
                self._stems.setdefault(_stem_key(form), set()).add(iri)
        every = sorted(set(forms) | set(self.kind_forms), key=len, reverse=True)
        # (a name before a participle it makes a compound with names it: "Quill-compiled")
        self._pattern = re.compile(
            r"(?<![\w-])(" + "|".join(map(re.escape, every)) + r")(?!\w)(?!-(?![a-z]+ed\b))", re.I
        )

    def link(self, text: str) -> dict[str, float]:
        """Entities (and kinds) ``text`` names, with a confidence: 1.0 for a name of several
        words or an acronym, 0.5 for one everyday word (one English does not know is a name), 0.8 for a unique prefix of a name."""
        linked: dict[str, float] = {}
        found = list(self._pattern.finditer(text))
        # (the words of names of several words, "Gromble Row Pipes", say nothing of how
        # the question writes its own words)
        own, at = [], 0
        for m in found:
            if " " in m.group(1):
                own.append(text[at : m.start(1)])
                at = m.end(1)
        own.append(text[at:])
        # (its first word has a capital whatever the case: "Does the Quill ... ?")
        own[0] = re.sub(r"^\s*[A-Za-z]+", "", own[0])
        long_words = [w for w in re.findall(r"[A-Za-z]+", " ".join(own)) if len(w) > 3]
        title_case = len(long_words) >= 4 and sum(w[0].isupper() for w in long_words) * 2 > len(
            long_words
        )
        for m in found:
            form = m.group(1)
            if form.lower() in FUNCTION_WORDS:
                continue  # "When ... and when ...?": the question's words, not a "When" column
            before = text[: m.start(1)].rstrip(" \"'(“‘")
            multi = (
                len(form.split()) >= 2
                or any(c.isupper() for c in form[1:])
                or form.isupper()
                or not _everyday(form.lower())  # "Gromble", "SageMaker": only names use it
                # an everyday word written with a capital inside a sentence ("both Quill
                # and ...") is a name, unless the question capitalises all its words
                or (
                    form[:1].isupper()
                    and bool(before)
                    and before[-1] not in ".?!:-–—"
                    and not title_case
                )
            )
            for iri in (self.forms.get(form.lower()), self.kind_forms.get(form.lower())):
                if iri is None or (iri in self.kinds and is_class_name(form)):
                    continue  # "services", "metrics": the answer type, not a topic
                linked[iri] = max(linked.get(iri, 0), 1.0 if multi else 0.5)
            # the shorter names inside a longer one are said too, less surely: "churn
            # prediction service" also names Churn Prediction
            inner = form.lower().split()
            for n in range(len(inner) - 1, 0, -1):
                for i in range(len(inner) - n + 1):
                    iri = self.forms.get(" ".join(inner[i : i + n]))
                    if iri is not None and iri in self.entities:
                        linked.setdefault(iri, 0.5)
        for m in re.finditer(r"(?<![\w-])[A-Z][\w-]*(?:\s+[A-Z][\w-]*)+(?![\w-])", text):
            # "Row Pipes vs Hose": the end of one longer name, written as a name
            caps = m.group().lower().split()
            for n in (3, 2):
                for i in range(len(caps) - n + 1):
                    phrase = " ".join(caps[i : i + n])
                    hits = self._ends.get(phrase, set())
                    if phrase not in self.forms and len(hits) == 1:
                        linked.setdefault(next(iter(hits)), 0.8)
        for m in re.finditer(r"(?<![\w-])(?=[\w-]*\d)(?=[\w-]*[A-Za-z])[A-Za-z][\w-]*", text):
            # a coded word that only opens names ("L1" of L1 Regularization, "F1" of F1 Score):
            # those names, when they are few
            hits = self._starts.get(m.group().lower(), set())
            if m.group().lower() not in self.forms and 0 < len(hits) <= 2:
                for iri in sorted(hits):
                    linked.setdefault(iri, 0.8)
        words = re.findall(r"[A-Za-z0-9][\w-]*", text.lower())
        for n in (3, 2):
            for i in range(len(words) - n + 1):
                phrase = " ".join(words[i : i + n])
                if phrase in self.forms:
                    continue  # a name said in full means that thing, not longer names it starts
                hits = self._starts.get(phrase, set())
                if 0 < len(hits) <= 2:
                    for iri in sorted(hits):
                        linked.setdefault(iri, 0.8)
                same = self._stems.get(_stem_key(phrase), set())
                if len(same) == 1:
                    linked.setdefault(next(iter(same)), 0.8)
        return linked

    def entity(self, text: str) -> str | None:
        """The entity ``text`` names exactly (a label or alias; plural -s and a vendor prefix
        aside), or the one entity whose longer name begins with it."""
        text = text.strip().lower()
        for form in (
            text,
            text[:-1] if text.endswith("s") else text + "s",  # either number
            "amazon " + text,
            "aws " + text,
        ):
            iri = self.forms.get(form)
            if iri in self.entities:
                return iri
        if " " not in text and common_word(text):
            return None  # "missing" opens "Missing values" but names nothing of its own
        longer = {
            iri
            for form, iri in self.forms.items()
            if form.startswith(text + " ") and iri in self.entities
        }
        return next(iter(longer)) if len(longer) == 1 else None

    def coordinated(self, text: str, linked: dict[str, float]) -> dict[str, float]:
        """Names shortened by coordination: "L1 and L2 regularization" names L1 Regularization
        as well as L2 Regularization (the shared last words said once)."""
        found: dict[str, float] = {}
        low = text.lower()
        for form, iri in self.forms.items():
            words = form.split()
            if len(words) < 2 or iri not in linked:
                continue
            tail = " ".join(words[1:])
            for m in re.finditer(
                r"([\w-]+)\s*(?:,|and|or|vs\.?|versus)\s+" + re.escape(form) + r"(?![\w-])", low
            ):
                other = self.forms.get(f"{m.group(1)} {tail}")
                if other is not None and other not in linked:
                    found[other] = linked[iri]
            # "L1 regularization vs L2", "How does L1 regularization differ from L2?": the
            # shared last words said once, after the first name
            for m in re.finditer(
                re.escape(form) + r"\s+(?:[a-z]+\s+){0,2}?(?:and|or|vs\.?|versus|from|with|to)"
                r"\s+([\w-]+)(?![\w-])(?!\s+" + re.escape(words[1]) + r")",
                low,
            ):
                other = self.forms.get(f"{m.group(1)} {tail}")
                if other is not None and other not in linked and other != iri:
                    found[other] = linked[iri]
        return found


COMMON_ZIPF = 4.0  # a word at least this frequent is common English ("missing", "random")


@lru_cache(maxsize=4096)
def common_word(word: str) -> bool:
    """A word of common English ("missing", "data"), not a rarer one ("kinesis")."""
    from wordfreq import zipf_frequency

    return zipf_frequency(word, "en") >= COMMON_ZIPF


@lru_cache(maxsize=4096)
def _everyday(word: str) -> bool:
    """A word English uses outside names: any word of general English ("forecast",
    "ingestion", "kinesis"), not one only names use ("sagemaker", "gromble")."""
    from wordfreq import zipf_frequency

    return zipf_frequency(word, "en") >= 1.0
