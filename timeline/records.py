"""Typed records that flow between the pipeline steps.

read articles -> split sentences -> tag times -> find actors -> assemble mentions -> merge events.
Every step is a plain function from these records to these records.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime


@dataclass(slots=True)
class Article:
    id: str
    source_path: str
    title: str = ""
    body: str = ""
    publisher: str = ""
    author: str = ""
    url: str = ""
    published_at: datetime | None = None
    encoding: str = ""
    error: str | None = None


@dataclass(slots=True)
class Sentence:
    """A sentence (or caption, or boilerplate line) of an article body, with offsets into it."""
    start: int
    end: int
    text: str
    boilerplate: str | None = None  # why the line carries no events: byline, stamp, copyright, ...


@dataclass(slots=True)
class Timex:
    start: int
    end: int
    text: str
    type: str  # DATE, TIME, DURATION, SET
    value: str  # TIMEX3 value
    mod: str | None = None
    end_value: str | None = None  # the end of a range, else None
    direction: str | None = None  # past, future or None: what the clause around it says


@dataclass(slots=True)
class ActorMention:
    start: int
    end: int
    text: str
    canonical: str
    kind: str
    source: str  # "registry", "discovered", "government" (정부 standing for a ministry) or "reference" (두 회사는)


@dataclass(slots=True)
class PersonMention:
    start: int
    end: int
    name: str
    title: str
    organization: str | None


@dataclass(slots=True)
class Mention:
    """One dated event in one sentence of one article."""
    mention_id: str
    article_id: str
    source_path: str
    sentence: str
    sentence_start: int
    sentence_end: int
    timex_text: str
    timex_start: int
    timex_end: int
    date_value: str
    end_value: str | None
    date_start: date
    date_end: date
    granularity: str
    mod: str | None
    status: str
    event_type: str
    title: str
    actors: list[str] = field(default_factory=list)
    persons: list[str] = field(default_factory=list)
    inherited: bool = False  # the date came from an earlier sentence
    published_at: datetime | None = None
