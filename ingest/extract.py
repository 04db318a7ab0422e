"""The ingest pipeline: read documents, interpret their blocks, link every mention."""

from __future__ import annotations

import hashlib
import re
from collections.abc import Callable, Iterable
from pathlib import Path

from .builder import Builder
from .markdown import ParseError, parse_markdown
from .model import Extraction
from .outline import interpret_outline

SUPPORTED_SUFFIXES = (".md", ".markdown", ".txt")


def _read(path: Path) -> str:
    if path.suffix.lower() not in SUPPORTED_SUFFIXES:
        raise ParseError(
            str(path),
            1,
            f"unsupported document type {path.suffix!r} (supported: {', '.join(SUPPORTED_SUFFIXES)})",
        )
    data = path.read_bytes()
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise ParseError(str(path), data[: exc.start].count(b"\n") + 1, "not UTF-8 text") from exc


def extract_documents(
    paths: Iterable[str | Path],
    progress: Callable[[str], None] | None = None,
) -> Extraction:
    """Entities, text units and facts of the given documents, as one resolved whole."""
    b = Builder()
    for path in map(Path, paths):
        text = _read(path)
        b.out.documents[path.name] = hashlib.sha256(text.encode()).hexdigest()
        interpret_outline(parse_markdown(text, path.name), b)
        if progress:
            progress(path.name)
    b.resolve_pending()
    link_mentions(b)
    return b.out


def link_mentions(b: Builder) -> None:
    """Link each text unit to every entity its text names (labels and aliases, whole words)."""
    forms = b.registry.surface_forms()
    # the other prefix of a service name is the same service ("AWS QuickSight")
    for e in b.out.entities.values():
        if e.cls == "Service":
            for n in (e.label, *e.aliases):
                for a, z in (("Amazon ", "AWS "), ("AWS ", "Amazon ")):
                    if n.startswith(a):
                        forms.setdefault(z + n[len(a) :], e.id)
    exact = {f: eid for f, eid in forms.items() if len(f) <= 4 or f.isupper()}
    folded = {f.lower(): eid for f, eid in forms.items() if f not in exact}
    pattern = re.compile(
        r"(?<![\w-])("
        + "|".join(re.escape(f) for f in sorted(forms, key=len, reverse=True))
        + r")(?![\w-])",
        re.I,
    )
    for unit in b.out.units.values():
        for m in pattern.finditer(unit.text):
            s = m.group(1)
            eid = exact.get(s) or folded.get(s.lower())
            if eid:
                unit.mentions.add(eid)
                e = b.out.entities[eid]
                if (
                    s != e.label
                    and s not in e.aliases
                    and s.lower() not in {a.lower() for a in e.aliases}
                    and s.lower() != e.label.lower()
                ):
                    e.aliases.add(s)  # a spelling the document uses
