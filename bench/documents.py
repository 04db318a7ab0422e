"""What each document gives the graph, alone and together: the issue's per-document numbers.

Builds the graph (no search index) of each document alone, cold (a fresh build folder and no
document cache), then of all of them together, and prints JSON: per document its format,
entities, facts, text units, warnings and build seconds; for the whole corpus the totals and
how many nodes the corpus has fewer than the sum of its parts (things named in several
documents are one node).

    python bench/documents.py [DOC...]      # default: data/ and ../shared/corpus/dev/
"""

from __future__ import annotations

import json
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))


def default_documents() -> list[Path]:
    from ingest import SUPPORTED_SUFFIXES

    dev = ROOT.parent / "shared" / "corpus" / "dev"
    docs = sorted(p for p in (ROOT / "data").iterdir() if p.suffix in SUPPORTED_SUFFIXES)
    docs = [p for p in docs if p.stem.lower() != "readme"]
    return docs + (
        sorted(p for p in dev.iterdir() if p.suffix in SUPPORTED_SUFFIXES) if dev.is_dir() else []
    )


def build(documents: list[Path]) -> tuple[object, float]:
    from graph import build_graph

    with tempfile.TemporaryDirectory() as tmp:
        start = time.perf_counter()
        report = build_graph(documents, Path(tmp) / "build", progress=False)
        return report, round(time.perf_counter() - start, 2)


def main(argv: list[str]) -> int:
    docs = [Path(a) for a in argv] or default_documents()
    alone = []
    for doc in docs:
        report, seconds = build([doc])
        d = report.documents[0]
        alone.append(
            {
                "document": doc.name,
                "format": d.format,
                "entities": d.entities,
                "facts": d.facts,
                "text_units": d.text_units,
                "warnings": d.warnings,
                "build_s": seconds,
            }
        )
    report, seconds = build(docs)
    together = {
        "documents": len(docs),
        "entities": report.entities,
        "facts": report.facts,
        "triples": report.triples,
        "build_s": seconds,
        "sum_of_entities_alone": sum(a["entities"] for a in alone),
        "per_document": {
            d.name: {"entities": d.entities, "facts": d.facts} for d in report.documents
        },
    }
    print(json.dumps({"alone": alone, "together": together}, indent=2))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
