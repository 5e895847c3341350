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

    A plain alternation finds matches; the same alternation with one capturing group per rule,
    tried only where a match starts, tells which rule it was (capturing groups in the search
    itself would make it about twice as slow). At one position the rule listed first wins. When
    the characters a match can start with are known, a lookahead for them leads the alternation:
    the regex engine then passes over every other position with one test instead of one per rule.
    """

    def __init__(self, patterns: list[str]):
        self._finder = searcher("|".join(re.sub(r"\((?!\?)", "(?:", p) for p in patterns))  # no capturing
        self._teller = re.compile("|".join(f"({re.sub(r'[(](?![?])', '(?:', p)})" for p in patterns))

    def first(self, text: str) -> int | None:
        """The index of the rule of the earliest match, or None."""
        found = self._finder.search(text)
        return None if found is None else self._teller.match(text, found.start()).lastindex - 1

    def lowest(self, text: str) -> int | None:
        """The smallest rule index among all matches (non-overlapping, left to right), or None."""
        ranks = [self._teller.match(text, found.start()).lastindex - 1 for found in self._finder.finditer(text)]
        return min(ranks) if ranks else None


def searcher(pattern: str) -> re.Pattern[str]:
    """The pattern compiled for search and finditer: led by a lookahead for the characters a match
    can start with, when those are known, so that the regex engine passes over other positions
    with one test. (It does this by itself only for patterns that start with one literal or class.)"""
    starts = first_characters(pattern)
    if not starts:
        return re.compile(pattern)
    return re.compile("(?=[" + "".join(map(re.escape, sorted(starts))) + f"])(?:{pattern})")


def first_characters(pattern: str) -> set[str] | None:
    """The characters a match of the pattern can start with, or None when they cannot be told
    (a class such as \\w, an empty match, a construct not handled). Python's own regex parser reads
    the pattern; it is private, so any surprise from it means None, and callers do without."""
    try:
        from re import _constants as constants, _parser as parser  # noqa: PLC0415
        chars, nullable = _first_of_sequence(parser.parse(pattern).data, constants)
    except Exception:  # noqa: BLE001 (a changed parser: the plain search still works)
        return None
    return None if nullable or not chars else chars


class _Unknown(Exception):
    pass


def _first_of_sequence(items, c) -> tuple[set[str], bool]:
    """(first characters, whether the sequence can match the empty string)."""
    chars: set[str] = set()
    for item in items:
        first, nullable = _first_of_item(item, c)
        chars |= first
        if not nullable:
            return chars, False
    return chars, True


def _first_of_item(item, c) -> tuple[set[str], bool]:
    op, arg = item
    if op is c.LITERAL:
        return {chr(arg)}, False
    if op is c.IN:
        chars: set[str] = set()
        for kind, value in arg:
            if kind is c.LITERAL:
                chars.add(chr(value))
            elif kind is c.RANGE:
                chars.update(chr(code) for code in range(value[0], value[1] + 1))
            else:
                raise _Unknown(kind)  # a negated class or a category
        return chars, False
    if op is c.BRANCH:
        chars, nullable = set(), False
        for alternative in arg[1]:
            first, empty = _first_of_sequence(alternative, c)
            chars |= first
            nullable = nullable or empty
        return chars, nullable
    if op is c.SUBPATTERN:
        return _first_of_sequence(arg[-1], c)
    if op in (c.MAX_REPEAT, c.MIN_REPEAT, getattr(c, "POSSESSIVE_REPEAT", None)):
        first, empty = _first_of_sequence(arg[2], c)
        return first, empty or arg[0] == 0
    if op in (c.AT, c.ASSERT, c.ASSERT_NOT):
        return set(), True  # zero width: the next item decides
    raise _Unknown(op)


def trie_pattern(words: list[str]) -> str:
    """A regex matching any of the words, longest first, as a trie (`대(?:표(?:이사)?|변인)`): at
    each position the engine follows one branch instead of trying every word. A space in a word
    matches any run of spaces, or none."""
    root: dict = {}
    for word in words:
        node = root
        for char in word:
            node = node.setdefault(char, {})
        node[""] = {}  # the end of a word
    return _trie_regex(root)


def _trie_regex(node: dict) -> str:
    branches = [(r"\s*" if char == " " else re.escape(char)) + _trie_regex(child)
                for char, child in sorted(node.items()) if char]
    if not branches:
        return ""
    body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
    if "" in node:  # a word ends here: the longer ones are tried first, then none
        return f"(?:{body})?" if len(branches) > 1 or len(body) > 1 else f"{body}?"
    return body
