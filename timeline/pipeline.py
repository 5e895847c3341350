"""From files to a store: read, extract mentions article by article, merge events, save."""
from __future__ import annotations

import gc
import sys
from collections import deque
from collections.abc import Callable, Iterable
from concurrent.futures import ProcessPoolExecutor
from contextlib import contextmanager
from dataclasses import dataclass, field, fields
from operator import attrgetter
from pathlib import Path

import polars as pl

from . import actors, ingest, mentions, merge, schema, status, store
from .records import Article, Mention


@dataclass
class Summary:
    read: int = 0
    added: int = 0
    duplicates: int = 0
    errors: list[tuple[str, str]] = field(default_factory=list)
    mentions: int = 0
    events: int = 0

    def lines(self) -> list[str]:
        return [
            f"articles read: {self.read}, added: {self.added}, duplicates skipped: {self.duplicates}, "
            f"with errors: {len(self.errors)}",
            f"mentions in store: {self.mentions}, events in store: {self.events}",
        ]


def article_row(article: Article) -> dict:
    return {"article_id": article.id, "source_path": article.source_path, "title": article.title,
            "body": article.body, "publisher": article.publisher, "author": article.author, "url": article.url,
            "published_at": article.published_at, "encoding": article.encoding, "error": article.error}


_MENTION_GETTERS = {f.name: attrgetter(f.name) for f in fields(Mention)}


def mentions_frame(found: list[Mention]) -> pl.DataFrame:
    """Mentions to the stored table, a column at a time."""
    if not found:
        return schema.empty(schema.MENTIONS)
    columns = {name: list(map(getter, found)) for name, getter in _MENTION_GETTERS.items()}
    columns["plan_changed"] = status.plans_changed(columns["sentence"])
    return schema.columns_frame(columns, schema.MENTIONS)


class _Collector:
    """Article rows and mentions of the articles extracted so far. Every MENTION_CHUNK mentions go
    into a frame (columns), so that Python objects do not pile up: less memory, and faster.

    With several jobs, articles go to worker processes in batches; their mentions come back and
    are added in the order the articles were read, so the store is the same as with one."""

    def __init__(self, registry: actors.Registry, jobs: int = 1):
        self.registry = registry
        self.article_rows: list[dict] = []
        self.frames: list[pl.DataFrame] = []
        self.pending: list[Mention] = []
        self.pool = ProcessPoolExecutor(jobs, initializer=_start_worker, initargs=(registry,)) if jobs > 1 else None
        self.jobs = jobs
        self.batch: list[Article] = []
        self.in_flight: deque = deque()
        self.failures: list[tuple[str, str]] = []  # (source, reason) of articles whose extraction broke

    def add(self, article: Article) -> None:
        self.article_rows.append(article_row(article))
        if self.pool is None:
            self._keep(_extract_batch([article], self.registry))
            return
        self.batch.append(article)
        if len(self.batch) >= WORKER_BATCH:
            self._send()

    def _send(self) -> None:
        assert self.pool is not None  # (batches are sent only with several jobs)
        self.in_flight.append(self.pool.submit(_extract_batch, self.batch))
        self.batch = []
        while len(self.in_flight) > 2 * self.jobs:  # a bounded queue: the reader waits for the workers
            self._keep(self.in_flight.popleft().result())

    def finish(self) -> None:
        """Wait for the articles still with the workers."""
        if self.pool is None:
            return
        if self.batch:
            self._send()
        while self.in_flight:
            self._keep(self.in_flight.popleft().result())

    def __enter__(self) -> "_Collector":
        return self

    def __exit__(self, *exc) -> None:
        if self.pool is not None:  # also when reading failed: no worker outlives the run
            self.pool.shutdown(cancel_futures=True)

    def _keep(self, extracted: tuple[list[Mention], list[tuple[str, str]]]) -> None:
        found, failures = extracted
        self.failures.extend(failures)
        self.pending.extend(found)
        if len(self.pending) >= MENTION_CHUNK:
            self.frames.append(mentions_frame(self.pending))
            self.pending = []

    def mentions(self) -> pl.DataFrame:
        frames = [*self.frames, mentions_frame(self.pending)]
        self.frames, self.pending = [], []
        return pl.concat(frames)


MENTION_CHUNK = 20_000
WORKER_BATCH = 64  # articles sent to a worker process at once

_worker_registry: actors.Registry | None = None


def _start_worker(registry: actors.Registry) -> None:
    global _worker_registry
    _worker_registry = registry


def _extract_batch(articles: list[Article], registry: actors.Registry | None = None
                   ) -> tuple[list[Mention], list[tuple[str, str]]]:
    """The mentions of the articles, and (source, reason) for each whose extraction failed: a bug
    met on one article must not lose the others."""
    found, failures = [], []
    for article in articles:
        try:
            found.extend(mentions.extract(article, registry or _worker_registry))
        except Exception as exc:  # noqa: BLE001
            failures.append((article.source_path, f"its events could not be extracted ({type(exc).__name__}: {exc})"))
    return found, failures


@contextmanager
def _few_collections():
    """Articles and mentions pile up as long-lived objects without reference cycles; the cyclic
    garbage collector would walk them all again and again (a tenth of the run), so it runs rarely."""
    thresholds = gc.get_threshold()
    gc.set_threshold(100_000, 50, 1000)
    try:
        yield
    finally:
        gc.set_threshold(*thresholds)


def run(paths: Iterable[str | Path], directory: str | Path, registry: actors.Registry | None = None,
        on_error: Callable[[str, str], None] | None = None,
        progress: Callable[[int], None] | None = None, jobs: int = 1) -> Summary:
    """Add the articles under `paths` to the store in `directory`; the same inputs give the same store.

    `progress` is called with the number of files read so far; `jobs` worker processes extract
    (1: in this process)."""
    registry = registry or actors.default_registry()
    current = store.load(directory)
    summary = Summary()
    seen_ids = set(current.articles["article_id"].to_list())
    seen_urls = {u for u in current.articles["url"].to_list() if u}
    seen_bodies = {ingest.body_key(b) for b in current.articles["body"].to_list() if b}
    files: set[str] = set()

    def report(source: str, reason: str) -> None:
        summary.errors.append((source, reason))
        if on_error:
            on_error(source, reason)

    with _few_collections(), _Collector(registry, jobs) as collected:
        for article in ingest.read_paths(paths):
            summary.read += 1
            files.add(article.source_path.split("#", 1)[0])  # rows of an export count as one file
            if article.error:
                report(article.source_path, article.error)
            key = ingest.body_key(article.body) if article.body else None
            if article.id in seen_ids or (article.url and article.url in seen_urls) or (key and key in seen_bodies):
                summary.duplicates += 1
            else:
                seen_ids.add(article.id)
                if article.url:
                    seen_urls.add(article.url)
                if key:
                    seen_bodies.add(key)
                collected.add(article)  # read and extracted in one pass, so progress means work done
            if progress:
                progress(len(files))
        collected.finish()
        for source, reason in collected.failures:
            report(source, reason)
        summary.added = len(collected.article_rows)
        articles = pl.concat([current.articles, schema.frame(collected.article_rows, schema.ARTICLES)]).sort("article_id")
        all_mentions = pl.concat([current.mentions, collected.mentions()]).sort("mention_id")
        events = merge.build_events(all_mentions)
    store.save(store.Store(articles, all_mentions, events), directory)
    summary.mentions, summary.events = all_mentions.height, events.height
    return summary


def report_error(path: str, reason: str) -> None:
    print(f"skipped {path}: {reason}", file=sys.stderr)
