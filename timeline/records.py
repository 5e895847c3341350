"""Typed records that flow between the pipeline steps.

read articles -> split sentences -> tag times -> find actors -> assemble mentions -> merge events.
Every step is a plain function from these records to these records.

The records are dataclasses (equality, repr, fields) with their `__init__` written out: compiled
with mypyc (see compiled.py), a written one runs as C, while the one `dataclass` generates would
run as plain Python, once for every sentence, date, name and mention.
"""
from __future__ import annotations

from dataclasses import dataclass, fields
from datetime import date, datetime


class _Record:
    """A compiled record is made only through its `__init__`: it pickles (for worker processes)
    with its fields, in order, as the arguments."""

    __slots__ = ()

    def __reduce__(self):
        return type(self), tuple(getattr(self, f.name) for f in fields(self))  # type: ignore[arg-type]


@dataclass(slots=True, init=False)
class Article(_Record):
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

    def __init__(self, id: str, source_path: str, title: str = "", body: str = "", publisher: str = "",
                 author: str = "", url: str = "", published_at: datetime | None = None, encoding: str = "",
                 error: str | None = None):
        self.id, self.source_path, self.title, self.body = id, source_path, title, body
        self.publisher, self.author, self.url, self.published_at = publisher, author, url, published_at
        self.encoding, self.error = encoding, error


@dataclass(slots=True, init=False)
class Sentence(_Record):
    """A sentence (or caption, or boilerplate line) of an article body, with offsets into it."""
    start: int
    end: int
    text: str
    boilerplate: str | None = None  # why the line carries no events: byline, stamp, copyright, ...

    def __init__(self, start: int, end: int, text: str, boilerplate: str | None = None):
        self.start, self.end, self.text, self.boilerplate = start, end, text, boilerplate


@dataclass(slots=True, init=False)
class Timex(_Record):
    start: int
    end: int
    text: str
    type: str  # DATE, TIME, DURATION, SET
    value: str  # TIMEX3 value
    mod: str | None = None
    end_value: str | None = None  # the end of a range, else None
    direction: str | None = None  # past, future or None: what the clause around it says

    def __init__(self, start: int, end: int, text: str, type: str, value: str, mod: str | None = None,
                 end_value: str | None = None, direction: str | None = None):
        self.start, self.end, self.text, self.type, self.value = start, end, text, type, value
        self.mod, self.end_value, self.direction = mod, end_value, direction


@dataclass(slots=True, init=False)
class ActorMention(_Record):
    start: int
    end: int
    text: str
    canonical: str
    kind: str
    source: str  # "registry", "discovered", "government" (정부 standing for a ministry) or "reference" (두 회사는)

    def __init__(self, start: int, end: int, text: str, canonical: str, kind: str, source: str):
        self.start, self.end, self.text, self.canonical, self.kind, self.source = start, end, text, canonical, kind, source


@dataclass(slots=True, init=False)
class PersonMention(_Record):
    start: int
    end: int
    name: str
    title: str
    organization: str | None

    def __init__(self, start: int, end: int, name: str, title: str, organization: str | None):
        self.start, self.end, self.name, self.title, self.organization = start, end, name, title, organization


@dataclass(slots=True, init=False)
class Mention(_Record):
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
    actors: list[str]
    persons: list[str]
    inherited: bool  # the date came from an earlier sentence
    published_at: datetime | None

    def __init__(self, mention_id: str, article_id: str, source_path: str, sentence: str, sentence_start: int,
                 sentence_end: int, timex_text: str, timex_start: int, timex_end: int, date_value: str,
                 end_value: str | None, date_start: date, date_end: date, granularity: str, mod: str | None,
                 status: str, event_type: str, title: str, actors: list[str] | None = None,
                 persons: list[str] | None = None, inherited: bool = False, published_at: datetime | None = None):
        self.mention_id, self.article_id, self.source_path = mention_id, article_id, source_path
        self.sentence, self.sentence_start, self.sentence_end = sentence, sentence_start, sentence_end
        self.timex_text, self.timex_start, self.timex_end = timex_text, timex_start, timex_end
        self.date_value, self.end_value, self.date_start, self.date_end = date_value, end_value, date_start, date_end
        self.granularity, self.mod, self.status, self.event_type, self.title = granularity, mod, status, event_type, title
        self.actors = [] if actors is None else actors
        self.persons = [] if persons is None else persons
        self.inherited, self.published_at = inherited, published_at
