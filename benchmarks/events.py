"""Event benchmark on the demo corpus: (organization, date) pairs against the gold timeline,
status accuracy, and how many events the merge makes against the gold count of real events.

    python -m benchmarks.events [--verbose]
"""
from __future__ import annotations

import sys
import tempfile

from timeline import pipeline, store
from timeline.evaluation import load_events, predicted_pairs, score_events

from .common import SEEDS


def main() -> None:
    gold = load_events()
    with tempfile.TemporaryDirectory() as directory:
        pipeline.run([SEEDS], directory)
        data = store.load(directory)
    pairs, status, notes = score_events(gold, predicted_pairs(data.mentions, data.articles))
    print(f"Gold: {sum(len(p) for p in gold.pairs.values())} (organization, date) pairs in {len(gold.pairs)} articles, "
          f"{gold.events} real events")
    print(f"pairs   P {pairs.precision:.3f} R {pairs.recall:.3f} F1 {pairs.f1:.3f} (tp {pairs.tp}, fp {pairs.fp}, fn {pairs.fn})")
    print(f"status accuracy {status.accuracy:.3f} ({status.correct}/{status.total} pairs found)")
    print(f"merged events: {data.events.height} (gold real events: {gold.events}); mentions: {data.mentions.height}")
    if "--verbose" in sys.argv:
        print("\n".join(notes))


if __name__ == "__main__":
    main()
