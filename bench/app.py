"""What a user of the app waits for. Prints JSON.

- ``start_to_ready_s``: the app's first run in a fresh process, through loading the graph, the
  search indexes and the embedding model (what the spinner covers) — Streamlit's AppTest runs
  the same script the server runs, without a browser;
- ``first_question_ms`` and ``warm_question_ms`` (median of 10): the Ask page answering, graph
  and all, right after it is ready and once warm;
- ``pages_ms``: opening each page, and its main interaction;
- ``export_ms``: each export format of the streaming-ingestion answer (the Export page renders
  only the chosen one).

Run it on the built graph: ``python bench/app.py`` (``make app`` or ``mlkg build`` first).
"""

from __future__ import annotations

import json
import os
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
os.environ.setdefault("HF_HUB_OFFLINE", "1")

from app_pages.common import EXAMPLES as QUESTIONS  # noqa: E402 - the app's own examples


def _ms(t: float) -> float:
    return round((time.perf_counter() - t) * 1000, 1)


def main() -> None:
    from streamlit.testing.v1 import AppTest

    t = time.perf_counter()
    app = AppTest.from_file(str(ROOT / "app.py"), default_timeout=300).run()
    ready = _ms(t) / 1000
    assert not app.exception, app.exception

    def ask(question: str) -> float:
        app.text_input[0].set_value(question)
        t = time.perf_counter()
        next(b for b in app.button if b.label == "Ask").click().run()
        assert not app.exception, app.exception
        return _ms(t)

    first = ask(QUESTIONS[0])
    warm = [ask(QUESTIONS[k % len(QUESTIONS)]) for k in range(1, 11)]

    pages: dict[str, float] = {}
    for page in ("explore", "compare", "sparql", "export", "sources"):
        t = time.perf_counter()
        app.switch_page(f"app_pages/{page}.py").run()
        pages[f"open {page}"] = _ms(t)
        assert not app.exception, (page, app.exception)
        if page == "explore":
            app.text_input(key="explore_name").set_value("Kinesis")
            t = time.perf_counter()
            app.run()
            pages["explore: search 'Kinesis'"] = _ms(t)
            app.slider[0].set_value(2)
            t = time.perf_counter()
            app.run()
            pages["explore: depth 2"] = _ms(t)
        if page == "sparql":
            t = time.perf_counter()
            next(b for b in app.button if b.label == "Run").click().run()
            pages["sparql: run the example"] = _ms(t)
        if page == "export":
            app.selectbox[-1].set_value("pptx")
            t = time.perf_counter()
            app.run()
            pages["export: switch to PPTX"] = _ms(t)

    from graph.export import WRITERS, subgraph_bytes
    from graph.subgraph import answer_subgraph
    from mlkg import settings
    from search import Engine

    engine = Engine(settings.build_dir())
    sub = answer_subgraph(engine.view, engine.ask(QUESTIONS[0]))
    export: dict[str, float] = {}
    for fmt in WRITERS:
        subgraph_bytes(sub, fmt)  # imports (matplotlib, python-pptx) once
        t = time.perf_counter()
        subgraph_bytes(sub, fmt)
        export[fmt] = _ms(t)

    print(
        json.dumps(
            {
                "start_to_ready_s": round(ready, 2),
                "first_question_ms": first,
                "warm_question_ms": statistics.median(warm),
                "pages_ms": pages,
                "export_ms": export,
            },
            indent=2,
        )
    )


if __name__ == "__main__":
    main()
