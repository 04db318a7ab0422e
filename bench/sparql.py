"""SPARQL engines side by side on one generated graph. Prints JSON.

A graph shaped like mlkg's (typed entities with labels, relations between them, and one
statement node per fact, as the provenance model makes them) of ``--triples`` triples (default
1,000,000) is written as N-Triples, then loaded into each engine in its own process:

- ``rdflib``: rdflib's in-memory graph and SPARQL engine (the pure-Python reference);
- ``pyoxigraph-memory``: pyoxigraph's in-memory store (mlkg's default today);
- ``pyoxigraph-disk``: pyoxigraph's on-disk store (RocksDB): bulk load, then the time to open
  it read-only again, which is what a process starting on a built store would pay;
- ``virtuoso``: Virtuoso Open Source (Debian's ``virtuoso-opensource-7-bin``) when installed:
  its bulk loader, then the queries over its SPARQL endpoint (HTTP included).

For each: load seconds, peak memory, and three queries — a label lookup, a two-hop join from one
entity, and a two-hop join over every entity of a class (COUNT). A query still running at
``--timeout`` seconds is stopped and reported as such.

    python bench/sparql.py                 # 1M triples (rdflib takes minutes to load)
    python bench/sparql.py --triples 100000
"""

from __future__ import annotations

import argparse
import json
import multiprocessing as mp
import random
import resource
import shutil
import sys
import tempfile
import time
from pathlib import Path

NS = "https://mlkg.dev/"
RDF_TYPE = "<http://www.w3.org/1999/02/22-rdf-syntax-ns#type>"
LABEL = "<http://www.w3.org/2000/01/rdf-schema#label>"
CLASSES = ["Service", "Algorithm", "Metric", "Technique", "ProblemType", "Concept"]
RELATIONS = ["partOf", "usedFor", "suitableFor", "evaluates", "alternativeTo"]
PREFIXES = (
    f"PREFIX mlkg: <{NS}ontology#> PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#> "
    "PREFIX rdf: <http://www.w3.org/1999/02/22-rdf-syntax-ns#> "
)
QUERIES = {
    "label lookup": PREFIXES + 'SELECT ?e WHERE { ?e rdfs:label "Entity 4242" }',
    "two hops from one entity": PREFIXES
    + 'SELECT ?l WHERE { ?a rdfs:label "Entity 4242" ; ?r ?b . ?b ?s ?c . ?c rdfs:label ?l }',
    "two hops over a class (COUNT)": PREFIXES
    + "SELECT (COUNT(*) AS ?n) WHERE { ?a a mlkg:Algorithm ; mlkg:partOf ?b . "
    "?b mlkg:usedFor ?c }",
}


def generate(path: Path, triples: int, seed: int = 7) -> int:
    """Write about ``triples`` triples: per entity a type, a label and facts to others, each
    fact also reified (subject, predicate, object of a statement node), as mlkg's graph is."""
    rng = random.Random(seed)
    per_entity = 2 + 3 * 5  # type, label, 3 facts each stated and reified (4 triples + 1)
    n = max(10, triples // per_entity)
    written = 0
    with path.open("w", encoding="utf-8") as out:
        for i in range(n):
            e = f"<{NS}id/e{i}>"
            out.write(f"{e} {RDF_TYPE} <{NS}ontology#{CLASSES[i % len(CLASSES)]}> .\n")
            out.write(f'{e} {LABEL} "Entity {i}" .\n')
            written += 2
            for k in range(3):
                o = f"<{NS}id/e{rng.randrange(n)}>"
                p = f"<{NS}ontology#{RELATIONS[rng.randrange(len(RELATIONS))]}>"
                st = f"<{NS}id/st/{i}-{k}>"
                rdf = "<http://www.w3.org/1999/02/22-rdf-syntax-ns#"
                out.write(f"{e} {p} {o} .\n{st} {rdf}subject> {e} .\n")
                out.write(f"{st} {rdf}predicate> {p} .\n{st} {rdf}object> {o} .\n")
                out.write(f"{st} {RDF_TYPE} {rdf}Statement> .\n")
                written += 5
    return written


def _peak_mb() -> float:
    return round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, 1)


def _run(engine: str, nt: str, workdir: str, conn) -> None:
    """In a child process: load, then time each query (the parent enforces the time limit)."""
    out: dict = {"engine": engine}
    t = time.perf_counter()
    if engine == "rdflib":
        from rdflib import Graph

        g = Graph()
        g.parse(nt, format="nt")

        def query(q):
            return list(g.query(q))
    else:
        import pyoxigraph as ox

        if engine == "pyoxigraph-memory":
            store = ox.Store()
        else:
            store = ox.Store(str(Path(workdir) / "store"))
        store.bulk_load(path=nt, format=ox.RdfFormat.N_TRIPLES)
        if engine == "pyoxigraph-disk":
            store.flush()
            del store
            out["load_s"] = round(time.perf_counter() - t, 2)
            t = time.perf_counter()
            store = ox.Store.read_only(str(Path(workdir) / "store"))
            out["open_read_only_s"] = round(time.perf_counter() - t, 3)

        def query(q):
            return list(store.query(q))

    out.setdefault("load_s", round(time.perf_counter() - t, 2))
    out["peak_mb_after_load"] = _peak_mb()
    conn.send(("loaded", out))
    for name, q in QUERIES.items():
        t = time.perf_counter()
        rows = query(q)
        conn.send(("query", name, round((time.perf_counter() - t) * 1000, 2), len(rows)))


def measure(engine: str, nt: Path, timeout: float) -> dict:
    ctx = mp.get_context("spawn")
    parent, child = ctx.Pipe()
    workdir = tempfile.mkdtemp(prefix="mlkg-bench-")
    proc = ctx.Process(target=_run, args=(engine, str(nt), workdir, child), daemon=True)
    proc.start()
    result: dict = {"engine": engine, "queries_ms": {}}
    deadline = time.monotonic() + timeout * (len(QUERIES) + 1)
    pending = ["load", *QUERIES]
    try:
        while pending:
            wait = max(0.0, min(deadline - time.monotonic(), timeout))
            if not parent.poll(wait):
                step = pending[0]
                if step == "load":
                    result["load_s"] = f"> {timeout:g} s (stopped)"
                else:
                    for name in pending:
                        result["queries_ms"][name] = f"> {timeout * 1000:g} (stopped)"
                break
            msg = parent.recv()
            if msg[0] == "loaded":
                result.update(msg[1])
                pending.pop(0)
            elif msg[0] == "query":
                result["queries_ms"][msg[1]] = msg[2]
                result.setdefault("rows", {})[msg[1]] = msg[3]
                pending.pop(0)
                deadline = time.monotonic() + timeout * (len(pending) + 1)
    finally:
        proc.kill()
        proc.join(5)
        shutil.rmtree(workdir, ignore_errors=True)
    return result


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--triples", type=int, default=1_000_000)
    ap.add_argument("--timeout", type=float, default=120.0, help="seconds per load or query")
    ap.add_argument(
        "--engines",
        default="pyoxigraph-memory,pyoxigraph-disk,rdflib,virtuoso",
        help="comma-separated",
    )
    args = ap.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        nt = Path(tmp) / "graph.nt"
        t = time.perf_counter()
        count = generate(nt, args.triples)
        report = {
            "benchmark": "sparql engines",
            "triples": count,
            "generate_s": round(time.perf_counter() - t, 2),
            "file_mb": round(nt.stat().st_size / 1e6, 1),
            "engines": [
                measure(e, nt, args.timeout) for e in args.engines.split(",") if e != "virtuoso"
            ],
        }
        if "virtuoso" in args.engines.split(","):
            report["engines"].append(measure_virtuoso(nt, args.timeout))
    print(json.dumps(report, indent=2))


def measure_virtuoso(nt: Path, timeout: float) -> dict:
    """Virtuoso Open Source (Debian's package) when installed: its bulk loader, then the same
    queries over its SPARQL endpoint (form-encoded POST, SPARQL JSON results)."""
    import urllib.parse
    import urllib.request

    sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
    from tests import virtuoso

    if not virtuoso.installed():
        return {"engine": "virtuoso", "status": "not installed"}
    out: dict = {"engine": "virtuoso", "queries_ms": {}, "rows": {}}
    with tempfile.TemporaryDirectory() as tmp, virtuoso.running(Path(tmp), buffers=170000) as v:
        out["load_s"] = round(v.load(nt), 2)
        for name, q in QUERIES.items():
            data = urllib.parse.urlencode({"query": q}).encode("ascii")
            request = urllib.request.Request(
                v.endpoint, data=data, headers={"Accept": "application/sparql-results+json"}
            )
            t = time.perf_counter()
            with urllib.request.urlopen(request, timeout=timeout) as r:
                rows = json.load(r)["results"]["bindings"]
            out["queries_ms"][name] = round((time.perf_counter() - t) * 1000, 2)
            out["rows"][name] = len(rows)
        out["peak_mb_server"] = v.peak_mb()
    return out


if __name__ == "__main__":
    main()
