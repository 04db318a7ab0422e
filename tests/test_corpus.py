"""Many documents: incremental builds, per-document reports, adding and removing documents."""

import json
import os
import subprocess
import sys

import pytest

from graph import Corpus, build_graph, load_graph, sparql_prefixes
from ingest import ParseError
from tests.helpers import CHEATSHEET, ROOT, copy_build, run_mlkg

SERVICES = """# Storage choices

| AWS Service | Description |
|---|---|
| Amazon S3 | Object storage for data lakes. |
| Amazon EFS | Shared file system for training jobs. |
"""
ALGORITHMS = """# Algorithms

- **Random Cut Forest:** Detects anomalies in streams.
- **DeepAR:** Forecasts time series with recurrent networks.
"""


@pytest.fixture
def two_documents(tmp_path):
    (tmp_path / "services.md").write_text(SERVICES, encoding="utf-8")
    (tmp_path / "algorithms.md").write_text(ALGORITHMS, encoding="utf-8")
    return [tmp_path / "services.md", tmp_path / "algorithms.md"]


def test_only_the_changed_document_is_read_again(two_documents, tmp_path, monkeypatch):
    import graph.build

    parsed = []
    parse = graph.build.parse_document
    monkeypatch.setattr(
        graph.build,
        "parse_document",
        lambda data, name, suffix: parsed.append(name) or parse(data, name, suffix),
    )
    out = tmp_path / "build"
    first = build_graph(two_documents, out, progress=False)
    assert parsed == ["services.md", "algorithms.md"] and not first.up_to_date
    assert build_graph(two_documents, out, progress=False).up_to_date
    assert len(parsed) == 2
    two_documents[1].write_text(
        ALGORITHMS + "- **XGBoost:** Gradient boosted trees.\n", encoding="utf-8"
    )
    again = build_graph(two_documents, out, progress=False)
    assert parsed[2:] == ["algorithms.md"]
    assert [d.cached for d in again.documents] == [True, False]
    assert again.documents[1].entities == first.documents[1].entities + 1


def test_up_to_date_build_loads_neither_torch_nor_the_model(built, engine, tmp_path):
    out = copy_build(built[0], tmp_path)
    # brings the copy up to date if the code changed since the session built it (no embedding
    # unless rows changed: the vector cache was copied along)
    assert run_mlkg("build", str(CHEATSHEET), build_dir=out).returncode == 0
    code = (
        "import sys; from mlkg.cli import main; rc = main(['build', sys.argv[1]]); "
        "print(rc, 'torch' in sys.modules, 'sentence_transformers' in sys.modules)"
    )
    r = subprocess.run(
        [sys.executable, "-c", code, str(CHEATSHEET)],
        capture_output=True,
        text=True,
        cwd=ROOT,
        env=os.environ | {"MLKG_BUILD_DIR": str(out), "HF_HUB_OFFLINE": "1"},
    )
    lines = r.stdout.splitlines()
    assert lines[0].startswith("Up to date:"), r.stdout + r.stderr
    assert lines[-1] == "0 False False"


def test_sources_lists_each_document_with_what_it_gave(two_documents, tmp_path):
    out = tmp_path / "build"
    r = run_mlkg("build", "--no-search", *map(str, two_documents), build_dir=out)
    assert r.returncode == 0, r.stderr
    assert (
        sum(line.startswith(("  services.md", "  algorithms.md")) for line in r.stdout.splitlines())
        == 2
    )
    r = run_mlkg("sources", "--json", build_dir=out)
    docs = {d["name"]: d for d in json.loads(r.stdout)}
    assert list(docs) == ["services.md", "algorithms.md"]
    assert docs["services.md"]["format"] == "markdown" and len(docs["services.md"]["sha256"]) == 64
    assert docs["algorithms.md"]["warnings"] == [] and docs["algorithms.md"]["seconds"] >= 0
    store = load_graph(out)
    for name, d in docs.items():
        where = f'?u dcterms:source/rdfs:label "{name}" .'
        count = "SELECT (COUNT(DISTINCT ?x) AS ?n) WHERE {{ {} {} }}"
        n = {
            "text_units": count.format(where, "BIND(?u AS ?x)"),
            "entities": count.format(where, "?u mlkg:mentions ?x ."),
            "facts": count.format(where, "?x prov:wasDerivedFrom ?u ."),
        }
        for key, query in n.items():
            assert d[key] == int(store.query(sparql_prefixes() + query).rows[0][0]) > 0, key
    assert docs["services.md"]["entities"] >= 2 and docs["services.md"]["text_units"] >= 2


def test_a_bad_document_is_left_out_and_named_and_the_rest_builds(two_documents, tmp_path):
    out = tmp_path / "build"
    build_graph(two_documents, out, progress=False)
    before = (out / "graph.nt").read_bytes()
    empty = tmp_path / "empty.md"
    empty.write_text("\n\n   \n", encoding="utf-8")
    binary = tmp_path / "notes.txt"
    binary.write_bytes(b"\x00\x01\x02binary")
    report = build_graph([*two_documents, empty, binary], out, progress=False)
    assert [d.name for d in report.documents] == [p.name for p in two_documents]
    errors = {d.name: d.error for d in report.failed}
    assert errors["empty.md"].endswith(
        "empty.md:1: nothing to read (no text found in the document)"
    )
    assert "notes.txt:1: not a text document" in errors["notes.txt"]
    assert (out / "graph.nt").read_bytes() == before  # the two good documents, as before
    # nothing readable at all: an error, and the previous graph stays
    with pytest.raises(ParseError, match=r"empty\.md:1: nothing to read"):
        build_graph([empty], out, progress=False)
    assert (out / "graph.nt").read_bytes() == before


def test_adding_never_overwrites_and_only_added_documents_go(two_documents, tmp_path):
    corpus = Corpus(tmp_path, tmp_path / "uploads")
    added = corpus.add(
        [("services.md", b"# Other\n\ntext\n"), ("algorithms.md", ALGORITHMS.encode())]
    )
    assert [(a.name, a.new) for a in added] == [("services (2).md", True), ("algorithms.md", False)]
    assert (tmp_path / "services.md").read_text(encoding="utf-8") == SERVICES
    assert [p.name for p in corpus.documents()] == [
        "algorithms.md",
        "services.md",
        "services (2).md",
    ]
    with pytest.raises(FileNotFoundError, match="shipped document cannot be removed"):
        corpus.remove("services.md")
    with pytest.raises(ParseError, match=r"notes\.xyz:1: unsupported document type"):
        corpus.add([("notes.xyz", b"text")])
    corpus.remove("services (2).md")
    assert corpus.uploaded() == []


def test_removing_several_documents_puts_all_back_when_one_is_not_there(two_documents, tmp_path):
    from mlkg.cli import make_parser
    from search.rebuild import remove_documents

    corpus = Corpus(tmp_path, tmp_path / "uploads")
    corpus.add([("quill.md", b"# Quill\n\ntext\n"), ("fern.md", b"# Fern\n\nmore\n")])
    with pytest.raises(FileNotFoundError, match="nope.md: no such added document"):
        remove_documents(corpus, ["quill.md", "nope.md"], tmp_path / "build")
    assert sorted(corpus.uploaded()) == ["fern.md", "quill.md"]  # nothing was lost
    # the command takes several names, as "mlkg add" takes several files
    assert make_parser().parse_args(["remove", "quill.md", "fern.md"]).names == [
        "quill.md",
        "fern.md",
    ]


def test_cli_build_names_a_bad_document_and_builds_the_rest(two_documents, tmp_path):
    from tests.helpers import run_mlkg

    bad = tmp_path / "broken.pdf"
    bad.write_bytes(b"%PDF-1.4 not really")
    r = run_mlkg(
        "build", "--no-search", *map(str, two_documents), str(bad), build_dir=tmp_path / "b"
    )
    assert r.returncode == 1
    assert "broken.pdf:1: not a readable PDF" in r.stderr and "left out" in r.stderr
    assert "Traceback" not in r.stderr
    r = run_mlkg("sources", build_dir=tmp_path / "b")
    assert "broken.pdf: not built" in r.stdout


def test_a_reader_failing_leaves_its_document_out_and_the_rest_builds(
    two_documents, tmp_path, monkeypatch
):
    # a library raising on what some tool wrote (python-docx on a size "40.00000000000") is
    # that document's error, not the build's
    import ingest.docx

    def failing(data, name):
        raise ValueError("invalid literal for int() with base 10: '40.00000000000'")

    monkeypatch.setattr(ingest.docx, "parse_docx_document", failing)
    odd = tmp_path / "odd.docx"
    odd.write_bytes(b"PK\x03\x04 not really")
    report = build_graph([*two_documents, odd], tmp_path / "build", progress=False)
    assert [d.name for d in report.documents] == [p.name for p in two_documents]
    (error,) = [d.error for d in report.failed]
    assert "odd.docx" in error and "the docx reader failed: ValueError" in error
