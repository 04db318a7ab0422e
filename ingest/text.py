"""Inline text: HTML in cells, Markdown emphasis, bold lead terms, list items inside cells.

HTML inside cells and list items (``<ul><li>`` nested, ``<br>``, ``<b>``, entities) is read
with a real HTML parser (lxml), never with tag regexes; Markdown inline syntax that survives
the Markdown parser (``**bold**`` in raw text) is folded here.
"""

from __future__ import annotations

import html
import re
import unicodedata
from functools import lru_cache

_HAS_TAG = re.compile(r"<\s*/?\s*[a-zA-Z][^>]*>")
_BOLD_MD = re.compile(r"\*\*(.+?)\*\*|__(.+?)__")
_MARKED = re.compile(
    r"(?<![=\w])==(?=\S)([^=\n]+?)(?<=\S)==(?![=\w])"
)  # "==highlight==" (Obsidian)
_LINK = re.compile(r"\[([^\]]*)\]\([^)]*\)")
_BLOCK_TAGS = {"br", "li", "p", "div", "ul", "ol", "tr", "td", "th", "table", "dt", "dd", "hr"}
_EMOJI = re.compile("[\U0001f000-\U0001faff\u2600-\u27bf\ufe0f\u20e3]")
# pictographs drawn beside words (☑, ⭐, 🧪), as the body of a character class; a marker's
# variation selector and joiner (U+FE0F, U+200D) go with it
PICTOGRAPHS = "\U0001f000-\U0001faff\u2600-\u27bf\u2b00-\u2bff"
_WS = re.compile(r"\s+")
# a cross says "not" ("input: RecordIO only → ✗ CSV"), unless a negation follows it already
_CROSS = re.compile(
    r"[\u2717\u2718\u274c\u2716\U0001f6ab\u26d4]\ufe0f?+"
    r"(?!\s*(?:no|not|never|cannot|(?:can|don|doesn|isn|won)['’]t)\b)\s*",
    re.I,
)
_CROSSES = "\u2717\u2718\u274c\u2716\U0001f6ab\u26d4"
_BULLET_GLYPHS = "•◦▪‣●○■□"
# a bullet typed at the start of a line of text ("• row gap", "- Drip - copies rows"), as note
# apps and table cells write lists without a list tool
TYPED_BULLET = re.compile(rf"^[{_BULLET_GLYPHS}*–-]\s+(?=\S)")


def _is_glyph(c: str) -> bool:
    """A pictograph, dingbat or arrow (not a letter, digit or Markdown mark)."""
    o = ord(c)
    return (
        c in _BULLET_GLYPHS
        or unicodedata.category(c) == "So"
        or 0x2190 <= o <= 0x21FF  # arrows
        or 0x27A0 <= o <= 0x27BF  # dingbat arrows
        or 0x2900 <= o <= 0x297F
    )


def glyph_bullet(line: str) -> str | None:
    """The rest of a line typed with a symbol for a bullet ("🔹 **Gromble** – ...", "➡️ ...",
    "• ..."), or None. A cross stays: it says "not"."""
    s = line.lstrip()
    m = re.match(r"(\S+)\s+(?=\S)", s)
    if not m:
        return None
    marks = [c for c in m[1] if c not in "\ufe0f\u200d"]
    if not marks or not all(_is_glyph(c) for c in marks):
        return None
    return s if any(c in _CROSSES for c in marks) else s[m.end() :]


# "**Term:** text", "**Term**: text", "**Term** → text", "Term → text"
_LEAD_BOLD = re.compile(
    r"^\s*\*\*(?P<term>[^*]+?)\*\*\s*(?P<sep>:|→|->|--|—|–|-|=(?!=)|\.(?=\s))?\s*(?P<rest>.*)$",
    re.S,
)
# a bold term's name going on in plain lower-case words up to a colon: "** averaging: ..."
_TERM_GOES_ON = re.compile(
    r"^(?P<words>[a-z][\w-]*(?:\s+[a-z][\w-]*){0,2}):\s+(?P<rest>\S.*)$", re.S
)
_NOT_NAME_WORDS = frozenset(
    "is are was were be been has have had does do did can could will would may might must "
    "should means mean includes include and or but the a an of to in on for with by as it "
    "this that these those here there also only not then so".split()
)
# a bold name, and before it how it is joined to the one before ("and **Fern (F)**")
_BOLD_RUN_AT = re.compile(
    r"(?P<join>\s*(?:,\s*)?(?:and\s+|or\s+|&\s+)?)\*\*(?P<name>[^*]{1,80})\*\*"
)


def leading_bold_runs(text: str) -> tuple[list[str], int]:
    """The bold names a text opens with, joined by commas or "and": "**A (X)** and **B (Y)**
    - ..." → (["A (X)", "B (Y)"], where the last ends)."""
    runs, at = [], 0
    while m := _BOLD_RUN_AT.match(text, at):
        if runs and not m["join"].strip():
            break  # (the first opens the text; the others are joined to it)
        runs.append(m["name"].strip())
        at = m.end()
    return runs, at


_ABBREVIATION_END = re.compile(r"(?:\b(?:e\.g|i\.e|etc|vs|approx|incl)|\.\.)\.$", re.I)
_ARROW = re.compile(r"\s*(?:→|-->|->)\s*")
# "a -> b -> c: rest": two arrows or more before a colon
_CHAIN_LEAD = re.compile(
    r"^(?P<term>[^:→>]{1,60}(?:\s*(?:→|-->|->)\s*[^:→>]{1,60}){2,}):\s+(?P<rest>\S.*)$", re.S
)
# "Term := what it is", "Term :: what it is"
_DEFINED = re.compile(r"^(?P<term>[^:=—–]{1,60}?)\s*(?::=|\s::)\s+(?P<rest>\S.*)$", re.S)
# "Term = what it is" (one "=" in the text: "precision = TP / (TP + FP)")
# ... or "= " opening LaTeX math, which may say "=" again: "FPR $= \dfrac{FP}{FP+TN} = 1-x$"
_EQUALS = re.compile(
    r"^(?P<term>[^:=—–$]{1,60}?)\s+(?:=\s+(?=[^=]*\S$)|\$=\s*)(?P<rest>.*\S)$", re.S
)


# the elements HTML has (text in angle brackets that names none is text: "endpoint/<name>")
_HTML_ELEMENTS = (
    "a abbr address article aside audio b big blockquote body br button caption center cite "
    "code col colgroup dd del details dfn div dl dt em figcaption figure font footer form h1 "
    "h2 h3 h4 h5 h6 head header hr html i iframe img input ins kbd label li main mark math nav "
    "nobr ol p picture pre q s samp script section small source span strike strong style sub "
    "summary sup svg table tbody td tfoot th thead title tr tt u ul var video wbr"
)
_NOT_A_TAG = re.compile(rf"<(?!!--|/?\s*(?:{'|'.join(_HTML_ELEMENTS.split())})(?![\w-]))", re.I)


@lru_cache(maxsize=4096)
def _fragment(text: str):
    """An HTML fragment parsed into a ``<div>`` (lxml), or None when it has no tags."""
    if not _HAS_TAG.search(text):
        return None
    from lxml import etree
    from lxml import html as lhtml

    try:
        return lhtml.fragment_fromstring(_NOT_A_TAG.sub("&lt;", text), create_parent="div")
    except (etree.ParserError, ValueError):
        return None


def _text_of(el, skip_lists: bool = False) -> str:
    """The text of an element, block elements and ``<br>`` as spaces; nested lists skipped
    when ``skip_lists`` (a list item's own text)."""
    parts: list[str] = [el.text or ""]
    for child in el:
        if not isinstance(child.tag, str):  # comments, processing instructions
            parts.append(child.tail or "")
            continue
        tag = child.tag.lower()
        if skip_lists and tag in ("ul", "ol"):
            parts.append(" " + (child.tail or ""))
            continue
        sep = " " if tag in _BLOCK_TAGS else ""
        parts.append(sep + _text_of(child, skip_lists) + sep + (child.tail or ""))
    return "".join(parts)


def strip_html(text: str) -> str:
    """Text with its HTML tags removed (block tags and ``<br>`` become spaces)."""
    frag = _fragment(text)
    return _text_of(frag) if frag is not None else html.unescape(text)


_CONTROL = re.compile(r"\x1b\[[0-9;?]*[A-Za-z]|[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\ufffe\uffff]")


def without_controls(text: str) -> str:
    """Text without control characters or terminal escapes (each becomes a space); tabs and
    line breaks stay. Such characters are illegal in XML and move a terminal's cursor."""
    return _CONTROL.sub(" ", text)


_CODE_SPAN = re.compile(r"`([^`\n]+)`")
_KEPT_CODE = re.compile("\ue000(\\d+)\ue001")


@lru_cache(maxsize=1 << 16)  # the same cell and name text is made plain many times
def plain(text: str) -> str:
    """Text without HTML tags, Markdown emphasis, links, emoji or control characters
    (terminal escapes, NUL, form feeds), whitespace folded; a cross mark reads "not"."""
    text = without_controls(text)
    text = strip_html(text)
    text = _LINK.sub(r"\1", text)
    # (code is written as it is: "`__label__`" keeps its underscores)
    codes: list[str] = []
    text = _CODE_SPAN.sub(
        lambda m: codes.append(m.group(1)) or f"\ue000{len(codes) - 1}\ue001", text
    )
    text = _BOLD_MD.sub(lambda m: m.group(1) or m.group(2), text)
    text = _MARKED.sub(r"\1", text)
    text = _KEPT_CODE.sub(lambda m: codes[int(m.group(1))], text)
    text = text.replace("`", "")
    text = _CROSS.sub(" not ", text)
    text = _EMOJI.sub("", text)
    text = _WS.sub(" ", text).strip()
    # (a space before a stop that opens a word stays: "files with .lst files")
    return re.sub(r"\s+([.,;:)])(?![^\W_])", r"\1", text)


def bold_terms(text: str) -> list[str]:
    """The bold phrases of a text, in order, HTML ``<b>`` or Markdown ``**``."""
    frag = _fragment(text)
    found = [_text_of(b) for b in frag.iter("b", "strong")] if frag is not None else []
    found += [m.group(1) or m.group(2) for m in _BOLD_MD.finditer(strip_html(text))]
    return [plain(t).strip(" :") for t in found if plain(t).strip(" :")]


def _sentence(text: str) -> bool:
    """Whether stressed text alone is a sentence, not a name or title standing as a heading:
    long, or five words or more ending as a sentence does."""
    words = len(text.split())
    return words >= 9 or (words >= 5 and text.rstrip().endswith((".", "!", "?")))


def _run_in(term: str) -> bool:
    """Whether a bold lead ends in its own full stop: a run-in heading naming a thing, its
    text after it; not a remark ("EXAM TIP – metrics.", "NOTE WELL.")."""
    return (
        term.endswith(".")
        and not _ABBREVIATION_END.search(term)
        and not re.search(r"\s[-–—]\s|:", term)
        and not (term.isupper() and " " in term)
    )


def bare_lead(text: str) -> bool:
    """Whether ``text`` opens with a bold phrase that runs on into the sentence with no
    separator ("**Managed** delivery of records"): a lead term or mere emphasis, which only
    the text around it tells (``ingest.outline.emphasis_not_terms``)."""
    m = _LEAD_BOLD.match(text)
    return bool(
        m
        and not m.group("sep")
        and not plain(m.group("term")).strip().endswith(":")
        and not _run_in(plain(m.group("term")).strip())  # "**Gromble.** Copies rows ..."
        and m.group("rest").strip()
        # "**Term** (`Code`): rest": its parentheses stand before the separator
        and not re.match(r"^\([^()]{1,80}\)\s*(?::|—|–|-\s)", m.group("rest"))
    )


# a flashcard, its question and answer: "**Q:** Which modes exist? **A:** ...", "Q. ...? A. ...",
# "Question: ...? Answer: ..."
CARD = re.compile(
    r"^\s*(?:\*\*)?Q(?:uestion)?(?:\s*[:.)]|\*\*)(?:\*\*)?\s*:?\s*(?P<q>[^\s.:)].*?\?)\s*"
    r"(?:\*\*)?A(?:nswer)?(?:\s*[:.)]|\*\*)(?:\*\*)?\s*:?\s*(?P<a>.*)$",
    re.S,
)

# a question a note asks itself, then its answer: "**Which store replays rows?** Zorbex. ..."
# (bold gone), "What does Gromble copy? A: rows"
_ASKED = re.compile(
    r"^\s*(?P<q>(?:which|what|how|when|where|why|who|whose|is|are|can|could|does|do|did|"
    r"should|would|will)\b[^?\n]{3,200}\?)\s*(?:A(?:nswer)?\s*[:.)]\s*)?(?P<a>.*)$",
    re.I | re.S,
)


# ... or with a short question of no question word: "XGBoost input formats? CSV, LibSVM ..."
_SHORT_ASKED = re.compile(
    r"^\s*(?P<q>[A-Za-z][^?.!:;\n]{2,100}\?)\s*(?:A(?:nswer)?\s*[:.)]\s*)?(?P<a>.*)$", re.S
)


def question_card(text: str) -> re.Match[str] | None:
    """A flashcard (its ``q`` and ``a``): "Q: ...? A: ...", or a text that opens with a
    question (a question word, or a phrase of up to ten words: "XGBoost input formats?")
    and goes on with its answer (the answer may be empty: a list follows)."""
    if m := CARD.match(text) or _ASKED.match(text):
        return m
    m = _SHORT_ASKED.match(text)
    return m if m and len(m["q"].split()) <= 10 else None


def split_lead(text: str) -> tuple[str, str]:
    """Split ``**Term:** rest`` (or ``Term → rest``) into (term, rest); term is '' if none. A
    count said before the rest ("Zorb modes — 6 of them: A, B, ...") is no part of it."""
    if m := _COUNTED_LEAD.match(plain(text)):
        return m["term"].strip(), m["rest"]  # "Zorb modes — 6 of them: A, B, ..."
    term, rest = _split_lead(text)
    if term and (m := _ASKED_THEN_NAME.match(term)) and m["term"] in m["asked"]:
        # "**Zorb or Quill? Zorb** is for rows": a question over it that names it, then the
        # term (two bold runs read as one); not "**Too slow? Try:**"
        term = m["term"]
    if term and (m := _REMARK_THEN_DASH.match(rest)):
        # "**Quill Pipe** (now called Fern Pipe) – delivers ...": the remark is the term's
        term, rest = f"{term} {m['remark']}", m["rest"]
    if term and (m := _COUNT_SAID.match(rest)):
        rest = rest[m.end() :]
    return term, rest


_ASKED_THEN_NAME = re.compile(r"^(?P<asked>[^?]{2,80})\?\s+(?P<term>[A-Z][^?]{0,60})$")
_REMARK_THEN_DASH = re.compile(r"^\s*(?P<remark>\([^()]{1,80}\))\s*[—–:-]\s+(?P<rest>\S.*)$", re.S)


_COUNT = r"(?:all\s+)?(?:\d+|two|three|four|five|six|seven|eight|nine|ten)(?:\s+of\s+them)?"
# "6 of them: ", "all four: " opening what is said of a term
_COUNT_SAID = re.compile(rf"^{_COUNT}:\s+(?=\S)", re.I)
# a term, a dash and how many it names, then them: "Zorb modes — 6 of them: A, B, ..."
_COUNTED_LEAD = re.compile(
    rf"^(?P<term>[^—–:]{{2,60}}?)\s+[—–-]\s+{_COUNT}:\s+(?P<rest>\S.*)$", re.I | re.S
)


def _split_lead(text: str) -> tuple[str, str]:
    m = _LEAD_BOLD.match(text)
    if m and not m.group("sep") and len((runs := leading_bold_runs(text))[0]) >= 2:
        # "**Quill (Q)** and **Fern (F)** - ...": two names (or more) the text is said of
        names, rest = runs[0], text[runs[1] :]
        sep = re.match(r"\s*(?::|→|->|—|–|-(?=\s))\s*|\s*$", rest)
        if sep and len(names) <= 6:
            joined = ", ".join(names[:-1]) + " and " + names[-1]
            return plain(joined), plain(rest[sep.end() :])
    if m:
        term = plain(m.group("term")).strip()
        rest = m.group("rest")
        if term.endswith(":"):
            return term.rstrip(": "), plain(rest)
        if rest.strip() and re.search(r"\s[-–—]$", term):
            return term[:-1].rstrip(), plain(rest)  # "**Quill Drip –** copies rows"
        if not rest.strip() and _sentence(term):
            return "", plain(
                text
            )  # "*Quill is used for anomaly scores.*": a said thing, all stressed
        if m.group("sep") or not rest.strip():
            return term.strip(), plain(rest)
        if (
            (more := _TERM_GOES_ON.match(rest))
            and not set(more["words"].lower().split()) & _NOT_NAME_WORDS
            # (no verb: "**Gromble** copies rows: ..." says what it does)
            and not re.search(r"[^su]s$", more["words"].split()[0])
            and len(term.split()) <= 4
        ):
            # "**macro** averaging: the unweighted mean": the bold word stresses part of the
            # name the colon ends
            return f"{term.strip()} {more['words']}", plain(more["rest"])
        # "**Term** text" with no separator: a lead term only if short and followed by text.
        if len(term.split()) <= 6:
            if _run_in(term):
                term = term[:-1]  # a run-in heading: "**Gromble.** Copies rows ..."
            return term, plain(rest)
        return "", plain(text)
    if m := _CHAIN_LEAD.match(text):
        # "Call logs -> text -> mood: Quill then Fern": a chain of steps is the lead, what
        # serves it after the colon
        return plain(m["term"]).strip(), plain(m["rest"])
    parts = _split_at_arrow(text)
    if (defined := defined_lead(text)) and len(defined[0]) < len(parts[0]):
        return plain(defined[0]), plain(defined[1])  # "precision = TP / (TP + FP) → ..."
    if (
        len(parts) == 2
        and 0 < len(parts[0].split()) <= 8
        # (not after a spaced dash: "task nodes – compute only → the one for Spot" reads as
        # "task nodes – ...", as its neighbours without an arrow do)
        and not re.search(r"\S\s[–—]\s\S", parts[0])
    ):
        term = plain(parts[0]).strip(" :")
        named = term.rsplit(": ", 1)[-1]
        if named != term and "," not in named and _defined_term(named):
            term = named  # "Sync job: Gromble → copies ...": named after its label
        elif named != term and _defined_term(head := term.split(": ", 1)[0]):
            # "Drip mode: streams rows → starts faster": the name, what it does after it
            return head, plain(text.split(":", 1)[1]).strip()
        return term, plain(parts[1])
    if defined:
        return plain(defined[0]), plain(defined[1])
    return "", plain(text)


def _split_at_arrow(text: str) -> list[str]:
    """``text`` cut at its first arrow outside parentheses (in "row tiers (hot -> cold):"
    the arrow is the remark's, and the text stays whole)."""
    for m in _ARROW.finditer(text):
        before = text[: m.start()]
        if before.count("(") <= before.count(")"):
            return [before, text[m.end() :]]
    return [text]


def defined_lead(text: str) -> tuple[str, str] | None:
    """(term, rest) of "Term := rest", "Term :: rest" or "Term = rest" when the words before
    the mark name a thing (after "=", a name in any case: "recall (TPR) = TP / (TP + FN)");
    else None. (A spaced dash, "Term — rest", is left alone: in running notes it as often
    sets off a remark.)"""
    from .lists import is_listed_name

    if m := _DEFINED.match(text):
        return (m["term"], m["rest"]) if _defined_term(plain(m["term"])) else None
    m = _EQUALS.match(text)
    return (m["term"], m["rest"]) if m and is_listed_name(plain(m["term"]), alone=True) else None


def _defined_term(term: str) -> bool:
    """Whether words before ":=" or "→" name a thing ("Row Quality Score (RQS)"), not open a
    sentence ("Honestly the widget part")."""
    from .lists import is_listed_name

    return term[:1].isupper() and is_listed_name(term)


def cell_items(cell: str) -> list[str]:
    """The items a table cell lists: ``<li>`` elements, ``<br>`` lines, or inline ``- a - b``.
    Small print (``<small>``) is a remark on the line before it, as parentheses are."""
    cell = re.sub(r"(?is)<small>\s*(?!\()(.*?)</small>", r"<small>(\1)</small>", cell)
    frag = _fragment(cell)
    lis = list(frag.iter("li")) if frag is not None else []
    brs = list(frag.iter("br")) if frag is not None else []
    if lis:
        items = [plain(_text_of(li, skip_lists=True)) for li in lis]
    elif brs:
        for br in brs:  # mark line breaks, then split the text at them
            br.tail = "\n" + (br.tail or "")
        items = [plain(x) for x in _text_of(frag).split("\n")]
        for br in brs:
            br.tail = br.tail[1:]
    else:
        text = plain(cell)
        if text.startswith("- "):
            items = re.split(r"(?:^|\s)-\s+", text)
        else:
            return [text] if text else []
    out: list[str] = []
    for x in (x.lstrip("-•* ").strip() for x in items):
        if x and out and re.fullmatch(r"\([^()]*\)", x):
            out[-1] = f"{out[-1]} {x}"  # "Quill Hub<br>(renamed Zorb Hub)": a note on it
        elif x:
            out.append(x)
    return out


_LEAD_MARK = re.compile(r"^\s*(?:→|->|=>|=|:|—|–)\s*")


def cell_leads(cell: str) -> list[tuple[str, str, bool]]:
    """The lines of a table cell that open with a term set in code or bold, then what it is
    ("<li><code>HOTSPOTS</code> → finds dense regions</li>", "**Drip** – copies rows"):
    (term, what is said of it, whether the term is code)."""
    found: list[tuple[str, str, bool]] = []
    frag = _fragment(cell)
    if frag is not None and any(True for _ in frag.iter("li")):
        for li in frag.iter("li"):
            first = next(iter(li), None)
            if first is None or (li.text or "").strip() or not isinstance(first.tag, str):
                continue
            tag = first.tag.lower()
            if tag not in ("code", "tt", "b", "strong"):
                continue
            term = plain(_text_of(first)).strip()
            rest = (
                plain(first.tail or "")
                + " "
                + plain(
                    "".join(
                        _text_of(c) + (c.tail or "") for c in list(li)[1:] if isinstance(c.tag, str)
                    )
                )
            )
            found.append((term, rest, tag in ("code", "tt")))
    else:
        for line in re.split(r"<br\s*/?>|\n", cell):
            m = re.match(
                r"^\s*(?:[-*•]\s+)?(?:`([^`]+)`|<code>([^<]+)</code>|\*\*([^*]+)\*\*"
                r"|<(?:b|strong)>([^<]+)</(?:b|strong)>)(.*)$",
                line,
            )
            if m:
                term = next(g for g in m.groups()[:4] if g)
                found.append((plain(term).strip(), plain(m[5]), bool(m[1] or m[2])))
    out = []
    for term, rest, code in found:
        rest = " ".join(rest.split())
        mark = _LEAD_MARK.match(rest)
        said = rest[mark.end() :] if mark else rest
        # a term in bold needs its mark ("**Drip** – ..."); code may run on ("`X` SQL fn → ...")
        # but not into more items of a list ("`x_rows` (required), `y_rows`")
        listed = not mark and re.match(r"^(?:\([^()]*\)\s*)?(?:[,;/]|(?:and|or)\s)", said)
        if term and said and (mark or code) and len(term.split()) <= 5 and not listed:
            out.append((term, said, code))
    return out


def cell_bullets(cell: str) -> list[str]:
    """The things a table cell lists as bullet lines ("• more rows<br>• row fencing (nightly)<br>•
    quill pruning"): each line's words, a remark in parentheses or after a dash
    aside, when two or more lines open with a bullet and most of them name a thing."""
    from .lists import is_listed_name

    frag = _fragment(cell)
    if frag is not None and any(True for _ in frag.iter("li")):
        lines = [plain(_text_of(li, skip_lists=True)) for li in frag.iter("li")]
    else:
        lines = [
            said[m.end() :]
            for line in re.split(r"<br\s*/?>|\n", cell)
            if (m := TYPED_BULLET.match(said := plain(line).lstrip()))
        ]
    heads = [
        re.split(r"\s+[—–-]\s+|:\s", re.sub(r"\s*\([^()]*\)", "", x), maxsplit=1)[0].strip(" .;")
        for x in lines
    ]
    named = [h for h in heads if 0 < len(h.split()) <= 4 and is_listed_name(h, alone=True)]
    return named if len(heads) >= 2 and len(named) * 2 > len(heads) else []


# a title between runs of "=" ("== Metrics ==", "=== Kinesis ==="), as wikis write it
WIKI_TITLE = re.compile(r"^(={2,6})\s*([^=\s](?:.{0,80}?[^=\s])?)\s*\1$")


def clean_heading(title: str) -> str:
    """A heading's title without emphasis, emoji, numbering or trailing punctuation."""
    text = plain(re.sub("\\d\ufe0f?\u20e3", "", title))  # keycap digits "1️⃣"
    # "2.", "7.2", "6 · Deployment", "3 — Metrics", "6b."
    text = re.sub(r"^(?:\d+[a-z]?[.)]|\d+(?:\.\d+)+\.?|[IVX]+\.|\d+\s*[·•|–—])\s+", "", text)
    text = WIKI_TITLE.sub(r"\2", text.strip())  # "== Metrics ==" (wiki and plain-text notes)
    # attributes after a heading ("Security {#sec .wide}", pandoc and Hugo): not its title
    text = re.sub(r"\s*\{\s*(?:[#.][^{}]*)?\}\s*$", "", text)
    text = re.sub(r"(?<![\w&#/])#[A-Za-z][\w/-]*", "", text)  # a tag: "Ingestion #aws"
    text = re.sub(r"\s+#+\s*$", "", text)  # closing hashes an underlined title kept ("Topic ##")
    # an arrow left between two status marks once they are gone ("Gaps 🔴→🟡")
    text = re.sub(r"^\s*(?:→|->|=>)\s*|\s*(?:→|->|=>)\s*$", "", text)
    return text.strip().rstrip(":.¶§").strip()  # "Setup¶": a permanent link's mark


def is_title_like(text: str) -> bool:
    """Whether a text reads as a title, not a sentence: a capitalised phrase of a few words
    with no sentence mark in it or at its end ("Shadow tests", "Blue/green deployments")."""
    t = plain(text).strip()
    return 1 <= len(t.split()) <= 6 and t[:1].isupper() and not re.search(r"[.:;,!?]$|[.;!?]\s", t)
