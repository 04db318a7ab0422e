"""Parsed documents cached by content, so a rebuild re-reads only the documents that changed.

An entry is keyed by the document's name, the SHA-256 of its bytes and the fingerprint of the
readers (``ingest``): new bytes or new reader code never meet an old entry. Entries are pickles
written by this process's own code into the build's cache folder, never read from elsewhere.
"""

from __future__ import annotations

import hashlib
import os
import pickle
import tempfile
from pathlib import Path

from ingest import Document


class DocumentCache:
    """``get``/``put`` parsed :class:`ingest.Document` objects by (name, SHA-256)."""

    def __init__(self, folder: Path, fingerprint: str):
        self.folder = Path(folder)
        self.prefix = fingerprint[:16]

    def _path(self, name: str, sha256: str) -> Path:
        key = hashlib.sha256(f"{name}\0{sha256}".encode()).hexdigest()[:32]
        return self.folder / f"{self.prefix}-{key}.pickle"

    def get(self, name: str, sha256: str) -> Document | None:
        """The document read before from the same bytes by the same readers, if cached."""
        try:
            with open(self._path(name, sha256), "rb") as f:
                doc = pickle.load(f)
        except (OSError, pickle.UnpicklingError, EOFError, AttributeError, ImportError):
            return None  # absent, or unreadable: read the document again
        return doc if isinstance(doc, Document) and doc.name == name else None

    def put(self, name: str, sha256: str, doc: Document) -> None:
        """Keep ``doc``; written to a temporary file first, so readers never see half of it."""
        self.folder.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(prefix=".tmp-", dir=self.folder)
        try:
            with os.fdopen(fd, "wb") as f:
                pickle.dump(doc, f, protocol=pickle.HIGHEST_PROTOCOL)
            os.replace(tmp, self._path(name, sha256))
        except BaseException:
            Path(tmp).unlink(missing_ok=True)
            raise

    def prune(self) -> int:
        """Delete the entries other reader code wrote (they can never be read again)."""
        removed = 0
        for path in self.folder.glob("*.pickle"):
            if not path.name.startswith(self.prefix + "-"):
                path.unlink(missing_ok=True)
                removed += 1
        return removed
