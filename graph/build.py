"""Build: documents → extraction → RDF graph file, written atomically with a manifest.

A failed build raises before anything is replaced, so the previous graph stays usable.
"""

from __future__ import annotations

import json
import shutil
import tempfile
import time
from collections import Counter
from dataclasses import asdict, dataclass, field
from pathlib import Path

from ingest import SUPPORTED_SUFFIXES, extract_documents

from .rdf import extraction_to_graph, write_ntriples

GRAPH_FILE = "graph.nt"
MANIFEST_FILE = "manifest.json"
DOCUMENTS_FILE = "documents.json"  # each document's reading view, for the Sources page


@dataclass
class BuildReport:
    documents: list[str]
    entities: int
    entities_by_type: dict[str, int]
    facts: int
    text_units: int
    triples: int
    seconds: float
    store: str = "oxigraph"
    build_dir: str = ""
    extra: dict = field(default_factory=dict)


def default_documents(data_dir: Path) -> list[Path]:
    """The documents of a data folder: every supported file except its README."""
    return sorted(
        p
        for p in data_dir.iterdir()
        if p.suffix.lower() in SUPPORTED_SUFFIXES and p.stem.lower() != "readme"
    )


def build_graph(
    documents: list[Path], build_dir: Path, store: str = "oxigraph", progress: bool = True
) -> BuildReport:
    """Build the graph of ``documents`` into ``build_dir`` (replaced only on success)."""
    start = time.perf_counter()
    bar = None
    if progress:
        from tqdm import tqdm

        bar = tqdm(total=len(documents), desc="reading documents", unit="doc", leave=False)
    x = extract_documents(documents, progress=(lambda _name: bar.update(1)) if bar else None)
    if bar:
        bar.close()
    g = extraction_to_graph(x)
    build_dir = Path(build_dir)
    build_dir.parent.mkdir(parents=True, exist_ok=True)
    tmp = Path(tempfile.mkdtemp(prefix=build_dir.name + ".tmp-", dir=build_dir.parent))
    try:
        write_ntriples(g, tmp / GRAPH_FILE)
        views = {
            name: {"format": d.format, "sha256": d.sha256, "pages": d.pages, "warnings": d.warnings}
            for name, d in x.documents.items()
        }
        (tmp / DOCUMENTS_FILE).write_text(json.dumps(views, ensure_ascii=False), encoding="utf-8")
        types = Counter(e.cls for e in x.entities.values() if e.cls not in ("Kind", "Criterion"))
        report = BuildReport(
            documents=[str(d) for d in documents],
            entities=sum(types.values()),
            entities_by_type=dict(types.most_common()),
            facts=len(x.facts),
            text_units=len(x.units),
            triples=len(g),
            seconds=0.0,
            store=store,
            build_dir=str(build_dir),
        )
        report.seconds = round(time.perf_counter() - start, 3)
        (tmp / MANIFEST_FILE).write_text(json.dumps(asdict(report), indent=2), encoding="utf-8")
        _replace_dir(tmp, build_dir)
    except BaseException:
        shutil.rmtree(tmp, ignore_errors=True)
        raise
    return report


def _replace_dir(new: Path, target: Path) -> None:
    old = None
    if target.exists():
        old = target.with_name(target.name + ".old")
        shutil.rmtree(old, ignore_errors=True)
        target.rename(old)
    new.rename(target)
    if old is not None:
        shutil.rmtree(old, ignore_errors=True)


def read_manifest(build_dir: Path) -> dict:
    path = Path(build_dir) / MANIFEST_FILE
    if not path.exists():
        raise FileNotFoundError(f"no graph built in {build_dir}: run 'mlkg build' first")
    return json.loads(path.read_text(encoding="utf-8"))


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
    return pages[max(page, 1) - 1] if pages else []
