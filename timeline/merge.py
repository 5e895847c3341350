"""Events across articles: merge mentions of one real event, link plans to outcomes, derive stages.

Mentions merge when their type matches, their date ranges overlap and their actors overlap; the
narrowest date any source gives becomes the event's date (`1월 중순` and `15일` -> the 15th).
Planned events are then matched to the happened event that fulfilled them, with the slip in days.
"""
from __future__ import annotations

import bisect
import hashlib
from collections import Counter, defaultdict
from datetime import date, timedelta
from typing import Final

import polars as pl

from . import schema

PLAN_EARLY: Final = timedelta(days=31)  # an outcome may come this much before the planned window
PLAN_LATE: Final = timedelta(days=120)  # ... or this much after it, and still be the plan's outcome
MAX_BUCKET_MONTHS: Final = 36
# Outcome types that can fulfil a plan of another type (a planned 평가 is fulfilled by its results).
FULFILS: Final = {"evaluation": {"evaluation", "announcement", "selection", "elimination"},
           "announcement": {"announcement", "evaluation", "selection", "elimination"},
           "selection": {"selection", "announcement"}}
# Types that say little of what happened: they merge into a specific type on the same date.
ROUND_TYPES: Final = {"selection", "elimination", "presentation"}
GENERIC_TYPES: Final = {"announcement", "evaluation", "statement", "other"}
STAGE_OF_TYPE: Final = {"call": "applied", "presentation": "presented", "elimination": "eliminated"}


def build_events(mentions: pl.DataFrame) -> pl.DataFrame:
    """Mentions (the stored table) to events (the stored table)."""
    if mentions.is_empty():
        return schema.empty(schema.EVENTS)
    ordered = mentions.with_columns(
        (pl.col("date_end") - pl.col("date_start")).dt.total_days().alias("_width"),
        pl.col("event_type").is_in(list(GENERIC_TYPES)).alias("_generic"),
    ).sort(["_width", "_generic", "date_start", "published_at", "mention_id"])
    # Dates as day numbers and actors joined in one string: Python ints and strings are made far
    # faster than dates and lists.
    matching = ordered.select(pl.col("date_start", "date_end").cast(pl.Int32) + _EPOCH_DAY, "event_type", "status",
                              pl.col("actors").list.join(schema.SEPARATOR), "article_id")
    numbers = _cluster_numbers(*(matching[c].to_list() for c in matching.columns))
    events = _events(ordered.with_columns(pl.Series("_cluster", numbers, pl.Int64)))
    _link_plans(events)
    return schema.frame(events, schema.EVENTS).sort(["date_start", "event_type", "event_id"])


_EPOCH_DAY: Final = date(1970, 1, 1).toordinal()  # polars counts days from 1970-01-01, `date` from 0001-01-01


def _cluster_numbers(starts: list[int], ends: list[int], kinds: list[str], statuses: list[str],
                     joined_actors: list[str | None], articles: list[str]) -> list[int]:
    """The cluster of each row (given as columns: dates as day numbers, as `date.toordinal` gives
    them, and actors joined by schema.SEPARATOR), rows taken narrowest date first (so a cluster's
    head is its narrowest)."""
    clusters: list[_Cluster] = []
    numbers = []
    index = _Index()
    bucket_numbers: dict[tuple, int] = {}  # buckets as small numbers: cheap to hash in the index keys
    keys_of: dict[tuple, tuple[tuple[int, ...], tuple[int, ...]]] = {}
    for first_day, last_day, kind, status, joined, article in zip(starts, ends, kinds, statuses, joined_actors, articles):
        klass = "plan" if status == "planned" else "fact"
        numbered = keys_of.get((klass, first_day, last_day))
        if numbered is None:
            own, looked = _keys_of(klass, date.fromordinal(first_day), date.fromordinal(last_day))
            numbered = keys_of[(klass, first_day, last_day)] = (
                tuple(bucket_numbers.setdefault(key, len(bucket_numbers)) for key in own),
                tuple(bucket_numbers.setdefault(key, len(bucket_numbers)) for key in looked))
        own_keys, keys = numbered
        actors = set(joined.split(schema.SEPARATOR)) if joined else set()
        row = _Row(first_day, last_day, kind, article, actors)
        best = None
        if not actors:  # an actorless cluster fitting it wins over any other: try those first
            best = _best_cluster(row, index.actorless_candidates(keys), clusters)
            best = best if best is not None and not clusters[best].actors else None
        if best is None:
            best = _best_cluster(row, index.candidates(keys, row), clusters)
        if best is None:
            best = len(clusters)
            clusters.append(_Cluster(row, own_keys))
        else:
            clusters[best].add(row)
        index.update(best, clusters[best], row)
        numbers.append(best)
    return numbers


class _Row:
    """What matching reads of a mention, its dates as day numbers. (A plain class: compiled, it is
    made in C, and a NamedTuple by Python code.)"""

    __slots__ = ("first", "last", "kind", "article", "actors")

    def __init__(self, first: int, last: int, kind: str, article: str, actors: set[str]):
        self.first, self.last, self.kind, self.article, self.actors = first, last, kind, article, actors


def _keys_of(klass: str, start: date, end: date) -> tuple[tuple[tuple, ...], tuple[tuple, ...]]:
    """The buckets a cluster headed by a row sits in, and the buckets the row looks in.

    Plans and facts never merge. Every cluster sits in a bucket per month of its date ("m"),
    where rows spanning months look. A one-day row looks only at clusters of its day ("d") and at
    clusters spanning its month ("w"): most rows are one day, and so are most clusters."""
    months = _months(start, end)
    by_month = tuple(("m", klass, *month) for month in months)
    if start == end:
        return (*by_month, ("d", klass, start)), (("d", klass, start), ("w", klass, *months[0]))
    return (*by_month, *(("w", klass, *month) for month in months)), by_month


def _months(start: date, end: date) -> list[tuple[int, int]]:
    months: list[tuple[int, int]] = []
    year, month = start.year, start.month
    while (year, month) <= (end.year, end.month) and len(months) < MAX_BUCKET_MONTHS:
        months.append((year, month))
        year, month = (year + 1, 1) if month == 12 else (year, month + 1)
    return months


class _Cluster:
    """One event's mentions as matching needs them: its head (the first, narrowest row) and what
    all its rows share, kept up to date."""

    __slots__ = ("size", "first", "last", "kind", "actors", "types", "specific", "articles", "keys")

    def __init__(self, row: _Row, keys: tuple[int, ...]):
        self.size = 0
        self.first, self.last, self.kind = row.first, row.last, row.kind
        self.actors: set[str] = set()
        self.types: set[str] = set()
        self.specific = False  # holds a type other than the generic ones
        self.articles: set[str] = set()
        self.keys = keys  # the buckets it sits in (numbered), from its head's date (see _keys_of)
        self.add(row)

    def add(self, row: _Row) -> None:
        self.size += 1
        self.types.add(row.kind)
        self.specific = self.specific or row.kind not in GENERIC_TYPES


class _Index:
    """Clusters by bucket (see _keys_of) and, inside a bucket, by actor and by article.

    A mention with actors can only join a cluster sharing an actor or told by the same article, or
    one begun without actors, so it is compared with those alone; an actorless mention with the
    clusters that began actorless and, if none fits, with the whole bucket."""

    def __init__(self) -> None:
        self.bucket: dict[int, list[int]] = defaultdict(list)
        self.by_actor: dict[int, dict[str, list[int]]] = defaultdict(lambda: defaultdict(list))
        self.by_article: dict[int, dict[str, list[int]]] = defaultdict(lambda: defaultdict(list))
        self.actorless: dict[int, list[int]] = defaultdict(list)  # clusters begun without actors
        self.marked: list[bool] = []  # by cluster number (see _once)

    def actorless_candidates(self, keys: tuple[int, ...]) -> list[int]:
        return self._once([self.actorless[key] for key in keys if key in self.actorless])

    def candidates(self, keys: tuple[int, ...], row: _Row) -> list[int]:
        """The clusters the row is compared with, each once, in no particular order."""
        if not row.actors:
            return self._once([self.bucket[key] for key in keys if key in self.bucket])
        lists = []
        for key in keys:
            by_article = self.by_article.get(key)
            if by_article is not None and row.article in by_article:
                lists.append(by_article[row.article])
            if key in self.actorless:
                lists.append(self.actorless[key])
            by_actor = self.by_actor.get(key)
            if by_actor is not None:
                lists.extend(by_actor[actor] for actor in row.actors if actor in by_actor)
        return self._once(lists)

    def _once(self, lists: list[list[int]]) -> list[int]:
        """The numbers in the lists, each once. (A list holds a cluster at most once; marks in a
        list by cluster number, cleared after, cost less than building a set.)"""
        if len(lists) == 1:
            return lists[0]
        marked, found = self.marked, []
        for numbers in lists:
            for number in numbers:
                if not marked[number]:
                    marked[number] = True
                    found.append(number)
        for number in found:
            marked[number] = False
        return found

    def update(self, number: int, cluster: _Cluster, row: _Row) -> None:
        """Record the cluster's new row: a new cluster joins its buckets, new actors and articles
        their lists (the cluster's own sets are updated here too)."""
        if cluster.size == 1:
            self.marked.append(False)
            for key in cluster.keys:
                self.bucket[key].append(number)
                if not row.actors:
                    self.actorless[key].append(number)
        for actor in row.actors:
            if actor not in cluster.actors:
                for key in cluster.keys:
                    self.by_actor[key][actor].append(number)
        cluster.actors |= row.actors
        if row.article not in cluster.articles:
            cluster.articles.add(row.article)
            for key in cluster.keys:
                self.by_article[key][row.article].append(number)


def _best_cluster(row: _Row, candidates: list[int], clusters: list[_Cluster]) -> int | None:
    """The cluster (by number) the row joins, or None: the best share of actors wins, the oldest
    (lowest number) among equals."""
    first, last, kind, article, mine = row.first, row.last, row.kind, row.article, row.actors
    generic = kind in GENERIC_TYPES
    one_day = first == last
    best, best_score, weak = None, 0.0, 0
    own_kind_weak = -1  # the one actor-holding event of the row's own type it fits weakly (-1 none, -2 several)
    for index in candidates:
        cluster = clusters[index]
        if cluster.first > last or first > cluster.last:
            continue
        if not (generic or kind in cluster.types or not cluster.specific):
            continue  # same type, or a generic report (발표, 평가) of a specific event (선정, 탈락)
        theirs = cluster.actors
        if mine and theirs:
            overlap = 0
            for actor in mine:  # (counted: no set is made)
                if actor in theirs:
                    overlap += 1
            if not overlap and not (one_day and cluster.first == cluster.last == first and kind == cluster.kind
                                    and not generic and article in cluster.articles):
                continue  # one article telling one day's event sentence by sentence merges; others need shared actors
            score = (overlap or 0.5) / (len(mine) + len(theirs) - overlap)
        elif not mine and not theirs:
            score = 1.0
        elif not mine:
            score, weak = 0.1, weak + 1
            if kind in cluster.types:
                own_kind_weak = index if own_kind_weak == -1 else -2
        elif kind == cluster.kind:
            score = 0.05  # actorless reports of this event came first: the names join them
        else:
            continue
        if score > best_score or (score == best_score and best is not None and index < best):
            best, best_score = index, score
    if not mine and weak > 1 and best_score < 1.0:
        # an actorless report that fits several events is not merged by guess, unless one alone is of its own type
        # (… 추가 공모가 23일 시작됐다, beside 23일 공모를 연 A, B and 같은 날 불참을 밝힌 C: the call)
        return own_kind_weak if own_kind_weak >= 0 and not generic else None
    return best


def _events(rows: pl.DataFrame) -> list[dict]:
    """One event per cluster of the ordered mention rows: the head (first row) gives the date."""
    direct_first = [pl.col("inherited").not_(), pl.col("actors").list.len() > 0, pl.col("title").str.len_chars(),
                    pl.col("mention_id")]
    titled = lambda name: pl.col(name).sort_by(direct_first, descending=[True, True, False, True]).first()  # noqa: E731
    grouped = rows.group_by("_cluster", maintain_order=True).agg(
        *(pl.col(name).first() for name in ("date_value", "end_value", "date_start", "date_end", "granularity", "mod")),
        pl.col("status").first().alias("_head_status"),
        pl.col("status").unique().alias("_statuses"),
        pl.col("event_type").first().alias("_head_type"),
        pl.col("event_type").filter(~pl.col("_generic")).alias("_specific"),
        titled("title").alias("title"), titled("sentence").alias("sentence"),
        titled("timex_text").alias("timex_text"),
        pl.col("actors").list.explode(keep_nulls=False, empty_as_null=False).unique().sort().alias("actors"),
        pl.col("persons").list.explode(keep_nulls=False, empty_as_null=False).unique().sort().alias("persons"),
        pl.col("article_id").unique().sort().alias("article_ids"),
        pl.col("mention_id").sort().alias("mention_ids"),
        pl.len().alias("n_mentions"),
        pl.col("published_at").min().alias("first_reported"),
        pl.col("published_at").max().alias("last_reported"),
        pl.col("plan_changed").fill_null(False).any().alias("plan_changed"),
    )
    events = []
    for event in grouped.to_dicts():
        head_status, statuses = event.pop("_head_status"), set(event.pop("_statuses"))
        event["status"] = "planned" if head_status == "planned" else next(
            (s for s in ("happened", "ongoing", "unknown") if s in statuses), head_status)
        event["event_type"] = _specific_type(event.pop("_specific"), event.pop("_head_type"))
        event["event_id"] = hashlib.sha1("|".join(event["mention_ids"]).encode()).hexdigest()[:16]
        event["n_sources"] = len(event["article_ids"])
        event.update(plan_status=None, fulfilled_by=None, actual_date=None, slip_days=None)
        events.append(event)
    return events


def _specific_type(specific: list[str], head: str) -> str:
    """The most common specific type among the mentions (the earliest of a tie), else the head's."""
    return Counter(specific).most_common(1)[0][0] if specific else head


def _link_plans(events: list[dict]) -> None:
    newest = max((e["last_reported"] for e in events if e["last_reported"] is not None), default=None)
    as_of = newest.date() if newest else date.today()
    facts: dict[str, list[dict]] = defaultdict(list)  # by type, in date order
    for event in sorted((e for e in events if e["status"] != "planned"), key=lambda e: e["date_start"]):
        facts[event["event_type"]].append(event)
    starts = {kind: [e["date_start"] for e in items] for kind, items in facts.items()}
    for plan in (e for e in events if e["status"] == "planned"):
        window = (plan["date_start"] - PLAN_EARLY, plan["date_end"] + PLAN_LATE)
        wanted = set(plan["actors"])
        options = []
        for kind in FULFILS.get(plan["event_type"], {plan["event_type"]}):
            low = bisect.bisect_left(starts.get(kind, ()), window[0])
            high = bisect.bisect_right(starts.get(kind, ()), window[1])
            options += _plan_options(plan, wanted, facts[kind][low:high]) if high > low else []
        if options:
            fact = min(options, key=lambda o: o[:4])[4]
            plan["plan_status"] = "fulfilled"
            plan["fulfilled_by"] = fact["event_id"]
            plan["actual_date"] = fact["date_start"]
            plan["slip_days"] = slip(plan["date_start"], plan["date_end"], fact["date_start"])
        else:
            plan["plan_status"] = "overdue" if plan["date_end"] < as_of else "pending"


def _plan_options(plan: dict, wanted: set[str], facts: list[dict]) -> list[tuple]:
    """The facts that could be the plan's outcome, each with its sort key (same type first, more
    shared actors, nearer date, then event id)."""
    options = []
    for fact in facts:
        if plan["first_reported"] and fact["last_reported"] and fact["last_reported"] < plan["first_reported"]:
            continue  # reported before the plan was: not its outcome
        if wanted and fact["actors"] and not wanted & set(fact["actors"]):
            continue
        distance = abs((fact["date_start"] - plan["date_start"]).days)
        overlap = len(wanted & set(fact["actors"]))
        options.append((fact["event_type"] != plan["event_type"], -overlap, distance, fact["event_id"], fact))
    return options


OTHER_OUTCOME: Final = {"selection": "elimination", "elimination": "selection"}


def _outcomes_told(mentions: pl.DataFrame) -> dict[tuple[str, date], dict[str, int]]:
    """How many mentions tell each organization through or cut on each day, (organization, day) -> type -> count."""
    told: dict[tuple[str, date], dict[str, int]] = defaultdict(dict)
    outcomes = mentions.filter(pl.col("event_type").is_in(list(OTHER_OUTCOME)) & (pl.col("status") != "planned"))
    for row in outcomes.select("date_start", "event_type", "actors").iter_rows(named=True):
        for org in row["actors"] or []:
            votes = told[(org, row["date_start"])]
            votes[row["event_type"]] = votes.get(row["event_type"], 0) + 1
    return told


def slip(planned_start: date, planned_end: date, actual: date) -> int:
    """Days the outcome came after the planned window (negative: before it; 0: inside it)."""
    if actual > planned_end:
        return (actual - planned_end).days
    if actual < planned_start:
        return (actual - planned_start).days
    return 0


def stage_history(events: pl.DataFrame, teams: set[str] | None = None, mentions: pl.DataFrame | None = None) -> pl.DataFrame:
    """Per organization, the program stages its events show, in date order.

    selection -> re-entered (after an elimination), advanced (after being selected or presenting),
    shortlisted (another round follows), else selected; elimination -> eliminated; call -> applied;
    presentation -> presented. With the `mentions`, an outcome event gives an organization no stage on a day
    when more reports tell it the other outcome that day (one report that lumps the teams through with the
    teams cut does not cut them all).
    """
    told = _outcomes_told(mentions) if mentions is not None else {}
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
            if kind in OTHER_OUTCOME and (votes := told.get((org, row["date_start"]))) is not None and (
                    votes.get(OTHER_OUTCOME[kind], 0) > votes.get(kind, 0)):
                continue
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
