"""Build the search indexes beside the graph: vectors (faiss) and BM25, with a vector cache.

Skipped when the graph, the model, the index and the search code are those ``search.json``
recorded; otherwise only rows whose text is not in the vector cache are embedded (the model,
and torch with it, loads only then).
"""

from __future__ import annotations

import json
import shutil
import tempfile
import time
from collections.abc import Callable
from dataclasses import asdict
from pathlib import Path

from graph import load_graph, read_manifest
from graph.manifest import code_fingerprint
from graph.views import read_graph_view

from .corpus import search_rows
from .embed import DEFAULT_MODEL, Embedder
from .index import KeywordIndex, create_index, keyword_tokens
from .phrases import FILE as PHRASES_FILE
from .phrases import PhraseVectors, phrase_items

SEARCH_DIR = "search"
INFO_FILE = "search.json"
CACHE_FILE = "vector-cache.npz"  # kept across builds: a rebuild embeds only what changed


def build_search(
    build_dir: Path,
    model: str | None = None,
    index: str = "faiss",
    progress: bool | Callable[[float, str], None] = True,
    force: bool = False,
) -> dict:
    """Embed every searchable row of the built graph and write the indexes (atomically).

    Returns ``search.json``'s record, with ``up_to_date`` true when nothing needed building.
    """
    start = time.perf_counter()
    build_dir = Path(build_dir)
    depends = _depends(build_dir, model, index)
    target = build_dir / SEARCH_DIR
    done = None if force else _recorded(target, depends)
    if done is not None:
        return done | {"up_to_date": True, "encoded": 0, "seconds": _since(start)}
    # the build's own graph, even where MLKG_STORE names a remote store (published after)
    view = read_graph_view(load_graph(build_dir, read_manifest(build_dir).get("store")))
    rows = search_rows(view)
    cache = build_dir.parent / ".cache" / CACHE_FILE
    cache.parent.mkdir(exist_ok=True)
    embedder = Embedder(model, cache_path=cache)
    vectors = embedder.embed_many([r.text for r in rows], progress=progress)
    phrases = phrase_items(view)
    phrase_vectors = embedder.embed_many([text for _, text in phrases])
    if embedder.encoded:
        embedder.save_cache(cache)
    vindex = create_index(index, vectors.shape[1], len(rows))
    vindex.add(vectors)
    tmp = Path(tempfile.mkdtemp(prefix="search.tmp-", dir=build_dir))
    try:
        vindex.save(tmp / "vectors.index")
        KeywordIndex([keyword_tokens(r.text) for r in rows]).save(tmp / "keywords.json")
        PhraseVectors.save(tmp / PHRASES_FILE, [k for k, _ in phrases], phrase_vectors)
        (tmp / "rows.json").write_text(json.dumps([asdict(r) for r in rows]), encoding="utf-8")
        info = depends | {
            "model": embedder.name,
            "rows": len(rows),
            "phrases": len(phrases),  # entity and kind names, readings' relation phrases
            "encoded": embedder.encoded,
            "dimension": int(vectors.shape[1]),
            "seconds": _since(start),
        }
        (tmp / INFO_FILE).write_text(json.dumps(info, indent=2), encoding="utf-8")
        if target.exists():
            shutil.rmtree(target)
        tmp.rename(target)
    except BaseException:
        shutil.rmtree(tmp, ignore_errors=True)
        raise
    return info | {"up_to_date": False}


def _depends(build_dir: Path, model: str | None, index: str = "faiss") -> dict:
    """What the indexes are built from: the graph (by hash), the model, the code."""
    return {
        "graph_sha256": read_manifest(build_dir).get("graph_sha256", ""),
        "model": model or DEFAULT_MODEL,
        "index": index,
        "fingerprint": code_fingerprint("search"),
    }


def search_current(build_dir: Path, model: str | None = None, index: str = "faiss") -> dict | None:
    """The record of the build's indexes if they were made from exactly its graph, this model
    and this code (with ``up_to_date`` set); None when they must be built."""
    done = _recorded(Path(build_dir) / SEARCH_DIR, _depends(Path(build_dir), model, index))
    return None if done is None else done | {"up_to_date": True, "encoded": 0, "seconds": 0.0}


def _recorded(target: Path, depends: dict) -> dict | None:
    """``search.json`` if the indexes there were built from exactly ``depends``."""
    try:
        info = json.loads((target / INFO_FILE).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    return info if all(info.get(k) == v for k, v in depends.items()) else None


def _since(start: float) -> float:
    return round(time.perf_counter() - start, 3)
