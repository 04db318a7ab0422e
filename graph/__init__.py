"""The RDF graph: vocabulary, building, stores, SPARQL, entity cards, exports.

Imports ``ingest`` (never ``search``)."""

from __future__ import annotations

from pathlib import Path

from .build import (
    ProgressCallback,
    build_graph,
    graph_path,
    read_document_lines,
    read_document_view,
)
from .corpus import AddedDocument, Corpus, default_documents
from .entities import describe_entity, find_entities
from .manifest import BuildReport, DocumentReport, read_build_report, read_manifest
from .store import STORES, QueryError, QueryResult, Store, open_store
from .vocab import ID, MLKG, PREFIXES, source_label, sparql_prefixes


def load_graph(build_dir: str | Path, store: str | None = None) -> Store:
    """The built graph in a store: ``store``, else the one ``MLKG_STORE`` names, else the one
    the build was made for (``sparql``: the remote endpoint ``MLKG_SPARQL_ENDPOINT``)."""
    from mlkg import settings

    manifest = read_manifest(Path(build_dir))
    name = store or settings.explicit("store") or manifest.get("store", "oxigraph")
    return open_store(name, graph_path(Path(build_dir)))


__all__ = [
    "ID",
    "MLKG",
    "PREFIXES",
    "STORES",
    "AddedDocument",
    "BuildReport",
    "Corpus",
    "DocumentReport",
    "ProgressCallback",
    "QueryError",
    "QueryResult",
    "Store",
    "build_graph",
    "default_documents",
    "describe_entity",
    "find_entities",
    "graph_path",
    "load_graph",
    "open_store",
    "read_document_lines",
    "read_build_report",
    "read_document_view",
    "read_manifest",
    "source_label",
    "sparql_prefixes",
]
