"""Build: documents → extraction → RDF graph file, written atomically with a manifest.

Incremental: when the documents' bytes and the code are those the manifest recorded, nothing
is built; otherwise only documents whose bytes changed are parsed again (the others come from
the document cache) and interpretation runs over all of them, so entities stay one node each
across documents. A failed build raises before anything is replaced, so the previous graph
stays usable.
"""

from __future__ import annotations

import hashlib
import json
import shutil
import tempfile
import time
from collections import Counter
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

from ingest import Document, ParseError, document_format, extract_read
from ingest.formats import READERS, parse_document, read_bytes

from . import diskstore
from .doccache import DocumentCache
from .manifest import (
    GRAPH_FILE,
    HIDDEN_CLASSES,
    BuildReport,
    DocumentReport,
    code_fingerprint,
    document_reports,
    file_sha256,
    mlkg_version,
    up_to_date,
    write_manifest,
)
from .rdf import extraction_to_ntriples, write_ntriples
from .vocabulary import (
    class_names,
    listed_relations,
    object_remarks,
    relation_cues,
    rename_phrases,
)

DOCUMENTS_FILE = "documents.json"  # each document's reading view, for the Sources page
CACHE_DIR = ".cache"  # beside the build folder, kept across builds (as the vector cache)

ProgressCallback = Callable[[float, str], None]  # (fraction done, what is being done)


@dataclass
class _Source:
    """A document's file, bytes and hash, read once per build (to decide what changed)."""

    path: Path
    data: bytes
    sha256: str
    error: ParseError | None = None  # why its bytes could not be read

    @property
    def name(self) -> str:
        return self.path.name


def read_sources(paths: Iterable[str | Path]) -> list[_Source]:
    """Each document's bytes and SHA-256 (or why they cannot be read); a ParseError for a path
    that cannot be a document at all (an unsupported suffix, a name given twice)."""
    sources: dict[str, _Source] = {}
    for path in map(Path, paths):
        document_format(path)
        if path.name in sources:
            raise ParseError(
                str(path), 1, f"another document is named {path.name} ({sources[path.name].path})"
            )
        try:
            data = read_bytes(path)
        except ParseError as exc:  # a FIFO, a folder, too large: left out, reported
            sources[path.name] = _Source(path, b"", "", error=exc)
            continue
        sources[path.name] = _Source(path, data, hashlib.sha256(data).hexdigest())
    return list(sources.values())


def build_graph(
    documents: Iterable[str | Path],
    build_dir: Path,
    store: str = "oxigraph",
    progress: bool | ProgressCallback = True,
    cache_dir: Path | None = None,
    force: bool = False,
    only_if_current: bool = False,
) -> BuildReport | None:
    """Build the graph of ``documents`` into ``build_dir`` (replaced only on success).

    Returns the manifest's report with ``up_to_date`` set when nothing had changed (then
    nothing is written); ``force`` builds anyway; ``only_if_current`` never builds (None when
    a build is needed). Parsed documents are cached by content in ``cache_dir`` (default:
    ``.cache/documents`` beside the build folder). ``search.rebuild`` stages a whole build
    (graph and indexes) in a new folder and swaps it in with :func:`swap_in`.
    """
    with _progress_reporter(progress) as report_progress:
        return _build(
            documents, Path(build_dir), store, report_progress, cache_dir, force, only_if_current
        )


def _build(
    documents: Iterable[str | Path],
    build_dir: Path,
    store: str,
    report_progress: ProgressCallback,
    cache_dir: Path | None,
    force: bool,
    only_if_current: bool = False,
) -> BuildReport | None:
    start = time.perf_counter()
    sources = read_sources(documents)
    if not sources:
        raise FileNotFoundError("no documents to build the graph from")
    fingerprint = code_fingerprint("ingest", "graph")
    done = None if force else up_to_date(build_dir, _hashes(sources), store, fingerprint)
    if done is not None:
        done.up_to_date, done.seconds = True, round(time.perf_counter() - start, 3)
        report_progress(1.0, "up to date")
        return done
    if only_if_current:
        return None
    cache = DocumentCache(
        Path(cache_dir) if cache_dir else build_dir.parent / CACHE_DIR / "documents",
        code_fingerprint("ingest"),
    )
    read: list[tuple[Document, str]] = []
    reports: list[DocumentReport] = []
    failed: list[DocumentReport] = []
    errors: list[ParseError] = []
    for i, s in enumerate(sources):
        report_progress(0.8 * i / len(sources), f"reading {s.name}")
        t = time.perf_counter()
        doc = cache.get(s.name, s.sha256) if not s.error else None
        cached = doc is not None
        try:
            if s.error:
                raise s.error
            if doc is None:
                doc = parse_document(s.data, s.name, s.path.suffix)
                cache.put(s.name, s.sha256, doc)
        except ParseError as exc:  # the rest of the corpus still builds
            exc = ParseError(str(s.path), exc.line, exc.message, exc.page)  # as the user named it
            failed.append(_failure(s, str(exc)))
            errors.append(exc)
            continue
        read.append((doc, s.sha256))
        reports.append(
            DocumentReport(
                s.name,
                str(s.path),
                doc.format,
                s.sha256,
                warnings=list(doc.warnings),
                seconds=round(time.perf_counter() - t, 4),
                cached=cached,
            )
        )
    report_progress(0.8, "interpreting the documents")
    x = extract_read(
        read,
        cues=relation_cues(),
        class_names=class_names(),
        listed=listed_relations(),
        remarks=object_remarks(),
        renames=rename_phrases(),
    )
    document_reports(x, reports)
    for d in [d for d in reports if not d.text_units]:
        reports.remove(d)
        x.documents.pop(d.name, None)
        errors.append(ParseError(d.path, 1, "nothing to read (no text found in the document)"))
        failed.append(_failure(next(s for s in sources if s.name == d.name), str(errors[-1])))
    if not reports:  # nothing readable: the build fails and the previous graph stays
        if len(errors) == 1:
            raise errors[0]
        raise ParseError(errors[0].document, errors[0].line, "; ".join(map(str, errors)))
    report_progress(0.9, "writing the graph")
    g = extraction_to_ntriples(x)
    build_dir.parent.mkdir(parents=True, exist_ok=True)
    tmp = Path(tempfile.mkdtemp(prefix=build_dir.name + ".tmp-", dir=build_dir.parent))
    try:
        write_ntriples(g, tmp / GRAPH_FILE)
        views = {
            name: {"format": d.format, "sha256": d.sha256, "pages": d.pages, "warnings": d.warnings}
            for name, d in x.documents.items()
        }
        (tmp / DOCUMENTS_FILE).write_text(json.dumps(views, ensure_ascii=False), encoding="utf-8")
        types = Counter(e.cls for e in x.entities.values() if e.cls not in HIDDEN_CLASSES)
        report = BuildReport(
            documents=reports,
            entities=sum(types.values()),
            entities_by_type=dict(sorted(types.items(), key=lambda kv: (-kv[1], kv[0]))),
            facts=len(x.facts),
            text_units=len(x.units),
            triples=len(g),
            seconds=0.0,
            store=store,
            build_dir=str(build_dir),
            graph_sha256=file_sha256(tmp / GRAPH_FILE),
            version=mlkg_version(),
            fingerprint=fingerprint,
            failed=failed,
        )
        if store == "oxigraph":  # opened read-only in milliseconds by every later process
            diskstore.ensure(build_dir, tmp / GRAPH_FILE, report.graph_sha256)
        report.seconds = round(time.perf_counter() - start, 3)
        write_manifest(report, tmp)
        _replace_dir(tmp, build_dir)
    except BaseException:
        shutil.rmtree(tmp, ignore_errors=True)
        raise
    cache.prune()
    report_progress(1.0, "graph built")
    return report


def _failure(s: _Source, error: str) -> DocumentReport:
    """The report of a document left out of the build, with why."""
    fmt = READERS.get(s.path.suffix.lower(), ("", ""))[0]
    return DocumentReport(s.name, str(s.path), fmt, s.sha256, error=error)


def _hashes(sources: list[_Source]) -> list[tuple[str, str]]:
    return [(s.name, s.sha256) for s in sources]


@contextmanager
def _progress_reporter(progress: bool | ProgressCallback) -> Iterator[ProgressCallback]:
    """A callable as given; ``True`` for a terminal bar (shown only once there is work, and
    cleared however the build ends, so an error message starts on a clean line)."""
    if callable(progress) or not progress:
        yield progress if callable(progress) else (lambda _done, _what: None)
        return
    bar = None

    def show(done: float, what: str) -> None:
        nonlocal bar
        if bar is None:
            if done >= 1.0:
                return
            from tqdm import tqdm

            bar = tqdm(total=100, leave=False, bar_format="{desc}{percentage:3.0f}%|{bar}|")
        bar.set_description(what, refresh=False)
        bar.update(round(done * 100) - bar.n)

    try:
        yield show
    finally:
        if bar is not None:
            bar.close()


def _replace_dir(new: Path, target: Path) -> None:
    swap_in(new, target)


_RENAME_EXCHANGE = 2  # linux/fs.h


def _exchange(a: Path, b: Path) -> bool:
    """Swap two folders in one atomic step (Linux renameat2 RENAME_EXCHANGE); False where the
    system or file system cannot."""
    import ctypes
    import os

    try:
        libc = ctypes.CDLL(None, use_errno=True)
        renameat2 = libc.renameat2
    except (OSError, AttributeError):
        return False
    at_fdcwd = -100
    done = renameat2(
        at_fdcwd, os.fsencode(a), at_fdcwd, os.fsencode(b), ctypes.c_uint(_RENAME_EXCHANGE)
    )
    return done == 0


def swap_in(new: Path, target: Path) -> None:
    """Put the folder ``new`` in place of ``target`` in one atomic step: a reader sees the old
    build or the new one, never a mix or nothing. The old one is deleted."""
    if not target.exists():
        new.rename(target)
        return
    if _exchange(new, target):
        shutil.rmtree(new, ignore_errors=True)  # ``new`` now holds the old build
        return
    old = target.with_name(target.name + ".old")  # no atomic exchange here: two renames
    shutil.rmtree(old, ignore_errors=True)
    target.rename(old)
    new.rename(target)
    shutil.rmtree(old, ignore_errors=True)


@contextmanager
def build_lock(build_dir: Path, on_wait: Callable[[], None] | None = None) -> Iterator[None]:
    """One build at a time per build folder: a second waits (``on_wait`` is told first). The
    lock is the operating system's (flock): it is released when its process ends, however."""
    import fcntl

    try:
        build_dir.parent.mkdir(parents=True, exist_ok=True)
    except (FileExistsError, NotADirectoryError):
        raise NotADirectoryError(
            f"cannot build into {build_dir}: a part of its path is a file, not a folder"
        ) from None
    with open(build_dir.parent / f".{build_dir.name}.lock", "a+") as f:
        try:
            fcntl.flock(f, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            if on_wait is not None:
                on_wait()
            fcntl.flock(f, fcntl.LOCK_EX)
        try:
            yield
        finally:
            fcntl.flock(f, fcntl.LOCK_UN)


def remove_leftovers(build_dir: Path) -> list[Path]:
    """Folders a killed build left beside or inside the build folder (call under the lock)."""
    found = [
        *build_dir.parent.glob(f"{build_dir.name}.tmp-*"),
        build_dir.with_name(build_dir.name + ".old"),
        *build_dir.glob("search.tmp-*"),
    ]
    gone = [p for p in found if p.is_dir()]
    for p in gone:
        shutil.rmtree(p, ignore_errors=True)
    return gone


def graph_path(build_dir: Path) -> Path:
    path = Path(build_dir) / GRAPH_FILE
    if not path.exists():
        raise FileNotFoundError(f"no graph built in {build_dir}: run 'mlkg build' first")
    return path


def read_document_view(build_dir: Path, document: str) -> dict:
    """A built document's reading view: ``format``, ``pages`` (lists of lines), ``warnings``."""
    path = Path(build_dir) / DOCUMENTS_FILE
    views = json.loads(path.read_text(encoding="utf-8")) if path.exists() else {}
    if document not in views:
        raise FileNotFoundError(f"{document} is not one of the graph's documents")
    return views[document]


def read_document_lines(build_dir: Path, document: str, page: int = 0) -> list[str]:
    """The lines of a document the graph was built from (of one page for a PDF)."""
    pages = read_document_view(build_dir, document)["pages"]
    return pages[min(max(page, 1), len(pages)) - 1] if pages else []
