"""SPARQL 1.1 results as the protocol sends them: content negotiation (``Accept`` with
q-values) and the standard formats — SPARQL JSON, SPARQL XML, CSV and TSV for SELECT and ASK,
Turtle and N-Triples for CONSTRUCT and DESCRIBE.

Terms arrive as N-Triples strings (``QueryResult.cells`` and ``.triples``), so every store
serialises alike.
"""

from __future__ import annotations

import csv
import io
import json
import re
from xml.sax.saxutils import escape, quoteattr

from .store import QueryResult
from .store import nt_term as _nt

SOLUTION_TYPES = {  # media type → format, for SELECT and ASK
    "application/sparql-results+json": "json",
    "application/json": "json",
    "application/sparql-results+xml": "xml",
    "application/xml": "xml",
    "text/xml": "xml",
    "text/csv": "csv",
    "text/tab-separated-values": "tsv",
}
GRAPH_TYPES = {  # media type → format, for CONSTRUCT and DESCRIBE
    "text/turtle": "turtle",
    "application/n-triples": "nt",
    "text/plain": "nt",
}
CONTENT_TYPES = {
    "json": "application/sparql-results+json",
    "xml": "application/sparql-results+xml",
    "csv": "text/csv; charset=utf-8",
    "tsv": "text/tab-separated-values; charset=utf-8",
    "turtle": "text/turtle; charset=utf-8",
    "nt": "application/n-triples",
}


class NotAcceptable(ValueError):
    """No format the client accepts can carry this kind of result."""


def negotiate(accept: str | None, kind: str) -> str:
    """The format to answer in: the client's most preferred (highest q, then most specific)
    that can carry a result of ``kind`` ("select", "ask" or "graph")."""
    offered = GRAPH_TYPES if kind == "graph" else SOLUTION_TYPES
    default = "turtle" if kind == "graph" else "json"
    if not accept or not accept.strip():
        return default
    wanted: list[tuple[float, int, int, str]] = []
    for k, part in enumerate(accept.split(",")):
        media, *params = [p.strip() for p in part.split(";")]
        q = 1.0
        for p in params:
            if p.lower().startswith("q="):
                try:
                    q = float(p[2:])
                except ValueError:
                    q = 0.0
        if media and q > 0:
            specificity = 0 if media == "*/*" else 1 if media.endswith("/*") else 2
            wanted.append((q, specificity, -k, media.lower()))
    for _, _, _, media in sorted(wanted, reverse=True):
        if media in offered:
            return offered[media]
        if media == "*/*":
            return default
        if media.endswith("/*"):
            major = media[:-1]
            for m, fmt in offered.items():
                if m.startswith(major):
                    return fmt
    raise NotAcceptable(
        f"none of the accepted types ({accept}) can carry this result; "
        f"offered: {', '.join(offered)}"
    )


_LITERAL = re.compile(
    r'^("""|")(?P<v>.*)\1(?:@(?P<lang>[A-Za-z0-9-]+)|\^\^<(?P<dt>[^>]*)>)?$', re.S
)
_ESCAPE = re.compile(r"\\(?:u([0-9A-Fa-f]{4})|U([0-9A-Fa-f]{8})|(.))", re.S)
_SIMPLE = {"t": "\t", "n": "\n", "r": "\r", "b": "\b", "f": "\f", '"': '"', "'": "'", "\\": "\\"}


def _unescape(text: str) -> str:
    def one(m: re.Match) -> str:
        if m.group(1) or m.group(2):
            return chr(int(m.group(1) or m.group(2), 16))
        return _SIMPLE.get(m.group(3), m.group(3))

    return _ESCAPE.sub(one, text)


def term(nt: str | None) -> dict | None:
    """An N-Triples term as a SPARQL JSON term ({"type", "value", "datatype" / "xml:lang"})."""
    if nt is None:
        return None
    if nt.startswith("<") and nt.endswith(">"):
        return {"type": "uri", "value": nt[1:-1]}
    if nt.startswith("_:"):
        return {"type": "bnode", "value": nt[2:]}
    m = _LITERAL.match(nt)
    if m is None:
        return {"type": "literal", "value": nt}
    out = {"type": "literal", "value": _unescape(m.group("v"))}
    if m.group("lang"):
        out["xml:lang"] = m.group("lang")
    elif m.group("dt") and m.group("dt") != "http://www.w3.org/2001/XMLSchema#string":
        out["datatype"] = m.group("dt")
    return out


def serialize(result: QueryResult, fmt: str) -> bytes:
    """``result`` in format ``fmt`` (a value of ``negotiate``)."""
    if result.kind == "graph":
        lines = "".join(
            " ".join(_nt(term(x)) for x in triple) + " .\n" for triple in result.triples
        )
        if fmt == "nt":
            return lines.encode("utf-8")
        from rdflib import Graph

        from .rdf import bind_prefixes

        g = bind_prefixes(Graph())
        g.parse(data=lines, format="nt")
        return g.serialize(format="turtle").encode("utf-8")
    if fmt == "json":
        return json.dumps(_json(result), ensure_ascii=False).encode("utf-8")
    if fmt == "xml":
        return _xml(result).encode("utf-8")
    if fmt == "csv":
        return _csv(result).encode("utf-8")
    if fmt == "tsv":
        return _tsv(result).encode("utf-8")
    raise ValueError(f"unknown results format {fmt!r}")


def _json(r: QueryResult) -> dict:
    if r.kind == "ask":
        return {"head": {}, "boolean": bool(r.boolean)}
    bindings = [{v: term(c) for v, c in zip(r.variables, row) if c is not None} for row in r.cells]
    return {"head": {"vars": r.variables}, "results": {"bindings": bindings}}


def _xml(r: QueryResult) -> str:
    out = ['<?xml version="1.0"?>\n<sparql xmlns="http://www.w3.org/2005/sparql-results#">']
    if r.kind == "ask":
        out.append(f"<head/><boolean>{str(bool(r.boolean)).lower()}</boolean></sparql>")
        return "\n".join(out)
    out.append("<head>" + "".join(f"<variable name={quoteattr(v)}/>" for v in r.variables))
    out.append("</head><results>")
    for row in r.cells:
        out.append("<result>")
        for v, c in zip(r.variables, row):
            t = term(c)
            if t is None:
                continue
            if t["type"] == "uri":
                value = f"<uri>{escape(t['value'])}</uri>"
            elif t["type"] == "bnode":
                value = f"<bnode>{escape(t['value'])}</bnode>"
            else:
                attr = ""
                if "xml:lang" in t:
                    attr = f" xml:lang={quoteattr(t['xml:lang'])}"
                elif "datatype" in t:
                    attr = f" datatype={quoteattr(t['datatype'])}"
                value = f"<literal{attr}>{escape(t['value'])}</literal>"
            out.append(f"<binding name={quoteattr(v)}>{value}</binding>")
        out.append("</result>")
    out.append("</results></sparql>")
    return "\n".join(out)


def _csv(r: QueryResult) -> str:
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\r\n")
    if r.kind == "ask":
        w.writerow(["boolean"])
        w.writerow([str(bool(r.boolean)).lower()])
        return buf.getvalue()
    w.writerow(r.variables)
    for row in r.cells:
        w.writerow(["" if c is None else (term(c) or {}).get("value", "") for c in row])
    return buf.getvalue()


def _tsv(r: QueryResult) -> str:
    if r.kind == "ask":
        return f"?boolean\n{str(bool(r.boolean)).lower()}\n"
    lines = ["\t".join(f"?{v}" for v in r.variables)]
    lines += ["\t".join(_nt(term(c)) for c in row) for row in r.cells]
    return "\n".join(lines) + "\n"
