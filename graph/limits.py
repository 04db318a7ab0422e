"""Users' SPARQL queries run in a child process that can be stopped, with a time limit and a
result cap (settings ``MLKG_QUERY_TIMEOUT`` and ``MLKG_QUERY_MAX_ROWS``).

An engine evaluating a query (a cartesian COUNT, a CONSTRUCT of millions of triples) does not
return to Python until it is done, so a timer in the same process cannot stop it. The
:class:`QueryRunner` keeps the graph loaded in a child process and waits for each answer in
short slices: when the time limit passes, or the caller's ``on_wait`` raises (the app's page
being left or rerun), the child is killed and the core is free again; the next query starts a
new child. The cap is applied while results stream out of the engine, so a huge result is never
built in full. The parent checks every query first (:func:`graph.store.check_read_only`):
updates and SERVICE never reach the child.

    runner = QueryRunner(graph_file, "oxigraph")
    result = runner.query("SELECT ...")      # QueryResult; result.truncated if capped
    runner.close()
"""

from __future__ import annotations

import multiprocessing as mp
import sys
import time
import types
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from .store import QueryError, QueryResult, check_read_only, open_store

_SLICE = 0.1  # seconds between checks while a query runs


class QueryLimitError(QueryError):
    """A query stopped by a limit; the message says which one and how to change it."""


@dataclass(frozen=True)
class Limits:
    timeout: float = 30.0  # seconds
    max_rows: int = 100_000  # rows, or triples of a CONSTRUCT/DESCRIBE

    @classmethod
    def from_settings(cls) -> Limits:
        from mlkg import settings

        raw_timeout, raw_rows = settings.get("query_timeout"), settings.get("query_max_rows")
        try:
            timeout, rows = float(raw_timeout), int(raw_rows)
        except ValueError:
            timeout = rows = 0
        if not timeout > 0 or rows <= 0:
            raise QueryError(
                "MLKG_QUERY_TIMEOUT must be a positive number of seconds and MLKG_QUERY_MAX_ROWS "
                f"a positive whole number (they are {raw_timeout!r} and {raw_rows!r})"
            )
        return cls(timeout, rows)


def _serve(conn, graph_file: str, store_name: str) -> None:
    """The child: load the graph once, then answer queries until told to stop."""
    try:
        store = open_store(store_name, graph_file)
        conn.send(("ready", None))
    except Exception as exc:  # a graph that cannot be read: say so, then stop
        conn.send(("error", f"cannot open the graph {graph_file}: {exc}"))
        return
    while True:
        msg = conn.recv()
        if msg is None:
            return
        sparql, max_rows = msg
        try:
            conn.send(("ok", store.query(sparql, max_rows=max_rows)))
        except QueryError as exc:
            conn.send(("error", str(exc)))
        except Exception as exc:  # the engine's own errors, said in one line
            conn.send(("error", f"the query failed: {type(exc).__name__}: {exc}"))


class QueryRunner:
    """Runs read-only queries on one graph file in a child process (see the module doc)."""

    def __init__(
        self, graph_file: str | Path, store: str = "oxigraph", limits: Limits | None = None
    ):
        self.graph_file = str(graph_file)
        self.store = store
        self.limits = limits or Limits.from_settings()
        self._proc: mp.process.BaseProcess | None = None
        self._conn = None

    def _start(self, deadline: float, on_wait: Callable[[float], None] | None) -> None:
        ctx = mp.get_context("spawn")  # no fork of a process that holds torch and threads
        parent, child = ctx.Pipe()
        self._proc = ctx.Process(
            target=_serve, args=(child, self.graph_file, self.store), daemon=True
        )
        # spawn imports the parent's __main__ in the child: under `streamlit run` that is the
        # app's script, which would run there in bare mode (slow, and nine warnings per start)
        main = sys.modules.get("__main__")
        sys.modules["__main__"] = types.ModuleType("__main__")
        try:
            self._proc.start()
        finally:
            if main is not None:
                sys.modules["__main__"] = main
        child.close()
        self._conn = parent
        status, detail = self._wait(deadline, on_wait, "loading the graph")
        if status != "ready":
            self.close()
            raise QueryError(detail)

    def _wait(self, deadline: float, on_wait, doing: str):
        start = time.monotonic()
        try:
            while not self._conn.poll(_SLICE):
                if self._proc is None or not self._proc.is_alive():
                    raise QueryError(f"the query process ended while {doing}")
                if time.monotonic() > deadline:
                    raise QueryLimitError(
                        f"stopped after {self.limits.timeout:g} s, the time limit "
                        "(setting MLKG_QUERY_TIMEOUT); narrow the query or raise the limit"
                    )
                if on_wait is not None:
                    on_wait(time.monotonic() - start)
            return self._conn.recv()
        except BaseException:  # the limit, or the caller stopping (a page rerun): stop the work
            self._kill()
            raise

    def query(self, sparql: str, on_wait: Callable[[float], None] | None = None) -> QueryResult:
        """Run one read-only query within the limits; ``on_wait(seconds)`` is called while it
        runs (it may raise to stop the query)."""
        check_read_only(sparql)
        deadline = time.monotonic() + self.limits.timeout
        if self._proc is None or not self._proc.is_alive():
            self._start(deadline, on_wait)
        self._conn.send((sparql, self.limits.max_rows))
        status, payload = self._wait(deadline, on_wait, "running the query")
        if status == "error":
            raise QueryError(payload)
        if payload.truncated:
            payload.note = (
                f"stopped at {self.limits.max_rows:,} "
                f"{'triples' if payload.kind == 'graph' else 'rows'}, the result cap "
                "(setting MLKG_QUERY_MAX_ROWS)"
            )
        return payload

    def _kill(self) -> None:
        if self._proc is not None:
            self._proc.kill()
            self._proc.join(5)
        self._proc = None
        if self._conn is not None:
            self._conn.close()
        self._conn = None

    def close(self) -> None:
        """Stop the child process (politely if it is idle)."""
        if self._proc is not None and self._proc.is_alive() and self._conn is not None:
            try:
                self._conn.send(None)
                self._proc.join(2)
            except OSError:
                pass
        self._kill()

    def __enter__(self) -> QueryRunner:
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    def __del__(self) -> None:
        try:
            self._kill()
        except Exception:
            pass
