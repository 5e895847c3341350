"""Event mentions: one dated event in one sentence of one article, with the actors of its clause.

A sentence is cut into clauses at connective, quotative and final predicates. A date followed by
an adnominal verb (`8월 선정된 A, B`) heads a relative clause: its actors are the ones inside it
plus the nouns it modifies. Any other date belongs to its clause, minus the insides of other
dates' relative clauses; a clause with no actor of its own takes the sentence's topic
(`과기정통부는 ... 진행한다고 23일 밝혔다`). Dateless sentences that go on with the event just told
inherit its date.
"""
from __future__ import annotations

import hashlib
import re
from collections.abc import Collection, Sequence
from dataclasses import dataclass, field, replace
from datetime import date, datetime, time, timedelta
from functools import cache
from typing import Final, TypeVar

from . import DATA
from . import actors as actors_mod
from . import sentences as sentences_mod
from . import temporal
from .temporal.lexicon import alternation, lookup, syllables_with_final, tense_patterns, words as time_words
from .records import ActorMention, Article, Mention, PersonMention, Sentence, Timex
from .status import DONE_BEFORE, OUTCOME_NOUNS, PUT_OFF, SCALED_TO, plan_changed, plan_put_off, status_in_text, under_way
from .text import (CEREMONY_ACTS, CLOSING_PUNCT, GATHERINGS, MINUTES_LABEL, NAME_CLOSING_MARKS, NAME_OPENING_MARKS, OPENING_QUOTES, QUOTATIVE, QUOTATIVE_ENDING, QUOTED_NAME, Guarded, RuleSet, bisect_left, bisect_right,
                   final_consonant, hangul_word_before, holds_any, inside_quotation, line_matches, quotation_opening, remember, searcher,
                   start_finder)
from .titles import TITLE_LIMIT, make_title

STATUSES: Final = ("happened", "planned", "ongoing", "unknown")

# Predicate endings that close a clause or open a relative clause (compact tables by role).
_NEUTRAL_ENDINGS: Final = ("위한", "대한", "통한", "관한", "향한", "의한", "따른", "같은", "불과한", "이한", "유일한", "비슷한", "유사한",
                    "동일한", "위해", "통해", "대해", "관해",
                    "향해", "의해", "말해",
                    # (A가 주최하고 B가 주관한 행사: one relative clause of who holds the event, not a clause of its own)
                    "주최하고", "주관하고", "후원하고")
_ADNOMINAL: Final = re.compile(
    r"(?:[가-힣](?:한|된|할|될|하는|되는|했던|됐던|린|릴|른|운|힌)|받은|받는|맡은|얻은|마친|끝난|끝낸|치른|가진|앞둔|오른|열린|남은|밝힌|넘은|거친|제친|따낸|꺾은|앞선|뒤진|내놓은|마신"
    r"|(?:들어|나|이어|뛰어|걸어)(?:온|간)|뛰어든|만든|이끈|꾸린|세운|맺은|선보인|내건|모은|(?<![가-힣])(?:연|든|낸)"
    r"|[가-힣]시(?:킨|키는|킬)"  # (학습시킨 모델, 탈락시킨 팀)
    r"|[어아여해와워려쳐켜겨네내]준"  # (길을 열어준, 자리를 내준: not 기준, 수준)
    r"|[어아여해워뎌텨궈보펴]낸"  # (두 팀을 떠나보낸, 성과를 일궈낸, 위기를 이겨낸)
    r"|열리는|치르는|(?:치러|이뤄|이루어|벌어|펼쳐|만들어)지는|나오는|끝나는|다가오는"  # (다음 달 2일 열리는 설명회)
    r"|(?<=[아어와워러려여해])(?:가는|오는)"  # (칩에서 돌아가는 경량판, 이어오는 사업; not 평가는, 전문가는)
    r"|겨루는|겨룰|겨룬|다투는|맞붙는|나서는|벌이는"  # (네 팀이 겨루는 2차 평가는)
    r"|(?:나|앞장|올라|들어|물러)선"  # (최종 평가에 나선 세 팀)
    r"|(?<=[어여워춰혀려뤄러쳐해])진"  # (심사에서 떨어진, 알려진, 정해진; not 연구진, 추진, 사진)
    + "|" + syllables_with_final(20) + "던)$"  # (올렸던, 받았던, 있던: what was, before the noun)
)
# Nouns an adnominal verb leads into without ending its clause: 발표할 예정이다, 다듬는 데 매달렸다 (데: a bound noun).
_BEFORE_NOUN_OF_PLAN: Final = re.compile(r"^(?:예정|계획|방침|것|수|전망|목표|듯|데(?:에|에는|에도|도|는|만)?$|바(?:가|도|는)?$)")
# (공고될 듯; 빌려준 바 있다: what was done, the predicate goes on)
# Connectives after which the next clause tells another time or actor (-고, -며, -면서, -지만, -는데, -으나, 뒤, 후,
# -자); the others (거쳐, 열어, 통해) lead into the next clause's own predicate.
_SEPARATE_TIME_ENDS: Final = "고며서만데나뒤후자편요큼"  # (편: -는 한편, while; 요: -고요, said politely; 큼: -는 만큼, since)
_FOLLOWED_ON: Final = re.compile(r"(?:데|것|것에|데에)\s+(?:이어|이어서|뒤이어)$")  # (… 탈락시킨 데 이어, 20일 …)
_CONNECTIVE: Final = re.compile(
    r"(?:[하되]고|[하되]며|내고|주고|두고|세우고|꾸리고|밝히고|[가-힣]면서|[하되]는데|[하되]어|해|돼|하여|[받열]고|거쳐|마치고|마쳐|이어|이며|이고|뒤|후"
    r"|[리르지][고며]|으며|(?<=[가-힣])[가서보주오내두나켜펴쳐워]며|느라(?:고)?"  # 열리고, 치르며, 이뤄지고, 맺으며, 들어가며, 나서며
    r"|(?<=[가-힣])(?:지만|는데)"  # (회수는 15일 끝나지만, 끝나는데: but, while, whatever the stem)
    # (no noun ends so; 공고, 보고 and 최고 do, hence no bare 고); 반영하느라, a cause
    # 맺고, 받고, 놓고: a stem closed by a consonant (not ㄴ, ㄹ or ㅇ: 권고, 출고, 광고 are nouns)
    # (nor ㅂ: 손잡고 joins a partner to the clause after it)
    + "|[" + "".join(syllables_with_final(final)[1:-1] for final in (1, 6, 7, 9, 10, 15, 16, 19, 22, 23, 25, 27)) + "]고"
    + "|" + syllables_with_final(20, exclude="있없") + r"(?:고|으며|지만|는데|으나))$"
)
# -ㄴ 뒤, -ㄴ 후: an adnominal verb before these ends a clause (평가를 진행한 뒤 ...).
_AFTER_NOUNS: Final = (*temporal.SEQUENCE_NOUNS, "데다", "가운데", "만큼", "한편")  # (진행하는 한편: while, no noun modified)
# ... of which those that stand spaced only after a verb, however it ends (가려지는 만큼: a reason's clause ends after it).
_AFTER_VERB_ONLY: Final = ("만큼",)
_INSTEAD_WORDS: Final = ("대신", "대신에")  # (after a verb: 두 팀을 탈락시키는 대신, 한 팀을 더 뽑는다)
# ... which after a time (22일 이후, 연말 뒤에) end no clause.
_AFTER_A_TIME: Final = frozenset((*temporal.SEQUENCE_NOUNS, "이후로"))
_TIME_WORD_END: Final = re.compile(r"(?:\d(?:일|월|년)|요일|분기|반기|연말|연초|월말|월초|내년|올해|달|주)$")
# Clause ends no verb makes: a goal's phrase (9월 상장을 목표로 | 29일 …) and a clause left unfinished after its date
# before another topic (첫 평가는 올해 연말, | 최종 2개 팀은 …).
_GOAL_PHRASE: Final = re.compile(r"[을를]\s*목표로(?=\s)")
_PARALLEL_TOPIC: Final = re.compile(r"(?:[이가]|에는|에)?,(?=\s+(?:[^\s.,]+\s+){0,3}?[^\s.,]+(?:은|는)\s)")
_JUDGMENT_NOUNS: Final = ("분수령", "고비", "관건", "승부처", "분기점", "시험대", "갈림길")  # (what makes or breaks it)
_JUDGED_TIME: Final = re.compile(rf"(?:가|이|는|은)\s+(?:\S+\s+)?(?:{'|'.join(_JUDGMENT_NOUNS)})")  # (다음 주가 분수령)
_UNAFFECTED_NOUNS: Final = r"(?:영향|차질|변동|변함|지장|피해)"  # (what did not befall one: 영향을 받지 않았다, 차질이 없다)
_UNAFFECTED_END: Final = re.compile(_UNAFFECTED_NOUNS + r"(?:을|를|이|은|도)?\s*(?:전혀\s+|거의\s+)?(?:받지\s*않았|입지\s*않았|없었)"
                                    r"다[.\"'”’]*\s*$")
_UNAFFECTED_TIME: Final = re.compile(r"(?:에는|에도|은|는)\s+(?:\S+\s+)?" + _UNAFFECTED_NOUNS + r"(?:이|은|도)?\s*없")  # (18일에는 영향이 없다)
# (업계에서는 내년 … 메우느냐가 관건이라고 본다: what others judge to matter, no event)
# (… 2차 평가가 주가의 분수령이 될 것으로 본다: likewise)
_JUDGED_TO_MATTER: Final = re.compile(rf"(?:{'|'.join(_JUDGMENT_NOUNS)})(?:이)?(?:라고|\s*될\s*것(?:이라고|으로))\s*(?:\S+\s+)?"
                                      r"(?:본다|봤다|보고\s*있|입을\s*모|평가|내다봤|내다본다|전망)")
# The outlook of a time, judged (4분기 전망은 엇갈린다, 내년 실적 전망도 밝지 않다): no event of that time.
_OUTLOOK_JUDGED: Final = re.compile(r"\s*(?:[^\s.,]+\s+){0,2}?[^\s.,]*전망(?:은|이|도)\s+(?:[^\s.,]+\s+){0,2}?"
                                    r"(?:엇갈|밝|어둡|불투명|긍정적|부정적|낙관적|비관적|나쁘지|좋지|좋다|우세|흐리)")
# (지난 1월 이후 고도화한 모델, 지난해 이래 다듬어 온 엔진: a verb in the past modifying a noun, its time the span since)
_SINCE_POINT: Final = re.compile(r"\s+(?:이후|이래)\s+(?:[^\s.,]+\s+)?[^\s.,]*(?:한|된|온|본|친|낸)\s")  # (not 관심은: a topic)
_RECOUNTED_NOUNS: Final = ("과정", "경위", "흐름", "발자취", "여정")
_RECOUNTED: Final = re.compile(r"(?<=" + syllables_with_final(4) + r")\s(?:" + "|".join(_RECOUNTED_NOUNS) + r")(?:을|를)\s+(?:[^\s.,]+\s+)?(?:짚|되짚|돌아보|돌아봤|설명|소개|회고|정리|복기)")
_EXPERT_TITLE: Final = re.compile(r"교수|연구위원|애널리스트|평론가|변호사|전문위원|센터장|박사")  # (asked for a view)
_EXPERT_LABEL_BEFORE: Final = re.compile(r"(?:" + _EXPERT_TITLE.pattern + r")\($")  # (박지훈 교수(서울대): a turn's label)
_OF_CONSORTIUM: Final = re.compile(r"\s*(?:의\s*)?컨소시엄")
_CONSORTIUM: Final = re.compile(r"컨소시엄")
_COUNTED_BEFORE: Final = re.compile(r"(?:\d\s*개|[개각두세네든러])\s*$")  # 5개 컨소시엄, 각 컨소시엄, 모든 컨소시엄: not one
# 직접 컨소시엄을 꾸려, 다른 컨소시엄에 합류했다: one's own or another, not the one named last
_OWN_OR_OTHER_BEFORE: Final = re.compile(r"(?<![가-힣])(?:직접|자체|새|새로운|별도의?|다른)\s*$")
CONSORTIUM_REACH: Final = 16  # (a quick test: 컨소시엄 this near, or _OF_CONSORTIUM cannot match)
_MEMBERSHIP_TYPES: Final = {"selection", "elimination", "other", "agreement"}  # joining, leaving, signing with a consortium
_DAY_ANAPHORS: Final[frozenset[str]] = temporal.day_anaphors()  # (전날, 다음 날, 이튿날)
_HOLIDAY_ENDINGS: Final[tuple[str, ...]] = temporal.holiday_endings()
# A title in quotation marks (a report's, an event's): what it names is no date of an event.
_TITLE: Final = re.compile(r"['‘「《〈](?!\d\d(?!\d))([^'’」》〉\"“”]{1,40})['’」》〉](?!\d)")  # (not '26.1.15: a year's apostrophe)
_TITLE_OPENINGS: Final = ("'", "‘", "「", "《", "〈")  # (a quick test before _TITLE)
_TIME_QUOTED_ENDS: Final = ("", "께", "중", "쯤", "경", "까지")  # (what may close a time quoted alone: '다음 달 중')
# Between two dates of a list (12일(접수 마감)과 이달 하순): the later is no period around the first.
_DATES_JOINED: Final = re.compile(r"\s*(?:\([^()]{0,30}\))?\s*(?:과|와|및|,|그리고)\s*")
# After a holiday, some day after it (추석 연휴 뒤에); 직후, right after, still dates it (성탄절 직후 발표할
# 계획이다 is about the 25th).
_AFTER_LANDMARK: Final = re.compile(r"\s*(?:이|가)?\s*(?:끝난\s*|지난\s*)?(?:뒤|후|이후)(?:에|로|부터)?(?=[\s,])")
_NUMBERED_DAY: Final = re.compile(r"\d일$")
# A verb that modifies, told between a numbered day and a later day counted from it (30일 발표를 마친 … 사흘 뒤인 3일):
# what happened on the first day (not 12일 개소식 이튿날인 13일, a landmark named by a noun).
_DONE_ON_IT: Final = re.compile(syllables_with_final(4) + r"\s")
_LANDMARK_BEFORE: Final = re.compile(r"(?:직후|직전|뒤|후|전|다음\s*날|이튿날|전날|이후|이전)인\s*$")  # (... 끝난 뒤인) 18일
# An event as the topic, its doer dropped, told in the active (결과는 24일 통보한다, 명단은 내일 공지하겠다); not a step
# that starts or ends on its own (평가는 3일 시작한다, 접수는 18일 마감한다).
_DOER_DROPPED: Final = re.compile(r"(?<!시작|마감|종료|진행|개최|완료)(?:한다|합니다|하겠다|할\s*(?:예정|계획)이다)[.\"'”’]*$")
# The sentence of one taking applications (참가 신청은 18일 마감한다, 신청서를 20일까지 받는다), whose outcome made known
# after it with its doer unsaid is theirs (see _OUTCOME_MADE_KNOWN), not an applicant's (A는 공모에 신청했다. 결과는 …).
# Places at a gathering asked for, as the topic (참가 신청은, 사전 등록은, 참석 접수는): taken by the one holding it.
_ATTENDANCE_TAKEN: Final = re.compile(r"\s*(?:(?:[^\s.,]+\s+){0,2}?[^\s.,]+(?:이며|이고),?\s+)?"  # (행사는 무료이며 사전 등록은 …)
                                      r"(?:[^\s.,]+\s+)?(?:참가|참석|관람|방청|사전|수강)\s*(?:신청|등록|접수)(?:은|는)\s")  # (세미나 참가 신청은)
_APPLICATIONS_TAKEN: Final = re.compile(r"(?:신청|접수|지원서|신청서|서류|제안서|계획서)(?:은|는|을|를)?\s+(?:\S+\s+){0,6}?(?:받|마감)"
                                        r"|(?<![가-힣])접수(?:된다|됐|되며|되고|돼|될)")  # (서류는 11일까지 접수된다: taken, by whom unsaid)
_TAKEN_IN: Final = re.compile(r"\s(?:받는다|받습니다|받겠다|받을\s*(?:예정|계획)이다)[.\"'”’]*$")  # (지원서는 15일까지 받는다)
_PASSIVE_VERB: Final = re.compile(r"(?:된|되는|될|됐던|린|릴|열리는|(?<=[러뤄어쳐])지는|끝나는|(?<![을를]\s)받은|(?<![을를]\s)받는|(?<![을를]\s)받을)$")  # (100억원을 받은: active)
_GIVEN_PASSIVELY: Final = re.compile(r"(?:됐|되었|된다|됩니다|돼\s)")  # (GPU는 5월에야 배정됐다: given, to the topic)
# Quoted words ending in a deed in the passive (… 15일에야 공개됐다"고): done, by no one they name.
_PASSIVE_QUOTED_END: Final = re.compile(r"(?:[가-힣](?:됐|되었|졌)|열렸)(?:다|습니다)?\s*[\"”’']")
# What is done with a thing given or settled, as a topic (실제 사용은, 지급은): of the event told before it.
_USE_OF_IT: Final = frozenset(("사용", "이용", "지급", "집행", "적용", "시행", "가동", "투입", "활용", "운영", "입주"))
_EVENT_TOPIC: Final = re.compile(r"\s*(?:\S+\s+){0,2}?(?P<noun>\S+?)(?:은|는|에는|에서는)(?=\s)")  # the topic a sentence opens with
# ... or a step named by its order, a word more before it (이로써 2차 실증 평가는)
_STEP_TOPIC: Final = re.compile(r"\s*(?:\S+\s+){0,3}?(?P<noun>\S+?)(?:은|는)(?=\s)")
# Together with a consortium's partners told unnamed (참여사들과 함께, 협력사들과 함께): those the story named for it.
_WITH_ITS_PARTNERS: Final = re.compile(r"(?:참여사|협력사|파트너사|참여\s*기업|컨소시엄\s*기업)들?과\s*함께")
_CONSORTIUM_OPENINGS: Final = ("컨소시엄에는", "컨소시엄엔", "컨소시엄에선", "참여사는", "참여사로는", "여기에는")
_GIVEN_TYPES: Final = frozenset(("funding",))  # events of what one gives and another gets (배정, 지원)
# What the subject left unsaid, told with the thing as the topic and the subject dropped (금액은 공개하지 않았다).
_NOT_DISCLOSED_END: Final = re.compile(r"(?:공개하|밝히|알리)지\s*않았(?:다|습니다)[.]?$")
# After a name: its other name in brackets (A(B)…), or the bracket closing when the name found is the bracketed one (B)…).
_BRACKETED_AFTER: Final = r"(?:\s*\([^()\n]{1,20}\)|\))?"
# After a name: it is a partner (A와, B 컨소시엄과); group 1: of a joint action (와 함께, 과 손잡고).
_PARTNER_AFTER: Final = re.compile(rf"{_BRACKETED_AFTER}(?:{_OF_CONSORTIUM.pattern})?(?:와|과)(\s*(?:함께|손잡고|공동으로))?\s")  # (A(B)와)
# A pact with the name before, as what an act is done under (B와 맺은 공급 계약에 따라, B와의 협약에 따라).
_UNDER_PACT_WITH: Final = re.compile(r"(?:와|과)(?:\s+(?:맺은|체결한|맺었던|체결했던)|의)\s+(?:\S+\s+){0,2}?\S*(?:계약|협약|MOU)에\s*따라\s")
PACT_REACH: Final = 12  # characters from the end of such a pact's words to the day of what is done under it
# A recipient told as the topic, with a verb of giving after it (A에는 내년 상반기까지 GPU 사용을 연장해 주기로 했다): what
# the dropped subject gives it, not what it does.
_GIVEN_TO: Final = re.compile(r"(?:에게|에)는\s")
_GIVING_NOUNS: Final = frozenset(("공급", "배분", "배정", "지급", "지원"))  # (what is handed out, as the topic: 공급은 …)
_RECEIVES: Final = re.compile(r"받(?:는다|게\s*된다|을\s*예정이다|기로\s*했다)[.]?$")  # (A는 다음 달부터 GPU를 받는다)
# (fewer forms of handing over than _HANDED_TO takes after its recipient: alone, 40억 달러를 넘길 것으로 본다 exceeds)
_GIVING: Final = re.compile(r"(?:지원|제공|배정|배분|지급|전달|공급)(?:한다|하기로|키로|할|하겠|했다|했고|하며|했으며|하였)"
                           r"|주기로|줄\s*계획|준다|주겠|줬|주었|넘(?:기기로|긴다|기겠|겼)|건네|건넸|보(?:낸다|내기로|내겠|냈)")
_HANDED_TO: Final = re.compile(r"(?:에|에게)\s+(?:\S+\s+)?(?:넘긴|넘겼|넘길|넘기(?!어)|보낸|보냈|보낼|보내(?!지)"
                               r"|(?:전달|제출|공유|제공|이관)(?:한|했|할|하))")  # (not the passive: 국회에 제출된다)
_ALLOTTED: Final = r"(?:배정|배분|재배정|지급|전달|이관|지원|제공)(?:된다|됐다|될\s*예정이다)"  # (what is handed out, told in the passive)
# (… 결과는 다음 날 B에 넘어갔다: handed over by the authority told)
_ALLOTTED_END: Final = re.compile(r"(?:에|에게)\s+(?:\S+\s+)?(?:" + _ALLOTTED + r"|넘어(?:간다|갔다))[.]?$")
# … or to one told as the topic, the words between aside (A에는 다음 달 초순께 GPU가 배정된다).
_ALLOTTED_TO_TOPIC: Final = re.compile(r"(?:\s*컨소시엄)?(?:에는|에게는|엔)\s[^.]*?" + _ALLOTTED + r"[.]?$")
_SIDE_AFTER: Final = re.compile(r"\s?(?:측|쪽)")  # after a name: its side, which takes the particle (모티프 측에)
# After a name: whom a clause acts on, gives to or acts with (B에, B 측에, B를, B와도), not its subject.
_ACTED_ON_AFTER: Final = re.compile(rf"(?:{_SIDE_AFTER.pattern})?(?:에게|에|을|를|와|과)도?\s")
_OBJECT_MARK: Final = re.compile(r"(?:(?:에게|에|와|과)도?|[와과]는|을|를)?[\s,·]")  # after a name: an object, or one of a list (B와도, B와는)
_LINE_END: Final = " \n.)"  # what may follow a list of names that ends a line
_PERSON_SUBJECT: Final = re.compile(r"[이가은는]\s")
_LISTED_AS_DOERS: Final = re.compile(r"[이가은는도]\s|\s*(?:순으로|순서로|차례로)\s")  # (A, B가 …; A, B 순으로 진행된다)
# People who are no organization as a clause's own subject (평가위원 일부가, 개발자들이).
_PEOPLE_OWN_SUBJECT: Final = re.compile(r"(?:위원|의원|관계자|교수|전문가|개발자|이용자|사용자|시민|투자자|직원|연구자|주민)"
                                        r"(?:\s*일부|\s*다수|\s*상당수|들)?[이가]\s")
_QUOTE_MARK: Final = re.compile(r"[\"“”]")
# An item of a list (첫째, 1), ①, ㅇ, -): with no subject of its own, it is the announcer's.
_ITEM_MARKS: Final = "ㅇ○●◦▪□■◇◆–·•-"  # (the dash last: it stands in a class as itself)
_ORDINAL_ITEM: Final = re.compile(rf"\s*(?:(?:첫째|둘째|셋째|넷째|다섯째|마지막으로|\d{{1,2}}\s*[).]|[①-⑩]|[{_ITEM_MARKS}])[,，]?\s"
                                  r"|[▲△▶▷]\s*)")  # (▲월요일(28일) ..., ▷12/9~11 ...: a schedule's items, glued to their mark)
_ITEM_HEADING: Final = re.compile(rf"\s*[▲△▶▷{_ITEM_MARKS}]?\s*[^\s,.:]+(?:\s+[^\s,.:]+){{0,2}}\s*[:：]?\s*")  # ㅇ SK텔레콤
# (2028.02.03 — ...: a log's entry; 1월 15일: 1차 평가 통과, a line of a year told by its days)
_DATED_LINE: Final = re.compile(r"\d{4}\s*[.\-/]\s*\d{1,2}\s*[.\-/]\s*\d{1,2}\.?\s*[—–-]\s|\d{1,2}\s*월\s*\d{1,2}\s*일\s*[:：]\s")
_NAMED_ITEM: Final = re.compile(r"[▲△▶▷•·\-]\s*[^\s=:\n]{2,20}\s*=\s?(?=\S)")  # (△A = 상반기 중 공개, ▶A=…: an item of the one named)
_LINE_ITEM_MARKS: Final = frozenset("▲△▶▷" + _ITEM_MARKS)  # (the marks a list's item line opens with)
_ITEM_FIRST: Final = frozenset("첫둘셋넷다마0123456789①②③④⑤⑥⑦⑧⑨⑩▲△▶▷" + _ITEM_MARKS)  # (what an item can open with: a quick test)
# A clause of taking part in an event (발표회에 나서는, 평가에 참여하는) right before the names that do.
# (led by the particle's literal, a fast search; the event's word is looked back for)
_JOINING: Final = re.compile(r"에서?\s+(?:나서는|참여하는|참가하는|출전하는|오르는|나설|참여할|참가할|출전할|오를)\s+")
# ... and one of holding it (행사를 주최한 A는 …): the host is at it too.
_HOSTING: Final = re.compile(r"(?<=[가-힣])(?:를|을)\s+(?:주최한|주관한|개최한|마련한|연)\s+")
# A partner of an agreement told as a report (A는 B와 … 협약을 맺었다고 3일 밝혔다), or of what the two settled
# together (A는 B와 … 검증 계획을 확정했다고, B와 공동 개발에 합의했다고).
_PARTNER_MARKS: Final = ("와 ", "과 ", "와도 ", "과도 ")
_AGREED_WITH: Final = re.compile(r"(?:와|과)도?\s+(?:[^\s.]+\s+){0,8}?\S*(?:협약|계약|MOU|양해각서|협력|제휴)\S*\s+(?:[^\s.]+\s+){0,3}?"
                                 r"(?:맺었|체결했|체결한|연장했|연장한|갱신했|갱신한)다고\s"  # (… 계약을 내년 6월까지 연장한다고)
                                 r"|(?:와|과)\s+(?:함께\s+)?(?:[^\s.]+\s+){0,6}?\S*(?:[을를에]\s+|\s*)(?:확정|합의|결정)했다고\s")
SIGNED_BEFORE_TELLING_DAYS: Final = 31  # how long before its telling an agreement's own day may lie
# A subject that is the next of what the story's subject made, a phase of what it builds (1단계 시설은 지난해 문을 열었다),
# or those it takes in (신입생은 10일부터 모집한다).
_MADE_OR_TAKEN_IN: Final = re.compile(r"(?:다음|후속|새|차기)\s*(?:버전|모델|제품)|\d\s*단계\s*(?:시설|센터|설비|단지|공사|구간)"
                                      r"|(?:신입생|수강생|교육생|연수생|훈련생|지원자|응시자|합격자|입사자)")
_BARE_VERSION: Final = re.compile(r"[vV]?\s*\d{1,2}(?:\.\d{1,2}){1,2}(?:\s*버전)?(?:\([^()]*\))?")  # (2.0은, v3.1(2027-03)은)
_PARAGRAPH_ENDS: Final = ("다.", "다", "니다.")  # (an item that is a sentence)
# A row of a table set in spaces or tabs (서류 제출     ~12.4.(금)     최종 모델): an item of a list.
_TABLE_ROW: Final = re.compile(r"\S(?: {2,}|\t)\S.*\S(?: {2,}|\t)\S")
# An item on the line below (a heading's).
_ITEM_BELOW: Final = re.compile(rf"[ \t]*\n\s*(?:[{_ITEM_MARKS}]|\d{{1,2}}[.)])\s")
_BULLET: Final = re.compile(r"\s*[○●◦ㅇ□■※\-–·•]\s+")  # the marks of a press release's items (□ ..., ○ ..., - ...)
_CONTINUES: Final = re.compile(rf"^(?:{_BULLET.pattern})?\s*(?:이\s*자리에서|이날|이에|이어|또|또한|특히|이들|이번|해당|이와\s*함께|아울러|한편|당시)|^\s*[△▲]")
# Gatherings (GATHERINGS): the occasion just told named again after the subject goes on with it (A는 이번 행사에서 ...);
# the one who holds a gathering where something is done is its place, not a party (엔비디아 개발자 행사에서).
# A time a main clause recalls (선정됐을 때를 떠올리며): the relative clause's, with nobody of the main clause.
_OWN_SUBJECT: Final = re.compile(r"(?:곳|팀|기업|업체|회사|기관|컨소시엄|들)[이가]\s")  # (a clause's own subject: 5곳이)
_RECALLING: Final = ("떠올", "회상", "돌아보", "돌아봤", "돌이", "기억", "되새")
# After a date: the event it dates, as what the rest of the sentence follows on (지난 1월 1차 평가 1위에 이어, 공개한 데 이어).
# (not 지난해에 이어 두 번째다, B가 배분한 GPU에 이어 두 번째 추가 지원이다: a count of times, the time is its own event's;
# nor 8월 평가에서 A에 이어 2위를: a rank after another's in the step dated)
_FOLLOWING_ON: Final = re.compile(r"(?:\s+[^\s.,]+){0,4}?\s*(?:에|데)\s*이어(?:서)?\s(?![가-힣\d]{1,2}\s*번째(?:\s*[^\s.,]+?){0,2}(?:다|이다|였다|입니다|로\s))"
                                  r"(?!\d+\s*(?:위|등)(?:[을를로의에]|\s))")
# After a date: a relative clause heading the occasion the main clause's act was done at (발표된 결과에서, 열린 평가에서).
_OCCASION_HEADED: Final = re.compile(r"\s+[^\s.,]+[된린한던]\s+(?:[^\s.,]+\s+)?[^\s.,]*(?:결과|평가|심사|발표회|행사|대회)에서\s")
_LOOK_BACK: Final = re.compile(r"(?:\s+[^\s.,]+){0,2}?\s*당시(?:에도|에는|에|엔|만\s*해도)?\s")  # (지난해 8월 선정 당시에도)
# What a council or a committee passes, dated in the clause that tells what it is (내년부터 2년간 … 지원하는 방안을 의결함,
# 내년 3월부터 시행되는 개정안을 가결했다): the time is that content's, nobody's of the body passing it.
_PASSING: Final = ("의결", "가결", "통과시")
_PASSED_CONTENT: Final = re.compile(r"\S*\s+(?:[^\s.,]*[^\s.,고며]\s+){0,6}?[가-힣]+(?:는|할|될|릴)\s+(?:[가-힣]+\s+)?"
                                    r"[가-힣]*(?:안|안건|지침|계획)(?:을|를)\s+"
                                    r"(?:[가-힣]+\s+)?(?:" + "|".join(_PASSING) + ")")
# A sentence that opens one organization's path, its steps below it (A가 걸어온 길은 다음과 같다, A의 주요 연혁:).
_PATH_NOUNS: Final = r"(?:연혁|발자취|주요\s*일지)"
_PATH_INTRO: Final = re.compile(rf"(?:(?:걸어|밟아|지나)\s?온\s+(?:길|과정|발자취|궤적)|{_PATH_NOUNS})[은는을를이가]?\s"
                                r"(?:\S+\s+)?(?:(?:다음|아래)과\s*같다|이렇다|(?:정리|요약)(?:했다|하면))[.:：]?\s*$"
                                rf"|{_PATH_NOUNS}\s*[:：]\s*$"
                                # (a graphic's title alone on its line: 업스테이지가 걸어온 길)
                                r"|(?:걸어|밟아|지나)\s?온\s+(?:길|발자취|궤적)\s*$")
_PATH_TITLE_ENDS: Final = ("길", "발자취", "궤적")  # (a quick test before _PATH_INTRO's title alone)
# After a day: the channel of a telling (21일 공시를 통해, 보도자료를 통해), so the day is the telling's.
_TELLING_CHANNEL: Final = re.compile(r"\s*(?:공시|보도자료|입장문|자료|공지|누리집|홈페이지|블로그|SNS)\S{0,2}\s*통해\s")
_RECALLED: Final = re.compile(r"\s(?:때|시절|순간|날)(?:을|를)\s+(?:\S+\s+)?(?:" + "|".join(_RECALLING) + ")")
_RESTATED: Final = re.compile(r"\(\s*(?:한국|국내|현지|서울)\s*(?:시각|시간)\s*(?:으로|기준)?\s*$")
_RESTATED_SENTENCE: Final = re.compile(r"\s*(?:한국|국내|서울)\s*(?:시각|시간)(?:으로는|으론)\s+[^.]{1,20}?(?:이)?다[.!]?\s*$")
# The end of a span begun at the date just before, with a verb of lasting after it (6월 초 시작해 12월 말까지
# 이어진다, 다음 주 착수해 연말까지 계속된다): the span's last day, no event of its own (but 4일 시작해 29일까지
# 받는다: the applications close then).
_BEGUN_THEN: Final = re.compile(r"(?:에|부터)?\s*(?:시작|착수|개막|개시)(?:해|하여|돼|되어|하며|되며)\s+"
                                r"|(?:에|부터)?\s*(?:시작|착수|개시)(?:한|된)\s+[^\s.,]+(?:을|를|은|는|이|가)\s+")  # (12일 시작한 검증을 18일까지 이어간다)
_CLOSED_THEN: Final = re.compile(r"(?:에)?\s*(?:막을\s*(?:내렸|내린|내리|내려)|폐막(?:했|한|하|해|됐|된))")
_LASTS_UNTIL: Final = re.compile(r"까지\s+(?:이어|계속|진행|운영|펼쳐|열리|열린|지속)")
RESTATED_REACH: Final = 12  # characters before a date where a time zone's bracket may open
REPLY_REACH: Final = 4  # characters at a sentence's start where 이에 may stand (a quick test before _REPLY)
_REPLY: Final = re.compile(r"\s*이에\s*(?:대해서?|관해서?|대한)?\s")  # a reply to what was just said
_THIS: Final = "이번|이날|해당"
# A sentence telling what the occasion just told is (… 모델을 차례로 선보이는 자리다, 처음 한자리에 모인 무대였다).
_OCCASION_DEFINED: Final = re.compile(r"[는은한]\s*(?:자리|무대)(?:다|였다|이다|이었다|가\s*된다|가\s*됐다)[.!]?\s*$")
_THE_REST_TOPIC: Final = re.compile(r"[\s,]*나머지(?:\s*[^\s.,]+)?(?:는|은)\s")  # (나머지는, 나머지 물량은: the rest of what was just told)
_SINCE_ASIDE: Final = re.compile(r"\s*(?:[^\s.,]+\s+){0,2}?[^\s.,]*?(?:" + "|".join((*temporal.SEQUENCE_NOUNS, "이래")) + r")(?:로)?\s")  # (지난 8월 선정 이후 ...)
_TURN_ON_STAGE: Final = re.compile(r"(?:첫|두\s*번째|세\s*번째|네\s*번째|마지막|다음)\s*(?:순서|주자|발표자)(?:는|은|로|였|이었|가|이|입|다)")
_FIGURE_BULLETS: Final = "▶►▷■●◆"
# A body visited told as the topic, its visit's verb with no object before it (B는 다음 주 월요일 찾을 예정이다), and a
# visit told (…를 찾았다, 방문했다).
_VISITED_TOPIC: Final = re.compile(r"\s*[^\s.,]+(?:은|는|도)\s+(?:[^\s.,]*[^\s.,을를]\s+){0,4}?(?:찾|방문)(?:을|할|한다|는다|하기로|기로)")
_VISIT_DONE: Final = re.compile(r"[을를]\s+(?:[^\s.,]+\s+){0,2}?(?:찾았|찾는다|찾아|방문했|방문한다|방문해)")
# A thing told by its being received, as a sentence's topic (배정받기로 한 GPU 768장은, 지원받은 예산은).
_RECEIVED_TOPIC: Final = re.compile(r"[^.]{0,30}?받(?:은|기로\s*한|기로\s*했던|을|았던)\s+(?:[^\s.,]+\s+){0,2}?[^\s.,]*(?:은|는|이|가)\s")
_FIGURE_ITEM_MARKS: Final = _FIGURE_BULLETS + "*"  # (a quick test: a bullet, or the bold a figure opens with)
_FIGURE: Final = r"\d[\d,.]*(?![\d,.]|\s*(?:년|월|일|주))\s*\S{0,3}?"
# (a recording's chapter by where it starts: 00:15:45, [01:02:10]; not a transcript's line, [00:01:02] 진행자: …)
_CHAPTER_STAMP: Final = re.compile(r"[\[(]?\d{1,2}:\d{2}:\d{2}[\])]?\s+(?![^\s:]{1,10}\s*:)")
_CHAPTER_OPENINGS: Final = "0123456789[("
# (▶6곳 – …, or the figure in bold: **768** 추가 정예팀이 받은 GPU 수.)
_FIGURE_ITEM: Final = re.compile(rf"[{_FIGURE_BULLETS}]\s*{_FIGURE}\s*[–—-]\s|\*\*\s*{_FIGURE}\s*\*\*\s")
_OWNER_HEADING_MARKS: Final = "◇◆■□●○▣"  # (◇과학기술정보통신부: a line of only a name, heading its items)
# (■ A — 공급계약 체결: a name and, after a dash, a label of what its items below tell)
_LABEL_AFTER_NAME: Final = re.compile(r"\s*[—–―-]+\s*[^.!?:：\n]{1,30}")
_LISTED_IN_ORDER: Final = re.compile(r"(?<![가-힣])순(?:이다|입니다|으로|이며)")  # (A, B 순이다: named in their order)
_IN_ORDER: Final = re.compile(r"(?<![가-힣])(?:순|순서)(?:으로|대로)\s")  # (A, B, C 순으로 진행된다)
_STAGED_TYPES: Final = ("presentation", "evaluation")  # events with an order of appearance
_TURN_BY_PART_OF_DAY: Final = re.compile(r"[이가는은]\s+(?:오전|오후|저녁)(?:에|엔)?[,\s]")  # (A가 오전에, B가 오후에)
_WONDERING: Final = re.compile(r"(?:[을를]까|[할될갈올볼날쓸울]까|일까)[?.]?\s*[\"'”’]?$")  # (… 웃고 있을까?, 누가 살아남을까.)
# The writer turning to the reader, at a sentence's end (… 소식도 짚어볼게요, 일정을 정리해 드립니다, 알아보겠습니다).
_TO_THE_READER: Final = re.compile(r"(?:짚어|살펴|알아|돌아|훑어|정리해|모아)\s*(?:볼게요|보겠습니다|봅니다|보죠|보자|볼까요)[.!]?\s*$"
                                   r"|(?:정리해|전해|소개해|알려)\s*(?:드립니다|드릴게요|드리겠습니다)[.!]?\s*$")
_THIS_STEP: Final = re.compile(r"이번\s*(?:\d차\s*)?(?:단계\s*)?(?:평가|심사|발표|결과|선정|공모)(?:를|을|에서|으로|로)?\s*(?:끝으로|통해|에서|계기로|마지막으로)")
ANY_GATHERING: Final = "행사"  # the word for a gathering of whatever name
# (… 라스베이거스에서 열린 CES 2027에서 선보였다: what was done at a gathering held, named by its own name)
_HELD_THERE: Final = re.compile(r"(?:열린|개최된)\s+(?:[^\s.,]+\s+){0,3}?[^\s.,]*에서\s")
_TO_BE_HELD: Final = re.compile(r"(?:열리는|열릴|개최되는|개최될)\s+(?!예정|계획|것|수\s|전망)[가-힣A-Za-z'‘]")  # (… 1일 실리콘밸리에서 열리는 콘퍼런스에)
_HELD_IT: Final = re.compile(r"[을를]\s+(?:(?:함께|공동으로|처음|다시|직접|따로)\s+)?(?:연다|열었|열어|열고|열린다|열기로|열겠|개최)")  # (… 위크'를 연다고, … 토론회를 함께 연다고)
_HOLDS_IT_AT_END: Final = re.compile(_HELD_IT.pattern + r"\S*?[.!?]*\s*$")  # (… 데모데이를 연다., … 열었다.)
_OWNED_STEP_OPENING: Final = re.compile(r"\s+([가-힣]{2,})(?:에는|에서는|에선)\s")  # (after a name opening a sentence: B 검증에는)
_ANY_GATHERING: Final = re.compile(GATHERINGS)  # (a sentence naming a gathering of its own: 첫 설명회에는 … 연사로)
# (회의에는 …: the one told, as the topic; 올해 행사에는: this year's, the one told)
# (대회 심사에는, 대회 본선에는: a stage of the gathering, at its day)
# (its venue too: 행사장에는, 전시장에서는)
# A gathering named by the act it marks, opening a sentence (출시 행사에는, 협약 기념식에서는): the act's occasion.
_ACT_OCCASION: Final = re.compile(rf"\s*([가-힣]{{2,4}})\s*(?:기념\s*)?(?:{GATHERINGS})(?:에는|에서는|에선)\s")
_BARE_OCCASION: Final = re.compile(rf"\s*(?:(?:올해|올|이번)\s*)?({GATHERINGS})(?:장)?(?:\s*(?:심사|본선|예선|결선|시상))?(?:에는|에서는|에선)\s")
# Guests named at the occasion opening the sentence (행사에는 B 시장과 C 관계자가 참석했다).
# (or at the occasion told as the place: 이 자리에는 B 원장도 함께한다, 이날 자리에는 C 관계자들이 배석했다)
_GUESTS_AT_OCCASION: Final = re.compile(r"(?:" + _BARE_OCCASION.pattern + r"|\s*(?:이|그|이날|당일)\s*자리(?:에는|에선|에서는|엔)\s)"
                                        r"[^.]*?(?:참석했|참석한다|자리했|자리를\s*함께|찾았|방문했|함께했|함께한다|배석했|배석한다|동행했|동행한다)")
_GATHERING_AS_TOPIC: Final = re.compile(rf"\s*(?:이번\s*|이날\s*)?({GATHERINGS})(?:은|는)\s")  # (회의는, 이번 포럼은)
# A part of a gathering as the topic (1부에서는, 2부 토론에는, 오후 세션에서는, 토론에는): of the one held.
_PART_OF_GATHERING: Final = re.compile(r"\s*(?:제?\s?[1-9]\s?부|(?:오전|오후|개막|폐막)\s*세션|부대\s*행사|(?:패널\s*|종합\s*)?토론|기조\s*연설|좌담)"
                                       r"(?:\s*(?:토론|순서|행사|세션|강연|발표))?(?:에는|에서는|에선)\s")
# ... or told as arranged, at the sentence's end (A와 B가 점수를 공개하는 세션도 마련됐다, 질의응답 순서도 이어진다).
_PARTS_OF_GATHERING: Final = ("세션", "순서", "코너", "프로그램")
_PART_ARRANGED: Final = re.compile(rf"\s(?:{'|'.join(_PARTS_OF_GATHERING)})(?:도|이|은)?\s*(?:마련됐다|마련된다|마련돼\s*있다|준비됐다|준비돼\s*있다"
                                   r"|이어진다|진행된다|열린다)[.\s]*$")
_THIS_OCCASION: Final = re.compile(rf"(?<![가-힣])(?:(?:{_THIS})\s*(?:{GATHERINGS})|(?:이|그)\s*자리에서\s)")  # (A는 이 자리에서 …)
# The scene a report tells, where someone came (현장을 찾은 A는, 현장에서 만난 B 관계자는): its day, whatever was told since.
# So too someone there in a role of the occasion (토론자로 나온 A 관계자는, 패널로 참석한 B는).
_AT_THE_SCENE: Final = re.compile(r"(?<![가-힣])(?:현장(?:을|에|에서)\s*(?:찾은|나온|방문한|만난)|^\s*이\s*자리에(?:는|도|엔)"
                                  r"|(?:토론자|발제자|발표자|패널|연사|강연자|좌장|사회자|기조\s*연설자)(?:로|으로)\s*"
                                  r"(?:나온|나선|참석한|참여한|초청된|초대된))\s")
# The occasion just told, pointed at (이 설명회에 참석한다, 그 행사에서): what the sentence goes on with.
# A gathering pointed at (이번 설명회에는), or a step of the program (… 중순 발표하고, 상반기 공모를 낸다. 두 팀이 이 발표에서
# 가려진다: the announcement pointed at, not the call told last; 이번 평가 is the story's own, see _THIS_TIME)
_POINTED_STEPS: Final = "발표|평가|심사|공모"
_THAT_OCCASION: Final = re.compile(rf"(?<![가-힣])(?:(?:{_THIS}|이|그)\s*({GATHERINGS})|(?:이|그)\s+({_POINTED_STEPS}))"
                                   r"(?:에|에서|에는|에도|을|를)?\s")
# An organization cited as the source of a report is not a participant (과기정통부에 따르면).
_SOURCE: Final = re.compile(r"(?:에|의)?\s*(?:따르면|따른\s*것|의하면)|의?(?:\s+[^\s,.]+?){1,2}?에\s*(?:따르면|의하면)"  # (관세청 수출입통계에 따르면)
                            # (A 의원이 B에서 받은 자료에 따르면, B(C)로부터 제출받은 자료에 따르면: B is where the data came from)
                            r"|(?:\([^()]{1,20}\)|\))?(?:에서|로부터|으로부터)\s+(?:받은|입수한|제출받은|넘겨받은)\s+[^\s,.]+?에\s*(?:따르면|의하면)"
                            # (A가 B에 낸 서면답변에서 밝혔다, A가 B 소속 한 의원실에 낸 자료에 따르면: B is whom the papers went
                            # to, not one who tells or does)
                            r"|(?:\s+[^\s,.]+){0,3}?에\s+(?:낸|제출한|보낸)\s+(?:[^\s,.]+\s+)?[^\s,.]*(?:답변|답변서|보고서|자료|의견서)"
                            r"(?:(?:에서|에는|을\s+통해|를\s+통해)\s|(?:에\s*따르면|에\s*의하면)[\s,])")
# ... and one whose papers are looked at (A에서 받은 자료를 보면), tried where 보면 follows soon.
_PAPERS_OF: Final = re.compile(r"[^\s,.]*(?:\s+[^\s,.]+){0,2}?\s*[^\s,.]*(?:자료|통계|보고서|집계|공시|문서)(?:를|을)\s*보면")
PAPERS_REACH: Final = 30  # characters from a name to the 보면 of its papers
# A sentence that opens with "afterwards" tells of a later time, not the event just told.
# (… 늦여름 고배를 마셨다. 이제 A, B, C 세 팀이 남았다: now, not the event just told)
# (… 5월까지 검증을 마친다. 검증이 끝나면 …: what comes once the event told is over, at no day told)
_LATER: Final = re.compile(r"\s*(?:이후|그\s*뒤|그\s*뒤로|그\s*후|그\s*후로|그\s*다음|이후로|나중에|이제|이제는"
                           r"|(?:[^\s.,]+\s+){1,2}?(?:끝나|마치|마무리되|완료되|끝내)(?:면|는\s*대로))(?:\s|,)")
_NOW: Final = re.compile(r"\s*(?:지금|지금은|요즘|요즘은)(?:\s|,)")
# A time of its own, recent and told by no date, for the main clause (B는 최근 투자 유치를 마쳤다, 얼마 전 새 모델을 냈다): not
# the time of the event told before; not in a clause of a thing (A는 최근 공개한 모델을 시연했다).
_RECENTLY: Final = re.compile(r"\s*(?:(?:[^\s.,]+\s+){0,3}?[^\s.,]+[은는이가]\s+)?(?:최근|근래|얼마\s*전|최근\s*들어)\s+"
                              r"(?:(?![^\s.]*[한된은린진친운던]\s)[^\s.]+\s+){0,5}?[^\s.]+다\.?\s*$")
_RECENTLY_WORDS: Final = ("최근", "근래", " 전 ")  # (a quick test before _RECENTLY)
# What follows a date that dates no event, tried where the date ends: a source cited (30일 업계에
# 따르면), a comparison (전년 대비, 3월 기준, 전년 동기보다), a point things are told as of (9일 현재), a year made
# a symbol (2027년을 ... 원년으로 삼겠다), a budget's year (내년도 예산안), the day the press learned of something
# (29일 확인됐다).
_CITED_AFTER_DATE: Final = r"\s+(?:\S+(?:와|과)\s+|\S+\s+및\s+|관련\s+|복수의\s+)?\S*에\s*따르면"  # (정부와 업계에 따르면)
# ... and a source with its owner before it, in a sentence with dates of its own (1일 지식재산처 특허검색서비스(키프리스)에
# 따르면 A가 7월 낸 상표가 20일 등록됐다); no verb of a clause among its words (30일 열린 회의 자료에 따르면: the meeting's day)
_CITED_WITH_OWNER: Final = re.compile(r"\s+(?:[^\s.,]*[^\s.,한된린던는은을를이가]\s+){1,2}?\S*에\s*따르면")
_CITED_ON: Final = re.compile(_CITED_AFTER_DATE)
# A paper's issue (본지 23일자 '...' 기사, 28일자 「…」): no event, unless the paper is the subject told right before it, reporting
# then (일본 니혼게이자이신문은 3일자 지면에서 … 전했다).
_ISSUE_OF_PAPER: Final = re.compile(r"자\s*(?:\S*면|기사|보도|신문|지면|칼럼|사설|호|['‘\"“「『《<])")
# ... as is the day a release was put out, in its correction (12월 29일 배포한 보도자료 중 … 바로잡습니다).
_RELEASE_PUT_OUT: Final = re.compile(r"\s*(?:배포한|배포된|낸|발표한|게재한|보도한)\s+(?:보도\s*자료|기사|자료)")
# A figure foreseen (매출이 올해 처음으로 … 넘어설 것): as one aimed at, no event.
_FIGURE_FORESEEN: Final = re.compile(r"(?:매출|매출액|영업이익|순이익|이익|점유율|가입자|이용자|격차|비중)(?:이|가)\s+[^.!?\"“”]{0,40}?"
                                     r"(?:넘어설|넘을|돌파할|달성할|늘어날|늘|증가할|줄어들|줄|감소할|오를|뛸|떨어질|좁혀질|벌어질)"
                                     r"\s*(?:것|전망)")  # (… 격차가 2030년까지 6개월 이내로 줄어들 것으로: a figure foreseen)
_RAISED_MONEY: Final = ("투자금", "유치 자금", "조달 자금", "유치금")  # (the money a company raised, as a subject)
_RAISED: Final = re.compile(r"(?:투자|자금)[을를]\s*(?:\S+\s+)?(?:유치|조달)")  # (300억 원 투자를 유치했다)
_RECEIVED_THING: Final = re.compile(r"(?:받은|받게\s*된)\s+(?:[^\s.,]+\s+)?$")  # (배분받은 GPU는: what was handed to those told)
RECEIVED_REACH: Final = 12
_ONE_UNNAMED: Final = re.compile(r"(?<![가-힣])한\s+(?:[^\s.,]+\s+){0,3}?(업체|회사)(?:가|이|는|은|와|과)?\s")  # (한 중소 업체가)
_MARKET_FORESEEN: Final = re.compile(r"(?:수요|시장|수출|주문|판매)(?:이|가|은|는)\s+(?:[^\s.,]+\s+){0,3}?[^\s.,]*"
                                     + syllables_with_final(8) + r"\s*것으로\s*(?:내다|전망|본다|봤다|보고|예상|관측)")
MARKET_WORDS_REACH: Final = 3  # words between the time and the market noun it is of (하반기부터 추론 수요가, 2028년 국내 생성형 AI 시장이)
# A count of those who did, closing the sentence (… 쓴 기업은 120곳이다).
_TALLY_END: Final = re.compile(r"[은는]\s+(?:약\s*|모두\s*|총\s*)?[\d,]+\s*(?:곳|개|명|개사|건|팀)(?:이다|다|였다|이었다)[.!]?\s*$")
TALLY_REACH: Final = 24  # characters at a sentence's end a count of those who did takes (기업은 120곳이다.)
_ISSUED_BY: Final = re.compile(r"(?:은|는|도|이|가)\s+(?:지난\s+)?")
_AS_OF: Final = re.compile(r"\s*(?:기준|현재)(?:\s|$|[,.])")
# A share's move in a trading session (장 초반 12% 올랐다, 오름세로 출발했다, 전 거래일보다 내린 값에 거래되고 있다).
_SESSION_ENDED: Final = r"(?:장을|거래를)\s*(?:마쳤|마감했|끝냈)"  # (… 오른 값에 장을 마쳤다, 거래를 마쳤다)
_MARKET_SESSION: Final = Guarded(r"장\s*(?:초반|중반|후반|막판|마감)|장중|" + _SESSION_ENDED + r"|거래되고\s*있|거래일\s*(?:보다|대비)"
                                 r"|(?:오름세|내림세|강세|약세|상승세|하락세|상승|하락)(?:로|으로)?\s*출발|상한가|하한가|시초가")
# ... and, once the story told a session, a move told as a day's (보합으로 마감했다; 장외 주가는 3% 넘게 빠졌다: in percent)
# (… 장을 마쳤다. A가 4.2%, B가 3.6% 떨어졌다: a move in percent, told of the session)
_SHARE_MOVE: Final = Guarded(r"보합|주가[는가도]?\s+(?:\S+\s+){0,2}?\d+(?:\.\d+)?\s*%"
                             r"|\d+(?:\.\d+)?\s*%\s*(?:넘게\s*|가량\s*|이상\s*|안팎\s*)?(?:떨어|내렸|내려|올랐|올라|뛰었|빠졌|밀렸|하락|상승|급락|급등)"
                             # (… 소식에 약세를 보였다, 강세를 이어갔다: a move told by its direction)
                             r"|(?:강세|약세|상승세|하락세|오름세|내림세)를\s*(?:보였|보이고|나타냈|이어갔|이어가고|기록했)")
# ... and one closed (장을 마쳤다, 보합으로 마감했다): in a story printed before the market closes, the session before.
_SESSION_CLOSED: Final = re.compile(_SESSION_ENDED + r"|(?:으로|로)\s*마감했|종가")
MARKET_CLOSES_AT: Final = time(15, 30)
# ... but a market's close told of, with no other time in the sentence, is on the day cited (30일 한국거래소에 따르면 A는 전
# 거래일보다 5% 오른 … 장을 마쳤다)
_MARKET_CLOSE: Final = re.compile(r"(?:장을|거래를|장\s*마감|거래일보다|거래일\s*대비)\s*(?:\S+\s+){0,3}?\S*(?:마쳤|마감했|끝냈|올랐|내렸|떨어졌|상승했|하락했)")
# A bill or a law as the topic, and what it provides (… 쌓도록 했다, 두도록 규정했다).
_PROVISION_TOPIC: Final = re.compile(r"\s*(?:\S+\s+)?(?:법안|법률안|제정안|개정안|시행령|시행규칙|조례안|법)(?:은|는|에는)\s")
_PROVISION_MARKS: Final = ("안", "법", "령")  # (a quick test before _PROVISION_TOPIC)
_PROVISION_AFTER: Final = re.compile(r"(?:\S+\s+){0,8}?\S*(?:도록|게끔)\s*(?:했다|한다|규정했다|규정한다|정했다|명시했다)")
_BECAME_KNOWN: Final = r"(?:확인됐|확인된|확인돼|알려졌|알려져|전해졌|전해져|파악됐|밝혀졌)"  # (the press learned it)
_NO_EVENT_AFTER_DATE: Final = re.compile(
    _CITED_AFTER_DATE + r"|\S*\s*(?:대비|比|보다|기준|대비해)(?:\s|$|[,.])"
    # (지난 15일 순위보다 세 계단 올랐다: a time compared with, by its standing; not 16일 공모가보다 70% 올랐다, on the day)
    r"|\s+(?:순위|성적|점수|종가|지수|기록|집계)(?:보다|\s대비)(?:\s|$|[,.])"
    r"|\s*현재(?:까지|로)?(?:\s|$|[,.])"  # (9일 현재 2곳이 냈다, 11월 말 현재까지: a state as of then)
    r"|[을를]\s+(?:\S+\s+){0,4}?\S*(?:원년|해|기점|전환점|분기점)(?:으로|로)\s*(?:삼|정하|정했|선포)"  # (2027년을 ... 원년으로 삼겠다)
    r"|\s+(?:목표|과제|숙제|화두|관건|계획|구상|전략)(?:는|은|도)\s"  # (올해 목표는 해외 매출이다, 올해 계획도 …: the year's aim, no event)
    # (A가 보낸 2026년을 날짜별로 정리했다, 지난 1년을 돌아봤다: the time looked back over, no event then)
    r"|[을를]\s+(?:\S+\s+){0,2}?(?:정리|돌아보|돌아봤|돌아본|되돌아보|되돌아봤|되짚|결산|회고)"
    # (A의 12월 주요 일정을 알려 드립니다, 다음 주 일정은 다음과 같다: the frame of a schedule listed, no event of its own)
    r"|\s+(?:주요\s*)?일정(?:을|를|은|는)\s+(?:\S+\s+)?(?:알려|안내|소개|공개|정리|다음과|아래와|이렇다)"
    # (이번 주 일정이 빽빽하다, 목요일에는 공식 일정이 비어 있다: how full a time is, no event)
    r"|(?:에는|엔|은|는|의)?\s+(?:주요\s*|공식\s*|외부\s*)?일정(?:이|은|도)\s+(?:\S+\s+)?(?:빽빽|빡빡|촘촘|꽉|비어|비었|없|한산|여유)"
    # (2028년 일본 매출 100억 원을 목표로 제시했다, 내년 가입자 1000만 명을 목표로 잡았다: a figure aimed at, no event)
    r"|(?:\s+[^\s\d,.]+){0,3}?\s+\d[\d,.]*\s*(?:[조억만천]\s*)*(?:원|달러|명|개|곳|건|%|퍼센트)(?:을|를)?\s*목표로\s"
    # (전년 동기보다; 전년 같은 기간 적자에서 흑자로 돌아섰다: the period compared with, through its figure)
    r"|\s*(?:같은\s*기간|동기|동월|동분기|같은\s*달|같은\s*분기)\s*(?:대비|보다|比|에\s*비해|\S*(?:적자|흑자|손실)(?:에서|였던|이던))"
    r"|(?:\s+[가-힣]+){0,2}?의\s*(?:두|세|네|\d+(?:\.\d+)?)\s*배"  # (지난해의 두 배, 지난해 같은 기간의 두 배: a time compared with)
    r"|\s+(?:연간\s+)?\S*(?:매출|이익|실적|예산|자산|자본|수출|수입)(?:액)?의\s*(?:약|무려|거의|절반|\d)"  # (지난해 매출의 (약) 38%: a share of a time's figure)
    r"|까지(?:의)?\s*(?:누적|누계|합계)"  # (올해 들어 11월까지 누적 매출이: a tally's period)
    r"|\s*(?:이후|이래)\s+(?:[가-힣]+\s*)?번째(?:다|이다|입니다|로)"  # (2023년 이후 네 번째다: the start of a count, no event)
    r"|(?:까지)?의\s+(?:\S+\s+)?(?:목표|과제|계획|구상|로드맵|청사진)(?:와|과|를|을|이|가|도)\s"  # (2027년 말까지의 개발 목표와
    # … 계획이 담긴다: what a plan holds, no event then)
    r"|의\s*(?:아쉬움|아픔|설움|실패|좌절|교훈|기억|추억|경험|실수|영광|악몽)"  # (지난해의 아쉬움을 풀겠다: a feeling of a time)
    r"|[을를]\s*(?:잊지\s*못|잊을\s*수\s*없|기억한다|기억하고|떠올린다|떠올렸|회상)"  # (지난해 여름을 잊지 못한다: a time recalled)
    rf"|\s+{_BECAME_KNOWN}"  # (... 낸 것으로 29일 확인됐다: the day the press learned it)
    r"|(?:으로|로)\s*(?:예상되는|전망되는|점쳐지는|관측되는|거론되는)\s"  # (내년 상반기로 예상되는 공모: a time guessed, no one's)
    # (▲6/29 A 예산 요구 사실 알려져: a news item's day, when what it names became known; not 29일 맺은 사실이 …, the deal's)
    rf"|(?:\s+[^\s.,]+){{0,8}}?\s+[가-힣]*[^\s.,한된은던는린진친인운]\s+(?:사실|소식)(?:이|가)?\s*{_BECAME_KNOWN}"
    r"|(?:\s+[^\s,.]+){0,2}?\s+(?:당시|때|시점|무렵)(?:보다|에\s*비해|와\s*비교해)\s"  # (1월 평가 당시보다: then, compared)
    r"|도\s*(?:\S+\s+){0,2}?(?:본?예산|예산안|추경|회계|결산)"
    r"|\S*만\s*(?:해도|하더라도)\s"  # 작년 이맘때만 해도 ...: a time to compare with, not an event
    r"|\s+(?:논의|협의|토의)\s*(?:된\s*|한\s*)?(?:내용|사항)(?:을|를)\s"  # (이날 논의 내용을 다음 달 B에 전달한다: what was said then)
    # (연말 최종 평가로 두 팀만 남더라도, 22일 최종 2개 팀에 들지 못하더라도: a time of what may be, conceded, no event)
    # (not a time told as the topic of what follows: 9월에는 어떤 일이 있더라도 출시한다)
    r"|(?!에는|엔|은\s|는\s)\S*(?:\s+(?![^\s]*(?:면서|해서|어서|아서|고|며|다)(?:[\s,.]|$))[^\s,.\"'“”‘’]+){0,5}?\s+[가-힣]*더라도(?:\s|$|[,.])"
    r"|로\s+(?:꼭\s+|딱\s+|만\s+|벌써\s+)?(?:\d+|한|두|세|네|다섯|여섯|일곱|여덟|아홉|열)\s*(?:년|주년|개월|달|돌|일)"
    r"(?:(?:이|을|째|째를)?\s*(?:됐|맞|채웠|넘겼|지났)|째?(?:이다|다|입니다)[.]?(?:\s|$))"
    # (출범한 지 20일로 꼭 1년이 됐다, 오늘로 딱 100일이다: the day a span is counted to, an anniversary)
    r"|로\s+(?:\d+|한|두|세|네|다섯|여섯|일곱|여덟|아홉|열)\s*(?:회|번)\s*째"  # (올해로 3회째다: which edition, no event)
    r"|['’]?[이가]?\s*아(?:니(?:라|고)|닌)\s"  # 1일이 아니라 8일, 이달 말이 아닌 8월 말, '1월 말'이 아닌: the date denied
    # (올해와 달리, 1차 평가 때와는 다르게: a time contrasted with)
    r"|(?:(?:\s+[^\s,.]+){0,2}?\s+(?:당시|때))?(?:와|과)는?\s*(?:달리|다르게|대조적으로)(?:\s|$|[,.])"
    # (12월 최종 평가 결과와 관계없이, 내년 공모와 별개로: what the act does not hang on, no event of its own)
    r"|(?:\s+[^\s,.\"'“”‘’]*[^\s,.\"'“”‘’을를고며서]){0,3}?(?:와|과)\s*(?:관계없이|상관없이|무관하게|별개로)(?:\s|$|[,.])"
    # (… 점검해 내년 사업에 반영하기로 했다: the year of the program a finding goes into, not the act's)
    r"|\s+(?:[^\s,.]+\s+)?(?:사업|예산안?|계획|정책)(?:에|에도)\s*반영"
    r"|의\s+(?:[^\s\d]+\s+){0,3}?[^\s\d]*(?:상|인물|선수)(?:[을를은는이가의과와으]|\s|$)"  # 올해의 AI 기술상: a prize's name
)
# ... nor does a time, not a day, whose thing is compared with (1년 전 모델보다, 지난해 수준에 비해; not 7월 공개한 모델보다, a
# release told, nor 16일 공모가보다, the day's own event)
# (지난해 감사 자료로 시험했다: the material's time; not 다음 달 A의 데이터로 조정한 …, where the date is the act's, nor a
# time to come, 내년 1분기 이 데이터로 학습한 모델을 내놓는다, whose material is there now)
_MATERIAL_OF_TIME: Final = re.compile(r"(?:\s+[가-힣]+(?<![의을를은는에와과])){0,2}?\s+\S*(?:자료|데이터|기록|문서|통계)(?:로|으로)\s")
_THING_OF_TIME_COMPARED: Final = re.compile(r"\s+[가-힣]{1,5}(?<![한된린던는은을인])(?:보다|에\s*비해)(?:\s|$|[,.])")
_COMPARED_WITH: Final = re.compile(r"\S*\s*(?:대비|比|보다|에\s*비해)(?:\s|$|[,.])")  # (지난해 12월보다: a time compared with)
_BUDGET_OF_YEAR: Final = re.compile(r"도?\s+(?:\S+\s+){0,8}?(?:본?예산|예산안|추경|추가경정예산)(?:으로|을|를|은|는|이|가|에|도|\s|$)")
_OBLIGED: Final = re.compile(r"(?<=[가-힣])야\s*(?:한다|할|했다|된다)")  # (내놔야 한다: what one ought to do)
_DEMAND: Final = r"(?<=[가-힣])야\s*(?:한다|할\s*것이다)"  # (공개해야 한다: what one ought to do, told as a demand)
_DEMAND_END: Final = re.compile(_DEMAND + "$")  # (… 따져야 한다, closing what is said)
_DEMAND_IN: Final = re.compile(_DEMAND)
# A day counted from another, as the sentence's predicate (… 발표한 다음 날이다, 마감 이튿날이었다).
_COPULA_END: Final = r"(?:이다|다|였다|이었다|입니다|였습니다|이었습니다)[.]?\s*"  # (… 직후다, … 다음 날이었다: a predicate of time)
_DAY_AS_PREDICATE: Final = re.compile(_COPULA_END)
_DONE_BEFORE_DAY: Final = re.compile(r"[가-힣](?:한|된|린|낸|난|친|진|간|온)\s+$")  # (발표한 다음 날: the act the day is counted from)
_COUNTED_DAY: Final = re.compile(r"(?:다음\s*날|이튿날|전날|하루\s*(?:뒤|전)|사흘\s*(?:뒤|전)|이틀\s*(?:뒤|전))")
# What one claims of others, at the sentence's end (… 썼다고 주장한다).
_CLAIMED_END: Final = re.compile(r"[다라]고\s*(?:[^\s.,]+\s+){0,2}?주장(?:한다|했다|하고\s*있다|합니다|했습니다|해\s*왔다)[.!?\"'”’]*$")
_CLAUSE_BETWEEN: Final = re.compile(r"\s(?:뒤|후|다음|직후|이후)[\s,]|[가-힣](?:면서|며|고|자|어서|아서)[\s,]")
# What others are asked to do, in the quoted words' end (… 키워 달라"고, … 주길 바란다"며).
_QUOTED_REQUEST: Final = re.compile(r"(?:[가-힣]\s*달라|(?:주기|주시기|주길)\s*(?:를\s*)?바란다)[.!]?[\"”'’]\s*(?:고|며|라며|면서)")
# What one urged another to do, told past at the sentence's end (… 공개할 것을 권고했다, 공개하라고 촉구했다).
_URGING_VERBS: Final = ("권고", "요구", "촉구", "주문", "당부", "요청", "건의")
_URGED_END: Final = re.compile(r"(?:것을|도록|라고|라며|달라고|[\"”'’]\s*고)\s*(?:[^\s.,]+\s+){0,2}?(?:" + "|".join(_URGING_VERBS) + ")"
                               r"(?:했|하였)(?:다|습니다)[.!?\"'”’]*$")
# What no one did is no event (입장을 내지 않았다, 언급하지 않았다).
_NO_COMMENT: Final = re.compile(r"(?:입장|답변|언급|반응|논평)\S{0,2}\s*(?:\S+\s+)?(?:내지|밝히지|하지|보이지)\s*않")
# A period that names the scope of a plan told (하반기 AI 정책 추진 방향을 발표했다), of a reshuffle (2027년도 정기 인사), or of
# an outlook (이날 내년도 산업 전망 보고서도 내놓는다).
# (… or the intake a hiring is for: 2027년 신입 연구원 공개 채용을 시작했다)
# (not an act's own schedule, 5월 공개 일정을 확정한다: the act's month)
_SCOPE_AFTER: Final = re.compile(r"도?\s+(?!(?:\S+\s+)?(?:공개|출시|발표|평가|선정|협약|착공|준공|개소|배분)\s*일정)"
                                 r"(?:\S+\s+){0,2}?(?:추진\s*)?(?:일정|계획|정책|방향|전략|로드맵|과제|업무\s*계획|인사|전망)(?:을|를|과|와|\s)"
                                 r"|도?\s+(?:신입|경력|신규)\s+(?:\S+\s+){0,3}?(?:채용|공채)(?:을|를|과|와|\s)")
# A year or a half that names the program or the school year something is of (2027년 AI 바우처 사업 설명회, 내년도 'AI
# 컴퓨팅 자원 지원 사업' 참여 기업, 2027년 'AI 바우처' 사업 설명회, 2027학년도 전기 신입생): its time only when no day dates
# the telling.
# (a school year an intake is for, 2027학년도 전기 신입생을 모집한다; not 2027학년도 1학기부터 과목을 연다, the course's own time)
_PROGRAM_AFTER: Final = re.compile(r"도?\s+['‘\"“]?(?:[^\s'’\"”]+\s+){0,4}?[^\s'’\"”]*사업['’\"”]?\s+\S"
                                   r"|(?<=학년도)\s+(?=[^.!?\n]{0,40}?(?:신입생|입학|모집|전형|선발|수시|정시|편입|원서))\S"
                                   r"|도?\s+['‘\"“][^'’\"”\n]{1,30}['’\"”]\s*(?:사업|프로그램)\s+\S")
# A time as the subject of a target or a plan (준공은 2029년 상반기가 목표다, 출시는 3월이 유력하다).
_TARGET_TIME: Final = re.compile(r"[이가]\s+(?:\S+\s+)?(?:목표|예정|계획|유력)(?:이)?다[.!?\"'”’]*$")
# A scale set for the time told as the topic, by the one it follows (올해는 40곳으로 늘린다, 내년엔 두 배로 키운다).
_SCALED_TO: Final = re.compile(SCALED_TO)
# After a name: what is handed to it (과기정통부에 냈다), by the clause's subject, another.
# (… 답변서는 12일 위원회에 제출됐다: the papers told as the topic, handed in by the one the story follows)
_HANDED_IN_TO: Final = re.compile(r"(?:에|에게)\s+(?:[^\s.,]+\s+){0,2}?(?:냈|낸다|냈습니다|제출했|제출한다|보냈|보낸다|전달했|전달한다"
                                  r"|제출됐|제출되었|전달됐|전달되었)")
# After a name: it owns what the clause acts on (A의 상담 서비스에도 적용한다), so the clause's subject is another.
_POSSESSED_OBJECT: Final = re.compile(r"의\s+(?:(?!\d+[일월]\s)[^\s.,]+\s+){0,4}?[^\s.,]+?(?:에도|에는|에|을|를|으로|로)\s")  # (not past a day)
_PARTNERS_AFTER: Final = re.compile(r"[^.,\s]*(?:\s+[^.,\s]+){0,3}?\s*(?:와|과|이랑|랑)\s*(?:함께|같이|손잡고)"
                             r"|\)?(?:와|과)\s+(?:\S+\s+){0,6}?\S*(?:협약|MOU|계약|업무협약|협력|제휴|협의|논의|협업)")  # (A(B)와: B alone too)
# After a relative clause's verb: the report it dates (15일 공개한 세부 점수에 따르면) or the occasion
# (19일 열린 개발자 행사에서), so that what the sentence tells happened then.
_OCCASION_AFTER: Final = re.compile(r"(?:\s+[^\s.]+){1,10}?에\s*따르면|(?:\s+[^\s.]+){1,6}?에서(?:는)?\s"
                                    rf"|(?:\s+[^\s.]+){{0,5}}?\s+\S*(?:{GATHERINGS})에\s")  # (15일 열린 회의에 보고했다)
# A step as what the main verb passed, after the relative clause that dates it (B가 15일 발표한 1차 평가를 통과했다: the pass
# is of the results that day).
_STEP_PASSED_AFTER: Final = re.compile(r"(?:\s+[^\s.]+){0,5}?\s+\S*(?:평가|심사|관문)(?:을|를)\s+(?:무난히\s+|최종\s+)?(?:통과|넘)")
# A deal or a gathering as the object of the main verb, after the relative clause that tells what it is (… 도입하는 계약을
# 맺었다, … 성과를 소개하는 간담회를 열었다).
_DEAL_AS_OBJECT_AFTER: Final = re.compile(rf"\s(?:[^\s.,]+\s)?[^\s.,]*(?:계약|협약|MOU|제휴|{GATHERINGS})(?:을|를)\s(?:[^\s.,]+\s)?"
                                          r"(?:맺|체결|성사|마무리|따냈|열었|열고|개최했|가졌)")
_WHOLE_GOVERNMENT: Final = Guarded(r"국무회의|국무총리|관계부처\s*합동|경제관계장관회의")
_WHEN_WORDS: Final = (" 때", " 당시", " 무렵", " 즈음")  # (a quick test before _WHEN_CLAUSE)
_WHEN_CLAUSE: Final = re.compile(r"[가-힣]*(?:을|던|할|될|한|된|린|른|난|온|간)\s+(?:" + "|".join(w.strip() for w in _WHEN_WORDS)
                                 + r")(?:에도|에는|에|도|엔|는|만\s*해도)?[\s,]")
WHEN_REACH: Final = 60  # characters at a sentence's start where a clause of time may end
_PURPOSE_WORDS: Final = ("도록 ", "게끔 ")  # (a quick test before _PURPOSE_CLAUSE)
_PURPOSE_CLAUSE: Final = re.compile(r"[가-힣]+(?:도록|게끔)(?:,\s*|\s+)")
_TARGETS_FIRST: Final = re.compile(r"\s*(?:[가-힣]+\s+)?대상\s*(?:은|자는|기업은|기관은|팀은)\s[^.]{1,80}?(?:이며|이고)[\s,]")
# A fact told as a noun (B가 1월 평가에서 상위권에 오른 점을 소개했다): what the teller tells, as with -다고.
_TOLD_FACT: Final = re.compile(r"(?:점|사실)(?:을|도)\s+(?:\S+\s+)?(?:소개|지적|강조|언급|전|설명|부각|보도|거론)했다[.!?\"'”’]*$")
_QUOTATIVE_WORD: Final = re.compile(QUOTATIVE + r"\s")  # (… 됐다고 설명했다: what a later clause tells)
_GOING_ON_NOW: Final = re.compile(r"(?:고\s*있|중이)(?:다|습니다|어요|에요|예요)[.!?\"'”’]*\s*$")  # a clause in the progressive
_KEPT_GOING_TOLD: Final = (r"(?<![가-힣])(?:그대로|계속|변함없이|지금처럼|각자|따로|독자적으로)\s+(?:\S+\s+)?\S*"  # (각자 사업을 이어간다)
                           r"(?:진행|유지|이어가|이어간|이어갈|추진)")
_KEPT_GOING: Final = re.compile(_KEPT_GOING_TOLD)  # (… 사업도 그대로 진행할)
_KEPT_PARTNERSHIP: Final = re.compile(r"\s*(?:\S+\s+)?\S*(?:협력|관계|협업|사업|제휴)(?:은|는|도)\s+(?:" + _KEPT_GOING_TOLD
                                      + r"|(?:계속|지속)(?:한다|하고|할|해|된다|되고|될)|이어(?:간다|가고|갈))")  # (… 협업도 계속한다)
_CARRIES_ON: Final = re.compile(r"(?:을|를)\s*이어(?:간다|가며|가고|갈\s*계획)")
_ONGOING_TOLD: Final = re.compile(r"(?:고\s*있|중이)(?:다고|다며|라고|라며)$")  # what someone says is going on
# (이번 주에는, 8월엔, 올해 들어: the time a sentence is set in; so is a label's, ◆ 지난주 — …, ■ 이번 주: …)
_TIME_TOPIC: Final = re.compile(r"(?:에는|엔|에|은|는|\s*들어)\s|\s*[—–:]\s")
# After a year: the round of something held every year that it names (2027년 1차 공모, 2027년도 제2차 사업), no time of its own
# when a day in that year is told after it.
_ROUND_OF_YEAR: Final = re.compile(r"(?:도)?\s*(?:제\s*)?\d{1,2}\s*(?:차|회)\s")
# ... or the year's thing, the object of a clause that tells its month or day after (내년 서밋을 11월 초 연다).
_THING_OF_YEAR: Final = re.compile(r"\s+[가-힣A-Za-z]+(?:을|를)\s")
# ... and the year's first or last step (올해 마지막 평가, 올해의 첫 심사): the step a story names after telling its days.
_ORDINAL_OF_YEAR: Final = re.compile(r"(?:의)?\s*(?:마지막|첫|두\s*번째|세\s*번째)\s")
# A trouble told by when it arose, in a relative clause (지난 8월 평가 때 불거진 논란, 1월 벌어진 사태).
_ARISING_MARKS: Final = ("불거", "벌어", "터", "일어난", "일었", "빚어")  # (a quick test before _TROUBLE_ARISEN)
_TROUBLE_ARISEN: Final = re.compile(r"(?:\s+[^\s.,]*[^\s.,은는서도]){0,3}?\s+(?:불거진|불거졌던|벌어진|벌어졌던|터진|터졌던|일어난|일었던|빚어진|빚어졌던)\s+"
                                    r"(?:[^\s.,]+\s+){0,2}?[^\s.,]*(?:논란|의혹|사태|잡음|갈등|파문|공방|문제)")
# A forecast (…할 것으로 내다봤다, 전망한다): told by the authority of a program, its plan; by others, no event.
_FORESEEN: Final = re.compile(r"(?:것으로|수\s*있다고|수\s*있을\s*것으로)\s*(?:\S+\s+)?(?:내다봤|내다본|전망했|전망한|예상했|예상한|점쳤|점친|관측했|관측한)다")
# What an analyst foresees with a subject of its own (증권사가 … 주가가 출렁일 수 있다고 내다봤다) is no way of the analyst's
# (but 플리토는 … 매출이 들어올 것으로 내다봤다: a company's own).
_FORECAST_SUBJECT: Final = re.compile(r"[가-힣](?<![같없많깊높빨])(?:이|가)\s")
_ANALYST_ENDINGS: Final = ("증권", "리서치")
# A figure at a time, as a point a share went from or to (지난해 11%에서 올해 23%로 올랐다).
_FIGURE_UNITS: Final = r"(%p|%|개월|배)"  # (not ranks, scores or counts of staff: 3위에서 2위로 올라섰다 is news of its own)
_FIGURE_AT_TIME: Final = re.compile(r"\s*(?:약\s*)?\d[\d,.]*\s*" + _FIGURE_UNITS + r"(에서|으로|로|까지)(?=\s)")
_FIGURE_FROM: Final = re.compile(r"\d[\d,.]*\s*" + _FIGURE_UNITS + r"에서\s")  # (11%에서, 9개월에서: the figure it went from)
_WATCHED_MARKS: Final = ("고 있", "고있")  # (a quick test before _WATCHED)
_WATCHED: Final = re.compile(r"(?:눈여겨보|주목하|지켜보|예의주시하|주시하|곤두세우|기울이|숨죽이)고\s*있(?:다|습니다)[.!?\"'”’]*$")
_DID_NOT_HAPPEN: Final = r"[었았였](?:더라|다)면"  # (… 탈락하지 않았다면, 없었다면: what did not happen, supposed)
_CONTRARY_TO_FACT: Final = re.compile(_DID_NOT_HAPPEN + "$")
_SUPPOSITION: Final = re.compile(r"(?:만약|만일)\s[^.,]*?(?:다면|라면|이면)(?=[\s,])")  # (만약 A가 탈락한다면)
_SUPPOSED: Final = Guarded(r"것으로\s*(?:보고\s*있|보인다|본다|봤다|관측|추정|짐작)")
# A sentence that ends in a guess (… 앞서 있다고 본다, … 유리할 것으로 점친다).
_GUESS_VERBS: Final = ("본다", "봤다", "보고", "점친", "점쳤", "전망한", "전망했", "예상한", "관측한")
_GUESSED_END: Final = re.compile(r"(?:다고|라고|것으로|것이라고)\s+(?:\S+\s+)?(?:본다|봤다|보고\s*있다|점친다|점쳤다|전망한다|전망했다"
                                 r"|예상한다|관측한다)[.!?\"'”’]*\s*$")
_FIGURES_MOVED: Final = re.compile(r"(?:실적|매출|매출액|영업이익|순이익|이익|점유율)(?:을|를|이|가)\s")  # (the figures guessed at)
# What must come first for the guessed to come (A가 8월 평가를 통과해야 … 이어질 것이라는 분석이 나온다): told as due, no
# guess; not what one should do (… 내년 재도전해야 한다는 분석이 나온다)
_NEEDED_FIRST: Final = re.compile(r"(?:해|돼|되어|아|어|와|워|져|쳐|려|겨|혀|춰|봐|가|서|내|켜)야(?:만|지)?\s(?!한|할|했|하)")
_REPORT_TOLD_END: Final = re.compile(QUOTATIVE + r"\s*(?:전했다|보도했다|짚었다|덧붙였다|소개했다|분석했다|썼다)[.!]?$")  # (… 됐다고 전했다)
# A deed told done as what a guess stands on (1위를 차지한 바 있어, 이긴 적이 있는 만큼): no part of the guess.
_DONE_AS_GROUND: Final = re.compile(r"[가-힣]\s+(?:바|적)(?:가|이)?\s+있(?:어|어서|고|으며|는\s*만큼|기\s*때문에)\s")
# What others guess will happen, or judge, is no event (업계에서는 A가 내년 상장할 것이라는 관측도 나온다, … 양강으로 굳어졌다는
# 평가가 나온다).
_REPORTED_GUESS: Final = Guarded(r"(?:라는|다는|이란)\s*(?:관측|전망|분석|예상|추측|평가)"
                                 r"(?:(?:이|도|은|까지)?\s*(?:\S+\s+)?(?:나온다|나왔다|나오고|제기된다|제기됐다|많다|적지\s*않다|우세하다|지배적이다)"
                                 r"|(?:이다|입니다)[.!?\"'”’]*$)"  # (... 정점을 찍는다는 분석이다)
                                 "|" + syllables_with_final(8) + r"\s*가능성(?:도|이|은)?\s*(?:거론|제기|나오|나온|점쳐|있|크|높)"
                                 r"|(?:라는|다는)\s*(?:기대감?|우려|예상)(?:이|도|감이)?\s*(?:반영|커지|커졌|작용|확산|높아)"
                                 # (… 다시 지원할지에 관심이 쏠린다, 시선은 … 나설지에 모인다, 남을지 귀추가 주목된다: whether it will, wondered at)
                                 "|" + syllables_with_final(8) + r"지(?:에|를|가|는|도)?\s*(?:(?:(?:관심|이목|눈길|시선)이\s*)?(?:쏠|모이|모아|모인|집중)"
                                 r"|귀추가\s*주목|주목된다)")
# (… 선정할 것이라는 기대감이 반영된 것으로 풀이된다: what the market hopes, no event)
# (... 다시 도전할 가능성도 거론된다: what may happen, by others' guess)
# A claim told as spread (…다는 글이 퍼졌다, …다는 소문이 돌았다), and a bare denial of it (확인 결과 사실이 아니다).
_CLAIM_SPREAD: Final = re.compile(r"다는\s+(?:[^\s.,]+\s+)?(?:글|소문|주장|게시물|게시글|얘기|이야기|설|루머)(?:이|가|도)\s+"
                                  r"(?:[^\s.,]+\s+){0,2}?(?:퍼졌|퍼지|돌았|돌고|나돌|확산)")
_BARE_DENIAL: Final = re.compile(r"\s*(?:확인\s*결과|취재\s*결과|그러나|하지만)?\s*(?:이는\s*)?(?:사실이\s*아니다|사실무근이다|사실과\s*다르다)[.!]?\s*$")
# A denial of what was reported (해명자료를 내고, 부인했다, 사실이 아니다, 일정에는 변함이 없다) ...
_DENIAL: Final = re.compile(r"해명|부인했|반박했|일축했|사실이\s*아[니닌님닙]|사실무근|오보|변함이\s*없")
# (18일 해명자료를 내고, 8일 설명자료를 내고 ...: the day of the denial or of the release, outside what it denies)
_DENYING: Final = re.compile(r"해명|반박|부인|일축|설명자료|입장문|참고자료")
# A denial told by its teller at the sentence's end (…사실이 아니라고 밝혔다, "사실이 아니다"라고 설명했다).
_DENIAL_TOLD_END: Final = re.compile(rf"(?:{QUOTATIVE}|[\"”'’]\s*고)\s+(?:\S+\s+)?(?:밝혔|말했|설명했|강조했|전했)다[.!]?\s*$")
_TOPIC_RIGHT_BEFORE: Final = re.compile(r"(?:은|는)\s+")  # (A는 9일: the date right after the topic)
_REPORTED_BY_PRESS: Final = re.compile(r"보도했|보도하였|보도됐|보도되었|보도가\s*나왔")  # ... of what the press reported
# The words reported, told as the object of a telling about them (…한다는 일부 보도를, …된다는 소문에 대해).
_REPORT_TOLD_PATTERN: Final = (r"(?:라는|다는|이란)\s*(?:\S+\s+){0,2}?(?:보도|주장|소문|설|관측)"
                               r"(?:을|를|에\s*대해(?:서는|서)?|(?:과|와)\s*관련해|에)\s")
_REPORT_TOLD: Final = re.compile(_REPORT_TOLD_PATTERN)
_ADNOMINAL_BEFORE_CLAIM: Final = re.compile(r"[가-힣](?:는|린|된|될|릴|할)\s")  # (see _DENIED_REPORT's use)
# An outlet telling what it reported (앞서 한 매체는 6일 …할 예정이라고 전했다).
_OUTLET_TOLD: Final = re.compile(r"(?:매체|언론|언론사|신문|방송|외신|통신)(?:은|는|이|가|들은|들이)\s[^.]*?(?:전했|보도했|알렸|썼)")
DENIAL_REACH: Final = 2  # sentences after a denial its report may be told in (a quote of the denier's between)
_REPORT_DENIED: Final = re.compile(r"보도(?:에\s*대해|를|에)\s")  # (… 일부 보도에 대해 해명했다, 보도를 부인했다)
# What a report or a claim said, denied in the same sentence (...열린다는 일부 보도는 사실이 아니다).
_DENIED_REPORT: Final = Guarded(r"(?:라는|다는|이란)\s*(?:\S+\s+){0,2}?(?:보도|주장|소문|설|얘기|관측)\S{0,2}\s*(?:\S+\s+)?[\"“'‘]?"
                                r"(?:사실이\s*아[니닌님닙]|사실무근|오보|사실과\s*다[르른릅]|틀렸|틀린)"
                                # (… 참여한다는 일부 보도를 7일 부인했다, …한다는 보도에 대해 "…"고 해명했다: denied by its verb)
                                rf"|{_REPORT_TOLD_PATTERN}\s*(?:\S+\s+){{0,6}}?(?:부인|일축|반박|부정|해명)(?:했|하고|하며|한\s)"
                                # (a correction: …발표한다고 보도했으나, 사실과 달라 바로잡습니다)
                                r"|고\s*(?:\S+\s+)?보도했(?:으나|지만|는데)[^.]*?(?:바로잡|사실과\s*다[르른릅]|사실이\s*아[니닌님닙]|잘못)"
                                # (… 포기했다고 쓴 부분도 사실이 아닙니다)
                                r"|다고\s*(?:쓴|보도한|전한|적은)\s*(?:부분|내용|대목)\S{0,2}\s*(?:\S+\s+)?"
                                r"(?:사실이\s*아[니닌님닙]|사실무근|오보|사실과\s*다[르른릅]|틀렸|틀린)")
# A correction notice by its title, and what it says it wrote before (… 10월에 열린다고 적었으나).
_CORRECTION_TITLE: Final = re.compile(r"바로잡|정정(?:보도|합니다|드립니다|\])")
_WRITTEN_BEFORE: Final = re.compile(r"[다라]고\s*(?:\S+\s+)?(?:보도했|적었|썼|표기했|기재했|소개했|전했)(?:으나|지만|는데)")
# Words that tell who said a denial (… 사실이 아니라고 밝혔다): a telling, which may go on with what was told.
_DENIAL_TOLD: Final = re.compile(r"고\s*(?:\S+\s+)?(?:밝혔|해명|말했|설명|강조|반박|전했)")
# (A랑 B, A하고 B: spoken; A와 中 B: a headline's country in one Hanja before a name)
# (a name may carry its group word: A 컨소시엄과 B 컨소시엄)
# (and the bullets of a list run into a sentence: 대상으로 △A △B △C 3곳을)
_LIST_GAP: Final = re.compile(r"(?:\s*컨소시엄(?=[\s,·、]|과|및))?[\s,·、△▲]*(?:와|과|및|그리고|이랑|랑|하고)?[\s,·、△▲]*(?:[美中日韓英佛獨印臺台歐露]\s+)?")
_CLAUSE_ENDING_ROLES: Final = ("connective", "quote", "final")  # word roles: also adnominal, or None
INHERIT_WINDOW: Final = 3  # sentences a dateless continuation may be away from its dated event
TOPIC_LOOKBACK: Final = 6  # mentions back within which an event a dateless sentence names as its topic is looked for
ANSWER_REACH: Final = 2  # sentences after a question that still answer it
TITLE_REACH: Final = 30  # how far after a name its title may end (하정우 대통령실 AI미래기획수석)
SPEECH_TYPES: Final = {"statement", "announcement"}  # 말했다, 밝혔다: a sentence that reports words
SPEECH_OCCASION_TYPES: Final = {"presentation", "announcement", "statement"}  # where words told after are said
LEAD_SENTENCES: Final = 2  # opening sentences without a date that may take the date told next
_TOP_COUNT: Final = re.compile(r"상위\s*(\d|두|세|네|다섯)\s*(?:개\s*)?(?:팀|곳|컨소시엄|기업)")  # (상위 2개 팀, 상위 세 곳)
_RANK_AFTER: Final = re.compile(r"(?:이|가|은|는|도)?\s*(\d{1,2})\s*위(?![가-힣])")  # (A가 1위, A 2위)
_RANK_BEFORE: Final = re.compile(r"(\d{1,2})\s*위\s+$")  # (1위 A)
RANK_REACH: Final = 6  # characters before a name where its rank stands
_RANK_LINE: Final = re.compile(r"\s*(?:\d{1,2}\s*위|[①-⑩])\s")  # (a ranking's line: 1위 A 91.4점, ② B)
LEAD_REDATE_REACH: Final = 2  # sentences after a lead's telling within which its event may be told at its own day
LEAD_NEWS_AGE_DAYS: Final = 14  # how long before its telling the news a lead tells may be (older: another event)
RELATIVE_HEAD_WORDS: Final = 3  # words after a relative clause's verb that may name its event
RELATIVE_HEAD_PHRASE: Final = 6  # words a long name after the verb may run to, up to its particle (독자 AI 파운데이션 모델 추가 공모를)
# Particles that end the noun phrase a relative clause modifies (not 가, 이, 도, which end nouns too: 추가, 고도).
_HEAD_PARTICLES: Final = ("을", "를", "은", "는", "에서", "에", "의", "으로")
# The noun of a clause telling when the main clause was (… 시작할 때, 선정될 당시에는).
# (not 때부터: since when, what is done since is no act of that day)
_WHEN_NOUN: Final = re.compile(r"(?:때|당시|무렵|즈음)(?:에|에는|엔|도|만\s*해도)?,?")
# A causative told done, then the time it sets (합류시킨 뒤에도, 탈락시켰던 당시).
_CAUSED_THEN: Final = re.compile(r"시(?:킨|켰던)\s+(?:뒤|후|직후|다음|이후|때|당시)")
CAUSED_THEN_REACH: Final = 8  # characters past a relative clause where the time noun after its verb ends
RELATIVE_REACH: Final = 3  # a relative clause's verb follows its date within this many words (15일 평가를 통과한)
# Bare nouns right after a date make one noun with what follows and count as none of those words before an outcome (독자
# AI 파운데이션 모델 정예팀 선발에서 떨어진); a word with a particle ends the run, as a name or a time does.
COMPOUND_NOUN_MAX: Final = 6
_ANY_PARTICLE: Final = (*_HEAD_PARTICLES, "로", "와", "과", "까지", "부터", "랑", "하고")  # (not 가, 이, 도: 국가, 추가 are nouns)
_OBJECT_ENDINGS: Final = ("을", "를")  # (the object of a verb, one phrase with it: 1위를 차지한)
# The words of a relative clause's head up to the subject's particle (… 치른 | 다섯 팀은, … 선보인 | 회사는).
_RELATIVE_HEAD_SPAN: Final = re.compile(r"\s+(?:[^\s,.\"'”’]+\s+)?[^\s,.\"'”’]+")
_OBJECT_THEN_NAME: Final = re.compile(r"[을를]\s+\S+$")  # (the head noun an object, the name after it another's subject)
# Determiners, one phrase with the noun after them (첫 공개 발표회에서, 두 번째 평가에서).
_NOUN_MODIFIERS: Final = frozenset(("첫", "새", "옛", "여러", "각", "모든", "온갖", "두", "세", "네"))
# The result a dated relative clause tells of, and those it names (발표한 추가 공모 결과 A 컨소시엄이 ...).
_RESULTS_OUT: Final = ("발표된", "공개된", "나온")  # (a relative clause of results made known, by someone unnamed)
_TELLING_NOUNS: Final = "공개|발표|공지|안내|공표|고지"
# (passive: who tells, unsaid; or who lets data out, 1차분은 9월 풀렸다)
_MADE_KNOWN: Final = re.compile(rf"(?:{_TELLING_NOUNS})(?:된다|될|됐다|되며|되고|돼|됩니다|되었|됐습니다)|(?<![가-힣])풀(?:렸|린다|릴\s)")
# A measure's reason closing its sentence (… 기간을 고려한 조치다): what it weighed, at their times.
_MEASURE_WORDS: Final = ("조치", "결정")  # (a quick test before _CONSIDERED_END)
_CONSIDERED_END: Final = re.compile(r"(?:고려|감안|반영)(?:한|했다는)\s+(?:조치|결정)(?:이다|다|입니다)[.]?\s*$")
# (passive: who settles it, unsaid: 지원안은 연내 확정된다, 세부 기준은 다음 달 마련된다)
_SETTLED: Final = re.compile(r"(?:확정|결정|마련)(?:된다|될\s*(?:예정|계획|전망)|됩니다)")
# A call's close told as the time applicants came by (2월 12일 마감까지 A와 B가 손을 들었다): its closer's too, as a close
# that set them off (see _CALL_CLOSED_SET_OFF).
_CLOSING_NEXT: Final = re.compile(r"\s*(?:접수\s*)?마감(?:까지|\s*때|\s*당일|을\s*앞두고)\s")  # (12일 마감까지, 12일 마감 때)
# A consortium one formed (A는 컨소시엄 구성을 마쳤고, 컨소시엄을 꾸렸다), not one joined or left.
_CONSORTIUM_FORMED: Final = re.compile(r"\s*(?:구성|결성)(?:을|를)?\s|(?:을|를)\s*(?:꾸렸|꾸린|꾸려|구성했|결성했)")
# A call posted, as a relative clause (A는 지난 1월 23일 공고된 공모에 지원했다): the caller's act, whoever it is; not the
# subject's, who answered it later.
_CALL_POSTED: Final = re.compile(r"(?<![가-힣])공고(?:된|됐던|되었던)(?![가-힣])")
# ... or begun, the call its head (23일 시작된 추가 공모에는 A와 B가 서류를 냈다: the caller's day, not theirs).
_CALL_BEGUN: Final = re.compile(r"(?<![가-힣])(?:시작|개시)(?:된|됐던|되었던)$")
_CALL_HEAD: Final = re.compile(r"\s+(?:추가\s+|이번\s+|정예팀\s+)?(?:공모|모집)")


def _call_posted(body: str, start: int, end: int) -> bool:
    """Whether the relative clause from `start` to `end` tells a call posted or begun (see _CALL_POSTED)."""
    return (_CALL_POSTED.search(body, start, end) is not None
            or _CALL_BEGUN.search(body, start, end) is not None and _CALL_HEAD.match(body, end) is not None)


_MADE_KNOWN_AS_HEAD: Final = re.compile(rf"(?:{_TELLING_NOUNS})(?:되는|될|된)(?![가-힣])")  # (a relative clause's: 발표되는 팀)
# A step of the program told as a relative clause of the day it took place (추가 공모가 공고된 지난달 23일, 결과가 발표된 15일).
_STEP_OF_DAY: Final = re.compile(r"(?:공모|모집|접수|평가|심사|결과|명단)(?:가|이)\s+(?:공고|시작|발표|공개|마감)(?:된|됐던|되었던)\s+$")
STEP_OF_DAY_REACH: Final = 16  # characters before a day where its step's relative clause may start
_ANNOUNCING: Final = re.compile(rf"(?:{_TELLING_NOUNS})(?:하|한|할|합|해)")  # (active: 발표한다, 공개하며)
# A law as the subject coming into force, by no one's act (법은 6월 시행된다; not 인사는 1월 1일자로 시행된다, the company's)
_LAW_IN_FORCE: Final = re.compile(r"\s*(?:이\s*|이번\s*|해당\s*|새\s*)?[^\s.]*(?:법|법안|법률|시행령|시행규칙|제정안|개정안)(?:은|는|이|가)\s"
                                  r"[^.]*?(?:시행|발효)(?:된다|되며|되고|됐다|되었다|될\s|돼)"
                                  # (… 입법예고했다. 시행은 2028년 1월 1일부터다: the coming into force as the topic, with its day)
                                  r"|\s*(?:시행|발효)(?:일|\s*시기|\s*시점)?(?:은|는)\s+[^.]*?부터(?:다|이다|입니다)?[.]?\s*$")
_RESULTS_TOLD: Final = re.compile(rf"결과\S*\s+(?:\S+\s+)?(?:{_TELLING_NOUNS})")  # (결과를 발표했다, 결과를 오늘 공개하며)
# ... and one ending a sentence, of the outcome of applications (선발 결과는 24일 통보된다: see _APPLICATIONS_TAKEN)
_OUTCOME_MADE_KNOWN: Final = re.compile(rf"(?:{_TELLING_NOUNS}|통보)(?:된다|됩니다|될\s*(?:예정|계획)이다)[.\"'”’]*$")
# A company's own figures, which it makes known itself, never an authority (4분기 실적은 내년 2월 발표된다)
_OWN_FIGURES: Final = re.compile(r"(?:실적|매출|영업이익|순이익|영업손실|순손실|배당)(?:은|는|이|가|도)\s")
_RESULT_OF: Final = re.compile(r"\s+(?:['‘][^'’\n]{1,30}['’]\s+)?(?:[^\s,.]+\s+){0,3}?결과(?:에\s*따르면|로|를\s*(?:보면|인용해|인용하며))?,?\s+")
# (… 발표한 평가 결과, A가; 발표한 '…' 서면평가 결과; 발표한 결과를 인용해 A가 …)
NESTED_REACH: Final = 8  # words from a relative clause's verb to that of the clause it is nested in (마감된 접수에 이름을 올렸던)
_PHRASE_TOPIC_ENDS: Final = "은는도"  # (23일 공고된 공모에는 탈락한 A도: a topic between, the verb after it modifies other names)
PROGRAM_EVENT_TYPES: Final = {"call", "selection", "elimination", "evaluation", "presentation", "announcement", "agreement",
                       "funding"}
# The program's own news, its authority's rather than a team's: its steps (승부처는 8월 2차 평가다) and their results
# (결과는 이달 말 나온다).
_CEREMONY: Final = re.compile(r"(?:위촉|출범|발대|개소|개원|기념|시상|수여|착수|준공|제막|입학|졸업)식")  # (its host's, not a program step)
_PROGRAM_NEWS: Final = PROGRAM_EVENT_TYPES - {"agreement", "funding"}
_RELEASE_SUBJECTS: Final = ("공개", "출시", "상용화")  # (정식 공개는, 국내 출시는: a release as its sentence's subject)
_COMPANY_AFFAIRS: Final = re.compile(r"실적|주주총회|주총|배당|기업설명회")  # (what a company holds of its own)
_PROGRAM_STEPS: Final = _PROGRAM_NEWS - {"announcement"}
_LATER_STAGE: Final = re.compile(r"\d\s*단계|다음\s*단계|최종\s*(?:\d\s*개\s*)?팀")  # (3단계 협약, 다음 단계 지원, 최종 팀의 협약)
_OUTCOMES: Final = ("selection", "elimination")  # (passed, chosen, cut: what comes at the end of a step)
# A question's topic (Q2. 결과는 어떻게 알리나, -평가는 언제 하나): the noun before its particle.
_ASKED_TOPIC: Final = re.compile(r"\s*(?:[-▶Q]\d*[.:]?\s*)?(?:[^\s.,?]+\s+){0,2}?([^\s.,?]+?)(?:은|는)(?:\s|[.?]?$)")  # (Q. 선정 절차는.)
_STEPS_OF_MINISTRY: Final = ("evaluation", "selection", "call")  # (steps told with no one named: the ministry's)
_PROGRAM_STAGE: Final[re.Pattern[str]] = temporal.PROGRAM_STAGE  # (2차 평가, 1차 단계평가, 최종 평가, 첫 평가: the program's stages)
STAGE_WORDS_REACH: Final = 8  # characters before a subject's head noun its stage is told in (2차 단계평가는)
# An audit of the house as what the sentence tells of (국정감사는 21일 열린다): held by a committee; not one where
# words were said (지난달 국정감사에서 … 말한 바 있다).
_HOUSE_AUDITS: Final = r"국정\s*감사|종합\s*감사|국감"
_AUDIT: Final = re.compile(rf"(?:{_HOUSE_AUDITS})(?:은|는|이|가)\s")
# A step of the program right before its time in brackets (1차 평가(1월), 추가 공모(2월)): see _read_dated.
_STEP_WITH_TIME_BRACKETED: Final = re.compile(r"(?:평가|심사|공모|선정)\($")
STEP_NOUN_REACH: Final = 6  # characters before a bracketed time where the step's noun and its bracket end
_RESULTS_MADE_KNOWN: Final = ("결과 발표", "결과발표", "결과 공개", "결과 통보")  # (… and the making known of their results)
_PART_OF_DAY_OPENING: Final = re.compile(r"\s*(?:이날\s+)?(?:오전|오후|저녁|점심|첫\s*세션)(?:에는|엔|에선|에서는)\s")  # (a part of the day told)
_BARE_REPLY: Final = re.compile(r"\s*(?:[-▶A]\d*[.:]?\s*)?(?:네|예|아니요|아니오|그렇다|그렇습니다|맞다|맞습니다|아니다|아닙니다)[.!]?\s*")
_APPLYING_MARKS: Final = ("지원", "신청", "접수", "응모")  # (asked when one may apply: the call's days, 언제까지 지원하나)
SUBJECT_WORDS_REACH: Final = 8  # characters before a subject's head that its determiner may stand in (두 팀의 격차는)
AUTHORITY_REACH: Final = 4  # sentences over which 정부는 still means the ministry last named (각 팀은, the teams)
_ALL_OF_THEM: Final = ("모두 ", "전부 ", "나란히 ", "각각 ", "다들 ")  # (a subject dropped, all of those named before)
AUTHORITY_KINDS: Final = {"ministry", "agency", "office", "committee"}
CALL_OWNER_KINDS: Final = AUTHORITY_KINDS | {"local"}  # (a city that announced a call owns its later steps too)
_NOT_COMPANY_KINDS: Final = frozenset(AUTHORITY_KINDS) | {"media"}  # (whose head is no company's)
# A relative clause of going through a step with others, no subject of its own (기존 세 팀과 함께 치르는 2차 평가는): the
# one carried goes through it.
_UNDERGONE_WITH_OTHERS: Final = re.compile(r"(?:과|와)\s*함께\s+(?:치르는|치를|받는|받을|거치는|거칠|나서는|나설|겨루는|겨룰)\s")
_UNDERGONE_MARKS: Final = ("을 ", "를 ", "에 ")  # (an event gone through: 평가를 치렀다, 평가에 나섰다)
_TERMS: Final = frozenset(("기간", "기한", "물량", "규모", "금액"))  # (입주 기간은, 공급 물량은: the term, the size of a thing agreed on)
_JOINT_MARKS: Final = ("공동", "합작")  # (공동연구소, 합작법인: a thing several set up together)
_TOGETHER_WITH: Final = re.compile(r"(?:와|과)\s*(?:손잡고|손을\s*잡고|함께|협력해)\s")  # (A가 B와 손잡고 …)
AGREED_TOLD_BACK: Final = 2  # sentences before the several were last told that may name what they agreed on
AGREED_ON_REACH: Final = 8  # characters after a noun within which the agreement on it is named ('시범사업' 협약을)
_MILESTONES: Final = frozenset(("착공", "준공", "완공", "개소", "개관", "개원", "출범", "가동", "개통"))  # of what parties build together
# Subjects that name the event, not its agent (결과는 ... 발표된다: the agent is the previous subject).
EVENT_NOUNS: Final = {"결과", "결론", "결말", "약속", "일정", "사업", "프로젝트", "행사", "접수", "마감", "협약", "최종 결과", "발표", "신청", "참가 신청",
               "등록", "참가 등록", "본선", "예선", "결선", "위촉", "구성", "배분", "제출", "개편안", "방안", "계획안", "초안", "입찰", "개찰", "낙찰",
               "조사", "실태조사", "설문", "설문조사", "개막", "폐막", "개회", "폐회", "연수", "워크숍", "실습", *_MILESTONES}
# Sentences that describe a state, not an event: they take no date from their neighbours (but 밝힌 바 있다, 참석한 적이
# 있다 tell what was done); what a company is (A는 가장 작은 회사다), how strong or quick it is (추격이 빠르다), and one
# keeping pace with what was told (B도 발을 맞춘다: its own step told next) likewise.
_STATIVE: Final = (r"(?:(?:발|보조|호흡)(?:을|를)\s*맞춘다|발맞춘다|(?:강하|빠르|느리|약하|뛰어나|탄탄하|든든하)다|고\s*있다|(?<=[아어여해])\s*왔다|중이다|(?<!바\s)(?<!적이\s)있다|눈에\s*띈다|눈길을\s*끈다|돋보인다|(?<=\s)(?:회사|기업|업체|스타트업|기관)(?:이)?다|한창이다|가만(?:히\s*)?있지\s*않(?:는|았)?다|분주하다|바쁘다|촉박하다|빠듯하다|\s몫(?:이)?다"
                   r"|(?:가운데|중)\s*(?:하나|한\s*(?:곳|팀|기관|기업)|유일한\s*[가-힣]+)(?:이)?다|(?:일원|회원사|참여사|구성원|소속)(?:이)?(?:다|었다|였다)|(?:일원|회원사|구성원)으로\s+(?:[^\s.]+\s+){0,2}?(?:참여|참가)했다|\s(?:처지|신세|형국|상황|분위기)(?:(?:이)?다|입니다)|(?:없|않|아니)다는\s*(?:입장|태도|반응)(?:이다|입니다)|다는\s*방침(?:이다|입니다)|(?:경험|역량|기술력|노하우|능력)(?:을|를|도)\s*(?:갖췄|갖추고\s*있|보유하고\s*있|지녔|지니고\s*있)(?:다|습니다)"
                   # (what a place is for: 센터는 A가 장비를 들일 곳이다, … 쓰는 공간이다; not a count, 세 곳이다)
                   r"|(?:[는던을]|" + syllables_with_final(8) + r")(?<![열])\s(?:곳|장소|공간|시설|부지)(?:이)?다"
                   # (what a body is made of: 사업단은 … 모두 14명으로 꾸려진다, 위원회는 9명으로 구성된다)
                   r"|\d+\s*(?:명|곳|개\s*[가-힣]+)(?:으로|로)\s*(?:꾸려|구성|이뤄)(?:진다|졌다|된다|됐다))\.?$"
                   # (B도 가만있지 않다; … 17개 기관 가운데 하나다, … 컨소시엄의 일원이다; B는 뒤쫓는 처지다)
                   # (membership, and a member's part in the work: 컨소시엄에 참여한 A는 데이터를 맡는다; but 컨소시엄에
                   # 참여한 A는 ... 올랐다 tells of A)
                   r"|컨소시엄(?:에는|에)\s(?!(?:참여|참가|합류|소속|포함)(?:한|된|했던|됐던)\s(?!.*(?:맡|담당)[가-힣]*\.?$))"
                   # (but not what a consortium is given: A 컨소시엄에 GPU 768장을 배정한다)
                   r"(?![^.]*(?:배정|배분|공급|지급|제공)(?:한다|했다|된다|됐다|받는다|받았다)\.?$)")
# Joining a consortium told as done: the news a story opens with (A가 B 컨소시엄에 이름을 올렸다), not a membership.
_JOINED_AS_NEWS: Final = re.compile(r"컨소시엄에\s(?:새로\s|정식으로\s)?(?:합류했|이름을\s*올렸|(?:합류|참여)하게\s*(?:됐|되었))다\.?$")
# A sentence that says only what may be (지원할 수 있다).
# (… 2차 평가를 앞둔 정예팀들에도 자극이 될 것으로 보고 있다: a guess of what may come, likewise)
_POSSIBLE: Final = re.compile(r"(?:(?:수\s*있|가능하)(?:다|습니다|어요|죠|을\s*것이다|을\s*것입니다)"
                              r"|[될할일]\s*것으로\s*(?:보고\s*있|예상하고\s*있|관측된|전망된)(?:다|습니다))[.!?\"'”’]*$")
_MAYBE: Final = re.compile(r"수도\s*있")  # what may also happen (줄일 수도 있다), no plan
_MAY_DO: Final = re.compile(r"[이가만]?\s+(?:[^\s.,]+\s+){0,5}?[^\s.,]*[을를ㄹ]?\s*수\s*(?:있|없)(?!도록|게)")  # (두 팀만 … 설 수 있다)
_HARD_TO: Final = re.compile(r"기\s*(?:어렵|힘들|쉽지\s*않)(?:다|습니다)[.!?\"'”’]*$")  # (… 승복하기 어렵다: what is hard to do, no event)
# A date that only bounds something still being weighed (내년 재도전 여부를 검토하고 있다) dates no event (a
# meeting's agenda does: 다음 달 방문해 협력 방안을 논의한다).
_UNDECIDED: Final = re.compile(r"여부\S*\s*(?:를|을)?\s*(?:검토|고민|저울질|논의|타진)|방안\S*\s*(?:를|을)?\s*(?:검토|고민|저울질|타진)"
                               r"|(?:할지|될지|할지를)\s+(?:\S+\s+){0,3}?(?:검토|고민|저울질|논의|타진)")  # (배점을 조정할지 다음 달까지 검토한다)
# A condition, then weighing (내년 공고가 나오면 검토하겠다): the time is the condition's only, no event.
_WEIGHING_WORDS: Final = ("검토", "고민", "생각")
_IF_THEN_WEIGHED: Final = re.compile(r"[가-힣]면\s+(?:\S+\s+){0,2}?(?:검토|고민|생각)(?:하겠|해\s*보겠|할\s*것)")
# ... nor one that is part of the matter to decide (내년 본사업 여부를 정할 예정이다).
_WHETHER_OF: Final = re.compile(r"\s+(?:[^\s,.]+\s+){0,2}?[^\s,.]*여부")
WHETHER_REACH: Final = 30  # characters after a date where 여부 may close the matter it is part of
# ... and neither does one of what no one did (see _NO_COMMENT): one search for both.
_NOT_AN_EVENT_AFTER: Final = re.compile(f"{_UNDECIDED.pattern}|{_NO_COMMENT.pattern}")
# (what is weighed, told before the date it is weighed by: 나눌지, 조정할지, 참여 여부를)
_MATTER_BEFORE: Final = re.compile(syllables_with_final(8) + r"지(?:를)?\s+$|여부를?\s+$")
_JOINED_WITH_IT: Final = re.compile(r"(?:합류|참여|참가)하게\s*(?:됐|되었)|맡게\s*(?:됐|되었)")  # (… 선정되면서 B도 합류하게 됐다)
_WEIGHED_THEN: Final = re.compile(r"했(?:다|고|으며|지만)")  # (… 여부를 논의했다: weighed, and done)
_WEIGHING_AFTER: Final = re.compile(r"(?:까지|중|안에)?\s*(?:검토|고민|저울질|논의|타진)")
# But a plan weighed now that a date to come inside it dates (내년 상반기 가중치를 공개하는 방안을 검토하고 있다) is
# planned: not one only worth weighing (검토해 볼 만하다), one at a recurring time (상·하반기에 한 번씩), or a schedule's
# change (마감을 2월 말로 미루는 방안).
_WEIGHED_NOW: Final = re.compile(r"(?:하고\s*있|\s*중|한다|합니다|하기로|에\s*들어)")
_EACH_TIME: Final = re.compile(r"(?:에|마다)?\s*(?:한|두|세|\d+)\s*(?:번|차례|회)씩")
# Speculation about what may happen is no event (도전할지를 두고 관측이 엇갈렸다; not 명단에 들지 못했다).
_SUPPOSING_WORDS: Final = ("만약", "만일")
_SUPPOSING_MARKS: Final = ("다면", "경우", *_SUPPOSING_WORDS)  # (a quick test before _IF_SO)
# (선정된다면, 살아남는다면: if it were so; 정부가 공모를 다시 낼 경우: in case it does)
_IF_SO: Final = re.compile(r"[가-힣]다면[\s,]|(?<=" + syllables_with_final(8) + r")\s경우(?:에는|에도|에|엔)?[\s,]")
_IF_SO_PLAIN: Final = re.compile(r"(?:[되하]|[가-힣]으)면[\s,]")  # (after 만약: 탈락하면, 남으면)
# Who is guessed likely or named as a candidate (A와 B가 참여 기업으로 거론된다, A가 유력하다고): no event of theirs.
_GUESSED_WHO: Final = r"거론(?:된다|되고|되며|돼|됐다)|유력(?:하다|해|한\s*것으로|시)|점쳐(?:진다|지고|지며)"
_GUESSED: Final = re.compile(_GUESSED_WHO)
_GUESSED_MARKS: Final = ("거론", "유력", "점쳐")  # (a quick test before _GUESSED)
# (어떤 팀이 남을지 관심이다: what is wondered, no event; not 엘지, 일지, names and nouns)
_SPECULATION: Final = ("(?<=" + syllables_with_final(8) + r")(?<![엘일])지(?:를|는|에|도|가)?\s(?!못|않|말)"
                        # (두 번째는 A가 선두를 지킬지다: whether it will, a question left open)
                        r"|(?<=" + syllables_with_final(8) + r")(?<![엘일])지다(?=[.!?]|\s*$)|관측|주목된다|관심이\s*쏠|전망이\s*나온다|가능성|"
                        + _GUESSED_WHO +
                        r"|것이라는\s(?:기대|우려|예상)"  # (… 선정할 것이라는 기대감이 반영됐다: what is hoped, no event)
                        # (A는 고배를 마실 것으로 보인다: an outcome guessed for one before it is told, no event)
                        r"|(?:탈락할|고배를\s*마실|떨어질|밀려날|선정될|뽑힐|낙점될)\s*(?:것으로|듯)\s*(?:보인다|보여|관측)"
                        r"|" + _DID_NOT_HAPPEN + r"\s"  # ... 없었다면 불가능했을 일이다: what did not happen
                        r"|(?:의견|전망|관측|평가)이\s*(?:갈리|갈렸|엇갈|분분)"  # 재도전을 두고 의견이 갈렸다: a debate, no decision yet
                        # (A와 B가 유리하다는 평가가 나온다: what is said of them, an opinion, no event)
                        r"|다는\s*(?:평가|분석|목소리|지적|얘기|말)(?:가|이|도)\s*(?:나오|나왔|나온|많|우세하)[가-힣]*")
# Who is said to have nothing to do with the event just told (A는 이 평가와 무관하다) takes no part in it;
# the adverbs (점수와 무관하게, 결과와 상관없이) say no such thing.
_UNRELATED: Final = r"무관(?:하다|한|했|합)|(?:관계|상관|관련)(?:이|가)?\s*없(?:다|는|었|습|음)"
# A heading of a news brief (▶KT "재도전 안 한다"): it opens the next item, it goes on with nothing.
# A section's title: a mark and a few words with no particle of a subject, no end, no facet (■ 다음 주 일정).
# (남은: no subject; a dash between words sets a date's entry apart from what happened then: ■ 2017년 — 서울에서 창업)
_SECTION_TITLE: Final = re.compile(r"\s*[■□◆◇●▶▷]\s*(?:(?![^\s.!?:：]*[는가]\s)(?![-—–―]+\s)[^\s.!?:：]+\s*){1,4}$")
# (also a TV script's tag of who speaks next, which names them for the words after it: [인터뷰: 김성훈 / 업스테이지 대표])
_HEADING: Final = re.compile(r"\s*[▶▷◆◇■□●○★☆📌📍🔹🔸✅💡📢](?!.*[.!?][\"'”’]*$)|\s*" + sentences_mod.SPEAKER_TAG + r"\s*$")
# A judgement, a demand or a mood is no event (곱씹을 만하다, 공개해야 한다, 담겨야 한다, 필요가 있다, ... 것은 다행이다,
# 사장되기엔 아깝다, 받아들이는 분위기다).
_OPINION: Final = (r"(?:만하다|만한\s*일이다|" + _DEMAND + r"|필요가\s*있다|바람직하다"
                    r"|[가-힣]\s+셈(?:이다|입니다)"  # (B 행사는 C보다 이틀 앞선 셈이다: a reckoning of what was told, no event)
                    # (A가 공모에 나서지 않은 것도 같은 맥락으로 본다: a reading of what was told, no event)
                    r"|(?:맥락|연장선)(?:으로|에서|상에서)?\s*(?:본다|봤다|보고\s*있다|해석한다|해석했다|읽힌다)"
                    r"|것은\s*(?:다행|아쉬운\s*일|유감)이다|(?:다행스럽|아쉽|안타깝|씁쓸하|아깝)다"
                    r"|것은\s*(?:이번이\s*)?처음(?:이다|입니다)"  # (… 함께 나서는 것은 처음이다: a remark on what was told)
                    r"|(?:사례|경우)(?:는|은)\s+(?:[^\s.,]+\s+)?[^\s.,]+[이가]\s*처음(?:이다|입니다)"  # (… 사례는 A가 처음이다)
                    # (가장 앞선 곳은 A다: a standing judged, which the paragraph it opens goes on to tell)
                    r"|가장\s+[^\s.,]+\s+(?:곳|팀|기업|회사|주자)(?:은|는)\s+(?:[^\s.,]+\s+){0,2}?[^\s.,]+(?:이다|다|입니다)"
                    r"|[는은]\s*분위기(?:다|이다)"  # (… 이변으로 받아들이는 분위기다: a mood, no event)
                    r"|(?:것이|게)\s*원칙(?:이다|입니다|이에요)"  # (… 공개하지 않는 것이 원칙입니다: a rule, no event)
                    # (… 결정을 두고는 업계의 평가가 갈린다, 반응이 엇갈렸다: views divided, no event; so are the ways of teams
                    # gone apart, 탈락한 팀들의 행보도 엇갈린다, the paragraphs after it telling each; not of those it names,
                    # 탈락한 A와 B의 행보는 엇갈렸다, whose cut its clause tells)
                    r"|(?:(?:팀|기업|회사|곳|컨소시엄)(?:들)?의\s+(?:행보|전략|셈법|표정|움직임|선택|전망)|평가|반응|의견|시각|해석|평)(?:은|는|이|가|도)\s+(?:[^\s.,]+\s+)?(?:엇)?갈(?:린다|렸다|리고\s*있다|리는\s*모습이다)"
                    r"|(?:평가|반응|의견|시각|해석)(?:은|는|이|가|도)\s+분분하(?:다|였다|했다)"
                    # (가장 앞서 있다는 평가를 받는다, … 라는 평이 나온다: a reputation, what is said of one, no event)
                    r"|(?:다는|라는|란)\s*(?:평가|평|호평|혹평|얘기|말)(?:을|를|이|가)?\s*(?:받|듣|얻|나오|나온|많)[가-힣]*)[.!?\"'”’]*$")
# A sentence that is any of these goes on with no event told before it: one search for them all. A
# photo caption tells the moment it shows in the progressive (발표하고 있다): no state there.
# What the measure just told follows (A가 ... 요청한 데 따른 조치다, ... 방침에 따른 것이다): what A did came
# before, on no day the sentence tells, and A is not who acts next.
_BECAUSE_OF_IT: Final = r"\s*(?:때문|탓)(?:이(?:었|라)?(?=[다고며])|입니다)"  # (a cause told as the predicate: … 때문이었다, 탓이라며)
_CAUSE_TOLD: Final = (r"(?:따른\s*(?:조치|것|결정)(?:이다|다)"
                      # (... 가져다 쓴 것이 문제가 됐다, ... 점이 발목을 잡았다: why the event just told went so)
                      r"|(?:것|점)이\s*(?:[^\s.]+\s+){0,3}?(?:문제가\s*됐|문제였|화근이\s*됐|화근이었|발목을\s*잡았|원인이\s*됐|원인이었|이유였|결정적이었)다"
                      # (B의 검증이 예상보다 길어진 탓이다, … 늦어졌기 때문이다: why, told as the predicate)
                      r"|" + syllables_with_final(4) + _BECAUSE_OF_IT + "다?"
                      r")[.!?\"'”’]*$")
# One set against what was just told (B는 사정이 다르다, 분위기는 딴판이었다) goes on with none of it.
_CONTRASTED: Final = r"(?:다르|달랐|딴판이|딴판이었|대조적이|대조적이었|정반대|정반대였)다[.!?\"'”’]*$"
# What has not happened yet (A는 아직 공식 입장을 내지 않았다) goes on with no event told before it.
_NOT_YET: Final = r"아직\s[^.!?]{0,40}?(?:지\s*않았|지\s*못했|지\s*않고\s*있)"
# What was so before the story's time (불참 의사를 밝힌 터였다, 처음부터 ... 선을 그었다, 일찌감치 ...) goes on with
# no event told before it either.
_EARLIER: Final = (r"터(?:였|이었)다[.!?\"'”’]*$|(?:초기|처음|애초|진작)부터\s|일찌감치\s"
                   # (… 15곳이 몰렸다. 1년이 지난 지금 남은 곳은 네 팀이다: told of now, not of the day before)
                   r"|(?:년|해|달|개월|주|주일)(?:이|가)?\s*(?:지난|흐른)\s+(?:지금|현재)")
# Who kept out of what was just told, or was left out (NC AI는 신청하지 않았다, 출사표를 내지 않았다,
# 초청받지 못했다, 불참했다), takes no part in it.
_ABSENT_VERBS: Final = r"(?:참석|참가|출석)하지|(?:초청|초대)(?:받지|되지)"  # (absent from a day: 참석하지 못했다, 출석하지 않았다)


def _left_out(verbs: str) -> str:
    """The pattern of a sentence that ends saying one of the verbs was not done, or will not be (… 않았다, … 못했다,
    불참했다; … 않는다, 불참할 예정이다)."""
    return (rf"(?:(?:(?:{verbs})\s*(?:않았|못했)(?:었)?|불참했)(?:다|습니다|을\s*뿐(?:이다|입니다))"
            rf"|(?:(?:{verbs})\s*않|불참)(?:는다|습니다|한다|할\s*(?:예정|계획|방침)이다))[.!?\"'”’]*$")


_KEPT_OUT_VERBS: Final = (_ABSENT_VERBS + r"|(?:신청|지원|참여|응모|도전|재도전|재지원|응|출전)하지|나서지|뛰어들지"
                          r"|(?:신청서|지원서|출사표|도전장)\S{0,2}\s+(?:\S+\s+)?내지")
# (… 이름을 올리지 않았다: did not put its name down; but 명단에 이름을 올리지 못했다 is a result, a cut)
_KEPT_OUT: Final = _left_out(_KEPT_OUT_VERBS) + r"|이름을\s*(?:올리지|넣지)\s*않(?:았|는다|습니다|았습니다)[^.!?]{0,4}[.!?\"'”’]*$"
# Who is still weighing a step (B는 지원을 검토하고 있는 것으로 전해졌다, 재도전을 고심 중이다) has not taken it.
_STILL_WEIGHING: Final = (r"(?:검토|저울질|고심|고민)(?:하고\s*있|\s*중이|\s*중인\s*것으로\s*(?:알려졌|전해졌))"
                          r"(?:는\s*것으로\s*(?:알려졌|전해졌))?(?:다|습니다)[.!?\"'”’]*$")
# What was not made known or not set (A는 별도 일정을 공개하지 않았다, 새 공개 시점은 정하지 않았다) is no event of the day told.
_NOT_DISCLOSED: Final = (r"(?:공개하지|밝히지|알리지|언급하지|정하지|내놓지|(?:입장|입장문|논평|의견)(?:을|를|은|는|도)?\s*(?:따로\s*)?내지)"
                         r"\s*않(?:았|는다|았습니다|습니다)[^.!?]{0,4}[.!?\"'”’]*$")  # (… 별도 입장을 내지 않았다)
# (… 20일 모델을 고쳐 다시 냈다. 반면 B는 … 그대로 유지하기로 했다: what goes on as it was is no event of the day told)
_NO_EVENT_OF_ITS_OWN: Final = (_SPECULATION, _UNRELATED, _OPINION, _CONTRASTED, _CAUSE_TOLD, _NOT_YET, _EARLIER, _KEPT_OUT, _KEPT_GOING_TOLD,
                               _STILL_WEIGHING, _NOT_DISCLOSED)
# Kept out of a dated event, or decided so (A는 23일 공고되는 공모에 지원하지 않기로 했다, 않는 쪽으로 가닥을 잡았다);
# deciding so is an event of its own when told with no date, as a position stated that day (참여하지 않겠다고 밝혔다).
_NOT_DONE: Final = rf"(?:{_KEPT_OUT_VERBS})\s*않"  # (신청하지 않, 참여하지 않)
_STAYED_OUT: Final = re.compile(_KEPT_OUT + "|" + _NOT_DONE + r"(?:기로|는\s*(?:쪽|방향)으로|을\s*(?:방침|계획|생각)|겠다)[^.!?]*[.!?\"'”’]*$")
# ... or a part declined, before what was done instead (제안을 받았으나 고사했다. 대신 …)
_REFUSED: Final = re.compile(_STAYED_OUT.pattern + r"|(?:고사|거절|거부|사양|포기)(?:했|하였|한다)")
_INSTEAD_OPENINGS: Final = ("대신 ", "대신에 ", "그 대신 ", "그 대신에 ")
_NOT_DONE_TOLD: Final = re.compile(_NOT_DONE + r"(?:기로|겠다고|는다고|았다고|다고)")
_LATER_WORDS: Final = ("이후", "뒤", "후", "다음", "나중", "거쳐", "거친", "끝에")  # (… 심사를 거친 뒤 A가 뽑혔다: some time after the step told)
_NOT_JOINING_MARKS: Final = ("않", "할지")  # (a quick test before _NOT_JOINING)
_OWNER_KEPT_OUT_OF: Final = re.compile(r"의\s+(?:[^\s.,]+\s+){0,5}?[^\s.,]*(?:공모|사업|평가|프로젝트|모집)(?:에는|에도|에)\s+"
                                       r"(?:[^\s.,]+\s+){0,2}?" + _NOT_DONE)
_NOT_JOINING: Final = re.compile(_NOT_DONE + r"|(?:참여|참가|지원|신청|응모|도전|재도전)할지")  # (..., 참여할지를 정한다)
_CONTRAST_AFTER_CALL: Final = re.compile(r"(?:지만|으나|는데),?\s+")  # (a call told, then who stayed out of it)
_STAYED_OUT_MARKS: Final = ("않", "못", "불참")  # (a quick test before _ABSENT)
_ABSENT: Final = re.compile(_left_out(_ABSENT_VERBS))
# What went on in the time between (A는 그사이에도 개발을 멈추지 않았다) is no event of the day told last.
# (with a particle, or opening the sentence: 그간 공들여 개발한 모델 is how it was made, not when)
# Words told at some time before, none given (… 줄일 수 있다고 예고한 바 있다): a telling of its own, not of the day just told.
_TOLD_BEFORE_AT_NO_DAY: Final = re.compile(r"[다라]고\s+(?:[^\s.,]+\s+){0,2}?[^\s.,]*" + DONE_BEFORE.pattern)
_MEANWHILE: Final = re.compile(r"(?<![가-힣])그\s*(?:사이|동안|간|새)(?:에도|에는|에|도)[\s,]|^\s*그\s*(?:사이|동안|간|새)[\s,]")
_CAUSE: Final = re.compile(_CAUSE_TOLD)
_CAUSE_WORDS: Final = ("따른", "것이", "점이")  # (a quick test before _CAUSE)
# A subject of a clause of what set off the rest (과기부가 공모를 내자 15개 컨소시엄이 몰렸다): not the sentence's, whose
# dropped subject the next sentence would take.
_SET_OFF_WORD_PATTERN: Final = r"[^\s.,]*(?:하|되|내|나오|히|열리|끝나|마치|받|열|알리|나서|오르|닫|떨어지|알려지|전해지|떠나|빠지|물러나|나가|밀리)자"
_SET_OFF_VERB: Final = _SET_OFF_WORD_PATTERN + r"[\s,]"
_SET_OFF_WORD: Final = re.compile(_SET_OFF_WORD_PATTERN)
# A clause of what came before the main one ends (… 탈락한 뒤, 발표된 직후, 탈락하자).
_CAME_BEFORE_END: Final = re.compile(r"[^.,]*?(?:[가-힣](?:한|된|난|린|진|운|은|던)\s+(?:뒤|후|다음|직후|이후)(?:에)?|"
                                     + _SET_OFF_WORD_PATTERN + r")[\s,]")
_SET_OFF_CLAUSE: Final = re.compile(_SET_OFF_WORD_PATTERN + r"(?:마자)?(?:,\s*|\s+)")  # (공모가 열리자, 나오자마자)
_WHEN_IT_DID: Final = re.compile(r"[이가은는]?\s+(?:[^\s.,]+\s+){0,5}?" + _SET_OFF_VERB)
# ... or what went on as a thing changed, itself the subject of what comes next (A가 … 발표한 결과에서 B가 통과하면서
# 물량이 늘었다: neither A nor B is the sentence's; but A가 통과하면서 모델을 공개했다, with no subject after it, is A's)
_AS_IT_DID: Final = re.compile(r"[이가]\s+(?:[^\s.,]+\s+){0,10}?[^\s.,]*[^\s.,서](?:면서|면서도),?\s+(?:[^\s.,]+\s+)?[가-힣]+(?<![에의])[이가]\s")
_SET_OFF: Final = re.compile(_SET_OFF_VERB)
_MEMBER_OF_TOLD: Final = re.compile(r"\s*컨소시엄의\s+(?:[^\s.,]+\s+)?(?:참여사|참여\s*기업|일원|구성원|회원사)(?:이)?(?:다|입니다)[.]?$")
_JOINED_CLAUSE_ENDS: Final = ("며", "고", "며,", "고,")  # (a clause joined to the next, its subject shared)
_RECIPIENT_CASES: Final = ("에는 ", "에게는 ", "에 ", "에게 ", "에도 ", "에게도 ")  # (두 팀에는: a recipient, apart from the subject)
_TOPIC_ENDINGS: Final = ("은 ", "는 ")  # (A는 7일 …: a topic right before a date)
OWN_BOX_REACH: Final = 3  # sentences before a box's heading that may tell the event it schedules
LEAD_DAY_REACH: Final = 2  # days before publication a lead's day may lie
# A verb modifying what follows (협약을 맺는 | 두 팀; 협약을 맺을 | 두 팀, after its object, not an object itself)
_ADNOMINAL_BEFORE: Final = re.compile(r"[가-힣](?:는|할|될|한|된|던)\s$|[을를]\s+[가-힣]+을\s$")
ADNOMINAL_REACH: Final = 12  # characters before a count of teams where the verb modifying it may stand
# ... and of a clause of the time when (A가 떨어질 때도 업계는 물었다, A가 뽑혔을 때만 해도): the sentence's subject is after it.
_AT_THE_TIME_IT_DID: Final = re.compile(r"[이가]\s+(?:[^\s.,]+\s+){0,5}?[^\s.,]+\s+때(?:도|에도|에는|는|에|만\s*해도)?[\s,]")
_LETTER_HEADER: Final = re.compile(r"\s*(?:(?P<from>보낸\s*사람|발신(?:인|자|처)?|보내는\s*사람)|(?P<to>받는\s*사람|수신(?:인|자|처)?))\s*[:：]")
# After a body's name: its own paper or site (KAIST 뉴스, 국회입법예고, 과기정통부 보도자료)
_HOUSE_MEDIA: Final = re.compile(r"(?:신문|학보|블로그|뉴스레터|웹진|소식지|뉴스룸|(?<=\s)뉴스|입법예고|보도자료|누리집|홈페이지)$")
# What is supplied reaching its buyer (물량은 … 들어가고, 나머지는 … 납품된다), after a deal to supply it.
_DELIVERED: Final = re.compile(r"(?:납품|공급|인도|배송|출하|입고|들어가|들어간|들어온|들어올)")
_SELLER_HANDS_OVER: Final = re.compile(r"(?:납품|공급|인도|배송|출하)")  # (of _DELIVERED, the words of a seller's handing over)
# Words that fault, quoted, and the verb of faulting after them ("…"고 지적했다, "…"라며 꼬집었다).
_CRITICISM_OF_QUOTED: Final = re.compile(r"[\"“]([^\"“”]{2,300})[\"”]\s*(?:이?라?고|이?라며|며)\s+(?:\S+\s+){0,2}?"
                                         r"(?:지적했|지적한|비판했|꼬집었|질타했|따졌|비꼬았|쓴소리를\s*했)")
# A deed told done, then faulted by the one telling it (… 늦게 받았다고 지적했다).
_FAULTED_DONE: Final = re.compile(r"\S*(?:었|았|였|했|됐|웠|켰)다고\s+(?:\S+\s+){0,2}?(?:지적|비판|꼬집|질타|따졌|비꼬)")
_CRITICISM_WORDS: Final = ("지적", "비판", "꼬집", "질타", "따졌", "비꼬", "쓴소리")  # (a quick test before _CRITICISM_OF_QUOTED)
_SUPPLY_DEAL: Final = re.compile(r"(?:공급|납품|구매|판매)\s*계약")
_LOT_TOPIC: Final = re.compile(r"\s*(?:(?:\d+|첫|마지막)\s*차분|잔여분|잔량)(?:\s+[\d,.]+\s*(?:만|천)?\s*[가-힣]{1,2})?(?:은|는|이|가)\s")
_FIRST_LOT_TOPIC: Final = re.compile(r"\s*(?:첫|초도|1차|첫\s*번째)\s*(?:물량|출하분|납품분|양산품|제품)(?:은|이)\s")
_DEAL_WITH: Final = re.compile(r"(?:과|와)의\s+(?:\S+\s+){0,2}?(?:협약|계약|업무협약|MOU)")  # (A와의 협약: one side of it named)
# A sentence that tells only when the one before it was (… 모티프가 네 번째 정예팀이 된 직후다): its subject is of
# a clause under a time word, not the one the story goes on about. (Searched in the sentence's last characters.)
_WHEN_AS_PREDICATE: Final = re.compile("(?:" + syllables_with_final(4) + r"|던)\s+(?:직후|직전|뒤|후|이후|무렵|즈음|때|시점)"
                                       + _COPULA_END + "$")
WHEN_AS_PREDICATE_TAIL: Final = 16  # characters at a sentence's end the time word and its copula fit in
# News that set off what follows it (… 결과가 나오자 A 대표는 …)
_EVENT_SET_OFF: Final = re.compile(r"(?:결과|소식|발표|명단)(?:가|이)\s+(?:[^\s.,]+\s+)?" + _SET_OFF_WORD_PATTERN + "$")
_CALL_CLOSED_SET_OFF: Final = re.compile(r"(?:접수|공모|모집|신청)(?:를|을)?\s+(?:마감하|닫|끝내|마치)자(?=$|[\s,])")
_GOES_ON_WITH_NOTHING: Final = start_finder("|".join((_STATIVE, *_NO_EVENT_OF_ITS_OWN)))
_CAPTION_GOES_ON_WITH_NOTHING: Final = start_finder("|".join(_NO_EVENT_OF_ITS_OWN))


@cache
def triggers() -> tuple[tuple[str, re.Pattern[str]], ...]:
    rows = []
    for number, line in enumerate((DATA / "triggers.tsv").read_text(encoding="utf-8").splitlines(), start=1):
        if not line.strip() or line.startswith("#"):
            continue
        kind, _, pattern = line.partition("\t")
        if not pattern:
            raise ValueError(f"triggers.tsv:{number}: expected 'event_type<TAB>regex'")
        try:
            rows.append((kind, re.compile(pattern)))
        except re.error as exc:
            raise ValueError(f"triggers.tsv:{number}: bad pattern: {exc}") from exc
    return tuple(rows)


@cache
def _trigger_rules() -> tuple[RuleSet, list[str]]:
    """All triggers as one rule set; a rule's index is its row's place in the file."""
    rows = triggers()
    return RuleSet([p.pattern for _, p in rows]), [kind for kind, _ in rows]


def event_type(text: str) -> str:
    """The type of the first trigger row (in file order) found anywhere in the text, but in the words of another event
    that only frame the sentence's (see _NOT_THE_EVENT)."""
    rules, kinds = _trigger_rules()
    for marks, framing in _NOT_THE_EVENT:
        if holds_any(text, marks):
            text = framing.sub(lambda words: " " * len(words.group()), text)
    best = rules.lowest(text)
    return kinds[best] if best is not None else "other"


# An event ahead that only sets a time (2차 평가를 앞둔 올해 봄에는 …: the spring's, not the evaluation's).
_AHEAD_OF_A_TIME: Final = re.compile(r"(?:[^\s.,]+\s+){0,2}?[^\s.,]+(?:을|를)\s+(?:[^\s.,]+\s+)?앞둔\s+(?=(?:올해|지난해|내년|올|지난|이번|오는|\d+월|\d+일)|[봄여름가을겨울]{1,2}(?:에|에는|철)?\s)")
# An event told as what a thing is done regardless of (1차 평가 탈락과 관계없이 투자를 이어간다, 탈락에도 불구하고): not the event.
_REGARDLESS_MARKS: Final = ("관계없이", "상관없이", "무관하게", "불구하고")
_REGARDLESS_OF: Final = re.compile(r"(?:[^\s.,]*[^\s.,을를은는의에도]\s+){0,4}(?:[^\s.,]+(?:과|와)\s*(?:관계없이|상관없이|무관하게)"
                                   r"|[^\s.,]+에도\s*불구하고)")
# The teams cut told as those a call is still open to (탈락 팀에도 문을 열어둔다, 떨어진 팀도 다시 신청할 수 있다, 떨어진 두
# 팀에도 지원 자격을 준다): not the cut.
_OPEN_TO_CUT_MARKS: Final = ("문을", "수 있", "기회", "자격")
_OPEN_TO_CUT: Final = re.compile(r"(?:[^\s.,]+(?:에서|에)\s+)?(?:탈락|떨어)[^\s.,]*\s+(?:(?:\d+\s*개|두|세|네|다섯)\s*)?"
                                 r"(?:팀|곳|기업|컨소시엄)(?:들)?(?:에도|도|에게도|까지)"
                                 r"(?=\s+(?:[^\s.,]+\s+){0,3}?(?:문을\s*열|[^\s.,]+[할을]\s*수\s*있|기회|(?:[^\s.,]+\s*)?자격))")
# An outcome told as this time's, right before names (이번에 떨어진 A와 B가, 이번에 뽑힌 C는).
_CUT_ADNOMINALS: Final = ("떨어진", "탈락한", "고배를 마신", "밀려난")
_THIS_TIMES_OUTCOME: Final = re.compile(r"이번(?:에)?\s+(" + "|".join(word.replace(" ", r"\s")
                                                             for word in (*_CUT_ADNOMINALS, "뽑힌", "선정된", "통과한")) + r")\s+")
# Those a call is opened to, after their count (두 회사에도 문을 열어 둔다, 두 팀에도 재도전 기회를 준다): no party to it.
_OPENED_TO_AFTER: Final = re.compile(r"(?:에도|에게도)\s+(?:다시\s+)?(?:문을\s*열|(?:[^\s.,]+\s*)?(?:기회|자격)(?:을|를)\s*(?:주|준|줬|부여))")
_COUNTED_SINCE: Final = re.compile(r"(?:[^\s.,]+(?:을|를|에서|에)\s+){0,2}[^\s.,]+\s+지\s+(?:[^\s.,]+\s+){0,2}?[^\s.,]*만에\s")


def _topic_of(kind: str) -> str:
    """The topic an event type is of, for whether a question asks about an event told: results are one with the
    outcomes they tell."""
    return "results" if kind in _RESULT_TYPES else kind


def _word_type(word: str) -> str:
    """event_type of one word: subject words recur across articles, so each is asked once."""
    if word in _WORD_TYPES:
        return _WORD_TYPES[word]
    return remember(_WORD_TYPES, word, event_type(word))


_WORD_TYPES: dict[str, str] = {}


def extract(article: Article, registry: actors_mod.Registry | None = None) -> list[Mention]:
    """Every event mention in an article, in text order."""
    if article.error or not article.body or article.published_at is None:
        return []
    registry = registry or actors_mod.default_registry()
    reader = _ArticleReader(article, registry)
    pieces = sentences_mod.split(article.body)
    if "…" in article.body:
        pieces = _subtitle_apart(pieces, article.body, registry)
    _head_the_story_company(article.body, pieces, reader.organizations, reader.people, registry)
    reader.sentences = pieces
    reader.story_subject = _opening_subject(article.body, pieces, reader.organizations)
    for index, sentence in enumerate(pieces):
        reader.read(index, sentence)
    reader.finish()
    reader.mentions = _passed_since_told_at_its_day(article, _counted_back_told_again(reader.mentions))
    _held_as_before(article.body, reader.mentions)
    reader.mentions = _outcome_clauses_apart(article.body, reader.mentions, reader.organizations)
    reader.mentions = _outcome_names_apart(article.body, reader.mentions, reader.organizations, registry)
    units = registry.elite_unit
    for mention in reader.mentions:
        parents = [name for name in mention.actors if name in units]
        if (parents and (mention.event_type in OUTCOME_TYPES
                         or any(registry.role(name) == "elite" for name in mention.actors)
                         and not any(units[name] in mention.actors for name in parents))  # (not A와 그 모회사 B)
                and not holds_any(mention.sentence, _PERSONNEL_WORDS)
                # (B도 A의 탈락 소식에 약세를 보였다: a share's move is the listed parent's own, its unit named apart)
                and not (set(units[name] for name in parents) & set(mention.actors)
                         and (_SHARE_MOVE.search(mention.sentence) or _MARKET_SESSION.search(mention.sentence)))):
            # a team's result told of its parent (네이버·NC는 탈락) is its elite unit's, and so is a part the parent takes
            # with other teams (발표는 LG, 네이버, SKT, NC 순이었다) (not the parent's choice of a unit's head: 엔씨소프트는
            # 이사회를 열어 후임을 내정했다)
            mention.actors = list(dict.fromkeys(units.get(name, name) for name in mention.actors))
    return reader.mentions


# Words of a body's choice of a head (후임을 내정했다, 이사회에서 선임했다): no program outcome.
_PERSONNEL_WORDS: Final = ("이사회", "후임", "내정", "선임", "임명")
# A date, then the same occasion as one the story tells (지난해 같은 박람회에는, 작년 같은 조사에서): the noun it names
_SAME_TIMES: Final = ("기간", "날", "달", "시기", "때", "시각", "시간", "무렵")  # (같은 날, 같은 시기에: a time, told as one)
# The same thing as one the story told, early in a sentence (한편 같은 순위에서, B도 같은 행사에서): where it is told.
_SAME_THING_AT: Final = re.compile(r"(?<![^\s])같은\s+([가-힣]{2,})(?:에서는|에서|에는|에도|에)\s")
SAME_THING_REACH: Final = 30  # characters from a sentence's start where it may stand
_SAME_OCCASION: Final = re.compile(rf"\s*같은\s*([가-힣]*(?:{GATHERINGS}|조사|공모))(?![가-힣]*(?:{'|'.join(_SAME_TIMES)}))")


def _we_listed(body: str, organizations: list[ActorMention], own: str, registry: actors_mod.Registry) -> list[ActorMention]:
    """We listed before a name (신청서를 낸 곳은 저희와 B 두 곳이었습니다): the writer's own body, as a mention of its own."""
    starts = {o.start for o in organizations}
    ours = [ActorMention(we.start(), we.start() + len(we.group(1)), we.group(1), own, registry.kind(own), "reference")
            for we in _WE_WITH.finditer(body) if we.end() in starts]
    return sorted([*organizations, *ours], key=lambda o: o.start) if ours else organizations


_WE_WITH: Final = re.compile(r"(?<![가-힣])(저희|우리)와\s+")


def _aliases_joined(body: str, organizations: list[ActorMention]) -> list[ActorMention]:
    """A name with its alias in brackets (정보통신산업진흥원(NIPA)은) is one mention, up to the bracket's end, so that
    the particle after it is the name's (the subject, not a name the clause holds)."""
    joined: list[ActorMention] = []
    for org in organizations:
        if (joined and org.canonical == (named := joined[-1]).canonical and body[named.end:org.start] == "("
                and body.startswith(")", org.end)):
            joined[-1] = ActorMention(named.start, org.end + 1, named.text, named.canonical, named.kind, named.source)
        else:
            joined.append(org)
    return joined


def _selves_with(body: str, organizations: list[ActorMention]) -> list[ActorMention]:
    """A province or a city speaking of itself as one of a pair before a name (도와 B는 협약을 체결했다): the one of
    its kind named last, as a mention of its own."""
    starts = {o.start for o in organizations}
    selves = []
    for match in _SELF_WITH.finditer(body):
        if match.end() in starts and (match.start() == 0 or not "가" <= body[match.start() - 1] <= "힣"):
            kind = _SELF_KINDS[match.group(1)]
            own = [o for o in organizations if o.kind == kind and o.end <= match.start()][-1:]
            selves += [ActorMention(match.start(), match.start() + 1, match.group(1), o.canonical, o.kind, "reference") for o in own]
    return sorted([*organizations, *selves], key=lambda o: o.start) if selves else organizations


def _bodies_shortened(body: str, organizations: list[ActorMention]) -> list[ActorMention]:
    """A committee's kind said alone for it (… 위원회에 낸 답변서는 12일 위원회에 제출됐다): the last one named before
    whose name ends in that word, as a mention of its own."""
    starts = {o.start for o in organizations}
    shortened = []
    for match in _BODY_WORD.finditer(body):
        if match.start() in starts or match.start() and "가" <= body[match.start() - 1] <= "힣":
            continue  # (국가AI전략위원회: a name of its own, not the word alone)
        named = [o for o in organizations if o.end <= match.start() and o.kind == "committee"
                 and o.canonical.endswith(match.group(1))][-1:]
        shortened += [ActorMention(match.start(), match.end(1), match.group(1), o.canonical, o.kind, "reference") for o in named]
    return sorted([*organizations, *shortened], key=lambda o: o.start) if shortened else organizations


def _same_body_again(body: str, organizations: list[ActorMention]) -> list[ActorMention]:
    """A body pointed back at by its kind as another's partner or object (지난해 8월에도 같은 연구원과 계약을 맺었다,
    해당 기업에 넘겼다): the last one of that kind named before the sentence, as a mention of its own."""
    again = []
    for match in _SAME_BODY.finditer(body):
        sentence_start = max(body.rfind(". ", 0, match.start()), body.rfind("\n", 0, match.start())) + 1
        kinds = _SAME_BODY_KINDS[match.group(2)]
        named = [o for o in organizations if o.end <= sentence_start and o.kind in kinds][-1:]
        again += [ActorMention(match.start(), match.end(2), match.group(0), o.canonical, o.kind, "reference") for o in named]
    return sorted([*organizations, *again], key=lambda o: o.start) if again else organizations


# Kinds of body by the word that points back at one of them (같은 연구원, 해당 기업).
_SAME_BODY_KINDS: Final = {"연구원": ("institute",), "연구소": ("institute",), "회사": ("company",), "기업": ("company",),
                           "업체": ("company",), "대학": ("university",), "부처": ("ministry",), "기관": ("agency", "institute")}
# (not as a source, 해당 기업에 따르면, which the subject it stands for is read as)
_SAME_BODY: Final = re.compile(r"(?<![가-힣])(같은|해당)\s(" + "|".join(_SAME_BODY_KINDS) +
                               r")(?!에\s*따르면)(?=(?:와|과|와의|과의|에|에게|을|를|의|으로부터|로부터)[\s,.])")

_BODY_WORDS: Final = ("위원회",)  # (an agency's short name as a subject is read where its clause is: see _dated's pointed_by_name)
_BODY_WORD: Final = re.compile("(" + "|".join(_BODY_WORDS) + r")(?=(?:은|는|이|가|을|를|에|에서|의|도|와|과)?[\s,.])")


def _held_as_before(body: str, mentions: list[Mention]) -> None:
    """An earlier time of the occasion the story tells, with no one named (… 박람회를 연다. 지난해 같은 박람회에는 1만2천명이
    다녀갔다): held by whoever the story first told with that occasion."""
    for mention in mentions:
        if mention.actors or "같은" not in mention.sentence or (same := _SAME_OCCASION.match(body, mention.timex_end)) is None:
            continue
        holder = next((told for told in mentions if told.actors and told.sentence_end <= mention.sentence_start
                       and same.group(1) in told.sentence), None)
        if holder is not None:
            mention.actors = list(holder.actors)


def _subtitle_apart(pieces: list[Sentence], body: str, registry: actors_mod.Registry) -> list[Sentence]:
    """The story's first sentence with a subtitle glued before it and no dateline between (…8월 2차 평가
    합류모티프테크놀로지스가 ... 차지했다): the story begins where, after the subtitle's last …, a known name
    begins glued to the word before it; the subtitle tells a summary, not events."""
    first = next((number for number, piece in enumerate(pieces) if not piece.boilerplate), None)
    if first is None:
        return pieces
    piece = pieces[first]
    ellipsis = body.rfind("…", piece.start, piece.end)
    if ellipsis < 0:
        return pieces
    begin = registry.glued_start(body, ellipsis + 1, piece.end)
    if begin is None:
        return pieces
    return [*pieces[:first], Sentence(piece.start, begin, body[piece.start:begin], "subtitle"),
            Sentence(begin, piece.end, body[begin:piece.end], None), *pieces[first + 1:]]


@dataclass
class _Referents:
    """Who the sentences read so far named, for the sentences that do not name them again: the last
    subject that named organizations (a dropped subject's referent), the last that named a single
    one (회사는), the last ministry or agency (정부는, 결과는 발표된다), and the organizations other than
    authorities of the last dated event (각 팀은). Each with the index of its sentence."""
    carried: list[str] = field(default_factory=list)
    carried_at: int = -100
    alone: list[str] = field(default_factory=list)
    alone_at: int = -100
    authority: list[str] = field(default_factory=list)
    authority_at: int = -100
    participants: list[str] = field(default_factory=list)
    participants_at: int = -100
    several: list[str] = field(default_factory=list)  # the last subject that named two or more (두 회사는)
    several_at: int = -100
    hosted_at: int = -100  # where the organizer was told as hosting in a clause of another's sentence (B가 주최한 해커톤)
    several_unnamed_at: int = -100  # ... when one of them was a body not named (우리 대학 …가 A와 손잡고: A, and one more)
    several_joint_at: int = -100  # ... when told acting together (A가 B와 손잡고, 함께)
    several_talking_at: int = -100  # ... when told in talks, no pact yet (A는 B와 … 협의를 시작했다)
    first_several_at: int = -100  # the first sentence that told several together
    told_before: list[tuple[int, list[str]]] = field(default_factory=list)  # the last few participants
    selected: list[str] = field(default_factory=list)  # the teams of the last selection told (선정된 두 팀은)
    standing: list[str] = field(default_factory=list)  # the teams still in the running, as told so far (네 팀은)
    cut: set[str] = field(default_factory=set)  # the teams told eliminated so far
    cut_on: dict[str, str] = field(default_factory=dict)  # ... and the date each was first told cut at
    last_cut: list[str] = field(default_factory=list)  # the teams of the last elimination told
    counted: dict[int, tuple[int, list[str]]] = field(default_factory=dict)  # names told with their number (A, B, C, D 4개 팀), and where
    cited_at: int = -100  # the last sentence whose subject was only a source cited (관세청 통계에 따르면 ...)
    organizer_at: int = -100  # the last sentence whose subject opened what it told (A가 연 챌린지 접수가 ...)
    organizer: list[str] = field(default_factory=list)  # ... and who that subject was
    holder_at: int = -100  # the first sentence that tells as news a gathering its subject holds (A가 4일 데모데이를 연다)
    holder: list[str] = field(default_factory=list)  # ... and who that subject was
    government: list[str] = field(default_factory=list)  # who 정부 was, the last time it was a subject
    government_at: int = -100
    carried_as_team: bool = False  # whether the carried subject was told as its consortium or team (A 컨소시엄은)
    company: list[str] = field(default_factory=list)  # the last one subject told as itself, not as its team (회사는)
    company_at: int = -100
    abroad: list[str] = field(default_factory=list)  # a company told with its country as the subject since (일본 소프트뱅크가)
    abroad_at: int = -100
    announcer: list[str] = field(default_factory=list)  # the authority told last making results known (A가 결과를 발표했다)

    def named(self, index: int, subject: list[str], registry: actors_mod.Registry) -> None:
        self.carried, self.carried_at, self.carried_as_team = subject, index, False
        if len(subject) == 1:
            self.alone, self.alone_at = subject, index
        else:
            self.several, self.several_at = subject, index
        named_authority = [n for n in subject if registry.kind(n) in CALL_OWNER_KINDS]
        if named_authority:
            self.authority, self.authority_at = named_authority, index

    def still_carried(self, index: int, names: list[str]) -> None:
        """The subject carried into this sentence still runs on when `names`, who act in it, share one of it."""
        if index - self.carried_at <= 1 and set(self.carried) & set(names):
            self.carried_at = index

    def speaker(self, index: int) -> list[str]:
        return self.authority if index - self.authority_at <= AUTHORITY_REACH else []

    def passed_line(self, index: int) -> None:
        """A line that is no sentence of the story (a box's heading or label: □ 행사 개요, ○ 일시: …) does not count
        in how far the authority told last still speaks."""
        if 0 < index - self.authority_at <= AUTHORITY_REACH:
            self.authority_at += 1

    def told(self, index: int, mentions: list[Mention], registry: actors_mod.Registry,
             eliminated: Sequence[str] = ()) -> None:
        """The teams going on are the ones not eliminated (세 팀은 ... 2차 평가를 받는다): not those
        of an elimination, nor those a name says was eliminated (A·B 진출(C 탈락))."""
        teams = _teams_of(mentions, registry)
        going_on = [a for m in ([m for m in mentions if m.event_type != "elimination"] or mentions)
                    for a in m.actors if a in teams and a not in eliminated]
        if going_on:
            self.participants, self.participants_at = list(dict.fromkeys(going_on)), index
        selected = self.settled(mentions, teams, eliminated)
        if selected:
            self.selected = selected
        self.heard(index, mentions, registry, teams)

    def took_part(self, index: int, names: list[str], registry: actors_mod.Registry) -> None:
        """Keep the teams of an event told at no day, for 각 팀은 after it."""
        teams = [name for name in dict.fromkeys(names) if registry.kind(name) not in _NEVER_TEAMS]
        if teams:
            self.participants, self.participants_at = teams, index
            self.told_before = [*self.told_before[-5:], (index, teams)]

    def settled(self, mentions: list[Mention], teams: list[str], eliminated: Sequence[str] = ()) -> list[str]:
        """Keep who is still running after the outcomes told; the teams selected."""
        kinds = [_outcome_told(m) for m in mentions]
        if not eliminated and not any(kind in OUTCOME_TYPES for kind in kinds):
            return []  # (no outcome told: nobody's standing changes)
        selected = list(dict.fromkeys(a for m, kind in zip(mentions, kinds) if kind == "selection" for a in m.actors if a in teams))
        out = {a for m, kind in zip(mentions, kinds) if kind == "elimination" for a in m.actors} | set(eliminated)
        self.standing = list(dict.fromkeys(a for a in self.standing + selected if a not in out))
        self.cut |= out
        for m, kind in zip(mentions, kinds):
            for name in m.actors if kind == "elimination" else ():
                self.cut_on.setdefault(name, m.date_value)
        return selected

    def chosen(self, teams: list[str]) -> None:
        """Keep teams told chosen by naming them after the choice was told (… 5개 팀을 발표했다. A, B, …입니다)."""
        if teams:
            self.selected = teams
            self.standing = list(dict.fromkeys([*self.standing, *teams]))

    def cut_before(self, names: list[str], value: str) -> bool:
        """Whether any of the names was told cut at a time before `value`, and not back in the running since."""
        return any(name in self.cut_on and name not in self.standing and self.cut_on[name] < value[:len(self.cut_on[name])]
                   for name in names)

    def heard(self, index: int, mentions: list[Mention], registry: actors_mod.Registry,
              teams: list[str] | None = None) -> None:
        """Keep the teams of the last few events told, continued ones too, for 세 팀은, and the last ones cut."""
        teams = _teams_of(mentions, registry) if teams is None else teams
        if teams:
            self.told_before = [*self.told_before[-5:], (index, teams)]
        cut_now = [a for m in mentions if m.event_type == "elimination" for a in m.actors if a in teams]
        if cut_now:
            self.last_cut = list(dict.fromkeys(cut_now))

    def outcome(self, kind: str, count: int | None) -> list[str]:
        """The teams a subject said to be selected or eliminated stands for (선정된 두 팀은, 탈락한 두 팀은):
        those of the last selection told, or the last told, as many as it counts, that are none of them;
        else none."""
        if kind == "selection" and self.selected and count in (None, len(self.selected)):
            return self.selected
        if kind == "elimination" and self.last_cut and count in (None, len(self.last_cut)):
            return self.last_cut  # (B와 C는 탈락했다. ... 탈락한 두 팀에는: B and C)
        for _, names in reversed(self.told_before if kind == "elimination" and self.selected else ()):
            rest = [name for name in names if name not in self.selected]  # (A, B 통과, C 탈락 told at once: C)
            if rest and (count is None or len(rest) == count):
                return rest
        return []

    def with_one_unnamed(self, names: list[str]) -> bool:
        """Whether `names` are the several told last with a body not named among them (우리 대학 …가 A와 손잡고: A)."""
        return names == self.several and self.several_unnamed_at == self.several_at

    def told_just_before(self, index: int, count: int | None, not_teams: frozenset[str] = frozenset()) -> list[str]:
        """The teams the sentence right before told together, when they are as many as a team subject counts
        (A와 B 선정 … C와 D는 고배를 마셨다. 두 팀은 …: C and D, not the teams of the results), none of `not_teams` (A가
        파트너 B, C와 함께 무대에 올랐다. 세 팀이 …: not a team with its partners)."""
        if (count is not None and self.told_before and index - self.told_before[-1][0] == 1
                and len(self.told_before[-1][1]) == count and not not_teams.intersection(self.told_before[-1][1])):
            return self.told_before[-1][1]
        return []

    def named_just_before(self, index: int, count: int | None) -> list[str]:
        """The subjects the sentence right before named together, as many as a team subject counts, when no event
        told them (A와 B는 계획서를 다듬고 있다. 두 팀은 5일까지 낸다: A and B)."""
        return self.several if count is not None and index - self.several_at == 1 and len(self.several) == count else []

    def teams(self, index: int, count: int | None, ahead: bool = False, not_teams: frozenset[str] = frozenset()) -> list[str]:
        """The teams a team subject stands for: those of the last event told, or, for a number of
        teams (세 팀은) that event does not have, the teams the story told with that number (A, B, C, D 4개
        팀), or those of the events told before it added up (for what is `ahead`, none told cut; nor
        any of `not_teams`, a consortium's partners when the count is of 팀)."""
        if index - self.participants_at > AUTHORITY_REACH:
            # No dated event with teams lately: the teams the sentence just before told, counted
            # (지원 대상은 A, B, C다. 세 팀은 ...).
            # (A, B 진출. C 탈락. 두 팀에는 ...: the two told together a sentence earlier)
            # (이로써 정예팀은 A, B, C, D 4곳이 됐다. 네 팀은 ...: the names just told with that number)
            if count is None:
                return []
            if (count >= 3 and len(self.participants) == count and index - self.participants_at <= 2 * AUTHORITY_REACH
                    and not (ahead and self.cut.intersection(self.participants))
                    and all(told_at <= self.participants_at or set(names) <= set(self.participants) for told_at, names in self.told_before)):
                # (A와 B가, 이튿날 C가 … [a panel, a quotation with its speaker's tag] 세 팀은 …: the three of the last event,
                # none other told since, a few sentences further back)
                return self.participants
            for told_at, names in reversed(self.told_before):
                # (a count of three or more matches by chance seldom: A, ..., J가 올랐다. ... 10개 팀은 ...)
                if len(names) == count and (index - told_at <= 2 or count >= 3 and index - told_at <= AUTHORITY_REACH):
                    return names
            told_at, names = self.counted.get(count, (-100, []))
            if len(names) == count and (index - told_at <= 2 or count >= 3):
                return names  # (A, B, C 세 팀의 모델을 … [plans told at length] … 세 팀은 …: the last told with that number)
            # (… A, B, C 진출, D 탈락. [an expert's words, a plan told] 남은 세 팀은 …: those in the running)
            return self.standing if count >= 2 and len(self.standing) == count else []
        if count is None or len(self.participants) == count and not not_teams.intersection(self.participants):
            # (A, B 탈락 … 각 팀에 통보할 예정이다: for what is ahead, not those cut; but A가 파트너 B, C와 함께 무대에 올랐다.
            # 세 팀이 …: teams, not a team with its partners)
            return [a for a in self.participants if a not in self.cut] if ahead and count is None else self.participants
        for told_at, names in reversed(self.told_before):  # (A, B 진출 ... C 탈락 ... 두 팀은: the two told together)
            # (not two told long before the outcome since; nor a team told with its partners, A의 파트너 B가 떠나자 C가 …)
            if len(names) == count and index - told_at <= AUTHORITY_REACH and not not_teams.intersection(names):
                return names
        if count in self.counted:  # (A, B, C, D 4개 팀 경쟁 체제로 ... 4개 팀은: the four told with their number)
            return self.counted[count][1]
        if len(self.standing) == count:  # (다섯 팀 선정 ... 두 팀 탈락 ... 한 팀 합류. 네 팀은: those in the running)
            return self.standing
        together: list[str] = []
        for _, names in reversed(self.told_before):  # (A 1위. B와 C도 올랐다. D는 떨어졌다. 세 팀은 …한다: A, B, C)
            # (A의 발표에 파트너 B가 함께했다. C와 D는 전날 마쳤다. 세 팀에 …: A, C, D; B is of A's team)
            together = list(dict.fromkeys(together + [name for name in names if (not ahead or name not in self.cut)
                                                      and name not in not_teams]))
            if len(together) == count:
                return together
        # (최종 선정 2개 팀은: not yet known; 남은 세 팀은 after a team's elimination: not the one cut)
        rest = [a for a in self.participants if a not in self.cut]
        return rest if len(rest) == count else []


def _passing_after_cut(who: _Referents, names: list[str], timexes: list[Timex], predicate: str) -> bool:
    """Whether the names a count stands for include some told cut before the time of the step the count is told
    to pass (3월 A와 B 탈락. 4월 C 합류. 9월 2차 평가에서는 네 팀이 모두 통과했다: not the teams told so far)."""
    return (bool(names) and bool(timexes) and who.cut_before(names, timexes[0].value) and event_type(predicate) == "selection"
            and _final_direction(predicate) == "past")


def _partners_only(names: list[str], registry: actors_mod.Registry) -> bool:
    """Whether the names are all consortiums' partners, none a team (각 팀 stands for no partners)."""
    return all(registry.role(name) == "partner" for name in names)


def _government(speaker: list[str], registry: actors_mod.Registry) -> list[str]:
    """Who 정부 is: the ministry named lately, else the program's own (none when the registry has no one)."""
    return [a for a in speaker if registry.kind(a) == "ministry"] or ([registry.government] if registry.government else [])


def _outcome_told(mention: Mention) -> str:
    """The mention's event type; for the telling of an outcome (A, B를 선정했다고 4일 밝혔다), the outcome's."""
    if mention.event_type == "announcement" and (told := _ANNOUNCED_BEFORE.search(mention.sentence)) is not None:
        # (지난 27일 발표된 2차 평가에서 A, B가 티켓을 쥐었다: the outcome the results told)
        kind = event_type(mention.sentence[told.end():])
        return kind if kind in OUTCOME_TYPES else mention.event_type
    if mention.event_type == "announcement" and "팀" in mention.sentence and (
            _NAMED_AS_CHOSEN.search(mention.sentence) or _COUNTED_CHOSEN_ANNOUNCED.search(mention.sentence)):
        # (과기정통부는 A, B, C를 정예팀으로 발표했다: those named as chosen; so the teams of 5개 정예팀을 발표했다, named next)
        return "selection"
    if mention.event_type != "announcement" or "다고" not in mention.sentence:
        return mention.event_type
    telling = _TOLD_OUTCOME.search(mention.sentence)
    kind = event_type(mention.sentence[:telling.start()]) if telling is not None else "other"
    return kind if kind in OUTCOME_TYPES else mention.event_type


# (the results as a relative clause heading where the outcome was told: 발표된 2차 단계평가에서 A, B가 …, 정부가 발표한 평가 결과, A가 …)
_ANNOUNCED_BEFORE: Final = re.compile(r"(?:(?:발표|공개)(?:된|한)|나온|내놓은)\s+(?:[^\s.,]+\s+){0,5}?(?:[^\s.,]*에서\s|[^\s.,]*결과,\s)")
# After names, what they did told as setting off the rest (A가 탈락하면서 …, B가 합류했고 …): theirs, at the clause's day.
_DONE_THEN_AFTER: Final = re.compile(r"[이가은는]?\s+(?:[^\s.,]+\s+){0,2}?[^\s.,]*(?:하면서|되면서|했고|됐고|했으며|됐으며|하자|되자)[\s,]")
_DEAL_NOUN: Final = r"(?:협약|계약|MOU)(?:을|를)?\s*"
_DEAL_MADE: Final = re.compile(_DEAL_NOUN + r"(?:맺|체결)")  # (협약을 맺고, 계약 체결)
_DEAL_ACT: Final = re.compile(_DEAL_NOUN + r"(?:맺|체결|마치|마칠|마친|마무리|끝내|끝낼)")  # (… or finished: 협약을 마칠 계획이었다)
_NAMED_AS_CHOSEN: Final = re.compile(r"[을를]\s+(?:[^\s.,]+\s+)?[^\s.,]*팀(?:으로|로)\s+(?:최종\s+|공식\s+)?(?:발표|공개)(?:했|하며|하고)"
                                     # (네 번째 정예팀으로 A를 발표했다: the team named after what it was chosen as)
                                     r"|팀(?:으로|로)\s+(?:[^\s.,]+\s+){0,2}?[^\s.,]*[을를]\s+(?:최종\s+|공식\s+)?(?:발표|공개)(?:했|하며|하고)")
# Teams told as made known, counted (5개 정예팀을 발표한, 최종 2개 팀을 공개했다): those picked, told by who made them known.
_NAMED_AS_PICKED: Final = re.compile(r"(?:(?:\d+|[두세네]|다섯)\s*개?\s*)?(?:정예팀|팀|컨소시엄)(?:을|를)\s*(?:발표|공개|확정)")
_TOLD_OUTCOME: Final = re.compile(r"[았었였했됐혔]다고\s+(?:\S+\s+){0,2}?(?:밝혔|발표했|알렸|전했)")


def _outcomes_owned(body: str, found: list[Mention], orgs: list[ActorMention]) -> list[Mention]:
    """The mentions, each that tells outcomes as nouns of their owners (A의 탈락과 B·C의 3단계 진출이 결정된 22일) made one
    for each side, with the others it names (the one deciding) on both."""
    split: list[Mention] = []
    # (a noun right after the names, no 의, only in an item of one day: 1.15 A 탈락 / 2.20 B 합류 are two items)
    bare = len({m.date_value for m in found}) == 1
    for mention in found:
        sides: list[tuple[str, list[str]]] = []
        group: list[str] = []
        for org in orgs:
            if org.canonical in mention.actors and mention.sentence_start <= org.start:
                group.append(org.canonical)
                if (owned := _OUTCOME_OWNED.match(body, org.end)) is not None and (bare or body.startswith("의", org.end)):
                    sides.append((_word_type(owned.group("noun")), group))
                    group = []
        if {kind for kind, _ in sides} != OUTCOME_TYPES:
            split.append(mention)
            continue
        split += _sides_apart(mention, sides)
    return split


def _sides_apart(mention: Mention, sides: list[tuple[str, list[str]]], salt: str = "") -> list[Mention]:
    """The mention made one for each side (an outcome and its names), with the names of no side on each."""
    others = [name for name in mention.actors if not any(name in names for _, names in sides)]
    return [replace(mention, mention_id=hashlib.sha1(f"{mention.mention_id}|{salt}{part}".encode()).hexdigest()[:16],
                    event_type=kind, actors=list(dict.fromkeys([*names, *others])))
            for part, (kind, names) in enumerate(sides)]


def _outcome_clauses_apart(body: str, mentions: list[Mention], orgs: list[ActorMention]) -> list[Mention]:
    """The mentions, each that one outcome's type holds for a sentence with no day of its own whose clauses tell both,
    each of its own names (… 결과를 발표했다. A와 B가 2차 단계로 올라갔고 C와 D는 탈락했다), made one for each clause's."""
    split: list[Mention] = []
    dated = {m.sentence_start for m in mentions if not m.inherited}  # (a sentence with days of its own is read by clause)
    for mention in mentions:
        if (mention.event_type not in OUTCOME_TYPES or len(mention.actors) < 2 or mention.sentence_start in dated
                or not _CLAUSE_JOINT.search(mention.sentence)):
            split.append(mention)
            continue
        cuts = [mention.sentence_start, *(mention.sentence_start + j.end() for j in _CLAUSE_JOINT.finditer(mention.sentence)),
                mention.sentence_end]
        sides = [(kind, names) for start, end in zip(cuts, cuts[1:])
                 if (kind := event_type(body[start:end])) in OUTCOME_TYPES
                 and (names := list(dict.fromkeys(o.canonical for o in orgs
                                                  if start <= o.start < end and o.canonical in mention.actors)))]
        if {kind for kind, _ in sides} != OUTCOME_TYPES:
            split.append(mention)
            continue
        split += _sides_apart(mention, sides, "clause ")
    return split


def _outcome_names_apart(body: str, mentions: list[Mention], orgs: list[ActorMention],
                         registry: actors_mod.Registry) -> list[Mention]:
    """The mentions, each of an outcome whose names are told on both sides (A·B·C 2차 진출…D·E 탈락, A와 B는 통과, C는
    탈락) made one for each side: a name's side is the outcome told right after it, up to the next name, or that of the
    names it is listed with; the names of no side (the one deciding) are on both."""
    split: list[Mention] = []
    days_of_sentence: dict[int, set[str]] = {}
    for mention in mentions:
        days_of_sentence.setdefault(mention.sentence_start, set()).add(mention.date_value)
    for mention in mentions:
        if (mention.event_type not in OUTCOME_TYPES or len(mention.actors) < 2
                or len(days_of_sentence[mention.sentence_start]) > 1):  # (… 25일 통과했지만 … 빠졌다: read by clause)
            split.append(mention)
            continue
        in_sentence = [o for o in orgs if mention.sentence_start <= o.start < mention.sentence_end]
        sides: dict[str, list[str]] = {}
        listed: list[str] = []
        for index, org in enumerate(in_sentence):
            if org.canonical not in mention.actors or registry.kind(org.canonical) in AUTHORITY_KINDS:
                listed = []
                continue
            # (up to the next name of any kind: A 컨소시엄에는 B가 합류했고 …: what B did is not A's)
            following = in_sentence[index + 1].start if index + 1 < len(in_sentence) else mention.sentence_end
            kind = _outcome_told_in(temporal.without_quotes(body[org.end:following]))
            if kind in OUTCOME_TYPES:
                sides.setdefault(kind, []).extend([*listed, org.canonical])
                listed = []
            elif index + 1 < len(in_sentence) and _LIST_GAP.fullmatch(body, org.end, in_sentence[index + 1].start):
                listed.append(org.canonical)  # (A·B·C 2차 진출: the outcome told after the last of them)
            else:
                listed = []
        # (A 컨소시엄에서 B가 빠졌다: B left A's consortium; A is not cut)
        left = [o.canonical for o in in_sentence if o.canonical in mention.actors and _CONSORTIUM_LEFT.match(body, o.end)
                and not any(o.canonical in names for names in sides.values())]
        if "elimination" in sides and left:
            sides["other"] = left
        if (len(sides) < 2 or not set(sides) & {"elimination", "other"}
                or len({name for names in sides.values() for name in names}) < sum(len(set(names)) for names in sides.values())):
            split.append(mention)  # (one side only, or a name on two)
            continue
        split += _sides_apart(mention, [(kind, list(dict.fromkeys(names))) for kind, names in sides.items()], "names ")
    return split


_CONSORTIUM_LEFT: Final = re.compile(r"\s*컨소시엄(?:에서는|에서|에선|을|에서도|에는)\s")  # (A 컨소시엄에서 B가 빠졌다)


def _outcome_told_in(text: str) -> str:
    """The outcome a clause tells, its other events aside (최종 평가에 올랐고: a selection, not the evaluation); else its type."""
    kind = event_type(text)
    if kind in OUTCOME_TYPES or kind == "statement":
        return kind
    if _STEP_REACHED.search(text):
        return "selection"  # (최종 평가에 올랐고, 2단계에 오르면서: went on to it)
    if kind == "other":
        return kind
    rules, kinds = _outcome_rules()
    best = rules.lowest(text)
    return kinds[best] if best is not None else kind


_STEP_REACHED: Final = re.compile(r"(?:평가|심사|단계|관문)(?:에|으로|로)\s*(?:올랐|오른|올라|오르|진출)")


@cache
def _outcome_rules() -> tuple[RuleSet, list[str]]:
    """The triggers of outcomes alone, in file order."""
    rows = [(kind, pattern) for kind, pattern in triggers() if kind in OUTCOME_TYPES]
    return RuleSet([p.pattern for _, p in rows]), [kind for kind, _ in rows]


# Where a sentence's clauses join (… 올라갔고 | C는 …, … 통과했지만 | C는 …, … 진출했으며 | C는 …, …했다. 반면).
_CLAUSE_JOINT: Final = re.compile(r"(?<=[가-힣])(?:고|며|지만|으나|는데|반면)[,]?\s+")


_OUTCOME_NOUN_WORDS: Final = tuple(noun for nouns in OUTCOME_NOUNS.values() for noun in nouns)
# (A의 탈락과 B·C의 3단계 진출; a list's cell or a headline with the noun right after the names: A·B 통과 / C 탈락)
_OUTCOME_OWNED: Final = re.compile(r"(?:의\s+(?:[^\s.,]+\s+)?|\s+)(?P<noun>" + "|".join(_OUTCOME_NOUN_WORDS)
                                   + r")(?=[과와이가은는을를도,/]|\s|$)")


def _teams_of(mentions: list[Mention], registry: actors_mod.Registry) -> list[str]:
    """The organizations other than authorities (the Assembly's offices among them), parties and papers the mentions name,
    in order, each once (입법조사처는 … 보고서를 냈다. … A가 떨어진 일을 들었다. 두 팀이 빠진 뒤: A and the other, not the office)."""
    return [a for a in _actors_of(mentions) if registry.kind(a) not in _NEVER_TEAMS]


_NEVER_TEAMS: Final = frozenset((*AUTHORITY_KINDS, "party", "media"))


def _partners_of(body: str, subject: list[str], orgs: list[ActorMention]) -> tuple[list[str], bool]:
    """Those the subject acts with among the organizations (A는 B, C와 협약을 맺었다: B too, listed before the one with
    와), and whether as a joint act (와 함께, 과 손잡고)."""
    others = [o for o in orgs if o.canonical not in subject]
    after = [(o.canonical, _PARTNER_AFTER.match(body, o.end)) for o in others]
    partners = [name for name, match in after if match]
    if partners:
        ends = [i for i, (_, match) in enumerate(after) if match]
        run = _listed_before(body, others[:ends[0] + 1])
        partners = list(dict.fromkeys([o.canonical for o in run] + partners))
    return partners, any(match.group(1) for _, match in after if match)


def _act_told_before(noun: str, mentions: Sequence[Mention]) -> bool:
    """Whether `noun` names the act the mentions' sentence told as a verb (공급은 after … 공급한다고 밝혔다)."""
    if len(noun) < 2 or not all("가" <= c <= "힣" for c in noun) or not mentions:
        return False
    return re.search(re.escape(noun) + _VERB_OF_NOUN, temporal.without_quotes(mentions[0].sentence)) is not None


_VERB_OF_NOUN: Final = r"(?:하|한|할|했|해|되|된|될|됐)"  # (공급한다, 인수했다, 합병된: a noun's act told as a verb)
ACT_TOLD_REACH: Final = 3  # sentences back the act a noun names may have been told as a verb


def _scheduled_by(noun: str, told: str) -> bool:
    """Whether `told` has the event `noun` names (its last word) as the object of an act on its time or its holding
    (시연회를 미뤘다, 설명회 일정을 앞당겼다, 토론회를 연다)."""
    head = noun.rsplit(None, 1)[-1]
    start = told.find(head)
    while start >= 0:
        end = start + len(head)
        if _TIME_OF_IT_SET.match(told, end + told.startswith(NAME_CLOSING_MARKS, end)):  # ('AI 캠프'를 연다: its name closed)
            return True
        start = told.find(head, start + 1)
    return False


# (an event's time set or changed, or the event held or called off, by the subject: 시연회를 일주일 미뤘다)
_TIME_OF_IT_SET: Final = re.compile(r"(?:\s*일정)?[을를]\s+(?:\S+\s+){0,2}?(?:미루|미뤄|미뤘|연기|앞당|늦추|늦춰|늦췄|취소|옮기|옮겨|옮겼"
                                    r"|연다|열었|열기로|개최|재개|확정)")


def _words_after(body: str, start: int, end: int, count: int) -> list[str]:
    """The first `count` words of body[start:end]."""
    return body[start:end].split(None, count)[:count]


def _actors_of(mentions: Sequence[Mention]) -> list[str]:
    """The organizations the mentions name, in order, each once."""
    return list(dict.fromkeys(a for m in mentions for a in m.actors))


class _ArticleReader:
    """Reads an article sentence by sentence, carrying what earlier sentences told: who was named,
    the event just told, the opening sentences waiting for a date, an interview's questions, a
    transcript's speakers, a list of facets, and a quotation waiting for its speaker."""

    def __init__(self, article: Article, registry: actors_mod.Registry):
        self.article, self.registry, self.body = article, registry, article.body
        self.claims = _CLAIM_OPENING.search(self.body) is not None  # whether a quotation closes into a claim anywhere
        reporters = actors_mod.reporters(article.author)
        # The publisher is no actor of the news it prints, unless it is a body the registry knows other
        # than the press: a ministry's own press release tells its own events.
        publisher = registry.canonical(article.publisher) if article.publisher else None
        if publisher is None and article.publisher and (house := _HOUSE_MEDIA.search(article.publisher)):
            # (카이스트신문, 업스테이지 블로그: a body's own paper or blog is its voice; A 기술 블로그, A 공식 블로그: a word of
            # what kind between)
            owner = article.publisher[:house.start()].strip()
            publisher = registry.canonical(owner) or (registry.canonical(owner.rsplit(None, 1)[0]) if " " in owner else None)
        exclude = (article.publisher if publisher is None or registry.kind(publisher) == "media" else "", *reporters)
        # ... and what its own release tells with no subject is its own doing (□ ... 설명드립니다).
        self.issuer = [publisher] if publisher is not None and registry.kind(publisher) != "media" else []
        assert article.published_at is not None  # (extract reads only articles with a publication time)
        self.year = str(article.published_at.year)  # (올해 첫 심사: of the story's year)
        self.organizations, self.people = actors_mod.find_all(self.body, registry, exclude=exclude)
        tagged = temporal.tag(self.body, article.published_at, {o.start: o.end for o in self.organizations},
                              temporal.headline_day(article.title, article.published_at) if article.title else None)
        timexes = [t for t in tagged if t.type in ("DATE", "TIME")]
        # (결과가 나온 지 하루 만에: a time since an event no day was told for before it; a lead may count it, below)
        self.elapsed = [t for t in tagged if t.type == "DURATION" and t.text.endswith("만에")]
        if holds_any(self.body, _DELIVERED_HINTS):
            timexes = _delivered_days(self.body, timexes)
        if holds_any(self.body, _CLOSED_HINTS):
            timexes = _closed_spans_apart(self.body, timexes, article.published_at)
        if "." in self.body and _CAPTION_CLOSING_DAY.search(self.body):
            timexes = _caption_days(self.body, timexes)
        if "(" in self.body:
            self.organizations = _aliases_joined(self.body, self.organizations)
        if "도와 " in self.body or "시와 " in self.body:
            self.organizations = _selves_with(self.body, self.organizations)
        if holds_any(self.body, _BODY_WORDS):
            self.organizations = _bodies_shortened(self.body, self.organizations)
        if "같은 " in self.body or "해당 " in self.body:
            self.organizations = _same_body_again(self.body, self.organizations)
        named_at = {o.start: o.end for o in self.organizations}
        if any(named_at.get(t.start, -1) >= t.end for t in timexes):  # 모레(3월): the company, not the day after tomorrow
            timexes = [t for t in timexes if named_at.get(t.start, -1) < t.end]
        # The organization of a writer who is not a reporter (a column by a company's head): 우리, 저희.
        writer = article.author or ""
        # (but a professor's school is no party to what its teacher did: 김하늘 B대 교수, 필자는 … 외부 위원으로 참여했다)
        self.writers = [] if not writer or reporters else list(dict.fromkeys(
            o.canonical for o in actors_mod.find(writer, registry) if not (o.kind == "university" and "교수" in writer)))
        if not self.writers and holds_any(self.body, sentences_mod.WRITER_WORDS):
            # (a column's note on its writer, at its foot: (필자는 서울대 컴퓨터공학부 교수다); 필자는 above is theirs)
            note = sentences_mod.WRITER_NOTE.search(self.body)
            self.writers = list(dict.fromkeys(o.canonical for o in actors_mod.find(note.group("who") or note.group("titled"), registry))
                                ) if note else []
            if not self.writers and (signature := sentences_mod.SIGNATURE.search(self.body)) is not None:
                # (a column signed at its foot, (김민재 국회 B위원회 위원·C당): 필자 is of the body named first after the 국회; but
                # a professor's school is no party to what its teacher did, <김정훈 B대 교수>: 필자는 … 심사위원으로 참여했다)
                self.writers = [o.canonical for o in actors_mod.find(signature.group("where"), registry)
                                if o.canonical not in VENUE_BODIES and o.kind != "university"][:1]
        # (the writer by name alone, or by name and title as the byline gives them: 김도윤 한국과학기술원 전산학부 교수)
        signed = [p for p in self.people if writer and not reporters and (p.name == writer or writer.startswith(p.name + " "))
                  and p.organization]
        self.signer = f"{signed[0].name} " if signed else ""  # (see read: the line that signs a column tells no event)
        if not self.writers and signed:
            # (a column signed at its foot by its writer, 김하늘 한국과학기술원 전산학부 교수: 필자 and 우리 are theirs)
            self.writers = [p.organization for p in signed if p.organization][-1:]
        if not self.writers and article.title and holds_any(article.title, _SPEECH_TITLES):
            # [전문] 배경훈 부총리 개회사: in a speech printed whole, 우리 and 저희 are the speaker's organization
            self.writers = [p.organization for p in actors_mod.find_persons(article.title, registry) if p.organization][:1]
        if not self.writers and "글" in self.body and (credit := _TEXT_CREDIT.search(self.body)) is not None:
            # (a post credited to its writer at its foot, 글=김하늘 A 연구원: 저희 and what the writer did are A's)
            self.writers = list(dict.fromkeys(o.canonical for o in actors_mod.find(credit.group(1), registry)))[:1]
        if not self.writers and ("저는" in self.body or "나는" in self.body) and (intro := _SELF_INTRODUCED.search(self.body)):
            # (a post whose writer says where they work, 저는 A에서 사전학습을 맡고 있는 엔지니어입니다: 우리 and what the
            # writer did are A's)
            self.writers = list(dict.fromkeys(o.canonical for o in actors_mod.find(intro.group("where"), registry)))[:1]
        if not self.writers and holds_any(self.body, _DELIVERED_HINTS) and (lead := _DELIVERED_LEAD.search(self.body)):
            # (A 대표가 16일 임직원에게 보낸 메시지에서 … 밝혔다. 다음은 메시지 요지.: in the text printed, 우리 is the sender's)
            self.writers = [p.organization for p in self.people if p.end <= lead.start() and p.organization][-1:]
        if ("저희와 " in self.body or "우리와 " in self.body) and (ours := self.writers or self.issuer):
            self.organizations = _we_listed(self.body, self.organizations, ours[0], registry)
        self.within = _Within(timexes, self.organizations, self.people)
        # Where `A 컨소시엄` names a consortium's lead: a bare 컨소시엄 later is theirs (라이너가 컨소시엄을 떠났다).
        self.consortium_leads = [(o.end, o.canonical) for o in self.organizations
                                 if self.body.find("컨소시엄", o.end, o.end + CONSORTIUM_REACH) >= 0
                                 and _OF_CONSORTIUM.match(self.body, o.end)] if "컨소시엄" in self.body else []
        self.mentions: list[Mention] = []
        self.addressee: list[str] = []  # whom a letter printed in the story is to (받는 사람: A): 귀사, 귀 컨소시엄
        self.who = _Referents()
        self.story_team: list[str] = []  # the elite team the sentence before was about (its consortium's lead)
        self.roles: tuple[int, list[tuple[str, str]]] = (-100, [])  # (sentence, (task, who)): tasks told taken lately
        self.last: tuple[int, list[Mention]] | None = None  # (sentence index, mentions of the last dated sentence)
        self.earlier: list[Mention] = []  # the mentions of the dated sentence before the last
        # The opening sentences often tell the news without its date, which the next one gives
        # (`A, B, C가 1차 평가를 통과했다. 과기정통부는 15일 ... 발표했다`): they wait for it.
        self.leads: list[tuple[Sentence, list[ActorMention], list[PersonMention]]] = []
        self.lead_deferred_at = -1  # the sentence whose plan a lead told done waited past (see _read_dated)
        self.told_lead: tuple[int, list[Mention]] | None = None  # the leads' mentions dated by the day they were told
        self.interviewee: list[str] | None = None  # in an interview, after the first question: who answers
        # the last line of a table of times per column, its columns' times, and its columns of days per row with their labels
        self.stage_table: tuple[int, dict[int, Timex], dict[int, str]] = (-100, {}, {})
        self.turn_speaker: list[str] = []  # in a roundtable, whose turn the answer is (▶A 대표=…), until the next question
        self.speaking = _speaker_lines(self.body, self.people, registry)  # `이름: ...` lines and their organizations
        self.role_names: dict[str, str] | None = None  # (see _roles_told)
        # ([인터뷰] 이름 / 기관 직함 lines, by where they start: where each ends and the organization it names)
        self.interviewed: dict[int, tuple[int, str]] = {
            match.start(): (match.end(), named[0].canonical) for match in line_matches(_INTERVIEW_LABEL, self.body)
            if (named := [o for o in self.organizations if match.start(2) <= o.start < match.end()])} if " / " in self.body else {}
        self.authorities = frozenset(name for name in [*(o.canonical for o in self.organizations), *(p.organization for p in self.people)]
                                     if name and registry.kind(name) in AUTHORITY_KINDS)
        self.facet_actors: list[str] = []  # `△대상: A, B`: who the dated facets after it concern
        self.facet_at = -100
        self.facet_targets = False  # whether those facet actors are the box's targets (대상: A, B)
        self.item_owner: list[str] = []  # in a list of items, who the items without a subject are of
        self.notice_signed_at = -100  # the index of a notice's signature line, told after its day
        self.ours_nouns: set[str] = set()  # subject nouns told as ours in the body's own paper (우리 대학 … 연구팀이)
        self.item_at = -100  # the index of the last item read
        self.carried_from_item: list[str] = []  # the subject an item named last, which owns no later list
        self.item_at_start = -100  # the index of the first item of the list read last
        self.item_subject: list[str] | None = None  # the subject an item of the list named
        self.item_named: list[str] | None = None  # ... and one a sentence of an item's own named, after its line
        self.heading_at = -100  # the last item that only names its organization (ㅇ SK텔레콤): it tells no event
        self.section_at = -100  # the last section heading read (■ 셋째 날(16일), □ 행사 개요)
        self.item_subject_told: tuple[int, list[str]] = (-100, [])  # where a list item last named its own subject, and who
        # A heading that gives only a date (## v1.1 (2026-09-03)): (index of it or of its last item, its date,
        # whose items they are, whether it is the date alone). Its items tell what happened on that date; under
        # the date alone (## 2025년 6월 20일), so do its section's lines.
        self.date_heading: tuple[int, Timex, list[str], bool] | None = None
        self.heading_told: tuple[int, list[Mention]] = (-100, [])  # the last item under a date heading, and what it told
        # A scene's time told as a sentence of its own in a paragraph that goes on (2026년 1월 15일 오후. 류 차관이 …):
        # its date, and where its paragraph ends; the sentences after it in that paragraph are on it.
        self.scene: tuple[Timex, int] | None = None
        # a month told as all its sentence says (첫 시험대는 1월이었다): where, its mentions' span, the month
        self.month_as_predicate: tuple[int, int, int, str] | None = None
        self.day_told: Timex | None = None  # a day told as all its sentence says (첫 관문은 15일이다), and where
        self.day_told_at = -100
        # a day told in a sentence that names nobody and makes no event (지난해 12월 30일 코엑스는 관객으로 붐볐다), for a next
        # sentence that says what that day was (A와 B가 처음 모델을 내보인 날이다)
        self.day_unclaimed: Timex | None = None
        self.day_unclaimed_at = -100
        self.trading_day: Timex | None = None  # the day of the last session a share was told to move in (5일 … 거래되고 있다)
        # an event told with its organizations and no day, that made no mention (B를 C 측에 배정한다), for a next sentence
        # that gives only its day (실제 사용은 다음 달부터 가능하다)
        self.undated_event: tuple[int, list[str], str, Sentence] | None = None
        # the organization a line of only its name heads (◇과학기술정보통신부), and where its section ends: the items
        # below it (▲14:00 … 브리핑) are its
        self.section_owner: tuple[list[str], int] | None = None
        self.dated_facet: tuple[int, list[Mention]] = (-100, [])  # the last dated facet, and the mentions of all its box's dated facets
        self.facet_line_at = self.facet_run_from = -100  # the last facet line, and where its run of them began
        self.box_gathering = ""  # the gathering told held just before the run of facet lines (정책 세미나를 연다고 … / ■ 일시: …)
        self.box_owner: list[str] = []  # the subject of the sentence right before that run, whose box it is
        self.question, self.question_at = "", -100  # the last question: what the answer right after it is about
        self.question_times: list[Timex] = []  # ... and its dates
        self.asked_about: list[str] = []  # the organizations the last question asks about as its subject
        self.asked_when = False  # whether the last question asks when a step is, naming no one (―2차 평가는 언제인가)
        self.asked_for: list[str] = []  # ... and those it asks about as what is done for them (A에 대한 지원은)
        self.question_names: list[str] = []  # the organizations the last question names
        self.unattributed: list[Mention] = []  # actorless events of a quotation whose speaker is told after it
        self.attributed: tuple[int, list[str]] = (-100, [])  # the last sentence saying who spoke (이렇게 말했다)
        self.figures_at = -100  # the last sentence of figures alone (공모 주식은 250만 주다)
        self.described_at = -100  # the last sentence that describes a thing, with no date (서비스는 이상 거래를 골라낸다)
        self.named_before: list[str] = []  # the organizations other than authorities the sentence before named
        self.named_here: list[str] = []  # ... and this one
        self.counted_told: dict[tuple[int, str], list[str]] = {}  # (세 기관은 …, later 세 기관은: the same three)
        self.prize_winners: tuple[int, list[str]] = (-100, [])  # the last sentence telling who won prizes, and its names
        self.unit_subject: tuple[int, list[str]] = (-100, [])  # the last sentence whose subject shortens a unit told (정책위는)
        self.denied_at = -100  # the last sentence denying a press report (… 보도에 대해 "사실무근"이라고 해명했다)
        self.turn: tuple[int, list[str]] = (-100, [])  # the last line a speaker's label opens (○ A 의원: …), and its speakers
        self.sentences: list[Sentence] = []  # all the article's, in order (extract sets them before reading)
        self.story_subject: ActorMention | None = None  # whom the story is about (extract sets it before reading)
        self.quoted_lines = [offset for line in line_matches(_QUOTED_LINE, self.body) for offset in line.span()
                             ] if '"' in self.body or "“" in self.body else []

    def _telling_goes_on(self, index: int, sentence: Sentence, timexes: list[Timex], orgs: list[ActorMention],
                         persons: list[PersonMention], story: tuple[int, list[Mention]], before_story: list[Mention],
                         told_before: int) -> None:
        """Words said with dates of their own, the saying with none (… 9일 회의를 열었다. 장관은 "결과는 22일
        공개하겠다"고 답했다): the one saying it takes part in the story told, as with words with no date."""
        if not all(inside_quotation(self.body, sentence.start, t.start) for t in timexes):
            return
        speakers = [o for o in orgs if not inside_quotation(self.body, sentence.start, o.start)]
        if not speakers and not any(p.organization and not inside_quotation(self.body, sentence.start, p.start) for p in persons):
            return  # (a speaker told by name alone, 류제명 2차관은, speaks for the body the registry gives)
        # (not a day the last words said: 한 의원은 "지난 1월 …"이라고 지적했다; the story's before them, then)
        told = _said_outside_quotes(self.body, story[1]) or _said_outside_quotes(self.body, before_story)
        if not told:
            return
        said = {m.date_value for m in self.mentions[told_before:]}
        inherited = [m for m in _continuation(self.article, sentence, told, speakers, persons, gap=index - story[0],
                                              earlier=_said_outside_quotes(self.body, self.earlier),
                                              told_so_far=self.mentions[:told_before])
                     if m.date_value not in said]
        self.mentions.extend(inherited)
        if inherited and self.last is not None and self.last[0] == index:
            # (… 9일 회의를 열었다. 장관은 "하반기 …하겠다"고 답했다. B당 의원은 …을 문제 삼았다: what comes next may go on
            # with the saying, at the story's day, not only with the time its words told)
            self.last = (index, [*self.last[1], *inherited])

    def _own_paragraph(self, name: str, start: int) -> None:
        """The lines from `start` to the end of their paragraph are `name`'s (see section_owner)."""
        paragraph_end = self.body.find("\n\n", start)
        self.section_owner = ([name], paragraph_end if paragraph_end >= 0 else len(self.body))

    def _told_next_by_short_name(self, index: int, named: ActorMention) -> bool:
        """Whether the next sentence, in the same paragraph, opens with `named` by its last syllable or as the company or
        body (전북도 … / 도는, 회사는) and tells a time of its own."""
        if index + 1 >= len(self.sentences) or "\n" in self.body[named.end:self.sentences[index + 1].start]:
            return False
        following = self.sentences[index + 1]
        opening = following.text.split(" ", 1)[0]
        return (opening[-1:] in ("은", "는") and opening[:-1] in (self.body[named.end - 1], "회사", "기관", "기업")
                and bool(self.within(following)[0]))

    def read(self, index: int, sentence: Sentence) -> None:
        told_before = len(self.mentions)
        if sentence.text.startswith("|") and self._read_stage_table(index, sentence):
            return
        if (self.signer and sentence.text.lstrip(_SIGNING_MARKS).startswith(self.signer) and self.body.startswith("\n", sentence.start - 1)
                and not _PREDICATE.search(sentence.text)):
            return  # (… / 김하늘 한국과학기술원 전산학부 교수: the writer's signature, no event)
        if _COURTESY_END.search(sentence.text) and (_COURTESY.search(closing := sentence.text.rstrip(_SIGN_OFF_MARKS))
                                                     or _NEXT_ISSUE.match(closing) and event_type(closing) == "other"):
            # (◇ 진행자> 네, 오늘 말씀 고맙습니다.: a greeting or thanks; 다음 호는 8/7에 찾아갑니다: a serial's own, but not
            # 다음 레터에서는 22일 최종 발표 현장을 전해 드리겠습니다, which tells the event it will cover)
            return
        if sentence.boilerplate:
            if sentence.boilerplate == "heading":
                self._read_heading(index, sentence)
                self.who.passed_line(index)
            elif sentence.boilerplate == "question":
                self.question, self.question_at, self.turn_speaker = sentence.text, index, []
                self.question_times = self.within(sentence)[0]
                if self.interviewee is None:
                    self.interviewee = _interviewee(self.article, self.people, self.organizations, sentence.start,
                                                    self.registry)
                # A question about another organization (―모티프테크놀로지스가 새로 합류했는데): the answer's
                # dropped subject is that one, not the one answering.
                asked = [o.canonical for o in self.within(sentence)[1]
                         if self.body.startswith(_BARE_TOPIC_ASKED, o.end)  # (Q. NC AI는.: of it, all the question says)
                         or _PERSON_SUBJECT.match(self.body, o.end) and (not _modifies(self.body, o.end + 1)
                                                                          or _WHY_AFTER.match(self.body, o.end + 1))
                         and not _OTHER_SUBJECT_AFTER.match(self.body, o.end + 1, sentence.end)
                         # (―새로 합류한 A를 어떻게 보나: the one the answer tells of, as the subject it drops)
                         or _ASKED_VIEW_OF.match(self.body, o.end) is not None]
                self.asked_about = [name for name in asked if name not in (self.interviewee or ())]
                # (the ministry answering when is its own step: 2차 평가는 언제인가. / 8월 초로 잡고 있다)
                self.asked_when = (not asked and _WHEN_ASKED.search(sentence.text) is not None
                                   and not all(self.registry.kind(name) == "ministry" for name in self.interviewee or ()))
                if not asked and not self.interviewee and (counted := _COUNTED_SUBJECT.search(sentence.text)) is not None:
                    count = _team_count(counted.group())  # (Q. 두 팀은 앞으로 무엇을 하나: the teams counted, told before)
                    self.asked_about = _exactly(self.who.teams(index, count), count)
                self.asked_for = [o.canonical for o in self.within(sentence)[1] if _ABOUT_AFTER.match(self.body, o.end)
                                  and o.canonical not in (self.interviewee or ())]
                self.question_names = list(dict.fromkeys(o.canonical for o in self.within(sentence)[1]))
            return
        reported = self.last if self.last and self.last[0] == index - 1 else None  # (for a denial of it: see _deny_report)
        # (▶6곳 – 공모에 도전한 팀 수. 접수는 4월 12일 마감됐다: a figure heading its item, a fact apart from the one before)
        # (00:15:45 A와 B의 협업: a chapter of a recording, by where it starts in it, apart from the one before too)
        figure_item = (sentence.text[:1] in _FIGURE_ITEM_MARKS and _FIGURE_ITEM.match(sentence.text) is not None
                       or sentence.text[:1] in _CHAPTER_OPENINGS and _CHAPTER_STAMP.match(sentence.text) is not None)
        if figure_item:
            self.who.carried_at = self.who.authority_at = -100
        timexes, cited, persons = self.within(sentence)
        if not timexes and _WRITTEN_WRONG.search(sentence.text):
            return  # (… 참여한 팀을 '세 팀'으로 적었으나 A, B, C, D 네 팀이 맞습니다: a text corrected, no event of its own)
        if (timexes and cited and "의원" in sentence.text and _SITTING_EXCHANGE.search(sentence.text)
                and all(self.registry.kind(o.canonical) == "party" and not _quoted_at(self.body, o.start) for o in cited)
                and all(_quoted_at(self.body, t.start) for t in timexes)):
            # (… 국정감사에서 14일 … 도마에 올랐다. A당 한 의원은 "8월 공개한 배점표와 12월 기준이 다르다"고 지적했다: a member's
            # words at the sitting, the times in them of others' acts, none named)
            timexes = []
        if (self.notice_signed_at == index and not timexes and len(cited) == 1
                and _HEAD_SIGNING.fullmatch(self.body, cited[0].end, sentence.end)):
            return  # (2026. 12. 4. / 정보통신산업진흥원장: the notice's signature, told with its day)
        if (len(timexes) == 1 and not cited and not sentence.text.strip(" .").replace(timexes[0].text.strip(" ."), "", 1).strip()
                and index + 1 < len(self.sentences) and (signer := self._notice_signer(self.sentences[index + 1])) is not None):
            # (a notice's foot: its day, then its issuer's head, 2026. 12. 4. / 정보통신산업진흥원장: the issuer put it out then)
            self.mentions.append(_mention(self.article, sentence, timexes[0], [signer], [], "announcement", sentence.text,
                                          inherited=False, title_from=0, title="공고"))
            self.notice_signed_at = index + 1
            return
        if cited and self.last is not None and self.last[0] == index - 1 and (
                _ORGANIZER_OPENING.match(sentence.text) or not timexes and _RUN_BY.match(sentence.text)):
            # (8일 열릴 예정이던 공유회가 취소됐다. 주최 측인 A는 …; 센터가 오늘 문을 열었다. 센터는 A가 운영한다: A's)
            for mention in self.last[1]:
                if mention.event_type == "presentation" and not mention.actors:
                    mention.actors = [cited[0].canonical]
            if not timexes:  # (who runs it told, the story goes on with the opening, no farther from its day, and with A)
                self.last = (index, self.last[1])
                # (carried only, not who.named: the one running a place is no authority of what the story tells next)
                self.who.carried, self.who.carried_at = [cited[0].canonical], index
        if (not timexes and len(cited) == 1 and sentence.text[:1] in _OWNER_HEADING_MARKS
                and not sentence.text[1:cited[0].start - sentence.start].strip()
                and (cited[0].end == sentence.end or _LABEL_AFTER_NAME.fullmatch(self.body, cited[0].end, sentence.end)
                     and _ends_in_noun(sentence.text))):
            self._own_paragraph(cited[0].canonical, sentence.end)
            # (a box of its own: not the other party an item of the heading before named, - 상대방: B)
            self.who.carried, self.facet_at = [], -100
            return
        if (not timexes and len(cited) == 1 and ("같" in sentence.text or ":" in sentence.text or "정리" in sentence.text
                                                  or sentence.text.rstrip().endswith(_PATH_TITLE_ENDS))
                and _PATH_INTRO.search(sentence.text)):
            # (A가 걸어온 길은 다음과 같다. / '25.08 선정 → '26.01 1차 평가 통과: the steps of A's path, told with no agent;
            # the paragraph after the sentence's own, when the sentence ends it)
            paragraph_end = self.body.find("\n\n", sentence.end)
            ends_its_own = paragraph_end >= 0 and not self.body[sentence.end:paragraph_end].strip()
            self._own_paragraph(cited[0].canonical, paragraph_end + 2 if ends_its_own else sentence.end)
        if (cited and sentence.text[:1] in _OWNER_HEADING_MARKS and not sentence.text[1:cited[0].start - sentence.start].strip()
                and self.body.startswith(("=", " ="), cited[0].end)):
            # (◆A=1월 15일 협약 뒤 … 들어간다. 3월에는 B와 … 시작한다: the paragraph a name and an equals sign open is its)
            self._own_paragraph(cited[0].canonical, sentence.end)
        if persons and holds_any(sentence.text, _DATA_CITED_MARKS):
            cited, persons = _data_citers_apart(self.body, cited, persons)
        if cited and holds_any(sentence.text, _TALKED_OF_MARKS):
            # (김 대표는 탈락한 A와 B에 대해서는 "…"며 말을 아꼈다: those spoken of take no part in the speaking)
            cited = [o for o in cited if not _TALKED_OF_AFTER.match(self.body, o.end, sentence.end)]
        if (len(timexes) == 1 and timexes[0].value == self.year and not timexes[0].mod and self.last is not None
                and (_ORDINAL_OF_YEAR.match(self.body, timexes[0].end)
                     or (held := _BARE_OCCASION.match(self.body, timexes[0].start)) is not None
                     and any(m.date_value.startswith(self.year) and _names_gathering(held.group(1), m) for m in self.mentions))):
            # (… 14일부터 평가를 진행한다. 올해 마지막 평가에는 네 팀이 나선다: which evaluation, told before; … 28일 페스타를
            # 연다. 올해 행사에는 A와 B가 나선다: the gathering of this year told)
            timexes = []
        if not timexes and self.scene is not None and sentence.start < self.scene[1]:
            scene = self.scene[0]  # (as if the sentence opened with it)
            timexes = [Timex(sentence.start, sentence.start, scene.text, scene.type, scene.value, scene.mod, scene.end_value,
                             scene.direction)]
        if (timexes and self.date_heading and index - self.date_heading[0] == 1 and not self.date_heading[3]
                and _ORDINAL_ITEM.match(sentence.text)):
            timexes = _under_date_heading(self.body, timexes, self.date_heading[1])
        if (self.last is not None and not timexes and cited and len(sentence.text) <= PASSING_LINE_MAX
                and _PASSING_LINE.fullmatch(sentence.text) and any(_VISITED.search(m.sentence) for m in self.last[1])):
            # (… 연구실에 부총리가 오늘 찾아갔습니다. <리포트> 서울 마곡의 A.: the place of the visit told, named alone)
            for mention in self.last[1]:
                mention.actors = list(dict.fromkeys([*mention.actors, *(o.canonical for o in cited)]))
            self.last = (self.last[0] + 1, self.last[1])
            return
        if (self.last is not None and not timexes and len(sentence.text) <= PASSING_LINE_MAX
                and (not cited and _PASSING_LINE.fullmatch(sentence.text) or _GUEST_LINE.fullmatch(sentence.text))):
            # (… 오늘 마련됐습니다. 한승우 기자가 다녀왔습니다. <기자>서울 코엑스 오디토리움. A, B가 무대에 올랐습니다: a
            # reporter handed to, a place named: the story goes on past them, no farther from its day)
            self.last = (self.last[0] + 1, self.last[1])
            return
        if not timexes and not cited and not persons and _FIGURES_LINE.fullmatch(sentence.text):
            self.figures_at = index
        if cited and ("만약" in sentence.text or "만일" in sentence.text) and (
                supposed := _SUPPOSITION.search(sentence.text)) is not None and (
                _CONTRARY_TO_FACT.search(supposed.group()) or not any(
                    sentence.start + supposed.start() <= t.start < sentence.start + supposed.end() for t in timexes)):
            # (만약 A가 탈락한다면 2025년 8월 선정된 다섯 팀 가운데 세 팀이 …: who is only supposed takes no part in the
            # days told outside the supposition; nor, in what did not happen, in its own: 만약 A가 1월 평가에서 탈락하지
            # 않았다면 지난주 발표된 결과는 …)
            cited = [o for o in cited if not sentence.start + supposed.start() <= o.start < sentence.start + supposed.end()]
        if persons and persons[0].start - sentence.start < SPEAKER_LABEL_REACH and (
                label := _SPEAKER_LABEL.match(sentence.text)) is not None and persons[0].start < sentence.start + label.end() and not (
                    any(t.start - sentence.start - label.end() <= 1 for t in timexes) and not _PREDICATE.search(sentence.text)):
            # (▶김도윤 KAIST 교수=…, ◆ 이연수 NC AI 대표: …: who speaks, not who the words tell of; but ◇A 대표 = 30일
            # 오후 2시 강연.: whose day it is)
            cited = [o for o in cited if o.start >= sentence.start + label.end()]
            speakers = [p.organization for p in persons if p.start < sentence.start + label.end() and p.organization
                        and not sentence.text.rstrip("\"'”’) ").endswith("?")]  # (who asks takes no part)
            persons = [p for p in persons if p.start >= sentence.start + label.end()]
            self.turn = (index, list(dict.fromkeys(speakers)))  # (see _who_acts)
        elif (cited and (label := MINUTES_LABEL.match(sentence.text)) is not None and label.group("role")
              and self.body.startswith(sentence.text, self.body.rfind("\n", 0, sentence.start) + 1)):
            # (○과학기술정보통신부제2차관 류제명 이달 안에 협약을 맺겠습니다.: minutes name the body before its official)
            speakers = [o.canonical for o in cited if o.start < sentence.start + label.end()]
            persons = [p for p in persons if p.start >= sentence.start + label.end()]
            self.turn = (index, list(dict.fromkeys(speakers)))
            self.turn_speaker = self.turn[1]  # (its dropped subjects the body's, until the next question)
        if persons and self.who.alone and self.who.alone_at == index - 1:
            for person in persons:  # A사는 ... 열었다. 임 대표는 ...: a head no text places is the company's just told
                if (person.organization is None and person.title in actors_mod.CORPORATE_TITLES
                        and self.registry.kind(self.who.alone[0]) not in _NOT_COMPANY_KINDS):
                    for same in self.people:  # (and 김 CFO later: the same head of the same company)
                        if same.name == person.name and same.start >= person.start and same.organization is None:
                            same.organization = self.who.alone[0]
        if cited and (header := _LETTER_HEADER.match(sentence.text)) is not None:
            # (보낸 사람: A / 받는 사람: B: a letter printed whole; what it tells in the first person is A's, 귀사 is B)
            names = list(dict.fromkeys(o.canonical for o in cited))
            if header.group("to"):
                self.addressee = names
            else:
                self.writers = names
        self.named_before, self.named_here = self.named_here, list(dict.fromkeys(
            o.canonical for o in cited if self.registry.kind(o.canonical) not in AUTHORITY_KINDS))
        if timexes and not cited and not persons and _opens_scene(self.body, sentence, timexes):
            self.scene = (timexes[0], (self.body.find("\n", sentence.end) + 1 or len(self.body) + 1) - 1)
            return
        # (첫째 날(11월 30일): a day's label and its date in brackets, alone)
        labelled_day = bool(timexes) and "(" in sentence.text and _DAY_LABEL_LINE.fullmatch(sentence.text) is not None
        if labelled_day and not cited and not persons and self.body.startswith("\n", sentence.end):
            # (첫째 날(11월 30일) / [blank] / 오전 10시 … A가 먼저 발표에 나섰다. 오후에는 B가 뒤를 이었다.: a labelled day heads
            # the paragraph below it)
            below = sentence.end
            while self.body.startswith("\n", below):
                below += 1
            paragraph_end = self.body.find("\n\n", below)
            self.scene = (timexes[-1], paragraph_end if paragraph_end >= 0 else len(self.body))
            return
        # (◆ 1월 15일, 두 팀의 퇴장 / [paragraph]: a subhead opening with its day and a title that tells no event, the day of
        # the paragraph below)
        dated_subhead = (len(timexes) == 1 and sentence.text[:1] in _SUBHEAD_MARKS and not cited and not persons
                         and timexes[0].start - sentence.start <= 2 and self.body.startswith(", ", timexes[0].end)
                         and not _PREDICATE.search(sentence.text) and event_type(sentence.text) == "other"
                         and (sentence.start == 0 or self.body[sentence.start - 1] == "\n")
                         and _PARAGRAPH_BELOW.match(self.body, sentence.end) is not None)
        if timexes and not cited and not persons and (
                only_dates := _only_dates(sentence, timexes) or dated_subhead
                or _SECTION_TITLE.match(sentence.text) and event_type(sentence.text) == "other"):
            self.section_at = index
            if only_dates and len(timexes) == 1 and _ITEM_BELOW.match(self.body, sentence.end):
                # (■ 5일(수) / - A, 신규 버전 공개 / - B, 설명회: the day of each item below it, as a heading's)
                self.date_heading = (index, timexes[0], [], False)
            elif only_dates and len(timexes) == 1 and _DAY_HEADING_LINE.fullmatch(sentence.text) and (
                    _line_alone(self.body, sentence) or dated_subhead):
                # ([수요일(9일)] / A가 새 버전을 공개한다. B와 함께 만든 기능이 들어간다.: the day of the paragraph below)
                text_below = _PARAGRAPH_BELOW.match(self.body, sentence.end)
                paragraph_end = self.body.find("\n\n", text_below.end() if text_below is not None else sentence.end)
                self.scene = (timexes[0], paragraph_end if paragraph_end >= 0 else len(self.body))
            return  # `■ 2026년`, `■ 다음 주 일정`: a heading over the dates below it, no event of its own
        orgs = _participants(self.body, cited, self.claims, pool_takes_part=not timexes, times=timexes) if cited else cited
        if orgs and "의" in sentence.text:  # (B는 A의 K-엑사원을 공급한다: the maker of what another supplies)
            orgs = [o for o in orgs if not self.registry.own_product_as_object(self.body, o.end, o.canonical)]
        if "자회사" in sentence.text:
            orgs = _units_told_by_parent(self.body, cited, orgs, self.registry)
        facet = ((":" in sentence.text or "：" in sentence.text) and _FACET.match(sentence.text) is not None
                 and not _BROADCAST_SPEAKER.match(sentence.text)  # (앵커: …, 기자: …: who speaks, no facet's label)
                 # (| 계약 상대 | B |, | 계약 기간 | 2026-12-05 ~ 2027-06-30 |: a table of a label and its value)
                 or sentence.text.startswith("|") and _TABLE_FACET.fullmatch(sentence.text) is not None)
        if facet and orgs:  # (□ 설명회: 1. 26.(화) 14:00, B 대회의실: a hall of B, where it is held)
            orgs = [o for o in orgs if not _ROOM_AFTER.match(self.body, o.end)]
        if facet and not _PREDICATE.search(sentence.text):
            self.who.passed_line(index)  # (a box's label and value; not a speaker's turn, ○ 차관: … 발표하겠습니다)
        if facet:  # (a run of facet lines, one after another: a notice's box)
            if self.facet_line_at != index - 1:
                self.facet_run_from = index
                gatherings = _GATHERING_TO_HOLD.findall(self.body, max(0, sentence.start - BOX_OPENING_REACH), sentence.start)
                self.box_gathering = gatherings[-1].strip("'‘’\"“”") if gatherings else ""
                self.box_owner = self._opener_over(self.who.carried if index - self.who.carried_at <= 1 else [])
            self.facet_line_at = index
        under_heading = (self.date_heading is not None and index - self.date_heading[0] == 1
                         and (self.date_heading[3] or _ORDINAL_ITEM.match(sentence.text) is not None))
        if (facet and not timexes and orgs and not under_heading  # (■ 8일(화) / - 참가: A, B: the heading's item's, below)
                and not _facet_label(sentence.text).endswith(_CONTENT_LABELS)):  # (□ 지원 내용: … (A 'K-엑사원') 이용료: a thing's)
            self.facet_actors, self.facet_at = [o.canonical for o in orgs], index
            self.facet_targets = "대상" in _facet_label(sentence.text)  # (ㅇ 대상: A, B: who the box's deadline is for)
            if self.facet_run_from == index and self.last is not None and self.last[0] == index - 1:
                # (… 3개 컨소시엄에 자료 제출을 요청했다고 밝혔다. / ㅇ 대상: A, B, C: the ones counted, named in the box)
                self._count_named_after(index, self.facet_actors)
            dated_at, dated = self.dated_facet
            in_box = index - dated_at <= FACET_REACH or dated_at >= self.facet_run_from
            if in_box:
                # `□ 일시: 12월 8일 ... □ 발표: A, B`: they take part in it too (anywhere in the same box)
                for mention in dated:
                    mention.actors = list(dict.fromkeys(mention.actors + self.facet_actors))
            if in_box or event_type(_facet_label(sentence.text)) not in OUTCOME_TYPES:
                return  # `△평가 대상: A, B`: not an event of its own; `△평가 일정: 8월 4일` is theirs
            # (… 22일 … 선정했다고 밝혔다. / 탈락: C: an outcome's names, of the outcome told, read on as a sentence that goes on)
        if not timexes and orgs and "밝혔" in sentence.text and (telling := _TOLD_UNDATED.search(sentence.text)) is not None and (
                event_type(sentence.text[:telling.start()]) in _TOLD_NEWS_TYPES):
            # A는 B를 선정했다고 밝혔다, with no day: told the day the story was published (as a release's body is)
            at, published = sentence.start + telling.start("verb"), self.article.published_at
            assert published is not None  # (extract reads only articles with a publication time)
            timexes = [Timex(at, at, "", "DATE", published.date().isoformat(), None, None, "past")]
        if not timexes and (day := self._day_told_before(index, sentence)) is not None:
            # (… 날은 지난 9일. 정부가 A와 B를 뺐다: on the 9th, as if told there; a share's move too, before any session's
            # day: 가장 극적인 날은 지난해 1월 15일이었다. A 주가는 6% 빠졌다)
            timexes = [Timex(sentence.start, sentence.start, day.text, day.type, day.value, day.mod, day.end_value,
                             day.direction)]
        undated = not timexes
        timexes = self._in_session(sentence, timexes, cited)
        in_session = undated and bool(timexes)  # (a share's move told with no day, on the trading day)
        if not orgs and "에서" in sentence.text and (view := _VIEW_HELD_IN.match(sentence.text)) and view.group(1) in _VIEW_PLACES:
            self.who.carried_at = -100  # (증권가에서는 … 커질 것으로 본다: a view of those who watch, no step of the subject before)
        elif (not orgs and (watcher := _TOPIC_WORD.match(sentence.text)) is not None and watcher.group(1) in _VIEW_PLACES
              and _WATCHING.search(sentence.text) is not None):
            self.who.carried_at = -100  # (시장은 4분기를 주목한다. … 계약이 몰릴 수 있어서다: those who watch, and why)
        carried = self.who.carried if index - self.who.carried_at <= 1 and "컨소시엄" in sentence.text else []
        self.story_team = carried if len(carried) == 1 and self.registry.role(carried[0]) == "elite" else []
        # (the subject before this sentence's; 정부 too: 정부는 빈자리를 오래 두지 않았다. 1월 23일 추가 공모를 냈고, …)
        going_on = (self.who.carried if index - self.who.carried_at <= 1
                    else self.who.government if index - self.who.government_at == 1 else [])
        if ((not going_on or all(self.registry.kind(name) in AUTHORITY_KINDS for name in going_on))
                and "함께" in sentence.text and _UNDERGONE_WITH_OTHERS.search(sentence.text)
                and (newcomer := self.who.outcome("selection", 1))):
            # (… A를 네 번째 팀으로 발표했다. … 과기정통부 관계자는 "…"이라고 말했다. 기존 세 팀과 함께 치르는 2차 평가는 8월
            # 초다: the one chosen last goes through it with them, not the ministry told since)
            going_on = newcomer
        if cited and ("맡" in sentence.text or "담당" in sentence.text):
            taken = [(found.group("task"), o.canonical) for o in cited
                     if (found := _TASK_TAKEN.match(self.body, o.end)) is not None]
            self.roles = (index, taken) if taken else self.roles
        subject, subject_kind, subject_span, fallback, orgs, speaker = self._who_acts(index, sentence, timexes, cited,
                                                                                      orgs, persons)
        if not orgs and subject_kind == "other" and _LAW_IN_FORCE.match(sentence.text):
            fallback, speaker, going_on = [], [], []  # (… 법안을 가결했다. 법은 6월 시행된다: in force by itself, no one's act)
        if in_session and orgs:
            fallback = []  # (… 발표했다. B 주가도 2% 내렸다: a share's move is its company's alone, not the one told before)
        if len(cited) > 1:
            self.who.counted.update((count, (index, names)) for count, names
                                    in _counted_lists(self.body, cited, self.who.outcome("selection", 1)).items())
        deadline = facet and bool(timexes) and _DEADLINE_FACET.match(sentence.text) is not None
        if deadline:  # `□ 참가 신청: 12. 1.까지`: the deadline of those who publish it, no facet of the event itself
            # (ㅇ 대상: A, B / ㅇ 제출 기한: 11일까지: and of those the box named just before, who hand in by then)
            near = self.facet_actors if index - self.facet_at <= FACET_REACH and self.facet_targets else []
            # (with no issuer, the box's owner; and all of the box's owners when the issuer is among them: A와 B는 …
            # 진행한다고 밝혔다. / □ 추진 일정 / ㅇ 접수 마감: 2.12.)
            owners = self.box_owner if set(self.issuer) <= set(self.box_owner) else self.issuer
            fallback = list(dict.fromkeys([*near, *(owners or fallback)]))
        elif facet and timexes:  # a dated facet of what the authority announced is theirs too
            # (평가 대상 -> 제출 마감, 평가 기간: the steps they go through concern them; 결과 발표: no more, nor what follows it)
            facet_label = _facet_label(sentence.text)
            if self.issuer and _RELEASE_DAY_LABEL.search(facet_label):
                fallback = list(self.issuer)  # (배포일: 2026. 12. 11.(금): the day its issuer put the release out)
            near = self.facet_actors if index - self.facet_at <= FACET_REACH and event_type(facet_label) != "announcement" else []
            # (A는 B와 계약을 맺었다고 공시했다. 계약 상대방: B / 계약 기간: 3월 2일~: a box naming another party is A's too)
            owner = (fallback or self.box_owner) if near else self._opener_over(fallback)
            fallback = list(dict.fromkeys(near + owner + speaker))
            labelled = [o for o in orgs if o.end <= sentence.start + len(facet_label)]
            if labelled and not _name_run_gap(self.body, sentence.start, labelled, sentence.start + len(facet_label)).strip(_FACET_BULLETS + " \t·,"):
                fallback = [o.canonical for o in labelled]  # (LG AI연구원: 2025.8.4 선정 → 2026.1.15 1차 평가 1위: the line is the label's)
            elif _DEAL_TERM_LABEL.search(facet_label) and set(fallback) & set(self.who.several):
                # (A는 B와 공급계약을 체결했다고 공시했다. / - 계약기간: 2026-12-10 ~ …: the term of the deal is both's)
                fallback = list(dict.fromkeys([*fallback, *self.who.several]))
            self.facet_at = index if near else -100
        if orgs and self.mentions and (_JOINING.search(sentence.text) or _HOSTING.search(sentence.text)):
            self._join_event_told(sentence, orgs, told_before)
        if timexes and subject_kind in ("other", "none") and (
                "까" in sentence.text and _WONDERING.search(sentence.text) or _TO_THE_READER.search(sentence.text)):
            # 1년 뒤 오늘, 몇 팀이 웃고 있을까: who, the question leaves open (not the last subject); 지난주 소식도
            # 짚어볼게요: the writer's turn to the reader, of nobody the story told
            fallback = []
            subject_kind = "asked"
        whole = sentence
        if (timexes and self.last is not None and index - self.last[0] <= INHERIT_WINDOW
                and (orgs[-1].end <= timexes[0].start if orgs else not persons) and "까지" in sentence.text
                and all(_LASTS_UNTIL.match(self.body, t.end) for t in timexes)
                and (topic := _EVENT_TOPIC.match(sentence.text)) is not None
                # (… 부스를 꾸렸다. CES는 9일까지 열린다: an occasion told before, by its name, lasting on; no one's event)
                and (_word_type(topic.group()) != "other" if orgs else self._told_before(topic.group(), sentence.start))):
            # (… 4일 열린 서밋에서 시연했다. 행사는 A와 B가 주최했으며 5일까지 이어진다: they are at the event told, whose
            # last day is no event of its own; read as the clause before it, which goes on with that event)
            clause = sentence.text[:timexes[0].start - sentence.start].rstrip(" ,")
            whole, timexes, sentence = sentence, [], Sentence(sentence.start, sentence.start + len(clause), clause)
        if timexes:
            who = self.who
            # (… 과기정통부는 A를 뽑았다. 배정받기로 한 GPU는 …: a thing received is the one the authority acted on's)
            received = (subject_kind == "other" and not orgs and index - who.carried_at <= 1 and bool(who.participants)
                        and all(name in self.authorities for name in who.carried)
                        and "받" in sentence.text and _RECEIVED_TOPIC.match(sentence.text) is not None)
            if received:
                fallback = list(who.participants)
            elif subject_kind == "none" and fallback and _POSTED_BY_OTHERS.search(sentence.text, 0, timexes[0].start - sentence.start):
                fallback = []  # (… 한 블로그 글은 지난 7일 처음 올라왔다: posted by someone left unnamed, not the one told before)
            agent = ((subject_span[1], subject) if subject_kind == "named" and subject_span
                     else (subject_span[1], fallback) if subject_kind in ("anaphor", "teams") and subject_span and fallback  # (회사는, 다섯 팀은)
                     else (sentence.start, fallback) if subject_kind == "none" and fallback  # (지난해 7월 공모에 뛰어든 지 1년)
                     # a sentence about a thing and naming nobody: the last one's subject made it (지난 4월 선보인 버전보다)
                     # (not people from outside: 외부 연구자가 25일 문제를 제기했다)
                     else (sentence.start, who.participants) if received
                     else (sentence.start, who.carried) if subject_kind == "other" and not orgs and index - who.carried_at <= 1
                     and not (subject_span and _body_of_others(self.body, subject_span))
                     # (… 검증에 들어간다. 검증 결과는 6월 말까지 B에 넘긴다: what is handed over, by the one told)
                     # (NIPA는 … 회수한다고 밝혔다. 회수한 GPU는 2월 A와 B에 다시 배정된다: allotted, told in the passive, by the
                     # authority told)
                     else (sentence.start, fallback or who.carried) if (
                         subject_kind in ("event", "other") and orgs and (fallback or index - who.carried_at <= 1 and who.carried)
                         and (_HANDED_TO.search(sentence.text) is not None
                              or (allotted := _ALLOTTED_END.search(sentence.text)) is not None
                              and (all(name in self.authorities for name in fallback or who.carried)
                                   # (A는 … 2차 물량을 출하한다. 1차 물량은 지난 10월 B에 넘어갔다: what A's goods did)
                                   or "넘어" in allotted.group() and not set(fallback or who.carried) & {o.canonical for o in orgs})))
                     else None)
            story, before_story = self.last, self.earlier
            if not orgs and not persons and not fallback and self.section_owner is not None and sentence.start < self.section_owner[1]:
                fallback = list(self.section_owner[0])  # (◇A / ▲15:10 신규 모델 시연: A's, an item with no event word too)
            self._read_dated(index, sentence, timexes, orgs, persons, fallback, agent, speaker, going_on)
            if (subject_kind == "event" and subject_span and index and len(self.mentions) > told_before
                    and (named_for := self._named_for_step_before(index, sentence, subject_span))):
                step_kind = _word_type(self.body[subject_span[0]:subject_span[1]])
                for mention in self.mentions[told_before:]:  # (이로써 2차 단계평가는 A, B, C와 D까지 네 팀이 치르게 됐다.
                    # 2차 평가는 8월 초 열린다: those the sentence before named for the step, with no day of its own)
                    if mention.event_type == step_kind:
                        mention.actors = list(dict.fromkeys([*mention.actors, *named_for]))
            if (subject_kind == "named" and len(subject) == 1 and len(self.mentions) > told_before and "함께" in sentence.text
                    and _WITH_ITS_PARTNERS.search(sentence.text) and (members := self._consortium_members(index, subject[0]))):
                for mention in self.mentions[told_before:]:  # (A 컨소시엄에는 B, C가 참여한다. … A는 참여사들과 함께 4월 중
                    # … 공개한다: the partners the story named for A's consortium)
                    if subject[0] in mention.actors:
                        mention.actors = list(dict.fromkeys([*mention.actors, *members]))
            if (speaker and orgs and orgs[0].start == sentence.start and len(self.mentions) > told_before
                    and _ALLOTTED_TO_TOPIC.match(self.body, orgs[0].end, sentence.end)):
                for mention in self.mentions[told_before:]:  # (과기정통부는 …. A에는 다음 달 GPU가 배정된다: by the authority told)
                    mention.actors = list(dict.fromkeys([*mention.actors, *speaker]))
            if story is not None and story[0] == index - 1 and not orgs and len(self.mentions) > told_before:
                self._act_dated_after_telling(sentence, story[1], self.mentions[told_before:])
            if told_before and orgs and ("찾" in sentence.text or "방문" in sentence.text):
                self._visited_as_topic(sentence, told_before)
            if (not orgs and not persons and self.undated_event is not None and self.undated_event[0] == index - 1
                    and subject_kind in ("event", "other") and (topic := _EVENT_TOPIC.match(sentence.text)) is not None):
                self._undated_event_named_again(self.undated_event, sentence, timexes, topic, subject_kind, told_before)
            if facet and self.box_gathering and _facet_label(sentence.text).strip(_FACET_BULLETS + " \t") in _TIME_LABELS:
                for mention in self.mentions[told_before:]:  # (■ 일시: 12. 16. 14:00: the gathering the notice opened with)
                    if mention.event_type == "other":
                        mention.event_type, mention.title = "presentation", self.box_gathering
            if (story is not None and (orgs or persons) and index - story[0] <= INHERIT_WINDOW
                    and _TELLING_END.search(sentence.text)):
                self._telling_goes_on(index, sentence, timexes, orgs, persons, story, before_story, told_before)
            at, end = timexes[0].start - sentence.start, timexes[0].end - sentence.start
            month_told = self.month_as_predicate
            if (month_told is not None and month_told[0] == index - 1 and len(self.mentions) > told_before
                    and any(m.date_value.startswith(month_told[3] + "-") for m in self.mentions[told_before:])):
                # (첫 번째 시험대는 올해 1월이었다. 정부는 1월 15일 …: the month was all of the day told next, no event apart)
                del self.mentions[month_told[1]:month_told[2]]
                told_before -= month_told[2] - month_told[1]
            self.month_as_predicate = None
            if (not orgs and len(timexes) == 1 and len(self.mentions) > told_before and len(timexes[0].value) == len("2026-01")
                    and timexes[0].value[5:].isdigit() and _day_is_predicate(sentence.text, at, end)):
                self.month_as_predicate = (index, told_before, len(self.mentions), timexes[0].value)
            if (not orgs and len(timexes) == 1 and len(self.mentions) > told_before
                    and all(m.event_type == "other" for m in self.mentions[told_before:])
                    and _STORY_START.match(sentence.text) and _day_is_predicate(sentence.text, at, end)):
                # (… 최종 팀으로 발표했다. [B's cut] 출발은 지난해 7월이었다. 15개 컨소시엄이 …: a start of no kind told, the
                # day the next sentence's; not the last subject's act)
                del self.mentions[told_before:]
            elif (not orgs and len(timexes) == 1 and len(self.mentions) > told_before
                  and all(not m.actors and m.event_type in _STEPS_OF_MINISTRY for m in self.mentions[told_before:])
                  and _STORY_START.match(sentence.text) and _STEP_AS_PREDICATE.search(sentence.text, end)):
                # (… 5개 팀을 발표한 것은 8월 4일이었다. 시작은 지난해 6월 20일 공모였다: a step of the program as the
                # story's start, the ministry's the story named)
                for mention in self.mentions[told_before:]:
                    mention.actors = self._last_named(sentence, ("ministry",))
            refined = (not orgs and len(timexes) == 1 and story is not None and story[0] == index - 1
                       and not sentence.text[:at].strip() and _DAY_OF_WHAT_CAME.fullmatch(sentence.text, end) is not None
                       and self._refine_last_told(sentence, timexes[0], persons, story[1]))
            if refined:  # (its own mentions, a dropped subject's, were the event just told)
                del self.mentions[told_before:]
                self.last = story
            if not refined and not orgs and len(timexes) == 1 and (
                    len(self.mentions) == told_before and (_day_is_predicate(sentence.text, at, end)
                                                           or _REPORTER_VISIT.match(sentence.text, 0, end + VISIT_REACH))
                    or _scene_set(sentence.text, at, end) and not self._item_line(sentence.start)):  # (not an item's aside)
                # (출발 신호는 지난해 6월 20일. 과기정통부가 공모를 열었다; 오늘 오후 정부서울청사. 차관이 발표문을 읽는다:
                # the day told is the next sentence's)
                self.day_told, self.day_told_at = timexes[0], index
            elif not orgs and not persons and len(timexes) == 1 and len(self.mentions) == told_before:
                self.day_unclaimed, self.day_unclaimed_at = timexes[0], index
            if facet and not deadline:
                # (the dated facets of one box, all: `△8월 3일: 평가 △8월 말: 발표 ■ 대상: A, B` concerns them all)
                run = self.dated_facet[1] if self.dated_facet[0] >= self.facet_run_from else []
                self.dated_facet = (index, run + self.mentions[told_before:])
        elif self.question_times and self.question_at == index - 1 and self.interviewee and not self.asked_about and not orgs:
            # -8월 평가 목표는. / "두 팀 안에 드는 것이다.": the answer with no date of its own is at the question's, the one
            # answering's (not when the question is about another: ―1월 평가에서 A가 탈락해 논란이 컸다)
            kind = event_type(self.question)
            answered = [_mention(self.article, sentence, timex, self.interviewee, persons, kind, self.question, inherited=True,
                                 title_from=0) for timex in self.question_times]
            self.who.heard(index, answered, self.registry)
            self.mentions.extend(answered)
        elif (self.question_times and self.question_at == index - 1 and not self.asked_about and not self.interviewee
              and (label_end := sentence.start + _answer_label_end(sentence.text)) > sentence.start
              and not any(o.start >= label_end for o in orgs) and (speaking := self._labelled_speaker(sentence))):
            # (▶사회=지난달 30일 첫 발표회를 치렀다. 소감은. / ▶A 대표=다 보여줬다.: the one labelled answers of the day asked)
            answered = [_mention(self.article, sentence, timex, speaking, persons, event_type(self.question), self.question,
                                 inherited=True, title_from=0) for timex in self.question_times]
            self.who.heard(index, answered, self.registry)
            self.mentions.extend(answered)
        elif (self.question_times and self.question_at == index - 1 and orgs and _names_only(self.body, sentence, orgs)
              and (asked_kind := event_type(self.question)) != "other"):
            # (앵커: 네 번째 팀이 오늘 정해졌습니다. 어떤 곳이 뽑혔나요? / 기자: 네, A 컨소시엄입니다: the answer names who, then)
            answered = [_mention(self.article, sentence, timex, [o.canonical for o in orgs], persons, asked_kind, self.question,
                                 inherited=True, title_from=0) for timex in self.question_times]
            self.who.heard(index, answered, self.registry)
            self.mentions.extend(answered)
        elif (not self.question_times and self.question_at == index - 1 and orgs and self.last is not None
              and self.question_at - self.last[0] <= ASKED_OF_TOLD_REACH and _names_only(self.body, sentence, orgs, counted=True)
              and (asked_of := [m for m in self.last[1] if m.event_type != "other" and m.status == "happened"
                                and (event_type(self.question) == m.event_type
                                     or event_type(self.question) == "other" and _ASKED_DONE.search(self.question))][:1])):
            # (… 공모가 어제 마감됐다. Q. 몇 곳이 지원했나. A. B와 C 두 곳이다: a question with no day of its own asks of
            # the event just told; the answer names who took part in it, at its day)
            answered = [_mention(self.article, sentence, _dated_as(asked_of[0], sentence), [o.canonical for o in orgs], persons,
                                 asked_of[0].event_type, self.question, inherited=True, title_from=0)]
            self.who.heard(index, answered, self.registry)
            self.mentions.extend(answered)
        elif (self.question_times and self.question_at == index - 1 and not self.asked_about
              and (told_in_answer := [o for o in orgs if o.start >= sentence.start + _answer_label_end(sentence.text)])
              and (asked_kind := event_type(self.question)) != "other"):
            # (사회자: 어제 발표 어떻게 보셨습니까? / 김 교수: 솔직히 A 탈락은 예상 밖이었습니다: the answer goes on with the
            # event asked of, at its day; not the body in the label of the one answering)
            asked_line = self.sentences[self.question_at]
            asked_events = [_mention(self.article, asked_line, timex, [], [], asked_kind, self.question, inherited=False,
                                     title_from=0) for timex in self.question_times]
            answered = _continuation(self.article, sentence, asked_events, told_in_answer, persons)
            self.who.heard(index, answered, self.registry)
            self.mentions.extend(answered)
        elif under_heading:
            self._read_heading_item(index, sentence, subject if subject_kind == "named" else [], persons, orgs, facet)
        elif self.last is None and self.leads and orgs and _names_only(self.body, sentence, orgs):
            lead, lead_orgs, lead_persons = self.leads[-1]  # 두 팀이 탈락했습니다. A와 B입니다.: who the lead's event is of
            self.leads[-1] = (lead, lead_orgs + orgs, lead_persons)
        elif self.last is None and not self.mentions and (len(self.leads) < LEAD_SENTENCES or orgs and _RANK_LINE.match(sentence.text)):
            self.leads.append((sentence, orgs, persons))  # (… or each line of a ranking the story opens with: 1위 A 91.4점)
        elif (self.last is not None and index - self.last[0] <= INHERIT_WINDOW and self.heading_at != index and not figure_item
              and not (self.question_at == index - 1 and _BARE_REPLY.fullmatch(sentence.text))):
            # (Q. 떨어진 팀도 낼 수 있나. / A. 그렇다.: a bare yes or no tells no event of its own)
            told, earlier = self.last[1], self.earlier
            if (orgs and orgs[0].start == sentence.start and self.body.startswith("도 ", orgs[0].end)
                    and self._told_next_by_short_name(index, orgs[0])):
                # (… 4월부터 적용한다. 전북도도 힘을 보탠다. 도는 올해 추경에 …: one joining too, whose part the next sentence
                # tells with its own time, by its short name; not at the day told before)
                told, earlier = [], []
            if self._replies(sentence):
                told, earlier = _said_outside_quotes(self.body, told), _said_outside_quotes(self.body, earlier)
            elif "답" in sentence.text and _ANSWERED.search(sentence.text) and not _quoted_at(self.body, sentence.start) and (
                    occasion := next((m for m in reversed(self.mentions) if m.event_type == "presentation"
                                      and not _quoted_at(self.body, m.timex_start)), None)) is not None:
                # (과방위는 3일 전체회의를 열었다. … 한 의원은 "1월 평가 때도 …"라고 말했다. 장관은 "…"고 답했다: the answer is
                # given at the meeting where it was asked, not at what the words asked about told)
                told, earlier = [occasion], []
            elif (told and _BARE_OCCASION.match(sentence.text) and all(_quoted_at(self.body, m.timex_start) for m in told)
                  and (occasion := next((m for m in reversed(self.mentions) if m.event_type == "presentation"
                                         and not _quoted_at(self.body, m.timex_start)), None)) is not None):
                # (A는 5일 서밋에서 연설했다. … "30일 평가에서 답하겠다"고 덧붙였다. 행사에는 B, C가 부스를 차렸다: the gathering
                # told, not a day of the words said since)
                told, earlier = [occasion], []
            question = self.question if self.question_at == index - 1 else ""
            # (an explainer's … 협약은 내년 1월 맺는다. / Q. 떨어진 팀은 어떻게 되나. / A. 지원은 끊긴다: a question of another
            # event opens a new topic, and the answer does not go on with the one told before it; results and their outcomes
            # are one topic: 결과를 발표했다. / ―A가 탈락한 이유는.)
            asked_kind = event_type(question) if question and not self.interviewee else "other"
            asked_topic = _topic_of(asked_kind)
            if asked_kind != "other" and not any(_topic_of(m.event_type) == asked_topic for m in [*told, *earlier]):
                # (… 1월 15일 A를 탈락시켰다. … 23일 공모를 시작했다. / Q. 같이 떨어진 팀은? / A. B도 고배를 마셨다: the event of the
                # question's topic told last, further back than the last two dates; none told, the answer goes on with none)
                of_topic = [m for m in self.mentions if _topic_of(m.event_type) == asked_topic]
                told, earlier = [m for m in of_topic if m.sentence_start == of_topic[-1].sentence_start], []
            if (told and orgs and _REST_TOLD.match(sentence.text) and orgs[0].start >= sentence.start
                    and _COPULA_LEFT.fullmatch(self.body, orgs[-1].end, sentence.end) is not None):
                # (… 3곳을 발표평가 대상으로 정했다. 나머지 한 곳은 C 컨소시엄이다: C is among those told of, then)
                names = list(dict.fromkeys(o.canonical for o in orgs))
                self.mentions.extend(_mention(self.article, sentence, _dated_as(m, sentence), names, persons, m.event_type,
                                              sentence.text, inherited=True, title_from=0, status=m.status)
                                     for m in told if m.event_type in _OUTCOME_TOLD_TYPES)
                told, earlier = [], []
            if told and orgs and not question and (back := self._event_named_as_topic(sentence, told)):
                told, earlier = back, []  # (… 3일부터 검증했다. 결과는 22일 발표된다. 검증에는 A, B가 올랐다: the 검증 told before)
            if (told and orgs and self._item_line(sentence.start, named=True) and all(self._item_line(m.sentence_start, named=True)
                                                                                    for m in told)
                    and not {o.canonical for o in orgs} & {a for m in told for a in m.actors}):
                told, earlier = [], []  # (△A = 3월 출시 / △B = 재도전 검토: each item its own, B's with no day)
            if told and 0 <= self.question_at < index and all(m.event_type == "other" and _WRITER_MET.search(m.sentence) for m in told):
                # (… B 담당을 지난 12일 만났다. —소감은. / "… 참여사와 함께 밤을 새웠다.": what an answer tells, with no day,
                # is not of the day the writer met the one answering; it may be of what the story told before)
                told = []
            if (told and not orgs and self.question_at == index - 1 and self.asked_about and self.question_times
                    and not {t.value for t in self.question_times} & {m.date_value for m in told}):
                # (… 이달 안에 발표한다. / ―지난달 탈락한 A는 재도전하지 않았다. / "각자의 판단이다": the question turned to
                # another one's other time; the answer goes on with nothing told before it)
                told, earlier = [], []
            inherited = _continuation(self.article, sentence, told or earlier, orgs, persons, gap=index - self.last[0],
                                      earlier=earlier, told_so_far=self.mentions, asked=question) if (
                asked_kind == "other" or told or earlier) else []
            if inherited and holds_any(sentence.text, _EVERY_TIME_WORDS) and _EVERY_TIME.search(sentence.text):
                # (A는 1월과 8월 두 차례 평가를 모두 통과했다. B와 C는 두 번 모두 2, 3위를 나눠 가졌다: each time told)
                days = {m.date_value for m in inherited}
                for other in told:
                    if other.date_value not in days and other.status == inherited[0].status:
                        days.add(other.date_value)
                        inherited.append(_mention(self.article, sentence, _dated_as(other, sentence), list(inherited[0].actors),
                                                  persons, inherited[0].event_type, sentence.text, inherited=True, title_from=0,
                                                  status=other.status))
            if (len(inherited) == 1 and len(told) >= 2 and inherited[0].status == "planned"
                    and len({m.sentence_start for m in told}) == 1 and len(self._listed_as_predicate(sentence)) >= 2
                    and (steps := [m for m in told if m.event_type == "evaluation" and m.status == "planned"
                                   and m.date_value != inherited[0].date_value])):
                # (서면평가는 16~18일, 발표평가는 19일 진행된다. 지원한 곳은 A와 B다: those who go through each step told ahead)
                inherited += [_mention(self.article, sentence, _dated_as(step, sentence), list(inherited[0].actors), persons,
                                       step.event_type, sentence.text, inherited=True, title_from=0, status=step.status)
                              for step in steps]
            if len(inherited) == 1 and not cited and _EACH_SUBJECT.match(sentence.text) and len(told) >= 2:
                inherited = self._each_at_its_own(sentence, inherited[0], told, persons)
            if self.asked_about and self.question_at == index - 1 and not orgs and any(
                    m.event_type in _RESULT_TYPES for m in told):
                for mention in inherited:  # (results told, then ―A가 탈락한 이유는. / "... 가져다 쓴 부분이 확인됐다": A's;
                    mention.actors = list(self.asked_about)  # not what A did on the day of the interview)
            if (inherited and len(orgs) > 1 and orgs[0].kind == "media" and orgs[0].start == sentence.start
                    and _REPORT_TOLD_END.search(sentence.text)):
                wire_told = {o.canonical for o in orgs[1:]}
                for mention in inherited:  # (로이터는 15일 …라고 보도했다. 로이터는 A가 … 문제가 됐다고 전했다: what the wire
                    # tells of A, with no day of its own, is not A's at the day of the report)
                    mention.actors = [name for name in mention.actors if name not in wire_told]
            if subject_kind == "anaphor" and fallback and orgs:
                for mention in inherited:  # (A는 8월 평가를 넘었다. 회사는 그 무렵 B와 함께 …: A too, whom 회사는 points back to)
                    mention.actors = list(dict.fromkeys([*fallback, *mention.actors]))
            elif (subject_kind == "anaphor" and fallback and not orgs and subject_span is not None
                  and (counted := _COUNTED_ANAPHOR.search(self.body, max(sentence.start, subject_span[0] - SUBJECT_WORDS_REACH),
                                                          subject_span[1])) is not None
                  and _number(counted.group(1)) == len(fallback)):
                for mention in inherited:  # (… A와 B 두 곳이 냈다. 정부는 이달 안에 고른다. 두 회사는 연휴에도 …: the two counted)
                    mention.actors = list(fallback)
            elif subject_kind == "self" and fallback and not orgs and _THEN_POINTED.search(sentence.text):
                for mention in inherited:  # (A. 22일 B가 발표한다. 우리는 그때 보고서를 낸다: we, at B's day)
                    mention.actors = list(fallback)
            self._add_consortium_lead(sentence, inherited)
            if not inherited and len(orgs) >= 2 and event_type(sentence.text) in ("evaluation", "call"):
                # (… 발표한다고 14일 밝혔다. 평가에는 A, B가 참여했다: at no day told, but 각 팀은 after it are theirs)
                self.who.took_part(index, [o.canonical for o in orgs], self.registry)
            kinds = {m.event_type for m in inherited}
            if kinds >= OUTCOME_TYPES:  # (… 결과를 받았다. A, B는 살아남았고 C는 짐을 쌌다: who goes on)
                self.who.told(index, inherited, self.registry)
            else:
                self.who.heard(index, inherited, self.registry)
                if kinds & OUTCOME_TYPES:  # (결과는 어제 나왔다. A가 네 번째 정예팀이 됐다: A is running)
                    self.who.settled(inherited, _teams_of(inherited, self.registry))
                elif kinds == {"announcement"} and (announced := next((
                        _team_count(chosen.group()) for m in told if (chosen := _COUNTED_CHOSEN_ANNOUNCED.search(m.sentence))), None)):
                    # (5개 정예팀을 발표했습니다. / A, B, C, D, E입니다.: the names of those announced chosen, as many)
                    if len(named := _teams_of(inherited, self.registry)) == announced:
                        self.who.chosen(named)
            if len(inherited) == 1 and "각각" in self.sentences[self.last[0]].text:
                inherited = self._each_at_its_own_day(sentence, persons, inherited[0], self.last[1])
            self.mentions.extend(inherited)
            if inherited:
                self.last = (index, self.last[1])
                if not orgs and not persons and all(m.actors and set(m.actors) <= set(self.who.carried) for m in inherited):
                    # (A는 28일 행사를 연다. 행사에서는 새 기능이 소개된다. 사전 신청은 20일까지 받는다: still A's story)
                    self.who.still_carried(index, self.who.carried)
        if whole is not sentence:  # (the evidence is the whole sentence, though the clause before its last day was read)
            for mention in self.mentions[told_before:]:
                mention.sentence, mention.sentence_end = whole.text, whole.end
            sentence = whole
        if not orgs and not timexes and "명" in sentence.text and _CROWD_SUBJECT.search(sentence.text):
            # (A는 1일 행사를 열었다. 행사장에는 600여명이 몰렸다. 제품은 이달 중순 …: a scene, an aside; still A's story)
            self.who.still_carried(index, self.who.carried)
        if len(orgs) >= 2 and index and (
                not timexes and _LIST_PREDICATE.match(self.body, orgs[-1].end, sentence.end)
                # (배정 대상은 A, B, C로, 팀당 300장씩 돌아간다: the list as what the targets are, then more of them; 대상은
                # 지난달 평가를 통과한 A, B, C다: the list as the targets, a time of theirs told before it)
                or "대상" in sentence.text and _TARGETS_TOPIC.match(sentence.text) is not None
                and all(t.end <= orgs[0].start for t in timexes)
                and (_LISTED_AS.match(self.body, orgs[-1].end) is not None
                     or _COPULA_LEFT.fullmatch(self.body, orgs[-1].end, sentence.end) is not None)):
            self._count_named_after(index, list(dict.fromkeys(o.canonical for o in orgs)))
        elif (len(orgs) >= 2 and index and orgs[0].start == sentence.start and event_type(sentence.text) not in OUTCOME_TYPES
              and len(opening := _listed(self.body, orgs)) >= 2 and _PERSON_SUBJECT.match(self.body, opening[-1].end)
              and all(self.registry.kind(o.canonical) not in AUTHORITY_KINDS for o in opening)
              and any(m.event_type in OUTCOME_TYPES and m.status == "happened"
                      for m in self.mentions if m.sentence_start == self.sentences[index - 1].start)):
            # (정부가 15일 두 팀을 탈락시켰다. A와 B가 쌓은 기술을 …: the two counted, named as the next sentence opens)
            self._count_named_after(index, list(dict.fromkeys(o.canonical for o in opening)))
        elif len(orgs) >= 2 and index and not timexes:
            self._counted_subject_named_after(index, orgs)
        if orgs and not timexes and "이번" in sentence.text and (this_outcome := _THIS_TIMES_OUTCOME.search(sentence.text)):
            self._outcome_named_later(sentence, orgs, this_outcome)
        if orgs and "에서" in sentence.text and holds_any(sentence.text, _STEP_WORDS):
            self.mentions.extend(self._outcome_of_step_told(sentence, orgs, told_before, timexes))
        if orgs and not timexes and len(self.mentions) == told_before and holds_any(sentence.text, _STEP_WORDS):
            self.mentions.extend(self._in_step_told(sentence, orgs, told_before))
        if reported is not None and orgs and _DENIAL.search(sentence.text):
            self._deny_report(reported[1], orgs)
        elif (reported is not None and not orgs and self.issuer
              and sentence.text.lstrip(_FACET_BULLETS + " \t").startswith(_SET_AGAINST_OPENINGS)):
            # (in its own release: □ 한 매체는 … 12월로 미룬다고 보도하였습니다. □ 그러나 …: the issuer denies it)
            self._deny_report(reported[1], [o for o in self.organizations if o.canonical in self.issuer][:1])
        elif (reported is not None and not orgs and not timexes and _BARE_DENIAL.match(sentence.text)
              and all(_CLAIM_SPREAD.search(m.sentence) for m in reported[1])):
            # (… 발표가 1월로 미뤄졌다는 글이 퍼졌다. 확인 결과 사실이 아니다: what the claim told is no event)
            self.mentions = [m for m in self.mentions if not any(m is denied for denied in reported[1])]
        if (index - DENIAL_REACH <= self.denied_at < index
                and ("보도" in sentence.text and _REPORTED_BY_PRESS.search(sentence.text) or _OUTLET_TOLD.search(sentence.text))):
            # (A는 22일 "…"는 일부 보도에 대해 "사실무근"이라고 해명했다. 앞서 한 매체는 21일 B가 6월 중 떠날 것이라고
            # 보도했다: the report denied, told after its denial, tells no event but its outlet's telling)
            self.mentions[told_before:] = [m for m in self.mentions[told_before:]
                                           if m.status != "planned" and any(self.registry.kind(a) == "media" for a in m.actors)]
        if "보도" in sentence.text and _DENIAL.search(sentence.text) and _REPORT_DENIED.search(sentence.text):
            self.denied_at = index
        if len(self.mentions) > told_before and ("인 " in sentence.text or "날 " in sentence.text or "날," in sentence.text):
            self.mentions.extend(self._day_next_to_another(sentence, orgs, persons, told_before))
        if (len(self.mentions) > told_before and not orgs and "만의" in sentence.text
                and (since := _SINCE_OF_EVENT.search(sentence.text)) is not None):
            # (A가 마지막 관문을 넘지 못했다. B는 22일 C와 D를 뽑았다. 지난해 8월 정예팀에 이름을 올린 지 16개월 만의 탈락이다:
            # the one cut, told before, not the subject told last)
            kind = _word_type(since.group(1))
            whose = next((m.actors for m in reversed(self.mentions[:told_before]) if m.event_type == kind and m.actors), [])
            for mention in self.mentions[told_before:] if whose else []:
                mention.actors = list(whose)
        self._attribute_quotation(index, sentence, orgs, persons, told_before)
        if persons and len(self.mentions) > told_before and ("불러" in sentence.text or "출석" in sentence.text):
            summoned = [p.organization for p in persons if p.organization and _SUMMONED.match(self.body, p.end)]
            for mention in self.mentions[told_before:]:  # (과방위는 24일 B 장관을 다시 불러 따진다: B's body is there too)
                mention.actors = list(dict.fromkeys([*mention.actors, *summoned]))
        if (len(self.mentions) > told_before and "에서는" in sentence.text
                and (at_unit := _AT_UNIT_OPENING.match(sentence.text)) is not None
                and (runners := self._run_by(at_unit.group(1), sentence.start))):
            for mention in self.mentions[told_before:]:  # (… 센터 구축 협약. … 센터에서는 하반기부터 …: its runners')
                mention.actors = list(dict.fromkeys([*runners, *mention.actors]))
        if (not orgs and index and len(self.mentions) > told_before and "기간" in sentence.text
                and _USE_TERM_TOPIC.match(sentence.text) is not None
                and (users := [o.canonical for o in self.within(self.sentences[index - 1])[1]
                               if self.registry.kind(o.canonical) not in AUTHORITY_KINDS])):
            for mention in self.mentions[told_before:]:  # (대상은 A, B로 … 돌아간다. 이용 기간은 15일부터다: theirs)
                mention.actors = list(dict.fromkeys([*mention.actors, *users]))
        if (len(self.mentions) > told_before and ("시는 " in sentence.text or "도는 " in sentence.text)
                and (self_after := _SELF_CLAUSE_SUBJECT.search(sentence.text))):
            # (센터는 … 들어서며, 시는 A와 손잡고 연말까지 …: the city, as the later clause's own subject)
            own = self._last_named(sentence, (_SELF_KINDS[self_after.group(1)],))
            for mention in self.mentions[told_before:] if own else []:
                if mention.timex_start > sentence.start + self_after.end():
                    mention.actors = list(dict.fromkeys([*own, *mention.actors]))
        if "양" in sentence.text and len(self.mentions) > told_before:
            deals = [m.actors for m in self.mentions[max(0, told_before - BOTH_SIDES_REACH):told_before] if len(m.actors) == 2]
            for mention in self.mentions[told_before:] if deals else []:
                if _BOTH_SIDES_AFTER.match(self.body, mention.timex_end):  # (지난 1월 양 기관이 맺은 업무협약: the two told)
                    mention.actors = list(dict.fromkeys([*deals[-1], *mention.actors]))
        if "같은 " in sentence.text and len(self.mentions) > told_before:
            self._same_time_as_like(sentence, persons, told_before)
        if not timexes and orgs and len(self.mentions) == told_before and (kind := event_type(sentence.text)) != "other":
            self.undated_event = (index, list(dict.fromkeys(o.canonical for o in orgs)), kind, sentence)
        if self.section_owner is not None and sentence.start < self.section_owner[1]:
            for mention in self.mentions[told_before:]:  # (◇A / ▲14:00 결과 브리핑: A's)
                mention.actors = list(dict.fromkeys([*self.section_owner[0], *mention.actors]))
        if (len(orgs) > 1 and len(self.mentions) > told_before and "컨소시엄의" in sentence.text
                and (member := _MEMBER_OF_TOLD.search(sentence.text)) is not None
                and self.body.startswith(_TOPIC_ENDINGS, orgs[0].end) and orgs[0].start == sentence.start):
            # (A는 지난 2월 20일 추가 정예팀으로 선정된 B 컨소시엄의 핵심 참여사다: a member, at the day its consortium was
            # chosen)
            consortium_lead = [o.canonical for o in orgs if o.end == sentence.start + member.start()]
            for mention in self.mentions[told_before:]:
                if consortium_lead and consortium_lead[0] in mention.actors and orgs[0].canonical not in mention.actors:
                    mention.actors = [*mention.actors, orgs[0].canonical]
        if (not orgs and len(self.mentions) > told_before and (authority := self.who.speaker(index))
                and all(m.actors == authority and m.status == "planned" for m in self.mentions[told_before:])):
            # (… 14일까지 신청을 받는다. 결과는 내년 1월 통보된다: the authority's plans told one after another are still its
            # own; not a look back over what was done, where the story moves on to others)
            self.who.authority_at = index

    def _same_time_as_like(self, sentence: Sentence, persons: list[PersonMention], told_before: int) -> None:
        """A same-time anaphor of a past clause that the time told last would put ahead (… 11월 출시에 맞춰 탑재된다. …
        같은 달 탈락한 B도): the time of the like event told before (A가 1월 탈락한 …), at the anaphor's grain."""
        assert self.article.published_at is not None
        published = self.article.published_at.date()
        for position, mention in enumerate(self.mentions[told_before:], start=told_before):
            grain = _SAME_TIME_GRAIN.get(mention.timex_text)
            if (grain is None or mention.date_start <= published or mention.event_type in ("other", "statement")
                    or not _PAST_WORD_AFTER.match(self.body, mention.timex_end)):
                continue
            root = self.body[mention.timex_end:mention.timex_end + SAME_ROOT_REACH].split()[:1]
            if not root or len(root[0]) < 2:
                continue
            like = next((m for m in reversed(self.mentions[:told_before]) if m.event_type == mention.event_type
                         and m.status == "happened" and len(m.date_value) >= grain and not m.date_value.startswith(("P", "X"))
                         and self._told_in_its_clause(m, root[0][:2])), None)
            if like is not None:
                timex = Timex(mention.timex_start, mention.timex_end, mention.timex_text, "DATE", like.date_value[:grain])
                self.mentions[position] = _mention(self.article, sentence, timex, mention.actors, persons,
                                                   mention.event_type, sentence.text, mention.inherited, 0,
                                                   status="happened", title=mention.title)

    def _told_in_its_clause(self, mention: Mention, root: str) -> bool:
        """Whether the word `root` (탈락) follows the mention's date in its clause, outside quotation marks."""
        comma = self.body.find(",", mention.timex_end, mention.sentence_end)
        clause_end = comma if comma >= 0 else mention.sentence_end
        at = self.body.find(root, mention.timex_end, clause_end)
        return at >= 0 and not inside_quotation(self.body, mention.sentence_start, at)

    def _day_next_to_another(self, sentence: Sentence, orgs: list[ActorMention], persons: list[PersonMention],
                             told_before: int) -> list[Mention]:
        """What the subject did the day before or after a day it is told at, told as that day's neighbour (A가 최종 발표를
        마친 다음 날인 2일 …을 열었다: A's presentation on the 1st; B를 여는 전날인 9일: B on the 10th)."""
        found = []
        for mention in self.mentions[told_before:]:
            if len(mention.date_value) != 10 or not mention.actors or mention.inherited:
                continue
            reach = max(sentence.start, mention.timex_start - DAY_NEXT_TO_REACH)
            told = _DAY_NEXT_TO.search(self.body, reach, mention.timex_start)
            outcome_only = in_clause_only = False
            counted = time_words()["day_anaphor"].get(mention.timex_text) if told is None else None
            if counted in ("+1", "-1"):
                # (A와 B가 선정 이튿날 일정을 잡았다: the day counted from their outcome, the outcome on the day before; not
                # 발표 이튿날 입장문을 냈다, another's act the day is counted from)
                after = counted == "+1"
                if (told := _CLAUSE_BEFORE_DAY.search(self.body, reach, mention.timex_start)) is not None:
                    # (A가 고배를 마신 다음 날, B의 주가가 흔들렸다: the clause's subject did that the day before, and
                    # takes no part in what the sentence's own subject did on the day)
                    in_clause_only = final_consonant(told.group("event")[-1]) == _ADNOMINAL_FINAL and _SUBJECT_PARTICLE.search(
                        self.body, mention.timex_end, sentence.end) is not None
                    if not in_clause_only:
                        continue
                else:
                    told = _EVENT_BEFORE_DAY.search(self.body, reach, mention.timex_start)
                    outcome_only = True
            else:
                after = told is not None and told.group("after") is not None
            if told is None or (kind := event_type(told.group("event"))) == "other" or outcome_only and kind not in OUTCOME_TYPES:
                continue
            shift = -1 if after else 1
            doers = [o.canonical for o in orgs if reach <= o.start and o.end <= told.end("event")
                     and _CLAUSE_SUBJECT_AFTER.match(self.body, o.end)] if in_clause_only else list(mention.actors)
            if not doers:
                continue
            day = (date.fromisoformat(mention.date_value) + timedelta(days=shift)).isoformat()
            at = told.start("event")
            timex = Timex(at, at, "", "DATE", day, None, None, "past" if shift < 0 else None)
            found.append(_mention(self.article, sentence, timex, doers, persons, kind, told.group("event"),
                                  inherited=True, title_from=0, part=at - sentence.start))
            if in_clause_only:
                mention.actors = [name for name in mention.actors if name not in doers]
        return found

    def _told_before(self, topic: str, start: int) -> bool:
        """Whether a sentence's topic (CES는, 박람회는) is a name (in Latin letters, or told in quotes) the story told before
        `start`."""
        named = actors_mod.strip_particle(topic.strip())
        for name in dict.fromkeys((named, named.split()[-1] if named else "")):  # (the whole topic, or its last word: 이번 CES는)
            at = self.body.find(name, 0, start) if len(name) >= 2 else -1
            if at >= 0 and (name.isascii() or self.body[at - 1:at] in NAME_OPENING_MARKS):
                return True
        return False

    def _modifies_a_name(self, sentence: Sentence, timex: Timex, cited: list[ActorMention]) -> bool:
        """Whether the first predicate after a time in the sentence modifies what a name is told in, no name between
        (같은 날 탈락 통보를 받은 B의 …; not 20일 … 6% 오른 값에 거래되고 있다, 30일 C에 따르면 B 컨소시엄에 참여한 D는)."""
        at = timex.end
        for word in self.body[timex.end:sentence.end].split():
            at = self.body.find(word, at) + len(word)
            if (role := _role(word.rstrip(".,"))) is not None:
                return (role == "adnominal" and any(o.start >= at for o in cited)
                        and not any(timex.end <= o.start < at for o in cited))
        return False

    def _in_session(self, sentence: Sentence, timexes: list[Timex], cited: list[ActorMention]) -> list[Timex]:
        """A share's move in a trading session told with no day (B는 장 초반 12% 올랐다; after a session told, C는 보합으로
        마감했다) is on the day of the session the story told last (5일 오전 … 거래되고 있다), else on the day the story was
        published."""
        if _MARKET_SESSION.search(sentence.text) is None and (self.trading_day is None or _SHARE_MOVE.search(sentence.text) is None):
            return timexes
        if timexes:
            if len(timexes[0].value) >= 10 and not self._modifies_a_name(sentence, timexes[0], cited):
                self.trading_day = timexes[0]  # (not 같은 날 탈락 통보를 받은 B의 모회사 C 주가도 …: the day of another act)
            return timexes
        if not cited:
            return timexes
        published = self.article.published_at
        assert published is not None  # (extract reads only articles with a publication time)
        day = self.trading_day
        value = day.value[:10] if day is not None else published.date().isoformat()
        if day is None and published.time() < MARKET_CLOSES_AT and _SESSION_CLOSED.search(sentence.text) is not None:
            # (printed at 7:30, … 2.1% 오른 6만4500원에 장을 마쳤다: the session before, the last weekday)
            before = published.date() - timedelta(days=1)
            while before.weekday() >= 5:
                before -= timedelta(days=1)
            value = before.isoformat()
        return [Timex(sentence.start, sentence.start, "", "DATE", value, None, None, "past")]

    def _day_told_before(self, index: int, sentence: Sentence) -> Timex | None:
        """The day the sentence before told for this one: told as all it said (첫 관문은 15일이다), or told where it named
        nobody, when this one says what that day was (… 코엑스는 붐볐다. A와 B가 처음 모델을 내보인 날이다)."""
        if self.day_told_at == index - 1:
            return self.day_told
        if self.day_unclaimed_at == index - 1 and (_DAY_DESCRIBED.search(sentence.text) or "다는" in sentence.text
                                                   and _NEWS_OF_IT.search(sentence.text) is not None):
            # (지난 22일 저녁 결과 기사를 읽었다. A가 통과했다는 소식보다 B가 탈락했다는 대목에 …: the news of that day)
            return self.day_unclaimed
        return None

    def finish(self) -> None:
        """A story that tells its news with no day anywhere (A가 네 번째 정예팀이 됐다. …): its opening sentences that
        tell an event done, with who did it, are the day it was published. And the partners of an agreement told
        (A는 B와 협약을 맺었다고 3일 밝혔다) whose own day the story never tells are at the day it was told."""
        self._partners_told()
        if self.mentions or not self.leads:
            return
        for sentence, orgs, persons in self.leads:
            self.mentions += self._told_as_news(sentence, orgs, persons)

    def _done_beside_background(self, lead: Sentence, orgs: list[ActorMention], dating: list[Mention]) -> str:
        """The kind of what a lead's names are told to do after them, when the events the lead is dated by
        (`dating`) tell of those names only the event of the relative clause before them (평가를 통과한 A, B가
        준비에 들어갔다) and what they do is of another kind; else ""."""
        if not orgs or orgs[0].start <= lead.start:
            return ""
        before = self.body[lead.start:orgs[0].start].rstrip()
        if _role_of(before.rsplit(None, 1)[-1] if before else "") != "adnominal":
            return ""
        kind, done = event_type(before), event_type(self.body[orgs[-1].end:lead.end])
        names = {o.canonical for o in orgs}
        told = {m.event_type for m in dating if not names.isdisjoint(m.actors)}
        return done if told == {kind} and done not in ("other", kind) else ""

    def _told_as_news(self, sentence: Sentence, orgs: list[ActorMention], persons: list[PersonMention],
                      kind: str = "") -> list[Mention]:
        """An opening sentence's event done (of `kind`, else the sentence's), with who did it, as news of the day
        the story was published."""
        published = self.article.published_at
        assert published is not None  # (extract reads only articles with a publication time)
        kind = kind or event_type(sentence.text)
        if not orgs or kind not in _TOLD_NEWS_TYPES or _final_direction(sentence.text) != "past":
            return []
        day = Timex(sentence.end, sentence.end, "", "DATE", published.date().isoformat(), None, None, "past")
        names = [o.canonical for o in orgs if not _no_party(self.body, o)]
        return [_mention(self.article, sentence, day, names, persons, kind, sentence.text, inherited=True, title_from=0,
                         status="happened")]

    def _partners_told(self) -> None:
        # The days the story gives the deal (11일 … 협약식이 열렸다, 협약을 지난 18일 맺었다고 21일 밝혔다): its partners are
        # there, not at the telling; a term's end ahead (2027년 6월까지 연장한다) or a deal of long before (기존 계약은
        # 지난해 8월 맺었다) is no such day.
        dealt = [(m.sentence_start, m.event_type, m.date_end, set(m.actors)) for m in self.mentions
                 if not m.inherited and not self.body.startswith("까지", m.timex_end)]
        for mention in self.mentions:
            if mention.event_type != "announcement" or mention.status != "happened" or mention.inherited:
                continue
            tellers = set(mention.actors)
            signed = {a for start, kind, day, actors in dealt
                      if (kind == "agreement" or start == mention.sentence_start and day < mention.date_start)
                      and actors & tellers and (mention.date_start - day).days <= SIGNED_BEFORE_TELLING_DAYS
                      for a in actors}
            partners = [o for o in self.organizations if mention.sentence_start <= o.start < mention.timex_start
                        and o.canonical not in mention.actors and o.canonical not in signed
                        and self.body.startswith(_PARTNER_MARKS, o.end) and _AGREED_WITH.match(self.body, o.end, mention.timex_start)]
            if partners:
                mention.actors = list(dict.fromkeys(mention.actors + [o.canonical for o in _listed_before(self.body, partners)]))

    def _deny_report(self, told: list[Mention], orgs: list[ActorMention]) -> None:
        """A plan the press reported in the sentence before, denied by the one it concerns (한 경제지는 A가 평가를
        11월로 앞당긴다고 보도했다. A는 같은 날 해명자료를 내고 ...): no plan of theirs."""
        if not told or not _REPORTED_BY_PRESS.search(told[0].sentence):
            return
        denying = {o.canonical for o in orgs}
        denied = {id(m) for m in told if m.status == "planned" and denying & set(m.actors)}
        if denied:
            self.mentions = [m for m in self.mentions if id(m) not in denied]

    def _who_acts(self, index: int, sentence: Sentence, timexes: list[Timex], cited: list[ActorMention],
                  orgs: list[ActorMention], persons: list[PersonMention]):
        """The sentence's subject (organizations, kind, span), who acts where its clauses name nobody
        (the fallback), its organizations (정부는 may stand in for the ministry), and the authority
        named lately."""
        body, registry, who = self.body, self.registry, self.who
        told_of = who.carried if index - who.carried_at <= 1 else []  # the subject before this sentence's
        first = sentence.text[:1]
        row = (("  " in sentence.text or "\t" in sentence.text) and _TABLE_ROW.search(sentence.text) is not None
               or sentence.text.startswith("|") and sentence.text.count("|") >= 3)  # (| 결과 발표 | 12. 22.(화) | … |)
        item = (first in _ITEM_FIRST or first.isspace()) and _ORDINAL_ITEM.match(sentence.text) is not None or row or (
            first.isdigit() and _DATED_LINE.match(sentence.text) is not None)
        if not item and self.item_at == index - 1 and self.item_subject is not None and who.carried == self.item_subject:
            who.carried, who.carried_as_team = [], False  # a list is over: the subject its last item named is not the story's
        # (a team's story, then a box of the program's days: not the team's; but an authority's schedule, told after it
        # fixed it, is its own: 과기정통부가 … 일정을 확정했다. ■ 평가 일정 / △8월 3~14일: …)
        section = item and _ends_in_noun(sentence.text) and _heads_section(
            body, sentence, lists=not any(registry.kind(name) in AUTHORITY_KINDS for name in who.carried)
            and not self._own_box(index, sentence, who.carried))
        # (③ 2: … 짐을 싼 팀 수다. A와 B다. / ④ 4: … 기다리는 팀 수다: whom an item's own sentences named stays there)
        told_in_item = item and self.item_named is not None and who.carried is self.item_named
        if section:  # (■ 2/12(목) 접수 마감 / 트릴리온랩스는 ...): a new section, none of the last one's subjects
            who.carried, self.item_owner = [], []
        elif item and self.item_at != index - 1 and not told_in_item:
            # a list begins (not one going on after an item's own sentences): whose items they are
            # (a table is the authority's that published it, when one was named lately: its schedule, its results)
            # (not the names an item of an earlier list told: 작년 / - 8/4 최종 5팀: A, B … / 올해 / - 1/23 추가공모 공고)
            self.item_owner = (row and who.speaker(index)) or (
                who.carried if index - who.carried_at <= AUTHORITY_REACH and who.carried != self.carried_from_item else [])
            if (self.item_owner and index - who.organizer_at <= AUTHORITY_REACH and set(self.item_owner) < set(who.organizer)):
                self.item_owner = list(who.organizer)  # (A는 B와 함께 해커톤을 연다고 밝혔다. ■ 접수: … / ■ 본선: …: both hold it)
            self.item_subject = None
            self.item_at_start = index
        self.item_at = index if item else self.item_at
        needs_subject = timexes or cited or persons or who.carried_at == index - 1  # (the last: a dropped subject may run on)
        chosen_if = False
        # (네 팀이 이 평가를 받는다: teams counted stand for those told, in the event the sentence goes on with)
        # (발표평가는 17일 열렸다. 두 회사 대표가 차례로 발표했다: those counted as the subject opening an undated sentence
        # that tells an event are who it goes on with)
        counted_first = (not timexes and sentence.text.startswith(_COUNT_OPENINGS)
                         and (opening := _COUNTED_SUBJECT_OPENING.match(sentence.text)) is not None
                         # (not 두 곳이 맞붙은 공모에서 A는: the subject of a clause, a named one the sentence's)
                         and not ((after := _NEXT_WORD.match(sentence.text, opening.end() - 1)) is not None
                                  and _role(after.group(1)) == "adnominal")
                         and not any(body.startswith(_SUBJECT_MARKS, o.end) for o in orgs)
                         and event_type(sentence.text) != "other" and not sentence.text.rstrip(CLOSING_PUNCT + " ").endswith("아니다"))
        if needs_subject or counted_first or "팀" in sentence.text or any(word in sentence.text for word in GOVERNMENT_WORDS):
            # (a cited source still carries over; a product's maker does not: 선정된 팀에는 엔비디아 B200 768장이 지원된다; nor
            # does a consortium's lead before its member: A 컨소시엄 참여사인 B가 …)
            taking_part = {id(o) for o in orgs}
            # (허깅페이스 … 순위에서 A의 모델이 2위에 올랐다: a platform told as where takes no part, as a subject either)
            subjects = [o for o in cited if id(o) in taking_part or not _PRODUCT_AFTER.match(body, o.end)
                        and not _MEMBER_OF_ITS_CONSORTIUM.match(body, o.end) and o.kind != "platform"]
            subject, subject_kind, subject_span = _subject(body, sentence, subjects, persons)
            if subject_kind == "none" and _CHOSEN_IF.match(sentence.text):
                # (A는 … 확정한다. 선정되면 2월부터 GPU를 쓸 수 있다: those to be chosen, not the chooser, whose story it
                # still is)
                subject_kind, chosen_if = "other", True
            counted_first = counted_first and subject_kind in ("anaphor", "other")  # (not 두 팀은: the teams, as ever)
            if counted_first and opening is not None:
                subject_kind, subject_span = "anaphor", (sentence.start + opening.start("count"), sentence.start + opening.end("count"))
            if not needs_subject and subject_kind not in ("government", "teams") and not counted_first:
                # 정부가 ... without a date: only who the authority is
                subject, subject_kind, subject_span = [], "other", None
            elif (not timexes and subject_kind in ("event", "other") and "고 " in sentence.text
                  and (teller := _TELLER_AT_END.search(sentence.text)) is not None):
                # (모델 제출이 늦어지지는 않을 것이라고 연구원은 설명했다: what is told, with no day, has subjects of its own;
                # the one telling, after it, is the sentence's, who the story goes on with)
                subject, subject_kind, subject_span = _subject_from(body, sentence, subjects, persons, teller.start("teller"))
        else:
            subject, subject_kind, subject_span = [], "other", None  # it could name nobody, and no date needs a fallback
        if hosting := [o.canonical for o in cited if o.canonical not in subject and _ORGANIZER_AFTER.match(body, o.end)]:
            # (서울대 동아리가 B가 주최한 해커톤 결선에 올랐다, A가 B가 주는 상을 받았다: B holds the contest the story goes
            # on with, or the ceremony of its prize)
            who.organizer, who.organizer_at, who.hosted_at = hosting, index, index
        if (subject_kind == "other" and subject_span is not None and not timexes and not cited and not persons
                and (_final_direction(sentence.text) in ("present", "past")
                     or sentence.text.rstrip(CLOSING_PUNCT + " ").endswith(("이다", "였다", "이었다")))):
            # (… 서비스는 … 골라낸다, 시범 운영에서는 작성 시간이 40% 줄었다, 창업 멤버 대부분이 … 출신이다: told of a thing of
            # the story's)
            self.described_at = index
        if (subject_kind == "other" and not timexes and not cited and who.carried_at == index - 1
                and _NOT_DISCLOSED_END.search(sentence.text)):
            who.carried_at = index  # (A는 … 계약을 맺었다. 은행 이름은 밝히지 않았다. 지난 6월에는 …: A's, the subject still dropped)
        if (subject_kind == "other" and self.writers and subject_span is not None
                and body[subject_span[0]:subject_span[1]] == "컨소시엄" and not body[:subject_span[0]].endswith(_OTHER_ONE_BEFORE)
                and (lead := [name for end, name in self.consortium_leads if end <= sentence.start][-1:])):
            # (in a member's own words, … A 컨소시엄의 일원으로 참여했습니다. 2026년 12월 컨소시엄이 탈락했을 때는 …: the
            # lead named last, and the member writing, one of it)
            subject, subject_kind = list(dict.fromkeys([*lead, *self.writers])), "named"
        if (subject_kind in ("other", "anaphor") and subject_span is not None
                and (subject_kind == "other" and (unit_of := self._unit_shortened(body[subject_span[0]:subject_span[1]], sentence.start))
                     or (unit_of := self._run_by(body[subject_span[0]:subject_span[1]], sentence.start)))):
            # (A 정책위원회는 23일 논평을 냈다. 정책위는 …: the unit told before, shortened, is A's; so is the center A runs:
            # A가 운영하는 AI 실증센터가 … 센터는 …)
            subject, subject_kind = unit_of, "named"
            self.unit_subject = (index, unit_of)
        if (subject_kind == "other" and subject_span is not None and not timexes
                and body[subject_span[0]:subject_span[1]] in _VIEW_PLACES and _VIEW_OF_ONE.search(sentence.text)
                and len(viewed := {o.canonical for o in orgs if body.startswith(("이 ", "가 "), o.end)}) == 1):
            # (업계는 A가 앞서 있다고 본다. 1월과 8월 평가에서 1위를 했기 때문이다: the one viewed, whose story goes on)
            subject, subject_kind = list(viewed), "named"
        if subject_kind == "other" and subject_span is not None and self._to_addressee(sentence, subject_span):
            subject_kind = "anaphor"  # (귀 컨소시엄은, 귀사는: whom the letter is to)
        if (subject_kind in ("other", "anaphor") and (self.writers or self.issuer) and sentence.text.startswith(("우리", "저희"))
                and _OURS_OPENING.match(sentence.text)):
            subject_kind = "self"  # (in its own paper, 우리 학교 전산학부 학생 4명으로 꾸려진 팀이: ours, whatever the clause between)
            if subject_span is not None:
                self.ours_nouns.add(body[subject_span[0]:subject_span[1]])  # (우리 대학 … 연구팀이: a later 연구팀은 is ours too)
        elif (subject_kind == "anaphor" and subject_span is not None and (self.writers or self.issuer)
              and body[subject_span[0]:subject_span[1]] in self.ours_nouns and not orgs):
            subject_kind = "self"  # (… 연구팀은 내년 3월 논문을 낸다, after 우리 대학 … 연구팀이 …, another body told between)
        elif (subject_kind in ("event", "other") and not orgs and (self.writers or self.issuer)
              and ("저희" in sentence.text or "우리" in sentence.text) and _WE_TAKE_PART.search(sentence.text)):
            subject_kind = "self"  # (in its own paper, 22일 발표된 결과는 저희가 기대한 것과 달랐습니다: ours, the one it befell)
        if (subject_kind in ("other", "none") and cited and cited[0].start == sentence.start and body.startswith("의 ", cited[0].end)
                and registry.kind(cited[0].canonical) in _COMPANY_KINDS):
            # (A의 지난 열 달은 반전의 연속이었다. … 고배를 마신 회사는: the company whose story it is, for 회사는)
            who.company, who.company_at = [cited[0].canonical], index
        if subject_kind != "named" and len(orgs) >= 2 and _LIST_PREDICATE.match(body, orgs[-1].end, sentence.end):
            # (정예팀은 A, B, C 등 5곳이다. 이들은 ...: those the sentence names, for a word that points back)
            listed = list(dict.fromkeys(o.canonical for o in _listed_before(body, orgs)))
            if len(listed) >= 2:
                who.several, who.several_at = listed, index
        formers = {o.canonical for o in cited if _former(body, o)} if subject_kind == "named" and len(subject) > 1 else set()
        if formers:  # (前 A 임원 출신인 B 전무가: a person's former organization is no subject to point back to)
            subject = [n for n in subject if n not in formers] or subject
        # (A가 … 결과에서 B가 통과하면서 물량이 늘었다: the story goes on with the subject before, if any)
        as_it_did = (subject_kind == "named" and subject_span is not None and "면서" in sentence.text
                     and _AS_IT_DID.match(body, subject_span[1]) is not None)
        if as_it_did and who.carried and index - who.carried_at <= 1:
            who.carried_at = index
        if subject_kind == "named" and not (holds_any(sentence.text, _CAUSE_WORDS) and _CAUSE.search(sentence.text)) and not (
                subject_span and "자" in sentence.text and _WHEN_IT_DID.match(body, subject_span[1])) and not (
                as_it_did) and not (
                subject_span and "때" in sentence.text and _AT_THE_TIME_IT_DID.match(body, subject_span[1])) and not (
                _WHEN_AS_PREDICATE.search(sentence.text, max(0, len(sentence.text) - WHEN_AS_PREDICATE_TAIL))):
            if who.carried and index - who.carried_at <= 1 and (_MEMBERS_TOLD.match(sentence.text)
                                                                 or _GUESTS_AT_OCCASION.match(sentence.text)):
                who.carried_at = index  # (A 컨소시엄은 … 연다. 컨소시엄에는 B와 C가 참여한다. 다음 달 …: still A, the lead)
                # (A는 착공식을 열었다. 행사에는 B 시장과 C 관계자가 참석했다. 가동은 …: still A's story, not its guests')
            else:
                # (2일 한국거래소에 따르면 A는 …: a source that runs no call carries over no more than it takes part;
                # NIPA에 따르면 … does, the authority of what follows)
                sources = {o.canonical for o in cited if o.kind not in AUTHORITY_KINDS and _SOURCE.match(body, o.end)}
                # (A의 소프트웨어 계열사 B가 …. 회사는 …: B, not its owner)
                sources |= {o.canonical for o, after in zip(cited, cited[1:]) if _owns_the_next(body, o, after)}
                who.named(index, [name for name in subject if name not in sources] or subject, registry)
                if not item and 0 <= self.item_at and index - self.item_at <= AUTHORITY_REACH:
                    self.item_named = who.carried
                if subject_span is not None and body[subject_span[0]:subject_span[1]] in _TEAM_HEADS:
                    who.carried_as_team = True
                elif len(subject) == 1 and registry.kind(subject[0]) in _COMPANY_KINDS:
                    partner = self.story_subject is not None and self.story_subject.canonical != subject[0] and any(
                        o.canonical == subject[0] and o.start < sentence.end
                        and _PARTNER_BEFORE.search(body, max(0, o.start - PARTNER_BEFORE_REACH), o.start) for o in self.organizations)
                    if partner and not who.company and self.story_subject is not None:
                        # (A는 20일 …. 협력사인 B의 …. B는 …: the story's company, whose partner B is, is still the one followed)
                        who.company, who.company_at = [self.story_subject.canonical], index - 1
                    if who.company and who.company != subject and (partner or any(
                            o.canonical == subject[0] and _FOREIGN.search(body, max(sentence.start, o.start - FOREIGN_REACH), o.start)
                            for o in cited)):
                        # (A는 … 공개했다. 10월에는 일본 B가 채택했다. 회사는 …: A still, the story's company, not one abroad; so
                        # after an aside on a partner told as one, A는 … 참여사인 B의 …를 썼다. B는 …. 회사는 …)
                        who.abroad, who.abroad_at = subject, index
                    else:
                        who.company, who.company_at = subject, index
            if len(subject) > 1 and "컨소시엄" in sentence.text:
                # (A 컨소시엄 참여사인 B가 …. 회사는 …: B, the subject that carries on; 양사는 would still be both)
                whose = {o.canonical for o in cited if "컨소시엄" in body[o.end:o.end + CONSORTIUM_REACH] and _PARTNER_OF.match(body, o.end)}
                own = [name for name in subject if name not in whose]
                if own and len(own) < len(subject):
                    who.carried = own
                    if len(own) == 1:
                        who.alone, who.alone_at = own, index
            self._acting_together(index, sentence, subject, orgs)
            if (item and _ITEM_HEADING.fullmatch(body, sentence.start, sentence.end) and not timexes
                    and event_type(sentence.text) == "other"):  # (- B는 탈락: an item of its own, no heading)
                self.item_owner, self.item_subject = subject, None  # ㅇ SK텔레콤 / - 12월 2일 시연회: a heading's items are its
                self.heading_at = index
            elif item:
                self.item_subject = subject
                self.item_subject_told = (index, subject)
                if (not self.item_owner and self.item_at_start == index and subject
                        and not (timexes and timexes[0].start <= sentence.start + 4) and sentence.text.rstrip().endswith(_PARAGRAPH_ENDS)
                        and all(registry.kind(name) in AUTHORITY_KINDS for name in subject)):
                    # (□ 과기정통부는 … 밝혔다. / □ 이번 공모는 …: a release's first paragraph, a sentence, names whose the
                    # items are; not a chronology's row, - 6월 20일: 과기정통부, 공모 시작)
                    self.item_owner = subject
        span = subject_span or (sentence.start, sentence.start)  # (every kind but none and other has one)
        # A dropped subject is the last sentence's, or the one before a line of figures (A는 다음 달 상장한다. 공모 주식은
        # 250만 주다. 다음 달 3일 수요예측을 거친다: still A)
        figures_between = self.figures_at == index - 1 and who.carried_at == index - 2
        recent = who.carried if index - who.carried_at <= 1 or figures_between else []
        if (not recent and not item and self.item_subject_told[0] == index - 1 and self.item_subject_told[1]
                and " = " in self.sentences[index - 1].text and "\n" not in body[self.sentences[index - 1].end:sentence.start]):
            # (▷A 새 모델 공개 = A는 21일 … 공개했다. 탈락한 뒤 처음 내놓은 모델이다: a brief's prose after its headline goes on)
            recent = self.item_subject_told[1]
        if recent and item and self._past_its_section(recent):
            recent = []  # (■ 둘째 날 / - A, B 세미나 / ■ 셋째 날 / - 투자 설명회: an item of another section's subject)
        speaker = who.speaker(index)
        if self.turn[0] == index:  # (○ A 의원: 결과가 8월 말 나왔지요?: a turn's authority is its speaker's, if any)
            speaker = [name for name in self.turn[1] if registry.kind(name) in AUTHORITY_KINDS]
        if not speaker and (owning := [o.canonical for o in cited if o.kind in AUTHORITY_KINDS and body.startswith("의", o.end)
                                       and _OWNED_STEP.match(body, o.end)]):
            # (… 과기정통부의 공모 공고로 시작됐다. 7월 21일 접수를 마감한 결과 …: the steps after it are the owner's)
            who.authority, who.authority_at = owning[-1:], index
        if subject_kind == "named":  # (a source, as NIPA in NIPA에 따르면, carries over but takes no part here)
            fallback = [n for n in subject if n not in _dropped(cited, orgs)] if len(orgs) < len(cited) else subject
            if not fallback and not orgs and timexes and all(registry.kind(n) in AUTHORITY_KINDS for n in subject) and all(
                    _SOURCE.match(body, o.end) for o in cited) and event_type(sentence.text) != "other":
                fallback = subject  # (과기정통부에 따르면 오는 14일부터 평가가 이어진다: a step the cited authority runs, no party named;
                # not figures it keeps: 관세청 통계에 따르면 1~10월 수입액은 31억 달러로 집계됐다)
            if (told_of and timexes and subject_span and not set(told_of) & set(subject) and "면서" in sentence.text
                    and (told := _TOLD_AFTER_AS.match(body, subject_span[1], sentence.end)) is not None
                    and any(told.start("then") <= o.start for o in orgs if o.canonical in told_of)):
                # (B가 … 20일 선정되면서 [A도] 합류하게 됐다고 23일 밝혔다: B is the subject of the clause of what came with it;
                # who tells, dropped, is the one the story follows, who the telling names)
                fallback = told_of
            if not fallback:
                who.cited_at = index
            elif (any(_ORGANIZER_AFTER.match(body, o.end) for o in cited if o.canonical in subject)
                  or _HOSTING_TOLD.search(sentence.text)):
                partners, joint = _partners_of(body, fallback, orgs)  # (A가 B와 함께 챌린지를 연다고 밝혔다: B holds it too)
                who.organizer, who.organizer_at = list(dict.fromkeys(fallback + partners)) if joint else fallback, index
            elif not who.holder and _HOLDS_IT_AT_END.search(sentence.text) and event_type(sentence.text) == "presentation":
                # (A와 B가 4일 판교에서 데모데이를 연다: told as the news itself, not as said, the holders of its later days
                # and sessions only; the first told so, not a session within it, 첫날 오후에는 C가 세미나를 연다)
                who.holder, who.holder_at = fallback, index
        elif subject_kind == "none":
            # A line that names nobody and ends in a noun, not an item of a list, heads what follows
            # (다음 주 일정): it does not go on with the last subject. An item's dropped subject is
            # the list's owner, not a subject another item named (ㅇ TTA가 검증 수행 / ㅇ 결과 발표).
            from_item = item and self.item_subject is not None and who.carried == self.item_subject
            if item and (self.item_owner or from_item) and index - who.carried_at <= 1 or told_in_item:
                recent = self.item_owner
            if not recent and not item and not cited and self.described_at == index - 1 and who.carried_at == index - 2:
                recent = who.carried  # (회사는 21일 … 열었다. 서비스는 … 골라낸다. 지난 3월부터 시험했다: still the company)
            if not recent and who.government_at == index - 1 and timexes and (
                    _PLAN_END.search(sentence.text) or _POINTED_THING.match(sentence.text)
                    or sentence.text.startswith(_NEXT_STEP_OPENINGS)):
                recent = who.government  # (정부는 … 주기로 했습니다. 상반기 안에 … 뽑을 계획입니다: 정부's plan, the subject dropped;
                # 정부는 지난달 예산을 따냈다. 다만 이 돈은 내년 7월 풀린다: the thing it got; 이후 … 2개 팀으로 압축한다: its next step)
            if (not recent and not item and not cited and timexes and self.last is not None and self.last[0] == index - 1
                    and (topic := _EVENT_TOPIC.match(self.sentences[index - 1].text)) is not None
                    and _word_type(topic.group("noun")) in _STEPS_OF_MINISTRY
                    and ((kind_told := event_type(sentence.text)) in _STEPS_OF_MINISTRY or kind_told in _GIVEN_TYPES)
                    and (runners := list(dict.fromkeys(name for told in self.last[1] for name in told.actors)))
                    and all(registry.kind(name) in AUTHORITY_KINDS for name in runners)):
                recent = runners  # (공모는 7월 중 B를 통해 진행된다. 8월 말까지 과제를 고른다: the next step is the call's runners')
            if not item and not cited and timexes and _GIVEN_BY_MINISTRY.search(sentence.text):
                # (… A와 B가 성과를 낸 것은 다행이다. 예산 500억 원이 내년 7월에야 집행된다: the ministry's, not theirs)
                recent = self._last_named(sentence, ("ministry",)) or recent
            if (not recent and not item and timexes and not orgs and self.question_at == index - 1
                    and ((asked := _ASKED_TOPIC.match(self.question)) is not None
                         and (asked.group(1) == "결과" or _word_type(asked.group()) in _STEPS_OF_MINISTRY)
                         or "언제" in self.question and holds_any(self.question, _APPLYING_MARKS)
                         and not self._taker_named_next(sentence.end))):
                # (Q. 결과는 어떻게 알리나. A. 다음 달 하순 공식 발표한다: the program's step asked about, answered with no
                # one named, is the ministry's the story named, as a step told with no one named is; so is when one may
                # apply, Q. 언제까지 지원할 수 있나. A. 다음 달 12일까지다)
                recent = self._last_named(sentence, ("ministry",))
            if (recent and not item and persons and all(p.organization and p.organization not in recent for p in persons)
                    and _WRITER_MET.search(sentence.text)):
                recent = []  # (A가 22일 결과를 낸다. 그에 앞서 B사 C 대표를 1일 만났다: the writer met them, not A; a head of
                # no body named is the subject's, 회사는 … 맡고 있다. D 대표를 만났다)
            # (a terse sentence ending in a noun on the line of the one before, [A] 지난달 서비스 시작. 12월 초 업데이트 예정.,
            # goes on with its subject: no heading)
            terse = (index > 0 and sentence.text.rstrip().endswith(".")
                     and "\n" not in body[self.sentences[index - 1].start:sentence.start]
                     and not self.sentences[index - 1].text.endswith((";", "；")))  # (…; 12월 22일 최종 평가, A 선정.: an item)
            # (… 한 일을 정리한다. / 7/13(월) 3차 실험 시작.: a log's dated entry, its writer's)
            log_entry = bool(timexes) and timexes[0].start == sentence.start and _LOG_DAY.match(sentence.text) is not None
            if recent and _COUNT_TOPIC.match(sentence.text):
                recent = []  # (… A의 결과를 두고는 전망이 엇갈린다. 탈락 팀 수는 당일 공개된다: a number as the topic, no one's)
            fallback = recent if item or terse or log_entry or not _ends_in_noun(sentence.text) else []
            if not recent and item and not from_item and not told_in_item and index - who.carried_at <= AUTHORITY_REACH:
                # (A는 ... 발표했다. 내용은 세 가지다. 첫째, ...: A's items; not those of an item before the section's heading)
                fallback = recent = [] if self._past_its_section(self.item_owner or who.carried) else self.item_owner or who.carried
            if not fallback and who.several_at == index - 1 and sentence.text.startswith(_ALL_OF_THEM):
                fallback = recent = who.several  # (… A, B, C 세 팀이다. 모두 지난 8월 평가를 통과했다: all those just named)
                who.named(index, recent, registry)
            if recent:
                who.carried_at = index  # subjects stay dropped down a run of sentences (a numbered list)
            elif not fallback and self.issuer and (item or log_entry or not _ends_in_noun(sentence.text)):
                fallback = self.issuer
            elif (not fallback and self.writers and timexes and _POLITE_END.search(sentence.text)
                  and not _HEARSAY_END.search(sentence.text)):
                # (a column by an official: 다음 달에는 추가 정예팀을 뽑습니다 is the writer's own; but not what the writer
                # only heard, 결과는 21일 나온다고 합니다)
                fallback = self.writers
        elif subject_kind == "anaphor":  # a word that points back reaches further than a dropped subject
            words = body[max(sentence.start, span[0] - SUBJECT_WORDS_REACH):span[1]]
            number = _COUNTED_ANAPHOR.search(words)
            kind = _word_type(words)  # (떨어진 두 기업은: the two told that were not chosen)
            besides = _left_out_before(body, orgs, sentence.start, span[0])
            if told_of and not orgs and _OWN_UNITS_COUNTED.search(words):
                fallback = told_of  # (A는 …. 이번에는 연구실 세 곳이 …: the units of the one the story follows are its own)
            elif besides or _told_as_the_rest(words):  # (나머지 두 곳은, A를 빼고 두 곳은: see _the_rest)
                fallback = self._the_rest(_team_count(words), besides)
            else:
                fallback = (kind in OUTCOME_TYPES and who.outcome(kind, _number(number.group(1)) if number else None)
                            ) or self._pointed_at(index, sentence, span)
            if (not orgs and who.several and index - who.several_at <= AUTHORITY_REACH and (
                    self._set_up_together(noun := body[span[0]:span[1]]) or not fallback and self._agreed_on(noun, words))):
                # (… 공동연구실을 세운다. … 연구실은 내년 3월 문을 연다: not the lab of one of them; … 데이터센터
                # 투자협약을 맺었다. 센터는 …: what they agreed on)
                fallback = who.several
            if not fallback and not number and self.issuer and not orgs:
                fallback = self.issuer  # (in its own blog or release, 모델은, 회사는 with no maker told: its own)
            if not fallback and timexes and recent and not orgs and _CHOSEN_TOPIC_END.search(sentence.text):
                fallback = recent  # (교육부는 … 맺었다. 참여 학교는 이달 중 정한다: those still to be chosen, by the one told)
            if fallback and not who.with_one_unnamed(fallback):
                # (두 기관은 ... 활용한다. 오는 5월에는 설명회도 연다: the next dropped subject is still the two; but not when
                # one of them was not named: the rest alone are not who goes on)
                # (컨소시엄이 고배를 마셨다. 회사 측은 …: the consortium's lead told as its team, not the company told before)
                who.carried, who.carried_at, who.carried_as_team = fallback, index, body[span[0]:span[1]] in _TEAM_HEADS
                self._acting_together(index, sentence, fallback, orgs)  # (회사는 B와 계약을 맺었다. 계약 기간은 …: both)
        elif subject_kind == "teams":
            words = body[max(sentence.start, span[0] - SUBJECT_WORDS_REACH):span[1]]
            advancing = _ADVANCING_PARTY.search(body, max(sentence.start, span[0] - 3 * SUBJECT_WORDS_REACH), span[1]) is not None
            # (최종 2개 팀은 연말까지 가린다고 덧붙였다: the words told, ahead, by the one telling)
            told_so = _TELLING_END.search(sentence.text)
            if ("최종" in words or advancing) and _final_direction(
                    sentence.text[:told_so.start()] if told_so else sentence.text) != "past":
                # 내년에는 최종 2개 팀이 가려진다: the teams yet to be chosen, not those told lately (so too in a claim
                # quoted with no tense of its own: "최종 두 팀은 올해 정해진다" → 사실); but what is done with
                # them as an object (최종 2개 팀은 12월 말 발표한다, 본선에 오를 30개 팀은 17일 발표된다) is done by the
                # authority told lately
                clause_end = body.find(", ", span[1], sentence.end)
                clause_end = clause_end if clause_end >= 0 else sentence.end
                announced = _ANNOUNCING.search(body, span[1], clause_end)
                if advancing and (announced or _MADE_KNOWN.search(body, span[1], clause_end)):
                    # (… 해커톤을 연다고 밝혔다. 본선에 오를 30개 팀은 17일 발표된다: by the one holding the contest)
                    fallback = who.organizer if index - who.organizer_at <= AUTHORITY_REACH else who.speaker(index)
                else:
                    fallback = who.speaker(index) if announced or told_so else []
                count = _team_count(words)
                # (… 22일 A와 B를 최종 2개 팀으로 확정했다. 최종 2개 팀은 내년 1월 협약을 맺는다: those chosen, once told; so too
                # A와 B를 최종 팀으로 발표했다, the outcome told)
                chosen = next((teams for m in reversed(self.mentions)
                               if _outcome_told(m) == "selection" and m.status == "happened" and holds_any(m.sentence, _FINAL_WORDS)
                               and len(teams := [a for a in m.actors if registry.kind(a) not in AUTHORITY_KINDS]) == count), [])
                fallback = chosen or fallback
            elif (besides := _left_out_before(body, orgs, sentence.start, span[0])) or _told_as_the_rest(words):
                # 나머지 세 팀은 4월부터 받는다: the teams not told, whoever they are, unless the group is; A를 제외한 네 팀은:
                # the others of it (see _the_rest)
                fallback = self._the_rest(_team_count(words), besides)
            elif ("가운데" in words or "중" in words) and _POOL_HEAD.search(
                    body, max(sentence.start, span[0] - 2 * SUBJECT_WORDS_REACH), span[1]) is not None:
                fallback = []  # 네 팀 가운데 두 팀만 …: which of them, the text does not tell
            elif body.startswith("만", span[1]) or words.endswith("만"):
                fallback = []  # (… 결과가 나온다. 여기서 두 팀만 살아남는다: only some of them, which the text does not tell)
            else:
                count, kind = _team_count(words), _word_type(words)
                if kind == "other" and "대상" in words:  # (최종 대상이 가려졌다: of the outcome the sentence tells)
                    kind = event_type(sentence.text)
                outcome = who.outcome(kind, count) if kind in OUTCOME_TYPES else []
                # (… 8월 초 최종 5개 팀을 선정할 계획이다. 선정된 팀은 …: those yet to be chosen; so after the results told
                # ahead, 과기정통부는 20일 결과를 발표한다. 선정된 팀은 3월 …, whoever of those told applying they are)
                yet_to_choose = kind == "selection" and self.last is not None and index - self.last[0] <= 1 and any(
                    m.status == "planned" and (m.event_type == "selection" or m.event_type == "announcement" and "결과" in m.sentence)
                    for m in self.last[1])
                outcome = [] if yet_to_choose else outcome
                # (선정된 팀은 ... 지원받는다 before any is chosen: nobody yet, not the applicants told last)
                ahead = _final_direction(sentence.text) in ("future", "present")
                # (… 최종 2개 팀으로 A와 B를 뽑았다. … 두 팀은 상반기 중 …: ahead, the teams last chosen, as many)
                chosen = who.selected if ahead and count is not None and len(who.selected) == count else []
                # (▲1위 A ▲2위 B ▲3위 C ▲4위 D. 상위 3개 팀은 2월부터 …: the first of the ranking told, as many)
                top = self._top_ranked(sentence.start, count) if count and "상위" in words else []
                # (A는 B 컨소시엄의 일원이다. 이 컨소시엄은 …: the lead of the consortium named last)
                consortium = ([lead for end, lead in self.consortium_leads if end <= sentence.start][-1:]
                              if _THIS_CONSORTIUM.search(words) else [])
                not_teams = self._not_teams(words)
                fallback = consortium or top or outcome or self._asked(index, count) or ([] if _OUTCOME_ONLY.search(words) else (
                    who.told_just_before(index, count, not_teams) or self._cleft_just_before(index, count) or chosen
                    or who.teams(index, count, ahead, not_teams)
                    or who.named_just_before(index, count)
                    # (… A, B, C 3개 팀을 대상으로 한다. 각 팀은 27일까지 …: each of those just named, uncounted)
                    or (teams_named if count is None and "각" in words and len(teams_named := [
                        name for name in self.named_before if registry.kind(name) not in AUTHORITY_KINDS and name not in not_teams]) >= 2
                        else [])))
                if (not fallback and count is None and ahead and len(who.standing) >= 2
                        and _ELITE_TEAMS_WORD.search(words) is not None and body.startswith(("은", "는", "이", "가"), span[1])):
                    fallback = list(who.standing)  # (… 정예팀들은 이달 중 협약을 맺는다, told well after they were chosen: those running)
                if not fallback and count:
                    fallback = self._running_and_one_to_come(sentence, span[0], count)
                if not fallback and count and count >= 3 and len(leads := list(dict.fromkeys(
                        lead for end, lead in self.consortium_leads if end <= sentence.start))) == count:
                    # (A 컨소시엄의 B는 …. C 컨소시엄에서는 …. [D, E 컨소시엄 …] 네 팀은 8월 초 …: the consortia the story went
                    # through, as many, each led by one named)
                    fallback = leads
                if not fallback and count and orgs:  # (세 팀은 통과했지만 A와 B는 떨어졌다: the others of those running)
                    set_against = {o.canonical for o in orgs}
                    running_rest = [a for a in (who.standing or who.participants) if a not in set_against]
                    fallback = running_rest if len(running_rest) == count else []
                if yet_to_choose:
                    fallback = []
                if "정예" in body[span[0]:span[1]]:  # 정예팀들은: only the program's elite teams among them
                    fallback = [name for name in fallback if registry.role(name) == "elite"]
                if not fallback and body[span[0]:span[1]] in _COMPANY_WORDS and index - who.company_at <= AUTHORITY_REACH:
                    fallback = who.company  # (A의 열 달은 …. 추가 정예팀으로 뽑힌 회사는: no outcome told, the one company told)
                if fallback:  # (선정된 두 팀은 ... 지원받는다. 첫 협약은 다음 주 맺는다: theirs)
                    who.named(index, fallback, registry)
        elif subject_kind == "self":
            fallback = self.writers or self.issuer  # a column by 김성훈 업스테이지 대표: 우리는 ... is 업스테이지
            if fallback:
                who.named(index, fallback, registry)
        elif subject_kind == "government" and not _whole_government_named(sentence.text):
            # 정부는 ...: the ministry named lately, else the program's own (not the cabinet: 국무회의, unless only as a step
            # its act goes through, 국무회의 의결을 거쳐)
            fallback = _government(speaker, registry) or speaker  # (an agency named lately is no 정부)
            orgs = _standing_in(span, fallback, orgs, registry) if fallback and needs_subject else orgs
            if fallback and (not speaker or fallback == speaker and body.startswith(("는 ", "은 ", "는,"), span[1])):
                # 정부가 ... 판을 벌였다. 결과는 ...: the events after it are theirs (told again as the topic, 정부는 …, it is
                # theirs a while longer; not 정부가 … 한 지원책이, a clause of what it did)
                who.authority, who.authority_at = fallback, index
            if fallback:
                who.government, who.government_at = fallback, index
        elif (subject_kind in ("event", "other")
              and (index - who.several_at <= (1 if self.named_before else 2)
                   and (_word_type(subject_words := body[max(sentence.start, span[0] - SUBJECT_WORDS_REACH):span[1]]) == "agreement"
                        or body[span[0]:span[1]] in _MILESTONES or self._agreed_on(body[span[0]:span[1]], subject_words))
                   # (협약식 이튿날인 9일에는 … 회의가 열렸다: a day counted from the signing told, a little further on)
                   or index - who.several_at <= AUTHORITY_REACH and timexes and not orgs
                   and self._run_together(body[span[0]:span[1]])
                   or index - who.several_at <= AUTHORITY_REACH and timexes and not orgs
                   and _COUNTED_FROM_PACT.search(sentence.text) is not None)):
            # 협약식은 24일 열렸다, 계약 기간은 내년 6월까지다, 착공은 내년 4월이다: the parties just told (a sentence
            # between that names nobody, … 규모다, keeps them); so is what they agreed on (A는 B와 '시범사업' 협약을
            # 맺었다. 시범사업은 15일 시작된다)
            fallback, speaker = who.several, []  # (they sign it, not an authority named lately)
            who.several_at = index  # (계약 금액은 … 규모다. 기존 계약은 지난해 맺었다: still theirs)
            who.still_carried(index, fallback)  # (… 계약을 맺었다. 계약 기간은 …. 두 회사는 …: the story still follows them)
        elif (subject_kind == "event" and timexes and index and who.carried_at == index - 1
              and not _OPENED_BY_ITS_RUNNER.match(body, span[1], sentence.end)  # (공모가 열린 것은 …: not the applicants')
              and (together := self._undergone_together(body[span[0]:span[1]], self.sentences[index - 1]))):
            # (A는 … B, C와 함께 최종 평가를 치렀다. 최종 평가는 30일부터 이틀간 진행됐다: those who went through it together,
            # not an authority named lately)
            fallback, speaker = together, []
            who.still_carried(index, fallback)
        elif (subject_kind == "event" and timexes and all(o.start > timexes[0].end for o in orgs) and index
              and who.carried_at == index - 1 and who.carried and _scheduled_by(body[span[0]:span[1]], self.sentences[index - 1].text)):
            # (A는 'AI 동료' 시연회를 일주일 미뤘다. 당초 10일 열 예정이던 시연회는 17일로 옮겨졌다: the one who put it off
            # holds it, not an authority named lately)
            fallback, speaker = who.carried, []
            who.still_carried(index, fallback)
        elif (subject_kind == "other" and timexes and (acted := self._act_told_lately(index, body[span[0]:span[1]]))
              and _word_type(" ".join(_words_after(body, timexes[0].end, sentence.end, 2))) == "other"):
            # (A가 B에 서버를 공급한다고 26일 밝혔다. 공급은 다음 달부터 이뤄진다: the act just told, by those it had; not
            # 이번 방문은 8월 평가를 앞두고: a date of another event)
            fallback, speaker = acted, []
            who.still_carried(index, fallback)  # (… 녹음한다. 첫 녹음은 2일 시작한다. 데이터는 …: the subject still dropped)
        elif subject_kind == "event" and index - self.roles[0] <= ROLE_REACH and (
                holder := [name for task, name in self.roles[1] if body[span[0]:span[1]].rsplit(None, 1)[-1] in task]):
            # (… B가 평가단 모집을 담당한다. 평가단 모집은 6월 중 시작된다: the one whose task it was told to be; and still
            # the one dropped after it, 결과는 다음 달 C에 넘긴다)
            fallback, speaker = holder[-1:], []
            who.still_carried(index, fallback)
        else:
            fallback = (speaker or self.issuer) if subject_kind == "event" else []
            if (subject_kind == "event" and speaker and fallback == speaker and timexes
                    and all(o.start > timexes[0].end for o in orgs)
                    and _PROGRAM_STAGE.search(body, max(sentence.start, span[0] - STAGE_WORDS_REACH), span[1])
                    and not any(registry.kind(name) == "ministry" for name in speaker)
                    # (… 2차 단계평가는 다음 달 3일부터 진행되며, B부는 8월 말 결과를 발표한다: the one the sentence names after)
                    and (ministry := [o.canonical for o in orgs if o.kind == "ministry"][:1] if orgs
                         else self._last_named(sentence, ("ministry",)))):
                # (과기정통부는 … 밝혔다. NIPA는 … 배정한다. 2차 평가는 8월 초 치러진다: the program's stage evaluation, told
                # with no one, is the ministry's the story named, not an agency's told lately. An agency's own evaluation stays
                # its own: 제안서 평가는 25일 진행하며)
                fallback = speaker = ministry
            if subject_kind == "event" and not self.issuer and "결과가" in sentence.text and _RESULTS_CAME_OUT.search(sentence.text):
                fallback = []  # (그리고 1월 15일, 1차 단계평가 결과가 나왔다: results told come out, in the past, by no one)
            if subject_kind == "other":  # (우리 대학 컴퓨터학부가 A와 손잡고 …. 두 기관은 …: the one not named, and A)
                self._acting_together(index, sentence, [], orgs)
            if (subject_kind == "event" and timexes and not orgs and who.carried and index - who.carried_at == 1
                    and _CHOICE_RESULTS.search(body, max(sentence.start, span[0] - SUBJECT_WORDS_REACH), span[1])
                    and _CHOOSES.search(self.sentences[index - 1].text)):
                # (A는 이 가운데 3곳을 골라 … 지원한다. 선정 결과는 다음 주 초 통보된다: told by the one choosing, not by the
                # authority or the host told before)
                fallback, speaker = who.carried, []
            # (서류는 9일까지 받는다: the papers of an application, as the topic, are taken like an application)
            taken_papers = subject_kind == "other" and _TAKEN_IN.search(sentence.text) is not None and _APPLICATIONS_TAKEN.match(
                body, span[0], sentence.end) is not None
            if (not fallback and (subject_kind == "event" or taken_papers) and timexes and not orgs and index - who.carried_at <= 1
                    and who.carried and not _HEARSAY_END.search(sentence.text) and (_DOER_DROPPED.search(sentence.text)
                         or _OUTCOME_MADE_KNOWN.search(sentence.text) and index and _APPLICATIONS_TAKEN.search(self.sentences[index - 1].text)
                         or _TAKEN_IN.search(sentence.text) and (
                             self.last is not None and self.last[0] == index - 1
                             and any(m.event_type in ("call", "selection") and set(m.actors) <= set(who.carried) for m in self.last[1])
                             # (A가 신입 공채를 시작했다. 서류 접수는 14일까지 받는다: the call just told, with no day; A는
                             # 30명을 뽑는다고 3일 밝혔다. 서류는 …: the choosing told)
                             or who.carried_at == index - 1 and event_type(self.sentences[index - 1].text) in ("call", "selection")))):
                # (참가 신청은 18일까지 받는다. 선발 결과는 24일 통보한다, 통보된다: by the one taking them, still; A는 30명을 뽑는다.
                # 지원서는 15일까지 받는다: by the one choosing)
                fallback = who.carried
            if (not fallback and timexes and self.writers and not orgs
                    and all(registry.canonical(name) and registry.kind(name) in AUTHORITY_KINDS for name in self.writers)
                    and _final_direction(sentence.text) in ("future", "present")):
                # (a column by a minister: 평가 기준은 4월 중 공개하고 …: the writer's own body's plan; not a desk's, 편집부)
                fallback = self.writers
            if (not fallback and subject_kind == "event" and timexes and not orgs
                    and (_word_type(body[span[0]:span[1]]) in _STEPS_OF_MINISTRY
                         or body.endswith(_RESULTS_MADE_KNOWN, sentence.start, span[1])  # (최종 결과 발표는 연말께로 예상된다)
                         or body[span[0]:span[1]].endswith("결과") and (
                             self.last is not None and self.last[0] == index - 1
                             and any(m.event_type in _STEPS_OF_MINISTRY and any(registry.kind(a) == "ministry" for a in m.actors)
                                     for m in self.last[1])
                             # (• 11월 중 중간평가 실시, 결과는 12월 중 발표: the results of the step told before them)
                             or event_type(body[sentence.start:max(sentence.start, body.rfind(",", sentence.start, span[0]))])
                             in _STEPS_OF_MINISTRY))
                    and not body.endswith((*_TASK_BODIES, "위원", "위원들", "관계자", "관계자들"), span[0], span[1])):
                # (과기정통부는 28일 … 밝혔다. [the teams, the agencies, the day after] 최종 평가는 11월 중 열리며: the program's
                # steps are the ministry's the story named, however far back; not 심사위원들은, people of their own; A는
                # 평가용 모델을 B에 냈다. 결과는 하순 나온다: the results of the step just told with the ministry)
                fallback = self._last_named(sentence, ("ministry",))
            elif (fallback and fallback == self.issuer and subject_kind == "event" and timexes and not orgs
                  and body.endswith("결과", span[0], span[1]) and _MADE_KNOWN.search(sentence.text)
                  and not any(registry.kind(name) in AUTHORITY_KINDS for name in fallback)):
                # (in a team's own blog, … 과기정통부에 제출했습니다. 평가 결과는 18일 발표될 예정입니다: its results, made
                # known by the ministry the story named)
                fallback = [*fallback, *self._last_named(sentence, ("ministry",))]
            if (not fallback and subject_kind == "other" and timexes and not orgs and speaker
                    and not _QUOTE_MARK.search(sentence.text) and _GIVING.search(sentence.text)):
                # (… NIPA는 … 점검한다고 밝혔다. … 회수한 GPU는 7월 중 다른 팀에 다시 나눠 준다: what is handed out, told as
                # the topic with nobody named, is handed out by the authority told of lately)
                fallback = speaker
            holders, held_at = (who.organizer, who.organizer_at) if who.organizer else (who.holder, who.holder_at)
            if (subject_kind in ("other", "event") and timexes and holders and _GATHERING_HELD.search(sentence.text)
                    and _word_type(gathering := body[span[0]:span[1]]) == "presentation"
                    and (index - held_at <= AUTHORITY_REACH or gathering in self.sentences[held_at].text)):
                # (A는 … 위크를 연다고 밝혔다. … 마지막 날에는 상담회가 열린다: the one holding them; A 개발자 밋업에
                # 다녀왔다. … 다음 밋업은 내년 2월 열린다: the next of the one it held, however far back; B가 주최한 해커톤
                # 결선에 올랐다. 결선은 12일 열린다: B's, and the one the story follows, on its stage)
                fallback = list(dict.fromkeys([*holders, *(fallback or recent)])) if who.hosted_at == held_at else holders
            if (not fallback and subject_kind == "other" and timexes and not orgs and recent and subject_span is not None
                    and _subject_dropped_before(body, sentence, timexes[0], subject_span[0])):
                # (A는 … 공개했다. 8월 평가에서 탈락하면서 지원이 끊겼다: the clause of the date drops its subject, the one
                # before; the subject after it is the next clause's)
                fallback = recent
            if (not fallback and subject_kind == "other" and timexes and not orgs and subject_span is not None
                    and index - who.carried_at <= AUTHORITY_REACH and who.carried
                    and _told_built(body, body[subject_span[0]:subject_span[1]].rsplit(None, 1)[-1], sentence.start)):
                # (A는 'AI 학습 튜터' 구축 사업을 공고했다. … 튜터는 내년 3월부터 수업에 쓰인다: what the one the story follows
                # builds is theirs to put to work)
                fallback = who.carried
            if subject_kind == "event" and timexes and not orgs and who.organizer and _ATTENDANCE_TAKEN.match(sentence.text):
                # (A는 11일 심포지엄을 연다고 밝혔다. [B speaks there] 참가 신청은 8일까지 받는다: A's, not an authority told since,
                # however many sessions were told between)
                fallback, speaker = who.organizer, []
            if (not fallback and subject_kind == "other" and timexes and not orgs and who.government_at == index - 1
                    and _POINTED_THING.match(sentence.text)):
                fallback = who.government  # (정부는 … 예산을 확보했다. 그러나 이 예산은 내년 4월 집행된다: what 정부 got)
            if fallback and index - who.carried_at <= 1 and set(fallback) <= set(who.carried):
                who.carried_at = index  # 접수는 12일까지 받는다. 2월 중 1개 팀을 뽑는다: the one who takes them still acts
            if not orgs and not timexes and index - who.carried_at == 1 and _ITS_WORDS_STILL.search(sentence.text):
                who.carried_at = index  # (A는 … 늦춘다고 밝혔다. 검수에 시간이 더 걸린다는 설명이다.: still A's words, A still told of)
            if ((subject_kind == "other" or not fallback) and timexes and index - who.carried_at <= 1 and not _QUOTE_MARK.search(sentence.text)
                    and (event_type(sentence.text) not in (_PROGRAM_STEPS if subject_kind == "other" else _PROGRAM_NEWS)
                         # (what its organizer opened: A가 연 챌린지 ... 접수는 24일; the organizer still the subject, told
                         # again as one pointed back at: A는 … 설명회를 연다. 설명회에는 연구진이 나온다. 지원서는 17일부터 받는다)
                         or who.organizer_at == who.carried_at
                         # (과기정통부는 … 일정에는 변동이 없다고 밝혔다. 평가 기준은 이달 중 공지한다: the program's steps
                         # the ministry the story follows is told to take, its doer dropped, are its own)
                         or bool(who.carried) and all(registry.kind(name) == "ministry" for name in who.carried)
                         and _DOER_DROPPED.search(sentence.text) is not None
                         or subject_kind == "event" and bool(who.organizer) and who.organizer == who.carried
                         # (A는 … 새 모델 사전 신청을 받았다. 정식 공개는 24일이다: the release of what the story follows)
                         or subject_kind == "event" and body.endswith(_RELEASE_SUBJECTS, span[0], span[1])
                         and "결과" not in body[span[0]:span[1]]
                         # (A는 5일 실적을 냈다. 다음 실적 발표는 4월 말이다: a company's own affairs are its own)
                         or subject_kind == "event" and _COMPANY_AFFAIRS.search(body, sentence.start, span[1]) is not None
                         # (행안부는 9월부터 … 투입한다. 시범 기관은 다음 달 공모로 고른다: the topic is whom one chooses)
                         or subject_kind == "other" and _CHOSEN_TOPIC_END.search(sentence.text) is not None
                         # (B는 … 공모를 시작한다고 8일 밝혔다. 접수 기간은 15일부터다: the steps of the call of the one who owns it)
                         or subject_kind == "other" and bool(speaker) and set(who.carried) <= set(speaker)
                         and _STEP_PERIOD_TOPIC.search(body, max(sentence.start, span[0] - SUBJECT_WORDS_REACH), span[1]) is not None
                         # (A는 … 채택됐다고 1일 밝혔다. 채택 통보는 지난달 28일 받았다, 결과는 3일 저자들에게 통보됐다: what the
                         # one told received)
                         or subject_kind == "event" and _RECEIVED_END.search(sentence.text) is not None
                         # (A는 1월 평가를 넘었다. 오는 8월에는 2차 평가가 기다린다: the step that awaits the one told)
                         or subject_kind == "event" and _AWAITS_END.search(sentence.text) is not None
                         # (KAIST는 내년 여름 인턴 60명을 선발할 계획이다. 모집 공고는 내년 4월 낸다: the call of its own choosing)
                         or subject_kind == "event" and self.last is not None and self.last[0] == index - 1
                         and event_type(sentence.text) == "call" and _CHOOSING_PLANNED.search(self.sentences[index - 1].text)
                         and any(m.event_type == "selection" and set(m.actors) == set(who.carried) for m in self.last[1])
                    or "식" in sentence.text and _CEREMONY.search(sentence.text) is not None)  # (A가 B를 뽑았다. 시상식은 9일: A's)
                    and not _SUPPOSED.search(sentence.text)
                    # (A가 2차 평가에서 고배를 마셨다. 3단계 협약은 내년 1월이다: a later stage is none of those cut)
                    and not (who.carried and set(who.carried) <= who.cut and _LATER_STAGE.search(sentence.text))
                    and not (subject_kind == "other" and body[span[0]:span[1]] in _UNNAMED_PARTIES
                             and (_modified_by_clause(before_subject := body[max(sentence.start, span[0] - SUBJECT_WORDS_REACH):span[0]])
                                  # (탈락한 한 팀은, 이 가운데 한 곳은: one of them, which none tells)
                                  or (before_subject.endswith(" 한 ") or before_subject == "한 ")
                                  and body.startswith(_SUBJECT_MARKS, span[1])))
                    and not (subject_kind == "other" and (_body_of_others(body, span) or _show_of_others(body, span)))):
                # 첫 녹음은 다음 달 2일 시작한다, 데이터는 내년 공개될 예정이다, 본선은 다음 달 5일 열린다: the work
                # of the one the story follows, an agency's too (이번 데이터는 지난 3월부터 ... 구축됐다), not the
                # program's steps and results (승부처는 8월 2차 평가다), nor what someone is quoted saying or guesses,
                # nor a source just cited (... 통계에 따르면 ... 10월 한 달에만 5억 달러어치가 들어왔다)
                # (… / - A, B 세미나 / ■ 셋째 날 / - 투자 설명회 …, 사전 등록은 13일 마감된다: not a list item's subject, past its
                # section or its list)
                fallback = who.carried if who.cited_at != who.carried_at and not self._past_its_section(who.carried) else []
                who.carried_at = index
                if fallback and index and (act := _ACT_PERIOD_TOPIC.match(sentence.text)) is not None:
                    # (A는 B와 서비스를 시범 운영한다고 밝혔다. 시범 운영 기간은 14일부터다: the act told with its partner, at its
                    # own time, is the partner's too)
                    act_told = self.sentences[index - 1]
                    if (at := act_told.text.find(act.group(1))) >= 0 and _DONE_TOLD.match(act_told.text, at + len(act.group(1))):
                        partners, _ = _partners_of(body, fallback, [o for o in self.organizations
                                                                    if act_told.start <= o.start < act_told.end])
                        fallback = list(dict.fromkeys(fallback + partners))
            if (subject_kind == "other" and _CHOSEN_PARTY.fullmatch(body, span[0], span[1])
                    and (fallback and not any(registry.kind(name) in AUTHORITY_KINDS for name in fallback)
                         or not fallback and timexes and not orgs)):
                # (… B와 C가 멘토로 참여한다. 최종 수상팀은 23일 발표한다: those chosen are told by whoever chooses, the
                # authority named before, not those who took part; A시가 … 입찰 공고를 냈다. … 우선협상대상자는 연내 발표한다:
                # the city calling the bids, however many steps were told between)
                choosing = [name for name in who.carried if registry.kind(name) in _CHOOSER_KINDS]
                fallback = (who.organizer if who.organizer and index - who.organizer_at <= AUTHORITY_REACH
                            else choosing if choosing and index - who.carried_at <= AUTHORITY_REACH
                            else self._last_named(sentence, _CHOOSER_KINDS) or fallback)
            if (subject_kind == "other" and timexes and not orgs and self.last is not None and index - self.last[0] == 1
                    and _RECEIVED_THING.search(body, max(sentence.start, span[0] - RECEIVED_REACH), span[0]) is not None
                    and (recipients := [name for m in self.last[1] for name in m.actors
                                        if self.registry.kind(name) not in AUTHORITY_KINDS])):
                fallback = list(dict.fromkeys(recipients))  # (… 두 팀에 설명한다. 배분받은 GPU는 이튿날부터 쓸 수 있다: theirs)
            if (subject_kind in ("other", "event") and timexes and not orgs and body[span[0]:span[1]].endswith(_RAISED_MONEY)
                    and (raised := next((m for m in reversed(self.mentions) if m.actors and _RAISED.search(m.sentence)), None))):
                fallback = raised.actors[:1]  # (A가 투자를 유치했다. … B와 C가 참여했다. 투자금은 … 쓴다: A's, who raised it)
            if not fallback and subject_kind == "other" and timexes and self.issuer and not orgs:
                fallback = self.issuer  # ※ 세부 기준은 24일 설명회에서 안내: in its own release, the publisher's
        if (subject_kind == "other" and timexes and not orgs and body[span[0]:span[1]] in _GIVING_NOUNS
                and (giver := who.speaker(index)) and _GIVING.search(self.sentences[who.authority_at].text)):
            # (NIPA는 세 팀에 GPU를 배분한다고 밝혔다. A, B, C는 다음 달 초부터 받는다. 공급은 10월 중순까지 마무리된다:
            # the one giving, told lately, as well as those told just before to receive it)
            receiving = (self.last[1] if self.last is not None and self.last[0] == index - 1
                         and _RECEIVES.search(self.sentences[index - 1].text) else [])
            fallback = list(dict.fromkeys([*giver, *(fallback or []), *_actors_of(receiving)]))
        if (fallback and not orgs and index and sentence.text.startswith("나머지")
                and (_GIVING.search(sentence.text) or _GOES_OVER.search(sentence.text))
                and (given_to := [o.canonical for o in self.within(self.sentences[index - 1])[1]
                                  if body.startswith(_RECIPIENT_CASES, o.end) and registry.kind(o.canonical) not in AUTHORITY_KINDS])):
            # (B는 A에 GPU 절반을 1분기 중 먼저 배정한다. 나머지는 2분기 초에 넘긴다: the rest to the same one; so 나머지 384장은
            # 다음 달 넘어간다)
            fallback = list(dict.fromkeys([*fallback, *given_to]))
        if (subject_kind in ("none", "other") and not orgs and _CHOSEN_AS_RECIPIENT.match(sentence.text)
                and (chosen := who.outcome("selection", None)) and not (
                    self.last is not None and index - self.last[0] <= 1
                    and any(m.event_type == "selection" and m.status == "planned" for m in self.last[1]))):
            # (… 5개 팀을 발표했다. A, B …입니다. C와 D는 고배를 마셨습니다. 선정된 팀에는 GPU가 지원되고, 연말 평가를 받습니다:
            # those chosen, given to and going on, not the ones cut told last; but not after a choice told ahead, … 1개 팀을
            # 선정할 계획이다. 선정된 팀에는 …: none chosen yet)
            fallback = chosen
        if (self.addressee and self.writers and timexes and not orgs and subject_kind in ("event", "other", "none")
                and _POLITE_END.search(sentence.text)):
            fallback = self.writers  # (a letter: 이의신청은 19일까지 받습니다, told with no one named, is its sender's)
        if (subject_kind in ("anaphor", "teams") and _counts_bodies(body[max(sentence.start, span[0] - SUBJECT_WORDS_REACH):span[1]])
                and _passing_after_cut(who, fallback, timexes, body[span[1]:sentence.end])):
            fallback = []  # (see _passing_after_cut: 네 팀이 모두 통과했다 after two of those told were cut)
        if counted_first and (len(fallback) != _team_count(body[span[0]:span[1]])
                              or any(registry.kind(name) in AUTHORITY_KINDS for name in fallback)):
            fallback = []  # (as many as counted, none an authority: else the count is not theirs)
        if subject_kind in _POINTING and fallback and (timexes or subject_kind == "teams" or counted_first):
            # 두 회사는 20일 계약을 맺었다: the two, in its clause; 네 팀이 이 평가를 받는다: the four, in the event it goes on with
            orgs = _standing_in(span, fallback, orgs, registry, "reference")
        if timexes and holds_any(sentence.text, _COUNTED_TEAM_WORDS):  # 세 팀에 ..., 3개 팀 발표회: the teams just counted
            for phrase in _TEAMS_COUNTED.finditer(body, sentence.start, sentence.end):
                if _quoted_apart(body, sentence, phrase.start(), timexes):
                    continue  # (시 관계자는 "두 회사가 … 약속했다"며 "내년에는 …"이라고: the two are of words with no date)
                count = _team_count(phrase.group())
                if body.endswith(_THE_REST, max(0, phrase.start() - 5), phrase.start()):
                    # (A 등 다섯 팀과의 협약은 … 체결됐다. 가장 먼저 서명한 곳은 A였다. 나머지 네 팀은 …: those of the group
                    # told before, less the ones told since, when as many; else the teams not told, whoever they are)
                    rest = self._the_rest(count)
                    if rest and not any(o.canonical in rest for o in orgs):
                        orgs = _standing_in(phrase.span(), rest, orgs, registry, "reference")
                    continue
                if body.endswith(_OUTCOME_BEFORE_COUNT, max(0, phrase.start() - 4), phrase.start()):
                    continue  # (탈락한 두 팀에는: the teams of that outcome, below)
                if holds_any(sentence.text, _OPEN_TO_CUT_MARKS) and (any(
                        cut.start() <= phrase.start() < cut.end() for cut in _OPEN_TO_CUT.finditer(body, sentence.start, sentence.end))
                        or _OPENED_TO_AFTER.match(body, phrase.end()) is not None):
                    continue  # (떨어진 두 팀에도 지원 자격을 준다, 두 회사에도 문을 열어 둔다: those a call is open to, no party)
                if body.endswith("최종 ", max(0, phrase.start() - 3), phrase.start()):
                    # (… 최종 2개 팀으로 선정됐다. 정부는 최종 2개 팀에 …: those chosen; before any, the teams yet to be)
                    final = who.outcome("selection", count)
                    if final and not any(o.canonical in final for o in orgs):
                        orgs = _standing_in(phrase.span(), final, orgs, registry, "reference")
                    continue
                if count == 1 and phrase.group("subject") is not None:
                    continue  # (… 8월에는 다시 한 팀이 떨어졌다: one team, not told which; 그 팀 would point back)
                named_here = [o for o in orgs if o.end <= phrase.start() and not body[o.end:phrase.start()].strip(" ,")]
                if named_here and len({o.canonical for o in _listed_before(body, orgs[:orgs.index(named_here[-1]) + 1])}) == count:
                    continue  # (A와 B 두 컨소시엄이, A와 B, 두 곳이: the names just before it, as many)
                # (정부는 두 회사가 ... 마무리하도록 돕는다: the companies the sentence before named, as many)
                # (… 두 곳만 이름을 올렸다. 전날 마감한 공모에는 2개 컨소시엄이 신청서를 냈다: the two; a count of teams
                # as a subject may be of slots yet to fill, so only the names just told that many stand for it)
                as_subject = phrase.group("subject") is not None
                # (네 팀의 중간 점검은 …: the teams whose event the subject is, counted as told)
                # (두 팀과의 협약은 …: likewise, the teams the event is with)
                of_subject = (phrase.start() < span[1] and body.startswith(("의 ", "과의 ", "와의 "), phrase.end())
                              and subject_kind == "event")
                # (다음 달 3단계 협약을 맺는 두 팀에게 남은 숙제는: the teams a dated clause modifies, inside the subject)
                heading_dated = (phrase.start() < span[1] and any(t.end < phrase.start() for t in timexes)
                                 and _ADNOMINAL_BEFORE.search(body, max(sentence.start, phrase.start() - ADNOMINAL_REACH), phrase.start()) is not None)
                # (두 팀에는 2월부터 GPU가 배정된다: the teams as the recipient before the subject, a phrase of their own)
                apart = body.startswith(_RECIPIENT_CASES, phrase.end())
                # (네 팀이 맞붙는 2차 평가는 8월 초로 잡혀 있다: the teams of the clause telling the event the subject is)
                joined_in_subject = (as_subject and subject_kind == "event" and phrase.end() <= span[0]
                                     and _TAKING_PART_IN.match(body, phrase.end()) is not None)
                counted = [] if (phrase.start() < span[1] and not (as_subject and phrase.end() == span[1]) and not of_subject
                                 and not heading_dated and not apart and not joined_in_subject) else (
                    # (… A와 B는 고배를 마셨다. 두 팀에는 3월까지 …: the two just named, whoever goes on)
                    self.named_before if (as_subject or apart) and len(self.named_before) == count
                    # (… 마감한 공모에는 두 컨소시엄만 서류를 냈다: a count that did something, no slot to fill)
                    else who.teams(index, count, (direction := _final_direction(sentence.text)) == "future" or (
                        # (… C는 고배를 마셨다. 정부는 두 팀과 다음 달 협약을 맺는다: a plan told in the present is ahead too)
                        direction == "present" and bool(timexes) and (published := self.article.published_at) is not None
                        and all(t.value[:10] > published.date().isoformat() for t in timexes)), self._not_teams(phrase.group()))
                    if not as_subject or phrase.group().endswith("회사") or joined_in_subject else
                    _exactly(who.teams(index, count), count) if _final_direction(sentence.text) == "past" else [])
                if as_subject and _passing_after_cut(who, counted, timexes, body[phrase.end():sentence.end]):
                    counted = []
                if as_subject and counted and "수" in sentence.text and _MAY_DO.match(body, phrase.end(), sentence.end):
                    counted = []  # (네 팀 가운데 두 팀만 연말 최종 관문에 설 수 있다고 …: which may, untold; not 두 팀만 남았다)
                if counted and body.startswith(("과 ", "와 ", "과의 ", "와의 "), phrase.end()) and set(counted) & set(subject):
                    counted = []  # (A 대표는 "기존 두 팀과 어깨를 나란히 하겠다"고: those A is set beside are not A)
                if count is None and counted and _partners_only(counted, registry):
                    counted = []  # (… 컨소시엄의 C와 D는 … 투입한다. … 각 팀에 알린다: the teams, not a consortium's partners)
                if count and len(counted) > 1 and "팀" in phrase.group() and _member_with_its_lead(body, self.organizations, counted):
                    # (… A 컨소시엄의 B는 2월 빠진다. … 1월 두 팀과 협약을 맺는다: a member and its lead are one team; those running)
                    counted = who.standing if len(who.standing) == count else []
                elif count and "팀" in phrase.group() and (not_teams := self._not_teams(phrase.group())).intersection(counted):
                    # (A는 이날 B, C 등 참여사 대표들과 함께 무대에 올랐다. 세 팀이 …: teams, not a team with its partners)
                    counted = _exactly(who.teams(index, count, not_teams=not_teams), count)
                if as_subject and (added := _ADDED_TO.search(body, max(sentence.start, phrase.start() - ADDED_REACH), phrase.start())):
                    # (… 남은 팀은 A, B, C다. 여기에 D를 더해 네 팀이 …: those told before and the one added, as many)
                    joined = list(dict.fromkeys(self.named_before + [o.canonical for o in orgs if o.end <= added.start()]))
                    counted = joined if len(joined) == count else counted
                if not counted and count and (as_subject or body.startswith(("을 대상으로", "를 대상으로"), phrase.end())):
                    counted = self._running_and_one_to_come(sentence, phrase.start(), count)
                if not counted and not as_subject and count and (phrase.start() >= span[1] or of_subject):
                    # (A와 B가 합류했다. C는 두 회사와 협약을 맺었다: those the sentence before named, but its own subject;
                    # or those its own words named first, "A와 B가 …"며 "두 팀과는 다음 주 …")
                    besides = [name for name in self.named_before if name not in subject]
                    earlier = list(dict.fromkeys(o.canonical for o in orgs if o.end <= phrase.start() and o.canonical not in subject
                                                 and o.kind not in AUTHORITY_KINDS))
                    counted = besides if len(besides) == count else earlier if len(earlier) == count else []
                    # (A는 B와 C의 과제에 함께할 연구실을 모집한다. … 두 회사의 GPU를: the two named together lately, besides
                    # the one the story follows)
                    if not counted and phrase.group().endswith("회사") and body.startswith("의 ", phrase.end()):
                        counted = self._named_together(index, count, who.carried)
                pool = phrase.group("bare") is not None and _POOL_HEAD.match(body, phrase.start()) is not None
                if pool and len(counted) != count:  # (오는 12월 두 팀 가운데 한 팀을 가린다: the teams still in the running)
                    counted = next((names for names in (who.standing, who.selected) if len(names) == count), [])
                # (각 팀 실무자, 세 팀 관계자: the people of each team told, or of as many teams as counted)
                staff = (phrase.group("bare") and (count is None or len(counted) == count)
                         and _TEAM_STAFF.match(body, phrase.end()) is not None)
                if (phrase.group("bare") and not pool and not staff
                        and (len(counted) != count or _counted_for(body, phrase.end()) is None)):
                    continue  # (a bare count, 5개 팀 중, stands for the teams it counts before the occasion they hold; but
                    # 각 팀 실무자 대상 설명회: each team's people, the teams told)
                if _MAKERS_OF_OBJECT_AFTER.match(body, phrase.end()) and _HANDED_TO.search(sentence.text):
                    # (TTA는 각 팀이 제출한 점수를 … B에 넘긴다: the makers of what is handed over take no part in handing it;
                    # but 각 팀이 제출한 모델을 돌려 보는 검증을 벌인다: theirs is what is checked)
                    continue
                if count is None and len(counted) < 2:  # (각 팀에: each of several teams told, not the one told last)
                    # (점검은 A, B 등 네 팀을 대상으로 … 시작됐으며, 결과는 … 각 팀에 통보된다: those this sentence named first)
                    counted = list(dict.fromkeys(o.canonical for o in orgs if o.end <= phrase.start()
                                                 and registry.kind(o.canonical) not in AUTHORITY_KINDS))
                    # (not those cut; nor, with the teams running known, a team and its partner, … A는 B와 계약을 맺었다. C는
                    # … 각 팀에 알린다: those running)
                    counted = counted if len(counted) >= 2 else next((names for told_at, names in reversed(who.told_before)
                                                                      if len(names) >= 2 and index - told_at <= AUTHORITY_REACH
                                                                      and not _partners_only(names, registry)
                                                                      and not set(names) <= who.cut
                                                                      and (len(who.standing) < 2 or set(names) <= set(who.standing))), [])
                    # (… 다섯 곳을 뽑았다. [the support, the partners] 이달 중 각 팀과 협약을 맺는다: the teams running)
                    counted = counted or (who.standing if len(who.standing) >= 2 else [])
                    if not counted:
                        continue
                # (… A, B를 대상으로 … 시작됐으며, 결과는 각 팀에 통보된다: names of an earlier clause are not this one's)
                # (… "A와 B가 …"며 "두 팀과는 …": nor of the words said before)
                clause_from = max(body.rfind(", ", sentence.start, phrase.start()), body.rfind("며 ", sentence.start, phrase.start()))
                if counted and not set(counted) <= {o.canonical for o in orgs if o.start > clause_from}:
                    orgs = _standing_in(phrase.span(), counted, orgs, registry, "reference")
        if (timexes and subject_kind != "government" and "정부" in sentence.text and registry.government
                and not (subject_span is not None and _FOREIGN.search(body, max(sentence.start, subject_span[0] - FOREIGN_REACH),
                                                                       subject_span[0]))):
            # B는 6월까지 결과물을 정부에 제출해야 한다, 정부와 협약을 맺는다: the ministry, as a recipient or a partner; not
            # with a subject abroad (프랑스 B는 … 정부와 만든 모델을: its country's)
            ministry = _government(speaker, registry)
            for word in _GOVERNMENT_PARTY.finditer(body, sentence.start, sentence.end):
                if not any(o.canonical in ministry for o in orgs):
                    orgs = _standing_in(word.span(), ministry, orgs, registry)
        if timexes and holds_any(sentence.text, _OUTCOME_TEAM_WORDS):  # 탈락 팀을 대상으로, 선정 팀과: the teams of that outcome
            for phrase in _OUTCOME_TEAMS.finditer(body, sentence.start, sentence.end):
                if phrase.group(1) == "탈락" and _OPEN_TO_CUT.match(body, phrase.start()):
                    continue  # (탈락 팀에도 문을 열어 둔다: those it is open to, no party to the call)
                count = _team_count(phrase.group()) if phrase.group("count") else None  # (탈락한 두 팀에는)
                # (after the subject, or a recipient before it once the outcome is told done: … 선정했다고 밝혔다. 선정 기업에는
                # 내년 3월부터 자금이 지원된다; not 이달 중 1개 팀을 선정할 계획이다. 선정된 팀에는 …: none chosen yet)
                done = body.startswith("에", phrase.end()) and next(
                    (m.status == "happened" for m in reversed(self.mentions)
                     if holds_any(m.sentence, _OUTCOME_VERBS[phrase.group(1)])), False)
                outcome = who.outcome(_OUTCOME_KINDS[phrase.group(1)], count) if phrase.start() >= span[1] or done else []
                if outcome and not any(o.canonical in outcome for o in orgs):
                    orgs = _standing_in(phrase.span(), outcome, orgs, registry, "reference")
        if self.question_at >= 0 and _answer_label_end(sentence.text):
            self.turn_speaker = self._labelled_speaker(sentence)  # (▶A 대표=우리는 …. 3월에는 …: A's turn, its dropped subjects A's)
        if self.turn_speaker and not self.interviewee and subject_kind in _SUBJECT_UNNAMED and not fallback:
            fallback = self.turn_speaker
        elif self.interviewee and (subject_kind in _SUBJECT_UNNAMED or subject_kind == "self" and not fallback):
            # an answer's dropped subject is the one answering, and so is its 저희 (unless the story's writer is theirs); but
            # the first words answering when a step is (―2차 평가는 언제인가. / "8월 초다.") drop the step, not the one answering
            fallback = (self.asked_about if self.asked_about and index - self.question_at <= ANSWER_REACH
                        else [] if self._answers_when(index) and subject_kind != "self" else self.interviewee)
        elif (not self.interviewee and self.asked_about and not orgs and subject_kind in _SUBJECT_UNNAMED
              and (self.question_at == index - 1
                   or index - self.question_at <= ANSWER_REACH and not self.within(self.sentences[index - 1])[1])):
            # (an explainer's Q. 떨어진 A는 어떻게 되나. / A. 지원은 이달 말 끝난다: the answer is of the one asked about, and
            # so is its next sentence that names no one else)
            fallback = self.asked_about
        if (subject_kind == "other" and subject_span is not None and index - who.carried_at <= AUTHORITY_REACH and who.carried
                and (not orgs or timexes and all(o.start > timexes[0].end for o in orgs))  # (none named before its date)
                and (_MADE_OR_TAKEN_IN.search(body, max(sentence.start, subject_span[0] - SUBJECT_WORDS_REACH), subject_span[1])
                     or _BARE_VERSION.fullmatch(body, subject_span[0], subject_span[1]))):
            fallback = who.carried  # (회사는 … 밝혔다. 다음 버전 4.5는 9월 중 나온다, 신입생은 10일부터 모집한다, 합격자는 …
            # 출근한다: its own making or intake; a version told by its number alone, 2.0(2026-08-03)은, is of the one told)
        if (subject_kind == "other" and subject_span is not None and timexes and not orgs and not fallback and who.carried
                and index - who.carried_at <= AUTHORITY_REACH and self._thing_of_told(index, subject_span)):
            # (A가 평가 세트를 3일 공개했다. 평가 세트는 내년 1월부터 …: what A put out, told as the topic; the story still follows A)
            fallback, who.carried_at = who.carried, index
        if (subject_kind == "other" and subject_span is not None and not orgs and not fallback and timexes
                and body[subject_span[0]:subject_span[1]].endswith(_OFFICIAL_POSTS)):
            fallback = self._last_named(sentence, ("ministry", "agency", "office"))  # (새 정책관은 22일 …: an official of the body told)
        if subject_kind == "other" and not orgs and not fallback and timexes and not cited and _GIVEN_BY_MINISTRY.search(sentence.text):
            fallback = self._last_named(sentence, ("ministry",))  # (내년부터 팀당 GPU 1천 장이 지원된다: the ministry's support)
        if (subject_kind == "other" and subject_span is not None and timexes and self.last and index - self.last[0] == 1
                and body[subject_span[0]:subject_span[1]].rsplit(None, 1)[-1] in _TIME_OF_IT):
            # 구체적인 시점은 10월 전후로 보고 있다: the time of the event just told, with those taking part in it; but a
            # target's time is the subject's own aim (A는 B, C를 주관사로 뽑았다. 목표 시점은 2028년 상반기 상장이다: A's)
            aimed = "목표" in body[max(sentence.start, subject_span[0] - SUBJECT_WORDS_REACH):subject_span[1]]
            fallback = who.carried if aimed and who.carried and index - who.carried_at <= 1 else _actors_of(self.last[1])
        if timexes and not orgs and "본회의" in sentence.text and (house := self._house_told(sentence)):
            fallback = house  # (예산안은 4일 본회의에서 처리된다: the house whose plenary it is, the Assembly or a council told)
        if (timexes and not orgs and not fallback and ("국정감사" in sentence.text or "국감" in sentence.text)
                and (auditor := self._assembly_committee_told(sentence) or self._house_told(sentence))):
            fallback = auditor  # (토론회 결과는 다음 달 국정감사 자료로 쓰인다: the Assembly's audit, by its committee told)
        if (self.interviewed and subject_kind in _SUBJECT_UNNAMED and sentence.text[:1] in OPENING_QUOTES
                and (label := self.interviewed.get(body.rfind("\n", 0, max(0, sentence.start - 1)) + 1)) is not None
                and body.find("\n", label[0], sentence.start) == sentence.start - 1):
            fallback = [label[1]]  # ([인터뷰] 박준호 / 광주광역시 과장 / "1월 중에 … 마무리하고": the one labelled speaks)
        if self.speaking and (subject_kind in _SUBJECT_UNNAMED or subject_kind == "self" and not fallback):
            # (`이수진 과기정통부 과장: 저희는 …`: ours is the speaker's)
            starts, speakers, standing = self.speaking
            line = bisect_right(starts, sentence.start) - 1
            if line >= 0 and standing[line] and body.find("\n", starts[line], sentence.start) < 0:
                fallback = [speakers[line]]  # `◆ 이연수: ... 내놓을 겁니다`: the speaker's organization
        if (row and not orgs and timexes and sentence.text.startswith("|")
                and (cell := _TEAMS_CELL.search(sentence.text)) is not None
                and (counted_teams := who.teams(index, _team_count(cell.group(1)), ahead=True))):
            # (| 중간 점검 | ’27. 6월 | 2개 팀 |: the teams told with that number, with the table's owner)
            fallback = list(dict.fromkeys([*fallback, *counted_teams]))
        if item and not self.item_owner and subject_kind in ("none", "event"):
            speaker = []  # (▲ 7월 21일: 접수 마감, in a chronology no one was said to own: a row naming nobody is nobody's)
        if timexes and not orgs and who.organizer and "회차" in sentence.text and _NEXT_ROUND.search(sentence.text):
            fallback, speaker = who.organizer, []  # (어제 A 개발자 밋업 다녀왔어요. … 12일 토요일에 2회차를 한대요: A's next round)
        if timexes and (holder := [o.canonical for o in cited if _HOLDER_OF_GATHERING.match(body, o.end)]):
            who.organizer, who.organizer_at = holder[:1], index  # (지난 토요일 열린 A 개발자 밋업에 다녀왔다: A holds it)
        # (대상은 A 팀이 받았다. … 최우수상은 B에 돌아갔다: the prizes told one by one, all their winners)
        earlier_winners = self.prize_winners[1] if index - self.prize_winners[0] <= PRIZE_WINNERS_REACH else []
        if cited and _PRIZE_TOPIC.match(sentence.text):
            self.prize_winners = (index, list(dict.fromkeys([*earlier_winners, *(o.canonical for o in cited)])))
        elif cited and "상을" in sentence.text and (won := _PRIZE_WON.search(body, sentence.start, sentence.end)) is not None and (
                winners := [o.canonical for o in cited if won.start() - PRIZE_WINNER_REACH <= o.end <= won.start()
                            and not _SUBJECT_AFTER_NAME.match(body, o.end)][-1:]):
            # (… 해커톤에서 A 학생 팀이 대상을 받았다: the one named right before the prize, as whose team; not the host told as
            # the topic, A는 … 'B' 팀이 대상을 받았다고 밝혔다)
            self.prize_winners = (index, list(dict.fromkeys([*earlier_winners, *winners])))
        elif (not orgs and timexes and index - self.prize_winners[0] <= PRIZE_WINNERS_REACH and self.prize_winners[1]
              and "상" in sentence.text and _PRIZE_WINNERS.search(sentence.text)):
            fallback, speaker = list(self.prize_winners[1]), []  # (대상은 A, 최우수상은 B가 받았다. 수상 기업에는 …: A and B)
        if (not timexes and not persons and subject_kind in ("other", "teams") and index - who.carried_at == 1
                and subject_span is not None and not _QUOTE_MARK.search(sentence.text)
                and (not cited and subject_kind == "other"
                     and body.find(body[subject_span[0]:subject_span[1]].split()[-1], 0, sentence.start) >= 0
                     or _CHOSEN_PARTY.fullmatch(body, subject_span[0], subject_span[1]) is not None
                     or _OUTCOME_ONLY.search(body, max(sentence.start, subject_span[0] - SUBJECT_WORDS_REACH), subject_span[1]))):
            # (A는 9일 비서를 공개했다. 비서는 운전자의 말을 알아듣는다. …: a thing told before, described; so are those
            # A chose, 선정 기업은 B의 모델을 쓸 수 있다. 지원은 다음 달부터 …: the story still A's)
            who.carried_at = index
        if (subject_kind in ("other", "event") and subject_span is not None and fallback and not orgs
                and _NEXT_EDITION.search(body, max(sentence.start, subject_span[0] - SUBJECT_WORDS_REACH), subject_span[1])
                and not set(fallback) & set(who.organizer)):
            fallback = []  # (A는 이번 학회에서 … 발표했다. 내년 학회는 밴쿠버에서 열린다: the show's own, none of A's)
        if (subject_kind == "event" and subject_span is not None and timexes and not orgs and not fallback
                and len(who.carried) > 1 and index - who.carried_at == 1 and all(registry.role(n) == "elite" for n in who.carried)
                and subject_span[0] == sentence.start and _word_type(body[subject_span[0]:subject_span[1]]) == "evaluation"
                and "결과" not in sentence.text
                and self.last is not None and self.last[0] == index - 1
                and any(set(who.carried) <= set(m.actors) for m in self.last[1])):
            # (두 팀은 10일까지 모델을 내야 한다. 평가는 17일부터 진행된다: the step they were just told readying for)
            fallback = list(who.carried)
        if (subject_kind == "none" and not orgs and self.item_subject and body[sentence.start - 1:sentence.start] == " "
                and self._item_line(sentence.start, named=True)):
            fallback = list(self.item_subject)  # (△A = 2분기 상장 추진. 지난달 주관사 선정 마쳐: the item's, on its line)
        if (subject_kind == "other" and subject_span is not None and timexes and not orgs
                and body.endswith(_BENCH_WORDS, subject_span[0], subject_span[1])
                and (court := next((o.canonical for o in reversed(self.organizations)
                                    if o.end <= sentence.start and o.canonical.endswith(_COURT_ENDINGS)), None))):
            # (A를 상대로 낸 소송의 첫 변론이 B법원에서 열렸다. 재판부는 …: that court's, with those whose case it heard)
            heard = next((m.actors for m in reversed(self.mentions) if court in m.actors), [])
            fallback = list(dict.fromkeys([court, *heard, *fallback]))
        if (subject_kind == "other" and subject_span is not None and fallback and registry.kind(fallback[0]) in _COMPANY_KINDS
                and (_TITLED_NAME.search(body, max(sentence.start, subject_span[0] - TITLED_NAME_REACH), subject_span[1])
                     or _TITLED_NAME_SUBJECT.match(body, subject_span[0]))):  # (아모데이 CEO는: read as 아모데 and 이)
            # (A의 B 최고경영자가 … 면담했다. B CEO는 11일 C를 찾는다: A's head, as A)
            orgs = _standing_in(subject_span, fallback, orgs, registry, "reference")
            subject, subject_kind = list(fallback), "named"
        if (subject_kind == "none" and self.last is not None and self.last[0] == index - 1
                and all(registry.kind(name) in AUTHORITY_KINDS for name in fallback) and _UNDERGOES.search(sentence.text)
                and (chosen := [a for m in self.last[1] if m.event_type == "selection"
                                and any(registry.kind(b) in AUTHORITY_KINDS for b in m.actors)  # (one chose them)
                                for a in m.actors if registry.kind(a) not in AUTHORITY_KINDS])):
            # (과기정통부는 20일 A를 추가 팀으로 뽑았다. 기존 세 팀과 함께 8월 평가를 받는다: the one chosen undergoes it)
            fallback = list(dict.fromkeys(chosen))
        if (subject_kind == "event" and fallback and not orgs and subject_span is not None and timexes
                and index >= 1 and (self.last is None or self.last[0] < index - 1)
                and _NOT_DONE_END.search(self.sentences[index - 1].text)
                and _CALL_STEP.fullmatch(body, subject_span[0], subject_span[1])
                and not any(registry.kind(name) in AUTHORITY_KINDS for name in fallback)):
            fallback = []  # (B도 아직 답을 내놓지 않았다. 마감은 다음 달 12일이다: the call's step, not B's, told just before doing
            # nothing)
        if chosen_if:
            fallback, who.carried_at = [], index if index - who.carried_at == 1 else who.carried_at
        if item and who.carried_at == index and subject_kind == "named":
            self.carried_from_item = list(who.carried)
        return subject, subject_kind, subject_span, fallback, orgs, speaker

    def _showing_what_was_made(self, index: int, sentence: Sentence, timexes: list[Timex], orgs: list[ActorMention],
                               persons: list[PersonMention], found: list[Mention]) -> list[Mention]:
        """The event a clause goes on with when its only days are of a thing it tells of (… 9일 공유회를 연다. A와 B가 올해
        개발한 모델을 시연한다: showing it is on the 9th, with A and B; 올해 only dates the making): the event told just
        before, in the sentence (an item's line) or the one before it."""
        stop = sentence.text.rfind(". ", 0, timexes[-1].start - sentence.start)
        start = sentence.start + stop + 2 if stop >= 0 else sentence.start
        own = [t for t in timexes if t.start >= start]
        named = [o for o in orgs if start <= o.start < own[0].start] if own else []
        made = _MADE_THEN_SHOWN.match(self.body, own[0].end, sentence.end) if len(own) == 1 and named else None
        if made is None or _role(made.group("made")) != "adnominal":
            return []
        if stop >= 0:
            told = [m for m in found if m.timex_end <= start]
        else:
            told = self.last[1] if self.last and self.last[0] == index - 1 else []
        clause = Sentence(start, sentence.end, self.body[start:sentence.end], None)
        return _continuation(self.article, clause, told, named, persons, told_so_far=self.mentions) if told else []

    def _own_box(self, index: int, heading: Sentence, carried: list[str]) -> bool:
        """Whether a box's heading names the very event the one the story follows was told doing (A가 신입생을 모집한다. /
        ■ 모집 일정): its own schedule, not a program's."""
        kind = event_type(heading.text)
        if kind == "other" or not carried:
            return False
        before = [s for s in self.sentences[max(0, index - OWN_BOX_REACH):index] if not s.boilerplate]
        return any(event_type(told.text) == kind and any(o.canonical in carried for o in self.organizations
                                                           if told.start <= o.start < told.end) for told in before)

    def _item_line(self, position: int, named: bool = False) -> bool:
        """Whether the line holding `position` is a list's item (▲7일 …), or, `named`, an item of one it names
        (△A = 3월 출시)."""
        line_start = self.body.rfind("\n", 0, position) + 1
        if named:
            return _NAMED_ITEM.match(self.body, line_start) is not None
        return self.body[line_start:position + 1][:1] in _LINE_ITEM_MARKS

    def _assembly_committee_told(self, sentence: Sentence) -> list[str]:
        """The Assembly's committee the story told last before the sentence (국회 과학기술정보방송통신위원회), else none."""
        return next(([o.canonical] for o in reversed(self.organizations) if o.end <= sentence.start and o.kind == "committee"
                     and o.canonical != "국회" and ("국회" in o.text or self.body.endswith("국회 ", 0, o.start))), [])

    def _house_told(self, sentence: Sentence) -> list[str]:
        """The legislature the story told last before the sentence: a council named (광주광역시의회), or the Assembly
        (국회, 국회 예결위, 국회 과방위)."""
        council = next((o for o in reversed(self.organizations) if o.end <= sentence.start and o.canonical.endswith("의회")), None)
        assembly = self.body.rfind("국회", 0, sentence.start)
        if council is not None and council.start > assembly:
            return [council.canonical]
        return ["국회"] if assembly >= 0 and self.registry.canonical("국회") else []

    def _not_teams(self, counted: str) -> frozenset[str]:
        """Who a count (세 팀에) does not stand for: for a count of 팀 in a story of the program's teams, the consortiums'
        partners, part of a team (in one of another contest, 뷰노, 루닛 등 세 팀, they are teams)."""
        if "팀" not in counted:
            return frozenset()
        roles = {o.canonical: self.registry.role(o.canonical) for o in self.organizations}
        return frozenset(name for name, role in roles.items() if role == "partner") if "elite" in roles.values() else frozenset()

    def _thing_of_told(self, index: int, span: tuple[int, int]) -> bool:
        """Whether a subject's head noun (세트는) was the object of one of the two sentences before (세트 'K-벤치'를 공개했다),
        or the subject of what one of them told (논문 2편이 학회에 채택됐다고 밝혔다)."""
        head = self.body[span[0]:span[1]].rsplit(None, 1)[-1]
        if len(head) < 2:
            return False
        for before in self.sentences[max(0, index - 2):index]:
            at = self.body.find(head, before.start, before.end)
            while at >= 0:
                if _OBJECT_AFTER_HEAD.match(self.body, at + len(head), before.end) or (
                        _SUBJECT_AFTER_HEAD.match(self.body, at + len(head), before.end)
                        and _TOLD_OUTCOME.search(self.body, at, before.end)):
                    return True
                at = self.body.find(head, at + len(head), before.end)
        return False

    def _pointed_at(self, index: int, sentence: Sentence, span: tuple[int, int]) -> list[str]:
        """The organizations a word that points back (이 회사는, 두 기관은, 도는) stands for; a count in it
        (두 회사는, 세 회사는) takes as many of them, the last named, or those the same counted words stood for
        before (세 기관은 … 세 기관은), or none."""
        reach = max(sentence.start, span[0] - SUBJECT_WORDS_REACH)
        if (their := _THEIR.search(self.body[sentence.start:span[1]])) is not None:
            reach = min(reach, sentence.start + their.start())  # (두 팀의 3단계 협약식은: the count a few words before the head)
        counted = _COUNTED_ANAPHOR.search(self.body, reach, span[1])
        count = (_number(counted.group(1)) or 0) if counted else 0
        noun = counted.group(2) if counted else ""
        pointed = self._pointed_at_counted(index, sentence, span, count, noun)
        if count and len(pointed) == count:
            self.counted_told[(count, noun)] = pointed
        return pointed

    def _pointed_at_counted(self, index: int, sentence: Sentence, span: tuple[int, int], count: int, noun: str) -> list[str]:
        """_pointed_at for `count` organizations of the kind `noun` counts (none: 0, "")."""
        pointed = self._pointed_at_uncounted(index, sentence, span)
        if count and _APPLIED_AFTER_SUBJECT.match(self.body, span[1]) and any(
                self.registry.kind(name) in AUTHORITY_KINDS for name in pointed):
            # (A는 20일 B를 선정했다. C는 떨어졌다. 앞서 마감한 공모에는 두 곳만 지원했다: those who applied, not the one calling)
            applicants = [name for name in pointed if self.registry.kind(name) not in AUTHORITY_KINDS]
            return applicants if len(applicants) == count else self.who.teams(index, count)
        asked = self._asked(index, count) if count else []
        if asked:
            return asked
        if count and noun in _HEAD_NOUNS:  # (A·B 공동 원장은 … 두 원장은: the two heads of one body; two bodies are counted below)
            heads = [p for p in self.people if p.end <= sentence.start][-count:]
            bodies = list(dict.fromkeys(p.organization for p in heads if p.organization))
            if len(heads) == count and all(p.organization for p in heads) and len(bodies) == 1:
                return bodies
        if (count and len(self.named_before) == count and set(pointed) != set(self.named_before) and self.last is not None
                and self.last[0] == index - 1 and any(m.event_type == "agreement" and set(m.actors) == set(self.named_before)
                                                      for m in self.last[1])):
            return self.named_before  # (A와 B가 … 알렸다. A는 3일 C와 협약을 맺었다. 두 회사는 …: the two of the deal just told)
        kinds, strict = _KINDS_A_NOUN_COUNTS.get(noun, _NO_KINDS)
        if strict and any(self.registry.kind(name) not in kinds for name in pointed):
            pointed = self._named_of_kind(sentence, noun, count)  # (두 대학은: not the company told with them)
        if count and len(pointed) + 1 == count and self.who.with_one_unnamed(pointed):
            return pointed  # (우리 대학 연구팀이 A와 손잡고 … 두 기관은: A, and the one not named)
        partners = list(dict.fromkeys(o.canonical for o in self.within(self.sentences[index - 1])[1]
                                      if self.body.startswith(("와의 ", "과의 "), o.end))) if count and index else []
        if (partners and len(partners) + 1 == count and self.story_subject is not None
                and self.story_subject.canonical not in partners):
            # (A가 운영하는 센터가 … B와의 협력은 이어지고 있다. 두 기관은 …: the partner told, and the one the story follows)
            return [self.story_subject.canonical, *partners]
        if count and len(pointed) != count:  # (… 리벨리온은 … 퓨리오사AI도 … 두 곳은: those told lately, as many)
            if (count, noun) in self.counted_told:
                return self.counted_told[(count, noun)]  # (세 기관은 … [one of them, or another] … 세 기관은: the same three)
            if len(pointed) > count:
                return pointed[-count:]
            if len(self.named_before) == count and noun != "팀":
                return self.named_before  # (A는 B와의 협력에 무게를 실었다. 두 회사는 …: the two just named, not others counted before)
            told = self.who.teams(index, count, not_teams=self._not_teams(noun))
            if len(told) == count:
                return told
            # (A가 B의 모델을 도입한다고 발표했다. 두 회사는 이날 협약을 맺었다: the two the sentence before named, roles aside)
            if len(self.named_before) == count:
                return self.named_before
            # (A와 B가 역할을 나눈다. … C는 검증을 맡는다. 세 기관은 …: the last bodies of that kind named, as many)
            return (self._named_of_kind(sentence, noun, count) or self._named_ahead(sentence, noun, count)
                    or self._named_lately(index, sentence, noun, count))
        return pointed

    def _named_together(self, index: int, count: int, besides: list[str]) -> list[str]:
        """Exactly `count` bodies other than authorities, universities and `besides`, named together in one of the few
        sentences before, the nearest first; else none."""
        for sentence in reversed(self.sentences[max(0, index - AUTHORITY_REACH):index]):
            named = list(dict.fromkeys(o.canonical for o in self.within(sentence)[1] if o.canonical not in besides
                                       and self.registry.kind(o.canonical) not in _NOT_NAMED_TOGETHER_KINDS))
            if named:
                return named if len(named) == count else []
        return []

    def _named_lately(self, index: int, sentence: Sentence, noun: str, count: int) -> list[str]:
        """Exactly `count` organizations named in the few sentences before, whatever their kind, for a noun said of any
        (A는 B의 모델을 얹은 서비스를 시범 운영한다고 밝혔다. 시범 운영은 … 넓힌다. 두 회사는 …: A and B), else none."""
        if _KINDS_A_NOUN_COUNTS.get(noun, _NO_KINDS)[1]:
            return []  # (두 대학은: only universities, counted above)
        since = self.sentences[max(0, index - AUTHORITY_REACH)].start
        if _COUNTED_ANAPHOR.search(self.body, since, sentence.start):
            return []  # (A는 B와 함께 현지 기업 세 곳과 협약을 맺었다. 세 회사는 …: those counted, unnamed)
        named = list(dict.fromkeys(o.canonical for o in self.organizations if since <= o.start and o.end <= sentence.start))
        return named if len(named) == count else []

    def _named_ahead(self, sentence: Sentence, noun: str, count: int) -> list[str]:
        """Before any organization is named, the first `count` of the kind the noun counts that the story names next, for
        what they did (세 팀의 개발 책임자가 27일 모였다. [their words, by name] ▷A … ▷B … ▷C …: the three), else none."""
        if any(o.end <= sentence.start for o in self.organizations) or _final_direction(sentence.text) != "past":
            return []  # (not a scene ahead or going on: 연말 평가를 앞두고 세 팀의 신경전이 뜨겁다)
        kinds = _KINDS_A_NOUN_COUNTS.get(noun, _NO_KINDS)[0]
        ahead = list(dict.fromkeys(o.canonical for o in self.organizations if sentence.end <= o.start < sentence.end + NAMED_AHEAD_REACH
                                   and (self.registry.kind(o.canonical) in kinds if kinds else self.registry.role(o.canonical) == "elite")))
        return ahead[:count] if len(ahead) >= count else []

    def _unit_shortened(self, word: str, before: int) -> list[str]:
        """The organization whose unit, named right after it before `before`, the word shortens (A 정책위원회 … 정책위는:
        A), else none."""
        if len(word) < UNIT_SHORT_MIN or not "가" <= word[0] <= "힣":
            return []
        for org in reversed(self.organizations):
            if org.end <= before and self.body.startswith(" " + word, org.end):
                unit_end = org.end + 1 + len(word)
                rest = self.body[unit_end:unit_end + UNIT_REST_REACH]
                if rest[:1] not in ("", " ") and rest.split()[0].rstrip("은는이가을를의에도").endswith(_UNIT_ENDINGS):
                    return [org.canonical]
        return []

    def _run_by(self, word: str, before: int) -> list[str]:
        """The organization told to run a facility or unit whose name ends in the word, before `before` (A가 운영하는 AI
        실증센터가 문을 연 지 1년 … 센터는: A), else none."""
        if not word.endswith(_UNIT_ENDINGS) or not "가" <= word[0] <= "힣":
            return []
        for org in reversed(self.organizations):
            if org.end <= before and (run := _RUN_BY_IT.match(self.body, org.end)) is not None and (
                    actors_mod.strip_particle(run.group("unit")).endswith(word)):
                return [org.canonical]
        # (A는 B와 'C 실증 센터 구축 및 운영 협약'을 맺었다. … 센터는 …: the parties of the deal to build and run it)
        built = re.compile(re.escape(word) + _BUILT_BY_DEAL)
        return next((list(m.actors) for m in reversed(self.mentions) if m.event_type == "agreement" and len(m.actors) > 1
                     and m.sentence_end <= before and built.search(m.sentence)), [])

    def _count_named_after(self, index: int, names: list[str]) -> None:
        """Teams counted in the sentence before and named in this one or in a box's line (… 20일 네 팀을 대상으로 설명회를
        연다. 대상은 A, B, C, D다; … 3개 컨소시엄에 자료를 요청했다고 밝혔다. / ㅇ 대상: A, B, C): those named take part in
        the events of the clause that counted them, the one whose date is nearest the count (… 2일 협약을 맺고, … 세 팀에
        이달 말까지 내준다: the end of the month's); its telling too, when the sentence tells no other."""
        previous = self.sentences[index - 1]
        told = [m for m in self.mentions if m.sentence_start == previous.start]
        told = [m for m in told if not _day_of_telling(m)] or told
        for count in _COUNTED_OBJECT.finditer(self.body, previous.start, previous.end) if told else ():
            if _number(count.group(1)) != len(names):
                continue
            nearest = _nearest_told(told, count)
            for mention in told if all(_day_of_telling(m) for m in told) else [nearest]:
                mention.actors = list(dict.fromkeys([*mention.actors, *names]))

    def _counted_subject_named_after(self, index: int, orgs: list[ActorMention]) -> None:
        """Teams counted as a subject in the sentence before, with no one told, and listed in this one (지난 8월 선정된
        5개 정예팀이 … 선보이는 자리다. 행사에는 A, B, C, D, E가 차례로 나서 …): those listed are the ones counted, in
        the events of the sentence before that name no one."""
        previous = self.sentences[index - 1]
        told = [m for m in self.mentions if m.sentence_start == previous.start]
        counted = _COUNTED_NEW_SUBJECT.search(self.body, previous.start, previous.end) if told else None
        if counted is None or any(self.registry.kind(a) not in AUTHORITY_KINDS for m in told for a in m.actors):
            return
        listed = _listed(self.body, orgs)
        # (as the subject, or in the order they go in, A, B 순으로 진행된다; not 손을 든 곳은 A와 B 두 곳뿐이었다, nor
        # those told cut, A, B, C, D, E는 고배를 마셨다, of another outcome)
        if not _LISTED_AS_DOERS.match(self.body, listed[-1].end) or event_type(self.sentences[index].text) in OUTCOME_TYPES:
            return
        names = list(dict.fromkeys(o.canonical for o in listed))
        if len(names) == _team_count(counted.group()) and all(self.registry.kind(name) not in AUTHORITY_KINDS for name in names):
            # (the event whose date is nearest the count, not a span's: … 3일부터 10일까지 진행한 공모 결과 두 곳이 신청했다 is
            # at the close, see _read_dated)
            told = [m for m in told if not _day_of_telling(m) and m.end_value is None]
            if not told:
                return
            # (of a span told as two days, 지난달 20일부터 이날 오후까지 … 받은 결과 15개 컨소시엄이: its close)
            nearest = _nearest_told(told, counted)
            nearest.actors = list(dict.fromkeys([*nearest.actors, *names]))

    def _refine_last_told(self, sentence: Sentence, day: Timex, persons: list[PersonMention], told: list[Mention]) -> bool:
        """The day a sentence gives as all it says (2월 20일의 일이다) is the day of the event just told at a coarser
        time (빈자리는 한 달여 뒤 A가 채웠다: February's): that mention, told at that day instead."""
        for mention in told:
            finer = _mention(self.article, sentence, day, mention.actors, persons, mention.event_type, sentence.text,
                             inherited=True, title_from=0, status=mention.status)
            if mention.date_start < mention.date_end and _refines(finer, mention):
                self.mentions[self.mentions.index(mention)] = finer
                told[told.index(mention)] = finer
                return True
        return False

    def _act_dated_after_telling(self, sentence: Sentence, told: list[Mention], dated: list[Mention]) -> None:
        """The act a lead told only as told on a day, dated by the next sentence as its topic (A는 B에 GPU를 배정했다고
        20일 밝혔다. 배정은 지난 17일 마무리됐다): its parties are at the act's day, not at the telling, where only the
        one telling stays."""
        topic = _EVENT_TOPIC.match(sentence.text)
        if topic is None or not _act_told_before(topic.group("noun"), told):
            return
        moved = {a for m in dated if m.status == "happened" for a in m.actors if self.registry.kind(a) not in AUTHORITY_KINDS}
        for mention in told:
            if (_day_of_telling(mention) and mention.event_type == "announcement"
                    and all(m.date_start < mention.date_start for m in dated)):
                mention.actors = [a for a in mention.actors if a not in moved] or mention.actors

    def _applicants_reviewed(self, sentence: Sentence, found: list[Mention], orgs: list[ActorMention]) -> None:
        """Those told applying in the clause before an authority's review in the same sentence go through it (공모에는 A와
        B가 지원했으며, 과기정통부는 13일부터 19일까지 서면평가를 진행했다: A and B too)."""
        applied = _APPLIED_CLAUSE.search(self.body, sentence.start, sentence.end)
        if applied is None:
            return
        applicants = list(dict.fromkeys(o.canonical for o in orgs if sentence.start <= o.start < applied.start()
                                        and self.registry.kind(o.canonical) not in AUTHORITY_KINDS))
        for mention in found:
            if (mention.event_type == "evaluation" and mention.timex_start > applied.end() and mention.actors
                    and all(self.registry.kind(a) in AUTHORITY_KINDS for a in mention.actors)):
                mention.actors = list(dict.fromkeys([*mention.actors, *applicants]))

    def _outcome_named_later(self, sentence: Sentence, orgs: list[ActorMention], told: re.Match[str]) -> None:
        """Those named after 이번에 떨어진 (이번에 탈락한 A와 B가 쌓은 …), with no date of their own, are the ones of the last
        outcome of that kind told done, when it named no team or counted as many (지난 15일 … 두 팀이 짐을 쌌다: A and B)."""
        after = [o for o in orgs if o.start >= sentence.start + told.end()]
        if not after or after[0].start != sentence.start + told.end():
            return
        names = list(dict.fromkeys(o.canonical for o in _listed(self.body, after)))
        kind = "elimination" if told.group(1) in _CUT_ADNOMINALS else "selection"
        # (this time's: the latest told, not an earlier one told since, 8월 4일 다섯 팀이 뽑혔을 때 떨어진 열 곳)
        outcome = max((m for m in self.mentions if _outcome_told(m) == kind and m.status == "happened"),
                      key=lambda m: m.date_start, default=None)
        if outcome is None or any(self.registry.kind(a) not in AUTHORITY_KINDS for a in outcome.actors):
            return
        count = _COUNTED_NEW_SUBJECT.search(outcome.sentence)
        if count is None or _team_count(count.group()) == len(names):
            outcome.actors = list(dict.fromkeys([*outcome.actors, *names]))

    def _each_at_its_own(self, sentence: Sentence, inherited: Mention, told: list[Mention],
                         persons: list[PersonMention]) -> list[Mention]:
        """What each of the teams told at their own days did (26일에는 A와 B가, 27일에는 C가 섰다. 각 팀은 …), each at its
        day, when the mention inherited takes them all at the last one."""
        own = [(m, [a for a in m.actors if self.registry.kind(a) not in AUTHORITY_KINDS]) for m in told]
        if (len({m.date_value for m, _ in own}) < 2 or not all(teams for _, teams in own)
                or set(inherited.actors) != {a for _, teams in own for a in teams}):
            return [inherited]
        return [_mention(self.article, sentence, _dated_as(m, sentence), teams, persons, inherited.event_type, sentence.text,
                         inherited=True, title_from=0, status=m.status) for m, teams in own]

    def _notice_signer(self, sentence: Sentence) -> str | None:
        """The organization whose head a line is, alone (정보통신산업진흥원장, 과학기술정보통신부 장관), else None."""
        named = self.within(sentence)[1]
        if (len(named) == 1 and named[0].start == sentence.start + len(sentence.text) - len(sentence.text.lstrip())
                and _HEAD_SIGNING.fullmatch(self.body, named[0].end, sentence.end)):
            return named[0].canonical
        return None

    def _last_named(self, sentence: Sentence, kinds: Collection[str]) -> list[str]:
        """The organization of one of `kinds` named last before the sentence, however far back, or none."""
        return next(([o.canonical] for o in reversed(self.organizations)
                     if o.start < sentence.start and self.registry.kind(o.canonical) in kinds), [])

    def _named_of_kind(self, sentence: Sentence, noun: str, count: int) -> list[str]:
        """The last `count` organizations named before the sentence whose kind the noun counts (기관, 대학), else none."""
        kinds = _KINDS_A_NOUN_COUNTS.get(noun, _NO_KINDS)[0]
        if not kinds:
            return []
        named = list(dict.fromkeys(o.canonical for o in reversed(self.organizations)
                                   if o.end <= sentence.start and self.registry.kind(o.canonical) in kinds))
        return named[:count][::-1] if len(named) >= count else []

    def _asked(self, index: int, count: int | None) -> list[str]:
        """The organizations the question just before names, when they are as many as an answer's subject counts
        (Q. KT와 코난테크놀로지는. A. 두 회사는 …)."""
        return self.question_names if self.question_at == index - 1 and len(self.question_names) == count else []

    def _pointed_at_uncounted(self, index: int, sentence: Sentence, span: tuple[int, int]) -> list[str]:
        who, last = self.who, self.last
        word = self.body[span[0]:span[1]]
        if word in _SPOKESPEOPLE:  # 진흥원 관계자는: the one who speaks for the 진흥원 named last
            word = self.body[sentence.start:span[0]].rsplit(None, 1)[-1]
        elif word == "측" and (before := self.body[sentence.start:span[0]].split()):
            # (the word before says whose side: 회사 측은, 학교 측은 as such; 연구원 측은, 시 측은: that ending's, that kind's)
            side = f"{before[-1]} 측"
            word = side if side in ANAPHORIC_SUBJECTS or side in _SELF_KINDS else before[-1]
        if self._to_addressee(sentence, span):
            return self.addressee  # (귀 컨소시엄은, 귀사는: whom the letter is to)
        if word in _COMPANY_WORDS and index and any(
                one.group(1) == word for one in _ONE_UNNAMED.finditer(self.sentences[index - 1].text)):
            return []  # (… 한 중소 업체가 A를 상대로 낸 소송에서 …. 이 업체는 …: the one left unnamed, not A)
        if word in _SELF_KINDS and not _COUNTED_ANAPHOR.search(self.body, max(sentence.start, span[0] - 4), span[1]):
            # 도는, 시는, 학교 측은: the province, city or university named last (not 두 학교는, counted below)
            of_kind = [o.canonical for o in self.organizations if o.kind == _SELF_KINDS[word] and o.end <= sentence.start]
            # (경기도는 성남시 판교에 … 도는 …: the one whose name ends as the word, a province for 도)
            so_ending = [name for name in of_kind if name.endswith(word)] if word in _LOCAL_SELF else []
            return ((so_ending or of_kind)[-1:]
                    or [name for name in self.issuer if self.registry.kind(name) == _SELF_KINDS[word]])  # (its own paper's)
        if word in _PERSON_PRONOUNS:  # 그는: the person named last, for the organization they act for (not a company told since)
            spoken_of = [p.organization for p in self.people if p.end <= sentence.start and p.organization]
            if spoken_of:
                return spoken_of[-1:]
        if word == "컨소시엄" and self.consortium_leads:  # 컨소시엄은: the lead of the consortium named last
            return [lead for end, lead in self.consortium_leads if end <= sentence.start][-1:]
        if word.endswith("들") and word[:-1] in _SUFFIX_WORDS and any(
                o.end <= sentence.start and o.canonical.endswith(word[:-1]) for o in self.organizations):
            word = word[:-1]  # (… LG AI연구원 …. 연구원들은: the people of the body named with that ending, for it)
        if word in _SUFFIX_WORDS:  # 사업단은, 재단은: the organization named last with that ending, if any
            # (its name as written: 'B사업단'을 신설한 A's unit stands for A)
            ending = [o for o in self.organizations if o.end <= sentence.start and (o.canonical.endswith(word) or o.text.endswith(word))]
            # (not one named only as whose thing a list tells, LG AI연구원의 K-엑사원, when one was named acting)
            acting = [o for o in ending if not self.body.startswith("의 ", o.end)]
            referent = [o.canonical for o in (acting or ending)][-1:]
            if referent or not _told_built(self.body, word, sentence.start):
                return referent
            # (A가 데이터센터를 짓는다, A가 짓는 'AI 컴퓨팅 센터'가 …, A는 평가단 500명을 모집한다. 센터는 2028년 준공한다,
            # 평가단은 18일부터 …: no organization but a thing built or a body formed, told before with that ending: the one
            # the story follows builds or forms it)
        if self.body[max(sentence.start, span[0] - HERE_REACH):span[0]].rstrip().endswith(("이곳", "이 곳")):
            # (같은 시각 을지로 A 사옥. 이곳 연구진은 …: the company of the place just told, not the story's subject before it)
            here = [o.canonical for o in self.organizations if sentence.start - COMPANY_ANAPHOR_REACH <= o.end <= sentence.start
                    and o.kind in _COMPANY_KINDS][-1:]
            if here:
                return here
        named = who.carried if index - who.carried_at <= AUTHORITY_REACH else []
        if word in _STAFF_WORDS:  # 연구팀은: the body whose 연구팀 was named (A(B) C대학원 연구팀은 …), over those told since
            owners = [o.canonical for o in self.organizations if o.end <= sentence.start
                      and (staff := _STAFF_AFTER.match(self.body, o.end)) is not None and staff.group(1) == word]
            if owners:
                return owners[-1:]
            if named and all(self.registry.kind(name) in AUTHORITY_KINDS for name in named):
                # (A대 산학협력단이 참여한 B 컨소시엄이 …. 과기정통부는 … 선정했다. … 맡은 연구실은 …: a ministry has no lab;
                # the university or institute named last has)
                researching = [o.canonical for o in self.organizations if o.end <= sentence.start and o.kind in _RESEARCHING_KINDS]
                if researching:
                    return researching[-1:]
        if _TAKING_PART_WORD.search(self.body, max(sentence.start, span[0] - SUBJECT_WORDS_REACH), span[1]):
            # (… 박람회를 연다. 박람회에는 A, B가 부스를 차린다. 참가 기업들이 …: the last told taking part, not who holds it)
            taking_part = next((teams for told in reversed(self.mentions) if (teams := _teams_of([told], self.registry))), [])
            if taking_part:
                return taking_part
        if word in _COMPANY_WORDS and named == who.abroad and who.abroad_at > who.company_at >= index - 2 * AUTHORITY_REACH:
            return who.company  # (A는 …. 일본 B가 A의 모델을 채택했다. 회사는 …: A, whose story it is)
        if word in _COMPANY_WORDS and index - who.company_at <= AUTHORITY_REACH and (
                who.carried_as_team or not any(self.registry.kind(n) in _COMPANY_KINDS for n in named)):
            return who.company  # (A는 …. B 컨소시엄은 …. 회사는 …: A, a company; a consortium is none, nor a ministry told since)
        if word in _COMPANY_WORDS and named and any(self.registry.kind(n) in AUTHORITY_KINDS for n in named):
            # (A는 … 지원서를 냈다. 과기정통부는 12일 접수를 마감한다. … 회사 측은 …: the company told, not the ministry)
            named = ([n for n in named if self.registry.kind(n) not in AUTHORITY_KINDS]
                     or [o.canonical for o in self.organizations if o.end <= sentence.start and o.kind in _COMPANY_KINDS][-1:] or named)
        # (the words of the subject only, 두 팀의 격차는: 두 달이 지난 지금, 회사는 ... is one company)
        low = max(0, sentence.start - 1, span[0] - SUBJECT_WORDS_REACH)
        plural = _PLURAL_ANAPHOR.search(self.body, max(low, self.body.rfind(",", low, span[0])), span[1]) is not None
        if len(named) > 1 and not plural:
            return who.alone if index - who.alone_at <= AUTHORITY_REACH else named  # one company: not the several named last
        if plural and len(revealed := self._named_next(sentence.end)) >= 2:
            return revealed  # (… 두 팀의 이름이 공개됐다. A와 B였다: those the next sentence names)
        if plural and index and len(listed := self._listed_as_predicate(self.sentences[index - 1])) >= 2:
            return listed  # (남은 팀은 A, B, C 세 곳이다. 이들은 …: those the sentence before is the list of)
        if plural and word == "이들" and index and _CROWD_SUBJECT.search(self.sentences[index - 1].text):
            return []  # (A 전 직원 3명이 … 소송을 냈다. 이들은 …: the people counted, no organization)
        if plural and len(named) < 2 and index - who.several_at <= AUTHORITY_REACH:
            return who.several  # 카카오와 KT가 ... 카카오는 ... KT는 ... 두 회사 모두: the two named together
        if plural and len(named) < 2 and last and index - last[0] <= INHERIT_WINDOW:
            parties = _actors_of(last[1])
            # (정부는 A, B, C를 선정했다. 이들은 …: the ones chosen, not the one choosing with them)
            chosen = [a for a in parties if self.registry.kind(a) not in AUTHORITY_KINDS]
            parties = chosen if len(chosen) > 1 and "이들" in word else parties
            # (A와 B가 협약을 맺었다. …. C는 지난달 D에 선정됐다. 양 기관은 …: the deal's two, not the last dated sentence's)
            deals = [m.actors for m in self.mentions[-BOTH_SIDES_REACH:] if len(m.actors) == 2 and m.event_type == "agreement"]
            parties = list(deals[-1]) if word in _BOTH_SIDES and deals else parties
            if len(parties) < 2 and word in _BOTH_SIDES:
                # (A와 B가 협약을 맺었다. [B's own plan] 양측은 연말에 …: the two told together last, though not just before)
                pairs = [m.actors for m in self.mentions[-BOTH_SIDES_REACH:] if len(m.actors) == 2]
                parties = list(pairs[-1]) if pairs else parties
            return parties if len(parties) > 1 else named  # A는 B와 협약을 맺었다. 두 기관은 ...: the parties just told
        if not named and word in _COMPANY_WORDS:
            # (… 판교의 A 사무실. 연구원들이 … 한창이었다. … 회사는 …: the company named lately, though as no subject)
            return [o.canonical for o in self.organizations if sentence.start - COMPANY_ANAPHOR_REACH <= o.end <= sentence.start
                    and o.kind in _COMPANY_KINDS][-1:]
        return named

    def _listed_as_predicate(self, sentence: Sentence) -> list[str]:
        """The names a sentence ends in as what its topic is (남은 팀은 A, B, C 세 곳이다, 결선 진출 팀은 A와 B다), else none."""
        named = [o for o in self.organizations if sentence.start <= o.start and o.end <= sentence.end]
        if len(named) < 2 or not _PREDICATE_LIST_END.fullmatch(self.body, named[-1].end, sentence.end):
            return []
        listed = _listed_before(self.body, named)
        topic_end = listed[0].start
        if not _SUBJECT_PARTICLE.search(self.body[sentence.start:topic_end]):
            return []  # (the names are what a topic is, not themselves the subject)
        return list(dict.fromkeys(o.canonical for o in listed))

    def _to_addressee(self, sentence: Sentence, span: tuple[int, int]) -> bool:
        """Whether a subject is the addressee of a letter printed in the story (귀사는, 귀 컨소시엄은)."""
        return bool(self.addressee) and (self.body.startswith("귀", span[0])
                                         or self.body.startswith("귀 ", max(sentence.start, span[0] - 2)))

    def _partners_of_answer(self, sentence: Sentence, orgs: list[ActorMention], actors: list[str]) -> bool:
        """Whether the names of an answer's event are only partners it is done with, told together (A, B와 함께)."""
        named = [o for o in orgs if sentence.start <= o.start < sentence.end and o.canonical in actors]
        return (bool(named) and {o.canonical for o in named} == set(actors)
                and _TOGETHER_WITH.match(self.body, named[-1].end) is not None
                and not _name_run_gap(self.body, named[0].start, named, named[-1].end).strip(" ,·"))

    def _answers_when(self, index: int) -> bool:
        """Whether the sentence opens the answer to when a step is (―2차 평가는 언제인가. / "8월 초다."): it drops the
        step, not the one answering."""
        return self.asked_when and index - self.question_at == 1

    def _running_and_one_to_come(self, sentence: Sentence, start: int, count: int) -> list[str]:
        """The teams running, when those counted at start are they and one yet to be chosen (새 팀까지 네 팀이 8월
        평가를 치른다, 추가로 뽑힐 팀을 포함해 네 팀은: the three running; the new one is not named)."""
        standing = self.who.standing
        if len(standing) == count - 1 and _WITH_ONE_TO_COME.search(self.body, max(sentence.start, start - 2 * ADDED_REACH), start):
            return list(standing)
        return []

    def _the_rest(self, count: int | None, besides: Sequence[str] = ()) -> list[str]:
        """The teams of the two dated sentences before that the last of them did not name (or, given, other than
        `besides`: A를 제외한 네 팀은), if exactly `count`."""
        told = self.last[1] if self.last is not None else []
        named = set(besides) or {name for m in told for name in m.actors}
        rest = list(dict.fromkeys(name for m in (*self.earlier, *told) for name in m.actors
                                  if name not in named and self.registry.kind(name) not in AUTHORITY_KINDS))
        return rest if count and len(rest) == count else []

    def _opening_next(self, end: int) -> list[ActorMention]:
        """The organizations from the one opening the sentence right after `end`, on the same line (at most
        NAMES_REVEALED_MAX), else none."""
        organizations = self.within.organizations
        at = bisect_left(self.within.bounds[1][0], end)
        following = organizations[at:at + NAMES_REVEALED_MAX]
        if not following or self.body[end:following[0].start].strip() or "\n" in self.body[end:following[0].start]:
            return []
        return following

    def _named_next(self, end: int) -> list[str]:
        """The names the sentence right after `end`, on the same line, is made of alone (A와 B였다), else none."""
        following = self._opening_next(end)
        if not following:
            return []
        stop = self.body.find(".", following[0].start)
        sentence = Sentence(following[0].start, len(self.body) if stop < 0 else stop + 1, "")
        if not _names_only(self.body, sentence, [o for o in following if o.start < sentence.end]):
            return []
        return list(dict.fromkeys(o.canonical for o in following if o.start < sentence.end))

    def _taker_named_next(self, end: int) -> bool:
        """Whether the sentence right after `end`, on the same line, opens with who takes the applications
        (A. 12일까지다. B가 접수를 맡는다)."""
        following = self._opening_next(end)
        if not following:
            return False
        taker = following[0]
        stop = self.body.find(".", taker.end)
        return (_SUBJECT_AFTER_NAME.match(self.body, taker.end) is not None
                and holds_any(self.body[taker.end:stop if stop >= 0 else len(self.body)], _APPLYING_MARKS))

    def _labelled_speaker(self, sentence: Sentence) -> list[str]:
        """The body of the one a turn's label names (▶A 대표=, 김성훈 대표 >), none for an expert's (B 교수:) or a host's."""
        label_end = sentence.start + _answer_label_end(sentence.text)
        _, orgs, people = self.within(sentence)
        labelled = [p for p in people if p.start < label_end]
        if label_end == sentence.start or any(_EXPERT_TITLE.search(p.title or "") for p in labelled):
            return []
        return list(dict.fromkeys([*(o.canonical for o in orgs if o.start < label_end),
                                   *(p.organization for p in labelled if p.organization)]))

    def _replies(self, sentence: Sentence) -> bool:
        """Whether the sentence replies to what was just said (이에 대해 차관은 ... 답했다), outside a quotation:
        it answers the words when they were said, not a date told inside them (see `_said_outside_quotes`)."""
        return ("이에" in sentence.text[:REPLY_REACH] and _REPLY.match(sentence.text) is not None
                and not _quoted_at(self.body, sentence.start))

    def _acting_together(self, index: int, sentence: Sentence, subject: list[str], orgs: list[ActorMention]) -> None:
        """Keep the subject and those it acts with as the several told together (A가 B와 협약을 맺었다: 양사는,
        계약 기간은 … are both)."""
        who = self.who
        partners, joint = _partners_of(self.body, subject, orgs)
        if (partners and (joint or _names_event_of(sentence.text, "agreement") or _MET_WITH.search(sentence.text))
                and index - who.several_at > AUTHORITY_REACH):
            # A가 B와 협약을 맺었다, A는 B 컨소시엄과 함께 ... 개발한다, A는 B, C와 착수 회의를 연다: 양사는, 양측은,
            # 협약식은 ... are both, or all
            # (unless two were named together as a subject lately: 카카오와 KT가 ... 두 회사 모두)
            who.several, who.several_at = subject + partners, index
            if joint:
                who.several_joint_at = index
            elif _TALKS_BEGUN.search(sentence.text):
                who.several_talking_at = index
            if who.first_several_at < 0:
                who.first_several_at = index
            if not subject:
                who.several_unnamed_at = index
        elif partners and set(subject + partners) == set(who.several):
            who.several_at = index  # (the same two again: told together lately still)
        elif subject and (chosen := [o.canonical for o in orgs if o.canonical not in subject
                                     and _chosen_to_sign(self.body, o, sentence.start)]):
            # (A는 B를 우선협상대상자로 골랐다: the two to sign; 본계약은 9일 맺는다 is both's)
            who.several, who.several_at = list(dict.fromkeys(subject + chosen)), index

    def _act_told_lately(self, index: int, noun: str) -> list[str]:
        """Those of the act `noun` names, told as a verb in the sentence just before, or a few before with an aside
        between (A가 27일 토론을 방송한다. … B는 지난 22일 탈락했다. 방송은 오전 8시부터 진행된다: A's)."""
        if self.last is not None and self.last[0] == index - 1 and _act_told_before(noun, self.last[1]):
            told = self.sentences[index - 1]
            # (A는 B 컨소시엄에 데이터를 공급한다고 27일 밝혔다. 공급은 2월 말까지 이뤄진다: B receives it then)
            receivers = [o.canonical for o in self.organizations if told.start <= o.start < told.end
                         and _RECEIVER_OF_ACT.match(self.body, o.end) and self.body.find(noun, o.end, told.end) >= 0]
            return list(dict.fromkeys([*_actors_of(self.last[1]), *receivers]))
        since, read = self.sentences[max(0, index - ACT_TOLD_REACH)].start, -1
        for mention in reversed(self.mentions):
            if mention.sentence_start < since:
                break
            if mention.actors and not mention.inherited and mention.sentence_start != read:
                if _act_told_before(noun, [mention]):
                    return list(mention.actors)
                read = mention.sentence_start  # (its sentence told no such act: its other mentions need no reading)
        return []

    def _agreed_on(self, noun: str, words: str) -> bool:
        """Whether the sentences that told the several together name `noun` as what their agreement is on (the last,
        or one a little before it: … 투자협약을 맺었다. 투자 규모는 …. 센터는 …); for a term (입주 기간은), the word
        before it in the subject's `words`."""
        if noun in _TERMS and len(parts := words.split()) > 1:  # (… 입주 협약을 맺었다. 입주 기간은 …: the term of what they agreed on)
            noun = parts[-2]
        several_at = self.who.several_at
        for told in (s.text for s in self.sentences[max(0, several_at - AGREED_TOLD_BACK):several_at + 1]):
            at = told.find(noun) if len(noun) > 1 else -1
            if at >= 0 and _word_type(told[at:at + len(noun) + AGREED_ON_REACH]) == "agreement":
                return True
        return self._set_up_together(noun)

    def _run_together(self, noun: str) -> bool:
        """Whether the story opened on the several doing the thing `noun` names together (A가 B와 손잡고 행정 비서
        서비스를 시범 운영한다. … 시범 서비스는 6월부터 운영된다: theirs, both), the story's first sentence their joint
        act."""
        if (len(noun) < 2 or not 0 <= self.who.first_several_at <= 1 or self.who.several_joint_at != self.who.first_several_at
                or _word_type(noun) != "other"):
            return False  # (not a step or an act of its own: 공모는, 발표는)
        opening = self.sentences[self.who.first_several_at].text
        return (_TOGETHER_WITH.search(opening) is not None
                and re.search(re.escape(noun) + r"(?:을|를)\s", opening) is not None)  # (… 서비스를 시범 운영한다: the thing done)

    def _set_up_together(self, noun: str) -> bool:
        """Whether the story named `noun`, by the time the several were told together, as a thing set up jointly
        (A가 B와 손잡고 공동연구실을 세운다. … 연구실은 내년 3월 문을 연다: theirs, both)."""
        told_by = self.sentences[self.who.several_at].end
        marks = ("",) if noun.startswith(_JOINT_MARKS) else _JOINT_MARKS  # (합작법인은: the word names it so itself)
        return len(noun) > 1 and any(self.body.rfind(joint + noun, 0, told_by) >= 0 for joint in marks)

    def _consortium_members(self, index: int, lead: str) -> list[str]:
        """The partners the sentences before `index` named in `lead`'s consortium: in a sentence naming it (A
        컨소시엄에 참여한 B), or right after one, opening on the consortium (A 컨소시엄 … / 컨소시엄에는 B, C가 참여한다)."""
        members: list[str] = []
        consortium = f"{lead} 컨소시엄"
        for at in range(index):
            text = self.sentences[at].text
            if consortium in text or at and consortium in self.sentences[at - 1].text and text.startswith(_CONSORTIUM_OPENINGS):
                members += [o.canonical for o in self.within(self.sentences[at])[1]
                            if o.canonical != lead and self.registry.role(o.canonical) == "partner"]
        return list(dict.fromkeys(members))

    def _named_for_step_before(self, index: int, sentence: Sentence, span: tuple[int, int]) -> list[str]:
        """The bodies, none an authority, the sentence before named with no day of its own, its topic the step the
        subject at `span` names by the same order (2차 단계평가는 A, B가 치르게 됐다. 2차 평가는 8월 초 열린다)."""
        told = self.sentences[index - 1]
        orders = _step_orders(self.body[max(sentence.start, span[0] - SUBJECT_WORDS_REACH):span[1]])
        if not orders or "차" not in told.text or (topic := _STEP_TOPIC.match(told.text)) is None:
            return []
        timexes, named = self.within(told)[:2]
        if (timexes or _step_orders(topic.group()) != orders
                or _word_type(topic.group("noun")) != _word_type(self.body[span[0]:span[1]])):
            return []
        return list(dict.fromkeys(o.canonical for o in named if o.kind not in AUTHORITY_KINDS))

    def _undergone_together(self, noun: str, told: Sentence) -> list[str]:
        """The subject carried and those it went through the event `noun` names with, when the sentence that told
        them names it after them (A는 B, C와 함께 최종 평가를 치렀다), else none."""
        if _word_type(noun) == "other" or not self.who.carried:
            return []
        named = self.within(told)[1]
        partners, joint = _partners_of(self.body, self.who.carried, named)
        after = max((o.end for o in named if o.canonical in partners), default=told.end)
        if not joint or not any(self.body.find(noun + mark, after, told.end) >= 0 for mark in _UNDERGONE_MARKS):
            return []
        return list(dict.fromkeys(self.who.carried + partners))

    def _past_its_section(self, subject: list[str]) -> bool:
        """Whether `subject` is a list item's own, named before the section heading read since (… / - A, B 세미나 /
        ■ 셋째 날(16일) / - 투자 설명회: not A's and B's)."""
        named_at, named = self.item_subject_told
        return named == subject and named_at < self.section_at

    def _read_stage_table(self, index: int, sentence: Sentence) -> bool:
        """A table whose columns are times (| 팀 | 1차(1월) | 2차(8월) |) and whose rows name a body in their first cell
        (| A | 통과 | 탈락 |): each cell that tells something is the row's body at its column's time, at the day told for
        that time when the story told one (1월 15일 발표된 1차 평가); the header and its rule are no events. Whether the
        sentence was read so."""
        cells = _table_cells(sentence)
        if len(cells) < 3:
            return False
        timexes, orgs, persons = self.within(sentence)
        if not orgs and not persons:
            columns = {number: [t for t in timexes if start <= t.start < end] for number, (start, end) in enumerate(cells)}
            timed = {number: times[0] for number, times in columns.items() if len(times) == 1}
            # (| 팀 | 선정일 | 1차(1.15) |: a column of each row's own day, by what it is the day of)
            dated = {number: label.group(1) for number, (start, end) in enumerate(cells) if number and not columns[number]
                     and (label := _DAY_COLUMN.fullmatch(self.body, start, end)) is not None}
            if len(timed) + (len(dated) if timed else 0) >= STAGE_COLUMNS_MIN and 0 not in timed:
                self.stage_table = (index, timed, dated)  # (the header of times)
                return True
            if self.stage_table[0] == index - 1 and not timexes and _TABLE_RULE.fullmatch(sentence.text):
                self.stage_table = (index, *self.stage_table[1:])  # (|---|---|: the header's rule)
                return True
            return False
        at, timed, dated = self.stage_table
        first = cells[0]
        named = [o for o in orgs if first[0] <= o.start < first[1]]
        own_days = {number: [t for t in timexes if start <= t.start < end] for number, (start, end) in enumerate(cells) if number in dated}
        if at != index - 1 or not named or len(timexes) != sum(len(days) for days in own_days.values()):
            return False
        self.stage_table = (index, timed, dated)
        names = list(dict.fromkeys(o.canonical for o in named))
        told_before = len(self.mentions)
        for number, days in own_days.items():
            if len(days) == 1:  # (| A | 2026.2.20 (추가) |: A's at that day, as what the column is the day of)
                self.mentions.append(_mention(self.article, sentence, days[0], names, persons, event_type(dated[number]),
                                              self.body[cells[number][0]:cells[number][1]], inherited=False, title_from=0,
                                              part=number, title=dated[number]))
        for number, time in timed.items():
            if number >= len(cells):
                continue
            start, end = cells[number]
            told = self.body[start:end].strip()
            if not told.strip(_EMPTY_CELL):
                continue  # (- : not in that round)
            # (the time the story told for that month, its day if any: a header's bare month has no tense to tell its year by)
            month = time.value[5:7] if len(time.value) == len("2026-01") else ""
            day = next((m for m in reversed(self.mentions) if month and m.date_value[4:5] == "-" and m.date_value[5:7] == month), None)
            anchor = _dated_as(day, sentence) if day is not None else Timex(start, start, time.text, "DATE", time.value, time.mod,
                                                                             time.end_value, time.direction)
            kind = event_type(told)
            self.mentions.append(_mention(self.article, sentence, anchor, names, persons, kind, told, inherited=True,
                                          title_from=0, part=number))
        self.who.told(index, self.mentions[told_before:], self.registry)  # (who went on and who was cut: 네 팀은 … below)
        return True

    def _read_heading(self, index: int, sentence: Sentence) -> None:
        """A section's heading tells no event; one that gives a date (## v1.1 (2026-09-03)) dates the items below it."""
        timexes = self.within(sentence)[0]
        who = self.who
        # (## 2025년 6월 20일 / 과기정통부가 공모를 시작했다: a heading that is only a date dates its section's lines too)
        # (## 1. 출발 (2025년 8월): a section's time in brackets after its title, likewise)
        heading = sentence.text.lstrip("#").strip(" *")
        self.section_at = index
        alone = len(timexes) == 1 and (heading == timexes[0].text or heading.endswith(("(" + timexes[0].text + ")",
                                                                                      "[" + timexes[0].text + "]")))
        self.date_heading = (index, timexes[0], who.carried if index - who.carried_at <= AUTHORITY_REACH else [], alone) if (
            len(timexes) == 1 and (alone or _ITEM_BELOW.match(self.body, sentence.end))) else None

    def _read_heading_item(self, index: int, sentence: Sentence, subject: list[str], persons: list[PersonMention],
                           orgs: list[ActorMention], facet: bool) -> None:
        """An item under a heading that gives only a date (## v1.1 (2026-09-03) / - 가중치 공개): on that date,
        of its own subject or of whose the items are, with the others it names taking part; an item that only
        names them under a label (- 참가: A, B) names those taking part in the item told before it."""
        assert self.date_heading is not None
        _, heading, owner, alone = self.date_heading
        told_at, told = self.heading_told
        if (facet and told_at == self.date_heading[0] and orgs
                and orgs[0].start > sentence.start + len(label := _facet_label(sentence.text))
                and event_type(label) not in OUTCOME_TYPES):
            for mention in told:
                mention.actors = list(dict.fromkeys(mention.actors + [o.canonical for o in orgs]))
            self.heading_told = (index, told)
        else:
            kind = event_type(sentence.text)
            names = list(dict.fromkeys((subject or owner) + [o.canonical for o in orgs])) if subject else owner
            closing = sentence.text.rstrip(" .")
            if not subject and orgs and closing.endswith(")") and (opening := sentence.start + closing.rfind("(")) > sentence.start:
                # (■ 금(11일) / - 보완 자료 제출 마감 (A·B·C): those the item's brackets name alone are its)
                bracketed = [o for o in orgs if o.start > opening]
                if bracketed and not _name_run_gap(self.body, opening + 1, bracketed, sentence.start + len(closing) - 1).strip(" ·,/"):
                    names = list(dict.fromkeys(owner + [o.canonical for o in bracketed]))
            if names or kind != "other":
                anchor = Timex(sentence.start, sentence.start, heading.text, "DATE", heading.value, heading.mod, heading.end_value,
                               heading.direction)
                self.mentions.append(_mention(self.article, sentence, anchor, names, persons, kind, sentence.text,
                                              inherited=True, title_from=0))
                self.heading_told = (index, self.mentions[-1:])
                # (who went on and who was cut, as for any event told: 네 팀은 … after the sections)
                self.who.told(index, self.mentions[-1:], self.registry,
                              [o.canonical for o in orgs if _undergone(self.body, o.end) == "elimination"])
        self.date_heading = (index, heading, owner, alone)
        if owner:
            self.who.carried, self.who.carried_at = owner, index  # (the items below the next heading are theirs too)

    def _roles_told(self) -> dict[str, str]:
        """The roles organizations were told by (전담 기관인 정보통신산업진흥원, 주무 부처인 과기정통부), which name them later."""
        if self.role_names is None:
            self.role_names = {role.group(1): o.canonical for o in self.organizations if self.body.startswith("인 ", o.start - 2)
                               and (role := _ROLE_BEFORE.search(self.body, max(0, o.start - ROLE_NAME_REACH), o.start)) is not None}
        return self.role_names

    def _opener_over(self, named: list[str]) -> list[str]:
        """Who a box's lines are of: the one told opening what the story tells, over those told since who are not
        among them (A는 해커톤 참가 신청을 받는다고 밝혔다. … B와 C 연구진이 멘토로 나선다. / - 본선: 19일: A's days);
        with nobody told since, the one who told it, not the partners it opens it with (A가 B와 함께 … 연다고 밝혔다)."""
        opener = self.who.organizer
        if not opener or set(named) & set(opener):
            return named
        return opener if named else opener[:1]

    def _top_ranked(self, before: int, count: int) -> list[str]:
        """The names ranked first to `count`th before an offset (A가 1위, B가 2위 …; 1위 A …), in the order of their ranks;
        none unless each of those ranks is told."""
        ranks: dict[int, str] = {}
        for org in self.organizations:
            if org.end > before:
                break
            rank = _RANK_AFTER.match(self.body, org.end) or _RANK_BEFORE.search(self.body, max(0, org.start - RANK_REACH), org.start)
            if rank is not None:
                ranks[int(rank.group(1))] = org.canonical
        top = [ranks.get(rank) for rank in range(1, count + 1)]
        return [name for name in top if name] if all(top) else []

    def _visited_as_topic(self, sentence: Sentence, told_before: int) -> None:
        """A body visited told as the topic, with no object of the visit (A는 다음 주 월요일 찾을 예정이다), after an
        authority's visits told just before (부총리는 4일 B와 C를 찾았다): the visitor goes there too."""
        if _VISITED_TOPIC.match(sentence.text) is None:
            return
        before = [m for m in self.mentions[:told_before] if m.sentence_end <= sentence.start]
        if not before or _VISIT_DONE.search(before[-1].sentence) is None:
            return
        visitors = [name for name in before[-1].actors if name in self.authorities]
        for mention in self.mentions[told_before:]:
            if mention.sentence_start == sentence.start and mention.actors:
                mention.actors = list(dict.fromkeys([*visitors, *mention.actors]))

    def _event_named_as_topic(self, sentence: Sentence, told: list[Mention]) -> list[Mention]:
        """The mentions of the event a dateless sentence names as its topic (검증에는 A, B가 올랐다), when it is not the last
        told but one in a sentence before it within reach: that sentence's mentions other than a telling's."""
        topic = _EVENT_TOPIC.match(sentence.text)
        if topic is None or " " in topic.group().strip():
            return []
        noun = actors_mod.strip_particle(topic.group().strip())
        if len(noun) < 2 or noun == topic.group().strip():
            return []
        done = re.compile(re.escape(noun) + r"(?:했|하|한|된|됐|돼)")  # (검증했다: the act the topic's noun names, told as done)
        if any(done.search(m.sentence) for m in told):
            return []
        back = [m for m in self.mentions[-TOPIC_LOOKBACK:] if noun in m.sentence and m.event_type != "announcement"
                and done.search(m.sentence) is not None]
        return [m for m in back if m.sentence_start == back[-1].sentence_start] if back else []

    def _each_at_its_own_day(self, sentence: Sentence, persons: list[PersonMention], going_on: Mention,
                             told: list[Mention]) -> list[Mention]:
        """A sentence going on with an event told as each one's at a day of its own (A와 B가 각각 5일과 12일 공개한다. 두
        회사는 공개 직후 C에 보고서를 낸다): each one at its day, with the others the sentence names."""
        own = [m for m in told if m.actors]
        taking_part = [name for m in own for name in m.actors]
        if (len(own) < 2 or len(set(taking_part)) < len(taking_part) or len({m.date_value for m in own}) < len(own)
                or not set(taking_part) <= set(going_on.actors) or going_on.date_value not in {m.date_value for m in own}):
            return [going_on]
        others = [name for name in going_on.actors if name not in taking_part]
        return [_mention(self.article, sentence, _dated_as(m, sentence), [*m.actors, *others], persons, going_on.event_type,
                         sentence.text, inherited=True, title_from=0, status=m.status) for m in own]

    def _joins_with_who_it_is(self, sentence: Sentence, found: list[Mention], orgs: list[ActorMention]) -> bool:
        """Whether the sentence's subject, told as joining those before (C도) or in a role of the event told before (강사로는
        … C의 연구진이), has its dates all in a clause that modifies it, telling who it is (지난달 최종 평가에서 고배를 든 C도
        …), and does not stay away (참석하지 않는다)."""
        role = _ROLE_TOPIC.match(sentence.text) is not None
        subject = next((o for o in orgs if self.body.startswith("도 ", o.end)
                        or role and (self.body.startswith(_SUBJECT_MARKS, o.end) or _ITS_PEOPLE_SUBJECT.match(self.body, o.end))), None)
        if subject is None or not all(m.timex_end <= subject.start for m in found) or _NOT_DONE_END.search(sentence.text):
            return False
        first = subject  # (C와 D의 연구진이: the list the subject ends)
        for named in reversed([o for o in orgs if o.end <= subject.start]):
            if not _LIST_GAP.fullmatch(self.body, named.end, first.start):
                break
            first = named
        before = self.body[sentence.start:first.start].split()
        return bool(before) and _role(before[-1]) == "adnominal"

    def _undated_event_named_again(self, undated: tuple[int, list[str], str, Sentence], sentence: Sentence, timexes: list[Timex],
                                   topic: re.Match[str], subject_kind: str, told_before: int) -> None:
        """A sentence naming no one whose topic goes on with the event the sentence before told with no day (`undated`)."""
        _, names, kind, undated_told = undated
        if actors_mod.strip_particle(topic.group().split()[-1]) in _USE_OF_IT:
            # (정부는 B를 C 측에 배정한다. 실제 사용은 다음 달부터 가능하다: the day of the event told just before, all its
            # organizations', not only its subject's carried on)
            for mention in self.mentions[told_before:]:
                if mention.actors and set(mention.actors) <= set(names):
                    mention.actors = list(names)
                    mention.event_type = kind if mention.event_type == "other" else mention.event_type
            if len(self.mentions) == told_before:
                self.mentions.extend(_mention(self.article, sentence, timex, names, [], kind, undated_told.text, inherited=True,
                                              title_from=0) for timex in timexes)
        elif subject_kind == "event" and kind in _GIVEN_TYPES and _word_type(topic.group("noun")) == kind:
            # (B가 물량을 받아 두 팀에 나눠 준다. 배분은 2월 중 끝낸다: the act told just before, named again, is its doers',
            # not the authority's told earlier)
            for mention in self.mentions[told_before:]:
                if mention.actors and all(name in self.authorities and name not in names for name in mention.actors):
                    mention.actors = list(names)

    def _topics_owned_before(self, index: int, sentence: Sentence, found: list[Mention], orgs: list[ActorMention]) -> None:
        """A clause whose topic is a thing a sentence just before gave as one body's (TTA의 성능 재검증이 늦어져 …. 과기정통부는
        "재검증은 11일 마무리된다"고 밝혔다): that body's at the date, not the authority's who tells of it."""
        for mention in found:
            if not mention.actors or not all(name in self.authorities for name in mention.actors):
                continue
            topic = _TOPIC_BEFORE_DATE.search(self.body, max(sentence.start, mention.timex_start - TOPIC_BEFORE_DATE_REACH),
                                              mention.timex_start)
            if topic is None or any(topic.start() <= o.start < mention.timex_start for o in orgs):
                continue
            noun = topic.group("noun")
            owners = [o.canonical for earlier in self.sentences[max(0, index - OWNER_TOLD_REACH):index]
                      for o in self.within(earlier)[1]
                      if (owning := _OWNER_BEFORE_THING.match(self.body, o.end))
                      and any(word.startswith(noun) for word in _words_after(self.body, owning.end(), sentence.start, 2))]
            if owners and owners[-1] not in mention.actors:
                mention.actors = [owners[-1]]

    def _cleft_just_before(self, index: int, count: int | None) -> list[str]:
        """The names a cleft right before ends with, as many as a team subject counts (이제 남은 건 A와 B다. 두 팀은 …)."""
        if not index or count is None:
            return []
        before = self.sentences[index - 1]
        named = list(dict.fromkeys(o.canonical for o in _cleft_names(self.body, before, self.within(before)[1])))
        return named if len(named) == count else []

    def _read_dated(self, index: int, sentence: Sentence, timexes: list[Timex], orgs: list[ActorMention],
                    persons: list[PersonMention], fallback: list[str], agent: tuple[int, list[str]] | None,
                    speaker: list[str], going_on: list[str]) -> None:
        article, last = self.article, self.last
        previous = last[1] if last and index - last[0] <= INHERIT_WINDOW else []
        results = "결과" in sentence.text
        if (results and speaker and self.who.announcer and not set(self.who.announcer) & set(speaker)
                and not any(o.kind in AUTHORITY_KINDS for o in orgs)):
            # (A가 22일 결과를 발표했다. … B의 검증이 12일 시작됐다. 8월 결과 발표는 28일 이뤄졌다: the results are
            # told by the one the story had telling results, not by the agency named since)
            speaker = self.who.announcer
        found = _dated(article, sentence, timexes, orgs, persons, fallback, agent,
                       topic=self.question if self.question_at == index - 1 else "", authority=speaker,
                       previous=previous, earlier=self.earlier, authorities=self.authorities, going_on=going_on,
                       government=_government(speaker, self.registry))
        if found and index and self.authorities:
            self._topics_owned_before(index, sentence, found, orgs)
        if found and last is not None and last[0] == index - 1 and not orgs[1:] and _DEAL_MADE.search(sentence.text) and (
                deals := [m for m in last[1] if m.event_type == "agreement" and len(m.actors) >= 2]):
            for mention in found:  # (… A와 B 간 협약 준비가 이어진다. A 관계자는 "다음 달 초 협약을 맺는다"고: with B still)
                if mention.event_type == "agreement" and mention.actors and set(mention.actors) < set(deals[-1].actors):
                    mention.actors = list(dict.fromkeys([*mention.actors, *deals[-1].actors]))
        elif (found and index and not orgs[1:] and _DEAL_ACT.search(sentence.text) and _DEAL_MADE.search(self.sentences[index - 1].text)
              and len(sides := list(dict.fromkeys(o.canonical for o in self.within(self.sentences[index - 1])[1]))) == 2):
            for mention in found:  # (A가 아직 B와 협약을 맺지 못했다. B는 당초 이달 중 협약을 마칠 계획이었다: with A)
                if mention.event_type == "agreement" and len(mention.actors) == 1 and mention.actors[0] in sides:
                    mention.actors = list(dict.fromkeys([*mention.actors, *sides]))
        if found and "상위" in sentence.text and (top := _TOP_COUNT.search(sentence.text)) is not None and (
                ranked := self._top_ranked(sentence.start, _number(top.group(1)) or 0)):
            for mention in found:  # (A가 1위, B가 2위 …. 과기정통부는 상위 2개 팀을 확정했다: A and B)
                if mention.event_type in OUTCOME_TYPES:
                    mention.actors = list(dict.fromkeys([*mention.actors, *ranked]))
        if found and orgs and holds_any(sentence.text, _CRITICISM_WORDS) and (
                criticized := _CRITICISM_OF_QUOTED.search(self.body, sentence.start, sentence.end)) is not None and not any(
                criticized.start() <= t.start < criticized.end(1) for t in timexes):  # (the words' own time: theirs)
            # (김 도의원은 16일 "A가 B 컨소시엄에 들어가 있지만 …"고 지적했다: the ones its words fault take no part in the
            # day of the faulting, unless the speaker is theirs)
            faulted = range(criticized.start(), criticized.end(1))
            quoted_only = ({o.canonical for o in orgs if o.start in faulted} - {o.canonical for o in orgs if o.start not in faulted}
                           - {p.organization for p in persons if p.organization})
            for mention in found:
                if mention.timex_start not in faulted:
                    mention.actors = [a for a in mention.actors if a not in quoted_only]
        if results and _RESULTS_TOLD.search(sentence.text) and (
                telling := [o.canonical for o in orgs if o.kind in AUTHORITY_KINDS and any(o.canonical in m.actors for m in found)]):
            self.who.announcer = telling
        if found and not orgs and self.prize_winners[0] == index - 1 and _PRIZE_CEREMONY_TOPIC.match(sentence.text):
            for mention in found:  # (대상은 A가 차지했다. 시상식은 사흘 뒤 열린다: the winners are at the ceremony)
                mention.actors = list(dict.fromkeys([*mention.actors, *self.prize_winners[1]]))
        if (found and orgs and 0 < index - self.prize_winners[0] <= PRIZE_WINNERS_REACH
                and _PRIZE_WINNERS.search(sentence.text) is not None):
            # (A 팀이 대상을 받았다. 대상 팀에는 내년 1월 B 인턴십 기회가 주어진다, B는 수상 팀에 …을 준다: A, with B)
            for mention in found:
                mention.actors = list(dict.fromkeys([*self.prize_winners[1], *mention.actors]))
        if found and not orgs and _RERUN_TOPIC.match(sentence.text) and (
                aired := next((m for m in reversed(self.mentions) if m.actors and _AIRED.search(m.sentence)), None)) is not None:
            for mention in found:  # (B는 27일 다큐를 방영한다. … A 연구진이 출연한다. 재방송은 이튿날이다: B's, who aired it)
                mention.actors = list(aired.actors)
        if found and self.unit_subject[0] == index:
            for mention in found:  # (정책위는 내년 1월 B에서 질의를 하겠다고 밝혔다: the unit's, A's, with B)
                mention.actors = list(dict.fromkeys([*self.unit_subject[1], *mention.actors]))
        # (… 1차 평가(1월)에서는 …이던 배점이: a step of the program dated in brackets, the ministry's the story named)
        steps = [m for m in found if not m.actors and m.event_type in _STEPS_OF_MINISTRY and self.body.startswith("(", m.timex_start - 1)
                 and _STEP_WITH_TIME_BRACKETED.search(self.body, max(sentence.start, m.timex_start - STEP_NOUN_REACH), m.timex_start)]
        for mention in steps:
            mention.actors = self._last_named(sentence, ("ministry",))
        if found and "감" in sentence.text and _AUDIT.search(sentence.text) and not any(o.kind == "committee" for o in orgs):
            # (한 과방위 의원은 … 지적했다. 과기정통부 국정감사는 오는 21일 열린다: the committee the story named)
            holder = self._last_named(sentence, ("committee",))
            for mention in found if holder else ():
                if mention.event_type == "presentation" and holder[0] not in mention.actors:
                    mention.actors = [*holder, *mention.actors]
        if found and not orgs and last and index - last[0] == 1 and _ALSO_OPENING.match(sentence.text):
            for mention in found:  # (… 평가는 셋째 주에 열린다. 또 결과 발표 시점도 2월 초다: of the same frame as the one before)
                mention.actors = mention.actors or _actors_of(last[1])
        if found and not orgs and self.last is not None and self.last[0] == index - 1 and (chosen := [
                a for m in self.last[1] for a in m.actors if self.registry.kind(a) not in AUTHORITY_KINDS]):
            for mention in found:  # (… 과기정통부는 A 컨소시엄과 협약을 맺었다. 지난달 20일 선정된 지 12일 만이다: A was chosen)
                if (mention.event_type == "selection" and mention.actors
                        and all(self.registry.kind(a) in AUTHORITY_KINDS for a in mention.actors)
                        and _CHOSEN_PASSIVE.search(self.body, mention.timex_end, sentence.end)):
                    mention.actors = list(dict.fromkeys([*chosen, *mention.actors]))
        if (found and last and previous and index - last[0] == 1 and "가운데" in sentence.text
                and (pooled := _POOL_THEN_OUTCOME.search(sentence.text)) is not None):
            # (A는 25일 서면평가 결과를 밝혔다. 21일 마감한 공모에 지원한 15곳 가운데 B, C는 탈락했다: the pool's day is the
            # applying's; the outcome after it, with no day of its own, is the one just told)
            tail_start = sentence.start + pooled.start("names")
            pool_named = [o for o in orgs if o.start >= tail_start]
            if pool_named and not any(t.start >= tail_start for t in timexes):
                tail = Sentence(tail_start, sentence.end, self.body[tail_start:sentence.end])
                found += _with_evidence(sentence, _continuation(article, tail, previous, pool_named, [], gap=1))
        if found and self.issuer and "바로잡" in sentence.text:
            for mention in found:  # (in its own release: … '2월 3일'이 맞아 바로잡습니다: the issuer's own plan, put right)
                if not mention.actors and temporal.CORRECTED_TO.match(self.body, mention.timex_end):
                    mention.actors = list(self.issuer)
        if (found and not orgs and any(m.event_type in _RELEASE_TOLD_TYPES for m in found)
                and (maker := self.registry.maker_of_released(sentence.text)) is not None):
            for mention in found:  # (… 회의에는 B와 C가 참석했다. 26일에는 K-엑사원 새 버전을 공개했다: its maker's, not B's and C's)
                if mention.event_type in _RELEASE_TOLD_TYPES and maker not in mention.actors:
                    # (그저께(4일) 공개된 솔라 새 버전: a product told released is a release, its maker's)
                    mention.actors, mention.event_type = [maker], "release"
        if (found and (role := _ROLE_AS_SUBJECT.match(sentence.text)) is not None
                and (named := self._roles_told().get(role.group(1))) is not None):
            for mention in found:  # (… 전담 기관인 B가 맡는다. 전담 기관은 2일 결과를 넘긴다: B)
                mention.actors = list(dict.fromkeys([named, *mention.actors]))
        if len(found) > 1 and "(" in sentence.text:
            found = _refined_later(self.body, found)
        if (any(len(m.actors) > 1 for m in found) and holds_any(sentence.text, _OUTCOME_NOUN_WORDS)
                and _OUTCOME_OWNED.search(sentence.text) is not None):
            found = _outcomes_owned(self.body, found, orgs)
        if len(found) > 1 and "부터" in sentence.text:
            self._opened_by_authorities(found, [o.canonical for o in orgs] + speaker)
        if found and self.who.organizer and (part := _PART_OF_SERIES.match(sentence.text)) is not None and (
                _word_type(part.group(1)) == "presentation" and part.group(1) in self.sentences[self.who.organizer_at].text):
            # (A가 강연 시리즈를 이달 연다고 밝혔다. … 8일 첫 강연에는 B 연구진이 나온다: A holds that one too)
            for mention in found:
                mention.actors = list(dict.fromkeys([*mention.actors, *self.who.organizer]))
        if found and self.body.find("계약", 0, sentence.start) >= 0 and _DELIVERED.search(sentence.text):
            self._supplied_by_deal(sentence, found, persons)
        if (found and not persons and _CHOSEN_NOTIFIED.match(sentence.text)
                and (notice := _NOTICE_RECEIVED.search(self.body, sentence.start, sentence.end)) is not None
                and not any(o.start < notice.start() for o in orgs)
                and (caller := next((m.actors for m in reversed(self.mentions)
                                     if m.actors and _triggers_of("call").search(m.sentence)), None))):
            # (A는 … 기관을 모집한다고 29일 밝혔다. … 선정된 기관은 1월 말 통보를 받는다: told them by the one calling for them)
            for mention in found:
                if not mention.actors and mention.timex_start < notice.start():
                    mention.actors = list(caller)
        if (found and self.story_subject is not None and found[0].timex_start == sentence.start
                and (held := _HELD_BY_ONE_DROPPED.match(self.body, found[0].timex_end, sentence.end)) is not None
                and orgs and all(o.start >= held.end() for o in orgs)
                and self.story_subject.canonical not in found[0].actors):
            # (A는 … 밝혔다. 지난여름 처음 연 서머스쿨에는 B 엔지니어들이 참여했다: the story's one held it, B took part)
            found[0].actors = [self.story_subject.canonical, *found[0].actors]
        if (found and index and self.who.carried and index - self.who.carried_at <= 1 and not persons
                and _FIRST_LOT_TOPIC.match(sentence.text) is not None):
            # (A는 양산에 들어갔다고 밝혔다. 첫 물량은 다음 달 말 B에 들어간다: the maker's goods reach the buyer, the maker's
            # act too)
            for mention in found:
                if (mention.actors and not set(mention.actors) & set(self.who.carried)
                        and _DELIVERED.search(self.body, mention.timex_end, sentence.end)):
                    mention.actors = list(dict.fromkeys([*self.who.carried, *mention.actors]))
        if (found and not orgs and self.last is not None and self.last[0] == index - 1 and _LOT_TOPIC.match(sentence.text)
                and (supplied := next((m.actors for m in reversed(self.last[1]) if len(m.actors) > 1), None))):
            # (공급은 2월 말까지 두 차례에 나눠 이뤄진다. 1차분 12만 건은 지난주 전달됐다: a lot of what was just told supplied,
            # by and to those it had)
            for mention in found:
                if set(mention.actors) < set(supplied):
                    mention.actors = list(supplied)
        if (found and index and (topic := _EVENT_TOPIC.match(sentence.text)) is not None
                and not topic.group().endswith(("에는", "에서는"))):  # (검증은, not 검증에는: where)
            self._topic_of_those_told(index, actors_mod.strip_particle(topic.group().split()[-1]), found)
        if found and self.story_subject is not None and ("와의 " in sentence.text or "과의 " in sentence.text):
            self._other_side_of_deal(found, orgs)
        if found and "가운데" in sentence.text:
            found += self._amid_told(sentence, found, persons)
        if found and "않" in sentence.text and found[-1].event_type == "call":
            found += self._kept_out_of_call_told(sentence, found[-1], orgs, timexes)
        after = [o for o in orgs if found and o.start >= found[-1].timex_end]
        if after and _LIST_PREDICATE.match(self.body, after[-1].end, sentence.end):
            head = _HEAD_BEFORE_LIST.search(self.body, found[-1].timex_end, after[0].start)
            if head is not None and head.end() == after[0].start:
                # (정부가 오늘 발표한 정예팀은 A, B, C입니다: those the dated clause's head is, named as the predicate)
                listed = [o.canonical for o in _listed_before(self.body, after)]
                for mention in found:
                    mention.actors = list(dict.fromkeys(mention.actors + listed))
        if (found and last and previous and len(orgs) >= 2 and _LIST_PREDICATE.match(self.body, orgs[-1].end, sentence.end)
                and (orgs[0].start == sentence.start or _ANSWER_OPENING.fullmatch(self.body, sentence.start, orgs[0].start))
                and all(orgs[0].start < t.start < orgs[-1].start for t in timexes)
                and not any(_SUBJECT_AFTER_NAME.match(self.body, o.end) for o in orgs)):
            # (A, B 세 팀과 지난 2월 합류한 C까지 네 팀이다: the names answer who of the event told; the date inside the
            # list is one item's own)
            found += _continuation(article, sentence, previous, orgs, persons, gap=index - last[0], earlier=self.earlier,
                                   told_so_far=self.mentions, asked=self.question if self.question_at == index - 1 else "")
        elif (found and last and previous and self.question_at == index - 1 and len(orgs) >= 2
              and _LIST_PREDICATE.match(self.body, orgs[-1].end, sentence.end) and all(t.end <= orgs[0].start for t in timexes)
              and _modified_by_clause(self.body[timexes[-1].end:orgs[0].start])):
            # (Q. 누가 나서나 / A. 지난달 2차 평가를 통과한 A, B, C다: the names answer who of the event asked about, one they
            # take part in, not its results told; the date of the clause before them is theirs too)
            names_told = Sentence(orgs[0].start, sentence.end, self.body[orgs[0].start:sentence.end])
            found += _continuation(article, names_told, [m for m in previous if m.event_type != "announcement"] or previous, orgs,
                                   persons, gap=index - last[0], earlier=self.earlier, told_so_far=self.mentions,
                                   asked=self.question)
        if found and orgs and _final_direction(sentence.text) in ("future", "present"):
            found += self._showing_what_was_made(index, sentence, timexes, orgs, persons, found)
        reported = _words_reported_then(sentence, timexes) if last and previous else None
        if last and previous and (_CONTINUES.match(sentence.text) or reported is not None) and (
                _all_quoted(sentence, timexes) or reported is not None):
            # 이 자리에서 A 대표는 "6월 말까지 ..."라고 밝혔다: said at the event just told; the quoted date is another
            # (so too 당시 A는 연말까지 … 내놓겠다고 답했다, the words told as reported speech)
            told = (_said_outside_quotes(self.body, previous) or _said_outside_quotes(self.body, self.earlier)
                    ) if self._replies(sentence) else previous
            if "자리" in sentence.text and _THERE_AND_THEN.search(sentence.text):
                # (이 자리에서: at the gathering, the first told, not its telling)
                told = [m for m in told if m.event_type == "presentation"][:1] or told
            speakers = [o for o in orgs if not _quoted_at(self.body, o.start)  # (those named in the words are at their date)
                        and (reported is None or o.end <= timexes[0].start and _SUBJECT_AFTER_NAME.match(self.body, o.end))]
            said = _continuation(article, sentence, told, speakers, persons, gap=index - last[0]) if told else []
            if reported is not None and (saying := event_type(self.body[reported:sentence.end])) in SPEECH_TYPES:
                for mention in said:  # (… 내놓겠다고 답했다: the saying, not what is said)
                    mention.event_type = saying
            found += said
        if not found and last is not None and previous and orgs and all(_COMPARED_WITH.match(self.body, t.end) for t in timexes):
            # B는 지난해 12월보다 두 계단 오른 3위였다: a date of comparison only, the sentence goes on with the event told
            found = _continuation(article, sentence, previous, orgs, persons, gap=index - last[0], earlier=self.earlier,
                                  told_so_far=self.mentions)
        # (a date only of a thing's background, 지난해 8월 다섯 팀으로 출발한 프로젝트가 ..., dates no lead: it waits)
        # (but 27일 발표된 결과에서 정상을 지켰다: the occasion the clause heads is where the main clause's act was done)
        for_leads = [m for m in found if m.actors or not _in_relative_clause(m.sentence, m.timex_end - m.sentence_start)
                     or _OCCASION_HEADED.match(self.body, m.timex_end) is not None]
        # (an interview's opening, A는 … 지원을 맡아 왔다, waits for no date an answer tells)
        opened, waiting = [], []
        # (a lead that waited past a plan waits for the sentence right after it only, once)
        deferred, self.lead_deferred_at = self.lead_deferred_at, -1
        for lead, lead_orgs, lead_persons in (self.leads if for_leads and self.question_at < 0
                                              and (deferred < 0 or index - deferred == 1) else ()):
            dating = for_leads
            if (kind_told := event_type(lead.text)) in _OUTCOMES and _kind_besides_names_described(
                    self.body, lead, lead_orgs, kind_told) in _OUTCOMES:
                # (A가 시험을 통과했다. 두 회사는 지난 4월부터 … 돌려 왔다. 시험은 지난달 말 끝났다: an outcome comes at
                # the end of what led to it, not on the day that began)
                dating = [m for m in for_leads if m.end_value is not None or not self.body.startswith("부터", m.timex_end)]
                if any(m.event_type == "evaluation" and m.end_value is not None for m in dating) and (announced := [
                        m for m in dating if m.event_type == "announcement" and m.status == "happened" and "결과" in m.sentence]):
                    # (A와 B가 최종 2개 팀으로 선정됐다. 과기정통부는 8일 … 지난달 30일부터 진행한 최종 평가 결과를 발표했다: the
                    # outcome is of the day its results were told, not of the review's days)
                    dating = announced
            elif _TELLING_END.search(lead.text) and (told_next := [m for m in for_leads if len(m.date_value) >= len("2026-01-01")
                                                                 and _TELLING_END.search(m.sentence)][:1]):
                # (A가 … 투자를 이어가겠다고 밝혔다. B 대표는 6일 열린 지난해 4분기 실적 발표에서 "…"고 말했다: the lead's
                # telling is the one told next, on its day, not the quarter the figures are of)
                dating = told_next
            elif (all(m.status == "ongoing" for m in for_leads) and not _BEGINNING_TOLD.search(lead.text)
                  and (news := self._told_as_news(lead, lead_orgs, lead_persons))):
                # (A가 B와 계약을 맺었다. 두 기관은 지난 6월부터 시범 서비스를 운영해 왔다: what has gone on since is the
                # background of the act told done, which is the day's news; but A가 학습에 들어갔다. … 8일부터 하고 있다
                # tells the start of what goes on)
                found = news + found
                continue
            if dating and lead_orgs and _RANK_LINE.match(lead.text) and (results_told := [m for m in dating if m.event_type in _RESULT_TYPES]):
                # (1위 A 91.4점 / 2위 B 88.9점 / … / 과기정통부는 전날 상위 2개 팀을 확정했다: the ranking is of the results)
                names = list(dict.fromkeys(o.canonical for o in lead_orgs))
                # (a place in the ranking is the evaluation's outcome, whoever the results then chose)
                opened += [_mention(article, lead, _dated_as(m, lead), names, lead_persons, "evaluation", lead.text, inherited=True,
                                    title_from=0, status=m.status) for m in results_told[:1]]
                continue
            if dating:
                dated_lead = _continuation(article, lead, dating, lead_orgs, lead_persons, lead=True)
                if (not dated_lead and deferred < 0 and all(m.status == "planned" for m in dating)
                        and _final_direction(lead.text) == "past"):
                    # (A가 고배를 마셨다. B, C는 연말 최종 평가에 오른다. 과기정통부는 21일 …: what was done waits for a day that
                    # has been, past the plan told next)
                    waiting.append((lead, lead_orgs, lead_persons))
                    self.lead_deferred_at = index
                    continue
                opened += dated_lead
                if dated_lead and (done := self._done_beside_background(lead, lead_orgs, dating)):
                    # (1차 평가를 통과한 A, B가 2차 준비에 들어갔다. 과기정통부는 전날 … 진출했다고 밝혔다: the day told is
                    # of the clause before the names; what they did since is the day's news)
                    found = self._told_as_news(lead, lead_orgs, lead_persons, done) + found
            else:
                waiting.append((lead, lead_orgs, lead_persons))
        if for_leads:
            self.leads = waiting
        if opened:
            self._count_since(opened, for_leads)
        if self.interviewee and index - self.question_at <= ANSWER_REACH:
            for mention in found:  # an answer's event that names nobody (내년 1월 공고되는 후속 사업에는 ...) is the one answering's
                if not mention.actors and not self._answers_when(index):
                    mention.actors = list(self.asked_about or self.interviewee)
                elif (mention.event_type == "evaluation" and not self.asked_about
                      and all(self.registry.kind(a) in AUTHORITY_KINDS for a in mention.actors)
                      and not any(self.registry.kind(a) in AUTHORITY_KINDS for a in self.interviewee)):
                    # ("정부가 알려 온 바로는 17일 발표 심사를 한다": the authority's review of the one answering)
                    mention.actors = list(dict.fromkeys(mention.actors + self.interviewee))
                elif (self.asked_about and mention.event_type in _BETWEEN_TWO and set(mention.actors) <= set(self.asked_about)
                      and not self.within(sentence)[1]):
                    # (―A가 합류했습니다. ▲이달 초 협약을 마쳤습니다. GPU는 다음 주부터 배정합니다: the one answering's pact
                    # with A and what it gives A, A's and its own)
                    mention.actors = list(dict.fromkeys(mention.actors + self.interviewee))
                elif (mention.actors and not set(mention.actors) & set(self.interviewee)
                      and self._partners_of_answer(sentence, orgs, mention.actors)):
                    # ("파트너사인 A, B와 함께 만드는 모델은 하반기부터 현장에 들어간다": what the one answering makes with them)
                    mention.actors = list(dict.fromkeys(self.interviewee + mention.actors))
                elif self.asked_for and set(mention.actors) <= set(self.interviewee):
                    # (-탈락한 A에 대한 지원은. ▶내년 6월까지 GPU 사용을 연장한다: what the one answering gives, A gets)
                    mention.actors = list(dict.fromkeys(mention.actors + self.asked_for))
        if (found and self.item_owner and (act := _AUTHORITY_ACT_ITEM.match(sentence.text)) is not None
                and all(self.registry.kind(name) in AUTHORITY_KINDS for name in self.item_owner)):
            # (과기정통부는 … 아래와 같이 보고했다. / ○ 추가 정예팀 선정(2.20.): A: the box's owner chose, A was chosen)
            for mention in found:
                if act.start("time") <= mention.timex_start - sentence.start < act.end("time"):
                    mention.actors = list(dict.fromkeys([*self.item_owner, *mention.actors]))
        if (found and (several := self.who.several) and index - 1 == self.who.several_at == self.who.several_talking_at
                and _DEAL_MADE.search(sentence.text) and all(o.canonical in several for o in orgs)):
            for mention in found:
                if mention.event_type == "agreement" and mention.actors and set(mention.actors) < set(several):
                    # (A는 8일 B와 … 협의를 시작했다. 시는 상반기 안에 업무협약을 맺는다: the pact is with the one it talked with)
                    mention.actors = list(dict.fromkeys([*mention.actors, *several]))
        if found and len(orgs) >= 2 and ("지원" in sentence.text or "신청" in sentence.text):
            self._applicants_reviewed(sentence, found, orgs)
        if self.speaking and _TRANSCRIPT_TOLD.match(sentence.text):
            for mention in found:  # (좌담은 16일 본사에서 진행됐다: those whose words it printed took part)
                if not mention.actors:
                    mention.actors = list(dict.fromkeys(self.speaking[1]))
        self._add_consortium_lead(sentence, found)
        if self.told_lead is not None and found and index - self.told_lead[0] <= LEAD_REDATE_REACH:
            self._redate_lead(found)
        if opened and not any(m.event_type == lead.event_type for m in for_leads for lead in opened):
            self.told_lead = (index, opened)  # (dated by its telling, 21일 이같은 소식을 전하며: a later sentence may tell its day)
        if found and "같은" in sentence.text:
            found = self._same_day_of_its_kind(sentence, found, persons)
        self.mentions.extend(opened + found)
        # (지난 15일 탈락한 A와 B도 지원할 수 있다: the day is only of who may apply; what follows goes on with the
        # event told before it)
        aside = (bool(found) and ("수" in sentence.text or "가능" in sentence.text) and _POSSIBLE.search(sentence.text) is not None
                 and all(_in_relative_clause(m.sentence, m.timex_end - m.sentence_start) for m in found))
        # (A는 오늘 1위를 했다. A는 지난해 8월 선정 당시에도 1위였다. 반면 B는 …: a look back, and the story goes on)
        aside = aside or (bool(found) and last is not None and "당시" in sentence.text
                          and all(_LOOK_BACK.match(self.body, m.timex_end) for m in found))
        # (A가 16일 모델을 공개했다. 평가에서 탈락한 지 두 달 만이다. …: the time since a thing done, a look back; the story goes on)
        # (… 12일 마감했다. 지난달 23일 공모를 낸 지 20일 만이다. …: so with the day of the thing done told, before the story's
        # done; but 당시 … next looks back there)
        aside = aside or (bool(found) and last is not None and _SINCE_LOOK_BACK.search(sentence.text) is not None
                          and (all(m.timex_text.endswith("만") for m in found)
                               or all(told.status == "happened" for told in last[1])
                               and all(m.status == "happened" and any(m.date_end < told.date_start for told in last[1]) for m in found)
                               and not (index + 1 < len(self.sentences) and _at_that_time(self.sentences[index + 1].text))))
        # (… 20일 새 모델을 공개한다. A는 지난해 8월 B를 내놓은 바 있다. …: what was once done, told as background)
        aside = aside or (bool(found) and last is not None and " 바 " in sentence.text
                          and DONE_BEFORE.search(sentence.text.rstrip(CLOSING_PUNCT + " ")) is not None)
        # (A는 지난주 3위로 뛰었다. 지난 12일 공개한 개선판이 높은 점수를 받은 덕이다. …: the reason, its day only a
        # relative clause's; the story goes on with the event it explains)
        aside = aside or (bool(found) and last is not None and _REASON_GIVEN.search(sentence.text.rstrip(CLOSING_PUNCT + " ")) is not None
                          and all(_in_relative_clause(m.sentence, m.timex_end - m.sentence_start) for m in found))
        # (… 결과를 19일 발표했다. A는 지난 1월 1차 평가 1위에 이어 이번 평가에서도 …: a look back, and the rest of the
        # sentence is the event just told)
        # (착공식이 4일 열렸다. 당초 3일로 잡혔던 행사는 하루 미뤄졌다. B 차관은 축사에서 …: the day given up of an event
        # held, a look back; the story goes on. Of one still ahead the day set now is picked where it goes on, see replanned)
        aside = aside or (bool(found) and last is not None and all(m.status == "happened" for m in last[1]) and all(
            _GIVEN_UP_BEFORE.search(self.body, max(0, m.timex_start - GIVEN_UP_REACH), m.timex_start) for m in found))
        # (a quick test first: a subject told as joining, C도, is rare; the rest asks more)
        ahead = [m for m in previous if m.status == "planned"] if found and not aside and (
            "도 " in sentence.text or "로" in sentence.text and _ROLE_TOPIC.match(sentence.text)) else []
        if (ahead and all(m.status == "happened" for m in found) and self._joins_with_who_it_is(sentence, found, orgs)
                and _final_direction(sentence.text) in ("future", "present")):
            # (… 14일 엑스포를 연다. … 지난달 평가에서 고배를 든 C도 시연 공간을 마련한다: the day is only of who C is; what
            # C does goes on with the event told before it, still ahead)
            main = ahead[-1]
            found.append(_mention(article, sentence, _dated_as(main, sentence), _actors_of(found), persons, main.event_type,
                                  sentence.text, inherited=True, title_from=0, status=main.status))
            self.mentions.append(found[-1])
            aside = True
        followed = [_FOLLOWING_ON.match(self.body, m.timex_end) for m in found] if (
            found and previous and not aside and "이어" in sentence.text) else []
        if followed and all(followed) and (rest := min(m.end() for m in followed if m)) < sentence.end:
            main = previous[-1]
            text = self.body[rest:sentence.end]
            kind = event_type(text)
            found.append(_mention(article, sentence, _dated_as(main, sentence), _actors_of(found), persons,
                                  main.event_type if kind == "other" else kind, text, inherited=True, title_from=0,
                                  status=main.status, part=rest))
            self.mentions.append(found[-1])
            aside = True
        if found and not aside:
            self.earlier = last[1] if last else []
            self.last = (index, found)
        elif found and last is not None and index - last[0] == 1:
            self.last = (index, last[1])  # (the aside passed: the event told before it is still the one just told)
        if found:
            self.who.told(index, opened + found, self.registry,
                          [o.canonical for o in orgs if _undergone(self.body, o.end) == "elimination"])
        if found and "팀" in sentence.text and (counted := _COUNTED_OUTCOME.search(sentence.text)) is not None:
            for mention in found:  # (… 지난해 8월 5개 정예팀 선정으로 시작됐다: the five the story named, chosen then; after
                # who is running was kept, as an old outcome told late brings no one back into it)
                if (not mention.actors and mention.status == "happened" and mention.event_type in OUTCOME_TYPES
                        and (counted_teams := self.who.teams(index, _team_count(counted.group())))):
                    mention.actors = list(counted_teams)

    def _count_since(self, opened: list[Mention], told: list[Mention]) -> None:
        """A lead that tells how long after the event told next it came (A가 결과가 나온 지 하루 만에 … 밝혔다.
        B는 전날 C를 선정했다): so long after that event's day, not on it. Not when what it tells after the time is
        that event (A가 합류 석 달 만에 모델을 내놨다. A는 3일 모델을 공개했다: the time counts from another)."""
        assert self.article.published_at is not None  # (extract reads only articles with a publication time)
        published = self.article.published_at.date()
        for mention in opened:
            since = [t for t in self.elapsed if mention.sentence_start <= t.start < mention.sentence_end]
            if len(since) != 1 or mention.granularity != "day" or mention.date_start > published:
                continue  # (A가 탈락한 지 아홉 달 만에 희망퇴직을 받는다. … 20일부터 신청을 받는다: what the time counts from is over, so
                # a day still to come is not it, and the lead stays there)
            after = event_type(self.body[since[0].end:mention.sentence_end])
            if any(m.date_value == mention.date_value and m.event_type == after for m in told):
                continue
            value = temporal.counted_from(mention.date_start, since[0].value)
            if value is None:
                continue
            covered = temporal.span(value)
            if covered is None or mention.status == "happened" and covered[0] > published:
                continue  # (a day past the story's own cannot be what it tells done)
            mention.date_value, mention.end_value, (mention.date_start, mention.date_end) = value, None, covered
            mention.granularity = temporal.granularity(value) or "day"
            mention.timex_text, mention.timex_start, mention.timex_end = since[0].text, since[0].start, since[0].end

    def _same_day_of_its_kind(self, sentence: Sentence, found: list[Mention], persons: list[PersonMention]) -> list[Mention]:
        """An outcome told on 같은 날 after a day of no outcome is on the day of the last outcome of its kind told (A는 15일
        고배를 마셨다. … A는 이튿날 입장문을 냈다. 같은 날 탈락한 B는 …: the 15th), not on the day told last (but after
        another outcome, A는 전날 탈락했다. 같은 날 진출을 확정한 곳은 …: that one's day)."""
        kept = []
        earlier = [m for m in self.mentions if m.sentence_start < sentence.start]
        for mention in found:
            same_kind = next((m for m in reversed(earlier) if m.event_type == mention.event_type and m.status == mention.status),
                             None) if mention.timex_text == "같은 날" and mention.event_type in OUTCOME_TYPES and earlier else None
            if (same_kind is not None and earlier[-1].event_type not in OUTCOME_TYPES
                    and same_kind.date_value != mention.date_value):
                mention = _mention(self.article, sentence, _dated_as(same_kind, sentence), list(mention.actors), persons,
                                   mention.event_type, sentence.text, inherited=True, title_from=0, status=mention.status,
                                   title=mention.title)
            kept.append(mention)
        return kept

    def _redate_lead(self, found: list[Mention]) -> None:
        """A lead dated by the day its news was told (A가 참여한 B 컨소시엄이 선정됐다. A는 21일 이같은 소식을 전했다),
        whose event a later sentence tells at an earlier day with its names (과기정통부는 전날 B의 선정을 발표했다):
        the lead's names are at that day."""
        assert self.told_lead is not None
        moved: set[int] = set()
        for lead in self.told_lead[1]:
            told = next((m for m in found if m.event_type == lead.event_type and m.status == lead.status == "happened"
                         and lead.date_start - timedelta(days=LEAD_NEWS_AGE_DAYS) <= m.date_start < lead.date_start
                         and set(m.actors) & set(lead.actors)), None)
            if told is not None:
                told.actors = list(dict.fromkeys(told.actors + lead.actors))
                moved.add(id(lead))
        if moved:
            self.mentions = [m for m in self.mentions if id(m) not in moved]
            self.told_lead = None

    def _supplied_by_deal(self, sentence: Sentence, found: list[Mention], persons: list[PersonMention]) -> None:
        """Goods of a supply deal told, reaching their buyer with no supplier named (A는 B와 공급 계약을 맺었다고 밝혔다.
        … 첫 물량은 내년 1분기 B 데이터센터에 들어가고, 나머지는 하반기까지 납품된다): from the deal's other side too."""
        deal = next((m for m in reversed(self.mentions) if m.actors and _SUPPLY_DEAL.search(m.sentence)), None)
        if deal is None or persons:
            return
        sides = {o.canonical for o in self.organizations if deal.sentence_start <= o.start < deal.sentence_end}
        named_here = any(sentence.start <= o.start < sentence.end for o in self.organizations)
        for mention in found:
            start = max(sentence.start, self.body.rfind(", ", sentence.start, mention.timex_start) + 2)  # (its clause's)
            clause_end = self.body.find(", ", mention.timex_end, sentence.end)
            at = Timex(mention.timex_start, mention.timex_end, mention.timex_text, "DATE", mention.date_value)
            if not (mention.actors and set(mention.actors) < sides and mention.status == "planned"):
                continue
            subject_kind = _clause_subject_kind(self.body, (start, sentence.end), at)
            if (not set(mention.actors) & set(deal.actors) and subject_kind == "other"
                    and _DELIVERED.search(self.body, mention.timex_end, sentence.end if clause_end < 0 else clause_end)):
                mention.actors = list(dict.fromkeys([*deal.actors, *mention.actors]))
            elif (named_here and set(mention.actors) <= set(deal.actors) and len(mention.actors) < len(sides)
                  and all(o.canonical in mention.actors for o in self.organizations if sentence.start <= o.start < sentence.end)
                  and _SELLER_HANDS_OVER.search(self.body, mention.timex_end, sentence.end if clause_end < 0 else clause_end)):
                # (A가 B와 공급 계약을 맺었다. A는 첫 물량을 4월 15일에 납품할 예정이다: delivered to the deal's other side;
                # not A는 5월 양산에 들어간다, its own making)
                mention.actors = list(dict.fromkeys([*mention.actors, *(o.canonical for o in self.organizations
                                                                         if o.canonical in sides)]))
            elif not named_here and subject_kind in ("event", "other") and _DELIVERED.search(self.body, start, mention.timex_start):
                # (… 공급 계약을 맺었다고 공시했다. 첫 납품은 내년 2분기 이뤄진다: the delivery, nobody named, is both sides')
                mention.actors = list(dict.fromkeys([*mention.actors, *(o.canonical for o in self.organizations
                                                                         if o.canonical in sides)]))

    def _amid_told(self, sentence: Sentence, found: list[Mention], persons: list[PersonMention]) -> list[Mention]:
        """The names of a clause of circumstances with no date of its own opening the sentence (A와 B 두 곳만 도전장을
        낸 것으로 집계된 가운데, C는 … 13일 밝혔다): what was done is told as of the day of the telling. (With the
        sentence's date in that clause, its subject after it acts that day: `_amid_dated`.)"""
        amid = _AMID_CLAUSE.search(sentence.text, 0, AMID_REACH)
        if amid is None:
            return []
        end = sentence.start + amid.end()
        if all(m.timex_start < end or _in_relative_clause(m.sentence, m.timex_end - m.sentence_start) for m in found):
            return self._amid_dated(sentence, [m for m in found if m.timex_start < end], end, persons)
        told = [m for m in found if m.event_type == "announcement" and m.status == "happened" and m.timex_start >= end]
        names = [o for o in self.organizations if sentence.start <= o.start < end and not _no_party(self.body, o)]
        text = self.body[sentence.start:end]
        kind = event_type(text)
        if not told or not names or kind == "other" or _final_direction(text.rstrip(" ,").removesuffix("가운데")) == "future":
            return []
        return [_mention(self.article, sentence, _dated_as(told[-1], sentence), [o.canonical for o in _listed(self.body, names)],
                         [p for p in persons if p.start < end], kind, text, inherited=True, title_from=0,
                         status="happened", part=amid.start() + 1)]

    def _kept_out_of_call_told(self, sentence: Sentence, call: Mention, orgs: list[ActorMention],
                               timexes: list[Timex]) -> list[Mention]:
        """Those set against a call in the clause after it, with no date of their own, who did not apply to it (정부가 1월
        말 추가 공모를 냈지만 A는 신청서를 내지 않았다): an event of theirs at the call's time, as when told of the call itself."""
        body = self.body
        turn = _CONTRAST_AFTER_CALL.search(body, call.timex_end, sentence.end)
        if turn is None or any(t.start >= turn.end() for t in timexes):
            return []
        named = [o for o in orgs if o.start >= turn.end() and o.canonical not in call.actors]
        listed = _listed(body, named) if named and named[0].start == turn.end() else []
        if (not listed or not _SUBJECT_AFTER_NAME.match(body, listed[-1].end)
                or _STAYED_OUT.search(body, turn.end(), sentence.end) is None):
            return []
        names = [o.canonical for o in listed]
        return [_mention(self.article, sentence, _dated_as(call, sentence), names, [], "call", body[turn.end():sentence.end],
                         inherited=True, title_from=0, status="happened" if _final_direction(sentence.text) == "past" else None,
                         part=turn.end() - sentence.start)]

    def _outcome_of_step_told(self, sentence: Sentence, orgs: list[ActorMention], told_before: int,
                              timexes: list[Timex]) -> list[Mention]:
        """Those named after an outcome in a step the story told with its day or month, with no date of its own before it
        (지난 15일 1차 단계평가 결과를 발표했다. … 1차 평가에서 탈락한 A와 B도 다시 지원할 수 있다; 지난 8월 2차 평가를 통과했다. 2차
        평가에서 떨어진 C는 …): A and B at that day, C in that month, done."""
        found = []
        for outcome in _OUTCOME_IN_STEP.finditer(self.body, sentence.start, sentence.end):
            if timexes and timexes[0].start < outcome.end():
                continue
            named = [o for o in orgs if o.start >= outcome.end()]
            if not named or named[0].start != outcome.end():
                continue
            names = [o.canonical for o in _listed(self.body, named)]
            day = self._day_of_step(outcome.group("step"), told_before, done=True)
            if day is not None and not any(set(names) <= set(m.actors) and m.date_value == day.date_value for m in self.mentions):
                found.append(_mention(self.article, sentence, _dated_as(day, sentence), names, [],
                                      event_type(outcome.group()), outcome.group(), inherited=True, title_from=0,
                                      status="happened", part=outcome.start() - sentence.start + 1))
        return found

    def _day_of_step(self, name: str, told_before: int, done: bool) -> Mention | None:
        """The mention of the day told right by a step's name, in the last sentence that names it (지난 15일 1차
        단계평가 결과를, 1차 평가 결과는 15일; not a day of another clause, 최종 평가를 통과한 A와 … 협약을 18일 맺었다);
        `done`: only one that happened."""
        step = _step_key(name)
        told = [(m.sentence_start, -gap, m) for m in self.mentions[:told_before] if len(m.date_value) >= 7
                and (not done or m.status == "happened")
                for s in _STEP_NAME.finditer(m.sentence) if _step_key(s.group()) == step
                and (gap := max(m.sentence_start + s.start() - m.timex_end, m.timex_start - m.sentence_start - s.end())) <= STEP_DAY_REACH]
        return max(told, key=lambda found_at: found_at[:2])[2] if told else None

    def _in_step_told(self, sentence: Sentence, orgs: list[ActorMention], told_before: int) -> list[Mention]:
        """Those taking part in a step the story dated before, told with no date of their own (다음 달 초 열리는 2차
        단계평가를 앞두고 …. [other news] 2차 평가에는 A, B와 C까지 네 팀이 나선다): at the step's date."""
        opening = _IN_STEP_OPENING.match(sentence.text)
        if opening is None or not sentence.text.rstrip().rstrip(".!").endswith(_TAKING_PART_ENDS):
            return []
        day = self._day_of_step(opening.group("step"), told_before, done=False)
        names = list(dict.fromkeys(o.canonical for o in orgs if o.start >= sentence.start + opening.end()))
        if day is None or not names:
            return []
        return [_mention(self.article, sentence, _dated_as(day, sentence), names, [], event_type(opening.group("step")),
                         sentence.text, inherited=True, title_from=0, status=day.status, part=opening.end())]

    def _topic_of_those_told(self, index: int, noun: str, found: list[Mention]) -> None:
        """An event as the topic that the sentence before told as of those it names (TTA는 A와 B 모델의 안전성 검증을
        맡는다고 28일 밝혔다. 검증은 다음 달 5일부터 이어진다): theirs too."""
        before = self.sentences[index - 1]
        kind = _word_type(noun)
        if len(noun) < 2 or kind == "other" or not (f"{noun}을 " in before.text or f"{noun}를 " in before.text):
            return
        of_noun = re.compile(r"(?:\s*(?:모델|팀|컨소시엄))?의\s+(?:[^\s.,]+\s+){0,2}?" + re.escape(noun) + r"[을를]\s")
        told = [o for o in self.organizations if before.start <= o.start < before.end]
        owners = [listed.canonical for i, org in enumerate(told) if of_noun.match(self.body, org.end)
                  for listed in _listed_before(self.body, told[:i + 1])]
        for mention in found:
            if owners and mention.event_type == kind:
                mention.actors = list(dict.fromkeys([*mention.actors, *owners]))

    def _other_side_of_deal(self, found: list[Mention], orgs: list[ActorMention]) -> None:
        """A deal told by one side only, an authority named as the partner (과기정통부와의 3단계 협약은 다음 달 15일로
        잡혀 있다): its other side is whom the story is about."""
        assert self.story_subject is not None
        ours = self.story_subject.canonical
        sides = {o.canonical for o in orgs if _DEAL_WITH.match(self.body, o.end) is not None}
        if (not sides or ours in self.authorities or any(o.canonical not in sides for o in orgs)
                or not sides <= self.authorities):
            return
        for mention in found:
            if mention.event_type == "agreement" and set(mention.actors) == sides:
                mention.actors = [*mention.actors, ours]

    def _amid_dated(self, sentence: Sentence, found: list[Mention], end: int, persons: list[PersonMention]) -> list[Mention]:
        """What the subject after a dated clause of circumstances does, with no date of its own (A가 23일 공모를
        시작한 가운데, B와 C는 지원하지 않기로 했다): it is done the day the circumstances are of."""
        names, kind_of_subject, place = _subject(self.body, sentence, self.organizations, persons)
        text = self.body[end:sentence.end]
        kind = event_type(text)
        if (not found or kind_of_subject != "named" or place is None or place[0] < end or kind == "other"
                or set(names) <= set(found[-1].actors)):
            return []
        # (B는 지원하지 않기로 했다: a decision that day, done; B는 지원하기로 했다: what is decided is still to come)
        done = _final_direction(text) == "past" and (not holds_any(text, temporal.DECIDED_TO) or _NOT_JOINING.search(text))
        told_from = min((o.start for o in self.organizations if end <= o.start <= place[0]), default=place[0])
        return [_mention(self.article, sentence, _dated_as(found[-1], sentence), names, [p for p in persons if p.start >= end],
                         kind, self.body[told_from:sentence.end], inherited=True, title_from=0,
                         status="happened" if done else None, part=end - sentence.start)]

    def _opened_by_authorities(self, found: list[Mention], named: list[str]) -> None:
        """A call's span told apart as its opening and its close (지난달 23일부터 12일까지 진행한 공모에 2곳이
        신청했다): those who applied are at its close; its opening is the authorities' who opened it, and with
        none among its actors, the authority the sentence cites or the story told of lately, or the program's (A에
        따르면 … 진행된 공모에는 B, C가 신청했다)."""
        for opening, closing in zip(found, found[1:]):
            if (opening.event_type == "call" and self.body.endswith("부터", 0, opening.timex_end)
                    and not self.body[opening.timex_end:closing.timex_start].strip()):
                authorities = [a for a in opening.actors if self.registry.kind(a) in AUTHORITY_KINDS]
                if not authorities:
                    authorities = [a for a in named if self.registry.kind(a) in AUTHORITY_KINDS][:1] or _government([], self.registry)
                    closing.actors = list(dict.fromkeys(closing.actors + authorities))
                if authorities:
                    applicants = [a for a in opening.actors if a not in authorities]
                    opening.actors, closing.actors = authorities, list(dict.fromkeys(closing.actors + applicants))

    def _join_event_told(self, sentence: Sentence, orgs: list[ActorMention], told_before: int) -> None:
        """Names after a clause of taking part in an event of a kind told before (발표회에 나서는 A, B는 ...):
        they take part in the last event of that kind, on its date, whatever else the sentence tells."""
        text = sentence.text
        for joining in [*_JOINING.finditer(text), *_HOSTING.finditer(text)]:
            kind = _word_type(hangul_word_before(text, joining.start()))
            told = [m for m in self.mentions[:told_before] if m.event_type == kind]
            names = [o for o in orgs if o.start >= sentence.start + joining.end()]
            if kind == "other" or not told or not names or names[0].start != sentence.start + joining.end():
                continue
            event, joined = told[-1], [o.canonical for o in _listed(self.body, names)]
            self.mentions.append(_mention(self.article, sentence, _dated_as(event, sentence), joined, [], kind, event.title or "",
                                          inherited=True, title_from=0, status=event.status, title=event.title,
                                          part=joining.start() + 1))

    def _add_consortium_lead(self, sentence: Sentence, mentions: list[Mention]) -> None:
        """A member joining or leaving `컨소시엄` with no lead named before it: the lead of the
        consortium named last is a party too; with none named, the team the story follows (모티프는 ...
        선정됐다. ... 7월에는 컨소시엄에 B가 합류했다)."""
        if not mentions or "컨소시엄" not in sentence.text:
            return
        # (a consortium that only says whose partner one is, 같은 컨소시엄의 B는, A 컨소시엄에 참여한 B는, adds no lead)
        bare = [m.start() for m in _CONSORTIUM.finditer(self.body, sentence.start, sentence.end)
                if not any(end <= m.start() <= end + 2 for end, _ in self.consortium_leads) and not _PARTNER_OF.match(self.body, m.start())
                and not _OWN_OR_OTHER_BEFORE.search(self.body, max(0, m.start() - 6), m.start())
                and not _SOURCE.match(self.body, m.end())  # (컨소시엄에 따르면: whose account, no party)
                # (A는 컨소시엄 구성을 마쳤고, B는 …: the consortium one formed, no lead of another's clause)
                and not _CONSORTIUM_FORMED.match(self.body, m.end())]
        counted = [at for at in bare if _COUNTED_BEFORE.search(self.body, max(0, at - 4), at)]  # (10개 컨소시엄: several, no one's)
        named = [lead for end, lead in self.consortium_leads if end <= bare[-1]] if bare and len(counted) < len(bare) else []
        joined = [lead for end, lead in self.consortium_leads
                  if sentence.start <= end < sentence.end and _JOINED_CONSORTIUM.match(self.body, end)
                  and not _PARTNER_OF.match(self.body, end) and not _GIVEN_TO_CONSORTIUM.match(self.body, end)
                  and not _in_clause_before(self.body, end, next((o.start for o in self.organizations if o.start >= end), -1))]
        if joined:  # A 컨소시엄에는 B가 합류했다: the consortium joined is A's
            bare, named = bare or [sentence.start], joined
        elif bare:  # (A가 합류했을 때는 컨소시엄에 이름을 올린 B가 …: A's, a team told since the lead named last)
            since = max(sentence.start, max((end for end, _ in self.consortium_leads if end <= bare[-1]), default=0))
            named = [o.canonical for o in self.organizations if since <= o.start < bare[-1]
                     and self.registry.role(o.canonical) == "elite"][-1:] or named
        named = named or [
            lead for lead in self.story_team if lead not in (a for m in mentions for a in m.actors)
            and any(not _COUNTED_BEFORE.search(self.body, max(0, at - 4), at) for at in bare)]
        if not bare or not named:
            return
        leads = {lead for _, lead in self.consortium_leads}
        for mention in mentions:
            # (... SK텔레콤 측에 컨소시엄 탈퇴 의사를 전달했다: a lead the clause names is the consortium's)
            # (… 10일 컨소시엄 구성 변경을 승인했다: an authority alone names no member, so no consortium of one)
            if (mention.event_type in _MEMBERSHIP_TYPES and mention.actors and named[-1] not in mention.actors
                    and not leads & set(mention.actors)
                    and not all(self.registry.kind(a) in AUTHORITY_KINDS for a in mention.actors)):
                mention.actors = mention.actors + [named[-1]]

    def _attribute_quotation(self, index: int, sentence: Sentence, orgs: list[ActorMention], persons: list[PersonMention],
                             told_before: int) -> None:
        """A quotation told before its speaker (`"1월에 탈락 소식을 ..." ... A사 B는 이렇게 말했다`): its
        events without actors wait for the attribution, which names whose they are; one right after the
        attribution is the same speaker's."""
        if (self.quoted_lines and bisect_right(self.quoted_lines, sentence.start) % 2  # a line opening a quotation
                and not (_ATTRIBUTION.search(sentence.text) and sentence.text[:1] not in "\"“")):
            if self.attributed[0] == index - 1:  # ... 이렇게 떠올렸다. "6월에 ...": the same speaker goes on
                for mention in self.mentions[told_before:]:
                    mention.actors = mention.actors or list(self.attributed[1])
            else:
                self.unattributed.extend(m for m in self.mentions[told_before:] if not m.actors)
        elif _ATTRIBUTION.search(sentence.text):
            speakers = [o.canonical for o in orgs] or [p.organization for p in persons if p.organization]
            for mention in self.unattributed:
                mention.actors = list(speakers)
            self.unattributed, self.attributed = [], (index, speakers)
        else:
            self.unattributed = []


def _head_the_story_company(body: str, pieces: list[Sentence], orgs: list[ActorMention], people: list[PersonMention],
                            registry: actors_mod.Registry) -> None:
    """A head named with no organization (이재성 대표는 "…"고 말했다) heads the company the story's first sentence
    opens with as its subject (영상 AI 기업 A가 …): the press names the story's own head so; an official so named (서지훈
    국장이 임명됐다) serves the ministry or agency it opens with (B부가 국장급 인사를 단행했다)."""
    unattached = [p for p in people if p.organization is None
                  and (p.title in _HEAD_TITLES or p.title in actors_mod.OFFICIAL_TITLES)]
    first = _opening_subject(body, pieces, orgs) if unattached else None
    if first is None:
        return
    kind = registry.kind(first.canonical)
    ends = [piece.end for piece in pieces]
    for person in unattached:
        if kind == "company" and person.title in _HEAD_TITLES or (
                kind in AUTHORITY_KINDS and person.title in actors_mod.OFFICIAL_TITLES
                and not any(person.end <= o.start < ends[min(bisect_left(ends, person.end), len(ends) - 1)]
                            and o.canonical != first.canonical and not _MOVED_TO.match(body, o.end) for o in orgs)):
            # (정 국장은 2024년부터 B 지원단에서 일했다: an official told of with another body, perhaps theirs, is left alone;
            # not one told moving there: 박 정책관은 내년 1월 B 지원단장으로 자리를 옮긴다)
            person.organization = first.canonical


@cache
def _intransitive_adnominal() -> re.Pattern[str]:
    """A verb that takes no object, in its past adnominal form, ending a clause (합류한, 탈락했던)."""
    return re.compile("(?:" + "|".join(sorted(temporal.intransitive_verbs())) + r")(?:한|했던)\s*$")


def _head_did_it(body: str, start: int, end: int, orgs: list[ActorMention]) -> bool:
    """Whether a relative clause ends in a verb that takes no object, right before the name it modifies (합류한 B):
    the name did it."""
    return any(0 <= o.start - end <= 1 for o in orgs) and _intransitive_adnominal().search(body, start, end) is not None


def _kind_besides_names_described(body: str, sentence: Sentence, orgs: list[ActorMention], kind: str) -> str:
    """The kind of an outcome told of a sentence, or of what it tells besides verbs that only describe a name right after
    them, when that is a kind of its own (새로 합류한 A에 GPU를 배정한다: the assigning; not 탈락한 A가 방향을 틀었다, whose
    turn is of no kind, nor a step's words, 1차 평가에서 탈락한 A는)."""
    text = sentence.text
    for org in orgs:
        if (described := _DESCRIBED_BEFORE_NAME.search(body, max(sentence.start, org.start - DESCRIBED_REACH), org.start)) is not None:
            start, end = described.start() - sentence.start, described.end() - sentence.start
            text = text[:start] + " " * (end - start) + text[end:]
    besides = event_type(text)
    return kind if besides in _OUTCOMES or besides in ("other", "evaluation") else besides


_DESCRIBED_BEFORE_NAME: Final = re.compile(r"[가-힣]+(?:한|된)\s+$")  # (합류한 | A, 선정된 | A)
DESCRIBED_REACH: Final = 8  # characters before a name the verb describing it may start


def _opening_subject(body: str, pieces: list[Sentence], orgs: list[ActorMention]) -> ActorMention | None:
    """The organization the story's first sentence opens with as its subject (영상 AI 기업 A가 …): whom the story is about."""
    lead = next((piece for piece in pieces if not piece.boilerplate), None)
    first = next((o for o in orgs if o.start >= lead.start), None) if lead is not None else None
    if first is None or lead is None or first.end > lead.end or _SUBJECT_PARTICLE.match(body, first.end) is None:
        return None
    return first


_HEAD_TITLES: Final = frozenset(("대표", "대표이사", "사장", "CEO", "최고경영자", "창업자"))
_MOVED_TO: Final = re.compile(r"\s*(?:[^\s.,]+\s+){0,2}?[^\s.,]*(?:으로|로)\s+(?:자리를\s+)?(?:옮긴|옮겼|옮겨|옮길|이동|전보|파견)")


def _is_subject(body: str, person: PersonMention) -> bool:
    """Whether a person named is the subject of their clause, their title between (김경만 실장은)."""
    if _PERSON_SUBJECT.match(body, person.end):
        return True
    title = person.title
    return bool(title) and body.startswith(" " + title, person.end) and _PERSON_SUBJECT.match(body, person.end + 1 + len(title)) is not None


# A question of when a thing is (―2차 평가는 언제인가, Q. 결과 발표는 언제쯤인가요?): its answer tells of the thing.
_WHEN_ASKED: Final = re.compile(r"[은는이가]\s+(?:언제|언제쯤|몇\s*월|어느\s*시점)(?:인가|인가요|입니까|이냐|예요|에요|쯤인가|로\s*보나)?[?.]?\s*$")
# A question of a name alone (Q. NC AI는.): it asks about that organization.
_BARE_TOPIC_ASKED: Final = ("는.", "은.", "는?", "은?", "는요?", "은요?")
# The question of why an organization did something (―A가 탈락한 이유는): it asks about that organization.
_ASKED_VIEW_OF: Final = re.compile(r"[을를]\s+어떻게\s+(?:보나|보는가|보나요|보십니까|평가하나|평가하는가|생각하나|생각하는가)")
_WHY_AFTER: Final = re.compile(r"\s*\S+\s+(?:이유|배경|까닭|원인|비결|계기)")
# A clause of the one named that a connective ends, then another subject (A가 … 탈락하면서 논란이 컸는데요): the question
# asks of what followed, not of the one named.
_OTHER_SUBJECT_AFTER: Final = re.compile(r"[^.?!\n\"“]*?(?:면서|면서도|며|자|는데)\s+(?:[^\s.?!]+\s+){0,2}?[^\s.?!]+[이가]\s")


def _dated_clause_subject(body: str, org: ActorMention, timex: Timex) -> bool:
    """Whether a name is the subject of a clause that another date dates and that modifies a noun (A가 지난 9월 공개한
    모델로 만든 챗봇으로 5일 … 받았다: A is of September only)."""
    return (0 < timex.start - org.end <= 2 and body[org.end:timex.start].rstrip() in ("이", "가")
            and _modifies(body, timex.end))


def _modifies(body: str, position: int) -> bool:
    """Whether the word at `position` is an adnominal verb: what precedes it is the subject of a clause
    that modifies a noun (카카오가 쓰는 칩), not of the sentence."""
    word = _NEXT_WORD.match(body, position)
    return word is not None and (word.group(1).endswith(("는", "던")) or _role(word.group(1)) == "adnominal"
                                 or _UNDER_WAY_AFTER.match(body, word.end()) is not None)


_UNDER_WAY_AFTER: Final = re.compile(r"\s*중(?:인|이던|이었던)\s")  # (카카오가 개발 중인 칩: a verb noun's adnominal is 중인)


def _quoted_at(body: str, position: int) -> bool:
    """Whether `position` stands inside a quotation opened earlier on its line."""
    return inside_quotation(body, body.rfind("\n", 0, position) + 1, position)


def _said_outside_quotes(body: str, mentions: Sequence[Mention]) -> list[Mention]:
    """The mentions whose dates were not told inside a quotation (한 의원은 "지난 1월 ..."이라고 지적했다:
    not January)."""
    return [m for m in mentions if not _quoted_at(body, m.timex_start)]


def _frames_a_day(timex: Timex, timexes: list[Timex], clause: tuple[int, int]) -> bool:
    """Whether a day inside the period the timex names is told in its clause too (a part of the period
    frames only its own days: 20일 브리핑에서 ... 이달 말까지 회수하겠다 tells two events)."""
    outer = temporal.span(timex.value.partition("T")[0], None, timex.mod)
    if outer is None:
        return False
    finest = 7 if len(timex.value) == 4 else 10  # (a year frames its months too: 올해 들어 ... 3월, 4월)
    for other in timexes:
        inner = temporal.span(other.value[:10]) if (other is not timex and clause[0] <= other.start < clause[1]
                                                    and len(other.value) >= finest and other.value[4:5] == "-"
                                                    and other.value[5:7].isdigit()) else None
        if inner is not None and outer[0] <= inner[0] and inner[1] <= outer[1]:
            return True
    return False


def _told_by_authority(agent: tuple[int, list[str]] | None, authority: Sequence[str], orgs: list[ActorMention]) -> bool:
    """Whether the sentence's subject, named or dropped, is a ministry or an agency."""
    if agent is None:
        return False
    return any(o.kind in AUTHORITY_KINDS and o.canonical in agent[1] for o in orgs) or any(a in authority for a in agent[1])


def _dated_by_another(by_day: bool, timex: Timex, timexes: list[Timex], scope_end: int) -> bool:
    """Whether another date of the sentence can date the telling of a plan whose period `timex`
    names (다음 달 초 2027년 업무계획을 발표한다: 2027년 is the plan's, 다음 달 초 the telling's): one
    before it, or a day after the plan's noun (상반기 사업 계획 발표회를 15일 연다), and none between them;
    only a day when `by_day` (a program's year: 9일 2027년 바우처 사업 설명회를 연다, but 하반기 중 …하고,
    내년 후속 사업 공모에 도전한다 leaves the year the call's). (The caller passes the dates on the same side
    of a quotation, the same one: 이날 "내년 2월 후속 전략을 내놓겠다" dates the strategy's release in
    February, and "…다음 달 말…"며 "내년 상반기 중 … 계획을 발표하겠다" leaves the half-year a plan's time.)"""
    for other in timexes:
        if timex.end <= other.start < scope_end:
            return False
    return any(len(other.value) >= 10 or not by_day if other.end <= timex.start
               else other.start >= scope_end and len(other.value) >= 10 for other in timexes)


def _closed_spans_apart(body: str, timexes: list[Timex], published_at: datetime) -> list[Timex]:
    """A call's days told as a span it was closed after (지난달 20일부터 21일까지 진행한 공모를 마감했다), or as a
    span of a call over before the day of telling (지난달 23일부터 12일까지 진행한 공모에 2곳이 신청했다고 13일
    밝혔다): two days, the one it opened and the one it closed, which its applicants are counted at."""
    apart: list[Timex] = []
    published = published_at.date().isoformat()
    # (or closed earlier on the day of telling, at a time told: 이날 오후 6시까지 … 받은 결과)
    published_time = published_at.strftime("%Y-%m-%dT%H:%M")
    for t in timexes:
        cut = t.text.find("부터")
        if (t.end_value and cut > 0 and len(t.value) >= 10 and len(t.end_value) >= 10
                and (_CLOSED_AFTER.match(body, t.end) is not None
                     or ((_PAST_CALL_AFTER.match(body, t.end) is not None
                          or _PAST_SPAN_AFTER.match(body, t.end) and _CALL_BEFORE.search(body, max(0, t.start - CALL_BEFORE_REACH), t.start))
                         and (t.end_value[:10] < published or "T" in t.end_value and t.end_value[:16] <= published_time)))):
            opened = t.start + cut + len("부터")
            closed = opened + len(body[opened:t.end]) - len(body[opened:t.end].lstrip())
            apart.append(Timex(t.start, opened, body[t.start:opened], t.type, t.value, t.mod, None, t.direction))
            apart.append(Timex(closed, t.end, body[closed:t.end], t.type, t.end_value, t.mod, None, t.direction))
        else:
            apart.append(t)
    return apart


_CLOSED_AFTER: Final = re.compile(r"[^.!?\n]{0,30}?마감(?:했|한|됐|된|하였|되었|돼)")
# A call told in the past right after its span (진행한 추가 공모에, 진행한 독자 AI 파운데이션 모델 추가 공모에, 신청을 받은 결과).
# (or with the call before its verb: … 추가 공모를 진행한 결과, 접수를 진행했다)
_PAST_CALL_AFTER: Final = re.compile(r"\s*(?:(?:(?:진행|실시|접수|모집|공모)(?:한|된|했던|됐던)|열린|열렸던)\s?(?:[^\s.!?]+\s){0,6}?[^\s.!?]*?"
                                     r"(?:공모|모집|접수|신청)|(?:[^\s.!?]+\s){0,3}?(?:신청|접수|지원서?)[을를]?\s?받은\s"
                                     r"|(?:[^\s.!?]+\s){0,5}?[^\s.!?]*?(?:공모|모집|접수)(?:를|을)\s?(?:진행|실시)(?:한|했))")
# ... or the call told before its span, as its subject (이번 추가 공모는 1월 23일부터 2월 12일까지 진행되었으며).
_PAST_SPAN_AFTER: Final = re.compile(r"\s*(?:진행|실시)(?:됐|되었|했|하였)")
_CALL_BEFORE: Final = re.compile(r"(?:공모|모집|접수)(?:는|은)\s+$")
CALL_BEFORE_REACH: Final = 12
_CLOSED_HINTS: Final = ("마감", "진행한", "진행된", "실시한", "실시된", "받은", "접수한", "모집한", "공모한", "진행됐", "진행되었", "진행했", "열린", "열렸던")


def _delivered_days(body: str, timexes: list[Timex]) -> list[Timex]:
    """The timexes of a body where a text delivered on a day is printed after its lead (… 15일 밤 SNS에 올린 글
    전문이다, … 15일 … 발표했다. 다음은 일문일답.): in it, 오늘 and 내일 count from that day, not from the day the story
    was published."""
    lead = _DELIVERED_LEAD.search(body)
    if lead is None:
        return timexes
    told = [t for t in timexes if t.end <= lead.end() and lead.start() - t.end <= DELIVERED_DAY_REACH
            and len(t.value) >= 10 and t.value[4] == "-" and t.value[7] == "-"]
    if not told:
        return timexes
    start = lead.end()
    return [t for t in timexes if t.start < start] + _tagged_at(body, start, len(body), date.fromisoformat(told[-1].value[:10]))


def _tagged_at(body: str, start: int, end: int, day: date) -> list[Timex]:
    """The dates and times of the body from `start` to `end`, read as told on `day`, at their places in the body."""
    return [replace(t, start=t.start + start, end=t.end + start) for t in temporal.tag(body[start:end], day) if t.type in ("DATE", "TIME")]


# The lead of a text printed whole or in its parts, delivered on a day told just before or in it.
_DELIVERED_LEAD: Final = re.compile(r"(?:다음은|아래는|이하는)\s[^.\n]{0,60}?(?:전문|일문일답|요지|발언록)(?:이다|입니다)?\."
                                    r"|(?:글|신년사|개회사|축사|기념사|연설문?|담화문?|입장문|서한|편지)의?\s*전문(?:이다|입니다)\.")
_DELIVERED_HINTS: Final = ("다음은", "아래는", "이하는", "전문이다", "전문입니다")  # (a quick test before _DELIVERED_LEAD)
DELIVERED_DAY_REACH: Final = 300  # characters before the lead within which the day it was delivered is told


def _caption_days(body: str, timexes: list[Timex]) -> list[Timex]:
    """The timexes of a body where a photo caption closes with the day it was taken (… 30일 오후 … 환영사를 하고 있다.
    2025.12.30 © 뉴스1): in the caption, a day told without its month is of that day's month, not of the month of publication."""
    for closing in _CAPTION_CLOSING_DAY.finditer(body):
        try:
            day = date(int(closing.group(1)), int(closing.group(2)), int(closing.group(3)))
        except ValueError:
            continue
        line_start = body.rfind("\n", 0, closing.start()) + 1
        # (the caption's own sentence: after the last one ending before it on its line)
        start = max((end.end() for end in _SENTENCE_GAP.finditer(body, line_start, closing.start() - 1)), default=line_start)
        timexes = sorted([t for t in timexes if not start <= t.start < closing.start()] + _tagged_at(body, start, closing.start(), day),
                         key=lambda t: t.start)
    return timexes


# A caption's closing day, in figures with its credit (… 있다. 2025.12.30 © 뉴스1, … 2026.1.15/뉴스1): the day of its photo.
_CAPTION_CLOSING_DAY: Final = re.compile(r"(?<=[.다])\s+((?:19|20)\d{2})\.(\d{1,2})\.(\d{1,2})"
                                         r"(?=\s*(?:[ⓒ©][^\n.]{0,40}|/[^\n.]{0,30}|\[사진\])\s*$)", re.M)
_SENTENCE_GAP: Final = re.compile(r"[.!?][\"'”’]?\s+")


def _refined_later(body: str, found: list[Mention]) -> list[Mention]:
    """Without the mentions dated in brackets after a title (정예팀 출범(8월) — … 8월 4일 … 선정했다) that a later
    date of the same sentence and kind refines: one event, told at its day (not another's within its span: A는
    구축(2026.9~11)을, B는 최적화(2026.10~)를 맡았다)."""
    return [m for m in found if not (
        body.startswith("(", m.timex_start - 1) and body.startswith(")", m.timex_end)
        and any(o.timex_start > m.timex_end and o.event_type == m.event_type and _refines(o, m)
                and (not m.actors or not o.actors or not set(o.actors).isdisjoint(m.actors)) for o in found))]


def _refines(finer: Mention, coarser: Mention) -> bool:
    """Whether one mention's days lie within another's, and are fewer (15일 within 8월)."""
    return (coarser.date_start <= finer.date_start and finer.date_end <= coarser.date_end
            and (finer.date_start, finer.date_end) != (coarser.date_start, coarser.date_end))


def _counted_back_told_again(found: list[Mention]) -> list[Mention]:
    """Without the mentions dated by counting back from a later day (정예팀 선발에서 떨어진 지 1년 4개월 만이다) that
    the story also tells at their own, finer date, of the same kind or of a kind the first does not tell (8월 4일 최종
    발표에서 … 들지 못했다): one event, told at its day."""
    return [m for m in found if not (
        m.timex_text.endswith(_COUNTED_BACK_ENDS)
        and any(m.event_type in ("other", o.event_type) and not o.timex_text.endswith(_COUNTED_BACK_ENDS)
                and not set(o.actors).isdisjoint(m.actors) and _refines(o, m) for o in found))]


def _passed_since_told_at_its_day(article: Article, found: list[Mention]) -> list[Mention]:
    """The mentions dated by the time passed since (A가 B 컨소시엄에 합류한 지 9개월이 지났다) at the finer day the
    story tells of the same event (B 컨소시엄은 지난 2월 20일 … 뽑혔다): one event, told at its day."""
    body = article.body
    for index, mention in enumerate(found):
        if not (mention.timex_end > mention.timex_start and temporal.passed_since(body, mention.timex_start, mention.timex_end)):
            continue
        finer = next((o for o in found if o is not mention and (mention.event_type in ("other", o.event_type))
                      and not set(o.actors).isdisjoint(mention.actors) and _refines(o, mention)), None)
        if finer is not None:
            sentence = Sentence(mention.sentence_start, mention.sentence_end, mention.sentence)
            redated = _mention(article, sentence, _dated_as(finer, sentence), mention.actors, [], mention.event_type,
                               mention.sentence, inherited=True, title_from=0, status=finer.status)
            redated.persons = mention.persons
            found[index] = redated
    return found


_COUNTED_BACK_ENDS: Final = (" 만", " 전")  # (1년 4개월 만, 석 달 전: a time counted back from another day)


def _day_is_predicate(text: str, start: int, end: int) -> bool:
    """Whether a sentence names its topic and then gives its date (text[start:end]) as all it says of
    it (결전의 날은 15일이다, 첫 관문은 1월 15일이었죠, 출발 신호는 지난해 6월 20일.): what it
    introduces comes next."""
    return ((_TOPIC_BEFORE_DAY.search(text, 0, start) is not None or _BARE_DAY_OPENING.fullmatch(text, 0, start) is not None)
            and _DAY_PREDICATE_AFTER.match(text, end) is not None)


# The reporter's visit on a day (기자가 30일 찾은 코엑스는 …로 가득했다): the day of the scene told next.
_VISITED: Final = re.compile(r"찾아갔|찾았|찾아\s*갔|방문했|방문하였|들렀")  # (a visit told done)
_REPORTER_VISIT: Final = re.compile(r"\s*(?:기자|취재진)(?:가|이)\s+[^.]{1,20}?\s(?:찾은|방문한|둘러본|들른|들어선)\s")
VISIT_REACH: Final = 12


def _scene_set(text: str, start: int, end: int) -> bool:
    """Whether a sentence is only a time and a place, as a report sets its scene (오늘 오후 정부서울청사., 15일 오후
    2시, 정부서울청사 브리핑룸.; a script's turn before it is no part of the sentence)."""
    return not text[:start].strip() and _PLACE_ONLY.fullmatch(text, end) is not None


_FEW_WORDS: Final = r"(?:[^\s.,!?]*[^\s.,!?다요죠음함됨]\s*){1,4}"  # (a few words, none of them a predicate)
_PLACE_ONLY: Final = re.compile(r"[,\s]+" + _FEW_WORDS + r"[.]?\s*")
# A line a report passes through: a reporter handed to (… 기자가 보도합니다, 다녀왔습니다), a place named alone, closed by a
# stop (서울 코엑스 오디토리움.; not a heading: □ 향후 계획).
_PASSING_LINE: Final = re.compile(r"\s*(?:[가-힣]{2,4}\s*(?:기자|특파원)(?:가|이)\s+(?:보도합니다|전합니다|다녀왔습니다|취재했습니다)[.]?"
                                  r"|(?![□■◆◇●○▶▷△▲ㅇ※#\-])" + _FEW_WORDS + r"[.]"
                                  # (a chapter mark of a recording with no content of its own: 00:00 인트로, 41:20 클로징)
                                  r"|\d{1,2}:\d{2}(?::\d{2})?\s+(?:인트로|오프닝|클로징|아웃트로|엔딩|마무리|광고|예고|청취자\s*사연))\s*")
# After a dated clause, its adnominal verb and the head it modifies as the topic (… 발표한 정예팀은 ), right before a list.
_HEAD_BEFORE_LIST: Final = re.compile(r"[가-힣]*[ㄴ-ㅎ]?[은한된던린진]\s+(?:[^\s.,]+\s+){0,5}?[^\s.,]+(?:은|는)\s+")
# A guest brought in, with their title and body (이 연구위원 나오셨습니다, 김 서울대 교수와 함께합니다, C 기자 연결합니다).
_GUEST_LINE: Final = re.compile(r"\s*[가-힣]{2,4}(?:\s+[가-힣A-Za-z]{1,10}){0,3}?(?:[와과을를]|\s)\s*"
                                r"(?:나오셨습니다|나와\s*계십니다|모셨습니다|함께합니다|함께하겠습니다|연결합니다|연결하겠습니다)[.]?\s*")
# A sentence of figures alone (희망 공모가는 1만2000~1만5000원이다, 규모는 250만 주다): what the story follows, told in numbers.
_FIGURES_LINE: Final = re.compile(r"[^.!?\"“”]*\d[\d,.~∼\-]*\s*[가-힣%]{0,3}\s*(?:이다|다|였다|이었다|입니다|이에요|예요)[.]?\s*")
PASSING_LINE_MAX: Final = 40  # characters: a hand-off or a place named alone is short (a quick test before _PASSING_LINE)
_TOPIC_BEFORE_DAY: Final = re.compile(r"[가-힣](?:은|는)\s+$|(?:올라가|돌아가|되짚어\s*보|거슬러\s*가)(?:면|보면)\s+$")  # (… 올라가면 …이 나온다)
# ... or a day said alone, after a turn's label and a yes (기자: 네, 지난주 목요일이었죠.)
_BARE_DAY_OPENING: Final = re.compile(r"\s*(?:[^\s:：]{1,8}\s*[:：]\s*)?(?:네|예|음|아|그렇죠)?[,.]?\s*")
# (… 15일이다, … 15일이었죠; 결말은 12월 22일에 났다: the day it came)
# A story's beginning as the topic (출발은, 시작은, 발단은): what began then is told next.
_STORY_START: Final = re.compile(r"\s*(?:모든\s*|이야기의\s*|그\s*)?(?:출발|시작|출발점|시작점|발단|첫발)(?:은|는)\s")
# ... and a step of the program as what it was (시작은 지난해 6월 20일 공모였다).
_STEP_AS_PREDICATE: Final = re.compile(r"\s[가-힣]*(?:공모|평가|심사|선정)(?:이었다|였다|이다|다)[.]?\s*$")
_DAY_OF_WHAT_CAME: Final = re.compile(r"(?:의)?\s*(?:일|날의\s*일)(?:이다|이었다|이었죠|입니다|이었습니다)[.!]?\s*")  # (2월 20일의 일이다)
# (… 15일이다, 15일에 찾아왔다, 올해 1월 15일 찾아왔다: the day is all that is told of the topic)
_DAY_PREDICATE_AFTER: Final = re.compile(r"(?:(?:이었|였|이|입니|이었습니|였습니)?(?:다|죠|요|었죠)?|(?:에)?\s*(?:났|나왔|왔|찾아왔|닥쳤)(?:다|습니다)"
                                         r"|(?:이|가)\s*(?:나온다|나옵니다))[.!]?\s*$")


def _only_dates(sentence: Sentence, timexes: list[Timex], cursor: int = 0) -> bool:
    """Whether the sentence holds nothing but its dates, marks and punctuation from `cursor` on (no word
    character between them; the text before the first date decides at once for most sentences)."""
    text = sentence.text
    for timex in timexes:
        if _WORD_CHARACTER.search(text, cursor, timex.start - sentence.start):
            return False
        cursor = max(cursor, timex.end - sentence.start)
    return _WORD_CHARACTER.search(text, cursor) is None


_WORD_CHARACTER: Final = re.compile(r"\w")
NAMES_REVEALED_MAX: Final = 8  # names a sentence that only names (A와 B였다) is read for
# Words that may open a scene's time told alone (그리고 어제(22일).), and the paragraph going on after it on its line.
# A sentence that says what the day just told was (… 처음 모델을 내보인 날이다, 두 팀이 짐을 싼 순간이었다).
_NEWS_OF_IT: Final = re.compile(r"[했됐었았였]다는\s+(?:소식|대목|기사|발표|뉴스|내용)")  # (… 탈락했다는 소식: news told)
_DAY_DESCRIBED: Final = re.compile(r"[가-힣]\s+(?:날|자리|순간)(?:이다|이었다|였다|이었죠|이죠|입니다|이었습니다|이기도\s*(?:하다|했다))[.!]?\s*$")
_SCENE_OPENING: Final = re.compile(r"(?:(?:그리고|이어|다시|마침내|드디어|이윽고)(?:\s+(?:마침내|드디어))?|같은\s*해|그\s*해)\s+")
_GOES_ON_IN_LINE: Final = re.compile(r"[ \t]*[^\s]")


# A day told alone on its line as a heading, in brackets or after a mark ([수요일(9일)], ◇ 12월 7일(월), 【10일】).
_DAY_LABEL_LINE: Final = re.compile(rf"\s*(?:{temporal.DAY_LABEL})\s*\([^()\n]+\)\s*")  # (첫째 날(11월 30일))
_SUBHEAD_MARKS: Final = "◇◆■□▶▷●○"
_DAY_HEADING_LINE: Final = re.compile(rf"\s*(?:\[[^\]\n]+\]|【[^】\n]+】|[{_SUBHEAD_MARKS}]\s*[^\n]+)\s*")
# (a heading's text, on the next lines: no other heading nor an item)
_PARAGRAPH_BELOW: Final = re.compile(rf"[ \t]*\n(?:[ \t]*\n)?[ \t]*(?=[^\s{_SUBHEAD_MARKS}▲△\-•·])")


def _line_alone(body: str, sentence: Sentence) -> bool:
    """Whether the sentence is a whole line of its own, a paragraph's text on the next line."""
    return ((sentence.start == 0 or body[sentence.start - 1] == "\n") and body.startswith("\n", sentence.end)
            and _GOES_ON_IN_LINE.match(body, sentence.end + 1) is not None)


def _opens_scene(body: str, sentence: Sentence, timexes: list[Timex]) -> bool:
    """Whether the sentence is only a scene's time (2026년 1월 15일 오후. 류 차관이 …, 그리고 어제(22일). …), with the
    paragraph going on after it on the same line."""
    opening = _SCENE_OPENING.match(sentence.text)
    return (len(timexes) == 1 and sentence.text.rstrip().endswith(".")
            and _only_dates(sentence, timexes, opening.end() if opening else 0)
            and _GOES_ON_IN_LINE.match(body, sentence.end) is not None)


# A time that names the noun after it (연말 행사를, 상반기 신제품은), no particle of its own between.
_TIME_OF_NOUN: Final = re.compile(r"\s+[가-힣A-Za-z]+(?<![에엔는은도중께])\s")
_ENDS_THEN: Final = re.compile(r"(?:\s*\([^()\n]{1,20}\))?\)?\s*(?:이|가)\s+(?:끝나면|지나면|마무리되면)\s")  # (연휴가 끝나면)
ENDS_THEN_REACH: Final = 32  # characters after a date within which its 끝나면 ends (a bracketed span between: 연휴(14~18일)가)
_FOR_NOUN_AFTER: Final = re.compile(r"\s+(?:[가-힣A-Za-z]+\s+){0,2}?[가-힣A-Za-z]+용\s")  # (연말 최종 평가용 …: what a thing is for)


def _holds_day_told_after(timex: Timex, timexes: list[Timex], clause: tuple[int, int]) -> bool:
    """Whether a day told after `timex` in its clause falls within it (연말 … 28일)."""
    held = _span_of(timex)
    if held is None:
        return False
    for other in timexes:
        if timex.end < other.start < clause[1] and len(other.value) >= len("2026-01-01"):
            day = _span_of(other)
            if day is not None and held[0] <= day[0] <= held[1]:
                return True
    return False


def _span_of(timex: Timex) -> tuple[date, date] | None:
    """The first and last day a timex covers, its range end and mod counted."""
    return temporal.span(timex.value.partition("T")[0], (timex.end_value or "").partition("T")[0] or None, timex.mod)


def _under_date_heading(body: str, timexes: list[Timex], day: Timex) -> list[Timex]:
    """An item's own times under a heading that gives its day (■ 6일(목) / - A, 평가(~7일), - B, 설명회(오후 2시)):
    none is kept when none tells another date, so that the item is on its heading's day (a longer time that holds it,
    the half or the year of what it tells of, the end of a span from it); an hour alone is kept, on that day."""
    if _around(timexes, day):
        return []
    kept = []
    for timex in timexes:
        if (timex.type != "TIME" and (_SCOPE_AFTER.match(body, timex.end) or _PROGRAM_AFTER.match(body, timex.end))
                and not _around([day], timex)  # (■ 이번 주 일정 / • 10일(수) A, 사업 설명회: a day within the heading's week)
                or _ends_span_from(body, timex, day)):
            continue  # (an hour is no program's time: 10:00 A, AI 컴퓨팅 자원 지원사업 설명회)
        if timex.type == "TIME" and temporal.granularity(day.value) == "day" and _CLOCK_ONLY.fullmatch(timex.text):
            kept.append(Timex(timex.start, timex.end, timex.text, timex.type, day.value + timex.value[len(day.value):],
                              timex.mod, timex.end_value, timex.direction))
        else:
            return timexes  # a date of its own
    return kept


_SPAN_END_MARK: Final = re.compile(r"[~∼～]\s*$")
_CLOCK_ONLY: Final = re.compile(alternation("day_part") + r"?\s*(?:\d{1,2}\s*시(?:\s*\d{1,2}\s*분|\s*반)?)?")  # (오후 2시, 정오)


def _ends_span_from(body: str, timex: Timex, day: Timex) -> bool:
    """Whether the time only ends a span that begins on the day (■ 30일 / - 평가(~12월 1일))."""
    span, start = _span_of(timex), _span_of(day)
    return (span is not None and start is not None and start[0] <= span[0]
            and _SPAN_END_MARK.search(body, max(0, timex.start - 3), timex.start) is not None)


def _around(timexes: list[Timex], day: Timex) -> bool:
    """Whether every timex is a longer time that holds the day."""
    inner = _span_of(day)
    if inner is None:
        return False
    for timex in timexes:
        outer = _span_of(timex)
        if outer is None or outer == inner or not outer[0] <= inner[0] <= inner[1] <= outer[1]:
            return False
    return True


class _Within:
    """The timexes, organizations and people inside a sentence, by bisecting sorted offsets."""

    def __init__(self, timexes: list[Timex], organizations: list[ActorMention], people: list[PersonMention]):
        self.timexes = sorted(timexes, key=lambda x: x.start)
        self.organizations = sorted(organizations, key=lambda x: x.start)
        self.people = sorted(people, key=lambda x: x.start)
        self.bounds = [([x.start for x in group], [x.end for x in group])
                       for group in (self.timexes, self.organizations, self.people)]

    def __call__(self, sentence: Sentence) -> tuple[list[Timex], list[ActorMention], list[PersonMention]]:
        (timex_starts, timex_ends), (org_starts, org_ends), (person_starts, person_ends) = self.bounds
        return (_inside(self.timexes, timex_starts, timex_ends, sentence),
                _inside(self.organizations, org_starts, org_ends, sentence),
                _inside(self.people, person_starts, person_ends, sentence))


Spanned = TypeVar("Spanned", Timex, ActorMention, PersonMention)


def _inside(items: list[Spanned], starts: list[int], ends: list[int], sentence: Sentence) -> list[Spanned]:
    """The items (sorted by start) that start inside the sentence and end in it too."""
    low = bisect_left(starts, sentence.start)
    high = bisect_left(starts, sentence.end, low)
    if low == high:
        return []
    for index in range(low, high):
        if ends[index] > sentence.end:  # rare: one runs past the sentence
            return [x for x in items[low:high] if x.end <= sentence.end]
    return items[low:high]


_QUOTED_LINE: Final = re.compile(r"^[ \t]*[\"“].*$", re.M)  # a line that opens with a quotation mark
_ATTRIBUTION: Final = re.compile(r"(?:이렇게|이같이|이와\s*같이)\s*(?:\S+\s+)?(?:말했|밝혔|설명했|강조했|전했|덧붙였|털어놨|떠올렸|회상했)")
# A facet in a list (`△평가 일정: 8월 4일~5일`) and a speaker's line in a transcript (`◆ 이연수: ...`).
# (a schedule's line is one too, a month's day its label: △8월 3~14일: 전문가 평가)
_FACET_BULLETS: Final = "△▲○□■◇◆ㅇ●◦▪·•※▶▷-"  # (the marks a facet line may open with)
_FACET_MARK: Final = rf"\s*[{re.escape(_FACET_BULLETS)}]?\s*"
_FACET: Final = re.compile(_FACET_MARK + r"(?:[가-힣A-Za-z][가-힣A-Za-z ]{0,11}|\d{1,2}월[\d\s~∼일초중말순]{0,10})\s*[:：]\s*\S")
# A speaker's label opening a line or a sentence: a name, perhaps an organization and a title, then : or = (◆ 이연수:,
# ▶김도윤 KAIST 교수=).
_SPEAKER_LABEL_PATTERN: Final = r"[ \t]*[◆◇■□●○▶▷\-]?[ \t]*([가-힣]{2,4})(?:[ \t]+[가-힣A-Za-z0-9·]{1,12}){0,3}?[ \t]*[:：=]"
_SPEAKER_LINE: Final = re.compile("^" + _SPEAKER_LABEL_PATTERN, re.M)
_TRANSCRIPT_TOLD: Final = re.compile(r"\s*(?:이번\s*|이\s*)?(?:좌담회?|대담|인터뷰|토론회?|간담회)(?:은|는)\s")  # (the gathering printed)
_SPEAKER_LABEL: Final = re.compile(_SPEAKER_LABEL_PATTERN)
# (김 교수(서울대): , ■ 류제명 제2차관 > , ▶A 대표=, as a roundtable labels it: who answers)
_ANSWER_LABEL: Final = re.compile(r"[^.?!\n:：>=]{1,40}?(?:[:：>]\s|=)")


def _answer_label_end(text: str) -> int:
    """Where the label of the one answering ends in a line of an answer (0 with none)."""
    label = _ANSWER_LABEL.match(text)
    return label.end() if label is not None else 0

_BROADCAST_SPEAKER: Final = re.compile(r"\s*(?:" + "|".join((*sentences_mod.HOST_WORDS, "리포터", "아나운서", "캐스터")) + r")\s*[:：]")
SPEAKER_LABEL_REACH: Final = 8  # (the speaker's name opens the label)
_TABLE_RULE: Final = re.compile(r"\|(?:\s*:?-{3,}:?\s*\|)+\s*")  # (|---|---|: the rule under a table's header)
_EMPTY_CELL: Final = " -–—·x×"  # (a cell that tells nothing: -, ×)
STAGE_COLUMNS_MIN: Final = 2  # columns with a time each that make a table's header one of times
_DAY_COLUMN: Final = re.compile(r"\s*([가-힣]{1,6})(?:일|일자|날짜)\s*")  # (| 선정일 |, | 발표 일자 |: the day of a selection, of a release)


def _table_cells(sentence: Sentence) -> list[tuple[int, int]]:
    """The (start, end) offsets in the body of a table row's cells (| A | B |: A's and B's)."""
    text = sentence.text
    bars = [number for number, char in enumerate(text) if char == "|"]
    return [(sentence.start + left + 1, sentence.start + right) for left, right in zip(bars, bars[1:])]


_TABLE_FACET: Final = re.compile(r"\|\s*([가-힣][가-힣A-Za-z ]{0,11}?)\s*\|\s*([^|\n]+?)\s*\|\s*")  # (a row of two cells)
# A facet that sets a deadline (□ 참가 신청: ..., ○ 접수 마감: ...): names after it belong to the event's own date.
_DEADLINE_FACET: Final = re.compile(_FACET_MARK + r"(?:참가\s*|사전\s*)?(?:신청|접수|등록|마감|모집|제출)[가-힣 ]{0,6}[:：]")
# The time of a notice's gathering (■ 일시: 12. 16.(수) 14:00), and the gathering told held before the notice's lines.
_TIME_LABELS: Final = frozenset(("일시", "일자", "날짜", "때", "시간", "언제"))
_GATHERING_TO_HOLD: Final = re.compile(rf"(['‘\"“][^'’\"”\n]{{1,40}}(?:{GATHERINGS})['’\"”]|(?:[^\s.'‘\"“]+\s+)?[^\s.'‘\"“]*(?:{GATHERINGS}))"
                                        r"\s*" + _HELD_IT.pattern)  # (a quoted name whole: 'AI 인재 포럼'을 연다)
BOX_OPENING_REACH: Final = 300  # characters before a box searched for the gathering it tells of
FACET_REACH: Final = 3  # sentences after `△대상: ...` within which the next dated facet concerns them


_ROLE: Final = r"[가-힣]{1,4}\s?(?:기관|부처|기업|업체|사업자)"  # a role an organization is told by (전담 기관, 주무 부처)
_ROLE_BEFORE: Final = re.compile(rf"(?<![가-힣])({_ROLE})인\s$")  # (전담 기관인 B)
ROLE_NAME_REACH: Final = 12  # characters a role takes before the name it is told of
_ROLE_AS_SUBJECT: Final = re.compile(rf"\s*({_ROLE})(?:은|는|이|가)\s")  # (전담 기관은)
_INTERVIEW_LABEL: Final = re.compile(r"^[ \t]*(?:\[(?:인터뷰|녹취|싱크)\][ \t]*)?([가-힣]{2,4})[ \t]*/[ \t]*([^\n]{2,40})$", re.M)


def _speaker_lines(body: str, people: list[PersonMention], registry: actors_mod.Registry
                   ) -> tuple[list[int], list[str], list[bool]] | None:
    """The starts of the lines a named person of an organization speaks (`◆ 이연수: ...`, `▶이연수 대표=...`), in order,
    that organization for each, and whether the speaker stands for it (a head or an official does; a professor or a
    researcher asked for a view does not); None when there are none."""
    if ":" not in body and "：" not in body and "=" not in body:
        return None
    known = {p.name: p for p in people if p.organization}
    starts, organizations, standing = [], [], []
    for match in line_matches(_SPEAKER_LINE, body):
        name = match.group(1)
        person = known.get(name)
        organization = person.organization if person else registry.people[name].org if name in registry.people else None
        if organization:
            starts.append(match.start())
            organizations.append(organization)
            standing.append(person is None or _EXPERT_TITLE.search(person.title or "") is None)
    return (starts, organizations, standing) if starts else None


_HEAD_MET: Final = re.compile(r"의?\s*(\S+?)(?:을|를|와|과)\s+(?:\S+\s+){0,4}?(?:만났|만나|인터뷰했)")
_TITLED_ONE_MET: Final = re.compile(r"(?:대표|총괄|원장|사장|회장|센터장|본부장|부문장|팀장|소장|리더|CEO|CTO)(?:을|를)\s+(?:만났|인터뷰했)")


_SIGN_OFF_MARKS: Final = " ~^👋🙂😊🙏✨"  # (what a line of speech may close with: a wave, a smile)
_SIGNING_MARKS: Final = "/=—–-· "  # (what may stand before a column's signature: /김하늘 B대 교수, — 김하늘)
_COURTESY_END: Final = re.compile(r"[요다][.!]?[" + re.escape(_SIGN_OFF_MARKS) + r"\s]*$")  # (a line ending in speech)
# A line that only greets or thanks, after a speaker's label (◆ 류제명> 네, 안녕하세요. / 진행자: 오늘 말씀 감사합니다.).
_COURTESY: Final = re.compile(r"^(?:[^\s>:：]{0,12}\s*[^\s>:：]{1,8}\s*[>:：]\s*)?(?:네[,.]?\s*)?(?:(?:오늘|지금까지|여기까지|바쁘신\s*데|"
                              r"말씀|시간\s*내\s*주셔서|나와\s*주셔서)\s*)*(?:고맙습니다|감사합니다|감사드립니다|수고하셨습니다"
                              r"|안녕하세요|안녕하십니까|반갑습니다"
                              r"|(?:다음\s*(?:주|달|호|시간)에?\s*|다음에\s*|내일\s*)?(?:또\s*)?(?:만나요|뵙겠습니다|만나겠습니다))[.!]?$")
# A correction of what a text said, as a day reported wrongly is told (…을 '세 팀'으로 적었으나 네 팀이 맞습니다).
_WRITTEN_WRONG: Final = re.compile(rf"(?:{temporal.CORRECTED_FROM.pattern})[^.!?]*?"
                                   r"(?:맞습니다|맞다|바로잡습니다|바로잡는다|정정합니다|정정한다)")
# A serial's word on when it comes back (다음 호는 8/7(금)에 찾아갑니다, 다음 회는 다음 주 화요일에 이어집니다): its own, no
# event of the story's.
_NEXT_ISSUE: Final = re.compile(r"(?:다음|다음번|다음\s*주)\s*(?:호|회|편|방송|레터|뉴스레터|연재|이\s*시간|시간)(?:는|은|에는|에서는|도)?\s+"
                               r"[^.!?]{0,30}?(?:찾아갑니다|찾아가겠습니다|찾아오겠습니다|찾아뵙겠습니다|이어집니다|이어가겠습니다"
                               r"|발송됩니다|나갑니다|돌아옵니다|돌아오겠습니다|전해\s*드리겠습니다|전하겠습니다)[.!]?$")
# A text's credit to a writer who is no reporter, alone on its line (글=김하늘 A 연구원; not 글=김하늘 기자).
_TEXT_CREDIT: Final = re.compile(r"^[ \t]*글\s*(?:·\s*사진)?\s*[=:]\s*((?:(?!기자)[^\n.!?]){2,30}?)[ \t]*$", re.M)
_ANSWERS_FOLLOW: Final = ("일문일답", "자주 묻는 질문", "묻고 답하기", "FAQ")  # (words telling that one's answers follow)
# Words telling that the writer answers the questions below (궁금증을 문답으로 정리했다, 쟁점을 짚어봤다): an
# explainer, whose answers are no one's, though the story named an official before them (브리핑은 B 차관이 맡았다).
_WRITER_ANSWERS: Final = ("궁금증", "문답으로", "짚어봤", "짚어본", "풀어봤", "풀어본", "알아봤", "알아본")
_MET_TO_ASK: Final = ("만났", "만나", "인터뷰", "대담", "일문일답")  # (… 만나 궁금증을 물었다: one answers)


# A same-time anaphor (같은 달 탈락한), the grain it keeps of the time it points to, and a past word after it.
_SAME_TIME_GRAIN: Final = {"같은 해": len("2026"), "같은 달": len("2026-01"), "같은 날": len("2026-01-15")}
SAME_ROOT_REACH: Final = 12  # characters after the anaphor that hold the word of what was done
_PAST_WORD_AFTER: Final = re.compile(r"\s*[가-힣]*(?:했|됐|었|았|였|[한된진던])(?:다|고|으며|지만|는데)?[\s,.]")
_EACH: Final = re.compile("각각")
_SUBJECT_BEFORE_EACH: Final = re.compile(r"(?:이|가|은|는)?\s*")  # (A와 B가 | 각각: the names' particle, then 각각 or the days)


def _each_paired(body: str, at: int, after_each: int, timexes: list[Timex], orgs: list[ActorMention]) -> list[tuple[Timex, ActorMention]]:
    """The days listed right after (or right before) the 각각 at `at`, each with its name of as many listed just before them
    (A와 B가 각각 4일과 5일, A, B는 3일, 10일에 각각); none when the counts differ."""
    after = [t for t in timexes if t.start >= after_each]
    upto = [t for t in timexes if t.end <= at]
    if after and not body[after_each:after[0].start].strip():
        days = _days_listed(body, after)
    elif upto and body[upto[-1].end:at].strip() in ("", "에", "에는"):
        days = _days_listed(body, upto[::-1])[::-1]
    else:
        return []
    told = min(at, days[0].start)
    before = [o for o in orgs if o.end <= told]
    if len(days) < 2 or not before or not _SUBJECT_BEFORE_EACH.fullmatch(body, before[-1].end, told):
        return []
    names = _listed_before(body, before)
    return list(zip(days, names)) if len(names) == len(days) else []


def _days_listed(body: str, days: list[Timex]) -> list[Timex]:
    """The first day and those listed right after it, or right before it when `days` runs backward (4일과 5일, 3일, 10일)."""
    run = days[:1]
    for day in days[1:]:
        left, right = (run[-1], day) if day.start > run[-1].start else (day, run[-1])
        if not _DATES_JOINED.fullmatch(body, left.end, right.start):
            break
        run.append(day)
    return run


def _interviewee(article: Article, people: list[PersonMention], organizations: list[ActorMention],
                 first_question: int, registry: actors_mod.Registry) -> list[str]:
    """The organization of the person interviewed: the one the headline names, else the last one
    named before the first question, else the last organization named there (루닛의 박도현 대표를), as when
    the text says questions and answers follow (다음은 일문일답). Empty when no person is named before the
    questions otherwise (an explainer in questions and answers)."""
    # (a headline's person of no organization, as a role read as one, [인터뷰] A사 모델 총괄, says nothing of who answers)
    titled = [p for p in actors_mod.find_persons(article.title, registry) if p.organization] if article.title else []
    if titled:
        return [p.organization for p in titled if p.organization][:1]
    opening = article.body[:first_question]
    if holds_any(opening, _WRITER_ANSWERS) and not holds_any(opening, _MET_TO_ASK):
        return []
    asked = [p for p in people if p.start < first_question]
    if not asked and holds_any(opening, _ANSWERS_FOLLOW):
        # (A는 20일 브리핑을 열었다. 다음은 일문일답.; A는 자주 묻는 질문을 28일 누리집에 올렸다: A answers)
        return [o.canonical for o in organizations if o.start < first_question][-1:]
    if not asked:  # (A의 대표를 만났다: a head interviewed unnamed is still the organization's voice)
        headed = [o.canonical for o in organizations if o.start < first_question
                  and (head := _HEAD_MET.match(article.body, o.end)) is not None
                  and head.group(1) in actors_mod.CORPORATE_TITLES][-1:]  # (else questions and answers of an explainer)
        if headed or not _TITLED_ONE_MET.search(opening):
            return headed
        # (A는 … 참여한다. 지난 8일 본사에서 B AI 총괄을 만났다: one met by a title, whose name was not found, speaks for
        # the body the story opened with as its topic)
        return [o.canonical for o in organizations if o.start < first_question
                and article.body.startswith(_SUBJECT_MARKS, o.end)][:1]
    if all(_EXPERT_TITLE.search(p.title or "") for p in asked):
        return []  # (■ 대담 : A 한국과학기술원 교수: an expert asked for a view answers for no body)
    return ([p.organization for p in asked if p.organization]
            or [o.canonical for o in organizations if o.start < first_question])[-1:]


def _words(text: str, base: int, orgs: Sequence[ActorMention] = ()) -> tuple[list[int], list[int], list[str | None]]:
    """Start, end (offsets into the body, closing punctuation left out) and clause role of each
    word of a sentence; a name among `orgs` with 하고 glued on (A하고 B가, spoken) is no verb."""
    starts: list[int] = []
    ends: list[int] = []
    words: list[str] = []
    position = 0
    # The words in 다 that nothing closes, before others: 이끌다 (-다가, and then), not 했다. or 했다"; nor a copula (이다,
    # 아니다) or a particle (때마다, 이에다), nor a verb told in a tense (한다, 했다, 없다: see _VERB_BEFORE_다는).
    unclosed_da: list[int] = []
    for word in text.split():
        start = text.find(word, position)
        position = start + len(word)
        closed = word.rstrip(CLOSING_PUNCT)
        if closed == word and word[-1:] == "다":
            unclosed_da.append(len(words))
        starts.append(base + start)
        ends.append(base + start + len(closed))
        words.append(closed)
    roles = [_role(word) for word in words]
    if orgs and "하고" in text:
        named_ends = {o.end + len("하고") for o in orgs}
        for index, word in enumerate(words):
            if word.endswith("하고") and ends[index] in named_ends:
                roles[index] = None
    if " 한 " in text:  # (심사에서 1위를 한 A: 하다 after its object, not 한 팀, 서버를 한 차례: one, counting)
        for index in range(1, len(words) - 1):
            if (words[index] == "한" and words[index - 1].endswith(_OBJECT_ENDINGS)
                    and not _COUNTED_BY_ONE.fullmatch(words[index + 1])):
                roles[index] = "adnominal"
    if "고," in text:  # (… 모아 B에 넘기고, 연말까지 …: a verb of an open stem in 고 before a comma, no noun in 고)
        for index, word in enumerate(words[:-1]):
            if (roles[index] is None and len(word) >= 3 and word.endswith("고") and text.startswith(",", ends[index] - base)
                    and "가" <= word[-2] <= "힣" and final_consonant(word[-2]) == 0 and not word.endswith(_NOUNS_IN_고)):
                roles[index] = "connective"
    if "고(" in text or "며(" in text:  # (두 팀이 떨어졌고(A·B), 2월엔 …: the connective's clause ends after the names it
        # brackets, whose word carries its role)
        for index, word in enumerate(words):
            opening = word.find("(")
            if opening > 0 and _role(word[:opening]) == "connective" and roles[index] is None:
                closing = next((j for j in range(index, min(index + BRACKET_WORDS_REACH, len(words)))
                                if text.find(")", starts[j] - base + (opening if j == index else 0),
                                             starts[j + 1] - base if j + 1 < len(words) else len(text)) >= 0), None)
                if closing is not None and roles[closing] is None:
                    roles[closing] = "connective"
    if " 내 " in text:  # (추가 공모를 내 상반기 중 …: 내다 joined on after its object, a clause of its own; not 기간 내)
        for index in range(1, len(words) - 1):
            if words[index] == "내" and words[index - 1].endswith(("을", "를")) and roles[index] is None:
                roles[index] = "connective"
    if "요," in text:  # (A가 통과했고요, B는 떨어졌어요: a connective said politely, not the sentence's end)
        for index, word in enumerate(words[:-1]):
            if roles[index] == "final" and word.endswith(_POLITE_CONNECTIVES) and text.startswith(",", ends[index] - base):
                roles[index] = "connective"
    for index in unclosed_da:
        if (index + 1 < len(words) and roles[index] == "final" and len(words[index]) > 1 and words[index][-2] not in "이니마에"
                and final_consonant(words[index][-2]) not in _VERB_BEFORE_다는):
            roles[index] = "connective"  # (네이버클라우드에서 인프라를 이끌다 지난 3월 회사를 떠났다: one clause, then the next)
    for index in range(len(roles) - 1):
        if roles[index] != "adnominal" and words[index + 1] not in _AFTER_VERB_ONLY:
            continue
        if _BEFORE_NOUN_OF_PLAN.match(words[index + 1]) and not (
                words[index + 1] == "데" and index + 2 < len(words) and words[index + 2].startswith(("대해", "대한", "대하여"))):
            roles[index] = None  # 발표할 예정이다: the clause goes on to 예정이다 (but A가 합류한 데 대해: a clause of its own)
        elif (words[index + 1] in _AFTER_NOUNS or words[index + 1] in _INSTEAD_WORDS) and not (
                index + 2 < len(words) and words[index + 2].startswith("날")):  # (… 탈락시키는 대신, …: instead, its own clause)
            roles[index], roles[index + 1] = None, "connective"  # 진행한 뒤: the clause ends after 뒤 (not 끝난 다음 날인: a day)
    if not _AFTER_A_TIME.isdisjoint(words):
        for index in range(1, len(words) - 1):
            if (roles[index] == "connective" and words[index] in _AFTER_A_TIME and _TIME_WORD_END.search(words[index - 1])
                    and roles[index + 1] is None):
                # (22일 이후 B와 계획을 밝힌다: after a time, one clause with what follows; but 지난 8월 이후 개발한 모델:
                # since then, what a clause of its own did)
                roles[index] = None
    if ("두고 " in text or "놓고 " in text) and _DEBATED.search(text):
        for index in range(1, len(words) - 1):
            if words[index] in _ABOUT_WORDS and words[index - 1].endswith(_OBJECT_ENDINGS):
                roles[index] = None  # (벤치마크를 두고 TTA와 학계가 토론한다: about what, no clause of its own)
    if "connective" in roles and _AUXILIARY.search(text):  # 고도화하고 있다고, 참여해 온: one predicate, not two clauses
        for index in range(len(words) - 1):
            if roles[index] == "connective" and _AUXILIARY.match(words[index][-1] + " " + words[index + 1]):
                roles[index] = None
    for index in range(1, len(words) - 1):  # (GPU를 지원받아 온 기존 팀들: the auxiliary's adnominal ends the clause)
        if roles[index] is None and words[index] in _AUXILIARY_ADNOMINALS and words[index - 1][-1:] in _OPEN_STEM_ENDS:
            roles[index] = "adnominal"
    return starts, ends, roles


_AUXILIARY_ADNOMINALS: Final = frozenset(("온", "간", "둔", "준"))  # (해 온, 맡아 간, 적어 둔, 열어 준: not 온 국민, one word)
_OPEN_STEM_ENDS: Final = frozenset("아어여해와워써봐줘둬놔쳐져혀려겨펴켜텨뎌")  # (the -아/-어 form an auxiliary verb follows)


# The nouns 한, one, counts, with a particle (한 차례, 한 달간, 한 번도): not 한 해외 기업, whose 한 is a verb's.
_COUNTED_BY_ONE: Final = re.compile(r"(?:차례|번|달|해|주|명|곳|팀|개|가지|건|대|장|마디|군데|사람|시간|분|쪽|걸음)"
                                    r"(?:간|째|씩|만|도|은|는|이|가|을|를|에|의|에는|에도|뿐)?[,.]?")


# What a debate is about (A를 두고, B를 놓고 … 논의한다): a postposition, not a verb closing a clause.
_ABOUT_WORDS: Final = frozenset(("두고", "놓고"))
_DEBATED: Final = re.compile(r"토론|토의|논의|논쟁|공방|설전|격론|이견|의견|갑론을박|신경전|질의|문답|머리를\s*맞")
# A connective ending before an auxiliary verb: -고 있다, -고 싶다, -고 말았다, -아/어/해 오다, 가다, 두다, 주다 ...
_AUXILIARY: Final = re.compile(r"고\s+(?:있|계시|싶|말았)|[해어아여]\s+(?:오|온|왔|와|가|갔|간|두|둔|뒀|놓|주|준|줬|버리|버렸|냈)")


def _in_relative_clause(text: str, end: int) -> bool:
    """Whether a date ending at `end` of `text` heads a relative clause (8월 다섯 팀으로 출발한 프로젝트)."""
    reach, conceded = RELATIVE_REACH, False
    for number, word in enumerate(text[end:end + 2 * RELATIVE_SEARCH].split()):
        if number == reach:
            break
        role = _role(word.rstrip(CLOSING_PUNCT))
        if word.endswith(_CONCESSIVE):
            reach, conceded = number + 1 + RELATIVE_REACH, True  # (통과하고도 정예팀에 들지 못했던 A: one clause up to 못했던)
        elif role == "adnominal" or role is not None and not conceded:
            return role == "adnominal"
    return False


_CONCESSIVE: Final = ("고도", "고서도")


RELATIVE_SEARCH: Final = 30  # characters after a date searched for its relative clause's verb


def _role(word: str) -> str | None:
    """The clause role of a word's ending: quote, final, connective, adnominal or None."""
    if word in _ROLES:  # words recur across articles
        return _ROLES[word]
    return remember(_ROLES, word, _role_of(word))


_ROLES: dict[str, str | None] = {}
BRACKET_WORDS_REACH: Final = 6  # words a bracket glued on a verb may run over (떨어졌고(A·B·C),)
# Nouns in 고 after an open syllable, which a comma may follow in a list (모집 공고, 사업 보고, 반도체 재고).
_NOUNS_IN_고: Final = ("공고", "광고", "보고", "신고", "재고", "창고", "사고", "원고", "경고", "최고", "투고", "예고", "제고",
                      "통고", "선고", "서고", "금고", "수고", "비고", "참고")
_DETERMINING_ADJECTIVES: Final = frozenset(("다른", "같은", "나머지", "여러", "모든"))
_CONJUNCTIONS: Final = frozenset(("그리고",))  # words that end like a connective and join no clause of their own
_INCLUDING: Final = frozenset(("포함한", "비롯한", "위시한", "포함해", "비롯해", "포함하여", "비롯하여", "포함해서"))
# Verbs in -어다/-아다, which fetch something for the verb after them (가져다 쓰다, 데려다 주다): not a sentence's end.
_FETCHING_FIRST: Final = frozenset(("가져다", "데려다", "빌려다", "받아다", "날라다", "옮겨다", "끌어다", "떼어다", "퍼다"))
_ONE_SYLLABLE_ADNOMINALS: Final = frozenset(("낸", "든", "쓴", "준", "둔", "뺀", "튼", "딴", "싼", "찬", "친", "푼", "끈"))  # (not 연, 본, 간: also nouns)
_BEFORE_VERB_보다: Final = "아어여켜펴다려쳐"  # the syllable before 보다 in a verb (살펴보다, 내다보다)
_POLITE_CONNECTIVES: Final = ("고요", "는데요", "은데요", "지만요", "면서요", "서요")
FINAL_SYLLABLES: Final = "다요죠"  # the last syllable of a sentence's final predicate (했다, 해요, 했죠)


def _role_of(word: str) -> str | None:
    if len(word) < 2 or not "가" <= word[-1] <= "힣":
        return "adnominal" if word in _ONE_SYLLABLE_ADNOMINALS else None  # (20일 낸 공고에는: a verb of one syllable)
    if QUOTATIVE_ENDING.search(word):
        return "quote"
    if word.endswith("보다") and len(word) > 2 and word[-3] not in _BEFORE_VERB_보다:
        return None  # 예정보다, 작년보다: "than", no predicate (살펴보다, 내다보다 are)
    if word in _FETCHING_FIRST:
        return None  # 가져다 쓴, 빌려다 놓은: one verb done with another, no clause of its own
    if word in _CONJUNCTIONS:
        return None  # (B, C, 그리고 2월 합류한 D와 함께: a list's "and", no verb's -고)
    if word in _DETERMINING_ADJECTIVES or word in _INCLUDING:
        # 8월 초 다른 세 팀과 함께: which teams, no clause of its own (nor a time of theirs); nor is 4일 A를 포함한 5개 팀을
        # 발표했다, who is among them
        return None
    if word[-1] in FINAL_SYLLABLES:
        return "final"
    if word.endswith(_NEUTRAL_ENDINGS):
        return None
    if _CONNECTIVE.search(word) or word[-1] == "자" and _SET_OFF_WORD.fullmatch(word):
        return "connective"  # (… 접수를 닫자 15개 컨소시엄이 몰렸다: what set off the rest, a clause of its own)
    if _ADNOMINAL.search(word):
        return "adnominal"
    return None


# The final consonants of the syllable before 다 in a verb told of a noun (한다는, 겠다는, 없다는): ㄴ, ㅄ, ㅆ.
_VERB_BEFORE_다는: Final = frozenset((4, 18, 20))


# A noun as the topic right before a date (… "재검증은 11일 마무리되고), and what gives a thing as a body's before it: its
# genitive, or a clause of its task (B의 성능 재검증이, B가 맡은 재검증), the thing one of the two words after it.
_TOPIC_BEFORE_DATE: Final = re.compile(r"(?<![가-힣])(?P<noun>[가-힣]{2,})(?:은|는)\s+$")
TOPIC_BEFORE_DATE_REACH: Final = 12
_OWNER_BEFORE_THING: Final = re.compile(r"(?:\([^()]{1,20}\))?(?:의|[이가]\s+(?:맡은|맡고\s+있는|진행하는|진행\s+중인|수행하는|벌이는))\s")
OWNER_TOLD_REACH: Final = 2  # sentences back a thing's owner may have been told

_SCHEDULED: Final = ("예정된", "예정인", "잡힌", "계획된")  # (a relative clause that only dates its head)
_STANDING_ROLES: Final = ("주관하는", "주최하는", "추진하는", "운영하는")  # (the role a relative clause gives, not an event)
# An occasion as the place of the main clause (… 2차 단계평가에는, … 발표회에서)
_OCCASION_OF_CLAUSE: Final = re.compile(r"(?:\s+[^\s,.]+){0,2}?\s+[^\s,.]+(?:에는|에서는|에서|에도|에)\s")


def _holiday_as_subject(body: str, timex: Timex) -> bool:
    """Whether a holiday is told as a clause's subject (설 연휴가, 추석 연휴는): the calendar's, no one's event."""
    return timex.text.endswith(_HOLIDAY_ENDINGS) and body.startswith(_SUBJECT_MARKS, timex.end)


def _dated(article: Article, sentence: Sentence, timexes: list[Timex], orgs: list[ActorMention],
           persons: list[PersonMention], fallback: list[str],
           agent: tuple[int, list[str]] | None = None, topic: str = "", authority: Sequence[str] = (),
           previous: Sequence[Mention] = (), earlier: Sequence[Mention] = (),
           authorities: frozenset[str] = frozenset(), going_on: Sequence[str] = (),
           government: Sequence[str] = ()) -> list[Mention]:
    """The mentions of a sentence with dates. `agent` is its named subject (where its word ends,
    its organizations): the dropped subject of a relative clause after it (과기정통부는 지난달
    진행한 공모 ...). `topic`: the question a sentence answers, which may name its event
    (언제까지 접수하나? 다음 달 12일까지다). `authority`: the ministry or agency named lately, the
    agent of a later clause whose subject is the event (..., 평가 결과는 8월 중 발표할 계획이다).
    `previous`: the mentions of the event just told, which an opening clause without a date of its
    own may go on with (이번 평가에는 A, B가 참여하며, 결과는 8월 중 발표된다); `earlier`: those told
    before them; `authorities`: the article's ministries and agencies; `going_on`: the subject the sentence
    before named, which a dated clause ahead of this sentence's named subject goes on with (우리는 ... 떠났다. 1월
    평가를 거쳤고, 2월에는 A가 합류했다: the 1st clause is ours); `government`: who 정부 is, for a later clause whose
    own subject it is."""
    body, published = article.body, article.published_at
    assert published is not None  # (extract reads only articles with a publication time)
    published_day = published.date().isoformat()
    if not orgs and fallback and _TURN_TOPIC.match(sentence.text):
        fallback = []  # (반전은 2028년에 일어났다: a turn the story frames, whose doers the sentences after it tell)
    if "없" in sentence.text:  # (지난달 마감된 공모의 신청 명단에 A는 없었다: one told absent takes no part in it)
        orgs = [o for o in orgs if not _TOLD_ABSENT.match(body, o.end, sentence.end)]
    if "시각" in sentence.text or "시간" in sentence.text:  # 현지 시각 10일(한국 시각 11일): one moment, told twice
        timexes = [t for t in timexes if not _RESTATED.search(body, max(sentence.start, t.start - RESTATED_REACH), t.start)]
        if _RESTATED_SENTENCE.match(sentence.text):
            timexes = []  # (... 16일(현지시간) 공개했다. 한국 시간으로는 17일 새벽이다: the same moment again)
        if not timexes:
            return []
    if len(timexes) > 1 and "까지" in sentence.text:
        timexes = [t for before, t in zip([None, *timexes], timexes) if before is None or not (
            _LASTS_UNTIL.match(body, t.end) and _BEGUN_THEN.fullmatch(body, before.end, t.start))]
    if len(timexes) > 1 and ("막을" in sentence.text or "폐막" in sentence.text):
        # (학회가 6일 샌디에이고에서 개막해 12일 막을 내렸다: the span's close, as the gathering's days; at its opening)
        timexes = [t for before, t in zip([None, *timexes], timexes) if before is None or not (
            _CLOSED_THEN.match(body, t.end) and (opened := _BEGUN_THEN.search(body, before.end, t.start)) is not None
            and opened.end() == t.start)]
    starts, ends, roles = _words(sentence.text, sentence.start, orgs)
    for timex in timexes:  # a word of a date is no predicate (올해 and 지난해 end like 해, a connective)
        index = bisect_left(starts, timex.start)
        while index < len(starts) and ends[index] <= timex.end:
            roles[index] = None
            index += 1
    ending = {end for end, role in zip(ends, roles) if role in _CLAUSE_ENDING_ROLES} | {sentence.end}
    if len(timexes) > 1 and "목표로 " in sentence.text:  # (9월 상장을 목표로 | 29일 거래소에 심사를 청구했다: the goal's, then the act's)
        ending |= {sentence.start + goal.end() for goal in _GOAL_PHRASE.finditer(sentence.text)}
    if len(timexes) > 1 and ", " in sentence.text:  # 첫 평가는 올해 연말, 최종 2개 팀은 2027년에 남는다: a clause left
        # unfinished after its date, then another topic
        ending |= {comma.end() for timex in timexes[:-1] if (comma := _PARALLEL_TOPIC.match(body, timex.end)) is not None}
    if any(mark in sentence.text for mark in _STEP_MARKS):  # 6월 20일 공모 → 8월 4일 선정, ①6월 공모 ②8월 선정: each step a clause of its own
        # (but not the arrows of an order, (A → B → C 순), A → B 순으로 발표한다: who goes when, in one event)
        orders = [order.span() for order in _ORDER_CHAIN.finditer(sentence.text)] if "순" in sentence.text else []
        ending |= {sentence.start + step.start() for step in _STEP.finditer(sentence.text)
                   if not any(first <= step.start() < last for first, last in orders)}
    bounds = sorted(ending)
    chaining = {end for end, role in zip(ends, roles) if role == "connective" and body[end - 1] not in _SEPARATE_TIME_ENDS}
    # (A하면서 B를 탈락시킨 데 이어, 20일 C를 ...: what came before the next clause is no part of its time; with no date of
    # its own after -면서, it is the time before)
    followed_on = {end for start, end in zip(starts, ends) if end in chaining and _FOLLOWED_ON.search(body, max(0, start - 4), end)}
    chaining -= followed_on
    # (-면서, while: what follows with no date of its own is of the same time; 2025년 6월 20일 A가 공고를 내면서 시작된
    # 사업이 지난 22일 …: not what has a date of its own)
    simultaneous = {end for end, role in zip(ends, roles) if role == "connective" and body.endswith("면서", 0, end)}
    timex_starts = [t.start for t in timexes]
    plans: list[tuple[Timex, tuple[int, int], bool, list[ActorMention], tuple[int, int]]] = []
    outcome_after_call: tuple[int, int, str] | None = None
    for timex in timexes:
        before = bisect_right(bounds, timex.start)
        if before and bounds[before - 1] in chaining and bisect_left(
                timex_starts, bounds[before - 2] if before >= 2 else sentence.start) == bisect_left(timex_starts, bounds[before - 1]):
            before -= 1  # 모티프는 추가 공모를 거쳐 20일 합류했다: a clause without a date of its own leads into this one
        clause_start = max(sentence.start, bounds[before - 1]) if before else sentence.start
        if timex is timexes[-1] and before and not body[timex.end:sentence.end].strip() and _CAPTION_DATE.search(sentence.text):
            clause_start = sentence.start  # (… 체험하고 있다. 2025.12.30: a caption's date is the whole caption's)
        clause_end = bounds[bisect_left(bounds, timex.end)] if timex.end <= bounds[-1] else sentence.end
        own_end = clause_end
        while (clause_end in chaining or clause_end in simultaneous) and clause_end < bounds[-1]:
            following = bounds[bisect_right(bounds, clause_end)]
            if bisect_left(timex_starts, clause_end) != bisect_left(timex_starts, following):
                break  # the next clause has a date of its own
            if clause_end in simultaneous and (followed_on and following not in followed_on or _THE_TEAMS_ARE.match(body, clause_end)):
                break  # (A가 합류하면서 정예팀은 A, B, C 4곳이 됐다: who the teams are now, not who was at it)
            clause_end = following  # 평가를 거쳐 A를 최종 선정했다: the clause goes on to the predicate it leads into
        if timex.end_value is not None and timex is not timexes[-1] and _TOLD_ON_DAY_AFTER.match(body, clause_end):
            # (8일부터 31일까지 신청을 받아 심사를 거쳐 A 등 12곳을 선정했다고 10일 밝혔다: the call's span is not the
            # outcome's time, which has none but the day it is told)
            taken = _APPLICATIONS_TAKEN_THEN.match(body, timex.end, clause_end)
            split = taken.end() if taken is not None else own_end
            if (split < clause_end and (taken is not None or event_type(body[timex.end:split]) == "call")
                    and bisect_left(timex_starts, split) == bisect_left(timex_starts, clause_end)  # (no time of its own)
                    and (outcome_kind := event_type(body[split:clause_end])) in OUTCOME_TYPES):
                outcome_after_call, clause_end = (split, clause_end, outcome_kind), split
        if body[clause_end - 1] == "자" and clause_end < bounds[-1]:
            following = bounds[bisect_right(bounds, clause_end)]
            named_in_clause = any(clause_start <= o.start < clause_end for o in orgs)
            if bisect_left(timex_starts, clause_end) == bisect_left(timex_starts, following) and (
                    not named_in_clause and (_EVENT_SET_OFF.search(body, timex.end, clause_end)
                                             # (7월 21일 접수를 마감하자 A, B 등 15개 컨소시엄이 몰렸다: who came by the close)
                                             or (closed_off := _CALL_CLOSED_SET_OFF.search(body, timex.end, clause_end)) is not None
                                             and closed_off.end() == clause_end
                                             and any(clause_end <= o.start < following for o in orgs))
                    # (6월 말 A가 컨소시엄을 떠나자 B가 빈자리를 채웠다: one named doing what the other set off, right then)
                    or named_in_clause and any(clause_end <= o.start < following and _SUBJECT_AFTER_NAME.match(body, o.end)
                                               for o in orgs)):
                clause_end = following  # (8월 말 결과가 나오자 A 대표는 … 적었다: who reacted then, with no date of their own)
        first = bisect_left(starts, timex.end)  # the words after the date, inside its clause
        reach = min(first + (1 if body.startswith("까지", timex.end) else RELATIVE_REACH), len(starts))  # (연말까지 ... 지원하는 모델을 완성한다: not relative)
        modifiers = sum(1 for i in range(first, reach) if body[starts[i]:ends[i]] in _NOUN_MODIFIERS)
        reach = min(reach + modifiers, len(starts))  # (연말 첫 공개 발표회에서 모델을 선보인: 첫 and 공개 are one phrase with it)
        concessive = next((i for i in range(first, reach) if body.endswith(_CONCESSIVE, starts[i], ends[i])), None)
        if concessive is not None:  # (지난해 통과하고도 정예팀에 들지 못했던 A: one clause up to 못했던)
            reach = min(concessive + 1 + RELATIVE_REACH, len(starts))
        # A date marked as the topic frames the main clause; no relative clause holds a topic
        # (2일에는 게임에 특화한 모델을 공개했다: the release is on the 2nd), as does a scene's time told before the sentence.
        framing = timex.start == timex.end or body.startswith(_TOPIC_MARKS, timex.end) and body[timex.end + 2:timex.end + 3].isspace()
        # (a date compared with heads no clause: 지난달 30일보다 나흘 이른 26일, whose verb is the later day's)
        framing = framing or "보다" in body[timex.end:timex.end + 4] and _COMPARED_WITH.match(body, timex.end) is not None
        # (A와 B는 각각 지난 8일과 9일 개선된 모델을 공개했다: days told respectively are the main verb's, each its name's)
        framing = framing or "각각" in body[clause_start:timex.start] and _RESPECTIVE_DAYS_BEFORE.search(
            body, clause_start, timex.start) is not None
        adnominal = None if framing else next((i for i in range(first, reach) if ends[i] <= clause_end and roles[i] == "adnominal"), None)
        if adnominal is None and not framing:
            compound = first
            while (compound < len(starts) and compound - first < COMPOUND_NOUN_MAX and roles[compound] is None
                   and not body.endswith(_ANY_PARTICLE, starts[compound], ends[compound])
                   and not any(c.isdigit() for c in body[starts[compound]:ends[compound]])  # (1차, 두 팀: a count, its own phrase)
                   and not any(starts[compound] <= o.start < ends[compound] for o in orgs)
                   and not any(t.start < ends[compound] and starts[compound] < t.end for t in timexes)):
                compound += 1
            # (지난해 독자 AI 파운데이션 모델 정예팀 선발에서 떨어진 A: bare nouns are one name of a thing, and the outcome
            # after it is the date's)
            adnominal = next((i for i in range(first, min(reach + compound - first, len(starts)))
                              if ends[i] <= clause_end and roles[i] == "adnominal"
                              and body.endswith(_PAST_ADNOMINAL_ENDINGS, starts[i], ends[i])), None) if compound > first else None
        if adnominal is None and reach < len(starts) and (
                any(body.endswith(_NEUTRAL_ENDINGS, starts[i], ends[i]) for i in range(first, reach))
                or reach > first and body.endswith(_OBJECT_ENDINGS, starts[reach - 1], ends[reach - 1])):
            # 통해, 위해 and the like do not count (2월 추가 공모를 통해 합류한), nor does the object of the verb, one phrase
            # with it (8월 2차 평가에서 1위를 차지한 A, 고배를 마신 B): one word further
            adnominal = reach if ends[reach] <= clause_end and roles[reach] == "adnominal" else None
        if (adnominal is not None and (body.startswith("부터", timex.end) or _past_adnominal(body[starts[adnominal]:ends[adnominal]]))
                and body[ends[adnominal] - 1] not in _NOT_PAST_ADNOMINAL
                and (days := _span_of(timex)) is not None and days[0] > published.date()):
            adnominal = None  # (이달 15일부터 배분받은 GPU를 쓸 수 있다: a time to come that starts something is no past clause's;
            # nor is one before a verb told done, 내년 1월 중순 살아남은 두 팀과 협약을 맺는다, 다음 달 B와 만든 모델을 낸다)
        if adnominal is not None and (body.endswith(_STANDING_ROLES, starts[adnominal], ends[adnominal]) or body.endswith(
                _SCHEDULED, starts[adnominal], ends[adnominal]) and _OCCASION_OF_CLAUSE.match(body, ends[adnominal])):
            # (8월 초 예정된 2차 평가에는 A와 함께 나간다: the occasion of the main clause, dated, but not 예정된 평가의
            # 기준; 20일 과기정통부가 주관하는 사업에 선정됐다: a standing role, no event at the date before it)
            adnominal = None
        if (adnominal is not None and adnominal + 1 < len(starts) and roles[adnominal] == "adnominal"
                and _WHEN_NOUN.fullmatch(body, starts[adnominal + 1], ends[adnominal + 1])):
            adnominal = None  # (지난해 8월 사업을 시작할 때 원칙을 세웠다: a clause of when, the main clause's time)
        if adnominal is not None and any(mark in body[timex.end:starts[adnominal]] for mark in OPENING_QUOTES):
            adnominal = None  # (13일 "지난 8월 탈락한 A가 …"고 지적했다: no clause inside the words is the telling's)
        if (adnominal is not None and (earlier_time := _EARLIER_TIME_WORD.search(body, timex.end, starts[adnominal])) is not None
                and body[timex.end:earlier_time.start()].strip()):
            # (5월 28일, 한 번 떨어졌던 A가 다시 뽑혔다: a clause of an earlier time of its own, not the date's; but 22일 이전에
            # 선정된 팀: the date's, before it)
            adnominal = None
        if (adnominal is not None and body.endswith(_TOPIC_ENDINGS, clause_start, timex.start)
                and any(timex.end <= o.start < starts[adnominal] and body.startswith(("이 ", "가 "), o.end) for o in orgs)
                and (days := _span_of(timex)) is not None and 0 <= (published.date() - days[0]).days <= LEAD_DAY_REACH):
            # (A는 7일 B가 낸 이의신청을 기각했다, told on the 7th: the news's day right after its topic is the main clause's;
            # the clause with a subject of its own after it has none)
            adnominal = None
        if adnominal is not None:
            verb_end = ends[adnominal]
            heads = _heads(body, verb_end, orgs)
            if not heads:  # (21일 마감된 접수에 이름을 올렸던 A, B: a relative clause inside one that modifies the names)
                # (… 평가에서 기준을 충족하지 못해 탈락한 A: a connective leads on into the verb that modifies the names)
                outer = next((i for i in range(adnominal + 1, min(adnominal + 1 + NESTED_REACH, len(starts)))
                              if roles[i] not in (None, "connective") or body[ends[i] - 1] in _PHRASE_TOPIC_ENDS), None)
                # (its clause may end at the connective that leads into it: … 충족하지 못해 | 탈락한 A)
                nested_end = bounds[bisect_right(bounds, clause_end)] if clause_end in chaining and clause_end < bounds[-1] else clause_end
                # (not past a quotation's end: "8월 초로 예정된 평가 규정을 어긴 적이 없다"며 "평가를 맡은 B에도 …")
                if (outer is not None and roles[outer] == "adnominal" and ends[outer] <= nested_end
                        and not _QUOTE_MARK.search(body, verb_end, starts[outer])):
                    heads = _heads(body, ends[outer], orgs)
                    verb_end = ends[outer] if heads else verb_end
            if not heads and (result := _RESULT_OF.match(body, verb_end)) is not None:
                heads = _heads(body, result.end(), orgs)  # (20일 발표한 심사 결과 A가 선정됐다: A's is the 20th)
                if heads and agent is not None and agent[0] <= timex.start and body.startswith(_TOGETHER_MARKS, heads[-1].end):
                    # (A는 15일 발표된 평가 결과 B, C와 함께 진출이 확정됐다: A went through it with them)
                    heads = [o for o in orgs if o.canonical in agent[1] and o.end <= timex.start] + heads
                if heads:  # (… 결과 A가 통과했고 B는 탈락했다: the outcome's later clauses, with no date of their own, are of it too)
                    listed_end = heads[-1].end
                    until = next((t.start for t in timexes if t.start > listed_end), sentence.end)
                    heads += [o for o in orgs if listed_end < o.start < until and _SUBJECT_AFTER_NAME.match(body, o.end)]
            # (… or the names: 20일 공모에 지원한 A와 B 가운데 A를 선정했다)
            if (pool := _POOL_HEAD.match(body, verb_end) if not heads else _POOL_AFTER_NAMES.match(body, heads[-1].end)) is not None:
                # (25일 심사를 통과한 10개 팀 가운데 A, B는: theirs is the 25th; not 20일 지원한 두 곳 가운데 A를
                # 선정했다, where the day is the choosing's)
                picked = _heads(body, pool.end(), orgs)
                # (26일 평가에 나선 A, B, C 가운데 한 팀은 …: all of them, whom the clause tells of; the one picked unnamed)
                unnamed_pick = not picked and bool(heads) and _UNNAMED_PICK.match(body, pool.end()) is not None
                heads = picked if picked and _SUBJECT_AFTER_NAME.match(body, picked[-1].end) else heads if unnamed_pick else []
            # (A가 4일 열린 '부산 AI 서밋'에서 시연했다: what was held is the occasion, where A acts in the main clause)
            held_where = _held_at(body, timex.start, verb_end)
            region = (timex.start if held_where else _relative_start(body, timex, orgs, clause_start), verb_end)
            if pool is not None and not heads and not _POOL_HEAD.match(body, verb_end):
                plans.append((timex, (clause_start, clause_end), False, [], (clause_start, clause_end)))  # (the choosing's)
            else:
                plans.append((timex, region, True, heads, (clause_start, clause_end)))
        else:
            plans.append((timex, (clause_start, clause_end), False, [], (clause_start, clause_end)))
    mentions = []
    corrected: tuple[str, list[str]] | None = None  # the event of a day reported wrongly (see temporal.CORRECTED_TO)
    opening_orgs = [o for o in orgs if o.start < bounds[0]]
    if (previous and opening_orgs and bounds[0] <= timexes[0].start and bounds[0] not in chaining and bounds[0] not in followed_on
            and body[sentence.start:bounds[0]].rsplit(None, 1)[-1] not in _AFTER_NOUNS
            and (_CONTINUES.match(sentence.text) and (_at_that_time(sentence.text)
                                                      or _of_topic_told(body[sentence.start:bounds[0]], previous[-1].event_type))
                 or _names_event_of(body[sentence.start:bounds[0]], previous[-1].event_type)
                 # (… 12월 최종 평가에서 A와 B를 남겼다. C는 그 자리에서 내려왔고, 앞서 8월에는 …: at the occasion just told)
                 or _THERE_AND_THEN.search(body, sentence.start, bounds[0]) is not None)
            # (한편 B는 현황을 매달 점검하고 있으며, 다음 점검은 오는 10일이다: what recurs has no one day to go on with)
            and not (holds_any(body[sentence.start:bounds[0]], _RECURRING_MARKS)
                     and _RECURRING.search(body, sentence.start, bounds[0]))
            # (… 2차 평가에 올랐다. A 대표는 "모델을 따로 공개할 계획"이라며 "상반기 중 …"고 말했다: a plan in one's words
            # is still to come, no part of what was told)
            and _PLAN_IN_WORDS.search(body, sentence.start, bounds[0]) is None):
        opening_start = sentence.start + (mark.end() if (mark := _BULLET.match(sentence.text)) else 0)
        opening = Sentence(opening_start, bounds[0], body[opening_start:bounds[0]])  # the first clause: no date of its own
        mentions += _with_evidence(sentence, _continuation(article, opening, previous, opening_orgs,
                                                           [p for p in persons if p.start < bounds[0]]))
    interiors = [region for _, region, relative, _, _ in plans if relative]
    # (15일 평가를 통과한 A, B, C 가운데 두 팀만 연말 …: the pool a dated clause told of, none of it the main clause's)
    pooled = {id(head) for _, _, relative, heads, _ in plans if relative and heads and _POOL_AFTER.match(body, heads[-1].end)
              for head in heads}
    # 지원 대상은 A, B 두 팀이며, 6월부터 연말까지 지원한다: the targets named first take part in the clause that dates it
    targets = [o for o in orgs if o.start < bounds[0]] if "대상" in sentence.text and _TARGETS_FIRST.match(sentence.text) else []
    recalling = holds_any(sentence.text, _RECALLING)  # (a quick test before _RECALLED)
    passing = holds_any(sentence.text, _PASSING)  # (a quick test before _PASSED_CONTENT)
    failing = holds_any(sentence.text, _FAILED_MARKS)  # (a quick test before _FAILED_PARTIES)
    supposing = holds_any(sentence.text, _SUPPOSING_MARKS)  # (quick tests before _IF_SO and _IF_SO_PLAIN)
    supposing_plainly = supposing and holds_any(sentence.text, _SUPPOSING_WORDS)
    respective = _respectively(body, plans, orgs) if len(plans) > 1 else {}
    experts = persons and any(_EXPERT_TITLE.search(p.title or "") for p in persons)
    dropped = agent is not None and agent[0] == sentence.start  # the agent is a subject the sentence leaves out
    # (13일 업계에 따르면 전날 마감한 공모에는 A가 신청했다: the day of the telling is no main clause's; the relative
    # clause's date dates the sentence)
    cites = "따르면" in sentence.text
    correcting = "바로잡" in sentence.text
    governing = None  # where the word 정부 ends as the sentence's subject (as an agent's place)
    if agent is None and government and "정부" in sentence.text:
        subject_kind, subject_place = _subject(body, sentence, [], [])[1:]
        governing = subject_place[1] if subject_kind == "government" and subject_place is not None else None
    market_day = cites and len(timexes) == 1 and _MARKET_CLOSE.search(sentence.text) is not None
    has_main = any(not relative and not (cites and not market_day and _CITED_ON.match(body, timex.end)) for timex, _, relative, _, _ in plans)
    # (A는 20일 열린 B 회의에 과제를 제안했다고 27일 밝혔다: a main clause that only tells the day of telling leaves what was
    # told to the occasion's date)
    telling_only = has_main and all(relative or _follows_telling(sentence.text, timex.start - sentence.start)
                                    for timex, _, relative, _, _ in plans)
    # (a clause dated only inside, B는 5일 … 열리는 행사에 참가한다, is no clause without a date to share another's)
    dated_starts = {clause[0] for _, _, _, _, clause in plans}
    # NC AI는 12일 마감된 추가 공모에 신청하지 않았다: the call closed on the 12th, without NC AI
    sentence_kept_out = (not has_main and holds_any(sentence.text, _STAYED_OUT_MARKS)
                         and _STAYED_OUT.search(sentence.text) is not None)
    main_days = {timex.start for timex, _, relative, _, _ in plans if not relative and len(timex.value) >= 10}
    weighing_after_if = holds_any(sentence.text, _WEIGHING_WORDS)  # (a quick test before _IF_THEN_WEIGHED)
    judging = holds_any(sentence.text, _JUDGMENT_NOUNS)  # (a quick test before _JUDGED_TO_MATTER)
    # A schedule moved (8일에서 15일로 연기했다): the date given up stays a plan, the new one is no frame of it.
    moved = [temporal.moved_from(body, t.end) for t in timexes]
    weighed_by_measure = holds_any(sentence.text, _MEASURE_WORDS) and _CONSIDERED_END.search(sentence.text) is not None
    # (법안은 내년부터 매년 3000억 원을 기금으로 쌓도록 했다: what a bill provides, at its time, is no event)
    provision = holds_any(sentence.text, _PROVISION_MARKS) and _PROVISION_TOPIC.match(sentence.text) is not None
    # (올해 바우처로 모델을 쓴 기업은 120곳이다: a count of those who did, no event of any)
    tally = _TALLY_END.search(sentence.text, max(0, len(sentence.text) - TALLY_REACH))
    answered = _claim_answered(body, sentence, orgs) if "다는" in sentence.text else None
    # ("일본 매출이 올해 처음으로 국내 매출을 넘어설 것": a figure foreseen, as one aimed at, is no event)
    foreseen_figure = _FIGURE_FORESEEN.search(sentence.text) if "것" in sentence.text or "전망" in sentence.text else None
    # (… 하반기부터 추론 수요가 본격화할 것으로 내다봤다: how a market will go, foreseen, is no event either)
    foreseen_market = _MARKET_FORESEEN.search(sentence.text) if "것으로" in sentence.text else None
    titles = [(sentence.start + m.start(), sentence.start + m.end()) for m in _TITLE.finditer(sentence.text)
              if not m.group(1).endswith(("다", "요", "죠"))] if holds_any(sentence.text, _TITLE_OPENINGS) else []
    for number, (timex, (start, end), relative, heads, clause) in enumerate(plans):
        if (len(timexes) > 1 and _quoted_at(body, timex.start) and (quote_end := _QUOTE_MARK.search(body, timex.end, sentence.end))
                and _STATE_SAID.search(body, timex.end, quote_end.start())):
            continue  # (관계자는 13일 "지난해에는 준비가 덜 됐었다"며 …: how things stood then, said, no event of that time)
        if ("않" in sentence.text or "못" in sentence.text) and _DESCRIBED_NOT_DONE.search(body, timex.end, sentence.end):
            continue  # (B는 지난해 본 공모에는 참여하지 않았던 신생 스타트업이다: what one is described as not having done)
        if (relative and "않" in body[timex.end:end] and _NOT_DONE_RELATIVE.search(body, timex.end, end)
                and event_type(body[timex.end:end]) == "other"):
            continue  # (설 연휴에도 쉬지 않았던 개발팀은 …: what was not done then, told of those who go on, is no event of it)
        if (((_NO_EVENT_AFTER_DATE.match(body, timex.end) and not ("T" in timex.value and _AS_OF.match(body, timex.end))
              or _MATERIAL_OF_TIME.match(body, timex.end) and (days := _span_of(timex)) is not None and days[0] <= published.date()
              or cites and len(timexes) > 1 and _CITED_WITH_OWNER.match(body, timex.end)
              or body.startswith("자", timex.end) and _ISSUE_OF_PAPER.match(body, timex.end)
              and not any(_ISSUED_BY.fullmatch(body, o.end, timex.start) for o in orgs)
              or correcting and _RELEASE_PUT_OUT.match(body, timex.end)
              or tally is not None and timex.start < sentence.start + tally.start()
              and not (holds_any(sentence.text, _WHEN_WORDS) and _WHEN_CLAUSE.search(body, timex.end, sentence.start + tally.start()))
              or foreseen_figure is not None and (foreseen_figure.start() <= timex.start - sentence.start < foreseen_figure.end()
                                                  # (내년 매출이 … 늘 것으로 본다: the year of the figure, right before it;
                                                  # a quarter's figures are the quarter's news, 1분기 매출이 늘어날 것으로)
                                                  or len(timex.value) == len("2026")
                                                  and not body[timex.end:sentence.start + foreseen_figure.start()].strip())
              or foreseen_market is not None and timex.end <= sentence.start + foreseen_market.start()
              and len(body[timex.end:sentence.start + foreseen_market.start()].split()) - (not body[timex.end].isspace())
              <= MARKET_WORDS_REACH  # (its particle glued on, 2분기부터, is no word between)
              or len(timex.value) < len("2026-01-01") and _THING_OF_TIME_COMPARED.match(body, timex.end))
             and not (market_day and timex is timexes[0]))
                or provision and _PROVISION_AFTER.match(body, timex.end)
                or titles and any(a <= timex.start < b and not (timex.start == a + 1 and body[timex.end:b - 1].strip() in _TIME_QUOTED_ENDS)
                                  for a, b in titles)  # (a time quoted alone, '2027년 상반기'로 예고됐다, is the time)
                and not (correcting and (temporal.CORRECTED_FROM.match(body, timex.end) or temporal.CORRECTED_TO.match(body, timex.end)))):
            continue  # (nor does a year in a title: '2025년 AI 산업 실태조사' 결과를 발표했다, unless a day quoted to correct it,
            # '8월 3일'로 보도했으나; but an hour things are told as
            # of is in the day they are told of: 이날 오전 10시 기준 A는 4% 내렸다)
        if number and temporal.span_end_alone(body, timex.start) and body.rfind("(", max(0, timex.start - 3), timex.start) >= 0:
            continue  # 1일(화) = 평가 시작(~14일): the end, in brackets, of what the date before starts, no event of its own
        if (not relative and len(timex.value) < len("2026-01-01") and _TIME_OF_NOUN.match(body, timex.end)
                and _holds_day_told_after(timex, timexes, clause)):
            continue  # (연말 개발자 행사를 28일 연다: the time the event is named by; the day told after it is its date)
        if body.find("면", timex.end, timex.end + ENDS_THEN_REACH) >= 0 and _ENDS_THEN.match(body, timex.end):
            continue  # (설 연휴(14~18일)가 끝나면 곧바로 평가가 이어진다: the time after which it comes, not its own)
        if (timex.text.startswith("그") and timex.text.endswith("까지") and holds_any(body[timex.end:end], _RECURRING_MARKS)
                and _RECURRING.search(body, timex.end, end)):
            continue  # (8월 초 평가를 받는다. B는 그 전까지 현황을 매달 점검한다: what recurs up to then has no one day)
        if (not relative and len(timex.value) < len("2026-01-01") and _FOR_NOUN_AFTER.match(body, timex.end)
                and any(timex.end < t.start < clause[1] for t in timexes)):
            continue  # (연말 최종 평가용 3.0 버전을 11월 내놓는다: the time of what the thing is for; the release is the 11th month's)
        if (not relative and "않" in body[timex.end:sentence.end]
                and (later := next((t.start for t in timexes if t.start > timex.end), None)) is not None
                and (told := _NOT_DONE_TOLD.search(body, timex.end, later)) is not None
                and body[told.end():later].strip() in ("", "지난", "이날")
                # (not a time of its own clause before it: 지난해 선발 때 고배를 마신 A는 … 참여하지 않겠다고 이날 밝혔다)
                and not any(tense_patterns()[0].search(word) == "past" for word in body[timex.end:told.start()].split())):
            continue  # 상반기 공모에 도전하지 않기로 23일 결정했다: what is not done has no day; the deciding has the 23rd
        if number and body.find("여부", timex.end, timex.end + WHETHER_REACH) >= 0 and _WHETHER_OF.match(body, timex.end):
            continue  # 연말까지 ... 내년 본사업 여부를 정한다: after the decision's own date, the date of the matter (but 25일
            # 선정 여부를 발표한다: the day it is told)
        if (weighing_after_if and (condition := _IF_THEN_WEIGHED.search(body, timex.end, sentence.end)) is not None
                and bisect_left(timex_starts, condition.start()) == bisect_right(timex_starts, timex.start)):
            continue  # (내년 공고가 나오면 검토하겠다: a time of the condition, weighed, no event)
        weighed = _NOT_AN_EVENT_AFTER.search(body, timex.end, end) or (  # (배점을 조정할지 다음 달까지 검토한다: weighing only)
            body.find("지", max(sentence.start, timex.start - 8), timex.start) + body.find("여부", max(sentence.start, timex.start - 8), timex.start) > -2
            and _MATTER_BEFORE.search(body, max(sentence.start, timex.start - 8), timex.start) and _WEIGHING_AFTER.match(body, timex.end))
        if (weighed and body.startswith("방안", weighed.start()) and _WEIGHED_NOW.match(body, weighed.end())
                and not _EACH_TIME.match(body, timex.end) and not body.startswith(("로 ", "으로 "), timex.end)
                and (days := _span_of(timex)) is not None and days[1] >= published.date()
                and ((verb := hangul_word_before(body, weighed.start() - 1)).endswith("는") or _role(verb) == "adnominal")):
            weighed = None  # (내년 상반기 가중치를 외부에 공개하는 방안도 검토한다: the date is of the plan weighed, which is planned)
        if (weighed and not inside_quotation(body, sentence.start, weighed.start())
                and not (len(timex.value) >= 10 and _WEIGHED_THEN.match(body, weighed.end()))):
            continue  # (what someone is quoted weighing leaves the day they said it; weighing done on a day is an event of
            # that day: 지난 21일 회의를 열어 재도전 여부를 논의했다)
        following = bisect_right(timex_starts, timex.start)
        if (following < len(timexes) and timexes[following].start < clause[1]
                and ((landmark := _LANDMARK_BEFORE.search(body, timex.end, timexes[following].start))
                     and not (_NUMBERED_DAY.search(timex.text) and _DONE_ON_IT.search(body, timex.end, landmark.start()))
                     # (not a day a clause of its own closes before it: 24일 이같이 밝히며, … 행사 전날인 3일)
                     and "," not in body[timex.end:landmark.start()]
                     # (nor the telling's day before words quoted: 25일 "협약 체결 직후인 3월 둘째 주부터 …")
                     and not holds_any(body[timex.end:landmark.start()], OPENING_QUOTES)
                     or timex.text.endswith("만") and body[timex.end:timexes[following].start].strip() == "인"  # (1년 만인 20일)
                     or timexes[following].start - timex.end <= 1 and timexes[following].text in _DAY_ANAPHORS)):
            continue  # 추석 연휴가 끝난 직후인 28일, 한글날 전날: a landmark of the day after it, no event (but a day told by
            # its number, with what happened on it, is an event's day: 30일 발표를 마친 … 사흘 뒤인 3일)
        if timex.text.endswith(_HOLIDAY_ENDINGS) and _AFTER_LANDMARK.match(body, timex.end):
            continue  # 추석 연휴 뒤에 내놓는다: some day after the holiday, not on it
        if _holiday_as_subject(body, timex) or number and _holiday_as_subject(body, timexes[number - 1]) and (
                body[timexes[number - 1].end:timex.start] in _SUBJECT_MARKS):
            continue  # 설 연휴가 14일부터 시작되는 만큼: the calendar's, as its subject, and the day it begins; no one's event
        if len(timex.value) < 10 and not (number and moved[number - 1]) and (
                ((_TIME_TOPIC.match(body, timex.end)
                  or len(timex.value) == 4 and (_ROUND_OF_YEAR.match(body, timex.end) or _THING_OF_YEAR.match(body, timex.end)))
                 and _frames_a_day(timex, timexes, (timex.end, end)))
                or (not relative and _frames_a_day(timex, [t for t in timexes if t.end <= timex.start and t.start in main_days
                                                           and not _DATES_JOINED.fullmatch(body, t.end, timex.start)],
                                                   clause) and not _all_quoted(sentence, [timex])
                     and not ((timex.direction == "future" or timex.direction == "present" and _SUBJECT_PARTICLE.search(
                         body, timexes[number - 1].end if number else timex.start, timex.start) is not None)
                              and temporal.SAID_THEN.search(body, timex.end, sentence.end)))):
            # 이번 주에는 A가 28일 간담회를 연다, A는 21일 부산 행사를 끝으로 올해 설명회를 마무리했다, 2027년 1차 공모를
            # 다음 달 5일부터 받는다: the week, the year is where the day stands, the day dates the event (not a plan's time
            # said on that day: 2일 브리핑에서 이달 중 발표하겠다고 밝혔다; 29일 새 서비스가 4분기부터 출시된다고 설명했다)
            continue
        if supposing and (_IF_SO.search(body, timex.end, max(end, clause[1]))
                          or supposing_plainly and _IF_SO_PLAIN.search(body, timex.end, max(end, clause[1]))):
            continue  # 만약 연말 … A와 B가 선정된다면, …: what a supposition supposes is no event
        if len(timex.value) == 4 and (budget := _BUDGET_OF_YEAR.match(body, timex.end)) and not (
                body.startswith("서", budget.end()) and temporal.direction_after(body, timex.end)[0] == "future"
                or "추" in budget.group() and len(budget.group().split()) <= 2 and timex.value == published_day[:4]):
            continue  # 내년 ... 사업 예산으로 2100억원을 편성했다, 내년도 … 예산이 통과했다: the budget's year, not the day it was
            # set (but 내년 추경에서 다시 요청하겠다: an act ahead, in that year's budget; and 올해 추경에 반영한다: a
            # supplementary budget is set within its year)
        if timex.text.endswith("학년도") and _PROGRAM_AFTER.match(body, timex.end):
            continue  # (2027학년도 전기 신입생을 모집한다: the school year the intake is for, never the call's time)
        if (len(timex.value) < 10 and not (len(timex.value) == 7 and timex.mod)  # (a month's end is no plan's period:
                # 8일 협약을 맺고, 같은 달 말 추진계획을 공개한다; nor is a time told as within it, 상반기 중 계획을 확정한다)
                and not timex.text.endswith(("중", "까지", "안에", "내"))
                and ((scope := _SCOPE_AFTER.match(body, timex.end))
                     # (not a month's: 올해 3월 독자 AI 모델 3단계 사업 공고를 낸다 is March's)
                     or temporal.granularity(timex.value) != "month" and (scope := _PROGRAM_AFTER.match(body, timex.end)))
                and (timex.direction == "past" and scope.re is _SCOPE_AFTER or _dated_by_another(scope.re is _PROGRAM_AFTER,
                    timex, [t for t in timexes if quotation_opening(body, sentence.start, t.start) == quotation_opening(
                        body, sentence.start, timex.start)], scope.end()))
                and (temporal.span(timex.value.partition("T")[0], None, timex.mod) or (date.max,))[-1] >= published.date()):
            continue  # 하반기 추진 일정을 공개했다, 다음 달 초 2027년 업무계획을 발표한다: the plan's period, not the day it is told
        if not relative and holds_any(sentence.text, _WATCHED_MARKS) and _WATCHED.search(body, timex.end, sentence.end):
            continue  # 업계는 올 초부터 A의 약진을 눈여겨보고 있다: watching is no event
        if "에서" in sentence.text and (figure := _FIGURE_AT_TIME.match(body, timex.end)) is not None and (
                figure.group(2) == "에서" or _FIGURE_FROM.search(body, sentence.start, timex.start) is not None):
            continue  # (비율은 지난해 11%에서 올해 23%로 올랐다, 격차가 지난해 말 9개월에서 올해 9월 4개월로 줄었다: a figure's
            # points in time, no event; but 비중을 내년 30%로 늘릴 계획이다: a target set for a time)
        if (len(timex.value) >= 10 and timex.value[:10] < published_day and (guess := _SUPPOSED.search(sentence.text))
                and timex.end <= (guessed := sentence.start + guess.start()) and not any(timex.end <= t.start < guessed for t in timexes)):
            # 업계는 A가 이미 20일 통보를 받은 것으로 보고 있다: a guess about the past, no event (but A는 27일 심사를
            # 청구했는데, 결과는 내년 2월 나올 것으로 본다: the guess is of the later date)
            continue
        if ((foreseen := _FORESEEN.search(body, timex.end, sentence.end)) and not _told_by_authority(agent, authority, orgs)
                and (temporal.span(timex.value.partition("T")[0], None, timex.mod) or (date.min,))[0] > published.date()
                and not (agent is not None and agent[1] and not any(agent[0] < o.start and o.canonical not in agent[1] for o in orgs)
                         and not (all(name.endswith(_ANALYST_ENDINGS) for name in agent[1])
                                  and _FORECAST_SUBJECT.search(body, timex.end, foreseen.start())))):
            continue  # 증권사는 A가 내년 1분기부터 ... 가져갈 것으로 내다봤다: an outsider's forecast, nobody's plan (but 회사는
            # 7월 중 결과를 받을 것으로 예상한다: what one expects of its own way ahead)
        if holds_any(body[timex.end:sentence.end], _HOPE_MARKS) and (
                hoped := _HOPED_FOR.search(body, timex.end, max(end, clause[1]))) and (
                _ANOTHER_SUBJECT.search(body, timex.end, hoped.start()) or hoped.group().startswith("되")
                or _WISHER_THEN_SUBJECT.search(body, sentence.start, timex.start)):
            continue  # "8월 평가에서 좋은 결과가 나오길 기대한다": a wish for what others bring about, no event of the one wishing
            # (so is one told in the passive: "1월 이전에 확정되길 바란다", and one whose doer comes before its day: 필자는
            # 정부가 1월 중 지원책을 내놓기를 바란다)
        if judging and _JUDGED_TO_MATTER.search(body, timex.end, sentence.end):
            continue  # (see _JUDGED_TO_MATTER)
        if "전망" in sentence.text and _OUTLOOK_JUDGED.match(body, timex.end):
            continue  # (see _OUTLOOK_JUDGED)
        if (body.startswith(" 이", timex.end) and _SINCE_POINT.match(body, timex.end)
                and (temporal.span(timex.value.partition("T")[0], None, timex.mod) or (date.max, date.max))[1] < published.date()):
            continue  # (… 4개 팀이 나와 지난 1월 이후 고도화한 모델을 선보인다: the time since which it was worked on, no
            # event of its own)
        if (holds_any(sentence.text, _RECOUNTED_NOUNS) and not any(o.start > timex.start for o in orgs)
                and _RECOUNTED.search(body, timex.end, sentence.end)):
            continue  # (그는 지난해 여름 다섯 팀이 뽑힌 뒤 올해 초 두 팀이 빠진 과정을 짚었다: the days of what one recounts,
            # no one named in it; the recounting is at the day the story tells; but 4일 … 수집 과정을 설명하고 있다: the
            # day of the telling, no clause of its own before the noun)
        if (holds_any(sentence.text, _GUESS_VERBS) and _view_of_others(sentence.text)
                and _FIGURES_MOVED.search(body, timex.end, sentence.end) and _GUESSED_END.search(sentence.text)):
            continue  # (증권가에서는 A가 하반기 … 실적을 끌어올릴 것으로 본다: onlookers' guess at figures, no one's event)
        # (a relative clause's guess too: 내년 ... 도전할 가능성도)
        if ((guess := _REPORTED_GUESS.search(body[timex.end:max(end, clause[1])])) is not None
                and not _NEEDED_FIRST.search(body, timex.end, timex.end + guess.start())
                # (A는 1월과 8월 평가에서 1위를 차지한 바 있어 … 유력하다는 관측이 나온다: a deed told done, the guess's ground)
                and not _DONE_AS_GROUND.search(body, timex.end, timex.end + guess.start())
                and not (relative and (temporal.span(timex.value.partition("T")[0], None, timex.mod)
                                       or (date.max, date.max))[1] < published.date())
                # (but a relative clause of days gone by is a fact the guess stands on: 지난 8월 … 1위를 차지한 A가
                # 유리하다는 관측이 나온다)
                # (a correction notice: what it says it wrote before was never so, 10월에 열린다고 적었으나, …)
                or (_CORRECTION_TITLE.search(article.title or "") and _WRITTEN_BEFORE.search(body, timex.end, sentence.end)
                    and not temporal.CORRECTED_FROM.match(body, timex.end))  # (but a day the notice puts right, as below)
                or (denied := _DENIED_REPORT.search(body[timex.end:sentence.end])) is not None
                and not _DENYING.search(body, timex.end, min(clause[1], timex.end + denied.start()))
                # (…가 내년 상반기 열리는 정부의 공모에 도전한다는 보도에 대해 해명했다: the call is no part of what is denied)
                and not _ADNOMINAL_BEFORE_CLAIM.search(body, timex.end, timex.end + denied.start())
                and not temporal.CORRECTED_FROM.match(body, timex.end)  # (the day reported, which a later one puts right)
                # (A는 9일 … 미뤄진다는 보도는 사실이 아니라고 밝혔다: the day right after the topic is its telling's, a day
                # gone by; not A는 내년 3월 …한다는 보도에 대해 …: what was reported)
                and not (_DENIAL_TOLD_END.search(sentence.text) and (days := _span_of(timex)) is not None
                         and days[1] <= published.date() and any(
                    _TOPIC_RIGHT_BEFORE.fullmatch(body, o.end, timex.start) for o in orgs if o.end <= timex.start))
                or "수도" in body[timex.end:end] and _MAYBE.search(body, timex.end, end)):  # (... 줄일 수도 있다: a possibility)
            continue
        own_interiors = [] if relative else [iv for iv in interiors if not (iv[0] <= timex.start < iv[1])]
        low, high = (start, end) if relative else clause
        in_clause = respective.get(timex.start) or [o for o in orgs if low <= o.start < high and not _no_party(body, o)
                                                    and not _step_passed_before(body, o, timex.start)
                                                    and (relative or id(o) not in pooled)]
        next_topic_day = next((t for t in timexes if timex.end < t.start < high and body.startswith(_DAY_AS_TOPIC, t.end)), None) if (
            not relative and body.startswith(_DAY_AS_TOPIC, timex.end) and timex.start not in respective) else None
        if next_topic_day is not None:
            # (첫날엔 개막식이, 둘째 날엔 A와 B의 세션이 열린다: the names after the next day set as a topic are that day's,
            # and the first day's part has a subject of its own)
            in_clause = [o for o in in_clause if o.start < next_topic_day.start]
        elif (not relative and timex.start not in respective and body.startswith(_DAY_AS_TOPIC, timex.end)
              and any(low <= t.start < timex.start and body.startswith(_DAY_AS_TOPIC, t.end) for t in timexes)):
            in_clause = [o for o in in_clause if o.start > timex.start]  # (16일에는 A가, 17일에는 B가: B's alone)
        if not relative and in_clause and timex.start not in respective and (later_day := next(
                (t for t, _, later_relative, _, _ in plans if not later_relative and timex.end < t.start < in_clause[-1].start
                 and t.value != timex.value), None)) is not None and _clause_closes(body, timex.end, later_day.start):
            # (한국은 2025년 8월 다섯 팀으로 출발해 … 지난달 A와 B를 남겼다: the names after a later day a clause closed before
            # are that day's)
            in_clause = [o for o in in_clause if o.start < later_day.start]
        if (not relative and in_clause and timex.start not in respective
                and (inner_day := next((t for t in timexes if timex.end < t.start < in_clause[-1].start), None)) is not None
                and (came_before := _CAME_BEFORE_END.match(body, in_clause[-1].end, sentence.end)) is not None
                and not any(in_clause[-1].end <= t.start < came_before.start() for t in timexes)):
            # (이날 토론회는 지난 15일 A와 B가 탈락한 뒤 마련됐다: the names of the clause of what came before, its own day's)
            in_clause = [o for o in in_clause if not inner_day.start < o.start < came_before.start()]
        if not relative and "컨소시엄" in body[low:high]:
            # (지난 8월 탈락한 A 컨소시엄 참여사 B가 … 다음 달 15일 …: A is only the clause's, and whose B is)
            in_clause = [o for o in in_clause if not _consortium_a_clause_modifies(body, o)]
        # The time a clause recalls, told with its own subject (그는 ... 5곳이 선정됐을 때를 떠올리며), is not the
        # one recalling it's.
        recall = _RECALLED.search(body, timex.end, clause[1]) if recalling else None
        recalled = recall is not None and _OWN_SUBJECT.search(body, timex.end, recall.start()) is not None
        if (not recalled and passing and (passed_days := _span_of(timex)) is not None and passed_days[0] > published.date()
                and _PASSED_CONTENT.match(body, timex.end)):
            recalled = True  # (위원회는 내년부터 … 지원하는 방안을 의결했다: the time of what was passed, not the passing body's)
        if recalled:
            in_clause = [o for o in in_clause if o.start > timex.start]
        if (not relative and body.find("통해", timex.end, timex.end + CHANNEL_REACH) >= 0
                and _TELLING_CHANNEL.match(body, timex.end) and QUOTATIVE_ENDING.search(body, low, high)):
            # (A는 21일 공시를 통해 B와 계약을 맺었다고 밝혔다: the day of the telling; the partner is at the deal's own day)
            in_clause = [o for o in in_clause if o.start < timex.start or not body.startswith(("와 ", "과 "), o.end)]
        # (… 18일 이같이 밝히며, B 대표가 21일 C 차관과 만나 …: those named after a later date, in a clause of its own, are
        # that date's)
        people = [p for p in persons if low <= p.start < high
                  and not any(timex.end <= t.start < p.start and "," in body[timex.end:t.start] for t in timexes)]
        moving = _MOVING_TO_POST.search(body, timex.end, clause[1]) is not None
        if moving:
            people = []  # (이 원장은 9월부터 미시간대 교수로 돌아간다: a post at another body, not the one the title named)
        # (who acts where the clause names nobody; in a correction, the paper that corrects: 마감일을 '11일'로 잘못 적었기에)
        acting_for = fallback if not correcting and not moving else []
        governed_at = -1  # where 정부 stands as the subject of the date's clause, when it is its doer (see below)
        if next_topic_day is not None and acting_for and set(acting_for) <= {o.canonical for o in orgs
                                                                            if o.start > next_topic_day.start}:
            acting_for = []  # (… 둘째 날엔 A와 B의 세션이 열린다: the other day's names, not a subject of the first's)
        # (정부는 9일과 10일 …: the days joined to the one before have its subject)
        first_joined = timex
        for joined_timex in reversed([t for t in timexes if t.end <= timex.start]):
            if not _DATES_JOINED.fullmatch(body, joined_timex.end, first_joined.start):
                break
            first_joined = joined_timex
        government_from = max(clause[0], first_joined.start - GOVERNMENT_BEFORE_REACH)
        if (government and not relative and holds_any(body[government_from:first_joined.start], GOVERNMENT_WORDS)
                and (governing_here := _GOVERNMENT_BEFORE.search(body, government_from, first_joined.start)) is not None
                and (agent[0] < governing_here.start() and not set(agent[1]) & set(government) if agent is not None
                     else governing is None)
                and not _FOREIGN.search(body, max(sentence.start, governing_here.start() - FOREIGN_REACH), governing_here.start())):  # (일본 정부는)
            # (A 대표는 2일 "정부가 22일께 발표한다고 들었다"고 말했다: the date's clause is the government's; who tells
            # of it, before, takes no part)
            in_clause = [o for o in in_clause if o.start > governing_here.start()]
            people = [p for p in people if p.start > governing_here.start()]
            # (… "정부가 2월까지 내놔야 한다"고 했다: a demand, what nobody has set out to do)
            acting_for = [] if _OBLIGED.search(body, timex.end, clause[1]) else list(government)
            governed_at = governing_here.start()
        if going_on and agent is not None and not relative and clause[1] <= agent[0] - 1 and not dropped and (
                not any(clause[0] <= o.start < clause[1] for o in orgs)):
            acting_for = list(going_on)  # a clause ahead of the subject, with a date of its own: the subject before
        elif (agent is not None and not relative and clause[1] <= agent[0] - 1 and not dropped
              and not any(clause[0] <= o.start < clause[1] for o in orgs)
              and any(clause[1] <= t.start < agent[0] and body.startswith(("에는 ", "엔 ", "에 "), t.end) for t in timexes)):
            # (공개 2주 만에 50만 건을 넘겼고, 10월에는 일본 B가 채택했다: the subject is of the later clause, whose time
            # it is told in; the first clause is none of B's)
            acting_for = []
        elif ((going_on or authority) and agent is None and not relative and clause[1] < sentence.end
              and not any(clause[0] <= o.start < clause[1] for o in orgs)
              and _COUNTED_SUBJECT.search(body, clause[1], sentence.end) is not None
              and not _COUNTED_SUBJECT.search(body, clause[0], clause[1]) and not _SUBJECT_PARTICLE.search(body, clause[0], timex.start)):
            # (정부가 공모를 낸 것은 6월이다. 7월 21일 접수를 닫자 15개 컨소시엄이 몰렸다: the closing is the one before's, or the
            # authority's)
            acting_for = list(going_on or authority)
        elif (going_on and agent is None and not relative and clause[0] == sentence.start and clause[1] < sentence.end
              and not in_clause and not acting_for and not _SUBJECT_PARTICLE.search(body, clause[0], clause[1])
              and _SUBJECT_PARTICLE.search(body, clause[1], sentence.end) and body[clause[0]:clause[1]].rstrip(" ,").endswith(_BUT_ENDINGS)):
            # (A가 … 15일로 미뤘다. 당초 이달 초 공개할 예정이었지만 점검이 길어졌다: the first clause has no subject of its
            # own, and the later one, set against it, has another; the first goes on with the one before)
            acting_for = list(going_on)
        elif (not relative and clause[0] == sentence.start and clause[1] < sentence.end and not in_clause and orgs
              and not _SUBJECT_PARTICLE.search(body, clause[0], clause[1]) and body[clause[0]:clause[1]].rstrip(" ,").endswith(_BUT_ENDINGS)
              and all(any(clause[1] <= t.start < o.start for t in timexes) for o in orgs)):
            # (… 세 팀의 싸움으로 좁혀졌다. 지난해 8월 다섯 팀으로 출발했지만 올해 1월 A와 B가 짐을 쌌다: those named after a
            # later date are that date's; the first clause goes on with the one before, if anyone)
            acting_for = list(going_on)
        elif (not relative and clause[0] > sentence.start
              and (government and "정부" in body[clause[0]:timex.start] or not in_clause)):
            # A later clause's own subject: 네 팀은 8월 평가를 받으며, 정부는 연말까지 ...; or one whom no name tells, who
            # takes nobody the story named (A는 6월 모델을 내놨고, 일본 정부는 지난해 말부터 …)
            _, own_kind, own_span = _subject_before_date(body, clause[0], timex)
            if government and own_kind == "government":
                acting_for = list(government)
            elif not acting_for:
                if not in_clause and (pointing := _CLAUSE_POINTING_BACK.match(body, clause[0], timex.start)) is not None:
                    # (빈자리는 2월 A가 메웠지만 이 팀도 8월 …: the one the clause before told as its subject, though the
                    # sentence's topic is no organization)
                    acting_for = _subjects_before(body, orgs, sentence.start, clause[0], pointing.group("count") is not None)
            elif not in_clause and own_kind == "other" and own_span is not None and _body_of_others(body, own_span):
                acting_for = []
            elif not in_clause and own_kind in ("other", "anaphor") and own_span is not None and (pointed_by_name := [
                    o.canonical for o in orgs if o.end <= clause[0] and len(noun := body[own_span[0]:own_span[1]].strip()) >= 2
                    and o.text.endswith(noun)]):
                acting_for = pointed_by_name[-1:]  # (A는 6일 B진흥원에 신고했고, 진흥원은 9일 …: the one its short name points back to)
            if (not in_clause and own_kind == "other" and _GIVEN_PASSIVELY.search(body, timex.end, clause[1])
                    and event_type(body[timex.end:clause[1]]) == "funding"):
                # (A는 2월 뽑혔지만 GPU는 5월 말에야 배정됐다: what is given, told as the subject, goes to the topic too)
                acting_for = list(dict.fromkeys([*acting_for, *[o.canonical for o in orgs
                                                                if o.start < clause[0] and body.startswith(("은 ", "는 "), o.end)][-1:]]))
        if (acting_for and not relative and (timex is not timexes[0] and QUOTATIVE_ENDING.search(body, low, high)
                                             or _all_quoted(sentence, [timex]))
                and _press_telling(orgs, acting_for)):
            acting_for = []  # 블룸버그는 7일 ... 8월 평가가 시험대가 될 것이라고 보도했다: the press tells, it takes no part
            # (nor in what it quotes: A는 "올해 1월 … 줄어든 경쟁이 …"고 썼다)
        if (not relative and "대해" in body[timex.end:high] and (about := _ABOUT_A_DEED.match(body, timex.end)) is not None
                and any(timex.end <= o.start < about.end() and _SUBJECT_AFTER_NAME.match(body, o.end) for o in in_clause)):
            # (하 수석은 지난 20일 A가 합류한 데 대해 "…"고 평가했다: the day of the deed remarked on, with a subject of its
            # own, not the remark's; the one remarking speaks at a day of its own)
            in_clause = [o for o in in_clause if o.start > timex.start]
            people, acting_for = [p for p in people if p.start > timex.start], []
        if (experts or _JUDGED_TIME.match(body, timex.end) or _UNAFFECTED_TIME.match(body, timex.end)) and _all_quoted(sentence, [timex]):
            # (… 수석은 "결과가 나오는 다음 주가 분수령"이라고 말했다: a time judged, no event of the speaker's; so is one
            # told unaffected, "결과 발표일인 18일에는 영향이 없다")
            # An expert's forecast (김 교수는 "8월 평가에서는 ... 가를 것"이라고 말했다) is no event of the
            # expert's: only those named inside the quotation take its date.
            spoken = temporal.without_quotes(sentence.text)
            in_clause = [o for o in in_clause if not spoken[o.start - sentence.start:o.end - sentence.start].strip()]
            people, acting_for = [], []
        if len(in_clause) > 1 and ("관련" in body[low:high] or "대해" in body[low:high]):
            # (A는 B가 최종 팀에 선정된 것과 관련해 … 7월 적용한다고 밝혔다: B is of what the clause is about, not of July)
            in_clause = [o for o in in_clause if not ((about := _ABOUT_CLAUSE.match(body, o.end)) and about.end() <= timex.start)]
        if (in_clause and in_clause[0].kind == "media" and not relative and _all_quoted(sentence, [timex])
                and not _all_quoted(sentence, [in_clause[0]])):
            in_clause = [o for o in in_clause if o.kind != "media"]  # (A는 "올해 1월 … 줄어든 경쟁이 …"고 썼다: it quotes)
        elif in_clause and in_clause[0].kind == "media" and not relative and QUOTATIVE_ENDING.search(body, low, high):
            # 블룸버그는 16일 ...탈락시켰다고 보도했다: the report's day (a later date is of what it reports: 7일 ... 8월 평가가
            # 시험대가 될 것이라고 보도했다)
            # (로이터는 과기정통부가 이날 A를 탈락시켰다고 전했다: the date after the subject of what is reported is its own)
            reported = any(in_clause[0].end <= t.start < timex.start for t in timexes) or any(
                o.kind != "media" and _SUBJECT_AFTER_NAME.match(body, o.end) for o in in_clause[1:] if o.end <= timex.start)
            in_clause = [o for o in in_clause if (o.kind == "media") != reported]
        elif (len(in_clause) > 1 and not relative and body.startswith(("은 ", "는 "), in_clause[0].end)
              and in_clause[0].end < timex.start  # (… 통과하면서 … 연장하게 됐다고 설명했다: told at the end of a later clause)
              and (QUOTATIVE_ENDING.search(body, low, high) or _TOLD_FACT.search(body, low, high)
                   or high < sentence.end and _QUOTATIVE_WORD.search(body, high, sentence.end))
              and (any(_TOLD_SUBJECT_AFTER.match(body, o.end) for o in in_clause[1:] if o.end < timex.start)
                   or _told_when(body, timex, in_clause[1:], high))):
            in_clause = in_clause[1:]  # SK텔레콤은 리벨리온이 지난달 ... 납품했다고 전했다 (... 오른 점을 소개했다): the teller is not in what it tells
        elif (in_clause and not relative and in_clause[-1].start > timex.start and timex.start not in respective
              and (QUOTATIVE_ENDING.search(body, low, high) or _FORESEEN.search(body, timex.end, high))
              and any(timex.end <= other.start < high and other.value != timex.value for other in timexes)):
            # 이날 브리핑에서 A에 배정된 GPU를 이달 말까지 회수하겠다고 밝혔다: the first date is the telling's, and
            # what is told has a date of its own, with whom it names
            in_clause = [o for o in in_clause if o.start < timex.start]
        elif (in_clause and not relative and not body.startswith("부터", timex.end) and _ONGOING_TOLD.search(body, max(low, high - 12), high)
              and not ((days := _span_of(timex)) is not None and days[0] > published.date())):
            # 28일 간담회에서 B와 함께 고도화하고 있다고 설명했다: B is in what goes on, not at the 28th (but 이달 초부터 B에
            # 배분하고 있다고 5일 밝혔다: B is in what goes on since then; nor 내년 상반기 B로부터 … 들여오는 협상을 진행 중이라고
            # 보도했다: a time ahead is of what the talks are about, with B)
            in_clause = [o for o in in_clause if o.start < timex.start]
        if in_clause and holds_any(sentence.text, OPENING_QUOTES) and inside_quotation(body, sentence.start, timex.start):
            # (… 관계자는 "A와 B가 참여를 약속했다"며 "내년에는 …"이라고: who is named in other words is not; nor when
            # those hold a date of their own: "9월 심사 일정은 그대로"라며 "B에 3일 서류를 냈다")
            in_clause = [o for o in in_clause if not _quoted_apart(body, sentence, o.start, [timex])]
            if any(_quoted_at(body, o.start) and _SUBJECT_AFTER_NAME.match(body, o.end) for o in in_clause):
                # (B 관계자는 "A가 지난 3월에야 GPU를 받았다"고 말했다: what the words tell of another is that one's; the
                # speaker only says so)
                in_clause = [o for o in in_clause if _quoted_at(body, o.start)]
        if (not relative and len(timexes) > 1 and in_clause and holds_any(sentence.text, OPENING_QUOTES) and not _quoted_at(body, timex.start)
                and any(_quoted_at(body, t.start) for t in timexes)):
            # 한 의원은 13일 "지난 8월 탈락한 A가 …"고 지적했다: who is named in words with a time of their own is at that time
            in_clause = [o for o in in_clause if not _quoted_at(body, o.start)]
        if not relative and len(timexes) > 1 and any(o.kind == "committee" for o in orgs):
            # A는 1일 B위원회 회의에서 2030년까지 ...하겠다고 밝혔다: the committee's meeting is the day before it
            hosts = {o.start: max((t.start for t in timexes if t.end <= o.start), default=-1)
                     for o in orgs if o.kind == "committee" and sentence.start <= o.start < sentence.end and _HOSTED.match(body, o.end)}
            in_clause = [o for o in in_clause if hosts.get(o.start, timex.start) == timex.start] + [
                o for o in orgs if hosts.get(o.start) == timex.start and o not in in_clause]
        if (not relative and in_clause and in_clause[0].start < timex.start and body.endswith(_AFTER_NOUNS, clause[0], clause[1])
                and any(o.start > timex.start and _NAMED_SUBJECT_AFTER.match(body, o.end) for o in in_clause)):
            # A는 지난달 15일 B가 평가를 통과한 뒤 ... 해 왔다: what B did then is B's; A acts after it
            in_clause = [o for o in in_clause if o.start > timex.start]
        targeted = bool(targets) and not relative and clause[0] >= bounds[0]
        if targeted:
            in_clause = targets + [o for o in in_clause if o not in targets]  # (see `targets`)
        inner: list[ActorMention] = []
        # (차관은 B가 맡은 재검증도 이번 주 끝난다고 설명했다: what B does is what the told clause is of, and B with it)
        topic_told_of = (not relative and bool(in_clause) and QUOTATIVE_ENDING.search(body, low, high) is not None
                         and _relative_heads_topic(body, [o for o in in_clause if o.end < timex.start]))
        if topic_told_of:  # (not the teller named before them: A 국장은 B가 맡은 …)
            in_clause = _listed_before(body, [o for o in in_clause if o.end < timex.start]) + [o for o in in_clause if o.start > timex.end]
        elif agent is not None and not relative and in_clause and in_clause[0].end < timex.start:
            # (장관은 A, B 네 팀이 받을 평가의 기준을 다음 달 말 확정하겠다고 밝혔다: the teams are the subject of a clause
            # that modifies the object, their count too; the date is of the subject's deciding)
            inner = _relative_subjects(body, [o for o in in_clause if o.end < timex.start])
            if set(agent[1]) & {o.canonical for o in inner}:
                inner = []
            # (A가 15일 B가 요청한 운영비를 깎았다: B asked for what A acts on, before, at no day told; but B가 쓰는
            # 데이터센터, B가 이끄는 컨소시엄: what is B's now, and B with it)
            inner += _relative_subjects(body, [o for o in in_clause if o.start > timex.end], "past")
            in_clause = [o for o in in_clause if o not in inner]
        if (not relative and "다는" in body[sentence.start:timex.start]
                and (report := _REPORT_TOLD.search(body, sentence.start, timex.start)) is not None
                and _DENYING.search(body, timex.end, sentence.end)):
            # (A가 B와 손잡는다는 보도를 7일 부인했다: the day of the denial is the denier's, the report's subject, not of
            # those the report named)
            teller = [o for o in _sentence_opened_by(body, sentence, orgs) if o.start < report.start()]
            in_clause = teller + [o for o in in_clause if o.start >= report.end()]
        if (not relative and not in_clause and clause[0] > sentence.start
                and (counted := _COUNTED_ANAPHOR.match(body, clause[0] + len(body[clause[0]:timex.start])
                                                       - len(body[clause[0]:timex.start].lstrip(" ,")))) is not None
                and _SUBJECT_AFTER_NAME.match(body, counted.end())
                and (count_told := _number(counted.group(1))) is not None):
            # (정부는 지난해 12월 A와 B를 최종 2개 팀으로 골랐고, 두 팀은 올해 1월 협약을 맺었다: those the clause before named)
            told_in_sentence = list({o.canonical: o for o in orgs if sentence.start <= o.start < clause[0]
                                 and (agent is None or o.canonical not in agent[1])
                                 and (o.kind not in AUTHORITY_KINDS or counted.group(2) == "기관")}.values())
            if len(told_in_sentence) == count_told:
                in_clause = told_in_sentence
        if own_interiors:  # what other dates' relative clauses hold is theirs
            in_clause = [o for o in in_clause if not any(a <= o.start < b for a, b in own_interiors)]
            people = [p for p in people if not any(a <= p.start < b for a, b in own_interiors)]
        partners_only = bool(in_clause) and not relative and (
            _PARTNERS_AFTER.match(body, in_clause[-1].end) or all(_POSSESSED_OBJECT.match(body, o.end) for o in in_clause)
            # (첫 계약은 다음 달 초 B와 맺는다: with B, by the one who acts)
            or all(_PARTNER_AFTER.match(body, o.end) for o in in_clause) and event_type(body[clause[0]:clause[1]]) == "agreement"
            # (이의신청서는 그다음 날 과기정통부에 냈다: handed to B, by the one who acts)
            or all(_HANDED_IN_TO.match(body, o.end) for o in in_clause)
        ) and not any(_SUBJECT_AFTER_NAME.match(body, o.end) for o in in_clause[:-1])  # (B는 C와 손잡고: B acts)
        # A dropped subject acts on the organizations its clause names as objects (8일에는 A, 10일에는 B를 방문했다);
        # so does the subject of an earlier clause, when this one has none of its own (과기정통부는 서면 심사로 10개 팀을
        # 추린 뒤 8월 4일 A, B를 선정했다).
        # (정부는 15일 … 발표했고, 20일 A를 선정했다: 정부 is such a subject too)
        # (B는 16일 "정부가 지난 15일 A와 C를 탈락시켰다"고 보도했다: the government told in the words acts on them)
        doer = ((governed_at, list(government)) if governed_at >= 0 and acting_for == list(government) else agent if agent is not None
                else (governing, list(government)) if governing is not None else None)
        # (… 20일 A를 합류시킨 것은 … 보여준다: the act told as a noun is no subject of its own clause)
        told_as_noun = body.find(" 것은 ", timex.end, clause[1]) if doer is not None and not relative and in_clause else -1
        subject_end = told_as_noun if told_as_noun >= 0 else clause[1]
        acting = list(doer[1]) if (doer is not None and not relative and in_clause
                                    and (dropped or doer[0] == governed_at or sentence.start < doer[0] <= clause[0] and _subject(
                                        body, Sentence(clause[0], subject_end, body[clause[0]:subject_end]), [], [])[1] == "none")
                                    and all(_OBJECT_MARK.match(body, o.end) or _GIVER_OF.match(body, o.end) or set(doer[1]) <= authorities
                                            and _given_to(body, o.end, clause[1], timex_starts, following) for o in in_clause)
                                    and body[in_clause[-1].end:sentence.end].strip(_LINE_END)  # (not names ending a line: – A, B)
                                    and _undergone(body, in_clause[-1].end) is None) else []
        if relative and in_clause and in_clause[0].start < timex.start and _head_did_it(body, start, end, orgs):
            # (NIA가 지난달 합류한 B에 …: a verb taking no object has its head as its doer; the name before it is the
            # main clause's subject, not this one's)
            in_clause = [o for o in in_clause if o.start > timex.start]
        members = acting + [o.canonical for o in in_clause] + [h.canonical for h in heads]
        if not relative and members and "따라" in body[sentence.start:timex.start] and (under := [
                o.canonical for o in orgs if sentence.start <= o.start < timex.start
                and (pact_told := _UNDER_PACT_WITH.match(body, o.end)) is not None and pact_told.end() >= timex.start - PACT_REACH]):
            # (A는 지난 2월 B와 맺은 계약에 따라 3분기부터 칩을 넣는다: what is done under the pact with B, told right before
            # its day, B's too)
            members = list(dict.fromkeys([*members, *under]))
        if (relative and agent is not None and agent[0] <= timex.start and in_clause
                and all(_PARTNER_AFTER.match(body, o.end) for o in in_clause) and not set(agent[1]) & set(members)
                and "agreement" in (event_type(body[start:end]), event_type(" ".join(_words_after(body, end, sentence.end, 3))))
                and not _PASSIVE_VERB.search(body, start, end)):
            # (A는 지난 2월 B와 맺은 계약에 따라 …: the pact the subject made with B, told in a clause modifying its object)
            members = list(dict.fromkeys([*agent[1], *members]))
        if (not acting and authority and in_clause and (agent is None or agent[0] > timex.start) and "시" in body[timex.end:end]
                and _CAUSED_THEN.search(body, timex.end, min(sentence.end, end + CAUSED_THEN_REACH)) is not None
                and all(_OBJECT_MARK.match(body, o.end) for o in in_clause) and not set(authority) & set(members)):
            # (정부는 … 원칙을 세웠다. 2월 A를 합류시킨 뒤에도 …: who made A join, with no subject of its own told, is the
            # authority told lately)
            members = [*authority, *members]
        if (not relative and agent is not None and agent[0] <= timex.start and clause[1] < sentence.end
                and ((clause_told := body[clause[0]:clause[1]].rstrip(" ,")).endswith(_SET_AGAINST_ENDS)
                     or _SET_OFF_WORD.fullmatch(clause_told.rpartition(" ")[2]) is not None)
                and any(t.start >= clause[1] for t in timexes)  # (with none of its own, 2월 B가 합류하자 A는 …을 새로 짰다: then)
                and any(o.start > timex.end and o.canonical not in agent[1] and _SUBJECT_AFTER_NAME.match(body, o.end)
                        for o in in_clause)):
            # (A는 지난달 28일 B 컨소시엄이 탈락했지만, … 내년 3월 연다고 밝혔다: a clause of its own subject's, which the
            # topic before it is not; the topic's verb comes after, with its own date)
            members = [name for name in members if name not in agent[1]]
        if (not members and not relative and doer is None and clause[0] > sentence.start
                and (joint := body[max(sentence.start, clause[0] - 4):clause[0]].rstrip()).endswith(_JOINED_CLAUSE_ENDS)
                and not QUOTATIVE_ENDING.search(joint.rstrip(","))  # (… 앞당긴다고 14일 보도했다: words told, no clause joined)
                and not _SUBJECT_PARTICLE.search(body, clause[0], clause[1])  # (… 진행하고, 발표 평가는 17일 열린다: its own)
                and (subjects_before := [o for o in orgs if sentence.start <= o.start < clause[0]])
                and body.startswith(("이 ", "가 "), subjects_before[-1].end)):
            # (추가 공모는 A와 B, C가 함께 진행하며 다음 달 12일 접수를 마감한다: the subject of the clause before, the
            # topic being the event)
            members = [o.canonical for o in _listed_before(body, subjects_before)]
        if (relative and in_clause and agent is not None and agent[0] <= in_clause[0].start < timex.start
                and _PACT_VERB_AFTER.match(body, timex.end) and _PARTNER_AFTER.match(body, in_clause[0].end)):
            members = list(agent[1]) + members  # (A는 B와 지난 4월 맺은 계약에 따라: A's pact, with B)
        if (relative and agent is not None and agent[0] <= timex.start and not set(agent[1]) <= set(members)
                and _GATHERING_HELD_AFTER.match(body, end)):
            # (A는 이르면 4월 두 팀의 성과를 공개하는 발표회를 열 계획이다: the day of what the gathering does is the
            # gathering's, held by A)
            members = list(dict.fromkeys([*agent[1], *members]))
        if (relative and agent is not None and agent[0] <= timex.start and _SET_FOR_AFTER.match(body, timex.end)
                and PUT_OFF.search(body, end, sentence.end)):
            # (A는 21일로 예정됐던 B 개소식을 내년 1월로 미룬다: the plan given up was A's, who moves it, as the new day is)
            members = list(dict.fromkeys([*agent[1], *members]))
        if (relative and not heads and agent is not None and agent[0] > end and _RELATIVE_HEAD_SPAN.fullmatch(body, end, agent[0])
                and body[end:agent[0]].strip() not in _UNNAMED_PARTIES  # (접수를 마친 곳은 아직 없다: any, none told)
                and not _OBJECT_THEN_NAME.search(body, end, agent[0])):  # (… 제기한 이의신청을 B가: the head is B's object)
            members += agent[1]  # (30일 첫 발표회를 치른 다섯 팀은, 발표회에서 모델을 선보인 회사는: whom the head points back to)
        if members and not relative and not topic_told_of:
            # 류 차관이 A와 B의 진출을 발표했다: the person speaking for an organization acts too (not one telling of what
            # others do, see `topic_told_of`)
            members = [p.organization for p in people if p.organization and _is_subject(body, p)
                       and not _QUOTE_MARK.search(body, p.end, timex.start)] + members  # (not of what they are quoted saying)
            # (A의 CEO가 10일 방한해 B 부총리와 면담했다: the one met, too)
            members += [p.organization for p in people if p.organization and p.start > timex.start and _PERSON_MET.match(body, p.end)]
            speaking = [a for a in agent[1] if a in authorities] if agent is not None and agent[0] < timex.start else []
            if speaking and not any(_PERSON_SUBJECT.match(body, o.end) for o in in_clause) and (
                    _all_quoted(sentence, [timex])) and not _COUNTED_NEW_SUBJECT.search(body, sentence.start, timex.start):
                # ... 차관은 "두 팀에는 내년부터 ... 지원한다"고 설명했다: what an authority is quoted planning is its own,
                # and what it is quoted doing with no other subject (원장은 "지난달 27일 A에 ... 배정했다"고 했다); not what
                # teams counted as the subject do ("… 네 팀이 8월 평가에서 경쟁한다")
                members = speaking + members
        if partners_only or targeted:
            members = acting_for + members  # 크래프톤 등과 함께 ... 더할 계획이다, B의 서비스에 적용한다: the dropped subject acts too
        text_region = _without(body, start, end, own_interiors)
        region_start = start
        # (A는 23일 공고된 공모에 신청하지 않겠다는 방침을 정하고 ...: not in what its clause says it keeps out of)
        # (… 15일 발표된 평가에서 탈락한 A가, 정부가 23일 공고한 공모에는 참여하지 않기로 했다: what it keeps out of is told
        # up to the next date, the 23rd's, not the 15th's)
        joining_end = next((t.start for t in timexes if t.start >= end), sentence.end)
        kept_out = relative and (sentence_kept_out or holds_any(body[end:joining_end], _NOT_JOINING_MARKS)
                                 and _NOT_JOINING.search(body, end, joining_end) is not None) and not _AMID_AFTER.match(body, end)
        # (a clause's only date in a relative clause, when others have dates of their own: A는 7월 통과했지만, 8월 4일 발표된
        # 명단에는 오르지 못했다)
        alone = not has_main or relative and not any(c == clause and not r for _, _, r, _, c in plans)
        # The clause's head is others than the sentence's subject: who failed (정부가 … 시작했지만 지난해 고배를 마신
        # 기업들은), teams it counts and does not name (… "지난해 여름 출발선에 섰던 다섯 팀의 도전이 …"고 썼다: not the
        # writer's day; but 지난해 8월 선정한 다섯 팀: the writer's choosing).
        unnamed_head = (failing and _FAILED_PARTIES.match(body, timex.end) is not None
                        or relative and (counted_head := _COUNTED_HEAD.match(body, end)) is not None
                        and not body.endswith(_PICKING_VERBS, start, end)
                        # (… 25일 서면 평가를 통과한 10개 팀을 발표했다: the day of the main verb, with no day of its own;
                        # but … 10개 팀을 상대로 발표 평가를 진행해 4일 …: the teams', theirs alone)
                        and (not counted_head.group().endswith(("을", "를"))
                             or any(end < t.start and not _quoted_at(body, t.start) and not _CLAUSE_CLOSED.search(body, end, t.start)
                                    for t in timexes)))
        spoken_about = relative and _spoken_about(body, start, end)
        press_telling = (relative and agent is not None and agent[0] <= start and _press_telling(orgs, agent[1])
                         and (_all_quoted(sentence, [timex]) or _QUOTATIVE_WORD.search(body, end, sentence.end) is not None)
                         and _HEAD_AS_SUBJECT.match(body, end) is not None)  # (not 1일 낸 기사에서 …고 전했다: its own act)
        if (relative and members and agent is not None and agent[0] <= start and _RESULT_HEAD.match(body, end)
                and not _PASSIVE_VERB.search(body, start, end)
                and not any(agent[0] <= o.start < timex.start for o in orgs)):  # (not B가 15일 발표한 결과: B's)
            # (A는 21일 접수를 마감한 결과 B, C가 신청했다고 밝혔다: who did what the result is of, A, is at its date too)
            members = list(dict.fromkeys(list(agent[1]) + members))
        elif relative and authority and (
                agent is None and not members and not _PASSIVE_VERB.search(body, start, end) and _RESULT_HEAD.match(body, end)
                or (agent is None or agent[0] >= end) and not in_clause and body.endswith(_RESULTS_OUT, start, end)
                and _RESULT_OF.match(body, end)):
            # (7월 21일 접수를 마감한 결과 15개 컨소시엄이 몰렸다, 28일 발표된 평가 결과 A가 통과했다: the authority told
            # lately did it)
            members = list(dict.fromkeys([*authority, *members]))
        if (relative and alone and not recalled and not kept_out and not _POSSIBLE.search(sentence.text)
                and not _SUPPOSED.search(sentence.text)  # (… 22일 발표될 결과에 따라 … 달라질 것으로 보인다: a guess)
                and not _call_posted(body, start, end)):
            # The sentence's only date sits in a relative clause (15일 발표된 평가에서 NC AI는 ...):
            # it dates the whole sentence, unless that only says what may be (다시 지원할 수 있다).
            # A clause with actors of its own lends them its date when it dates a report the
            # sentence cites for what happened by then (과기정통부가 15일 공개한 점수에 따르면 LG AI연구원은
            # 1위를 했다) or the occasion where it happened (19일 열린 ... 행사에서 모델을 선보였다); a
            # report merely mentioned does not (블룸버그는 ... 15일 발표한 결과를 소개했다).
            if not members:  # (of its own clause, when another clause has a date: A는 ... 도전했지만, 20일 발표된 결과에서 B에
                # 밀렸다: A, the subject it shares, and B)
                own_start, own_end = clause if any(not clause[0] <= t.start < clause[1] for t in timexes) else (
                    sentence.start, sentence.end)
                # (23일부터 진행한 공모를 12일 마감한 결과 A, B가 …: those after a later date are that date's)
                own_end = next((t.start for t in timexes if end <= t.start < own_end), own_end)
                if spoken_about:
                    own_start, own_end = start, end  # (see _SPOKEN_ABOUT)
                own = [o for o in orgs if max(own_start, start if unnamed_head else 0) <= o.start < own_end
                       and not (press_telling and agent is not None and o.canonical in agent[1])
                       and not any(other is not timex and _dated_clause_subject(body, o, other) for other in timexes)]
                if own and agent is not None and _own_counted_subject(body, orgs, agent[0], timex.start):
                    own = [o for o in own if o.start > timex.start]  # (A는 세 팀이 지난달 요청한 기간을 받아들였다: the
                    # clause has a subject of its own, and the sentence's is not in it)
                if (own and timex.direction == "past" and _final_direction(sentence.text) in ("future", "present")
                        and all(o.start >= end for o in own)
                        # (28일 발표된 평가에서 A가 탈락하면서 … 평가가 나온다: what they did then, told as what set the rest off)
                        and _DONE_THEN_AFTER.match(body, own[-1].end) is None):
                    # (4월부터 추진한 사업의 결과를 공개하는 자리로, A와 B가 참여한다: who takes part in what is ahead was not
                    # told at the past the clause before them dates)
                    own = []
                shared = list(agent[1]) if (agent is not None and (sentence.start < agent[0] or has_main or dropped and _outcome_of_dropped(body, sentence, timex, end))
                                            and agent[0] <= own_start
                                            and not any(_PERSON_SUBJECT.match(body, o.end) for o in own)
                                            and not _own_counted_subject(body, orgs, agent[0], timex.start)
                                            and not unnamed_head and not spoken_about and not press_telling
                                            and not _BODIES_AS_HEAD.match(body, end)) else []
                members = list(dict.fromkeys(shared + [o.canonical for o in own] + [
                    p.organization for p in persons if p.organization and max(own_start, start if unnamed_head else 0)
                    <= p.start < own_end]))
                text_region, region_start = sentence.text, sentence.start
            elif (not has_main and agent is not None and agent[0] <= start and not _PASSIVE_VERB.search(body, start, end)
                  and _DEAL_AS_OBJECT_AFTER.match(body, end)):
                # (A는 3일 B의 모델을 도입하는 계약을 맺었다: the deal the clause tells of is the subject's, at its date)
                members = list(dict.fromkeys([*agent[1], *members]))
            elif (not has_main or telling_only) and (occasion := _OCCASION_AFTER.match(body, end)
                                                      or _STEP_PASSED_AFTER.match(body, end)) and (
                    _final_direction(sentence.text) == "past"
                    or temporal.direction_after(body, occasion.end() - 1)[0] == "past"):  # (... 평가에서 탈락한 팀은 A, B다)
                members = list(dict.fromkeys(members + [o.canonical for o in orgs]))
            elif (agent is not None and (dropped or agent[0] <= start and _all_quoted(sentence, [timex]))
                  and in_clause and not _PASSIVE_VERB.search(body, start, end)
                  and all(_ACTED_ON_AFTER.match(body, o.end) for o in in_clause)):
                # (지난 4월 B에 검수를 마친 자료를 넘겼다: the clause names only whom the dropped subject acted on or with; so
                # does a quoted one, whose subject is the speaker: A 측은 "내년부터 B에 공급하는 물량을 늘린다"고 했다)
                members = list(dict.fromkeys([*agent[1], *members]))
        # (B가 18일까지 검증하고, 평가위원회가 21일 점수를 확정한다: a committee with no name of its own acts for the ministry,
        # not for an agency told with it nor for the sentence's subject)
        committee = (not relative and bool(government) and body.find("위원회", clause[0], timex.start) >= 0
                     and holds_any(sentence.text, _JUDGING_COMMITTEES)  # (not a house's: 예결위 소위원회는)
                     and (committee_at := _subject_before_date(body, clause[0], timex)[2]) is not None
                     and body.endswith("위원회", committee_at[0], committee_at[1])
                     and not any(committee_at[0] <= o.start < committee_at[1] for o in orgs))
        if (not members and not recalled and not kept_out and relative and government
                and _COMMITTEE_HEADED.match(body, end)):
            members = list(government)  # (검증 결과는 21일 열리는 평가위원회에 올라간다: the committee's meeting, the ministry's)
        if not relative and government and (_COMMITTEE_ACT_AFTER.match(body, timex.end) or not in_clause and timex is timexes[0]
                                            and _COMMITTEE_ACT_AFTER.match(body, sentence.start)):  # (평가위원회 심의는 27일 열린다)
            members = list(government)  # (… 12~18일 B의 검증, 21일 평가위원회 심의 순으로: the committee's act, the ministry's)
        if (relative and members and agent is not None and agent[0] <= start and not heads and not set(agent[1]) & set(members)
                and in_clause and all(_GIVER_OF.match(body, o.end) for o in in_clause) and not _PASSIVE_VERB.search(body, start, end)):
            # (A는 내년 상반기 B로부터 GPU를 들여오는 협상을 진행 중이다: the one dropped takes from B, both at the clause's time)
            members = [*agent[1], *members]
        amid = (not members and "가운데" in sentence.text and (amid_at := _AMID_CLAUSE.search(body, timex.end, sentence.end)) is not None
                and not any(timex.end < t.start < amid_at.start() for t in timexes))
        if amid:  # (정부가 하반기 … 공모를 준비하는 가운데 B가 …할 것이라는 관측이 나온다: the circumstances' day is their subject's)
            members = (list(government) if _GOVERNMENT_BEFORE.search(body, sentence.start, timex.start) else
                       [o.canonical for o in orgs if sentence.start <= o.start < timex.start and _SUBJECT_AFTER_NAME.match(body, o.end)])
        if not members and not recalled and not kept_out and not amid:
            members = [p.organization for p in people if p.organization] or (
                # (최종 평가는 12월 열리며, 2개 팀이 연말까지 가려진다: teams not yet known are the clause's own subject)
                (list(government) if committee
                 else acting_for if (inner or not _counted_subject_in(body, clause[0], timex.start, clause[1])) and not unnamed_head
                 and not _OUTCOME_SUBJECT.search(body, clause[0], timex.start) else [])
                if not relative else list(agent[1]) if agent and agent[0] <= start and not (
                    (dropped or _SUPPOSED.search(sentence.text) is not None) and _PASSIVE_VERB.search(body, start, end)
                    and not _SINCE_HEAD.match(body, end)  # (선정된 지 다섯 달 만이다: the one selected is the subject dropped)
                    or spoken_about or press_telling or _call_posted(body, start, end)  # (see _CALL_POSTED)
                    # (A는 … 시작하는데, 지난해 8월부터 GPU를 지원받아 온 기존 팀들보다 늦다: the teams the clause modifies did it)
                    or _BODIES_AS_HEAD.match(body, end) is not None)
                and not unnamed_head and not _own_counted_subject(body, orgs, agent[0], timex.start)
                # (이번 공유회는 4월부터 추진한 사업의 결과를 …: what the event of the subject stands on was done by the one
                # who stands for it, as the clause of an event as the subject is; not 선정된, whose doer is another)
                else list(acting_for) if agent is None and acting_for and not _PASSIVE_VERB.search(body, start, end)
                and _clause_subject_kind(body, clause, timex) == "event"
                # (자세한 내용은 목요일 열리는 설명회에서 안내한다: the gathering the one dropped acts at)
                else list(acting_for) if acting_for and _GATHERING_WHERE.match(body, end)
                else [])
            # (a dropped subject is the agent of an active relative clause, 공모에 뛰어든 지; not of a passive one, 공고된 공모; nor
            # is a subject guessed about: A는 22일 발표될 결과에 따라 … 달라질 것으로 보인다)
            if (relative and not members and not people and (bracketed_head := _BODIES_AS_HEAD.match(body, end)) is not None
                    and bracketed_head.group().endswith("(") and (close := body.find(")", bracketed_head.end(), sentence.end)) > 0):
                # (올해 1월 15일 첫 평가를 넘은 세 팀(A, B, C)은 …: those counted, named in brackets, did it)
                members = list(dict.fromkeys(o.canonical for o in orgs if bracketed_head.end() <= o.start < close))
            if (not relative and not people and _RESULTS_TOPIC.match(body, clause[0], timex.start)
                    and (undergone := _step_undergone([*previous, *mentions]))):
                # (A는 30일 최종 평가를 받았다. 결과는 22일 나온다; A는 … 발표를 마쳤고 결과는 22일 나온다: the results of
                # the step those just told underwent are theirs, and their program's authority's, not a city's told before)
                members = list(dict.fromkeys([*undergone, *(name for name in (authority or government) if name in authorities)]))
            elif not relative and not people and authority and (
                    (clause_subject := _clause_subject_kind(body, clause, timex)) == "event"
                    or clause_subject == "other" and (_MADE_KNOWN.search(body, timex.end, clause[1]) is not None
                                                      or _SETTLED.search(body, timex.end, clause[1]) is not None)
                    and not _OWN_FIGURES.search(body, clause[0], timex.start)
                    or clause_subject in ("other", "anaphor") and _APPLICATIONS_TAKEN.search(body, sentence.start, clause[1]) is not None
                    or _PANEL_SUBJECT.match(body, clause[0], timex.start) is not None
                    # (평가단은 주말까지 채점을 끝내고 다음 주 초 점수를 모은다: the panel still, its next clause)
                    or clause[0] > sentence.start and _PANEL_SUBJECT.match(body, sentence.start, timex.start) is not None
                    and clause_subject == "none"):
                # a clause whose subject is the event: not the sentence's subject's (결과 발표도 ...); nor is what is made
                # known or settled, with no one said to do it (세부 기준은 다음 달 10일 설명회에서 공개된다, 지원안은 연내
                # 확정된다: the authority's); nor are
                # applications taken for a thing or by those who apply (참여 학교는 14일부터 신청을 받는다: who takes them); a
                # panel with no name of its own acts for the authority that runs it (평가단은 15일부터 점수를 매긴다), a committee
                # for the ministry (see `committee`)
                members = list(government if committee else authority)
                if going_on and not in_clause and _UNDERGONE_WITH_OTHERS.search(body, clause[0], timex.start):
                    # (A는 다음 달 협약을 맺는다. 기존 세 팀과 함께 치르는 2차 평가는 8월 초로 잡혔다: A goes through it too)
                    members = list(dict.fromkeys([*going_on, *members]))
                elif (clause_subject == "event" and not in_clause and previous and set(members) & set(previous[-1].actors)
                      and previous[-1].sentence_start != sentence.start
                      and (given_topic := _EVENT_TOPIC.match(body, clause[0], timex.start)) is not None
                      and (noun := given_topic.group("noun")) in previous[-1].sentence
                      and _word_type(noun) in _GIVEN_TYPES):
                    # (A는 B에 GPU 배정을 시작했다. 배정은 다음 달 6일까지 마친다: what A gives, B gets, told again by its name)
                    members = list(dict.fromkeys([*members, *previous[-1].actors]))
            elif (not relative and not people and not authority and previous and previous[-1].actors
                  and previous[-1].sentence_start != sentence.start and previous[-1].event_type in _STAGED_TYPES
                  and (event_named := _EVENT_TOPIC.match(body, clause[0], timex.start)) is not None
                  and _word_type(event_named.group().split()[-1]) == previous[-1].event_type
                  and _clause_subject_kind(body, clause, timex) == "event"):
                # (… 세 팀이 최종 평가를 준비했다. 평가는 11월 17일부터 이어졌고: those of the event just told, which it names)
                members = list(previous[-1].actors)
            elif (not relative and not people and not authority and not members and not in_clause
                  and (results := _RESULTS_TOPIC.match(body, clause[0], timex.start)) is not None
                  and (_PROGRAM_STAGE.search(results.group()) is not None
                       # (첫 평가는 이달 진행되며 결과는 이번 주 후반 나온다: the stage the clause before was of)
                       or results.group().strip(" ,") in ("결과는", "결과도", "결과 발표는")
                       and (_PROGRAM_STAGE.match(body, sentence.start) is not None
                            # (… 2차 단계평가 …. 평가는 3일부터 진행됐고, 결과 발표는 …: the stage the story told)
                            or body.startswith("평가는", sentence.start) and _PROGRAM_STAGE.search(body, 0, sentence.start) is not None))
                  and all(name in authorities for name in government)):
                # (… 네 팀의 상반기 행보. 2차 평가 결과는 8월 말 나온다. 과기정통부는 …: the results of the program's stage, told
                # with no one, are its ministry's, named anywhere in the story)
                members = list(government)
            if (not relative and not people and (step_targets := _targets_of_step_told(body, clause[0], timex.start, previous))
                    and set(members) <= set(step_targets)):
                members = list(dict.fromkeys([*members, *step_targets]))  # (the step's own and those it was told to be on)
        elif not relative and not people and (authority or government) and (
                channels := [o for o in orgs if clause[0] <= o.start < clause[1]]) and (
                _THROUGH.match(body, channels[-1].end) or _WEBSITE_AFTER.match(body, channels[-1].end)
                or authority and _TARGETED_AFTER.match(body, channels[-1].end)
                or authority and body.startswith("(", channels[0].start - 1) and event_type(body[clause[0]:clause[1]]) == "agreement"
                and not any(o.kind in AUTHORITY_KINDS for o in channels)) and (
                {o.canonical for o in channels} == set(members)) and _clause_subject_kind(body, clause, timex) in ("event", "none"):
            # (공모는 12일까지 A와 B를 통해 접수한다, 신청은 A 누리집에서 받는다, □ 결과 발표: 2월 중 (A 누리집): the call's
            # owner's, by them; 점검은 A, B 등 네 팀을 대상으로 24일 시작됐다: the authority's, on them; ○ 1월 중순: 3단계 협약
            # 체결(A, B): the authority's, with those it brackets)
            members = list(dict.fromkeys([*(authority or government), *members]))
        if (not members and not people and authority and all(name in authorities for name in authority)
                and "된" in body[max(sentence.start, timex.start - STEP_OF_DAY_REACH):timex.start]
                and _STEP_OF_DAY.search(body, max(sentence.start, timex.start - STEP_OF_DAY_REACH), timex.start) is not None):
            # (두 회사 주가는 추가 공모가 공고된 지난달 23일 이후 올랐다: the day told by a step of the program no one is
            # said to have taken, the authority told lately took)
            members = list(authority)
        if (relative and not members and not people and authority and all(name in authorities for name in authority)
                and _MADE_KNOWN_AS_HEAD.search(body, timex.end, end) is not None):
            # (회수한 물량은 이달 20일께 발표되는 추가 정예팀에 배정된다: what is made known, unsaid by whom, the authority
            # told lately tells)
            members = list(authority)
        if (not relative and (closer := [name for name in acting_for if name not in members] or list(going_on) or list(authority))
                and ("자" in body[timex.end:clause[1]] and _CALL_CLOSED_SET_OFF.search(body, timex.end, clause[1])
                     # (정부는 1월 23일 추가 공모를 냈다. 2월 12일 마감까지 A와 B가 손을 들었다: likewise)
                     or members and _CLOSING_NEXT.match(body, timex.end))):
            members = list(dict.fromkeys([*closer, *members]))  # (접수를 마감하자 A, B가 몰렸다: the one who closed it too)
        if (not relative and clause[0] > sentence.start and not in_clause and "나머지" in body[clause[0]:timex.start]
                and _THE_REST_TOPIC.match(body, clause[0], timex.start)
                # (… 16일부터 A에 배정한다고 밝혔다. 1차로 256장을 먼저 배정하고, 나머지는 …: the first told with no day, the
                # event just told is where it went)
                and (first_lot := mentions[-1:] or [m for m in previous if m.event_type != "announcement"][-1:])):
            # (첫 물량은 내년 1분기 B 데이터센터에 들어가고, 나머지는 하반기까지 납품된다: the rest goes where the first went)
            members = list(dict.fromkeys([*members, *first_lot[0].actors]))
        if (members and not relative and not people and "의 " in sentence.text
                and (deal := _DEAL_WITH.search(body, clause[0], clause[1])) is not None
                # (the ministry 정부 stands for, when the story named it, where no authority was told lately and the deal is
                # the clause's subject: 두 팀과의 협약은 15일 체결된다)
                and (other_side := list(authority) or ([name for name in government if name in authorities]
                                                       if _clause_subject_kind(body, clause, timex) == "event" else []))
                and not any(name in members for name in other_side)
                and all(o.end <= deal.start() for o in orgs if o.canonical in members)):
            # (A, B 등 다섯 팀과의 협약은 하순에야 체결됐다: a deal with them has another side, the authority told lately)
            members = list(dict.fromkeys([*other_side, *members]))
        if not relative and "면서" in body[max(start, end - 4):end] and body[start:end].rstrip(" ,").endswith("면서"):
            # (A가 20일 선정되면서 B도 사업에 합류하게 됐다: who joined with what came, told with no day of its own, is that day's)
            then = next((t.start for t in timexes if t.start >= end), sentence.end)
            if (joined := _JOINED_WITH_IT.search(body, end, then)) is not None:
                members = list(dict.fromkeys(members + [o.canonical for o in orgs if end <= o.start < joined.start()
                                                        and body.startswith(("도 ", *_SUBJECT_MARKS), o.end)]))
        if (not relative and agent is not None and not dropped and agent[0] <= timex.start and not set(agent[1]) & set(members)
                and (while_at := body.find("면서 ", timex.end, end)) >= 0 and _JOINED_WITH_IT.search(body, while_at, end)):
            # (B는 A 컨소시엄이 20일 뽑히면서 데이터 구축을 맡게 됐다고 23일 밝혔다: the topic told first joined with what came)
            members = [*agent[1], *members]
        if not relative and "직후" in body[max(start, end - 6):end] and body[start:end].rstrip(" ,에는").endswith("직후"):
            # (15일 결과를 발표한 직후 A는 입장문을 냈다: what came right after, with no date of its own, is that day's)
            then = next((t.start for t in timexes if t.start >= end), sentence.end)
            if _final_direction(body[end:then]) == "past":
                after = [o.canonical for o in orgs if end <= o.start < then]
                if (not after and agent is not None and not dropped and agent[0] <= timex.start
                        and any(o.end == agent[0] for o in orgs)):  # (not A에 참여한 B 주가는: a thing of theirs)
                    after = agent[1]  # (A는 지난해 8월 B가 뽑힌 직후 계약을 맺었다: the topic's act came right after)
                members = list(dict.fromkeys(members + after))
        if (not relative and mentions and mentions[-1].sentence_start == sentence.start and "팀" in body[clause[0]:clause[1]]
                and all(name in authorities for name in members) and _PER_TEAM.search(body, clause[0], clause[1])):
            # (… 두 팀과 협약을 맺고, 2월부터 팀별로 GPU를 배분한다: each of the teams of the clause before)
            members = list(dict.fromkeys([*members, *(name for name in mentions[-1].actors if name not in authorities)]))
        if (not relative and not in_clause and agent is not None and members and set(members) == set(agent[1])
                and mentions and mentions[-1].sentence_start == sentence.start
                and (told_between := [o for o in orgs if mentions[-1].timex_end <= o.start and o.end <= clause[0]])
                and body.startswith(("이 ", "가 "), told_between[-1].end)
                and body[max(0, clause[0] - CONNECTIVE_REACH):clause[0]].rstrip(" ,").endswith(("지만", "는데"))
                and not set(members) & {o.canonical for o in told_between}
                # (but a topic told before the first clause waits for its verb: A는 28일 B가 탈락했지만 센터를 3월 연다)
                and not (body.startswith(("는 ", "은 "), agent[0]) and agent[0] <= mentions[-1].timex_start
                         and sum(m.sentence_start == sentence.start for m in mentions) == 1)):
            # (1월 A가 떨어졌고, 2월 B가 합류했지만 8월 다시 빠졌다: the clause after -지만 goes on with the subject of the
            # clause before it, not the sentence's first)
            members = list(dict.fromkeys(o.canonical for o in told_between))
        if (not relative and not in_clause and mentions and mentions[-1].sentence_start == sentence.start
                and _TOGETHER_AGAIN.search(body, clause[0], clause[1])):
            # (A는 8월 B와 함께 선정됐고, 1월 평가도 함께 통과했다: those of the clause before, together again)
            members = list(dict.fromkeys(members + list(mentions[-1].actors)))
        if (not relative and not in_clause and agent is not None and set(members) == set(agent[1])
                and mentions and mentions[-1].sentence_start == sentence.start
                and not _TOLD_RIGHT_AFTER.match(body, timex.end)
                and (acting_with := _joint_partners(body, orgs, agent[0], timexes[0].start))):
            # (A는 B, C와 함께 23일 공모를 내고 다음 달 12일까지 신청을 받는다: those the subject acts with, told before
            # any day, act in each clause it governs; not in the telling of it, …고 24일 밝혔다, the subject's alone)
            members = list(dict.fromkeys([*members, *acting_with]))
        if (not relative and "그 " in body[clause[0]:clause[1]] and all(o.kind in AUTHORITY_KINDS for o in in_clause)
                and _ONE_POINTED_AT.search(body, clause[0], clause[1])
                and (named_before := [o.canonical for o in orgs if o.end <= clause[0]] or [
                    name for m in previous[-1:] if len(m.actors) == 1 for name in m.actors])):
            # (2월의 선정은 A를 불러들였지만, 8월의 평가는 그 팀을 내보냈다, B부는 9일 그 회사에 GPU를 더 줬다: the one
            # named last, acted on again)
            members = list(dict.fromkeys([*members, named_before[-1]]))
        if (not relative and in_clause and previous and previous[-1].actors and previous[-1].sentence_start != sentence.start
                and all(_PLACE_OF.match(body, o.end) for o in in_clause)
                and (topic_told := _EVENT_TOPIC.match(body, clause[0], timex.start)) is not None
                and len(noun := topic_told.group().split()[-1].removesuffix("는").removesuffix("은")) >= 2
                and any(f"{noun}{mark} " in previous[-1].sentence for mark in ("을", "를"))
                and _clause_subject_kind(body, clause, timex) == "event"):
            # (A는 … 구동하는 시험을 마쳤다고 밝혔다. 시험은 지난달 초부터 B 데이터센터에서 진행됐다: the event told again is
            # the one the sentence before gave A; B, where it took place, hosts it)
            members = list(dict.fromkeys([*previous[-1].actors, *members]))
        if (not relative and previous and clause[0] == sentence.start and _TERM_OF_PACT.match(body, clause[0])
                and (pact := next((m for m in reversed(previous) if m.sentence_start == previous[-1].sentence_start
                                   and m.event_type == "agreement"), None)) is not None):
            # (A는 B와 공급 계약을 2일 맺었다. 계약 기간은 내년 1월부터 …: the term of the pact just told is its parties')
            members = list(dict.fromkeys([*members, *pact.actors]))
        # (speech is no event; a relative clause's verb is a word ended by the space after it: 선발에서 떨어진 A)
        after_date = temporal.without_quotes(body[timex.end:end + (relative and body.startswith(" ", end))]) if timex.end < end else ""
        kind = event_type(after_date)
        if (kind in ("announcement", "evaluation", "other") and body.startswith(" ", timex.end)
                and (occasion := _ANNOUNCED_BEFORE.match(body, timex.end + 1)) is not None
                and (told_outcome := event_type(temporal.without_quotes(body[occasion.end():sentence.end]))) in OUTCOME_TYPES):
            # (15일 발표된 1차 평가에서 A가 탈락했다, 9일 나온 결과에서: the outcome at the results told, as _outcome_told reads it)
            kind = told_outcome
        if kind == "announcement" and _VERSION_PUT_OUT.search(body, timex.end, end):
            kind = "release"  # ('K-엑사원 2.5'를 공개하며: a thing named with its version, in quotes, put out)
        title = None
        if kind == "other" and relative and text_region == sentence.text and _held_at(body, start, end):
            # (4일 열린 행사에서 모델을 공개했다: the act of the sentence it dates, at the occasion)
            kind = event_type(temporal.without_quotes(body[end:clause[1]]))
        if kind == "other" and relative:  # the nouns the clause modifies name its event (진행한 추가 공모 접수)
            words = body[end:clause[1]].split()[:RELATIVE_HEAD_PHRASE]
            # (up to the noun phrase's particle: 진행한 독자 AI 파운데이션 모델 추가 공모를)
            phrase_end = next((i + 1 for i, word in enumerate(words) if word.endswith(_HEAD_PARTICLES)), len(words))
            head = " ".join(words[:phrase_end - 1] + [actors_mod.strip_particle(words[phrase_end - 1])]
                            if RELATIVE_HEAD_WORDS < phrase_end else words[:RELATIVE_HEAD_WORDS])
            kind = event_type(head)
            title = make_title(body[timex.end:end] + " " + head) if kind != "other" else None
        kind = kind if kind != "other" else event_type(text_region)
        if kind in ("other", "evaluation") and any(_ONLY_LEFT.match(body, o.end) for o in orgs
                                                   if timex.end <= o.start < end and o.canonical in members):
            kind = "selection"  # (12월 22일의 결정으로, 8월의 평가 끝에 A와 B만 남았다: those left after a cut came through it)
        kind = kind if kind != "other" or not topic else event_type(topic)
        if (kind == "other" and number and not relative and not in_clause and clause[0] > sentence.start
                and any(o.start >= clause[1] for o in orgs)
                and (opened_with := _EVENT_TOPIC.match(body, sentence.start, timexes[0].start)) is not None):
            # (추가 공모는 23일 시작돼 12일 마감됐고, A와 B가 신청했다: a later clause of the event it opens with, whose
            # day the names after it share)
            kind = event_type(opened_with.group())
        if number and moved[number - 1] and mentions and mentions[-1].timex_start == timexes[number - 1].start:
            kind = kind if kind != "other" else mentions[-1].event_type  # the new date of the same event
            members = members or list(mentions[-1].actors)
        if (not members and not relative and (moved[number] or _GIVEN_UP_BEFORE.search(
                body, max(clause[0], timex.start - GIVEN_UP_REACH), timex.start)) and PUT_OFF.search(body, timex.end, sentence.end)):
            # (최종 결과는 당초 22일 나올 예정이었지만, B가 이를 29일로 미뤘다: the day given up was the one's who moved it)
            moved_to = timexes[number + 1].start if number + 1 < len(timexes) else sentence.end
            members = list(dict.fromkeys(o.canonical for o in orgs if timex.end < o.start < moved_to
                                         and body.startswith(_SUBJECT_MARKS, o.end)))
        given_up = (previous and not in_clause and _GIVEN_UP_BEFORE.search(body, max(clause[0], timex.start - GIVEN_UP_REACH), timex.start)
                    and _SET_FOR_AFTER.match(body, timex.end) is not None)
        if given_up:  # (A는 발표일을 22일로 확정했다. 당초 12월 중순으로 잡았던 일정이 늦어졌다: the day given up of the event just told)
            kind = kind if kind != "other" else previous[-1].event_type
            members = members or list(previous[-1].actors)
        if (kind == "agreement" and not relative and members and clause[0] > sentence.start
                and _AGREED_BEFORE_END.search(body, sentence.start, clause[0])):
            # (A는 B와 … 함께 개발하기로 하고 7일 협약을 맺었다: the partner of what was agreed, told in the clause before)
            partners = [o.canonical for o in orgs if sentence.start <= o.start < clause[0] and _PARTNER_AFTER.match(body, o.end)]
            members = list(dict.fromkeys([*members, *partners]))
        if corrected is not None and (temporal.CORRECTED_TO.match(body, timex.end) or (
                (put_right := body.find("바로잡", timex.end, sentence.end)) >= 0
                and not any(timex.end <= t.start < put_right for t in timexes))):
            # 27일로 보도했으나 28일이 맞아 바로잡습니다: the day corrected takes the event, with the names the report told and
            # those of the one putting it right (평가가 11월에 열린다고 보도했으나 B 확인 결과 12월로 바로잡습니다: B's); so
            # does the last day told before the putting right (… 9일로 적었으나 오는 10일로 잡혀 있어 바로잡습니다)
            kind, members = corrected[0], list(dict.fromkeys([*corrected[1], *members]))
        if temporal.CORRECTED_FROM.match(body, timex.end):
            corrected = (kind, members)
            continue  # (the day reported wrongly is no event)
        if kind == "other" and (not members or len(timex.value) < 10 and body.startswith(_SUBJECT_MARKS, timex.end)
                                and not _TARGET_TIME.match(body, timex.end, sentence.end)
                                and not _SCALED_TO.search(body, timex.end, sentence.end)):
            # no event word and nobody taking part: background, not a timeline event; nor is a time
            # told of as the subject with no event word (지난겨울은 유난히 길었다), unless it is the time set for
            # what the sentence is about (준공은 2029년 상반기가 목표다)
            continue
        if (kind == "other" and not relative and body.find("까지", timex.start, clause[1]) < 0
                and _DEMAND_END.search(body, timex.end, clause[1]) and not body[clause[1]:sentence.end].strip(CLOSING_PUNCT + " .")):
            continue  # (정부는 내년 3단계에서 … 성과를 따져야 한다: a demand, no event; but 6월까지 내야 한다 is a term set)
        if (not relative and _all_quoted(sentence, [timex]) and (urged := _URGED_END.search(sentence.text)) is not None
                and _DEMAND_IN.search(sentence.text, timex.end - sentence.start, urged.start()) is not None):
            continue  # (A당은 9일 "정부는 지원책을 이달 안에 내놓아야 한다"고 촉구했다: what another is urged to do, no event)
        if (not relative and ("달라" in sentence.text or "바란다" in sentence.text) and _all_quoted(sentence, [timex])
                and (asked_for := _QUOTED_REQUEST.search(sentence.text)) is not None
                and asked_for.start() > timex.end - sentence.start and not body.startswith("까지", timex.end)
                and not any(mark in body[timex.end:sentence.start + asked_for.start()] for mark in "\"”")):
            # (A 장관은 "내년에는 세계에서 통하는 모델로 키워 달라"고 말했다: what others are asked to do, in the same words, no
            # event; but "이달 말까지 내 달라": a term set)
            continue
        if (not relative and holds_any(body[timex.end:clause[1]], _STAYED_OUT_MARKS)
                and (absent := _ABSENT.search(body, timex.end, clause[1])) is not None
                and bisect_left(timex_starts, absent.start()) == following):
            continue  # A는 같은 날 다른 일정으로 참석하지 못했다: where it was absent is no event of its own (not applying,
            # 2월 공모에 지원하지 않았다, is its own decision); a date before another is not the absence's (지난 8월 … 고배를
            # 마신 A는 이날 행사에 참석하지 않는다)
        if not relative and clause[0] > sentence.start and kind == "announcement" and len(after_date.split()) == 1:
            # `...발표회를 연다고 20일 밝혔다`: a clause of the date and one announcing word is titled by what it announced.
            reported_start = bounds[bisect_left(bounds, clause[0]) - 1] if clause[0] > bounds[0] else sentence.start
            title = make_title(body[reported_start:clause[0]], limit=TITLE_LIMIT - 3)
            title = title if not title or title.endswith("발표") else title + " 발표"
            if bisect_left(timex_starts, reported_start) == bisect_left(timex_starts, clause[0]):
                # What it announced has no date of its own: those it acted on take part on the day it was told
                # (A, B를 선정했다고 8일 밝혔다; B를 인수한다고 8일 밝혔다); a partner (B와 협약을 맺었다고)
                # is at the act's own day, which the story may tell later. (A, B가 뽑혔다고 C가 2일 밝혔다: the outcome's
                # teams, as its subject, are at that day too.)
                # (but not the body whose call it applied to: A는 B의 공모에 지원서를 제출했다고 11일 밝혔다)
                told_of = [o for o in orgs if reported_start <= o.start < clause[0] and not _APPLIED_TO_OWNED_CALL.match(body, o.end)]
                members = members + _objects(body, told_of, by_authority=_told_by_authority(agent, authority, orgs))
                if event_type(body[reported_start:clause[0]]) in OUTCOME_TYPES:
                    subjects = next((_listed_before(body, told_of[:i + 1]) for i, o in enumerate(told_of)
                                     if (subject_mark := _LISTED_SUBJECT_AFTER.match(body, o.end))
                                     and not _modifies(body, subject_mark.end() - 1)), [])
                    members = list(dict.fromkeys(members + [o.canonical for o in subjects]))
                if agent is not None and _TOLD_OUTCOME.search(body, reported_start, sentence.end):
                    # (A는 B와 함께 C를 선정했다고 20일 밝혔다: who did it with the subject, on the day it was told)
                    members = list(dict.fromkeys(members + _joint_partners(body, orgs, agent[0], clause[0], anywhere=True)))
                day_index = bisect_left(timex_starts, reported_start)
                if (not told_of and day_index and timex_starts[day_index - 1] >= sentence.start
                        and _ASKED_OF_END.search(body, reported_start, clause[0])):
                    # (A는 B, C에 오는 11일까지 자료를 내 달라고 요청했다고 2일 밝혔다: those asked, before the day of what
                    # they are asked to do, take part in the asking, on the day it was told)
                    asked = [o for o in orgs if sentence.start <= o.start and o.end <= timex_starts[day_index - 1]]
                    if asked and body.startswith(_ASKED_MARKS, asked[-1].end):
                        members = list(dict.fromkeys(members + _objects(body, asked, by_authority=True)))
        if ((not title or _ARROW.search(sentence.text)) and body.startswith(")", timex.end) and body.startswith("(", timex.start - 1)):
            # 공고(6월 20일), 접수 마감(7월 21일), … → 결과 발표(8월 하순): the day of the noun before its bracket, which titles it
            title = make_title(_noun_before_bracket(body[max(sentence.start, timex.start - 1 - BRACKETED_NOUN_REACH):timex.start - 1])) or None
        # (where the date's clause lost another date's relative clause, its title starts after the date in what is left)
        title_from = (len(_without(body, start, timex.end, own_interiors)) if own_interiors and region_start == start
                      else max(0, timex.end - region_start))
        if ("다는" in body[timex.end:sentence.end] and (report := _REPORT_TOLD.search(body, timex.end, sentence.end))
                and _DENYING.search(body, report.end(), sentence.end)):
            # (A가 다음 달 열리는 B의 사업에서 빠진다는 보도를 부인했다: B's program is told as it is, A not in it; with no
            # one else in it, no event)
            claimed_of = {o.canonical for o in _sentence_opened_by(body, sentence, orgs)}
            members = [name for name in members if name not in claimed_of]
            if not members:
                continue
        if not relative and answered is not None and timex.start >= answered[1]:
            members = [answered[0]]  # (A가 …다는 보도에 대해 9일 해명했다: A answers on the 9th; the claim's names are not there)
        if (_DAY_AS_PREDICATE.fullmatch(body, timex.end, sentence.end) and _COUNTED_DAY.fullmatch(timex.text)
                and _DONE_BEFORE_DAY.search(body, max(sentence.start, timex.start - 4), timex.start)):
            continue  # (… B가 28일 결과를 발표한 다음 날이다: the day another was told on, counted from B's, is none of B's;
            # but A의 발표는 그 전날이었다: A's)
        if ("주장" in sentence.text and (claimed := _CLAIMED_END.search(body, timex.end, sentence.end)) is not None
                and not _CLAUSE_BETWEEN.search(body, timex.end, claimed.start())
                and (agent is None or agent[0] < timex.start and not set(agent[1]) & set(members))):
            continue  # (언론사들은 두 회사가 2025년부터 기사를 썼다고 주장한다: what others are claimed to have done, no event;
            # but 회사가 1월 평가에서 탈락한 뒤 … 주지 않았다고 주장한다: the cut, told as what came before, is one)
        if (agent is not None and not dropped and agent[0] < timex.start and members
                and timex.value[:10] > published_day[:len(timex.value[:10])]
                and holds_any(body[timex.end:sentence.end], _URGING_VERBS) and _URGED_END.search(body, timex.end, sentence.end)):
            # (A는 다음 달 초 열리는 평가에 앞서 B가 배점을 공개할 것을 권고했다: a time ahead in what A urged, its day when
            # the urging is told past, is the urged act's, not A's)
            members = [name for name in members if name not in agent[1]]
        if (not in_clause and not people and (agent is None or dropped) and holds_any(body[timex.end:end], _ARISING_MARKS)
                and _TROUBLE_ARISEN.match(body, timex.end, end)):
            members = []  # (이날 회의에서는 지난 8월 평가 때 불거진 논란도 다룬다: what arose then is no doing of the one the
            # story follows; but A는 지난 8월 불거진 의혹을 해명했다: A's trouble)
        if (members and all(o.source == "reference" for o in in_clause) and not people and not relative
                and holds_any(sentence.text, OPENING_QUOTES)
                and _quoted_at(body, timex.start) and not _quoted_at(body, sentence.start + 1)
                and _PASSIVE_QUOTED_END.search(body, timex.end, sentence.end)):
            members = []  # (한 교수는 "기준이 지난 15일에야 공개됐다"고 지적했다: what was done by no one named, quoted, is not the
            # speaker's, nor the authority's told lately)
        if members and not relative and (holders := [o.canonical for o in orgs if timex.end <= o.start < clause[1]
                                                   and o.canonical not in members and _HOSTED_PLACE.match(body, o.end)]):
            members = [*members, *holders]  # (A가 9일 B가 연 해커톤에서 대상을 받았다: B held what A was at, that day)
        if weighed_by_measure:  # (… 발표(22일) 이후 준비 기간을 고려한 조치다: the time of what a measure weighed, not its
            # taker's; but 지난 2월 합류한 A의 개발 기간을 고려한 조치다: A's, named)
            members = [name for name in members if any(o.canonical == name for o in orgs)]
        mentions.append(_mention(article, sentence, timex, members, people, kind, text_region, inherited=False,
                                 title_from=title_from, title=title or None, status="planned" if moved[number] or given_up else None))
        if relative or (QUOTATIVE_ENDING.search(body, low, high) and (
                _PEOPLE_OWN_SUBJECT.search(body, clause[0], timex.start)
                or any(body.startswith(("이 ", "가 "), o.end) for o in in_clause if o.end < timex.start))):
            continue  # (... 위원 일부가 9일 학회에 가야 하기 때문이라고 A는 설명했다: not the day A told it)
        # Coordinated clauses with no date of their own share this one (15일 브리핑을 열고 A, B가 진출했다고).
        for clause_start, clause_end in _following_clauses(bounds, clause[1], sentence.start, dated_starts, body):
            named_here = [o for o in orgs if clause_start <= o.start < clause_end]
            if not named_here or body.find("이번", clause_start, clause_start + 8) >= 0 and _THIS_TIME_OPENING.match(body, clause_start):
                continue  # (…했지만, 이번에는 B에 뒤졌다: a time of its own, see _THIS_TIME_AFTER_CONTRAST)
            if body.startswith("까지", timex.end) and any(_own_subject_at(body, o.end) for o in named_here):
                continue  # (각 팀이 11일까지 자료를 내고, B가 검증한다: a deadline is of the clause it ends, not another's act)
            names = [o.canonical for o in named_here]
            if agent is not None and agent[0] <= timex.start and not any(_own_subject_at(body, o.end) for o in named_here):
                # (A는 … 도전했지만 B에 밀려 고배를 마셨다, … B와 함께 탈락했다: the clause names no subject of its own; A's still)
                names = list(dict.fromkeys([*agent[1], *names]))
            clause_text = body[clause_start:clause_end]
            predicate_end = clause_end
            while predicate_end in chaining and predicate_end < bounds[-1]:  # (B를 거쳐 ... 나눠 주고 있다)
                predicate_end = bounds[bisect_right(bounds, predicate_end)]
            if timex.direction == "past" and _GOING_ON_NOW.search(body, clause_start, predicate_end):
                continue  # 3월 계약을 맺었고, B를 통해 배분하고 있다: what goes on now, not the past day
            if _KEPT_GOING.search(body, clause_start, predicate_end) or _CARRIES_ON.search(body, clause_start, predicate_end):
                continue  # 다음 달 모델을 공개하고, B와의 사업도 그대로 진행한다: what goes on as it was, not at the date
                # (A는 내년부터 지원을 받고, B는 별도 트랙에서 경쟁을 이어간다: B carries on, no new event then)
            if "아직" in clause_text and _NOT_YET_DONE.search(body, clause_start, predicate_end):
                continue  # A는 23일 불참을 밝혔고, B는 아직 결정하지 않았다: what is not done yet has no day
            if (any(_own_subject_at(body, o.end) for o in named_here) and _final_direction(body[timex.end:clause[1]]) == "past"
                    and _final_direction(body[clause_start:predicate_end]) in ("present", "future")):
                continue  # (이달 3일 협약을 맺었고, 참여사 B가 운영을 맡는다: another's role from now on, not the day told)
            if (holds_any(clause_text, OPENING_QUOTES) and QUOTATIVE_ENDING.search(body, clause_start, predicate_end)
                    and not inside_quotation(body, sentence.start, clause_start)):
                continue  # (A 측은 "다음 달 초 …하겠다"고 했고, B 관계자는 "…할 것"이라고 말했다: another's words, beside it)
            if (holds_any(body[clause_start:sentence.end], _CRITICISM_WORDS) and any(_own_subject_at(body, o.end) for o in named_here)
                    and _FAULTED_DONE.match(body, predicate_end - len(body[clause_start:predicate_end].rsplit(None, 1)[-1]))):
                continue  # (A는 10일 자료를 내고 B가 GPU를 늦게 받았다고 지적했다: what is faulted was done before, not that day)
            if " 수 " in clause_text and _ABLE_TO.search(body, clause_start, predicate_end):
                continue  # 접수는 12일까지이며, A와 B도 다시 지원할 수 있다: what one may do is no event of that day
            if holds_any(clause_text, _GUESSED_MARKS) and _GUESSED.search(clause_text):
                continue  # 22일 … 발표한다며 A와 B가 유력하다고 보도했다: who is guessed likely takes no part
            kind_here = event_type(clause_text)
            mentions.append(_mention(article, sentence, timex, names, [], kind_here if kind_here != "other" else kind,
                                     clause_text, inherited=False, title_from=0, part=clause_start))
    if previous and holds_any(sentence.text, _BUT_ENDINGS):
        mentions += _turned_around_later(article, sentence, plans, bounds, dated_starts, mentions, previous, orgs, persons, agent)
    # (지난 1월 탈락한 A의 모회사 B는 1.1% 내렸다: a clause of the name whose owner or unit is the subject, told after it)
    about_org = [region[1] for _, region, relative, heads, _ in plans if relative and (heads or (
        (owned := _OWNED_AFTER_NAME.match(body, region[1])) is not None and any(o.start == owned.end() for o in orgs)))]
    # (평가 대상은 A, B가 지난달 30일 제출한 모델이다: those whose work is what the step told before takes up, told in a
    # dated clause, go on with that step as well)
    makers: list[ActorMention] = []
    if (previous and not has_main and not about_org and (step_topic := _EVENT_TOPIC.match(sentence.text)) is not None
            and "대상" in step_topic.group() and _word_type(step_topic.group()) != "other"):  # (not 이번 배분은 B가 발표한 선정에 따른 조치다)
        for _, region, relative, _, _ in plans:
            named = [o for o in orgs if region[0] <= o.start < region[1]]
            if relative and named and _LISTED_SUBJECT_AFTER.match(body, named[-1].end):
                makers += _listed_before(body, named)
                about_org.append(region[1])
    opening_topic = _EVENT_TOPIC.match(sentence.text) if previous and not has_main and about_org else None
    staged: list[Mention] = []  # (the occasion ahead a sentence with only an aside's past date goes on with)
    # (not inside someone's words: 한 의원은 "지난 8월 탈락한 A가 왜 떨어졌는지 …"라고 지적했다)
    rest = body[max(about_org):sentence.end] if previous and not has_main and about_org and not _quoted_at(body, max(about_org)) else ""
    if (opening_topic and (topic_kind := _word_type(opening_topic.group())) != "other"
            and opening_topic.end() + sentence.start <= min(i[0] for i in interiors)
            and any(_same_kind(topic_kind, m.event_type) for m in [*earlier, *previous])):
        rest = opening_topic.group() + " " + rest  # 평가 대상은 ... 지난 2월 선정된 모티프 등 4개 팀이다: what the sentence is about
        # (of the step just told; not of a meeting that set its scores: 위원회는 2일 배점을 확정했다. 심사 대상은 …)
    elif (previous and not about_org and _final_direction(sentence.text) in ("future", "present")
          and all(_over_before(t, published_day) for t in timexes)
          and (occasion := _EVENT_TOPIC.match(sentence.text)) is not None and _word_type(occasion.group()) in _STAGED_TYPES):
        # 발표회에는 A, B가 나와 지난 8월 선정 이후 개발한 모델을 시연한다: the occasion told is ahead, and those on its
        # stage with it; the past date is only of an aside
        aside = _SINCE_ASIDE.match(body, timexes[-1].end, sentence.end)
        rest = occasion.group() + " " + body[aside.end() if aside else timexes[-1].end:sentence.end]
    elif (previous and not about_org and any(m.status == "planned" and m.event_type in _STAGED_TYPES for m in previous)
          and _final_direction(sentence.text) in ("future", "present") and all(_over_before(t, published_day) for t in timexes)
          and (aside := _SINCE_ASIDE.match(body, timexes[-1].end, sentence.end)) is not None
          and _word_type(body[aside.end():sentence.end].split()[-1]) != "other"):
        # (… 30일 발표회를 연다. A, B가 지난 8월 선정 이후 개발한 모델을 차례로 선보인다: those on the stage of the occasion
        # just told, with no topic; the past date is only of the aside since)
        rest = body[aside.end():sentence.end]
        staged = [m for m in previous if m.status == "planned" and m.event_type in _STAGED_TYPES]
    if (rest and (event_type(rest) != "other" or _PRICE_MOVE.search(rest) or _RANK_MOVE.search(rest))
            and not _THIS_TIME_IN_A_SERIES.search(rest)):
        # 지난 2월 합류한 모티프는 81점에 그쳐 탈락했다: the date tells of the organization; what it does
        # now goes on with the event just told (지난 1월 탈락한 B는 0.4% 내렸다: so does a share's move, of the day traded;
        # and a move in a ranking, 지난달 1위였던 B의 모델은 2위로 내려갔다).
        main = Sentence(sentence.start, sentence.end, rest)
        outside = [o for o in orgs if o in makers or not any(a <= o.start < b for a, b in interiors)]
        # (지난 8월 탈락한 A의 자회사 B는 2.3% 내렸다: A is what the clause told of; B's is the move)
        outside = [o for o in outside if not (body.startswith("의", o.end) and (related := _RELATED_AFTER.match(body, o.end)) is not None
                                              and any(x.start == related.end() for x in orgs))]
        # (지난 8월 탈락한 A 컨소시엄의 B는 3.1% 내렸다: A is whose B is, now)
        outside = [o for o in outside if not (_PARTNER_OF.match(body, o.end) and any(x.start > o.end for x in outside))]
        if not staged and _PRICE_MOVE.search(rest) and not any(_PRICE_MOVE.search(m.sentence) for m in previous) and (
                traded := [m for m in earlier if _PRICE_MOVE.search(m.sentence)]):
            previous = traded  # (A는 6% 올랐다. B가 10일 결과를 낸다는 소식 영향이다. … C는 1% 내렸다: the day traded, not the news's)
        carried = _continuation(article, main, staged or previous, outside,
                                [p for p in persons if not any(a <= p.start < b for a, b in interiors)], earlier=earlier)
        # (지난 2월 합류한 A의 모델은 … 문항에서 빠졌다, after a story of January: those the date tells of as done then
        # take no part in an event over before it)
        mentions += _with_evidence(sentence, [m for m in carried if not any(
            told.status == "happened" and told.date_start > m.date_end and set(told.actors) & set(m.actors) for told in mentions)])
    if (previous and "이번" in sentence.text and (this_time := _THIS_TIME_AFTER_CONTRAST.search(body, sentence.start, sentence.end))
            and all(t.end <= this_time.start() and t.direction == "past" for t in timexes)):
        # (A는 1월 평가에서 1위를 했지만, 이번에는 B에 뒤졌다: the clause of 이번 goes on with the event the story tells, not with
        # the day set against it; its subject is the sentence's)
        this_start = this_time.start(1)
        now = Sentence(this_start, sentence.end, body[this_start:sentence.end])
        carried = _continuation(article, now, previous, [o for o in orgs if o.start >= this_start],
                                [p for p in persons if p.start >= this_start], earlier=earlier)
        subject = list(agent[1]) if agent is not None and agent[0] < this_start else []
        for mention in carried:
            mention.actors = list(dict.fromkeys([*subject, *mention.actors]))
            if mentions:
                mention.event_type = mentions[-1].event_type  # (this time's event is of the kind set against it)
        mentions += _with_evidence(sentence, carried)
    if (previous and orgs and orgs[0].start < timexes[0].start
            and (outcome := _OUTCOME_BEFORE_DATE.match(body, orgs[0].end, timexes[0].start)) is not None):
        # (… 결과를 발표했다. A는 3위에 그쳐, 이달 말 열리는 평가에서 다시 겨룬다: the outcome told before the date, with no
        # date of its own, is of the results just told)
        outcome_told = Sentence(sentence.start, outcome.end(), body[sentence.start:outcome.end()])
        mentions += _with_evidence(sentence, _continuation(article, outcome_told, previous, [o for o in orgs if o.end <= outcome.end()], [],
                                                           earlier=earlier))
    if "보다" in sentence.text:
        mentions += _plan_beaten_or_missed(article, sentence, timexes, mentions, persons)
    if outcome_after_call is not None:
        start, end, outcome_kind = outcome_after_call
        doers = list(agent[1]) if agent is not None and agent[0] <= start else []
        chosen = [o.canonical for o in orgs if start <= o.start < end]
        mentions.append(_mention(article, sentence, timexes[-1], list(dict.fromkeys([*doers, *chosen])), persons, outcome_kind,
                                 body[start:end], inherited=False, title_from=0, part=start - sentence.start))
    if holds_any(sentence.text, _SETTING_ASIDE_WORDS):
        # (들어온 곳은 A가 아닌 B였다; 'A가 …한다'는 부분은 A가 아닌 B의 계획이었기에 바로잡습니다: the sentence sets A aside
        # wherever it names it)
        set_aside = {o.canonical for o in orgs if sentence.start <= o.start < sentence.end and _NOT_THIS_ONE.match(body, o.end)}
        for mention in mentions:
            mention.actors = [name for name in mention.actors if name not in set_aside]
    return mentions


# An outcome told first, closed by a connective, before a sentence's date (A는 3위에 그쳐, 이달 말 …; B는 점수에 밀려 …).
_OUTCOME_BEFORE_DATE: Final = re.compile(r"(?:은|는|이|가)\s+(?:[^\s.,]+\s+){0,3}?[^\s.,]*(?:에\s*그쳐|에\s*밀려|(?:탈락|제외)돼"
                                         r"|(?:탈락|제외)해|떨어져|고배를\s*마셔)(?=[\s,])")
_TURN_TOPIC: Final = re.compile(r"\s*(?:진짜\s*)?(?:반전|이변|변화|위기|고비|전환점|승부처)(?:은|는|이|가)\s")  # (a turn as the subject)
# A clause of this time set against one of another told before it (…했지만, 이번에는 …).
_THIS_TIME_TOPIC: Final = r"이번에는|이번엔|이번\s*평가에서는"
# A relative clause of what was not done (쉬지 않았던, 멈추지 않은): no event of its time.
_NOT_DONE_RELATIVE: Final = re.compile(r"지\s*않(?:았던|은|던)\s*$")
# How things stood, said as a state at the end of quoted words (준비가 덜 됐었다, 시간이 부족했다, 쉽지 않았다).
_STATE_SAID: Final = re.compile(r"(?:(?:덜|안|못)\s*됐었|부족했|미흡했|미비했|아쉬웠|어려웠|힘들었|충분했|쉽지\s*않았|만만치\s*않았|늦었|빨랐)"
                                r"(?:다|고|지만|는데|어요|습니다)?[.!?]?\s*$")
# What is handed on told from the thing's side (나머지 384장은 다음 달 넘어간다, 나머지는 4월 배정된다).
_GOES_OVER: Final = re.compile(r"(?:넘어간|넘어가|돌아간|돌아가|배정된|배정될|배정돼|지급된|지급될|전달된|전달될)")
# A move in a ranking (2위로 내려갔다, 3위까지 밀려났다, 1위로 올라섰다).
_RANK_MOVE: Final = re.compile(r"\d+\s*위(?:로|까지)\s*(?:내려|떨어|밀려|올라|뛰어|오르|내려앉)")
# An item of an authority's box telling its act, dated in brackets, with those it concerns after a colon
# (○ 1차 단계평가 결과 발표(1.15.): A 통과, ○ 추가 정예팀 선정(2.20.): B).
_AUTHORITY_ACT_ITEM: Final = re.compile(r"\s*[○◯●•ㅇ\-△▲□■]\s*[^:(\n]{0,24}?(?:발표|선정|선발)\s*\((?P<time>[^()]{2,16})\)\s*:")
# This time told as its place in a series (A에는 이번이 첫 단계평가다): a description of the time under way, no event told last.
_THIS_TIME_IN_A_SERIES: Final = re.compile(r"이번이\s*(?:첫|처음|마지막|[가-힣\d]{1,2}\s*번째)")
_THIS_TIME_AFTER_CONTRAST: Final = re.compile(rf"(?:지만|으나|는데),?\s+({_THIS_TIME_TOPIC})\s")
_THIS_TIME_OPENING: Final = re.compile(rf"\s*(?:{_THIS_TIME_TOPIC})\s")


# A day set for something, then compared with the day it was done (계약상 납기인 지난달 30일보다 나흘 이른 26일 끝냈다,
# 예정일이던 5일보다 사흘 늦은 8일 열렸다): the day set is the plan of the same event, kept early or late.
_DAY_SET_BEFORE: Final = re.compile(r"(?:납기|마감일?|기한|시한|예정일|목표일?|약속한\s*날)(?:인|이던|이었던|였던)\s*$")
_DAY_KEPT_AFTER: Final = re.compile(r"(?:\s*" + alternation("month_part") + r")?보다\s+(?:\S+\s+){0,2}?(?:이른|늦은|앞선|빠른|일찍|늦게|먼저|빨리|앞당겨|늦춰|미뤄)")
DAY_SET_REACH: Final = 8  # characters before a date within which the word of the day set ends


def _plan_beaten_or_missed(article: Article, sentence: Sentence, timexes: list[Timex], mentions: list[Mention],
                           persons: list[PersonMention]) -> list[Mention]:
    """The planned mentions of days set that a sentence compares with the day the thing was done (see _DAY_SET_BEFORE)."""
    body, planned = article.body, []
    for timex in timexes:
        if ((kept := _DAY_KEPT_AFTER.match(body, timex.end)) is None
                or not _DAY_SET_BEFORE.search(body, max(sentence.start, timex.start - DAY_SET_REACH), timex.start)):
            continue
        done = next((m for m in mentions if m.timex_start >= kept.end() and not m.inherited), None)
        if done is not None and done.actors:
            planned.append(_mention(article, sentence, timex, done.actors, persons, done.event_type, sentence.text,
                                    inherited=False, title_from=0, status="planned", title=done.title))
    return planned


_SET_AGAINST_OPENINGS: Final = ("그러나", "하지만", "그렇지만")  # (a line set against the one before: □ 그러나 …)
# A day counted from the signing told (협약식 이튿날인 9일에는, 계약 체결 다음 날): what follows is the parties'.
_COUNTED_FROM_PACT: Final = re.compile(r"(?:협약식|협약|계약식|계약|체결식|MOU|업무협약)\s*(?:체결\s*)?(?:이튿날|다음\s*날|당일|직후|사흘\s*뒤|이틀\s*뒤)")
_WATCHING: Final = re.compile(r"(?:주목|내다보|내다봤|전망|관측|예상|지켜보|눈여겨보)")  # (a watcher's verb: 시장은 4분기를 주목한다)
_OTHER_ONE_BEFORE: Final = ("새 ", "다른 ", "경쟁 ", "상대 ", "각 ")  # (새 컨소시엄은: not the one named last)
# A name told absent at the sentence's end (명단에 A는 없었다): it takes no part in what the sentence dates.
_TOLD_ABSENT: Final = re.compile(r"(?:은|는|이|가|도)\s+(?:아직\s+|끝내\s+|끝까지\s+)?(?:없었다|없다|없었습니다|없습니다)[.!\"'”’]*\s*$")
# A time of its own told after a date, before a relative clause's verb (5월 28일, 한 번 떨어졌던 A가: earlier than the date).
_EARLIER_TIME_WORD: Final = re.compile(r"(?<![가-힣])(?:한\s*번|한때|앞서|과거에?|이전에|예전에|지난번에?)\s")


def _outcome_of_dropped(body: str, sentence: Sentence, timex: Timex, end: int) -> bool:
    """Whether a sentence whose only date is in a relative clause (ending at `end`) tells, with no subject anywhere, an
    outcome of the subject it drops (그러나 8월 4일 발표된 최종 명단에서는 빠졌다: the one before, cut that day)."""
    after = Sentence(end, sentence.end, body[end:sentence.end])
    # (… or its place in the results: 15일 발표된 평가에서 세 부문 모두 1위를 차지한 지 일주일 만이다)
    return (_SUBJECT_PARTICLE.search(body, sentence.start, timex.start) is None
            and (event_type(after.text) in OUTCOME_TYPES or _RANKED.search(after.text) is not None
                 or _SCORE_GOT.search(after.text) is not None)
            and _subject(body, after, [], [])[1] == "none")


def _over_before(timex: Timex, day: str) -> bool:
    """Whether the time a date covers is all over before the day (ISO) given."""
    covered = temporal.value_range(timex.value.split("T")[0])
    return covered is not None and covered[1].isoformat() < day


def _with_evidence(sentence: Sentence, mentions: list[Mention]) -> list[Mention]:
    """Mentions read from a part of a sentence, with the whole sentence as their evidence."""
    for mention in mentions:
        mention.sentence, mention.sentence_start, mention.sentence_end = sentence.text, sentence.start, sentence.end
    return mentions


# An organization that only qualifies a noun: the maker of a product (엔비디아 B200 GPU), or the
# owner before its own unit (엔씨소프트의 AI 자회사 NC AI); or one named as not chosen (A 대신 B).
_PRODUCT_AFTER: Final = re.compile(r"\s*(?:(?:최신|차세대|신형|고성능|주력|첨단)\s*)?"  # (엔비디아 최신 GPU)
                             r"(?:[A-Z][A-Za-z]*\d|(?:[A-Z][A-Za-z]+\s*)?(?:GPU|NPU|TPU|칩|반도체|서버|그래픽처리장치|제품))")
_RECORD_KEPT_AFTER: Final = r"\s*(?:회의록|속기록)"  # (or the keeper of a record: 국회 회의록이 담긴다)
# ... or the maker of what another works with (B사는 9월부터 A 모델로 상담을 처리한다, A의 언어모델 X.Y로 만든): A does
# nothing itself.
_INSTRUMENT_AFTER: Final = (r"(?:의)?\s+(?:['‘][^'’]{1,20}['’]\s*|[^\s.,]+\s+)?[가-힣]*(?:모델|솔루션|엔진)(?:\s+[A-Za-z][\w.\-]{0,15})?(?:로|으로)\s"
                           # (… B가 A 'X' 모델을 얹은 비서를 선보인다: the maker of what another builds on)
                           r"|(?:의)?\s+(?:['‘][^'’]{1,20}['’]\s*|[^\s.,]+\s+)?(?:모델|엔진)(?:을|를)\s+(?:얹은|탑재한|적용한|넣은)\s")
# The subject of a clause that only sets the scene (과기정통부가 선정을 앞둔 가운데 ...); with a date of its own
# (과기정통부가 23일 공모를 시작한 가운데) the clause tells what its subject did then.
_BACKGROUND_AFTER: Final = re.compile(r"[이가]\s+(?:(?!\d|이날|전날|오늘|어제)[^.,]){0,30}?(?:앞둔|[는한된])\s*가운데")
_INSTEAD_AFTER: Final = r"\s*대신\s"  # A 대신 B를 뽑았다: A is the one not chosen
# Those whose going left the place now filled (A와 B가 탈락하면서 생긴 빈자리, A의 탈락으로 비게 된 자리): the reason, not a party.
# (With no date of its own: 지난달 15일 A가 탈락하면서 생긴 빈자리 tells of A at the 15th.)
_LEFT_GAP: Final = re.compile(r"(?:이|가|의)\s+[^.\n]{0,30}?(?:생긴|남긴|비운|비게\s*된|빠진)\s*(?:빈\s*)?(?:자리|공백|공석)")
# The owner of what another took up (B가 A의 큐원 인코더와 가중치를 가져다 쓴 것): A does nothing itself.
# (after a name, its product named in quotation marks, perhaps in brackets too: 알리바바 '큐웬(Qwen)'의)
_NAMED_PRODUCT: Final = (r"(?:\s*['‘\"“][^'’\"”\n]{1,24}['’\"”](?:\s*\([^()\n]{1,20}\))?"
                         # (… or bare: 알리바바 큐웬의, 큐웬 모델의 인코더를; not a count of them, A, B 네 팀의 모델을; nor the
                         # owner's own thing as the topic, A 모델은 B의 인코더를 그대로 썼다: A's, what was found of it)
                         r"|(?:\s+(?![두세네]\s|다섯\s|\d)[^\s.,'‘’\"“”]{1,12}(?<![은는])){1,2}(?<![팀곳사])(?=의\s))?")
_DOTTED_CHARACTER: Final = r"(?:[^\s.]|\.(?=\w))"  # (a word's character, a dot inside a name too: A.X)
# ... or the maker of one of the things another put to a test, listed (연구팀은 A 'X', B 'Y' 등 모델 12종을 시험했다)
# (C는 A의 X와 B의 Y를 대상으로 한 안전성 평가 결과를 공개했다: the makers of what was tested, all those listed with the owner)
_TESTED_OWNER_AFTER: Final = (r"의\s+(?:[^.\n]|\.(?=\S)){1,40}?(?:을|를)\s*(?:대상으로\s*(?:한\s|진행한\s|실시한\s)?(?:[^\s.,]+\s+){0,2}?"
                              r"[^\s.,]*(?:평가|검증|시험|점검|테스트)"
                              r"|(?:비교|평가|검증|시험|분석)\s*대상에\s*(?:넣|포함|올))")  # (B의 모델을 비교 대상에 넣었다)
_TESTED_OWNER: Final = re.compile(_TESTED_OWNER_AFTER)
_LISTED_AS_TESTED_AFTER: Final = (r"\s*['‘\"“][^'’\"”\n]{1,24}['’\"”]\s*(?:[,·]|등\s)[^.\n]{0,60}?"
                                  r"(?:시험|비교|평가|테스트|검증|측정)(?:했|한다|하고|해|한\s|하는\s)|" + _TESTED_OWNER_AFTER)
# A noun of time an act told before it is the landmark of (공개한 직후, 뽑힌 뒤에, 선정된 다음 날).
_TIME_AFTER_ACT: Final = r"(?:직후|직전|뒤|후|다음|이후|이전|무렵|즈음|당시)(?:에|에는|엔|부터)?[\s,]"
_TAKEN_FROM_AFTER: Final = (_NAMED_PRODUCT + rf"(?:의\s+(?:{_DOTTED_CHARACTER}+\s+){{0,4}}?{_DOTTED_CHARACTER}*[을를]\s+"
                            # (… 가중치를 일부 활용한, 모델을 차량용으로 다듬어)
                            r"(?:(?:일부|일부분|대부분|상당\s*부분|모두|직접|함께|같이|[^\s.]+[용형]으로)\s+)?(?:가져다|빌려|차용|베껴|그대로\s"
                            r"|넘겨받|건네받|이어받"  # (위원들은 A의 검증 결과를 넘겨받아: what another hands on, done)
                            # (A의 기술과 B의 데이터를 활용해 개발됐다, 활용했다는, A의 데이터를 학습했다)
                            # (A의 모델을 넣은 앱, 적용한 서비스: what was built in, not its maker, acts)
                            r"|(?:활용|이용|탑재|사용|학습|적용|접목|이식)(?:해|한|하여|했\S*)(?:\s|$)|썼|쓴\s|써(?:서)?\s|쓰고\s|넣[은어었]|얹[은어었]"
                            r"|다듬[어은었]|손(?:봐|본|봤)\s"  # (A의 모델을 차량용으로 다듬어: what another reworks)
                            r"|(?:바탕|기반)으로\s)"
                            # ... or built on (A 모델 기반 해설 서비스, A의 엔진 기반의 검색: what stands on A's thing)
                            r"|(?:의)?\s+(?:[^\s.,]+\s+)?(?:모델|엔진|칩|반도체|NPU|LLM|언어\s*모델)\s*기반(?:의)?\s"
                            r"|(?:의)?\s+['‘\"“]?[^\s.,'’\"”]+['’\"”]?\s*기반(?:의)?\s"  # (A K-엑사원 기반 앱: its thing by name)
                            # ... or made something with (A의 칩으로 비용을 줄인다; but A의 지원으로: A takes part)
                            r"|의\s+(?:[^\s.]+\s+){0,2}?[^\s.]*(?:칩|반도체|NPU|GPU|서버|엔진|인코더|가중치|모델|데이터)(?:으로|로)\s"
                            # ... or whose chip another's thing runs on (A의 NPU '레니게이드'에서 돌아가는 경량판)
                            # (not A의 모델 학습이 이곳에서 돌아가고 있다: A's work, run there)
                            r"|의\s+(?:[^\s.]+(?<![이가은는])\s+){0,2}?(?!이곳|그곳|여기)[^\s.]*에서\s+(?:돌아가|구동되|구동하는|작동하는|실행되)"
                            # ... or whose cases another shows (대표가 B, C의 활용 사례를 소개한다)
                            r"|의\s+(?:[^\s.,]+\s+){0,2}?[^\s.,]*사례(?:를|을)\s+(?:소개|공유|선보|발표)"
                            # ... or whose thing is the subject of its being put to use (도우미에는 A의 엑사원과 B의 A.X가 쓰인다)
                            r"|의\s+(?:[^\s,]+\s+){0,4}?[^\s,]*?[이가]\s+(?:[^\s.,]+\s+){0,2}?"
                            r"(?:쓰인|쓰였|쓰일|활용된|활용됐|활용될|적용된|적용됐|적용될|탑재된|탑재됐|탑재될)"
                            # ... or made the thing, told as what is used (B는 A가 만든 모델을 게임에 얹었다; but A가 만든 모델이
                            # 1위를 했다: the thing as the subject stands for its maker; A가 지난달 공개한 모델에: a making with its own time)
                            r"|(?:(?:(?:\s*컨소시엄)?[이가]\s+(?:개발\s*중인|개발하고\s*있는|만들고\s*있는)"  # (A 컨소시엄이 개발 중인 독자 AI 모델을)
                            r"|(?:\s*컨소시엄)?[이가]\s+(?:(?!지난|올해|작년|내년|이달|오는|이번|당시|전날|어제)[^\s.,\d]+\s+){0,3}?"
                            # (not A가 모델을 공개한 직후 자체 모델을 내놨다: the making is the time of another's act)
                            r"(?:만든|개발한|내놓은|설계한|학습시킨|구축한|제작한|공개한|선보인))\s+(?!" + _TIME_AFTER_ACT + r")(?:[^\s.,]+\s+){0,2}?[^\s.,]*"
                            r"(?:모델|엔진|칩|반도체|데이터|말뭉치|기술|가중치|코드|솔루션|플랫폼)"
                            # (or the thing by its name, after where it was made: … 모델 사업에서 개발한 'A.X K2'를 바탕으로; not a
                            # verb of the maker's own between, 이날 무대에 올라 그동안 개발한 'X'를 선보인다)
                            r"|(?:\s*컨소시엄)?[이가]\s+(?:(?!지난|올해|작년|내년|이달|오는|이번|당시|전날|어제|이날)"
                            r"(?![^\s.,\d]*(?:고|며|라|해|나서|와서)\s)[^\s.,\d]+\s+){0,5}?"
                            r"(?:만든|개발한|내놓은|설계한|학습시킨|구축한|제작한|공개한|선보인)\s+['‘\"“][^'’\"”\n]{1,24}['’\"”])"
                            r"(?:을|를|으로|로|에|을\s*바탕으로|를\s*바탕으로|을\s*기반으로|를\s*기반으로)(?=[\s,]))")
_TAKEN_FROM: Final = re.compile(_TAKEN_FROM_AFTER)
# A maker showing what it made, with no other subject told before it (선정된 A, B가 넉 달간 개발한 모델을 선보이는 자리다):
# it takes part; B는 A가 만든 모델을 얹었다 leaves A out.
_OWN_MAKING_SHOWN: Final = re.compile(r"[이가]\s+(?:[^\s.,]+\s+){0,3}?(?:만든|개발한|내놓은|설계한|학습시킨|구축한)\s+(?:[^\s.,]+\s+)?"
                                      r"[^\s.,]*(?:모델|엔진|칩|기술|솔루션|플랫폼|서비스)[을를]\s+(?:[^\s.,]+\s+){0,2}?(?:선보|공개|시연|소개|발표)")


def _shows_own_making(body: str, org: ActorMention) -> bool:
    """Whether `org` made what its sentence shows and stands as its subject (see _OWN_MAKING_SHOWN)."""
    if _OWN_MAKING_SHOWN.match(body, org.end) is None:
        return False
    sentence_start = max(body.rfind(".", 0, org.start), body.rfind("\n", 0, org.start)) + 1
    # (a word in 은/는 that is no relative clause's verb, 받은 or 열리는: a topic, another subject)
    return all(_role(word.group().strip()) == "adnominal" for word in _TOPIC_WORD.finditer(body, sentence_start, org.start))


_APART_AFTER: Final = r"(?:의\s+(?:\S+\s+){0,5}?\S*?)?(?:와|과)는?\s*(?:별개|별도|무관하게|달리)"  # A의 사업과는 별개로
# A name that only says whose consortium or whose partner another is: A 컨소시엄의 B는, A 컨소시엄에서는
# B가, B가 A 컨소시엄에서 맡았던 과제, A 컨소시엄에서 같은 역할을 했다, A와 손잡은 B는 (what B does is B's).
# (A 컨소시엄의 2차 단계평가는: the consortium's own event, A's)
# (B는 A 컨소시엄의 일원으로 뽑혔다, A 컨소시엄의 창립 멤버로 선정 때부터 함께했다, 일원으로 … 시연을 했다, like A 컨소시엄
# 소속으로: B in its capacity as A's member, so A too)
_MEMBER_WORDS: Final = r"(?:참여사|참여\s*기업|파트너사?|협력사|회원사|구성원)"  # (what a consortium's member is called)
_CONSORTIUM_OF_AFTER: Final = (r"\s*컨소시엄(?:의\s(?!(?:\d차\s*|최종\s*)?(?:단계\s*)?(?:평가|심사|발표|선정|탈락|결과|일정|협약)"
                               rf"|(?:창립\s*|초기\s*|핵심\s*)?(?:일원|멤버|{_MEMBER_WORDS})(?:으로|로),?\s"
                               r"(?=[^.]{0,24}?(?:선정|뽑|선발|통과|합류|참여|탈락|평가|진출|정예팀|이름을\s*올|시연|무대)))"
                               r"|\s+(?:과제|사업)\s*(?:매출|수익|물량)(?:[은는이가을를도]|\s)"  # (A 컨소시엄 과제 매출이: B's revenue)
                               # (A 컨소시엄 참여사인 B는: B as A's member; B, C 등 컨소시엄 참여사도: the members, not the lead;
                               # B가 A 컨소시엄 합류 10개월 만에: since it joined)
                               # (A 컨소시엄 참여사로서 B는 …: in its part as A's member)
                               rf"|\s*(?:컨소시엄\s*)?{_MEMBER_WORDS}(?:인|이자|로서|들?도|들[은는이])?\s"
                               r"|\s*(?:합류|참여|가입)\s+[^\s.,]+\s*만에\s"
                               # (B는 지난해 8월부터 A 컨소시엄에 참여해 왔다: B's own doing since then)
                               r"|(?:에|으로)\s*(?:참여|합류)(?:(?:해|하고|하며)\s*(?:왔|온|오고|있)|했던\s)"
                               # (but A 컨소시엄에서는 B가 빠졌다: a member leaving or joining, A's lineup changed)
                               r"|에서는\s(?!(?:[^\s.,]+\s+){0,3}?[^\s.,]*(?:빠졌|빠지|빠진|탈퇴|하차|이탈|합류))"
                               r"|(?:에\s*참여한|에\s*속한|\s*소속)\s|에서\s(?=(?:[^\s.,]+\s+){0,3}?(?:맡|수행|진행|담당|활동|역할)))")
_PARTNER_OF: Final = re.compile(_CONSORTIUM_OF_AFTER)
# A name told as a partner of another (참여사인 B, 협력사 B): an aside, when the story follows another company.
# (a body told by its tie to the one followed, 협력사인 B, 모회사 B: told aside, as a partner is)
_PARTNER_BEFORE: Final = re.compile(r"(?:참여사|협력사|파트너사|협력업체|공급사|모회사|모기업|지주사|자회사|계열사)(?:인|로|인\s+[^\s.,]+의)?\s+$")
PARTNER_BEFORE_REACH: Final = 12  # characters before a name where the word telling it a partner ends
# An organization told as another's own, after it (A의 모회사 B, A의 협력사 B): the head of what a clause before A is of.
_AFFILIATE_NOUNS: Final = r"계열사|관계사|그룹사|자회사|협력사|협력업체|참여사|파트너사"  # (a body's units and partners)
_RELATED_AFTER: Final = re.compile(rf"의\s+(?:{_AFFILIATE_NOUNS}|모회사|최대주주|지주사|모기업)\s+")
_OWNED_AFTER_NAME: Final = re.compile(r"\s+(?:[^\s.,]+\s+)?[^\s.,]+" + _RELATED_AFTER.pattern)


def _consortium_a_clause_modifies(body: str, org: ActorMention) -> bool:
    """Whether the name is of a consortium a clause modifies, before its member (지난 8월 탈락한 A 컨소시엄의 B는, … 탈락한 A
    컨소시엄 참여사 B가): the consortium is who did what the clause tells, and only that."""
    return (_PARTNER_OF.match(body, org.end) is not None
            and _modified_by_clause(body[max(0, org.start - SUBJECT_WORDS_REACH):org.start]))


def _consortiums_own(body: str, org: ActorMention, following: list[ActorMention]) -> bool:
    """Whether a thing of a consortium, no member named, is the subject after its name (A 컨소시엄의 3단계 첫
    학습 작업은 10일 시작됐다): the consortium's work, A's (but A 컨소시엄의 B는: the member, B)."""
    own = _CONSORTIUMS_THING.match(body, org.end)
    return own is not None and not any(o.start < own.end() for o in following)


_CONSORTIUMS_THING: Final = re.compile(r"\s*컨소시엄의\s+(?:[^\s.,]*[^\s.,에을를의와과도]\s+){0,3}?[^\s.,]+?(?:은|는|이|가)\s")
_MEMBER_OF_ITS_CONSORTIUM: Final = re.compile(rf"\s*컨소시엄\s*{_MEMBER_WORDS}(?:인|이자)\s")  # (A 컨소시엄 참여사인 B)
_COUNT_TOPIC: Final = re.compile(r"\s*(?:[^\s.,]+\s+){0,2}?[^\s.,]*\s수(?:는|가)\s")  # (탈락 팀 수는, 참가 기업 수가)
_ALLIED_AFTER: Final = (r"(?:와|과)\s*(?:손잡|손을\s*잡|협력하|협력해\s*온|제휴하|제휴한|짝을\s*이루|짝을\s*이룬|함께한|함께했던"
                        r"|함께\s*(?:개발|구축|만들|설계)(?:한|해\s*온|했던))(?:은|았던|는|던)?\s(?!(?:데|것|뒤|후)(?:[\s,]|에[\s는도]|[는도가을이]\s))"
                        # (not A와 손잡은 데 이어; A, B 등 협력사와 함께 개발한 모델: the list's names too)
                        r"|(?=\s*[,등])(?=[^.\n]{0,30}?등\s*(?:협력사|파트너|참여사))(?:\s*,\s*[^\s,]+)*\s*등\s*(?:협력사|파트너사?|참여사)\s*(?:와|과)\s*함께\s*(?:개발|구축|만들|설계)(?:한|해\s*온|했던)\s")
# One whose consortium another is in, as who that other is (A와 같은 컨소시엄에 속한 B는, A와 한 팀인 B): B acts, not A.
_SAME_CONSORTIUM_AFTER: Final = (r"(?:와|과)\s*(?:같은|한)\s*(?:컨소시엄|팀)(?:에\s*(?:속한|속해\s*있는|몸담은|참여한|참여하는)"
                                 r"|의|인|을\s*(?:이룬|꾸린))\s")
# One an event follows (A에 이어 B도 3일 공개했다): A did it before, not then (but B는 A에 이어 2위에 올랐다: of one ranking).
_FOLLOWING_AFTER: Final = r"에\s*이어\s(?!(?:\d+|[가-힣]{1,2}\s*번째)\s*(?:위|순위))"
_FOLLOWING: Final = re.compile(_FOLLOWING_AFTER)
# A 소관 예산안을 의결했다, A 산하 기관, A 소속 언론사 12곳이: what is A's, not A, takes part (but A 소속 의원: a member
# acting for A)
_IN_CHARGE_OF_AFTER: Final = (r"\s*(?:소관|산하)\s"
                              r"|\s*소속\s+(?=(?:[^\s.,]+\s+)?(?:언론사|회원사|기업|업체|기관|단체|병원|학교)(?:들)?(?:[은는이가]|\s))")
# (see GATHERINGS; also with its name in brackets and the gathering's own name: A(B)의 연례 행사 'C 2026'에서)
_HOST_AFTER: Final = (rf"{_BRACKETED_AFTER}의?(?:\s+[^\s,.]+){{0,2}}?\s*(?:{GATHERINGS})"
                      r"(?:\s*['‘\"“][^'’\"”\n]{1,40}['’\"”])?에서\s")
_HOSTED: Final = re.compile(_HOST_AFTER)
# A name before the companies of its group or its partners (LG 계열사 주가가, A 협력사들은): theirs is the news.
_AFFILIATE_WORDS: Final = rf"(?:{_AFFILIATE_NOUNS})들?(?:[은는이가의와과도을를에]|인\s|\s)"
_AFFILIATES_AFTER: Final = r"\s*" + _AFFILIATE_WORDS
# (A 출신 연구자가 맡는다, A 창업 동아리에서 출발한 기업: where a person or a company came from, no party)
_ORIGIN_AFTER: Final = r"(?:(?:\s+[^\s.,]{1,4})?\s*출신(?:[은는이가의인으]|\s)|(?:\s+[^\s.,]{1,6}){0,2}?\s*에서\s*(?:출발한|출범한|분사한|창업한|태어난)\s)"
# ... or with bare nouns between (LG그룹 정보기술 계열사), tried only where one of the words (all hold 사
# or 업체) is near.
_AFFILIATES_BEYOND: Final = re.compile(r"\s+(?!등\s)(?:[^\s,.]*[^\s,.은는이가을를와과의도에]\s+){1,2}?" + _AFFILIATE_WORDS)  # (A 등 협력사: one)
AFFILIATES_REACH: Final = 30


# A body owning the call a clause's subject applies to (B의 추가 공모에 지원서를 제출했다).
_APPLIED_TO_OWNED_CALL: Final = re.compile(r"의\s+(?:[^\s.,]+\s+){0,3}?[^\s.,]*(?:공모|모집|사업|과제)에\s+(?:[^\s.,]+\s+){0,3}?"
                                           r"[^\s.,]*(?:지원|신청|제출|응모|도전)")


# One who cites data obtained from another (박 의원이 B에서 받은 자료에 따르면, A 의원(C당)이 B로부터 제출받은 자료를 보면).
_DATA_CITED_MARKS: Final = ("따르면", "의하면", "보면")
_DATA_CITED_AFTER: Final = re.compile(r"(?:\s+[^\s,.()]+?)?(?:\([^()]{1,20}\))?(?:실)?(?:이|가)\s+(?:[^\s,.]+\s+){0,3}?[^\s,.]*(?:에서|로부터)\s+"
                                      r"(?:받은|입수한|제출받은|넘겨받은)\s+(?:[^\s,.]+\s+)?[^\s,.]*?(?:에\s*(?:따르면|의하면)|[을를]\s*보면)")


_TALKED_OF_MARKS: Final = ("대해", "관해", "두고")
# After a name (with the names listed with it): what a remark is about, the sentence ending in the remark
# (A와 B에 대해서는 "…"며 말을 아꼈다, A를 두고 "…"고 평가했다).
_REMARKED: Final = (r"(?:(?:[\"”’']|\s\s)\s*(?:이?라고|고|며|면서)\s+(?:[^\s.,]+\s+){0,2}?"
                    r"(?:말했|했|밝혔|덧붙였|강조했|평가했|답했|꼬집었|치켜세웠|말을\s*아꼈)"
                    r"|(?:말|언급|답|평가|논평)을\s*(?:아꼈|피했|삼갔|자제했|줄였|미뤘)|입을\s*(?:닫았|다물었))")
_ABOUT_MARK: Final = r"(?:에\s*대해(?:서는|서|선)?|에\s*관해(?:서는|서)?|[을를]\s*두고(?:는)?)\s"  # (A에 대해서는, B를 두고)
_TALKED_OF_AFTER: Final = re.compile(r"(?:(?:[와과,]|\s*및)\s*[^\s.,]+(?:\s+[^\s.,]+)?)*?"
                                     rf"{_ABOUT_MARK}[^.!?]*?{_REMARKED}[^.!?\"”]*[.!?]?\s*$")
# An event word in a clause modifying what a remark is about (탈락한 A에 대해서는 "…"며 말을 아꼈다): not the remark's.
_TALKED_OF_EVENT: Final = re.compile(rf"[^\s.,]+[한된진던]\s+(?:[^\s.,]+\s+){{0,4}}?[^\s.,]*?{_ABOUT_MARK}(?=[^.!?]*?{_REMARKED})")
# Words of another event that only frame the sentence's, each with the marks one of which it needs (a quick test), as
# event_type reads them: a time counted since an event (탈락한 지 10개월 만에 내놓는 모델), what a remark is about (탈락한
# 데 대해 …고 말했다), an event ahead that only sets a time (2차 평가를 앞둔 올해 봄에는), what a thing is done regardless
# of (탈락과 관계없이), the teams cut a call is still open to (탈락 팀에도 문을 열어둔다).
_NOT_THE_EVENT: Final[tuple[tuple[tuple[str, ...], re.Pattern[str]], ...]] = (
    ((" 지 ",), _COUNTED_SINCE), (_TALKED_OF_MARKS, _TALKED_OF_EVENT), (("앞둔",), _AHEAD_OF_A_TIME),
    (_REGARDLESS_MARKS, _REGARDLESS_OF), (_OPEN_TO_CUT_MARKS, _OPEN_TO_CUT),
    # (간담회 열흘 전인 지난달 22일, 선정 사흘 뒤인 23일: an event a day is counted from, not the event told on it)
    (("전인", "뒤인", "후인", "앞둔", "앞두고"), temporal.DAYS_AHEAD_OF))


def _data_citers_apart(body: str, cited: list[ActorMention], persons: list[PersonMention]
                       ) -> tuple[list[ActorMention], list[PersonMention]]:
    """A sentence's organizations and people without one who cites data obtained from another (A 의원이 B에서 받은 자료에
    따르면 …: A tells nothing of its own), nor the body told as theirs (C 소속 A 의원)."""
    citing = [p for p in persons if _DATA_CITED_AFTER.match(body, p.end)]
    if not citing:
        return cited, persons
    return ([o for o in cited if not any(actors_mod.MEMBER_OF.fullmatch(body, o.end, p.start) and p.organization == o.canonical
                                         for p in citing)],
            [p for p in persons if p not in citing])


# (Led by the characters a match can open with: most names are followed by none of them, and the
# match then fails at once.)
_NOT_TAKING_PART: Final = searcher(
    f"{_SOURCE.pattern}|{_PRODUCT_AFTER.pattern}|{_RECORD_KEPT_AFTER}|{_INSTRUMENT_AFTER}|{_BACKGROUND_AFTER.pattern}"
    f"|{_INSTEAD_AFTER}|{_TAKEN_FROM_AFTER}|{_LISTED_AS_TESTED_AFTER}|{_APART_AFTER}"
    f"|{_CONSORTIUM_OF_AFTER}|{_ALLIED_AFTER}|{_AFFILIATES_AFTER}|{_HOST_AFTER}|{_IN_CHARGE_OF_AFTER}|{_FOLLOWING_AFTER}"
    f"|{_ORIGIN_AFTER}|{_SAME_CONSORTIUM_AFTER}")
# The rooms and buildings of a body's site (B 대회의실, 국회 의원회관, C 본관 강당): a place, not a party.
_ROOMS: Final = "회관|본관|소통관|도서관|청사|강당|회의실|세미나실|회의장|컨퍼런스룸|강의실|홀"
# A place where something is held (of a city or a province, which are also organizations).
VENUE_BODIES: Final = frozenset(("국회",))  # bodies whose name is also the building where others meet
# (in it or in a hall of it: 국회에서 열린, 국회 의원회관에서 열린 토론회)
_HELD_IN_AFTER: Final = re.compile(r"\s+(?:토론회|세미나|공청회|간담회|포럼)에서\s"  # (다음 달 국회 토론회에서 발표한다: where it is told)
                                   rf"|(?:\s+[가-힣\d]{{0,5}}(?:{_ROOMS})){{0,2}}"  # (국회 의원회관 제1소회의실에서)
                                   r"\s*에서\s*(?:열린|열리는|열릴|열려|개최된|개최되는|개최될|개최돼|진행된|진행되는|진행될|진행돼|펼쳐진"
                                   # (or where one holds its meeting: A는 10일 국회에서 토론회를 연다)
                                   # (its title in quotes: A는 10일 국회 의원회관에서 'AI 학습과 뉴스 저작권' 토론회를 연다)
                                   rf"|(?:['‘\"“][^'’\"”]{{1,40}}['’\"”]\s*)?(?:\S+\s+){{0,2}}?\S*(?:{GATHERINGS}|기자회견|시연회)[을를]\s*(?:열|연다|연\s|개최))")
# (after a city: a place in it, 판교 사옥에서, 판교 A 본사를 찾아)
_THROUGH: Final = re.compile(_BRACKETED_AFTER + r"(?:을|를)\s+(?:통해|거쳐)\s")  # (A(NIPA)를 통해: a channel)
# (A 누리집에서, A 홈페이지를 통해: the channel of a call, its owner's site)
# (… 발표: 2월 중 (A 누리집): where it is told, in brackets)
_WEBSITE_AFTER: Final = re.compile(r"\s*(?:공식\s*)?(?:누리집|홈페이지|웹사이트|사이트)(?:\s*\([^()\n]{1,40}\))?\s*(?:에서|을\s+통해|를\s+통해|\)(?=\s|$))")
_THROUGH_AFTER: Final = re.compile(r"의\s+(?:\S+\s+){0,3}?\S*[을를]\s+(?:통해|거쳐)\s")  # (A의 AI 플랫폼 '베드록'을 통해)
# Where on a platform, with its name in brackets and others beside it (에, (Hugging Face)와 깃허브(GitHub)에서).
_ON_PLATFORM: Final = re.compile(r"(?:\([^()]{1,30}\))?(?:\s*(?:와|과|,|·)\s*[^\s,.()]+(?:\([^()]{1,30}\))?)*(?:에|에서|에도|에서도|에는)\s")
# A name with its version in quotes, put out ('K-엑사원 2.5'를 공개했다, "솔라 3.0"을 선보인다).
_VERSION_PUT_OUT: Final = re.compile(r"['‘\"“][^'’\"”\n]{1,30}?\d+(?:\.\d+)*['’\"”]\s*(?:을|를)\s*(?:\S+\s+)?(?:공개|출시|내놓|내놨|내놔|선보)")
# (or put on it: A 디지털서비스몰에 올렸다, 앱 장터에 등록한다)
_STORE_NOUNS: Final = ("마켓플레이스", "마켓", "스토어", "장터", "몰")
_STORE_AFTER: Final = re.compile(r"(?:의)?\s*(?:[^\s.,]+\s+)?[^\s.,]*(?:" + "|".join(_STORE_NOUNS) + r")(?:(?:을|를)\s+통해\s"
                                 r"|(?:에|에도)\s+(?:[^\s.,]+\s+)?(?:올렸|올린|올리|등록|입점|내놓|내놨|선보))")
_STORE_WORDS: Final = ("통해", *_STORE_NOUNS)  # (a quick test before _STORE_AFTER)
CHANNEL_REACH: Final = 24  # (a quick test: 통해 or a store's noun this near, or _STORE_AFTER cannot match)
_PLACE_WITHIN: Final = re.compile(r"(?:\s+[가-힣A-Za-z0-9]+){1,2}?에서\s"
                                  r"|(?:\s+[가-힣A-Za-z0-9]+){1,3}?\s+(?:본사|사옥|청사|캠퍼스|연구소|연구실|공장|사무실|매장)"
                                  r"(?:를|을|에|에서)?(?:\s|[.,]|$)")
# After a place's name: a thing built or standing there (성남시 판교에 조성한, 세종시에 들어설).
_BUILT_IN_AFTER: Final = re.compile(r"(?:\s+[가-힣A-Za-z0-9]+){0,2}?에\s+(?:[^\s.,]+\s+)?"
                                    r"(?:조성|건립|건설|신축|들어선|들어설|들어서는|세운|세워진|세워질|지은|지어진|지어질|짓는|자리한|위치한)")
BUILT_IN_REACH: Final = 24  # characters after a place's name where its 에 may stand
_CAMPUS_AFTER: Final = re.compile(r"\s*(?:[가-힣A-Za-z]*캠퍼스|본원|본교)(?:에서|에|의)?\s")  # (a university's campus named after it)
# After a name: its building as where a thing was moved (B 판교 데이터센터로 옮겼다, B 본사로 이전한다).
_MOVED_TO_PREMISES_AFTER: Final = re.compile(r"(?:\s+[^\s.,]+){0,2}?\s*[^\s.,]*(?:센터|사옥|본사|캠퍼스|연구소|IDC|공장|사무실)(?:으로|로)"
                                             r"\s+(?:[^\s.,]+\s+)?(?:옮[기겼긴길겨]|이전|이사|이동)")
PREMISES_REACH: Final = 24  # characters after a name its building and the particle of where may end within
# A body's own building as the place of what the clause tells (협약식은 … A 사옥에서 열렸다): where, not who.
# (its tower or its park by name too: A T타워에서 열린다, B 사이언스파크에서 개최됐다)
_PREMISES_AFTER: Final = re.compile(r"\s*(?:[^\s.,]+\s+)?[^\s.,]*(?:본사|사옥|본점|신사옥|타워|빌딩|파크)\s*(?:에서|에)\s+(?:[^\s.,]+\s+)?"
                                    r"(?:열렸|열린|열린다|열릴|열려|개최됐|개최된|개최될|진행됐|진행된|진행될)")
# After a name: its building, or a floor of it, as where (A 건물 3층에, A 빌딩 지하 1층에서).
_FLOOR_AFTER: Final = re.compile(r"\s*(?:건물|빌딩|청사|본관|별관|사옥|타워)(?:\s*(?:지하\s*)?\d+\s*층)?\s*(?:안에|내에|에서|에)(?=\s)"
                                 r"|\s*(?:[^\s.,]+\s+)?(?:지하\s*)?\d+\s*층(?:에서|에)(?=\s)")
# After a name: its hall or booth at a show as where (A 전시관 안에, A 부스 옆에서).
_HALLS: Final = "전시관|전시장|부스|홍보관|체험관|파빌리온"
_HALL_AFTER: Final = re.compile(r"\s*(?:[^\s.,]+\s+)?[^\s.,]*(?:" + _HALLS + r")\s*"
                                r"(?:안에|안|내|옆에|옆|한편에|에서|에)(?=[\s.,])")
_STAKE_TAKEN_AFTER: Final = re.compile(r"\s*(?:지분|인수|합병|경영권)")
_NOUN_AFTER: Final = re.compile(r"\s+[가-힣]+(?<![은는이가을를의와과도에])\s")  # (허깅페이스 누적 …: a bare noun after a name)
# A past relative clause with a time of its own right before a name (지난 8월 탈락한 A의 …; not 관문을 넘지 못한 A의 협력사 B).
_TOLD_OF_BEFORE: Final = re.compile(r"(?:\d\s*(?:월|일)|지난달|지난해|작년|올해|올\s)\S*\s+(?:[^\s.,]+\s+){0,3}?[가-힣]+(?:한|된|린|진|던)\s+$")
TOLD_OF_REACH: Final = 40  # characters before a name within which that clause stands
_OWNER_GAP: Final = re.compile(r"의\s+(?:[^\s]+\s+){0,3}$")  # 의 and at most three bare words before the unit
_PARTICLE_END: Final = re.compile(r"[은는이가을를과와에도의로서]$")


def _owns_the_next(body: str, org: ActorMention, following: ActorMention) -> bool:
    """Whether a name is the owner of the one told next (A의 소프트웨어 계열사 B, A의 B 컨소시엄): B acts, not A."""
    if (not body.startswith("의", org.end) or following.start - org.end > 24 or org.kind == "committee"
            or following.kind == "platform"  # (A의 모델 허깅페이스 내려받기: the platform is where, no unit of A's)
            or _STAKE_TAKEN_AFTER.match(body, following.end)):  # (A의 B 지분 30% 인수: A takes a stake in B, no unit)
        return False  # (a committee owns nothing it is told with: 과방위의 과기정통부 국정감사)
    if _TOLD_OF_BEFORE.search(body, max(0, org.start - TOLD_OF_REACH), org.start):
        return False  # (지난 8월 탈락한 A의 자회사 B는: A is what the clause before it tells of)
    gap = body[org.end:following.start]
    return (_OWNER_GAP.match(gap) is not None and not any(_PARTICLE_END.search(w) for w in gap[1:].split())
            and not ("," in gap and _word_type(gap) != "other"))  # (A의 검증, B의 평가 순으로: each one's step, a list)


def _dropped(cited: list[ActorMention], kept: list[ActorMention]) -> set[str]:
    """The organizations of a sentence that take no part (sources, makers, owners)."""
    return {o.canonical for o in cited} - {o.canonical for o in kept}


_FORMER: Final = "전前"  # (전 KAIST 교수, 前 네이버 임원: the word for former, in hangul or in its hanja)
_PARTICLE_STARTS: Final = tuple("와과에을를이가은는도로의")  # (first characters of the particles a name may take)
_FORMER_AFTER_NAME: Final = re.compile(r"\s+(?:전\s|前)")  # after a person's name (최은서 전 한국과학기술원 교수, 이수진 前 네이버 임원)


def _former(body: str, org: ActorMention) -> bool:
    """`전` as a word of its own and a space before the organization: a person's former organization
    (전 KAIST 교수), not a place (대전 KAIST), nor a time before (장 시작 전 A와 계약을 맺었다: the name takes a
    particle, where a former one is followed by the post). (Characters compared: no regex call.)"""
    start = org.start
    if body[org.end:org.end + 1] in _PARTICLE_STARTS:
        return False
    at = start - 2
    if at >= 0 and body[start - 1] == "\n" and body[at].isspace() and at >= 1 and body[at - 1] in _FORMER:
        at -= 1  # (전 and a space, then the line's end)
    elif at < 0 or body[at] not in _FORMER or not body[start - 1].isspace():
        return False
    return at == 0 or not "가" <= body[at - 1] <= "힣"


def _undergone(body: str, end: int) -> str | None:
    """`selection` or `elimination` when the name ending at `end` is followed by the one it
    undergoes, as an item written in nouns puts it (`추가 공모로 모티프테크놀로지스 합류`, `C 탈락`):
    the name is its subject, not the object of a dropped subject."""
    if not body.startswith(" ", end):
        return None
    word = body[end + 1:end + 1 + UNDERGONE_WORD_LIMIT].split(None, 1)[:1]
    kind = _word_type(word[0].rstrip(CLOSING_PUNCT)) if word else None
    return kind if kind in ("selection", "elimination") else None


UNDERGONE_WORD_LIMIT: Final = 12


def _units_told_by_parent(body: str, cited: list[ActorMention], orgs: list[ActorMention],
                          registry: actors_mod.Registry) -> list[ActorMention]:
    """A parent's unit told as its subsidiary (엔씨소프트 계열 AI 자회사는, 네이버의 AI 자회사가): the unit the
    program knows, in the parent's place."""
    kept = list(orgs)
    for org in cited:
        unit = registry.elite_unit.get(org.canonical)
        if unit is not None and _SUBSIDIARY_AFTER.match(body, org.end):
            kept = [o for o in kept if o is not org] + [ActorMention(org.start, org.end, org.text, unit, registry.kind(unit), "reference")]
    return sorted(kept, key=lambda o: o.start)


_SUBSIDIARY_AFTER: Final = re.compile(r"(?:의|\s*계열)?\s*(?:AI\s*|인공지능\s*)?자회사(?:인|는|가|도|의)?\s")


def _participants(body: str, cited: list[ActorMention], claims: bool = True, pool_takes_part: bool = False,
                  times: Sequence[Timex] = ()) -> list[ActorMention]:
    """The organizations of a sentence that take part: not a source (업계에 따르면), a product's
    maker, an owner named before its unit, a person's former one (전 KAIST 교수), or one a claim
    names; nor a pool some of which are told of (A, B, C 가운데 두 팀만 연말 최종 평가에 오른다), unless
    `pool_takes_part`: with no date of its own, the sentence tells of the event just told, where all of
    the pool are judged (… 이달 중순 발표한다. A, B, C 가운데 두 팀이 이 발표에서 가려진다); `times`: the sentence's
    dates, one of which a clause modifying the pool may tell."""
    kept = []
    for index, org in enumerate(cited):
        modified_consortium = _consortium_a_clause_modifies(body, org)
        if (_NOT_TAKING_PART.match(body, org.end) and not (org.kind == "committee" and _HOSTED.match(body, org.end))
                # (an authority makes no chips: NIPA GPU 배분 개시 is its handing out)
                and not (org.kind in AUTHORITY_KINDS and _PRODUCT_AFTER.match(body, org.end))
                and not (body.startswith("에", org.end) and _FOLLOWING.match(body, org.end)
                         and _modified_by_clause(body[max(0, org.start - SUBJECT_WORDS_REACH):org.start]))
                and not _OWNER_OF_RECIPIENT.match(body, org.end)  # (A 컨소시엄의 서비스에 … 넘겼다: A is given to)
                and not _consortiums_own(body, org, cited[index + 1:index + 2])
                and not modified_consortium
                and not _shows_own_making(body, org)
                # (지난달 탈락한 A와 손잡았던 파트너사들이: A is of the outcome its own dated clause tells)
                and not (body.startswith(("와", "과"), org.end)
                         and _TOLD_OF_BEFORE.search(body, max(0, org.start - TOLD_OF_REACH), org.start) is not None)
                or _former(body, org) or claims and _claimed(body, org.start, org.end)):
            # (but 지난 2일 새 버전을 내놓은 A에 이어: A is who did what the clause before it tells)
            continue  # (a committee is at its own meeting: A는 1일 국가AI전략위원회 회의에서 밝혔다)
        if body.startswith(("):", ")："), org.end) and _EXPERT_LABEL_BEFORE.search(body, max(0, org.start - 12), org.start):
            continue  # (박지훈 교수(서울대): 15일 발표를 보고 놀랐습니다: an expert's turn; the school takes no part in what is said)
        if body.find("보면", org.end, org.end + PAPERS_REACH) >= 0 and _PAPERS_OF.match(body, org.end):
            continue
        if body.startswith("의 ", org.end) and _OWNER_KEPT_OUT_OF.match(body, org.end):
            continue  # (A는 B의 추가 공모에 참여하지 않기로 했다: the call's owner takes no part in A's staying out)
        if ((body.find("사", org.end, org.end + AFFILIATES_REACH) >= 0 or body.find("업체", org.end, org.end + AFFILIATES_REACH) >= 0)
                and _AFFILIATES_BEYOND.match(body, org.end) and not modified_consortium):
            continue
        if ((org.kind == "local" or org.canonical in VENUE_BODIES) and _HELD_IN_AFTER.match(body, org.end)
                or org.kind == "local" and _PLACE_WITHIN.match(body, org.end)):
            # 세종시에서 열린 간담회, 성남시 판교 사옥에서 ... 열었다: the city is where it took place; 5일 국회(의원회관)에서 열린
            # 토론회에서: the house is where, not who (국회에서 통과됐다 is the house's own act)
            continue
        if org.kind == "local" and body.find("에", org.end, org.end + BUILT_IN_REACH) >= 0 and _BUILT_IN_AFTER.match(body, org.end):
            continue  # 성남시 판교에 조성한 센터: the city is where it stands, not who built it
        if org.kind == "university" and _CAMPUS_AFTER.match(body, org.end):
            continue  # 서울대 관악캠퍼스에서 열렸다, 대전 A 본원에서 열린다: the campus is where, not who
        if body.find("에", org.end, org.end + PREMISES_REACH) >= 0 and _PREMISES_AFTER.match(body, org.end):
            continue  # 협약식은 지난 17일 을지로 A 사옥에서 열렸다: the host's building is where, its parties are told before
        if "층" in body[org.end:org.end + PREMISES_REACH] or "건물" in body[org.end:org.end + PREMISES_REACH]:
            if _FLOOR_AFTER.match(body, org.end):
                continue  # 센터는 4월 A 건물 3층에 문을 연다: the building is where, its owner takes no part
        if (_HALL_AFTER.match(body, org.end) is not None
                and any(body.startswith(_SUBJECT_MARKS, o.end) for o in cited[:index] if o.canonical != org.canonical)):
            continue  # B는 A 전시관 안에 공간을 마련해: A's hall is where B shows, A takes no part
        if body.find("로", org.end, org.end + PREMISES_REACH) >= 0 and _MOVED_TO_PREMISES_AFTER.match(body, org.end):
            continue  # 서버를 B 판교 데이터센터로 옮겼다: the place it went, not one who moved it
        if holds_any(body[org.end:org.end + CHANNEL_REACH], _STORE_WORDS) and _STORE_AFTER.match(body, org.end):
            continue  # A 마켓플레이스를 통해 내놓는다: the store it is sold through, not who sells
        if org.kind == "platform" and (_ON_PLATFORM.match(body, org.end) or _PLACE_WITHIN.match(body, org.end)
                                       or _THROUGH_AFTER.match(body, org.end) or _THROUGH.match(body, org.end)
                                       or _NOUN_AFTER.match(body, org.end)):
            # 허깅페이스에 가중치를 올렸다, 허깅페이스(Hugging Face)와 깃허브에 올라간다, A 서울 리전에서, A의 플랫폼을 통해,
            # 허깅페이스를 통해 내놓는다:
            # where it was put, not who put it; so is one
            # before a noun it qualifies (A의 모델 허깅페이스 누적 내려받기가: counted there)
            continue
        if index + 1 < len(cited) and _owns_the_next(body, org, cited[index + 1]):
            continue
        if index + 1 < len(cited) and _in_clause_before(body, org.end, cited[index + 1].start):
            continue
        if "지" in body[org.end:org.end + WATCHED_WHETHER_REACH] and _WATCHED_WHETHER.match(body, org.end) is not None:
            continue  # (업계는 A가 오는 23일 공고될 공모에 다시 도전할지 주목한다: whether A will, watched, no part of A's)
        kept.append(org)
    pool = [] if pool_takes_part else [org for org in kept if body.startswith(_POOL_MARKS, org.end)
                                       and _POOL_AFTER.match(body, org.end) and not _PICKED_FROM_POOL.match(body, org.end)]
    # (A와 B 등 해외 모델과의 격차를 좁히겠다며: those measured against take no part either)
    compared = [org for org in kept if body.find("의", org.end, org.end + COMPARED_REACH) >= 0 and _GAP_WITH.match(body, org.end)
                or body.find("이어", org.end, org.end + COMPARED_REACH) >= 0 and _RANKED_BEHIND.match(body, org.end)
                or body.startswith(("와 ", "과 "), org.end) and _ALIKE_WITH.match(body, org.end)
                or "견" in body[org.end:org.end + COMPARED_REACH] and _MEASURED_AGAINST.match(body, org.end)]
    # (26일 평가에 나선 A, B, C 가운데 한 팀은 …: those a dated clause tells of before the pool take part in it, at its date;
    # not 평가를 받은 A, B 가운데 두 팀만 연말 …, a clause of no date)
    pool = [org for org in pool if not (
        _modified_by_clause(body[max(0, (first := _listed_before(body, kept[:kept.index(org) + 1])[0]).start
                                     - SUBJECT_WORDS_REACH):first.start])
        and any(0 <= first.start - t.end <= DATED_POOL_CLAUSE_REACH and "," not in body[t.end:first.start] for t in times))]
    if pool or compared:  # (A, B, C 가운데 두 팀만 오른다: who of them, the text does not tell)
        left_out = {id(o) for org in pool + compared for o in _listed_before(body, kept[:kept.index(org) + 1])}
        kept = [org for org in kept if id(org) not in left_out]
    if len(kept) < len(cited):
        # (A, B, C의 모델을 활용해: those listed with the owner of what was taken up own it too)
        owners = [number for number, org in enumerate(cited) if org not in kept
                  and (_TAKEN_FROM.match(body, org.end) or _TESTED_OWNER.match(body, org.end))]
        owning = {id(o) for number in owners for o in _listed_before(body, cited[:number + 1])}
        kept = [org for org in kept if id(org) not in owning]
    return kept


def _in_clause_before(body: str, end: int, head: int) -> bool:
    """Whether the organization ending at `end` is what a clause with no date of its own, modifying the name that
    starts at `head`, is done to or for (A 컨소시엄에 칩을 대는 B의 주가는, A에 데이터를 납품하는 B가): it describes B,
    A takes no part (nor joins B's consortium)."""
    clause = _CLAUSE_TO_NEXT.fullmatch(body, end, head) if 0 <= head - end <= CLAUSE_TO_NEXT_REACH else None
    return clause is not None and (clause.group("verb").endswith("는") or _role(clause.group("verb")) == "adnominal")


# (its team word, the particle of where or to whom, up to three words ending in an object, no number: a clause with no
# date of its own; then its verb)
_CLAUSE_TO_NEXT: Final = re.compile(r"(?:\s*(?:컨소시엄|정예팀|팀))?(?:에게|에)\s+(?:[^\s.,\d]+\s+){0,2}?[^\s.,\d]+[을를]\s+"
                                     r"(?P<verb>[^\s.,\d]+)\s+")
CLAUSE_TO_NEXT_REACH: Final = 32
_GAP_WITH: Final = re.compile(r"(?:\s*등)?(?:\s+[^\s.,]+){0,3}?(?:와|과)의\s*(?:\S+\s+)?(?:격차|차이|간극)")
COMPARED_REACH: Final = 24
# (A, B 모델에 이어 7위를 기록했다: the models ranked ahead in a board take no part in the ranking told; but B는 A에
# 이어 2위에 올랐다, of the same evaluation: A was first)
_RANKED_BEHIND: Final = re.compile(r"(?:\s*등)?(?:\s+[^\s.,]+){0,1}?\s*모델(?:들)?에\s*이어\s*(?:(?:\d+|[가-힣]{1,2}\s*번째)\s*(?:위|순위)"
                                   r"|(?:[^\s.,]+\s+){0,3}?[^\s.,]*(?:와|과)\s+(?:비슷한|유사한|대등한|맞먹는)\s+수준)")
# (A의 최신 모델과 견줘도 손색없는 점수를 받았다: what it is measured against takes no part either)
_MEASURED_AGAINST: Final = re.compile(r"(?:의\s+)?(?:[^\s.,]+\s+){0,2}?[^\s.,]*(?:와|과)\s*(?:견줘|견주어|견주면|견줄)")
# (… 중국 A와 비슷한 수준이다: what a model is likened to takes no part either)
_ALIKE_WITH: Final = re.compile(r"(?:와|과)\s+(?:비슷한|유사한|대등한|맞먹는)\s+(?:수준|성능|점수)")



def _frames(frame: Timex, days: list[Timex]) -> bool:
    """Whether a time holds all the days told after it (이번 주 … 월요일, 수요일): their frame."""
    covered = temporal.value_range(frame.value.split("T")[0])
    return covered is not None and covered[0] < covered[1] and all(
        (day := temporal.value_range(t.value.split("T")[0])) is not None and covered[0] <= day[0] and day[1] <= covered[1]
        for t in days)


_RESPECTIVE_DAYS_BEFORE: Final = re.compile(r"각각\s+(?:[^\s.,]+\s+){0,3}$")  # (각각 지난 8일과 | 9일: a few words back)


def _respectively(body: str, plans: list, orgs: list[ActorMention]) -> dict[int, list[ActorMention]]:
    """Several names and as many dates in one clause, paired in order (keyed by each date's start):
    `A와 B가 각각 15일과 22일 ...`, each name just before its date (`A는 16일, B는 20일 ...`), or the
    names after each date up to the next (`4일에는 A와 B가, 5일에는 C가 ...`); a name with its date in brackets
    (`A(3월), B(4월)`)."""
    by_clause: dict[tuple[int, int], list[Timex]] = {}
    bracketed: dict[tuple[int, int], list[Timex]] = {}
    paired = {}
    for timex, _, relative, _, clause in plans:
        if not relative:
            by_clause.setdefault(clause, []).append(timex)
        if body.startswith("(", timex.start - 1) and body.startswith(")", timex.end):  # A(3월), B(4월): each name its own
            bracketed.setdefault(clause, []).append(timex)
            name = next((o for o in orgs if o.end == timex.start - 1), None)
            if name is not None:
                paired[timex.start] = [name]
    for (start, _), days in bracketed.items():
        # (A는 B(9일), C(11일), D(16일)을 차례로 찾는다: the subject is at every day, with the one of each, if named)
        subject = next((o for o in orgs if start <= o.start and o.end <= days[0].start and _SUBJECT_AFTER_NAME.match(body, o.end)), None)
        if subject is not None and any(day.start in paired for day in days):
            paired.update({day.start: [subject, *paired.get(day.start, [])] for day in days})
    for (start, end), timexes in by_clause.items():
        if len(timexes) < 2:
            continue
        # (같은 날 A와 B는 각각 14일과 16일 …: the days after 각각, not one told before the names)
        each = body.find("각각", start, end)
        if each < 0 and orgs and (told := body.rfind("각각", orgs[0].start, start)) >= 0:
            # (A는 B와, C는 D와 각각 협약을 맺었다고 5일과 6일 밝혔다: the days of a telling, after the clause of 각각)
            each, start = told, orgs[0].start
        names, days = ([o for o in orgs if start <= o.start < each], [t for t in timexes if t.start > each]) if each >= 0 else ([], [])
        # (the days listed right after it, each its name's; not A와 B는 각각 30일 오전과 오후에, C는 1일 …: one day, the two
        # parts of it, and C's day after it)
        if len(days) >= 2 and len(names) == len(days) and names[-1].end <= each and len(_days_listed(body, days)) == len(days):
            paired.update({timex.start: [name] for timex, name in zip(days, names)})
            continue
        if (len(days) >= 2 and len(names) == 2 * len(days) and names[-1].end <= each
                and all(_SUBJECT_AFTER_NAME.match(body, names[2 * i].end) and body.startswith(("와", "과"), names[2 * i + 1].end)
                        for i in range(len(days)))):
            # (A는 B와, C는 D와 각각 협약을 맺었다고 5일과 6일 밝혔다: each subject with its partner, at its day)
            paired.update({timex.start: names[2 * i:2 * i + 2] for i, timex in enumerate(days)})
            continue
        # (else each 각각 of the clause with the names and days next to it: A와 B가 각각 4일과 5일, C와 D가 각각 6일과 7일 …;
        # A, B는 3일, 10일에 각각 …)
        each_pairs = {day.start: [name] for each_word in _EACH.finditer(body, start, end)
                      for day, name in _each_paired(body, each_word.start(), each_word.end(), timexes, orgs)}
        if each_pairs:
            paired.update(each_pairs)
            continue
        names = [o for o in orgs if start <= o.start < end]
        if len(names) == len(timexes) and all(
                name.end <= timex.start and (_TOPIC_GAP.fullmatch(body, name.end, timex.start)
                                             or _TOPIC_WORD_GAP.fullmatch(body, name.end, timex.start))
                for name, timex in zip(names, timexes)):
            paired.update({timex.start: [name] for timex, name in zip(timexes, names)})
            continue
        lows = [start] + [timex.end for timex in timexes[:-1]]
        before = [[o for o in names if low <= o.start and o.end <= timex.start] for low, timex in zip(lows, timexes)]
        if all(group and _TOPIC_GAP.fullmatch(body, group[-1].end, timex.start)
               and all(_LIST_GAP.fullmatch(body, a.end, b.start) for a, b in zip(group, group[1:]))
               and (low == start or _GAPPED.fullmatch(body, low, group[0].start))
               for low, group, timex in zip(lows, before, timexes)):
            # (A와 B가 30일, C가 다음 달 1일 발표한다: each list of names its own date, the verb said once)
            paired.update({timex.start: group for timex, group in zip(timexes, before)})
            continue
        topics = [[o for o in group if _SUBJECT_AFTER_NAME.match(body, o.end)] for group in before]
        if all(len(topic) == 1 and body.startswith("(", timex.start - 1) for topic, timex in zip(topics, timexes)) and all(
                "," in body[previous.end:topic[0].start] for previous, topic in zip(timexes, topics[1:])):
            # (A는 데이터 구축(2026.9~11)을, B는 칩 최적화(2026.10~)를 맡았다: each topic with the day in brackets after
            # its own object, the verb said once)
            paired.update({timex.start: topic for timex, topic in zip(timexes, topics)})
            continue
        # (이번 주 일정은 월요일 A 설명회, 수요일 B 검증 착수: the week is the frame of the days listed, no item of its own)
        framed = timexes[1:] if len(timexes) > 2 and _frames(timexes[0], timexes[1:]) else timexes
        after = [[o for o in names if timex.end <= o.start < high] for timex, high in zip(framed, [t.start for t in framed[1:]] + [end])]
        if all(group and (not (gap := body[timex.end:group[0].start].strip()) or gap in _DATE_TOPICS
                          or _PLACE_GAP.fullmatch(gap) is not None)
               for timex, group in zip(framed, after)):
            # (9일 A를 시작으로 11일 B, 12일 C를 차례로 찾는다, 전날 A를, 27일에는 B를 찾았다: each day the names right after it,
            # with the subject before them, D 장관은 8일 A를, 10일 B를 찾는다)
            lead = [o for o in names if o.end <= timexes[0].start]
            paired.update({timex.start: lead + group for timex, group in zip(framed, after)})
            continue
        bounds = [timex.end for timex in timexes] + [end]
        groups = [[o for o in names if low <= o.start < high] for low, high in zip(bounds, bounds[1:])]
        # (4일에는 A와 B가, 5일에는 C가 …; 1월 A와 B가, 8월에는 C가 빠졌다: each day's subjects closed by a comma)
        if all(groups) and (all(body.startswith(_DATE_TOPICS, timex.end) for timex in timexes) or all(
                _SUBJECTS_CLOSED.fullmatch(body, group[-1].end, timex.start) for group, timex in zip(groups, timexes[1:]))):
            paired.update({timex.start: group for timex, group in zip(timexes, groups)})
    return paired


_DAY_AS_TOPIC: Final = ("에는", "엔")  # (첫날엔 …, 둘째 날에는 …: each day a part of the sentence of its own)
_DATE_TOPICS: Final = ("에는", "엔", "에", "은", "는")  # (4일에는 A가, 5일에는 B가; 그저께는 A가, 어제는 B가)


_TOPIC_GAP: Final = re.compile(r"[은는이가]?\s*(?:각각\s+)?")  # KT는 지난 16일 (A와 B는 각각 30일 …)
_TOPIC_WORD_GAP: Final = re.compile(r"[은는이가]\s+[^\s,.\d]+\s+")  # (A는 개막 첫날 …를, B는 이튿날 …: a word of the day's own)
_BARE_WORD: Final = r"[가-힣]+(?<![은는이가을를의에도])"  # (a word with no particle at its end)
_PLACE_GAP: Final = re.compile(rf"\)?\s*(?:{_BARE_WORD}\s+)?{_BARE_WORD}")  # (8일 경기 용인 A를: a place, one or two words)
_SUBJECTS_CLOSED: Final = re.compile(r"[이가은는]\s*,\s*")  # (… A와 B가, | 8월에는: one day's subjects end, the next day's begin)
# (A는 30일에, B는 …; A는 1월 첫 평가에서, B는 …: one date's list ends, with where it was, and the next begins)
_GAPPED: Final = re.compile(rf"(?:\s*(?:오전|오후|아침|낮|저녁|밤)(?:과|와)?)*(?:{'|'.join(_DATE_TOPICS)})?"  # (30일 오전과 오후에, …)
                           rf"(?:\s+(?:[^\s,.]+\s+){{0,2}}?[^\s,.]+에서)?\s*,\s*")


def _standing_in(span: tuple[int, int], agents: list[str], orgs: list[ActorMention],
                 registry: actors_mod.Registry, source: str = "government") -> list[ActorMention]:
    """The sentence's organizations with `agents` standing where the word `span` stands (정부는,
    두 회사는), so that they take part in that word's clause only."""
    start, end = span
    standing = [ActorMention(start, end, "", agent, registry.kind(agent), source) for agent in agents]
    return sorted(orgs + standing, key=lambda o: o.start)


# (① opens the first step: no bound before it; a slash between dated items, as one line of a chronology: 2025.07.21 마감 /
# 2025.08.04 선정, or A 진출(2026년 1월 15일) / B 합류(2026년 2월 20일))
_STEP: Final = re.compile(r"\s*[→⇒]\s*|[②-⑳]|(?<=\s/\s)(?=\d)|(?<=\)\s/\s)|(?<=\S)\s+[▲△](?=\s*\d)")  # (… 발표 ▲1일 …)
_ARROW: Final = re.compile(r"\s*[→⇒]")
_ORDER_CHAIN: Final = re.compile(r"(?:[^\s→⇒(),\d]+\s*[→⇒]\s*)+[^\s→⇒(),\d]+\s*순(?:서)?(?=\s|\)|으로|이다|입니다|,|$)")
_STEP_MARKS: Final = ("→", "⇒", "②", " / ", " ▲", " △")  # a sentence with steps has one of these (③ and on come after ②): a quick test first


def _quoted_apart(body: str, sentence: Sentence, position: int, timexes: list[Timex]) -> bool:
    """Whether `position` stands in a quotation that holds none of `timexes`."""
    opened = quotation_opening(body, sentence.start, position)
    if opened < 0:
        return False
    closed = _QUOTE_MARK.search(body, position, sentence.end)  # (inside a quotation, the next mark closes it)
    end = closed.start() if closed else sentence.end
    return not any(opened < t.start < end for t in timexes)



# The words said told as reported speech to the end (… 내놓겠다고 답했다), at an occasion told before (당시, 이 자리에서).
_SAID_THEN: Final = re.compile(r"\s*(?:이\s*자리에서|그\s*자리에서|당시|그때|이때)(?:에는|에도|에)?\s")
_REPORTED_TO_END: Final = re.compile(QUOTATIVE + r"\s+[가-힣]+다[.!?]?\s*$")


def _words_reported_then(sentence: Sentence, timexes: list[Timex]) -> int | None:
    """Where a sentence opened at the occasion told before (당시, 이 자리에서) ends reporting words whose every date
    comes before (당시 A는 연말까지 … 내놓겠다고 답했다: A said them at the occasion), the quotative's start; else None."""
    if not timexes or _SAID_THEN.match(sentence.text) is None and _TOPIC_THERE.match(sentence.text) is None:
        return None  # (nor one whose topic opens it: B는 이 자리에서 …고 밝혔다)
    ending = _REPORTED_TO_END.search(sentence.text)
    if ending is None or timexes[-1].end > sentence.start + ending.start():
        return None
    return sentence.start + ending.start()


def _all_quoted(sentence: Sentence, spans: Sequence[Timex | ActorMention]) -> bool:
    """Whether every date (or name) of the sentence is inside a quotation."""
    spoken = temporal.without_quotes(sentence.text)
    return not any(spoken[t.start - sentence.start:t.end - sentence.start].strip() for t in spans)


def _names_event_of(text: str, kind: str) -> bool:
    """Whether a clause names an event of the kind just told (1차 평가에서 A와 B가 짐을 쌌고, ...
    after the evaluation's date): it goes on with that event."""
    return _triggers_of(kind).search(text) is not None


def _of_topic_told(text: str, kind: str) -> bool:
    """Whether a clause opened as going on (한편, 이번) is of the topic just told: not when it names an event of another
    (결과는 2월 안에 낸다. 한편 B는 이번 공모에 참여하지 않겠다고 이날 밝혔다: the call, not the results). One opened
    at the time told (당시 A와 B가 탈락했고) is at it, whatever it tells: see _at_that_time."""
    named = event_type(text)
    return named == "other" or _topic_of(named) == _topic_of(kind)


@cache
def _triggers_of(kind: str) -> re.Pattern[str]:
    return re.compile("|".join(f"(?:{p.pattern})" for k, p in triggers() if k == kind) or "(?!)")


def _following_clauses(bounds: list[int], clause_end: int, sentence_start: int, dated_starts: set[int],
                       body: str) -> list[tuple[int, int]]:
    """The clauses after the one ending at `clause_end` (one of `bounds`) in its sentence, joined by
    -고/-며, a quotation or an arrow to what came of it (15일 결과 발표 → A, B 진출), up to the next one
    with a date of its own (-면서, -지만 open a clause of another time)."""
    following = []
    index = bisect_left(bounds, clause_end)
    while index + 1 < len(bounds):
        start = bounds[index]
        # (… 발표하면서 B가 … 못했다고 설명했다: what is told, then its telling)
        told_end = bounds[index + 2] if index + 2 < len(bounds) and body.endswith("다고", 0, bounds[index + 1]) else bounds[index + 1]
        if start in dated_starts or not (body[max(sentence_start, start - 3):start].endswith(("고", "며", "고요"))
                                         or _ARROW.match(body, start)
                                         or body.endswith("면서", max(sentence_start, start - 3), start)
                                         and (_TELLING_TOO.match(body, start, told_end) or _LEFT_AFTER.match(body, start))
                                         or body.endswith(_BUT_ENDINGS, max(sentence_start, start - 3), start)
                                         and _outcome_of_a_try(body[start:bounds[index + 1]],
                                                               body[bounds[index - 1] if index else sentence_start:start])):
            break  # (… 진출을 발표하면서 B의 탈락을 알렸다: the same telling, told on)
        index += 1
        following.append((start, bounds[index]))
    return following


# Those left, told as what came of the clause before (… 떨어지면서 남은 팀은 A, B, C 세 곳이 됐다): the same time.
_LEFT_AFTER: Final = re.compile(r"\s*(?:남은|살아남은)\s*(?:팀|곳|기업|회사|컨소시엄)(?:들)?(?:은|는)\s")


def _outcome_of_a_try(clause: str, tried: str) -> bool:
    """Whether a clause after -지만 tells, in the past, how what was tried came out (공모에 도전했지만 A에 밀려
    고배를 마셨다: the same time; not 2월 선정됐지만 지금은 … 고전하고 있다, nor an outcome turned around)."""
    return event_type(clause) in OUTCOME_TYPES and _final_direction(clause) == "past" and not _turned_around(tried, clause)


def _turned_around_later(article: Article, sentence: Sentence, plans: list, bounds: list[int], dated_starts: set[int],
                         mentions: list[Mention], previous: Sequence[Mention], orgs: list[ActorMention],
                         persons: list[PersonMention], agent: tuple[int, list[str]] | None) -> list[Mention]:
    """A clause after -지만 with no date of its own that turns the dated clause's outcome around (… 확정했다. A는 지난달
    25일 서면평가를 통과했지만 B와 함께 최종 명단에서 빠졌다): the outcome of the later step just told, with its date."""
    body, found = article.body, []
    for timex, _, relative, _, clause in plans:
        index = bisect_left(bounds, clause[1])
        if relative or index + 1 >= len(bounds) or clause[1] in dated_starts or not body.endswith(_BUT_ENDINGS, 0, clause[1]):
            continue
        start, end = clause[1], bounds[index + 1]
        own = next((m for m in mentions if m.timex_start == timex.start), None)
        if own is None or not _turned_around(body[clause[0]:start], body[start:end]):
            continue
        later = [m for m in previous if m.date_start > own.date_end and m.event_type in OUTCOME_TYPES]
        named = [o for o in orgs if start <= o.start < end]
        carried = _continuation(article, Sentence(start, end, body[start:end]), later, named,
                                [p for p in persons if start <= p.start < end])
        if agent is not None and not (named and _own_subject_at(body, named[-1].end)):  # (a list's last name tells its role)
            for mention in carried:  # (the clause names no subject of its own: the sentence's still)
                mention.actors = list(dict.fromkeys([*agent[1], *mention.actors]))
        found += _with_evidence(sentence, carried)
    return found


def _turned_around(first: str, then: str) -> bool:
    """Whether a clause tells the outcome opposite to the one before it (서면평가를 통과했지만 최종 명단에서 빠졌다,
    1차에서 탈락했지만 추가 공모로 합류했다): a later step's, not the same day's."""
    outcome = event_type(first)
    return outcome in OUTCOME_TYPES and event_type(then) in OUTCOME_TYPES - {outcome}


# A clause after -면서 that tells on what was being told (… B의 탈락을 알렸다, … 일정도 공개했다).
_TELLING_TOO: Final = re.compile(r"[^.!?]*?(?:(?:알렸|밝혔|공개했|발표했|전했|공지했|설명했|덧붙였)(?:다|고|으며|던)"
                                 r"|(?:알린|밝힌|공개한|발표한|전한|공지한|설명한)\s바\s)")  # (…못했다고 설명했다)
_JOINERS: Final = ("와", "과", ",", "·", "및", "와 함께", "과 함께")
BRACKET_REACH: Final = 24  # characters within which a bracket after a name closes (B(NIA)는)
_TOGETHER_MARKS: Final = ("와 함께", "과 함께", "와 같이", "과 같이")  # (B와 함께: whom the subject acts with, no list)


def _own_subject_at(body: str, end: int) -> bool:
    """Whether the name ending at `end` is a subject, or one of a list of them (B가, B(약칭)는, B와 C는; not B에,
    B와 함께)."""
    if body.startswith("(", end) and (closing := body.find(")", end, end + BRACKET_REACH)) >= 0:
        end = closing + 1
    return body.startswith(_OWN_SUBJECT_MARKS, end) and not body.startswith(_TOGETHER_MARKS, end)


def _relative_start(body: str, timex: Timex, orgs: list[ActorMention], clause_start: int) -> int:
    """A relative clause may begin before its date with a subject marked 이/가 (과기정통부가 8월 선정한),
    names joined to it included (A와 B가 17일 공개한); a subject marked again before that is the main clause's
    (A가 B가 내년 공개할 모델을)."""
    start = timex.start
    for org in sorted((o for o in orgs if clause_start <= o.end <= timex.start), key=lambda o: -o.start):
        between = body[org.end:start]
        if not between.strip() or start == timex.start and between.strip() in ("이", "가") or (
                start < timex.start and between.strip() in _JOINERS) or (
                # (B 소속 A 의원실이 23일 공개한 자료: the members of A, and of B they belong to, are the subject)
                start == timex.start and _MEMBERS_AS_SUBJECT.fullmatch(between) or start < timex.start
                and actors_mod.MEMBER_OF.fullmatch(between)) or (
                start == timex.start and _ADVERBIALS_BEFORE_DAY.fullmatch(between)
                and not any(_role(word) for word in between.split()[1:])) or (
                start == timex.start and between.strip() in ("와", "과") and _PACT_VERB_AFTER.match(body, timex.end)):
            # (A와 지난 4월 맺은 계약에 따라: the other party of the pact the clause tells)
            start = org.start  # (A가 이번 프로젝트에서 지난 8월 통과한: its subject, past the words of where)
        else:
            break
    return start


# The verb of a pact right after a relative clause's day (B와 지난 4월 맺은 계약): B is a party of the clause.
# A body's members, or its office, as a relative clause's subject after its name (A 의원실이, A 소속 의원들이).
_MEMBERS_AS_SUBJECT: Final = re.compile(r"\s+(?:소속\s+)?(?:의원실|의원단|의원들|의원|대변인실|대변인)(?:이|가)\s+")
_PACT_VERB_AFTER: Final = re.compile(r"\s*(?:맺은|맺었던|체결한|체결했던|손잡은|합의한)\s")
# A relative clause of an occasion held, then the occasion, where the main clause's act takes place (4일 열린 '부산 AI
# 서밋'에서 A가 …: not A's holding it).
_HELD_VERB: Final = re.compile(r"(?:열린|열렸던|개최된|마련된|진행된|펼쳐진|열리는|열릴|개최되는|개최될|진행되는|진행될|펼쳐지는|펼쳐질)$")
_OCCASION_HEAD: Final = re.compile(r"\s+(?:[^\s.,]+\s+){0,3}?[^\s.,]*?(?:에서|에서는|에선)\s")


def _held_at(body: str, start: int, verb_end: int) -> bool:
    """The relative clause from `start` to `verb_end` tells of an occasion held, where the main clause's act takes place."""
    return _HELD_VERB.search(body, start, verb_end) is not None and _OCCASION_HEAD.match(body, verb_end) is not None


# (a subject, then a few words ending in where or how, no comma: A가 이번 프로젝트에서 지난 8월, A 연구팀이 …에서)
_ADVERBIALS_BEFORE_DAY: Final = re.compile(r"(?:\s+[^\s,.]*?)?[이가]\s+(?:[^\s,.]*[^\s,.은는을를]\s+){0,4}[^\s,.]*(?:에서|에|으로|로)\s+")


_DETERMINER_GAP: Final = re.compile(r"\s*(?:이|그|해당|두|세|네)?\s*")


def _heads(body: str, position: int, orgs: list[ActorMention]) -> list[ActorMention]:
    """The organizations a relative clause modifies: a list right after its verb (선정된 A, B가)."""
    heads: list[ActorMention] = []
    cursor = position
    for org in sorted((o for o in orgs if o.start >= position), key=lambda o: o.start):
        if heads and org.source == "reference" and (org.start, org.end) == (heads[-1].start, heads[-1].end):
            heads.append(org)  # (발표회를 치른 세 팀은: all three the word stands for, in one place)
        elif _LIST_GAP.fullmatch(body, cursor, org.start) or (
                org.source == "reference" and not heads and _DETERMINER_GAP.fullmatch(body, cursor, org.start)):
            # (2015년 세워진 이 회사는: the company the word points back to)
            heads.append(org)
            cursor = org.end
        else:
            break
    return heads


# Names as a sentence's predicate (… A, B, C 등 5곳이다): who its subject is. Told of the teams (정예팀은 A, B다), they go
# on only with an event of a list's types (선정된 팀은 A, B다).
_LISTING_TYPES: Final = frozenset(("selection", "elimination", "call"))
_ROLE_HOLDER_TOPIC: Final = re.compile(r"\s*(?:대표|공동|상장|인수)?\s*(?:주관사|인수인|자문사|감사인|수탁사|운용사|시공사)들?(?:은|는)\s")
_THE_TEAMS_ARE: Final = re.compile(r"\s*(?:현재|기존|지금의)?\s*(?:정예팀|국가대표\s*(?:AI\s*)?팀)들?(?:은|는)\s")
_LIST_PREDICATE: Final = re.compile(r"\s*(?:까지\s*)?(?:등\s*)?(?:모두\s*|총\s*)?(?:(?:\d+|두|세|네|다섯|여섯)\s*(?:개\s*)?(?:곳|팀|개사|기업|컨소시엄|회사)\s*)?"
                                    r"(?:이다|다|입니다|이었다|였다)[.!]?$")
_USE_TERM_TOPIC: Final = re.compile(r"(?:이용|사용|활용|지원|대여)\s*기간은\s")  # (the term of what the ones named get)
_TARGETS_TOPIC: Final = re.compile(r"[^\s.,]*\s?(?:[^\s.,]+\s)?대상(?:은|는)\s")  # (배정 대상은, 지원 대상은)
_LISTED_AS: Final = re.compile(r"\s*(?:등\s*)?(?:으로|로),?\s")
# Teams told by an outcome as a clause's subject (통과 팀은 연말께 최종 평가를 치른다): they, not who acts before.
_OUTCOME_SUBJECT: Final = re.compile(r"(?:통과|탈락|선정|진출|합격)(?:한|된|하는|되는)?\s*(?:팀|곳|기업|컨소시엄)들?[은는이가]\s")
_CROWD_SUBJECT: Final = re.compile(r"\d[\d,]*\s*(?:여\s*)?명(?:이|가|은|는|도)\s")  # (600여명이, 1,200명은: a crowd, no party)
_FINAL_WORDS: Final = ("최종", "끝까지", "마지막까지")  # (a selection told as the last: 끝까지 살아남은 곳은 A와 B다)
# A sentence that only gives what the one just told said (… 걸리고 있다는 설명이다, …하겠다는 입장이다).
_ITS_WORDS_STILL: Final = re.compile(r"(?:다는|라는|다고\s+하는)\s+(?:게\s+|것이\s+)?(?:[^\s.]+\s+)?(?:설명|입장|전언|얘기|판단|분석|해명)"
                                     r"(?:이다|이었다|입니다|이에요)[.]?$")
# Teams counted as a new subject, not a topic told before nor those yet to be chosen (선정된 5개 정예팀이; not 두 팀은,
# 최종 2개 팀이, 두 팀만).
_COUNTED_BODIES: Final = r"(?<![가-힣\d])(?:\d+\s*개|\d+|두|세|네|다섯)\s*(?:개\s*)?(?:정예)?(?:팀|컨소시엄|곳|기관|기업|업체|회사)"
_COUNTED_NEW_SUBJECT: Final = re.compile(r"(?<!최종\s)" + _COUNTED_BODIES + r"(?:이|가)\s")
_COUNTED_SUBJECT: Final = re.compile(_COUNTED_BODIES + r"(?:이|은|만|만의\s+[^\s,.]+(?:이|가))\s")  # (두 팀만의 경쟁이: theirs, as the subject)


def _counted_subject_in(body: str, start: int, date_start: int, end: int) -> bool:
    """Whether a clause has teams it counts as its own subject before its date (2개 팀이 연말까지 가려진다), or after it
    the final ones, those left standing (연말에는 최종 2개 팀만 살아남는다, 2027년에는 2개 팀만 남는다) or those who applied
    (한 달 뒤 15개 컨소시엄이 도전장을 냈다; not 1일부터 두 곳이 합류한다, who join the subject's): not as what is chosen
    (두 팀만 뽑는다, 최종 2개 팀은 연말까지 가린다)."""
    return any(not (found.group().endswith(("만 ", "은 ")) and _CHOOSING_VERB_AFTER.match(body, found.end() - 1))
               and (found.start() < date_start or body.endswith("최종 ", start, found.start())
                    or _LEFT_STANDING.match(body, found.end()) is not None
                    or _APPLIED_AFTER_SUBJECT.match(body, found.end()) is not None)
               for found in _COUNTED_SUBJECT.finditer(body, start, end))


def _own_counted_subject(body: str, orgs: list[ActorMention], after: int, date_start: int) -> bool:
    """Whether teams counted as a subject stand between the sentence's subject and a relative clause's date (A는 세 팀이
    지난달 요청한 기간을 받아들였다: the clause's own doers, not A), not right after names they count (A, B 두 팀이 …)."""
    counted = _COUNTED_SUBJECT.search(body, after + 1, date_start)
    return counted is not None and not any(o.end <= counted.start() and not body[o.end:counted.start()].strip(" ,") for o in orgs)


# What befalls teams counted as a subject, which names no one yet (2027년에는 2개 팀만 남는다, 두 팀이 가려진다).
_LEFT_STANDING: Final = re.compile(r"(?:[^\s.,]+\s+)?(?:남[는은게겠았]|남는다|살아남|가려|추려지|선정된|선정되|뽑힌|뽑히)")


_LISTED_ALSO: Final = re.compile(r"\s(?:등|같은)\s+(?:[^\s.,]+\s+){0,2}?[^\s.,]+도\s")  # (A, B 등 컨소시엄 참여사도, A 같은 대기업도)
_SUBJECT_PARTICLE: Final = re.compile(r"[은는이가](?=\s)|(?<=[팀곳])만(?=\s)")  # (두 팀만 남는다: only they, the subject)
_TOPIC_MARKS: Final = ("에는", "에선")  # (after a date: 2일에는, 이달에선)
_SUBJECT_MARKS: Final = ("은 ", "는 ", "이 ", "가 ")  # (after a date: 지난겨울은)
_OWN_SUBJECT_MARKS: Final = (*_SUBJECT_MARKS, "도 ", "와 ", "과 ", ", ", "·")  # (a clause's own subject, or a list of them)
_ROLE_TOPIC: Final = re.compile(r"[가-힣]{2,}(?:으로는|로는|으론|론)\s")  # (강사로는, 연사로는: a role of the event told before)
_ITS_PEOPLE_SUBJECT: Final = re.compile(r"의?\s+[가-힣]+(?:이|가|들이)\s")  # (C의 연구진이, C 연구진이: the people of the names)
_NOT_NAMED_TOGETHER_KINDS: Final = frozenset((*AUTHORITY_KINDS, "university"))  # (see _named_together)
# Verbs whose object is an event (설명회를 열었다, 평가를 치렀다), as opposed to those it is the subject of
# (열린다, 밀렸다, 진행됐다).
_DOING_VERB: Final = re.compile(r"(?:[가-힣]+[히게]\s+)?"  # (an adverb first: 무난히 넘었다)
                                r"(?:열었|열고|열며|연다|열어|가졌|가진다|갖고|치렀|치른다|치르고|마쳤|마친다|마치고|내놨|내놓았"
                                r"|선보였|선보인다|선보이고|(?:진행|개최|공개|발표|실시|시작|추진|통과)(?:했|한다|하고|하며|해)"
                                r"|넘었|넘는다|넘고|넘어|넘겼|거쳤|거친다|거치고|받았|받는다|받고)")
_NEXT_WORD: Final = re.compile(r"\s+([^\s.,!?\"'”’)\]]+)")
# A bound noun after a word ending in 는 makes that word a verb's adnominal form (다듬는 데 매달렸다).
_BOUND_NOUN_AFTER: Final = re.compile(r"\s+(?:데|것|줄|바|듯|만큼|대로|동안|가운데)(?:[은는이가을를에도의]|에는|에도)?(?=[\s,.]|$)"
                                      r"|\s+수\s*(?:있|없)")
# The writer's own body, told as ours (우리 회사, 저희 팀, 우리 부: an official's own ministry).
_OWN_BODIES: Final = (r"회사|학교|대학|팀|연구원|연구진|연구실|연구소|연구팀|개발팀|기업|기관|조직|컨소시엄|랩|센터|재단|펀드|협회"
                      r"|부|처|청|부처|위원회|진흥원")
_FIRST_PERSON: Final = re.compile(rf"(?:^|\s)(?:우리|저희)(?:\s*(?:{_OWN_BODIES}))?$|(?:^|\s)당사$")
# ... opening a sentence before whatever clause (우리 학교 … 학생으로 꾸려진 팀이): ours.
_OURS_OPENING: Final = re.compile(rf"(?:우리|저희)\s*(?:{_OWN_BODIES})\s")
# ... or we as a part of a clause about a thing (결과는 저희가 기대한 것과 달랐습니다, 행사에 저희도 나갑니다).
_WE_TAKE_PART: Final = re.compile(r"(?<![가-힣])(?:우리|저희)(?:가|도|를|에게|에겐|에게는|로서는|로선)(?![가-힣])")
_POINTING: Final = ("anaphor", "self", "teams")  # subject kinds that name organizations told elsewhere
# A step one undergoes (8월 평가를 받는다, 심사를 거친다, 2차 평가를 치른다), not one an authority holds.
_UNDERGOES: Final = re.compile(r"(?:평가|심사|검증|점검|실사)(?:를|을|도)?\s*(?:받는|받게|받아|받을|받기|치른|치르|치러|거치|거친|거쳐)")
_BETWEEN_TWO: Final = frozenset(("agreement", "funding"))  # acts of two parties: who makes a pact or gives, and with whom
_SUBJECT_UNNAMED: Final = ("none", "other", "event", "anaphor")  # subject kinds a speaker or interviewee stands in for
_LOCAL_SELF: Final = ("도", "시")  # how a province or a city government speaks of itself (도는, 시는)
_SCHOOL_SELF: Final = ("학교", "학교 측", "대학 측", "학교측")  # (학교 측은: the university named last; not 두 대학은)
_SELF_KINDS: Final = {**{word: "local" for word in _LOCAL_SELF}, **{word: "university" for word in _SCHOOL_SELF}}
_SELF_CLAUSE_SUBJECT: Final = re.compile(r"(?:며|고|나|지만),\s+(시|도)는\s")  # (… 들어서며, 시는 …: a later clause's own subject)
_SELF_WITH: Final = re.compile(r"(도|시)와\s+")  # (도와 B는: the province as one of the subjects)
# The end of a clause of what was agreed, before the dated one of the pact (… 개발하기로 하고 | 7일 협약을 맺었다).
_AGREED_BEFORE_END: Final = re.compile(r"기로\s*(?:하고|합의하고|뜻을\s*모으고),?\s*$")
_DEAL_TERM_LABEL: Final = re.compile(r"(?:계약|협약)\s*(?:기간|일자|일|시작일)")  # (a box's line of a deal's term: 계약기간:)
# What is not done, told at a sentence's end (열지 않는다; not 오르지 못했다, a failure told).
_NOT_DONE_END: Final = re.compile(r"지\s*않(?:는다|았다|습니다|았습니다|을\s*것)[^가-힣]*$")
# After a body's name, the title of its head alone, as a notice is signed (정보통신산업진흥원장, 과학기술정보통신부 장관).
_HEAD_SIGNING: Final = re.compile(r"\s*(?:장|장관|원장|청장|이사장|위원장|총장|회장|대표이사)\s*")
_PERSON_PRONOUNS: Final = ("그", "그녀")
_BOTH_SIDES: Final = frozenset(("양사", "양측", "양 기관", "양기관", "양 사"))  # words for the two parties of a deal
# (a date, then the two as its clause's subject: 지난 1월 양 기관이 맺은)
_BOTH_SIDES_AFTER: Final = re.compile(r"\s*(?:" + "|".join(sorted(_BOTH_SIDES, key=lambda word: (-len(word), word))) + r")(?:이|가|은|는)\s")
ANAPHORIC_SUBJECTS: Final = {"회사", "회사 측", "업체", "그룹", "연구원", "이들", *_BOTH_SIDES, "두 곳", "동사", "同社", "대표",  # (대표는: its head)
                              "3사", "세 회사", "두 회사", "3개사",  # (3사는: the three just told)
                              *_PERSON_PRONOUNS, *_LOCAL_SELF, *_SCHOOL_SELF,  # (그는: the one whose words were told last)
                              "버전", "신제품", "모델", "가중치", "모델 가중치",  # (3.0 버전은 12월 공개된다: the maker named last)
                              "제작진", "취재진"}  # (제작진은 지난 1월부터 … 따라갔다: the broadcaster's crew)
# An organization's ending alone as the subject (사업단은, 앞서 위원회는): the one named last with it.
_COMPANY_WORDS: Final = frozenset(("회사", "회사 측", "업체"))  # subjects that point back to a company
# A person told by a surname or name and a corporate title (멘슈 CEO, 김 대표): the head of the company told.
_TITLED_NAME_WORDS: Final = (r"(?<![^\s])[가-힣]{1,4}\s*(?:CEO|" + "|".join(sorted(actors_mod.CORPORATE_TITLES, key=len, reverse=True))
                              + ")")
_TITLED_NAME: Final = re.compile(_TITLED_NAME_WORDS + "$")  # (ending the subject's words: 멘슈 CEO)
_TITLED_NAME_SUBJECT: Final = re.compile(_TITLED_NAME_WORDS + r"(?:은|는|이|가)\s")  # (from the subject's start: 아모데이 CEO는)
TITLED_NAME_REACH: Final = 6  # characters before a title where the name may start
_COMPANY_KINDS: Final = ("company", "organization")  # ... and the kinds of what they point back to
_TEAM_HEADS: Final = frozenset(("컨소시엄", "정예팀", "팀"))  # (a subject told as its team: A 컨소시엄은, A 정예팀은)
COMPANY_ANAPHOR_REACH: Final = 200  # characters before a sentence where the company 회사는 points back to may be named
HERE_REACH: Final = 5  # characters before a subject word where 이곳 (here) stands
_SPOKESPEOPLE: Final = frozenset(("관계자", "대변인", "임원"))  # who speak for an organization (진흥원 관계자는)
_LEAD_ADVERBS: Final = frozenset(("앞서", "한편", "또", "또한", "이어", "이후", "당시", "특히", "다만", "이에"))
# What a head noun ends as an object (세트를, 세트 'K-벤치 2.0'을, '우리말 묶음 3'을, '평가 체계'를).
_OBJECT_AFTER_HEAD: Final = re.compile(r"(?:\s*[{0}][^{1}\n]{{1,30}}[{1}]|\s*[0-9][0-9.]*[{1}]?|[{1}])?[을를](?=\s)"
                                       .format(re.escape("".join(NAME_OPENING_MARKS)), re.escape("".join(NAME_CLOSING_MARKS))))
_SUBJECT_AFTER_HEAD: Final = re.compile(r"(?:\s*\d+\s*(?:편|건|개|종|가지))?[이가](?=\s)")  # (논문 2편이, 특허가)
_TIME_OF_IT: Final = frozenset(("시점", "시기", "날짜", "일자", "날", "때"))  # a subject that is the time of what was just told
# A writer telling where they work, opening a line (저는 A에서 … 엔지니어입니다, 나는 B 연구원이다).
_SELF_INTRODUCED: Final = re.compile(r"(?:^|\n|[.!?]\s)(?:저는|나는)\s+(?P<where>[^\s.,]+?)(?:에서|의)?\s+[^.\n]{0,40}?"
                                    r"(?:입니다|이다|예요|이에요|일합니다|일한다|근무합니다|근무한다)[.!]")
_SUFFIX_WORDS: Final = frozenset(suffix for suffix in actors_mod.ORG_SUFFIXES if len(suffix) > 1)
# This, both, each ... company or model: the organizations just named (이 회사는, 두 모델은, 해당 기업은).
_HEADS: Final = "사람|대표|수장|CEO|원장|연구원장|사장|총장"  # (세 대표는, 두 사람은: the heads named lately, for their organizations)
_HEAD_NOUNS: Final = frozenset(_HEADS.split("|"))
_TAKING_PART: Final = r"(?:참가|참여|출전|입주)\s*(?:회사|기업|업체|기관)들?"  # (참가 기업들이: those told taking part)
_TAKING_PART_WORD: Final = re.compile(_TAKING_PART + "$")
_ANAPHOR: Final = re.compile(r"(?:^|\s)(?:(?:이|그|두|세|네|해당|같은|각)\s*(?:회사|기업|업체|곳|모델|기관|도시|지자체|대학)(?:\s*측)?"
                             rf"|(?:회사|기업|업체)\s*측|(?:두|세|네)\s*(?:{_HEADS})|{_TAKING_PART})$")  # (회사 측은: the company's side)
_COUNT_OPENINGS: Final = ("두 ", "세 ", "네 ")
# An organization's own units, counted (연구실 세 곳, 계열사 두 곳, 3개 학과): its own, not others told before.
_OWN_UNITS_COUNTED: Final = re.compile(r"(?:연구실|연구소|학과|연구센터|센터|부서|계열사|자회사|지사|사업부)\s*(?:(?:두|세|네|다섯)\s*곳|\d+\s*(?:곳|개))$")
_COUNT_ALONE: Final = re.compile(r"\d{1,2}\s*곳")  # (a count of places alone as the subject: 10곳은)
_THEIR: Final = re.compile(r"(?:^|\s)(?:(?:두|세|네)\s*(?:팀|회사|기업|곳|기관)|양사)의(?:\s+\S+){1,3}$")  # 두 팀의 (개발) 격차는: of the two
_BOTH_LEAD: Final = re.compile(r"\s*((?:두|세|네)\s*(?:회사|기업|업체|곳|기관|팀)|양사|양측)\s*(?:모두|다|함께)\s")
# An event's noun, then right after it (선고 뒤, 발표 직후에, 발표회 직후부터): what follows came on the heels of that event.
# (… 간담회가 끝난 뒤, 간담회를 마친 직후: its end told)
_RIGHT_AFTER: Final = re.compile(r"(?<![가-힣])([가-힣]{2,4})(?:[이가]\s*끝난|[을를]\s*마친)?\s*(?:(?:\d{1,2}|한|두|세)\s*(?:시간|분)\s*)?"
                                 r"(?:직후|뒤|후)(?:에|에는|엔|부터)?[\s,]")
# At the same time as an event the sentence names (출시에 맞춰, 발표와 동시에, 공개와 함께): at that event's
# day, when the word names an event (not 협력사와 함께).
_ALONG_WITH: Final = re.compile(r"(?<![가-힣])([가-힣]{2,4})(?:에\s*맞춰서?|에\s*발맞춰|[와과]\s*(?:동시에|함께))[\s,]")
# After a name: it opens or runs what the sentence tells (A가 연 챌린지, B가 주최하는 포럼).
# ... or one that tells it will hold or recruit (A가 … 행사를 연다고 20일 밝혔다, … 연구원을 공개 채용한다고): the call or the
# registration told next is its own.
_GATHERING_HELD: Final = re.compile(r"(?:열린|열렸|개최된|개최됐|마련된|마련됐|이어진|이어졌|진행된|진행됐)(?:다|습니다|다고(?:\s*한다|\s*했다)?)?[.!?\"'”’]*\s*$")
# A numbered one of a series of gatherings, as the place a sentence opens with (8일 첫 강연에는, 두 번째 세션에서는).
_PART_OF_SERIES: Final = re.compile(r"(?:[^\s,.]+\s+){0,2}?(?:첫|두\s*번째|세\s*번째|네\s*번째|마지막)\s*([가-힣]+?)(?:에는|에서는|에선)\s")
_NEXT_ROUND: Final = re.compile(r"(?:\d+|두|세|네|다음)\s*회차(?:를|을|는|도|가|에)?\s")  # (2회차를 한다: a later round of the gathering)
# A gathering named right after its holder (A 개발자 밋업에, B 연례 행사에서).
_HOLDER_OF_GATHERING: Final = re.compile(rf"\s*(?:[가-힣A-Za-z]+\s+)?(?:{GATHERINGS})(?:(?:에|에서|을|를|은|는|이|가)\s"
                                         r"|\s+" + temporal.VISITED_AHEAD + ")")  # (spoken, with no particle: A 밋업 다녀왔어요)
# After a name: chosen as the one to sign a contract, its role told after it (B를 우선협상대상자로 골랐다, B를 수행기관으로
# 선정했다) or before it (우선협상대상자로 B를 골랐다).
# (the roles, also as the subject of a sentence telling who was chosen: see _CHOSEN_PARTY)
_CONTRACT_ROLES: Final = r"(?:우선\s*협상\s*대상자?|협상\s*대상자|수행\s*(?:기관|기업|사업자)|공급\s*(?:업체|사업자)|사업자|낙찰자)"
_CHOOSING_VERB: Final = r"(?:\S+\s+)?(?:선정|골랐|고른|뽑|낙점|지정)"
_CHOSEN_TO_CONTRACT: Final = re.compile(r"(?:을|를)\s+(?:[^\s.,]+\s+){0,3}?" + _CONTRACT_ROLES + r"(?:로|으로)\s+" + _CHOOSING_VERB)
_CONTRACT_ROLE_BEFORE: Final = re.compile(_CONTRACT_ROLES + r"(?:로|으로)\s+$")
_CHOSEN_AFTER: Final = re.compile(r"(?:을|를)\s+" + _CHOOSING_VERB)
CONTRACT_ROLE_REACH: Final = 16


def _chosen_to_sign(body: str, org: ActorMention, sentence_start: int) -> bool:
    """Whether a name is told as chosen to sign a contract (see _CHOSEN_TO_CONTRACT)."""
    return bool(_CHOSEN_TO_CONTRACT.match(body, org.end) or _CHOSEN_AFTER.match(body, org.end) and _CONTRACT_ROLE_BEFORE.search(
        body, max(sentence_start, org.start - CONTRACT_ROLE_REACH), org.start))


_HOSTING_TOLD: Final = re.compile(r"(?:연다|개최한다|채용한다|모집한다|공모한다|개설한다|신설한다|개강한다"
                                  r"|(?:참가\s*)?(?:신청|접수)[을를]\s+(?:[^\s.]+\s+){0,3}?받는다)고\s+(?:\S+\s+)?(?:밝혔|알렸)")
# (… or gives its prize: B가 주는 상, B가 수여하는)
_ORGANIZER_AFTER: Final = re.compile(r"(?:이|가|는|은)\s+(?:공동으로\s+|함께\s+|공동\s*)?(?:연|여는|열|주최한|주최하는|주관한|주관하는|개최한|개최하는|마련한|마련하는"
                                     r"|운영하는|운영한|진행하는|진행한|수여한|수여하는|시상하는|주는|준)\s")
# ... and the gathering so held, as the place of what the sentence tells (B가 연 '솔라 해커톤'에서 …).
_HOSTED_PLACE: Final = re.compile(_ORGANIZER_AFTER.pattern + r"(?:[^\s.,]+\s+){0,3}?[^\s.,]*(?:에서|에서는|에선|에는)\s")
# After a subject's particle: (a time, then) an adnominal verb and the object it modifies (지난 10일 내놓은 '솔라'를).
# A day as a word (15일, 수요일), or a day word of the time lexicon (오늘, 이날, 이튿날); one that is also a name (모레) is
# told apart by the name found there.
_DAY_TOPIC: Final = re.compile(rf"\d{{1,2}}일|[월화수목금토일]요일|{alternation('day_rel', 'day_anaphor')}")
_TIME_LEADS: Final = ("지난", "오는", "이번", "올해", "지난해", "작년")  # (the words _MODIFIES_OBJECT passes over)
TOPIC_CLAUSE_REACH: Final = 30  # characters from a subject to the named topic the clause it opens may modify
# (not A가 22일 발표된 평가에서도 1위를: the clause modifies a place, the sentence's object is A's)
_MODIFIES_OBJECT: Final = re.compile(r"(?:\s+(?:" + "|".join(_TIME_LEADS) + r"|[\d.~]+(?:년|월|일)?))*\s+([가-힣]+)"
                                     r"\s+(?:[^\s을를]+(?<!에서)(?<!에서도)(?<!에)(?<!에는)(?<!에도)\s+){0,2}?[^\s]*?(?:을|를|(?<!것으)로)(?=\s)")
_SPEECH_TITLES: Final = ("[전문]", "개회사", "축사", "기념사", "연설", "신년사", "인사말", "기조연설")  # (a speech printed whole)
_JOINED_CONSORTIUM: Final = re.compile(r"\s*컨소시엄(?:에|으로)(?:는|도)?\s")  # (after a lead: the consortium joined)
_HANDED_OVER: Final = r"(?:제공|공급|납품|전달|판매|지원|투자|기부|넘[기긴겼겨]|보낸|보냈|보내|팔)"  # verbs of handing a thing to another
# ... but not one given something (B는 기사 600만 건을 A 컨소시엄에 제공한다: a recipient, joined by no one)
_GIVEN_TO_CONSORTIUM: Final = re.compile(rf"\s*컨소시엄에(?:게)?\s+(?:\S+\s+){{0,2}}?\S*{_HANDED_OVER}")
_JOINT_LEAD: Final = re.compile(r"\s*([^\s,]+(?:와|과)\s+(?:[^\s,]+\s+){0,2}?[^\s,]+)\s*(?:모두|둘\s*다)\s")
_COUNTED_ANAPHOR: Final = re.compile(rf"(?<![가-힣\d])(두|세|네|다섯|\d{{1,2}}(?=\s*곳|\s*개\s*(?:팀|기관|기업|컨소시엄)))\s*(?:개\s*)?(회사|기업|업체|곳|기관|팀|모델|도시|지자체|대학|{_HEADS})")
# The kinds of the organizations a counted noun stands for (세 기관은, 두 대학은), where nothing told lately is as many; and
# whether the noun names only that kind, so that others told lately are not what it counts (대학; 기관 is said of companies too).
_NO_KINDS: Final[tuple[frozenset[str], bool]] = (frozenset(), False)
_KINDS_A_NOUN_COUNTS: Final[dict[str, tuple[frozenset[str], bool]]] = {"기관": (frozenset((*AUTHORITY_KINDS, "institute")), False), "대학": (frozenset(("university",)), True)}
# A civil servant's post, told with no name (새 정책관은, 신임 국장은, 인공지능기반정책관은): of the ministry or agency told.
_OFFICIAL_POSTS: Final = tuple(actors_mod.OFFICIAL_TITLES)
NAMED_AHEAD_REACH: Final = 600  # characters after an opening that counts organizations where they may be named
BOTH_SIDES_REACH: Final = 6  # mentions back where the two parties may have been told together
# After the last of names a sentence ends in as its predicate (… A, B, C 세 곳이다, … A와 B다).
_PREDICATE_LIST_END: Final = re.compile(r"\s*(?:(?:등\s*)?(?:두|세|네|다섯|여섯|\d+\s*개?)\s*(?:곳|팀|개사|기업|회사))?\s*"
                                        r"(?:이)?(?:다|였다|이었다|입니다|였습니다)\.?\s*")
_POINTING_WORDS: Final = r"(?:이|그|해당|같은)"  # (이 팀, 그 회사, 해당 컨소시엄: the one just told)
_THIS_CONSORTIUM: Final = re.compile(rf"(?:^|\s){_POINTING_WORDS}\s*컨소시엄$")
_PLURAL_ANAPHOR: Final = re.compile(r"(?:^|\s)(?:두|세|네|각|이들|양사|양측|양\s?기관|[2-4]\s*개?사|이\s*업체들|기업들|회사들)")
# (선정된 팀들은, 선정된 기업은: the ones chosen)
_CHOSEN_HEADS: Final = "팀|컨소시엄|기업|업체|회사|기관|곳|스타트업"
_OUTCOME_TEAM: Final = rf"(?:선정된|뽑힌|선발된|탈락한)\s*(?:정예)?(?:{_CHOSEN_HEADS})"
_CHOSEN_WORDS: Final = frozenset(_CHOSEN_HEADS.split("|"))
# (… or with their count: 선정된 두 팀은 내년부터 지원받는다, told before any is chosen: nobody yet)
_COUNT_WORDS: Final = alternation("number_word", exclude=("일", "몇", "수"))  # 두, 세, 다섯 (not 일: 1일; nor 몇, 수: a count left open)
# An event told as opened or begun (공모가 열린 것은, 공모는 1월 23일 시작됐다): its runner's act, not of those who went through it.
_OPENED_BY_ITS_RUNNER: Final = re.compile(r"[이가은는]\s+(?:[^\s.,]+\s+){0,3}?(?:열린|열렸|열려|시작된|시작됐|공고된|공고됐)")
# A verb of a clause of the reason right after its subject (기업이 적어, 물량이 부족해서, 신청이 몰려).
_REASON_VERB: Final = re.compile(r"[가-힣]{1,3}(?:어|아|여|해|워|려)(?:서)?")
_NEXT_STEP_OPENINGS: Final = ("이후 ", "이어 ", "이후에는 ", "그 뒤 ", "그다음 ", "다음으로 ")  # (a dropped subject's next step)
# Those chosen, as the recipient opening a sentence with no subject (선정된 팀에는 GPU가 지원되고 …).
_CHOSEN_AS_RECIPIENT: Final = re.compile(r"\s*(?:최종\s*)?(?:선정|선발)(?:된|돼\s*있는)\s*(?:정예)?팀(?:들)?(?:에는|에게는|에겐)\s")
# Teams counted as those announced chosen (5개 정예팀을 발표했다): a selection, whose teams are named next.
_COUNTED_CHOSEN_ANNOUNCED: Final = re.compile(rf"(?:\d+\s*개|{_COUNT_WORDS})\s*(?:개\s*)?(?:최종\s*)?(?:정예팀|추가\s*정예팀)(?:을|를)\s+"
                                              r"(?:최종\s+|공식\s+)?(?:발표|공개)(?:했|하며|하고)")
_COUNT_OF_TEAMS: Final = rf"(?:\d+\s*개|(?!한\s)(?:{_COUNT_WORDS}))"  # (두 팀, 여섯 팀, 3개 팀; not 한 팀: one, unnamed)
_OUTCOME_ONLY: Final = re.compile(rf"(?:선정된?|뽑힌|선발된?|탈락한)\s*(?:{_COUNT_OF_TEAMS}\s*(?:개\s*)?)?(?:정예)?(?:{_CHOSEN_HEADS})들?$")
_CHOSEN_TARGETS: Final = r"(?:최종|선정)\s*대상(?:자)?"  # (최종 대상이 가려졌다: the ones chosen, as the outcome told)
# Teams counted as the subject of a clause on the object of the sentence's act (각 팀이 제출한 점수를).
_MAKERS_OF_OBJECT_AFTER: Final = re.compile(r"[이가]\s+(?:[^\s.,]+\s+){0,2}?(?:제출한|낸|내놓은|만든|올린|보낸|공개한|써낸)\s+"
                                            r"(?:[^\s.,]+\s+)?[^\s.,]+(?:을|를)\s")
# The people of a team (각 팀 실무자, 세 팀 관계자, 네 팀 실무 책임자).
_TEAM_PEOPLE: Final = r"(?:실무\s*)?(?:실무자|실무진|관계자|담당자|책임자|연구진|개발자|대표|임원진)"
# Companies or teams counted as the subject opening a sentence, or their people (두 회사는, 세 팀 대표가; not 두 곳만, 두 회사의 …).
_COUNTED_SUBJECT_OPENING: Final = re.compile(r"(?P<count>(?:두|세|네)\s*(?:회사|기업|업체|팀|곳|컨소시엄))"
                                             rf"(?:\s*{_TEAM_PEOPLE}들?)?(?:은|는|이|가)\s")
_PEOPLE_TOO: Final = re.compile(r"\s*" + _TEAM_PEOPLE + r"도\s")  # (an organization's people as the subject, too)
_TEAMS_CELL: Final = re.compile(rf"\|\s*((?:{_COUNT_OF_TEAMS})\s*(?:정예)?(?:팀|컨소시엄))\s*(?:\||$)")  # (| 2개 팀 |)
# (… or their people: 네 팀 실무 책임자가, 각 팀 관계자들은)
_TEAM_SUBJECT: Final = re.compile(rf"(?:(?:각|이들|이|(?<![가-힣])그|해당|참여|{_COUNT_OF_TEAMS})\s*(?:최종\s*)?(?:정예)?(?:팀|컨소시엄)"
                                  rf"(?:\s+{_TEAM_PEOPLE}들?)?"
                                  rf"|정예팀|{_OUTCOME_TEAM}|{_CHOSEN_TARGETS})들?$")
# The people of the organization just named, unnamed (연구진은, 합격자는, 회사 관계자는, 이 기관 관계자는, 개발팀을 이끈 한 교수는).
# (연구원들, plural: researchers; 연구원 alone may be the institute's own short name)
_OWN_PEOPLE: Final = re.compile(r"(?:^|\s)(?:(?:연구|개발|학생)(?:팀|진|자|실)|학생|(?:최종\s*)?합격자|임직원|직원|구성원|대표단|방문단|사절단)들?$"
                         r"|(?:^|\s)연구원들$"
                         r"|(?:^|\s)(?:(?:이|그|해당)\s*)?(?:회사|업체|기업|기관)\s*(?:측\s*)?(?:한\s*|고위\s*)?(?:" + "|".join(sorted(_SPOKESPEOPLE)) + ")$"
                         r"|(?:팀|진|컨소시엄|사업단)을\s*이끈\s*(?:한\s*)?\S+$"
                         r"|(?:^|\s)(?:연구|과제|사업|개발)\s*책임자(?:인|를\s*맡은)?(?:\s*(?:한\s*)?(?:교수|박사|연구원))?$")  # (연구 책임자인 한 교수는)
# Unnamed people or a group from outside the story's organizations (외부 연구자, 익명의 개발자, 한 시민단체, 일부 이용자들).
_OUTSIDERS: Final = re.compile(r"(?:^|\s)(?:(?:외부|익명의?|일부|한|어느)\s*(?:시민\s*)?(?:단체|누리꾼|이용자|사용자|투자자)"
                              r"|(?:외부|익명의?)\s*(?:연구자|개발자|전문가|연구진)"
                              # (한 증권사 연구원은, B증권 애널리스트는: an analyst, whose title is no institute's name told before)
                              r"|(?:(?:한|어느|일부)\s*(?:증권사|운용사|자산운용사|투자사|회계법인)|\S*증권(?:사|가)?)\s*(?:리서치센터\s*)?"
                              r"(?:연구원|애널리스트|전문가)"
                              r"|[A-Z](?:사|업체|기업|대학|기관|은행|병원))들?$")  # (제조업체 A사는: a firm left unnamed)
# A post by someone left unnamed as the topic (한 블로그 글은, 어느 누리꾼의 게시물이): no one the story follows posted it.
_POSTED_BY_OTHERS: Final = re.compile(r"(?:^|\s)(?:한|어느|일부)\s*(?:[^\s.,]+\s+)?(?:글|게시물|게시글|블로그|영상|댓글)(?:은|는|이|가)\s")
_STAFF_WORDS: Final = ("연구팀", "연구진", "개발팀", "연구실")
_RESEARCHING_KINDS: Final = ("university", "institute")  # (whose 연구실, 연구진 a story may tell of with no name)
_STAFF_AFTER: Final = re.compile(r"(?:\s*\([^()\n]{1,20}\))?(?:\s+[^\s.,()]+){0,3}?\s*(" + "|".join(_STAFF_WORDS) + ")")
_ADVERB_STEMS: Final = ("없", "같", "많", "깊", "높", "굳", "일찍", "새로", "일일", "가까", "틈틈", "나날", "다달", "낱낱", "샅샅", "번번",
                        "깊숙", "곰곰", "뚜렷", "적잖", "그사")  # + 이: an adverb, not a subject (그사이: meanwhile)
# A cleft (빈자리를 채운 곳은 A다, 데이터를 책임지는 곳은 A와 B다): the names it ends with are its subject.
_CLEFT_HEAD: Final = re.compile(r"(?:(?:곳|기업|회사|업체|팀|기관|주인공|주역)(?:은|는)|(?<=[은는] )(?:건|것은))\s")  # (남은 건 A와 B다)
_ONES_WHO_DID: Final = re.compile(r"\s*(?:[^\s.,]+\s+){1,4}" + _CLEFT_HEAD.pattern)  # (무대에 오른 곳은: a cleft's head)
_CLEFT_TOPIC: Final = re.compile(r"\s+(?:것은|건)\s")  # (평가가 시작되는 것은 8월 초다: the clause before is the sentence)
_COPULA_FIRST: Final = ("다", "이", "였")
_CLEFT_END: Final = re.compile(r"(?:이)?(?:다|였다|이었다)[.!?\"'”’]*\s*")
_PAST_SYLLABLE: Final = re.compile(syllables_with_final(20))  # (했, 됐, 었: a verb's past before -다가)
_ONE_SYLLABLE_SUBJECTS: Final = {"그", "내", "제", "나", "저", "팀", "측", "당", "곳"}  # 그가, 팀이, 측이, (두) 곳은, 나는
_OWN_OFFICES: Final = ("부", "처", "청")  # (우리 부는, 저희 청은: an official's own office)
_CAPTION_DATE: Final = sentences_mod.CAPTION_ENDS[2]  # a photo caption's closing date (… 하고 있다. 2025.12.30)
_NAMED_SUBJECT_AFTER: Final = re.compile(r"(?:\s*컨소시엄)?[이가]\s")  # (after a name: it is its clause's subject)
# What is left of a sentence of names and a copula only (A와 B입니다, A, B다) without its names.
# (… A, B, C가 주인공이었다, 그 주인공이다: the names as the ones the sentence before told of)
# (or a full stop alone: 그가 읽은 이름은 셋이다. A, B, C.)
_COPULA_LEFT: Final = re.compile(r"[\s,·와과및]*(?:\s*컨소시엄)?(?:(?:(?:이|가)\s+(?:그\s+)?(?:주인공|주역)들?(?:이)?)?"
                                 r"(?:입니다|이다|였다|이었다|다|예요|이에요)[.!]?|\.)\s*")
_ANSWER_OPENING: Final = re.compile(r"\s*(?:[가-힣]{1,6}\s*[:：]\s*|A\d{0,2}\s*[.:：)]\s*|답\s*[.:：)]\s*)?(?:네|예|아,?\s*네)?[,.]?\s*")  # (기자: 네, …; A2. …)


def _names_only(body: str, sentence: Sentence, orgs: list[ActorMention], counted: bool = False) -> bool:
    """Whether the sentence is names and a copula only: who the sentence before speaks of; with `counted`, their count
    may come before the copula (A와 B 두 곳이다)."""
    inside = [o for o in orgs if sentence.start <= o.start < sentence.end]
    if not inside or inside[0].start != sentence.start and not _ANSWER_OPENING.fullmatch(body, sentence.start, inside[0].start):
        return False  # (네, A 컨소시엄입니다: an answer's yes before the names)
    left = "".join(body[a.end:b.start] for a, b in zip(inside, inside[1:]))
    end = inside[-1].end
    if counted and (count := _NAMES_COUNTED.match(body, end)) is not None:
        end = count.end()
    return not left.strip(" ,·와과및") and _COPULA_LEFT.fullmatch(body, end, sentence.end) is not None


_NAMES_COUNTED: Final = re.compile(r"\s*(?:등\s*)?(?:\d+|한|두|세|네|다섯)\s*(?:개\s*)?(?:곳|팀|개사|기업|컨소시엄)")


_PROGRESSIVE_END: Final = re.compile(r"고\s*있(?:다|습니다|어요|죠)[.!?\"'”’]*\s*$")
# A subject's clause of what came along (…가 … 선정되면서), then a telling with a day of its own (… 됐다고 23일 밝혔다).
_TOLD_AFTER_AS: Final = re.compile(r"[이가]\s[^.]*?[가-힣]면서\s(?P<then>[^.]*?)다고\s+\S+\s+(?:밝혔|전했|발표했)다")
_QUOTE_TOLD: Final = re.compile(r"[\"”]\s*(?:이?라)?고\s+(?:\S+\s+){0,2}?\S*(?:했|밝혔|말했|덧붙였|강조했|설명했|전했)(?:다|습니다)")
_ADVERBIAL_CASES: Final = ("에", "에서", "으로", "부터", "까지", "보다", "해서")  # not 과, 로: 결과는, 경로는 (관련해서는, 위해서는: no topic)
GOVERNMENT_WORDS: Final = ("정부", "당국", "부처", "주무부처", "정부 관계자",
                            "장관", "차관", "부총리")  # (당시 장관은 "…"고 답했다: a minister told by the title alone)
_GOVERNMENT_ENDINGS: Final = tuple(" " + word for word in GOVERNMENT_WORDS)  # 우리 정부는; not 승부처는
# A lead telling that something began or how long it has gone (학습에 들어갔다, 검증이 닷새째를 맞았다): dated by its start.
_BEGINNING_TOLD: Final = re.compile(r"들어갔|돌입했|착수했|시작했|시작됐|개시했|나섰|째를\s*맞|째에\s*접어들")
# A day that only dates the making of what the clause's one verb acts on (올해 개발한 모델을 시연한다).
_MADE_THEN_SHOWN: Final = re.compile(r"\s+(?:[^\s.,]+\s+)?(?P<made>[^\s.,]*[한된든은던운])\s+(?:[^\s.,]+\s+){0,3}?[^\s.,]+(?:을|를)\s+"
                                     r"[^\s.,]+[.]?\s*$")
# A sentence that adds one more of the same to the one before (또 결과 발표 시점도 …, 아울러 접수 기간도 …).
_ALSO_OPENING: Final = re.compile(r"(?:또|또한|아울러)\s+(?:[^\s,.]+\s+){0,3}?[^\s,.]+도\s")
# The bench of a court told (재판부는 다음 달 선고한다): that court, with those whose case it hears.
_BENCH_WORDS: Final = ("재판부", "법원")
_COURT_ENDINGS: Final = ("법원", "재판소")
# The gathering a relative clause's day is of, as where the main verb acts (… 열리는 온라인 설명회에서 안내한다).
_GATHERING_WHERE: Final = re.compile(rf"\s*(?:[^\s.,]+\s+){{0,2}}?[^\s.,]*(?:{GATHERINGS})(?:에서는|에선|에서|에)\s")
# The next edition of a gathering as the subject (내년 학회는, 다음 전시는): its own days, not of those who were at this one.
_NEXT_EDITION: Final = re.compile(rf"(?:내년|다음|차기|이듬해)\s*(?:[^\s.,]+\s+)?(?:{GATHERINGS})$")
# A person met, right after their name and title (B 부총리와 면담했다, C 대표와 만나).
_PERSON_MET: Final = re.compile(r"\s*[^\s.,]{0,8}?(?:와|과)\s+(?:[^\s.,]+\s+){0,2}?(?:면담|만나|만났|회동|환담|접견)")
# A sentence opening on the organizer of the gathering just told (주최 측인 A는, 행사를 주관한 A는).
_ORGANIZER_OPENING: Final = re.compile(rf"(?:(?:{GATHERINGS})를\s*)?(?:주최|주관)\s*(?:측|기관|사)?인\s|(?:{GATHERINGS})를\s*(?:주최|주관)한\s")
# A place or a gathering told as the topic and who runs it (센터는 A가 운영한다, 행사는 B가 주관합니다).
_RUN_BY: Final = re.compile(r"\s*(?:[^\s.,]+\s+){0,2}?[^\s.,]+[은는]\s+[^\s.,]+[이가]\s+(?:운영|주관|주최|관리)(?:한다|합니다|하고\s*있다)[.]?\s*$")
# The rest of those counted, told as the subject whose names follow (나머지 한 곳은, 남은 두 팀은, 다른 한 곳은).
_REST_TOLD: Final = re.compile(r"\s*(?:나머지|남은|다른)\s*(?:한|두|세|네|\d+)\s*(?:개\s*)?(?:곳|팀|기업|컨소시엄)(?:은|는)\s")
_OUTCOME_TOLD_TYPES: Final = frozenset(("selection", "elimination", "evaluation", "announcement"))
# A sentence opening on being chosen, with no subject (최종 선정되면, 여기에 뽑히면): of those chosen, whoever they will be.
_CHOSEN_IF: Final = re.compile(r"(?:[^\s,.]+\s+){0,2}?(?:(?:선정|선발|채택)(?:이\s*)?되면|뽑히면|합격하면)[\s,]")
# A government word as the subject right before a date (A는 "정부가 22일께 발표한다"고 말했다): the clause is the government's.
_GOVERNMENT_BEFORE: Final = re.compile(r"(?:^|(?<=[\s\"“'‘]))(?:" + "|".join(GOVERNMENT_WORDS) + r")(?:이|가|은|는|도)\s+(?:[^\s\d]\S*\s+)?$")
GOVERNMENT_BEFORE_REACH: Final = 16
# Another country's government is not the program's (일본 정부는, 美 당국은).
_COUNTRIES: Final = ("(?:미국|美|중국|中|일본|日|영국|英|프랑스|佛|독일|獨|유럽연합|EU|유럽|대만|인도|캐나다|호주|싱가포르"
                     "|이스라엘|사우디아라비아|사우디|아랍에미리트|UAE|베트남|러시아|스페인|이탈리아)")
# (but a company's own unit there is its own: 일본 법인은, 미국 지사는)
_FOREIGN: Final = re.compile(_COUNTRIES + r"\s*(?:연방\s*)?(?!(?:법인|지사|지점|사무소|자회사)(?:은|는|이|가|도|의)?$)\S*$")
FOREIGN_REACH: Final = 12  # characters before a name within which its country is told (일본 소프트뱅크)
_COUNTRY_TOO: Final = re.compile(_COUNTRIES + r"(?:\([^()]{1,10}\))?도\s")  # (아랍에미리트(UAE)도 …: the state, as the subject)


def _subject(body: str, sentence: Sentence, orgs: list[ActorMention],
             persons: list[PersonMention]) -> tuple[list[str], str, tuple[int, int] | None]:
    """The sentence's subject: its organizations, what kind of subject it is, and where its word
    stands in the body (without the particle).

    Kinds: named (organizations or people of organizations), government (정부는), teams (각 팀은:
    the teams just named), self (우리 회사는: the writer's), anaphor (이 회사는, 두 기관은, 연구진은: the organizations named lately),
    event (접수는, 결과는: the subject is the event, the agent is dropped), none (no subject word),
    other.
    """
    found = _subject_from(body, sentence, orgs, persons)
    if (found[1] in ("none", "other", "named") and ("모두" in sentence.text or "각각" in sentence.text)
            and (all_of := _COUNTED_ALL.search(sentence.text, 0, COUNTED_ALL_REACH)) is not None
            # (… 모두 넘겼지만, 9월 B가 …: B is the next clause's; with no subject, only opening the sentence or an
            # answer, not 8월 2차 평가…네 팀 모두 통과)
            and ("," in body[sentence.start + all_of.end():found[2][0]] if found[1] == "named" and found[2] is not None
                 else found[1] != "named" and _ANSWER_LABEL_ONLY.fullmatch(sentence.text, 0, all_of.start()) is not None)
            and not any(sentence.start <= o.start < sentence.start + all_of.start() for o in orgs)):
        # (8월 중간평가에선 두 팀 모두 기준을 넘겼지만, 9월 B가 …: the teams counted with no particle, all of them, are the
        # subject, not a name of the clause after; so too with no other subject, 두 회사 모두 1월 이후 …)
        return [], "anaphor", (sentence.start + all_of.start(), sentence.start + all_of.end("noun"))
    if (found[1] in ("none", "other", "event") and orgs and sentence.text.startswith(("[", "【"))
            and orgs[0].start == sentence.start + 1 and body.startswith(("]", "】"), orgs[0].end)):
        return [orgs[0].canonical], "named", (orgs[0].start, orgs[0].end)  # ([A] 지난달 서비스 시작.: the head is the subject)
    if (found[1] in ("none", "other", "event") and orgs and sentence.text[:1] in _LINE_ITEM_MARKS
            and _NAMED_ITEM.match(sentence.text) is not None and orgs[0].start < sentence.start + sentence.text.find("=")
            and not sentence.text[orgs[0].end - sentence.start:sentence.text.find("=")].strip()):
        return [orgs[0].canonical], "named", (orgs[0].start, orgs[0].end)  # (▶A=지난 10일 앱을 내놨다: the item's name acts)
    if (found[1] in ("none", "other", "event") and orgs and holds_any(sentence.text, _TURN_WORDS)
            and _TURN_OF_END.fullmatch(body, orgs[-1].end, sentence.end)):
        return [orgs[-1].canonical], "named", (orgs[-1].start, orgs[-1].end)  # (이튿날에는 B 차례였다: B's turn, B acts)
    if found[1] == "none" and orgs and orgs[0].start == sentence.start and _PEOPLE_TOO.match(body, orgs[0].end):
        return [orgs[0].canonical], "named", (orgs[0].start, orgs[0].end)  # (B 연구진도 10일 나섰다: B's people, too)
    if (found[1] != "named" and orgs and orgs[0].start == sentence.start and body.startswith("도 ", orgs[0].end)
            and (found[2] is None or found[2][0] > orgs[0].end)):
        return [orgs[0].canonical], "named", (orgs[0].start, orgs[0].end)  # (B도 16일 입장문을 내고 "…"고 반박했다: B, too)
    if found[1] in ("event", "other", "named") and found[2] is not None and _QUOTE_MARK.search(sentence.text):
        # (… likewise a name: 이어 "A의 이의신청은 … 결론을 내겠다"고 덧붙였다 is told by the one who spoke before)
        # GPU 지원과 관련해서는 "물량이 들어오면 나누겠다"고 덧붙였다: a thing in what is quoted is no subject of the telling
        spoken = temporal.without_quotes(sentence.text)
        if not spoken[found[2][0] - sentence.start].strip() and _QUOTE_TOLD.search(sentence.text):
            found = _subject_from(body, Sentence(sentence.start, sentence.end, spoken), orgs, persons)
    if (found[1] in ("other", "event") and found[2] is not None and body.startswith(("이 ", "가 "), found[2][1])
            and (cause := _NEXT_WORD.match(body, found[2][1] + 1, sentence.end)) is not None
            and _REASON_VERB.fullmatch(cause.group(1))
            and _subject_from(body, sentence, orgs, persons, cause.end() - sentence.start)[1] == "none"):
        # (참석 신청 기업이 적어 온라인 질의응답으로 대신한다고 29일 밝혔다: the subject of a clause of the reason; the
        # sentence's own is dropped)
        return [], "none", None
    if "가운데" in sentence.text and (amid := _AMID_CLAUSE.search(sentence.text, 0, AMID_REACH)) is not None:
        # A가 …한 가운데, B는 …했다: the clause of the circumstances has its own subject; the sentence's is after it
        after = _subject_from(body, sentence, orgs, persons, amid.end())
        if after[1] not in ("none", "other", "event"):
            return after
    if "따르면" in sentence.text and (source := _SOURCE_CITED.search(sentence.text, 0, AMID_REACH)) is not None:
        # 조달청 나라장터에 따르면 B는 4일 입찰을 공고했다: an authority as the subject after a source runs what comes next,
        # not the source (but NIPA에 따르면 카카오가 서류를 냈다: the source is the authority of the call, and carries over)
        after = _subject_from(body, sentence, orgs, persons, source.end())
        kinds = {o.canonical: o.kind for o in orgs}
        if (after[1] == "named" and after[0] and all(kinds.get(name) in AUTHORITY_KINDS for name in after[0])
                or after[1] == "anaphor"):  # (감사원에 따르면 진흥원은 …: the one pointed back at, not the source)
            return after
    if found[2] is not None and body.startswith(("이 ", "가 "), found[2][1]) and holds_any(sentence.text, _PURPOSE_WORDS):
        # 정예팀이 먼저 쓸 수 있도록 A에는 … 넘겼다: the subject of a clause of purpose is not the sentence's, which may be
        # dropped after it (but A는 B가 쓸 수 있도록 …: A, the topic, before the clause)
        purpose = _PURPOSE_CLAUSE.search(sentence.text, 0, WHEN_REACH)
        if purpose is not None and found[2][0] < sentence.start + purpose.start():
            return _subject_from(body, sentence, orgs, persons, purpose.end())
    if (found[1] == "named" and found[2] is not None and body.startswith(("이 ", "가 "), found[2][1])
            and (clause := _OWN_CLAUSE_OF_OBJECT.match(body, found[2][1], sentence.end)) is not None):
        # (A가 지난달 20일 제기한 이의신청을 B가 기각했다고 5일 밝혔다: A is the subject of the clause its object is told by;
        # the sentence's is the next named one)
        after = _subject_from(body, sentence, orgs, persons, clause.end() - sentence.start)
        if after[1] == "named" and after[2] is not None and body.startswith(("이 ", "가 "), after[2][1]):
            return after
        if (after[1] in ("none", "other") and _TOPIC_BEFORE_CLAUSE.fullmatch(body, sentence.start, found[2][0])
                and _ADNOMINAL_RIGHT_AFTER.match(body, found[2][1])):
            # (학습에는 B가 배정한 GPU를 함께 썼다: a topic told first, then B only as the subject of what modifies the
            # object; the sentence's subject is dropped)
            return [], "none", None
    if (found[1] in ("teams", "anaphor") and found[2] is not None and body.startswith(("이 ", "가 "), found[2][1])
            and (of_topic := _OWN_CLAUSE_OF_TOPIC.match(body, found[2][1], sentence.end)) is not None):
        # (… 합하면 정예팀이 쓸 수 있는 데이터는 420종으로 늘어난다: the teams are the subject of what modifies the topic;
        # the sentence's is the topic)
        return _subject_from(body, sentence, orgs, persons, of_topic.start("topic") - sentence.start)
    if found[1] in ("event", "other") and holds_any(sentence.text, _WHEN_WORDS):
        # 1월 공모가 열렸을 때도 회사는 ...: the subject of a clause of time is not the sentence's, when the sentence
        # names one of its own after it (but 우리 회사가 뽑혔을 때 사무실은 ...: the company, which the clause names)
        when = _WHEN_CLAUSE.search(sentence.text, 0, WHEN_REACH)
        if when is not None and (found[2] is None or found[2][0] < sentence.start + when.end()):
            after = _subject_from(body, sentence, orgs, persons, when.end())
            if after[1] not in ("none", "other", "event"):
                return after
    if (found[1] in ("event", "other") and found[2] is not None and body.startswith(("이 ", "가 "), found[2][1])
            and (then := _SET_OFF_CLAUSE.search(body, found[2][1], min(sentence.end, found[2][1] + WHEN_REACH))) is not None):
        # (추가 공모가 열리자 12일 서류를 냈다: what set the main clause off has its own subject; the main clause's, not
        # named after it, is dropped)
        after = _subject_from(body, sentence, orgs, persons, then.end() - sentence.start)
        return after if after[1] not in ("other", "event") else ([], "none", None)
    return found


# After a subject with 이/가: a relative clause of it that ends in the sentence's topic (… 쓸 수 있는 데이터는).
_OWN_CLAUSE_OF_TOPIC: Final = re.compile(r"[이가]\s+(?:[^\s.,]+\s+){0,3}?[^\s.,]*(?:있는|없는|[가-힣](?<=[한된던는]))\s+"
                                         r"(?P<topic>[^\s.,]+(?:은|는))\s")
_LOG_DAY: Final = re.compile(r"\d{1,2}/\d{1,2}\s*\([월화수목금토일]\)")  # (a log's entry day: 7/13(월))
_TOPIC_BEFORE_CLAUSE: Final = re.compile(r"[^\s.,]+(?:에는|에서는|엔)\s+")  # (학습에는 …: a topic opening the sentence)
_ADNOMINAL_RIGHT_AFTER: Final = re.compile(r"[이가]\s+[가-힣]*(?:한|된|낸|준|든|온|간|린|친|운|던)\s")  # (B가 배정한 GPU)
_ANSWER_LABEL_ONLY: Final = re.compile(r"(?:(?:A|답)\s*[.:]|[▶☞―-]|\S{2,4}>)?\s*")  # (nothing, or an answer's label: A. , ▶)
# Bodies counted, then all or each of them, with no particle (두 팀 모두, 세 곳 각각): a subject.
_COUNTED_ALL: Final = re.compile(r"(?<![가-힣\d])(?:두|세|네|다섯|\d{1,2})\s*(?:개\s*)?(?P<noun>팀|회사|기업|곳|기관|업체)\s+(?:모두|각각)\s")
COUNTED_ALL_REACH: Final = 30  # characters into a sentence its counted subject may stand (after a time or a topic)
# After a subject with 이/가: a relative clause of it that ends in the object of another verb (… 제기한 이의신청을).
_OWN_CLAUSE_OF_OBJECT: Final = re.compile(r"[이가]\s+(?:(?![^\s.,]*(?:때는|때|고|며|면서|서)\s)[^\s.,]+\s+){0,4}?[^\s.,]*"
                                          + r"(?![은는]\s)" + syllables_with_final(4)  # (… 제기한 이의신청을, 낸 요청을)
                                          + r"\s+(?:[^\s.,]*[^\s.,은는]\s+){0,3}?[^\s.,]*[을를]\s")


# Parties a subject names only by what a clause says of them (사용률이 낮은 팀은, 선정되지 못한 기업들은): others than the
# one told before (but 대상 기업은 A와 B이며: the ones it names).
# Bodies named by their kind, others than the one the story follows (로드맵에 따라 중앙부처는 내년 하반기부터 …), and those
# who watch it (증권가는 내년 초 … 주목받을 것으로 내다봤다): their own subject.
# (팀들은, 기업들은 bare: bodies of a kind, not the one named last; 이들 팀, 참여 기업들 point back elsewhere)
_OTHER_BODIES: Final = frozenset(("중앙부처", "관계부처", "부처", "각 부처", "지자체", "지방자치단체", "공공기관", "기관들", "대학들",
                                  "팀들", "기업들", "회사들", "업체들", "컨소시엄들", "스타트업들",
                                  "업계", "증권가", "증권사", "증권업계", "투자업계", "금융투자업계", "전문가", "전문가들", "투자자들", "외신",
                                  "증시", "주식시장"))  # (증시는 1월 2일 다시 문을 연다: the market's, no body of the story)
_VIEW_HELD_IN: Final = re.compile(r"(\S+)에서(?:는|도)\s")  # (업계에서는, 증권가에서도: where a view is held)
_VIEW_PLACES: Final = _OTHER_BODIES | {"시장", "증시"}  # (시장에서는 too; 시장 alone, as a subject, may be a mayor)
_TOPIC_WORD: Final = re.compile(r"\s*(\S+?)(?:은|는|도)\s")
# (… A가 앞선다고 본다, 유리하다고 평가한다: a watcher's view of one)
_VIEW_OF_ONE: Final = re.compile(r"(?:다|라)고\s*(?:본다|봤다|보고\s*있다|평가한다|평가했다|분석한다|분석했다|전망한다|관측한다|입을\s*모은다)"
                                 r"[.!\"'”’]*\s*$")
_UNNAMED_PARTIES: Final = frozenset(("팀", "팀들", "기업", "기업들", "업체", "업체들", "곳", "곳들", "스타트업", "스타트업들"))
# ... and those a partner can be named by with 와/과 before a topic's 는 (선정된 팀과는, 이들과는): a partner, no subject.
_PARTNERS_UNNAMED: Final = _UNNAMED_PARTIES | {"이들", "그들", "기관", "기관들", "대학", "대학들", "참여사", "참여사들", "협력사",
                                                "협력사들", "파트너사", "파트너사들"}
# Adjectives before their noun, which `_role` does not tell from nouns ending in 은 (사용률이 낮은 팀은: the subject is 팀).
_ADJECTIVES_BEFORE_NOUN: Final = frozenset(("낮은", "높은", "많은", "적은", "좋은", "나쁜", "부족한", "뛰어난", "앞선", "뒤진"))


def _view_of_others(text: str) -> bool:
    """Whether a sentence opens on those who watch the story's bodies, where or who they are (업계에서는, 증권가는)."""
    if (view := _VIEW_HELD_IN.match(text)) is not None:
        return view.group(1) in _VIEW_PLACES
    return (topic := _TOPIC_WORD.match(text)) is not None and topic.group(1) in _OTHER_BODIES


def _body_of_others(body: str, span: tuple[int, int]) -> bool:
    """Whether a subject word that names no organization names a body other than the story's: one of its kind (업계는,
    증권가는), a state's (일본 정부는, 아랍에미리트(UAE)도) or people from outside (외부 연구자가, 한 시민단체는)."""
    return (body[span[0]:span[1]] in _OTHER_BODIES
            or _FOREIGN.search(body, max(0, span[0] - SUBJECT_WORDS_REACH), span[1]) is not None  # (미국 식품의약국은)
            or _OUTSIDERS.search(body, max(0, span[0] - SUBJECT_WORDS_REACH), span[1]) is not None)  # (외부 연구자가)


_SHOW_NAME: Final = re.compile(r"[A-Z][A-Za-z]{1,11}(?:\s*\d{4})?")  # (CES, MWC 2027, NeurIPS)


def _show_of_others(body: str, span: tuple[int, int]) -> bool:
    """Whether a subject word is a show or a conference by its own name, told before as where the story's bodies
    take part (… CES에서 시연한다. CES는 9일까지 이어진다): its days are its holder's, whom the story does not follow."""
    name = body[span[0]:span[1]]
    return (_SHOW_NAME.fullmatch(name) is not None
            and re.search(re.escape(name) + r"(?:\s*\d{4})?['’\"”]?\s*(?:\([^()]{1,20}\)\s*)?에서\s", body[:span[0]]) is not None)


def _modified_by_clause(before: str) -> bool:
    """Whether the words before a noun end in a verb or an adjective that modifies it (점수가 높은, 뽑히지 못한)."""
    words = before.split()
    return bool(words) and (_role(words[-1]) == "adnominal" or words[-1] in _ADJECTIVES_BEFORE_NOUN)


# The one telling, named after what is told and before the verb of telling at the end (… 것이라고 연구원은 설명했다).
_TELLER_AT_END: Final = re.compile(r"(?:다|라)고\s+(?P<teller>[^\s,.\"'”’]+(?:은|는|이|가))\s+(?:[^\s,.]+\s+)?"
                                   r"(?:설명|밝혔|말했|전했|강조했|덧붙였|답했)\S*$")


def _cleft_names(body: str, sentence: Sentence, orgs: list[ActorMention]) -> list[ActorMention]:
    """The names a cleft ends with (… 책임지는 곳은 A와 B다, 남은 건 A다), else none."""
    if not (orgs and orgs[-1].start > sentence.start and body.startswith(_COPULA_FIRST, orgs[-1].end)
            and _CLEFT_END.fullmatch(body, orgs[-1].end, sentence.end)):
        return []
    head = _CLEFT_HEAD.search(sentence.text, 0, orgs[-1].start - sentence.start)
    return [o for o in orgs if o.start >= sentence.start + head.end()] if head is not None else []


def _subject_from(body: str, sentence: Sentence, orgs: list[ActorMention], persons: list[PersonMention],
                  opening: int = 0) -> tuple[list[str], str, tuple[int, int] | None]:
    """The subject of `_subject`, looked for from `opening` in the sentence on."""
    text = sentence.text
    if named := _cleft_names(body, sentence, orgs):  # ... 책임지는 곳은 크라우드웍스다: the one named at the end is the subject
        return list(dict.fromkeys(o.canonical for o in named)), "named", (named[0].start, named[-1].end)
    for particle in _SUBJECT_PARTICLE.finditer(text, opening):  # the first word ending in 은, 는, 이 or 가 ...
        word_start = particle.start()
        while word_start and not text[word_start - 1].isspace():
            word_start -= 1
        if word_start - opening > 60:
            return [], "none", None
        word = text[word_start:particle.start()]
        if not word:
            continue  # 이 팀은: a determiner, not a particle
        mark = particle.group()
        if mark in "이가" and _CONDITION_VERB_AFTER.match(text, particle.end()):
            continue  # 빈자리가 생기면 상반기 중 한 팀을 더 뽑는다: the subject of a condition, not of what is done then
        if (mark in "이가" and _CAUSE_CLAUSE_TO_END.match(text, particle.end()) and word not in _PARTNERS_UNNAMED
                and not word.startswith(GOVERNMENT_WORDS) and ")" not in word
                and not any(o.end == sentence.start + particle.start() for o in orgs)
                and not any(sentence.start + word_start <= p.end <= sentence.start + particle.start() for p in persons)):
            continue  # (… 점수가 기준에 못 미쳐 탈락했다: the subject of the cause, not of the outcome, whose subject is dropped)
        if (mark in "이가" and "자" in text and (set_off := _WHEN_IT_DID.match(text, particle.end())) is not None
                and (topic := _SUBJECT_PARTICLE.search(text, set_off.end())) is not None and topic.group() in "은는"
                and any(o.end == sentence.start + topic.start() for o in orgs)):
            # A가 공모를 내자 B는 지원서를 냈다: the subject of what set the sentence off, not the topic of what it tells (but
            # not after A가 떠나자 B가 빈자리를 채웠다, an aside on a partner the story does not go on with)
            continue
        if mark in "이가" and _MEMBER_OF_TEAM_AFTER.match(text, particle.start()):
            continue  # A가 참여한 B 컨소시엄이: the member is the subject of the clause modifying the team, the sentence's
        if mark in "은는":
            if mark == "는" and (_BOUND_NOUN_AFTER.match(text, particle.end()) or word.endswith(("하", "되")) and len(word) > 1):
                continue  # 다듬는 데, 하는 것, 할 수: a verb before a bound noun, not a topic; nor is 탈락하는 (1개 팀은)
            if mark == "는" and len(word) > 1 and word[-1] == "다" and final_consonant(word[-2]) in _VERB_BEFORE_다는:
                continue  # 모델을 내놓는다는 계획이다, 세우겠다는: what a noun after it says, no topic (but 캐나다는)
            if word.endswith(_FACING_ENDS) and (facing := _FACING_TOPIC.search(told := text[opening:particle.end()])) and (
                    kind := _unnamed_subject(told[:facing.start()].strip())) in ("anaphor", "teams"):
                # 두 팀 앞에는 … 평가가 기다린다, 이들에게는 … 과제가 남았다: those pointed back at face what comes
                end = sentence.start + opening + facing.start()
                return [], kind, (end - len(told[:facing.start()].split()[-1]), end)
            if word.endswith(_ADVERBIAL_CASES):
                continue  # 3분기에는, 평가에서는, 이번에도: a topic of time or place, not the subject
            if mark == "는" and len(word) > 2 and word.endswith(("어서", "아서")):
                continue  # 새해 들어서는, 하반기 와서는: a verb's -어서 with a topic's 는, a time told, not the subject
            if (_DAY_TOPIC.fullmatch(word) and not text.endswith("의 ", 0, word_start)
                    and not any(o.start == sentence.start + word_start for o in orgs)
                    and (any(o.start >= sentence.start + particle.end() for o in orgs)
                         or any(p.start >= sentence.start + particle.end() for p in persons))):
                # 월요일인 오늘은 B 부총리가 …, 15일은 A가 …: a day as the topic, not the subject, when one is named after it
                # (but A의 1년은: A's; 22일은 결과가 나오는 날이다: the day, described)
                continue
            if _OBJECT_TOPIC_VERB.match(text, particle.end()) and _word_type(word) in ("evaluation", "call"):
                continue  # 서면평가는 통과했지만 …: the step one went through, told as the topic, is no subject
            if word[-1] in "와과" and (any(o.end == sentence.start + particle.start() - 1 for o in orgs)
                                      or word[:-1] in _PARTNERS_UNNAMED and actors_mod.particle_fits(word[:-1], word[-1])):
                continue  # B와는 지난 5월 협약을 맺었다, 선정된 팀과는: a partner as the topic, not the subject
            if _role(word + mark) == "adnominal" or mark == "는" and text[:word_start].rstrip().endswith(("을", "를")):
                continue  # 내놓은, 받은, 열리는, 나서는; 정예팀을 가리는: a verb before its noun (after its object), not a topic
            if (len(word) == 1 and word not in _ONE_SYLLABLE_SUBJECTS and word not in _LOCAL_SELF and word != "이"
                    and not (word in _OWN_OFFICES and text[:word_start].rstrip().endswith(("우리", "저희")))):
                continue  # 같은 해, 많은 팀: an adjective before its noun, not a topic (이는: this, a topic; 우리 부는: ours)
        elif len(word) == 1 and word not in _ONE_SYLLABLE_SUBJECTS:
            continue  # 추가, 두 달이 (지난): a noun's own last syllable, or a time that passes
        elif mark == "만" and _CHOOSING_VERB_AFTER.match(text, particle.end()):
            continue  # 2개 팀만 남긴다, 한 팀만 뽑는다: the teams are chosen, the object; the one choosing is dropped
        elif mark == "가" and not actors_mod.particle_fits(word, mark):
            continue  # 전문가, 평론가: 가 after a closed syllable is the noun's own (the particle there is 이)
        elif mark == "가" and word[-1] + "가" in _NOUNS_ENDING_IN_GA:
            continue  # 추가 정예팀 선정, 주가 하락: the noun's own 가
        elif mark == "이" and word.endswith(_ADVERB_STEMS):
            continue  # 상관없이, 같이, 많이: an adverb
        elif mark == "가" and len(word) > 1 and word[-1] == "다" and (word[-2] in "하되" or _PAST_SYLLABLE.match(word[-2])):
            continue  # 도전했다가 밀렸다: a verb's -다가 (and then), not a subject
        elif ((following := _NEXT_WORD.match(text, particle.end()))
              and (_role(following.group(1)) == "adnominal" or following.group(1) in _ADJECTIVES_BEFORE_NOUN)
              and not any(o.start < sentence.start + particle.end() for o in orgs)
              and not any(p.start < sentence.start + particle.end() for p in persons)
              and not _CLEFT_TOPIC.match(text, following.end())):
            continue  # 세 팀이 겨루는 발표회는: the subject of a clause that modifies the sentence's subject (but 평가가
            # 시작되는 것은 8월이다: a cleft, whose clause's subject is the sentence's)
        elif (mark in "이가" and following is not None and (following.group(1)[:1].isdigit() or following.group(1) in _TIME_LEADS
                                                           or _role(following.group(1)) == "adnominal")
              and (modifier := _MODIFIES_OBJECT.match(text, particle.end())) and _role(modifier.group(1)) == "adnominal"):
            continue  # A가 지난 10일 내놓은 모델을 써 봤다, B가 모은 데이터로 …: the subject of a clause that modifies the object
        elif (mark in "이가" and (topic_named := next((o for o in orgs if o.start > sentence.start + particle.end()), None))
              and topic_named.start - sentence.start - particle.end() <= TOPIC_CLAUSE_REACH
              and body.startswith(("은 ", "는 "), topic_named.end)
              and _role(text[:topic_named.start - sentence.start].split()[-1]) == "adnominal"
              and "," not in text[particle.end():topic_named.start - sentence.start]):
            continue  # 우리가 시드 단계에서 투자한 B는 …: the subject of a clause that modifies the named topic, B
        elif _word_type(word) == "other" and _word_type(word + mark) != "other":
            continue  # ... that is no particle but the end of an event noun (단계평가 결과는)
        elif word == "이름" and not text.endswith("의 ", 0, word_start):
            continue  # (… 최종 발표에서는 이름이 빠졌다, 명단에 이름이 올랐다: the name of the subject dropped, whose it is)
        break
    else:
        lead = _BOTH_LEAD.match(text)  # 두 회사 모두 ...: no particle, still the subject
        if lead:
            return [], "anaphor", (sentence.start + lead.start(1), sentence.start + lead.end(1))
        joint = _JOINT_LEAD.match(text) if "모두" in text or "둘 다" in text else None
        if joint:  # 검찰과 A씨 측 모두 ...: no particle, still the subject
            span = (sentence.start + joint.start(1), sentence.start + joint.end(1))
            joined = [o.canonical for o in orgs if sentence.start <= o.start < span[1]]
            return (list(dict.fromkeys(joined)), "named", span) if joined else ([], _unnamed_subject(joint.group(1)), span)
        headline = _headline_subject(body, sentence, orgs)
        if headline:
            return list(dict.fromkeys(o.canonical for o in headline)), "named", (headline[0].start, headline[-1].end)
        # With no 은, 는, 이 or 가 in the sentence, a name with 도 is its subject (A도 조용하지 않다).
        # (… or names listed before a noun with 도: A, B 등 참여사도 채용을 늘릴 계획이다)
        also = next((o for o in orgs if sentence.start <= o.start and (
            body.startswith("도", o.end) and body[o.end + 1:o.end + 2].isspace()
            or body.startswith((" 역시 ", " 또한 "), o.end)  # (A 역시 두 차례 평가를 통과했다: A도)
            or body.startswith((" 등", " 같은"), o.end) and _LISTED_ALSO.match(body, o.end, sentence.end) is not None)), None)
        if also is not None:
            return [o.canonical for o in orgs if o.start <= also.start], "named", (also.start, also.end)
        if (country := _COUNTRY_TOO.match(text, opening)) is not None:  # ... and a state's, with none (UAE도 새 모델을 …)
            return [], "other", (sentence.start + country.start(), sentence.start + country.end() - len("도 "))
        for person in persons:  # ... and so is a person with 도 after the name or title (B 수석도 이날 ...)
            if sentence.start <= person.start and person.organization:
                titled = body.find(person.title, person.end, person.end + TITLE_REACH) if person.title else -1
                after = titled + len(person.title) if titled >= 0 else person.end
                if body.startswith("도 ", after):
                    return [person.organization], "named", (person.start, after)
        # ... and an event with 도 is the subject, its agent dropped (결과 발표도 내년 1월로 밀린다), unless
        # a verb that does it follows: then it is the object (이튿날 설명회도 열었다: the dropped subject held it).
        also_at = text.find("도 ", 0, 60)
        while also_at > 0:
            word = hangul_word_before(text, also_at)
            if (len(word) >= 2 and _word_type(word) != "other" and not _DOING_VERB.match(text, also_at + 2)
                    and not word.endswith(_ADVERBIAL_CASES)):  # (평가에서도 살아남았다: where, not the subject)
                return [], "event", (sentence.start + also_at - len(word), sentence.start + also_at)
            also_at = text.find("도 ", also_at + 2, 60)
        return [], "none", None
    end = sentence.start + particle.end()
    span = (sentence.start + word_start, sentence.start + particle.start())
    first = sentence.start + _clause_opening(text, opening, word_start)
    # (not a partner it was made with: 뷰노와 함께 개발한 이 모델은 ...)
    compared = _compared(body, orgs) if holds_any(text, _COMPARED_WORDS) else ()
    names = [o.canonical for o in orgs if first <= o.start < end and not _no_party(body, o) and o.start not in compared
             and not _MEMBER_OF_TEAM_AFTER.match(body, o.end)]  # (A가 참여한 B 컨소시엄이: B)
    names += [p.organization for p in persons if first <= p.start < end and p.organization]
    if names:
        return list(dict.fromkeys(names)), "named", span
    if any(first <= p.start < end and p.organization is None and actors_mod.anonymized(p.name) for p in persons):
        return [], "other", span  # (정모씨가 … 정 대표는: someone named by surname only, of no body the story names)
    # ("정부는 …": the mark opening an answer is no part of its subject)
    return [], _unnamed_subject(text[opening:particle.start()].strip().lstrip(_OPENING_QUOTE_MARKS)), span


def _clause_opening(text: str, opening: int, word_start: int) -> int:
    """Where the clause of a subject word at `word_start` opens: after the last word before it that ends a clause
    (A의 모델을 반영하느라 일정이 밀렸다고 회사 측은: neither A nor 일정 is the subject's)."""
    _, ends, roles = _words(text[opening:word_start], opening)
    return next((ends[i] for i in reversed(range(len(roles))) if roles[i] in ("connective", "quote", "final")), opening)


_FACING_ENDS: Final = ("앞에", "에게", "한테")
_FACING_TOPIC: Final = re.compile(r"(?:\s+앞에|에게|한테)는$")  # (두 팀 앞에는, 이들에게는: the one facing what is told)
# A clause of a cause running into the sentence's last predicate (… 기준에 못 미쳐 탈락했다, 매출이 늘어 흑자로 돌아섰다).
_CAUSE_CLAUSE_TO_END: Final = re.compile(r"\s+(?:[^\s.,]+\s+){0,3}?(?!나서\s|(?:올|지난|그|이듬|새|한|매)해\s)[^\s.,]*(?:어|아|여|해|쳐|져|워|려|돼)\s+"
                                         r"(?:[^\s.,]*[^\s.,이가은는]\s+)?[^\s.,]+(?:다|습니다)[.!]?$")
# A verb of a condition right after a subject (빈자리가 생기면, 결과가 나오면; not 나오면서, at the same time).
# (not a noun in 면: 전면, 측면, 반면, 서면, 화면, 국면, 정면, 대면)
_CONDITION_VERB_AFTER: Final = re.compile(r"\s+(?!(?:전|측|반|서|화|국|정|대|비대|장|지|표|이|후|양|단면|방)면[\s,])[가-힣]*[^서\s]면[\s,]")
# A step gone through, after it is told as the topic (서면평가는 통과했지만): its object, not its subject.
_OBJECT_TOPIC_VERB: Final = re.compile(r"\s*(?:무난히\s|가볍게\s|모두\s)?(?:통과|넘었|넘겼|마쳤|마치고|치렀|치르고|거쳤|거치고)")
_NOUNS_ENDING_IN_GA: Final = frozenset(("추가", "국가", "증가", "참가", "대가", "단가", "주가", "물가", "휴가", "인가", "원가", "호가"))
# A consortium's members told as where they take part (컨소시엄에는 A와 B 등 17개 기관이 참여한다).
_MEMBERS_TOLD: Final = re.compile(r"\s*(?:이\s|해당\s|이\s*회사\s)?컨소시엄(?:에는|에)\s[^.]*?(?:참여|참가|포함|합류|이름을\s*올)")
# (a verb that chooses, active: not 뽑힌다 or 가리킨다; a date may stand before it, 두 곳은 11월 중 최종 선정한다)
_CHOOSING: Final = (r"(?:남기|남긴|남길|뽑(?![히혀힌힐])|추리|추린|추릴|고르|고른|고를|골라|가린다|가릴|가리(?![키켜킨킬])"
                   r"|(?:선정|선발)(?:하|한|할|해))")  # verbs of choosing, active
_CHOOSING_VERB_AFTER: Final = re.compile(r"\s+(?:[^\s.,]+\s+){0,3}?" + _CHOOSING)
_CHOOSES: Final = re.compile(_CHOOSING)  # (… 3곳을 골라: one choosing)
# Those a contest's outcome names, as a subject (최종 수상팀은, 합격자는, 우승팀은): told by whoever chooses them.
_CHOSEN_PARTY: Final = re.compile(r"\S*(?:수상|입상|우승|합격|당선|선정|선발)(?:팀|자|작|기업|업체|곳)들?|\S*" + _CONTRACT_ROLES)
# What one held or made, its holder dropped, as the head a sentence opens with after its time (지난여름 처음 연 서머스쿨에는,
# 지난해 마련한 센터에서는): the holder is the one the story is about.
_HELD_BY_ONE_DROPPED: Final = re.compile(r"\s+(?:(?:처음|직접|함께|새로|자체적으로|단독으로|첫)\s+)?(?:연|열었던|개최한|주최한|마련한|진행한|운영한"
                                         r"|꾸린|만든|세운|선보인|출범시킨)\s+[^\s,.]+?(?:에는|에선|에서는|에서|에)\s")
# Those to be chosen in a call, as the subject told of receiving its notice (선정된 기관은 … 통보를 받는다, 뽑힌 기업은 …
# 결과를 안내받는다) ...
_CHOSEN_NOTIFIED: Final = re.compile(r"\s*(?:최종\s*)?(?:(?:선정|선발|채택)된|뽑힌|(?:선정|선발))\s*[가-힣]*(?:팀|기관|기업|업체|곳|사|자|과제|컨소시엄|대학)들?(?:은|는)\s")
_NOTICE_RECEIVED: Final = re.compile(r"(?:통보|안내|통지|연락)(?:를|을)?\s*받|결과를\s*(?:개별\s*)?(?:받|전달받)")  # ... which is the caller's
# Teams told by the round they are to go on to (본선에 오를 30개 팀은): those yet to be chosen.
_ADVANCING_PARTY: Final = re.compile(r"(?:본선|결선|결승|최종\s*심사)에\s*(?:오를|진출할|나설|나갈)\s+(?:\d+\s*(?:개|곳)\s*)?팀$")
_CHOOSER_KINDS: Final = AUTHORITY_KINDS | {"local"}  # (who tells those chosen: an authority, or a city or province calling bids)
# A sentence that ends in choosing (… 공모로 고른다, 선정할 계획이다, 이달 정한다): a topic before it is the one chosen.
_CHOSEN_TOPIC_END: Final = re.compile(r"\s(?:" + _CHOOSING + r"|정하|정한|정할|정해)[가-힣]*(?:\s+(?:예정|계획|방침)이다)?[.\"'”’]*\s*$")
_GIVER_OF: Final = re.compile(r"(?:\s*등\s*(?:\d+\s*(?:개|곳)\s*)?[가-힣]*?)?(?:으로부터|로부터|에게서)\s")  # (A 등 4개 투자사로부터)
# A name as the subject of a relative clause that modifies the object (A가 제기한 이의신청을 기각했다: A's is what was acted on).
_SUBJECT_OF_OBJECT: Final = re.compile(r"(?:이|가)\s+(?:[가-힣]+(?:한|된|던|린|은|운)|[가-힣]*[낸준])\s+(?:[^\s.,]+\s+){0,3}?[^\s.,]+(?:을|를)\s")
_COUNT_AS_OBJECT: Final = re.compile(rf"\s*(?:등\s*)?(?:\d+|{_COUNT_WORDS})\s*(?:곳|개사|개\s*기관|개\s*기업|개\s*(?:정예)?팀|개\s*컨소시엄)(?:을|를)\s"
                                     r"|\s*등(?:을|를)\s")  # (A, B, C 3곳을, A, B 등 5개 기업을, A 등 세 곳을, A 등을)
# A name that owns what is given to (A 정예팀의 독자 모델에 데이터를 제공했다, A의 데이터센터에 칩을 공급한다): a recipient.
_OWNER_OF_RECIPIENT: Final = re.compile(r"(?:\s*(?:정예팀|컨소시엄|팀))?의\s+(?:[^\s.,]+\s+){0,5}?[^\s.,]+?(?:에게|에)\s+"
                                        rf"(?:[^\s.,]+\s+){{0,5}}?[^\s.,]*?{_HANDED_OVER}")


def _objects(body: str, orgs: list[ActorMention], by_authority: bool = False) -> list[str]:
    """The organizations marked as an object or a recipient (B를, A와 B를, A, B에), in text order; `by_authority`:
    told as an authority's act, where a consortium named by its lead is a recipient too."""
    found: list[ActorMention] = []
    for index, org in enumerate(orgs):
        # (an authority's A 컨소시엄에 GPU를 배정했다: the consortium's lead, as the recipient; a member's A 컨소시엄에
        # 데이터를 납품했다 is its work in A's consortium)
        end = consortium.end() if by_authority and (consortium := _OF_CONSORTIUM.match(body, org.end)) else org.end
        if (body.startswith(("을 ", "를 ", "에 ", "에게 "), end) or _COUNT_AS_OBJECT.match(body, org.end)
                or _GIVER_OF.match(body, org.end) or _SUBJECT_OF_OBJECT.match(body, org.end)
                or _OWNER_OF_RECIPIENT.match(body, org.end)):
            listed = _listed_before(body, orgs[:index + 1])  # the list it closes (A, B와 C를) ...
            taken = max((i + 1 for i, o in enumerate(listed) if o in found), default=0)
            found += listed[taken:]  # ... back to the names another object took
    return [o.canonical for o in found]


def _headline_subject(body: str, sentence: Sentence, orgs: list[ActorMention]) -> list[ActorMention]:
    """The names at the head of a sentence or an item written as a headline writes its subject:
    one name set off by a comma (`· 12/1(화) 업스테이지, 솔라 새 버전 공개`), or the names heading
    an item that ends in a noun (`· 12/3(목) SK텔레콤·업스테이지 기술 설명회`). Only a mark or a
    date may stand before them."""
    inside = [o for o in orgs if sentence.start <= o.start < sentence.end]
    if not inside or not _HEADLINE_LEAD.fullmatch(body, sentence.start, inside[0].start):
        return []
    names = _listed(body, inside)
    side = _SIDE_AFTER.match(body, names[-1].end)
    after = side.end() if side else names[-1].end  # (모티프 측에: the side of a name takes its particle)
    if "가" <= body[after:after + 1] <= "힣":
        if (len(names) == 2 and _HEADLINE_COMMA.match(body, names[0].end) and body.startswith(("와 ", "과 "), after)
                and _ends_in_noun(sentence.text)):
            return names[:1]  # (- KT, 마이크로소프트와 데이터센터 공동 투자 발표: the one set off by a comma, with its partner)
        return []  # 허깅페이스에 가중치 공개, 모티프 측에 데이터 인도: a name with a particle of place or object is no headline's subject
    if _ends_in_noun(sentence.text) or (len(names) == 1 and _HEADLINE_COMMA.match(body, names[0].end)):
        return names
    return []


def _listed(body: str, orgs: list[ActorMention]) -> list[ActorMention]:
    """The first organization and those listed right after it (A, B / A와 B / A·B / A랑 B)."""
    names = orgs[:1]
    for org in orgs[1:]:
        if not _LIST_GAP.fullmatch(body, names[-1].end, org.start):
            break
        names.append(org)
    return names


def _counted_lists(body: str, orgs: list[ActorMention], newcomer: Sequence[str] = ()) -> dict[int, list[str]]:
    """Names listed with their number right after them (A, B, C, D 4개 팀): number -> names; and names counted into a
    tally, with the `newcomer` chosen just before when it is the one more the tally counts (이에 따라 정예팀은 기존 A, B를
    포함해 세 팀으로 늘었다, after C was chosen: A, B, C)."""
    found = {}
    for index, org in enumerate(orgs):
        number = _NUMBER_AFTER_LIST.match(body, org.end)
        if number is None and (tally := _tallied(body, org.end)) is not None:
            # (C가 합류하면서 정예팀은 A, B를 포함해 세 팀으로 늘었다: those the sentence named, C with them)
            names = list(dict.fromkeys(o.canonical for o in orgs[:index + 1]))
            names += [name for name in newcomer if name not in names and _number(tally.group("count")) == len(names) + 1]
            if _number(tally.group("count")) == len(names) > 1:
                found[len(names)] = names
        if number is None:
            continue
        listed = _listed_before(body, orgs[:index + 1])
        if (len(listed) == 1 and index and number.group().lstrip().startswith("까지")
                and body[orgs[index - 1].end:org.start].strip() == "에"):
            listed = [*_listed_before(body, orgs[:index]), org]  # (A, B, C에 D까지 4개 팀: D added to those before it)
        names = list(dict.fromkeys(o.canonical for o in listed))
        count = _number(number.group(1))
        if count is not None and len(names) == count > 1:
            found[count] = names
    return found


def _given_to(body: str, end: int, clause_end: int, timex_starts: list[int], following: int) -> bool:
    """Whether the name ending at `end` is a recipient told as the topic, with a verb of giving in the same date's clause
    (C에는 내년 상반기까지 … 연장해 주기로 했다; not one after a later date: … 뽑힌 A에는 올해부터 … 지원한다)."""
    giving = _GIVING.search(body, end, clause_end) if _GIVEN_TO.match(body, end) else None
    return giving is not None and bisect_left(timex_starts, giving.start()) == following


def _listed_before(body: str, orgs: list[ActorMention]) -> list[ActorMention]:
    """The last organization and those listed right before it (A, B와 / A·B와)."""
    names = orgs[-1:]
    for org in reversed(orgs[:-1]):
        if not _LIST_GAP.fullmatch(body, org.end, names[-1].start):
            break
        names.append(org)
    return names[::-1]


_COMPARED_WORDS: Final = ("처럼", "보다", "만큼")
_COMPARED_MARK: Final = re.compile(r"(?:처럼|보다|만큼)\s")


def _compared(body: str, orgs: list[ActorMention]) -> set[int]:
    """Where the names a comparison holds start (A와 B처럼 지원이 끊긴다, C보다 먼저): what the subject is likened
    to, not the subject."""
    return {listed.start for index, org in enumerate(orgs) if _COMPARED_MARK.match(body, org.end)
            for listed in _listed_before(body, orgs[:index + 1])}


# What someone works on where they work, told before their name (A에서 B 컨소시엄 과제를 이끄는 김 본부장).
_WORK_BEFORE_NAME: Final = re.compile(r"(?:과의|와의|의|과|와)?(?:\s+[^\s.,]+){0,3}?\s+(?:이끄는|이끌고\s+있는|맡은|맡고\s+있는|담당하는|총괄하는)\s+[가-힣]{2,4}\s")
_WORKPLACE_BEFORE: Final = re.compile(r"[가-힣A-Za-z)]에서\s+(?:[^\s.,]+\s+){0,2}$")
WORKPLACE_BEFORE_REACH: Final = 30  # characters before a name where the workplace's 에서 may stand


def _no_party(body: str, org: ActorMention, offset: int = 0) -> bool:
    """Whether an organization named in a clause takes no part in its event: it helped make the
    thing before (`_made_with`), it is where the thing is put up (가중치는 22일 허깅페이스에 올라간다,
    깃허브에 공개했다), or it did the work another tells of (한국리서치에 맡겨 실시한 조사 결과를 3일 내놨다).
    (`offset`: where `body` starts in the article.)"""
    end = org.end - offset
    if body.startswith("에", end) and (_PUT_UP_ON.match(body, end + 1) or _COMMISSIONED_WORK.match(body, end + 1)):
        return True
    if body.startswith(" ", end) and (site := _SITE_OF.match(body, end)) is not None and _PUT_UP_ON.match(body, site.end()):
        return True  # (25일 TTA 서버에 모델을 올렸다: whose server it went up on, where)
    if _excluded(body, end):
        return True  # (A를 제외한 네 팀은 9일까지 낸다: all but A)
    if _tallied(body, end) is not None:
        return True  # (C가 합류하면서 정예팀은 A, B를 포함해 세 팀으로 늘었다: A and B counted in, of no event then)
    if body.find("앞두고", end, end + AHEAD_OF_REACH) >= 0 and _EVENT_AHEAD_OF_IT.match(body, end):
        return True  # (14일 B 국정감사를 앞두고 낸 자료에서: B is of the event ahead, not of the day told)
    if body.startswith(("와의", "과의"), end) and _KEPT_PARTNERSHIP.match(body, end + 2):
        return True  # (… "A와의 협력은 그대로 이어간다"고 밝혔다: what goes on as it was, no event of A's then)
    if body.startswith("의", end) and _CAUSE_OF.match(body, end + 1):
        return True  # (엔비디아의 생산 차질로 11월로 늦춰졌다: whose trouble is the cause, no party)
    if body.startswith(" ", end) and _OUTCOME_AS_CAUSE.match(body, end):
        return True  # (B 주가가 A 탈락 여파로 8% 내렸다: whose outcome is the cause, no party)
    if (body.startswith((" ", "과", "와", "의"), end) and _WORK_BEFORE_NAME.match(body, end)
            and _WORKPLACE_BEFORE.search(body, max(0, org.start - offset - WORKPLACE_BEFORE_REACH), org.start - offset)):
        return True  # (A에서 B 컨소시엄 과제를 이끄는 김 본부장은: B is what A's person works on, no party to what they do)
    if body.find("다는", end, end + CLAIM_REACH) >= 0 and (claim := _CLAIM_SUBJECT.match(body, end)) is not None and (
            _ANOTHER_SUBJECT.search(body, claim.end("mark"), claim.end()) is None):
        return True  # (B 대표는 1일 A 모델이 해외 모델을 베꼈다는 의혹을 제기했다: A is what is claimed of, not a party;
    return _made_with(body, org, offset)  # but B가 1일 A 모델이 …다는 의혹을 제기했다: B claims)


def _claim_answered(body: str, sentence: Sentence, orgs: list[ActorMention]) -> tuple[str, int] | None:
    """The name opening a sentence as the subject of a claim it answers after (A가 내년 공모에 도전한다는 보도에 대해 9일
    "검토한 적이 없다"고 해명했다), and where the claim ends: a day after it is the answer's; else None."""
    first = next((o for o in orgs if o.start >= sentence.start), None)
    if first is None or body[sentence.start:first.start].strip() or (claim := _CLAIM_SUBJECT.match(body, first.end)) is None:
        return None
    if _ANOTHER_SUBJECT.search(body, claim.end("mark"), claim.end()) is not None or _CLAIM_ANSWERED.match(body, claim.end()) is None:
        return None
    return first.canonical, claim.end()


# A member told as the subject of a clause of taking part that modifies its team (A가 참여한 B 컨소시엄이 탈락했다): the
# team's lead is the sentence's subject, the one a dropped subject after it is.
_MEMBER_OF_TEAM_AFTER: Final = re.compile(r"[이가]\s+(?:참여한|참여하는|참여했던|속한|속했던|소속된|소속됐던|합류한|합류했던|가세한|포함된)\s+"
                                          r"(?:[^\s.,]+\s*){1,2}?(?:컨소시엄|정예팀|팀)(?=[은는이가의도에와과을를\s])")


# Work commissioned from a body, told as what another tells of (한국리서치에 의뢰해 실시한 조사, 맡겨 진행한 설문): no day
# in between (B에 의뢰해 지난달 25일 실시한 조사: B's own day).
_COMMISSIONED_WORK: Final = re.compile(r"\s*(?:의뢰해|의뢰하여|의뢰한|맡겨|위탁해)\s+(?:[^\s\d]+\s+){0,2}?[^\s\d]*[한된린친던]\s")


# A trouble told as the cause of what the clause tells (A의 생산 차질로, A의 공급 지연 탓에, A 측 사정 때문에).
_CAUSE_OF: Final = re.compile(r"\s*(?:[^\s,.]+\s+){0,2}?[^\s,.]*(?:차질|지연|문제|부족|사정|사고|결함|파업|장애|조정|변경)"
                              r"(?:(?:으로|로|(?:으로|로)\s+인해|\s*때문에|\s*탓에|\s*탓으로|\s*여파로)(?=[\s,])"
                              rf"|{_BECAUSE_OF_IT})")  # (… 조정 때문이었다: the cause, told as the predicate)
# ... or an outcome of a name's, told bare as the cause (A 탈락 여파로, A 합류 때문에).
_OUTCOME_AS_CAUSE: Final = re.compile(r"\s+(?:탈락|선정|합류|제외|낙마|재선정)\s*(?:여파로|영향으로|때문에|탓에|(?:으로|로)\s+인해)(?=[\s,])")


def _whole_government_named(text: str) -> bool:
    """Whether the cabinet or the whole government is named, not only as a step an act goes through (국무회의 의결을 거쳐)."""
    return any(_STEP_PASSED.match(text, whole.end()) is None for whole in _WHOLE_GOVERNMENT.finditer(text))


def _step_passed_before(body: str, org: ActorMention, day_at: int) -> bool:
    """Whether the name is whose step an act goes through before the day told after it (법제처 심사와 국무회의
    의결을 거쳐 내년 3월 시행한다: not the act of March; but 1일 위원회 심의를 거쳐 확정했다 is the committee's 1st too)."""
    if org.end > day_at or body.find("거", org.end, day_at) < 0:
        return False
    return _STEP_PASSED.match(body, org.end, day_at) is not None


# A step an act goes through first, told by whose step it is (A 심사를 거쳐, A의 검증과 B 의결을 거친 뒤, A 기업결합 심사를 거쳐).
_STEP_PASSED: Final = re.compile(r"의?(?:\s+[가-힣]{2,8}(?=\s))?\s*[가-힣]{1,8}(?:\s*(?:와|과|및|,)\s*[^\s,.]{1,12}(?:\s+[^\s,.]{1,12})?)?[을를]\s+"
                                 r"거(?:쳐|친\s*(?:뒤|후|다음)|치고|치면)")


_EXCLUDED_AFTER: Final = re.compile(r"(?:\s*(?:,|와|과|·|및)\s*[^\s,.]{1,20}){0,4}?[을를]\s+(?:제외한|뺀|제외하고|빼고|제외하면)\s")
# A name set aside for the one after it (A가 아닌 B의 계획이었다, 탈락한 A 대신 B가 합류했다).
_NOT_THIS_ONE: Final = re.compile(r"(?:[이가]\s*|\s+)아닌\s|" + _INSTEAD_AFTER)
_SETTING_ASIDE_WORDS: Final = ("아닌", "대신")
_LEAVING_OUT_WORDS: Final = ("제외", "빼", "뺀", *_SETTING_ASIDE_WORDS)  # (a quick test before _EXCLUDED_AFTER and _NOT_THIS_ONE)
EXCLUDED_REACH: Final = 40  # characters after a name within which the word leaving it out stands
# A name as the subject of whether it will act, watched by others (A가 … 도전할지 주목하고 있다, 참여할지에 관심이 쏠린다).
_WATCHED_WHETHER: Final = re.compile(r"[이가은는도]\s+(?:[^\s.,]+\s+){0,6}?[^\s.,]*(?<=" + syllables_with_final(8) + r")지(?:를|에|가)?\s+"
                                     r"(?:[^\s.,]+\s+)?(?:주목|관심|지켜보|촉각|눈길|이목|귀추)")
WATCHED_WHETHER_REACH: Final = 60  # characters after a name within which the word of whether stands
# Names counted into a tally that grew or shrank (A, B를 포함해 4개로 늘었다, A와 B를 비롯해 모두 다섯 곳이 됐다).
_TALLIED_AFTER: Final = re.compile(rf"(?:\s*(?:,|와|과|·|및)\s*[^,.을를]{{1,20}}?){{0,4}}?[을를]\s+(?:포함해|포함하여|비롯해|더해|합쳐)\s+"
                                   rf"(?:모두\s+|총\s+)?(?P<count>\d+|{_COUNT_WORDS})\s*(?:개\s*)?(?:정예)?(?:팀|곳|컨소시엄)?\s*"
                                   r"(?:으로|로|가|이)\s+(?:늘었|늘어났|줄었|줄어들었|됐|되었)")
_TALLY_WORDS: Final = ("포함", "비롯", "더해", "합쳐")  # (a quick test before _TALLIED_AFTER)


def _tallied(body: str, end: int) -> re.Match[str] | None:
    """The tally the name ending at `end` is counted into (A, B를 포함해 4개로 늘었다), if any."""
    return _TALLIED_AFTER.match(body, end) if holds_any(body[end:end + EXCLUDED_REACH], _TALLY_WORDS) else None


def _excluded(body: str, end: int) -> bool:
    """Whether the name ending at `end` is one of those a clause leaves out (A와 B를 제외한 세 팀은, A를 빼고) or sets
    aside for another (A가 아닌 B, A 대신 B)."""
    return holds_any(body[end:end + EXCLUDED_REACH], _LEAVING_OUT_WORDS) and (
        _EXCLUDED_AFTER.match(body, end) is not None or _NOT_THIS_ONE.match(body, end) is not None)


def _left_out_before(body: str, orgs: list[ActorMention], start: int, end: int) -> list[str]:
    """The names between `start` and `end` that a clause leaves out (A를 제외한 네 팀은: A)."""
    return [o.canonical for o in orgs if start <= o.start < end and _excluded(body, o.end)]


# A later clause's head pointing back (…지만 이 팀도, …고 두 회사는): group "count" when it stands for several.
_CLAUSE_POINTING_BACK: Final = re.compile(rf"[\s,]*(?:{_POINTING_WORDS}\s*(?:팀|회사|기업|업체|컨소시엄|기관)"
                                          r"|(?P<count>(?:두|세|네)\s*(?:팀|회사|기업|업체|컨소시엄|기관|곳)|이들|양사))"
                                          r"(?:은|는|이|가|도)\s")


def _subjects_before(body: str, orgs: list[ActorMention], start: int, end: int, plural: bool) -> list[str]:
    """What a word pointing back at the head of a later clause stands for (… A가 메웠지만 이 팀도 …): the last name told
    as a subject between `start` and `end`, or, for a plural word (… A와 B가 …지만 두 회사도), it with those listed
    before it, if more than one."""
    told = [o for o in orgs if start <= o.start and o.end < end]
    subjects = [i for i, o in enumerate(told) if _SUBJECT_AFTER_NAME.match(body, o.end) is not None]
    if not subjects:
        return []
    named = list(dict.fromkeys(o.canonical for o in _listed_before(body, told[:subjects[-1] + 1])))
    return (named if len(named) > 1 else []) if plural else named[-1:]

# A name as the subject of a claim's clause told unquoted (A 모델이 … 만들어졌다는 의혹, A가 … 빠진다는 소문).
# After a name with no particle: the event it is of, told as ahead (B 국정감사를 앞두고, B 발표를 하루 앞두고).
_EVENT_AHEAD_OF_IT: Final = re.compile(r"\s+[^\s.,]*(?:을|를)\s+(?:[^\s.,]+\s+)?앞두고")
AHEAD_OF_REACH: Final = 24  # characters after a name where 앞두고 may stand
_CLAIM_SUBJECT: Final = re.compile(r"(?:\s*[^\s.,]+){0,2}?\s*(?P<mark>[이가])\s+[^.!?]{0,80}?[가-힣]다는\s+"
                                   rf"(?:{temporal.CLAIM_NOUNS})")
_ANOTHER_SUBJECT: Final = re.compile(r"[가-힣][이가]\s")  # (a subject of its own inside the claim: the name before claims it)
# What answers a claim after it (…다는 보도에 대해 "사실이 아니다"라고 해명했다): a denial by the one it is about.
_CLAIM_ANSWERED: Final = re.compile(r"(?:에\s*대해(?:서는|서|선)?|(?:과|와)\s*관련해(?:서는)?)\s+[^.!?]{0,80}?"
                                    r"(?:해명|부인|반박|일축|선을\s*그|사실무근|사실이\s*아니)")
# A part at a gathering, told of the one whose words follow (발제를 맡은 B 교수는, 축사를 한, 축사에서): at the gathering told.
# (답변에 나선 C 차관은: who answers at a sitting takes part in it; so does one who "…"고 답했다, see _ANSWERED)
_PART_AT_GATHERING: Final = re.compile(r"발제|토론자|토론에\s*나선|패널로|좌장|연사로|기조연설|참석한|참석자|답변에\s*나선"
                                       r"|(?:축사|인사말|환영사|개회사|기념사|격려사|치사)(?:를|에서)")  # (축사에서 "…"라고 말했다)
_HOPE_MARKS: Final = ("길", "기를", "으면")  # (a quick test before _HOPED_FOR)
_WISHER_THEN_SUBJECT: Final = re.compile(r"[가-힣](?:은|는)\s+(?:\S+\s+){0,2}?\S*[가-힣][이가]\s+$")  # (필자는 정부가 | 1월 중)
_HOPED_FOR: Final = re.compile(r"[가-힣](?:길|기를)\s*(?:기대|바라|바란|희망)|[가-힣]으면\s*(?:한다|합니다|좋겠)")


def _claimed(body: str, start: int, end: int) -> bool:
    """Whether a name stands inside the quoted words of a claim ('A가 복귀했다'는 글이 돌고 있다, "B가
    빠진다"는 소문): what is claimed did not happen for being said, and the one named takes no part in
    the claim's spreading."""
    marks = [at for mark in _CLOSING_MARKS if (at := body.find(mark, end, end + CLAIM_REACH)) >= 0]
    if not marks:
        return False  # (a quick test: most names have no quotation closing after them)
    at = min(marks)
    if body.find("\n", end, at) >= 0 or _CLAIM_AFTER.match(body, at + 1) is None:
        return False
    mark = body[at]
    line = body.rfind("\n", 0, start) + 1
    if mark in "'\"":
        return body.count(mark, line, start) % 2 == 1
    opening = "‘" if mark == "’" else "“"
    return body.count(opening, line, start) > body.count(mark, line, start)


_CLOSING_MARKS: Final = ("'", "’", '"', "”")
_CLAIM_PARTICLE: Final = r"(?:라|이라|이란|란)?는"  # (after a claim's closing mark: '...'는, "..."이라는)
_CLAIM_OPENING: Final = re.compile("[" + "".join(_CLOSING_MARKS) + "]" + _CLAIM_PARTICLE)  # (anywhere in an article)
CLAIM_REACH: Final = 150  # characters from a name to the quotation mark that closes a claim
# What follows a quotation's closing mark when it is a claim's content: 는 and the claim.
_CLAIM_AFTER: Final = re.compile(r"\s*" + _CLAIM_PARTICLE + r"\s*(?:\S+\s+)?"
                                 r"(?:글|게시물|게시글|주장|소문|루머|설|풍문|지라시|억측|괴담|가짜\s*뉴스)"
                                 r"(?:들|이|가|은|는|을|를|도|만|과|와|까지|마저)?(?=[\s,.])")


# (A 서버에: a place to store things of A's; not A 누리집에 올라왔다, A's own word published)
_SITE_OF: Final = re.compile(r"\s+(?:서버|클라우드|저장소|스토리지)에")
_PUT_UP_ON: Final = re.compile(r"\s*(?:\S+\s+)?(?:올라가|올라간|올라온|올라왔|올린|올렸|올려|올릴|올라|게시|업로드|배포|탑재"
                               r"|공개(?!서한|서신|편지|질의))")  # (not B에 공개서한을 보냈다: a letter to B)


def _made_with(body: str, org: ActorMention, offset: int = 0) -> bool:
    """Whether a partner names who helped make a thing before (B와 함께 개발한 모델을 22일 공개한다, B
    컨소시엄에서 만든 데이터를 활용했다): that is the thing's past, not the event told. (`offset`: where
    `body` starts in the article.)"""
    end = org.end - offset
    window = body[end:end + MADE_WITH_REACH]
    if "함께" not in window and "같이" not in window and "공동" not in window:
        # (or who built a thing a clause is about: 공개 데이터에는 A와 B가 구축에 참여한 말뭉치가 포함됐다; or made it with the
        # subject, told bare: B와 만든 경량 모델을 다음 달 공개한다)
        return (body.find("참여", end, end + BUILT_BY_REACH) > 0 and _BUILT_BY.match(body, end) is not None
                or _MADE_WITH_BARE.match(body, end) is not None)
    made = _MADE_WITH.match(body, end)
    if made is None:
        return False
    verb = made.group("verb")
    # (B와 함께 탈락한 뒤: the verb is the clause's own, told as what came first, no thing made)
    return (verb[-1] not in _NOT_PAST_ADNOMINAL and _role(verb) == "adnominal"
            and not body.startswith(_AFTER_VERB, made.end()))


_PAST_ADNOMINAL_ENDINGS: Final = ("남은", "통과한", "탈락한", "선정된", "뽑힌", "떨어진", "합류한")  # (verbs of an outcome done: 살아남은)
_SET_FOR_A_TIME: Final = ("예정", "계획", "앞둔", "남은", "잡힌", "정해진", "예고된", "있던")  # (8월 초로 예정된 평가, 11일로 잡혀 있던 시연회)


def _past_adnominal(word: str) -> bool:
    """Whether a verb modifying a noun tells it done (살아남은, 만든, 맺은), not now or ahead (받는, 예정인, 낼), nor set
    for a time (예정된, 앞둔, 남은)."""
    if len(word) > 2 and word.endswith(_PAST_ADNOMINAL_ENDINGS):
        return True
    return (len(word) >= 2 and final_consonant(word[-1]) == _ADNOMINAL_FINAL and word[-1] not in "는인"
            and not any(mark in word for mark in _SET_FOR_A_TIME))

_NOT_PAST_ADNOMINAL: Final = "는할될릴을"  # the last syllables of adnominals not in the past (받는, 받을; but 받은, 만든)
_AFTER_VERB: Final = tuple(f" {noun}{end}" for noun in temporal.SEQUENCE_NOUNS for end in (" ", ",", "."))


_MADE_WITH: Final = re.compile(r"(?:\s*컨소시엄)?(?:와|과|이랑|랑|에서)\s+(?:함께|같이|공동으로|공동)\s*(?P<verb>[가-힣]{2,})(?=\s)")
_MADE_WITH_BARE: Final = re.compile(r"(?:와|과)\s+(?:만든|개발한|제작한|구축한|학습시킨|빚은)\s")  # (B와 만든 모델을)
MADE_WITH_REACH: Final = 14  # characters after a name where 함께, 같이 or 공동 may stand (컨소시엄에서 함께)
_BUILT_BY: Final = re.compile(r"(?:(?:와|과|,)\s*[^\s.,]+?)?(?:이|가)\s+(?:구축|개발|제작|수집)에\s*참여(?:한|했던)\s+[^\s.,]+")
BUILT_BY_REACH: Final = 30  # characters after a name where 참여 of _BUILT_BY may stand


def _heads_section(body: str, sentence: Sentence, lists: bool = False) -> bool:
    """Whether an item's line heads a section: a whole line with a heading's mark and prose under it
    (■ 2/12(목) 접수 마감 / 트릴리온랩스는 ...), or with `lists` a list of its own (■ 주요 일지 / ▲2025.6.20 = 공모
    공고), not the next item of a list."""
    if sentence.text.lstrip()[:1] not in _SECTION_MARKS:
        return False
    line_end = sentence.end
    while line_end < len(body) and body[line_end] in " \t":
        line_end += 1
    if line_end >= len(body) or body[line_end] != "\n":
        return False
    mark = sentence.text.lstrip()[:1]
    line_start = body.rfind("\n", 0, sentence.start) + 1
    line_before_start = body.rfind("\n", 0, line_start - 1) + 1
    if line_start and body[line_before_start:line_start - 1].lstrip().startswith(mark):
        return False  # (■ 2021년 — 출시 / ■ 2026년 4월 — 납품 / 회사는 …: the last item of a list, right under the one before)
    following = line_end
    while following < len(body) and body[following].isspace():
        following += 1
    return following < len(body) and ("가" <= body[following] <= "힣" or body[following].isascii() and body[following].isalpha()
                                      or lists and body[following] in _SUBITEM_MARKS)


_SECTION_MARKS: Final = "■□◆◇●"
_SUBITEM_MARKS: Final = "▲△▶▷-·•"


def _ends_in_noun(text: str) -> bool:
    """Whether a sentence ends in a noun (기술 설명회), not in a predicate (연다, 열어요)."""
    last = text.rstrip(CLOSING_PUNCT + " ")[-1:]
    return bool(last) and last not in FINAL_SYLLABLES


# What may stand before a headline's subject: an item's mark, then a date in figures (12/1(화), 8.4).
_HEADLINE_LEAD: Final = re.compile(rf"(?:{_BULLET.pattern}|\s*[△▲▶▷]\s*)?\s*(?:\d{{1,4}}\s*[./월]\s*\d{{0,2}}\s*일?\s*(?:\([월화수목금토일]\))?\s*)?"
                                   r"(?:[^:：\n]{1,24}[:：]\s*)?")  # (△3단계(2026.9~12): A·B 최종 경쟁: a label before them)
_HEADLINE_COMMA: Final = re.compile(r"\s*[,，]\s*")
# A turn told as a name's (이튿날에는 B 차례였다, 다음은 C 순서다).
_TURN_WORDS: Final = ("차례", "순서", "순번", "몫")
_TURN_OF_END: Final = re.compile(r"(?:의)?\s*(?:" + "|".join(_TURN_WORDS) + r")(?:였다|이었다|다|이다|입니다|였습니다)[.!]?\s*")


_OPENING_QUOTE_MARKS: Final = "".join(OPENING_QUOTES)


def _unnamed_subject(before: str) -> str:
    """The kind of a subject that names no organization, from the text up to its particle: self,
    anaphor, government, teams, event or other. (Subjects recur: kept in a memo.)"""
    if before in _SUBJECT_KINDS:
        return _SUBJECT_KINDS[before]
    return remember(_SUBJECT_KINDS, before, _kind_of_subject(before, before.rsplit(None, 1)[-1]))


_SUBJECT_KINDS: dict[str, str] = {}


def _kind_of_subject(before: str, word: str) -> str:
    if ("우리" in before or "저희" in before or "당사" in before) and _FIRST_PERSON.search(before) or word in sentences_mod.WRITER_WORDS:
        return "self"  # 우리 회사는, 저희 팀은, 필자는: the writer's own organization
    words = before.split()
    if _OUTSIDERS.search(before):
        return "other"  # 외부 연구자가, 한 시민단체는: people or a group from outside, no one the story named
    if word.removesuffix("들") in _CHOSEN_WORDS and _OUTCOME_ONLY.search(before):
        return "teams"  # 선정된 업체는, 뽑힌 회사는: the ones chosen, not the company named lately
    if (word in ANAPHORIC_SUBJECTS or before in ANAPHORIC_SUBJECTS or (word in _SUFFIX_WORDS and all(w in _LEAD_ADVERBS for w in words[:-1]))
            # (컨소시엄은, 팀은, bare or after an adverb opening the sentence: the one named last; not 10개 컨소시엄은)
            or word in ("컨소시엄", "팀") and all(w in _LEAD_ADVERBS for w in words[:-1])
            # (… after what it goes by: 협약에 따라 컨소시엄은, 이에 따라 팀은)
            or word in ("컨소시엄", "팀") and len(words) == 3 and words[1] == "따라" and words[0].endswith("에")
            # (… 다섯 팀 가운데 하나였던 컨소시엄은: what the one named last was, told of it)
            or word == "컨소시엄" and words[-2].endswith(("였던", "이던"))
            or ((word in _SPOKESPEOPLE or word == "측") and len(words) >= 2
                and (words[-2] in _SUFFIX_WORDS or words[-2] in _SELF_KINDS))  # (시 관계자는, 연구원 측은)
            or _ANAPHOR.search(before) or _OWN_PEOPLE.search(before) or _THEIR.search(before)
            or before[:1].isdigit() and _COUNT_ALONE.fullmatch(before)):  # (통과한 곳은 A, … J다. 10곳은 …: the ten named)
        return "anaphor"  # 회사는, 두 기관은, 연구팀을 이끈 한 교수는: the organizations named lately
    if (word in GOVERNMENT_WORDS or before in GOVERNMENT_WORDS or before.endswith(_GOVERNMENT_ENDINGS)) and not _FOREIGN.search(before):
        return "government"
    if before in _OUR_COUNTRY:
        return "government"  # (일본 경제산업성은 … 발표했다. 한국은 오는 22일 최종 두 팀을 가린다: the country, by its government)
    if _TEAM_SUBJECT.search(before):
        return "teams"  # 각 팀은, 이들 5개 팀은: the teams just named
    if _word_type(word) in PROGRAM_EVENT_TYPES or word in EVENT_NOUNS or word.endswith(_TASK_BODIES):
        return "event"  # (재검토위원회는, 평가위원단은: a body named by its task, which the authority runs)
    return "other"


_TASK_BODIES: Final = ("위원회", "위원단", "심사단", "평가단")
_OUR_COUNTRY: Final = frozenset(("한국", "우리나라", "대한민국"))


def _without(body: str, start: int, end: int, holes: list[tuple[int, int]]) -> str:
    if not holes:
        return body[start:end]
    pieces, cursor = [], start
    for a, b in sorted(holes):
        if b <= start or a >= end:
            continue
        pieces.append(body[cursor:max(a, cursor)])
        cursor = max(cursor, b)
    pieces.append(body[cursor:end])
    return " ".join(p for p in pieces if p)


# A program step named by its order (1차 평가, 첫 관문, 2차 단계평가), and the added call's (추가 공모, 추가 정예팀).
_STEP_BY_ORDER: Final = re.compile(r"(?:(\d)\s*(?:차|단계)|(첫))\s*(?:단계\s*)?(?:[가-힣]{1,4}\s+)?(?:평가|심사|발표회|관문)")
_ADDED_STEP: Final = re.compile(r"추가\s*(?:공모|정예팀|선정|선발)")
_LOOKING_BACK: Final = re.compile(r"(?<![가-힣])(?:당초|애초|애당초|앞서)\s")


def _step_orders(text: str) -> set[str]:
    return ({found.group(1) or "1" for found in _STEP_BY_ORDER.finditer(text)}
            if "차" in text or "첫" in text or "단계" in text else set())


def _told_step_orders(mention: Mention) -> set[str]:
    """The order of the step a mention is of: the one named right after its time (8월 2단계 평가), else its sentence's."""
    after = mention.timex_end - mention.sentence_start
    return _step_orders(mention.sentence[after:after + STEP_AFTER_TIME_REACH]) or _step_orders(mention.sentence)


STEP_AFTER_TIME_REACH: Final = 12  # characters after a time within which the step it dates is named


# Names with whom the subject goes on from what was told (… C, D와 함께 … 경쟁을 벌이게 됐다, 참여하게 된다).
_COMPANIONS_AHEAD: Final = re.compile(r"(?:와|과)\s+함께\s+[^.]*?게\s*(?:됐|되었|된)(?:다|습니다)[.!?\"'”’]*\s*$")


def _of_another_step(mention: Mention, text: str) -> bool:
    """Whether a mention's sentence names a step other than the one `text` names by its order (2차 평가, 추가 공모 against
    1차 평가); False when `text` names none."""
    named = _step_orders(text)
    if not named:
        return False
    told = _told_step_orders(mention)
    return named.isdisjoint(told) if told else _ADDED_STEP.search(mention.sentence) is not None


def _other_step_told(text: str, told: Sequence[Mention]) -> bool:
    """Whether a sentence looks back (당초, 애초, 앞서) to a step named by its order (당초 1차 평가에서 네 팀을 남길
    계획이었지만 A가 탈락하면서) that the event just told is not of, that event being of another step named (추가 정예팀
    선정, 2차 평가 결과): no part of what goes on."""
    named = _step_orders(text) if _LOOKING_BACK.search(text) else set()
    if not named:
        return False
    told_steps = {order for m in told for order in _told_step_orders(m)}
    return named.isdisjoint(told_steps) and (bool(told_steps) or any(_ADDED_STEP.search(m.sentence) for m in told))


def _continuation(article: Article, sentence: Sentence, previous: Sequence[Mention], orgs: list[ActorMention],
                  persons: list[PersonMention], lead: bool = False, gap: int = 1,
                  earlier: Sequence[Mention] = (), told_so_far: Sequence[Mention] = (), asked: str = "") -> list[Mention]:
    """A dateless sentence that goes on with the event just told gets its date; a `lead` (an
    opening sentence before any date) gets the date of the event told next, when it names its
    actors and an event of its own. `gap`: sentences since the event was last told; `earlier`:
    the events told before it, one of which the sentence may name (설명회에는 ... 나선다);
    `told_so_far`: all the article's, one of which it may follow right after (선고 뒤); `asked`: the question
    the sentence answers, whose words name its event (누가 평가를 받나? / A, B 네 팀이다)."""
    text = sentence.text
    spoken = temporal.without_quotes(text)  # (quoted words blanked out, the offsets kept: what is said is no event here)
    # (국민의힘 한 의원은 탈락한 A와 B에 대한 지원 방안을 물었다: a member's question told plainly, its words not quoted)
    asked_plainly = "의원" in spoken and _ASKED_PLAINLY.search(spoken) is not None and not _reports_words(text, spoken)
    # (a state or a non-event told outside quotations; a sentence all quoted is read whole)
    if (_GOES_ON_WITH_NOTHING.search(text) and _GOES_ON_WITH_NOTHING.search(
            spoken if spoken != text and _PREDICATE.search(spoken) else text)
            and (not sentences_mod.is_caption(text) or _CAPTION_GOES_ON_WITH_NOTHING.search(text))
            and not (lead and "컨소시엄에" in spoken and _JOINED_AS_NEWS.search(spoken)
                     and any(m.event_type == event_type(spoken) for m in previous))  # (…에 합류했다. B는 20일 A를 선정했다)
            or _LATER.match(text) or _HEADING.match(text) or holds_any(spoken, _RECENTLY_WORDS) and _RECENTLY.match(spoken)
            # (… 1월 평가를 넘지 못했다. 지금 남은 팀은 …: now, not a time past; but 결과가 18일 나온다. 지금 남은 팀은 …:
            # those now in the running go on to what is ahead)
            or _NOW.match(text) and all(m.status == "happened" for m in previous)):
        return []
    if ((holds_any(text, _CAPTION_HINTS) or text.rstrip()[-1:].isdigit()) and not _PREDICATE.search(text)
            and text.count("▲") < 2 and sentences_mod.is_caption(text)):  # (▲A ▲B: a list)
        return []  # ([사진] A 을지로 사옥. /사진제공=A, 사진은 A 본사 전경.: a photo of a thing, no event)
    # (… 세션도 마련됐다: a part arranged, in whatever tense, for the gathering told, held or ahead)
    direction = None if _part_arranged(spoken) else _final_direction(text)
    # A past sentence goes on with a past event, a plan with a plan: `...28일 연다고 20일 밝혔다. 이번
    # 행사에는 ... 참여한다` continues the event on the 28th, not the announcement on the 20th.
    # (… 탈락했다. 두 팀은 이번 평가를 끝으로 빠진다: what follows from the event pointed at, told in the present)
    follows_from = direction == "present" and "이번" in text and _THIS_STEP.search(text) is not None
    onward = lead and direction == "present" and _ONWARD_NOW.search(spoken) is not None

    # (… 18일 공모를 마감한다. 실증 사업에는 A와 B가 지원서를 냈다: those who applied are at the deadline ahead)
    applied = direction == "past" and ("지원" in spoken or "신청" in spoken or "제출" in spoken) and _APPLIED.search(spoken) is not None

    def fits(mentions):
        return list(mentions) if direction is None else [
            m for m in mentions if (m.status == "planned") == (direction in ("future", "present"))
            or applied and m.event_type == "call" and m.status == "planned" and "결과" not in m.sentence  # (not the call's results)
            or direction == "present" == _final_direction(m.sentence)  # a scene told in the present goes on
            or direction == "present" and m.status == "ongoing"  # (… 16일부터 27일까지 실시한다. 이번 평가에는 A, B가 참여한다)
            or follows_from and m.status == "happened"
            # (an opening's A, B는 2단계로 넘어간다: where the outcome told done puts them, on its day)
            or onward and m.status == "happened"]
    fitting = fits(previous)
    if (not lead and previous and "차" in spoken and (step_topic := _STEP_TOPIC.match(spoken)) is not None
            and (orders := _step_orders(step_topic.group()))
            and all(orders.isdisjoint(_told_step_orders(m)) and m.event_type != _word_type(step_topic.group("noun"))
                    for m in previous)):
        return []  # (A는 다음 달 협약을 맺는다. 이로써 2차 단계평가는 네 팀이 치르게 됐다: a step of its own, named by its order)
    if applied and fitting and all(m.event_type == "call" and m.end_value is None and _CALL_OPENED.search(m.sentence) for m in fitting):
        return []  # (… 23일 추가 공모를 공고했다. 추가 공모에는 A와 B가 지원했다: by its close, whose day is not told)
    outcome_told_first: list[Mention] = []  # (see the call's outcome below)
    if not lead and (fitting or earlier) and _other_step_told(spoken, [*fitting, *earlier]):
        return []  # (… 추가 정예팀을 선정했다. 당초 1차 평가에서 네 팀을 남길 계획이었지만 A와 B가 탈락했다: a step before it)
    told = told_so_far or [*earlier, *previous]  # (what a sentence may name or follow from further back)
    right_after = bool(orgs) and ("뒤" in text or "후" in text)  # (a quick test before _RIGHT_AFTER)
    along = bool(orgs) and ("맞춰" in text or "함께" in text or "동시에" in text)
    scene = _AT_THE_SCENE.search(spoken) is not None
    # (개소식에는 A도 참석했다: the gathering named as the topic, however many events were told since it was held)
    bare = _BARE_OCCASION.match(spoken) if orgs and "에" in spoken[:12] else None
    if not fitting and not fits(earlier) and not ((right_after or along or scene or bare) and fits(told_so_far)):
        return []  # (nothing told fits it: no need to read what it tells)
    # A는 선고 뒤 입장을 냈다: right after the event its sentence names, told before whatever came in between
    # (… 간담회를 열었다. [its plans, in the future] A는 간담회 직후 B와 협약을 맺었다)
    after = _RIGHT_AFTER.search(spoken) if right_after else None
    if after is None and along and (with_it := _ALONG_WITH.search(spoken)) is not None and _word_type(with_it.group(1)) != "other":
        after = with_it  # (… 3일 출시했다. 지난달 평가에서 시연했다. 출시에 맞춰 B와 C도 … 선보였다: the 3rd)
    # (결과 발표 직후: right after the results told, though told as 밝혔다; not words quoted about them)
    results = after is not None and after.group(1) in ("발표", "공개") and spoken.endswith("결과 ", 0, after.start(1))
    followed = [m for m in fits(told)
                if ("결과" in temporal.without_quotes(m.sentence) if results else after.group(1) in m.sentence)] if (
        after and _role(after.group(1)) is None) else []
    if followed and direction in ("future", "present"):
        # (… 15일로 미뤘다. 당초 이달 초 공개할 예정이었다. 회사는 지난 10월 공개한 모델에 이어 … 올린다. B는 공개 직후 …
        # 시험한다: after what is still to come, not a plan given up or what was done)
        ahead = [m for m in followed if m.status == "planned" and not plan_changed(m.sentence)]
        followed = ahead or followed
    if after is not None and (act_kind := _word_type(after.group(1))) != "other" and (
            of_act := [m for m in followed if m.event_type == act_kind]):
        # (B는 이달 초 협약을 맺고, … 8월 평가를 받는다. B는 협약 직후 C로부터 GPU를 받는다: the act's own day, not the last
        # one its sentence told)
        followed = of_act
    fitting = fitting or followed
    if "그" in spoken and _MEANWHILE.search(spoken):
        return []
    if not lead and "바" in spoken and _TOLD_BEFORE_AT_NO_DAY.search(spoken) and not (
            after is not None and "직" in after.group()):
        return []  # (… 1월 1위에 올랐다. 정부는 2차 평가 뒤 한 팀 이상을 떨어뜨릴 수 있다고 예고한 바 있다: told before, at no
        # day told; but 공고 직후 지원하지 않겠다고 밝힌 바 있다: right after the event named)
    if "사실" in spoken and (denied := _DENIED_REPORT.search(spoken)) and not _DENIAL_TOLD.search(spoken, denied.end()):
        return []  # (… 보도했으나 바로잡습니다. 또 A가 발표를 포기했다고 쓴 부분도 사실이 아닙니다: a claim denied, no event)
    if not lead and (("수" in spoken or "가능" in spoken) and _POSSIBLE.search(spoken) or _HARD_TO.search(spoken)):
        return []  # (… 공모가 시작됐다. 떨어진 A와 B도 다시 도전할 수 있습니다: what may be, no event; nor 탈락 팀은 승복하기 어렵다)
    if holds_any(spoken, _GUESS_VERBS) and _GUESSED_END.search(spoken):
        return []  # (… 18일 결과가 발표된다. 업계는 A와 B가 앞서 있다고 본다: a guess at it, no part in it)
    if (not lead and spoken.lstrip().startswith(_SUPPOSING_WORDS)
            and (_IF_SO.search(spoken) or _IF_SO_PLAIN.search(spoken))):
        return []  # (… 이달 말 추가 공모를 낸다. 만약 두 팀이 모두 빠진다면 경쟁은 싱거워진다: what would be, no event)
    if lead and "자" in spoken and (set_off := _SET_OFF.search(spoken)) is not None:
        spoken = spoken[set_off.end():]  # (A가 탈락하자 B 주가가 약세를 보였다: the lead's event is the one set off)
    kind = event_type(spoken)  # what someone is quoted saying is not the sentence's event
    if lead and kind in _OUTCOMES and orgs:  # (새로 합류한 A에 GPU를 배정한다: the assigning, not A's joining)
        kind = _kind_besides_names_described(article.body, Sentence(sentence.start, sentence.end, spoken), orgs, kind)
    if (kind in ("presentation", "release") or kind == "other" and not lead) and _NOT_DONE_END.search(spoken):
        return []  # (… 15일 시연회를 연다. A와 달리 B는 시연회를 열지 않는다: what is not done is no event of the day told; nor
        # is a deed of no kind told undone, … 탈락했다. 정부는 빈자리를 오래 두지 않았다)
    if kind == "other" and asked:
        kind = event_type(asked)
    pointing = kind != "other" and (" 이 " in spoken or " 그 " in spoken or "이번" in spoken or "이날" in spoken or "해당" in spoken)
    occasion = _THAT_OCCASION.search(spoken) if pointing else None
    topic = _EVENT_TOPIC.match(spoken) if kind != "other" and occasion is None else None
    topic_kind = _word_type(topic.group()) if topic else "other"
    if occasion is not None:  # 최종 평가를 받는 A, B도 이 설명회에 참석한다: the briefing pointed at
        kind = _word_type(occasion.group(1) or occasion.group(2))
    elif topic_kind != "other" and not (kind == "presentation" and topic_kind == "announcement" and _LISTED_IN_ORDER.search(spoken)):
        kind = topic_kind  # 평가 대상은 1차 평가를 통과한 A, B ...: the evaluation, whatever else is told of them (but 발표
        # 순서는 A, B 순이다: the talks of a show, see triggers.tsv)
    # (… 30일 발표회를 연다. 이번 발표회는 지난 8월 선정된 팀들의 자리다. 발표는 A, B, C 순으로 진행된다: those on
    # the stage of the occasion told, in their order)
    in_order = (len(orgs) >= 2 and "순" in text and _IN_ORDER.search(text) is not None
                # (A가 오전에, B가 오후에 발표한다: each one's turn by the part of the day)
                or len(orgs) >= 2 and "오" in text and len(_TURN_BY_PART_OF_DAY.findall(text)) >= 2
                # (… 발표회에 다녀왔다. [an aside] 첫 순서는 A였다, A가 마지막 주자로 나섰다: one's turn on the stage told)
                or bool(orgs) and ("순서" in text or "주자" in text) and _TURN_ON_STAGE.search(text) is not None)
    # (… 26일 전체회의를 열었다. [words said] 회의에는 A와 B도 참석했다: the gathering named as the topic, told before)
    gathering = _gathering_opened_with(spoken, kind) if orgs else None
    # (… '부산 AI 위크'를 연다고 밝혔다. 행사에는 A와 B가 나선다: a word for any gathering, the one told held)
    held = [m for m in fits([*earlier, *fitting]) if _names_gathering(gathering, m)] if gathering else []
    if gathering and not held and (gathering in CEREMONY_ACTS or bare is not None and gathering != ANY_GATHERING):
        # (a ceremony's act names it further back: 10일 첫 삽을 뜬다. [what was done, when it opens] 착공식에는 …: the 10th;
        # so does its own name: 3일 개소식을 열었다. [what comes next month, what is called for] 개소식에는 …: the 3rd)
        named = [m for m in fits(told_so_far) if _names_gathering(gathering, m)]
        held = ([m for m in named if not _day_of_telling(m)] or named)[-1:]  # (not the day it was told: … 열었다고 4일 밝혔다)
    if (not held and orgs and orgs[0].start == sentence.start and (owned := _OWNED_STEP_OPENING.match(text, orgs[0].end - sentence.start))
            and (step_kind := event_type(owned.group(1))) != "other"):
        # (… 월요일 A 설명회, 수요일 B 검증 착수 …. A 설명회는 오후 2시 열린다. B 검증에는 C, D가 모델을 낸다: B's step told)
        held = [m for m in fits(told_so_far) if orgs[0].canonical in m.actors and m.event_type == step_kind
                and not _day_of_telling(m)][-1:]
    if not held and orgs and not gathering and _PART_AT_GATHERING.search(spoken) and not _ANY_GATHERING.search(spoken):
        # (… 25일 '테크 데이'를 연다. 참가 신청은 20일까지 받는다. B 연구원도 연사로 나선다: a part at the gathering told,
        # not at the deadline told after it)
        held = [m for m in fits(told_so_far) if m.event_type == "presentation" and not _day_of_telling(m)][-1:]
    if (not held and orgs and (by_act := _ACT_OCCASION.match(spoken)) is not None
            and _word_type(act := by_act.group(1)) not in ("other", "presentation")):
        # (A는 1일 모델을 출시했다고 5일 밝혔다. 출시 행사에는 B와 C가 참석했다: the occasion of the act told, at its day)
        held = [m for m in fits(told_so_far) if _act_told_before(act, [m]) and not _day_of_telling(m)][-1:]
    # (… 2일 '파트너 데이'를 열었다고 3일 밝혔다. 행사에는 A도 자리했다: the day it was held, not the day it was told)
    held = [m for m in held if not _day_of_telling(m)] or held
    if gathering and held and all(_day_of_telling(m) for m in held):
        # (… 10일 간담회를 연다고 3일 밝혔다. 간담회에는 A도 초청됐다: those asked to the gathering are at its day, not at the
        # day it was told, whatever the tense of their being asked)
        held = [m for m in [*earlier, *previous] if _names_gathering(gathering, m) and not _day_of_telling(m)] or held
    named_occasion: list[Mention] = []
    if held:
        fitting = held
    elif orgs and _HALL_TOPIC.match(spoken):
        # (A는 다음 달 2일 열리는 MWC에서 … 선보인다고 24일 밝혔다. 전시관에는 B, C의 서비스도 나온다: at the show, not the telling)
        named_occasion = [m for m in fits(told_so_far or [*earlier, *fitting])
                          if (m.event_type == "presentation" or _AT_A_SHOW.search(m.sentence)) and not _day_of_telling(m)][-1:]
        fitting = named_occasion or fitting
    elif orgs and (topic_at := _TOPIC_AT.match(spoken)) is not None:
        # (… 'AI 인재 겨울학교'를 1월 5일부터 연다. … 겨울학교에는 A 연구진이 강사로 나선다: the occasion the text named)
        named_occasion = [m for m in fits(told_so_far or [*earlier, *fitting])
                          if (_quotes_name_ending(m.sentence, topic_at.group(1))
                              # (… 27일 '1년의 기록'을 방영한다. … 다큐에는 A 연구진이 출연한다: the show aired)
                              or topic_at.group(1) in _SHOWS and _AIRED.search(m.sentence) is not None)
                          and not _day_of_telling(m)][-1:]
        fitting = named_occasion or fitting
    elif (orgs and "같은" in spoken and (same := _SAME_THING_AT.search(spoken, 0, SAME_THING_REACH)) is not None
          and same.group(1) not in _SAME_TIMES):
        # (… B가 지난 10일 공개한 성능 순위에서 A가 7위에 올랐다. [its plans] 한편 같은 순위에서 C는 15위에 올랐다: the
        # thing the story told, however far back, at its day; 같은 행사에서: any gathering told held)
        named_occasion = [m for m in fits(told_so_far or [*earlier, *fitting])
                          if _names_gathering(same.group(1), m) and not _day_of_telling(m)][-1:] or [
            # (… 1일 열리는 콘퍼런스에 나선다. [its past told since] 같은 행사에는 B도 연사로 이름을 올렸다: the one named,
            # ahead, though what is told of it is done)
            m for m in told_so_far or [*earlier, *fitting] if _names_gathering(same.group(1), m) and not _day_of_telling(m)
            and m.event_type == "presentation"][-1:]
        fitting = named_occasion or fitting
    if not fitting and topic_kind != "other" and spoken.lstrip().startswith("이번"):
        # (… 12일 협약을 맺었다. [a plan that follows] 이번 협약에는 A와 B가 참여했다: the one of its kind the story told,
        # however far back)
        fitting = [m for m in fits(told_so_far) if m.event_type == topic_kind and not _day_of_telling(m)][-1:]
    # (… 추가 공모 결과 A를 선정했다. [the cut before, the steps ahead] 추가 공모에 함께 도전한 B는 고배를 마셨다: the other
    # side of the outcome of the call it tried, not an outcome or results told since)
    call_tried = _call_tried(spoken) if kind in OUTCOME_TYPES and not fitting else ""
    outcome_of_call_tried = [m for m in fits(told_so_far or earlier) if call_tried and m.status == "happened"
                             and call_tried in m.sentence and _outcome_told(m) in OUTCOME_TYPES - {kind}][-1:]
    fitting = fitting or outcome_of_call_tried
    if not fitting:  # a plan after a past aside goes on with the plan of its kind told before (평가를 3일
        # 진행한다. 모티프는 지난 1월 합류했다. TTA가 평가를 맡는다: the 3rd)
        # (… 28일 결과를 발표했다. 이들은 11월 최종 평가를 받는다. 2월 합류한 A는 고배를 마셨다: the results told before)
        fitting = [m for m in fits(earlier) if kind != "other" and _same_kind(m.event_type, kind)
                   or in_order and m.event_type in _STAGED_TYPES
                   or kind in OUTCOME_TYPES and m.event_type in _RESULT_TYPES and m.status == "happened" and "결과" in m.sentence]
        # (15일 결과가 공개됐다. [the day after, a plan] 한편 2차 단계에 오른 A, B는 …: who went on, at the results told)
        fitting = fitting or [m for m in fits(told_so_far) if kind in OUTCOME_TYPES and orgs and m.event_type in _RESULT_TYPES
                              and m.status == "happened" and "결과" in m.sentence]
        # (… 12월 열리는 학회에 채택됐다고 밝혔다. [how it came] 논문은 학회 기간 중 발표된다: naming nobody, the period of the
        # event named)
        if (not fitting and not orgs and "기간" in spoken and (period := _DURING_PERIOD.search(spoken)) is not None
                and period.group(1) != "같은"):
            fitting = [m for m in fits(told_so_far) if period.group(1) in _line_of(m) and not _day_of_telling(m)]
        # (… 1일 토론회가 열렸다. [a plan told] 토론자로 나온 A 관계자는 "…"고 말했다: at the scene, whatever was told since)
        if (scene or asked_plainly) and not fitting:
            fitting = [m for m in fits(told_so_far) if m.status == "happened"]
        if not fitting:
            return []
    main = fitting[-1]
    replanned = False
    if main.status == "planned" and not followed and plan_changed(main.sentence):
        # (… 29일 발표한다고 밝혔다. 당초 22일께 발표할 예정이었으나 미뤄졌다. 대상은 A, B, C다: the day set now, not the
        # one given up)
        kept = [m for m in fits(told) if m.status == "planned" and m.event_type == main.event_type and not plan_changed(m.sentence)]
        main, replanned = (kept[-1], True) if kept else (main, False)
    named_period: list[Mention] = []
    same_period = False
    if "기간" in spoken and (period := _DURING_PERIOD.search(spoken)) is not None:
        # (▲15~19일: 점수 검증 ▲22일: 발표. TTA는 검증 기간 중 … 꾸린다: the period named, not the last item told; of a
        # line telling two, the one whose clause names it: 2월 2일부터 인턴 과정을 운영하고, 지원서는 20일까지 받는다)
        if period.group(1) == "같은":  # (… 6~9일 열리는 CES에 부스를 낸다. B도 같은 기간 전시관을 연다: the span told)
            named_period = [m for m in fits(told) if m.end_value is not None and not _day_of_telling(m)]
            same_period = bool(named_period)
        else:
            of_period = [m for m in fits(told) if period.group(1) in _line_of(m)]
            named_period = [m for m in of_period if period.group(1) in m.title] or of_period
        main = named_period[-1] if named_period else main
    if ("이번" in spoken and (this_step := _THIS_NAMED_STEP.search(spoken)) is not None
            and (told_step := _ordinal_step(_line_of(main))) is not None and this_step.group(1) != told_step[0]):
        return []  # (지난 8월 2차 단계평가에서 A가 탈락했다. 이번 최종 평가에서는 B가 고배를 마셨다: another step than the one told)
    if spoken.rstrip("\"'”’)] ").endswith("까?"):
        return []  # (A는 과연 이변을 만들 수 있을까?: a question of what may come, no event)
    if spoken.startswith(_INSTEAD_OPENINGS) and _REFUSED.search(main.sentence):
        # (… 추가 공모 때도 신청하지 않았다. 대신 B와 손잡고 … 방향을 틀었다: the course taken instead, at no day told)
        return []
    if ("차" in spoken and "이번" not in spoken and len(_ORDINAL_STEP.findall(spoken)) == 1
            and (step := _ordinal_step(spoken)) is not None and _ordinal_step(_line_of(main)) != step):
        # (▶1월=1차 단계평가 결과 발표 … ▶8월=2차 평가. 과기정통부는 1차 평가에서 두 팀을 떨어뜨린다: the first one's)
        named_step = [m for m in fits(told) if _ordinal_step(_line_of(m)) == step]
        if not named_step and _PAST_STEP_NAMED.search(spoken):
            return []  # (… 22일 결과가 나온다. A는 지난 1차와 2차 평가에서 모두 1위를 했다: a step gone by, its day not told)
        main, stepped = (named_step[-1], True) if named_step else (main, False)
    else:
        stepped = False
    if scene and (days := [m for m in fits(told)
                           if m.status == "happened" and len(m.date_value) >= len("2026-01-01")]):
        main = next(m for m in days if m.date_value[:10] == days[-1].date_value[:10])  # (the day's first: no hour of another's)
    if "이번" in spoken and main.status == "happened" and _THIS_TIME.search(spoken):
        # (A는 지난해 7월 첫 공모 때 떨어졌다. 이번에는 … 다시 도전장을 냈다: this time is the story's own, not the past
        # just told; with no event of its kind told since, it tells none)
        since = [m for m in told_so_far if m.status == "happened" and m.date_start > main.date_end]
        if since:
            of_its_kind = [m for m in since if _same_kind(m.event_type, kind)]
            this = _THIS_OF_KIND.search(spoken) if not of_its_kind else None
            # (… 지난 10월 투자 유치를 마쳤다. 이번 투자에는 B가 참여했다: the one just told, when not told as a first
            # or a former one)
            if not of_its_kind and not (this and _same_kind(_word_type(this.group(1)), main.event_type)
                                        and not _FORMER_ONE.search(main.sentence)):
                return []
            main = of_its_kind[-1] if of_its_kind else main
        elif (any(m.status == "planned" and m.date_start > main.date_end for m in told_so_far)
              and not ((this := _THIS_OF_KIND.search(spoken)) and _same_kind(_word_type(this.group(1)), main.event_type))):
            return []  # (모레 최종 발표회가 열린다. … 8월 B가 밀렸을 때도 …. A는 이번에는 …하겠다고 약속했다: this time is the one
            # ahead the story told, not a past one told since; but 12일 협약을 맺었다. … 이번 협약에는 C가 참여했다: the one told)
    # (… 처음 도전장을 낸 것은 지난해 7월이었다. 당시에는 … 떨어졌지만: at the time just told, whatever it tells)
    # (A와 B는 이때 탈락했다: at the time just told too)
    then = _at_that_time(spoken)
    came = [m for m in (*earlier, *fitting) if m.event_type in _RESULT_TYPES and m.status == "happened"] if (
        direction is None and kind in OUTCOME_TYPES and main.status == "planned" and _BARE_OUTCOME.search(text)) else []
    if came:  # (① 선정: A — 2.20 발표 ③ 향후: 연말 최종 선정 ※ 탈락: B: an outcome told bare is of the outcome that came)
        main = came[-1]
    elif (direction == "present" and main.status == "planned" and article.body.startswith("까지", main.timex_end)
          and _SPAN_GOES_ON.match(article.body, main.timex_end)):
        # (평가를 10일 시작했다. 평가는 14일까지 이어진다. 네 팀이 평가를 받는다: those taking part are at its start)
        begun = [m for m in (*earlier, *previous) if m.event_type == main.event_type and m.status == "happened"
                 and m.date_start <= main.date_start]
        main = begun[-1] if begun else main
    # (… 결과를 발표했다. 평가에서 1위는 A였다. B와 C는 각각 2위와 3위로 뒤를 이었다: a ranking is an outcome of them)
    # (… 21일 위원회 심의를 거쳤다. 총점은 A가 92.4점으로 가장 높았다: scores are of the outcome told, as ranks are)
    ranked = ("위" in spoken and _RANKED.search(spoken) is not None
              or kind == "other" and "점" in spoken and _SCORE.search(spoken) is not None
              # (… 평가에서 모두 최고점을 받았다: marks one got, of the results; not 평가는 40점 만점으로 이뤄졌다, the scheme)
              or kind == "evaluation" and "점" in spoken and _SCORE_GOT.search(spoken) is not None)
    told_in_it: list[Mention] = []
    # (a lead that tells an act after its last name, not a telling: A가 B에 GPU를 배정했다. C는 2일 협약을 B와 맺었다고 3일
    # 밝혔다: the 2nd, an act the lead's names take part in; but 평가에서 1위를 한 A가 계획을 내놨다 is the telling's, and so is
    # A와 B가 공모에 도전장을 냈다. C는 1일부터 12일까지 진행한 공모 접수 결과를 13일 밝혔다, the call C's and not theirs)
    act_told = lead and kind != "announcement" and event_type(spoken[orgs[-1].end - sentence.start:] if orgs else spoken) not in (
        "other", "announcement")
    leading = {o.canonical for o in orgs} if act_told else set()
    if (kind == "other" or act_told) and main.event_type == "announcement":
        # 다음 달부터 지원을 늘린다고 24일 밝혔다. 대상은 A, B다: the details go on with what was told, not its telling
        # (a ranking, with the ranking told: 25일 공개한 순위에서 A가 1위에 올랐다고 1일 밝혔다. B와 C는 각각 2위와 3위였다)
        told_in_it = [m for m in fitting if m.sentence_start == main.sentence_start and m.timex_start < main.timex_start
                      and (m.event_type != "announcement" or ranked) and (kind == "other" or leading & set(m.actors))
                      ] if _day_of_telling(main) else []
        if (told_in_it and told_in_it[-1].event_type == "call" and told_in_it[-1].date_start < main.date_start and orgs
                and _APPLYING_LISTED.search(spoken) is not None):
            told_in_it = []  # (… 20일부터 이날까지 신청을 받았다고 21일 밝혔다. 이름을 올린 곳은 A, B다: at the close, not the opening)
        main = told_in_it[-1] if told_in_it else main
    if (not told_in_it and "이번" in spoken and main.event_type == "announcement" and _day_of_telling(main)
            and (this := _THIS_OF_KIND.match(spoken)) is not None and _word_type(this.group(1)) != "other"):
        # (A는 B가 15일 발표한 1차 평가에서 진출을 확정했다고 16일 밝혔다. 이번 평가에는 C, D도 함께 참여했다: the
        # occasion named is the one the telling told of, at its own day)
        named_in_it = [m for m in fitting if m.sentence_start == main.sentence_start and m.timex_start < main.timex_start
                       and this.group(1) in m.sentence[m.timex_start - m.sentence_start:]]
        main = named_in_it[-1] if named_in_it else main
    if kind == "other" and "주" in spoken and _SHARE_PRICE.search(spoken) and not _SHARE_PRICE.search(main.sentence):
        # (16일 A 주가는 4% 내렸다. A는 전날 발표된 평가에서 탈락했다. 반면 B 주가는 2% 올랐다: the trading day told)
        traded = [m for m in fits([*earlier, *fitting]) if m.event_type == "other" and _SHARE_PRICE.search(m.sentence)]
        main = traded[-1] if traded else main
    if main.status == "planned" and "있" in spoken and _PROGRESSIVE_END.search(spoken):
        return []  # 6월까지 완성할 계획이다. B와 함께 작업도 진행하고 있다: what goes on now, not at the plan's time
    standing = {o.canonical for o in orgs}
    outcomes_told = [m for m in (told_so_far or (*earlier, *fitting)) if m.event_type in OUTCOME_TYPES and m.status == "happened"] if (
        (ranked or kind in OUTCOME_TYPES) and standing and not standing & set(main.actors) and "결과" not in main.sentence
        and (main.actors and main.event_type not in _STAGED_RESULTS or main.event_type == "evaluation")) else []
    if main.event_type == "evaluation":
        # (… 22일 A, B를 뽑았다. 평가는 21일 위원회 심의를 거쳐 진행됐다. 총점은 A가 가장 높았다: the steps before the
        # outcome told, which the standing is of)
        outcomes_told = [m for m in outcomes_told if m.date_start > main.date_start]
    # (… 탈락했다. A는 16일 입장을 냈다. B는 최하위로 밀려났다: B's standing is of the last outcome, which named it; not
    # after an evaluation or results told since, whose outcome it may be)
    outcome_of_them = [m for m in outcomes_told if m.date_value == outcomes_told[-1].date_value and standing & set(m.actors)]
    if outcome_of_them and standing <= {name for m in outcome_of_them for name in m.actors}:
        main = outcome_of_them[-1]
    elif (kind in OUTCOME_TYPES and outcomes_told and gap <= 1 and main.event_type == "announcement"
          and outcomes_told[-1].event_type in OUTCOME_TYPES - {kind} and outcomes_told[-1].sentence_start == main.sentence_start):
        # (… A, B를 선정했다고 5일 밝혔다. C와 D는 고배를 마셨다: the other side of the outcome the telling told, at its day)
        main = outcomes_told[-1]
        outcome_of_them = [main]
    else:
        outcome_of_them = []
    if (not outcome_of_them and (ranked or kind in OUTCOME_TYPES) and main.event_type == "evaluation" and main.end_value is not None
            and main.status == "happened"):
        # (… 28일 2차 평가 결과를 발표했다. 평가는 지난달 27일부터 14일까지 진행됐다. A가 1위를 차지했고 …: the ranks are
        # of the results told, not of the weeks the work ran)
        told_results = [m for m in fits(told_so_far) if m.status == "happened" and m.end_value is None
                        and m.date_start > main.date_start and m.event_type in _RESULT_TYPES and "결과" in m.sentence]
        main = told_results[-1] if told_results else main
    results_told = bool(outcome_of_them) or (kind in OUTCOME_TYPES or ranked) and main.event_type in _RESULT_TYPES and (
        holds_any(main.sentence, _RESULTS_WORDS) or _day_is_predicate(
        main.sentence, main.timex_start - main.sentence_start, main.timex_end - main.sentence_start)  # (첫 관문은 1월 15일이었다. A는 웃었고 B는 울었다)
        or "발표" in main.sentence and _ANNOUNCED_STEP.search(main.sentence) is not None)  # (15일 발표된 1차 평가는 냉정했다)
    # (… 2월 20일 A를 새 팀으로 골랐다. B도 도전장을 냈지만 문턱을 넘지 못했다: the other side of the outcome just told, not
    # an elimination told before it)
    # (… 2월 A가 합류했다. 함께 도전장을 낸 B는 문턱을 넘지 못했다: likewise, what was tried told by a clause before the name)
    other_side = (kind in OUTCOME_TYPES and main.event_type in OUTCOME_TYPES and main is previous[-1] and gap <= 1
                  and ((tried := _BUT.search(spoken)) is not None and event_type(spoken[:tried.start()]) == "call"
                       or (tried := _TRIED_BEFORE_NAME.match(spoken)) is not None and event_type(tried.group()) == "call"
                       # (… A와 B가 최종 2개 팀으로 뽑혔다. C는 끝내 이름을 올리지 못했다: the other side, named apart)
                       or kind != main.event_type and bool(orgs) and _OUTCOME_UNDERGONE.search(main.sentence) is not None
                       and not {o.canonical for o in orgs} & set(main.actors)))
    if kind not in ("other", main.event_type) and not results_told and not then and not stepped and not other_side:  # (… 결과를 받아 들었다. A는 살아남았다)
        # 평가를 3일 진행한다고 20일 밝혔다. 평가 대상은 ...: the 3rd (a lead tells the news of the day it is reported)
        # (a lead tells the news of the day it is reported, unless an event of its kind told next has its names:
        # A가 B와 협약을 맺었다. A는 9일 B와 협약식을 열었다고 10일 밝혔다: the 9th)
        lead_names = {o.canonical for o in orgs} if lead else set()
        told = [m for m in fitting if m.event_type == kind and (not lead or lead_names & set(m.actors))]
        if (not told and not lead and kind == "selection" and fitting and fitting[-1].event_type == "call"
                and fitting[-1].status == "happened" and not holds_any(spoken, _LATER_WORDS)):
            # (빈자리는 2월 마감한 추가 공모로 채웠다. A가 B를 제치고 합류했다: the call's outcome, at its time; but 5개 팀을
            # 발표한 것은 8월 4일이었다. 시작은 6월 공모였다. 7월 마감된 공모에는 …. 최종 관문을 넘은 곳은 A, B였다: the
            # outcome told first, after the call though told before it)
            told = outcome_told_first = [
                m for m in fits(told_so_far) if m.status == "happened" and m.sentence_start < fitting[-1].sentence_start
                and m.date_start > fitting[-1].date_start and (_outcome_told(m) == kind or m.event_type == "announcement"
                                                                and _NAMED_AS_PICKED.search(m.sentence) is not None)][-1:]
            fitting = [*fitting, *told] if told else fitting
            told = told or fitting[-1:]
        # (최종 평가가 다음 주 월요일 시작된다. [who was told, the teams' slots] 평가는 B가 주관한다: the one its topic names)
        # (… 22일의 결정으로 A와 B만 남았다. C는 마지막 탈락자였다: the other side of the outcome just told, those only
        # left, not one before)
        named_event = (told or ([main] if kind == "elimination" and main.event_type == "selection" and main.status == "happened"
                                and main is previous[-1] and _ONLY_LEFT.search(main.sentence) else [])
                       # (… 22일 A와 B를 최종 팀으로 발표했다. 함께 오른 C는 관문을 넘지 못했다: the outcome the telling just
                       # before told, not one of its kind further back)
                       or [m for m in fitting if kind in OUTCOME_TYPES and _outcome_told(m) in OUTCOME_TYPES
                           and not any(f.event_type in OUTCOME_TYPES for f in fitting) and not _of_another_step(m, spoken)][-1:]
                       # (… 지난달 1차 평가를 통과한 A, B와 함께 …. 당초 1차 평가에서 C와 D가 탈락하며 …: not the added call's
                       # outcome told before, of another step)
                       or [m for m in fits(earlier) if _same_kind(m.event_type, kind) and not _of_another_step(m, spoken)
                           # (- 2/9 중간 점검. A·B 통과, C 탈락: the outcome of the review just told done, not an earlier one;
                           # but not of a review's span after its results were told, 21일 … 발표했다. 평가는 3일부터 7일까지 …)
                           and not (kind in OUTCOME_TYPES and main.event_type == "evaluation" and main.status == "happened"
                                    and main is previous[-1] and gap <= 1 and main.end_value is None
                                    and not any(t.date_start > main.date_start for t in (told_so_far or [*earlier, *previous])))]
                       or ([m for m in fits(told_so_far) if m.event_type == kind] if topic_kind == kind else []))
        if named_event:  # 24일 설명회를 연다. 신청은 20일까지 받는다. 설명회에는 ...: the 24th
            fitting, main = (fitting if told else fitting + named_event), named_event[-1]
        elif _ROLE_TAKEN.search(spoken):
            return []  # (… 11일까지 자료를 낼 수 있다. 성능 검증은 B가 맡는다: who does a step not told yet, at no day told)
        elif direction == "past" and any(m.status == "planned" and (m.event_type == kind or _names_event_of(m.sentence, kind))
                                         for m in previous):
            return []  # (… 평가 결과를 15일 발표한다고 14일 밝혔다. 평가에는 A, B가 참여했다: done before, at no day told)
        elif (direction == "past" and kind == "call" and main.status == "happened" and _CALL_AS_FRAME.match(spoken)
              and (main.event_type in OUTCOME_TYPES or any(m.event_type in OUTCOME_TYPES and m.date_value == main.date_value
                                                            for m in told_so_far))):
            # (… 선정 사실을 발표했다. 이번 공모에는 A와 B가 도전했다: applied before the outcome, at no day told; so too
            # after the briefing that told it, 20일 브리핑을 열고 이같이 밝혔다)
            return []
        elif (kind in _EVENTS_OF_THEIR_OWN and not lead and not in_order and not _names_event_of(main.sentence, kind)  # (… 투자를 유치했다고
              # 20일 밝혔다. 이번 투자에는 …: the one told; a call told with no event word of its own is a step too)
              and (main.event_type in _PROGRAM_STEP_TYPES or main.event_type == "other" and _names_event_of(main.sentence, "call"))
              and not _OCCASION_DEFINED.search(spoken)):
            # (21일 접수를 마감했다. … A는 B, C와 손을 잡았고, D는 E와 팀을 꾸렸다: how the teams were formed, at no day told;
            # but … 30일 첫 성과를 공개한다. A, B가 개발한 모델을 선보이는 자리다: what the occasion told is, with who is on it)
            return []
    first_of = _FIRST_OF.search(spoken) if len(fitting) > 1 else None
    if first_of and _word_type(first_of.group(1)) == main.event_type:  # 1일 서울을 시작으로 8일 부산 ... 첫 설명회에는: the 1st
        # (… 3일부터 차례로 공개한다고 20일 밝혔다. 첫 공개 대상은 A다: of what was told, not its telling)
        of_its_kind = [m for m in fitting if m.event_type == main.event_type]
        main = min([m for m in of_its_kind if not _day_of_telling(m)] or of_its_kind, key=lambda m: m.date_start)
    # (a list's items go on with it: `△A △B`, and a table's rows, `1 | A | 90.2`)
    continues = (bool(_CONTINUES.match(text)) or text.count("△") >= 2 or text.count("|") >= 2
                 or "%" in spoken and _PRICE_MOVE.search(spoken) is not None and _SHARE_PRICE.search(main.sentence) is not None
                 or _THIS_OCCASION.search(text) is not None or scene or in_order or bool(came) or bool(held) or bool(named_occasion)
                 or same_period
                 or _PART_OF_DAY_OPENING.match(text) is not None  # (19일 심포지엄을 연다. 오전에는 A가, 오후에는 B가 …)
                 # (10일 경진대회 시상식을 열었다. [the entries] 대상은 A가 받았고, 최우수상은 B에 돌아갔다: the prizes given there)
                 or "상" in text and main.event_type in _AWARDING_TYPES and _PRIZE_TOPIC.match(text) is not None
                 or kind == "other" and bool(orgs) and _names_only(article.body, sentence, orgs)  # (… 낙점됐다. A·B입니다)
                 or ("곧" in spoken or "즉시" in spoken or "지체" in spoken)
                 and _AT_ONCE.match(spoken, _subject_end(spoken)) is not None)  # (… 발표 직후 … A는 곧바로 회의를 열었다)
    if followed:  # (see `followed`)
        main, continues = followed[-1], True
    speakers = {o.canonical for o in orgs} | {p.organization for p in persons if p.organization}
    if ((kind in SPEECH_TYPES or kind == "other") and main.event_type in _RESULT_TYPES and not speakers & set(main.actors)
            and not lead and speakers and _reports_words(text, spoken)
            and (held_then := [m for m in fits([*earlier, *previous]) if m.event_type == "presentation"
                               and m.date_start > main.date_end])):
        # (20일 회의를 열고 … 15일 발표된 결과에서 A가 탈락한 경위를 캐물었다. B 의원은 "…"고 물었다: words at the sitting,
        # not of the outcome it asked about)
        main, continues = held_then[-1], True
    if ((kind in SPEECH_TYPES or kind == "other" or asked_plainly) and not continues and not lead and speakers
            and _SITTING_EXCHANGE.search(spoken) and (asked_plainly or _reports_words(text, spoken))
            and (sittings := [m for m in told_so_far if m.status == "happened" and len(m.date_value) >= len("2026-01-01")
                              and (m.event_type == "presentation" or _SITTING_HELD.search(m.sentence))
                              and _SITTING.search(m.sentence)])):
        # (… 국정감사가 13일 열렸다. [what was at stake] A 의원은 "…"고 따졌다. B 장관은 "…"고 답했다: words at the sitting
        # held, not at a day the words before them named; those the words name take no part)
        main, continues = sittings[-1], True
        orgs = [o for o in orgs if not _quoted_at(article.body, o.start)
                and not (asked_plainly and o.kind != "party" and o.kind not in AUTHORITY_KINDS)]  # (not what was asked about)
        kind = "statement" if asked_plainly else kind
    # (KT는 26일 설명회를 열고 … 밝혔다. KT는 지난해 8월 떨어졌다. 회사 측은 "…"고 말했다: words of the speaker at the occasion told
    # since, not at the past told in between)
    # (… 1일 협약을 맺었다. 협약식에는 C 시장이 참석했다. [earlier days] C 시장은 "…"고 말했다: where the one speaking was told to be)
    speaking = {p.name for p in persons}
    said_at = [m for m in told_so_far if m.status == "happened"
               and (m.event_type in SPEECH_OCCASION_TYPES or not speaking.isdisjoint(m.persons))
               and len(m.date_value) >= len("2026-01-01") and m.date_start > main.date_end and speakers & set(m.actors)] if (
        kind in SPEECH_TYPES and not continues and not lead and main.status == "happened" and speakers & set(main.actors)
        and _reports_words(text, spoken)) else []
    if said_at:
        main = said_at[-1]
    if (kind == "other" and not continues and not ranked and _TALLIED.search(spoken)
            and _SURVEYED.search(article.body, max(0, sentence.start - SURVEYED_REACH), sentence.end)):
        return []  # (응답자의 44%가 … 답했다. 써 본 모델로는 A가 가장 많았고 B가 뒤를 이었다: the names are answers counted, no party)
    if not continues and holds_any(spoken, _RECURRING_MARKS) and _RECURRING.search(spoken):
        return []  # (A는 같은 조사를 해마다 두 번 하기로 했다: what recurs has no one day, the day told last least of all)
    if not orgs and not continues and kind == "other" and not (named_period and _TOPIC_OPENING.match(spoken)):
        return []  # (but 회사는 교육 기간 서버를 연다: the one told, in the period; not 검증 기간이 길어졌기 때문이다)
    if (direction == "past" and ("이미" in spoken or "앞서" in spoken) and not continues
            and not _same_kind(kind, main.event_type) and _ALREADY.search(spoken)):
        return []  # (… 공모를 진행합니다. A와 B는 이미 불참 의사를 밝혔습니다, 앞서 … 밝힌 바 있다: done before it, at no day told)
    if (kind == "other" and not continues and main.event_type not in _LISTING_TYPES and _THE_TEAMS_ARE.match(text)
            and _LIST_PREDICATE.match(text, orgs[-1].end - sentence.start)):
        return []  # (… 평가를 시작했다. 정예팀은 A, B, C 등 5곳이다: who they are, not who was at the evaluation)
    listed_for_plan = (orgs and not continues and main.event_type == "announcement" and _ONES_WHO_DID.match(text) is not None
                       and _LIST_PREDICATE.match(text, orgs[-1].end - sentence.start) is not None
                       and (plans := [m for m in previous if m.status == "planned"]))
    if listed_for_plan:
        main = plans[-1]  # (… 22일 결과를 발표한다고 6일 밝혔다. 최종 무대에 오른 곳은 A, B, C다: those the plan is of, not its telling)
    if (not continues and orgs and "사" in text and _ROLE_HOLDER_TOPIC.match(text)
            and _LIST_PREDICATE.match(text, orgs[-1].end - sentence.start)):
        return []  # (… 청약은 14~15일 진행한다. 대표 주관사는 B다: who holds a standing role, at no day told)
    gone = _left_the_gap(article.body, orgs) if "자리" in text or "공" in text else set()
    # (A는 B를 제치고 C, D와 함께 경쟁을 벌이게 됐다: the company those it now goes on with, not a part of what was told)
    companions = {id(o) for o in _listed_before(article.body, orgs)} if (
        len(orgs) > 1 and "함께" in text and _COMPANIONS_AHEAD.match(text, orgs[-1].end - sentence.start) is not None) else set()
    # (A 측은 "B의 결정을 존중한다"며 …: the one whose words they are speaks; who is named in them takes no part)
    quoted_apart = ({id(o) for o in orgs if _quoted_at(article.body, o.start)}
                    if kind in SPEECH_TYPES and holds_any(text, OPENING_QUOTES) else set())
    if quoted_apart and len(quoted_apart) == len(orgs):
        quoted_apart = set()
    named = [o.canonical for o in orgs if not _no_party(text, o, sentence.start)
             and not _BEATEN_BY.match(text, o.end - sentence.start) and id(o) not in gone and id(o) not in companions
             and id(o) not in quoted_apart]
    # (회의에는 B 부총리와 C 위원회 부위원장이 참석했다: those named by a person of theirs too)
    named = list(dict.fromkeys(named + [p.organization for p in persons if p.organization
                                        and not _FORMER_AFTER_NAME.match(article.body, p.end)]))  # (A 전 B 교수: not B)
    if (kind in SPEECH_TYPES and not continues and not lead and _reports_words(text, spoken)
            and not set(named) & set(main.actors)
            # (… 토론회를 열었다. 발제를 맡은 B 교수는 "…"고 지적했다: words of one with a part at the gathering just told)
            and not (main.event_type == "presentation"
                     and (_PART_AT_GATHERING.search(spoken) or "답" in spoken and _ANSWERED.search(spoken)))
            and not ("답" in text and _ANSWERED.search(text) and _reports_words(main.sentence, temporal.without_quotes(main.sentence)))):
        # (… B 의원은 "…"고 물었다. C 차관은 "…"고 답했다: an answer to words just told is at their time)
        own = [m for m in fitting if set(named) & set(m.actors)] if not main.actors else []
        if not own:
            return []  # someone else's words, direct or reported: said when and where, the text does not tell
        # (오후 1시 50분 브리핑룸. / 오후 2시 B 차관이 단상에 올랐다. B 차관은 …고 발표했다: the words of the one told last, on
        # the scene the room set, are of that one's moment)
        main = own[-1]
    if lead and (not orgs or kind == "other" or _ROLE_TAKEN.search(spoken)):
        return []  # (A는 배분을, B는 개방을 맡는다: the roles the story goes on to date, not an event of the day told next)
    if not continues and len(named) >= 2 and _ROLES_SPLIT.search(spoken):
        return []  # (… 6월 말까지 넘긴다. C는 데이터를, D는 품질 관리를 맡는다: who does what, at no day told)
    if (not continues and named and not set(named) & set(main.actors)
            and (main.event_type in ("agreement", "other") and _ROLE_TAKEN.search(spoken)
                 or main.event_type == "funding" and _ROLE_AS_OBJECT.search(spoken))):
        # (A는 B와 계약을 맺었다. 기간은 내년 3월부터다. C는 기술 지원을 맡는다: C's role in it, at no day told; so, after
        # work of no event's kind, A는 내년 3월 공사에 들어가 9월 마무리한다. 운영은 C가 맡는다; and after money put in,
        # 사업비는 2027년부터 투입된다. C와 D가 사업을 함께 맡는다, but not 배정은 C가 맡는다: C hands it out then)
        return []
    if (not continues and holds_any(text, _PROVISION_MARKS) and _PROVISION_TOPIC.match(text) is not None
            and _PROVISION_AFTER.search(text) is not None):
        return []  # (… 3일 대표 발의했다고 4일 밝혔다. 개정안은 B가 … 지원하도록 했다: what the bill provides, no one's act then)
    if not continues and _PRODUCT_OF_TOLD.match(spoken):
        return []  # (… 11월까지 데이터를 구축한다. 만들어진 데이터는 A와 B에 제공된다: what becomes of the thing later, no day told)
    if (kind == "statement" and not continues and named and not set(named) & set(main.actors) and main.event_type in OUTCOME_TYPES
            and _STEPPING_ASIDE.search(spoken)):
        return []  # (… 15일 탈락한 A와 B도 다시 도전할 수 있다. C와 D는 나서지 않겠다고 했다: others' stance, at no day told)
    if (kind == "other" and not continues and gap > 1 and not set(named) & set(main.actors)
            and not (main.event_type == "evaluation" and (ranked or _STANDING_TOLD.search(spoken)))):
        # other actors and no event word: only the very next sentence may still tell the same event (but one's standing in
        # results told, B는 합산 점수가 가장 낮았다, is still of them)
        return []
    if (not continues and named and not set(named) & set(main.actors) and kind not in OUTCOME_TYPES
            and _REASON_GIVEN.search(spoken.rstrip(CLOSING_PUNCT + " "))):
        return []  # (… 일주일 늦췄다. 일정이 바뀐 건 B가 문항을 보강하기로 하면서다: the cause, another's doing, at no day told)
    if (not continues and named and named[0] not in main.actors and "따르면" in main.sentence
            and named[0] in {actors_mod.canonical(cited.group(1)) for cited in _SOURCE_CITED.finditer(main.sentence)}):
        return []  # (감사원에 따르면 A는 2025년 8월 …. 감사원은 A에 주의를 요구했다: the source acts at its own time, not the one it told)
    if _UNAFFECTED_END.search(spoken):
        return []  # (… 10일에야 시작됐다. B는 자체 센터를 써 영향을 받지 않았다: what did not befall it is no event)
    if (kind == "other" and not continues and named and not set(named) & set(main.actors) and _thing_told_as(spoken)
            and not any(spoken.rstrip(" .\"'”’").endswith(o.text + "이다") for o in orgs)):
        return []  # (… 80명으로 늘린다. 공공 분야의 첫 단추는 B와의 시범 사업이다: what a thing is, no act; its day is told next)
    if (kind == "other" and not continues and not ranked and named and len(main.actors) == 1 and main.actors[0] not in named
            and _SCORE.search(spoken) is None  # (… 1위에 올랐다. B는 79.2점에 그쳤다: a score is of the same results)
            and main.event_type not in _TOLD_IN_TURN_AFTER and "결과" not in main.sentence
            and _opens_with_topic(article.body, sentence, orgs) and _TOPIC_OPENING.match(main.sentence) is not None):
        return []  # (A는 8월 평가에서 2위에 올랐다. B는 효율을 앞세웠다: each told of in turn, not at the other's time)
    if (main is not previous[-1] and not continues and not told_in_it and not stepped and not said_at and not replanned
            and not outcome_told_first and not listed_for_plan
            and not (named_period and not orgs) and not _same_kind(kind, main.event_type)
            and not (results_told and main.status == "happened" and not _quoted_at(article.body, main.timex_start))):
        # (an outcome goes back to the results told, not to words about them: … 결과를 발표했다. … A는 고배를 마셨다)
        # (naming nobody, 학회 기간 중 is such a sign; with names, 3단계 기간 B에 제공한다 may be any stage's)
        return []  # going back past the last event told needs a sign (이번 행사에는) or the same kind of event
    names = named or list(dict.fromkeys(main.actors))  # a dropped subject is the previous one
    # (… 12일부터 검증을 하고 있다, after the lead 검증이 닷새째를 맞았다: still under way, as the event it goes on with)
    status = ("happened" if direction == "past" and main.status != "planned"
              and not (main.status == "ongoing" and under_way(spoken)) else main.status)
    anchor = _dated_as(main, sentence)
    if (main.event_type == "call" and main.end_value is not None and main.status == "happened" and direction == "past"
            and _APPLIED.search(spoken) is not None):
        # (… 23일부터 12일까지 진행한 공모 결과 … 접수했다고 밝혔다. 이번 공모에는 A와 B가 지원했다: those who applied are at
        # the close, as with the span in a relative clause)
        anchor = Timex(sentence.start, sentence.start, main.timex_text, "DATE", main.end_value, None, None)
    if kind == "other" and continues or in_order:
        kind = main.event_type  # a list or an 이날/이들 sentence goes on with the same event, one's turn in it too
    title = main.title if continues and not followed and kind == main.event_type else None  # a list under an event: its title
    outcomes = _outcome_clauses(sentence, orgs, named) if kind in OUTCOME_TYPES and len(named) >= 2 else []
    if outcomes:  # (A, B가 살아남았고 C는 짐을 쌌다: who went on and who did not, each in a mention of their own)
        return [_mention(article, sentence, anchor, members, persons, outcome, clause, inherited=True, title_from=0,
                         status=status, part=number) for number, (outcome, members, clause) in enumerate(outcomes)]
    # (… 14일 벤치마크 평가를 진행하고, 전문가 평가는 21일 연다. 평가에는 A, B가 나선다: both days of the step are theirs)
    # (days of one step still ahead, a few weeks apart; rounds told done are told apart: 1차(1월)와 2차(8월) … 최종 평가에서;
    # and a day moved is no second day: 당초 15일로 예정했던 평가 결과 발표를 22일로 미룬다)
    # (… 광주(1.12)·대구(1.14)에서 연다. 설명회마다 A가 나선다: each day of the gathering told)
    each = ("마다" in spoken or "각" in spoken or "매" in spoken) and _EACH_OCCASION.search(spoken) is not None
    days = [] if (continues or followed or kind != main.event_type or kind != "evaluation" and not each or main.status != "planned"
                  or plan_changed(main.sentence) or plan_put_off(main.sentence)) else list(
        dict.fromkeys(m.date_value for m in fitting if m.sentence_start == main.sentence_start and m.event_type == kind
                      and m.status == main.status and m.date_value != main.date_value and len(m.date_value) >= len("2026-01-01")
                      and len(main.date_value) >= len("2026-01-01")
                      and abs((m.date_start - main.date_start).days) <= STEP_DAYS_APART))
    anchors = [_dated_as(next(m for m in fitting if m.date_value == day), sentence) for day in days] + [anchor]
    return [_mention(article, sentence, dated, names, persons, kind, text, inherited=True, title_from=0, status=status, title=title)
            for dated in anchors]


_GATHERING_HELD_AFTER: Final = re.compile(rf"\s*(?:[^\s.,]+\s+)?[^\s.,]*(?:{GATHERINGS})[을를]\s+(?:열|연다|열었|열어|열고|열기로|열겠|개최)")


def _clause_closes(body: str, start: int, end: int) -> bool:
    """Whether a word between `start` and `end` closes a clause (출발해, 마치고, 열었으며)."""
    return any(_role(word.rstrip(",")) == "connective" for word in body[start:end].split())


def _thing_told_as(text: str) -> bool:
    """Whether a sentence ends in a noun and its copula (… 시범 사업이다), telling what a thing is, not a plan (… 맺을
    예정이다) or a guess (… 것이다)."""
    last = text.rstrip(" .\"'”’").rsplit(None, 1)[-1] if text.strip() else ""
    return (last.endswith("이다") and len(last) >= 4 and final_consonant(last[-3]) > 0
            and not last[:-2].endswith(_PLAN_COPULA_NOUNS) and _COUNT_NOUN.search(last[:-2]) is None)


_COUNT_NOUN: Final = re.compile(r"(?:\d|둘|셋|넷|다섯|뿐|곳|개|팀)$")  # (… 둘뿐이다, 2곳이다: those named, counted)
_PLAN_COPULA_NOUNS: Final = ("예정", "계획", "방침", "것", "전망", "목표", "셈", "입장", "구상", "뜻", "예상", "분위기", "상황",
                             "수순", "처지")
_APPLYING_LISTED: Final = re.compile(r"이름을\s*올린|지원한\s*곳|신청한\s*곳|도전장을\s*낸|출사표를\s*던진|지원서를\s*낸")  # (이름을 올린 곳은 A, B다)
_APPLIED: Final = re.compile(r"(?:지원서|신청서|제안서|계획서)[을를]\s*(?:냈|제출했)|(?:지원|신청)했")  # (told as done)
_APPLIED_CLAUSE: Final = re.compile(rf"[이가]\s+(?:{_APPLIED.pattern}|응모했)(?:으며|고)\s*,?\s")  # (A가 지원했으며, …)
# ... right after its subject, or a challenge taken up (한 달 뒤 15개 컨소시엄이 도전장을 냈다): the subject's, not the caller's.
_APPLIED_AFTER_SUBJECT: Final = re.compile(rf"(?:[^\s.,]+\s+){{0,2}}?(?:{_APPLIED.pattern}|도전장을\s*(?:냈|내)|응모했|출사표를\s*던)")
_PAST_STEP_NAMED: Final = re.compile(r"지난\s*(?:\d차\s*(?:와|과|,|및)?\s*)*\d차")  # (지난 2차 평가, 지난 1차와 2차 평가)
_ORDINAL_STEP: Final = re.compile(r"(\d)차\s*(?:단계\s*)?(평가|심사|발표회)")
# A step of the program by its name (1차 단계평가, 2차 평가, 서면 평가, 추가 공모), and an outcome in it before the names it is
# of (1차 평가에서 탈락한 A와 B): see _outcome_of_step_told.
_STEP_NAME: Final = re.compile(_ORDINAL_STEP.pattern + r"|서면\s*평가|발표\s*평가|추가\s*공모|최종\s*평가")
_OUTCOME_IN_STEP: Final = re.compile(rf"(?P<step>{_STEP_NAME.pattern})(?:에서|서)\s+(?:고배를\s+마신|탈락한|떨어진|미끄러진|선정된|뽑힌|통과한)\s")
# ... and a sentence opening in it, of those taking part (2차 평가에는 A, B가 나선다): see _in_step_told.
_IN_STEP_OPENING: Final = re.compile(rf"\s*(?:이번\s+)?(?P<step>{_STEP_NAME.pattern})(?:에는|에서는|에도)\s")
_TAKING_PART_ENDS: Final = ("나선다", "나섰다", "참여한다", "참여했다", "참가한다", "참가했다", "오른다", "올랐다", "도전한다",
                             "도전했다", "출전한다", "출전했다", "겨룬다", "겨뤘다", "맞붙는다", "맞붙었다")
_STEP_WORDS: Final = ("평가", "심사", "발표회", "공모")  # (a quick test before _OUTCOME_IN_STEP)
_EACH_OCCASION: Final = re.compile(rf"(?:{GATHERINGS})마다|(?<![가-힣])(?:매|각)\s*(?:{GATHERINGS})")  # (설명회마다, 매 행사)
STEP_DAYS_APART: Final = 31  # days at most between two days of one step told together (벤치마크 평가 14일, 전문가 평가 21일)
STEP_DAY_REACH: Final = 6  # characters between a step's name and the day told with it (결과는, 발표된)


def _step_key(step: str) -> str:
    """A step's name without its spaces and 단계 (1차 단계평가 = 1차평가)."""
    return step.replace(" ", "").replace("단계", "")


def _gathering_opened_with(spoken: str, kind: str) -> str | None:
    """The word of the gathering a sentence opens with as where or what it tells of (회의에는 A와 B도 참석했다; 회의는 C가
    주재하며, A와 B가 안건을 보고한다), or the word for any gathering for a part of one (1부에서는 A와 B가 … 돌아본다; … 공개하는
    세션도 마련됐다): the gathering told, whatever is done in it."""
    if "에" in spoken[:12]:
        if kind != "other" and (bare := _BARE_OCCASION.match(spoken)) is not None:
            return bare.group(1)
        return ANY_GATHERING if _PART_OF_GATHERING.match(spoken) else None
    topic = _GATHERING_AS_TOPIC.match(spoken)
    return topic.group(1) if topic else ANY_GATHERING if _part_arranged(spoken) else None


def _part_arranged(text: str) -> bool:
    """Whether a sentence ends telling a part of a gathering arranged (… 공개하는 세션도 마련됐다, 질의응답 순서도 이어진다)."""
    return holds_any(text, _PARTS_OF_GATHERING) and _PART_ARRANGED.search(text) is not None


def _names_gathering(word: str, mention: Mention) -> bool:
    """Whether a mention's sentence names the gathering by its word (회의에는: 회의), or, for a word for any gathering
    (행사에는), tells one held."""
    return (word in mention.sentence or any(act in mention.sentence for act in CEREMONY_ACTS.get(word, ()))
            or word == ANY_GATHERING and (_HELD_IT.search(spoken := temporal.without_quotes(mention.sentence)) is not None
                                          or _HELD_THERE.search(spoken) is not None
                                          or _TO_BE_HELD.search(spoken) is not None))


def _day_of_telling(mention: Mention) -> bool:
    """Whether a mention's date is the day what came before it was told (… 늘린다고 | 24일 밝혔다)."""
    return _follows_telling(mention.sentence, mention.timex_start - mention.sentence_start)


_TELLER_BEFORE: Final = re.compile(r"\s[^\s\"'”’]+(?:이|가|은|는)$")


def _follows_telling(text: str, position: int) -> bool:
    """Whether the words before `position` end in what was told (… 늘린다고 | 24일 밝혔다), the teller maybe between
    (… 나선다고 회사가 | 10일 밝혔다)."""
    before = text[:position].rstrip()
    if QUOTATIVE_ENDING.search(before) is not None:
        return True
    teller = _TELLER_BEFORE.search(before)
    return teller is not None and QUOTATIVE_ENDING.search(before[:teller.start()].rstrip()) is not None


# A period named by what goes on in it (검증 기간 중, 평가 기간 동안, 공모 기간에): the event of that word told before.
_DURING_PERIOD: Final = re.compile(r"([가-힣]{2,})\s*기간(?:\s*(?:중|동안|내|에)|(?=\s))")  # (교육 기간 GPU를 내준다: bare too)


def _quotes_name_ending(text: str, word: str) -> bool:
    """Whether `text` quotes a name ending in `word` ('AI 인재 겨울학교'를: 겨울학교)."""
    return word in text and any(quoted.group(1).endswith(word) for quoted in QUOTED_NAME.finditer(text))


_RERUN_TOPIC: Final = re.compile(r"\s*(?:재방송|재방영|본방송|본방)(?:은|는|도)\s")  # (a show's airing again, the airer's)
_SHOWS: Final = frozenset(("다큐", "다큐멘터리", "방송", "프로그램", "특집", "영상"))  # (a show named as the topic)
_AIRED: Final = re.compile(r"방영|방송(?:한|했|된|됐|하)|송출|전파를\s*탄")  # (… and the verbs of airing it)
_TOPIC_AT: Final = re.compile(r"([가-힣A-Za-z0-9]{2,})(?:에는|에서는|에도|엔)\s")  # (겨울학교에는, 위크에서는)
# A hall or booth as the topic (전시관에는, 공동 부스에서는): the show told before, where one is set up.
_HALL_TOPIC: Final = re.compile(r"\s*(?:[^\s.,]+\s+)?(?:" + _HALLS + r")(?:에는|에서는|에선|엔)\s")
# A show told by where it is held (… 열리는 MWC 2026에서 선보인다, CES 2026에 참가한다).
_AT_A_SHOW: Final = re.compile(r"(?:열리는|열린|개막하는|막을\s*올리는)\s+(?:[^\s.]+\s+){0,2}?[^\s.]+(?:에서|에)\s")


def _line_of(mention: Mention) -> str:
    """The line of a mention's sentence that holds its date (a list's items may share one sentence)."""
    at = max(0, mention.timex_start - mention.sentence_start)
    text = mention.sentence
    return text[text.rfind("\n", 0, at) + 1:(text.find("\n", at) + 1 or len(text) + 1) - 1]


def _ordinal_step(text: str) -> tuple[str, str] | None:
    """The numbered step a text names first (1차 단계평가, 2차 심사 -> ('1', '평가')), or None."""
    found = _ORDINAL_STEP.search(text) if "차" in text else None
    return (found.group(1), "발표회" if found.group(2) == "발표회" else "평가") if found else None
_THIS_NAMED_STEP: Final = re.compile(r"이번\s*(최종|\d)\s*(?:차\s*)?(?:단계\s*)?(?:평가|심사|발표)")  # (이번 최종 평가, 이번 3차 평가)
_THIS_TIME: Final = re.compile(r"(?:^|\s)이번(?:에는|에도|에|엔|이|은)?(?=\s)")  # (이번에는, 이번에, 이번이, 이번 공모에)
_THIS_OF_KIND: Final = re.compile(r"(?:^|\s)이번\s+(\S+?)(?:에는|에도|에서|에|은|는|이|가|을|를|의)?\s")  # (이번 투자에는)
_FORMER_ONE: Final = re.compile(r"(?:^|\s)(?:첫|처음|지난번|직전|이전|앞선)\s")  # (지난해 7월 첫 공모 때: one of several)
_ANSWERED: Final = re.compile(r"(?:고|며|라고|이라고)\s+(?:\S+\s+)?답(?:했|변했|하였|변하였)")
# A task an organization takes (B가 사용자 평가단 모집을 담당한다, B는 검증을 맡고): the task's words.
_TASK_TAKEN: Final = re.compile(r"(?:\s*\([^)]{1,20}\))?(?:이|가|은|는)\s+(?P<task>[^.,]{2,30}?)(?:을|를)\s*(?:맡|담당|책임지|주관)")
ROLE_REACH: Final = 2  # sentences after a task told that an event named as the subject may be of it
# A day told as the neighbour of what its subject did (… 발표를 마친 다음 날인 2일, 행사를 여는 전날인 9일)
_DAY_NEXT_TO: Final = re.compile(r"(?P<event>(?:[^\s,.]+\s+){0,2}[^\s,.]*[을를]\s+[^\s,.]*[한친낸른연룬준린]|[^\s,.]+[을를]\s+[^\s,.]*[는할])"
                                 r"\s+(?:(?P<after>다음\s*날|이튿날|하루\s*(?:뒤|후))|전날|하루\s*전)인\s+$")
DAY_NEXT_TO_REACH: Final = 40  # characters before a day its neighbour's event and verb fit in
# (… 고배를 마신 다음 날: a clause ending in its adnominal verb before the day counted from it)
_CLAUSE_BEFORE_DAY: Final = re.compile(r"(?<![^\s])(?P<event>(?:[^\s,.]+\s+)?[^\s,.]+[을를]\s+[가-힣]+|[가-힣]+(?:한|된|됐던))\s+$")
_ADNOMINAL_FINAL: Final = 4  # (the final ㄴ of a verb's adnominal past: 마신, 탈락한)
_CLAUSE_SUBJECT_AFTER: Final = re.compile(r"(?:\s*(?:컨소시엄|팀|측))?[이가]\s")  # (A 컨소시엄이 …: the clause's own subject)
_EVENT_BEFORE_DAY: Final = re.compile(r"(?<![가-힣])(?P<event>[가-힣]{2,}(?<![은는이가을를의에도]))\s+$")  # (the bare event noun before it)
_TIME_SINCE: Final = r"지\s+(?:\S+\s+){0,2}?\S*만"  # (… 한 지 두 달 만)
_SINCE_OF_EVENT: Final = re.compile(_TIME_SINCE + r"의\s+([가-힣]+?)(?:이다|입니다|이었다|였다|다)[.!]?\s*$")  # (… 지 16개월 만의 탈락이다)
_CALL_STEP: Final = re.compile(r"(?:(?:접수|신청|모집|공모)\s*)?마감|접수|신청|모집|공고")  # (a call's step as a topic: 마감은)
_SINCE_LOOK_BACK: Final = re.compile(r"[가-힣]\s*" + _TIME_SINCE + r"(?:이다|입니다|이었다|의)")  # (탈락한 지 두 달 만이다)
# Other bodies a relative clause modifies, its own subject apart from the sentence's (… 지원받아 온 기존 팀들보다, 탈락한
# 다른 기업들은).
_BODIES_AS_HEAD: Final = re.compile(r"\s+(?:기존|다른|나머지|경쟁|상대|여타)\s*(?:[^\s.,]+\s+)?(?:팀|기업|업체|회사|기관|컨소시엄)들?"
                                    r"(?=[은는이가을를과와의에도보\s,.]|$)"
                                    # (… 통과한 세 팀(A, B, C)에 …: the bodies counted, named in brackets)
                                    r"|\s+(?:두|세|네|다섯|\d{1,2})\s*(?:개\s*)?(?:팀|기업|곳|컨소시엄)\s*\(")
_SINCE_HEAD: Final = re.compile(r"\s+" + _TIME_SINCE)  # (a clause the time since is counted from: 선정된 지 두 달 만)
_ROLES_SPLIT: Final = re.compile(r"[은는]\s+[^.,]+?(?:을|를),\s*\S+?[은는]\s+[^.]+?(?:을|를)\s*(?:맡|담당|책임|내놨|내놓|내줬|보탰|보탠|댔|대고)"
                                 r"|[은는이가]\s+[^.,]+?(?:을|를)\s*(?:맡|담당하|책임지)(?:고|으며|며),\s*\S+?[은는이가]\s+[^.]+?(?:을|를)\s*"
                                 r"(?:맡|담당|책임)"  # (A가 검증을 맡고, B가 모집을 담당한다)
                                 r"|(?:와|과)\s+\S+[은는]\s+각각\s+[^.]+?(?:을|를)\s*(?:맡|담당|책임|보탠|보탰|내놓|내놨|제공)")  # (A와 B는 각각 …)
_ROLE_VERB: Final = r"\s*(?:(?:함께|공동으로|나눠|나누어|각각)\s+)?(?:맡는다|맡고\s*있다|담당한다|담당하고\s*있다|책임진다)[.!]?\s*$"
# Who takes a task: the task as the object (A는 배분을 맡는다) or as the topic (검증은 A가 맡는다).
_ROLE_AS_OBJECT: Final = re.compile(rf"(?:을|를){_ROLE_VERB}")
_ROLE_TAKEN: Final = re.compile(rf"{_ROLE_AS_OBJECT.pattern}|^\s*(?:[^\s.,]+\s+){{0,3}}?[^\s.,]+[은는]\s+[^\s.,]+(?:\([^()]*\))?[이가]{_ROLE_VERB}")
_ALREADY: Final = re.compile(r"(?:^|\s)(?:이미|앞서)\s")
# How a survey's answers fell (A가 가장 많았고 B가 뒤를 이었다, A, B 순이었다), in a survey's findings (응답자, 설문)
_TALLIED: Final = re.compile(r"가장\s*(?:많았|많이\s*꼽|높았|많이\s*골랐|많이\s*선택)|뒤를\s*이었|순(?:이었|으로\s*(?:나타났|집계됐|조사됐|많았))"
                             r"|(?:으로는|로는)\s+(?:\S+\s+){0,4}?\S*(?:꼽혔|꼽힌|뽑혔|선택됐)")  # (써 본 모델로는 A가 꼽혔다)
_SURVEYED: Final = re.compile(r"응답자|응답한|설문|여론\s*조사|조사\s*결과|조사에서")
SURVEYED_REACH: Final = 200  # characters before a tally where its survey may be told
ASKED_OF_TOLD_REACH: Final = 2  # sentences from the event told to a question with no day of its own that asks of it
_ASKED_DONE: Final = re.compile(r"(?:했|됐|었|았|였|혔|웠)(?:나|는가|습니까|나요|어요|죠)[?？]?[.]?\s*$")  # (몇 곳이 지원했나: what was done)
# A plan in the words quoted before a clause (… 공개할 계획"이라며, "… 늘리겠다"며).
_PLAN_IN_WORDS: Final = re.compile(r"(?:계획|예정|겠다|겠습니다|[할될]\s*것)[.]?[\"”’']\s*(?:이?라며|며|면서|이?라면서|이?라고\s*말하며),?\s*$")
# How often something recurs (해마다, 매달, 분기마다, 연 2회): no one day of it
_RECURRING: Final = re.compile(r"(?<![가-힣])(?:해마다|매년|매해|매달|매월|매주|달마다|주마다|분기마다|반기마다|연\s*\d+\s*(?:회|차례|번))(?![가-힣])")
_RECURRING_MARKS: Final = ("마다", "매", "연")
_RANKED: Final = re.compile(r"(?:(?<!\d)\d{1,2}\s*|최하|최상)위(?:[는를로에와가]|였|이었|\s|,|$)")  # (1위는, 2위와 3위로, 최하위로)
BRACKETED_NOUN_REACH: Final = 24  # characters before a bracketed day that the noun it dates may take


def _noun_before_bracket(text: str) -> str:
    """The last words of `text`, the noun a bracketed day after it dates: after the last list mark and the
    topic before them (프로젝트 일정은 공고, 접수 마감 -> 접수 마감; 과기정통부는 결과 발표 -> 결과 발표)."""
    cut = max(text.rfind(mark) for mark in ",(·:→⇒")  # (… → 발표평가(8월 4~8일): the step after the arrow)
    text = text[cut + 1:]
    topic = max(text.rfind("은 "), text.rfind("는 "))
    return " ".join(text[topic + 2 if topic >= 0 else 0:].split()[-BRACKETED_NOUN_WORDS:])


BRACKETED_NOUN_WORDS: Final = 4
_NOT_YET_DONE: Final = re.compile(_NOT_YET)
_ABLE_TO: Final = re.compile(syllables_with_final(8) + r"\s+수\s+(?:있|없)(?:다|습니다|게\s+된다)")  # (다시 낼 수 있다: ㄹ 수)
# Where a source cited before the subject ends (조달청 나라장터에 따르면 ).
_SOURCE_CITED: Final = re.compile(r"(\S+)에\s*따르면\s*,?\s")  # (group 1: the source, 권익위에 따르면)
# A clause of the circumstances the sentence's news comes amid, before it (…로 집계된 가운데, …을 열어준 가운데).
_AMID_CLAUSE: Final = re.compile(r"[가-힣](?:은|는|한|된|인|준|린|진|온|운)\s가운데\s*,?\s")
# (… 시작한 가운데, A는 지원하지 않기로 했다: what A keeps out of is no clause that dates it, but the circumstances of its
# decision, told the day they are of)
_AMID_AFTER: Final = re.compile(r"\s*가운데\s*,?\s")
AMID_REACH: Final = 200  # characters from the sentence's start within which such a clause ends
_RECEIVER_OF_ACT: Final = re.compile(r"(?:\s*컨소시엄)?(?:에|에게)\s")  # (B 컨소시엄에 … 공급한다: the one it goes to)
_TOPIC_THERE: Final = re.compile(r"\s*[^\s.,]+(?:\s+[^\s.,]+)?(?:은|는)\s+(?:이|그)\s*자리에서\s")  # (A는 이 자리에서 "…"고 말했다)
_THERE_AND_THEN: Final = re.compile(r"(?:^|\s)(?:그|이)\s*자리에서\s")  # (… 그 자리에서 내려왔고: at the occasion just told)
_AT_THAT_TIME: Final = re.compile(r"(?:^|\s)(?:당시|그때|이때|그\s때|이\s때)(?:에는|에도|엔|는|에)?\s")
_THAT_TIME_WORDS: Final = ("당시", "그때", "이때", "그 때", "이 때")  # (a quick test before _AT_THAT_TIME)
THEN_REACH: Final = 24  # how far into a sentence a word for the time just told stands


def _at_that_time(text: str) -> bool:
    """Whether the text opens at the time just told (당시에는, 그때, 이때)."""
    return holds_any(text[:THEN_REACH], _THAT_TIME_WORDS) and _AT_THAT_TIME.search(text, 0, THEN_REACH) is not None


_OWNED_STEP: Final = re.compile(r"의\s+(?:\S+\s+){0,2}?\S*(?:공모|공고|평가|선정|발표|심사|사업|프로젝트)")
# A sentence whose predicate is a plan (… 뽑을 계획입니다; not … 짚겠다, a speaker's own will).
_PLAN_END: Final = re.compile(r"(?:계획|예정|방침)(?:이다|입니다|이며|이고)[.!?\"'”’]*$")
# A thing the sentence before told, pointed back at as the topic (다만 이 돈은, 해당 예산은).
_POINTED_THING: Final = re.compile(r"(?:(?:다만|하지만|그러나|또|또한|특히)\s+)?(?:이|그|해당)\s+[가-힣]{1,6}(?:은|는)\s")
# (… 통보는 28일 받았다: received, done; not 등록은 말까지 받는다, taken by whoever holds the occasion)
# (채택 통보는 28일 받았다; 심사 결과는 3일 저자들에게 통보됐다: made known to those just told of)
_RECEIVED_END: Final = re.compile(r"(?:받(?:았다|았습니다)|(?:에게|에)\s+(?:통보|통지|전달)(?:됐|되었)(?:다|습니다))[.]?\s*$")
_AWAITS_END: Final = re.compile(r"(?:기다린다|기다리고\s*있다|남았다|남아\s*있다)[.]?\s*$")
_CHOICE_RESULTS: Final = re.compile(r"(?:선정|선발|심사|수상)\s*결과")  # (선정 결과는: of a choosing)
# One's own choosing told ahead (인턴 60명을 선발할 계획이다, 신입 연구원을 뽑는다): the call for it is the chooser's.
_CHOOSING_PLANNED: Final = re.compile(r"(?:선발|채용|선정)(?:한다|할\s*(?:계획|예정|방침)|하기로)|뽑(?:는다|을\s*(?:계획|예정|방침)|기로)")
# A budget spent, set or handed out (예산 500억 원이 … 집행된다, 예산은 … 배정된다), or support given in the passive with the
# giver unsaid (GPU와 데이터 구매비가 지원된다, 이용권이 제공될 예정이다): the ministry's act.
_GIVEN_BY_MINISTRY: Final = re.compile(r"예산\S{0,2}\s+(?:[^\s.]+\s+){0,4}?[^\s.]*(?:집행|편성|배정|투입|풀리|풀린)"
                                       r"|(?:지원|지급|배정|제공)(?:된다|됐다|되었다|될\s*예정|돼\s*왔다|되고\s*있다)")
# A person met, told as the object of a sentence with no subject: the writer's meeting (… B 대표를 1일 본사에서 만났다).
_WRITER_MET: Final = re.compile(r"[을를]\s+(?:\S+\s+){0,6}?(?:만났다|만났습니다|만나\s*이야기를\s*들었다)[.]?\s*$")
_HEARSAY_END: Final = re.compile(r"(?:다고|라고|이라고|단다고)\s*(?:합니다|해요|하네요|하더라고요|들었습니다)[.!]?[\"'”’]*$")  # (… 나온다고 합니다)
_POLITE_END: Final = re.compile(r"[습합됩갑옵줍킵립힙입]니다[.!]?[\"'”’]*$")
# A call as the frame of a sentence telling who applied (이번 공모에는 A와 B가 도전했다, 추가 모집에 …).
_CALL_AS_FRAME: Final = re.compile(r"(?:(?:이번|추가|해당|이)\s?){0,2}\S*(?:공모|모집|접수)(?:에는|에|엔)\s")  # (이번 추가 공모에는)
_RESULTS_WORDS: Final = ("결과", "성적표")  # (결과가 나왔다, 첫 성적표는 1월 15일 나왔다: what the outcomes after are of)
# A step told by the announcing of it, which is its results (1월 15일 발표된 1차 단계평가는, 발표한 심사에서).
_ANNOUNCED_STEP: Final = re.compile(r"발표(?:된|한|됐던|했던)\s(?:\S+\s){0,2}?\S*(?:평가|심사)")
# Events of a kind no program step goes on with, and the steps they do not go on with.
_EVENTS_OF_THEIR_OWN: Final = frozenset(("agreement", "release", "funding"))
_RELEASE_TOLD_TYPES: Final = frozenset(("release", "announcement"))  # (공개 of a product: a release, whatever the words said)
# A prize as the topic (대상은, 최우수상의 영예는): of the ceremony or the choosing told.
_PRIZE_TOPIC: Final = re.compile(r"\s*(?:올해\s*|이번\s*)?(?:대상|최우수상|우수상|장려상|특별상|금상|은상|동상|인기상)(?:은|는|의\s*영예는)\s")
_UNIT_ENDINGS: Final = ("원회", "단", "본부", "센터", "연구소")  # (정책위원회, 사업단: a unit whose name is shortened later)
# (A가 운영하는 AI 실증센터, A가 세운 연구소: a unit named by the clause of the one running it)
_RUN_BY_IT: Final = re.compile(r"(?:가|이)\s+(?:운영하는|운영\s*중인|운영해\s*온|세운|만든|설립한|꾸린|차린|연|맡은)\s+"
                               r"(?:[^\s.,]+\s+){0,2}?(?P<unit>[가-힣A-Za-z]+?(?:원회|단|본부|센터|연구소)[가-힣]?)(?=[\s,.])")
_AT_UNIT_OPENING: Final = re.compile(r"[\s□■○●◆◇▶·•-]*([가-힣]+)에서는\s")  # (센터에서는 …: what is done there)
_BUILT_BY_DEAL: Final = r"\s*(?:구축|설립|조성|개소|운영)[^.'’\"”]{0,12}?(?:협약|MOU|계약)"  # (센터 구축 및 운영 협약)
UNIT_SHORT_MIN: Final = 3  # characters at least in a unit's short name (정책위)
UNIT_REST_REACH: Final = 8  # characters of a unit's name after its short name
_THEN_POINTED: Final = re.compile(r"(?<![가-힣])(?:그때|그\s+때|그날|이날|같은\s*날)")  # (a time pointed back at)
# A meeting the subject holds with those named before it (B, C와 착수 회의를 연다): they are told together.
# (… or talks begun or held with it: B와 … 건립 협의를 시작했다)
_MET_WITH: Final = re.compile(r"(?:와|과)\s+(?:\S+\s+){0,4}?\S*(?:회의|협의|간담회|면담|회동|논의|협상)(?:를|을)\s*(?:열|연다|가졌|갖|개최|시작|진행|벌)")
_TALKS_BEGUN: Final = re.compile(r"(?:협의|논의|협상)(?:를|을)\s*(?:시작|진행|벌)")  # (talks, no pact yet)
_AWARDING_TYPES: Final = frozenset(("presentation", "selection"))
# ... and the ceremony told as the topic right after the prizes (대상은 A가 차지했다. 시상식은 사흘 뒤 열린다): A is at it.
# (수상 기업에는, 대상 팀에는: the winners told as such)
_PRIZE_WINNERS: Final = re.compile(r"(?:수상|대상|최우수상|우수상)\s*(?:기업|팀|업체|기관|자)들?(?:에는|에게는|에게|에|은|는|이|가)\s")
PRIZE_WINNER_REACH: Final = 16  # characters before a prize told won where its winner's name may end (A 학생 팀이)
# A prize told won, after its winner (A 팀이 대상을 받았다, A가 최우수상을 차지했다).
_PRIZE_WON: Final = re.compile(r"[이가]\s+(?:대상|최우수상|우수상|장려상|특별상|금상|은상|동상|인기상)을\s+(?:받|차지|수상|거머쥐)")
PRIZE_WINNERS_REACH: Final = 3  # sentences after the prizes within which 수상 기업 points back to their winners
_PRIZE_CEREMONY_TOPIC: Final = re.compile(r"\s*(?:이번\s*)?(?:시상식|수여식)(?:은|는|이|가)\s")
_PROGRAM_STEP_TYPES: Final = frozenset(("call", "evaluation", "selection", "elimination", "announcement"))  # (a show goes on with what was shown)
_CAPTION_HINTS: Final = ("사진", "▲", "△", "/", "ⓒ")  # (a caption holds one, or ends in its date: a quick test before is_caption)
_PREDICATE: Final = re.compile(r"[가-힣](?:다|요|음|함|됨)(?:[.!?\"'”’)]|\s|$)")  # (a sentence's predicate: 답하고 있다, 참석했음)
# A request or notice told as what was announced (… 내 달라고 요청했다고 2일 밝혔다), and the mark of whom it was to.
_ASKED_OF_END: Final = re.compile(r"(?:요청|요구|주문|당부|지시|권고|통보|안내)(?:했|하였)다고\s*$")
_ASKED_MARKS: Final = ("에 ", "에게 ")
# A sentence ending in words said, with no day of the saying (… "…"고 답했다, … 라고 설명했다).
_TELLING_END: Final = re.compile(r"(?:고|며)\s+(?:(?:답|말|설명|강조|지적|전|언급|주장|당부)했다|덧붙였다|밝혔다)[.\"'”’]*$")
_APPLICATIONS_TAKEN_THEN: Final = re.compile(r"\s*(?:\S+\s+){0,2}?(?:신청|접수|지원서|원서|제안서)(?:을|를)\s*받아\s")  # (… 신청을 받아 …)
_TOLD_ON_DAY_AFTER: Final = re.compile(r"\s*(?:지난\s+)?\d{1,2}일\s+(?:\S+\s+)?(?:밝혔|발표했|전했|알렸)다")  # (… 10일 밝혔다)
# A telling with no day of its own, and the news it may tell so (not words said: 관계자는 … 것이라고 밝혔다).
_TOLD_UNDATED: Final = re.compile(r"(?:했|됐|하였|되었|맺었|냈|뽑았|열었|받았)다고\s+(?P<verb>밝혔|발표했|전했)다[.\"'”’]*$")
_TOLD_NEWS_TYPES: Final = frozenset(("selection", "elimination", "call", "agreement", "release", "funding", "presentation",
                                     "evaluation"))
# Right away, after the subject: what was done at once on the heels of the event just told (A는 곧바로 …, 즉시).
_AT_ONCE: Final = re.compile(r"\s*(?:곧바로|즉시|곧장|지체\s*없이)\s")


def _opens_with_topic(body: str, sentence: Sentence, orgs: list[ActorMention]) -> bool:
    """Whether the sentence opens with an organization as its topic (B는 …)."""
    return (bool(orgs) and not body[sentence.start:orgs[0].start].strip()
            and body.startswith(("은 ", "는 "), orgs[0].end))


# The names after a pool an outcome is told of (15곳 가운데 A, B는 탈락했다).
_POOL_THEN_OUTCOME: Final = re.compile(r"가운데\s+(?P<names>[^.]+?)(?:은|는|이|가)\s+(?:[^.]*?\s)?"
                                      r"(?:탈락했|고배를\s*마셨|떨어졌|선정됐|뽑혔|통과했|살아남았)")
# What one is described as not having done, the sentence a copula (… 참여하지 않았던 신생 스타트업이다).
# (not the time since it: 이름을 올리지 못한 지 40일 만이다, a thing that came to pass)
# (… or a body's noun in a copula after its open syllable: 참여하지 않은 회사다)
_DESCRIBED_NOT_DONE: Final = re.compile(r"(?:않|못)(?:았던|은|한|했던)\s+(?!지\s)(?:[^\s.,]+\s+){0,2}?"
                                        r"(?:[^\s.,]+(?:이다|였다|이었다|입니다)|[^\s.,]*(?:회사|기업|업체|스타트업|기관|대학)(?:다|였다))[.!]?\s*$")
_CHOSEN_PASSIVE: Final = re.compile(r"(?:선정|선발|낙점)(?:된\s+지|됐다|되었다)|뽑(?:힌\s+지|혔다)")  # (선정된 지 12일 만이다)
_ELITE_TEAMS_WORD: Final = re.compile(r"(?:^|\s)정예팀(?:들)?$")  # (정예팀들은, the teams of the program by its word)
# Teams counted at an outcome, none named there (지난해 8월 5개 정예팀 선정으로).
_COUNTED_OUTCOME: Final = re.compile(rf"(?<![가-힣\d])(?:\d+\s*개|{_COUNT_WORDS})\s*(?:개\s*)?(?:정예)?팀\s*(?:을|를|의)?\s*(?:선정|선발|탈락)")
_CALL_OPENED: Final = re.compile(r"공고(?:했|하면서|하며|한\s)|공고를\s*냈|시작(?:했|하며|한\s|됐)|문을\s*열")  # (a call told opened)
# Moving on to a stage told in the present (A, B는 2단계로 넘어간다).
_ONWARD_NOW: Final = re.compile(r"(?:단계|라운드|본선|결선|결승)(?:에|으로|로)\s*(?:진출한다|오른다|올라간다|넘어간다|나아간다)")
# A thing made in the event just told, as the topic (만들어진 데이터는, 완성된 모델은).
_PRODUCT_OF_TOLD: Final = re.compile(r"\s*(?:이렇게\s*|여기서\s*)?(?:(?:만들어진|구축된|확보된|개발된|완성된|모인|모은|제출된|낸)\s+[^\s.,]+"
                                     r"|제출물|제출\s*자료|응모작|출품작)(?:은|는)\s")  # (… 3일까지 내야 한다. 제출물은 B가 검증한다)
_STEPPING_ASIDE: Final = re.compile(_NOT_DONE + r"|불참|포기")  # (a stance of keeping out: 나서지 않겠다, 불참)
# One's standing in results told by no rank nor points (합산 점수가 가장 낮았다, 꼴찌였다); ranks are _RANKED's.
_STANDING_TOLD: Final = re.compile(r"(?:점수|총점|합계|합산)\S{0,2}\s+(?:가장|제일)\s+(?:낮|높)|꼴찌")
_SCORE: Final = re.compile(r"\d(?:\.\d+)?\s*점(?:에|으로|을|이|만|대)?(?![가-힣])")
_SCORE_GOT: Final = re.compile(r"(?:\d(?:\.\d+)?\s*|최고|최저)점(?:을|를)?\s*(?:받았|얻었|따냈|기록했)")  # (최고점을 받았다)
_TOPIC_OPENING: Final = re.compile(r"\s*[^\s.,]+(?:\s+[^\s.,]+)?(?:은|는)\s")  # (A는 …, LG AI연구원은 …: a sentence about one)


def _subject_end(text: str) -> int:
    """Where a sentence's first topic or subject word ends (A는 |), or 0."""
    first = _FIRST_SUBJECT.search(text)
    return first.end() if first is not None else 0


_FIRST_SUBJECT: Final = re.compile(r"^[^\s.]+(?:\s+[^\s.]+){0,2}?(?:은|는|이|가)(?=\s)")
_SHARE_PRICE: Final = re.compile(r"주가|주식|시가총액|시총|종가|장을\s*마쳤|거래를\s*마쳤")  # (a market's news goes on with its day)
# A price's move told by itself (… 1.2% 내렸다): the market's day told lately, however far back.
_PRICE_MOVE: Final = re.compile(r"\d(?:\.\d+)?\s*%\s*(?:넘게\s*|가량\s*|이상\s*|가까이\s*)?(?:올랐|오른|내렸|내린|떨어|하락|상승|급등|급락|뛰었|빠졌)")
_SPAN_GOES_ON: Final = re.compile(r"까지\s+(?:\S+\s+)?(?:이어|계속|진행)")  # (14일까지 닷새간 이어진다: the end of what has begun)
# An outcome told bare, as a label or a last word (※ 탈락: B, B 최종 선정).
_BARE_OUTCOME: Final = re.compile(r"^\W*(?:최종\s*)?(?:탈락|선정|진출|통과|합류|낙점)\s*[:：]|\s(?:최종\s*)?(?:탈락|선정|진출|통과|합류)\W*$")


def _subject_dropped_before(body: str, sentence: Sentence, timex: Timex, subject_start: int) -> bool:
    """Whether the clause a sentence opens with ends in a connective after `timex` and before the subject at
    `subject_start`, with no subject of its own (8월 평가에서 탈락하면서 | 지원이 끊겼다)."""
    starts, ends, roles = _words(sentence.text, sentence.start)
    for start, end, role in zip(starts, ends, roles):
        if start >= subject_start:
            return False
        if role == "connective" and start >= timex.end and body[end - 1] in _SEPARATE_TIME_ENDS:
            return _subject(body, Sentence(sentence.start, end, body[sentence.start:end]), [], [])[1] == "none"
    return False


def _subject_before_date(body: str, clause_start: int, timex: Timex) -> tuple[list[str], str, tuple[int, int] | None]:
    """The subject (see `_subject`) of a clause's words before its date."""
    return _subject(body, Sentence(clause_start, timex.start, body[clause_start:timex.start]), [], [])


# A panel of evaluators or advisers as a subject (국민 평가단은, 심사위원들은, 자문단이).
_PANEL_SUBJECT: Final = re.compile(r"\s*(?:[^\s,.]+\s+)?(?:평가단|심사단|자문단|(?:평가|심사)위원단?들?|위원들)(?:은|는|이|가|도)\s")


_JUDGING_COMMITTEES: Final = ("평가위원회", "심사위원회", "선정위원회")  # a program's committees, which its ministry runs
_COMMITTEE_AFTER: Final = r"\s*(?:" + "|".join(_JUDGING_COMMITTEES) + ")"  # (21일 열리는 평가위원회)
_COMMITTEE_HEADED: Final = re.compile(_COMMITTEE_AFTER)
_COMMITTEE_ACT_AFTER: Final = re.compile(_COMMITTEE_AFTER + r"\s*(?:최종\s*)?(?:심의|회의|의결|개최)(?:[가-힣]{0,2})?[\s,.]")  # (… 심의 순으로)


# The period or day of a call's step as a topic (접수 기간은, 신청 마감일은, 서류 접수 기한은).
_STEP_PERIOD_TOPIC: Final = re.compile(r"(?:접수|신청|모집|공모|제출)\s*(?:기간|기한|마감일|마감|시작일)$")


def _clause_subject_kind(body: str, clause: tuple[int, int], timex: Timex) -> str:
    """The kind of a dated clause's subject, before its date or, with none there, right after it (결과 발표도 8월로 밀린다;
    …진행됐고, 12일에는 전문가 평가가 열린다; 8월 2차 평가에서도 배점이 뒤늦게 공개됐다)."""
    kind = _subject_before_date(body, clause[0], timex)[1]
    if kind != "none":
        return kind
    after = (timex.end + 2 if body.startswith(_TOPIC_MARKS, timex.end)
             else place.end() if (place := _PLACE_AFTER_DATE.match(body, timex.end, clause[1])) is not None else -1)
    if after >= 0 and (opening := _OPENING_SUBJECT.match(body, after, clause[1])) is not None:
        return _subject(body, Sentence(opening.start(), opening.end(), opening.group()), [], [])[1]
    return kind


# A clause whose topic is results (결과는, 최종 선정 결과는, 평가 결과도).
_RESULTS_CAME_OUT: Final = re.compile(r"결과가\s+(?:나왔|공개됐|발표됐)다")  # (결과가 나왔다: told come out, by no one)
_RESULTS_TOPIC: Final = re.compile(r"[\s,]*(?:[^\s,.]+\s+){0,2}?[^\s,.]*결과(?:\s*발표)?(?:는|도)\s")  # (결과는, 결과 발표는)
# A step a team underwent, told as its own act (최종 평가를 받았다, 발표를 마쳤고, 심사를 치른).
_STEP_UNDERGONE: Final = re.compile(r"(?:평가|발표|심사)(?:를|도)?\s*(?:마쳤|마치|마친|받았|받고|받은|치렀|치르|치른|거쳤|거친)")


def _step_undergone(told: Sequence[Mention]) -> list[str]:
    """Those the last mention told undergoing a step of the program, whose results a later clause tells of."""
    if not told or not told[-1].actors:
        return []
    last = told[-1]
    return list(last.actors) if last.event_type in _STAGED_TYPES + ("announcement",) and _STEP_UNDERGONE.search(last.sentence) else []


# The time of an act as a topic (시범 운영 기간은, 공동 연구 기간은, 운영 시작일은): group 1, the act.
# (… or the act itself, its span told: 시범 운영은 12월까지 이어지며)
_ACT_PERIOD_TOPIC: Final = re.compile(r"\s*((?:[가-힣]+\s+)?[가-힣]{2,})(?:\s+(?:기간|시작일|시점)[은는]\s|[은는]\s+[^.\s]+까지\s)")
# (after the act's noun: 운영한다고, 연구하기로, 운영을 7일 시작했다)
_DONE_TOLD: Final = re.compile(r"\s*(?:을|를)?\s*(?:한다|하기로|할\s*계획|할\s*예정)|\s*(?:을|를)\s*(?:\d{1,2}일\s+)?(?:시작|개시|착수)")


_OPENING_SUBJECT: Final = re.compile(r"\s*(?:[^\s,.]+\s+)?[^\s,.]+[이가]\s")  # (12일에는 전문가 평가가 …: the words right after)
_PLACE_AFTER_DATE: Final = re.compile(r"\s+(?:[^\s,.]+\s+)?[^\s,.]+(?:에서도|에서는|에선)(?=\s)")  # (8월 2차 평가에서도 …)


def _left_the_gap(body: str, orgs: list[ActorMention]) -> set[int]:
    """The ids of those whose going left the place a sentence tells of, and of those listed with them (A와 B가
    탈락하면서 생긴 빈자리)."""
    gone: set[int] = set()
    for index, org in enumerate(orgs):
        if _LEFT_GAP.match(body, org.end):
            gone.update(id(o) for o in _listed_before(body, orgs[:index + 1]))
    return gone


def _outcome_clauses(sentence: Sentence, orgs: list[ActorMention], named: list[str]) -> list[tuple[str, list[str], str]]:
    """(outcome, names, clause) of each clause of a sentence that tells both outcomes in clauses of their own
    (A와 B가 살아남았고 C는 짐을 쌌다); [] when it tells one."""
    _, ends, roles = _words(sentence.text, sentence.start, orgs)
    bounds = [sentence.start, *(end for end, role in zip(ends, roles) if role == "connective"), sentence.end]
    found = []
    for start, end in zip(bounds, bounds[1:]):
        clause = sentence.text[start - sentence.start:end - sentence.start]
        outcome = event_type(clause)
        if outcome == "other" and _CAME_THROUGH.search(clause):
            # (A가 웃었고 B는 고배를 마셨다, A·B가 이름을 올렸고 C는 문턱을 넘지 못했다: the winners, against the losers)
            outcome = "selection"
        members = [o.canonical for o in orgs if start <= o.start < end and o.canonical in named]
        if outcome in OUTCOME_TYPES and members:
            found.append((outcome, list(dict.fromkeys(members)), clause.strip()))
    return found if {outcome for outcome, _, _ in found} == OUTCOME_TYPES else []


_ONLY_LEFT: Final = re.compile(r"만\s+(?:최종\s*)?(?:남았|남은\s|남게|남는다)")  # (A와 B만 남았다: not 결과 발표만 남았다, no name)
_CAME_THROUGH: Final = re.compile(r"웃었|웃은|웃게\s*(?:됐|된)|미소를?\s*(?:지었|지은)|환호(?:했|한)|이름을\s*올(?:렸|린)|(?<=[이가]\s)남았")


# A rival named in a clause that only says who lost to it (A에 밀린 B가 ...): with no date of its own, the
# sentence tells of B.
_BEATEN_BY: Final = re.compile(r"(?:에|에게)\s*(?:밀린|밀려난|진|패한|뒤진|자리를\s*내준|고배를\s*든|고배를\s*마신)\s")


# The times told just before, all of them (두 번 모두, 두 차례 다, 매번): what the sentence tells goes with each.
_EVERY_TIME_WORDS: Final = ("모두", "매번", " 다 ")  # (a quick test before _EVERY_TIME)
_EVERY_TIME: Final = re.compile(r"(?:두|세|네)\s*(?:번|차례)\s*(?:모두|다)\s|모두\s*(?:두|세|네)\s*(?:번|차례)|매번")


def _nearest_told(told: list[Mention], phrase: re.Match[str]) -> Mention:
    """The mention whose date stands nearest the phrase (of a span told as two days, its close)."""
    return min(told, key=lambda m: (min(abs(phrase.start() - m.timex_end), abs(m.timex_start - phrase.end())),
                                    -m.date_start.toordinal()))


def _dated_as(mention: Mention, sentence: Sentence) -> Timex:
    """A date at the sentence's start that is the mention's (a sentence going on with an event told)."""
    return Timex(sentence.start, sentence.start, mention.timex_text, "DATE", mention.date_value, mention.mod, mention.end_value)


_FIRST_OF: Final = re.compile(r"(?<![가-힣])첫\s*(?:번째\s*)?([가-힣]+?)(?:에는|에서|은|는|이|가|을|를|에|의)?(?=\s)")  # 첫 설명회에는
_BUT_ENDINGS: Final = ("지만", "으나", "는데")  # (… 도전장을 냈지만 문턱을 넘지 못했다: what was tried, then how it came out)
# The ends of a clause set against the next (탈락했지만, 탈락했는데), whose own subject is not the next's (nor is that of
# one setting the next off, 탈락하자: see _SET_OFF_WORD).
_SET_AGAINST_ENDS: Final = (*_BUT_ENDINGS, "은데")
_BUT: Final = re.compile("(?:" + "|".join(_BUT_ENDINGS) + r")[\s,]")
# An outcome told of those it came to, not of the one choosing (A와 B가 뽑혔다, A는 탈락했다; not B는 A를 추렸다).
_OUTCOME_UNDERGONE: Final = re.compile(r"(?:뽑혔|뽑혀|선정됐|선정되었|선정돼|올랐|진출했|통과했|살아남았|탈락했|고배를\s*마셨|넘지\s*못했)")
# What a name's subject did, told by a clause before it (함께 도전장을 낸 B는, 같이 신청서를 냈던 B도).
_TRIED_BEFORE_NAME: Final = re.compile(r"^(?:[^\s.,]+\s+){0,3}?[^\s.,]*(?:낸|냈던|한|했던|내민|던진)\s+[^\s.,]+(?:은|는|이|가|도)\s")


def _call_tried(text: str) -> str:
    """The call a sentence's subject is told by a clause before it to have tried (추가 공모에 함께 도전한 B는: 추가 공모),
    else ''."""
    tried = _TRIED_BEFORE_NAME.match(text)
    called = _CALL_TRIED.search(tried.group()) if tried is not None else None
    return called.group(1) if called is not None else ""


_CALL_TRIED: Final = re.compile(r"((?:[^\s.,]+\s+)?[^\s.,]*(?:공모|모집|선발))에\s+(?:함께\s+|같이\s+|나란히\s+)?"
                                r"(?:도전|지원|신청|응모|참여|도전장을)")


OUTCOME_TYPES: Final = {"selection", "elimination"}  # who went on and who did not: one results event
# What others go on with in the next sentence whoever its topic (results, a gathering, a telling): see _continuation.
_TOLD_IN_TURN_AFTER: Final = frozenset((*OUTCOME_TYPES, "announcement", "presentation"))
_STAGED_RESULTS: Final = {*OUTCOME_TYPES, "evaluation"}
_RESULT_TYPES: Final = {*_STAGED_RESULTS, "announcement"}  # (the telling of results too)


# A number of teams as a recipient or a partner (세 팀에, 두 팀과, 각 팀에), and each team as a later clause's subject
# (..., 각 팀은 다음 달 6일부터 ...): teams told before. (As an object, 2개 팀을 선정한다, the number is of teams yet to
# be chosen.)
_THE_REST: Final = ("나머지 ", "다른 ", "마지막 ")  # before a count of teams: those not told (but 남은 세 팀에: the ones still running)
# The head a relative clause modifies, as the topic of the clause it stands in (… 맡은 성능 재검증도 끝난다); not 이 or
# 가, which end nouns too (평가, 참가).
_HEAD_AS_TOPIC: Final = re.compile(r"\s+(?:[^\s,.]+\s+){0,2}[^\s,.]+(?<!에)(?<!에서)(?<!로)(?:은|는|도)\s")  # (not 팀에도, 팀으로는)
_SUBJECT_OF_CLAUSE_AFTER: Final = re.compile(rf"(?:\s*(?:등\s*)?(?:\d+\s*개|{_COUNT_WORDS})\s*(?:개\s*)?(?:팀|곳|기업|회사|기관)"
                                              r"|\s*(?:컨소시엄|연구팀|연구진|정예팀))?(?:이|가|에서)\s")  # (A 컨소시엄이 개발한 모델)


# What a clause's subject hands in to be judged (A, B가 제출한 모델): see _relative_subjects.
_HANDED_IN: Final = frozenset(("제출한", "제출했던", "제출할", "낸", "냈던", "낼", "출품한", "출품할"))


def _relative_subjects(body: str, orgs: list[ActorMention], tense: str | None = None) -> list[ActorMention]:
    """The last names listed among `orgs` when they are the subject of a clause that modifies a noun (A, B 네 팀이 받을
    평가), in that `tense` when one is asked for, else none."""
    listed, after, verb = _relative_clause_of(body, orgs)
    if after is None:
        return []
    if verb is not None and verb.group(1) in _HANDED_IN:
        return []  # (TTA는 A, B 두 팀이 제출한 모델을 1일 검증했다: what they handed in is judged, and they with it)
    if tense is not None:
        return listed if verb is not None and tense_patterns()[0].search(verb.group(1)) == tense else []
    # (a future adnominal, A가 받을 평가, as the tense table's words right after a date have it: not 을 of an object)
    return listed if verb is not None and (_modifies(body, after.end() - 1)
                                           or tense_patterns()[0].search(verb.group(1)) == "future") else []


def _relative_clause_of(body: str, orgs: list[ActorMention]
                        ) -> tuple[list[ActorMention], re.Match[str] | None, re.Match[str] | None]:
    """The last names listed among `orgs`, their subject mark when they are a clause's subject (A, B 네 팀이), and the
    word after it, the clause's verb."""
    listed = _listed_before(body, orgs)
    after = _SUBJECT_OF_CLAUSE_AFTER.match(body, listed[-1].end) if listed else None
    return listed, after, _NEXT_WORD.match(body, after.end() - 1) if after is not None else None


def _relative_heads_topic(body: str, orgs: list[ActorMention]) -> bool:
    """Whether the last names listed among `orgs` are the subject of a clause modifying its clause's topic (B가 맡은
    재검증도)."""
    verb = _relative_clause_of(body, orgs)[2]
    return verb is not None and _role(verb.group(1)) == "adnominal" and _HEAD_AS_TOPIC.match(body, verb.end()) is not None


def _told_as_the_rest(words: str) -> bool:
    """Whether a subject's words count the teams not told (나머지 세 팀은, 다른 두 곳은)."""
    return words.startswith(_THE_REST) or any(" " + rest in words for rest in _THE_REST)


def _told_when(body: str, timex: Timex, named: list[ActorMention], end: int) -> bool:
    """The date opens a clause of time with its own subject right after it (A는 지난 8월 B가 탈락했을 때도 …고 짚었다):
    the time of what is told, not of the telling."""
    after = next((o for o in named if o.start >= timex.end), None)
    return (after is not None and after.start - timex.end <= 1 and _TOLD_SUBJECT_AFTER.match(body, after.end) is not None
            and holds_any(body[after.end:end], _WHEN_WORDS) and _WHEN_CLAUSE.search(body, after.end, end) is not None)


# Names a count is picked from (A, B, C 가운데 두 팀만, A와 B 중 한 곳이): none of them is told to take part.
_TOLD_SUBJECT_AFTER: Final = re.compile(r"(?:\s*컨소시엄)?[이가]\s")  # (B가, B 컨소시엄이: the subject of what A tells)
_SUBJECT_AFTER_NAME: Final = re.compile(r"(?:\s*컨소시엄)?(?:은|는|이|가|도)\s")
# A count of teams as the pool others are picked from (두 팀 가운데, 10개 팀 중 A, B는).
_POOL_COUNT: Final = rf"(?:\d+\s*개|{_COUNT_WORDS})\s*(?:개\s*)?(?:정예)?(?:팀|곳|컨소시엄|기업|회사)\s*"
_POOL_HEAD: Final = re.compile(rf"\s*{_POOL_COUNT}(?:가운데|중에서|중)\s+")
_POOL_AFTER_NAMES: Final = re.compile(rf"\s*(?:등\s*)?(?:{_POOL_COUNT})?(?:가운데|중에서|중)\s+")  # (A와 B (2개 컨소시엄) 가운데)
_UNNAMED_PICK: Final = re.compile(r"\s*(?:한|두|세|네|\d+)\s*(?:개\s*)?(?:팀|곳)(?:은|는|이|가|만)\s")  # (… 가운데 한 팀은)
DATED_POOL_CLAUSE_REACH: Final = 30  # characters from a date to the pool its clause modifies (26일 평가에 나선 A, B 가운데)
_POOL_MARKS: Final = (" 가운데", " 중", "가운데", "중")
_POOL_AFTER: Final = re.compile(rf"\s*(?:가운데|중)(?:에서)?\s*(?:\d+|{_COUNT_WORDS})\s*(?:개\s*)?(?:팀|곳|개사|기업|컨소시엄)")
# ... but one picks from them (A, B, C 가운데 두 팀을 최종 정예팀으로 발표한다), or they are picked from, told in the
# passive (A, B, C 가운데 두 팀이 가려진다): all of them are judged.
_PICKED_FROM_POOL: Final = re.compile(_POOL_AFTER.pattern + r"(?:(?:을|를|만을)\s+(?:[^\s.,]+\s+){0,3}?"
                                      r"(?:선정|발표|뽑|가리|가린|가려|고르|고른|골라|선발|낙점)"
                                      r"|[이가]\s+(?:[^\s.,]+\s+){0,3}?(?:가려|(?:선정|선발|낙점)(?:되|된|될|돼)|뽑(?:히|힌|힐|혀)))")
_ADDED_TO: Final = re.compile(r"(?:을|를)\s*(?:더해|더하면|포함해|포함하면|합쳐|합치면|더한)\s+$")  # (D를 더해 네 팀이)
ADDED_REACH: Final = 12
# Teams counted as the subject of the clause telling the event that is the sentence's subject (네 팀이 맞붙는 2차 평가는).
_TAKING_PART_IN: Final = re.compile(r"[이가]\s+(?:함께\s+|모두\s+)?(?:맞붙는|겨루는|치르는|받는|참여하는|나서는|출전하는|경쟁하는)\s")
# A team yet to be chosen counted in with those running (새 팀까지 네 팀이, 추가로 뽑힐 팀을 포함해 4개 팀이).
_WITH_ONE_TO_COME: Final = re.compile(r"(?:(?:새|새로\s*뽑힐|추가로\s*뽑힐|추가\s*선정될|새로\s*합류할|추가\s*선정)\s*(?:한\s*|1개\s*)?팀"
                                      rf"(?:까지|을\s*(?:더해|포함해|합쳐)|과\s*함께)\s+(?:(?:\d+\s*개|{_COUNT_WORDS})\s*)?"
                                      # (… 1개 팀을 더 뽑고, 8월 4개 팀을 대상으로: one more picked first, then all counted)
                                      r"|(?:1개|한)\s*팀을\s*(?:더|추가로)\s*(?:뽑|선정하|선발하)\S*,?\s+(?:[^\s,.]+\s+){0,2}?)$")
# (after 각 팀: its people, or what it hands in, 각 팀 모델 제출 마감)
_TEAM_STAFF: Final = re.compile(rf"(?:{_TEAM_PEOPLE}|모델|결과물|보고서|발표\s*자료|서류)")
# (두 컨소시엄의 발표를 들었다: the teams counted take part in what is theirs too; so do companies counted as a
# clause's subject, 정부는 두 회사가 ... 마무리하도록 돕는다, where teams so counted may be slots yet to fill)
_TEAMS_COUNTED: Final = re.compile(rf"(?<![가-힣])(?<!추가\s)(?:\d+\s*개|{_COUNT_WORDS}|각)\s*(?:개\s*)?(?:정예)?(?:팀|컨소시엄|회사|곳)"
                                   rf"(?:(?<!곳)(?=에|과|와|의\s|[을를]\s*대상으로|(?<=각\s팀)[은이]\s)|(?P<subject>(?=[이가]\s|만\s|\s(?:모두|전부|다)\s))|(?<!곳)(?P<bare>\s))")
_COUNTED_TEAM_WORDS: Final = ("팀에", "팀과", "팀의", " 팀 ", "개팀 ", "정예팀 ", "두 컨소시엄", "세 컨소시엄", "네 컨소시엄", "개 컨소시엄",
                               "회사와", "회사에", "회사의", "회사가", "회사 관계자", "각 팀", "팀이", "곳이", "컨소시엄이",
                               "팀을 대상", "회사를 대상", "곳 모두")  # (a quick test before _TEAMS_COUNTED)
_TEAM_COUNT: Final = re.compile(rf"(\d+)\s*개|({_COUNT_WORDS})\s*(?:개\s*)?(?:최종\s*)?(?:정예)?(?:팀|컨소시엄|회사|곳|기업|업체)")
_NUMBER_AFTER_LIST: Final = re.compile(rf"\s*(?:등\s*|까지\s*)?(\d+|{_COUNT_WORDS})\s*(?:개\s*)?(?:정예)?(?:팀|곳|개사|컨소시엄|기업|기관)")
# ... and such a count as an object or a recipient, anywhere (… 3개 컨소시엄에 자료 제출을 요청했다)
_COUNTED_OBJECT: Final = re.compile(r"(?<![가-힣\d])" + _NUMBER_AFTER_LIST.pattern + r"(?:에게|에|을|를)\s")
# After names: their targets of a step (A, B 등 네 팀을 대상으로; 결과는 각 팀에 통보된다), and their being told as a
# clause's subject, with their count (A, B 등 세 팀이 뽑혔다고: A and B).
_TARGETED_AFTER: Final = re.compile(rf"(?:{_NUMBER_AFTER_LIST.pattern}|\s*등)?\s*(?:을|를)?\s*대상으로\s"
                                    r"|에게?\s+(?:[^\s.,]+\s+)?(?:통보|통지|전달|안내|배분|지급)")
_INSPECTIONS: Final = ("감사", "조사", "실사", "국정감사")  # (steps on those told that are not the program's: 감사는 3월 진행됐다)
# A step told with those it is on (A와 B를 상대로 한 감사 결과를, A, B를 2차 평가 대상으로): {0} is the step's word.
_STEP_TARGETED: Final = r"(?:대상으로|상대로)\s*(?:(?:한|진행한|실시한|벌인)\s+)?(?:\S+\s+){{0,5}}?\S*{0}|{0}\s*대상으로\s"


def _targets_of_step_told(body: str, start: int, end: int, previous: Sequence[Mention]) -> list[str]:
    """Those the step a clause opens on (감사는, 평가는) was told to be on, in the sentence just before, with
    its actors (… 상대로 한 감사 결과를 공개했다. 감사는 지난 3월 진행됐다: the audited too), or none."""
    topic = _EVENT_TOPIC.match(body, start, end)
    if topic is None or not previous or previous[-1].sentence_start >= start:
        return []
    step = re.sub(r"(?:에서는|에는|은|는)$", "", topic.group().split()[-1])
    told = previous[-1]
    if _word_type(step) == "other" and step not in _INSPECTIONS or re.search(_STEP_TARGETED.format(re.escape(step)), told.sentence) is None:
        return []
    return list(told.actors)


# A post one moves to at a body named before it (미시간대 교수로 돌아간다, B사 고문으로 자리를 옮긴다; not 김 교수를 원장으로
# 영입한다, whom the subject takes in).
_MOVING_TO_POST: Final = re.compile(r"(?<=[가-힣A-Za-z]\s)(?<![을를]\s)(?<!\d[가-힣]\s)(?:"
                                    + "|".join(sorted(actors_mod.CORPORATE_TITLES | {"교수", "고문"}, key=len, reverse=True))
                                    + r")(?:로|으로)\s*(?:돌아|복귀|자리를\s*옮|옮기|옮겨|간다|갔다|부임|취임|선임|영입|합류|이동)")
_SITTING_WORDS: Final[str] = _HOUSE_AUDITS + r"|청문회|전체회의|대정부\s*질문|업무\s*보고"
_SITTING: Final = re.compile(_SITTING_WORDS)  # (a house's sitting, where members ask)
# ... told as where a matter was taken up (국정감사에서 14일 … 도마에 올랐다), whatever the matter's event word.
_SITTING_HELD: Final = re.compile(rf"(?:{_SITTING_WORDS})에서\s")
# ... and its exchange, members asking and officials answering (…고 따졌다, …고 답했다; not …고 말했다, said anywhere).
_ASKING: Final[str] = r"질의했|추궁했|질타했|따졌|물었"  # (a member asks: 따졌다, 물었다, 캐물었다)
# One called to a sitting (B 장관을 다시 불러, 증인으로 출석시켜), after the person's name and title.
_SUMMONED: Final = re.compile(r"(?:을|를)\s+(?:다시\s+|직접\s+|증인으로\s+|참고인으로\s+)*(?:불러|출석시키|출석시켜|출석하게)")
_SITTING_EXCHANGE: Final = re.compile(rf"지적했|답변했|답했|설명했|해명했|{_ASKING}")
_ASKED_PLAINLY: Final = re.compile(rf"(?:{_ASKING})다[.]?\s*$")  # (a member's question told plainly, not quoted)

_LISTED_SUBJECT_AFTER: Final = re.compile(rf"(?:{_NUMBER_AFTER_LIST.pattern}|\s*등|\s*컨소시엄)?[이가]\s")  # (A, B 2곳이, A 컨소시엄이)


# After a name: a place of its where something is held (B 판교 데이터센터에서, B 본사에서).
_PLACE_OF: Final = re.compile(r"\s+(?:[^\s.,]+\s+)?[^\s.,]*(?:센터|사옥|본사|캠퍼스|연구소|IDC)에서\s")
_SPOKEN_ABOUT: Final = re.compile(r"\s+(?:[^\s.,]+\s+){0,3}?[^\s.,]+?(?:에\s*대해서?|에\s*관해|[을를]\s*두고|[와과]\s*관련해)[\s,]")


# The head of a relative clause as the subject of what is told (지난해 8월 출발한 경쟁이 …고 전했다).
_HEAD_AS_SUBJECT: Final = re.compile(r"\s*[^\s.,\"'“”‘’]+[이가]\s")


def _sentence_opened_by(body: str, sentence: Sentence, orgs: list[ActorMention]) -> list[ActorMention]:
    """The name that opens the sentence as its subject (A가 …, A는 …), alone in a list, or none."""
    return [o for o in orgs[:1] if not body[sentence.start:o.start].strip() and _SUBJECT_AFTER_NAME.match(body, o.end)]


def _press_telling(orgs: list[ActorMention], names: Sequence[str]) -> bool:
    """Whether the subject `names` is the press only (블룸버그는 "지난해 8월 출발한 경쟁이 …"고 전했다: what the
    press quotes or tells is others' doing, not its own)."""
    told = [o for o in orgs if o.canonical in names]
    return bool(told) and all(o.kind == "media" for o in told)


def _spoken_about(body: str, start: int, end: int) -> bool:
    """Whether a passive relative clause (`start`-`end`) modifies what the sentence speaks about (… 발표될 결과에
    대해, … 열릴 평가를 두고 말했다): who speaks of a thing others do takes no part in it."""
    return _PASSIVE_VERB.search(body, start, end) is not None and _SPOKEN_ABOUT.match(body, end) is not None


# (마감한 결과, 집계한 결과를, 조사한 결과에 따르면; 공모에 참여한 두 컨소시엄을 평가한 결과: the result of what was done to them)
_RESULT_HEAD: Final = re.compile(r"(?:\s+[^.,]{1,20}?[을를]\s+[^\s.,]+[한된])?\s*결과(?:[,\s]|를\s|에\s*따르면)")
# Teams a relative clause is told of by their count (섰던 다섯 팀, 선정된 5개 팀); verbs whose object they are instead.
_COUNTED_HEAD: Final = re.compile(rf"\s+(?:\d+\s*개|{_COUNT_WORDS})\s*(?:개\s*)?(?:정예)?(?:팀|곳|컨소시엄|기업|회사)"
                                  r"(?:[은는이가의도만과와을를]|들)")
# A clause closed in the past before a later clause (발표했으며, 마감했고): what comes after it is another act.
_CLAUSE_CLOSED: Final = re.compile(r"[았었였했됐혔](?:고|으며|며|는데|지만)[\s,]")
_PICKING_VERBS: Final = ("선정한", "선정했던", "선발한", "선발했던", "뽑은", "뽑았던", "추린", "고른", "탈락시킨", "떨어뜨린", "초청한")
_FAILED_MARKS: Final = ("탈락", "고배", "떨어", "밀린", "실패", "빠진")
_FAILED_PARTIES: Final = re.compile(r"\s*(?:[^\s.,]+\s+){0,4}?(?:탈락한|탈락하는|탈락할|탈락했던|고배를\s*마신|떨어진|떨어지는|떨어질"
                                    r"|떨어졌던|밀린|실패한|빠진)\s*"
                                    rf"(?:(?:\d+\s*개|{_COUNT_WORDS})\s*)?(?:기업|업체|회사|팀|곳|컨소시엄|스타트업|기관)들?(?=[\s,.]|[에의은는이가도와과을를]|처럼|같이)")  # (탈락한 팀들의, 떨어진 곳들처럼)
# A day set first and given up since (당초 12월 중순으로 잡았던 일정이, 애초 예정됐던 15일에서): a plan that was.
_GIVEN_UP_BEFORE: Final = re.compile(r"(?:당초|애초|애당초|원래)\s*$")
GIVEN_UP_REACH: Final = 6  # characters before a day where 당초 may stand
# The term of a pact, opening a sentence (계약 기간은, 협약 기간은): the pact told just before.
_TERM_OF_PACT: Final = re.compile(r"(?:계약|협약|공급|임대|위탁|용역|업무협약)\s*기간(?:은|는|이)\s")
# (… or a verb's plan once: 이달 중 맺을 예정이었던 협약을)
_SET_FOR_AFTER: Final = re.compile(r"(?:(?:으로|로)?\s*|\s+[^\s.,]+\s+)"
                                   r"(?:잡았던|잡혔던|잡혀\s*있던|예정했던|예정됐던|예정이던|예정이었던|계획이었던|계획했던|정했던|정해졌던|예고했던)\s")
# (a question about what is done for a body, A에 대한 지원은, or what was given to it, A에 줬던 GPU는, A에 배정한)
_ABOUT_AFTER: Final = re.compile(r"에\s*(?:대한|(?:주었|줬|나눠\s*줬|빌려줬|배정했|지원했)던|준|나눠\s*준|빌려준|배정한|지원한)\s")
_ONE_POINTED_AT: Final = re.compile(r"(?<![가-힣])그\s(?:팀|회사|기업|업체|곳|컨소시엄)(?:을|를|에|에게)\s")  # (그 팀을: an object)
_EACH_SUBJECT: Final = re.compile(r"\s*각\s*(?:팀|사|기업|회사|컨소시엄)(?:은|는|이|가|도)\s")  # (각 팀은: each of those told)
_PER_TEAM: Final = re.compile(r"(?<![가-힣])(?:팀별|팀당|팀마다|각\s*팀(?:에|에게|마다))\S*\s")  # (팀별로, 팀당, 각 팀에)
_ABOUT_CLAUSE: Final = re.compile(r"(?:이|가)\s+[^.,\"“”]{0,60}?(?:것과|것에|데)\s*(?:관련해|관련하여|대해)\s")  # (B가 … 된 것과 관련해)
# After a date, a clause of a deed with its own subject as what a remark is about (20일 A가 합류한 데 대해, 탈락한 것에
# 관해서는).
_ABOUT_A_DEED: Final = re.compile(r"\s*(?:[^\s.,\"“”]+\s+){1,8}?[^\s.,\"“”]*[한된던]\s+(?:데|것|점)(?:에)?\s*(?:대해|관해)")
CONNECTIVE_REACH: Final = 6  # characters before a clause where the connective that opens it ends (… 합류했지만 )


def _joint_partners(body: str, orgs: list[ActorMention], subject_end: int, first_day: int, anywhere: bool = False) -> list[str]:
    """Those a subject acts jointly with, named right after it and before the sentence's first day
    (A는 B(B'), C와 함께 23일 …): none when another word comes between; `anywhere`: whatever words come between, but
    not those a clause modifying a thing acted with (A는 B와 함께 만든 모델을 …: B made it, no more)."""
    between = [o for o in orgs if subject_end <= o.start and o.end <= first_day]
    if not between or not _ONLY_LISTED.fullmatch(body, subject_end, between[0].start):
        return []
    if anywhere:  # (the partners listed together, not a name further on: A는 B, C와 함께 D를 선정했다고)
        listed = between[:1]
        for org in between[1:]:
            if not _LIST_GAP.fullmatch(body, listed[-1].end, org.start):
                break
            listed.append(org)
        between = listed
    joint = _PARTNER_AFTER.match(body, between[-1].end)
    if joint is None or not joint.group(1) or not (_JOINT_THEN_ACT.match(body, joint.end()) if anywhere
                                                  else _DAY_NEXT.fullmatch(body, joint.end(), first_day)):
        return []
    return [o.canonical for o in between]


_ONLY_LISTED: Final = re.compile(r"[은는이가]?\s*")  # (the topic's mark, then the partners at once)
# After 함께: a word that is not a clause modifying a thing (A는 B와 함께 개발한 모델을: B made the model, no more).
_JOINT_THEN_ACT: Final = re.compile(r"(?![^\s.,]*(?:" + syllables_with_final(4) + r"|던|는)\s)")  # (만든, 개발한, 하던, 쓰는)
_TOLD_RIGHT_AFTER: Final = re.compile(r"\s+(?:\S+\s+)?(?:밝혔|발표했|전했|알렸|공지했|공개했)(?:다|습니다)")  # (… 24일 밝혔다)
_DAY_NEXT: Final = re.compile(r"(?:\S+\s+)?")  # (함께, then the day, one word at most between: 함께 지난 10일; not 함께 만든 모델을 23일)


_TOGETHER_AGAIN: Final = re.compile(r"(?<![와과랑])\s(?:모두\s)?함께\s")  # 함께 with no partner of its own (not B와 함께, 이와 함께)
# (정부에 제출, 정부와 협약; and the subject of a relative clause with its date: A는 정부가 23일 공고한 공모에)
_GOVERNMENT_PARTY: Final = re.compile(r"(?<![가-힣])정부(?=에\s|에게\s|와\s|와의\s|가\s+(?:지난\s+|오는\s+)?\d{1,2}일\s+\S*[한된린낸]\s"
                                      # (the government's step told: 지난달 15일 정부의 1차 평가 발표를 지켜봤다)
                                      r"|의\s+(?:\S+\s+){0,4}?\S*(?:발표|공모|공고)(?:를|을|가|이|는|은|에|\s)"
                                      # (its program's step: 정부가 추진하는 '국가대표 AI' 사업이 다음 주 평가에 들어간다)
                                      r"|가\s+(?:추진|주관|주도|운영|진행)하는\s"
                                      # (the government's step a day is told by: 정부의 최종 결과가 나오는 22일 이후, 정부가 발표한 15일)
                                      r"|[가의]\s+(?:[^\s.,]+\s+){0,4}?[^\s.,]*(?:(?:하|되|나오|열리|내|내놓|받|마치|끝나|치르)는"
                                      r"|한|된|나온|열린|낸|내놓은|받은|마친|끝난|치른)\s+(?:지난\s+|오는\s+)?\d{1,2}일(?!\s*(?:까지|부터)))")
# The teams of an outcome told as a recipient, a partner or a target (탈락 팀을 대상으로, 선정된 팀과, 탈락한 팀에);
# not the final ones, yet to be chosen (최종 선정 팀에는).
# (… or told by the verb of passing or of staying in: 통과한 두 팀과, 살아남은 두 팀과, the ones chosen)
_OUTCOME_KINDS: Final = {"탈락": "elimination", "선정": "selection", "통과": "selection", "살아남": "selection"}
_OUTCOME_VERBS: Final = {"탈락": ("탈락", "떨어", "고배", "제외"), "선정": ("선정", "뽑", "선발", "낙점"),  # (words telling it done)
                         "통과": ("통과", "선정", "거머쥐", "진출", "티켓"), "살아남": ("살아남", "선정", "거머쥐", "진출", "티켓")}
_OUTCOME_TEAMS: Final = re.compile(rf"(?<![가-힣])(?<!최종\s)(탈락|선정|통과|살아남)(?:한|된|은)?\s*(?P<count>(?:\d+\s*개|{_COUNT_WORDS})\s*(?:개\s*)?)?"
                                   r"(?:정예)?(?:팀|컨소시엄|기업|업체)(?:들)?(?=에|과\s|와\s|[을를]?\s*대상으로)")  # (선정 기업에는)
_OUTCOME_TEAM_WORDS: Final = ("탈락 팀", "탈락팀", "탈락한 ", "선정 팀", "선정된 ", "탈락 컨소시엄", "선정 기업", "선정 업체",
                              "통과한 ", "살아남은 ")  # (a quick test)
_OUTCOME_BEFORE_COUNT: Final = ("탈락한 ", "선정된 ", "탈락 ", "선정 ", "통과한 ", "살아남은 ")


def _member_with_its_lead(body: str, organizations: list[ActorMention], names: list[str]) -> bool:
    """Whether the article tells one of the names as a member of another's consortium (A 컨소시엄의 B)."""
    return any(lead.canonical in names and member.canonical in names and lead.canonical != member.canonical
               and _MEMBER_AFTER_LEAD.fullmatch(body, lead.end, member.start) is not None
               for lead, member in zip(organizations, organizations[1:]))


_MEMBER_AFTER_LEAD: Final = re.compile(r"\s*컨소시엄(?:의|에\s*참여한|에\s*속한|에는|에도|에|\s*소속)?\s*")  # (A 컨소시엄에는 B, C …)


# (배포일: …, 보도 일시: …; and a notice's own days, 제안일: …, 공고일자: …, 입법예고기간: …)
_RELEASE_DAY_LABEL: Final = re.compile(r"(?:배포|보도|제안|공고|게시|고시)\s*(?:일|일시|일자)$|(?:입법|행정)?\s*예고\s*기간$")


def _name_run_gap(body: str, start: int, names: list[ActorMention], end: int) -> str:
    """What stands between `start` and `end` besides the names (a label that is only names leaves bullets and spaces)."""
    kept, at = [], start
    for name in names:
        kept.append(body[at:name.start])
        at = max(at, name.end)
    return "".join(kept) + body[at:end]


# A box's labels of what is given or how, not of who (지원 내용, 지원 규모, 신청 방법): names in them are no one's part.
_CONTENT_LABELS: Final = ("내용", "규모", "금액", "예산", "혜택", "비용", "방법", "문의", "서류")
# A hall named after its body, in a box's line (B 대회의실, B 본관 강당): the place of what the line dates.
_ROOM_AFTER: Final = re.compile(rf"\s+[가-힣\d]{{0,5}}(?:{_ROOMS})(?=\s*(?:$|[,.)\n]|에서))")


def _facet_label(text: str) -> str:
    """The label of a facet line, before its colon (`□ 결과 발표: 2월 중` -> `□ 결과 발표`), or in its first cell
    (`| 계약 기간 | 3월 2일~ |` -> `계약 기간`)."""
    if text.startswith("|") and (row := _TABLE_FACET.fullmatch(text)) is not None:
        return row.group(1)
    return text[:max(text.find(":"), text.find("："))]


def _exactly(names: list[str], count: int | None) -> list[str]:
    return names if len(names) == count else []


def _counted_for(body: str, end: int) -> str | None:
    """The occasion a bare count of teams is followed by (3개 팀 최종 발표회, 세 팀 합동 평가), or None:
    not their selection or elimination, which the items of a chronology may tell of other teams than
    the ones just named (▶ 2025.8.4 5개 정예팀 선정)."""
    kind = event_type(" ".join(body[end:end + COUNTED_FOR_REACH].split()[:2]))
    return kind if kind in PROGRAM_EVENT_TYPES - {"selection", "elimination"} else None


COUNTED_FOR_REACH: Final = 16


def _team_count(subject: str) -> int | None:
    """How many teams a team subject counts (세 팀은: 3, 4개 팀은: 4), or None."""
    found = _TEAM_COUNT.search(subject)
    if not found:
        return None
    return _number(found.group(1) or found.group(2))


def _counts_bodies(subject: str) -> bool:
    """Whether a subject counts the bodies it stands for (네 팀이, 세 기관은), not one (회사는)."""
    return _team_count(subject) is not None or _COUNTED_ANAPHOR.search(subject) is not None


def _number(word: str) -> int | None:
    """The number a count is (4, 네: 4), or None for one a question or a guess leaves open (몇 팀이, 수십 곳)."""
    value = word if word.isdigit() else lookup("number_word", word)
    return int(value) if value.isdigit() else None


def _same_kind(first: str, second: str) -> bool:
    return first == second or (first in OUTCOME_TYPES and second in OUTCOME_TYPES)


def _reports_words(text: str, spoken: str) -> bool:
    """A quotation, or a final predicate after a quotative ending (강화하겠다고 밝혔다); not a name in single quotes
    before the noun it names ('완주하지 못한 팀들의 이야기' 토크 콘서트에서다)."""
    if spoken != text:
        return '"' in text or "“" in text or any(not _TITLE_QUOTED.fullmatch(quoted.group()) for quoted in _SINGLE_QUOTED.finditer(text))
    words = text.rstrip(".!?\"'”’ ").rsplit(None, 2)
    return len(words) >= 2 and _role(words[-2].rstrip(CLOSING_PUNCT)) == "quote"


_IN_SINGLE_MARKS: Final = r"['‘][^'’\n]{1,60}['’]"
_SINGLE_QUOTED: Final = re.compile(_IN_SINGLE_MARKS + r"\S*")  # (a quotation in single marks, with what is glued to it)
_TITLE_QUOTED: Final = re.compile(_IN_SINGLE_MARKS + r"(?:을|를|이|가|은|는|의|에|에서|에는|과|와|도)?")  # (a name: no quotative after)
_BUILT: Final = r"(?:짓|지어|세우|세운|세워|구축|건립|설립|조성|모집|꾸리|꾸린|꾸려|구성|발족)"  # verbs of building (데이터센터를
# 짓는다, 실증센터를 세운다) and of forming a body (평가단을 모집한다, 자문단을 꾸린다)


def _told_built(body: str, word: str, until: int) -> bool:
    """Whether body[:until] tells `word` built or formed (센터를 짓는다, 짓는 'AI 컴퓨팅 센터', 'AI 학습 튜터' 구축 사업)."""
    if body.find(word, 0, until) < 0:
        return False  # (a quick test before a pattern made for the word)
    # (… 'AI 데이터센터' 개소식을 연다: the one opening it, its own)
    # ('B 공동연구센터'를 열었다: opened, as a unit is)
    return re.compile(rf"{re.escape(word)}['’]?(?:\s+\d\S*)?[을를]\s+(?:\S+\s+)?(?:{_BUILT}|{_OPENED})|{_BUILT}\S*\s+(?:\S+\s+){{0,3}}?\S*"
                      rf"{re.escape(word)}(?![가-힣])|{re.escape(word)}['’]?\s*(?:{_BUILT}|{_OPENING_CEREMONIES})").search(body, 0, until) is not None


_OPENING_CEREMONIES: Final = "개소식|준공식|개관식|개원식|착공식|기공식"
_OPENED: Final = r"(?:열었|열어|열고|연다|개소|개관|개원|출범)"
_REASON_GIVEN: Final = re.compile(r"(?:덕|덕분|때문|탓|면서)(?:이다|이었다|다)$")  # a sentence that tells why (… 받은 덕이다, 하면서다)


_QUOTE_MARKS_BEFORE_GO: Final = "\"”'’;"  # (…하겠다"고 말했다, …&quot;고: words told, whose tense counts)


def _final_direction(text: str) -> str | None:
    """What the sentence's last predicate says about time (밝혔다: past; 계획이다: future)."""
    words = temporal.without_quotes(text).rstrip(".!?\"'”’ ").rsplit(None, 2)[-2:]
    if len(words) == 2 and _role(words[0].rstrip(CLOSING_PUNCT)) == "quote":
        words = words[1:]  # `...이라고 말했다`: the quotation's ending is not the last predicate
    elif (len(words) == 2 and words[0].endswith("고") and not QUOTATIVE_ENDING.search(words[0])
          and words[0][-2:-1] not in _QUOTE_MARKS_BEFORE_GO and not words[1].startswith(("있", "계", "싶"))):
        words = words[1:]  # (`…를 앞두고 불거졌다`: a clause joined before the last predicate, not its tense; but 앞두고 있다)
    return _direction_of_ending(" ".join(words)) if words else None


def _direction_of_ending(ending: str) -> str | None:
    """The direction the last word or two of a sentence give (sentence endings recur)."""
    if ending in _ENDING_DIRECTIONS:
        return _ENDING_DIRECTIONS[ending]
    return remember(_ENDING_DIRECTIONS, ending, temporal.direction_after(" " + ending, 0)[0])


_ENDING_DIRECTIONS: dict[str, str | None] = {}


def _mention(article: Article, sentence: Sentence, timex: Timex, members: list[str],
             persons: list[PersonMention], kind: str, region_text: str, inherited: bool, title_from: int,
             status: str | None = None, part: int = 0, title: str | None = None) -> Mention:
    value = timex.value
    covered = _span_of(timex)
    if covered is None:
        assert article.published_at is not None
        covered = (article.published_at.date(), article.published_at.date())
    names = list(dict.fromkeys(members))
    persons_names = list(dict.fromkeys(p.name for p in persons))
    if status is None and timex.direction is None and timex.end < sentence.end:
        # 4분기 중 법인을 세우고, 내년에는 ... 내놓는다: a clause with no tense of its own takes the sentence's
        timex = Timex(timex.start, timex.end, timex.text, timex.type, value, timex.mod, timex.end_value,
                      _final_direction(sentence.text))  # (not dataclasses.replace: it runs as plain Python)
    status = status or status_in_text(article, sentence, timex, covered, region_text, kind)
    mention_id = hashlib.sha1(f"{article.id}|{sentence.start}|{timex.start}|{inherited}|{part}".encode()).hexdigest()[:16]
    if title is None:
        title = make_title(region_text, title_from)
        if not any(char.isalnum() for char in title) and sentence.start <= timex.end <= sentence.end:
            title = make_title(sentence.text, timex.end - sentence.start)  # (✅ (12/9) A, 웨비나: the item's words after its day)
    return Mention(
        mention_id=mention_id, article_id=article.id, source_path=article.source_path, sentence=sentence.text,
        sentence_start=sentence.start, sentence_end=sentence.end, timex_text=timex.text,
        timex_start=timex.start, timex_end=timex.end, date_value=value, end_value=timex.end_value,
        date_start=covered[0], date_end=covered[1], granularity=temporal.granularity(value) or "day",
        mod=timex.mod, status=status, event_type=kind, title=title,
        actors=names, persons=persons_names, inherited=inherited, published_at=article.published_at,
    )
