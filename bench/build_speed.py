"""Build speed: cold build, rebuild with nothing changed, rebuild after one document changed.

The documents are the shipped ones plus, when it sits beside the repository, the shared dev
corpus (Markdown, HTML, DOCX), copied into a temporary data folder so one can be changed.
Prints JSON. Targets: cold graph build < 5 s, unchanged rebuild < 1 s (a whole `mlkg build`
process, which must not load torch); a whole cold `mlkg build` (graph and search index, fresh
caches) of the cheat sheet < 10 s and of all the documents < 30 s. "First ever" is the cheat
sheet's cold build on a machine where the encoder's ONNX file is not written yet.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from graph import Corpus, build_graph  # noqa: E402
from search.rebuild import rebuild  # noqa: E402

DEV_CORPUS = ROOT.parent / "shared" / "corpus" / "dev"
CHANGE = "\n\n- **Quokka Insights:** A made-up service, appended to change this document.\n"


def _copy_documents(folder: Path) -> list[Path]:
    folder.mkdir(parents=True)
    sources = Corpus(ROOT / "data", ROOT / "data" / "uploads").documents()
    if DEV_CORPUS.is_dir():
        sources += Corpus(DEV_CORPUS, DEV_CORPUS / "uploads").documents()
    for path in sources:
        shutil.copy(path, folder / path.name)
    return Corpus(folder, folder / "uploads").documents()


def _timed(fn):
    t = time.perf_counter()
    result = fn()
    return time.perf_counter() - t, result


def _cli_build(
    build_dir: Path, docs: list[Path], model_cache: Path | None = None
) -> tuple[float, str]:
    """Wall time of a whole ``mlkg build`` process, and its output (``model_cache``: where the
    encoder's ONNX file is kept, default the user's cache)."""
    code = (
        "import sys; from mlkg.cli import main; main(sys.argv[1:]); "
        "print('torch loaded:', 'torch' in sys.modules)"
    )
    env = os.environ | {"MLKG_BUILD_DIR": str(build_dir), "HF_HUB_OFFLINE": "1"}
    if model_cache is not None:
        env["MLKG_CACHE_DIR"] = str(model_cache)
    t = time.perf_counter()
    r = subprocess.run(
        [sys.executable, "-c", code, "build", *map(str, docs)],
        capture_output=True,
        text=True,
        env=env,
        cwd=ROOT,
        check=True,
    )
    return time.perf_counter() - t, r.stdout


def main() -> None:
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--runs", type=int, default=3, help="cold graph builds (best is reported)")
    args = p.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        tmp = Path(tmp)
        docs = _copy_documents(tmp / "data")
        cold = []
        for run in range(args.runs):  # each with empty caches
            cold.append(
                _timed(lambda r=run: build_graph(docs, tmp / f"c{r}" / "b", progress=False))[0]
            )
        cold_bytes = {(tmp / f"c{r}" / "b" / "graph.nt").read_bytes() for r in range(args.runs)}
        build_dir = tmp / "data" / "build"
        # whole `mlkg build` processes, cold: fresh build folder, vector cache and store
        cheatsheet = [d for d in docs if d.parent == tmp / "data" and "cheatsheet" in d.name]
        first_ever = _cli_build(tmp / "f" / "build", cheatsheet, tmp / "model-cache")[0]
        cold_one = min(_cli_build(tmp / f"o{r}" / "build", cheatsheet)[0] for r in range(2))
        cold_all = _cli_build(tmp / "a" / "build", docs)[0]
        full_s, first = _timed(lambda: rebuild(docs, build_dir))
        warm = [_cli_build(build_dir, docs) for _ in range(3)]
        changed = (
            docs[-1] if docs[-1].suffix == ".md" else next(d for d in docs if d.suffix == ".md")
        )
        changed.write_text(changed.read_text(encoding="utf-8") + CHANGE, encoding="utf-8")
        one_s, again = _timed(lambda: rebuild(docs, build_dir))
    print(
        json.dumps(
            {
                "benchmark": "build",
                "documents": [d.name for d in docs],
                "cold_graph_best_s": round(min(cold), 3),
                "cold_builds_byte_identical": len(cold_bytes) == 1,
                "cold_graph_and_search_s": round(full_s, 3),
                "cold_mlkg_build_cheatsheet_s": round(cold_one, 2),
                "cold_mlkg_build_cheatsheet_first_ever_s": round(first_ever, 2),
                "cold_mlkg_build_all_documents_s": round(cold_all, 2),
                "rows": first.search["rows"],
                "unchanged_mlkg_build_process_s": round(sorted(t for t, _ in warm)[1], 3),
                "unchanged_said": warm[-1][1].splitlines()[0],
                "unchanged_loaded_torch": "torch loaded: True" in warm[-1][1],
                "one_document_changed": changed.name,
                "one_document_changed_s": round(one_s, 3),
                "documents_parsed_again": [d.name for d in again.graph.documents if not d.cached],
                "rows_embedded_again": again.search["encoded"],
                "targets_s": {
                    "cold_graph": 5.0,
                    "unchanged": 1.0,
                    "cold_mlkg_build_cheatsheet": 10.0,
                    "cold_mlkg_build_all_documents": 30.0,
                },
                "entities": again.graph.entities,
                "facts": again.graph.facts,
                "triples": again.graph.triples,
            },
            indent=2,
        )
    )


if __name__ == "__main__":
    main()
