"""Find temporal atoms with one compiled scanner, then join adjacent atoms into expressions.

Atoms are the pieces the press builds dates from (`2026년`, `지난달`, `15일`, `오후 2시30분`,
`(현지시간)`). Each atom kind has its own pattern with named groups; the scanner is their
alternation with the names removed, so text is scanned once and only hits are parsed.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from typing import Final

import ahocorasick_rs

from ..text import automaton, leading_class
from .lexicon import alternation, lookup, words

Y4: Final = r"(?:19|20)\d{2}"
# What an award of the year is given as (올해의 인물, 올해의 AI 기업): no date of an event.
_AWARD_NOUNS: Final = "인물|기업|스타트업|제품|서비스|선수|작가|책|앱|리더|브랜드|기술|모델|논문|상(?![가-힣])"
# ... or this year's prize named in quotes (올해 'AI 산업 대상' 수상자로 … 선정했다고 11일 밝혔다): the prize's edition, no day.
_PRIZE_QUOTED: Final = r"['‘\"“][^'’\"”\n]{1,20}(?:상|어워드|어워즈)['’\"”]"
# After a word-like atom: end of the word, or a particle glued to it, or 내 or 중 glued (이달내, 상반기중에), or 방학
# after a season (여름방학에).
_WITHIN_GLUED: Final = r"|(?:내|중)(?:에|으로|엔)?(?![가-힣])|방학"
# (… or the copula glued after a vowel: 시기는 내년 2분기다, 하반기였다)
_COPULA_GLUED: Final = r"|(?<=[기반말초순주])(?:다|였)(?![가-힣])|(?<=[기반말초순주])였다"
WORD_END: Final = r"(?=[^가-힣]|$|[에은는을를이가의도만부까로와과엔께경쯤]" + _WITHIN_GLUED + _COPULA_GLUED + ")"
# (… and 와/과 joining another time, 이달 초와 지난달 말, 8월 중순과; not 초과, an excess)
PART_END: Final = r"(?=[^가-힣]|$|[에은는을이가의도부까로엔께경쯤으]|와\s|(?<!초)과\s" + _WITHIN_GLUED + _COPULA_GLUED + ")"
RANGE_DASH: Final = r"[~∼\-–—]"
CHAIN_ARROWS: Final[str] = "→⇒"  # (2026.8.28 2차 평가 통과 → 12.1 최종 발표: the arrows of a chain of steps)
YEAR_IN_BRACKETS: Final[str] = r"[\[(]\d{4}[\])]"  # ([2026] 1.15 1차 평가 / 2.20 합류: a chronology's year)
RANGE_OR_PAIR: Final = rf"(?:{RANGE_DASH}|·)"  # (8~9월, 8·9월)


def _patterns() -> list[tuple[str, str]]:
    """(kind, pattern) in the order the scanner tries them at one position."""
    a = alternation
    direction = a("direction", exclude=("다음", "이번"))
    partnered = "|".join(re.escape(word).replace(r"\ ", r"\s*") for word in _only_before_holidays())
    return [
        # Year.month to (year.)month, as a plan's phases put them (2025.8~2026.1, 2026.2~8).
        ("dotmonths", rf"(?<![\d.])(?P<dy1>{Y4})\s*\.\s*(?P<dm1>1[0-2]|0?[1-9])\s*{RANGE_DASH}\s*"
                      rf"(?:(?P<dy2>{Y4})\s*\.\s*)?(?P<dm2>1[0-2]|0?[1-9])(?![\d.]|\s*{_COUNTER})"),
        # Month.day to month.day (8.3~8.7, 1.23~2.12): dotted numbers alone are no date, as a range they are.
        ("dotrange", rf"(?<![\d.])(?P<rm1>\d{{1,2}})\s*\.\s*(?P<rd1>\d{{1,2}})\.?\s*[~∼–]\s*(?P<rm2>\d{{1,2}})\s*\.\s*"
                     rf"(?P<rd2>\d{{1,2}})\.?(?![\d]|\s*{_COUNTER})"),
        # Month/day to (month/)day where schedules put them (12/9~11, 12/14(월)~18(금), 12/28~1/3).
        ("slashrange", rf"(?<![\d./])(?P<sm1>1[0-2]|0?[1-9])/(?P<sd1>3[01]|[12]\d|0?[1-9])(?:\s*\({BRACKET_WEEKDAY}\))?\s*[~∼–]\s*"
                       rf"(?:(?P<sm2>1[0-2]|0?[1-9])/)?(?P<sd2>3[01]|[12]\d|0?[1-9])(?:\s*\({BRACKET_WEEKDAY}\))?"
                       rf"(?![\d/.]|\s*{_COUNTER})"),
        # A countdown to a day (D-7: seven days to go, so the day is a week on; D+3: three days after it).
        ("dday", r"(?<![A-Za-z])D\s*(?P<dds>[-+])\s*(?P<ddn>\d{1,3})(?![\d.,])|(?<![A-Za-z])D-?[Dd]ay(?![A-Za-z])|디데이"),
        ("numdate",
         rf"(?:(?<![\d.\-/])(?P<y>{Y4})|['’‘`](?P<ys>\d{{2}}))\s*[.\-/]\s*(?P<m>\d{{1,2}})\s*[.\-/]\s*(?P<d>\d{{1,2}})(?![\d]|\.\d)\.?"
         rf"(?:\s*\({BRACKET_WEEKDAY}\))?(?:(?:\s+(?:(?P<ampm>오전|오후)\s*)?|T)(?P<hh>\d{{1,2}}):(?P<mi>\d{{2}})"
         rf"(?::\d{{2}}(?:\.\d+)?)?(?:Z|[+-]\d{{2}}:?\d{{2}})?)?"  # (an ISO stamp: 2026-02-20T11:00:00+09:00)
         # A month and day without the year are a date only with the weekday after them: 3.20(금), 3. 20.(금)
         rf"|(?<![\d.\-/])(?P<mo>\d{{1,2}})\s*[./]\s*(?P<dm>\d{{1,2}})\.?\s*\((?P<wdn>{BRACKET_WEEKDAY})\)"),
        # A month/day without the year or weekday (1/15) is a date where lists and digests put dates:
        # opening a line, after a mark and a space (✅ 1/15, · 2/20, - 8/21), or in brackets; not
        # before a counter or a fraction's words (1/3 이상, 3/4분기).
        # (… or after a word of a step's deadline or day in a note: 제출 요청(마감 12/11))
        ("listdate", r"(?:(?<![^\n])|(?<=[^\w\s.,;:!?)\]'\"%/] )|(?<=[(\[▶▷■□◆◇●○△▲•])|(?<=[(\s]마감 )|(?<=[(\s]기한 ))"
                      r"(?P<ma>1[0-2]|0?[1-9])/(?P<da>3[01]|[12]\d|0?[1-9])"
                      rf"(?![\d/.]|\s*(?:분기|{_NOT_AFTER_LIST_DATE}))(?=[\s)\]:~∼\-–—]|$)"
                      # ... and a month.day only opening a line of a chronology (■ 2026년 / 8.21 결과 발표)
                      r"|(?<![^\n])(?P<md2>1[0-2]|0?[1-9])\.(?P<dd2>3[01]|[12]\d|0?[1-9])"
                      rf"(?=\s+(?!{_NOT_AFTER_LIST_DATE}|\d+\.\d)\S)"
                      # ... or after an item's mark or label, closed by a dot as notices write it (ㅇ 6.2. 결과 공개)
                      r"|(?<=[ㅇ○●◦□■◇◆▶▷\-–·•)] )(?P<md3>1[0-2]|0?[1-9])\.(?P<dd3>3[01]|[12]\d|0?[1-9])\.(?=\s)"
                      # ... or after a dash that gives an item its time, before what happens then (① 선정: A — 2.20 발표)
                      r"|(?<=[—–] )(?P<md5>1[0-2]|0?[1-9])\.(?P<dd5>3[01]|[12]\d|0?[1-9])(?=\s*(?:발표|마감|개최|시작|공고|선정|공개|예정))"
                      # ... or closed by a dot, in running text before what happens then or its span's particle, as
                      # notices write it (결과는 12.22. 발표 예정, 12.11.까지 제출)
                      r"|(?<=\s)(?P<md13>1[0-2]|0?[1-9])\.(?P<dd13>3[01]|[12]\d|0?[1-9])\."
                      r"(?=\s*(?:발표|마감|개최|시작|공고|선정|공개|예정|시행|접수)|까지|부터)"
                      # ... or in brackets after the noun of the step, as a release dates it (서면평가(2.13.)와 발표평가(2.14.))
                      r"|(?<=[가-힣]\()(?P<md6>1[0-2]|0?[1-9])\.(?P<dd6>3[01]|[12]\d|0?[1-9])\.(?=\))"
                      # ... or without the dot, in a list of places or steps each with its day (광주(1.12)·대구(1.14): kept only
                      # in such a list, see temporal's _in_dated_list)
                      r"|(?<=[가-힣]\()(?P<md10>1[0-2]|0?[1-9])\.(?P<dd10>3[01]|[12]\d|0?[1-9])(?=\))"
                      # ... or alone in a table's cell (| 배정 결과 통보 | 3.27 |)
                      r"|(?<=\|\s)(?P<md7>1[0-2]|0?[1-9])\.(?P<dd7>3[01]|[12]\d|0?[1-9])\.?(?=\s*\|)"
                      # ... or after a year in brackets, or a slash between items, in a chronology by years
                      # ([2026] 1.15 1차 평가 / 2.20 합류: kept only under such a year, see temporal's _year_in_brackets)
                      rf"|(?:(?<={YEAR_IN_BRACKETS} )|(?<= / ))(?P<md9>1[0-2]|0?[1-9])\.(?P<dd9>3[01]|[12]\d|0?[1-9])\.?"
                      rf"(?=\s+(?!{_NOT_AFTER_LIST_DATE}|\d+\.\d)\S)"
                      # ... or after the arrow of a chain of steps (2026.8.28 2차 평가 통과 → 12.1 최종 발표)
                      rf"|(?<=[{CHAIN_ARROWS}] )(?P<md8>1[0-2]|0?[1-9])\.(?P<dd8>3[01]|[12]\d|0?[1-9])\.?"
                      rf"(?=\s+(?!{_NOT_AFTER_LIST_DATE}|\d+\.\d)\S)"
                      # ... or in running text before a particle of time, as posts write it (12/10에 밋업, 12/3부터), not a
                      # share (1/3에 그쳤다, 2/3에 해당한다)
                      r"|(?<=\s)(?P<md11>1[0-2]|0?[1-9])/(?P<dd11>3[01]|[12]\d|0?[1-9])(?=(?:에|에는|에도|부터|까지|께|쯤)"
                      r"(?:[.,]|\s(?!불과|그[치쳐친쳤칠]|해당|달[하해한했]|머물|이상|이하|수준|정도)))"
                      # ... or before the step or the thing put out on it, in a post's running text (1/15 1차 단계평가와
                      # 8/28 2차 단계평가를, 12/30 Solar 차기 모델의)
                      r"|(?<=\s)(?P<md12>1[0-2]|0?[1-9])/(?P<dd12>3[01]|[12]\d|0?[1-9])"
                      r"(?=\s+(?:[1-9]차\s|최종\s|[가-힣]{0,3}(?:결과|평가|점검|심사|공모|접수|마감|발표|출시|공개)(?:[를을가이는은와과에]|\s))"
                      r"|\s+[A-Z][A-Za-z]+\s)"
                      # ... or a day named by its month and day, as the press names what happened on it ('12·23' 이후, 1·15 평가에서)
                      r"|(?<![\d.·])(?P<md4>1[0-2]|[1-9])·(?P<dd4>3[01]|[12]\d|[1-9])"
                      r"(?=['’\"”]|\s*(?:이후|직후|이전|당시|발표|사태)|(?:을|를|이|가|은|는|의|에)\s"
                      # (before a noun of what happened, with a day of two digits: 1·2 평가 is the first and second)
                      r"|(?<=\d\d)\s*(?:쇼크|충격|평가|결과|선정|탈락|대책|합의|선언))"
                      # ... or a month's English name and a day, as bilingual digests write it (• Dec 22 — …, Jan. 14)
                      rf"|(?<![A-Za-z])(?P<men>{alternation('month_en')})\.?\s*(?P<den>3[01]|[12]\d|0?[1-9])(?![\d:/.]|\s*(?:st|nd|rd|th)?[A-Za-z])"),
        # A year and a month or half in a government document's shorthand: ('26.8월), '26.下; a quarter or a
        # half or a fiscal year in a brokerage's: 4Q26, 2H26, FY2027.
        ("shortym", r"['’‘`](?P<sy>\d{2})\s*\.\s*(?:(?:(?P<smr>1[0-2]|0?[1-9])\s*[~∼\-–]\s*)?(?P<sm>1[0-2]|0?[1-9])\s*월|(?P<sh>[上下]))"
                    # (… and its months from one to another: '27.5~6월)
                    # ... or a year and its month by a dot alone, as chronologies write them ('25.08 선정, 2026.01 통과,
                    # 1차 개방(2027.06.) 때):
                    # never a number of something (2025.5 배, 2026.1 버전)
                    rf"|(?:['’‘`](?P<dy>\d{{2}})|(?<![\d.\-/])(?P<dy4>{Y4}))\.\s?(?P<dm>1[0-2]|0?[1-9])(?:\.(?!\s*\d))?(?![\d.])"
                    rf"(?=\s+(?!{_NOT_AFTER_LIST_DATE})(?:[^\d\s]|\d+차)|\s*$|[)\],→]"
                    # (… or the start of a span left open: 칩 최적화(2026.10~), 2026.10~현재)
                    r"|[~∼]\s*(?:[)\]]|$|현재|진행))"
                    r"|(?<![\dA-Za-z])(?P<sq>[1-4])Q(?P<sqy>\d{2})(?![\dA-Za-z])"
                    r"|(?<![\dA-Za-z])(?P<hf>[12])H(?P<hfy>\d{2})(?![\dA-Za-z])"  # 2H26: a half
                    r"|(?<![\dA-Za-z])Q(?P<eq>[1-4])\s*['’]?\s*(?P<eqy>(?:19|20)\d{2}|\d{2})(?![\dA-Za-z])"  # Q1 2027, Q1'27
                    r"|(?<![A-Za-z])FY\s*(?P<fy>(?:19|20)?\d{2})(?![\dA-Za-z])"),
        ("quarter", rf"(?<![가-힣])(?P<qr>{a('quarter_rel')}){WORD_END}"),  # 지난 분기, 다음 분기
        # 같은 시기, 그 무렵: the time told last (not a year's: 지난해 같은 시기, the time of year a year back)
        ("sametime", rf"(?<![가-힣])(?<![해년]\s)(?P<tan>{a('time_anaphor')}){WORD_END}"),
        ("decade", rf"(?<!\d)(?P<dc>(?:19|20)\d)0\s*년대(?:\s*(?P<dcp>{a('month_part')}){PART_END})?"),  # 2010년대 초반
        # (the span told before, pointed back at: 3월 2일부터 20일까지 진행된다. 이 기간 A가 …; not 전년 같은 기간, a comparison)
        ("spanback", r"(?<![가-힣])(?:이|그|해당)\s*기간(?=\s*(?:동안|중|내내)?(?:에|에는|엔)?(?:\s|[,.]|$))"),
        ("yearrange", rf"(?<!\d)(?P<y1>{Y4})\s*년?\s*{RANGE_DASH}\s*(?P<y2>{Y4})\s*년(?:도)?"),
        # (8~9월, and two told together: 8·9월, 12·13일 이틀간; but 1월·8월·12월, each with its 월, is a list of months)
        ("monthrange", rf"(?<![\d.])(?P<m1>\d{{1,2}})\s*(?:월\s*{RANGE_DASH}|{RANGE_OR_PAIR})\s*(?P<m2>\d{{1,2}})\s*월(?!요일)"),
        # (지난 4~5일: the direction word told before the range, as before a day)
        ("dayrange", rf"(?:(?P<rdd>{direction})\s*)?(?<![\d.])(?P<d1>\d{{1,2}})\s*일?\s*{RANGE_OR_PAIR}\s*(?P<d2>\d{{1,2}})\s*일(?!\s*(?:간|동안|요일)|\s*(?:전|뒤|후)(?![가-힣])(?!\s*(?:{a('prefixed_noun')})))"),  # (not 2~3일 뒤: a count; but 12~13일 전 직원)
        ("offset",
         # (not after a verb that modifies the day: 결과가 나오는 22일 전에 is before the 22nd, not 22 days ago)
         rf"(?:(?:(?<![\d.])(?P<on0>\d{{1,3}})\s*[~∼\-–]\s*)?(?P<on>(?<!\d){_NOT_AFTER_DAYS_VERB}\d{{1,4}}|{a('number_word')})\s*(?P<ou>년|개월|달|주일|주|일|해|시간)"
         rf"|(?P<oc>{a('day_count')}))"
         rf"(?:\s*(?P<oap>{a('offset_approx')}))?"  # (한 달쯤 뒤, 열흘여 전: about then)
         rf"\s*(?P<od>{a('offset_dir')})(?:\s*(?P<otd>{_today()}))?(?=[에의은는도부까였]|[^가-힣]|$|(?<=앞)(?:두고|둔))"  # (1년 전 오늘: that day)
         rf"(?!(?<=일 전)\s*(?:{a('prefixed_noun')}))"  # (16일 전 거래일보다: the 16th)
         rf"(?!(?<=년 전)\s*(?:1[0-2]|0?[1-9])\s*월(?!요일))"),  # (2년 전 8월: the year of a month, see year)
        ("duration",
         rf"(?:(?P<ua>{a('approx')})\s*)?(?:(?:지난|향후|최근|앞으로)\s*)?(?:"
         rf"(?P<un0>(?<!\d)\d{{1,3}})\s*년\s*(?:(?P<um0>\d{{1,2}})\s*개월|(?P<half0>반))\s*(?P<us0>{a('duration_suffix')})?"
         rf"|(?P<un1>(?<![\d.])\d{{1,4}}(?:\.\d{{1,2}})?|{a('number_word')})\s*(?P<ux1>여)?\s*(?P<uu1>개월|시간|주일|분)"
         rf"(?P<uy1>여)?\s*(?P<us1>{a('duration_suffix')})?"
         rf"|(?P<un2>(?<![\d.])\d{{1,4}}(?:\.\d{{1,2}})?|{a('number_word')})\s*(?P<ux2>여)?\s*(?P<uu2>년|해|달|주|일)"
         # (or as the time passed since a thing was done: 탈락한 지 한 달이 지났다, as 1개월이 지났다)
         rf"(?P<uy2>여)?\s*(?:(?P<us2>{a('duration_suffix')})|(?=(?:이|가)\s*(?:지났|지난|흘렀|흐른|넘었|됐|되었)))"
         rf"|(?P<uc>{a('day_count')})\s*(?P<us3>{a('duration_suffix')})?)"
         rf"(?=[의에을를은는이가도만으인]|[^가-힣]|$)"),  # (28일 만인 20일: a count, then the day it reaches)
        ("set", rf"(?P<sw>{a('set_word')})(?:\s*(?:{a('week_ordinal')})\s*주)?{WORD_END}|(?P<sn>(?<!\d)\d{{1,4}}|{a('number_word')})\s*(?P<su>년|개월|달|주|일|시간)\s*마다"),
        ("year",
         rf"(?:(?:(?P<yd>지난|오는)\s*)?(?<!\d)(?P<ya>{Y4})\s*(?:학년도|년(?:도)?|\.(?=\s*(?:1[0-2]|0?[1-9])\s*월(?!요일)))"  # (2028학년도, 2026.8월)
         # (so many years back, then a month: 2년 전 8월, the August of that year)
         rf"|(?<![\d.])(?P<yago>[1-9])\s*년\s*전(?=\s*(?:1[0-2]|0?[1-9])\s*월(?!요일))"
         rf"|['’‘`](?P<y2>\d{{2}})\s*년(?:도)?"
         # (a year in two figures with no mark, before its month or part or as a time told, 25년 8월 4일, 27년에는: not a count
         # of years, 10년 만에, 25년간)
         rf"|(?<![\d.'’‘`])(?P<y2b>[23]\d)\s*년(?=\s*(?:1[0-2]|0?[1-9])\s*월(?!요일)|\s*(?:상반기|하반기|[1-4]\s*분기)|(?:에는|엔|까지|부터)\s)"
         rf"|(?<![가-힣])(?P<yr>{a('year_rel', exclude=('올',))}){WORD_END}(?!의\s+(?:[A-Za-z]{{1,4}}\s+|[가-힣]{{2,4}}\s+)?(?:{_AWARD_NOUNS}))(?!(?<=올해|금년)\s*{_PRIZE_QUOTED})(?!\s*첫\s*날)"
         rf"|(?<![가-힣])(?P<yol>올)(?=\s*(?:\d|상반기|하반기|봄|여름|가을|겨울|[1-4]\s*(?:·\s*4\s*)?분기|연말|연초|한\s*해|[초말중](?:[^가-힣]|$|[에은는을이의도부까로께경쯤])))"
         # (새해: a year only before its part, 새해 첫 주, 새해 1월, 새해 초, 새해 벽두, or as the time since it came, 새해
         # 들어서는; alone it is a season of greetings, 새해에도)
         rf"|(?<![가-힣])(?P<ynew>새해)(?=\s*(?:첫\s*(?:째\s*)?(?:주|달)|\d{{1,2}}\s*월|상반기|하반기|[1-4]\s*분기|(?:초|벽두)(?:(?![가-힣])|에|부터|엔|인)"
         r"|들어(?:서)?(?:는|도)?(?![가-힣]))))"
         rf"(?:\s*(?P<yp>{a('year_part')})(?![\dA-Za-z])(?:께|경|쯤)?{PART_END}(?:\s*(?P<yp2>초|중|말)(?:께|경|쯤)?{PART_END})?)?"),
        ("month",
         rf"(?:(?:(?P<md>{direction})\s*)?(?:(?<![\d.])|(?<=\d\d\d\d\.))(?P<ma>\d{{1,2}})\s*(?:월(?!요일)|月)"
         rf"|(?<![가-힣])(?!{_homographs()})(?P<mr>{a('month_rel')})(?:{WORD_END}|(?={a('month_part')}))|(?<![가-힣])(?P<mn>{a('month_anaphor')}){WORD_END})"
         # (… or its nth week counted in figures, as weekly reports do: 1월 3주차)
         rf"(?:\s*(?P<mw>{a('week_ordinal')}|[1-5](?=\s*주차))\s*주(?:차)?(?!년|간|일)(?:\s*(?P<mwe>주말){PART_END})?"
         rf"|\s*(?P<mp>{a('month_part')})(?:께|경|쯤)?{PART_END})?"),
        ("day",
         rf"(?:(?P<dd>{direction})\s*)?(?<![\d.])(?<!박)(?<!박\s)(?P<da>\d{{1,2}})\s*(?:일(?!요일)|日)(?:\s*\((?P<dwd>[월화수목금토일])\))?"
         # (not the days of a stay: 1박 2일, 무박 2일)
         # (not one of a list of days, 오늘·내일, 어제, 오늘; but 그리고 어제, 다섯 팀은 …: the day, then its clause)
         rf"|(?<![가-힣△·])(?P<dr>{a('day_rel')})(?!\s*·|\s*,\s*(?:{a('day_rel')})|\s*[와과]\s)(?:\s*\(\s*(?P<dp>\d{{1,2}})\s*일\s*\))?{WORD_END}"
         rf"|(?<![가-힣])(?P<dn>{a('day_anaphor')})(?!\d)(?:\s*\(\s*(?P<dnp>\d{{1,2}})\s*일\s*\))?{WORD_END}"),
        # (이번 주말, 이번 주 말께, 이번 주 주말: the weekend, 2026-W47-WE; 이번 주 후반: the end of the week)
        ("week", rf"(?<![가-힣])(?!{_homographs()})(?P<wr>{a('week_rel')})(?:\s*(?P<wp>주말|초반|전반|중반|후반|초|중|말)(?=[^가-힣]|$|[에은는을이의도부까로께경쯤]))?{WORD_END}"
                 # ... or the nth week alone, of the month told before it (1월 첫째 주 … 둘째 주에는 …)
                 rf"|(?<![가-힣\d])(?P<wo>둘째|셋째|넷째|다섯째|[두세네]\s*번째)\s*주(?=[에은는인의도]|\s)(?:\s*(?P<woe>주말){PART_END})?"
                 # ... or a part of the week told with no word of its own: this week's (주 초, 주초, 주 후반)
                 rf"|(?<![가-힣\d])주\s*(?P<wtp>초반|중반|후반|초)(?=[^가-힣]|$|[에은는을이의도부까로께경쯤])"
                 # ... or a weekend with no word of its own, over which something went on (주말 사이에 … 공개했다)
                 rf"|(?<![가-힣])(?P<wb>주말)(?=\s*(?:사이|새|동안)(?:에|에는|에도)?\s)"
                 # ... or the weekend ahead (오는 주말, 다가오는 주말에)
                 rf"|(?<![가-힣])(?:오는|다가오는|돌아오는)\s*(?P<wc>주말){PART_END}"),
        # ... and its day may follow in brackets, as schedules write it: 월요일(28일).
        # (and spoken short: 담주 토욜)
        ("weekday", r"(?:(?P<wdd>지난|오는|다가오는|이번|다음)\s*)?(?P<wd>[월화수목금토일])(?:요일|욜)(?:\s*\(\s*(?P<wdp>\d{1,2})\s*일\s*\))?"
                    # ... or one letter in brackets opening a line of a week's schedule: [월] ..., or after
                    # what a week's schedule lists: 설명회(화)
                    r"|(?<![^\n])\[(?P<wdb>)(?P<wd2>[월화수목금토일])\]|(?<=[가-힣])\((?P<wdb2>)(?P<wd3>[월화수목금토일])\)"),
        ("yearword", rf"(?:(?P<ywd>지난|오는|올)\s*)?(?<![가-힣])(?P<yw>{a('year_word')}){PART_END}"
                     rf"(?:\s*(?P<ywp>초|중|말)(?:께|경|쯤)?{PART_END})?"),
        # A season without a year: after a direction word (지난겨울, 이번 여름) or with its part (초가을, 한여름); or alone as
        # the time a sentence is set in (가을에는 세 팀이 … 준비했다) or a plan starts from (여름 이후, 여름부터), of the year its
        # tense points to.
        ("season", rf"(?:(?P<sd>{a('direction', exclude=('다음',))})\s*(?P<sp1>{a('season_part')})?|(?<![가-힣])(?P<sp2>{a('season_part')}))"
                   rf"(?P<ss>{a('season')}){PART_END}"
                   rf"|(?<![가-힣])(?P<ss2>{a('season')})(?=(?:에는|엔|에도|에|부터|께|쯤)\s|\s+(?:이후|이전)(?:에|에는|로|부터)?[\s,.]"
                   # (… or before the step it dates, as a month does: 여름 2차 평가까지)
                   r"|\s+\d차\s)"),
        ("time",
         rf"(?:(?P<tp>{a('day_part')})\s*)?(?<!\d)(?P<th>\d{{1,2}})\s*시(?=\s|\d|반|[에부까로는은도의쯤께경다였,.)~∼\-–]|이다|$)"
         rf"(?:\s*(?P<tm>\d{{1,2}})\s*분|\s*(?P<thalf>반))?"
         rf"|(?:(?P<tcp>{a('day_part')})\s*)?(?<![\d:.])(?P<tch>[01]?\d|2[0-3]):(?P<tcm>[0-5]\d)(?![\d:])"  # [14:02]
         rf"|(?<![가-힣])(?P<tpo>{a('day_part')})(?=[에부까는은도의]|[^가-힣]|$)"),
        ("note", rf"\(\s*(?P<nt>{a('note')})\s*\)"),
        ("holiday", rf"(?<![가-힣])(?P<hd>{a('holiday', exclude=_only_before_holidays())}|(?:{partnered})(?=\s*(?:연휴|명절)))"
                    rf"(?:\s*(?P<hv>연휴|명절))?(?:(?=인\s)|{WORD_END})"),  # (크리스마스이브인 24일: the day it names)
    ]


# Verbs that modify a day told after them (결과가 나오는 22일, 평가가 끝나는 27일, 마감되는 12일): one lookbehind each, as
# Python's need a fixed width.
# (nor after a noun told as the day, 마감인 11일 전까지: before the 11th)
_NOT_AFTER_DAYS_VERB: Final = "".join(rf"(?<!{verb}\s)" for verb in ("나오는", "열리는", "끝나는", "되는", "하는", "나올", "열릴", "끝날", "될",
                                                                     "[가-힣]인"))


def _today() -> str:
    """The day words of the day itself (오늘, 금일), as an alternation."""
    return "|".join(sorted(word for word, shift in words()["day_rel"].items() if int(shift) == 0))


def _only_before_holidays() -> tuple[str, ...]:
    """Holiday words that name a day only before 연휴 or 명절 (설: alone, also "rumour")."""
    return tuple(word for word, value in words()["holiday"].items() if value.endswith("!"))


def _homographs() -> str:
    """Relative time words spelled as another noun: followed by the particles or endings that make them
    that noun, or by the end of a line (no month word closes a list's item or a heading)."""
    other = [rf"{re.escape(word)}(?:[{value}]|(?=\n|$))" for word, value in words()["homograph"].items()]
    return "(?:" + "|".join(other) + ")" if other else "(?!)"


@cache
def compiled() -> tuple[re.Pattern[str], dict[str, re.Pattern[str]], list[str]]:
    """(scanner, per-kind parsers, kind of each scanner group)."""
    kinds = _patterns()
    parsers = {kind: re.compile(pattern) for kind, pattern in kinds}
    return _scanner(kinds), parsers, [kind for kind, _ in kinds]


def _scanner(kinds: list[tuple[str, str]]) -> re.Pattern[str]:
    """The alternation of the kinds' patterns, their names removed, a group per kind."""
    return re.compile("|".join("(" + re.sub(r"\(\?P<\w+>", "(?:", pattern) + ")" for _, pattern in kinds))


def scanner_at(first: str) -> tuple[re.Pattern[str], list[str]]:
    """The scanner for a match opening with the character `first`, and the kind of each of its
    groups: for a digit or a syllable, only the kinds whose matches can open with one, in the
    scanner's order. At one position the alternation's first kind that matches wins, so leaving out
    those that cannot match there changes nothing, and the engine tries fewer kinds."""
    if "0" <= first <= "9":
        return _scanner_of("0123456789")
    if "가" <= first <= "힣":
        return _scanner_of(_SYLLABLES)
    scanner, _, kinds = compiled()
    return scanner, kinds


_SYLLABLES: Final = "".join(map(chr, range(ord("가"), ord("힣") + 1)))


@cache
def _scanner_of(characters: str) -> tuple[re.Pattern[str], list[str]]:
    """The scanner of the kinds whose matches can open with one of the characters."""
    kinds = [(kind, pattern) for (kind, pattern), opens in zip(_patterns(), _opening_classes())
             if opens is None or opens.search(characters)]
    return _scanner(kinds), [kind for kind, _ in kinds]


@cache
def _opening_classes() -> list[re.Pattern[str] | None]:
    """Per kind, a class of the characters its matches can open with (None: any)."""
    classes = [leading_class(pattern) for _, pattern in _patterns()]
    return [re.compile(f"[{opens}]") if opens else None for opens in classes]


@dataclass(slots=True, init=False)  # (`__init__` written out, so that mypyc compiles it: see records.py)
class Atom:
    kind: str
    start: int
    end: int
    groups: dict[str, str]

    def __init__(self, kind: str, start: int, end: int, groups: dict[str, str]):
        self.kind, self.start, self.end, self.groups = kind, start, end, groups


@dataclass(slots=True, init=False)
class Expression:
    start: int
    end: int
    atoms: list[Atom]
    # The atoms' named groups, the first atom that has a name winning (filled in by `group`).
    values: dict[str, str]

    def __init__(self, start: int, end: int, atoms: list[Atom]):
        self.start, self.end, self.atoms, self.values = start, end, atoms, {}

    def get(self, name: str) -> str | None:
        return self.values.get(name)

    def has(self, *kinds: str) -> bool:
        for atom in self.atoms:
            if atom.kind in kinds:
                return True
        return False


# Rank of each kind inside one expression: a later atom must rank higher (year, month, day, time).
RANK: Final = {"set": 0, "year": 1, "yearword": 1.5, "season": 1.5, "month": 2, "week": 2, "day": 3, "numdate": 3, "listdate": 3, "holiday": 3,
        "weekday": 3.5, "time": 4, "note": 5}
ALONE: Final = {"decade", "spanback", "quarter", "yearrange", "monthrange", "dotmonths", "dayrange", "dotrange", "slashrange", "shortym", "offset",
               "duration", "dday", "sametime"}
# Ranges that still take a year or month before them: 지난해 7~8월, 다음 달 3~5일.
RANGE_AFTER: Final = {"monthrange": {"year"}, "dayrange": {"year", "month"}}
NEEDS_PARTNER: Final = {"note"}


# Every atom starts at one of these anchors, or at a prefix word just before one (지난 15일, 오후
# 2시, 약 5개월). Finding anchors is a fast search; the full scanner then runs only where they are.
_PREFIX_WORDS: Final = ("지난", "오는", "다가오는", "향후", "최근", "앞으로", "오전", "오후", "새벽", "아침", "낮", "저녁", "밤", "약", "대략", "최소",
                 "최대", "이번", "다음", "매년", "매월", "매달", "한", "두", "세", "석", "네", "넉")
_PREFIX_LAST: Final = frozenset(word[-1] for word in _PREFIX_WORDS)
ANCHOR_CATEGORIES: Final = ("year_rel", "quarter_rel", "month_rel", "month_anaphor", "time_anaphor", "week_rel", "day_rel", "day_anaphor", "day_count", "set_word",
                     "year_word", "day_part", "holiday")
PREFIX_LOOKBACK: Final = 14
# A weekday in brackets after a month and day, in Korean or in English (12/22(화), 12/22(Tue)).
BRACKET_WEEKDAY: Final = "(?:[월화수목금토일]|Mon|Tue|Wed|Thu|Fri|Sat|Sun)"


# What follows a number that is no month/day in a list (1/3 이상, 1.5 배, 2.0 버전).
# (a unit of one syllable only as a word of its own, with a particle at most: 4.2 배, not 2.1 배정, 1.15 위원회)
_NOT_AFTER_LIST_DATE: Final = (r"(?:%|이상|이하|미만|초과|수준|가량|정도|버전|포인트|퍼센트"
                               r"|(?:점|배|씩|명|개|위)(?:로|의|에|를|을|가|이|는|은)?(?![가-힣]))")
# Numbers the press counts things with (1차, 15개, 33.6점, 768장) start no atom.
_COUNTER: Final = r"(?:차|개(?!월)|명|점|장|억|조|%|배|위|곳|종|건|층|호|번|여\s*[명개곳건]|[A-Za-z])"
# A whole number not followed by a counter (the first digit's class comes first: fast skipping).
# (a counter written apart is a word of its own: 4.2 배, 5 억; not 2.1 배분, 8.21 위원회)
_SPACED_COUNTER: Final = r"(?:(?:차|개|명|점|장|억|조|배|위|곳|종|건|층|호|번)(?:로|의|에|를|을|가|이|는|은|씩)?(?![가-힣])|%|여\s*[명개곳건]|[A-Za-z])"
_UNCOUNTED_NUMBER: Final = re.compile(r"\d(?<!\d\d)\d*(?![\d,.]*(?:" + _COUNTER + r"|\s+" + _SPACED_COUNTER + "))")
_NIGHTS_BEFORE: Final = re.compile(r"\d박\s?$")  # (1박 2일: nights and days of a stay, no date)
_UNITS_AFTER_NUMBER_WORDS: Final = ("달", "해", "주일", "주", "시간", "개월", "년")


@cache
def anchors() -> tuple[ahocorasick_rs.AhoCorasick, re.Pattern[str], re.Pattern[str]]:
    """An automaton of the words atoms start with, the pattern of prefix words before them, and
    the pattern of marks that start atoms."""
    table = words()
    keys = {s for category in ANCHOR_CATEGORIES for s in table[category]} - set(_only_before_holidays())
    # A word that is a holiday only before 연휴 or 명절 (설) anchors only there: 설명, 설립 start no atom.
    keys |= {f"{s} {after}" for s in _only_before_holidays() for after in ("연휴", "명절")}
    keys |= {f"{n}{space}{u}" for n in table["number_word"] for u in _UNITS_AFTER_NUMBER_WORDS for space in ("", " ")}
    keys |= {f"{d}{day}" for d in "월화수목금토일" for day in ("요일", "욜")}  # (금요일, and spoken: 토욜)
    keys |= {f"{q}Q" for q in "1234"} | {f"Q{q}" for q in "1234"} | {"1H", "2H", "FY"}  # (4Q26, Q1 2027, 2H26, FY2027)
    keys |= {f"[{d}]" for d in "월화수목금토일"} | {f"({d})" for d in "월화수목금토일"}  # ([월], 설명회(화): a week's schedule)
    keys |= {"D-", "D+", "D -", "D-day", "D-Day", "디데이"}  # (a countdown)
    keys |= {f"{n}째 주" for n in ("둘", "셋", "넷", "다섯")} | {f"{n} 번째 주" for n in "두세네"}  # (둘째 주에는, 두 번째 주에는)
    keys |= {"주말"}  # (주말 사이에: the weekend, with no word of its own)
    keys |= set(table["month_en"])  # (Dec 22: a month's English name)
    keys |= {f"{this} 기간" for this in ("이", "그", "해당")}  # (이 기간: the span told before)
    keys |= {f"주 {part}" for part in ("초", "중반", "후반")}  # (주 초, 주초: the part of the week of publication)
    keys |= {"새해"}  # (새해 첫 주: a year word only before its part, in the year pattern)
    keys |= {f"{before}{season}" for season in table["season"] for before in ("", "지난", *table["season_part"])}
    anchor_words = automaton(sorted(keys | {key.replace(" ", "") for key in keys}))
    prefix = re.compile(r"(?<![가-힣])(?:(?:" + "|".join(_PREFIX_WORDS) + r")\s*)+$")  # whole words: not 카카오는
    # Marks that start an atom only before two digits ('26년) or a note word ((현지시간)); the
    # class comes first so that the regex engine skips ahead to candidates.
    notes = "".join(sorted({word[0] for word in table["note"]}))
    marks = re.compile(rf"['’‘`(](?:(?<=[(])(?=\s*[{notes}])|(?<=[^(])(?=\d\d))")
    return anchor_words, prefix, marks


def _anchor_positions(text: str) -> list[int]:
    anchor_words, _, marks = anchors()
    positions = {m.start() for m in _UNCOUNTED_NUMBER.finditer(text) if not _NIGHTS_BEFORE.search(text, max(0, m.start() - 4), m.start())}
    positions.update(m.start() for m in marks.finditer(text))
    for _, start, _ in anchor_words.find_matches_as_indexes(text, overlapping=True):
        first = text[start]
        if ("가" <= first <= "힣" and start and "가" <= text[start - 1] <= "힣"
                and not text.startswith("요일", start + 1)):
            continue  # a word anchor starts a word (weekday names excepted: 다음주금요일)
        positions.add(start)
    return sorted(positions)


def scan(text: str) -> list[Atom]:
    """Atoms in text order, found where anchors are (same result as `scan_full`, much faster)."""
    _, prefix, _ = anchors()
    matches: list[tuple[re.Match[str], str]] = []
    last = 0
    for position in _anchor_positions(text):
        if position < last:
            continue
        before = None
        previous = position - 1
        if previous > 0 and text[previous] == " ":
            previous -= 1
        if previous >= 0 and text[previous] in _PREFIX_LAST:
            before = prefix.search(text, max(last, position - PREFIX_LOOKBACK), position)
        for start in ((before.start(), position) if before else (position,)):
            scanner, kinds = scanner_at(text[start])
            match = scanner.match(text, start)
            if match and match.end() > position:
                if match.lastindex:
                    matches.append((match, kinds[match.lastindex - 1]))
                last = match.end()
                break
    return _atoms(text, matches)


def scan_full(text: str) -> list[Atom]:
    """Atoms found by trying the scanner at every position: the reference `scan` must agree with."""
    scanner, _, kinds = compiled()
    return _atoms(text, [(m, kinds[m.lastindex - 1]) for m in scanner.finditer(text) if m.lastindex])


# Groups of a second spelling inside one kind's pattern, which cannot share a name with the first.
_GROUP_ALIASES: Final = {"den": "da", "ss2": "ss", "md2": "ma", "dd2": "da", "md3": "ma", "dd3": "da", "md4": "ma", "dd4": "da", "md5": "ma", "dd5": "da", "md6": "ma", "dd6": "da", "md7": "ma", "dd7": "da", "md8": "ma", "dd8": "da", "md9": "ma", "dd9": "da", "md10": "ma", "dd10": "da", "md11": "ma", "dd11": "da", "md12": "ma", "dd12": "da", "md13": "ma", "dd13": "da", "rdd": "dd",
                          "wd2": "wd", "wd3": "wd", "wdb2": "wdb"}
_GROUPS_CACHE: dict[tuple[str, str], dict[str, str]] = {}
GROUPS_CACHE_LIMIT: Final = 100_000


def _atoms(text: str, matches: list[tuple[re.Match[str], str]]) -> list[Atom]:
    """Atoms of the scanner's matches (each with its kind), with the named groups of their kind's
    pattern.

    Which groups an atom has follows from its kind and its text alone (the press repeats `15일`
    and `지난해` endlessly), so the named parse is done once per distinct surface."""
    _, parsers, _ = compiled()
    atoms = []
    for match, kind in matches:
        start, end = match.span()
        key = (kind, match.group())
        groups = _GROUPS_CACHE.get(key)
        if groups is None:
            parsed = parsers[kind].match(text, start)
            if parsed is None or parsed.end() != end:
                parsed = parsers[kind].fullmatch(text, start, end)
            if parsed is None:
                continue
            groups = {_GROUP_ALIASES.get(k, k): v for k, v in parsed.groupdict().items() if v is not None}
            if "men" in groups:  # (Dec 22: the month by its number, as the other list dates give it)
                groups["ma"] = lookup("month_en", groups.pop("men"))
            if len(_GROUPS_CACHE) < GROUPS_CACHE_LIMIT:
                _GROUPS_CACHE[key] = groups
        atoms.append(Atom(kind, start, end, groups))
    return atoms


def group(atoms: list[Atom], text: str) -> list[Expression]:
    """Join atoms separated by at most a space into expressions, in rank order."""
    expressions: list[Expression] = []
    current: Expression | None = None
    for atom in atoms:
        if (current is not None and atom.groups.get("mr") == "이맘때" and current.atoms[-1].kind == "offset"
                and not text[current.end:atom.start].strip()):
            current.end = atom.end  # 두 달 전 이맘때: the same time, restated
            continue
        if current is not None and _joinable(current, atom, text):
            current.atoms.append(atom)
            current.end = atom.end
            continue
        current = Expression(atom.start, atom.end, [atom])
        expressions.append(current)
    kept = [e for e in expressions if not _dangling(e)]
    for expression in kept:
        if len(expression.atoms) == 1:
            expression.values = expression.atoms[0].groups  # shared, read only
        else:
            for atom in reversed(expression.atoms):
                expression.values.update(atom.groups)
    return kept


_WEEKDAYS_BEFORE_LAST: Final = re.compile(r"\s*(?:[월화수목금토일]\s*[·,]\s*)+")


def _joinable(current: Expression, atom: Atom, text: str) -> bool:
    gap = text[current.end:atom.start]
    if atom.kind == "weekday" and current.atoms[-1].kind == "set" and _WEEKDAYS_BEFORE_LAST.fullmatch(gap):
        return True  # (매주 월·수요일, 매주 화, 목요일: the days of every week, the last told whole)
    if atom.start - current.end > 2 or gap.strip() or "\n" in gap:  # (a heading's year and the line under it: two)
        return False
    last = current.atoms[-1]
    if atom.kind in RANGE_AFTER:
        return all(a.kind in RANGE_AFTER[atom.kind] for a in current.atoms)
    if atom.kind in ALONE or current.has(*ALONE):
        return False
    if atom.kind == "note":
        return True
    if atom.kind == "yearword":
        return last.kind == "year" and "yp" not in last.groups
    if atom.kind == "weekday":  # (11월 셋째 주 목요일: a month's week, then its day)
        return last.kind in ("week", "day", "numdate", "listdate", "set") or (last.kind == "month" and "mw" in last.groups)
    if atom.kind == "time" and last.kind == "time":
        return False
    if last.kind == "set":
        return atom.kind in ("month", "day")  # (매년 3월, 매달 15일)
    if current.has("set"):
        return atom.kind == "time" or atom.kind == "day" and last.kind == "month"  # 매주 화요일 오전, 매년 3월 15일
    return RANK.get(atom.kind, 9) > RANK.get(last.kind, 9)


def _dangling(expression: Expression) -> bool:
    """A part of day or a note alone is no date (`오후에는`, `(현지시간)`)."""
    atoms = expression.atoms
    if len(atoms) == 1 and atoms[0].kind not in NEEDS_PARTNER and atoms[0].kind != "time":
        return False
    kinds = {atom.kind for atom in atoms}
    if kinds <= NEEDS_PARTNER:
        return True
    groups = expression.atoms[0].groups
    if kinds == {"time"} and "th" not in groups and "tch" not in groups and groups.get("tpo") not in ("정오", "자정"):
        return True
    return False
