"""Shared test paths and constants."""

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
