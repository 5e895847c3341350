"""Small text helpers shared by the steps."""
from __future__ import annotations

import re

_URL = re.compile(r"https?://\S+|www\.\S+")
_EMAIL_LEFT = re.compile(r"[\w.+-]{1,64}$")
_EMAIL_RIGHT = re.compile(r"[\w-]+(?:\.[\w-]+)+")


def hidden_spans(text: str) -> list[tuple[int, int]]:
    """URLs and e-mail addresses: text that is neither a date nor an organization."""
    spans = [(m.start(), m.end()) for m in _URL.finditer(text)] if ("http" in text or "www." in text) else []
    at = text.find("@")
    while at >= 0:  # grow each e-mail address out from its @, which is far faster than scanning for it
        left = _EMAIL_LEFT.search(text, max(0, at - 64), at)
        right = _EMAIL_RIGHT.match(text, at + 1)
        if left and right:
            spans.append((left.start(), right.end()))
        at = text.find("@", at + 1)
    return sorted(spans)


def overlaps(start: int, end: int, spans: list[tuple[int, int]]) -> bool:
    return any(s < end and start < e for s, e in spans)
