"""What a question asks: its form (list, single, definition, compare, yes/no, open), the type of
answer it expects, and the words that say what it is about.

The only words written here are English function words and the grammar of question forms
("which ... ?", "compare ...", "is ... ?"). Words for types come from the ontology's class
labels and ``skos:altLabel``s (``graph/vocabulary.py``): "Which <class name>s ...?" asks for
members of that class, a plural asks for a list.
"""

from __future__ import annotations

import itertools
import re
from dataclasses import dataclass, field
from functools import lru_cache

from graph.vocabulary import classes, plural, singular

from .figures import NUMBER_WORDS
from .index import keyword_tokens

# English function words: determiners, pronouns, prepositions, conjunctions, auxiliaries,
# wh-words, and the verbs of asking ("tell me", "list", "name").
FUNCTION_WORDS = frozenset(
    """a an the this that these those some any all each every both either neither no other another
    such own same few more most much many several which what whats what's who whom whose when where
    why how whether if then than so as of for to in on at by with without from into onto about
    above below under over between among through during before after against within via per
    upon and or but nor not also only just even very too quite rather please i me my mine we us
    our ours you your yours he him his she her it its they them their there here is are was were
    be been being am do does did done doing have has had having can could should would will shall
    may might must ought let lets let's one ones tell list name give show say says said mention
    mentioned mentions listed named given shown describe described explain explained define
    according""".split()
)
AUXILIARIES = frozenset(
    "is are was were be do does did can could should would will shall may might must has have had".split()
)
_WORD = re.compile(r"[a-z0-9][a-z0-9+#.'-]*[a-z0-9+#]|[a-z0-9]")
# "what is X (Y)?": a thing asked about, and in brackets the topic it stands under
_DEFINED_IN_CONTEXT = re.compile(
    r"^\s*(?P<ask>what(?:'s| is| are)|define|explain)\s+(?P<x>[^?()]{2,60}?)\s*\([^()]{2,40}\)\s*\??\s*$",
    re.I,
)
# "which ... when A is rare compared to B?": the comparison stands in a condition
_COMPARED_IN_CONDITION = re.compile(
    r"^(?:which|what)\b[^,;:]*\b(?:when|if|whenever|once|where)\b[^,;:]*\bcompared\s+(?:to|with)\b"
    # "What is the Gromble feature that saves 90% versus Quill?": what the thing asked for
    # does, measured against another, describes it
    r"|^(?:which|what)(?:'s|\s+is|\s+are)?\s+(?:the|a|an)\s+[\w\s-]{1,40}?\s(?:that|which|who)\s"
    r"(?![^?]*\b(?:differ\w*|between)\b)[^,;:?]*\b(?:vs\.?|versus|compared\s+(?:to|with))\s"
)
# a comparison asked in so many words: "how do they differ", "what's the difference"
_ASKS_COMPARE = re.compile(
    r"\bhow (?:do|does|did) (?:they|these|those|the two|both|it|the two \w+) differ\b"
    r"|\bwhat(?:'s| is| are) the (?:main |key |real |practical )?differences?\b"
)
# "outliers - should I judge it on RMSE or MAE, and why?": a choice between two names, after
# the scene (written as names are: capitalised or acronyms; "... or not" is no choice)
_CHOICE = re.compile(
    r"(?:^|[-–—:;.]\s+)(?:[Ss]hould|[Ww]ould|[Ss]hall) (?:I|we) (?![^?]*\bor not\b)[^?]*?"
    r"\b[A-Z][\w-]*(?: [\w-]+){0,2} or (?:an? |the )?[A-Z][\w-]*"
    # "..., is Quill Streams or Hose the right pick?"
    r"|\b(?:[Ii]s|[Aa]re) (?:an? |the )?[A-Z][\w-]*(?: [\w-]+){0,3} or (?:an? |the )?[A-Z][\w-]*"
    r"(?: [\w-]+){0,3}? (?:the )?(?:right|better|best|correct|wiser) (?:one|pick|choice|fit|option)\b"
)
# words in quotes, several of them: a quotation, not a quoted name; quotations set side by
# side ("'Jon Fern' vs 'John Fern'") are one example
_QUOTED = r"(?<!\w)['\"‘“][^'\"‘’“”]*\s[^'\"‘’“”]*['\"’”](?!\w)"
_QUOTATION = re.compile(rf"{_QUOTED}(?:\s*(?:vs\.?|versus)\s*{_QUOTED})*")
_COMPARE = re.compile(
    r"^compare\b|\bcompar(e|ed|ing|ison)\b.*\b(and|with|to|vs\.?|versus)\b|\b(vs\.?|versus)\b|"
    r"\bdifferences? between\b|\bhow (does|do|is|are) .+ differ|"
    # "how do I decide between them?", "what differs between the two?"
    r"\bdecide between\b|\bthe other way a?round\b|"
    # "choose between them", "choose between a Zorb and a Quill loader" (not "between three")
    r"\b(?:choose|pick|select) between (?:them|the two|these|those|both|"
    r"(?:an? |the )?[\w-]+(?: [\w-]+){0,3} and )|"
    # "Should I use A or B for ...?": a choice of two, not a yes or no
    r"^(?:should|would|shall) (?:i|we) (?:use|pick|choose|go (?:with|for)|prefer|take) "
    r"(?!.*\bor not\b)[^?]+? or \b|"
    r"\bdiffers? between\b|"
    # "how can I tell whether my model is A or B?": telling two things apart
    r"\bhow (?:can|do|would|could) (?:i|you|we|one) (?:tell|know|distinguish)\b.+\bor\b|"
    # "When should I pick Gromble instead of FernKit?", also after "According to the notes,"
    r"^(?:according to [^,]{1,60},\s*)?(?:when|why)\b.*\b(?:instead of|rather than|over)\b|"
    # "Gromble or FernKit: what's the difference?", "... and vice versa?"
    r"\bwhat(?:'s| is| are) the (?:\w+ )?differences?\b|\bvice versa\b|"
    # "how does A stack up against B?", "how do they compare?", "one over the other"
    r"\bhow (?:does|do|did) .+ (?:stack up|measure up|compare) (?:against|to|with)\b|"
    r"\bhow (?:do|did) .+ (?:stack up|measure up)\b|"  # "how do A and B stack up on cost?"
    # "which one keeps a replay, and which one ...?"
    r"\bwhich (?:one|of (?:the two|them))\b.*\band which\b|"
    r"\bhow do (?:they|the two|these|both|those) compare\b|\bover the other\b|"
    # "what separates them?", "what distinguishes A from B?", "how do I tell them apart?"
    r"\bwhat (?:separates|distinguishes|sets) (?:them|the two|these|those|.+\b(?:from|apart))\b|"
    r"\btell (?:them|the two|these|those|.+) apart\b|"
    # "Gromble or FernKit for rows: should I pick which?"
    r"\b(?:would|should|do|can) (?:i|we|you) (?:pick|choose|use|go (?:with|for)) which\b|"
    # "how do the two Gromble loaders compare?"
    r"^how (?:do|does|did) .+ compare\W*$"
)
# "A or B - which suits X and which suits Y?": the things, then what each is for
_EACH = re.compile(
    r"\bor\b[^?]*\bwhich\b[^?]*\band which\b"
    # "when do I use A and when B?": each set against the other
    r"|\bwhen (?:do|should|would|could|can|to)\b[^?]*\band when\b"
    # "choosing between A and B ... how am I billed in each case?", "A or B: what does each
    # cost?": two things, then what holds for each of them
    r"|\b(?:between|or)\b.+\b(?:in|for|with|of|does|do|is) (?:each|both)"
    r"(?: (?:case|one|option|of them|of the two))?\s*\?"
)
# "a QPU in ...", "the FernScore metric for ...": a name with a capital or digit after its
# first letter, of up to three words, then the setting it is asked in
_NAME_IN_SETTING = re.compile(
    r"(?:the |an? )?(?P<n>(?:[\w-]+ ){0,2}?[\w-]*\w[A-Z0-9][\w-]*(?: [\w-]+){0,2}?)"
    r" (?:in|for|on|within) "
)
_DEFINE = re.compile(
    # "what is meant by X?"
    r"^what(?: is|'s) meant by (?:the |an? )?(?P<m>[^?]+?)\s*\??$"
    # "what does it mean to enable X on a Y?": X, doing it in Y's setting
    r"|^what does it mean to (?:\w+ (?:(?:on|off|up|in) )?)?(?:the |an? )?(?P<v>[^?]+?)"
    r"(?:\s+(?:on|for|in|with|to|when|inside|within)\b[^?]*)?\s*\??$"
    r"|^(?:explain|describe|tell me|remind me) what (?:the |an? )?(?:term |word )?(?P<z>[^?]+?) "
    r"(?:\w+ly )?(?:is|are|does|do|means?|measures?|stands? for|refers? to)"
    r"(?:\s+(?:in|for|with|within|on|to)\b[^?]*)?"  # "... what X is in Y?", "... does to Y"
    r"(?:,?\s+and\s+(?:how|why|what|when|where|which)\b[^?]*)?\s*\??$"  # "... and how ...?"
    # ("what, exactly, is X?": an adverb in -ly between)
    r"|^(?:what(?:,? \w+ly,?)? (?:is|are)|what's|whats|define|explain|describe|tell me about"
    r"|who is)\s+"
    # "... for?", "define X as a Y", "explain X to me", "describe X the way the notes do"
    r"(?:the |an? )?(?P<x>[^?]+?)(?:\s+(?:used )?for|\s+as an? [^?]+|\s+(?:to|for) (?:me|us)\b[^?]*"
    r"|\s+(?:as|the way|like)\s+(?!an?\s)[^?]+)?"
    r"\s*[?.!]?$"
    r"|^what(?:,? \w+ly,?)? (?:does|do) (?!(?:i|we|you|they)\s)(?:the |an? )?(?P<y>[^?]+?)"
    r" (?:\w+ly )?do"
    r"(?:\s+(?:for|in|with|to|on|when|while|during)\b[^?]*)?"
    r"\s*\??$"
    # "what does the guide mean by X?": X
    r"|^what (?:does|do) (?:[^?]+? )?mean by (?:the |an? )?(?P<b>[^?]+?)\s*\??$"
    # "What does X mean (for a Y)?": X's meaning, in Y's setting
    r"|^what (?:does|do) (?:the |an? )?(?:term |word )?(?P<w>[^?]+?) "
    r"(?:mean|measure|stand for|represent|refer to)"
    # "... for a Y", "... and how does it work?": its setting, or a second question after it
    r"(?:\s+(?:for|in|with|to|when)\b[^?]*|\s+and (?:how|why|what|when|where)\b[^?]*)?\s*\??$"
    # "remind me how X works", "how does X work?", "how does the guide explain X?"
    r"|^(?:remind me |tell me |explain )?how (?:does |do )?(?:the |an? )?(?P<h>[^?]+?) works?\b[^?]*\??$"
    r"|^how (?:does|do) (?:(?:the|my|our|this|these) \w+ )?(?:explain|describe|define) "
    r"(?:the |an? )?(?P<e>[^?]+?)\s*\??$"
    # the thing first, the asking after: "Gromble - what is it?", "gromble meaning?",
    # "meaning of gromble?"
    # (the thing is no question of its own: "Which X are there and what are they for?" asks
    # for the X)
    r"|^(?!(?:which|what|how|who|where|when|why)\b)(?:the |an? )?(?P<t>[^?]+?)\s*(?:[-:,]\s*)?"
    r"(?:what(?:'s| is| are) (?:it|they|that|this)(?: used)?(?: for)?|"
    r"what (?:does|do) (?:it|they) (?:do|mean)|meaning|definition)\s*\??$"
    r"|^(?:the )?(?:meaning|definition) of (?:the |an? )?(?P<o>[^?]+?)\s*\??$"
    # "what does X actually learn, and what is it used for?": what X is, then what it is for
    r"|^what (?:does|do) (?:the |an? )?(?P<a>[^?]+?) (?:\w+ly )?\w+,?\s+and what(?:'s| is| are) "
    r"(?:it|they) (?:used |good |meant )?for\s*\??$"
)


def _defined(m: re.Match) -> str:
    """The thing a definition question asks about, whichever of its forms matched, without
    what the question says of the answer's form ("... in a sentence or two", "... in simple
    terms") or a second question after it ("... and how does it help?")."""
    said = next(g for g in (m[k] for k in "xyzwmhetovba") if g)
    bare = said
    while (shorter := _ANSWER_FORM.sub("", bare).strip()) and shorter != bare:
        bare = shorter  # "X in simple terms and how does it help?"
    # "this X thing": the article and the word "thing" are no part of X
    bare = re.sub(r"^(?:this|that|these|those) (.+?) (?:thing|things|stuff)$", r"\1", bare)
    return bare or said


_ANSWER_FORM = re.compile(
    r"\s+(?:in (?:a|one|two|three|a few|simple|plain|short|brief|layman'?s?) \w+(?: or \w+)?"
    r"|and (?:(?:say|tell me|explain|show|describe|give)\s+)?(?:how|why|what|when|where|which)\b.*"
    # the setting it is asked in: "... in the context of Y", "... when it comes to Y"
    r"|,?\s*(?:in|within) the (?:context|setting|area|field|world) of\b.*"
    r"|,?\s*when (?:it comes to|(?:\w+ )?(?:talk|talking|speak|speaking|write|writing) about)\b.*"
    # who it is said for: "... like I'm new to this", "... as if to a beginner"
    r"|,?\s*(?:like|as if|as though) (?:i'm|i am|i was|we're|we are|you're|you are|to)\b.*)$"
)


# "at what Quill score ...?", "below what value ...?": a point on a scale; "what safety
# factor ...?": a word for an amount as such
_ON_A_SCALE = re.compile(r"\b(?:at|below|above|under|over) what\b")
_AS_A_RATIO = r"\bwhat (?:[a-z-]+\s+){0,2}(?:threshold|factor|ratio|percentage)\b"
SCALE_ASKED = re.compile(rf"{_ON_A_SCALE.pattern}|{_AS_A_RATIO}")

# "how much ...?", "how many ...?", "what is the maximum ...?" (also after a scenario, "By
# default, how many ...?", or a word, "roughly how much ...?"): only a figure answers
_AMOUNT = re.compile(
    r"(?:^|[,;:.]\s+|\b)(?:how (?:much|many|long|big|large)\b|"
    r"what (?:does|do|did|would|will) .{1,60} cost\b|"  # "what does X cost per row?"
    # ("the size limit", "Quill's default ...": a word, or whose it is, before the limit)
    r"what(?:'s| is| are) (?:the|(?:[a-z][\w.-]*\s+){0,3}[a-z][\w.-]*'s) "
    r"(?:(?!most |least )[a-z]+ )?(?:max(?:imum)?|min(?:imum)?|"
    r"default|limit|price|cost|"
    r"largest|smallest|biggest|longest|shortest|highest|lowest)\b(?!-)|"
    # "what's the most memory I can give it?": as much of a thing as one may
    r"what(?:'s| is| are) the (?:most|least) [a-z]+ (?:i|you|we|one) (?:can|could|may)\b|"
    rf"{_ON_A_SCALE.pattern}|{_AS_A_RATIO}(?!\s+(?:of|in)\b))"
)


def _asked_amount(text: str) -> re.Match[str] | None:
    """Where the question asks for an amount; not a "how many" a relative clause says of
    the thing asked ("the one that controls how many rounds run")."""
    for m in _AMOUNT.finditer(text):
        before = text[: m.start()].rstrip(",;:. ")
        if not re.search(r"\b(?:that|which|who)\s+[a-z]+s$", before):
            return m
    return None


# "Can you explain ...?", "Could you list ...?": a request, not a yes-or-no question
_REQUEST = re.compile(
    r"^(?:can|could|would|will) (?:you|someone|somebody|anyone|anybody) (?:please )?"
    r"(?=(?:explain|describe|tell|define|list|name|give|show|compare)\b)"
)


@dataclass
class Question:
    text: str
    form: str  # list | single | definition | compare | yesno | open
    types: set[str] = field(default_factory=set)  # ontology classes of the asked-for things
    words: list[str] = field(default_factory=list)  # content words (keyword tokens)
    subject: str = ""  # X of "what is X?"
    asked: str = ""  # the asked-for noun phrase ("open-source library"), if any
    asks_type: bool = False  # the asked-for phrase names a class ("which service ...")
    asked_first: bool = False  # ... and opens the question ("what service offers ...?")
    query: str = ""  # the text without the words that point at the document ("the notes")
    defines: str | None = None  # the entity a definition question names, once linked
    term: str = ""  # ... or the words it asks to define, when they name no entity
    asks_amount: bool = False  # "how much ...?": only an answer with a figure answers it
    scope: list[str] = field(default_factory=list)  # words naming one document ("the team wiki")
    count: int | None = None  # how many things it says there are ("the three loaders")
    # the content words of the clause that asks, after any scenario ("Our data is 99% one
    # class. *What can I do about the imbalance?*"); the same as ``words`` without one
    ask_words: list[str] = field(default_factory=list)


@lru_cache(maxsize=1)
def _class_forms() -> list[tuple[list[str], str, bool]]:
    """(words of a class name, class, whether the form is plural), longest first."""
    out = []
    for name, term in classes().items():
        if name in ("Entity", "Document"):
            continue
        for n in term.names:
            out.append((n.split(), name, False))
            out.append((plural(n).split(), name, True))
    return sorted(out, key=lambda t: -len(t[0]))


@lru_cache(maxsize=1)
def _document_words() -> frozenset[str]:
    return frozenset(w for n in classes()["Document"].names for w in n.split())


def is_class_name(text: str) -> bool:
    """Whether ``text`` is a class name or its plural ("services", "file formats")."""
    return words_of(text) in [f for f, _, _ in _class_forms()]


def words_of(text: str) -> list[str]:
    return _WORD.findall(text.lower().replace("’", "'"))


@lru_cache(maxsize=4096)
def _adverb(word: str) -> bool:
    """An adverb in -ly made from an English adjective ("actually", "typically", "easily"),
    not a noun ("family", "anomaly")."""
    from wordfreq import zipf_frequency

    if len(word) < 5 or not word.endswith("ly"):
        return False
    stems = [word[:-2], word[:-4] if word.endswith("ally") else "", word[:-3] + "y"]
    stems += [word[:-2] + "e", word[:-3] + "le" if word.endswith("bly") else ""]
    return any(len(st) >= 3 and zipf_frequency(st, "en") >= 3.0 for st in stems if st)


def _runs(words: list[str]) -> list[tuple[int, list[str]]]:
    """Maximal runs of content words (noun phrases, roughly), with their start positions;
    "and"/"or"/"," between two runs is kept as a run of its own ("&")."""
    runs: list[tuple[int, list[str]]] = []
    cur: list[str] = []
    start = 0
    for i, w in enumerate(words):
        # a participle ends a noun phrase ("models *trained* on ..."), not a compound
        # adjective inside one ("*pre-trained* AI APIs")
        if (
            w in FUNCTION_WORDS
            or (w.endswith("ed") and not w.endswith("eed") and len(w) >= 4 and "-" not in w)
            # an adverb after a noun ends its phrase ("which Quill feature *actually* trains
            # it"); not an adjective before one ("the hourly price")
            or (cur and _adverb(w))
        ):
            if cur:
                runs.append((start, cur))
                cur = []
            if w in ("and", "or"):
                runs.append((i, ["&"]))
            continue
        if not cur:
            start = i
        cur.append(w)
    if cur:
        runs.append((start, cur))
    return runs


# irregular past participles of everyday verbs ("an algorithm *made* for this")
_PARTICIPLES = frozenset("made built meant done known given written shown taken run".split())


def _head_class(run: list[str], after_wh: bool = False) -> tuple[str, bool, int] | None:
    """The class a noun phrase names ("open-source libraries" → Framework, plural), with the
    number of words that name it: the name that ends the phrase, English heads coming last.
    Verbs are not told from nouns here, so a name may also stand inside the run before its
    verb: a plural one ("methods work"), or a singular one before a word in -s ("library
    supports"); otherwise a singular name inside a phrase is a modifier ("model hosting")."""
    found: list[tuple[int, int, str, bool]] = []
    for i in range(len(run)):
        for form, cls, is_plural in _class_forms():  # longest first
            if run[i : i + len(form)] == form:
                found.append((i, len(form), cls, is_plural))
                break
    at_end = [(cls, is_plural, n) for i, n, cls, is_plural in found if i + n == len(run)]
    inside = []
    for k, (i, n, cls, is_plural) in enumerate(found):
        nxt = found[k + 1] if k + 1 < len(found) else None
        if nxt and nxt[0] == i + n and nxt[3]:
            continue  # "algorithm performance metrics": the later name is the head
        after = run[i + n : i + n + 2]
        if after and after[0].endswith("ly") and len(after) > 1:
            after = after[1:]  # "... library quickly builds"
        # "library supports", and a participle after it: "algorithm made for this"
        verb = bool(after) and (
            (after[0].endswith("s") and not after[0].endswith("ss"))
            or (len(after) == 1 and (after[0].endswith("ed") or after[0] in _PARTICIPLES))
        )
        if after and (is_plural or verb):  # "methods work", "library supports"
            inside.append((cls, is_plural, n))
    # after which/what the first name is the asked-for one ("which formats suit ...
    # models"); elsewhere the name that ends the phrase is its head ("ranking metrics")
    order = inside + at_end if after_wh else at_end + inside
    return order[0] if order else None


def _before_verb(run: list[str], head: tuple[str, bool, int]) -> list[str]:
    """The asked-for phrase up to its class's name when a verb follows the name inside the
    run ("service pushes compiled models" → "service", "library underpins" → "library"),
    as ``_head_class`` reads it."""
    from ingest.lists import VAGUE_KINDS

    cls, is_plural, n = head
    forms = [f for f, c, _ in _class_forms() if c == cls and len(f) == n]
    for i in range(len(run) - n):
        if run[i : i + n] in forms:
            after = run[i + n]
            # (not a word for kinds the class name qualifies: "model types Quill offers")
            verb = (
                after.endswith("s")
                and not after.endswith("ss")
                and not is_plural
                and singular(after) not in VAGUE_KINDS
            )
            if verb or is_plural and not after.endswith("s"):
                return run[: i + n]
    return run


def _named_words(run: list[str], n: int, cls: str) -> set[str]:
    for i in range(len(run)):
        for form, c, _ in _class_forms():
            if c == cls and run[i : i + len(form)] == form and len(form) == n:
                return set(form)
    return set()


_NUMBERS = frozenset(
    "two three four five six seven eight nine ten twelve 2 3 4 5 6 7 8 9 10".split()
)


def _is_plural(word: str) -> bool:
    return (
        len(word) > 3
        and word.endswith("s")
        and not word.endswith(("ss", "us", "is", "ias", "ics", "sis"))
        and not word.isupper()
    )


def _embedded_wh(low: str, scoped: set[int]) -> frozenset[int]:
    """Where, among the words kept, a which/what follows a content word with no punctuation
    between ("know which", "tells Quill which"): an indirect question's, not the asking one's."""
    found, kept, prev, prev_end = set(), 0, "", 0
    for i, m in enumerate(_WORD.finditer(low)):
        if i in scoped:
            continue
        w = m.group()
        between = low[prev_end : m.start()]
        if w in ("which", "what") and prev and prev not in FUNCTION_WORDS:
            if not re.search(r"[,.;:?!()\[\]\"'—–]|\s-\s", between):
                found.add(kept)
        prev, prev_end, kept = w, m.end(), kept + 1
    return frozenset(found)


def _asked_phrase(
    words: list[str], plurals: frozenset[str] = frozenset(), embedded: frozenset[int] = frozenset()
) -> tuple[list[str], set[str], bool, set[str], int]:
    """The asked-for noun phrase, the classes it names, whether it is plural, the words that
    name the classes, and where the phrase starts.

    The first noun phrase whose head names a class (coordinated heads count: "tools or
    techniques"); failing that, the phrase right after a leading which/what.
    """
    runs = _runs(words)
    # the phrase right after "which"/"what" is the asked-for one, wherever the question puts
    # it ("Once a model is compiled, which service ...?"); failing that, the first phrase
    # that names a class
    wh = [i for i, w in enumerate(words) if w in ("which", "what")]
    # "which Quill setting tells it which model to use?": a which/what right after a verb's
    # words opens an indirect question, when another one asks
    if any(i not in embedded for i in wh):
        wh = [i for i in wh if i not in embedded]
    asked_at = {i + 1 for i in wh}
    for i in list(asked_at):  # "which of the stores ...": the phrase after "of the"
        j = i + 1 if words[i : i + 1] == ["of"] else i
        j += words[j : j + 1] in (["the"], ["these"], ["those"])
        asked_at.add(j)
        # "what are the options for ...": the phrase after "are the" (or "is my", ...)
        k = i + (words[i : i + 1] in (["are"], ["is"]))
        if k > i and words[k : k + 1] == ["all"]:  # "what are all (of) the options ...?"
            k += 1 + (words[k + 1 : k + 2] == ["of"])
        if k > i and words[k : k + 1] in (["the"], ["my"], ["our"], ["your"], ["some"]):
            asked_at.add(k + 1)
    for at, run in runs:
        # "what kinds of policies ...": the policies' types ("policy types", as notes title
        # them), when the policies name no class ("what kinds of services": services)
        if at in asked_at and run in (["kinds"], ["types"], ["sorts"]) and at + 2 < len(words):
            after_of = next((r for a, r in runs if a == at + 2), None)
            if words[at + 1] == "of" and after_of and _head_class(after_of, True) is None:
                return [*after_of[:-1], singular(after_of[-1]), "types"], set(), True, set(), at
    order = sorted(range(len(runs)), key=lambda k: runs[k][0] not in asked_at)
    # of several (a scenario's "we need to know which speaker said what. Which service?"),
    # the first that names a class
    after_wh = [k for k in order if runs[k][0] in asked_at and runs[k][1] != ["&"]]
    classed = [k for k in after_wh if _head_class(runs[k][1], True) is not None]
    if len(after_wh) > 1 and classed:
        order = classed[:1] + [k for k in order if k != classed[0]]
    if after_wh:
        # "which part cleans logs and scores models?": the phrase after which/what is the
        # asked-for one even when it names no class; a later one is not
        order = order[:1]
    for k in order:
        at, run = runs[k]
        head = _head_class(run, at in asked_at) if run != ["&"] else None
        if head is None:
            continue
        nxt = words[at + len(run)] if at + len(run) < len(words) else ""
        if head[1] and len(run) > 1 and nxt in _OBJECT_OPENERS and _head_class(run[:-1]):
            # "which distribution models that?": the word in -s is the verb, an object after
            run = run[:-1]
            head = _head_class(run, at in asked_at)
        if (
            len(run) > 1
            and _is_plural(run[-1])
            and nxt in AUXILIARIES
            and not any(run[-len(f) :] == f for f, c, _ in _class_forms() if c == head[0])
        ):
            # "what model types does X offer?": the class word modifies the plural head,
            # which the auxiliary after it shows is no verb
            return run, set(), True, set(), at
        run = _before_verb(run, head)
        types = {head[0]}
        named = _named_words(run, head[2], head[0])
        j = k + 1
        while j + 1 < len(runs) and runs[j][1] == ["&"]:
            nxt = runs[j + 1][1]
            starts = [(f, c) for f, c, _ in _class_forms() if nxt[: len(f)] == f]
            if not starts:
                break  # "tools or methods"; not "... cleans and scores data"
            types.add(starts[0][1])
            named |= set(starts[0][0])
            j += 2
        return run, types, head[1], named, at
    after = [(at, run) for at, run in runs if at in asked_at and run != ["&"]]
    if after and words[after[0][0]] not in AUXILIARIES:
        at, run = after[0]
        # a word in -s after a singular noun is its verb: inside the run ("which function
        # finds dense regions ..."), except in the set "which of the ..." chooses from
        # ("which of the hub stores keep ..."); ending the run, when an object follows ("what
        # feature compiles a model"), not after "are the" ("what are the different ways a job
        # ..."). A run ending the question may be either ("which lane wins?", "which stream
        # destinations?"): the plural is kept.
        nxt = words[at + len(run)] if at + len(run) < len(words) else ""
        being = [i for i in range(1, len(run)) if run[i] in ("exist", "exists")]
        if being and _is_plural(run[being[0] - 1]):  # "what input modes exist ...": the
            run, nxt = run[: being[0]], run[being[0]]  # verb of being after the plural
        chosen_from = words[max(0, at - 2) : at] in (["of", "the"], ["of", "these"])
        copula = words[max(0, at - 2) : at] in (["are", "the"], ["are", "my"], ["are", "our"])
        verbs = [
            i
            for i in range(1, len(run))
            if _is_plural(run[i])
            and not _is_plural(run[i - 1])
            and (
                (i < len(run) - 1 and not chosen_from and not copula and run[i] not in plurals)
                or (i == len(run) - 1 and nxt in _OBJECT_OPENERS and not copula)
            )
        ]
        if verbs:
            run = run[: verbs[0]]
        elif copula and (nouns := [i for i in range(len(run) - 1) if _is_plural(run[i])]):
            # "what are the different ways SageMaker can ...": the plural ends the phrase,
            # the clause's subject after it
            run = run[: nouns[0] + 1]
        many = (
            _is_plural(run[0])
            or _is_plural(run[-1])
            or run[-1] in plurals
            or any(w in _NUMBERS for w in run)
        )
        return run, set(), many, set(), at
    return [], set(), False, set(), -1


# words that open a verb's object ("... compiles *a* model", "... reads *my* logs", "... scores
# *how* well", "... checks *each* row", "... tags *who* said it")
_OBJECT_OPENERS = frozenset(
    "a an the my our your their its his her this these that those it them me us "
    "each every all any how whether who what which where when why".split()
)


_OPENERS = frozenset(
    "which what whats what's who how why when where is are was were do does did can could "
    "should would will has have define explain describe tell list name give show compare".split()
)


def _ask_clause_start(low: str) -> int:
    """The word index where the asking clause begins: the last sentence or comma-clause that
    opens with a question word, an auxiliary or a request; 0 when none does."""
    start = 0
    sentence = 0  # where the current sentence begins, in characters
    for m in re.finditer(r"(?<=[.?!;,:])\s+|\s+[-–—]\s+", low):  # " - " sets off a clause too
        if low[m.start() - 1] in ".?!":
            sentence = m.end()
        elif words_of(low[sentence:])[:1] and words_of(low[sentence:])[0] in _OPENERS - {"when"}:
            # "Which X, for example Y, does Z use?": one question, not two clauses; "When the
            # queue is empty, can X ...?" opens with a condition
            continue
        if _ABOUT_IT.match(low, m.end()):
            continue  # "Gromble - what is it?": the thing is before the dash
        if low[m.start() - 1] == "?" and _FOLLOW_UP.match(low, m.end()):
            break  # "What is Gromble? Why does it ...?": one question, asked of Gromble
        head = words_of(low[m.end() :])[:1]
        if head and head[0] in _OPENERS:
            start = len(words_of(low[: m.end()]))
    if not start and low.rstrip().endswith("?") and sentence and "?" not in low[:sentence]:
        # "We run 3,000 small models. cheapest way to host them?": a terse question after a
        # scenario asks in its own sentence
        start = len(words_of(low[:sentence]))
    return start


def _follow_up_at(low: str) -> int | None:
    """The word index where a second question about what the first asked of begins
    ("What is Gromble? Why does it drop rows?"), or None."""
    for m in re.finditer(r"(?<=\?)\s+", low):
        if _FOLLOW_UP.match(low, m.end()):
            return len(words_of(low[: m.end()]))
    return None


def scene_end(text: str) -> int:
    """Where the clause that asks begins, in characters: what comes before only sets the
    scene ("Our Quill export has twins. Which tool merges them?"); 0 when all of it asks."""
    low = text.lower().replace("’", "'")
    return _char_at(low, _ask_clause_start(low))


def _char_at(low: str, n: int) -> int:
    """Where the ``n``-th word of ``low`` begins, in characters."""
    found = list(re.finditer(r"\S+", low))
    words = 0
    for m in found:
        k = len(words_of(m.group()))
        if words + k > n:
            return m.start()
        words += k
    return len(low)


# a second question about what the first asked of: "... Gromble? How does it scale?"
_FOLLOW_UP = re.compile(
    r"(?:(?:why|how|what|when|where) )?(?:does|do|is|are|can|could|would|will|did) "
    r"(?:it|they|that|this)\b"
)


_ABOUT_IT = re.compile(
    # "Gromble - what is it?", "... what is that for?"; not "what is this zorb thing?", where
    # "this" is the thing's article
    r"what (?:is|are) (?:it|they|(?:that|this)(?=\s*(?:[?.!]|$|used\b|for\b|about\b|all\b)))\b"
    r"|what (?:does|do) (?:it|they)\b"
)


# the words before a count of what is asked ("the 4 tools", "which two loaders")
_COUNTING = frozenset("the these those which what are all my our its their".split())


def _count_of(word: str) -> int | None:
    """2-30 written in digits, 2-12 in words ("4", "three"); None for anything else."""
    if 2 <= (n := NUMBER_WORDS.get(word, 0)) <= 12:
        return int(n)
    return int(word) if word.isdigit() and 2 <= int(word) <= 30 else None


_SOURCE_CLAUSE = re.compile(r",?\s*\baccording to\b.*$")


def _without_source(text: str) -> str:
    """The question without a closing "according to ..." (where to look, not what is asked)."""
    return _SOURCE_CLAUSE.sub("", text).strip()


_POSSIBLE = re.compile(
    r"(^|[.!?]\s+)(?:is|was) it (?:possible|ok|okay|feasible) (?:for (?:me|us|you|one) )?to "
)
_ABLE = re.compile(r"(^|[.!?]\s+)(?:is|are) ([a-z0-9][\w -]{0,40}?) able to ")


# "If I turn on X for a job, ...": the thing a scenario does something with
_SCENE_OBJECT = re.compile(
    r"^(?:if|when|once|after) (?:i|we|you) (?:\w+ )(?:(?:on|off|up) )?(?:the |an? )?"
    r"([a-z0-9][\w -]{1,40}?)(?: (?:for|on|in|of|with|to)\b[^,]*)?,"
)
# "Is there a service that finds PII?", "Are there any algorithms for topics?": which
_EXISTS = re.compile(r"(^|[.!?]\s+)(?:is there (?:a|an|any|one)|are there(?: any| some)?) (?=\S)")


# "Is there something in the Gromble hub that can ...?": what does it, not whether
_SOMETHING = re.compile(
    r"(^|[.!?]\s+)is there (?:something|anything)((?: (?:in|on|within|from|for) [\w -]{1,40}?)?)"
    r" (?:that|which)(?:'ll)? (?=\S)"
)


def existential(text: str) -> Question | None:
    """ "Is there a service that ...?" read as "which service ...?": the thing, then what it
    must do; None when the question is no such one."""
    q = text.strip()
    low = q.lower().replace("’", "'")
    if (m := _EXISTS.search(low)) and (
        thing := re.match(
            # the thing, then what it must do: "a service that ...", "an algorithm made for ..."
            r"((?:[\w-]+ ){0,4}?[\w-]+) (?:that|which|who|for|to|made|designed|built|meant)\b",
            low[m.end() :],
        )
    ):
        rest = re.sub(
            r"\b(?:that|which|who)('ll)?\s",
            lambda x: "will " if x[1] else "",
            low[m.end() :],
            count=1,
        )
        which = analyse(f"{low[: m.start()]}{m[1]}which {rest}")
        if which.form in ("single", "list"):
            which.text = q
            if "is there" in m.group():  # "is there a mode that ...": one, that noun
                which.form, which.asked = "single", thing[1]
            return which
    return None


# "what is the name of the thing that ...", "what's the term for a thing ..."
_NAME_OF = re.compile(
    r"^what(?:'s|’s|\s+is)\s+the\s+(?:name|term|word)\s+(?:of|for)\s+(?:the|an?)\s+"
    r"(?P<rest>\S.*)$",
    re.I,
)


# "what is the <kind> that / computed as / used for ...": which thing of that kind is
_THE_KIND_THAT = re.compile(
    r"^what(?:'s|’s|\s+is)\s+the\s+(?P<rest>(?P<noun>[a-z]+)\s+"
    r"(?:that|which|where|whose|[a-z]+ed\s+(?:as|by|for|to|from|with|in|when))\b.*)$",
    re.I,
)


def analyse(text: str) -> Question:
    q = text.strip()
    low = q.lower().replace("’", "'")
    # asks for the thing when its noun names a kind of thing ("a service that ..."); "is there
    # a way to ...?" stays a yes/no (the answerer also asks for kinds the graph has)
    if (which := existential(q)) is not None and which.types:
        return which
    if (m := _DEFINED_IN_CONTEXT.match(q)) and "(" not in m["x"]:
        # "What is row fencing (quill loader)?": the thing, then where it belongs
        which = analyse(f"{m['ask']} {m['x']}?")
        if which.form == "definition":
            which.text = which.query = q
            return which
    if (m := _NAME_OF.match(q)) or ((m := _THE_KIND_THAT.match(q)) and is_class_name(m["noun"])):
        # "What is the name of the metric computed as X?", "What is the metric computed as
        # X?": which metric is
        which = analyse(f"Which {m['rest']}")
        which.text = q
        return which
    if m := _SOMETHING.search(low):
        # "Is there something in Glue that can dedupe rows?" asks what in Glue can
        which = analyse(f"{q[: m.start()]}{m[1]}What{m[2]} {q[m.end() :]}")
        which.text, which.form = q, "single"
        return which
    low = re.sub(r"\b(what|who|where|which|how)'s\b", r"\1 is", low)  # "what's X?"
    # "the built in loaders", "which built in loader": one word ("is it built in Quill?" not)
    low = re.sub(r"\bbuilt in (?=[a-z]+s\b)", "built-in ", low)
    low = re.sub(r"\b(which|what|the|an?) built in (?=[a-z])", r"\1 built-in ", low)
    # "Is it possible to train Gromble on Quanta?", "Is Gromble able to ...?": can it
    low = _POSSIBLE.sub(r"\1can i ", low)
    low = _ABLE.sub(r"\1can \2 ", low)
    # "the notes", "this study guide", "according to the guide": the document, not the topic
    docs = _document_words()
    words = words_of(low)
    scoped: set[int] = set()
    scope: list[str] = []
    for i, w in enumerate(words):
        if (
            w in docs
            and i
            and any(
                words[j] in ("the", "this", "these", "my", "our", "your", "his", "her")
                for j in range(max(0, i - 3), i)
            )
        ):
            first = max(
                j
                for j in range(max(0, i - 3), i)
                if words[j] in ("the", "this", "these", "my", "our", "your", "his", "her")
            )
            scoped.update(range(first, i + 1))
            # the words that tell one document from another ("the *cheat* sheet")
            scope += [
                x for x in words[first + 1 : i + 1] if x not in docs and x not in FUNCTION_WORDS
            ]
    # "the 4 Gromble tools", "which three loaders": a count of what is asked, not a word of it
    count = None
    for i, w in enumerate(words[1:], 1):
        if words[i - 1] in _COUNTING and (n := _count_of(w)) and i + 1 < len(words):
            count = count or n
            scoped.add(i)
    kept = [w for i, w in enumerate(words) if i not in scoped]
    embedded = _embedded_wh(low, scoped)
    # "APIs", "GPUs": an acronym's plural, which lower case hides ("apis" reads like "analysis")
    plurals = frozenset(w.lower() for w in re.findall(r"\b[A-Z]{2,}s\b", q))
    asked, types, many, named, at = _asked_phrase(kept, plurals, embedded)
    unnamed = re.search(r"\bwhat (?:do|does|did|should|can|could|would|will)\b", low)
    wh = next((i for i, w in enumerate(kept) if w in ("which", "what")), None)
    clause = _ask_clause_start(low)
    if wh is None and 0 <= at < clause and words[clause] not in _OPENERS:
        # "We run 3,000 small models. cheapest way to host them?": what is asked is in the
        # asking sentence, not the scenario's noun
        tail = [w for i, w in enumerate(words) if i >= clause and i not in scoped]
        asked, types, many, named, at = _asked_phrase(tail, plurals)
        at = at + len(kept) - len(tail) if at >= 0 else -1
    # "Gromble tools - which ones does it ship?": "ones" stands for the phrase said before
    pronoun = wh is not None and (
        kept[wh + 1 : wh + 2] == ["ones"]
        or kept[wh + 1 : wh + 3] in (["of", "them"], ["of", "these"])
    )
    # "... an unsupervised Gromble algorithm that scores rows. Which one?": "one" stands for
    # the class named before; alone, one thing is asked for
    one = wh is not None and kept[wh + 1 : wh + 2] == ["one"] and kept[wh + 2 : wh + 3] != ["of"]
    if one:
        # the class a noun phrase names last before it: "We need to ... using a Gromble
        # loader. Which one?" (not a verb's: "an algorithm that scores rows. Which one?")
        for first, run in reversed(_runs(kept[:wh])):
            noun = kept[first - 1 : first] in (["a"], ["an"], ["the"], ["some"])
            found = _asked_phrase(run, plurals) if noun else None
            if found and found[1] and found[4] >= 0:
                asked, types, many, named, at = (*found[:4], first + found[4])
                break
    if one and types and 0 <= at < wh:
        pronoun, many = True, False
    if wh is not None and 0 <= at < wh and not pronoun:
        # "Once my model is trained, what are my options?": the scenario names the model;
        # the asked-for thing is after the question word
        asked, types, many, named, at = [], set(), False, set(), -1
    if pronoun and at < 0 and (before := [r for r in _runs(kept[:wh]) if r[1] != ["&"]]):
        at, asked = before[-1]
        many = kept[wh + 1] == "ones" or _is_plural(asked[-1])
    if unnamed or (
        (
            re.match(r"^(?:how (?!much|many)|why)\b", low)
            or "where" in words[_ask_clause_start(low) :]
        )
        and not {"which", "what"} & set(kept)
        and not _COMPARE.search(low)  # "how do the two Gromble loaders compare?" names them
    ):
        # "How do I shrink a fitted model?", "What do I use to prune a fitted model?", "Where
        # can I get trained models?": the model is what is acted on; the asked-for thing
        # goes unnamed
        asked, types, many, named, at = [], set(), False, set(), -1
    # the clause that asks: a scenario may come first ("We trained X on GPUs. Can we ...?")
    start = _ask_clause_start(low)
    end = _follow_up_at(low) or len(words)
    ask = [w for i, w in enumerate(words) if start <= i < end and i not in scoped]
    # what is asked ends with the last question mark: "... which? Think cost, how much work."
    # adds no question
    asked_text = low[: low.rfind("?") + 1] if "?" in low else low
    subject = ""
    # a quotation ("rows like 'Jon Fern, 1 Quill St' vs 'John Fern, 1 Quill Street'") is an
    # example the question gives: its words do not compare things
    unquoted = _QUOTATION.sub(" ", low)
    if (
        (_COMPARE.search(unquoted) or _EACH.search(low) or _CHOICE.search(q))
        # "how much ... compared with X?"; not "how do A and B differ in terms of ... how
        # long ...?", where the amount is what they are compared on
        and not (
            (amount := _AMOUNT.search(asked_text))
            and not re.search(r"\bin terms of\b.*\bhow (?:much|many|long)\b", low)
            # "how do A and B differ, e.g. on how long rows are kept?": after the comparing
            # words, the amount is what they are compared on
            and not ((compared := _COMPARE.search(low)) and amount.start() >= compared.end())
        )
        # "When comparing loaders with X, is a higher value better?", "In the tools
        # comparison, which one retries?": the scenario compares, the question does not
        # (but "A or B - how do they differ on latency, who manages ...?" asks it)
        and not (
            not _ASKS_COMPARE.search(low)
            and ask
            and (
                ask[0] in AUXILIARIES
                or (
                    start > 0
                    and ask[0] in ("which", "what", "who")
                    # "A vs B: what is each for?" sets two things side by side; "In the A
                    # vs B table, which ...?" only says where to look
                    and (
                        not re.search(r"\b(?:vs\.?|versus|between)\b", " ".join(words[:start]))
                        or words[0] in ("in", "within", "from", "across", "among")
                    )
                )
            )
            and not _COMPARE.search(" ".join(ask))
            and not _CHOICE.search(q)
            and not _EACH.search(low)
        )
        # "Which Quill knob do I turn when short rows are rare compared to long ones?": a condition
        # compares, the question does not
        and not _COMPARED_IN_CONDITION.search(low)
    ):
        form = "compare"
    elif ask and ask[0] in AUXILIARIES and not _REQUEST.match(" ".join(ask)):
        form = "yesno"
    elif (
        (m := _DEFINE.match(_without_source(_REQUEST.sub("", " ".join(ask))) + "?"))
        # "explain drip mode for gromble row loading": the thing, then its setting
        and len(
            (
                # "explain X for Y": X, then its setting (not "what are the options for Y")
                re.split(r"\s+(?:for|in|on|within|inside)\s+", _defined(m))[0]
                # (and "what does X on a Y do?": X, done in Y's setting)
                if (
                    m["y"]
                    or re.match(r"(?:explain|describe|define)\b", _REQUEST.sub("", " ".join(ask)))
                    # "what is a QPU in Quill Flink for Moss?": a name written so, in a setting
                    or bool(
                        (copula := re.search(r"\b(?:is|are)\s", q))
                        and _NAME_IN_SETTING.match(q[copula.end() :])
                    )
                )
                and not re.match(r"(?:how|why|what|when|where)\b", _defined(m))
                else _defined(m)
            ).split()
        )
        <= 6
        and count is None  # "what are the three loaders?" asks for them
    ):
        form = "definition"  # if X names an entity; the answerer checks and falls back
        subject = _defined(m)
        scene = _SCENE_OBJECT.search(low) or _SCENE_OBJECT.search(subject + ",")
        if scene and (
            re.fullmatch(r"(?:it|that|this)(?: \w+ly)?", subject)
            or _SCENE_OBJECT.match(subject + ",")
        ):
            subject = scene.group(1)  # "If I turn on X for Y, what does that mean?": X
    elif (
        re.search(r"\b(which|what) (one|single)\b", low)
        or (
            # "which of A, B or C is ...?" asks for one; "which of the tools work ...?" for several
            re.search(r"\bwhich of\b", low)
            and not (many and not re.search(r"\bwhich of\b.*\b(is|was|does|has)\b", low))
        )
        or re.search(r"\bthe (most|least|best|worst|[a-z]{3,}est)\b", low)
    ):
        form = "single"  # one asked for, or a superlative: "the cheapest option"
    elif asked:
        # "Name the model types ...": after a request for things, a class name before a plural
        # is its modifier, the plural its head (a verb cannot follow "name the")
        request = re.match(r"^(?:name|list|enumerate|give)\s+(?:me\s+)?(?:all\s+)?the\s+", low)
        headed = (
            bool(request) and len(asked) >= 2 and _is_plural(asked[1]) and is_class_name(asked[0])
        )
        form = "list" if many or headed else "single"
    elif re.match(r"^(what|which) (is|was)\b", low) or re.match(r"^(how|why|when)\b", low):
        form = "single"
    elif re.match(r"^what are\b", low) or (
        # "Name the ways of ...", "list all fixes for ...", "List the input modes a job
        # can use": things asked for, in the plural (a head within the noun phrase's first
        # words, before a function word)
        (m := re.match(r"^(?:name|list|enumerate)\s+(?:all\s+)?(?:the\s+)?(.*)$", low))
        and any(
            re.search(r"[^s]s$", w)
            for w in itertools.takewhile(
                lambda w: w not in FUNCTION_WORDS, re.findall(r"[a-z][\w-]*", m[1])[:3]
            )
        )
    ):
        form = "list"
    else:
        form = "open"  # one answer or several: the evidence decides
    type_words = set(keyword_tokens(" ".join(named)))
    content = [
        w for w in keyword_tokens(" ".join(kept)) if w not in FUNCTION_WORDS and w not in type_words
    ]
    first = 0 <= at <= 2 and bool(kept) and kept[0] in ("what", "which")
    asking = [w for i, w in enumerate(words) if i >= start and i not in scoped]
    ask_words = [w for w in content if w in set(keyword_tokens(" ".join(asking)))] if start else []
    if (
        start
        and form in ("list", "single", "open")
        and {"it", "this", "them"} & set(asking[1:])
        and re.search(r"(?:[-–—:]|\s-)\s*$", low[: _char_at(low, start)])
    ):
        ask_words = []  # "Row skew in Zorbex — which tools can fix it?": it is the topic
    query = " ".join(words[i] for i in range(len(words)) if i not in scoped) if scoped else q
    return Question(
        q,
        form,
        types,
        content,
        subject,
        " ".join(asked),
        bool(types),
        first and bool(types),
        query,
        # "what is the default row limit?" asks for a figure; "... the default algorithm?" for
        # a thing of a type
        # a list or a comparison asks for things; "how much" in it only qualifies them, as
        # it does after the thing a question opens by asking for ("Which gauge is N / M,
        # i.e. how many of the rows ...?")
        # (nor does a yes/no question's: "Is it billed by how much it reads?")
        asks_amount=form not in ("compare", "list", "yesno")
        and bool(
            (m := _asked_amount(asked_text))
            # (a point on a scale is a figure, whatever it is of: "at what Quill score ...?")
            and ("how" in m.group() or not types or bool(_ON_A_SCALE.search(m.group())))
            and not (first and types and m.start() > 0)
        ),
        scope=scope,
        ask_words=ask_words or content,
        count=count,
    )
