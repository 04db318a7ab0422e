"""Stores behind one small interface, picked by name (as ``rdflib.Graph(store="Memory")``).

``oxigraph`` (default) answers SPARQL with pyoxigraph: measured on 1M triples, a two-hop join
took 0.19 s there and over 600 s in rdflib's in-memory engine. ``rdflib`` is the pure-Python
reference. A remote SPARQL endpoint slots in as one more subclass.
"""

from __future__ import annotations

from abc import ABC, abstractmethod
from collections.abc import Iterator
from dataclasses import dataclass, field
from functools import lru_cache
from itertools import islice
from pathlib import Path
from typing import ClassVar

from pyparsing import ParseResults


class QueryError(ValueError):
    """A query that is malformed or not allowed (updates and SERVICE are refused)."""


@dataclass
class QueryResult:
    """What a query returns: ``kind`` is "select", "ask" or "graph" (CONSTRUCT/DESCRIBE)."""

    kind: str
    variables: list[str] = field(default_factory=list)
    rows: list[list[str | None]] = field(default_factory=list)
    boolean: bool | None = None
    triples: list[tuple[str, str, str]] = field(default_factory=list)  # N-Triples terms
    cells: list[list[str | None]] = field(default_factory=list)  # rows as N-Triples terms
    truncated: bool = False  # stopped at the result cap
    note: str = ""  # which limit stopped it, for the user

    def records(self) -> list[dict[str, str | None]]:
        return [dict(zip(self.variables, r)) for r in self.rows]


_FORMS = {
    "SelectQuery": "select",
    "AskQuery": "ask",
    "ConstructQuery": "construct",
    "DescribeQuery": "describe",
}


def _nodes(tree) -> Iterator:
    """Every node of a parse tree (pyparsing results, rdflib CompValues, lists)."""
    stack = [tree]
    while stack:
        x = stack.pop()
        if isinstance(x, dict):  # rdflib's CompValue
            yield x
            stack.extend(x.values())
        elif isinstance(x, (list, tuple, ParseResults)):
            stack.extend(x)


@lru_cache(maxsize=512)
def check_read_only(query: str) -> str:
    """The form of a read-only query ("select", "ask", "construct", "describe"), decided by
    parsing it (rdflib's SPARQL 1.1 parser, the same grammar every engine reads): an update,
    a SERVICE anywhere in it, or a query that does not parse is refused with QueryError."""
    from pyparsing import ParseException
    from rdflib.plugins.sparql.parser import parseQuery, parseUpdate

    try:
        parsed = parseQuery(query)
    except ParseException as exc:
        try:
            parseUpdate(query)
        except ParseException:
            raise QueryError(
                f"SPARQL syntax error at line {exc.lineno}, column {exc.col}: {exc.msg}"
            ) from None
        raise QueryError(
            "read-only: updates (INSERT, DELETE, LOAD, CLEAR, CREATE, DROP, COPY, MOVE, ADD) "
            "are not allowed; only SELECT, ASK, CONSTRUCT and DESCRIBE run"
        ) from None
    except Exception as exc:  # the parser's own errors on odd input (bad escapes, ...)
        raise QueryError(f"SPARQL syntax error: {exc}") from None
    if any(getattr(n, "name", "") == "ServiceGraphPattern" for n in _nodes(parsed)):
        raise QueryError(
            "read-only: SERVICE is not allowed; queries run on this graph only and never "
            "reach other endpoints"
        )
    form = _FORMS.get(getattr(parsed[1], "name", ""))
    if form is None:
        raise QueryError("only SELECT, ASK, CONSTRUCT and DESCRIBE queries run")
    _check_prefixes(parsed)
    return form


def _check_prefixes(parsed) -> None:
    """Every prefixed name's prefix is declared (rdflib's parser leaves that to translation)."""
    from rdflib.plugins.sparql.algebra import translateQuery

    try:
        translateQuery(parsed)
    except Exception as exc:
        text = str(exc)
        if "prefix" in text.lower():
            raise QueryError(f"SPARQL error: {text.strip()} (declare it with PREFIX)") from None
        # anything else the engine itself reports when it runs the query


class Store(ABC):
    """A read-mostly RDF store: load a graph file, answer SPARQL queries, export triples."""

    name: ClassVar[str]

    @abstractmethod
    def load(self, path: str | Path) -> None:
        """Add the triples of an N-Triples or Turtle file."""

    @abstractmethod
    def _query(self, sparql: str, max_rows: int | None) -> QueryResult: ...

    @abstractmethod
    def __len__(self) -> int: ...

    def query(self, sparql: str, max_rows: int | None = None) -> QueryResult:
        """Run a read-only query (SELECT, ASK, CONSTRUCT, DESCRIBE); with ``max_rows``, stop
        reading results after that many (``truncated`` says so). Users' queries run through
        :class:`graph.limits.QueryRunner`, which adds a time limit."""
        check_read_only(sparql)
        return self._query(sparql, max_rows)


STORES: dict[str, type[Store]] = {}


def register_store(cls: type[Store]) -> type[Store]:
    STORES[cls.name] = cls
    return cls


def open_store(name: str = "oxigraph", path: str | Path | None = None) -> Store:
    """A store by name, loaded with the graph file at ``path`` if given."""
    try:
        cls = STORES[name]
    except KeyError:
        raise ValueError(f"unknown store {name!r}; known: {', '.join(sorted(STORES))}") from None
    store = cls()
    if path is not None:
        store.load(path)
    return store


def _fmt(path: Path) -> str:
    return "ttl" if path.suffix in (".ttl", ".turtle") else "nt"


@register_store
class OxigraphStore(Store):
    name = "oxigraph"

    def __init__(self) -> None:
        import pyoxigraph

        self._ox = pyoxigraph
        self._store = pyoxigraph.Store()
        self.on_disk: bool | None = None  # opened read-only from the build's on-disk store

    def load(self, path: str | Path) -> None:
        path = Path(path)
        if self.on_disk is None and not len(self._store):
            from .diskstore import open_read_only

            disk = open_read_only(path)  # a build's graph: its on-disk store, if there is one
            if disk is not None:
                self._store, self.on_disk = disk, True
                return
        fmt = self._ox.RdfFormat.TURTLE if _fmt(path) == "ttl" else self._ox.RdfFormat.N_TRIPLES
        self._store.bulk_load(path=str(path), format=fmt)
        self.on_disk = False

    def __len__(self) -> int:
        return len(self._store)

    def _query(self, sparql: str, max_rows: int | None) -> QueryResult:
        ox = self._ox
        try:
            r = self._store.query(sparql)
            if isinstance(r, ox.QueryBoolean):
                return QueryResult("ask", boolean=bool(r))
            if isinstance(r, ox.QueryTriples):
                triples, cut = _capped(r, max_rows)
                return QueryResult(
                    "graph",
                    triples=[(str(t.subject), str(t.predicate), str(t.object)) for t in triples],
                    truncated=cut,
                )
            variables = [v.value for v in r.variables]
            solutions, cut = _capped(r, max_rows)
            rows = [[_ox_value(sol[v]) for v in variables] for sol in solutions]
            cells = [
                [None if sol[v] is None else str(sol[v]) for v in variables] for sol in solutions
            ]
            return QueryResult("select", variables, rows, truncated=cut, cells=cells)
        except SyntaxError as exc:
            raise QueryError(f"SPARQL syntax error: {exc}") from exc
        except OSError as exc:  # the engine's evaluation errors
            raise QueryError(f"the query failed: {exc}") from exc


def _capped(results, max_rows: int | None) -> tuple[list, bool]:
    """At most ``max_rows`` results, read lazily, and whether there were more."""
    if max_rows is None:
        return list(results), False
    out = list(islice(results, max_rows + 1))
    return out[:max_rows], len(out) > max_rows


def _ox_value(term) -> str | None:
    if term is None:
        return None
    return term.value


@register_store
class RdflibStore(Store):
    name = "rdflib"

    def __init__(self) -> None:
        from rdflib import Graph
        from rdflib.plugins import sparql

        sparql.SPARQL_LOAD_GRAPHS = False  # FROM <url> never fetches the web
        self._graph = Graph()

    def load(self, path: str | Path) -> None:
        path = Path(path)
        self._graph.parse(str(path), format="turtle" if _fmt(path) == "ttl" else "nt")

    def __len__(self) -> int:
        return len(self._graph)

    def _query(self, sparql: str, max_rows: int | None) -> QueryResult:
        from pyparsing import ParseException

        try:
            return self._run(sparql, max_rows)
        except ParseException as exc:
            raise QueryError(f"SPARQL syntax error: {exc}") from exc
        except QueryError:
            raise
        except Exception as exc:  # rdflib's evaluation errors ("requires a dataset", ...)
            raise QueryError(f"the rdflib store cannot run this query: {exc}") from exc

    def _run(self, sparql: str, max_rows: int | None) -> QueryResult:
        r = self._graph.query(sparql)
        if r.type == "ASK":
            return QueryResult("ask", boolean=bool(r.askAnswer))
        found, cut = _capped(r, max_rows)
        if r.type in ("CONSTRUCT", "DESCRIBE"):
            triples = [tuple(t.n3() for t in tr) for tr in found]
            return QueryResult("graph", triples=triples, truncated=cut)
        variables = [str(v) for v in r.vars]
        rows = [[None if x is None else str(x) for x in row] for row in found]
        cells = [[None if x is None else x.n3() for x in row] for row in found]
        return QueryResult("select", variables, rows, truncated=cut, cells=cells)


@register_store
class SparqlStore(Store):
    """A remote SPARQL 1.1 endpoint (``MLKG_SPARQL_ENDPOINT``): Oxigraph server, Virtuoso,
    GraphDB, Amazon Neptune or ``mlkg serve``, over the SPARQL 1.1 Protocol. The graph lives
    there (``mlkg publish`` puts it there); ``load`` only checks that the endpoint answers."""

    name = "sparql"
    timeout = 60.0  # seconds for one HTTP request (users' queries also have the query limits)

    def __init__(self, endpoint: str | None = None) -> None:
        if endpoint is None:
            from mlkg import settings

            endpoint = settings.get("sparql_endpoint")
        if not endpoint:
            raise QueryError(
                "MLKG_STORE=sparql needs MLKG_SPARQL_ENDPOINT, the URL of a SPARQL 1.1 endpoint"
            )
        self.endpoint = endpoint

    def load(self, path: str | Path) -> None:
        self._query("ASK {}", None)  # reachable, and speaks SPARQL

    def __len__(self) -> int:
        r = self._query("SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }", None)
        return int(r.rows[0][0]) if r.rows else 0

    def _post(self, sparql: str, accept: str) -> bytes:
        import urllib.error
        import urllib.request

        # a form-encoded POST: every SPARQL 1.1 endpoint takes it (Virtuoso 7.2 hangs on a
        # bare application/sparql-query body)
        request = urllib.request.Request(
            self.endpoint,
            data=urllib.parse.urlencode({"query": sparql}).encode("ascii"),
            headers={"Content-Type": "application/x-www-form-urlencoded", "Accept": accept},
        )
        try:
            with urllib.request.urlopen(request, timeout=self.timeout) as r:
                return r.read()
        except urllib.error.HTTPError as exc:
            detail = exc.read().decode("utf-8", "replace").strip()[:500]
            raise QueryError(f"the endpoint {self.endpoint} said {exc.code}: {detail}") from None
        except (OSError, ValueError) as exc:
            raise QueryError(f"cannot reach the SPARQL endpoint {self.endpoint}: {exc}") from None

    def _query(self, sparql: str, max_rows: int | None) -> QueryResult:
        import json

        form = check_read_only(sparql)
        if form in ("construct", "describe"):
            from rdflib import Graph

            data = self._post(sparql, "application/n-triples")
            g = Graph().parse(data=data.decode("utf-8"), format="nt")
            found, cut = _capped(iter(g), max_rows)
            return QueryResult(
                "graph", triples=[tuple(t.n3() for t in tr) for tr in found], truncated=cut
            )
        data = json.loads(self._post(sparql, "application/sparql-results+json"))
        if "boolean" in data:
            return QueryResult("ask", boolean=bool(data["boolean"]))
        variables = list(data.get("head", {}).get("vars", []))
        found, cut = _capped(iter(data.get("results", {}).get("bindings", [])), max_rows)
        rows = [[(b.get(v) or {}).get("value") for v in variables] for b in found]
        cells = [[nt_term(b[v]) if v in b else None for v in variables] for b in found]
        return QueryResult("select", variables, rows, truncated=cut, cells=cells)


def nt_term(t: dict | None) -> str:
    """A SPARQL JSON term ({"type", "value", "datatype" / "xml:lang"}) as N-Triples text, on
    one line ("" for none)."""
    if t is None:
        return ""
    if t.get("type") == "uri":
        return f"<{t['value']}>"
    if t.get("type") == "bnode":
        return f"_:{t['value']}"
    text = (
        t["value"]
        .replace("\\", "\\\\")
        .replace('"', '\\"')
        .replace("\n", "\\n")
        .replace("\r", "\\r")
        .replace("\t", "\\t")
    )
    if t.get("xml:lang"):
        return f'"{text}"@{t["xml:lang"]}'
    if t.get("datatype") and not t["datatype"].endswith("#string"):
        return f'"{text}"^^<{t["datatype"]}>'
    return f'"{text}"'
