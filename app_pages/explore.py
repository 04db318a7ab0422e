"""Explore: find an entity, read its card, see its neighbourhood, find how two connect."""

import streamlit as st

from app_pages.common import get_engine, md, show_graph, source_link
from graph import describe_entity, find_entities
from graph.subgraph import (
    MAX_NODES,
    neighbourhood,
    path_steps,
    path_subgraph,
    relation_label,
    shortest_paths,
)

st.title("Explore")
engine = get_engine()
view = engine.view
labels = sorted({e.label: iri for iri, e in view.entities.items()}.items())
by_label = dict(labels)

wanted = st.query_params.get("entity", "")
if wanted and st.session_state.get("explore_linked") != wanted:
    st.session_state["explore_name"] = wanted  # a shared link (?entity=) opens that entity
st.session_state.setdefault("explore_name", "Amazon SageMaker Clarify")
name = st.text_input("Find an entity by name or alias", key="explore_name")
hits = find_entities(engine.store, name) if name.strip() else []
if not hits:
    st.info(f"No entity is named like “{md(name)}”, nor spelled near it.")
    st.stop()
if hits[0]["match"] == "similar":
    st.warning(
        f"No entity is named “{md(name)}”. Did you mean "
        + ", ".join(f"**{md(h['label'])}**" for h in hits[:3])
        + "?"
    )


def _hit(k: int) -> str:
    h = hits[k]
    said = f" (as “{h['name']}”)" if h["name"].lower() != h["label"].lower() else ""
    return f"{h['label']} · {h['type']}{said}"


k = st.selectbox(f"{len(hits)} matching", range(len(hits)), format_func=_hit, index=0)
iri, choice = hits[k]["iri"], hits[k]["label"]
st.query_params["entity"] = st.session_state["explore_linked"] = choice
card = describe_entity(engine.store, iri)

left, right = st.columns([2, 3])
with left:
    st.subheader(md(card["label"]))
    st.caption(f"{md(card['type'])} · {md(iri)}")
    if card["aliases"]:
        st.markdown("**Also:** " + ", ".join(md(a) for a in card["aliases"]))
    if card["definition"]:
        st.markdown(md(card["definition"]))
    st.markdown("**Facts**")
    for k, f in enumerate(card["facts"][:40]):
        rel = f.get("criterion") or f.get("plabel") or f["prop"].rsplit("#", 1)[-1]
        other = f.get("olabel") or f.get("value") or f.get("other")
        arrow = "→" if f["dir"] == "out" else "←"
        st.markdown(f"{arrow} *{md(rel)}*: {md(other)}")
        source_link({"document": f["doc"], "page": f["page"], "line": f["line"]}, key=f"fact{k}")
with right:
    hops = st.slider("Depth", 1, 3, 1)
    wider = st.session_state.setdefault("explore_more", {})
    grown = st.session_state.setdefault("explore_expanded", {})
    limit = wider.get(iri, MAX_NODES)
    sub = neighbourhood(
        view,
        iri,
        hops=hops,
        max_nodes=limit,
        expand=tuple(grown.get(iri, ())),
    )
    st.caption(
        f"{len(sub.nodes)} entities, {len(sub.edges)} relations · click an entity for its card, "
        "double-click to add its neighbours"
    )
    added = len(grown.get(iri, ()))
    event = show_graph(sub, key=f"nb-{iri}-{hops}-{limit}-{added}", expand=True)
    if event and event["action"] == "expand" and event["id"] in view.entities:
        grown.setdefault(iri, []).append(event["id"])
        st.rerun()
    if sub.more and st.button(f"Show {min(sub.more, MAX_NODES)} more"):
        wider[iri] = limit + MAX_NODES
        st.rerun()

st.divider()
st.subheader("How are two entities connected?")
other = st.selectbox(
    "Second entity", [label for label, _ in labels], index=None, placeholder="Pick an entity"
)
if other:
    paths = shortest_paths(view, iri, by_label[other])
    if not paths:
        st.info(f"{md(card['label'])} and {md(other)} are not connected.")
    else:
        for steps in paths:
            said = [md(card["label"])]
            for rel, node, forward in path_steps(iri, steps):
                relation = md(relation_label(rel))
                said.append(f"—*{relation}*→" if forward else f"←*{relation}*—")
                said.append(md(view.label(node)))
            st.markdown(" ".join(said))
        show_graph(
            path_subgraph(view, paths, f"{card['label']} to {other}"),
            key=f"path-{iri}-{other}",
            height=360,
        )
