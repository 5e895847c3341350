"""Dashboard benchmark: server time of a rerun after a filter change, on a generated store of
100,000 events (loading is cached; filtering, the chart and the tables are redone each time).

    python -m benchmarks.dashboard [N_EVENTS]
"""
from __future__ import annotations

import os
import random
import statistics
import sys
import tempfile
import time
from datetime import date, datetime, timedelta
from zoneinfo import ZoneInfo

from timeline import actors, schema, store

from .common import ROOT

TYPES = ["call", "selection", "elimination", "evaluation", "presentation", "announcement", "release", "funding"]
STATUSES = ["happened", "happened", "happened", "planned", "ongoing"]


def generated_store(directory: str, n_events: int, seed: int = 5) -> None:
    rng = random.Random(seed)
    orgs = list(actors.default_registry().orgs)[:40] + [f"발견기관{i}" for i in range(60)]
    seoul = ZoneInfo("Asia/Seoul")
    articles, mentions, events = [], [], []
    n_articles = max(1, n_events // 10)
    for index in range(n_articles):
        articles.append({"article_id": f"a{index}", "source_path": f"gen/{index}.md", "title": f"기사 {index}",
                         "body": "과학기술정보통신부는 15일 평가 결과를 발표했다.", "publisher": "생성",
                         "published_at": datetime(2025, 6, 1, tzinfo=seoul) + timedelta(hours=index)})
    for index in range(n_events):
        day = date(2025, 6, 1) + timedelta(days=rng.randrange(400))
        actors_here = rng.sample(orgs, rng.randint(0, 3))
        article = f"a{rng.randrange(n_articles)}"
        mention = f"m{index}"
        row = {"date_value": day.isoformat(), "date_start": day, "date_end": day, "granularity": "day",
               "event_type": rng.choice(TYPES), "status": rng.choice(STATUSES), "title": f"사건 {index} 결과 발표",
               "actors": actors_here, "persons": [], "sentence": "과학기술정보통신부는 15일 평가 결과를 발표했다.",
               "timex_text": "15일"}
        events.append({**row, "event_id": f"e{index}", "n_sources": rng.randint(1, 5), "n_mentions": 1,
                       "article_ids": [article], "mention_ids": [mention],
                       "first_reported": datetime(2025, 6, 1, tzinfo=seoul), "last_reported": datetime(2025, 6, 2, tzinfo=seoul)})
        mentions.append({**row, "mention_id": mention, "article_id": article, "source_path": "gen"})
    store.save(store.Store(schema.frame(articles, schema.ARTICLES), schema.frame(mentions, schema.MENTIONS),
                           schema.frame(events, schema.EVENTS)), directory)


def main() -> None:
    from streamlit.testing.v1 import AppTest

    n_events = int(sys.argv[1]) if len(sys.argv) > 1 else 100_000
    with tempfile.TemporaryDirectory() as directory:
        generated_store(directory, n_events)
        os.environ["TIMELINE_STORE"] = directory
        app = AppTest.from_file(str(ROOT / "dashboard.py"), default_timeout=600)
        started = time.perf_counter()
        app.run()
        print(f"store of {n_events:,} events: first run (loads and caches the store) {time.perf_counter() - started:.2f} s")
        steps = [("organization", "org_filter", ["과학기술정보통신부"]), ("event type", "type_filter", ["selection"]),
                 ("status", "status_filter", ["planned"]), ("clear organization", "org_filter", []),
                 ("organization again", "org_filter", ["SK텔레콤", "LG AI연구원"]), ("clear type", "type_filter", []),
                 ("clear organization", "org_filter", []), ("clear status (all events)", "status_filter", [])]
        times = []
        for label, key, value in steps:
            app.multiselect(key=key).set_value(value)
            started = time.perf_counter()
            app.run()
            elapsed = time.perf_counter() - started
            times.append(elapsed)
            shown = next((m.value for m in app.markdown if m.value.startswith("사건 **")), "")
            print(f"  filter {label:20s} rerun {elapsed:.3f} s   ({shown})")
        if app.exception:
            print("app raised:", app.exception)
        print(f"rerun after a filter change: median {statistics.median(times):.3f} s, max {max(times):.3f} s (server time)")


if __name__ == "__main__":
    main()
