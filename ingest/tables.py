"""Tables → facts. The meaning of a table comes from its header and its shape.

Two shapes: *row tables*, one entity per row (an "Algorithm" or "Service" column, with
description, "When to Use" and tools columns, and maybe a category column whose empty cells
continue the row above), and *comparison tables*, transposed, whose first row names the
entities and whose first column names the criteria.
"""

from __future__ import annotations

import html
import re

from .blocks import Row, Source, Table
from .builder import FUNCTION_WORDS, VERSUS, Builder, is_name_like
from .lexicon import (
    header_head,
    is_everyday,
    is_meta_heading,
    is_plural_noun_phrase,
    is_tool_header,
    literal_role,
    singular,
    without_quantifiers,
)
from .lists import (
    VAGUE_KINDS,
    embedded_lists,
    is_listed_name,
    lead_kind,
    lower_case_names,
    named_items,
)
from .model import Entity, TextUnit
from .names import (
    POINT_DOT,
    algorithm_spellings,
    is_acronym,
    known_algorithms,
    name_key,
    parse_name,
    split_list,
    split_outside_parentheses,
)
from .text import bold_terms, cell_bullets, cell_items, cell_leads, plain

_GENERIC_FIRST = {
    "",
    "criteria",
    "criterion",
    "aspect",
    "category",
    "feature",
    "attribute",
    "comparison",
    "factor",
    "dimension",
    "parameter",
}
# a header that is a verb ("Does", "Has"): what the row does, no kind of thing
_AUXILIARIES = frozenset("do does did has have had is are was were can will".split())
_CATEGORY_HEADER = re.compile(
    r"\b(type|category|use case|task|requirement|scenario|step|problem)\b", re.I
)
_ENTITY_HEADER = re.compile(r"\b(option|choice|best model|approach)\b", re.I)


def _wrapped_rows_joined(table: Table) -> Table:
    """A row whose first two cells are empty, of three or more, goes on with the row above: a
    cell wrapped onto a line of its own (a PDF's table), not a new row of a category above.
    Code under code is a line of its own ("`num_trees`" over "`num_rows`"), words go on."""

    def joined(a: str, c: str) -> str:
        if not c.strip() or not a.strip():
            return a or c
        code = a.rstrip().endswith("`") and c.lstrip().startswith("`")
        return f"{a}<br>{c}" if code else f"{a} {c}"

    rows: list[Row] = []
    for r in table.rows:
        if rows and len(r.cells) >= 3 and not plain(r.cells[0]) and not plain(r.cells[1]):
            prev = rows[-1]
            width = max(len(prev.cells), len(r.cells))
            a, c = (
                prev.cells + [""] * (width - len(prev.cells)),
                r.cells + [""] * (width - len(r.cells)),
            )
            prev.cells = [joined(x, y) for x, y in zip(a, c)]
        else:
            rows.append(Row(list(r.cells), r.line))
    return table if len(rows) == len(table.rows) else Table(table.header, rows, table.source)


# a cell that only marks whether ("✓", "✗¹", "◐"): what the mark says, in words
_MARKS = (("✓✔☑✅", "yes"), ("✗✘❌✕☒", "no"), ("◐◑◒◓", "partial"))
YES_MARKS = frozenset(_MARKS[0][0])  # each a mark that says yes


def _marked(cell: str) -> str:
    bare = re.sub(r"(?is)<sup\b.*?</sup>", "", cell)  # a footnote's mark after it
    bare = html.unescape(re.sub(r"<[^>]+>", "", bare)).strip()
    bare = re.sub(r"[¹²³⁴⁵⁶⁷⁸⁹⁰*†‡]+$", "", bare).strip()
    remark = re.match(r"^(\S)\s*(\(.*\))$", bare, re.S)  # "✓ (a note on it)"
    for marks, said in _MARKS:
        if len(bare) == 1 and bare in marks:
            return said
        if remark and remark[1] in marks:
            return f"{said} {remark[2]}"
    return cell


def _grouping_column(table: Table) -> bool:
    """Whether the first column only groups the rows the second names, under one header
    spanning both: each value of the first stands in a run of rows, the second's differ."""
    h = [plain(x).lower() for x in table.header]
    if len(h) < 3 or not h[0] or h[0] != h[1] or len(table.rows) < 3:
        return False
    firsts = [plain(r.cells[0]) for r in table.rows]
    runs = sum(1 for i, c in enumerate(firsts) if i == 0 or c != firsts[i - 1])
    return runs < len(firsts) and _distinct(table.rows, 1)


def interpret_table(table: Table, b: Builder) -> list[Entity]:
    """Read one table; the things its rows (or columns) are about, in order."""
    table = _wrapped_rows_joined(table)
    rows = [Row([_marked(c) for c in r.cells], r.line) for r in table.rows]
    table = Table(table.header, rows, table.source)
    if _grouping_column(table):
        # "Feature" spanning two columns over "Limits | Max rows": the first column
        # groups the rows, the second names them
        rows = [Row(r.cells[1:], r.line) for r in table.rows]
        table = Table(table.header[1:], rows, table.source)
    headers = [plain(h) for h in table.header]
    width = _repeat_width(headers)
    if width:
        # "Acronym | Meaning | Acronym | Meaning": the same table set twice side by side
        rows = [
            Row(r.cells[i : i + width], r.line)
            for i in range(0, len(headers), width)
            for r in table.rows
            if any(plain(c) for c in r.cells[i : i + width])
        ]
        table, headers = Table(table.header[:width], rows, table.source), headers[:width]
    if groups := _row_groups(table, headers):
        # "— Supervised algorithms —" alone on its row over the rows of its group: a label
        # that names the kind of the rows under it, not a thing
        found = []
        for label, line, rows in groups:
            part = interpret_table(Table(table.header, rows, table.source), b) if rows else []
            if label:
                u = b.unit(label, _row_source(table, Row([label], line)))
                for e in part:
                    b.kind(e, _group_kind(label), u)
            found += part
        return found
    if _is_grid(table, headers):
        _grid(table, headers, b)
        return []
    if _versus_rows(table, b):
        # "Drip mode vs Gulp mode | Drip mode | Gulp mode | Pick A when ... | Pick B when ...":
        # each row sets two things side by side, and each side's columns say of its thing
        if sides := _sides(table, headers, b):
            return _rows(*sides, b, subject_col=0)
        return _rows(table, headers, b, subject_col=0)
    if _is_comparison(table, headers, b):
        return _comparison(table, headers, b)
    if _is_side_by_side(table, headers, b):
        return _side_by_side(table, headers, b)
    if columns := _column_groups(table, headers, b):
        return columns
    return _rows(table, headers, b)


def _row_groups(table: Table, headers: list[str]) -> list[tuple[str, int, list[Row]]]:
    """The rows of a table in the groups its label rows open (a row with words in its first
    cell only, in a table of three columns or more whose other rows fill more): (label, its
    line, the rows under it); the rows before the first label have none. [] when no row is
    such a label."""
    if len(headers) < 3:
        return []
    said = [[plain(c) for c in r.cells] for r in table.rows]
    bold = [_is_bold(r.cells[0]) if r.cells else False for r in table.rows]

    def label(i: int) -> bool:  # the row's words in its first cell only, set as a label
        first, rest = said[i][0] if said[i] else "", said[i][1:]
        if not first or any(c and c != first for c in rest):
            return False
        return (
            all(rest)  # one cell spanning the row (repeated in the grid)
            or bool(re.match(r"^[—–-]+\s.*\s[—–-]+$|.*:$", first))  # "— Supervised —"
            or (bold[i] and sum(bold) * 2 < len(bold))  # bold where the rows' names are not
        )

    labels = {i for i in range(len(said)) if label(i)}
    if not labels or len(labels) * 2 > len(said):
        return []
    groups: list[tuple[str, int, list[Row]]] = [("", 0, [])]
    for i, r in enumerate(table.rows):
        if i in labels:
            groups.append((said[i][0].strip(" —–-*"), r.line, []))
        else:
            groups[-1][2].append(r)
    return [g for g in groups if g[0] or g[2]]


def _group_kind(label: str) -> str:
    """The kind a group label names: "Quill hubs: text" → "text Quill hub"; "Rows & logs" as
    it is."""
    head, _, qualifier = label.partition(": ")
    phrase = f"{qualifier} {head}" if qualifier and len(qualifier.split()) <= 4 else label
    return singular(phrase.strip())


def _is_grid(table: Table, headers: list[str]) -> bool:
    """Whether a small table is a grid of names with no column titles ("Delta Reads | Mirror
    Reads" over "Mirror Writes | Delta Writes"): every cell a short name, and
    each header cell sharing a word with a cell below it, as titles of columns never do."""
    cells = [plain(c) for r in table.rows for c in r.cells]
    if not table.rows or len(table.rows) > 4 or not all(cells) or len(headers) > 4:
        return False
    every = [*headers, *cells]
    if not all(is_name_like(c, 3) and c[:1].isupper() for c in every):
        return False
    below = [set(c.lower().split()) for c in cells]
    return all(any(set(h.lower().split()) & words for words in below) for h in headers)


def _grid(table: Table, headers: list[str], b: Builder) -> None:
    """Each name of a grid is a part of what the section is about."""
    s = table.source
    top = b.unit(
        " | ".join(headers), Source(s.document, s.section, s.line_start, s.line_start, s.page)
    )
    owner = b.entity(s.section_title, None, top) if s.section_title else None
    units = [(top, headers)] + [
        (b.unit(" | ".join(map(plain, r.cells)), _row_source(table, r)), list(map(plain, r.cells)))
        for r in table.rows
    ]
    for u, names in units:
        for name in names:
            e = b.entity(name, None, u)
            if e is not None and owner is not None and e.id != owner.id:
                b.fact(e, "partOf", owner, u)


def _repeat_width(headers: list[str]) -> int:
    """The width of a header that repeats itself ("A | B | A | B" → 2), or 0."""
    for width in range(1, len(headers) // 2 + 1):
        if len(headers) % width == 0 and all(
            h.lower() == headers[i % width].lower() for i, h in enumerate(headers)
        ):
            return width if any(headers[:width]) else 0
    return 0


def _is_bold(cell: str) -> bool:
    return bool(re.match(r"^\s*(<b>|<strong>|\*\*)", cell, re.I))


def _is_comparison(table: Table, headers: list[str], b: Builder) -> bool:
    if len(headers) < 3 or not table.rows:
        return False
    rest = headers[1:]
    if (
        b.class_for(headers[0])
        or _ENTITY_HEADER.search(headers[0])
        or any(
            (literal_role(h) or is_tool_header(h) or b.class_for(h)) and not _known_name(b, h)
            for h in rest
        )
    ):
        return False  # a first column named for a class ("Service"), or "Option": things, one a row
    if re.search(r"\s(?:type|kind)s?$", headers[0], re.I) and not any(
        _known_name(b, h) for h in rest
    ):
        return False  # "Host type | Role | Advice": the rows are things of that type
    if not all(h and is_name_like(h, 6) and not is_meta_heading(h) for h in rest):
        return False  # "How", "When to use": what is said of the rows, no things compared
    bold_first = sum(_is_bold(r.cells[0]) for r in table.rows) >= len(table.rows) / 2
    return headers[0].lower() in _GENERIC_FIRST or bold_first


def _is_side_by_side(table: Table, headers: list[str], b: Builder) -> bool:
    """A comparison with no column of criteria: things side by side, each header a name (one
    known at least, or all in capitals), each row what they are in one respect ("Bounding boxes | A class per
    pixel"), so the first column holds what is said, not names of rows."""
    if len(headers) < 2 or not table.rows:
        return False
    if not all(
        h
        and is_name_like(h, 6)
        and not is_meta_heading(h)
        and not b.class_for(h)
        and not literal_role(h)
        and not is_tool_header(h)
        and h.lower() not in _GENERIC_FIRST
        # "Best Model Choices": a plural names what a column holds, not one thing
        and (not is_plural_noun_phrase(h) or _known_name(b, h))
        for h in headers
    ):
        return False
    # one known, or every one written as a name ("Quill Drip | Quill Burst")
    if not any(_known_name(b, h) for h in headers) and not all(_one_name(b, h) for h in headers):
        return False
    firsts = [r.cells[0] for r in table.rows if plain(r.cells[0])]
    if sum(_is_bold(c) for c in firsts) * 2 >= len(firsts):
        return False  # "**Small** (<10K rows)": rows named in bold
    said = [
        c
        for c in firsts
        if len(re.sub(r"\([^()]*\)", "", plain(c)).split()) >= 3 and not _one_name(b, c)
    ]
    return len(firsts) >= 1 and 3 * len(said) >= 2 * len(firsts)


def _side_by_side(table: Table, headers: list[str], b: Builder) -> list[Entity]:
    """Each column's thing, and what each of its cells says of it; a cell led by a label
    ("Use: counting items") says it in that respect, as a criterion row would."""
    cls = b.class_for(table.source.section_title)
    columns = [b.entity(h, cls, None) for h in headers]
    for row in table.rows:
        src = _row_source(table, row)
        for col, cell in zip(columns, row.cells):
            value = plain(cell)
            if col is None or not value:
                continue
            m = re.match(r"^([A-Z][\w /-]{0,30}):\s+(\S.*)$", value)
            label, value = (m[1], m[2]) if m else ("", value)
            u = b.unit(f"{col.label}: {plain(cell)}", src)
            u.mentions.add(col.id)
            b.literal(col, "hasAttribute", value, u, b.criterion(label) if label else None)
            if label:
                _criterion_facts(b, col, label, value, u)
                cell_names(b, [col], label, value, u)
                continue
            # "FCN, PSP or DeepLabV3" alone in a cell: its parts, as names after a lead that
            # names it alone are
            names = named_items(value)
            if len(names) >= 2 and all(re.search(r"[A-Z]", n) for n in names):
                for name in names:
                    if (part := b.entity(name, None, u)) is not None:
                        b.fact(part, "partOf", col, u)
    return [c for c in columns if c is not None]


def _cell_names(cell: str) -> list[str]:
    """The items a cell lists, one a line (of two or more) or apart by commas ("Zorb (train),
    Quill")."""
    lines = cell_items(cell)
    return [x for line in (lines if len(lines) > 1 else [plain(cell)]) for x in split_list(line)]


def _column_groups(table: Table, headers: list[str], b: Builder) -> list[Entity]:
    """A table whose columns are groups: "CPU only | GPU only | Either" over names the notes
    know, each column as long as its group (a row with an empty first cell shows the columns
    are lists, not a row's attributes). Each header names a kind; the names in its column are
    things of it. The things; none when the table is not one."""
    if len(headers) < 2 or not all(headers) or len(table.rows) < 2:
        return []

    def named_thing(h: str) -> bool:  # a service, an algorithm, a thing of a class
        e = b.registry.find(h)
        return (e is not None and e.cls != "Concept") or (e is None and _known_name(b, h))

    if any(
        b.class_for(h) or named_thing(h) or literal_role(h) or is_tool_header(h) for h in headers
    ):
        return []  # a column named for a class or a thing: one thing a row
    if not any(not plain(r.cells[0]) and any(plain(c) for c in r.cells[1:]) for r in table.rows):
        return []
    columns = [
        [n for r in table.rows if i < len(r.cells) for n in _cell_names(r.cells[i])]
        for i in range(len(headers))
    ]
    names = [parse_name(n).canonical for col in columns for n in col]
    known = sum(_known_name(b, n) for n in names)
    # names all, two in three of them known ("Quill Segmentation" may be new here)
    if len(names) < 4 or known < 2 / 3 * len(names):
        return []
    if not all(n[:1].isupper() and is_name_like(n, 4) for n in names):
        return []
    s = table.source
    members = []
    for header, col in zip(headers, columns):
        u = b.unit(
            f"{header}: {', '.join(col)}",
            Source(s.document, s.section, s.line_start, s.line_start, s.page),
        )
        kind = parse_name(header).canonical  # "GPU only (training)": the kind "GPU only"
        for name in col:
            parsed = parse_name(name)
            full = algorithm_spellings().get(parsed.canonical)
            if full and full != parsed.canonical:  # "Seq2Seq": the algorithm's short name
                parsed.aliases.append(parsed.canonical)
                parsed.canonical = full
            cls = (
                "Algorithm"
                if full
                else "Service"
                if b.registry.catalog.lookup(parsed.canonical)
                else None
            )
            member = b.entity(name, cls, u, parsed=parsed)
            if member is not None:
                b.kind(member, kind, u)
                members.append(member)
    return members


def _row_text(headers: list[str], cells: list[str]) -> str:
    return " | ".join(
        f"{h}: {plain(c)}" if h else plain(c) for h, c in zip(headers, cells) if plain(c)
    )


def _comparison(table: Table, headers: list[str], b: Builder) -> list[Entity]:
    cls = b.class_for(table.source.section_title)
    columns = [
        b.entity(h, cls or ("Framework" if h.startswith("Apache ") else None), None)
        for h in headers[1:]
    ]
    for row in table.rows:
        crit_label = plain(row.cells[0])
        if not crit_label:
            continue
        crit = b.criterion(crit_label)
        src = _row_source(table, row)
        for col, cell in zip(columns, row.cells[1:]):
            value = plain(cell)
            if col is None or not value:
                continue
            u = b.unit(f"{crit_label} ({col.label}): {value}", src)
            u.mentions.add(col.id)
            b.literal(col, "hasAttribute", value, u, crit)
            _criterion_facts(b, col, crit_label, cell, u)
            if not literal_role(crit_label) and not is_tool_header(crit_label):
                # "Destinations: S3, Redshift, ..." of a column: as a row table's cell says it
                cell_names(b, [col], crit_label, cell, u)
    return [c for c in columns if c is not None]


def _criterion_facts(b: Builder, col: Entity, crit: str, cell: str, u: TextUnit) -> None:
    role = literal_role(crit)
    value = plain(cell)
    if role:
        b.literal(col, role, value, u)
    if is_tool_header(crit):
        for e in b.entities_in(cell, None, u):
            b.fact(col, "implementedWith", e, u)
    elif crit.lower().rstrip("s") in {"technique", "method", "algorithm", "example"}:
        items = split_list(value)
        if items and all(len(x.split()) <= 5 for x in items):
            for item in items:
                name = item[0].upper() + item[1:]
                is_example = crit.lower().startswith("example")
                e = b.entity(name, "UseCase" if is_example else "Technique", u)
                if e is not None:
                    b.fact(col, "usedFor", e, u) if is_example else b.fact(e, "techniqueOf", col, u)
    else:
        b.known_in(cell, u)
        _built_on(b, col, value, u)


def _built_on(b: Builder, subject: Entity, text: str, u: TextUnit) -> None:
    m = re.search(r"\b(?:built on(?: top of)?|atop|based on|runs? on top of)\s+(.+)", text, re.I)
    if not m:
        return
    target = re.split(r"[,;.]| and | with | for ", m.group(1))[0].strip()
    b.pending.append((subject, "builtOn", target, u))  # resolved once every name is known


def _row_source(table: Table, row: Row):
    from .blocks import Source

    s = table.source
    return Source(s.document, s.section, row.line, row.line, s.page)


def _subject_column(table: Table, headers: list[str], b: Builder) -> tuple[int, int | None]:
    """(subject column, category column or None)."""
    rows = table.rows
    if sum(_is_bold(r.cells[0]) for r in rows) >= max(1, len(rows) / 2):
        # bold row heads name the rows; but heads that repeat ("Speech", "Speech") beside a
        # column of distinct things the header names ("Service") group them
        named = [
            i
            for i, h in enumerate(headers)
            if i and (b.class_for(h) or re.search(r"service", h, re.I)) and not literal_role(h)
        ]
        if _distinct(rows, 0) or not named or not _distinct(rows, named[0]):
            return 0, None
        return named[0], 0
    candidates = [
        i
        for i, h in enumerate(headers)
        if ((b.class_for(h) or _ENTITY_HEADER.search(h)) and not literal_role(h))
        or re.search(r"service", h, re.I)
    ]
    # "Several loaders | ✓ | ✗": a column of marks says whether, it names nothing; a later
    # column of needs or use cases ("Monitor | Watches | Needs") says what each row's thing
    # needs or is for, not what the rows are
    candidates = [
        i
        for i in candidates
        if i == 0 or not (_marks(rows, i) or b.class_for(headers[i]) == "UseCase")
    ]
    has_blanks = any(not plain(r.cells[0]) for r in rows)
    category = (
        0
        if (
            has_blanks
            or _CATEGORY_HEADER.search(headers[0])
            or b.class_for(headers[0]) == "UseCase"  # "Need | Tool": the tool is the row's
        )
        and len(headers) > 1
        else None
    )
    for i in candidates:
        if i != category:
            if (
                category is not None
                and not has_blanks
                and _distinct(rows, 0)
                and not _distinct(rows, i)
            ):
                # "Type | Detects | Needs" with a value twice under "Needs": the first column,
                # a different thing each row, is what the rows are of, not a category of them
                return 0, None
            if category == 0 and not has_blanks and _distinct(rows, 0) and not _names(b, rows, i):
                # ... and so when each row's "Needs" are words, not names ("data capture +
                # baseline"): no category groups rows of one each
                return 0, None
            return i, category
    return 0, None


def _marks(rows: list[Row], col: int) -> bool:
    """Whether a column holds marks, not names: most of its cells without a letter ("✓",
    "✗", "–", "3"), or a few values over many rows ("yes", "no", "partial")."""
    raw = [re.sub(r"<[^>]+>", "", r.cells[col]).strip() for r in rows if col < len(r.cells)]
    cells = [c for c in raw if c]  # (as written: a check mark is no text of its own)
    if not cells:
        return False
    unlettered = sum(not re.search(r"[^\W\d_]", c) for c in cells)
    few = len(cells) >= 4 and len({c.lower() for c in cells}) <= 3
    return 2 * unlettered > len(cells) or few


def _names(b: Builder, rows: list[Row], col: int) -> bool:
    """Whether most cells of a column name things: known names, or written as names (each
    word capitalised or product-style, a few words)."""
    cells = [plain(r.cells[col]) for r in rows if col < len(r.cells) and plain(r.cells[col])]

    def name(c: str) -> bool:
        c = re.sub(r"\s*\([^()]*\)", "", c).strip()
        return _known_name(b, c) or (
            0 < len(c.split()) <= 4 and all(w[:1].isupper() or w[:1].isdigit() for w in c.split())
        )

    # (a cell may list several: "Amazon Quill, Zorbex NLP models")
    named = [c for c in cells if 2 * sum(map(name, split_list(c))) >= len(split_list(c))]
    return bool(cells) and len(named) >= len(cells) / 2


def _names_column(table: Table, headers: list[str], b: Builder) -> int | None:
    """In a table whose first column says what each row is for, in words ("copy rows
    between stores nightly | Zorbex Loader | ..."), the later column of names: nearly all of
    its cells name a thing known already (the documents, the service catalogue, the algorithm
    list) and no two cells the same, hardly any of the first column's do, and those are
    phrases, not names."""
    rows = [r for r in table.rows if plain(r.cells[0])]
    if len(rows) < 3 or len(headers) < 2:
        return None

    def known(i: int) -> float:  # distinct: a status column ("OK", "OK", "AVOID") is no names
        cells = {re.sub(r"\s*\([^()]*\)\s*$", "", plain(r.cells[i])).strip() for r in rows}
        return sum(bool(c) and _known_name(b, c) for c in cells) / len(rows)

    firsts = [plain(r.cells[0]) for r in rows]
    phrases = sum(len(c.split()) for c in firsts) / len(firsts) >= 3 or (
        sum(c[:1].islower() for c in firsts) > len(firsts) / 2
    )
    if not phrases or known(0) > 0.3:
        return None
    best = max(range(1, len(headers)), key=lambda i: (known(i), -i))
    return best if known(best) >= 0.6 else None


def _distinct(rows: list[Row], col: int) -> bool:
    """Whether no value of a column stands in two rows."""
    values = [plain(r.cells[col]).lower() for r in rows if col < len(r.cells)]
    return len(set(values)) == len(values)


def _names_problem(section: str, cls: str | None, b: Builder) -> bool:
    """Whether a section holding a table of algorithms is titled by the problem they solve
    ("Regression", "Demand Prediction"): a short common noun phrase, not a class name
    ("Tree Algorithms") and not a product's name."""
    words = section.split()
    return (
        cls == "Algorithm"
        and 0 < len(words) <= 3
        and b.class_for(section) is None
        and not b.registry.catalog.lookup(section)
        and all(w.isalpha() or "-" in w for w in words)
        and not any(w.isupper() for w in words)
        and not any(FUNCTION_WORDS.fullmatch(w.lower()) for w in words)  # "The big table"
    )


def _versus_rows(table: Table, b: Builder) -> bool:
    """Whether the first column's cells set things side by side ("Quill vs Fern"), two rows
    in three at least (of two or more)."""
    firsts = [r.cells[0] for r in table.rows if plain(r.cells[0])]
    return len(firsts) >= 2 and 3 * sum(bool(_compared(b, c)) for c in firsts) >= 2 * len(firsts)


def _sides(table: Table, headers: list[str], b: Builder) -> tuple[Table, list[str]] | None:
    """A table of "Quill vs Fern" rows whose columns come in sides: one column holding each
    row's first thing and one its second ("Option A | Option B"), and columns told apart by
    the same word ("Pick A when | Pick B when"). The table of one row per side: the thing,
    the columns of both sides (the side's word left out), its own side's cells. None when
    no column holds the things compared."""
    rows = [r for r in table.rows if _compared(b, r.cells[0])]
    keys = [[name_key(p) for p in _compared(b, r.cells[0])] for r in rows]
    width = min(len(k) for k in keys)
    holders = []
    for side in range(width):
        found = [
            i
            for i in range(1, len(headers))
            if 3 * sum(name_key(plain(r.cells[i])) == k[side] for r, k in zip(rows, keys))
            >= 2 * len(rows)
        ]
        if not found:
            return None
        holders.append(found[0])
    words = [set(headers[i].lower().split()) for i in holders]
    common = set.intersection(*words)
    marks = [w - common for w in words]  # "a", "b": the word of each side
    if not all(marks):
        return None
    side_of = {h: k for k, h in enumerate(holders)}
    for i, h in enumerate(headers):
        hw = set(h.lower().split())
        own = [k for k, m in enumerate(marks) if hw & m]
        if i not in side_of and i and len(own) == 1:
            side_of[i] = own[0]
    # one column per side-column pair, called by its header without the side's word
    paired = [i for i in range(1, len(headers)) if i in side_of and side_of[i] == 0]
    shared = [i for i in range(len(headers)) if i not in side_of]

    def bare(h: str) -> str:
        return " ".join(w for w in h.split() if w.lower() not in marks[0])

    out_headers = [""] + [bare(headers[i]) for i in paired[1:]] + [headers[i] for i in shared]
    out_rows = []
    for r in table.rows:
        for side in range(width):
            cols = [i for i in sorted(side_of) if side_of[i] == side]
            if len(cols) != len(paired) or not plain(r.cells[cols[0]]):
                continue
            cells = [r.cells[i] for i in cols] + [r.cells[i] for i in shared]
            out_rows.append(Row(cells, r.line))
    return Table([""] + out_headers[1:], out_rows, table.source), out_headers


def _rows(
    table: Table, headers: list[str], b: Builder, subject_col: int | None = None
) -> list[Entity]:
    subj_col, cat_col = (
        (subject_col, None) if subject_col is not None else _subject_column(table, headers, b)
    )
    purpose_col = None
    if subj_col == 0 and cat_col is None and (named := _names_column(table, headers, b)):
        subj_col, purpose_col = named, 0  # "I need to... | Use | Notes": the tool is the row's
    section = table.source.section_title
    subj_header = headers[subj_col]
    cls = b.class_for(subj_header) or b.class_for(section)
    kind = "" if subj_header.lower() in _GENERIC_FIRST else singular(subj_header)
    titled = singular(without_quantifiers(section))
    if (
        kind
        and titled.lower().endswith(" " + kind.lower())
        and len(titled.split()) <= 4
        and titled != section  # a plural title ("Sampling methods"), not one thing's name
    ):
        kind = titled  # a "Method" column under "Sampling methods"
    # (a column of problem types says each row's problem: the section then names none)
    section_problem = (
        b.entity(section, "ProblemType", None)
        if _names_problem(section, cls, b)
        and not any(b.class_for(h) == "ProblemType" for h in headers)
        else None
    )
    alt_table = "alternative" in section.lower()
    coded = _coded_columns(table, headers)
    category_value = ""
    read: list[Entity] = []
    for row in table.rows:
        cells = row.cells
        if cat_col is not None:
            category_value = plain(cells[cat_col]) or category_value
            cells = list(cells)
            cells[cat_col] = category_value
        u = b.unit(_row_text(headers, cells), _row_source(table, row))
        subject_cell = cells[subj_col]
        listed = cell_items(subject_cell)  # "<ul><li>A</li><li>B</li></ul>", "A<br>B"
        names = (
            listed
            if len(listed) > 1 or (listed and "(" in listed[0] and "<" in subject_cell)
            else split_list(plain(subject_cell))
            if "," in plain(subject_cell)  # never inside parentheses: "A (B, C)" is one
            else _slashed_names(b, subject_cell)
            or _compared(b, subject_cell)
            or [plain(subject_cell)]
        )
        # the subject column holds names by position: only very long cells are not names
        subjects = [
            e
            for e in (
                b.entity(n, cls, u, identifier=f"`{n}`" in subject_cell)
                for n in names
                # (a remark in parentheses is no part of the name's length)
                if n and len(re.sub(r"\([^()]*\)", "", n).split()) <= 12
            )
            if e
        ]
        if not subjects:
            continue
        read.extend(subjects)
        category = None
        if cat_col is not None and category_value:
            # metrics or algorithms grouped by the use they serve: the problems they solve
            known = b.registry.find(category_value)
            solved = (known is not None and known.cls == "ProblemType") or (
                cls in ("Metric", "Algorithm")
                and b.class_for(headers[cat_col]) in ("ProblemType", "UseCase")
            )
            category = b.entity(category_value, "ProblemType" if solved else "Category", u)
            if category is not None:
                b.kind(category, singular(headers[cat_col]), u)
        problem = (
            category if category is not None and category.cls == "ProblemType" else section_problem
        )
        alternative: Entity | None = None
        if purpose_col is not None and (need := plain(cells[purpose_col])):
            purpose = b.entity(need, "UseCase", u)
            for s in subjects if purpose is not None else []:
                b.fact(s, "usedFor", purpose, u)
        for s in subjects:
            if kind:
                b.kind(s, kind, u)
            if problem is not None:
                b.fact(s, "evaluates" if s.cls == "Metric" else "suitableFor", problem, u)
            if category is not None and category is not problem:
                b.fact(s, "inCategory", category, u)
        for i, (h, cell) in enumerate(zip(headers, cells)):
            if i in (subj_col, cat_col, purpose_col) or not plain(cell):
                continue
            if i in coded:
                _setting_value(b, h, plain(cell), subjects, table, u)
            if len(subjects) == 1 and (values := _values_with_default(headers, cells, i)):
                # "`noise` | default: twisted | plain, twisted, bumpy": the setting's values,
                # its default among them
                for value in values:
                    x = b.entity(value, None, u, identifier=f"`{value}`" in cells[i])
                    if x is not None and x.id != subjects[0].id:
                        b.setting_values.add(x.id)
                        b.fact(subjects[0], "example", x, u)
                        b.kind(x, subjects[0].label, u)
            about_alt = "alternative" in h.lower() and alternative is not None
            targets = [alternative] if about_alt else subjects
            crit = b.criterion(h)
            role = literal_role(h)
            if role and b.class_for(h) and not literal_role(header_head(h), at_end=True):
                role = None  # "Typical objective metric": metrics, whatever they are for
            if is_tool_header(h) and not role:
                found = b.entities_in(cell, "Service" if "service" in h.lower() else "Tool", u)
                for s in subjects:
                    for e in found:
                        if alt_table and "service" in h.lower():
                            b.fact(s, "alternativeTo", e, u)
                        elif s.cls == "MonitoringAspect":
                            b.fact(s, "monitoredBy", e, u)
                        else:
                            b.fact(s, "implementedWith", e, u)
                if alt_table and found:
                    alternative = found[0]
                if not found:
                    for s in subjects:
                        b.literal(s, "note", f"{h}: {plain(cell)}", u)
            for t in targets:
                b.literal(t, "hasAttribute", plain(cell), u, crit)
                if role:
                    b.literal(t, role, plain(cell), u)
            if nested := _nested_rows(cell):
                # a table inside the cell (its rows "a | b" lines): a table of its own, of
                # things the row's thing has
                _nested_table(b, targets, h, nested, row, table)
                continue
            if not is_tool_header(h) or role:
                for term in bold_terms(cell):
                    b.entity(term, None, u)
                for term, said, code in cell_leads(cell):
                    # "<li><code>HOTSPOTS</code> → finds dense regions</li>" in a row's cell:
                    # a term of the row's thing, defined there
                    e = b.entity(term, None, u, identifier=code)
                    if e is None:
                        continue
                    b.literal(e, "definition", said, u)
                    for t in targets:
                        if t.id != e.id:
                            b.fact(e, "partOf", t, u)
                for name in cell_bullets(cell):
                    # "• more rows<br>• row fencing<br>• quill pruning" in the row of
                    # Gromble drift: things of the row's thing
                    e = b.entity(name[:1].upper() + name[1:], None, u)
                    for t in targets if e is not None else []:
                        if t.id != e.id:
                            b.fact(e, "partOf", t, u)
                b.known_in(cell, u)  # "Answer: Amazon Zorbex": a catalogue service is a node
                if cls == "UseCase":
                    # "Concern: Find rows | Answer: Amazon Zorbex": the need it is used for
                    for named in _whole_names(b, cell, u):
                        for s in subjects:
                            b.fact(named, "usedFor", s, u)
                elif _one_name(b, cell):
                    # "Quill Drip Mode (not Bulk Mode)" under "Agreed answer": a thing the
                    # row names, whatever its column
                    _whole_names(b, cell, u)
                _members(b, subjects, cell, u)
                for line in cell_items(cell) or [cell]:
                    _labelled_line(b, targets, line, u)
                listed_members(b, targets, cell, u)
                if not role and not about_alt:
                    cell_names(b, subjects, h, cell, u)
                if role in (None, "hasProperty", "definition") and not b.class_for(h):
                    _cell_features(b, targets, cell, u)
                if not about_alt:
                    _cell_examples(b, subjects, cell, u)
                for t in targets:
                    _built_on(b, t, plain(cell), u)
    return list({e.id: e for e in read}.values())


_CODE_CELL = re.compile(r"\s*(?:<code>([^<>]+)</code>|`([^`]+)`)\s*")
_IDENTIFIER = re.compile(r"[A-Za-z_][\w.:-]*")


def _coded_columns(table: Table, headers: list[str]) -> set[int]:
    """The columns headed by a setting written as code ("`mode`"; or spelt as one,
    "drip_mode", where the reader kept no code in headers) whose cells each hold one value
    of it ("`cbow`", "skipgram"), two values or more in all."""
    out = set()
    for i, header in enumerate(table.header):
        spelt = re.search(r"_|[a-z][A-Z]", headers[i])
        if not (_CODE_CELL.fullmatch(header) or spelt) or not _IDENTIFIER.fullmatch(headers[i]):
            continue
        values = [plain(r.cells[i]) for r in table.rows if i < len(r.cells) and plain(r.cells[i])]
        if len(set(values)) >= 2 and all(_IDENTIFIER.fullmatch(v) for v in values):
            out.add(i)
    return out


def _values_with_default(headers: list[str], cells: list[str], i: int) -> list[str]:
    """The values a setting's row lists in its cell ``i``, when the row's column headed
    "Default" gives one of them (three or more short values, in a plain list); none
    otherwise."""
    defaults = [k for k, h in enumerate(headers) if re.search(r"\bdefault", h, re.I)]
    if not defaults or i in defaults or defaults[0] >= len(cells):
        return []
    default = plain(cells[defaults[0]]).strip(" `*").lower()
    items = [x.strip(" `*") for x in re.split(r",\s*|\s+(?:or|and)\s+", plain(cells[i]))]
    if (
        len(items) < 3
        or not default
        or default not in {x.lower() for x in items}
        or not all(x and len(x.split()) <= 2 and not re.search(r"[.:;()]\s", x) for x in items)
    ):
        return []
    return items


def _setting_value(
    b: Builder, setting: str, value: str, subjects: list[Entity], table: Table, u: TextUnit
) -> None:
    """A row's value of a setting its column names as code ("`cbow`" under "`mode`" in the
    row of Word2Vec, in a table under BlazingText): the setting's, one of the setting's
    kind for the thing the table's heading names, and part of the row's thing."""
    knob = b.entity(setting, "Hyperparameter", u, identifier=True)
    x = b.entity(value, None, u, identifier=True)
    if knob is None or x is None or x.id == knob.id:
        return
    b.setting_values.add(x.id)
    b.fact(knob, "example", x, u)
    b.kind(x, setting, u)
    owner = b.headed(table.source)
    if owner is not None and owner.id not in (knob.id, x.id):
        b.fact(owner, "hasParameter", knob, u)
        b.owned.append((x, setting, owner, u))
    for s in subjects:
        if s.id not in (x.id, knob.id):
            b.fact(x, "partOf", s, u)


def _nested_rows(cell: str) -> list[list[str]]:
    """The rows of a table inside a cell, as the readers set it down: lines of as many
    " | "-parted cells (two or more lines of two or more cells each); none when the cell has
    no such run of lines."""
    lines = cell_items(cell)
    widths = [line.count(" | ") for line in lines]
    best: list[int] = []
    start = 0
    for k in range(1, len(lines) + 1):
        if k == len(lines) or widths[k] != widths[start]:
            if widths[start] and k - start > len(best):
                best = list(range(start, k))
            start = k
    if len(best) < 2 or len(best) < len(lines) - 1:
        return []
    return [[c.strip() for c in lines[k].split(" | ")] for k in best]


def _nested_table(
    b: Builder, owners: list[Entity], header: str, rows: list[list[str]], row: Row, table: Table
) -> None:
    """Read a table found inside a cell under ``header``: its first line is its header unless
    it names an identifier ("num_round | rounds"), when the cell's column names its first
    column. Each thing it lists is the owners' setting, when they are identifiers, else a
    part of them."""
    first = rows[0]
    if re.fullmatch(r"[a-z][a-z0-9_]*", first[0]):
        head, body = [header, *[""] * (len(first) - 1)], rows
    else:
        head, body = first, rows[1:]
    sub = Table(head, [Row(cells, row.line) for cells in body], _row_source(table, row))
    # "num_round", "eta", "max_depth": identifiers, the settings of the row's thing
    settings = _identifiers([plain(cells[0]) for cells in body])
    for e in interpret_table(sub, b):
        u = b.unit_at(sub.source)  # the row the cell is in says it
        for owner in owners if u is not None else []:
            if owner.id == e.id:
                continue
            if settings:
                if e.cls in (None, "Concept"):
                    e.cls = "Hyperparameter"
                b.fact(owner, "hasParameter", e, u)
            else:
                b.fact(e, "partOf", owner, u)


def _whole_names(b: Builder, cell: str, u: TextUnit) -> list[Entity]:
    """The things a cell names and nothing else ("Amazon Zorbex", "Zorbex (rows, keys)",
    "Gromble Sync", "Zorble or QTM"): known already, or written as one short name."""
    name = re.sub(r"\s*\([^()]*\)\s*$", "", plain(cell)).strip().rstrip(".")
    if not name:
        return []
    if _known_name(b, name):
        return [e] if (e := b.registry.find(name) or b.entity(name, None, u)) else []
    parts = split_list(name)
    if len(parts) >= 2 and all(_known_name(b, p) for p in parts):
        return [e for p in parts if (e := b.registry.find(p) or b.entity(p, None, u))]
    if len(name.split()) <= 4 and is_listed_name(name, alone=True):
        return [e] if (e := b.entity(name, None, u)) else []
    return []


def _one_name(b: Builder, cell: str) -> bool:
    """Whether a cell says one name and nothing else but a remark in brackets: a known
    one, or two to four words each capitalised ("Quill Drip Mode")."""
    name = re.sub(r"\s*\([^()]*\)\s*$", "", plain(cell)).strip().rstrip(".")
    words = name.split()
    if re.search(r"[,;/]", name):  # "Zorb, Quill": each a name known already, or no names
        parts = split_list(name)
        return len(parts) >= 2 and all(_known_name(b, p) for p in parts)
    return bool(words) and (
        _known_name(b, name)
        or (2 <= len(words) <= 4 and all(w[:1].isupper() for w in words) and is_name_like(name, 4))
    )


def _compared(b: Builder, cell: str) -> list[str]:
    """ "Quill vs Fern" in a row's name cell: the row is about both, when each reads as a
    name (a remark in brackets aside) or is known."""
    core = re.sub(r"\s*\([^()]*\)", "", plain(cell)).strip()
    if not VERSUS.search(core):
        return []
    parts = [p.strip() for p in VERSUS.split(core)]
    if len(parts) < 2 or not all(p and (is_name_like(p, 4) or _known_name(b, p)) for p in parts):
        return []
    return parts


def _known_name(b: Builder, text: str) -> bool:
    """Whether ``text`` names a thing already known: from the documents, the service
    catalogue ("Managed Service for Zorbex" names a service, not a column of services) or the
    algorithm list."""
    return (
        b.registry.find(text) is not None
        or name_key(text) in known_algorithms()
        or b.registry.catalog.lookup(text) is not None
    )


def _slashed_names(b: Builder, text: str) -> list[str]:
    """ "Zorble / QTM" in a row's name cell: two things that share the row, when each side is a
    name already known (from the documents, the service catalogue or the algorithm list) or
    code; "Train / test split" stays one."""
    parts = [p.strip() for p in split_outside_parentheses(plain(text), "/")]
    if len(parts) < 2 or not all(parts):
        return []
    # ... or each written as code ("`alpha` / `lambda`")
    return parts if all(_known_name(b, p) or f"`{p}`" in text for p in parts) else []


def _lowered(kind: str) -> str:
    """A kind as said after its owner's name: "Gromble algorithm"; an acronym kept ("Gromble
    ML insight")."""
    return kind if kind[1:2].isupper() else kind[:1].lower() + kind[1:]


def cell_names(b: Builder, subjects: list[Entity], header: str, cell: str, u: TextUnit) -> None:
    """A cell that lists short names ("CSV, LibSVM, Parquet" under "Training input";
    "classification, regression" under "Problem type"; "Recipes: A<br>B<br>C"): each a
    thing of the column's kind (or the kind the cell's own lead names), and of the row's own
    kind ("XGBoost training input"); under a column named for problem types, problems the
    row suits. One item that is not a name ("more data") may stand among three or more."""
    parts = _cell_names(cell)
    # "num_round, eta, max_depth": identifiers, whatever the column is called
    identifiers = len(parts) >= 2 and _identifiers(parts)
    if (is_meta_heading(header) or header.lower() in _AUXILIARIES) and not identifiers:
        return  # "Key points", "Notes": remarks, whatever their shape; "Does": no kind
    # identifiers under "Notes" are things, of no kind the header names ("Key hyperparams"
    # names one)
    kind = "" if is_meta_heading(header) and len(header.split()) == 1 else singular(header)
    lead = re.match(r"^([A-Za-z][\w -]{0,30}):\s+(\S.*)$", parts[0]) if parts else None
    if lead and is_plural_noun_phrase(lead.group(1)) and len(lead.group(1).split()) <= 3:
        kind, parts[0] = singular(lead.group(1).lower()), lead.group(2)  # "Recipes: A"
    items = [re.sub(r"\s*\([^)]*\)$", "", x).strip() for x in parts]
    cls = b.class_for(header)
    # "single instance only", "GPU only": how the row is restricted, not a thing it names;
    # "single or multi-node": a choice of ways, in lower-case words
    named = [
        x
        for x in items
        # (or written as code: "`validation:auc`")
        if (is_listed_name(x, alone=True) or f"`{x}`" in cell or f"<code>{x}</code>" in cell)
        and not re.search(r"\s(?:only|optional)$", x, re.I)
        and not re.fullmatch(r"[a-z][\w-]*\s+or\s+[a-z][\w-]*", x)
    ]
    if len(named) < (1 if cls else 2) or len(named) < len(items) - (len(items) >= 3):
        return
    if any(re.search(r"\betc\b\.?\s+\w", x) for x in items):
        return  # "Accuracy / precision / RMSE etc. going down": a clause, of what it names
    # what lists things says so: a column (or lead) named by a plural or a class, or items
    # that all read as names ("CSV, LibSVM, Parquet", or each written as code: "`libsvm`"; of
    # three or more single words, one may be in lower case: "CSV, libsvm, Parquet");
    # "Large dataset, faster start-up" under "Typical exam scenario" describes
    if not (
        cls
        or is_plural_noun_phrase(header)
        or lead
        or identifiers
        or sum(bool(re.search(r"[A-Z]", x) or f"`{x}`" in cell) for x in named)
        >= len(named) - (len(named) >= 3 and all(" " not in x for x in named))
    ):
        return
    for item in named:
        as_written = identifiers or f"`{item}`" in cell or f"<code>{item}</code>" in cell
        e = b.entity(
            item if as_written else item[:1].upper() + item[1:], cls, u, identifier=as_written
        )
        if e is None:
            continue
        if kind and singular(kind.lower()) not in VAGUE_KINDS:  # "4 kinds: ...": no kind "kind"
            b.kind(e, kind, u)
        for s in subjects:
            if s.id == e.id:
                continue
            if cls == "ProblemType":
                b.fact(s, "evaluates" if s.cls == "Metric" else "suitableFor", e, u)
            if kind:
                b.owned.append((e, _lowered(kind), s, u))
            if identifiers and (not kind or cls == "Hyperparameter"):
                # "`num_trees`" in the notes on an algorithm, or under "Hyperparameters": its
                # settings
                b.fact(s, "hasParameter", e, u)
                if e.cls in (None, "Concept"):
                    e.cls = "Hyperparameter"


def _cell_features(b: Builder, subjects: list[Entity], cell: str, u: TextUnit) -> None:
    """A part of a cell that lists things in lower-case words after what the row's thing
    does ("speech to text; custom vocabulary, speaker diarization, automatic PII redaction" of
    Zorb Transcribe, under "What it does"): each a thing of the row's thing, its part."""
    if len(subjects) != 1:
        return  # a row of two things: whose each part is, the cell does not say
    for line in cell_items(cell) or [cell]:
        # after what the thing is or does, its parts (a list alone may be its uses: "odd
        # rows, late loads" under "Typical use")
        for part in re.split(r";\s+", plain(line))[1:]:
            for name in lower_case_names(part):
                known = b.registry.find(name)
                if known is not None and known.cls not in (None, "Concept"):
                    continue  # "regression" of a learner: a problem it solves, no part of it
                if re.match(r"\S*[A-Z]", name[1:]) or re.search(r"\s[A-Z][a-z]", name):
                    continue  # "ReLU units", "Quill Labels": a name, read as names are
                e = b.entity(name[:1].upper() + name[1:], None, u)
                if e is not None and e.id != subjects[0].id:
                    b.fact(e, "partOf", subjects[0], u)


def _identifiers(items: list[str]) -> bool:
    """Whether a list's items are identifiers ("num_round", "eta", "max_depth"): one token
    each, in lower case, some joined by underscores."""
    return all(re.fullmatch(r"[a-z][a-z0-9_]*", x) for x in items) and any("_" in x for x in items)


_EXAMPLES = re.compile(
    r"^(?P<head>[A-Za-z][\w -]{2,40}?)(?:\s+(?:via|through|with|from|in|on)\s+[^()]{1,30})?\s*\((?P<items>[^()]{3,120})\)\s*\.?$"
)


def _cell_examples(b: Builder, subjects: list[Entity], cell: str, u: TextUnit) -> None:
    """A cell that ends with examples in parentheses of the thing it names ("Report
    engines via API (Gromble, FernKit, Tessaract)", "Sync strategies (full/delta/none)"): each
    a thing of that kind, and of the row's own kind ("Widget Hub foundation model")."""
    last = re.split(r";\s+", plain(cell))[-1]
    m = _EXAMPLES.match(last)
    if not m:
        return
    # (a slash after a lone letter abbreviates: "start w/ one node")
    items = [
        x.strip()
        for x in re.split(r",\s*|\s*(?<!\b[A-Za-z])/\s*|\s+(?:and|or)\s+", m["items"])
        if x.strip()
    ]
    if len(items) < 2 or not all(is_listed_name(x, alone=True) for x in items):
        return
    if is_acronym(m["head"].split()[-1]):
        # "CSV (row, key)", "Quill KMS (own or shared key)": the fields or variants of a
        # named thing, not examples of a kind
        return
    if re.search(r"\b(?:is|are|was|were|be|been|has|have|had|can|will|must|should)\b", m["head"]):
        return  # "rows are late (night jobs, backfills)": a clause, not a kind
    if re.search(r"\b(?:only|not|also|just|mostly)$", m["head"].strip(), re.I):
        return  # "Quanta only (Q4, Q5)": says how the row is, names no kind
    kind = singular(m["head"].strip())
    _things_of_kind(b, items, kind[:1].upper() + kind[1:], None, subjects, u, part_of=False)


def _things_of_kind(
    b: Builder,
    names: list[str],
    kind: str,
    cls: str | None,
    subjects: list[Entity],
    u: TextUnit,
    part_of: bool,
) -> None:
    """Each name a thing of ``kind``, and of each subject's own kind ("Widget Hub
    planner"); with ``part_of``, part of the subject too."""
    # (things named for a relation are in it, not parts: a sink is no part of its source)
    part_of = part_of and singular(kind.split()[-1].lower()) not in b.listed if kind else part_of
    for name in names:
        # an identifier keeps its case ("batch_skipzap")
        e = b.entity(name if "_" in name else name[:1].upper() + name[1:], cls, u)
        if e is None:
            continue
        if singular(kind.lower()) not in VAGUE_KINDS:  # "4 kinds: ...": no kind "kind"
            b.kind(e, kind, u)
        for s in subjects:
            if s.id != e.id:
                if part_of:
                    b.fact(e, "partOf", s, u)
                b.owned.append((e, kind if part_of else _lowered(kind), s, u))


def listed_members(b: Builder, subjects: list[Entity], text: str, u: TextUnit) -> None:
    """The lists a text gives after a plural noun ("Zorbex picks planners: A, B,
    C"): things of that kind, part of what the text is said of. A cell's lines ("4 kinds:
    A, B, C, D<br>needs a baseline") are read one by one."""
    lines = cell_items(text)
    if len(lines) > 1:
        for line in lines:
            listed_members(b, subjects, line, u)
        return
    lists = embedded_lists(text)
    for kind, names, before, at in lists:
        # (no thing another of the text's lists names is what this one's things are of:
        # "Producers: A, the Quill Agent. Consumers: B, C" lists no consumers of Quill Agent)
        others = {
            x.id
            for k, n, _, _ in lists
            if k != kind
            for x in map(b.registry.find, n)
            if x is not None
        }
        own = [s for s in subjects if s.id not in others]
        # "..., quill algorithms, ...": a plural in lower case a class names is that
        # class, no member (unless set in bold: the author's term)
        names = [
            n
            for n in names
            if not (
                n[:1].islower()
                and is_plural_noun_phrase(n)
                and b.class_for(n)
                and f"**{n}**" not in text
            )
        ]
        if not names:
            continue
        found = [b.registry.find(name) for name in names]
        placed = {
            f.subject for f in b.out.facts if f.unit == u.id and f.predicate in ("kind", "partOf")
        }
        if all(e is not None and e.id in placed for e in found):
            continue  # read already, by what the text's own form says
        # "Gromble Pipe sinks: ...": the things are the named thing's
        words = before.split()[-5:]
        owner = next(
            (
                e
                for k in range(len(words))
                # one everyday word ("Pipe") is no name of it
                if (k < len(words) - 1 or not is_everyday(words[k].lower()))
                and (e := b.registry.find(" ".join(words[k:]))) is not None
            ),
            None,
        )
        if owner is None:
            # "Gromble Pipe sinks :: A, B, C": the kind's own first words name whose they are
            kw = kind.split()
            for k in range(len(kw) - 1, 0, -1):
                name = " ".join(kw[:k])
                e = b.registry.find(name) or (
                    b.entity(name, "Service", u) if b.registry.catalog.lookup(name) else None
                )
                if e is not None and (k > 1 or not is_everyday(kw[0].lower())):
                    owner, kind = e, " ".join(kw[k:])
                    break
        if owner is None:
            # "Amazon Forecast builds ... Models available: A, B": the thing its clause, or
            # else the nearest sentence before it, or its text, opens with
            owner = _opening_name(b, before, u)
            sentences = re.split(r"(?<=[.!?])\s+(?=[A-Z])", plain(text)[:at])
            for sentence in reversed(sentences if owner is None else []):
                if owner := _opening_name(b, sentence, u):
                    break
            owner = owner or _opening_name(b, plain(text), u)
        of = [owner] if owner is not None else own
        _things_of_kind(b, names, kind, b.class_for(kind), of, u, part_of=True)


def _labelled_line(b: Builder, subjects: list[Entity], line: str, u: TextUnit) -> None:
    """A cell's line of a label and its list ("4 watch types: row drift, lag spikes, quill
    gaps"): things of that kind, the row's thing's parts, as the line reads in a list
    item under it. Not a relation's list ("destinations: ...": the cell's names), nor one of a
    class's ("use cases: ...")."""
    lead, colon, rest = plain(line).partition(": ")
    # "Real-time recs. Recipes: A, B", "recs · recipes: A, B": the last sentence or point
    lead = re.split(rf"[.!?]\s+|{POINT_DOT}", lead)[-1]
    kind = lead_kind(lead.split()) if colon and len(lead.split()) <= 4 else ""
    if not kind or kind.split()[-1] in b.listed or b.class_for(kind):
        return
    # the list ends at a sentence's end or a semicolon ("datasets: A, B; recipes like C")
    rest = re.split(rf"(?<=[\w+)])\.\s+|\s*;\s*|{POINT_DOT}", rest, maxsplit=1)[0]
    if len(names := named_items(rest)) >= 2:
        _things_of_kind(b, names, kind, None, subjects, u, part_of=True)


def _opening_name(b: Builder, text: str, u: TextUnit) -> Entity | None:
    """The known thing a text opens with (its first words, longest first)."""
    words = text.split()[:5]
    for k in range(len(words), 0, -1):
        name = " ".join(words[:k]).strip(" ,:;.")
        if k == 1 and is_everyday(name.lower()):
            continue
        e = b.registry.find(name) or (
            b.entity(name, "Service", u) if b.registry.catalog.lookup(name) else None
        )
        if e is not None:
            return e
    return None


def _members(b: Builder, subjects: list[Entity], cell: str, u: TextUnit) -> None:
    """ "Supported formats include CSV, JSON and Protobuf RecordIO": members of a plural
    subject; so are a cell's lines that each open with a short name ("Sync modes" | "Delta –
    copies changes<br>Mirror<br>Full – copies all")."""
    text = plain(cell)
    lines = cell_items(cell)
    heads = [re.split(r"\s+[–—-]\s+|:\s", plain(x), maxsplit=1)[0].strip() for x in lines]
    if len(heads) < 2 and "," in text and not re.search(r"[.;:()]", text):
        # ... and the names of a cell that is their list alone ("Quill knobs" | "KnobString,
        # KnobInteger, KnobFloat")
        heads = [x.strip() for x in split_list(text)]
    if len(heads) >= 2 and all(is_name_like(h, 3) and is_listed_name(h, True) for h in heads):
        for s in subjects:
            words = s.label.split()
            if len(words) <= 3 and is_plural_noun_phrase(s.label) and s.cls in (None, "Concept"):
                for head in heads:
                    if (e := b.entity(head, None, u)) is not None and e.id != s.id:
                        b.kind(e, singular(s.label.lower()), u)
                        b.fact(e, "partOf", s, u)
    m = re.search(r"\b(?:include|includes|including)\s+([^.]+)", text)
    if not m:
        return
    items = split_list(m.group(1))
    if len(items) < 2 or not all(is_name_like(x, 4) for x in items):
        return
    for s in subjects:
        if singular(s.label) == s.label:
            continue
        for item in items:
            e = b.entity(item, None, u)
            if e is not None:
                b.kind(e, singular(s.label), u)
                b.fact(e, "partOf", s, u)
