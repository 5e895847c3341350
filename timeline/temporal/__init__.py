"""Korean temporal tagger: find dates, times, durations and sets and normalize them to TIMEX3.

`tag(text, anchor)` scans with the grammar (data in `data/`), then resolves each expression
against the anchor (publication time), the clause's tense, and for anaphora (`이날`, `전날`) the
date the narrative is about.
"""
from __future__ import annotations

import bisect
import re
from collections.abc import Callable, Iterator, Mapping
from dataclasses import replace
from datetime import date, datetime, timedelta
from functools import cache
from typing import Any, Final

from ..records import Timex
from ..text import (GATHERING_FULL_NAMES, GATHERINGS, HEARINGS, QUOTATIVE, STAMP_LINES, hangul_word_before, hidden_spans, holds_any, inside_quotation, quotation_opening,
                    remember)
from . import grammar
from .lexicon import alternation, lookup, syllables_with_final, tense_patterns, words
from .values import SEASON_FIRST_MONTH, YEAR_SUBDIVISIONS, granularity, holiday_date, month_length, span, value_range

PART_BEGUN_SOON: Final = timedelta(days=31)
EARLY_DAYS: Final = 10  # the first days of a month, when the press calls it 이달 and a bare month told gone by is last year's

__all__ = ["Timex", "tag", "direction_after", "without_quotes", "value_range", "span", "granularity", "counted_from", "DAY_LABEL",
           "ORIGINALLY_WORD", "VISITED_AHEAD", "passed_since"]

# The class comes first in the pattern so that the regex engine can skip ahead to candidates.
_SENTENCE_END: Final = re.compile(r"[.!?\n](?:(?<=\n)|(?<=[가-힣\"'”’)][.!?])(?!\d))")
_RANGE_GAP: Final = re.compile(r"\s*(?:부터|에서)?\s*(?:[~∼\-–—]|부터)?\s*")
# Where the clause a date belongs to ends: quotative and tensed connective endings (다며 다고 라며
# 라고, 했고 됐으며, 지만, 는데), written first-syllable-first so that a search skips ahead fast.
_CLAUSE_STOP: Final = re.compile(r"[다라했됐었였지는](?:(?<=[다라])[며고]|(?<=[했됐었였])(?:고|으며)|(?<=지)만|(?<=는)데)(?=[\s,]|$)")
# A closing quotation mark: a curly one, or a straight one before a quotative particle ("...자리"라며).
_QUOTE_CLOSE: Final = re.compile(r"[”’]|[\"'](?=\s*(?:이?라(?:며|고|는)|고\s|며\s))")
_QUOTE_MARKS: Final = re.compile(r"[\"'“‘”’]")
_OPENING_QUOTE: Final = re.compile(r"(?:(?<=\s)|^)[\"“]")  # (a double quotation mark opening words, after a space)
_QUOTED: Final = re.compile(r"[\"“][^\"“”]{1,300}[\"”]|['‘][^'‘’]{1,300}['’]")
# A date right before a reporting verb is when something was said, not what the story is about.
_REPORTING: Final = re.compile(r"\S*\s+(?:밝혔|말했|전했|설명했|강조했|알렸|발표했|덧붙였|보도했|지적했|답했|주장했|언급했|확인했|공지했|"
                               r"비판했|꼬집었|반박했|해명했|당부했|토로했|예고했|약속했|공언했|공표했|물었|했(?=다|습니다))")  # (… 세우겠다고 했다, …이르다고 지적했다)
_ABLE_ADNOMINAL: Final = ("있는", "없는")  # (… 볼 수 있는 도구: a capability, told with no tense)
_ASIDE: Final = re.compile(r"\s*(?:앞서|당시|당초|애초|지난해|이에\s*앞서|한편)")
# A day of a step before the one a sentence tells, with no day of its own (20일 15% 오른 데 이어 상승세를 이어갔다): an aside.
_STEP_BEFORE_AFTER: Final = re.compile(r"[^.!?\n\"“”]{0,40}?[가-힣]\s데\s*(?:이어|이어서|뒤이어)[\s,]")
# A step the story's news went through, told after it (평가는 … 21일 위원회 심의를 거쳐 진행됐다): an aside, no day the story is on.
_GONE_THROUGH_AFTER: Final = re.compile(r"[^.!?\n\"“”]{0,40}?[을를]\s*거쳐\s")
# ... as are the days of a step's course told over, in order (평가는 지난 3일 제출을 시작으로 4일부터 6일까지 발표평가, 이후
# 검증 순으로 진행됐다): a recap, no day the story is on.
_COURSE_RECOUNTED_AFTER: Final = re.compile(r"[^.!?\n\"“”]{0,120}?(?:[을를]\s*시작으로|순(?:서)?으로)\s[^.!?\n\"“”]{0,60}?"
                                            r"(?:진행|치러|이뤄)(?:됐|졌|되었)")
# ... nor is a day something is counted since (지난 22일 이후 6% 넘게 올랐다), where a span begins.
_COUNTED_SINCE_AFTER: Final = re.compile(r"\s*(?:이후|이래)\s")
# A gathering as a sentence's topic (설명회는 오후 2시부터 …): the time of day it tells is the gathering's day.
_EVENT_TOPIC_OPENING: Final = re.compile(r"\s*(?P<noun>[가-힣]{2,})(?:은|는)\s")
# A schedule or an order made known on a day (발표 순서를 17일 공개했다, 세부 일정을 3일 안내했다): the day of a telling,
# as of a reporting verb's, not the day the story is on.
_SCHEDULE_TOLD_BEFORE: Final = re.compile(r"(?:일정|순서|시간표|명단|진행\s*방식)(?:을|를)\s+$")
_SCHEDULE_TOLD_AFTER: Final = re.compile(r"\s*(?:공개|공지|안내|예고)했")
SCHEDULE_TOLD_REACH: Final = 8  # characters before a day where the schedule it tells stands
# A day of the cause a sentence explains its news by (이번 공모는 15일 평가에서 두 팀이 빠지면서 생긴 자리를 채우기 위한
# 것이다): background, no day the story is on.
_EXPLAINED_AFTER: Final = re.compile(r"[^.!?\n\"“”]{0,80}?(?:위한|때문|따른|비롯된)\s*(?:것|조치)(?:이다|입니다)[.]?")
# 당초 right before a date: the time a plan was once set for (당초 8월 중순으로 잡았던 공개).
ORIGINALLY_WORD: Final[str] = r"(?<![가-힣])(?:당초|애초|원래|애당초)(?:에는|엔|는)?\s"  # (당초, 애초에는: a plan as it was)
ORIGINALLY_BEFORE: Final = re.compile(ORIGINALLY_WORD + r"\s*['‘\"“]?$")  # (right before a date: 당초 '12월 중순 …')
ORIGINALLY_REACH: Final = 8  # characters before a date where 당초 may stand
# A verb's present or future adnominal, ending a relative clause of what is to come (4일부터 진행되는 평가의).
_AHEAD_ADNOMINALS: Final = ("되는", "하는", "리는", "지는", "될", "할", "릴", "질")
_GLUED_PARTICLE: Final = re.compile(r"(?:부터|까지|에는|에)(?=\s)")  # (a day's particle: 4일부터)
# A topic of what comes next before a date with no tense of its own (다음 시험대는, 차기 관문은, 향후 일정은).
_NEXT_WORDS: Final = ("다음", "차기", "향후")  # (a quick test before _NEXT_TOPIC)
NEXT_TOPIC_REACH: Final = 30
_NEXT_TOPIC: Final = re.compile(r"(?:다음|차기|향후)\s?[가-힣]{1,6}(?:은|는)\s")
# The name of a span's occasion between a day and its place in the span (1일 최종 발표회 둘째 날): nouns, no particle.
_DAY_THEN_ITS_PLACE: Final = re.compile(r"(?:\s+[^\s,.]*[^\s,.은는이가을를에도서고며다]){1,3}\s+")
# A day told as coming after the story's day (이틀 뒤인 17일, 다음 날인 16일): counted from that day.
_AFTER_NARRATIVE: Final = re.compile(r"(?:뒤|후|만|다음\s*날|이튿날)인\s*$")
_RIGHT_AFTER_IT: Final = re.compile(r"\s*(?:직후|이후|뒤|후|다음\s*날|이튿날)인\s*")  # (설 연휴 직후인 19일: the day told right before)
# A day something begins on (평가가 다음 주 월요일 시작된다, 30일 막을 올리는): the first day of the span it opens
_BEGINS_ON: Final = re.compile(r"(?:부터|에)?\s*(?:시작[되된돼됐될하한해했할]|개막|막을\s*올[리린려렸릴]|막이\s*(?:오[르른를]|올랐)|돌입)")
_WITHIN_AFTER: Final = re.compile(r"\s*(?:내|안|중)(?:에|으로|로)?\s")  # (상반기 내, 3월 안에, 2분기 중)
_MONTH_FRAME_AFTER: Final = re.compile(r"(?:의|은|는)\s")  # (1월의 충격, 8월은: a month as what a story is set in)
_EFFECTIVE_AS_OF: Final = re.compile(r"\s?(?:자로|자로서|자\s로|부로)\s")  # (a day something takes effect as of)
_MONTH_AS_PREDICATE: Final = re.compile(r"(?:이었|였|이)다[.\s]")  # (판이 흔들린 것은 올해 1월이었다: the same, said)
_MONTH_BEFORE_IT: Final = ("전달인", "전 달인", "지난달인", "앞달인")  # (… 26일 마쳤다. 1차 물량은 전달인 10월 들어갔다)
_NEXT_TO_EVENT: Final = re.compile(r"[가-힣]\s*(?:직후|직전|이후|이전|무렵|즈음)인\s*$")  # (탈락 직후인 1월 하순)
CLAUSE_LIMIT: Final = 160
_ORIGINALLY: Final = ("당초", "애초", "원래", "본래")  # right before a day (당초 15일): a plan as it was
# A day reported wrongly (27일로 보도했으나, 28일이 맞아 ...): no day of anything, on either side of publication.
CORRECTED_FROM: Final[re.Pattern[str]] = re.compile(r"['’\"”]?(?:으로|로)\s*(?:잘못\s*)?(?:(?:보도|표기|게재|안내|소개|기재|표시)(?:했|됐)|적었|썼)"
                                   r"(?:으나|는데|지만|기에)"
                                   # (… 11월 30일 제출했다고 보도했으나: the act told on it, then the report of it)
                                   r"|['’\"”]?(?:에|에는)?\s+(?:[^\s.,]+\s+){0,2}?[^\s.,]*다고\s+(?:잘못\s+)?(?:보도|표기|게재|안내|소개|기재)(?:했|됐)"
                                   r"(?:으나|는데|지만)")
# After an event's word (and one more noun), its day told as the topic (결과 발표는 18일이다, 시상식은 오는 11일이다).
_DAY_AS_TOPIC_TOLD: Final = re.compile(r"(?:\s*[가-힣]{1,4})?(?:은|는)\s+(?:오는\s+)?(?:(\d{1,2})월\s*)?(\d{1,2})일")
# The day that corrects one reported wrongly (28일이 맞아, '12일'로 바로잡습니다, 시작일은 '4일'이기에 바로잡습니다).
CORRECTED_TO: Final = re.compile(r"['’\"”]?(?:[이가]\s*맞(?:아|습니다|기에|으므로)|(?:으로|로|이기에|이므로|이어서|임에\s*따라)\s*바로잡)")
_SET_FOR_IT: Final = re.compile(r"(?:으로|로)\s*(?:잡혀\s*있|예정돼\s*있|예정되어\s*있|정해져\s*있|잡혔|예정됐|예정되었|예정했|계획했"
                                r"|계획됐|정했|예정이었|예정이)던\s")  # (right after a day: 9일로 잡혀 있던 발표회)
# A plan as it was, told after its month (1월 초 발표할 계획이었지만, 1월 중순 공고할 예정이었으나).
_PLAN_THAT_WAS: Final = re.compile(r"(?:계획|예정|방침)(?:이었|였|이던)")
PLAN_THAT_WAS_REACH: Final = 20
# A day a schedule moved to (23일로 밀렸다, 15일로 연기됐다).
# Words that may stand between a day and the move to it (22일로 며칠 늦춰졌다, 11월로 다시 미뤄졌다).
MOVE_ADVERBS: Final = r"(?:며칠|하루|이틀|사흘|나흘|닷새|일주일|한\s*주|다시|또|한\s*번\s*더|한\s*차례)"
_MOVED_TO: Final = re.compile(r"(?:으로|로)\s*(?:" + MOVE_ADVERBS + r"\s*)?(?:밀렸|밀린|연기됐|연기되|늦춰졌|늦춰지|미뤄졌|미뤄지|앞당겨졌|앞당겨지|변경됐|변경되|바뀌었|바뀐)")
# A date a schedule was moved to (8월 초로 미뤘다, 다음 달로 연기했다): the past tense is the moving's, not the date's
# (a move still to come, 3일로 연기한다, tells a date ahead).
_MOVED_ONTO: Final = re.compile(r"(?:으로|로)\s+(?:\S+\s+){0,1}?(?:미뤘|연기했|늦췄|앞당겼|옮겼|변경했|조정했"
                              r"|(?:미룬|연기한|늦춘|앞당긴|옮긴|변경한|조정한)(?!다)"
                              # (or set and told so: 발표 시점을 12월 하순으로 안내했다, 15일로 확정했다)
                              r"|정했|확정했|안내했|통보했|공지했|알렸|결정했|잡았|(?:정한|확정한|안내한|통보한|공지한|알린|결정한|잡은)(?!다))")
_MOVED_TODAY_VERB: Final = re.compile(r"(?:미뤘|연기했|늦췄|앞당겼|당겼|옮겼|변경했|조정했)")  # (a schedule moved, told so)
_PLANNED_DAY: Final = re.compile(r"예정일(?:은|이|인|로|을|도)?\s*$")  # (right before a date: 상장 예정일은 18일이다)
PLANNED_DAY_REACH: Final = 8
_COPULA_GLUED: Final = re.compile(r"(?:께|경|쯤|까지)?(?:이)?(?:다|며|고|입니다)[.,!?\"'”’]*")  # (9월께다., 9월이다., 29일까지이며,)
SPAN_DAY_REACH: Final = 12  # how far before a day its name in a span may stand (행사 첫날인 30일)
JOINED_DAYS_REACH: Final = 3  # how far apart two days told together may be to make a span (30일과 1일)
# (30일에는 …, 이날은 …: one day set against another; 22일이면 …: by then, whatever a relative clause after it tells)
_CONTRAST_TOPIC: Final = re.compile(r"(?:에는|엔|에선|에서는|은|는|이면|쯤이면|께면)[\s,]")
# A day told as all its sentence says, then a few words of the next before its 이날 (… 8월 4일이다. 정부는 이날).
_DAY_AS_ALL_TOLD: Final = re.compile(r"(?:이었|였|이)?다[.]\s+(?:[^\s.]+\s+){0,3}")
_SAME_AS_EVENT: Final = re.compile(r"(?<![가-힣])([가-힣]{2,4})(?:와|과)\s*$")  # (공고와) 같은 날
SAME_AS_REACH: Final = 8
_UNDER_WAY_SINCE: Final = re.compile(r"\s*(?:\S+\s+){0,2}?\S*?(?:진행\s*중|중인|중이|고\s*있)")  # (after 부터: under way since then)
_FROM_DAY: Final = re.compile(r"부터\s*")  # between a day and a count of days after it (20일부터 사흘간)
_ANSWERING: Final = re.compile(r"입장문|반박|반발|해명|유감을|이의\s*신청")  # (an answer to a decision: 입장문에서 반박했다)
_RESULTS_TOPIC: Final = re.compile(r"결과(?:는|가)\s")  # (결과는 전날 발표됐다: the outcome of a step, as the topic)
_SAID_IN_SENTENCE: Final = re.compile(r"[^.\n]*?[다라](?:고|며)\s")  # (… 열었다고 이날 밝혔다: the rest of the sentence is what was said)
_RUNS_FOR_AFTER: Final = re.compile(r"\s*(?:동안\s*)?(?:이어지는|이어진|열리는|열린|진행되는|진행된|계속되는|펼쳐지는)\s")
COUNT_SLACK: Final = timedelta(days=3)  # a day told after a count of days (28일 만인 20일) may be off by a day or two
TERM_REACH: Final = 16  # characters before a date where 기간 makes it a term's end (계약 기간은 내년 3월까지다)
CHRONICLE_SENTENCES: Final = 4  # sentence ends over which months told in order, in the past, keep the year before
STEP_SENTENCES: Final = 2  # sentence ends between a plan's later year told and a half or quarter told after it
REPORT_REACH: Final = 7  # days back a bare day told before a reported clause may be the day it was said
STORY_MOVED_ON: Final = timedelta(days=31)  # a later time told past the story's day by this much: the day is over
RANGE_GAP_LIMIT: Final = 16  # the longest gap between the ends of a range (` 부터 ~ `, spaces included)
SENTENCE_LOOKBACK: Final = 300  # characters searched back for the start of a date's sentence first
HOURS_AFTER_DAY_REACH: Final = 40  # characters after a day ahead within which a time alone on its line is of it
AFTERNOON_REACH: Final = 200  # characters after an afternoon's time within which a bare hour is of the afternoon too
# Nouns of order after a verb (공개한 뒤, 마친 후): what comes before or after, not when.
SEQUENCE_NOUNS: Final[tuple[str, ...]] = ("뒤", "후", "다음", "이후", "직후", "뒤에", "후에", "다음에", "이후에", "직후에",
                                              "뒤에도", "후에도", "이후에도", "뒤에는", "후에는", "이후에는")
NEXT_WORDS: Final = 4  # words after a date looked at for the adnominal verb of its clause
_COUNTERS_AFTER_ONE: Final = ("번", "달", "차례", "해", "주", "가지", "건", "마디", "걸음")  # (점검을 한 번 더: one, counting)
_COUNTING_WORDS: Final = frozenset(("두", "세", "네", "차례", "차례의", "번", "번의", "모두", "연달아", "잇달아", "각각"))
COUNTING_WORDS_REACH: Final = 3  # counting words after a date passed over on the way to its clause's verb (두 차례 … 모두)
WHEN_NOUN_EXTRA: Final = 2  # words further looked at past a noun's time (선발 때 고배를 마신)
_PREDICATE_LAST: Final = frozenset("다고며면")  # last syllables of predicates that are no adnominal
_DAY_ALONE: Final = re.compile(r"[0-9~∼～\-–.·\s]*일")  # (a schedule item's day, after its marks: 3~7일)
# Between two days of one list or one correction: 3일과 5일, 3일, 5일, 1일이 아니라 8일.
_DAY_LIST_GAP: Final = re.compile(r"\s*(?:,|·|과|와|및|또는|혹은|이나|(?:이|가)\s*아니(?:라|고))?\s*")
STEP_REACH: Final = 40  # characters between two days of one sentence's steps (8일 ... 거쳐 29일)
_LINE_DATED: Final = re.compile(r"\(\d{1,2}일[^()\n]{0,10}\)[ \t]*$", re.M)  # (… 모델 공개 (13일), … (12일 공지))
_WORD_AFTER_DATE: Final = re.compile(r"(?:로|으로|에|부터|까지)?\s+([가-힣]+)")  # (다음 달로 예정된: the verb)
_FORECAST_TOLD: Final = re.compile(r"(?:것으로|수\s*있다고)\s*(?:\S+\s+)?(?:내다봤|전망했|예상했|분석했|관측했|점쳤|봤)다")
# A plan said in the past (내놓겠다고 했다, 마칠 계획이라고 밝혔다): its time counts from the day it was said.
# (… 내놓겠다고 했다, "8월 초 진행한다"고 밝혔다: a plan said, in the future or the present told of what is ahead)
SAID_THEN: Final = re.compile(r"(?:겠다|계획이라|예정이라|방침이라|" + syllables_with_final(4, exclude="는인") + r"다)[\"”'’]?(?:고|며)\s+(?:\S+\s+)?"
                               r"(?:했|밝혔|말했|약속했|공언했|예고했|발표했|전했|설명했|강조했|공식화했|선언했)(?:다|었다|습니다)"
                               # (… 한 팀을 더 선발한다는 방침을 발표했다: a plan told as the noun it is, said that day)
                               r"|(?:겠|" + syllables_with_final(4, exclude="는인") + r")다는\s+(?:방침|계획|구상|방안|뜻)(?:을|를)\s+"
                               r"(?:\S+\s+)?(?:밝혔|발표했|내놨|공개했|전했|설명했|공식화했|확정했)(?:다|습니다)")
_PURPOSE: Final = re.compile(r"\S+\s+수\s+있(?:도록|게)|\S+도록")  # (내려받을 수 있도록, 쓰도록: what a clause is for)
_PER_YEAR: Final = re.compile(r"(?<![가-힣])연(?=\s*\d)")  # (연 500억원, 연 2회: a year's figure)
# the end of a reported clause, or of a quotation told (…공개하겠다"고 21일 밝혔다)
_TOLD_BETWEEN: Final = re.compile(QUOTATIVE + r"\s|[다라]면서\s|[\"'”’」』]\s*(?:이?라)?(?:고|며|면서)\s")
Groups = Callable[[str], Any]  # an expression's group text by name; None where the group took no part


# The header words of a table whose cells hold days (| 구분 | 일정 |): a month.day alone in a cell of another table is a
# figure (| 성장률 | 1.5 |).
_DAYS_HEADERS: Final = ("일정", "날짜", "일자", "기간", "시기", "일시", "날")


def _figure_in_a_cell(text: str, atom: grammar.Atom) -> bool:
    """Whether a month.day alone in a table's cell (| 3.27 |) stands in a table whose header names no days."""
    if atom.kind != "listdate" or not text.endswith("| ", 0, atom.start) or not _CELL_END.match(text, atom.end):
        return False
    line_start = text.rfind("\n", 0, atom.start) + 1
    while line_start > 0 and text.startswith("|", text.rfind("\n", 0, line_start - 1) + 1):
        line_start = text.rfind("\n", 0, line_start - 1) + 1  # up the table, to its header
    line_end = text.find("\n", line_start)
    return not holds_any(text[line_start:line_end if line_end >= 0 else len(text)], _DAYS_HEADERS)


_CELL_END: Final = re.compile(r"\.?\s*\|")


_DURING_IT: Final = ("기간 중 ", "기간 중에 ", "기간 동안 ", "기간인 ", "기간 가운데 ")  # (검증 기간 중 16일: a day of the span named)
DURING_REACH: Final = 8
_TWO_DAYS: Final = re.compile(r"\d{1,2}\s*·\s*\d{1,2}\s*일")  # (7·8일: two days of one month)
# The words of every day or every weekday before hours (평일 9~18시, 매일 오전 9시): no time of one day.
_EVERY_DAY_BEFORE: Final = re.compile(r"(?:매일|평일|주중|매주|휴일|공휴일)\s*(?:오전|오후)?\s*(?:\d{1,2}\s*(?:시\s*)?[~∼-]\s*)?$")
EVERY_DAY_REACH: Final = 12  # characters before the hours where the word may stand


# A name in single quotes ('AI 수요일', ‘봄날의 코드’): a show's or an event's title, whose time words are no time.
_QUOTED_TITLE: Final = re.compile(r"['‘]([^'’\"“”\n\d]{1,24})['’]")
_TITLE_TIME_WORD: Final = re.compile(r"[월화수목금토일]요일|봄|여름|가을|겨울|봄날|새벽|아침|저녁|한낮|밤")


def _in_quoted_title(text: str, start: int, end: int, titles: list[tuple[int, int]]) -> bool:
    """Whether a bare word of a day or a season stands inside a short name in single quotes with other words of its
    own ('AI 수요일' 48회, '봄날의 코드' 시사회: a title; but '다음 주'로 미뤘다, '다음 달 발표'라고: the time quoted)."""
    if not _TITLE_TIME_WORD.fullmatch(text, start, end):
        return False
    return any(first <= start and end <= last and any(c.isalpha() for c in text[first:start] + text[end:last])
               for first, last in titles)


def tag(text: str, anchor: date | datetime, names: Mapping[int, int] | None = None, opening_day: date | None = None) -> list[Timex]:
    """Every temporal expression in `text`, resolved against `anchor` (the publication time). `names`: where
    names found in the text start, and end; a time word that is one of them (모레, a company) is no time,
    nor one a later 이날 points back to. `opening_day`: the day the story is on before the text tells one (the
    day its headline names, [일지] 1월 15일(목): 이날 …)."""
    anchor_day = anchor.date() if isinstance(anchor, datetime) else anchor
    if not text:
        return []
    restated = "년)" in text or "해)" in text  # (a quick test: a restated year's bracket closes so)
    atoms = grammar.scan(_without_restated_years(text) if restated else text)
    if not atoms:
        return []
    hidden = hidden_spans(text)
    if hidden:
        atoms = [a for a in atoms if all(end <= a.start or a.end <= start for start, end in hidden)]
    if names:
        atoms = [a for a in atoms if names.get(a.start, -1) < a.end]
    if "| " in text:
        atoms = [a for a in atoms if not _figure_in_a_cell(text, a)]
    if ("'" in text or "‘" in text) and any(_TITLE_TIME_WORD.fullmatch(text, a.start, a.end) for a in atoms):
        titles = [m.span(1) for m in _QUOTED_TITLE.finditer(text)]
        atoms = [a for a in atoms if not _in_quoted_title(text, a.start, a.end, titles)]
    expressions = grammar.group(atoms, text)
    resolver = _Resolver(text, anchor_day)
    resolver.opening_day = opening_day
    timexes: list[Timex] = []
    index = 0
    while index < len(expressions):
        expression = expressions[index]
        partner = expressions[index + 1] if index + 1 < len(expressions) else None
        timex = None
        if partner is not None and _is_range(text, expression, partner):
            timex = resolver.range(expression, partner)
            if timex is not None:
                index += 1
        if timex is None:
            timex = resolver.single(expression, partner)
        if (timex is not None and all(atom.kind == "time" for atom in expression.atoms)
                and _EVERY_DAY_BEFORE.search(text, max(0, timex.start - EVERY_DAY_REACH), timex.start)):
            timex = None  # (문의는 평일 9~18시, 매일 오전 9시에 연다: hours kept every day, no time of any one)
        if (timex is not None and timex.end_value and "·" in timex.text
                and (two := _TWO_DAYS.search(timex.text)) is not None and two.end() == len(timex.text)):
            # (지난 7·8일 이틀간: two days, each its own, as 7일과 8일 are; not a span's start only; the first from its digits)
            dot, first = timex.start + timex.text.index("·"), timex.start + two.start()
            timexes.append(replace(timex, start=first, end=dot, text=text[first:dot], end_value=None))
            timex = replace(timex, start=dot + 1, text=text[dot + 1:timex.end], value=timex.end_value, end_value=None)
        if timex is not None:
            if timexes and text[timexes[-1].end:timex.start].strip() == "인":
                # 셋째 주인 15일, 월요일인 7일, 토요일과 일요일인 28~29일: the week or the weekdays only name the day's, the day
                # is the date
                named = 1
                while named < len(timexes) and text[timexes[-named - 1].end:timexes[-named].start].strip() in _JOINING_WORDS:
                    named += 1
                if all(_names_day_of(told, timex) for told in timexes[-named:]):
                    del timexes[-named:]
            elif (timexes and text.startswith(_HELD_AHEAD, timex.end) and _is_object_before(text, timexes[-1].end, timex.start)
                  and text[timexes[-1].end] != ")"):  # (상장 예정일(23일)을 하루 앞두고: the day a name's bracket gives is its own)
                # (크리스마스를 사흘 앞두고: one time, the day so many before the one named, which is no time of its own here)
                start = timexes.pop().start
                timex = replace(timex, start=start, text=text[start:timex.end])
            elif timexes and _told_exactly_after(text, timexes[-1], timex):
                timexes.pop()  # (그로부터 보름 남짓 지나 … 1월 15일 …: the exact day is the one time of the clause)
            elif timexes and timexes[-1].value == timex.value and _RESTATING.fullmatch(text, timexes[-1].end, timex.start):
                timexes.pop()  # (모레, 그러니까 8일부터: one day told twice, the second as it is told exactly)
            timexes.append(timex)
        index += 1
    if ("D" in text or "주" in text) and "(" in text:
        timexes = _labels_of_days_apart(text, timexes)
    if "당초" in text or "애초" in text or "원래" in text:
        timexes = _plans_near_their_outcome(text, timexes)
    if "월·" in text or "월," in text or "월)·" in text:
        timexes = _months_listed_together(text, timexes, anchor_day)
    if "까지" in text and len(timexes) > 1:
        timexes = _span_starts_before_its_end(text, timexes, anchor_day)
    if resolver.framing_ends:
        timexes = [t for t in timexes if t.end not in resolver.framing_ends]
    told_with_time = "차(" in text or "종(" in text or "평가(" in text or "심사(" in text  # (a quick test)
    return _steps_told_by_their_time(text, timexes) if told_with_time else timexes


# Between a day a span starts on and the day it runs until (8일 시작돼 10일까지, 8일 개막해 10일까지).
_STARTED_UNTIL: Final = re.compile(r"\s*(?:부터\s*)?(?:시작(?:돼|되어|해|하여|됐고|했고)|막을\s*올려|개막해|문을\s*열어)\s*$")


def _span_starts_before_its_end(text: str, timexes: list[Timex], anchor: date) -> list[Timex]:
    """Bare days a span is told to start on and run until, read ahead past the anchor (최종 평가는 8일 시작돼 10일까지
    이어진다, told on the 9th): the month that holds the anchor between them, a span under way."""
    found = list(timexes)
    for index, (start, end) in enumerate(zip(found, found[1:])):
        if not (len(start.value) == len(end.value) == 10 and start.text.rstrip("일").isdigit() and end.text.rstrip("일").isdigit()
                and text.startswith("까지", end.end) and start.value > anchor.isoformat()
                and _STARTED_UNTIL.fullmatch(text, start.end, end.start) is not None):
            continue
        begun, ends = (_month_before(date.fromisoformat(t.value)) for t in (start, end))
        if begun is not None and ends is not None and begun <= anchor <= ends:
            found[index] = replace(start, value=begun.isoformat(), direction="past")
            found[index + 1] = replace(end, value=ends.isoformat())
    return found


def _month_before(day: date) -> date | None:
    """The same day of the month before, if it has one."""
    year, month = (day.year, day.month - 1) if day.month > 1 else (day.year - 1, 12)
    try:
        return day.replace(year=year, month=month)
    except ValueError:
        return None


# A step told with its time in brackets (1차(1월), 최종 평가(12월)), and the step named again later (1차에서는, 최종
# 평가는): that time.
_STEP_WITH_ITS_TIME: Final = re.compile(r"(?<![\d가-힣])(?P<step>\d\s*차|최종)(?:\s*(?:평가|심사))?\s*\(")
_STEP_NAMED_AGAIN: Final = re.compile(r"(?<![\d가-힣])(?P<step>\d\s*차|최종)(?:\s*(?:평가|심사))?"
                                      r"(?=(?:에서는|에서도|에서|에는|엔|때|는|은|가|이|도)\s)")


def _steps_told_by_their_time(text: str, timexes: list[Timex]) -> list[Timex]:
    """With a time for each step named again after the bracket that told its time (… 1차(1월)·2차(8월)로 추렸다. 1차에서는
    A가, 2차에서는 B가 떨어졌다: January and August)."""
    told: dict[str, Timex] = {}
    for step in _STEP_WITH_ITS_TIME.finditer(text):
        timex = next((t for t in timexes if t.start == step.end() and text.startswith(")", t.end)), None)
        if timex is not None:
            told[step.group("step").replace(" ", "")] = timex
    if not told:
        return timexes
    named = []
    for step in _STEP_NAMED_AGAIN.finditer(text):
        timex = told.get(step.group("step").replace(" ", ""))
        stop = _SENTENCE_END.search(text, step.end())
        if (timex is not None and step.start() > timex.end
                # (not where the sentence tells the step's own time: 2차 평가는 8월 4~5일 열린다)
                and not any(step.start() < t.end and t.start < (stop.end() if stop else len(text)) for t in timexes)):
            named.append(replace(timex, start=step.start(), end=step.end(), text=step.group(),
                                 direction=direction_after(text, step.end())[0]))
    return sorted([*timexes, *named], key=lambda t: t.start) if named else timexes


def _plans_near_their_outcome(text: str, timexes: list[Timex]) -> list[Timex]:
    """A time a plan was first set for, told before what then came of it in the same sentence (당초 1월 초 발표할
    계획이었지만 1월 15일에야 내놨다, told in December): of the year that puts it nearest that outcome, not nearest now."""
    found = list(timexes)
    for index, (planned, outcome) in enumerate(zip(timexes, timexes[1:])):
        if (len(planned.value) < 7 or len(outcome.value) < 7 or not planned.value[:4].isdigit() or planned.value[:4] == outcome.value[:4]
                or planned.value[4] != "-" or not ORIGINALLY_BEFORE.search(text, max(0, planned.start - ORIGINALLY_REACH), planned.start)
                or _SENTENCE_END.search(text, planned.end, outcome.start)):
            continue
        told, then = value_range(planned.value.split("T")[0]), value_range(outcome.value.split("T")[0])
        if not told or not then:
            continue
        shift = int(outcome.value[:4]) - int(planned.value[:4])
        moved = str(int(planned.value[:4]) + shift) + planned.value[4:]
        moved_range = value_range(moved.split("T")[0])
        if moved_range and abs((moved_range[0] - then[0]).days) < abs((told[0] - then[0]).days):
            end = planned.end_value and str(int(planned.end_value[:4]) + shift) + planned.end_value[4:]
            found[index] = replace(planned, value=moved, end_value=end)
    return found


# Words that tell again what was just told, exactly (모레, 그러니까 8일).
RESTATING_WORDS: Final = r"(?:그러니까|즉|곧|다시\s*말해|말하자면)"
_RESTATING: Final = re.compile(rf"\s*,?\s*{RESTATING_WORDS}\s*,?\s*")
_COUNTDOWN: Final = re.compile(r"D\s*[-+]\s*\d{1,3}|D-?[Dd]ay")
_LABELED_DAY_AFTER: Final = re.compile(r"(?:\s*[~∼]\s*D\s*[-+]\s*\d{1,3})?\s*\(")  # (D-18(4일), D-10~D-4(12~18일))


def _labels_of_days_apart(text: str, timexes: list[Timex]) -> list[Timex]:
    """A countdown or a week with its days in brackets after it (▲D-18(4일) 요청, ▲D-10~D-4(12~18일) 검증, 지난
    주말(13~14일)) only labels those days: they are told once, by the bracket, not counted from the anchor."""
    kept = []
    for index, timex in enumerate(timexes):
        label = ((_COUNTDOWN.fullmatch(timex.text) or "-W" in timex.value) and _LABELED_DAY_AFTER.match(text, timex.end))
        if label and any(later.start == label.end() and len(later.value) >= 10 for later in timexes[index + 1:index + 3]):
            continue
        kept.append(timex)
    return kept


_LIST_JOINS: Final = ("·", ",", "ㆍ")
# Months each in brackets after a step's label, listed (1차(1월)·2차(8월)·최종(12월)): between two of them, and before the first.
_LABELLED_JOIN: Final = re.compile(r"\)\s*[·,ㆍ]\s*[^\s()·,]{1,6}\s*\(")
_LABELLED_FIRST: Final = re.compile(r"[^\s()·,]{1,6}\s*\($")
LABEL_REACH: Final = 8  # characters before a month where its label and bracket may stand


def _months_listed_together(text: str, timexes: list[Timex], anchor: date) -> list[Timex]:
    """Months listed together with no tense (생존(1월·8월·12월)) are of one year: the one that puts the last of them nearest
    the anchor, in the order told (not each resolved forward from the one before)."""
    found = list(timexes)
    run: list[int] = []
    for index in range(len(found) + 1):
        timex = found[index] if index < len(found) else None
        # (… 1차(1월)·2차(8월)·최종(12월) 평가로 추렸다: months under steps' labels, told as done: of the year that ends
        # them by the anchor's month)
        labelled = (timex is not None and timex.direction == "past" and bool(run)
                    and _LABELLED_JOIN.fullmatch(text, found[run[-1]].end, timex.start) is not None)
        listed = (timex is not None and (timex.direction is None or timex.direction == "past" and (
            labelled or _LABELLED_FIRST.search(text, max(0, timex.start - LABEL_REACH), timex.start) is not None))
                  and _MONTH_VALUE.fullmatch(timex.value) is not None)
        if timex is not None and listed and (not run or labelled or text[found[run[-1]].end:timex.start].strip() in _LIST_JOINS):
            run.append(index)
            continue
        months = [int(found[i].value[5:]) for i in run]
        if len(run) >= 2 and months == sorted(months) and len(set(months)) == len(months):
            done = found[run[-1]].direction == "past"
            last = min((date(year, months[-1], 1) for year in (anchor.year - 1, anchor.year, anchor.year + 1)
                        if not done or date(year, months[-1], 1) <= anchor),
                       key=lambda first: abs((first - anchor.replace(day=1)).days))
            for i, month in zip(run, months):
                found[i] = replace(found[i], value=f"{last.year}-{month:02d}")
        run = [index] if listed else []
    return found


APPROX_RESTATED_DAYS: Final = 7  # how far the exact day told after an approximate one may lie from it


def _told_exactly_after(text: str, approximate: Timex, following: Timex) -> bool:
    """Whether an approximate day (그로부터 보름 남짓 지나) is told exactly later in its sentence (… 1월 15일 결과를 내놓자)."""
    if approximate.mod != "APPROX" or len(approximate.value) != 10 or len(following.value) < 10:
        return False
    if any(mark in text[approximate.end:following.start] for mark in ".!?\n"):
        return False
    try:
        apart = date.fromisoformat(following.value[:10]) - date.fromisoformat(approximate.value)
    except ValueError:
        return False
    return abs(apart.days) <= APPROX_RESTATED_DAYS


_JOINING_WORDS: Final = ("과", "와", "·", ",", "및")  # (토요일과 일요일, 30일과 1일: weekdays or days told together)


def _names_day_of(told: Timex, day: Timex) -> bool:
    """Whether a week or a weekday told before `day` (셋째 주인 15일, 월요일인 7일, 토요일과 일요일인 28~29일) only
    names it or a day of its span, whatever week the weekday was read in alone."""
    if "-W" in told.value and _in_week(day.value, told.value):
        return True
    if len(told.value) == 10 and day.value[:10] == told.value and not told.text.endswith(("만", "전", "뒤", "후", "째")):
        return True  # (개천절인 3일, 크리스마스이브인 24일: a holiday that names the day)
    covered = span(day.value[:10], day.end_value[:10] if day.end_value else None) if told.text.endswith("요일") else None
    if covered is None or (covered[1] - covered[0]).days >= 7:
        return False  # (not a count: 열흘 만인 12일 tells both)
    weekday = int(lookup("weekday", told.text[-3])) - 1
    return any((covered[0] + timedelta(days=step)).weekday() == weekday for step in range((covered[1] - covered[0]).days + 1))


def _in_week(day: str, week: str) -> bool:
    """Whether the day (2026-01-15) lies in the ISO week (2026-W03)."""
    if len(day) < 10 or not day[:10].replace("-", "").isdigit():
        return False
    iso = date.fromisoformat(day[:10]).isocalendar()
    return week[:8] == f"{iso[0]}-W{iso[1]:02d}"


def _without_restated_years(text: str) -> str:
    """The text with a year restated in brackets after its word blanked out (올해(2026년) 말, 2026년(올해) 12월), so
    that the word and what follows the brackets are read as one expression; offsets are kept."""
    return _RESTATED_YEAR.sub(lambda m: m.group("told") + " " * len(m.group("again")), text)


# (a year word or a year, then the same year again in brackets)
_RESTATED_YEAR: Final = re.compile(r"(?P<told>(?<![가-힣])(?:올해|내년|지난해|작년|금년|재작년|내후년)|(?<!\d)(?:19|20)\d{2}년)"
                                   r"(?P<again>\(\s*(?:(?:19|20)\d{2}\s*년?|올해|내년|지난해|작년|금년)\s*\))")


def _is_range(text: str, first: grammar.Expression, second: grammar.Expression) -> bool:
    if not 0 < second.start - first.end <= RANGE_GAP_LIMIT or not _RANGE_GAP.fullmatch(text, first.end, second.start):
        return False
    gap = text[first.end:second.start]
    if "부터" not in gap and (not re.search(r"[~∼\-–—]", gap) or "\n" in gap):
        return False  # (■ 2026년 3월 / - 2일 …: a heading and an item's mark, no range)
    if first.has("shortym") and second.has("shortym") and len(first.atoms) == len(second.atoms) == 1:
        return True  # ('28.3월 ~ '29.12월: a span of a year's months, each with its own year)
    return not (first.has(*grammar.ALONE) or second.has(*grammar.ALONE))


_WORD: Final = re.compile(r"\S+")


def without_quotes(text: str) -> str:
    """The text with each complete quotation blanked out (same length, so offsets hold)."""
    if '"' not in text and "“" not in text and "'" not in text and "‘" not in text:
        return text
    return _QUOTED.sub(lambda m: " " * len(m.group()), text)


_DETERMINERS: Final = frozenset({"한", "이", "그", "이번", "첫", "각", "새"})
_OCCASION_ENDINGS: Final = ("에서", "에서는", "에선", "에서도", "에는", "에도", "에", "때", "당시")  # (열린 발표회에서는)
DECIDED_TO: Final = ("기로", "키로")  # (발표하기로, 내놓기로, 공개키로 ...)
_DECIDED: Final = re.compile(r"(?:기로|키로)\s*(?:했|하였|하고|하며|하면서|결정|합의|정했)")  # (… 주기로 했다, 공개키로 합의했다)
_DECIDED_THEN: Final = frozenset({"했던", "하였던", "됐던", "되었던", "한", "된"})  # (... 했던 결과, ... 한 행사)


LOCAL_DAY_SLACK: Final = 2  # days a day told in local time abroad may lie before the publication's
# The nouns of outcomes that a headline tells as done (… 탈락(1월), … 합류(2월), … 확정(12월)).
_DONE_BEFORE_BRACKET: Final = re.compile(r"(?:탈락|합류|고배|선정|확정|출범|체결|통과|진출|공개|출시)$")


# A box's heading mark, and a heading of plans (■ 향후 계획, □ 향후 추진 일정, ▶ 앞으로의 일정): the times under it are ahead.
_HEADING_MARKS: Final = "■□▶◆◇●【["
_PLANS_HEADING: Final = re.compile(r"^.{1,3}(?:향후|앞으로의?|추진|남은)\s*(?:추진\s*)?(?:계획|일정)\S*$")


def headline_day(title: str, anchor: date | datetime) -> date | None:
    """The one day a headline names as the story's ([AI 일지] 1월 15일(목) — 첫 성적표), gone by or that day; else None."""
    if not _HEADLINE_DAY_LABEL.search(title):  # (a quick test first: most headlines are no day's label)
        return None
    anchor_day = anchor.date() if isinstance(anchor, datetime) else anchor
    days = [t for t in tag(title, anchor_day) if len(t.value) >= 10 and t.value[4] == "-" and t.end_value is None]
    if len(days) != 1:
        return None
    day = date.fromisoformat(days[0].value[:10])
    return day if day <= anchor_day else None


# A headline that labels its story by the day (… 1월 15일(목) —, [1.15] …): not a day of one event among others.
_HEADLINE_DAY_LABEL: Final = re.compile(r"(?:^|[\]】)\s])\s*(?:\d{1,2}월\s*\d{1,2}일|\d{1,2}\.\s*\d{1,2}\.?)\s*(?:\([월화수목금토일]\))?\s*(?:[—–\-:|]|$)")


def under_plans_heading(text: str, position: int) -> bool:
    """Whether `position` is in a box headed by its plans (■ 향후 계획, □ 추진 일정), no other heading or blank line since."""
    line_start = text.rfind("\n", 0, position) + 1
    while line_start > 0:
        line_start = text.rfind("\n", 0, line_start - 1) + 1
        line_end = text.find("\n", line_start)
        line = text[line_start:line_end if line_end >= 0 else len(text)].strip()
        if line[:1] in _HEADING_MARKS:
            return _PLANS_HEADING.search(line) is not None
        if not line:
            return False
    return False


def direction_after(text: str, end: int, next_date: grammar.Expression | None = None) -> tuple[str | None, str]:
    """(direction, scope) the clause after a date gives it: past/future/None and next/clause. The
    relative clause of the date after it (`next_date`) is that date's (이날 회의에서는 다음 달로 예정된 평가를 두고 질의가
    이어졌다: 예정된 tells nothing of 이날)."""
    if moved_from(text, end) or text.startswith(("로", "으로"), end) and _MOVED_ONTO.match(text, end):
        return None, "clause"  # the verb tells when the schedule was moved, not when this date is (from or to)
    limit = _clause_reach_end(text, end)
    if text.startswith("까지", end) and _DECIDED.search(text, end, limit):
        return "future", "clause"  # 연말까지 … 유예해 주기로 했다: the deadline a decision sets is still ahead
    rest = text[end:limit]
    if _QUOTE_MARKS.search(rest):
        if (opening := _OPENING_QUOTE.search(rest)) is not None and not _QUOTE_CLOSE.search(rest, opening.end()):
            # (28일 간담회에서 "… 갈 수 있을지 몰랐다. … 내놓겠다"고 말했다: words quoted past the sentence's end are another's;
            # the verb after their close tells the date's time)
            closing = _QUOTE_CLOSE.search(text, end + opening.end())
            after = text[closing.end():_clause_reach_end(text, closing.end())] if closing is not None else ""
            rest = rest[:opening.start()] + after
        close = _QUOTE_CLOSE.search(rest)
        if close and not _QUOTE_MARKS.search(rest, 0, close.start()):
            rest = rest[:close.start()]  # the date stands inside a quotation: its clause ends with it
        # (what someone said has its own tense; its words still count as words: 20일부터 '독자 AI 파운데이션 모델' 프로젝트에
        # 참여할 팀을 공모한다 is the call's present, 참여할 too far from the date to make it a relative clause's)
        rest = _QUOTED.sub(lambda quoted: _WORD.sub(lambda word: "·" * len(word.group()), quoted.group()), rest)
    if next_date is not None and (text[end:next_date.start].isspace() or _TOPIC_BETWEEN_DAYS.fullmatch(text, end, next_date.start)) \
            and _reported_after(text, next_date.end):
        # (같은 날 15일부터 평가위원회를 연다고 확인했다: of two times side by side, the first is the telling's; so with the
        # teller between them, 금요일 A는 다음 주 화요일 설명회를 연다고 예고했다)
        return "past", "clause"
    if next_date is not None and next_date.start - end < len(rest) and not _DAY_LIST_GAP.fullmatch(text, end, next_date.start):
        verb = _WORD_AFTER_DATE.match(text, next_date.end)
        if verb is not None and verb.end() - end <= len(rest) and _next_word_direction(verb.group(1)):
            start = next_date.start - end
            rest = rest[:start] + " " * (verb.end() - next_date.start) + rest[verb.end() - end:]
    if "다는" in rest:  # (2일 A가 빠진다는 소문을 부인했다: what is claimed has its own tense; the verb after it tells)
        rest = _CLAIMED_VERB.sub(lambda claimed: "·" * len(claimed.group()), rest)
    stop_at = _CLAUSE_STOP.search(rest)
    if stop_at:
        rest = rest[:stop_at.end()]
    if "연 " in rest:  # (이 기간 팀당 연 500억원을 지원받는다: 연 before a figure is a year's, not a verb's 'held')
        rest = _PER_YEAR.sub("·", rest)
    if "도록" in rest or " 있게" in rest:  # (누구나 내려받을 수 있도록 공개했다: a purpose tells no time, the verb it serves does)
        rest = _PURPOSE.sub(" ", rest)
    # The words after the date's own up to its verb: an adnominal one puts the date in a relative
    # clause of that tense (8월 2차 평가에서 탈락한 팀: past, whatever the sentence's own tense).
    # (Only the next word's makes the date a relative clause's, never the story's day: 30일 서울에서
    # 열린 발표회에서는 ... 이날 is the 30th.)
    words = rest.split(None, NEXT_WORDS + 1 + COUNTING_WORDS_REACH)
    if words and not rest[:1].isspace() and _COPULA_GLUED.fullmatch(words[0]):
        return "present", "next"  # 최종 선정은 9월께다: a time told as what a plan is set for
    previous = ""
    # (22일에는 선정된 팀과 협약을 맺는다: a date told as the topic is no relative clause's; the clause decides)
    following = [] if _CONTRAST_TOPIC.match(text, end) else words[0 if rest[:1].isspace() else 1:]
    skip = 0
    # (지난해 정예팀 선발 때 고배를 마신 A: a noun's time, 때, then the verb of the clause the date is of, a little further)
    reach = NEXT_WORDS + WHEN_NOUN_EXTRA if any(w in ("때", "당시") for w in following[1:NEXT_WORDS]) else NEXT_WORDS
    # (1월과 8월 두 차례 평가에서 모두 1위를 한 A: words that count the times or sum them up stand in no clause's way)
    reach += min(COUNTING_WORDS_REACH, sum(1 for w in following[:reach + COUNTING_WORDS_REACH] if w in _COUNTING_WORDS))
    for index, word in enumerate(following[:reach]):
        if skip:
            skip -= 1
            continue
        bare = word.rstrip(".,!?\"'”’)")
        if index + 2 < len(following) and following[index + 1] == "수" and following[index + 2] in _ABLE_ADNOMINAL:
            skip = 2  # (10일 이를 돌려 볼 수 있는 도구를 배포했다: what a thing lets one do, no tense of the date's)
            previous = bare
            continue
        # (alone, 한 is the numeral: 8월 한 달 동안; further on, a word in -한 is a verb only after its
        # object, 협약을 체결한, and may be an adjective elsewhere, 서울대와도 비슷한)
        if (bare.endswith(DECIDED_TO) and index + 1 < len(following)
                and following[index + 1].rstrip(".,") in _DECIDED_THEN):
            return "future", "clause" if index else "next"  # 이번 주 내놓기로 했던 결과: a plan that was, not a past day
        # (1위를 한 A: 하다 after its object, not the numeral of 점검을 한 번 더, 8월 한 달)
        done_with_object = (bare == "한" and bool(index) and previous[-1:] in ("을", "를")
                            and not (index + 1 < len(following) and following[index + 1].startswith(_COUNTERS_AFTER_ONE)))
        if bare and (bare != "한" or done_with_object) and not (index and bare[-1] == "한" and previous[-1:] not in ("을", "를")
                                                                and bare[:-1] not in intransitive_verbs()):
            direction = "past" if done_with_object else _next_word_direction(bare)
            if (direction is None and text[end - 1] in "중내" and bare.endswith("는") and not bare.endswith(("다는", "때는"))
                    and index + 1 < len(following) and any(w.endswith(("을", "를")) for w in following[:index])):
                # (상반기 중 한 팀을 더 뽑는 공모: a verb after its object, not a topic, modifies the noun; a time within which
                # a thing is done is that verb's, not the main clause's, as 7일 … 낮추는 계약에 서명했다 is)
                direction = "present"
            if direction == "future" and [w[:2] for w in following[index + 1:index + 3]] == ["수", "있었"]:
                direction = "past"  # 8월 평가에서 1위를 할 수 있었던 비결: what one could do then, done
            if direction and index + 1 < len(following) and (following[index + 1].rstrip(".,") in SEQUENCE_NOUNS
                                                             or following[index + 1].startswith("때")):
                break  # 3일 모델을 공개한 뒤 10일 ... 연다, 지난 2월 합류할 때부터: a verb before 뒤 or 때 tells no time
            if direction == "past" and (index and text.startswith("까지", end) or text[end - 1] in "중내"):
                # 6월까지 두 배로 늘린 모델을 완성한다, 하반기 중 크기를 두 배로 늘린 모델을 내놓는다: a deadline's or a
                # period's relative clause, done by then or within it (the clause decides); so right after the period, 이달 중
                # 선정된 팀과 협약을 맺는다
                break
            if direction == "future" and index and _TOLD_PAST.search(text, max(0, end - PAST_WORD_REACH), end):
                previous = bare  # (작년 6월에 이 일을 함께할 회사들을 찾기 시작했다: what they will do is not of a day gone)
                continue
            if direction:
                # (지난 15일 평가에서 탈락한 A와 B도 ...: a past relative clause of whoever it tells of, not the story's day;
                # but 30일 서울에서 열린 발표회에서는: the occasion of the story's day)
                head = [w.rstrip(".,") for w in following[index + 1:index + 3]]
                if head and head[0] in _DETERMINERS:
                    head = head[1:]  # (열린 한 포럼에서: the noun after the determiner)
                own = index and not (direction == "past" and head and not head[0].endswith(_OCCASION_ENDINGS))
                return (None if direction == "none" else direction), "clause" if own else "next"
        if bare != word or not bare or bare[-1] in _PREDICATE_LAST:
            break  # past punctuation, or a predicate of another form (선정하고, 발표했다): the clause decides
        previous = bare
    direction = tense_patterns()[1].search(rest)
    return (None if direction in (None, "none") else direction), "clause"


_DECIDED_AHEAD: Final = re.compile(r"[^.!?\n]{0,40}?기로\s*(?:했|하였|결정했|합의했)")  # (… 이어가기로 했다)
# ... as told by the decided ending (_DECIDED), or heralded, promised, its way chosen (… 발표하기로 가닥을 잡았다, 15일
# 공개를 예고했다)
_SET_AHEAD: Final = re.compile(rf"[^.!?\n]{{0,40}}?(?:{_DECIDED.pattern}|기로\s*(?:가닥을\s*잡았|방침을\s*정했)"
                               r"|[을를]\s*(?:예고했|약속했|공언했|예정했))")
# The program's stages (2차 평가, 1차 단계평가, 최종 평가, 중간평가, 첫 평가, 두 번째 단계평가), read here and by the event reader.
PROGRAM_STAGE: Final[re.Pattern[str]] = re.compile(r"(?:\d\s*차|최종|중간|마지막|첫|(?:첫|두|세)\s*번째)\s*(?:단계\s*)?평가")
_THIS_YEAR_MONTH: Final = re.compile(r"(?:올해|올|금년)\s*\d{1,2}\s*월")  # (a month told as this year's: 올해 1월)
# A date a schedule is moved from: `에서` (or an arrow), the new date with 로, and a verb of moving
# (12월 29일에서 내년 1월 초로 미뤘다, 8일→15일로 연기).
_MOVED_FROM: Final = re.compile(r"(?:에서|\s*(?:→|->|⇒))\s*(?:\S+\s+){0,2}?\S*(?:일|월|초|말|순|주|년|분기|반기|께|경)\s*"
                                r"(?:으로|로)\s+(?:\S+\s+){0,2}?" + alternation("change_verb"))


_STAMP_LINE: Final = re.compile("|".join(STAMP_LINES), re.MULTILINE)  # a page's stamp line (matched at a line's start)
_DAYS_COUNTED: Final = re.compile(r"P(\d+)D")  # (a count of days told as a duration: 나흘 -> P4D)
DAYS_LEFT_MAX: Final = 60  # days counted left to a day (발표까지 3일 남았다); more is a span, not a countdown
_DAYS_LEFT: Final = re.compile(r"\s*(?:남았|남은|남아|남겨)")  # (after a bare day: 20일 남았다, a count of days left)
_EVENT_DAY_NAMED: Final = re.compile(r"[가-힣](?:일|날)인\s$")  # (before a bare day: 발표일인 18일, 시상식 날인 22일)
_DAYS_AHEAD: Final = re.compile(r"\s*(?:을\s*)?앞(?:둔|두고)")  # (after a bare day: 마감을 18일 앞둔, so many days ahead)
# A plan, a schedule or a roadmap a time heads (2분기 GPU 배분 계획을, 8월 평가 일정을): of that time, whatever the
# tense of its telling. (Two bare nouns at most between; no verb, no particle but a noun's own last syllable.)
_PLAN_OF_TIME: Final = re.compile(r"(?:\s+[^\s.,]*[^\s.,은는을를의에도한된린던]){0,2}\s+[^\s.,]*(?:계획|일정|로드맵|구상|방안|청사진)"
                                  r"(?:을|를|은|는|이|가|도|안|에는|에도|에)?(?=[\s.,]|$)"
                                  # (14일 일정 변경이 통보됐다: the change's day; but 22일 발표 일정에는 변동이 없다: the plan's)
                                  r"(?!(?<=[정획맵상안진])\s+(?:변경|조정|변동)(?:이|은|을|도|에|\s))")


# ... or an act of that time still being weighed, however the weighing is told (하반기 재도전을 검토하고 있는 것으로
# 확인됐다: the second try ahead this year).
_WEIGHED_FOR_TIME: Final = re.compile(r"\s+[^\s.,]+[을를]\s+(?:검토|저울질|타진|준비|추진)(?:하고\s*있|하는|중)")


# The figures of a quarter or a half (2분기 실적을, 상반기 영업이익은; not 2분기 매출 목표는, nor 하반기 매출 100억원을 노린다, a
# figure still aimed at).
_FIGURES_OF_TIME: Final = re.compile(r"\s+(?:[^\s.,]+\s+)?(?:실적|매출|영업이익|순이익|영업손실|순손실)(?:액)?"
                                     r"(?:[을를은는이가과와도의]|(?=[\s.,]|$))(?!\s*(?:목표|전망|계획|예상|가이던스))"
                                     r"(?!\s*[\d,.]+\s*(?:[천백십]?[억조만])?\s*(?:원|달러)?\s*(?:을|를|이상|대)?\s*"
                                     r"(?:노린|노리|노려|목표|겨냥|달성하겠|넘기겠|올리겠|내겠))")


TOPIC_DAY_REACH: Final = 24  # characters before a day's end within which an event's word told as its topic stands (마감은 15일)


@cache
def days_counted(text: str, start: int) -> int:
    """The number of days a count of them at `start` tells (이틀간, 3일 동안), or 0."""
    count = _DAYS_SPANNED.match(text, start)
    if count is None:
        return 0
    return int(count.group("days")) if count.group("days") else int(lookup("day_count", count.group("count")) or 0)


def intransitive_verbs() -> frozenset[str]:
    """탈락, 합류 ...: verbal nouns whose -한 form is a verb that takes no object."""
    return frozenset(words()["intransitive"])


def day_anaphors() -> frozenset[str]:
    """전날, 다음 날, 이튿날 ...: a day counted from another."""
    return frozenset(words()["day_anaphor"])


def holiday_endings() -> tuple[str, ...]:
    """How a holiday's expression ends (추석, 설 연휴)."""
    return ("연휴", *words()["holiday"])


@cache
def _span_day_named() -> re.Pattern[str]:
    """A day's place in a span (첫날, 둘째 날, 마지막 날) naming the day right after it (첫날인 30일)."""
    others = tuple(word for word, shift in words()["day_anaphor"].items() if not shift.startswith("R"))
    return re.compile(rf"({alternation('day_anaphor', exclude=others)})인\s*(?:지난|오는)?\s*$")


@cache
def _event_anchors() -> dict[str, str]:
    return words()["event_anchor"]


_AHEAD_FROM_NOW: Final = "앞으로"  # (the offset word of a count to what is coming: 닷새 앞으로 다가왔다)
_DAY_WORD: Final = re.compile(r"\d+\s*일|요일|오는|다음\s*(?:주|달)|내일|모레")  # (another time told after it)
_JOINING: Final = "(?:" + "|".join(map(re.escape, _JOINING_WORDS)) + ")"
_MONTH_JOINED_BEFORE: Final = re.compile(r"월\s*" + _JOINING + r"\s*$")  # (1월과 8월)
_MONTH_JOINED_AFTER: Final = re.compile(r"\s*" + _JOINING + r"\s*(?:1[0-2]|[1-9])월")  # (1월과 8월: the second)
JOINED_MONTH_REACH: Final = 12  # characters from the first month's start to the one joined to it
HOLIDAY_APPOSITION_DAYS: Final = 2  # how far a holiday told right after a day may be from it and still be it (그저께 크리스마스 이브)
WEEK_DAYS: Final = 7
SATURDAY: Final = 5  # (date.weekday() of a Saturday)
_HELD_AHEAD: Final = ("두고", "둔")  # (after the offset word 앞: 사흘 앞두고, so many days ahead of something)
_DAY_AFTER_AHEAD: Final = re.compile(r"둔\s+(?:오는\s+|지난\s+|이번\s+)?\d{1,2}\s*일")
_OBJECT_MARKS: Final = ("을 ", "를 ")  # (발표를 18일 앞둔, 크리스마스를 사흘 앞두고: the object of 앞두다)


def _is_object_before(text: str, told_end: int, start: int) -> bool:
    """Whether the time told ending at `told_end` is the object right before `start` (크리스마스를 사흘 앞두고)."""
    # (상장 예정일(23일)을 하루 앞두고: the day in brackets after its name, then the object's mark)
    return (told_end == start - 2 or told_end == start - 3 and text[told_end] == ")") and text.endswith(_OBJECT_MARKS, 0, start)


def moved_from(text: str, end: int) -> bool:
    """Whether the date ending at `end` is the one a schedule was moved from (a plan given up)."""
    if end + 1 >= len(text):
        return False
    following = text[end] if text[end] != " " else text[end + 1]
    if following != "에" and following != "→" and following != "-" and following != "⇒":
        return False  # (a quick test, one character: most dates are followed by none of these)
    return _MOVED_FROM.match(text, end) is not None


_ADNOMINAL_LAST: Final = frozenset("는될릴을된린던은")  # (the last syllable of a verb that modifies a noun: a quick test)
_RELATIVE_LAST: Final = frozenset("한된던")  # (... of a verb of a past relative clause: 공고한, 마감된)


def _next_word_direction(word: str) -> str | None:
    if word in _WORD_DIRECTIONS:  # words recur across articles
        return _WORD_DIRECTIONS[word]
    return remember(_WORD_DIRECTIONS, word, tense_patterns()[0].search(word))


_WORD_DIRECTIONS: dict[str, str | None] = {}


WEEK_NAMED_REACH: Final = 400  # characters after a week named (다음 주) within which a bare weekday is one of its days


def _dated_by_weekday(anchor: date, month: int, day: int, weekday: int) -> date | None:
    """The month-day nearest the anchor, among last, this and next year's, that falls on `weekday`."""
    candidates = []
    for year in (anchor.year - 1, anchor.year, anchor.year + 1):
        try:
            candidate = date(year, month, day)
        except ValueError:
            continue
        if candidate.weekday() == weekday:
            candidates.append(candidate)
    return min(candidates, key=lambda d: abs((d - anchor).days)) if candidates else None


# Month words that date only with a year told (지난해 같은 시기: this time of year, in that year; alone, the time of
# something told, which the word does not say).
_TIME_OF_YEAR_ONLY: Final = frozenset(("같은 시기",))


class _Resolver:
    """Resolves expressions in text order; remembers the narrative date and reference year."""

    def __init__(self, text: str, anchor: date):
        self.text = text
        self.anchor = anchor
        self.reference_year = anchor.year
        self._year_told = False  # whether a year was written out before (올해, 지난해, 2025년): the frame of what follows
        self._promised_at = -1  # where the last month's day told with a promise stands (… 들어가겠다고 말했다)
        self._last_day: tuple[int, date] | None = None  # where the day told last ends, and the day (전날 too)
        self._starts: list[int] | None = None
        # Days resolved so far, (expression, day, scope): what the narrative date is chosen from,
        # only when an anaphor or a bare time asks for it (most texts never do).
        self._days: list[tuple[grammar.Expression, str, str]] = []
        self._checked = 0  # how many of them were looked at for a main-clause day
        self._main: date | None = None  # the last day of a main clause
        self._main_end = 0  # ... and where its expression ends
        self._told: list[tuple[int, str]] = []  # (end, value) of every expression resolved, in order
        self.framing_ends: set[int] = set()  # where years end that only frame the time told after them (see _year_of_topic)
        self._given_up: set[int] = set()  # where the days of plans given up end (당초 3일로 잡혔던 행사는)
        self._last_month: date | None = None  # the first day of the month named last (for 같은 달)
        self._last_month_at = -1  # ... and where it was named
        self._last_season: tuple[date, int] | None = None  # the first month of a season named with its year, and where
        self._dated_lines: int | None = None  # lines that end in a day in brackets (see _dates_its_line), counted once
        self._month_framed: tuple[int, date] | None = None  # (where it ends, which) a month the story set itself in, gone by
        self._series_start: date | None = None  # the first day of a weekly series told (6일부터 매주): its nth week counts from it
        self._month_weeks_told = False  # whether a week of a month was told (1월 첫째 주): a bare 둘째 주 is then its
        self._heading_month: date | None = None  # the first day of the month of the last heading that is a month alone
        self._heading_day: tuple[int, date] | None = None  # where the last day alone on its line ends, and that day
        self.opening_day: date | None = None  # the day the story is on before the text tells one (see `tag`)
        self._last_week: date | None = None  # a day of the week told last (for 그다음 주)
        self._week_named: tuple[int, date] | None = None  # (where it ends, its Monday) a week a week word named (다음 주 월요일)
        self._week_from_tomorrow = False  # whether 이번 주, told on a Sunday, was the week that begins the next day
        self._last_span: tuple[date, date] | None = None  # the days of the range of days told last (for 둘째 날)
        self._last_range: tuple[str, str] | None = None  # the values of the range told last, at its ends (for 이 기간)
        self._last_span_at = -1  # ... and where it ends
        self._span_named: tuple[int, date, str] | None = None  # (where, which day, its place: R0, R1, RE) of 첫날인 30일
        self._next_date: grammar.Expression | None = None  # the date told after the one being resolved
        self._contrasted_at = -1  # where a 이날 set against its sentence's other day ends (30일에는 …, 이날은)
        self._looked_back_from = -1  # where the sentence starts that counts a day back from the story's (전날 A를, …)
        self._afternoon: tuple[date, int, int] | None = None  # (day, hour, where it ends) of the last time told in the afternoon

    def _sentence_start(self, position: int) -> int:
        low = max(0, position - SENTENCE_LOOKBACK)
        start = None
        for end in _SENTENCE_END.finditer(self.text, low, position + 1):  # +1: a mark's (?!\d) sees past it
            if end.end() <= position:
                start = end.end()
        if start is not None or low == 0:
            return start or 0
        if self._starts is None:  # a sentence longer than the look-back: find them all once
            self._starts = [0] + [m.end() for m in _SENTENCE_END.finditer(self.text)]
        return self._starts[bisect.bisect_right(self._starts, position) - 1]

    def _sentence_end(self, position: int) -> int:
        """Where the sentence holding `position` ends (within a clause's reach)."""
        return _clause_reach_end(self.text, position)

    def _previous_sentence_start(self, position: int) -> int:
        """Where the sentence before the one holding `position` starts, blank lines between them aside."""
        before = self._sentence_start(position)
        while before > 0 and self.text[before - 1].isspace():
            before -= 1
        return self._sentence_start(max(0, before - 1))

    # -- public steps ---------------------------------------------------------------------------
    def single(self, expression: grammar.Expression, next_date: grammar.Expression | None = None) -> Timex | None:
        atoms = expression.atoms
        kind = atoms[0].kind
        surface = self.text[expression.start:expression.end]
        self._next_date = next_date
        if kind == "duration":
            if surface.endswith(("만에", "만")):  # 선정 다섯 달 만에, 그로부터 28일 만인: a day counted from an event told
                counted = self._elapsed(expression, surface)
                if counted is not None:
                    return counted
            if passed_since(self.text, expression.start, expression.end):
                passed = self._passed_since(expression, surface)  # (A가 합류한 지 1년 4개월이 지났다: the month it joined)
                if passed is not None:
                    return passed
            if _COUNTDOWN_BEFORE.search(self.text, max(0, expression.start - 4), expression.start) and _COUNTDOWN_AFTER.match(
                    self.text, expression.end):
                left = self._time_left(expression, surface)  # (결과 발표까지 사흘 남았다: the day it comes)
                if left is not None:
                    return left
            return self._duration(expression, surface)
        if kind == "set":
            return self._set(expression, surface)
        if (kind == "day" and len(atoms) == 1 and expression.get("da") and not expression.get("dd")
                and (self.text.find("남", expression.end, expression.end + 3) >= 0 and _DAYS_LEFT.match(self.text, expression.end)
                     or self.text.find("앞", expression.end, expression.end + 4) >= 0 and _DAYS_AHEAD.match(self.text, expression.end)
                     and self.text.endswith(_OBJECT_MARKS, 0, expression.start))):
            # 마감까지 20일 남았다, 발표를 18일 앞둔 4일: a count of days left or ahead, no day of the month (but 오는 20일 남은
            # 일정, 18일 발표를 앞두고: the 20th, the 18th); counted to what is told with 까지, the day it comes (발표까지 3일
            # 남았다: three days on)
            days_left = int(expression.get("da") or 0)
            if (_COUNTDOWN_BEFORE.search(self.text, max(0, expression.start - 4), expression.start)
                    and _COUNTDOWN_AFTER.match(self.text, expression.end) and days_left <= DAYS_LEFT_MAX):
                return Timex(expression.start, expression.end, surface, "DATE", (self.anchor + timedelta(days=days_left)).isoformat(),
                             None, None, "future")
            return None
        direction, scope = direction_after(self.text, expression.end, next_date)
        if (direction == "present" and _CLEFT_DONE_BEFORE.search(self.text, max(0, expression.start - CLEFT_REACH), expression.start)
                and _COPULA_AFTER.match(self.text, expression.end)):
            direction = "past"  # (공모를 낸 것은 3월 2일이다: the time of what was done, told as the predicate)
        if (direction in ("future", "present") and kind == "day" and len(atoms) == 1 and (day := expression.get("da"))
                and not expression.get("dd") and int(day) < self.anchor.day and self.text.startswith("부터", expression.end)
                and int(day) + days_counted(self.text, expression.end + 2) > self.anchor.day):
            direction = None  # 20일부터 이틀간 학술대회를 연다, told on the 21st: under way this month, not next month's
        if (direction in ("future", "present") and kind == "day" and len(atoms) == 1 and (day := expression.get("da"))
                and not expression.get("dd") and int(day) < self.anchor.day and self.text.startswith("부터", expression.end)
                and _UNDER_WAY_SINCE.match(self.text, expression.end + 2)):
            direction = "past"  # (12일부터 진행 중인 검증, 3일부터 하고 있는: begun on a day gone by, under way)
        if (direction is None and holds_any(self.text[max(0, expression.start - NEXT_TOPIC_REACH):expression.start], _NEXT_WORDS)
                and _NEXT_TOPIC.search(self.text, self._sentence_start(expression.start), expression.start)):
            direction = "future"  # 다음 시험대는 8월 2차 평가다: what comes next is ahead
        elif direction is None and self._answers_what_next(expression.start):
            direction = "future"  # (―다음 목표는. / "8월 2차 평가다.": the answer to what comes next)
        elif direction is None and kind in ("month", "yearword") and _WITHIN_AFTER.match(self.text, expression.end):
            direction = "future"  # (· 상반기 내 출시, in December: a time set ahead, told with no verb)
        elif (direction == "past" and kind in ("month", "yearword") and len(atoms) == 1 and not surface.startswith("지난")
              and _DECIDED.search(self.text, expression.end, self._sentence_end(expression.end))):
            # 8월 평가에 가점을 넣기로 했다, 3분기부터 공급하기로 했다, told in May: what was decided may be for a month or
            # quarter ahead or done at one gone by (3월 회의에서 … 넣기로 했다), the nearer (a day is the deciding's; and so
            # is a month told gone by, 지난 10월 … 만들기로 했다)
            direction = None
        elif direction is not None and ORIGINALLY_BEFORE.search(self.text, max(0, expression.start - ORIGINALLY_REACH), expression.start):
            # 당초 8월 중순으로 잡았던 공개를 이달 말로 당겼다, 당초 7월 말까지 맺는다는 목표였지만: the time a plan was set
            # for, either side of now
            direction = None
        if (direction in ("future", "past") and len(atoms) == 1 and kind == "month"
                and holds_any(self.text[expression.end:expression.end + EVENT_AHEAD_REACH], _EVENT_AHEAD_WORDS)
                and _EVENT_AHEAD.match(self.text, expression.end)
                and _TOLD_DONE_END.search(self.text, expression.end, (stop.start() if (stop := _SENTENCE_END.search(self.text, expression.end))
                                                                     else len(self.text)) + 1)):
            direction = None  # (8월 2차 평가를 앞두고 … 인프라를 다시 짰다, 8월 평가 전에 쓸 수 있도록 일정을 당겼다: ahead of what
            # was done, not of now; the nearest)
        if (kind == "day" and expression.has("note") and direction in ("future", "present") and (day := expression.get("da"))
                and any((self.anchor - timedelta(days=back)).day == int(day) for back in range(1, LOCAL_DAY_SLACK + 1))):
            direction = None  # 21일(현지시간) … 보도했다, told on the 22nd: the day just gone abroad, not next month's
        if (direction is None and expression.start and self.text[expression.start - 1] == "("
                and self.text.startswith(")", expression.end) and _ends_line(self.text, expression.end + 1)
                and _DONE_BEFORE_BRACKET.search(self.text, max(0, expression.start - 4), expression.start - 1)
                and not under_plans_heading(self.text, expression.start)  # (■ 향후 계획 / ○ 최종 2개 팀 선정(12월): ahead)
                # (nor a line of a schedule's items, ○ 예시 문항 공개(7월 13일) ○ 최종 문항 확정(7월 31일): told ahead of them)
                and sum(self.text.count(mark, self.text.rfind("\n", 0, expression.start) + 1, expression.start)
                        for mark in "○◯●•△▲") < 2):
            direction = "past"  # 2차 평가서 A 고배(8월), B 탈락(1월): a headline's outcome, its time in brackets, has come
        if (kind == "month" and len(atoms) == 1 and "인" in self.text[max(0, expression.start - 3):expression.start]
                and _NEXT_TO_EVENT.search(self.text, max(0, expression.start - 8), expression.start)):
            direction = None  # 탈락 직후인 1월 하순 … 하겠다고 밝혔고: the time of an event told, nearest, whatever is planned then
        context = None
        if (self._heading_month is not None and len(atoms) == 1 and kind == "day" and expression.get("da")
                and not expression.get("dd") and _opens_line(self.text, expression.start)):
            context = self._heading_month  # 2026년 1월 / 23일 추가 공모 공고: a day under its month's heading
        elif (len(atoms) == 1 and kind == "day" and "인" in self.text[max(0, expression.start - 3):expression.start]
                and _AFTER_NARRATIVE.search(self.text, max(0, expression.start - 12), expression.start)):
            context = self.narrative  # 이틀 뒤인 17일: the 17th after the day the story is about
            if self._last_day is not None and (self._last_day[1] > context or _RIGHT_AFTER_IT.fullmatch(
                    self.text, self._last_day[0], expression.start) or self._last_day[0] >= self._sentence_start(expression.start)):
                # (7월 21일 마감한 공모에는 … 나흘 뒤인 25일: after the day told last, later on or in its sentence; 설 연휴 직후인
                # 19일: after that one)
                context = self._last_day[1]
            just_told = self._told[-1] if self._told and expression.start - self._told[-1][0] <= 4 else None
            reached = value_range(just_told[1]) if just_told else None
            if reached is not None:  # 그로부터 1년 3개월 만인 20일: in the month the count reached (or about its day)
                context = reached[0] - (COUNT_SLACK if reached[0] == reached[1] else timedelta(0))
            elif just_told and (days := _DAYS_COUNTED.fullmatch(just_told[1])) is not None:
                context += timedelta(days=int(days.group(1))) - COUNT_SLACK  # (나흘 뒤인 25일: four days on, about)
            if direction == "past" and context >= self.anchor:
                context = None  # 결과가 나온 다음 날인 23일 … 마쳤다, told the 24th: after a day not told, in the past
        elif (len(atoms) == 1 and (day := expression.get("da") if kind == "day" else expression.get("d1") if kind == "dayrange" else None)
              and not expression.get("dd") and self._last_day and not self._dates_its_line(expression.start)
              and not (direction in ("future", "present") and int(day) == self._last_day[1].day and self._last_day[1] < self.anchor
                       and not self.text.startswith(("은", "는"), expression.end))):
            # (not a day gone by told again as ahead: 지난해 1월 22일 시행된 법의 계도기간이 22일 끝난다)
            # (a span of bare days too: 다음 달 20일부터 24일까지 … 거쳐 28~29일 청약을 받는다)
            last_end, last_day = self._last_day
            if (_DAY_LIST_GAP.fullmatch(self.text, last_end, expression.start)
                    # (… 22일에는 B가 강단에 선다. 22일은 결과가 나오는 날이다: the day just told, told again)
                    or int(day) == last_day.day and self._sentence_ends(last_end, expression.start) <= 1) or int(day) >= last_day.day and (
                    # (… 평가 시작(~14일): the end of the span the day before starts, in its month)
                    span_end_alone(self.text, expression.start)
                    # (▲3~7일: 서류 심사 / ▲20일: 통보: a schedule's next item, in the month of the one before)
                    or _next_item(self.text, last_end, expression.start)
                    or self._next_step(last_end, expression.start)
                    and not (int(day) == self.anchor.day and self._relative_before(last_end, expression.start))):
                # 8월 3일과 5일, 1일이 아니라 8일: the month of the day before it; 다음 달 8일 발표회를
                # 거쳐 29일 결과를 낸다: the next step, from that day on (but 지난달 20일 공고한 공모가 21일 마감됐다, told
                # on the 21st: the day of publication, not a step after a relative clause's day)
                context = last_day
        if (context is None and len(atoms) == 1 and kind == "day" and expression.get("da") and not expression.get("dd")
                and direction == "past" and self._month_framed is not None and self._told and self._told[-1][0] == self._month_framed[0]
                and self._sentence_ends(self._month_framed[0], expression.start) == 1):
            # (… 1월의 충격으로 시작했다. 15일 발표된 평가에서 …: a day of the month the story just set itself in)
            context = self._month_framed[1]
        if (context is None and kind == "month" and expression.get("ma") and self._last_month is not None
                and (before := self.text[max(0, expression.start - 5):expression.start].rstrip()).endswith("달인")):
            # 12월 평가를 마친 뒤 다음 달인 1월: the month after the one told; 전달인 10월: the one before it
            context = _add_months(self._last_month, -1 if before.endswith(_MONTH_BEFORE_IT) else 1)
        if (context is None and kind == "day" and all(a.kind == "time" for a in atoms[1:]) and (day := expression.get("da"))
                and not expression.get("dd") and (span := self._span_holding(int(day), expression.start)) is not None
                and not (direction == "past" and span > self.anchor
                         and not self.text.endswith(_DURING_IT, max(0, expression.start - DURING_REACH), expression.start))):
            # 다음 달 9~10일 포럼을 연다. 이번 포럼은 9일 ... 시작한다: the 9th of the span told (not what is told done,
            # when the span is still to come: 다음 달 5~26일 공모를 진행한다. B는 18일 공개했다; but 검증 기간 중 16일을
            # 참관일로 정했다: a day of the span named, whatever was decided of it)
            context = span
        if (kind in ("month", "day") and len(atoms) == 1 and expression.start >= 2 and self.text[expression.start - 1] == " "
                and (before := hangul_word_before(self.text, expression.start - 1))[-1:] in _ADNOMINAL_LAST):
            # 2차 평가가 열리는 8월까지, 결과가 나온 15일: the verb that modifies the date tells its time, whatever
            # the sentence's own tense
            direction = _next_word_direction(before) or direction
        if (direction != "future" and len(atoms) == 1 and kind in ("month", "yearword") and context is None
                and not _DIRECTION_WORD_BEFORE.search(self.text, max(0, expression.start - 4), expression.start)
                and not _DIRECTION_WORD_IN.search(surface)
                and _plans_of_next_year_above(self.text, expression.start)):
            direction = "future"  # (주요 기업의 내년 계획을 정리했다. / △A = 3월 출시, △B = 2분기 상장 추진: next year's)
        if direction == "future" and kind == "month" and _PLAN_THAT_WAS.search(self.text, expression.end,
                                                                                expression.end + PLAN_THAT_WAS_REACH):
            direction = None  # 당초 1월 초 발표할 계획이었지만: a plan as it was, on either side of publication
        if (context is None and len(atoms) == 1 and kind == "day" and (day := expression.get("da")) and not expression.get("dd")
                and self._last_month is not None and self._last_month_at >= self._sentence_start(expression.start)
                and _MOVED_TO.match(self.text, expression.end)):
            context = self._last_month  # 1월 중순 공고할 예정이었으나 23일로 밀렸다: a day of the month the plan was for
        if (direction == "future" and kind == "month" and expression.get("da")  # (a month first: no year told)
                and (said := _SENTENCE_END.search(self.text, expression.end, expression.end + CLAUSE_LIMIT)) is not None
                and SAID_THEN.search(self.text, expression.end, said.end())):
            direction = None  # [1월 26일] A가 나서지 않겠다고 공식화했다: a month's day told with a promise, the nearest
            self._promised_at = expression.start  # (the nearest, not the year told before: see _calendar)
        if (context is None and (kind == "listdate" or kind == "month" and expression.get("da") and not expression.get("yr"))
                and self._told and len(before_it := self._told[-1][1]) >= 10 and before_it[4] == before_it[7] == "-"
                and "\n" not in self.text[self._told[-1][0]:expression.start]
                and (self.text.endswith(_CHAIN_ARROWS, 0, expression.start) if kind == "listdate"
                     else any(arrow in self.text[self._told[-1][0]:expression.start] for arrow in _CHAIN_ARROWS))):
            # (2025.7.21 서류 제출 → 8.4 탈락; … 첫 발표회(12월 30일) → 1차 평가(1월 15일): the step after the one before it)
            context = date.fromisoformat(before_it[:10])
        if kind == "listdate" and (self.text.endswith(" / ", 0, expression.start)
                                   or _YEAR_IN_BRACKETS.fullmatch(self.text, max(0, expression.start - 7), expression.start - 1)):
            year_above = _year_in_brackets(self.text, expression.start)
            if year_above is None:
                return None  # (점수 3.5 / 4.2: no chronology's year above the item, no date)
            context = date(year_above, 1, 1)  # ([2025] 6.20 공모 개시 / 8.4 선정: the year in brackets opening the line)
        if (kind == "listdate" and "." in surface and not surface.endswith(".") and self.text.startswith(")", expression.end)
                and self.text.endswith("(", 0, expression.start) and not _in_dated_list(self.text, expression.start)):
            return None  # (성능 지표(1.12): a figure in brackets, unless each of a list's items has one: 광주(1.12)·대구(1.14))
        if kind == "listdate" and "·" in surface:
            direction = None  # '12·23' 이후: a day named by its month and day is the one nearest, whatever is told of it
        if (direction == "past" and len(atoms) == 1 and (kind == "yearword" or kind == "month" and expression.get("ma") and not expression.get("md"))
                and (_PLAN_OF_TIME.match(self.text, expression.end) or _WEIGHED_FOR_TIME.match(self.text, expression.end))):
            ahead = self._resolve(expression, _forward("future"), context)
            if ahead is not None and ahead[0][:4] == str(self.anchor.year):
                direction = "future"  # 2분기 GPU 배분 계획을 공개했다: the time the plan is for, ahead this year
        if (direction is not None and len(atoms) == 1 and kind == "day" and not expression.get("dd")
                and self.text.startswith(("은 ", "는 "), expression.end) and _EVENT_DAY_NAMED.search(self.text, max(0, expression.start - 4), expression.start)):
            direction = None  # (최종 결과 발표일인 18일은 바뀌지 않았다: the event's day, told as the topic; nearest, whatever befell it)
        if direction is None and len(atoms) == 1 and kind == "day" and _PLAN_OF_TIME.match(self.text, expression.end):
            direction = "future"  # "22일 발표 일정에는 변동이 없다": the day a schedule is set for, still ahead
        if (direction in ("future", "present") and len(atoms) == 1 and kind == "yearword"
                and lookup("year_word", expression.get("yw") or "").startswith(("H", "Q"))
                and _FIGURES_OF_TIME.match(self.text, expression.end)
                and (done := self._resolve(expression, "past", context)) is not None
                and (covered := value_range(done[0])) is not None and covered[1] < self.anchor):
            direction = "past"  # 14일 2분기 실적을 공시할 예정이다: the figures of a part of the year gone by, told ahead
        if direction is None and "예정" in self.text[max(0, expression.start - PLANNED_DAY_REACH):expression.start] and (
                _PLANNED_DAY.search(self.text, max(0, expression.start - PLANNED_DAY_REACH), expression.start)):
            direction = "future"  # 상장 예정일은 18일이다: a day set for what is to come
        if (len(atoms) == 1 and kind == "day" and not expression.get("dd")
                and (self.text[max(0, expression.start - 3):expression.start].rstrip().endswith(_ORIGINALLY)
                     or _SET_FOR_IT.match(self.text, expression.end) or CORRECTED_FROM.match(self.text, expression.end)
                     or CORRECTED_TO.match(self.text, expression.end))):
            # 당초 15일로 예정했던 발표를 21일로 늦춘다, 9일로 잡혀 있던 발표회를 8일 연다: a plan given up lies on
            # either side of publication (the past of 잡혀 있던 is the plan's, not the day's)
            direction = None
            self._given_up.add(expression.end)
        if (direction in ("future", "present") and len(atoms) == 1 and kind == "day" and (day := expression.get("da"))
                and not expression.get("dd") and 0 < self.anchor.day - int(day) <= REPORT_REACH
                and (self.text[expression.end:expression.end + 1].isspace() or self.text.startswith("자 ", expression.end))
                and _reported_after(self.text, expression.end)):
            # 22일 2차 평가를 실시한다고 밝혔다 (3일 9월 평가가 ... 될 것이라고 보도했다; a paper's issue, 3일자 지면에서 …
            # 고른다고 전했다), printed the 23rd: the day it was said, not a month on (a day with a particle is what is
            # told: 총회를 3일로 연기한다고 밝혔다)
            direction = "past"
        if (direction is None and kind == "day" and len(atoms) == 1 and not expression.get("dd") and self._moved_today(expression)):
            direction = "future"  # (당초 27일로 잡았던 발표를 28일로 늦췄다고 6일 밝혔다: a plan moved today was, and is, ahead)
        resolved = self._resolve(expression, _forward(direction), context)
        if resolved is None:
            return None
        value, end_value, mod, is_time = resolved
        if (kind == "sametime" and direction == "future" and _reported_after(self.text, expression.end)
                and (told_span := value_range(value)) is not None and told_span[1] < self.anchor):
            direction = "past"  # (이듬해 1월 … 같은 시기 B도 지원하지 않겠다고 밝혔다: told at that time, gone by)
        joined = self._told[-1] if self._told else None
        self._remember(expression, value, scope)
        if end_value is not None and len(value) >= 10 and len(end_value) >= 10 and value[7] == end_value[7] == "-":  # (4~6일: days)
            self._last_span = (date.fromisoformat(value[:10]), date.fromisoformat(end_value[:10]))
            self._last_span_at = expression.end
        elif (joined is not None and len(value) >= 10 and value[7] == "-" and len(joined[1]) >= 10 and joined[1][7] == "-"
              and self.text[joined[0]:expression.start].strip() in _JOINING_WORDS):
            first, last = date.fromisoformat(joined[1][:10]), date.fromisoformat(value[:10])
            if 0 < (last - first).days <= JOINED_DAYS_REACH:
                # (지난달 30일과 이달 1일 치렀다. A가 첫날, B가 둘째 날: two days told together are the span they count in)
                self._last_span, self._last_span_at = (first, last), expression.end
        return Timex(expression.start, expression.end, surface, "TIME" if is_time else "DATE", value, mod,
                     end_value, direction)

    def range(self, first: grammar.Expression, second: grammar.Expression) -> Timex | None:
        end = second.end
        if self.text.startswith("까지", end):
            end += 2
        direction, scope = direction_after(self.text, end)
        start_value = self._resolve(first, _forward(direction))
        if start_value is None:
            return None
        context = value_range(start_value[0].split("T")[0])
        end_context = context[0] if context else None
        if (end_context is not None and len(second.atoms) == 1 and second.atoms[0].kind == "day"
                and (day := second.get("da")) and int(day) == self.anchor.day
                and (end_context.year, end_context.month) < (self.anchor.year, self.anchor.month)
                and not _DAYS_SPANNED.match(self.text, end)):
            end_context = self.anchor.replace(day=1)  # 지난달 20일부터 21일까지 … 마감했다, told on the 21st: till that day
        end_value = self._resolve(second, _forward(direction), context=end_context)
        if end_value is None:
            return None
        if (direction == "past" and context is not None and context[0] < self.anchor and (step := second.get("mr")) is not None
                and (day := second.get("da")) is not None and end_value[0][:10] > self.anchor.isoformat()):
            # (공모는 23일부터 다음 달 12일까지 진행됐다, told on 13 February: the month after the span's first, gone by)
            month = _add_months(context[0].replace(day=1), int(lookup("month_rel", step)))
            try:
                end_value = (month.replace(day=int(day)).isoformat(), *end_value[1:])
            except ValueError:
                return None
        if start_value[3] and end_value[3] and end_value[0] < start_value[0] and "tp" not in second.atoms[-1].groups:
            end_day = value_range(end_value[0].split("T")[0])
            if end_day is None:
                return None
            end_value = self._with_time(end_day[0], second, afternoon=True)
        first_range, last_range = value_range(start_value[0].split("T")[0]), value_range(end_value[0].split("T")[0])
        if first_range and last_range and last_range[1] < first_range[0] and (word := first.get("dn")) is not None and (
                lookup("day_anaphor", word) == "0"):
            # (… 다음 달 10일 연다고 24일 밝혔다. 신청은 이날부터 다음 달 5일까지 받는다: a span cannot open after it closes, so
            # this day is the last day told before its end, the telling's)
            told = [told_day for _, value in reversed(self._told) if len(value) >= 10 and value[4] == value[7] == "-"
                    and (told_day := date.fromisoformat(value[:10])) <= last_range[1]]
            if told:
                start_value, first_range = (told[0].isoformat(), None, None, False), (told[0], told[0])
        if not first_range or not last_range or last_range[1] < first_range[0]:
            return None
        self._remember(first, start_value[0], scope)
        self._last_range = (start_value[0], end_value[0])
        if len(start_value[0]) >= 10 and len(end_value[0]) >= 10 and start_value[0][7] == end_value[0][7] == "-":
            # (days at both ends: not a week's weekend, 2025-W42-WE, as long as a day's value)
            self._last_span = (date.fromisoformat(start_value[0][:10]), date.fromisoformat(end_value[0][:10]))
            self._last_span_at = end
            # (11월 17일부터 12월 15일까지 이어졌고, 결과는 22일 나왔다: the next step is after the span's end)
            self._last_day = (end, self._last_span[1])
        surface = self.text[first.start:end]
        mod = start_value[2] if start_value[2] == end_value[2] else None  # one mod must fit both ends
        return Timex(first.start, end, surface, "DATE", start_value[0], mod, end_value[0], direction)

    # -- resolution -------------------------------------------------------------------------------
    def _remember(self, expression: grammar.Expression, value: str, scope: str) -> None:
        self._told.append((expression.end, value))
        if len(value) >= 10 and value[7] == "-":
            day = date.fromisoformat(value[:10])
            # (A는 전날 B를 뽑았다고 21일 밝혔다. C는 같은 날 …: the day of what was told, not of its telling)
            if not (self._last_day is not None and _REPORTING.match(self.text, expression.end - 1)
                    and self._last_day[0] >= self._sentence_start(expression.start)):
                self._last_day = (expression.end, day)
            if len(value) == 10 and _opens_line(self.text, expression.start) and _ends_line(self.text, expression.end):
                self._heading_day = (expression.end, day)  # (■ 셋째 날(16일): a day alone on its line heads the times below it)
            self._last_week = day
        elif len(value) >= 8 and value[5] == "W" and value[6:8].isdigit():
            self._last_week = date.fromisocalendar(int(value[:4]), int(value[6:8]), 1)
            self._week_named = (expression.end, self._last_week)
        year = value[:4]
        if year.isdigit() and len(value) == 7 and value[5:] in SEASON_FIRST_MONTH:
            self._last_season = (date(int(year), SEASON_FIRST_MONTH[value[5:]], 1), expression.start)
        if year.isdigit():
            self.reference_year = int(year)
            self._year_told = self._year_told or expression.has("year")
        reach = max(0, expression.start - SPAN_DAY_REACH)
        if len(value) >= 10 and value[7] == "-" and self.text.find("인", reach, expression.start) >= 0 and (
                named := _span_day_named().search(self.text, reach, expression.start)):
            # (평가 첫날인 30일: a later 첫날 or 둘째 날 counts from it)
            self._span_named = (expression.end, date.fromisoformat(value[:10]), lookup("day_anaphor", named.group(1)))
        elif len(value) >= 10 and value[7] == "-" and _BEGINS_ON.match(self.text, expression.end):
            # (최종 평가가 다음 주 월요일 시작된다. … 첫날 발표하는 A: that Monday, with no span told)
            self._span_named = (expression.end, date.fromisoformat(value[:10]), "R0")
        if self._days and (anaphor := expression.get("dn")) and lookup("day_anaphor", anaphor).startswith("-"):
            self._looked_back_from = self._sentence_start(expression.start)
        if (len(value) >= 10 and value[7] == "-" and (expression.has("day", "numdate", "listdate") or expression.get("wdp")
                                                   # (a weekday as the predicate, 지난주 목요일이었죠: the day the story is on)
                                                   or expression.get("wd") and _COPULA_AFTER.match(self.text, expression.end)
                                                   # (… and one told gone by, the first day told, 지난 화요일 결과를 지켜봤다. 다음
                                                   # 날 …: that day; not after the story's, 어제 … 다녀왔음. 신청은 지난주 금요일 …,
                                                   # nor in what is reported, 지난 수요일 … 열었다고 이날 밝혔다)
                                                   or expression.get("wd") and not self._days
                                                   and self.text.startswith("지난", expression.start)
                                                   and not _SAID_IN_SENTENCE.match(self.text, expression.end)
                                                   # (발표평가는 17일 열렸다. 결과는 사흘 뒤 나왔다. 다음 날 …: days counted on
                                                   # from the story's day, gone by, move it there)
                                                   or self._moved_on_by_days(expression, value))
                and (not expression.get("dn") or not self._days or expression.end == self._contrasted_at)
                # (전날 A를, 지난달 27일에는 B를 찾았다: the days of a sentence looking back from the story's are asides)
                and not (self._looked_back_from >= 0 and value[:10] < self.narrative.isoformat()
                         and self._sentence_start(expression.start) == self._looked_back_from)
                and not self.text.startswith("까지", expression.end)  # (a deadline, 12일까지다, is no day the story is on)
                and not _bracketed_after_word(self.text, expression.start, expression.end)):  # (nor 발표평가(2월 19일))
            # only a day can be what the story is about; a day counted from another (전날) is an aside, unless it
            # is the first the story tells (전날 ... 열렸다. 이날 행사에는: the day before publication)
            stamp = expression.has("numdate") and _STAMP_LINE.match(self.text, self.text.rfind("\n", 0, expression.start) + 1)
            self._days.append((expression, value[:10], "stamp" if stamp else scope))

    def _moved_on_by_days(self, expression: grammar.Expression, value: str) -> bool:
        """Whether `expression` counts days on from a day the story told (사흘 뒤, 이틀 후), to one gone by."""
        return (bool(self._days) and (expression.get("oc") is not None or expression.get("ou") == "일")
                and lookup("offset_dir", expression.get("od") or "") == "+" and value[:10] <= self.anchor.isoformat()
                and value[:10] > self._days[-1][1])

    @property
    def narrative(self) -> date:
        """The date the story is about: the last day of a main clause (not an aside, not the date of
        a reporting verb, not a relative clause's; a page's stamp is one only when no reporting verb's day
        follows it), else the last day seen, else the anchor."""
        if not self._days:
            return self.opening_day or self.anchor
        reported = None  # (a day of a reporting verb after a page's stamp, 로이터가 15일 보도했다. 이날 …: the story's)
        for expression, day, scope in reversed(self._days[self._checked:]):
            if scope == "stamp":
                self._main, self._main_end = date.fromisoformat(reported[1] if reported else day), (
                    reported[0].end if reported else expression.end)
                break
            sentence_start = self._sentence_start(expression.start)
            quoted = inside_quotation(self.text, sentence_start, expression.start)  # (what someone said will be)
            glued = _DATELINE_AFTER.match(self.text, expression.end) is not None  # (a subtitle glued before a dateline)
            held = scope == "next" and _HELD_AT_AFTER.match(self.text, expression.end) is not None  # (30일 열린 발표회에서 …했다)
            if ((scope != "next" or held) and not quoted and not glued and not _ASIDE.match(self.text, sentence_start, expression.start)
                    and not _STEP_BEFORE_AFTER.match(self.text, expression.end) and not _EXPLAINED_AFTER.match(self.text, expression.end)
                    and not _GONE_THROUGH_AFTER.match(self.text, expression.end)
                    and not _COUNTED_SINCE_AFTER.match(self.text, expression.end)
                    and not _COURSE_RECOUNTED_AFTER.match(self.text, expression.end)
                    and not self._under_way_since(expression)):  # (지난 4일부터 진행 중이다. 이날까지 …: now)
                if not _REPORTING.match(self.text, expression.end - 1) and not (
                        _SCHEDULE_TOLD_AFTER.match(self.text, expression.end)
                        and _SCHEDULE_TOLD_BEFORE.search(self.text, max(0, expression.start - SCHEDULE_TOLD_REACH), expression.start)):
                    self._main, self._main_end = date.fromisoformat(day), expression.end
                    break
                reported = reported or (expression, day)
        self._checked = len(self._days)
        if self._main is not None:
            return self._main
        # (no main clause's day yet: the last day seen, but not one in someone's words, 류 차관 "어제 심의를 마쳤다" /
        # [14:09] 결과 발표: the story's own time is still the anchor's day); a relative clause's only when no other day
        # is told (A를 뽑았다고 20일 밝혔다. 지난달 23일부터 … 진행된 공모에는 …. 이날: the telling's, not the aside's)
        return self._last_unquoted_day(relative=all(scope == "next" for _, _, scope in self._days))

    def _day_of_event_topic(self, position: int) -> date | None:
        """The day told of the event a sentence opens with as its topic, for a time of day in it (… 설명회를 연다고 28일
        밝혔다. 설명회는 오후 2시부터 …: the gathering's day, not the telling's), or None."""
        start = self._sentence_start(position)
        topic = _EVENT_TOPIC_OPENING.match(self.text, start, position)
        if topic is None or _event_anchors().get(topic.group("noun")) != "event":
            return None
        return self._day_told_of(topic.group("noun"), start)

    def _day_of_hours(self) -> date:
        """The day a time of day alone is on: the narrative date, but with no main clause's day told yet, not a relative
        clause's either (오전 9시, … 전날 열린 위원회의 결과를 보고받았다. 오후 2시, …: the story's day still)."""
        narrative = self.narrative
        return narrative if self._main is not None else self._last_unquoted_day(relative=False)

    def _last_unquoted_day(self, relative: bool) -> date:
        """The last day seen that is in nobody's words (and, unless `relative`, in no relative clause), else the anchor."""
        told = next((day for expression, day, scope in reversed(self._days) if (relative or scope != "next")
                     and not inside_quotation(self.text, self.text.rfind("\n", 0, expression.start) + 1, expression.start)
                     and not self._under_way_since(expression)), None)
        return date.fromisoformat(told) if told else self.anchor

    def _under_way_since(self, expression: grammar.Expression) -> bool:
        """Whether the day starts a span still under way (지난 4일부터 진행 중이다): not the story's day, which is now."""
        return self.text.startswith("부터", expression.end) and _UNDER_WAY_SINCE.match(self.text, expression.end + 2) is not None

    def _moved_today(self, expression: grammar.Expression) -> bool:
        """Whether the bare day is the one a schedule is moved to or from in a sentence that tells the move on the day of
        publication (… 28일로 하루 늦췄다고 6일 밝혔다, told on the 6th; 당초 27일로 잡았던 …: that one too), or tells it with
        no day before any day was told (a lead's news, today's)."""
        stop = _SENTENCE_END.search(self.text, expression.end)
        rest = self.text[expression.end:stop.start() + 1 if stop else len(self.text)]
        if not _MOVED_TODAY_VERB.search(rest):
            return False
        onto = _MOVED_ONTO.match(self.text, expression.end) is not None
        if not onto and not ORIGINALLY_BEFORE.search(self.text, max(0, expression.start - ORIGINALLY_REACH), expression.start):
            return False
        today = rf"(?<!\d){self.anchor.day}일|이날"
        return (any(_REPORTING.match(rest, told.end() - 1) for told in re.finditer(today, rest))
                or self._last_day is None and _REPORTING.search(rest) is not None)

    def _answers_what_next(self, position: int) -> bool:
        """Whether `position` is on the first line after a question of what comes next (―다음 목표는., Q. 향후 계획은?),
        blank lines aside."""
        line_start = self.text.rfind("\n", 0, position) + 1
        before = self.text[max(0, line_start - NEXT_TOPIC_REACH * 2):line_start].rstrip()
        question = before[before.rfind("\n") + 1:]
        return (question.endswith(("?", "은.", "는.")) and holds_any(question, _NEXT_WORDS)
                and _NEXT_TOPIC.search(question.rstrip(".?") + " ") is not None)

    def _narrative_at(self, position: int) -> date:
        """The narrative date for an expression at `position`. A story that has moved on to a later
        time since its day was told (지난해 8월 4일 ... 올해 1월 ...) is no longer about that day:
        then 전날 counts from the publication's day."""
        narrative = self.narrative
        if self._main is None:
            return narrative
        ahead = False
        for covered in self._told_since_story(position):
            if covered[0] > narrative + STORY_MOVED_ON and covered[0] <= self.anchor:
                return self.anchor  # (not a plan told ahead: 1일 공모를 시작했다. … 8월 중 발표된다. A는 이날 …: the 1st)
            ahead = ahead or covered[0] > self.anchor
        if (ahead and narrative < self.anchor and "\n" in self.text[self._main_end:position]
                and any(day == self.anchor.isoformat() for _, day, _ in self._days)):
            # (B는 20일 A를 선정했다고 밝혔다. [the background] 과기정통부는 같은 달 23일 공고를 냈다. [a paragraph on, plans
            # ahead] C는 이날 입장을 냈다: a day gone back to is left once the story has turned ahead, the news's day again)
            return self.anchor
        return narrative

    def _told_since_story(self, position: int) -> Iterator[tuple[date, date]]:
        """The spans of the times told between the story's day and `position`."""
        for end, value in self._told:
            if self._main_end < end <= position and (covered := value_range(value.split("T")[0])) is not None:
                yield covered

    def _went_back_since(self, position: int) -> bool:
        """Whether a time wholly before the anchor was told between the story's day and `position`."""
        return any(covered[1] < self.anchor for covered in self._told_since_story(position))

    def _last_day_before_anchor(self) -> date:
        """The last day told that is not after the anchor, else the anchor."""
        for end, value in reversed(self._told):
            covered = value_range(value.split("T")[0])
            if (covered and covered[0] == covered[1] and covered[0] <= self.anchor
                    and not _GONE_THROUGH_AFTER.match(self.text, end)):  # (… 21일 심의를 거쳐: a step gone through, an aside)
                return covered[0]
        return self.anchor

    def _coarse_time_told_last(self) -> bool:
        """Whether the time told last is a month or a coarser time of a calendar still ahead, told after any day
        (내년 1월 중순 한국을 찾는다: the days of that visit are none told; not 지난 3월부터, an aside gone by)."""
        if not self._told:
            return False
        end, value = self._told[-1]
        covered = value_range(value) if len(value) < 10 and value[:4].isdigit() and len(value) > 4 else None
        return (covered is not None and covered[0] > self.anchor and (self._last_day is None or self._last_day[0] < end)
                and not self._quoted_at(end))  # (not words said: "내년 1분기 안에 …")

    def _deadline_in_previous_sentence(self, start: int) -> date | None:
        """The deadline the sentence right before the one holding `start` told last (16일까지 …), if its own tells no day."""
        own, previous = self._sentence_start(start), self._previous_sentence_start(start)
        for end, value in reversed(self._told):
            if own <= end <= start:
                return None
            if previous <= end < own and len(value) >= 10 and value[4] == value[7] == "-":
                # (a deadline only, which the story's day does not take up: 16일까지 내야 한다; not the end of what goes on,
                # 행사는 5일까지 이어진다. A는 다음 날 …: the day after the story's)
                deadline = self.text.startswith("까지", end) and not _LASTING_UNTIL.match(self.text, end + 2)
                return date.fromisoformat(value[:10]) if deadline else None
            if end < previous:
                break
        return None

    def _two_sentences_back(self, start: int) -> int:
        """Where the sentence two before the one holding `start` starts: how far back a time told stays near."""
        return self._previous_sentence_start(self._previous_sentence_start(start))

    def _told_before_in_past(self, start: int) -> bool:
        """Whether the story told a time gone by in the sentences just before `start`, the time a week after it counts
        from; not the day of publication. (A value before publication's, compared at its own grain: 2026-01 < 2026-12.)"""
        since = self._two_sentences_back(start)
        return any(since <= end <= start and value[:4].isdigit() and value[:10] < self.anchor.isoformat()[:len(value[:10])]
                   for end, value in self._told)

    def _last_telling_day(self, start: int) -> date | None:
        """The day of the last telling before `start` in the two sentences before it (… 미뤘다고 9일 밝혔다: the 9th)."""
        since = self._two_sentences_back(start)
        for end, value in reversed(self._told):
            if end <= since:
                break
            if end <= start and len(value) >= 10 and value[4] == value[7] == "-" and (
                    _REPORTING.match(self.text, end) or _reported_after(self.text, end)):
                # (… or told a clause on: A는 23일 "…"며 이같이 밝혔다. … B도 같은 날 불참 의사를 밝혔다: the 23rd)
                return date.fromisoformat(value[:10])
        return None

    def _last_day_told(self, position: int | None = None) -> date:
        """The day told last (같은 날: the same day as the one just named), else the anchor; for words outside a quotation
        at `position`, the last told outside one (A는 23일 논평을 내고 "전날 발표한 결과는 …"이라고 비판했다. B는 같은
        날 …: the 23rd)."""
        if self._last_day is None:
            return self.anchor
        if position is not None and self._quoted_at(self._last_day[0] - 1) and not self._quoted_at(position):
            for end, value in reversed(self._told):
                if len(value) >= 10 and value[7] == "-" and end <= self._last_day[0] and not self._quoted_at(end - 1):
                    return date.fromisoformat(value[:10])
        return self._last_day[1]

    def _quoted_at(self, position: int) -> bool:
        """Whether a position is inside a quotation of its sentence."""
        return inside_quotation(self.text, self._sentence_start(position), position)

    def _resolve(self, e: grammar.Expression, direction: str | None, context: date | None = None):
        """(value, end_value, mod, is_time) or None when the expression is no valid date."""
        g: Groups = e.values.get
        kind = e.atoms[-1].kind if e.atoms[-1].kind in grammar.ALONE else e.atoms[0].kind
        if e.has("holiday"):
            return self._holiday(e, direction)
        try:
            if kind == "numdate" and g("mo"):  # 3.20(금): the year in which that day is that weekday
                day = _dated_by_weekday(self.anchor, int(g("mo")), int(g("dm")), int(lookup("weekday", g("wdn"))) - 1)
                return (day.isoformat(), None, None, False) if day else None
            if kind == "numdate":
                day = date(int(g("y") or 2000 + int(g("ys"))), int(g("m")), int(g("d")))  # '26.1.15
                if g("hh"):
                    return self._with_time(day, e) if g("hh") else None
                return day.isoformat(), None, None, False
            if kind == "yearrange":
                return g("y1"), g("y2"), None, False
            if kind == "spanback":  # (3월 2일부터 20일까지 진행된다. 이 기간 A가 …: the span told last, if any)
                return (*self._last_range, None, False) if self._last_range is not None else None
            if kind == "decade":  # 2010년대 초반: 201X, START
                return f"{g('dc')}X", None, _mod(lookup("month_part", g("dcp"))) if g("dcp") else None, False
            if kind == "quarter":  # 지난 분기: the quarter before the anchor's
                quarters = self.anchor.year * 4 + (self.anchor.month - 1) // 3 + int(lookup("quarter_rel", g("qr")))
                return f"{quarters // 4}-Q{quarters % 4 + 1}", None, None, False
            if kind == "shortym" and g("sq"):
                return f"{2000 + int(g('sqy'))}-Q{g('sq')}", None, None, False
            if kind == "shortym" and g("hf"):
                return f"{2000 + int(g('hfy'))}-H{g('hf')}", None, None, False
            if kind == "shortym" and g("eq"):
                year = int(g("eqy"))
                return f"{year if year >= 100 else 2000 + year}-Q{g('eq')}", None, None, False
            if kind == "shortym" and g("fy"):
                fiscal = int(g("fy"))
                return f"{fiscal if fiscal >= 100 else 2000 + fiscal:04d}", None, None, False
            if kind == "shortym" and g("dm"):  # ('25.08, 2026.01: a year and its month)
                return f"{g('dy4') or 2000 + int(g('dy'))}-{int(g('dm')):02d}", None, None, False
            if kind == "shortym":
                year = 2000 + int(g("sy"))
                if g("smr") and int(g("smr")) < int(g("sm")):  # ('27.5~6월: from the first month to the last, of that year)
                    return f"{year}-{int(g('smr')):02d}", f"{year}-{int(g('sm')):02d}", None, False
                return (f"{year}-{int(g('sm')):02d}" if g("sm") else f"{year}-{'H1' if g('sh') == '上' else 'H2'}"), None, None, False
            if kind == "dotrange" or kind == "slashrange":
                dotted = kind == "dotrange"
                first_month = int(g("rm1") if dotted else g("sm1"))
                last_month = int(g("rm2") if dotted else g("sm2") or first_month)
                year = self._year(e) or self._year_for_month(first_month, direction)
                start = date(year, first_month, int(g("rd1") if dotted else g("sd1")))
                end = date(year + (1 if last_month < first_month else 0), last_month, int(g("rd2") if dotted else g("sd2")))
                if end <= start:
                    return None  # (1/3~1/2: fractions, no days)
                return start.isoformat(), end.isoformat(), None, False
            if kind == "dotmonths":
                first_year, first, last = int(g("dy1")), int(g("dm1")), int(g("dm2"))
                if not (1 <= first <= 12 and 1 <= last <= 12):
                    return None
                last_year = int(g("dy2") or first_year + (1 if last < first else 0))
                return f"{first_year}-{first:02d}", f"{last_year}-{last:02d}", None, False
            if kind == "monthrange":
                first, last = int(g("m1")), int(g("m2"))
                if not (1 <= first <= 12 and 1 <= last <= 12):
                    return None  # (1·0월, a typo's numbers: no months)
                year = self._year(e) or self._year_for_month(first, direction)
                end_year = year + (1 if last < first else 0)
                return f"{year}-{first:02d}", f"{end_year}-{last:02d}", None, False
            if kind == "dayrange":
                first, last = int(g("d1")), int(g("d2"))
                month_of = self._calendar_month(e, direction)
                start = (date(month_of[0], month_of[1], first) if month_of
                         else self._day_in_month(first, g("dd"), direction, context))  # (지난 4~5일: the word decides)
                end = start.replace(day=last) if last >= first else _add_months(start, 1).replace(day=last)
                return start.isoformat(), end.isoformat(), None, False
            if kind == "sametime":  # (이듬해 1월 … 같은 시기: that month; with no time told before it, none)
                if not self._told:
                    return None
                told = self._told[-1][1].split("T")[0]
                deadline = lookup("time_anaphor", g("tan"))
                if deadline != "last":  # (8월 초 평가를 치른다. A는 그 전까지 모델을 내야 한다: by that time)
                    return told, None, "BEFORE" if deadline == "before" else None, False
                # (a day told last is the time around it, its month: 15일 결과가 나왔다. 비슷한 시기 …)
                return (told[:7] if granularity(told) == "day" else told), None, None, False
            if kind == "offset":
                return self._offset(e)
            if kind == "dday":  # D-7: the day is a week after the one counting
                if g("ddn") is None and (event_day := self._event_day(e.start)) is not None:
                    return event_day.isoformat(), None, None, False  # (행사 디데이를 앞둔 13일: the day told of that event)
                days = int(g("ddn") or 0) * (1 if g("dds") != "+" else -1)
                return (self.anchor + timedelta(days=days)).isoformat(), None, None, False
            if e.has("season"):  # 지난겨울, 초가을, 2025년 늦가을
                code = lookup("season", g("ss"))
                part = g("sp1") or g("sp2")
                told_year = self._year(e)
                season_year = told_year if told_year is not None else self._year_for_part(
                    code, _word_direction(g("sd")) or direction)
                if (told_year is None and g("sd") and lookup("direction", g("sd")) == "this"
                        and (going := value_range(f"{season_year - 1}-{code}", None)) and going[0] <= self.anchor <= going[1]):
                    season_year -= 1  # (이번 겨울방학 동안 연다, in January: the winter going on began last year)
                return f"{season_year:04d}-{code}", None, _mod(lookup("season_part", part)) if part else None, False
        except ValueError:
            return None
        return self._calendar(e, direction, context)

    def _year_of_topic(self, start: int) -> int | None:
        """The year told right before a topic that a month follows (내년 행사는 3월 5일, 올해 대회는 2월에), or before
        what is done in it (내년에는 새 모델을 3월 중 낸다, 올해 A.X 5.0을 3분기 안에), or None. The year is then no time
        of its own, only the frame of the one after it (see `framing_ends`)."""
        if not self._told or len(value := self._told[-1][1]) != 4 or not value.isdigit():
            return None
        year_end = self._told[-1][0]
        if (_TOPIC_BETWEEN.fullmatch(self.text, year_end, start) is None
                and _YEAR_FRAMING.fullmatch(self.text, year_end, start) is None):
            return None
        self.framing_ends.add(year_end)
        return int(value)

    def _calendar(self, e: grammar.Expression, direction: str | None, context: date | None):
        g: Groups = e.values.get
        anchor = self.anchor
        year = self._year(e)
        month: int | None = None
        mod = None
        try:
            if g("mr") is not None:
                if year is None and g("mr") in _TIME_OF_YEAR_ONLY:
                    return None  # (같은 시기 alone: the time of something told, not this month)
                step = int(lookup("month_rel", g("mr")))
                moved = _add_months(anchor.replace(day=1), step)
                if (step > 0 and year is None and direction == "past" and moved > anchor and self._last_month is not None
                        and self._sentence_start(e.start) <= self._last_month_at < e.start):
                    # (지난해 7월 서면평가는 통과했지만 다음 달 발표평가에서 들지 못했다: the month after the one just told,
                    # done; not one after the story's, still to come)
                    moved = _add_months(self._last_month, step)
                # 지난해 이맘때: a year told with it keeps the month and moves the year
                year, month = (year if year is not None else moved.year), moved.month
            elif g("mn") is not None:  # 같은 달: the month named last, else this one
                moved = _add_months(self._last_month or anchor.replace(day=1), int(lookup("month_anaphor", g("mn"))))
                # (지난해 같은 달: a year told with it keeps the month and moves the year)
                year, month = (year if year is not None else moved.year), moved.month
            elif g("ma") is not None:
                month = int(g("ma"))
                if not 1 <= month <= 12:
                    return None
                if year is None:
                    if context is not None:
                        year = context.year + (1 if month < context.month else 0)
                    elif g("md") is None and (topic_year := self._year_of_topic(e.start)) is not None:
                        year = topic_year  # (내년 행사는 3월 5일 열린다: the year its topic was told in)
                    else:
                        told = _word_direction(g("md")) or direction
                        if told is None and g("md") is None and (other := _MONTH_JOINED_AFTER.match(self.text, e.end)) is not None:
                            told = direction_after(self.text, other.end())[0]  # (1월과 8월 두 번의 평가를 넘긴: the second's)
                        if told is None and g("md") is None and under_plans_heading(self.text, e.start):
                            told = "future"  # (■ 향후 계획 / ○ 최종 2개 팀 선정(12월): a plan's month, ahead)
                        if told in ("future", "present") and g("md") is None and self._correcting(e):
                            told = None  # (… 보도했으나, 실제 제출일은 11월 27일이기에 바로잡습니다: the day put right, the nearest)
                        year = self._year_for_month(month, told, strict=g("md") is not None,
                                                    now=self._said_on(e) if told in ("future", "present") else None)
                        if (told == "past" and g("md") is None and g("da") is not None and g("da").isdigit()
                                and (year, month) == (self.anchor.year, self.anchor.month) and int(g("da")) > self.anchor.day):
                            year -= 1  # (12월 30일 … 모델을 내보였다, written on 3 December: a day gone by is last year's)
                        elif (told == "past" and (year, month) == (self.anchor.year, self.anchor.month)
                              and self.anchor.day <= EARLY_DAYS and self.text[e.start:e.end].rstrip("월").isdigit()):
                            year -= 1  # (1월 탈락은 … 때문이었다, written on 10 January: a month bare of any part, told gone
                            # by when only days of this one have, is last year's; this one's would be 이달, 3월 초순 stays)
                        elif (told == "past" and g("md") is not None and g("da") is not None and g("da").isdigit()
                              and month == self.anchor.month and int(g("da")) < self.anchor.day):
                            year = self.anchor.year  # (지난 2월 12일, written on 23 February: this month's, gone by)
                        elif (told == "future" and g("md") is not None and g("da") is not None and g("da").isdigit()
                              and month == self.anchor.month and int(g("da")) > self.anchor.day):
                            year = self.anchor.year  # (오는 8월 4일, written on 1 August: this month's, still ahead)
                        originally = ORIGINALLY_BEFORE.search(self.text, max(0, e.start - ORIGINALLY_REACH), e.start) is not None
                        # (지난해 10월 소장을 냈다. 재판부는 다음 변론을 5월 21일로 잡았다: a day set now, with no time of the
                        # setting told in its sentence, is nearest the writing, not of the year the story told)
                        set_now = (self.text.startswith(("로", "으로"), e.end) and _MOVED_ONTO.match(self.text, e.end) is not None
                                   and not (self._told and self._told[-1][0] >= self._sentence_start(e.start)))
                        if (told is None and self._year_told and not originally and not set_now and e.start != self._promised_at
                                and (self.reference_year <= self.anchor.year  # (not a plan's year ahead, told before: 내년
                                     # 상반기 … 추진한다. "11월 …"; but one of the same sentence, 내년 서밋을 11월 초 연다)
                                     or bool(self._told) and self._told[-1][0] >= self._sentence_start(e.start))):
                            # 올 한 해를 정리했다 ... 1/15 결과 발표: no tense, the year told (but 당초 1월 중순 …이 목표였다:
                            # a plan once set, nearest to the writing)
                            year = self.reference_year
                        last = self._last_month
                        if (told is None and (last_day := self._last_day) is not None and month < last_day[1].month
                                and last_day[1].year == year
                                and _ends_line(self.text, e.end) and _list_item_at(self.text, e.start)
                                and self._sentence_ends(last_day[0], e.start) <= CHRONICLE_SENTENCES
                                and not any(end > last_day[0] and len(value) == 4 for end, value in self._told[-3:])):
                            year += 1  # (△접수: 12월 7일~18일 / △결과 통보: 1월 8일: days of a schedule down a list go on into the next year)
                        # (… 다음 달 초까지 들어온다. 애초 9월 말 들여올 계획이었으나: a plan once set, nearest to the writing, is
                        # no month down a list in order)
                        framing_year = next((int(value) for end, value in reversed(self._told[-3:]) if len(value) == 4 and value.isdigit()
                                             and self.text[end - 1] == "년" and end > self._last_month_at
                                             and self._sentence_ends(end, e.start) == 1),
                                            None) if told == "past" and g("md") is None and g("da") is None else None
                        if framing_year is not None and framing_year < self.anchor.year:
                            year = framing_year  # (반전은 2028년에 일어났다. … 5월 재합류에 성공했다: the year just told frames the month)
                        elif (told != "past" and last and month > last.month and last.year > year and not originally
                                and (self._sentence_start(e.start) <= self._last_month_at
                                     or told is None and self._sentence_ends(self._last_month_at, e.start) <= CHRONICLE_SENTENCES
                                and not any(end > self._last_month_at and len(value) == 4 for end, value in self._told[-3:]))):
                            # 8월 2차 평가와 12월 최종 평가: months told in order, in one sentence (내년 3월까지 모집하고,
                            # 6월 점검을 거쳐 12월 공개한다, written in December: the December after), or down a list with no
                            # verb (▶2월=추가 선정 / ▶8월 초=2차 평가, written in January: this August), unless a year
                            # was told since (■ 2025년 / 12.30 … / 8.4 …)
                            year = last.year
                        elif (told == "past" and g("md") is None and last and month > last.month and last.year < year
                              and self._sentence_ends(self._last_month_at, e.start)
                              <= CHRONICLE_SENTENCES):
                            # (2025년 6월 20일 공고로 시작된 … 첫 관문은 서류였다. 7월 21일 마감한 공모에: a story told in
                            # order goes on in the year it told)
                            year = last.year
                        elif (told == "past" and g("md") is None and (season := self._last_season) is not None
                              and season[1] > self._last_month_at and month >= season[0].month and season[0].year < year
                              and self._sentence_ends(season[1], e.start) <= CHRONICLE_SENTENCES):
                            # (지난해 여름 15개 컨소시엄이 몰렸다. A는 8월 … 고배를 마셨다: so does a season's)
                            year = season[0].year
                        elif (last and month > last.month and last.year < year and self._sentence_start(e.start) <= self._last_month_at
                              and _THIS_YEAR_MONTH.match(self.text, self._last_month_at) is not None and not originally):
                            # (올해 1월 … 두 팀을, 8월 … 한 팀을 떨어뜨린 프로젝트가 …: months told in order in one sentence
                            # after one told as this year's stay in it, whatever the main verb's tense)
                            year = last.year
                        if (last and month > last.month and not originally and 0 <= e.start - self._last_month_at <= JOINED_MONTH_REACH
                                and _MONTH_JOINED_BEFORE.search(self.text, self._last_month_at, e.start)):
                            year = last.year  # (올해 1월과 8월, 지난 1월과 8월: months told together share the first one's year)
            if month is not None and g("mp") is not None:
                mod = _mod(lookup("month_part", g("mp")))
            if month is not None and year is not None:
                self._last_month, self._last_month_at = date(year, month, 1), e.start
                if (g("da") is None and g("ma") is not None and date(year, month, 1) < self.anchor.replace(day=1)
                        and (not e.has("year") and g("md") is None and _MONTH_FRAME_AFTER.match(self.text, e.end)
                             or _MONTH_AS_PREDICATE.match(self.text, e.end))):
                    self._month_framed = (e.end, date(year, month, 1))  # (the month a story is set in)
                if g("da") is None and _opens_line(self.text, e.start) and _ends_line(self.text, e.end):
                    self._heading_month = self._last_month  # (a month alone on its line heads the days below it)
            if (g("dn") is not None and lookup("day_anaphor", g("dn")) == "T0" and self._told
                    and len(self._told[-1][1]) == 7 and self._told[-1][1][4] == "-"):
                # (우리는 지난 1월 … 탈락했다. 그날 저녁 …: a day of the month told, which the text does not name)
                return self._told[-1][1], None, None, False
            if g("dn") == "당일" and (month_of_event := self._month_of_event_before(e.start)) is not None:
                # (11월 말 최종 평가를 치른다. 평가 당일에는 …; 내년 1월 중순 공개할 계획이다. 공개 당일: a day of the
                # event its word names, which only its month tells; not the story's day)
                return month_of_event, None, None, False
            day = self._day(e, year, month, direction, context)
            if (day is not None and g("da") and g("ma") and not e.has("year")
                    and (weekday := g("dwd")) is not None):
                # (12월 12일(토) … 실시했다, told on 11 December 2026: the year whose 12 December is a Saturday)
                wanted = int(lookup("weekday", weekday)) - 1
                day = next((candidate for shift in (0, 1, -1)
                            if (candidate := _safe_day(day.year + shift, day.month, day.day)).weekday() == wanted), day)
            elif (day is not None and g("da") and not g("ma") and context is None and (weekday := g("dwd")) is not None
                  and day.weekday() != int(lookup("weekday", weekday)) - 1):
                # (- 22일(목): …, told on 5 June 2028: the month next to it whose 22nd is a Thursday)
                day = _nearby_month_with_weekday(day, int(lookup("weekday", weekday)) - 1) or day
        except ValueError:
            return None
        if day is not None:
            if e.has("time"):
                return self._with_time(day, e)
            return day.isoformat(), None, None, False
        if g("dn") is not None:
            return None  # (발표 전날 밤, of results no day tells: no day, nor an hour of one)
        if g("wr") is not None:
            if (direction == "past" and lookup("week_rel", g("wr")) == "+1" and g("wp") is None and self._told_before_in_past(e.start)
                    and not _DECIDED.search(self.text, e.end, self._sentence_end(e.end))):  # (not … 공유하기로 했다: a plan)
                # (1월 탈락 당시 … 저희는 바로 다음 주부터 설계에 들어갔다: the week after a time told, which no day gives;
                # 지난 3일 발표했다. … 다음 주 후속 조치를 내놨다: the week after that day's)
                if self._last_day is None or self._last_day[1] >= self.anchor:
                    return None
                iso = (self._last_day[1] + timedelta(weeks=1)).isocalendar()
                return f"{iso[0]}-W{iso[1]:02d}", None, None, False
            monday = self._week_monday(g("wr"))
            if (g("wp") is None and self.anchor.weekday() == 6 and monday == self.anchor - timedelta(days=6)
                    and (direction in ("future", "present")
                         # (이번 주(7~11일), its days in brackets from the next day on: that week, whatever the tense)
                         or self.text.startswith(f"({(self.anchor + timedelta(days=1)).day}", e.end))):
                monday += timedelta(weeks=1)  # (이번 주 … 찾는다, written on a Sunday: the week that begins tomorrow)
                self._week_from_tomorrow = True
            elif self._week_from_tomorrow and monday != self.anchor - timedelta(days=6):
                monday += timedelta(weeks=1)  # (… 이번 주는 … 몰려 있다. 지난주 …: the week before that one)
            iso = monday.isocalendar()
            if g("wp") in ("말", "주말"):  # 이번 주말, 이번 주 주말: the weekend (TIMEX3's -WE)
                return f"{iso[0]}-W{iso[1]:02d}-WE", None, None, False
            return f"{iso[0]}-W{iso[1]:02d}", None, _mod(lookup("month_part", g("wp"))) if g("wp") else None, False
        if g("wtp") is not None:  # (주 초 B와 계약을 맺었다: the part of the week of publication)
            iso = (self.anchor - timedelta(days=self.anchor.weekday())).isocalendar()
            return f"{iso[0]}-W{iso[1]:02d}", None, _mod(lookup("month_part", g("wtp"))), False
        if g("wb") is not None or g("wc") is not None:  # 주말 사이에: the weekend just past, told in the past; else the
            monday = self.anchor - timedelta(days=self.anchor.weekday())  # coming one, as 오는 주말 always is
            if g("wb") is not None and direction == "past" and self.anchor.weekday() < SATURDAY:
                monday -= timedelta(weeks=1)
            elif g("wc") is not None and self.anchor.weekday() >= SATURDAY:
                monday += timedelta(weeks=1)  # (오는 주말, told on a Saturday: the next one)
            iso = monday.isocalendar()
            return f"{iso[0]}-W{iso[1]:02d}-WE", None, None, False
        if g("wo") is not None:  # 둘째 주에는: of the month told last, once weeks of a month are being told (1월 첫째 주 …)
            if (self._series_start is None and self._last_day is not None and not self._month_weeks_told
                    and self.text.find("매주", self._last_day[0], e.start) >= 0):
                self._series_start = self._last_day[1]
            if self._series_start is not None:
                # (… 6일부터 매주 화요일 …. 둘째 주에는 A, 셋째 주에는 B: the series' sessions, a week apart from its first)
                return (self._series_start + timedelta(weeks=_week_ordinal(g("wo")) - 1)).isoformat(), None, None, False
            if self._last_month is None or not self._month_weeks_told:
                return None
            iso = _thursday_of_week(self._last_month.year, self._last_month.month, _week_ordinal(g("wo"))).isocalendar()
            return f"{iso[0]}-W{iso[1]:02d}{'-WE' if g('woe') else ''}", None, None, False
        if month is not None and year is not None and g("mw") is not None:
            self._month_weeks_told = True
            iso = _thursday_of_week(year, month, _week_ordinal(g("mw"))).isocalendar()
            return f"{iso[0]}-W{iso[1]:02d}{'-WE' if g('mwe') else ''}", None, None, False  # (12월 첫째 주 주말)
        if month is not None and mod == "LAST" and year is not None:  # 이달 말일: the month's last day
            return date(year, month, month_length(year, month)).isoformat(), None, None, False
        if month is not None:
            return f"{year:04d}-{month:02d}", None, mod, False
        part = g("yp") or g("yw")
        if year is not None and part is None:
            return f"{year:04d}", None, None, False
        if part is not None:
            category = "year_part" if g("yp") else "year_word"
            code = lookup(category, part)
            if year is None:
                word_direction = _word_direction(g("ywd"))
                year = (word_direction is None and code.startswith(YEAR_SUBDIVISIONS) and self._year_of_topic(e.start)
                        ) or self._year_of_step(e, code, direction) or self._year_for_part(
                    code, word_direction or direction, word_direction is not None,
                    now=self._said_on(e) if direction == "future" and word_direction is None else None)
            if code.lstrip("W").isdigit():  # (새해 첫 주, 새해 첫 달: the year's first week, W01, or month, 01; not WI, winter)
                return f"{year:04d}-{code}", None, None, False
            if code.startswith(YEAR_SUBDIVISIONS):
                sub_part = g("yp2") or g("ywp")
                return f"{year:04d}-{code}", None, _mod(lookup("month_part", sub_part)) if sub_part else None, False
            return f"{year:04d}", None, _mod(code), False
        if e.has("time"):  # a time of day alone belongs to the narrative date (in a range, to its first end's: 10:00~17:00)
            heading = self._heading_day
            # (■ 셋째 날(16일) / - 설명회(오후 1시~5시): the day heading the lines, none told since)
            under_heading = heading[1] if heading is not None and self._last_day is not None and heading[0] == self._last_day[0] else None
            # (▲금요일 = 최종 발표회. 오후 2시부터 …: the weekday just told on its line, which the story's days leave out)
            in_line = (self._last_day[1] if self._last_day is not None and e.start - self._last_day[0] <= HOURS_AFTER_DAY_REACH
                       and "\n" not in self.text[self._last_day[0]:e.start] and self._last_day[1] > self.anchor else None)
            return self._with_time(context or under_heading or in_line or self._day_of_event_topic(e.start)
                                   or self._day_of_hours(), e)
        return None

    def _holiday(self, e: grammar.Expression, direction: str | None):
        """A named day (추석, 내년 설 연휴, 광복절): in the year written, else the year the tense
        points to, else the nearest. The lunar new year's and harvest holidays (연휴) are three days."""
        g: Groups = e.values.get
        code = lookup("holiday", g("hd")).rstrip("!")  # (the grammar took 설 only before 연휴, 명절)
        calendar_kind, month, day_of_month = code[0], int(code[1:3]), int(code[4:6])
        year = self._year(e)
        three_days = g("hv") == "연휴" and calendar_kind == "L" and (month, day_of_month) in ((1, 1), (8, 15))
        if year is None:
            anchor = self.anchor
            days = [d for d in (holiday_date(calendar_kind, month, day_of_month, y)
                                for y in (anchor.year - 1, anchor.year, anchor.year + 1)) if d]
            told = self._told[-1] if self._told else None
            if told is not None and self.text[told[0]:e.start].isspace() and len(told[1]) >= len("2026-01-01"):
                # (그저께 크리스마스 이브에: the holiday is the day told right before it, in other words)
                said = date.fromisoformat(told[1][:10])
                days = [d for d in days if abs((d - said).days) <= HOLIDAY_APPOSITION_DAYS] or days
            if direction == "past" and _DECIDED_AHEAD.match(self.text, e.end):
                direction = None  # (설 연휴 기간에도 심사를 이어가기로 했다: what was decided is still to come; the nearest)
            # (a three-day holiday goes on to the day after its own: 설 연휴가 끝난 직후, told on its last day, is this one's)
            reach = timedelta(days=1 if three_days else 0)
            if direction == "past":
                days = [d for d in days if d <= anchor] or days
            elif direction == "future":
                days = [d for d in days if d + reach >= anchor] or days
            day = min(days, key=lambda d: abs((d - anchor).days)) if days else None
        else:
            day = holiday_date(calendar_kind, month, day_of_month, year)
        if day is None:
            return None
        if three_days:
            return (day - timedelta(days=1)).isoformat(), (day + timedelta(days=1)).isoformat(), None, False
        if e.has("time"):
            return self._with_time(day, e)
        return day.isoformat(), None, None, False

    def _calendar_month(self, e: grammar.Expression, direction: str | None = None) -> tuple[int, int] | None:
        """(year, month) an expression names before its day, as in 다음 달 3~5일 or 8월 4~5일 (its
        year, when not written, from the tense as for a single day)."""
        g: Groups = e.values.get
        if g("mr") is not None:
            moved = _add_months(self.anchor.replace(day=1), int(lookup("month_rel", g("mr"))))
        elif g("mn") is not None:  # (내년 1월 12~13일, … 같은 달 18~19일: the month named last)
            moved = _add_months(self._last_month or self.anchor.replace(day=1), int(lookup("month_anaphor", g("mn"))))
        elif g("ma") is not None:
            month = int(g("ma"))
            moved = date(self._year(e) or self._year_for_month(month, direction), month, 1)
        else:
            return None
        self._last_month, self._last_month_at = moved, e.start  # (the month a later 같은 달 names)
        return moved.year, moved.month

    def _year(self, e: grammar.Expression) -> int | None:
        g: Groups = e.values.get
        if g("ya"):
            return int(g("ya"))
        if g("y2") or g("y2b"):
            return 2000 + int(g("y2") or g("y2b"))
        if g("yago"):
            return self.anchor.year - int(g("yago"))
        if g("ynew"):  # (새해 첫 주, told in December: the coming year; told in January, the one begun)
            return self.anchor.year + (1 if self.anchor.month >= NEW_YEAR_TOLD_FROM else 0)
        word = g("yr") or g("yol")
        if word is None:
            return None
        shift = lookup("year_rel", word)
        if shift.startswith("ref"):
            if not self._year_told and g("ma") is not None:
                return None  # (1년이 된다. 그해 12월 30일 …: no year told to refer to, so the month's own, by tense)
            return self.reference_year + int(shift[3:])
        said = self._quoted_on(e.start)
        return (said.year if said is not None else self.anchor.year) + int(shift)

    def _quoted_on(self, start: int, any_day: bool = False) -> date | None:
        """The day words in quotation marks were said, when their sentence tells it before them in a year other than
        publication's: a day told outside them (지난해 12월 30일 "내년에는 …"이라고 말했다), or the day told last for the
        occasion the sentence points back to (12월 30일 발표회에서 … 정 대표는 이 자리에서 "내년에는 …"); else None.
        With `any_day`, a day before publication's in its year too, told right before the words with no clause of its
        own between (20일 기자들과 만나 "오늘 …": not 15일 발표된 결과에 대해 "오늘 …", a day of what was done)."""
        sentence_start = self._sentence_start(start)
        opening = quotation_opening(self.text, sentence_start, start)
        if opening < 0:
            return None
        said_day: date | None = None
        if self._told and sentence_start <= self._told[-1][0] <= opening:
            said = value_range(self._told[-1][1].split("T")[0])
            said_day = said[0] if said is not None and said[0] == said[1] else None
        elif self._last_day is not None and _THAT_OCCASION_WORDS.search(self.text, sentence_start, opening):
            said_day = self._last_day[1]
        if said_day is None:
            return None
        if said_day.year != self.anchor.year:
            return said_day
        told_end = self._told[-1][0] if self._told else opening
        if (any_day and said_day < self.anchor and sentence_start <= told_end <= opening
                and (not _CLAUSE_OF_ITS_OWN.search(self.text, told_end, opening) or _SAID_AT.search(self.text, told_end, opening))):
            return said_day
        return None

    def _day(self, e, year, month, direction, context) -> date | None:
        g: Groups = e.values.get
        anchor = self.anchor
        if g("dr") is not None:
            if g("dp"):
                return self._bracketed_day(int(g("dp")), e.start, anchor)
            said = self._quoted_on(e.start, any_day=True)  # (20일 페이스북에 "오늘 …"이라고 적었다: the 20th, not the news's day)
            relative = (said if said is not None else anchor) + timedelta(days=int(lookup("day_rel", g("dr"))))
            # (지난해 오늘: that day of the year told)
            return _safe_day(year, relative.month, relative.day) if year is not None and year != anchor.year else relative
        if g("dn") is not None:
            if g("dnp"):
                return self._bracketed_day(int(g("dnp")), e.start, self._narrative_at(e.start))
            told_last = self._told[-1][1] if self._told else ""
            if lookup("day_anaphor", g("dn")) == "T0" and len(told_last) >= 10 and told_last[4] == told_last[7] == "-":
                # (… "가장 어려웠던 날은 2026년 1월 15일"이라고 했다. 그날 그는 …: the day told last, whatever the story's day;
                # but told done, the last such day that has been, not a plan's told since: 정부는 23일 공모를 낸다. 그날
                # 불린 세 이름은 …; though 그날 …하기로 했다 is of the plan)
                told_day = date.fromisoformat(told_last[:10])
                if direction == "past" and told_day > anchor and not _DECIDED_AHEAD.match(self.text, e.end):
                    return next((been for _, value in reversed(self._told) if len(value) >= 10 and value[4] == value[7] == "-"
                                 and (been := date.fromisoformat(value[:10])) <= anchor), told_day)
                return told_day
            shift = lookup("day_anaphor", g("dn")).removeprefix("T")  # (T0: a day counted as 0; see _calendar for a month told)
            if shift == "moment":  # (밤 11시에도 … 같은 시각 B 사옥.: the moment told last, its day; else as 같은 날)
                timed = next((value for end, value in reversed(self._told) if end <= e.start and "T" in value and len(value) >= 13), None)
                if timed is not None:
                    return date.fromisoformat(timed[:10])
                shift = "same"
            if shift == "same":
                named = _SAME_AS_EVENT.search(self.text, max(0, e.start - SAME_AS_REACH), e.start)
                event_day = self._event_day(named.end(1)) if named else None  # 공고와 같은 날: the day of that event
                # (A는 … 내년 1월 8일로 미뤘다고 9일 밝혔다. 같은 날 B는 …다고 알렸다: a telling on the day of the one before)
                # (… B도 개발을 계속한다고 같은 날 밝혔다: the day of the telling right after it, too)
                telling = self._last_telling_day(e.start) if event_day is None and (
                    _reported_after(self.text, e.end) or _REPORTING.match(self.text, e.end)) else None
                same = event_day or telling or self._last_day_told(e.start)
                if direction == "past" and same > self.anchor:  # (접수는 다음 달 12일까지다. A는 같은 날 … 밝혔다: not a
                    same = self._last_day_before_anchor()       # day still to come, the last one told that has been)
                return same
            if shift.startswith("R"):  # 첫날, 둘째 날, 마지막 날: of the span told last
                if (self._last_day is not None and self._sentence_start(e.start) < self._last_day[0] <= e.start
                        and _DAY_THEN_ITS_PLACE.fullmatch(self.text, self._last_day[0], e.start)):
                    # (지난 1일 최종 발표회 둘째 날: the day just told, and its place in the span; a later 첫날 counts from it)
                    self._span_named = (e.end, self._last_day[1], shift)
                    return self._last_day[1]
                if self._span_named is not None and self._span_named[0] > self._last_span_at:
                    _, named_day, place = self._span_named  # (첫날인 30일에는 … 첫날 발표를 마친 뒤: that day)
                    if shift == place:
                        return named_day
                    if "RE" not in (shift, place):
                        return named_day + timedelta(days=int(shift[1:]) - int(place[1:]))
                if self._last_span is None:
                    # (3일 공개했다. 1차분은 9월 15일 나왔다. 공개 첫날 A가 …: counted from the day of the event its word names)
                    event_day = self._event_day(e.start) if shift != "RE" else None
                    if event_day is None and (self._coarse_time_told_last()
                                              or shift != "R0" and self._anchor_before(e.start)[1] == "event"):
                        # (내년 1월 중순 한국을 찾는다. … 방한 첫날: a day of that month's, which none tells; 행사는 최종
                        # 평가 둘째 날과 겹친다: a later day of an event whose days none tells, though its first may be
                        # the story's own, 발표회 첫날 현장을 전합니다)
                        return None
                    counted = (event_day or self._narrative_at(e.start)) + timedelta(days=0 if shift == "RE" else int(shift[1:]))
                    # (what was done on a first day is not on a plan's day told before it)
                    return self._last_day_before_anchor() if direction == "past" and counted > self.anchor else counted
                first, last = self._last_span
                return last if shift == "RE" else min(last, first + timedelta(days=int(shift[1:])))
            if shift.startswith("N"):  # 그다음 날: after the day told last, whatever it was
                return self._last_day_told() + timedelta(days=int(shift[1:]))
            contrasted = self._contrasted_day(e) if shift == "0" else None
            if contrasted is not None:
                return contrasted
            if self._last_day and (self._last_day[0] <= e.start <= self._last_day[0] + 1
                                   # (출발점은 2025년 8월 4일이다. 정부는 이날 …: the day the sentence before was all about)
                                   or shift == "0" and _DAY_AS_ALL_TOLD.fullmatch(self.text, self._last_day[0], e.start) is not None
                                   or shift != "0" and self._last_day[0] > self._sentence_start(e.start)
                                   # (이틀 뒤 A는 신청서를 냈고, 당일 B는 접수를 확인했다: that very day, its sentence's; but
                                   # 마감 당일, the day of the event named)
                                   or g("dn") == "당일" and self._last_day[0] > self._sentence_start(e.start)
                                   and self._event_day(e.start) is None):
                # (광복절 다음 날: the day after the one named right before; 지난주 목요일 … 치른 A가 이튿날 …: after the
                # day its sentence told, where 이날 is still the story's)
                return self._last_day[1] + timedelta(days=int(shift))
            event_day = self._event_day(e.start)
            if event_day is not None:
                return event_day + timedelta(days=int(shift))  # 발표 이튿날, 마감 당일: from the day told of that event
            held = self._gathering_day(e.start, e.end) if shift == "0" else None
            if held is not None and held <= self.anchor:
                # (3일 설명회를 열었다. A는 30일 평가를 치렀다. 부장은 이날 설명회에서 …: the 3rd; one ahead is the story's
                # day already when it is told as the news, and a day ahead told since is no 이날 of words said)
                return held
            if int(shift) > 0 and self._coarse_time_told_last() or (
                    int(shift) != 0 and self._told and len(self._told[-1][1]) < len("2026-01-01")
                    and self._anchor_before(e.start)[1] == "event"):
                # (내년 1월 중순 … 방한 첫날 A를, 이튿날 B를: the day after one no day tells; 8월 평가를 치렀다. 평가 이튿날
                # 입장을 냈다: the day after an event told last by its month alone)
                return None
            # (각 팀은 16일까지 자료를 내야 한다. B는 이를 정리해 이튿날 아침 넘긴다: the day after the one the sentence before
            # told, not after the story's)
            told_just_before = self._deadline_in_previous_sentence(e.start) if int(shift) != 0 else None
            counted_from = told_just_before or self._narrative_at(e.start)
            if told_just_before is None and direction == "past" and int(shift) < 0 and counted_from > self.anchor:
                # (명일 현황을 공개하기로 했다. A는 전일 지원서를 냈다: done the day before, told as done, is before the
                # publication's day, not before the plan's)
                counted_from = self.anchor
            counted = counted_from + timedelta(days=int(shift))
            if (int(shift) < 0 and self._last_day is not None and counted < self._last_day[1]
                    and (_RESULTS_TOPIC.search(self.text, self._sentence_start(e.start), e.start)
                         # (… 15일 A를 탈락시켰다. A는 전날 입장문에서 반박했다: an answer to the decision comes after it)
                         or self.anchor + timedelta(days=int(shift)) >= self._last_day[1]
                         and _ANSWERING.search(self.text, self._sentence_start(e.start), self._sentence_end(e.end)))):
                # (… 발표평가는 5월 12일 치러졌다. 결과는 전날 오후 발표됐다: results come after the step told, so the day
                # before is the story's own, not the step's)
                counted = self.anchor + timedelta(days=int(shift))
            # What is told as done was not done after publication: the story's day was a plan
            # (결과는 29일 나온다. ... 전날 통보받았다): counted from the publication's day.
            if counted > self.anchor and direction == "future" and shift == "0" and _reported_after(self.text, e.end):
                # (28일 설명회를 연다. … A는 이날 나서지 않겠다고 밝혔다: a plan's words told in the past were said on
                # the story's last day that has been, not on an aside's told since, 지난 15일 탈락한 B)
                return next((date.fromisoformat(day) for _, day, scope in reversed(self._days)
                             if scope != "next" and date.fromisoformat(day) <= self.anchor), self.anchor)
            if counted > self.anchor and (direction == "past" or direction is None and shift == "0" and (
                    self._went_back_since(e.start) or _reported_after(self.text, e.end))):
                # (이날 after a plan told, 17일 회의를 열어 … 다음 달 2일 확정될 전망이다. 장관은 이날 회의에서 말했다: the
                # last day told that has been; so with no tense once the story went back since: … 8월 3일 시작된다. …
                # 지난 4월 회의에서 원칙을 세웠다. 이날 의결은 그 후속 조치다)
                if int(shift) == 0:
                    return self._last_day_before_anchor()
                if (direction == "past" and int(shift) > 0 and self._last_day is not None
                        and self._sentence_ends(self._last_day[0], e.start) == 1
                        and self._last_day[1] + timedelta(days=int(shift)) <= self.anchor):
                    # (지난주 목요일 … 적용했다. … 이튿날 업데이트를 내놨다: the day after the one the sentence before told)
                    return self._last_day[1] + timedelta(days=int(shift))
                # (발표 이튿날 주가가 급락했다, its event's day untold: a day after it that has been is the story's own)
                return self.anchor if direction == "past" and int(shift) > 0 else self.anchor + timedelta(days=int(shift))
            return counted
        if g("da") is not None:
            day = int(g("da"))
            if month is not None:
                return date(year, month, day)
            if _EFFECTIVE_AS_OF.match(self.text, e.end):
                direction = None  # (1일 자로 합류해 … 총괄한다: the day it took effect, whichever is nearest)
            if (direction == "past" and context is None and g("dd") is None and day > self.anchor.day
                    and _SET_AHEAD.match(self.text, e.end)):
                # (15일 결과를 발표하기로 했다, 15일 공개를 예고했다, told on the 10th: the day of what was decided or
                # heralded, this month's; a day of last month's deciding would be told as 지난달 15일)
                return _safe_day(self.anchor.year, self.anchor.month, day)
            last_told = self._last_day
            if (context is None and self.text.startswith("까지", e.end) and last_told is not None
                    and self._sentence_ends(last_told[0], e.start) <= 1
                    and (length := days_counted(self.text, e.end + len("까지"))) > 1
                    and (closing := last_told[1] + timedelta(days=length - 1)).day == day):
                return closing  # (다음 달 3일 개막한다. 전시는 12일까지 열흘간 이어진다: the span from the day told, its month's)
            return self._day_in_month(day, g("dd"), direction, context)
        if g("wdp") is not None:  # 월요일(28일): the day in brackets
            day = int(g("wdp"))
            return date(year, month, day) if month is not None else self._day_in_month(day, g("wdd"), direction, context)
        if g("wd") is not None and g("mw") is not None and month is not None:  # 11월 셋째 주 목요일
            thursday = _thursday_of_week(year, month, _week_ordinal(g("mw")))
            return thursday + timedelta(days=int(lookup("weekday", g("wd"))) - 4)
        if g("wd") is not None:
            return self._weekday(e, direction)
        return None

    def _contrasted_day(self, e) -> date | None:
        """The day of a 이날 set against another day its sentence told (첫날인 30일에는 A가 …, 이날은 B가 …): not that day
        but the one the story was on before the sentence, or the story's own when that was the same; else None."""
        if self._last_day is None or not _CONTRAST_TOPIC.match(self.text, e.end):
            return None
        told_end, told = self._last_day
        sentence_start = self._sentence_start(e.start)
        if told_end < sentence_start or not _CONTRAST_TOPIC.match(self.text, told_end):
            return None
        before = [date.fromisoformat(day) for expression, day, scope in self._days
                  if expression.end < sentence_start and scope != "next"]
        self._contrasted_at = e.end
        return before[-1] if before and before[-1] != told else self.anchor

    def _day_in_month(self, day: int, word: str | None, direction: str | None, context: date | None) -> date:
        if context is not None:
            candidate = _safe_day(context.year, context.month, day)
            return candidate if candidate >= context else _add_months(context.replace(day=1), 1).replace(day=day)
        anchor = self.anchor
        explicit = _word_direction(word)
        direction = explicit or direction
        year, month = anchor.year, anchor.month
        months = ((year - 1, 12) if month == 1 else (year, month - 1), (year, month),
                  (year + 1, 1) if month == 12 else (year, month + 1))
        dates = [date(y, m, day) for y, m in months if day <= month_length(y, m)]  # last, this, next month
        if direction == "past":
            before = [d for d in dates if d <= anchor]
            if before:
                return before[-1]
        elif direction == "future":
            after = [d for d in dates if (d > anchor if explicit else d >= anchor)]
            if after:
                return after[0]
        same = _safe_day(year, month, day)
        if direction is None and dates:
            return min(dates, key=lambda d: (abs((d - anchor).days), d != same))
        return same

    def _weekday(self, e, direction) -> date:
        g: Groups = e.values.get
        anchor = self.anchor
        target = int(lookup("weekday", g("wd"))) - 1
        if direction == "future" and not g("wdd") and self._told_done_after(e):
            direction = "past"  # ([목] A는 "…"며 개발은 이어가겠다고 밝혔다: the day of the telling, done, not of what is told)
        if g("wr") is not None:
            monday = self._week_monday(g("wr"))
            self._week_named = (e.end, monday)
            return monday + timedelta(days=target)
        if g("wdb") is not None:  # [월] ... [금]: the week of publication; from Saturday on, the one to come, unless told done
            ahead = anchor.weekday() >= SATURDAY and direction != "past"  # ([월] A가 집계를 마쳤다, in Saturday's roundup)
            return anchor - timedelta(days=anchor.weekday()) + timedelta(days=target + (7 if ahead else 0))
        word = g("wdd")
        if word == "이번":
            return anchor - timedelta(days=anchor.weekday()) + timedelta(days=target)
        if word == "다음":
            self._week_named = (e.end, anchor - timedelta(days=anchor.weekday()) + timedelta(days=7))
            return self._week_named[1] + timedelta(days=target)
        way = _word_direction(word) or direction
        if (word is None and way != "past" and self._week_named is not None
                and e.start - self._week_named[0] <= WEEK_NAMED_REACH and self._week_named[1] > anchor):
            # (다음 주 월요일 … 수요일에는 … 접수는 금요일 마감된다: the weekdays of the week a schedule named, not this one's)
            return self._week_named[1] + timedelta(days=target)
        if (word is None and way == "past" and self._week_named is not None and e.start - self._week_named[0] <= WEEK_NAMED_REACH
                and self._week_named[1] <= anchor - timedelta(days=anchor.weekday() + 7)):
            # (지난주 업계는 바빴다. 월요일에는 A가 … 내놨다: the weekdays of the week gone by the story set itself in)
            return self._week_named[1] + timedelta(days=target)
        delta = (target - anchor.weekday()) % 7
        if way == "past":
            return anchor - timedelta(days=(anchor.weekday() - target) % 7 or (7 if word else 0))
        if way == "future" or delta == 0:
            return anchor + timedelta(days=delta or (7 if word else 0))
        back = anchor - timedelta(days=(anchor.weekday() - target) % 7)
        forward = anchor + timedelta(days=delta)
        if (self._last_day is not None and (self._last_day[0] >= self._sentence_start(e.start)
                                            or e.start - self._last_day[0] <= WEEK_NAMED_REACH
                                            and "\n" in self.text[self._last_day[0]:e.start])
                and back < self._last_day[1] <= forward):
            # (월요일 설명회, 수요일 착수, 금요일 브리핑: a schedule's weekdays, each after the one before; so are a list's
            # items, ▲수요일 = … 리허설을 한다. / ▲금요일 = 최종 발표회.)
            return forward
        return back if (anchor - back) < (forward - anchor) else forward

    def _told_done_after(self, e: grammar.Expression) -> bool:
        """Whether a time opening its sentence (or its line's label) is followed, with no other time, by words told as
        said, done (… 이어가겠다고 밝혔다): the time is the telling's."""
        start = self._sentence_start(e.start)
        if self.text[start:e.start].strip(" \t\n[]()▲△■□◆◇●○▶▷-·"):
            return False
        stop = _SENTENCE_END.search(self.text, e.end)
        end = stop.start() if stop else len(self.text)
        return SAID_THEN.search(self.text, e.end, end) is not None and not _DAY_WORD.search(self.text, e.end, end)

    def _week_monday(self, word: str) -> date:
        """The Monday of the week a week word names: from publication's week (다음 주), or, marked L,
        from the week told last (그다음 주: the week after it)."""
        shift = lookup("week_rel", word)
        base = self.anchor
        if shift.startswith("L"):
            base, shift = self._last_week or self.anchor, shift[1:]
        return base - timedelta(days=base.weekday()) + timedelta(weeks=int(shift))

    def _correcting(self, e: grammar.Expression) -> bool:
        """Whether the expression's sentence puts something told right (… 바로잡습니다)."""
        stop = _SENTENCE_END.search(self.text, e.end)
        return "바로잡" in self.text[self._sentence_start(e.start):stop.start() if stop else len(self.text)]

    def _year_for_month(self, month: int, direction: str | None, strict: bool = False, now: date | None = None) -> int:
        """The year of a month named without one, from the direction its clause points in, counted from
        publication or from `now`, the day a plan told in the past was said (see `_said_on`)."""
        anchor = now or self.anchor
        here = (anchor.year, anchor.month)
        if direction == "past":
            return anchor.year if ((anchor.year, month) < here if strict else (anchor.year, month) <= here) else anchor.year - 1
        if direction == "future":
            return anchor.year if ((anchor.year, month) > here if strict else (anchor.year, month) >= here) else anchor.year + 1
        distance = month - anchor.month
        if distance > 6:
            return anchor.year - 1
        if distance < -6:
            return anchor.year + 1
        return anchor.year

    def _bracketed_day(self, day: int, start: int, around: date) -> date:
        """The day in brackets after a day's word (첫날(3일), 오늘(15일)): of the span of days just told when it holds
        it (… 2월 3~4일 연다. 첫날(3일)에는 …), else the one nearest `around`."""
        held = self._span_holding(day, start)
        return held.replace(day=day) if held is not None else _nearest_day(around, day)

    def _span_holding(self, day: int, start: int) -> date | None:
        """The first day of the span of days told in the sentences just before `start` when it holds that
        day of its month, else None."""
        if self._last_span is None or self._last_span_at > start:
            return None
        first, last = self._last_span
        if not (first.month == last.month and first.day <= day <= last.day):
            return None
        ends = self._sentence_ends(self._last_span_at, start)
        return first if 1 <= ends <= STEP_SENTENCES else None  # (in its own sentence, 6~9일 ... 9일 밝혔다 is the telling's)

    def _said_on(self, e: grammar.Expression) -> date | None:
        """The day a plan was said, when its sentence tells that day before the plan's time and closes
        with the plan said in the past (1월 15일, ... 상반기 안에 내놓겠다고 했다, written in December: the first
        half after that day, not the next one), else None."""
        if not self._told or self._told[-1][0] > e.start or self._told[-1][0] < self._sentence_start(e.start):
            return None
        said = value_range(self._told[-1][1].split("T")[0])  # (a month too: 지난 2월 ... 4월까지 내놓겠다고 했다)
        if said is None or said[0] >= self.anchor:
            return None
        if _CLAUSE_DONE_BETWEEN.search(self.text, self._told[-1][0], e.start):
            return None  # (지난해 매출이 늘었다며 하반기 …하겠다고 밝혔다: the time of a clause done before, not of the saying)
        stop = _SENTENCE_END.search(self.text, e.end)
        return said[0] if SAID_THEN.search(self.text, e.end, stop.start() if stop else len(self.text)) else None

    def _year_of_step(self, e: grammar.Expression, code: str, direction: str | None = None) -> int | None:
        """The year of a half, a quarter or a year's end told as the next step after one with its year in the
        same sentence (내년 상반기까지 시제품을 만들고, 하반기 선보인다: the second half of that year), or just after
        one of a later year than publication's."""
        if not self._told:
            return None
        end, value = self._told[-1]
        if code == "END" and value[:4].isdigit() and int(value[:4]) > self.anchor.year and self._next_step(end, e.start):
            return int(value[:4])  # (내년 초 심사를 청구하고, 연말께 상장한다: the end of that year)
        if (e.get("yw") == "연중" and value[:4].isdigit() and int(value[:4]) > self.anchor.year and direction in ("future", "present")
                and self._sentence_ends(end, e.start) <= STEP_SENTENCES):
            return int(value[:4])  # (내년 … 중간평가는 3분기 말 … 연중 집계한다: all through that year)
        if not code.startswith(YEAR_SUBDIVISIONS):
            return None
        before = value.partition("-")[2]
        later_part = len(value) == 7 and before[:1] == code[:1] and before < code  # (H1 then H2, Q1 then Q4)
        if later_part and self._next_step(end, e.start):
            return int(value[:4])
        # ... or in the sentences just after a plan's months of a later year (내년 3월 공고를 내고 6월까지 뽑는다. ...
        # 또 하반기에는 ...: that year's second half, after June)
        year = int(value[:4]) if value[:4].isdigit() else 0
        told = value_range(value.split("T")[0])
        if (direction not in ("future", "present") or year <= self.anchor.year or told is None  # (2분기 매출은 ... 늘었다: past)
                or self._sentence_ends(end, e.start) > STEP_SENTENCES or self._year_counted_again_after(e)
                or "기간" in self.text[max(0, end - TERM_REACH):end]):  # (계약 기간은 내년 3월까지다: a term's end, no step)
            return None
        part = value_range(f"{year}-{code}")
        return year if part is not None and part[0] > told[0] else None

    def _year_counted_again_after(self, e: grammar.Expression) -> bool:
        """Whether a later date of the sentence names its year counted from publication (4분기 실적은 내년 2월 초
        발표된다, after a plan for next year: that 내년 still counts from now, so the quarter before it is this year's)."""
        following = self._next_date
        if following is None or (word := following.get("yr")) is None:
            return False
        return not lookup("year_rel", word).startswith("ref") and not _SENTENCE_END.search(self.text, e.end, following.start)

    def _sentence_ends(self, start: int, end: int) -> int:
        """How many sentences end between two offsets (a line break alone ends none)."""
        return sum(m != "\n" for m in _SENTENCE_END.findall(self.text, start, end))

    def _dates_its_line(self, start: int) -> bool:
        """Whether a day starting at `start` is in brackets that end its line, as they end other lines
        (▷ A — 설명회 다음 달 7일 개최 (12일 공지) / ▷ B — 모델 공개 (13일)): it dates its line's news, and is
        told against publication, not after the day before it in the line."""
        if self.text[start - 1:start] != "(" or _LINE_DATED.match(self.text, start - 1) is None:
            return False
        if self._dated_lines is None:
            self._dated_lines = len(_LINE_DATED.findall(self.text))
        return self._dated_lines > 1

    def _next_step(self, end: int, start: int) -> bool:
        """Whether a date starting at `start` is told shortly after one ending at `end`, in the same
        sentence and not after a reported clause (...발표한다고 24일 밝혔다: the day of telling)."""
        return (start - end <= STEP_REACH and not _SENTENCE_END.search(self.text, end, start)
                and not _TOLD_BETWEEN.search(self.text, end, start)
                and self.text.find("=", end, start) < 0)  # (…접수는 내달 12일까지(서울=뉴스1) 기자 = A는 28일: a new story)

    def _relative_before(self, end: int, start: int) -> bool:
        """Whether the day ending at `end` is told in a relative clause that ends before `start`
        (지난달 20일 공고한 공모가 21일 ...; but 8일 발표한 뒤 29일: a step)."""
        between = self.text[end:start]
        if between[:1] in ("부", "까", "에") and (glued := _GLUED_PARTICLE.match(between)) is not None:
            between = between[glued.end():]  # (다음 달 4일부터 진행되는 평가의 기준을 20일: the particle is the day's)
        words = between.split(None, 2)
        return (len(words) > 1 and words[1] not in SEQUENCE_NOUNS
                and (words[0][-1] in _RELATIVE_LAST and _next_word_direction(words[0]) is not None
                     or words[0].endswith(_AHEAD_ADNOMINALS)))  # (4일부터 진행되는 평가의 …, 5일 열릴 행사를 …)

    def _year_for_part(self, code: str, direction: str | None, told: bool = False, now: date | None = None) -> int:
        """The year of a part of a year named without one; `told`: its direction is a word (지난 연말); `now`:
        as for `_year_for_month`."""
        now = now or self.anchor
        year = now.year
        covered = value_range(f"{year}-{code}" if code.startswith(YEAR_SUBDIVISIONS) else f"{year}", _mod(code))
        if covered and told and direction == "past" and covered[1] >= now:
            return year - 1  # 지난 연말, written in November: this year's has not passed, last year's has
        if covered and direction == "future" and covered[1] < now:
            return year + 1
        if covered and direction == "past" and covered[0] > now + PART_BEGUN_SOON:
            return year - 1  # (하반기 정책을 30일 발표했다, on June 30: the half about to begin)
        if covered and direction is None and not told and code.startswith(("Q", "H")) and covered[1] < now:
            # (with no tense to tell, the nearer, as a month's: '1분기 중'이라고 알려와, in late December: next year's)
            following = value_range(f"{year + 1}-{code}", None)
            if following and (following[0] - now) < (now - covered[1]):
                return year + 1
        return year

    def _with_time(self, day: date, e: grammar.Expression, afternoon: bool = False):
        g: Groups = e.values.get
        part = g("tp") or g("tpo") or g("tcp") or g("ampm") or ("오후" if afternoon else None)
        hour_text = g("th") or g("hh") or g("tch")
        if hour_text is None:
            code = lookup("day_part", part) if part else None
            if code is None:
                return day.isoformat(), None, None, False
            if code.isdigit():
                return f"{day.isoformat()}T{int(code):02d}:00", None, None, True
            return f"{day.isoformat()}T{code}", None, None, True
        hour = int(hour_text)
        minute = int(g("tm") or g("mi") or g("tcm") or (30 if g("thalf") else 0))
        code = lookup("day_part", part) if part in ("오전", "오후", "아침", "새벽", "낮", "저녁", "밤") else None
        if code in ("AF", "EV") and hour < 12:
            hour += 12
        elif (part is None and self._afternoon is not None and self._afternoon[0] == day and 1 <= hour < 12
              and hour + 12 >= self._afternoon[1] and e.start - self._afternoon[2] <= AFTERNOON_REACH
              and not (len(hour_text) == 2 and g("th") is None)):  # (15:00 …, 11:00: a 24-hour clock's own hour)
            hour += 12  # (오후 2시에는 A, 3시 30분에는 B: a bare hour after an afternoon's, of the same day, is in it too)
        elif code == "NI" and 6 <= hour < 12:
            hour += 12
        elif code == "MO" and hour == 12:
            hour = 0
        if not (0 <= hour <= 24 and 0 <= minute < 60):
            return None
        self._afternoon = (day, hour, e.end) if hour >= 12 else None
        return f"{day.isoformat()}T{hour:02d}:{minute:02d}", None, None, True

    def _offset(self, e: grammar.Expression):
        g: Groups = e.values.get
        sign = -1 if lookup("offset_dir", g("od")) == "-" else 1
        count: int | None
        if g("oc"):
            count, unit = int(lookup("day_count", g("oc"))), "일"
        else:
            raw = g("on")
            count = int(raw) if raw.isdigit() else _number_word(raw)
            unit = g("ou")
            if count is None:
                return None
        if self.text.startswith(_HELD_AHEAD, e.end):
            # (크리스마스를 사흘 앞두고: so many days before the day told right before it; but 마감을 18일 앞둔 4일 counts
            # the days to an event that has no day here, and tells none)
            told = self._told[-1] if self._told else None
            if (told is None or len(told[1]) < 10 or not _is_object_before(self.text, told[0], e.start)
                    or _DAY_AFTER_AHEAD.match(self.text, e.end)):
                return None  # (디데이를 일주일 앞둔 13일: the day is told after it)
            return _counted(date.fromisoformat(told[1][:10]), -count, unit, True), None, None, False
        if g("od") == _AHEAD_FROM_NOW:
            # (닷새 앞으로 다가왔다: counted from the day told, whatever was told before, and so is a single week, 일주일
            # 앞으로 (D-7); a count of weeks or months, 2주 앞으로, is a rough distance to a day the story gives, no date)
            if unit in ("주", "주일") and count == 1:
                count, unit = WEEK_DAYS, "일"
            return (_counted(self.anchor, count, unit, False), None, None, False) if unit == "일" and not g("oap") else None
        event_day = self._event_day(e.start)
        if event_day is not None and sign > 0 and unit in ("일", "주", "주일") and self._counted_from_month(e.start):
            # (지난 1월 A가 모델을 냈다. B는 그로부터 2주 뒤 응수했다: days from a month told alone, in the month they reach)
            return _counted(event_day, count, unit, True)[:7], None, None, False
        if (event_day is None and unit == "일" and self._told and len(self._told[-1][1]) < len("2026-01-01")
                and self._told[-1][0] >= self._sentence_start(e.start) and self._anchor_before(e.start)[1] == "event"):
            return None  # (지난 8월 평가 결과 발표 하루 전에야 알렸다: days from an event its sentence tells by its month alone)
        base = event_day or (self._day_told_before(e.start) if sign > 0 else None) or self.anchor
        if (base is self.anchor and sign > 0 and self._last_day is not None and self._last_day[1] < self.anchor
                and direction_after(self.text, e.end)[0] == "past"):
            base = self._last_day[1]  # (1년 전 오늘 마감됐다. … 닷새 뒤 10개 팀이 남았다: told as done, so after the day told, not after publication)
        elif (base is self.anchor and sign > 0 and unit == "일" and self._last_day is not None and self._last_day[1] != self.anchor
              and self._last_day[1] + timedelta(days=count) >= self.anchor and self._last_day[1] == self.narrative
              and direction_after(self.text, e.end)[0] in ("future", "present", None) and self._opens_clause(e.start)):
            # (본선이 12일 열렸다. … 시상식은 사흘 뒤 열린다, told on the 13th; 5일 방송한다. … 재방송은 이틀 뒤 나간다: after
            # the story's day, still ahead)
            base = self._last_day[1]
        elif base is self.anchor and sign < 0 and direction_after(self.text, e.end)[0] in ("future", "present"):
            if self._last_day is None or self._last_day[1] <= self.anchor:
                return None  # (일정을 석 달 전에 미리 알리겠다, 두 달 전까지 공지한다: how long ahead of something, no day gone by)
            base = self._last_day[1]  # (다음 주 화요일 발표한다. 세 팀에는 하루 전 통보된다: before the day ahead just told)
        if (sign > 0 and unit in ("일", "주", "주일") and self._last_day is not None and base == self._last_day[1] and self._told
                and self._told[-1][0] > self._last_day[0] and len(month := self._told[-1][1]) == 7 and month[4] == "-"
                and base.isoformat()[:7] < month <= self.anchor.isoformat()[:7]):
            return month, None, None, False  # (6월 20일 … 한 달 뒤 … 나흘 뒤: within the month the story moved on to, not after the 20th)
        if g("otd"):  # 1년 전 오늘, 한 달 전 오늘: that day of the year, month or week
            return _same_day_counted(self.anchor, sign * count, unit).isoformat(), None, None, False
        if (sign > 0 and unit in ("개월", "달") and not g("on0") and self._told and len(month := self._told[-1][1]) == 7
                and month[4] == "-" and (self._last_day is None or self._told[-1][0] > self._last_day[0])
                and self._sentence_ends(self._told[-1][0], e.start) <= 1 and self._event_day(e.start) is None
                and not (month < self.anchor.isoformat()[:7] and direction_after(self.text, e.end)[0] in ("future", "present")
                         and direction_after(self.text, self._told[-1][0])[0] == "past")):
            # (첫 탈락자는 2026년 1월 나왔다. … 한 달 뒤 B가 빈자리를 메웠다: a month after the month just told, not after a day
            # told before it; but 2월 B가 빈자리를 채웠다. 네 팀은 두 달 뒤 평가를 치른다: the story come to now, from now)
            return _add_months(date.fromisoformat(month + "-01"), count).isoformat()[:7], None, None, False
        value = _counted(base, sign * count, unit, base is not self.anchor)
        if g("on0"):  # 2~3개월 뒤: from the nearer count to the farther
            other = _counted(base, sign * int(g("on0")), unit, base is not self.anchor)
            return (other, value, None, False) if sign > 0 else (value, other, None, False)
        return value, None, lookup("offset_approx", g("oap")) if g("oap") else None, False

    def _elapsed(self, e: grammar.Expression, surface: str) -> Timex | None:
        """The day a duration with 만에 reaches from the event named right before it (그로부터 8일 만에,
        출범 석 달 만에), or the day of what was done that long before the day told last, when the time since
        it is all a sentence of no day of its own says (발표한 지 꼭 일주일 만이다); else None (3년 만에 최대: a
        span, no day)."""
        base, sign = self._event_day(e.start), 1
        g: Groups = e.values.get
        unit = _counted_parts(g)[1]
        if (base is None and self._last_day is not None and (not self._told or self._told[-1][0] < self._sentence_start(e.start))
                and "여" not in surface and (_SINCE_DONE.search(self.text, max(0, e.start - SINCE_DONE_REACH), e.start)
                                            or unit == "일" and _SINCE_EVENT_NOUN.search(self.text, max(0, e.start - SINCE_DONE_REACH), e.start))
                and _ELAPSED_END.match(self.text, e.end)):  # (… 한 달여 만이다: about so long, no day to count back to)
            base, sign = self._last_day[1], -1  # (… 27일 배정했다. 발표한 지 꼭 일주일 만이다: what was done that long before it)
        if base is None and "여" not in surface and surface.endswith("만에") and self._opens_clause(e.start):
            # (여드레 뒤 공모를 냈고, 3주 만에 두 곳이 손을 들었다: a story's next step, so long after the day it told last;
            # not 10년 만에 최대, a record, nor a count with no day told just before)
            since = self._previous_sentence_start(e.start)
            if self._last_day is not None and unit in _NARRATIVE_STEP_UNITS and self._last_day[0] >= since:
                base = self._last_day[1]
            elif unit in ("달", "개월") and self._told and _MONTH_VALUE.fullmatch(self._told[-1][1]) and self._told[-1][0] >= since:
                # (지난 8월 첫걸음을 뗐다. 불과 넉 달 만에 모델을 내놓았다: so many months after the month told last, a month)
                base = date.fromisoformat(self._told[-1][1] + "-01")
        if base is None:
            return None
        count = _whole_count(g)
        if count is None:
            return None  # (1.5개월 만에: no day to count to)
        value = _counted(base, sign * count[0], count[1], True)
        if sign < 0:  # (a look back: the day told last stays the story's, for 이날 after it)
            return Timex(e.start, e.end, surface, "DATE", value, None, None, "past")
        direction, scope = direction_after(self.text, e.end)
        if direction == "past" and value > self.anchor.isoformat()[:len(value)] and base <= self.anchor:
            # (지난 3일 결과가 나왔다. A는 석 달 만에 짐을 쌌다: told done, so on the day told, that long after it began)
            value = base.isoformat()
        self._remember(e, value, scope)
        return Timex(e.start, e.end, surface, "DATE", value, None, None, direction)

    def _time_left(self, e: grammar.Expression, surface: str) -> Timex | None:
        """The time of what is so long away from publication, told as the time left until it (발표까지 사흘 남았다): a day
        for days and weeks, the month for months."""
        count = _whole_count(e.values.get)
        if count is None or e.values.get("ua") or holds_any(surface, _ABOUT_SO_LONG):
            return None  # (한 달여 남았다, 2주가량 남겨 두고: about so long, no day to count to)
        letter = lookup("unit", count[1])
        value = (_same_day_counted(self.anchor, count[0], count[1]).isoformat() if letter in ("D", "W")
                 else _counted(self.anchor, count[0], count[1], False))
        return Timex(e.start, e.end, surface, "DATE", value, None, None, "future")

    def _passed_since(self, e: grammar.Expression, surface: str) -> Timex | None:
        """The time of what was done so long before publication, told as the time passed since (합류한 지 1년 4개월이
        지났다: the month it joined; 출범한 지 2년이 됐다: the year), at the grain of the smallest unit told."""
        count = _whole_count(e.values.get)
        if count is None or "여" in surface:
            return None  # (1년여가 지났다: about so long, no time to count back to)
        if _EXACTLY.search(self.text, max(0, e.start - 4), e.start):
            # (빠진 지 꼭 1년이 됐다: exactly so long, so the very day, the story's day that many units back)
            value = _same_day_counted(self.anchor, -count[0], count[1]).isoformat()
        else:  # (weeks to the week they reach: 결과가 나온 지 일주일이 지났다 is that week, whichever day of it)
            value = _counted(self.anchor, -count[0], count[1], False)
        return Timex(e.start, e.end, surface, "DATE", value, None, None, "past")

    def _opens_clause(self, start: int) -> bool:
        """Whether an expression at `start` opens its sentence or a clause after a comma, its topic aside (엔비디아
        주가는 하루 만에 …)."""
        before = self.text[self._sentence_start(start):start].rstrip()
        # (불과 넉 달 만에, 그 뒤 넉 달 만에: the amount's adverb, or one pointing at what was told, aside)
        clause = _AFTER_THAT_END.sub("", _AMOUNT_ADVERB_END.sub("", before[before.rfind(",") + 1:])).rstrip()
        return not clause.strip() or _TOPIC_ONLY.fullmatch(clause) is not None

    def _day_told_before(self, start: int) -> date | None:
        """The day told last before `start` in the same sentence: a later step of what it tells counts
        from it (17일 발표를 들었고, 결과는 사흘 뒤 공개됐다: the 20th)."""
        if not self._last_day or self._last_day[0] > start:
            return None
        return self._last_day[1] if self._last_day[0] >= self._sentence_start(start) else None

    def _gathering_day(self, start: int, end: int) -> date | None:
        """The day told last (not a telling's) in a sentence naming the gathering a day's word is followed by (이날
        설명회에서), else None."""
        named = _GATHERING_AFTER.match(self.text, end)
        if named is None:
            return None
        for told_end, value in reversed(self._told):
            if (told_end <= start and len(value) >= 10 and value[4] == "-" and value[7] == "-"
                    and not _REPORTING.match(self.text, told_end - 1)  # (28일 행사를 연다고 20일 밝혔다: not the telling's)
                    and told_end not in self._given_up):  # (4일 열렸다. 당초 3일로 잡혔던 행사는 …. 이날 행사에는: the 4th)
                stop = _SENTENCE_END.search(self.text, told_end)
                sentence = (self._sentence_start(told_end - 1), stop.start() if stop else len(self.text))
                if any(self.text.find(name, *sentence) >= 0
                       for name in (named.group(1), GATHERING_FULL_NAMES.get(named.group(1))) if name):
                    return date.fromisoformat(value[:10])
        return None

    def _anchor_before(self, start: int) -> tuple[str, str | None, int]:
        """The word right before an offset, the kind of anchor it is (see _event_anchors) or None, and where it begins;
        a compound ending in an event's word (발표평가 전날, 단계평가 이튿날) is that event's, found by the whole word."""
        end = start - 1 if start and self.text[start - 1] == " " else start
        word = hangul_word_before(self.text, end)
        anchors = _event_anchors()
        anchor_kind = next((anchors[word[cut:]] for cut in range(len(word) - 1) if word[cut:] in anchors), None) if word else None
        return word, anchor_kind, end - len(word)

    def _event_day(self, start: int) -> date | None:
        """The day of the event whose word stands right before an offset (선정 일주일 뒤, 평가 사흘 전): the
        last day told in a sentence with that word, or None (the offset counts from publication)."""
        word, anchor_kind, begin = self._anchor_before(start)
        if anchor_kind is None:
            return None
        if anchor_kind == "last":  # 그로부터 여드레 뒤: the day told last, in whatever sentence; or its month (8월 ...
            # 그로부터 석 달 뒤: November)
            value = self._day_or_month_told_before(begin)
            if value is None:
                return None
            return date.fromisoformat(value[:10]) if len(value) >= 10 else date(int(value[:4]), int(value[5:7]), 1)
        if anchor_kind != "event":
            word = anchor_kind  # (협약식 다음 날: the day told with 협약, the act the ceremony marks)
        elif word.endswith(("평가", "심사")) and (sentence_start := self._sentence_start(begin)) < begin \
                and PROGRAM_STAGE.search(self.text, sentence_start, begin) \
                and not any(sentence_start <= told_end <= begin for told_end, _ in self._told):
            return None  # ("2차 평가부터는 기준을 평가 석 달 전까지 공개하겠다": the stage the sentence names, its day untold)
        told_word = word  # (the word itself, for results told by 발표했다 alone)
        if word in _TOLD_OF_RESULTS and ((before := hangul_word_before(self.text, begin - 1 if begin and self.text[begin - 1] == " " else begin))
                                         == "결과" or _event_anchors().get(before) == "event"):
            word = before  # (결과 발표 다음 날, 탈락 통보 사흘 만에: the day the results came, or the cut, not of 발표회 told since)
        found = self._day_told_of(word, begin)
        if found is None and word != told_word:
            found = self._day_told_of(told_word, begin)  # (결과 발표 사흘 만에, the results told as 진출을 발표했다)
        if found is None and word == "마감" and (deadline := next(
                (value for told_end, value in reversed(self._told) if told_end <= begin and len(value) >= 10 and value[4] == "-"
                 and self.text.startswith("까지", told_end) and told_end > self._last_span_at), None)) is not None:
            return date.fromisoformat(deadline[:10])  # (지난달 31일까지 모델을 냈다. … 마감 이틀 전에: the day told as the term's end)
        if found is None and word == "마감" and self._last_span is not None and self._last_span_at <= begin:
            return self._last_span[1]  # (금일부터 2월 12일까지 신청을 받습니다. … 접수 마감 익일: after the span's last day)
        if found is None:
            found = self._event_day_told_next(word, begin)
        return found

    def _word_in_clause(self, word: str, told_end: int, begin: int) -> int:
        """Where `word` stands in the clause of a time told ending at `told_end`, before `begin` (its own clause: not 이튿날
        진행되고, 발표평가는 …), or -1."""
        stop = _SENTENCE_END.search(self.text, told_end)
        end_of_sentence = stop.start() if stop else len(self.text)
        comma = self.text.find(", ", told_end, end_of_sentence)
        while comma >= 0 and _inside_name_quotes(self.text, told_end, comma):  # ('국대 AI, 365일'을 방송한다: a title's comma)
            comma = self.text.find(", ", comma + 2, end_of_sentence)
        return self.text.find(word, told_end, min(end_of_sentence if comma < 0 else comma, begin))

    def _month_of_event_before(self, start: int) -> str | None:
        """The month told last of the event whose word stands right before an offset (평가 당일), when no day of it
        was told since; else None. A time of another thing the word's clause modifies is none of it (지난 5월 공개된
        1.0보다: an earlier release)."""
        word, anchor_kind, begin = self._anchor_before(start)
        if anchor_kind != "event":
            return None
        for told_end, value in reversed(self._told):
            if told_end > begin:
                continue
            at = self._word_in_clause(word, told_end, begin)
            as_topic = re.search(re.escape(word) + r"(?:은|는)\s+(?:\S+\s+){0,3}\S+$",
                                 self.text[max(0, told_end - TOPIC_DAY_REACH):told_end])  # (본 시연은 다음 달 하순 …)
            if as_topic is None and (at < 0 or _MODIFIES_ANOTHER.match(self.text, at + len(word))):
                continue
            return value if len(value) == len("2026-01") and value[5:].isdigit() else None
        return None

    def _day_told_of(self, word: str, begin: int) -> date | None:
        """The last day told before `begin` in a sentence with the event's word (see _event_day), or None."""
        found = None
        listed: date | None = None  # the first of the days told since on lines of a list (▷ 8일(화) …)
        # (제출 마감은 15일 자정이다. … 마감 당일: the day told of it as the topic)
        told_as_topic = re.compile(re.escape(word) + r"(?:은|는|일은|일인)\s+\d\S*(?:\s+\S+){0,2}$")
        for told_end, value in reversed(self._told):
            if told_end <= begin and len(value) >= 10 and value[4] == "-" and value[7] == "-":
                stop = _SENTENCE_END.search(self.text, told_end)
                end_of_sentence = stop.start() if stop else len(self.text)
                if self._word_in_clause(word, told_end, begin) >= 0:  # (not the offset's own word)
                    return date.fromisoformat(value[:10])  # (the day the word's clause tells: 6일 ... 공개한 데 이어 20일 ...)
                if told_as_topic.search(self.text, max(0, told_end - TOPIC_DAY_REACH), told_end):
                    return date.fromisoformat(value[:10])
                bracket = self.text.rfind("(", max(0, told_end - BRACKETED_DAY_REACH), told_end)
                if bracket > 0 and self.text.endswith(word, 0, bracket):
                    return date.fromisoformat(value[:10])  # (△최종 발표평가(12월 1일) … 발표평가 전날: its day, in brackets after it)
                if listed is not None and found is None and _REPORTING.match(self.text, told_end - 1) and (
                        word in self.text[self._sentence_start(told_end - 1):end_of_sentence]):
                    # (설명회를 연다고 1일 밝혔다. … ▷ 8일(화) … ▷ 15일(화) … 설명회 다음 날: from the first day listed, not
                    # from the day it was told)
                    return listed
                opening = self.text[self.text.rfind("\n", 0, told_end) + 1:][:1]
                if opening and not opening.isspace() and opening in _LINE_MARKS:  # (a line that opens with a mark: a list's)
                    listed = date.fromisoformat(value[:10])
                if (found is None and word in self.text[self._sentence_start(told_end - 1):end_of_sentence]
                        and not ((counted := _COUNTED_FROM_WORD.search(self.text, max(0, told_end - COUNTED_FROM_REACH), told_end))
                                 and word in counted.group(1).split())):
                    # (not 마감 이틀 전에: a day counted from the event itself, told before it; 마감 당일 is the event's)
                    found = date.fromisoformat(value[:10])
                    ahead = DAYS_AHEAD_OF.search(self.text, self._sentence_start(told_end - 1), told_end)
                    # (the event's word, or its gathering's: 발표 for 발표회)
                    if ahead is not None and ahead.group("event") in (word, word + "회") and told_end - ahead.end() <= AHEAD_REACH:
                        # (마감을 하루 앞둔 11일 … 마감 당일: the 12th, a day after the one told; 발표회 이틀 전인 16일 … 발표
                        # 당일: the 18th)
                        days = ahead.group("days")
                        count = int(days) if days.isdigit() else int(lookup("day_count", days))
                        found += timedelta(days=-count if ahead.group("after") else count)
        return found

    def _day_or_month_told_before(self, begin: int) -> str | None:
        """The value of the last day or month (not a year, a week or a part) told before `begin`, or None."""
        return next((value for told_end, value in reversed(self._told) if told_end <= begin and value[4:5] == "-"
                     and value[5:7].isdigit() and (len(value) == 7 or value[7:8] == "-")), None)

    def _counted_from_month(self, start: int) -> bool:
        """Whether the offset at `start` counts from the time told last (그로부터) and that time is a month alone."""
        _, anchor_kind, begin = self._anchor_before(start)
        told = self._day_or_month_told_before(begin) if anchor_kind == "last" else None
        return told is not None and len(told) == 7

    def _event_day_told_next(self, word: str, begin: int) -> date | None:
        """The day of the event `word` names, told as the topic of the sentence right after the offset's (… 결과 발표
        일주일 뒤 회수한다고 밝혔다. 결과 발표는 18일이다), or None."""
        stop = _SENTENCE_END.search(self.text, begin)
        if stop is None:
            return None
        following = _SENTENCE_END.search(self.text, stop.end())
        end = following.end() if following else len(self.text)
        at = self.text.find(word, stop.end(), end)
        told = _DAY_AS_TOPIC_TOLD.match(self.text, at + len(word), end) if at >= 0 else None
        if told is None:
            return None
        day = int(told.group(2))
        if told.group(1):
            month = int(told.group(1))
            return _safe_day(self._year_for_month(month, "future"), month, day) if 1 <= month <= 12 and 1 <= day <= 31 else None
        return self._day_in_month(day, None, "future", None) if 1 <= day <= 31 else None

    def _duration(self, e: grammar.Expression, surface: str) -> Timex | None:
        g: Groups = e.values.get
        if g("un0"):
            mod = _mod(lookup("duration_suffix", re.sub(r"\s+", "", g("us0")))) if g("us0") else None
            return Timex(e.start, e.end, surface, "DURATION", f"P{int(g('un0'))}Y{6 if g('half0') else int(g('um0'))}M", mod)
        amount, unit_word, suffix = _counted_parts(g)
        unit = lookup("unit", unit_word)
        if (unit == "D" and isinstance(amount, (int, str)) and str(amount).isdigit() and self._last_day is not None
                and (_FROM_DAY.fullmatch(self.text, self._last_day[0], e.start)
                     or _RUNS_FOR_AFTER.match(self.text, e.end) and self._sentence_ends(self._last_day[0], e.start) <= 1)):
            # 20일부터 사흘간: the days of a span (행사 마지막 날 is the 22nd); so too a gathering that runs so long from the
            # day just told (21일 개막했다. 사흘간 이어지는 행사의 … 마지막 날: the 23rd)
            first = self._last_day[1]
            self._last_span, self._last_span_at = (first, first + timedelta(days=int(amount) - 1)), e.end
        if amount is None:
            amount = "X"
        mod = None
        if g("ua"):
            mod = _mod(lookup("approx", g("ua")))
        if suffix:
            mod = mod or _mod(lookup("duration_suffix", re.sub(r"\s+", "", suffix)))
        if g("ux1") or g("ux2") or g("uy1") or g("uy2"):
            mod = mod or "APPROX"
        value = f"PT{amount}{unit[1]}" if unit.startswith("T") else f"P{amount}{unit}"
        return Timex(e.start, e.end, surface, "DURATION", value, mod)

    def _set(self, e: grammar.Expression, surface: str) -> Timex | None:
        g: Groups = e.values.get
        if g("sw"):
            value = lookup("set_word", g("sw"))
        else:
            raw = g("sn")
            amount = raw if raw.isdigit() else _number_word(raw) or "X"
            value = f"P{amount}{lookup('unit', g('su')).lstrip('T')}" if g("su") != "시간" else f"PT{amount}H"
        month, day = g("ma"), g("da")
        if month and 1 <= int(month) <= 12:
            value = f"XXXX-{int(month):02d}"
        if day and 1 <= int(day) <= 31:
            value = f"{value if month else 'XXXX-XX'}-{int(day):02d}"
        if g("wd"):
            value = f"XXXX-WXX-{lookup('weekday', g('wd'))}"
        part = g("tp") or g("tpo")
        if e.has("time") and part and not g("th"):
            value += f"T{lookup('day_part', part)}"
        elif e.has("time") and g("th"):
            hour = int(g("th")) + (12 if part in ("오후", "저녁") and int(g("th")) < 12 else 0)
            value += f"T{hour:02d}:{int(g('tm') or (30 if g('thalf') else 0)):02d}"
        return Timex(e.start, e.end, surface, "SET", value, None)


_MONTH_VALUE: Final = re.compile(r"\d{4}-\d{2}")
# A gathering named right after a day's word (이날 설명회에서, 이날 행사에는, 이날 시무식을 찾았다): the day is that gathering's.
_GATHERING_AFTER: Final = re.compile(rf"\s*({GATHERINGS}|{HEARINGS})(?:에서|에는|에선|에|장(?:\s*(?:밖|앞|안|입구))?에서|을|를)")
_MODIFIES_ANOTHER: Final = re.compile(r"(?:된|한|됐던|했던)\s")  # (an event's word in a clause of a thing: 공개된 1.0)
# A word closing a clause of its own between a day and the words said after it (발표된, 열리는, 밝힌, 마치고) ...
_CLAUSE_OF_ITS_OWN: Final = re.compile(r"[가-힣](?:[된한는던린인운친킨낸]|고|며)\s")
# ... unless it tells where the words were said (20일 열린 간담회에서, 11일 직원들에게 보낸 편지에서).
_SAID_AT: Final = re.compile(rf"(?:{GATHERINGS}|편지|글|자리|인터뷰|방송|기자회견|브리핑|게시물|입장문|서한|연설|강연)(?:에서|에)\s")
_THAT_OCCASION_WORDS: Final = re.compile(r"이\s*자리에서|그\s*자리에서|당시|그날|이날")  # (where words were said, told before)
NEW_YEAR_TOLD_FROM: Final = 10  # the month from which 새해 is the year to come
_AFTER_THAT_END: Final = re.compile(r"(?:^|(?<=\s))(?:그\s*뒤|그\s*후|그\s*이후)\s*$")
_AMOUNT_ADVERB_END: Final = re.compile(r"(?:^|(?<=\s))(?:불과|단|꼭|겨우|고작|무려|정확히|딱|약|대략)\s*$")
_TOPIC_ONLY: Final = re.compile(r"\s*(?:[^\s,.]+\s+){0,2}[^\s,.]+(?:은|는|이|가)")  # (a clause's topic, no more)
_TOLD_OF_RESULTS: Final = ("발표", "공개", "통보")  # (결과 발표, 결과 공개: an anchor named by what it told)
_COUNTED_UNITS: Final = frozenset({"일", "주", "주일", "개월", "달", "년", "해"})
_NARRATIVE_STEP_UNITS: Final = frozenset({"일", "주", "주일", "개월", "달"})  # (not years: 10년 만에, a record's span)


def _whole_count(g: Groups) -> tuple[int, str] | None:
    """A duration as a whole count of one unit (1년 3개월: 15 개월; 사흘: 3 일), or None (1.5개월)."""
    amount, unit, _ = _counted_parts(g)
    if amount is None and g("un0") and g("um0"):  # (years and months: in months)
        amount, unit = 12 * int(g("un0")) + int(g("um0")), "개월"
    if amount is None or not str(amount).isdigit() or unit not in _COUNTED_UNITS:
        return None
    return int(amount), unit


def _counted_parts(g: Groups) -> tuple[str | int | None, str, str | None]:
    """(amount, unit word, suffix) of a duration: 이틀간 -> 2, 일, 간; 3개월 만에 -> 3, 개월, 만에."""
    if g("uc"):
        return lookup("day_count", g("uc")), "일", g("us3")
    raw = g("un1") or g("un2")
    if raw is None:
        return None, "", None  # (1년 6개월: years and months, read by the caller)
    return (raw if re.fullmatch(r"[\d.]+", raw) else _number_word(raw)), g("uu1") or g("uu2"), g("us1") or g("us2")


_JUST_SO_LONG: Final = r"(?:꼭|딱|정확히|불과|겨우|꼬박)"  # (발표한 지 꼭 일주일, 탈락 불과 이틀)
_EXACTLY: Final = re.compile(r"(?:꼭|딱|정확히)\s*$")  # (… 지 꼭 1년: to the day; not 불과 석 달, only so long)
# A verb's past before the time since (발표한 지, 선정된 지 꼭), and that time as the sentence's predicate (… 만이다).
_SINCE_DONE: Final = re.compile(syllables_with_final(4) + rf"\s*지\s+(?:{_JUST_SO_LONG}\s*)?$")
# ... or a bare event's noun that no day is told with, a few days back (탈락 이틀 만이다; not 합류 1년 1개월 만이다, a
# background the story does not tell as news)
_SINCE_EVENT_NOUN: Final = re.compile(rf"(?<![가-힣])(?:탈락|합류|출범|데뷔|고배)\s+(?:{_JUST_SO_LONG}\s*)?$")
SINCE_DONE_REACH: Final = 12


def passed_since(text: str, start: int, end: int) -> bool:
    """Whether the time told from `start` to `end` is the time passed since a thing was done (합류한 지 1년 4개월이
    지났다): counted back from publication."""
    return (_SINCE_DONE.search(text, max(0, start - SINCE_DONE_REACH), start) is not None
            and _TIME_PASSED.match(text, end) is not None)


_ABOUT_SO_LONG: Final = ("여", "가량", "쯤", "남짓", "안팎", "정도")  # (about so long: 한 달여, 2주가량)
# The time left until what is ahead (발표까지 사흘 남았다, 심사까지는 열흘이 남은): counted on from publication; not 마감을 이틀
# 남겨두고 서류를 냈다, where what is done is done now.
_COUNTDOWN_BEFORE: Final = re.compile(r"까지(?:는|도)?\s*$")
_COUNTDOWN_AFTER: Final = re.compile(r"\s*(?:이|가|도|밖에)?\s*(?:남았|남은|남아|남겨|남지|남짓\s*남)")
_TIME_PASSED: Final = re.compile(r"(?:이|가|째)?\s*(?:지났|지난|흘렀|흐른|넘었|됐|되었|지나)")  # (… 1년 4개월이 지났다, 2년째 됐다)
_ELAPSED_END: Final = re.compile(r"(?:이다|이었다|입니다|이었습니다)[.!?\"'”’]*(?:\s|$)")


def _counted(base: date, count: int, unit: str, from_day_told: bool) -> str:
    """The value `count` units (a unit word, 일, 주, 개월, 년, or its letter, D, W, M, Y) from `base`: a day for
    days, and for weeks counted from a day told (that day a week on); else the week, month or year it falls in."""
    letter = unit if unit in _UNIT_LETTERS else lookup("unit", unit)
    if letter == "TH":  # (그로부터 세 시간 뒤: the day so many hours on, counted in whole days)
        return (base + timedelta(days=int(count / 24))).isoformat()
    if letter == "D":
        return (base + timedelta(days=count)).isoformat()
    if letter == "W":
        if from_day_told:
            return (base + timedelta(weeks=count)).isoformat()
        iso = (base + timedelta(weeks=count)).isocalendar()
        return f"{iso[0]}-W{iso[1]:02d}"
    if letter == "M":
        moved = _add_months(base.replace(day=1), count)
        return f"{moved.year:04d}-{moved.month:02d}"
    return f"{base.year + count:04d}"


def _same_day_counted(base: date, count: int, unit: str) -> date:
    """The day `count` weeks, months or years (a unit word or its letter) from `base`, on the same weekday or day of
    the month (1년 전 오늘; 지 꼭 석 달; the month's last day when it is shorter); days for days."""
    letter = unit if unit in _UNIT_LETTERS else lookup("unit", unit)
    if letter == "D":
        return base + timedelta(days=count)
    if letter == "W":
        return base + timedelta(weeks=count)
    if letter == "M":
        moved = _add_months(base.replace(day=1), count)
        return _safe_day(moved.year, moved.month, base.day)
    return _safe_day(base.year + count, base.month, base.day)


_UNIT_LETTERS: Final = frozenset("DWMY")
_WHOLE_DURATION: Final = re.compile(r"P(\d+)([DWMY])")  # (P3D, P2W; not PT3H, P1.5M)


def counted_from(base: date, duration: str) -> str | None:
    """The value a duration (P3D, P2W, P1M) reaches from a day, as `_elapsed` counts it; None for
    what is no whole count of one unit (PT3H, P1.5M)."""
    found = _WHOLE_DURATION.fullmatch(duration)
    return _counted(base, int(found.group(1)), found.group(2), True) if found else None


DAY_LABEL: Final[str] = r"(?:첫|둘|셋|넷|다섯|마지막|[첫둘셋넷]째)\s*날|\d+\s*일\s*차"  # a label of a day of the story (첫째 날, 2일 차)
_DAY_LABEL_BEFORE: Final = re.compile(rf"(?:{DAY_LABEL})$")
DAY_LABEL_REACH: Final = 8  # characters a day's label takes before its bracket


def _bracketed_after_word(text: str, start: int, end: int) -> bool:
    """Whether the text from `start` to `end` is all a bracket right after a word: an event's own day told with it (발표평가(2월 19일));
    but not after a label of a day of the story (첫째 날(11월 30일), 둘째 날(12월 1일): the day the lines below are on)."""
    return (start > 1 and text.startswith(")", end) and text[start - 1] == "(" and "가" <= text[start - 2] <= "힣"
            and not _DAY_LABEL_BEFORE.search(text, max(0, start - DAY_LABEL_REACH), start - 1))


def _week_ordinal(word: str) -> int:
    """The n of the nth week a word tells (둘째, 두 번째; 3 of 3주차; 마지막 -> -1)."""
    return int(word) if word.isdigit() else int(lookup("week_ordinal", word.replace(" ", "")))


def _thursday_of_week(year: int, month: int, nth: int) -> date:
    """The Thursday of a month's nth week (-1: the last). A month's weeks are counted as ISO weeks
    are: the first holds the month's first Thursday (2월 셋째 주 of 2026, whose 1st is a Sunday, is
    16-22 February), the last its last."""
    if nth < 0:
        last = date(year, month, month_length(year, month))
        return last - timedelta(days=(last.weekday() - 3) % 7)
    first = date(year, month, 1)
    return first + timedelta(days=(3 - first.weekday()) % 7 + 7 * (nth - 1))


def span_end_alone(text: str, start: int) -> bool:
    """Whether the date at `start` is a span's end told alone (시작(~14일)): a range mark right before it, no start."""
    return text[max(0, start - 2):start].rstrip().endswith(("~", "∼"))


def _clause_reach_end(text: str, position: int) -> int:
    """Where the sentence holding `position` ends, or the clause's reach from it, whichever comes first."""
    stop = _SENTENCE_END.search(text, position, position + CLAUSE_LIMIT)
    return stop.start() if stop else min(len(text), position + CLAUSE_LIMIT)


_CHAIN_ARROWS: Final = tuple(f"{arrow} " for arrow in grammar.CHAIN_ARROWS)
_YEAR_IN_BRACKETS: Final = re.compile(grammar.YEAR_IN_BRACKETS)
# A gathering visited, told with no particle (어제 … 열린 발표회 다녀왔음, A 밋업 다녀왔어요): the verb of going there.
VISITED_AHEAD: Final[str] = r"(?=다녀|갔|왔|참석|참가)"


_DATED_ITEM: Final = r"[가-힣]+\((?:1[0-2]|0?[1-9])\.(?:3[01]|[12]\d|0?[1-9])\)"  # (광주(1.12): a place or step and its day)
_DATED_LIST: Final = re.compile(rf"{_DATED_ITEM}(?:\s*[·,]\s*{_DATED_ITEM})+")
DATED_LIST_REACH: Final = 80  # characters on either side of a bracketed month.day where its list may stand


# A step's noun right before its day in brackets (1차 단계평가(1.15), 결과 발표(8.28)): a day, not a figure.
_STEP_BEFORE_BRACKET: Final = re.compile(r"(?:평가|심사|점검|발표|선정|선발|공모|공고|접수|마감|출범|착수|결과|발표회|설명회)\($")


def _in_dated_list(text: str, position: int) -> bool:
    """Whether a month.day in brackets at `position` is one of a list's items each dated so (광주(1.12)·대구(1.14)), or
    the day of the step named right before it."""
    if _STEP_BEFORE_BRACKET.search(text, max(0, position - 4), position):
        return True
    window = _DATED_LIST.finditer(text, max(0, position - DATED_LIST_REACH), position + DATED_LIST_REACH)
    return any(m.start() < position < m.end() for m in window)


def _nearby_month_with_weekday(day: date, wanted: int) -> date | None:
    """The same day of the month after `day`'s or before it whose weekday is `wanted`, or None."""
    for shift in (1, -1):
        first = _add_months(day.replace(day=1), shift)
        if day.day <= month_length(first.year, first.month) and first.replace(day=day.day).weekday() == wanted:
            return first.replace(day=day.day)
    return None


def _plans_of_next_year_above(text: str, position: int) -> bool:
    """Whether `position` lies on a list's item line under a line that says the list is next year's plans (주요 기업의
    내년 계획을 정리했다, 새해 일정은 다음과 같다)."""
    line_start = text.rfind("\n", 0, position) + 1
    if not text.startswith(_LIST_ITEM_MARKS, line_start):
        return False
    for _ in range(PLANS_INTRO_REACH):  # the lines above, items and blank ones passed over
        if line_start == 0:
            return False
        line_end = line_start - 1
        line_start = text.rfind("\n", 0, line_end) + 1
        line = text[line_start:line_end]
        if line.strip() and not line.startswith(_LIST_ITEM_MARKS):
            return _NEXT_YEAR_PLANS.search(line) is not None
    return False


_LIST_ITEM_MARKS: Final = ("△", "▲", "▷", "▶", "-", "•", "·", "ㅇ", "○", "●")
PLANS_INTRO_REACH: Final = 12  # lines looked back past a list's items for the line that opens it
_NEXT_YEAR_PLANS: Final = re.compile(r"(?:내년|새해|이듬해)(?:도)?의?\s*(?:주요\s*)?(?:계획|일정|목표|전략|사업\s*계획)")
# A direction word right before a time (지난 3월, 오는 2분기, 올해 상반기) or in it (지난달, 이달 말): the time's own.
_DIRECTION_WORDS: Final = r"(?:지난|오는|올|이번|내년|작년|다음|이달|전달|그달|같은\s*달)"
_DIRECTION_WORD_BEFORE: Final = re.compile(_DIRECTION_WORDS + r"\S*\s*$")
_DIRECTION_WORD_IN: Final = re.compile(_DIRECTION_WORDS)
_TOPIC_BETWEEN: Final = re.compile(r"\s+[가-힣A-Za-z]{1,10}(?:은|는)\s+")  # (내년 행사는 3월: a noun told as the topic)
# What is done in a year told before its part or month (내년에는 새 모델을 3월 중, 올해 A.X 5.0을 3분기 안에): an object
# or a topic, no verb's form (지난해 탈락한 팀은 3월에: the month is not of the year the cut was), no plan of the year's own
# (내년 예산을 12월에 확정한다: this December, of next year's budget).
_YEAR_FRAMING: Final = re.compile(
    r"(?:에는|에|엔|는)?[ \t]+(?:(?:[^\s.,!?\"'“”‘’()]|\.(?=[^\s.])){1,10}(?<![한된던될할린진난])[ \t]+)?"
    r"(?!(?:예산|예산안|계획|일정|업무\s*계획|로드맵|전략|정책|목표)(?:을|를|은|는|도)[ \t])"
    r"(?:[^\s.,!?\"'“”‘’()]|\.(?=[^\s.])){1,12}(?<!하)(?<!되)(?<!있)(?<!없)(?:을|를|은|는|도)[ \t]+")


def _year_in_brackets(text: str, position: int) -> int | None:
    """The year in brackets last written on the line before `position` ([2026] 1.15 … / 2.20 …), or None."""
    line_start = text.rfind("\n", 0, position) + 1
    years = _YEAR_IN_BRACKETS.findall(text, line_start, position)
    return int(years[-1][1:5]) if years else None


_LASTING_UNTIL: Final = re.compile(r"\s+(?:[^\s.,]+\s+){0,3}?(?:이어|계속|열리|열린|진행|지속)")  # (…까지 이어진다)
# The teller told as the topic between two times (금요일 A는 다음 주 화요일 …을 연다고 예고했다).
_TOPIC_BETWEEN_DAYS: Final = re.compile(r"\s+[^\s.,]{1,20}(?:은|는)\s+")


# An event a time names, told as ahead (8월 2차 평가를 앞두고); and a sentence that ends telling what was done (…짰다.).
_EVENT_AHEAD: Final = re.compile(r"\s+(?:[^\s.,]+\s+){0,3}?[^\s.,]*(?:[을를]\s+앞두고|\s+전에|에\s*앞서|에\s*대비해|에\s*맞춰)[\s,]")
_EVENT_AHEAD_WORDS: Final = ("앞두", "전에", "앞서", "대비", "맞춰")  # (a quick test before _EVENT_AHEAD)
EVENT_AHEAD_REACH: Final = 30  # characters after a time where its 앞두고 stands
_TOLD_DONE_END: Final = re.compile(syllables_with_final(20, exclude="있없겠") + r"(?:다|습니다)[.!?\"'”’]*\s*$")


def _reported_after(text: str, end: int) -> bool:
    """Whether the clause after a date is one reported, closed by a quotative that a past reporting
    verb follows (22일 2차 평가를 실시한다고 밝혔다): the date may be the day it was said."""
    limit = _clause_reach_end(text, end)
    if ((said := _QUOTED.search(text, end, limit)) is not None and not text[end:said.start()].strip()
            and (spoken := _SAID_WHILE.match(text, said.end())) is not None and _TOLD_SO.match(text, spoken.end())):
        return True  # (23일 "…"며 이같이 밝혔다: the quote's telling)
    quotative = _CLAUSE_STOP.search(text, end, limit)
    if (quotative is not None and (quoted := _QUOTED.search(text, end, limit)) is not None
            and quoted.start() < quotative.start() < quoted.end()
            and (spoken := _SAID_WHILE.match(text, quoted.end())) is not None):
        # (25일 보낸 메시지에서 "… 끝났지만 … 남는다"며 … 모으겠다고 밝혔다: the words quoted have clauses of their own; the
        # telling goes on after them)
        quotative = _CLAUSE_STOP.search(text, spoken.end(), limit)
    if quotative is not None and text[quotative.start()] in "다라" and _REPORTING.match(text, quotative.end()) is not None:
        return True
    # ... or a plan told in the past (21일 모델을 공개하겠다는 계획을 밝혔다: the day it was told)
    if "겠다는" in text[end:limit] and _PLAN_TOLD_PAST.search(text, end, limit) is not None:
        return True
    # ... or a position made known (같은 날 불참 의사를 밝혔다, 이날 반대 입장을 냈다: the day it was told)
    if holds_any(text[end:limit], _POSITION_WORDS) and _POSITION_TOLD.match(text, end, limit) is not None:
        return True
    # ... or a forecast told in the past (17일 보고서에서 ... 늘어날 것으로, 떨어질 수 있다고 내다봤다: the report's day)
    return (("것으로" in (rest := text[end:limit]) or "있다고" in rest) and _FORECAST_TOLD.search(text, end, limit) is not None)


_TOLD_SO: Final = re.compile(r"(?:이같이|이렇게|이와\s*같이)\s+(?:밝혔|말했|전했|강조했|설명했|덧붙였)")  # (…"며 이같이 밝혔다)
_SAID_WHILE: Final = re.compile(r"(?:이?라)?(?:며|면서)\s")  # (a quote closed as said while telling: "…"며, "…"라면서)
_POSITION_WORDS: Final = ("의사", "입장", "의향")  # (a quick test before _POSITION_TOLD)
_POSITION_TOLD: Final = re.compile(r"\s+(?:[^\s.,]+\s+){0,2}?[^\s.,]*(?:" + "|".join(_POSITION_WORDS) + r")(?:을|를)\s+"
                                   r"(?:공식\s*)?(?:밝혔|표명했|내비쳤|전했|냈)")
_PLAN_TOLD_PAST: Final = re.compile(r"겠다는\s*(?:계획|구상|청사진|로드맵)\S{0,2}\s+(?:\S+\s+)?(?:밝혔|발표했|공개했|내놨|전했|설명했)")


# A subtitle's end glued to the story's dateline (…업스테이지 29일 먼저(서울=연합뉴스) 기자 = …): what it tells is no story's day.
_DATELINE_AFTER: Final = re.compile(r"[^\n=.]{0,30}?[(\[][^()\[\]\n]{1,20}=[^()\[\]\n]{1,20}[)\]]")
# A cleft on what was done (공모를 낸 것은, 접수를 마감한 건): the time after it, as the predicate, is gone by.
_CLEFT_DONE_BEFORE: Final = re.compile(r"[가-힣]*(?:[낸한된린친간온진]|(?<=[받맺얻])은|았던|었던|했던)\s+(?:것은|건)\s+(?:지난해\s+|올해\s+)?$")
_COPULA_AFTER: Final = re.compile(r"(?:이다|다|였다|이었다|입니다|이었습니다|였습니다|이었죠|였죠|이죠|죠)[.]?(?:\s|$)")
CLEFT_REACH: Final = 12
# A day of the occasion the main clause happened at (30일 서울 코엑스에서 열린 1차 발표회에서 … 소개했다): the story's day.
_HELD_AT_AFTER: Final = re.compile(r"(?:\s+[^\s.]+){0,4}?\s+(?:열린|개최된|진행된)\s+(?:(?:[^\s.]+(?<![을를의은는])\s+){0,5}?[^\s.]*?(?:에서|에)\s"
                                   # (spoken, with no particle: 어제 … 열린 독자 AI 파운데이션 모델 최종 발표회 다녀왔음)
                                   r"|(?:[^\s.]+\s+){1,7}?" + VISITED_AHEAD + ")")
CLAIM_NOUNS: Final = "소문|의혹|주장|지적|루머|비판|폭로|의심|보도"  # (what a claim's content is told as: …다는 소문)
_CLAIMED_VERB: Final = re.compile(rf"[가-힣]+다는(?=\s+(?:{CLAIM_NOUNS}))")
def _told_past() -> re.Pattern[str]:
    """A date told as gone by: the lexicon's words that count back (지난해, 지난달, 어제) and the word that points back (지난)."""
    table = words()
    past: set[str] = {s for s, value in table["direction"].items() if value == "past"}
    for category in ("year_rel", "quarter_rel", "month_rel", "week_rel", "day_rel"):
        past |= {s for s, value in table[category].items() if value.startswith("-")}
    return re.compile("|".join(re.escape(s).replace(r"\ ", r"\s*") for s in sorted(past, key=len, reverse=True)))


_TOLD_PAST: Final = _told_past()
PAST_WORD_REACH: Final = 14  # characters before a date's end where the word that puts it in the past stands
# A clause told done and closed, as what a saying stands on (매출이 늘었다며, 흑자로 돌아섰고): its time is its own.
_CLAUSE_DONE_BETWEEN: Final = re.compile(r"(?:었|았|였|했|됐|졌)(?:다며|다면서|고)\s")
# An event a day is told as some days ahead of (마감을 하루 앞둔 11일, 발표를 이틀 앞둔): the event's day is that many after.
# (마감을 하루 앞둔 11일, 발표회 이틀 전인 16일: days before the event; 선정 사흘 뒤인 23일: days after it)
DAYS_AHEAD_OF: Final[re.Pattern[str]] = re.compile(rf"(?P<event>[가-힣]{{2,4}}?)(?:을|를)?\s+(?P<days>\d{{1,2}}|{alternation('day_count')})"
                                                   r"\s*(?:일\s*)?(?:(?:을\s*)?앞(?:둔|두고)|전인|(?P<after>뒤|후)인)\s+")
BRACKETED_DAY_REACH: Final = 14  # characters from an opening bracket to the end of the day in it ((2026년 12월 1일))
COUNTED_FROM_REACH: Final = 14  # characters before a day's end where the event it is counted from stands (마감 이틀 전)
# (마감 이틀 전, 결과 발표 사흘 만에: the event counted from, by its word or the results' it names)
_COUNTED_FROM_WORD: Final = re.compile(r"((?:결과\s+)?[가-힣]{2,4})\s+\S{1,4}\s*(?:전|뒤|후|만에)$")
AHEAD_REACH: Final = 8  # characters between 앞둔 and the day it is told of
_DAYS_SPANNED: Final = re.compile(rf"\s*(?:(?P<count>{alternation('day_count')})|(?P<days>\d+)\s*일)\s*(?:간|동안)")  # (20일부터 21일까지 이틀간: one month's days)


def _opens_line(text: str, start: int) -> bool:
    """Whether only marks and spaces stand before `start` on its line (■ 2026년 1월, - 23일 …)."""
    line_start = text.rfind("\n", 0, start) + 1
    return not text[line_start:start].strip(_LINE_MARKS)


def _next_item(text: str, last_end: int, start: int) -> bool:
    """Whether the day at `start` opens the line right after one a day ending at `last_end` opened, blank lines aside
    (a schedule's items: ▲3~7일: 서류 심사 / ▲10일: 실사)."""
    previous_end = text.find("\n", last_end, start)
    if previous_end < 0 or not _opens_line(text, start) or text[previous_end:text.rfind("\n", 0, start)].strip():
        return False
    line_start = text.rfind("\n", 0, last_end) + 1
    return _DAY_ALONE.fullmatch(text[line_start:last_end].lstrip(_LINE_MARKS)) is not None


def _list_item_at(text: str, start: int) -> bool:
    """Whether `start` is on a line of a list: one opening with an item's mark (△, ○, -) or a label and its colon."""
    line = text[text.rfind("\n", 0, start) + 1:start].lstrip()
    return len(line) <= ITEM_LABEL_REACH and (line[:1] in _LINE_MARKS or ":" in line or "：" in line)


ITEM_LABEL_REACH: Final = 40  # characters of an item's line before its date (△배정 결과 통보: 1월 8일)


def _inside_name_quotes(text: str, start: int, position: int) -> bool:
    """Whether `position` is inside a name in single quotes opened after `start` ('국대 AI, 365일')."""
    part = text[start:position]
    return part.count("'") % 2 == 1 or part.count("‘") > part.count("’")


def _ends_line(text: str, end: int) -> bool:
    """Whether only marks and spaces stand after `end` on its line."""
    line_end = text.find("\n", end)
    return not text[end:len(text) if line_end < 0 else line_end].strip(_LINE_MARKS)


_LINE_MARKS: Final = " \t#*■□▲△▶▷◆◇●○◎·•-–—[]【】<>:："


def _forward(direction: str | None) -> str | None:
    """For resolving a date, the present tense of news (열린다) points forward like a plan."""
    return "future" if direction == "present" else direction


def _word_direction(word: str | None) -> str | None:
    if not word or word == "올":  # 올 (this year) names no direction
        return None
    value = lookup("direction", word)
    return value if value in ("past", "future") else None


def _mod(code: str) -> str | None:
    return None if code == "NONE" else code


def _number_word(word: str) -> int | None:
    value = lookup("number_word", word)
    return int(value) if value.isdigit() else None


def _add_months(first_of_month: date, months: int) -> date:
    index = first_of_month.year * 12 + first_of_month.month - 1 + months
    return date(index // 12, index % 12 + 1, 1)


def _safe_day(year: int, month: int, day: int) -> date:
    return date(year, month, min(day, month_length(year, month)))


def _nearest_day(reference: date, day: int) -> date:
    """The date with this day-of-month nearest to `reference` (`오늘(15일)`)."""
    this = reference.replace(day=1)
    options = []
    for k in (-1, 0, 1):
        month = _add_months(this, k)
        if day <= month_length(month.year, month.month):
            options.append(month.replace(day=day))
    return min(options, key=lambda d: abs((d - reference).days))
