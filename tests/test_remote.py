"""Remote engines: the graph put into real SPARQL servers (Oxigraph's from PyPI, Virtuoso Open
Source from Debian, and ``mlkg serve``), and mlkg answering against each with
``MLKG_STORE=sparql`` — the same answers as the embedded store. Servers run on 127.0.0.1 and
are stopped by the PID that started them."""

import os
import shutil
import subprocess
import sys
import threading
from contextlib import contextmanager
from pathlib import Path

import pytest

from tests import virtuoso
from tests.helpers import ROOT, SHARED, run_mlkg

OXIGRAPH = shutil.which("oxigraph") or str(Path(sys.executable).with_name("oxigraph"))


@contextmanager
def oxigraph_running():
    """An empty Oxigraph server (in memory) on 127.0.0.1; yields its base URL."""
    if not os.path.exists(OXIGRAPH):
        pytest.skip("the oxigraph server is not installed (pip install oxigraph)")
    port = virtuoso.free_port()
    proc = subprocess.Popen(
        [OXIGRAPH, "serve", "--bind", f"127.0.0.1:{port}"],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    try:
        base = f"http://127.0.0.1:{port}"
        virtuoso.wait_for(base + "/query?query=ASK%7B%7D")
        yield base
    finally:
        proc.terminate()
        proc.wait(timeout=10)


@pytest.fixture(scope="module")
def oxigraph_server(built):
    """Oxigraph's SPARQL server with the graph published by `mlkg publish`."""
    with oxigraph_running() as base:
        r = run_mlkg("publish", base + "/store", build_dir=built[0])
        assert r.returncode == 0, r.stderr
        assert "Published 1" in r.stdout
        yield base + "/query"


@pytest.fixture(scope="module")
def mlkg_server(built, engine):
    from mlkg.serve import Endpoint, Server

    ep = Endpoint(built[0])
    ep._engine = engine
    server = Server(ep, "127.0.0.1", 0)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    host, port = server.server_address[:2]
    yield f"http://{host}:{port}/sparql"
    server.shutdown()
    server.server_close()


@pytest.fixture(scope="module")
def virtuoso_server(built, tmp_path_factory):
    """Virtuoso Open Source (Debian's virtuoso-opensource-7-bin; .ci/run installs it), loaded
    with its documented bulk loader into one named graph."""
    if not virtuoso.installed():
        pytest.skip("Virtuoso is not installed (apt-get install virtuoso-opensource-7-bin)")
    with virtuoso.running(tmp_path_factory.mktemp("virtuoso")) as server:
        server.load(built[0] / "graph.nt")
        yield server.endpoint


@pytest.fixture(params=["oxigraph server", "mlkg serve", "virtuoso"])
def endpoint(request):
    name = {
        "oxigraph server": "oxigraph_server",
        "mlkg serve": "mlkg_server",
        "virtuoso": "virtuoso_server",
    }[request.param]
    return request.getfixturevalue(name)


def test_the_published_graph_answers_the_dev_questions_as_the_embedded_store(
    endpoint, built, engine, monkeypatch
):
    from search import Engine
    from search.evaluate import read_questions

    dev = SHARED / "eval" / "questions-dev.jsonl"
    if not dev.exists():
        pytest.skip("the shared dev questions are not beside the project")
    monkeypatch.setenv("MLKG_SPARQL_ENDPOINT", endpoint)
    remote = Engine(built[0], store="sparql")
    assert remote.store.name == "sparql" and len(remote.store) == len(engine.store)
    for item in read_questions(dev):
        here, there = engine.ask(item["question"]), remote.ask(item["question"])
        assert [a["label"] for a in there["answers"]] == [a["label"] for a in here["answers"]], (
            item["question"]
        )
        assert there["answered"] == here["answered"]


def test_the_cli_asks_a_remote_store(oxigraph_server, built):
    env = os.environ | {
        "MLKG_BUILD_DIR": str(built[0]),
        "MLKG_STORE": "sparql",
        "MLKG_SPARQL_ENDPOINT": oxigraph_server,
        "MLKG_SERVE_URL": "",
        "HF_HUB_OFFLINE": "1",
    }
    question = "services for streaming ingestion"
    r = subprocess.run(
        [sys.executable, "-m", "mlkg.cli", "ask", "--json", question],
        capture_output=True,
        text=True,
        env=env,
        cwd=ROOT,
    )
    assert r.returncode == 0, r.stderr
    import json

    from tests.helpers import STREAMING_INGESTION

    assert {a["label"] for a in json.loads(r.stdout)["answers"]} == STREAMING_INGESTION
    down = env | {"MLKG_SPARQL_ENDPOINT": f"http://127.0.0.1:{virtuoso.free_port()}/query"}
    r = subprocess.run(
        [sys.executable, "-m", "mlkg.cli", "ask", question],
        capture_output=True,
        text=True,
        env=down,
        cwd=ROOT,
    )
    assert r.returncode == 2 and "cannot reach the SPARQL endpoint" in r.stderr


def test_a_build_for_a_remote_store_publishes_the_changed_graph(tmp_path):
    """With MLKG_STORE=sparql the build's files stay local (with the on-disk store) and a
    changed graph is loaded into MLKG_PUBLISH_URL; without that URL the build says how."""
    import json

    from SPARQLWrapper import JSON, SPARQLWrapper

    doc = tmp_path / "notes.md"
    doc.write_text(
        "# Streaming\n\n| Service | Use case |\n|---|---|\n"
        "| Amazon Kinesis Data Streams | real-time ingestion |\n",
        encoding="utf-8",
    )
    with oxigraph_running() as base:
        env = {
            "MLKG_STORE": "sparql",
            "MLKG_SPARQL_ENDPOINT": base + "/query",
            "MLKG_PUBLISH_URL": base + "/store",
        }
        r = run_mlkg("build", "--no-search", str(doc), build_dir=tmp_path / "b", env=env)
        assert r.returncode == 0, r.stderr
        assert "Published" in r.stdout
        manifest = json.loads((tmp_path / "b" / "manifest.json").read_text())
        assert manifest["store"] == "oxigraph"
        client = SPARQLWrapper(base + "/query")
        client.setQuery("SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }")
        client.setReturnFormat(JSON)
        n = client.queryAndConvert()["results"]["bindings"][0]["n"]["value"]
        assert int(n) == manifest["triples"]
        doc.write_text(doc.read_text() + "| Amazon MSK | Kafka streams |\n", encoding="utf-8")
        env["MLKG_PUBLISH_URL"] = ""
        r = run_mlkg("build", "--no-search", str(doc), build_dir=tmp_path / "b", env=env)
        assert r.returncode == 0, r.stderr
        assert "still has the previous one: 'mlkg publish URL' loads it" in r.stdout
