"""What the pages share: the engine (graph + model, loaded once), the graph view, links to
sources, and the interactive subgraph view."""

from __future__ import annotations

import html
import math
import os
import re

import streamlit as st

from graph import source_label
from graph.export import colour, type_name
from graph.subgraph import Subgraph
from graph.vocab import compact_iri
from mlkg import settings

EXAMPLES = [
    "services for streaming ingestion",
    "Which algorithms suit forecasting?",
    "Which metrics measure a regression model?",
    "What does Amazon SageMaker Clarify monitor?",
    "Define RMSProp",
    "Compare Amazon S3, Amazon EFS and Amazon EBS",
]


def get_engine():
    """The engine of the configured build (loaded once per build folder, model and graph: a
    rebuild from the command line while the app runs, `mlkg add`, gives the new graph)."""
    from graph import read_manifest

    try:
        graph = read_manifest(settings.build_dir()).get("graph_sha256", "")
    except FileNotFoundError:
        graph = ""  # (the engine says what is missing)
    return _load_engine(str(settings.build_dir()), settings.get("model") or None, graph)


@st.cache_resource(show_spinner="Loading the graph and the embedding model…", max_entries=2)
def _load_engine(build_dir: str, model: str | None, graph: str = ""):
    from search import Engine

    os.environ.setdefault("HF_HUB_OFFLINE", "1")
    engine = Engine(build_dir, model=model)
    engine.warm()  # load what answering needs now, behind the spinner, not on the first question
    _warm_exports(engine)
    return engine


def _warm_exports(engine) -> None:
    """Import the picture and slide writers (matplotlib, python-pptx) and what the pages draw
    with (pandas and pyarrow for tables, the graph component), and answer once, behind the
    spinner, so the first question is as fast as the tenth."""
    import pandas  # noqa: F401
    import pyarrow  # noqa: F401
    import st_link_analysis  # noqa: F401

    from graph.export import subgraph_bytes
    from graph.subgraph import answer_subgraph

    sub = answer_subgraph(engine.view, engine.ask(EXAMPLES[0]))
    for fmt in ("png", "pptx"):
        subgraph_bytes(sub, fmt)


_MARKDOWN = re.compile(r"([\\`*_{}\[\]$<>~|])")  # what styles text anywhere in a line
_LINE_START = re.compile(r"^(\s*(?:\d+)?)([#>+-]|(?<=\d)[.)])")  # a heading or list line


def md(text) -> str:
    """Document (or user) text for a Streamlit markdown element: shown as typed, never read
    as markup ("$x$" as a formula, ":red[...]" as colour, "**" as bold) or control codes."""
    from graph.export import plain_text

    escaped = _MARKDOWN.sub(r"\\\1", plain_text(str(text)))
    return _LINE_START.sub(lambda m: m.group(1) + "\\" + m.group(2), escaped)


def run_query(sparql: str):
    """Run a user's query in this session's query process, within the query limits
    (graph.limits): a running-time caption while it runs; leaving or rerunning the page stops
    it. Raises QueryError with the reason when refused or stopped by a limit."""
    from graph import graph_path, read_manifest
    from graph.limits import QueryRunner

    engine = get_engine()
    # a rebuild (the Sources page) gives a new graph: a new query process for it
    graph = read_manifest(settings.build_dir()).get("graph_sha256", "")
    key = (str(settings.build_dir()), engine.store.name, graph)
    runner = st.session_state.get("query_runner")
    if runner is None or st.session_state.get("query_runner_key") != key:
        if runner is not None:
            runner.close()
        runner = QueryRunner(graph_path(settings.build_dir()), engine.store.name)
        st.session_state["query_runner"], st.session_state["query_runner_key"] = runner, key
    status = st.empty()

    def waiting(seconds: float) -> None:  # a Streamlit call: a page rerun stops the query here
        if seconds >= 0.5:
            status.caption(f"Running… {seconds:.0f} s (stops at {runner.limits.timeout:g} s)")

    try:
        return runner.query(sparql, on_wait=waiting)
    finally:
        status.empty()


def source_link(evidence: dict, key: str) -> None:
    """A link that opens the Sources page on the evidence's line (and page, for a PDF)."""
    page = int(evidence.get("page") or 0)
    params = {"doc": evidence["document"], "line": str(evidence["line"])}
    if page:
        params["page"] = str(page)
    st.page_link(
        "app_pages/sources.py",
        label=source_label(evidence["document"], evidence["line"], page),
        icon=":material/link:",
        query_params=params,
    )


def clear_caches() -> None:
    """Forget the loaded engine and graph after a rebuild, so every page reads the new one."""
    _load_engine.clear()
    st.cache_data.clear()


def show_graph(sub: Subgraph, key: str, height: int = 460, expand: bool = False) -> dict | None:
    """The subgraph, interactive (Cytoscape.js via st-link-analysis; its scripts ship with it):
    a legend of colour swatches that filters by type, the same seeded layout as the PNG and the
    slides (stable from run to run, fitted to the panel), readable labels. Clicking an entity
    shows its card with a link to Explore; with ``expand``, double-clicking one asks for its
    neighbours. Returns the last event ({"action", "id"}), new ones only."""
    if not sub.nodes:
        st.info("Nothing to draw.")
        return None
    try:
        from st_link_analysis import EdgeStyle, Event, NodeStyle, st_link_analysis
    except ImportError:  # pragma: no cover - a dependency of the project
        st.warning("The interactive view needs: pip install st-link-analysis")
        return None
    from graph.export import layout

    types = sub.types()
    legend(types, sub)
    if len(types) > 1:
        keep = st.pills(
            "Show",
            types,
            selection_mode="multi",
            default=types,
            format_func=type_name,
            key=f"{key}-types",
            label_visibility="collapsed",
        )
        sub = _only_types(sub, set(keep))
    n = len(sub.nodes)
    pos = layout(sub)
    width = max(420.0, 190.0 * math.sqrt(n))  # room for a label per node at zoom 1
    nodes = [
        {
            # the panel a click opens shows these: a prefixed name, not a raw IRI
            "data": {"id": compact_iri(i), "label": type_name(node.type), "name": node.label},
            "position": {"x": pos[i][0] * width, "y": pos[i][1] * width * 0.62},
        }
        for i, node in sub.nodes.items()
    ]
    edges = [
        {
            "data": {
                "id": f"e{k}",
                "source": compact_iri(e.source),
                "target": compact_iri(e.target),
                "label": e.label,
            }
        }
        for k, e in enumerate(sub.edges)
    ]

    class ReadableNode(NodeStyle):
        # the component's default captions (3.6 px, hidden below 10 px) vanish on small graphs
        def dump(self):
            d = super().dump()
            d["style"].update(
                {
                    "font-size": 12,
                    "min-zoomed-font-size": 0,
                    "text-wrap": "wrap",
                    "text-max-width": 120,
                }
            )
            return d

    class ReadableEdge(EdgeStyle):
        def dump(self):
            d = super().dump()
            d["style"].update(
                {
                    "font-size": 10,
                    "min-zoomed-font-size": 0,
                    "color": "#444",
                    "text-rotation": "none",
                    "text-background-color": "#ffffff",
                    "text-background-opacity": 0.85,
                    "text-background-padding": 1,
                }
            )
            return d

    node_styles = [ReadableNode(type_name(t), colour(t), "name") for t in sub.types()]
    edge_styles = [
        # labeled=None: the component warns about its deprecated `labeled` unless told None
        ReadableEdge(lab, caption="label", directed=True, labeled=None)
        for lab in sorted({e.label for e in sub.edges})
    ]
    # preset: our seeded positions, so the picture is the same on every run and in every export;
    # a small graph keeps a wide margin instead of one node zoomed to fill the panel
    # one node would be zoomed to fill the panel: a margin that keeps it near its true size
    margin = max(30, height // 2 - 45) if n == 1 else 30 if n > 4 else 100
    placed = {"name": "preset", "fit": True, "padding": margin, "animate": False}
    event = st_link_analysis(
        {"nodes": nodes, "edges": edges},
        placed,
        node_styles,
        edge_styles,
        height=height,
        key=key,
        node_actions=["expand"] if expand else [],
        events=[Event("open", "tap", "node")],
    )
    if sub.more:
        st.caption(
            f"{n} entities shown; {sub.more} more further out or less connected were left out."
        )
    return _new_event(key, event, sub)


def legend(types: list[str], sub: Subgraph | None = None) -> None:
    """Colour swatches with the ontology's names for the types (and how many of each)."""
    count = {t: sum(1 for n in sub.nodes.values() if n.type == t) for t in types} if sub else {}
    items = "".join(
        f'<span style="display:inline-flex;align-items:center;margin-right:14px">'
        f'<span style="width:12px;height:12px;border:1px solid #888;border-radius:2px;'
        f'background:{colour(t)};margin-right:5px"></span>{html.escape(type_name(t))}'
        + (f' <span style="color:#888;margin-left:3px">{count[t]}</span>' if count else "")
        + "</span>"
        for t in types
    )
    st.html(f'<div style="font-size:0.85rem;line-height:1.9">{items}</div>')


def _only_types(sub: Subgraph, keep: set[str]) -> Subgraph:
    from dataclasses import replace

    nodes = {i: n for i, n in sub.nodes.items() if n.type in keep or n.role == "concept"}
    edges = [e for e in sub.edges if e.source in nodes and e.target in nodes]
    return replace(sub, nodes=nodes, edges=edges, _edge_set=set(edges))


def _new_event(key: str, event, sub: Subgraph) -> dict | None:
    """A click or expand that has not been handled yet (the component repeats its last value
    on every rerun); a clicked entity's card is shown under the graph."""
    if not event or not isinstance(event, dict):
        return None
    data = event.get("data") or {}
    shown = data.get("target_id") or (data.get("node_ids") or [None])[0]
    node = next((i for i in sub.nodes if compact_iri(i) == shown), shown)
    if event.get("action") == "open" and node in sub.nodes:
        _clicked_card(sub.nodes[node].label)
    seen = st.session_state.setdefault("graph_events", {})
    if seen.get(key) == event.get("timestamp"):
        return None
    seen[key] = event.get("timestamp")
    return {"action": event.get("action"), "id": node}


def _clicked_card(label: str) -> None:
    engine = get_engine()
    entity = next((e for e in engine.view.entities.values() if e.label == label), None)
    if entity is None:
        return
    with st.container(border=True):
        st.markdown(f"**{md(entity.label)}** · {md(entity.type_label)}")
        if entity.definition:
            st.caption(md(entity.definition[:300]))
        st.page_link(
            "app_pages/explore.py",
            label=f"Open {entity.label} in Explore",
            icon=":material/travel_explore:",
            query_params={"entity": entity.label},
        )
