"""Several question sets at once, each on the graph of its own documents: one table.

``QUESTIONS.jsonl=DOC[,DOC...]`` evaluates a set on a graph built from those documents (built
incrementally into a cache folder, so a second run builds nothing); a set without documents is
evaluated on the current build.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from .evaluate import evaluate, read_questions


@dataclass
class EvalSet:
    questions: Path
    documents: list[Path] = field(default_factory=list)  # empty: the current build

    @property
    def name(self) -> str:
        if not self.documents:
            return f"{self.questions.name} on the current build"
        if len(self.documents) > 2:
            return f"{self.questions.name} on {len(self.documents)} documents"
        return f"{self.questions.name} on {', '.join(d.name for d in self.documents)}"


def parse_eval_set(arg: str) -> EvalSet:
    """``questions.jsonl`` or ``questions.jsonl=doc1.md,doc2.html``."""
    questions, _, docs = arg.partition("=")
    return EvalSet(Path(questions), [Path(d) for d in docs.split(",") if d])


def _build_for(documents: list[Path], root: Path, model: str | None, store: str) -> Path:
    from .rebuild import rebuild

    key = hashlib.sha1("\n".join(sorted(str(d.resolve()) for d in documents)).encode()).hexdigest()
    build_dir = root / key[:16] / "build"
    rebuild(documents, build_dir, store=store, model=model)
    return build_dir


def evaluate_sets(
    sets: list[EvalSet],
    current_build: Path,
    cache_root: Path,
    model: str | None = None,
    store: str = "oxigraph",
    progress: Callable[[str], None] | None = None,
) -> list[dict]:
    """Per set: its name, summary (F1, hits@1, declines, ...) and per-question rows."""
    from .engine import Engine

    engines: dict[Path, Engine] = {}
    out = []
    for s in sets:
        if progress:
            progress(s.name)
        build_dir = (
            _build_for(s.documents, cache_root, model, store) if s.documents else current_build
        )
        if build_dir not in engines:
            engines[build_dir] = Engine(build_dir, model=model)
        engine = engines[build_dir]
        aliases = {iri: e.aliases for iri, e in engine.view.entities.items()}
        summary, rows = evaluate(engine.ask_many, read_questions(s.questions), aliases)
        out.append({"set": s.name, "summary": summary, "questions": rows})
    return out
