"""A store is a directory of three parquet tables; writes are atomic (temp file, then rename)."""
from __future__ import annotations

import os
import tempfile
from dataclasses import dataclass
from pathlib import Path

import polars as pl

from . import schema

DEFAULT_STORE = ".timeline"


@dataclass
class Store:
    articles: pl.DataFrame
    mentions: pl.DataFrame
    events: pl.DataFrame

    @classmethod
    def empty(cls) -> "Store":
        return cls(*(schema.empty(s) for s in schema.TABLES.values()))


class StoreError(Exception):
    pass


def exists(directory: str | Path) -> bool:
    return all((Path(directory) / f"{name}.parquet").exists() for name in schema.TABLES)


def load(directory: str | Path) -> Store:
    """The tables of a store; a missing directory is an empty store, a damaged file an error."""
    directory = Path(directory)
    if not directory.exists():
        return Store.empty()
    tables = {}
    for name, columns in schema.TABLES.items():
        path = directory / f"{name}.parquet"
        if not path.exists():
            tables[name] = schema.empty(columns)
            continue
        try:
            tables[name] = schema.conform(pl.read_parquet(path), columns)
        except Exception as exc:  # polars raises several kinds for a damaged file
            raise StoreError(f"cannot read {path}: {exc}") from exc
    return Store(**tables)


def save(store: Store, directory: str | Path) -> None:
    directory = Path(directory)
    directory.mkdir(parents=True, exist_ok=True)
    for name, columns in schema.TABLES.items():
        write_atomic(schema.conform(getattr(store, name), columns), directory / f"{name}.parquet")


def write_atomic(frame: pl.DataFrame, path: Path) -> None:
    handle, temporary = tempfile.mkstemp(prefix=f".{path.name}.", dir=path.parent)
    os.close(handle)
    try:
        frame.write_parquet(temporary)
        os.replace(temporary, path)
    except BaseException:
        if os.path.exists(temporary):
            os.unlink(temporary)
        raise
