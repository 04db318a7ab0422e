"""``mlkg serve``: the graph as a SPARQL 1.1 Protocol endpoint, plus question answering.

Routes (127.0.0.1 unless ``--host`` says otherwise):

- ``/sparql``: GET ``?query=``, POST form-encoded (``query=``) or ``application/sparql-query``;
  results as SPARQL JSON, XML, CSV or TSV (SELECT, ASK) and Turtle or N-Triples (CONSTRUCT,
  DESCRIBE), by the ``Accept`` header with q-values. Read-only: an update (``update=``,
  ``application/sparql-update``, or an update in ``query``), LOAD or SERVICE gets 400 with
  the reason, decided from the parsed query. Queries run in a child process within the query
  limits (``MLKG_QUERY_TIMEOUT``, ``MLKG_QUERY_MAX_ROWS``): a query stopped by the time limit
  gets 503; a result cut at the cap says so in the ``X-Mlkg-Note`` header.
- ``/ask``: GET ``?q=`` or POST JSON ``{"question": ...}``: the answer as ``mlkg ask --json``.
- ``/health``: ``{"status": "ok", "graph_sha256": ...}`` (``mlkg ask`` uses a running server
  whose graph is the one it would load).
- ``/``: a query page that works offline (no script or style from elsewhere).

The standard library's threading HTTP server: requests are handled side by side, queries one
at a time (one query process), answers one at a time (one model).
"""

from __future__ import annotations

import json
import threading
from http import HTTPStatus
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from urllib.parse import parse_qs, urlsplit

MAX_BODY = 1_000_000  # bytes: a query, not a document


class Endpoint:
    """What the server answers with: the build's graph (through a QueryRunner) and, for
    /ask, the search engine (loaded on first use, or at start with ``warm``)."""

    def __init__(self, build_dir: Path, store: str | None = None, model: str | None = None):
        from graph import graph_path, read_manifest
        from graph.limits import Limits, QueryRunner

        self.build_dir = Path(build_dir)
        manifest = read_manifest(self.build_dir)
        self.graph_sha256 = manifest.get("graph_sha256", "")
        self.store = store or manifest.get("store") or "oxigraph"
        self.model = model
        self.runner = QueryRunner(graph_path(self.build_dir), self.store, Limits.from_settings())
        self._query_lock = threading.Lock()
        self._engine = None
        self._engine_lock = threading.Lock()

    def query(self, sparql: str):
        from graph.vocab import with_prefixes

        text, _ = with_prefixes(sparql)  # the standard prefixes, as everywhere in mlkg
        with self._query_lock:
            return self.runner.query(text)

    def engine(self):
        with self._engine_lock:
            if self._engine is None:
                from search import Engine

                self._engine = Engine(self.build_dir, model=self.model, store=self.store)
            return self._engine

    def ask(self, question: str) -> dict:
        engine = self.engine()
        with self._engine_lock:
            return engine.ask(question)

    def close(self) -> None:
        self.runner.close()


class Handler(BaseHTTPRequestHandler):
    server: Server
    protocol_version = "HTTP/1.1"

    def log_message(self, format: str, *args) -> None:  # noqa: A002 - the stdlib's name
        if self.server.verbose:
            super().log_message(format, *args)

    # -- routes -------------------------------------------------------------------------------
    def do_OPTIONS(self) -> None:  # CORS preflight, only when CORS was asked for
        if not self.server.cors:
            self._send(HTTPStatus.METHOD_NOT_ALLOWED, "text/plain", b"CORS is off\n")
            return
        self._send(HTTPStatus.NO_CONTENT, "text/plain", b"")

    def do_GET(self) -> None:
        url = urlsplit(self.path)
        params = parse_qs(url.query, keep_blank_values=True)
        if url.path == "/sparql":
            if "update" in params:
                self._refuse_update()
            else:
                self._sparql((params.get("query") or [""])[0])
        elif url.path == "/ask":
            self._ask((params.get("q") or params.get("question") or [""])[0])
        elif url.path == "/health":
            body = {"status": "ok", "graph_sha256": self.server.endpoint.graph_sha256}
            self._json(HTTPStatus.OK, body)
        elif url.path in ("/", "/index.html"):
            self._send(HTTPStatus.OK, "text/html; charset=utf-8", QUERY_PAGE.encode("utf-8"))
        else:
            self._error(HTTPStatus.NOT_FOUND, f"no route {url.path}; try /sparql, /ask or /")

    def do_POST(self) -> None:
        url = urlsplit(self.path)
        body = self._body()
        if body is None:
            return
        kind = (self.headers.get("Content-Type") or "").split(";")[0].strip().lower()
        if url.path == "/sparql":
            if kind == "application/sparql-update":
                self._refuse_update()
            elif kind == "application/sparql-query":
                self._sparql(body.decode("utf-8", "replace"))
            elif kind in ("application/x-www-form-urlencoded", ""):
                form = parse_qs(body.decode("utf-8", "replace"), keep_blank_values=True)
                if "update" in form:
                    self._refuse_update()
                else:
                    self._sparql((form.get("query") or [""])[0])
            else:
                self._error(
                    HTTPStatus.UNSUPPORTED_MEDIA_TYPE,
                    f"send a query as application/sparql-query or form-encoded, not {kind}",
                )
        elif url.path == "/ask":
            try:
                question = json.loads(body or b"{}").get("question", "")
            except (json.JSONDecodeError, AttributeError):
                self._error(HTTPStatus.BAD_REQUEST, 'send JSON: {"question": "..."}')
                return
            self._ask(question)
        else:
            self._error(HTTPStatus.NOT_FOUND, f"no route {url.path}; try /sparql or /ask")

    # -- work ---------------------------------------------------------------------------------
    def _sparql(self, query: str) -> None:
        from graph.limits import QueryLimitError
        from graph.protocol import CONTENT_TYPES, NotAcceptable, negotiate, serialize
        from graph.store import QueryError

        if not query.strip():
            self._error(HTTPStatus.BAD_REQUEST, "no query: give ?query=SELECT ... (SPARQL 1.1)")
            return
        try:
            result = self.server.endpoint.query(query)
        except QueryLimitError as exc:
            self._error(HTTPStatus.SERVICE_UNAVAILABLE, str(exc))
            return
        except QueryError as exc:
            self._error(HTTPStatus.BAD_REQUEST, str(exc))
            return
        try:
            fmt = negotiate(self.headers.get("Accept"), result.kind)
        except NotAcceptable as exc:
            self._error(HTTPStatus.NOT_ACCEPTABLE, str(exc))
            return
        extra = {"X-Mlkg-Note": result.note} if result.note else {}
        self._send(HTTPStatus.OK, CONTENT_TYPES[fmt], serialize(result, fmt), extra)

    def _refuse_update(self) -> None:
        self._error(
            HTTPStatus.BAD_REQUEST,
            "this endpoint is read-only: updates are refused (rebuild the graph from "
            "documents with 'mlkg build' or 'mlkg add')",
        )

    def _ask(self, question: str) -> None:
        question = " ".join(str(question).split())
        if not question:
            self._error(HTTPStatus.BAD_REQUEST, "no question: give ?q=...")
            return
        if len(question) > 2000:
            self._error(HTTPStatus.BAD_REQUEST, "a question is at most 2000 characters")
            return
        self._json(HTTPStatus.OK, self.server.endpoint.ask(question))

    # -- plumbing -----------------------------------------------------------------------------
    def _body(self) -> bytes | None:
        try:
            size = int(self.headers.get("Content-Length") or 0)
        except ValueError:
            size = -1
        if size < 0 or size > MAX_BODY:
            self._error(HTTPStatus.REQUEST_ENTITY_TOO_LARGE, f"at most {MAX_BODY:,} bytes")
            return None
        return self.rfile.read(size) if size else b""

    def _json(self, status: HTTPStatus, body: dict) -> None:
        data = json.dumps(body, ensure_ascii=False).encode("utf-8")
        self._send(status, "application/json", data)

    def _error(self, status: HTTPStatus, message: str) -> None:
        self._send(status, "text/plain; charset=utf-8", (message + "\n").encode("utf-8"))

    def _send(
        self, status: HTTPStatus, content_type: str, data: bytes, extra: dict | None = None
    ) -> None:
        self.send_response(status)
        self.send_header("Content-Type", content_type)
        self.send_header("Content-Length", str(len(data)))
        self.send_header("Vary", "Accept")
        if self.server.cors:
            self.send_header("Access-Control-Allow-Origin", self.server.cors)
            self.send_header("Access-Control-Allow-Methods", "GET, POST, OPTIONS")
            self.send_header("Access-Control-Allow-Headers", "Content-Type, Accept")
        for k, v in (extra or {}).items():
            self.send_header(k, v)
        self.end_headers()
        if self.command != "HEAD":
            self.wfile.write(data)


class Server(ThreadingHTTPServer):
    daemon_threads = True

    def __init__(
        self, endpoint: Endpoint, host: str, port: int, cors: str = "", verbose: bool = False
    ):
        self.endpoint, self.cors, self.verbose = endpoint, cors, verbose
        super().__init__((host, port), Handler)

    def server_close(self) -> None:
        super().server_close()
        self.endpoint.close()


QUERY_PAGE = """<!doctype html><html lang="en"><head><meta charset="utf-8">
<title>mlkg SPARQL endpoint</title>
<style>body{font-family:system-ui,sans-serif;margin:2rem;max-width:1100px}
textarea{width:100%;height:11rem;font-family:ui-monospace,monospace;font-size:13px}
table{border-collapse:collapse;margin-top:1rem;font-size:13px}
td,th{border:1px solid #ccc;padding:3px 6px;text-align:left;vertical-align:top}
#msg{color:#a00;white-space:pre-wrap}</style></head><body>
<h1>mlkg SPARQL endpoint</h1>
<p>Read-only SPARQL 1.1 at <code>/sparql</code> (the prefixes mlkg, id, rdf, rdfs, skos, prov,
dcterms and xsd are added when a query does not declare them); questions in plain English at
<code>/ask?q=...</code>. Ctrl+Enter runs the query.</p>
<textarea id="q">SELECT ?label WHERE {
  ?service a mlkg:Service ; rdfs:label ?label ; mlkg:inCategory ?c .
  ?c rdfs:label "Streaming Data" .
} ORDER BY ?label</textarea>
<p><button id="run">Run</button> <span id="info"></span></p><div id="msg"></div>
<div id="out"></div>
<script>
const q = document.getElementById("q"), out = document.getElementById("out"),
      msg = document.getElementById("msg"), info = document.getElementById("info");
function cell(t) { return t ? t.value : ""; }
async function run() {
  msg.textContent = ""; out.textContent = ""; info.textContent = "running…";
  const r = await fetch("sparql", {method: "POST",
    headers: {"Content-Type": "application/sparql-query",
              "Accept": "application/sparql-results+json, text/turtle;q=0.9"},
    body: q.value});
  const text = await r.text();
  info.textContent = "";
  if (!r.ok) { msg.textContent = r.status + ": " + text; return; }
  if (!(r.headers.get("Content-Type") || "").includes("json")) {
    const pre = document.createElement("pre"); pre.textContent = text; out.appendChild(pre); return;
  }
  const data = JSON.parse(text);
  if ("boolean" in data) { out.textContent = String(data.boolean); return; }
  const t = document.createElement("table"), head = t.insertRow();
  for (const v of data.head.vars) { const th = document.createElement("th"); th.textContent = v; head.appendChild(th); }
  for (const b of data.results.bindings) {
    const row = t.insertRow();
    for (const v of data.head.vars) row.insertCell().textContent = cell(b[v]);
  }
  info.textContent = data.results.bindings.length + " rows" + (r.headers.get("X-Mlkg-Note") ? " (" + r.headers.get("X-Mlkg-Note") + ")" : "");
  out.appendChild(t);
}
document.getElementById("run").onclick = run;
q.addEventListener("keydown", e => { if (e.ctrlKey && e.key === "Enter") run(); });
</script></body></html>
"""


def remote_answer(url: str, build_dir: Path, question: str) -> dict | None:
    """The answer from a running ``mlkg serve`` at ``url`` whose graph is this build's, or
    None (none running, another graph, any failure): the caller answers itself then."""
    import urllib.request

    from graph import read_manifest

    if not url:
        return None
    base = url.rstrip("/")
    try:
        with urllib.request.urlopen(base + "/health", timeout=0.3) as r:
            health = json.load(r)
        if health.get("graph_sha256") != read_manifest(build_dir).get("graph_sha256"):
            return None
        request = urllib.request.Request(
            base + "/ask",
            data=json.dumps({"question": question}).encode("utf-8"),
            headers={"Content-Type": "application/json"},
        )
        with urllib.request.urlopen(request, timeout=120) as r:
            return json.load(r)
    except (OSError, ValueError):
        return None
