"""How questions are read (words from the ontology, not from known questions), how sure the
answers say they are, and what a user sees when the documents do not answer exactly."""

import pytest

from graph.vocabulary import classes, plural, relation_phrase, relations
from search.question import analyse
from search.scoring import fit_conditional_logit, fit_logistic, softmax_scores
from search.spelling import Speller
from tests.helpers import engine_of, engine_with_notes


@pytest.mark.parametrize("cls", sorted(set(classes()) - {"Entity", "Document"}))
def test_every_class_of_the_ontology_is_understood_by_its_label(cls):
    label = classes()[cls].label.lower()
    q = analyse(f"Which {plural(label)} does the guide cover for reporting?")
    assert cls in q.types and q.form == "list"
    q = analyse(f"Which {label} works best for reporting?")
    assert cls in q.types and q.form == "single"


def test_a_synonym_in_the_ontology_names_the_class():
    assert "library" in classes()["Framework"].names
    assert analyse("Which libraries help with plotting?").types == {"Framework"}


def test_the_head_of_the_phrase_names_the_type_not_a_modifier():
    assert analyse("Which model monitoring aspects matter for drift?").types == {"MonitoringAspect"}
    assert analyse("Which frameworks or tools run on GPUs?").types == {"Framework", "Tool"}
    assert analyse("List the deployment options for model serving").types == set()
    # after "name the", a class name before a plural qualifies it: several things asked for
    assert analyse("Name the model types Gromble Hub offers.").form == "list"
    assert analyse("Name the service that stores rows.").form == "single"


def test_the_question_after_a_scenario_names_the_type_not_a_which_inside_it():
    q = analyse("Rows come in and we need to know which worker sent what. Which service?")
    assert q.types == {"Service"} and "worker" in q.ask_words


def test_words_about_the_document_are_not_the_topic():
    q = analyse("Which metrics does this study guide give for ranking?")
    assert "guide" not in q.words and "ranking" in q.words
    assert "guide" not in q.query


def test_relation_phrases_come_from_the_ontology_labels():
    assert relation_phrase("suitableFor") == "is " + relations()["suitableFor"].label
    assert relation_phrase("evaluates") == "evaluates"


def test_near_spellings_are_read_as_the_documents_words():
    speller = Speller(["kinesis", "streaming", "ingestion", "services"])
    fixed, changes = speller.correct("Kinesys streeming ingestion")
    assert fixed == "kinesis streaming ingestion"
    assert changes == {"Kinesys": "kinesis", "streeming": "streaming"}
    assert speller.correct("which everyday words stay")[1] == {}
    # a rare inflection of an English word is no typo ("batched" is not "batches")
    assert Speller(["batches", "records"]).correct("batched records")[1] == {}
    # a word cut short is the word it starts, not a near word ("algo" is not "also")
    words = Speller(["algorithm", "algorithms", "hyperparameters", "also"], ["also", "which"])
    assert words.correct("Built-in algo with required hyperparams?")[1] == {
        "algo": "algorithm",
        "hyperparams": "hyperparameters",
    }


def test_names_the_documents_never_use_are_found():
    s = Speller(["kinesis", "glue", "streams", "apache", "spark", "insights"])
    assert s.unknown_names("Which service runs Apache Oozie workflows next to Spark?") == ["Oozie"]
    assert s.unknown_names("Does Kinesis feed Glue?") == []  # opens the sentence, or known
    assert s.unknown_names("Which service reads SaaS apps such as Zendesk?") == ["SaaS"]
    assert s.unknown_names("What does IP-insigths do?") == []  # a misspelling, not a name
    assert s.unknown_names("Which Services Handle Streaming Ingestion?") == []  # Title Case
    # an acronym's plural names things of a sort ("two CRMs merged"), not one missing thing
    assert s.unknown_names("Two CRMs merged; which glue feature dedupes rows?") == []


def test_a_request_naming_a_plural_head_after_its_modifiers_asks_for_a_list():
    assert analyse("List the sync modes a Gromble loader can use.").form == "list"
    assert analyse("Name the built-in Quill modes Fernkit offers.").form == "list"
    assert analyse("Name the loader that focuses on rows.").form != "list"


def test_a_question_about_something_no_document_mentions_is_declined(engine):
    r = engine.ask("Which AWS service should we use to migrate our Snowflake tables?")
    assert not r["answered"] and "Snowflake" in r["summary"] and r["passages"]


def test_logistic_fit_is_calibrated_on_what_it_saw():
    rows = [{"x": 0.0}] * 30 + [{"x": 1.0}] * 30
    labels = [0] * 27 + [1] * 3 + [1] * 24 + [0] * 6
    m = fit_logistic(rows, labels, ("x",), l2=1e-6)
    assert abs(m.probability({"x": 0.0}) - 0.1) < 0.02
    assert abs(m.probability({"x": 1.0}) - 0.8) < 0.02


def test_ranking_fit_puts_the_right_row_first():
    groups = [([{"a": 0.9, "b": 0.1}, {"a": 0.2, "b": 0.8}], 0, 1.0)] * 5
    groups += [([{"a": 0.1, "b": 0.9}, {"a": 0.7, "b": 0.3}], 1, 1.0)] * 5
    m = fit_conditional_logit(groups, ("a", "b"), l2=0.01)
    p = softmax_scores(m, [{"a": 0.8, "b": 0.3}, {"a": 0.3, "b": 0.6}])
    assert p[0] > 0.6 and abs(sum(p) - 1) < 1e-9


def test_a_typo_is_answered_and_the_answer_says_which_spelling_it_assumed(engine):
    r = engine.ask("Kinesys services for streeming ingestion")
    assert r["answered"] and r["assumed"] == {"Kinesys": "kinesis", "streeming": "streaming"}
    assert r["summary"].startswith('(Reading "kinesis" for "Kinesys"')


def test_every_answer_carries_a_confidence_between_0_and_1(engine):
    for q in (
        "Which algorithms suit forecasting?",
        "What is RMSProp?",
        "Compare XGBoost and ARIMA",
    ):
        r = engine.ask(q)
        assert r["answered"] and 0.0 < r["confidence"] <= 1.0


def test_an_answer_of_another_class_is_never_given(engine):
    r = engine.ask("Which algorithm should I pick to forecast demand?")
    types = {engine.view.entities[a["iri"]].type for a in r["answers"]}
    assert types <= {"Algorithm", "Concept"}


def test_how_much_needs_a_figure(engine):
    r = engine.ask("How much does Amazon EFS cost per month?")
    assert not r["answered"] and "no figure" in r["summary"] and r["passages"]


def test_definition_is_never_the_bare_name(engine):
    for q in ("Define RMSProp", "Tell me about Amazon SageMaker Clarify", "What is Amazon EFS?"):
        r = engine.ask(q)
        label = r["answers"][0]["label"]
        assert r["answered"] and len(r["summary"]) > len(label) + 20, r["summary"]


def test_comparison_table_has_a_source_per_cell_and_its_sparql_runs(engine):
    r = engine.ask("Compare XGBoost and ARIMA")
    assert r["kind"] == "compare" and r["table"]
    for row in r["table"]:
        for name in ("XGBoost", "ARIMA"):
            if row[name]:
                assert row["sources"][name].startswith("aws-ml-specialty-cheatsheet.md:")
    assert engine.store.query(r["sparql"]).records() is not None


def test_calibration_is_reported_per_band():
    from search.evaluate import calibration_bands

    results = [{"answered": True, "confidence": c} for c in (0.1, 0.9, 0.95)] + [
        {"answered": False}
    ]
    scores = [{"f1": f} for f in (0.0, 1.0, 0.0, 0.0)]
    bands = {b["band"]: b for b in calibration_bands(results, scores)}
    assert bands["0.0-0.2"] == {"band": "0.0-0.2", "answers": 1, "accuracy": 0.0}
    assert bands["0.8-1.0"]["answers"] == 2 and bands["0.8-1.0"]["accuracy"] == 0.5


def test_a_question_that_names_its_document_keeps_to_it(built, tmp_path):
    from search import Engine
    from search.question import analyse
    from search.rebuild import rebuild
    from tests.helpers import CHEATSHEET, copy_build

    assert analyse("Which approaches do the notes suggest?").scope == []
    q = analyse("Which metrics does the cheat sheet give for regression?")
    assert q.scope == ["cheat"] and "cheat" not in q.words
    notes = tmp_path / "team-notes.md"
    notes.write_text(
        "# Team notes\n\n## Regression metrics\n\n- **Huber Score**: robust to outliers.\n"
        "- **Log-Cosh Error**: smooth like squared error.\n",
        encoding="utf-8",
    )
    build_dir = copy_build(built[0], tmp_path)
    rebuild([CHEATSHEET, notes], build_dir)
    engine = Engine(build_dir)
    r = engine.ask("Which metrics does the cheat sheet give for regression?")
    assert r["answered"] and r["summary"].startswith("(In aws-ml-specialty-cheatsheet.md.)")
    docs = {ev["document"] for a in r["answers"] for ev in a["evidence"]}
    assert docs == {"aws-ml-specialty-cheatsheet.md"}


def test_a_thing_without_a_definition_is_described_by_its_first_lines(engine):
    r = engine.ask("What is L2 regularization?")
    assert r["answered"] and "no definition" in r["summary"]
    said = r["summary"].split("they say: ", 1)[1]
    assert said.startswith("Involves the sum of the squared model weights.")  # its first line


def test_what_a_thing_is_for_is_a_definition_whatever_source_is_named():
    for question, subject in (
        ("What is Amazon Polly for, according to my notes?", "amazon polly"),
        ("What is AWS Glue used for?", "aws glue"),
        ("What does Amazon Lex do according to the guide?", "amazon lex"),
        ("What does shard splitting mean for a Kinesis stream?", "shard splitting"),
        ("explain what row caching is in Widget Hub", "row caching"),
        ("Explain what row fencing does to late rows.", "row fencing"),
        ("What does the Gromble score measure?", "gromble score"),
        ("define recall as a ranking metric", "recall"),
        ("In the nightly loads, what is meant by row drift?", "row drift"),
        ("Remind me how delta sync works and what it's good for.", "delta sync"),
        ("How does the guide explain Gromble scoring?", "gromble scoring"),
        ("How does FernKit work?", "fernkit"),
        # how the answer should be put is no part of the thing asked of
        ("Explain delta sync as I wrote it down.", "delta sync"),
        ("Describe row fencing the way my notes do", "row fencing"),
        ("Explain Gromble like the guide puts it", "gromble"),
    ):
        q = analyse(question)
        assert (q.form, q.subject) == ("definition", subject), question


def test_a_polite_request_is_not_a_yes_or_no_question():
    q = analyse("Could you explain what a parameter server is?")
    assert q.form == "definition" and q.subject == "parameter server"
    assert analyse("Could you list the storage tiers?").form != "yesno"
    assert analyse("Can I resize a volume while it is attached?").form == "yesno"


def test_where_questions_let_the_evidence_say_how_many():
    assert analyse("Where can the log shipper deliver records?").form == "open"


def test_hyphenated_compounds_also_give_their_words():
    from search.index import keyword_tokens

    tokens = keyword_tokens("Speech-to-Text and low-confidence results")
    assert {"speech-to-text", "speech", "text", "low-confidence", "confidence"} <= set(tokens)


def test_questions_that_ask_for_a_figure():
    for text in (
        "How many replicas can one cluster hold?",
        "What is the maximum payload size?",
        "What's the default timeout of a job?",
        "How much does a query cost?",
    ):
        assert analyse(text).asks_amount, text
    assert not analyse("What is the best format for training data?").asks_amount
    # "how many" after the thing the question opens by asking for describes that thing
    assert not analyse(
        "Which metric is computed as HITS / (HITS + MISSES), i.e. how many of the rows were hit?"
    ).asks_amount
    # a yes/no question asks yes or no, whatever amount it speaks of
    q = analyse("Is Quill Lake billed by how much data a query reads?")
    assert q.form == "yesno" and not q.asks_amount


def test_how_and_why_questions_take_no_answer_type_from_their_object():
    assert analyse("How do I shrink a trained model for phones?").types == set()
    assert analyse("Which model suits sparse data?").types == {"Algorithm"}


def test_the_asking_clause_after_a_scenario():
    q = analyse("Our logs grow by 5 GB a day from many apps. Which store keeps them cheaply?")
    assert q.ask_words == ["store", "keep", "cheaply"] and "logs" not in q.ask_words
    assert (
        analyse("Which store keeps logs cheaply?").ask_words
        == analyse("Which store keeps logs cheaply?").words
    )


def test_rare_inflections_of_english_words_and_names_with_everyday_words():
    s = Speller(["kinesis", "personalize", "errors", "streams"])
    assert s.correct("metric that penalizes big errors")[1] == {}
    assert s.unknown_names("Which Kinesis-family services exist?") == []
    # the bare form of a word the documents inflect is that word, not a near one
    s = Speller(["dedupes", "deduplicates", "tokenizing", "records"])
    assert s.correct("Which transform can deduplicate or tokenize records?")[1] == {}


def test_one_of_several_things_a_text_names_in_turn(built, tmp_path):
    assert analyse("What do I use to shrink a trained model for phones?").types == set()
    engine = engine_with_notes(
        built,
        tmp_path,
        "ops-notes.md",
        "# Ops notes\n\n## Security\n\n- **Audit**: AWS CloudTrail records API calls, Amazon "
        "CloudWatch keeps container logs, and Amazon Macie discovers personal data in S3 "
        "buckets.\n- **Network**: run jobs in private subnets.\n",
    )
    r = engine.ask("Which service looks for personal data in S3 buckets?")
    assert r["answered"] and [a["label"] for a in r["answers"]] == ["Amazon Macie"], r["summary"]


def test_a_thing_named_inside_a_row_is_said_of_its_own_piece(built, tmp_path):
    # the Ledger is named in Gromble's row; what the row says of merging is said of Quillmatch
    engine = engine_with_notes(
        built,
        tmp_path,
        "loaders.md",
        "# Loader notes\n\n| Tool | What it is | When to use |\n|---|---|---|\n"
        "| **Gromble** | A managed loader with crawlers, and the **Gromble Ledger** for tables "
        "| You need loading without servers. Its **Quillmatch** transform merges client rows "
        "that share no common key (the same client typed twice). |\n"
        "| **Fernstore** | Block storage for one host | Low-latency disks for one machine. |\n",
    )
    r = engine.ask("Which Gromble feature merges client rows with no common key?")
    assert [a["label"] for a in r["answers"]] == ["Quillmatch"], r["summary"]


def test_the_term_a_glossary_line_defines_answers_what_it_is_called(built, tmp_path):
    # the clause about Gromble Hub in the definition says nothing the question asks
    engine = engine_with_notes(
        built,
        tmp_path,
        "hub-glossary.md",
        "# Hub notes\n\n## Glossary\n\n"
        "- **Warm-up lag**: The extra wait on the first call after an idle queue has shrunk to "
        "zero, while Gromble Hub starts workers and loads the rows.\n"
        "- **Row fence**: A marker that stops a loader from reading past a checkpoint.\n\n"
        "## Gromble Hub\n\nGromble Hub runs queues. Gromble Hub keeps rows for a day. "
        "Gromble Hub scales workers to zero.\n",
    )
    r = engine.ask("What is the extra wait on the first call after an idle queue shrank called?")
    assert [a["label"] for a in r["answers"]] == ["Warm-up lag"], r["summary"]


def test_a_topic_of_another_document_still_answers(built, tmp_path):
    # one author lists Row Caching among the ways; another gives it a section of its own
    engine = engine_with_notes(
        built,
        tmp_path,
        "hub-speed.md",
        "# Hub notes\n\n## Slow reports\n\nThree ways to speed up slow Widget Hub reports:\n\n"
        "- Row Caching\n- Index Tuning\n- Query Batching\n",
        {
            "hub-cache.md": "# Cache notes\n\n## Row Caching\n\n- **Page cache**: keeps "
            "rendered pages.\n- **Disk cache**: keeps rows on local disk.\n- **Memory "
            "cache**: keeps hot rows in memory.\n"
        },
    )
    r = engine.ask("What are the ways to speed up slow Widget Hub reports?")
    labels = {a["label"] for a in r["answers"]}
    assert {"Row Caching", "Index Tuning", "Query Batching"} <= labels, r["summary"]


def test_where_asks_for_a_place_not_the_class_it_names():
    q = analyse("We have little data. Where can we get trained models for Widget Hub?")
    assert q.types == set()
    # a request after it still names what it asks for
    q = analyse("Where does FernKit send reports? Name the services the notes list.")
    assert q.types == {"Service"}


def test_a_scenario_before_the_question_word_names_no_answer_type():
    assert analyse("Once my model is trained, what are my options for serving it?").types == set()
    assert analyse("What does the profiler record once a model is live?").types == set()
    assert analyse("Once a model is compiled, which service runs it?").types == {"Service"}


def test_a_word_in_s_after_a_singular_noun_is_its_verb():
    assert analyse("What Widget Hub part compiles a report for printers?").form == "single"
    assert analyse("Which Widget Hub outputs does FernKit read?").form == "list"


def test_what_x_thing_asks_for_a_thing_of_x_not_about_x(built, tmp_path):
    engine = engine_with_notes(
        built,
        tmp_path,
        "hub-notes.md",
        "# Hub notes\n\n## Widget Hub\n\nWidget Hub is a reporting suite. Widget Hub keeps rows "
        "in the Bucket Store.\n\n## FernKit\n\nFernKit compiles a Widget Hub report into a "
        "small file for label printers.\n",
    )
    r = engine.ask("What Widget Hub add-on compiles a report for label printers?")
    assert r["answered"] and r["answers"][0]["label"] == "FernKit", r["summary"]


def test_what_is_a_term_without_a_definition_says_its_own_clause(built, tmp_path):
    engine = engine_with_notes(
        built,
        tmp_path,
        "hub-queue.md",
        '# Hub notes\n\n## Widget Hub\n\nWidget Hub is a reporting suite. TIP. "Rows arrive in '
        'bursts" → ingest queue.\n\nAn ingest queue buffers rows before Widget Hub writes them '
        "to the Bucket Store.\n",
    )
    r = engine.ask("what's an ingest queue in Widget Hub")
    assert r["answered"] and r["kind"] == "definition", r["summary"]
    assert "buffers rows" in r["summary"]
    r = engine.ask("What is an ingest queue in nightly loads?")  # the owner need not be known
    assert r["answered"] and r["kind"] == "definition", r["summary"]


def test_an_acronym_the_documents_spell_out_is_no_unknown_name(built, tmp_path):
    engine = engine_with_notes(
        built,
        tmp_path,
        "hub-sync.md",
        "# Hub notes\n\n## Widget Hub\n\nWidget Hub runs nightly row sync jobs. The **Gromble** "
        "job copies changed rows and the **Tessaract** job copies every row.\n",
    )
    r = engine.ask("Which Widget Hub job copies changed rows in the NRS?")
    assert r["answered"] and r["answers"][0]["label"] == "Gromble", r["summary"]
    r = engine.ask("Which Widget Hub job copies changed rows in the QZX?")
    assert not r["answered"] and "QZX" in r["summary"]


def test_which_of_the_plural_asks_for_several_unless_its_verb_is_singular():
    assert analyse("Which of the Widget Hub stores keep versions?").form == "list"
    assert analyse("Which of these Widget Hub stores is cheapest?").form == "single"
    assert analyse("Which of Gromble and FernKit is faster?").form == "single"


def test_a_family_named_by_a_rare_word_is_every_thing_whose_name_has_it(built, tmp_path):
    engine = engine_with_notes(
        built,
        tmp_path,
        "zorb.md",
        "# Zorb notes\n\n## Moving rows\n\n| need | tool |\n|---|---|\n| copy rows | Zorbex Copier |\n"
        "| watch rows | Zorbex Watcher |\n| sort rows | Zorbex Sorter |\n| read logs | LogKit |\n",
    )
    r = engine.ask("What are the members of the Zorbex family?")
    assert r["answered"], r["summary"]
    assert {a["label"] for a in r["answers"]} == {
        "Zorbex Copier",
        "Zorbex Watcher",
        "Zorbex Sorter",
    }


def test_when_to_use_one_thing_instead_of_another_is_a_comparison():
    assert analyse("When would I use Gromble instead of Tessaract?").form == "compare"
    assert analyse("What should I use instead of Gromble for nightly loads?").form != "compare"


def test_a_comparison_inside_a_condition_is_no_comparison_asked():
    q = "Which Quill knob do I turn when short rows are rare compared to long ones?"
    assert analyse(q).form == "single"
    assert analyse("Which is cheaper compared to Quill?").form == "compare"


def test_a_comparison_inside_what_the_asked_thing_does_is_no_comparison_asked():
    q = "What is the Gromble mode that cuts the cost by up to 90% versus Quill nodes?"
    assert analyse(q).form == "single"
    q = "What is the feature that differs between Gromble versus Quill?"
    assert analyse(q).form == "compare"


def test_what_a_thing_uses_is_asked_with_the_verb_use(built, tmp_path):
    engine = engine_with_notes(
        built,
        tmp_path,
        "hub-engine.md",
        "# Hub notes\n\n## Widget Hub\n\n- **Pixel Sorter** — uses the Fast Grid MultiTile Engine"
        " (FGE) with a small backbone.\n- **Tile Finder** — labels tiles.\n",
    )
    r = engine.ask("What engine does the Pixel Sorter use?")
    assert r["answered"] and r["answers"][0]["label"] == "Fast Grid MultiTile Engine", r["summary"]


def test_yes_or_no_reads_negation_and_only_against_the_question(built, tmp_path):
    engine = engine_with_notes(
        built,
        tmp_path,
        "hub-yesno.md",
        "# Hub notes\n\n## Gromble loader\n\nThe Gromble loader runs on Zorbex nodes only, one "
        "node at a time.\n\n## Tessaract queue\n\nThe Tessaract queue runs on Quanta nodes.\n\n"
        "It shrinks to zero workers when there are no pending rows.\n",
    )
    r = engine.ask("Can the Gromble loader run on Quanta nodes?")
    assert r["answered"] and r["answers"][0]["label"] == "No", r["summary"]
    r = engine.ask(
        "Does the Tessaract queue shrink to zero workers when there are no pending rows?"
    )
    assert r["answered"] and r["answers"][0]["label"] == "Yes", r["summary"]


def test_yes_or_no_reads_what_a_no_or_an_only_is_said_of(built, tmp_path):
    engine = engine_with_notes(
        built,
        tmp_path,
        "hub-rows.md",
        "# Hub notes\n\n| Tool | Facts | Use it when |\n|---|---|---|\n"
        "| Gromble Loader | Turns Zorb rows into Quill rows before it writes them to Fern. "
        "No replay. | you want rows landed in Fern with no code and no planning. |\n"
        "| Tansy Sorter | Quanta boards only (no Zorbex chips). Sorts rows by key. | "
        "rows must be ordered. |\n",
    )
    r = engine.ask("Can Gromble Loader turn Zorb rows into Quill rows before writing to Fern?")
    assert r["answered"] and r["answers"][0]["label"] == "Yes", r["summary"]
    r = engine.ask("Is Tansy Sorter restricted to Quanta boards?")
    assert r["answered"] and r["answers"][0]["label"] == "Yes", r["summary"]
    r = engine.ask("Can Tansy Sorter run on Zorbex chips?")
    assert r["answered"] and r["answers"][0]["label"] == "No", r["summary"]


def test_yes_or_no_reads_a_negation_said_of_the_thing_by_its_short_name(built, tmp_path):
    # the notes say no of "QRS" where the question spells out "Quill Row Stream"
    engine = engine_with_notes(
        built,
        tmp_path,
        "hub-short.md",
        "# Hub notes\n\n## Quill Row Stream (QRS)\n\nKeeps rows in shards for a day.\n\n"
        "QRS does NOT write to Fern Bucket by itself. Needs a reader (Tansy, Fern Hose).\n\n"
        "## Fern Bucket\n\nHolds files for years.\n",
    )
    r = engine.ask("Will Quill Row Stream save my rows to Fern Bucket automatically?")
    assert r["answered"] and r["answers"][0]["label"] == "No", r["summary"]


def test_a_column_of_marks_answers_which_things_it_marks(built, tmp_path):
    # a matrix of check marks: which rows a column ticks, or leaves unticked when asked "not"
    engine = engine_with_notes(
        built,
        tmp_path,
        "hub-matrix.md",
        "# Hub notes\n\n## Loaders at a glance\n\n"
        "| Loader | Zorb streaming | Quanta nodes | Tansy files |\n|---|---|---|---|\n"
        "| Quill Loader | ✓ | ✗ | ✓ |\n| Fern Loader | ✗ | ✓ | ✓ |\n"
        "| Gromble Loader | ✓ | ✓ | ✗ |\n| Mossy Loader | ✗ | ✗ | ✓ |\n",
    )
    r = engine.ask("Which loaders support Zorb streaming?")
    assert {a["label"] for a in r["answers"]} == {"Quill Loader", "Gromble Loader"}, r["summary"]
    rows = engine.store.query(r["sparql"]).rows  # the SPARQL shown gives the answers
    assert {row[1] for row in rows} == {"Quill Loader", "Gromble Loader"}
    r = engine.ask("Which loaders can't run on Quanta nodes?")
    assert {a["label"] for a in r["answers"]} == {"Quill Loader", "Mossy Loader"}, r["summary"]


def test_a_column_titled_in_short_or_denied_among_two_answers_by_its_marks(built, tmp_path):
    # a column's title cut short ("Unsup.") is named by the word it begins; a "not" denies
    # the first column named after it, not every column the question names
    engine = engine_with_notes(
        built,
        tmp_path,
        "loader-grid.md",
        "# Loader notes\n\nSome words first.\n\n## Another part\n\nMore words here.\n\n"
        "## Grid\n\n| Loader | Sup. | Unsup. | Zorb | Quill |\n|---|---|---|---|---|\n"
        "| Tansy Loader | ✓ | ✗ | ✓ | ✓ |\n| Fern Loader | ✗ | ✓ | ✓ | ✓ |\n"
        "| Gromble Loader | ✗ | ✓ | ✗ | ✓ |\n| Mossy Loader | ✓ | ✗ | ✓ | ✓ |\n"
        "| Pebble Loader | ✓ | ✗ | ✗ | ✓ |\n",
    )
    r = engine.ask("which of the built in loaders are unsupervised?")
    assert {a["label"] for a in r["answers"]} == {"Fern Loader", "Gromble Loader"}, r["summary"]
    r = engine.ask("Which loaders can't run on Zorb at all, Quill only?")
    assert {a["label"] for a in r["answers"]} == {"Gromble Loader", "Pebble Loader"}, r["summary"]


def test_a_family_the_notes_name_only_by_its_members_is_named(tmp_path):
    # the notes say "Model Monitor" and "Ground Truth", the catalogue's SageMaker family, never
    # "SageMaker" alone: a question that says it asks about things the notes do name
    engine = engine_of(
        tmp_path,
        "tuning-notes.md",
        "# Tuning notes\n\n## Tuning\n\n* **Automatic model tuning (AMT)** – runs many"
        " training jobs over the ranges you give.\n* search strategies: Gromble (the default),"
        " Quill, Fern, Zorb\n* Zorb stops weak jobs early.\n\n## Watching\n\n"
        "* **Model Monitor** – watches endpoints for drift.\n"
        "* **Ground Truth** – labels rows with a crowd.\n",
    )
    r = engine.ask("What's the default tuning search strategy in SageMaker?")
    assert r["answered"] and r["answers"][0]["label"] == "Gromble", r["summary"]
    r = engine.ask("In SageMaker, which search strategy is the default?")
    assert "never name" not in r["summary"], r["summary"]


def test_a_plural_before_a_verb_is_the_asked_noun_when_a_column_groups_things_by_it(
    built, tmp_path
):
    # "Which Quill loading options shrink ...": "options" is the things asked for (an "Option"
    # column groups them), not the verb of "Quill loading"
    engine = engine_with_notes(
        built,
        tmp_path,
        "loading-options.md",
        "# Quill notes\n\n## Loading\n\n| Option | Max rows | Shrinks to none |\n"
        "|---|---|:---:|\n| Drip loading | 6 MB | ❌ |\n| Tansy loading | 4 MB | ✅ |\n"
        "| Fern loading | 1 GB | ✅ |\n| Mossy loading | 100 MB | ✅ (no queue) |\n",
    )
    r = engine.ask("Which Quill loading options shrink to none?")
    assert {a["label"] for a in r["answers"]} == {
        "Tansy loading",
        "Fern loading",
        "Mossy loading",
    }, r["summary"]


def test_what_is_the_alternative_to_a_thing_asks_for_another_thing(built, tmp_path):
    # the asked phrase's head is a relation's word ("alternative"): not a question about
    # Quill, though it names only Quill
    engine = engine_with_notes(
        built,
        tmp_path,
        "loader-pins.md",
        "# Loader notes\n\n## Pinned\n\n| Topic | Settled answer |\n|---|---|\n"
        "| Quill | copies rows one at a time, CPU only (FRN = faster alternative) |\n"
        "| Fern Row Navigator (FRN) | copies whole files, needs a Zorb key |\n"
        "| Mossy | keeps rows for a year |\n",
    )
    r = engine.ask("What's the faster alternative to Quill for copying rows?")
    assert r["answered"] and r["answers"][0]["label"] == "Fern Row Navigator", r["summary"]


def test_a_column_s_value_the_question_says_answers_which_rows_have_it(built, tmp_path):
    # a column of categories ("Feed": Streaming or Nightly): the rows with the value asked
    engine = engine_with_notes(
        built,
        tmp_path,
        "loader-feeds.md",
        "# Loader notes\n\nSome words first.\n\n## Appendix\n\n| Loader | Feed | Rows |\n"
        "|---|---|---|\n| Quill Loader | Streaming | 6 MB |\n| Fern Loader | Nightly | 1 GB |\n"
        "| Tansy Loader | Streaming (mostly) | 4 MB |\n| Mossy Loader | Nightly | 2 GB |\n",
    )
    r = engine.ask("According to the appendix, which loaders are streaming?")
    assert {a["label"] for a in r["answers"]} == {"Quill Loader", "Tansy Loader"}, r["summary"]
    rows = engine.store.query(r["sparql"]).rows  # the SPARQL shown gives the answers
    assert {row[1] for row in rows} == {"Quill Loader", "Tansy Loader"}


def test_whether_a_matrix_marks_a_thing_answers_yes_or_no(built, tmp_path):
    # the things compared are the columns; a row of marks per feature
    engine = engine_with_notes(
        built,
        tmp_path,
        "hub-features.md",
        "# Hub notes\n\n## Loader features\n\n"
        "| Feature | Quill Loader | Fern Loader | Gromble Loader |\n|---|---|---|---|\n"
        "| Max rows per call | 6 MB | 4 MB | 1 GB |\n| Zorb streaming | ✓ | ✗ | ✓ |\n"
        "| Quanta nodes | ✓ | ✗ | ◐ |\n| Shrinks to none | ✗ | ✓ | ✓ |\n",
    )
    r = engine.ask("Does the Fern Loader support Quanta nodes?")
    assert r["answers"][0]["label"] == "No", r["summary"]
    r = engine.ask("Can the Gromble Loader shrink to none?")
    assert r["answers"][0]["label"] == "Yes", r["summary"]
    r = engine.ask("Can the Gromble Loader use Quanta nodes?")  # partly: yes, with limits
    assert r["answers"][0]["label"] == "Yes", r["summary"]


def test_the_number_of_things_asked_is_a_count_of_those_things(built, tmp_path):
    engine = engine_with_notes(
        built,
        tmp_path,
        "hub-count.md",
        "# Hub notes\n\n## Endpoint layouts\n\n| Layout | Several models | Typical use |\n"
        "|---|---|---|\n| Zorb endpoint | ✓ | thousands of similar models on shared nodes |\n"
        "| Quill endpoint | ✓ | up to 15 containers with different loaders behind one "
        "endpoint |\n",
    )
    r = engine.ask("What's the maximum number of models a Zorb endpoint can host?")
    assert not any("15" in a["label"] for a in r["answers"]), r["summary"]


def test_what_a_thing_is_asked_with_its_topic_in_brackets_is_a_definition():
    q = analyse("what is row fencing (quill loader)?")
    assert q.form == "definition" and q.subject == "row fencing"
    assert q.text == "what is row fencing (quill loader)?"


def test_a_class_named_in_plain_words_is_no_thing_of_that_class():
    from search.answer import _class_named

    assert _class_named("Input format") and _class_named("Custom metric")
    assert not _class_named("Linear Learner") and not _class_named("Zorb format")


def test_yes_or_no_reads_a_negation_past_examples_in_brackets(built, tmp_path):
    # examples in brackets do not cut the clause that says no; a clause in brackets still
    # says yes; a word and its "-ing" form are one ("scale", "scaling")
    engine = engine_with_notes(
        built,
        tmp_path,
        "hub-brackets.md",
        "# Hub notes\n\n## Loading\n\nTree loaders (Gromble, Quill) don't care about scaling; "
        "row loaders care a lot.\n\n## Isolation\n\nWith Fern isolation on, the Zorbex "
        "container gets no outbound network at all (Zorbex still copies rows in and out).\n",
    )
    r = engine.ask("Do I need to scale the rows before running a tree loader such as Gromble?")
    assert r["answered"] and r["answers"][0]["label"] == "No", r["summary"]
    r = engine.ask("With Fern isolation on, does Zorbex still copy rows in and out?")
    assert r["answered"] and r["answers"][0]["label"] == "Yes", r["summary"]


def test_the_default_of_a_type_is_a_thing_not_a_figure():
    assert not analyse("What is the default algorithm for Widget Hub reports?").asks_amount
    assert analyse("What is the default batch size for Widget Hub loads?").asks_amount


def test_the_text_of_a_section_supports_the_list_it_holds(built, tmp_path):
    from search.answer import read

    engine = engine_with_notes(
        built,
        tmp_path,
        "hub-reuse.md",
        "# Hub notes\n\n## Warm reuse\n\nWith warm reuse, a new Widget Hub job starts from the "
        "rows an earlier job copied instead of starting from nothing.\n\nOnly two loaders "
        "support warm reuse:\n\n- Delta loader\n- Mirror loader\n",
    )
    question = "Which loaders can start a new job from the rows an earlier job copied?"
    s = read(engine, question, engine.encode(question))
    prose = max(
        sc for u, sc in s.unit_score.items() if engine.view.units[u].text.startswith("With warm")
    )
    reuse = next(r for r in s.readings if engine.view.label(r.anchor) == "Warm reuse")
    assert reuse.features["support"] >= 0.9 * prose


def test_when_to_use_one_thing_rather_than_another_after_according_to():
    q = analyse("According to my notes, when should I pick Gromble rather than FernKit?")
    assert q.form == "compare"


def test_a_tip_of_several_scenarios_answers_with_the_one_that_matches(built, tmp_path):
    engine = engine_with_notes(
        built,
        tmp_path,
        "hub-tips.md",
        "# Hub notes\n\n## Stores\n\nWidget Hub keeps rows in the **Bucket Store**, the **Table "
        'Store** and the **Tape Vault**.\n\nTIP. "Cold rows kept for years" = Tape Vault. '
        '"Point lookups by key in milliseconds" = Table Store. "Large nightly batches" = Bucket '
        "Store (or Table Store for small ones).\n",
    )
    r = engine.ask("Which Widget Hub store serves point lookups by key in milliseconds?")
    assert r["answered"] and r["answers"][0]["label"] == "Table Store", r["summary"]


def test_how_much_is_answered_with_the_figure_the_notes_give(built, tmp_path):
    engine = engine_with_notes(
        built,
        tmp_path,
        "hub-limits.md",
        "# Hub notes\n\n## Widget Hub limits\n\n- **Report size**: up to 40 MB per report.\n"
        "- **Retention**: reports are kept for 90 days, then deleted.\n\n## Gromble jobs\n\n"
        "Gromble copies changed rows; a Gromble job runs for at most 15 minutes.\n",
    )
    r = engine.ask("How long are reports kept in Widget Hub?")
    assert r["answered"] and r["answers"][0]["label"] == "90 days", r["summary"]
    assert "kept for 90 days" in r["answers"][0]["evidence"][0]["text"]
    r = engine.ask("How long can a Gromble job run?")
    assert r["answered"] and r["answers"][0]["label"] == "15 minutes", r["summary"]
    # a figure of another measure is no answer, nor a measure when a count is asked for
    assert not engine.ask("How much does a Gromble job cost per hour?")["answered"]
    r = engine.ask("How many reports can Widget Hub keep?")
    assert not r["answered"] or r["answers"][0]["label"] != "40 MB", r["summary"]
    r = engine.ask("How long can a Widget Hub report be?")  # a time answers "how long"
    assert not r["answered"] or r["answers"][0]["label"] != "40 MB", r["summary"]


def test_a_price_keeps_what_it_is_per(built, tmp_path):
    engine = engine_with_notes(
        built,
        tmp_path,
        "hub-prices.md",
        "# Hub notes\n\n## Quill Query\n\nQuill Query runs SQL on stored rows. You pay $7 per TB"
        " scanned, so packed files cut the bill.\n",
    )
    r = engine.ask("How much does Quill Query charge for the rows a query scans?")
    assert r["answered"] and r["answers"][0]["label"] == "$7 per TB", r["summary"]
    (tmp_path / "second").mkdir()
    engine = engine_with_notes(
        built,
        tmp_path / "second",
        "hub-pricing.md",
        "# Hub notes\n\n## Fern Query\n\nServerless SQL over stored rows, using the Moss"
        " catalogue for table definitions. No cluster, no loading step.\n\nPricing is per data"
        " scanned, $5 per TB, so everything that scans less saves money: packed formats and"
        " partitions.\n",
    )
    # "TB" says terabyte; a sum of money says what it costs
    r = engine.ask("What does Fern Query cost per terabyte of data scanned?")
    assert r["answered"] and r["answers"][0]["label"] == "$5 per TB", r["summary"]


def test_a_figure_in_words_a_share_saved_and_the_most_a_thing_can_be_given(built, tmp_path):
    engine = engine_with_notes(
        built,
        tmp_path,
        "hub-figures.md",
        "# Hub notes\n\n## Quill Async\n\nQuill Async queues requests, accepts payloads of up to"
        " 1 GB and processing times of up to one hour.\n\n## Fern Spot\n\n- Cuts job cost by"
        " up to 80% compared with fixed nodes.\n\n## Tansy Serverless\n\n- Memory: 1 to 4 GB;"
        " no GPUs.\n",
    )
    r = engine.ask("How long is a Quill Async request allowed to run?")
    assert r["answered"] and r["answers"][0]["label"] == "one hour", r["summary"]
    r = engine.ask("Up to how much can Fern Spot cut job cost?")
    assert r["answered"] and r["answers"][0]["label"] == "80%", r["summary"]
    r = engine.ask("What's the most memory I can give a Tansy Serverless endpoint?")
    assert r["answered"] and r["answers"][0]["label"] == "4 GB", r["summary"]
    assert not analyse("What is the most cost-effective way to serve rows?").asks_amount


def test_a_figure_said_across_a_sentence_or_row_of_the_thing_named(built, tmp_path):
    engine = engine_with_notes(
        built,
        tmp_path,
        "hub-bounds.md",
        "# Hub notes\n\n## Quill Data Pipes\n\nPipes carry rows in order. Retention: 24 hours"
        " by default, can be raised up to 365 days. Per pipe:\n\n- writes: 1 MB/s or 1,000"
        " rows/s\n- reads: 2 MB/s\n\n## Quill Video Pipes\n\nVideo pipes"
        " carry frames. Retention is configurable, from none at all up to 10 years.\n\n"
        "## Limits\n\n| Service | Mode | Limit |\n|---|---|---|\n| Fern Reader | Batch jobs"
        " (scans) | 500 MB, 3,000 pages |\n| Fern Reader | Single calls | 10 MB |\n\n"
        "## Tansy Serverless\n\n| Option | Best for | Limits |\n|---|---|---|\n| Tansy"
        " Serverless | Spiky traffic; pay only while requests run | Memory up to 6 GB; up to"
        " 200 per endpoint |\n\n## Moss Store\n\n| Tier | Min. storage duration |\n|---|---|\n"
        "| Moss Cold | 180 days |\n\n## Gromble Booster\n\n| Name | Default |\n|---|---|\n"
        "| fern_depth | 6 |\n\n## Gromble Segmenter\n\nImages are resized to 520 pixels"
        " before cropping, and fern_crop sets the square crop fed to the network.\n",
    )
    # "365 days" says what it is of in the clause before it, and of the pipe named
    r = engine.ask("What is the longest retention period a Quill data pipe can be set to?")
    assert r["answered"] and r["answers"][0]["label"] == "365 days", r["summary"]
    # a count of the things asked for, though the line says little else of the question
    r = engine.ask("How many rows per second can be written into a single Quill data pipe?")
    assert r["answered"] and r["answers"][0]["label"] == "1,000 rows/s", r["summary"]
    # the cell beside says what the limit is of (and "how many pages" is answered in pages)
    r = engine.ask("How many pages can a scan sent to Fern Reader batch jobs have?")
    assert r["answered"] and r["answers"][0]["label"] == "3,000", r["summary"]
    # a duration, though a charge is spoken of
    r = engine.ask("What is the minimum storage duration charged for Moss Cold?")
    assert r["answered"] and r["answers"][0]["label"] == "180 days", r["summary"]
    r = engine.ask("What is Gromble Booster's default fern_depth?")
    assert r["answered"] and r["answers"][0]["label"] == "6", r["summary"]
    # a figure said before what is asked is named, of something else
    r = engine.ask("What is the default fern_crop of the Gromble Segmenter?")
    assert not r["answered"] or "520" not in r["answers"][0]["label"], r["summary"]
    # what is measured the row never says: no figure of something else
    r = engine.ask("What is the maximum request payload for a Tansy Serverless endpoint?")
    assert not r["answered"] or "200" not in r["answers"][0]["label"], r["summary"]


def test_the_doer_of_what_an_adverb_stands_before_is_the_answer(built, tmp_path):
    engine = engine_with_notes(
        built,
        tmp_path,
        "hub-doers.md",
        "# Hub notes\n\n## Fern ML\n\nFern ML lets an analyst run MAKE MODEL in SQL. Behind"
        " the scenes the rows are exported to Quill Store and Zorbex Autopilot trains and tunes"
        " the model.\n\n## Quill Store\n\nQuill Store keeps objects.\n\n## Zorbex Autopilot"
        "\n\nZorbex Autopilot picks and tunes models for tables.\n",
    )
    assert analyse("Which Zorbex feature actually trains the model?").asked == "zorbex feature"
    for q in (
        "When you run MAKE MODEL in Fern ML, which Zorbex feature actually trains the model?",
        "When an analyst runs MAKE MODEL with Fern ML, what actually trains the model?",
    ):
        r = engine.ask(q)
        assert r["answered"] and r["answers"][0]["label"] == "Zorbex Autopilot", r["summary"]


def test_yes_or_no_reads_what_is_asked_without_what_the_question_sets_aside(built, tmp_path):
    engine = engine_with_notes(
        built,
        tmp_path,
        "hub-asides.md",
        "# Hub notes\n\n## Fern Hose\n\nFern Hose buffers rows for a minute. Fern Hose can't"
        " deliver straight into Quill Store; land rows in Moss Store first.\n\n## Gromble"
        " Monitor\n\nGromble Monitor compares rows with a baseline. Gromble Monitor also works"
        " on Tansy batch jobs, not only on real-time endpoints.\n\n## Fern Watch\n\nFern"
        " Watch also works with Zorb Transform jobs, not only real-time endpoints.\n\n## Bramble variants\n\nEach"
        " Bramble variant has a weight. Weights of Bramble variants can be changed later with a"
        " Quill call without redeploying anything.\n\n## Moss checks\n\nA final reminder: a"
        " Moss check without any gold labels cannot compute any score.\n",
    )
    for q, said in (
        (
            "Can Fern Hose push streaming rows straight into Quill Store without landing them "
            "somewhere first?",
            "No",
        ),
        (
            "Can Gromble Monitor also be pointed at Tansy batch jobs, not just live endpoints?",
            "Yes",
        ),
        ("Is it possible to change the weights of Bramble variants without redeploying?", "Yes"),
        ("Can a Moss check work out scores without any gold labels?", "No"),
        # "not only ..." in the passage adds, it denies nothing
        ("Can Fern Watch be used on Zorb Transform jobs as well as endpoints?", "Yes"),
    ):
        r = engine.ask(q)
        assert r["answered"] and r["label"] == said, (q, r["summary"])


def test_a_restriction_that_opens_a_terse_line_is_no_other_thing_s_sentence(built, tmp_path):
    engine = engine_with_notes(
        built,
        tmp_path,
        "hub-terse.md",
        "# Hub notes\n\n## Tansy Serverless\n\nTansy Serverless scales to zero between"
        " requests.\n\n- CPU only - no GPU instances\n- memory from 1 to 6 GB\n",
    )
    r = engine.ask("Can a Tansy Serverless endpoint run on GPU hardware?")
    assert r["answered"] and r["label"] == "No", r["summary"]


def test_naming_things_in_the_plural_asks_for_a_list():
    assert analyse("Name the ways of taming gromble drift that the notes give.").form == "list"
    assert analyse("list all fixes for row skew").form == "list"
    assert analyse("Name the process that copies rows.").form != "list"


def test_what_are_the_options_asks_for_the_options_not_a_class_named_later():
    q = analyse("What are the options for serving predictions from a Widget Hub model?")
    assert (q.form, q.types) == ("list", set())


def test_yes_or_no_reads_a_passage_that_says_something_not_a_bare_title(built, tmp_path):
    engine = engine_with_notes(
        built,
        tmp_path,
        "hub-store.md",
        "# Hub notes\n\n## Stores\n\n### Gromble Store\n\n- Keeps rows for a day\n"
        "- No row history, so no replay of rows\n\n### Tessaract Store\n\n"
        "- Keeps every row for a year, and rows can be replayed\n",
    )
    r = engine.ask("Can rows be replayed from the Gromble Store?")
    assert r["answered"] and r["label"] == "No", r["summary"]


def test_amount_questions_after_a_scenario_and_in_superlatives():
    assert analyse("By default, how many rows can one Widget Hub report hold?").asks_amount
    assert analyse("What's the largest report Widget Hub can render?").asks_amount
    assert analyse("roughly how much can a Gromble sync save?").asks_amount
    assert not analyse("Which loader is the fastest?").asks_amount
    # a figure asked for against something else is not a comparison of two named things
    q = analyse("How much faster is a Gromble sync compared with a full copy?")
    assert q.asks_amount and q.form != "compare"


def test_things_that_serve_one_purpose_together_answer_it(built, tmp_path):
    engine = engine_with_notes(
        built,
        tmp_path,
        "zorb-checklist.md",
        "# Zorb notes\n\n## Tools\n\n| Tool | What it does |\n|---|---|\n"
        "| Gromble Loader | loads rows |\n| Tessaract Queue | queues rows |\n"
        "| Fern Store | keeps rows |\n| Pixel Board | draws charts |\n\n## Checklist\n\n"
        "- Know Pixel Board for queue charts\n"
        "- Build nightly ledgers with Gromble Loader, Tessaract Queue and Fern Store\n",
    )
    r = engine.ask("Which tools does the checklist name for building nightly ledgers?")
    assert r["answered"], r["summary"]
    assert {a["label"] for a in r["answers"]} == {"Gromble Loader", "Tessaract Queue", "Fern Store"}


def test_the_odd_ones_out_of_a_list_of_another_class_are_no_answer(built, tmp_path):
    engine = engine_with_notes(
        built,
        tmp_path,
        "zorb-algorithms.md",
        "# Zorb notes\n\n## Zorbex Studio\n\n- **XGBoost** — boosted trees in Zorbex Studio\n"
        "- **K-Means** — clusters rows\n- **DeepAR** — forecasts series\n"
        "- **Pixel trade-off** — the balance between speed and cost\n",
    )
    r = engine.ask("Which search strategies, for example grid search, does Zorbex Studio offer?")
    labels = {a["label"] for a in r["answers"]}
    assert "Pixel trade-off" not in labels, r["summary"]


def test_a_clause_may_write_a_question_word_short():
    from search.answer import _abbreviated
    from search.readings import stem, stems

    said = stems("Max request payload: 7 MB")
    assert _abbreviated(["maximum", "request", "size"], said) == {stem("maximum")}
    assert not _abbreviated(["user"], stems("use it"))  # a word, not a short form of one


def test_a_condition_before_a_yes_or_no_question():
    assert (
        analyse("When the Gromble queue is empty, can it shrink to zero workers?").form == "yesno"
    )
    assert analyse("Which loaders, for example Gromble, does FernKit use?").form == "list"


def test_yes_or_no_reads_an_exception_for_what_the_question_names(built, tmp_path):
    engine = engine_with_notes(
        built,
        tmp_path,
        "hub-audit.md",
        "# Hub notes\n\n## Gromble audit\n\nThe Gromble audit log records every Widget Hub call"
        " except PixelSync and TileSync; loader output goes to FernKit.\n",
    )
    r = engine.ask("Does the Gromble audit log record PixelSync calls?")
    assert r["label"] == "No", r["summary"]
    r = engine.ask("Does the Gromble audit log record Widget Hub calls?")
    assert r["label"] == "Yes", r["summary"]


def test_yes_or_no_heeds_a_passage_nearly_as_good_that_says_only_something_else(built, tmp_path):
    engine = engine_with_notes(
        built,
        tmp_path,
        "hub-nodes.md",
        "# Hub notes\n\n## Gromble\n\nGromble runs on Quanta nodes and Zorbex nodes for training."
        "\n\nGromble serving runs on Zorbex nodes only.\n\nGromble keeps the full history of"
        " every run.\n",
    )
    r = engine.ask("Can Gromble serving run on Quanta nodes?")
    assert r["label"] == "No", r["summary"]
    r = engine.ask("Can Gromble run on Quanta nodes for training?")
    assert r["label"] == "Yes", r["summary"]


def test_what_a_thing_does_to_its_own_list_is_that_list(built, tmp_path):
    engine = engine_with_notes(
        built,
        tmp_path,
        "hub-watch.md",
        "# Hub notes\n\n## Monitoring\n\n- Gromble Watcher checks three things:\n"
        "  - row freshness\n  - loader latency\n  - queue depth\n"
        "- FernKit Ledger keeps the audit trail\n",
    )
    r = engine.ask("What does Gromble Watcher keep an eye on?")
    assert r["answered"], r["summary"]
    assert {a["label"].lower() for a in r["answers"]} == {
        "row freshness",
        "loader latency",
        "queue depth",
    }


def test_where_a_stream_delivers_its_rows(built, tmp_path):
    engine = engine_with_notes(
        built,
        tmp_path,
        "hub-streams.md",
        "# Hub notes\n\n## Streams\n\n- **Gromble Stream** – loads nightly rows into FernKit,"
        " MossLib and ZorbDB; buffers for a minute.\n- **Pixel Board** – draws charts.\n",
    )
    r = engine.ask("Where can Gromble Stream send its rows?")
    assert {a["label"] for a in r["answers"]} == {"FernKit", "MossLib", "ZorbDB"}, r["summary"]


def test_a_compared_name_may_leave_out_the_words_it_shares(built, tmp_path):
    engine = engine_with_notes(
        built,
        tmp_path,
        "hub-sync.md",
        "# Hub notes\n\n## Sync\n\n- Delta sync – copies the rows that changed.\n"
        "- Mirror sync – copies every row again.\n",
    )
    r = engine.ask("How does delta sync differ from mirror?")
    assert {a["label"] for a in r["answers"]} == {"Delta sync", "Mirror sync"}, r["summary"]
    q = analyse("What are the different ways a Gromble job can read its rows?")
    assert q.form == "list"  # "ways" is the noun after "are the", not a verb


def test_a_rate_written_short_says_what_it_is_per(built, tmp_path):
    engine = engine_with_notes(
        built,
        tmp_path,
        "hub-shards.md",
        "# Hub notes\n\n## Gromble Stream\n\n- capacity is counted in shards\n"
        "- per shard writes: 3 MB/s or 2,000 rows/s\n- per shard reads: 6 MB/s\n",
    )
    r = engine.ask("How much data per second can a single Gromble shard write?")
    assert r["answered"] and r["answers"][0]["label"] == "3 MB/s", r["summary"]
    from search.figures import rate_words

    assert rate_words("3 MB/s or 2,000 rows/s; 60 calls/min") == {"second", "minute"}
    assert rate_words("read/write, and/or") == set()


def test_a_heading_naming_both_compared_things_is_neither(built, tmp_path):
    engine = engine_with_notes(
        built,
        tmp_path,
        "hub-loaders.md",
        "# Hub notes\n\n## Gromble Loader and Fern Batch\n\n"
        "- **Gromble Loader** – copies rows as they come; scales to zero.\n"
        "- **Fern Batch** – scores a whole bucket offline, then stops.\n",
    )
    r = engine.ask("How do Gromble Loader and Fern Batch differ?")
    assert [a["label"] for a in r["answers"]] == ["Gromble Loader", "Fern Batch"], r["summary"]


def test_a_time_or_a_size_answers_how_long_or_how_big_with_fewer_words_said(built, tmp_path):
    engine = engine_with_notes(
        built,
        tmp_path,
        "hub-streams-limits.md",
        "# Hub notes\n\n## Streams\n\n- **Gromble Stream** – loads rows in shards; each shard"
        " takes 1 MB/s in. Retention is 24 hours by default and can be raised to 365 days.\n"
        "- **Pixel Queue** – holds jobs; a message can be up to 256 KB.\n",
    )
    r = engine.ask("How long does a Gromble Stream keep its records by default?")
    assert r["answered"] and r["answers"][0]["label"] == "24 hours", r["summary"]
    r = engine.ask("How big can a single request to Pixel Queue be?")
    assert r["answered"] and r["answers"][0]["label"] == "256 KB", r["summary"]


def test_yes_or_no_past_a_contrast_and_an_only_that_names_what_is_asked(built, tmp_path):
    engine = engine_with_notes(
        built,
        tmp_path,
        "hub-sync-modes.md",
        "# Hub notes\n\n## Sync\n\nDelta sync copies the changed rows and so keeps jobs short;"
        " mirror sync copies every row. Delta sync is not mirror sync: pick delta for nightly"
        " jobs.\n\n## Renderers\n\nGromble renders pie charts; it is not a loader, and it runs"
        " only on Quanta nodes for rendering.\n",
    )
    r = engine.ask("Does delta sync copy the changed rows?")
    assert r["label"] == "Yes", r["summary"]
    r = engine.ask("Does Gromble need Quanta nodes for rendering?")
    assert r["label"] == "Yes", r["summary"]
    r = engine.ask("Is Gromble a loader?")  # what it is set apart from is asked
    assert r["label"] == "No", r["summary"]


def test_the_thing_first_and_the_asking_after_is_a_definition():
    for text in (
        "Delta mode - what is it?",
        "delta mode meaning?",
        "meaning of delta mode",
        "delta mode: what's it for?",
    ):
        q = analyse(text)
        assert (q.form, q.subject) == ("definition", "delta mode"), text
    assert analyse("Which delta tools are there and what are they for?").form == "list"


def test_which_ones_stands_for_the_phrase_before_it():
    q = analyse("widget hub loaders - which ones does the guide say copy rows?")
    assert (q.form, q.asked) == ("list", "widget hub loaders"), q


def test_what_is_the_difference_and_one_over_another_are_comparisons():
    assert analyse("Gromble or FernKit: what's the real difference?").form == "compare"
    assert analyse("When should I pick Gromble over FernKit, and vice versa?").form == "compare"


def test_a_comparison_compares_the_names_set_side_by_side(built, tmp_path):
    engine = engine_with_notes(
        built,
        tmp_path,
        "hub-compare.md",
        "# Hub notes\n\n## Gromble loader\n\nThe Gromble loader copies changed rows.\n\n"
        "## FernKit loader\n\nThe FernKit loader streams every row.\n\n"
        "## Widget Hub\n\nWidget Hub runs the Gromble loader and the FernKit loader.\n",
    )
    r = engine.ask("Gromble loader vs FernKit loader for Widget Hub - how do they differ?")
    assert [a["label"] for a in r["answers"]] == ["Gromble loader", "FernKit loader"], r


def test_yes_or_no_reads_the_opposite_degree_as_no(built, tmp_path):
    engine = engine_with_notes(
        built,
        tmp_path,
        "hub-degree.md",
        "# Hub notes\n\n## Gromble score\n\nGromble score: lower values indicate a "
        "healthier hub.\n",
    )
    r = engine.ask("For the Gromble score, is a higher value better?")
    assert r["answered"] and r["answers"][0]["label"] == "No", r["summary"]


def test_how_does_one_stack_up_against_another_is_a_comparison():
    assert analyse("For loading, how does Gromble stack up against FernKit?").form == "compare"
    assert analyse("Gromble or FernKit? How do they compare?").form == "compare"
    assert analyse("Gromble or FernKit - when would I pick one over the other?").form == "compare"
    assert analyse("Gromble or FernKit for night loads: how do I decide between them?").form == (
        "compare"
    )
    assert analyse("Gromble and FernKit both copy rows. What differs between them?").form == (
        "compare"
    )
    assert analyse("Which loaders can I choose between for nightly jobs?").form != "compare"


def test_which_one_does_this_and_which_one_that_compares_two_things():
    assert analyse(
        "Gromble or FernKit - which suits night loads and which suits live rows?"
    ).form == ("compare")
    assert (
        analyse(
            "I mix up Gromble and FernKit. Which one keeps a replay, and which one is "
            "only near live?"
        ).form
        == "compare"
    )
    assert analyse("How do Gromble and FernKit stack up on cost and speed?").form == "compare"
    assert analyse("Which loaders copy rows and which stores keep them?").form != "compare"


def test_a_name_written_run_together_links_to_the_name_in_parts(built, tmp_path):
    engine = engine_with_notes(
        built,
        tmp_path,
        "hub-parts.md",
        "# Hub notes\n\n## Gromble Store\n\n- keeps rows for a week\n- serves rows only on "
        "Zorbex nodes\n\n## Quanta nodes\n\n- Quanta nodes have eight cores each\n",
    )
    linked = engine.names.link("Can GrombleStore serve rows on Quanta nodes?")
    assert any(engine.view.label(x) == "Gromble Store" for x in linked), linked
    r = engine.ask("Can GrombleStore serve rows on Quanta nodes?")
    assert r["answered"] and r["answers"][0]["label"] == "No", r["summary"]


def test_a_word_in_s_before_an_object_is_the_verb_of_the_asked_phrase():
    q = analyse("Rows arriving per hour - which distribution models that?")
    assert (q.form, q.types) == ("single", {"Distribution"}), q


def test_which_things_does_it_cover_is_about_the_class_asked_for(built, tmp_path):
    engine = engine_with_notes(
        built,
        tmp_path,
        "hub-dists.md",
        "# Hub notes\n\n## Distributions\n\n**Gromble:** discrete; rows per hour.\n\n"
        "**FernKit:** continuous; a bell curve.\n\n**Zorbex:** one yes/no trial.\n",
    )
    r = engine.ask("Which probability distributions do the hub notes cover?")
    assert r["answered"], r["summary"]
    assert {a["label"] for a in r["answers"]} == {"Gromble", "FernKit", "Zorbex"}, r["summary"]


def test_a_hyphenated_participle_and_an_acronym_plural_stay_in_the_asked_phrase():
    q = analyse("Which pre-trained Gromble APIs can I call without training my own model?")
    assert (q.form, q.asked) == ("list", "pre-trained gromble apis"), q


def test_a_word_in_s_inside_the_asked_run_after_a_singular_noun_is_its_verb():
    q = analyse("Which Gromble function finds dense regions in the rows?")
    assert (q.form, q.asked) == ("single", "gromble function"), q
    q = analyse("Which stream destinations does Gromble support?")
    assert q.form == "list", q
    q = analyse("Which Gromble option tags who said what in a long call?")
    assert (q.form, q.asked) == ("single", "gromble option"), q


def test_is_there_something_that_does_it_asks_for_the_thing():
    q = analyse(
        "Rows repeat with no shared key. Is there something in Gromble that can merge them?"
    )
    assert q.form == "single" and "merge" in q.words, q
    assert analyse("Is there something wrong with my Gromble setup?").form == "yesno"


def test_which_one_stands_for_the_class_named_before():
    q = analyse("We want an unsupervised Gromble algorithm that scores each row. Which one?")
    assert (q.form, q.types) == ("single", {"Algorithm"}), q
    # the class named last, not a scenario's first word that could name one ("need")
    q = analyse("We need to score each row, using a built-in Gromble algorithm. Which one?")
    assert (q.form, q.types, q.asked) == ("single", {"Algorithm"}, "built-in gromble algorithm")


def test_a_thing_of_the_asked_class_saying_as_much_beats_an_unclassed_one():
    from types import SimpleNamespace

    from search.answer import _typed_first

    q = analyse("Which algorithm should I use for spike detection?")
    s = SimpleNamespace(q=q, unit_score={"u1": 0.6, "u2": 0.7}, linked={})
    unclassed = (0.42, "grouping", {"u1"}, {"type_fit": 0.5, "coverage": 0.8})
    typed = (0.38, "zorbex", {"u2"}, {"type_fit": 1.0, "coverage": 1.0})
    weaker = (0.38, "zorbex", {"u2"}, {"type_fit": 1.0, "coverage": 0.5})
    assert [x[1] for x in _typed_first(None, s, [unclassed, typed])] == ["zorbex", "grouping"]
    assert [x[1] for x in _typed_first(None, s, [unclassed, weaker])] == ["grouping", "zorbex"]


def test_a_count_of_what_is_asked_is_no_word_of_it_and_asks_for_a_list():
    q = analyse("What are the three loader types in a Gromble cluster?")
    assert q.count == 3 and q.form == "list" and "three" not in q.words
    q = analyse("what are the 4 widget hub tools")
    assert q.count == 4 and q.asked == "widget hub tools"
    q = analyse("Which buckets keep rows for a 90 day minimum?")  # a figure, not a count
    assert q.count is None and "90" in q.words


def test_a_thing_the_best_passage_calls_by_the_asked_noun_answers(built, tmp_path):
    engine = engine_with_notes(
        built,
        tmp_path,
        "hub-scaling.md",
        "# Hub notes\n\n## Scaling\n\n- Widget Hub scaling – target tracking on the "
        "GrombleRowsPerNode metric, with cooldowns.\n- FernKit – copies rows between hubs.\n"
        "- MossLib – keeps logs of every copy.\n",
    )
    for question in (
        "What metric is used for target tracking when hub nodes scale?",
        "Which metric drives target tracking for scaling of a hub?",
    ):
        r = engine.ask(question)
        assert r["answered"] and r["answers"][0]["label"] == "GrombleRowsPerNode", r["summary"]


def test_yes_or_no_hears_no_in_another_word_for_the_same_thing(built, tmp_path):
    engine = engine_with_notes(
        built,
        tmp_path,
        "hub-modes.md",
        "# Hub notes\n\n## Gromble loader\n\nThe Gromble loader keeps a dynamic routing table "
        "that changes on the fly.\n\n## Tessaract queue\n\nThe Tessaract queue is tuned for "
        "OLAP workloads and natural language processing jobs.\n\n## FernKit\n\nFernKit "
        "runs OLTP workloads.\n",
    )
    _assert_first_labels(
        engine,
        (
            ("Does the Gromble loader keep a static routing table?", "No"),
            ("Does the Gromble loader keep a dynamic routing table?", "Yes"),
            ("Is the Tessaract queue tuned for OLTP workloads?", "No"),
            ("Is the Tessaract queue tuned for OLAP workloads?", "Yes"),
        ),
    )


def test_a_comparison_in_the_scenario_leaves_a_yes_or_no_question():
    q = analyse("When comparing Gromble loaders with the drift index, is a higher value better?")
    assert q.form == "yesno"
    assert analyse("Is Gromble better compared with FernKit?").form == "compare"


def test_yes_or_no_hears_no_in_another_number_of_the_same_thing():
    from search.answer import _other_figure

    q = analyse("Can one Gromble row be up to 5 MB?")
    assert _other_figure(q, "Largest Gromble row: 1 MB.")
    assert not _other_figure(q, "Gromble rows of 5 MB and more are split.")
    assert not _other_figure(analyse("Can a hub keep rows for 7 days?"), "up to 365 days")
    assert _other_figure(
        analyse("Does FernKit listen on port 80?"), "FernKit listens on port 8080."
    )


def test_a_dash_sets_off_the_asking_clause_unless_it_asks_what_the_thing_is():
    assert analyse("My loader lags - should I add nodes?").form == "yesno"
    q = analyse("Gromble store - what is it?")
    assert q.form == "definition" and q.subject == "gromble store"


def test_yes_or_no_hears_no_in_a_value_the_documents_give_others_of_its_kind(built, tmp_path):
    engine = engine_with_notes(
        built,
        tmp_path,
        "hub-kinds.md",
        "# Hub notes\n\n## Loaders\n\n- **Gromble (Streaming):** copies rows as they arrive.\n"
        "- **FernKit (Batch):** copies rows every night.\n- **MossLib (Batch):** copies logs "
        "every week.\n\nZorbex is a text-to-speech hub.\n",
    )
    _assert_first_labels(
        engine,
        (
            ("Is Gromble a batch loader?", "No"),
            ("Is Gromble a batch one?", "No"),
            ("Is FernKit a batch loader?", "Yes"),
            ("Is Zorbex a speech-to-text hub?", "No"),
            ("Is Zorbex a text-to-speech hub?", "Yes"),
        ),
    )


def test_a_comparison_in_a_leading_phrase_leaves_the_question_it_asks():
    assert analyse("In the loaders comparison, which tool retries failed steps?").form != "compare"
    assert analyse("Compare Gromble with FernKit, which is faster?").form == "compare"
    assert analyse("Gromble vs FernKit: what kind of load is each one for?").form == "compare"
    q = analyse("What does FernKit do for text rows?")
    assert q.form == "definition" and q.subject == "fernkit"
    q = analyse("What does shadow loading do when a Quill model is trialled?")
    assert q.form == "definition" and q.subject == "shadow loading"
    q = analyse("What, exactly, does FernKit do?")
    assert q.form == "definition" and q.subject == "fernkit"
    assert analyse("What do I do when FernKit stalls?").form != "definition"


def test_yes_or_no_hears_no_only_in_a_negation_about_what_is_asked(built, tmp_path):
    engine = engine_with_notes(
        built,
        tmp_path,
        "hub-negations.md",
        "# Hub notes\n\n## Gromble\n\nGromble copies rows into the lake and can convert JSON "
        "to Parquet on the way. No nodes to manage, it scales by itself.\n\n## FernKit\n\n"
        "FernKit does not read CSV files; it loads rows from the lake.\n",
    )
    _assert_first_labels(
        engine,
        (
            ("Can Gromble turn incoming JSON rows into Parquet files?", "Yes"),
            ("Can FernKit read CSV files?", "No"),
        ),
    )


def test_a_thing_asked_for_is_not_one_of_the_kind_the_question_names_with_members(built, tmp_path):
    engine = engine_with_notes(
        built,
        tmp_path,
        "hub-boards.md",
        "# Hub notes\n\n## Zorbex Packer\n\nZorbex Packer compiles loaders for hub boards "
        "(Quill, Tarn) in a few seconds.\n",
    )
    r = engine.ask("What do I use to compile a loader so it runs on Quill hub boards?")
    assert r["answered"] and r["answers"][0]["label"] == "Zorbex Packer", r["summary"]


def test_a_misspelt_name_beside_a_known_one_is_read_as_the_known_word():
    from search.spelling import Speller

    speller = Speller(["gromble", "firehose", "rows"])
    fixed, changes = speller.correct("Where can Gromble Firehouse send rows?")
    assert changes == {"Firehouse": "firehose"}
    assert speller.correct("Where can a firehouse send rows?")[1] == {}


def test_a_list_keeps_the_things_with_the_value_the_question_names(built, tmp_path):
    engine = engine_with_notes(
        built,
        tmp_path,
        "hub-values.md",
        "# Hub notes\n\n## Loaders\n\n- **Gromble (Streaming):** copies rows as they arrive.\n"
        "- **FernKit (Batch):** copies rows every night.\n- **MossLib (Batch):** copies logs "
        "every week.\n",
    )
    r = engine.ask("Which of the loaders are batch ones?")
    # (named by their heading's kind: "FernKit Loader")
    found = {a["label"].split()[0] for a in r["answers"]}
    assert r["answered"] and found == {"FernKit", "MossLib"}, r["summary"]
    # the SPARQL shown gives the same answers, the value filter included
    rows = engine.store.query(r["sparql"]).records()
    assert {row["label"] for row in rows} == {a["label"] for a in r["answers"]}


def test_the_choices_are_the_names_listed_together_not_what_they_are_asked_about(built, tmp_path):
    engine = engine_with_notes(
        built,
        tmp_path,
        "hub-choices.md",
        "# Hub notes\n\n## Gromble\n\nGromble ships with Zorbex for row checks.\n\n## FernKit\n\n"
        "FernKit has no row checks.\n\n## MossLib\n\nMossLib keeps logs.\n",
    )
    r = engine.ask("Which of Gromble, FernKit and MossLib ships with Zorbex?")
    assert r["answered"] and r["answers"][0]["label"] == "Gromble", r["summary"]


def test_yes_or_no_hears_no_in_another_amount_for_what_the_question_measures():
    from search.answer import _other_measure

    text = (
        "Gromble keeps rows for 24 hours by default and can be set to keep them up to 365 "
        "days. Each node takes 1 MB/s in."
    )
    assert _other_measure(analyse("Does Gromble keep rows for 7 days by default?"), text, set())
    assert not _other_measure(analyse("Does Gromble keep rows for 1 day by default?"), text, set())
    assert not _other_measure(analyse("Can Gromble keep rows for 365 days?"), text, set())
    assert _other_measure(analyse("Does each node take 5 MB/s in?"), text, set())


def test_yes_or_no_weighs_amounts_as_the_bounds_they_are():
    from search.answer import _other_measure

    # the passage's one amount of a dimension, with no word of the question beside it
    text = "Zorb Stream takes writes from many apps. Data is held for 24 hours by default."
    assert _other_measure(analyse("Does Zorb Stream keep records for 7 days?"), text, set())
    # ... is no other than an amount asked as a bound ("for up to 7 days?")
    assert not _other_measure(
        analyse("Can Zorb Stream keep records for up to 7 days?"), text, set()
    )
    # a greatest amount asked is another than the passage's bound
    text = "Zorb Stream keeps records for up to 365 days."
    assert _other_measure(analyse("Does Zorb Stream keep records for at most 7 days?"), text, set())
    assert not _other_measure(analyse("Can Zorb Stream keep records for 7 days?"), text, set())
    # a limit written after the amount is a bound too
    text = "Each Quill call has a 15 minute limit."
    assert not _other_measure(analyse("Can a Quill call run for 5 minutes?"), text, set())
    assert _other_measure(analyse("Can a Quill call run for 20 minutes?"), text, set())


def test_yes_or_no_hears_what_is_said_otherwise_only_in_sentences_about_the_thing(tmp_path):
    """ "Gromble trains on CPU only; Quill can train on GPU or CPU" says no to "Can Gromble
    train on GPU nodes?" though GPU is in the passage: that sentence is about Quill."""
    engine = engine_of(
        tmp_path,
        "topics.md",
        "# Topic finders\n\nGromble and Quill both find topics in a corpus. Gromble is the"
        " classic model and trains on CPU, on a single node only; Quill is a neural model that"
        " can train on GPU or CPU.\n\n## Scorers\n\n- **Fernbox** — anomaly scores for each"
        " row; `num_rows`. CPU only, no GPU.\n- **Tansy** runs on CPU instances or GPU"
        " instances.\n",
    )
    r = engine.ask("Can Gromble be trained on GPU nodes?")
    assert r["answers"][0]["label"] == "No", r["summary"]
    r = engine.ask("Can Quill be trained on GPU nodes?")
    assert r["answers"][0]["label"] == "Yes", r["summary"]
    # a terse "CPU only, no GPU" is no sentence about the CPU
    r = engine.ask("Can I speed up Fernbox training by running it on GPU instances?")
    assert r["answers"][0]["label"] == "No", r["summary"]


def test_a_word_in_s_before_how_or_each_is_the_verb():
    q = analyse("Which loader metric scores how well each row fits?")
    assert q.form == "single" and q.asked == "loader metric"


def test_a_count_in_the_question_keeps_a_list_of_that_many(built, tmp_path):
    engine = engine_with_notes(
        built,
        tmp_path,
        "hub-count.md",
        "# Hub notes\n\n## Gromble loading patterns\n\nGromble moves rows in three patterns.\n\n"
        "- **Delta Row Movement:** copies changed rows.\n- **Mirror Row Movement:** copies "
        "every row.\n- **Sweep Row Movement:** copies rows at night.\n- **Row Audits:** checks "
        "rows.\n- **Lag Alerts:** warns of late rows.\n",
    )
    r = engine.ask("What are the three row movement patterns of Gromble?")
    assert r["answered"] and len(r["answers"]) == 3, r["summary"]


def test_a_heading_in_the_plural_of_a_class_name_is_a_category_not_an_answer():
    from search.answer import _common_plural

    assert _common_plural("AI Services") and _common_plural("Built-in algorithms")
    assert not _common_plural("Amazon Kinesis Video Streams")


def test_a_negation_inside_a_list_in_brackets_is_about_its_own_item():
    from search.answer import _negates_asked

    text = "Gromble - captures rows, built-in rules (late rows, lag, queue not draining)."
    assert not _negates_asked(analyse("Can Gromble catch late rows?"), text, {"gromble"})
    assert _negates_asked(analyse("Can Gromble drain the queue?"), text, {"gromble"})


def test_yes_or_no_hears_no_in_another_qualifier_inside_a_hyphenated_word():
    from search.answer import _other_modifier

    class Flat:  # every word rare enough to tell
        max_idf = 1.0

        def weight(self, w):
            return 1.0

    text = "Gromble → CPU, single instance, not for deep rows."
    q = analyse("Can I run Gromble on a multi-instance cluster?")
    assert _other_modifier(Flat(), q, text, {"gromble"})
    assert not _other_modifier(
        Flat(), analyse("Does Gromble run on a single instance?"), text, {"gromble"}
    )


def _assert_first_labels(engine, expected) -> None:
    """Each question answered, its first answer labelled as expected ("Yes", "No", a name)."""
    for question, label in expected:
        r = engine.ask(question)
        assert r["answered"] and r["answers"][0]["label"] == label, (question, r["summary"])


def test_a_name_alone_asks_what_it_is(engine):
    # "tf-idf?" or just "Polly": the thing's card, not something whose row mentions it
    for question in ("term frequency-inverse document frequency?", "TF-IDF"):
        r = engine.ask(question)
        assert r["kind"] == "definition", (question, r["summary"])
        assert r["answers"][0]["label"] == "Term Frequency-Inverse Document Frequency"
        assert "frequency" in r["summary"].lower()


DECK = (
    "# Gromble deck\n\n## Syncing\n\n**Q:** Where can Gromble Pipe write rows to?\n"
    "**A:** FernKit, MossLib and Zorbex Vault. It buffers rows first.\n\n"
    "**Q:** Which setting of Gromble Pipe is required?\n**A:** `flush_rows` (rows per write). "
    "Also usually set `retry_limit`.\n\n"
    "**Q:** Which mode does Gromble Pipe need for replay?\n**A:** Ledger mode (keeps every "
    "row for a week).\n"
)


def test_a_flashcard_asking_the_same_answers_with_what_its_answer_names(built, tmp_path):
    engine = engine_with_notes(built, tmp_path, "gromble-deck.md", DECK)
    r = engine.ask("where is gromble pipe able to write its rows?")
    assert r["answered"] and r["basis"] == "card", r["summary"]
    assert [a["label"] for a in r["answers"]] == ["FernKit", "MossLib", "Zorbex Vault"]
    assert "Where can Gromble Pipe write rows to?" in r["answers"][0]["evidence"][0]["text"]
    rows = engine.store.query(r["sparql"]).rows  # the SPARQL shown gives the answers
    assert {row[1] for row in rows} == {"FernKit", "MossLib", "Zorbex Vault"}
    r = engine.ask("Which Gromble Pipe setting is required?")
    assert [a["label"] for a in r["answers"]] == ["flush_rows"], r["summary"]
    r = engine.ask("which mode must gromble pipe run in for replay?")
    assert [a["label"] for a in r["answers"]] == ["Ledger mode"], r["summary"]


def test_names_written_in_another_form_link(built, tmp_path):
    # "zorble parallel" for Zorble Parallelism, British for American spelling: the same words
    engine = engine_with_notes(
        built,
        tmp_path,
        "sharding.md",
        "# Sharding\n\n## Splitting work\n\n- **Zorble parallelism**: each node holds all rows.\n"
        "- **Quibble parallelism**: the rows are split across nodes.\n"
        "- **Row normalization**: rescales every row.\n",
    )
    r = engine.ask("zorble parallel vs quibble parallel")
    assert r["kind"] == "compare", r["summary"]
    assert {a["label"] for a in r["answers"]} == {"Zorble parallelism", "Quibble parallelism"}
    assert any(
        "Row normalization" == engine.view.label(i) for i in engine.names.link("row normalisation")
    )


def test_which_hyperparameters_an_algorithm_has(built, tmp_path):
    engine = engine_with_notes(
        built,
        tmp_path,
        "tuning.md",
        "# Tuning\n\n## Settings\n\n- **DeepAR**: `prediction_length` and `context_length` are "
        "required.\n- **XGBoost**: `num_round`, `eta`, `max_depth`.\n",
    )
    r = engine.ask("what hyperparameters does DeepAR need?")
    assert {a["label"] for a in r["answers"]} == {"prediction_length", "context_length"}
    rows = engine.store.query(r["sparql"]).rows
    assert {row[1] for row in rows} >= {"prediction_length", "context_length"}


def test_a_no_said_of_the_thing_asked_about_whatever_else_the_question_names(built, tmp_path):
    # "GPU" is a thing of the notes too; "does not ... GPUs" is still said of Gromble Forest
    engine = engine_with_notes(
        built,
        tmp_path,
        "hardware.md",
        "# Hardware\n\n## Devices\n\n- **GPU**: a graphics processor for training.\n\n"
        "## Gromble Forest\n\nGromble Forest does not take advantage of GPUs. Use CPU nodes.\n",
    )
    r = engine.ask("Is it worth running Gromble Forest on a GPU node?")
    assert r["label"] == "No", r["summary"]


def test_things_compared_may_be_a_list_the_question_asks_for(built, tmp_path):
    engine = engine_with_notes(
        built,
        tmp_path,
        "loaders.md",
        "# Loaders\n\n## Gromble loaders\n\n| Loader | Notes |\n|---|---|\n"
        "| Zorbex Loader | copies rows nightly; CPU only |\n"
        "| Quibble Loader | streams rows as they come; needs a GPU |\n",
    )
    r = engine.ask("How do the two Gromble loaders compare?")
    assert r["kind"] == "compare", r["summary"]
    assert {a["label"] for a in r["answers"]} == {"Zorbex Loader", "Quibble Loader"}


def test_a_yes_no_after_a_scenario_reads_what_the_notes_say_of_its_subject(built, tmp_path):
    # the scenario's words draw the search to other lines; the answer is in Gromble's own
    engine = engine_with_notes(
        built,
        tmp_path,
        "serving.md",
        "# Serving\n\n## Quanta nodes\n\nQuanta nodes train models fast. A fraction of the cost "
        "of a Quanta node for serving.\n\n## Gromble\n\n- forecasts rows a week ahead\n"
        "- serving only on Zorbex nodes\n",
    )
    r = engine.ask(
        "We trained Gromble on Quanta nodes last month. Can we also serve it from a Quanta node?"
    )
    assert r["label"] == "No", r["summary"]
    assert "Zorbex" in r["answers"][0]["evidence"][0]["text"]


def test_yes_no_on_what_a_thing_does_not_support_and_on_what_it_is_limited_to(built, tmp_path):
    engine = engine_with_notes(
        built,
        tmp_path,
        "zorb.md",
        "# Models\n\n## Gromble Machines\n\n- Input: Quillbuf with float tensors. CSV is not"
        " supported.\n\n## Tuning\n\n- Sweep: tries every combination; categorical"
        " parameters only\n- Hop: random picks; any range\n",
    )
    r = engine.ask("Can I train Gromble Machines on a CSV file?")
    assert r["label"] == "No", r["summary"]
    r = engine.ask("Is Sweep limited to categorical hyperparameters?")
    assert r["label"] == "Yes", r["summary"]


def test_a_yes_no_that_says_no_of_what_the_notes_say_a_thing_has_is_no(built, tmp_path):
    engine = engine_with_notes(
        built,
        tmp_path,
        "quill.md",
        "# Quill\n\n## Quill notebooks\n\n- They have direct internet access enabled by"
        " default, so turn it off for sensitive rows.\n\n## Fern jobs\n\n- Fern jobs have no"
        " shell access at all.\n",
    )
    r = engine.ask("Is it true that Quill notebooks start out with no internet access by default?")
    assert r["label"] == "No", r["summary"]
    r = engine.ask("Is it true that Fern jobs have no shell access?")
    assert r["label"] == "Yes", r["summary"]


def test_what_a_thing_does_asked_with_its_class_and_an_adverb(engine):
    # "the X algorithm", "actually": words around the name, not part of it
    r = engine.ask("What does the Random Cut Forest algorithm actually do?")
    assert r["kind"] == "definition", r["summary"]
    assert r["answers"][0]["label"] == "Random Cut Forest"
    r = engine.ask("explain random cut forest to me briefly")
    assert r["kind"] == "definition", r["summary"]
    assert r["answers"][0]["label"] == "Random Cut Forest"


def test_no_definition_says_the_first_lines_under_the_things_own_heading(built, tmp_path):
    engine = engine_with_notes(
        built,
        tmp_path,
        "forest.md",
        "# Models\n\n## Gromble Forest (GF)\n\n- Unsupervised odd-row scoring → gives each row "
        "a score\n- Also shows up in Zorbex Stream as a function\n",
    )
    r = engine.ask("What does the Gromble Forest algorithm actually do?")
    assert r["kind"] == "definition", r["summary"]
    assert "gives each row a score" in r["summary"], r["summary"]


FAQ = (
    "# Gromble FAQ\n\n## Storage questions\n\n"
    "### Which store should I use for replaying rows?\n"
    "Short answer: **Zorbex Ledger**. It keeps rows for seven days, so readers can go back.\n\n"
    "**Which tool compresses cold rows?**\n"
    "**Quibble Press**. It packs rows into columns and halves their size.\n\n"
    "**Where can Zorbex Ledger send rows?**\n- **Tessaract Vault**\n- **Fernish Lake**\n"
    "- generic sinks (**Mossbar**, **Gromble** and similar)\n"
)


def test_a_question_heading_or_a_bold_question_is_a_card(built, tmp_path):
    engine = engine_with_notes(built, tmp_path, "gromble-faq.md", FAQ)
    r = engine.ask("What store lets me replay rows?")
    assert r["answered"] and [a["label"] for a in r["answers"]] == ["Zorbex Ledger"], r["summary"]
    r = engine.ask("which tool should squeeze my cold rows?")
    assert [a["label"] for a in r["answers"]] == ["Quibble Press"], r["summary"]
    r = engine.ask("where is zorbex ledger able to send its rows?")  # the list under it
    listed = ["Tessaract Vault", "Fernish Lake", "Generic sinks"]  # not the examples in brackets
    assert [a["label"] for a in r["answers"]] == listed, r["summary"]
    assert r["answers"][0]["evidence"][-1]["text"] == "Tessaract Vault"
    assert {row[1] for row in engine.store.query(r["sparql"]).rows} == set(listed)


def test_the_item_the_best_passage_singles_out_answers(built, tmp_path):
    engine = engine_with_notes(
        built,
        tmp_path,
        "gromble-modes.md",
        "# Gromble\n\n## Sync modes\n\n- Gromble Pipe sync modes: Quibble / Fernish (the default) "
        "/ Zorble / Tessaract\n- Quibble copies rows nightly; Zorble mirrors keys; Tessaract "
        "packs cold rows.\n",
    )
    r = engine.ask("Which sync mode does Gromble Pipe use by default?")
    assert [a["label"] for a in r["answers"]] == ["Fernish"], r["summary"]


def test_a_setting_the_graph_says_is_required_is_not_outdone_by_an_item_sharing_a_word(
    built, tmp_path
):
    """The passage names several settings and one item says a word of the question
    ("training"), while the graph says which setting is required: that one answers."""
    engine = engine_with_notes(
        built,
        tmp_path,
        "quillboost.md",
        "# Quill algorithms\n\n- **Quillboost**: Gradient-boosted row trees for ranking. "
        "`leaf_count` is required; `goal` picks the task. The usual knobs are `depth_cap`, "
        "`shrink` and `row_share`. GPU training works with `grow_mode` set to `gpu_grow`.\n",
    )
    r = engine.ask("Which hyperparameter must always be set when training Quillboost?")
    assert [a["label"] for a in r["answers"]][:1] == ["leaf_count"], r["summary"]


def test_the_thing_written_as_the_doer_of_the_asked_verb_answers(built, tmp_path):
    """Several things stand in the one passage; the question asks what "scans" and the
    passage writes one name right before "scans": that one, not the service it names."""
    engine = engine_with_notes(
        built,
        tmp_path,
        "gromble-lake.md",
        "# Gromble Lake\n\nGromble Lake is a row store built on Quill. A **sweeper** scans "
        "the lake, infers row shapes and writes them into the Fern Catalog, which Zorbex "
        "Query and Tansy Query can both read.\n",
    )
    r = engine.ask("What is the Gromble Lake part that scans the lake and infers row shapes?")
    assert [a["label"] for a in r["answers"]][:1] == ["Sweeper"], r["summary"]


def test_a_negation_of_the_first_named_thing_in_the_second_ones_own_line_says_no(built, tmp_path):
    """ "Can I hand CSV to Gromble?": Gromble's own line says CSV is not supported, so no,
    though the question names CSV first."""
    engine = engine_with_notes(
        built,
        tmp_path,
        "gromble-inputs.md",
        "# Quill algorithms\n\n## Gromble\n\n- Sparse rows and click data.\n"
        "- Input: Zorbpack float32 only - CSV is not supported.\n\n## Fernboost\n\n"
        "- Trees for tables.\n- Input: CSV, LibSVM, Parquet or Zorbpack.\n",
    )
    r = engine.ask("Can I hand a plain CSV file to the Gromble algorithm for training?")
    assert r["answers"][0]["label"] == "No", r["summary"]


def test_yes_no_reads_the_passage_that_says_the_asked_word_and_a_negation_past_a_plain_clause(
    built, tmp_path
):
    """ "Can I attach a GPU ...?" answered from the line that says GPUs, not from the row of
    payload limits; a plain clause naming only the thing asked of ("Turn on Zorb fencing
    for ...") does not outweigh the negation after it."""
    engine = engine_with_notes(
        built,
        tmp_path,
        "gromble-hosting.md",
        "# Gromble hosting\n\n| Option | Max payload | Scales to zero |\n|---|---|---|\n"
        "| Gromble Serverless | 4 MB | Yes |\n| Gromble Realtime | 6 MB | No |\n\n"
        "Gromble Serverless endpoints are sized by memory, from 1 GB to 6 GB, and cannot use "
        "GPUs.\n\n## Zorb fencing\n\nTurn on Zorb fencing for hired loaders. The loader then "
        "has no outbound access at all, not even to Quill Lake; Gromble copies rows in on its "
        "behalf.\n",
    )
    r = engine.ask("Can I attach a GPU to a Gromble Serverless endpoint?")
    assert r["answers"][0]["label"] == "No", r["summary"]
    r = engine.ask(
        "If Zorb fencing is enabled, can my loader still pull files from Quill Lake on its own?"
    )
    assert r["answers"][0]["label"] == "No", r["summary"]


def test_what_should_i_use_is_one_thing_when_one_answers_it_more_surely_than_a_list(
    built, tmp_path
):
    engine = engine_with_notes(
        built,
        tmp_path,
        "gromble-serving.md",
        "# Gromble serving\n\n| Option | Use it when |\n|---|---|\n"
        "| Gromble Realtime | steady traffic |\n| Gromble Batch | whole files at night |\n"
        "| Gromble Queue | big inputs, slow models |\n| Gromble Serverless | spiky traffic |\n\n"
        "## Other tools\n\n- Quill Compiler: compiles a trained model for a specific device "
        "(a Fernboard or a Tansy Pi) so it runs faster; pair it with Zorb Push to ship it.\n",
    )
    r = engine.ask(
        "What should I use to compile a trained model so it runs faster on a small device "
        "like a Fernboard?"
    )
    assert [a["label"] for a in r["answers"]] == ["Quill Compiler"], r["summary"]


def test_a_possessive_names_whose_thing_it_is_not_what_is_asked_of(built, tmp_path):
    """ "Is Gromble's Quill limited to ...?" asks of Quill: its own line answers, not a line
    about Gromble that says a word of the question."""
    engine = engine_with_notes(
        built,
        tmp_path,
        "gromble-topics.md",
        "# Gromble\n\n- Gromble Watch is not for training: it checks endpoints after "
        "deployment.\n- Gromble Lake keeps rows.\n- Quill and Fern both find topics in word "
        "counts.\n- Quill: CPU, single instance. Fern: GPU and several instances are fine.\n",
    )
    r = engine.ask("Is Gromble's Quill limited to CPU, single-instance training?")
    assert r["answers"][0]["label"] == "Yes", r["summary"]


def test_only_in_the_question_keeps_the_things_said_to_be_only_that(built, tmp_path):
    engine = engine_with_notes(
        built,
        tmp_path,
        "gromble-algorithms.md",
        "# Gromble algorithms\n\n## Built-in algorithms\n\n"
        "| Algorithm | Use | Instance |\n|---|---|---|\n"
        "| Zorble | anomaly scores | **CPU only** (Z4, Z5) |\n"
        "| Quibble | ranking | CPU or GPU; GPU only for dense rows |\n"
        "| Fernish | topics | Single-instance CPU only |\n"
        "| Tessaract | translation | GPU only, single machine |\n"
        "| Mossbar | clustering | CPU or GPU |\n",
    )
    r = engine.ask("Which Gromble algorithms are CPU only?")
    assert {a["label"] for a in r["answers"]} == {"Zorble", "Fernish"}, r["summary"]


def test_only_counts_the_clause_about_each_thing(built, tmp_path):
    engine = engine_with_notes(
        built,
        tmp_path,
        "gromble-trainers.md",
        "# Gromble trainers\n\n| Algorithm | Use |\n|---|---|\n"
        "| Zorble | anomaly scores |\n| Fernish | topics |\n| Quibble | ranking |\n"
        "| Mossbar | clustering |\n\n"
        "**Zorble vs Fernish?**\n"
        "Zorble trains on a single Quanta node only; Fernish can use Tessaract nodes.\n\n"
        "**Quibble?**\nQuibble needs Tessaract nodes and cannot use Quanta nodes.\n",
    )
    r = engine.ask("Which Gromble algorithms are Quanta only?")
    assert {a["label"] for a in r["answers"]} == {"Zorble"}, r["summary"]
    r = engine.ask("Which Gromble algorithms are Quanta-only?")  # one word, as people write it
    assert {a["label"] for a in r["answers"]} == {"Zorble"}, r["summary"]


def test_a_definition_asked_with_the_short_name_in_brackets(built, tmp_path):
    engine = engine_with_notes(
        built,
        tmp_path,
        "gromble-pipe.md",
        "# Loaders\n\n## Gromble Pipe (GRP)\n\nGromble Pipe is the loader that copies rows "
        "into Zorbex buckets every night.\n",
    )
    r = engine.ask("explain Gromble Pipe (GRP)")
    assert r["kind"] == "definition" and r["answers"][0]["label"] == "Gromble Pipe", r["summary"]
    assert "copies rows" in r["summary"]


def test_a_setting_told_apart_by_its_own_row_not_the_lead_in_all_share(built, tmp_path):
    engine = engine_with_notes(
        built,
        tmp_path,
        "gromble-settings.md",
        "# Loaders\n\n## Gromble\n\n**Gromble** – loads rows for classification jobs. "
        "Key settings:\n\n| Setting | What it does |\n|---|---|\n"
        "| `flush_rows` | rows per batch |\n| `skew_weight` | balances rare rows → use for "
        "skewed classes |\n| `max_lag` | seconds before a retry |\n",
    )
    r = engine.ask("which gromble setting do I change for skewed classes?")
    assert r["answered"] and r["answers"][0]["label"] == "skew_weight", r["summary"]


def test_yes_or_no_does_not_take_a_verb_or_its_own_word_for_another_qualifier(built, tmp_path):
    engine = engine_with_notes(
        built,
        tmp_path,
        "hub-yes.md",
        "# Hub notes\n\n## Gromble\n\nOn Zorbex nodes Gromble is memory-bound, so small nodes "
        "are the usual pick. Quanta training works too (mode set to quanta_hist).\n\n"
        "## FernKit\n\n- Record format conversion JSON → Parquet (schema from a catalog)\n"
        "- buffers rows for a minute\n\n## Tessaract\n\n"
        "- batch_mode → one or many Zorbex nodes (the only distributed option)\n"
        "- keeps rows a day\n",
    )
    _assert_first_labels(
        engine,
        (
            ("does Gromble permit training on Quanta nodes?", "Yes"),
            ("Can FernKit convert incoming JSON records to Parquet?", "Yes"),
            ("can Tessaract batch_mode run across many Zorbex nodes?", "Yes"),
        ),
    )


def test_yes_or_no_reads_only_where_it_is_said_of_what_is_asked(built, tmp_path):
    engine = engine_with_notes(
        built,
        tmp_path,
        "hub-only.md",
        "# Hub notes\n\n## Gromble algorithms\n\n| Algorithm | Use | Instances |\n|---|---|---|\n"
        "| Zorble | anomaly scores | Train on Zorbex or Quanta; serve on Zorbex only |\n"
        "| Quibble | ranking | Zorbex nodes only |\n"
        "| Fernish | topics | Zorbex (memory-bound) or Quanta |\n"
        "| Tessaract | translation | Zorbex only |\n",
    )
    _assert_first_labels(
        engine,
        (
            ("Can Tessaract train on Quanta?", "No"),  # its one "only" is about it
            ("Is it possible to train Fernish on Quanta nodes?", "Yes"),
            ("Is it possible to train Zorble on Quanta nodes?", "Yes"),
            ("Is Quibble able to run on Quanta nodes?", "No"),
        ),
    )


def test_a_terse_question_after_a_scenario_asks_in_its_own_sentence():
    q = analyse(
        "we'll have a separate small model for each of ~3,000 shops and most get called "
        "twice a day. cheapest way to run them?"
    )
    assert q.types == set() and "model" not in q.asked
    # one that opens with a question word keeps its own reading
    q = analyse("Each shop has its own model. How do we run these cheaply?")
    assert q.form != "open"


def test_a_definition_question_without_its_answer_form_or_a_second_question():
    assert analyse("explain Gromble Pipe in a sentence or two").subject == "gromble pipe"
    assert analyse("What is Zorbex and how does it help?").subject == "zorbex"
    assert analyse("What is Gromble in simple terms?").subject == "gromble"
    # a second question about "it" asks of the same thing
    q = analyse("Could you explain Zorbex Pipe in plain words? Why does it drop old rows?")
    assert (q.form, q.subject) == ("definition", "zorbex pipe")
    q = analyse("Explain Gromble like I'm new to all of this.")
    assert (q.form, q.subject) == ("definition", "gromble")
    # "when do I use A and when B?" sets them side by side
    assert analyse("For nightly loads, when do I use Gromble and when Quill?").form == "compare"
    # an adverb between the question word and its verb
    q = analyse("What, precisely, is Zorbex Pipe?")
    assert (q.form, q.subject) == ("definition", "zorbex pipe")


def test_yes_or_no_asks_of_the_thing_not_named_after_a_preposition(built, tmp_path):
    engine = engine_with_notes(
        built,
        tmp_path,
        "hub-spot.md",
        "# Hub notes\n\n## Zorbex store\n\nIf a loader runs with no Zorbex store link, the job "
        "can't read its rows → add the Zorbex store link.\n\n## Loaders\n\n"
        "| | Gromble Pipe | Quibble Pipe |\n|---|---|---|\n"
        "| Cost | full price | a tenth |\n"
        "| Needs snapshots to Zorbex store | yes (otherwise restart from zero) | no |\n",
    )
    _assert_first_labels(
        engine, (("Do I need snapshots to Zorbex store when using Gromble Pipe?", "Yes"),)
    )


def test_an_acronym_named_in_running_text_is_defined_by_its_own_sentence(built, tmp_path):
    engine = engine_with_notes(
        built,
        tmp_path,
        "hub-prose.md",
        "# Hub notes\n\n## Rows\n\nThis part is common sense. Skewed keys came up a lot. For "
        "skewed keys, the options are splitting hot keys, salting, or ZORBLE, which spreads "
        "hot keys by hashing them twice.\n",
    )
    r = engine.ask("What is ZORBLE and how does it help?")
    assert r["kind"] == "definition" and r["answers"][0]["label"] == "ZORBLE", r["summary"]
    assert "hashing them twice" in r["summary"] and "common sense" not in r["summary"]


def test_yes_or_no_hears_only_after_the_word_it_restricts(built, tmp_path):
    engine = engine_with_notes(
        built,
        tmp_path,
        "hub-cards.md",
        "# Hub cards\n\n**Front:** Gromble hardware? **Back:** Gromble is Zorbex only and "
        "trains on a single node. (Fernish can use Quanta.)\n",
    )
    _assert_first_labels(
        engine,
        (
            ("Is it possible to train Gromble on a Quanta node?", "No"),
            ("Can I train Gromble on Zorbex nodes?", "Yes"),
        ),
    )


def test_a_topic_set_off_by_a_dash_is_what_it_in_the_question_stands_for():
    q = analyse("Row skew on a pile of keys — which Gromble tools can fix it?")
    assert "skew" in q.ask_words
    q = analyse("Our rows skew by key. Which Gromble tool fixes it cheaply?")
    assert "skew" not in q.ask_words  # a scenario sentence sets the scene


def test_yes_or_no_asks_of_the_name_a_vendor_name_only_qualifies(built, tmp_path):
    engine = engine_with_notes(
        built,
        tmp_path,
        "hub-vendor.md",
        "# Hub notes\n\n## Gromble training input modes\n\nGromble loads rows in copy or "
        "stream mode.\n\n## Serving options\n\n| option | when | note |\n|---|---|---|\n"
        "| Quibble Pipe | spiky / idle gaps | ✗ Quanta, cold starts |\n"
        "| Fernish Pipe | steady loads | Quanta or Zorbex |\n",
    )
    _assert_first_labels(engine, (("Can I run Gromble Quibble Pipe on Quanta nodes?", "No"),))


def test_only_narrows_every_thing_of_the_asked_class_wherever_it_is_listed(built, tmp_path):
    # no heading or table gathers them: each is said to be an algorithm in its own section
    engine = engine_with_notes(
        built,
        tmp_path,
        "gromble-scattered.md",
        "# Gromble study notes\n\n## Storage\n\n"
        "**Zorble** is an algorithm for anomaly scores; it trains on Quanta nodes only.\n\n"
        "## Text\n\n"
        "**Fernish** is an algorithm for topics. It trains on Quanta or Tessaract nodes.\n\n"
        "## Images\n\n"
        "**Quibble** is an algorithm that labels images; Quanta nodes only.\n\n"
        "**Mossbar** is an algorithm for clusters, trained on Tessaract nodes.\n",
    )
    assert {
        engine.view.entities[x].type
        for x in engine.view.entities
        if engine.view.label(x) in {"Zorble", "Fernish", "Quibble", "Mossbar"}
    } == {"Algorithm"}
    assert _answered_and_reproduced(engine, "Which algorithms train on Quanta nodes only?") == {
        "Zorble",
        "Quibble",
    }


def test_a_headings_groups_hold_the_things_asked_for(built, tmp_path):
    engine = engine_with_notes(
        built,
        tmp_path,
        "gromble-groups.md",
        "# Gromble notes\n\n## Gromble Built-in Algorithms\n\n"
        "> [!TIP]\n> Most built-in algorithms read Plover files.\n\n"
        "### Language / text\n\n"
        "- **Fernish** – topics from documents. Single instance, Quanta only.\n"
        "- **Zorble** – word vectors. Quanta or Tessaract nodes.\n\n"
        "### Unsupervised / other\n\n"
        "- **Quibble** – anomaly scores. Quanta only.\n"
        "- **Mossbar** – clustering of rows. Quanta or Tessaract nodes.\n\n"
        "### Vision\n\n"
        "- **Plinth** – labels for images. Tessaract only.\n",
    )
    asked = "Which Gromble built-in algorithms are Quanta only?"
    assert _answered_and_reproduced(engine, asked) == {"Fernish", "Quibble"}


def _answered_and_reproduced(engine, question: str) -> set[str]:
    """The labels answered, checked to be what running the answer's SPARQL gives."""
    r = engine.ask(question)
    labels = {a["label"] for a in r["answers"]}
    assert {row[1] for row in engine.store.query(r["sparql"]).rows} == labels, r["sparql"]
    return labels


def test_yes_or_no_sets_aside_a_no_said_of_another_thing(built, tmp_path):
    engine = engine_with_notes(
        built,
        tmp_path,
        "gromble-serving.md",
        "# Gromble serving\n\n## Picking a way to serve\n\n"
        "- **Gromble Async**: queues requests.\n- **Quill Batch**: scores whole tables.\n\n"
        "Gromble Async queues requests, payloads up to 1 GB, and the endpoint can scale down "
        "to zero. Quill Batch is for scoring a whole table offline with no persistent endpoint "
        "— it doesn't take single requests.\n\n"
        "Offline scoring (Quill Batch): no single requests, whole tables only.\n",
    )
    r = engine.ask("Can a Gromble Async endpoint scale down to zero?")
    assert r["answers"][0]["label"] == "Yes", r["summary"]
    # a name set over a line as its label ("Quill Batch (offline): no ...") is not what the
    # sentence says its "no" of
    from search.answer import _opens_with_other

    other = _opens_with_other(engine, {"gromble", "async"})
    assert other("Quill Batch is for scoring a whole table offline with ")
    assert not other("Quill Batch (offline): ")


def test_the_line_after_a_scenario_answers_it(built, tmp_path):
    # the retrieved line names only what the question names; the answer is the next line
    engine = engine_with_notes(
        built,
        tmp_path,
        "practice-notes.md",
        "# Practice notes\n\n## Missed questions\n\n### Rows to columns\n\n"
        "Zorbex rows from the web shop need to land in **Gromble Lake** as columns so "
        "**Quanta Reports** can read them, with the least work.\n\n"
        "- Use **Plover Pipe** with column conversion turned on.\n\n"
        "### Scores on a stream\n\nRows must get anomaly scores while they stream.\n\n"
        "- Use **Quiver Lens**.\n",
    )
    r = engine.ask(
        "Our Zorbex rows have to end up in Gromble Lake as columns for Quanta Reports, with "
        "little work. Which one should we use?"
    )
    assert r["answered"] and r["answers"][0]["label"] == "Plover Pipe", r["summary"]


def test_a_paragraph_of_several_things_is_read_for_each_in_its_own_sentences(built, tmp_path):
    engine = engine_with_notes(
        built,
        tmp_path,
        "edge-notes.md",
        "# Edge notes\n\n## Devices\n\nSeveral pieces help at the edge. Device logs are "
        "packed into one bundle by FernHub every night. For small boards, ZorbForge turns a "
        "trained model into native code for Quanta chips. It runs faster with a smaller "
        "footprint. The fleet of devices is kept updated by GromRelay, which restarts a model "
        "that stops.\n\n## Storage\n\n- FernHub keeps "
        "trained model files.\n- FernHub ships a model faster over small links.\n"
        "- FernHub serves boards with chips of any kind.\n",
    )
    question = "Which piece makes a trained model run faster on Quanta chips?"
    r = engine.ask(question)
    assert r["answered"] and [a["label"] for a in r["answers"]] == ["ZorbForge"], r["summary"]
    # each is judged on what the paragraph says of it (up to the next thing it names), not
    # on the whole paragraph
    from search.answer import _said_of

    zorb = engine.names.entity("ZorbForge")
    u = next(u for u, x in engine.view.units.items() if "ZorbForge turns" in x.text)
    assert _said_of(engine, zorb, u, {}) == (
        "For small boards, ZorbForge turns a trained model into native code for Quanta chips. "
        "It runs faster with a smaller footprint."
    )
    # the confidence still hears how much the whole paragraph says (it was fitted on that)
    from search.answer import candidates, read

    found = candidates(engine, read(engine, question, engine.encode(question)))
    f = next(f for x, (f, _) in found.items() if engine.view.label(x) == "GromRelay")
    assert f["unit_coverage"] > f["coverage"], f


def test_a_word_in_s_naming_nothing_after_a_noun_naming_things_is_a_verb(built, tmp_path):
    engine = engine_with_notes(
        built,
        tmp_path,
        "lanes-notes.md",
        "# Lanes\n\n## Gromble lanes\n\n| Option | Use it when | Limits |\n|---|---|---|\n"
        "| Fast Lane | tiny payloads, instant replies | 2 MB payload, 5 s |\n"
        "| Slow Lane | huge payloads, long jobs, replies can wait | 4 GB payload, 2 hours |\n"
        "| Night Lane | whole datasets at once | no live endpoint |\n",
    )
    r = engine.ask("Our jobs carry huge payloads and run for hours. Which Gromble option wins?")
    assert r["kind"] == "single", r["summary"]
    assert [a["label"] for a in r["answers"]] == ["Slow Lane"], r["summary"]
    r = engine.ask("Which Gromble lane options are there?")
    assert r["kind"] == "list", r["summary"]
    # a plural asked before: "gives" is its clause's verb, and many are asked for
    from search.answer import read

    question = "list the services slow lane gives you"
    assert read(engine, question, engine.encode(question)).q.form == "list"
    # a phrase that goes on: "checks" is its noun
    question = "Which lane checks for big jobs does Gromble list?"
    assert read(engine, question, engine.encode(question)).q.form == "list"


def test_a_definition_asked_with_the_owner_s_name_before_the_thing(built, tmp_path):
    engine = engine_with_notes(
        built,
        tmp_path,
        "sync-notes.md",
        "# Notes\n\n## Services\n\n- **Gromble**: a service that copies rows between stores.\n"
        "- **FernKit**: keeps rows.\n\n## Jobs\n\n"
        "- **Sync job**: a nightly copy of every changed row.\n"
        "- **Sweep job**: drops rows older than a year.\n",
    )
    r = engine.ask("What's a Gromble sync job?")
    assert r["answered"] and r["answers"][0]["label"] == "Sync job", r["summary"]
    assert "nightly copy" in r["summary"]
    from search.answer import read

    question = "What's a Gromble sweep job?"
    q = read(engine, question, engine.encode(question)).q
    assert (q.form, q.defines) == ("definition", engine.names.entity("Sweep job")), q


def test_a_plural_the_documents_name_things_by_is_no_verb_and_a_kind_is_its_owner_s(
    built, tmp_path
):
    engine = engine_with_notes(
        built,
        tmp_path,
        "cluster-notes.md",
        "# Notes\n\n## Gromble\n\n**Gromble Hub (GH)** — runs the nightly jobs. Four watch types:\n\n"
        "| Type | Watches | Needs |\n|---|---|---|\n| Row drift | rows vs the baseline | Quill |\n"
        "| Key drift | keys vs the baseline | Quill |\n| Lag watch | minutes behind | Mossy |\n"
        "| Skew watch | shard sizes | Mossy |\n\n**Gromble** — copies rows between stores."
        " Worker roles:\n\n| Worker role | Runs jobs? | Keeps rows? |\n|---|---|---|\n"
        "| Leader | coordinates | no |\n| Keeper | yes | yes |\n| Runner | yes | no |\n\n"
        "Gromble load styles:\n\n| Style | What happens |\n|---|---|\n"
        "| Bulk style | copies every row first |\n| Drip style | streams rows on demand |\n",
    )
    r = engine.ask("What worker roles make up a Gromble cluster?")
    assert r["kind"] == "list", r["summary"]
    assert {a["label"] for a in r["answers"]} == {"Leader", "Keeper", "Runner"}, r["summary"]
    r = engine.ask("What can Gromble Hub watch for on a running job?")
    assert {a["label"] for a in r["answers"]} == {
        "Row drift",
        "Key drift",
        "Lag watch",
        "Skew watch",
    }, r["summary"]
    # "Gromble" names the hub's kind no more than it names any other word of its name
    r = engine.ask("In what ways can a Gromble job load its rows (the load styles)?")
    assert {a["label"] for a in r["answers"]} == {"Bulk style", "Drip style"}, r["summary"]


@pytest.mark.parametrize(
    "question, subject",
    [
        ("Can you explain what row fencing means?", "row fencing"),
        ("What does the term quill drift refer to?", "quill drift"),
        ("Tell me what the word gromble stands for", "gromble"),
        ("what is QRF in the context of row stores", "qrf"),
        ("What is a Zorb when it comes to loaders?", "zorb"),
        ("What is row fencing in simple terms and how does it help?", "row fencing"),
        ("can someone explain quill drift in plain words", "quill drift"),
        ("Could somebody tell me what a zorb is?", "zorb"),
        ("In Fern Hub, what's this 'row fencing' thing and why would it help?", "row fencing"),
    ],
)
def test_a_definition_asked_by_what_a_term_means_or_refers_to(question, subject):
    q = analyse(question)
    assert (q.form, q.subject) == ("definition", subject)


def test_a_comparison_named_where_to_look_is_no_comparison_asked():
    q = analyse("In the drip vs. bulk loader breakdown, which services are said to run drip loads?")
    assert (q.form, q.types) == ("list", {"Service"})
    assert analyse("Drip vs bulk: what is each for?").form == "compare"


def test_a_thing_is_judged_on_its_own_piece_of_a_row_and_named_by_the_asked_words(built, tmp_path):
    engine = engine_with_notes(
        built,
        tmp_path,
        "chart-notes.md",
        "# Notes\n\n## Charts\n\n| Chart goal | Use case | Services |\n|---|---|---|\n"
        "| Spread | Show how rows spread, find odd rows | - **Zorbview** (bar charts, pie charts)"
        " - **Quillprobe** (visual profiling of row spreads) |\n"
        "| Trend | Show change over time | - **Zorbview** (line charts) |\n\n"
        "## Benefits of Gromble\n\n- **Quick start:** Use Gromble Kitbox for fast set-up of"
        " tested templates and release pipelines.\n- **Safe runs:** Keeps every run apart.\n\n"
        "## Parts\n\n- **Gromble Kitbox**: a folder of starter templates.\n",
    )
    r = engine.ask("Which service is given for visually profiling how rows spread?")
    assert [a["label"] for a in r["answers"]] == ["Quillprobe"], r["summary"]
    r = engine.ask("Which Gromble feature sets up tested templates and release pipelines fast?")
    assert [a["label"] for a in r["answers"]] == ["Gromble Kitbox"], r["summary"]


def test_what_a_thing_costs_is_answered_by_a_sum_of_money_only():
    assert analyse("What does Quill Vault cost per stored row?").asks_amount
    from search.answer import _counts

    assert _counts("$0.02", "money") and _counts("5 dollars", "money")
    assert not _counts("70%", "money") and not _counts("1 GB", "money")


def test_a_definition_asked_with_the_setting_after_the_thing():
    q = analyse("Explain Drip mode for Gromble row loading input.")
    assert (q.form, q.subject) == ("definition", "drip mode for gromble row loading input")
    assert analyse("Explain how drip loading works in Gromble clusters").form == "open"


def test_telling_two_things_apart_is_a_comparison():
    assert (
        analyse("How can I tell whether my Gromble job is dripping or bulking?").form == "compare"
    )
    assert analyse("Can I tell whether Gromble runs on Zorb or Quill?").form == "yesno"


def test_a_figure_the_question_says_narrows_a_list_to_the_things_that_have_it(built, tmp_path):
    engine = engine_with_notes(
        built,
        tmp_path,
        "tier-notes.md",
        "# Notes\n\n## Quill tiers\n\nEvery tier keeps rows safe. What changes is how many copies"
        " and the minimum billable keep.\n\n| Quill tier | Copies | Minimum keep | Read time |\n"
        "|---|---|---|---|\n| Quill Hot | 3 | none | instant |\n| Quill Warm | 3 | 30 days | instant |\n"
        "| Quill Cool | 1 | 30 days | instant |\n| Quill Cold | 3 | 90 days | minutes |\n"
        "| Quill Frozen | 3 | 90 days | hours |\n| Quill Deep | 3 | 180 days | half a day |\n",
    )
    r = engine.ask(
        "We're moving old rows to cheaper tiers, and finance warns that deleting early still gets"
        " billed for a minimum period. Which Quill tiers have a minimum keep of exactly 90 days?"
    )
    assert {a["label"] for a in r["answers"]} == {"Quill Cold", "Quill Frozen"}, r["summary"]


def test_two_kinds_with_the_same_members_are_one_way_to_the_answer_not_rivals():
    from search.answer import _fold_same_answers
    from search.readings import Reading

    same = {"id/quill": {"u1"}, "id/tansy": {"u1"}}
    elsewhere = {"id/quill": {"u7"}, "id/tansy": {"u7"}}  # another note says them
    roles = Reading("members", "kind/Zorbex-crew-role", "kind", dict(same), {"f": 1.0}, 0.30)
    options = Reading("members", "kind/Zorbex-crew-option", "kind", elsewhere, {"f": 1.0}, 0.20)
    # the same kind with and without its owner, read off the same line: said once
    owned = Reading("members", "kind/Quill-crew-role", "kind", dict(same), {"f": 1.0}, 0.05)
    rival = Reading("in", "id/zorbex", "partOf", {"id/mossy": {"u2"}}, {"f": 1.0}, 0.35)
    # a row that says a kind and a relation at once is one piece of evidence, said twice
    twice = Reading("in", "id/zorbex", "usedFor", dict(same), {"f": 1.0}, 0.15)
    readings = [roles, options, rival, twice, owned]
    _fold_same_answers(readings)
    assert roles.probability == pytest.approx(0.50) and roles.features
    assert owned.probability == pytest.approx(0.05) and owned.features
    assert options.probability == 0.0 and not options.features
    assert twice.probability == pytest.approx(0.15) and twice.features
    assert max((r for r in readings if r.features), key=lambda r: r.probability) is roles


def test_what_are_all_the_things_asks_for_them_not_for_a_word_of_a_clause_after():
    q = analyse("what are all the quill flavours i need to know for the exam?")
    assert (q.form, q.asked) == ("list", "quill flavours")
    assert analyse("What are all of the Zorb loaders we run?").asked == "zorb loaders"


def test_an_answer_is_the_same_whatever_the_hash_seed(built, tmp_path):
    """Sets of strings iterate in a different order in every process: the texts a narrowed
    list is judged on are joined in a fixed order, so the answer never depends on it."""
    import json
    import os
    import subprocess
    import sys
    from pathlib import Path

    engine = engine_with_notes(
        built,
        tmp_path,
        "hubs.md",
        "# Hubs\n\n## Quill hubs\n\n| Hub | Runs on | Notes |\n|---|---|---|\n"
        "| Fern Hub | CPU only | single node only |\n| Moss Hub | CPU or GPU | scales out |\n"
        "| Tansy Hub | GPU only | big models only |\n| Reed Hub | CPU only | sparse rows |\n",
    )
    code = (
        "import json, sys; from search import Engine; e = Engine(sys.argv[1]);"
        " r = e.ask('Which Quill hubs are CPU only, never on a GPU?');"
        " print(json.dumps([r['answered'], [a['label'] for a in r['answers']]]))"
    )
    seen = set()
    for seed in ("1", "3", "7"):
        out = subprocess.run(
            [sys.executable, "-c", code, str(engine.build_dir)],
            capture_output=True,
            text=True,
            check=True,
            env={**os.environ, "PYTHONHASHSEED": seed, "HF_HUB_OFFLINE": "1"},
            cwd=Path(__file__).resolve().parents[1],
        )
        seen.add(out.stdout.strip().splitlines()[-1])
    assert len(seen) == 1, seen
    answered, labels = json.loads(seen.pop())
    assert answered and set(labels) == {"Fern Hub", "Reed Hub"}, labels


def test_one_of_a_listed_kind_is_judged_on_its_own_piece_of_the_list(built, tmp_path):
    engine = engine_with_notes(
        built,
        tmp_path,
        "clusters.md",
        "# Clusters\n\n## Compute\n\n- **Zorb** – managed row clusters when you need full control"
        " or already have row code. Node types: lead node (coordinates the cluster), keeper"
        " nodes (run jobs AND hold the rows), runner nodes (compute only, no rows). Runner"
        " nodes are the ones to run on spare hardware – losing them loses nothing.\n"
        "- **Quill** – a row cache.\n",
    )
    r = engine.ask("On a Zorb cluster, which node type is the safe one to put on spare hardware?")
    assert r["answered"] and [a["label"] for a in r["answers"]][:1] == ["Runner nodes"], r[
        "summary"
    ]


def test_another_note_s_words_about_a_thing_do_not_narrow_this_note_s_list(built, tmp_path):
    engine = engine_with_notes(
        built,
        tmp_path,
        "jobs.md",
        "# Jobs\n\n## Quill job styles\n\n| Style | Run with |\n|---|---|\n"
        "| Quill batch jobs | Fern Hub, Moss Hub, Reed Hub |\n| Quill stream jobs | Tansy Hub |\n",
        more={
            "hubs.md": "# Hubs\n\n## Fern Hub\n\nFern Hub runs our nightly workloads on spare"
            " nodes.\n\n## Moss Hub\n\nMoss Hub keeps the workloads of the row team.\n"
        },
    )
    from search.answer import read

    q = "Which hubs are Quill batch workloads typically run on?"
    r = engine.ask(q)
    assert {a["label"] for a in r["answers"]} == {"Fern Hub", "Moss Hub", "Reed Hub"}, r["summary"]
    # no reading of the list is narrowed to the hubs the other note says "workloads" of
    narrowed = [x for x in read(engine, q, engine.encode(q)).readings if x.condition]
    assert not narrowed, [(x.anchor, x.condition, list(x.answers)) for x in narrowed]


def test_a_word_is_weighed_by_the_document_a_reading_comes_from(built, tmp_path):
    import math

    moss = "# Moss\n\n" + "".join(f"Moss keeps {n} logs.\n\n" for n in range(40))
    engine = engine_with_notes(
        built,
        tmp_path,
        "quill.md",
        "# Quill\n\n## Rows\n\nQuill rows move.\n\nQuill rows rest.\n\nFern keeps rows.\n",
        more={"moss.md": moss},
    )
    units = [u for u in engine.view.units.values() if u.document == "quill.md"]
    said = [u for u in units if "quill" in u.text.lower()]
    # in its own note "quill" is common; in the whole graph, where the other note never says
    # it, it is rare
    assert engine.weight("quill", "quill.md") == pytest.approx(math.log(1 + len(units) / len(said)))
    assert engine.weight("quill") > engine.weight("quill", "quill.md")
    assert engine.uses("quill", "quill.md") and not engine.uses("quill", "moss.md")


def test_what_a_named_feature_does_defines_the_thing_named_before_the_general_word(built, tmp_path):
    engine = engine_with_notes(
        built,
        tmp_path,
        "hub-markers.md",
        "# Hub notes\n\n## Loader\n\n* partitions come from prefixes.\n"
        "* **SYNC MARKERS**: Zorbex remembers which files a job already copied, so the next run"
        " only takes new ones. = incremental loads.\n"
        "* streaming loads: off queues, micro-batch.\n\n"
        "## Zorbex\n\n* Zorbex is for loading. training in Zorbex is the wrong answer.\n",
    )
    r = engine.ask("What does the sync marker feature do in Zorbex?")
    assert r["answered"] and r["answers"][0]["label"] == "SYNC MARKERS", r["summary"]
    assert "remembers which files" in r["summary"]
    # a general word after the name, and a word in lower case that says more of it
    r = engine.ask("Explain the Zorbex sweeping technique.")  # (a class's own word last)
    assert r["answered"] and r["answers"][0]["label"] == "Zorbex", r["summary"]
    r = engine.ask("Explain the sync marker loading feature.")
    assert r["answered"] and r["answers"][0]["label"] == "SYNC MARKERS", r["summary"]


def test_what_turning_a_thing_on_does_defines_the_thing(built, tmp_path):
    engine = engine_with_notes(
        built,
        tmp_path,
        "fencing-notes.md",
        "# Quill notes\n\n## Safety\n\n* **Row fencing**: a Quill job with row fencing cannot"
        " write outside its own bucket, not even to **Zorb Log**; **QH** itself still"
        " moves the rows in and out.\n"
        "* **Drip mode**: rows arrive one at a time.\n",
    )
    for question in (
        "What does enabling row fencing do for a Quill job?",
        "What does enabling row fencing on a Quill job actually do?",
    ):
        r = engine.ask(question)
        assert r["answered"] and r["answers"][0]["label"] == "Row fencing", (question, r["summary"])
        assert r["kind"] == "definition" and "cannot write outside" in r["summary"]


def test_after_what_are_the_a_word_in_s_is_the_asked_noun_not_a_verb():
    q = analyse("What are the different ways Gromble can feed rows into a Quill job?")
    assert q.form == "list"
    q = analyse("What loader kinds does Gromble offer?")
    assert q.form == "list" and q.types == set()


def test_is_there_a_thing_that_asks_which_thing_but_is_there_a_way_stays_yes_no():
    q = analyse("Is there a service that'll copy Gromble rows into Quill for us?")
    assert (q.form, q.types, q.text) == (
        "single",
        {"Service"},
        "Is there a service that'll copy Gromble rows into Quill for us?",
    )
    q = analyse("Our rows drift. Is there a built-in algorithm made for this?")
    assert (q.form, q.types) == ("single", {"Algorithm"})
    assert analyse("Are there any algorithms for Quill topics?").form == "list"
    assert analyse("Is there a way to copy Gromble rows?").form == "yesno"
    assert analyse("Is there a limit on the Quill payload size?").form == "yesno"
    # "a service I could use instead of ...": whether there is one
    assert analyse("Is there a managed service I could use instead of Gromble?").form == "yesno"


def test_what_separates_them_and_telling_them_apart_ask_for_a_comparison():
    assert analyse("Both Gromble and FernKit load rows, so what separates them?").form == "compare"
    assert analyse("What distinguishes Gromble from FernKit?").form == "compare"
    assert analyse("How do I tell Gromble and FernKit apart?").form == "compare"
    assert analyse("Which setting separates rows into batches?").form == "single"


def test_a_question_about_a_service_no_document_names_is_declined(built, tmp_path):
    engine = engine_with_notes(
        built,
        tmp_path,
        "forest.md",
        "# Study mail\n\n## anomaly detection, built-ins\n\n"
        "- Zorbex Forest (ZF) -> gives every row a score, high score = odd row.\n"
        "- ZF hyperparams I wrote down: num_trees, num_rows_per_tree (feature_dim is required "
        "too)\n- ZF keeps a lookout for vision defects in the factory.\n\n## Hosting\n\n"
        "- **Serverless**: no GPUs, scales to zero.\n\n## Streams\n\n"
        "Vendors sell rows on Data Exchange before the buyers read them.\n",
    )
    # the notes use "lookout" and "vision", never the service's name
    r = engine.ask("What options does Amazon Lookout for Vision give us for vision defects?")
    assert not r["answered"], r["summary"]
    assert "never name" in r["summary"]
    # named in the scene before the question, it does not decide
    # a distinctive part of a service's name is the notes' name for it
    r = engine.ask("Can I get a GPU on a SageMaker Serverless Inference endpoint?")
    assert "never name" not in r["summary"], r["summary"]
    r = engine.ask("We use Amazon Lookout for Vision too. Which forest scores every row?")
    assert "never name" not in r["summary"], r["summary"]
    # the notes write the end of a service's name as a name, if not as a thing of theirs
    # (the shared cheat sheet never names the service)
    r = engine.ask("What is AWS Data Exchange?")
    assert "never name" not in r["summary"], r["summary"]


def test_a_family_name_qualifying_the_asked_class_is_not_a_service_the_notes_never_name(
    built, tmp_path
):
    # the notes write "SM", never "SageMaker"
    engine = engine_with_notes(
        built,
        tmp_path,
        "algos.md",
        "# SM built-ins\n\n- Factorization Machines :: the recommender one, sparse user-item "
        "click matrix. no CSV.\n- Random Cut Forest :: anomaly scores for each row.\n"
        "- XGBoost :: boosted trees for tabular data.\n",
    )
    r = engine.ask("Which SageMaker built-in algorithm suits sparse click data for recommending?")
    assert r["answered"], r["summary"]
    assert [a["label"] for a in r["answers"]] == ["Factorization Machines"]
    # a member of the family they never name still is one
    r = engine.ask("What does SageMaker Canvas do for business analysts?")
    assert not r["answered"] and "Canvas" in r["summary"], r["summary"]


def test_a_catalogued_name_written_in_everyday_lower_case_words_is_those_words(engine):
    from search.answer import unknown_services

    # the session's cheat sheet never names SageMaker Processing
    assert unknown_services(engine, "Which SageMaker Processing lane suits us?") == [
        "SageMaker Processing"
    ]
    assert unknown_services(engine, "Which SageMaker processing lane suits us?") == []


def test_what_it_means_to_enable_a_thing_and_remind_me_what_it_does_define_it():
    for text, subject in (
        ("What does it mean to enable drip mode on a Gromble loader?", "drip mode"),
        ("What does it mean to turn on drip mode for Gromble?", "drip mode"),
        ("What does it mean to overfit?", "overfit"),
        ("Remind me what FernKit does?", "fernkit"),
        ("Remind me what the Zorb ratio actually measures.", "zorb ratio"),
        ("Can you explain what QRM means and how it fills in gaps?", "qrm"),
    ):
        q = analyse(text)
        assert (q.form, q.subject) == ("definition", subject), text


def test_comparisons_on_an_amount_and_pick_which_are_comparisons():
    q = analyse(
        "How does Gromble differ from FernKit in terms of row size and how long a job runs?"
    )
    assert (q.form, q.asks_amount) == ("compare", False)
    q = analyse("How do Gromble and FernKit differ, e.g. on speed and how long rows are kept?")
    assert (q.form, q.asks_amount) == ("compare", False)
    assert analyse("Gromble or FernKit for loading rows — when would I pick which?").form == (
        "compare"
    )
    assert analyse("How much does Gromble cost compared with FernKit?").asks_amount


def test_what_that_means_after_a_scenario_defines_what_the_scenario_turns_on():
    for text in (
        "If I turn on drip mode for a Gromble job, what does that actually mean?",
        "If I enable drip mode, what does it do?",
    ):
        q = analyse(text)
        assert (q.form, q.subject) == ("definition", "drip mode"), text


def test_a_list_asked_of_how_much_is_no_figure_and_two_ways_to_one_set_are_no_rivals(
    built, tmp_path
):
    engine = engine_with_notes(
        built,
        tmp_path,
        "descent.md",
        "# Notes\n\n## Quill Descent\n\n**Quill Descent:** moves weights against the gradient.\n\n"
        "**Variants:**\n\n1. **Batch Quill Descent:** uses every row per step.\n"
        "2. **Stochastic Quill Descent:** uses one row per step.\n"
        "3. **Mini-batch Quill Descent:** uses a few rows per step.\n",
    )
    r = engine.ask(
        "What are the different flavours of Quill descent, depending on how much of the data "
        "each step uses?"
    )
    assert {a["label"] for a in r["answers"]} == {
        "Batch Quill Descent",
        "Stochastic Quill Descent",
        "Mini-batch Quill Descent",
    }, r["summary"]


def test_one_named_thing_set_against_a_practice_in_words_is_defined(built, tmp_path):
    assert analyse("What does the guide mean by a quill relay?").subject == "quill relay"
    engine = engine_with_notes(
        built,
        tmp_path,
        "balance.md",
        "# Notes on balance\n\n- **Gromblify**: makes new rare rows between close neighbours.\n"
        "- **Quill relay**: a chain of row fixers run in turn.\n",
    )
    r = engine.ask("What is Gromblify and how is it different from just copying rare rows?")
    assert r["answered"] and [a["label"] for a in r["answers"]] == ["Gromblify"], r["summary"]
    assert "new rare rows" in r["summary"]
    r = engine.ask("What does the guide mean by a quill relay?")
    assert r["answered"] and "chain of row fixers" in r["summary"], r["summary"]


def test_a_comparison_of_one_thing_s_listed_parts_never_set_side_by_side_is_declined(
    built, tmp_path
):
    """The things compared are a list under the one thing named, with nothing said of them to
    set side by side: a plain decline, not a crash."""
    engine = engine_with_notes(
        built,
        tmp_path,
        "zorbex-parts.md",
        "# Zorbex Hub\n\nZorbex Hub copies rows between stores.\n\n## Zorbex Hub loaders\n\n"
        "- Quill\n- Fernish\n",
    )
    r = engine.ask("How do the two Zorbex Hub loaders compare?")
    assert r["kind"] in ("compare", "declined"), r["summary"]


def test_what_are_after_a_dash_asks_for_several(engine):
    from search.answer import read

    for q in (
        "Gromble in drip mode — what are the loader kinds?",
        "Gromble in drip mode - what are the loader kinds?",
    ):
        assert read(engine, q, engine.encode(q)).q.form == "list", q


def test_the_end_of_a_longer_name_written_as_a_name_links_to_it(built, tmp_path):
    engine = engine_with_notes(
        built,
        tmp_path,
        "zorbex-streams.md",
        "# Streams\n\n## Zorbex Data Streams\n\nKeeps rows a day; consumers can replay rows.\n\n"
        "## Zorbex Hose\n\nLoads rows near live.\n\n"
        "- Zorbex Hose destinations: Quill Store, Fern Lake, Moss Table\n",
    )
    r = engine.ask("Data Streams vs Zorbex Hose: what's the actual difference?")
    assert {a["label"] for a in r["answers"]} == {"Zorbex Data Streams", "Zorbex Hose"}, r[
        "summary"
    ]
    # one side unknown: what the other delivers to is not what is compared
    r = engine.ask("Mirth Pipes vs Zorbex Hose: what's the actual difference?")
    assert not {a["label"] for a in r["answers"]} & {"Quill Store", "Fern Lake", "Moss Table"}


def test_is_there_a_thing_of_a_kind_the_graph_has_asks_for_it(built, tmp_path):
    engine = engine_with_notes(
        built,
        tmp_path,
        "quill-modes.md",
        "# Quill Hub\n\n## Quill Hub input modes\n\n- **Drip mode**: copies every row to disk "
        "before the job starts.\n- **Gulp mode**: streams rows from the store but shows them to "
        "the job as plain files.\n",
    )
    r = engine.ask("Is there a Quill Hub input mode that streams rows but shows them as files?")
    assert r["kind"] != "yesno", r["summary"]
    assert not r["answered"] or r["answers"][0]["label"] == "Gulp mode", r["summary"]


def test_a_comparison_sets_side_by_side_the_first_run_of_names_not_its_criteria(built, tmp_path):
    engine = engine_with_notes(
        built,
        tmp_path,
        "gromble-fernkit.md",
        "# Loaders\n\n## Gromble Loader\n\n- Speed: fast\n- Cost: high\n\n"
        "## FernKit Loader\n\n- Speed: slow\n- Cost: low\n\n## Row Cost\n\nWhat a row costs.\n\n"
        "## Load Speed\n\nHow fast rows load.\n",
    )
    r = engine.ask("How do Gromble Loader and FernKit Loader stack up on Load Speed and Row Cost?")
    assert {a["label"] for a in r["answers"]} == {"Gromble Loader", "FernKit Loader"}, r["summary"]


def test_a_run_of_names_set_against_each_other_is_what_is_compared(built, tmp_path):
    from search.answer import _coordinated

    engine = engine_with_notes(
        built,
        tmp_path,
        "loaders-drift.md",
        "# Loaders\n\n## Gromble Loader\n\n- Speed: fast\n\n## FernKit Loader\n\n- Speed: slow\n\n"
        "## Row Drift\n\nRows that change shape.\n\n## Night Loads\n\nLoads that run at night.\n",
    )
    q = (
        "If I mainly want to avoid Row Drift and Night Loads, should I pick Gromble Loader or "
        "FernKit Loader?"
    )
    ents = [x for x in engine.names.link(q) if x in engine.view.entities]
    labels = {engine.view.label(x) for x in _coordinated(engine, q, ents)}
    assert labels == {"Gromble Loader", "FernKit Loader"}, labels


def test_a_name_no_document_uses_that_only_sets_the_scene_does_not_decline(built, tmp_path):
    engine = engine_with_notes(
        built,
        tmp_path,
        "hub-twins.md",
        "# Hub notes\n\n## Cleaning\n\n- **Gromble Twins**: finds the same record written two "
        "ways when no shared key links the copies.\n- **Fern Sweep**: drops empty rows.\n",
    )
    r = engine.ask(
        "Our Quibblex export repeats customers and no shared key links the copies. "
        "Which tool finds them?"
    )
    assert "Quibblex" not in r["summary"]
    # a scene's name the question then asks about ("how does it ...?") is what is asked of
    r = engine.ask("We run rows through Quibblex Cloud. How does it drop empty rows?")
    assert not r["answered"] and "Quibblex" in r["summary"], r["summary"]


def test_an_everyday_word_written_as_a_name_mid_sentence_is_compared_as_one(built, tmp_path):
    engine = engine_with_notes(
        built,
        tmp_path,
        "stores-compare.md",
        "# Stores\n\n## Harbor\n\nRuns SQL over files in the Zorbex Lake. Pay per scan.\n\n"
        "## Quill Spectrum\n\nRuns SQL over files in the Zorbex Lake from the Quill warehouse.\n",
    )
    r = engine.ask(
        "Both Harbor and Quill Spectrum can query files in the Zorbex Lake - what's the "
        "practical difference? Think cost, how much I have to manage."
    )
    assert r["kind"] == "compare", r["summary"]
    assert {a["label"] for a in r["answers"]} == {"Harbor", "Quill Spectrum"}, r["summary"]


def test_question_words_link_to_nothing_named_like_them(built, tmp_path):
    engine = engine_with_notes(
        built,
        tmp_path,
        "when-map.md",
        "# Map\n\n- Quill Store\n  - When\n    - many jobs read the same rows\n"
        "    - fast reads\n- Gromble Hub\n  - nightly loads\n",
    )
    q = "When do I use Gromble Hub and when Quill Store?"
    assert {engine.view.label(x) for x in engine.names.link(q)} == {"Gromble Hub", "Quill Store"}
    assert "When" not in {e.label for e in engine.view.entities.values()}


def test_evidence_shows_each_line_once_even_when_the_document_repeats_it(built, tmp_path):
    engine = engine_with_notes(
        built,
        tmp_path,
        "repeats.md",
        "# Loaders\n\n| Loader | Use |\n|---|---|\n| Gromble Pipe | nightly bulk loads of rows |\n"
        "| Gromble Pipe | nightly bulk loads of rows |\n| Quill Pipe | hourly row-by-row loads |\n",
    )
    r = engine.ask("When do I use Gromble Pipe and when Quill Pipe?")
    assert r["kind"] == "compare", r["summary"]
    for a in r["answers"]:
        shown = [(e["document"], e["text"]) for e in a["evidence"]]
        assert len(shown) == len(set(shown)), shown


def test_yes_or_no_asks_of_a_thing_named_after_a_hyphenated_word(built, tmp_path):
    # "built-in Gromble": "in" ends a word here, it is no preposition before the thing asked of
    engine = engine_with_notes(
        built,
        tmp_path,
        "hub-loaders.md",
        "# Hub notes\n\n## Loaders\n\n| Loader | Task | Nodes |\n|---|---|---|\n"
        "| Gromble | topic sorting | single-node Quanta only |\n"
        "| Tessaract | topic sorting | Quanta or Zorbex, many nodes |\n",
    )
    r = engine.ask(
        "Can I speed up the built-in Gromble topic sorter by running it on many Zorbex nodes?"
    )
    assert r["answered"] and r["label"] == "No", r["summary"]


def test_a_single_answers_confidence_heeds_rivals_of_the_asked_class_only(engine):
    from search.answer import read, single_confidence

    question = "Which algorithm spots odd rows in a Gromble table?"
    s = read(engine, question, engine.encode(question))
    assert s.q.types  # it asks for a class
    f = {
        "coverage": 0.6,
        "passage": 0.6,
        "type_fit": 1.0,
        "reading": 0.0,
        "top_word": 1.0,
        "unit_coverage": 0.6,
    }
    of_another_class = [(0.30, "a", set(), f), (0.25, "b", set(), {**f, "type_fit": 0.0})]
    of_the_class = [(0.30, "a", set(), f), (0.25, "b", set(), f)]
    # a thing of another class is never the answer, so it is no rival
    assert single_confidence(engine, s, of_another_class) > single_confidence(
        engine, s, of_the_class
    )


def test_a_word_of_a_stem_the_documents_use_is_no_word_they_never_use(engine):
    assert engine.uses_stem("anomalous") == engine.uses_stem("anomalies")
    assert not engine.uses_stem("zorbexification")


def test_yes_or_no_heeds_the_plain_clause_that_says_most_of_the_question(built, tmp_path):
    engine = engine_with_notes(
        built,
        tmp_path,
        "hub-nodes.md",
        "# Hub notes\n\n## Zorbex Hub\n\n- Zorbex Hub: a managed row cluster. Node roles: lead "
        "(master), keeper (holds rows), helper (compute only, no rows). Quanta pricing is fine "
        "for helper nodes since losing one doesn't lose rows; don't put keeper nodes on Quanta.\n",
    )
    r = engine.ask("Is it OK to run Zorbex Hub helper nodes on Quanta pricing?")
    assert r["answered"] and r["label"] == "Yes", r["summary"]
    r = engine.ask("Is it OK to run Zorbex Hub keeper nodes on Quanta pricing?")
    assert r["answered"] and r["label"] == "No", r["summary"]
    # the names the question links say nothing of what it asks of them
    (tmp_path / "inputs").mkdir()
    engine = engine_with_notes(
        built,
        tmp_path / "inputs",
        "hub-inputs.md",
        "# Hub notes\n\n## Inputs\n\n- Gromble Loader: Zorb rows with floats, QSV is not "
        "practical (sparse rows).\n- Fern Loader: QSV or Zorb rows.\n",
    )
    r = engine.ask("Is QSV a practical input format for Gromble Loader?")
    assert r["answered"] and r["label"] == "No", r["summary"]
    # a table row's cells each say their own thing, and another word for what is asked
    # still says no
    (tmp_path / "rows").mkdir()
    engine = engine_with_notes(
        built,
        tmp_path / "rows",
        "hub-rows.md",
        "# Hub notes\n\n## Sorters\n\n| Algorithm | Problem types | Input |\n|---|---|---|\n"
        "| Zorb Machines | binary sorting, ranking | Quill rows only |\n"
        "| Fern Trees | multiclass sorting | any rows |\n",
    )
    r = engine.ask("Can Zorb Machines be used for a multiclass sorting problem?")
    assert r["answered"] and r["label"] == "No", r["summary"]


def test_amounts_and_the_limits_that_hold_them():
    from search.figures import amounts, fits

    asked = amounts("Each job sends a ~300 MB file and runs for about 25 minutes.")
    assert asked == [("size", 300e6), ("time", 1500.0)]
    assert fits(asked, "Quill queue | max payload: 1 GB | max run time: up to 1 h") is True
    assert fits(asked, "Fern lane | max payload: 5 MB | max run time: 60 s") is False
    assert fits(asked, "Moss batch | no limits worth knowing") is None
    # an amount in words ("one hour"), and no amount in "one s"
    assert amounts("up to one hour, or fifteen minutes") == [("time", 3600.0), ("time", 900.0)]
    assert amounts("pick one s3 bucket") == []


def test_a_scenarios_amounts_pick_the_option_whose_limits_hold_them(built, tmp_path):
    engine = engine_with_notes(
        built,
        tmp_path,
        "hub-lanes.md",
        "# Hub notes\n\n## Gromble serving lanes\n\n| lane | max payload | max run time | notes |\n"
        "|---|---|---|---|\n| Fern Lane | 5 MB | 60 s | takes each Gromble job's file as it comes |\n"
        "| Quill Queue | 1 GB | up to 1 h | queued |\n"
        "| Moss Lane | 4 MB | 60 s | idle lanes cost nothing |\n"
        # a limit of another thing, which says nothing of the job's run time
        "| Sip Lane | memory up to 6 GB | — | spiky traffic, cold starts |\n",
    )
    r = engine.ask(
        "Each Gromble job sends a ~300 MB file and runs for about 25 minutes. "
        "Which Gromble serving lane can take that?"
    )
    assert r["answered"] and [a["label"] for a in r["answers"]] == ["Quill Queue"], r["summary"]


def test_what_an_acronym_stands_for_with_a_second_question_after_is_a_definition():
    q = analyse("What does ZQL stand for and how does it pick rows?")
    assert q.form == "definition" and q.subject.lower() == "zql"
    # ... or a request for more after it: "and say how ...", "and tell me why ..."
    q = analyse("Define fern recall and say how it is counted.")
    assert q.form == "definition" and q.subject.lower() == "fern recall"


def test_what_a_thing_does_and_what_it_is_for_is_a_definition():
    for text in (
        "What does the Zorbex Lens algorithm actually learn and what is it used for?",
        "what does Gromble compute, and what's it for?",
    ):
        q = analyse(text)
        assert q.form == "definition", (text, q)
    assert analyse(text).subject == "gromble"
    assert analyse("What does Gromble compute for each row?").form != "definition"


def test_a_coded_word_that_only_opens_names_names_them(built, tmp_path):
    engine = engine_with_notes(
        built,
        tmp_path,
        "penalties.md",
        "# Penalties\n\n- **Q7 Pruning** - drops useless rows entirely, keeps few.\n"
        "- **Q9 Pruning** - shrinks every row a little, drops none.\n",
    )
    r = engine.ask("Q7 vs Q9?")
    assert r["answered"], r["summary"]
    assert {a["label"] for a in r["answers"]} == {"Q7 Pruning", "Q9 Pruning"}


def test_a_choice_of_two_asked_in_many_ways_is_a_comparison():
    for text in (
        "Should I use Drip mode or Gulp mode for a huge row set, and why?",
        "When would I pick Zorb over Quill or the other way around?",
        "I must choose between a Zorb and a Quill loader. Which one keeps rows?",
        "Zorb Hose or Quill Stream - how do they differ on latency, who manages shards?",
        # after the scene, whatever the verb
        "rows have huge spikes - should I judge the loader on ZQL or QRS, and why?",
        "If we need ms latency, is Zorb Hose or Quill Stream the right pick, and why?",
    ):
        assert analyse(text).form == "compare", text
    for text in (
        "Should I use Zorb or not?",
        "rows have spikes. Should I clip them or leave them raw?",
        "When comparing loaders with Zorb, is a higher value better?",
        "I have to choose between three loaders for rows; which is fastest?",
    ):
        assert analyse(text).form != "compare", text


_HOSTING = (
    "# Study notes\n\n## Saving money\n\n"
    "- **Gromble endpoints**: host many models behind one endpoint; models load from Amazon S3 "
    "on demand. Cheap for thousands of rarely called models.\n"
    "- **Quill endpoints**: one model per endpoint, always on, for steady traffic.\n"
    "- Amazon S3 is used for Amazon SageMaker model artifacts.\n\n"
    "## Storage\n\n"
    "- **Zorbex FS**: a fast file system linked to an Amazon S3 bucket. Use it when training "
    "jobs re-read a large dataset from Amazon S3 many times and the download is slow.\n"
    "- Amazon EBS keeps the training instance's volume.\n"
    "- Amazon SageMaker copies the dataset from Amazon S3 before training starts.\n"
)


def test_a_passage_answers_with_the_thing_it_defines_not_a_thing_it_mentions(built, tmp_path):
    engine = engine_with_notes(built, tmp_path, "hosting.md", _HOSTING)
    r = engine.ask(
        "We will host thousands of per-customer models that are rarely called and want low "
        "costs. Which SageMaker feature should we use?"
    )
    assert r["answered"] and [a["label"] for a in r["answers"]] == ["Gromble endpoints"], r


def test_a_sentence_that_says_it_speaks_on_of_the_passages_thing(built, tmp_path):
    engine = engine_with_notes(built, tmp_path, "hosting.md", _HOSTING)
    r = engine.ask(
        "Our jobs re-read a huge dataset from S3 again and again and the download is slow. "
        "Which storage service do the notes recommend?"
    )
    assert r["answered"] and [a["label"] for a in r["answers"]] == ["Zorbex FS"], r["summary"]


def test_a_lead_in_retrieved_brings_the_kind_of_its_items(built, tmp_path):
    kept = "".join(f"- Gromble Store rows of table T{i} are kept {i} days\n" for i in range(12))
    engine = engine_with_notes(
        built,
        tmp_path,
        "gromble.md",
        "# Gromble notes\n\n## Gromble Store\n\n- default place for rows\n"
        "- storage tiers (hot -> cold):\n    - Gromble Hot\n    - Gromble Cold\n"
        "- locking modes:\n    - LOCK-R -> shared\n"
        "    - LOCK-W -> single writer\n    - LOCK-X -> exclusive\n" + kept,
    )
    r = engine.ask("Which ways of locking rows in Gromble Store do the notes mention?")
    assert {a["label"] for a in r["answers"]} == {"LOCK-R", "LOCK-W", "LOCK-X"}, r["summary"]


def test_the_thing_a_name_says_it_is_for_is_not_that_name(built, tmp_path):
    # "Managed Hosting for Gromble Queue" hosts Gromble Queue: a question about running
    # Gromble Queue does not name the managed service, which may be its answer
    engine = engine_with_notes(
        built,
        tmp_path,
        "queue.md",
        "# Ingest\n\n- **Managed Hosting for Gromble Queue:** runs the queue's clusters for you\n"
        "- **Quill Row Pipes:** carry rows in order\n",
    )
    q = "We already run Gromble Queue on-premises. Which service should we move to?"
    assert engine.names.link(q) == {}
    assert [engine.view.label(x) for x in engine.names.link("Are Row Pipes ordered?")] == [
        "Quill Row Pipes"
    ]


def test_yes_or_no_hears_only_in_a_cell_whose_compound_speaks_of_what_is_asked(built, tmp_path):
    # "Single-node Zorbex only" speaks of nodes (a part of its compound): it restricts the
    # thing the question asks to spread over several nodes, though another cell of the row
    # names the algorithm
    engine = engine_with_notes(
        built,
        tmp_path,
        "hub-rows.md",
        "# Hub rows\n\n| Algorithm | Problem it solves | Hardware notes |\n|---|---|---|\n"
        "| Gromble | topic modelling | Single-node Zorbex only |\n"
        "| Fernish | ranking | Zorbex or Quanta, many nodes |\n",
    )
    _assert_first_labels(
        engine,
        (
            ("Can I spread training of the Gromble algorithm across several nodes?", "No"),
            ("Can I spread training of the Fernish algorithm across several nodes?", "Yes"),
        ),
    )


def test_yes_or_no_hears_a_terse_line_that_says_no_of_what_is_asked(built, tmp_path):
    # "No Quanta nodes" under the thing's heading: two words, and the answer
    engine = engine_with_notes(
        built,
        tmp_path,
        "hub-terse.md",
        "# Hub\n\n## Gromble Sweep\n\n- Bursty tables, pay per batch\n"
        "- Cold starts; memory 1–6 GB; set max concurrency\n- No Quanta nodes\n\n"
        "## Fern Drip\n\n- Steady rows on Zorbex or Quanta nodes, low delay\n",
    )
    _assert_first_labels(engine, (("Can I run a Gromble Sweep loader on Quanta nodes?", "No"),))


def test_a_thing_the_question_names_only_in_part_may_answer_it(built, tmp_path):
    # "Gromble Data Streams" in the question is no naming of "Gromble Data Hose", which reads
    # from it: one of the answers, not the thing asked of
    engine = engine_with_notes(
        built,
        tmp_path,
        "hub-readers.md",
        "# Hub\n\nGromble Data Streams\n:   Real-time rows in shards.\n"
        ":   Consumers: Gromble Data Hose, Quill Reader, Fern Tap.\n",
    )
    r = engine.ask("What reads from Gromble Data Streams?")
    got = {a["label"] for a in r["answers"]}
    assert {"Gromble Data Hose", "Quill Reader", "Fern Tap"} <= got, r["summary"]


def test_a_definition_that_leads_in_a_list_goes_on_with_the_list(tmp_path):
    from search import Engine
    from search.rebuild import rebuild

    notes = tmp_path / "hub.md"
    notes.write_text(
        "# Hub\n\n**Q:** What are sync guards?\n\n**A:** Managed copies of a hub with check modes:\n\n"
        "- **Drip** — one row at a time\n- **Flood** — all rows at once\n"
        "- **Trickle** — rows in equal steps\n",
        encoding="utf-8",
    )
    rebuild([notes], tmp_path / "build")
    r = Engine(tmp_path / "build").ask("Tell me about sync guards")
    assert r["answered"] and r["summary"] == (
        "Sync guards: Managed copies of a hub with check modes: Drip, Flood, Trickle."
    )


def test_a_description_that_leads_in_a_list_goes_on_with_the_list(tmp_path):
    from search import Engine
    from search.answer import _describe, read
    from search.rebuild import rebuild

    notes = tmp_path / "hub.md"
    notes.write_text(
        "# Hub\n\n**Q:** What are sync guards?\n\n**A:** Managed copies of a hub with check modes:\n\n"
        "- **Drip** — one row at a time\n- **Flood** — all rows at once\n",
        encoding="utf-8",
    )
    rebuild([notes], tmp_path / "build")
    engine = Engine(tmp_path / "build")
    question = "How do sync guards copy a hub?"
    s = read(engine, question, engine.encode(question))
    guards = next(i for i, e in engine.view.entities.items() if e.label == "Sync guards")
    answer = _describe(engine, s.q, guards, s.unit_score)
    assert answer.summary.endswith("check modes: Drip, Flood"), answer.summary


def test_an_open_question_one_thing_answers_surely_is_answered_with_it(tmp_path):
    from search import Engine
    from search.rebuild import rebuild

    notes = tmp_path / "host.md"
    notes.write_text(
        "# Serving\n\n## Hosting options\n\n"
        "- Gromble endpoint — thousands of small models behind one endpoint, loaded on demand\n"
        "- Quill pipeline — two to fifteen containers in sequence\n"
        "- Fern variants — split traffic by weight for tests\n"
        "- Mossy scaling — adds hosts when traffic grows\n",
        encoding="utf-8",
    )
    rebuild([notes], tmp_path / "build")
    r = Engine(tmp_path / "build").ask(
        "We split traffic by weight to test two models. What do we use?"
    )
    assert [a["label"] for a in r["answers"]] == ["Fern variants"], r["summary"]


def test_a_name_called_by_its_kind_is_defined_not_a_thing_the_kind_words_name(tmp_path):
    """ "Explain the Zorbex tuning strategy": Zorbex, which the notes call a strategy; not
    the tuning job that "tuning" alone could name."""
    engine = engine_of(
        tmp_path,
        "tune.md",
        "# Tuning\n\nTuning job = many training jobs, each with other settings, scored on one"
        " metric.\n\n| Strategy | How |\n|---|---|\n| Zorbex | stops weak jobs early and gives"
        " their budget to the promising ones |\n| Quillsearch | tries every combination |\n",
    )
    r = engine.ask("Explain the Zorbex tuning strategy.")
    assert [a["label"] for a in r["answers"]][:1] == ["Zorbex"], r["summary"]


def test_a_capitalised_everyday_name_beside_a_long_name_is_linked_surely(tmp_path):
    """ "Can Hopper replay rows like Zorb Data Streams can?": the capitals of the long name
    do not make the question one that capitalises every word, so "Hopper" is the name; and
    what the notes say of it (no replay) answers no."""
    engine = engine_of(
        tmp_path,
        "streams.md",
        "# Streams\n\n- **Zorb Data Streams:** real-time rows\n  - keeps rows a week, can replay\n"
        "- **Hopper:** near real-time delivery to the lake\n  - no replay, no retention\n",
    )
    hopper = next(i for i, e in engine.view.entities.items() if e.label.startswith("Hopper"))
    question = "Can Hopper replay old rows like Zorb Data Streams can?"
    assert engine.names.link(question)[hopper] == 1.0
    assert engine.ask(question)["answers"][0]["label"] == "No"


def test_a_capitalised_everyday_name_in_a_short_question_is_linked_surely(tmp_path):
    """ "Does the Hopper model in Zorb use row tags?": the question's first word has its
    capital whatever it is, and three long words are too few to call the question one that
    capitalises every word; Hopper and Zorb are names."""
    engine = engine_of(
        tmp_path,
        "models.md",
        "# Zorb\n\n## Models\n\n| Model | Row tags | Good for |\n|---|---|---|\n"
        "| Hopper | no | strong seasons |\n| Quillnet | yes | many rows |\n",
    )
    hopper = next(i for i, e in engine.view.entities.items() if e.label == "Hopper")
    question = "Does the Hopper model in Zorb use row tags?"
    assert engine.names.link(question)[hopper] == 1.0
    assert engine.ask(question)["answers"][0]["label"] == "No"


def test_a_yes_no_on_which_way_a_thing_moves_reads_the_arrows(tmp_path):
    engine = engine_of(
        tmp_path,
        "cutoff.md",
        "# Gromble\n\n## Cut-off\n\n- Moving the Gromble cut-off: lower cut-off → more rows kept"
        " → coverage ↑, purity ↓\n- Zorb rows are kept a week.\n",
    )
    said = engine.ask("If I lower the Gromble cut-off, does purity go up?")
    assert said["answers"][0]["label"] == "No", said["summary"]
    said = engine.ask("If I lower the Gromble cut-off, does coverage go up?")
    assert said["answers"][0]["label"] == "Yes", said["summary"]


def test_a_comparison_sets_side_by_side_only_the_names_joined_in_the_question(tmp_path):
    """ "quill endpoint vs fern endpoint": the two (named in the plural by the notes), not
    the "endpoint" inside both; "How is QuillLag different from FernLag in Zorbwatch?": the two
    latencies, not where they are read."""
    engine = engine_of(
        tmp_path,
        "hosting.md",
        "# Hosting\n\n- **Endpoint**: a hosted model behind a URL\n"
        "- **Quill endpoints**: many models behind one endpoint\n"
        "- **Fern endpoints**: many containers on one endpoint\n"
        "- **Zorbwatch**: the metrics service\n"
        "  - **QuillLag**: time inside the model\n  - **FernLag**: time around the model\n",
    )
    said = engine.ask("quill endpoint vs fern endpoint - what's the difference?")
    assert [a["label"] for a in said["answers"]] == ["Quill endpoints", "Fern endpoints"]
    said = engine.ask("How is QuillLag different from FernLag in Zorbwatch?")
    assert [a["label"] for a in said["answers"]] == ["QuillLag", "FernLag"]


def test_a_definition_asked_at_a_time_or_of_a_named_step_defines_the_thing(tmp_path):
    """ "What is X when loading in Y?" defines X; "the GromMatch step" is GromMatch, written
    as a name, while "the data step" names no thing."""
    engine = engine_of(
        tmp_path,
        "loaders.md",
        "# Quill loaders\n\n## Modes\n\n* **Drip mode**: streams rows from Zorb while the job"
        " runs, so it starts fast.\n* **Bulk mode**: copies every row first.\n\n## Cleaning\n\n"
        "The GromMatch step finds rows that are the same customer even when no field matches.\n",
    )
    r = engine.ask("What is Drip mode when loading in Quill?")
    assert r["kind"] == "definition" and r["answers"][0]["label"] == "Drip mode", r["summary"]
    assert "streams rows" in r["summary"]
    r = engine.ask("What is the GromMatch step in Quill?")
    assert r["kind"] == "definition" and r["answers"][0]["label"] == "GromMatch", r["summary"]


def test_a_question_that_says_required_asks_for_the_required_settings_only(tmp_path):
    """ "Which Gromble settings are mandatory?" gets the ones the notes call required; "List
    the Gromble settings" all of them (the narrower relation is read only when asked)."""
    engine = engine_of(
        tmp_path,
        "gromble.md",
        "# Built-in algorithms\n\n| Algorithm | Use |\n|---|---|\n| Gromble | forecasting |\n\n"
        "## Gromble\n\nGromble models many series at once. Required"
        " hyperparameters: `flush_rows`, `gap_ms`, `fern_rate`. Tune `quill_cells` and"
        " `zorb_layers` as well.\n",
    )
    r = engine.ask("Which Gromble hyperparameters are mandatory?")
    assert {a["label"] for a in r["answers"]} == {"flush_rows", "gap_ms", "fern_rate"}, r["summary"]
    r = engine.ask("Which hyperparameters must I set for Gromble?")
    assert {a["label"] for a in r["answers"]} == {"flush_rows", "gap_ms", "fern_rate"}, r["summary"]
    r = engine.ask("List the Gromble hyperparameters.")
    assert {a["label"] for a in r["answers"]} == {
        "flush_rows",
        "gap_ms",
        "fern_rate",
        "quill_cells",
        "zorb_layers",
    }, r["summary"]


def test_how_many_in_a_clause_about_the_thing_asked_asks_no_figure():
    q = analyse("Which Gromble setting must be set, the one that controls how many rows are kept?")
    assert q.form == "single" and not q.asks_amount
    assert analyse("How many rows does Gromble keep by default?").asks_amount


def test_a_labels_negation_before_its_colon_says_no_of_nothing_after_it(tmp_path):
    engine = engine_of(
        tmp_path,
        "pairs.md",
        "# Finders\n\n## Gromble\n\nGromble ranks rows by the closest labelled rows.\n\n"
        "Don't confuse: Gromble is supervised and needs labels; Quill is unsupervised and"
        " invents its own groups.\n",
    )
    r = engine.ask("Does Gromble need labelled training data?")
    assert r["answers"][0]["label"] == "Yes", r["summary"]


def test_two_words_written_apart_meet_the_one_word_they_make():
    from search.readings import stem, stems

    assert stem("dataset") in stems("scores a whole data set stored in Zorb")


def test_a_scenario_asking_which_option_fits_asks_for_one_thing(tmp_path):
    """ "Which Quill option fits?": "fits" is the verb (nothing the notes name is a fit), one
    thing asked; the line that says what the scenario says answers, though it writes "data
    set" where the question writes "dataset"."""
    engine = engine_of(
        tmp_path,
        "quill.md",
        "# Quill serving\n\n- **Quill Live** – a persistent endpoint that answers each request"
        " in milliseconds.\n- **Quill Sweep** – scores a whole data set stored in Zorb with no"
        " persistent endpoint; the tool for nightly scoring jobs.\n- **Quill Burst** – scales"
        " to zero between requests.\n\n## Algorithms\n\n| Algorithm | Use | Settings |\n"
        "|---|---|---|\n| XGBoost | tabular rows | `num_round`, `max_depth`, `eta` |\n"
        "| Linear Learner | linear models | `predictor_type`, `mini_batch_size` |\n",
    )
    # (settings are options too: the question asks for none of them)
    r = engine.ask(
        "I want to score an entire dataset sitting in Zorb every night without keeping an"
        " endpoint running. Which Quill option fits?"
    )
    assert r["kind"] == "single" and [a["label"] for a in r["answers"]] == ["Quill Sweep"], r[
        "summary"
    ]


def test_what_a_renamed_thing_is_called_now_is_its_new_name(tmp_path):
    engine = engine_of(
        tmp_path,
        "hubs.md",
        "# Hubs\n\n## Loading\n\n**Zorb Hub** has been renamed Quill Hub. It loads rows.\n\n"
        "**Fern Box** copies rows.\n",
    )
    for question in (
        "My old notes say Zorb Hub - what is it called now?",
        "What is the new name of Zorb Hub?",
    ):
        r = engine.ask(question)
        assert [a["label"] for a in r["answers"]] == ["Quill Hub"], r["summary"]
        assert "renamed" in r["answers"][0]["evidence"][0]["text"]
        # a line says so: its confidence is set by hand, and the answer says it is not calibrated
        assert r["basis"] == "stated"
    # the query it gives reproduces the answer
    assert [x["currentName"] for x in engine.store.query(r["sparql"]).records()] == ["Quill Hub"]
    r = engine.ask("What does Fern Box do?")
    assert r["answers"][0]["label"] == "Fern Box", r["summary"]


def test_a_question_naming_a_thing_and_its_setting_asks_of_the_setting(tmp_path):
    """ "What shapes can I pick with Gromble Cast's curve setting?": the values of curve, not
    every setting of Gromble Cast (curve among them)."""
    engine = engine_of(
        tmp_path,
        "gromble.md",
        "# Notes\n\n## Gromble Cast\n\nGromble Cast is a supervised algorithm for forecasting"
        " rows.\n\n### Hyperparameters\n\n| Hyperparameter | Required? | Note |\n|---|---|---|\n"
        "| `fern_length` | yes | Rows seen before a guess. |\n"
        "| `curve` | no | Curve shape: `quill-T` (default), `zorbic`, `moss-L1`. |\n"
        "| `moss_rounds` | no | Passes over the rows. |\n"
        "| `quill_cells` | no | Cells per layer; default 40. |\n",
    )
    r = engine.ask("What shapes can I pick with Gromble Cast's curve setting?")
    assert sorted(a["label"] for a in r["answers"]) == ["moss-L1", "quill-T", "zorbic"], r[
        "summary"
    ]


def test_a_thing_named_is_no_answer_to_what_its_lines_do_not_say(tmp_path):
    """A question that asks for something of Quill Cast (how it is billed, what it charges)
    is declined when Quill Cast's best line says little of it; "What exactly does Quill Cast
    do?" is still answered with what it is."""
    engine = engine_of(
        tmp_path,
        "quill.md",
        "# Quill notes\n\n## Quill Cast\n\nQuill Cast is the managed forecasting service: create"
        " a row group, train a predictor, generate a forecast, then export it to a bucket.\n\n"
        "## Fern Box\n\nFern Box stores rows for years.\n",
    )
    for question in (
        "How is Quill Cast billed for generated output?",
        "What does Quill Cast charge per hour of training?",
    ):
        r = engine.ask(question)
        assert not r["answered"], (question, r["summary"])
    r = engine.ask("What exactly does Quill Cast do?")
    assert r["answered"] and "managed forecasting service" in r["summary"], r["summary"]


def test_a_time_in_words_past_seven_is_a_figure(tmp_path):
    """Any number word the figures reader knows makes a time ("fifteen minutes")."""
    engine = engine_of(
        tmp_path,
        "quill.md",
        "# Quill notes\n\n## Quill Burst\n\nQuill Burst runs short jobs and stops each"
        " invocation after fifteen minutes.\n\n## Quill Queue\n\nQuill Queue keeps requests"
        " in a queue and answers later.\n",
    )
    r = engine.ask("How long can one Quill Burst invocation run?")
    assert r["answered"] and r["answers"][0]["label"] == "fifteen minutes", r["summary"]


def test_a_scenarios_amounts_are_held_by_the_limits_a_line_of_its_own_states(tmp_path):
    """The options are described together; their limits stand in a callout, one line each,
    a time written in words ("up to one hour")."""
    engine = engine_of(
        tmp_path,
        "serving.md",
        "# Serving\n\n## Four ways to serve a Quill model\n\nQuill Live keeps nodes running for"
        " interactive traffic. Quill Burst needs no node choice and scales to zero. Quill Queue"
        " takes requests into a queue and answers later. Quill Sweep scores a whole data set"
        " offline.\n\n### Numbers to memorise\n\n- **Quill Live**: payload up to 6 MB; answers"
        " within 60 seconds.\n- **Quill Burst**: 1 to 6 GB of memory, 4 MB payload.\n"
        "- **Quill Queue**: payloads up to 1 GB and up to one hour of processing per request.\n",
    )
    r = engine.ask(
        "Each request sends a 500 MB file and the model needs around 20 minutes to process it."
        " Which Quill option should I use?"
    )
    assert [a["label"] for a in r["answers"]] == ["Quill Queue"], r["summary"]


def test_a_scenarios_amounts_held_by_a_table_row_or_by_limits_on_every_dimension(tmp_path):
    """The option whose own line (a table's row, not a tip that says where it starts) has
    limits holding the scenario's amounts answers it; so does the one option whose own
    limits speak to every amount stated, when no rival states any."""
    engine = engine_of(
        tmp_path,
        "serving.md",
        "# Serving\n\n## Options\n\n| Option | Max payload | Max time per request |\n|---|---|---|\n"
        "| Quill Live | 6 MB | 60 seconds |\n| Quill Queue | 1 GB | up to 1 hour |\n"
        "| Quill Sweep | 100 MB per mini-batch | none |\n\n"
        "Use Quill Queue when payloads pass 6 MB or a request takes longer than 60 seconds.\n",
    )
    r = engine.ask(
        "Our scans are about 300 MB each and each one takes roughly 20 minutes. Which Quill"
        " option fits?"
    )
    assert [a["label"] for a in r["answers"]] == ["Quill Queue"], r["summary"]
    (tmp_path / "tabs").mkdir()
    engine = engine_of(
        tmp_path / "tabs",
        "tabs.md",
        "# Hosting\n\n## Tansy Live\n\nA node that answers one request at a time, around the"
        " clock.\n\n## Tansy Burst\n\nNo nodes to choose; scales to zero, with cold starts.\n\n"
        "## Tansy Queue\n\nRequests wait in a queue; payloads up to **1 GB** and processing up"
        " to an hour.\n",
    )
    r = engine.ask(
        "Each request carries a 500 MB file and takes about 20 minutes to process. Which"
        " Tansy hosting option fits?"
    )
    assert [a["label"] for a in r["answers"]] == ["Tansy Queue"], r["summary"]


def test_a_class_word_the_question_calls_its_thing_by_is_not_asked_of_the_passage(tmp_path):
    """ "the Zorb algorithm": "algorithm" names what Zorb is; a passage that says Zorb trains
    on Quanta nodes only answers yes without saying "algorithm", and no to other nodes."""
    engine = engine_of(
        tmp_path,
        "algos.md",
        "# Algorithms\n\n- **Zorb Segmentation** - labels every pixel of a picture.\n"
        "  - Zorb Segmentation trains on Quanta instances only.\n"
        "- **Fern Detection** - boxes around things; trains on any instance.\n",
    )
    r = engine.ask("Does training the Zorb Segmentation algorithm require Quanta instances?")
    assert r["label"] == "Yes", r["summary"]
    r = engine.ask("Can the Zorb Segmentation algorithm train on Fern instances?")
    assert r["label"] == "No", r["summary"]


def test_a_quiz_with_its_answers_at_the_bottom_answers_what_it_asks(tmp_path):
    """A newsletter's numbered quiz, its answers numbered in one paragraph further down:
    each question is a card with its answer, so a question that asks the same is answered
    from it."""
    engine = engine_of(
        tmp_path,
        "issue.md",
        "# Issue 12\n\n## Loading\n\n**Quill Hose** delivers rows into Fern Lake.\n\n"
        "**Tansy Stream** keeps rows for replay.\n\n**Fern Lake** stores files.\n\n"
        "## Pop quiz\n\n1. Rows have to land in a lake with the fewest moving parts. Which tool?\n"
        "2. You must read the same rows twice. Which tool?\n"
        "3. Name the store that keeps files for a year.\n\n**Next session:** Thursday.\n\n"
        "**Quiz answers:** 1) Quill Hose with format conversion on. 2) Tansy Stream."
        " 3) Fern Lake.\n",
    )
    r = engine.ask("I need rows to land in a lake with the least to manage. Which tool?")
    assert [a["label"] for a in r["answers"]] == ["Quill Hose"], r["summary"]
    assert "fewest moving parts" in r["answers"][0]["evidence"][0]["text"]
    # (a quiz's task, "Name the ...", asks as its questions do)
    r = engine.ask("Which store keeps files for a whole year?")
    assert [a["label"] for a in r["answers"]] == ["Fern Lake"], r["summary"]


def test_yes_or_no_a_qualifier_said_of_something_else_in_a_later_sentence(built, tmp_path):
    engine = engine_with_notes(
        built,
        tmp_path,
        "fill-yesno.md",
        "# Filling gaps\n\nZorb filling is quick, but odd rows drag the zorb around, so quill "
        "filling is usually safer for skewed columns. Better still is fern filling, or even "
        "training a model to predict the missing column.\n",
    )
    r = engine.ask("For a skewed numeric column, is quill filling safer than zorb filling?")
    assert r["answered"] and r["answers"][0]["label"] == "Yes", r["summary"]


def test_numbers_in_words_are_numbers():
    from search.figures import amounts, in_digits

    said = "Rows are kept for twenty-four hours by default, up to three hundred sixty-five days."
    assert in_digits(said) == "Rows are kept for 24 hours by default, up to 365 days."
    assert in_digits("the quick one") == "the quick one"
    assert amounts("a file of up to five terabytes") == [("size", 5e12)]


def test_yes_or_no_reads_an_amount_written_in_words(built, tmp_path):
    engine = engine_with_notes(
        built,
        tmp_path,
        "keep-yesno.md",
        "# Quill streams\n\nA Quill stream keeps rows for twenty-four hours by default, and you "
        "can stretch that to seven days.\n",
    )
    r = engine.ask("Does a Quill stream keep rows for 48 hours by default?")
    assert r["answered"] and r["answers"][0]["label"] == "No", r["summary"]


def test_what_is_the_name_of_the_kind_that_asks_which_thing():
    for text in (
        "What is the name of the metric computed as HITS / (HITS + MISSES)?",
        "What is the metric computed as hits divided by all rows?",
        "What's the term for a metric that counts misses?",
    ):
        q = analyse(text)
        assert q.form == "single" and q.types == {"Metric"} and q.text == text, text
    assert analyse("What is the default retention of a stream?").form == "definition"


def test_yes_or_no_reads_the_asked_thing_s_own_cell_of_a_comparison_row():
    from types import SimpleNamespace

    from search.answer import _only_of_another_aspect, _own_cells
    from search.readings import stems

    engine = SimpleNamespace(
        names=SimpleNamespace(forms={"zorblex": "z", "quill network": "q", "qn": "q"})
    )
    row = "Aspect: Hardware | Zorblex: CPU, single box only | Quill Network (QN): CPU or GPU, several boxes"
    assert _own_cells(engine, row, "z") == "Aspect: Hardware | Zorblex: CPU, single box only"
    assert _own_cells(engine, row, "q").endswith("Quill Network (QN): CPU or GPU, several boxes")
    assert _own_cells(engine, "Zorblex | CPU only", "z") == "Zorblex | CPU only"
    own = "Zorblex: CPU, single box only"
    named = set(stems("Zorblex"))
    assert _only_of_another_aspect(analyse("Can Zorblex train on CPU?"), own, named)
    assert not _only_of_another_aspect(analyse("Can Zorblex train on several boxes?"), own, named)
    denied = "Zorblex: CPU only, no GPU support"
    assert not _only_of_another_aspect(analyse("Can Zorblex train on GPU?"), denied, named)


def test_a_named_part_of_the_service_the_question_names_is_what_it_asks(built, tmp_path):
    engine = engine_with_notes(
        built,
        tmp_path,
        "glue-parts.md",
        "# Loading\n\n**AWS Glue** has three parts:\n\n"
        "1. **Glue crawlers** walk buckets and register tables.\n"
        "2. **FernMatch**, a transform inside Glue that links rows with no common key "
        "(think “Jo Quill, 1 Moss Rd” vs “Joe Quill, 1 Moss Road”).\n"
        "3. **Glue jobs** run Spark code.\n\n"
        "Amazon S3 holds the rows; Amazon Athena queries them where they lie.\n",
    )
    # the quotations set side by side are the question's example: it compares nothing
    q = (
        "Our rows repeat like 'Jo Quill, 1 Moss Rd' vs 'Joe Quill, 1 Moss Road' with no shared "
        "key. What Glue capability links them?"
    )
    r = engine.ask(q)
    assert r["kind"] != "compare" and r["answered"], r["summary"]
    assert r["answers"][0]["label"] == "FernMatch", r["summary"]


def test_the_thing_a_sentence_passes_over_gives_way_to_the_one_it_picks(built, tmp_path):
    engine = engine_with_notes(
        built,
        tmp_path,
        "gromble-sizing.md",
        "# Sizing\n\n## Gromble\n\nGromble is a tree learner for rows. On CPUs Gromble waits on "
        "memory rather than arithmetic, so a memory-heavy R5 instance is a better pick than a "
        "compute-heavy C5.\n",
    )
    r = engine.ask("What instance type should I train Gromble on when using CPUs?")
    assert r["answered"] and r["answers"][0]["label"] == "R5", r["summary"]


def test_what_a_thing_does_asked_with_a_second_question_still_gets_its_passages(built, tmp_path):
    engine = engine_with_notes(
        built,
        tmp_path,
        "quill-shapes.md",
        "# Shaping rows\n\n## Numbers\n\nTwo kinds: **Zorb bucketing** and **Quill bucketing**. "
        "With Quill bucketing the buckets hold equal counts, handy when values are lopsided.\n",
    )
    r = engine.ask("What does Quill bucketing do, and when is it useful?")
    assert r["answered"] and r["kind"] == "definition", r["summary"]
    assert "Quill bucketing" in r["summary"]
    r = engine.ask("How much does Quill bucketing cost, and when is it useful?")
    assert not r["answered"]  # nothing says what it costs


def test_yes_or_no_sets_apart_what_a_passage_says_of_two_things(built, tmp_path):
    engine = engine_with_notes(
        built,
        tmp_path,
        "quill-contrasts.md",
        "# Quill notes\n\n## Formats\n\n- **Zorbpack**: rows as plain text, one per line.\n"
        "- **Quillpack**: rows packed into binary frames.\n\n## Models\n\n"
        "Gromble vs Tansy tripped me up. Both sort rows into piles. Gromble is the classic"
        " counting model and trains on a single Zorbex node; Tansy (Tansy Pile Model) is"
        " neural, so it can use Quanta boards and multiple nodes.\n\n## Pipes\n\n"
        "- **Fern Pipe**: lands rows in Quill stores.\n- **Fern Stream**: keeps rows for"
        " replay.\n\nLatency (Fern Pipe): near instant, it batches rows by size first.\n\n"
        "Latency (Fern Stream): instant, about 200 ms.\n\n## Quibble\n\n"
        "Quibble, think sparse rows, click prediction. It only takes Quillpack with float32."
        " Zorbpack is not accepted, people forget that.\n\n## Loading\n\nIn Fern mode, Quill"
        " copies every row to the node's disk before the run begins. Drip mode instead sends"
        " the rows one by one, so runs start sooner.\n",
    )
    expected = {
        # what the passage says only of the other thing, and one node for "multiple"
        "Can Gromble make use of Quanta boards and multiple training nodes?": "No",
        "Can Tansy use Quanta boards?": "Yes",
        "Does Gromble train on a single node?": "Yes",
        # "near instant" is not instant
        "Is Fern Pipe instant?": "No",
        "Is Fern Pipe near instant?": "Yes",
        "Is Fern Stream instant?": "Yes",
        # the format asked about, refused as a whole in the passage that opens with Quibble
        "Can I feed Zorbpack rows to the Quibble algorithm?": "No",
        "Can I feed Quillpack rows to Quibble?": "Yes",
        # what the question itself sets aside, said of another thing, is no contrast
        "Does Drip mode send the rows one by one instead of copying every row first?": "Yes",
    }
    for question, label in expected.items():
        r = engine.ask(question)
        assert r["answered"] and r["answers"][0]["label"] == label, (question, r["summary"])


def test_the_names_a_question_links_and_the_verb_asked_of_them_narrow_no_list(built, tmp_path):
    """ "Which input formats does Quill Zephyr accept for training?": Quill and Zephyr say
    whose formats, "accept" how they relate; none of them is a condition that keeps only the
    formats some other line happens to say it of."""
    from search.answer import read
    from search.readings import stem

    engine = engine_with_notes(
        built,
        tmp_path,
        "quill-formats.md",
        "# Quill handbook\n\nQuill is the platform every model below runs on.\n\n## Models\n\n"
        "| Model | Input formats | Notes |\n|---|---|---|\n"
        "| Zephyr | Fernpack, Mosspack, Quillpack, Tansypack | Sorts rows. |\n"
        "| Quibble | Quillpack only | Ranks rows. |\n\nMost Quill models also accept Quillpack"
        " in stream mode. Fernpack files need no header row when you train on Quill.\n",
    )
    question = "Which input formats does Quill Zephyr accept for training?"
    s = read(engine, question, engine.encode(question))
    # (of the readings about Zephyr and its kinds; one of every input format still needs them)
    said = {w for r in s.readings if "Zephyr" in (r.kind_of or r.anchor) for w in r.condition}
    assert not said & {stem("quill"), stem("zephyr"), stem("accept")}
    r = engine.ask(question)
    assert {a["label"] for a in r["answers"]} == {"Fernpack", "Mosspack", "Quillpack", "Tansypack"}


def test_the_thing_a_passage_opens_with_as_doer_goes_before_one_it_never_names(built, tmp_path):
    """A line under "Uneven classes" that opens "Quillsort creates new rows by ..." is said
    of Quillsort; the item above it, which the line never names, is no better answer to
    "What technique creates new rows by ...?", however many lines it holds."""
    from search.answer import _opener_first, read

    engine = engine_with_notes(
        built,
        tmp_path,
        "row-tools.html",
        '<html><body><div id="content"><h2>Row tools</h2><ol><li><p>Uneven classes</p>'
        '<div class="olist"><ol><li><p>Copy the rare rows.</p></li><li><p><strong>Quillsort'
        "</strong> creates new rare rows by blending a row with its nearest neighbours.</p>"
        "</li></ol></div></li></ol></div></body></html>",
    )
    question = "What technique creates new rare rows by blending a row with its neighbours?"
    s = read(engine, question, engine.encode(question))
    v = engine.view
    line = next(u for u, x in v.units.items() if x.text.startswith("Quillsort creates"))
    uneven = next(x for x, e in v.entities.items() if e.label == "Uneven classes")
    quillsort = next(x for x, e in v.entities.items() if e.label == "Quillsort")
    s.unit_score = {line: 0.9}
    f = {"type_fit": 0.5}
    scored = [(0.7, uneven, {line}, f), (0.3, quillsort, {line}, f)]
    assert [x[1] for x in _opener_first(engine, s, scored)] == [quillsort, uneven]
    # (one the line names stays first)
    assert [x[1] for x in _opener_first(engine, s, scored[::-1])] == [quillsort, uneven]


def test_the_thing_named_where_the_notes_say_most_of_the_question_answers_it(tmp_path):
    engine = engine_of(
        tmp_path,
        "stream-notes.md",
        "# Stream notes\n\n## Quill Data Streams\n\nQuill Data Streams holds rows for a day "
        "in shards.\n\n- Each shard takes 1 MB/s in and 2 MB/s out.\n- Retention: 24 hours by "
        "default, up to 365 days.\n\nConsumers: the **Quill Client Library (QCL)**, **AWS Lambda**, **Amazon "
        "Data Firehose**, and **Managed Service for Apache Flink**. The QCL uses an **Amazon "
        "Fernstore** table to keep track of shard leases and checkpoints, a detail I forgot.\n",
    )
    r = engine.ask("Where does the Quill Client Library keep its shard leases and checkpoints?")
    labels = [a["label"] for a in r["answers"]]
    assert r["answered"] and labels[:1] == ["Amazon Fernstore"], r["summary"]


def test_a_which_after_a_verb_asks_nothing_when_another_which_asks():
    q = analyse(
        "On a Gromble endpoint, which InvokeQuill parameter tells Gromble which model to use?"
    )
    assert q.asked == "invokequill parameter" and q.form == "single"
    # alone, an indirect question's which still asks
    assert analyse("I want to know which service stores rows?").types == {"Service"}


def test_a_thing_the_notes_call_by_the_asked_noun_answers_what_it_is(built, tmp_path):
    engine = engine_with_notes(
        built,
        tmp_path,
        "gromble-checks.md",
        "# Gromble\n\n## Checks\n\nThe prebuilt Gromble check container runs on Apache Spark "
        "and is built with Zorbex, the open-source AWS library for row checks. You can bring "
        "your own container.\n\n## Quill\n\nQuill compiles a trained model for a target "
        "such as ml_c5 or ml_p3 so it runs faster.\n\nCompiled models run on the lightweight "
        "QRT (Quill Runtime). For edge fleets, pair Quill with AWS IoT Greengrass.\n",
    )
    r = engine.ask("Which open-source library underpins the prebuilt Gromble check container?")
    assert r["answered"] and r["answers"][0]["label"] == "Zorbex", r["summary"]
    r = engine.ask("After Quill compiles a model, what runtime executes it?")
    assert r["answered"] and r["answers"][0]["label"] == "Quill Runtime", r["summary"]


def test_a_point_on_a_scale_or_a_factor_asks_for_a_figure(built, tmp_path):
    assert analyse("At what Quill score does the Fern monitor raise an alert?").asks_amount
    assert analyse("What safety factor does the guide suggest for Moss?").asks_amount
    assert not analyse("What score does the Fern monitor compare rankings with?").asks_amount
    engine = engine_with_notes(
        built,
        tmp_path,
        "fern-monitor.md",
        "# Fern monitor\n\nFor row drift, the Fern monitor ranks columns by their Zorb values "
        "and compares the two rankings using the Quill score. A Quill score below 0.85 raises "
        "an alert.\n\nSizing: target = (MAX_ROWS * SAFETY_FACTOR), where the recommended "
        "SAFETY_FACTOR is 0.4.\n",
    )
    r = engine.ask("At what Quill score does the Fern monitor raise an alert?")
    assert r["answered"] and r["answers"][0]["label"] == "0.85", r["summary"]
    r = engine.ask("What safety factor is recommended when sizing the target?")
    assert r["answered"] and r["answers"][0]["label"] == "0.4", r["summary"]
    # the measure's own value, not a figure after an earlier mention of it
    (tmp_path / "b").mkdir()
    engine = engine_with_notes(
        built,
        tmp_path / "b",
        "moss-sizing.md",
        "# Moss sizing\n\nThe target is found by load testing: AWS suggests a target of "
        "MAX_ROWS × SAFETY FACTOR × 60 rows per host, with a safety factor of 0.5 as a "
        "starting point.\n",
    )
    r = engine.ask("What safety factor does the guide suggest starting with for the Moss target?")
    assert r["answered"] and r["answers"][0]["label"] == "0.5", r["summary"]


def test_the_unit_a_sentence_gives_the_asked_of_measure_in_answers_what_unit(built, tmp_path):
    engine = engine_with_notes(
        built,
        tmp_path,
        "fern-metrics.md",
        "# Fern endpoint metrics\n\n| Metric | What it tells you |\n|---|---|\n"
        "| FernLatency | time the container took |\n| FernErrors | failed calls |\n"
        "| FernLag | queue delay per row, in seconds |\n\n"
        "Two gotchas. First, FernLatency is reported in milliseconds, so 1200 is 1.2 s. "
        "Second, FernErrors is summed over all hosts.\n",
    )
    r = engine.ask("What unit is the FernLatency metric measured in?")
    assert r["answered"] and r["answers"][0]["label"] == "milliseconds", r["summary"]
    r = engine.ask("In what unit is FernLag reported?")  # a table row, read whole
    assert r["answered"] and r["answers"][0]["label"] == "seconds", r["summary"]


def test_a_stated_default_answers_what_holds_when_nothing_is_set(built, tmp_path):
    engine = engine_with_notes(
        built,
        tmp_path,
        "quill-settings.md",
        "# Quill trainer\n\nThe values below are the Quill trainer's own.\n\n"
        "| Setting | Default | What raising it does |\n|---|---|---|\n"
        "| fern_size | 64 | bigger batches, smoother steps |\n"
        "| moss_rate | 0.25 | faster steps, riskier |\n\n"
        "Quill search modes are Gromble (default), sweep and zorbex.\n\n"
        "# Moss loader\n\n- flush_wait: how long a batch waits (default 90 seconds)\n"
        "- Sizes: moss_rows (default 100), moss_rows_per_page (default 256).\n",
    )
    # of two defaults in one sentence, the one its own clause says is of what is asked
    r = engine.ask("How many rows does a Moss loader read if moss_rows is left at its default?")
    assert r["answered"] and r["answers"][0]["label"] == "100", r["summary"]
    r = engine.ask("If I don't set moss_rate, what value does the Quill trainer use?")
    assert r["answered"] and r["answers"][0]["label"] == "0.25", r["summary"]
    r = engine.ask("Which search mode does Quill fall back to when none is specified?")
    assert r["answered"] and r["answers"][0]["label"] == "Gromble", r["summary"]
    r = engine.ask("If I leave flush_wait alone, how long does a Moss batch wait?")
    assert r["answered"] and r["answers"][0]["label"] == "90 seconds", r["summary"]
    # "how many" counts: a time is no count of batches
    r = engine.ask("By default, how many batches can one Moss loader hold at once?")
    assert not r["answered"] or r["answers"][0]["label"] != "90 seconds", r["summary"]
    # a default the notes state of nothing the question asks about is no answer
    r = engine.ask("What default cooldown does the Quill trainer apply between runs?")
    assert not r["answered"] or r["answers"][0]["label"] not in ("0.25", "64", "90 seconds")


def test_a_figure_said_of_the_measure_by_its_qualifier_alone_answers_at_what_score(built, tmp_path):
    engine = engine_with_notes(
        built,
        tmp_path,
        "fern-monitor.md",
        "# Fern monitor\n\nThe Fern monitor ranks columns by their weight in the baseline and in "
        "live rows, and compares the two rankings with the Gromble Rank Gain (GRG) score; a GRG "
        "below 0.85 raises an alert. Checks run every hour.\n",
    )
    r = engine.ask("Below what GRG score does the Fern monitor raise an alert?")
    assert r["answered"] and r["answers"][0]["label"] == "0.85", r["summary"]


def test_yes_or_no_reads_the_passage_that_names_every_thing_asked_of(built, tmp_path):
    # a line naming the first thing alone loses to the row that names both
    engine = engine_with_notes(
        built,
        tmp_path,
        "serve-options.md",
        "# Serving\n\n## Options\n\n| Option | Best for | Limits |\n|---|---|---|\n"
        "| Gromble Serve | rare, spiky traffic | memory up to 6 GB; cold starts; no QPUs |\n"
        "| Fern Serve | steady traffic | any instance |\n\n## Tools\n\n"
        "- **QPU**: an accelerator board for training.\n"
        "- **Moss Profiler**: records CPU, QPU and memory use while a job trains.\n",
    )
    r = engine.ask("Can I put a QPU behind a Gromble Serve endpoint?")
    assert r["answered"] and r["label"] == "No", r["summary"]


def test_a_comparison_leaves_out_a_name_that_only_qualifies_a_compared_one(built, tmp_path):
    engine = engine_with_notes(
        built,
        tmp_path,
        "zorbex-compare.md",
        "# Zorbex notes\n\n## Zorbex\n\nZorbex turns speech into text.\n\n"
        "- **Fern vocabulary**: a list of rare words Zorbex should hear.\n"
        "- **Quill model**: a language model trained on your own texts.\n\n"
        "## Moss cluster\n\n| Node type | Role |\n|---|---|\n"
        "| Core | runs tasks and stores blocks |\n| Task | runs tasks only |\n\n"
        "## Tuning\n\n- **Warm start**: a tuning job that reuses earlier jobs.\n\n"
        "| Warm start type | Use |\n|---|---|\n| FERN_SAME | same rows, same model |\n"
        "| MOSS_SHIFT | new rows or a new model |\n",
    )
    r = engine.ask("How is a Zorbex fern vocabulary different from a quill model?")
    assert [a["label"] for a in r["answers"]] == ["Fern vocabulary", "Quill model"], r
    r = engine.ask("In a Moss cluster, what's the difference between core nodes and task nodes?")
    assert [a["label"] for a in r["answers"]] == ["Core", "Task"], r
    r = engine.ask("How does a FERN_SAME warm start differ from a MOSS_SHIFT warm start?")
    assert [a["label"] for a in r["answers"]] == ["FERN_SAME", "MOSS_SHIFT"], r


def test_a_term_no_node_stands_for_is_defined_by_the_sentence_that_opens_with_it(built, tmp_path):
    engine = engine_with_notes(
        built,
        tmp_path,
        "gromble-pipes.md",
        "# Gromble Pipes\n\nGromble Pipes runs steps one after another.\n\n"
        "Two details matter. First, row pinning: when turned on for a step, a rerun with the "
        "same inputs reuses the earlier result instead of running the step again. Second, "
        "every step writes its log to the Fern Ledger.\n",
    )
    r = engine.ask("What is row pinning in Gromble Pipes?")
    assert r["answered"] and [a["label"] for a in r["answers"]] == ["row pinning"], r
    assert "reuses the earlier result" in r["summary"]
    r = engine.ask("What is quill fencing in Gromble Pipes?")
    assert not r["answers"] or r["answers"][0]["label"] != "quill fencing", r


def test_a_one_thing_answer_that_only_gives_back_what_the_question_names_is_no_answer():
    from search.answer import Answer, _echoes

    def one(label: str, question: str) -> bool:
        item = {"label": label, "iri": "", "type": "", "score": 0.6, "evidence": []}
        return _echoes(analyse(question), Answer(question, True, label, "single", 0.6, "", [item]))

    assert one("Gromble Vault", "How is Gromble Vault billed per gigabyte?")
    assert one("0.3", "Which Quill setting (default 0.3) weighs new rows?")
    assert not one("Fern Cache", "How is Gromble Vault billed per gigabyte?")
    assert not one("Gromble Vault", "Which is cheaper, Gromble Vault or Fern Cache?")
    # a choice offered by listing the things: any of them may be the answer
    assert not one("Fern Vault", "Quill Hub, Fern Vault and Moss Store: which keeps rows a year?")
    assert not one("Moss Store", "Among Quill Hub, Fern Vault and Moss Store, which is cheapest?")


def test_two_terms_compared_that_name_no_node_are_set_side_by_side_from_passages(built, tmp_path):
    engine = engine_with_notes(
        built,
        tmp_path,
        "gromble-runs.md",
        "# Gromble\n\n## Runs\n\nGromble checks rows in two ways. A quick run checks a sample of"
        " the rows; a full run checks every row and takes longer.\n\n## Settings\n\n"
        "- zorb_mode: fast (rows in memory, small tables) or careful (rows on disk, any size)\n",
    )
    r = engine.ask("What's the difference between a quick run and a full run in Gromble?")
    assert r["answered"] and [a["label"].lower() for a in r["answers"]] == [
        "quick run",
        "full run",
    ], r["summary"]
    assert "checks every row" in r["summary"]
    r = engine.ask("What distinguishes Gromble's fast mode from its careful mode?")
    assert [a["label"] for a in r["answers"]] == ["fast", "careful"], r["summary"]
    r = engine.ask("What's the difference between a warm run and a cold run in Gromble?")
    assert not r["answered"], r["summary"]


def test_a_count_answers_how_many_as_its_number_past_the_words_that_qualify_it(tmp_path):
    """ "How many distinct quills ...?" counts quills, not "distinct"; "at most" and "by
    default" measure nothing; and a count of the things asked is answered by its number ("12"), the
    question having said what is counted."""
    engine = engine_of(
        tmp_path,
        "gromble.md",
        "# Gromble notes\n\n## Gromble Sorter\n\nGromble Sorter groups incoming records by"
        " author. Labelling tops out at 12 distinct quills per batch (quill_0 to quill_11).\n\n"
        "## Fern Pipes\n\nFern Pipes chains steps; a pipe holds up to 9 stages. Fern Pipes"
        " previews a sample of the input (the default sample is 400 rows) and runs the full"
        " input on export.\n",
    )
    for q in (
        "What's the largest number of distinct quills Gromble Sorter can label in a batch?",
        "How many quills can Gromble Sorter label per batch at most?",
    ):
        r = engine.ask(q)
        assert r["answered"] and r["answers"][0]["label"] == "12", (q, r["summary"])
    r = engine.ask("How many stages can a Fern pipe hold at most?")
    assert r["answered"] and r["answers"][0]["label"] == "9", r["summary"]
    # "by default" says when, not what is measured
    r = engine.ask("How many rows does Fern Pipes sample by default while I try a pipe out?")
    assert r["answered"] and r["answers"][0]["label"] == "400", r["summary"]


def test_a_thing_of_the_asked_kind_answers_though_its_row_lists_parts_of_it(tmp_path):
    """The row of ``ReadSlips`` lists what it returns ("Slips and receipts: vendor, totals,
    line items"), which makes those parts of it; it is still one call of the kind asked for,
    not a topic whose members answer."""
    engine = engine_of(
        tmp_path,
        "quill-reader.md",
        "# Reader notes\n\n## Quill Reader\n\nQuill Reader pulls text and structure out of"
        " scanned pages.\n\n| Call (sync) | Async pair | What it returns |\n|---|---|---|\n"
        "| `ReadPlain` | `StartPlainRead` | Raw text only: lines and words |\n"
        "| `ReadForms` | `StartFormRead` | Text plus the fields you ask for |\n"
        "| `ReadSlips` | `StartSlipRead` | Slips and receipts: vendor, totals, line items |\n",
    )
    r = engine.ask("Which Quill Reader call gets vendor names and totals out of receipts?")
    assert r["answered"] and r["answers"][0]["label"] == "ReadSlips", r["summary"]


def test_a_default_asked_with_unless_and_said_as_name_default_value(tmp_path):
    """ "unless I change it" asks for the default; "rounds default 40, solver default
    fernprop, ..." states one default per setting, each said of the name before it (not of
    the setting after the one before: "patience_rounds default 3" is no default of rounds).
    A default stated under the heading of another thing of its class (another algorithm), or a
    figure no line calls a default, is no answer."""
    engine = engine_of(
        tmp_path,
        "quill-topics.md",
        "# Quill notes\n\n## Quill Topics\n\nQuill Topics is a built-in algorithm that groups"
        " documents into themes.\n\n"
        "- Required: num_themes, feature_dim.\n- rounds default 40, solver default fernprop,"
        " layer_shape default auto (two layers of 3 and 2 times the number of themes),"
        " layer_activation default sigmoid, patience_rounds default 3.\n- Tuning: depth"
        " ranges from 2 to 8.\n\n## Fern Clusters\n\nFern Clusters is a built-in algorithm that"
        " groups rows.\n\n"
        "### Settings\n\n- batch_rows default 500.\n",
    )
    for q, default in (
        ("Which solver does Quill Topics use unless I change it?", "fernprop"),
        ("What is the default number of rounds for Quill Topics?", "40"),
        ("Unless you set it, what activation does Quill Topics use for its layers?", "sigmoid"),
    ):
        r = engine.ask(q)
        assert r["answered"] and r["answers"][0]["label"] == default, (q, r["summary"])
    # the default of another thing of its class (under that thing's heading) is no answer,
    # nor is a figure no line says is a default
    for q, other in (
        ("What is the default batch_rows for Quill Topics?", "500"),
        ("What is the default depth for Quill Topics?", "2"),
    ):
        r = engine.ask(q)
        assert not r["answered"] or other not in r["answers"][0]["label"], (q, r["summary"])


def test_a_figure_with_its_unit_tells_the_rows_apart_whatever_else_the_question_says(tmp_path):
    """ "at least 90 days ... even if I delete them sooner": the rows that say "90 days" are
    the answer, though they say nothing of deleting."""
    engine = engine_of(
        tmp_path,
        "moss-tiers.md",
        "# Moss notes\n\n## Moss tiers\n\n| Tier | Typical use | Min. keep | Reads |\n"
        "|---|---|---|---|\n| Moss Hot | Active rows | none | milliseconds |\n"
        "| Moss Warm | Rows read monthly | 30 days | milliseconds |\n"
        "| Moss Cold | Rows read quarterly | 90 days | milliseconds |\n"
        "| Moss Vault | Rows kept for audits | 90 days | hours |\n"
        "| Moss Deep | Compliance copies | 180 days | hours |\n\nMoss bills per stored GB;"
        " deleting rows sooner than a tier's minimum keep still bills the whole minimum.\n",
    )
    r = engine.ask("Which Moss tiers bill me for at least 90 days even if I delete my rows sooner?")
    assert sorted(a["label"] for a in r["answers"]) == ["Moss Cold", "Moss Vault"], r["summary"]


def test_a_definition_asked_with_whose_it_is_its_class_or_a_setting(tmp_path):
    """ "What does Quill's fern routing feature do?", "What is the Moss Ratio metric in
    Gromble?", "What does ZLT mean when people talk about tuning?": the thing's card, not a
    decline."""
    engine = engine_of(
        tmp_path,
        "quill.md",
        "# Quill notes\n\n## Quill Hose\n\n- **Fern routing** — splits output by keys taken "
        "from the rows.\n\n## Gromble\n\n- **Moss Ratio (MR)** - share of positive rows in one "
        "group over another.\n\n## Tuning\n\n- **ZLT (zero-loss tuning)** — trains a few extra "
        "weights only.\n",
    )
    for question, name in (
        ("What does Quill Hose's fern routing feature do?", "Fern routing"),
        ("What is the Moss Ratio metric in Gromble?", "Moss Ratio"),
        ("What does ZLT mean when people talk about tuning?", "ZLT"),
    ):
        r = engine.ask(question)
        assert r["answered"] and r["kind"] == "definition", (question, r["summary"])
        assert r["answers"][0]["label"] == name, (question, r["summary"])


def test_a_noun_the_ontology_gives_a_relations_objects_turns_the_reading_toward_them():
    """ "Which destinations ...?": the ontology calls the objects of "delivers to"
    destinations, so "what Quill Hose delivers to" outranks "what delivers to Quill Hose"."""
    from search.answer import _toward_the_asked_noun
    from search.readings import Reading

    into = Reading("in", "id:quill-hose", "deliversTo", probability=0.6)
    out = Reading("out", "id:quill-hose", "deliversTo", probability=0.2)
    other = Reading("members", "id:kind", "kind", probability=0.3)
    q = analyse("Which destinations can Quill Hose deliver data to?")
    assert _toward_the_asked_noun(q, [into, other, out])[0] is out
    q = analyse("Which services deliver data to Quill Hose?")  # no noun of either side
    assert _toward_the_asked_noun(q, [into, other, out])[0] is into


def test_two_things_side_by_side_and_what_holds_for_each_is_a_comparison():
    for text in (
        "I'm choosing between Quill Hub and Fern Start for hosting a model. How would I be "
        "billed in each case?",
        "Quill or Fern: how am I charged for each?",
    ):
        assert analyse(text).form == "compare", text
    assert analyse("Which of the steps run on Quill or Fern for each row?").form != "compare"
    assert analyse("Can I pick Quill or Fern for each job?").form == "yesno"


def test_a_name_asked_in_a_long_setting_and_said_once_in_the_plural_is_defined(tmp_path):
    """ "What is a QPU in Managed Service for Quill Flink?": QPU, in that setting, is the
    Quill Processing Unit the notes first call "QPUs"."""
    engine = engine_of(
        tmp_path,
        "flink.md",
        "# Stream notes\n\n## Managed Service for Quill Flink\n\n- Capacity is counted in "
        "**QPUs**: 1 QPU = 1 vCPU and 4 GB of memory.\n\n| Service | Scaling unit |\n|---|---|\n"
        "| Managed Service for Quill Flink | QPU (Quill Processing Unit) |\n",
    )
    r = engine.ask("What is a QPU in Managed Service for Quill Flink?")
    assert r["answered"] and r["kind"] == "definition", r["summary"]
    assert r["answers"][0]["label"] == "Quill Processing Unit", r["summary"]
    assert analyse("What is the best service in AWS for streaming rows?").form != "definition"
