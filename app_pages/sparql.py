"""SPARQL: a read-only editor with prefixes and examples; results as a table, CSV, JSON."""

import csv
import io
import json

import streamlit as st

from app_pages.common import get_engine, run_query, show_graph
from graph import QueryError, sparql_prefixes
from graph.limits import Limits
from graph.subgraph import triples_subgraph
from graph.vocab import at_user_line, compact_iri, with_prefixes

EXAMPLES = {
    "Services for streaming ingestion": """SELECT ?label WHERE {
  ?service a mlkg:Service ; rdfs:label ?label ; mlkg:inCategory ?c .
  ?c rdfs:label "Streaming Data" ; mlkg:kind/rdfs:label "Ingestion Type" .
} ORDER BY ?label""",
    "Algorithms by problem type": """SELECT ?problem ?algorithm WHERE {
  ?a mlkg:suitableFor ?p . ?a rdfs:label ?algorithm . ?p rdfs:label ?problem .
} ORDER BY ?problem ?algorithm""",
    "Metrics and what they evaluate": """SELECT ?metric ?problem WHERE {
  ?m mlkg:evaluates ?p . ?m rdfs:label ?metric . ?p rdfs:label ?problem .
} ORDER BY ?problem""",
    "Every fact about Amazon SageMaker Clarify, with its source line": """SELECT ?relation ?other ?line ?text WHERE {
  ?e rdfs:label "Amazon SageMaker Clarify" .
  { ?st rdf:subject ?e ; rdf:object ?o } UNION { ?st rdf:object ?e ; rdf:subject ?o }
  ?st rdf:predicate ?relation ; prov:wasDerivedFrom ?u . ?o rdfs:label ?other .
  ?u mlkg:lineStart ?line ; rdf:value ?text .
}""",
    "Subgraph of alternatives (CONSTRUCT)": """CONSTRUCT { ?a mlkg:alternativeTo ?s } WHERE { ?a mlkg:alternativeTo ?s }""",
}


def _editor(text: str, version: int) -> str | None:
    """A SPARQL editor with syntax highlighting (Ace, from streamlit-ace, whose scripts ship
    with it and fetch nothing): its text once applied (Ctrl+Enter), None where components do
    not run (tests)."""
    from streamlit_ace import st_ace

    return st_ace(
        text,
        language="sparql",
        theme="chrome",
        min_lines=8,
        max_lines=24,
        font_size=13,
        wrap=True,
        key=f"sparql-editor-{version}",
    )


st.title("SPARQL")
engine = get_engine()
_limits = Limits.from_settings()
st.caption(
    "Read-only: SELECT, ASK, CONSTRUCT and DESCRIBE run; updates and SERVICE are refused. "
    f"A query stops after {_limits.timeout:g} s and {_limits.max_rows:,} rows (settings "
    "MLKG_QUERY_TIMEOUT, MLKG_QUERY_MAX_ROWS). These prefixes are added for you:"
)
st.code(sparql_prefixes(), language="sparql")


def _use(text: str) -> None:
    """Put a query in the editor (an example, a past query, a shared link)."""
    st.session_state["sparql_text"] = text
    st.session_state["sparql_version"] = st.session_state.get("sparql_version", 0) + 1


linked = st.query_params.get("query", "")
if linked and st.session_state.get("sparql_linked") != linked:
    _use(linked)  # a shared link (?query=) opens its query
    st.session_state["sparql_linked"] = linked
if "sparql_text" not in st.session_state:
    _use(EXAMPLES["Services for streaming ingestion"])
history = st.session_state.setdefault("sparql_history", [])

st.selectbox(
    "Examples",
    list(EXAMPLES),
    index=None,
    placeholder="Pick an example",
    key="sparql_example",
    on_change=lambda: _use(EXAMPLES[st.session_state["sparql_example"]]),
)
st.caption("Query · Ctrl+Enter runs it")
applied = _editor(st.session_state["sparql_text"], st.session_state.get("sparql_version", 0))
submitted = applied is not None and applied != st.session_state["sparql_text"]
if submitted:
    st.session_state["sparql_text"] = applied
left, right = st.columns([1, 5], vertical_alignment="center")
run = left.button("Run", type="primary") or submitted
full = right.toggle("Full IRIs", key="sparql_full_iris")
query = st.session_state["sparql_text"]
if not run:
    st.stop()
if query.strip() and (not history or history[-1] != query):
    history.append(query)
st.query_params["query"] = st.session_state["sparql_linked"] = query
with st.sidebar:
    st.subheader("This session's queries")
    for k, past in enumerate(reversed(history[-15:])):
        first = " ".join(past.split())[:60]
        st.button(first, key=f"sq{k}", width="stretch", on_click=_use, args=(past,))

text, added = with_prefixes(query)
try:
    result = run_query(text)
except QueryError as exc:
    st.error(at_user_line(str(exc), added))
    st.stop()
shown = (lambda v: v) if full else compact_iri
if result.note:
    st.warning(f"Showing part of the result: {result.note}.")
if result.kind == "ask":
    st.write(f"**{str(result.boolean).lower()}**")
elif result.kind == "graph":
    st.write(f"{len(result.triples)} triples")
    graph_tab, text_tab = st.tabs(["Graph", "Triples"])
    with graph_tab:
        show_graph(
            triples_subgraph(engine.view, result.triples, "Query result"), key="sparql-graph"
        )
    with text_tab:
        st.code(
            "\n".join(
                " ".join(str(shown(x.strip("<>")) if x.startswith("<") else x) for x in t) + " ."
                for t in result.triples[:500]
            ),
            language="turtle",
        )
else:
    records = result.records()
    st.write(f"{len(records)} row{'s' if len(records) != 1 else ''}")
    st.dataframe(
        [{k: shown(v) for k, v in r.items()} for r in records], width="stretch", hide_index=True
    )
    buf = io.StringIO()
    w = csv.writer(buf)
    w.writerow(result.variables)
    w.writerows([["" if v is None else v for v in r] for r in result.rows])
    c1, c2 = st.columns(2)
    c1.download_button("CSV", buf.getvalue(), "results.csv", "text/csv")
    c2.download_button("JSON", json.dumps(records, indent=2), "results.json", "application/json")
