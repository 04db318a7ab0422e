"""Block shapes, on small inline documents."""

from ingest import parse_markdown, read_document
from ingest.blocks import Code, Heading, ListItem, Paragraph, Table
from ingest.text import cell_items, plain

DOC = """# Title

## Section A

### Sub

Intro paragraph
continued here.

- **Term:** definition text
  - nested item
    more of the nested item
* star item
1. **Batch:** numbered
- **Prefer S3** → cheapest storage

Name\tDescription
<b>One</b>\tFirst
<b>Two</b>\tSecond

Name\tDescription
<b>Three</b>\tThird

| Service | Use Case |
|---|---|
| Amazon S3 | storage |
"""


def blocks():
    return parse_markdown(DOC, "doc.md")


def test_heading_tree_and_lines():
    hs = [b for b in blocks() if isinstance(b, Heading)]
    assert [h.title for h in hs] == ["Title", "Section A", "Sub"]
    assert hs[2].source.section == ("Title", "Section A", "Sub")
    assert hs[2].source.line_start == 5


def test_paragraph_joins_lines():
    p = next(b for b in blocks() if isinstance(b, Paragraph))
    assert p.text == "Intro paragraph continued here."
    assert (p.source.line_start, p.source.line_end) == (7, 8)


def test_list_depth_terms_and_continuations():
    items = [b for b in blocks() if isinstance(b, ListItem)]
    assert (items[0].term, items[0].text, items[0].depth) == ("Term", "definition text", 0)
    assert items[1].depth == 1 and items[1].text == "nested item more of the nested item"
    assert items[0].children == [items[1]]
    assert items[2].text == "star item"
    assert items[3].ordered and items[3].term == "Batch"
    assert (items[4].term, items[4].text) == ("Prefer S3", "cheapest storage")


def test_tab_table_continued_after_repeated_header():
    tables = [b for b in blocks() if isinstance(b, Table)]
    assert len(tables) == 2
    assert [r.cells[0] for r in tables[0].rows] == ["<b>One</b>", "<b>Two</b>", "<b>Three</b>"]
    assert tables[0].rows[2].line == 22


def test_pipe_table():
    t = [b for b in blocks() if isinstance(b, Table)][1]
    assert t.header == ["Service", "Use Case"]
    assert t.rows[0].cells == ["Amazon S3", "storage"]


def test_table_of_contents_is_skipped():
    bs = parse_markdown("Topics\tPage No\nIntro\t4\n", "toc.md")
    assert not [b for b in bs if isinstance(b, Table)]


def test_cell_lists():
    assert cell_items("<ul><li>- AWS Glue</li> <li>- SQL queries (COALESCE, IFNULL)</li></ul>") == [
        "AWS Glue",
        "SQL queries (COALESCE, IFNULL)",
    ]
    assert cell_items("- Amazon SageMaker Ground Truth - Visual/Statistical/ML Techniques") == [
        "Amazon SageMaker Ground Truth",
        "Visual/Statistical/ML Techniques",
    ]
    assert cell_items("A &amp; B<br>C") == ["A & B", "C"]


NOTES = """---
title: My notes
tags: [aws]
---

# Study notes

- Algorithms by task:

  | Algorithm | Use |
  |---|---|
  | Foo Forest | <ul><li>anomalies</li><li>outliers <b>fast</b></li></ul> |
  | Bar \\| Baz | ranking |

- second item

  with a second paragraph

```python
x = "**Not** a term"
```

###\u00a0Spaced Heading
Body _emphasis_ and `code`.
"""


def test_gfm_features_with_line_maps():
    bs = parse_markdown(NOTES, "notes.md")
    kinds = [type(b).__name__ for b in bs]
    # front matter is not a block; the fenced code is code; the table inside the item is a table
    assert kinds == ["Heading", "ListItem", "Table", "ListItem", "Code", "Heading", "Paragraph"]
    assert bs[4].language == "python" and bs[4].source.line_start == 19
    bs = [b for b in bs if type(b).__name__ != "Code"]
    table = bs[2]
    assert table.header == ["Algorithm", "Use"]
    assert [r.cells[0] for r in table.rows] == ["Foo Forest", "Bar | Baz"]  # escaped pipe
    assert [r.line for r in table.rows] == [12, 13]
    assert cell_items(table.rows[0].cells[1]) == ["anomalies", "outliers fast"]
    assert bs[1].text == "Algorithms by task:" and bs[1].source.line_start == 8
    assert bs[3].text == "second item with a second paragraph"
    assert (bs[3].source.line_start, bs[3].source.line_end) == (15, 17)
    assert bs[4].title == "Spaced Heading" and bs[4].source.line_start == 23
    assert bs[5].text == "Body emphasis and code."


def test_line_numbers_ignore_form_feeds_and_line_separators():
    bs = parse_markdown("# A\n\npara\x0cwith\u2028breaks\n\n# B\n", "ff.md")
    assert [b.source.line_start for b in bs] == [1, 3, 5]


def test_html_blocks_in_markdown_are_read_as_html():
    doc = """# Notes

<table>
  <tr><th>Algorithm</th><th>Use</th></tr>
  <tr><td><b>Foo Forest</b></td><td><ul><li>anomalies</li><li>outliers</li></ul></td></tr>
</table>

<p align="center"><img src="logo.png"></p>
"""
    bs = parse_markdown(doc, "h.md")
    table = next(b for b in bs if isinstance(b, Table))
    assert table.header == ["Algorithm", "Use"]
    assert table.source.section == ("Notes",)
    assert table.rows[0].line == 5 and cell_items(table.rows[0].cells[1]) == [
        "anomalies",
        "outliers",
    ]
    assert [type(b).__name__ for b in bs] == ["Heading", "Table"]  # the image is not text


def test_term_colon_colon_lines_are_definitions(tmp_path):
    p = tmp_path / "deck.md"
    p.write_text(
        "# Deck\n\n**Q:** Sync modes? **A:** delta and full.\nGromble :: copies changed rows.\n"
        "Tessaract :: copies every row.\n",
        encoding="utf-8",
    )
    doc = read_document(p)
    paras = [b for b in doc.blocks if isinstance(b, Paragraph)]
    assert [(b.term, b.text, b.source.line_start) for b in paras[1:]] == [
        ("Gromble", "copies changed rows.", 4),
        ("Tessaract", "copies every row.", 5),
    ]
    assert paras[0].source.line_start == 3 and "delta and full" in paras[0].text


def test_wrapped_colon_equals_definitions_cards_and_highlights(tmp_path):
    p = tmp_path / "vault.md"
    p.write_text(
        "# Vault\n\nGromble := copies the rows that changed since the last\nnightly run.\n"
        "Tessaract := copies every row.\n\nQ: Which job is cheaper?\nA: Gromble.\n"
        "Q: Which job is ==safer==?\nA: Tessaract.\n\n"
        "- Sync job: Gromble \u2192 runs nightly\n",
        encoding="utf-8",
    )
    doc = read_document(p)
    paras = [b for b in doc.blocks if isinstance(b, Paragraph)]
    # a definition over two lines is one, with both lines; the next line starts another
    assert [(b.term, b.text, b.source.line_start, b.source.line_end) for b in paras[:2]] == [
        ("Gromble", "copies the rows that changed since the last nightly run.", 3, 4),
        ("Tessaract", "copies every row.", 5, 5),
    ]
    # one unit a question card, highlights read as plain text
    assert [(b.text, b.source.line_start) for b in paras[2:]] == [
        ("Q: Which job is cheaper? A: Gromble.", 7),
        ("Q: Which job is safer? A: Tessaract.", 9),
    ]
    item = next(b for b in doc.blocks if isinstance(b, ListItem))
    assert (item.term, item.text) == ("Gromble", "runs nightly")  # named after its label


def test_outliner_pages_wiki_links_properties_and_heading_bullets(tmp_path):
    p = tmp_path / "outline.md"
    p.write_text(
        "tags:: storage, sync\nsource:: my notes\n\n"
        "- ## Sync tools\n"
        "  - source:: chapter 2\n"
        "  - [[Gromble]] (GR)\n"
        "    - copies the rows of [[Widget Hub|the hub]] that changed\n"
        "- **Storage**\n"
        "  - [[Bucket Store]]\n",
        encoding="utf-8",
    )
    doc = read_document(p)
    # property lines are metadata, not text
    assert not [b for b in doc.blocks if isinstance(b, Paragraph)]
    items = [b for b in doc.blocks if isinstance(b, ListItem)]
    # a bullet holding a heading is that section; its items are top level in it
    assert [(plain(b.raw), b.depth, b.source.section) for b in items] == [
        ("Gromble (GR)", 0, ("Sync tools",)),
        ("copies the rows of the hub that changed", 1, ("Sync tools",)),
        ("Storage", 0, ("Sync tools",)),
        ("Bucket Store", 1, ("Sync tools",)),
    ]


def test_vault_notes_callouts_tasks_tags_embeds_and_links(tmp_path):
    # a note-taking app's syntax: callouts, to-dos, tags, embeds, footnotes, wiki links
    p = tmp_path / "vault.md"
    p.write_text(
        "---\naliases: [zorbex notes]\n---\n"
        "## Loading #ingest\n\n"
        "Rows land in [[MossLib Lake]] first.[^1]\n\n"
        "> [!tip]- Picking one\n"
        "> - replay needed → [[Zorbex Stream]]\n\n"
        "> [!warning] Gotcha\n"
        "> [[Zorbex Pipe]] cannot replay.\n\n"
        "- [x] review [[Zorbex Stream#Shards|shard limits]]\n"  # the reader's plan: dropped
        "![[diagram.png]]\n\n"
        "[^1]: From the FernKit guide.\n",
        encoding="utf-8",
    )
    blocks = read_document(p).blocks
    said = [
        (type(b).__name__, b.title if isinstance(b, Heading) else plain(b.raw), b.source.line_start)
        for b in blocks
    ]
    assert said == [
        ("Heading", "Loading", 4),  # the tag is metadata
        ("Paragraph", "Rows land in MossLib Lake first.", 6),
        ("Paragraph", "From the FernKit guide.", 17),  # a footnote, read where it is called
        ("Paragraph", "Picking one:", 8),  # a callout's title leads in its lines
        ("ListItem", "replay needed → Zorbex Stream", 9),
        ("Paragraph", "Gotcha:", 11),
        ("Paragraph", "Zorbex Pipe cannot replay.", 12),
    ]
    # a wiki link names a thing, as a bold name does
    assert "**MossLib Lake**" in blocks[1].raw
    # a link shown by a short form of its page's name reads as the page's name
    said = parse_markdown(
        "- **[[Gromble Forecast|Forecast]]** — plans rows\n- see [[Widget Hub|WH]]\n"
        "- oversample with ==ZORB== at ==near== real time\n",
        "x.md",
    )
    assert [(b.term, b.text) for b in said] == [
        ("Gromble Forecast", "plans rows"),
        ("", "see Widget Hub (WH)"),
        ("", "oversample with ZORB at near real time"),
    ]
    # a highlighted name is marked as a bold one is; a highlighted word is not
    assert said[-1].raw == "oversample with **ZORB** at ==near== real time"


def test_lines_typed_with_symbol_bullets_are_list_items():
    got = parse_markdown(
        "## Modes\n\nPick a loader mode:\n\n"
        "🔹 **Copy mode** – every row is copied first (default).\n"
        "🔹 **Stream mode** – rows flow in as they come.\n"
        "❌ Zorbex mode – retired.\n",
        "m.md",
    )
    items = [b for b in got if isinstance(b, ListItem)]
    assert [(i.term, i.source.line_start) for i in items] == [
        ("Copy mode", 5),
        ("Stream mode", 6),
        ("", 7),
    ]
    assert items[1].text.startswith("rows flow in")
    assert "not" in plain(items[2].raw)  # a cross still says "not"


def test_a_chain_of_steps_before_a_colon_is_the_lead_of_what_serves_it():
    from ingest.text import split_lead

    assert split_lead("Call logs -> text -> mood: Quill then Fern.") == (
        "Call logs -> text -> mood",
        "Quill then Fern.",
    )
    assert split_lead("Gromble -> copies rows: fast") == ("Gromble", "copies rows: fast")


def test_a_remark_in_brackets_between_a_bold_term_and_its_dash_goes_with_the_term(tmp_path):
    from ingest.text import split_lead
    from tests.test_tables import extract, facts

    assert split_lead("**Quill Pipe** (now called Fern Pipe) – delivers rows into S3.") == (
        "Quill Pipe (now called Fern Pipe)",
        "delivers rows into S3.",
    )
    x = extract(
        tmp_path,
        "## Streams\n\n- **Amazon Kinesis Data Firehose** (now Amazon Data Firehose) – fully"
        " managed delivery into S3,"
        " Redshift, Splunk or an HTTP endpoint. No replay.\n",
    )
    assert {o for _, _, o in facts(x, "deliversTo")} >= {"Amazon Redshift", "Splunk"}


PLAIN_TEXT_NOTES = """ZORB NOTES
==========

1. GROMBLE LANES
================

+-------------+--------------------------+
| Lane        | What it does             |
+-------------+--------------------------+
| Fast lane   | carries small parcels at |
|             | night, no sorting        |
| Slow lane   | heavy crates only        |
| Main lane   | coordinates the Resource-|
| (central)   | Manager                  |
+-------------+--------------------------+

Sorting
-------
  * sorters (the ones we run):
      o Quill sorter
      o Zorb sorter
  * belts wear out in a year.

+------+---------+
| Mode | Speed   |
+======+=========+
| Burst| 40 per  |
|      | minute  |
+------+---------+
| Idle | none    |
+------+---------+
"""


def test_plain_text_grid_tables_numbered_titles_and_o_bullets():
    got = parse_markdown(PLAIN_TEXT_NOTES, "zorb.md")
    headings = [b.title for b in got if isinstance(b, Heading)]
    assert headings == ["ZORB NOTES", "GROMBLE LANES", "Sorting"]
    tables = [b for b in got if isinstance(b, Table)]
    assert tables[0].header == ["Lane", "What it does"]
    assert [r.cells for r in tables[0].rows] == [
        ["Fast lane", "carries small parcels at night, no sorting"],
        ["Slow lane", "heavy crates only"],
        ["Main lane (central)", "coordinates the Resource-Manager"],
    ]
    assert [r.line for r in tables[0].rows] == [10, 12, 13]
    assert tables[0].source.section == ("GROMBLE LANES",)
    # a row between borders is one row, its wrapped cells joined
    assert tables[1].header == ["Mode", "Speed"]
    assert [r.cells for r in tables[1].rows] == [["Burst", "40 per minute"], ["Idle", "none"]]
    items = [b for b in got if isinstance(b, ListItem)]
    sorters = next(i for i in items if i.text.startswith("sorters"))
    assert [c.text for c in sorters.children] == ["Quill sorter", "Zorb sorter"]
    assert items[-1].source.section == ("GROMBLE LANES", "Sorting")


def test_a_numbered_list_before_a_rule_stays_a_list():
    got = parse_markdown("1. first step of many\n2. Go on\n---\n", "d.md")
    assert [b.text for b in got if isinstance(b, ListItem)] == ["first step of many", "Go on"]
    assert not [b for b in got if isinstance(b, Heading)]


def test_hugo_front_matter_shortcodes_and_heading_ids():
    blocks = parse_markdown(
        '+++\ntitle = "Gromble notes"\ntags = ["a"]\n+++\n\n## Loaders {#loaders}\n\n'
        "{{< notice tip >}}\nDrip first.\n{{< /notice >}}\n\n{{< tabs >}}\n"
        '{{< tab "Small rows" >}}\n- **Quill Loader** – drips rows.\n{{< /tab >}}\n'
        '{{< tab "Big rows" >}}\n- **Tansy Loader** – gulps files.\n{{< /tab >}}\n{{< /tabs >}}\n',
        "hugo.md",
    )
    headings = [(b.title, b.level) for b in blocks if isinstance(b, Heading)]
    assert headings == [("Loaders", 2), ("Small rows", 3), ("Big rows", 3)]
    said = " ".join(getattr(b, "text", "") for b in blocks)
    assert "{{" not in said and "+++" not in said and "title =" not in said
    quill = next(b for b in blocks if isinstance(b, ListItem) and b.term == "Quill Loader")
    assert quill.source.section == ("Loaders", "Small rows")
    assert quill.source.line_start == 14  # lines keep their numbers


def test_a_title_between_equals_signs_is_a_heading():
    blocks = parse_markdown(
        "== Loaders ==\n\n- **Quill Loader** – drips rows.\n\n=== Big rows ===\n\nTansy gulps.\n"
        "\nNot a title\n===========\n",
        "typed.md",
    )
    headings = [(b.title, b.level) for b in blocks if isinstance(b, Heading)]
    assert headings == [("Loaders", 2), ("Big rows", 3), ("Not a title", 1)]


def test_a_heading_keeps_no_arrow_left_between_its_status_marks():
    blocks = parse_markdown("# Prep\n\n## Row gaps 🔴→🟡\n\n- drop them\n", "t.md")
    assert [b.title for b in blocks if isinstance(b, Heading)] == ["Prep", "Row gaps"]


def test_a_quote_under_an_item_is_a_remark_of_its_own():
    blocks = parse_markdown(
        "# Scores\n\n- quill rate = hits / rows\n- fern rate = misses / rows\n\n"
        "  > 💡 Costly misses → **quill rate**.\n",
        "t.md",
    )
    # (an arrow leads a paragraph's term in as it does an item's)
    said = [(type(b).__name__, b.text) for b in blocks if isinstance(b, ListItem | Paragraph)]
    assert said == [
        ("ListItem", "hits / rows"),
        ("ListItem", "misses / rows"),
        ("Paragraph", "quill rate."),
    ]


def test_a_details_summary_titles_the_markdown_inside_it():
    blocks = parse_markdown(
        "# Wiki\n\n<details>\n<summary><b>Loaders</b></summary>\n\n| Loader | Use |\n|---|---|\n"
        "| Quill Loader | drips rows |\n| Fern Loader | gulps files |\n\n</details>\n\n"
        "Tansy rows are kept a day.\n",
        "wiki.md",
    )
    table = next(b for b in blocks if isinstance(b, Table))
    assert table.source.section == ("Wiki", "Loaders")
    after = next(b for b in blocks if isinstance(b, Paragraph) and b.text.startswith("Tansy"))
    assert after.source.section == ("Wiki",)


def test_emoji_shortcodes_say_nothing():
    blocks = parse_markdown(
        "# T\n\n:white_check_mark: Quill keeps rows. :warning: ratio 1:2:3 stays; a:b stays.\n",
        "t.md",
    )
    text = next(b for b in blocks if isinstance(b, Paragraph)).text
    assert text == "Quill keeps rows. ratio 1:2:3 stays; a:b stays."


def test_a_ticked_task_item_that_says_what_a_thing_is_is_read_a_plain_to_do_is_not():
    blocks = parse_markdown(
        "# T\n\n- [x] **Quill Stream**: keeps rows a day\n- [ ] **Fern Hose** – buffers rows\n"
        "- [ ] review the shard limits\n",
        "t.md",
    )
    items = [(b.term, b.text) for b in blocks if isinstance(b, ListItem)]
    assert items == [("Quill Stream", "keeps rows a day"), ("Fern Hose", "buffers rows")]


def test_a_task_item_in_plain_words_that_says_something_of_a_thing_is_read():
    blocks = parse_markdown(
        "# Gaps\n\n- [x] row dropping — fine when few rows miss\n"
        "- [ ] zorb filling → fills from near rows\n- [x] quill weights (rare rows count more)\n"
        "- [ ] Revisit **Fern Hose** first\n- [ ] review the shard limits\n",
        "t.md",
    )
    items = [(b.term, b.text) for b in blocks if isinstance(b, ListItem)]
    assert items == [
        ("", "row dropping — fine when few rows miss"),
        ("zorb filling", "fills from near rows"),
        ("", "quill weights (rare rows count more)"),
        ("", "Revisit Fern Hose first"),
    ]


def test_ticked_items_under_a_lead_in_are_the_things_it_lists():
    blocks = parse_markdown(
        "# T\n\n- Three watch types:\n  - [x] Row drift — input statistics move\n"
        "  - [x] Gap drift — via Quill\n- [ ] review the shard limits\n",
        "t.md",
    )
    items = [b.text for b in blocks if isinstance(b, ListItem)]
    assert items == [
        "Three watch types:",
        "Row drift — input statistics move",
        "Gap drift — via Quill",
    ]


def test_a_plural_tag_on_an_item_files_the_items_under_it_as_that_kind():
    blocks = parse_markdown(
        "- Row scores #gromble-metrics\n    - [[Zorb rate]] = hits / rows\n"
        "    - [[Quill rate]] = misses / rows\n- Loading #[[feed modes]] #todo\n"
        "    - **Drip**: copies rows\n",
        "t.md",
    )
    listed = {b.term or b.text: b.listed_as for b in blocks}
    assert listed["Zorb rate"] == listed["Quill rate"] == "gromble metrics"
    assert listed["Drip"] == "feed modes" and listed["Loading"] == ""  # tags are no words


def test_pandoc_definition_lists_fenced_divs_spans_example_lists_and_line_blocks():
    blocks = parse_markdown(
        "Streams\n=======\n\nZorbex Hose\n:   Loads rows into a store.\n\n"
        "Zorbex Stream\n:   Keeps rows a day.\n\n    Consumers read it as it comes.\n\n"
        "::: note\nPick [Drip mode]{.smallcaps} for small rows.\n:::\n\n"
        "(@) Quill Store keeps rows.\n(@good) Fern Lake keeps rows.\n\n"
        "| Moss Table keeps rows forever.\n| Tallow keeps them a year.\n\n"
        "| Store | Keeps |\n|---|---|\n| Moss | ever |\n",
        "t.md",
    )
    said = [(type(b).__name__, getattr(b, "term", ""), getattr(b, "text", "")) for b in blocks[1:]]
    assert said == [
        ("ListItem", "Zorbex Hose", "Loads rows into a store."),
        ("ListItem", "Zorbex Stream", "Keeps rows a day. Consumers read it as it comes."),
        ("Paragraph", "", "Pick Drip mode for small rows."),
        ("ListItem", "", "Quill Store keeps rows."),
        ("ListItem", "", "Fern Lake keeps rows."),
        ("Paragraph", "", "Moss Table keeps rows forever. Tallow keeps them a year."),
        ("Table", "", ""),
    ]


def test_a_footnote_is_read_where_it_is_called():
    doc = (
        "# Notes\n\n## Streams\n\n- **Gromble Hose**[^1] - loads rows\n- **Quill Store** - keeps rows\n\n"
        "## Stores\n\nFern Lake keeps files[^2].\n\nUnderlined title ##\n-------------------\n\n"
        "Text under it.\n\n"
        "[^1]: Renamed Zorbex Hose in 2024.\n[^2]: Fern Lake has three tiers.\n"
    )
    bs = parse_markdown(doc, "doc.md")
    hose = next(b for b in bs if isinstance(b, ListItem) and b.term == "Gromble Hose")
    note = next(b for b in bs if "Renamed Zorbex Hose" in getattr(b, "text", ""))
    assert note in hose.children and bs.index(note) == bs.index(hose) + 1
    assert note.source.section == ("Notes", "Streams") and note.source.line_start == 17
    tiers = next(b for b in bs if "three tiers" in getattr(b, "text", ""))
    assert isinstance(tiers, Paragraph) and tiers.source.section == ("Notes", "Stores")
    assert "Fern Lake keeps files" in bs[bs.index(tiers) - 1].text
    # an underlined title keeps no closing hashes
    assert [b.title for b in bs if isinstance(b, Heading)][-1] == "Underlined title"


def test_spaced_repetition_cards_are_asked_and_answered():
    text = (
        "# Zorbex deck #zorbex\n\n## Loading\n\n"
        "What loads rows in bulk? :: Gromble Loader\n"
        "Which store keeps rows for a day? :: Quill Stream #zorbex/stream\n\n"
        "How does Fern Hose deliver rows?\n?\nIt buffers rows, then writes them out.\n\n"
        "Drip mode\n?\ncopies only the changed rows\n\n"
        "{{c1::Gulp mode::a mode}} streams every row again; {{c2::Sip mode}} reads one.\n\n"
        "Keep a == b as it is.\n"
    )
    said = [
        (b.raw, b.source.line_start)
        for b in parse_markdown(text, "deck.md")
        if isinstance(b, Paragraph)
    ]
    assert said == [
        ("Q: What loads rows in bulk? A: Gromble Loader", 5),
        ("Q: Which store keeps rows for a day? A: Quill Stream", 6),
        ("Q: How does Fern Hose deliver rows? A: It buffers rows, then writes them out.", 8),
        ("**Drip mode:** copies only the changed rows", 12),
        ("Gulp mode streams every row again; Sip mode reads one.", 16),
        ("Keep a == b as it is.", 18),
    ]


def test_no_item_is_taken_for_a_to_do_dropped_before_it():
    # a dropped to-do is freed; an item made after it may be given its id (CPython reuses
    # memory), and must not be dropped as if it were the to-do
    lines = []
    for k in range(60):
        lines += [f"- [ ] review part {k}", f"- **Zorb {k}**: keeps row {k}"]
    items = [b for b in parse_markdown("# Plan\n\n" + "\n".join(lines) + "\n", "plan.md")]
    kept = [b.term for b in items if isinstance(b, ListItem)]
    assert kept == [f"Zorb {k}" for k in range(60)]


def test_a_deck_mixes_cards_and_terms_line_by_line():
    text = (
        "# Deck\n\n#zorbex/core\nQuill Stream — row limit :: 1 MB/s per shard\n"
        "Is Fern Hose real time? :: no, near real time\nDeploy Zorb models to boards with ::: "
        "Mossy Edge\nWhere can Fern Hose deliver to?\n?\n\n- Tallow DB\n- Quill Store\n"
    )
    blocks = parse_markdown(text, "deck.md")
    said = [b.raw for b in blocks if isinstance(b, Paragraph)]
    assert said == [
        "**Quill Stream — row limit:** 1 MB/s per shard",
        "Q: Is Fern Hose real time? A: no, near real time",
        "Q: Deploy Zorb models to boards with? A: Mossy Edge",
        "Q: Where can Fern Hose deliver to? A:",
    ]
    assert [b.text for b in blocks if isinstance(b, ListItem)] == ["Tallow DB", "Quill Store"]


def test_cards_written_without_spaces_around_their_separators():
    # the spaced-repetition plugin's separators need no spaces; a front may hold ": "
    text = (
        "# Deck\n\n"
        "Which loads rows in bulk?::Gromble Loader\n\n"
        "Quill Stream:::keeps rows for a day\n\n"
        "Fern Hose: which mode copies changed rows?::Drip mode\n\n"
        "Loader:=reads rows\n\n"
        "tags:: zorbex, loading\n\n"
        "AWS::Zorb::Hose is a resource type\n"
    )
    said = [b.raw for b in parse_markdown(text, "deck.md") if isinstance(b, Paragraph)]
    assert said == [
        "Q: Which loads rows in bulk? A: Gromble Loader",
        "**Quill Stream:** keeps rows for a day",
        "Q: Fern Hose: which mode copies changed rows? A: Drip mode",
        "Loader:=reads rows",
        "AWS::Zorb::Hose is a resource type",
    ]


def test_a_vault_inline_field_of_two_words_is_a_definition_line():
    text = (
        "# Gromble\n\nCheck kinds:: row gap, key skew, late rows\n\n"
        "Confidence:: 6/10\n\nNext review:: 2024-10-18\n"
    )
    said = [(b.term, b.text) for b in parse_markdown(text, "vault.md") if isinstance(b, Paragraph)]
    assert said[0] == ("Check kinds", "row gap, key skew, late rows")
    assert [term for term, _ in said[1:] if term] == []  # metadata: no terms


TYPED_NOTES = """ZORB NOTES
==========

1. LANES
--------

1.1 GROMBLE LANES (THE BUSY ONES)

  Lane             What it does                  Notes
  ---------------  ----------------------------  ------------------
  Fast lane        carries small parcels at      no sorting
                   night
  Slow lane        heavy crates only             needs Quill-
                                                 Sorter

1.2 Sorters

* sorter kinds (light -> heavy):
    o Quill Sorter     (small parcels)
    o Fern Sorter      (crates, 2-4 h)
    o Tansy Sorter     (pallets only)
"""


def test_typed_notes_simple_tables_and_dotted_section_numbers():
    got = parse_markdown(TYPED_NOTES, "zorb.md")
    headings = [(b.title, b.level) for b in got if isinstance(b, Heading)]
    assert headings == [
        ("ZORB NOTES", 1),
        ("LANES", 2),
        ("GROMBLE LANES (THE BUSY ONES)", 3),
        ("Sorters", 3),
    ]
    table = next(b for b in got if isinstance(b, Table))
    assert table.header == ["Lane", "What it does", "Notes"]
    assert [r.cells for r in table.rows] == [
        ["Fast lane", "carries small parcels at night", "no sorting"],
        ["Slow lane", "heavy crates only", "needs Quill-Sorter"],
    ]
    assert [r.line for r in table.rows] == [11, 13]
    assert table.source.section == ("ZORB NOTES", "LANES", "GROMBLE LANES (THE BUSY ONES)")
    # an arrow in a lead-in's remark is no term's end
    lead = next(b for b in got if isinstance(b, ListItem) and b.children)
    assert lead.term == "" and lead.text == "sorter kinds (light -> heavy):"


ALIGNED_NOTES = """1. MODES
--------

  Quill mode       copies every row to the local disk
                   before the run starts
  Fern mode        streams rows -> faster start, less disk
  Tansy mode       reads rows like files, any format

  Strategy      Notes
  Zorb          only listed values, tries every combo
  Blip          independent runs, all in parallel
  Gromble       default. learns from earlier runs

Two spaces after a period.  Then a sentence that goes on
and on over a line.  And another one here so that three
lines are aligned by chance.  Still prose.
"""


def test_typed_notes_columns_aligned_by_spaces_are_tables_or_labelled_lists():
    got = parse_markdown(ALIGNED_NOTES, "modes.md")
    # no header line: each row a labelled item, its wrapped line joined
    items = [(b.term, b.text, b.source.line_start) for b in got if isinstance(b, ListItem)]
    assert items == [
        ("Quill mode", "copies every row to the local disk before the run starts", 4),
        ("Fern mode", "streams rows -> faster start, less disk", 6),
        ("Tansy mode", "reads rows like files, any format", 7),
    ]
    # a first row of short capitalised names over rows that are not: a table's header
    table = next(b for b in got if isinstance(b, Table))
    assert table.header == ["Strategy", "Notes"]
    assert [(r.cells, r.line) for r in table.rows] == [
        (["Zorb", "only listed values, tries every combo"], 10),
        (["Blip", "independent runs, all in parallel"], 11),
        (["Gromble", "default. learns from earlier runs"], 12),
    ]
    # prose with two spaces after its periods stays prose
    assert any(isinstance(b, Paragraph) and b.text.startswith("Two spaces") for b in got)


MARP_DECK = """---
marp: true
paginate: true
---

<!-- _class: lead -->
# Gromble deck

---

![bg right:40%](rows.png)

## Quill Store
- keeps rows for a day

<!--
Tell them: Quill Store drops rows after 24 h.
-->
"""


def test_a_marp_decks_comments_are_the_presenters_notes_and_its_pictures_no_text():
    got = parse_markdown(MARP_DECK, "deck.md")
    said = [(b.text, b.source.line_start) for b in got if isinstance(b, Paragraph)]
    assert said == [("Tell them: Quill Store drops rows after 24 h.", 16)]
    assert [b.title for b in got if isinstance(b, Heading)] == ["Gromble deck", "Quill Store"]
    # in other Markdown a comment is no text
    plain_md = MARP_DECK.replace("marp: true", "title: deck")
    assert not [
        b for b in parse_markdown(plain_md, "d.md") if "Tell them" in getattr(b, "text", "")
    ]


def test_a_paragraph_of_pictures_only_is_no_text():
    text = (
        "# zorb-notes\n\n[![License: MIT](https://img.example/mit.svg)](LICENSE) "
        "![exam](https://img.example/exam.svg)\n\n![Figure: rows flow](flow.png) Rows flow "
        "from Quill to Fern.\n"
    )
    said = [b.text for b in parse_markdown(text, "readme.md") if isinstance(b, Paragraph)]
    assert said == ["Figure: rows flow Rows flow from Quill to Fern."]


def test_typewriter_bullets_set_far_in_under_an_item_are_its_sub_items():
    text = (
        "MONITORING\n==========\n\n"
        "  * Gromble Watch -> 3 checks:\n"
        "        o row gap (rows missing)\n"
        "        o key skew\n"
        "        o late rows\n"
        "  * Fern Audit -> who called what\n"
    )
    got = [b for b in parse_markdown(text, "typed.md") if isinstance(b, ListItem)]
    watch = next(b for b in got if b.term == "Gromble Watch")
    assert [c.text for c in watch.children] == ["row gap (rows missing)", "key skew", "late rows"]
    assert [c.source.line_start for c in watch.children] == [5, 6, 7]


def test_plain_text_titles_in_capitals_are_titles_a_level_under_the_last():
    text = (
        "LOADING\n-------\n\n"
        "GROMBLE PIPE\n  Copies rows between stores.\n\n"
        "FERN HOSE (now called Fern Stream)\n  - keeps rows a day\n\n"
        "NOTE that all of this is in capitals only at the start.\n"
    )
    blocks = parse_markdown(text, "notes.txt")
    assert [(b.level, b.title) for b in blocks if isinstance(b, Heading)] == [
        (2, "LOADING"),
        (3, "GROMBLE PIPE"),
        (3, "FERN HOSE (now called Fern Stream)"),
    ]
    said = [b.text for b in blocks if isinstance(b, Paragraph)]
    assert said == [
        "Copies rows between stores.",
        "NOTE that all of this is in capitals only at the start.",
    ]


def test_plain_text_bullets_set_in_under_a_line_of_text_are_its_list():
    text = (
        "Loaders\n=======\n\n"
        "  Options from slowest to fastest:\n"
        "    - drip: one row at a time, and\n"
        "      a line more about it\n"
        "    - batch: rows in blocks\n"
    )
    blocks = parse_markdown(text, "notes.txt")
    assert [b.text for b in blocks if isinstance(b, Paragraph)] == [
        "Options from slowest to fastest:"
    ]
    items = [b for b in blocks if isinstance(b, ListItem)]
    assert [(b.text, b.source.line_start) for b in items] == [
        ("drip: one row at a time, and a line more about it", 5),
        ("batch: rows in blocks", 7),
    ]


def test_plain_text_rows_aligned_right_under_their_lead_in_are_its_items():
    text = (
        "Load modes (set per job):\n"
        "  Drip mode     one row at a time\n"
        "  Batch mode    rows in blocks\n"
        "  Mirror mode   a copy kept in step\n"
    )
    blocks = parse_markdown(text, "notes.txt")
    assert [b.text for b in blocks if isinstance(b, Paragraph)] == ["Load modes (set per job):"]
    assert [b.term for b in blocks if isinstance(b, ListItem)] == [
        "Drip mode",
        "Batch mode",
        "Mirror mode",
    ]


def test_a_legal_style_outline_reads_as_sections_and_points():
    # numbered titles over lettered points, points numbered "2.1.1", roman sub-points, a
    # lead-in point over lettered ones; no Markdown syntax at all
    text = (
        "ZORBEX NOTES\n\n"
        "1. DATA LOADING\n\n"
        "1.1 Loaders\n\n"
        "1.1.1 Gromble Pipe (GP)\n"
        "  a) Real-time; rows kept 24 hours.\n"
        "  b) Functions in its query language:\n"
        "     i)  ROW_SKEW - skew score per row;\n"
        "     ii) HOT_KEYS - dense keys.\n"
        "  c) Readers are written by the customer.\n\n"
        "2. STORAGE\n\n"
        "2.1 Quill Lake\n"
        "  2.1.1 Default store for Gromble; rows are read from a prefix\n"
        "        that names the day.\n"
        "  2.1.2 Tiers relevant to cost questions:\n"
        "    a) Quill Hot;\n"
        "    b) Quill Cold.\n"
    )
    from ingest.formats import parse_document

    got = parse_document(text.encode(), "outline.md", ".md").blocks
    heads = [(b.level, b.title) for b in got if isinstance(b, Heading)]
    assert [t for _, t in heads] == [
        "DATA LOADING",
        "Loaders",
        "Gromble Pipe (GP)",
        "STORAGE",
        "Quill Lake",
    ]
    assert [lv for lv, _ in heads] == sorted([lv for lv, _ in heads[:3]]) + sorted(
        [lv for lv, _ in heads[3:]]
    )
    items = [b for b in got if isinstance(b, ListItem) and b.depth == 0]
    assert [b.text for b in items][:3] == [
        "Real-time; rows kept 24 hours.",
        "Functions in its query language:",
        "Readers are written by the customer.",
    ]
    # (a list punctuated as a sentence: its semicolons and full stop are no part of its items)
    assert [c.text for c in items[1].children] == [
        "ROW_SKEW - skew score per row",
        "HOT_KEYS - dense keys",
    ]
    store = next(b for b in items if b.text.startswith("Default store"))
    assert store.text.endswith("that names the day.")
    tiers = next(b for b in items if b.text.startswith("Tiers"))
    assert [c.text for c in tiers.children] == ["Quill Hot", "Quill Cold"]


def test_a_definition_list_with_a_colon_line_per_point_keeps_its_term():
    # MultiMarkdown notes: one ":   " line per point under a term; the colons are no
    # column of a table set by spaces
    text = (
        "# Loaders\n\nGromble Pipe\n:   Real-time rows, kept a day.\n"
        ":   Per shard: 1 MB/s in, 2 MB/s out.\n:   Readers: Quill, Fern, Mossy.\n"
    )
    items = [b for b in parse_markdown(text, "notes.md") if isinstance(b, ListItem)]
    assert [b.term for b in items] == ["Gromble Pipe"] * 3
    assert items[2].text == "Readers: Quill, Fern, Mossy."


def test_code_keeps_what_would_read_as_emphasis_elsewhere():
    assert plain("label first with the `__label__` prefix, **bold** `a*b*c`") == (
        "label first with the __label__ prefix, bold a*b*c"
    )


def test_a_board_card_s_due_date_is_no_part_of_what_it_says():
    # an Obsidian Kanban card: "@{date}" and "@@{time}" are when it is due
    blocks = parse_markdown(
        "## To learn\n\n- [ ] **Zorbex** keeps rows @{2024-10-24} @@{09:30}\n"
        "- [ ] **Quill** mails on @{2024-11-02}, then stops\n",
        "board.md",
    )
    assert [(b.term, b.text) for b in blocks if isinstance(b, ListItem)] == [
        ("Zorbex", "keeps rows"),
        ("Quill", "mails on, then stops"),
    ]


def test_a_lead_in_over_a_list_is_no_definition(tmp_path):
    from graph.vocabulary import class_names
    from ingest import extract_documents

    (tmp_path / "n.md").write_text(
        "## Data\n\n- **Zorbex**: sync crews:\n  - lead crew (own staff)\n  - vendor crew (hired)\n"
    )
    x = extract_documents([tmp_path / "n.md"], class_names=class_names())
    zorbex = next(e for e in x.entities.values() if e.label == "Zorbex")
    assert zorbex.definitions == []
    assert {"Lead crew", "Vendor crew"} <= {e.label for e in x.entities.values()}


def test_a_board_cards_lines_under_its_bold_title_are_items_of_it(tmp_path):
    # a Kanban board's card: a bold title, then a line per point in the same paragraph
    p = tmp_path / "board.md"
    p.write_text(
        "## Doing\n\n"
        "- [ ] **Gromble vs Quill loaders** #load\n"
        "\tGL: many tables behind ONE loader, read from the lake on demand\n"
        "\tquill: up to 15 different loaders on one host\n"
        "\t@{2024-10-14}\n"
        "- [ ] **Fern Hose** #load\n"
        '\t"copy once, land anywhere" \u2192 moves rows to a target lake\n'
        "\tP4d / P5 \u2192 big copies\n",
        encoding="utf-8",
    )
    items = [b for b in read_document(p).blocks if isinstance(b, ListItem) and b.depth == 0]
    board = {
        i.term or i.text: [(c.term, c.text, c.source.line_start) for c in i.children] for i in items
    }
    assert board["Gromble vs Quill loaders"] == [
        ("", "GL: many tables behind ONE loader, read from the lake on demand", 4),
        ("", "quill: up to 15 different loaders on one host", 5),
    ]
    # a first line that names no thing says what the title is: the card's own text
    fern = next(i for i in items if i.term == "Fern Hose")
    assert fern.text.startswith('"copy once, land anywhere"')
    assert [c.text for c in fern.children] == ["big copies"]


def test_mdx_tabs_titled_by_their_labels_are_sections_and_its_module_lines_say_nothing():
    """A Docusaurus page: its imports and comments are the page's code; a tab's label titles
    its panel, a section under the heading above up to the tab's end; an admonition's title
    ("Exam tip", in brackets or after the kind) is its label, not its words."""
    blocks = parse_markdown(
        "---\ntitle: Loaders\n---\n\nimport Tabs from '@theme/Tabs';\n"
        "import TabItem from '@theme/TabItem';\n\n{/* TODO: a diagram */}\n\n# Loaders\n\n"
        'Two loaders copy rows.\n\n<Tabs groupId="loader">\n'
        '  <TabItem value="drip" label="Drip Loader" default>\n\n'
        "Copies one row at a time from the Quill queue.\n\n  </TabItem>\n"
        '  <TabItem value="bulk" label="Bulk Loader">\n\nCopies whole files at once.\n\n'
        "  </TabItem>\n</Tabs>\n\n:::tip[Exam tip]\nFern keeps rows a week.\n:::\n\n"
        ":::warning Watch out\nZorb drops rows.\n:::\n",
        "loaders.md",
    )
    said = {b.text: b.source.section for b in blocks if isinstance(b, Paragraph)}
    assert said == {
        "Two loaders copy rows.": ("Loaders",),
        "Copies one row at a time from the Quill queue.": ("Loaders", "Drip Loader"),
        "Copies whole files at once.": ("Loaders", "Bulk Loader"),
        "Fern keeps rows a week.": ("Loaders",),
        "Zorb drops rows.": ("Loaders",),
    }


def test_a_question_in_bold_before_a_bold_term_is_no_part_of_the_term():
    """Two bold runs read as one ("**Zorb or Quill? Zorb** is for rows"): the question heads
    the text, the term is the name after it."""
    from ingest.text import split_lead

    assert split_lead("**Zorb or Quill? Zorb** is for rows. **Quill** is for logs.") == (
        "Zorb",
        "is for rows. Quill is for logs.",
    )
    assert split_lead("**Why Quill?** It loads rows.") == ("Why Quill?", "It loads rows.")


def test_a_dash_set_in_bold_with_its_term_is_no_part_of_the_term():
    """A slide's bullet whose bold run takes the dash after the term ("**Quill Drip -**
    copies rows"): the term is the name, the text what follows; a dash inside the bold
    run is the term's own."""
    from ingest.text import split_lead

    assert split_lead("**Quill Drip -** copies rows as they come") == (
        "Quill Drip",
        "copies rows as they come",
    )
    assert split_lead("**Zorb –** streams logs") == ("Zorb", "streams logs")
    assert split_lead("**Step 1 - load** the rows") == ("Step 1 - load", "the rows")


def test_gitbook_liquid_tags_frame_the_page_and_tabs_title_their_text():
    blocks = parse_markdown(
        '## Loaders\n\n{% hint style="info" %}\nDrip first.\n{% endhint %}\n\n{% tabs %}\n'
        '{% tab title="Small rows" %}\n- **Quill Loader** – drips rows.\n{% endtab %}\n\n'
        '{% tab title="Big rows" %}\n- **Tansy Loader** – gulps files.\n{% endtab %}\n'
        '{% endtabs %}\n\n{% content-ref url="more.md" %}[More](more.md){% endcontent-ref %}\n',
        "gitbook.md",
    )
    headings = [(b.title, b.level) for b in blocks if isinstance(b, Heading)]
    assert headings == [("Loaders", 2), ("Small rows", 3), ("Big rows", 3)]
    said = " ".join(getattr(b, "text", "") for b in blocks)
    assert "{%" not in said and "Drip first." in said
    tansy = next(b for b in blocks if isinstance(b, ListItem) and b.term == "Tansy Loader")
    assert tansy.source.section == ("Loaders", "Big rows")
    assert tansy.source.line_start == 13  # lines keep their numbers


def test_myst_directives_read_as_notes_tables_and_glossary_items():
    blocks = parse_markdown(
        "(loaders)=\n# Loaders\n\n```{note}\n:class: tip\nQuill drips rows; see {term}`drip "
        "mode <drip>`.\n```\n\n```{list-table} Loader limits\n:header-rows: 1\n\n* - Loader\n"
        "  - Limit\n* - Quill Loader\n  - 6 MB per row\n* - Tansy Loader\n  - 1 GB per file\n"
        "```\n\n::::{tab-set}\n:::{tab-item} Streams\n- **Fern Stream**[^f]: keeps rows a day.\n"
        ":::\n::::\n\n```{glossary}\nDrip mode\n  Rows sent one by one,\n  as they come.\n\n"
        "Gulp mode\n  Files sent whole.\n```\n\n```{code-cell} python\nx = 1\n```\n\n"
        "[^f]: Renamed in 2024.\n",
        "myst.md",
    )
    said = " ".join(getattr(b, "text", "") for b in blocks)
    assert "{term}" not in said and ":class:" not in said and "(loaders)=" not in said
    assert "Quill drips rows; see drip mode." in said
    table = next(b for b in blocks if isinstance(b, Table))
    assert table.header == ["Loader", "Limit"]
    assert [r.cells for r in table.rows] == [
        ["Quill Loader", "6 MB per row"],
        ["Tansy Loader", "1 GB per file"],
    ]
    headings = [(b.title, b.level) for b in blocks if isinstance(b, Heading)]
    assert headings == [("Loaders", 1), ("Streams", 2)]
    fern = next(b for b in blocks if isinstance(b, ListItem) and b.term == "Fern Stream")
    assert fern.text == "keeps rows a day."  # its footnote's mark is no part of it
    assert fern.source.section == ("Loaders", "Streams")
    terms = {b.term: b.text for b in blocks if isinstance(b, ListItem) and b.depth == 0}
    assert terms["Drip mode"] == "Rows sent one by one, as they come."
    assert terms["Gulp mode"] == "Files sent whole."
    assert any(getattr(b, "text", "").startswith("x = 1") for b in blocks)  # code stays code


def test_typed_habits_a_title_set_out_dot_leaders_and_a_paragraph_after_a_set_in_list():
    text = (
        "NOTES\n=====\n\nQuill Hub\n    Stores rows for a week.\n    Reads are cheap.\n\n"
        "Pieces:\n\n  Fern Store ...... keeps rows\n  Tansy Index ..... finds rows\n  Moss Queue ...... holds rows\n\n"
        "Steps:\n  - copy rows\n  - index them\nBramble reads the index.\n\n"
        "- a Markdown item\nwhose line runs on\n"
    )
    blocks = parse_markdown(text, "n.txt")
    assert [(b.level, b.title) for b in blocks if isinstance(b, Heading)] == [
        (1, "NOTES"),
        (2, "Quill Hub"),
    ]
    assert not [b for b in blocks if isinstance(b, Code)]  # set in, no code
    said = [b.text for b in blocks if isinstance(b, Paragraph)]
    assert said[0] == "Stores rows for a week. Reads are cheap."
    assert "Bramble reads the index." in said
    items = [(b.term, b.text) for b in blocks if isinstance(b, ListItem)]
    assert items == [
        ("Fern Store", "keeps rows"),
        ("Tansy Index", "finds rows"),
        ("Moss Queue", "holds rows"),
        ("", "copy rows"),
        ("", "index them"),
        ("", "a Markdown item whose line runs on"),  # (CommonMark's lazy line, as written)
    ]
