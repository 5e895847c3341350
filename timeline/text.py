"""Small text helpers shared by the steps."""
from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Any, Final, TypeVar

import ahocorasick_rs

# A word that ends a quotation or reported speech (연다고, 했다며); -다는 and -라는 modify a noun instead
# (집중하겠다는 입장을 밝혔다).
QUOTATIVE: Final = r"(?:다고|라고|다며|라며|냐고|자고)"
QUOTATIVE_ENDING: Final = re.compile(QUOTATIVE + "$")
CLOSING_PUNCT: Final = ".,!?\"'”’)]"
# A page's stamp line (입력 2026.01.15 10:00, **뉴스1** | 2025-12-30 00:00 |): its date is the page's, not the story's.
# The words a stamp opens with: of the time a page was put out (and a press release's: 보도시점: 2026. 2. 20.(금) 14:00 이후,
# 배포: …), and of the time it was changed since.
PUBLISHED_STAMP_WORDS: Final = r"입력|등록|작성|게재|승인|발행|보도\s*시점|보도\s*일시|배포\s*일시|배포"
UPDATED_STAMP_WORDS: Final = r"최종\s*수정|수정|업데이트|갱신"
STAMP_LINES: Final = (rf"^\s*[\[(]?\s*(?:기사\s*)?(?:{PUBLISHED_STAMP_WORDS}|{UPDATED_STAMP_WORDS})\s*[:：]?\s*"
                      r"(?:\d{2,4}[.\-/년]|\d{1,2}\s*:\s*\d{2})",
                      r"^\s*\*\*[^*]{1,40}\*\*\s*\|")
# How many words a memo of a per-word answer keeps. (Memos are plain dicts: called from compiled
# code, a dict costs far less than an lru_cache.)
MEMO_LIMIT: Final = 65_536
Answer = TypeVar("Answer")


def remember(memo: dict[str, Answer], key: str, answer: Answer) -> Answer:
    """The answer, kept in the memo under the key while the memo holds fewer than MEMO_LIMIT."""
    if len(memo) < MEMO_LIMIT:
        memo[key] = answer
    return answer


def inside_quotation(text: str, start: int, position: int) -> bool:
    """Whether `position` stands inside a quotation opened after `start` (an odd count of straight
    marks, or more opening curly marks than closing ones)."""
    return text.count('"', start, position) % 2 == 1 or text.count("“", start, position) > text.count("”", start, position)


# Gatherings, by the words that name them (포럼, 박람회, 협약식): see their uses in mentions and actors.
GATHERINGS: Final = ("행사|대회|전시회|전시|발표회|설명회|회의|총회|포럼|콘퍼런스|컨퍼런스|토론회|간담회|박람회|시상식|협약식"
                     "|출범식|세미나|워크숍|밋업|서밋|착공식|기공식|준공식|개소식|개관식|개원식|타운홀|추첨식|추첨|웨비나|학회|축제"
                     "|시무식|종무식|신년회|송년회|기념식|발대식|출정식")
# Hearings, gatherings too where a day's word points (이날 국감장 밖에서), but named with a body's name before them (과학기술정보통신부
# 국정감사: the ministry's, audited); and a short name with the full one a story may have told it by first.
HEARINGS: Final = "국정감사|국감|청문회|공청회"
GATHERING_FULL_NAMES: Final = {"국감": "국정감사"}
# A turn in the National Assembly's minutes, labelled with no colon (○정하윤 위원 …, ○위원장 정하윤 …,
# ○과학기술정보통신부제2차관 류제명 …): `member` is a lawmaker's label, `role` an official's, the post before the name.
MINUTES_LABEL: Final = re.compile(
    r"\s*[○◯]\s*(?:(?P<member>[가-힣]{2,4}\s+(?:위원|의원))|위원장\s+[가-힣]{2,4}"
    r"|(?P<role>(?:[가-힣A-Za-z]+\s)?[가-힣A-Za-z0-9]{0,24}?(?:장관|차관|원장|청장|처장|실장|국장|정책관|위원장|대표|사장|수석|진술인|참고인|증인))"
    r"\s*[가-힣]{2,4})\s+(?=\S)")
# A ceremony named by what it marks, told before without its name (10일 첫 삽을 뜬다. 착공식에는 …: the 10th).
CEREMONY_ACTS: Final = {"착공식": ("착공", "첫 삽"), "기공식": ("기공", "착공", "첫 삽"), "준공식": ("준공", "완공"),
                        "개소식": ("개소", "문을 열", "문을 연"), "개관식": ("개관", "문을 열", "문을 연"),
                        "개원식": ("개원", "문을 열", "문을 연")}
OPENING_QUOTES: Final = ('"', "“")  # the marks that open words said (single marks also set off names)
NAME_OPENING_MARKS: Final = ("'", "‘", '"', "“", "「", "『")  # the marks that set off a name ('튜터 엑사원')
NAME_CLOSING_MARKS: Final = ("'", "’", '"', "”", "」", "』")
# A name set off by those marks ('튜터 엑사원', 'AI 인재 겨울학교'): group 1, no sentence's punctuation inside.
QUOTED_NAME: Final = re.compile("[{0}]([^{1}\n.,!?]{{2,20}})[{1}]".format(re.escape("".join(NAME_OPENING_MARKS)),
                                                                        re.escape("".join(NAME_CLOSING_MARKS))))


def quotation_opening(text: str, start: int, position: int) -> int:
    """Where the quotation holding `position` (opened after `start`) opens, else -1."""
    if not inside_quotation(text, start, position):
        return -1
    return max(text.rfind(mark, start, position) for mark in OPENING_QUOTES)


def hangul_word_before(text: str, end: int) -> str:
    """The run of Hangul syllables that ends at `end` (평가 in `평가 사흘 전`)."""
    start = end
    while start and "가" <= text[start - 1] <= "힣":
        start -= 1
    return text[start:end]


def final_consonant(syllable: str) -> int:
    """The index of a Hangul syllable's final consonant (0: none), -1 for any other character."""
    return (ord(syllable) - 0xAC00) % 28 if "가" <= syllable <= "힣" else -1


def bisect_left(values: list[int], value: int, low: int = 0) -> int:
    """`bisect.bisect_left` over a list of ints, from `low` on: compiled, a loop of native ints
    costs less than a call into the bisect module."""
    high = len(values)
    while low < high:
        middle = (low + high) // 2
        if values[middle] < value:
            low = middle + 1
        else:
            high = middle
    return low


def bisect_right(values: list[int], value: int, low: int = 0) -> int:
    """`bisect.bisect_right` over a list of ints, from `low` on (see bisect_left)."""
    high = len(values)
    while low < high:
        middle = (low + high) // 2
        if value < values[middle]:
            high = middle
        else:
            low = middle + 1
    return low


def automaton(words: list[str], longest: bool = False) -> ahocorasick_rs.AhoCorasick:
    """An Aho-Corasick automaton of the words: its leftmost-longest matches if `longest`, else all
    of them (overlapping). A contiguous NFA: alone in a loop a DFA searches faster, but between the
    other steps of reading an article its far larger tables are out of the CPU's caches, and the
    whole extraction runs faster with the compact one (benchmarks/pipeline.py)."""
    kind = ahocorasick_rs.MatchKind.LeftmostLongest if longest else ahocorasick_rs.MatchKind.Standard
    return ahocorasick_rs.AhoCorasick(words, matchkind=kind, implementation=ahocorasick_rs.Implementation.ContiguousNFA)


def line_matches(pattern: re.Pattern[str], text: str) -> list[re.Match[str]]:
    """The matches of a pattern that opens with `^` in MULTILINE mode and stays inside one line:
    tried at each line's start (a search would try it at every character, to fail at all but those)."""
    found = []
    start = 0
    while start >= 0:
        match = pattern.match(text, start)
        if match is not None:
            found.append(match)
        start = text.find("\n", start)
        if start >= 0:
            start += 1
    return found


_URL: Final = re.compile(r"https?://\S+|www\.\S+")
# A mark of elapsed time opening a line ([02:40] ..., 1:05:10 ...): a recording's chapters, no clock.
_ELAPSED_MARK: Final = re.compile(r"(?m)^[ \t]*[\[(]?(?P<time>(?:\d{1,2}:)?\d{1,2}:\d\d)[\])]?(?=[ \t])")
_EMAIL_LEFT: Final = re.compile(r"[\w.+-]{1,64}$")
_EMAIL_RIGHT: Final = re.compile(r"[\w-]+(?:\.[\w-]+)+")


def hidden_spans(text: str) -> list[tuple[int, int]]:
    """URLs, e-mail addresses and a recording's chapter marks: text that is neither a date nor an
    organization. (The dates and the organizations of one body both ask: the answer for the last body
    is kept, read only.)"""
    if text is _last_hidden[0]:
        return _last_hidden[1]
    spans = _hidden_spans(text)
    _last_hidden[:] = [text, spans]
    return spans


_last_hidden: list = ["", []]


def _hidden_spans(text: str) -> list[tuple[int, int]]:
    spans = [(m.start(), m.end()) for m in _URL.finditer(text)] if ("http" in text or "www." in text) else []
    if ":" in text:
        spans.extend(_chapter_marks(text))
    if "/" in text:
        spans.extend(_page_counters(text))
    at = text.find("@")
    while at >= 0:  # grow each e-mail address out from its @, which is far faster than scanning for it
        left = _EMAIL_LEFT.search(text, max(0, at - 64), at)
        right = _EMAIL_RIGHT.match(text, at + 1)
        if left and right:
            spans.append((left.start(), right.end()))
        at = text.find("@", at + 1)
    return sorted(spans)


def _chapter_marks(text: str) -> list[tuple[int, int]]:
    """The spans of the line-opening time marks of a recording's chapters: two or more, one of them
    the recording's start (00:00), no clock's time (27:55, 1:02:30), or a first mark in the recording's first hour
    ([00:45] 진행자: …, [01:10] …). A live blog's clock ([14:02] ...) tells the time of day instead."""
    marks = line_matches(_ELAPSED_MARK, text)
    if len(marks) < 2:
        return []
    times = [m.group("time").split(":") for m in marks]
    if (any(len(t) == 3 or int(t[0]) > 23 for t in times) or any(int(t[0]) == int(t[1]) == 0 for t in times)
            or len(times[0][0]) == 2 and int(times[0][0]) == 0):
        return [m.span() for m in marks]
    return []


def _page_counters(text: str) -> list[tuple[int, int]]:
    """The spans of the line-opening counters of a card story's slides or a thread's posts (1/8 ...
    8/8): two or more with one total, numbered upward, the last the total. A digest's dates (1/15,
    2/20) share no second number."""
    marks = line_matches(_PAGE_MARK, text)
    if len(marks) < 2:
        return []
    numbers = [(int(m.group("page")), int(m.group("pages"))) for m in marks]
    total = numbers[-1][1]
    pages = [page for page, _ in numbers]
    if all(of == total for _, of in numbers) and pages == sorted(set(pages)) and pages[-1] == total:
        return [m.span() for m in marks]
    return []


_PAGE_MARK: Final = re.compile(r"(?m)^[ \t]*[\[(]?(?P<page>\d{1,2})\s*/\s*(?P<pages>\d{1,2})[\])]?(?=[ \t])")
_GROUP: Final = re.compile(r"(?<!\\)\((?!\?)")  # an opening bracket of a capturing group


class RuleSet:
    """Regex rules kept in file order: which rule matches first, or the lowest-numbered one that
    matches anywhere. At one position the rule listed first wins, as in one alternation of them all.

    A plain alternation finds the first match, and the same alternation with one capturing group
    per rule, tried only where that match starts, tells the rule (groups in the search itself would
    make it about twice as slow). To find every match, one automaton pass over the rules' opening
    literals (`선정`, `오르지|진출하지`) finds the places a match can start and which rules can start
    there, and only those rules are tried there: over the short texts asked about, far fewer steps
    than the regex engine takes. Rules without opening literals are searched for on their own.
    """

    def __init__(self, patterns: list[str]):
        self._plain = [_GROUP.sub("(?:", p) for p in patterns]  # the rules' own groups do not capture
        self._finder = start_finder("|".join(self._plain))
        self._teller = re.compile("|".join(f"({p})" for p in self._plain))
        self._rules = [re.compile(p) for p in self._plain]
        literals = [opening_literals(p) for p in self._plain]
        rules_of_literal: dict[str, list[int]] = {}
        for index, opening in enumerate(literals):
            for literal in opening or ():
                rules_of_literal.setdefault(literal, []).append(index)
        self._literal_rules = [tuple(rules) for rules in rules_of_literal.values()]
        self._automaton = automaton(list(rules_of_literal)) if rules_of_literal else None
        # Rules without opening literals: the places they match at are searched for (led by the
        # characters they can start with), each place once.
        self._free = tuple(i for i, opening in enumerate(literals) if opening is None)
        self._free_finder = start_finder("|".join(self._plain[i] for i in self._free)) if self._free else None
        needs = [required_literals(self._plain[i]) for i in self._free]
        # (texts that hold none of the strings each of them needs are not searched)
        self._free_needs = tuple(sorted({s for each in needs for s in each or ()})) if all(needs) else None

    def first(self, text: str) -> int | None:
        """The index of the rule of the earliest match, or None."""
        found = self._finder.search(text)  # (one search: faster here than trying rules character by character)
        return None if found is None else self._rule_at(text, found.start())

    def lowest(self, text: str) -> int | None:
        """The smallest rule index among all matches (non-overlapping, left to right), or None."""
        candidates: dict[int, list[int]] = {}  # where a match can start: the rules that can start there
        if self._automaton is not None:
            for literal, start, _ in self._automaton.find_matches_as_indexes(text, overlapping=True):
                candidates.setdefault(start, []).extend(self._literal_rules[literal])
        if self._free_finder is not None and (self._free_needs is None or holds_any(text, self._free_needs)):
            position = 0
            while (free := self._free_finder.search(text, position)) is not None:
                candidates.setdefault(free.start(), []).extend(self._free)
                position = free.start() + 1
        lowest: int | None = None
        cursor = 0
        for start in sorted(candidates):
            if start < cursor:
                continue  # inside the match before
            rules = candidates[start]
            if len(rules) > 1:
                rules = sorted(set(rules))
            for rule in rules:
                told = self._rules[rule].match(text, start)
                if told is not None:
                    lowest = rule if lowest is None or rule < lowest else lowest
                    if lowest == 0:
                        return 0
                    cursor = told.end()
                    break
        return lowest

    def _rule_at(self, text: str, position: int) -> int:
        """The index of the rule that matches where the finder found a match."""
        told = self._teller.match(text, position)
        assert told is not None and told.lastindex is not None  # the same alternation, with groups
        return told.lastindex - 1


def holds_any(text: str, literals: tuple[str, ...]) -> bool:
    for literal in literals:
        if literal in text:
            return True
    return False


class Guarded:
    """A pattern tried only on texts that hold one of the literal strings every match holds
    (`당초|애초|원래|기존`, the `@` of an e-mail address): a substring test is far cheaper than the
    regex engine stepping through the text. Without such strings it is the plain pattern."""

    def __init__(self, pattern: str, flags: int = 0):
        self.pattern = re.compile(pattern, flags)
        self.needs = required_literals(pattern, flags)

    def may_match(self, text: str) -> bool:
        return self.needs is None or holds_any(text, self.needs)

    def search(self, text: str) -> re.Match[str] | None:
        return self.pattern.search(text) if self.may_match(text) else None

    def finditer(self, text: str) -> Iterator[re.Match[str]]:
        return self.pattern.finditer(text) if self.may_match(text) else iter(())


def opening_literals(pattern: str, flags: int = 0) -> tuple[str, ...] | None:
    """The literal strings a match of the pattern must open with, one of them, or None when a match
    can open otherwise (a class, a repeat, an anchor, case folding). Read with Python's own regex
    parser, as `leading_class`."""
    parsed = _parse_case_sensitive(pattern, flags)
    if parsed is None:
        return None
    try:
        return tuple(sorted(_literals_opening(parsed[0], parsed[1])))
    except Exception:  # noqa: BLE001 (anything not handled: the pattern opens otherwise)
        return None


def required_literals(pattern: str, flags: int = 0) -> tuple[str, ...] | None:
    r"""Literal strings one of which every match of the pattern holds, or None when none can be
    told: those a match of some tail of the pattern's top-level sequence opens with (a match of
    `[A-Z]+ (?:공개|출시)` holds 공개 or 출시), or, for a group, one of those each of its
    alternatives holds (`(?:관련\s*기사|이\s*시각)`: 관련 or 시각); the set whose shortest string is
    longest, so that a text is searched only when it holds a string a match is likely to hold."""
    parsed = _parse_case_sensitive(pattern, flags)
    held = _literals_held(parsed[0], parsed[1]) if parsed is not None else None
    return tuple(sorted(held)) if held else None


def _parse_case_sensitive(pattern: str, flags: int) -> tuple[list, Any, int] | None:
    """The parsed pattern, or None when it folds case ((?i) in it too: a literal then matches other
    cases) or the parser does not read it."""
    parsed = _parse(pattern, flags)
    if parsed is None or flags & re.IGNORECASE or parsed[2] & re.IGNORECASE:
        return None
    return parsed


def _literals_held(items: list, c) -> set[str] | None:
    """The best set of literals one of which every match of the sequence holds, or None."""
    best: set[str] | None = None
    for start, (op, arg) in enumerate(items):
        found: set[str] | None = None
        if op is c.LITERAL:
            if start and items[start - 1][0] is c.LITERAL:
                continue  # (inside the run that opens before it)
            found = _literals_opening(items[start:], c)
        elif op is c.SUBPATTERN and not arg[1] & c.SRE_FLAG_IGNORECASE:
            found = _literals_held(list(arg[-1]), c)
        elif op is c.BRANCH:
            found = set()
            for alternative in arg[1]:
                held = _literals_held(list(alternative), c)
                if not held:
                    found = None  # an alternative holds none: nothing is held by every match
                    break
                found |= held
        elif op is c.IN and all(kind is c.LITERAL for kind, _ in arg):
            found = {chr(value) for _, value in arg}
        if found and (best is None or min(map(len, found)) > min(map(len, best))):
            best = found
    return best


def _literals_opening(items: list, c) -> set[str]:
    if not items:
        raise _Unknown("empty")
    op, arg = items[0]
    if op is c.LITERAL:
        run = ""
        for item_op, value in items:
            if item_op is not c.LITERAL:
                break
            run += chr(value)
        return {run}
    if op is c.BRANCH:
        return set().union(*(_literals_opening(list(alternative), c) for alternative in arg[1]))
    if op is c.SUBPATTERN:
        if arg[1] & c.SRE_FLAG_IGNORECASE:
            raise _Unknown("case folded")  # (?i:...)
        return _literals_opening(list(arg[-1]), c)
    if op is c.IN and all(kind is c.LITERAL for kind, _ in arg):
        return {chr(value) for _, value in arg}
    raise _Unknown(op)


def searcher(pattern: str) -> re.Pattern[str]:
    """The pattern compiled for search and finditer: led by a lookahead for the characters a match
    can start with, when those are known, so that the regex engine passes over other positions
    with one test (and a match tried at one place fails at once at any other character). The
    engine does this by itself for patterns that start with one literal or class."""
    return re.compile(lead(pattern))


def start_finder(pattern: str) -> re.Pattern[str]:
    """The pattern compiled to find where its matches start, and nothing more: a match of the
    result starts where one of the pattern does, but holds only that first character (its end and
    groups say nothing). The first character is matched by a class, which the regex engine skips
    to in a tight loop, and the pattern is then looked for from there (looking back over that
    character, then ahead); a lookahead in front, as `searcher` puts it, costs a call of the
    engine at every position instead."""
    starts = leading_class(pattern)
    if not starts or _opens_with_one_class(pattern):
        return re.compile(pattern)
    return re.compile(f"[{starts}](?<=(?=(?:{pattern}))[\\s\\S])")


def lead(pattern: str) -> str:
    """The pattern with a lookahead for its first characters in front, or as it is when they cannot
    be told or it opens with one literal or class (a lookahead would only slow the engine's own
    skipping there)."""
    starts = leading_class(pattern)
    return f"(?=[{starts}])(?:{pattern})" if starts and not _opens_with_one_class(pattern) else pattern


def _opens_with_one_class(pattern: str) -> bool:
    parsed = _parse(pattern)
    if parsed is None or not parsed[0]:
        return False
    items, constants, _ = parsed
    return items[0][0] is constants.LITERAL or items[0][0] is constants.IN


def _parse(pattern: str, flags: int = 0) -> tuple[list, Any, int] | None:
    """(top-level items, the parser's constants, the pattern's flags) as Python's own regex parser
    reads the pattern; None when it does not (it is private: any surprise means None, and the
    callers do without)."""
    try:
        from re import _constants as constants, _parser as parser  # type: ignore[attr-defined]  # noqa: PLC0415
        parsed = parser.parse(pattern, flags)
    except Exception:  # noqa: BLE001
        return None
    return list(parsed.data), constants, parsed.state.flags


def leading_class(pattern: str) -> str | None:
    """A character class (its inside, as in `[...]`) holding every character a match of the pattern
    can start with, or None when that cannot be told (a negated class, a match that can be empty, a
    construct not handled). Read with Python's own regex parser (see _parse)."""
    parsed = _parse(pattern)
    if parsed is None:
        return None
    try:
        parts, nullable = _first_of_sequence(parsed[0], parsed[1])
    except Exception:  # noqa: BLE001 (a changed parser: the plain pattern still works)
        return None
    return None if nullable or not parts else "".join(sorted(parts))


class _Unknown(Exception):
    pass


def _first_of_sequence(items, c) -> tuple[set[str], bool]:
    """(class parts of the first characters, whether the sequence can match the empty string)."""
    parts: set[str] = set()
    for item in items:
        first, nullable = _first_of_item(item, c)
        parts |= first
        if not nullable:
            return parts, False
    return parts, True


def _first_of_item(item, c) -> tuple[set[str], bool]:
    op, arg = item
    if op is c.LITERAL:
        return {re.escape(chr(arg))}, False
    if op is c.IN:
        parts: set[str] = set()
        for kind, value in arg:
            if kind is c.LITERAL:
                parts.add(re.escape(chr(value)))
            elif kind is c.RANGE:
                parts.add(f"{re.escape(chr(value[0]))}-{re.escape(chr(value[1]))}")
            elif kind is c.CATEGORY and getattr(value, "name", None) in _CATEGORIES:
                parts.add(_CATEGORIES[value.name])
            else:
                raise _Unknown(kind)  # a negated class
        return parts, False
    if op is c.BRANCH:
        parts, nullable = set(), False
        for alternative in arg[1]:
            first, empty = _first_of_sequence(alternative, c)
            parts |= first
            nullable = nullable or empty
        return parts, nullable
    if op is c.SUBPATTERN:
        return _first_of_sequence(arg[-1], c)
    if op in (c.MAX_REPEAT, c.MIN_REPEAT, getattr(c, "POSSESSIVE_REPEAT", None)):
        first, empty = _first_of_sequence(arg[2], c)
        return first, empty or arg[0] == 0
    if op in (c.AT, c.ASSERT, c.ASSERT_NOT):
        return set(), True  # zero width: the next item decides
    raise _Unknown(op)


# Classes such as \d spelt out as themselves inside a leading class.
_CATEGORIES: Final = {"CATEGORY_DIGIT": r"\d", "CATEGORY_NOT_DIGIT": r"\D", "CATEGORY_SPACE": r"\s",
               "CATEGORY_NOT_SPACE": r"\S", "CATEGORY_WORD": r"\w", "CATEGORY_NOT_WORD": r"\W"}


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
