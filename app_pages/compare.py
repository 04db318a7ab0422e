"""Compare: 2–5 entities side by side, pivoted from the graph, each cell with its source."""

import html

import streamlit as st

from app_pages.common import get_engine
from graph.export import comparison_csv, comparison_pptx, plain_text
from graph.subgraph import compare_cells

st.title("Compare")
engine = get_engine()
view = engine.view
entities = sorted(view.entities.values(), key=lambda e: (e.label.lower(), e.iri))
by_id = {e.iri.rsplit("/", 1)[-1]: e for e in entities}  # the id a link (?ids=) carries


def _said(key: str) -> str:
    e = by_id[key]
    return f"{e.label} · {e.type_label}"


linked = [k for k in st.query_params.get("ids", "").split(",") if k in by_id]
if linked and st.session_state.get("compare_linked") != linked:
    st.session_state["compare_ids"] = linked[:5]  # a shared link (?ids=) compares those
st.session_state.setdefault(
    "compare_ids",
    [
        e.iri.rsplit("/", 1)[-1]
        for e in entities
        if e.label
        in (
            "Amazon Simple Storage Service",
            "Amazon Elastic File System",
            "Amazon Elastic Block Store",
        )
    ],
)
picked = st.multiselect(
    "Entities (2 to 5; type to search)",
    list(by_id),
    key="compare_ids",
    format_func=_said,
    max_selections=5,
)
st.query_params["ids"] = ",".join(picked)
st.session_state["compare_linked"] = picked
if len(picked) < 2:
    st.info("Pick at least two entities.")
    st.stop()

iris = [by_id[k].iri for k in picked]
columns = [by_id[k].label for k in picked]
rows = [
    {"criterion": r["criterion"], "cells": {view.label(i): c for i, c in r["cells"].items()}}
    for r in compare_cells(view, iris)
]
if not rows:
    st.info("The documents say nothing these entities share.")
    st.stop()


def _cell(values: list[tuple[str, str]]) -> str:
    if not values:
        return '<td class="none">—</td>'
    items = "".join(
        f"<li>{html.escape(plain_text(v))}"
        + (f' <span class="src">{html.escape(w)}</span>' if w else "")
        + "</li>"
        for v, w in values
    )
    return f"<td><ul>{items}</ul></td>"


head = "".join(f"<th>{html.escape(plain_text(c))}</th>" for c in columns)
body = "".join(
    f"<tr><th>{html.escape(plain_text(r['criterion']))}</th>"
    + "".join(_cell(r["cells"].get(c, [])) for c in columns)
    + "</tr>"
    for r in rows
)
st.html(
    """<style>
table.cmp{width:100%;border-collapse:collapse;table-layout:fixed;font-size:0.92rem}
table.cmp th,table.cmp td{border:1px solid #ddd;padding:6px 8px;vertical-align:top;
  overflow-wrap:anywhere;text-align:left}
table.cmp thead th{background:#f4f4f6}
table.cmp tbody th{width:14%;background:#fafafa;font-weight:600}
table.cmp ul{margin:0;padding-left:1.1em}
table.cmp .src{color:#777;font-size:0.8em;white-space:nowrap}
table.cmp td.none{color:#aaa}
</style>"""
    + f'<table class="cmp"><thead><tr><th></th>{head}</tr></thead><tbody>{body}</tbody></table>'
)
title = "Compared: " + ", ".join(columns)
left, right, _ = st.columns([1, 1, 3])
left.download_button(
    "Table slide (PPTX)",
    comparison_pptx(title, columns, rows),
    "comparison.pptx",
    width="stretch",
)
right.download_button(
    "Table (CSV)", comparison_csv(columns, rows), "comparison.csv", "text/csv", width="stretch"
)
