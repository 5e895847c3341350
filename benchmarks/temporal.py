"""Temporal tagger benchmark: quality on the gold set and speed on whole articles, against peers.

    python -m benchmarks.temporal            (peers come from `pip install -e '.[bench]'`)
"""
from __future__ import annotations

import sys
import time
from dataclasses import dataclass
from datetime import datetime, timedelta

from timeline.evaluation import load_temporal, score_temporal
from timeline.temporal import tag

from .common import bodies_of_length


@dataclass
class Found:
    start: int
    end: int
    value: str
    end_value: str | None = None
    mod: str | None = None


def _value(moment: datetime, grain: str) -> str:
    formats = {"year": "%Y", "month": "%Y-%m", "quarter": "%Y-%m", "week": "%Y-%m-%d", "day": "%Y-%m-%d",
               "hour": "%Y-%m-%dT%H:%M", "minute": "%Y-%m-%dT%H:%M", "second": "%Y-%m-%dT%H:%M"}
    return moment.strftime(formats.get(grain, "%Y-%m-%d"))


def dateparser_tagger():
    from dateparser.search import search_dates

    def run(text, anchor):
        settings = {"RELATIVE_BASE": anchor.replace(tzinfo=None), "RETURN_AS_TIMEZONE_AWARE": False}
        found, cursor = [], 0
        for surface, moment in search_dates(text, languages=["ko"], settings=settings) or []:
            start = text.find(surface, cursor)
            if start < 0:
                continue
            cursor = start + len(surface)
            grain = "minute" if (moment.hour or moment.minute) else "day"
            found.append(Found(start, start + len(surface), _value(moment, grain)))
        return found
    return run


def korean_datetime_tagger():
    import korean_datetime

    def run(text, anchor):
        found = []
        for item in korean_datetime.parse_all(text, now=anchor.replace(tzinfo=None)):
            grain = getattr(item.grain, "value", str(item.grain))
            value = _value(item.start, grain)
            end_value = None
            if item.is_range and item.end is not None:
                end_value = _value(item.end - timedelta(microseconds=1), grain)
            found.append(Found(item.span[0], item.span[1], value, end_value))
        return found
    return run


def duckling_tagger():
    import duckling

    zones = duckling.load_time_zones("/usr/share/zoneinfo")
    locale = duckling.default_locale_lang(duckling.parse_lang("KO"))
    dimensions = duckling.parse_dimensions(["time", "duration"])

    def run(text, anchor):
        context = duckling.Context(duckling.parse_ref_time(zones, "Asia/Seoul", int(anchor.timestamp())), locale)
        found = []
        for item in duckling.parse(text, context, dimensions, False):
            value = item["value"]
            if item["dim"] == "duration":
                found.append(Found(item["start"], item["end"], f"P{value.get('value')}{value.get('unit', '')[:1].upper()}"))
                continue
            if value.get("type") == "interval":
                start = value.get("from") or value.get("to")
                end = value.get("to")
                first = _value(datetime.fromisoformat(start["value"]), start["grain"])
                last = _value(datetime.fromisoformat(end["value"]) - timedelta(seconds=1), end["grain"]) if end else None
                found.append(Found(item["start"], item["end"], first, last))
            else:
                found.append(Found(item["start"], item["end"], _value(datetime.fromisoformat(value["value"]), value["grain"])))
        return found
    return run


def peers():
    out = {}
    for name, factory in (("dateparser.search_dates", dateparser_tagger), ("korean-datetime", korean_datetime_tagger),
                          ("duckling (pyduckling-native-phihos)", duckling_tagger)):
        try:
            out[name] = factory()
        except Exception as exc:  # a peer that is not installed is reported, not fatal
            print(f"  {name}: not available ({type(exc).__name__}: {exc})", file=sys.stderr)
    return out


def quality(name, tagger, cases):
    score, _ = score_temporal(cases, tagger)
    print(f"{name:38s} span P {score.precision:.3f} R {score.recall:.3f} F1 {score.f1:.3f} | "
          f"value accuracy {score.accuracy:.3f} ({score.correct}/{score.total})")
    return score


def per_article_seconds(tagger, bodies, repeat=1):
    start = time.perf_counter()
    for _ in range(repeat):
        for text, anchor in bodies:
            tagger(text, anchor)
    return (time.perf_counter() - start) / (len(bodies) * repeat)


def main() -> None:
    cases = load_temporal()
    print(f"Gold set: {sum(len(c.timexes) for c in cases)} expressions, "
          f"{sum(len(c.traps) for c in cases)} non-time traps, {len(cases)} sentences")
    print("Quality (exact spans; value = TIMEX3 value, range end and mod all equal)")
    taggers = {"timeline.temporal.tag": tag, **peers()}
    for name, tagger in taggers.items():
        quality(name, tagger, cases)
    bodies = bodies_of_length(3000, 1500)
    print(f"Speed on {len(bodies)} article bodies of 1500 characters, one process (one core)")
    ours = per_article_seconds(tag, bodies)
    print(f"{'timeline.temporal.tag':38s} {1 / ours:8.0f} articles/s  ({ours * 1000:.3f} ms/article)")
    for name, tagger in taggers.items():
        if tagger is tag:
            continue
        seconds = per_article_seconds(tagger, bodies[:30])
        print(f"{name:38s} {1 / seconds:8.1f} articles/s  ({seconds * 1000:.1f} ms/article)")
    for label, text in (("1 MB of digits", "7" * 1_000_000), ("1 MB of 년월일", "년월일" * 333_333)):
        start = time.perf_counter()
        tag(text, datetime(2026, 1, 1))
        print(f"pathological {label}: {time.perf_counter() - start:.2f} s")


if __name__ == "__main__":
    main()
