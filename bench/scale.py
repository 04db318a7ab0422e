"""How build and answering cost grow with the corpus. Prints JSON.

For each size N (default 1, 10, 100, 1000), N cheat-sheet-like documents are generated from the
shipped document's structure with varied names (every entity name the graph found in it gets a
per-document variant, so N documents hold N times as many things, not N copies of one), then
built cold in a fresh folder with fresh caches: build seconds (graph, store, search index),
peak memory of the build process, triples, search rows, on-disk store size, and the median warm
``ask`` latency over a few questions.

    python bench/scale.py --sizes 1,10        # minutes; 100 takes about a quarter of an hour
    python bench/scale.py --graph-only        # the graph and its store alone, up to 1,000
"""

from __future__ import annotations

import argparse
import json
import os
import re
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
CHEATSHEET = ROOT / "data" / "aws-ml-specialty-cheatsheet.md"
QUESTIONS = [
    "services for streaming ingestion",
    "Which algorithms suit forecasting?",
    "Define RMSProp",
]
SUFFIXES = ["Alpha", "Beta", "Gamma", "Delta", "Epsilon", "Zeta", "Eta", "Theta", "Iota", "Kappa"]


def names_in(document: Path) -> list[str]:
    """The entity labels and aliases the graph reads from ``document``, longest first."""
    sys.path.insert(0, str(ROOT))
    from graph.vocabulary import class_names, listed_relations, relation_cues
    from ingest.extract import extract_documents

    x = extract_documents(
        [document], cues=relation_cues(), class_names=class_names(), listed=listed_relations()
    )
    names = {n for e in x.entities.values() for n in (e.label, *e.aliases) if len(n) >= 4}
    return sorted(names, key=len, reverse=True)


def variant(k: int) -> str:
    """A name suffix per document: "Alpha", ..., "Kappa", "Alpha 2", ..."""
    word = SUFFIXES[k % len(SUFFIXES)]
    return word if k < len(SUFFIXES) else f"{word} {k // len(SUFFIXES) + 1}"


def generate(folder: Path, n: int, names: list[str]) -> None:
    text = CHEATSHEET.read_text(encoding="utf-8")
    pattern = re.compile("|".join(re.escape(x) for x in names))
    for k in range(n):
        tag = variant(k)
        body = pattern.sub(r"\g<0> " + tag, text) if k else text
        (folder / f"notes-{k:04d}.md").write_text(body, encoding="utf-8")


LOOKUP = 'SELECT ?e WHERE { ?e <http://www.w3.org/2000/01/rdf-schema#label> "Amazon Kinesis Data Streams" }'


def _warm_query_ms(env: dict) -> float | None:
    """Median time of a label lookup on the build's store, opened once (graph-only builds)."""
    code = (
        "import statistics, sys, time; from graph import load_graph; from mlkg import settings; "
        "t = time.perf_counter(); s = load_graph(settings.build_dir()); "
        "print((time.perf_counter() - t) * 1000); s.query(sys.argv[1]); ts = []\n"
        "for _ in range(9):\n t = time.perf_counter(); s.query(sys.argv[1]); "
        "ts.append((time.perf_counter() - t) * 1000)\n"
        "print(statistics.median(ts))"
    )
    r = subprocess.run(
        [sys.executable, "-c", code, LOOKUP], capture_output=True, text=True, env=env, cwd=ROOT
    )
    return [float(x) for x in r.stdout.split()] if r.returncode == 0 else None


def measure(n: int, names: list[str], graph_only: bool = False) -> dict:
    with tempfile.TemporaryDirectory(prefix="mlkg-scale-") as tmp:
        tmp = Path(tmp)
        docs = tmp / "data"
        docs.mkdir()
        generate(docs, n, names)
        env = os.environ | {
            "MLKG_DATA_DIR": str(docs),
            "MLKG_BUILD_DIR": str(tmp / "build"),
            "HF_HUB_OFFLINE": "1",
            "MLKG_SERVE_URL": "",
        }
        t = time.perf_counter()
        r = subprocess.run(
            ["/usr/bin/time", "-f", "%M", sys.executable, "-m", "mlkg.cli", "build", "--json"]
            + (["--no-search"] if graph_only else []),
            capture_output=True,
            text=True,
            env=env,
            cwd=ROOT,
        )
        seconds = time.perf_counter() - t
        if r.returncode != 0:
            return {"documents": n, "error": r.stderr.strip().splitlines()[-1:]}
        report = json.loads(r.stdout)
        peak_kb = int(r.stderr.strip().splitlines()[-1])
        graph = report.get("graph", report)
        store = next((tmp / ".cache" / "stores").glob("*"), None)
        store_mb = (
            sum(f.stat().st_size for f in store.rglob("*") if f.is_file()) / 1e6 if store else 0
        )
        common = {
            "documents": n,
            "corpus_mb": round(sum(f.stat().st_size for f in docs.iterdir()) / 1e6, 2),
            "build_s" if not graph_only else "graph_build_s": round(seconds, 1),
            "peak_mb": round(peak_kb / 1024),
            "entities": graph.get("entities"),
            "triples": graph.get("triples"),
            "store_mb": round(store_mb, 1),
        }
        if graph_only:
            opened = _warm_query_ms(env)
            return common | {
                "store_open_ms": round(opened[0], 1) if opened else None,
                "label_lookup_ms_p50": round(opened[1], 2) if opened else None,
            }
        code = (
            "import json, statistics, sys, time; from search import Engine; from mlkg import "
            "settings; e = Engine(settings.build_dir()); e.warm(); qs = json.loads("
            "sys.argv[1]); [e.ask(q) for q in qs]; ts = []\n"
            "for q in qs * 3:\n t = time.perf_counter(); e.ask(q); "
            "ts.append((time.perf_counter() - t) * 1000)\n"
            "print(statistics.median(ts))"
        )
        ask = subprocess.run(
            [sys.executable, "-c", code, json.dumps(QUESTIONS)],
            capture_output=True,
            text=True,
            env=env,
            cwd=ROOT,
        )
        warm = float(ask.stdout.strip().splitlines()[-1]) if ask.returncode == 0 else None
        search = report.get("search") or {}
        return common | {
            "search_rows": search.get("rows"),
            "warm_ask_ms_p50": round(warm, 1) if warm is not None else None,
        }


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--sizes", default="1,10,100,1000", help="comma-separated document counts")
    ap.add_argument(
        "--graph-only",
        action="store_true",
        help="build the graph and its store only (no search index); time a SPARQL lookup",
    )
    args = ap.parse_args()
    names = names_in(CHEATSHEET)
    rows = [measure(int(n), names, args.graph_only) for n in args.sizes.split(",")]
    print(json.dumps({"benchmark": "scale", "sizes": rows}, indent=2))


if __name__ == "__main__":
    main()
