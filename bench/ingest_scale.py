"""How graph building grows with document size: pipe-table and bullet-list notes of 128 KB to
1 MB (or the sizes given), generated with distinct names per row. Prints JSON: seconds and
seconds per MB for each size, so superlinear growth shows as a rising per-MB figure.

    python bench/ingest_scale.py            # 128, 256, 512, 1024 KB
    python bench/ingest_scale.py 2048 5120  # other sizes, in KB
"""

from __future__ import annotations

import json
import random
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from graph import build_graph  # noqa: E402

WORDS = "stream batch model metric feature table cluster label shard query cache index".split()


def _name(rng: random.Random, i: int) -> str:
    return f"{rng.choice(WORDS).title()} {rng.choice(WORDS).title()} {i}"


def document(kind: str, size: int, seed: int = 7) -> str:
    """Notes of about ``size`` bytes: one pipe table per section, or bold-term bullets."""
    rng = random.Random(seed)
    out, i = ["# Generated notes\n"], 0
    while sum(map(len, out)) < size:
        out.append(f"\n## Section {i // 40}\n\n")
        if kind == "table":
            out.append("| Service | Use Case | Key Features |\n|---|---|---|\n")
            for _ in range(40):
                other = _name(rng, rng.randrange(max(1, i)))
                out.append(
                    f"| **{_name(rng, i)}** | works with {other} | fast, {rng.choice(WORDS)} |\n"
                )
                i += 1
        else:
            for _ in range(40):
                other = _name(rng, rng.randrange(max(1, i)))
                out.append(f"- **{_name(rng, i)}**: used with {other} for {rng.choice(WORDS)}.\n")
                i += 1
    return "".join(out)


def main() -> None:
    sizes = [int(a) for a in sys.argv[1:]] or [128, 256, 512, 1024]
    results = []
    with tempfile.TemporaryDirectory() as tmp:
        for kind in ("table", "list"):
            for kb in sizes:
                path = Path(tmp) / f"{kind}-{kb}.md"
                path.write_text(document(kind, kb * 1024), encoding="utf-8")
                start = time.perf_counter()
                report = build_graph(
                    [path], Path(tmp) / f"b-{kind}-{kb}", progress=False, force=True
                )
                seconds = time.perf_counter() - start
                results.append(
                    {
                        "kind": kind,
                        "kb": kb,
                        "seconds": round(seconds, 2),
                        "seconds_per_mb": round(seconds / (kb / 1024), 2),
                        "entities": report.entities,
                        "facts": report.facts,
                    }
                )
    print(json.dumps({"benchmark": "ingest_scale", "results": results}, indent=2))


if __name__ == "__main__":
    main()
