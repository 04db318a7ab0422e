"""Text from documents is plain text everywhere: exports, pages and the terminal."""

import pytest

from tests.helpers import ROOT, run_mlkg

NASTY = (
    "# Injected notes\n\n## Trick Tools\n\nTools that try to break things.\n\n"
    "- **Math $\\frac{a}{$ Net**: a formula that never closes.\n"
    "- **:red[Alert] Kit**: colours the page.\n"
    "- **Bell\x07 Box\x1b[31m**: rings the terminal \x1b[2J and clears it.\n"
    "- **Form\x0cFeed Tool**: a form feed inside a name.\n"
)


@pytest.fixture(scope="module")
def nasty_build(tmp_path_factory):
    from search.rebuild import rebuild

    folder = tmp_path_factory.mktemp("nasty")
    doc = folder / "injected.md"
    doc.write_bytes(NASTY.encode("utf-8"))
    build_dir = folder / "build"
    rebuild([doc], build_dir)
    return build_dir


def _labels(build_dir):
    from graph import load_graph
    from graph.views import read_graph_view

    view = read_graph_view(load_graph(build_dir))
    return view, {e.label: iri for iri, e in view.entities.items()}


def test_the_graph_holds_no_control_characters(nasty_build):
    _, labels = _labels(nasty_build)
    text = (nasty_build / "graph.nt").read_text(encoding="utf-8")
    assert "\x1b" not in text and "\x07" not in text and "\x0c" not in text
    assert any("Math $" in label for label in labels)  # the text itself is kept


def test_every_export_writes_document_text_as_text(nasty_build, tmp_path):
    from graph.export import WRITERS, subgraph_bytes
    from graph.subgraph import neighbourhood

    view, labels = _labels(nasty_build)
    for label, iri in labels.items():
        sub = neighbourhood(view, iri, hops=1)
        sub.title = f"{label} \x01 $x$"
        for fmt in WRITERS:
            assert subgraph_bytes(sub, fmt), (label, fmt)
    math = next(iri for label, iri in labels.items() if label.startswith("Math"))
    r = run_mlkg(
        "export", "--entity", view.label(math), "--format", "png", "-o", str(tmp_path / "m.png"),
        build_dir=nasty_build,
    )  # fmt: skip
    assert r.returncode == 0 and "Traceback" not in r.stderr


def test_pages_show_document_text_as_typed(nasty_build, monkeypatch):
    from streamlit.testing.v1 import AppTest

    monkeypatch.setenv("MLKG_BUILD_DIR", str(nasty_build))
    monkeypatch.setenv("HF_HUB_OFFLINE", "1")
    app = AppTest.from_file(str(ROOT / "app.py"), default_timeout=90).run()
    assert not app.exception, app.exception
    app.text_input[0].set_value("Which tools are listed under Trick Tools?")
    app.button[0].click().run()
    assert not app.exception
    shown = [e.label for e in app.expander] + [m.value for m in app.markdown]
    assert shown and not any(":red[" in s or "$\\frac" in s for s in shown)
    app.session_state["explore_name"] = "Math"
    app.switch_page("app_pages/explore.py").run()
    assert not app.exception
    assert app.subheader[0].value.startswith("Math \\$\\\\frac")  # shown, not typeset


def test_the_terminal_gets_no_escape_codes(nasty_build):
    r = run_mlkg("entity", "Bell Box", build_dir=nasty_build)
    assert r.returncode == 0 and "\x1b" not in r.stdout and "\x07" not in r.stdout


MISTAKES = [
    ("export", "--entity", "Amazon S3", "--format", "png", "-o", "{tmp}"),
    ("export", "--entity", "Amazon S3", "--format", "png", "-o", "/dev/full"),
    ("export", "--format", "ttl", "-o", "/dev/full"),
    ("export", "--entity", "Amazon S3", "--format", "png", "-o", "{tmp}/no/such/x.png"),
    ("export", "--entity", "Amazon S3", "--hops", "-1", "--format", "png", "-o", "{tmp}/x.png"),
    ("export", "--format", "png", "-o", "{tmp}/whole.png"),
    ("ask", "-f", "{binary}"),
    ("ask", "-f", "{tmp}"),
    ("ask", "-f", "{tmp}/missing.txt"),
    ("ask", "x" * 5000),
    ("--store", "bogus", "sparql", "ASK {}"),
    ("search", "kinesis", "-k", "-5"),
    ("search", "kinesis", "-k", "many"),
    ("sparql", "-f", "{tmp}/missing.rq"),
    ("sparql", "SELECT ?x WHERE {"),
    ("sparql", "DROP ALL"),
    ("entity", "\udced\udca0\udcbd"),
    ("entity", "no such thing at all"),
    ("aks", "what is s3"),
]


@pytest.mark.parametrize("args", MISTAKES, ids=lambda a: " ".join(a)[:40])
def test_ordinary_mistakes_get_one_clear_line(built, tmp_path, args):
    import sys

    binary = tmp_path / "blob.bin"
    binary.write_bytes(bytes(range(256)) * 4)
    argv = [a.replace("{tmp}", str(tmp_path)).replace("{binary}", str(binary)) for a in args]
    r = run_mlkg(*argv, build_dir=built[0])
    assert r.returncode != 0, r.stdout
    assert "Traceback" not in r.stderr and "error" in r.stderr.lower(), r.stderr
    assert sys.executable  # the run used this interpreter


def test_a_build_folder_under_a_file_is_a_clear_error(tmp_path):
    from tests.helpers import CHEATSHEET

    (tmp_path / "afile").write_text("x", encoding="utf-8")
    r = run_mlkg("build", str(CHEATSHEET), build_dir=tmp_path / "afile" / "build")
    assert r.returncode == 2 and "Traceback" not in r.stderr
    assert "is a file, not a folder" in r.stderr


def test_the_cli_offers_every_store():
    from graph import STORES
    from mlkg.cli import STORE_NAMES

    assert sorted(STORE_NAMES) == sorted(STORES)


# -- builds are all or nothing ----------------------------------------------------------------
def _whole(build_dir) -> str:
    """The build's graph hash, after checking that its manifest, graph and index agree."""
    import hashlib
    import json

    manifest = json.loads((build_dir / "manifest.json").read_text(encoding="utf-8"))
    index = json.loads((build_dir / "search" / "search.json").read_text(encoding="utf-8"))
    graph = hashlib.sha256((build_dir / "graph.nt").read_bytes()).hexdigest()
    assert manifest["graph_sha256"] == index["graph_sha256"] == graph
    return graph


def _small_docs(tmp_path, n: int):
    docs = []
    for i in range(n):
        d = tmp_path / f"notes-{i}.md"
        d.write_text(
            f"# Notes {i}\n\n## Storage Services\n\n- **Amazon S3**: objects, set {i}.\n"
            f"- **Amazon EFS**: files.\n\n## Metrics {i}\n\n- **Recall**: found share.\n",
            encoding="utf-8",
        )
        docs.append(str(d))
    return docs


@pytest.fixture()
def complete_build(built, tmp_path):
    from search.rebuild import rebuild
    from tests.helpers import CHEATSHEET, copy_build

    build_dir = copy_build(built[0], tmp_path)
    rebuild([CHEATSHEET], build_dir)
    return build_dir


def test_a_build_that_fails_late_leaves_the_previous_build_in_use(complete_build, monkeypatch):
    from tests.helpers import CHEATSHEET

    before = _whole(complete_build)
    monkeypatch.setenv("MLKG_MODEL", str(complete_build / "no-such-model"))
    docs = _small_docs(complete_build.parent, 1)
    r = run_mlkg("build", "--force", str(CHEATSHEET), *docs, build_dir=complete_build)
    assert r.returncode == 2 and "MLKG_MODEL" in r.stderr and "Traceback" not in r.stderr
    assert _whole(complete_build) == before
    assert not list(complete_build.parent.glob("build.tmp-*"))


def test_kills_during_a_build_never_leave_a_partial_one(complete_build):
    import os
    import random
    import signal
    import subprocess
    import sys
    import time

    from tests.helpers import CHEATSHEET

    env = os.environ | {"HF_HUB_OFFLINE": "1", "MLKG_BUILD_DIR": str(complete_build)}
    docs = _small_docs(complete_build.parent, 2)
    rng = random.Random(7)
    seen = {_whole(complete_build)}
    for trial in range(5):
        args = ["build", "--force", str(CHEATSHEET), *docs[: trial % 3]]
        p = subprocess.Popen(
            [sys.executable, "-m", "mlkg.cli", *args], env=env, cwd=ROOT,
            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
        )  # fmt: skip
        time.sleep(rng.uniform(0.3, 5.0))
        p.send_signal(signal.SIGKILL)
        p.wait()
        seen.add(_whole(complete_build))  # the old build or a new one, whole
    r = run_mlkg("build", str(CHEATSHEET), build_dir=complete_build)
    assert r.returncode == 0
    _whole(complete_build)
    assert not list(complete_build.parent.glob("build.tmp-*"))  # leftovers cleaned


def test_builds_at_once_take_turns(complete_build):
    import os
    import subprocess
    import sys

    env = os.environ | {"HF_HUB_OFFLINE": "1", "MLKG_BUILD_DIR": str(complete_build)}
    docs = _small_docs(complete_build.parent, 3)
    runs = [
        subprocess.Popen(
            [sys.executable, "-m", "mlkg.cli", "build", doc],
            env=env,
            cwd=ROOT,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )  # fmt: skip
        for doc in docs
    ]
    outs = [p.communicate(timeout=300) for p in runs]
    assert all(p.returncode == 0 for p in runs), outs
    _whole(complete_build)
    from search import Engine

    engine = Engine(complete_build)  # the graph and index of one and the same build
    assert len(engine.view.units) > 0


def test_any_file_name_makes_a_graph_every_command_can_load(tmp_path):
    from graph import build_graph, load_graph

    for i, name in enumerate(['a<b>"c', "b`t{x}|y^z", "tab\there", "sp ace #1 %20"]):
        doc = tmp_path / f"{name}.md"
        doc.write_text("# T\n\n## Storage Services\n\n- **Amazon S3**: objects.\n", "utf-8")
        build_dir = tmp_path / f"build{i}"
        build_graph([doc], build_dir, progress=False)
        for store in ("oxigraph", "rdflib"):
            r = load_graph(build_dir, store).query(
                "SELECT ?l WHERE { ?d a <https://mlkg.dev/ontology#Document> ; "
                "<http://www.w3.org/2000/01/rdf-schema#label> ?l }"
            )
            assert [row[0] for row in r.rows] == [doc.name]


def test_the_document_size_limit_is_a_setting(tmp_path, monkeypatch):
    from graph import build_graph
    from ingest import ParseError

    doc = tmp_path / "big.md"
    doc.write_text("# Big\n\n" + "- **Amazon S3**: objects.\n" * 100, encoding="utf-8")
    monkeypatch.setenv("MLKG_MAX_DOCUMENT_MB", "0.001")
    with pytest.raises(ParseError, match="MLKG_MAX_DOCUMENT_MB"):
        build_graph([doc], tmp_path / "build", progress=False)
    monkeypatch.setenv("MLKG_MAX_DOCUMENT_MB", "1")
    assert build_graph([doc], tmp_path / "build", progress=False).entities >= 1


def test_the_cli_suggests_and_shows_examples():
    r = run_mlkg("aks", "what is s3")
    assert r.returncode == 2 and "did you mean 'ask'?" in r.stderr
    r = run_mlkg("--help")
    assert (
        "examples:" in r.stdout
        and "mlkg app" in r.stdout
        and "mlkg serve" in r.stdout
        and "(default: -)" not in r.stdout
    )


def test_a_query_error_counts_lines_in_the_query_as_written(built):
    r = run_mlkg("sparql", "SELECT ?x WHERE { ?x a }", build_dir=built[0])
    assert r.returncode == 2 and "line 1," in r.stderr  # not line 9: the added prefixes


def test_standard_prefixes_are_added_unless_the_query_declares_them(built):
    r = run_mlkg("sparql", "-f", str(ROOT / "examples" / "streaming.rq"), build_dir=built[0])
    assert r.returncode == 0 and "Amazon Kinesis" in r.stdout  # a comment saying "prefixes"
    r = run_mlkg("sparql", "SELECT ?l WHERE { ?s a nope:Service }", build_dir=built[0])
    assert r.returncode == 2 and "nope" in r.stderr and "PREFIX" in r.stderr
