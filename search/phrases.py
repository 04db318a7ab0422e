"""Vectors of the names readings are said with: every entity's and kind's label, and every
reading's relation part ("algorithms that are suitable for"), embedded when the search index
is built so that answering compares a question to them without encoding anything more."""

from __future__ import annotations

from pathlib import Path

import numpy as np

from graph.views import GraphView

FILE = "phrases.npz"


def phrase_items(view: GraphView) -> list[tuple[str, str]]:
    """(key, text) of everything embedded: entity and kind IRIs with their labels, and the
    readings' relation parts by their keys."""
    from .readings import phrase_texts

    items = [(iri, e.label) for iri, e in view.entities.items()]
    items += list(view.kinds.items())
    items += sorted(phrase_texts().items())
    return items


class PhraseVectors:
    def __init__(self, keys: list[str], vectors: np.ndarray):
        self.row = {k: i for i, k in enumerate(keys)}
        self.vectors = vectors

    @classmethod
    def load(cls, search_dir: Path) -> PhraseVectors:
        path = Path(search_dir) / FILE
        if not path.exists():
            return cls([], np.zeros((0, 1), "float32"))
        with np.load(path) as data:
            return cls(data["keys"].tolist(), data["vectors"])

    @staticmethod
    def save(path: Path, keys: list[str], vectors: np.ndarray) -> None:
        np.savez(path, keys=np.array(keys), vectors=vectors.astype("float32"))

    def similarity(self, qvec: np.ndarray, key: str) -> float:
        """Cosine of the question to the phrase under ``key``; 0 for a phrase not embedded."""
        i = self.row.get(key)
        return 0.0 if i is None else float(self.vectors[i] @ qvec)
