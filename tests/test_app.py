"""Every page of the app, through streamlit.testing.v1.AppTest."""

import pytest

from tests.helpers import ROOT


@pytest.fixture
def app(engine, built, monkeypatch):
    from streamlit.testing.v1 import AppTest

    monkeypatch.setenv("MLKG_BUILD_DIR", str(built[0]))
    monkeypatch.setenv("HF_HUB_OFFLINE", "1")
    return AppTest.from_file(str(ROOT / "app.py"), default_timeout=60).run()


def test_ask_page_answers_with_evidence_sparql_and_history(app):
    assert not app.exception and app.title[0].value == "Ask"
    app.text_input[0].set_value("services for streaming ingestion")
    app.button[0].click().run()  # the form's Ask button
    assert not app.exception
    assert app.success[0].value.startswith("5 answers")
    labels = {e.label.split(" · ")[0].strip("*") for e in app.expander}
    assert "Amazon Kinesis Video Streams" in labels and len(labels) == 5
    assert any("inCategory" in c.value for c in app.code)
    assert any(b.label == "services for streaming ingestion" for b in app.sidebar.button)


def test_a_shared_link_asks_its_question_and_the_box_keeps_it(engine, built, monkeypatch):
    from streamlit.testing.v1 import AppTest

    monkeypatch.setenv("MLKG_BUILD_DIR", str(built[0]))
    monkeypatch.setenv("HF_HUB_OFFLINE", "1")
    app = AppTest.from_file(str(ROOT / "app.py"), default_timeout=60)
    app.query_params["q"] = "services for streaming ingestion"
    app.run()
    assert not app.exception
    assert app.success[0].value.startswith("5 answers")
    labels = {e.label.split(" · ")[0].strip("*") for e in app.expander}
    assert {"Amazon Kinesis Data Streams", "Amazon Kinesis Video Streams"} <= labels
    assert app.text_input[0].value == "services for streaming ingestion"
    app.switch_page("app_pages/sources.py").run()
    app.switch_page("app_pages/ask.py").run()
    assert app.text_input[0].value == "services for streaming ingestion"
    assert app.query_params["q"] == "services for streaming ingestion"


def test_an_example_fills_the_question_box(app):
    example = next(b for b in app.button if b.label.startswith("Which algorithms"))
    example.click().run()
    assert not app.exception
    assert app.text_input[0].value == example.label
    assert app.query_params["q"] == example.label


def test_ask_page_declines(app):
    app.text_input[0].set_value("Which quantum computing service runs circuits on AWS?")
    app.button[0].click().run()
    assert "don't answer this exactly" in app.warning[0].value


def test_explore_page_card_neighbourhood_and_paths(app):
    app.switch_page("app_pages/explore.py").run()
    assert not app.exception
    assert app.subheader[0].value == "Amazon SageMaker Clarify"
    assert any("monitored by" in m.value for m in app.markdown)
    app.slider[0].set_value(2).run()
    assert not app.exception
    app.selectbox[1].set_value("Classification").run()
    assert not app.exception and any("→" in m.value for m in app.markdown)


def test_explore_opens_a_shared_entity_and_forgives_spelling(app):
    app.query_params["entity"] = "Amazon Kinesis Data Streams"
    app.switch_page("app_pages/explore.py").run()
    assert not app.exception
    assert app.subheader[0].value == "Amazon Kinesis Data Streams"
    app.text_input[0].set_value("Kinesis").run()
    options = app.selectbox[0].options
    assert len(options) >= 4 and options[0].startswith("Amazon Kinesis ·")
    app.text_input[0].set_value("Kinesys").run()
    assert "Did you mean" in app.warning[0].value and "Amazon Kinesis" in app.warning[0].value
    assert app.subheader[0].value.startswith("Amazon Kinesis")


def test_compare_page_pivots_criteria_with_sources(app):
    app.switch_page("app_pages/compare.py").run()
    assert not app.exception
    table = app.get("html")[0].proto.body
    assert "NFS, POSIX-compliant file system interface" in table
    assert "aws-ml-specialty-cheatsheet.md:73" in table  # each cell says where it stands
    assert table.count("<th>Use Cases</th>") == 1  # "Use Case" rows merged into it
    assert set(app.query_params["ids"].split(",")) == {
        "Amazon-Simple-Storage-Service",
        "Amazon-Elastic-File-System",
        "Amazon-Elastic-Block-Store",
    }
    assert [b.proto.label for b in app.get("download_button")] == [
        "Table slide (PPTX)",
        "Table (CSV)",
    ]


def _run(app) -> None:
    next(b for b in app.button if b.label == "Run").click().run()


def test_sparql_page_runs_and_refuses_updates(app, engine):
    app.switch_page("app_pages/sparql.py").run()
    _run(app)
    assert set(app.dataframe[0].value["label"]) >= {
        "Amazon Kinesis",
        "Amazon Kinesis Video Streams",
    }
    size = len(engine.store)
    app.session_state["sparql_text"] = "INSERT DATA { <urn:a> <urn:b> <urn:c> }"
    _run(app)
    assert "read-only" in app.error[0].value
    assert len(engine.store) == size


def test_a_shared_query_link_runs_with_compact_names_and_history(app):
    app.query_params["query"] = 'SELECT ?s WHERE { ?s rdfs:label "Amazon Kinesis" }'
    app.switch_page("app_pages/sparql.py").run()
    _run(app)
    assert not app.exception
    assert list(app.dataframe[0].value["s"]) == ["id:Amazon-Kinesis"]  # not the full IRI
    assert any(b.label.startswith("SELECT ?s WHERE") for b in app.sidebar.button)
    app.session_state["sparql_text"] = (
        "CONSTRUCT { ?a mlkg:alternativeTo ?s } WHERE { ?a mlkg:alternativeTo ?s }"
    )
    _run(app)
    assert not app.exception
    assert [t.label for t in app.tabs] == ["Graph", "Triples"]  # a CONSTRUCT drawn as a graph
    assert any("mlkg:alternativeTo" in c.value for c in app.code)


RUNAWAY = "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i }"


def test_sparql_page_stops_a_runaway_query_at_the_time_limit(engine, built, monkeypatch):
    from streamlit.testing.v1 import AppTest

    monkeypatch.setenv("MLKG_BUILD_DIR", str(built[0]))
    monkeypatch.setenv("MLKG_QUERY_TIMEOUT", "2")
    monkeypatch.setenv("MLKG_QUERY_MAX_ROWS", "3")
    app = AppTest.from_file(str(ROOT / "app.py"), default_timeout=60).run()
    app.switch_page("app_pages/sparql.py").run()
    app.session_state["sparql_text"] = RUNAWAY
    _run(app)
    assert "time limit" in app.error[0].value and "MLKG_QUERY_TIMEOUT" in app.error[0].value
    app.session_state["sparql_text"] = "SELECT ?s WHERE { ?s ?p ?o }"
    _run(app)  # the page works again after the stop
    assert len(app.dataframe[0].value) == 3 and "result cap" in app.warning[0].value
    app.session_state["query_runner"].close()


def test_export_page_offers_every_format(app):
    app.switch_page("app_pages/export.py").run()
    assert not app.exception
    assert len(app.get("image")) == 1
    fmt = app.selectbox[-1]
    assert fmt.options == [
        "PNG picture",
        "SVG picture",
        "PowerPoint slide (editable)",
        "Mermaid",
        "GraphML",
        "Turtle (RDF)",
        "HTML page",
    ]
    buttons = app.get("download_button")  # only the chosen format is rendered
    assert [b.proto.label for b in buttons] == ["Download PNG picture"]
    fmt.set_value("pptx").run()
    assert [b.proto.label for b in app.get("download_button")] == [
        "Download PowerPoint slide (editable)"
    ]
    app.checkbox[0].check().run()
    assert not app.exception


def test_sources_page_lands_on_the_line(app):
    app.query_params["doc"] = "aws-ml-specialty-cheatsheet.md"
    app.query_params["line"] = "153"
    app.switch_page("app_pages/sources.py").run()
    assert not app.exception
    assert app.caption[0].value == "Line 153 of aws-ml-specialty-cheatsheet.md"


def test_mlkg_app_serves_on_localhost(built):
    import os
    import socket
    import subprocess
    import sys
    import time
    import urllib.request

    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    env = os.environ | {"MLKG_BUILD_DIR": str(built[0]), "HF_HUB_OFFLINE": "1"}
    proc = subprocess.Popen(
        [sys.executable, "-m", "mlkg.cli", "app", "--port", str(port)],
        env=env,
        cwd=ROOT,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
    )
    try:
        for _ in range(120):
            try:
                url = f"http://127.0.0.1:{port}/_stcore/health"
                if urllib.request.urlopen(url, timeout=1).read() == b"ok":
                    break
            except OSError:
                time.sleep(0.5)
        else:
            pytest.fail("mlkg app did not start")
    finally:
        proc.terminate()
        proc.wait(timeout=20)
    assert f"http://127.0.0.1:{port}" in proc.stderr.read().decode()


def test_a_rebuild_from_the_command_line_reaches_the_running_app(
    engine, built, tmp_path, monkeypatch
):
    """`mlkg add` while the app runs: the next question is answered on the new graph."""
    from streamlit.testing.v1 import AppTest

    from search.rebuild import rebuild
    from tests.helpers import copy_build

    build_dir = copy_build(built[0], tmp_path)
    monkeypatch.setenv("MLKG_BUILD_DIR", str(build_dir))
    monkeypatch.setenv("HF_HUB_OFFLINE", "1")
    app = AppTest.from_file(str(ROOT / "app.py"), default_timeout=60).run()
    question = "What does the Zorbex Ledger keep?"
    app.text_input[0].set_value(question)
    app.button[0].click().run()
    assert "don't answer this exactly" in app.warning[0].value
    notes = tmp_path / "zorbex.md"
    notes.write_text(
        "# Zorbex\n\n## Zorbex Ledger\n\nThe Zorbex Ledger keeps every row for a year.\n"
    )
    rebuild([ROOT / "data" / "aws-ml-specialty-cheatsheet.md", notes], build_dir)
    app.button[0].click().run()
    assert not app.exception
    assert not app.warning or "don't answer" not in app.warning[0].value
    said = [m.value for m in app.markdown] + [s.value for s in app.success]
    assert any("keeps every row for a year" in x for x in said), said[:8]
