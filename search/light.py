"""The sentence encoder without torch: the model's BERT encoder written as an ONNX graph from
the model folder's own files (``model.safetensors``, ``tokenizer.json``) and run by ONNX Runtime.

Importing sentence-transformers costs 3-4 s (it brings torch and transformers), which a one-shot
``mlkg ask`` would pay for one 10-token forward pass, and torch encodes the shipped document's
3,000 texts in 7.2 s where ONNX Runtime takes 5.5 s (``bench/build_speed.py``). The graph is
written here, node by node, from the weights (no export through torch, nothing downloaded, under
0.5 s), with mean pooling and normalisation inside it, and gives the vectors
sentence-transformers gives to within float32 rounding (a test holds them to cosine 0.99999).
It serves models that are a BERT encoder, mean pooling and normalisation — the
sentence-transformers layout of all-MiniLM-L6-v2 and its family; any other model is encoded by
sentence-transformers itself.
"""

from __future__ import annotations

import json
import os
from collections.abc import Callable
from pathlib import Path

import numpy as np

OPSET = 17  # LayerNormalization is a standard operator from 17 on


class LightEncoder:
    """A BERT sentence encoder on ONNX Runtime (see the module doc); :meth:`load` says whether
    a model folder can be served, and returns None when not."""

    def __init__(self, folder: Path):
        from tokenizers import Tokenizer

        st = json.loads((folder / "sentence_bert_config.json").read_text(encoding="utf-8"))
        self.tokenizer = Tokenizer.from_file(str(folder / "tokenizer.json"))
        self.tokenizer.no_padding()
        self.tokenizer.enable_truncation(int(st.get("max_seq_length", 256)))
        self._folder = folder
        self._graph = _cached_graph(folder)
        config = json.loads((folder / "config.json").read_text(encoding="utf-8"))
        self.dimension = int(config["hidden_size"])
        self._sessions: dict[int, object] = {}

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

    def _session(self, threads: int):
        """One ONNX Runtime session per thread count: one thread for single questions (on a
        shared 2-core machine a second thread only waits for the other process's core), all
        cores for batches."""
        if threads not in self._sessions:
            import onnxruntime as ort

            options = ort.SessionOptions()
            options.intra_op_num_threads = threads
            options.inter_op_num_threads = 1
            options.add_session_config_entry("session.intra_op.allow_spinning", "0")
            options.log_severity_level = 3
            if isinstance(self._graph, str) and not Path(self._graph).is_file():
                # another install sharing the cache kept only its four newest files since
                # this one was found: written again
                self._graph = _cached_graph(self._folder)
            self._sessions[threads] = ort.InferenceSession(
                self._graph, options, providers=["CPUExecutionProvider"]
            )
        return self._sessions[threads]

    def encode(self, text: str) -> np.ndarray:
        """The unit vector of ``text``."""
        ids = np.array([self.tokenizer.encode(text).ids], dtype=np.int64)
        return self._run(self._session(1), ids, np.ones_like(ids))[0]

    def encode_many(
        self,
        texts: list[str],
        batch_size: int = 32,
        progress: Callable[[int], None] | None = None,
    ) -> np.ndarray:
        """Unit vectors of ``texts``, in batches of texts of similar length (little padding);
        ``progress`` is told how many texts each batch finished."""
        session = self._session(max(1, os.cpu_count() or 1))
        encodings = self.tokenizer.encode_batch(texts)
        order = sorted(range(len(texts)), key=lambda i: len(encodings[i].ids))
        out = np.zeros((len(texts), self.dimension), dtype=np.float32)
        for at in range(0, len(order), batch_size):
            batch = order[at : at + batch_size]
            width = max(len(encodings[i].ids) for i in batch)
            ids = np.zeros((len(batch), width), dtype=np.int64)
            mask = np.zeros_like(ids)
            for row, i in enumerate(batch):
                tokens = encodings[i].ids
                ids[row, : len(tokens)] = tokens
                mask[row, : len(tokens)] = 1
            out[batch] = self._run(session, ids, mask)
            if progress:
                progress(len(batch))
        return out

    def _run(self, session, ids: np.ndarray, mask: np.ndarray) -> np.ndarray:
        return session.run(None, {"input_ids": ids, "attention_mask": mask})[0]


def _cached_graph(folder: Path) -> str | bytes:
    """The ONNX model's file in the user's cache (``MLKG_CACHE_DIR``, else
    ``$XDG_CACHE_HOME/mlkg``), written on first use; keyed by the model's files and this
    module's code, so a changed model or graph writer makes a new one. Opening the file takes
    0.2 s where writing the graph takes 1.3 s (the ``onnx`` import included); where the cache
    cannot be written, the graph is used from memory."""
    import hashlib

    key = hashlib.sha1(Path(__file__).read_bytes())
    for name in ("config.json", "model.safetensors", "tokenizer.json"):
        stat = (folder / name).stat()
        key.update(f"{(folder / name).resolve()}\0{stat.st_size}\0{stat.st_mtime_ns}\0".encode())
    from mlkg import settings

    root = settings.get("cache_dir") or os.path.join(
        os.environ.get("XDG_CACHE_HOME") or os.path.expanduser("~/.cache"), "mlkg"
    )
    path = Path(root) / "onnx" / f"{key.hexdigest()[:24]}.onnx"
    if path.is_file():
        return str(path)
    graph = _bert_graph(folder)
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        tmp = path.with_suffix(f".tmp{os.getpid()}")
        tmp.write_bytes(graph)
        tmp.replace(path)
        for old in sorted(path.parent.glob("*.onnx"), key=lambda p: -p.stat().st_mtime)[4:]:
            old.unlink()  # keep the four newest: other models', and this one's
    except OSError:
        return graph
    return str(path)


def _bert_graph(folder: Path) -> bytes:
    """The serialized ONNX model: embeddings, the encoder layers, mean pooling over the
    attention mask, L2 normalisation (as BertModel and sentence-transformers compute them)."""
    from onnx import TensorProto, helper, numpy_helper
    from safetensors.numpy import load_file

    config = json.loads((folder / "config.json").read_text(encoding="utf-8"))
    heads = int(config["num_attention_heads"])
    hidden = int(config["hidden_size"])
    eps = float(config.get("layer_norm_eps", 1e-12))
    weights = {
        k.removeprefix("bert."): v.astype(np.float32)
        for k, v in load_file(str(folder / "model.safetensors")).items()
    }
    inits, nodes = [], []

    def const(name: str, value) -> str:
        inits.append(numpy_helper.from_array(np.asarray(value), name))
        return name

    def weight(name: str, transpose: bool = False) -> str:
        value = weights[name]
        return const(name, np.ascontiguousarray(value.T) if transpose else value)

    def node(op: str, inputs: list[str], out: str, **attrs) -> str:
        nodes.append(helper.make_node(op, inputs, [out], name=out, **attrs))
        return out

    def norm(x: str, name: str, out: str) -> str:
        return node(
            "LayerNormalization",
            [x, weight(name + ".weight"), weight(name + ".bias")],
            out,
            axis=-1,
            epsilon=eps,
        )

    def dense(x: str, name: str, out: str) -> str:  # torch's Linear: x @ W.T + b
        product = node("MatMul", [x, weight(name + ".weight", transpose=True)], out + ".mm")
        return node("Add", [product, weight(name + ".bias")], out)

    # embeddings: word + position + token type 0, then LayerNorm
    shape = node("Shape", ["input_ids"], "shape")
    length = node("Slice", [shape, const("one", [1]), const("two", [2])], "length")
    position = node(
        "Slice",
        [weight("embeddings.position_embeddings.weight"), const("zero", [0]), length],
        "position",
    )
    token_type = const("token_type", weights["embeddings.token_type_embeddings.weight"][0])
    x = node("Gather", [weight("embeddings.word_embeddings.weight"), "input_ids"], "words")
    x = node("Add", [x, position], "with_position")
    x = node("Add", [x, token_type], "with_type")
    x = norm(x, "embeddings.LayerNorm", "embedded")
    # attention bias: 0 where a token is, a large negative number on padding; (B, 1, 1, S)
    mask = node("Cast", ["attention_mask"], "mask", to=TensorProto.FLOAT)
    keep = node("Unsqueeze", [mask, const("axes_1_2", [1, 2])], "mask4")
    bias = node("Sub", [keep, const("f_one", np.float32(1.0))], "mask_off")
    bias = node("Mul", [bias, const("f_big", np.float32(1e9))], "mask_bias")
    split_shape = const("split_shape", [0, 0, heads, hidden // heads])
    merge_shape = const("merge_shape", [0, 0, hidden])
    scale = const("scale", np.float32(1.0 / np.sqrt(hidden // heads)))
    root_half = const("root_half", np.float32(1.0 / np.sqrt(2.0)))
    half = const("half", np.float32(0.5))
    for i in range(int(config["num_hidden_layers"])):
        p = f"encoder.layer.{i}."

        def heads_of(t: str, kind: str, perm: list[int], p=p) -> str:
            t = dense(t, p + f"attention.self.{kind}", p + kind)
            t = node("Reshape", [t, split_shape], p + kind + ".split")
            return node("Transpose", [t], p + kind + ".heads", perm=perm)

        q = heads_of(x, "query", [0, 2, 1, 3])
        k = heads_of(x, "key", [0, 2, 3, 1])
        v = heads_of(x, "value", [0, 2, 1, 3])
        scores = node("MatMul", [q, k], p + "scores")
        scores = node("Mul", [scores, scale], p + "scaled")
        scores = node("Add", [scores, bias], p + "masked")
        probs = node("Softmax", [scores], p + "probs", axis=-1)
        context = node("MatMul", [probs, v], p + "context")
        context = node("Transpose", [context], p + "context.t", perm=[0, 2, 1, 3])
        context = node("Reshape", [context, merge_shape], p + "context.merged")
        attended = dense(context, p + "attention.output.dense", p + "attended")
        x = node("Add", [x, attended], p + "residual1")
        x = norm(x, p + "attention.output.LayerNorm", p + "normed1")
        inner = dense(x, p + "intermediate.dense", p + "inner")
        gelu = node("Mul", [inner, root_half], p + "gelu.scaled")  # exact GELU, as BERT's
        gelu = node("Erf", [gelu], p + "gelu.erf")
        gelu = node("Add", [gelu, const(p + "gelu.one", np.float32(1.0))], p + "gelu.plus")
        gelu = node("Mul", [inner, gelu], p + "gelu.mul")
        gelu = node("Mul", [gelu, half], p + "gelu")
        out = dense(gelu, p + "output.dense", p + "out")
        x = node("Add", [x, out], p + "residual2")
        x = norm(x, p + "output.LayerNorm", p + "normed2")
    # mean over the tokens the mask keeps, then unit length
    weights_3d = node("Unsqueeze", [mask, const("axis_last", [-1])], "mask3")
    summed = node(
        "ReduceSum",
        [node("Mul", [x, weights_3d], "kept"), const("axis_tokens", [1])],
        "summed",
        keepdims=0,
    )
    count = node("ReduceSum", [weights_3d, "axis_tokens"], "count", keepdims=0)
    count = node("Max", [count, const("tiny", np.float32(1e-9))], "count_safe")
    pooled = node("Div", [summed, count], "pooled")
    node("LpNormalization", [pooled], "embedding", axis=-1, p=2)
    graph = helper.make_graph(
        nodes,
        "sentence_encoder",
        [
            helper.make_tensor_value_info("input_ids", TensorProto.INT64, ["batch", "tokens"]),
            helper.make_tensor_value_info("attention_mask", TensorProto.INT64, ["batch", "tokens"]),
        ],
        [helper.make_tensor_value_info("embedding", TensorProto.FLOAT, ["batch", hidden])],
        inits,
    )
    model = helper.make_model(graph, opset_imports=[helper.make_opsetid("", OPSET)])
    model.ir_version = 8
    return model.SerializeToString()
