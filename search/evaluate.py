"""Evaluation over question files shaped like shared/eval/questions-dev.jsonl.

A predicted answer matches a gold answer by name or any ``accept`` alias (the predicted
entity's own aliases count too: it is the same thing); ``optional`` answers count neither for
nor against; unanswerable questions must be declined.
"""

from __future__ import annotations

import json
import re
from collections import defaultdict
from pathlib import Path
from statistics import mean


def read_questions(path: str | Path) -> list[dict]:
    out = []
    for n, line in enumerate(Path(path).read_text(encoding="utf-8").splitlines(), 1):
        if line.strip():
            try:
                out.append(json.loads(line))
            except json.JSONDecodeError as exc:
                raise ValueError(f"{path}:{n}: not a JSON object ({exc.msg})") from exc
    return out


def _norm(text: str) -> str:
    text = re.sub(r"^(amazon|aws)\s+", "", text.strip().lower())
    return re.sub(r"[^a-z0-9]+", "", text)


def _names(gold: str, accept: dict) -> set[str]:
    return {_norm(gold), *(_norm(a) for a in accept.get(gold, []))}


def score_answer(item: dict, result: dict, aliases: dict[str, list[str]] | None = None) -> dict:
    """Precision, recall, F1, hit@1 and must-mention for one question."""
    aliases = aliases or {}
    accept = item.get("accept", {})
    gold = item.get("answers", [])
    optional = item.get("optional", [])
    predicted = result.get("answers", []) if result.get("answered") else []
    unanswerable = item.get("kind") == "unanswerable" or not gold
    if unanswerable:
        ok = not result.get("answered")
        return {
            "precision": float(ok),
            "recall": float(ok),
            "f1": float(ok),
            "hit1": None,
            "declined": ok,
            "mention": None,
        }

    def matches(pred: dict, name: str) -> bool:
        forms = {_norm(pred["label"]), *(_norm(a) for a in aliases.get(pred.get("iri", ""), []))}
        return bool(forms & _names(name, accept))

    tp, extra, found = 0, 0, set()
    for p in predicted:
        g = next((g for g in gold if g not in found and matches(p, g)), None)
        if g is not None:
            found.add(g)
            tp += 1
        elif any(matches(p, o) for o in optional):
            continue
        else:
            extra += 1
    precision = tp / (tp + extra) if tp + extra else 0.0
    recall = tp / len(gold)
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    hit1 = bool(predicted) and any(matches(predicted[0], g) for g in gold)
    text = " ".join(
        [result.get("summary", "")] + [e["text"] for a in predicted for e in a.get("evidence", [])]
    ).lower()
    text = re.sub(r"\s+", " ", text)
    must = item.get("must_mention", [])
    mention = sum(m.lower() in text for m in must) / len(must) if must else None
    return {
        "precision": precision,
        "recall": recall,
        "f1": f1,
        "hit1": hit1,
        "declined": not result.get("answered"),
        "mention": mention,
    }


def _pct(values: list[float], p: float) -> float:
    s = sorted(values)
    return round(s[min(len(s) - 1, int(round(p * (len(s) - 1))))], 2) if s else 0.0


BANDS = (0.0, 0.2, 0.4, 0.6, 0.8, 1.0001)


def calibration_bands(results: list[dict], scores: list[dict]) -> list[dict]:
    """Accuracy per confidence band: of the answers given with a confidence in the band, how
    many were right (F1 at least 0.5). Declined questions are not in any band."""
    out = []
    for lo, hi in zip(BANDS, BANDS[1:]):
        inside = [
            s
            for r, s in zip(results, scores)
            if r.get("answered") and lo <= r.get("confidence", 0.0) < hi
        ]
        out.append(
            {
                "band": f"{lo:.1f}-{min(hi, 1.0):.1f}",
                "answers": len(inside),
                "accuracy": round(mean(s["f1"] >= 0.5 for s in inside), 3) if inside else None,
            }
        )
    return out


def summarise(items: list[dict], scores: list[dict], results: list[dict]) -> dict:
    by_kind: dict[str, list[float]] = defaultdict(list)
    for it, sc in zip(items, scores):
        by_kind[it.get("kind", "?")].append(sc["f1"])
    answerable = [
        s for it, s in zip(items, scores) if it.get("kind") != "unanswerable" and it.get("answers")
    ]
    unanswerable = [
        s
        for it, s in zip(items, scores)
        if not (it.get("kind") != "unanswerable" and it.get("answers"))
    ]
    mentions = [s["mention"] for s in scores if s["mention"] is not None]
    latency = [r.get("timings", {}).get("total_ms", 0.0) for r in results]
    return {
        "questions": len(items),
        "f1": round(mean(s["f1"] for s in scores), 4) if scores else 0.0,
        "precision": round(mean(s["precision"] for s in scores), 4) if scores else 0.0,
        "recall": round(mean(s["recall"] for s in scores), 4) if scores else 0.0,
        "hits_at_1": round(mean(float(s["hit1"]) for s in answerable), 4) if answerable else None,
        "unanswerable_declined": f"{sum(s['declined'] for s in unanswerable)}/{len(unanswerable)}",
        "answerable_declined": sum(s["declined"] for s in answerable),
        "must_mention": round(mean(mentions), 4) if mentions else None,
        "f1_by_kind": {k: round(mean(v), 4) for k, v in sorted(by_kind.items())},
        "latency_ms": {"p50": _pct(latency, 0.5), "p95": _pct(latency, 0.95)},
        "calibration": calibration_bands(results, scores),
    }


def evaluate(
    ask_many, items: list[dict], aliases: dict[str, list[str]] | None = None
) -> tuple[dict, list[dict]]:
    """(summary, per-question rows) of answering ``items`` with ``ask_many``."""
    results = ask_many([it["question"] for it in items])
    scores = [score_answer(it, r, aliases) for it, r in zip(items, results)]
    rows = [
        {
            "id": it.get("id"),
            "kind": it.get("kind"),
            "question": it["question"],
            **sc,
            "predicted": [a["label"] for a in r.get("answers", [])] if r.get("answered") else [],
            "gold": it.get("answers", []),
        }
        for it, sc, r in zip(items, scores, results)
    ]
    return summarise(items, scores, results), rows


def node_coverage(items: list[dict], names: list[str]) -> dict:
    """How many gold answer entities of ``items`` exist as nodes, given every node's names.

    A gold answer counts as present when its name or one of its ``accept`` aliases equals a
    node's label or alias (case, punctuation and an Amazon/AWS prefix ignored). ``optional``
    answers are not counted, nor the answers of yes/no questions.
    """
    known = {_norm(n) for n in names}
    needed, missing = 0, []
    for it in items:
        if it.get("kind") == "yesno":
            continue
        for gold in it.get("answers", []):
            needed += 1
            if not _names(gold, it.get("accept", {})) & known:
                missing.append(f"{it.get('id')}: {gold}")
    return {
        "needed": needed,
        "present": needed - len(missing),
        "coverage": round((needed - len(missing)) / needed, 4) if needed else 1.0,
        "missing": missing,
    }
