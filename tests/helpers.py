"""Shared test paths and constants."""

from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DATA = ROOT / "data"
CHEATSHEET = DATA / "aws-ml-specialty-cheatsheet.md"
GOLD_FACTS = Path(__file__).with_name("facts-dev.tsv")
SHARED = ROOT.parent / "shared"
DEV_DOCS = sorted((SHARED / "corpus" / "dev").glob("*.md")) if (SHARED / "corpus" / "dev").is_dir() else []
