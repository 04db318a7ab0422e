"""The built graph as an on-disk pyoxigraph store (RocksDB), opened read-only in milliseconds
whatever its size, instead of parsing ``graph.nt`` into memory in every process.

Stores are kept by the graph's SHA-256 in ``.cache/stores/`` beside the build folder, not inside
it: a rebuild swaps the build folder atomically and deletes the old one, and a process still
reading the old graph must not lose its files; the store of the previous graph stays until the
build after next (:func:`prune`). Each store is written in a temporary folder and renamed into
place, so a store folder that exists is complete.
"""

from __future__ import annotations

import json
import shutil
import tempfile
from pathlib import Path

STORES = Path(".cache") / "stores"
MANIFEST = "manifest.json"


def stores_dir(build_dir: Path) -> Path:
    return Path(build_dir).parent / STORES


def store_dir(build_dir: Path, graph_sha256: str) -> Path:
    return stores_dir(build_dir) / graph_sha256[:32]


def ensure(build_dir: Path, graph_file: Path, graph_sha256: str) -> Path:
    """The store of this graph, bulk-loaded from ``graph_file`` if it is not there yet."""
    import pyoxigraph as ox

    final = store_dir(build_dir, graph_sha256)
    if final.is_dir():
        return final
    final.parent.mkdir(parents=True, exist_ok=True)
    tmp = Path(tempfile.mkdtemp(prefix=final.name + ".tmp-", dir=final.parent))
    try:
        store = ox.Store(str(tmp / "db"))
        store.bulk_load(path=str(graph_file), format=ox.RdfFormat.N_TRIPLES)
        store.flush()
        del store  # closed: RocksDB's files are complete
        tmp.rename(final)
    except BaseException:
        shutil.rmtree(tmp, ignore_errors=True)
        raise
    return final


def open_read_only(graph_file: Path):
    """The on-disk store of the build that ``graph_file`` belongs to, opened read-only, or
    None when there is none (an older build, a copied graph file): the caller loads the file."""
    import pyoxigraph as ox

    graph_file = Path(graph_file)
    manifest = graph_file.parent / MANIFEST
    try:
        sha = json.loads(manifest.read_text(encoding="utf-8"))["graph_sha256"]
    except (OSError, ValueError, KeyError):
        return None
    folder = store_dir(graph_file.parent, sha) / "db"
    if not folder.is_dir():
        return None
    try:
        return ox.Store.read_only(str(folder))
    except OSError:
        return None


def prune(build_dir: Path, keep: set[str], spare: int = 2) -> None:
    """Delete old stores: all but those of the graphs in ``keep`` (SHA-256s) and the ``spare``
    most recently written others (another build folder beside this one may use them)."""
    root = stores_dir(build_dir)
    if not root.is_dir():
        return
    wanted = {sha[:32] for sha in keep if sha}
    others = sorted(
        (f for f in root.iterdir() if f.name not in wanted and ".tmp-" not in f.name),
        key=lambda f: f.stat().st_mtime,
        reverse=True,
    )
    for folder in others[spare:]:
        shutil.rmtree(folder, ignore_errors=True)
