"""The column schema of every stored table; the one place that names them."""
from __future__ import annotations

import polars as pl

TZ = "Asia/Seoul"
STRINGS = pl.List(pl.String)

ARTICLES = {
    "article_id": pl.String, "source_path": pl.String, "title": pl.String, "body": pl.String,
    "publisher": pl.String, "author": pl.String, "url": pl.String,
    "published_at": pl.Datetime("us", TZ), "encoding": pl.String, "error": pl.String,
}
MENTIONS = {
    "mention_id": pl.String, "article_id": pl.String, "source_path": pl.String, "sentence": pl.String,
    "sentence_start": pl.Int64, "sentence_end": pl.Int64, "timex_text": pl.String, "timex_start": pl.Int64,
    "timex_end": pl.Int64, "date_value": pl.String, "end_value": pl.String, "date_start": pl.Date,
    "date_end": pl.Date, "granularity": pl.String, "mod": pl.String, "status": pl.String,
    "event_type": pl.String, "title": pl.String, "actors": STRINGS, "persons": STRINGS,
    "inherited": pl.Boolean, "published_at": pl.Datetime("us", TZ), "plan_changed": pl.Boolean,
}
EVENTS = {
    "event_id": pl.String, "date_value": pl.String, "end_value": pl.String, "date_start": pl.Date,
    "date_end": pl.Date, "granularity": pl.String, "mod": pl.String, "event_type": pl.String,
    "status": pl.String, "title": pl.String, "actors": STRINGS, "persons": STRINGS, "n_sources": pl.Int64,
    "n_mentions": pl.Int64, "article_ids": STRINGS, "mention_ids": STRINGS,
    "first_reported": pl.Datetime("us", TZ), "last_reported": pl.Datetime("us", TZ),
    "plan_status": pl.String, "fulfilled_by": pl.String, "actual_date": pl.Date, "slip_days": pl.Int64,
    "plan_changed": pl.Boolean, "sentence": pl.String, "timex_text": pl.String,
}
STAGES = {
    "organization": pl.String, "date_start": pl.Date, "stage": pl.String, "event_id": pl.String,
    "title": pl.String,
}
TABLES = {"articles": ARTICLES, "mentions": MENTIONS, "events": EVENTS}


def empty(schema: dict) -> pl.DataFrame:
    return pl.DataFrame(schema=schema)


def frame(rows: list[dict], schema: dict) -> pl.DataFrame:
    """Rows to a frame with exactly the schema's columns and types."""
    if not rows:
        return empty(schema)
    return columns_frame({name: [row.get(name) for row in rows] for name in schema}, schema)


def columns_frame(columns: dict[str, list], schema: dict) -> pl.DataFrame:
    """Columns (every schema column, as equally long lists) to a frame with the schema's types."""
    if not columns or not next(iter(columns.values())):
        return empty(schema)
    return pl.DataFrame([_series(name, columns[name], dtype) for name, dtype in schema.items()])


SEPARATOR = "\x1f"  # never inside a name; joining and splitting beats building lists value by value


def _series(name: str, values: list, dtype: pl.DataType) -> pl.Series:
    if dtype in (pl.Date, pl.Datetime):
        # Dates and times repeat (a mention's publication time is its article's), and converting
        # them is slow in polars (zones most): convert each value once, then gather.
        index: dict = {}
        positions = [index.setdefault(value, len(index)) for value in values]
        return pl.Series(name, list(index), dtype=dtype, strict=False).gather(positions)
    if dtype != STRINGS:
        return pl.Series(name, values, dtype=dtype, strict=False)
    joined = pl.Series(name, [None if v is None else SEPARATOR.join(v) for v in values], dtype=pl.String)
    return pl.select(pl.when(joined == "").then(pl.lit([], dtype=STRINGS)).otherwise(joined.str.split(SEPARATOR))
                     .alias(name)).to_series()


def conform(df: pl.DataFrame, schema: dict) -> pl.DataFrame:
    """A frame with the schema's columns in order; missing ones null (older stores)."""
    columns = [pl.col(c).cast(t) if c in df.columns else pl.lit(None, dtype=t).alias(c) for c, t in schema.items()]
    return df.select(columns)
