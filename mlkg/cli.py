"""The ``mlkg`` command: builds arguments and calls ``graph``/``ingest``; no logic of its own.

Heavy libraries load inside the commands that need them, so ``mlkg --help`` stays fast.
"""

from __future__ import annotations

import argparse
import csv
import difflib
import io
import json
import re
import sys
from contextlib import contextmanager
from pathlib import Path

from . import __version__, settings


def _print_json(obj) -> None:
    print(json.dumps(obj, indent=2, ensure_ascii=False, default=str))


def _store(args):
    from graph import load_graph

    return load_graph(settings.build_dir(), args.store)


def _runner(args):
    """Users' queries run in a child process with the query limits (graph.limits)."""
    from graph import graph_path, read_manifest
    from graph.limits import QueryRunner

    build = settings.build_dir()
    store = args.store or read_manifest(build).get("store", "oxigraph")
    return QueryRunner(graph_path(build), store)


# -- build, documents ------------------------------------------------------------------------
def _corpus():
    from graph import Corpus

    return Corpus(settings.data_dir(), settings.uploads_dir())


def _build_options(args) -> dict:
    store = args.store or settings.get("store")
    return {
        # a remote store gets the graph by publishing (_publish_changed); the build's own
        # files are always local, with the on-disk store
        "store": "oxigraph" if store == "sparql" else store,
        "model": settings.get("model") or None,
        "with_search": not args.no_search,
        "progress": not args.json,
    }


def _publish_changed(result, args) -> None:
    """With MLKG_STORE=sparql, a build that changed the graph loads it into the remote store
    (MLKG_PUBLISH_URL) or says how to."""
    if (args.store or settings.get("store")) != "sparql" or result.graph.up_to_date:
        return
    url = settings.get("publish_url")
    if url:
        message = _publish(url)
    else:
        message = (
            f"The graph changed; {settings.get('sparql_endpoint') or 'the SPARQL endpoint'} "
            "still has the previous one: 'mlkg publish URL' loads it (or set MLKG_PUBLISH_URL)."
        )
    print(message, file=sys.stderr if args.json else sys.stdout)


def cmd_build(args) -> int:
    from search.rebuild import rebuild

    docs = [Path(d) for d in args.documents] or _corpus().documents()
    result = rebuild(docs, settings.build_dir(), force=args.force, **_build_options(args))
    _print_rebuild(result, args.json)
    _publish_changed(result, args)
    return 1 if result.graph.failed else 0  # built, but without the documents named above


def cmd_app(args) -> int:
    """The Streamlit app on http://HOST:PORT (127.0.0.1 unless told), offline; the graph is
    built first when there is none."""
    import os

    from graph.manifest import read_manifest

    try:
        read_manifest(settings.build_dir())
    except FileNotFoundError:
        print("No graph yet: building it first.", file=sys.stderr)
        build = argparse.Namespace(
            documents=[], force=False, json=False, no_search=False, store=args.store
        )
        if cmd_build(build):
            return 1
    app = Path(__file__).resolve().parent.parent / "app.py"
    argv = [sys.executable, "-m", "streamlit", "run", str(app), "--server.headless", "true"]
    argv += ["--server.address", args.host, "--server.port", str(args.port)]
    print(f"mlkg app on http://{args.host}:{args.port} (Ctrl+C stops it)", file=sys.stderr)
    os.environ.setdefault("HF_HUB_OFFLINE", "1")
    os.execv(sys.executable, argv)  # streamlit takes over this process: Ctrl+C stops it


def cmd_publish(args) -> int:
    print(_publish(args.url, args.graph, args.add))
    return 0


def _publish(url: str, graph: str | None = None, add: bool = False) -> str:
    """Put the built graph into a store by the SPARQL 1.1 Graph Store HTTP Protocol: PUT
    replaces the default graph (or ``graph``) with graph.nt, POST (``add``) adds to it."""
    import urllib.error
    import urllib.parse
    import urllib.request

    from graph import graph_path, read_manifest

    path = graph_path(settings.build_dir())
    manifest = read_manifest(settings.build_dir())
    target = url + ("&" if "?" in url else "?")
    target += urllib.parse.urlencode({"graph": graph}) if graph else "default"
    request = urllib.request.Request(
        target,
        data=path.read_bytes(),
        method="POST" if add else "PUT",
        headers={"Content-Type": "application/n-triples"},
    )
    try:
        with urllib.request.urlopen(request, timeout=600) as r:
            status = r.status
    except urllib.error.HTTPError as exc:
        detail = exc.read().decode("utf-8", "replace").strip()[:300]
        raise CliError(f"{url} refused the graph ({exc.code}): {detail}") from None
    except (OSError, ValueError) as exc:
        raise CliError(f"cannot reach {url}: {exc}") from None
    return (
        f"Published {manifest.get('triples', 0):,} triples to {target} (HTTP {status}). "
        "Query it with MLKG_STORE=sparql MLKG_SPARQL_ENDPOINT=<its SPARQL URL>."
    )


def cmd_serve(args) -> int:
    from mlkg.serve import Endpoint, Server

    endpoint = Endpoint(settings.build_dir(), store=args.store, model=settings.get("model") or None)
    print("Loading the embedding model for /ask…", file=sys.stderr)
    endpoint.engine().warm()
    with Server(endpoint, args.host, args.port, cors=args.cors or "", verbose=args.verbose) as srv:
        host, port = srv.server_address[:2]
        print(
            f"mlkg serve: SPARQL at http://{host}:{port}/sparql, questions at "
            f"http://{host}:{port}/ask?q=..., a query page at http://{host}:{port}/ "
            "(read-only; Ctrl+C stops it)",
            file=sys.stderr,
        )
        try:
            srv.serve_forever()
        except KeyboardInterrupt:
            pass
    return 0


def cmd_add(args) -> int:
    from search.rebuild import add_documents

    result = add_documents(
        _corpus(), [Path(f) for f in args.files], settings.build_dir(), **_build_options(args)
    )
    if not args.json:
        for a in result.added:
            print(f"Added {a.path}" if a.new else f"Already there: {a.name} (same bytes)")
    _print_rebuild(result, args.json)
    _publish_changed(result, args)
    return 0


def cmd_remove(args) -> int:
    from search.rebuild import remove_documents

    result = remove_documents(_corpus(), args.names, settings.build_dir(), **_build_options(args))
    if not args.json:
        for name in args.names:
            print(f"Removed {name}")
    _print_rebuild(result, args.json)
    _publish_changed(result, args)
    return 0


def _print_rebuild(result, as_json: bool) -> None:
    from dataclasses import asdict

    report = result.graph
    if as_json:
        added = [asdict(a) for a in result.added] if result.added is not None else None
        _print_json(asdict(report) | {"search": result.search, "added": added})
        return
    n = len(report.documents)
    for d in report.failed:
        print(f"error: {d.error} (left out; the other documents were built)", file=sys.stderr)
    if result.up_to_date:
        print(f"Up to date: {report.build_dir} ({n} document(s), nothing changed)")
        _print_documents(report.documents)
        return
    if report.up_to_date:
        print(f"Graph up to date: {report.build_dir} ({n} document(s))")
    else:
        print(f"Built {report.build_dir} from {n} document(s) in {report.seconds:.2f} s")
    print(
        f"  {report.entities} entities, {report.facts} facts, {report.text_units} text units, {report.triples} triples"
    )
    _print_documents(report.documents)
    if result.search:
        s = result.search
        print(
            f"Search index: {s['rows']} rows and {s.get('phrases', 0)} names and phrases "
            f"({s['encoded']} texts newly embedded) with {s['model']} in {s['seconds']:.2f} s"
        )


def _print_documents(documents) -> None:
    width = max((len(d.name) for d in documents), default=0)
    for d in documents:
        read = "cached" if d.cached else f"read in {d.seconds:.2f} s"
        print(
            f"  {d.name:<{width}}  {d.format:<8} {d.entities:5d} entities {d.facts:6d} facts "
            f"{d.text_units:5d} units {len(d.warnings):3d} warnings  ({read})"
        )
    for d in documents:
        for w in d.warnings:
            print(f"  warning: {w if w.startswith(d.name) else f'{d.name}: {w}'}")


def cmd_sources(args) -> int:
    from dataclasses import asdict

    from graph import read_build_report

    report = read_build_report(settings.build_dir())
    if args.json:
        corpus = _corpus()
        _print_json(
            [
                asdict(d) | {"uploaded": corpus.is_uploaded(d.path)}
                for d in report.documents + report.failed
            ]
        )
        return 0
    _print_documents(report.documents)
    for d in report.failed:
        print(f"  {d.name}: not built: {d.error}")
    return 0


# -- search, ask, eval ------------------------------------------------------------------------
def _engine(args):
    from search import Engine

    return Engine(settings.build_dir(), model=settings.get("model") or None, store=args.store)


def _clip(text: str, width: int = 160) -> str:
    """At most ``width`` characters, cut at a word and marked with an ellipsis."""
    text = " ".join(text.split())
    if len(text) <= width:
        return text
    cut = text[: width - 1].rsplit(" ", 1)[0] if " " in text[: width - 1] else text[: width - 1]
    return cut.rstrip(",;:") + "…"


def _print_answer(r: dict) -> None:
    from graph import source_label

    print(r["summary"])
    if r.get("answered") and r.get("basis") == "card":
        print(
            f"(read off a flashcard whose question says the same: likeness {r['confidence']:.0%})"
        )
    elif r.get("answered") and r.get("basis") == "stated":
        print("(a line of the documents says so in so many words; no calibrated confidence)")
    elif r.get("answered") and "confidence" in r:
        sure = r["confidence"]
        said = "" if sure >= 0.5 else "; more likely wrong than right"
        print(f"(confidence {sure:.0%}: about that share of answers this sure were right{said})")
    for ev in r.get("passages", []):
        where = source_label(ev["document"], ev["line"], ev.get("page"))
        print(f"    [{where}] {_clip(ev['text'])}")
    for row in r.get("table", []):
        cells = "; ".join(
            f"{k}: {v}" for k, v in row.items() if k not in ("criterion", "sources") and v
        )
        print(f"  {row['criterion']}: {cells}")
    for a in r["answers"]:
        print(f"\n  {a['label']}  ({a['type']})")
        for ev in a["evidence"][:2]:
            where = source_label(ev["document"], ev["line"], ev.get("page"))
            print(f"    [{where}] {_clip(ev['text'])}")
    if r.get("sparql"):
        print("\nSPARQL (mlkg sparql -f FILE reproduces the answers):")
        print(
            "\n".join(
                "  " + line for line in r["sparql"].splitlines() if not line.startswith("PREFIX")
            )
        )
    t = r.get("timings", {})
    if t:
        print(f"\n({t['total_ms']:.0f} ms, of which encoding {t['encode_ms']:.0f} ms)")


def cmd_ask(args) -> int:
    if args.file:
        questions = [q.strip() for q in _read_text(args.file).splitlines() if q.strip()]
    elif args.question:
        questions = [args.question]
    else:  # many questions, one model load: a prompt on a terminal, else one per input line
        engine = _engine(args)
        if sys.stdin.isatty():
            engine.warm()  # many questions ahead: load what answering needs once
        return _ask_interactively(engine, args.json)
    if len(questions) == 1 and args.store is None:
        from mlkg.serve import remote_answer

        answer = remote_answer(settings.get("serve_url"), settings.build_dir(), questions[0])
        if answer is not None:  # a running 'mlkg serve' of this graph: no model to load
            if args.json:
                print(json.dumps(answer, ensure_ascii=False))
            else:
                _print_answer(answer)
            return 0
    engine = _engine(args)
    for r in engine.ask_many(questions):
        if args.json:
            print(json.dumps(r, ensure_ascii=False))
        else:
            _print_answer(r)
            if len(questions) > 1:
                print("\n" + "-" * 72)
    return 0


HISTORY = Path.home() / ".mlkg_history"


def _ask_interactively(engine, as_json: bool) -> int:
    """Questions typed at a prompt (line editing and history, kept in ~/.mlkg_history), or read
    one per line from a pipe; each answered as it comes, with the model loaded once."""
    tty = sys.stdin.isatty()
    if tty:
        try:
            import readline

            readline.set_history_length(1000)
            if HISTORY.exists():
                readline.read_history_file(HISTORY)
        except (ImportError, OSError):
            readline = None
        print("Ready. Ask a question (an empty line or Ctrl+D ends).", file=sys.stderr)
    while True:
        try:
            line = input("mlkg> " if tty else "")
        except EOFError:
            break
        question = " ".join(line.split())[:MAX_QUESTION]
        if not question:
            if tty:
                break
            continue
        answer = engine.ask(question)
        if as_json:
            print(json.dumps(answer, ensure_ascii=False), flush=True)
        else:
            _print_answer(answer)
            print(flush=True)
    if tty and readline is not None:
        try:
            readline.write_history_file(HISTORY)
        except OSError:
            pass
    return 0


def cmd_search(args) -> int:
    from graph import source_label

    engine = _engine(args)
    hits = engine.search(args.text, k=args.k)
    rows = []
    for h in hits:
        unit = engine.view.units.get(h.row.unit)
        rows.append(
            {
                "score": round(h.score, 4),
                "dense": round(h.dense, 4),
                "keyword": round(h.keyword, 4),
                "kind": h.row.kind,
                "text": h.row.text,
                "document": unit.document if unit else None,
                "line": unit.line if unit else None,
                "page": unit.page if unit else None,
            }
        )
    if args.json:
        _print_json(rows)
        return 0
    for r in rows:
        where = (
            f"[{source_label(r['document'], r['line'], r['page'])}]"
            if r["document"]
            else "[entity]"
        )
        print(f"{r['score']:.3f}  {r['kind']:<6} {where:<38} {r['text'][:110]}")
    return 0


def cmd_eval(args) -> int:
    if len(args.questions) > 1 or "=" in args.questions[0]:
        return _eval_sets(args)
    from search.evaluate import evaluate, read_questions

    engine = _engine(args)
    items = read_questions(args.questions[0])
    aliases = {iri: e.aliases for iri, e in engine.view.entities.items()}
    summary, rows = evaluate(engine.ask_many, items, aliases)
    if args.json:
        _print_json({"summary": summary, "questions": rows})
        return 0
    for r in rows:
        mark = "ok " if r["f1"] >= 0.999 else ("~  " if r["f1"] > 0 else "XX ")
        print(f"{mark} {r['f1']:.2f}  {r['kind'] or '':<12} {r['question'][:70]}")
        if r["f1"] < 0.999:
            print(f"          predicted: {', '.join(r['predicted']) or '(declined)'}")
            print(f"          gold:      {', '.join(r['gold']) or '(unanswerable)'}")
    print()
    print(
        f"F1 {summary['f1']:.3f}  precision {summary['precision']:.3f}  recall {summary['recall']:.3f}  hits@1 {summary['hits_at_1']}"
    )
    print(
        f"unanswerable declined {summary['unanswerable_declined']}, answerable declined {summary['answerable_declined']}, must-mention {summary['must_mention']}"
    )
    print("F1 by kind: " + ", ".join(f"{k} {v:.2f}" for k, v in summary["f1_by_kind"].items()))
    print(f"latency p50 {summary['latency_ms']['p50']} ms, p95 {summary['latency_ms']['p95']} ms")
    print("calibration (confidence band: answers, share right): " + _bands(summary))
    return 0


def _bands(summary: dict) -> str:
    return ", ".join(
        f"{b['band']}: {b['answers']}"
        + (f" {b['accuracy']:.0%}" if b["accuracy"] is not None else "")
        for b in summary.get("calibration", [])
    )


def _eval_sets(args) -> int:
    """Several sets, each on its own documents' graph: one table (or JSON)."""
    from search.eval_sets import evaluate_sets, parse_eval_set

    sets = [parse_eval_set(a) for a in args.questions]
    for s in sets:
        for path in [s.questions, *s.documents]:
            if not path.is_file():
                print(f"error: {path}: no such file", file=sys.stderr)
                return 2
    results = evaluate_sets(
        sets,
        settings.build_dir(),
        settings.build_dir().parent / ".cache" / "eval",
        model=settings.get("model") or None,
        store=args.store or settings.get("store"),
        progress=None
        if args.json
        else (lambda name: print(f"evaluating {name} ...", file=sys.stderr)),
    )
    if args.json:
        _print_json(results)
        return 0
    width = max(len(r["set"]) for r in results)
    print(f"{'set':<{width}}  questions     F1  hits@1  unanswerable declined  answerable declined")
    for r in results:
        s = r["summary"]
        hits = f"{s['hits_at_1']:.3f}" if s["hits_at_1"] is not None else "  -  "
        print(
            f"{r['set']:<{width}}  {s['questions']:9d}  {s['f1']:.3f}  {hits}  "
            f"{s['unanswerable_declined']:>21}  {s['answerable_declined']:19d}"
        )
    print("\ncalibration (confidence band: answers, share right)")
    for r in results:
        print(f"{r['set']:<{width}}  {_bands(r['summary'])}")
    return 0


# -- sparql ---------------------------------------------------------------------------------
def _render(result, fmt: str) -> str:
    if result.kind == "ask":
        return (
            json.dumps({"boolean": result.boolean})
            if fmt == "json"
            else str(result.boolean).lower()
        )
    if result.kind == "graph":
        if fmt == "json":
            return json.dumps([list(t) for t in result.triples], indent=2)
        return "\n".join(" ".join(t) + " ." for t in result.triples)
    if fmt == "json":
        return json.dumps(result.records(), indent=2, ensure_ascii=False)
    if fmt == "csv":
        buf = io.StringIO()
        w = csv.writer(buf)
        w.writerow(result.variables)
        w.writerows([["" if v is None else v for v in row] for row in result.rows])
        return buf.getvalue().rstrip("\n")
    widths = [len(v) for v in result.variables]
    cells = [["" if v is None else v for v in row] for row in result.rows]
    for row in cells:
        widths = [min(60, max(w, len(c))) for w, c in zip(widths, row)]
    line = "  ".join(v.ljust(w) for v, w in zip(result.variables, widths))
    out = [line, "  ".join("-" * w for w in widths)]
    out += ["  ".join(c[:w].ljust(w) for c, w in zip(row, widths)) for row in cells]
    out.append(f"({len(cells)} row{'s' if len(cells) != 1 else ''})")
    return "\n".join(out)


def cmd_sparql(args) -> int:
    from graph import QueryError
    from graph.vocab import at_user_line, with_prefixes

    if args.file:
        query = _read_text(args.file)
    elif args.query:
        query = args.query
    else:
        print("error: give a QUERY or -f FILE", file=sys.stderr)
        return 2
    query, added = with_prefixes(query)
    try:
        with _runner(args) as runner:
            result = runner.query(query)
    except QueryError as exc:
        print(f"error: {at_user_line(str(exc), added)}", file=sys.stderr)
        return 2
    print(_render(result, "json" if args.json else args.format))
    if result.note:
        print(f"note: {result.note}", file=sys.stderr)
    return 0


# -- export ---------------------------------------------------------------------------------
def cmd_export(args) -> int:
    selector = args.question or args.entity or args.sparql
    if not selector:
        return _export_whole_graph(args)
    from graph.export import WRITERS, write_subgraph
    from graph.subgraph import answer_subgraph, construct_subgraph, neighbourhood
    from graph.views import read_graph_view

    if args.format not in WRITERS:
        print(f"error: a subgraph exports as {', '.join(WRITERS)}", file=sys.stderr)
        return 2
    if args.question:
        engine = _engine(args)
        answer = engine.ask(args.question)
        if not answer["answered"]:
            print(f"error: {answer['summary']}", file=sys.stderr)
            return 1
        sub = answer_subgraph(engine.view, answer)
    else:
        from graph import QueryError

        store = _store(args)
        view = read_graph_view(store)
        if args.entity:
            hits = _entity_hits(store, args.entity)
            sub = neighbourhood(view, hits[0]["iri"], hops=args.hops, max_nodes=args.max_nodes)
        else:
            from graph.vocab import at_user_line, with_prefixes

            query, added = with_prefixes(args.sparql)
            try:
                with _runner(args) as runner:
                    sub = construct_subgraph(runner, view, query)
            except (QueryError, ValueError) as exc:
                print(f"error: {at_user_line(str(exc), added)}", file=sys.stderr)
                return 2
    with _writing(args.output):
        write_subgraph(sub, args.format, args.output, text_slide=args.text_slide)
    print(
        f"Wrote {len(sub.nodes)} entities and {len(sub.edges)} relations to {args.output} ({args.format})"
    )
    if sub.note:
        print(f"note: {sub.note}", file=sys.stderr)
    if sub.more:
        print(f"note: {sub.more} more entities left out (--max-nodes {args.max_nodes})")
    return 0


@contextmanager
def _writing(output: str):
    """Writing a file the user named: one clear line when it cannot be written."""
    if Path(output).is_dir():
        raise CliError(f"{output} is a folder; give a file name (-o {Path(output) / 'graph.png'})")
    try:
        yield
    except OSError as exc:
        raise CliError(f"cannot write {output}: {exc.strerror or exc}") from None


def _export_whole_graph(args) -> int:
    from rdflib import Graph

    from graph import graph_path
    from graph.rdf import bind_prefixes

    formats = {"ttl": "turtle", "nt": "nt", "jsonld": "json-ld"}
    if args.format not in formats:
        print(
            "error: the whole graph exports as ttl, nt or jsonld; pick a subgraph (--question, --entity, --sparql) for pictures and slides",
            file=sys.stderr,
        )
        return 2
    g = bind_prefixes(Graph())
    g.parse(str(graph_path(settings.build_dir())), format="nt")
    with _writing(args.output):
        g.serialize(args.output, format=formats[args.format], encoding="utf-8")
    print(f"Wrote {len(g)} triples to {args.output} ({args.format})")
    return 0


# -- entity ---------------------------------------------------------------------------------
def cmd_entity(args) -> int:
    from graph import describe_entity, source_label

    store = _store(args)
    hits = _entity_hits(store, args.name)
    card = describe_entity(store, hits[0]["iri"])
    if args.json:
        _print_json(card | {"other_matches": hits[1:]})
        return 0
    print(f"{card['label']}  ({card['type']})")
    print(f"  {card['iri']}")
    if card["aliases"]:
        print("  also: " + ", ".join(card["aliases"]))
    if card["definition"]:
        print("  " + card["definition"])
    print()
    for f in card["facts"]:
        target = f["olabel"] or f["value"] or f["other"]
        rel = f["plabel"] or f["prop"].rsplit("#", 1)[-1]
        if f.get("criterion"):
            rel = f"{f['criterion']}"
        arrow = "→" if f["dir"] == "out" else "←"
        print(f"  {arrow} {rel}: {target}    [{source_label(f['doc'], f['line'], f.get('page'))}]")
    if len(hits) > 1:
        print("\nAlso matching: " + ", ".join(h["label"] for h in hits[1:6]))
    return 0


def _entity_hits(store, name: str) -> list[dict]:
    """The entities named like ``name``, best first; a near spelling is not guessed at but
    suggested ("did you mean ...?")."""
    from graph import find_entities

    hits = find_entities(store, name)
    if not hits:
        raise CliError(f"no entity is named like {name!r}; try 'mlkg search {name}'", code=1)
    if hits[0]["match"] == "similar":
        near = ", ".join(repr(h["label"]) for h in hits[:3])
        raise CliError(f"no entity is named {name!r}; did you mean {near}?", code=1)
    return hits


# -- validate -------------------------------------------------------------------------------
def cmd_validate(args) -> int:
    from graph import graph_path
    from graph.validate import validate_graph

    conforms, text, violations = validate_graph(graph_path(settings.build_dir()))
    if args.json:
        _print_json({"conforms": conforms, "violations": violations, "report": text})
    else:
        print("SHACL: conforms" if conforms else f"SHACL: {violations} violation(s)\n{text}")
    return 0 if conforms else 1


def _build_flags(p: argparse.ArgumentParser) -> None:
    p.add_argument("--json", action="store_true", help="print the build report as JSON")
    p.add_argument(
        "--no-search", action="store_true", help="build the graph only, not the search indexes"
    )


MAX_QUESTION = 2000  # characters: a question, not a document
EXAMPLES = """examples:
  mlkg build                                   build the graph of data/ (and added documents)
  mlkg ask "services for streaming ingestion"  an answer, its evidence lines and its SPARQL
  mlkg ask                                     many questions, one model load (history kept)
  mlkg entity "Amazon SageMaker Clarify"       everything the graph says of one entity
  mlkg sparql "SELECT ?l WHERE { ?s a mlkg:Algorithm ; rdfs:label ?l }"
  mlkg export --entity "Amazon S3" --format pptx -o s3.pptx
  mlkg app                                     the app, on http://127.0.0.1:8501
  mlkg serve                                   SPARQL endpoint on http://127.0.0.1:7878/sparql
"""
STORE_NAMES = ("oxigraph", "rdflib", "sparql")  # graph.STORES (a test keeps them equal)


def _count(low: int, high: int):
    """An argparse type: a whole number from ``low`` to ``high``."""

    def parse(text: str) -> int:
        try:
            n = int(text)
        except ValueError:
            raise argparse.ArgumentTypeError(f"{text!r} is not a whole number") from None
        if not low <= n <= high:
            raise argparse.ArgumentTypeError(f"{n} is not between {low} and {high}")
        return n

    return parse


def _text(limit: int):
    """An argparse type: text that is valid Unicode and at most ``limit`` characters."""

    def parse(text: str) -> str:
        try:
            text.encode("utf-8")
        except UnicodeEncodeError:
            raise argparse.ArgumentTypeError("is not valid UTF-8 text") from None
        if len(text) > limit:
            raise argparse.ArgumentTypeError(f"is {len(text):,} characters; at most {limit:,}")
        return text

    return parse


def _read_text(path: str) -> str:
    """A text file a user names (-f): a clear error for a folder, a binary file, a missing one."""
    p = Path(path)
    if p.is_dir():
        raise CliError(f"{path} is a folder, not a text file")
    try:
        return p.read_text(encoding="utf-8")
    except UnicodeDecodeError as exc:
        raise CliError(f"{path} is not UTF-8 text (byte {exc.start})") from None


class CliError(Exception):
    """A mistake in what the user asked for, said in one line; ``code``: the exit status (2, or
    1 for "nothing found")."""

    def __init__(self, message: str, code: int = 2) -> None:
        super().__init__(message)
        self.code = code


class _Parser(argparse.ArgumentParser):
    """argparse, suggesting the closest choice for a misspelt one ("aks" → "ask")."""

    def error(self, message: str):
        m = re.search(r"invalid choice: '([^']*)' \(choose from (.*)\)", message)
        if m:
            choices = re.findall(r"'([^']*)'", m.group(2))
            close = difflib.get_close_matches(m.group(1), choices, n=1)
            if close:
                message += f"; did you mean '{close[0]}'?"
        super().error(message)


def make_parser() -> argparse.ArgumentParser:
    p = _Parser(
        prog="mlkg",
        description="A knowledge graph of AWS machine-learning knowledge, built from cheat sheets.",
        epilog=EXAMPLES + "\nsettings (environment variables):\n" + settings.describe(),
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    p.add_argument("--version", action="version", version=f"mlkg {__version__}")
    p.add_argument(
        "--store",
        default=None,
        choices=STORE_NAMES,
        help="store backend (oxigraph, rdflib); default: the build's",
    )
    sub = p.add_subparsers(dest="command", required=True)

    b = sub.add_parser(
        "build", help="build the graph from documents (default: data/ and the uploads folder)"
    )
    b.add_argument(
        "documents", nargs="*", help="documents to build from (Markdown, HTML, PDF, DOCX)"
    )
    b.add_argument("--force", action="store_true", help="build even if nothing changed")
    _build_flags(b)
    b.set_defaults(func=cmd_build)

    ad = sub.add_parser("add", help="add documents to the uploads folder and rebuild")
    ad.add_argument("files", nargs="+", help="documents to add (never overwrites; 'name (2).md')")
    _build_flags(ad)
    ad.set_defaults(func=cmd_add)

    rm = sub.add_parser("remove", help="remove added documents and rebuild once")
    rm.add_argument("names", nargs="+", help="the documents' file names (see 'mlkg sources')")
    _build_flags(rm)
    rm.set_defaults(func=cmd_remove)

    ap = sub.add_parser("app", help="start the app (Streamlit) on http://127.0.0.1:8501")
    ap.add_argument("--host", default="127.0.0.1", help="address to listen on (default 127.0.0.1)")
    ap.add_argument("--port", type=_count(1, 65535), default=8501, help="port (default 8501)")
    ap.set_defaults(func=cmd_app)

    pb = sub.add_parser(
        "publish", help="put the graph into a SPARQL store (Graph Store Protocol: PUT)"
    )
    pb.add_argument("url", help="the store's Graph Store Protocol URL, e.g. http://host:7878/store")
    pb.add_argument("--graph", metavar="IRI", help="a named graph (default: the default graph)")
    pb.add_argument("--add", action="store_true", help="add to the graph (POST), not replace it")
    pb.set_defaults(func=cmd_publish)

    sv = sub.add_parser(
        "serve", help="a read-only SPARQL 1.1 endpoint (/sparql) and answers (/ask) over HTTP"
    )
    sv.add_argument("--host", default="127.0.0.1", help="address to listen on (default 127.0.0.1)")
    sv.add_argument(
        "--port", type=_count(0, 65535), default=7878, help="port (default 7878; 0: any free one)"
    )
    sv.add_argument("--cors", metavar="ORIGIN", help="allow browsers on ORIGIN ('*' for any)")
    sv.add_argument("--verbose", action="store_true", help="log every request")
    sv.set_defaults(func=cmd_serve)

    so = sub.add_parser("sources", help="the documents of the built graph, with what each gave")
    so.add_argument("--json", action="store_true")
    so.set_defaults(func=cmd_sources)

    a = sub.add_parser("ask", help="answer a question in plain English, with evidence and SPARQL")
    a.add_argument(
        "question",
        nargs="?",
        type=_text(MAX_QUESTION),
        help="the question; without it, ask many at a prompt (or one per line from a pipe)",
    )
    a.add_argument(
        "-f", "--file", help="one question per line; one JSON object per line with --json"
    )
    a.add_argument("--json", action="store_true")
    a.set_defaults(func=cmd_ask)

    r = sub.add_parser("search", help="raw hybrid (dense + BM25) hits for a text")
    r.add_argument("text", type=_text(MAX_QUESTION))
    r.add_argument("-k", type=_count(1, 1000), default=10, help="how many hits (1-1000)")
    r.add_argument("--json", action="store_true")
    r.set_defaults(func=cmd_search)

    ev = sub.add_parser(
        "eval",
        help="score answers against question files (JSON lines), each on its own documents",
    )
    ev.add_argument(
        "questions",
        nargs="+",
        help="QUESTIONS.jsonl (on the current build) or QUESTIONS.jsonl=DOC[,DOC...] (on a graph of "
        "those documents); several give one table",
    )
    ev.add_argument("--json", action="store_true")
    ev.set_defaults(func=cmd_eval)

    s = sub.add_parser("sparql", help="run a read-only SPARQL query")
    s.add_argument("query", nargs="?", help="the query (standard prefixes are added if none given)")
    s.add_argument("-f", "--file", help="read the query from a file")
    s.add_argument("--format", choices=["table", "json", "csv"], default="table")
    s.add_argument("--json", action="store_true", help="same as --format json")
    s.set_defaults(func=cmd_sparql)

    e = sub.add_parser("export", help="export the whole graph, or a subgraph for slides")
    pick = e.add_mutually_exclusive_group()
    pick.add_argument(
        "--question", type=_text(MAX_QUESTION), help="the subgraph of this question's answer"
    )
    pick.add_argument("--entity", type=_text(500), help="the neighbourhood of this entity")
    pick.add_argument("--sparql", help="the result of a CONSTRUCT query")
    e.add_argument(
        "--hops", type=_count(1, 3), default=1, help="neighbourhood depth (1-3), with --entity"
    )
    e.add_argument(
        "--format",
        choices=["png", "svg", "pptx", "mermaid", "graphml", "ttl", "html", "nt", "jsonld"],
        default="ttl",
    )
    e.add_argument(
        "--max-nodes",
        type=_count(1, 1000),
        default=25,
        help="with --entity: at most this many entities besides it, the nearest and best "
        "connected first (default 25)",
    )
    e.add_argument(
        "--text-slide",
        action="store_true",
        help="with --question and pptx: add a slide with the answer and its evidence",
    )
    e.add_argument("-o", "--output", required=True, help="output file")
    e.set_defaults(func=cmd_export)

    n = sub.add_parser("entity", help="show an entity: type, aliases, facts and sources")
    n.add_argument("name", type=_text(500), help="a name or alias")
    n.add_argument("--json", action="store_true")
    n.set_defaults(func=cmd_entity)

    v = sub.add_parser("validate", help="check the graph against its SHACL shapes")
    v.add_argument("--json", action="store_true")
    v.set_defaults(func=cmd_validate)
    return p


def main(argv: list[str] | None = None) -> int:
    args = make_parser().parse_args(argv)
    from graph import QueryError
    from ingest import ParseError
    from search.embed import ModelError
    from search.engine import StaleIndexError

    try:
        return args.func(args)
    except (ParseError, CliError, QueryError, StaleIndexError, ModelError) as exc:
        print(f"error: {exc}", file=sys.stderr)
        return exc.code if isinstance(exc, CliError) else 2
    except BrokenPipeError:  # the reader went away ("mlkg ask ... | head"): nothing to say
        sys.stderr.close()
        return 0
    except OSError as exc:  # a folder for a file, a full disk, a missing or unwritable path
        where = f": {exc.filename}" if exc.filename else ""
        print(f"error: {exc.strerror or exc}{where}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        print("stopped", file=sys.stderr)
        return 130


if __name__ == "__main__":
    sys.exit(main())
