"""Headings, bullets and lead terms become entities and facts."""

from ingest import parse_markdown
from ingest.blocks import Heading
from ingest.outline import chosen_options
from tests.test_markdown import TYPED_NOTES
from tests.test_tables import extract, facts

DOC = """# Notes

## Guide

### Data Distributions

- **Normal (Continuous):** Heights and weights.
- **Poisson (Discrete):** Calls per hour.

### Serverless Inference

Serverless inference manages resources, offering benefits like:

- **Cost-Effectiveness:** Pay only for what you use.

### Optimization

**Gradient Descent:** Adjusts weights.

**Variants:**

1. **Batch:** Uses the entire dataset.
2. **Stochastic (SGD):** Uses a single point.

### Frameworks

- **Keras**
  - High-level API built on TensorFlow
- **TensorFlow**
  - Static graph
"""


def test_collection_members_named_by_kind(tmp_path):
    x = extract(tmp_path, DOC)
    labels = {e.label: e for e in x.entities.values()}
    assert "Normal Distribution" in labels and "Normal" in labels["Normal Distribution"].aliases
    f = facts(x)
    assert ("Normal Distribution", "hasProperty", "Continuous") in f
    assert ("Normal Distribution", "kind", "Data Distribution") in f


def test_heading_concept_with_definition_and_properties(tmp_path):
    x = extract(tmp_path, DOC)
    f = facts(x)
    assert any(s == "Serverless Inference" and p == "definition" for s, p, _ in f)
    assert (
        "Serverless Inference",
        "hasProperty",
        "Cost-Effectiveness: Pay only for what you use.",
    ) in f


def test_variants_named_after_their_parent(tmp_path):
    x = extract(tmp_path, DOC)
    labels = {e.label: e for e in x.entities.values()}
    assert "Batch Gradient Descent" in labels
    sgd = labels["Stochastic Gradient Descent"]
    assert "SGD" in sgd.aliases
    assert ("Stochastic Gradient Descent", "kind", "Gradient Descent Variant") in facts(x)


def test_nested_bullets_and_built_on(tmp_path):
    x = extract(tmp_path, DOC)
    f = facts(x)
    assert ("Keras", "builtOn", "TensorFlow") in f
    assert ("TensorFlow", "hasProperty", "Static graph") in f


def test_every_fact_has_provenance(tmp_path):
    x = extract(tmp_path, DOC)
    for fact in x.facts:
        u = x.units[fact.unit]
        assert u.source.document == "t.md" and u.source.line_start >= 1


PAIRS = """# Notes

## Security

### S3 Bucket Policies

- **Restrict Public Access:** Disable public access settings.
- **Bucket Policy for Data Access:** Define permissions.

## Frameworks

- **MXNet and Gluon**
  - AWS supports the MXNet framework
  - Gluon provides a concise API atop MXNet
"""


def test_collection_heading_is_a_thing_its_members_are_part_of(tmp_path):
    f = facts(extract(tmp_path, PAIRS))
    assert ("Restrict Public Access", "partOf", "S3 Bucket Policies") in f
    assert ("Restrict Public Access", "kind", "S3 Bucket Policy") in f


def test_a_pair_of_names_is_two_things(tmp_path):
    f = facts(extract(tmp_path, PAIRS))
    assert {("MXNet", "partOf", "MXNet and Gluon"), ("Gluon", "partOf", "MXNet and Gluon")} <= f
    assert ("Gluon", "builtOn", "MXNet") in f
    assert ("Gluon", "hasProperty", "Gluon provides a concise API atop MXNet") in f


NOTES = """# My study notes

## Feature prep

### Scaling
choices:
- min-max scaling
- z-score standardization, subtract the mean and divide by the stdev
- log transform

### Dealing with gaps
- drop the rows
- use a model to fill them in

### Text models
- _Word2Vec_ `skip-gram`
  - dense word vectors
- **bag of words**: counts of each word

### Batch jobs
Batch jobs run on a schedule.

#### Characteristics
- **scheduled:** runs every night
- **bulk:** large volumes

### SageMaker warm pools
- keep training instances running between jobs
"""


def test_notes_lists_of_names(tmp_path):
    """Lists of short names in any case are things; lists of actions stay text; emphasis or
    bold opening an item is its lead term; a sentence-case heading naming a service feature
    is a thing."""
    x = extract(tmp_path, NOTES)
    labels = {e.label: e for e in x.entities.values()}
    for name in ("Min-max scaling", "Z-score standardization", "Log transform"):
        assert name in labels, name
    assert (
        "subtract the mean and divide by the stdev" in labels["Z-score standardization"].definitions
    )
    assert "Drop the rows" not in labels  # a list of actions names nothing
    assert {"Word2Vec", "Bag of words"} <= set(labels)
    assert "Scheduled" not in labels  # items of a characteristics list describe their owner
    assert "choices:" not in labels["Scaling"].definitions  # a lead-in defines nothing
    assert "Amazon SageMaker warm pools" in labels


def test_code_names_and_one_line_lists(tmp_path):
    doc = """# Training

## Tuning knobs
Set `max_depth` and `eta=0.2` on the estimator; run `pip install xgboost` first.

## Parallel training
- libraries:
  - Horovod, DeepSpeed, parameter servers
"""
    x = extract(tmp_path, doc)
    labels = {e.label for e in x.entities.values()}
    assert {"max_depth", "eta"} <= labels  # identifiers marked as code
    assert not {"pip install xgboost", "pip"} & labels  # a command is not a name
    assert {"Horovod", "DeepSpeed", "Parameter servers"} <= labels


def test_a_list_of_sentences_that_open_with_their_subject(tmp_path):
    doc = """# Tuning

Strategies:

1. Bayesian optimization (default) treats tuning as a regression problem
2. Random search samples values independently, so jobs run in parallel
3. Hyperband stops weak configurations early

Steps:

- Data lakes and warehouses hold the data
- It runs on a schedule
- Time series data
"""
    x = extract(tmp_path, doc)
    labels = {e.label: e for e in x.entities.values()}
    assert {"Bayesian optimization", "Random search", "Hyperband"} <= set(labels)
    assert (
        "samples values independently, so jobs run in parallel"
        in labels["Random search"].definitions
    )
    assert not {"Data", "It", "Time"} & set(labels)  # nouns in -s and pronouns are no verbs


def test_code_blocks_name_what_they_install_import_and_set(tmp_path):
    doc = """# Lab

## Train

```python
!pip install pandas scikit-learn
import pandas as pd
import os
est.set_hyperparameters(max_depth=5, eta=0.2)
est.deploy(initial_instance_count=1, instance_type="ml.m5.large")
if max_depth == 5: print("Random Cut Forest is great")
```
"""
    x = extract(tmp_path, doc)
    labels = {e.label: e for e in x.entities.values()}
    assert {"pandas", "scikit-learn", "max_depth", "eta", "ml.m5.large"} <= set(labels)
    assert labels["pandas"].cls == "Tool"
    assert "os" not in labels  # the standard library is no tool of the notes
    assert "Random Cut Forest" not in labels  # code is never read as prose


def test_group_headings_pass_their_collection_kind_to_members(tmp_path):
    x = extract(
        tmp_path,
        "# Notes\n\n## Learners\n- no code needed\n\n### Tree ensembles\n"
        "- **Gradient Boosted Trees**: many shallow trees\n- **Random Forest**\n\n"
        "### Kernel machines\n- **Support Vector Machine**\n- **Kernel Ridge**\n",
    )
    cls = {e.label: e.cls for e in x.entities.values()}
    assert cls["Random Forest"] == cls["Support Vector Machine"] == "Algorithm"
    assert cls["Tree ensembles"] == "Concept"  # the group itself is no learner
    part = facts(x, "partOf")
    assert ("Random Forest", "partOf", "Tree ensembles") in part
    assert ("Kernel Ridge", "partOf", "Kernel machines") in part


def test_a_purpose_then_the_bold_things_that_serve_it(tmp_path):
    x = extract(
        tmp_path,
        "# Sheet\n\n## Querying\n"
        "- Serverless SQL on S3: **Amazon Athena** (pay per query).\n"
        "- Orchestration: **ECS** / **EKS**, with **Fargate** for serverless containers.\n",
    )
    found = facts(x)
    assert ("Amazon Athena", "partOf", "Querying") in found
    assert ("Amazon Athena", "usedFor", "Serverless SQL on S3") in found
    assert ("Amazon Athena", "hasProperty", "pay per query") in found
    assert ("Amazon Elastic Kubernetes Service", "usedFor", "Orchestration") in found
    assert not any(e.label.startswith("Serverless SQL") for e in x.entities.values())


def test_header_words_type_entities_by_the_ontology_labels(tmp_path):
    x = extract(
        tmp_path,
        "## Model choice\n\n| Estimator | Description |\n|---|---|\n| Ridge | L2 |\n\n"
        "## Delivery\n\n| Model Deployment | Description |\n|---|---|\n| Shadow tests | safe |\n",
    )
    cls = {e.label: e.cls for e in x.entities.values()}
    assert cls["Ridge"] == "Algorithm"  # "estimator" is a synonym of Algorithm
    assert cls["Shadow tests"] == "Concept"  # "model" modifies "deployment", the head


def test_an_item_that_names_a_collection_and_lists_its_members(tmp_path):
    x = extract(
        tmp_path,
        "# Cram\n\n**Stream processing**\n"
        "- join types: inner, left outer, anti\n"
        "- roles: leader -> assigns work; follower -> copies the log\n"
        "- cameras, drones, radar data etc\n",
    )
    kinds = facts(x, "kind")
    assert {("Inner", "kind", "join type"), ("Anti", "kind", "join type")} <= kinds
    assert ("Leader", "kind", "role") in kinds
    assert ("Leader", "definition", "assigns work") in facts(x, "definition")
    assert not any(k == "camera" for _, _, k in kinds)  # no "name:" head, no collection


def test_a_topic_s_generic_collection_and_a_spelled_out_acronym(tmp_path):
    x = extract(
        tmp_path,
        "# Notes\n\n## Skewed Label Handling\nRare positives are common.\n\n"
        "### Techniques, in the order I try them\n"
        "1. **Oversampling** — repeat rare rows.\n"
        "2. **ADASYN** (Adaptive Synthetic Sampling) — makes new rare rows.\n\n"
        "### The three join kinds\n- **Inner** — both sides\n- **Outer** — either side\n",
    )
    adasyn = next(e for e in x.entities.values() if "ADASYN" in (e.label, *e.aliases))
    assert adasyn.label == "Adaptive Synthetic Sampling" and adasyn.cls == "Technique"
    assert ("Adaptive Synthetic Sampling", "definition", "makes new rare rows.") in facts(x)
    assert ("Oversampling", "partOf", "Skewed Label Handling") in facts(x, "partOf")
    assert ("Inner", "kind", "join kind") in facts(x, "kind")  # not "The three join kind"


def test_a_recommendation_reads_its_alternatives_with_the_ontology_cues(tmp_path):
    x = extract(
        tmp_path,
        "# Tips\n\n## Choices\n- **For nightly batch ETL** → Use **AWS Glue** in place of **AWS Lambda**\n",
    )
    assert ("AWS Lambda", "alternativeTo", "AWS Glue") in facts(x, "alternativeTo")


RUN_ON = """# Course notes

## Streaming

### Stream Router (SR)
- **Managed** delivery of records to stores
- tree based routing method
- support for time series data

Sources:
- Amazon Kinesis Data Streams
- AWS IoT

Destinations (batch writes):
- Amazon S3
- Amazon Redshift

Important:
- retries for 24 hours

### Gradient trees
Hyperparameters:
- `lambda`: L2 regularization term
- `max_depth`: controls overfitting

### Topic networks (TN)
**Unsupervised** learning algorithm that groups documents into topics.

- File or Pipe mode
"""


def test_bold_words_that_run_on_into_an_item_are_emphasis_not_terms(tmp_path):
    x = extract(tmp_path, RUN_ON)
    labels = {e.label for e in x.entities.values()}
    assert "Managed" not in labels and "Unsupervised" not in labels
    f = facts(x)
    assert ("Stream Router", "hasProperty", "Managed delivery of records to stores") in f


def test_a_sentence_case_heading_named_by_its_initials_is_a_thing(tmp_path):
    f = facts(extract(tmp_path, RUN_ON))
    assert ("Topic networks", "hasProperty", "File or Pipe mode") in f
    assert any(s == "Topic networks" and p == "definition" for s, p, _ in f)


def test_a_plural_lead_in_titles_the_list_under_it(tmp_path):
    x = extract(tmp_path, RUN_ON)
    section = {u.text: u.source.section for u in x.units.values()}
    assert section["Amazon S3"][-1] == "Destinations (batch writes)"
    assert section["AWS IoT"][-1] == "Sources"
    assert section["retries for 24 hours"][-1] == "Stream Router (SR)"  # "Important:" is no title


def test_lower_case_names_written_as_code_are_identifiers(tmp_path):
    x = extract(tmp_path, RUN_ON)
    labels = {e.label: e for e in x.entities.values()}
    assert "lambda" in labels and labels["lambda"].cls != "Service"
    assert "AWS Lambda" not in labels and "max_depth" in labels


def test_a_top_level_heading_over_headings_is_a_part_of_the_document(tmp_path):
    x = extract(tmp_path, RUN_ON + "\n# Appendix\n\n## Glossary\n\n- **Epoch**: one pass\n")
    labels = {e.label for e in x.entities.values()}
    assert "Course notes" not in labels and "Appendix" not in labels


def test_a_section_on_handling_a_problem_lists_what_addresses_it(tmp_path):
    """The ontology's verb cues ("addresses", "deals with", "handles") read in a title's
    gerund: the items of "Addressing class imbalance" and of a "Handling ...:" lead-in
    address that topic."""
    x = extract(
        tmp_path,
        "# Notes\n\n## Data prep\n\n### Addressing class imbalance\n"
        "- **down-sampling**: shrink the dominant class\n"
        "- **sample weights**: weigh rare classes up\n\n"
        "### Deep networks\n\nHandling the vanishing gradient problem:\n"
        "- Long short-term memory (LSTM)\n- Residual networks\n",
    )
    f = facts(x, "addresses")
    assert ("Down-sampling", "addresses", "Class imbalance") in f
    assert ("Sample weights", "addresses", "Class imbalance") in f
    assert ("Long short-term memory", "addresses", "Vanishing gradient problem") in f
    assert ("Residual networks", "addresses", "Vanishing gradient problem") in f


def test_an_everyday_plural_label_over_named_items_gives_them_to_the_owner(tmp_path):
    x = extract(
        tmp_path,
        "# Notes\n\n## Prep\n\n### Handling Imbalanced Datasets\n"
        "- **Problem**: one class dominates.\n- **Solutions**:\n"
        "  - **Oversampling** → duplicate rare rows.\n  - **Class Weights** → weigh rare rows.\n",
    )
    labels = {e.label for e in x.entities.values()}
    assert "Solutions" not in labels
    f = facts(x, "addresses")
    assert ("Oversampling", "addresses", "Imbalanced Datasets") in f
    assert ("Class Weights", "addresses", "Imbalanced Datasets") in f


def test_a_labelled_heading_is_about_its_name_and_a_known_name_is_no_collection(tmp_path):
    x = extract(
        tmp_path,
        "# Notes\n\n## Modeling: Amazon SageMaker\n\n### Algorithms\n"
        "- **IP Insights**: learns IP usage patterns\n- **K-Means**: clusters\n\n"
        "### IP-insights\n- learns usage patterns of IPv4 addresses\n- File mode only\n",
    )
    labels = {e.label for e in x.entities.values()}
    assert "Modeling: Amazon SageMaker" not in labels
    f = facts(x)
    assert ("IP Insights", "hasProperty", "File mode only") in f
    assert ("IP Insights", "partOf", "Amazon SageMaker") in f


def test_an_example_lead_in_makes_its_items_examples_of_its_topic(tmp_path):
    x = extract(
        tmp_path,
        "# Notes\n\n## Stats\n\n### Data distributions\n\nE.g. discrete distribution:\n"
        "- Poisson\n- Bernoulli\n\nData types:\n- discrete data\n- continuous data\n",
    )
    f = facts(x)
    assert ("Discrete distribution", "example", "Poisson") in f
    assert ("Discrete distribution", "example", "Bernoulli") in f
    assert not any(o == "Discrete distribution" and s.endswith("data") for s, _, o in f)


def test_a_sentence_item_over_names_gives_them_to_the_section_and_titles_them(tmp_path):
    x = extract(
        tmp_path,
        "# Notes\n\n## Training\n\n### Warm starts\nReuse a trained model.\n\n"
        "- only two built-in algorithms support warm starts:\n"
        "  - Object detection\n  - Image classification\n"
        "- Examples:\n  - Resume a stopped job\n",
    )
    f = facts(x)
    assert ("Object detection", "partOf", "Warm starts") in f
    assert ("Image classification", "partOf", "Warm starts") in f
    section = {u.text: u.source.section[-1] for u in x.units.values()}
    assert section["Object detection"] == "only two built-in algorithms support warm starts"
    assert section["Resume a stopped job"] == "Warm starts"  # "Examples:" titles nothing


def test_sagemakers_algorithm_list_types_things_the_notes_give_no_class(tmp_path):
    x = extract(
        tmp_path,
        "# Lab\n\n## Training\n\n- Train with XGBoost on the data\n- Then try Random Cut Forest\n\n"
        "### Image Classification\n- the task of labelling images\n",
    )
    cls = {e.label: e.cls for e in x.entities.values()}
    assert cls.get("XGBoost") == "Algorithm"
    assert cls.get("Image Classification", "Concept") != "Algorithm"  # a task's name: left alone


def test_a_glossary_of_shorthands_names_the_same_nodes(tmp_path):
    x = extract(
        tmp_path,
        "# Notes\n\nShorthand used below: ASF = Amazon Simple Foo, GBX = GradBoostX.\n\n"
        "## Storage\n\n- **ASF**\n  - keeps widgets\n- **GBX**\n  - a boosted tree learner\n\n"
        "Amazon Simple Foo is cheap. GradBoostX is fast.\n\n"
        "Rare classes get help from QWERTY. QWERTY (Quick Weighted Example Resampling "
        "Technique Yield) makes new examples.\n",
    )
    by_label = {e.label: e for e in x.entities.values()}
    assert "ASF" not in by_label and "GBX" not in by_label  # named by their long forms
    assert "ASF" in by_label["Amazon Simple Foo"].aliases
    assert ("Amazon Simple Foo", "hasProperty", "keeps widgets") in facts(x, "hasProperty")
    assert any("QWERTY" in (e.label, *e.aliases) for e in x.entities.values())


def test_a_shorthand_prefix_expands_to_the_name_it_abbreviates(tmp_path):
    x = extract(
        tmp_path,
        "# Notes\n\nShorthand: SM = SageMaker.\n\n## Ops\n\n- **SM Model Monitor**\n"
        "  - watches drift\n",
    )
    by_label = {e.label: e for e in x.entities.values()}
    assert "SM Model Monitor" not in by_label
    assert "SM Model Monitor" in by_label["Amazon SageMaker Model Monitor"].aliases


def test_a_labelled_list_under_a_thing_is_that_thing_s_kind(tmp_path):
    x = extract(
        tmp_path,
        "# Notes\n\n- **Widget Hub**\n  - outputs: Bucket Store, Table Store, Search Box\n"
        "  - knobs: `max_size`, `lambda` (weight)\n  - rollout modes: all at once, canary, linear\n",
    )
    kinds = facts(x, "kind")
    assert ("Bucket Store", "kind", "output") in kinds
    # one member that opens like a phrase may stand among three short ones
    assert {("All at once", "kind", "rollout mode"), ("Canary", "kind", "rollout mode")} <= kinds
    assert ("Bucket Store", "kind", "Widget Hub output") in kinds
    labels = {e.label for e in x.entities.values()}
    assert "lambda" in labels and "AWS Lambda" not in labels  # code is an identifier


def test_a_comparison_heading_is_not_a_thing(tmp_path):
    x = extract(
        tmp_path,
        "# Notes\n\n## Amazon Athena vs Amazon Redshift\n\n- Athena queries files in place\n"
        "- Redshift loads them first\n",
    )
    labels = {e.label for e in x.entities.values()}
    assert not any(" vs " in label for label in labels)


def test_a_table_cell_of_short_names(tmp_path):
    x = extract(
        tmp_path,
        "## Learners\n\n| Algorithm | Problem type | Input format |\n|---|---|---|\n"
        "| TreeBoost | classification, regression (trees) | CSV, Parquet |\n"
        "| TopicFinder | topic modeling (unsupervised) | plain text, one document per line |\n",
    )
    assert ("TreeBoost", "suitableFor", "Classification") in facts(x, "suitableFor")
    assert ("TopicFinder", "suitableFor", "Topic modeling") in facts(x, "suitableFor")
    kinds = facts(x, "kind")
    assert {("CSV", "kind", "TreeBoost input format"), ("Parquet", "kind", "Input format")} <= kinds
    assert not any(k.endswith("TopicFinder input format") for _, _, k in kinds)  # prose, not names


def test_a_counted_lead_in_names_the_kind_of_its_items(tmp_path):
    x = extract(
        tmp_path,
        "# Notes\n\n### Hadoop Grid\n\n- runs batch jobs\n- three worker roles:\n"
        "  - leader node: assigns work\n  - helper nodes: store blocks\n"
        "  - spare nodes: compute only → cheap\n"
        "- Grid Watcher checks four things:\n  - disk health\n  - queue depth\n  - job lag\n"
        "  - it compares each run with a baseline\n",
    )
    kinds, part = facts(x, "kind"), facts(x, "partOf")
    assert {("Leader node", "kind", "worker role"), ("Spare nodes", "kind", "worker role")} <= kinds
    assert ("Leader node", "kind", "Hadoop Grid worker role") in kinds
    assert ("Spare nodes", "partOf", "Hadoop Grid") in part
    assert ("Disk health", "partOf", "Grid Watcher") in part
    said = facts(x, "hasProperty")
    assert ("Grid Watcher", "hasProperty", "it compares each run with a baseline") in said


def test_a_plural_lead_in_running_text_lists_things_in_any_case(tmp_path):
    x = extract(
        tmp_path,
        "# Notes\n\n### Query planning\n\nThe planner weighs every join order it can. "
        "Heuristics: greedy ordering (default), dynamic programming and GEQO. Plans are cached.\n\n"
        "### Vault Service\n\n- keeps secrets\n  - ciphers: AES-GCM, ChaCha20, XTS; the console picks one\n",
    )
    kinds = facts(x, "kind")
    assert ("Greedy ordering", "kind", "heuristic") in kinds
    assert ("GEQO", "kind", "Query planning heuristic") in kinds
    assert ("XTS", "kind", "cipher") in kinds


def test_a_cell_of_lines_and_a_cell_with_its_own_lead(tmp_path):
    x = extract(
        tmp_path,
        "## Trouble\n\n| Problem | Symptom | Fixes |\n|---|---|---|\n"
        "| Drifting clocks | logs out of order | NTP sync<br>monotonic timers<br>more servers<br>"
        "leap smearing |\n\n## Shop\n\n| Service | Key points | Extras |\n|---|---|---|\n"
        "| Widget Hub | - Caching - Sharding | Recipes: Quick-Pick<br>Slow-Roast |\n",
    )
    kinds = facts(x, "kind")
    assert ("Monotonic timers", "kind", "Drifting clocks fix") in kinds
    assert not any(s == "More servers" for s, _, _ in kinds)  # one non-name among names
    assert {("Quick-Pick", "kind", "recipe"), ("Slow-Roast", "kind", "Widget Hub recipe")} <= kinds
    assert not any(k.endswith("key point") for _, _, k in kinds)  # remarks, not things


def test_a_list_of_qualities_names_nothing(tmp_path):
    x = extract(
        tmp_path,
        "# Notes\n\n- **Widget Hub**\n  - fully managed, scales automatically, near real time\n"
        "  - Horovod, parameter servers\n",
    )
    labels = {e.label for e in x.entities.values()}
    assert not {"Fully managed", "Scales automatically"} & labels
    assert "Parameter servers" in labels


def test_a_plural_lead_in_over_a_list_names_the_kind_of_its_items(tmp_path):
    x = extract(
        tmp_path,
        "# Notes\n\n## Widget Hub\n\nWidget Hub moves rows.\n\nSources:\n\n- Gromble\n"
        "- Tessaract\n\nDestinations (batch writes):\n\n- Bucket Store\n- Quibble DB\n"
        "- 3rd party destinations (e.g. Flimflow, Zorble)\n",
    )
    kinds = facts(x, "kind")
    assert ("Quibble DB", "kind", "destination") in kinds
    assert ("Quibble DB", "kind", "Widget Hub destination") in kinds
    assert ("Gromble", "kind", "Widget Hub source") in kinds
    assert not any(o.startswith("3rd party") for _, _, o in kinds)


def test_a_list_that_says_what_its_lead_is_names_nothing(tmp_path):
    x = extract(
        tmp_path,
        "# Notes\n\n## Serving\n\n- **Live endpoints**: persistent, low-latency HTTPS "
        "endpoints; scale on load.\n- window types: tumbling, sliding, session\n",
    )
    kinds = facts(x, "kind")
    assert not any(o == "live endpoint" for _, _, o in kinds)
    assert ("Sliding", "kind", "window type") in kinds


def test_a_flashcard_question_leads_the_list_that_answers_it(tmp_path):
    x = extract(
        tmp_path,
        "# Deck\n\n## Training\n\n**Q:** Widget Hub sync strategies (nightly jobs)? **A:**\n\n"
        "- delta sync (default) — copies changed rows only\n- full sync — copies every row\n"
        "- mirror sync — keeps a live replica\n",
    )
    kinds = facts(x, "kind")
    assert ("Delta sync", "kind", "widget hub sync strategy") in kinds
    assert ("Mirror sync", "definition", "keeps a live replica") in facts(x, "definition")
    x = extract(
        tmp_path,
        "# Deck\n\n## Ops\n\n**Q:** Widget Hub — 3 checks? **A:**\n\n- disk check — free space\n"
        "- queue check — depth\n- clock check — skew\n",
    )
    assert ("Queue check", "kind", "widget hub check") in facts(x, "kind")


def test_a_top_level_list_of_names_may_close_with_a_remark(tmp_path):
    x = extract(
        tmp_path,
        "# Deck\n\n## Prep\n\nScaling:\n\n- zorble scaling: mean 0, std 1\n"
        "- quibble normalization: squashes to [0,1]\n- flimflow scaler: uses the median\n"
        "- tree models don't need any of it\n",
    )
    said = facts(x, "definition")
    assert ("Flimflow scaler", "definition", "uses the median") in said
    assert not any(s.lower().startswith("tree models") for s, _, _ in said)


def test_a_flashcard_answered_by_a_known_name_owns_the_list_below(tmp_path):
    x = extract(
        tmp_path,
        "# Deck\n\n## Ingestion\n\n**Q:** Zero-code way to land streams in S3?\n"
        "**A:** kinesis data firehose. Fully managed, buffers records.\n"
        "- destinations: S3, Redshift, Splunk\n",
    )
    kinds = facts(x, "kind")
    assert ("Splunk", "kind", "Amazon Kinesis Data Firehose destination") in kinds


def test_a_lead_that_sets_two_things_side_by_side_speaks_of_both(tmp_path):
    x = extract(
        tmp_path,
        "# Notes\n\n## Sync\n\n**Gromble vs Tessaract**: Gromble copies changed rows; Tessaract "
        "copies every row.\n",
    )
    said = facts(x, "hasProperty")
    text = "Gromble vs Tessaract: Gromble copies changed rows; Tessaract copies every row."
    assert {("Gromble", "hasProperty", text), ("Tessaract", "hasProperty", text)} <= said
    assert not any(" vs " in s for s, _, _ in facts(x))


def test_a_lead_in_names_its_kind_through_a_count_or_these(tmp_path):
    x = extract(
        tmp_path,
        "# Notes\n\n## Loading\n\nTwo sync modes for getting rows into FernKit:\n\n"
        "- **Delta mode** — copies changed rows.\n- **Mirror mode** — keeps a replica.\n\n"
        "Ways to tame Gromble drift (my list):\n\n1. **More sample rows** — the dull fix.\n"
        "2. **Smaller batches** — fewer rows per step.\n\n"
        "Each FernKit record can contain these fields:\n\n- `start` — the first timestamp\n"
        "- `target` — the values\n",
    )
    kinds = facts(x, "kind")
    assert {("Delta mode", "kind", "sync mode"), ("Mirror mode", "kind", "sync mode")} <= kinds
    assert ("More sample rows", "kind", "way to tame gromble drift") in kinds
    assert ("start", "kind", "field") in kinds
    assert not any(o == "step to follow" for _, _, o in kinds)


def test_a_numbered_heading_names_the_thing_without_its_number(tmp_path):
    x = extract(tmp_path, "# Notes\n\n## 7.2 Widget Hub\n\nWidget Hub copies rows nightly.\n")
    labels = {e.label for e in x.entities.values()}
    assert "Widget Hub" in labels and "7.2 Widget Hub" not in labels


def test_a_lead_term_keeps_its_code_in_parentheses(tmp_path):
    x = extract(
        tmp_path,
        "# Notes\n\n## Safety\n\n- By default jobs run with network access.\n"
        "- Put them in **your own subnet** first.\n"
        "- **Sandbox mode** (`SANDBOX = True`): the job makes no outbound calls.\n",
    )
    said = facts(x, "definition")
    assert ("Sandbox mode", "definition", "the job makes no outbound calls.") in said


def test_an_item_that_offers_a_counted_list_owns_it(tmp_path):
    x = extract(
        tmp_path,
        "# Notes\n\n## Vision\n\n1. **Pixel Sorter** — labels each pixel; offers three engines:\n"
        "   - Flat Grid Engine (FGE)\n   - Tower Engine\n   - DeepFern\n",
    )
    f = facts(x)
    assert ("Tower Engine", "partOf", "Pixel Sorter") in f
    assert ("DeepFern", "kind", "Pixel Sorter engine") in f


def test_a_paragraph_that_opens_with_a_vs_b_speaks_of_both(tmp_path):
    x = extract(
        tmp_path,
        "# Notes\n\n## Sync\n\nGromble vs Tessaract sync: Gromble copies changed rows; "
        "Tessaract copies every row.\n",
    )
    labels = {e.label: e for e in x.entities.values()}
    assert "Gromble" in labels["Gromble sync"].aliases
    assert "Tessaract" in labels["Tessaract sync"].aliases
    said = {s for s, _, _ in facts(x, "hasProperty")}
    assert {"Gromble sync", "Tessaract sync"} <= said


def test_a_count_then_as_many_bold_names_names_things_of_that_kind(tmp_path):
    x = extract(
        tmp_path,
        "# Notes\n\n## Storage\n\n- **Widget Hub:** keeps rows. A hub has three node types: the "
        "**lead node** plans; **store nodes** hold rows; **spare nodes** only compute.\n\n"
        "**Sync modes.** Rows arrive in one of two ways. **Delta sync** copies changes; "
        "**Mirror sync** keeps a replica.\n",
    )
    kinds = facts(x, "kind")
    assert ("Spare nodes", "kind", "node type") in kinds
    assert ("Lead node", "partOf", "Widget Hub") in facts(x, "partOf")
    assert ("Mirror sync", "kind", "sync mode") in kinds


def test_the_closing_sentence_of_a_paragraph_leads_the_list_below(tmp_path):
    x = extract(
        tmp_path,
        "# Notes\n\n## Tuning\n\nFernKit tunes label layouts by running many trial renders and "
        "keeping the best. FernKit offers three search strategies:\n\n"
        "- **Lattice walk:** tries every cell.\n- **Coin toss:** samples at random.\n"
        "- **Gromble search:** learns from earlier trials.\n",
    )
    assert ("Coin toss", "kind", "search strategy") in facts(x, "kind")


def test_a_short_list_in_parentheses_after_a_labelled_name_is_its_parts(tmp_path):
    x = extract(
        tmp_path,
        "# Notes\n\n## Tools\n\n- Label printing: **FernKit** (grid layouts, tape cutting, label "
        "queues).\n- Nightly loads: **Widget Hub** (runs once per night).\n",
    )
    parts = facts(x, "partOf")
    assert ("Tape cutting", "partOf", "FernKit") in parts
    assert not any(o == "Widget Hub" for _, _, o in parts)


def test_a_short_bold_phrase_built_on_an_acronym_is_a_name(tmp_path):
    x = extract(
        tmp_path,
        "# Notes\n\n## Network\n\nA job in a private subnet cannot reach the store unless you add "
        "a **WHS gateway endpoint** to its subnet.\n",
    )
    assert "WHS gateway endpoint" in {e.label for e in x.entities.values()}


def test_a_plain_name_and_colon_opens_a_defined_term(tmp_path):
    x = extract(
        tmp_path,
        "## Slow reports\n\n- Rare slow reports\n  - Cache the rows\n"
        "  - Gromble: copies changed rows before the report runs\n",
    )
    definitions = facts(x, "definition")
    assert ("Gromble", "definition", "copies changed rows before the report runs") in definitions


def test_n_kinds_of_x_names_what_the_list_lists_and_dashed_items_name_it(tmp_path):
    x = extract(
        tmp_path,
        "## Widget Hub\n\n**Widget Hub** checks reports nightly. It offers three kinds of "
        "checking:\n\n1. Row quality — rows against their schema.\n"
        "2. Key drift — keys that change between runs.\n3. Gromble scoring — a score per report.\n",
    )
    kinds = facts(x, "kind")
    assert {(n, "kind", "kind of checking") for n in ("Row quality", "Key drift")} <= kinds
    assert ("Key drift", "definition", "keys that change between runs.") in facts(x, "definition")


def test_items_under_a_word_that_states_a_relation(tmp_path):
    x = extract(
        tmp_path,
        "# Notes\n\n- gromble drift = rows that no longer match the schema\n  - fixes\n"
        "    - **Re-sync** -> copies every row again\n    - early stopping (nightly jobs)\n"
        "    - fewer columns / smaller batches\n    - restart the loader and then check the"
        " logs for errors.\n",
    )
    assert {f for f in facts(x) if f[1] == "addresses"} == {
        ("Re-sync", "addresses", "Gromble drift"),
        ("Early stopping", "addresses", "Gromble drift"),
        ("Fewer columns", "addresses", "Gromble drift"),
        ("Smaller batches", "addresses", "Gromble drift"),
    }


def test_a_list_whose_every_item_reads_name_dash_text_is_a_glossary(tmp_path):
    x = extract(
        tmp_path,
        "## How Widget Hub loads rows\n\n1. Delta mode – the default; copies changed rows.\n"
        "2. Mirror mode – streams every row; faster start.\n\n"
        "## Reminders\n\n- Watch out – the loader is slow.\n- Check the logs after each run.\n",
    )
    definitions = facts(x, "definition")
    assert ("Delta mode", "definition", "the default; copies changed rows.") in definitions
    assert ("Mirror mode", "definition", "streams every row; faster start.") in definitions
    assert "Watch out" not in {e.label for e in x.entities.values()}  # one dash: a remark


def test_a_bold_lead_with_its_own_full_stop_is_a_run_in_term(tmp_path):
    x = extract(
        tmp_path,
        "## Loaders\n\n**Delta loader.** Copies only the rows that changed.\n\n"
        "**EXAM TIP – loaders.** The delta loader is the cheap one.\n",
    )
    labels = {e.label for e in x.entities.values()}
    assert "Delta loader" in labels
    assert {f[0] for f in facts(x, "definition")} >= {"Delta loader"}
    assert not any("EXAM TIP" in label for label in labels)  # a remark, not a term


def test_a_lead_in_that_names_a_relation_relates_the_items_below_to_its_topic(tmp_path):
    x = extract(
        tmp_path,
        "## Fitting\n\nA gromble-fitted ledger drifts after a week. Remedies for ledger drift:\n\n"
        "- Nightly resync – copies every row again.\n- Row checksums – find the rows that"
        " changed.\n",
    )
    assert {(s, o) for s, _, o in facts(x, "addresses")} == {
        ("Nightly resync", "Ledger drift"),
        ("Row checksums", "Ledger drift"),
    }


def test_paragraphs_written_name_dash_text_define_their_names_and_own_the_list_below(tmp_path):
    x = extract(
        tmp_path,
        "## Loaders\n\nGromble Store (GS) — keeps the rows of every load.\n\n"
        "- Delta mode (DM) — copies changed rows.\n- Snapshots — a copy of every table.\n\n"
        "FernKit — copies rows between hubs.\n\nMossLib Hub — reads the logs.\n\n"
        "Note that — unlike the hub — the loader is slow.\n",
    )
    definitions = facts(x, "definition")
    assert ("Gromble Store", "definition", "keeps the rows of every load.") in definitions
    assert ("FernKit", "definition", "copies rows between hubs.") in definitions
    part_of = facts(x, "partOf")
    assert ("Delta mode", "partOf", "Gromble Store") in part_of  # the glossary below it
    assert ("Snapshots", "partOf", "Gromble Store") in part_of  # one word, still a term
    assert "Note that" not in {e.label for e in x.entities.values()}  # a remark


def test_list_items_written_name_dash_text_across_a_document_define_their_names(tmp_path):
    x = extract(
        tmp_path,
        "## Scores\n\n- Hit rate = hits / rows.\n- Row lift – rows gained per load.\n"
        "- Key spread – how far keys drift.\n\n## Coding\n\n- Feature hashing – hashes keys "
        "into a fixed number of columns.\n- Mean fill = the column mean.\n",
    )
    definitions = {f[0] for f in facts(x, "definition")}
    # "Feature" does not make "Feature hashing" a role ("Key features") of the section
    assert {"Row lift", "Key spread", "Feature hashing"} <= definitions


def test_an_item_opening_with_an_ing_word_and_its_object_names_a_technique(tmp_path):
    x = extract(
        tmp_path,
        "## Skewed rows\n\n**Uneven loads**\n\n- Rebalancing the hot shards (copies rows).\n"
        "- Throttling the noisy writers – slows them down.\n- Sampling each shard evenly.\n"
        "- Move the limit, or split the table.\n",
    )
    part_of = facts(x, "partOf")
    assert {f[0] for f in part_of if f[2] == "Uneven loads"} == {
        "Rebalancing",
        "Throttling",
        "Sampling",
    }
    definitions = facts(x, "definition")
    assert ("Rebalancing", "definition", "Rebalancing the hot shards (copies rows).") in definitions


def test_a_short_name_in_parentheses_is_an_alias_not_a_property(tmp_path):
    from ingest.names import parse_name

    parsed = parse_name("Gromble Store (Store)")
    assert parsed.canonical == "Gromble Store" and parsed.aliases == ["Store"]
    assert not parsed.properties


def test_a_glossary_may_hold_a_few_heads_that_are_no_names(tmp_path):
    x = extract(
        tmp_path,
        "## Filling gaps\n\nThe ladder from worst to best:\n\n1. Drop rows — only when few are "
        "missing.\n2. Mean replacement — quick.\n3. Most frequent value (mode) — for "
        "categories.\n4. Chained imputation (CI) — models each column from the others.\n",
    )
    part_of = facts(x, "partOf")
    assert ("Mean replacement", "partOf", "Filling gaps") in part_of
    assert ("Chained imputation", "partOf", "Filling gaps") in part_of


def test_a_plural_lead_in_item_under_a_thing_names_the_kind_of_its_parts(tmp_path):
    x = extract(
        tmp_path,
        "## Hubs\n\nGromble Hub (GH) — a cluster of loaders.\n\nFernKit — copies rows.\n\n"
        "MossLib Hub — reads logs.\n\n1. Node roles:\n   1. Primary node — coordinates.\n"
        "   2. Core nodes — store rows.\n2. User based:\n   - IAM policies\n",
    )
    part_of = facts(x, "partOf")
    assert ("Core nodes", "partOf", "MossLib Hub") in part_of
    assert ("Core nodes", "kind", "MossLib Hub node role") in facts(x, "kind")
    assert not any(f[0] == "User based" for f in part_of)  # not a plural noun phrase


def test_those_things_are_done_for_names_is_no_list_of_a_kind(tmp_path):
    x = extract(
        tmp_path,
        "## Lake\n\nGromble Lake adds fine-grained permissions. Those permissions are "
        "enforced for FernKit, MossLib and Zorbex.\n",
    )
    assert not any("those" in str(f[2]).lower() for f in facts(x, "kind"))
    assert "Enforced for FernKit" not in {e.label for e in x.entities.values()}


def test_a_plural_term_whose_text_is_names_lists_its_members(tmp_path):
    x = extract(
        tmp_path,
        "## Checks\n\n- Load checks (rows only): Row Gap (RG), Key Drift (KD), Lp-spread (LS).\n"
        "- Gromble Store: keeps rows, copies them, and serves them.\n",
    )
    part_of = facts(x, "partOf")
    assert {f[0] for f in part_of if f[2] == "Load checks"} == {"Row Gap", "Key Drift", "Lp-spread"}


def test_one_versus_another_then_a_dash_says_its_text_of_both(tmp_path):
    x = extract(tmp_path, "## Loaders\n\nDelta vs Mirror – Delta copies changes; Mirror streams.\n")
    said = facts(x, "hasProperty")
    assert {f[0] for f in said} >= {"Delta", "Mirror"}


def test_a_heading_naming_a_class_makes_its_bold_terms_of_that_class(tmp_path):
    x = extract(
        tmp_path,
        "## Statistics\n\n### DISTRIBUTIONS\n\n**Gromble:** discrete; rows per hour.\n\n"
        "**FernKit:** continuous; a bell curve.\n",
    )
    types = {e.label: e.cls for e in x.entities.values()}
    assert types["Gromble"] == types["FernKit"] == "Distribution"
    assert ("Gromble", "partOf", "DISTRIBUTIONS") in facts(x, "partOf")


def test_two_word_terms_ending_in_a_role_word_are_things(tmp_path):
    x = extract(
        tmp_path,
        "## Choosing features\n\n- Filter methods – rank features by a score.\n"
        "- Wrapper methods – train models on subsets.\n- Embedded methods – L1, tree importance.\n",
    )
    part_of = facts(x, "partOf")
    assert {f[0] for f in part_of if f[2] == "Choosing features"} >= {
        "Filter methods",
        "Wrapper methods",
        "Embedded methods",
    }


def test_lines_that_each_open_with_a_name_and_a_colon_are_a_glossary(tmp_path):
    x = extract(
        tmp_path,
        "# Notes\n\n## Copying\n\nDelta copy: moves changed rows only.\nMirror copy: keeps a "
        "live replica.\nCold copy: snapshots once a night.\n\nNote: all three need a key.\n",
    )
    said = facts(x, "definition")
    assert {
        ("Delta copy", "definition", "moves changed rows only."),
        ("Cold copy", "definition", "snapshots once a night."),
    } <= said
    assert not any(s == "Note" for s, _, _ in facts(x))  # one line alone is a remark


def test_a_flashcard_asking_only_a_name_defines_it(tmp_path):
    x = extract(
        tmp_path,
        "# Deck\n\n## Serving\n\n**Q:** Widget chain?\n**A:** Two to five containers behind one "
        "endpoint.\n\n**Q:** Save money on long runs?\n**A:** Use spare capacity.\n",
    )
    said = facts(x, "definition")
    assert ("Widget chain", "definition", "Two to five containers behind one endpoint.") in said
    assert not any(s.startswith("Save money") for s, _, _ in facts(x))


def test_a_lead_in_after_a_term_takes_the_list_below_it(tmp_path):
    x = extract(
        tmp_path,
        "# Notes\n\n## Drift\n\nSlow drift: fix with retraining.\nFast drift: fix with alarms.\n\n"
        "Ways to cut drift:\n\n- zorble window\n- quibble reset\n",
    )
    assert not any(s == "Fast drift" and o == "zorble window" for s, _, o in facts(x))
    assert {"Zorble window", "Quibble reset"} <= {e.label for e in x.entities.values()}


def test_marks_in_parentheses_name_nothing(tmp_path):
    x = extract(
        tmp_path,
        "# Deck\n\nThe ones I get wrong are marked (!!).\n\n## Sync\n\n**Q:** (!!) Can "
        "Gromble replay rows?\n**A:** No. Gromble keeps nothing.\n\n**Q:** (!!) Disks for "
        "Gromble?\n**A:** No point: it keeps rows in memory.\n",
    )
    assert all(any(c.isalnum() for c in e.label) for e in x.entities.values())


def test_a_card_answering_which_things_with_a_list_names_each(tmp_path):
    x = extract(
        tmp_path,
        "# Deck\n\n## Hub\n\n**Q:** What sync modes does Widget Hub offer?\n**A:** Delta "
        "(default), mirror, cold and Zorbex. Delta copies changed rows only.\n\n"
        "**Q:** Which setting is required?\n**A:** `flush_rows`, `retry_limit` and `gap_ms`.\n",
    )
    kinds = facts(x, "kind")
    assert {("Delta", "kind", "sync mode"), ("Zorbex", "kind", "sync mode")} <= kinds
    assert {"mirror", "cold", "flush_rows", "gap_ms"} <= {e.label for e in x.entities.values()}


def test_plain_words_in_backticks_among_identifiers_are_identifiers(tmp_path):
    x = extract(
        tmp_path,
        "# Notes\n\n## Tuning\n\nLower `max_depth`, lower `eta`, raise `gamma` and "
        "`min_child_weight`; set `verbose` to `true`.\n\nType `yes` to go on.\n",
    )
    labels = {e.label for e in x.entities.values()}
    assert {"max_depth", "eta", "gamma", "min_child_weight", "verbose"} <= labels
    assert not {"true", "yes"} & labels


def test_cards_written_q_dot_a_dot_and_dashed_glossary_lines(tmp_path):
    x = extract(
        tmp_path,
        "# Deck\n\n## Serving\n\nQ. Widget chain?\nA. Two to five containers behind one "
        "endpoint.\n\nQ. Which mode does Gromble need for replay?\nA. Ledger mode. It keeps "
        "every row.\n\nFernKit - keeps raw rows for years\nMossLib - rereads huge datasets "
        "fast\n",
    )
    said = facts(x, "definition")
    assert ("Widget chain", "definition", "Two to five containers behind one endpoint.") in said
    assert ("FernKit", "definition", "keeps raw rows for years") in said
    assert ("MossLib", "definition", "rereads huge datasets fast") in said
    assert "Ledger mode" in {e.label for e in x.entities.values()}


def test_snake_case_words_and_their_listed_siblings_are_identifiers(tmp_path):
    x = extract(
        tmp_path,
        "# Notes\n\n## Tuning\n\nTo slow it down, lower max_depth and raise min_child_weight.\n"
        "Each side can be zorble, quibble or pooled_rows. Widgets and gadgets or gizmos.\n"
        "Mode is quill_tiny or zorbish. Fern rows are drawn and fern_mode picks the order.\n"
        "To slow it further, lower eta and gap_rows.\n",
    )
    labels = {e.label for e in x.entities.values()}
    assert {"eta", "gap_rows"} <= labels
    assert {"max_depth", "min_child_weight", "zorble", "quibble", "pooled_rows"} <= labels
    assert {"quill_tiny", "zorbish", "fern_mode"} <= labels
    assert not {"gadgets", "gizmos", "drawn"} & labels


def test_constants_in_running_text_are_names(tmp_path):
    x = extract(
        tmp_path,
        "# Notes\n\n## Streams\n\n- recipes → ZORB_PERSONAL, Quill-Ranking\n"
        "- Widget Hub scores rows with its ZORB_SCORE_WITH_WHY function.\n"
        "- NOTE: DEFAULT alone is a shouted word.\n",
    )
    labels = {e.label for e in x.entities.values()}
    assert {"ZORB_PERSONAL", "ZORB_SCORE_WITH_WHY"} <= labels
    assert "DEFAULT" not in labels


def test_a_label_of_a_kind_then_clauses_that_each_open_with_one(tmp_path):
    x = extract(
        tmp_path,
        "# Notes\n\n## Loading\n\nLoad modes: Copy mode copies every row first; Stream mode "
        "streams rows as they come; Lazy Stream mode opens rows as files.\n\n"
        "Warnings: the copy mode is slow; a stream mode needs care.\n",
    )
    labels = {e.label for e in x.entities.values()}
    assert {"Copy mode", "Stream mode", "Lazy Stream mode"} <= labels
    assert not {"the copy mode", "The copy mode", "A stream mode"} & labels


def test_settings_written_as_code_are_the_hyperparameters_of_their_algorithm(tmp_path):
    x = extract(
        tmp_path,
        "# Notes\n\n## Settings worth knowing\n\n- **XGBoost**: `num_round` (required), "
        "`zorble_rate`, and `mode` (`fast` or `slow`).\n- **Widget Hub**: keeps rows.\n",
    )
    said = {o for s, p, o in facts(x, "hasParameter") if s == "XGBoost"}
    assert said == {"num_round", "zorble_rate", "mode"}  # "fast", "slow": values, in parentheses
    assert {e.cls for e in x.entities.values() if e.label in said} == {"Hyperparameter"}
    x = extract(
        tmp_path,
        "# Deck\n\n## Forecasts\n\n**Q:** Key DeepAR knobs?\n**A:** `context_length` (how far "
        "back) and `zorble_rate`.\n",
    )
    said = {o for s, p, o in facts(x, "hasParameter") if s == "DeepAR"}
    assert said == {"context_length", "zorble_rate"}  # a card's question names whose they are


def test_a_heading_that_is_no_problem_s_name_types_nothing_over_a_table(tmp_path):
    x = extract(
        tmp_path,
        "# Notes\n\n## The big table\n\n| Algorithm | Use it for |\n|---|---|\n"
        "| XGBoost | tabular rows |\n| DeepAR | forecasts |\n\n## Regression\n\n"
        "| Algorithm | Notes |\n|---|---|\n| Linear Learner | fast |\n",
    )
    problems = {e.label for e in x.entities.values() if e.cls == "ProblemType"}
    assert "Regression" in problems and "The big table" not in problems


def test_a_list_of_names_sharing_their_last_noun_lists_that_kind(tmp_path):
    x = extract(
        tmp_path,
        "## Watching\n\n- **Zorbex Watch**: checks the endpoint on a schedule\n"
        "  - Row gap drift\n  - Key skew drift (needs labels)\n  - Lag drift\n",
    )
    kinds = facts(x, "kind")
    assert {s for s, _, o in kinds if o == "Zorbex Watch drift"} == {
        "Row gap drift",
        "Key skew drift",
        "Lag drift",
    }


def test_terse_notes_equals_arrows_slashes_and_crosses(tmp_path):
    x = extract(
        tmp_path,
        "# Notes\n\n## Tools\n\n- ZLT = Zorbex Log Tool\n  - keeps rows → ✗ CSV\n"
        "- Gromble Pipe → FernKit / MossLib / Quibble / HTTP sinks\n"
        "- modes: Delta (default) / mirror / cold\n"
        "- precision = TP / (TP + FP) → use when false alarms cost\n",
    )
    said = facts(x)
    zlt = next(e for e in x.entities.values() if e.label == "Zorbex Log Tool")
    assert "ZLT" in zlt.aliases
    assert ("Zorbex Log Tool", "hasProperty", "keeps rows: not CSV") in said
    parts = {s for s, p, o in said if p == "partOf" and o == "Gromble Pipe"}
    assert parts == {"FernKit", "MossLib", "Quibble", "HTTP sinks"}
    assert {s for s, p, o in said if p == "kind" and o == "mode"} >= {"Delta", "Mirror", "Cold"}
    assert ("Precision", "definition", "TP / (TP + FP) → use when false alarms cost") in said


def test_three_bold_names_with_one_head_in_a_row_are_things_of_that_kind(tmp_path):
    x = extract(
        tmp_path,
        "## Watching\n\n- **Gromble Watcher** – watches loaders and alerts on **row drift**, "
        "**key drift** and **lag drift**. Set a **baseline** first.\n",
    )
    f = facts(x)
    for name in ("Row drift", "Key drift", "Lag drift"):
        assert (name, "partOf", "Gromble Watcher") in f, name
        assert (name, "kind", "Gromble Watcher drift") in f, name


def test_a_bold_first_member_of_a_labelled_list_owns_none_of_it(tmp_path):
    x = extract(
        tmp_path,
        "# Notes\n\n- **Gromble Tuner**\n  - strategies: **Zorb** (default), Quill, Fern, Mossy\n"
        "  - runs jobs nightly\n",
    )
    said = facts(x, "partOf")
    assert {("Zorb", "partOf", "Gromble Tuner"), ("Quill", "partOf", "Gromble Tuner")} <= said
    assert not [f for f in said if f[2] == "Zorb"], said


def test_a_list_a_sentence_gives_belongs_to_the_thing_the_sentences_before_speak_of(tmp_path):
    x = extract(
        tmp_path,
        "# Notes\n\n## Loading\n\nFernKit copies rows. **GromPipe** is fully managed and "
        "buffers rows. There is nothing to tune. Sinks include Zorb Lake, Quill DB and Mossy. "
        "**WidgetHub** answers queries. It can pick a planner itself or use a specific one: "
        "Greedy-QR, Tessa, DP-9 or Plan X.\n",
    )
    said = facts(x, "partOf")
    # (sinks are where it delivers to, no parts of it)
    sent = facts(x, "deliversTo")
    assert {("GromPipe", "deliversTo", "Zorb Lake"), ("GromPipe", "deliversTo", "Mossy")} <= sent
    assert not {f for f in said if f[0] in ("Zorb Lake", "Mossy")}
    assert {("Greedy-QR", "partOf", "WidgetHub"), ("Plan X", "partOf", "WidgetHub")} <= said
    kinds = {(s, o) for s, p, o in facts(x, "kind")}
    assert ("Tessa", "WidgetHub Planner") in kinds, kinds


def test_what_code_comments_say_is_read_as_prose_at_their_lines(tmp_path):
    x = extract(
        tmp_path,
        "# Lab\n\n## Training\n\n```python\nimport gromble\n"
        "# FernKit: Zorble is the only loader it accepts\n"
        "# estimator.fit(inputs)\nest = gromble.Trainer(rows=10)  # fast\n```\n",
    )
    said = {(s, p, o) for s, p, o in facts(x) if s == "FernKit"}
    assert said, facts(x)
    units = [u for u in x.units.values() if u.text.startswith("FernKit: Zorble is the only")]
    assert [u.source.line_start for u in units] == [7], units
    assert not [u for u in x.units.values() if u.text.startswith("estimator.fit")]
    x = extract(
        tmp_path,
        "# Lab\n\n## Training\n\n```python\nest = gromble.Trainer(\n"
        "    rows=10,       # required: rows per batch\n"
        "    zorb_weight=3,  # raise for imbalanced rows\n    fast=True,  # yes\n)\n```\n",
    )
    labels = {e.label for e in x.entities.values()}
    assert {"rows", "zorb_weight", "fast"} <= labels, labels  # set after a remarked line
    said = {u.text for u in x.units.values() if not u.is_code}
    assert {"rows: required: rows per batch", "zorb_weight: raise for imbalanced rows"} <= said
    assert not [t for t in said if t.startswith("fast:")]  # one word says nothing


def test_what_a_kind_can_be_names_things_of_it(tmp_path):
    x = extract(
        tmp_path,
        "# Notes\n\n## Tuning\n\n- **GromTuner**: the tuner.\n\nGromTuner runs many jobs at once. "
        "The search method can "
        "be Zorb descent (the default), quill search, fern search or Mossy. The value can be "
        "high, low or medium.\n",
    )
    said = facts(x)
    assert ("Quill search", "partOf", "GromTuner") in said, said
    assert ("Mossy", "kind", "GromTuner search method") in said
    assert not [f for f in said if f[0] in ("High", "Low", "Medium")]


def test_the_text_of_a_string_in_code_is_no_setting():
    from ingest.code import code_names

    code = 'print("before:", n)\nhp = {"zeta": 0.2, \'gromble_depth\': 5}\nfit(quill_rounds=9)\n'
    assert [n for n, _ in code_names(code)] == ["zeta", "gromble_depth", "quill_rounds"]


def test_the_named_items_under_a_plural_label_are_of_its_kind_and_the_thing_above_has_them(
    tmp_path,
):
    x = extract(
        tmp_path,
        "## Tuning – Quibble Tuner (QT)\n\n- Set the ranges first.\n- Strategies:\n"
        "  - **Fern search** (default) – learns from earlier trials.\n"
        "  - **Moss search** – independent trials.\n- Next steps:\n  - read the logs\n",
    )
    kinds = facts(x, "kind")
    assert ("Fern search", "kind", "strategy") in kinds
    assert ("Moss search", "kind", "strategy") in kinds
    owned = {s for s, _, o in kinds if o.endswith("Quibble Tuner strategy")}
    assert owned == {"Fern search", "Moss search"}, kinds
    assert ("Moss search", "partOf", "Strategies") in facts(x, "partOf")


def test_a_plural_lead_term_in_sentence_case_lists_the_kind_of_the_thing_above(tmp_path):
    x = extract(
        tmp_path,
        "## Widgets\n\n- **Quill Hub** – stores rows.\n"
        "  - **Loader kinds**: Drip Loader (small rows), Gulp Loader (big rows) and Sip Loader.\n"
        "  - **Neural Nets**: stack layers of Tansy units.\n",
    )
    kinds = facts(x, "kind")
    owned = {s for s, _, o in kinds if o == "Quill Hub loader kind"}
    assert owned == {"Drip Loader", "Gulp Loader", "Sip Loader"}, kinds
    assert "Loader kinds" not in {e.label for e in x.entities.values()}
    assert "Neural Nets" in {e.label for e in x.entities.values()}  # Title Case: a name


def test_an_item_s_long_name_below_it_is_its_alias_and_a_properties_table_keeps_the_nesting(
    tmp_path,
):
    x = extract(
        tmp_path,
        "- ### Loaders\n\t- [[QGLoad]]\n\t  owner:: data team\n"
        "\t\t- Quill Gromble Loader = copies rows in small batches.\n"
        "\t\t- settings\n\t\t\t- **drip_rows** = rows per batch.\n",
    )
    named = [e for e in x.entities.values() if "Quill Gromble Loader" in {e.label, *e.aliases}]
    assert [e.label for e in named] == ["QGLoad"]  # the item's thing
    # the items below the properties table are still the thing's
    assert ("QGLoad", "hasProperty", "drip_rows: rows per batch.") in facts(x), facts(x)


def test_a_long_lead_in_that_names_its_kind_and_one_with_a_short_qualifier_list_that_kind(
    tmp_path,
):
    for lead in (
        "Three loader modes for getting Gromble rows into a Quill store:",
        "Three loader modes for staging:",
    ):
        x = extract(
            tmp_path,
            f"## Feeding\n\n{lead}\n\n1. **Drip mode** (default) — copies rows first.\n"
            "2. **Gulp mode** — streams rows.\n",
        )
        kinds = facts(x, "kind")
        assert ("Gulp mode", "kind", "loader mode") in kinds, (lead, kinds)


def test_a_colon_after_a_sentence_s_end_does_not_make_a_term_of_the_item(tmp_path):
    x = extract(
        tmp_path,
        "## Fixes\n\n- more training rows\n- Quill / Fern damping. Remember: Fern zeroes "
        "weights, Quill shrinks them\n- early stopping: stop when the loss stops falling\n",
    )
    assert not [e.label for e in x.entities.values() if "Remember" in e.label]


def test_an_item_setting_two_things_side_by_side_says_each_in_turn(tmp_path):
    x = extract(
        tmp_path,
        "## Loading\n\n- Drip mode vs Gulp mode: Drip mode copies every row before the job "
        "starts -> slow start. Gulp mode streams rows while the job runs -> fast start\n",
    )
    said = facts(x, "definition")
    assert any(s == "Drip mode" and "copies every row" in o for s, _, o in said), said
    assert any(s == "Gulp mode" and o.startswith("Gulp mode streams") for s, _, o in said), said
    assert not any(s == "Drip mode" and "streams" in o for s, _, o in said), said


def test_a_lead_in_naming_things_then_who_has_them_lists_those_things(tmp_path):
    x = extract(
        tmp_path,
        "## Tuning\n\nStrategies QT supports:\n\n- **Fern** — learns from earlier trials.\n"
        "- **Moss** — independent trials.\n",
    )
    kinds = {(s, o) for s, _, o in facts(x, "kind")}
    assert ("Fern", "strategy") in kinds and ("Moss", "strategy") in kinds, kinds
    assert not [o for _, o in kinds if "support" in o]


def test_sentences_under_a_plural_run_in_label_each_define_a_thing_of_its_kind(tmp_path):
    x = extract(
        tmp_path,
        "## Scores\n\n**Scores to know.** Fernness is kept / (kept + lost). Quillness (QN) "
        "measures lost / all. The rest is noise.\n\n**Tips.** It is slow. Drip first.\n",
    )
    said = facts(x)
    assert ("Fernness", "kind", "score") in said and ("Quillness", "kind", "score") in said, said
    assert ("Fernness", "definition", "kept / (kept + lost)") in said
    assert not [s for s, p, o in said if s in ("The rest", "It")]


def test_an_acronym_under_a_collection_heading_keeps_its_name_and_a_slashed_title_is_no_kind(
    tmp_path,
):
    x = extract(
        tmp_path,
        "## Loaders\n\n- **QGL** – copies rows.\n- **Drip** – one row at a time.\n\n"
        "## Unsupervised / anomalies\n\n- **Zorbex-Forest** – scores rows.\n",
    )
    labels = {e.label for e in x.entities.values()}
    assert "QGL" in labels and "Drip Loader" in labels, labels
    assert "Zorbex-Forest" in labels and not [x for x in labels if x.endswith(" anomaly")]


def test_sibling_items_named_by_one_noun_are_of_that_kind(tmp_path):
    x = extract(
        tmp_path,
        "## Feeding a Zorbex job\n\n- **Drip mode**: copies rows first.\n"
        "- **Gulp mode**: streams rows.\n- **Fast Gulp mode**: mounts the bucket.\n"
        "- **Quill format**: packs rows.\n",
    )
    kinds = {(s, o) for s, _, o in facts(x, "kind")}
    assert {("Drip mode", "mode"), ("Gulp mode", "mode"), ("Fast Gulp mode", "mode")} <= kinds
    assert not any(s == "Quill format" for s, _ in kinds)


def test_settings_listed_as_code_under_an_algorithm_are_its_hyperparameters(tmp_path):
    x = extract(
        tmp_path,
        "## Algorithms\n\n- **Zorbex**: boosted trees.\n    - knobs worth knowing:\n"
        "        - `flush_rows` (required) — rows per flush\n        - `gap_ms` — the pause\n",
    )
    params = {(s, o) for s, _, o in facts(x, "hasParameter")}
    zorbex = next(e.label for e in x.entities.values() if e.label.startswith("Zorbex"))
    assert {(zorbex, "flush_rows"), (zorbex, "gap_ms")} <= params


def test_a_list_under_what_a_relation_calls_its_objects_states_the_relation(tmp_path):
    x = extract(
        tmp_path,
        "# Streams\n\n- **Zorbex Hose**: loads rows somewhere.\n    - Targets I need to remember:\n"
        "        - Quill Store\n        - Fern Lake\n- **Gromble Stream**: keeps rows.\n",
    )
    assert {("Zorbex Hose", "Quill Store"), ("Zorbex Hose", "Fern Lake")} == {
        (s, o) for s, _, o in facts(x, "deliversTo")
    }


def test_destinations_listed_in_a_sentence_or_set_off_by_letters_are_delivered_to(tmp_path):
    x = extract(
        tmp_path,
        "# Streams\n\n- **Zorbex Hose**: loads rows.\n- **Gromble Stream**: keeps rows.\n"
        "- **Tallow Bucket**: a store. **Wisp Queue**: a queue. **Sparrow Lake**: a lake.\n\n"
        "Zorbex Hose destinations I've seen on questions: Quill Store, Fern Lake (it stages "
        "first), and Moss Table.\n\n"
        "Where Gromble Stream can deliver (the ones worth remembering): a. Tallow Bucket   "
        "b. Wisp Queue (it stages first)   c. Sparrow Lake\n",
    )
    delivered = {(s, o) for s, _, o in facts(x, "deliversTo")}
    assert {("Zorbex Hose", n) for n in ("Quill Store", "Fern Lake", "Moss Table")} <= delivered
    assert {
        ("Gromble Stream", n) for n in ("Tallow Bucket", "Wisp Queue", "Sparrow Lake")
    } <= delivered


def test_a_counted_list_of_lower_case_identifiers_in_a_sentence_names_them(tmp_path):
    x = extract(
        tmp_path,
        "# Algos\n\n- **Gromble**: embeds words. Gromble has three modes: zbow, skipzap, "
        "batch_skipzap. zbow runs on one node.\n",
    )
    parts = {s.lower() for s, _, o in facts(x, "partOf") if o.startswith("Gromble")}
    assert parts >= {"zbow", "skipzap", "batch_skipzap"}


def test_code_items_under_a_settings_label_are_the_settings_of_the_thing_above(tmp_path):
    x = extract(
        tmp_path,
        "# Algorithms\n\n- [[Zorbex]]\n    - Input:: CSV\n    - hyperparameters\n"
        "        - `flush_rows` - rows per flush\n        - `gap_ms` = the pause\n"
        "- [[Quill Hub]]\n    - Settings:\n        - Drip mode\n        - Gulp mode\n",
    )
    params = {(s, o) for s, _, o in facts(x, "hasParameter")}
    zorbex = next(e.label for e in x.entities.values() if e.label.startswith("Zorbex"))
    assert {(zorbex, "flush_rows"), (zorbex, "gap_ms")} <= params
    assert not any(o in ("Drip mode", "Gulp mode") for _, o in params)


def test_a_colon_list_of_bold_things_in_an_item_names_them_in_any_case(tmp_path):
    x = extract(
        tmp_path,
        "# Hosting\n\n- **Quill Hub**: serves rows.\n"
        "- Quill Hub rollouts - traffic shifting modes: **all at once**, **drip**, **steps**; "
        "rolls back on an alarm\n",
    )
    kinds = {s for s, _, o in facts(x, "kind") if o.lower().endswith("mode")}
    assert {"All at once", "Drip", "Steps"} <= kinds


def test_linked_names_after_what_a_relation_calls_its_objects_are_those_objects(tmp_path):
    x = extract(
        tmp_path,
        "- [[Zorbex Hose]]\n    - fully managed\n    - destinations to know: [[Quill Store]], "
        "[[Fern Lake]] (stages first), [[Moss Table]], custom HTTP endpoint\n",
    )
    delivered = {o for s, _, o in facts(x, "deliversTo") if s == "Zorbex Hose"}
    assert {"Quill Store", "Fern Lake", "Moss Table", "Custom HTTP endpoint"} <= delivered


def test_a_label_opening_with_a_short_name_lists_that_thing_s_destinations(tmp_path):
    x = extract(
        tmp_path,
        "# Streams\n\n## Zorbex family\n\n| Service | What |\n|---|---|\n"
        "| Zorbex Hose (ZH) | loads rows |\n| Zorbex Stream | keeps rows |\n\n"
        "- ZH destinations: Quill Store, Fern Lake (it stages first), and Moss Table.\n",
    )
    delivered = {o for s, _, o in facts(x, "deliversTo") if s == "Zorbex Hose"}
    assert {"Quill Store", "Fern Lake", "Moss Table"} <= delivered


def test_note_lines_name_a_term_once_and_a_bold_line_starts_a_new_topic(tmp_path):
    """A note app's lines: "ZB-IDF: what it is" alone defines ZB-IDF; "Quill Hub - 4 kinds:
    a, b, c, d" lists Quill Hub's four; a bold line over a list opens a topic of its own,
    and the list is not said of the term above it."""
    path = tmp_path / "notes.html"
    path.write_text(
        "<html><body>\n<div><b>Text prep</b></div>\n"
        "<div>lowercase, tokenize, drop stop words</div>\n"
        "<div>ZB-IDF: weighs a word by how rare it is across the rows</div>\n"
        "<div><br></div>\n<div>SageMaker Quill crews: Mirth Crowd (public), a private crew or "
        "a vendor crew. Auto labels use active learning.</div>\n"
        "<div><br></div>\n<div><b>Odd facts I keep forgetting</b></div>\n"
        "<ul><li>Gromble; Quanta = count of rows in a window</li>\n"
        "<li>time series = trend + season + noise</li></ul>\n"
        "<div><b>Watching</b></div>\n"
        "<div>Quill Hub - 4 kinds: row quality, model quality (needs labels), skew drift, "
        "feature drift. baseline job first</div>\n"
        "<div>Fern Monitor - watches rows</div>\n<div>Moss Tool - cleans rows</div>\n"
        "</body></html>\n"
    )
    from graph.vocabulary import class_names, listed_relations, relation_cues
    from ingest import extract_documents

    x = extract_documents(
        [path], cues=relation_cues(), class_names=class_names(), listed=listed_relations()
    )
    said = {(s, p) for s, p, _ in facts(x, "definition") | facts(x, "hasProperty")}
    assert ("ZB-IDF", "definition") in said
    assert not any(s == "ZB-IDF" and p == "hasProperty" for s, p in said)
    # "... crews: A, B or C" labels a list, it defines no thing
    assert not any(s.endswith("Quill crews") for s, _, _ in facts(x, "definition"))
    parts = {s.lower() for s, _, o in facts(x, "partOf") if o == "Quill Hub"}
    assert {"row quality", "model quality", "skew drift", "feature drift"} <= parts
    assert not any(o.lower() == "kind" for _, _, o in facts(x, "kind"))  # "4 kinds" says none


def test_it_in_a_text_that_opens_with_no_name_is_the_section_s_thing(tmp_path):
    x = extract(
        tmp_path,
        "## Quill Store\n\nKeeps rows.\n\n## Fern Lake\n\nA lake of rows.\n\n## Zorbex Hose\n\n"
        "ZH. Fully managed, scales by itself.\nWhere it delivers: Quill Store, Fern Lake "
        "(stages first), or a generic web hook.\n",
    )
    delivered = {o for s, _, o in facts(x, "deliversTo") if s == "Zorbex Hose"}
    assert {"Quill Store", "Fern Lake"} <= delivered


def test_a_counted_list_names_its_members_after_an_article_in_any_case(tmp_path):
    x = extract(
        tmp_path,
        "## Quill Hub\n\nQuill Hub labels rows. Who does the labeling, three choices: Mirth "
        "Crowd (public), a private crew (your own staff), or a vendor crew (via a market).\n",
    )
    parts = {s.lower() for s, _, o in facts(x, "partOf") if o == "Quill Hub"}
    assert {"mirth crowd", "private crew", "vendor crew"} <= parts


def test_plural_noun_with_a_few_words_before_are_lists_its_things(tmp_path):
    x = extract(
        tmp_path,
        "## Quill Pair\n\nQuill Pair embeds pairs of rows. Encoders available for each side are "
        "pooled sums, a hierarchical CNN, and a bidirectional LSTM. Typical uses: matching.\n",
    )
    kinds = {(s, o) for s, _, o in facts(x, "kind")}
    assert {
        ("Hierarchical CNN", "Quill Pair encoder"),
        ("Bidirectional LSTM", "Quill Pair encoder"),
    } <= kinds


def test_a_labelled_list_ends_at_its_sentence_s_end(tmp_path):
    x = extract(
        tmp_path,
        "- [[Gromble Cast]]\n    - time series service\n"
        "    - planners: QR-Net, Deep+, Seer, ARMA. or let the console pick\n",
    )
    kinds = {s for s, _, o in facts(x, "kind") if o == "Gromble Cast planner"}
    assert kinds == {"QR-Net", "Deep+", "Seer", "ARMA"}


def test_a_bare_plural_label_in_a_mind_map_names_the_kind_of_the_names_nested_under_it(
    tmp_path,
):
    x = extract(
        tmp_path,
        "# Map\n\n- Streams\n  - Zorbex Hose\n    - near real time\n    - Sinks\n"
        "      - Quill Store\n      - Fern Lake (via staging)\n  - Gromble Stream\n"
        "    - Node types\n      - leader — plans\n      - worker — runs the steps\n",
    )
    assert {("Zorbex Hose", "Quill Store"), ("Zorbex Hose", "Fern Lake")} == {
        (s, o) for s, _, o in facts(x, "deliversTo")
    }
    kinds = {(s, o) for s, _, o in facts(x, "kind")}
    assert {("Leader", "Gromble Stream node type"), ("Worker", "Gromble Stream node type")} <= kinds
    # the labels are no things of their own, nor are the sinks parts of the Hose
    assert not {"Sinks", "Node types"} & {e.label for e in x.entities.values()}
    assert not any(o == "Zorbex Hose" for s, _, o in facts(x, "partOf") if s != "Near real time")
    # an everyday word under such a label is a member too, named with its kind
    x = extract(tmp_path, "# Map\n\n- Zorbex Tuner\n  - Search modes\n    - Random\n    - Quill\n")
    assert ("Random mode", "kind", "search mode") in facts(x, "kind")


def test_a_list_of_heads_with_what_each_is_keeps_its_names_around_one_that_is_none(tmp_path):
    x = extract(
        tmp_path,
        "## Cleaning rows\n\nFrom worst to best:\n\n1. Skip the rows – loses data\n"
        "2. Mean filling – quick\n3. Quill sweep – uses near rows\n"
        "4. Deep fern sweep – slow\n5. Zorbex – the best\n",
    )
    parts = {s for s, _, o in facts(x, "partOf") if o == "Cleaning rows"}
    assert {"Mean filling", "Quill sweep", "Deep fern sweep"} <= parts
    # one name of four words alone among names
    x = extract(
        tmp_path,
        "## Filling gaps\n\n1. skip rows — loses data\n2. mean filling — quick\n"
        "3. **Quill sweep** — near rows\n4. deep fern / quill blend\n"
        "5. **Zorbex** — the best\n",
    )
    parts = {s for s, _, o in facts(x, "partOf") if o == "Filling gaps"}
    assert {"Mean filling", "Deep fern / quill blend"} <= parts


def test_what_is_said_of_a_thing_may_list_things_of_a_kind_it_has(tmp_path):
    x = extract(
        tmp_path,
        "## Loaders\n\n- **Quill**\n  - Zorbex (rows in order) — modes: `drip`, `burst`, "
        "`batch_drip` (batch_drip is the one that scales out)\n"
        "  - Fern sweep (rows at random) — one line per row\n",
    )
    kinds = facts(x, "kind")
    assert {("drip", "kind", "Zorbex mode"), ("batch_drip", "kind", "Zorbex mode")} <= kinds
    assert ("burst", "partOf", "Zorbex") in facts(x, "partOf")


def test_each_arrow_after_a_sentence_end_leads_a_term_of_its_own(tmp_path):
    x = extract(
        tmp_path,
        "## Row care\n\n- checks: Quill → drops empty rows, fast. Fern → fills gaps from "
        "neighbours. Zorbex pass → both\n",
    )
    defined = {(s, o) for s, _, o in facts(x, "definition")}
    assert ("Fern", "fills gaps from neighbours.") in defined
    assert ("Quill", "drops empty rows, fast.") in defined


def test_a_remark_that_compares_in_brackets_leaves_the_name_whole(tmp_path):
    x = extract(
        tmp_path,
        "# Ops\n\n**Quill Watch** — three watch kinds:\n\n1. row quality (drift in row stats vs "
        "baseline)\n2. key quality\n3. fern drift\n",
    )
    assert ("Row quality", "partOf", "Quill Watch") in facts(x, "partOf")


def test_names_written_as_code_after_a_term_are_its_parts_as_spelt(tmp_path):
    x = extract(
        tmp_path,
        "## Loaders\n\n- `mode`:\n  - Zorbex: `drip`, `burst`, `batch_drip`\n"
        "  - row sorting: `whole`\n- `batch_drip` is the one that scales across nodes; "
        "`drip`/`burst` run on a single node (CPU or GPU)\n",
    )
    labels = {e.label for e in x.entities.values()}
    assert {("drip", "partOf", "Zorbex"), ("batch_drip", "partOf", "Zorbex")} <= facts(x, "partOf")
    assert "Drip" not in labels
    assert [e.label for e in x.entities.values()].count("drip") == 1  # one node, however read


def test_a_listed_name_leaves_its_determiner_and_what_is_added_after_a_plus(tmp_path):
    x = extract(
        tmp_path,
        "## Streams\n\n- **Zorbex Hose**: loads rows.\n"
        "  - destinations: Quill Store, Fern Lake, any HTTP endpoint + some partners\n",
    )
    assert ("Zorbex Hose", "deliversTo", "HTTP endpoint") in facts(x, "deliversTo")


def test_a_labelled_heading_with_a_remark_is_about_the_known_name(tmp_path):
    x = extract(
        tmp_path,
        # a catalogue service, named first in the heading
        "# Notes\n\n## Deep dive: DataBrew (cleaning)\n\nThree recipe options:\n\n"
        "- **Quill Recipe** - trims rows\n- **Fern Recipe** - fills gaps\n",
    )
    f = facts(x)
    assert ("Quill Recipe", "partOf", "AWS Glue DataBrew") in f
    assert not any(e.label.startswith("Deep dive") for e in x.entities.values())


def test_a_lead_in_that_opens_with_a_known_name_lists_that_things_members(tmp_path):
    x = extract(
        tmp_path,
        "# Notes\n\n## Tools\n\n- **Zorbex Hose** - loads rows\n\n## Streaming\n\n"
        "Zorbex Hose destinations (asked twice, learn them):\n\n"
        "- Quill Store\n- Fern Lake – rows staged first\n- Moss Bucket\n",
    )
    f = facts(x)
    assert ("Zorbex Hose", "deliversTo", "Fern Lake") in f
    assert ("Moss Bucket", "kind", "Zorbex Hose destination") in f


def test_a_limit_written_with_a_comparison_is_no_name(tmp_path):
    x = extract(
        tmp_path,
        "# Notes\n\n## Deployment & ops\n\n- Serving lanes\n  - Fern Lane\n"
        "    - persistent, low latency\n    - payload ≤ 6 MB, 60 s timeout\n"
        "  - Quill Queue\n    - queued, payload up to 1 GB\n    - payload > 1 GB, 60 s timeout\n",
    )
    assert not any("≤" in e.label or ">" in e.label for e in x.entities.values())


def test_a_paragraph_of_dotted_items_after_a_lead_in_is_its_list(tmp_path):
    x = extract(
        tmp_path,
        "# Notes\n\n## Streams\n\n- **Zorbex Hose**: loads rows\n\n"
        "Zorbex Hose targets the exam cares about (they ask which is not one):\n\n"
        "Quill Store · Fern Lake (staged first) · Moss Bucket · generic Tessaract hooks. "
        "Not Pebble DB.\n",
    )
    f = facts(x)
    assert {
        ("Zorbex Hose", "deliversTo", "Quill Store"),
        ("Zorbex Hose", "deliversTo", "Fern Lake"),
        ("Zorbex Hose", "deliversTo", "Moss Bucket"),
    } <= f
    assert not any(o == "Pebble DB" for s, p, o in f if p == "deliversTo")


def test_a_ticked_topic_over_terms_set_equal_to_what_they_are_keeps_its_terms(tmp_path):
    x = extract(
        tmp_path,
        "# Prep\n\n- [x] row shaping\n  - zorbing = min-max → squashes into [0, 1]\n"
        "  - quilling = z-score → mean 0, std 1\n  - needed for distance-based stuff; trees "
        "don't care\n- [ ] review the shard limits\n",
    )
    labels = {e.label for e in x.entities.values()}
    assert {"Zorbing", "Quilling"} <= labels
    assert ("Zorbing", "definition", "min-max → squashes into [0, 1]") in facts(x)
    assert not any("shard limits" in label.lower() for label in labels)  # a plan, dropped


def test_lower_case_bold_terms_inside_notes_are_things_and_emphasis_is_not(tmp_path):
    x = extract(
        tmp_path,
        "# Gromble\n\nEach row has a **key**, a **stamp** and a **row shape**:\n\n"
        "## Row shapes\n\n- wide or narrow\n\n## Safety\n\n"
        "- **row fencing** on the loader = no outbound calls at all, not even to Quill\n"
        "- keys in transit: TLS; **inter-node row sealing** for big jobs (**much slower**)\n"
        "- Zorbex Voice: SSML (pauses), **zorblexicons** (how to say acronyms), speech marks\n"
        "- the old loader is **deprecated**; use **batch for nightly jobs**\n"
        "- **performs key folding** on every row\n",
    )
    labels = {e.label for e in x.entities.values()}
    assert {"Row fencing", "Inter-node row sealing", "Zorblexicons"} <= labels
    assert (
        not {"Much slower", "Deprecated", "Batch for nightly jobs", "Performs key folding"} & labels
    )
    assert "Row shape" not in labels  # a heading's topic, mentioned in passing


def test_a_bold_doers_noun_or_a_rare_noun_of_a_verb_is_a_term_and_a_comparative_is_not(tmp_path):
    """ "A **crawler** scans ...", "**standardization** (z-score) centres ...": things; a
    comparative in "-er" ("**cheaper**") or a common word ("**deployment**") is emphasis."""
    x = extract(
        tmp_path,
        "# Gromble\n\nGromble is a row store. A **crawler** scans the lake and writes tables.\n"
        "Scaling is **cheaper** here, and **deployment** is quick.\n\n"
        "- **Rescaling** (min-max) squeezes rows; **standardization** (z-score) centres them\n",
    )
    labels = {e.label for e in x.entities.values()}
    assert {"Crawler", "Standardization"} <= labels
    assert not {"Cheaper", "Deployment"} & labels


def test_a_bold_term_after_a_semicolon_in_an_item_leads_a_definition_of_its_own(tmp_path):
    x = extract(
        tmp_path,
        "# Scaling\n\n- **Rescaling** (min-max) squeezes rows into 0–1; **centring** "
        "(z-score) moves them to mean 0; both keep order\n",
    )
    said = facts(x, "definition")
    assert ("Rescaling", "definition", "squeezes rows into 0–1") in said
    assert ("Centring", "definition", "moves them to mean 0") in said
    assert ("Centring", "note", "z-score") in facts(x, "note")
    assert ("Centring", "hasProperty", "Centring (z-score) moves them to mean 0") in facts(x)


def test_identifiers_opening_items_under_a_known_thing_are_its_settings(tmp_path):
    x = extract(
        tmp_path,
        "# Loaders — cheat table\n\n| algo | use |\n|---|---|\n| Zorbex | loads rows |\n\n"
        "- [x] **Zorbex** (row loader)\n  - `row_limit` required (plus `row_floor` for bursts)\n"
        "  - **`skew_weight`** → unbalanced keys\n  - usable alone or in a pipeline\n",
    )
    parts = {s for s, _, o in facts(x, "partOf") if o == "Zorbex"}
    assert {"row_limit", "skew_weight"} <= parts
    assert ("skew_weight", "definition", "unbalanced keys") in facts(x)
    assert not any(e.label.lower().startswith("row_limit ") for e in x.entities.values())


def test_a_bold_name_defined_inside_a_things_text_is_its_part(tmp_path):
    x = extract(
        tmp_path,
        "# Tools\n\n- **Quill ETL**: serverless jobs. Its transform **FindAll** = dedupe rows "
        "even when keys differ, e.g. typos.\n- **Zorb Batch** = jobs in containers. "
        "**Fern Steps** = orchestration.\n",
    )
    f = facts(x)
    assert ("FindAll", "partOf", "Quill ETL") in f
    assert ("FindAll", "definition", "dedupe rows even when keys differ, e.g. typos") in f
    assert ("Fern Steps", "definition", "orchestration") in f
    assert ("Fern Steps", "partOf", "Zorb Batch") not in f  # a peer, defined alike


def test_bold_names_after_a_label_with_remarks_between_are_all_listed(tmp_path):
    x = extract(
        tmp_path,
        "# Tuning\n\n### Zorbex Tuner (ZT):\n\n"
        "- strategies: **Gromble** (default), **Quillsearch**, **Fernband**\n- warm start\n",
    )
    assert {s for s, _, o in facts(x, "kind") if o == "strategy"} == {
        "Gromble",
        "Quillsearch",
        "Fernband",
    }


def test_a_long_lead_in_over_a_table_of_options_names_what_its_rows_are(tmp_path):
    x = extract(
        tmp_path,
        "# Serving\n\nThree ways to get rows out (straight from my cards):\n\n"
        "| option | when |\n|---|---|\n| Drip endpoint | steady traffic |\n"
        "| Gulp batch | nightly runs |\n| Sip queue | big payloads |\n",
    )
    assert {s for s, _, o in facts(x, "kind") if o == "way to get rows out"} == {
        "Drip endpoint",
        "Gulp batch",
        "Sip queue",
    }


def test_terms_set_equal_to_latex_math_are_defined(tmp_path):
    x = extract(
        tmp_path,
        "# Scores\n\n- gromble rate (GR) $= \\dfrac{TP}{TP+FN}$ → how many I caught\n"
        "- quill rate $= \\dfrac{TN}{TN+FP}$\n- fern score = 2PR / (P + R)\n",
    )
    assert {s.lower() for s, _, o in facts(x, "kind") if o == "Score"} == {
        "gromble rate",
        "quill rate",
        "fern score",
    }


def test_a_heading_names_the_kind_of_the_list_under_it_past_a_table_and_a_remark(tmp_path):
    x = extract(
        tmp_path,
        "# Notes\n\n## 1. Gromble scores (the ones I mix up)\n\n| | yes | no |\n|---|---|---|\n"
        "| hit | a | b |\n\n- quill rate $= a / (a + b)$\n- fern rate = b / (a + b)\n",
    )
    assert {s.lower() for s, _, o in facts(x, "kind") if o == "Gromble score"} == {
        "quill rate",
        "fern rate",
    }


def test_a_lead_that_counts_its_list_after_a_dash_lists_it(tmp_path):
    x = extract(tmp_path, "# Notes\n\nGromble modes — 4 of them: Drip, Sip, Gulp, Pour\n")
    assert {s for s, _, o in facts(x, "kind") if o == "Gromble mode"} == {
        "Drip",
        "Sip",
        "Gulp",
        "Pour",
    }


def test_a_paragraph_opening_with_a_bold_name_and_a_verb_defines_the_name(tmp_path):
    x = extract(
        tmp_path,
        "# Rows\n\n**Quill Pipe** moves rows fast between stores.\n\n**ZQL** scores each "
        "row.\n\n**Managed** delivery of records, retried for a day.\n\n**Really** fast.\n",
    )
    said = {s: o for s, _, o in facts(x, "definition")}
    assert said["Quill Pipe"] == "Quill Pipe moves rows fast between stores."
    assert said["ZQL"] == "ZQL scores each row."
    assert not {e.label for e in x.entities.values()} & {"Managed", "Really"}


def test_a_bold_plural_title_right_over_a_table_names_its_rows_not_the_list_after_it(tmp_path):
    x = extract(
        tmp_path,
        "# Notes\n\n## Loading\n\n**Load modes**\n| mode | how |\n|---|---|\n"
        "| Gulp | copies every row first |\n| Sip | streams the rows |\n\nAlso queues.\n\n"
        "- **Zorbex Spot** — cheaper runs\n- **Zorbex Lens** — saves tensors\n",
    )
    assert {s for s, _, o in facts(x, "kind") if o.lower() == "load mode"} == {"Gulp", "Sip"}
    assert not {s for s, _, o in facts(x, "partOf") if o == "Load modes"}


def test_a_list_after_a_term_that_is_no_name_is_read_of_the_thing_it_names(tmp_path):
    x = extract(
        tmp_path,
        "# Tools\n\n| Tool | Use |\n|---|---|\n| Zorbex Watch | watches rows |\n\n## Decks\n\n"
        "Zorbex Watch — 3 kinds of checks :: row gap, key skew, late rows. needs a baseline\n",
    )
    assert {s for s, _, o in facts(x, "partOf") if o == "Zorbex Watch"} >= {
        "Row gap",
        "Key skew",
        "Late rows",
    }


def test_a_longer_lead_in_of_ways_titles_the_list_under_it(tmp_path):
    from ingest import parse_markdown
    from ingest.blocks import ListItem
    from ingest.outline import lead_ins_as_sections

    blocks = parse_markdown(
        "# Skew\n\nWays to deal with badly skewed training rows:\n\n- zorbing the small class\n"
        "- weighting the keys\n",
        "skew.md",
    )
    lead_ins_as_sections(blocks)
    items = [b for b in blocks if isinstance(b, ListItem)]
    assert {b.source.section[-1] for b in items} == {"Ways to deal with badly skewed training rows"}


def test_a_glossary_item_whose_text_lists_what_it_does_is_one_term(tmp_path):
    x = extract(
        tmp_path,
        "# Zorbex\n\n**Zorbex Lens**: reads scanned pages.\n\nZorbex Lens calls:\n\n"
        "- ReadPage — plain text, lines and words\n- ReadForm — fields, tables, boxes, marks\n"
        "- ReadBill — totals and vendors\n",
    )
    said = {s: o for s, _, o in facts(x, "definition")}
    assert said["ReadForm"] == "fields, tables, boxes, marks"
    assert {s for s, _, o in facts(x, "partOf") if o == "Zorbex Lens"} >= {
        "ReadPage",
        "ReadForm",
        "ReadBill",
    }
    assert "ReadForm — fields" not in {e.label for e in x.entities.values()}


def test_bare_setting_names_under_a_settings_lead_in_are_hyperparameters(tmp_path):
    x = extract(
        tmp_path,
        "# Notes\n\n**Gromble**: forecasts rows.\n\nGromble required hyperparameters:\n\n"
        "- window_rows\n- horizon\n- epochs\n",
    )
    assert {o for s, _, o in facts(x, "hasParameter") if s == "Gromble"} == {
        "window_rows",
        "horizon",
        "epochs",
    }


def test_a_card_asking_a_task_of_a_thing_makes_its_answer_a_part_of_it(tmp_path):
    x = extract(
        tmp_path,
        "# Deck\n\n**Gromble**: a loader.\n\n"
        "Gromble: keep rows for a day?::Tallow Store (cheap, one copy)\n\n"
        "Gromble: resend failed rows?::a retry queue + the ReplayRows call\n",
    )
    parts = {s for s, _, o in facts(x, "partOf") if o == "Gromble"}
    assert parts >= {"Tallow Store", "ReplayRows call"}
    # two cards in a row are no glossary of "Gromble: ..." definitions
    assert not {o for s, _, o in facts(x, "definition") if s == "Gromble"} - {"a loader."}


def test_a_glossary_item_naming_two_things_defines_each(tmp_path):
    x = extract(
        tmp_path,
        "# Zorbex\n\n- Loaders:\n  - Quill – streams rows, retries twice\n"
        "  - Fern – copies changed rows\n  - ZQL and ETS – classical, one table each\n",
    )
    said = {s: o for s, _, o in facts(x, "definition")}
    assert said["ZQL"] == said["ETS"] == "classical, one table each"
    assert not {e.label for e in x.entities.values()} & {"ZQL and ETS", "ETS – classical"}


def test_an_item_leading_in_a_plural_lists_its_children_as_that_kind(tmp_path):
    x = extract(
        tmp_path,
        "# Deploy\n\n### Loader rollouts\n\n- Row shifting modes:\n"
        "  - **all at once** → every row to the new store\n"
        "  - **trickle** → a few rows first, then the rest\n",
    )
    assert {s for s, _, o in facts(x, "kind") if o == "row shifting mode"} == {
        "All at once",
        "Trickle",
    }


def test_a_plural_label_over_lower_case_names_lists_the_section_things_members(tmp_path):
    x = extract(
        tmp_path,
        "# Ops\n\n## Gromble Watch\n\n**Gromble Watch**: watches loads.\n\n"
        "**Check kinds:** row gap, key skew, late rows\n\n"
        "**Vanishing rows** → more shards, smaller batches\n",
    )
    members = {s for s, _, o in facts(x, "kind") if o == "Gromble Watch check kind"}
    assert members == {"Row gap", "Key skew", "Late rows"}
    assert "Check kinds" not in {e.label for e in x.entities.values()}


def test_a_situation_led_by_an_arrow_to_a_thing_under_the_authors_heading(tmp_path):
    x = extract(
        tmp_path,
        "# Notes\n\n## Loading\n\n- **Gromble Loader**: copies rows.\n\n"
        "## Traps I fell for\n\n- Loads too slow on big tables → Gromble Loader in bulk mode\n"
        "- Two stores with no shared key → Fern Match\n- Quill bill too high → compress rows\n",
    )
    used = {(s, o) for s, _, o in facts(x, "usedFor")}
    assert ("Gromble Loader", "Loads too slow on big tables") in used
    assert ("Fern Match", "Two stores with no shared key") in used
    labels = {e.label for e in x.entities.values()}
    assert not labels & {"Traps I fell for", "Quill bill too high", "Loads too slow on big tables"}


def test_a_card_asking_for_a_named_things_plural_lists_its_members(tmp_path):
    x = extract(
        tmp_path,
        "# Deck\n\n## Vision\n\nQuill Scene layout choices?::FCN, PSP (Pyramid Scene Parsing), "
        "DeepLabV3 — all need GPUs\n\nZorbex Hub tuning strategies?::Bayesian (default), Random, Grid\n",
    )
    assert {s for s, _, o in facts(x, "partOf") if o == "Quill Scene"} == {
        "FCN",
        "Pyramid Scene Parsing",
        "DeepLabV3",
    }
    assert {s for s, _, o in facts(x, "kind") if o == "Zorbex Hub tuning strategy"} == {
        "Bayesian",
        "Random",
        "Grid",
    }


def test_a_setting_named_in_a_table_cell_keeps_its_spelling(tmp_path):
    x = extract(
        tmp_path,
        "# Notes\n\n| Algorithm | Settings |\n|---|---|\n| Gromble | window_rows, eta, horizon_len |\n",
    )
    labels = {e.label for e in x.entities.values()}
    assert not {"Window_rows", "Horizon_len"} & labels


def test_a_known_name_under_a_plural_heading_is_not_renamed_after_the_kind(tmp_path):
    x = extract(
        tmp_path,
        "# Notes\n\nAmazon Athena queries S3.\n\n## Loaders & friends\n\n"
        "- **Athena** – serverless SQL on rows\n- **Quill** – copies rows\n",
    )
    labels = {e.label for e in x.entities.values()}
    assert "Athena friend" not in labels
    assert ("Amazon Athena", "definition", "serverless SQL on rows") in facts(x)


def test_a_lead_in_items_last_clause_names_what_its_children_are(tmp_path):
    x = extract(
        tmp_path,
        "# Notes\n\n## Gromble Watch\n\n- Records rows while loading; built-in checks I remember:\n"
        "  - RowGap\n  - KeySkew\n  - LateRows\n",
    )
    kinds = {s for s, _, o in facts(x, "kind") if o == "Gromble Watch built-in check"}
    assert kinds == {"RowGap", "KeySkew", "LateRows"}
    assert "Records" not in {e.label for e in x.entities.values()}


def test_a_label_in_the_authors_voice_is_no_thing(tmp_path):
    x = extract(
        tmp_path,
        "# Team notes\n\n## Networking\n\n**VPC endpoints:** a gateway endpoint for Amazon S3.\n\n"
        "**Our incident (Nov 2023):** a training job sat at Downloading until it timed out; "
        "the fix was an S3 gateway endpoint.\n\n**My take:** keep jobs in private subnets.\n",
    )
    labels = {e.label for e in x.entities.values()}
    assert not {"Our incident", "My take"} & labels, labels
    assert "VPC endpoints" in labels


def test_a_lead_in_with_a_remark_lists_things_of_its_kind(tmp_path):
    got = facts(extract(tmp_path, TYPED_NOTES), "kind")
    assert {("Fern Sorter", "kind", "sorter kind"), ("Tansy Sorter", "kind", "sorter kind")} <= got


def test_a_heading_that_labels_a_known_name_is_about_it(tmp_path):
    x = extract(
        tmp_path,
        "# Notes\n\n| algorithm | problem |\n|---|---|\n| Gromble | forecasting |\n\n"
        "## Time series — Gromble\n\n- RNN-based, probabilistic forecasts\n"
        "- required: window_length, horizon_length, time_freq\n",
    )
    got = facts(x, "hasParameter")
    assert {("Gromble", "hasParameter", n) for n in ("window_length", "horizon_length")} <= got
    assert not any(s == "Time series — Gromble" for s, _, _ in facts(x))


PRACTICE = """# Practice review

## Q1. Rows arrive in bursts

Rows come in short bursts and nothing at night.

A) Quill Loader on a fixed box B) Fern Streamer C) Tansy Batch

## Answer: B (I picked A)

Why: Fern Streamer scales to zero between bursts.

## Takeaways

- bursts: pay per request
"""


def test_a_chosen_letter_titles_its_option_under_the_question():
    blocks = parse_markdown(PRACTICE, "practice.md")
    chosen_options(blocks)
    headings = [(b.title, b.level) for b in blocks if isinstance(b, Heading)]
    assert headings == [
        ("Practice review", 1),
        ("Q1. Rows arrive in bursts", 2),
        ("Fern Streamer", 3),
        ("Takeaways", 2),
    ]
    why = next(b for b in blocks if "Fern Streamer scales" in getattr(b, "text", ""))
    assert why.source.section[-2:] == ("Q1. Rows arrive in bursts", "Fern Streamer")


def test_a_chosen_letter_is_no_thing(tmp_path):
    got = facts(extract(tmp_path, PRACTICE))
    assert not any(s.startswith("Answer") for s, _, _ in got)
    assert any(s == "Fern Streamer" for s, _, _ in got)


def test_a_table_under_a_things_heading_lists_its_things_of_the_kind(tmp_path):
    x = extract(
        tmp_path,
        "# Notes\n\n## Gromble Monitor\n\n- **Alerts** → mail the team.\n\n"
        "| Check type | Detects |\n|---|---|\n| Row drift | rows change shape |\n"
        "| Key skew | keys cluster |\n\n## Team\n\n| Who | Owns |\n|---|---|\n"
        "| Dana | alerts |\n| Aisha | checks |\n",
    )
    kinds = facts(x, "kind")
    assert ("Row drift", "kind", "Gromble Monitor check type") in kinds
    assert ("Key skew", "kind", "Gromble Monitor check type") in kinds
    assert not any(k.endswith(" who") for _, _, k in kinds)


def test_a_short_label_over_known_names_groups_them(tmp_path):
    x = extract(
        tmp_path,
        "# Notes\n\n## Methods\n\n- **Quill Loader**: copies rows.\n- **Fern Loader**: streams.\n"
        "- **Tansy Loader**: batches.\n\n## Quick rules\n\n"
        "- **GPU-only to train:** Quill Loader, Fern Loader.\n- **CPU-only:** Tansy Loader.\n",
    )
    got = facts(x, "partOf")
    assert ("Quill Loader", "partOf", "GPU-only to train") in got
    assert ("Fern Loader", "partOf", "GPU-only to train") in got


def test_a_run_of_headings_each_over_one_short_paragraph_is_a_glossary(tmp_path):
    # a printed definition list: its terms set as headings; an everyday word among them
    # ("Window") is a term too
    x = extract(
        tmp_path,
        "# Course\n\n## Glossary\n\n### ZBX\n\nZorbex batch exchange; moves rows at night.\n\n"
        "### Window\n\nDeployed Quill model that serves live lookups.\n\n"
        "### Fern mode\n\nA Gromble setting that copies rows first.\n\n"
        "# Parts\n\n## Security\n\nKeys stay in the vault.\n\n## Training\n\nRuns at night.\n\n"
        "## Storage\n\nRows go to Quill Store.\n",
    )
    said = facts(x, "definition")
    assert ("Window", "definition", "Deployed Quill model that serves live lookups.") in said
    # sections titled by everyday words say what each part is about: no terms
    assert not {s for s, _, _ in said} & {"Security", "Training", "Storage"}


def test_an_arrow_from_a_situation_to_a_known_thing_alone_says_what_it_is_used_for(tmp_path):
    x = extract(
        tmp_path,
        "# Ingest\n\n- **Quill Stream:** rows in order\n- **Fern Hose:** rows to the lake\n\n"
        "## Streams\n\nMy shortcut:\n\n- Need replay of old rows → Quill Stream\n"
        "- Rows must land in the lake with no code → Fern Hose\n- Rows arrive → check both\n",
    )
    used = facts(x, "usedFor")
    assert ("Quill Stream", "usedFor", "Need replay of old rows") in used
    assert ("Fern Hose", "usedFor", "Rows must land in the lake with no code") in used
    assert not any(o == "Rows arrive" for _, _, o in used)


def test_a_mind_maps_label_arrow_and_bars_list_things_of_its_kind(tmp_path):
    # a mind map's branch: "label → A, B" and "label: a | b | c" under a thing, among
    # siblings that are no labels; a problem led to its remedies is no label
    x = extract(
        tmp_path,
        "# Map\n\n## Training\n"
        "- Gromble Tuner\n"
        "  - strategies → Quick, Sweep (default), Zorbex\n"
        "  - warm start → reuse parent jobs\n"
        "  - log scaling → rates, penalties\n"
        "  - early stopping of bad jobs\n"
        "- Quill Embedder\n"
        "  - modes: drip | burst | sweep_all\n"
        "- exploding gradients → clipping, smaller steps\n",
    )
    kinds = {(s, o) for s, _, o in facts(x, "kind")}
    assert {("Quick", "strategy"), ("Sweep", "strategy"), ("Zorbex", "strategy")} <= kinds
    assert {("Drip", "mode"), ("Burst", "mode"), ("sweep_all", "mode")} <= kinds
    assert not {s for s, o in kinds if "gradient" in o}


def test_names_set_in_bold_after_a_plural_noun_are_things_of_its_kind(tmp_path):
    x = extract(
        tmp_path,
        "# Notes\n\n## Rollouts\n\n"
        "- **Gromble Deploy** – updates with shifting modes **all at once**, **canary** and "
        "**linear**, plus rollback on alarms.\n"
        "- Quill Cast reports **wQL**, **WAPE** and **MASE** for each run.\n",
    )
    kinds = {(s, o.lower()) for s, _, o in facts(x, "kind")}
    # (the words that make the noun's phrase name the kind with it)
    assert {("All at once", "shifting mode"), ("Canary", "shifting mode")} <= kinds
    assert not {s for s, o in kinds if o.endswith("report")}  # a name, then its verb


def test_a_lead_in_set_in_bold_over_a_list_says_what_its_items_are(tmp_path):
    x = extract(
        tmp_path,
        "# Digest\n\n## Services\n\n**Zorbex recipes we keep seeing:**\n\n"
        "- **HOT_ROWS** – rows read most\n- **COLD_ROWS** – rows read least\n\n"
        "**Hosting many models:**\n\n- **Quill Hub** – one endpoint\n- **Fern Pod** – one box\n",
    )
    kinds = {(s, o.lower()) for s, _, o in facts(x, "kind")}
    assert {s for s, o in kinds if o.endswith("recipe")} == {"HOT_ROWS", "COLD_ROWS"}
    assert not {s for s, o in kinds if "model" in o}  # something done, over what does it


def test_a_mind_maps_arrow_label_of_a_rarer_plural_lists_the_owners_things(tmp_path):
    # "sinks → A, B, C" under a thing lists what it writes to, whatever the label word's
    # frequency; a branch named short under its family is the thing known by the whole name
    x = extract(
        tmp_path,
        "# Map\n\nThe **Zorbex Hose** and **Zorbex Pipe** move rows.\n\n## Ingest\n"
        "- **Zorbex** family\n"
        "  - Pipe\n"
        "    - real-time, shards\n"
        "  - Hose (ex Zorbex Firehose)\n"
        "    - buffer by size or time\n"
        "    - sinks → Quill Lake, Fern Store, Mossy\n"
        "    - record conversion\n",
    )
    kinds = {(s, o.lower()) for s, _, o in facts(x, "kind")}
    assert {s for s, o in kinds if o.endswith("sink")} == {"Quill Lake", "Fern Store", "Mossy"}
    parts = facts(x, "partOf")
    assert ("Zorbex Hose", "partOf", "Zorbex") in parts
    assert ("Zorbex Pipe", "partOf", "Zorbex") in parts
    assert not {s for s, _, _ in parts if s in ("Hose", "Pipe")}


def test_a_heading_that_remarks_on_a_known_name_after_a_dash_is_about_that_thing(tmp_path):
    x = extract(
        tmp_path,
        "# Module\n\n| Loader | Use |\n|---|---|\n| Gromble Pipe | rows |\n| Quill Forest | keys |\n\n"
        "## Gromble Pipe — details\n\nCopies rows in order. Input: CSV or Parquet.\n\n"
        "## Quill Forest — reading the output\n\nEach row gets a skew score.\n\n"
        "## Loaders — by speed\n\n- Gromble Pipe: fast\n- Quill Forest: slow\n",
    )
    labels = {e.label for e in x.entities.values()}
    assert not {n for n in labels if "—" in n}
    assert ("Gromble Pipe", "definition", "Copies rows in order. Input: CSV or Parquet.") in facts(
        x, "definition"
    )


def test_a_heading_that_names_a_new_thing_then_says_what_to_do_after_a_dash(tmp_path):
    x = extract(
        tmp_path,
        "# Deck\n\n## Ledger drift — pick the least-bad fix\n\n- **Row resync**: slow but"
        " sure\n- **Checksum sweep**: fast\n\n## Loaders — by speed\n\n- **Gromble Pipe**:"
        " fast\n- **Quill Forest**: slow\n",
    )
    part_of = facts(x, "partOf")
    assert {s for s, _, o in part_of if o == "Ledger drift"} == {"Row resync", "Checksum sweep"}
    assert not {e.label for e in x.entities.values() if "—" in e.label}
    assert "Loaders" not in {e.label for e in x.entities.values()}  # a label over kinds


def test_a_field_in_an_everyday_word_that_lists_names_lists_the_thing_s_own(tmp_path):
    x = extract(
        tmp_path,
        "# Loaders\n\n## Gromble Pipe\n\n- Input: CSV, quillbin, Parquet or RecordIO-protobuf\n"
        "- Output: one row per key\n- Note: Fern, Quill and Tansy were first\n",
    )
    kinds = facts(x, "kind")
    assert {n for n, _, k in kinds if k == "input"} == {
        "CSV",
        "Quillbin",
        "Parquet",
        "RecordIO-protobuf",
    }
    assert {n for n, _, k in kinds if k == "Gromble Pipe input"} >= {"CSV", "Parquet"}
    assert "Input" not in {e.label for e in x.entities.values()}
    assert not {n for n, _, k in kinds if k == "note"}  # a remark's label lists nothing


def test_what_a_thing_reads_from_and_its_consumers_are_its_sources(tmp_path):
    # "reads from" is one of the ontology's relations: its cue phrases ("imports from") and
    # what its subjects are called ("consumers") say which things a thing takes data from
    x = extract(
        tmp_path,
        "# Prep\n\nZorbex Hub\n:   Visual prep. Imports from S3, Athena, Redshift and Snowflake.\n\n"
        "Amazon Kinesis Data Streams\n:   Real-time, in shards.\n:   Consumers: Lambda, Firehose.\n",
    )
    reads = facts(x, "readsFrom")
    assert {o for s, _, o in reads if s == "Zorbex Hub"} == {
        "Amazon Simple Storage Service",
        "Amazon Athena",
        "Amazon Redshift",
        "Snowflake",
    }
    assert ("AWS Lambda", "readsFrom", "Amazon Kinesis Data Streams") in reads
    # (a consumer is no part of what it reads)
    assert ("AWS Lambda", "partOf", "Amazon Kinesis Data Streams") not in facts(x, "partOf")


def test_a_heading_that_names_a_known_thing_in_detail_is_about_that_thing(tmp_path):
    x = extract(
        tmp_path,
        "# Labels\n\n| Tool | Purpose |\n|---|---|\n| Gromble Truth | labelling |\n\n"
        "## Gromble Truth in detail\n\n- Crew options:\n  - Quill Turk (public crowd);\n"
        "  - private crew (own staff);\n  - vendor crew (a marketplace).\n",
    )
    parts = facts(x, "partOf")
    # (the crew options of Gromble Truth, each one)
    for crew in ("Quill Turk", "Private crew", "Vendor crew"):
        assert (crew, "partOf", "Gromble Truth") in parts
        assert (crew, "kind", "crew option") in facts(x, "kind")
    assert not {e.label for e in x.entities.values() if "in detail" in e.label}


def test_a_heading_that_names_a_known_thing_in_one_slide_is_about_that_thing(tmp_path):
    x = extract(
        tmp_path,
        "# Deck\n\n| Tool | Purpose |\n|---|---|\n| Gromble Truth | labelling |\n\n"
        "## Gromble Truth in one slide\n\n- Datasets: Clicks (required), Users, Items\n",
    )
    kinds = facts(x, "kind")
    owned = {n for n, _, k in kinds if k.lower() == "gromble truth dataset"}
    assert owned == {"Clicks", "Users", "Items"}


def test_a_sentence_among_listed_names_is_no_name_of_the_list(tmp_path):
    x = extract(
        tmp_path,
        "# Notes\n\nZorbex Hub forecasts rows.\n\n## Evaluation metrics\n\n"
        "- **Gromble score** (punishes big errors)\n- **Quill rate** (robust)\n"
        "- Zorbex Hub reports wQL (weighted loss), WAPE, RMSE and MASE.\n",
    )
    labels = {e.label for e in x.entities.values()}
    assert not {n for n in labels if "reports" in n}, labels


def test_items_listed_for_a_relation_are_its_things_in_any_case(tmp_path):
    # "Fixes for gromble drift:" calls its items by the noun of a relation (addresses): each
    # short item is a fix of the drift, in lower case and all, as bold names would be; an item
    # saying what something does ("trains the model") is none
    x = extract(
        tmp_path,
        "## Drift\n\nFixes for gromble drift:\n\n- more quill rows\n- row fencing\n"
        "- fewer fern columns (wide tables)\n\nSolutions:\n\n- trains the model\n- keeps rows\n",
    )
    fixes = {s for s, p, o in facts(x, "addresses") if o == "Gromble drift"}
    assert fixes == {"More quill rows", "Row fencing", "Fewer fern columns"}
    assert not any(s in ("Trains the model", "Keeps rows") for s, _, _ in facts(x))


def test_a_title_over_a_list_without_a_colon_leads_it(tmp_path):
    # a thread's post: its title line ("7/ Fixes for gromble drift 🩹") over typed items
    # leads them as "Fixes for gromble drift:" would; a title over sentences does not
    page = (
        "<div class=tweet>7/ Fixes for gromble drift 🩹<br>- more quill rows<br>- row fencing"
        "<br>- fewer fern columns</div>"
        "<div class=tweet>8/ Quill traps<br>- Fern hubs drop rows when full.<br>- Tansy lanes"
        " never retry a failed copy.</div>"
    )
    (tmp_path / "thread.html").write_text(page, encoding="utf-8")
    from graph.vocabulary import class_names, listed_relations, relation_cues
    from ingest import extract_documents

    x = extract_documents(
        [tmp_path / "thread.html"],
        cues=relation_cues(),
        class_names=class_names(),
        listed=listed_relations(),
    )
    fixes = {s for s, p, o in facts(x, "addresses") if o == "Gromble drift"}
    assert fixes == {"More quill rows", "Row fencing", "Fewer fern columns"}
    assert not any(o.lower().endswith("quill trap") for _, p, o in facts(x, "kind"))


def test_a_plural_label_over_bold_names_lists_things_of_that_kind(tmp_path):
    # "Shifting modes: **All at once**, **Canary** (a slice first), **Linear** (even steps)"
    # under a thing: three shifting modes of it, each with its own remark; not a purpose
    # ("used for shifting modes"), nor one remark for all
    x = extract(
        tmp_path,
        "## Gromble Hub\n\n- **Use case:** copy rows fast\n"
        "- Shifting modes: **All at once**, **Canary** (a slice first), **Linear** (even steps)\n",
    )
    said = facts(x)
    assert {s for s, p, o in said if p == "kind" and o == "Shifting mode"} == {
        "All at once",
        "Canary",
        "Linear",
    }
    assert ("Canary", "note", "a slice first") in said and ("Linear", "note", "even steps") in said
    assert not any(p == "usedFor" and o == "Shifting modes" for _, p, o in said)


def test_a_role_label_under_a_plural_title_is_no_thing(tmp_path):
    # "### Quill Guardrails (blue/green)" reads as a title of things; its "**Use case:** ..."
    # is a label all the same, no thing called "Use case" (which later sections would then
    # take their own "**Use case:**" for)
    x = extract(
        tmp_path,
        "# Guide\n\n### 2. **Quill Guardrails (blue/green)**\n- **Use case:** swap a model\n"
        "- Baking period + alarms\n\n### 3. **Fern Testing**\n- **Use case:** try a new model\n",
    )
    said = facts(x)
    assert not any("Use case" in (s, o) for s, _, o in said)
    assert ("Fern Testing", "usedFor", "try a new model") in said


def test_headings_numbered_as_a_series_are_titled_by_what_follows_the_label(tmp_path):
    # "Topic 1 – Gromble Loader", "Topic 2 – Quill Store": the series' label is no part of
    # the thing's name; "Route 66 – Fern maps" alone is a name as written
    x = extract(
        tmp_path,
        "## Topic 1 – Gromble Loader (wk 3)\n\n- **batch_rows**: rows per copy\n\n"
        "## Topic 2 – Quill Store\n\n- **tier_days**: days before cold\n\n"
        "## Route 66 – Fern maps\n\nMaps of ferns.\n",
    )
    said = facts(x, "hasProperty")
    assert ("Gromble Loader", "hasProperty", "batch_rows: rows per copy") in said
    assert ("Quill Store", "hasProperty", "tier_days: days before cold") in said
    labels = {e.label for e in x.entities.values()}
    assert not any(label.startswith("Topic") for label in labels)
    assert "Route 66 – Fern maps" in labels


def test_a_name_alone_over_a_list_leads_it_and_short_names_are_its_family(tmp_path):
    # "7/ Gromble Hub:" (a thread's post) alone on its line labels the list below it, as
    # "**Gromble Hub:**" would; under a service, "Logs" is the catalogue's "CloudWatch Logs"
    x = extract(
        tmp_path,
        "# Notes\n\n**Gromble Hub** copies rows.\n\n7/ Gromble Hub:\n"
        "- Row Keeper → keeps rows a day\n- Drip Loader → streams rows in\n\n"
        "8/ CloudWatch family, the way I keep it:\n- Logs → every line a job writes\n"
        "- Alarms → page the team\n",
    )
    said = facts(x, "partOf")
    assert ("Row Keeper", "partOf", "Gromble Hub") in said
    assert ("Drip Loader", "partOf", "Gromble Hub") in said
    assert ("Amazon CloudWatch Logs", "partOf", "Amazon CloudWatch") in said
    assert ("Amazon CloudWatch Alarms", "partOf", "Amazon CloudWatch") in said
    assert not any(s in ("Logs", "Alarms") for s, _, _ in facts(x))


def test_instance_types_are_named_by_their_families_not_by_their_column(tmp_path):
    # "M5", "ml.p3.2xlarge", "Inf1/Inf2" are instance types wherever they stand; an
    # "Instance types" column's notes ("CPU recommended") are no instance types
    x = extract(
        tmp_path,
        "# Notes\n\n| Algorithm | Instance types |\n|---|---|\n| Gromble | CPU recommended |\n\n"
        "- **Quill** trains on **M5** for CPU or **ml.p3.2xlarge** for GPU\n"
        "- cheap inference → Inf1/Inf2\n",
    )
    typed = {e.label.lower(): e.cls for e in x.entities.values()}
    assert typed.get("m5") == "InstanceType"
    assert typed.get("ml.p3.2xlarge") == "InstanceType"
    assert typed.get("inf1/inf2") == "InstanceType"
    assert typed.get("cpu recommended") != "InstanceType"


def test_a_plain_term_set_equal_to_what_it_is_is_a_thing(tmp_path):
    # "- zorb isolation = ..." defines a term as "**zorb isolation** = ..." does
    x = extract(
        tmp_path,
        "# Guide\n\n## Safety\n\nNetwork:\n- fern endpoints for the Quill API\n"
        "- zorb isolation = the loader gets no outbound calls at all\n",
    )
    said = facts(x, "definition")
    assert ("Zorb isolation", "definition", "the loader gets no outbound calls at all") in said


def test_paragraphs_that_open_with_bold_catalogue_names_define_them(tmp_path):
    x = extract(
        tmp_path,
        "# Services\n\n**Kendra** search over documents; connectors for many stores.\n\n"
        "**Macie** personal-data discovery in buckets.\n\n"
        "**Comprehend** entities and key phrases. Outputs: Quill tags, Fern spans.\n",
    )
    said = {s: o for s, _, o in facts(x, "definition")}
    assert "search over documents" in said["Amazon Kendra"]
    assert "personal-data discovery" in said["Amazon Macie"]
    assert {s for s, _, o in facts(x, "partOf") if o == "Amazon Comprehend"} >= {
        "Quill tags",
        "Fern spans",
    }


def test_a_label_set_equal_to_a_list_lists_things_of_its_kind(tmp_path):
    x = extract(
        tmp_path,
        "# Notes\n\n- **Gromble Recs** — picks for shoppers. Tables = Orders, Shoppers, Carts "
        "(the only one required). Events via a tracker.\n",
    )
    assert {s for s, _, o in facts(x, "kind") if o.lower() == "table"} == {
        "Orders",
        "Shoppers",
        "Carts",
    }


def test_a_conjunction_before_a_plural_noun_is_no_part_of_the_kind(tmp_path):
    x = extract(
        tmp_path, "# Notes\n\n**Zorbex** forecasting; AutoFit or planners QX-1, ZorbNet, MossAR.\n"
    )
    kinds = {o.lower() for s, _, o in facts(x, "kind") if s == "ZorbNet"}
    assert "planner" in kinds
    assert not any(k.startswith("or ") for k in kinds)


def test_a_run_of_coded_names_after_an_acronym_and_a_preposition_names_each(tmp_path):
    x = extract(
        tmp_path,
        "# Notes\n\n| Tool | Use it for |\n|---|---|\n"
        "| **Zorbex** | demand planning, AutoFit over QX-1, MossAR, Prophet, ETS, NPTS |\n",
    )
    assert {"QX-1", "MossAR", "Prophet", "ETS", "NPTS"} <= {e.label for e in x.entities.values()}


def test_points_set_off_by_dots_end_a_list_of_plural_nouns(tmp_path):
    x = extract(
        tmp_path,
        "# Notes\n\n| Tool | Use it for |\n|---|---|\n"
        "| **Gromble Recs** | picks for shoppers · tables: orders, shoppers, carts · live events |\n",
    )
    assert {s.lower() for s, _, o in facts(x, "kind") if o.lower() == "table"} == {
        "orders",
        "shoppers",
        "carts",
    }


def test_a_bracket_after_a_plural_noun_lists_its_kind_with_names_known_already(tmp_path):
    x = extract(
        tmp_path,
        "# Notes\n\n- **ZorbNet** a planner of its own.\n- **Gromble** picks planners "
        "(ZorbNet, Prophet, MossAR, QX-1) for you.\n",
    )
    assert {s for s, _, o in facts(x, "kind") if o == "planner"} >= {"ZorbNet", "Prophet", "MossAR"}


def test_a_family_of_compound_names_that_fills_a_terms_first_sentence_is_its_parts(tmp_path):
    x = extract(
        tmp_path,
        "# Notes\n\n- **Zorb Watch** row quality, key quality, lag drift, skew drift. "
        "A baseline comes first.\n- **Quill** fast, cheap, sturdy. Then more.\n",
    )
    parts = {s for s, _, o in facts(x, "partOf") if o == "Zorb Watch"}
    assert parts == {"row quality", "key quality", "lag drift", "skew drift"}
    assert not {s for s, _, o in facts(x, "partOf") if o == "Quill"}


def test_a_term_whose_text_is_only_lower_case_names_lists_its_parts(tmp_path):
    x = extract(
        tmp_path,
        "# Notes\n\n## Quill transforms\n\n"
        "- **Row balancing:** random oversampling, random undersampling, SMOTE.\n"
        "- **Effort:** Loading rows often takes work, including extraction, Cleaning, and storage.\n"
        "- **Gromble** creates, transforms and selects rows.\n",
    )
    parts = {s.lower() for s, _, o in facts(x, "partOf") if o == "Row balancing"}
    assert parts == {"random oversampling", "random undersampling", "smote"}
    # a sentence that ends in a list, a thing's verbs: no parts
    assert not {s for s, _, o in facts(x, "partOf") if o in ("Effort", "Gromble")}
    assert not {"Storage", "Including extraction"} & {e.label for e in x.entities.values()}


def test_a_bold_word_that_opens_a_longer_name_before_the_colon(tmp_path):
    from ingest.text import split_lead

    assert split_lead("**macro** averaging: the plain mean") == (
        "macro averaging",
        "the plain mean",
    )
    assert split_lead("**Gromble** copies rows: all of them")[0] == "Gromble"
    assert split_lead("**Quill** is: fast")[0] == "Quill"


def test_a_lead_in_whose_subject_is_what_it_lists(tmp_path):
    from ingest.lists import lead_in_kind

    assert lead_in_kind("The main destinations are") == "main destinations"
    assert lead_in_kind("Its outputs include") == "outputs"
    assert lead_in_kind("Strategies available in Quill") == "Strategies"
    x = extract(
        tmp_path,
        "# Notes\n\n## Zorbex\n\nZorbex writes rows in batches. The main destinations are:\n\n"
        "- Bramble Store - the default\n- Tansy Lake - for archives\n",
    )
    assert {o for s, _, o in facts(x, "deliversTo") if s == "Zorbex"} == {
        "Bramble Store",
        "Tansy Lake",
    }


def test_three_bold_names_after_a_label_are_things_in_any_case(tmp_path):
    x = extract(
        tmp_path,
        "# Notes\n\n## Rollouts\n\n- Swaps with row shifting: **all at once**, **drip** "
        "(a slice first), **pour** (equal steps)\n",
    )
    labels = {e.label.lower() for e in x.entities.values()}
    assert {"all at once", "drip", "pour"} <= labels
    said = {(s, o) for s, _, o in facts(x, "hasProperty")}
    assert ("pour", "equal steps") in said and ("drip", "equal steps") not in said


def test_known_names_after_a_preposition_are_no_parts_of_the_lead(tmp_path):
    x = extract(
        tmp_path,
        "# Notes\n\n- **Fern Sync** copies shares or HDFS to S3, EFS or FSx. Agent-based.\n",
    )
    assert not {s for s, _, o in facts(x, "partOf") if o == "Fern Sync"}
    assert "HDFS" in {e.label for e in x.entities.values()}


def test_a_name_then_for_and_a_purpose_says_what_it_is_used_for(tmp_path):
    x = extract(
        tmp_path,
        "# Notes\n\n- **Slips** – paper records.\n- **FernScan** – forms and tables; AnalyzeSlip "
        "for receipts and slips; AnalyzeCard for passports\n- Quill for rows, Mossy for keys\n",
    )
    used = {(s, o) for s, _, o in facts(x, "usedFor")}
    assert ("AnalyzeSlip", "receipts and slips") in used  # though "slips" names a thing
    assert ("AnalyzeCard", "passports") in used
    assert not any(o.startswith("rows") for _, o in used)


def test_names_in_brackets_lose_trailing_dots_and_split_at_slashes(tmp_path):
    x = extract(
        tmp_path,
        "# Notes\n\n- **Quill** compiles a model (ZorbNet, MossKit, FernLib…) on GPU "
        "(P2/P3, G4dn, G5).\n",
    )
    labels = {e.label for e in x.entities.values()}
    assert {"FernLib", "P2", "P3"} <= labels
    assert not {"FernLib…", "P2/P3"} & labels


def test_a_bracket_after_a_capitalised_compound_plural_lists_things_of_its_kind(tmp_path):
    x = extract(
        tmp_path,
        "# Notes\n\n- **Zorb Watch** Built-in checks (row drift, key skew, lag spike) plus a "
        "profiler.\n",
    )
    assert {s.lower() for s, _, o in facts(x, "kind") if o.lower() == "check"} == {
        "row drift",
        "key skew",
        "lag spike",
    }


def test_a_term_said_only_by_its_examples_has_them_as_examples(tmp_path):
    x = extract(
        tmp_path,
        "# Quill knobs\n\n- `zorb_mode`: e.g. `fast_rows`, `slow_rows`, `tansy_first`. Combine "
        "with `zorb_rate`.\n- `fern_depth`: how deep rows go\n",
    )
    found = facts(x, "example")
    assert {
        ("zorb_mode", "example", "fast_rows"),
        ("zorb_mode", "example", "slow_rows"),
        ("zorb_mode", "example", "tansy_first"),
    } <= found
    assert not any(s == "fern_depth" for s, _, _ in found)


def test_bold_names_in_the_phrases_after_a_noun_and_a_colon_are_of_its_kind(tmp_path):
    x = extract(
        tmp_path,
        "# Labels\n\nZorbex Label builds row labels. You choose a crew: the hired hands on "
        "**Quill Crowd**, a **private crew** made of your own staff (the pick for secret rows), "
        "or a **vendor crew** from the market. Then it learns.\n",
    )
    found = facts(x, "kind")
    assert {
        ("Quill Crowd", "kind", "crew"),
        ("Private crew", "kind", "crew"),
        ("Vendor crew", "kind", "crew"),
    } <= found


def test_parts_joined_by_plus_with_one_head_noun_are_parts(tmp_path):
    x = extract(
        tmp_path,
        "# Stores\n\n- **Quill Store** — hot rows (lookups in milliseconds) + cold rows (kept "
        "in Fern, for training)\n- **Zorb Gate** — data checks + baseline\n",
    )
    found = facts(x, "partOf")
    assert {("Hot rows", "partOf", "Quill Store"), ("Cold rows", "partOf", "Quill Store")} <= found
    assert not any(o == "Zorb Gate" for _, _, o in found)


def test_a_marker_drawn_beside_a_name_is_no_part_of_it(tmp_path):
    # an awesome list's entries: a pick or a warning drawn after the link, before the dash
    x = extract(
        tmp_path,
        "## Loaders\n\n- [Quill Hub](https://example.org/quill) ⭐ - copies rows nightly.\n"
        "- [Zorb Stream](https://example.org/zorb) ⚠️ - drops rows it cannot parse.\n"
        "- **Fern Vault** 🧪 - keeps rows for a year.\n",
    )
    labels = {e.label for e in x.entities.values()}
    assert {"Quill Hub", "Zorb Stream", "Fern Vault"} <= labels, labels
    assert not any(
        "⭐" in n or "⚠" in n for e in x.entities.values() for n in (e.label, *e.aliases)
    )


def test_a_name_cut_short_on_a_card_is_the_known_name_it_begins(tmp_path):
    # a reference card's keys cut short: the algorithm SageMaker ships, a thing named before
    x = extract(
        tmp_path,
        "## Card\n\n- **Gromble Streams** keeps rows a day\n- **Factorization Mach.** sparse rows\n"
        "- **Gromble Str.** replay within a day\n- **Quill Mode** rows one by one\n",
    )
    labels = {e.label: e for e in x.entities.values()}
    assert "Factorization Mach" not in labels and "Gromble Str" not in labels, labels
    assert labels["Factorization Machines"].cls == "Algorithm"
    assert any(f[0] == "Gromble Streams" and "replay" in str(f[2]) for f in facts(x))
    assert "Quill Mode" in labels  # a word of its own, not a word cut short


def test_a_term_setting_names_of_as_many_words_side_by_side_names_each(tmp_path):
    x = extract(
        tmp_path,
        "# Notes\n\n## Formats\n\n- **Quillpack vs Fernrow vs Zorbit**\n"
        "  - Quillpack, Fernrow = columnar\n  - Zorbit = rows\n\n"
        "## Training\n\n- **Wide vs Narrow Gromble**: wide spreads rows over nodes.\n",
    )
    labels = {e.label for e in x.entities.values()}
    assert {"Quillpack", "Fernrow", "Zorbit"} <= labels
    # one side one word, the other two: they may share a tail; neither is named alone
    assert "Wide" not in labels


def test_a_bold_lead_term_in_sentence_case_is_a_thing_a_callout_label_is_not(tmp_path):
    x = extract(
        tmp_path,
        "# Notes\n\n## Security\n\n- **Encryption in transit**\n"
        "  - **Inter-node row sealing** for spread-out Gromble jobs — seals rows between"
        " nodes. Slows jobs down.\n\n**Exam tip** for the quiz: think sealing.\n",
    )
    labels = {e.label for e in x.entities.values()}
    assert "Inter-node row sealing" in labels
    assert "Exam tip" not in labels


def test_a_labelled_list_in_a_point_under_a_thing_lists_that_thing_s_parts(tmp_path):
    x = extract(
        tmp_path,
        "# Services\n\n- **Zorbex Recs:** a managed recommender\n"
        "  - datasets: **clicks** (required), shoppers, products\n"
        "  - trained nightly\n",
    )
    parts = facts(x, "partOf")
    assert {("Clicks", "partOf", "Zorbex Recs"), ("Shoppers", "partOf", "Zorbex Recs")} <= parts


def test_a_service_a_point_names_by_its_service_s_name_is_of_that_family(tmp_path):
    x = extract(
        tmp_path,
        "# Services\n\n- **Amazon Comprehend:** text analytics\n"
        "  - custom entity recognition with your own labels\n"
        "  - Comprehend Medical reads doctors' notes\n",
    )
    assert ("Amazon Comprehend Medical", "partOf", "Amazon Comprehend") in facts(x, "partOf")


def test_a_long_point_that_counts_what_it_lists_last_names_the_kind_of_its_points(tmp_path):
    x = extract(
        tmp_path,
        "# Hosting\n\n- **Gromble rollouts**\n  - When you update a hub, Gromble builds a second"
        " fleet beside the first and moves rows with one of three **row moving modes**:\n"
        "    - **All at once** — move every row after a wait.\n"
        "    - **Trickle** — a few rows first, then the rest.\n"
        "    - **Steps** — equal steps every ten minutes.\n",
    )
    kinds = facts(x, "kind")
    assert {
        ("All at once", "kind", "row moving mode"),
        ("Trickle", "kind", "row moving mode"),
    } <= kinds


def test_a_form_field_named_by_a_class_holds_a_thing_of_that_class(tmp_path):
    x = extract(
        tmp_path,
        "# Worksheet\n\n## Task 2 – Tuning the Gromble model\n\n"
        "**Strategy:** Quill search (the default). It picks the next settings from the runs so"
        " far.\n\n**Algorithm:** Zorbex\n",
    )
    labels = {e.label: e for e in x.entities.values()}
    assert "Strategy" not in labels and "Algorithm" not in labels
    assert labels["Quill search"].cls == "Technique" and labels["Zorbex"].cls == "Algorithm"
    said = {o for s, p, o in facts(x, "hasProperty") if s == "Quill search"}
    assert said == {"It picks the next settings from the runs so far"}


def test_a_heading_in_sentence_case_over_its_text_names_a_thing(tmp_path):
    x = extract(
        tmp_path,
        "# Zorb checks\n\n## Row count drift\n\nCounts rows per hour against last week.\n\n"
        "## Column shape drift\n\nCompares each column's spread with the baseline.\n",
    )
    labels = {e.label for e in x.entities.values()}
    assert {"Row count drift", "Column shape drift"} <= labels


def test_a_glossary_section_lists_terms_it_is_no_thing_of_its_own(tmp_path):
    """A section titled "Glossary" after the notes holds terms, each defined: no thing
    called "Glossary" whose attributes they are."""
    x = extract(
        tmp_path,
        "# Tuning\n\nSome words about tuning here.\n\n# Glossary\n\n"
        "- **Zorb method:** a way to pick the number of groups.\n",
    )
    assert ("Zorb method", "definition", "a way to pick the number of groups.") in facts(
        x, "definition"
    )


def test_a_quoted_comparison_leading_a_paragraph_names_the_two_things_only(tmp_path):
    x = extract(
        tmp_path,
        '# Notes\n\nAlso the "Quill Labels vs Fern Boxes" question: Quill Labels if you have '
        "a few hundred labeled images. Fern Boxes if you need control.\n",
    )
    labels = {e.label for e in x.entities.values()}
    assert {"Quill Labels", "Fern Boxes"} <= labels
    assert not [n for n in labels if '"' in n]


def test_an_item_written_as_code_is_that_identifier_not_the_thing_its_words_spell(tmp_path):
    x = extract(
        tmp_path,
        "# Streams\n\n**Quill Hub** has two built-in functions:\n"
        "- `ZORBEX_FOREST` → scores each row\n- `FERN_SPOTS` → finds dense regions\n\n"
        "## Methods\n\n**Zorbex Forest** is an unsupervised method for odd rows.\n",
    )
    labels = {e.label for e in x.entities.values()}
    assert {"ZORBEX_FOREST", "Zorbex Forest"} <= labels
    said = {o for s, p, o in facts(x, "definition") if s == "Zorbex Forest"}
    assert said == {"Zorbex Forest is an unsupervised method for odd rows."}


def test_a_paragraph_saying_what_another_thing_is_does_not_define_its_section(tmp_path):
    x = extract(
        tmp_path,
        "# Notes\n\n## Algorithms\n\n**Random Cut Forest** is an unsupervised algorithm "
        "for odd rows.\n\n## Gromble\n\n**Gromble** is a store for rows.\n",
    )
    defined = {s for s, p, o in facts(x, "definition")}
    assert "Algorithms" not in defined and {"Random Cut Forest", "Gromble"} <= defined


def test_a_bold_subject_counting_what_it_has_leads_the_list_below(tmp_path):
    x = extract(
        tmp_path,
        "# Streams\n\n**Quill Hub** (the Fern flavour is now called *Fern Streams for Quill*) "
        "ships two built-in SQL functions worth knowing:\n"
        "- `ZORB_FOREST` → scores each row\n- `FERN_SPOTS` → finds dense regions\n",
    )
    kinds = {(s, o) for s, p, o in facts(x, "kind")}
    assert {
        ("ZORB_FOREST", "built-in SQL function"),
        ("FERN_SPOTS", "built-in SQL function"),
    } <= kinds


def test_things_a_section_names_one_by_one_after_their_ordinals(tmp_path):
    x = extract(
        tmp_path,
        "# Talk\n\n## The Gromble family\n\nOkay. There are three pieces. First, Gromble Hub. "
        "It loads rows in near real time.\n\nSecond, Gromble Pipe, which copies files. It "
        "never replays.\n\nAnd third, Gromble Box. It keeps rows.\n\n## Loading\n\nThree load "
        "modes. Quill mode is the default. It copies everything.\n\nFern mode streams rows. "
        "And then there's Fast Fern mode, the best of both.\n",
    )
    parts = {s for s, p, o in facts(x, "partOf") if o == "The Gromble family"}
    assert parts == {"Gromble Hub", "Gromble Pipe", "Gromble Box"}
    kinds = {s for s, p, o in facts(x, "kind") if o == "load mode"}
    assert kinds == {"Quill mode", "Fern mode", "Fast Fern mode"}


def test_a_labelled_list_in_lower_case_inside_an_item_names_the_things(tmp_path):
    x = extract(
        tmp_path,
        "# Training problems\n\n"
        "- **Zorbing**: loss keeps falling while checks rise. Remedies: more rows or fern "
        "shuffling, quill pruning, early halting, a smaller net.\n",
    )
    kinds = facts(x, "kind")
    for name in ("Fern shuffling", "Quill pruning", "Early halting", "Smaller net"):
        assert (name, "kind", "remedy") in kinds
    # "more rows" is no name of a thing ("more ..."), and is left out, not the list
    assert "More rows" not in {e.label for e in x.entities.values()}


def test_a_lead_in_sentence_case_that_its_text_goes_on_to_describe_is_a_thing(tmp_path):
    """ "**Automatic row sorting.** Sorts rows by ..." names a thing (the text says what it
    does, no subject of its own), and the list under its "Ways:" is that thing's."""
    x = extract(
        tmp_path,
        "# Quill handbook\n\n**Spot fern packing.** Packs ferns on spare nodes for less.\n\n"
        "**Automatic row sorting.** Sorts rows by a key you name. Ways:\n\n"
        "- Gromble (the default): sorts in one pass.\n- Tansy: sorts in many passes.\n",
    )
    assert {"Automatic row sorting", "Spot fern packing"} <= {e.label for e in x.entities.values()}
    parts = {s for s, _, o in facts(x, "partOf") if o == "Automatic row sorting"}
    assert parts == {"Gromble", "Tansy"}


def test_options_under_a_label_of_options_are_things_of_that_kind(tmp_path):
    """ "- Crew options" over "- Private crew (your own staff)", "- Vendor crew from Quill
    Market": each names a crew option of the thing above (the source after "from" a remark);
    "options" says what they are, as "types" does."""
    x = extract(
        tmp_path,
        "# Labelling\n\n**Gromble Label** is the labelling side:\n\n- Crew options\n"
        "    - Tansy Crowd (public crowd, never for private rows)\n"
        "    - Private crew (your own staff)\n    - Vendor crew from Quill Market\n",
    )
    kinds = facts(x, "kind")
    for name in ("Tansy Crowd", "Private crew", "Vendor crew"):
        assert (name, "kind", "crew option") in kinds
    assert {s for s, _, o in facts(x, "partOf") if o == "Gromble Label"} >= {
        "Tansy Crowd",
        "Private crew",
        "Vendor crew",
    }


def test_a_long_lead_in_that_counts_its_modes_names_what_they_do(tmp_path):
    x = extract(
        tmp_path,
        "# Notes\n\n## Releasing\n\nFor updating a Quill host, a new fleet is provisioned next "
        "to the old one and traffic is shifted in one of three modes:\n\n"
        "1. **drip** — a slice first\n2. **pour** — equal steps\n3. **flood** — all at once\n",
    )
    kinds = {(s, o) for s, _, o in facts(x, "kind")}
    assert {("Drip", "mode of shifting traffic"), ("Flood", "mode of shifting traffic")} <= kinds


def test_a_member_of_a_kind_is_the_thing_named_with_the_kind_s_word_elsewhere(tmp_path):
    x = extract(
        tmp_path,
        "# Notes\n\n## Quill\n\nQuill input modes (Drip / Pour / Fast Pour).\n\n"
        "## Quill reading options\n\n| Option | What it does |\n|---|---|\n"
        "| Drip mode | copies rows first |\n| Fast Pour mode | streams rows on demand |\n",
    )
    names = {e.label: e for e in x.entities.values()}
    assert "Fast Pour" not in names and "Fast Pour" in names["Fast Pour mode"].aliases


def test_an_item_opening_with_several_bold_names_is_said_of_each(tmp_path):
    x = extract(
        tmp_path,
        "# Notes\n\n## Quill checks\n\nChecks on the rows alone:\n\n"
        "- **Row Gap (RG)** - is one value rare?\n"
        "- **Quill Drift (QD)** and **Fern Drift (FD)** - how far apart the shelves are.\n"
        "- **Lag Score (LS)**, **Key Score (KS)**, **Tail Score (TS)**\n",
    )
    names = {e.label: e for e in x.entities.values()}
    assert {"Quill Drift", "Fern Drift", "Lag Score", "Key Score", "Tail Score"} <= set(names)
    assert "FD" in names["Fern Drift"].aliases
    assert not [n for n in names if " and " in n]
    said = {(s, o) for s, _, o in facts(x, "definition")}
    assert ("Fern Drift", "how far apart the shelves are.") in said


def test_a_sentence_saying_what_a_term_is_called_defines_it(tmp_path):
    x = extract(
        tmp_path,
        "# Notes\n\nQuill measures row bias. The column you check, such as region or age "
        "band, is called the **shelf**. It is set per job.\n",
    )
    said = {(s, o) for s, _, o in facts(x, "definition")}
    assert (
        "Shelf",
        "The column you check, such as region or age band, is called the shelf.",
    ) in said


def test_a_heading_telling_more_of_a_known_thing_is_that_thing(tmp_path):
    x = extract(
        tmp_path,
        "## Ingestion\n\nAmazon Kinesis Data Firehose loads streams.\n\n"
        "### Kinesis Data Firehose in more detail\n\nUseful features:\n\n"
        "1. **Buffering**: by size or time.\n"
        "2. Destinations: Amazon S3, Splunk and generic HTTP endpoints.\n\n"
        "### Exam details\n\n- Cost: 300 USD\n- Length: 180 minutes\n",
    )
    got = facts(x)
    assert ("Buffering", "partOf", "Amazon Kinesis Data Firehose") in got
    assert ("Amazon Kinesis Data Firehose", "deliversTo", "Splunk") in got
    # a heading telling more of no thing met before stays a heading of its own
    assert ("Cost", "partOf", "Exam details") in got


def test_a_lead_in_saying_what_its_items_are_for_gives_them_that_use(tmp_path):
    x = extract(
        tmp_path,
        "## Scores\n\nFor row ranking I use these:\n\n"
        "- **Quill Gain** (ranked gain): rewards the top rows.\n- **Fern Rank**: easy to read.\n\n"
        "For the exam, remember:\n\n- **Tansy Score**: rarely asked.\n",
    )
    used = facts(x, "usedFor")
    assert {
        ("Quill Gain", "usedFor", "Row ranking"),
        ("Fern Rank", "usedFor", "Row ranking"),
    } <= used
    assert not [f for f in used if f[0] == "Tansy Score"]


def test_parts_whose_definitions_open_with_one_noun_are_of_that_kind(tmp_path):
    x = extract(
        tmp_path,
        "## Gromble Hub\n\nKeeps rows.\n\n"
        "- **Clicks** table (user_id, item_id) — the only required one.\n"
        "- **Readers** table — who reads, by age band.\n"
        "- **Shelves** — where rows wait.\n",
    )
    kinds = facts(x, "kind")
    assert {
        ("Clicks", "kind", "Gromble Hub table"),
        ("Readers", "kind", "Gromble Hub table"),
    } <= kinds
    assert not [k for k in kinds if k[0] == "Shelves"]


def test_a_title_in_capitals_with_a_remark_after_a_dash_is_the_thing_it_names(tmp_path):
    x = extract(
        tmp_path, "## AMAZON S3 - THE DATA LAKE\n\nStores objects.\n\n- objects up to 5 TB each\n"
    )
    got = facts(x)
    assert ("Amazon Simple Storage Service", "hasProperty", "objects up to 5 TB each") in got
    assert not [e for e in x.entities.values() if "LAKE" in e.label]


def test_a_counted_lead_in_with_a_remark_after_a_comma_names_its_items_kind(tmp_path):
    x = extract(
        tmp_path,
        "## Gromble loading\n\nThere are three load modes, set per job with LoadMode:\n\n"
        "- Drip mode: one row at a time.\n- Gulp mode: many rows at once.\n"
        "- Sip mode: rows on demand.\n",
    )
    kinds = facts(x, "kind")
    for name in ("Drip mode", "Gulp mode", "Sip mode"):
        assert (name, "kind", "load mode") in kinds, name


def test_a_spaced_slash_parts_two_items_of_a_labelled_list(tmp_path):
    x = extract(
        tmp_path,
        "## Gromble Hose\n\n- fully managed\n"
        "- destinations: FernKit, Quill Store, and generic HTTP endpoints / partners\n",
    )
    got = facts(x, "deliversTo")
    assert {("Gromble Hose", "deliversTo", n) for n in ("FernKit", "Quill Store")} <= got


def test_a_short_lower_case_term_among_settings_is_a_setting(tmp_path):
    x = extract(
        tmp_path,
        "## XGBoost\n\nBoosted trees.\n\n- **zorb_rate**: how fast rows shrink.\n"
        "- **max_rows**: the most rows per tree.\n- **qd**: quill decay, a penalty on weights.\n",
    )
    assert ("XGBoost", "hasParameter", "qd") in facts(x, "hasParameter")
    assert next(e for e in x.entities.values() if e.label == "qd").cls == "Hyperparameter"


def test_a_collection_heading_right_under_a_thing_s_heading_lists_that_thing_s_members(
    tmp_path,
):
    x = extract(
        tmp_path,
        "# Notes\n\n## Amazon SageMaker Quibble Tuner\n\nThe tuner runs many jobs.\n\n"
        "### Search Methods\n\n- **Fern search** - learns from earlier trials.\n"
        "- **Moss search** - independent trials.\n\n"
        "## Gromble\n\nGromble is a topic.\n\n### Search Methods\n\n- **Tansy search** - a guess.\n",
    )
    kinds = facts(x, "kind")
    owned = {s for s, _, o in kinds if o == "Amazon SageMaker Quibble Tuner search method"}
    assert owned == {"Fern search", "Moss search"}, kinds


def test_a_name_that_opens_with_a_small_letter_heads_its_section_and_its_settings(tmp_path):
    x = extract(
        tmp_path,
        "# Notes\n\n## Algorithms\n\n### q-Gromble Search (q-GS)\n\n"
        "Index-based: it samples the rows, optionally reduces them, and builds an index.\n\n"
        "- **fern_mode**: `drip` or `gulp`.\n- **tansy_size** - how many rows go in.\n"
        "- **index_kind**: `moss.Flat` or `moss.Tree`.\n- also: quill_rate, bramble_depth\n",
    )
    said = facts(x)
    assert ("q-Gromble Search", "altLabel", "q-GS") in said or any(
        e.label == "q-Gromble Search" and "q-GS" in e.aliases for e in x.entities.values()
    )
    params = {o for s, p, o in said if s == "q-Gromble Search" and p == "hasParameter"}
    assert {"fern_mode", "tansy_size", "index_kind"} <= params
    # a setting's values are of the kind its name says in words, and of the thing's
    kinds = facts(x, "kind")
    assert ("moss.Tree", "kind", "index kind") in kinds
    assert ("moss.Tree", "kind", "q-Gromble Search index kind") in kinds
    labels = {e.label.lower() for e in x.entities.values()}
    assert not {"builds", "optionally reduces them", "also"} & labels  # no things, no kind


def test_a_list_of_the_other_kind_right_under_an_item_that_ends_in_a_colon_is_its(tmp_path):
    x = extract(
        tmp_path,
        "# Notes\n\n## Quill Hub\n\n- **Fern updates** for a Quill Hub, in one of three ways:\n"
        "1. **Drip rollout** - one row at a time.\n2. **Gulp rollout** - all rows at once.\n"
        "3. **Sip rollout** - a few rows first.\n\nMore text.\n",
    )
    parts = {s for s, _, o in facts(x, "partOf") if o == "Fern updates"}
    assert parts == {"Drip rollout", "Gulp rollout", "Sip rollout"}


def test_a_plural_label_a_class_names_over_phrases_lists_things_of_that_class(tmp_path):
    x = extract(
        tmp_path,
        "# Notes\n\n## Quill Personalize\n\n- Offline metrics: precision at K, normalized gain at "
        "K, mean reciprocal rank at 25 and coverage\n- Recipes: pick one per use case.\n",
    )
    kinds = facts(x, "kind")
    owned = {s for s, _, o in kinds if o == "Quill Personalize offline metric"}
    assert owned == {
        "Precision at K",
        "Normalized gain at K",
        "Mean reciprocal rank at 25",
        "Coverage",
    }
    assert {e.cls for e in x.entities.values() if e.label in owned} == {"Metric"}


def test_typed_double_dashes_set_off_terms_and_a_named_vague_noun_is_a_kind(tmp_path):
    x = extract(
        tmp_path,
        "# Notes\n\n## Quill Store\n\nQuill Store keeps objects.\n\nEncryption options for data"
        " at rest in Quill:\n\n1. **SSE-Q** -- Quill-managed keys, the default\n2. **SSE-FMS** --"
        " keys in Fern\n3. **client-side encryption** -- encrypt before upload\n\n## Moss Flow\n\n"
        "The old SQL applications had two ML functions I keep seeing:\n\n- `ZORB_FOREST` -- "
        "anomaly score for each record\n- `HOTSPOTS` -- finds dense regions\n",
    )
    kinds = facts(x, "kind")
    assert {s for s, _, o in kinds if o == "encryption option"} == {
        "SSE-Q",
        "SSE-FMS",
        "Client-side encryption",
    }
    assert {s for s, _, o in kinds if o == "ML function"} == {"ZORB_FOREST", "HOTSPOTS"}
    assert ("SSE-Q", "definition", "Quill-managed keys, the default") in facts(x, "definition")


def test_a_typed_label_in_three_sections_is_no_thing(tmp_path):
    x = extract(
        tmp_path,
        "# Notes\n\n## Quillboost\n\nTrees.\n\n- Input: CSV or Parquet.\n- Fast on CPU.\n\n"
        "## Fernlearn\n\nLines.\n\n- Input: RecordIO-protobuf with floats.\n\n## Mossnet\n\n"
        "Nets.\n\n- Input: JSON Lines with in0 and in1.\n\n## Zorb\n\nInputs: CSV, libsvm, "
        "Parquet.\n",
    )
    assert "Input" not in {e.label for e in x.entities.values()}
    assert ("Fernlearn", "note", "Input: RecordIO-protobuf with floats.") in facts(x, "note")
    assert {s for s, _, o in facts(x, "partOf") if o == "Zorb"} >= {"CSV", "Parquet"}


def test_a_label_over_names_in_three_sections_lists_the_section_thing_s(tmp_path):
    x = extract(
        tmp_path,
        "# N\n\n## Batch Pipeline\n\n- **Source**: IoT devices, logs, clickstream data.\n"
        "- **Transformation**: Quill (PySpark).\n\n## Stream Pipeline\n\n- **Source**: Kafka "
        "topics, sensors.\n- **Transformation**: Fern.\n\n## Tansy Pipeline\n\n- **Source**: "
        "Moss tables, Bramble files.\n- **Transformation**: Fern jobs.\n",
    )
    said = {(s, o) for s, p, o in facts(x) if p in ("readsFrom", "kind", "partOf")}
    assert ("Batch Pipeline", "Clickstream data") in said
    assert "Source" not in {e.label for e in x.entities.values()}


def test_an_amount_in_bold_is_no_thing(tmp_path):
    x = extract(
        tmp_path,
        "# N\n\n## Quill Streams\n\nA stream is made of **shards**. Per shard:\n\n- writes: "
        "**1 MB/s** or **1,000 records/s**\n- reads: **2 MB/s** shared across consumers, or 2 MB/s"
        " per consumer with **fan-out**\n",
    )
    labels = {e.label for e in x.entities.values()}
    assert not {"1 MB/s", "2 MB/s", "1,000 records/s"} & labels


def test_a_heading_naming_two_things_is_about_the_one_its_text_opens_with(tmp_path):
    x = extract(
        tmp_path,
        "# N\n\n## Fern Spark and Amazon EMR\n\nAmazon EMR provides managed clusters (Hive, "
        "Presto). A cluster has three node types:\n\n1. **Primary node** -- coordinates the "
        "cluster.\n2. **Core nodes** -- run tasks and store data.\n3. **Task nodes** -- run "
        "tasks only.\n",
    )
    kinds = {s for s, _, o in facts(x, "kind") if o == "Amazon EMR node type"}
    assert kinds == {"Primary node", "Core nodes", "Task nodes"}
    assert "Fern Spark and Amazon EMR" not in {e.label for e in x.entities.values()}


def test_an_acronym_before_a_plural_noun_that_lists_things_is_part_of_its_kind(tmp_path):
    x = extract(
        tmp_path,
        "## Gromble Board\n\nDashboards. QX Hints include row spikes (built on Quill), "
        "forecasting, and auto-stories (short summaries of a chart). Fern scores are noisy: "
        "raise moss_rows.\n",
    )
    kinds = {(s, o) for s, _, o in facts(x, "kind")}
    assert {
        ("Row spikes", "Gromble Board QX Hint"),
        ("Forecasting", "Gromble Board QX Hint"),
        ("Auto-stories", "Gromble Board QX Hint"),
    } <= kinds
    assert not any("score" in o.lower() for _, o in kinds)  # "... are noisy: raise ...": no list


def test_the_values_of_a_noun_a_sentence_lists_are_its_subjects(tmp_path):
    x = extract(
        tmp_path,
        "# Governance\n\n- **Gromble Registry**: stores versions in groups with an approval "
        "status of PendingReview, Approved or Rejected; a change emits an event.\n",
    )
    kinds = {(s, o) for s, _, o in facts(x, "kind")}
    assert {
        ("PendingReview", "Gromble Registry approval status"),
        ("Approved", "Gromble Registry approval status"),
        ("Rejected", "Gromble Registry approval status"),
    } <= kinds


def test_a_heading_of_a_known_name_and_a_subtitle_is_about_the_named_thing(tmp_path):
    """ "Gromble Hub: catalog, crawlers, jobs": the part is Gromble Hub's, so "Job types:" in
    it lists Gromble Hub's job types."""
    x = extract(
        tmp_path,
        "# Notes\n\n## Gromble Hub\n\nGromble Hub is the serverless row service.\n\n"
        "## Gromble Hub: catalog, crawlers, jobs\n\nThree parts matter.\n\n### Jobs\n\n"
        "- Job types: Quill, Quill Streaming, Fern shell (small jobs) and Moss.\n",
    )
    kinds = {s for s, _, o in facts(x, "kind") if o == "Gromble Hub Job type"}
    assert kinds == {"Quill", "Quill Streaming", "Fern shell", "Moss"}
    # the document's own title is about all of it, not one thing of it
    x = extract(
        tmp_path,
        "# Amazon SageMaker: training and tuning\n\nMy notes.\n\n## Distributed training\n\n"
        "Spread one job over many nodes.\n\n## Warm pools\n\nKeep nodes between jobs.\n",
    )
    assert not {s for s, _, o in facts(x, "partOf") if o == "Amazon SageMaker"}


def test_a_field_word_said_of_a_case_over_names_lists_things_of_that_field(tmp_path):
    """ "**Compression** for bucket delivery: QZIP, Fernpack or Moss-ready Fernpack": things of
    the kind the field's word names, however rare a word of English it is."""
    x = extract(
        tmp_path,
        "# Notes\n\n## Gromble Hose\n\n- **Compression** for bucket delivery: QZIP, Fernpack or"
        " Moss-ready Fernpack.\n- **Encryption**: QKMS or Fern Keys.\n",
    )
    said = facts(x, "kind")
    assert {s for s, _, o in said if o == "compression"} == {
        "QZIP",
        "Fernpack",
        "Moss-ready Fernpack",
    }
    assert {s for s, _, o in said if o == "encryption"} == {"QKMS", "Fern Keys"}


def test_an_item_of_settings_and_remarks_lists_the_sections_settings(tmp_path):
    """ "- fern_rows (required), quill_dim (required), moss_size." under an algorithm: its
    settings, spelt as set, two of them required."""
    x = extract(
        tmp_path,
        "# Notes\n\n## Gromble Cast\n\nGromble Cast is a supervised algorithm for rows.\n\n"
        "- zorb_mode: drip for small rows; flood for huge ones.\n"
        "- fern_rows (required), quill_dim (required), moss_size, rounds (default 10).\n",
    )
    said = facts(x)
    settings = {o for s, p, o in said if s == "Gromble Cast" and p == "hasParameter"}
    assert {"fern_rows", "quill_dim", "moss_size", "rounds"} <= settings
    required = {o for s, p, o in said if s == "Gromble Cast" and p == "requiresParameter"}
    assert required == {"fern_rows", "quill_dim"}


def test_a_field_of_a_few_words_lists_its_values_before_a_remark(tmp_path):
    """ "**Review state** - Open, Held or Shut. A Quill step sets it.": the values of the
    field a bold term of two words names, though a sentence follows them; "Connect a source
    — **Fern Buckets**, Moss Wiki or the **page crawler**": a step that asks for one of
    them; "for rows: `csv`, `fern` are taken" is no field (a preposition leads it)."""
    x = extract(
        tmp_path,
        "# Notes\n\n## Quill Registry\n\n- **Review state** - Open, Held or Shut. A Quill step"
        " sets it when a version lands.\n\n1. Connect a source — **Fern Buckets**, Moss Wiki,"
        " Zorb Share, or the **page crawler**.\n2. Check the rows.\n\n## Gromble Cast\n\n"
        "- for rows: `csv`, `fern`, `moss` are taken\n",
    )
    said = facts(x, "kind")
    assert {s for s, _, o in said if o.endswith("review state")} == {"Open", "Held", "Shut"}
    assert {s for s, _, o in said if o == "source"} == {
        "Fern Buckets",
        "Moss Wiki",
        "Zorb Share",
        "Page crawler",
    }
    assert not [o for *_, o in said if "rows" in o]


def test_a_settings_heading_over_a_sentence_and_a_table_lists_the_things_settings(tmp_path):
    """ "### Hyperparameters" under an algorithm, a sentence, then a table whose Default
    column says "(required)": the algorithm's settings, those required too; the heading is
    no topic of its own."""
    x = extract(
        tmp_path,
        "# Notes\n\n## Quill Forecaster\n\nQuill Forecaster is a supervised algorithm for "
        "series.\n\n### Hyperparameters\n\nTwo of them must be given.\n\n"
        "| Hyperparameter | Default | Notes |\n|---|---|---|\n"
        "| `fern_length` | (required) | How many past points |\n"
        "| `moss_length` | (required) | Horizon |\n| `num_cells` | 40 | Cells per layer |\n",
    )
    said = facts(x)
    has = {o for s, p, o in said if s == "Quill Forecaster" and p == "hasParameter"}
    assert has == {"fern_length", "moss_length", "num_cells"}
    required = {o for s, p, o in said if s == "Quill Forecaster" and p == "requiresParameter"}
    assert required == {"fern_length", "moss_length"}
