"""Baseline: plain dense retrieval over text chunks, as a vanilla RAG retriever gives it.

The answers are the entities named in the top-k chunks (MiniLM cosine over the same text
units mlkg indexes); nothing is ever declined. Scored by mlkg's own evaluator, beside mlkg.
Prints JSON. Usage: python bench/baseline_rag.py [QUESTIONS.jsonl] [-k 3]
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from search import Engine  # noqa: E402
from search.evaluate import evaluate, read_questions  # noqa: E402


def main() -> None:
    p = argparse.ArgumentParser()
    p.add_argument(
        "questions", nargs="?", default=str(ROOT.parent / "shared" / "eval" / "questions-dev.jsonl")
    )
    p.add_argument("-k", type=int, default=3)
    p.add_argument("--build-dir", default=str(ROOT / "data" / "build"))
    args = p.parse_args()
    engine = Engine(args.build_dir)
    view = engine.view
    units = list(view.units.values())
    vectors = engine.embedder.embed_many([u.text for u in units])
    items = read_questions(args.questions)
    aliases = {iri: e.aliases for iri, e in view.entities.items()}

    def baseline_many(questions):
        out = []
        for q in questions:
            t = time.perf_counter()
            scores = vectors @ engine.encode(q)
            answers, seen = [], set()
            for i in np.argsort(-scores)[: args.k]:
                u = units[i]
                for e in sorted(u.mentions):
                    if e in view.entities and e not in seen:
                        seen.add(e)
                        ev = [
                            {
                                "text": u.text,
                                "document": u.document,
                                "section": u.section,
                                "line": u.line,
                            }
                        ]
                        answers.append(
                            {
                                "label": view.entities[e].label,
                                "iri": e,
                                "type": view.entities[e].type_label,
                                "score": float(scores[i]),
                                "evidence": ev,
                            }
                        )
            ms = (time.perf_counter() - t) * 1000
            out.append(
                {
                    "question": q,
                    "answered": True,
                    "summary": " ".join(units[i].text for i in np.argsort(-scores)[: args.k]),
                    "answers": answers,
                    "timings": {"total_ms": ms},
                }
            )
        return out

    base, _ = evaluate(baseline_many, items, aliases)
    ours, _ = evaluate(engine.ask_many, items, aliases)
    print(
        json.dumps(
            {
                "benchmark": "answers",
                "questions": args.questions,
                "k": args.k,
                "baseline_dense_chunks": base,
                "mlkg": ours,
            },
            indent=2,
        )
    )


if __name__ == "__main__":
    main()
