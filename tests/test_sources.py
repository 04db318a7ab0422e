"""The Sources page: reading a document at a line, adding and removing documents (AppTest)."""

import shutil

import pytest

from tests.helpers import CHEATSHEET, ROOT, copy_build

QUOKKA = b"""# Quokka Tools

- **Quokka Insights:** A fictional service that detects anomalies in quokka sightings.
"""


@pytest.fixture
def sources(built, engine, tmp_path, monkeypatch):
    """The Sources page over a copy of the session's build, with its own data and uploads."""
    from streamlit.testing.v1 import AppTest

    data = tmp_path / "data"
    data.mkdir()
    shutil.copy(CHEATSHEET, data)
    build = copy_build(built[0], data)
    monkeypatch.setenv("MLKG_DATA_DIR", str(data))
    monkeypatch.setenv("MLKG_BUILD_DIR", str(build))
    monkeypatch.delenv("MLKG_UPLOADS_DIR", raising=False)
    monkeypatch.setenv("HF_HUB_OFFLINE", "1")
    app = AppTest.from_file(str(ROOT / "app.py"), default_timeout=120).run()
    app.switch_page("app_pages/sources.py").run()
    assert not app.exception
    return app, data, build


def _upload(app, name: str, content: bytes):
    app.file_uploader(key="upload").set_value((name, content, "text/markdown"))
    next(b for b in app.button if b.label == "Add and rebuild").click().run()
    assert not app.exception
    return app


def _documents(app) -> list[str]:
    return list(app.dataframe[0].value["document"])


def test_an_added_document_is_listed_answered_and_removable(sources):
    from search import Engine

    app, data, build = sources
    _upload(app, "quokka.md", QUOKKA)
    assert app.success[0].value.startswith("Added quokka.md.")
    assert _documents(app) == [CHEATSHEET.name, "quokka.md"]
    assert (data / "uploads" / "quokka.md").read_bytes() == QUOKKA
    answer = Engine(build).ask("What is Quokka Insights?")
    assert answer["answered"] and "anomalies in quokka sightings" in answer["summary"]
    assert answer["answers"][0]["evidence"][0]["document"] == "quokka.md"

    next(b for b in app.button if b.label == "Remove").click().run()
    assert not app.exception
    assert _documents(app) == [CHEATSHEET.name]
    assert not (data / "uploads" / "quokka.md").exists()
    assert not any(b.label == "Remove" for b in app.button)


def test_a_bad_upload_keeps_the_previous_graph(sources):
    app, data, build = sources
    before = (build / "graph.nt").read_bytes()
    _upload(app, "broken.md", b"# ok\n\nline two\n\xff\xfe broken\n")
    assert "broken.md:4: not UTF-8" in app.error[0].value
    assert (build / "graph.nt").read_bytes() == before
    assert not (data / "uploads" / "broken.md").exists()
    assert _documents(app) == [CHEATSHEET.name]


@pytest.fixture(scope="module")
def pdf_build(tmp_path_factory):
    from graph import build_graph

    out = tmp_path_factory.mktemp("pdf") / "build"
    build_graph([ROOT / "tests" / "data" / "notes.pdf"], out, progress=False)
    return out


def test_evidence_in_a_pdf_names_its_page(pdf_build):
    from graph import describe_entity, find_entities, load_graph

    store = load_graph(pdf_build)
    card = describe_entity(store, find_entities(store, "RMSE")[0]["iri"])
    assert {(f["doc"], f["page"], f["line"]) for f in card["facts"]} >= {("notes.pdf", "2", "5")}


def test_a_pdf_opens_on_the_cited_page_and_line(pdf_build, monkeypatch):
    from streamlit.testing.v1 import AppTest

    monkeypatch.setenv("MLKG_BUILD_DIR", str(pdf_build))
    monkeypatch.setenv("MLKG_UPLOADS_DIR", str(pdf_build.parent / "uploads"))
    app = AppTest.from_file(str(ROOT / "app_pages" / "sources.py"), default_timeout=60)
    app.query_params.update({"doc": "notes.pdf", "page": "2", "line": "5"})
    app.run()
    assert not app.exception
    assert app.caption[0].value == "Page 2, line 5 of notes.pdf"
    assert app.selectbox[1].label == "Page" and app.selectbox[1].value == 2
    assert "page 3 has no text layer" in app.warning[0].value


def test_documents_render_for_reading_with_the_cited_line_marked_and_nothing_active():
    from app_pages.rendered import render_html, render_markdown

    md = render_markdown(
        [
            "# Notes",
            "",
            "Intro with **bold**.",
            "Kind\tService\tUse",
            "Streaming\tAmazon Kinesis\t<b>Real-time</b> data",
            "",
            "<script>alert(1)</script>",
            '<img src="x" onerror="alert(1)"> <a href="javascript:alert(1)">link</a>',
        ],
        cited=5,
    )
    assert '<h1 id="L1">Notes</h1>' in md and "<strong>bold</strong>" in md
    assert '<tr id="L5" class="hit"><td>Streaming</td>' in md  # a tab-separated row, marked
    assert "<b>Real-time</b>" in md  # a cell's own markup, rendered
    for active in ("<script", "onerror", "javascript:", "<img", "href"):
        assert active not in md
    page = render_html(
        "<html><head><style>p{}</style></head><body>\n<nav>menu</nav>\n<h2>Title</h2>\n"
        '<ul><li onclick="x()">first</li>\n<li style="color:red">second</li></ul>\n'
        "<script>evil()</script></body></html>",
        cited=5,
    )
    assert '<li id="L5" class="hit">second</li>' in page
    for gone in ("menu", "evil", "onclick", "style", "p{}"):
        assert gone not in page
