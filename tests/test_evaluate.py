"""The evaluator's arithmetic, on hand-made results (no model needed)."""

from search.evaluate import score_answer, summarise

ITEM = {
    "question": "q",
    "answers": ["Amazon Kinesis", "Amazon Managed Streaming for Apache Kafka"],
    "accept": {"Amazon Managed Streaming for Apache Kafka": ["Amazon MSK"]},
    "optional": ["AWS Glue"],
    "kind": "list",
    "must_mention": ["real-time"],
}


def result(*labels, answered=True, summary="", evidence="real-time data"):
    return {
        "answered": answered,
        "summary": summary,
        "answers": [{"label": lab, "iri": lab, "evidence": [{"text": evidence}]} for lab in labels],
    }


def test_accept_aliases_and_optional_answers():
    s = score_answer(ITEM, result("AWS Kinesis", "Amazon MSK", "AWS Glue"))
    assert (s["precision"], s["recall"], s["f1"], s["hit1"], s["mention"]) == (
        1.0,
        1.0,
        1.0,
        True,
        1.0,
    )


def test_extra_and_missing_answers():
    s = score_answer(ITEM, result("Amazon Kinesis", "Amazon S3"))
    assert (s["precision"], s["recall"]) == (0.5, 0.5) and round(s["f1"], 3) == 0.5


def test_entity_aliases_count_as_names():
    s = score_answer(
        ITEM, result("Kafka service", "Amazon Kinesis"), {"Kafka service": ["Amazon MSK"]}
    )
    assert s["f1"] == 1.0 and s["hit1"] is True


def test_unanswerable_must_be_declined():
    item = {"question": "q", "answers": [], "kind": "unanswerable"}
    assert score_answer(item, result(answered=False))["f1"] == 1.0
    assert score_answer(item, result("Amazon Comprehend"))["f1"] == 0.0


def test_summary_by_kind():
    items = [ITEM, {"question": "u", "answers": [], "kind": "unanswerable"}]
    results = [
        result("Amazon Kinesis") | {"timings": {"total_ms": 10}},
        result(answered=False) | {"timings": {"total_ms": 30}},
    ]
    scores = [score_answer(i, r) for i, r in zip(items, results)]
    s = summarise(items, scores, results)
    assert s["unanswerable_declined"] == "1/1" and s["f1_by_kind"]["unanswerable"] == 1.0
    assert s["latency_ms"] == {"p50": 10.0, "p95": 30.0}


def test_eval_several_sets_each_on_its_own_documents(built, tmp_path):
    import json

    from tests.helpers import run_mlkg

    notes = tmp_path / "notes.md"
    notes.write_text(
        "# Storage\n\n| Service | Use Case |\n|---|---|\n"
        "| Amazon S3 | object storage for data lakes |\n"
        "| Amazon EFS | shared file system for many instances |\n",
        encoding="utf-8",
    )
    questions = tmp_path / "q.jsonl"
    questions.write_text(
        json.dumps({"id": "t1", "question": "Which service is a shared file system?",
                    "answers": ["Amazon EFS"], "accept": {}, "kind": "single"}) + "\n",
        encoding="utf-8",
    )  # fmt: skip
    r = run_mlkg("eval", f"{questions}={notes}", str(questions), "--json", build_dir=built[0])
    assert r.returncode == 0, r.stderr
    sets = json.loads(r.stdout)
    assert [s["set"] for s in sets] == ["q.jsonl on notes.md", "q.jsonl on the current build"]
    assert sets[0]["questions"][0]["predicted"] == ["Amazon Elastic File System"]
    r = run_mlkg("eval", f"{questions}=missing.md", build_dir=built[0])
    assert r.returncode == 2 and "missing.md: no such file" in r.stderr
