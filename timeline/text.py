"""Small text helpers shared by the steps."""
from __future__ import annotations

import re

import ahocorasick

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

    A plain alternation finds matches; the same alternation with one capturing group per rule,
    tried only where a match starts, tells which rule it was (capturing groups in the search
    itself would make it about twice as slow). At one position the rule listed first wins. When
    every rule starts with known literal text, an Aho-Corasick automaton of those prefixes finds
    the only places a match can start, so the regex runs there alone.
    """

    def __init__(self, patterns: list[str]):
        plain = [re.sub(r"\((?!\?)", "(?:", p) for p in patterns]  # the rules' own groups do not capture
        self._finder = re.compile("|".join(plain))
        self._teller = re.compile("|".join(f"({p})" for p in plain))
        self._automaton = _prefix_automaton(plain)

    def first(self, text: str) -> int | None:
        """The index of the rule of the earliest match, or None."""
        if self._automaton is None:
            found = self._finder.search(text)
            return None if found is None else self._teller.match(text, found.start()).lastindex - 1
        for start in self._starts(text):
            if self._finder.match(text, start):
                return self._teller.match(text, start).lastindex - 1
        return None

    def lowest(self, text: str) -> int | None:
        """The smallest rule index among all matches (non-overlapping, left to right), or None."""
        if self._automaton is None:
            starts = [found.start() for found in self._finder.finditer(text)]
        else:
            starts, cursor = [], 0
            for start in self._starts(text):  # where finditer would find its matches
                if start >= cursor and (found := self._finder.match(text, start)) is not None:
                    starts.append(start)
                    cursor = found.end()
        ranks = [self._teller.match(text, start).lastindex - 1 for start in starts]
        return min(ranks) if ranks else None

    def _starts(self, text: str) -> list[int]:
        """Where a rule's literal prefix occurs: the only places a match can start."""
        return sorted({end - length + 1 for end, length in self._automaton.iter(text)})


PREFIX_CLASS_LIMIT = 64  # a character class at the start is spelt out up to this many characters


def _prefix_automaton(patterns: list[str]) -> ahocorasick.Automaton | None:
    """An automaton of literal texts every match of these patterns starts with, or None when some
    pattern has none that can be told (Python's own parser reads the patterns)."""
    try:
        from re import _constants as constants, _parser as parser  # noqa: PLC0415 (private, may change)
        prefixes: set[str] = set()
        for pattern in patterns:
            found = _prefixes(parser.parse(pattern).data, constants)
            if not found or "" in found:
                return None
            prefixes |= found
    except Exception:  # a parser that changed shape: the plain search still works
        return None
    automaton = ahocorasick.Automaton()
    for prefix in prefixes:
        automaton.add_word(prefix, len(prefix))
    automaton.make_automaton()
    return automaton


def _prefixes(items, c) -> set[str] | None:
    """Literal texts a sequence of parsed items starts with: its leading literals, spelt out
    through one leading group, alternation or small class."""
    texts = {""}
    for op, arg in items:
        if op is c.LITERAL:
            texts = {t + chr(arg) for t in texts}
            continue
        if op is c.IN:
            chars = _class_chars(arg, c)
            if chars is None:
                break
            return {t + ch for t in texts for ch in chars}
        if op is c.BRANCH:
            options = [_prefixes(alternative, c) for alternative in arg[1]]
            if any(o is None for o in options):
                return texts if all(texts) else None
            return {t + o for t in texts for option in options for o in option}
        if op is c.SUBPATTERN:
            inner = _prefixes(arg[-1], c)
            return (texts if all(texts) else None) if inner is None else {t + i for t in texts for i in inner}
        break
    return texts if all(texts) else None


def _class_chars(items, c) -> list[str] | None:
    chars: list[str] = []
    for op, arg in items:
        if op is c.LITERAL:
            chars.append(chr(arg))
        elif op is c.RANGE:
            chars.extend(chr(code) for code in range(arg[0], arg[1] + 1))
        else:
            return None
        if len(chars) > PREFIX_CLASS_LIMIT:
            return None
    return chars
