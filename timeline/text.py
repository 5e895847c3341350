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


class RuleSet:
    """Regex rules kept in file order, combined for speed.

    A plain alternation finds matches fast; the same alternation with one capturing group per
    rule, tried only where a match starts, tells which rule it was (capturing groups in the
    search itself would make it about twice as slow). At one position the rule listed first wins.
    """

    def __init__(self, patterns: list[str]):
        plain = [re.sub(r"\((?!\?)", "(?:", p) for p in patterns]  # the rules' own groups do not capture
        self._finder = re.compile("|".join(plain))
        self._teller = re.compile("|".join(f"({p})" for p in plain))

    def first(self, text: str) -> int | None:
        """The index of the rule of the earliest match, or None."""
        found = self._finder.search(text)
        return None if found is None else self._teller.match(text, found.start()).lastindex - 1

    def lowest(self, text: str) -> int | None:
        """The smallest rule index among all matches (non-overlapping, left to right), or None."""
        best = None
        for found in self._finder.finditer(text):
            rank = self._teller.match(text, found.start()).lastindex - 1
            if best is None or rank < best:
                best = rank
                if rank == 0:
                    break
        return best
