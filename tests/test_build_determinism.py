"""Builds are deterministic: the same documents give the same bytes and the same search rows,
in any process (whatever PYTHONHASHSEED), so a rebuild re-embeds nothing that did not change."""

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
