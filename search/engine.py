"""The search engine: the graph view, the indexes and the model, loaded once.

``Engine.search`` gives hybrid hits (dense + BM25); ``Engine.ask`` answers a question
(``search/answer.py``); ``ask_many`` is the batch twin.
"""

from __future__ import annotations

import json
import math
import re
import time
from collections import defaultdict
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from graph import load_graph, read_manifest
from graph.views import GraphView, read_graph_view
from graph.vocabulary import classes, relations, singular

from .build import SEARCH_DIR, build_search
from .corpus import Row
from .embed import question_encoder
from .facts import FactIndex
from .index import VECTOR_INDEXES, KeywordIndex, keyword_tokens
from .linking import Names
from .phrases import PhraseVectors
from .question import FUNCTION_WORDS
from .readings import phrase_key, stem
from .scoring import load_weights
from .spelling import Speller

DENSE_WEIGHT = 0.65  # of the hybrid score; the rest is BM25 normalised to the best hit


@dataclass
class Hit:
    row: Row
    score: float
    dense: float
    keyword: float


class StaleIndexError(ValueError):
    """The search index belongs to another graph than the one beside it."""


class Engine:
    def __init__(self, build_dir: str | Path, model: str | None = None, store: str | None = None):
        self.build_dir = Path(build_dir)
        self.store = load_graph(self.build_dir, store)
        self.view: GraphView = read_graph_view(self.store)
        sdir = self.build_dir / SEARCH_DIR
        if not (sdir / "search.json").exists():
            build_search(self.build_dir, model=model, progress=False)
        info = json.loads((sdir / "search.json").read_text(encoding="utf-8"))
        graph_sha = read_manifest(self.build_dir).get("graph_sha256", "")
        if info.get("graph_sha256") != graph_sha:  # never answer from another graph's index
            raise StaleIndexError(
                f"the search index in {sdir} was built for another graph; run 'mlkg build'"
            )
        self.info = info
        self.rows = [Row(**r) for r in json.loads((sdir / "rows.json").read_text(encoding="utf-8"))]
        self._unit_rows = {r.unit: i for i, r in enumerate(self.rows) if r.unit}  # unit → row
        self.vectors = VECTOR_INDEXES[info["index"]].load(sdir / "vectors.index")
        self.keywords = KeywordIndex.load(sdir / "keywords.json")
        self.embedder = question_encoder(info["model"] if model is None else model)
        self._prepare()

    # -- what answering reads besides the indexes ----------------------------------------------
    def _prepare(self) -> None:
        v = self.view
        self.graph = FactIndex(v)
        self.names = Names(v)
        # document frequency of words over text units, for weighting question words
        df: dict[str, int] = defaultdict(int)
        # ... and over each document's own units: a reading of one document is weighed by
        # how telling the words are in that document, whatever other notes the graph holds
        doc_df: dict[str, dict[str, int]] = defaultdict(lambda: defaultdict(int))
        doc_n: dict[str, int] = defaultdict(int)
        words: set[str] = set()
        for u in v.units.values():
            doc_n[u.document] += 1
            for t in set(keyword_tokens(u.text)):
                df[t] += 1
                doc_df[u.document][t] += 1
            words.update(re.findall(r"[a-z]+", u.text.lower()))
        for e in v.entities.values():
            words.update(re.findall(r"[a-z]+", " ".join((e.label, *e.aliases)).lower()))
        for t in (*classes().values(), *relations().values()):  # "algo": a class's own word
            words.update(re.findall(r"[a-z]+", " ".join(t.names).lower()))
        self.speller = Speller(words, FUNCTION_WORDS)
        # the nouns things are called by: the last word of every name, kind and class name
        # ("destination" of "Firehose destination"), in the singular
        self.head_nouns = {
            singular(n.split()[-1].lower())
            for n in (
                *(x for e in v.entities.values() for x in (e.label, *e.aliases)),
                *v.kinds.values(),
                *(n for t in classes().values() for n in t.names),
            )
            if n.split()
        }
        # ... and their last two words ("worker role" of "Gromble Hub worker role")
        self.head_phrases = {
            " ".join([*n.lower().split()[-2:-1], singular(n.split()[-1].lower())])
            for n in (
                *(x for e in v.entities.values() for x in (e.label, *e.aliases)),
                *v.kinds.values(),
            )
            if len(n.split()) >= 2
        }
        # the thing a kind is named for, the longest name it opens with ("Gromble Hub" of
        # "Gromble Hub watch type", not "Gromble")
        by_label = {e.label: iri for iri, e in v.entities.items()}
        self.kind_owner: dict[str, str] = {}
        for iri, kind in v.kinds.items():
            words = kind.split()
            owner = next(
                (
                    by_label[n]
                    for k in range(len(words) - 1, 0, -1)
                    if (n := " ".join(words[:k])) in by_label
                ),
                None,
            )
            if owner is not None:
                self.kind_owner[iri] = owner
        # the words each document is known by: its file name and its title (top heading)
        self.document_words: dict[str, set[str]] = defaultdict(set)
        for u in v.units.values():
            if u.document not in self.document_words:
                name = re.findall(r"[a-z0-9]+", u.document.lower().rsplit(".", 1)[0])
                self.document_words[u.document].update(name)
            title = u.section.split(" > ", 1)[0]
            if title and len(self.document_words[u.document]) < 64:
                self.document_words[u.document].update(re.findall(r"[a-z0-9]+", title.lower()))
        n = max(1, len(v.units))
        self.idf = {t: math.log(1 + n / c) for t, c in df.items()}
        self.max_idf = math.log(1 + n)
        self.doc_idf = {
            d: {t: math.log(1 + doc_n[d] / c) for t, c in counts.items()}
            for d, counts in doc_df.items()
        }
        self.doc_max_idf = {d: math.log(1 + doc_n[d]) for d in doc_n}
        self._unseen: dict[str, float] = {}
        self._used_stems: frozenset[str] | None = None
        self._weighed: dict[tuple, tuple[tuple[tuple[str, float], ...], float]] = {}
        self.phrases = PhraseVectors.load(self.build_dir / SEARCH_DIR)
        self.weights = load_weights()

    def meaning(self, qvec: np.ndarray, reading) -> tuple[float, float]:
        """How close the question is in meaning to a reading's relation part and its anchor."""
        relation = self.phrases.similarity(qvec, reading.key)
        if reading.kind == "class":  # the class is both ("algorithms")
            return relation, relation
        if reading.kind == "marked":  # the members of a kind, narrowed by a column's marks
            members = phrase_key("members", "kind", reading.answer_class)
            return self.phrases.similarity(qvec, members), self.phrases.similarity(
                qvec, reading.kind_of
            )
        return relation, self.phrases.similarity(qvec, reading.anchor)

    def weight(self, word: str, document: str | None = None) -> float:
        """How telling a word is: its IDF over the text units (of ``document`` only, when
        given); for a word they never use, its rarity in general English (wordfreq), so "want"
        counts little and "scanned" much."""
        idf = self._idf_of(document)
        if word in idf:
            return idf[word]
        top = self.max_idf_of(document)
        cached = self._unseen.get(word)
        if cached is None:
            from wordfreq import zipf_frequency

            zipf = zipf_frequency(word, "en")
            cached = min(1.0, max(0.1, (7.0 - zipf) / 5.0))
            self._unseen[word] = cached
        return top * cached

    def document_of(self, units) -> str | None:
        """The one document all of ``units`` are in, or None (several, or a graph of one
        document, whose words weigh the same either way)."""
        if len(self.doc_max_idf) < 2:
            return None
        found = None
        for u in units:
            unit = self.view.units.get(u)
            if unit is not None and unit.document != found:
                if found is not None:
                    return None
                found = unit.document
        return found

    def max_idf_of(self, document: str | None = None) -> float:
        """The weight of a word said once (in ``document``, when given)."""
        return self.doc_max_idf.get(document, self.max_idf) if document else self.max_idf

    def uses_stem(self, word: str) -> bool:
        """Whether the documents use a word of the same stem ("anomalous": "anomalies")."""
        if self._used_stems is None:
            self._used_stems = frozenset(stem(t) for t in self.idf)
        return stem(word) in self._used_stems

    def uses(self, word: str, document: str | None = None) -> bool:
        """Whether the documents (or ``document``) use a word at all."""
        return word in self._idf_of(document)

    def _idf_of(self, document: str | None) -> dict[str, float]:
        return self.doc_idf.get(document, self.idf) if document else self.idf

    def weighed(
        self, words: list[str], document: str | None = None
    ) -> tuple[tuple[tuple[str, float], ...], float]:
        """Each word's stem and weight, and their total weight (1 when none weighs anything);
        memoized, as answering weighs the same question words against many texts."""
        key = (document, *words)
        found = self._weighed.get(key)
        if found is None:
            if len(self._weighed) > 4096:
                self._weighed.clear()
            pairs = tuple((stem(w), self.weight(w, document)) for w in words)
            found = self._weighed[key] = (pairs, sum(w for _, w in pairs) or 1.0)
        return found

    # -- retrieval ----------------------------------------------------------------------------
    def encode(self, text: str) -> np.ndarray:
        return self.embedder.embed(text)

    def search(self, text: str, k: int = 10, vector: np.ndarray | None = None) -> list[Hit]:
        """Hybrid hits: dense cosine and BM25 (normalised), combined."""
        vector = self.encode(text) if vector is None else vector
        dscores, ids = self.vectors.search(vector, max(k * 5, 50))
        kw = self.keywords.scores(text)
        top = float(kw.max()) if kw.size and kw.max() > 0 else 1.0
        candidates = {int(i): float(s) for s, i in zip(dscores, ids) if i >= 0}
        # the keyword hits the dense search did not reach, their vectors fetched in one go
        more = [int(i) for i in np.argsort(-kw)[: k * 5] if kw[i] > 0 and int(i) not in candidates]
        if more:
            for i, d in zip(more, self._row_vectors(more) @ vector):
                candidates[i] = float(d)
        hits = [
            Hit(
                self.rows[i],
                DENSE_WEIGHT * d + (1 - DENSE_WEIGHT) * float(kw[i]) / top,
                d,
                float(kw[i]) / top,
            )
            for i, d in candidates.items()
        ]
        hits.sort(key=lambda h: -h.score)
        return hits[:k]

    def score_units(self, text: str, vector: np.ndarray, units: set[str]) -> dict[str, float]:
        """The hybrid score of ``text`` (encoded as ``vector``) on each of ``units``, as
        ``search`` gives it, for passages a search of the whole question did not reach; the
        keyword part is normalised to the best of these units."""
        rows = {u: self._unit_rows[u] for u in units if u in self._unit_rows}
        if not rows:
            return {}
        kw = self.keywords.scores(text)
        top = max((float(kw[i]) for i in rows.values()), default=0.0) or 1.0
        return {
            u: DENSE_WEIGHT * float(vector @ self._row_vector(i))
            + (1 - DENSE_WEIGHT) * float(kw[i]) / top
            for u, i in rows.items()
        }

    def _row_vectors(self, ids: list[int]) -> np.ndarray:
        index = self.vectors
        if hasattr(index, "index"):
            return index.index.reconstruct_batch(np.asarray(ids, dtype="int64"))
        return index.vectors[ids]

    def _row_vector(self, i: int) -> np.ndarray:
        return self._row_vectors([i])[0]

    # -- answering ----------------------------------------------------------------------------
    def ask(self, question: str) -> dict:
        from .answer import answer_question

        t0 = time.perf_counter()
        read, assumed = self.speller.correct(question)
        vector = self.encode(read)
        t1 = time.perf_counter()
        result = answer_question(self, read, vector).to_dict()
        result["question"] = question
        if assumed:  # the answer says which spelling it assumed
            result["assumed"] = assumed
            said = ", ".join(f'"{b}" for "{a}"' for a, b in assumed.items())
            result["summary"] = f"(Reading {said}.) " + result["summary"]
        t2 = time.perf_counter()
        result["timings"] = {
            "encode_ms": round((t1 - t0) * 1000, 2),
            "total_ms": round((t2 - t0) * 1000, 2),
        }
        return result

    def warm(self) -> None:
        """Load now what answering loads on first use (the encoder, English word frequencies
        for spelling, the answering modules): a long-running process answers its first
        question as fast as the next."""
        self.embedder.warm()
        self.ask("Which services are used for what?")

    def ask_many(self, questions: list[str]) -> list[dict]:
        return [self.ask(q) for q in questions]
