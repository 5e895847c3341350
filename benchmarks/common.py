"""Helpers for the benchmark scripts: seed article bodies and a synthetic corpus made from them."""
from __future__ import annotations

import random
import re
from datetime import datetime, timedelta
from pathlib import Path

from timeline import ingest

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"


def seed_articles():
    return [a for a in ingest.read_paths([SEEDS]) if not a.error]


def bodies_of_length(n: int, length: int = 1500, seed: int = 7) -> list[tuple[str, datetime]]:
    """`n` article bodies of about `length` characters, cut and glued from the seed sentences."""
    rng = random.Random(seed)
    articles = seed_articles()
    sentences = [s for a in articles for s in re.split(r"(?<=다\.)\s*", a.body) if len(s) > 20]
    out = []
    for index in range(n):
        text, anchor = "", articles[index % len(articles)].published_at
        while len(text) < length:
            text += rng.choice(sentences) + " "
        out.append((text[:length], anchor))
    return out


def synthetic_corpus(folder: Path, n: int, seed: int = 11) -> None:
    """`n` articles in the seed format: seed bodies reshuffled, dates moved, ids and urls unique."""
    rng = random.Random(seed)
    articles = seed_articles()
    folder.mkdir(parents=True, exist_ok=True)
    bodies = bodies_of_length(n, 1500, seed)
    for index, (body, anchor) in enumerate(bodies):
        when = anchor + timedelta(days=rng.randint(-60, 60))
        source = articles[index % len(articles)]
        (folder / f"synthetic_{index:06d}.md").write_text(
            f"---\nid: syn_{index:06d}\ntitle: {source.title}\npublisher: {source.publisher}\n"
            f"published_at: {when:%Y-%m-%d %H:%M}\nurl: https://example.kr/syn/{index}\n---\n\n{body}\n", encoding="utf-8")
