"""A few hundred malformed documents (seeded): each builds or fails with a ParseError that
names the file, never a traceback or a hang, and a failed build leaves the previous graph."""

import io
import random
import signal
import zipfile

import pytest

from graph import build_graph
from graph.manifest import file_sha256
from ingest import ParseError

SEED = 20261201
COUNT = 240
NAMES = ["notes", "a<b>", 'q"x', "c{d}", "p|q", "h^t", "b`t", "tab\there", "sp ace", "ünï", "#x"]
SUFFIXES = [".md", ".md", ".md", ".html", ".pdf", ".docx"]
PIECES = [
    "# Heading\n", "## **Bold** heading\n", "- item\n", "  - nested\n", "1. one\n",
    "| a | b |\n|---|---|\n| 1 | 2 |\n", "| a | b |\n| 1 |\n", "a\tb\tc\n", "<b>x</b>\n",
    "<ul><li>x<li>y</ul>\n", "```\ncode\n", "**unclosed\n", "[link](http://x\n",
    "\x0c\n", "\u2028line\n", "\x00\x01\x1b[31m\n", "$\\frac{a}{$\n", ":red[x]\n", "> quote\n",
    "---\ntitle: x\n---\n", "<table><tr><td>x</td></tr>\n", "&amp;&#xZZ;&#99999999;\n",
    "- **Name (ABC)**: text\n", "Term: a, b, c\n", "\\\n", "|||\n", "#" * 8 + " deep\n",
]  # fmt: skip


def _markdown(rng: random.Random) -> bytes:
    text = "".join(rng.choice(PIECES) for _ in range(rng.randint(0, 40)))
    if rng.random() < 0.1:
        text = "x" * rng.randint(1, 20000) + text  # a very long line
    encoding = rng.choice(["utf-8", "utf-8", "utf-8-sig", "utf-16", "latin-1"])
    return text.encode(encoding, errors="replace")


def _html(rng: random.Random) -> bytes:
    body = "".join(rng.choice(PIECES) for _ in range(rng.randint(0, 30)))
    head = rng.choice(["<html><body>", "<!doctype html><main>", "", "<html><head><script>"])
    cut = rng.randint(0, len(body)) if rng.random() < 0.3 else len(body)
    return (head + body[:cut]).encode("utf-8")


def _docx(rng: random.Random) -> bytes:
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as z:
        if rng.random() < 0.7:
            z.writestr("word/document.xml", rng.choice(["<w:document>", "", "<x>" * 50]))
        if rng.random() < 0.5:
            z.writestr("[Content_Types].xml", "<Types/>")
    data = buf.getvalue()
    return data[: rng.randint(0, len(data))] if rng.random() < 0.3 else data


def _pdf(rng: random.Random) -> bytes:
    data = b"%PDF-1.4\n" + bytes(rng.getrandbits(8) for _ in range(rng.randint(0, 400)))
    return data if rng.random() < 0.8 else data + b"\n%%EOF"


MAKERS = {".md": _markdown, ".html": _html, ".pdf": _pdf, ".docx": _docx}


@pytest.fixture(scope="module")
def good_build(tmp_path_factory):
    folder = tmp_path_factory.mktemp("fuzz")
    doc = folder / "good.md"
    doc.write_text("# Good\n\n## Storage Services\n\n- **Amazon S3**: objects.\n", "utf-8")
    build_dir = folder / "build"
    build_graph([doc], build_dir, progress=False)
    return folder, build_dir


def _alarm(signum, frame):
    raise TimeoutError("a document took longer than 20 s")


def test_malformed_documents_never_crash_or_hang(good_build):
    folder, build_dir = good_build
    rng = random.Random(SEED)
    previous = signal.signal(signal.SIGALRM, _alarm)
    outcomes = {"built": 0, "refused": 0}
    try:
        for i in range(COUNT):
            suffix = rng.choice(SUFFIXES)
            path = folder / f"{rng.choice(NAMES)}-{i}{suffix}"
            path.write_bytes(MAKERS[suffix](rng))
            before = file_sha256(build_dir / "graph.nt")
            signal.alarm(20)
            try:
                build_graph([path], build_dir, progress=False)
                outcomes["built"] += 1
            except ParseError as exc:
                outcomes["refused"] += 1
                assert path.name in str(exc) or str(path) in str(exc), exc
                assert file_sha256(build_dir / "graph.nt") == before  # the previous graph stays
            finally:
                signal.alarm(0)
                path.unlink()
    finally:
        signal.signal(signal.SIGALRM, previous)
    assert outcomes["built"] + outcomes["refused"] == COUNT
    assert outcomes["built"] and outcomes["refused"]  # the set has both kinds
