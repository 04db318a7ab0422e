"""Tables drawn in plain text: a code block whose lines are a grid of cells.

Where a tool lacks tables (a Medium post, a plain-text note, a terminal's output), authors
draw them in a preformatted block::

                 |  Gromble          |  Quill
     ------------+-------------------+------------------
      approach   |  statistical      |  neural network
      hardware   |  CPU only         |  CPU or GPU

The cells are parted by ``|`` (or the box-drawing ``│``); a rule of dashes (``-+-``, ``═``,
``─┼─``) stands under the header. Such a block becomes a :class:`Table` beside the code, the
header its first line of cells, so the rest of the build reads it as it reads any table. Rows
are at their own lines. Code with pipes in it (shell pipelines) lacks a rule under its first
line, and rows of one width; it stays code only.
"""

from __future__ import annotations

import re

from .blocks import Block, Code, Row, Source, Table

_BARS = "|│┃║"
# a rule: dashes (or box lines), with crossings and bars between them, nothing else
_RULE = re.compile(
    r"^\s*[-=─━═+┼╋╬├┤┌┐└┘┬┴╔╗╚╝╠╣╦╩:|│┃║ ]*[-=─━═]{3,}[-=─━═+┼╋╬├┤┌┐└┘┬┴╔╗╚╝╠╣╦╩:|│┃║ ]*$"
)


def _cells(line: str, opened: bool, closed: bool) -> list[str]:
    """A line's cells, without the bars that open or close it (where its rule has them: a
    bar after spaces under a rule that opens with dashes closes an empty first cell)."""
    parts = re.split(f"[{_BARS}]", line.strip())
    if opened and len(parts) > 1 and not parts[0].strip():
        parts = parts[1:]
    if closed and len(parts) > 1 and not parts[-1].strip():
        parts = parts[:-1]
    return [p.strip() for p in parts]


_EDGES = "+┼╋╬├┤┌┐└┘┬┴╔╗╚╝╠╣╦╩:|│┃║"


def drawn_table(code: Code) -> Table | None:
    """The table a code block draws, or None when it draws none."""
    lines = code.text.split("\n")
    rows = [(i, line) for i, line in enumerate(lines) if line.strip()]
    # the first line of cells (a rule may stand above it: "+----+----+"), then a rule
    head = next((k for k, (_, line) in enumerate(rows) if not _RULE.match(line)), None)
    if head is None or head + 1 >= len(rows) or not _RULE.match(rows[head + 1][1]):
        return None
    if any(not _RULE.match(line) for _, line in rows[:head]):
        return None
    rule = rows[head + 1][1].strip()
    opened, closed = rule[:1] in _EDGES, rule[-1:] in _EDGES
    header = _cells(rows[head][1], opened, closed)
    body = [
        (i, _cells(line, opened, closed)) for i, line in rows[head + 2 :] if not _RULE.match(line)
    ]
    if (
        len(header) < 2
        or not re.search(f"[{_BARS}]", rows[head][1])
        or len(body) < 2
        # a row may leave its last cells out, never add one
        or any(len(cells) > len(header) or len(cells) < 2 for _, cells in body)
    ):
        return None
    body = [(i, cells + [""] * (len(header) - len(cells))) for i, cells in body]
    s = code.source
    # a fenced block's text starts on the line after its fence
    first = s.line_start + (1 if s.line_end - s.line_start + 1 >= len(lines) + 2 else 0)
    return Table(
        header,
        [Row(cells, first + i) for i, cells in body],
        Source(s.document, s.section, s.line_start, s.line_end, s.page),
    )


def drawn_tables(blocks: list[Block]) -> list[Block]:
    """``blocks``, each code block that draws a table followed by that table."""
    out: list[Block] = []
    for b in blocks:
        out.append(b)
        if isinstance(b, Code) and (table := drawn_table(b)) is not None:
            out.append(table)
    return out
