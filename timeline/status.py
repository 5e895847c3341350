"""The status of a dated event mention: happened, planned, ongoing or unknown, from the time of
publication, the tense of the clause and its markers (부터 ... 진행 중, 아직 ... 않았다, 당초 ... 계획이었으나)."""
from __future__ import annotations

import re
from datetime import date, timedelta
from typing import Final

from .records import Article, Sentence, Timex
from .temporal.lexicon import MACROS, syllables_with_final, tense_patterns
from .temporal import (DECIDED_TO, MOVE_ADVERBS, ORIGINALLY_BEFORE, ORIGINALLY_REACH, ORIGINALLY_WORD, SAID_THEN, days_counted,
                       under_plans_heading, without_quotes)
from .text import CLOSING_PUNCT, QUOTATIVE, QUOTATIVE_ENDING, Guarded, holds_any, inside_quotation

_ONGOING: Final = re.compile(r"진행\s*중|고(?<=[가-힣]고)(?<![최공광보]고)\s*있|(?<!것으로\s)보고\s*있|중이다"
                             # (나눠 주고 있다, 하고 있다, 살펴보고 있다; not 광고 있, nor a forecast: 넘을 것으로 보고 있다)
                             r"|[아어여해와대내봐줘써켜혀려져쳐워]\s*(?:왔다|왔고|왔으며|오고\s*있)"  # (2024년부터 ... 맡아 왔다: still so)
                             r"|째(?:를|에)?\s*(?:맞았|맞은|맞는|접어들었|접어든)")  # (검증이 닷새째를 맞았다: a count of days reached, still on)
_GOES_ON: Final = re.compile(r"(?:이어|계속)(?:진다|된다)[.!?\"'”’]*$")  # (이번 주 준비가 이어진다)
_CHANGED_PLAN: Final = Guarded(r"(?:당초|애초|원래|기존)\S*\s.{0,40}?(?:계획|예정|방침)\S*\s*(?:이었|였|이던|했|됐).{0,6}?(?:지만|으나|는데|나)")
# ... and the date of a plan given up, put off or called off (당초 15일로 예정했던 발표를 21일로 늦춘다, 19일 열릴
# 예정이던 행사를 폭설로 연기한다, 말에 받기로 한 GPU는 설치가 늦어져): the date of group `plan`, or right before it.
# (Its plan words are written out whole, so that Guarded tries it only on the few sentences that hold one.)
_PUT_OFF_VERBS: Final = r"늦추|늦춘|늦췄|늦춰|늦어(?!도)|미루|미룬|미뤘|미뤄|밀리|밀린|밀렸|밀려|연기|연장|앞당|변경|바꾸|바꾼|바꿨|바꿔|취소|무산"
_GIVEN_UP: Final = Guarded(r"(?P<plan>(?:(?:당초|애초|원래|기존)\s.{0,30}?)?"
                           r"(?:예정했던|예정됐던|예정이던|예정이었던|계획했던|계획됐던|계획이던|계획이었던|[기키]로\s했던|[기키]로\s한))\s.{0,40}?"
                           rf"(?:{_PUT_OFF_VERBS})")
# A plan not kept, and what came instead, with no day of its own (… 출석할 예정이었으나, 해외 출장을 이유로 불출석했다).
_PLAN_NOT_KEPT: Final = re.compile(r"(?:예정|계획|방침)이었(?:으나|지만)(?P<instead>[^.\d]*?(?:했|됐|었|았|였)다)[.!?\"'”’]*\s*$")
PUT_OFF: Final = re.compile(_PUT_OFF_VERBS)
# The time a thing was moved from, to another told next (7월 말에서 8월 3일로 늦어졌다, 15일에서 22일로 한 주 밀렸다)
_MOVED_FROM: Final = re.compile(rf"에서\s+[^.]{{0,20}}?[일월주말초순년](?:으로|로)\s+(?:\S+\s+){{0,2}}?(?:{_PUT_OFF_VERBS})")
_MOVED_TO: Final = re.compile(rf"(?:으로|로)\s+(?:{MOVE_ADVERBS}\s+)?(?:{_PUT_OFF_VERBS})")  # (11월로 늦춰졌고)
# The object of what is weighed or readied, right after its date (연내 예비심사 청구를 검토하고 있다, 연내 출시를 준비 중이다).
_PURSUED_AFTER: Final = re.compile(r"(?:에|중|께|쯤|까지)?\s+(?:[^\s.\"“”']+\s+){0,3}?[^\s.\"“”']*[을를]\s+(?:검토|준비|추진|타진)"
                                   r"(?:하고\s*있|\s*중)")  # (not 2일 "… 검토하고 있다"고 말했다: the day of the telling)
# A time alone in quotes after a headline's ellipsis (… 설립 추진…"상반기 중"): the time its subject aims at.
_QUOTED_TIME_AFTER_ELLIPSIS: Final = re.compile(r"(?:…|\.\.\.)\s*[\"“'‘]$")
_QUOTED_TIME_CLOSES: Final = re.compile(r"\s*(?:중|내|안|까지|께)?\s*[\"”'’]")
_ORIGINALLY: Final = re.compile(ORIGINALLY_WORD)  # (anywhere before the date)
# A time a thing had been set for, told as what it was once (8월 초로 잡혔던, 15일로 정해져 있던)
_SET_FOR_ONCE: Final = re.compile(r"(?:으로|로)\s*(?:잡혔던|잡혀\s*있던|잡았던|정했던|정해졌던|정해져\s*있던|예정됐던|예정되었던|계획됐던)")
# The time something came, told as "back when" (… 관문을 넘을 때만 해도, 처음 뽑힐 때까지만 해도)
_BACK_WHEN: Final = re.compile(r"[^.!?\n]{0,40}?\s때(?:까지)?만\s*해도")
# (… or a plan moved since: 당초 상반기 중 1개 팀을 더한다는 계획을 앞당겨 실행했다)
_PLAN_NOUN_AFTER: Final = re.compile(r"[^.!?\n]{0,30}?(?:계획|예정|목표|방침)(?:이었|였|이던|이었던|[을를]\s*(?:세웠|세운|잡았|잡은"
                                     r"|앞당|당겨|당겼|미뤄|미뤘|미루|늦춰|늦췄|늦추|바꿔|바꿨|변경))")
_DECIDED_TO_DO: Final = re.compile(r"[기키]로\s*(?:했|하였|결정했|합의했|정했)(?!던)")
# The object of a notice given ahead (상반기 추가 공모를 예고했다), a few words after its date.
# (… or promised: 이달 중 재배분을 약속했지만)
_FORETELLING_WORDS: Final = ("예고", "약속", "공언")  # (a quick test before _FORETOLD)
_FORETOLD: Final = re.compile(r"(?:에|중|께|쯤)?\s+(?:[^\s.]+\s+){0,3}?[^\s.]*[을를]\s+(?:\S+\s+)?(?:예고|약속|공언)(?:했|한|하|됐|된)")
GIVEN_UP_REACH: Final = 8  # characters between a day and the plan word after it (19일 열릴 예정이던)
_WITHIN: Final = re.compile(r"\s*(?:안|내)(?:에|으로|로)?\s")  # (after a period: 이달 안에)
_YEAR_TOLD: Final = re.compile(r"지난|작년|전년|재작년|그해|당시|올해|올\s|금년|\d년")  # (지난달, 올해 1월, 2026년 상반기)
# When a part of a day begins (2026-01-15TAF, the afternoon), and what is arranged for a time (세션을 마련했다).
_PART_STARTS: Final = {"TMO": "06:00", "TAF": "12:00", "TEV": "18:00", "TNI": "21:00"}
_PART_MIDDLES: Final = {"TMO": "09:00", "TAF": "15:00", "TEV": "19:30", "TNI": "22:30"}  # (before it, most of the part is ahead)
_ARRANGED: Final = re.compile(r"(?:마련|준비|편성|배정)(?:했|됐|하였|되었)")
WORKDAY_STARTS: Final = 9  # the hour before which a story tells the day's events ahead (a morning paper's)
_RIGHT_NOW: Final = re.compile(r"\s*(?:이\s*시간|지금|현재)")  # (오늘 이 시간에는 …과 이야기를 나누겠습니다: now, on the air)
# Events that take time (a call, an evaluation) are under way inside their window; the others
# (a selection, a release) are still to come if the text speaks of them in the present.
DURATIVE_TYPES: Final = {"call", "evaluation", "funding", "other"}


def status_in_text(article: Article, sentence: Sentence, timex: Timex, covered: tuple[date, date],
                   text: str, kind: str) -> str:
    """The status of a date in its article: what the time of publication, 부터 and a changed plan
    tell first, then the tense of its clause (`by_tense`)."""
    published_at = article.published_at
    assert published_at is not None  # (mentions come only from articles with a publication time)
    published = published_at.date()
    value = timex.value
    same_day = value[:10] == published.isoformat()
    since = article.body.startswith("부터", timex.end)
    untimed = published_at.hour == published_at.minute == 0  # a stamp at midnight is most often a date without its time
    if same_day and not untimed and value[11:13].isdigit():
        # A time later on the day of publication is still to come (▲오후 2시 간담회, written at 7),
        # unless the text says it took place (a report stamped before the event it tells).
        if value[11:16] > published_at.strftime("%H:%M") and timex.direction != "past":
            return "planned"
    if (same_day and not untimed and (part := _PART_STARTS.get(value[10:])) is not None and part > published_at.strftime("%H:%M")
            and (timex.direction != "past" or _ARRANGED.search(text))):
        return "planned"  # 21일 오후 특별 세션도 마련했다, written in the morning: arranged, still to come
    if (same_day and not untimed and (middle := _PART_MIDDLES.get(value[10:])) is not None
            and middle > published_at.strftime("%H:%M") and timex.direction in ("present", "future")
            # (… 입장문을 내고 검토하겠다고 밝혔다: told done, by its last word)
            and tense_patterns()[1].search(sentence.text.rstrip(CLOSING_PUNCT + " ").rsplit(None, 1)[-1]) != "past"):
        return "planned"  # 이날 오후 각각 발표하고 질의에 답한다, written at ten past noon: the afternoon told ahead
    if (same_day and (untimed or published_at.hour < WORKDAY_STARTS and not _RIGHT_NOW.match(article.body, timex.end))
            # (a day with no tense, as a schedule's, only in a story written before the day's work: 월요일 A 설명회)
            and (timex.direction in ("present", "future") or timex.direction is None and not untimed
                 and tense_patterns()[1].search(sentence.text.rstrip(CLOSING_PUNCT + " ")) != "past")
            and not timex.end_value and not since
            and not _ONGOING.search(text)
            and not _TOLD_AT_THE_END.search(article.body, timex.end, sentence.end)):  # (15일 ... 오른다고 밝혔다: told that day)
        # (no time of writing: 30일 오후 2시30분 ... 연다 on the 30th is told before it; after, 열었다; nor is one written
        # before the day's work begins: 오늘 간담회를 연다, at six in the morning)
        return "planned"
    # (not a time yet to begin: "… 달려왔다"며 "내년 1월부터 지원하겠다", what has gone on is of another time)
    if since and (covered[0] <= published and _ONGOING.search(text) or timex.direction == "present" and same_day
                  or timex.direction != "past"
                  and covered[0] < published < covered[0] + timedelta(days=days_counted(article.body, timex.end + 2))):
        return "ongoing"  # 16일부터 진행 중인 배분, 오늘부터 사흘 동안 검증한다: begun that day, not over; 20일부터 이틀간, told on the 21st
    if (since and timex.direction == "present" and len(value) < 10
            and covered[0] <= published <= covered[1] and not _ONGOING.search(text)):
        return "planned"  # 이달부터 연구진을 투입한다, 3월부터 GPU를 배분한다: told as what will begin, not as under way
    if (covered[1] >= published and _QUOTED_TIME_AFTER_ELLIPSIS.search(article.body, max(0, timex.start - 3), timex.start)
            and _QUOTED_TIME_CLOSES.match(article.body, timex.end)):
        return "planned"  # (A, 일본 법인 설립 추진…"상반기 중": a headline's time alone in quotes is what it aims at)
    if covered[1] >= published and timex.direction is None and under_plans_heading(article.body, timex.start):
        return "planned"  # (■ 향후 계획 / ○ GPU 추가 확보 추진(상반기 중): what a box of plans lists is still to come)
    if covered[1] >= published and _PURSUED_AFTER.match(article.body, timex.end):
        return "planned"  # 연내 예비심사 청구를 검토하고 있다: what is weighed or readied is still to come, not under way
    if ((ORIGINALLY_BEFORE.search(article.body, max(sentence.start, timex.start - ORIGINALLY_REACH), timex.start)
         or _ORIGINALLY.search(article.body, sentence.start, timex.start))
            and _PLAN_NOUN_AFTER.match(article.body, timex.end)):
        # 결과는 당초 1월 중순 발표가 목표였다, 당초 최종 발표회를 23일께 열 계획이었다: the time a plan was once set for
        return "planned"
    if _SET_FOR_ONCE.match(article.body, timex.end) or _MOVED_FROM.match(article.body, timex.end):
        return "planned"  # 8월 초로 잡혔던 결과 발표는 28일에야 이뤄졌다, 7월 말에서 8월 3일로 늦어졌다: the time it had been set for
    if (moved := _MOVED_TO.match(article.body, timex.end)) is not None:
        # 11월로 늦춰졌고, 다시 12월로 미뤄졌다: the time a plan was moved to, then moved again, or not over yet; but
        # 22일로 며칠 늦춰졌다, read after it: the day it came
        again = _MOVED_TO.search(article.body, moved.end(), sentence.end) is not None
        return "planned" if covered[1] >= published or again else "happened"
    changed = _CHANGED_PLAN.search(sentence.text)  # 당초 2월 중순 발표할 예정이었으나: the plan as it was
    if changed and changed.start() <= timex.start - sentence.start < changed.end():
        return "planned"
    if (covered[1] <= published and "이었" in sentence.text
            and (not_kept := _PLAN_NOT_KEPT.search(article.body, timex.end, sentence.end)) is not None):
        # 이날 출석할 예정이었으나 불출석했다: what came instead of the plan, on its day, happened; but 10일 발표할 계획이었으나
        # 연기했다: the day of a plan put off stays a plan
        return "planned" if PUT_OFF.search(not_kept.group("instead")) else "happened"
    # the date a plan was for, given up since (its plan words end in 던 or are 기로 한: one test before Guarded's)
    given_up = _GIVEN_UP.search(sentence.text) if "던" in sentence.text or "로 한" in sentence.text else None
    if (given_up and given_up.start() - GIVEN_UP_REACH <= timex.end - sentence.start
            and timex.start - sentence.start < given_up.end("plan")):
        return "planned"
    if (holds_any(sentence.text, _FORETELLING_WORDS) and _FORETOLD.match(article.body, timex.end, sentence.end)
            and (covered[1] >= published or timex.direction != "past" or len(value) < 10)):
        # 상반기 추가 공모를 예고했다, 이달 중 재배분을 약속했다: what was told ahead is yet to come; and a promise kept or
        # not since (지난해 7월 … 8월 초 협약 체결을 약속했다) is the plan as it was
        return "planned"
    # (but a day already begun is the deciding's: 23일 ... 참여하지 않기로 했다, told that evening)
    decided_ahead = covered[1] >= published and (len(value) < 10 or covered[0] > published)
    if (decided_ahead and timex.direction != "future" and holds_any(text, DECIDED_TO)
            and _DECIDED_TO_DO.search(without_quotes(text))):
        return "planned"  # 상반기 안에 한 팀을 더 뽑기로 했다: decided, to be done in a time not over yet
    if (decided_ahead and timex.direction != "future" and _WITHIN.match(article.body, timex.end)
            and holds_any(sentence.text, DECIDED_TO) and _DECIDED_TO_DO.search(article.body, timex.end, sentence.end)):
        return "planned"  # 이달 안에 공모를 내고, 상반기 중 한 팀을 더 뽑기로 했다: the decision covers the clause before too
    if timex.direction in ("present", "future") and article.body.startswith("까지", timex.end) and covered[1] >= published:
        return "planned"  # 이달 말까지 10개 팀을 추린다: a deadline still to come, though its window is open
    if timex.direction == "present" and (timex.text.endswith(("중", "내")) or _WITHIN.match(article.body, timex.end)) and (
            not _ONGOING.search(text)):
        return "planned"  # 4분기 중 법인을 세운다, 연내 내놓는다, 이달 안에 알린다: done at some point within the period, not under way
    if (len(value) >= 10 and covered[1] <= published and timex.direction != "past"
            and _TOLD_AT_THE_END.search(article.body, timex.end, sentence.end)):
        # 24일 보고서에서 ... 호재가 될 수 있다고 분석했다: a day (not after publication) before what
        # was told is the day of telling, whatever the tense of what was told; but after the telling's own day
        # (21일 … 22일 발표한다며 … 보도했다), a day told ahead of it.
        told_on = _DAY_BEFORE.search(article.body, sentence.start, timex.start)
        return "planned" if told_on and int(told_on.group(1)) < int(value[8:10]) else "happened"
    if (timex.direction in ("future", "present") and covered[1] < published and covered[0] != covered[1] and len(value) < 10
            and not _YEAR_TOLD.search(timex.text) and SAID_THEN.search(article.body, timex.end, sentence.end)):
        # 1월 15일 ... 상반기 안에 내놓겠다고 했다, read in December: the plan's time, counted from the day it was
        # said (not a month told with its year, 올해 1월 ... 참여하지 않겠다고 밝혔다: the month it was said)
        return "planned"
    if timex.direction == "future" and covered[1] < published and DONE_BEFORE.search(sentence.text.rstrip(CLOSING_PUNCT + " ")):
        return "happened"  # 지난 8월 선정 당시 ... 남기겠다고 밝힌 바 있다: a past day a promise was made on
    if timex.direction == "future" and covered[1] < published and _BACK_WHEN.match(article.body, timex.end):
        return "happened"  # ("지난 1월 첫 관문을 넘을 때만 해도 …": back when it came, gone by)
    if (timex.direction == "future" and covered[1] < published and _YEAR_TOLD.search(timex.text)
            and tense_patterns()[1].search(sentence.text.rstrip(CLOSING_PUNCT + " ").rsplit(None, 1)[-1]) == "past"):
        return "happened"  # (2025년 8월 우리나라를 대표할 AI를 만들 다섯 팀을 뽑았다: a year gone by is no time of what 'will' be)
    if timex.direction == "past" and covered[1] <= published and _CITED_SOURCE_AFTER.match(article.body, timex.end):
        # (2일 받은 답변에 따르면 … 아직 회수되지 않았다: the day of the source told, done, whatever the rest still awaits)
        return "happened"
    if (timex.direction != "future" and covered[0] <= published <= covered[1] and covered[0] != covered[1]
            and _DONE_AS_TOPIC.search(text) and _NAMED_AS_PREDICATE.search(text)):
        return "happened"  # (올해 끝까지 살아남은 곳은 A와 B다: who did it in a time not over yet, told as the topic, did it)
    # (what is said in quotation marks, 과기정통부는 이날 "아직 정해지지 않았다"고 밝혔다, tells nothing of the telling's day)
    spoken = (without_quotes(text) if _NOT_YET.may_match(text) and not inside_quotation(article.body, sentence.start, timex.start)
              else None)
    return by_tense(timex.direction, covered, published, text, kind, spoken)


# Those who did something, told as the topic a name is given for (살아남은 곳은, 뽑힌 팀은, 떠난 기업은).
_DONE_AS_TOPIC: Final = re.compile(r"\S" + syllables_with_final(4, exclude="는인") + r"\s+(?:곳|팀|기업|회사|기관|쪽)(?:은|는)\s")
_NAMED_AS_PREDICATE: Final = re.compile(r"(?:이다|입니다|이었다)[.!\"'”’]*$")  # (… 곳은 A와 B이다: who it was, named)
# A verb's past adnominal form ending a relative clause (탈락한, 선정된, 열린), not the present (하는) nor 인.
_PAST_ADNOMINAL_END: Final = re.compile(r"\S" + syllables_with_final(4, exclude="는인") + "$")
# A sentence that ends by telling in the past what was said or foreseen (…다고 밝혔다, …라고 덧붙였다,
# …할 것으로 내다봤다, …하겠다는 계획도 설명했다), no date between.
# (… 않겠다고 밝혔다. / … 않겠다고 밝혔고, B도 …: the telling closes its clause, mid-sentence too)
_DAY_BEFORE: Final = re.compile(r"(?<!\d)(\d{1,2})\s*일(?![간째])")  # (a day told before: the telling's)
_TOLD_AT_THE_END: Final = re.compile("(?:" + QUOTATIVE + r"|것으로|다는\s+(?:계획|방침|구상|뜻|입장|목표)\S*)\s+(?:[^\s\d]\S*\s+)?(?:[^\s\d]\S*)?" + MACROS["{PAST}"]
                                     + r"(?:(?:다|습니다|어요|죠)[.!?\"'”’]*$|(?:고|으며|며),\s)")  # (…겠다고 했어요: in speech too)


def _calendar_period(covered: tuple[date, date]) -> bool:
    """Whether the days covered are a whole calendar week or month (이번 주, 이달), not a span told by its own days."""
    first, last = covered
    week = first.weekday() == 0 and (last - first).days == 6
    month = first.day == 1 and (last + timedelta(days=1)).day == 1 and first.month == last.month
    return week or month


def under_way(text: str) -> bool:
    """Whether a sentence tells a thing as still going on (진행 중이다, 닷새째를 맞았다)."""
    return _ONGOING.search(text) is not None


def by_tense(direction: str | None, covered: tuple[date, date], published: date, text: str,
             kind: str = "other", spoken: str | None = None) -> str:
    """happened, planned, ongoing or unknown: a date after publication is never `happened`. (`spoken`: the
    text without what is quoted in it, when the date is not.)"""
    if covered[0] > published:
        return "planned"
    if _NOT_YET.search(text if spoken is None else spoken):  # 아직 발표하지 않았다, 발표가 늦어지고 있다: still to come, though late
        return "planned"
    planned = direction == "future"
    if covered[0] <= published <= covered[1] and covered[0] != covered[1]:
        if _ONGOING.search(text) and not planned:  # (이달 중 나올 결과를 기다리고 있다: what is awaited is still to come)
            return "ongoing"
        if direction == "past":
            return "happened"  # 이번 주 검증을 마쳤다
        if direction == "present" and _GOES_ON.search(text):
            return "ongoing"  # (이번 주에는 협약 준비가 이어진다: on through the period it is told in)
        if direction == "present" and _STARTS_OR_ENDS.search(text):
            return "planned"  # 이번 주 최종 점검에 들어간다, 측정은 이번 주에 끝난다: it has not begun, or not ended
        if direction is None and _ADVANCED.search(text) and _CUT.search(text):
            return "happened"  # (2026년 12월 ― A·B 3단계 진출, C 탈락: who came through and who did not is known, so done)
        durative = kind in DURATIVE_TYPES and not _PUNCTUAL_END.search(text)
        if planned or (direction in ("present", None) and not durative
                       and (covered[0] < published or covered[0] == published and _calendar_period(covered))):
            # (… NPU 공급 연장 계약(이달 말), told on the 23rd: a moment still to come in the window; so on a week's first day,
            # 이번 주 결과를 넘긴다, told on Monday; not a span that starts that day, 12월 5일부터 6월 30일까지)
            return "planned"
        return "ongoing"
    if planned:
        if covered[1] >= published:
            return "planned"
        # A past day before a promise being reported (26일 ...참여하지 않겠다고 밝혔다): the day it was said;
        # a past day of a relative clause in the past (지난 1월 평가에서 탈락한 A의 ... 살필 예정이다): its own.
        told = text.rstrip(CLOSING_PUNCT + " ")
        if QUOTATIVE_ENDING.search(told) or _PAST_ADNOMINAL_END.search(told):
            return "happened"
        # A clause ending in a connective of no tense of its own, with nothing ahead in it (지난 1월 결과를 발표하며 …
        # 높이겠다고 했다): the time ahead is of what was said after it; the act joined on is the telling's, done.
        return "happened" if _TENSELESS_CONNECTIVE_END.search(told) and tense_patterns()[1].search(told) != "future" else "unknown"
    if direction in ("past", "present") or covered[1] <= published:
        return "happened"  # the present tense on the day itself reports what is happening
    return "unknown"


# What was said or done before (... 남기겠다고 밝힌 바 있다: has said so; B를 내놓은 바 있습니다: background).
DONE_BEFORE: Final[re.Pattern[str]] = re.compile(syllables_with_final(4) + r"\s*바\s*(?:있|있었)(?:다|습니다)[.!?]*$")
# The nouns of an outcome, for each side (A 진출, B 탈락; A의 탈락과 B의 진출), read here and by the event reader.
OUTCOME_NOUNS: Final[dict[str, tuple[str, ...]]] = {"selection": ("진출", "통과", "선정", "합류"), "elimination": ("탈락", "고배", "낙마")}
_ADVANCED: Final = re.compile("|".join(OUTCOME_NOUNS["selection"]))
_CUT: Final = re.compile("|".join(OUTCOME_NOUNS["elimination"]))
# 평가 결과를 발표한다; a schedule's line, 결과 발표(중순), 공고(하순)
# A scale set for a time (올해는 40곳으로 늘린다, 내년엔 두 배로 키우기로 했다, 투자를 20% 줄인다): read here and by the event reader.
SCALED_TO: Final = r"(?:으로|로|%|배)\s+(?:늘린다|늘릴|늘리기로|확대한다|확대할|확대하기로|키운다|키울|키우기로|줄인다|줄일|줄이기로)"
# (10억 원을 투입한다: money one puts in, still to come; not 예산이 투입된다, a program's spending over the time; so too
# when reported, … 줄인다고 덧붙였다)
_PUNCTUAL_END: Final = re.compile(rf"(?:(?:발표|공개|선정|통보|확정|출시|공고|전달|제출|이관)(?:한다|된다|하겠다)?|투입(?:한다|하겠다)"
                                  rf"|(?:넘긴|보낸|건넨)다|{SCALED_TO})"  # (결과를 이번 주 B에 넘긴다: handed over once)
                                  # (… 40곳으로 늘린다: a scale set for the time, still to come)
                                  r"(?:\s*\([^()]{1,8}\))?(?:(?<=다)고(?:\s+(?:밝혔|말했|덧붙였|설명했|전했)다)?)?[.!?\"'”’]*$")
# (발표하며, 공개하면서, 내놓고; not 했고 nor 했으며, nor a noun, 공고)
_TENSELESS_CONNECTIVE_END: Final = re.compile(r"(?<![았었였겠했됐])(?<![았었였겠했됐]으)(?:며|면서)$|(?<![았었였겠했됐공보신광최재창])고$")
_STARTS_OR_ENDS: Final = re.compile(r"(?:들어간|돌입한|착수한|시작한|개시한|나선|본격화한|본격화된"
                                    r"|끝난|끝낸|마친|마무리한|마무리된|종료된|종료한)(?:다|대요|답니다)[.!?\"'”’]*$")  # (들어간대요: told as heard)
# A source a day dates (2일 받은 서면 답변에 따르면, 15일 공개한 자료에 의하면): the day it told what follows
_CITED_SOURCE_AFTER: Final = re.compile(r"\s+(?:[^\s,.]+\s+){0,3}?[^\s,.]*에\s*(?:따르면|의하면)")
_NOT_YET: Final = Guarded(r"아직\s*(?:\S+\s+){0,4}?\S*(?:않았|못했|않고\s*있|못하고\s*있)|(?:늦어지|지연되|미뤄지)고\s*있")


def plan_changed(sentence: str) -> bool:
    """`당초 4개 팀을 선정할 계획이었지만 3개 팀만`: a plan the sentence says was changed."""
    return bool(_CHANGED_PLAN.search(sentence))


def plan_put_off(sentence: str) -> bool:
    """`당초 15일로 예정했던 발표를 22일로 미룬다`: a plan's day the sentence says was given up for another."""
    return bool(_GIVEN_UP.search(sentence))


def plans_changed(sentences: list[str]) -> list[bool]:
    """plan_changed of each sentence; a run of the same sentence (its mentions) is asked once."""
    answers: list[bool] = []
    last: str | None = None
    answer = False
    for sentence in sentences:
        if sentence is not last:
            answer, last = plan_changed(sentence), sentence
        answers.append(answer)
    return answers
