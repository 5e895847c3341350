"""Short Korean titles for event mentions, built from the clause a date governs."""
from __future__ import annotations

import re
from typing import Final

from . import actors as actors_mod
from .temporal import lexicon
from .text import MINUTES_LABEL, remember

_ENDINGS: Final = re.compile(
    r"(?:하였다|했다고|했다며|했다|했고|했으며|했지만|하기로|한다고|한다|하며|하고|하는|할|한|해|하면서|"
    r"되었다|됐다고|됐다|됐고|됐으며|된다|되며|되고|되는|될|된|돼|시켰다|받았다|받는다|받은|받을|"
    r"졌다|진다|진|열었다|열린|연다|열릴|밝혔다|말했다|강조했다|설명했다|이다|였다|이었다|"
    r"했습니다|합니다|하겠습니다|됐습니다|되었습니다|됩니다|받았습니다|받습니다|밝혔습니다|말했습니다)$"  # (a broadcast's and a letter's)
)
# What is left of a date's word after the date itself (15일까지, 8월 초에): not title material.
_DATE_REST: Final = frozenset("까지 부터 에 에서 에는 에도 께 쯤 경 중 중에 말 초 안에 내 이내 로 으로 의 은 는 이 가 을 를 과 와 자로 부로 에야 에나 부터는 까지는 엔 에선 엔가".split())
_PREDICATE_PLACEHOLDERS: Final = {"예정", "계획", "방침", "것", "전망"}
_QUOTATIVE: Final = re.compile(r"(?<=다)[고며]$")  # 연다고 -> 연다
TITLE_LIMIT: Final = 60
_PLACEHOLDER_WORDS: Final = _PREDICATE_PLACEHOLDERS | {"예정이다", "계획이다", "방침이다"}
_DIGIT: Final = re.compile(r"\d")
# (a year of two or four digits: 1년, 100년 are counts of years, 지 꼭 1년)
_DATE_WORD: Final = re.compile(r"(?:(?:\d{4}|\d\d)년|\d{1,2}(?:월|일|시|분))(?:까지|부터|에|께|쯤|에는|의|자로|자)?|\d{4}\.\d{1,2}\.\d{1,2}\.?"
                               r"|\d{1,2}/\d{1,2}(?:까지|부터|에|께|쯤|에는|의)?"  # (1/15: a month and day in a slash)
                               r"|\d{1,2}(?:일\([월화수목금토일]\)|\.\d{1,2}\.)(?:까지|부터|에|께|쯤|에는|의|와|과)?")  # (12일(목)까지, 2.13.와)
_COPULAS: Final = frozenset(("이다", "이었다", "였다", "입니다", "이었습니다", "였습니다", "이었고", "였고", "이며"))
_NOMINALIZERS: Final = frozenset(("것은", "건", "것이", "곳은", "때는", "시점은", "날은"))
TITLE_WORDS_BEFORE_COPULA: Final = 7
_ANSWER_MARKS: Final = frozenset(("A", "답"))
_ANSWER_OPENINGS: Final = ("A.", "A:", "A)", "답)", "답:")
_NEXT_DATED_ITEM: Final = re.compile(r"[▲△]\s*\d")
_BEFORE_DATE: Final = frozenset(("오는", "지난", "오후", "오전"))  # (words that lead into a date: 오는 23일, 오후 2시)


def _without_dates(words: list[str]) -> list[str]:
    """The words without the dates among them, the words that lead into a date (오는 23일, 오후 2시 30분) and
    those that place a time within it (3월 초, 6월 말)."""
    kept: list[str] = []
    dated = False
    for word in words:
        if word in _TIME_WORDS or word[:1].isdigit() and _DATE_WORD.fullmatch(word):
            while kept and kept[-1] in _BEFORE_DATE:
                kept.pop()
            dated = True
        elif not (dated and word in _DATE_REST):
            kept.append(word)
            dated = False
    return kept


# The time lexicon's kinds of words that are a time on their own (올해, 지난달, 이날, 상반기), and one that is also a name.
_TIME_CATEGORIES: Final = ("year_rel", "month_rel", "week_rel", "day_rel", "day_anaphor", "year_word")
_NOT_TIME_ALONE: Final = ("모레",)  # (모레 the company)


def _time_words() -> frozenset[str]:
    """The one-word times of the lexicon with each particle a title keeps off (올해, 연내에). (A function: mypyc
    types no comprehension at a module's top.)"""
    table = lexicon.words()
    stems = [word for category in _TIME_CATEGORIES for word in table[category]
             if " " not in word and len(word) > 1 and word not in _NOT_TIME_ALONE]
    return frozenset(f"{word}{particle}" for word in stems for particle in ("", "에", "에는", "은", "는", "의", "부터", "까지", "도"))


_TIME_WORDS: Final = _time_words()


def _title_word(word: str) -> str:
    """A word of a title before its predicate: without its particle (numbers and short words kept)."""
    if word in _TITLE_WORDS:  # words recur across articles
        return _TITLE_WORDS[word]
    stem = (actors_mod.strip_particle(word) if len(word) > 2 and not _DIGIT.search(word)
            and not word.endswith(_NOUNS_ENDING_AS_PARTICLES) and not word.endswith(_VERBS_BEFORE_NOUNS) else word)
    return remember(_TITLE_WORDS, word, stem)


_VERBS_BEFORE_NOUNS: Final = ("하는", "되는", "받는", "있는", "없는", "시키는")  # (추진하는 사업: no particle 는 to take off)


# Nouns whose last syllable is also a particle: a word ending in one keeps it (단계평가, 전문가, 평가결과, 운영회의).
_NOUNS_ENDING_AS_PARTICLES: Final = tuple(
    "평가 전문가 국가 대가 주가 단가 작가 증가 추가 참가 인가 결과 성과 효과 통과 초과 부과 학과 정도 제도 속도 "
    "한도 의도 시도 지도 강도 회의 협의 논의 합의 정의 건의 문의 심의 경로 진로 예측 관측 차이 길이 나이".split())


_TITLE_WORDS: dict[str, str] = {}


def _as_noun(predicate: str) -> str:
    """A predicate as a noun (개최했다고 -> 개최), when two syllables or more stay."""
    if predicate in _NOUNS:  # predicates recur across articles
        return _NOUNS[predicate]
    told = _QUOTATIVE.sub("", predicate)
    stem = _ENDINGS.sub("", told)
    return remember(_NOUNS, predicate, stem if len(stem) >= 2 else told)


_NOUNS: dict[str, str] = {}


def _clean_words(text: str) -> list[str]:
    """The words of a text without quotes, brackets and punctuation around them; a quotation's
    closing mark and the particle glued to it go too (`것"이라고` -> `것`)."""
    if "*" in text:
        text = text.replace("*", "")  # (markdown's **bold**, a footnote's mark)
    if "\"" in text or "”" in text or "’" in text or "'" in text:
        text = _QUOTE_TAIL.sub("", text)
    words = [_balanced(word.strip(_TITLE_STRIP)) for word in text.split()]
    return [word for word in words if word] if "" in words else words


def _balanced(word: str) -> str:
    """A word without the half of a bracket a cut left in it (`LG AI연구원(가나다` -> `LG AI연구원`, `순)` -> `순`)."""
    if "(" in word and ")" not in word:
        return word.split("(", 1)[0] or word.replace("(", "")
    if ")" in word and "(" not in word:
        head, _, tail = word.partition(")")
        # (8월(정예팀 선정)을: the particle is the word's before the bracket, whatever the sound of the bracket's last one)
        return head if tail in _PARTICLES else (head + tail).replace(")", "")
    return word


_PARTICLES: Final = frozenset(actors_mod.PARTICLES)


_NAME_QUOTES: Final = "'‘"
# (and the marks a release's items open with: □ …, ○ …; a newsletter's: ✅ …, 📌 …)
_TITLE_STRIP: Final = "\"'“”‘’()[]·,.:：=-–—•/□■○●◇◆ㅇ※▶▷→⇒✅☑✔📌📍🔹🔸💡📢"
_QUOTE_TAIL: Final = re.compile(r"(?<=[가-힣A-Za-z0-9.!?%])[\"”’'](?=[가-힣])\S*")  # after a word: a closing mark


def make_title(text: str, title_from: int = 0, limit: int = TITLE_LIMIT) -> str:
    """A short Korean title from the clause: its words after the date (with the words before it
    when those are too few), particles dropped, the predicate as a noun (`... 발표회 개최`). A title
    too long loses words at its front, so it is built from the end."""
    if text[:1] in "○◯" and (label := MINUTES_LABEL.match(text)) is not None and label.group("role"):
        text, title_from = text[label.end():], max(0, title_from - label.end())  # (○A부제2차관 홍길동 …: who speaks, no title)
    rest = text[title_from:]
    if "▲" in rest or "△" in rest:  # (▲1월 중순 결과 발표 ▲1월 말 공모 공고: a dated item ends where the next begins)
        cut = _NEXT_DATED_ITEM.search(rest, 1)
        rest = rest[:cut.start()] if cut and rest[:cut.start()].strip() else rest
    after = _clean_words(rest)
    if after and (after[0] in _DATE_REST or after[0] in _ANSWER_MARKS and rest.lstrip().startswith(_ANSWER_OPENINGS)):
        after = after[1:]  # (15일까지 …; A. 2월 안에 발표하겠다: an interview's answer mark)
    if title_from and after and after[-1] in _COPULAS and all(word in _COPULAS for word in after):
        # A가 탈락한 것은 15일이다: what the date is the day of, before it, is the title (A 탈락)
        told = [word for word in _clean_words(text[:title_from]) if word not in _NOMINALIZERS]
        after = told[-TITLE_WORDS_BEFORE_COPULA:]
    if len(after) < 3 and title_from:
        before = text[:title_from]
        item = max(before.rfind("▲"), before.rfind("△"))  # (… ▲8월 2차 단계평가: not the item before it)
        added = _clean_words(before[item + 1:])[-4:]
        if added and added[0] in _ANSWER_MARKS and before.lstrip().startswith(_ANSWER_OPENINGS):
            added = added[1:]
        after = added + after
    after = _without_dates(after)  # (공모 오는 23일 시작 -> 공모 시작: the date is the event's, not its title's)
    if len(after) >= 3 and after[-2] == "바" and after[-1].startswith(("있", "없")):
        after = after[:-2]  # (B를 내놓은 바 있다: the verb before 바 is the predicate)
    if not after:
        return ""
    # The predicate (and the word before a placeholder such as 예정) becomes a noun; a placeholder
    # after other words is dropped (발표할 예정이다 -> 발표).
    tail_start = len(after) - 2 if len(after) >= 2 and after[-1] in _PLACEHOLDER_WORDS else len(after) - 1
    words: list[str] = []
    for index in range(tail_start, len(after)):
        word = _as_noun(after[index])
        if word.rstrip("다이") in _PREDICATE_PLACEHOLDERS and index > 0:
            break
        words.append(word)
    # (a name in single quotes keeps its last syllable, particle or not: '카나나 3'를 -> 카나나 3; the first word of
    # speech in double quotes does not: "정예팀들이 … -> 정예팀들)
    # (the whole clause's: words before the date may fill a short title, '카나나 2 미니'를 2일 공개했다; and the first word
    # of the rest, which may begin mid-word right after the date: '8월 4일'이기에)
    opened = {word.strip(_TITLE_STRIP) for word in (*text.split(), *rest.split()) if word[:1] in _NAME_QUOTES} if (
        "'" in text or "‘" in text) else set()
    front = [word if word in opened else _title_word(word) for word in after[:tail_start]]
    title = " ".join(front + words)
    if len(title) <= limit:
        return title
    length = len(" ".join(words)) if words else -1  # -1: no space before a first word
    kept = 0
    for word in reversed(front):
        if length + 1 + len(word) > limit:
            break
        length += 1 + len(word)
        kept += 1
    title = " ".join(front[len(front) - kept:] + words)
    while len(title) > limit and " " in title:
        title = title.split(" ", 1)[1]
    return title[:limit]
