"""Export: pick a subgraph, preview it, download it for slides and tools."""

from types import SimpleNamespace

import streamlit as st

from app_pages.common import get_engine, md, run_query
from graph import QueryError, find_entities
from graph.export import MIME, SUFFIX, WRITERS, subgraph_bytes
from graph.subgraph import MAX_NODES, answer_subgraph, construct_subgraph, neighbourhood
from graph.vocab import at_user_line, with_prefixes

FORMAT_NAMES = {
    "png": "PNG picture",
    "svg": "SVG picture",
    "pptx": "PowerPoint slide (editable)",
    "mermaid": "Mermaid",
    "graphml": "GraphML",
    "ttl": "Turtle (RDF)",
    "html": "HTML page",
}

st.title("Export")
engine = get_engine()
kind = st.radio(
    "Subgraph", ["An answer", "An entity's neighbourhood", "A SPARQL CONSTRUCT"], horizontal=True
)
sub = None
if kind == "An answer":
    asked = [h["question"] for h in st.session_state.get("history", [])]
    question = st.selectbox(
        "Question",
        list(dict.fromkeys(reversed(asked))) or ["services for streaming ingestion"],
        accept_new_options=True,
    )
    if question:
        answer = engine.ask(question)
        sub = answer_subgraph(engine.view, answer) if answer["answered"] else None
        if sub is None:
            st.warning(md(answer["summary"]))
elif kind == "An entity's neighbourhood":
    name = st.text_input("Entity", "Amazon SageMaker Clarify")
    hops = st.slider("Depth", 1, 3, 1)
    most = st.number_input("At most this many entities besides it", 5, 200, MAX_NODES, step=5)
    hits = find_entities(engine.store, name) if name.strip() else []
    if hits and hits[0]["match"] != "similar":
        sub = neighbourhood(engine.view, hits[0]["iri"], hops=hops, max_nodes=int(most))
        if sub.more:
            st.caption(f"{sub.more} more entities further out or less connected are left out.")
    elif hits:
        near = ", ".join(f"**{md(h['label'])}**" for h in hits[:3])
        st.warning(f"No entity is named “{md(name)}”. Did you mean {near}?")
    else:
        st.info(f"No entity is named like “{md(name)}”.")
else:
    q = st.text_area(
        "CONSTRUCT query",
        "CONSTRUCT { ?m mlkg:evaluates ?p } WHERE { ?m mlkg:evaluates ?p }",
        height=120,
    )
    try:
        limited = SimpleNamespace(query=run_query)  # the session's query process, with limits
        text, added = with_prefixes(q)
        sub = construct_subgraph(limited, engine.view, text)
        if sub.note:
            st.warning(f"Showing part of the result: {sub.note}.")
    except (QueryError, ValueError) as exc:
        st.error(at_user_line(str(exc), added))

if sub is not None and sub.nodes:
    title = st.text_input("Title", sub.title)
    sub.title = title
    st.caption(
        f"{len(sub.nodes)} entities, {len(sub.edges)} relations, {len(sub.sources)} source lines"
    )
    st.image(subgraph_bytes(sub, "png"), width="stretch")
    left, middle, right = st.columns([2, 2, 3])
    fmt = left.selectbox("Format", list(WRITERS), format_func=lambda f: FORMAT_NAMES.get(f, f))
    text_slide = fmt == "pptx" and middle.checkbox(
        "Add a slide with the answer and its evidence", value=False, disabled=not sub.summary
    )
    # only the chosen format is rendered (each costs up to a second on a large subgraph)
    right.download_button(
        f"Download {FORMAT_NAMES.get(fmt, fmt)}",
        subgraph_bytes(sub, fmt, text_slide=text_slide),
        f"mlkg-subgraph.{SUFFIX.get(fmt, fmt)}",
        MIME[fmt],
        type="primary",
        width="stretch",
    )
