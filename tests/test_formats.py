"""HTML, PDF and DOCX read into the blocks Markdown gives, with lines and pages to follow."""

from pathlib import Path

import pytest

from graph.vocabulary import class_names
from ingest import ParseError, extract_documents, parse_markdown, read_document
from ingest.blocks import Code, Heading, ListItem, Paragraph, Row, Source, Table
from ingest.text import plain
from tests.helpers import SHARED
from tests.test_tables import facts

DATA = Path(__file__).with_name("data")
DEV = SHARED / "corpus" / "dev"
needs_dev = pytest.mark.skipif(
    not DEV.is_dir(), reason="shared/corpus/dev not beside the repository"
)


def outline(blocks):
    """Each block as (kind, line, what a reader sees of it)."""
    out = []
    for b in blocks:
        if isinstance(b, Heading):
            out.append(("H", b.source.line_start, b.title, b.level))
        elif isinstance(b, Table):
            out.append(("T", b.source.line_start, b.header, [r.cells for r in b.rows]))
        elif isinstance(b, ListItem):
            out.append(("L", b.source.line_start, b.term, b.text, b.depth, b.ordered))
        elif isinstance(b, Code):
            out.append(("C", b.source.line_start, b.text))
        else:
            out.append(("P", b.source.line_start, b.term, b.text))
    return out


def write(tmp_path, name, content):
    path = tmp_path / name
    path.write_bytes(content if isinstance(content, bytes) else content.encode("utf-8"))
    return path


def read_html(page):
    from ingest.html import parse_html_document

    return parse_html_document(page.encode("utf-8"), "page.html")


def entity_classes(x):
    return {e.label: e.cls for e in x.entities.values()}


# -- HTML -------------------------------------------------------------------------------------

PAGE = """<!DOCTYPE html>
<html><head><title>Notes</title>
<script type="application/ld+json">{"@type": "WebSite", "name": "Study Hub"}</script>
<style>p { color: red }</style></head>
<body>
<nav><a href="/">Home</a> <a href="/quiz">Quiz yourself</a></nav>
<header><h1>Site banner</h1></header>
<main>
<h1>Machine Learning</h1>
<p><strong>Amazon SageMaker:</strong> a managed
service for <a href="x">models</a>.</p>
<ul>
  <li><b>Kinesis:</b> streaming ingestion
    <ul><li>Data Firehose</li></ul>
  </li>
  <li>Use <code>boto3</code> to call it</li>
</ul>
<h2>Algorithms</h2>
<table class="wide">
<thead><tr><th style="x">Algorithm</th><th>Use Case</th></tr></thead>
<tbody>
<tr><td><b onclick="evil()">XGBoost</b></td><td><ul><li>Tabular data</li><li>Ranking</li></ul></td></tr>
<tr><td>K-Means</td><td>Segmentation<script>alert(1)</script><br>Grouping</td></tr>
</tbody></table>
<dl><dt>Recall</dt><dd>share of positives found</dd></dl>
<div>Loose text in a division
<span>with a span</span></div>
<p hidden>Hidden note</p>
<div aria-hidden="true">Decoration</div>
<aside>Related links</aside>
</main>
<footer>Copyright</footer>
</body></html>
"""


def test_html_blocks_with_source_lines():
    doc = read_html(PAGE)
    assert outline(doc.blocks) == [
        ("H", 9, "Machine Learning", 1),
        ("P", 10, "Amazon SageMaker", "a managed service for models."),
        ("L", 13, "Kinesis", "streaming ingestion", 0, False),
        ("L", 14, "", "Data Firehose", 1, False),
        ("L", 16, "", "Use boto3 to call it", 0, False),
        ("H", 18, "Algorithms", 2),
        (
            "T",
            19,
            ["Algorithm", "Use Case"],
            [
                ["<b>XGBoost</b>", "<ul><li>Tabular data</li><li>Ranking</li></ul>"],
                ["K-Means", "Segmentation<br>Grouping"],
            ],
        ),
        ("L", 25, "Recall", "share of positives found", 0, False),
        ("P", 26, "", "Loose text in a division with a span"),
    ]
    p, kinesis, firehose = doc.blocks[1:4]
    assert p.raw == "**Amazon SageMaker:** a managed service for models."
    assert (p.source.line_start, p.source.line_end) == (10, 11)
    assert kinesis.children == [firehose] and kinesis.source.section == ("Machine Learning",)
    assert doc.blocks[6].source.section == ("Machine Learning", "Algorithms")
    assert [r.line for r in doc.blocks[6].rows] == [22, 23]
    assert doc.pages == [PAGE.split("\n")[:-1]]


def test_html_leaves_out_chrome_scripts_and_hidden_elements():
    text = " ".join(str(vars(b)) for b in read_html(PAGE).blocks)
    for left_out in ("Home", "Quiz", "Site banner", "Study Hub", "WebSite", "alert", "evil"):
        assert left_out not in text
    for left_out in ("Hidden note", "Decoration", "Related links", "Copyright", "color"):
        assert left_out not in text


@pytest.mark.parametrize(
    "wrapper, read",
    [
        ('<div role="main">{}</div>', ["Kept", "Body text"]),
        ("<article>{}</article>", ["Kept", "Body text"]),
        ("<div>{}</div>", ["Outside", "Kept", "Body text"]),  # no main content: the body
    ],
)
def test_html_main_content_without_main_element(wrapper, read):
    page = "<body><nav><p>Menu</p></nav><div><p>Outside</p></div>" + wrapper.format(
        "<h2>Kept</h2><p>Body text</p>"
    )
    assert [getattr(b, "title", None) or b.text for b in read_html(page).blocks] == read


def test_html_spanned_cells_fill_the_grid():
    doc = read_html(
        "<table><tr><th colspan=2>Service</th><th>Use</th></tr>"
        "<tr><td rowspan=2>Kinesis</td><td>Streams</td><td>ingest</td></tr>"
        "<tr><td>Firehose</td><td>deliver</td></tr></table>"
    )
    (table,) = doc.blocks
    assert table.header == ["Service", "Service", "Use"]
    assert [r.cells for r in table.rows] == [
        ["Kinesis", "Streams", "ingest"],
        ["Kinesis", "Firehose", "deliver"],
    ]


def test_layout_tables_are_read_as_text(tmp_path):
    page = read_html("<table><tr><td><h2>Tips</h2><p><b>Spot:</b> cheaper</p></td></tr></table>")
    assert outline(page.blocks) == [("H", 1, "Tips", 2), ("P", 1, "Spot", "cheaper")]
    docx = pytest.importorskip("docx")
    d = docx.Document()
    cell = d.add_table(rows=1, cols=1).cell(0, 0)
    cell.paragraphs[0].add_run("Note:").bold = True
    cell.paragraphs[0].add_run(" use a < b")
    d.save(tmp_path / "box.docx")
    assert outline(read_document(tmp_path / "box.docx").blocks) == [("P", 1, "Note", "use a < b")]


def test_html_declared_charset_when_not_utf8(tmp_path):
    data = '<meta charset="windows-1252"><p>Caf\u00e9 notes</p>'.encode("cp1252")
    doc = read_document(write(tmp_path, "legacy.html", data))
    assert doc.blocks[0].text == "Café notes"


def test_html_bad_input_is_a_parse_error_or_empty(tmp_path):
    with pytest.raises(ParseError, match=r"binary\.html:1: not a text document"):
        read_document(write(tmp_path, "binary.html", b"\x00\x01<p>x</p>"))
    assert read_document(write(tmp_path, "empty.html", "  \n")).blocks == []
    deep = "<div>" * 100_000 + "<p>deep</p>" + "</div>" * 100_000
    read_document(write(tmp_path, "deep.html", deep))  # no RecursionError, no hang


def test_html_bullets_typed_in_a_note_app_s_lines_are_list_items(tmp_path):
    # a note app's export: a division a line, or lines broken by <br>, bullets typed by hand
    page = (
        '<html><body>\n<div><span style="font-size: 18px;"><b>Loaders</b></span></div>\n'
        '<div>Loader modes:<br/>- <span style="font-weight: bold;">Drip</span> - copies every '
        "row first<br/>- <b>Sip</b> - streams rows through a pipe</div>\n"
        "<div><b>Zorbex Watch</b> = checks rows for drift</div>\n"
        "<div>&nbsp;&nbsp;&nbsp;&nbsp;\u2022 row gap</div>\n"
        '<div style="padding-left: 40px;">\u2022 key skew</div>\n'
        "<p>Quill modes:<br>\u2022 Gulp<br>\u2022 Sip Hub</p>\n"
        "<div>Rows:<br/>-1 means none</div>\n</body></html>\n"
    )
    doc = read_html(page)
    items = [(b.source.line_start, b.term, b.text) for b in doc.blocks if isinstance(b, ListItem)]
    assert items == [
        (3, "Drip", "copies every row first"),
        (3, "Sip", "streams rows through a pipe"),
        (5, "", "row gap"),
        (6, "", "key skew"),
        (7, "", "Gulp"),
        (7, "", "Sip Hub"),
    ]
    x = extract_documents([write(tmp_path, "notes.html", page)], class_names=class_names())
    assert {s for s, _, o in facts(x, "kind") if o == "Loader mode"} == {"Drip", "Sip"}
    assert {s for s, _, o in facts(x, "partOf") if o == "Zorbex Watch"} == {"Row gap", "Key skew"}


def test_html_titles_sized_in_em_percent_or_an_old_font_tag_are_headings():
    page = (
        '<html><body>\n<div><b><span style="font-size: 18pt;">Data</span></b></div>\n'
        '<div>Rows come in.</div>\n<div><span style="font-size: 14pt;"><b>Streams</b></span>'
        '</div>\n<div>Gromble Hose buffers rows.</div>\n<div><font size="5"><b>Modeling</b>'
        '</font></div>\n<div>Zorbex trees fit rows.</div>\n<div><span style="font-size: 150%; '
        'font-weight: 700;">Serving</span></div>\n<div>Quill Queue takes payloads.</div>\n'
        "</body></html>\n"
    )
    heads = [(b.title, b.level) for b in read_html(page).blocks if isinstance(b, Heading)]
    assert [t for t, _ in heads] == ["Data", "Streams", "Modeling", "Serving"]
    levels = dict(heads)
    assert levels["Data"] == levels["Modeling"] == levels["Serving"] < levels["Streams"]


def test_html_two_columns_under_a_bold_first_row_are_a_table_with_that_header(tmp_path):
    # a note app's table: no <th>, its header row set in bold
    page = (
        "<div><b>Serving</b></div><table><tr><td><b>lane</b></td><td><b>when</b></td></tr>"
        "<tr><td>Quill Queue</td><td>huge payloads</td></tr><tr><td>Drip Endpoint</td>"
        "<td>steady traffic</td></tr></table>"
    )
    x = extract_documents([write(tmp_path, "notes.html", page)], class_names=class_names())
    assert {s for s, _, o in facts(x, "kind") if o == "lane"} == {"Quill Queue", "Drip Endpoint"}
    # rows all in bold name terms, as before
    page = (
        "<table><tr><td><b>QQ</b></td><td>Quill Queue</td></tr><tr><td><b>DE</b></td>"
        "<td>Drip Endpoint</td></tr></table>"
    )
    assert not any(isinstance(b, Table) for b in read_html(page).blocks)


def test_pdf_bullets_drawn_as_small_dots_under_small_type_are_list_items():
    # a cram sheet in 6pt type: Chromium draws each bullet as a 1.5pt dot, no glyph
    items = [
        plain(b.raw)
        for b in read_document(DATA / "cram-sheet.pdf").blocks
        if isinstance(b, ListItem)
    ]
    assert {
        "drop rows — only if few & random",
        "Drip Lane — steady traffic",
        "Sip Lane — spiky, cold starts",
        "fern_depth — how deep",
    } <= set(items)


def test_pdf_style_sheet_bullets_and_bold_dash_terms_open_blocks():
    # Chromium prints a style sheet's "▸" bullets as words of their own; term paragraphs
    # "**Name** — text" set with no space between them each open a paragraph
    blocks = read_document(DATA / "shape-bullets.pdf").blocks
    items = {b.term: b.text for b in blocks if isinstance(b, ListItem)}
    assert items["Gulp"] == "copies every row again, the whole table each night."
    assert set(items) == {"Drip", "Gulp", "Sip", "Pour", "Trickle", "Sweep", "Skim"}
    terms = [b.term for b in blocks if isinstance(b, Paragraph) and b.term]
    assert terms[:3] == ["Gromble Store", "Tallow Cache", "Quill Vault"]


def test_html_table_gives_algorithm_entities(tmp_path):
    page = (
        "<main><h2>Classification</h2><table><tr><th>Algorithm</th><th>Description</th>"
        "<th>When to Use</th></tr><tr><td><b>XGBoost</b></td><td>Boosting.</td>"
        "<td>Tabular data.</td></tr></table></main>"
    )
    x = extract_documents([write(tmp_path, "algorithms.html", page)], class_names=class_names())
    assert entity_classes(x)["XGBoost"] == "Algorithm"
    assert x.documents["algorithms.html"].format == "html"


@needs_dev
def test_real_html_pages():
    doc = read_document(DEV / "motoraif-mls-c01.html")
    tables = [b for b in doc.blocks if isinstance(b, Table)]
    assert len(tables) >= 4 and ["Algorithm", "Problem Type", "Use Case"] in [
        t.header for t in tables
    ]
    assert any(b.term == "Duration" for b in doc.blocks if isinstance(b, ListItem))
    text = str([vars(b) for b in doc.blocks])
    assert "schema.org" not in text and "Quiz yourself" not in text
    doc = read_document(DEV / "rahulkolekar-cheat-sheet.html")
    items = [b for b in doc.blocks if isinstance(b, ListItem)]
    assert len(items) >= 30 and any("**Amazon Athena**" in b.raw for b in items)
    assert "Categories" not in [getattr(b, "title", "") for b in doc.blocks]  # the sidebar


# -- PDF --------------------------------------------------------------------------------------


def test_pdf_blocks_pages_and_lines():
    doc = read_document(DATA / "notes.pdf")
    assert [(b.source.page, *outline([b])[0]) for b in doc.blocks] == [
        (1, "H", 2, "Machine Learning on AWS", 1),
        (
            1,
            "P",
            3,
            "Amazon SageMaker",
            "a fully managed service to build, train and deploy models, from notebooks to "
            "endpoints, with the lineage information kept for every model.",
        ),
        (1, "H", 6, "Built-in Algorithms", 2),
        (
            1,
            "T",
            7,
            ["Algorithm", "Problem Type", "Use Case"],
            [
                ["XGBoost", "Classification", "Tabular data"],
                # a line that fills its cell reads as wrapped: the <br> cannot be told apart
                ["K-Means", "Clustering", "Customer segmentation Grouping"],
                ["DeepAR", "Forecasting", "Time series"],
            ],
        ),
        (1, "H", 11, "Language and Vision Services", 2),
        (1, "L", 12, "Amazon Comprehend", "natural language processing", 0, False),
        (1, "L", 13, "Amazon Rekognition", "image and video analysis", 0, False),
        (1, "L", 14, "", "Face detection", 1, False),
        (1, "L", 15, "", "Prepare the data", 0, True),
        (1, "L", 16, "", "Train the model", 0, True),
        (1, "H", 17, "Speech Services", 2),
        (1, "L", 18, "Amazon Polly", "text to speech", 0, False),
        (1, "L", 19, "Amazon Transcribe", "speech to text", 0, False),
        (2, "H", 2, "Model Evaluation", 2),
        (2, "P", 3, "", "Use Amazon SageMaker Clarify to detect bias before fine-tuning a model."),
        (
            2,
            "T",
            4,
            ["Metric", "Problem Type"],
            [["RMSE", "Regression"], ["F1 score", "Classification"]],
        ),
    ]
    paragraph, table = doc.blocks[1], doc.blocks[3]
    assert paragraph.source.line_end == 5 and paragraph.raw.startswith("**Amazon SageMaker:**")
    assert [r.line for r in table.rows] == [8, 9, 10]
    assert doc.blocks[7] in doc.blocks[6].children
    assert doc.blocks[-1].source.section == ("Machine Learning on AWS", "Model Evaluation")
    # the reading view keeps every line, the running header and footer too; blocks do not
    assert doc.pages[0][6:8] == [
        "Algorithm | Problem Type | Use Case",
        "XGBoost | Classification | Tabular data",
    ]
    assert "AWS ML Study Notes" in doc.pages[1][0] and doc.pages[1][-1].endswith("2/2")
    assert doc.pages[2] == []
    assert doc.warnings == ["notes.pdf: page 3 has no text layer (image only; not read, no OCR)"]


@pytest.mark.parametrize(
    "name, message",
    [
        (
            "scan.pdf",
            r"scan\.pdf:1: no text layer on any page \(image-only PDF; OCR is not supported\)",
        ),
        ("encrypted.pdf", r"encrypted\.pdf:1: encrypted PDF: cannot read it without its password"),
    ],
)
def test_pdf_unreadable_fixtures(name, message):
    with pytest.raises(ParseError, match=message):
        read_document(DATA / name)


@pytest.mark.parametrize(
    "data", [b"", b"%PDF-1.4 not really", (DATA / "notes.pdf").read_bytes()[:5000]]
)
def test_pdf_broken_files(tmp_path, data):
    with pytest.raises(ParseError, match=r"broken\.pdf:1: not a readable PDF"):
        read_document(write(tmp_path, "broken.pdf", data))


def test_pdf_gives_entities_with_page_provenance():
    x = extract_documents([DATA / "notes.pdf"], class_names=class_names())
    assert entity_classes(x)["XGBoost"] == "Algorithm"
    assert {"Amazon Comprehend", "Amazon Polly"} <= set(entity_classes(x))
    # table rows ("Algorithm: XGBoost | …") are the case below
    assert {u.source.page for u in x.units.values() if " | " not in u.text} == {1, 2}


def test_pdf_gives_the_facts_of_the_html_it_was_printed_from():
    def facts(path):
        x = extract_documents([path], class_names=class_names())
        label = {e.id: e.label for e in x.entities.values()}
        return {
            (label[f.subject], f.predicate, label.get(f.obj, f.obj) if f.obj_is_entity else f.obj)
            for f in x.facts
        }

    # the page's source has a "ﬁ" ligature and "infor-<br>mation"; the PDF reader mends both
    mended = {
        (s, p, o.replace("ﬁ", "fi").replace("infor- mation", "information"))
        for s, p, o in facts(DATA / "notes.html")
    }
    assert len(mended) > 25 and facts(DATA / "notes.pdf") == mended


def test_pdf_numbered_headings_and_paragraphs_over_a_page_break():
    blocks = read_document(DATA / "sections.pdf").blocks
    assert [b.title for b in blocks if isinstance(b, Heading)] == [
        "Storage Basics",
        "Reporting",
        "Limits",
    ]
    assert not any(isinstance(b, ListItem) for b in blocks)
    # the paragraph cut by the page break is one block, sourced where it starts
    long = [b for b in blocks if isinstance(b, Paragraph) and b.text.startswith("Reports")]
    assert len(long) == 1 and "sets for every job it starts" in long[0].text
    assert (long[0].source.page, long[0].source.section) == (1, ("Reporting",))
    assert not any(isinstance(b, Paragraph) and b.text.startswith("every") for b in blocks)


def test_pdf_box_drawn_under_a_table_is_not_a_row():
    blocks = read_document(DATA / "sections.pdf").blocks
    table = next(b for b in blocks if isinstance(b, Table))
    assert [r.cells[0] for r in table.rows] == ["Bucket Store", "Table Store"]
    assert any(isinstance(b, Paragraph) and "Rows keep growing" in b.raw for b in blocks)


def test_pdf_table_going_on_after_a_row_the_page_break_cut():
    tables = [b for b in read_document(DATA / "split-row.pdf").blocks if isinstance(b, Table)]
    assert [t.header for t in tables] == [["Store", "What it does"]] * 2
    assert tables[1].rows[0].cells[0] == "Store 10" and tables[1].source.page == 2


def test_pdf_short_last_line_ends_its_paragraph_and_italic_leads_are_terms():
    blocks = read_document(DATA / "breaks.pdf").blocks
    paras = {b.text: b.source.page for b in blocks if isinstance(b, Paragraph)}
    # "Grid > Card > Strip" ends page 1 short of the margin: the paragraph ends there
    assert paras["Typical usage: Grid > Card > Strip"] == 1
    assert paras["Special layouts:"] == 2
    items = [b for b in blocks if isinstance(b, ListItem)]
    assert [(b.term, b.text) for b in items[:2]] == [
        ("Gromble", "f(x) = rows * 2"),
        ("Tessaract", "keeps a copy"),
    ]


def test_pdf_bold_run_wrapped_onto_a_line_of_its_own_is_no_heading():
    blocks = read_document(DATA / "wrapped-bold.pdf").blocks
    assert [b.title for b in blocks if isinstance(b, Heading)] == ["Hub services"]
    items = [b for b in blocks if isinstance(b, ListItem)]
    assert [b.term for b in items] == ["Gromble Reader", "FernKit"]
    assert "loader moods, the dominant shelf" in items[0].text
    assert items[0].text.endswith("every page it reads.")


def test_pdf_description_list_terms_at_the_margin_each_open_a_paragraph():
    # LaTeX's description list: the term in bold at the margin, its text's further lines set
    # in under it (a one-line term's text ends with its full stop)
    blocks = read_document(DATA / "described.pdf").blocks
    terms = [b.term for b in blocks if isinstance(b, Paragraph) and b.term]
    assert terms == ["Keep rate", "Fern ratio", "Quill ratio", "Moss score"]
    # each a thing with its own text, though no colon or dash follows its term
    x = extract_documents([DATA / "described.pdf"], class_names=class_names())
    said = {(x.entities[f.subject].label, f.obj) for f in x.facts if f.predicate == "definition"}
    assert ("Quill ratio", "The true drop rate.") in said
    assert {"Keep rate", "Fern ratio", "Moss score"} <= {s for s, _ in said}


def test_pdf_short_heading_below_two_columns_is_read_after_both():
    blocks = read_document(DATA / "column-end.pdf").blocks
    assert [b.title for b in blocks if isinstance(b, Heading)] == ["Loading rows", "Reports"]
    said = [b for b in blocks if isinstance(b, Paragraph)]
    assert [b.term for b in said] == [
        "Delta loader",
        "Mirror loader",
        "Batch loader",
        "Stream loader",
        "Sweep loader",
        "",
    ]
    # the paragraph the column break cuts is one paragraph, in its own section
    assert said[2].text.endswith("retry a failed batch on its own.")
    assert all(b.source.section[-1] == "Loading rows" for b in said[:5])


def test_pdf_two_columns_are_read_one_after_the_other():
    blocks = read_document(DATA / "columns.pdf").blocks
    said = [b.text for b in blocks if isinstance(b, (Paragraph, ListItem))]
    titles = [b.title for b in blocks if isinstance(b, Heading)]
    assert titles == ["Widget Hub field notes", "Loaders", "Renderers"]
    # the paragraph the column break cuts is one paragraph, read before the right column
    cut = next(t for t in said if t.startswith("Loaders never delete rows"))
    assert cut.endswith("closed and archived.")
    assert said.index(cut) < said.index(next(t for t in said if t.startswith("FernKit renders")))
    items = [b.term for b in blocks if isinstance(b, ListItem)]
    assert items == ["Delta loader", "Mirror loader", "Sweep loader"]


def test_pdf_dense_columns_are_no_table_and_each_bold_term_opens_its_paragraph():
    blocks = read_document(DATA / "dense-columns.pdf").blocks
    assert not [b for b in blocks if isinstance(b, Table)]  # two columns side by side
    terms = [b.term for b in blocks if isinstance(b, Paragraph) and b.term]
    assert terms[:3] == ["Gromble Store", "FernKit", "MossLib Hub"]
    assert len(terms) == 60  # ten a section, six sections: none run into the one above
    said = " ".join(b.text for b in blocks if isinstance(b, (Paragraph, ListItem)))
    assert "PM" not in said and "file:" not in said  # the browser's header and footer


def test_pdf_boxes_side_by_side_are_columns_not_a_table():
    # a slide of two cards (tests/data/cards.html, printed by Chromium): each card's heading
    # and nested bullets, left card first, with no table made of the two
    blocks = read_document(DATA / "cards.pdf").blocks
    assert not any(isinstance(b, Table) for b in blocks)
    titles = [b.title for b in blocks if isinstance(b, Heading)]
    assert titles == ["Widget Hub or FernKit?", "Widget Hub", "FernKit"]
    items = [(b.depth, b.text) for b in blocks if isinstance(b, ListItem)]
    assert items[:4] == [
        (0, "Check types"),
        (1, "Row quality"),
        (1, "Report drift"),
        (1, "Key drift"),
    ]
    assert (1, "Gromble files") in items and items[-1] == (0, "Never reads rows directly")


def test_pdf_table_told_by_shaded_rows_is_one_table():
    # tests/data/striped.html printed by Chromium: rows told apart by shading and a thin rule
    blocks = read_document(DATA / "striped.pdf").blocks
    tables = [b for b in blocks if isinstance(b, Table)]
    assert len(tables) == 1 and tables[0].header == ["Loader", "Reads", "Limit"]
    assert [r.cells[0] for r in tables[0].rows] == [
        "Delta loader",
        "Mirror loader",
        "Sweep loader",
        "Gromble loader",
    ]
    said = [b.text for b in blocks if isinstance(b, Paragraph)]
    assert said == ["Pick the Delta loader unless a table changes wholesale."]


def test_pdf_typeset_by_latex_keeps_its_sections_and_booktabs_rows():
    # Computer Modern's bold (CMBX12) sets the subsections; the contents list is no table
    blocks = read_document(DATA / "latex-article.pdf").blocks
    headings = [b.title for b in blocks if isinstance(b, Heading)]
    assert headings[2:] == [
        "Quill Tuner basics",
        "Search modes",
        "Averaging scores",
        "Zorbex exports",
    ]
    tables = [b for b in blocks if isinstance(b, Table)]
    assert len(tables) == 1  # (not the contents)
    assert [plain(c) for c in tables[0].header] == ["Mode", "How it picks the next job"]
    assert [r.cells for r in tables[0].rows] == [
        ["Fernwise", "learns from the jobs so far"],
        ["Scatter", "draws each job at random"],
        ["Sweep", "tries every listed value"],
    ]
    terms = [b.term for b in blocks if isinstance(b, ListItem)]
    assert terms[:3] == ["macro averaging", "micro averaging", "weighted averaging"]
    # the page numbers at the foot of LaTeX's wide bottom margin are no text
    assert not [b for b in blocks if isinstance(b, Paragraph) and b.text.strip().isdigit()]


def test_pdf_typeset_by_groff_keeps_its_numbered_sections_and_whole_words():
    blocks = read_document(DATA / "groff-memo.pdf").blocks
    assert [(b.level, b.title) for b in blocks if isinstance(b, Heading)] == [
        (1, "Quill memorandum"),
        (2, "Gromble loading"),
        (3, "Drip mode"),
        (2, "Tansy storage"),
    ]
    text = " ".join(b.text for b in blocks if isinstance(b, Paragraph))
    for word in ("workflow", "offers", "overtraining", "traffic", "workflows", "rows"):
        assert f" {word} " in text or f" {word}," in text, word
    # words the page sets apart stay apart
    assert "Gromble keeps a baseline" in text and "and reviews" in text


def test_pdf_boxed_table_with_no_rules_between_rows_keeps_its_rows():
    # groff's tbl draws a box round the table and a rule under its header only: each line
    # of the first column starts a row, however many lines the text beside it runs over
    tables = [b for b in read_document(DATA / "groff-memo.pdf").blocks if isinstance(b, Table)]
    assert len(tables) == 1 and tables[0].header == ["Mode", "What it does"]
    rows = [r.cells for r in tables[0].rows]
    assert [r[0] for r in rows] == ["All at once", "Drip", "Sweep"]
    assert rows[1][1] == (
        "a small share of the rows goes first; if the checks stay quiet during the wait the "
        "rest follows."
    )


def test_pdf_pieces_of_a_word_the_page_writes_whole_are_joined():
    from ingest.pdf import _mended

    def word(text, x0, top):
        return {
            "text": text,
            "x0": x0,
            "x1": x0 + 5 * len(text),
            "top": top,
            "bottom": top + 10,
            "size": 10.0,
            "fontname": "Times-Roman",
        }

    def space(x0, top):
        return {"text": " ", "x0": x0, "x1": x0 + 2.5, "top": top}

    # "Zorbex" is written whole on the page, then set in two pieces 3pt apart
    words = [
        word("Zorbex", 72, 100),
        word("plans", 105, 100),
        word("Zorb", 72, 120),
        word("ex", 95, 120),
        word("ships", 110, 120),
    ]
    spaces = [space(102, 100), space(106, 120)]
    assert [w["text"] for w in _mended(words, spaces)] == ["Zorbex", "plans", "Zorbex", "ships"]


def test_pdf_caption_naming_a_thing_over_a_table_gives_it_the_rows(tmp_path):
    x = extract_documents([DATA / "latex-article.pdf"], class_names=class_names())
    parts = {s for s, _, o in facts(x, "partOf") if o == "Quill Tuner"}
    assert {"Fernwise", "Scatter", "Sweep"} <= parts
    assert not [e for e in x.entities.values() if e.label.startswith("Table")]


def test_pdf_contents_lines_are_left_out_of_the_page():
    from ingest.pdf import _without_contents

    def line(top, texts, right=500.0):
        words, x = [], 60.0
        for t in texts[:-1]:
            words.append(
                {
                    "text": t,
                    "x0": x,
                    "x1": x + 6 * len(t),
                    "top": top,
                    "bottom": top + 10,
                    "size": 10,
                }
            )
            x += 6 * len(t) + 4
        words.append(
            {
                "text": texts[-1],
                "x0": right - 6,
                "x1": right,
                "top": top,
                "bottom": top + 10,
                "size": 10,
            }
        )
        return words

    contents = line(100, ["1", "Gromble", "1"]) + line(114, ["1.1", "Rows", ".", ".", ".", "2"])
    contents += line(128, ["2", "Quill", "4"])
    text = line(160, ["A", "line", "of", "text", "ends", "at", "the", "edge"])
    assert _without_contents(contents + text) == text


def test_pdf_line_end_hyphen_mends_words_only():
    from ingest.pdf import _join

    assert _join(["informa-", "tion flows"]) == "information flows"
    assert _join(["**scikit-**", "**learn, XGBoost**"]) == "**scikit-learn, XGBoost**"
    assert _join(["speech-to-", "text"]) == "speech-to-text"
    assert _join(["a Gromble-", "50 or Gromble-101 loader"]) == "a Gromble-50 or Gromble-101 loader"
    assert _join(["a 60-", "second timeout"]) == "a 60-second timeout"  # a figure's compound


def test_pdf_table_rows_keep_their_page():
    x = extract_documents([DATA / "notes.pdf"], class_names=class_names())
    assert all(u.source.page for u in x.units.values())


# -- DOCX -------------------------------------------------------------------------------------


def make_docx(path):
    docx = pytest.importorskip("docx")
    d = docx.Document()
    d.add_paragraph("Study Notes", style="Title")
    d.add_heading("Services", level=1)
    p = d.add_paragraph()
    p.add_run("Amazon SageMaker:").bold = True
    p.add_run(" builds, trains and deploys models.")
    d.add_paragraph("")
    d.add_paragraph("Amazon Kinesis for streams", style="List Bullet")
    d.add_paragraph("Data Firehose", style="List Bullet 2")
    d.add_paragraph("Prepare the data", style="List Number")
    d.add_heading("Algorithms", level=2)
    t = d.add_table(rows=3, cols=2)
    for row, cells in zip(
        t.rows, [("Algorithm", "Use Case"), ("XGBoost", ""), ("K-Means", "Segments")]
    ):
        for cell, text in zip(row.cells, cells):
            cell.text = text
    t.rows[1].cells[1].paragraphs[0].add_run("Tabular").bold = True
    t.rows[1].cells[1].add_paragraph("Ranking")
    d.styles.add_style("Source Code", 1)  # as pandoc names it; 1: a paragraph style
    d.add_paragraph("if x -> y:", style="Source Code")  # code: no lead term
    d.save(path)
    return path


def test_html_heading_permalinks_are_no_part_of_the_title(tmp_path):
    page = (
        '<html><body><article><h2 id="hub">Widget Hub<a class="headerlink" href="#hub" '
        'title="Permanent link">&para;</a></h2><p>Copies rows.</p>'
        '<h3 id="s">Sync <a href="#s">#</a></h3><p>Nightly, see <a href="#hub">the hub</a>.</p>'
        "</article></body></html>"
    )
    blocks = read_document(write(tmp_path, "site.html", page.encode())).blocks
    assert [b.title for b in blocks if isinstance(b, Heading)] == ["Widget Hub", "Sync"]
    assert blocks[-1].text == "Nightly, see the hub."


def test_docx_blocks_and_paragraph_lines(tmp_path):
    doc = read_document(make_docx(tmp_path / "notes.docx"))
    assert outline(doc.blocks) == [
        ("H", 1, "Study Notes", 1),
        ("H", 2, "Services", 1),
        ("P", 3, "Amazon SageMaker", "builds, trains and deploys models."),
        ("L", 5, "", "Amazon Kinesis for streams", 0, False),
        ("L", 6, "", "Data Firehose", 1, False),
        ("L", 7, "", "Prepare the data", 0, True),
        ("H", 8, "Algorithms", 2),
        (
            "T",
            9,
            ["Algorithm", "Use Case"],
            [["XGBoost", "<b>Tabular</b><br>Ranking"], ["K-Means", "Segments"]],
        ),
        ("C", 12, "if x -> y:"),
    ]
    assert doc.blocks[2].raw == "**Amazon SageMaker:** builds, trains and deploys models."
    assert doc.blocks[3].children == [doc.blocks[4]]
    assert doc.blocks[7].source.section == ("Services", "Algorithms")
    assert [r.line for r in doc.blocks[7].rows] == [10, 11]
    assert doc.pages[0][3] == "" and doc.pages[0][8:10] == [
        "Algorithm | Use Case",
        "XGBoost | Tabular Ranking",
    ]


def test_docx_gives_algorithm_entities(tmp_path):
    x = extract_documents([make_docx(tmp_path / "notes.docx")], class_names=class_names())
    assert entity_classes(x)["XGBoost"] == "Algorithm"


def test_docx_broken_file(tmp_path):
    with pytest.raises(ParseError, match=r"broken\.docx:1: not a readable DOCX"):
        read_document(write(tmp_path, "broken.docx", b"PK\x03\x04 not a zip"))
    with pytest.raises(ParseError, match=r"text\.docx:1: not a readable DOCX"):
        read_document(write(tmp_path, "text.docx", "plain text"))


@needs_dev
def test_real_docx():
    doc = read_document(DEV / "ahmabboud-ch4-lab.docx")
    items = [b for b in doc.blocks if isinstance(b, ListItem)]
    assert len(items) > 30 and any(b.depth == 1 for b in items)
    assert doc.blocks[0] == Heading(
        "Hands-on Lab: Basic Model Training with Amazon SageMaker", 1, doc.blocks[0].source
    )
    assert any(isinstance(b, Paragraph) for b in doc.blocks)
    assert len(doc.pages[0]) >= max(b.source.line_end for b in doc.blocks)


def test_pdf_table_without_rules_is_a_table():
    """A web page's borderless table printed to PDF: columns found by alignment, a wrapped
    cell joined, vertically centred cells kept in their row."""
    doc = read_document(DATA / "unruled.pdf")
    table = next(b for b in doc.blocks if isinstance(b, Table))
    assert table.header == ["Service", "Kind", "Good for"]
    assert [[plain(c) for c in r.cells] for r in table.rows] == [
        [
            "Amazon S3",
            "Object storage",
            "Data lakes and training data kept for years at a low price per gigabyte",
        ],
        ["Amazon EFS", "File system", "Shared files for many instances"],
        ["Amazon FSx for Lustre", "Parallel file system", "High-throughput training reads"],
    ]
    assert isinstance(doc.blocks[-1], Paragraph)  # the text after the table is not a row
    x = extract_documents([DATA / "unruled.pdf"], class_names=class_names())
    assert {"Amazon Simple Storage Service", "Amazon FSx for Lustre"} <= {
        e.label for e in x.entities.values() if e.cls == "Service"
    }


def test_pdf_grid_lines_wrapped_in_a_later_column_stay_in_their_row():
    """A borderless grid whose rows stand as close as its lines: the wrapped lines of a
    description are its row's, and the list they hold names things of the row."""
    doc = read_document(DATA / "grid-rows.pdf")
    table = next(b for b in doc.blocks if isinstance(b, Table))
    assert [plain(r.cells[0]) for r in table.rows] == ["Zorbex Planner", "Zorbex Vault"]
    assert "FernKit-QR, MossLib, Quibble" in plain(table.rows[0].cells[1])
    x = extract_documents([DATA / "grid-rows.pdf"], class_names=class_names())
    parts = {s for s, p, o in facts(x, "partOf") if o == "Zorbex Planner"}
    assert {"FernKit-QR", "MossLib", "Quibble", "Tessaract", "Gromble+", "NPTS"} <= parts


def test_pdf_bullets_of_the_right_column_hang_in_the_gutter():
    """Two CSS columns of bulleted lists: the right column's markers stand left of its text,
    in the gap between the columns; its lines are items too, not one paragraph."""
    doc = read_document(DATA / "column-lists.pdf")
    items = [b.text for b in doc.blocks if isinstance(b, ListItem)]
    assert len(items) == 14
    assert items[7:9] == ["Near real-time, buffers rows", "Fully managed, no shards"]
    assert isinstance(doc.blocks[-1], Paragraph)


def test_pdf_boxes_side_by_side_are_read_one_box_at_a_time():
    """A cram sheet of four boxes in a row: each box's lines are read down to its end before
    the next box (no line mixes two boxes), and the ruled table inside a box is a table."""
    doc = read_document(DATA / "box-grid.pdf")
    # "**Zorbex Stream** = real-time rows": the bold term leads what it is
    items = [
        f"{b.term} = {b.text}" if b.term else b.text for b in doc.blocks if isinstance(b, ListItem)
    ]
    assert (
        "Zorbex Stream = real-time rows, you write the readers, keeps rows for a week, replay works"
        in items
    )
    assert "Gromble Lake = object store, objects up to 5 units, partition by prefix" in items
    assert (
        items.index("Stream readers: FernKit, MossLib")
        < items.index("Cold rows go to Plinth Archive after 90 days")
        < items.index("Isolated jobs cannot make any outbound calls")
    )
    tables = [b for b in doc.blocks if isinstance(b, Table)]
    names = [plain(r.cells[0]) for r in tables[0].rows]
    assert names[-4:] == ["Fernish", "Zorble", "Quiver", "Mossling"]


def test_pdf_page_background_is_no_table_and_lettered_items_nest():
    """A word processor's export: the page painted white (one page-sized rectangle) is no
    table around everything, a lettered list nests under its item, and a cell's line break
    stays a break, not text."""
    doc = read_document(DATA / "exported.pdf")
    assert outline(doc.blocks)[:8] == [
        ("H", 1, "Gromble platform notes", 1),
        ("P", 2, "", "These notes follow the handbook. The intake tools come first."),
        ("L", 3, "", "Intake and storage", 0, True),
        ("L", 4, "", "Shaping the data", 0, True),
        ("L", 5, "", "missing rows and skewed classes", 1, True),
        ("L", 6, "", "tooling for shaping", 1, True),
        ("L", 7, "", "Metrics", 0, True),
        ("H", 8, "Intake and storage", 2),
    ]
    table = next(b for b in doc.blocks if isinstance(b, Table))
    assert table.header == ["Tool", "Good for"]
    assert [r.cells for r in table.rows] == [
        ["Zorbex Streams", "Replay<br>Custom consumers"],
        ["Zorbex Pipe", "Delivery into FernKit"],
    ]
    # a bold line ending in a colon leads in the list below it, as "**Modes:**" does in
    # Markdown: no heading
    lead = doc.blocks[doc.blocks.index(table) + 1]
    assert isinstance(lead, Paragraph) and (lead.term, lead.text) == ("Modes", "")


def test_pdf_words_in_a_code_font_are_code():
    x = extract_documents([DATA / "code.pdf"], class_names=class_names())
    assert {"scale_pos_weight", "max_depth"} <= {e.label for e in x.entities.values()}


def test_pdf_lines_full_of_smaller_code_go_on_with_their_paragraph():
    # the text's size, not the code's set smaller, tells where a paragraph goes on
    blocks = read_document(DATA / "small-code.pdf").blocks
    assert [(b.term, b.text.split(". ")[0]) for b in blocks if isinstance(b, Paragraph)] == [
        ("Quillmap", "the row sorter"),
        ("Mossgate", "the hub's front door."),
    ]
    assert "dedupe_mode" in blocks[1].text


def test_pdf_sentence_ending_on_a_short_line_ends_its_paragraph():
    # no space between the paragraphs: the short line a sentence ends on tells
    paras = [b for b in read_document(DATA / "sentence-end.pdf").blocks if isinstance(b, Paragraph)]
    assert (paras[0].term, paras[0].text) == (
        "Baseline run",
        "on the training rows, written as two files: stats and limits.",
    )
    assert paras[1].term == "Quill Watch"


def test_docx_titles_sized_over_text_left_to_the_document_default_are_headings(tmp_path):
    # a generator that sets sizes only on its titles (npm officegen) leaves the body text to
    # the document's default size, 11 pt here
    docx = pytest.importorskip("docx")
    from docx.oxml.ns import qn
    from docx.shared import Pt

    d = docx.Document()
    d.styles["Normal"].font.size = None
    defaults = d.styles.element.find(qn("w:docDefaults"))
    size = defaults.find(qn("w:rPrDefault")).find(qn("w:rPr")).find(qn("w:sz"))
    size.set(qn("w:val"), "22")

    def titled(text, pt):
        run = d.add_paragraph().add_run(text)
        run.bold, run.font.size = True, Pt(pt)

    titled("1. Gromble loading", 17)
    d.add_paragraph("Gromble copies rows into Quill each night.")
    titled("1.1 Drip mode", 13)
    d.add_paragraph("Drip mode sends one row at a time.")
    titled("2. Quill storage", 17)
    d.add_paragraph("Quill keeps rows for a year.")
    d.save(tmp_path / "sized.docx")
    blocks = read_document(tmp_path / "sized.docx").blocks
    assert [(b.level, b.title) for b in blocks if isinstance(b, Heading)] == [
        (1, "Gromble loading"),
        (2, "Drip mode"),
        (1, "Quill storage"),
    ]
    assert [b.source.section for b in blocks if isinstance(b, Paragraph)][1] == (
        "Gromble loading",
        "Drip mode",
    )


def test_docx_runs_in_a_code_font_are_code(tmp_path):
    import docx

    d = docx.Document()
    p = d.add_paragraph("Set ")
    p.add_run("max_depth").font.name = "Consolas"
    p.add_run(" before training.")
    d.save(tmp_path / "c.docx")
    x = extract_documents([tmp_path / "c.docx"], class_names=class_names())
    assert "max_depth" in {e.label for e in x.entities.values()}


def test_docx_onenote_page_titles_and_points_set_in_by_their_indent(tmp_path):
    # OneNote's export: a page title set large but not bold (a document that styles some of
    # its headings as headings too), a date line, then points set in by their own indent
    import docx
    from docx.shared import Pt

    d = docx.Document()
    d.add_heading("Gromble notes", level=1)
    for title, lead, points in (
        ("Loaders — which one when??", "Drip Loader", ["streams rows in", "keeps a day"]),
        ("Stores", "Quill Store", ["holds rows cold"]),
    ):
        d.add_paragraph().add_run(title).font.size = Pt(20)
        d.add_paragraph("Monday, February 3, 2025")
        p = d.add_paragraph()
        p.add_run(lead).bold = True
        p.add_run(" → the loader most notes pick first, and why")
        for point in points:
            d.add_paragraph(point).paragraph_format.left_indent = Pt(27)
    for p in d.paragraphs[1:]:
        for r in p.runs:
            r.font.size = r.font.size or Pt(11)
    d.save(tmp_path / "o.docx")
    blocks = read_document(tmp_path / "o.docx").blocks
    titles = [b.title for b in blocks if isinstance(b, Heading)]
    assert titles == ["Gromble notes", "Loaders — which one when??", "Stores"]
    items = [(b.text, b.depth, b.source.section[-1]) for b in blocks if isinstance(b, ListItem)]
    assert items == [
        ("streams rows in", 0, "Loaders — which one when??"),
        ("keeps a day", 0, "Loaders — which one when??"),
        ("holds rows cold", 0, "Stores"),
    ]


def test_docx_lines_broken_by_hand_are_a_glossary_and_a_card_stays_whole(tmp_path):
    import docx

    d = docx.Document()
    d.add_heading("Copying", level=1)
    p = d.add_paragraph("Delta copy: moves changed rows.")
    p.add_run().add_break()
    p.add_run("Mirror copy: keeps a live replica.")
    p = d.add_paragraph("Q: Widget chain?")
    p.add_run().add_break()
    p.add_run("A: Two to five containers behind one endpoint.")
    d.save(tmp_path / "g.docx")
    blocks = read_document(tmp_path / "g.docx").blocks
    assert [b.text for b in blocks if isinstance(b, Paragraph)] == [
        "Delta copy: moves changed rows.",
        "Mirror copy: keeps a live replica.",
        "Q: Widget chain? A: Two to five containers behind one endpoint.",
    ]
    x = extract_documents([tmp_path / "g.docx"], class_names=class_names())
    assert {"Delta copy", "Mirror copy", "Widget chain"} <= {e.label for e in x.entities.values()}


def test_docx_bullets_typed_on_broken_lines_are_a_list(tmp_path):
    import docx

    d = docx.Document()
    d.add_heading("Hub", level=1)
    p = d.add_paragraph()
    p.add_run("Too slow? Try:").bold = True
    p.runs[0].add_break()
    p.add_run("• lower the batch size")
    p.add_run().add_break()
    p.add_run("• raise the cache")
    d.save(tmp_path / "b.docx")
    blocks = read_document(tmp_path / "b.docx").blocks[1:]
    assert [(type(b).__name__, b.term, b.text) for b in blocks] == [
        ("Paragraph", "Too slow? Try", ""),
        ("ListItem", "", "lower the batch size"),
        ("ListItem", "", "raise the cache"),
    ]


def test_docx_an_italic_run_opening_a_paragraph_before_a_colon_is_its_lead_term(tmp_path):
    docx = pytest.importorskip("docx")
    d = docx.Document()
    p = d.add_paragraph()
    p.add_run("Facet").italic = True
    p.add_run(": the attribute a check is about, e.g. age.")
    p = d.add_paragraph()
    p.add_run("Mostly").italic = True
    p.add_run(" the loader is slow.")  # emphasis, no separator: no term
    d.save(tmp_path / "italic.docx")
    paragraphs = [b for b in read_document(tmp_path / "italic.docx").blocks]
    assert [(b.term, b.text) for b in paragraphs] == [
        ("Facet", "the attribute a check is about, e.g. age."),
        ("", "Mostly the loader is slow."),
    ]


def test_docx_a_short_underlined_line_is_a_sub_heading_over_the_known_thing_it_names(tmp_path):
    docx = pytest.importorskip("docx")
    from graph import build_graph, load_graph
    from graph.views import read_graph_view

    d = docx.Document()
    d.add_heading("Loaders", level=1)
    for name, text in (("Gromble Hub", "copies rows."), ("FernKit", "reads logs.")):
        p = d.add_paragraph()
        p.add_run(name).bold = True
        p.add_run(f" – {text}")
    d.add_paragraph().add_run("Gromble Hub details").underline = True
    d.add_paragraph("Destinations: Zorbex Store, MossLib and Quanta Lake.", style="List Bullet")
    d.add_paragraph().add_run("Mostly the loader is slow today.").underline = True
    d.save(tmp_path / "notes.docx")
    blocks = read_document(tmp_path / "notes.docx").blocks
    assert [getattr(b, "term", "") for b in blocks][-3] == "Gromble Hub details"
    assert not blocks[-1].term  # a sentence underlined is emphasis, not a heading
    build_graph([tmp_path / "notes.docx"], tmp_path / "build", progress=False)
    v = read_graph_view(load_graph(tmp_path / "build"))
    labels = {e.label for e in v.entities.values()}
    assert "Gromble Hub details" not in labels
    listed = next(f for f in v.facts if f.obj_is_entity is False and "Destinations" in f.obj)
    assert v.label(listed.subject) == "Gromble Hub"  # what follows is said of Gromble Hub


def test_html_content_tabs_are_sections_titled_by_their_tab(tmp_path):
    page = (
        "<html><body><h2>Loaders</h2>\n"
        '<div class="tabbed-set"><input type="radio"><input type="radio">'
        '<div class="tabbed-labels"><label>Gromble</label><label>FernKit</label></div>\n'
        '<div class="tabbed-content"><div class="tabbed-block"><p>Copies rows.</p></div>\n'
        '<div class="tabbed-block"><ul><li>Sinks: Zorb, Quill, Mossy</li></ul></div>'
        "</div></div>\n"
        '<div><div role="tablist"><button role="tab" aria-controls="p1">Tessaract</button>'
        '</div><div role="tabpanel" id="p1"><p>Keeps rows.</p></div></div>\n'
        "<p>After the tabs.</p></body></html>\n"
    )
    doc = read_document(write(tmp_path, "tabs.html", page))
    said = [(b.source.section, getattr(b, "title", "") or b.text) for b in doc.blocks]
    assert said == [
        (("Loaders",), "Loaders"),
        (("Loaders", "Gromble"), "Gromble"),
        (("Loaders", "Gromble"), "Copies rows."),
        (("Loaders", "FernKit"), "FernKit"),
        (("Loaders", "FernKit"), "Sinks: Zorb, Quill, Mossy"),
        (("Loaders", "Tessaract"), "Tessaract"),
        (("Loaders", "Tessaract"), "Keeps rows."),
        (("Loaders",), "After the tabs."),
    ], said


def test_html_cards_and_accordion_items_are_sections_titled_by_their_headers(tmp_path):
    page = (
        "<html><body><h2>Loaders</h2>\n"
        '<div class="card"><div class="card-header">Gromble <span class="badge">fav</span></div>\n'
        '<div class="card-body"><p>Copies rows.</p></div></div>\n'
        '<div class="accordion"><div class="accordion-item">\n'
        '<h2 class="accordion-header"><button class="accordion-button" type="button">'
        "FernKit</button></h2>\n"
        '<div class="accordion-collapse collapse"><div class="accordion-body">Keeps rows.'
        "</div></div></div></div>\n"
        '<ul class="list-group"><li class="list-group-item">Quill <span class="badge">fav</span>'
        " - keeps rows</li></ul>\n"
        "<p>After the cards.</p></body></html>\n"
    )
    doc = read_document(write(tmp_path, "cards.html", page))
    said = [(b.source.section, getattr(b, "title", "") or b.text) for b in doc.blocks]
    assert said == [
        (("Loaders",), "Loaders"),
        (("Loaders", "Gromble"), "Gromble"),
        (("Loaders", "Gromble"), "Copies rows."),
        (("Loaders", "FernKit"), "FernKit"),
        (("Loaders", "FernKit"), "Keeps rows."),
        (("Loaders",), "Quill (fav) - keeps rows"),  # a badge: a remark on the name before it
        (("Loaders",), "After the cards."),
    ], said


def test_html_email_layout_titles_in_big_bold_type_are_headings(tmp_path):
    # an e-mail's layout: presentation tables, titles as cells in big bold type, one real
    # <h2> that says which level its size is; a small bold label is no heading
    body = 'style="font-size:15px;color:#333"'
    page = (
        '<html><body><table role="presentation" width="600"><tr><td>\n'
        '<table role="presentation"><tr><td style="font-size:11px;font-weight:bold">'
        "THIS WEEK</td></tr>\n"
        '<tr><td style="font-size:24px;font-weight:bold">Gromble loaders</td></tr>\n'
        f"<tr><td {body}>Gromble copies rows into Quill every night for the whole team.</td></tr>\n"
        '<tr><td style="font-size:18px;line-height:22px"><b>Sweep mode</b></td></tr>\n'
        f"<tr><td {body}>Sweep mode re-reads the ledger and keeps the newest row of each key.</td></tr>\n"
        "</table></td><td>\n"
        '<h2 style="font-size:24px;font-weight:bold">Mossy Vault</h2>\n'
        f"<p {body}>Mossy Vault keeps the rows for a year, then drops them for good.</p>\n"
        "</td></tr></table></body></html>\n"
    )
    doc = read_document(write(tmp_path, "issue.html", page))
    said = [
        (type(b).__name__, b.source.section, getattr(b, "title", "") or b.text) for b in doc.blocks
    ]
    assert said == [
        ("Paragraph", (), "THIS WEEK"),
        ("Heading", ("Gromble loaders",), "Gromble loaders"),
        ("Paragraph", ("Gromble loaders",), said[2][2]),
        ("Heading", ("Gromble loaders", "Sweep mode"), "Sweep mode"),
        ("Paragraph", ("Gromble loaders", "Sweep mode"), said[4][2]),
        ("Heading", ("Mossy Vault",), "Mossy Vault"),
        ("Paragraph", ("Mossy Vault",), said[6][2]),
    ], said
    assert {b.level for b in doc.blocks if isinstance(b, Heading)} == {2, 3}


def test_html_email_table_of_rows_under_a_bold_header_is_a_table(tmp_path):
    # every table of a mail is marked as layout; one whose first row names its columns in
    # bold over rows of as many cells tabulates, and its rows say things of their first cell
    cell = 'style="border-bottom:1px solid #eee"'
    page = (
        '<html><body><table role="presentation" width="600"><tr><td>\n'
        '<table role="presentation" width="100%">\n'
        '<tr style="font-weight:bold"><td>Loader</td><td>What it does</td><td>Limits</td></tr>\n'
        f"<tr><td {cell}><b>Gromble</b></td><td {cell}>copies rows into Quill</td>"
        f"<td {cell}>1 MB rows</td></tr>\n"
        f"<tr><td {cell}><b>Fernhose</b></td><td {cell}>streams rows to Mossy Vault</td>"
        f"<td {cell}>no replay</td></tr>\n"
        "</table>\n"
        '<table role="presentation"><tr><td><a href="#">Unsubscribe</a></td><td>Share</td></tr>'
        "</table></td></tr></table></body></html>\n"
    )
    doc = read_document(write(tmp_path, "digest.html", page))
    tables = [b for b in doc.blocks if isinstance(b, Table)]
    assert [t.header for t in tables] == [["Loader", "What it does", "Limits"]]
    assert [plain(r.cells[0]) for r in tables[0].rows] == ["Gromble", "Fernhose"]


def test_html_page_without_styled_titles_keeps_its_paragraphs(tmp_path):
    # bold text in the body's own size, and a big line that is a sentence, are no headings
    page = (
        '<html><body><p style="font-size:14px"><b>Quill rows</b></p>\n'
        '<p style="font-size:14px">Quill keeps rows in one shard per tenant for speed.</p>\n'
        '<p style="font-size:22px;font-weight:bold">Quill never drops a row it has seen.</p>\n'
        "</body></html>\n"
    )
    doc = read_document(write(tmp_path, "plain.html", page))
    assert not [b for b in doc.blocks if isinstance(b, Heading)]


def test_html_a_section_holding_a_tab_set_keeps_the_rest_of_its_content(tmp_path):
    # a Quarto/Bootstrap tab set deep inside a section: only the set reads as tabs
    page = (
        '<html><body><main><section class="level2"><h2>Stores</h2>\n'
        "<p>Quill keeps rows for a year.</p>\n"
        '<div class="panel-tabset"><ul class="nav nav-tabs" role="tablist">'
        '<li role="presentation"><a role="tab" aria-controls="t1">Zorb</a></li></ul>\n'
        '<div class="tab-content"><div id="t1" role="tabpanel"><p>Zorb keeps rows.</p></div>'
        "</div></div>\n"
        "<p>Mossy keeps rows for a day.</p></section></main></body></html>\n"
    )
    doc = read_document(write(tmp_path, "quarto.html", page))
    said = [getattr(b, "title", "") or b.text for b in doc.blocks]
    assert said == [
        "Stores",
        "Quill keeps rows for a year.",
        "Zorb",
        "Zorb keeps rows.",
        "Mossy keeps rows for a day.",
    ], said


def test_pdf_a_word_broken_at_a_line_end_is_mended_when_the_document_writes_it_whole():
    from ingest.pdf import _WRITTEN_WHOLE, _join

    assert _join(["trained with Quill-", "vaultnet layers"]) == "trained with Quill-vaultnet layers"
    token = _WRITTEN_WHOLE.set(frozenset({"quillvaultnet"}))
    try:
        assert (
            _join(["trained with Quill-", "vaultnet layers"]) == "trained with Quillvaultnet layers"
        )
        # a compound stays one ("row-by-" | "row")
        assert _join(["copied row-by-", "row today"]) == "copied row-by-row today"
    finally:
        _WRITTEN_WHOLE.reset(token)


def test_a_group_label_spanning_the_header_is_folded_into_the_names_under_it(tmp_path):
    page = read_html(
        "<table><tr><th></th><th colspan='3'>Gromble loaders</th></tr>\n"
        "<tr><th>Criterion</th><th>Drip</th><th>Bulk</th><th>Sweep</th></tr>\n"
        "<tr><td>Speed</td><td>fast</td><td>slow</td><td>slow</td></tr>\n"
        "<tr><td>Cost</td><td>low</td><td>high</td><td>medium</td></tr></table>"
    )
    assert outline(page.blocks) == [
        (
            "T",
            1,
            ["Criterion", "Drip", "Bulk", "Sweep"],
            [["Speed", "fast", "slow", "slow"], ["Cost", "low", "high", "medium"]],
        )
    ]
    docx = pytest.importorskip("docx")
    d = docx.Document()
    t = d.add_table(rows=4, cols=4)
    t.cell(0, 1).merge(t.cell(0, 3)).text = "Gromble loaders"
    for row, cells in enumerate(
        [["Criterion", "Drip", "Bulk", "Sweep"], ["Speed", "fast", "slow", "slow"]], 1
    ):
        for i, text in enumerate(cells):
            t.cell(row, i).text = text
    t.cell(2, 0).merge(t.cell(3, 0))
    for i, text in enumerate(["low", "high", "medium"], 1):
        t.cell(3, i).text = text
    d.save(tmp_path / "matrix.docx")
    table = next(b for b in read_document(tmp_path / "matrix.docx").blocks if isinstance(b, Table))
    assert table.header == ["Criterion", "Drip", "Bulk", "Sweep"]
    assert [r.cells for r in table.rows] == [
        ["Speed", "fast", "slow", "slow"],
        ["Speed", "low", "high", "medium"],
    ]


def test_html_a_two_column_table_without_header_cells_is_a_labelled_list(tmp_path):
    page = read_html(
        '<div class="hdlist"><table><tr><td class="hdlist1">QV</td><td class="hdlist2">'
        "<p>Quill Vault (renamed in 2024)</p></td></tr>\n"
        '<tr><td class="hdlist1">ZT</td><td class="hdlist2"><p>Zorbex Tuner</p></td></tr>'
        "</table></div>"
    )
    assert outline(page.blocks) == [
        ("L", 1, "QV", "Quill Vault (renamed in 2024)", 0, False),
        ("L", 2, "ZT", "Zorbex Tuner", 0, False),
    ]
    x = extract_documents(
        [
            write(
                tmp_path,
                "abbr.html",
                "<html><body>"
                + (
                    "<table><tr><td>QV</td><td>Quill Vault (renamed in 2024)</td></tr>"
                    "<tr><td>ZT</td><td>Zorbex Tuner</td></tr></table>"
                    "<p>QV keeps rows. ZT tunes rows.</p></body></html>"
                ),
            )
        ]
    )
    names = {e.label: e.aliases for e in x.entities.values()}
    assert "QV" in names["Quill Vault"] and "ZT" in names["Zorbex Tuner"], names


def test_docx_definition_list_terms_lead_their_definitions(tmp_path):
    docx = pytest.importorskip("docx")
    d = docx.Document()
    for name in ("Definition Term", "Definition"):
        if name not in [s.name for s in d.styles]:
            d.styles.add_style(name, 1)  # paragraph styles, as pandoc names them
    d.add_paragraph("Quill Vault", style="Definition Term")
    d.add_paragraph("Keeps rows for a year, then drops them.", style="Definition")
    d.add_paragraph("Gromble Tuner", style="Definition Term")
    d.add_paragraph("Tries settings until a metric stops improving.", style="Definition")
    d.add_paragraph("Lonely term", style="Definition Term")
    d.save(tmp_path / "terms.docx")
    assert outline(read_document(tmp_path / "terms.docx").blocks) == [
        ("L", 1, "Quill Vault", "Keeps rows for a year, then drops them.", 0, False),
        ("L", 3, "Gromble Tuner", "Tries settings until a metric stops improving.", 0, False),
        ("P", 5, "", "Lonely term"),
    ]


def test_struck_through_words_are_taken_back_in_markdown_html_and_docx(tmp_path):
    said = "We found that Zorb zeroes weights."
    md = write(tmp_path, "fix.md", "# Fix\n\nWe found that ~~Quill~~ Zorb zeroes weights.\n")
    assert [b.text for b in read_document(md).blocks[1:]] == [said]
    page = read_html("<p>We found that <del>Quill</del> Zorb zeroes weights.</p>")
    assert [b.text for b in page.blocks] == [said]
    docx = pytest.importorskip("docx")
    d = docx.Document()
    p = d.add_paragraph("We found that ")
    p.add_run("Quill").font.strike = True
    p.add_run(" Zorb zeroes weights.")
    d.save(tmp_path / "fix.docx")
    assert [b.text for b in read_document(tmp_path / "fix.docx").blocks] == [said]


def test_html_a_table_caption_names_the_kind_of_its_rows(tmp_path):
    page = (
        "<html><body><h2>Stores</h2><table><caption>Table 1. Quill store tiers I need to"
        " know</caption><thead><tr><th>Tier</th><th>Keeps rows</th></tr></thead><tbody>"
        "<tr><td>Quill Hot</td><td>a day</td></tr><tr><td>Quill Cold</td><td>a year</td></tr>"
        "</tbody></table></body></html>"
    )
    x = extract_documents([write(tmp_path, "tiers.html", page)], class_names=class_names())
    tiers = {s for s, _, o in facts(x, "kind") if o == "quill store tier"}
    assert tiers == {"Quill Hot", "Quill Cold"}, facts(x, "kind")


def test_docx_a_caption_styled_paragraph_names_the_kind_of_the_table_after_it(tmp_path):
    docx = pytest.importorskip("docx")
    d = docx.Document()
    if "Table Caption" not in [s.name for s in d.styles]:
        d.styles.add_style("Table Caption", 1)
    d.add_paragraph("Quill store tiers I need to know (short notes)", style="Table Caption")
    t = d.add_table(rows=3, cols=2)
    for r, cells in enumerate(
        [["Store tier", "Keeps rows"], ["Quill Hot", "a day"], ["Quill Cold", "a year"]]
    ):
        for c, text in enumerate(cells):
            t.cell(r, c).text = text
    d.save(tmp_path / "tiers.docx")
    x = extract_documents([tmp_path / "tiers.docx"], class_names=class_names())
    assert {s for s, _, o in facts(x, "kind") if o == "quill store tier"} == {
        "Quill Hot",
        "Quill Cold",
    }


def test_html_a_generated_page_s_link_glyphs_admonition_titles_and_captions(tmp_path):
    # as Sphinx writes them: an icon-font permalink, a note's own title, a captioned table
    page = (
        '<html><body><div role="main"><section><h2>Bulk loader<a class="headerlink"'
        ' href="#bulk" title="Link">\uf0c1</a></h2>\n'
        '<div class="admonition note"><p class="admonition-title">Note</p>'
        "<p>The bulk loader runs at night.</p></div>\n"
        '<table><caption><span class="caption-text">Loader limits</span></caption>'
        "<thead><tr><th>Loader</th><th>Max rows</th></tr></thead><tbody>"
        "<tr><td>Drip loader</td><td>10,000</td></tr><tr><td>Bulk loader</td><td>1,000,000</td>"
        "</tr></tbody></table></section></div></body></html>"
    )
    doc = read_document(write(tmp_path, "guide.html", page))
    assert [getattr(b, "title", "") or getattr(b, "text", "") for b in doc.blocks[:3]] == [
        "Bulk loader",
        "The bulk loader runs at night.",
        "Loader limits",
    ]
    x = extract_documents([tmp_path / "guide.html"], class_names=class_names())
    said = facts(x)
    assert ("Drip loader", "hasAttribute", "10,000") in said
    assert not [f for f in said if f[1] == "definition" and f[2] == "Loader limits"]
    assert not [f for f in said if f[0] in ("10", "000")]


def test_docx_tracked_changes_read_as_accepted_and_a_text_box_once(tmp_path):
    docx = pytest.importorskip("docx")
    from docx.oxml import parse_xml
    from docx.oxml.ns import nsdecls

    w = nsdecls("w")
    mark = 'w:author="Reviewer" w:date="2026-01-01T00:00:00Z"'
    d = docx.Document()
    p = d.add_paragraph("Zorbex reads rows with ")
    p._p.append(
        parse_xml(f'<w:del {w} w:id="1" {mark}><w:r><w:delText>Quill</w:delText></w:r></w:del>')
    )
    p._p.append(parse_xml(f'<w:ins {w} w:id="2" {mark}><w:r><w:t>Bramble</w:t></w:r></w:ins>'))
    p.add_run(" only.")
    # a tip in a frame, drawn twice (for new and old readers) as word processors save it
    box = "<w:txbxContent><w:p><w:r><w:t>Tip: Tansy keeps a copy.</w:t></w:r></w:p></w:txbxContent>"
    anchor = d.add_paragraph("See the tip.")
    anchor._p.append(
        parse_xml(
            f'<w:r {w} xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006"'
            ' xmlns:v="urn:schemas-microsoft-com:vml"><mc:AlternateContent>'
            f'<mc:Choice Requires="wps"><w:drawing><w:txbx>{box}</w:txbx></w:drawing></mc:Choice>'
            f"<mc:Fallback><w:pict><v:textbox>{box}</v:textbox></w:pict></mc:Fallback>"
            "</mc:AlternateContent></w:r>"
        )
    )
    table = d.add_table(rows=1, cols=1)
    cell = table.rows[0].cells[0].paragraphs[0]
    cell._p.append(parse_xml(f'<w:ins {w} w:id="3" {mark}><w:r><w:t>Mossy</w:t></w:r></w:ins>'))
    d.save(tmp_path / "reviewed.docx")
    doc = read_document(tmp_path / "reviewed.docx")
    # a one-cell table is a callout: its paragraph
    assert [b.text for b in doc.blocks] == [
        "Zorbex reads rows with Bramble only.",
        "See the tip.",
        "Tip: Tansy keeps a copy.",
        "Mossy",
    ]


def test_html_bold_set_by_style_leads_an_item_and_an_icon_beside_a_styled_title_is_nothing():
    page = (
        "<html><body><p style='font-size:11pt'>Rows move between Quill stores all day long.</p>"
        "<p style='font-size:11pt'>Each store keeps its rows for a week or more.</p>"
        "<p style='font-size:14pt'><img src='star.png' alt='Important'><span>&nbsp;</span>"
        "<span style='font-weight:bold'>3. Quill store roles</span></p><ul>"
        "<li><span style='font-size:11pt'><span style='font-weight:bold'>Keeper node</span>"
        " - holds the rows -&gt; never on spare hardware</span></li>"
        "<li><span style='font-weight:700'>Runner node</span> = only computes</li></ul>"
        "<table><tr><th>Store</th><th>Roles</th></tr><tr><td>Quill</td><td>"
        "<span style='font-weight:bold'>Keeper</span>: holds rows</td></tr></table>"
        "</body></html>"
    )
    doc = read_html(page)
    heads = [b for b in doc.blocks if isinstance(b, Heading)]
    assert [h.title for h in heads] == ["Quill store roles"]
    items = [(b.term, b.text) for b in doc.blocks if isinstance(b, ListItem)]
    assert items == [
        ("Keeper node", "holds the rows -> never on spare hardware"),
        ("Runner node", "only computes"),
    ]
    table = next(b for b in doc.blocks if isinstance(b, Table))
    assert "<b>Keeper</b>" in table.rows[0].cells[1]


def test_docx_a_short_term_then_a_tab_leads_what_it_is_but_a_contents_line_does_not(tmp_path):
    docx = pytest.importorskip("docx")
    d = docx.Document()
    d.add_heading("Scores", 1)
    p = d.add_paragraph()
    p.add_run("Quill rate").bold = True
    p.add_run("\tkept rows / (kept rows + lost rows). Watch it when losing rows costs.")
    d.add_paragraph("Tansy score\tthe mean of the two rates.")
    d.add_paragraph("Scores\t12")  # a table of contents line: a page number
    d.save(tmp_path / "scores.docx")
    doc = read_document(tmp_path / "scores.docx")
    paragraphs = [(b.term, b.text) for b in doc.blocks if isinstance(b, Paragraph)]
    assert paragraphs[0] == (
        "Quill rate",
        "kept rows / (kept rows + lost rows). Watch it when losing rows costs.",
    )
    assert paragraphs[1] == ("", "Tansy score: the mean of the two rates.")
    assert paragraphs[2] == ("", "Scores 12")


def test_html_a_data_frame_s_index_name_row_names_the_first_column(tmp_path):
    page = (
        "<html><body><h2>Stores</h2><table class='dataframe'><thead>"
        "<tr><th></th><th>Keeps rows</th><th>Feeds</th></tr>"
        "<tr><th>Store</th><th></th><th></th></tr></thead><tbody>"
        "<tr><th>Quill Hot</th><td>a day</td><td>Fern Search / Moss Lake</td></tr>"
        "<tr><th>Quill Cold</th><td>a year</td><td>Moss Lake</td></tr>"
        "</tbody></table></body></html>"
    )
    table = next(b for b in read_html(page).blocks if isinstance(b, Table))
    assert table.header == ["Store", "Keeps rows", "Feeds"]
    assert [r.cells[0] for r in table.rows] == ["Quill Hot", "Quill Cold"]


def test_docx_a_footnote_is_read_after_the_paragraph_that_calls_it(tmp_path):
    import zipfile

    docx = pytest.importorskip("docx")
    from docx.oxml import parse_xml
    from docx.oxml.ns import nsdecls

    d = docx.Document()
    d.add_heading("Stores", 1)
    p = d.add_paragraph("Quill Hub keeps rows for a week.")
    p._p.append(parse_xml(f'<w:r {nsdecls("w")}><w:footnoteReference w:id="1"/></w:r>'))
    d.add_paragraph("Fern Lake keeps rows for a year.")
    d.save(tmp_path / "plain.docx")
    notes = (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
        f"<w:footnotes {nsdecls('w')}>"
        '<w:footnote w:type="separator" w:id="-1"><w:p><w:r><w:separator/></w:r></w:p>'
        '</w:footnote><w:footnote w:id="1"><w:p><w:r><w:footnoteRef/></w:r>'
        '<w:r><w:t xml:space="preserve"> Tansy Store replaced Quill Hub in 2025.</w:t></w:r>'
        "</w:p></w:footnote></w:footnotes>"
    )
    with (
        zipfile.ZipFile(tmp_path / "plain.docx") as src,
        zipfile.ZipFile(tmp_path / "noted.docx", "w") as out,
    ):
        for item in src.infolist():
            data = src.read(item.filename)
            if item.filename == "[Content_Types].xml":
                data = data.replace(
                    b"</Types>",
                    b'<Override PartName="/word/footnotes.xml" ContentType="application/'
                    b'vnd.openxmlformats-officedocument.wordprocessingml.footnotes+xml"/></Types>',
                )
            if item.filename == "word/_rels/document.xml.rels":
                data = data.replace(
                    b"</Relationships>",
                    b'<Relationship Id="rIdNotes" Type="http://schemas.openxmlformats.org/'
                    b'officeDocument/2006/relationships/footnotes" Target="footnotes.xml"/>'
                    b"</Relationships>",
                )
            out.writestr(item, data)
        out.writestr("word/footnotes.xml", notes)
    doc = read_document(tmp_path / "noted.docx")
    assert [b.text for b in doc.blocks if isinstance(b, Paragraph)] == [
        "Quill Hub keeps rows for a week.",
        "Tansy Store replaced Quill Hub in 2025.",
        "Fern Lake keeps rows for a year.",
    ]


def test_html_an_outline_export_s_status_keywords_and_postamble_are_not_text():
    page = (
        "<html><body><div id='content'><h1 class='title'>Notes</h1>"
        "<div class='outline-2'><h2 id='o1'>"
        "<span class='section-number-2'>1.</span> <span class='todo TODO'>TODO</span> Quill"
        " streaming&#xa0;<span class='tag'><span class='aws'>aws</span></span></h2>"
        "<p>Quill Streams keeps rows for a week.</p></div></div>"
        "<div id='postamble' class='status'><p class='author'>Author: Fern</p>"
        "<p class='creator'>Emacs 29.1 (Org mode 9.6)</p></div></body></html>"
    )
    doc = read_html(page)
    # the tag stays: it says what the section is about
    heads = [h.title for h in doc.blocks if isinstance(h, Heading)]
    assert heads == ["Notes", "Quill streaming aws"]
    assert [b.text for b in doc.blocks if not isinstance(b, Heading)] == [
        "Quill Streams keeps rows for a week."
    ]


def test_html_tabs_without_ids_collapsed_sections_and_zero_width_marks():
    page = (
        "<html><body><article><h2>Quill services<a class='hash-link' href='#q'>&#8203;</a></h2>"
        "<div class='tabs-container'><ul role='tablist'><li role='tab'>Text</li>"
        "<li role='tab'>Images</li></ul><div><div role='tabpanel'><ul><li><strong>Quill"
        " Words</strong> – reads text.</li></ul></div><div role='tabpanel' hidden=''><ul><li>"
        "<strong>Quill Eyes</strong> – reads images.</li></ul></div></div></div>"
        "<div class='theme-admonition'><div class='admonitionHeading_Ab12'>tip</div>"
        "<div class='admonitionContent_Cd34'><p>Start with Quill Words.</p></div></div>"
        "<details><summary>Settings we forget</summary><div style='display:none'><ul><li>"
        "<strong>Fern Depth</strong> – how deep a tree goes.</li></ul></div></details>"
        "</article></body></html>"
    )
    doc = read_html(page)
    heads = [(h.level, h.title) for h in doc.blocks if isinstance(h, Heading)]
    assert heads == [(2, "Quill services"), (3, "Text"), (3, "Images"), (3, "Settings we forget")]
    items = {(b.term, b.source.section[-1]) for b in doc.blocks if isinstance(b, ListItem)}
    assert items == {
        ("Quill Words", "Text"),
        ("Quill Eyes", "Images"),
        ("Fern Depth", "Settings we forget"),
    }
    assert [b.text for b in doc.blocks if isinstance(b, Paragraph)] == ["Start with Quill Words."]


def test_docx_an_outline_numbered_by_hand_nests_its_items(tmp_path):
    docx = pytest.importorskip("docx")
    d = docx.Document()
    d.add_heading("Widget services", 1)
    for label, term, text in [
        ("1.1.1", "Quill Hub", "stores rows for later."),
        (
            "(a)",
            "Loader kinds",
            ": Drip Loader (small rows), Gulp Loader (big rows) and Sip Loader.",
        ),
        ("(b)", "Fern mode", " – keeps a copy of each row."),
        ("1.1.2", "Tansy Search", " – finds rows by meaning."),
        ("(a)", "Ranking", ": learns from clicks."),
        ("(i)", "Boosts", ": freshness and author."),
        ("(b)", "Editions", ": Basic and Pro."),
    ]:
        p = d.add_paragraph()
        p.add_run(f"{label}\t")
        p.add_run(term).bold = True
        p.add_run(text if text[0] in ":–" or text.startswith(" ") else " – " + text)
    d.add_paragraph("3.5 million rows were loaded in the trial; 2. is not a label here.")
    d.save(tmp_path / "outline.docx")
    doc = read_document(tmp_path / "outline.docx")
    items = [b for b in doc.blocks if isinstance(b, ListItem)]
    assert [(i.depth, i.term) for i in items] == [
        (0, "Quill Hub"),
        (1, "Loader kinds"),
        (1, "Fern mode"),
        (0, "Tansy Search"),
        (1, "Ranking"),
        (2, "Boosts"),
        (1, "Editions"),
    ]
    assert [c.term for c in items[0].children] == ["Loader kinds", "Fern mode"]
    assert items[1].text.startswith("Drip Loader")
    assert [b.text for b in doc.blocks if isinstance(b, Paragraph)] == [
        "3.5 million rows were loaded in the trial; 2. is not a label here."
    ]


def test_pdf_typed_throughout_in_a_fixed_width_font_is_text_not_code():
    doc = read_document(DATA / "typed.pdf")
    said = " ".join(getattr(b, "raw", "") or getattr(b, "text", "") for b in doc.blocks)
    assert "under the hood" in said and "`" not in said
    assert [b.title for b in doc.blocks if isinstance(b, Heading)] == ["gromble loaders"]
    x = extract_documents([DATA / "typed.pdf"], class_names=class_names())
    assert not {"hood", "under", "the"} & {e.label for e in x.entities.values()}
    assert {"Quill Loader", "Tansy Loader"} <= {e.label for e in x.entities.values()}


def test_pdf_printed_from_plain_text_reads_as_the_text_it_was_printed_from():
    doc = read_document(DATA / "typed-notes.pdf")
    headings = [(b.level, b.title) for b in doc.blocks if isinstance(b, Heading)]
    assert headings == [
        (1, "QUILL PLATFORM NOTES"),
        (2, "GROMBLE LOADING"),
        (3, "ZORBEX PLANNER"),
        (2, "FILLER"),
        (3, "BRAMBLE HUB"),
    ]
    tables = [b for b in doc.blocks if isinstance(b, Table)]
    assert [r.cells for r in tables[0].rows] == [
        ["Fern Vault", "hot rows, read often"],
        ["Tansy Archive", "cold rows, read rarely"],
    ]
    items = [(b.term, b.text) for b in doc.blocks if isinstance(b, ListItem)]
    assert ("Batch mode", "rows in blocks of ~1,000, cheapest") in items
    assert ("", "logs go to Fern Vault") in items
    # the printer's quotes back as typed: a code span
    assert any("`zorb_plan`" in b.raw for b in doc.blocks if isinstance(b, Paragraph))
    # the page header the printer repeats is no text; lines are the page's own
    assert not [line for page in doc.pages for line in page if "Quill notes" in line]
    hub = next(b for b in doc.blocks if isinstance(b, Heading) and b.title == "BRAMBLE HUB")
    assert hub.source.page == 2 and doc.pages[1][hub.source.line_start - 1] == "BRAMBLE HUB"


def test_pdf_printed_by_a2ps_reads_as_its_text_without_the_printer_s_header_and_footer():
    # a2ps sets its header ("Printed by ...", date, title, page) and footer in Helvetica
    doc = read_document(DATA / "a2ps-notes.pdf")
    headings = [(b.level, b.title) for b in doc.blocks if isinstance(b, Heading)]
    assert headings == [
        (1, "GROMBLE PLATFORM NOTES"),
        (2, "LOADING"),
        (3, "Quill Planner"),  # "3a. Quill Planner", set out over its text set in below it
        (2, "FILLER"),
        (2, "TANSY HUB"),  # page 2 opens with it: page 1 ended at a blank line
    ]
    items = [(b.term, b.text) for b in doc.blocks if isinstance(b, ListItem)]
    assert items == [
        ("Drip Loader", "copies one row at a time, lowest latency; good for small tables."),
        ("Gulp Loader", "copies rows in blocks of 1,000."),
        ("Sip Hub", "streams rows through a pipe."),
        ("leader node", "plans each load"),
        ("worker nodes", "copy the rows"),
        ("", "plan files"),
        ("", "load reports"),
    ]
    said = [b.text for b in doc.blocks if isinstance(b, Paragraph)]
    assert "Bramble Store keeps the plans for a week." in said  # not the last item's
    assert said[0] == "Gromble copies rows from one store to another, kept in the Fern-Vault."
    assert not [line for page in doc.pages for line in page if "Printed by" in line]
    hub = next(b for b in doc.blocks if isinstance(b, Heading) and b.title == "TANSY HUB")
    assert hub.source.page == 2 and doc.pages[1][hub.source.line_start - 1] == "3. TANSY HUB"


def test_pdf_table_without_borders_whose_rows_are_set_as_close_as_wrapped_lines():
    # pandoc 3.9 made the ODT of lo-borderless-table.md, LibreOffice 7.4 its PDF: the table
    # has no rules, its rows stand as close as a cell's wrapped lines, and a word in the
    # middle of the page ("0.3") may stand one space after the cell before it
    doc = read_document(DATA / "lo-borderless-table.pdf")
    tables = [b for b in doc.blocks if isinstance(b, Table)]
    assert len(tables) == 1
    header = [plain(c) for c in tables[0].header]
    rows = [[plain(c) for c in r.cells] for r in tables[0].rows]
    assert header == ["hp", "what it does", "default", "direction to fight overfitting"]
    assert rows[0] == [
        "num_round",
        "number of boosting rounds (REQUIRED)",
        "none",
        "fewer rounds / early stopping",
    ]
    assert rows[1] == ["eta", "learning rate, shrinks each tree’s contribution", "0.3", "lower"]
    assert len(rows) == 7 and rows[-1][0] == "alpha"
    assert not any(isinstance(b, Heading) and "overfitting" in b.title for b in doc.blocks)


def test_pdf_header_phrases_stand_over_the_centred_columns_under_them():
    """A header phrase wider than its centred column of marks ("Item meta." over "yes" and
    "no") begins over the gutter before it: it is that column's, not split with its
    neighbours."""
    doc = read_document(DATA / "latex-centred-header.pdf")
    tables = [b for b in doc.blocks if isinstance(b, Table)]
    assert [t.header for t in tables] == [
        ["Planner", "Family", "Related rows", "Item meta.", "Cold start", "Runs tuning"]
    ]
    assert [plain(c) for c in tables[0].rows[0].cells] == [
        "Gromble-QR",
        "Convolutional planner",
        "yes (past and future)",
        "yes",
        "yes",
        "yes",
    ]


def test_pdf_latex_table_without_rules_between_rows_ends_at_its_caption():
    doc = read_document(DATA / "latex-tables.pdf")
    tables = [b for b in doc.blocks if isinstance(b, Table)]
    assert len(tables) == 1 and tables[0].header == [
        "Technique",
        "How it works",
        "Use when",
        "Watch out",
    ]
    rows = [[plain(c) for c in r.cells] for r in tables[0].rows]
    assert [r[0] for r in rows] == [
        "Drop rows (listwise deletion)",
        "Drop column",
        "Mean fill",
        "Median fill",
        "Gromble fill",
    ]
    assert rows[3][3] == "Still ignores correlations between fields"
    # the caption and the numbered title after it are no rows, nor the title a table's header
    said = [b.text for b in doc.blocks if isinstance(b, Paragraph)]
    assert any(t.startswith("Table 1: Gap-filling strategies") for t in said)
    titles = [b.title for b in doc.blocks if isinstance(b, Heading)]
    assert "Fill rules in more detail" in titles
    terms = [b.term for b in doc.blocks if isinstance(b, ListItem)]
    assert terms == ["Forward fill", "Constant fill", "Indicator column"]


def test_pdf_bullets_printed_as_a_letter_of_a_font_of_signs_open_list_items():
    blocks = read_document(DATA / "borb-list.pdf").blocks
    items = [b.text for b in blocks if isinstance(b, ListItem)]
    assert items == ["Fern Convolutional Network (FCN)", "Moss Scene Parsing (MSP)", "ZorbLabV3"]
    assert any(isinstance(b, Paragraph) and b.text.startswith("The encoder") for b in blocks)


def test_html_links_to_the_pages_around_a_node_are_no_text():
    # texi2any writes "Next: ..., Previous: ..., Up: ... [Contents]" over each node
    page = (
        "<html><body><div class='chapter'><div class='header'><p>Next: "
        "<a href='#b' accesskey='n' rel='next'>Fern loading</a>, Previous: "
        "<a href='#top' rel='prev'>Quill notes</a>, Up: <a href='#top' rel='up'>Quill "
        "notes</a> &nbsp; [<a href='#toc' rel='contents'>Contents</a>]</p></div>"
        "<h2>Gromble loading</h2><p>Gromble copies rows; see <a href='#b' rel='next'>the "
        "next part</a> for what Fern does with them once they land.</p></div></body></html>"
    )
    said = [b.text for b in read_html(page).blocks if isinstance(b, Paragraph)]
    assert said == [
        "Gromble copies rows; see the next part for what Fern does with them once they land."
    ]


def test_a_table_caption_set_as_a_heading_is_the_tables_caption(tmp_path):
    path = write(
        tmp_path,
        "q.md",
        "## Quill\n\nQuill copies rows.\n\n#### Table 2. Quill load modes\n\n"
        "| Mode | What it does |\n|---|---|\n| Drip | one row at a time |\n"
        "| Gulp | many rows at once |\n\nPick Drip for latency.\n",
    )
    blocks = read_document(path).blocks
    assert [b.title for b in blocks if isinstance(b, Heading)] == ["Quill"]
    caption = next(b for b in blocks if isinstance(b, Paragraph) and b.text.startswith("Table"))
    assert caption.caption
    assert {b.source.section for b in blocks} == {("Quill",)}
    x = extract_documents([path], class_names=class_names())
    assert not [e for e in x.entities.values() if e.label.startswith("Table")]


def test_a_term_with_two_descriptions_leads_both_in_html_and_docx(tmp_path):
    page = (
        "<html><body><h2>Streams</h2><dl><dt>Quill Stream</dt><dd>Keeps rows a day.</dd>"
        "<dd>Replays rows on demand.</dd><dt>Fern Hose</dt><dd>Delivers rows.</dd></dl>"
        "</body></html>"
    )
    items = [(b.term, b.text) for b in read_html(page).blocks if isinstance(b, ListItem)]
    assert items == [
        ("Quill Stream", "Keeps rows a day."),
        ("Quill Stream", "Replays rows on demand."),
        ("Fern Hose", "Delivers rows."),
    ]
    docx = pytest.importorskip("docx")
    d = docx.Document()
    for name in ("Definition Term", "Definition"):
        if name not in [s.name for s in d.styles]:
            d.styles.add_style(name, 1)
    d.add_paragraph("Quill Stream", style="Definition Term")
    d.add_paragraph("Keeps rows a day.", style="Definition")
    d.add_paragraph("Replays rows on demand.", style="Definition")
    d.add_paragraph("Then a paragraph of its own.")
    d.save(tmp_path / "terms.docx")
    blocks = read_document(tmp_path / "terms.docx").blocks
    assert [(b.term, b.text) for b in blocks if isinstance(b, ListItem)] == [
        ("Quill Stream", "Keeps rows a day."),
        ("Quill Stream", "Replays rows on demand."),
    ]


def test_docx_a_lower_case_lettered_line_under_a_hand_numbered_item_is_its_sub_item(tmp_path):
    docx = pytest.importorskip("docx")
    d = docx.Document()
    d.add_paragraph("1) Drip mode copies rows first.")
    d.add_paragraph("\ta. slow start")
    d.add_paragraph("2) Gulp mode streams rows.")
    d.save(tmp_path / "typed.docx")
    items = [b for b in read_document(tmp_path / "typed.docx").blocks if isinstance(b, ListItem)]
    assert [(i.depth, i.text) for i in items] == [
        (0, "Drip mode copies rows first."),
        (1, "slow start"),
        (0, "Gulp mode streams rows."),
    ]


def test_pdf_a_table_going_on_over_page_breaks_keeps_the_lead_in_over_its_first_part():
    x = extract_documents([DATA / "long-table.pdf"], class_names=class_names())
    tables = [b for b in read_document(DATA / "long-table.pdf").blocks if isinstance(b, Table)]
    assert len({b.source.page for b in tables}) >= 2  # the header printed on every page
    said = facts(x, "kind")
    assert ("Quill Loader 5", "kind", "gromble loader") in said
    assert ("Quill Loader 80", "kind", "gromble loader") in said, [f for f in said if "80" in f[0]]


def test_docx_a_name_in_italics_or_underlined_inside_a_sentence_is_a_name(tmp_path):
    docx = pytest.importorskip("docx")
    d = docx.Document()
    p = d.add_paragraph("For odd rows use ")
    p.add_run("Zorbex Forest").italic = True
    p.add_run(", not ")
    p.add_run("not").italic = True
    p.add_run(" the ")
    p.add_run("Quill Hub").underline = True
    p.add_run(".")
    d.save(tmp_path / "names.docx")
    doc = read_document(tmp_path / "names.docx")
    assert doc.blocks[0].raw == "For odd rows use **Zorbex Forest**, not not the **Quill Hub**."
    x = extract_documents([tmp_path / "names.docx"], class_names=class_names())
    assert {"Zorbex Forest", "Quill Hub"} <= {e.label for e in x.entities.values()}


def test_a_list_inside_a_description_nests_under_its_term(tmp_path):
    page = (
        "<html><body><h2>Tuning</h2><dl><dt>Zorbex Tuner</dt><dd><p>Tunes jobs. Strategies:</p>"
        "<ul><li><strong>Gromble</strong> — the default</li><li><strong>Quillsearch</strong>"
        "</li></ul></dd><dt>Fern Hub</dt><dd><p>Labels rows. Crews:</p><ul><li>Mossy Crowd"
        "</li><li>Tallow Team</li></ul></dd></dl></body></html>"
    )
    path = write(tmp_path, "tuning.html", page)
    x = extract_documents([path], class_names=class_names())
    parts = facts(x, "partOf")
    assert {n for n, _, o in parts if o == "Zorbex Tuner"} >= {
        "Gromble strategy",
        "Quillsearch strategy",
    }
    assert {n for n, _, o in parts if o == "Fern Hub"} == {"Mossy Crowd", "Tallow Team"}
    items = [(b.term, b.text, b.depth) for b in read_html(page).blocks if isinstance(b, ListItem)]
    assert items[:2] == [
        ("Zorbex Tuner", "Tunes jobs. Strategies:", 0),
        ("Gromble", "the default", 1),
    ]


def test_docx_a_bullet_typed_on_a_paragraph_of_its_own_is_a_list_item(tmp_path):
    docx = pytest.importorskip("docx")
    d = docx.Document()
    d.add_paragraph("Serving notes for Gromble.")
    d.add_paragraph("\t- Quill mode: copies rows first.")
    d.add_paragraph("\t\t- slow start")
    d.add_paragraph("\t- Fern mode: streams rows.")
    d.add_paragraph("A closing remark.")
    d.save(tmp_path / "typed.docx")
    blocks = read_document(tmp_path / "typed.docx").blocks
    items = [(b.depth, b.raw) for b in blocks if isinstance(b, ListItem)]
    assert items == [
        (0, "Quill mode: copies rows first."),
        (1, "slow start"),
        (0, "Fern mode: streams rows."),
    ]
    assert isinstance(blocks[-1], Paragraph)


def test_docx_a_bullet_typed_inside_a_bold_term_is_a_list_item_of_that_term(tmp_path):
    docx = pytest.importorskip("docx")
    d = docx.Document()
    d.add_paragraph("Gromble by the numbers")
    p = d.add_paragraph()
    p.add_run("▪ Minimum rows:").bold = True
    p.add_run(" 1,000 rows from 25 users.")
    d.save(tmp_path / "bold-bullet.docx")
    blocks = read_document(tmp_path / "bold-bullet.docx").blocks
    assert [(b.term, b.text) for b in blocks if isinstance(b, ListItem)] == [
        ("Minimum rows", "1,000 rows from 25 users.")
    ]


def test_html_lines_of_name_and_meaning_broken_by_br_are_a_paragraph_each():
    page = (
        "<html><body><h2>Feeding</h2>\n<p><strong>Drip mode</strong> — copies rows first.<br>\n"
        "<strong>Gulp mode</strong> — streams rows.<br>\n<strong>Quill mode</strong> — mounts "
        "rows.</p>\n<p>A line.<br>\nAnd one more.</p></body></html>"
    )
    paras = [
        (b.term, b.text, b.source.line_start)
        for b in read_html(page).blocks
        if isinstance(b, Paragraph)
    ]
    assert paras[:3] == [
        ("Drip mode", "copies rows first.", 2),
        ("Gulp mode", "streams rows.", 3),
        ("Quill mode", "mounts rows.", 4),
    ]
    assert paras[3][1] == "A line. And one more."


def test_word_web_page_list_paragraphs_are_list_items_nested_by_level():
    """Word's "Save as Web Page" writes lists as paragraphs styled ``mso-list`` with the
    bullet in a span to ignore (a page written here by hand in that form)."""
    from ingest.html import parse_html_document

    page = (DATA / "word-web-page.html").read_bytes()
    items = [b for b in parse_html_document(page, "w.html").blocks if isinstance(b, ListItem)]
    assert [(i.depth, i.ordered, i.term, i.text) for i in items] == [
        (0, False, "Zorbex Hose", "loads rows into a store."),
        (1, False, "", "buffers for a minute"),
        (0, False, "Zorbex Stream", "keeps rows a day."),
        (0, False, "Zorbex Lens", "runs SQL on rows."),
        (0, True, "", "Create the hose."),
        (0, True, "", "Point it at the store."),
    ]
    assert items[0].children == [items[1]]


def test_docx_a_two_column_table_of_cues_and_notes_reads_as_items_led_by_the_cues(tmp_path):
    docx = pytest.importorskip("docx")
    d = docx.Document()
    d.add_heading("Streaming", level=1)
    t = d.add_table(rows=4, cols=2)
    merged = t.cell(0, 0).merge(t.cell(0, 1))
    merged.text = "Rows in motion"
    t.cell(1, 0).text = "Zorbex Hose"
    t.cell(1, 1).text = "Loads rows into a store, near real time."
    t.cell(1, 1).add_paragraph("no replay", style="List Bullet")
    t.cell(2, 0).text = "when to use?"
    t.cell(2, 1).text = "When rows must land in a store with no code."
    t.cell(3, 0).text = "Zorbex Stream"
    t.cell(3, 1).text = "Keeps rows a day."
    d.save(tmp_path / "cues.docx")
    blocks = read_document(tmp_path / "cues.docx").blocks
    assert [b.title for b in blocks if isinstance(b, Heading)] == ["Streaming", "Rows in motion"]
    items = [(b.depth, b.term, b.text) for b in blocks if isinstance(b, ListItem)]
    assert items == [
        (0, "Zorbex Hose", "Loads rows into a store, near real time."),
        (1, "", "no replay"),
        (1, "when to use?", "When rows must land in a store with no code."),
        (0, "Zorbex Stream", "Keeps rows a day."),
    ]
    assert not any(isinstance(b, Table) for b in blocks)


def test_docx_cornell_template_titles_over_cue_tables_with_a_header_and_a_summary(tmp_path):
    """Cornell notes: a title in bold, larger than the text (all of it in tables), over a
    table headed "Cues | Notes" whose cues ask of the title's thing ("what for?"), notes typed
    with bullets, and a summary merged across the foot."""
    docx = pytest.importorskip("docx")
    from docx.shared import Pt

    d = docx.Document()
    d.styles["Normal"].font.size = Pt(10)
    for title, rows in (
        (
            "Topic 1 – Gromble Hub (wk 3)",
            [("what for?", "• copies rows<br>• keeps order"), ("input fmt", "CSV or Parquet")],
        ),
        ("Topic 2 – Quill Store (wk 4)", [("tiers?", "hot, cold"), ("cost", "per GB stored")]),
    ):
        run = d.add_paragraph().add_run(title)
        run.bold, run.font.size = True, Pt(13)
        t = d.add_table(rows=len(rows) + 2, cols=2)
        for cell, label in zip(t.rows[0].cells, ("Cues", "Notes")):
            cell.paragraphs[0].add_run(label).bold = True
        for row, (cue, notes) in zip(t.rows[1:], rows):
            row.cells[0].paragraphs[0].add_run(cue).font.size = Pt(10)
            first, *more = notes.split("<br>")
            row.cells[1].paragraphs[0].add_run(first).font.size = Pt(10)
            for line in more:
                row.cells[1].add_paragraph().add_run(line).font.size = Pt(10)
        foot = t.rows[-1].cells[0].merge(t.rows[-1].cells[1])
        foot.paragraphs[0].add_run("Summary:").bold = True
        foot.paragraphs[0].add_run(" the hub copies rows in order, from CSV or Parquet files.")
    d.save(tmp_path / "cornell.docx")
    blocks = read_document(tmp_path / "cornell.docx").blocks
    assert [(b.level, b.title) for b in blocks if isinstance(b, Heading)] == [
        (1, "Topic 1 – Gromble Hub (wk 3)"),
        (1, "Topic 2 – Quill Store (wk 4)"),
    ]
    items = [(b.depth, b.term, b.text) for b in blocks if isinstance(b, ListItem)]
    assert items[:3] == [
        (0, "what for?", "copies rows"),
        (1, "", "keeps order"),
        (0, "input fmt", "CSV or Parquet"),
    ]
    assert not any(term in ("Cues", "Notes") for _, term, _ in items)
    summaries = [b for b in blocks if isinstance(b, Paragraph) and b.term == "Summary"]
    assert len(summaries) == 2 and summaries[0].source.section == ("Topic 1 – Gromble Hub (wk 3)",)
    assert not any(isinstance(b, Table) for b in blocks)


def test_pdf_dingbat_bullets_are_list_items_and_footnote_marks_no_words():
    """ReportLab prints a list's bullets in a dingbat font with no Unicode mapping
    ("(cid:127)"); tests/data/reportlab-guide.pdf was made with ReportLab's ListFlowable,
    under a running header and footer and a table of contents."""
    blocks = read_document(DATA / "reportlab-guide.pdf").blocks
    items = [b.text for b in blocks if isinstance(b, ListItem)]
    assert items[:2] == ["Drip mode copies rows first.", "Gulp mode streams rows."]
    said = " ".join(getattr(b, "text", "") or getattr(b, "title", "") for b in blocks)
    assert "Study Guide" not in said and "Page 1 of 2" not in said and "....." not in said
    # a raised footnote number is no part of the sentence
    assert "in near real time. It buffers rows" in said


def test_headings_numbered_as_sections_lose_their_numbers_everywhere(tmp_path):
    path = write(
        tmp_path,
        "numbered.md",
        "# 1 Data engineering\n\n- **Zorbex Hose**: loads rows.\n\n# 2 Models\n\n## Quill\n\n"
        "Quill trains on rows.\n\n# 3 AI services\n\nThree of them.\n",
    )
    blocks = read_document(path).blocks
    assert [b.title for b in blocks if isinstance(b, Heading)] == [
        "Data engineering",
        "Models",
        "Quill",
        "AI services",
    ]
    assert blocks[1].source.section == ("Data engineering",)
    assert blocks[4].source.section == ("Models", "Quill")
    # one number alone may count things: "7 AI services" under unnumbered headings stays
    lone = write(tmp_path, "lone.md", "# Data\n\ntext\n\n# 7 AI services\n\ntext\n")
    assert "7 AI services" in [
        b.title for b in read_document(lone).blocks if isinstance(b, Heading)
    ]


def test_pdf_a_glyph_with_no_unicode_alone_on_its_line_is_no_crash():
    """A line holding only an unmapped glyph (an icon, a bullet of an empty item) once raised
    IndexError and left the whole PDF out of the build."""
    from ingest.pdf import _list_marker

    glyph = {"text": "(cid:127)", "x0": 72.0, "x1": 78.0, "top": 100.0, "bottom": 108.0}
    assert _list_marker([glyph], [], 100.0, 108.0)[:2] == ("", "")


def test_pdf_list_with_bullets_apart_from_justified_text_is_no_table():
    """Justified list items with their bullets set apart line up like a two-column table
    whose first column is empty; the line after them opens with a gap as wide as a column."""
    blocks = read_document(DATA / "reportlab-lists.pdf").blocks
    assert not any(isinstance(b, Table) for b in blocks)
    items = [b.text for b in blocks if isinstance(b, ListItem)]
    assert items[1:3] == [
        "raise min_leaf",  # (a list punctuated as a sentence: no semicolons in its items)
        "use row_share below 1.0 so every tree sees only part of the rows and columns of the "
        "store it reads",
    ]
    assert any(
        isinstance(b, Paragraph) and b.text.startswith("For skewed labels the knob is")
        for b in blocks
    )


def test_pdf_reference_card_in_three_columns_of_keys_and_values():
    """A card set by coordinates in three columns, each key in bold at its column's margin
    and its text at a fixed offset: the gaps between keys and texts are no gutters, and a
    key back at the margin under a one-line entry opens the next entry; their lines align as a
    table's would, but the first is no header; a key set apart is a term ("Key: text")."""
    blocks = read_document(DATA / "reference-card.pdf").blocks
    headings = [b.title for b in blocks if isinstance(b, Heading)]
    assert headings == ["GROMBLE LOADERS", "ZORBEX MODELS", "QUILL SETTINGS"]
    said = [plain(b.raw) for b in blocks if isinstance(b, Paragraph)]
    assert "Zorb loader: streams from the Zorb hub, needs a Zorb key" in said
    assert "Quill rounds: how many trees are built, one after another" in said
    assert not any("Zorbex" in x and "Quill depth" in x for x in said)
    # aligned as a table's columns are, but with no header: lines of keys and their text
    assert "Zorbex Lite: small tabular model; CPU only" in said
    assert not any(isinstance(b, Table) for b in blocks)


def test_html_quiz_review_inside_a_form_is_the_page_s_text(tmp_path):
    """A learning site's quiz review sits in a <form>: its questions and feedback are the
    page's text, unlike a search box's form (its choices, each with a radio button, are not);
    words for screen readers only are not shown; each question and its right answer are read
    as a flashcard."""
    page = tmp_path / "quiz.html"
    feedback = (
        "Drip mode copies one row at a time from the Quill queue, so a Gromble job never"
        " loses a row; Bulk mode copies whole files at once and is the fastest for nightly"
        " jobs, but a failed file is copied again from the start. Zorb mode streams rows"
        " from the Zorb hub and needs a Zorb key."
    )
    page.write_text(
        "<html><body><form role='search'><input name='q'><label>Search courses</label></form>"
        "<table class='generaltable quizreviewsummary'><tr><th>State</th><td>Finished</td></tr>"
        "<tr><th>Grade</th><td>6.33 out of 10.00</td></tr></table>"
        "<form action='#' class='questionflagsaveform'><div class='que multichoice'>"
        "<div class='info'><h3>Question 1</h3><div class='state'>Correct</div></div>"
        "<h4 class='accesshide'>Question text</h4>"
        "<div class='qtext'><p>Which Gromble mode never loses a row?</p></div>"
        "<div class='answer'><div class='r0'><input type='radio'><span>a. </span>"
        "<div>Bulk mode</div></div><div class='r1'><input type='radio' checked>"
        "<span>b. </span><div>Drip mode</div></div></div>"
        "<div class='specificfeedback'>Your answer is correct.</div>"
        f"<div class='generalfeedback'><p>{feedback}</p></div>"
        "<div class='rightanswer'>The correct answer is: Drip mode</div></div></form>"
        "<ul><li class='task-list-item'><input type='checkbox' disabled> Zorb mode tried</li>"
        "</ul></body></html>"
    )
    texts = [plain(getattr(b, "text", None) or b.title) for b in read_document(page).blocks]
    assert feedback in texts
    # a question and its right answer are one card, the attempt's marks no text
    assert "Q: Which Gromble mode never loses a row? A: Drip mode" in texts
    assert not any("correct answer" in t or "Your answer" in t for t in texts)
    assert not any(isinstance(b, Table) for b in read_document(page).blocks)  # the attempt's
    assert not any("Search courses" in t or "Question text" in t for t in texts)
    # its choices are offered, not said; a task list's items are said
    assert "Bulk mode" not in texts and "Zorb mode tried" in texts


def test_html_words_set_bold_by_a_class_of_the_style_sheet_are_bold(tmp_path):
    """A Google Docs export sets bold words in spans of a class its style sheet makes bold
    (``.c3{font-weight:700}``), never in <b>: they are bold all the same."""
    page = tmp_path / "doc.html"
    page.write_text(
        "<html><head><style type='text/css'>.c1{font-size:11pt}.c2,.c3{font-weight:700;"
        "color:#000}.c4{font-style:italic}</style></head><body><ul class='lst-kix_a-0'>"
        "<li class='c5'><span class='c3'>Drip mode</span><span class='c1'> – copies one row"
        " at a time into </span><span class='c2 c1'>Quill</span><span class='c1'>.</span>"
        "</li></ul><p><span class='c4'>Zorb mode</span><span class='c1'> streams rows.</span>"
        "</p></body></html>"
    )
    raws = [getattr(b, "raw", "") for b in read_document(page).blocks]
    assert raws[0] == "**Drip mode** – copies one row at a time into **Quill**."
    assert "**" not in raws[1]


def test_html_white_space_between_two_spans_of_a_division_parts_their_words(tmp_path):
    """A chat export's message header: the author and the time in spans of their own, on a
    line of a division with white space between them, read as two words, not one."""
    page = tmp_path / "chat.html"
    page.write_text(
        "<html><body><div class='msg'><div class='meta'>\n  <span class='user'>Tansy Fern"
        "</span> <span class='ts'>19:07</span>\n</div><div class='text'>Zorb keeps rows for"
        " a day.</div></div></body></html>"
    )
    texts = [b.text for b in read_document(page).blocks]
    assert texts == ["Tansy Fern 19:07", "Zorb keeps rows for a day."]


def test_html_note_app_export_sized_titles_bold_lines_and_tables_in_objects(tmp_path):
    """A note app's export: no <h1>-<h6>; the title and section titles in a stated size
    (the body's size only in the style sheet), sub-headings as bold lines, a table inside
    an <object> with nothing to embed."""
    path = write(
        tmp_path,
        "notes.html",
        "<html><head><style>body {font-size: 13px;}</style></head><body>\n"
        '<div><b><span style="font-size: 24px">Stream cram</span></b><br></div>\n'
        "<div>started these after a practice test, exam booked for later on</div>\n"
        '<div><span style="font-size: 18px"><b>1 / ingestion</b></span><br></div>\n'
        "<div><b>Zorbex and friends</b></div>\n"
        '<ul class="Apple-dash-list"><li>Zorbex Hose - loads rows into a store</li>\n'
        "<li>Zorbex Stream - keeps rows a day, can replay them</li></ul>\n"
        "<div><object><table><tr><td><b>Service</b></td><td><b>Speed</b></td><td><b>Replay</b>"
        "</td></tr>\n<tr><td>Zorbex Hose</td><td>near live</td><td>no</td></tr>\n"
        "<tr><td>Zorbex Stream</td><td>live</td><td>yes</td></tr></table></object></div>\n"
        "</body></html>\n",
    )
    blocks = read_document(path).blocks
    heads = [b for b in blocks if isinstance(b, Heading)]
    assert [b.title for b in heads] == ["Stream cram", "1 / ingestion"]
    assert heads[0].level < heads[1].level
    items = [b for b in blocks if isinstance(b, ListItem)]
    assert items[0].source.section == ("Stream cram", "1 / ingestion", "Zorbex and friends")
    table = next(b for b in blocks if isinstance(b, Table))
    assert [r.cells for r in table.rows][0] == ["Zorbex Hose", "near live", "no"]


def test_notes_ids_before_titles_are_no_part_of_names(tmp_path):
    path = write(
        tmp_path,
        "zettel.md",
        "## 202311040905 Hub - Streams\n- [[202311041230 Zorbex Hose]]\n"
        "- [[202311041200 Zorbex Stream]]\n\n## 202311041230 Zorbex Hose\n"
        "Loads rows into a store.\nTags: #streams #hub\nLinks: [[202311041200 Zorbex Stream]]\n\n"
        "## 202311041200 Zorbex Stream\nKeeps rows a day.\n",
    )
    blocks = read_document(path).blocks
    assert [b.title for b in blocks if isinstance(b, Heading)] == [
        "Hub - Streams",
        "Zorbex Hose",
        "Zorbex Stream",
    ]
    said = " ".join(getattr(b, "raw", "") or getattr(b, "title", "") for b in blocks)
    assert "2023" not in said and "**Zorbex Hose**" in said
    # where a note is filed and what it links to are no words of it
    assert "Tags" not in said and "Links" not in said


def test_a_name_and_colon_before_an_arrow_is_the_item_s_term(tmp_path):
    path = write(
        tmp_path,
        "modes.md",
        "## Input\n\n- Drip mode: copies every row first\n"
        "- Gulp mode: streams rows → starts faster, less disk needed\n",
    )
    items = [(b.term, b.text) for b in read_document(path).blocks if isinstance(b, ListItem)]
    assert items[1] == ("Gulp mode", "streams rows → starts faster, less disk needed")


def test_pdf_boxes_floated_beside_the_text_are_read_apart_from_it():
    """A textbook page's "Exam tip" box floats beside a paragraph: their words share lines'
    heights but not their text; the box's title is its label, not a heading."""
    blocks = read_document(DATA / "floats.pdf").blocks
    texts = [b.text for b in blocks if isinstance(b, Paragraph)]
    assert texts[0].startswith("Zorbex Stream keeps rows for a day and lets many readers replay")
    assert "Exam tip" not in texts[0] and "think Zorbex" not in texts[0]
    tip = next(b for b in blocks if isinstance(b, Paragraph) and "no code" in b.text)
    assert tip.text.startswith('If a question says "replay"')
    assert "Exam tip" not in [b.title for b in blocks if isinstance(b, Heading)]
    assert any(
        b.text == "Moss Table is not a lake; do not scan it."
        for b in blocks
        if isinstance(b, Paragraph)
    )


def test_html_lists_that_give_their_level_in_a_class_nest_as_google_docs_writes_them():
    page = (
        '<html><body><ul class="lst-kix_ab-0 start"><li><span>Zorbex Hose</span></li></ul>'
        '<ul class="lst-kix_ab-1 start"><li><span>near real time</span></li>'
        "<li><span>sinks: Quill Store, Fern Lake</span></li></ul>"
        '<ul class="lst-kix_ab-0"><li><span>Gromble Stream</span></li></ul>'
        '<p class="c0"><span>Between the lists.</span></p>'
        '<ul class="lst-kix_cd-1 start"><li><span>a level-1 list after text</span></li></ul>'
        "</body></html>"
    )
    items = [(b.text, b.depth) for b in read_html(page).blocks if isinstance(b, ListItem)]
    assert items == [
        ("Zorbex Hose", 0),
        ("near real time", 1),
        ("sinks: Quill Store, Fern Lake", 1),
        ("Gromble Stream", 0),
        ("a level-1 list after text", 0),
    ]
    hose = next(b for b in read_html(page).blocks if isinstance(b, ListItem))
    assert [c.text for c in hose.children] == ["near real time", "sinks: Quill Store, Fern Lake"]


def test_html_speaker_notes_in_an_aside_are_the_author_s_words():
    page = (
        '<html><body><div class="reveal"><div class="slides"><section><h2>Zorbex Hose</h2>'
        "<ul><li>near real time</li></ul>"
        '<aside class="notes">The Hose delivers to Quill Store.</aside></section>'
        "<aside>Related links</aside></div></div></body></html>"
    )
    text = [getattr(b, "text", "") for b in read_html(page).blocks]
    assert "The Hose delivers to Quill Store." in text
    assert "Related links" not in text  # an aside of the page's own is still chrome


def test_docx_typed_outlines_nest_under_the_bullet_or_lead_in_they_follow(tmp_path):
    docx = pytest.importorskip("docx")
    d = docx.Document()
    d.add_paragraph("- join methods:")
    d.add_paragraph("     1) Gromble (the default)")
    d.add_paragraph("     2) Quillsort")
    d.add_paragraph("- keep batches small")
    d.add_paragraph("  * Fern modes:")
    d.add_paragraph("\t    o drip")
    d.add_paragraph("\t    o gulp (streams rows)")
    d.add_paragraph("Zorbex Hub, three kinds of checks:")
    d.add_paragraph("     a) row drift")
    d.add_paragraph("     b) key skew")
    d.save(tmp_path / "typed.docx")
    items = [b for b in read_document(tmp_path / "typed.docx").blocks if isinstance(b, ListItem)]
    assert [(i.depth, i.raw) for i in items] == [
        (0, "join methods:"),
        (1, "Gromble (the default)"),
        (1, "Quillsort"),
        (0, "keep batches small"),
        (0, "Fern modes:"),
        (1, "drip"),
        (1, "gulp (streams rows)"),
        (0, "row drift"),
        (0, "key skew"),
    ]
    assert [c.raw for c in items[0].children] == ["Gromble (the default)", "Quillsort"]


def test_docx_bold_paragraphs_set_larger_than_the_text_are_headings(tmp_path):
    docx = pytest.importorskip("docx")
    from docx.shared import Pt

    d = docx.Document()

    def para(text, size=None, bold=False):
        run = d.add_paragraph().add_run(text)
        run.bold = bold
        if size:
            run.font.size = Pt(size)

    para("Gromble notes", 18, True)
    para("1. Loading", 14, True)
    para("Zorbex Hub copies rows in bulk. " * 3, 11)
    para("2. Serving", 15, True)  # a size slipped: still a numbered section
    para("Quill Stream serves rows. " * 3, 11)
    para("Tips", 11, True)  # bold at the text's size: not a heading
    para("Keep batches small.", 11)
    d.save(tmp_path / "titles.docx")
    blocks = read_document(tmp_path / "titles.docx").blocks
    assert [(b.level, b.title) for b in blocks if isinstance(b, Heading)] == [
        (1, "Gromble notes"),
        (3, "Loading"),
        (3, "Serving"),
    ]
    said = next(b for b in blocks if isinstance(b, Paragraph) and "Quill" in b.text)
    assert said.source.section[:2] == ("Gromble notes", "Serving")


def test_html_a_table_inside_a_description_is_a_table():
    page = (
        "<html><body><h2>Serving</h2><dl><dt>the modes</dt><dd>\n<table>"
        "<tr><th>mode</th><th>when</th></tr>\n<tr><td>Drip mode</td><td>steady rows</td></tr>\n"
        "<tr><td>Gulp mode</td><td>bursts of rows</td></tr></table>\nGulp writes to Quill.</dd>"
        "</dl></body></html>"
    )
    blocks = read_html(page).blocks
    table = next(b for b in blocks if isinstance(b, Table))
    assert [r.cells[0] for r in table.rows] == ["Drip mode", "Gulp mode"]
    item = next(b for b in blocks if isinstance(b, ListItem))
    assert (item.term, item.text) == ("the modes", "Gulp writes to Quill.")


def test_a_description_closing_with_a_lead_in_lists_things_of_its_kind(tmp_path):
    page = (
        "<html><body><h2>Labels</h2><dl><dt>Fern Hub</dt><dd>row labelling. A model labels the "
        "easy rows. Crew options:\n<ul><li>Mossy Crowd (public)</li>\n<li>private crew (your own "
        "staff)</li>\n<li>vendor crew</li></ul>\nFern Plus = they run it all.</dd></dl>"
        "</body></html>"
    )
    items = [(b.term, b.text) for b in read_html(page).blocks if isinstance(b, ListItem)]
    assert items[0] == ("Fern Hub", "row labelling. A model labels the easy rows. Crew options:")
    assert items[-1] == ("Fern Hub", "Fern Plus = they run it all.")
    x = extract_documents([write(tmp_path, "labels.html", page)], class_names=class_names())
    assert {s for s, _, o in facts(x, "partOf") if o == "Fern Hub"} >= {
        "Private crew",
        "Vendor crew",
    }
    assert any(s == "Private crew" and "crew" in o for s, _, o in facts(x, "kind"))


def test_pdf_section_numbers_set_off_by_a_dot_are_no_part_of_the_title():
    # "2 · Load modes" in the bar over the list: the section is "Load modes"
    blocks = read_document(DATA / "shape-bullets.pdf").blocks
    assert [b.title for b in blocks if isinstance(b, Heading)][1:] == ["Stores", "Load modes"]
    drip = next(b for b in blocks if isinstance(b, ListItem) and b.term == "Drip")
    assert drip.source.section[-1] == "Load modes"


def test_a_notebooks_cell_prompts_are_no_text():
    page = (
        '<html><body><div class="jp-Cell jp-CodeCell"><div class="jp-InputArea">'
        '<div class="jp-InputPrompt jp-InputArea-prompt">In [3]:</div>'
        '<div class="highlight"><pre>rows = gromble.load()</pre></div></div>'
        '<div class="jp-OutputArea"><div class="jp-OutputPrompt jp-OutputArea-prompt">Out[3]:'
        "</div><table><tr><th>loader</th><th>rows</th></tr><tr><td>Quill</td><td>40</td></tr>"
        "</table></div></div><p>Quill is the fast loader.</p></body></html>"
    )
    blocks = read_html(page).blocks
    said = [b.text for b in blocks if isinstance(b, Paragraph)]
    assert said == ["Quill is the fast loader."]
    assert [type(b) for b in blocks] == [Code, Table, Paragraph]


def test_a_notion_toggle_is_a_section_and_a_one_line_page_gets_a_line_per_block():
    items = "".join(
        f'<ul class="bulleted-list"><li style="list-style-type:disc"><strong>{n}</strong> → {t}'
        "</li></ul>"
        for n, t in [("Quill", "copies rows"), ("Fern", "finds rows with card numbers")]
    )
    page = (
        '<html><head><style>ul { margin: 0 }</style></head><body><article class="page sans">'
        '<div class="page-body"><h1>Gromble</h1><p>' + "Gromble moves rows. " * 120 + "</p>"
        '<ul class="toggle"><li><details open=""><summary>Governance</summary>'
        + items
        + "</details></li></ul><h2>Later</h2><p>More rows.</p></div></article></body></html>"
    )
    doc = read_html(page)
    blocks = doc.blocks
    assert [(b.title, b.level) for b in blocks if isinstance(b, Heading)] == [
        ("Gromble", 1),
        ("Governance", 2),
        ("Later", 2),
    ]
    fern = next(b for b in blocks if isinstance(b, ListItem) and b.term == "Fern")
    assert fern.text == "finds rows with card numbers"
    assert fern.source.section == ("Gromble", "Governance")
    lines = [b.source.line_start for b in blocks]
    assert len(set(lines)) == len(lines), lines  # each block on a line of its own
    # the reading view shows those lines: the cited one holds the item
    assert "Fern" in doc.pages[0][fern.source.line_start - 1]


def test_a_wikis_edit_links_and_footnote_calls_are_no_words():
    page = (
        '<html><body><div id="content"><h1 id="firstHeading">Gromble</h1>'
        '<h2><span class="mw-headline" id="Loaders">Loaders</span><span class="mw-editsection">'
        '<span class="mw-editsection-bracket">[</span><a href="/index.php?action=edit">edit</a>'
        '<span class="mw-editsection-bracket">]</span></span></h2>'
        '<p>Quill copies rows.<sup id="cite_ref-1" class="reference"><a href="#cite_note-1">'
        "&#91;1&#93;</a></sup> Fern streams them.</p></div></body></html>"
    )
    blocks = read_html(page).blocks
    assert [b.title for b in blocks if isinstance(b, Heading)] == ["Gromble", "Loaders"]
    assert [b.text for b in blocks if isinstance(b, Paragraph)] == [
        "Quill copies rows. Fern streams them."
    ]


def test_a_word_web_pages_footnote_calls_are_no_words():
    """Word's "Save as Web Page" calls a footnote with a bare link ("Quill Hose<a
    style='mso-footnote-id:ftn1' href="#_ftn1">[1]</a>"), no "sup": the name stays whole."""
    page = (
        "<html><body><div class=WordSection1><p class=MsoNormal>Quill Hose<a"
        ' style=\'mso-footnote-id:ftn1\' href="#_ftn1" name="_ftnref1" title=""><span'
        " class=MsoFootnoteReference><span class=MsoFootnoteReference>[1]</span></span></a>"
        " loads rows into Zorb.<o:p></o:p></p></div></body></html>"
    )
    blocks = read_html(page).blocks
    assert [b.text for b in blocks if isinstance(b, Paragraph)] == [
        "Quill Hose loads rows into Zorb."
    ]


def test_a_chat_exports_reactions_authors_times_and_reply_quotes_are_no_words():
    """A chat log exported to HTML names its chrome as elements of a message
    ("chatlog__reactions"): who wrote, when, the reactions, and the quote of the message a
    reply answers are no words of the notes."""
    message = (
        '<div class="chatlog__message-group"><div class="chatlog__reply">'
        '<span class="chatlog__reply-author">Fern</span><span class="chatlog__reply-content">'
        'Quill keeps rows a week</span></div><div class="chatlog__header">'
        '<span class="chatlog__author">Tansy</span><span class="chatlog__timestamp">3/3/2025'
        ' 8:03 PM</span></div><div class="chatlog__content">{}</div><div'
        ' class="chatlog__reactions"><div class="chatlog__reaction"><span'
        ' class="chatlog__reaction-count">4</span></div></div></div>'
    )
    page = (
        "<html><body><div class=chatlog>"
        + message.format("Quill keeps rows a week")
        + message.format("no: Quill keeps rows 24 hours")
        + "</div></body></html>"
    )
    blocks = read_html(page).blocks
    assert [b.text for b in blocks] == ["Quill keeps rows a week", "no: Quill keeps rows 24 hours"]


def test_text_whose_style_keeps_its_line_breaks_is_read_as_lines():
    """A chat export styles each message ``white-space: pre-wrap``: its line breaks are drawn,
    so "• **Quill**: loads rows" on a line of its own is an item, not a run-on paragraph."""
    page = (
        "<html><head><style>.kept { white-space: pre-wrap; }</style></head><body><div>"
        '<span class="kept"><strong>SUMMARY</strong> (notes)\n<div>• <strong>Quill</strong>:'
        " loads rows\n• <strong>Fern</strong>: streams rows</div>\nnext time: more</span></div>"
        '<p>A <span class="kept">plain</span> line.</p></body></html>'
    )
    blocks = read_html(page).blocks
    assert [(b.term, b.text) for b in blocks if isinstance(b, ListItem)] == [
        ("Quill", "loads rows"),
        ("Fern", "streams rows"),
    ]
    assert [b.text for b in blocks if isinstance(b, Paragraph)][-2:] == [
        "next time: more",
        "A plain line.",
    ]


def test_pdf_table_with_rules_under_its_rows_keeps_each_row_whole():
    """tests/data/row-rules.html printed by Chromium: a table ruled under each row only, its
    cells wrapping over two lines as far apart as rows would be without the rules."""
    doc = read_document(DATA / "row-rules.pdf")
    table = next(b for b in doc.blocks if isinstance(b, Table))
    assert table.header == ["Loader", "Best for", "Limits"]
    rows = [[plain(c) for c in r.cells] for r in table.rows]
    assert [r[0] for r in rows] == ["Gromble drip loader", "Quill sweep loader", "Fern bulk loader"]
    assert rows[0][2].startswith("Persistent workers; batches up to 6 MB, a 60-second timeout")
    assert [b.text for b in doc.blocks if isinstance(b, Paragraph)] == [
        "Pick the drip loader unless the rows arrive in bursts."
    ]


def test_pdf_columns_set_in_part_of_a_page_are_read_down_each_in_turn():
    """tests/data/part-columns.html printed by Chromium: two columns side by side between
    paragraphs across the page (a note app's column layout); one long name in the left column
    runs almost to the right one."""
    blocks = read_document(DATA / "part-columns.pdf").blocks
    heads = [b.title for b in blocks if isinstance(b, Heading)]
    assert heads[1:] == [
        "Gromble drip loader",
        "Tansy sweep loader",
        "Zorbex bulk loader",
        "Fern copy loader",
        "Many tables",
    ]
    items = [b.text for b in blocks if isinstance(b, ListItem)]
    assert items[2] == "Scales on target tracking of GrombleQueueDepthPerWorkerMetric"
    assert items[9] == "Joins results back to their rows"  # the right column's last
    after = [b.text for b in blocks if isinstance(b, Paragraph)][-2]
    assert after.startswith("Scale to none:") and after.endswith("keeps one worker running.")


def test_an_item_that_is_a_title_over_its_own_paragraph_is_titled_by_it():
    """A list item whose text is a title, over a paragraph of its own (a toggle, "- Shadow
    loads" then its text indented under it): the title is the item's term, the paragraph its
    text, in HTML, the same page printed to PDF, and Markdown."""
    for doc in (DATA / "part-columns.html", DATA / "part-columns.pdf"):
        items = [b for b in read_document(doc).blocks if isinstance(b, ListItem)]
        shadow = next(b for b in items if b.term == "Shadow loads")
        assert shadow.text.startswith("Send a copy of each batch to a shadow loader")
        assert items[-1].text == "Quill replay — loads yesterday's rows again."
    text = "# Loads\n\n- Shadow loads\n\n  Send a copy of each batch to a shadow loader.\n"
    (item,) = [b for b in parse_markdown(text, "loads.md") if isinstance(b, ListItem)]
    assert (item.term, item.text) == (
        "Shadow loads",
        "Send a copy of each batch to a shadow loader.",
    )


def test_word_filtered_web_page_lists_are_lists_and_symbol_fonts_their_symbols():
    """Word's "Web Page, Filtered": list paragraphs keep only their class and margin, the
    bullet in a Symbol (or Courier New) span; "->" is Wingdings' "à"."""
    from ingest.formats import parse_document

    def item(cls: str, margin: str, bullet: str, font: str, text: str) -> str:
        return (
            f"<p class={cls} style='{margin}text-indent:-.25in'><span style='font-family:{font}'>"
            f"{bullet}<span style='font:7.0pt \"Times New Roman\"'>&nbsp;&nbsp;&nbsp; </span>"
            f"</span>{text}</p>\n"
        )

    page = (
        "<html><head><meta charset=windows-1252></head><body><div class=WordSection1>"
        "<h1>Loaders</h1>\n"
        + item("MsoListParagraphCxSpFirst", "", "\xb7", "Symbol", "Gromble drip loader:")
        + item(
            "MsoListParagraphCxSpMiddle",
            "margin-left:1.0in;",
            "o",
            '"Courier New"',
            "rows <span style='font-family:Wingdings'>\xe0</span> one worker",
        )
        + item("MsoListParagraphCxSpLast", "", "\xb7", "Symbol", "Quill sweep loader")
        + "<p class=MsoNormal>Pick the drip loader.</p></div></body></html>"
    ).encode("cp1252")
    blocks = parse_document(page, "notes.html", ".html").blocks
    items = [b for b in blocks if isinstance(b, ListItem) and b.depth == 0]
    assert [b.text for b in items] == ["Gromble drip loader:", "Quill sweep loader"]
    assert [c.raw for c in items[0].children] == ["rows → one worker"]
    assert [b.text for b in blocks if isinstance(b, Paragraph)] == ["Pick the drip loader."]


def test_html_spreadsheet_export_reads_its_sections_and_tables(tmp_path):
    """A spreadsheet saved as a web page (Google Sheets' "Web page" download): one grid framed
    by column letters and row numbers; rows merged across the sheet title its sections, each
    with a header row of its own; rows with words in one cell only are notes."""

    def row(n: int, *cells: str, span: int = 0) -> str:
        head = f"<th class=row-headers-background><div>{n}</div></th>"
        if span:
            return f"<tr>{head}<td class=s4 colspan={span}>{cells[0]}</td><td></td></tr>"
        return f"<tr>{head}" + "".join(f"<td class=s8>{c}</td>" for c in cells) + "</tr>"

    page = (
        "<meta charset=utf-8><style>.ritz .waffle .s4{font-weight:bold}</style>"
        "<div class='ritz grid-container'><table class=waffle><thead><tr><th></th>"
        + "".join(f"<th class=column-headers-background>{c}</th>" for c in "ABCD")
        + "</tr></thead><tbody>"
        + row(1, "1. QUILL LOADERS", span=3)
        + row(2, "Loader", "What it does", "Tip", "")
        + row(3, "Gromble drip loader", "copies rows one by one<br>slow", "small tables", "")
        + row(4, "Fern sweep loader", "copies whole files", "big tables", "")
        + row(5, "", "", "", "")
        + row(6, "drip vs sweep → drip keeps order", "", "", "")
        + row(7, "2. ZORBEX HUBS", span=3)
        + row(8, "Hub", "Reads from", "Tip", "")
        + row(9, "Tansy hub", "Fern sweep loader", "cheap", "")
        + "</tbody></table></div>"
    )
    doc = read_html(page)
    said = [
        (type(b).__name__, b.title if isinstance(b, Heading) else getattr(b, "raw", None))
        for b in doc.blocks
    ]
    assert said == [
        ("Heading", "QUILL LOADERS"),
        ("Table", None),
        ("Paragraph", "drip vs sweep → drip keeps order"),
        ("Heading", "ZORBEX HUBS"),
        ("Table", None),
    ]
    first, second = (b for b in doc.blocks if isinstance(b, Table))
    assert first.header == ["Loader", "What it does", "Tip"]
    assert [plain(r.cells[0]) for r in first.rows] == ["Gromble drip loader", "Fern sweep loader"]
    assert second.header == ["Hub", "Reads from", "Tip"]
    assert second.source.section == ("ZORBEX HUBS",)
    x = extract_documents([write(tmp_path, "sheet.html", page)], class_names=class_names())
    assert {s for s, _, o in facts(x, "kind") if o.lower() == "quill loader"} == {
        "Gromble drip loader",
        "Fern sweep loader",
    }


def test_html_lines_of_terms_led_by_arrows_are_a_paragraph_each(tmp_path):
    # a thread's post: its title line, then "Term → what it is" lines broken by <br>: a
    # paragraph each, the term defined by what follows its arrow (not by its own name again)
    page = (
        "<div class=tweet>18/ Tuning with Gromble Hub 🔧<br>Sweep → every combo, slow"
        "<br>Drift → learns from earlier jobs<br>Leap → stops bad runs early</div>"
    )
    doc = read_html(page)
    assert [(b.term, b.text) for b in doc.blocks] == [
        ("", "18/ Tuning with Gromble Hub"),  # (an emoji is no word)
        ("Sweep", "every combo, slow"),
        ("Drift", "learns from earlier jobs"),
        ("Leap", "stops bad runs early"),
    ]
    x = extract_documents([write(tmp_path, "thread.html", page)], class_names=class_names())
    assert ("Sweep", "definition", "every combo, slow") in facts(x, "definition")


def test_html_spreadsheet_title_row_keeps_the_values_beside_its_title():
    # "Quill tracker" merged across three columns, "due:" and a date beside it: a title, and
    # a line of its own for the values (not the header of the rows below)
    page = (
        "<table class=waffle><thead><tr><th></th>"
        + "".join(f"<th>{c}</th>" for c in "ABCDE")
        + "</tr></thead><tbody>"
        "<tr><th>1</th><td colspan=3>Quill tracker</td><td>due:</td><td>4/20</td></tr>"
        "<tr><th>2</th><td>Tool</td><td>Does</td><td>Tip</td><td></td><td></td></tr>"
        "<tr><th>3</th><td>Gromble</td><td>copies rows</td><td>small tables</td><td></td>"
        "<td></td></tr></tbody></table>"
    )
    blocks = read_html(page).blocks
    assert [type(b).__name__ for b in blocks] == ["Heading", "Paragraph", "Table"]
    assert blocks[1].raw == "due: · 4/20"
    assert blocks[2].header[:3] == ["Tool", "Does", "Tip"]


def test_a_question_and_the_answer_in_the_paragraph_after_it_are_one_card(tmp_path):
    docx = pytest.importorskip("docx")
    d = docx.Document()
    d.add_heading("Hub basics", level=1)
    d.add_paragraph().add_run("Q7. Which sync modes does the Zorbex hub offer?").bold = True
    d.add_paragraph("A: Delta (the default), Mirror and Cold.")
    d.add_paragraph().add_run("Q: What feeds the hub?").bold = True
    d.add_paragraph("A: Gromble, over a private link.")
    d.save(tmp_path / "faq.docx")
    blocks = read_document(tmp_path / "faq.docx").blocks
    assert [(b.term, b.text) for b in blocks if isinstance(b, Paragraph)] == [
        (
            "",
            "Q: Which sync modes does the Zorbex hub offer? A: Delta (the default), Mirror and Cold.",
        ),
        ("", "Q: What feeds the hub? A: Gromble, over a private link."),
    ]
    x = extract_documents([tmp_path / "faq.docx"], class_names=class_names())
    said = facts(x)
    assert {("Delta", "kind", "sync mode"), ("Cold", "kind", "sync mode")} <= {
        (s, p, o.lower() if isinstance(o, str) else o) for s, p, o in said
    }
    # the answers are the questions', no term "A" defined, nor the section's topic
    assert not {s for s, p, o in said if s in ("A", "Hub basics") and p == "definition"}


def test_markdown_question_and_answer_paragraphs_are_one_card(tmp_path):
    (tmp_path / "n.md").write_text(
        "## Hub\n\n**Q:** Which sync modes does the Zorbex hub offer?\n\n"
        "**A:** Delta, Mirror and Cold.\n\nA: an ordinary paragraph after it.\n"
    )
    blocks = read_document(tmp_path / "n.md").blocks
    assert [b.text for b in blocks if isinstance(b, Paragraph)] == [
        "Q: Which sync modes does the Zorbex hub offer? A: Delta, Mirror and Cold.",
        "A: an ordinary paragraph after it.",
    ]


def test_the_time_a_note_was_taken_at_is_no_part_of_what_it_says(tmp_path):
    (tmp_path / "talk.md").write_text(
        "## Lecture 4 — Zorbex\n\n"
        "[03:15] **Sinks:** Gromble, Quill and Fern.\n\n"
        "`(1:02:40)` Zorbex modes: Delta, Mirror and Cold.\n\n"
        "- 12:40 – Mossgate is the front door\n\n"
        "12:40 is when the hub flushes.\n"
    )
    blocks = read_document(tmp_path / "talk.md").blocks
    assert [(b.term, b.text) for b in blocks if isinstance(b, (Paragraph, ListItem))] == [
        ("Sinks", "Gromble, Quill and Fern."),
        ("", "Zorbex modes: Delta, Mirror and Cold."),
        ("", "Mossgate is the front door"),
        ("", "12:40 is when the hub flushes."),
    ]


def test_a_card_asking_what_a_thing_is_defines_it_and_owns_the_list_below(tmp_path):
    (tmp_path / "faq.md").write_text(
        "## Operations\n\n**Q:** What are sync guards?\n\n"
        "**A:** Managed copies of a hub with check modes:\n\n"
        "- **Drip** — one row at a time\n- **Flood** — all rows at once\n\n"
        "Q: What is row skew and how does it creep in?\n\nA: Skew = rows bunch on few keys.\n"
    )
    x = extract_documents([tmp_path / "faq.md"], class_names=class_names())
    said = facts(x)
    assert ("Sync guards", "definition", "Managed copies of a hub with check modes:") in said
    assert {("Drip", "partOf", "Sync guards"), ("Flood", "partOf", "Sync guards")} <= said
    assert ("Drip", "kind", "check mode") in said
    assert ("Row skew", "definition", "Skew = rows bunch on few keys.") in said


def test_a_heading_that_counts_the_answers_below_it_titles_nothing():
    from ingest.html import parse_html_document

    doc = parse_html_document(
        b"<html><body><h1>Which Quill loader fits nightly rows?</h1><p>We load rows.</p>"
        b"<h2>3 Answers</h2><p><b>Fern Loader</b> fits nightly rows.</p></body></html>",
        "qa.html",
    )
    said = next(b for b in doc.blocks if isinstance(b, Paragraph) and "Fern" in b.raw)
    assert said.source.section == ("Which Quill loader fits nightly rows?",)
    assert not any(isinstance(b, Heading) and b.title == "3 Answers" for b in doc.blocks)


def test_an_answer_voted_below_zero_is_not_read():
    from ingest.html import parse_html_document

    doc = parse_html_document(
        b"<html><body><h1>Which loader keeps rows?</h1>"
        b'<div itemprop="acceptedAnswer"><span itemprop="upvoteCount">12</span>'
        b"<p><b>Quill Loader</b> keeps rows a day.</p></div>"
        b'<div itemprop="suggestedAnswer"><span itemprop="upvoteCount">-2</span>'
        b"<p><b>Fern Loader</b> keeps rows a year.</p></div>"
        b'<div itemprop="suggestedAnswer"><span itemprop="upvoteCount">3</span>'
        b"<p><b>Tansy Loader</b> keeps rows too.</p></div></body></html>",
        "qa.html",
    )
    text = " ".join(b.raw for b in doc.blocks if isinstance(b, Paragraph))
    assert "Quill Loader" in text and "Tansy Loader" in text
    assert "Fern Loader" not in text


def test_html_flashcard_set_cards_are_terms_with_their_points(tmp_path):
    """A study site's flashcard set, saved as a page: sibling cards of one class, each a short
    term and its back, the back's lines broken by <br>. Each card is a term and what it
    means, its lines points under it; two short parts (a name and a time) make no card."""
    card = (
        "<div class='TermRow'><div class='TermRow-inner'><div class='side-a'><span>{}</span>"
        "</div><div class='side-b'><span>{}</span></div><div class='actions'>"
        "<button aria-label='Star'><svg></svg></button></div></div></div>"
    )
    cards = [
        ("Gromble Hub", "keeps rows for a week<br>sinks: <b>Quill Store</b>, Fern Lake"),
        ("Drip Loader", "copies one row at a time<br>never loses a row"),
        ("Zorb Stream (ZS)", "real-time rows from the Zorb hub, read by your own readers"),
    ]
    chat = "".join(
        f"<div class='msg'><span>{n}</span> <span>19:0{k}</span></div>"
        for k, n in enumerate(["Tansy Fern", "Mossy Quill", "Tansy Fern"])
    )
    page = tmp_path / "set.html"
    page.write_text(
        "<html><body><main><h1>Gromble flashcards</h1><div class='terms'>"
        + "".join(card.format(t, d) for t, d in cards)
        + f"</div>{chat}</main></body></html>"
    )
    blocks = read_document(page).blocks
    items = [b for b in blocks if isinstance(b, ListItem)]
    terms = {b.term: b for b in items if b.depth == 0}
    assert list(terms) == ["Gromble Hub", "Drip Loader", "Zorb Stream (ZS)"]
    assert terms["Gromble Hub"].text == "keeps rows for a week"
    points = [plain(c.raw or c.text) for c in terms["Gromble Hub"].children]
    assert points == ["sinks: Quill Store, Fern Lake"]
    assert terms["Zorb Stream (ZS)"].children == []
    assert [b.text for b in blocks if isinstance(b, Paragraph)][-3:] == [
        "Tansy Fern 19:00",
        "Mossy Quill 19:01",
        "Tansy Fern 19:02",
    ]


def test_docx_content_controls_are_read_where_they_stand(tmp_path):
    """A filled-in Word form keeps its answers in content controls (w:sdt) around
    paragraphs, table rows and cells: read as the text they show; a control still showing its
    placeholder holds nothing the author wrote."""
    import docx
    from docx.oxml import parse_xml
    from docx.oxml.ns import nsdecls

    d = docx.Document()
    d.add_heading("Task 1", level=2)
    answer = d.add_paragraph("Drip Loader copies one row at a time from the Quill queue.")
    empty = d.add_paragraph("Click or tap here to enter text.")
    table = d.add_table(rows=2, cols=2)
    table.cell(0, 0).text, table.cell(0, 1).text = "Label", "Answer"
    table.cell(1, 0).text, table.cell(1, 1).text = "Store", "Fern Lake keeps rows cold."

    def wrap(el, placeholder=False):
        shown = "<w:showingPlcHdr/>" if placeholder else ""
        sdt = parse_xml(
            f"<w:sdt {nsdecls('w')}><w:sdtPr><w:alias w:val='Answer'/>{shown}</w:sdtPr>"
            "<w:sdtContent/></w:sdt>"
        )
        el.addprevious(sdt)
        sdt[1].append(el)

    wrap(answer._p)
    wrap(empty._p, placeholder=True)
    wrap(table.rows[1]._tr)
    d.save(tmp_path / "form.docx")
    blocks = read_document(tmp_path / "form.docx").blocks
    said = [plain(getattr(b, "text", "") or "") for b in blocks] + [
        c for b in blocks if isinstance(b, Table) for r in b.rows for c in r.cells
    ]
    assert "Drip Loader copies one row at a time from the Quill queue." in said
    assert "Fern Lake keeps rows cold." in said
    assert not any("Click or tap" in s for s in said)


def test_docx_a_table_inside_a_cell_is_a_table_of_the_row_s_thing(tmp_path):
    """A Word form's reference table keeps each algorithm's settings in a table inside a
    cell ("Hyperparameter | What it does"): each setting is the row's algorithm's, and a
    row's "Algorithm: ..." is no thing that has settings."""
    import docx

    d = docx.Document()
    d.add_heading("Reference", level=1)
    p = d.add_paragraph()
    p.add_run("Algorithm:").bold = True
    p.add_run(" Gromble Boost")
    outer = d.add_table(rows=3, cols=2)
    outer.cell(0, 0).text, outer.cell(0, 1).text = "Algorithm", "Key hyperparameters"
    for r, (name, settings) in enumerate(
        [
            ("Gromble Boost", [("num_rounds", "boosting rounds"), ("max_leaf", "leaf size")]),
            ("Quill Forest", [("num_trees", "more trees, less noise"), ("tree_size", "rows")]),
        ],
        start=1,
    ):
        outer.cell(r, 0).text = name
        cell = outer.cell(r, 1)
        inner = cell.add_table(rows=len(settings) + 1, cols=2)
        inner.cell(0, 0).text, inner.cell(0, 1).text = "Hyperparameter", "What it does"
        for k, (key, said) in enumerate(settings, start=1):
            inner.cell(k, 0).text, inner.cell(k, 1).text = key, said
    d.save(tmp_path / "ref.docx")
    x = extract_documents([tmp_path / "ref.docx"], class_names=class_names())
    settings = facts(x, "hasParameter")
    assert {
        ("Gromble Boost", "hasParameter", "num_rounds"),
        ("Gromble Boost", "hasParameter", "max_leaf"),
        ("Quill Forest", "hasParameter", "num_trees"),
        ("Quill Forest", "hasParameter", "tree_size"),
    } <= settings
    assert not any(s == "Algorithm" for s, _, _ in settings)


def test_html_a_section_holding_a_tab_list_keeps_its_other_blocks(tmp_path):
    """A knitted report's section holds its heading, its text, a tab list and the panels,
    and more text after them: every block is read, the panels as sections titled by their
    tabs, where the tab list stands."""
    page = tmp_path / "report.html"
    page.write_text(
        "<html><body><div class='section level2'><h2>Loading rows</h2>"
        "<p>Gromble loads rows three ways.</p>"
        "<ul class='nav nav-tabs' role='tablist'><li><a role='tab' href='#a'>Drip</a></li>"
        "<li><a role='tab' href='#b'>Bulk</a></li></ul><div class='tab-content'>"
        "<div role='tabpanel' id='a'><p>Copies one row at a time.</p></div>"
        "<div role='tabpanel' id='b'><p>Copies whole files.</p></div></div>"
        "<p>Bulk is the default for nightly jobs.</p></div></body></html>"
    )
    blocks = read_document(page).blocks
    said = [(type(b).__name__, getattr(b, "title", "") or b.text) for b in blocks]
    assert said == [
        ("Heading", "Loading rows"),
        ("Paragraph", "Gromble loads rows three ways."),
        ("Heading", "Drip"),
        ("Paragraph", "Copies one row at a time."),
        ("Heading", "Bulk"),
        ("Paragraph", "Copies whole files."),
        ("Paragraph", "Bulk is the default for nightly jobs."),
    ]
    assert blocks[-1].source.section == ("Loading rows",)


def _card_table(d, cells, bold=True):
    """A table of cards: each cell's lines, the first bold (if ``bold``)."""
    table = d.add_table(rows=len(cells), cols=len(cells[0]))
    for r, row in enumerate(cells):
        for c, lines in enumerate(row):
            cell = table.cell(r, c)
            cell.paragraphs[0].add_run(lines[0]).bold = bold
            for line in lines[1:]:
                cell.add_paragraph(line)


def test_docx_flashcards_printed_on_both_sides_pair_each_front_with_its_back(tmp_path):
    """A sheet of card fronts (a tag, the term, the card's number), a label, then the sheet
    of backs with its columns mirrored for printing on both sides: each card is read as its
    term and what its back says, by the number both sides carry; a front that asks a
    question is a card that asks it. A sheet without numbers pairs by place, mirrored when
    more backs then name their front's term; when no back names its front, two tables of one
    shape are no cards."""
    docx = pytest.importorskip("docx")
    d = docx.Document()
    d.add_heading("Cards", 1)
    _card_table(
        d,
        [
            [["TOOL - loading", "Gromble Hub", "#01"], ["TOOL - loading", "Quill Pipe", "#02"]],
            [["TOOL - cleaning", "Fern Sieve", "#03"], ["CHEAT", "Which tool streams?", "#04"]],
        ],
    )
    d.add_paragraph("Sheet 1 - BACK (columns mirrored)")
    _card_table(
        d,
        [
            [
                ["#02", "Copies files into the lake in bulk.", "Max file: 5 GB"],
                ["#01", "Loads rows from queues into tables."],
            ],
            [
                ["#04", "Quill Pipe streams; the others batch."],
                ["#03", "Drops duplicate rows before training.", "Runs nightly"],
            ],
        ],
    )
    d.add_heading("Unnumbered", 1)
    _card_table(d, [[["Zorbex Forest"], ["Tansy Boost"]]])
    _card_table(
        d,
        [
            [
                ["Boosted trees, one after another; Tansy Boost wants labels."],
                ["Random trees that score odd rows; Zorbex Forest needs no labels."],
            ]
        ],
    )
    d.add_heading("Lists", 1)  # a card whose term is a common plural lists its lines
    _card_table(d, [[["Quill Hub sinks"], ["Zorb Machines"]]])
    _card_table(
        d,
        [
            [
                ["Fern Lake - keeps files", "Tansy Store - keeps rows"],
                ["Zorb Machines boost trees in a row.", "Needs labels."],
            ]
        ],
        bold=False,
    )
    d.add_heading("Tables", 1)  # short cells over long ones that name none of them
    _card_table(d, [[["Gromble"], ["Quill"]]])
    _card_table(
        d, [[["Copies rows at night, in bulk.", "Fast"], ["Streams rows all day.", "Slow"]]]
    )
    d.save(tmp_path / "cards.docx")
    said = [
        (b.term, b.text) if isinstance(b, (ListItem, Paragraph)) else type(b).__name__
        for b in read_document(tmp_path / "cards.docx").blocks
        if not isinstance(b, Heading)
    ]
    assert said == [
        ("", "Sheet 1 - BACK (columns mirrored)"),
        ("Gromble Hub", "Loads rows from queues into tables."),
        ("Quill Pipe", "Copies files into the lake in bulk."),
        ("", "Max file: 5 GB"),
        ("Fern Sieve", "Drops duplicate rows before training."),
        ("", "Runs nightly"),
        ("", "Q: Which tool streams? A: Quill Pipe streams; the others batch."),
        ("Zorbex Forest", "Random trees that score odd rows; Zorbex Forest needs no labels."),
        ("Tansy Boost", "Boosted trees, one after another; Tansy Boost wants labels."),
        ("Quill Hub sinks", ""),
        ("", "Fern Lake - keeps files"),
        ("", "Tansy Store - keeps rows"),
        ("Zorb Machines", "Zorb Machines boost trees in a row."),
        ("", "Needs labels."),
        # (read as any one-row tables are: a paragraph each)
        ("Gromble", "Quill"),
        ("Copies rows at night, in bulk", "Fast Streams rows all day. Slow"),
    ]


def test_a_zim_wiki_page_reads_as_its_titles_points_and_code(tmp_path):
    """A Zim desktop wiki page as stored on disk: its header, "Created" line and tags are
    no notes; "====== Page ======" heads the page and fewer "=" title its parts; two single
    quotes mark code, "//" italics; "[*]" opens a done item; a block between lines of three
    quotes is code."""
    page = tmp_path / "Loading.txt"
    page.write_text(
        "Content-Type: text/x-zim-wiki\nWiki-Format: zim 0.6\n"
        "Creation-Date: 2024-03-02T19:41:07+01:00\n\n====== Loading rows ======\n"
        "Created Saturday 02 March 2024\n\n@exam @revise\n\n===== Hubs =====\n\n"
        "* **Gromble Hub** – //near// real time, no shards\n"
        "\t* ''ROW_SKEW'' → flags odd rows\n[*] **Quill Pipe**: copies files in bulk\n\n'''\nrows = 2 * hubs\n'''\n",
        encoding="utf-8",
    )
    assert outline(read_document(page).blocks) == [
        ("H", 5, "Loading rows", 1),
        ("H", 10, "Hubs", 2),
        ("L", 12, "Gromble Hub", "near real time, no shards", 0, False),
        ("L", 13, "ROW_SKEW", "flags odd rows", 1, False),
        ("L", 14, "Quill Pipe", "copies files in bulk", 0, False),
        ("C", 16, "rows = 2 * hubs\n"),
    ]


def test_html_a_title_wrapped_in_a_span_stays_a_title(tmp_path):
    """A wiki's static export sets each note's ``<h2>`` inside a span of its title bar: the
    title still heads the note's text, and each note is its own section."""
    page = tmp_path / "wiki.html"
    page.write_text(
        "<html><body><div class='river'>"
        + "".join(
            f"<div class='frame' role='article'><div class='titlebar'><span><h2 class='title'>"
            f"{name}</h2></span></div><div class='body'><p>{said}</p></div></div>"
            for name, said in (("Gromble Hub", "Loads rows."), ("Quill Pipe", "Copies files."))
        )
        + "</div></body></html>"
    )
    said = [
        (type(b).__name__, getattr(b, "title", "") or b.text, b.source.section)
        for b in read_document(page).blocks
    ]
    assert said == [
        ("Heading", "Gromble Hub", ("Gromble Hub",)),
        ("Paragraph", "Loads rows.", ("Gromble Hub",)),
        ("Heading", "Quill Pipe", ("Quill Pipe",)),
        ("Paragraph", "Copies files.", ("Quill Pipe",)),
    ]


def test_a_calc_workbook_saved_as_a_web_page_reads_as_titled_sheets():
    cell = '<td style="border-top: 1px solid #bfbfbf" align="left" valign=top>{}</td>'
    row = "<tr>" + "".join(cell for _ in range(3)) + "</tr>"
    page = (
        '<html><head><meta name="generator" content="LibreOffice 7.4.7.2 (Linux)"/></head>'
        '<body><hr><p><center><h1>Overview</h1><A HREF="#table0">Tools</A><br></center></p>'
        '<hr><A NAME="table0"><h1>Sheet 1: <em>Tools</em></h1></A>\n<table cellspacing="0">'
        '<tr><td colspan=3 align="center"><b>Gromble tools</b></td></tr>\n'
        "<tr><td colspan=3><i>what each one is for, in a line or two</i></td></tr>\n"
        "<tr><td><br></td><td><br></td><td><br></td></tr>\n"
        + row.format("<b>Tool</b>", "<b>What it is for</b>", "<b>Use it when...</b>")
        + '\n<tr><td colspan=3 align="left"><b>LOADERS</b></td></tr>\n'
        + row.format("Quill Loader", "drips rows into Fern", "rows come one by one")
        + "\n"
        + row.format("Tansy Loader", "gulps whole files", "files arrive nightly")
        + '\n<tr><td colspan=3 align="left"><b>STORES</b></td></tr>\n'
        + row.format("Fern Store", "keeps rows a year", "you need them later")
        + "\n</table></body></html>"
    )
    blocks = read_html(page).blocks
    headings = [(b.title, b.level) for b in blocks if isinstance(b, Heading)]
    assert headings == [("Tools", 1), ("Gromble tools", 2), ("LOADERS", 2), ("STORES", 2)]
    tables = [b for b in blocks if isinstance(b, Table)]
    assert [plain(h) for h in tables[0].header] == ["Tool", "What it is for", "Use it when..."]
    assert [r.cells[0] for t in tables for r in t.rows] == [
        "Quill Loader",
        "Tansy Loader",
        "Fern Store",  # a group of one row, under the sheet's header all the same
    ]
    assert tables[-1].header == tables[0].header
    said = " ".join(getattr(b, "text", "") for b in blocks)
    assert "Sheet 1" not in said and "Overview" not in said


def test_a_list_written_inside_a_list_after_an_item_is_that_items_sub_list():
    # Evernote's (and old editors') nesting: the <ul> stands beside the <li>, not in it
    page = (
        "<html><body><ul><li><div><b>Gromble Hub</b>: managed clusters. Node roles:</div></li>"
        "<ul><li><div>lead node – coordinates the cluster</div></li>"
        "<li><div>keeper nodes – store rows</div></li>"
        "<li><div>worker nodes – compute only → the safest place for cheap boards</div></li>"
        "</ul><li><div><b>Fern Store</b>: keeps rows.</div></li></ul></body></html>"
    )
    items = [b for b in read_html(page).blocks if isinstance(b, ListItem)]
    assert [(it.depth, it.term or it.text.split(" – ")[0]) for it in items] == [
        (0, "Gromble Hub"),
        (1, "lead node"),
        (1, "keeper nodes"),
        (1, "worker nodes"),  # the dash leads it, as its neighbours, not the arrow
        (0, "Fern Store"),
    ]


def test_pdf_running_header_whose_one_half_repeats_is_not_content():
    """tests/data/running-halves.pdf: a course's name on the left of each page's header and
    that page's section on the right, so no two headers read alike whole."""
    blocks = read_document(DATA / "running-halves.pdf").blocks
    said = [getattr(b, "text", "") or getattr(b, "title", "") for b in blocks]
    assert not [t for t in said if "Academy" in t]
    headings = [b.title for b in blocks if isinstance(b, Heading)]
    assert headings == [
        "Gromble handout",
        "Quill loaders",
        "Fern stores",
        "Zorbex queues",
        "Tansy checks",
    ]


def test_a_talk_s_transcript_reads_as_its_title_chapters_and_sentences(tmp_path):
    """A video's transcript as a transcript panel gives it: a time on a line of its own over
    the words said from then on. Sentences run across times, so each paragraph is whole
    sentences, a few lines long, and cites the line its words begin on; "[Music]" is no note, a link under the
    title is where the talk is watched, "Chapter 2: ..." titles a section."""
    page = write(
        tmp_path,
        "talk.txt",
        "Gromble Hub in Ten Minutes | Quill Academy\nhttps://video.example/watch?v=zz\n\n"
        "0:00\n[Music]\n0:04\nHey, welcome back. So today is all about the\n0:08\n"
        "Gromble Hub, which loads rows in near real time.\n0:12\nChapter 2: Quill pipes\n"
        "0:15\nQuill Pipe copies files in bulk, and it is\n0:19\nnever real time. Okay?\n"
        "0:22\nThen Fern Box\n0:24\nkeeps them for a day.\n",
    )
    assert outline(read_document(page).blocks) == [
        ("H", 1, "Gromble Hub in Ten Minutes | Quill Academy", 1),
        (
            "P",
            7,
            "",
            "Hey, welcome back. So today is all about the Gromble Hub, which loads rows in near real time.",
        ),
        ("H", 11, "Quill pipes", 2),
        (
            "P",
            13,
            "",
            "Quill Pipe copies files in bulk, and it is never real time. Okay? Then Fern Box "
            "keeps them for a day.",
        ),
    ]


def test_pandoc_citations_are_no_part_of_the_names_before_them(tmp_path):
    blocks = parse_markdown("# N\n\n- Scored with Zorb and QX9 [@fern2024, p. 3].\n", "n.md")
    assert blocks[-1].text == "Scored with Zorb and QX9."


def test_html_an_item_s_words_after_its_sub_list_and_an_emphasised_lead(tmp_path):
    """As the Markdown reader reads the same notes: an item whose lead-in is over a sub-list
    and more words after it keeps the lead-in; the words after are a paragraph of their own;
    emphasis that opens an item is its lead term."""
    page = write(
        tmp_path,
        "runbook.html",
        "<html><body><main><h1>Runbook</h1><ol><li><p><strong>Guard rails.</strong> Quill "
        "updates with three shift modes:</p><ul><li><em>All at once</em>: shift everything."
        "</li><li><em>Drip</em>: send a slice first.</li><li><em>Steps</em>: shift in equal "
        "steps.</li></ul><p>Attach alarms; a fired one rolls it back.</p></li></ol></main>"
        "</body></html>",
    )
    blocks = read_document(page).blocks
    assert [(k, term, text) for k, _, term, text, *_ in outline(blocks)[1:]] == [
        ("L", "Guard rails", "Quill updates with three shift modes:"),
        ("L", "All at once", "shift everything."),
        ("L", "Drip", "send a slice first."),
        ("L", "Steps", "shift in equal steps."),
        ("P", "", "Attach alarms; a fired one rolls it back."),
    ]


def test_pdf_a_description_list_of_terms_set_as_code_reads_as_items():
    """rst2pdf sets a definition list's terms as code at the margin ("``flush_rows``
    **(required)**") over their text set in under them: each term and its text are one
    item, as the Markdown "- `flush_rows` **(required)**: ..." is."""
    blocks = read_document(DATA / "code-terms.pdf").blocks
    items = [(b.raw, b.text) for b in blocks if isinstance(b, ListItem)]
    assert items == [
        (
            "`flush_rows` **(required)**: How many rows go out in each flush.",
            "flush_rows (required): How many rows go out in each flush.",
        ),
        (
            "`fern_class` **(required for fern mode)**: How many ferns a fern-mode run keeps.",
            "fern_class (required for fern mode): How many ferns a fern-mode run keeps.",
        ),
        (
            "`drip`**,** `gulp`: Two pacing knobs, both optional.",
            "drip, gulp: Two pacing knobs, both optional.",
        ),
    ]


def test_html_a_sub_list_wrapped_in_a_division_and_terms_described_inside_an_item(tmp_path):
    """Asciidoctor wraps each list in a division ("<div class='ulist'><ul>") and nests a
    glossary written after the last item inside it: the wrapped list is the item's sub-list,
    and each described term is an item of its own, not words run into the item's text."""
    page = write(
        tmp_path,
        "guide.html",
        '<html><body><div id="content"><div class="olist arabic"><ol class="arabic"><li>'
        '<p>Load modes</p><div class="ulist"><ul><li><p><strong>Drip mode</strong> sends rows'
        " one by one.</p></li><li><p><strong>Gulp mode</strong> sends them in bulk.</p></li>"
        '</ul></div></li><li><p>Words</p><div class="olist loweralpha"><ol class="loweralpha">'
        "<li><p>Quill counts (see below).</p>"
        '<div class="dlist"><dl><dt class="hdlist1">Fern weighting</dt><dd><p>Weighs a word'
        " by how rare it is.</p></dd></dl></div></li></ol></div></li></ol></div></div>"
        "</body></html>",
    )
    blocks = read_document(page).blocks
    assert [(k, term, text) for k, _, term, text, *_ in outline(blocks)] == [
        ("L", "", "Load modes"),
        ("L", "Drip mode", "sends rows one by one."),
        ("L", "Gulp mode", "sends them in bulk."),
        ("L", "", "Words"),
        ("L", "", "Quill counts (see below)."),
        ("L", "Fern weighting", "Weighs a word by how rare it is."),
    ]


def test_a_table_under_its_title_row_and_column_bands_is_headed_by_its_bold_row():
    """A spreadsheet printed to PDF puts the sheet's title in the first row alone and a row
    of bands over groups of columns before the row of column titles: that row heads the
    table, and the title is the table's section."""
    from ingest.formats import titled_tables

    source = Source("book.pdf", ("Workbook",), 1, 5, 1)
    table = Table(
        ["GROMBLE MODELS", "", ""],
        [
            Row(["<b>Basics</b>", "", "<b>Data in</b>"], 2),
            Row(["<b>Model</b>", "<b>Kind</b>", "<b>Input</b>"], 3),
            Row(["<b>Quill</b>", "Supervised", "Fernpack"], 4),
        ],
        source,
    )
    crosstab = Table(["", "Predicted", ""], [Row(["<b>A</b>", "<b>B</b>", "<b>C</b>"], 7)], source)
    titled_tables([table, crosstab])
    assert table.header == ["Model", "Kind", "Input"]
    assert [r.cells for r in table.rows] == [["<b>Quill</b>", "Supervised", "Fernpack"]]
    assert table.source.section == ("Workbook", "GROMBLE MODELS")
    assert crosstab.header == ["", "Predicted", ""]  # no title in its first cell


def test_html_angle_brackets_that_name_no_element_are_text_and_a_numbered_dt_is_its_term():
    # pod2html: "C<endpoint/E<lt>nameE<gt>>" and "=item 2. B<Quill mode> - ..." as <dt>
    page = (
        "<html><body><h1>Loading</h1><p>Rows land at <code>store/&lt;name&gt;/rows</code>; "
        "a &lt;tag&gt; is kept.</p><dl><dt>1. <b>Drip mode</b> - one row at a time.</dt>"
        "<dd><p>The default.</p></dd><dt>2. <b>Gulp mode</b> - rows in blocks.</dt></dl>"
        "</body></html>"
    )
    blocks = read_html(page).blocks
    said = [b.text for b in blocks if isinstance(b, Paragraph)]
    assert said == ["Rows land at store/<name>/rows; a <tag> is kept."]
    items = [(b.term, b.text) for b in blocks if isinstance(b, ListItem)]
    assert items == [
        ("Drip mode", "one row at a time."),
        ("Drip mode", "The default."),
        ("Gulp mode", "rows in blocks."),
    ]


def test_a_striped_pdf_tables_bare_rows_keep_their_cells():
    # pdfme fills every other row of a table; the rows between have no edge between cells
    doc = read_document(DATA / "pdfme-striped-table.pdf")
    tables = [b for b in doc.blocks if isinstance(b, Table)]
    assert len(tables) == 1
    rows = [[plain(c) for c in r.cells] for r in tables[0].rows]
    assert rows[1] == ["moss_depth", "6", "deeper trees fit more detail and overfit sooner"]
    assert [r[0] for r in rows] == [
        "fern_rate",
        "moss_depth",
        "row_share",
        "col_share",
        "leaf_floor",
    ]


def test_a_pdf_tables_cells_centred_in_their_rows_keep_to_their_rows():
    # a browser engine centres a cell in its row: a one-line cell stands between the lines
    # of a wrapped one beside it, and the page's words interleave
    doc = read_document(DATA / "calibre-centred-cells.pdf")
    tables = [b for b in doc.blocks if isinstance(b, Table)]
    assert len(tables) == 1
    assert [plain(c) for c in tables[0].header] == [
        "Service",
        "Purpose",
        "Latency",
        "Stores rows?",
        "Scaling",
    ]
    rows = [[plain(c) for c in r.cells] for r in tables[0].rows]
    assert rows[0][:2] == ["Fern Data Streams", "durable, ordered stream for custom readers"]
    assert rows[2] == [
        "Managed Service for Apache Moss",
        "run analytics on streams",
        "real time",
        "no (reads a stream)",
        "managed units",
    ]
    assert len(rows) == 4


def test_calligra_docx_outline_levels_and_decimal_sizes():
    # Calligra writes body text at outline level 0, which Word reads as the first heading
    # level: when most paragraphs carry one level, that level is the body's
    blocks = read_document(DATA / "calligra-outline.docx").blocks
    headings = [(b.title, b.level) for b in blocks if isinstance(b, Heading)]
    assert headings == [("Gromble pipes", 1), ("Gromble settings", 2), ("Quill stores", 1)]
    said = [b for b in blocks if isinstance(b, Paragraph)]
    assert any("every five minutes" in b.text for b in said)
    kept = next(b for b in said if "thirty days" in b.text)
    assert kept.source.section == ("Quill stores",)


def test_paragraphs_typed_as_table_rows_are_a_table(tmp_path):
    # a writer without tables (Calligra's DOCX export) types each row as a paragraph
    import docx

    d = docx.Document()
    d.add_heading("Quill trainer", 1)
    d.add_paragraph("The settings that matter:")
    d.add_heading("Setting | Default | Effect", 2)  # its header row, set as a title
    for row in ("fern_size | 64 | bigger batches", "moss_rate | 0.25 | faster steps"):
        d.add_paragraph(row)
    d.add_paragraph("Raise fern_size first.")
    d.add_paragraph("Pipes like a | b are no table.")
    d.save(tmp_path / "typed.docx")
    blocks = read_document(tmp_path / "typed.docx").blocks
    table = next(b for b in blocks if isinstance(b, Table))
    assert table.header == ["Setting", "Default", "Effect"]
    assert [r.cells for r in table.rows] == [
        ["fern_size", "64", "bigger batches"],
        ["moss_rate", "0.25", "faster steps"],
    ]
    after = [b for b in blocks if isinstance(b, Paragraph) and b.text.startswith("Raise")]
    assert after[0].source.section == ("Quill trainer",)
    assert not any(isinstance(b, Heading) and "|" in b.title for b in blocks)
    assert any(isinstance(b, Paragraph) and "a | b" in b.text for b in blocks)


def test_a_pdf_tables_bare_rows_under_a_drawn_header_keep_their_cells():
    # react-pdf draws the header's cells as boxes and only a rule between the other rows
    doc = read_document(DATA / "react-pdf-table.pdf")
    tables = [b for b in doc.blocks if isinstance(b, Table)]
    assert len(tables) == 1
    assert [plain(c) for c in tables[0].header] == ["Mode", "What it does", "Hardware"]
    assert [[plain(c) for c in r.cells] for r in tables[0].rows] == [
        ["grom", "packs rows, one pass", "single CPU"],
        ["quill_pack", "packs rows, two passes", "single CPU or single GPU"],
        ["fernish", "spreads the rows over hosts", "several CPU hosts"],
    ]


def test_a_pdf_set_with_a_loose_line_height_keeps_its_paragraphs_whole():
    # dompdf prints a page styled `line-height: 1.8`: more space between a paragraph's lines
    # than most PDFs leave, less than between its paragraphs
    doc = read_document(DATA / "loose-lines.pdf")
    headings = [b.title for b in doc.blocks if isinstance(b, Heading)]
    assert headings == [
        "Gromble Vault and Quill Stream: field notes for the data team",
        "Settings worth knowing",
    ]
    paragraphs = [b.text for b in doc.blocks if isinstance(b, Paragraph)]
    assert [p.split()[:2] for p in paragraphs] == [
        ["Gromble", "Vault"],
        ["Quill", "Stream"],
        ["Retention", "in"],
        ["Moss", "readers"],
    ]
    assert paragraphs[0].endswith("a bad deploy in the spring release.")
    items = [b.text for b in doc.blocks if isinstance(b, ListItem)]
    assert len(items) == 2
    assert items[0].endswith("you pay per gigabyte moved).")


def test_docx_a_bullet_typed_before_a_tab_is_the_items_marker_not_its_term(tmp_path):
    """An RTF turned into DOCX keeps its bullets as text: "•<TAB>**Review state** - Open or
    Shut" is a list item with its bold term, not a term "•"."""
    import docx

    d = docx.Document()
    d.add_heading("Quill Registry", level=1)
    for term, rest in (("Review state", " - Open, Held or Shut."), ("Group", " - holds them.")):
        p = d.add_paragraph()
        p.add_run("•")
        p.add_run("\t")
        p.add_run(term).bold = True
        p.add_run(rest)
    d.save(tmp_path / "t.docx")
    blocks = read_document(tmp_path / "t.docx").blocks[1:]
    assert [(type(b).__name__, b.term) for b in blocks] == [
        ("ListItem", "Review state"),
        ("ListItem", "Group"),
    ]
