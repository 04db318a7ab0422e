"""Yes or no from what the notes state of an amount or a default: bounds, ranges, defaults."""

import math

from search.readings import stems
from search.stated import amount_verdict, bounds, default_verdict
from tests.helpers import engine_of


def test_bounds_read_the_words_that_bound_an_amount():
    assert bounds("A message can be at most 256 KB.") == {"size": (0.0, 256e3)}
    assert bounds("Memory sizes run from 1 GB to 6 GB.") == {"size": (1e9, 6e9)}
    assert bounds("Payload limit: 6 MB; at least 1 minute.") == {
        "size": (0.0, 6e6),
        "time": (60.0, math.inf),
    }
    assert bounds("A job takes 5 minutes.") == {}  # a plain amount bounds nothing


def test_an_amount_is_weighed_against_the_bound_of_its_topic():
    said = "Quill keeps rows for up to 14 days. A row can be at most 256 KB."
    assert amount_verdict("Can a Quill row be 1 MB?", said, stems("row")) is False
    assert amount_verdict("Can a Quill row be 100 KB?", said, stems("row")) is True
    # the bound itself, asked: exactly that
    assert amount_verdict("Is the maximum row size 1 MB?", said, stems("row size")) is False
    assert amount_verdict("Can Quill keep rows for a week?", said, stems("keep row")) is True
    assert amount_verdict("Can a Quill row be 1 MB?", said, stems("fern")) is None  # not its topic


def test_a_default_is_weighed_against_the_one_stated():
    said = "Quill keeps rows for 4 days by default. Scaling is off by default."
    assert (
        default_verdict("Does Quill keep rows 7 days by default?", said, stems("keep row")) is False
    )
    assert (
        default_verdict("Does Quill keep rows 4 days by default?", said, stems("keep row")) is True
    )
    assert default_verdict("Is scaling on by default?", said, stems("scale")) is False
    assert default_verdict("Is scaling turned off by default?", said, stems("scale")) is True
    assert default_verdict("Does Quill keep rows 7 days?", said, stems("keep row")) is None


def test_yes_or_no_says_no_to_an_amount_past_the_notes_bound_or_default(tmp_path):
    engine = engine_of(
        tmp_path,
        "zorbex.md",
        "# Zorbex notes\n\n## Zorbex Queues\n\nZorbex Queues stores messages for 4 days by "
        "default, and up to 14 days at most. A message can be at most 256 KB. Autoscaling is "
        "off by default.\n\n## Fern Endpoints\n\nFern Endpoints serve models in real time. "
        "Payloads are limited to 6 MB. Fern Endpoints cannot scale to zero.\n",
    )
    for question, label in (
        ("Does Zorbex Queues keep messages for 7 days by default?", "No"),
        ("Can a message in Zorbex Queues be 1 MB?", "No"),
        ("Is autoscaling on by default for Zorbex Queues?", "No"),
        ("Can I send a 4 MB payload to Fern Endpoints?", "Yes"),
        ("Can Fern Endpoints scale to zero?", "No"),
    ):
        r = engine.ask(question)
        assert r["answered"] and r["answers"][0]["label"] == label, (question, r["summary"])


def test_yes_or_no_reads_past_a_negated_condition_and_the_name_of_what_owns_the_thing(tmp_path):
    """ "if you do not supply a test set, Zorbex can split ..." to a question about "Fern
    Labels" (Zorbex Fern Labels): the "not" is a condition's, and a sentence opening with
    Zorbex speaks of its Fern Labels."""
    engine = engine_of(
        tmp_path,
        "zorbex.md",
        "# Vision notes\n\n## Zorbex Fern Labels\n\nZorbex Fern Labels trains a custom image "
        "model from a few hundred labelled images.\n\n- Datasets: a training dataset and a "
        "test dataset; if you do not supply a test set, Zorbex can split the training set "
        "(80% train / 20% test).\n- Training takes about an hour.\n",
    )
    r = engine.ask(
        "If I only upload a training dataset to Fern Labels, can it split off a test set?"
    )
    assert r["answered"] and r["answers"][0]["label"] == "Yes", r["summary"]


def test_a_bound_said_in_another_line_of_the_thing_answers_the_amount(tmp_path):
    """The line that matches the question best says nothing of sizes; another line of the
    same thing bounds the record: that line answers, and is the evidence."""
    engine = engine_of(
        tmp_path,
        "quill.md",
        "# Stream notes\n\n## Quill Streams\n\nQuill Streams is the raw stream. Data stays in "
        "the stream for the retention period, so several consumers can read the same records "
        "and replay old ones.\n\n- Shards: each takes 1,000 writes per second.\n- Partition "
        "keys spread rows over shards.\n- A record is made of a partition key, a sequence "
        "number and a data blob of up to 1 MB.\n",
    )
    for question, label in (
        ("Can a Quill Streams record be 5 MB?", "No"),
        ("Can a Quill Streams record be 500 KB?", "Yes"),
    ):
        r = engine.ask(question)
        assert r["answers"][0]["label"] == label, (question, r["summary"])
        assert "up to 1 MB" in r["answers"][0]["evidence"][0]["text"], r["summary"]
