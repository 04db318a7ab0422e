"""Latency of a warm question against the bare encoding of the question. Prints JSON.

Target: a warm ``ask`` costs at most 3x one MiniLM encoding of the question (single queries
run with one torch thread and one faiss thread, so a busy second core does not stall them).
"""

from __future__ import annotations

import json
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from search import Engine  # noqa: E402
from search.evaluate import read_questions  # noqa: E402


def timed(fn, *args) -> float:
    t = time.perf_counter()
    fn(*args)
    return (time.perf_counter() - t) * 1000


def one_shot(runs: int = 3) -> float:
    """A whole ``mlkg ask "..."`` in a fresh process, no server running: best of ``runs``
    (its question is encoded by the numpy encoder; torch is not imported)."""
    import os
    import subprocess

    env = os.environ | {"MLKG_SERVE_URL": "", "HF_HUB_OFFLINE": "1"}
    best = float("inf")
    for _ in range(runs):
        t = time.perf_counter()
        subprocess.run(
            [sys.executable, "-m", "mlkg.cli", "ask", "Define RMSProp"],
            capture_output=True,
            env=env,
            cwd=ROOT,
            check=True,
        )
        best = min(best, time.perf_counter() - t)
    return round(best, 2)


def main(rounds: int = 3) -> None:
    qfile = ROOT.parent / "shared" / "eval" / "questions-dev.jsonl"
    questions = (
        [q["question"] for q in read_questions(qfile)]
        if qfile.exists()
        else [
            "services for streaming ingestion",
            "Which algorithms are suitable for classification?",
            "What is TF-IDF?",
        ]
    )
    t = time.perf_counter()
    engine = Engine(ROOT / "data" / "build")
    load_ms = (time.perf_counter() - t) * 1000
    engine.warm()  # a long-running process (the app, mlkg serve): everything loaded
    for q in questions:  # warm up: model, caches
        engine.ask(q)
    encode = [timed(engine.encode, q) for _ in range(rounds) for q in questions]
    ask = [timed(engine.ask, q) for _ in range(rounds) for q in questions]
    enc50, ask50 = statistics.median(encode), statistics.median(ask)
    ask95 = sorted(ask)[int(0.95 * (len(ask) - 1))]
    print(
        json.dumps(
            {
                "benchmark": "latency",
                "questions": len(questions),
                "rounds": rounds,
                "engine_load_ms": round(load_ms, 1),
                "encode_ms_p50": round(enc50, 2),
                "ask_ms_p50": round(ask50, 2),
                "ask_ms_p95": round(ask95, 2),
                "ratio_p50": round(ask50 / enc50, 2),
                "target_ratio": 3.0,
                "one_shot_mlkg_ask_s": one_shot(),
            },
            indent=2,
        )
    )


if __name__ == "__main__":
    main()
