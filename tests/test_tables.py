"""Table meaning from header and shape, on small inline documents."""

from graph.vocabulary import (
    class_names,
    listed_relations,
    object_remarks,
    relation_cues,
    rename_phrases,
)
from ingest import extract_documents


def extract(tmp_path, text):
    p = tmp_path / "t.md"
    p.write_text(text, encoding="utf-8")
    return extract_documents(
        [p],
        cues=relation_cues(),
        class_names=class_names(),
        listed=listed_relations(),
        remarks=object_remarks(),
        renames=rename_phrases(),
    )


def facts(x, predicate=None):
    label = {e.id: e.label for e in x.entities.values()}
    return {
        (label[f.subject], f.predicate, label.get(f.obj, f.obj) if f.obj_is_entity else f.obj)
        for f in x.facts
        if predicate in (None, f.predicate)
    }


def test_category_column_continues_down(tmp_path):
    x = extract(
        tmp_path,
        "## Ingestion\n\nIngestion Type\tAWS Service\tUse Case\n"
        "Streaming Data\tAmazon Kinesis\tIoT data\n\tAmazon MSK\tKafka dashboards\n"
        "Batch Data\tAWS DataSync\tMigrations\n",
    )
    cat = facts(x, "inCategory")
    assert ("Amazon Kinesis", "inCategory", "Streaming Data") in cat
    assert ("Amazon Managed Streaming for Apache Kafka", "inCategory", "Streaming Data") in cat
    assert ("AWS DataSync", "inCategory", "Batch Data") in cat
    assert ("Amazon Kinesis", "usedFor", "IoT data") in facts(x, "usedFor")


def test_algorithm_table_under_problem_type_heading(tmp_path):
    x = extract(
        tmp_path,
        "## Classification\n\nAlgorithm\tDescription\tWhen to Use\n"
        "<b>XGBoost, LightGBM</b>\tBoosting.\tComplex data.\n<b>SVM (Support Vector Machines)</b>\tHyperplanes.\tHigh dimensions.\n",
    )
    f = facts(x)
    assert ("XGBoost", "suitableFor", "Classification") in f
    assert ("LightGBM", "suitableFor", "Classification") in f
    assert ("Support Vector Machines", "suitableFor", "Classification") in f
    assert ("Support Vector Machines", "whenToUse", "High dimensions.") in f
    assert ("XGBoost", "definition", "Boosting.") in f
    assert x.entities["XGBoost"].cls == "Algorithm"


def test_metric_table_evaluates_problem_type(tmp_path):
    x = extract(
        tmp_path,
        "## Metrics\n\nML Use Case\tEvaluation Metric\tWhen to Use\nRegression\tMean Squared Error (MSE)\tContinuous\n\tR-squared\tFit\n",
    )
    assert {
        ("Mean Squared Error", "evaluates", "Regression"),
        ("R-squared", "evaluates", "Regression"),
    } <= facts(x, "evaluates")


def test_transposed_comparison_table(tmp_path):
    x = extract(
        tmp_path,
        "## Compare\n\nCriteria\tAmazon S3\tAmazon EFS\n<b>Access</b>\tREST API\tNFS, POSIX\n<b>Use Cases</b>\tData lakes\tShared files\n",
    )
    attrs = {
        (x.entities[f.subject].label, x.entities[f.criterion].label, f.obj)
        for f in x.facts
        if f.predicate == "hasAttribute"
    }
    assert ("Amazon Elastic File System", "Access", "NFS, POSIX") in attrs
    assert ("Amazon Simple Storage Service", "usedFor", "Data lakes") in facts(x, "usedFor")


def test_rows_under_a_first_column_naming_their_type_are_the_things_not_criteria(tmp_path):
    x = extract(
        tmp_path,
        "## Moss cluster\n\n| Node type | Role | Purchasing advice |\n|---|---|---|\n"
        "| **Lead** | tracks the work | On-Demand |\n"
        "| **Keeper** | runs work and stores blocks | On-Demand or Reserved |\n"
        "| **Helper** | runs work only | Spot, safe to lose |\n",
    )
    kinds = facts(x, "kind")
    assert {(n, "kind", "Node type") for n in ("Lead", "Keeper", "Helper")} <= kinds
    said = {(x.entities[f.subject].label, f.obj) for f in x.facts if f.predicate == "hasAttribute"}
    assert ("Helper", "Spot, safe to lose") in said
    assert not any(s in ("Role", "Purchasing advice") for s, _ in said)


def test_alternative_and_tools_columns(tmp_path):
    x = extract(
        tmp_path,
        "## SageMaker Algorithms and Alternative AWS Services\n\n"
        "SageMaker Algorithm\tAWS Service\tUse Cases of Alternative Service\n"
        "<b>DeepAR</b>\tAmazon Forecast\tStandard forecasting\n"
        "<b>Semantic Segmentation</b>\tNo direct AWS alternative\t--\n\n"
        "## Monitoring\n\nMonitoring Aspect\tDescription\tAWS Tool\n<b>Data Capture</b>\tCollect data.\tAmazon Kinesis, AWS Lambda\n",
    )
    f = facts(x)
    assert ("DeepAR", "alternativeTo", "Amazon Forecast") in f
    assert ("Amazon Forecast", "usedFor", "Standard forecasting") in f
    assert not any(s == "Semantic Segmentation" and p == "alternativeTo" for s, p, _ in f)
    assert {
        ("Data Capture", "monitoredBy", "Amazon Kinesis"),
        ("Data Capture", "monitoredBy", "AWS Lambda"),
    } <= f


def test_html_list_cells_name_tools(tmp_path):
    x = extract(
        tmp_path,
        "## Cleaning\n\nData Preprocessing Task\tObjective\tTools/Methods\n"
        "<b>Missing Data Imputation</b>\tFill values\t- AWS Glue: DropNullFields, custom scripts - Amazon Athena: COALESCE, IFNULL\n",
    )
    f = facts(x, "implementedWith")
    for tool in ("AWS Glue", "DropNullFields", "Amazon Athena", "COALESCE", "IFNULL"):
        assert ("Missing Data Imputation", "implementedWith", tool) in f


def test_table_set_twice_side_by_side(tmp_path):
    x = extract(
        tmp_path,
        "## Words\n\n| Term | Meaning | Term | Meaning |\n|---|---|---|---|\n"
        "| GRX | Gromble Exchange | QDB | Quibble Database |\n| TSX | Tessaract Sync | | |\n",
    )
    said = {s: o for s, p, o in facts(x, "hasAttribute")}
    assert said["QDB"] == "Quibble Database" and said["TSX"] == "Tessaract Sync"
    assert not any("Quibble" in o for s, o in said.items() if s != "QDB")


def test_algorithm_column_lists_names_with_remarks(tmp_path):
    x = extract(
        tmp_path,
        "## Choosing\n\n| Problem type | Built-in algorithm(s) |\n|---|---|\n"
        "| Grouping | Gromble, Tessaract Clustering (TC) |\n",
    )
    kinds = facts(x, "kind")
    assert {
        ("Gromble", "kind", "Built-in algorithm"),
        ("Tessaract Clustering", "kind", "Built-in algorithm"),
    } <= kinds


def test_a_small_grid_of_names_without_column_titles_is_parts_of_its_section(tmp_path):
    x = extract(
        tmp_path,
        "# Notes\n\n## Sync Matrix\n\nDelta Reads | Mirror Reads\n---|---\n"
        "Mirror Writes | Delta Writes\n\n## Loaders\n\n| Loader | Use case |\n|---|---|\n"
        "| Delta Loader | Nightly Loads |\n",
    )
    parts = facts(x, "partOf")
    assert {
        ("Delta Reads", "partOf", "Sync Matrix"),
        ("Delta Writes", "partOf", "Sync Matrix"),
    } <= parts
    assert not any(o == "Loaders" and s == "Nightly Loads" for s, _, o in parts)


def test_a_cell_of_names_written_as_code_lists_them_as_written(tmp_path):
    x = extract(
        tmp_path,
        "## Jobs\n\n| Job | Input |\n|---|---|\n| Gromble | `csv`, `fernlog`, `parquet` |\n",
    )
    assert {
        ("csv", "kind", "Input"),
        ("fernlog", "kind", "Input"),
        ("parquet", "kind", "Input"),
    } <= facts(x, "kind")


def test_examples_in_parentheses_at_the_end_of_a_cell_are_things_of_that_kind(tmp_path):
    x = extract(
        tmp_path,
        "## Hubs\n\n| Service | Use case |\n|---|---|\n"
        "| Widget Hub | Report engines via API (Gromble, FernKit, Tessaract) |\n"
        "| Row Store | Sync strategies (full/delta) |\n| Bucket Store | CSV (row, key) |\n"
        "| Moss Lake | Quanta or Zorbex nodes (start w/ one node) |\n"
        "| Fern Vault | Quill KMS (shared or own key) |\n",
    )
    kinds = facts(x, "kind")
    # "w/" abbreviates "with": no item "start w"
    assert not any(k[0].lower().startswith("start") for k in kinds)
    assert {
        ("Gromble", "kind", "Report engine"),
        ("FernKit", "kind", "Widget Hub report engine"),
        ("Full", "kind", "Sync strategy"),
        ("Delta", "kind", "Row Store sync strategy"),
    } <= kinds
    # the fields or variants of a named thing are not examples of it
    assert not any(k[0].lower() in ("row", "shared") for k in kinds)


def test_a_cell_of_identifiers_names_things_whatever_its_column(tmp_path):
    x = extract(
        tmp_path,
        "## Loaders\n\n| Loader | Key settings | Notes |\n|---|---|---|\n"
        "| Gromble | row_limit, eta, max_depth | fast |\n| FernKit | mode, batch_size | slow |\n",
    )
    labels = {e.label for e in x.entities.values()}
    assert {"row_limit", "eta", "max_depth", "mode", "batch_size"} <= labels
    assert "fast" not in labels


def test_examples_after_a_clause_in_a_cell_make_no_kind(tmp_path):
    x = extract(
        tmp_path,
        "## Loaders\n\n| Loader | Pick it when |\n|---|---|\n"
        "| Gromble | rows are late (night jobs, backfills) |\n"
        "| FernKit | Report engines (Zorbex, Quillet) |\n",
    )
    kinds = {f[2] for f in facts(x, "kind")}
    assert "Report engine" in kinds
    assert not any("late" in k.lower() for k in kinds)


def test_a_cell_that_opens_with_a_described_cue_is_the_row_s(tmp_path):
    x = extract(
        tmp_path,
        "## Pipes\n\n| Pipe | What it does |\n|---|---|\n"
        "| Gromble Pipe | Fully managed delivery into FernKit and MossLib |\n\n"
        "Zorbex Hub runs many sync jobs. Sync modes: **Zorble** (the default), **Quibble**, "
        "and **Fernish**.\n",
    )
    assert {o for s, p, o in facts(x, "deliversTo") if s == "Gromble Pipe"} == {
        "FernKit",
        "MossLib",
    }
    assert {s for s, p, o in facts(x, "kind") if o == "Sync mode"} == {
        "Zorble",
        "Quibble",
        "Fernish",
    }


def test_a_name_cell_of_two_known_names_split_by_a_slash_is_both(tmp_path):
    x = extract(
        tmp_path,
        "## Gromble algorithms\n\n- **Zorble**: scores rows\n- **Quibble**: ranks rows\n\n"
        "| Algorithm | Learning | Use |\n|---|---|---|\n"
        "| Zorble / Quibble | unsupervised | topic modeling |\n"
        "| Train / test split | supervised | holding rows out |\n",
    )
    f = facts(x, "hasAttribute")
    assert ("Zorble", "hasAttribute", "unsupervised") in f
    assert ("Quibble", "hasAttribute", "unsupervised") in f
    labels = {e.label for e in x.entities.values()}
    assert "Zorble / Quibble" not in labels
    assert "Train / test split" in labels  # "Train" and "test split" are not known names


def test_a_comparison_criterion_that_lists_names_gives_things_of_that_kind(tmp_path):
    x = extract(
        tmp_path,
        "## Streams\n\n| | Kinesis Data Firehose | Managed Service for Apache Flink |\n"
        "|---|---|---|\n| Latency | near real-time | real-time |\n"
        "| Destinations | S3, Redshift, Splunk, HTTP endpoints | Lambda, Firehose |\n",
    )
    kinds = facts(x, "kind")
    for name in ("Amazon Simple Storage Service", "Amazon Redshift", "Splunk", "HTTP endpoints"):
        assert (name, "kind", "Amazon Kinesis Data Firehose destination") in kinds, name
    # a column named by a service's own name is that service, not a column of services
    assert ("Amazon Kinesis Data Analytics", "hasAttribute", "real-time") in facts(x)


def test_a_table_of_needs_says_what_each_named_answer_is_used_for(tmp_path):
    x = extract(
        tmp_path,
        "## Security\n\n| Concern | Answer |\n|---|---|\n"
        "| Find secrets in buckets | Amazon Macie |\n| Audit API calls | CloudTrail |\n"
        "| Private access | a gateway endpoint |\n| Dedupe rows | Gromble Matcher |\n"
        "| Topics | Latent Dirichlet Allocation or NTM (or others) |\n",
    )
    used = facts(x, "usedFor")
    assert ("Gromble Matcher", "usedFor", "Dedupe rows") in used
    assert ("Latent Dirichlet Allocation", "usedFor", "Topics") in used
    assert ("NTM", "usedFor", "Topics") in used  # the algorithm list knows the short name
    assert ("Amazon Macie", "usedFor", "Find secrets in buckets") in used
    assert ("AWS CloudTrail", "usedFor", "Audit API calls") in used
    assert not any(s == "Private access" or o == "Private access" for s, _, o in used)


def test_a_verb_for_a_header_names_no_kind(tmp_path):
    x = extract(
        tmp_path,
        "## Text\n\n| Service | Does |\n|---|---|\n"
        "| Amazon Comprehend | Sentiment, Entities, Key phrases |\n",
    )
    assert not any(o.lower().endswith("doe") for _, _, o in facts(x, "kind"))


def test_a_lead_in_right_above_a_table_says_whose_rows_they_are(tmp_path):
    x = extract(
        tmp_path,
        "## Loaders\n\n🔹 **Gromble** – loads rows into buckets. Key settings:\n\n"
        "| Setting | What it does |\n|---|---|\n| `flush_rows` | rows per batch |\n"
        "| `alpha` / `lambda` | penalties on wide rows |\n",
    )
    kinds = facts(x, "kind")
    for name in ("flush_rows", "alpha", "lambda"):
        assert (name, "kind", "Gromble key setting") in kinds, name


def test_a_counted_list_of_everyday_words_and_whose_the_things_are(tmp_path):
    # the count says how many follow: capitalised everyday words are its members; a list in a
    # later sentence of a paragraph belongs to the known thing the paragraph opens with
    x = extract(
        tmp_path,
        "# Notes\n\n## Reports and feeds\n\n"
        "Amazon Personalize uses three dataset types: Interactions (required), Users and "
        "Items. You choose a recipe.\n\n"
        "Amazon Forecast builds forecasts from your rows plus related data. Models available: "
        "Fernish, Quiver, Mossling.\n",
    )
    kinds = facts(x, "kind")
    assert {
        (m, "kind", "Amazon Personalize dataset type") for m in ("Interactions", "Users", "Items")
    } <= kinds
    parts = facts(x, "partOf")
    assert {(m, "partOf", "Amazon Forecast") for m in ("Fernish", "Quiver", "Mossling")} <= parts


def test_a_cell_of_names_may_hold_one_in_lower_case(tmp_path):
    x = extract(
        tmp_path,
        "## Loaders\n\n| Loader | Input |\n|---|---|\n| Gromble | CSV, zorbfile, Avro |\n"
        "| FernKit | fast start, low cost, few rows |\n",
    )
    kinds = {(s, o) for s, p, o in facts(x, "kind")}
    assert {("Zorbfile", "Gromble input"), ("Avro", "Gromble input")} <= kinds, kinds
    assert not {e.label for e in x.entities.values()} & {"Fast start", "Low cost"}


def test_an_outliner_block_s_properties_are_a_record_of_it(tmp_path):
    x = extract(
        tmp_path,
        "- Loaders\n  - [[Gromble]] #loader\n    input:: CSV, zorbfile, Avro\n"
        "    runs-on:: Quanta boards\n    id:: 64a1f0\n    - copies rows nightly\n",
    )
    said = facts(x)
    assert ("Gromble", "hasAttribute", "CSV, zorbfile, Avro") in said, said
    assert ("Gromble", "hasAttribute", "Quanta boards") in said
    assert not [f for f in said if f[2] == "64a1f0"]  # the outliner's own key
    assert ("Zorbfile", "kind", "Gromble input") in said


def test_a_group_row_names_the_kind_of_the_rows_under_it(tmp_path):
    x = extract(
        tmp_path,
        "## Hubs\n\n| Hub | Reads | Runs on |\n|---|---|---|\n"
        "| **— Quill hubs: text —** | | |\n| Fern Hub | words | CPU |\n| Moss Hub | tags | GPU |\n"
        "| **— Quill hubs: images —** | | |\n| Reed Hub | pixels | GPU |\n",
    )
    kinds = facts(x, "kind")
    assert ("Fern Hub", "kind", "text Quill hub") in kinds, kinds
    assert ("Reed Hub", "kind", "images Quill hub") in kinds, kinds
    labels = {e.label for e in x.entities.values()}
    assert not any("—" in label for label in labels), labels


def test_a_table_of_needs_has_its_rows_named_by_the_column_of_names(tmp_path):
    x = extract(
        tmp_path,
        "## Tools\n\n- **Zorbex Hub**: a queue.\n- **Quill Lake**: a store.\n"
        "- **Fern Loader**: a copier.\n- **OK**: fine to use.\n\n"
        "| I need to... | Use | Status | Notes |\n|---|---|---|---|\n"
        "| keep raw rows for a year | Quill Lake | OK | Targets: tape, disk, cloud. |\n"
        "| fan events out to many readers | Zorbex Hub | OK | Fast. |\n"
        "| copy rows between stores nightly | Fern Loader (new) | OK | Slow. |\n",
    )
    used = facts(x, "usedFor")
    assert ("Quill Lake", "usedFor", "keep raw rows for a year") in used
    assert ("Zorbex Hub", "usedFor", "fan events out to many readers") in used
    assert ("Fern Loader", "usedFor", "copy rows between stores nightly") in used
    subjects = {s for s, _, _ in facts(x, "hasAttribute")}
    assert "OK" not in subjects and "keep raw rows for a year" not in subjects


def test_a_restriction_in_a_cell_of_names_is_no_name(tmp_path):
    x = extract(
        tmp_path,
        "## Loaders\n\n| Loader | Nodes |\n|---|---|\n| Gromble | Quanta, single node only |\n"
        "| FernKit | Zorbex only |\n| Moss | Quanta or Zorbex |\n"
        "| Tessaract | Quanta, single or multi-node |\n",
    )
    labels = {e.label.lower() for e in x.entities.values()}
    assert "quanta" in labels
    assert not {"single node only", "zorbex only", "single or multi-node"} & labels


def test_a_cells_lines_under_a_plural_row_head_are_things_of_its_kind(tmp_path):
    x = extract(
        tmp_path,
        "## Loading\n\n| Term | Explanation |\n|---|---|\n"
        "| Sync modes | Delta – copies changes, the default.<br>Mirror<br>Full – copies all |\n"
        "| Gromble | Loads rows.<br>Fast |\n",
    )
    f = facts(x)
    assert {("Delta", "kind", "sync mode"), ("Mirror", "kind", "sync mode")} <= f
    assert ("Full", "partOf", "Sync modes") in f
    assert not any(s == "Loads rows" for s, _, _ in f)


def test_a_list_on_one_line_of_a_remarks_cell_names_the_rows_things(tmp_path):
    x = extract(
        tmp_path,
        "# Tools\n\n| tool | what for | gotchas |\n|---|---|---|\n"
        "| Zorbex Watch | watches row feeds | 3 kinds: row drift, key skew, late rows<br>"
        "needs a baseline first<br>alerts to Quill |\n"
        "| Fern Tuner | tunes jobs | strategies: Gromble (default), random, grid, Fernband<br>"
        "warm start reuses jobs |\n",
    )
    parts = facts(x, "partOf")
    assert {s for s, _, o in parts if o == "Zorbex Watch"} >= {"Row drift", "Key skew", "Late rows"}
    assert {s for s, _, o in parts if o == "Fern Tuner"} >= {"Gromble", "Random", "Grid"}
    assert not any(o.lower().startswith("3 kind") for _, _, o in facts(x, "kind"))


def test_terms_leading_a_cells_lines_are_the_rows_and_small_print_is_a_remark(tmp_path):
    x = extract(
        tmp_path,
        "# Streams\n\n<table>\n<tr><th>Service</th><th>What</th><th>Gotchas</th></tr>\n"
        '<tr><td><b>Zorbex Analytics</b><br><small>now "Quill Flink"</small></td>'
        "<td>SQL over streams</td><td><ul><li><code>ZORB_FOREST</code> SQL fn → odd-row score"
        "</li><li><code>HOTZONES</code> → finds dense regions</li></ul></td></tr>\n"
        "<tr><td><b>Zorbex Video</b></td><td>camera feeds</td><td>consumers: Fern</td></tr>\n"
        "</table>\n\n"
        "| Thing | Modes |\n|---|---|\n| Fern Loader | **Drip** – copies changed rows<br>"
        "**Gulp** – streams all rows |\n",
    )
    f = facts(x)
    assert ("HOTZONES", "definition", "finds dense regions") in f
    assert {s for s, p, o in f if p == "partOf" and o == "Zorbex Analytics"} >= {
        "ZORB_FOREST",
        "HOTZONES",
    }
    assert not any(e.label.startswith("now") for e in x.entities.values())
    assert ("Drip", "definition", "copies changed rows") in f


def test_a_long_remark_under_a_rows_name_keeps_the_row(tmp_path):
    x = extract(
        tmp_path,
        "# Streams\n\n| service | what |\n|---|---|\n"
        "| Zorbex Hose (renamed Quill Hose in 2024, the exam still calls it ZH anyway) | "
        "targets: Mossy, Fern DB, Tallow |\n| Zorbex Video | camera feeds |\n",
    )
    assert (
        "Zorbex Hose",
        "note",
        "renamed Quill Hose in 2024, the exam still calls it ZH anyway",
    ) in facts(x)
    # (targets are where it delivers to)
    assert {o for s, _, o in facts(x, "deliversTo") if s == "Zorbex Hose"} >= {
        "Mossy",
        "Fern DB",
        "Tallow",
    }


def test_things_a_cell_lists_as_bullet_lines_are_parts_of_the_row_s_thing(tmp_path):
    x = extract(
        tmp_path,
        "# Fitting\n\n| problem | what to do |\n|---|---|\n| Gromble drift | • more rows<br>"
        "• row fencing (nightly)<br>• quill pruning — L1 / L2<br>• early stopping |\n"
        "| Fern lag | • scales to zero when idle<br>• costs nothing at night, says the team |\n",
    )
    parts = {(s, o) for s, _, o in facts(x, "partOf")}
    assert {
        ("Row fencing", "Gromble drift"),
        ("Quill pruning", "Gromble drift"),
        ("Early stopping", "Gromble drift"),
    } <= parts
    assert not {s for s, o in parts if o == "Fern lag"}  # what it does, no things


def test_columns_named_how_and_when_say_things_of_bold_rows_they_compare_nothing(tmp_path):
    x = extract(
        tmp_path,
        "## Gromble load modes\n\n| Mode | How | When |\n|---|---|---|\n"
        "| **Quill** | copies every row first | small sets |\n"
        "| **Fern** | streams rows as they come | big sets |\n",
    )
    kinds = facts(x, "kind")
    assert ("Quill", "kind", "Gromble load mode") in kinds
    assert ("Fern", "kind", "Gromble load mode") in kinds
    assert not any(s in ("How", "When") for s, _, _ in facts(x))


def test_a_table_whose_columns_are_groups_of_known_names(tmp_path):
    # columns of different lengths (empty first cells): each header groups the names under it
    x = extract(
        tmp_path,
        "## Where each trains\n\n| CPU only | GPU only (training) | Either |\n|---|---|---|\n"
        "| Random Cut Forest | Seq2Seq | XGBoost (CPU preferred) |\n"
        "| LDA | Semantic Segmentation | Linear Learner, KNN |\n"
        "| | Object Detection (train) | K-Means |\n",
    )
    kinds = facts(x, "kind")
    assert {s for s, _, o in kinds if o == "GPU only"} == {
        "Sequence-to-Sequence",
        "Semantic Segmentation",
        "Object Detection",
    }
    assert {s for s, _, o in kinds if o == "Either"} == {
        "XGBoost",
        "Linear Learner",
        "K-Nearest Neighbors",
        "K-Means",
    }
    assert {s for s, _, o in kinds if o == "CPU only"} == {
        "Random Cut Forest",
        "Latent Dirichlet Allocation",
    }


def test_a_row_with_its_first_two_cells_empty_is_a_wrapped_line_of_the_row_above(tmp_path):
    # a PDF's table: a cell wrapped onto a line of its own; no category column
    x = extract(
        tmp_path,
        "## Unsupervised\n\n| Algo | Problem | Notes |\n|---|---|---|\n"
        "| Random Cut Forest | anomaly detection | `num_trees` |\n"
        "| | | `num_samples_per_tree` |\n"
        "| K-Means | clustering | `k` |\n",
    )
    assert ("Random Cut Forest", "suitableFor", "Anomaly detection") in facts(x, "suitableFor")
    params = {o for s, _, o in facts(x, "hasParameter") if s == "Random Cut Forest"}
    assert params == {"num_trees", "num_samples_per_tree"}
    types = {e.label: e.cls for e in x.entities.values()}
    assert types["Random Cut Forest"] == "Algorithm"
    assert not facts(x, "inCategory")


def test_a_type_column_of_a_different_thing_each_row_over_words_is_what_the_rows_are_of(tmp_path):
    # "Monitor type | What it checks | Extra requirement": each row one monitor type; the
    # requirements are words said of it, not things grouped under a category
    x = extract(
        tmp_path,
        "# Watching\n\n## Gromble Watch\n\n| Monitor type | What it checks | Extra requirement |\n"
        "|---|---|---|\n| Row quality | drift in row statistics | row capture + baseline |\n"
        "| Key skew | drift in key spread | ground truth keys merged with rows |\n"
        "| Late rows | rows arriving late | a clock source |\n",
    )
    kinds = {(s, o.lower()) for s, _, o in facts(x, "kind")}
    assert {s for s, o in kinds if o.endswith("monitor type")} == {
        "Row quality",
        "Key skew",
        "Late rows",
    }
    assert not facts(x, "inCategory")


def test_a_cell_whose_list_runs_on_into_a_clause_names_no_things_of_the_column(tmp_path):
    x = extract(
        tmp_path,
        "# Watching\n\n| Monitor type | Watches | Needs |\n|---|---|---|\n"
        "| Row quality | Hit / miss / Zorbex etc. going up | row capture |\n"
        "| Key quality | Skew / lag / Fern rate | key capture |\n"
        "| Late rows | clock drift | a clock source |\n",
    )
    watched = {s for s, _, o in facts(x, "kind") if o.lower().endswith("watch")}
    assert not watched & {"Hit", "Miss", "Zorbex"} and {"Skew", "Lag", "Fern rate"} <= watched


def test_a_cell_line_of_a_label_and_its_list_names_the_row_s_things(tmp_path):
    # "4 watch types: a, b, c" on a line of a row's cell reads as the same line would in a
    # list item under the row's thing: things of that kind, its parts; a relation's list
    # ("destinations: ...") is the relation's
    x = extract(
        tmp_path,
        "## Hubs\n\n| Hub | What it does | Key facts |\n|---|---|---|\n"
        "| Gromble Hub | watches rows | 4 watch types: row drift, lag spikes, quill gaps, fern"
        " drift<br>needs a baseline |\n"
        "| Tansy Hub | copies rows | crews: lead / worker / scout |\n",
    )
    assert {s for s, p, o in facts(x) if p == "kind" and o == "watch type"} == {
        "Row drift",
        "Lag spikes",
        "Quill gaps",
        "Fern drift",
    }
    assert ("Lag spikes", "partOf", "Gromble Hub") in facts(x)
    assert {s for s, p, o in facts(x, "partOf") if o == "Tansy Hub"} == {"Lead", "Worker", "Scout"}


def test_a_cell_opening_with_a_compound_before_a_cue_is_the_row_s(tmp_path):
    # "near-real-time delivery into A, B": a compound says how, as "fully managed" does;
    # "built-in for A" gives no purpose
    x = extract(
        tmp_path,
        "## Pipes\n\n| Pipe | What it does |\n|---|---|\n"
        "| Gromble Pipe | near-real-time delivery into FernKit, MossLib |\n"
        "| Quill Hub | built-in for FernKit and MossLib |\n",
    )
    assert {o for s, p, o in facts(x, "deliversTo") if s == "Gromble Pipe"} == {
        "FernKit",
        "MossLib",
    }
    assert not [f for f in facts(x) if f[0] == "Quill Hub" and f[1] == "usedFor"]


def test_a_column_of_check_marks_is_no_column_of_names(tmp_path):
    # "Several models" and "Different frameworks" name classes of things, but their cells only say
    # whether: the rows are the patterns of the first column
    x = extract(
        tmp_path,
        "## Hosting patterns\n\n| Pattern | Several models | Different frameworks | Typical use |\n"
        "|---|---|---|---|\n| Quill endpoint | ✓ | ✗ | many small loaders |\n"
        "| Fern chain | ✓ | ✓ | steps in a row |\n| Tansy split | ✗ | ✓ | A/B tests |\n"
        "| Zorb pool | ✓ | ✗ | spiky load |\n",
    )
    labels = {e.label for e in x.entities.values()}
    assert {"Quill endpoint", "Fern chain", "Tansy split", "Zorb pool"} <= labels
    assert ("Fern chain", "kind", "Hosting pattern") in facts(x)


def test_a_cell_that_only_marks_whether_says_yes_or_no(tmp_path):
    x = extract(
        tmp_path,
        "## Loaders\n\n| Loader | Streaming | Quanta nodes |\n|---|---|---|\n"
        "| Quill Loader | ✓ | ✗ |\n| Fern Loader | ✗<sup>1</sup> | ✔ |\n",
    )
    cells = {
        (x.entities[f.subject].label, x.entities[f.criterion].label, f.obj)
        for f in x.facts
        if f.predicate == "hasAttribute"
    }
    assert {
        ("Quill Loader", "Streaming", "yes"),
        ("Quill Loader", "Quanta nodes", "no"),
        ("Fern Loader", "Streaming", "no"),
        ("Fern Loader", "Quanta nodes", "yes"),
    } <= cells


def test_a_column_that_groups_the_rows_under_a_shared_header_is_no_thing(tmp_path):
    # "Feature" spans two columns (HTML colspan): groups, then the features compared
    x = extract(
        tmp_path,
        "## Loader options\n\n| Feature | Feature | Quill Loader | Fern Loader |\n"
        "|---|---|---|---|\n| Limits | Max rows | 6 MB | 1 GB |\n| Limits | Max wait | 60 s | 1 h |\n"
        "| Scaling | Scale to none | ✗ | ✓ |\n",
    )
    cells = {
        (x.entities[f.subject].label, x.entities[f.criterion].label, f.obj)
        for f in x.facts
        if f.predicate == "hasAttribute"
    }
    assert ("Fern Loader", "Scale to none", "yes") in cells
    assert ("Quill Loader", "Max wait", "60 s") in cells
    assert "Limits" not in {e.label for e in x.entities.values()}


def test_a_footnote_marked_in_a_cell_says_its_note_of_the_row(tmp_path):
    p = tmp_path / "t.html"
    p.write_text(
        "<html><body><h1>Readers</h1><h2>Reader matrix</h2><table><thead><tr><th>Reader</th>"
        "<th>Forms</th><th>Speech</th></tr></thead><tbody>"
        '<tr><td>Quill Reader</td><td>&#10003;<sup><a href="#fn-1">1</a></sup></td>'
        "<td>&#10007;</td></tr><tr><td>Fern Reader</td><td>&#10007;</td><td>&#10003;</td></tr>"
        '</tbody></table><ol><li id="fn-1"><sup>1</sup> key-value pairs from scanned forms.</li>'
        "</ol></body></html>",
        encoding="utf-8",
    )
    x = extract_documents(
        [p], cues=relation_cues(), class_names=class_names(), listed=listed_relations()
    )
    cells = {
        (x.entities[f.subject].label, x.entities[f.criterion].label, f.obj)
        for f in x.facts
        if f.predicate == "hasAttribute"
    }
    assert ("Quill Reader", "Forms", "yes (key-value pairs from scanned forms.)") in cells
    assert ("Fern Reader", "Speech", "yes") in cells


def test_a_row_about_two_things_set_against_each_other_is_said_of_both(tmp_path):
    # a pinned table's topic "Quill vs Fern": what the row says is said of each
    x = extract(
        tmp_path,
        "## Pinned\n\n| Topic | Settled answer |\n|---|---|\n"
        "| Quill vs Fern | Quill copies rows, Fern keeps files |\n| row limits | 6 MB per call |\n",
    )
    f = facts(x, "hasAttribute")
    assert ("Quill", "hasAttribute", "Quill copies rows, Fern keeps files") in f
    assert ("Fern", "hasAttribute", "Quill copies rows, Fern keeps files") in f


def test_code_names_under_a_class_column_are_things_of_it_whatever_the_column_is_for(tmp_path):
    """ "Typical objective metric" names metrics (its last word), not what a thing is used for;
    "`validation:zrb`" written as code is a name, kept as written."""
    x = extract(
        tmp_path,
        "# Metrics\n\n| Algorithm | Typical objective metric |\n|---|---|\n"
        "| Gromble | <code>validation:zrb</code>, <code>validation:qll</code> |\n"
        "| Quill | `test:fern` (mean fern distance) |\n",
    )
    kinds = facts(x, "kind")
    assert ("validation:zrb", "kind", "Gromble typical objective metric") in kinds
    assert ("validation:qll", "kind", "Gromble typical objective metric") in kinds
    assert ("test:fern", "kind", "Quill typical objective metric") in kinds
    assert not facts(x, "usedFor")
    assert {e.label: e.cls for e in x.entities.values()}["validation:zrb"] == "Metric"


def test_delivery_of_a_thing_into_targets_states_where_it_delivers(tmp_path):
    x = extract(
        tmp_path,
        "# Streams\n\n| Service | What it is for |\n|---|---|\n| Quill Hose | Fully managed"
        " delivery of a stream into S3, Amazon Redshift or Splunk. No code to write. |\n",
    )
    assert {o for s, _, o in facts(x, "deliversTo") if s == "Quill Hose"} == {
        "Amazon Simple Storage Service",
        "Amazon Redshift",
        "Splunk",
    }


def test_a_comparison_with_no_criteria_column_reads_each_column_as_its_thing(tmp_path):
    """Names side by side over what each is, row by row, with no column naming the
    respects: each cell is said of its column's thing (a "Use:" cell in that respect), and
    names listed alone in a cell are its parts; no cell of the first column is a thing."""
    x = extract(
        tmp_path,
        "# Loading\n\n| Quill Drip | Quill Burst |\n|---|---|\n"
        "| One row at a time, as rows come | Whole files on a schedule |\n"
        "| Fern Hub, Zorb Queue or Tansy Log | Gromble Lake only |\n"
        "| Use: alerts within seconds | Use: nightly reports |\n",
    )
    said = facts(x, "hasAttribute")
    assert ("Quill Drip", "hasAttribute", "One row at a time, as rows come") in said
    assert ("Quill Burst", "hasAttribute", "nightly reports") in said
    parts = facts(x, "partOf")
    assert {(n, "partOf", "Quill Drip") for n in ("Fern Hub", "Zorb Queue", "Tansy Log")} <= parts
    assert not {s for s, _, _ in said} - {"Quill Drip", "Quill Burst"}


def test_a_settings_values_set_off_by_slashes_in_a_cell_are_things_of_its_kind(tmp_path):
    x = extract(
        tmp_path,
        "# Algos\n\n| Algorithm | Hyperparameters |\n|---|---|\n"
        "| Quillvec | *mode (cbow / skipgram / batch_sg)<br>vector_dim, epochs |\n"
        "| Fernvec | sample_size (a count / a share) |\n",  # words, no code: no values
    )
    part_of = facts(x, "partOf")
    assert {f[0] for f in part_of if f[2] == "Quillvec"} == {"cbow", "skipgram", "batch_sg"}
    assert ("cbow", "kind", "Mode") in facts(x, "kind")
    assert not {f for f in part_of if f[2] == "Fernvec"}


def test_rows_setting_two_things_side_by_side_say_each_sides_columns_of_its_thing(tmp_path):
    """ "Drip mode vs Gulp mode" rows whose columns come in sides ("Option A", "Use A
    when"): each side's cells are said of its own thing; no header is a thing."""
    x = extract(
        tmp_path,
        "# Pairs\n\n| Comparison | Option A | Option B | Use A when | Use B when |\n"
        "|---|---|---|---|---|\n"
        "| Drip mode vs Gulp mode | Drip mode | Gulp mode | Small files, copied first. "
        "| Big files, streamed in. |\n"
        "| Quill Hub vs Fern Lake | Quill Hub | Fern Lake | Many readers, replay. "
        "| Delivery with no code. |\n",
    )
    said = facts(x, "hasAttribute")
    assert ("Gulp mode", "hasAttribute", "Big files, streamed in.") in said
    assert ("Drip mode", "hasAttribute", "Small files, copied first.") in said
    assert ("Fern Lake", "hasAttribute", "Delivery with no code.") in said
    assert not {s for s, _, _ in said} - {"Drip mode", "Gulp mode", "Quill Hub", "Fern Lake"}
    assert ("Gulp mode", "hasAttribute", "Small files, copied first.") not in said


def test_a_setting_required_only_in_some_case_is_not_one_always_required(tmp_path):
    x = extract(
        tmp_path,
        "# Notes\n\n## XGBoost\n\nA row booster.\n\n- `flush_rows` **(required)**: rows per "
        "flush.\n- `fern_class` **(required for fern mode)**: how many ferns.\n",
    )
    assert {o for s, p, o in facts(x, "requiresParameter") if s == "XGBoost"} == {"flush_rows"}


def test_a_cells_list_in_lower_case_after_its_description_names_the_row_s_parts(tmp_path):
    x = extract(
        tmp_path,
        "# AI services\n\n| Service | What it does |\n|---|---|\n"
        "| Zorb Transcribe | speech to text; custom vocabulary, speaker diarization, automatic "
        "PII redaction |\n"
        "| Zorb Lens | fast, cheap, simple |\n"
        "| Zorb Watch | tracks rows, sets alarms, sends alerts |\n",
    )
    parts = facts(x, "partOf")
    for name in ("Custom vocabulary", "Speaker diarization", "Automatic PII redaction"):
        assert (name, "partOf", "Zorb Transcribe") in parts
    # words that say how a thing is, or what it does, are no parts of it
    assert not {s for s, _, o in parts if o in ("Zorb Lens", "Zorb Watch")}


def test_bold_row_heads_that_repeat_group_the_things_a_service_column_names(tmp_path):
    x = extract(
        tmp_path,
        "# AI services\n\n| Area | Service | Notes |\n|---|---|---|\n"
        "| **Speech** | **Zorb Transcribe** | speech to text |\n"
        "| **Speech** | **Zorb Polly** | text to speech |\n"
        "| **Vision** | **Zorb Lens** | labels in images |\n",
    )
    cats = facts(x, "inCategory")
    assert ("Zorb Transcribe", "inCategory", "Speech") in cats
    assert ("Zorb Lens", "inCategory", "Vision") in cats


def test_a_setting_s_row_listing_values_in_a_cell_gives_its_values(tmp_path):
    x = extract(
        tmp_path,
        "# Zorbex\n\n## Settings\n\n| Setting | Default | Note |\n|---|---|---|\n"
        "| `solver` | grad | grad, zadam, rmsquill or nagl |\n"
        "| `row_shape` | 3,224 | channels, height, width |\n"
        "| `fill_type` | none | crop, crop_color or crop_color_shift |\n",
    )
    assert {o for s, _, o in facts(x, "example") if s == "solver"} == {
        "grad",
        "zadam",
        "rmsquill",
        "nagl",
    }
    assert {o for s, _, o in facts(x, "example") if s == "fill_type"} == {
        "crop",
        "crop_color",
        "crop_color_shift",
    }
    assert not {o for s, _, o in facts(x, "example") if s == "row_shape"}


def test_a_setting_s_values_after_a_label_and_a_default_mark_are_its_values(tmp_path):
    x = extract(
        tmp_path,
        "# Zorbex\n\n## Settings\n\n| Setting | Required? | Note |\n|---|---|---|\n"
        "| `fern_curve` | no | Curve shape: `quill-T` (default), `zorbic`, `moss-L1`. |\n"
        "| `row_hint` | no | Row order: keep it stable. |\n",
    )
    assert {o for s, _, o in facts(x, "example") if s == "fern_curve"} == {
        "quill-T",
        "zorbic",
        "moss-L1",
    }
    assert not {o for s, _, o in facts(x, "example") if s == "row_hint"}


def test_a_column_headed_by_a_setting_in_code_gives_each_row_its_value(tmp_path):
    x = extract(
        tmp_path,
        "## Gromble Pipe\n\nTwo jobs in one loader.\n\n"
        "| Use | `drip_mode` | Hardware |\n|---|---|---|\n"
        "| Row copy | `zbow` | one CPU |\n| Row copy | `zgram` | one CPU or GPU |\n"
        "| Row check | `audit` | one CPU |\n",
    )
    got = facts(x)
    assert {("drip_mode", "example", v) for v in ("zbow", "zgram", "audit")} <= got
    assert ("Gromble Pipe", "hasParameter", "drip_mode") in got
    assert {("zbow", "partOf", "Row copy"), ("audit", "partOf", "Row check")} <= got
    assert ("zgram", "kind", "Gromble Pipe drip_mode") in got


def test_a_column_of_problem_types_leaves_the_section_title_no_problem(tmp_path):
    x = extract(
        tmp_path,
        "## Quick pick grid\n\n| Problem type | Algorithm(s) | Typical use |\n|---|---|---|\n"
        "| Row scoring | Zorbex Learner, Fern Boost | Churn |\n"
        "| Row grouping | Quill Means | Segments |\n",
    )
    assert ("Zorbex Learner", "suitableFor", "Row scoring") in facts(x, "suitableFor")
    assert not [e for e in x.entities.values() if e.cls == "ProblemType" and "grid" in e.label]


def test_a_first_column_of_options_in_bold_lists_things_not_criteria(tmp_path):
    x = extract(
        tmp_path,
        "# N\n\n## Serving\n\nFour ways.\n\n| Option | Payload / timeout | Scaling and cost | "
        "Good for |\n|---|---|---|---|\n| **Quill endpoint** | up to 6 MB per request | instances "
        "always on | steady traffic |\n| **Fern Inference** | up to 4 MB, 60 s | scales to zero | "
        "spiky traffic |\n| **Moss Inference** | up to 1 GB | request queue | large inputs |\n",
    )
    kinds = {s for s, p, o in facts(x) if p == "kind" and o == "Option"}
    assert kinds == {"Quill endpoint", "Fern Inference", "Moss Inference"}
    found = {e.label: e.cls for e in x.entities.values()}
    assert found["Quill endpoint"] != "Criterion" and found["Payload / timeout"] == "Criterion"


def test_a_later_column_of_needs_is_no_subject_of_the_rows(tmp_path):
    # the rows are the monitors; what each needs is said of it
    x = extract(
        tmp_path,
        "# Notes\n\n## Quill Monitor\n\n| Monitor | What it watches | Needs |\n|---|---|---|\n"
        "| Row quality | drift in row statistics | row capture and a baseline |\n"
        "| Label drift | drift in label shares | Amazon SageMaker Clarify configuration |\n"
        "| Fern drift | change in fern ranking | Amazon SageMaker Clarify baseline |\n",
    )
    kinds = {s for s, p, o in facts(x) if p == "kind" and o.lower().endswith("monitor")}
    assert {"Row quality", "Label drift", "Fern drift"} <= kinds
    assert not {s for s in kinds if s.startswith("Amazon")}


def test_a_table_under_a_heading_of_its_kind_lists_the_sections_things(tmp_path):
    """ "Hyperparameters" over a table whose first column is "Hyperparameter", in the section
    of an algorithm: the rows are the algorithm's settings, and a "Required?" column's yes
    says which it requires."""
    x = extract(
        tmp_path,
        "# Notes\n\n## Gromble Cast\n\nGromble Cast is a supervised algorithm for forecasting "
        "rows.\n\n### Hyperparameters\n\n| Hyperparameter | Required? | Notes |\n|---|---|---|\n"
        "| `fern_length` | yes | Rows seen before a guess. |\n| `moss_rounds` | Yes | Passes. |\n"
        "| `quill_cells` | no | Cells per layer; default 40. |\n",
    )
    said = facts(x)
    assert {("Gromble Cast", "hasParameter", n) for n in ("fern_length", "quill_cells")} <= said
    required = {o for s, p, o in said if s == "Gromble Cast" and p == "requiresParameter"}
    assert required == {"fern_length", "moss_rounds"}


def test_a_kind_is_named_without_the_remark_its_header_carries(tmp_path):
    """ "Call (sync)" over the rows names the kind "Call": the remark says something of the
    column, not a kind of its own."""
    x = extract(
        tmp_path,
        "## Quill Reader\n\n| Call (sync) | Async pair | What it returns |\n|---|---|---|\n"
        "| `ReadPlain` | `StartPlainRead` | Lines and words |\n"
        "| `ReadSlips` | `StartSlipRead` | Totals and vendors of slips |\n",
    )
    kinds = facts(x, "kind")
    assert {("ReadPlain", "kind", "Call"), ("ReadSlips", "kind", "Call")} <= kinds, kinds
    assert not any("(" in k for _, _, k in kinds)


def test_a_settings_row_lists_its_values_with_its_default_among_them(tmp_path):
    """ "`noise` | twisted | plain, twisted, bumpy, flat-L1" under a "Default" and a "Notes"
    column: the setting's values, whatever the column's title; a list without the default
    ("Cells per layer, rows, keys") is no list of values."""
    x = extract(
        tmp_path,
        "# Notes\n\n## Quill Forecaster\n\n| Hyperparameter | Default | Notes |\n|---|---|---|\n"
        "| `noise` | twisted | plain, twisted, bumpy, flat-L1 |\n"
        "| `num_cells` | 40 | cells, rows, keys |\n",
    )
    said = facts(x)
    assert {o for s, p, o in said if s == "noise" and p == "example"} == {
        "plain",
        "twisted",
        "bumpy",
        "flat-L1",
    }
    assert not [o for s, p, o in said if s == "num_cells" and p == "example"]


def test_a_cell_that_lists_names_alone_gives_a_plural_rows_members(tmp_path):
    """ "Pipeline knobs | Values you pass at start | KnobString, KnobInteger, KnobFloat": the
    knobs; a cell of prose beside a singular row ("Step caching | CacheConfig(...) - ...")
    lists nothing."""
    x = extract(
        tmp_path,
        "# Quill notes\n\n## Parameters\n\n| Feature | What it does | Details |\n|---|---|---|\n"
        "| Pipeline knobs | Values you pass at start time | KnobString, KnobInteger, KnobFloat |\n"
        "| Step caching | Reuse a run | CacheConfig(enable=True), ISO duration |\n",
    )
    said = facts(x)
    assert {s for s, p, o in said if p == "partOf" and o == "Pipeline knobs"} == {
        "KnobString",
        "KnobInteger",
        "KnobFloat",
    }
    assert not [s for s, p, o in said if p == "partOf" and o == "Step caching"]
