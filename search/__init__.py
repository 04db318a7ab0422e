"""Embeddings, vector and keyword indexes, retrieval and question answering.

Imports ``graph`` (and so ``ingest``); only the app and the CLI import it. Heavy libraries
(torch, sentence-transformers, faiss) load on first use.
"""

from .build import build_search
from .engine import Engine

__all__ = ["Engine", "build_search"]
