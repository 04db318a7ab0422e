"""SHACL validation of a built graph (pyshacl)."""

from __future__ import annotations

from pathlib import Path

from .rdf import read_shapes


def validate_graph(path: str | Path) -> tuple[bool, str, int]:
    """(conforms, report text, number of violations) of the graph file at ``path``."""
    import pyshacl
    from rdflib import Graph

    g = Graph()
    g.parse(str(path), format="nt")
    conforms, results, text = pyshacl.validate(
        g, shacl_graph=read_shapes(), inference="none", allow_warnings=True
    )
    from rdflib.namespace import SH

    violations = len(list(results.subjects(predicate=SH.resultSeverity)))
    return bool(conforms), text, violations
