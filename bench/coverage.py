"""How many entities that questions need exist as nodes: each question set on its document.

Builds the graph of each document alone (no search index) into a temporary folder and prints
JSON: per set, gold answer entities present / needed, and the missing ones. Question sets and
documents are given as ``QUESTIONS.jsonl=DOC[,DOC...]`` (as ``mlkg eval`` takes them); with none,
the public dev sets.
"""

from __future__ import annotations

import json
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

SHARED = ROOT.parent / "shared"
DEFAULT = {
    "questions-dev.jsonl": "aws-ml-specialty-cheatsheet.md",
    "questions-vicsz-dev.jsonl": "dev/vicsz-mls-c01.md",
    "questions-yevgeniy-dev.jsonl": "dev/yevgeniy-ml.md",
    "questions-motoraif-html-dev.jsonl": "dev/motoraif-mls-c01.html",
}


def node_names(build_dir: Path) -> list[str]:
    from rdflib import Graph
    from rdflib.namespace import RDFS, SKOS

    g = Graph()
    g.parse(str(build_dir / "graph.nt"), format="nt")
    return [str(o) for p in (RDFS.label, SKOS.altLabel) for o in g.objects(None, p)]


def measure(questions: Path, documents: list[Path]) -> dict:
    from graph import build_graph
    from search.evaluate import node_coverage, read_questions

    named = ", ".join(d.name for d in documents)
    with tempfile.TemporaryDirectory() as tmp:
        start = time.perf_counter()
        try:
            report = build_graph(documents, Path(tmp) / "build", progress=False)
        except Exception as exc:  # a document the build cannot read yet
            return {"questions": questions.name, "document": named, "error": str(exc)}
        seconds = time.perf_counter() - start
        cov = node_coverage(read_questions(questions), node_names(Path(tmp) / "build"))
    return {
        "questions": questions.name,
        "document": named,
        "entities": report.entities,
        "build_s": round(seconds, 2),
        **cov,
    }


def main(argv: list[str]) -> int:
    from search.eval_sets import parse_eval_set

    sets = [parse_eval_set(a) for a in argv] or [
        parse_eval_set(f"{SHARED / 'eval' / q}={SHARED / 'corpus' / d}") for q, d in DEFAULT.items()
    ]
    results = [measure(s.questions, s.documents) for s in sets]
    print(json.dumps(results, indent=2))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
