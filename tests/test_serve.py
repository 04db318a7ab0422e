"""`mlkg serve`: the SPARQL 1.1 Protocol endpoint and /ask, with SPARQLWrapper as the client."""

import json
import threading
import urllib.error
import urllib.request

import pytest

from tests.helpers import STREAMING_INGESTION, run_mlkg

STREAMING = """SELECT ?label WHERE {
  ?service a mlkg:Service ; rdfs:label ?label ; mlkg:inCategory ?c .
  ?c rdfs:label "Streaming Data" ; mlkg:kind/rdfs:label "Ingestion Type" .
} ORDER BY ?label"""


@pytest.fixture(scope="module")
def endpoint(built, engine):
    """A server on 127.0.0.1 (a free port) over the test build, stopped when done."""
    from mlkg.serve import Endpoint, Server

    ep = Endpoint(built[0])
    ep._engine = engine  # the session's loaded engine: no second model load
    server = Server(ep, "127.0.0.1", 0)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    host, port = server.server_address[:2]
    yield f"http://{host}:{port}"
    server.shutdown()
    server.server_close()


def _wrapper(url: str, query: str, fmt: str, method: str = "GET"):
    from SPARQLWrapper import POST, SPARQLWrapper

    w = SPARQLWrapper(url + "/sparql")
    w.setQuery(query)
    w.setReturnFormat(fmt)
    if method == "POST":
        w.setMethod(POST)
    return w.query()


def test_sparqlwrapper_gets_the_five_streaming_services_in_every_format(endpoint):
    from SPARQLWrapper import CSV, JSON, TSV, XML

    for method in ("GET", "POST"):
        data = _wrapper(endpoint, STREAMING, JSON, method).convert()
        assert {b["label"]["value"] for b in data["results"]["bindings"]} == STREAMING_INGESTION
    xml = _wrapper(endpoint, STREAMING, XML).convert()
    assert {n.firstChild.data for n in xml.getElementsByTagName("literal")} == STREAMING_INGESTION
    csv = _wrapper(endpoint, STREAMING, CSV).convert().decode().splitlines()
    assert csv[0] == "label" and set(csv[1:]) == STREAMING_INGESTION
    tsv = _wrapper(endpoint, STREAMING, TSV).convert().decode().splitlines()
    assert tsv[0] == "?label" and {x.strip('"') for x in tsv[1:]} == STREAMING_INGESTION
    ask = _wrapper(endpoint, 'ASK { ?s rdfs:label "Amazon Kinesis" }', JSON).convert()
    assert ask["boolean"] is True


def test_construct_comes_as_turtle_or_ntriples_by_content_negotiation(endpoint):
    from rdflib import Graph
    from SPARQLWrapper import TURTLE

    query = "CONSTRUCT { ?m mlkg:evaluates ?p } WHERE { ?m mlkg:evaluates ?p }"
    g = _wrapper(endpoint, query, TURTLE).convert()
    g = g if isinstance(g, Graph) else Graph().parse(data=g, format="turtle")
    assert len(g) == 8
    request = urllib.request.Request(
        endpoint + "/sparql",
        data=query.encode(),
        headers={
            "Content-Type": "application/sparql-query",
            "Accept": "text/turtle;q=0.5, application/n-triples;q=0.9, */*;q=0.1",
        },
    )
    with urllib.request.urlopen(request) as r:
        assert r.headers["Content-Type"] == "application/n-triples"
        assert len(Graph().parse(data=r.read().decode(), format="nt")) == 8
    request.headers["Accept"] = "application/sparql-results+json"  # cannot carry triples
    with pytest.raises(urllib.error.HTTPError) as refused:
        urllib.request.urlopen(request)
    assert refused.value.code == 406


@pytest.mark.parametrize(
    "how",
    ["form-update", "sparql-update", "update-as-query", "service", "load"],
)
def test_updates_and_service_get_400_and_change_nothing(endpoint, how):
    before = _count(endpoint)
    insert = "INSERT DATA { <urn:a> <urn:b> <urn:c> }"
    body, kind = {
        "form-update": (
            "update=" + urllib.request.quote(insert),
            "application/x-www-form-urlencoded",
        ),
        "sparql-update": (insert, "application/sparql-update"),
        "update-as-query": (insert, "application/sparql-query"),
        "service": (
            "SELECT * WHERE { SERVICE <http://127.0.0.1:9/s> { ?s ?p ?o } }",
            "application/sparql-query",
        ),
        "load": ("LOAD <http://127.0.0.1:9/x.ttl>", "application/sparql-query"),
    }[how]
    request = urllib.request.Request(
        endpoint + "/sparql", data=body.encode(), headers={"Content-Type": kind}
    )
    with pytest.raises(urllib.error.HTTPError) as refused:
        urllib.request.urlopen(request)
    assert refused.value.code == 400
    message = refused.value.read().decode()
    assert "read-only" in message or "SERVICE" in message
    assert _count(endpoint) == before


def _count(endpoint: str) -> int:
    from SPARQLWrapper import JSON

    data = _wrapper(endpoint, "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }", JSON).convert()
    return int(data["results"]["bindings"][0]["n"]["value"])


def test_ask_route_answers_like_the_embedded_engine(endpoint, engine):
    question = "services for streaming ingestion"
    with urllib.request.urlopen(endpoint + "/ask?q=" + urllib.request.quote(question)) as r:
        remote = json.load(r)
    local = engine.ask(question)
    assert [a["label"] for a in remote["answers"]] == [a["label"] for a in local["answers"]]
    assert {a["label"] for a in remote["answers"]} == STREAMING_INGESTION


def test_query_page_works_offline_and_errors_say_why(endpoint):
    with urllib.request.urlopen(endpoint + "/") as r:
        page = r.read().decode()
    assert "mlkg SPARQL endpoint" in page and "http" not in page.replace("http://", "")
    assert "<script src" not in page and "<link" not in page  # nothing fetched from elsewhere
    with pytest.raises(urllib.error.HTTPError) as bad:
        urllib.request.urlopen(endpoint + "/sparql?query=" + urllib.request.quote("SELEKT ?x"))
    assert bad.value.code == 400 and "syntax" in bad.value.read().decode().lower()


def test_cli_ask_uses_a_running_server_of_the_same_graph(endpoint, built):
    import os
    import subprocess
    import sys

    from tests.helpers import ROOT

    question = "services for streaming ingestion"
    alone = run_mlkg("ask", "--json", question, build_dir=built[0])
    env = os.environ | {
        "MLKG_BUILD_DIR": str(built[0]),
        "HF_HUB_OFFLINE": "1",
        "MLKG_SERVE_URL": endpoint,
    }
    code = (
        "import sys, mlkg.cli; code = mlkg.cli.main(['ask', '--json', sys.argv[1]]); "
        "print('torch' in sys.modules, file=sys.stderr); sys.exit(code)"
    )
    served = subprocess.run(
        [sys.executable, "-c", code, question], capture_output=True, text=True, env=env, cwd=ROOT
    )
    assert served.returncode == 0, served.stderr
    assert json.loads(served.stdout)["answers"] == json.loads(alone.stdout)["answers"]
    assert served.stderr.strip().endswith("False")  # answered by the server: no model here


def test_content_negotiation_follows_q_values_and_specificity():
    from graph.protocol import NotAcceptable, negotiate

    assert negotiate(None, "select") == "json" and negotiate("", "graph") == "turtle"
    assert negotiate("text/csv;q=0.2, application/sparql-results+xml", "select") == "xml"
    assert negotiate("text/tab-separated-values, */*;q=0.1", "select") == "tsv"
    assert negotiate("*/*", "graph") == "turtle"
    assert negotiate("application/n-triples;q=0.9, text/turtle;q=0.5", "graph") == "nt"
    with pytest.raises(NotAcceptable):
        negotiate("image/png", "select")


def test_literals_keep_their_language_datatype_and_escapes():
    from graph.protocol import _nt, term

    assert term('"a \\"b\\"\\nc"@en') == {"type": "literal", "value": 'a "b"\nc', "xml:lang": "en"}
    n = term('"3"^^<http://www.w3.org/2001/XMLSchema#integer>')
    assert n["datatype"].endswith("#integer")
    assert _nt(term('"""two\nlines"""')) == '"two\\nlines"'  # rdflib's long form, one line
