from ingest.flowchart import flowchart_choices
from tests.test_tables import extract, facts

TREE = (
    "flowchart TD\n"
    "    A[Rows arrive] --> B{Need replay?}\n"
    "    B -- yes --> Q[Quill Stream]\n"
    '    B -- "no, just land them" --> C{Many small files?}\n'
    "    C -->|yes| G[Grouping: Zorb / Tansy Loader]\n"
    "    C -->|no| F[Fern Hose<br/>or plain copy]\n"
    "    %% a remark\n"
    "    style Q fill:#f9f\n"
)


def test_a_flowchart_names_each_choice_with_the_answers_that_lead_to_it():
    assert flowchart_choices(TREE) == [
        ("Quill Stream", "Rows arrive; Need replay? yes", 2),
        (
            "Zorb",
            "Rows arrive; Need replay? no, just land them; Many small files? yes",
            4,
        ),
        (
            "Tansy Loader",
            "Rows arrive; Need replay? no, just land them; Many small files? yes",
            4,
        ),
        ("Fern Hose", "Rows arrive; Need replay? no, just land them; Many small files? no", 5),
        ("Plain copy", "Rows arrive; Need replay? no, just land them; Many small files? no", 5),
    ]


def test_other_diagrams_and_code_name_no_choices():
    assert flowchart_choices("sequenceDiagram\n    A->>B: rows\n") == []
    assert flowchart_choices("x = 1\nprint(x)\n") == []
    assert flowchart_choices("graph LR\n    A --> B\n")  # boxes without labels: their ids


def test_a_decision_tree_in_notes_says_when_to_use_each_choice(tmp_path):
    x = extract(tmp_path, "# Loading\n\n## Picking a loader\n\n```mermaid\n" + TREE + "```\n")
    found = facts(x, "whenToUse")
    assert ("Quill Stream", "whenToUse", "Rows arrive; Need replay? yes") in found
    assert (
        "Fern Hose",
        "whenToUse",
        "Rows arrive; Need replay? no, just land them; Many small files? no",
    ) in found
    labels = {e.label for e in x.entities.values()}
    assert "Need replay?" not in labels  # a question on the way, no choice
