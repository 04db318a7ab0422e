"""Export: pick a subgraph, preview it, download it for slides and tools."""

from types import SimpleNamespace

import streamlit as st

from app_pages.common import get_engine, md, run_query
from graph import QueryError, find_entities
from graph.export import MIME, SUFFIX, WRITERS, subgraph_bytes
from graph.subgraph import answer_subgraph, construct_subgraph, neighbourhood
from graph.vocab import at_user_line, with_prefixes

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
    hits = find_entities(engine.store, name) if name.strip() else []
    if hits:
        sub = neighbourhood(engine.view, hits[0]["iri"], hops=hops)
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
    cols = st.columns(len(WRITERS))
    for col, fmt in zip(cols, WRITERS):
        col.download_button(
            fmt.upper(),
            subgraph_bytes(sub, fmt),
            f"mlkg-subgraph.{SUFFIX.get(fmt, fmt)}",
            MIME[fmt],
            width="stretch",
        )
