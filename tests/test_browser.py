"""A real browser: Debian's Chromium driven by playwright against `streamlit run` on 127.0.0.1."""

import contextlib
import os
import shutil
import socket
import subprocess
import sys
import time
import urllib.request

import pytest

from tests.helpers import CHEATSHEET, ROOT

CHROMIUM = shutil.which("chromium") or "/usr/bin/chromium"
pytestmark = pytest.mark.skipif(
    not os.path.exists(CHROMIUM), reason="Debian's chromium is not installed (.ci/run installs it)"
)
SHOTS = ROOT / "screenshots"


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@contextlib.contextmanager
def streamlit_server(env: dict):
    """``streamlit run app.py`` on a free 127.0.0.1 port, stopped by the PID that started it."""
    port = _free_port()
    proc = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "streamlit",
            "run",
            str(ROOT / "app.py"),
            "--server.headless",
            "true",
            "--server.address",
            "127.0.0.1",
            "--server.port",
            str(port),
            "--server.fileWatcherType",
            "none",
            "--browser.gatherUsageStats",
            "false",
        ],
        env=os.environ | {"HF_HUB_OFFLINE": "1"} | env,
        cwd=ROOT,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    url = f"http://127.0.0.1:{port}"
    try:
        for _ in range(120):
            try:
                if urllib.request.urlopen(url + "/_stcore/health", timeout=1).read() == b"ok":
                    break
            except OSError:
                time.sleep(0.5)
        else:
            pytest.fail("streamlit did not start")
        yield url
    finally:
        proc.terminate()
        proc.wait(timeout=20)


@pytest.fixture(scope="module")
def server(built, engine):
    with streamlit_server({"MLKG_BUILD_DIR": str(built[0])}) as url:
        yield url


@pytest.fixture(scope="module")
def page(server):
    playwright = pytest.importorskip("playwright.sync_api")
    with playwright.sync_playwright() as p:
        browser = p.chromium.launch(
            executable_path=CHROMIUM,
            args=[
                "--no-sandbox",
                "--disable-gpu",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
            ],
        )
        pg = browser.new_page(viewport={"width": 1440, "height": 900})
        pg.outside = []  # every request that leaves 127.0.0.1 (none should)
        pg.on("request", lambda r: _local(r.url) or pg.outside.append(r.url))
        yield pg
        browser.close()


def _local(url: str) -> bool:
    from urllib.parse import urlsplit

    parts = urlsplit(url)
    return parts.scheme in ("data", "blob", "about") or parts.hostname == "127.0.0.1"


def _clean(page) -> None:
    """Nothing left 127.0.0.1, and the page shows no exception, error or warning."""
    assert page.outside == [], page.outside
    for box in ("stException", "stAlertContentError", "stAlertContentWarning"):
        assert page.locator(f"[data-testid={box}]").count() == 0, box


def test_ask_in_the_browser(server, page):
    SHOTS.mkdir(exist_ok=True)
    page.goto(server)
    page.get_by_label("Question").fill("services for streaming ingestion")
    page.get_by_role("button", name="Ask", exact=True).click()
    page.get_by_text("5 answers (Streaming Data)").wait_for(timeout=90_000)
    for name in ("Amazon Kinesis Video Streams", "Amazon Managed Streaming for Apache Kafka"):
        page.get_by_text(name).first.wait_for()
    _drawn_graph(page)
    page.screenshot(path=str(SHOTS / "ask.png"), full_page=True)
    _clean(page)


def _drawn_graph(page):
    """The answer's interactive subgraph, once its canvas is drawn and its layout settled."""
    graph = page.locator("iframe[title*='st_link_analysis']").first
    graph.wait_for(timeout=30_000)
    page.frame_locator("iframe[title*='st_link_analysis']").locator("canvas").first.wait_for(
        timeout=30_000
    )
    page.wait_for_timeout(2500)
    return graph


def test_a_shared_link_answers_in_the_browser(server, page):
    page.goto(server + "/?q=Which+algorithms+suit+forecasting%3F")
    from playwright.sync_api import expect

    page.get_by_text("DeepAR").first.wait_for(timeout=90_000)
    # the box is drawn anew for the linked question (a moment empty while the page settles)
    expect(page.get_by_label("Question")).to_have_value(
        "Which algorithms suit forecasting?", timeout=30_000
    )
    _drawn_graph(page)
    page.screenshot(path=str(SHOTS / "ask-link.png"), full_page=True)
    _clean(page)


@pytest.mark.parametrize(
    "path, text",
    [
        ("/explore", "How are two entities connected?"),
        ("/compare", "Table (CSV)"),
        ("/sparql", "Read-only"),
        ("/export", "6 entities, 5 relations"),
        (
            "/sources?doc=aws-ml-specialty-cheatsheet.md&line=153",
            "Line 153 of aws-ml-specialty-cheatsheet.md",
        ),
    ],
)
def test_every_page_in_the_browser(server, page, path, text):
    page.goto(server + path)
    page.get_by_text(text).first.wait_for(timeout=60_000)
    page.wait_for_timeout(1500)  # the graph and tables settle
    page.screenshot(path=str(SHOTS / f"{path.strip('/').split('?')[0]}.png"), full_page=True)
    _clean(page)


GENOMICS_NOTES = """<!doctype html><html><head><title>My notes</title>
<script type="application/ld+json">{"@type": "Article"}</script></head>
<body><nav><a href="/">Home</a></nav>
<main>
<h1>Genomics on AWS</h1>
<table>
<tr><th>Service</th><th>Use Case</th></tr>
<tr><td>AWS HealthOmics</td><td>Store, query and analyse genomic and other omics data</td></tr>
<tr><td>Amazon HealthLake</td><td>Store and search health records in the FHIR format</td></tr>
</table>
</main></body></html>
"""


@pytest.fixture(scope="module")
def upload_server(built, engine, tmp_path_factory):
    """A server over its own copy of the built cheat sheet, so uploads change nothing else."""
    root = tmp_path_factory.mktemp("uploads")
    shutil.copytree(built[0].parent, root / "work")  # the build and its caches
    (root / "data").mkdir()
    shutil.copy(CHEATSHEET, root / "data")
    env = {
        "MLKG_DATA_DIR": str(root / "data"),
        "MLKG_BUILD_DIR": str(root / "work" / built[0].name),
        "MLKG_UPLOADS_DIR": str(root / "uploads"),
    }
    with streamlit_server(env) as url:
        yield url, root


def test_upload_makes_a_document_answerable(upload_server, page):
    url, root = upload_server
    notes = root / "genomics-notes.html"
    notes.write_text(GENOMICS_NOTES, encoding="utf-8")
    page.goto(url + "/sources")
    page.locator("input[type=file]").set_input_files(str(notes))
    page.get_by_role("button", name="Add and rebuild").click()
    page.get_by_text("Added genomics-notes.html").wait_for(timeout=240_000)
    page.screenshot(path=str(SHOTS / "sources-upload.png"), full_page=True)
    page.goto(url + "/?q=" + "What is AWS HealthOmics used for?".replace(" ", "+"))
    if not page.get_by_text("genomic").count():
        page.get_by_label("Question").fill("What is AWS HealthOmics used for?")
        page.get_by_role("button", name="Ask", exact=True).click()
    page.get_by_text("genomic", exact=False).first.wait_for(timeout=120_000)
    page.get_by_text("genomics-notes.html", exact=False).first.wait_for(timeout=30_000)
    page.screenshot(path=str(SHOTS / "ask-uploaded.png"), full_page=True)


def test_the_sparql_editor_highlights_and_runs_on_ctrl_enter(server, page):
    page.goto(server + "/sparql")
    editor = page.frame_locator("iframe[title*='streamlit_ace']").locator(".ace_content").first
    editor.wait_for(timeout=60_000)
    editor.click()
    page.keyboard.press("Control+a")
    page.keyboard.type("SELECT ?s ?label WHERE { ?s a mlkg:Algorithm ; rdfs:label ?label }")
    page.keyboard.press("Control+Enter")
    page.get_by_text("rows").first.wait_for(timeout=60_000)
    keywords = page.frame_locator("iframe[title*='streamlit_ace']").locator(".ace_keyword")
    assert keywords.count() >= 2  # SELECT, WHERE: highlighted as SPARQL
    page.wait_for_timeout(1000)
    page.screenshot(path=str(SHOTS / "sparql-run.png"), full_page=True)
    _clean(page)


def test_clicking_an_entity_in_the_graph_opens_its_card(server, page):
    page.goto(server + "/?q=Define+RMSProp")
    page.get_by_text("Maintains a moving average").first.wait_for(timeout=90_000)
    box = _drawn_graph(page).bounding_box()  # one answer: its node is drawn in the middle
    page.mouse.click(box["x"] + box["width"] / 2, box["y"] + box["height"] / 2)
    page.get_by_text("Open RMSProp in Explore").wait_for(timeout=30_000)
    _clean(page)
