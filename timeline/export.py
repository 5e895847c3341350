"""Filtering the events table and writing it out: the code path of both the CLI and the dashboard."""
from __future__ import annotations

import io
import json
from datetime import date
from pathlib import Path

import polars as pl

from . import actors

EXPORT_COLUMNS = ["date_value", "end_value", "date_start", "date_end", "event_type", "status", "title", "actors",
                  "persons", "n_sources", "plan_status", "slip_days", "timex_text", "sentence", "event_id"]


def resolve_orgs(names: list[str], registry: actors.Registry, known: list[str]) -> tuple[list[str], list[str]]:
    """Canonical names for what the user typed (any alias), and the names that matched nothing."""
    resolved: list[str] = []
    unknown: list[str] = []
    lowered = {k.lower().replace(" ", ""): k for k in known}
    for name in names:
        canonical = registry.canonical(name) or lowered.get(name.lower().replace(" ", ""))
        (resolved if canonical else unknown).append(canonical or name)
    return resolved, unknown


def filter_events(events: pl.DataFrame, orgs: list[str] | None = None, types: list[str] | None = None,
                  statuses: list[str] | None = None, date_from: date | None = None, date_to: date | None = None,
                  text: str | None = None, program_lane: bool = False) -> pl.DataFrame:
    """Events matching every given filter; `orgs` are canonical names."""
    predicate = pl.lit(True)
    if orgs:
        wanted = pl.col("actors").list.eval(pl.element().is_in(list(orgs))).list.any()
        if program_lane:
            wanted = wanted | (pl.col("actors").list.len() == 0)
        predicate &= wanted
    if types:
        predicate &= pl.col("event_type").is_in(list(types))
    if statuses:
        predicate &= pl.col("status").is_in(list(statuses))
    if date_from:
        predicate &= pl.col("date_end") >= date_from
    if date_to:
        predicate &= pl.col("date_start") <= date_to
    if text:
        needle = text.strip()
        predicate &= pl.col("title").str.contains(needle, literal=True) | pl.col("sentence").str.contains(needle, literal=True)
    return events.filter(predicate)


def flat(events: pl.DataFrame) -> pl.DataFrame:
    """Export columns, lists joined with '; ' so every cell is text or a number."""
    columns = [c for c in EXPORT_COLUMNS if c in events.columns]
    return events.select(columns).with_columns(
        [pl.col(c).list.join("; ") for c in ("actors", "persons") if c in columns]
    )


def to_csv_bytes(events: pl.DataFrame) -> bytes:
    """UTF-8 with BOM (Excel shows Korean), cells starting with = + - @ neutralized."""
    table = flat(events)
    risky = r"^[=+\-@\t\r]"
    table = table.with_columns(
        pl.when(pl.col(c).str.contains(risky)).then(pl.lit("'") + pl.col(c)).otherwise(pl.col(c)).alias(c)
        for c, dtype in table.schema.items() if dtype == pl.String
    )
    buffer = io.BytesIO()
    table.write_csv(buffer)
    return "\ufeff".encode("utf-8") + buffer.getvalue()


def to_json_bytes(events: pl.DataFrame) -> bytes:
    rows = flat(events).with_columns(pl.col(pl.Date).cast(pl.String)).to_dicts()
    return json.dumps(rows, ensure_ascii=False, indent=1).encode("utf-8")


def write(events: pl.DataFrame, out: Path) -> None:
    suffix = out.suffix.lower()
    if suffix == ".csv":
        out.write_bytes(to_csv_bytes(events))
    elif suffix == ".json":
        out.write_bytes(to_json_bytes(events))
    elif suffix == ".parquet":
        events.write_parquet(out)
    else:
        raise ValueError(f"unknown export format '{suffix}': use .csv, .json or .parquet")


def org_counts(events: pl.DataFrame, registry: actors.Registry) -> pl.DataFrame:
    """Organizations with their number of events, most first."""
    if events.is_empty():
        return pl.DataFrame(schema={"organization": pl.String, "kind": pl.String, "events": pl.UInt32})
    counts = (events.select(pl.col("actors").alias("organization")).explode("organization").drop_nulls()
              .group_by("organization").len("events").sort(["events", "organization"], descending=[True, False]))
    return counts.with_columns(
        pl.col("organization").map_elements(registry.kind, return_dtype=pl.String).alias("kind")
    ).select("organization", "kind", "events")
