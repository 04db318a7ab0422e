"""Builds are deterministic: the same documents give the same bytes and the same search rows,
in any process (whatever PYTHONHASHSEED), so a rebuild re-embeds nothing that did not change."""

import json
import os
import subprocess
import sys

from tests.helpers import CHEATSHEET, ROOT

_BUILD = """import json, sys
from graph import build_graph, load_graph
from graph.views import read_graph_view
from search.corpus import search_rows
build_graph([sys.argv[1]], sys.argv[2], progress=False)
rows = search_rows(read_graph_view(load_graph(sys.argv[2])))
print(json.dumps([[r.kind, r.ref, r.text] for r in rows]))
"""


def test_graph_bytes_and_search_rows_do_not_depend_on_the_hash_seed(tmp_path):
    graphs, rows = [], []
    for seed in ("1", "2"):
        out = tmp_path / f"build-{seed}"
        r = subprocess.run(
            [sys.executable, "-c", _BUILD, str(CHEATSHEET), str(out)],
            capture_output=True,
            text=True,
            env=os.environ | {"PYTHONHASHSEED": seed},
            cwd=ROOT,
        )
        assert r.returncode == 0, r.stderr
        graphs.append((out / "graph.nt").read_bytes())
        rows.append(r.stdout)
    assert graphs[0] == graphs[1]
    assert graphs[0].count(b"\n") > 10000
    assert rows[0] == rows[1]


def test_answers_do_not_depend_on_the_hash_seed(built, tmp_path):
    """The same question gets the same answer in any process: ties between equally scored
    passages are broken by their ids, not by the order of a set."""
    from tests.helpers import run_mlkg

    questions = tmp_path / "questions.txt"
    questions.write_text(
        "\n".join(
            [
                "Which service would I pick to label images with human workers?",
                "tools for cleaning data before training",
                "What does a confusion matrix show?",
                "Is pipe mode faster than file mode?",
                "Which metrics suit an imbalanced classification problem?",
                "How do I keep a model from overfitting?",
            ]
        ),
        encoding="utf-8",
    )
    outs = []
    for seed in ("1", "7"):
        r = run_mlkg(
            "ask", "-f", str(questions), "--json", build_dir=built[0], env={"PYTHONHASHSEED": seed}
        )
        assert r.returncode == 0, r.stderr
        outs.append(
            [
                (a["kind"], a["confidence"], [x["label"] for x in a["answers"]])
                for a in map(json.loads, r.stdout.splitlines())
            ]
        )
    assert outs[0] == outs[1]
