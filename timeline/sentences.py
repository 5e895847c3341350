"""Split an article body into sentences, keeping offsets and marking boilerplate.

The press glues sentences (`개최했다.이날`), opens with bylines (`(서울=뉴스1) 김정현 기자 =`),
adds captions (`▲ ...`), stamps, e-mail and copyright lines and related-article lists. Text stays
faithful; every piece gets a `boilerplate` reason or None, and later steps skip the marked ones.
"""
from __future__ import annotations

import re
from typing import Final

from .actors import TITLES
from .records import Sentence
from .text import MINUTES_LABEL, OPENING_QUOTES, STAMP_LINES, Guarded, automaton, trie_pattern

# How a column's writer speaks of themself, and their note at its foot, bracketed or with a title, alone on its line:
# (필자는 서울대 컴퓨터공학부 교수다), 글쓴이는 A 연구위원이다. Its organization is whose 필자 is (see mentions).
WRITER_WORDS: Final = ("필자", "글쓴이", "기고자")
_WRITER: Final = "|".join(WRITER_WORDS)
WRITER_NOTE: Final = re.compile(rf"^[ \t]*(?:[(\[][ \t]*(?:{_WRITER})(?:는|은)[ \t]+(?P<who>[^()\[\]\n]{{2,80}}?)[ \t]*[)\]]"
                                rf"|(?:{_WRITER})(?:는|은)[ \t]+(?P<titled>[^.\n]{{2,60}}?(?:{trie_pattern(TITLES)}))(?:이)?다\.?)"
                                r"[ \t]*$", re.M)

_SPEAKER_LABEL_WORDS: Final = re.compile(r"인터뷰|녹취|싱크")  # (the words a broadcast labels who speaks next with)
# A column's signature alone on its line (윤서진 한양대 인공지능학과 교수), <김정훈 성균관대 교수>, (김민재 국회 B위원회
# 위원·C당: a committee's member, a title only here): who wrote it and where; not a broadcast's label of who speaks
# (<인터뷰 김성훈 업스테이지 대표>).
SIGNATURE: Final = re.compile(rf"^[ \t]*[(\[<〈][ \t]*(?!{_SPEAKER_LABEL_WORDS.pattern})[가-힣]{{2,4}}[ \t]+(?P<where>[^()\[\]<>〈〉\n.]{{2,50}}?"
                              rf"(?:{trie_pattern(TITLES)}|위원)(?:[ \t]*[·ㆍ,][ \t]*[가-힣]{{2,12}})?)[ \t]*[)\]>〉][ \t]*$", re.M)

_EDITORS_NOTE: Final = re.compile(r"(?:추가|반영|수정|변경|보완|정정)(?:했|하였)습니다|바꿨습니다|고쳤습니다|바로잡았습니다"
                                  r"|(?:기사|제목|본문|사진)(?:을|를|이|가|의)\s")  # (an update note on the page itself)
# Whole lines that carry no events: (reason, pattern). One line each, first match wins. (Guarded:
# a line is searched only when it holds a literal every match holds, if the pattern has such.)
BOILERPLATE_LINES: list[tuple[str, Guarded]] = [
    ("rule", Guarded(r"^\s*[-=_*]{3,}\s*$")),
    # (also an update note in a story: [업데이트 2026.1.15 18:00] ..., (수정: 14:20) ...)
    *(("stamp", Guarded(stamp)) for stamp in STAMP_LINES),
    ("footer", Guarded(r"^\s*\*?(?:Crawled at|Source)\s*:", re.I)),
    # (a link's or a call's words, not the nouns alone: 기사 원문 대신 가공된 말뭉치를, 구독 신청이 늘었다 are prose)
    ("footer", Guarded(r"원문\s*보기|기사\s*원문\s*(?:보기|바로\s*가기)|구독\s*하기|구독\s*신청\s*(?:하기|바로\s*가기|[\])>】])"
                       r"|네이버\s*메인에서|카카오톡\s*제보|제보\s*하기|제보는\s*(?:카카오톡|카톡|이메일|메일|전화)")),
    ("footer", Guarded(r"^\s*(?:기자\s*프로필|이\s*기사를\s*추천합니다|좋아요\s*\d+|기사\s*제공|(?:사진|이미지)\s*확대)")),
    # (a graphic's, a photo's or a text's credit alone on its line: 그래픽=뉴스1, 사진=A 제공, 글=김하늘 A 연구원)
    ("footer", Guarded(r"^\s*[(\[]?\s*(?:그래픽|사진|영상|자료|이미지|인포그래픽|글(?:\s*·\s*사진)?)\s*[=:]\s*[^\n.!?]{1,30}[)\]]?\s*$")),
    # (a note on the page itself: ※ 이 기사는 … 먼저 게재됐습니다, [이 기사는 … 지면에 실렸습니다]; and a line of tags)
    ("footer", Guarded(r"^\s*[※\[(]?\s*(?:이|본)\s*기사는\s")),
    ("footer", Guarded(r"^\s*(?:#[^\s#]+\s*){2,}$")),
    ("footer", Guarded(r"^\s*(?:붙임|첨부)\s*\d*\s*[.:：]?\s")),  # (붙임 1. 검증 일정표 1부.: what is attached)
    ("copyright", Guarded(r"ⓒ|©|copyright|Copyright|COPYRIGHT|무단\s*(?:전재|복제)|재배포\s*금지"
                             r"|all rights reserved|All rights reserved|All Rights Reserved|ALL RIGHTS RESERVED")),
    ("email", Guarded(r"^[^.!?]{0,60}[\w.+-]+@[\w-]+(?:\.[\w-]+)+[^.!?]{0,20}$")),
    # (… 김하늘 기자 sky@paper.com▶ 관련 기사 ◀A, 새 모델 공개B, …: a byline's address with the related list glued after it)
    ("email", Guarded(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+\s*[▶▷■◆\[【<]?\s*(?:관련\s*기사|관련\s*뉴스|많이\s*본)")),
    ("byline", Guarded(r"^\s*[\[(]?[가-힣]{2,4}\s*(?:기자|특파원|객원기자|논설위원)[\])]?\s*$")),
    ("byline", Guarded(WRITER_NOTE.pattern)),
    # (a column's signature alone on its line: (윤서진 한양대 인공지능학과 교수), <김정훈 성균관대 교수>; not a broadcast's
    # label of who speaks: <인터뷰 김성훈 업스테이지 대표>)
    ("byline", Guarded(SIGNATURE.pattern)),
    # (… or after a slash or an equals sign: /김하늘 한국과학기술원 전산학부 교수)
    ("byline", Guarded(rf"^[ \t]*[/=][ \t]*[가-힣]{{2,4}}[ \t]+[^\n.!?]{{2,50}}?(?:{trie_pattern(TITLES)}|위원)[ \t]*$")),
    ("heading", Guarded(r"^\s*#{1,6}\s")),
    # (a numbered section's title alone on its line, no digits, no end: ① A의 독주 이어질까, ② B의 반격)
    ("heading", Guarded(r"^\s*[①-⑳]\s*[^\d\n.!]{1,29}[^다\d\n.!\s]\s*$")),
    ("contact", Guarded(r"^\s*(?:[<\[]\s*(?:문의처?|담당\s*부서|담당자|연락처)\s*[>\]]|[※*☎]?\s*(?:문의처?|담당\s*부서|담당자|연락처)\s*(?:[:：]|$))")),
    # (a release's foot: 담당 부서 … 과장 김○○ (044-202-0000), a short line with a telephone number)
    ("contact", Guarded(r"^\s*담당\s*부서\s|^[^.!?\n]{0,80}\(?0\d{1,2}-\d{3,4}-\d{4}\)?[^.!?\n]{0,20}$")),
    # A subtitle set between dashes under a release's headline (- 2차 평가는 8월 초 진행 -): a summary, as a subtitle is.
    ("subtitle", Guarded(r"^\s*[-–―]\s+[^\n]{4,100}\s+[-–―]\s*$")),
    # A release's About section under its heading (업스테이지 개요, 회사 소개, About Upstage)
    ("heading", Guarded(r"^\s*(?:[^\s.]+\s+){0,2}(?:개요|회사\s*소개|기업\s*소개)\s*$|^\s*About\s+\S")),
    # (a list of the sources cited, under its header or one by one: 참고 자료 / [1] 과기정통부 보도자료, 2025.8.4.)
    ("related", Guarded(r"^\s*[■□▶▷◆◇●○※\[【<〈]?\s*(?:참고\s*자료|참고\s*문헌|각주|References|Sources)\s*[\]】>〉:]?\s*$"
                        r"|^\s*\[\d{1,2}\]\s+[^\n]{0,40}(?:보도자료|브리핑|공고문?|보고서|기사|발표문|논문)[^\n]{0,40}$")),
    ("related", Guarded(r"^\s*[■□▶▷◆◇●○※\[【<〈]?\s*(?:관련\s*기사|관련\s*뉴스|많이\s*본\s*(?:뉴스|기사)|함께\s*보면|주요\s*뉴스|인기\s*기사|추천\s*기사|이\s*시각\s*(?:주요|인기)|실시간\s*인기)")),
]
# Every literal some line pattern needs, found in one automaton pass over a line: a line is
# searched with the patterns whose literals it holds (or that need none).
_LINE_LITERALS: Final = sorted({literal for _, pattern in BOILERPLATE_LINES for literal in pattern.needs or ()})
_LINE_LITERAL_FINDER: Final = automaton(_LINE_LITERALS)
# A related-articles header makes the short lines after it boilerplate too, until a long line.
_ITEM_NEXT: Final = re.compile(r"\s*(?:[▶▷☞·•■◆○\-]|\d{1,2}\s*[.)]\s)")  # (the next line an item of a list, past blank lines)
RELATED_HEADER: Final = "related"
# ... and a contact header alone on its line (연락처 / 업스테이지 / 홍보팀 / 02-...) the short lines after it,
# blank lines between them too, until a line that is a sentence.
CONTACT: Final = "contact"
_CONTACT_ALONE: Final = re.compile(r"\s*(?:문의처?|담당\s*부서|담당자|연락처)\s*$")
# Reasons that also apply to one sentence glued inside a longer line.
SENTENCE_LEVEL: Final = {"footer", "copyright", "email"}
RELATED_ITEM_MAX: Final = 80
_DATELINE: Final = r"(?:\([^()]{1,20}=[^()]{1,20}\)|\[[^\[\]]{1,20}=[^\[\]]{1,20}\]|【[^】]{1,20}】)"  # ((서울=뉴스1), [서울=뉴시스])
_REPORTER: Final = r"[가-힣]{2,4}(?:·[가-힣]{2,4})*\s*(?:기자|특파원)"
_PAPER: Final = r"[가-힣A-Za-z0-9]{2,12}\s+"  # (the paper's name before the reporter's: 아시아투데이 한정민 기자 =)
_BRACKETED_BYLINE: Final = rf"\[{_PAPER}{_REPORTER}\]"  # ([이데일리 김현아 기자])
_PAREN_BYLINE: Final = rf"[(\[][^()\[\]=\n]{{1,20}}=\s*{_REPORTER}[)\]]"  # ((지디넷코리아=김민아 기자), [헤럴드경제=박세정 기자])
BYLINE_PREFIX: Final = re.compile(
    rf"^\s*{_DATELINE}?\s*(?:{_PAPER})?(?:{_REPORTER}\s*=|[가-힣]{{2,4}}\s*기자\s*\|)\s*|^\s*{_BRACKETED_BYLINE}\s*|^\s*{_PAREN_BYLINE}\s*")
# A dateline with the reporter's name after a glued subtitle, and how far into its line it may be.
_GLUED_DATELINE: Final = re.compile(rf"{_DATELINE}\s*(?:{_PAPER})?{_REPORTER}\s*=|{_BRACKETED_BYLINE}|{_PAREN_BYLINE}")
GLUED_SUBTITLE_MAX: Final = 200
# A subtitle ending in a quotation glued to the lead with no dateline (A·B "참여 안 한다"과학기술정보통신부는 …): the quote
# closes, then a word of four or more letters follows with no space, which no quoting particle (라고, 이라며) is.
# (not prose that quotes, 장관은 "…"이라면서도: a subject told before the quote)
_GLUED_QUOTE_SUBTITLE: Final = re.compile(r'(?![^"\n]*?[가-힣](?:은|는|이|가|도)\s[^"\n]*")[^.!?\n"]{2,60}"[^"\n]{1,40}"'
                                          r'(?=[가-힣A-Za-z]{4})(?=[^\n]{20,}[.!?])')
# (서울=연합뉴스), and a newswire's: 서울--(뉴스와이어)--2026년 08월 24일 --
DATELINE_PREFIX: Final = re.compile(r"^\s*\([^()]{1,20}=[^()]{1,20}\)\s*"
                                    r"|^\s*[가-힣A-Za-z]{1,10}\s*--\s*\([^()]{1,20}\)\s*--\s*(?:\d{4}년\s*\d{1,2}월\s*\d{1,2}일\s*--)?\s*")
# Photo captions open with a photo mark or end with a photo credit or a date (`... 2026.1.15 [사진]`, `… 전경. /사진=A 제공`).
PROSE_BEFORE_CREDIT: Final = 2  # sentence ends before a photo's credit that make its line prose, not a caption
CAPTION_START: Final = re.compile(r"\s*(?:▲|△\s*사진|\[사진|사진\s*[=:]|\(사진\s*=|사진은\s)")
# Kept as separate patterns, each starting with a literal, so a search skips ahead fast (the date's
# year is looked back at from its first dot: a search led by a digit would try every digit).
CAPTION_ENDS: Final[tuple[re.Pattern[str], ...]] = (re.compile(r"\[사진\]\s*$"), re.compile(r"\(사진\s*=[^)]*\)\s*$|/\s*사진(?:\s*제공)?\s*=[^/=]{1,40}$"),
                re.compile(r"\.(?<=\d{4}\.)\d{1,2}\.\d{1,2}(?:\s*\[사진\]|\s*[ⓒ©].*|\s*/.*)?\s*$"))
# A caption's day and credit closing its line, nothing glued after them (… 있다. 2025.12.30 © 뉴스1 구윤성 기자).
_DATED_CREDIT_END: Final = re.compile(r"\.(?<=\d{4}\.)\d{1,2}\.\d{1,2}\s*(?:/\s*[^\s.]{1,12})?\s*[ⓒ©][^.\n]{0,40}$")
# An interviewer's question: a line after a dash, Q (Q1.), 문) or 진행자: (■ 진행자 >, as radio transcripts mark turns;
# ▶사회=, as a newspaper's roundtable does), or a whole line in bold (**목표는.**), ending as a question does (보나?,
# 목표는.), or any one sentence after the interview's bar (―). Only an article with two or more of them is an
# interview; a lone dash line is a list item.
HOST_WORDS: Final[tuple[str, ...]] = ("진행자", "사회자", "앵커", "기자")  # who asks in a transcript or a broadcast (앵커:, 기자:)
_ASKING_END: Final = r"(?:\?|(?:나|까|냐|니|가|지|요|는|은|면|데)[.]?)"  # (보나?, 목표는.)
QUESTION: Final = re.compile(r"^\s*(?:(?:[-–—―]|Q\s*\d{0,2}\s*[.:)]?|(?:[■●◆◇▶▷□]\s*)?(?:질문|문|" + "|".join(HOST_WORDS)
                             + r"|사회)\s*[:)：>▷=]|[\[【](?:질문|문)[\]】])\s*[^:：\n]{2,100}?" + _ASKING_END  # ([질문] …나.)
                             + r"|\*\*[^*:：\n]{2,100}?" + _ASKING_END + r"\*\*"
                             r"|―[^\n―]{2,100}?다\.)\s*$"  # (after the bar, one put as a statement: ―1월 평가에서 ... 논란이 컸다.)
                             # a numbered question that asks who, when, what (2. 접수는 언제까지인가, ② 누가 나서나), not a numbered item
                             r"|^\s*(?:\d{1,2}\s*[.)]|[①-⑳])\s*(?=[^\n]*(?:누가|누구|언제|무엇|뭘|뭐|어떻게|어떤|왜|얼마|어디|몇))[^\n]{2,100}?"
                             r"(?:\?|(?:[인는은던]가|[나까냐]|는지)\.?)\s*$")
MIN_QUESTIONS: Final = 2
_CIRCLED_NUMBERS: Final = "①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳"  # (what a numbered question may open with)
ANSWER_MARK: Final = "▲"  # (opening an answer right after a question; elsewhere a photo's caption or a list's item)
_DASH_LINE: Final = re.compile(r"\s*[-–—―]\s*[^\s\-–—―]")  # a line after a dash (not a rule of dashes)
# A turn's label in a transcript, by who speaks (진행자:, ■ 앵커 >, 기자:).
_TURN_LABEL: Final = re.compile(r"\s*(?:[■●◆◇▶▷□]\s*)?(" + "|".join(HOST_WORDS) + r"|사회)\s*[:：>]")
_REPORTER_WORD: Final = "기자"  # (of HOST_WORDS: who asks only with no host asking)
# A transcript's header naming its host (■ 진행 : 서하린 앵커, 사회: 김도윤), whose labelled lines are questions.
_HOST_NAMED: Final = re.compile(r"^\s*[■●◆◇▶▷□]?\s*(?:진행|진행자|사회|사회자)\s*[:：]\s*([가-힣]{2,4})(?=\s|$)", re.M)
_NAMED_TURN: Final = re.compile(r"\s*[■●◆◇▶▷□]?\s*([가-힣]{2,4})\s*[:：>]")  # (◇ 김현정> …: a turn a radio transcript labels)
_ASKS: Final = re.compile(rf"(?:{_ASKING_END}|죠[.]?)\s*$")  # (… 나오죠?, in speech too)
_GLUED_QUESTION: Final = re.compile(r"(?:^|(?<=[.?!]))\s*Q\s*\d{0,2}\s*[.:)]\s")  # (a question glued after a sentence)
# A quiz's choices under its question (Q1. … 날은? / ① 6월 20일 ② 7월 21일): offered, not told.
_CHOICES: Final = re.compile(r"^\s*[①②③④⑤⑥⑦⑧⑨⑩][^①-⑩]+[①②③④⑤⑥⑦⑧⑨⑩]")
# A host's words that open an interview with its guest, today (오늘은 … 이야기를 나눠 보겠습니다).
_HOST_OPENING: Final = re.compile(r"(?:오늘|이 시간|지금)[^.?!]*(?:이야기|얘기|인터뷰|대담|말씀)[^.?!]*니다")
MAX_SUBTITLES: Final = 2  # subtitle lines a page puts under its stamp
_NO_SUBTITLE_MARKS: Final = ("|", "△", "▲", "-", "•", "·", "□", "○", "ㅇ", "※", "(", "◇", "◆", "■", "●", "▶", "▷")  # (a table, a list, a dateline)
# A sentence ends after . ! ? (plus closing quotes) when the mark follows Hangul, a closing quote or a circled number (정답은 ①.).
_END: Final = re.compile(r"[.!?](?<=[가-힣①-⑩\"'”’)\]][.!?])[.!?]*[\"'”’)\]]*")


def _lawmakers_asking(lines: list[str]) -> set[int]:
    """A minutes' lines in which a lawmaker asks (○정하윤 위원 … 떨어졌지요. … 됐습니까?), when the minutes label two turns
    at least: questions, as a host's are."""
    labels = [(number, label) for number, line in enumerate(lines) if (label := MINUTES_LABEL.match(line)) is not None]
    if len(labels) < MIN_QUESTIONS:
        return set()
    return {number for number, label in labels if label.group("member") and _ASKS.search(lines[number])}


def _lines_of_the_one_asking(lines: list[str]) -> set[int]:
    """A transcript's lines labelled by name (◇ 김현정> …요? / ◆ 류제명> …습니다.) whose one speaker only asks: the host's,
    when no header names them; none when two speakers each only ask or one asks once."""
    turns: dict[str, list[int]] = {}
    for number, line in enumerate(lines):
        if (label := _NAMED_TURN.match(line)) is not None:
            turns.setdefault(label.group(1), []).append(number)
    askers = [numbers for numbers in turns.values() if len(numbers) >= MIN_QUESTIONS and all(_ASKS.search(lines[n]) for n in numbers)]
    return set(askers[0]) if len(turns) >= 2 and len(askers) == 1 else set()


SUBTITLE_MAX: Final = 60  # characters of a line a body may open with as its subtitle
_HEADLINE_ELLIPSES: Final = ("…", "⋯", "...")


def split(body: str) -> list[Sentence]:
    """Sentences of a body in order; every character of a line belongs to at most one sentence."""
    sentences: list[Sentence] = []
    in_related = in_contact = False
    offset = 0
    lines = body.split("\n")
    questions = {number for number, line in enumerate(lines) if QUESTION.match(line)}
    if questions and _REPORTER_WORD in body:
        speakers = {number: label.group(1) for number in questions if (label := _TURN_LABEL.match(lines[number])) is not None}
        if _REPORTER_WORD in speakers.values() and any(speaker != _REPORTER_WORD for speaker in speakers.values()):
            # (진행자: … 남았죠? / 기자: 세 팀이에요.: with a host asking, the reporter answers)
            questions -= {number for number, speaker in speakers.items() if speaker == _REPORTER_WORD}
    if "진행" in body or "사회" in body:  # (■ 진행 : 서하린 앵커, then ◇ 서하린 : …죠? or ◇ 서하린> …죠?: the host's lines ask)
        hosts = {match.group(1) for match in _HOST_NAMED.finditer(body)}
        questions |= {number for number, line in enumerate(lines)
                      if (label := _NAMED_TURN.match(line)) is not None and label.group(1) in hosts and _ASKS.search(line)}
    if "◇" in body or "◆" in body or ">" in body:
        questions |= _lines_of_the_one_asking(lines)
    if questions:  # (-정부가 추가 공모를 검토한다는 얘기가 나온다. / "공고가 나오면 …": put as a statement, answered in quotes)
        questions |= {number for number, line in enumerate(lines[:-1]) if _DASH_LINE.match(line)
                      and lines[number + 1].lstrip().startswith(OPENING_QUOTES)}
    if len(questions) < MIN_QUESTIONS:
        questions = set()  # no interview: a dash line is a list item
    if "○" in body or "◯" in body:
        questions |= _lawmakers_asking(lines)  # (minutes' labels tell who asks: one question is enough)
    subtitles = 0  # lines since the page's stamp that may still be subtitles (-1: the story has begun)
    opening = next((line.strip() for line in lines if line.strip()), "")
    if (len(opening) <= SUBTITLE_MAX and any(mark in opening for mark in _HEADLINE_ELLIPSES) and not _END.search(opening)
            and not opening.startswith(_NO_SUBTITLE_MARKS) and not opening[:1].isdigit() and not "①" <= opening[:1] <= "⑳"):
        # (a copy without the page's stamp opening with the story's subtitles, joined by a headline's ellipsis: 정부 "…"⋯
        # AI 오픈소스 공개도 고려 / 탈락 팀에겐 …⋯2027년까지 최종 2개팀 선발 예정)
        subtitles = MAX_SUBTITLES
    asked = False  # whether the last line that was not blank asked a question
    after_question = False  # whether the last line that was not blank was an interviewer's
    for number, line in enumerate(lines):
        start, end = offset, offset + len(line)
        offset = end + 1
        stripped = line.strip()
        if not stripped:
            # (a list of related articles whose items a crawler set apart by blank lines goes on: [관련기사] / ▶ … / ▶ …)
            in_related = in_related and _ITEM_NEXT.match(body, offset) is not None
            continue
        lead = start + len(line) - len(line.lstrip())
        if after_question and stripped.startswith(ANSWER_MARK) and not is_caption(stripped[1:]):
            # (―2차 평가는 언제입니까. / ▲8월 초로 잡혀 있습니다. 실무는 …: a print interview's answer mark, no photo's)
            skipped = len(stripped) - len(stripped[1:].lstrip())
            lead, stripped = lead + skipped, stripped[skipped:]
        after_question = number in questions
        hits = _boilerplate_hits(stripped)
        reason = hits[0] if hits else None
        if (reason == "stamp" and stripped[:1] in "[(" and (close := stripped.find("]" if stripped[0] == "[" else ")")) > 0
                and _END.search(stripped, close) and not _EDITORS_NOTE.search(stripped, close)):
            # ([업데이트 17:05] A는 이날 오후 입장문을 냈다.: the note's label is a stamp, what follows it the story; but
            # [업데이트 …] 업스테이지 입장을 추가했습니다.: the editor's note on the page, all of it)
            sentences.append(Sentence(lead, lead + close + 1, stripped[:close + 1], "stamp"))
            rest = stripped[close + 1:]
            lead += close + 1 + len(rest) - len(rest.lstrip())
            stripped = rest.strip()
            hits = _boilerplate_hits(stripped)
            reason = hits[0] if hits else None
        if reason is None and asked and _CHOICES.match(stripped):
            reason = "choices"
        asked = stripped.endswith("?")
        if reason == "stamp" and subtitles == 0:
            subtitles = MAX_SUBTITLES
        if reason == "email" and len(stripped) > 60:
            reason = None
        if reason == RELATED_HEADER:
            in_related = True
        elif in_related and reason is None and len(stripped) <= RELATED_ITEM_MAX:
            reason = RELATED_HEADER
        else:
            in_related = False
        if reason == CONTACT:
            in_contact = _CONTACT_ALONE.match(stripped) is not None
        elif in_contact and reason is None and len(stripped) <= RELATED_ITEM_MAX and not _END.search(stripped):
            reason = CONTACT
        else:
            in_contact = False
        if reason is None and subtitles > 0:
            # Right under a page's stamp, before the story, a line that ends no sentence is a subtitle (개최…1000여명
            # 참석): a summary of the story, whose times lack the days the story gives them.
            if not _END.search(stripped) and not stripped.startswith(_NO_SUBTITLE_MARKS) and number + 1 < len(lines):
                reason, subtitles = "subtitle", subtitles - 1
            else:
                subtitles = -1
        elif reason is None and _END.search(stripped):
            subtitles = -1  # (the story has begun: a stamp at its end opens no subtitles; a headline above the stamp has not)
        if reason == "copyright" and _DATED_CREDIT_END.search(stripped) and _END.search(stripped):
            reason = None  # (… 환영사를 하고 있다. 2025.12.30 © 뉴스1 …: a caption closed by its date and credit, read below)
        if reason in SENTENCE_LEVEL:
            pieces = _sentences_in(stripped, lead, _sentence_checks(stripped, hits))
            if len(pieces) > 1:  # a real sentence with a credit glued on: only the credit goes
                sentences.extend(pieces)
                continue
        if reason == "heading" and number in questions and stripped[:1] in _CIRCLED_NUMBERS:
            reason = None  # (① 언제 열리나: a numbered question, not a section's title)
        if reason is None and number in questions:
            pieces = _sentences_in(stripped, lead, _sentence_checks(stripped, hits))
            if len(pieces) > 1 and _HOST_OPENING.search(pieces[0].text):
                # (■ 진행자 > 오늘은 A 대표와 이야기를 나눠 보겠습니다. … 어떻게 보십니까?: the host opens the interview, then asks)
                sentences.extend(pieces[:-1])
                sentences.append(Sentence(pieces[-1].start, pieces[-1].end, pieces[-1].text, "question"))
                continue
            reason = "question"  # the interviewer speaks: no event
        if reason:
            sentences.append(Sentence(lead, lead + len(stripped), stripped, reason))
            continue
        byline = BYLINE_PREFIX.match(stripped) or DATELINE_PREFIX.match(stripped)
        head = stripped[:GLUED_SUBTITLE_MAX]
        glued = _GLUED_DATELINE.search(stripped, 1, GLUED_SUBTITLE_MAX) if not byline and ("=" in head or "자]" in head) else None
        if glued and not _END.search(stripped, 0, glued.start()):
            # A subtitle glued to the dateline (…상반기 1개 팀 추가 선발(서울=연합뉴스) 조성미 기자 = ...): a summary, as above
            sentences.append(Sentence(lead, lead + glued.start(), stripped[:glued.start()].rstrip(), "subtitle"))
            lead += glued.start()
            stripped = stripped[glued.start():]
            byline = BYLINE_PREFIX.match(stripped)
        if not byline and not glued and '"' in head and (quoted := _GLUED_QUOTE_SUBTITLE.match(stripped)) is not None:
            # (KT·코난 "참여 안 한다"과학기술정보통신부와 NIPA는 …: a subtitle ending in a quote glued to the lead, no dateline)
            sentences.append(Sentence(lead, lead + quoted.end(), stripped[:quoted.end()], "subtitle"))
            lead += quoted.end()
            stripped = stripped[quoted.end():]
        if byline and byline.end() < len(stripped):
            sentences.append(Sentence(lead, lead + byline.end(), stripped[:byline.end()].strip(), "byline"))
            lead += byline.end()
            stripped = stripped[byline.end():]
        if is_caption(stripped):
            credit = CAPTION_ENDS[1].search(stripped)
            if credit is not None and len(_END.findall(stripped, 0, credit.start())) >= PROSE_BEFORE_CREDIT:
                # (… 탈락했다.모레는 … 맺을 예정이다.(사진=모레 제공): a paragraph with its photo's credit glued on, no caption)
                sentences.extend(_sentences_in(stripped[:credit.start()], lead, _sentence_checks(stripped, hits)))
                sentences.append(Sentence(lead + credit.start(), lead + len(stripped), stripped[credit.start():], "footer"))
            elif not CAPTION_START.match(stripped) and (trailer := _caption_trailer(stripped)) is not None and len(
                    pieces := _sentences_in(stripped[:trailer], lead, _sentence_checks(stripped, hits))) >= PROSE_BEFORE_CREDIT:
                # (A는 3일 발표했다. ▲B 장관이 4일 설명하고 있다. 2025.8.4 [사진]: a caption glued to a paragraph; the
                # caption is its last sentence, or from its photo mark on, and the date is the caption's alone)
                first = max([n for n, piece in enumerate(pieces) if n and CAPTION_START.match(piece.text)] or [len(pieces) - 1])
                sentences.extend(pieces[:first])
                caption = pieces[first].start
                sentences.append(Sentence(caption, lead + len(stripped), stripped[caption - lead:], None))
            else:
                sentences.append(Sentence(lead, lead + len(stripped), stripped, None))
            continue
        pieces = _sentences_in(stripped, lead, _sentence_checks(stripped, hits))
        if "Q" in stripped and len(_GLUED_QUESTION.findall(stripped)) >= MIN_QUESTIONS:
            # (… 설명했다.Q. 반응은 어떤가.A. …: an interview glued into one line, as a portal keeps it)
            pieces = [Sentence(p.start, p.end, p.text, "question") if p.boilerplate is None and _GLUED_QUESTION.match(p.text)
                      and QUESTION.match(p.text) else p for p in pieces]
        sentences.extend(pieces)
    return sentences


def _boilerplate_hits(line: str) -> list[str]:
    """The reasons of the line patterns that match the line, in their order."""
    held = {_LINE_LITERALS[number] for number, _, _ in _LINE_LITERAL_FINDER.find_matches_as_indexes(line, overlapping=True)}
    return [why for why, pattern in BOILERPLATE_LINES
            if (pattern.needs is None or not held.isdisjoint(pattern.needs)) and pattern.pattern.search(line)]


def _sentence_checks(line: str, hits: list[str]) -> list[tuple[str, Guarded]]:
    """The sentence-level patterns worth trying on a line's sentences. An unanchored pattern finds
    nothing in a sentence when it found nothing in the whole line; the e-mail one is anchored to its
    sentence, so it is tried on each (its guard, an @, passes over the others)."""
    return [(why, pattern) for why, pattern in BOILERPLATE_LINES if why in SENTENCE_LEVEL and (why in hits or why == "email")]


def is_caption(line: str) -> bool:
    photo, credit, dated = CAPTION_ENDS
    return bool(CAPTION_START.match(line) or photo.search(line) or credit.search(line) or dated.search(line))


def _caption_trailer(line: str) -> int | None:
    """Where a photo's date or mark closing a line begins (… 있다. 2025.8.4 [사진], … 있다. [사진]), if it closes one."""
    photo, _, dated = CAPTION_ENDS
    if (match := dated.search(line)) is not None:
        return match.start() - 4  # (its year, looked back at from the dot after it)
    match = photo.search(line)
    return match.start() if match is not None else None


def _sentences_in(text: str, base: int, checks: list[tuple[str, Guarded]]) -> list[Sentence]:
    cuts: list[int] = []
    for match in _END.finditer(text):
        end = match.end()
        following = text[end:end + 1]
        # A closing quote followed at once by Hangul is a quotation inside the sentence (`..."라며`); a straight
        # quote with none open before it on its line opens the next sentence, glued (`밝혔다."이번 평가는 ..."고`).
        mark = match.group()[-1]
        if following and mark in "\"'" and text.count(mark, 0, match.start()) % 2 == 0:
            cuts.append(end - len(match.group()) + len(match.group().rstrip("\"'")))
            continue
        if following and "가" <= following <= "힣" and mark in "\"'”’" and (
                match.group()[0] != "." or _QUOTE_GOES_ON.match(text, end) is not None):
            continue  # (but …선정했습니다."지난 12일 …: a sentence quoted whole, then the next one glued)
        cuts.append(end)
    if _GLUED_DATE_MARKS.search(text):
        cuts = sorted({*cuts, *(m.start() for m in _GLUED_DATE.finditer(text))})
    if ";" in text or "；" in text:  # (2025년 6월 20일 공모 시작; 7월 21일 접수 마감; …: items of a list, each its own)
        cuts = sorted({*cuts, *(m.end() for m in _ITEM_SEMICOLON.finditer(text))})
    cuts.append(len(text))
    pieces: list[Sentence] = []
    begin = 0
    for end in cuts:
        chunk = text[begin:end]
        stripped = chunk.strip()
        label = _BROADCAST_LABEL.match(stripped) if stripped[:1] in "[<◀" else None
        tagged_speaker = False
        if label is not None and label.end() < len(stripped):
            # ([기자]정부가 오늘 …: the script's turn is no part of the sentence; a label alone on its line stays)
            chunk, stripped = chunk[chunk.index(stripped) + label.end():], stripped[label.end():]
            begin = end - len(chunk)
            # ([인터뷰] 김경만 과기정통부 인공지능정책실장: who speaks next, named with no words of their own, as a byline)
            tagged_speaker = _SPEAKER_LABEL_WORDS.search(label.group()) is not None and _NAMED_ONLY.fullmatch(stripped) is not None
        if stripped:
            lead = base + begin + len(chunk) - len(chunk.lstrip())
            reason = "byline" if tagged_speaker else None
            for why, pattern in checks if reason is None else ():
                if pattern.search(stripped):
                    reason = why
                    break
            credit = _CREDIT_GLUED.search(stripped) if reason == "copyright" else None
            if credit is not None and credit.end() < len(stripped):
                # (… 2026.1.15/뉴스1 ⓒ News1 김기남 기자과학기술정보통신부는 15일 ...: the credit goes, the sentence glued
                # after it stays)
                pieces.append(Sentence(lead, lead + credit.end(), stripped[:credit.end()], reason))
                pieces.extend(_sentences_in(stripped[credit.end():], lead + credit.end(), checks))
            else:
                pieces.append(Sentence(lead, lead + len(stripped), stripped, reason))
        begin = end
    return pieces


_ITEM_SEMICOLON: Final = re.compile(r"[;；](?=\s)")
# A box's dated line glued to the one before it, as a portal keeps it (주요 일지2025.6.20 공모 공고2025.7.21 접수 마감).
_GLUED_DATE: Final = re.compile(r"(?<=[가-힣)])(?:19|20)\d{2}\.\d{1,2}\.\d{1,2}(?!\d)")
_GLUED_DATE_MARKS: Final = re.compile(r"[가-힣)](?:19|20)\d{2}\.")  # (a quick test before _GLUED_DATE)


# A TV script's turn glued to the words said in it ([앵커], <기자>, ◀ 리포트 ▶, [인터뷰]) ...
_BROADCAST_LABEL: Final = re.compile(r"(?:\[\s*|<\s*|◀\s*)(?:앵커|기자|리포트|인터뷰|녹취|현장음|앵커\s*멘트|기자\s*멘트)(?:\s*\]|\s*>|\s*▶)\s*")
# (a name and a title, no verb; not 이름 / 기관 직함, the form whose line mentions read as the speaker's: see _INTERVIEW_LABEL)
_NAMED_ONLY: Final = re.compile(r"[가-힣]{2,4}(?:\s+[^\s.!?'\"‘’“”/]+){1,5}(?<![다요죠까])")
# ... and its tag of who speaks next, alone on its line ([인터뷰: 김성훈 / 업스테이지 대표], [녹취 : 과기정통부 관계자]).
SPEAKER_TAG: Final = r"[\[<【]\s*(?:인터뷰|녹취|싱크|현장음)\s*[:：][^\]>】]{1,40}[\]>】]"


# What goes on after a quotation inside its sentence (…"라며, …"고 말했다, …"는 입장이다).
_QUOTE_GOES_ON: Final = re.compile(r"(?:이?라|이?란|고|며|면서|는|하고|하며|하면서|등|와|과|처럼|까지|도)")


# A photo credit or a copyright line with text glued after it: where it ends.
_CREDIT_GLUED: Final = re.compile(r"(?:ⓒ|©|Copyright|COPYRIGHT)[^.]{0,40}?(?:[가-힣]{2,4}\s*기자|[Rr]eserved\.?)"
                                  r"|(?:무단\s*(?:전재|복제)[^.]{0,20}?금지)\.?")
