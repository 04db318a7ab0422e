"""Compare: 2–5 entities side by side, pivoted from the graph."""

import streamlit as st

from app_pages.common import get_engine
from graph.subgraph import compare_table

st.title("Compare")
engine = get_engine()
view = engine.view
by_label = {e.label: iri for iri, e in sorted(view.entities.items(), key=lambda t: t[1].label)}
defaults = [
    x
    for x in (
        "Amazon Simple Storage Service",
        "Amazon Elastic File System",
        "Amazon Elastic Block Store",
    )
    if x in by_label
]
picked = st.multiselect("Entities (2 to 5)", list(by_label), default=defaults, max_selections=5)
if len(picked) < 2:
    st.info("Pick at least two entities.")
    st.stop()
rows = compare_table(view, [by_label[p] for p in picked])
if not rows:
    st.info("The documents say nothing these entities share.")
else:
    st.dataframe(rows, hide_index=True, width="stretch")
