"""Entity names: what a written name means (canonical form, aliases, examples, qualifiers).

``parse_name("NTM (Neural Topic Model)")`` gives the canonical "Neural Topic Model" with the
alias "NTM"; ``parse_name("Normal (Continuous)")`` gives "Normal" with the property
"Continuous"; AWS spellings of services resolve through the catalog of official names.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import cache, lru_cache
from importlib import resources

from .text import plain

_PREFIXES = ("amazon ", "aws ", "apache ")
# ("mAP", "wQL": one lower-case letter may open it, before capitals)
_ACRONYM = re.compile(r"^(?=(?:.*[A-Z]){2})(?:[A-Z0-9]|[a-z](?=-?[A-Z]{2}))[A-Za-z0-9&/+\-]*s?$")
_PAREN = re.compile(r"\(([^()]*)\)")
_GENERIC_PLURALS = {"algorithms", "models", "methods", "techniques", "services", "tools"}
_SMALL = {"of", "for", "and", "the", "to", "a", "an", "in", "on", "with", "by", "&"}


# a file's name: "constraints.json", "train.csv", "model.tar.gz"
FILE_NAME = re.compile(
    r"[a-z0-9][\w-]*(?:\.(?:json|jsonl|csv|txt|yaml|yml|py|tar|gz|zip|parquet))+"
)


@lru_cache(maxsize=1 << 16)
def name_key(name: str) -> str:
    """A spelling-insensitive key: lower case, punctuation folded, plural -s dropped."""
    text = plain(name).lower().replace("’", "'").replace("'s ", " ")
    text = re.sub(r"[^a-z0-9+]+", " ", text)
    words = [
        w[:-1] if len(w) > 3 and w.endswith("s") and not w.endswith("ss") else w
        for w in text.split()
    ]
    return " ".join(words)


def compact_key(name: str) -> str:
    """``name_key`` without spaces: "CNN-QR", "CNNQR" and "CNN QR" share one key."""
    return name_key(name).replace(" ", "")


def strip_prefix(key: str) -> str:
    for p in _PREFIXES:
        if key.startswith(p):
            return key[len(p) :]
    return key


def is_acronym(text: str) -> bool:
    return bool(_ACRONYM.match(text.strip())) and len(text.strip()) <= 12


def spells(acronym: str, long: str) -> bool:
    """Whether ``acronym``'s letters occur in order in ``long``, its first letter opening a
    word (Schwartz & Hearst, "A simple algorithm for identifying abbreviation definitions in
    biomedical text", 2003): "SMOTE" in "Synthetic Minority Over-sampling Technique", "XGB" in
    "XGBoost". Every content word of ``long`` must give the acronym a letter, but for one
    inner word of a longer one ("FGE": "Fast Grid MultiTile Engine")."""
    short = [c.lower() for c in acronym if c.isalnum()]
    text = long.lower()
    if len(short) < 2 or not text:
        return False
    # a hyphenated compound is one word ("In-memory" in SPICE), as long as it gives a letter
    words = [w.strip(",;:.") for w in re.split(r"[\s/]+", long) if w.strip(",;:.")]
    words = [w for w in words if w.lower() not in _SMALL]
    silent = [i for i, w in enumerate(words) if w[0].lower() not in short]
    spare = 1 if len(short) >= 3 and not {0, len(words) - 1} & set(silent) else 0
    if len(words) > len(short) + spare or len(silent) > spare:
        return False
    i = len(text) - 1
    for k in range(len(short) - 1, -1, -1):
        c = short[k]
        while i >= 0 and (text[i] != c or (k == 0 and i > 0 and text[i - 1].isalnum())):
            i -= 1
        if i < 0:
            return False
        i -= 1
    return True


def initials(words: list[str]) -> str:
    """The first letter of each word and hyphenated part, small words left out ("Portable
    Document Format" → "PDF", "Bag of Words" → "BW")."""
    letters = []
    for w in words:
        if w.lower() in _SMALL:
            continue
        for part in re.split(r"[-/]", w):
            if part:
                letters.append(part[0].upper())
    return "".join(letters)


def _acronym_matches(acronym: str, words: list[str]) -> bool:
    """Whether ``acronym`` abbreviates ``words`` (initials, in order, small words optional)."""
    acr = re.sub(r"[^A-Za-z0-9]", "", acronym).upper().rstrip("S") or acronym.upper()
    full = initials(words)
    if acr == full or acr == full.rstrip("S"):
        return True
    # subsequence of word starts and inner capitals (e.g. "BoW", "DQN" for Deep Q-Networks)
    letters = "".join(ch for w in words for ch in w if ch.isupper() or ch.isdigit())
    it = iter(letters)
    return len(acr) >= 2 and acr[0] == (letters[:1] or " ") and all(c in it for c in acr)


def could_abbreviate(short: str, long: str) -> bool:
    """Whether ``short`` can be an abbreviation of ``long`` (Schwartz & Hearst, 2003): its
    letters appear in order in ``long``, the first at the start of a word or in the first word
    ("XGBoost" for "Extreme Gradient Boosting"). Digits are not
    required ("S3", "EC2"). "KNN" cannot abbreviate "Image tagging"; "SMOTE" can
    abbreviate "Synthetic Minority Over-sampling Technique"."""
    letters = re.sub(r"[^a-z]", "", short.lower())
    text = long.lower()
    if not letters:
        return False
    first_word = len(text.split()[0]) if text.split() else 0
    i = len(text)
    for k, ch in enumerate(reversed(letters)):
        first = k == len(letters) - 1
        i -= 1
        while i >= 0 and (text[i] != ch or (first and i >= first_word and text[i - 1].isalnum())):
            i -= 1
        if i < 0:
            return False
    return True


@dataclass
class ParsedName:
    canonical: str
    aliases: list[str] = field(default_factory=list)
    examples: list[str] = field(default_factory=list)
    properties: list[str] = field(default_factory=list)
    qualifier: str = ""


def split_outside_parentheses(text: str, marks: str = ",;") -> list[str]:
    """``text`` split at each of ``marks`` that stands outside parentheses."""
    parts, depth, cur = [], 0, ""
    for i, ch in enumerate(text):
        depth += ch == "("
        depth -= ch == ")"
        # "10,000": a thousands separator, no list's comma
        thousands = ch == "," and cur[-1:].isdigit() and re.match(r"\d{3}(?!\d)", text[i + 1 :])
        if ch in marks and depth == 0 and not thousands:
            parts.append(cur)
            cur = ""
        else:
            cur += ch
    parts.append(cur)
    return parts


def _slashes(text: str) -> list[str]:
    """``text`` split at each spaced slash that stands outside parentheses."""
    if " / " not in text:
        return [text.strip()]
    parts, depth, start = [], 0, 0
    for i, ch in enumerate(text):
        depth += (ch == "(") - (ch == ")")
        if depth == 0 and text[i - 1 : i + 2] == " / ":
            parts.append(text[start:i])
            start = i + 1
    parts.append(text[start:])
    return [p.strip() for p in parts]


# a dot set between points of one text ("picks for shoppers · tables: a, b · live events")
POINT_DOT = r"\s+·\s+"
# two coded names (each with a digit) joined by a slash: "P2/P3", "ml.g4dn/ml.g5"
CODED_PAIR = re.compile(r"(?=[^/\s]*\d)[^/\s]+/(?=[^/\s]*\d)[^/\s]+")


def split_list(text: str) -> list[str]:
    """Split "a, b and c" (or "a · b · c", or "a / b / c": two or more spaced slashes) on
    commas and a final "and"/"or", never inside parentheses."""
    if len(slashed := _slashes(text)) >= 3:
        text = "\x00".join(slashed)
    parts = split_outside_parentheses(text, ",;·\x00")
    out = []
    for i, p in enumerate(parts):
        p = re.sub(r"^\s*(?:and|or|e\.g\.,?|etc\.?)\s+", "", p.strip())
        # "and" before a capital joins two names; in the last of several parts it joins the
        # series' last item, whatever its case ("intents, utterances and slots")
        masked = re.sub(r"\([^()]*\)", lambda m: "_" * len(m.group()), p)
        last = i and i == len(parts) - 1
        cuts = [m.span() for m in re.finditer(r"\s+(?:and|or)\s+(?=[^\W\d])", masked)][:1]
        cuts = cuts if last else []  # (not before a figure: "0.5 and 0.9 quantiles")
        cuts = cuts or [m.span() for m in re.finditer(r"\s+(?:and|or)\s+(?=[A-Z])", masked)]
        at = 0
        for a, b in cuts:
            out.append(p[at:a].strip())
            at = b
        out.append(p[at:].strip())
    return [x.rstrip(". ") for x in out if x and x.lower().rstrip(".") not in {"etc", "e.g"}]


def _tail_of(short: str, name: str) -> bool:
    """Whether ``short`` is the last words of ``name`` ("Polly" of "Amazon Polly")."""
    a, b = short.lower().split(), name.lower().split()
    return len(a) < len(b) and b[-len(a) :] == a


# the other name a thing goes by, in parentheses after its name
_OTHER_NAME = re.compile(
    r"^(?:renamed(?: to)?|now(?: called| named)?|formerly(?: called| known as)?|previously"
    r"|a\.?k\.?a\.?|also (?:called|known as)|née|was|used to be(?: called)?|old name:?)\s+"
    r"(?:the\s+)?[\"“']?(\S.*?)[\"”']?\s*$",
    re.I,
)


def is_name_like_text(text: str) -> bool:
    """A short run of words that opens with a capital or is an acronym ("Zorb Hub", "QH")."""
    words = text.split()
    return 0 < len(words) <= 8 and (words[0][:1].isupper() or is_acronym(words[0]))


def parse_name(raw: str) -> ParsedName:
    """What a written entity name means: canonical form, aliases, examples and qualifiers."""
    text = plain(raw).strip().strip(":").strip()
    text = re.sub(r"(\w)['’]s\b", r"\1", text)  # "Spark's MLlib" → "Spark MLlib"
    result = ParsedName(text)
    m = _PAREN.search(text)
    if not m:
        return result
    inner = m.group(1).strip()
    before = text[: m.start()].strip()
    after = text[m.end() :].strip()
    outside = f"{before} {after}".strip()
    if not before:
        result.canonical = inner
        return result
    if (m2 := _OTHER_NAME.match(inner)) and not after and is_name_like_text(m2.group(1)):
        # "Quill Hub (renamed Zorb Hub)", "(formerly ...)", "(aka QH)": one thing, two names
        result.canonical = before
        result.aliases.append(m2.group(1).strip())
        return result
    if re.match(r"^(e\.g\.|i\.e\.|such as|like)\b", inner, re.I):
        result.canonical = outside
        result.examples = split_list(
            re.sub(r"^(e\.g\.|i\.e\.|such as|like),?\s*", "", inner, flags=re.I)
        )
        return result
    if is_acronym(inner) and "," not in inner:
        words = before.split()
        # "Collaborative Filtering (CF) Algorithms": the acronym names the words before it,
        # and a trailing generic plural ("Algorithms") is dropped from the canonical name.
        if after and len(after.split()) == 1 and after.lower() in _GENERIC_PLURALS:
            for k in range(len(words), 0, -1):
                if _acronym_matches(inner, words[-k:]):
                    result.canonical = " ".join(words[-k:])
                    result.aliases.append(outside)
                    break
            else:
                result.canonical = outside
            result.aliases.append(inner)
            return result
        result.canonical = outside
        one_word = len(words) == 1 and inner[:1].lower() == before[:1].lower()
        if not (could_abbreviate(inner, before) or one_word):
            # "Image tagging (KNN)", "grouping (K-Means)": a note on another thing;
            # "Stochastic (SGD)" may be short for a longer name
            result.qualifier = inner
            return result
        if after:
            result.aliases.append(f"{inner} {after}")
        else:
            result.aliases.append(inner)
        return result
    if (
        is_acronym(before)
        and len(inner.split()) >= 2
        and inner[:1].isupper()
        # "ZRF (Zorbex Row Filter)", "Tanh (Hyperbolic Tangent)" spell it out or name it in
        # full; "Zorbex (CPU preferred)" remarks on it
        and (
            could_abbreviate(before, inner)
            or ("," not in inner and all(w[:1].isupper() for w in inner.split() if len(w) > 3))
        )
    ):
        result.canonical = inner + (f" {after}" if after else "")
        result.aliases.append(before)
        return result
    if "," in inner:
        items = split_list(inner)
        # names, not a remark in phrases ("keys in AWS KMS, audit trail in CloudTrail")
        if all(len(x.split()) <= 4 for x in items) and not any(
            x[:1].islower() and len(x.split()) > 1 for x in items
        ):
            result.canonical = outside
            result.examples = items
            return result
    if not after and len(inner.split()) <= 3 and _tail_of(inner, before):
        # "Gromble Store (Store)", "Widget Hub Reader (Reader)": the short name it goes by
        result.canonical = before
        result.aliases.append(inner)
        return result
    if len(inner.split()) == 1 and inner[:1].isupper():
        result.canonical = outside
        result.properties.append(inner)
        return result
    # a short prefixed service name in parentheses expands an abbreviation: "Amazon MSK (Managed ...)"
    last = before.split()[-1]
    if is_acronym(last) and _acronym_matches(last, inner.split()):
        result.canonical = outside
        result.aliases.append(" ".join(before.split()[:-1] + [inner]))
        return result
    result.canonical = outside
    result.qualifier = inner
    return result


@dataclass(frozen=True)
class Service:
    canonical: str
    aliases: tuple[str, ...]


class ServiceCatalog:
    """Official names of AWS services, looked up by any spelling (Amazon/AWS prefix optional)."""

    def __init__(self, services: list[Service]):
        self.services = services
        self._by_key: dict[str, Service] = {}
        self._by_stripped: dict[str, Service] = {}  # only for spellings with a prefix
        for s in services:
            for name in (s.canonical, *s.aliases):
                self._by_key.setdefault(name_key(name), s)
                self._by_stripped.setdefault(strip_prefix(name_key(name)), s)
        # first words that name a service family ("SageMaker", "Kinesis", "CloudWatch")
        self._families = {
            strip_prefix(name_key(s.canonical)): s
            for s in services
            if len(strip_prefix(name_key(s.canonical)).split()) == 1
        }

    @classmethod
    @cache
    def default(cls) -> ServiceCatalog:
        text = resources.files("ingest").joinpath("data/aws_services.tsv").read_text("utf-8")
        services = []
        for line in text.splitlines():
            if not line.strip() or line.startswith("#"):
                continue
            canonical, _, aliases = line.partition("\t")
            services.append(
                Service(
                    canonical.strip(), tuple(a.strip() for a in aliases.split(",") if a.strip())
                )
            )
        return cls(services)

    def lookup(self, name: str) -> Service | None:
        """The service a spelling names, exact up to prefix and punctuation."""
        key = name_key(name)
        hit = self._by_key.get(key)
        if hit is None and key.startswith(("amazon ", "aws ")):
            hit = self._by_stripped.get(strip_prefix(key))
        elif hit is None and len(words := name.split()) >= 2 and re.search(r"[a-z][A-Z]", words[0]):
            # "OpenSearch Service": the official name without its vendor, led by a brand word
            hit = self._by_stripped.get(key)
        return hit

    def normalize(self, name: str) -> str:
        """The official spelling of a service name, or of a feature of a known service.

        "Amazon Lambda" → "AWS Lambda"; "AWS CloudWatch Alarms" → "Amazon CloudWatch Alarms";
        "SageMaker Neo" → "Amazon SageMaker Neo"; other names are returned as is.
        """
        hit = self.lookup(name)
        if hit:
            return hit.canonical
        words = name.split()
        if not words:
            return name
        has_prefix = words[0].lower() in {"amazon", "aws"}
        rest = words[1:] if has_prefix else words
        family = self._families.get(name_key(rest[0])) if rest else None
        distinctive = bool(rest) and bool(re.search(r"[a-z][A-Z]", rest[0]))
        if family and len(rest) > 1 and rest[0][:1].isupper() and (has_prefix or distinctive):
            prefix = family.canonical.split()[0]
            return " ".join([prefix, *rest])
        return name

    def is_service(self, name: str) -> bool:
        return self.lookup(name) is not None


@cache
def algorithm_spellings() -> dict[str, str]:
    """Every spelling of the algorithms SageMaker ships → its canonical name
    (``data/sagemaker_algorithms.tsv``)."""
    return _spellings("data/sagemaker_algorithms.tsv")


@cache
def algorithm_keys() -> dict[str, str]:
    """Name key of every spelling of the algorithms SageMaker ships → its canonical name
    ("k nn" → "K-Nearest Neighbors")."""
    return {name_key(n): c for n, c in algorithm_spellings().items()}


@cache
def format_spellings() -> dict[str, str]:
    """Name key of every spelling of the common formats of files → its canonical name
    ("libsvm" → "LibSVM")."""
    return {name_key(n): c for n, c in _spellings("data/data_formats.tsv").items()}


@cache
def format_names() -> dict[str, str]:
    """Every spelling of the common formats of files, as written → its canonical name."""
    return _spellings("data/data_formats.tsv")


@cache
def known_formats() -> frozenset[str]:
    """Name keys of common data and file formats (``data/data_formats.tsv``, domain knowledge
    like the service catalogue): a thing a document names so, but gives no class, is a data
    format."""
    return frozenset(name_key(n) for n in _spellings("data/data_formats.tsv"))


@cache
def _instance_type() -> re.Pattern[str]:
    """An instance type's name: a family of ``data/instance_families.tsv``, with SageMaker's
    "ml." before it and a size after it or not ("M5", "ml.p3.2xlarge")."""
    text = resources.files("ingest").joinpath("data/instance_families.tsv").read_text("utf-8")
    families = [x.strip() for x in text.splitlines() if x.strip() and not x.startswith("#")]
    family = "|".join(sorted(families, key=len, reverse=True))
    return re.compile(
        rf"(?:ml\.)?(?:{family})(?:\.(?:\d*x?large|medium|small|micro|nano|metal))?", re.I
    )


def is_instance_type(name: str) -> bool:
    """Whether a name is an instance type's, or several's ("Inf1/Inf2", "P3 / G4dn")."""
    parts = [p.strip() for p in re.split(r"\s*(?:/|,|\bor\b)\s*", name.strip())]
    return all(p and _instance_type().fullmatch(p) for p in parts)


def _spellings(path: str) -> dict[str, str]:
    """Every spelling a TSV list of names gives (canonical, then aliases) → its canonical."""
    text = resources.files("ingest").joinpath(path).read_text("utf-8")
    out: dict[str, str] = {}
    for line in text.splitlines():
        if line.strip() and not line.startswith("#"):
            canonical, _, aliases = line.partition("\t")
            for n in (canonical, *aliases.split(",")):
                if n.strip():
                    out.setdefault(n.strip(), canonical.strip())
    return out


@cache
def known_algorithms() -> frozenset[str]:
    """Name keys of the algorithms SageMaker ships (``data/sagemaker_algorithms.tsv``, domain
    knowledge like the service catalogue): a thing a document names so, but gives no class,
    is an algorithm."""
    return frozenset(name_key(n) for n in algorithm_spellings())


def is_identifier(name: str) -> bool:
    """A setting's name as code spells it: lower case, words joined by underscores
    ("flush_rows", "eta"), not a name written in words ("Drip mode")."""
    return bool(re.fullmatch(r"[a-z][a-z0-9]*(?:_[a-z0-9]+)*", name))


def is_snake_case(name: str) -> bool:
    """An identifier of two words or more joined by "_" ("flush_rows"): code, whatever it
    stands beside (a lone "eta" may be a word)."""
    return "_" in name and is_identifier(name)
