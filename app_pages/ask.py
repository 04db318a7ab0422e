"""Ask: a question in plain English; the answers with evidence, the SPARQL, the subgraph."""

import streamlit as st

from app_pages.common import EXAMPLES, get_engine, md, show_graph, source_link
from graph.export import subgraph_bytes
from graph.subgraph import answer_subgraph

st.title("Ask")
engine = get_engine()
history = st.session_state.setdefault("history", [])


def _ask_again(q: str) -> None:
    """Put ``q`` in the question box (a new box: a widget's old state never wins) and ask it."""
    st.session_state["question_text"] = q
    st.session_state["question_box"] = st.session_state.get("question_box", 0) + 1
    st.session_state["ask_now"] = True


linked = st.query_params.get("q", "")
if linked and st.session_state.get("ask_linked") != linked:
    _ask_again(linked)  # a shared link (?q=) asks its question

with st.form("ask"):
    # the box keeps its question after a trip to another page and after an example click
    question = st.text_input(
        "Question",
        value=st.session_state.get("question_text", ""),
        key=f"question-{st.session_state.get('question_box', 0)}",
        placeholder=EXAMPLES[0],
        max_chars=2000,
    )
    asked = st.form_submit_button("Ask", type="primary") or st.session_state.pop("ask_now", False)
st.session_state["question_text"] = question
cols = st.columns(len(EXAMPLES[:4]))
for col, ex in zip(cols, EXAMPLES[:4]):
    col.button(ex, width="stretch", on_click=_ask_again, args=(ex,))

if asked and question.strip():
    answer = engine.ask(question.strip())
    st.session_state["answer"] = answer
    history.append({"question": answer["question"], "summary": answer["summary"]})
    # the address bar carries the question: copy it to share or bookmark the answer
    st.query_params["q"] = st.session_state["ask_linked"] = question.strip()

answer = st.session_state.get("answer")
if answer and st.session_state.get("ask_linked"):
    st.query_params["q"] = st.session_state["ask_linked"]  # also after a trip to another page
if answer:
    if not answer["answered"]:
        st.warning(md(answer["summary"]))
        for k, ev in enumerate(answer.get("passages", [])):
            st.markdown(f"> {md(ev['text'])}")
            st.caption(md(ev["section"]))
            source_link(ev, key=f"near{k}")
    else:
        sure = answer.get("confidence", 0.0)
        # green only for an answer more likely right than wrong (the confidence is calibrated)
        (st.success if sure >= 0.5 else st.info)(md(answer["summary"]))
        if answer.get("basis") == "card":
            st.caption(
                f"Read off a flashcard of the notes whose question says the same as yours "
                f"(likeness {sure:.0%}, not a calibrated confidence)."
            )
        elif answer.get("basis") == "stated":
            st.caption(
                "A line of the documents says so in so many words (shown below); "
                "this answer has no calibrated confidence."
            )
        else:
            st.caption(
                f"Confidence {sure:.0%}: of the evaluation questions answered this confidently, "
                f"about {sure:.0%} were answered right."
            )
        if answer.get("table"):
            st.subheader("Side by side")
            # a static table wraps long cells and fits every entity's column on the page
            st.table(
                [
                    {
                        **{k: v for k, v in row.items() if k != "sources"},
                        "sources": ", ".join(sorted(set(row.get("sources", {}).values()))),
                    }
                    for row in answer["table"]
                ]
            )
        left, right = st.columns([1, 1])
        with left:
            st.subheader(
                f"{len(answer['answers'])} answer{'s' if len(answer['answers']) != 1 else ''}"
            )
            for k, a in enumerate(answer["answers"]):
                with st.expander(f"**{md(a['label'])}** · {md(a['type'])}", expanded=k < 3):
                    for j, ev in enumerate(a["evidence"]):
                        st.markdown(f"> {md(ev['text'])}")
                        st.caption(md(ev["section"]))
                        source_link(ev, key=f"ev{k}-{j}")
        with right:
            st.subheader("Subgraph")
            sub = answer_subgraph(engine.view, answer)
            show_graph(sub, key="ask-graph", height=480)
            c1, c2 = st.columns(2)
            c1.download_button(
                "Slide (PPTX)", subgraph_bytes(sub, "pptx"), "answer.pptx", width="stretch"
            )
            c2.download_button(
                "Picture (PNG)", subgraph_bytes(sub, "png"), "answer.png", width="stretch"
            )
        if answer.get("sparql"):
            st.subheader("SPARQL behind the answer")
            st.code(answer["sparql"], language="sparql")
            if st.button("Open in the SPARQL page"):
                st.session_state["sparql_text"] = answer["sparql"]
                st.session_state["sparql_version"] = st.session_state.get("sparql_version", 0) + 1
                st.switch_page("app_pages/sparql.py")
        t = answer.get("timings", {})
        st.caption(f"Answered in {t.get('total_ms', 0):.0f} ms.")

with st.sidebar:
    st.subheader("This session's questions")
    for k, past in enumerate(reversed(history[-15:])):
        st.button(
            past["question"],
            key=f"hist{k}",
            width="stretch",
            on_click=_ask_again,
            args=(past["question"],),
        )
