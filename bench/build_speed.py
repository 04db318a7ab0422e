"""Build speed: `mlkg build` on the shipped documents, best of N runs. Prints JSON."""

from __future__ import annotations

import json
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from graph import build_graph, default_documents  # noqa: E402


def main(runs: int = 5) -> None:
    docs = default_documents(ROOT / "data")
    times = []
    with tempfile.TemporaryDirectory() as tmp:
        for _ in range(runs):
            t = time.perf_counter()
            report = build_graph(docs, Path(tmp) / "build", progress=False)
            times.append(time.perf_counter() - t)
    print(
        json.dumps(
            {
                "benchmark": "build",
                "documents": [d.name for d in docs],
                "runs": runs,
                "best_s": round(min(times), 3),
                "median_s": round(sorted(times)[len(times) // 2], 3),
                "target_s": 5.0,
                "entities": report.entities,
                "facts": report.facts,
                "triples": report.triples,
            },
            indent=2,
        )
    )


if __name__ == "__main__":
    main()
