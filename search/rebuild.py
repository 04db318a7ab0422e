"""Rebuild what is built from the documents (the graph, then the search indexes), and add or
remove a user's documents with a rebuild: the one place the CLI and the app's Sources page call.

Each step skips what is up to date. A failed rebuild leaves the previous graph and indexes in
place, and a document that was just added is taken away again (one just removed comes back).
"""

from __future__ import annotations

import shutil
import sys
import tempfile
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from graph import AddedDocument, BuildReport, Corpus, ProgressCallback, build_graph, diskstore
from graph.build import CACHE_DIR, build_lock, remove_leftovers, swap_in
from graph.manifest import read_manifest, write_manifest
from ingest import ParseError, read_document

from .build import build_search, search_current


@dataclass
class Rebuild:
    """What a rebuild did: the graph's report and the search indexes' record (or None)."""

    graph: BuildReport
    search: dict | None
    added: list[AddedDocument] | None = None

    @property
    def up_to_date(self) -> bool:
        return self.graph.up_to_date and (self.search is None or self.search["up_to_date"])


def rebuild(
    documents: Iterable[str | Path],
    build_dir: Path,
    *,
    store: str = "oxigraph",
    model: str | None = None,
    with_search: bool = True,
    progress: bool | ProgressCallback = False,
    force: bool = False,
) -> Rebuild:
    """Build the graph of ``documents`` and its search indexes, all or nothing.

    One build at a time per folder (a second waits for the first). Unless everything is up to
    date, the graph and the indexes are built together in a new folder beside ``build_dir``
    and swapped in with one atomic step, so a failure or a kill at any point leaves the
    previous build whole and in use; folders a killed build left are removed first.
    """
    build_dir = Path(build_dir)
    documents = list(documents)
    graph_part, search_part = (_span(progress, 0.0, 0.4), _span(progress, 0.4, 1.0))
    with build_lock(build_dir, lambda: _say_waiting(progress)):
        remove_leftovers(build_dir)
        if not force:
            current = build_graph(
                documents, build_dir, store=store, progress=False, only_if_current=True
            )
            info = search_current(build_dir, model) if current is not None and with_search else None
            if current is not None and (not with_search or info is not None):
                return Rebuild(current, info)
        staging = Path(tempfile.mkdtemp(prefix=f"{build_dir.name}.tmp-", dir=build_dir.parent))
        try:
            report = build_graph(
                documents,
                staging,
                store=store,
                progress=graph_part,
                force=True,
                cache_dir=build_dir.parent / CACHE_DIR / "documents",
            )
            report.build_dir = str(build_dir)
            write_manifest(report, staging)
            info = None
            if with_search:
                info = build_search(staging, model=model, progress=search_part)
            before = _graph_sha(build_dir)
            swap_in(staging, build_dir)
            diskstore.prune(build_dir, keep={report.graph_sha256, before})
        finally:
            shutil.rmtree(staging, ignore_errors=True)
    return Rebuild(report, info)


def _graph_sha(build_dir: Path) -> str:
    try:
        return read_manifest(build_dir).get("graph_sha256", "")
    except (OSError, ValueError):
        return ""


def add_documents(
    corpus: Corpus,
    files: Iterable[Path | tuple[str, bytes]],
    build_dir: Path,
    **options,
) -> Rebuild:
    """Add files (paths, or (name, bytes) as uploaded) to the corpus and rebuild.

    An added document that cannot be read, or has nothing to read, is refused before the
    rebuild: the files just added are deleted again and the error (file and line) is raised, so
    the previous graph stays in use. The same happens if the rebuild fails.
    """
    added = corpus.add(files)
    try:
        _check_readable([a.path for a in added if a.new])
        result = rebuild(corpus.documents(), build_dir, **options)
    except BaseException:
        for a in added:
            if a.new:
                a.path.unlink(missing_ok=True)
        raise
    result.added = added
    return result


def _check_readable(paths: list[Path]) -> None:
    """Every added document must be readable (the build would leave it out): one error that
    names every such document, with its line or page."""
    errors: list[ParseError] = []
    for path in paths:
        try:
            if not read_document(path).blocks:
                raise ParseError(str(path), 1, "nothing to read (no text found in the document)")
        except ParseError as exc:
            errors.append(exc)
    if len(errors) == 1:
        raise errors[0]
    if errors:
        raise ParseError(errors[0].document, errors[0].line, "; ".join(map(str, errors)))


def remove_documents(corpus: Corpus, names: list[str], build_dir: Path, **options) -> Rebuild:
    """Remove added documents and rebuild once; if a name is not an added document or the
    rebuild fails, every one removed comes back."""
    removed: list[tuple[str, bytes]] = []
    try:
        for name in names:
            removed.append((name, corpus.remove(name)))
        return rebuild(corpus.documents(), build_dir, **options)
    except BaseException:
        for name, data in reversed(removed):
            corpus.restore(name, data)
        raise


def remove_document(corpus: Corpus, name: str, build_dir: Path, **options) -> Rebuild:
    """Remove an added document and rebuild; if the rebuild fails the document comes back."""
    return remove_documents(corpus, [name], build_dir, **options)


def _say_waiting(progress: bool | ProgressCallback) -> None:
    if callable(progress):
        progress(0.0, "waiting for another build of this folder to finish")
    elif progress:
        print("waiting for another build of this folder to finish…", file=sys.stderr)


def _span(progress: bool | ProgressCallback, start: float, end: float) -> bool | ProgressCallback:
    """A step's progress as a part [start, end] of the whole (a bar stays a bar)."""
    if not callable(progress):
        return progress
    return lambda done, what: progress(start + (end - start) * done, what)
