"""Shared test paths, constants and the CLI runner."""

import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DATA = ROOT / "data"
CHEATSHEET = DATA / "aws-ml-specialty-cheatsheet.md"
GOLD_FACTS = Path(__file__).with_name("facts-dev.tsv")
SHARED = ROOT.parent / "shared"
DEV_DOCS = (
    sorted((SHARED / "corpus" / "dev").glob("*.md")) if (SHARED / "corpus" / "dev").is_dir() else []
)
# the services the cheat sheet lists for streaming ingestion (its "Streaming Data" rows)
STREAMING_INGESTION = {
    "Amazon Kinesis",
    "Amazon Kinesis Data Streams",
    "Amazon Kinesis Video Streams",
    "Amazon Kinesis Data Firehose",
    "Amazon Managed Streaming for Apache Kafka",
}


def run_mlkg(
    *args: str,
    build_dir: Path | None = None,
    stdin: str | None = None,
    env: dict[str, str] | None = None,
) -> subprocess.CompletedProcess:
    """Run the ``mlkg`` command as a user would, offline, on the given build (``stdin``: what
    is piped in; ``env``: settings added to the environment)."""
    env = os.environ | {"HF_HUB_OFFLINE": "1"} | (env or {})
    if build_dir is not None:
        env["MLKG_BUILD_DIR"] = str(build_dir)
    return subprocess.run(
        [sys.executable, "-m", "mlkg.cli", *args],
        capture_output=True,
        text=True,
        env=env,
        cwd=ROOT,
        input=stdin if stdin is not None else "",
    )


def copy_build(build_dir: Path, folder: Path) -> Path:
    """A copy of a build and the caches beside it (documents, vectors) in ``folder``/build,
    so a test can rebuild it without touching the session's build or embedding it all again."""
    import shutil

    shutil.copytree(build_dir, folder / "build")
    cache = build_dir.parent / ".cache"
    if cache.is_dir():
        shutil.copytree(cache, folder / ".cache")
    return folder / "build"


def engine_with_notes(built, folder: Path, name: str, text: str, more: dict | None = None):
    """An engine over a copy of the session's build with one more document of notes (``name``,
    Markdown ``text``), and any ``more`` (name → text), built in; the session's build is
    untouched."""
    from search import Engine
    from search.rebuild import rebuild

    paths = []
    for n, t in {name: text, **(more or {})}.items():
        paths.append(folder / n)
        paths[-1].write_text(t, encoding="utf-8")
    build_dir = copy_build(built[0], folder)
    rebuild(paths, build_dir)
    return Engine(build_dir)


def engine_of(folder: Path, name: str, text: str):
    """An engine over one document of notes alone (``name``, Markdown ``text``): a graph that
    knows nothing of the cheat sheet."""
    from search import Engine
    from search.rebuild import rebuild

    path = folder / name
    path.write_text(text, encoding="utf-8")
    rebuild([path], folder / "build")
    return Engine(folder / "build")
