"""The documents a graph is built from: those shipped in the data folder and those a user added.

Added documents live in their own folder (the ``uploads_dir`` setting). Adding never
overwrites a document: a name already taken becomes "name (2).ext". Only added documents can
be removed; the shipped ones stay.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from ingest import SUPPORTED_SUFFIXES, ParseError, document_format
from ingest.formats import max_document_bytes, read_bytes


def _supported(folder: Path) -> list[Path]:
    """The supported documents of a folder (not hidden ones, not its subfolders), by name."""
    if not folder.is_dir():
        return []
    return sorted(
        p
        for p in folder.iterdir()
        if p.is_file() and p.suffix.lower() in SUPPORTED_SUFFIXES and not p.name.startswith(".")
    )


def default_documents(data_dir: Path) -> list[Path]:
    """The documents of a data folder: every supported file except its README."""
    return [p for p in _supported(Path(data_dir)) if p.stem.lower() != "readme"]


@dataclass(frozen=True)
class AddedDocument:
    """A document handed to :meth:`Corpus.add`: where it is, and whether it is a new file."""

    name: str
    path: Path
    new: bool  # False when a document with the same bytes was already there


@dataclass(frozen=True)
class Corpus:
    """The shipped documents (``data_dir``) and the added ones (``uploads_dir``)."""

    data_dir: Path
    uploads_dir: Path

    def documents(self) -> list[Path]:
        """Every document to build from: the shipped ones, then the added ones, each by name."""
        shipped = default_documents(self.data_dir)
        same_folder = Path(self.uploads_dir).resolve() == Path(self.data_dir).resolve()
        return shipped if same_folder else shipped + _supported(Path(self.uploads_dir))

    def uploaded(self) -> list[str]:
        """The names of the added documents (the ones that can be removed)."""
        return [p.name for p in _supported(Path(self.uploads_dir))]

    def is_uploaded(self, path: str | Path) -> bool:
        """Whether a document file is an added one (so it can be removed)."""
        return Path(path).resolve().parent == Path(self.uploads_dir).resolve()

    def add(self, files: Iterable[Path | tuple[str, bytes]]) -> list[AddedDocument]:
        """Save files (paths, or (name, bytes) as uploaded) into the uploads folder.

        A ParseError names a file that cannot be a document (unsupported type, too large);
        then nothing is saved.
        """
        items = [_named_bytes(f) for f in files]
        known = {
            hashlib.sha256(p.read_bytes()).hexdigest(): p
            for p in reversed(self.documents())  # the first document wins for equal bytes
        }
        taken = {p.name.lower() for p in self.documents()}
        taken |= {p.name.lower() for p in _supported(Path(self.data_dir))}  # READMEs too
        added: list[AddedDocument] = []
        Path(self.uploads_dir).mkdir(parents=True, exist_ok=True)
        for name, data in items:
            sha = hashlib.sha256(data).hexdigest()
            if sha in known:
                added.append(AddedDocument(known[sha].name, known[sha], False))
                continue
            path = Path(self.uploads_dir) / _free_name(name, taken)
            with open(path, "xb") as f:  # "x": never overwrite, even if a name was just taken
                f.write(data)
            taken.add(path.name.lower())
            known[sha] = path
            added.append(AddedDocument(path.name, path, True))
        return added

    def remove(self, name: str) -> bytes:
        """Delete an added document; returns its bytes (to put it back if a rebuild fails)."""
        path = Path(self.uploads_dir) / name
        if name not in self.uploaded():
            shipped = name in {p.name for p in default_documents(self.data_dir)}
            why = "a shipped document cannot be removed" if shipped else "no such added document"
            raise FileNotFoundError(f"{name}: {why}")
        data = path.read_bytes()
        path.unlink()
        return data

    def restore(self, name: str, data: bytes) -> None:
        """Put back a document :meth:`remove` deleted."""
        Path(self.uploads_dir).mkdir(parents=True, exist_ok=True)
        (Path(self.uploads_dir) / name).write_bytes(data)


def _named_bytes(file: Path | tuple[str, bytes]) -> tuple[str, bytes]:
    """(safe file name, bytes) of a path or an upload; a ParseError if it cannot be a document."""
    if isinstance(file, tuple):
        name, data = file
        if len(data) > (limit := max_document_bytes()):
            raise ParseError(
                name,
                1,
                f"too large ({len(data):,} bytes; the limit is {limit:,}, MLKG_MAX_DOCUMENT_MB)",
            )
    else:
        name, data = Path(file).name, read_bytes(file)
    # a browser may send a path; control characters and leading dots make unsafe file names
    name = re.sub(r"[\x00-\x1f/\\]", "_", name.replace("\\", "/").rsplit("/", 1)[-1]).strip()
    name = name.lstrip(".") or "document"
    document_format(name)
    return name, data


def _free_name(name: str, taken: set[str]) -> str:
    """``name``, or "stem (2).ext", "stem (3).ext", … whichever is not taken (any case)."""
    path = Path(name)
    n, candidate = 1, name
    while candidate.lower() in taken:
        n += 1
        candidate = f"{path.stem} ({n}){path.suffix}"
    return candidate
