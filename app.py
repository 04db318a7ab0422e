"""mlkg's Streamlit app. Thin: it calls ``graph`` (and later ``search``), nothing deeper.

For now a single page with the graph's statistics and a read-only SPARQL box; the Ask, Explore,
Compare, Export and Sources pages follow (issue 4).
"""

from __future__ import annotations

import streamlit as st

from graph import QueryError, load_graph, read_manifest, sparql_prefixes
from mlkg import settings

EXAMPLE = """SELECT ?service ?label WHERE {
  ?service a mlkg:Service ; rdfs:label ?label ; mlkg:inCategory ?c .
  ?c rdfs:label "Streaming Data" ; mlkg:kind/rdfs:label "Ingestion Type" .
} ORDER BY ?label"""


@st.cache_resource
def get_store():
    return load_graph(settings.build_dir())


def main() -> None:
    st.set_page_config(page_title="mlkg", layout="wide")
    st.title("mlkg — AWS machine-learning knowledge graph")
    try:
        manifest = read_manifest(settings.build_dir())
        store = get_store()
    except FileNotFoundError as exc:
        st.error(f"{exc}")
        return
    cols = st.columns(4)
    cols[0].metric("Entities", manifest["entities"])
    cols[1].metric("Facts", manifest["facts"])
    cols[2].metric("Text units", manifest["text_units"])
    cols[3].metric("Triples", manifest["triples"])
    st.subheader("Entities by type")
    st.bar_chart(manifest["entities_by_type"], horizontal=True)
    st.caption("Built from: " + ", ".join(manifest["documents"]))
    st.subheader("SPARQL (read-only)")
    query = st.text_area("Query (standard prefixes are added)", EXAMPLE, height=140)
    if st.button("Run"):
        try:
            result = store.query(query if "PREFIX" in query.upper() else sparql_prefixes() + query)
        except QueryError as exc:
            st.error(str(exc))
            return
        if result.kind == "select":
            st.dataframe(result.records(), use_container_width=True)
        elif result.kind == "ask":
            st.write(result.boolean)
        else:
            st.code("\n".join(" ".join(t) + " ." for t in result.triples))


main()
