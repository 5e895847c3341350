"""Small text helpers shared by the steps."""
from __future__ import annotations

import re

_HIDDEN = re.compile(r"https?://\S+|www\.\S+|[\w.+-]+@[\w-]+(?:\.[\w-]+)+")


def hidden_spans(text: str) -> list[tuple[int, int]]:
    """URLs and e-mail addresses: text that is neither a date nor an organization."""
    if "@" not in text and "http" not in text and "www." not in text:
        return []
    return [(m.start(), m.end()) for m in _HIDDEN.finditer(text)]


def overlaps(start: int, end: int, spans: list[tuple[int, int]]) -> bool:
    return any(s < end and start < e for s, e in spans)
