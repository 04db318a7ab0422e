import pytest

from ingest.names import ServiceCatalog, parse_name
from ingest.registry import EntityRegistry


@pytest.mark.parametrize(
    "raw, canonical, alias",
    [
        ("NTM (Neural Topic Model)", "Neural Topic Model", "NTM"),
        ("Amazon Kinesis Data Streams (KDS)", "Amazon Kinesis Data Streams", "KDS"),
        ("Collaborative Filtering (CF) Algorithms", "Collaborative Filtering", "CF"),
        (
            "TF-IDF (Term Frequency-Inverse Document Frequency)",
            "Term Frequency-Inverse Document Frequency",
            "TF-IDF",
        ),
        ("K-Nearest Neighbors (KNN)", "K-Nearest Neighbors", "KNN"),
    ],
)
def test_acronyms_become_aliases(raw, canonical, alias):
    p = parse_name(raw)
    assert p.canonical == canonical and alias in p.aliases


def test_parentheses_that_are_not_aliases():
    assert parse_name("Gradient Boosting Trees (XGBoost, LightGBM)").examples == [
        "XGBoost",
        "LightGBM",
    ]
    assert parse_name("Deep Learning Models (e.g., DeepFM)").examples == ["DeepFM"]
    assert parse_name("Normal (Continuous)").properties == ["Continuous"]
    assert (
        parse_name("Linear Learner (with appropriate loss function)").qualifier
        == "with appropriate loss function"
    )
    assert parse_name("Spark's MLlib").canonical == "Spark MLlib"
    # a remark in capitals after a short name does not spell the name out
    p = parse_name("ZBX (GPU preferred)")
    assert (p.canonical, p.aliases, p.qualifier) == ("ZBX", [], "GPU preferred")


@pytest.mark.parametrize(
    "spelling, official",
    [
        ("Amazon Lambda", "AWS Lambda"),
        ("AWS QuickSight", "Amazon QuickSight"),
        ("AWS Kinesis", "Amazon Kinesis"),
        ("Firehose", "Amazon Kinesis Data Firehose"),
        ("AWS CloudWatch Alarms", "Amazon CloudWatch Alarms"),
        ("SageMaker Clarify", "Amazon SageMaker Clarify"),
        ("Glue", "AWS Glue"),
        ("OpenSearch Service", "Amazon OpenSearch Service"),  # the vendor left off
        ("Forecast", "Amazon Forecast"),  # "| service | ... |" rows name it so
    ],
)
def test_service_spellings(spelling, official):
    assert ServiceCatalog.default().normalize(spelling) == official


def test_common_words_are_not_services():
    c = ServiceCatalog.default()
    assert c.normalize("Batch jobs") == "Batch jobs"
    assert c.lookup("Batch") is None


def test_one_node_per_thing():
    r = EntityRegistry()
    a = r.resolve("Amazon MSK (Managed Streaming for Apache Kafka)")
    b = r.resolve("Amazon MSK")
    c = r.resolve("MSK")
    assert (
        a is b is c
        and a.label == "Amazon Managed Streaming for Apache Kafka"
        and a.cls == "Service"
    )
    assert r.resolve("Deep AR (DeepAR)") is r.resolve("DeepAR")
    # an acronym that cannot abbreviate the name before it is a note, not another name
    detection = r.resolve("Outlier detection (IF)")
    assert r.resolve("Isolation Forest (IF)") is not detection
    assert r.resolve("Apache Spark") is r.resolve("Spark")
    # a name written both ways is labelled in the singular, whichever came first
    forests = r.resolve("Gromble Forests")
    assert r.resolve("Gromble Forest") is forests and forests.label == "Gromble Forest"
    knn = r.resolve("k-NN")
    assert r.resolve("K-Nearest Neighbors (KNN)") is knn and knn.label == "K-Nearest Neighbors"


def test_a_product_name_and_the_word_for_what_it_does_is_that_product(tmp_path):
    from graph.vocabulary import class_names
    from ingest import extract_documents

    p = tmp_path / "notes.md"
    p.write_text(
        "# Notes\n\n## Planners\n\n- **ZorBex forecasting**\n- **FernKit**\n\n"
        "## Zor Bex\n\n- plans rows on CPU nodes only\n",
        encoding="utf-8",
    )
    x = extract_documents([p], class_names=class_names())
    named = [
        e for e in x.entities.values() if e.label.replace(" ", "").lower().startswith("zorbex")
    ]
    assert len(named) == 1, [e.label for e in named]  # one node, whichever way it is written


def test_a_feature_named_with_and_without_its_service_is_one_thing(tmp_path):
    from graph.vocabulary import class_names
    from ingest import extract_documents

    p = tmp_path / "notes.md"
    p.write_text(
        "# Notes\n\n## Cleaning rows\n\n"
        "- **AWS Glue ZorbMatch**: links duplicate rows without a shared key.\n"
        "- **AWS Glue Streaming**: runs jobs on streams.\n\n"
        "## ZorbMatch\n\nIt needs a few labelled pairs.\n\n"
        "## Streaming\n\nRows arrive all the time.\n",
        encoding="utf-8",
    )
    x = extract_documents([p], class_names=class_names())
    labels = {e.label for e in x.entities.values()}
    assert len([x for x in labels if "ZorbMatch" in x]) == 1, labels  # a name of its own
    assert {"AWS Glue Streaming", "Streaming"} <= labels  # an everyday word is no such name


def test_a_kind_member_named_with_and_without_the_kind_word_is_one_thing(tmp_path):
    from graph.vocabulary import class_names
    from ingest import extract_documents

    a, b = tmp_path / "a.md", tmp_path / "b.md"
    a.write_text(
        "# Relays\n\n## Quillrun relay\n\n| Crew type | On deck |\n|---|---|\n| Lead | yes |\n| Spare | no |\n",
        encoding="utf-8",
    )
    b.write_text(
        "# Relay notes\n\n## Quillrun relay\n\n"
        "| Crew type | Paid |\n|---|---|\n| Lead crew | yes |\n| Spare crew | no |\n",
        encoding="utf-8",
    )
    x = extract_documents([a, b], class_names=class_names())
    labels = {e.label for e in x.entities.values() if e.cls != "Kind"}
    assert "Lead crew" in labels and "Lead" not in labels, labels
    assert "Spare crew" in labels and "Spare" not in labels, labels


@pytest.mark.parametrize(
    "raw, canonical, alias",
    [
        ("Quill Hub (renamed Zorb Hub)", "Quill Hub", "Zorb Hub"),
        ("Fern Streams (now Managed Fern Service)", "Fern Streams", "Managed Fern Service"),
        ("Tansy Lake (formerly Moss Lake)", "Tansy Lake", "Moss Lake"),
        ("Quibble Store (aka QS)", "Quibble Store", "QS"),
    ],
)
def test_another_name_in_parentheses_is_an_alias(raw, canonical, alias):
    p = parse_name(raw)
    assert (p.canonical, p.aliases) == (canonical, [alias])
    assert parse_name("Quill Hub (now cheaper)").aliases == []  # a remark, not a name


def test_a_cell_line_in_parentheses_is_a_note_on_the_line_before(tmp_path):
    from graph.vocabulary import class_names
    from ingest import extract_documents

    p = tmp_path / "streams.html"
    p.write_text(
        "<html><body><h2>Streams</h2><table><tr><th>Service</th><th>Latency</th></tr>"
        "<tr><td>Fern Streams<br>(renamed Tansy Streams)</td><td>real time</td></tr>"
        "<tr><td>Quill Hub</td><td>near real time</td></tr></table></body></html>",
        encoding="utf-8",
    )
    x = extract_documents([p], class_names=class_names())
    fern = next(e for e in x.entities.values() if e.label == "Fern Streams")
    assert "Tansy Streams" in fern.aliases
    assert not any("renamed" in e.label for e in x.entities.values())


def test_a_plural_the_same_in_the_singular_stays_as_it_is():
    from ingest.lexicon import singular

    assert singular("Related time series") == "Related time series"
    assert singular("Quill species") == "Quill species"
    assert singular("Loader categories") == "Loader category"


def test_the_name_a_thing_used_to_have_is_its_alias():
    from ingest.names import parse_name

    p = parse_name('Quill Stream (used to be "Gromble Quill Stream")')
    assert (p.canonical, p.aliases) == ("Quill Stream", ["Gromble Quill Stream"])
    p = parse_name("Quill Hub (formerly “Zorb Hub”)")
    assert (p.canonical, p.aliases) == ("Quill Hub", ["Zorb Hub"])


def test_lead_in_kinds_kept_by_who_keeps_them():
    from ingest.lists import lead_in_kind

    assert lead_in_kind("built-in checks I remember") == "built-in checks"
    assert lead_in_kind("Tools we use") == "Tools"
    assert lead_in_kind("Steps to follow") == ""
    assert lead_in_kind("Things I know") == ""


def test_a_labelled_list_member_keeps_a_plus_inside_its_remark():
    from ingest.lists import labelled_list

    label, members = labelled_list("destinations: Quill, Fern (via Quill + COPY), HTTP endpoints")
    assert [name for name, _ in members] == ["Quill", "Fern (via Quill + COPY)", "HTTP endpoints"]


def test_a_name_written_as_code_is_one_thing_however_it_was_met_first():
    r = EntityRegistry()
    code = r.resolve("ZORB_FAST_MERGE", identifier=True)
    assert r.resolve("ZORB_FAST_MERGE") is code
    word = r.resolve("quill_depth")
    assert r.resolve("quill_depth", identifier=True) is word
    # a plain word and its code stay two ("alpha" the setting, "Alpha" the thing)
    assert r.resolve("alpha", identifier=True) is not r.resolve("Alpha")
    assert r.resolve("Fern depth") is not r.resolve("fern_depth", identifier=True)
    # the very same name, written as code once and once not, is one thing
    rule = r.resolve("TreeGrowth", identifier=True)
    assert r.resolve("TreeGrowth") is rule
    assert r.resolve("Quillcheck") is r.resolve("Quillcheck", identifier=True)


def test_the_last_and_of_a_series_joins_its_last_item_whatever_its_case():
    from ingest.names import split_list

    assert split_list("intents, sample utterances and slots") == [
        "intents",
        "sample utterances",
        "slots",
    ]
    assert split_list("cbow, skipgram or batch_skipgram") == ["cbow", "skipgram", "batch_skipgram"]
    # one "and" with no series before it may be a name's own ("salt and pepper")
    assert split_list("research and development, testing") == [
        "research and development",
        "testing",
    ]
    assert split_list("salt and pepper") == ["salt and pepper"]
    assert split_list("Zorb and Quill") == ["Zorb", "Quill"]


def test_lead_in_kinds_followed_by_what_qualifies_them():
    from ingest.lists import lead_in_kind

    assert lead_in_kind("Quill Hub ships two SQL functions worth knowing") == "SQL functions"
    assert lead_in_kind("Remember these two rules when you study") == "rules"


def test_a_plural_in_ses_is_whichever_singular_english_uses():
    from ingest.lexicon import singular

    assert singular("approval statuses") == "approval status"
    assert singular("row biases") == "row bias"
    assert singular("Quill databases") == "Quill database"
    assert singular("uses") == "use"


def test_a_lead_in_asking_what_matters_names_no_kind_and_includes_names_its_subject():
    from ingest.lists import lead_in_kind

    assert lead_in_kind("What matters for the exam") == ""
    assert lead_in_kind("Which knobs I turn first") == ""
    assert lead_in_kind("Gromble Hub Fern Insights includes") == "Gromble Hub Fern Insights"
