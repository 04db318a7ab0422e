"""Sources: the documents with line numbers; evidence links land on their exact line."""

import html

import streamlit as st

from graph import read_document_lines, read_manifest
from mlkg import settings

st.title("Sources")
documents = [p.rsplit("/", 1)[-1] for p in read_manifest(settings.build_dir())["documents"]]
params = st.query_params
doc = params.get("doc", documents[0])
doc = st.selectbox("Document", documents, index=documents.index(doc) if doc in documents else 0)
try:
    line = int(params.get("line", "0"))
except ValueError:
    line = 0
lines = read_document_lines(settings.build_dir(), doc)
if line:
    st.caption(f"Line {line} of {doc}")
rows = "".join(
    f'<tr id="L{n}" class="{"hit" if n == line else ""}"><td class="n">{n}</td><td><pre>{html.escape(text)}</pre></td></tr>'
    for n, text in enumerate(lines, 1)
)
st.iframe(
    f"""<style>body{{font-family:ui-monospace,monospace;font-size:12px;margin:0}} table{{border-collapse:collapse;width:100%}}
td.n{{color:#999;text-align:right;padding-right:8px;user-select:none;vertical-align:top}} pre{{margin:0;white-space:pre-wrap}}
tr.hit{{background:#fff3b0}}</style><table>{rows}</table>
<script>const t=document.getElementById("L{line}"); if(t) window.scrollTo(0, t.offsetTop - 250);</script>""",
    height=640,
)
