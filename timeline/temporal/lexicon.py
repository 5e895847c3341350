"""Load the temporal data files once and validate them loudly (file, line, what is wrong)."""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from typing import Final

from .. import DATA as PACKAGE_DATA
from ..text import RuleSet, trie_pattern

DATA = PACKAGE_DATA.parent / "temporal" / "data"  # (not beside __file__: this module may be compiled elsewhere)
CATEGORIES: Final = {
    "year_rel", "quarter_rel", "month_rel", "month_anaphor", "time_anaphor", "week_rel", "day_rel", "day_anaphor", "day_count", "number_word", "unit",
    "direction", "weekday", "month_part", "week_ordinal", "year_part", "year_word", "day_part", "set_word",
    "duration_suffix", "approx", "offset_approx", "offset_dir", "prefixed_noun", "note", "holiday", "season", "season_part",
    "change_verb", "event_anchor", "intransitive", "homograph", "month_en",
}
DIRECTIONS: Final = {"past", "future", "present", "none"}
SCOPES: Final = {"next", "clause"}


class LexiconError(ValueError):
    pass


def syllables_with_final(final: int, exclude: str = "") -> str:
    """A character class of every Hangul syllable with the given final consonant (jongseong) index."""
    chars = "".join(chr(0xAC00 + code) for code in range(11172) if code % 28 == final and chr(0xAC00 + code) not in exclude)
    return f"[{chars}]"


MACROS: Final[dict[str, str]] = {"{PAST}": syllables_with_final(20, exclude="있없겠"), "{N}": syllables_with_final(4),
                                  "{B}": syllables_with_final(17)}


@dataclass(frozen=True)
class TenseRule:
    direction: str
    scope: str
    pattern: re.Pattern[str]
    line: int


def _rows(name: str, width: int) -> list[tuple[int, list[str]]]:
    path = DATA / name
    rows = []
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
        if not line.strip() or line.startswith("#"):
            continue
        fields = line.split("\t")
        if len(fields) != width:
            raise LexiconError(f"{path.name}:{number}: expected {width} tab-separated fields, found {len(fields)}: {line!r}")
        rows.append((number, fields))
    return rows


@cache
def words() -> dict[str, dict[str, str]]:
    """category -> {surface: value}, in file order."""
    table: dict[str, dict[str, str]] = {category: {} for category in CATEGORIES}
    for number, (category, surface, value) in _rows("lexicon.tsv", 3):
        if category not in CATEGORIES:
            raise LexiconError(f"lexicon.tsv:{number}: unknown category {category!r} (known: {', '.join(sorted(CATEGORIES))})")
        if not surface:
            raise LexiconError(f"lexicon.tsv:{number}: empty surface")
        table[category][surface] = value
    return table


def lookup(category: str, surface: str) -> str:
    """The value of a matched surface; spacing in the text may differ from the table's."""
    table = words()[category]
    if surface in table:
        return table[surface]
    squeezed = re.sub(r"\s+", "", surface)
    for key, value in table.items():
        if re.sub(r"\s+", "", key) == squeezed:
            return value
    raise KeyError(f"{surface!r} is not a {category} word")


def alternation(*categories: str, exclude: tuple[str, ...] = ()) -> str:
    """A regex alternation of the surfaces of these categories, longest first, spaces as \\s*
    (written as a trie, so that the engine follows one branch at a time)."""
    surfaces = {s for c in categories for s in words()[c] if s not in exclude}
    return "(?:" + trie_pattern(sorted(surfaces)) + ")"


@dataclass(frozen=True)
class TenseScope:
    """The rules of one scope combined into one fast search."""
    rules: RuleSet
    directions: tuple[str, ...]

    def search(self, text: str) -> str | None:
        """The direction of the earliest match; at one position the rule listed first wins."""
        index = self.rules.first(text)
        return None if index is None else self.directions[index]


@cache
def tense_patterns() -> tuple[TenseScope, TenseScope]:
    """The rules of scope `next` and of scope `clause`, each combined into one search."""
    combined = {}
    for scope in SCOPES:
        rules = [r for r in tense_rules() if r.scope == scope]
        combined[scope] = TenseScope(RuleSet([r.pattern.pattern for r in rules]), tuple(r.direction for r in rules))
    return combined["next"], combined["clause"]


@cache
def tense_rules() -> tuple[TenseRule, ...]:
    rules = []
    for number, (direction, scope, pattern) in _rows("tense.tsv", 3):
        if direction not in DIRECTIONS or scope not in SCOPES:
            raise LexiconError(f"tense.tsv:{number}: direction must be one of {sorted(DIRECTIONS)} and scope one of {sorted(SCOPES)}")
        for macro, expansion in MACROS.items():
            pattern = pattern.replace(macro, expansion)
        try:
            compiled = re.compile(pattern)
        except re.error as exc:
            raise LexiconError(f"tense.tsv:{number}: bad pattern: {exc}") from exc
        rules.append(TenseRule(direction, scope, compiled, number))
    return tuple(rules)
