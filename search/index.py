"""Vector indexes (picked by name, like txtai's ann factory) and a BM25 keyword index."""

from __future__ import annotations

import json
import re
from abc import ABC, abstractmethod
from pathlib import Path
from typing import ClassVar

import numpy as np

APPROXIMATE_ABOVE = 100_000  # vectors; below this an exact inner-product search is fast enough


class VectorIndex(ABC):
    name: ClassVar[str]

    @abstractmethod
    def add(self, vectors: np.ndarray) -> None: ...

    @abstractmethod
    def search(self, vector: np.ndarray, k: int) -> tuple[np.ndarray, np.ndarray]:
        """(scores, row ids) of the ``k`` nearest rows by inner product."""

    @abstractmethod
    def save(self, path: Path) -> None: ...

    @classmethod
    @abstractmethod
    def load(cls, path: Path) -> VectorIndex: ...


VECTOR_INDEXES: dict[str, type[VectorIndex]] = {}


def register_index(cls):
    VECTOR_INDEXES[cls.name] = cls
    return cls


def create_index(name: str, dimension: int, size: int) -> VectorIndex:
    try:
        return VECTOR_INDEXES[name].create(dimension, size)
    except KeyError:
        raise ValueError(
            f"unknown vector index {name!r}; known: {', '.join(sorted(VECTOR_INDEXES))}"
        ) from None


@register_index
class FaissIndex(VectorIndex):
    """Exact inner product (IndexFlatIP); HNSW above ``APPROXIMATE_ABOVE`` vectors."""

    name = "faiss"

    def __init__(self, index):
        self.index = index

    @classmethod
    def create(cls, dimension: int, size: int) -> FaissIndex:
        try:
            import faiss
        except ImportError as exc:  # pragma: no cover
            raise ImportError("the faiss index needs: pip install faiss-cpu") from exc
        if size > APPROXIMATE_ABOVE:
            index = faiss.IndexHNSWFlat(dimension, 32, faiss.METRIC_INNER_PRODUCT)
        else:
            index = faiss.IndexFlatIP(dimension)
        return cls(index)

    def add(self, vectors: np.ndarray) -> None:
        self.index.add(np.ascontiguousarray(vectors, dtype="float32"))

    def search(self, vector: np.ndarray, k: int):
        import faiss

        faiss.omp_set_num_threads(1)
        k = min(k, self.index.ntotal)
        scores, ids = self.index.search(
            np.ascontiguousarray(vector.reshape(1, -1), dtype="float32"), k
        )
        return scores[0], ids[0]

    def save(self, path: Path) -> None:
        import faiss

        faiss.write_index(self.index, str(path))

    @classmethod
    def load(cls, path: Path) -> FaissIndex:
        import faiss

        return cls(faiss.read_index(str(path)))


@register_index
class NumpyIndex(VectorIndex):
    """Brute force in numpy: no dependency, the reference for tests."""

    name = "numpy"

    def __init__(self, vectors: np.ndarray | None = None):
        self.vectors = vectors

    @classmethod
    def create(cls, dimension: int, size: int) -> NumpyIndex:
        return cls(np.zeros((0, dimension), dtype="float32"))

    def add(self, vectors: np.ndarray) -> None:
        self.vectors = np.vstack([self.vectors, vectors.astype("float32")])

    def search(self, vector: np.ndarray, k: int):
        scores = self.vectors @ vector.astype("float32")
        ids = np.argsort(-scores)[:k]
        return scores[ids], ids

    def save(self, path: Path) -> None:
        np.save(path, self.vectors)

    @classmethod
    def load(cls, path: Path) -> NumpyIndex:
        return cls(np.load(path if str(path).endswith(".npy") else str(path) + ".npy"))


_TOKEN = re.compile(r"[a-z0-9]+(?:[-'][a-z0-9]+)*")
_STOP = set(
    "a an the of for and or to in on with by is are was were be which what how when why who whom does do can i my we our "
    "you your it its this that these those from as at into about use used using should would could there their than".split()
)


def _fold(t: str) -> str:
    return t[:-1] if len(t) > 3 and t.endswith("s") and not t.endswith("ss") else t


def keyword_tokens(text: str) -> list[str]:
    """Lower-case words and acronyms, without stop words; plural -s folded. A hyphenated
    compound ("peer-to-peer") is kept whole and also gives its words, so "peer to peer" and
    "low latency" find it."""
    out = []
    for t in _TOKEN.findall(text.lower()):
        if t.endswith("'s"):  # a possessive ("SageMaker's"): the name
            t = t[:-2]
        if t in _STOP:
            continue
        out.append(_fold(t))
        if "-" in t:
            out += [_fold(p) for p in t.split("-") if len(p) > 2 and p not in _STOP]
    return out


class KeywordIndex:
    """BM25 (bm25s) over the same rows as the vector index."""

    def __init__(self, corpus_tokens: list[list[str]]):
        import bm25s

        self.tokens = corpus_tokens
        self.retriever = bm25s.BM25()
        vocab: dict[str, int] = {}
        ids = [
            [vocab.setdefault(t, len(vocab)) for t in doc] or [vocab.setdefault("", len(vocab))]
            for doc in corpus_tokens
        ]
        self.vocab = vocab
        self.retriever.index(
            bm25s.tokenization.Tokenized(ids=ids, vocab=vocab), show_progress=False
        )

    def scores(self, query: str) -> np.ndarray:
        toks = [t for t in keyword_tokens(query) if t in self.vocab]
        if not toks:
            return np.zeros(len(self.tokens), dtype="float32")
        return self.retriever.get_scores(toks).astype("float32")

    def save(self, path: Path) -> None:
        path.write_text(json.dumps(self.tokens), encoding="utf-8")

    @classmethod
    def load(cls, path: Path) -> KeywordIndex:
        return cls(json.loads(path.read_text(encoding="utf-8")))
