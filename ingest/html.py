"""HTML → blocks: a page's main content as headings, tables, lists and paragraphs.

Navigation, scripts (JSON-LD too), forms and hidden elements are left out. Each block keeps the
source lines of its element, and the reading view is the page's source, so evidence links land
on the markup a user can open.
"""

from __future__ import annotations

import copy
import html
import re
import unicodedata

import lxml.html
from lxml import etree

from .blocks import (
    Block,
    Code,
    Heading,
    ListItem,
    Paragraph,
    Row,
    Source,
    Table,
    append_nested,
    fold_group_header,
)
from .document import Document, ParseError, decode_text, split_lines
from .markdown import glossary_starts
from .text import TYPED_BULLET, clean_heading, is_title_like, plain, split_lead

_MSO_LIST = re.compile(r"mso-list:\s*l(\d+)\s+level(\d+)", re.I)  # Word's list paragraphs
_LINE_MARK = " \u2e3b\u2e3b "  # where a <br> broke a paragraph (a mark no text uses)
# a line that leads a term of a few words to what it is by an arrow ("Sweep → every combo")
_ARROW_LINE = re.compile(r"^(?:[^\s→]+\s+){0,3}[^\s→]+\s*(?:→|->|=>)\s*\S")
_INDENT_STYLE = re.compile(r"(?:margin|padding)-left\s*:\s*(\d+(?:\.\d+)?)\s*px", re.I)

_SKIP = frozenset(
    "nav header footer aside script style noscript template form svg button iframe embed"
    " canvas select textarea input audio video map"
    " del s strike".split()  # struck-through words are taken back, not said
)
_INLINE = frozenset(
    "a abbr b bdi bdo br cite code data del dfn em font i img ins kbd label mark q s samp small"
    " span strike strong sub sup time tt u var wbr".split()
)
_HEADINGS = {f"h{n}": n for n in range(1, 7)}
_CELL_TAGS = frozenset("b strong em i ul ol li code".split())  # kept in cells, besides <br>
_CODE = frozenset(("code", "kbd", "samp", "tt"))
_MAX_CODE = 2000  # longer code blocks are listings, not notes
_MAX_SPAN = 100  # a hostile colspan/rowspan must not blow a table up
_META_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]+)""", re.I)
_DISPLAY_NONE = re.compile(r"display\s*:\s*none", re.I)
_EDGE_SPACE = re.compile(r"^(\s*)(.*?)(\s*)$", re.S)
_WS = re.compile(r"\s+")
_FONT_SIZE = re.compile(r"(?:^|;)\s*font-size\s*:\s*([\d.]+)\s*(px|pt|r?em\b|%)", re.I)
# <font size="1"> to "7" in pixels, as browsers draw them
_FONT_TAG_PX = {"1": 10.0, "2": 13.0, "3": 16.0, "4": 18.0, "5": 24.0, "6": 32.0, "7": 48.0}
_BOLD = re.compile(r"(?:^|;)\s*font-weight\s*:\s*(?:bold|bolder|[6-9]00)\b", re.I)
_STYLED_HEADING_WORDS = 12  # a styled line longer than this is prose, however it is dressed


def parse_html_document(data: bytes, name: str) -> Document:
    """An HTML page's blocks; its reading view is its source lines."""
    text = _broken_at_blocks(decode_html(data, name))
    lines = split_lines(text)
    parser = lxml.html.HTMLParser(encoding="utf-8", remove_comments=True, remove_pis=True)
    try:
        root = lxml.html.document_fromstring(text.encode("utf-8"), parser=parser)
    except etree.ParserError:  # "Document is empty": nothing but whitespace or comments
        return Document(name, "html", [], [lines])
    except (etree.LxmlError, ValueError) as exc:
        raise ParseError(name, 1, f"not readable HTML: {exc}") from exc
    reader = _HtmlReader(name, len(lines))
    _bold_classes(root)
    _kept_lines(root)
    _wrapping_spans(root)
    _stray_sublists(root)
    _list_wrappers(root)
    _calc_sheets(root)
    _symbol_fonts(root)
    _quiz_cards(root)
    _term_cards(root)
    content = main_content(root)
    reader.styled_levels = styled_heading_levels(content)
    try:
        reader.container(content)
    except RecursionError as exc:
        raise ParseError(name, 1, "HTML nested too deeply to read") from exc
    return Document(name, "html", reader.blocks, [lines])


# what a word processor's symbol fonts show for the letters it writes in them (Word's
# autocorrected "->" is Wingdings' "à"; its bullets are Symbol's "·", Wingdings' "§" or "Ø")
_SYMBOL_FONTS = {
    "wingdings": {"à": "→", "ß": "←", "è": "➔", "ð": "⇨", "ü": "✓", "û": "✗", "§": "▪", "Ø": "➢"},
    "symbol": {"·": "•", "®": "→", "¬": "←", "Þ": "⇒", "³": "≥", "£": "≤", "¹": "≠", "´": "×"},
}
_FONT_FAMILY = re.compile(r"font-family:\s*[\"']?(wingdings|symbol)\b", re.I)


# a style sheet's rule for classes alone (".c3{font-weight:700}", ".c3, .c9 {...}")
_CLASS_RULE = re.compile(r"((?:\s*\.[\w-]+\s*,)*\s*\.[\w-]+)\s*\{([^{}]*)\}")


def _bold_classes(root: etree._Element) -> None:
    """Words a page sets bold by a class of its style sheet (a Google Docs export's
    ``<span class="c3">`` with ``.c3{font-weight:700}``), bold as ``<b>`` would set them: the
    declaration is copied into the span's own style. Only on a page that writes no <b> or
    <strong>: a page that does marks its bold words so, and its classes style its chrome (a
    forum's vote counts, its avatars' initials)."""
    if next(root.iter("b", "strong"), None) is not None:
        return
    bold = {
        c.strip()[1:]
        for style in root.iter("style")
        for rule in _CLASS_RULE.finditer(style.text or "")
        if _BOLD.search(rule[2].strip())
        for c in rule[1].split(",")
    }
    if not bold:
        return
    for span in root.iter("span"):
        if bold & set(span.get("class", "").split()):
            span.set("style", f"font-weight:700;{span.get('style', '')}")


_BLOCKS_IN_SPANS = frozenset("h1 h2 h3 h4 h5 h6 p ul ol dl table blockquote pre".split())


def _wrapping_spans(root: etree._Element) -> None:
    """A span (or font) that wraps blocks, as a wiki's title bar wraps its ``<h2>``, is a
    division: its title stays a title and its paragraphs paragraphs."""
    for el in root.iter("span", "font"):
        if any(d.tag in _BLOCKS_IN_SPANS for d in el.iterdescendants() if isinstance(d.tag, str)):
            el.tag = "div"


def _stray_sublists(root: etree._Element) -> None:
    """A list written straight inside another list, after an item and not inside it
    (``<ul><li>Node types:</li><ul><li>…</li></ul></ul>``, as Evernote and old editors
    write nested bullets), is that item's sub-list: moved into it."""
    for sub in list(root.iter("ul", "ol")):
        parent, before = sub.getparent(), sub.getprevious()
        if parent is None or parent.tag not in ("ul", "ol") or before is None:
            continue
        if before.tag == "li":
            tail, sub.tail = sub.tail, None
            before.append(sub)
            if tail and tail.strip():  # (its tail stays where it was: after the item)
                before.tail = (before.tail or "") + tail


def _list_wrappers(root: etree._Element) -> None:
    """A division inside a list item that holds nothing but a list (Asciidoctor's ``<li><p>
    Input modes</p><div class="ulist"><ul>…``) is that list: the item's sub-list."""
    for div in list(root.iter("div")):
        parent = div.getparent()
        if parent is None or parent.tag not in ("li", "dd") or (div.text or "").strip():
            continue
        inner = [c for c in div if isinstance(c.tag, str)]
        if (
            len(inner) == 1
            and inner[0].tag in ("ul", "ol", "dl")
            and not (inner[0].tail or "").strip()
        ):
            div.drop_tag()


_CALC_SHEET = re.compile(r"^\s*Sheet \d+:\s*")


def _calc_sheets(root: etree._Element) -> None:
    """A workbook saved as a web page by LibreOffice Calc: each sheet an ``<h1>Sheet 2:
    <em>Metrics</em></h1>`` (inside its anchor) over its table, after an "Overview" of links
    to them. The sheet's name titles it, the overview goes, and each table is read as a
    spreadsheet's rows (merged title rows, notes, header rows and tables under them)."""
    generator = next(
        (m.get("content", "") for m in root.iter("meta") if m.get("name") == "generator"), ""
    )
    if not generator.startswith("LibreOffice"):
        return
    titles = [h for h in root.iter("h1") if _CALC_SHEET.match(h.text_content() or "")]
    if not titles:
        return
    for h in root.iter("h1"):
        if h not in titles and h.getparent() is not None and h.getparent().tag == "center":
            center = h.getparent()  # the overview: links to the sheets
            if all(not (c.tail or "").strip() or c.tag == "a" for c in center):
                center.getparent().remove(center)
                break
    for h in titles:
        anchor = h.getparent()
        if anchor is not None and anchor.tag == "a":
            anchor.tag = "div"  # an anchor around the title: a title all the same
        h.text = _CALC_SHEET.sub("", h.text or "")
        following = h.getparent().getnext() if h.getparent().tag == "div" else h.getnext()
        if following is not None and following.tag == "table":
            following.set("data-sheet", "calc")


_KEPT_LINES = re.compile(r"white-space\s*:\s*pre(?:-wrap|-line)?\b", re.I)


def _kept_lines(root: etree._Element) -> None:
    """Text whose style keeps its line breaks (``white-space: pre-wrap``, a chat export's
    messages: "• Kinesis: ...\n• Glue: ...") shown as lines: each break a ``<br>``, as the
    browser draws it. Not in ``<pre>`` (a code block keeps its lines already)."""
    kept = {
        c.strip()[1:]
        for style in root.iter("style")
        for rule in _CLASS_RULE.finditer(style.text or "")
        if _KEPT_LINES.search(rule[2])
        for c in rule[1].split(",")
    }
    for el in list(root.iter()):
        if not isinstance(el.tag, str) or el.tag in ("pre", "code", "script", "style"):
            continue
        if not (kept & set(el.get("class", "").split()) or _KEPT_LINES.search(el.get("style", ""))):
            continue
        for node in [el, *el.iterdescendants()]:
            if not isinstance(node.tag, str) or next(node.iterancestors("pre"), None) is not None:
                continue
            _break_lines(node, "text")
            if node is not el:
                _break_lines(node, "tail")
        if el.tag == "span" and el.find(".//br") is not None:
            el.tag = "div"  # lines drawn one under another: a block of them


def _break_lines(node: etree._Element, where: str) -> None:
    """Each line break of a node's text (or tail) a ``<br>`` element."""
    text = getattr(node, where)
    if not text or "\n" not in text.strip("\n"):
        return
    first, *rest = text.strip("\n").split("\n")
    setattr(node, where, first)
    at = 0 if where == "text" else node.getparent().index(node) + 1
    parent = node if where == "text" else node.getparent()
    for line in rest:
        br = etree.Element("br")
        br.tail = line
        parent.insert(at, br)
        at += 1


def _quiz_cards(root: etree._Element) -> None:
    """A quiz review's questions (Moodle's ``<div class="que">``: the question in ``qtext``,
    "The correct answer is: X" in ``rightanswer``) as flashcards, "Q: ...? A: X": the
    question's text and its answer read together, as a deck's card is."""
    for que in root.xpath("//*[contains(concat(' ', normalize-space(@class), ' '), ' que ')]"):
        asked = que.xpath(".//*[contains(concat(' ', @class, ' '), ' qtext ')]")
        right = que.xpath(".//*[contains(concat(' ', @class, ' '), ' rightanswer ')]")
        if not asked or not right:
            continue
        question = _WS.sub(" ", asked[0].text_content()).strip()
        answer = _WS.sub(" ", right[0].text_content()).strip()
        answer = answer.split(":", 1)[1].strip() if ":" in answer else answer
        if not question or not answer:
            continue
        question += "" if question.endswith("?") else "?"
        card = etree.Element("p")
        card.text = f"Q: {question} A: {answer}"
        card.sourceline = asked[0].sourceline
        asked[0].clear()
        asked[0].append(card)
        # the learner's own marks and the review's prompts are not the quiz's content
        said = " or ".join(f"contains(concat(' ', @class, ' '), ' {c} ')" for c in _QUIZ_CHROME)
        for el in [right[0], *que.xpath(f".//*[{said}]")]:
            if el.getparent() is not None:
                el.getparent().remove(el)


def _card_sides(card: etree._Element) -> list[etree._Element] | None:
    """A card's two sides (term, then what it means): its only two parts holding words, found
    through wrappers of one part; loose words beside them make it no card of two sides."""
    el = card
    while True:
        if (el.text or "").strip():
            return None
        parts = [c for c in el if not _skipped(c) and c.text_content().strip()]
        if any((c.tail or "").strip() for c in el if isinstance(c.tag, str)):
            return None
        if len(parts) == 1 and parts[0].tag not in _INLINE:
            el = parts[0]
        else:
            return parts if len(parts) == 2 else None


def _card_term(side: etree._Element) -> str:
    if side.tag in _HEADINGS or side.find(".//br") is not None:
        return ""
    term = inline_markdown(side).replace("**", "").strip(" :")
    if len(re.findall(r"[^\W\d_]", term)) < 2:
        return ""  # a count or a mark ("3", "★"): no term
    return term if len(term.split()) <= _CARD_TERM_WORDS else ""


_CARD_TERM_WORDS = 10


def _term_cards(root: etree._Element) -> None:
    """A flashcard set as a page shows it: three or more sibling cards of one kind (the same
    tag and class), each of two sides, a short term and what it means (a study site's
    "term | definition" cards). Each is read as a definition list's entry, the lines of its
    back (broken by ``<br>``) as a list under the term, as a card's lines are its points."""
    for parent in list(root.iter()):
        if not isinstance(parent.tag, str) or parent.tag in ("tr", "tbody", "thead", "table"):
            continue
        kinds: dict[tuple[str, str], list[etree._Element]] = {}
        for child in parent:
            if isinstance(child.tag, str) and child.tag in _CARD_TAGS:
                kinds.setdefault((child.tag, child.get("class", "")), []).append(child)
        for cards in kinds.values():
            sided = [(c, _card_sides(c)) for c in cards]
            read = [(c, s[0], s[1], _card_term(s[0])) for c, s in sided if s]
            read = [r for r in read if r[3]]
            if len(read) < 3 or 5 * len(read) < 4 * len(cards):
                continue
            term_words = sum(len(r[3].split()) for r in read)
            back_words = sum(len(r[2].text_content().split()) for r in read)
            if back_words < 2 * term_words:
                continue  # two short parts each (a name and a date): no term and meaning
            for card, front, back, term in read:
                card.getparent().replace(card, _card_entry(front, back, term))


_CARD_TAGS = frozenset(("div", "section", "article", "a"))


def _card_entry(front: etree._Element, back: etree._Element, term: str) -> etree._Element:
    """``<dl><dt>term</dt><dd>first line<ul><li>next line</li>...</ul></dd></dl>``, its text
    Markdown inline markup (read back as it is written)."""
    marked = copy.deepcopy(back)
    starts = [back.sourceline or front.sourceline or 1]
    for br in marked.iter("br"):
        starts.append((br.sourceline or starts[0]) + (br.tail or "").startswith("\n"))
        br.tail = _LINE_MARK + (br.tail or "")
    lines = [
        (TYPED_BULLET.sub("", raw.strip()), n)
        for raw, n in zip(inline_markdown(marked).split(_LINE_MARK), starts)
        if raw.strip()
    ]
    entry = etree.Element("dl")
    entry.sourceline = front.sourceline
    dt = etree.SubElement(entry, "dt")
    dt.text, dt.sourceline = term, front.sourceline
    dd = etree.SubElement(entry, "dd")
    dd.text, dd.sourceline = (lines[0][0], lines[0][1]) if lines else ("", starts[0])
    if len(lines) > 1:
        points = etree.SubElement(dd, "ul")
        points.sourceline = lines[1][1]
        for text, n in lines[1:]:
            li = etree.SubElement(points, "li")
            li.text, li.sourceline = text, n
    return entry


# a quiz review's marks of the learner's attempt, and its prompts ("Select one:")
_QUIZ_CHROME = ("state", "grade", "questionflag", "specificfeedback", "prompt")


def _symbol_fonts(root: etree._Element) -> None:
    """Letters set in a symbol font ("à" in Wingdings) as the symbols they show ("→")."""
    for span in root.iter("span"):
        m = _FONT_FAMILY.search(span.get("style", ""))
        if m and span.text:
            glyphs = _SYMBOL_FONTS[m[1].lower()]
            span.text = "".join(glyphs.get(c, c) for c in span.text)


_LONG_LINE = 2000  # a page written on a few long lines (Notion, Google Docs exports)
_BLOCK_TAG = re.compile(
    r"(?<!\n)<(?=(?:p|div|h[1-6]|li|ul|ol|dl|dt|dd|table|tr|details|summary|figure|blockquote"
    r"|pre|hr|section|article|header|footer|nav|aside)\b)",
    re.I,
)
_PRE = re.compile(
    r"<pre\b.*?</pre\s*>|<script\b.*?</script\s*>|<style\b.*?</style\s*>", re.I | re.S
)


def _broken_at_blocks(text: str) -> str:
    """A page whose content stands on a few very long lines, with a line break before each
    block's tag (not inside code, scripts or styles), so that its lines tell its blocks apart:
    the reading view shows these lines and evidence names them. Other pages as written."""
    if max((len(x) for x in text.split("\n")), default=0) <= _LONG_LINE:
        return text
    out, at = [], 0
    for m in _PRE.finditer(text):
        out += [_BLOCK_TAG.sub("\n<", text[at : m.start()]), m.group()]
        at = m.end()
    return "".join([*out, _BLOCK_TAG.sub("\n<", text[at:])])


def parse_html_fragment(
    markup: str,
    document: str,
    first_line: int,
    headings: list[tuple[int, str]],
    n_lines: int,
) -> list[Block]:
    """The blocks of HTML inside another document (an HTML block in Markdown), its lines
    counted from ``first_line`` and its headings under the document's ``headings``."""
    try:
        root = lxml.html.fragment_fromstring(markup, create_parent="div")
    except (etree.LxmlError, ValueError):
        return []
    reader = _HtmlReader(document, n_lines, offset=first_line - 1)
    reader.headings = list(headings)
    reader.container(root)
    return reader.blocks


def decode_html(data: bytes, name: str) -> str:
    """The page's text: UTF-8 (or BOM-marked UTF-16/32), else the charset its <meta> declares."""
    try:
        return decode_text(data, name)
    except ParseError:
        m = _META_CHARSET.search(data[:4096])
        if not m or b"\x00" in data[:8192]:
            raise
        charset = m.group(1).decode("ascii")
        try:
            return data.decode(charset)
        except (LookupError, UnicodeDecodeError) as exc:
            raise ParseError(name, 1, f"not readable as its declared charset {charset!r}") from exc


def main_content(root: lxml.html.HtmlElement) -> lxml.html.HtmlElement:
    """The page's ``<main>`` (or ``[role=main]``, or its only ``<article>``), else its body."""
    for path in ("//main", "//*[@role='main']"):
        found = [e for e in root.xpath(path) if not _skipped(e)]
        if found:
            return found[0]
    articles = root.xpath("//article")
    if len(articles) == 1:
        return articles[0]
    body = root.find("body")
    return body if body is not None else root


_PERMALINK_MARKS = frozenset(("", "¶", "§", "#", "🔗", "⚓"))
# Sphinx's "admonition-title", Quarto's callout header, Asciidoctor's admonition icon cell
# ... and an outline's status keywords on a heading (Org mode's "TODO"; its tags, ":aws:",
# say what the section is about and stay)
_LABEL_CLASSES = frozenset(
    (
        "admonition-title",
        "callout-header",
        "callout-icon-container",
        "icon",
        "todo",
        "done",
        "footnum",
    )
)
# the lines around a page's text (author, date, generator); a table of contents inside the
# text is read (dropping it lost answers on an Org-mode page and an Asciidoctor page)
# (a quiz review's table of the attempt: started, state, marks, grade)
_CHROME = frozenset(("postamble", "breadcrumbs", "quizreviewsummary"))
_CHAT_CHROME = frozenset(("reactions", "reaction", "avatar", "author", "timestamp", "reply"))
# text set for screen readers only (Bootstrap's, WordPress', Moodle's): drawn nowhere
_UNSEEN_CLASSES = frozenset(("sr-only", "visually-hidden", "screen-reader-text", "accesshide"))


def _list_level(el: etree._Element) -> int:
    """The nesting level a list's class names (Google Docs: "lst-kix_ab12cd-1"), else 0."""
    m = re.search(r"\blst-[\w]+-(\d+)\b", el.get("class") or "")
    return int(m[1]) if m else 0


def _noted(el: etree._Element) -> bool:
    """An ``<aside>`` that holds the author's own words, not a page's chrome: a slide's
    speaker notes (reveal.js writes ``<aside class="notes">``) or a note set apart."""
    return el.tag == "aside" and (
        el.get("role") == "note" or bool(re.search(r"\bnotes?\b", el.get("class") or ""))
    )


def _prose_form(el: etree._Element) -> bool:
    """A ``<form>`` round the page's own text (a learning site's quiz review, its questions
    and feedback), not a search box or a login: paragraphs of some length inside it."""
    if el.tag != "form":
        return False
    said = sum(len(p.text_content().split()) for p in el.iter("p"))
    return said >= _PROSE_FORM_WORDS


_PROSE_FORM_WORDS = 60  # words in paragraphs that make a form the page's text


def _choice(el: etree._Element) -> bool:
    """One of a form's choices (a quiz's options "a. Zorb", "b. Quill", each with its radio
    button): offered, not said; a task list's item (a checkbox in an ``<li>``) is said."""
    if el.tag == "li" or el.xpath(".//p | .//ul | .//ol | .//table | .//h1 | .//h2 | .//h3"):
        return False  # (radio buttons over content: a page's tabs)
    return len(el.text_content().split()) <= _CHOICE_WORDS and any(
        isinstance(c.tag, str)
        and c.tag == "input"
        and c.get("type", "").lower() in ("radio", "checkbox")
        for c in el
    )


_CHOICE_WORDS = 30  # the most words of a form's choice


def _in_heading(el: etree._Element) -> bool:
    """Whether ``el`` stands in a heading, a summary or a card's header."""
    return any(
        a.tag in _HEADINGS
        or a.tag == "summary"
        or any(_HEADER_CLASS.match(c) for c in a.get("class", "").split())
        for a in el.iterancestors()
    )


def _titling_button(el: etree._Element) -> bool:
    """An accordion's toggle inside a heading (``<h2><button>Topic</button></h2>``): the
    button's words are the heading's title."""
    return el.tag == "button" and _in_heading(el)


_HEADER_CLASS = re.compile(r"^[\w-]*-(?:header|heading|title)$")
_FOOTNOTE_CALL = re.compile(r"\[?\d{1,3}\]?|\[[a-z]\]")
_PROMPT_CLASS = re.compile(
    r"(?:^|[-_])(?:Input|Output|input|output)_?Prompt$|^(?:in|out)put_prompt$"
)


def _card_header(el: etree._Element) -> etree._Element | None:
    """A card's or panel's header (``<div class="card"><div class="card-header">Topic</div>
    <div class="card-body">...``): a short first child classed as its header, with more after it."""
    children = [c for c in el if isinstance(c.tag, str) and not _skipped(c)]
    # (an accordion's item: its header a heading, of whatever level, over its panel)
    if len(children) < 2 or children[0].tag not in ("div", "span", "p", "header", *_HEADINGS):
        return None
    head = children[0]
    classes = head.get("class", "").split()
    if not any(_HEADER_CLASS.match(c) for c in classes) or _LABEL_CLASSES & set(classes):
        return None
    inner = [c for c in head.iter() if c is not head and isinstance(c.tag, str)]
    if any(c.tag not in _INLINE and not _titling_button(c) for c in inner):
        return None  # a header holding blocks of its own is a division, not a title
    words = head.text_content().split()
    return head if 0 < len(words) <= 12 else None


def _skipped(el: etree._Element) -> bool:
    """Comments, chrome (nav, scripts, forms) and hidden elements: never content."""
    if not isinstance(el.tag, str):
        return True
    return (
        (el.tag in _SKIP and not _noted(el) and not _titling_button(el) and not _prose_form(el))
        or bool(_UNSEEN_CLASSES & set(el.get("class", "").lower().split()))
        or _choice(el)
        # a tag on a heading ("XGBoost <span class=badge>fav</span>"): a label, not its title
        or ("badge" in el.get("class", "").split() and _in_heading(el))
        # an embedded object; one with nothing to embed shows its content (Apple Notes
        # writes its tables in <object>)
        or (el.tag == "object" and any(el.get(a) for a in ("data", "type", "classid")))
        or (
            (
                el.get("hidden") is not None
                or el.get("aria-hidden", "").strip().lower() == "true"
                or bool(_DISPLAY_NONE.search(el.get("style", "")))
            )
            # a collapsed section's body is hidden until opened, and is text all the same
            and next(el.iterancestors("details"), None) is None
        )
        # a heading's permanent link ("¶", "#", "§" or an icon font's glyph after the title)
        or (
            el.tag == "a"
            and el.get("href", "").startswith("#")
            and (
                (el.text or "").strip() in _PERMALINK_MARKS
                or "headerlink" in el.get("class", "").split()
                or _icon_glyph((el.text or "").strip())
            )
            and not len(el)
        )
        # an admonition's or callout's own title ("Note", "Tip") or icon: a label, not text
        or bool(_LABEL_CLASSES & set(el.get("class", "").split()))
        # a notebook cell's prompt ("In [3]:", "Out[3]:"; nbconvert's jp-InputPrompt,
        # input_prompt): where the cell ran, not what it says
        or any(_PROMPT_CLASS.search(c) for c in el.get("class", "").split())
        # a footnote's call ("[1]", a raised link to a note further down): no words of the text
        or (
            el.tag == "sup"
            and _FOOTNOTE_CALL.fullmatch(el.text_content().strip()) is not None
            and any(a.get("href", "").startswith("#") for a in el.iter("a"))
        )
        # ... as Word writes it: a link to the note, no "sup" ("Firehose<a href="#_ftn1"
        # style="mso-footnote-id:ftn1">[1]</a>")
        or (
            el.tag == "a"
            and el.get("href", "").startswith("#")
            and "mso-footnote-id" in el.get("style", "").replace(" ", "").lower()
            and _FOOTNOTE_CALL.fullmatch(el.text_content().strip()) is not None
        )
        # a wiki heading's "[edit]" link (MediaWiki's mw-editsection): the page's chrome
        or any(c.endswith("editsection") for c in el.get("class", "").split())
        # Docusaurus' admonition heading ("admonition-heading", "admonitionHeading_Gvgb")
        or any(
            c.startswith(("admonitionHeading", "admonition-heading"))
            for c in el.get("class", "").split()
        )
        or el.get("id", "").lower() in _CHROME
        or bool(_CHROME & set(el.get("class", "").lower().split()))
        # a chat export's chrome, named as its element ("chatlog__reactions",
        # "message__timestamp"): the reactions, who wrote it and when, and a reply's quote of
        # the message it answers (that message is in the log already)
        or any(
            c.rsplit("__", 1)[-1] in _CHAT_CHROME
            for c in el.get("class", "").lower().split()
            if "__" in c
        )
        or _voted_down(el)
        or _page_links(el)
    )


# what a link to a neighbouring page of one manual says it is (HTML's link types)
_PAGE_RELATIONS = frozenset(("next", "prev", "previous", "up", "contents", "index", "start"))


def _page_links(el: etree._Element) -> bool:
    """A line of links to the pages around this one ("Next: Tuning, Previous: Metrics, Up:
    Top [Contents]", as texi2any writes over each node): every link marked as the next, the
    previous, the parent page or the contents, and their words most of the line's."""
    if el.tag not in ("p", "div", "td"):
        return False
    links = list(el.iter("a"))
    if not links or any(not set(a.get("rel", "").lower().split()) & _PAGE_RELATIONS for a in links):
        return False
    linked = sum(len(a.text_content().split()) for a in links)
    return linked >= 0.5 * len(el.text_content().split())


def _voted_down(el: etree._Element) -> bool:
    """An answer of a Q&A page its readers voted below zero (schema.org's ``suggestedAnswer``
    with a negative ``upvoteCount``): the page's own mark of a wrong answer, not its content."""
    if el.get("itemprop") not in ("suggestedAnswer", "answer"):
        return False
    votes = el.xpath(".//*[@itemprop='upvoteCount']")
    if not votes:
        return False
    said = votes[0].get("content") or votes[0].get("data-value") or votes[0].text_content()
    try:
        return int(said.strip()) < 0
    except ValueError:
        return False


def _font_size(el: etree._Element) -> float | None:
    """An element's own font size in pixels (``px``, ``pt``, ``em`` or ``%`` of 16px in its
    inline style, or an old ``<font size="5">``)."""
    m = _FONT_SIZE.search(el.get("style", ""))
    if m is None:
        return _FONT_TAG_PX.get(el.get("size", "").strip()) if el.tag == "font" else None
    size, unit = float(m[1]), m[2].lower()
    if unit == "pt":
        return round(size * 4 / 3, 1)
    if unit in ("em", "rem"):
        return round(size * 16, 1)
    return round(size * 16 / 100, 1) if unit == "%" else size


def _styled_title(el: etree._Element) -> tuple[float, str] | None:
    """(font size, text) of an element dressed as a title by its inline style alone: short
    inline text, bold, in a stated size (an e-mail's or an exported page's headings, which
    are cells and paragraphs in big bold type, not ``<h2>``)."""
    if el.tag not in ("p", "div", "td", "th", "span", "font") or _skipped(el):
        return None
    if any(isinstance(d.tag, str) and d.tag not in _INLINE for d in el.iterdescendants()):
        return None
    text = _fold(el.text_content())
    if not text or len(text.split()) > _STYLED_HEADING_WORDS or text[-1] in ".,;":
        return None
    style, size = el.get("style", ""), _font_size(el)
    # the whole text in one styled child: <td><span style="font-size:20px"><b>Title</b>
    # (an icon or a spacer beside it says nothing: <img alt="Important"><span>&nbsp;</span>)
    wrapped_bold = False  # <b><span style="font-size:24px">Title</span></b>
    while not _fold(el.text or "") and len(said := [c for c in el if _says(c)]) == 1:
        if _fold(said[0].tail or ""):
            break
        el = said[0]
        wrapped_bold = wrapped_bold or el.tag in ("b", "strong")
        style += ";" + el.get("style", "")
        size = _font_size(el) or size
    bold = (
        _BOLD.search(style)
        or wrapped_bold
        or el.tag in ("b", "strong")
        or (len(el) == 1 and el[0].tag in ("b", "strong") and _fold(el[0].text_content()) == text)
    )
    return (size, text) if size and bold else None


def _says(el: etree._Element) -> bool:
    """Whether an element or its tail has words (an icon or a spacer says none)."""
    return bool(_fold(el.text_content() if el.tag != "img" else "") or _fold(el.tail or ""))


def _bold_style(el: etree._Element) -> bool:
    """An inline element set bold by its style (``<span style="font-weight:bold">``), as a
    word processor's or note app's export marks the bold words it writes in ``<b>``."""
    return el.tag in ("span", "font") and bool(_BOLD.search(el.get("style", "")))


def styled_heading_levels(root: etree._Element) -> dict[float, int]:
    """Font size → heading level, for the sizes in which a page sets styled titles (see
    ``_styled_title``) larger than its body text (the size most of its text is in). A size a
    real heading of the page is set in takes that heading's level; the others rank below the
    nearest larger one (from level 2, a page's own title being level 1)."""
    weight: dict[float, int] = {}
    titles: set[float] = set()
    real: dict[float, int] = {}
    for el in root.iter():
        if not isinstance(el.tag, str):
            continue
        if el.tag in ("p", "div", "td", "th") and (title := _styled_title(el)) is not None:
            titles.add(title[0])  # <div><b><span style="font-size:24px">: sized within
        if (size := _font_size(el)) is None:
            continue
        if el.tag in _HEADINGS:
            real[size] = min(real.get(size, 9), _HEADINGS[el.tag])
            continue
        own = el.text or ""
        if not any(_font_size(d) for d in el.iterdescendants() if isinstance(d.tag, str)):
            own = el.text_content()
        weight[size] = weight.get(size, 0) + len(_fold(own))
        if _styled_title(el) is not None:
            titles.add(size)
    if not weight:
        return {}
    body = max(weight, key=lambda k: (weight[k], -k))
    unsized = len(_fold(root.text_content())) - sum(weight.values())
    if unsized > weight[body]:
        # most text in no stated size (a note app's export sizes only its titles): the
        # page's own body size, or a browser's
        body = _stylesheet_body_size(root) or _BROWSER_FONT_SIZE
    levels: dict[float, int] = {}
    for size in sorted((t for t in titles if t > body), reverse=True):
        if size in real:
            levels[size] = real[size]
        else:
            above = [lvl for big, lvl in real.items() if big > size]
            above += [lvl for big, lvl in levels.items() if big > size]
            levels[size] = min(max(above, default=1) + 1, 6)
    return levels


_BROWSER_FONT_SIZE = 16.0  # pixels, when a page states none for its body
_BODY_RULE = re.compile(r"\bbody\s*\{([^}]*)\}", re.I)


def _stylesheet_body_size(root: etree._Element) -> float | None:
    """The font size a page's own style sheet gives its body (``body {font-size: 13px}``)."""
    for style in root.getroottree().getroot().iter("style"):
        for rule in _BODY_RULE.finditer(style.text or ""):
            m = _FONT_SIZE.search(rule[1].strip())
            if m is not None:
                size = float(m[1])
                return round(size * 4 / 3, 1) if m[2].lower() == "pt" else size
    return None


_BOLD_CELL = re.compile(r"<(b|strong)>[^<]*</\1>")


def _term_table(table: etree._Element, grid: list[tuple[int, list[str]]]) -> bool:
    """A table of two columns and no header cells whose first column holds short terms."""
    if table.xpath("./thead | .//th") or len(grid) < 2:
        return False
    bold = [all(_BOLD_CELL.fullmatch(c.strip()) for c in cells if c.strip()) for _, cells in grid]
    if bold[0] and not all(bold[1:]):
        return False  # a first row all in bold over rows that are not: the header, unmarked
    return all(
        len(cells) == 2 and cells[0] and len(re.sub(r"<[^>]+>", "", cells[0]).split()) <= 5
        for _, cells in grid
    )


_BOLD_STYLE = re.compile(r"font-weight\s*:\s*(?:bold|[6-9]00)", re.I)


def _headed_grid(table: etree._Element, grid: list[tuple[int, list[str]]]) -> bool:
    """Rows of as many cells each (two or more) under a first row of short names set in
    bold (``<th>``, bold type by style, or ``<b>`` cells) over rows that are not."""
    rows = _table_rows(table)
    if len(grid) < 3 or len(rows) != len(grid) or len({len(c) for _, c in grid}) != 1:
        return False
    if len(grid[0][1]) < 2 or any(len(_text(c).split()) > 6 or not _text(c) for c in grid[0][1]):
        return False

    def bold(tr: etree._Element, cells: list[etree._Element]) -> bool:
        return all(
            c.tag == "th"
            or _BOLD_STYLE.search(tr.get("style", "") + c.get("style", ""))
            or _BOLD_CELL.fullmatch(cell_html(c).strip())
            for c in cells
        )

    return bold(*rows[0]) and not bold(*rows[1])


def _text(cell: str) -> str:
    return _fold(html.unescape(re.sub(r"<[^>]+>", " ", cell)))


def _icon_glyph(text: str) -> bool:
    """One character of a private-use area (an icon font's glyph: "\uf0c1")."""
    return len(text) == 1 and unicodedata.category(text) == "Co"


def _style_indent(el: etree._Element) -> float:
    """How far an element's style sets it in (margin or padding on the left, in pixels), in
    characters: 40px a level, as note apps indent."""
    m = _INDENT_STYLE.search(el.get("style", ""))
    return float(m.group(1)) / 10 if m else 0.0


def _fold(text: str) -> str:
    return _WS.sub(" ", _ZERO_WIDTH.sub("", text)).strip()


_ZERO_WIDTH = re.compile("[\u200b\u200c\u200d\u2060\ufeff]")  # a hash link's "&ZeroWidthSpace;"


def _wrap(text: str, mark: str) -> str:
    """``mark`` around the text's core, leaving its edge whitespace outside (``**x** ``)."""
    lead, core, trail = _EDGE_SPACE.match(text).groups()
    return f"{lead}{mark}{_fold(core)}{mark}{trail}" if core else text


def _inline_parts(el: etree._Element, out: list[str], skip: frozenset[str] = frozenset()) -> None:
    """Append el's content (not its tail) in Markdown inline form: **bold**, `code`, link text."""
    if el.text:
        out.append(el.text)
    for child in el:
        if not _skipped(child) and child.tag not in skip:
            _inline_element(child, out)
        if child.tail:
            out.append(child.tail)


def _inline_element(el: etree._Element, out: list[str]) -> None:
    inner: list[str] = []
    _inline_parts(el, inner)
    text = "".join(inner)
    if "badge" in el.get("class", "").split() and text.strip():
        out.append(f" ({text.strip()})")  # "SMOTE <span class=badge>fav</span>": a remark on it
    elif el.tag in ("b", "strong") or _bold_style(el):
        out.append(_wrap(text.replace("**", ""), "**"))  # bold inside bold stays one run
    elif el.tag in _CODE:
        out.append(_wrap(text.replace("`", ""), "`"))
    elif el.tag in _INLINE:
        out.append(text if el.tag != "br" else " ")
    else:  # a block inside inline content (a <p> in an <li>): keep words apart
        out.append(f" {text} ")


def _split_inline(el: etree._Element, at: etree._Element, skip: frozenset[str]) -> tuple[str, str]:
    """An element's inline text before its child ``at`` and after it (its tail on)."""
    parts: tuple[list[str], list[str]] = ([el.text or ""], [])
    side = 0
    for child in el:
        if child is at:
            side = 1
        elif not _skipped(child) and child.tag not in skip:
            _inline_element(child, parts[side])
        parts[side].append(child.tail or "")
    return _fold("".join(parts[0])), _fold("".join(parts[1]))


def inline_markdown(el: etree._Element, skip: frozenset[str] = frozenset()) -> str:
    """An element's text as one line of Markdown inline markup (``skip`` names left out).
    Emphasis that opens it marks its lead term as bold does ("<em>Drip</em>: ..."), as the
    Markdown reader reads "_Drip_: ..."."""
    out: list[str] = []
    _inline_parts(el, out, skip)
    first = next((c for c in el if not _skipped(c) and c.tag not in skip), None)
    if (
        first is not None
        and first.tag in ("em", "i")
        and not (el.text or "").strip()
        and (said := "".join(_parts_of(first)).strip())
        and out
    ):
        # (the emphasis is the first part after the element's own text)
        at = 1 if el.text else 0
        out[at] = _wrap(out[at].replace("**", ""), "**") if out[at].strip() == said else out[at]
    return _fold("".join(out))


def _cut_after(el: etree._Element, at: etree._Element) -> etree._Element:
    """A copy of ``el`` without what follows its child ``at`` (nor ``at``'s tail)."""
    cut = copy.deepcopy(el)
    index = list(el).index(at)
    for child in list(cut)[index + 1 :]:
        cut.remove(child)
    cut[index].tail = None
    return cut


def _parts_of(el: etree._Element) -> list[str]:
    inner: list[str] = []
    _inline_parts(el, inner)
    return inner


def _notes_inline(table: etree._Element) -> None:
    """A cell's footnote mark ("✓<sup><a href="#fn-3">3</a></sup>") as the note it points to,
    in brackets after the cell's text: the row says what the note under the table says of it."""
    marks = table.xpath(
        ".//td//sup[a[starts-with(@href, '#')]] | .//th//sup[a[starts-with(@href, '#')]]"
    )
    if not marks:
        return
    root = table.getroottree().getroot()
    ids = {e.get("id"): e for e in root.iter() if isinstance(e.tag, str) and e.get("id")}
    for sup in marks:
        target = ids.get(sup.find("a").get("href")[1:])
        if target is None or any(a is table for a in target.iterancestors()):
            continue
        note = _fold(target.text_content())
        note = re.sub(r"^\s*[\d¹²³⁴⁵⁶⁷⁸⁹⁰*†‡]+[.):]?\s*", "", note).rstrip(" ↩↑^")
        if not note or len(note) > 300:
            continue
        for child in list(sup):
            sup.remove(child)
        sup.tag, sup.text = "span", f" ({note})"


# a heading that only counts the posts below it ("3 Answers", "12 comments")
_COUNT_OF_POSTS = re.compile(r"\d+\s+[A-Za-z]+s")


def cell_html(el: etree._Element) -> str:
    """A table cell's inner HTML, keeping only b/strong/em/i/br/ul/ol/li/code, no attributes."""
    out: list[str] = []
    _clean_html(el, out)
    text = re.sub(r"(?:\s*<br>\s*)+", "<br>", _fold("".join(out)))
    return re.sub(r"^(?:<br>)+|(?:<br>)+$", "", text).strip()


def _clean_html(el: etree._Element, out: list[str]) -> None:
    if el.text:
        out.append(html.escape(el.text, quote=False))
    for child in el:
        if not _skipped(child):
            if child.tag == "br":
                out.append("<br>")
            elif child.tag in _CELL_TAGS or _bold_style(child):
                tag = "b" if _bold_style(child) else child.tag
                out.append(f"<{tag}>")
                _clean_html(child, out)
                out.append(f"</{tag}>")
            elif child.tag == "table":  # a table in a cell: one line per row
                rows = [
                    " | ".join(html.escape(_fold(c.text_content()), quote=False) for c in cells)
                    for _, cells in _table_rows(child)
                ]
                out.append("<br>" + "<br>".join(rows) + "<br>")
            elif child.tag == "small" and (said := _fold(child.text_content())):
                # small print under a name ("Zorb Hub<br><small>now Quill Hub</small>"): a
                # remark on it, as parentheses are
                inner: list[str] = []
                _clean_html(child, inner)
                text = _fold("".join(inner))
                out.append(text if said.startswith("(") else f"({text})")
            elif child.tag in _INLINE:
                _clean_html(child, out)
            else:  # a paragraph or division inside the cell: its own line
                out.append("<br>")
                _clean_html(child, out)
                out.append("<br>")
        if child.tail:
            out.append(html.escape(child.tail, quote=False))


def _table_rows(table: etree._Element) -> list[tuple[etree._Element, list[etree._Element]]]:
    """The table's own rows (not those of tables nested in its cells) with their cells."""
    rows = table.xpath("./tr | ./thead/tr | ./tbody/tr | ./tfoot/tr")
    return [(tr, [c for c in tr if c.tag in ("td", "th") and not _skipped(c)]) for tr in rows]


def _span(cell: etree._Element, attr: str) -> int:
    try:
        return min(max(int(cell.get(attr, "1").strip()), 1), _MAX_SPAN)
    except ValueError:
        return 1


def _index_name_header(
    table: etree._Element, grid: list[tuple[int, list[str]]]
) -> list[tuple[int, list[str]]]:
    """A header whose second row only names the first column (a data frame printed by pandas:
    the column names over an empty corner, then the index's name alone below them) as one
    header row."""
    if len(table.xpath("./thead/tr")) < 2 or len(grid) < 3:
        return grid
    (line, top), (_, sub) = grid[0], grid[1]
    if (
        top
        and sub
        and not top[0].strip()
        and sub[0].strip()
        and not any(x.strip() for x in sub[1:])
    ):
        return [(line, [sub[0], *top[1:]]), *grid[2:]]
    return grid


def table_grid(table: etree._Element) -> list[tuple[int, list[str]]]:
    """(source line, cells as HTML) per row; a spanned cell repeats across its columns and rows."""
    grid = []
    below: dict[int, tuple[int, str]] = {}  # column → (rows still covered, cell) from a rowspan
    for tr, cells in _table_rows(table):
        row: list[str] = []
        for cell in cells:
            _fill_spanned(row, below)
            value, down = cell_html(cell), _span(cell, "rowspan")
            for _ in range(_span(cell, "colspan")):
                if down > 1:
                    below[len(row)] = (down - 1, value)
                row.append(value)
        _fill_spanned(row, below)
        if any(row):
            grid.append((tr.sourceline or 0, row))
    return grid


def _column_letters(n: int) -> list[str]:
    """A spreadsheet's first ``n`` column names: A … Z, AA, AB …"""
    names = []
    for i in range(n):
        name, k = "", i + 1
        while k:
            k, r = divmod(k - 1, 26)
            name = chr(65 + r) + name
        names.append(name)
    return names


def _sheet_grid(grid: list[tuple[int, list[str]]]) -> list[tuple[int, list[str]]] | None:
    """The rows of a spreadsheet saved as a web page (Google Sheets' "Web page" download)
    without its frame: a header of column letters over an empty corner ("", A, B, C) and a
    first column of row numbers; the columns no row fills left out. None for other tables."""
    if len(grid) < 3 or len(grid[0][1]) < 3:
        return None
    corner, *letters = (_text(c) for c in grid[0][1])
    if corner or letters != _column_letters(len(letters)):
        return None
    numbers = [_text(cells[0]) for _, cells in grid[1:]]
    if not all(n.isdigit() for n in numbers) or [int(n) for n in numbers] != sorted(
        set(int(n) for n in numbers)
    ):
        return None
    rows = [(line, cells[1:]) for line, cells in grid[1:]]
    width = max((i + 1 for _, cells in rows for i, c in enumerate(cells) if _text(c)), default=0)
    return [(line, cells[:width] + [""] * (width - len(cells))) for line, cells in rows]


def _sheet_title(text: str) -> bool:
    """A merged row's words as a title: a phrase of eight words or fewer besides its remarks
    in brackets, not opening in lower case, no sentence in it ("② LOADERS (Quill
    side)", "1. INGEST", not "started 2 Sep · review booked 14 Nov · Score = 1 (no idea) ...")."""
    t = re.sub(r"\([^()]*\)", "", clean_heading(plain(text))).strip()  # no remarks
    return (
        1 <= len(re.findall(r"[^\W_]+", t)) <= 8
        and not t[:1].islower()
        and not re.search(r"[.:;,!?]$|[.;!?]\s", t)
    )


def _header_row(cells: list[str]) -> bool:
    """A spreadsheet row of column titles: two cells or more, each a label of a few words on
    one line ("Tool | What it does | Tip | Score (1-5)")."""
    filled = [(c, _text(c)) for c in cells if _text(c)]
    return len(filled) >= 2 and all(
        "<br>" not in c
        and len(said.split()) <= 4
        and not re.sub(r"(?:\.\.\.|…)$", "", said).endswith(".")  # ("Use it when...")
        for c, said in filled
    )


def _bold_row(cells: list[str]) -> bool:
    """Whether every filled cell of a row is set in bold, as a header row's are."""
    filled = [c.strip() for c in cells if _text(c)]
    return bool(filled) and all(re.fullmatch(r"<(b|strong)>.*</\1>", c, re.S) for c in filled)


def _fills_header(cells: list[str], header: list[str]) -> bool:
    """Whether a lone row is a row of the table its sheet's header heads (a group of one
    under a group's title): it fills three of the header's columns or more, and no other."""
    filled = [i for i, c in enumerate(cells) if _text(c)]
    named = {i for i, c in enumerate(header) if _text(c)}
    return len(filled) >= 3 and set(filled) <= named


def _cell_markdown(cell: str) -> str:
    """A cell's HTML (see cell_html) as a line of Markdown inline markup."""
    if not _text(cell):
        return ""
    return inline_markdown(lxml.html.fragment_fromstring(cell, create_parent="div"))


def _fill_spanned(row: list[str], below: dict[int, tuple[int, str]]) -> None:
    """Continue the row with the cells that rowspans from above cover at its end."""
    while len(row) in below:
        left, value = below.pop(len(row))
        if left > 1:
            below[len(row)] = (left - 1, value)
        row.append(value)


_MARGIN = re.compile(r"margin-left:\s*(-?\d*\.?\d+)(in|pt|cm)", re.I)
_TO_INCHES = {"in": 1.0, "pt": 1 / 72, "cm": 1 / 2.54}


def _filtered_list_level(el: etree._Element) -> int:
    """The level of a list paragraph as Word's "Web Page, Filtered" writes it (no
    ``mso-list`` style left): class ``MsoListParagraph…``, opening with a span that holds the
    bullet or number and the spaces after it; one level per half inch of left margin (the
    class's own margin is half an inch). 0 for any other paragraph."""
    if not el.get("class", "").startswith("MsoListParagraph") or len(el) == 0:
        return 0
    first = el[0]
    if (el.text or "").strip() or first.tag != "span":
        return 0
    marker = first.text_content()
    if not re.fullmatch(r"\s*\S{1,4}[\s\xa0]*\xa0[\s\xa0]*", marker):
        return 0
    m = _MARGIN.search(el.get("style", ""))
    inches = float(m[1]) * _TO_INCHES[m[2].lower()] if m else 0.5
    return max(1, round(inches / 0.5))


class _HtmlReader:
    """Walks the content tree in document order, keeping the heading path."""

    def __init__(self, document: str, n_lines: int, offset: int = 0):
        self.document, self.n_lines, self.offset = document, max(n_lines, 1), offset
        self.blocks: list[Block] = []
        # the items of the lists just read, by level: Google Docs writes each nesting level
        # as a list of its own after the one above (class "lst-kix_…-1")
        self.levelled: list[tuple[int, ListItem]] = []
        self.word_items: list[tuple[int, ListItem]] = []  # Word's open list items, by level
        self.typed: list[tuple[float, ListItem]] = []  # items of typed bullets, by indent
        self.headings: list[tuple[int, str]] = []
        self.styled_levels: dict[float, int] = {}  # see styled_heading_levels

    def source(self, start: int, end: int) -> Source:
        start, end = start + self.offset, end + self.offset
        start = min(max(start, 1), self.n_lines)
        end = min(max(end, start), self.n_lines)
        return Source(self.document, tuple(t for _, t in self.headings), start, end)

    def end_line(self, el: etree._Element) -> int:
        """The line an element's closing tag is on, from the newlines in its serialized source."""
        markup = lxml.html.tostring(el, encoding=str, with_tail=False)
        return (el.sourceline or 1) + markup.count("\n")

    def styled_heading(self, el: etree._Element) -> bool:
        """A cell or paragraph in the page's title type (see styled_heading_levels) is a
        heading of that level."""
        if not self.styled_levels or (found := _styled_title(el)) is None:
            return False
        level = self.styled_levels.get(found[0])
        if level is None:
            return False
        self.heading(el, level)
        return True

    def container(self, el: etree._Element) -> None:
        """Blocks of a division: its block children, and loose inline text between them."""
        if self.styled_heading(el):
            return
        run: list[str] = []
        span = [0, 0]  # first and last line of the loose text in ``run``

        def add(text: str, line: int) -> None:
            run.append(text)
            if text.strip():
                span[0] = span[0] or line + text[: len(text) - len(text.lstrip())].count("\n")
                span[1] = line + text.rstrip().count("\n")

        def flush() -> None:
            self.lines("".join(run), span, _style_indent(el))
            run.clear()
            span[:] = [0, 0]

        add(el.text or "", el.sourceline or 1)
        for child in el:
            if _skipped(child):
                pass
            elif child.tag == "br":
                add(_LINE_MARK, child.sourceline or 1)
            elif child.tag in _INLINE:
                parts: list[str] = []
                _inline_element(child, parts)
                add("".join(parts), child.sourceline or 1)
            else:
                flush()
                self.block(child)
            if child.tail and child.tail.strip():
                add(child.tail, self.end_line(child))
            elif child.tail:
                add(" ", self.end_line(child))  # (white space between two spans parts words)
        flush()

    def block(self, el: etree._Element) -> None:
        before = len(self.blocks)
        self._block(el)
        if el.tag not in ("ul", "ol") and len(self.blocks) > before:
            self.levelled = []  # text between lists ends their levels

    def _block(self, el: etree._Element) -> None:
        tag, line = el.tag, el.sourceline or 1
        if tag in _HEADINGS:
            self.heading(el, _HEADINGS[tag])
        elif tag == "p" and self.styled_heading(el):
            pass
        elif tag == "p":
            if self.word_list_item(el, line) or self.broken_lines(el, line):
                pass
            elif el.find("br") is not None:
                self.container(el)  # its lines may open with typed bullets
            else:
                self.paragraph(inline_markdown(el), line, self.end_line(el))
        elif tag == "pre":
            code = el.text_content()
            if code.strip() and len(code) <= _MAX_CODE:  # code, never prose
                self.blocks.append(Code(code, self.source(line, self.end_line(el))))
        elif tag in ("ul", "ol"):
            level = _list_level(el)
            parent = next((it for lv, it in reversed(self.levelled) if lv < level), None)
            before = len(self.blocks)
            self.list_items(el, parent.depth + 1 if parent else 0, parent)
            depth = parent.depth + 1 if parent else 0
            self.levelled += [
                (level, b)
                for b in self.blocks[before:]
                if isinstance(b, ListItem) and b.depth == depth
            ]
            return
        elif tag == "dl":
            self.definitions(el)
        elif tag == "table":
            self.table(el)
        elif tag == "details" and not self.details(el):
            self.container(el)
        elif tag != "details" and not self.tabs(el) and not self.card(el):
            self.container(el)

    def word_list_item(self, el: etree._Element, line: int) -> bool:
        """A list as Word's "Save as Web Page" writes it: paragraphs styled ``mso-list:l0
        level2``, each opening with its bullet or number in a span Word marks to ignore. An
        item of the level below the one before it is its child."""
        m = _MSO_LIST.search(el.get("style", ""))
        level = int(m.group(2)) if m else _filtered_list_level(el)
        if not level:
            return False
        body = copy.deepcopy(el)
        marker = ""
        if not m:  # "Web Page, Filtered": the marker is the paragraph's first span
            first = body[0]
            marker = first.text_content().strip(" \xa0\t\r\n")
            first.drop_tree()
        for span in list(body.iter("span")):
            if "mso-list:ignore" in span.get("style", "").replace(" ", "").lower():
                marker = marker or span.text_content().strip()
                span.drop_tree()  # the marker goes, the item's text after it stays
        raw = inline_markdown(body)
        if not raw:
            return True
        term, text = split_lead(raw)
        ordered = bool(re.match(r"^(?:\d+|[a-zA-Z]|[ivxlc]+)[.)]$", marker))
        item = ListItem(text, term, 0, ordered, self.source(line, self.end_line(el)), raw=raw)
        append_nested(self.blocks, self.word_items, level, item)
        return True

    def lines(self, text: str, span: list[int], indent: float) -> None:
        """Loose text of a division, its lines broken by ``<br>``: a paragraph, or, where lines
        open with typed bullets ("Modes:<br>- Drip - copies rows<br>- Sip - streams"), a
        paragraph or item each."""
        lines = text.split(_LINE_MARK)
        said = [_fold(x) for x in lines if _fold(x)]
        arrowed = sum(bool(_ARROW_LINE.match(x)) for x in said)
        if not any(TYPED_BULLET.match(_fold(x)) for x in lines) and not (
            # "Sweep → every combo<br>Drift → learns<br>...": a line a term, as typed bullets
            arrowed >= 2 and 2 * arrowed >= len(said) - 1
        ):
            self.paragraph(_fold(text.replace(_LINE_MARK, " ")), *span)
            return
        first, last = span
        for k, line in enumerate(x for x in lines if _fold(x)):
            n = min(first + k, last) if first else 0
            lead = len(line) - len(line.lstrip(" \t\xa0\u2003\u2002"))
            self.paragraph(_fold(line), n, n, indent + lead)

    def broken_lines(self, el: etree._Element, line: int) -> bool:
        """A paragraph of "**Name** — what it is" lines broken by ``<br>`` (a note app's
        glossary): a paragraph each, as the lines of a Markdown paragraph are."""
        if el.find(".//br") is None:
            return False
        marked = copy.deepcopy(el)
        starts = [line]
        for br in marked.iter("br"):
            # the line after a <br> at a line's end is the next one
            starts.append((br.sourceline or line) + (br.tail or "").startswith("\n"))
            br.tail = _LINE_MARK + (br.tail or "")
        raws = inline_markdown(marked).split(_LINE_MARK)
        kept = [(r.strip(), n) for r, n in zip(raws, starts) if r.strip()]
        if len(kept) < 2 or glossary_starts([plain(r) for r, _ in kept]) != list(range(len(kept))):
            return False
        for raw, n in kept:
            self.paragraph(raw, n, n)
        return True

    def details(self, el: etree._Element) -> bool:
        """A collapsible section (``<details>``): its summary titles its body, a section under
        the heading above, as a tab's label does."""
        summary = next((c for c in el if c.tag == "summary" and not _skipped(c)), None)
        title = clean_heading(inline_markdown(summary)) if summary is not None else ""
        if not title or len(title.split()) > 16:
            return False
        above = list(self.headings)
        level = (above[-1][0] if above else 1) + 1
        self.headings = [*above, (level, title)]
        line = summary.sourceline or 1
        self.blocks.append(Heading(title, level, self.source(line, self.end_line(summary))))
        body = copy.copy(el)  # the details without the summary already read
        for c in [c for c in body if c.tag == "summary"]:
            body.remove(c)
        self.container(body)
        self.headings = above
        return True

    def card(self, el: etree._Element) -> bool:
        """A card or panel (see ``_card_header``): its header titles its body, a section under
        the heading above, as a collapsible section's summary does."""
        head = _card_header(el)
        title = clean_heading(inline_markdown(head)) if head is not None else ""
        if not title:
            return False
        above = list(self.headings)
        level = (above[-1][0] if above else 1) + 1
        self.headings = [*above, (level, title)]
        line = head.sourceline or 1
        self.blocks.append(Heading(title, level, self.source(line, self.end_line(head))))
        body = copy.copy(el)  # the card without the header already read (a deep copy)
        del body[list(el).index(head)]
        self.container(body)
        self.headings = above
        return True

    def tabs(self, el: etree._Element) -> bool:
        """Content tabs ("Streams | Firehose" over one panel each: MkDocs' tabbed sets, ARIA
        tab lists): each panel a section under the heading above, titled by its tab."""
        panels: list[tuple[str, etree._Element]] = []
        classes = el.get("class", "").split()
        if el.tag == "div" and "tabbed-set" in classes:
            labels = [_fold(x.text_content()) for x in el.iter("label")]
            blocks = [
                x for x in el.iter("div") if "tabbed-block" in x.get("class", "").split()
            ] or [x for x in el if "tabbed-content" in x.get("class", "").split()]
            panels = list(zip(labels, blocks)) if len(labels) == len(blocks) else []
        elif el.get("role") == "tablist" or any(c.get("role") == "tablist" for c in el):
            # the tab set itself (its tab list a child), not a division holding one somewhere
            tabs = [t for t in el.iter() if t.get("role") == "tab"]
            bodies = [x for x in el.iter() if x.get("role") == "tabpanel"]
            by_id = {x.get("id"): x for x in bodies if x.get("id")}
            if tabs and all(t.get("aria-controls") in by_id for t in tabs):
                panels = [(_fold(t.text_content()), by_id[t.get("aria-controls")]) for t in tabs]
            elif len(tabs) == len(bodies):  # no ids to pair them by (Docusaurus): in order
                panels = [(_fold(t.text_content()), b) for t, b in zip(tabs, bodies)]
        if not panels or not all(title for title, _ in panels):
            return False
        listing = next((c for c in el if c.get("role") == "tablist"), None)
        if el.get("role") == "tablist" or listing is None:
            self.panels(panels)
            return True
        # a division holding the tab list among other blocks (a section with its heading, its
        # text, the tabs, more text): those blocks where they stand, the panels where the tab
        # list is
        inside = [x for _, panel in panels for x in (panel, *panel.iterancestors())]
        for child in el:
            if child is listing:
                self.panels(panels)
            elif not _skipped(child) and not any(child is x for x in inside):
                self.block(child)
        return True

    def panels(self, panels: list[tuple[str, etree._Element]]) -> None:
        above = list(self.headings)
        level = (above[-1][0] if above else 1) + 1
        for title, panel in panels:
            self.headings = [*above, (level, title)]
            line = panel.sourceline or 1
            self.blocks.append(Heading(title, level, self.source(line, line)))
            self.container(panel)
        self.headings = above

    def sheet(self, grid: list[tuple[int, list[str]]], level: int = 1) -> None:
        """A spreadsheet's rows (see _sheet_grid): a row merged across the sheet titles a
        section (at ``level``); a row of words in its first cell alone is a note; the rows
        between them are a table under the first of them, its header."""
        run: list[tuple[int, list[str]]] = []
        header: list[str] = []  # the last header row: a frozen one heads the rows below it

        def flush() -> None:
            nonlocal header
            # the rows' own header row (not a row of short words under a bold header)
            own = (
                bool(run)
                and _header_row(run[0][1])
                and not (header and _bold_row(header) and not _bold_row(run[0][1]))
            )
            if own:
                header = run.pop(0)[1]
            if run and header and (own or len(run) > 1 or _fills_header(run[0][1], header)):
                self.table_rows(header, run)
            elif len(run) > 1:  # no header row: the first row heads the table
                self.table_rows(run[0][1], run[1:], run[0][0])
            elif run:  # a row of values alone: a line of them
                line, cells = run[0]
                self.paragraph(" · ".join(_cell_markdown(c) for c in cells if _text(c)), line, line)
            run.clear()

        for line, cells in grid:
            filled = [c for c in cells if _text(c)]
            merged = len(cells) > 2 and cells[0] == cells[1] == cells[2] and _text(cells[0])
            if merged and _sheet_title(_cell_markdown(cells[0])):
                # its first cell merged across the sheet: a title
                flush()
                self.heading_text(clean_heading(_cell_markdown(cells[0])), level, line)
                rest = [c for c in dict.fromkeys(filled) if c != cells[0]]
                if rest:  # "due: 4/20/2024" beside the title: a line of its own
                    self.paragraph(" · ".join(_cell_markdown(c) for c in rest), line, line)
            elif len(set(filled)) == 1 and _text(cells[0]):
                flush()
                for said in cells[0].split("<br>"):
                    self.paragraph(_cell_markdown(said), line, line)
            elif filled:
                run.append((line, cells))
            else:  # an empty row ends a table
                flush()
        flush()

    def table_rows(
        self, header: list[str], rows: list[tuple[int, list[str]]], start: int = 0
    ) -> None:
        """A table of ``rows`` (line, cells) under ``header``, from line ``start`` (its first
        row's, unless given) to its last row's."""
        body = [Row(cells, self.source(n, n).line_start) for n, cells in rows]
        self.blocks.append(Table(header, body, self.source(start or rows[0][0], rows[-1][0])))

    def heading(self, el: etree._Element, level: int) -> None:
        title = clean_heading(inline_markdown(el))
        if _COUNT_OF_POSTS.fullmatch(title):
            return  # "3 Answers" over a thread's answers: a count, the question still titles them
        self.heading_text(title, level, el.sourceline or 1, el)

    def heading_text(
        self, title: str, level: int, line: int, el: etree._Element | None = None
    ) -> None:
        if not title:
            return
        while self.headings and self.headings[-1][0] >= level:
            self.headings.pop()
        self.headings.append((level, title))
        end = self.end_line(el) if el is not None else line
        self.blocks.append(Heading(title, level, self.source(line, end)))

    def paragraph(self, raw: str, start: int, end: int, indent: float = 0) -> None:
        if raw and (m := TYPED_BULLET.match(raw)):
            # "• row gap" on a line of its own: an item, under one typed less indented
            said = raw[m.end() :]
            term, text = split_lead(said)
            item = ListItem(text, term, 0, False, self.source(start, end), raw=said)
            append_nested(self.blocks, self.typed, indent, item)
        elif raw:
            term, text = split_lead(raw)
            self.blocks.append(Paragraph(text, term, self.source(start, end), raw=raw))

    def list_items(self, el: etree._Element, depth: int, parent: ListItem | None) -> None:
        """One ListItem per ``<li>``; nested lists become its children, one level deeper."""
        for li in el:
            if _skipped(li):
                continue
            if li.tag in ("ul", "ol"):  # a list straight inside a list: its items nest
                self.list_items(li, depth + 1 if parent else depth, parent)
                continue
            inner = [c for c in li if isinstance(c.tag, str) and not _skipped(c)]
            if (
                len(inner) == 1
                and inner[0].tag == "details"
                and not (li.text or "").strip()
                and not (inner[0].tail or "").strip()
                and self.details(inner[0])
            ):
                continue  # a toggle as a list item (Notion's): a section, its summary the title
            nested = [c for c in li if c.tag in ("ul", "ol") and not _skipped(c)]
            # (terms described inside an item, as Asciidoctor nests a glossary after the last
            # item before it: each a definition of its own)
            glossaries = [c for c in li if c.tag == "dl" and not _skipped(c)]
            raw = inline_markdown(li, skip=frozenset(("ul", "ol", "dl")))
            # "Three modes:", its list, then more words: the words after the list are a
            # paragraph of their own, so the lead-in still ends the item the list is under
            before, after = (
                _split_inline(li, nested[-1], frozenset(("ul", "ol"))) if nested else ("", "")
            )
            if after and before:
                raw = inline_markdown(_cut_after(li, nested[-1]), skip=frozenset(("ul", "ol")))
            first = next((c for c in inner if c.tag == "p"), None)
            title = (li.text or "").strip()
            if first is not None and first is inner[0] and is_title_like(title):
                # "<li>Shadow loads<p>what they are</p>": the item's title over its own text
                rest = copy.deepcopy(li)
                rest.text = ""
                said = inline_markdown(rest, skip=frozenset(("ul", "ol")))
                raw = f"**{plain(title)}:** {said}" if said else raw
            item = parent
            if raw:
                term, text = split_lead(raw)
                start = li.sourceline or 1
                end = (nested[0].sourceline or start) if nested else self.end_line(li)
                item = ListItem(text, term, depth, el.tag == "ol", self.source(start, end), raw=raw)
                self.blocks.append(item)
                if parent is not None:
                    parent.children.append(item)
            for sub in nested:  # an item without text lends its depth to its sub-list
                self.list_items(sub, depth + 1 if raw else depth, item)
            for glossary in glossaries:
                self.definitions(glossary)
            if after and before:
                self.paragraph(after, self.end_line(nested[-1]), self.end_line(li))

    def definitions(self, el: etree._Element) -> None:
        """``<dt>Term</dt><dd>text</dd>`` → a ListItem with the term as its bold lead."""
        term, start, described = "", 0, False
        for child in el:
            if _skipped(child):
                continue
            if child.tag == "dt":
                if term and not described:  # a term without a description
                    self.definition(f"**{term}**", start, start)
                said = inline_markdown(child)
                start, described = child.sourceline or 1, False
                lead, text = split_lead(re.sub(r"^\s*\d{1,2}[.)]\s+(?=\*\*)", "", said))
                if lead and text and re.match(r"^\s*(?:\d{1,2}[.)]\s+)?\*\*", said):
                    # "<dt>2. <b>Quill mode</b> - copies rows</dt>" (pod2html's "=item"): a term
                    # and its text, its number aside; a <dd> after it says more of it
                    self.definition(f"**{lead}:** {text}", start, start)
                    term, described = lead, True
                    continue
                term = said.replace("**", "").rstrip(" :")
            elif child.tag == "dd":
                # each of a term's descriptions is said of it ("Term" over two <dd>s); a list
                # inside one ("Modes:" over its items) nests under it, as a sub-list does
                nested = [c for c in child if c.tag in ("ul", "ol") and not _skipped(c)]
                tables = [c for c in child if c.tag == "table" and not _skipped(c)]
                skip = frozenset(("ul", "ol", "table"))
                # "Options:", its list, then more words: the words after the list are a
                # description of their own, so the lead-in ends the one the list is under
                before, after = _split_inline(child, nested[-1], skip) if nested else ("", "")
                text = (before if after else "") or inline_markdown(child, skip=skip)
                if described and not (text.strip() or nested or tables):
                    continue  # an empty <dd> after a term said with its text
                raw = f"**{term}:** {text}" if term and text else text or f"**{term}**"
                line = child.sourceline or 1
                first = start if not described and start else line
                end = (nested[0].sourceline or line) if nested else self.end_line(child)
                item = self.definition(raw, first, end)
                for sub in nested:
                    self.list_items(sub, 1 if item else 0, item)
                if after:
                    said = f"**{term}:** {after}" if term else after
                    self.definition(said, self.end_line(nested[-1]), self.end_line(child))
                for table in tables:  # a table in a description is a table, not words
                    self.table(table)
                described = True
        if term and not described:
            self.definition(f"**{term}**", start, start)

    def definition(self, raw: str, start: int, end: int) -> ListItem | None:
        if not raw.strip("* "):
            return None
        term, text = split_lead(raw)
        item = ListItem(text, term, 0, False, self.source(start, end), raw=raw)
        self.blocks.append(item)
        return item

    def table(self, el: etree._Element) -> None:
        """Header = the first row (its ``<th>`` cells, as a rule); cells keep their inline HTML.

        A table of one row or one column, one marked ``role="presentation"``, or one with
        tables in its cells lays out a page rather than tabulating: it is read as divisions."""
        _notes_inline(el)
        grid = table_grid(el)
        if (sheet := _sheet_grid(grid)) is not None:
            self.sheet(sheet)
            return
        if el.get("data-sheet") == "calc":  # a sheet under its name's title
            self.sheet(grid, level=2)
            return
        grid = fold_group_header(_index_name_header(el, grid))
        nested = any(t is not el for t in el.iterdescendants("table"))
        marked = el.get("role", "").strip().lower() in ("presentation", "none")
        # a mail's tables are all marked as layout; one of rows under a header row set in bold
        # tabulates all the same
        layout = nested or (marked and not _headed_grid(el, grid))
        if not layout and _term_table(el, grid):
            # "ZH | Zorbex Hub" rows and no header: a labelled list laid out as a table
            # (Asciidoctor's horizontal lists, glossaries)
            for line, (term, text) in grid:
                said = [html.unescape(_fold(re.sub(r"<[^>]+>", " ", x))) for x in (term, text)]
                self.definition(f"**{said[0]}:** {said[1]}", line, line)
            return
        if layout or len(grid) < 2 or max(len(cells) for _, cells in grid) < 2:
            for _, cells in _table_rows(el):
                for cell in cells:
                    self.container(cell)
            return
        caption = el.find("caption")
        if caption is not None and not _skipped(caption):  # "Table 1. Quill store tiers"
            line = caption.sourceline or el.sourceline or 1
            self.paragraph(inline_markdown(caption), line, self.end_line(caption))
            if self.blocks and isinstance(self.blocks[-1], Paragraph):
                self.blocks[-1].caption = True
        header = grid[0][1]
        rows = [
            Row(cells + [""] * (len(header) - len(cells)), self.source(line, line).line_start)
            for line, cells in grid[1:]
        ]
        start = el.sourceline or grid[0][0]
        self.blocks.append(Table(header, rows, self.source(start, self.end_line(el))))
