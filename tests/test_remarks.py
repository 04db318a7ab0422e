"""Remarks that narrow a listed thing's relation: a setting the notes call required is one
its algorithm requires (``mlkg:requiresParameter``), not only one it has."""

from tests.test_tables import extract, facts


def test_a_setting_remarked_required_in_its_item_is_required(tmp_path):
    x = extract(
        tmp_path,
        "# Algos\n\n| Algorithm | Use | Settings to know |\n|---|---|---|\n"
        "| Gromble | rows | <code>flush_rows</code> (required), <code>gap_ms</code>,"
        " <code>fern_rate</code> |\n",
    )
    assert facts(x, "requiresParameter") == {("Gromble", "requiresParameter", "flush_rows")}
    # every required one is also one it has; code names keep no definition of the cell
    assert {"flush_rows", "gap_ms", "fern_rate"} <= {o for _, _, o in facts(x, "hasParameter")}
    assert not facts(x, "definition") & {("flush_rows", "definition", "(required), gap_ms")}


def test_a_lead_or_a_column_that_says_required_makes_its_list_required(tmp_path):
    x = extract(
        tmp_path,
        "# Algos\n\n## DeepAR\n\nIt models many series. Four hyperparameters are required:"
        " `context_length`, `prediction_length`, `epochs` and `time_freq`. Tune `num_cells`"
        " too.\n\n## Notes\n\n| Algorithm | Must-set hyperparameters | Others |\n|---|---|---|\n"
        "| Linear Learner | `predictor_type` | `mini_batch_size` |\n",
    )
    required = facts(x, "requiresParameter")
    assert {o for s, _, o in required if s == "DeepAR"} == {
        "context_length",
        "prediction_length",
        "epochs",
        "time_freq",
    }
    assert {o for s, _, o in required if s == "Linear Learner"} == {"predictor_type"}
    x = extract(
        tmp_path,
        "# Algos\n\n## DeepAR\n\nIt models many series. The required hyperparameters are"
        " `context_length`, `prediction_length`, `time_freq` and `epochs`. Tune `num_cells`.\n",
    )
    assert {o for _, _, o in facts(x, "requiresParameter")} == {
        "context_length",
        "prediction_length",
        "time_freq",
        "epochs",
    }
    # (the count is no part of the kind)
    assert "Four hyperparameter" not in {e.label for e in x.entities.values()}


def test_names_after_a_lead_that_says_mandatory_are_required_without_code_marks(tmp_path):
    """A PDF keeps no code marks: "Four hyperparameters are mandatory: a, b, c and d"."""
    x = extract(
        tmp_path,
        "# Algos\n\n## DeepAR\n\nAn RNN forecaster. Training data is JSON Lines. Four"
        " hyperparameters are mandatory: context_length, prediction_length, time_freq and epochs.\n",
    )
    assert {o for _, _, o in facts(x, "requiresParameter")} == {
        "context_length",
        "prediction_length",
        "time_freq",
        "epochs",
    }


def test_a_denied_or_another_sentences_remark_requires_nothing(tmp_path):
    x = extract(
        tmp_path,
        "# Algos\n\n## Linear Learner\n\nIt is chosen with the required `predictor_type`. Tune"
        " `mini_batch_size` too.\n\n## Factorization Machines\n\n- `num_factors` (required)\n"
        "- `bias_lr` (not required)\n",
    )
    required = facts(x, "requiresParameter")
    assert ("Linear Learner", "requiresParameter", "predictor_type") in required
    assert ("Linear Learner", "requiresParameter", "mini_batch_size") not in required
    assert ("Factorization Machines", "requiresParameter", "num_factors") in required
    assert ("Factorization Machines", "requiresParameter", "bias_lr") not in required


def test_a_value_a_setting_must_be_set_to_is_not_required(tmp_path):
    x = extract(
        tmp_path, "# Algos\n\n## XGBoost\n\n- `row_mode` must be set to `gpu_rows` on GPUs\n"
    )
    assert not facts(x, "requiresParameter")


def test_a_participle_over_a_list_is_how_its_items_are_not_a_thing(tmp_path):
    x = extract(
        tmp_path,
        "# Algos\n\n## DeepAR\n\n- Forecasting with RNNs across many series\n"
        "- Required: `context_length`, `prediction_length`, `epochs`\n",
    )
    assert "Required" not in {e.label for e in x.entities.values()}
    # ... but one over things in words names a kind of them ("Supervised": labelled data, ...)
    kinds = extract(
        tmp_path, "# Learning types\n\n**Supervised**\n- Labelled rows\n- Scored rows\n"
    )
    assert "Supervised" in {e.label for e in kinds.entities.values()}
    assert {o for _, _, o in facts(x, "requiresParameter")} == {
        "context_length",
        "prediction_length",
        "epochs",
    }


def test_a_setting_said_required_before_its_values_is_required_not_its_values(tmp_path):
    """ "zorb_mode is required: fast_zorb, slow_zorb or none": the setting is required,
    the names after the colon are the values it takes, no settings of their own."""
    x = extract(
        tmp_path,
        "# Algorithms\n\n- **Quill Forest -** trees for rows\n"
        "  - zorb_mode is required: fast_zorb, slow_zorb or none\n",
    )
    assert facts(x, "requiresParameter") == {("Quill Forest", "requiresParameter", "zorb_mode")}
    assert ("Quill Forest", "hasParameter", "fast_zorb") not in facts(x, "hasParameter")
