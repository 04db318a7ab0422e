"""Sources: the documents with line numbers (evidence links land on their exact line and page),
what each document gave the graph, and adding or removing documents (each followed by a
rebuild of the graph and the search index)."""

import html
from collections.abc import Callable

import streamlit as st

from app_pages.common import clear_caches, md
from app_pages.rendered import render_html, render_markdown
from graph import Corpus, ProgressCallback, read_build_report, read_document_view
from ingest import SUPPORTED_SUFFIXES
from mlkg import settings
from search.rebuild import Rebuild, add_documents, remove_document

corpus = Corpus(settings.data_dir(), settings.uploads_dir())
build_dir = settings.build_dir()
options = {"store": settings.get("store"), "model": settings.get("model") or None}


def _int_param(name: str) -> int:
    try:
        return int(st.query_params.get(name, "0"))
    except ValueError:
        return 0


def show_document(documents: list[str]) -> None:
    """The picked document's lines, numbered, the cited one highlighted and scrolled to."""
    wanted = st.query_params.get("doc", documents[0])
    if wanted not in documents:
        st.warning(f"{md(wanted)} is not one of the graph's documents (any more); showing another.")
    doc = st.selectbox(
        "Document", documents, index=documents.index(wanted) if wanted in documents else 0
    )
    view = read_document_view(build_dir, doc)
    pages = view["pages"] or [[]]
    cited = doc == wanted
    page = min(max(_int_param("page") if cited else 1, 1), len(pages))
    if len(pages) > 1:
        page = st.selectbox("Page", range(1, len(pages) + 1), index=page - 1)
    line = _int_param("line") if cited and page == max(_int_param("page"), 1) else 0
    if line:
        where = f"Page {page}, line {line}" if len(pages) > 1 else f"Line {line}"
        st.caption(f"{where} of {md(doc)}")
    for w in view.get("warnings", []):
        st.warning(md(w), icon=":material/warning:")
    lines = pages[page - 1]
    readable = view.get("format") in ("markdown", "html")
    raw = not readable or st.toggle("Raw text", key="sources_raw", help="the lines as written")
    if raw:
        content = (
            "<table>"
            + "".join(
                f'<tr id="L{n}" class="{"hit" if n == line else ""}"><td class="n">{n}</td>'
                f"<td><pre>{html.escape(text)}</pre></td></tr>"
                for n, text in enumerate(lines, 1)
            )
            + "</table>"
        )
    elif view["format"] == "markdown":
        content = f'<div class="doc">{render_markdown(lines, line)}</div>'
    else:
        content = f'<div class="doc">{render_html(chr(10).join(lines), line)}</div>'
    st.iframe(
        f"""<style>body{{font-family:ui-monospace,monospace;font-size:12px;margin:0}}
table{{border-collapse:collapse;width:100%}}
td.n{{color:#999;text-align:right;padding-right:8px;user-select:none;vertical-align:top}}
pre{{margin:0;white-space:pre-wrap}}
.doc{{font-family:system-ui,sans-serif;font-size:14px;line-height:1.45;padding:0 10px}}
.doc table{{margin:6px 0}} .doc td,.doc th{{border:1px solid #ddd;padding:3px 6px;vertical-align:top}}
.hit{{background:#fff3b0 !important;outline:2px solid #f0c000}}</style>{content}
<script>const t=document.getElementById("L{line}"); if(t) t.scrollIntoView({{block: "center"}});</script>""",
        height=640 if not raw else min(640, 40 + 18 * len(lines)),
    )


def run_rebuild(label: str, action: Callable[[ProgressCallback], Rebuild]) -> None:
    """Run an add or remove with its rebuild under a progress bar; keep the outcome to show."""
    with st.status(label, expanded=True) as status:
        bar = st.progress(0.0, text="starting")
        try:
            result = action(lambda done, what: bar.progress(min(done, 1.0), text=what))
        except (ValueError, OSError) as exc:  # ParseError names the file and line
            status.update(label=f"{label}: failed", state="error")
            st.session_state["sources_outcome"] = ("error", f"{exc} — the previous graph stays.")
            return
        status.update(label=f"{label}: done", state="complete")
    clear_caches()
    g = result.graph
    message = f"The graph has {g.entities} entities and {g.facts} facts from {len(g.documents)} document(s)."
    if result.added:
        names = ", ".join(a.name if a.new else f"{a.name} (already there)" for a in result.added)
        message = f"Added {names}. {message}"
        st.query_params.update({"doc": result.added[0].name})
        for key in ("page", "line"):
            st.query_params.pop(key, None)
    st.session_state["sources_outcome"] = ("success", message)


st.title("Sources")
kind, text = st.session_state.pop("sources_outcome", (None, ""))
if kind == "error":
    st.error(md(text))
elif kind == "success":
    st.success(md(text))

try:
    report = read_build_report(build_dir)
except FileNotFoundError:
    report = None
    st.info("No graph built yet: add documents below, or run `mlkg build`.")
if report is not None:
    for d in report.failed:  # left out of the graph; the other documents were built
        st.error(f"Not built: {md(d.error)}", icon=":material/error:")
    show_document([d.name for d in report.documents])

    st.subheader("Documents")
    st.dataframe(
        [
            {
                "document": d.name,
                "format": d.format,
                "entities": d.entities,
                "facts": d.facts,
                "text units": d.text_units,
                "warnings": len(d.warnings),
                "added": corpus.is_uploaded(d.path),
            }
            for d in report.documents
        ],
        hide_index=True,
    )
removed = None
for name in corpus.uploaded():
    left, right = st.columns([5, 1], vertical_alignment="center")
    left.write(f"Added: {name}")
    if right.button("Remove", key=f"remove:{name}", icon=":material/delete:"):
        removed = name

st.subheader("Add documents")
with st.form("add_documents", clear_on_submit=True):
    files = st.file_uploader(
        "Markdown, text, HTML, PDF or DOCX",
        type=[s.lstrip(".") for s in SUPPORTED_SUFFIXES],
        accept_multiple_files=True,
        key="upload",
    )
    submitted = st.form_submit_button("Add and rebuild", icon=":material/upload:")

if submitted and files:
    run_rebuild(
        f"Adding {len(files)} document(s)",
        lambda progress: add_documents(
            corpus,
            [(f.name, f.getvalue()) for f in files],
            build_dir,
            progress=progress,
            **options,
        ),
    )
    st.rerun()
if removed:
    run_rebuild(
        f"Removing {removed}",
        lambda progress: remove_document(corpus, removed, build_dir, progress=progress, **options),
    )
    st.rerun()
