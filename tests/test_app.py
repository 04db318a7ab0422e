"""The Streamlit page, through streamlit.testing.v1.AppTest."""

import pytest

from tests.helpers import ROOT


@pytest.fixture
def app(built, monkeypatch):
    from streamlit.testing.v1 import AppTest

    monkeypatch.setenv("MLKG_BUILD_DIR", str(built[0]))
    at = AppTest.from_file(str(ROOT / "app.py"), default_timeout=30)
    return at.run()


def test_page_shows_statistics(app, built):
    assert not app.exception
    metrics = {m.label: m.value for m in app.metric}
    assert int(metrics["Entities"]) == built[1].entities


def test_sparql_box_runs_the_example_and_refuses_updates(app):
    app.button[0].click().run()
    rows = app.dataframe[0].value
    assert "Amazon Kinesis Video Streams" in set(rows["label"])
    app.text_area[0].set_value("DELETE WHERE { ?s ?p ?o }").run()
    app.button[0].click().run()
    assert "read-only" in app.error[0].value
