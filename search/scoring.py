"""Fitted weights: how features of a reading or a candidate answer become a probability that
it is what the question asks, and the thresholds answering uses.

The weights live in ``weights.json`` beside this module and are fitted, not set by hand:
``bench/fit_weights.py`` fits them by logistic regression on questions generated from the
graph's own facts and the public dev sets, chooses the thresholds on the same training split,
and records what it trained on.
"""

from __future__ import annotations

import json
import math
from dataclasses import dataclass, field
from importlib import resources

READING_FEATURES = (
    "anchor_coverage",
    "section_coverage",
    "text_coverage",
    "support",
    "type_fit",
    "typed",
    "linked",
    "relation_named",
    "relation_meaning",
    "anchor_meaning",
    "one_answer",
    "one_for_many",
    "many_for_one",
    "answers_log",
    "closed",
    "by_label",
    "support_share",
    "coverage_share",
    "filtered",
    "condition_coverage",
    "top_word",
)
# how sure a whole answer is: its best reading (or candidate) against the runner-up
CONFIDENCE_FEATURES = (
    "best",
    "best_logit",
    "margin",
    "coverage",
    "support",
    "type_fit",
    "linked",
    "length",
    "unseen",
    "top_word",
)
CANDIDATE_FEATURES = (
    "passage",
    "coverage",
    "type_fit",
    "typed",
    "subject",
    "object",
    "votes_log",
    "reading",
    "name_meaning",
    "passage_share",
    "coverage_share",
    "top_word",
)


@dataclass
class Model:
    """A logistic model: P = 1 / (1 + exp(-(intercept + coef · features)))."""

    features: tuple[str, ...]
    coef: list[float] = field(default_factory=list)
    intercept: float = 0.0

    def probability(self, x: dict[str, float]) -> float:
        if not self.coef:
            return 0.5
        z = self.intercept + sum(c * x.get(f, 0.0) for c, f in zip(self.coef, self.features))
        return 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, z))))


@dataclass
class Weights:
    reading: Model
    candidate: Model
    list_confidence: Model = field(default_factory=lambda: Model(CONFIDENCE_FEATURES))
    single_confidence: Model = field(default_factory=lambda: Model(CONFIDENCE_FEATURES))
    join: float = 0.9  # a second reading joins when its probability is this share of the best's
    decline: float = 0.5  # below this, a list answer says the documents do not answer exactly
    decline_single: float = 0.5  # ... and an answer of one thing
    trained_on: dict = field(default_factory=dict)


def load_weights(path=None) -> Weights:
    text = (
        resources.files("search").joinpath("weights.json").read_text("utf-8")
        if path is None
        else open(path, encoding="utf-8").read()
    )
    data = json.loads(text)
    return Weights(
        Model(READING_FEATURES, **data["reading"]),
        Model(CANDIDATE_FEATURES, **data["candidate"]),
        Model(CONFIDENCE_FEATURES, **data.get("list_confidence", {})),
        Model(CONFIDENCE_FEATURES, **data.get("single_confidence", {})),
        data["join"],
        data["decline"],
        data.get("decline_single", data["decline"]),
        data.get("trained_on", {}),
    )


def _model(m: Model) -> dict:
    return {"coef": [round(c, 5) for c in m.coef], "intercept": round(m.intercept, 5)}


def save_weights(w: Weights, path) -> None:
    data = {
        "reading": _model(w.reading),
        "candidate": _model(w.candidate),
        "list_confidence": _model(w.list_confidence),
        "single_confidence": _model(w.single_confidence),
        "join": w.join,
        "decline": w.decline,
        "decline_single": w.decline_single,
        "trained_on": w.trained_on,
    }
    with open(path, "w", encoding="utf-8") as fh:
        json.dump(data, fh, indent=2)
        fh.write("\n")


def fit_logistic(
    rows: list[dict[str, float]], labels: list[int], features, l2: float = 1.0, weights=None
) -> Model:
    """Logistic regression by Newton's method with an L2 penalty (the intercept is not
    penalised): the probabilities it gives are calibrated on the rows it was fitted to."""
    import numpy as np

    x = np.array([[r.get(f, 0.0) for f in features] for r in rows], dtype=float)
    x = np.hstack([np.ones((len(rows), 1)), x])
    y = np.array(labels, dtype=float)
    sw = np.ones(len(rows)) if weights is None else np.array(weights, dtype=float)
    w = np.zeros(x.shape[1])
    penalty = np.eye(x.shape[1]) * l2
    penalty[0, 0] = 0.0
    for _ in range(50):
        p = 1.0 / (1.0 + np.exp(-np.clip(x @ w, -30, 30)))
        grad = x.T @ (sw * (p - y)) + penalty @ w
        hess = (x * (sw * p * (1 - p))[:, None]).T @ x + penalty + 1e-9 * np.eye(x.shape[1])
        step = np.linalg.solve(hess, grad)
        w -= step
        if np.abs(step).max() < 1e-8:
            break
    return Model(tuple(features), [float(c) for c in w[1:]], float(w[0]))


def fit_conditional_logit(
    groups: list[tuple[list[dict[str, float]], int, float]], features, l2: float = 0.05
) -> Model:
    """A ranking model: per question, the softmax of ``coef · features`` over its readings (or
    candidates) is the probability that each is the right one. ``groups``: (rows, index of the
    right row, weight). Newton's method with a line search; the L2 penalty is ``l2`` per unit
    of question weight, so it holds however many questions there are."""
    import numpy as np

    xs = [
        np.array([[r.get(f, 0.0) for f in features] for r in rows], dtype=float)
        for rows, _, _ in groups
    ]
    total = sum(weight for _, _, weight in groups)
    lam = l2 * total

    def loss(w):
        out = 0.5 * lam * float(w @ w)
        for x, (_, right, weight) in zip(xs, groups):
            z = x @ w
            top = z.max()
            out += weight * (top + np.log(np.exp(z - top).sum()) - z[right])
        return out

    w = np.zeros(len(features))
    current = loss(w)
    for _ in range(100):
        grad = lam * w
        hess = lam * np.eye(len(features))
        for x, (_, right, weight) in zip(xs, groups):
            z = x @ w
            p = np.exp(z - z.max())
            p /= p.sum()
            mean_x = p @ x
            grad += weight * (mean_x - x[right])
            hess += weight * ((x * p[:, None]).T @ x - np.outer(mean_x, mean_x))
        step = np.linalg.solve(hess + 1e-9 * np.eye(len(features)), grad)
        size = 1.0
        while size > 1e-4:
            trial = w - size * step
            new = loss(trial)
            if new <= current:
                break
            size /= 2
        if size <= 1e-4 or current - new < 1e-9 * max(1.0, abs(current)):
            w = trial if new <= current else w
            break
        w, current = trial, new
    return Model(tuple(features), [float(c) for c in w], 0.0)


def softmax_scores(model: Model, rows: list[dict[str, float]]) -> list[float]:
    """The ranking model's probability for each row of one question."""
    if not rows:
        return []
    z = [
        model.intercept + sum(c * r.get(f, 0.0) for c, f in zip(model.coef, model.features))
        for r in rows
    ]
    top = max(z)
    e = [math.exp(v - top) for v in z]
    total = sum(e)
    return [v / total for v in e]
