"""timeline: dated events and the organizations in them, from Korean news articles."""
from .actors import Registry, canonical, find
from .ingest import read_paths
from .merge import build_events, stage_history
from .mentions import extract as extract_mentions
from .pipeline import run as extract
from .store import Store, load, save
from .temporal import tag

__all__ = ["Registry", "Store", "build_events", "canonical", "extract", "extract_mentions", "find", "load",
           "read_paths", "save", "stage_history", "tag"]
