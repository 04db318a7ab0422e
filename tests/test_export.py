"""Exports, checked by reading them back as a user's tool would."""

import io
import xml.etree.ElementTree as ET

import networkx as nx
import pytest
from rdflib import Graph
from rdflib.namespace import RDFS

from graph.export import generate_html, generate_mermaid, subgraph_bytes, write_subgraph
from graph.subgraph import Node, Subgraph, answer_subgraph, construct_subgraph, neighbourhood
from tests.helpers import STREAMING_INGESTION, run_mlkg

FIVE = STREAMING_INGESTION


@pytest.fixture(scope="module")
def answer_sub(engine):
    return answer_subgraph(engine.view, engine.ask("services for streaming ingestion"))


def test_answer_subgraph_has_concepts_answers_relations_sources(answer_sub):
    labels = {n.label for n in answer_sub.nodes.values()}
    assert labels == FIVE | {"Streaming Data"}
    assert {n.role for n in answer_sub.nodes.values()} == {"concept", "answer"}
    assert len(answer_sub.edges) == 5 and {e.label for e in answer_sub.edges} == {"in category"}
    assert all(150 <= s["line"] <= 155 for s in answer_sub.sources)


def test_pptx_has_native_shapes_connectors_legend_notes(answer_sub):
    from pptx import Presentation
    from pptx.util import Emu

    prs = Presentation(io.BytesIO(subgraph_bytes(answer_sub, "pptx")))
    assert (Emu(prs.slide_width).inches, Emu(prs.slide_height).inches) == (
        pytest.approx(13.333, 0.01),
        7.5,
    )
    (slide,) = prs.slides  # one slide: the graph
    assert slide.shapes.title.text == "Services for streaming ingestion"  # sentence case
    nodes = [s for s in slide.shapes if s.name.startswith("node: ")]
    assert {s.text_frame.text for s in nodes} == FIVE | {"Streaming Data"}
    connectors = [
        s for s in slide.shapes if s.shape_type == 21 or s.name.startswith("edge: ")
    ]  # MSO_SHAPE_TYPE.LINE
    assert len(connectors) == 5
    for c in connectors:  # glued to the node shapes, so they follow when a node is moved
        xml = c._element.xml
        assert "a:stCxn" in xml and "a:endCxn" in xml
    labels = [s.text_frame.text for s in slide.shapes if s.name.startswith("label: ")]
    assert labels == ["in category"] * 5
    assert {s.name for s in slide.shapes if s.name.startswith("legend: ")} == {
        "legend: AWS service",
        "legend: Category",
    }
    for swatch in (s for s in slide.shapes if s.name.startswith("legend: ")):
        text = next(t for t in slide.shapes if t.name == "legend text: " + swatch.name[8:])
        assert (text.top, text.height) == (swatch.top, swatch.height)  # beside its swatch
        assert 0 < text.left - (swatch.left + swatch.width) < Emu(914400 * 0.2)
    boxes = [(s.left, s.left + s.width) for s in nodes]
    left = min(a for a, _ in boxes)
    right = max(b for _, b in boxes)
    legend_left = min(s.left for s in slide.shapes if s.name.startswith("legend: "))
    assert abs((left - Emu(914400 * 0.5)) - (legend_left - right)) < Emu(914400 * 1.2)  # centred
    assert "aws-ml-specialty-cheatsheet.md:153" in slide.notes_slide.notes_text_frame.text


def test_pptx_text_slide_says_the_answer_and_its_evidence(answer_sub):
    from pptx import Presentation

    prs = Presentation(io.BytesIO(subgraph_bytes(answer_sub, "pptx", text_slide=True)))
    _, text = prs.slides
    body = next(s for s in text.shapes if s.name == "answer").text_frame
    assert body.paragraphs[0].text.startswith("5 answers (Streaming Data)")
    assert any("(aws-ml-specialty-cheatsheet.md:153)" in p.text for p in body.paragraphs[1:])


def test_svg_png_graphml_turtle_mermaid_html_read_back(answer_sub, tmp_path):
    svg = ET.fromstring(subgraph_bytes(answer_sub, "svg"))
    assert svg.tag.endswith("svg")
    assert subgraph_bytes(answer_sub, "png")[:8] == b"\x89PNG\r\n\x1a\n"
    write_subgraph(answer_sub, "graphml", tmp_path / "g.graphml")
    g = nx.read_graphml(tmp_path / "g.graphml")
    assert {d["label"] for _, d in g.nodes(data=True)} == FIVE | {
        "Streaming Data"
    } and g.number_of_edges() == 5
    t = Graph()
    t.parse(data=subgraph_bytes(answer_sub, "ttl").decode(), format="turtle")
    assert {str(o) for o in t.objects(None, RDFS.label)} == FIVE | {"Streaming Data"}
    mermaid = generate_mermaid(answer_sub)
    assert mermaid.startswith("flowchart LR") and mermaid.count("-->") == 5
    page = generate_html(answer_sub)
    assert "<svg" in page and "http" not in page.split("<svg", 1)[0].lower().replace(
        "http-equiv", ""
    )


def test_labels_from_documents_are_escaped():
    sub = Subgraph('<b>"Title"</b>')
    sub.nodes["urn:x"] = Node("urn:x", '<script>alert("x")</script>', "Concept", "concept")
    sub.nodes["urn:y"] = Node("urn:y", "A | B", "Service")
    from graph.subgraph import Edge

    sub.edges.append(Edge("urn:x", "urn:y", "usedFor"))
    for text in (generate_html(sub), generate_mermaid(sub), subgraph_bytes(sub, "svg").decode()):
        assert "<script>" not in text
    assert "&lt;script&gt;" in generate_html(sub)


def test_neighbourhood_and_construct_subgraphs(engine):
    clarify = next(
        i for i, e in engine.view.entities.items() if e.label == "Amazon SageMaker Clarify"
    )
    one = neighbourhood(engine.view, clarify, hops=1)
    two = neighbourhood(engine.view, clarify, hops=2)
    assert {"Bias Drift Detection", "Explainability Integration"} <= {
        n.label for n in one.nodes.values()
    }
    assert len(two.nodes) > len(one.nodes)
    sub = construct_subgraph(
        engine.store,
        engine.view,
        "PREFIX mlkg: <https://mlkg.dev/ontology#> CONSTRUCT { ?m mlkg:evaluates ?p } WHERE { ?m mlkg:evaluates ?p }",
    )
    assert {e.relation for e in sub.edges} == {"evaluates"} and len(sub.edges) == 8


def test_cli_export_question_to_pptx(built, engine, tmp_path):
    out = tmp_path / "s.pptx"
    question = "services for streaming ingestion"
    r = run_mlkg(
        "export", "--question", question, "--format", "pptx", "-o", str(out), build_dir=built[0]
    )
    assert r.returncode == 0, r.stderr
    assert "Wrote 6 entities and 5 relations" in r.stdout and out.stat().st_size > 10000


def test_an_empty_subgraph_still_exports_in_every_format():
    from graph.export import WRITERS

    empty = Subgraph("nothing found")
    for fmt in WRITERS:
        assert subgraph_bytes(empty, fmt), fmt
