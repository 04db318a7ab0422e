"""mlkg's Streamlit app: Ask, Explore, Compare, SPARQL, Export, Sources.

Thin by design: the pages in ``app_pages/`` call ``graph`` and ``search`` and render what they
return; the graph and the model load once per process (``st.cache_resource``).
"""

from pathlib import Path

import streamlit as st

# a local icon: a Material icon would be fetched from a font server, which fails offline
ICON = Path(__file__).with_name("assets") / "icon.png"
st.set_page_config(page_title="mlkg", page_icon=str(ICON), layout="wide")
# less empty space above each page's title, so an answer and its graph fit a laptop screen
st.markdown("<style>.block-container{padding-top:2.5rem}</style>", unsafe_allow_html=True)

PAGES = [
    st.Page("app_pages/ask.py", title="Ask", icon=":material/question_answer:", default=True),
    st.Page("app_pages/explore.py", title="Explore", icon=":material/travel_explore:"),
    st.Page("app_pages/compare.py", title="Compare", icon=":material/compare_arrows:"),
    st.Page("app_pages/sparql.py", title="SPARQL", icon=":material/code:"),
    st.Page("app_pages/export.py", title="Export", icon=":material/ios_share:"),
    st.Page("app_pages/sources.py", title="Sources", icon=":material/description:"),
]
st.navigation(PAGES).run()
