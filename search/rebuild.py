"""Rebuild what is built from the documents (the graph, then the search indexes), and add or
remove a user's documents with a rebuild: the one place the CLI and the app's Sources page call.

Each step skips what is up to date. A failed rebuild leaves the previous graph and indexes in
place, and a document that was just added is taken away again (one just removed comes back).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from graph import AddedDocument, BuildReport, Corpus, ProgressCallback, build_graph
from ingest import ParseError, read_document

from .build import build_search


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
    """Build the graph of ``documents`` into ``build_dir``, then its search indexes."""
    graph_part, search_part = (_span(progress, 0.0, 0.4), _span(progress, 0.4, 1.0))
    report = build_graph(documents, build_dir, store=store, progress=graph_part, force=force)
    info = None
    if with_search:
        info = build_search(build_dir, model=model, progress=search_part, force=force)
    return Rebuild(report, info)


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


def remove_document(corpus: Corpus, name: str, build_dir: Path, **options) -> Rebuild:
    """Remove an added document and rebuild; if the rebuild fails the document comes back."""
    data = corpus.remove(name)
    try:
        return rebuild(corpus.documents(), build_dir, **options)
    except BaseException:
        corpus.restore(name, data)
        raise


def _span(progress: bool | ProgressCallback, start: float, end: float) -> bool | ProgressCallback:
    """A step's progress as a part [start, end] of the whole (a bar stays a bar)."""
    if not callable(progress):
        return progress
    return lambda done, what: progress(start + (end - start) * done, what)
