"""Embeddings, vector and keyword indexes, retrieval and question answering (issue 3).

Imports ``graph`` and ``ingest``; nothing imports it but the app and the CLI. Empty until then.
"""
