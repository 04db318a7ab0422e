"""Tables drawn in plain text inside code blocks (a Medium post, a terminal's output)."""

from ingest.blocks import Code, Source
from ingest.texttable import drawn_table
from tests.test_tables import extract


def _code(text: str) -> Code:
    return Code(text, Source("t.md", (), 10, 10 + text.count("\n") + 2))


DRAWN = (
    "             |  Gromble                 |  Quill\n"
    " ------------+--------------------------+---------------------\n"
    "  approach   |  statistical (Bayesian)  |  neural network\n"
    "  hardware   |  CPU, single instance    |  CPU or GPU\n"
    "  input      |  bag-of-words counts\n"
)


def test_a_drawn_table_has_the_header_and_rows_its_lines_draw():
    t = drawn_table(_code(DRAWN))
    assert t is not None
    assert t.header == ["", "Gromble", "Quill"]
    assert [r.cells for r in t.rows] == [
        ["approach", "statistical (Bayesian)", "neural network"],
        ["hardware", "CPU, single instance", "CPU or GPU"],
        ["input", "bag-of-words counts", ""],  # a row may leave its last cells out
    ]
    assert [r.line for r in t.rows] == [13, 14, 15]  # after the fence, at their own lines


def test_a_boxed_grid_drops_its_outer_bars():
    grid = (
        "+---------+-----------+\n"
        "| Loader  | Max rows  |\n"
        "+=========+===========+\n"
        "| Fern    | 10,000    |\n"
        "| Tansy   | 1,000,000 |\n"
        "+---------+-----------+\n"
    )
    t = drawn_table(_code(grid))
    assert t is not None
    assert t.header == ["Loader", "Max rows"]
    assert [r.cells for r in t.rows] == [["Fern", "10,000"], ["Tansy", "1,000,000"]]


def test_code_with_pipes_and_no_rule_stays_code():
    assert (
        drawn_table(_code("cat rows.csv | sort | uniq -c\nls | wc -l\necho done | tee x\n")) is None
    )
    assert drawn_table(_code("a | b\n---\nx = 1\n")) is None  # one row is no table


def test_a_comparison_drawn_in_a_code_block_compares_the_things(tmp_path):
    x = extract(tmp_path, "# Topic models\n\nHow they differ:\n\n```\n" + DRAWN + "```\n")
    attrs = {
        (x.entities[f.subject].label, x.entities[f.criterion].label, f.obj)
        for f in x.facts
        if f.predicate == "hasAttribute"
    }
    assert ("Gromble", "hardware", "CPU, single instance") in attrs
    assert ("Quill", "approach", "neural network") in attrs
