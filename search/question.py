"""What a question asks: its form (list, single, definition, compare, yes/no), the type of
answer it expects, and the words that say what it is about."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from .index import keyword_tokens

# answer-type words → entity classes (the graph's ontology)
TYPE_WORDS: list[tuple[str, set[str]]] = [
    (
        r"\b(aws|amazon) (services?|tools?)\b|\bservices?\b|\bsagemaker (tool|capabilit(y|ies)|option|feature)s?\b",
        {"Service"},
    ),
    (r"\balgorithms?\b|\bmodels?\b(?! (training|building|deployment|quality))", {"Algorithm"}),
    (r"\bmetrics?\b", {"Metric"}),
    (
        r"\btechniques?\b|\bmethods?\b|\bstrateg(y|ies)\b|\bregularization\b|\bsplit methods?\b|\bvariants?\b",
        {"Technique"},
    ),
    (r"\bdistributions?\b", {"Distribution"}),
    (r"\bdata types?\b", {"DataType"}),
    (r"\b(data )?formats?\b", {"DataFormat"}),
    (r"\bframeworks?\b|\blibrar(y|ies)\b", {"Framework"}),
    (r"\bmonitoring aspects?\b", {"MonitoringAspect"}),
    (r"\buse cases?\b", {"UseCase"}),
    (r"\btools?\b", {"Service", "Tool", "Framework"}),
]
# words that only say "this is a question about the document"
_FILLER = set(
    "which what whats how when why who does do did can could should would will is are was were the a an "
    "cheat sheet document documents describe described list listed lists mention mentioned mentions say says "
    "associate associated typically usually i me my we our you your one ones there kind kinds type types "
    "aws amazon service services tool tools use used using help helps technique techniques method methods "
    "algorithm algorithms metric metrics".split()
)


@dataclass
class Question:
    text: str
    form: str  # list | single | definition | compare | yesno
    types: set[str] = field(default_factory=set)
    words: list[str] = field(default_factory=list)  # content words, without filler
    subject: str = ""  # X of "what is X?"


def analyse(text: str) -> Question:
    q = text.strip()
    low = q.lower()
    subject = ""
    # the answer type is named by the first type word(s) of the question ("tools or techniques")
    found = []
    for pattern, classes in TYPE_WORDS:
        m = re.search(pattern, low)
        if m:
            found.append((m.start(), classes))
    found.sort(key=lambda x: x[0])
    types: set[str] = set()
    for pos, classes in found:
        if not types or pos - found[0][0] <= 25:
            types |= classes
    if re.search(
        r"\b(vs\.?|versus)\b|^compare\b|^(what'?s|what is) the difference between|\bhow (does|do) .+ differ",
        low,
    ):
        form = "compare"
    elif re.match(r"^(is|are|does|do|can|could|should|will|has|have)\b", low):
        form = "yesno"
    elif (m := _DEFINE.match(low)) and len(m.group("x").split()) <= 6:
        form = "definition"  # if X names an entity; the answerer checks and falls back
        subject = m.group("x")
    elif re.search(r"\bwhich one\b", low) or re.match(
        r"^(what|how) (does|do|did|can|could|would|should)\b", low
    ):
        form = "single"  # one thing asked for, or a question about one thing ("What does X do?")
    elif not types and re.search(r"\b(what should|what can|what do|what would)\b", low):
        form = "open"  # one answer or several: the evidence decides
    elif (
        # a keyword query ("services for streaming ingestion") names what it wants in the plural
        (not re.match(r"^(what|which|how|why|when|where|who)\b", low) and re.search(_PLURALS, low))
        or re.search(r"\b(which|what) (\w+ ){0,3}" + _PLURALS, low)
        or re.match(r"^(what are|list|name)\b", low)
        or _plural_head(low)
    ):
        form = "list"
    else:
        form = "single"
    words = [w for w in keyword_tokens(q) if w not in _FILLER]
    return Question(q, form, types, words, subject)


_PLURALS = (
    r"(services|algorithms|metrics|techniques|methods|tools|types|patterns|variants|functions|aspects|"
    r"formats|distributions|frameworks|options|approaches)\b"
)
_DEFINE = re.compile(
    r"^(?:what is|what's|what are|define|explain|describe)\s+(?:the |an? )?(?P<x>[^?]+?)\s*\??$"
)
_AUX = {
    "do",
    "does",
    "did",
    "are",
    "is",
    "can",
    "could",
    "should",
    "would",
    "will",
    "have",
    "has",
    "were",
    "was",
}


def _plural_head(low: str) -> bool:
    """ "Which security practices does IAM include?": the asked-for noun is plural."""
    m = re.match(r"^(?:which|what)\s+(.*)$", low)
    if not m:
        return False
    words = re.findall(r"[a-z0-9-]+", m.group(1))[:5]
    for i, w in enumerate(words):
        if w in {"when", "where", "that", "for", "in", "of", "to", "with", "if", "from"}:
            return False  # the noun phrase ended before any verb
        if w in _AUX:
            head = words[i - 1] if i else ""
            return head.endswith("s") and not head.endswith(("ss", "us", "is"))
    return False


def analyse_type_head(low: str) -> bool:
    """Whether "what ..." asks for a thing of a type ("what SageMaker service ...")."""
    m = re.match(r"^what\s+((?:[\w-]+\s+){0,2}[\w-]+)", low)
    return bool(m) and any(re.search(p, m.group(1)) for p, _ in TYPE_WORDS)
