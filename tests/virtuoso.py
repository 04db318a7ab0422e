"""Virtuoso Open Source on 127.0.0.1 for tests and benchmarks: a fresh database in a folder,
started in the foreground and stopped by the PID that started it; graphs loaded with its
documented bulk loader (``ld_dir`` + ``rdf_loader_run``) into one named graph, queried through
``/sparql?default-graph-uri=...``."""

from __future__ import annotations

import contextlib
import shutil
import socket
import subprocess
import time
import urllib.request
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

GRAPH = "urn:mlkg:graph"
INI = """[Database]
DatabaseFile = {d}/virtuoso.db
ErrorLogFile = {d}/virtuoso.log
LockFile = {d}/virtuoso.lck
TransactionFile = {d}/virtuoso.trx
xa_persistent_file = {d}/virtuoso.pxa
Striping = 0
TempStorage = TempDatabase
[TempDatabase]
DatabaseFile = {d}/virtuoso-temp.db
TransactionFile = {d}/virtuoso-temp.trx
Striping = 0
[Parameters]
ServerPort = 127.0.0.1:{sql}
DirsAllowed = ., {d}
NumberOfBuffers = {buffers}
MaxDirtyBuffers = {dirty}
ThreadsPerQuery = 2
CaseMode = 2
[HTTPServer]
ServerPort = 127.0.0.1:{http}
ServerRoot = {d}
ServerThreads = 5
[SPARQL]
ResultSetMaxRows = 10000000
MaxQueryExecutionTime = 600
"""


def installed() -> bool:
    return bool(shutil.which("virtuoso-t") and shutil.which("isql-vt"))


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def wait_for(url: str, tries: int = 300) -> None:
    """Until ``url`` answers (a server coming up); RuntimeError if it never does."""
    for _ in range(tries):
        try:
            urllib.request.urlopen(url, timeout=1)
            return
        except OSError:
            time.sleep(0.2)
    raise RuntimeError(f"{url} did not come up")


@dataclass
class Server:
    folder: Path
    sql_port: int
    http_port: int
    proc: subprocess.Popen

    @property
    def endpoint(self) -> str:
        return f"http://127.0.0.1:{self.http_port}/sparql?default-graph-uri={GRAPH}"

    def load(self, graph_file: Path) -> float:
        """Bulk-load an N-Triples file into the graph; the seconds it took."""
        shutil.copy(graph_file, self.folder / "load.nt")
        sql = f"ld_dir('{self.folder}', 'load.nt', '{GRAPH}'); rdf_loader_run(); checkpoint;"
        start = time.perf_counter()
        r = subprocess.run(
            ["isql-vt", f"127.0.0.1:{self.sql_port}", "dba", "dba", f"exec={sql}"],
            capture_output=True,
            text=True,
            timeout=1800,
        )
        if r.returncode != 0:
            raise RuntimeError(f"Virtuoso's bulk load failed: {r.stdout}{r.stderr}")
        return time.perf_counter() - start

    def peak_mb(self) -> float:
        for line in Path(f"/proc/{self.proc.pid}/status").read_text().splitlines():
            if line.startswith("VmHWM:"):
                return round(int(line.split()[1]) / 1024, 1)
        return 0.0


@contextlib.contextmanager
def running(folder: Path, buffers: int = 10000) -> Iterator[Server]:
    """A Virtuoso server with its database in ``folder``, until the block ends."""
    sql, http = free_port(), free_port()
    ini = INI.format(d=folder, sql=sql, http=http, buffers=buffers, dirty=buffers * 3 // 4)
    (folder / "virtuoso.ini").write_text(ini)
    proc = subprocess.Popen(
        ["virtuoso-t", "-f", "-c", str(folder / "virtuoso.ini")],
        cwd=folder,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    try:
        wait_for(f"http://127.0.0.1:{http}/sparql?query=ASK%7B%7D")
        yield Server(folder, sql, http, proc)
    finally:
        proc.terminate()
        try:
            proc.wait(timeout=30)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait(timeout=10)
