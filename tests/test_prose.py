"""Names and relations read from running text, on small documents of our own."""

import pytest

from graph.vocabulary import class_names, relation_cues, rename_phrases
from ingest import extract_documents
from tests.test_tables import extract as extract_with_vocabulary
from tests.test_tables import facts


@pytest.fixture(scope="module")
def cues():
    return relation_cues()


def extract(tmp_path, text, cues=None):
    p = tmp_path / "notes.md"
    p.write_text(text, encoding="utf-8")
    return extract_documents([p], cues=cues, class_names=class_names())


def labels(x):
    return {e.label: e for e in x.entities.values()}


def parts_of(x, owner):
    return {s for s, _, o in facts(x, "partOf") if o == owner}


def of_kind(x, kind):
    return {s for s, _, o in facts(x, "kind") if o == kind}


def test_service_named_in_a_sentence_is_a_service_node_used_for_what_follows(tmp_path, cues):
    x = extract(
        tmp_path, "# Notes\n\nTeams use Amazon Macie to find sensitive data in buckets.\n", cues
    )
    assert labels(x)["Amazon Macie"].cls == "Service"
    assert ("Amazon Macie", "usedFor", "find sensitive data in buckets") in facts(x)
    unit = next(u for u in x.units.values() if "Macie" in u.text)
    assert labels(x)["Amazon Macie"].id in unit.mentions


def test_parenthesised_acronym_is_one_node_with_its_alias(tmp_path):
    x = extract(tmp_path, "# Notes\n\nWe compare gradient boosted decision trees (GBDT) today.\n")
    gbdt = labels(x)["Gradient boosted decision trees"]
    assert "GBDT" in gbdt.aliases
    assert "GBDT" not in labels(x)


def test_built_on_between_two_names(tmp_path, cues):
    x = extract(
        tmp_path, "# Notes\n\nSome say that.\n\nFernKit is built on top of MossLib.\n", cues
    )
    assert ("FernKit", "builtOn", "MossLib") in facts(x, "builtOn")


def test_two_names_without_a_cue_are_only_mentioned(tmp_path, cues):
    x = extract(tmp_path, "# Notes\n\nFernKit and MossLib appeared in one benchmark.\n", cues)
    both = {labels(x)["FernKit"].id, labels(x)["MossLib"].id}
    assert not [f for f in x.facts if {f.subject, f.obj} == both]
    unit = next(u for u in x.units.values() if "benchmark" in u.text)
    assert both <= unit.mentions


def test_no_cues_no_relations(tmp_path):
    x = extract(tmp_path, "# Notes\n\nFernKit is built on top of MossLib.\n")
    assert "FernKit" in labels(x) and not facts(x, "builtOn")


def test_cell_listing_names_after_a_lead(tmp_path):
    x = extract(
        tmp_path,
        "## Cleaning\n\nTask\tNotes\n"
        "<b>Sieving</b>\t- Quarry Kit: Hollow Pine Filter (HPF), Velvet Sieve - manual checks\n",
    )
    found = labels(x)
    assert "HPF" in found["Hollow Pine Filter"].aliases
    assert "Velvet Sieve" in found
    assert not {"Manual checks", "manual checks", "HPF"} & set(found)


def test_heading_doing_things_with_a_name(tmp_path):
    x = extract(
        tmp_path, "# Notes\n\n## Tracking experiments with Quillmark\n\n- Keeps every run.\n"
    )
    assert "Quillmark" in labels(x)
    assert ("Quillmark", "usedFor", "Tracking experiments") in facts(x)


def test_list_after_such_as_takes_its_class_from_the_noun(tmp_path, cues):
    x = extract(
        tmp_path, "# Notes\n\nTry frameworks such as Gromble, Tessaract and Flimflow.\n", cues
    )
    found = labels(x)
    assert all(found[n].cls == "Framework" for n in ("Gromble", "Tessaract", "Flimflow"))


def test_capitals_that_say_nothing_make_no_nodes(tmp_path, cues):
    x = extract(
        tmp_path,
        "# Notes\n\nParsing is slow. Results: Fast, Cheap, Reliable.\n\n"
        "## Better Results for Noisy Inputs\n\n- Keep going.\n",
        cues,
    )
    assert not {"Parsing", "Results", "Fast", "Cheap", "Reliable", "Better Results"} & set(
        labels(x)
    )


def test_negated_statements_state_nothing(tmp_path, cues):
    x = extract(
        tmp_path,
        "# Notes\n\nFernKit is not built on MossLib.\n\nNever use FernKit to store secrets.\n",
        cues,
    )
    assert not [f for f in x.facts if f.predicate in ("builtOn", "usedFor")]


def test_parenthesised_list_of_names(tmp_path, cues):
    p = tmp_path / "bedrock.md"
    p.write_text(
        "# Gen AI\n\nBedrock serves foundation models via one API (Claude, Llama, Titan).\n"
    )
    x = extract_documents([p], cues=cues, class_names=class_names())
    assert {"Claude", "Llama", "Titan"} <= {e.label for e in x.entities.values()}


def test_a_clause_that_opens_with_a_name_says_something_of_it(tmp_path, cues):
    x = extract(
        tmp_path,
        "# Notes\n\n## Audit\n\n- **Trails**: AWS CloudTrail records API calls, and Amazon Macie "
        "discovers PII in S3 buckets.\n- The **FernKit** ML transform merges duplicate rows.\n",
        cues,
    )
    said = facts(x, "hasProperty")
    assert ("AWS CloudTrail", "hasProperty", "AWS CloudTrail records API calls") in said
    assert ("Amazon Macie", "hasProperty", "Amazon Macie discovers PII in S3 buckets") in said
    assert ("FernKit", "hasProperty", "FernKit ML transform merges duplicate rows") in said


def test_lists_in_running_text(tmp_path, cues):
    x = extract(
        tmp_path,
        "# Notes\n\n## Tuning\n\n| Problem | Algorithm |\n|---|---|\n| Clustering | K-Means |\n"
        "| Logins | IP Insights |\n\nThe unsupervised ones are K-Means, PCA, QRX and IP Insights "
        "(plus others). The tuner supports three search methods: Bayesian optimization (the "
        "default), random search and Hyperband. It can run four kinds of checks: disk health, "
        "queue depth, job lag and clock skew.\n",
        cues,
    )
    assert {"Principal Component Analysis", "QRX"} <= set(labels(x))  # a SageMaker algorithm
    assert "PCA" in labels(x)["Principal Component Analysis"].aliases
    kinds = facts(x, "kind")
    assert ("Random search", "kind", "search method") in kinds
    assert ("Queue depth", "kind", "check") in kinds


def test_items_with_remarks_that_say_and(tmp_path, cues):
    x = extract(
        tmp_path,
        "# Notes\n\nThe planner supports three join orders: greedy order (the default, which "
        "reads stats and guesses), left-deep order (fast and simple) and bushy order. It then "
        "runs nightly maintenance jobs of two types: index rebuild (slow) and stats refresh.\n",
        cues,
    )
    kinds = facts(x, "kind")
    assert {("Greedy order", "kind", "join order"), ("Bushy order", "kind", "join order")} <= kinds
    assert ("Stats refresh", "kind", "maintenance job") in kinds


def test_examples_after_a_plural_noun_are_of_its_kind_and_of_the_sentence_subject(tmp_path, cues):
    x = extract(
        tmp_path,
        "# Notes\n\n## Widget Hub and FernKit\n\nWidget Hub keeps rows in tables. FernKit renders "
        "reports using templates such as Ledger-Grid, Card-Stack and Time-Strip.\n",
        cues,
    )
    kinds = facts(x, "kind")
    assert ("Card-Stack", "kind", "template") in kinds
    assert ("Card-Stack", "kind", "FernKit template") in kinds
    assert not any(o.startswith("Widget Hub") for _, _, o in kinds)


def test_one_kind_whatever_its_case(tmp_path, cues):
    x = extract(
        tmp_path,
        "# Notes\n\n## Built-in algorithms\n\n- Grindle\n- Tessaract\n\n"
        "## Others\n\nThree built-in algorithms:\n\n- Flimflow\n- Gromble\n- Quibble\n",
        cues,
    )
    kinds = [e for e in x.entities.values() if e.cls == "Kind"]
    assert len({e.label.lower() for e in kinds}) == len(kinds)


def test_a_quoted_scenario_mapped_by_an_arrow_says_something_of_its_answer(tmp_path, cues):
    x = extract(
        tmp_path,
        "# Notes\n\n## Widget Hub\n\nWidget Hub has the **Bucket Store** and the **Table Store**.\n\n"
        'TIP. "Rows keep growing" → Bucket Store. "Point lookups in milliseconds" → Table Store. '
        '"Nightly copy" → Bucket Store or Table Store. "Cold archive" = Bucket Store.\n',
        cues,
    )
    said = facts(x, "hasProperty")
    assert ("Table Store", "hasProperty", '"Point lookups in milliseconds" → Table Store') in said
    assert ("Bucket Store", "hasProperty", '"Cold archive" = Bucket Store') in said
    assert not any("Nightly" in o for _, _, o in said)  # two answers: says nothing of either


def test_a_coordination_sharing_one_head_word_names_things_of_that_kind(tmp_path, cues):
    x = extract(
        tmp_path,
        "# Notes\n\n## Gaps\n\nDropping rows loses data; copy imputation is quick; ring "
        "imputation, graph imputation and MOTE preserve links between columns and are slow. "
        "Jobs read data in Copy mode (all at once), Pipe mode (streamed), or Fast Pipe mode. "
        "The cohort can be Gromble Turk, a private cohort of your own staff, or a vendor cohort from "
        "the market. "
        "We compared the old model, the new model and the baseline model.\n",
        cues,
    )
    kinds = facts(x, "kind")
    assert {
        ("Ring imputation", "kind", "imputation"),
        ("Graph imputation", "kind", "imputation"),
        ("MOTE", "kind", "imputation"),
        ("Copy mode", "kind", "mode"),
        ("Fast Pipe mode", "kind", "mode"),
        ("Private cohort", "kind", "cohort"),
        ("Vendor cohort", "kind", "cohort"),
    } <= kinds
    assert not any("model" in s.lower() for s, _, _ in kinds)


def test_a_lower_case_subject_used_again_is_a_term(tmp_path, cues):
    x = extract(
        tmp_path,
        "# Notes\n\n## Widget Hub\n\nAn ingest queue buffers rows before Widget Hub writes "
        "them, and the whole batch is copied at night. Size the ingest queue for peaks. The "
        "relationship between queues matters.\n",
        cues,
    )
    found = labels(x)
    assert "Ingest queue" in found
    assert not any(n.lower() in ("whole batch", "relationship between") for n in found)


def test_a_thing_a_sentence_opens_with_and_says_what_it_does_is_a_term(tmp_path, cues):
    x = extract(
        tmp_path,
        "# Notes\n\nA fold buffer chains rows between merges. A multi-lane buffer instead"
        " holds one row per lane. A small dataset can overfit. A common mistake is to merge"
        " twice. A good rule keeps merges short.\n",
        cues,
    )
    found = {n.lower() for n in labels(x)}
    assert {"fold buffer", "multi-lane buffer"} <= found
    assert not found & {"small dataset", "common mistake", "good rule", "multi-lane buffer instead"}


def test_a_counted_kind_then_clauses_that_each_open_with_one_of_one_noun(tmp_path, cues):
    x = extract(
        tmp_path,
        "# Notes\n\n## Zorbex\n\nZorbex clusters come in three roles: the lead (main) node"
        " plans, core nodes run tasks and hold rows, and task nodes only compute. Spot suits"
        " task nodes. It has two moods: the calm one waits, and a loud one shouts, and more.\n",
        cues,
    )
    kinds = facts(x, "kind")
    assert {n for n, _, k in kinds if k == "role"} == {"Lead node", "Core node", "Task node"}


def test_a_counted_kind_then_sentences_that_open_with_each(tmp_path, cues):
    x = extract(
        tmp_path,
        "# Notes\n\n## Loading\n\nWidget Hub jobs have three load modes. Copy mode copies every "
        "row first. Pipe mode streams rows, which starts faster. Lazy pipe mode reads rows on "
        "demand. The job then ends.\n",
        cues,
    )
    kinds = facts(x, "kind")
    assert {
        ("Copy mode", "kind", "load mode"),
        ("Pipe mode", "kind", "load mode"),
        ("Lazy pipe mode", "kind", "load mode"),
    } <= kinds


def test_an_acronym_may_skip_one_inner_word_of_its_long_form(tmp_path, cues):
    x = extract(
        tmp_path,
        "# Notes\n\n## Vision\n\n- **Pixel Sorter** — uses the Fast Grid MultiTile Engine (FGE) "
        "with a small backbone.\n- **Tile Finder** — labels tiles.\n",
        cues,
    )
    assert "FGE" in labels(x)["Fast Grid MultiTile Engine"].aliases
    # the clause after a lead term that is only a name is about that name
    assert ("Pixel Sorter", "implementedWith", "Fast Grid MultiTile Engine") in facts(x)


def test_a_plural_subject_that_is_or_includes_a_list_names_its_kind(tmp_path, cues):
    x = extract(
        tmp_path,
        "# Notes\n\nFernKit renders labels. The supported printers are Zebra, Brother, "
        "label-o-matic and Dymo.\n\nSupported outputs include Grid PNG, Label ZPL, Tape SVG, and "
        "plain text files, which is how older tools read them.\n",
        cues,
    )
    kinds = facts(x, "kind")
    assert ("Label-o-matic", "kind", "supported printer") in kinds
    assert ("Tape SVG", "kind", "output") in kinds


def test_a_list_in_an_item_belongs_to_the_thing_the_item_defines(tmp_path, cues):
    x = extract(
        tmp_path,
        "# Notes\n\n## Printing\n\n- **FernKit**: renders labels. Supported outputs include "
        "Grid PNG, Label ZPL and Tape SVG.\n- **Widget Hub**: copies rows.\n",
        cues,
    )
    assert ("Label ZPL", "kind", "FernKit output") in facts(x, "kind")


def test_an_acronym_before_its_long_form_counts_a_hyphenated_word_once(tmp_path, cues):
    x = extract(
        tmp_path,
        "# Notes\n\nWidget Hub loads rows into TIDE (the Tiered, In-memory Data Engine) so that "
        "reports stay fast.\n",
        cues,
    )
    assert "TIDE" in labels(x)["Tiered, In-memory Data Engine"].aliases


def test_the_ones_a_sentence_lists_are_of_the_plural_before_them(tmp_path, cues):
    x = extract(
        tmp_path,
        "# Notes\n\nFernKit picks one of the renderers for you; the built-in ones are Zebra, "
        "Gromble, Tessaract and Quill.\n",
        cues,
    )
    kinds = facts(x, "kind")
    assert {(n, "kind", "built-in renderer") for n in ("Zebra", "Gromble", "Quill")} <= kinds


def test_a_purpose_then_the_things_that_serve_it(tmp_path, cues):
    x = extract(
        tmp_path,
        "# Checklist\n\n- Design data pipelines with AWS Glue, Amazon Athena and Amazon Kinesis"
        " for analytics\n- Orchestrate retraining jobs using AWS Step Functions\n"
        "- Amazon SageMaker with AWS Glue\n- Hands-on Data Pipelines with AWS Glue\n"
        "- It works well with Amazon Athena\n- Integrates with Amazon Athena\n"
        "- Load rows with AWS Glue and a script of your own\n",
        cues,
    )
    assert facts(x, "usedFor") == {
        ("AWS Glue", "usedFor", "Design data pipelines"),
        ("Amazon Athena", "usedFor", "Design data pipelines"),
        ("Amazon Kinesis", "usedFor", "Design data pipelines"),
        ("AWS Step Functions", "usedFor", "Orchestrate retraining jobs"),
    }


def test_aspects_a_sentence_enumerates_of_a_thing_are_its_parts(tmp_path, cues):
    x = extract(
        tmp_path,
        "# Notes\n\n- **Gromble Reader**: reads pages. It detects row owners, loader moods, the"
        " dominant shelf and personal fields (PF), and keeps a ledger.\n"
        "- **FernKit** tracks runs, parameters and metrics.\n"
        "- **MossLib** simplifies reports by providing a view for analysts and engineers,"
        " offering over 300 charts.\n"
        "- **Zorbex** creates, transforms and selects rows.\n",
        cues,
    )
    assert parts_of(x, "Gromble Reader") == {
        "Row owners",
        "Loader moods",
        "Dominant shelf",
        "Personal fields",
    }
    assert "Metrics" not in labels(x)  # a class's name is no aspect of one thing
    assert not {o for _, _, o in facts(x, "partOf")} & {"FernKit", "MossLib", "Zorbex"}


def test_aspects_listed_after_a_colon_of_a_lead_term_are_its_parts(tmp_path, cues):
    x = extract(
        tmp_path,
        "# Notes\n\n**Gromble Watcher** – watches loaders for four things: row freshness, loader"
        " latency, queue depth and schema drift. It needs a baseline.\n\n"
        "FernKit – labels rows with workers: Amazon Mechanical Turk, a private crew (staff) or a"
        " vendor crew.\n",
        cues,
    )
    assert parts_of(x, "Gromble Watcher") == {
        "Row freshness",
        "Loader latency",
        "Queue depth",
        "Schema drift",
    }
    assert parts_of(x, "FernKit") >= {"Private crew", "Vendor crew"}


def test_parts_a_thing_owns_and_names_listed_up_to_their_and(tmp_path, cues):
    x = extract(
        tmp_path,
        "# Notes\n\n**Gromble Watcher.** Checks loaders nightly. Its built-in checks include row"
        " freshness, vanishing rows, loader latency and queue depth.\n\n"
        "FernKit Studio (FKS) supports Bayes sweeps (the default), grid sweeps and Hyperband.\n\n"
        "Amazon Kinesis Data Firehose loads rows into Amazon S3, Amazon Redshift and Zorbex,"
        " as well as other sinks.\n",
        cues,
    )
    assert parts_of(x, "Gromble Watcher") == {
        "Row freshness",
        "Vanishing rows",  # an -ing word before a noun describes it
        "Loader latency",
        "Queue depth",
    }
    assert parts_of(x, "FernKit Studio") == {
        "Bayes sweeps",
        "Grid sweeps",
        "Hyperband",
    }
    assert "Zorbex" in labels(x)


def test_a_cue_said_as_what_a_thing_is_for_in_the_verb_s_plain_form(tmp_path, cues):
    x = extract(
        tmp_path,
        "# Notes\n\n| Service | What it is for |\n|---|---|\n| Gromble Stream | Load rows into"
        " FernKit / MossLib |\n| Quill Pipe | Deliver to ZorbDB |\n| Tansy | Keeps logs |\n",
        cues,
    )
    assert {(s, o) for s, _, o in facts(x, "deliversTo")} == {
        ("Gromble Stream", "FernKit"),
        ("Gromble Stream", "MossLib"),
        ("Quill Pipe", "ZorbDB"),
    }


def test_where_a_thing_delivers_its_data_with_the_object_between(tmp_path, cues):
    x = extract(
        tmp_path,
        "# Notes\n\n- **Gromble Stream** – loads nightly rows into FernKit, MossLib and ZorbDB;"
        " buffers for a minute.\n\nGromDB is built on MossLib.\n",
        cues,
    )
    assert {o for s, p, o in facts(x, "deliversTo") if s == "Gromble Stream"} == {
        "FernKit",
        "MossLib",
        "ZorbDB",
    }
    assert ("GromDB", "builtOn", "MossLib") in facts(x, "builtOn")


def test_a_run_in_lead_and_its_colon_list_with_phrases_cut_before_of(tmp_path, cues):
    x = extract(
        tmp_path,
        "# Notes\n\n**FernKit Labels.** Managed labelling with three crews: Amazon Mechanical"
        " Turk, a private crew of your own staff, and vendor crews from the market.\n",
        cues,
    )
    assert parts_of(x, "FernKit Labels") == {
        "Amazon Mechanical Turk",
        "Private crew",
        "Vendor crews",
    }


def test_a_clause_naming_a_relation_before_a_colon_relates_the_items_to_its_topic(tmp_path, cues):
    x = extract(
        tmp_path,
        "# Notes\n\nLedger drift means stale rows. And to fix ledger drift: nightly resyncs,"
        " row checksums, fewer writers, test.\n",
        cues,
    )
    assert {s for s, _, o in facts(x, "addresses") if o == "Ledger drift"} == {
        "Nightly resyncs",
        "Row checksums",
        "Fewer writers",
    }  # an everyday word ("test") is no new name


def test_names_after_a_counted_lead_are_of_its_kind(tmp_path, cues):
    x = extract(
        tmp_path,
        "# Notes\n\nFernKit supports four sync modes: Delta (the default), Mirror, Sweep and"
        " Burst. Sweep only works at night.\n",
        cues,
    )
    kinds = facts(x, "kind")
    assert {n for n, _, k in kinds if k == "sync mode"} == {"Delta", "Mirror", "Sweep", "Burst"}


def test_as_many_lower_case_items_as_a_lead_counts_are_of_its_kind(tmp_path, cues):
    x = extract(
        tmp_path,
        "# Notes\n\nFernKit offers three merge policies: eager folding, which is the default,"
        " lazy folding and Quill. Quill is the newest.\n\nMossLib has two moods: very"
        " happy, sad and grumpy.\n",
        cues,
    )
    kinds = facts(x, "kind")
    assert {n for n, _, k in kinds if k == "merge policy"} == {
        "Eager folding",
        "Lazy folding",
        "Quill",
    }
    assert not {n for n, _, k in kinds if k == "mood"}  # three items counted as two: no list


def test_names_after_a_lead_whose_plural_subject_is_said_of_them_are_of_its_kind(tmp_path, cues):
    x = extract(
        tmp_path,
        "# Notes\n\nLedger gauges are published to FernKit every minute: RowCount, LagSeconds"
        " and WriteErrors. FernKit keeps them for a week. Quill gauges are pushed to the"
        " QuillHub/Zorb space: Reads, Writes and Tansy5XX.\n",
        cues,
    )
    kinds = facts(x, "kind")
    assert {n for n, _, k in kinds if k == "ledger gauge"} == {
        "RowCount",
        "LagSeconds",
        "WriteErrors",
    }
    # a lead in sentence case, but for the names in it: its capitals tell
    assert {n for n, _, k in kinds if k == "quill gauge"} == {"Reads", "Writes", "Tansy5XX"}


def test_the_fixes_are_the_fixes_of_what_the_sentence_before_is_about(tmp_path, cues):
    x = extract(
        tmp_path,
        "# Notes\n\nLedger drift shows up as stale rows in nightly reports. The fixes are"
        " resyncs (full or delta), row checksums, and fewer writers.\n",
        cues,
    )
    assert {s for s, _, o in facts(x, "addresses") if o == "Ledger drift"} == {
        "Resyncs",
        "Row checksums",
        "Fewer writers",
    }


def test_names_listed_with_the_plural_that_says_what_they_are_are_its_parts(tmp_path):
    from tests.test_tables import extract, facts

    x = extract(
        tmp_path,
        "## Loaders\n\nGromble – a loader for pixels; FCN, PSP and DeepLabV3 algorithms.\n\n"
        "FernKit – word embeddings (modes cbow, skipgram, batch_skipgram) and labels.\n\n"
        "MossLib – keeps logs for days, weeks or months.\n\n"
        "Zorbex – supports JSON or CSV formats; ARIMA and ETS methods are slower.\n\n"
        "Quillseg – built with FCN, PSP, or DeepLabV3 heads.\n\n"  # a serial comma
        "Quillvec – embeddings; mode (cbow / skipgram / batch_sg), vector_dim.\n",  # values
    )
    part_of = facts(x, "partOf")
    assert {f[0] for f in part_of if f[2] == "Gromble"} == {"FCN", "PSP", "DeepLabV3"}
    assert {f[0] for f in part_of if f[2] == "Quillseg"} == {"FCN", "PSP", "DeepLabV3"}
    assert {f[0] for f in part_of if f[2] == "Quillvec"} == {"cbow", "skipgram", "batch_sg"}
    assert {f[0] for f in part_of if f[2] == "FernKit"} == {"cbow", "skipgram", "batch_skipgram"}
    assert not {f for f in part_of if f[2] in ("MossLib", "Zorbex")}  # not set off


def test_a_clause_of_names_alone_names_parts_of_the_texts_thing(tmp_path):
    from tests.test_tables import extract, facts

    x = extract(
        tmp_path,
        "## Loaders\n\nGromble – forecasts loads; QX-R, Prophet+, NPTS, ZETA; with item data.\n\n"
        "FernKit – a ZLT (Zip, Load, Tag) tool; fast, cheap, simple.\n\n"
        "MossLib – keeps logs.\n",
    )
    part_of = facts(x, "partOf")
    assert {f[0] for f in part_of if f[2] == "Gromble"} == {"QX-R", "Prophet+", "NPTS", "ZETA"}
    labels = {e.label for e in x.entities.values()}
    assert not {"Zip", "Load", "Tag", "Fast"} & labels  # a spelt-out acronym; qualities


def test_names_in_brackets_after_what_they_are_and_alternatives_of_one_kind(tmp_path):
    from tests.test_tables import extract, facts

    x = extract(
        tmp_path,
        "## Loaders\n\n**Gromble:** keeps versions with an approval status (PendingReview, "
        "Approved, Rejected) that can start a deploy.\n\n**FernKit:** pixels; built on a "
        "Zorbex-50 or Zorbex-101 backbone; loads data (CSV, JSON) fast.\n",
    )
    kinds = facts(x, "kind")
    assert {f[0] for f in kinds if f[2] == "Approval status"} == {
        "PendingReview",
        "Approved",
        "Rejected",
    }
    part_of = facts(x, "partOf")
    assert {f[0] for f in part_of if f[2] == "FernKit"} >= {"Zorbex-50", "Zorbex-101"}
    assert not any(f[2] == "Loads datum" or f[2] == "Loads data" for f in kinds)


def test_a_plural_label_then_names_and_a_list_that_ends_a_clause_of_prose(tmp_path):
    from tests.test_tables import extract, facts

    x = extract(
        tmp_path,
        "## Loaders\n\n**Gromble Hub:** managed loading. Loaders: QX-R, Prophet+, NPTS and "
        "ZETA, or Auto to let it pick.\n\n**FernKit:** fast, managed delivery into Amazon S3, "
        "Amazon Redshift, Amazon OpenSearch Service and Zorblet. No nodes to manage.\n",
    )
    part_of = facts(x, "partOf")
    assert {f[0] for f in part_of if f[2] == "Gromble Hub"} >= {"QX-R", "Prophet+", "NPTS", "ZETA"}
    delivers = facts(x, "deliversTo")
    assert {f[2] for f in delivers if f[0] == "FernKit"} == {
        "Amazon Simple Storage Service",
        "Amazon Redshift",
        "Amazon OpenSearch Service",
        "Zorblet",
    }


def test_after_a_lead_use_a_b_or_c_says_what_serves_it(tmp_path):
    from tests.test_tables import extract, facts

    x = extract(
        tmp_path,
        "## Loaders\n\nThe team runs ZorbexDB, FernKit and MossLib.\n\n"
        "## Problems\n\n- **Row drift:** use ZorbexDB checks, FernKit sweeps or a MossLib.\n"
        "- **Lag:** do not use ZorbexDB for it.\n",
    )
    used = {(f[0], f[2]) for f in facts(x, "usedFor")}
    assert {("ZorbexDB", "Row drift"), ("FernKit", "Row drift"), ("MossLib", "Row drift")} <= used
    assert ("ZorbexDB", "Lag") not in used


def test_names_before_a_last_word_modifiers_before_the_plural_and_remarks_in_brackets(tmp_path):
    from tests.test_tables import extract, facts

    x = extract(
        tmp_path,
        "## Gromble\n\n- Gromble Hub\n  - Locks: ZK-A (keys kept by the hub), ZK-B (keys in "
        "FernKit, audit trail in MossLib), ZK-C (your own keys), or none\n  - Managed loading of rows at night; "
        "built-in loaders QX-R, Prophet+, NPTS and ZETA\n",
    )
    labels = {e.label for e in x.entities.values()}
    assert {"ZK-A", "ZK-B", "ZK-C", "QX-R", "Prophet+", "NPTS", "ZETA"} <= labels
    assert not {"keys in FernKit", "audit trail in MossLib"} & labels
    assert {f[0] for f in facts(x, "kind") if f[2] == "Loader"} >= {"QX-R", "ZETA"}


def test_names_after_a_lead_that_is_a_known_name_alone_are_its_parts(tmp_path):
    from tests.test_tables import extract, facts

    x = extract(
        tmp_path,
        "## Gromble\n\n- **Locks** - what keeps rows safe\n- Gromble Hub\n  - Locks: ZK-A (kept by "
        "the hub), ZK-B (your own keys), ZK-C, or none\n",
    )
    assert {f[0] for f in facts(x, "partOf") if f[2] == "Locks"} >= {"ZK-A", "ZK-B", "ZK-C"}


def test_lists_inside_running_text_name_things_of_their_kind(tmp_path):
    x = extract(
        tmp_path,
        "# Planning\n\n## Zorbex Planner\n\n"
        "- Built on FernKit; planners Quibble-QR, MossLib (for sparse rows) and Tessaract, "
        "each with its own history\n"
        "- Keeps 0.1, 0.5 and 0.9 quantiles\n"
        "- Sinks I need to know: FernKit, MossLib (it stages rows and then copies them), Zorbex, "
        "and generic row endpoints.\n",
    )
    parts = parts_of(x, "Zorbex Planner")
    assert {"Quibble-QR", "MossLib", "Tessaract"} <= parts
    assert not {"0.5", "0.9 quantiles", "0.1"} & set(labels(x))
    # a few words may say more of the noun; a remark in brackets is no member
    assert {"FernKit", "MossLib", "Zorbex", "Generic row endpoints"} <= parts
    # each of the kind its noun says
    assert any(s == "Tessaract" and "planner" in str(o).lower() for s, _, o in facts(x, "kind"))


def test_a_label_on_remarks_in_many_sections_is_no_thing(tmp_path):
    x = extract(
        tmp_path,
        "# Deck\n\n"
        + "".join(
            f"## {name}\n\n{name} copies rows.\n\nPresenter notes: {said}\n\n"
            for name, said in [
                ("Zorbex Pipe", "ask about replay."),
                ("FernKit", "mention the limits."),
                ("MossLib", "show the demo."),
            ]
        ),
    )
    assert "Presenter notes" not in labels(x)


def test_names_between_spaced_slashes_in_brackets(tmp_path):
    x = extract(
        tmp_path,
        "## Registry\n\n- **Gromble Registry**: keeps versions with a status (Approved / Held / "
        "PendingReview).\n",
    )
    assert {"Approved", "Held", "PendingReview"} <= set(labels(x))


def test_a_list_after_a_named_things_plural_noun_is_that_things(tmp_path):
    x = extract(
        tmp_path,
        "# Loading\n\n## Pipes\n\n- **Zorbex Pipe**: buffers rows.\n\n## Where rows go\n\n"
        "Zorbex Pipe sinks to know: FernKit, MossLib (it stages rows first), and Gromble Lake.\n",
    )
    assert {"FernKit", "MossLib", "Gromble Lake"} <= parts_of(x, "Zorbex Pipe")


def test_sagemaker_algorithms_are_named_in_running_text(tmp_path):
    x = extract(
        tmp_path,
        "# Notes\n\nFor logins from odd addresses IP Insights is the pick, and NTM groups "
        "documents into topics.\n",
    )
    algorithms = {e.label: e for e in x.entities.values() if e.cls == "Algorithm"}
    assert {"IP Insights", "Neural Topic Model"} <= set(algorithms)
    assert "NTM" in algorithms["Neural Topic Model"].aliases


def test_a_capitalised_word_english_hardly_uses_is_a_name(tmp_path, cues):
    x = extract(
        tmp_path,
        "# Notes\n\nWeak jobs are stopped early with Hyperband, which saves a lot of time on "
        "big searches. The logs can then go to Splunk for the dashboards the team already uses, "
        "or to the sink that Zorbexio runs. Quibbling over the hyperparameter list is not needed.\n",
        cues,
    )
    names = set(labels(x))
    assert {"Hyperband", "Splunk", "Zorbexio"} <= names
    assert not {"Quibbling", "Weak", "The"} & names


def test_a_sentence_that_says_what_a_thing_is_names_and_defines_it(tmp_path, cues):
    x = extract(
        tmp_path,
        "# Notes\n\nRow fencing is the setting that keeps a loader off other tables. Early "
        "stopping is a technique that halts training. The trick is a simple one. This is a "
        "test, and everything here is an example.\n",
        cues,
    )
    said = facts(x, "definition")
    assert (
        "Row fencing",
        "definition",
        "Row fencing is the setting that keeps a loader off other tables",
    ) in said
    assert (
        "Early stopping",
        "definition",
        "Early stopping is a technique that halts training",
    ) in said
    assert not {"The trick", "This", "Everything"} & set(labels(x))


def test_coded_words_sharing_the_noun_after_them(tmp_path, cues):
    x = extract(
        tmp_path,
        "# Notes\n\nThe fixes for overfitting are L1 and L2 regularization, dropout and more "
        "data; Z3, Z4 or Z5 encoding also helps. Use 2 and 3 nodes.\n",
        cues,
    )
    names = set(labels(x))
    assert {"L1 regularization", "L2 regularization", "Z4 encoding", "Z5 encoding"} <= names
    assert not {"2 nodes", "3 nodes"} & names


def test_a_sentence_naming_its_list_by_a_plural_gives_things_of_that_kind(tmp_path, cues):
    x = extract(
        tmp_path,
        "## Loaders\n\n**Gromble Pipe** is the loader for rows. Destinations are Zorbex, "
        "FernKit (through a bucket), Quibble Store and generic HTTP endpoints. It retries.\n",
        cues,
    )
    kinds = facts(x, "kind")
    for name in ("Zorbex", "FernKit", "Quibble Store", "Generic HTTP endpoints"):
        assert (name, "kind", "Gromble Pipe destination") in kinds, name


def test_a_plural_listed_in_a_later_paragraph_is_of_the_thing_its_heading_names(tmp_path, cues):
    x = extract(
        tmp_path,
        "## Gromble Pipe\n\nGromble Pipe copies rows between stores.\n\n"
        "Copies run nightly. Health checks are **row drift (RD)**, **Zorbex**, **QSL** and "
        "**TFX**, computed over each window.\n",
        cues,
    )
    kinds = facts(x, "kind")
    for name in ("Row drift", "Zorbex", "QSL", "TFX"):
        assert (name, "kind", "Gromble Pipe health check") in kinds, name


def test_a_list_set_off_by_dashes_after_a_noun_names_kinds_of_it(tmp_path, cues):
    x = extract(
        tmp_path,
        "## Watching\n\nGromble Watcher :: watches loaders for drift — row counts, key spread, "
        "lag drift, schema drift — against a baseline; reports to FernKit\n",
        cues,
    )
    kinds = facts(x, "kind")
    for name in ("Row counts", "Key spread", "Lag drift", "Schema drift"):
        assert (name, "kind", "Gromble Watcher drift") in kinds, name


def test_a_term_naming_whose_list_it_is_gives_that_thing_the_items(tmp_path, cues):
    x = extract(
        tmp_path,
        "## Streams\n\nKinesis Data Firehose buffers rows.\n\n"
        "Firehose destinations :: S3, Redshift, Splunk, generic HTTP endpoints\n",
        cues,
    )
    kinds = facts(x, "kind")
    for name in ("Amazon Simple Storage Service", "Amazon Redshift", "Splunk"):
        assert (name, "kind", "Amazon Kinesis Data Firehose destination") in kinds, name


def test_sentences_after_a_count_open_with_the_things_counted(tmp_path, cues):
    x = extract(
        tmp_path,
        "## Loading\n\nGromble jobs have three load modes for rows. Copy mode moves every row "
        "first. Stream mode pipes rows in as they come. Lazy Copy mode reads rows on demand.\n",
        cues,
    )
    kinds = facts(x, "kind")
    for name in ("Copy mode", "Stream mode", "Lazy Copy mode"):
        assert (name, "kind", "load mode") in kinds, name


def test_a_counted_list_names_its_items_whatever_their_case(tmp_path, cues):
    x = extract(
        tmp_path,
        "# Rollouts\n\nThe Quill gate adds three rollout styles — all at once, drip, and ramp —"
        " plus a brake when an alarm fires.\n\nMossy Vault watches for four kinds of slip:"
        " row count, key order, null share and late arrival.\n\nThere are two ways: by hand,"
        " or with a script that runs every night.\n",
        cues,
    )
    kinds = {(s, o) for s, _, o in facts(x, "kind")}
    assert {
        ("All at once", "rollout style"),
        ("Drip", "rollout style"),
        ("Ramp", "rollout style"),
    } <= kinds
    slips = {s for s, o in kinds if o == "slip"}
    assert slips == {"Row count", "Key order", "Null share", "Late arrival"}
    assert not [o for s, o in kinds if "way" in o.lower()]


def test_a_list_after_a_cue_ends_with_an_article_and_it_is_the_clause_before(tmp_path, cues):
    x = extract(
        tmp_path,
        "# Stores\n\n- **Zorb Store**: keeps rows\n- **Mossy Vault**: keeps rows\n\n# Pipes\n\n"
        "QuillPipe has no shards and no replay: it buffers rows for a minute and then delivers"
        " them to Zorb Store, Mossy Vault, Tessaract or an HTTP endpoint.\n",
        cues,
    )
    assert {o for s, _, o in facts(x, "deliversTo") if s == "QuillPipe"} == {
        "Zorb Store",
        "Mossy Vault",
        "Tessaract",
        "HTTP endpoint",
    }


def test_a_service_is_mentioned_by_its_name_without_the_vendor_prefix():
    from ingest.mentions import mention_index
    from ingest.model import Entity

    grafana = Entity("s1", "Amazon Managed Grafana", "Service")
    found = mention_index({"s1": grafana}, {"Amazon Managed Grafana": "s1"})
    text = "Dashboards live in Managed Grafana, not in Grafana alone."
    assert [text[m.start : m.end] for m in found.find_longest(text)] == ["Managed Grafana"]


def test_a_list_after_a_plural_noun_may_end_in_an_acronym_and_its_noun():
    from ingest.lists import embedded_lists

    said = embedded_lists("buffered; no replay; sinks Zorb, Quill Vault, Mossy, HTTP endpoints.")
    assert said and said[0][1] == ["Zorb", "Quill Vault", "Mossy", "HTTP endpoints"]
    # joined by "and", the last one's noun is what the list qualifies
    assert not embedded_lists("It keeps shards Z1, Z2 and Z3 clusters.")


def test_counted_lists_in_semicolons_terms_set_off_by_dashes_and_instance_types(tmp_path, cues):
    x = extract(
        tmp_path,
        "# Notes\n\nTuning. The Quill tuner supports four strategies: sweep search, which is the"
        " default; coin search; ladder search; and Hyperzorb, which stops bad runs early.\n\n"
        "Scaling comes in two flavours. Squashing — min-max — puts rows in 0 to 1. Centering —"
        " the z-score — moves rows to mean zero.\n\nNo, Quillforest is CPU only. The recommended"
        " instance families are zz.m4, zz.c4 and zz.c5.\n",
        cues,
    )
    assert of_kind(x, "strategy") == {"Sweep search", "Coin search", "Ladder search", "Hyperzorb"}
    assert of_kind(x, "flavour") == {"Squashing", "Centering"}
    assert {"zz.m4", "zz.c4", "zz.c5"} <= set(labels(x))


def test_a_plural_after_a_preposition_before_the_colon_is_no_kind_of_the_list():
    from ingest.lists import embedded_lists

    assert not embedded_lists("Step types I have seen in quizzes: Sorting, Zipping, Packing.")
    assert embedded_lists("Gromble writes to sinks: Zorb, Quill and Mossy")[0][0] == "Sink"


def test_a_transcript_s_speakers_are_no_subjects_and_it_before_a_cue_is_the_text_s_subject(
    tmp_path, cues
):
    x = extract(
        tmp_path,
        "# Session\n\n**Participants:** Ana Ruiz (ANA), Bo Lind (BO)\n\n"
        "[00:01:10] ANA: QuillPipe is next. Gromble Lake keeps rows.\n\n"
        "**BO:** And QuillPipe just dumps rows somewhere?\n\n"
        "**ANA:** QuillPipe — yes, roughly. It is fully managed: no shards, it scales on its"
        " own, and it delivers to Gromble Lake, Zorb Store or Mossy Vault.\n\n"
        "**BO:** Got it, thanks.\n\n**ANA:** Next is Zorb Store.\n\n**BO:** Fine.\n\n"
        "## Stores\n\n- **Zorb Store**: keeps rows\n- **Mossy Vault**: keeps rows\n",
        cues,
    )
    assert {o for s, _, o in facts(x, "deliversTo") if s == "QuillPipe"} == {
        "Gromble Lake",
        "Zorb Store",
        "Mossy Vault",
    }
    said_of = {s for s, p, o in facts(x) if p in ("hasProperty", "definition", "partOf")}
    assert not said_of & {"ANA", "BO"}, said_of


def test_a_named_list_ends_before_a_clause_of_its_own_and_remarks_stay_outside(tmp_path, cues):
    x = extract(
        tmp_path,
        "# Notes\n\n**Gromble Watch**: Reads tensors. Built-in actions are HaltRun, Ping and"
        " Pager (via Zorb Alerts), and rule changes also go to Quill Bus so a job can react.\n",
        cues,
    )
    assert of_kind(x, "built-in action") == {"HaltRun", "Ping", "Pager"}


def test_a_label_inside_a_text_over_clauses_and_a_counted_list_after_are(tmp_path, cues):
    x = extract(
        tmp_path,
        "# Clusters\n\nGromble runs managed clusters. Worker types: the lead (boss) worker"
        " plans, keeper workers run jobs and hold rows, runner workers only compute.\n\n"
        "The four watch types are row count, key order, null share and late arrival.\n",
        cues,
    )
    assert of_kind(x, "worker type") == {"Lead worker", "Keeper workers", "Runner workers"}
    assert of_kind(x, "watch type") == {"Row count", "Key order", "Null share", "Late arrival"}


def test_common_data_formats_given_no_class_are_data_formats(tmp_path, cues):
    x = extract(
        tmp_path,
        "# Zorbex\n\n| Algorithm | Training input | Instances |\n|---|---|---|\n"
        "| Zorbex | CSV, libsvm, Parquet, recordIO-protobuf | CPU or GPU |\n",
        cues,
    )
    classes = {e.label: e.cls for e in x.entities.values()}
    assert {classes[n] for n in ("CSV", "Parquet", "RecordIO-protobuf")} == {"DataFormat"}
    assert classes.get("CPU", "Concept") == "Concept"


def test_a_format_named_with_its_project_is_a_data_format_not_a_framework(tmp_path, cues):
    x = extract(
        tmp_path,
        "# Quill Hose\n\n- Can convert JSON to **Apache Parquet** or **Apache ORC** on the way"
        " into Fern Lake\n\nQuill Hose runs on Apache Spark.\n",
        cues,
    )
    classes = {e.label: e.cls for e in x.entities.values()}
    assert classes["Apache Parquet"] == classes["Apache ORC"] == "DataFormat"
    assert classes["Apache Spark"] == "Framework"


def test_a_semicolon_inside_a_remark_does_not_cut_the_list(tmp_path, cues):
    x = extract(
        tmp_path,
        "# Tuning\n\n**Quill Tuner**: runs many jobs. Search methods: **Sweep search** (default;"
        " learns from past jobs), **coin search**, **Hyperzorb** (stops bad jobs) and"
        " **ladder search** (whole numbers only).\n",
        cues,
    )
    assert of_kind(x, "Search method") == {
        "Sweep search",
        "Coin search",
        "Hyperzorb",
        "Ladder search",
    }


def test_a_short_form_given_in_a_list_expands_the_names_it_prefixes(tmp_path, cues):
    x = extract(
        tmp_path,
        "# Short forms\n\n- **SM** = Amazon SageMaker (the whole platform)\n\n"
        "## Fairness\n\nSM Clarify detects bias in the rows before training.\n",
        cues,
    )
    names = {e.label: e for e in x.entities.values()}
    assert "SM" in names["Amazon SageMaker"].aliases
    assert names["Amazon SageMaker Clarify"].cls == "Service"
    assert "SM Clarify" not in names


def test_a_code_with_its_everyday_name_in_parentheses_is_a_name_with_that_alias(tmp_path, cues):
    x = extract(
        tmp_path,
        "# Penalties\n\nQ7 (squeeze) pushes some weights to zero. Q8 (soft squeeze) keeps them.\n",
        cues,
    )
    names = {e.label: e for e in x.entities.values()}
    assert "squeeze" in names["Q7"].aliases and "soft squeeze" in names["Q8"].aliases


def test_a_spaced_dash_ends_a_list_inside_a_text():
    from ingest.lists import embedded_lists

    said = embedded_lists(
        "Row planning. Planners: Fern-QR, Moss+, Reed, Tansy – or let Quill pick."
    )
    assert [members for _, members, _, _ in said] == [["Fern-QR", "Moss+", "Reed", "Tansy"]]
    said = embedded_lists("Sinks: Fern Lake, Moss Search and Reed Store - all managed.")
    assert [members for _, members, _, _ in said] == [["Fern Lake", "Moss Search", "Reed Store"]]


def test_a_relation_verb_before_a_colon_relates_the_names_listed_after_it(tmp_path, cues):
    x = extract(
        tmp_path,
        "## Streams\n\n- **Quill Stream** – buffers rows.\n- **Moss Lake** – keeps files.\n"
        "- **Fern Store** – keeps rows.\n\n"
        "**Where Quill Stream can deliver:** Moss Lake, Fern Store (it stages rows first), "
        "and generic endpoints. Not Tansy.\n",
        cues,
    )
    delivers = {(s, o) for s, p, o in facts(x, "deliversTo")}
    assert delivers == {("Quill Stream", "Moss Lake"), ("Quill Stream", "Fern Store")}, delivers


def test_a_two_character_service_name_in_running_text_is_a_service_node(tmp_path, cues):
    x = extract(
        tmp_path, "## Loading\n\nQuill just lands rows in S3 for you; s3://bucket/key too.\n", cues
    )
    services = {e.label for e in x.entities.values() if e.cls == "Service"}
    assert services == {"Amazon Simple Storage Service"}, services


def test_values_a_setting_may_take_are_no_settings(tmp_path):
    from tests.test_tables import extract as extract_all  # with the ontology's relation nouns

    x = extract_all(
        tmp_path,
        "# Models\n\n## Gromble algorithm\n\nGromble is an algorithm that embeds words; you "
        "pick the architecture with mode: `zbow` (bag of words), `skipzap`, or `batch_skipzap`, "
        "which is the one that spreads over nodes. Required: `vector_dim` and `flush_rows`. "
        "Tuning to know: `gap_ms` (rows apart), `row_cap`.\n\n"
        "## Quill algorithm\n\nQuill has three modes: `drip`, `gulp` and `batch_gulp` (the one "
        "that spreads over nodes).\n",
    )
    params = {o for _, p, o in facts(x, "hasParameter")}
    assert {"vector_dim", "flush_rows", "gap_ms", "row_cap"} <= params
    assert not params & {"zbow", "skipzap", "batch_skipzap", "drip", "gulp", "batch_gulp"}
    parts = {(s.lower(), o) for s, _, o in facts(x, "partOf")}
    assert {
        ("zbow", "Gromble algorithm"),
        ("batch_skipzap", "Gromble algorithm"),
        ("batch_gulp", "Quill algorithm"),
    } <= parts


def test_the_values_a_coded_setting_is_one_of_are_its_examples_not_settings(tmp_path):
    from tests.test_tables import extract as extract_all

    x = extract_all(
        tmp_path,
        "# Models\n\n## Gromble algorithm\n\n- **fold_type**: required; one of fold_rows,"
        " fold_keys or fold_all\n- **row_cap**: the most rows a batch takes\n\n"
        "## Quill algorithm\n\n- fold_type is fold_rows or fold_keys (no fold_all)\n",
    )
    params = {o for _, p, o in facts(x, "hasParameter")}
    assert not params & {"fold_rows", "fold_keys", "fold_all"}
    examples = {o for s, _, o in facts(x, "example") if s == "fold_type"}
    assert examples == {"fold_rows", "fold_keys", "fold_all"}


def test_plain_words_written_as_code_in_a_text_about_an_algorithm_are_its_settings(tmp_path):
    from tests.test_tables import extract as extract_all

    x = extract_all(
        tmp_path,
        "# Models\n\n## Gromble algorithm\n\nGromble is an algorithm that fits trees. When it "
        "overfits:\n\n- lower `depth`;\n- turn up `alpha` (L1) or `lambda` (L2).\n\n"
        "Input: `libsvm` or CSV. Each record has a `start` timestamp and a `target` array, "
        "and optionally `cat` (groups).\n",
    )
    params = {o for s, _, o in facts(x, "hasParameter") if s == "Gromble algorithm"}
    assert {"alpha", "lambda"} <= params
    assert not params & {"libsvm", "start", "target", "cat"}  # a format, a record's fields
    assert not any(e.label == "AWS Lambda" for e in x.entities.values())


def test_a_setting_written_right_after_an_algorithm_s_name_is_its_own(tmp_path):
    from tests.test_tables import extract as extract_all

    x = extract_all(
        tmp_path,
        "# Data prep\n\n## Imbalanced rows\n\n- oversample the minority\n- move the threshold, "
        "or weight classes (XGBoost `scale_pos_weight` ≈ negatives / positives)\n"
        "- class weights: XGBoost `max_delta_step`, Linear Learner "
        "`positive_example_weight_mult` = balanced\n- XGBoost specific: `min_child_weight` ~ "
        "small\n- for XGBoost it's `num_parallel_tree`, its metric `auc` or `error`\n",
    )
    params = {(s, o) for s, _, o in facts(x, "hasParameter")}
    assert params == {
        ("XGBoost", "scale_pos_weight"),
        ("XGBoost", "max_delta_step"),
        ("XGBoost", "min_child_weight"),
        ("XGBoost", "num_parallel_tree"),
        ("Linear Learner", "positive_example_weight_mult"),
    }


def test_a_name_glossed_in_parentheses_is_defined_by_the_gloss(tmp_path):
    from tests.test_tables import extract as extract_all

    x = extract_all(
        tmp_path,
        "# Text\n\nClean the text, split it, and then ZB-IDF (row frequency times inverse store "
        "frequency, how rare a word is across the rows). Run QuillNet (for one node only, "
        "mind you) after that.\n",
    )
    defined = {s: o for s, _, o in facts(x, "definition")}
    assert defined.get("ZB-IDF", "").startswith("row frequency times inverse store frequency")
    assert "QuillNet" not in defined  # a remark in parentheses, not what it is


def test_a_plural_lead_with_a_remark_in_brackets_lists_the_things_of_its_kind(tmp_path):
    from tests.test_tables import extract

    x = extract(
        tmp_path,
        "# Streams\n\n| thing | what |\n|---|---|\n| Zorbex Hose | loads rows |\n\n"
        "Zorbex Hose destinations (the ones I keep forgetting): Quill Store, Fern Lake (via staging) "
        "and Moss Bucket.\n",
    )
    assert {("Zorbex Hose", "Quill Store"), ("Zorbex Hose", "Fern Lake")} <= {
        (s, o) for s, _, o in facts(x, "deliversTo")
    }
    # the same as an item under the thing
    x = extract(
        tmp_path,
        "# S\n\n- **Zorbex Hose**: loads rows.\n"
        "  - destinations (the ones to know): Quill Store, Fern Lake, Moss Bucket\n",
    )
    assert ("Zorbex Hose", "deliversTo", "Moss Bucket") in facts(x, "deliversTo")


def test_a_count_then_as_many_sentences_opened_by_known_names_lists_them(tmp_path):
    from tests.test_tables import extract

    x = extract(
        tmp_path,
        "# Tools\n\n| Tool | Use |\n|---|---|\n| Quill Grid | labels |\n| Fern Boxes | boxes |\n"
        "| Moss Mask | pixels |\n| Zorbex Hose | rows |\n\n## Pictures\n\n"
        "Pictures have three built-ins, and the trick is the output. Quill Grid assigns one "
        "label to a picture. Fern Boxes draws boxes around things. Moss Mask colours every "
        "pixel. All three need large nodes.\n",
    )
    kinds = {(s, o) for s, _, o in facts(x, "kind")}
    assert {
        ("Quill Grid", "built-in"),
        ("Fern Boxes", "built-in"),
        ("Moss Mask", "built-in"),
    } <= kinds
    assert ("Zorbex Hose", "built-in") not in kinds


def test_a_plural_lead_in_a_table_cell_lists_things_of_the_row_heads_kind(tmp_path):
    from tests.test_tables import extract

    x = extract(
        tmp_path,
        "# Tools\n\n| Feature | Explanation |\n|---|---|\n"
        "| Zorbex Hub | Tags rows by hand (up to 70% cheaper).<br>Crews: Quill Crowd, "
        "private crew (your own people), vendor crew (from Fern Market). |\n"
        "| Quill Grid | Draws grids. |\n",
    )
    kinds = {(s, o.lower()) for s, _, o in facts(x, "kind")}
    assert {("Quill Crowd", "zorbex hub crew"), ("Vendor crew", "zorbex hub crew")} <= kinds
    assert ("Quill Grid", "zorbex hub crew") not in kinds


def test_a_count_then_as_many_items_in_brackets_names_things_of_the_counted_kind(tmp_path):
    from tests.test_tables import extract

    x = extract(
        tmp_path,
        "# Tools\n\n| Tool | Use |\n|---|---|\n| Widget Hub | ships rows |\n\n## Rollout\n\n"
        "Widget Hub ships updates with three roll modes (all at once, canary and linear) and "
        "rolls back on alarms. It keeps 2 logs (daily, weekly, monthly).\n",
    )
    kinds = {(s, o) for s, _, o in facts(x, "kind")}
    assert {("All at once", "roll mode"), ("Canary", "roll mode"), ("Linear", "roll mode")} <= kinds
    assert not any(o == "log" for _, o in kinds)  # three items, two counted: no list of logs


def test_names_said_to_be_of_a_plural_kind_are_things_of_that_kind(tmp_path):
    from tests.test_tables import extract

    x = extract(
        tmp_path,
        "# Tools\n\n| Tool | Use |\n|---|---|\n| Widget Hub | ships rows |\n\n## Rollout\n\n"
        "Widget Hub rolls back on alarms. Canary / linear / all-at-once are blue/green roll "
        "modes; rollback via alarms. Speed, cost and accuracy are what matters.\n",
    )
    kinds = {(s, o) for s, _, o in facts(x, "kind")}
    assert {("Canary", "roll mode"), ("Linear", "roll mode"), ("All-at-once", "roll mode")} <= kinds
    assert not any(s == "Speed" for s, _ in kinds)


def test_a_capital_and_a_digit_written_as_a_name_is_one(tmp_path):
    from tests.test_tables import extract

    x = extract(
        tmp_path,
        "# Nodes\n\n| Tool | Use |\n|---|---|\n| Gromble | sorts rows |\n\n"
        "Gromble is memory-bound, so pick Q7 nodes for it; Zorbex wants the H4dn family.\n",
    )
    labels = {e.label for e in x.entities.values()}
    assert {"Q7", "H4dn"} <= labels


def test_a_coded_subject_and_its_noun_are_one_name_and_the_code_alone_its_short_form(tmp_path):
    from tests.test_tables import extract

    x = extract(
        tmp_path,
        "# Fit\n\n| Tool | Use |\n|---|---|\n| Gromble | fits rows |\n\n"
        "Gromble takes zeta (Q7) and theta (Q8). Q7 penalty (squeeze) adds the weights' sizes to "
        "the loss. The Q8 penalty is the sum of their squares. Q9 access logs (kept a week).\n",
    )
    labels = {e.label for e in x.entities.values()}
    assert {"Q7 penalty", "Q8 penalty"} <= labels
    assert not {"Q7", "Q8"} & labels  # the codes alone are their short names
    assert "Q9 access" not in labels  # "Q9 access logs (kept ...)": a noun, no verb
    q7 = next(e for e in x.entities.values() if e.label == "Q7 penalty")
    assert "Q7" in q7.aliases
    # "The Q8 penalty is the ...": what it is
    said = {o for s, p, o in facts(x) if (s, p) == ("Q8 penalty", "definition")}
    assert {o.rstrip(".") for o in said} == {"The Q8 penalty is the sum of their squares"}


def test_a_known_coded_name_then_a_verb_in_s_is_no_longer_name(tmp_path):
    from tests.test_tables import extract

    x = extract(
        tmp_path,
        "# Fit\n\n- **Zorb2Vec:** pairs rows\n\n"
        "**Zorb2Vec** expects pairs in order and trains on one node.\n",
    )
    labels = {e.label for e in x.entities.values()}
    assert "Zorb2Vec" in labels and "Zorb2Vec expects" not in labels


def test_a_verb_after_it_is_no_plural_noun_and_an_article_before_a_listed_name_is_none(tmp_path):
    from tests.test_tables import extract

    x = extract(
        tmp_path,
        "# Loaders\n\n| Loader | Use |\n|---|---|\n| Gromble | loads rows |\n\n"
        "Gromble is the default loader. It accepts QSV, ZibSVM, Farquet and RecordZO-protobuf. "
        "The offline loaders are K-Gromble, Quill Component Analysis (QCA), Latent Fern "
        "Allocation (LFA), the Neural Zorb Model (NZM), Moss Cut Forest and IP Tessaract.\n",
    )
    f = facts(x, "kind")
    assert not any(o.lower().endswith("accept") for _, _, o in f)
    assert ("Neural Zorb Model", "kind", "offline loader") in f


def test_a_labelled_list_of_described_everyday_words_names_its_owners_things(tmp_path):
    from tests.test_tables import extract

    x = extract(
        tmp_path,
        "# Data\n\n| Tool | Use |\n|---|---|\n| Zorbex Hub | runs jobs |\n\n## Clusters\n\n"
        "Zorbex Hub node types: lead (aka primary — runs the cluster), worker (runs tasks AND "
        "keeps rows), spare (compute only, no rows → fine on cheap nodes). Don't lose workers.\n",
    )
    f = facts(x)
    assert {
        ("Lead", "kind", "Zorbex Hub node type"),
        ("Worker", "kind", "Zorbex Hub node type"),
        ("Spare", "kind", "Zorbex Hub node type"),
    } <= f
    assert not any(o.lower() == "zorbex hub zorbex hub node type" for _, _, o in f)


def test_a_term_opening_sentences_that_the_notes_use_again_is_a_node(tmp_path):
    from tests.test_tables import extract

    x = extract(
        tmp_path,
        "# Safety\n\n| Tool | Use |\n|---|---|\n| Gromble | loads rows |\n\n## Fences\n\n"
        "Row fencing is not the same as lane mode. With row fencing on, Gromble cannot reach "
        "the web. Because it is strict, few use it. Too many are slow.\n",
    )
    labels = {e.label.lower() for e in x.entities.values()}
    assert "row fencing" in labels
    assert not {"because it", "too many"} & labels


def test_rare_gerunds_listed_as_things_done_are_techniques(tmp_path):
    from tests.test_tables import extract

    x = extract(
        tmp_path,
        "# Skew\n\n| Tool | Use |\n|---|---|\n| Gromble | loads rows |\n\n## Fixes\n\n"
        "Ways out include zorbifying the small class, unzorbifying the big class, generating "
        "rows with Gromble, and weighting the loss.\n",
    )
    labels = {e.label for e in x.entities.values()}
    assert {"Zorbifying", "Unzorbifying"} <= labels
    assert not {"Generating", "Weighting"} & labels  # everyday English


def test_names_sharing_a_head_in_the_singular_and_plural_are_each_one(tmp_path):
    from tests.test_tables import extract

    x = extract(
        tmp_path,
        "# Data\n\n| Tool | Use |\n|---|---|\n| Zorbex Hub | runs jobs |\n\n## Hub\n\n"
        "**Zorbex Hub**: a managed row cluster. Lead node, keeper nodes (hold rows), spare "
        "nodes (no rows so they're the safe ones to run cheaply).\n",
    )
    labels = {e.label for e in x.entities.values()}
    assert {"Lead node", "Keeper node", "Spare node"} <= labels


def test_a_run_of_coded_names_in_a_sentence_is_one_name_each(tmp_path):
    from tests.test_tables import extract

    x = extract(
        tmp_path,
        "# Planning\n\n| Tool | Use |\n|---|---|\n| Zorbex Hub | runs jobs |\n\n## Hub\n\n"
        "- **Zorbex Hub**: managed planning, it picks among QX-7, FernAR+, Mossy, NPQ, ZTS. "
        "Costs, Rows, Keys and Jobs are billed.\n",
    )
    assert parts_of(x, "Zorbex Hub") >= {"QX-7", "FernAR+", "Mossy", "NPQ", "ZTS"}
    assert not {"Costs", "Rows", "Keys"} & set(labels(x))  # capitals alone say nothing


def test_settings_under_each_things_own_hyperparameters_heading_are_that_things(tmp_path):
    from tests.test_tables import extract

    x = extract(
        tmp_path,
        "# Notes\n\n## Amazon SageMaker built-in algorithms\n\n### Random Cut Forest\n"
        "Finds odd rows.\n\n#### Hyperparameters\n- `zorb_trees`: trees in the forest\n\n"
        "### K-Means\nGroups rows.\n\n#### Hyperparameters\n- `quill_centers`: how many groups\n"
        "- `fern_init`: how to start\n",
    )
    params = {(s, o) for s, _, o in facts(x, "hasParameter")}
    assert {
        ("Random Cut Forest", "zorb_trees"),
        ("K-Means", "quill_centers"),
        ("K-Means", "fern_init"),
    } <= params
    assert not {("Random Cut Forest", "quill_centers"), ("K-Means", "zorb_trees")} & params


def test_a_sentence_opening_with_a_relation_is_about_the_thing_the_text_opens_with(tmp_path, cues):
    x = extract(
        tmp_path,
        "# Streams\n\n- **Amazon Kinesis Data Firehose**: near real time, fully managed. "
        "Delivers to Amazon S3, Amazon Redshift and Splunk.\n- **Zorb Hose**: managed. "
        "Delivers to: Amazon S3, Splunk.\n",
        cues,
    )
    sinks = {o for s, p, o in facts(x, "deliversTo") if s == "Amazon Kinesis Data Firehose"}
    assert {"Amazon Simple Storage Service", "Amazon Redshift"} <= sinks
    # the colon after the verb's preposition sets off its list
    assert {o for s, p, o in facts(x, "deliversTo") if s == "Zorb Hose"} == {
        "Amazon Simple Storage Service",
        "Splunk",
    }


def test_a_lower_case_sentence_opening_with_a_relation_in_a_term_s_description(tmp_path, cues):
    # the term stands outside its description (a definition list), its sentences begin in
    # lower case
    p = tmp_path / "notes.html"
    p.write_text(
        "<h1>Streams</h1>\n<dl><dt>Zorb Hose (ZH)</dt><dd>near real time. fully managed, no "
        "shards. lands data in Amazon S3, Amazon Redshift (via a copy) or Amazon OpenSearch Service. can do "
        "format conversion.</dd></dl>\n",
        encoding="utf-8",
    )
    x = extract_documents([p], cues=cues, class_names=class_names())
    assert {o for s, p, o in facts(x, "deliversTo") if s == "Zorb Hose"} == {
        "Amazon Simple Storage Service",
        "Amazon Redshift",
        "Amazon OpenSearch Service",
    }


def test_a_typed_bullet_s_lower_case_sentence_lists_destinations_with_slashes(tmp_path, cues):
    p = tmp_path / "notes.html"
    p.write_text(
        "<h1>Streams</h1>\n<div>\u2022 <b>Zorb Hose</b> (ZH) = near real-time delivery, fully "
        "managed. lands in Amazon S3 / Amazon Redshift / Amazon OpenSearch Service (Redshift via "
        "a copy)</div>\n",
        encoding="utf-8",
    )
    x = extract_documents([p], cues=cues, class_names=class_names())
    assert {o for s, p, o in facts(x, "deliversTo") if s == "Zorb Hose"} == {
        "Amazon Simple Storage Service",
        "Amazon Redshift",
        "Amazon OpenSearch Service",
    }
    # the remark before "=" stays whole: it names the thing too
    defined = {s: o for s, _, o in facts(x, "definition")}
    assert defined["Zorb Hose"].startswith("near real-time delivery")
    assert "ZH" in labels(x)["Zorb Hose"].aliases


def test_words_sharing_a_plural_noun_after_slashes_name_a_thing_each(tmp_path, cues):
    x = extract(
        tmp_path,
        "# Clusters\n\n- Amazon EMR: managed Spark. leader / worker (HDFS) / spare nodes; put "
        "spare nodes on cheap hosts.\n- Amazon EMR calls for more or better features, and "
        "creating, testing and selecting features.\n",
        cues,
    )
    kinds = {s for s, p, o in facts(x, "kind") if o == "node"}
    assert kinds == {"Leader node", "Worker node", "Spare node"}
    assert {s for s, p, o in facts(x, "partOf") if o == "Amazon EMR"} >= kinds
    assert not {s for s, p, o in facts(x, "kind") if o == "feature"}


def test_a_service_named_by_a_word_that_is_only_its_name_opens_a_sentence(tmp_path):
    x = extract(
        tmp_path,
        "# Security\n\n- PII: Macie finds PII in buckets; Kinesis carries the rows; "
        "Forecast the load first. Comprehend detects names in text.\n",
    )
    labels = {e.label for e in x.entities.values()}
    assert {"Amazon Macie", "Amazon Kinesis", "Amazon Comprehend"} <= labels
    assert "Amazon Forecast" not in labels  # "Forecast" opens a sentence as a verb too


def test_known_things_said_to_be_one_short_label_are_a_group(tmp_path):
    x = extract(
        tmp_path,
        "# Gromble\n\n- **Quill Store:** keeps rows\n- **Fern Lake:** keeps files\n"
        "- **Tansy Hub:** moves rows\n\n"
        "Quill Store and Fern Lake are HIPAA-eligible. Tansy Hub and Quill Store runs are "
        "GPU-only. Fern Lake and Tansy Hub are similar.\n",
    )
    part = facts(x, "kind")
    assert {s for s, _, o in part if o == "HIPAA-eligible"} == {"Quill Store", "Fern Lake"}
    assert {s for s, _, o in part if o == "GPU-only"} == {"Tansy Hub", "Quill Store"}
    # a word of the language is no label of a group
    assert not any(o.lower() == "similar" for _, _, o in part)


def test_a_word_english_does_not_know_written_as_code_is_a_name(tmp_path):
    from tests.test_tables import extract as extract_all

    x = extract_all(
        tmp_path,
        "# Text\n\n## Quill Text algorithm\n\nQuill Text is an algorithm for words. Its modes: "
        "`zbow`, `skipzap` and `batch_skipzap`; set `mode` before you train.\n",
    )
    names = {n for e in x.entities.values() for n in (e.label, *e.aliases)}
    assert {"zbow", "skipzap", "batch_skipzap"} <= names


def test_a_verb_after_a_remark_on_its_subject_is_no_plural_noun(tmp_path):
    from tests.test_tables import extract as extract_all

    x = extract_all(
        tmp_path,
        "# Fit\n\n## Zorbex\n\nZorbex (built-in) takes CSV, LibZVM, Parquet or Quillbuf, "
        "but not JSON.\n",
    )
    assert not {e.label for e in x.entities.values() if e.cls == "Kind"} & {"Take", "take"}


def test_a_sentence_stressed_whole_is_read_as_a_sentence(tmp_path, cues):
    # all in italics or bold it is no heading over nothing: what it says is said
    x = extract(
        tmp_path,
        "# Notes\n\n## Gromble\n\n_Gromble is an algorithm for anomaly detection._\n\n"
        "## Security\n\n**Teams use Amazon Macie to find sensitive data in buckets.**\n",
        cues,
    )
    assert labels(x)["Gromble"].cls == "Algorithm"
    assert ("Amazon Macie", "usedFor", "find sensitive data in buckets") in facts(x)


def test_short_items_in_brackets_after_a_plural_noun_are_things_of_its_kind(tmp_path, cues):
    x = extract(
        tmp_path,
        "# Notes\n\n## Speech\n\n"
        "- Gromble Voice writes audio formats (mp3, ogg_vorbis, pcm) for players.\n"
        "- Gromble Text detects entities (Person, Place, Date) in posts.\n"
        "- Gromble Eyes handles faces (detect, compare, search a collection).\n",
        cues,
    )
    assert of_kind(x, "audio format") == {"Mp3", "ogg_vorbis", "Pcm"}
    assert of_kind(x, "entity") == {"Person", "Place", "Date"}
    assert not of_kind(x, "face")  # things done to faces, no kinds of face
    # what is said of a thing runs on past the commas of its brackets
    said = {o.rstrip(".") for s, p, o in facts(x) if s == "Gromble Text" and p != "kind"}
    assert "Gromble Text detects entities (Person, Place, Date) in posts" in said


def test_what_is_said_inside_brackets_ends_with_them(tmp_path, cues):
    x = extract(
        tmp_path,
        "# Notes\n\n| Store | Use |\n|---|---|\n| Quill Lake | rows |\n| Mossy Drift | logs |\n\n"
        "## Stores\n\nKnow the stores (Gromble Store keeps rows for a year; Quill Lake lets analysts "
        "train models with SQL, using Fern Engine behind the scenes), then the loaders.\n\n"
        "Fern Engine checks (row gap, Mossy Drift, loss not rising) run every night.\n",
        cues,
    )
    said = {(s, o) for s, _, o in facts(x, "hasProperty")}
    assert (
        "Quill Lake",
        "Quill Lake lets analysts train models with SQL, using Fern Engine behind the scenes",
    ) in said
    assert not {s for s, _ in said if s == "Mossy Drift"}  # an item of a list, saying nothing


def test_a_thing_written_in_the_plural_says_what_its_plain_verb_says(tmp_path, cues):
    # "task nodes" are each a Task node, and what they "hold" is said of it (no alias
    # "task nodes" for it)
    x = extract(
        tmp_path,
        "# Notes\n\n## Clusters\n\n- Amazon EMR — managed clusters; master / core / task nodes\n"
        "    - task nodes hold no ledger data → safe to run on spare capacity\n",
        cues,
    )
    said = {(s, o) for s, _, o in facts(x, "hasProperty")}
    assert ("Task node", "task nodes hold no ledger data → safe to run on spare capacity") in said
    assert "task nodes" not in labels(x)["Task node"].aliases


def test_a_scenario_in_typographic_quotes_mapped_by_an_arrow_says_something_of_it(tmp_path, cues):
    x = extract(
        tmp_path,
        "# Notes\n\n## Widget Hub\n\nWidget Hub has the **Bucket Store** and the **Table Store**."
        "\n\nTip. “Rows keep growing” → Bucket Store; “Point lookups” → Table Store (see below)."
        " “No code at all” → a hosted service, not Table Store.\n",
        cues,
    )
    said = facts(x, "hasProperty")
    assert ("Bucket Store", "hasProperty", "“Rows keep growing” → Bucket Store") in said
    assert ("Table Store", "hasProperty", "“Point lookups” → Table Store (see below)") in said
    assert not any("No code" in o for _, _, o in said)  # the answer is no Table Store


def test_a_listed_name_is_read_without_where_it_applies_and_its_lowercase_acronym(tmp_path, cues):
    x = extract(
        tmp_path,
        "## Zorbex\n\nScores from replays: rolling gap loss (rGL) at each cut, GAPE, "
        "Quill error and Fern drift.\n",
        cues,
    )
    assert {"Rolling gap loss", "GAPE", "Quill error", "Fern drift"} <= of_kind(x, "Score")
    rgl = next(e for e in x.entities.values() if e.label == "Rolling gap loss")
    assert "rGL" in rgl.aliases


def test_two_terms_set_against_each_other_with_glosses_are_things_the_glosses_define(
    tmp_path, cues
):
    x = extract(
        tmp_path,
        "## Watch\n\nWhy scores sag: row drift (the input rows change, e.g. a new region) versus "
        "key drift (what the keys mean changes). Same rows, other answer.\n\n"
        "The hub (a small one) vs the lake (it is big) is no contrast of terms.\n",
        cues,
    )
    said = facts(x, "definition")
    assert ("Row drift", "definition", "the input rows change, e.g. a new region") in said
    assert ("Key drift", "definition", "what the keys mean changes") in said
    assert not {s for s, _, _ in said} & {"The hub", "Hub", "The lake", "Lake"}


def test_a_label_on_remarks_under_many_items_is_no_thing(tmp_path):
    # a reading app's export: each highlight with the reader's "**Note:**" under it
    x = extract(
        tmp_path,
        "# Book\n\n## Highlights\n\n"
        + "".join(
            f"- {said} (Location {n})\n    - **Note:** {note}\n"
            for n, (said, note) in enumerate(
                [
                    ("Zorbex Pipe buffers rows for a day.", "Replay -> Zorbex Pipe."),
                    ("FernKit copies rows to the lake.", "No code -> FernKit."),
                    ("MossLib shards the rows by key.", "Hot keys hurt."),
                ]
            )
        ),
    )
    assert "Note" not in labels(x)
    assert ("FernKit", "note", "Note: No code -> FernKit.") in facts(x)


def test_items_coded_and_compared_share_no_adverb(tmp_path):
    x = extract(
        tmp_path,
        "# Notes\n\nGromble Hub gives bands such as Q10, Q50 and Q90 rather than one number.\n",
    )
    assert {"Q10", "Q50", "Q90"} <= set(labels(x))
    assert not any("rather" in n for n in labels(x))


def test_a_sentence_opening_with_a_name_and_its_verb_defines_it(tmp_path):
    x = extract(
        tmp_path,
        "# Notes\n\n## Highlights\n\n"
        "- Zagging trains many small trees on resampled rows and averages them.\n"
        "- Row fencing happens when a loader sees rows from the future.\n"
        "- Fading gradients make the first layers stop learning.\n"
        "- Zorb2Vec learns embeddings for pairs of rows.\n"
        "- Keep product rows small; a split table invites row fencing and zagging.\n",
    )
    names = labels(x)
    assert "Keep product" not in names  # an order, then its object's plural
    assert "trains many small trees" in " ".join(names["Zagging"].definitions)
    assert "happens when a loader sees rows" in " ".join(names["Row fencing"].definitions)
    assert "Fading" not in names  # a participle and its plural noun, then the verb
    assert "Zorb2Vec" in names and "Zorb2Vec learns" not in names


def test_a_board_cards_lines_name_their_things(tmp_path):
    x = extract(
        tmp_path,
        "## Doing\n\n- [ ] **Loader families** #load\n\tGL: many tables behind ONE loader\n"
        "\tP4d / P5 \u2192 big copies\n\tQ7 \u2192 small copies\n",
    )
    names = labels(x)
    assert {"GL", "P4d", "P5", "Q7"} <= set(names)
    assert "many tables behind ONE loader" in names["GL"].definitions


def test_clauses_after_a_lead_are_no_names(tmp_path):
    x = extract(
        tmp_path,
        "# Loaders\n\nM1 — Zorb loaders: what they eat and where they run.\n\n"
        "Zorb loaders: Quill Loader and Fern Loader.\n",
    )
    labels = {e.label for e in x.entities.values()}
    assert {"Quill Loader", "Fern Loader"} <= labels
    assert not {"What they eat", "Where they run"} & labels


def test_parts_counted_then_told_in_order_are_parts(tmp_path):
    x = extract(
        tmp_path,
        "# Loading\n\nThe star is **Gromble Hub**. Gromble Hub is really three things under one "
        "name. First, **quill rows**: point one at a bucket and it reads the rows. Second, the "
        "**Fern Catalog**, a table of every schema. Third, **Tansy jobs**, which copy rows at "
        "night. You pay per job.\n",
    )
    found = facts(x, "partOf")
    assert {
        ("Quill rows", "partOf", "Gromble Hub"),
        ("Fern Catalog", "partOf", "Gromble Hub"),
        ("Tansy jobs", "partOf", "Gromble Hub"),
    } <= found


def test_alternatives_after_either_and_values_of_a_noun_are_of_its_kind(tmp_path):
    x = extract(
        tmp_path,
        "# Rollouts\n\nQuill Guard moves rows with zorb shifting, either all at once, tansy "
        "(a small slice first) or stepwise (equal steps), with a baking period. Each row "
        "has a review status of PendingReview, Passed or Failed. You store it either in "
        "Fern or in Mossy.\n",
    )
    found = facts(x, "kind")
    assert {
        ("All at once", "kind", "zorb shifting"),
        ("Tansy", "kind", "zorb shifting"),
        ("Stepwise", "kind", "zorb shifting"),
        ("PendingReview", "kind", "review status"),
        ("Failed", "kind", "review status"),
    } <= found
    assert not any(o == "it" or s == "Fern" for s, _, o in found)


def test_a_measurement_in_bold_is_no_name(tmp_path):
    x = extract(
        tmp_path,
        "# Scores\n\nMy loader has **98.9% recall** and a **0.5 cut-off**, but **Quill "
        "Loader** does better. **3D Zorb** maps.\n",
    )
    labels = {e.label for e in x.entities.values()}
    assert "Quill Loader" in labels and "3D Zorb" in labels
    assert not {"98.9% recall", "0.5 cut-off"} & labels


def test_settings_in_code_listed_before_a_plural_noun_are_of_its_kind(tmp_path):
    x = extract(
        tmp_path,
        "# Streams\n\n- **Zorb Analytics** — has `ZORB_ROWS` (row scores) and `QUILL_SPOTS` "
        "(dense areas) SQL functions\n- Tansy and Fern loaders are fast\n",
    )
    found = facts(x, "kind")
    assert {("ZORB_ROWS", "kind", "SQL function"), ("QUILL_SPOTS", "kind", "SQL function")} <= {
        (s, p, o) for s, p, o in found
    }


def test_code_names_before_a_word_of_grammar_are_of_no_kind(tmp_path):
    """ "Tune `quill_cells` and `zorb_layers` as well": "as" is no kind of setting; "`zorb`
    and `quill` checks" are checks."""
    x = extract(
        tmp_path,
        "# Gromble\n\nTune `quill_cells` and `zorb_layers` as well. Run `zorb` and `quill`"
        " checks nightly.\n",
    )
    kinds = {o for _, p, o in facts(x) if p == "kind"}
    assert "a" not in kinds and "as" not in kinds
    assert "check" in kinds


def test_a_shipped_algorithm_keeps_the_spelling_the_notes_use(tmp_path):
    """A heading "k-NN" names the shipped K-Nearest Neighbors; "k-NN" stays one of its names,
    so a question that writes it so finds it."""
    x = extract(tmp_path, "# Algorithms\n\n## k-NN\n\nClassification by the closest points.\n")
    assert "k-NN" in labels(x)["K-Nearest Neighbors"].aliases


def test_a_warning_over_a_paragraph_is_no_thing(tmp_path):
    x = extract(
        tmp_path,
        "# Loaders\n\n## Gromble\n\nGromble loads rows.\n\n**Don't confuse:** Gromble copies"
        " rows; Quill streams them.\n\n**Never do:** run Quill on one node.\n",
    )
    assert not {"Don't confuse", "Never do"} & set(labels(x))


def test_names_a_thing_chooses_among_are_its_parts(tmp_path):
    x = extract(
        tmp_path,
        "# Forecasting\n\n**Quill Forecast**: forecasts rows. QuillPicker chooses among ZRB-QR,"
        " Fern+, Tansy, NPTQ, ZARIMA and QETS. (Closed to new users.)\n",
    )
    assert parts_of(x, "QuillPicker") == {"ZRB-QR", "Fern+", "Tansy", "NPTQ", "ZARIMA", "QETS"}


def test_a_thing_renamed_keeps_its_node_and_its_current_name(tmp_path):
    p = tmp_path / "streams.md"
    p.write_text(
        "# Streams\n\n- Kinesis Data Firehose (now Amazon Data Firehose): delivery to S3.\n"
        "- What used to be Kinesis Data Analytics is now Amazon Managed Service for Apache"
        " Flink. It runs SQL.\n- Data is now in S3. The model is now ready.\n\n## Hubs\n\n"
        "**Zorb Hub** has been renamed Quill Hub.\n",
        encoding="utf-8",
    )
    x = extract_documents(
        [p], cues=relation_cues(), class_names=class_names(), renames=rename_phrases()
    )
    assert set(facts(x, "currentName")) == {
        ("Amazon Kinesis Data Firehose", "currentName", "Amazon Data Firehose"),
        ("Amazon Kinesis Data Analytics", "currentName", "Amazon Managed Service for Apache Flink"),
        ("Zorb Hub", "currentName", "Quill Hub"),
    }
    assert "Quill Hub" in labels(x)["Zorb Hub"].aliases


def test_a_lead_over_parts_each_naming_its_thing_with_the_leads_noun(tmp_path):
    """ "Crew roles: the lead crew (once "chief") plans, deck crews haul nets, galley crews
    only cook": each part is about a thing named with the lead's noun, in lower case as it
    is; each is a crew role, and its part says what it does."""
    x = extract(
        tmp_path,
        "# Boats\n\n**Quill Trawler** is a fishing boat. Crew roles: the lead crew (once"
        ' "chief") plans the trip, deck crews haul the nets in, galley crews only cook and'
        " are the ones to ask for coffee.\n",
    )
    kinds = facts(x, "kind")
    for name in ("Lead crew", "Deck crews", "Galley crews"):
        assert (name, "kind", "crew role") in kinds
    assert (
        "Galley crews",
        "hasProperty",
        "galley crews only cook and are the ones to ask for coffee",
    ) in facts(x, "hasProperty")
    # parts that are not so said name nothing: "the boat, the nets and more"
    x = extract(tmp_path, "# Boats\n\nCrew roles: plan the trip, haul the nets, cook.\n")
    assert not facts(x, "kind")


def test_a_thing_of_no_class_whose_own_text_writes_two_settings_as_code_has_them(tmp_path):
    """Under a heading that names no class, a thing the notes give no class is still the
    one whose settings its own text writes as code; one lone code word settles nothing."""
    x = extract_with_vocabulary(
        tmp_path,
        "# Notes\n\n### Pictures\n\n- **Quill Tagger**: one tag per picture. `num_tags` and "
        "`tag_floor` are required. Set `warm_start=1` to reuse weights.\n"
        "- **Fern Boxer**: boxes in pictures; see `fern.md`.\n",
    )
    required = facts(x, "requiresParameter")
    assert required == {
        ("Quill Tagger", "requiresParameter", "num_tags"),
        ("Quill Tagger", "requiresParameter", "tag_floor"),
    }
    assert ("Quill Tagger", "hasParameter", "warm_start") in facts(x, "hasParameter")
    assert not {f for f in facts(x, "hasParameter") if f[0] == "Fern Boxer"}


def test_a_field_one_everyday_word_names_inside_a_text_lists_things_of_that_kind(tmp_path):
    """ "Input: CSV (...), LibSVM, Parquet or RecordIO-protobuf." after a sentence: the
    thing's inputs, the last without its full stop though the next sentence opens with code;
    a known format written in lower case is spelt as the format is."""
    x = extract_with_vocabulary(
        tmp_path,
        "# Notes\n\n- **Quillboost**: Gradient-boosted row trees. Input: CSV (no header "
        "row), LibSVM, Parquet or RecordIO-protobuf. `leaf_count` is required.\n"
        "- **Fernlearn**: Linear rows. Takes content types: text/csv, libsvm or json.\n",
    )
    kinds = facts(x, "kind")
    assert {s for s, _, k in kinds if k == "Quillboost input"} == {
        "CSV",
        "LibSVM",
        "Parquet",
        "RecordIO-protobuf",
    }
    labels = {e.label for e in x.entities.values()}
    assert "RecordIO-protobuf." not in labels and "Libsvm" not in labels


def test_choose_between_names_in_a_things_own_text_names_its_options(tmp_path):
    x = extract(
        tmp_path,
        "# Notes\n\n- **Quill Painter**: Labels every pixel. Choose between FCN, Zorbnet and "
        "FernLab.\n- **Tansy**: Choose between fast and slow.\n",
    )
    assert {s for s, _, o in facts(x, "partOf") if o == "Quill Painter"} == {
        "FCN",
        "Zorbnet",
        "FernLab",
    }
    assert not {s for s, _, o in facts(x, "partOf") if o == "Tansy"}


def test_an_optional_thing_in_a_list_is_named_without_the_word_optional(tmp_path):
    x = extract(
        tmp_path,
        "# Notes\n\n## Gromble Hub\n\nA Gromble Hub has a lead node, keeper nodes (which hold "
        "rows) and optional helper nodes (compute only).\n",
    )
    labels = {e.label for e in x.entities.values()}
    assert "Helper node" in labels and not [n for n in labels if n.lower().startswith("optional")]
    assert ("Helper node", "note", "optional") in facts(x, "note")


def test_formats_and_spelled_out_acronyms_named_in_running_speech(tmp_path):
    x = extract(
        tmp_path,
        "# Notes\n\nCSV is fine for small stuff, so Parquet or ORC for analytics. You fill "
        "gaps with QIRF, quill imputation by repeated folding, or by hand.\n",
    )
    found = labels(x)
    assert {"CSV", "Parquet", "ORC"} <= set(found)
    assert found["CSV"].cls == "DataFormat"
    quill = [e for e in found.values() if "QIRF" in e.aliases or e.label == "QIRF"]
    assert quill and quill[0].label.lower() == "quill imputation by repeated folding"


def test_a_shipped_algorithm_named_built_in_and_one_side_of_a_comparison(tmp_path):
    x = extract(
        tmp_path,
        "# Notes\n\n- Gromble vs SageMaker Zorb Boxing: Gromble when labels suffice; the "
        "built-in Zorb Boxing algorithm when you need control.\n"
        "- **Quill vs k-NN**: Quill is odd. k-NN is supervised.\n",
    )
    found = labels(x)
    assert found["Zorb Boxing"].cls == "Algorithm"
    assert "K-Nearest Neighbors" in found and "k-NN" not in found


def test_an_acronym_ending_in_s_keeps_it_in_a_lead_in():
    from ingest.lexicon import singular

    assert singular("Forecasting on QXS") == "Forecasting on QXS"
    assert singular("QXS") == "QXS"
    assert singular("ZORBEX MODELS") == "ZORBEX MODEL"


def test_counted_names_each_followed_by_what_it_is_for(tmp_path):
    x = extract(
        tmp_path,
        "# Notes\n\nThe old flavour has two built-in row checks: ZORB_SKEW for odd rows on a "
        "stream and QUILL_SPOTS for finding dense regions.\n",
    )
    assert {s for s, p, o in facts(x, "kind") if o == "built-in row check"} == {
        "ZORB_SKEW",
        "QUILL_SPOTS",
    }


def test_names_a_thing_after_with_chooses_among(tmp_path):
    x = extract(
        tmp_path,
        "# Notes\n\nRow forecasting with QuillPicker choosing among Zorb-QR, Fern+, Tansy, "
        "Gromble and ETX; reports drift.\n",
    )
    assert parts_of(x, "QuillPicker") == {"Zorb-QR", "Fern+", "Tansy", "Gromble", "ETX"}


def test_names_then_the_plural_noun_saying_what_each_is(tmp_path):
    x = extract(
        tmp_path,
        "# Notes\n\nQuill Segmenter works per dot and offers ZNet, QSP and FernLab3 "
        "backbones. All three want big boxes.\n",
    )
    assert of_kind(x, "backbone") == {"ZNet", "QSP", "FernLab3"}
    x = extract(
        tmp_path,
        "# Notes\n\n- **Quill Picks** – picks from Taps, Rows and Leaves datasets; you train "
        "it.\n- **Fern Loader** – loads a Zorb dataset plus optional Moss and Tansy datasets.\n",
    )
    assert of_kind(x, "dataset") >= {"Taps", "Rows", "Leaves", "Moss", "Tansy"}


def test_counted_things_each_opening_a_sentence_as_code(tmp_path):
    x = extract(
        tmp_path,
        "# Notes\n\nGromble shrinks rows. It has two modes. `steady` is for sparse rows. "
        "`hasty` guesses and suits huge tables.\n",
    )
    assert of_kind(x, "mode") == {"steady", "hasty"}


def test_what_a_name_is_set_off_after_it_by_a_comma(tmp_path):
    x = extract(
        tmp_path,
        "# Notes\n\nCrawlers register tables in the Amazon Athena, a shared metastore that "
        "Fern reads.\n\nIn Amazon EMR, a job reads rows.\n",
    )
    said = {(s, o) for s, p, o in facts(x, "definition")}
    assert ("Amazon Athena", "a shared metastore that Fern reads") in said
    assert not [o for s, o in said if s == "Amazon EMR"]


def test_the_values_a_setting_is_set_to_or_offers_in_brackets_are_its_examples(tmp_path):
    from tests.test_tables import extract as extract_all

    x = extract_all(
        tmp_path,
        "# Models\n\n## Gromble algorithm\n\nYou must set fold_type to fold_rows, fold_keys"
        " or whole. It keeps row_cap rows in a batch.\n\n"
        "| Algorithm | Key settings |\n|---|---|\n"
        "| Quill algorithm | pack_mode (dense_pack \\| sparse_pack \\| none); row_cap |\n",
    )
    examples = {(s, o) for s, _, o in facts(x, "example")}
    # (a plain word among values written as names in code is one of them: "or whole")
    assert {("fold_type", v) for v in ("fold_rows", "fold_keys", "whole")} <= examples
    assert {("pack_mode", v) for v in ("dense_pack", "sparse_pack", "none")} <= examples
    params = {o for _, p, o in facts(x, "hasParameter")}
    assert not params & {"fold_rows", "fold_keys", "whole", "dense_pack", "sparse_pack"}


def test_a_setting_written_as_code_is_one_of_the_values_after_is(tmp_path):
    """ "`pace` is `drip`, `gulp` or `batch_gulp`": a setting written as code and what it may
    be set to, plain words as well as snake_case ones."""
    from tests.test_tables import extract as extract_all

    x = extract_all(
        tmp_path,
        "# Models\n\n## Gromble algorithm\n\nTwo jobs in one. `pace` is `drip`, `gulp` or"
        " `batch_gulp` for row vectors, and `tagged` for row tagging; batch_gulp is the one"
        " that spreads over many nodes.\n\n## Quill algorithm\n\nIt has two modes:"
        " `slow` for small tables and `fast` for tables with many rows and columns.\n",
    )
    # (a value, then what it is for: "`batch_gulp` for row vectors")
    paces = {s for s, _, o in facts(x, "kind") if o == "pace"}
    assert paces == {"drip", "gulp", "batch_gulp", "tagged"}
    assert {s for s, _, o in facts(x, "kind") if o == "mode"} == {"slow", "fast"}


def test_values_of_a_setting_a_sentence_says_it_picks(tmp_path):
    x = extract_with_vocabulary(
        tmp_path,
        "# Notes\n\n## Zorbex\n\nZorbex is a forecasting algorithm. `curve` picks the output shape — "
        "`gauss`, `beta`, `neg-bin` (the default) or `flat-L1` — and `depth` sizes the net.\n",
    )
    values = {s for s, _, o in facts(x, "kind") if o == "curve"}
    assert values == {"gauss", "beta", "neg-bin", "flat-L1"}
    assert {"gauss", "flat-L1"} <= parts_of(x, "Zorbex")


def test_items_under_a_lead_in_naming_a_setting_are_its_values(tmp_path):
    x = extract_with_vocabulary(
        tmp_path,
        "# Notes\n\n## Zorbex\n\nWhat it does is chosen by one setting, `fold`:\n\n"
        "- `zbow` — bag of rows\n- `skipzap` — skips rows\n- `batch_skipzap` — on many hosts\n",
    )
    assert {o for s, p, o in facts(x, "example") if s == "fold"} == {
        "zbow",
        "skipzap",
        "batch_skipzap",
    }
    assert {o for s, p, o in facts(x, "hasParameter") if s == "Zorbex"} == {"fold"}
    assert all(e.cls != "Hyperparameter" for e in x.entities.values() if e.label == "zbow")


def test_ways_a_thing_does_something_are_of_that_kind(tmp_path):
    x = extract_with_vocabulary(
        tmp_path,
        "# Notes\n\n## Quill\n\nA Quill update adds the new hosts and shifts traffic in one of "
        "three ways: **drip**, **pour** or **flood**. Alarms roll it back.\n",
    )
    kinds = {o for s, _, o in facts(x, "kind") if s.lower() in ("drip", "pour", "flood")}
    assert "way of shifting traffic" in kinds


def test_names_a_noun_is_said_to_be_either_of_are_of_its_kind(tmp_path):
    x = extract_with_vocabulary(
        tmp_path,
        "# Notes\n\n## Quill boxes\n\nQuill boxes rows on top of a base network, which is either "
        "Zorb-16 (the default) or Zorb-50. Both can start from shared weights.\n",
    )
    kinds = {s for s, _, o in facts(x, "kind") if o == "base network"}
    assert kinds == {"Zorb-16", "Zorb-50"}
    assert not [e for e in x.entities.values() if "Both" in e.label]


def test_settings_in_a_section_titled_by_what_is_done_with_a_thing_are_its(tmp_path):
    x = extract_with_vocabulary(
        tmp_path,
        "## Forecasting with Gromble\n\nGromble is a forecasting algorithm.\n\n"
        "Required hyperparameters: `prediction_span`, `time_step` and `epochs`. Others: "
        "`num_cells`, `dropout_rate`.\n",
    )
    required = {f for f in facts(x, "requiresParameter") if f[0] == "Gromble"}
    assert {f[2] for f in required} == {"prediction_span", "time_step", "epochs"}
    assert ("Gromble", "hasParameter", "num_cells") in facts(x, "hasParameter")


def test_a_setting_s_values_said_as_one_of_them(tmp_path):
    x = extract(
        tmp_path,
        "# Notes\n\n## Quill Learner\n\nKey hyperparameters:\n\n"
        "- `fern_type` (required): One of `drip_mode`, `gulp_mode` or `sip_mode`.\n"
        "- `moss_rate`: how fast rows go.\n",
    )
    values = {o for s, p, o in facts(x, "example") if s == "fern_type"}
    assert values == {"drip_mode", "gulp_mode", "sip_mode"}
    assert ("gulp_mode", "kind", "fern type") in facts(x, "kind")


def test_names_the_plural_after_them_says_the_kind_of(tmp_path):
    x = extract(
        tmp_path,
        "# Notes\n\n## Quill Medical\n\nQuill Medical is a separate API that extracts "
        "conditions, and links them to the ZQ-10-CM, Fernorm and MOSS CT code sets.\n",
    )
    kinds = facts(x, "kind")
    assert {s for s, _, o in kinds if o == "Quill Medical Code set"} == {
        "ZQ-10-CM",
        "Fernorm",
        "MOSS CT",
    }


def test_a_product_named_after_its_vendor_is_a_thing(tmp_path):
    x = extract(
        tmp_path,
        "# Notes\n\n## Accelerators\n\nModels are compiled for the chips with the AWS Quillon "
        "SDK. The AWS Services team and the AWS SDK PutRecord call are no new products.\n",
    )
    found = {e.label: e.cls for e in x.entities.values()}
    assert found.get("AWS Quillon SDK") == "Framework"  # a kit, by its head, no service
    assert not {"AWS Services", "AWS SDK PutRecord"} & set(found)


def test_the_one_thing_a_lead_names_last_is_what_its_values_are(tmp_path):
    # inline: "... and an approval status: A, B or C"
    x = extract(
        tmp_path,
        "# Notes\n\n## Quill Registry\n\nEach version carries metrics, lineage and an "
        "approval status: `PendingReview`, `Accepted` or `Turned`. Flipping one emits an event.\n",
    )
    kinds = {s for s, _, o in facts(x, "kind") if o == "approval status"}
    assert kinds == {"PendingReview", "Accepted", "Turned"}
    # over a list: "Each version carries an approval status:"
    x = extract(
        tmp_path,
        "# Notes\n\n## Quill Registry\n\nEach version carries an approval status:\n\n"
        "1. **PendingReview** - the default\n2. **Accepted** - signed off\n"
        "3. **Turned** - never deployed\n",
    )
    kinds = {s for s, _, o in facts(x, "kind") if o == "approval status"}
    assert kinds == {"PendingReview", "Accepted", "Turned"}
    # the last of the things the verb names, over plain words among names
    x = extract(
        tmp_path,
        "# Notes\n\n## Quill Registry\n\nEach version carries metrics, the artifact location "
        "and an approval status:\n\n- PendingReview\n- Accepted\n- Turned\n",
    )
    kinds = {s for s, _, o in facts(x, "kind") if o == "approval status"}
    assert kinds == {"PendingReview", "Accepted", "Turned"}
    # ... one of them with a remark in brackets
    x = extract(
        tmp_path,
        "# Notes\n\n## Quill Registry\n\nEvery version carries an approval status:\n\n"
        "- `PendingReview` (the default when you register)\n- `Accepted`\n- `Turned`\n",
    )
    kinds = {s for s, _, o in facts(x, "kind") if o == "approval status"}
    assert kinds == {"PendingReview", "Accepted", "Turned"}
    # not "Here is an example:", nor "one of these"
    x = extract(
        tmp_path,
        "# Notes\n\n## Moss\n\nHere is an example:\n\n- **Quill** - a tool\n- **Fern** - another\n",
    )
    assert not {o for s, _, o in facts(x, "kind") if "example" in o}
    # what things are found in is no kind of them
    x = extract(
        tmp_path,
        "# Notes\n\n## Topics\n\n- Find themes in a document collection: Quill or Fern.\n",
    )
    assert not {o for s, _, o in facts(x, "kind") if "collection" in o}


def test_a_setting_listed_under_a_label_keeps_its_name(tmp_path):
    x = extract(
        tmp_path,
        "# Notes\n\n## Gromble Learner\n\nGromble Learner fits a line.\n\n"
        "**Key hyperparameters**\n\n- **fern_type** (required): One of zorb_fern or moss_fern.\n"
        "- **num_ferns**: How many ferns to train.\n",
    )
    labels = {e.label for e in x.entities.values()}
    assert {"fern_type", "num_ferns"} <= labels
    assert not {"Fern_type", "Fern_type hyperparameter", "num_ferns hyperparameter"} & labels


def test_as_many_names_after_a_comma_as_counted_are_of_the_counted_kind(tmp_path):
    x = extract(
        tmp_path,
        "# Notes\n\n## Moss Monitor\n\nMoss compares traffic. A **baselining job** on the "
        "training data produces two files, stats.json and rules.json; a schedule then checks "
        "data. It comes in three sizes, small, medium and large. It has two modes, then it "
        "stops.\n",
    )
    kinds = facts(x, "kind")
    assert {s for s, _, o in kinds if o == "file"} == {"stats.json", "rules.json"}
    assert {s for s, _, o in kinds if o == "size"} == {"Small", "Medium", "Large"}
    assert not {o for s, _, o in kinds if o == "mode"}


def test_things_then_who_uses_them_name_the_kind_of_coded_names(tmp_path):
    x = extract(
        tmp_path,
        "# Notes\n\n## Guardrails\n\nOther condition keys we use the same way: "
        "`quill:VolumeKmsKey`, `quill:TrafficEncryption` and `quill:NetworkIsolation`.\n",
    )
    kinds = {s for s, _, o in facts(x, "kind") if o == "condition key"}
    assert kinds == {"quill:VolumeKmsKey", "quill:TrafficEncryption", "quill:NetworkIsolation"}


def test_coded_examples_each_with_what_it_is_for_are_things_of_the_clause_s_plural(tmp_path):
    x = extract(
        tmp_path,
        "# Notes\n\n## Guardrails\n\n- IAM **condition keys** let the platform team force good "
        "behaviour, e.g. `quill:VpcSubnets` to require VPC mode, `quill:VolumeKey` to require an "
        "encrypted volume, `quill:Isolation` to require isolation.\n",
        cues=relation_cues(),
    )
    kinds = {s for s, _, o in facts(x, "kind") if o == "condition key"}
    assert kinds == {"quill:VpcSubnets", "quill:VolumeKey", "quill:Isolation"}


def test_a_plural_subject_whose_clause_ends_in_a_colon_names_what_is_listed(tmp_path):
    x = extract(
        tmp_path,
        "# Notes\n\n## Quill in one page\n\nPre-training fern metrics look only at the rows:\n\n"
        "- **Class Fern (CF)**: one facet is under-represented\n"
        "- **Moss Gap (MG)**: the positive rate differs\n",
    )
    kinds = {s for s, _, o in facts(x, "kind") if o == "pre-training fern metric"}
    assert kinds == {"Class Fern", "Moss Gap"}
    # a lead-in counting what it lists names them, not its subject
    x = extract(
        tmp_path,
        "# Notes\n\n## Quill\n\nFern streams need the following settings:\n\n"
        "- **moss_size**: rows per batch\n- **moss_wait**: seconds to wait\n",
    )
    assert not {o for s, _, o in facts(x, "kind") if "stream" in o}


def test_a_thing_named_as_a_file_is_a_file(tmp_path):
    x = extract(
        tmp_path,
        "# Notes\n\n## Quill Monitor\n\n- Run a baseline job on the rows. It writes "
        "fern_stats.json and moss_rules.json.\n- Then schedule the checks hourly.\n",
    )
    files = {s for s, _, o in facts(x, "kind") if o == "file"}
    assert files == {"fern_stats.json", "moss_rules.json"}


def test_plain_items_under_a_lead_in_that_counts_them_are_things_of_its_kind(tmp_path):
    x = extract(
        tmp_path,
        "# Notes\n\n## Fern scaling\n\nFern variants scale through Quill. Three policy types "
        "exist:\n\n- target tracking, usually on the metric MossPerHost\n"
        "- step scaling on an alarm of your choosing\n- scheduled scaling for known peaks\n",
    )
    kinds = {s for s, _, o in facts(x, "kind") if o == "policy type"}
    assert kinds == {"Target tracking", "Step scaling", "Scheduled scaling"}
    assert ("Step scaling", "definition", "on an alarm of your choosing") in facts(x)


def test_counted_items_after_a_comma_keep_their_remarks_out_of_their_names(tmp_path):
    x = extract(
        tmp_path,
        "# Notes\n\n## Fern guardrails\n\nWhen a Fern endpoint is updated, rows move to the new "
        "fleet using one of three modes, namely all at once, drip (a small slice first) or "
        "stepwise (equal steps). A baking period follows each shift.\n",
    )
    assert {s for s, _, o in facts(x, "kind") if o == "mode"} == {"All at once", "Drip", "Stepwise"}


def test_a_numbered_definition_defines_the_name_in_its_brackets(tmp_path):
    # as LaTeX and ConTeXt set a theorem-like block: its label, its number, its title
    x = extract(
        tmp_path,
        "# Lecture 3\n\n## Many fern hosts, one endpoint\n\n"
        "**Definition 5 (Fern pipe)** A serial chain of two to five Quill containers.\n\n"
        "Fern pipes suit chains of small steps.\n\n"
        "**Remark 2** Drip mode is the right answer for a small slice of rows.\n\n"
        "**Definition 6 (Moss endpoint)** An endpoint whose one container hosts many models.\n",
    )
    said = facts(x, "definition")
    assert ("Fern pipe", "definition", "A serial chain of two to five Quill containers.") in said
    assert any(s == "Moss endpoint" for s, _, _ in said)
    labels = {e.label for e in x.entities.values()}
    assert not {"Remark 2", "Definition 5 (Fern pipe)"} & labels
    # the slogan heading names no kind of its things
    assert not {o for _, _, o in facts(x, "kind") if "host" in o.lower()}
    # LaTeX sets the title after the bold label
    x = extract(
        tmp_path,
        "# Lecture 4\n\n## Scores\n\n**Definition 1.3** (Quill curve). The Quill curve plots "
        "the hit rate against the miss rate.\n",
    )
    assert (
        "Quill curve",
        "definition",
        "The Quill curve plots the hit rate against the miss rate.",
    ) in facts(x, "definition")
    assert "Definition 1.3" not in {e.label for e in x.entities.values()}


def test_dashed_items_of_a_list_of_settings_read_as_settings_with_their_values(tmp_path):
    x = extract_with_vocabulary(
        tmp_path,
        "# Notes\n\n## Quill\n\nKey settings:\n\n- fern_length — how far ahead to forecast\n"
        "- moss_length — how many points the model sees\n"
        "- likelihood — gaussian, beta or student-T (default)\n",
    )
    assert ("Quill", "hasParameter", "likelihood") in facts(x)
    assert {s for s, p, o in facts(x, "partOf") if o == "likelihood"} == {
        "Gaussian",
        "Beta",
        "Student-T",
    }
    assert not any("—" in e.label for e in x.entities.values())
    # a setting named by one plain word names its values' kind, as "fern_type" would
    assert {s for s, _, o in facts(x, "kind") if o == "Quill likelihood"} == {
        "Gaussian",
        "Beta",
        "Student-T",
    }


def test_a_plural_subject_with_no_determiner_before_include_names_the_list(tmp_path):
    x = extract_with_vocabulary(
        tmp_path,
        "# Notes\n\n## Quill Hose\n\nQuill Hose lands a stream somewhere useful.\n\n"
        "Delivery destinations include:\n\n- Amazon S3\n- Amazon Redshift (staged in S3)\n"
        "- Splunk\n",
    )
    assert {o for s, p, o in facts(x) if s == "Quill Hose" and p == "deliversTo"} == {
        "Amazon Simple Storage Service",
        "Amazon Redshift",
        "Splunk",
    }


def test_a_settings_values_written_as_code_keep_their_remarks_aside(tmp_path):
    x = extract_with_vocabulary(
        tmp_path,
        "# Notes\n\n## Quill\n\nQuill forecasts series.\n\n"
        "- `fern_length` — how far ahead to forecast\n"
        "- `moss_length` — how many points the model sees\n"
        "- `likelihood` — `gaussian`, `beta`, `student-T` (default) or `deterministic-L1`\n",
    )
    assert {s for s, p, o in facts(x, "partOf") if o == "likelihood"} == {
        "gaussian",
        "beta",
        "student-T",
        "deterministic-L1",
    }


def test_a_plural_label_after_a_sentence_lists_things_of_the_texts_thing(tmp_path):
    x = extract(
        tmp_path,
        "# Streams\n\n## Gromble Streams\n\n"
        "- Producers: Moss SDK, the Quill Agent. Consumers: Fern Client Library (FCL), "
        "Zorb Relay, Tansy Hose.\n"
        "- Rows are packed. Packings: Zorbpack and Fernsnap. Others: Mosszip, Quillgz.\n",
    )
    kinds = facts(x, "kind")
    assert {
        (n, "kind", "Consumer") for n in ("Fern Client Library", "Zorb Relay", "Tansy Hose")
    } <= kinds
    assert {(n, "kind", "Packing") for n in ("Zorbpack", "Fernsnap")} <= kinds
    # the consumers read from the streams the notes are about, not from a producer
    assert not {f for f in facts(x) if f[0] == "Zorb Relay" and f[2] == "Quill Agent"}


def test_names_after_the_things_are_with_remarks_are_of_their_kind(tmp_path, cues):
    """ "For Quill Cold the restore speeds are Rapid (1-5 minutes), Steady (3-5 hours) and
    Slow (5-12 hours)": three restore speeds, whatever their remarks say, and a name that
    ends in -ed ("Expedited") opens the list, no verb after "are"."""
    x = extract(
        tmp_path,
        "# Notes\n\n## Moss storage\n\nLifecycle rules move rows between tiers. For Quill Cold"
        " the restore speeds are Rapid (1-5 minutes), Steady (3-5 hours) and Slow (5-12"
        " hours).\n\nThe copy modes are Mirrored, Sharded and Tiered.\n\nThe logs are stored in"
        " Moss, Quill and Fern.\n",
        cues,
    )
    kinds = facts(x, "kind")
    assert {("Rapid", "kind", "restore speed"), ("Slow", "kind", "restore speed")} <= kinds, kinds
    assert ("Steady", "kind", "restore speed") in kinds
    assert ("Mirrored", "kind", "copy mode") in kinds
    assert not any(k.endswith("log") for _, _, k in kinds)
