"""What a build records: a report per document, the totals, and what the build depended on.

The manifest keeps each document's SHA-256, the mlkg version, a fingerprint of the code that
reads and interprets documents, and the store. When all of those are unchanged the build is up
to date and nothing is read again.
"""

from __future__ import annotations

import hashlib
import importlib.util
import json
from collections import Counter
from dataclasses import asdict, dataclass, field, fields
from importlib import metadata
from pathlib import Path

from ingest import Extraction

MANIFEST_FILE = "manifest.json"
GRAPH_FILE = "graph.nt"
HIDDEN_CLASSES = ("Kind", "Criterion")  # vocabulary nodes, not things the documents are about


@dataclass
class DocumentReport:
    """One document's part in a build: what it is, what it contributed, how long it took."""

    name: str
    path: str
    format: str
    sha256: str
    entities: int = 0  # entities with a text unit from this document
    facts: int = 0
    text_units: int = 0
    warnings: list[str] = field(default_factory=list)
    seconds: float = 0.0  # to read it: parse it, or load it from the document cache
    cached: bool = False  # read from the document cache (its bytes had not changed)
    error: str = ""  # why it could not be read (file and line or page); then it is left out


@dataclass
class BuildReport:
    """A build: its documents, totals, and what it depended on (see :func:`up_to_date`)."""

    documents: list[DocumentReport]
    entities: int
    entities_by_type: dict[str, int]
    facts: int
    text_units: int
    triples: int
    seconds: float
    store: str = "oxigraph"
    build_dir: str = ""
    graph_sha256: str = ""
    version: str = ""
    fingerprint: str = ""  # of the ingest and graph code (see code_fingerprint)
    up_to_date: bool = False  # nothing had changed, so nothing was built
    failed: list[DocumentReport] = field(default_factory=list)  # left out: could not be read
    extra: dict = field(default_factory=dict)

    @classmethod
    def from_dict(cls, data: dict) -> BuildReport:
        names = {f.name for f in fields(cls)}
        report = cls(**{k: v for k, v in data.items() if k in names})
        report.documents = [DocumentReport(**d) for d in data["documents"]]
        report.failed = [DocumentReport(**d) for d in data.get("failed", [])]
        return report


def mlkg_version() -> str:
    try:
        return metadata.version("mlkg")
    except metadata.PackageNotFoundError:  # run from a source tree that is not installed
        return "0+source"


def code_fingerprint(*packages: str) -> str:
    """SHA-256 over the mlkg version and every code and data file of ``packages``.

    Any edit to a reader, an interpreter, the ontology or a data file (the AWS service names)
    changes it, so a build made by other code is never taken for up to date.
    """
    h = hashlib.sha256(mlkg_version().encode())
    for package in packages:
        spec = importlib.util.find_spec(package)
        root = Path(next(iter(spec.submodule_search_locations)))
        for path in sorted(root.rglob("*")):
            rel = path.relative_to(root)
            if path.is_file() and not any(p.startswith((".", "__pycache__")) for p in rel.parts):
                h.update(f"{package}/{rel.as_posix()}\0".encode())
                h.update(path.read_bytes())
    return h.hexdigest()


def document_reports(x: Extraction, documents: list[DocumentReport]) -> list[DocumentReport]:
    """Fill in what each document contributed: its text units, their facts and entities."""
    units: Counter[str] = Counter()
    entities: dict[str, set[str]] = {d.name: set() for d in documents}
    for u in x.units.values():
        units[u.source.document] += 1
        entities.setdefault(u.source.document, set()).update(
            m for m in u.mentions if m in x.entities and x.entities[m].cls not in HIDDEN_CLASSES
        )
    facts = Counter(x.units[f.unit].source.document for f in x.facts if f.unit in x.units)
    for d in documents:
        d.text_units, d.facts, d.entities = units[d.name], facts[d.name], len(entities[d.name])
    return documents


def write_manifest(report: BuildReport, folder: Path) -> None:
    (Path(folder) / MANIFEST_FILE).write_text(
        json.dumps(asdict(report), indent=2, ensure_ascii=False), encoding="utf-8"
    )


def read_manifest(build_dir: Path) -> dict:
    """The manifest of a build folder, as JSON; FileNotFoundError when nothing was built."""
    path = Path(build_dir) / MANIFEST_FILE
    if not path.exists():
        raise FileNotFoundError(f"no graph built in {build_dir}: run 'mlkg build' first")
    return json.loads(path.read_text(encoding="utf-8"))


def read_build_report(build_dir: Path) -> BuildReport:
    """The report of the build in ``build_dir`` (its documents with their counts)."""
    return BuildReport.from_dict(read_manifest(build_dir))


def up_to_date(
    build_dir: Path, documents: list[tuple[str, str]], store: str, fingerprint: str
) -> BuildReport | None:
    """The recorded report if ``build_dir`` holds the build of exactly these (name, SHA-256)
    documents, made by this code for this store; otherwise None."""
    try:
        report = read_build_report(build_dir)
    except (FileNotFoundError, ValueError, TypeError, KeyError):
        return None  # nothing built, or a manifest of an older layout
    same = (
        report.fingerprint == fingerprint
        and report.version == mlkg_version()
        and report.store == store
        and sorted((d.name, d.sha256) for d in report.documents + report.failed)
        == sorted(documents)
    )
    graph = Path(build_dir) / GRAPH_FILE
    if not same or not graph.is_file():
        return None
    return report if file_sha256(graph) == report.graph_sha256 else None


def file_sha256(path: Path) -> str:
    h = hashlib.sha256()
    with open(path, "rb") as f:
        for chunk in iter(lambda: f.read(1 << 20), b""):
            h.update(chunk)
    return h.hexdigest()
