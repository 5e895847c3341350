"""Events across articles: merge mentions of one real event, link plans to outcomes, derive stages.

Mentions merge when their type matches, their date ranges overlap and their actors overlap; the
narrowest date any source gives becomes the event's date (`1월 중순` and `15일` -> the 15th).
Planned events are then matched to the happened event that fulfilled them, with the slip in days.
"""
from __future__ import annotations

import hashlib
from collections import Counter, defaultdict
from datetime import date, timedelta

import polars as pl

from . import schema

PLAN_EARLY = timedelta(days=31)  # an outcome may come this much before the planned window
PLAN_LATE = timedelta(days=120)  # ... or this much after it, and still be the plan's outcome
MAX_BUCKET_MONTHS = 36
# Outcome types that can fulfil a plan of another type (a planned 평가 is fulfilled by its results).
FULFILS = {"evaluation": {"evaluation", "announcement", "selection", "elimination"},
           "announcement": {"announcement", "evaluation", "selection", "elimination"},
           "selection": {"selection", "announcement"}}
# Types that say little of what happened: they merge into a specific type on the same date.
ROUND_TYPES = {"selection", "elimination", "presentation"}
GENERIC_TYPES = {"announcement", "evaluation", "statement", "other"}
STAGE_OF_TYPE = {"call": "applied", "presentation": "presented", "elimination": "eliminated"}


def build_events(mentions: pl.DataFrame) -> pl.DataFrame:
    """Mentions (the stored table) to events (the stored table)."""
    if mentions.is_empty():
        return schema.empty(schema.EVENTS)
    rows = mentions.with_columns(
        (pl.col("date_end") - pl.col("date_start")).dt.total_days().alias("_width"),
        pl.col("event_type").is_in(list(GENERIC_TYPES)).alias("_generic"),
    ).sort(["_width", "_generic", "date_start", "published_at", "mention_id"]).to_dicts()
    clusters: list[_Cluster] = []
    buckets: dict[tuple, list[int]] = defaultdict(list)
    for row in rows:
        klass = "plan" if row["status"] == "planned" else "fact"
        keys = [(klass, month) for month in _months(row["date_start"], row["date_end"])]
        candidates = {i for key in keys for i in buckets.get(key, ())}
        best = _best_cluster(row, [(i, clusters[i]) for i in sorted(candidates)])
        if best is None:
            best = len(clusters)
            clusters.append(_Cluster(row))
            for key in keys:
                buckets[key].append(best)
        else:
            clusters[best].add(row)
    events = [_event(cluster.rows) for cluster in clusters]
    _link_plans(events)
    return schema.frame(events, schema.EVENTS).sort(["date_start", "event_type", "event_id"])


def _months(start: date, end: date) -> list[tuple[int, int]]:
    months, year, month = [], start.year, start.month
    while (year, month) <= (end.year, end.month) and len(months) < MAX_BUCKET_MONTHS:
        months.append((year, month))
        year, month = (year + 1, 1) if month == 12 else (year, month + 1)
    return months


class _Cluster:
    """Mentions of one event, with what matching needs kept up to date."""

    __slots__ = ("rows", "head", "actors", "types", "articles")

    def __init__(self, row: dict):
        self.rows = [row]
        self.head = row  # the narrowest date
        self.actors = set(row["actors"] or [])
        self.types = {row["event_type"]}
        self.articles = {row["article_id"]}

    def add(self, row: dict) -> None:
        self.rows.append(row)
        self.actors.update(row["actors"] or [])
        self.types.add(row["event_type"])
        self.articles.add(row["article_id"])


def _best_cluster(row: dict, candidates: list[tuple[int, _Cluster]]) -> int | None:
    mine = set(row["actors"] or [])
    scored = []
    for index, cluster in candidates:
        head = cluster.head
        if head["date_start"] > row["date_end"] or row["date_start"] > head["date_end"]:
            continue
        if not _compatible(row["event_type"], cluster.types):
            continue
        theirs = cluster.actors
        if mine and theirs:
            overlap = len(mine & theirs)
            same_telling = (row["date_start"] == row["date_end"] == head["date_start"] == head["date_end"]
                            and row["event_type"] == head["event_type"] and row["event_type"] not in GENERIC_TYPES
                            and row["article_id"] in cluster.articles)
            if not overlap and not same_telling:
                continue  # one article telling one day's event sentence by sentence merges; others need shared actors
            scored.append(((overlap or 0.5) / len(mine | theirs), -index, index))
        elif not mine and not theirs:
            scored.append((1.0, -index, index))
        elif not mine:
            scored.append((0.1, -index, index))
    if not scored:
        return None
    if not mine and sum(1 for s in scored if s[0] == 0.1) > 1 and not any(s[0] == 1.0 for s in scored):
        return None  # an actorless report that fits several events is not merged by guess
    return max(scored)[2]


def _compatible(kind: str, kinds: set[str]) -> bool:
    """Same type, or a generic report (발표, 평가) of a specific event (선정, 탈락)."""
    if kind in kinds:
        return True
    specific = kinds - GENERIC_TYPES
    return kind in GENERIC_TYPES or not specific


def _event(cluster: list[dict]) -> dict:
    head = cluster[0]  # the narrowest date
    ids = sorted(m["mention_id"] for m in cluster)
    statuses = Counter(m["status"] for m in cluster)
    status = "planned" if head["status"] == "planned" else next(
        (s for s in ("happened", "ongoing", "unknown") if statuses.get(s)), head["status"])
    reported = [m["published_at"] for m in cluster if m["published_at"] is not None]
    direct = [m for m in cluster if not m["inherited"]] or cluster
    titled = max(direct, key=lambda m: (len(m["actors"] or []) > 0, -len(m["title"] or ""), m["mention_id"]))
    return {
        "event_id": hashlib.sha1("|".join(ids).encode()).hexdigest()[:16],
        "date_value": head["date_value"], "end_value": head["end_value"], "date_start": head["date_start"],
        "date_end": head["date_end"], "granularity": head["granularity"], "mod": head["mod"],
        "event_type": _specific_type(cluster), "status": status, "title": titled["title"],
        "actors": sorted({a for m in cluster for a in (m["actors"] or [])}),
        "persons": sorted({p for m in cluster for p in (m["persons"] or [])}),
        "n_sources": len({m["article_id"] for m in cluster}), "n_mentions": len(cluster),
        "article_ids": sorted({m["article_id"] for m in cluster}), "mention_ids": ids,
        "first_reported": min(reported) if reported else None, "last_reported": max(reported) if reported else None,
        "plan_status": None, "fulfilled_by": None, "actual_date": None, "slip_days": None,
        "plan_changed": any(m.get("plan_changed") for m in cluster),
        "sentence": titled["sentence"], "timex_text": titled["timex_text"],
    }


def _specific_type(cluster: list[dict]) -> str:
    """The most common specific type among the mentions, else the head's."""
    counts = Counter(m["event_type"] for m in cluster if m["event_type"] not in GENERIC_TYPES)
    return counts.most_common(1)[0][0] if counts else cluster[0]["event_type"]


def _link_plans(events: list[dict]) -> None:
    newest = max((e["last_reported"] for e in events if e["last_reported"] is not None), default=None)
    as_of = newest.date() if newest else date.today()
    facts = [e for e in events if e["status"] != "planned"]
    for plan in (e for e in events if e["status"] == "planned"):
        window = (plan["date_start"] - PLAN_EARLY, plan["date_end"] + PLAN_LATE)
        kinds = FULFILS.get(plan["event_type"], {plan["event_type"]})
        wanted = set(plan["actors"])
        options = []
        for fact in facts:
            if fact["event_type"] not in kinds or not window[0] <= fact["date_start"] <= window[1]:
                continue
            if plan["first_reported"] and fact["last_reported"] and fact["last_reported"] < plan["first_reported"]:
                continue  # reported before the plan was: not its outcome
            if wanted and fact["actors"] and not wanted & set(fact["actors"]):
                continue
            distance = abs((fact["date_start"] - plan["date_start"]).days)
            overlap = len(wanted & set(fact["actors"]))
            options.append((fact["event_type"] != plan["event_type"], -overlap, distance, fact["event_id"], fact))
        if options:
            fact = min(options, key=lambda o: o[:4])[4]
            plan["plan_status"] = "fulfilled"
            plan["fulfilled_by"] = fact["event_id"]
            plan["actual_date"] = fact["date_start"]
            plan["slip_days"] = slip(plan["date_start"], plan["date_end"], fact["date_start"])
        else:
            plan["plan_status"] = "overdue" if plan["date_end"] < as_of else "pending"


def slip(planned_start: date, planned_end: date, actual: date) -> int:
    """Days the outcome came after the planned window (negative: before it; 0: inside it)."""
    if actual > planned_end:
        return (actual - planned_end).days
    if actual < planned_start:
        return (actual - planned_start).days
    return 0


def stage_history(events: pl.DataFrame, teams: set[str] | None = None) -> pl.DataFrame:
    """Per organization, the program stages its events show, in date order.

    selection -> re-entered (after an elimination), advanced (after being selected or presenting),
    shortlisted (another round follows), else selected; elimination -> eliminated; call -> applied;
    presentation -> presented.
    """
    happened = events.filter(pl.col("status") != "planned").sort(["date_start", "event_id"])
    by_org: dict[str, list[dict]] = defaultdict(list)
    for row in happened.select("event_id", "date_start", "event_type", "actors", "title").to_dicts():
        for org in row["actors"] or []:
            if teams is None or org in teams:
                by_org[org].append(row)
    rows = []
    for org, items in by_org.items():
        stages: list[str] = []
        for index, row in enumerate(items):
            kind = row["event_type"]
            following = [r["event_type"] for r in items[index + 1:]
                         if r["date_start"] > row["date_start"] and r["event_type"] in ROUND_TYPES]
            if kind == "selection":
                if "eliminated" in stages:
                    stage = "re-entered"
                elif {"presented", "selected", "advanced", "re-entered"} & set(stages):
                    stage = "advanced"
                elif following and following[0] in ("selection", "elimination"):
                    stage = "shortlisted"  # passed a round, and the next round decided again
                else:
                    stage = "selected"
            elif kind in STAGE_OF_TYPE:
                stage = STAGE_OF_TYPE[kind]
            else:
                continue
            if stages and stages[-1] == stage:
                continue
            stages.append(stage)
            rows.append({"organization": org, "date_start": row["date_start"], "stage": stage,
                         "event_id": row["event_id"], "title": row["title"]})
    return schema.frame(rows, schema.STAGES)
