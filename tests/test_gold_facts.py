"""The built graph holds the gold facts of facts-dev.tsv (matched by names, not predicates)."""

from tests.gold import GoldMatcher, read_gold
from tests.helpers import GOLD_FACTS


def test_gold_fact_recall(rdf):
    matcher = GoldMatcher(rdf)
    gold = read_gold(GOLD_FACTS)
    missing = [f for f in gold if not matcher.holds(*f)]
    recall = 1 - len(missing) / len(gold)
    print(f"gold fact recall {recall:.3f} ({len(gold) - len(missing)}/{len(gold)})")
    for f in missing:
        print("  missing:", " | ".join(f))
    assert recall >= 0.97, missing
