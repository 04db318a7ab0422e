"""Settings, declared once as (name, default, help); read from MLKG_<NAME> environment variables."""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]


@dataclass(frozen=True)
class Setting:
    name: str
    default: str
    help: str

    @property
    def env(self) -> str:
        return "MLKG_" + self.name.upper()

    def value(self) -> str:
        return os.environ.get(self.env, self.default)


SETTINGS = [
    Setting("data_dir", str(REPO / "data"), "folder of the source documents"),
    Setting("build_dir", "", "folder the build writes (default: DATA_DIR/build)"),
    Setting(
        "uploads_dir",
        "",
        "folder of documents added in the app or with 'mlkg add' (default: DATA_DIR/uploads)",
    ),
    Setting(
        "store",
        "oxigraph",
        "SPARQL store backend: oxigraph, rdflib, or sparql (a remote endpoint, see below)",
    ),
    Setting(
        "sparql_endpoint",
        "",
        "with MLKG_STORE=sparql: the SPARQL 1.1 endpoint holding the graph ('mlkg publish')",
    ),
    Setting(
        "publish_url",
        "",
        "with MLKG_STORE=sparql: the Graph Store Protocol URL 'mlkg build' loads a changed graph "
        "into (else 'mlkg publish URL' does it)",
    ),
    Setting(
        "model", "", "sentence-transformers model name or path (default: bundled all-MiniLM-L6-v2)"
    ),
    Setting(
        "cache_dir",
        "",
        "folder for the encoder's ONNX file, written once per model (default: "
        "$XDG_CACHE_HOME/mlkg or ~/.cache/mlkg)",
    ),
    Setting("query_timeout", "30", "seconds a SPARQL query may run before it is stopped"),
    Setting("query_max_rows", "100000", "rows (or triples) a SPARQL query returns at most"),
    Setting("max_document_mb", "50", "the largest document read, in MB"),
    Setting(
        "serve_url",
        "http://127.0.0.1:7878",
        "a running 'mlkg serve' that 'mlkg ask' uses when its graph is this build's ('' for none)",
    ),
]
_BY_NAME = {s.name: s for s in SETTINGS}


def get(name: str) -> str:
    return _BY_NAME[name].value()


def explicit(name: str) -> str | None:
    """A setting's value when the environment sets it, else None (the caller's default)."""
    return os.environ.get(_BY_NAME[name].env) or None


def data_dir() -> Path:
    return Path(get("data_dir"))


def build_dir() -> Path:
    return Path(get("build_dir") or data_dir() / "build")


def uploads_dir() -> Path:
    return Path(get("uploads_dir") or data_dir() / "uploads")


def describe() -> str:
    """The settings table, for --help and the README."""
    return "\n".join(
        f"  {s.env:<22} {s.help}" + ("" if "default" in s.help else f" (default: {s.default})")
        for s in SETTINGS
    )
