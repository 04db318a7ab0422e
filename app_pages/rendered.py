"""Documents rendered for reading on the Sources page: Markdown through markdown-it (with the
cheat sheet's tab-separated rows as tables), HTML as its own markup; every block carries the
source line it starts on (``id="L12"``), the cited one is marked ``class="hit"``, and only an
allow-list of tags (no scripts, styles, links or attributes of the document's own) survives."""

from __future__ import annotations

import html

from lxml import etree
from lxml import html as lxml_html

ALLOWED = {
    "p", "br", "b", "strong", "i", "em", "u", "s", "code", "pre", "kbd", "sub", "sup",
    "ul", "ol", "li", "dl", "dt", "dd", "table", "thead", "tbody", "tfoot", "tr", "th", "td",
    "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "hr", "span", "div", "section",
    "article", "main", "caption", "figure", "figcaption",
}  # fmt: skip
DROPPED = {"script", "style", "noscript", "template", "iframe", "object", "embed", "head",
           "nav", "footer", "form", "svg", "math", "title"}  # fmt: skip
KEPT_ATTRIBUTES = {"colspan", "rowspan"}
BLOCKS = {"p", "li", "tr", "h1", "h2", "h3", "h4", "h5", "h6", "pre", "blockquote", "dt", "dd"}


def sanitize(root) -> None:
    """In place: unknown tags unwrapped (their text kept), dangerous ones dropped whole, every
    attribute but table spans and the line marks removed."""
    for el in list(root.iter())[1:]:  # the root itself is the caller's container
        if not isinstance(el.tag, str):  # comments, processing instructions
            el.drop_tree() if el.getparent() is not None else None
            continue
        tag = el.tag.lower()
        if tag in DROPPED and el.getparent() is not None:
            el.drop_tree()
            continue
        for name in list(el.attrib):
            if name not in KEPT_ATTRIBUTES and not (name in ("id", "class") and _ours(el)):
                del el.attrib[name]
        if tag not in ALLOWED and el.getparent() is not None:
            el.drop_tag()


def _ours(el) -> bool:
    return el.get("data-mlkg") == "1" or (el.get("id") or "").startswith("L")


def _mark(el, line: int, cited: int) -> None:
    el.set("id", f"L{line}")
    el.set("data-mlkg", "1")
    if line == cited:
        el.set("class", "hit")


def _serialise(root) -> str:
    for el in root.iter():
        if isinstance(el.tag, str) and "data-mlkg" in el.attrib:
            del el.attrib["data-mlkg"]
    return etree.tostring(root, encoding="unicode", method="html")


def render_markdown(lines: list[str], cited: int = 0) -> str:
    """A Markdown document's lines as HTML, blocks marked with their first line; runs of
    tab-separated rows (the cheat sheet's tables) as tables, one row per source line."""
    from markdown_it import MarkdownIt

    md = MarkdownIt("commonmark", {"html": True}).enable("table")
    parts: list[str] = []
    k = 0
    while k < len(lines):
        if "\t" in lines[k]:
            start = k
            while k < len(lines) and "\t" in lines[k]:
                k += 1
            parts.append(_tab_table(md, lines[start:k], start + 1, cited))
            continue
        start = k
        while k < len(lines) and "\t" not in lines[k]:
            k += 1
        tokens = md.parse("\n".join(lines[start:k]))
        best = None  # the smallest block that holds the cited line
        for t in tokens:
            if t.map and t.nesting >= 0 and t.type != "inline":
                first, end = t.map[0] + start + 1, t.map[1] + start
                t.attrSet("id", f"L{first}")
                if first <= cited <= end and (best is None or end - first < best[1]):
                    best = (t, end - first)
        if best is not None:
            best[0].attrSet("class", "hit")
            best[0].attrSet("id", f"L{cited}")
        parts.append(md.renderer.render(tokens, md.options, {}))
    root = lxml_html.fragment_fromstring("".join(parts) or "<p></p>", create_parent="div")
    sanitize(root)
    return _serialise(root)


def _tab_table(md, rows: list[str], first: int, cited: int) -> str:
    body = []
    for n, row in enumerate(rows, first):  # a cell's own markup (<b>, <br>, **) is rendered
        cells = "".join(f"<td>{md.renderInline(c.strip())}</td>" for c in row.split("\t"))
        mark = ' class="hit"' if n == cited else ""
        body.append(f'<tr id="L{n}"{mark}>{cells}</tr>')
    return f"<table>{''.join(body)}</table>"


def render_html(text: str, cited: int = 0) -> str:
    """An HTML document's body as HTML of allowed tags only; the block (paragraph, list item,
    table row, heading) that starts on the cited source line, or the last one before it,
    marked."""
    try:
        doc = lxml_html.document_fromstring(text)
    except (etree.ParserError, ValueError):
        return f"<pre>{html.escape(text)}</pre>"
    body = doc.find("body")
    root = body if body is not None else doc
    if cited:
        hit, at = None, 0  # the first (outermost) block of the latest line up to the cited one
        for el in root.iter():
            if isinstance(el.tag, str) and el.tag.lower() in BLOCKS:
                if el.sourceline and at < el.sourceline <= cited:
                    hit, at = el, el.sourceline
        if hit is not None:
            _mark(hit, cited, cited)
    sanitize(root)
    root.tag = "div"
    return _serialise(root)
