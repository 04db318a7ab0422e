"""Build the search indexes beside the graph: vectors (faiss) and BM25, with a vector cache."""

from __future__ import annotations

import json
import shutil
import tempfile
import time
from dataclasses import asdict
from pathlib import Path

from graph import load_graph
from graph.views import read_graph_view

from .corpus import search_rows
from .embed import Embedder
from .index import KeywordIndex, create_index, keyword_tokens

SEARCH_DIR = "search"
CACHE_FILE = "vector-cache.npz"  # kept across builds: a rebuild embeds only what changed


def build_search(
    build_dir: Path, model: str | None = None, index: str = "faiss", progress: bool = True
) -> dict:
    """Embed every searchable row of the built graph and write the indexes (atomically)."""
    start = time.perf_counter()
    build_dir = Path(build_dir)
    view = read_graph_view(load_graph(build_dir))
    rows = search_rows(view)
    cache = build_dir.parent / ".cache" / CACHE_FILE
    cache.parent.mkdir(exist_ok=True)
    embedder = Embedder(model, cache_path=cache)
    vectors = embedder.embed_many([r.text for r in rows], progress=progress)
    embedder.save_cache(cache)
    vindex = create_index(index, vectors.shape[1], len(rows))
    vindex.add(vectors)
    tmp = Path(tempfile.mkdtemp(prefix="search.tmp-", dir=build_dir))
    try:
        vindex.save(tmp / "vectors.index")
        KeywordIndex([keyword_tokens(r.text) for r in rows]).save(tmp / "keywords.json")
        (tmp / "rows.json").write_text(json.dumps([asdict(r) for r in rows]), encoding="utf-8")
        info = {
            "model": embedder.name,
            "index": index,
            "rows": len(rows),
            "encoded": embedder.encoded,
            "dimension": int(vectors.shape[1]),
            "seconds": round(time.perf_counter() - start, 3),
        }
        (tmp / "search.json").write_text(json.dumps(info, indent=2), encoding="utf-8")
        target = build_dir / SEARCH_DIR
        if target.exists():
            shutil.rmtree(target)
        tmp.rename(target)
    except BaseException:
        shutil.rmtree(tmp, ignore_errors=True)
        raise
    return info
