"""Decision trees drawn as Mermaid flowcharts: each outcome and the answers that lead to it.

Study notes draw their "which one do I pick" advice as a flowchart in a code block::

    flowchart TD
        A[Rows arrive] --> B{Need replay?}
        B -- yes --> Q[Quill Stream]
        B -- no --> F[Fern Hose]

Its boxes that are no question (``{...}``) are the choices; the path that reaches a choice is
when to use it ("Rows arrive; Need replay? yes"). The choices become a table of two columns,
the choice and when to use it, each row at the line of the arrow into the choice, so the rest
of the build reads them as it reads any table of when to use what. Other diagrams (sequence,
class, state) and code are left as code.
"""

from __future__ import annotations

import re
from collections import deque

from .blocks import Code, Row, Source, Table
from .text import plain

_HEADER = re.compile(r"^\s*(?:flowchart|graph)(?:\s+(?:TD|TB|BT|LR|RL))?\s*;?\s*$", re.I)
# a line that draws nothing: a comment, a style, a class, a click, a group's start or end
_NOT_DRAWN = re.compile(
    r"^\s*(?:%%|style\b|classDef\b|class\b|click\b|linkStyle\b|subgraph\b|end\s*$|direction\b)"
)
# a box: its id and, the first time it is drawn, its label in a shape's brackets
_NODE = re.compile(
    r"\s*(?P<id>\w+)\s*(?::::[\w-]+)?"
    r"(?:(?P<open>\(\(|\(\[|\[\[|\[\(|\{\{|\[/|\[\\|\[|\(|\{|>)"
    r"(?P<label>\"[^\"]*\"|[^\"\]\)\}]*?)"
    r"(?P<close>\)\)|\]\)|\]\]|\)\]|\}\}|/\]|\\\]|\]|\)|\})(?::::[\w-]+)?)?\s*"
)
# an arrow, with the words on it: "-- yes -->", "-->|yes|", "-. maybe .->", "== yes ==>"
_ARROW = re.compile(
    r"\s*(?:(?:--|==|-\.)\s+(?P<mid>\S.*?)\s+(?:-->|---|==>|\.->)"
    r"|<?(?:-{2,}>|-{3,}|-\.+->|={2,}>|--[ox]))"
    r"(?:\s*\|(?P<pipe>[^|]*)\|)?\s*"
)


def _label(raw: str) -> str:
    text = raw.strip()
    if len(text) >= 2 and text[0] == text[-1] == '"':
        text = text[1:-1]
    text = re.sub(r"(?i)<br\s*/?>", " ", text)
    return plain(text).strip()


def _edges(lines: list[str]):
    """(labels of boxes, (from, to, words on the arrow, index of the line))."""
    labels: dict[str, str] = {}
    questions: set[str] = set()
    edges: list[tuple[str, str, str, int]] = []

    def node(line: str, pos: int) -> tuple[str, int] | None:
        m = _NODE.match(line, pos)
        if not m or not m["id"]:
            return None
        if m["open"] is not None:
            labels.setdefault(m["id"], _label(m["label"]))
            if m["open"] in ("{", "{{"):
                questions.add(m["id"])
        else:
            labels.setdefault(m["id"], m["id"])
        return m["id"], m.end()

    for i, line in enumerate(lines):
        if _NOT_DRAWN.match(line) or not line.strip():
            continue
        for part in line.split(";"):
            first = node(part, 0)
            if not first:
                continue
            left, pos = first
            while pos < len(part):
                a = _ARROW.match(part, pos)
                if not a:
                    break
                right = node(part, a.end())
                if not right:
                    break
                words = _label(a["mid"] or a["pipe"] or "")
                edges.append((left, right[0], words, i))
                left, pos = right
    return labels, questions, edges


def _choices(label: str) -> list[str]:
    """The things a box offers: "Grouping: Quill / Fern" offers Quill and Fern, "Quill or
    Fern rows" both (each of a few words)."""
    head, colon, rest = label.partition(": ")
    if colon and rest and len(head.split()) <= 3:
        label = rest
    parts = [p.strip() for p in re.split(r"\s+/\s+|\s+or\s+", label) if p.strip()]
    if len(parts) < 2 or any(len(p.split()) > 4 for p in parts):
        return [label]
    head = parts[-1].split()
    if len(head) > 1 and head[0].islower() and all(len(p.split()) == 1 for p in parts[:-1]):
        # "Zorb / quill rows": both are rows ("Zorb / Quill Rows" names two things)
        parts[:-1] = [f"{p} {head[-1]}" for p in parts[:-1]]
    return [p[:1].upper() + p[1:] for p in parts]


def flowchart_choices(code: str) -> list[tuple[str, str, int]]:
    """(choice, when to use it, 0-based line of the arrow into it) of a Mermaid flowchart;
    [] for any other code."""
    lines = code.split("\n")
    head = next((k for k, line in enumerate(lines) if line.strip()), None)
    if head is None or not _HEADER.match(lines[head]):
        return []
    labels, questions, edges = _edges(lines[head + 1 :])
    into: dict[str, list[tuple[str, str, int]]] = {}
    for a, b, words, i in edges:
        into.setdefault(b, []).append((a, words, i + head + 1))
    roots = [n for n in labels if n not in into] or list(labels)[:1]
    # the first way to each box, breadth first from the boxes nothing leads to
    way: dict[str, list[tuple[str, str]]] = {r: [] for r in roots}
    queue = deque(roots)
    while queue:
        n = queue.popleft()
        for a, b, words, _ in edges:
            if a == n and b not in way:
                way[b] = [*way[n], (a, words)]
                queue.append(b)
    out = []
    for n, arrows in into.items():
        if n in questions or n not in way or not labels.get(n):
            continue
        steps = [f"{labels[a]} {words}".strip() for a, words in way[n]]
        when = "; ".join(s for s in steps if s)
        out += [(name, when, arrows[0][2]) for name in _choices(labels[n])]
    return sorted(out, key=lambda t: t[2])


def flowcharts_as_tables(blocks: list) -> list:
    """Each Mermaid flowchart among ``blocks`` as the table of its choices and when to use
    each (the code block stays for reading); other blocks as they are."""
    out = []
    for b in blocks:
        out.append(b)
        if not isinstance(b, Code):
            continue
        choices = flowchart_choices(b.text)
        if not choices:
            continue
        s = b.source
        first = s.line_start + 1  # the line after the fence
        rows = [Row([name, when], first + i) for name, when, i in choices if when]
        if rows:
            out.append(
                Table(
                    ["", "When to use"],
                    rows,
                    Source(s.document, s.section, s.line_start, s.line_end, s.page),
                )
            )
    return out
