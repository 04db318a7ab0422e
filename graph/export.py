"""Subgraph exports for slides and tools: PNG, SVG, editable PPTX, Mermaid, GraphML, Turtle, HTML.

``write_subgraph(sub, "pptx", path)`` picks the writer by name (one registry, ``WRITERS``).
Every writer takes a path or an open binary file. Node labels come from documents, so every
text that lands in markup (SVG, HTML, Mermaid) is escaped.
"""

from __future__ import annotations

import html
import io
import math
from collections.abc import Callable
from dataclasses import replace
from pathlib import Path
from typing import BinaryIO

from ingest.text import without_controls

from .subgraph import Subgraph

TYPE_COLOURS = {  # light enough for dark text, distinct enough for a legend
    "Service": "#F8B96B",
    "Algorithm": "#9DC3E6",
    "Metric": "#A9D18E",
    "ProblemType": "#D5A6E0",
    "UseCase": "#FFE699",
    "Technique": "#9EDAD5",
    "Framework": "#D6B99A",
    "Tool": "#D9D9D9",
    "DataType": "#FFC7CE",
    "Distribution": "#F4A7A7",
    "DataFormat": "#C5E0B4",
    "InstanceType": "#BDD7EE",
    "MonitoringAspect": "#E8C9E3",
    "Hyperparameter": "#F8CBAD",
    "Category": "#CCC0DA",
    "Concept": "#CFE2F3",
    "Kind": "#EDEDED",
}


def colour(node_type: str) -> str:
    return TYPE_COLOURS.get(node_type, "#CCCCCC")


def type_name(node_type: str) -> str:
    """A node type as legends say it: the class's ``rdfs:label`` in the ontology."""
    from .vocabulary import classes

    term = classes().get(node_type)
    return term.label if term else node_type


def layout(sub: Subgraph) -> dict[str, tuple[float, float]]:
    """Positions in [0, 1] x [0, 1] (y down): concepts in the middle, answers around them."""
    ids = list(sub.nodes)
    if not ids:
        return {}
    if len(ids) == 1:
        return {ids[0]: (0.5, 0.5)}
    centre = [i for i in ids if sub.nodes[i].role == "concept"]
    ring = [i for i in ids if i not in centre]
    pos: dict[str, tuple[float, float]] = {}
    if not sub.edges:  # nothing to pull together: a centred grid, not a pile
        cols = math.ceil(math.sqrt(len(ids) * 1.6))
        rows = math.ceil(len(ids) / cols)
        for k, i in enumerate(ids):
            r, c = divmod(k, cols)
            in_row = min(cols, len(ids) - r * cols)
            pos[i] = ((c + 0.5 + (cols - in_row) / 2) / cols, (r + 0.5) / rows)
        return pos
    if centre and ring and len(centre) <= 4:
        for k, i in enumerate(centre):
            pos[i] = (0.5 + (k - (len(centre) - 1) / 2) * 0.22, 0.5)
        for k, i in enumerate(ring):
            a = 2 * math.pi * k / len(ring) - math.pi / 2
            pos[i] = (0.5 + 0.42 * math.cos(a), 0.5 + 0.4 * math.sin(a))
        return pos
    import networkx as nx

    g = nx.Graph()
    g.add_nodes_from(ids)
    g.add_edges_from((e.source, e.target) for e in sub.edges)
    try:
        raw = nx.kamada_kawai_layout(g)
    except Exception:  # a disconnected or degenerate graph
        raw = nx.spring_layout(g, seed=7)
    xs = [p[0] for p in raw.values()]
    ys = [p[1] for p in raw.values()]
    w, h = (max(xs) - min(xs)) or 1, (max(ys) - min(ys)) or 1
    return {
        i: (0.06 + 0.88 * (raw[i][0] - min(xs)) / w, 0.08 + 0.84 * (max(ys) - raw[i][1]) / h)
        for i in ids
    }


# -- pictures (matplotlib) -----------------------------------------------------------------
def _figure(sub: Subgraph):
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt
    from matplotlib.patches import FancyArrowPatch, Patch

    pos = layout(sub)
    n = len(sub.nodes)
    fig, ax = plt.subplots(figsize=(13.33, 7.5), dpi=150)
    ax.set_axis_off()
    ax.set_xlim(-0.02, 1.02)
    ax.set_ylim(1.05, -0.08)
    ax.set_title(sub.title, fontsize=14, loc="left", parse_math=False)
    size = 9 if n <= 20 else (7 if n <= 45 else 5)
    for e in sub.edges:
        (x1, y1), (x2, y2) = pos[e.source], pos[e.target]
        ax.add_patch(
            FancyArrowPatch(
                (x1, y1),
                (x2, y2),
                arrowstyle="-|>",
                mutation_scale=10,
                color="#777777",
                lw=0.8,
                shrinkA=14,
                shrinkB=14,
            )
        )
        ax.text(
            (x1 + x2) / 2,
            (y1 + y2) / 2,
            e.label,
            parse_math=False,  # "$...$" in a document is text, not a formula
            fontsize=size - 2,
            color="#555555",
            ha="center",
            va="center",
            bbox={"boxstyle": "round,pad=0.1", "fc": "white", "ec": "none", "alpha": 0.8},
        )
    for i, node in sub.nodes.items():
        x, y = pos[i]
        ax.text(
            x,
            y,
            _wrap(node.label),
            parse_math=False,
            fontsize=size,
            ha="center",
            va="center",
            zorder=3,
            fontweight="bold" if node.role == "concept" else "normal",
            bbox={
                "boxstyle": "round,pad=0.35",
                "fc": colour(node.type),
                "ec": "#333333" if node.role else "#888888",
                "lw": 1.4 if node.role else 0.6,
            },
        )
    handles = [
        Patch(facecolor=colour(t), edgecolor="#888888", label=type_name(t)) for t in sub.types()
    ]
    ax.legend(handles=handles, loc="lower right", fontsize=8, frameon=False)
    return fig


def _wrap(text: str, width: int = 22) -> str:
    words, lines, cur = text.split(), [], ""
    for w in words:
        if cur and len(cur) + 1 + len(w) > width:
            lines.append(cur)
            cur = w
        else:
            cur = f"{cur} {w}".strip()
    lines.append(cur)
    return "\n".join(lines)


def _save(sub: Subgraph, out, fmt: str) -> None:
    import matplotlib.pyplot as plt

    fig = _figure(sub)
    fig.savefig(out, format=fmt, bbox_inches="tight")
    plt.close(fig)


def write_png(sub: Subgraph, out: str | Path | BinaryIO) -> None:
    _save(sub, out, "png")


def write_svg(sub: Subgraph, out: str | Path | BinaryIO) -> None:
    # matplotlib escapes the text it writes into SVG
    _save(sub, out, "svg")


def generate_svg(sub: Subgraph) -> str:
    buf = io.BytesIO()
    write_svg(sub, buf)
    return buf.getvalue().decode("utf-8")


# -- editable slides (python-pptx) ---------------------------------------------------------
def sentence_case(title: str) -> str:
    """A title as slides set it: first letter capital, every other letter as the user typed
    it (product names keep their capitals)."""
    title = " ".join(title.split())
    return title[:1].upper() + title[1:]


def write_pptx(sub: Subgraph, out: str | Path | BinaryIO, text_slide: bool = False) -> None:
    """16:9 deck: one slide with the graph as native shapes joined by connectors (title in
    sentence case, graph centred and scaled to the slide, legend beside it, sources in the
    notes); with ``text_slide``, a second slide with the answer and its evidence as bullets."""
    from pptx import Presentation
    from pptx.dml.color import RGBColor
    from pptx.enum.shapes import MSO_CONNECTOR, MSO_SHAPE
    from pptx.enum.text import MSO_ANCHOR, PP_ALIGN
    from pptx.oxml.ns import qn
    from pptx.util import Emu, Inches, Pt

    prs = Presentation()
    prs.slide_width, prs.slide_height = Inches(13.333), Inches(7.5)
    slide = prs.slides.add_slide(prs.slide_layouts[5])  # title only
    _title(slide, sentence_case(sub.title), prs.slide_width)
    caption = slide.shapes.add_textbox(Inches(0.6), Inches(1.05), Inches(9), Inches(0.3))
    caption.name = "caption"
    caption.text_frame.text = (
        f"{len(sub.nodes)} entities, {len(sub.edges)} relations"
        + (f" ({sub.more} more left out)" if sub.more else "")
        + " · mlkg knowledge graph; sources in the notes"
    )
    caption.text_frame.paragraphs[0].font.size = Pt(11)
    caption.text_frame.paragraphs[0].font.color.rgb = RGBColor(0x66, 0x66, 0x66)

    n = max(1, len(sub.nodes))
    box_w = Inches(1.9 if n <= 16 else 1.5 if n <= 30 else 1.15)
    box_h = Inches(0.6 if n <= 16 else 0.5 if n <= 30 else 0.4)
    font = Pt(12 if n <= 16 else 10 if n <= 30 else 8)
    legend_w = Inches(2.1)
    # the drawing area: below the title, left of the legend; the graph's own bounding box is
    # centred in it and scaled to fill it (a small graph is not stretched apart)
    area_l, area_t = Inches(0.5), Inches(1.5)
    area_w = prs.slide_width - Inches(0.5) - legend_w - area_l - box_w
    area_h = prs.slide_height - Inches(0.35) - area_t - box_h
    pos = layout(sub)
    xs = [p[0] for p in pos.values()] or [0.5]  # an empty subgraph: a slide with its title
    ys = [p[1] for p in pos.values()] or [0.5]
    span_x, span_y = (max(xs) - min(xs)) or 1.0, (max(ys) - min(ys)) or 1.0
    fill = min(1.0, 0.25 + 0.12 * n)  # 1-2 nodes sit closer together than 10
    scale_x, scale_y = area_w * fill / span_x, area_h * fill / span_y
    used_w = (max(xs) - min(xs)) * scale_x
    used_h = (max(ys) - min(ys)) * scale_y
    off_x = area_l + (area_w - used_w) / 2
    off_y = area_t + (area_h - used_h) / 2
    shapes = {}
    for i, node in sub.nodes.items():
        x, y = pos[i]
        shp = slide.shapes.add_shape(
            MSO_SHAPE.ROUNDED_RECTANGLE,
            Emu(int(off_x + (x - min(xs)) * scale_x)),
            Emu(int(off_y + (y - min(ys)) * scale_y)),
            box_w,
            box_h,
        )
        shp.name = f"node: {node.label}"[:250]
        shp.fill.solid()
        shp.fill.fore_color.rgb = RGBColor.from_string(colour(node.type).lstrip("#"))
        shp.line.color.rgb = RGBColor(0x33, 0x33, 0x33) if node.role else RGBColor(0x88, 0x88, 0x88)
        shp.line.width = Pt(2 if node.role else 0.75)
        tf = shp.text_frame
        tf.word_wrap = True
        tf.vertical_anchor = MSO_ANCHOR.MIDDLE
        tf.text = node.label
        for p in tf.paragraphs:
            p.alignment = PP_ALIGN.CENTER
            p.font.size = font
            p.font.bold = node.role == "concept"
            p.font.color.rgb = RGBColor(0x11, 0x11, 0x11)
        shapes[i] = shp
    for e in sub.edges:
        a, b = shapes[e.source], shapes[e.target]
        (xa, ya), (xb, yb) = pos[e.source], pos[e.target]
        # connection sites of a rectangle: 0 top, 1 left, 2 bottom, 3 right
        if abs(xb - xa) * scale_x >= abs(yb - ya) * scale_y:
            sa, sb = (3, 1) if xb > xa else (1, 3)
        else:
            sa, sb = (2, 0) if yb > ya else (0, 2)
        c = slide.shapes.add_connector(MSO_CONNECTOR.STRAIGHT, 0, 0, 0, 0)
        c.begin_connect(a, sa)
        c.end_connect(b, sb)
        c.name = f"edge: {e.label}"[:250]
        c.line.color.rgb = RGBColor(0x66, 0x66, 0x66)
        c.line.width = Pt(1)
        ln = c.line._get_or_add_ln()
        tail = ln.makeelement(qn("a:tailEnd"), {"type": "triangle"})
        ln.append(tail)
        mx = (c.begin_x + c.end_x) // 2
        my = (c.begin_y + c.end_y) // 2
        lab = slide.shapes.add_textbox(
            Emu(mx - Inches(0.7)), Emu(my - Inches(0.14)), Inches(1.4), Inches(0.28)
        )
        lab.name = f"label: {e.label}"[:250]
        lab.text_frame.text = e.label
        p = lab.text_frame.paragraphs[0]
        p.font.size = Pt(9)
        p.font.italic = True
        p.font.color.rgb = RGBColor(0x44, 0x44, 0x44)
        p.alignment = PP_ALIGN.CENTER
    # legend: each label in a box of its swatch's height, text centred on the swatch
    lx, ly, step, sw_size = prs.slide_width - legend_w, area_t, Inches(0.32), Inches(0.22)
    for k, t in enumerate(sub.types()):
        top = ly + step * k
        sw = slide.shapes.add_shape(MSO_SHAPE.RECTANGLE, lx, top, sw_size, sw_size)
        sw.name = f"legend: {type_name(t)}"
        sw.fill.solid()
        sw.fill.fore_color.rgb = RGBColor.from_string(colour(t).lstrip("#"))
        sw.line.color.rgb = RGBColor(0x88, 0x88, 0x88)
        tb = slide.shapes.add_textbox(lx + Inches(0.3), top, legend_w - Inches(0.45), sw_size)
        tb.name = f"legend text: {type_name(t)}"
        frame = tb.text_frame
        frame.margin_left = frame.margin_right = frame.margin_top = frame.margin_bottom = 0
        frame.vertical_anchor = MSO_ANCHOR.MIDDLE
        frame.text = type_name(t)
        frame.paragraphs[0].font.size = Pt(11)
    notes = "Sources:\n" + "\n".join(
        f"{s['document']}:{s['line']} — {s['text']}" for s in sub.sources[:60]
    )
    slide.notes_slide.notes_text_frame.text = notes
    if text_slide:
        _text_slide(prs, sub, notes)
    prs.save(out)


def _title(slide, text: str, slide_width) -> None:
    from pptx.util import Inches, Pt

    head = slide.shapes.title
    # the default template is 4:3: stretch the placeholder across the 16:9 slide
    head.left, head.top, head.width, head.height = (
        Inches(0.6),
        Inches(0.3),
        slide_width - Inches(1.2),
        Inches(0.75),
    )
    head.text = text
    head.text_frame.paragraphs[0].font.size = Pt(26)


def _text_slide(prs, sub: Subgraph, notes: str) -> None:
    """The answer in words and its evidence lines as bullets, each with where it stands."""
    from pptx.util import Inches, Pt

    slide = prs.slides.add_slide(prs.slide_layouts[5])
    _title(slide, sentence_case(sub.title), prs.slide_width)
    body = slide.shapes.add_textbox(
        Inches(0.6), Inches(1.3), prs.slide_width - Inches(1.2), prs.slide_height - Inches(1.7)
    )
    body.name = "answer"
    frame = body.text_frame
    frame.word_wrap = True
    frame.text = sub.summary or f"{len(sub.nodes)} entities, {len(sub.edges)} relations"
    frame.paragraphs[0].font.size = Pt(18)
    frame.paragraphs[0].font.bold = True
    for s in sub.sources[:8]:
        p = frame.add_paragraph()
        text = " ".join(str(s.get("text", "")).split())
        p.text = f"• {text[:220]}{'…' if len(text) > 220 else ''}  ({s['document']}:{s['line']})"
        p.font.size = Pt(13)
        p.space_before = Pt(6)
    slide.notes_slide.notes_text_frame.text = notes


# -- comparison tables (the Compare page) -------------------------------------------------
def comparison_csv(columns: list[str], rows: list[dict]) -> bytes:
    """A comparison as CSV: criterion, then per entity its values and their sources.
    ``rows`` as ``graph.subgraph.compare_cells`` gives them, cells keyed by column name."""
    import csv

    buf = io.StringIO()
    w = csv.writer(buf)
    w.writerow(["criterion", *columns, *(f"{c} (source)" for c in columns)])
    for r in rows:
        cells = [r["cells"].get(c, []) for c in columns]
        w.writerow(
            [plain_text(r["criterion"])]
            + ["; ".join(plain_text(v) for v, _ in cell) for cell in cells]
            + ["; ".join(sorted({w for _, w in cell if w})) for cell in cells]
        )
    return buf.getvalue().encode("utf-8")


def comparison_pptx(title: str, columns: list[str], rows: list[dict]) -> bytes:
    """A comparison as one 16:9 slide with a native (editable) table, sources in the notes."""
    from pptx import Presentation
    from pptx.util import Inches, Pt

    prs = Presentation()
    prs.slide_width, prs.slide_height = Inches(13.333), Inches(7.5)
    slide = prs.slides.add_slide(prs.slide_layouts[5])  # title only
    head = slide.shapes.title
    head.left, head.top, head.width, head.height = (
        Inches(0.5),
        Inches(0.3),
        Inches(12.3),
        Inches(0.9),
    )
    head.text = plain_text(title)
    head.text_frame.paragraphs[0].font.size = Pt(26)
    n = len(rows) + 1
    frame = slide.shapes.add_table(
        n, len(columns) + 1, Inches(0.5), Inches(1.3), Inches(12.3), Inches(0.4) * n
    )
    table = frame.table
    table.columns[0].width = Inches(2.1)
    for k in range(len(columns)):
        table.columns[k + 1].width = int((Inches(12.3) - Inches(2.1)) / len(columns))
    size = Pt(12 if n <= 8 else 10 if n <= 14 else 8)

    def put(cell, text: str, bold: bool = False) -> None:
        cell.text = plain_text(text)
        for p in cell.text_frame.paragraphs:
            p.font.size, p.font.bold = size, bold

    put(table.cell(0, 0), "")
    for k, c in enumerate(columns):
        put(table.cell(0, k + 1), c, bold=True)
    for i, r in enumerate(rows, start=1):
        put(table.cell(i, 0), r["criterion"], bold=True)
        for k, c in enumerate(columns):
            put(table.cell(i, k + 1), "\n".join(v for v, _ in r["cells"].get(c, [])))
    sources = sorted({w for r in rows for cell in r["cells"].values() for _, w in cell if w})
    slide.notes_slide.notes_text_frame.text = "Sources:\n" + "\n".join(sources)
    buf = io.BytesIO()
    prs.save(buf)
    return buf.getvalue()


# -- text formats ----------------------------------------------------------------------------
def generate_mermaid(sub: Subgraph) -> str:
    ids = {i: f"n{k}" for k, i in enumerate(sub.nodes)}

    def esc(text: str) -> str:
        return html.escape(text, quote=True).replace("|", "&#124;")

    lines = ["flowchart LR"]
    for i, node in sub.nodes.items():
        lines.append(f'  {ids[i]}["{esc(node.label)}"]:::{node.type}')
    for e in sub.edges:
        lines.append(f'  {ids[e.source]} -->|"{esc(e.label)}"| {ids[e.target]}')
    for t in sub.types():
        lines.append(f"  classDef {t} fill:{colour(t)},stroke:#555,color:#111")
    return "\n".join(lines) + "\n"


def _write_text(out, text: str) -> None:
    data = text.encode("utf-8")
    if isinstance(out, (str, Path)):
        Path(out).write_bytes(data)
    else:
        out.write(data)


def write_mermaid(sub: Subgraph, out) -> None:
    _write_text(out, generate_mermaid(sub))


def to_networkx(sub: Subgraph):
    import networkx as nx

    g = nx.MultiDiGraph(title=sub.title)
    for i, node in sub.nodes.items():
        g.add_node(i, label=node.label, type=node.type, role=node.role)
    for e in sub.edges:
        g.add_edge(e.source, e.target, relation=e.relation, label=e.label)
    return g


def write_graphml(sub: Subgraph, out) -> None:
    import networkx as nx

    buf = io.BytesIO()
    nx.write_graphml(to_networkx(sub), buf)
    _write_text(out, buf.getvalue().decode("utf-8"))


def to_rdf(sub: Subgraph):
    from rdflib import Graph, Literal, URIRef
    from rdflib.namespace import RDF, RDFS

    from .rdf import bind_prefixes
    from .vocab import MLKG

    g = bind_prefixes(Graph())
    for i, node in sub.nodes.items():
        g.add((URIRef(i), RDFS.label, Literal(node.label)))
        g.add((URIRef(i), RDF.type, MLKG[node.type]))
    for e in sub.edges:
        g.add((URIRef(e.source), MLKG[e.relation], URIRef(e.target)))
    return g


def write_turtle(sub: Subgraph, out) -> None:
    _write_text(out, to_rdf(sub).serialize(format="turtle"))


def generate_html(sub: Subgraph) -> str:
    """One self-contained page: the drawing (inline SVG), a legend, the relations, the sources."""
    svg = generate_svg(sub)
    svg = svg[svg.find("<svg") :]
    esc = html.escape
    legend = "".join(
        f'<li><span style="background:{colour(t)}"></span>{esc(type_name(t))}</li>'
        for t in sub.types()
    )
    edges = "".join(
        f"<tr><td>{esc(sub.nodes[e.source].label)}</td><td>{esc(e.label)}</td><td>{esc(sub.nodes[e.target].label)}</td></tr>"
        for e in sub.edges
    )
    sources = "".join(
        f"<li><code>{esc(s['document'])}:{s['line']}</code> {esc(s['text'])}</li>"
        for s in sub.sources
    )
    return f"""<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>{esc(sub.title)}</title>
<style>body{{font-family:system-ui,sans-serif;margin:2rem;color:#222}} svg{{max-width:100%;height:auto}}
ul.legend{{list-style:none;padding:0;display:flex;flex-wrap:wrap;gap:1rem}} ul.legend span{{display:inline-block;width:1em;height:1em;margin-right:.4em;border:1px solid #888;vertical-align:middle}}
table{{border-collapse:collapse}} td{{border:1px solid #ddd;padding:.25rem .5rem}}</style></head>
<body><h1>{esc(sub.title)}</h1>{svg}<ul class="legend">{legend}</ul>
<h2>Relations</h2><table>{edges}</table><h2>Sources</h2><ul>{sources}</ul>
<p><small>Exported by mlkg.</small></p></body></html>
"""


def write_html(sub: Subgraph, out) -> None:
    _write_text(out, generate_html(sub))


WRITERS: dict[str, Callable] = {
    "png": write_png,
    "svg": write_svg,
    "pptx": write_pptx,
    "mermaid": write_mermaid,
    "graphml": write_graphml,
    "ttl": write_turtle,
    "html": write_html,
}
MIME = {
    "png": "image/png",
    "svg": "image/svg+xml",
    "pptx": "application/vnd.openxmlformats-officedocument.presentationml.presentation",
    "mermaid": "text/plain",
    "graphml": "application/xml",
    "ttl": "text/turtle",
    "html": "text/html",
}
SUFFIX = {"mermaid": "mmd"}


def plain_text(text: str) -> str:
    """Document text as plain text for any format: no control characters or terminal escapes
    (illegal in XML, so in PPTX and GraphML), nothing any writer reads as markup."""
    return without_controls(text)


def _plain(sub: Subgraph) -> Subgraph:
    """A copy of the subgraph whose every text is plain (titles come from users, labels from
    documents)."""
    out = replace(
        sub,
        title=plain_text(sub.title),
        summary=plain_text(sub.summary),
        nodes={},
        edges=[],
        _edge_set=set(),
    )
    for i, node in sub.nodes.items():
        out.nodes[i] = replace(node, label=plain_text(node.label))
    out.edges = list(sub.edges)
    out.sources = [{**s, "text": plain_text(str(s.get("text", "")))} for s in sub.sources]
    return out


def write_subgraph(sub: Subgraph, fmt: str, out, text_slide: bool = False) -> None:
    """``sub`` in format ``fmt`` (a key of ``WRITERS``) to a path or binary file; for slides,
    ``text_slide`` adds a slide with the answer and its evidence."""
    try:
        writer = WRITERS[fmt]
    except KeyError:
        raise ValueError(f"unknown export format {fmt!r}; known: {', '.join(WRITERS)}") from None
    if fmt == "pptx":
        write_pptx(_plain(sub), out, text_slide=text_slide)
    else:
        writer(_plain(sub), out)


def subgraph_bytes(sub: Subgraph, fmt: str, text_slide: bool = False) -> bytes:
    buf = io.BytesIO()
    write_subgraph(sub, fmt, buf, text_slide=text_slide)
    return buf.getvalue()
