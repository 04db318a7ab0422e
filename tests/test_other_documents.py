"""Ingestion generalizes: another real document in another style (pipe tables, → bullets)."""

import pytest

from tests.helpers import DEV_DOCS


@pytest.mark.skipif(not DEV_DOCS, reason="shared/corpus/dev not beside the repository")
def test_dev_documents_build_and_validate(tmp_path):
    from graph import build_graph, find_entities, load_graph
    from graph.validate import validate_graph

    out = tmp_path / "build"
    report = build_graph(DEV_DOCS, out, progress=False)
    assert report.entities > 200 and report.facts > 1000
    conforms, text, _ = validate_graph(out / "graph.nt")
    assert conforms, text
    store = load_graph(out)
    for name, label in [
        ("Kinesis Firehose", "Amazon Kinesis Data Firehose"),
        ("FSx for Lustre", "Amazon FSx for Lustre"),
    ]:
        assert find_entities(store, name)[0]["label"] == label
