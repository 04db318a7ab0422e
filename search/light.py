"""One question's embedding without torch: the same BERT sentence encoder (all-MiniLM-L6-v2 by
default) run in numpy, from the model folder's own files (``model.safetensors``,
``tokenizer.json``).

Importing sentence-transformers costs about 3 s (it brings torch and transformers), which a
one-shot ``mlkg ask`` would pay for a single 10-token forward pass. This encoder imports numpy,
scipy's ``erf`` and the Rust tokenizer (together under 0.3 s) and gives the vectors
sentence-transformers gives to within float32 rounding (a test holds them to cosine 0.99999).
It serves models that are a BERT encoder, mean pooling and normalisation — the
sentence-transformers layout of all-MiniLM-L6-v2 and its family; any other model is encoded by
sentence-transformers itself. Batches (building the index) always go through torch.
"""

from __future__ import annotations

import json
from pathlib import Path

import numpy as np


class LightEncoder:
    """A BERT sentence encoder in numpy (see the module doc); :meth:`load` says whether a
    model folder can be served, and returns None when not."""

    def __init__(self, folder: Path):
        from safetensors.numpy import load_file
        from tokenizers import Tokenizer

        config = json.loads((folder / "config.json").read_text(encoding="utf-8"))
        self.heads = int(config["num_attention_heads"])
        self.layers = int(config["num_hidden_layers"])
        self.eps = float(config.get("layer_norm_eps", 1e-12))
        st = json.loads((folder / "sentence_bert_config.json").read_text(encoding="utf-8"))
        self.tokenizer = Tokenizer.from_file(str(folder / "tokenizer.json"))
        self.tokenizer.no_padding()
        self.tokenizer.enable_truncation(int(st.get("max_seq_length", 256)))
        w = load_file(str(folder / "model.safetensors"))
        self.w = {k.removeprefix("bert."): v.astype(np.float32) for k, v in w.items()}
        for k, v in self.w.items():  # every linear layer's matrix, stored as x @ W needs it
            if k.startswith("encoder.") and k.endswith(".weight") and v.ndim == 2:
                self.w[k] = np.ascontiguousarray(v.T)

    @staticmethod
    def load(folder: str | Path) -> LightEncoder | None:
        folder = Path(folder)
        try:
            modules = json.loads((folder / "modules.json").read_text(encoding="utf-8"))
            kinds = [m["type"].rsplit(".", 1)[-1] for m in modules]
            pooling = json.loads((folder / "1_Pooling" / "config.json").read_text())
            config = json.loads((folder / "config.json").read_text(encoding="utf-8"))
            if (
                kinds != ["Transformer", "Pooling", "Normalize"]
                or not pooling.get("pooling_mode_mean_tokens")
                or any(
                    pooling.get(k)
                    for k in (
                        "pooling_mode_cls_token",
                        "pooling_mode_max_tokens",
                        "pooling_mode_mean_sqrt_len_tokens",
                    )
                )
                or config.get("model_type") != "bert"
                or config.get("hidden_act") != "gelu"
                or config.get("position_embedding_type", "absolute") != "absolute"
                or not (folder / "model.safetensors").exists()
                or not (folder / "tokenizer.json").exists()
            ):
                return None
            return LightEncoder(folder)
        except (OSError, ValueError, KeyError, ImportError):
            return None

    def _norm(self, x: np.ndarray, name: str) -> np.ndarray:
        mean = x.mean(-1, keepdims=True)
        var = ((x - mean) ** 2).mean(-1, keepdims=True)
        return (x - mean) / np.sqrt(var + self.eps) * self.w[name + ".weight"] + self.w[
            name + ".bias"
        ]

    def _dense(self, x: np.ndarray, name: str) -> np.ndarray:
        return x @ self.w[name + ".weight"] + self.w[name + ".bias"]  # weights stored transposed

    def encode(self, text: str) -> np.ndarray:
        """The unit vector of ``text``."""
        from scipy.special import erf

        ids = np.array(self.tokenizer.encode(text).ids)
        w = self.w
        x = (
            w["embeddings.word_embeddings.weight"][ids]
            + w["embeddings.position_embeddings.weight"][: len(ids)]
            + w["embeddings.token_type_embeddings.weight"][0]
        )
        x = self._norm(x, "embeddings.LayerNorm")
        n, d = x.shape
        h = self.heads
        for i in range(self.layers):
            p = f"encoder.layer.{i}."

            def split(t: np.ndarray) -> np.ndarray:
                return t.reshape(n, h, d // h).transpose(1, 0, 2)

            q = split(self._dense(x, p + "attention.self.query"))
            k = split(self._dense(x, p + "attention.self.key"))
            v = split(self._dense(x, p + "attention.self.value"))
            scores = q @ k.transpose(0, 2, 1) / np.sqrt(d // h)
            scores = np.exp(scores - scores.max(-1, keepdims=True))
            scores /= scores.sum(-1, keepdims=True)
            context = (scores @ v).transpose(1, 0, 2).reshape(n, d)
            x = self._norm(
                x + self._dense(context, p + "attention.output.dense"),
                p + "attention.output.LayerNorm",
            )
            inner = self._dense(x, p + "intermediate.dense")
            inner = 0.5 * inner * (1.0 + erf(inner / np.sqrt(2.0)))  # exact GELU
            x = self._norm(x + self._dense(inner, p + "output.dense"), p + "output.LayerNorm")
        pooled = x.mean(0)
        return (pooled / max(float(np.linalg.norm(pooled)), 1e-12)).astype("float32")
