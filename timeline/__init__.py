"""timeline: dated events and the organizations in them, from Korean news articles."""
from pathlib import Path

from . import compiled

DATA: Path = Path(__file__).with_name("data")  # here, not in the modules that read it: those may be compiled elsewhere
compiled.activate()  # before the first import of a module it may serve

from .actors import Registry, canonical, find  # noqa: E402
from .ingest import read_paths  # noqa: E402
from .merge import build_events, stage_history  # noqa: E402
from .mentions import extract as extract_mentions  # noqa: E402
from .pipeline import run as extract  # noqa: E402
from .store import Store, load, save  # noqa: E402
from .temporal import tag  # noqa: E402

__all__ = ["Registry", "Store", "build_events", "canonical", "extract", "extract_mentions", "find", "load",
           "read_paths", "save", "stage_history", "tag"]
