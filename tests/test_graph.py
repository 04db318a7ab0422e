"""The built graph: stores, SPARQL, entities, SHACL, exports, safe rebuilds."""

import json
import subprocess
import sys
import time
from pathlib import Path

import pytest
from rdflib import Graph

from graph import (
    STORES,
    QueryError,
    build_graph,
    describe_entity,
    find_entities,
    load_graph,
    sparql_prefixes,
)
from tests.helpers import CHEATSHEET, ROOT, run_mlkg

STREAMING = (
    sparql_prefixes()
    + """
SELECT DISTINCT ?label WHERE {
  ?service a mlkg:Service ; rdfs:label ?label ; mlkg:inCategory ?c .
  ?c rdfs:label "Streaming Data" ; mlkg:kind/rdfs:label "Ingestion Type" .
} ORDER BY ?label"""
)
FIVE = [
    "Amazon Kinesis",
    "Amazon Kinesis Data Firehose",
    "Amazon Kinesis Data Streams",
    "Amazon Kinesis Video Streams",
    "Amazon Managed Streaming for Apache Kafka",
]


LOCAL_STORES = sorted(set(STORES) - {"sparql"})  # the remote one: tests/test_remote.py


@pytest.mark.parametrize("backend", LOCAL_STORES)
def test_streaming_ingestion_query_on_every_store(built, backend):
    store = load_graph(built[0], backend)
    assert [r[0] for r in store.query(STREAMING).rows] == FIVE


def test_readme_query_matches(built):
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    assert 'rdfs:label "Streaming Data"' in readme and "mlkg:inCategory" in readme


@pytest.mark.parametrize(
    "spelling, label",
    [
        ("Glue", "AWS Glue"),
        ("Amazon Lambda", "AWS Lambda"),
        ("AWS Kinesis", "Amazon Kinesis"),
        ("Kinesis Data Firehose", "Amazon Kinesis Data Firehose"),
        ("AWS QuickSight", "Amazon QuickSight"),
        ("SageMaker Clarify", "Amazon SageMaker Clarify"),
    ],
)
def test_one_node_whatever_the_spelling(store, spelling, label):
    hits = find_entities(store, spelling)
    assert [h["label"] for h in hits if h["match"] == "exact"] == [label]
    assert hits[0]["label"] == label
    n = store.query(
        sparql_prefixes() + f'SELECT (COUNT(DISTINCT ?e) AS ?n) WHERE {{ ?e rdfs:label "{label}" }}'
    )
    assert n.rows[0][0] == "1"


def test_entity_search_lists_partial_matches_and_near_spellings(store):
    kinesis = find_entities(store, "Kinesis")
    assert (kinesis[0]["label"], kinesis[0]["match"]) == ("Amazon Kinesis", "exact")
    assert {"Amazon Kinesis Data Streams", "Amazon Kinesis Data Firehose"} <= {
        h["label"] for h in kinesis if h["match"] == "partial"
    }  # an exact alias no longer hides the services whose names go on
    typo = find_entities(store, "Kinesys")
    assert typo and all(h["match"] == "similar" for h in typo)
    assert typo[0]["label"].startswith("Amazon Kinesis")
    assert [h["label"] for h in find_entities(store, "xgbost")][:1] == ["XGBoost"]
    assert find_entities(store, "qwzx vbnm") == []


def test_entity_card_has_facts_with_sources(store):
    card = describe_entity(store, find_entities(store, "DeepAR")[0]["iri"])
    assert card["type"] == "Algorithm"
    others = {f["olabel"] for f in card["facts"]}
    assert {"Forecasting", "Amazon Forecast"} <= others
    assert all(f["doc"] == CHEATSHEET.name and int(f["line"]) > 0 for f in card["facts"])


def test_updates_and_service_are_refused(store):
    n = len(store)
    for q in [
        "INSERT DATA { <urn:a> <urn:b> <urn:c> }",
        "SELECT * WHERE { SERVICE <http://x> { ?s ?p ?o } }",
    ]:
        with pytest.raises(QueryError, match="read-only"):
            store.query(q)
    assert len(store) == n
    # the words inside strings are fine
    assert store.query('ASK { ?s ?p "INSERT" }').boolean is False


@pytest.fixture()
def listener():
    """A local HTTP listener that records every connection it gets (none should come)."""
    import socket
    import threading

    srv = socket.socket()
    srv.bind(("127.0.0.1", 0))
    srv.listen(8)
    srv.settimeout(0.2)
    hits: list[bytes] = []
    stop = threading.Event()

    def serve():
        while not stop.is_set():
            try:
                conn, _ = srv.accept()
            except OSError:
                continue
            with conn:
                conn.settimeout(1)
                try:
                    hits.append(conn.recv(4096))
                except OSError:
                    hits.append(b"")

    t = threading.Thread(target=serve, daemon=True)
    t.start()
    yield f"http://127.0.0.1:{srv.getsockname()[1]}/sparql", hits
    stop.set()
    t.join(2)
    srv.close()


@pytest.mark.parametrize("name", LOCAL_STORES)
def test_no_query_form_reaches_the_network(built, listener, name):
    from graph.store import open_store

    url, hits = listener
    store = open_store(name, built[0] / "graph.nt")
    refused = [
        f"SELECT * WHERE {{ SERVICE <{url}> {{ ?s ?p ?o }} }}",
        f"SELECT * WHERE {{ FILTER(1<2)SERVICE<{url}>{{?s ?p ?o}} }}",
        f"SELECT * WHERE {{ \\u0053ERVICE <{url}> {{ ?s ?p ?o }} }}",
        f"SELECT * WHERE {{ ?x ?y ?z OPTIONAL {{ service silent <{url}> {{ ?s ?p ?o }} }} }}",
        f"ASK {{ SERVICE <{url}> {{ ?s ?p ?o }} }}",
        f"CONSTRUCT {{ ?s ?p ?o }} WHERE {{ SERVICE <{url}> {{ ?s ?p ?o }} }}",
        f"LOAD <{url}>",
        f"LOAD SILENT <{url}> INTO GRAPH <urn:g>",
        f"INSERT {{ ?s ?p ?o }} WHERE {{ SERVICE <{url}> {{ ?s ?p ?o }} }}",
    ]
    for q in refused:
        with pytest.raises(QueryError, match="read-only"):
            store.query(q)
    # a dataset clause names a graph of the store; it never fetches one
    store.query(f"SELECT * FROM <{url}> WHERE {{ ?s ?p ?o }} LIMIT 1")
    try:
        store.query(f"SELECT * FROM NAMED <{url}> WHERE {{ GRAPH ?g {{ ?s ?p ?o }} }} LIMIT 1")
    except QueryError:
        pass  # the in-memory rdflib store has no named graphs; it says so
    store.query(f"DESCRIBE <{url}>")
    assert hits == []


def test_cli_queries_stop_at_the_time_limit_and_the_result_cap(built, monkeypatch):
    def query_processes() -> int:
        found = 0
        for cmd in Path("/proc").glob("[0-9]*/cmdline"):
            try:
                found += b"multiprocessing.spawn" in cmd.read_bytes()
            except OSError:
                pass
        return found

    before = query_processes()
    monkeypatch.setenv("MLKG_QUERY_TIMEOUT", "2")
    runaway = "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i }"
    r = run_mlkg("sparql", runaway, build_dir=built[0])
    assert r.returncode == 2 and "time limit" in r.stderr and "Traceback" not in r.stderr
    # the stopped query's process is gone (a busy machine may take a moment to reap it)
    for _ in range(50):
        if query_processes() <= before:
            break
        time.sleep(0.1)
    assert query_processes() <= before
    monkeypatch.setenv("MLKG_QUERY_MAX_ROWS", "4")
    r = run_mlkg("sparql", "SELECT ?s WHERE { ?s ?p ?o }", "--json", build_dir=built[0])
    assert r.returncode == 0 and len(json.loads(r.stdout)) == 4
    assert "result cap" in r.stderr
    r = run_mlkg(
        "export", "--sparql", "CONSTRUCT { ?s ?p ?o } WHERE { ?s ?p ?o }", "--format", "mermaid",
        "-o", str(built[0].parent / "cap.mmd"), build_dir=built[0],
    )  # fmt: skip
    assert r.returncode == 0 and "result cap" in r.stderr


def test_syntax_errors_are_clear(store):
    with pytest.raises(QueryError, match="syntax"):
        store.query("SELEC ?x WHERE {")


def test_shacl_conforms(built):
    from graph.validate import validate_graph

    conforms, text, violations = validate_graph(built[0] / "graph.nt")
    assert conforms, text
    assert violations == 0


def test_failed_build_keeps_previous_graph(tmp_path):
    out = tmp_path / "build"
    build_graph([CHEATSHEET], out, progress=False)
    before = (out / "graph.nt").read_bytes()
    bad = tmp_path / "bad.md"
    bad.write_bytes(b"# ok\n\nline two\n\xff\xfe broken\n")
    from ingest import ParseError

    with pytest.raises(ParseError, match=r"bad\.md:4: not UTF-8"):
        build_graph([bad], out, progress=False)
    assert (out / "graph.nt").read_bytes() == before
    assert not list(tmp_path.glob("build.tmp-*"))


@pytest.fixture(scope="module")
def cli_env(built):
    return built[0]


def test_cli_sparql_formats(cli_env):
    r = run_mlkg("sparql", "--format", "csv", STREAMING, build_dir=cli_env)
    assert r.returncode == 0, r.stderr
    assert r.stdout.splitlines() == ["label", *FIVE]
    r = run_mlkg("sparql", "INSERT DATA { <urn:a> <urn:b> <urn:c> }", build_dir=cli_env)
    assert r.returncode == 2 and "read-only" in r.stderr


def test_cli_entity_and_export_roundtrip(cli_env, tmp_path):
    r = run_mlkg("entity", "Amazon Lambda", build_dir=cli_env)
    assert r.returncode == 0 and r.stdout.startswith("AWS Lambda  (AWS service)")
    for fmt in ("nt", "ttl", "jsonld"):
        out = tmp_path / f"g.{fmt}"
        r = run_mlkg("export", "--format", fmt, "-o", str(out), build_dir=cli_env)
        assert r.returncode == 0, r.stderr
        g = Graph()
        g.parse(str(out), format={"nt": "nt", "ttl": "turtle", "jsonld": "json-ld"}[fmt])
        assert len(g) > 10000


def test_cli_entity_lists_partial_matches_and_suggests_near_spellings(cli_env):
    r = run_mlkg("entity", "Kinesis", build_dir=cli_env)
    assert r.returncode == 0 and r.stdout.startswith("Amazon Kinesis  (AWS service)")
    assert "Also matching: " in r.stdout and "Amazon Kinesis Data Streams" in r.stdout
    r = run_mlkg("entity", "Kinesys", build_dir=cli_env)
    assert r.returncode == 1 and "did you mean 'Amazon Kinesis'" in r.stderr
    assert len(r.stderr.strip().splitlines()) == 1


def test_cli_ask_answers_many_questions_with_one_load(cli_env):
    import json

    piped = "services for streaming ingestion\n\nDefine RMSProp\n"
    r = run_mlkg("ask", "--json", build_dir=cli_env, stdin=piped)
    assert r.returncode == 0, r.stderr
    answers = [json.loads(line) for line in r.stdout.splitlines()]
    assert [a["question"] for a in answers] == [
        "services for streaming ingestion",
        "Define RMSProp",
    ]
    assert len(answers[0]["answers"]) == 5
    assert "%|" not in r.stderr and "Loading" not in r.stderr  # no library progress bars


def test_cli_build_json_and_bad_input(tmp_path):
    import json

    r = run_mlkg("build", "--json", "--no-search", str(CHEATSHEET), build_dir=tmp_path / "b")
    assert r.returncode == 0, r.stderr
    report = json.loads(r.stdout)
    assert report["entities_by_type"]["Service"] > 40 and report["facts"] > 1000
    bad = tmp_path / "notes.xyz"
    bad.write_bytes(b"text")
    r = run_mlkg("build", str(bad), build_dir=tmp_path / "b")
    assert r.returncode == 2 and "notes.xyz:1: unsupported document type" in r.stderr


def test_help_does_not_import_torch():
    code = "import sys; from mlkg.cli import make_parser; make_parser(); print('torch' in sys.modules, 'rdflib' in sys.modules)"
    r = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT)
    assert r.stdout.split() == ["False", "False"]


def test_an_entity_card_says_each_fact_of_a_line_once(store):
    hits = find_entities(store, "XGBoost")
    card = describe_entity(store, hits[0]["iri"])
    said = [(f["dir"], (f["olabel"] or f["value"] or "").lower(), f["line"]) for f in card["facts"]]
    assert len(said) == len(set(said))
    assert any(f["criterion"] == "Description" for f in card["facts"])  # the document's column


def test_a_path_reads_from_where_it_starts():
    from graph.subgraph import path_steps

    steps = [("x", "suitableFor", "c"), ("m", "evaluates", "c"), ("m", "implementedWith", "t")]
    assert path_steps("x", steps) == [
        ("suitableFor", "c", True),
        ("evaluates", "m", False),  # walked against the fact: "m evaluates c"
        ("implementedWith", "t", True),
    ]


def test_a_build_keeps_an_on_disk_store_that_outlives_a_rebuild(tmp_path):
    from graph import load_graph, open_store
    from search.rebuild import rebuild

    doc = tmp_path / "notes.md"
    doc.write_text(
        "# Notes\n\n| Service | Use Case |\n|---|---|\n| Amazon Kinesis | Streaming data |\n",
        encoding="utf-8",
    )
    build = tmp_path / "build"
    rebuild([doc], build, with_search=False)
    first = load_graph(build)
    assert first.on_disk  # opened read-only from .cache/stores, not parsed again
    n = len(first)
    assert n == len(open_store("rdflib", build / "graph.nt"))
    doc.write_text(doc.read_text() + "| AWS Glue | ETL jobs |\n", encoding="utf-8")
    rebuild([doc], build, with_search=False)
    # a process still reading the previous graph keeps reading it whole
    assert len(first) == n
    assert first.query('ASK { ?s ?p "Amazon Kinesis" }').boolean
    second = load_graph(build)
    assert second.on_disk and len(second) > n
    assert second.query('ASK { ?s ?p "AWS Glue" }').boolean


def test_the_query_process_does_not_run_the_parents_main_script(built, tmp_path, monkeypatch):
    """Spawned query processes import the parent's __main__; under `streamlit run` that is the
    app's script, which must not run again there (slow, and warnings in the server log)."""
    import sys
    import types

    from graph import graph_path
    from graph.limits import QueryRunner

    marker = tmp_path / "ran"
    script = tmp_path / "main_script.py"
    script.write_text(f"open({str(marker)!r}, 'w').close()\n", encoding="utf-8")
    main = types.ModuleType("__main__")
    main.__file__ = str(script)
    monkeypatch.setitem(sys.modules, "__main__", main)
    runner = QueryRunner(graph_path(built[0]))
    try:
        assert runner.query("ASK { ?s ?p ?o }").kind == "ask"
    finally:
        runner.close()
    assert not marker.exists()
