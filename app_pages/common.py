"""What the pages share: the engine (graph + model, loaded once), the graph view, links to
sources, and the interactive subgraph view."""

from __future__ import annotations

import os
import re

import streamlit as st

from graph import source_label
from graph.export import colour, type_name
from graph.subgraph import Subgraph
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
    """The engine of the configured build (loaded once per build folder and model)."""
    return _load_engine(str(settings.build_dir()), settings.get("model") or None)


@st.cache_resource(show_spinner="Loading the graph and the embedding model…")
def _load_engine(build_dir: str, model: str | None):
    from search import Engine

    os.environ.setdefault("HF_HUB_OFFLINE", "1")
    engine = Engine(build_dir, model=model)
    engine.encode("ready")  # load the model now, behind the spinner, not on the first question
    return engine


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
    from graph import graph_path
    from graph.limits import QueryRunner

    engine = get_engine()
    key = (str(settings.build_dir()), engine.store.name)
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


def show_graph(sub: Subgraph, key: str, height: int = 460) -> None:
    """The subgraph, interactive (Cytoscape.js via st-link-analysis; its scripts ship with it)."""
    if not sub.nodes:
        st.info("Nothing to draw.")
        return
    try:
        from st_link_analysis import EdgeStyle, NodeStyle, st_link_analysis
    except ImportError:  # pragma: no cover - a dependency of the project
        st.warning("The interactive view needs: pip install st-link-analysis")
        return
    nodes = [
        {"data": {"id": n.id, "label": type_name(n.type), "name": n.label, "role": n.role or "-"}}
        for n in sub.nodes.values()
    ]
    edges = [
        {"data": {"id": f"e{k}", "source": e.source, "target": e.target, "label": e.label}}
        for k, e in enumerate(sub.edges)
    ]

    class ReadableNode(NodeStyle):
        # the component's default captions (3.6 px, hidden below 10 px) vanish on small graphs
        def dump(self):
            d = super().dump()
            d["style"].update(
                {
                    "font-size": 11,
                    "min-zoomed-font-size": 0,
                    "text-wrap": "wrap",
                    "text-max-width": 110,
                }
            )
            return d

    class ReadableEdge(EdgeStyle):
        def dump(self):
            d = super().dump()
            d["style"].update({"font-size": 8, "min-zoomed-font-size": 0, "color": "#555"})
            return d

    node_styles = [ReadableNode(type_name(t), colour(t), "name") for t in sub.types()]
    edge_styles = [
        ReadableEdge(lab, caption="label", directed=True)
        for lab in sorted({e.label for e in sub.edges})
    ]
    st_link_analysis(
        {"nodes": nodes, "edges": edges}, "cose", node_styles, edge_styles, height=height, key=key
    )
    st.caption("Legend: " + " · ".join(type_name(t) for t in sub.types()))
