"""Builds are deterministic: the same documents give the same bytes, in any process."""

import os
import subprocess
import sys

from tests.helpers import CHEATSHEET, ROOT

_BUILD = "from graph import build_graph; import sys; build_graph([sys.argv[1]], sys.argv[2], progress=False)"


def test_graph_bytes_do_not_depend_on_the_hash_seed(tmp_path):
    graphs = []
    for seed in ("1", "2"):
        out = tmp_path / f"build-{seed}"
        env = os.environ | {"PYTHONHASHSEED": seed}
        r = subprocess.run(
            [sys.executable, "-c", _BUILD, str(CHEATSHEET), str(out)],
            capture_output=True,
            text=True,
            env=env,
            cwd=ROOT,
        )
        assert r.returncode == 0, r.stderr
        graphs.append((out / "graph.nt").read_bytes())
    assert graphs[0] == graphs[1]
    assert graphs[0].count(b"\n") > 10000
