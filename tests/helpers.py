"""Shared test paths and constants."""

from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DATA = ROOT / "data"
CHEATSHEET = DATA / "aws-ml-specialty-cheatsheet.md"
GOLD_FACTS = Path(__file__).with_name("facts-dev.tsv")
