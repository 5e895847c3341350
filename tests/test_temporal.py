from datetime import date, datetime

import pytest

from timeline.evaluation import load_temporal, score_temporal
from timeline.temporal import lexicon, tag, value_range


def values(text, anchor):
    return [(t.text, t.type, t.value, t.end_value, t.mod) for t in tag(text, anchor)]


def test_gold_set_size_and_quality():
    cases = load_temporal()
    score, errors = score_temporal(cases, tag)
    assert score.total >= 200
    assert sum(len(c.traps) for c in cases) >= 40
    assert score.f1 >= 0.97, "\n".join(errors)
    assert score.accuracy >= 0.97, "\n".join(errors)


@pytest.mark.parametrize("text, anchor, expected", [
    ("정부는 8월 선정된 팀을 발표했다", date(2025, 12, 20), "2025-08"),
    ("1월 중 결과를 발표할 예정이다", date(2025, 12, 30), "2026-01"),
    ("25일 결과를 발표했다", date(2026, 1, 20), "2025-12-25"),
    ("오는 3일 설명회를 연다", date(2026, 1, 20), "2026-02-03"),
    ("이듬해 평가가 이어진다", date(2026, 1, 20), "2027"),
    ("지난달 말 공고가 나왔다", date(2026, 3, 2), "2026-02"),
    ("2차 발표회는 8월 4~5일 열린다", date(2026, 1, 20), "2026-08-04"),  # a day range's year from the tense too
    ("첫 발표회는 12월 30~31일 열렸다", date(2026, 1, 20), "2025-12-30"),
    ("결과는 설 연휴 직후 발표된다", date(2026, 1, 20), "2026-02-16"),  # lunar holidays, from the lunar calendar
    ("내년 설날에 새 모델을 내놓는다", date(2026, 1, 20), "2027-02-07"),
    ("지난 추석 연휴에도 평가가 이어졌다", date(2026, 1, 20), "2025-10-05"),
    ("올해 광복절 행사에서 공개한다", date(2026, 1, 20), "2026-08-15"),
    # a date told as the topic is the sentence's, not the relative clause's right after it
    ("25일에는 탈락한 기업들이 한자리에 모인다", date(2026, 3, 4), "2026-03-25"),
    ("10일엔 선정된 기업들이 협약을 맺는다", date(2026, 6, 20), "2026-07-10"),
])
def test_direction_and_relative_resolution(text, anchor, expected):
    assert tag(text, anchor)[0].value == expected


def test_anaphora_follow_the_main_event_not_an_aside():
    text = "정부는 15일 결과를 발표했다. 앞서 지난달 30일 발표회가 열렸다. 이날 발표에는 세 팀이 포함됐다."
    found = tag(text, datetime(2026, 1, 16, 9))
    assert [t.value for t in found] == ["2026-01-15", "2025-12-30", "2026-01-15"]


def test_non_times_are_not_dates():
    text = "1차 평가 2차관 15개 팀 40점 만점에 33.6점 1000여명 B200 768장 95% 300B 1936억원 010-2026-0115 https://x.kr/2026/01/15"
    assert [t for t in tag(text, date(2026, 1, 15)) if t.type in ("DATE", "TIME")] == []


def test_the_days_of_a_stay_are_no_date():
    found = values("합숙 평가는 12일부터 2박 3일, 결선은 무박 2일로 치른다", date(2026, 3, 4))
    assert [v[2] for v in found if v[1] == "DATE"] == ["2026-03-12"]


def test_durations_and_sets():
    got = values("4개월간 개발했고 6개월마다 평가하며 매년 보고한다", date(2026, 1, 15))
    assert got == [("4개월간", "DURATION", "P4M", None, None), ("6개월마다", "SET", "P6M", None, None),
                   ("매년", "SET", "P1Y", None, None)]


def test_a_recurring_day_or_weekday_of_the_month_is_one_set_not_a_date():
    got = values("보고서는 매월 둘째 주 수요일 내고, 장비 점검은 매달 10일 하며, 공청회는 매년 4월 20일 연다", date(2026, 5, 26))
    assert got == [("매월 둘째 주 수요일", "SET", "XXXX-WXX-3", None, None), ("매달 10일", "SET", "XXXX-XX-10", None, None),
                   ("매년 4월 20일", "SET", "XXXX-04-20", None, None)]


def test_pathological_inputs_finish():
    for text in ("7" * 1_000_000, "년월일" * 330_000, "2026년 " * 100_000):
        tag(text, date(2026, 1, 1))  # must return; the benchmark reports the time


def test_value_ranges():
    assert value_range("2025-08", "START") == (date(2025, 8, 1), date(2025, 8, 10))
    assert value_range("2026-H1") == (date(2026, 1, 1), date(2026, 6, 30))
    assert value_range("2026-W04") == (date(2026, 1, 19), date(2026, 1, 25))
    assert value_range("2025-12-30T14:30") == (date(2025, 12, 30), date(2025, 12, 30))


def test_lexicon_examples_and_errors(tmp_path, monkeypatch):
    words = lexicon.words()
    assert words["day_rel"]["그제"] == "-2" and words["month_part"]["중순"] == "MID"
    broken = tmp_path / "lexicon.tsv"
    broken.write_text("year_rel\t올해\n", encoding="utf-8")
    monkeypatch.setattr(lexicon, "DATA", tmp_path)
    lexicon.words.cache_clear()
    with pytest.raises(lexicon.LexiconError, match="lexicon.tsv:1: expected 3"):
        lexicon.words()
    monkeypatch.undo()
    lexicon.words.cache_clear()


def test_anchor_scan_agrees_with_full_scan():
    from timeline import ingest
    from timeline.temporal import grammar

    from .conftest import SEEDS

    texts = [c.text for c in load_temporal()] + [a.body for a in ingest.read_paths([SEEDS]) if a.body]
    texts.append("다가오는 금요일 오후 3시 반, 두 달 만에 (현지시간) 올 상반기 '26년 이튿날 일주일간 매년 8월")
    for text in texts:
        fast = [(a.kind, a.start, a.end) for a in grammar.scan(text)]
        full = [(a.kind, a.start, a.end) for a in grammar.scan_full(text)]
        assert fast == full, text


def test_holiday_words_that_are_also_other_words():
    assert tag("사퇴설이 돌았다. 신정부 출범 뒤 설명회가 열렸다.", date(2026, 1, 20)) == []
    holiday = tag("설 연휴 직후 발표한다", date(2026, 1, 20))[0]
    assert (holiday.value, holiday.end_value) == ("2026-02-16", "2026-02-18")  # the three days of 설 연휴


def test_a_date_inside_a_quotation_ends_its_clause_with_it():
    text = '관계자는 "이날 행사는 뜻깊은 자리"라며 "1월 중 평가를 진행할 예정"이라고 말했다.'
    today, january = tag(text, date(2025, 12, 30))
    assert today.value == "2025-12-30" and today.direction != "future"
    assert january.direction == "future"


def test_a_slash_date_without_weekday_where_lists_put_dates():
    anchor = datetime(2026, 6, 10, 9)
    listed = "지난 분기를 돌아본다.\n▶ 3/4 — 협약 체결\n- 4/28: 설명회 개최\n(5/2) 접수 마감\n5/30 결과 공개\n"
    assert [(t[0], t[2]) for t in values(listed, anchor)] == [
        ("지난 분기", "2026-Q1"), ("3/4", "2026-03-04"), ("4/28", "2026-04-28"), ("5/2", "2026-05-02"), ("5/30", "2026-05-30")]
    # Fractions and shares are no dates: 1/3 이상, 3/4분기 (a quarter), a slash inside a sentence.
    fractions = values("▶ 1/3 이상이 찬성했다. 3/4분기 실적은 좋았다. 참석률은 2/3였다.", anchor)
    assert [(t[0], t[2]) for t in fractions] == [("3/4분기", "2026-Q3")]


def test_a_month_with_no_tense_falls_in_the_year_the_text_told():
    anchor = datetime(2026, 11, 20, 9)
    assert [(t[0], t[2]) for t in values("올해 일정을 정리했다.\n· 2/14 — 공모 마감\n", anchor)][-1] == ("2/14", "2026-02-14")
    nearest = values("· 2월 14일 — 공모 마감\n", anchor)  # no year told: the nearest
    assert [(t[0], t[2]) for t in nearest] == [("2월 14일", "2027-02-14")]


def test_seasons_without_a_year_and_their_parts():
    anchor = datetime(2026, 7, 20, 9)
    told = [(t[0], t[2], t[4]) for t in values("지난겨울 준비했고 오는 가을 공개하며 초겨울에 마친다. 2024년 한여름 시작했다.", anchor)]
    assert told == [("지난겨울", "2025-WI", None), ("오는 가을", "2026-FA", None), ("초겨울", "2026-WI", "START"),
                    ("2024년 한여름", "2024-SU", "MID")]
    assert values("겨울왕국을 봄. 가을 운동회", anchor) == []  # a season needs a direction word or its part


def test_a_range_of_times_on_one_day():
    anchor = datetime(2026, 3, 1, 9)
    assert [(t[2], t[3]) for t in values("□ 일시: 2026. 3. 4.(수) 09:30~18:00", anchor)] == [("2026-03-04T09:30", "2026-03-04T18:00")]
    assert [(t[2], t[3]) for t in values("설명회는 5일 오후 1시~3시 열린다.", anchor)] == [("2026-03-05T13:00", "2026-03-05T15:00")]


def test_a_month_and_day_with_a_dot_open_the_lines_of_a_chronology():
    anchor = datetime(2026, 12, 1, 9)
    text = "◆ 2025년\n11.3 공모 시작\n9.28 설명회\n1.5 배 늘어난 예산\n2.1 3.4 6.2 (성장률)\n연 4.5 수준"
    assert [(t[0], t[2]) for t in values(text, anchor)] == [("2025년", "2025"), ("11.3", "2025-11-03"), ("9.28", "2025-09-28")]


def test_a_weekday_with_its_day_in_brackets_is_that_day():
    anchor = datetime(2027, 3, 5, 18)  # a Friday
    assert [(t[0], t[2]) for t in values("▷수요일(10일) 공청회, ▷금요일 ( 12일 ) 마감, 지난 화요일(2일) 공고", anchor)] == [
        ("수요일(10일)", "2027-03-10"), ("금요일 ( 12일 )", "2027-03-12"), ("지난 화요일(2일)", "2027-03-02")]


def test_an_offset_told_of_the_day_itself_is_that_day():
    anchor = datetime(2027, 3, 31, 9)
    assert [(t[0], t[2]) for t in values("2년 전 오늘 문을 열었고, 한 달 전 오늘 새 모델을 냈다. 3주 전 금일 공고.", anchor)] == [
        ("2년 전 오늘", "2025-03-31"), ("한 달 전 오늘", "2027-02-28"), ("3주 전 금일", "2027-03-10")]


def test_a_weekday_of_a_months_ordinal_week():
    anchor = datetime(2026, 3, 2, 9)
    assert [(t[0], t[2]) for t in values("4월 첫째 주 수요일 열고 이달 마지막 주 월요일 마감한다", anchor)] == [
        ("4월 첫째 주 수요일", "2026-04-01"), ("이달 마지막 주 월요일", "2026-03-23")]


def test_a_bare_day_listed_after_a_date_takes_its_month():
    anchor = datetime(2026, 1, 20, 9)
    assert [(t[0], t[2]) for t in values("설명회는 4월 7일과 9일, 심사는 5월 2일 또는 4일이다.", anchor)] == [
        ("4월 7일", "2026-04-07"), ("9일", "2026-04-09"), ("5월 2일", "2026-05-02"), ("4일", "2026-05-04")]


def test_a_bare_day_after_a_coming_relative_clause_is_not_in_its_month():
    anchor = datetime(2026, 5, 12, 9)
    found = values("협회는 다음 달 3일부터 열리는 대회의 규칙을 12일 내놨다.", anchor)
    assert [(t[0], t[2]) for t in found] == [("다음 달 3일", "2026-06-03"), ("12일", "2026-05-12")]


def test_the_month_a_plan_was_originally_set_for_lies_either_side_of_now():
    anchor = datetime(2026, 5, 12, 9)
    found = values("회사는 당초 9월 초로 정했던 출시를 다음 달로 당겼다고 밝혔다.", anchor)
    assert [(t[0], t[2]) for t in found][0] == ("9월 초", "2026-09")


def test_the_same_day_after_a_telling_is_the_day_of_what_was_told():
    anchor = datetime(2026, 6, 11, 9)
    told = values("협회는 지난 8일 B사를 뽑았다고 10일 발표했다. C사도 같은 날 지원을 받게 됐다.", anchor)
    assert [(t[0], t[2]) for t in told][-1] == ("같은 날", "2026-06-08")
    # (with no other day in its sentence, the telling's day is the one named last)
    told = values("협회는 10일 이같이 밝혔다. C사도 같은 날 입장을 냈다.", anchor)
    assert [(t[0], t[2]) for t in told][-1] == ("같은 날", "2026-06-10")


def test_a_year_and_its_month_by_a_dot_alone_as_chronologies_write_them():
    anchor = datetime(2026, 6, 9, 9)
    found = values("’24.11 창업 – '25.3 시드 투자 유치, 2025.09 2차 평가 통과. 점수는 2025.5 배, 2026.1 버전.", anchor)
    assert [(t[0], t[2]) for t in found] == [("’24.11", "2024-11"), ("'25.3", "2025-03"), ("2025.09", "2025-09")]
    # closed by a dot, as a notice writes it, but never the year and month of a full date
    found = values("지난 개방(2025.11.) 때보다 늘었다. 마감은 2026. 7. 3., 2026.5. 착수.", anchor)
    assert [(t[0], t[2]) for t in found] == [("2025.11.", "2025-11"), ("2026. 7. 3.", "2026-07-03"), ("2026.5.", "2026-05")]


def test_a_plan_first_set_is_of_the_year_nearest_what_came_of_it_and_an_event_s_named_day_is_the_nearest():
    anchor = datetime(2026, 11, 30, 9)
    found = values("협회는 보고서를 애초 2월 말 내려 했으나 3월 9일에야 냈다. 발표일인 4일은 바뀌지 않았다.", anchor)
    assert [(t[0], t[2]) for t in found] == [("2월 말", "2026-02"), ("3월 9일", "2026-03-09"), ("4일", "2026-12-04")]


def test_what_a_thing_lets_one_do_tells_no_tense_of_the_day_before_it():
    anchor = datetime(2026, 6, 9, 9)
    found = values("협회는 8일 누구나 내려받을 수 있는 점검표를 올렸다. 연구소는 3일 혼자 쓸 수 없는 장비를 들였다.", anchor)
    assert [(t[0], t[2]) for t in found] == [("8일", "2026-06-08"), ("3일", "2026-06-03")]


def test_a_first_or_next_day_of_a_visit_told_only_by_its_month_ahead_is_no_day():
    anchor = datetime(2026, 6, 9, 9)
    found = values("사절단은 다음 달 하순 서울에 온다. 도착 첫날 협회를 찾고, 이튿날 공장을 둘러본다.", anchor)
    assert [(t[0], t[2]) for t in found] == [("다음 달 하순", "2026-07")]
    # (but after a month gone by, an aside, the next day is still the story's)
    found = values("회사는 8일 행사를 열었다. 지난 3월부터 준비했다. 이튿날 결과를 냈다.", anchor)
    assert [(t[0], t[2]) for t in found][-1] == ("이튿날", "2026-06-09")


def test_the_new_year_s_start_told_as_its_beginning_or_its_very_first_days():
    anchor = datetime(2026, 12, 28, 9)
    found = values("새해 초 출시한다. 새해 벽두부터 협상이 이어진다. 새해에도 건강하시길. 새해 초청장을 보냈다.", anchor)
    assert [(t[0], t[2], t[4]) for t in found] == [("새해 초", "2027", "START"), ("새해 벽두", "2027", "START")]


def test_the_same_day_beside_another_time_is_the_telling_s_not_a_quoted_plan_s():
    anchor = datetime(2026, 6, 9, 9)
    told = values("협회는 8일 \"심사 결과는 20일 공개한다\"고 말했다. 진흥원도 같은 날 12일부터 이틀간 설명회를 연다고 알렸다.", anchor)
    assert [(t[0], t[2]) for t in told][-3:-1] == [("같은 날", "2026-06-08"), ("12일", "2026-06-12")]


def test_the_same_day_is_the_day_named_last_and_a_story_that_moved_on_counts_from_publication():
    anchor = datetime(2026, 5, 12, 9)
    same = values("A는 3월 2일 출범했다. B는 이튿날 합류했고 C도 같은 날 합류했다.", anchor)
    assert [(t[0], t[2]) for t in same] == [("3월 2일", "2026-03-02"), ("이튿날", "2026-03-03"), ("같은 날", "2026-03-03")]
    moved = values("2024년 10월 7일 출범 때만 해도 주목받지 못했다. 올해 3월 흑자를 냈다.\n\n회사는 전날 새 제품을 내놨다.", anchor)
    assert [(t[0], t[2]) for t in moved][-1] == ("전날", "2026-05-11")
    assert [(t[0], t[2]) for t in values("위촉식은 명일 열린다.", anchor)] == [("명일", "2026-05-13")]
    assert [(t[0], t[2]) for t in values("전일 공고했다.", anchor)] == [("전일", "2026-05-11")]


def test_a_part_of_a_week_covers_only_those_days():
    anchor = datetime(2026, 9, 15, 9)  # a Tuesday
    found = tag("다음 주 초반 ... 이번 주 후반 회의를 연다. 다음 주 중반께 마감한다.", anchor)
    assert [(t.text, t.value, t.mod) for t in found] == [
        ("다음 주 초반", "2026-W39", "START"), ("이번 주 후반", "2026-W38", "END"), ("다음 주 중반", "2026-W39", "MID")]
    assert value_range("2026-W38", "END") == (date(2026, 9, 18), date(2026, 9, 20))  # Friday to Sunday
    assert value_range("2026-W38") == (date(2026, 9, 14), date(2026, 9, 20))


def test_the_verb_of_a_relative_clause_a_few_words_on_gives_the_date_its_tense():
    anchor = datetime(2026, 10, 5, 9)
    # a native verb's past adnominal three words on (손을 든), a Sino-Korean one after its object
    # (공모를 마감한), though the sentence speaks of the future or of nothing at all
    found = tag("KT는 내년 신규 과제에 도전한다. 7월 평가에서 끝내 손을 든 카카오도 다시 뛴다. "
                "3월 추가 공모를 마감한 NIA는 곧 결과를 낸다.", anchor)
    assert [(t.text, t.value) for t in found] == [("내년", "2027"), ("7월", "2026-07"), ("3월", "2026-03")]
    # further on, an adjective in -한 says nothing of time (비슷한), nor does a noun ending like a verb (장치를)
    found = tag("SKT는 연내 LG와도 비슷한 협약을 맺을 것으로 보인다. 9월 저장 장치를 들여왔다.", anchor)
    assert [(t.value, t.direction) for t in found] == [("2026", "future"), ("2026-09", "past")]


def test_a_brokerages_quarters_and_fiscal_years():
    found = tag("1Q27 출시, 3Q25 실적과 FY2028, FY27 목표. 300B 모델과 B2Q26X는 아니다.", datetime(2026, 11, 6, 9))
    assert [(t.text, t.value) for t in found] == [("1Q27", "2027-Q1"), ("3Q25", "2025-Q3"), ("FY2028", "2028"), ("FY27", "2027")]


def test_a_month_and_day_after_an_items_mark_closed_by_a_dot():
    found = tag(" ㅇ 6.2. 서면 심사 결과 공개\n ㅇ (발표) 6.20. 최종 결과 공개\n - 3.5 버전 출시, 점수는 6.2. 이다",
                datetime(2026, 5, 4, 9))
    assert [(t.text, t.value) for t in found] == [("6.2.", "2026-06-02"), ("6.20.", "2026-06-20")]


def test_dotted_year_and_month_ranges_of_a_plans_phases():
    found = tag("△착수(2027.3~2028.2), △확산(2028.3~9) 단계. 점수는 2025.8~9점이다.", datetime(2027, 1, 5, 9))
    assert [(t.text, t.value, t.end_value) for t in found] == [
        ("2027.3~2028.2", "2027-03", "2028-02"), ("2028.3~9", "2028-03", "2028-09")]


def test_a_weeks_schedule_by_weekday_letters_in_brackets():
    text = "이번 주 일정\n[화] 설명회\n[목] 시연회\n본문 속 [수]는 날짜가 아니다"
    assert [(t.text, t.value) for t in tag(text, datetime(2026, 6, 9, 8))] == [  # a Tuesday
        ("이번 주", "2026-W24"), ("[화]", "2026-06-09"), ("[목]", "2026-06-11")]
    # published on a Sunday, the week to come
    assert [t.value for t in tag("[월] 회의\n[금] 발표", datetime(2026, 6, 14, 8))] == ["2026-06-15", "2026-06-19"]


def test_a_verb_before_a_noun_of_order_tells_no_time():
    found = tag("카카오는 5일 시제품을 내놓은 뒤 12일 설명회를 연다. KT는 9일 점검을 마친 후 배포한다.",
                datetime(2026, 7, 30, 9))
    assert [t.value for t in found] == ["2026-08-05", "2026-08-12", "2026-08-09"]


def test_a_weekend_is_its_saturday_and_sunday():
    found = tag("이번 주말 해커톤을 연다. 지난 주말에는 점검을 했다.", datetime(2026, 11, 20, 19))  # a Friday
    assert [(t.text, t.value) for t in found] == [("이번 주말", "2026-W47-WE"), ("지난 주말", "2026-W46-WE")]
    assert value_range("2026-W47-WE") == (date(2026, 11, 21), date(2026, 11, 22))


def test_quarters_relative_to_publication_and_a_past_part_of_the_year_not_over_yet():
    anchor = datetime(2027, 1, 12, 9)
    found = tag("지난 분기 매출과 다음 분기 출시, 전 분기 대비.", anchor)
    assert [(t.text, t.value) for t in found] == [("지난 분기", "2026-Q4"), ("다음 분기", "2027-Q2"), ("전 분기", "2026-Q4")]
    # in November this year's end is still to come: 지난 연말 is last year's, 지난 하반기 last year's second half
    assert [t.value for t in tag("지난 연말 행사와 지난 하반기 실적", datetime(2026, 11, 10, 9))] == ["2025", "2025-H2"]


def test_an_hour_before_the_copula():
    found = tag("접수 마감은 내일 오후 6시다. 개막은 11일 오전 9시였다.", datetime(2026, 5, 11, 9))
    assert [t.value for t in found] == ["2026-05-12T18:00", "2026-05-11T09:00"]


def test_a_date_someone_said_is_not_the_day_the_story_is_about():
    found = tag('카카오 대표는 3일 "신모델을 20일 내놓겠다"고 말했다. KT 대표도 이날 같은 계획을 밝혔다.',
                datetime(2026, 7, 3, 18))
    assert [(t.text, t.value) for t in found] == [("3일", "2026-07-03"), ("20일", "2026-07-20"), ("이날", "2026-07-03")]


def test_a_count_from_the_day_told_last_or_from_an_events_day():
    anchor = datetime(2026, 9, 30, 9)
    found = tag("카카오는 지난 3월 2일 첫 모델을 냈다. 그로부터 열흘 뒤 API를 열었고, 이로부터 두 달 만에 유료 전환을 했다. "
                "공모 마감 사흘 만에 결과가 나왔다. 업계 매출이 5년 만에 줄었다.", anchor)
    assert [(t.text, t.type, t.value) for t in found] == [
        ("지난 3월 2일", "DATE", "2026-03-02"), ("열흘 뒤", "DATE", "2026-03-12"), ("두 달 만에", "DATE", "2026-05"),
        ("사흘 만에", "DURATION", "P3D"), ("5년 만에", "DURATION", "P5Y")]  # (no day told with 마감: nothing to count from)
    found = tag("접수는 8월 14일 마감됐다. 마감 닷새 만에 서류 심사가 끝났다.", anchor)
    assert [(t.text, t.value) for t in found] == [("8월 14일", "2026-08-14"), ("닷새 만에", "2026-08-19")]


def test_a_day_counted_from_the_date_right_before_it_and_삼일절():
    found = tag("현충일 다음 날 설명회를 열고, 3·1절에는 쉰다. 지난 2일 개막했다. 다음 날 폐막했다.", datetime(2026, 5, 20, 9))
    assert [(t.text, t.value) for t in found] == [
        ("현충일", "2026-06-06"), ("다음 날", "2026-06-07"), ("3·1절", "2027-03-01"), ("지난 2일", "2026-05-02"),
        ("다음 날", "2026-05-03")]


def test_the_month_after_the_one_named_last():
    found = tag("LG AI연구원은 9월, SK텔레콤은 그다음 달 새 모델을 공개한다.", datetime(2026, 6, 10, 9))
    assert [(t.text, t.value) for t in found] == [("9월", "2026-09"), ("그다음 달", "2026-10")]


def test_the_week_after_the_one_told_last():
    found = tag("A는 이달 넷째 주, B는 다음 달 첫째 주, C는 그다음 주에 각각 공개한다. 지난 3일 개막했다. 같은 주 금요일 폐막했다.",
                datetime(2026, 6, 10, 9))
    assert [(t.text, t.value) for t in found] == [
        ("이달 넷째 주", "2026-W26"), ("다음 달 첫째 주", "2026-W27"), ("그다음 주", "2026-W28"), ("지난 3일", "2026-06-03"),
        ("같은 주 금요일", "2026-06-05")]


def test_a_count_with_만인_a_later_step_of_the_same_sentence_and_a_day_said_the_day_before():
    found = tag("접수가 끝난 것은 지난 2일이었다. 그로부터 열흘 만인 12일 결과가 나왔다.", datetime(2026, 6, 20, 9))
    assert [(t.text, t.value) for t in found] == [("지난 2일", "2026-06-02"), ("열흘 만", "2026-06-12"), ("12일", "2026-06-12")]
    found = tag("업스테이지는 지난 4일 시험판을 내놨고, 정식판은 엿새 뒤 배포했다.", datetime(2026, 6, 20, 9))
    assert [(t.text, t.value) for t in found] == [("지난 4일", "2026-06-04"), ("엿새 뒤", "2026-06-10")]
    # a bare day a few days back, before what was said: the day it was said (printed the next morning)
    found = tag("한국정보통신기술협회는 18일 최종 평가를 다음 달 진행한다고 설명했다.", datetime(2026, 6, 19, 7))
    assert [(t.text, t.value) for t in found] == [("18일", "2026-06-18"), ("다음 달", "2026-07")]
    found = tag("한국정보통신기술협회는 27일 최종 평가를 진행한다고 설명했다.", datetime(2026, 6, 19, 7))
    assert [t.value for t in found] == ["2026-06-27"]  # (a day ahead: the day of what is told)


def test_the_relative_clause_of_the_date_after_tells_nothing_of_the_one_before():
    found = tag("이날 회의에서는 다음 주로 잡힌 발표 평가를 두고 질의가 쏟아졌다.", datetime(2026, 11, 4, 19))
    assert [(t.text, t.value, t.direction) for t in found] == [("이날", "2026-11-04", "past"), ("다음 주", "2026-W46", "future")]


def test_a_day_planned_at_first_lies_on_either_side_of_publication():
    found = tag("협회는 애초 12일로 예정했던 총회를 19일로 미룬다고 밝혔다.", datetime(2026, 5, 14, 9))
    assert [(t.text, t.value) for t in found] == [("12일", "2026-05-12"), ("19일", "2026-05-19")]


def test_the_days_of_the_span_told_last():
    found = tag("포럼은 다음 달 9일부터 11일까지 부산에서 열린다. 둘째 날 토론회가, 마지막 날 시상식이 있다. 첫날에는 개막식이 열린다.",
                datetime(2026, 6, 20, 9))
    assert [(t.text, t.value) for t in found] == [("다음 달 9일부터 11일까지", "2026-07-09"), ("둘째 날", "2026-07-10"),
                                                  ("마지막 날", "2026-07-11"), ("첫날", "2026-07-09")]
    found = tag("박람회는 오는 4~6일 열린다. 둘째 날에는 강연이 있다.", datetime(2026, 6, 1, 9))
    # (the direction word before a range of days is the range's, as before a day: 오는 4~6일, as 오는 4일)
    assert [(t.text, t.value) for t in found] == [("오는 4~6일", "2026-06-04"), ("둘째 날", "2026-06-05")]
    # (the days a gathering opens and closes on, by their own words)
    found = tag("전시회는 다음 달 14일부터 17일까지 열린다. 개막일에는 장관이 축사를 하고, 폐막일에는 시상식이 있다.", datetime(2026, 8, 3, 9))
    assert [(t.text, t.value) for t in found][1:] == [("개막일", "2026-09-14"), ("폐막일", "2026-09-17")]
    # (the day of an event told by its place before or after another day: 발표회 이틀 전인 16일 … 발표 당일, the 18th)
    found = tag("발표회는 다음 달 열린다. A사는 발표회 이틀 전인 16일 새 모델을 낸다. 발표 당일에는 대표가 무대에 오른다. "
                "B사는 선정 사흘 뒤인 23일 협약을 맺는다. 선정 당일 입장을 낸다.", datetime(2026, 11, 20, 9))
    assert [(t.text, t.value) for t in found if t.type == "DATE"][1:] == [("16일", "2026-12-16"), ("당일", "2026-12-18"),
                                                                          ("23일", "2026-12-23"), ("당일", "2026-12-20")]


def test_a_recordings_chapter_marks_are_no_clock():
    chapters = ("0:00 인트로\n12:05 지난달 공개된 평가 결과\n58:40 다음 주 일정 정리\n", "[03:10] 인사\n[1:02:30] 올해 남은 일정\n")
    anchor = datetime(2026, 7, 3, 9)
    assert [(t.text, t.value) for t in tag(chapters[0], anchor)] == [("지난달", "2026-06"), ("다음 주", "2026-W28")]
    assert [(t.text, t.value) for t in tag(chapters[1], anchor)] == [("올해", "2026")]
    clock = "[09:15] 개회 선언\n[10:40] 기조연설 시작\n"  # a live blog's clock: the times of the day
    assert [(t.text, t.value) for t in tag(clock, anchor)] == [("09:15", "2026-07-03T09:15"), ("10:40", "2026-07-03T10:40")]


def test_a_decade_and_its_part_are_no_year():
    found = tag("이 회사는 1990년대 말 문을 열어 2000년대 중반 코스닥에 올랐다. 2010년 이후로는 해외에 집중했다.", date(2026, 4, 1))
    assert [(t.text, t.value, t.mod) for t in found][:2] == [("1990년대 말", "199X", "END"), ("2000년대 중반", "200X", "MID")]
    assert "2010" in [t.value for t in found]  # (a year is still a year)
    assert value_range("199X", "END") == (date(1996, 1, 1), date(1999, 12, 31))
    assert value_range("202X") == (date(2020, 1, 1), date(2029, 12, 31))


def test_the_last_day_of_a_month_and_christmas_eve():
    found = tag("접수는 다음 달 말일까지 받고, 결과는 크리스마스 이브에 알린다.", date(2026, 1, 8))
    assert [(t.text, t.value) for t in found] == [("다음 달 말일", "2026-02-28"), ("크리스마스 이브", "2026-12-24")]


def test_two_days_or_months_told_together_and_a_range_of_counts():
    found = tag("행사는 12·13일 이틀간 열린다. 결과는 2~3개월 뒤 나온다. 8·9월에는 휴가가 몰린다. 3~4일 전 예고됐다.", date(2026, 6, 1))
    # (two days joined by a dot are each a day, as 12일과 13일 are: the events' gold lists both)
    assert [(t.text, t.value, t.end_value) for t in found if t.type in ("DATE", "TIME")] == [
        ("12", "2026-06-12", None), ("13일", "2026-06-13", None), ("2~3개월 뒤", "2026-08", "2026-09"), ("8·9월", "2026-08", "2026-09"),
        ("3~4일 전", "2026-05-28", "2026-05-29")]
    assert [t.text for t in tag("3·4위를 다퉜다. 12~13일 후보 등록을 받는다.", date(2026, 6, 1))] == ["12~13일"]


def test_a_count_from_the_month_told_last():
    found = tag("카카오는 3월 새 모델을 냈고, 네이버는 그로부터 두 달 뒤 맞불을 놨다.", date(2026, 11, 2))
    assert [(t.text, t.value) for t in found] == [("3월", "2026-03"), ("두 달 뒤", "2026-05")]


def test_a_day_set_for_what_is_to_come():
    found = tag("출시 예정일은 12일이다. 지난 12일 공개됐다.", date(2026, 5, 14))
    assert [(t.text, t.value) for t in found] == [("12일", "2026-06-12"), ("지난 12일", "2026-05-12")]


def test_a_quarter_written_in_english():
    assert [(t.text, t.value) for t in tag("신제품은 Q2 2027 중 나온다. 실적은 Q3'26에 반영됐다.", date(2026, 12, 1))] == [
        ("Q2 2027", "2027-Q2"), ("Q3'26", "2026-Q3")]


def test_the_day_after_the_day_told_last_and_after_an_events_day():
    found = tag("협회는 지난 3일 심사를 마쳤다. 이튿날 결과를 알렸고, 그다음 날 공개했다. 한 팀은 공개 이튿날 이의를 냈다.",
                date(2026, 3, 10))
    assert [(t.text, t.value) for t in found] == [("지난 3일", "2026-03-03"), ("이튿날", "2026-03-04"),
                                                  ("그다음 날", "2026-03-05"), ("이튿날", "2026-03-06")]


def test_a_half_in_a_brokerages_shorthand():
    assert [(t.text, t.value) for t in tag("매출은 2H26부터 늘고 1H27에 정점을 찍는다.", date(2026, 11, 2))] == [
        ("2H26", "2026-H2"), ("1H27", "2027-H1")]


def test_next_year_in_the_words_of_official_papers():
    found = tag("익년 상반기에 공개하고 명년 3월 출시한다.", date(2026, 11, 25))
    assert [(t.text, t.value) for t in found] == [("익년 상반기", "2027-H1"), ("명년 3월", "2027-03")]


def test_ranges_of_days_in_slashes_where_schedules_put_them():
    found = tag("▷3/9~13 서류 심사\n▷3/16(월)~20(금) 면접\n▷3/30~4/3 합숙 교육\n정원의 1/3~1/2 이상", date(2026, 3, 2))
    assert [(t.text, t.value, t.end_value) for t in found] == [
        ("3/9~13", "2026-03-09", "2026-03-13"), ("3/16(월)~20(금)", "2026-03-16", "2026-03-20"),
        ("3/30~4/3", "2026-03-30", "2026-04-03")]


def test_a_count_of_days_or_months_told_about():
    found = tag("시제품은 열흘쯤 뒤, 정식판은 석 달여 뒤 나온다. 두 해 남짓 전 시작한 일이다.", date(2026, 5, 11))
    assert [(t.text, t.value, t.mod) for t in found] == [("열흘쯤 뒤", "2026-05-21", "APPROX"), ("석 달여 뒤", "2026-08", "APPROX"),
                                                         ("두 해 남짓 전", "2024", "APPROX")]


def test_a_half_told_just_after_a_plans_months_of_next_year():
    found = tag("기관은 내년 2월 공모를 열고 5월까지 과제를 고른다. 예산은 이미 확보했다.\n\n또 하반기에는 성과 발표회를 연다.",
                date(2026, 12, 20))
    assert [(t.text, t.value) for t in found] == [("내년 2월", "2027-02"), ("5월", "2027-05"), ("하반기", "2027-H2")]


def test_weekdays_after_what_a_weeks_schedule_lists_and_a_day_named_by_its_month_and_day():
    found = tag("△심사 결과 발표(수) △협약식(금)\n현장에서는 '3·15'를 전환점으로 본다. 3·15 이후 분위기가 달라졌다. 1·2차 평가와 1·2위는 다르다.",
                date(2026, 4, 6))
    assert [(t.text, t.value) for t in found] == [("(수)", "2026-04-08"), ("(금)", "2026-04-10"), ("3·15", "2026-03-15"),
                                                  ("3·15", "2026-03-15")]


def test_today_of_another_year_and_days_counted_from_the_clause_that_tells_the_event():
    found = tag("재작년 오늘 공모가 열렸다. 협회는 지난 4일 시안을 배포한 데 이어 11일 확정안을 냈다. 의견은 시안 배포 이틀 뒤부터 받았다.",
                date(2026, 3, 12))
    assert [(t.text, t.value) for t in found] == [("재작년 오늘", "2024-03-12"), ("지난 4일", "2026-03-04"), ("11일", "2026-03-11"),
                                                  ("이틀 뒤", "2026-03-06")]


def test_a_day_reached_by_years_and_months_counted_from_a_month_told():
    found = tag("협회는 2025년 3월 문을 열었다. 그로부터 2년 2개월 만인 12일 첫 인증서를 냈다.", date(2027, 5, 14))
    assert [(t.text, t.value) for t in found] == [("2025년 3월", "2025-03"), ("2년 2개월 만", "2027-05"), ("12일", "2027-05-12")]


def test_a_day_of_a_span_told_in_the_sentence_before():
    found = tag("협회는 다음 달 14~16일 부산에서 대회를 연다고 15일 밝혔다. 대회는 14일 오전 9시 개막한다. 본선은 15일이다.",
                date(2026, 9, 15))
    assert [(t.text, t.value) for t in found] == [("다음 달 14~16일", "2026-10-14"), ("15일", "2026-09-15"),
                                                  ("14일 오전 9시", "2026-10-14T09:00"), ("15일", "2026-10-15")]


def test_an_academic_year_and_a_past_quarter_after_next_years_plans():
    found = tag("2029학년도부터 과정을 연다. 내년 1분기에는 새 모델을 낸다. 2분기 매출은 30% 늘었다.", date(2027, 7, 29))
    assert [(t.text, t.value) for t in found] == [("2029학년도", "2029"), ("내년 1분기", "2028-Q1"), ("2분기", "2027-Q2")]


def test_the_month_after_the_one_told_in_apposition():
    found = tag("A. 12월 평가를 마친 뒤 다음 달인 1월 중 누리집에 공개합니다.", date(2027, 6, 25))
    assert [(t.text, t.value) for t in found] == [("12월", "2027-12"), ("1월 중", "2028-01")]


def test_a_time_told_as_what_a_plan_is_set_for_and_the_last_day_of_days_counted():
    found = tag("작년 11월 심사가 끝났다. 본선은 10월이다. 협회는 오는 5일부터 나흘간 대회를 연다. 시상식은 대회 마지막 날이다.",
                date(2028, 1, 3))
    assert [(t.text, t.value) for t in found if t.type == "DATE"] == [
        ("작년 11월", "2027-11"), ("10월", "2028-10"), ("오는 5일", "2028-01-05"), ("마지막 날", "2028-01-08")]


def test_the_same_day_as_an_event_named_and_a_notice_counted_from():
    found = tag("협회는 9일 공모를 냈다. 이튿날 진흥원은 일정을 공지했다. A사는 공모와 같은 날 뜻을 밝혔고, B사는 공지 사흘 뒤 나섰다.",
                date(2028, 4, 20))
    assert [(t.text, t.value) for t in found] == [("9일", "2028-04-09"), ("이튿날", "2028-04-10"), ("같은 날", "2028-04-09"),
                                                  ("사흘 뒤", "2028-04-13")]


def test_a_verb_that_modifies_a_bare_month_tells_its_time():
    written = datetime(2026, 1, 16, 16)
    ahead = tag("증권가는 2차 평가가 열리는 8월까지 변동성이 컸다고 봤다.", written)
    behind = tag("증권가는 결과가 나온 12월에 변동성이 컸다고 봤다.", written)
    assert [t.value for t in ahead] == ["2026-08"] and [t.value for t in behind] == ["2025-12"]


def test_the_same_moment_is_the_day_told_last():
    found = tag("SK텔레콤은 12일 오후 2시 새 모델을 공개했다. 같은 시각 업스테이지는 요금제를 바꿨다.", datetime(2026, 6, 13, 9))
    assert [t.value for t in found] == ["2026-06-12T14:00", "2026-06-12"]


def test_a_deadlines_relative_clause_tells_no_past():
    found = tag("LG AI연구원은 6월까지 매개변수를 두 배로 늘린 모델을 완성한다는 목표다.", datetime(2026, 2, 25, 9))
    assert [t.value for t in found] == ["2026-06"]


def test_a_months_day_told_with_a_promise_is_the_nearest():
    found = tag("[3월 4일] KT가 추가 공모에 나서지 않겠다고 공식화했다.", datetime(2026, 4, 20, 9))
    ahead = tag("업스테이지는 4월 2일 새 모델을 내놓겠다고 밝혔다.", datetime(2026, 3, 20, 9))
    assert [t.value for t in found] == ["2026-03-04"] and [t.value for t in ahead] == ["2026-04-02"]


def test_a_plan_as_it_was_and_the_day_it_moved_to():
    found = tag("당초 정부는 결과를 2월 초 발표할 계획이었지만, 공고는 2월 중순 낼 예정이었으나 24일로 밀렸다.", datetime(2026, 4, 10, 9))
    assert [t.value for t in found] == ["2026-02", "2026-02", "2026-02-24"]


def test_a_year_with_a_dot_before_a_month_in_words():
    found = values("| 2027.3월 중순 | 최종 공개 | 2026. 11월 | 점검 |", date(2026, 4, 15))
    assert [(text, value, mod) for text, _, value, _, mod in found] == [
        ("2027.3월 중순", "2027-03", "MID"), ("2026. 11월", "2026-11", None)]


def test_a_bare_day_after_a_relative_clauses_day_of_another_month_is_the_day_of_publication():
    anchor = datetime(2026, 9, 14, 9)
    told = values("협회가 지난달 10일 공고한 지원 사업 접수가 14일 끝났다.", anchor)
    assert [(t[0], t[2]) for t in told] == [("지난달 10일", "2026-08-10"), ("14일", "2026-09-14")]
    # (not the day of publication: the day after the relative clause's stays in its month)
    later = values("A는 지난달 12일 마감된 공모에 도전했지만, 20일 발표된 결과에서 밀렸다.", datetime(2026, 3, 23, 9))
    assert [(t[0], t[2]) for t in later] == [("지난달 12일", "2026-02-12"), ("20일", "2026-02-20")]


def test_a_month_a_schedule_is_moved_to_takes_no_tense_from_the_moving():
    told = values("협회는 심사를 당초 6월에서 9월 말로 미뤘다.", datetime(2026, 4, 20, 9))
    assert [(t[0], t[2]) for t in told] == [("6월", "2026-06"), ("9월 말", "2026-09")]


def test_a_bare_day_before_reported_words_with_a_date_is_the_day_they_were_told():
    anchor = datetime(2026, 6, 4, 9)
    told = values("외신은 3일 10월 평가가 분수령이 될 것이라고 보도했다.", anchor)
    assert [(t[0], t[2]) for t in told] == [("3일", "2026-06-03"), ("10월", "2026-10")]
    # (a day inside the words, a deadline, stays theirs)
    said = values("담당자는 \"접수는 12일까지 받고 이달 중 발표할 것\"이라고 말했다.", datetime(2026, 2, 3, 9))
    assert said[0][2] == "2026-02-12"


def test_a_purpose_clause_tells_no_time_of_the_verb_it_serves():
    told = values("KT는 12일 누구나 쓸 수 있도록 모델을 풀었다고 13일 밝혔다.", datetime(2026, 4, 13, 9))
    assert [(t[0], t[2]) for t in told] == [("12일", "2026-04-12"), ("13일", "2026-04-13")]


def test_that_day_is_the_storys_not_a_background_clauses_or_a_deadlines():
    text = ("과기정통부는 9일 공모를 냈다. 지난 2일 심사에서 탈락한 두 곳도 낼 수 있다. 접수는 다음 달 3일까지다. "
            "루닛은 이날 참여하지 않겠다고 밝혔고, 코난도 같은 뜻을 전했다.")
    told = values(text, datetime(2026, 6, 9, 15))
    assert ("이날", "2026-06-09") in [(t[0], t[2]) for t in told]
    # (but a day's relative clause whose head is the occasion is the story's: 이날 is that day)
    told = values("3일 서울에서 열린 한 포럼에는 100명이 왔다. 이날 장관은 축사를 했다.", datetime(2026, 6, 4, 9))
    assert ("이날", "2026-06-03") in [(t[0], t[2]) for t in told]


def test_an_offset_told_as_done_counts_from_the_day_told_not_from_publication():
    told = values("지난해 3월 2일 공모가 닫혔다. 20개 팀이 몰렸고, 나흘 뒤 8개 팀이 남았다. 그해 5월 6일 결과가 나왔다.",
                  datetime(2026, 3, 2, 9))
    assert [(t[0], t[2]) for t in told] == [("지난해 3월 2일", "2025-03-02"), ("나흘 뒤", "2025-03-06"),
                                            ("그해 5월 6일", "2025-05-06")]
    told = values("결과는 나흘 뒤 나온다.", datetime(2026, 3, 2, 9))
    assert [(t[0], t[2]) for t in told] == [("나흘 뒤", "2026-03-06")]



def test_a_day_before_a_noun_that_jeon_prefixes_is_the_day_not_a_count_back():
    anchor = datetime(2026, 3, 9, 15)
    told = values("코스피는 9일 전 거래일보다 1.2% 올랐다. 협회는 5일 전 회장을 고문으로 위촉했다.", anchor)
    assert [(t[0], t[2]) for t in told] == [("9일", "2026-03-09"), ("5일", "2026-03-05")]
    # (a count back stays one: 3일 전 발표했다, 열흘 전 장관이 말했다)
    told = values("협회는 3일 전에 결과를 냈고, 열흘 전 장관이 현장을 찾았다.", anchor)
    assert [(t[0], t[2]) for t in told] == [("3일 전", "2026-03-06"), ("열흘 전", "2026-02-27")]


def test_a_bare_time_heading_a_plan_is_the_time_the_plan_is_for():
    anchor = datetime(2026, 3, 10, 9)
    told = values("NIA는 3분기 데이터 개방 계획을 10일 내놨다. 협회는 10월 총회 일정을 알렸다.", anchor)
    assert [(t[0], t[2]) for t in told] == [("3분기", "2026-Q3"), ("10일", "2026-03-10"), ("10월", "2026-10")]
    # (a result of a past time stays past, and so does a plan's month already gone: 2월 업무 계획을 냈다)
    told = values("회사는 4분기 실적을 발표했다. 팀은 2월 업무 계획을 냈다.", anchor)
    assert [(t[0], t[2]) for t in told] == [("4분기", "2025-Q4"), ("2월", "2026-02")]


def test_a_count_of_days_left_is_the_day_it_comes_and_a_pair_of_month_parts_is_one_part():
    # (a count of days left to what is told with 까지 is the day it comes, in digits as in words, 사흘 남았다; 15일 남은 with
    # 오는 before it is the 15th)
    anchor = datetime(2026, 4, 6, 9)
    told = values("신청 마감까지 9일 남았다. 결과는 5월 초·중순 나온다. 오는 15일 남은 심사를 마친다.", anchor)
    assert [(t[0], t[2]) for t in told] == [("9일", "2026-04-15"), ("5월 초·중순", "2026-05"), ("오는 15일", "2026-04-15")]
    assert all(t.value != "2026-04-15" for t in tag("공모가 열린 지 벌써 9일이 남짓 지났다.", anchor))  # (no 까지: no countdown)


def test_a_month_and_day_after_a_dash_before_what_happens_then_is_a_date():
    told = values("② 선정: 루닛 — 4.3 발표\n③ 오차 — 2.5 포인트", datetime(2026, 4, 6, 9))
    assert [(t[0], t[2]) for t in told] == [("4.3", "2026-04-03")]


def test_times_in_a_plan_told_are_the_plans_but_a_day_near_the_telling_is_its_day():
    anchor = datetime(2026, 3, 10, 9)
    told = tag("청장은 상반기 중 규정 손질을 마치고, 하반기에는 보급을 늘리겠다는 계획을 밝혔다.", anchor)
    assert [(t.text, t.value, t.direction) for t in told] == [("상반기 중", "2026-H1", "future"), ("하반기", "2026-H2", "future")]
    told = values("회사는 9일 새 모델을 내놓겠다는 계획을 발표했다.", anchor)
    assert [(t[0], t[2]) for t in told] == [("9일", "2026-03-09")]


def test_a_day_reported_after_a_pages_stamp_is_the_storys_day():
    text = ("**한빛통신** | 2026-04-09 07:00 |\n\n미국 정부가 새 규정을 내놨다고 블룸버그가 8일(현지시간) 보도했다. "
            "블룸버그는 상무부가 이날 업계 의견을 받았다고 전했다.")
    told = values(text, datetime(2026, 4, 9, 7))
    assert ("이날", "2026-04-08") in [(t[0], t[2]) for t in told]
    # (with no day reported, the stamp's day is the story's: 마감했다고 이날 밝혔다)
    text = "**한빛통신** | 2026-04-09 07:00 |\n\n협회는 지난달 2일부터 진행한 접수를 마감했다고 이날 밝혔다."
    assert ("이날", "2026-04-09") in [(t[0], t[2]) for t in values(text, datetime(2026, 4, 9, 7))]


def test_the_polite_style_of_speech_tells_its_tense():
    anchor = datetime(2026, 3, 2, 8)
    told = tag("9월에는 최종 심사가 열려요. 지난달 결과가 나왔어요. 다음 달에 새 팀을 뽑을 예정이에요.", anchor)
    assert [(t.text, t.value, t.direction) for t in told] == [
        ("9월", "2026-09", "present"), ("지난달", "2026-02", "past"), ("다음 달", "2026-04", "future")]


def test_a_position_as_the_predicate_puts_its_times_ahead_but_a_position_told_is_the_days():
    anchor = datetime(2026, 6, 10, 9)
    told = tag("협회는 이달 안에 결과를 내겠다는 입장입니다.", anchor)
    assert [(t.text, t.direction) for t in told] == [("이달", "future")]
    told = tag("두 회사는 이날 참여하지 않겠다는 입장을 밝혔다.", anchor)
    assert [(t.text, t.direction) for t in told] == [("이날", "past")]


def test_a_day_counted_on_from_the_day_told_last_is_in_its_month():
    told = values("정부는 지난해 3월 2일 사업을 알렸다. 4월 28일 마감한 접수에는 12곳이 몰렸고, 협회는 닷새 뒤인 3일 8곳을 추렸다.",
                  datetime(2026, 2, 1, 9))
    assert ("3일", "2025-05-03") in [(t[0], t[2]) for t in told]


def test_a_day_named_by_its_month_and_day_before_what_happened_on_it():
    found = tag("4·22 선정 이후 분위기가 바뀌었다. 업계는 4·22 결과를 곱씹는다. 3·4 단계와 1·2 평가 일정은 따로 잡혔다.", date(2026, 5, 6))
    assert [(t.text, t.value) for t in found] == [("4·22", "2026-04-22"), ("4·22", "2026-04-22")]


def test_the_time_since_what_was_done_before_the_day_told_last():
    found = tag("루닛은 지난 14일 병원 세 곳과 협약을 맺었다. 본선에 오른 지 꼭 열흘 만이다. 카카오는 지난해 5월 투자를 받은 지 "
                "1년여 만이다. KT는 16일 새 모델을 냈다. 첫 모델을 낸 지 두 달여 만이다.", date(2026, 7, 20))
    assert [(t.text, t.value) for t in found][:2] == [("지난 14일", "2026-07-14"), ("열흘 만", "2026-07-04")]
    # (a time since a day of its own, or about so long: no day to count back to)
    assert [t.value for t in found[2:]] == ["2025-05", "P1Y", "2026-07-16", "P2M"]


def test_words_in_quotation_marks_still_count_as_words_after_a_date():
    found = tag("NIA는 3일부터 다음 달 2일까지 '공공 분야 AI 학습 데이터' 사업에 참여할 기업을 모집한다고 밝혔다.", date(2026, 7, 3))
    assert [(t.value, t.end_value, t.direction) for t in found] == [("2026-07-03", "2026-08-02", "present")]


def test_slide_counters_are_no_dates_but_a_digests_days_are():
    anchor = date(2026, 3, 2)
    slides = "(1/4) 무슨 일이 있었나\n(2/4) 3월 5일 설명회가 열립니다\n(3/4) 신청은 지금부터\n(4/4) 끝\n"
    assert [t.value for t in tag(slides, anchor)] == ["2026-03-05"]
    thread = "1/3 오늘 정리\n2/3 발표는 다음 주\n3/3 이상입니다\n"
    assert [t.text for t in tag(thread, anchor)] == ["오늘", "다음 주"]
    digest = "2/3 공모 마감\n2/13 결과 발표\n"  # (a total would be the same on every line: these are days)
    assert [t.value for t in tag(digest, anchor)] == ["2026-02-03", "2026-02-13"]


def test_a_day_under_a_months_heading_is_of_that_month():
    anchor = date(2026, 3, 4)
    box = "■ 2026년 3월\n- 2일 NIPA 설명회\n■ 2026년 2월\n- 27일 협약 체결\n- 9일 서류 접수 마감\n"
    assert [t.value for t in tag(box, anchor)] == ["2026-03", "2026-03-02", "2026-02", "2026-02-27", "2026-02-09"]
    prose = "지난 1월 평가가 끝났다. 23일 공모가 열린다."  # (a month inside a sentence heads nothing)
    assert tag(prose, date(2026, 3, 4))[-1].value == "2026-03-23"


def test_a_glued_subtitles_day_is_no_step_before_the_leads_day():
    glued = "결과는 내달 5일 발표…신청 마감 임박(세종=뉴스1) 김하늘 기자 = 과기정통부는 20일 설명회를 열었다."
    assert [t.value for t in tag(glued, date(2026, 3, 20))] == ["2026-04-05", "2026-03-20"]


def test_a_span_from_last_month_to_the_day_of_telling_ends_that_day():
    told_on = date(2026, 4, 9)
    closed = tag("NIA는 지난달 6일부터 9일까지 받은 신청을 마감했다.", told_on)[0]
    assert (closed.value, closed.end_value) == ("2026-03-06", "2026-04-09")
    two_days = tag("지난달 8일부터 9일까지 이틀간 행사가 열렸다.", told_on)[0]
    assert (two_days.value, two_days.end_value) == ("2026-03-08", "2026-03-09")


def test_this_day_is_the_occasions_day_not_a_glued_subtitles():
    text = ("카카오 9일, 네이버 8일 먼저(서울=뉴스1) 김하늘 기자 = 두 회사는 9일 판교에서 열린 개발자 행사에서 새 모델을 "
            "소개했다. 카카오는 이날 오픈소스 버전도 내놨다.")
    assert [t.value for t in tag(text, date(2026, 5, 10)) if t.text == "이날"] == ["2026-05-09"]


def test_a_claims_own_tense_does_not_date_the_denial():
    assert tag("카카오는 2일 KT가 공모에서 빠진다는 소문을 부인했다.", date(2026, 1, 3))[0].value == "2026-01-02"


def test_an_award_of_the_year_is_no_date():
    assert tag("협회는 루닛을 올해의 스타트업으로 뽑았다. 올해의 인물상은 다음 주 발표한다.", date(2026, 11, 2))[0].text == "다음 주"
    assert tag("올해의 목표는 매출 두 배다.", date(2026, 11, 2))[0].value == "2026"
    # (one word before the noun, and this year's prize named in quotes: its edition; but last year's was given then)
    found = tag("조합은 올해의 우수 기업으로 B사를, 올해 '데이터 혁신상' 수상자로 C사를 골랐다. 지난해 '데이터 혁신상'은 D사가 받았다.",
                date(2026, 11, 2))
    assert [(t.text, t.value) for t in found] == [("지난해", "2025")]


def test_a_day_gone_by_is_not_the_time_of_what_is_yet_to_be_done():
    assert tag("지난해 9월에 이 사업을 함께할 기관을 찾기 시작했다.", date(2026, 5, 2))[0].direction == "past"


def test_the_new_years_first_day_is_the_first_of_january():
    assert tag("LG AI연구원은 새해 첫날 새 모델을 내놨다.", date(2026, 1, 5))[0].value == "2026-01-01"
    assert tag("새해 첫날 결과를 공개한다.", date(2025, 12, 20))[0].value == "2026-01-01"


def test_an_iso_stamp_is_one_time_not_a_day_and_its_offset():
    assert [(t.text, t.value) for t in tag("수정 2026-03-04T16:30:05+09:00", date(2026, 3, 4))] == [
        ("2026-03-04T16:30:05+09:00", "2026-03-04T16:30")]


def test_what_a_thing_can_do_told_of_it_is_no_time_of_the_clause():
    done = tag("루닛은 지난해 11월 병원이 바로 쓸 수 있는 판독 모델을 출시했다.", date(2026, 1, 20))[0]
    assert (done.value, done.direction) == ("2025-11", "past")


def test_the_day_of_an_event_told_as_days_ahead_of_it():
    text = "최종 발표를 이틀 앞둔 18일 각 팀이 막판 점검에 나섰다. 발표 당일에는 장관이 직접 결과를 읽는다."
    assert [t.value for t in tag(text, date(2026, 12, 18)) if t.text == "당일"] == ["2026-12-20"]


def test_a_year_restated_in_brackets_keeps_its_part():
    assert [(t.value, t.mod) for t in tag("정부는 내년(2027년) 상반기 본사업을 시작한다.", date(2026, 11, 2))] == [("2027-H1", None)]
    assert [(t.value, t.mod) for t in tag("올해(2026년) 말 최종 두 팀이 가려진다.", date(2026, 3, 2))] == [("2026", "END")]


def test_within_glued_to_a_time():
    assert [t.value for t in tag("상반기내 한 팀을 더 뽑고 이달중에 공고를 낸다.", date(2026, 1, 16))] == ["2026-H1", "2026-01"]


def test_the_day_of_telling_after_a_quotation_is_not_in_the_quoted_month():
    text = '노타는 "다음 달 8일 새 칩을 공개하겠다"고 20일 밝혔다.'
    found = {t.text: t.value for t in tag(text, date(2026, 6, 20))}
    assert found == {"다음 달 8일": "2026-07-08", "20일": "2026-06-20"}


def test_a_day_right_after_a_holiday_told_is_after_that_holiday():
    text = "협회는 30일 결과를 낸다. 추석 연휴 직후인 28일에는 총회를 연다."
    found = {t.text: t.value for t in tag(text, date(2026, 9, 21))}
    assert found["28일"] == "2026-09-28"


def test_a_bare_nth_week_after_a_months_week_is_that_months_and_a_week_that_holds_the_day_after_it_gives_way():
    text = "3월 첫째 주에는 점검을 했다. 둘째 주에는 검증을 했다. 셋째 주인 18일 결과가 나왔다."
    found = [(t.text, t.value) for t in tag(text, date(2026, 4, 1))]
    assert found == [("3월 첫째 주", "2026-W10"), ("둘째 주", "2026-W11"), ("18일", "2026-03-18")]
    # (a weekly series' second week is its second session, a week after the first: the 13th)
    text = "협회는 오는 6일부터 매주 강연을 연다. 둘째 주에는 노타가, 세 번째 주에는 뷰노가 선다."
    found = [(t.text, t.value) for t in tag(text, date(2026, 4, 1))]
    assert found[-2:] == [("둘째 주", "2026-04-13"), ("세 번째 주", "2026-04-20")]


def test_a_day_after_an_untold_one_in_a_past_clause_is_not_after_publication():
    text = "심사 결과가 공개된 이튿날인 9일 협회 회원사 주가가 일제히 올랐다."
    assert [(t.text, t.value) for t in tag(text, date(2026, 5, 10))] == [("9일", "2026-05-09")]
    text = "발표 사흘 뒤인 14일 설명회를 연다."
    assert [(t.text, t.value) for t in tag(text, date(2026, 5, 10)) if t.text == "14일"] == [("14일", "2026-05-14")]


def test_news_of_a_change_told_as_a_noun_leaves_the_days_time_to_its_verb():
    text = "협회는 총회를 다음 달 3일로 미룬다고 20일 밝혔다. 회원사에는 이날 오후 변경 소식이 안내됐다."
    found = {t.text: t.value for t in tag(text, date(2026, 5, 20))}
    assert found["이날 오후"].startswith("2026-05-20")


def test_a_passive_in_eojida_modifying_a_noun_is_past():
    text = "2월 심사에서 걸러진 뷰노는 새 과제를 준비하고 있다."
    assert [(t.text, t.value) for t in tag(text, date(2026, 9, 1))] == [("2월", "2026-02")]
    text = "1월 나눠진 과제는 각 팀이 맡고 있다."
    assert [(t.text, t.value) for t in tag(text, date(2026, 9, 1))] == [("1월", "2026-01")]


def test_a_verb_before_after_with_a_particle_tells_no_time():
    text = '원장은 "연말 새 기준이 마련된 뒤에도 기존 사업은 이어간다"고 말했다.'
    assert [(t.text, t.value) for t in tag(text, date(2026, 3, 1))] == [("연말", "2026")]


def test_the_day_of_a_past_clause_after_a_plan_told_is_the_last_day_that_has_been():
    text = "협회는 4일 총회를 열어 새 규정을 의결했다. 규정은 다음 달 1일 이사회에서 확정될 전망이다. 회장은 이날 총회에서 인사말을 했다."
    found = {t.text: t.value for t in tag(text, date(2026, 3, 5))}
    assert found["이날"] == "2026-03-04"
    text = "협회는 오는 20일 총회를 연다. 이날 총회에서는 새 회장을 뽑는다."
    assert {t.text: t.value for t in tag(text, date(2026, 3, 5))}["이날"] == "2026-03-20"
    # (with no tense, once the story went back to a time gone by since the plan: still the last day that has been)
    text = ("식약처는 2일 심의회를 열었다. 새 지침은 다음 달 10일 시행된다. 지난해 11월 마련한 초안을 다듬은 것이다. "
            "이날 심의의 핵심은 안전성 기준이다.")
    assert {t.text: t.value for t in tag(text, date(2026, 3, 5))}["이날"] == "2026-03-02"
    text = "식약처는 2일 심의회를 열었다. 새 지침은 다음 달 10일 시행된다. 이날 설명회도 함께 진행된다."
    assert {t.text: t.value for t in tag(text, date(2026, 3, 5))}["이날"] == "2026-04-10"


def test_a_bare_weekend_something_went_on_over_is_the_one_just_past_or_the_coming_one():
    text = "주말 사이 노타가 새 칩을 내놨다. 협회는 주말 동안 서버를 점검한다. 평일과 주말에 문을 연다."
    found = [(t.text, t.value) for t in tag(text, date(2026, 3, 2))]
    assert found == [("주말", "2026-W09-WE"), ("주말", "2026-W10-WE")]


def test_an_outcome_a_headline_tells_with_its_month_in_brackets_has_come():
    text = "① 뷰노 실증 심사 탈락(1월)\n② 노타, 공공 데이터 사업 선정(2월)\n③ 루닛 본사업 확정(11월)"
    found = [(t.text, t.value) for t in tag(text, date(2026, 12, 28))]
    assert found == [("1월", "2026-01"), ("2월", "2026-02"), ("11월", "2026-11")]


def test_a_day_told_in_local_time_abroad_is_the_nearest_one():
    text = "블룸버그는 30일(현지시간) 노타가 다음 달 2일 일본 법인을 세운다고 보도했다."
    found = {t.text: t.value for t in tag(text, date(2026, 12, 1))}
    assert found["30일(현지시간)"] == "2026-11-30" and found["다음 달 2일"] == "2027-01-02"


def test_a_day_a_verb_modifies_before_after_is_that_day_not_a_count_of_days_back():
    text = "두 곳은 심사가 끝나는 12일 전에 자료를 낸다. 그는 3일 전 합류했다."
    found = [(t.text, t.value) for t in tag(text, date(2026, 5, 2))]
    assert found == [("12일", "2026-05-12"), ("3일 전", "2026-04-29")]


def test_a_span_ending_at_a_weekend_is_no_span_of_days():
    found = [(t.text, t.value, t.end_value) for t in tag("15일~주말 사이에 공개했다. 첫날 반응이 좋았다.", date(2026, 10, 20))]
    assert found[0] == ("15일~주말", "2026-10-15", "2026-W42-WE")


def test_months_told_in_order_after_one_of_next_year_are_of_that_year():
    text = "재단은 내년 2월까지 신청을 받고, 5월 심사를 거쳐 11월 결과를 낸다."
    found = [(t.text, t.value) for t in tag(text, date(2026, 11, 15))]
    assert found == [("내년 2월", "2027-02"), ("5월", "2027-05"), ("11월", "2027-11")]


def test_a_day_before_a_plan_told_with_haetda_is_the_day_it_was_said():
    found = [(t.text, t.value) for t in tag("노타 대표는 12일 간담회에서 내년 상반기 상장하겠다고 했다.", date(2026, 5, 14))]
    assert found == [("12일", "2026-05-12"), ("내년 상반기", "2027-H1")]


def test_months_told_in_order_in_the_past_go_on_in_the_year_the_story_told():
    text = ("2024년 9월 3일 공단이 사업 공고를 냈다. 첫 관문은 서류 심사였다. 10월 15일 접수를 마쳤고, 사흘 뒤인 18일 "
            "여섯 곳이 올랐다. 11월 2일에는 세 곳이 남았다. 공단은 지난 10월 새 공모를 냈다.")
    found = [(t.text, t.value) for t in tag(text, date(2025, 12, 20)) if t.type == "DATE"]
    assert found == [("2024년 9월 3일", "2024-09-03"), ("10월 15일", "2024-10-15"), ("18일", "2024-10-18"),
                     ("11월 2일", "2024-11-02"), ("지난 10월", "2025-10")]


def test_a_part_of_a_year_told_within_and_no_verb_is_the_one_ahead():
    found = [(t.text, t.value) for t in tag("· 2분기 내 출시\n· 하반기 중 매출이 늘었다.", date(2026, 11, 20))]
    assert found == [("2분기", "2027-Q2"), ("하반기 중", "2026-H2")]


def test_a_noun_ending_like_a_future_verb_before_plan_tells_no_future():
    text = "노타는 지난 12일 신제품을 냈다. 대표는 이튿날 직원들 앞에서 일본 수출 계획을 밝혔다."
    found = [(t.text, t.value, t.direction) for t in tag(text, date(2026, 5, 20))]
    assert found[1] == ("이튿날", "2026-05-13", "past")


def test_a_season_alone_as_the_time_a_sentence_is_set_in_is_of_the_year_its_tense_points_to():
    found = [(t.text, t.value) for t in tag("가을에는 세 곳이 심사를 준비했다. 여름엔 새 모델을 낸다. 가을 야구가 한창이다.", date(2026, 12, 20))]
    assert found == [("가을", "2026-FA"), ("여름", "2027-SU")]


def test_a_day_told_after_a_span_is_a_step_after_its_end():
    found = [(t.text, t.value) for t in tag("심사는 3월 2일부터 4월 10일까지 이어졌고, 결과는 17일 나왔다.", date(2026, 5, 1))]
    assert found[-1] == ("17일", "2026-04-17")


def test_a_day_after_a_month_the_story_set_itself_in_is_of_that_month():
    found = [(t.text, t.value) for t in tag("3월의 소식은 많았다. 9일 루닛이 상장했다.", date(2026, 6, 1))]
    assert found == [("3월", "2026-03"), ("9일", "2026-03-09")]
    # (so is a month the story says it is set in: … 것은 지난 3월이었다)
    found = [(t.text, t.value) for t in tag("식약처의 심사가 멈춘 것은 지난 3월이었다. 보완 요청이 나간 24일 뷰노는 일정을 미뤘다.",
                                           date(2026, 6, 1))]
    assert found == [("지난 3월", "2026-03"), ("24일", "2026-03-24")]
    found = [(t.text, t.value) for t in tag("노타가 흔들린 때는 올해 2월이다. 계약이 끝난 9일 직원들이 떠났다.", date(2026, 6, 1))]
    assert found == [("올해 2월", "2026-02"), ("9일", "2026-02-09")]


def test_a_plan_told_ahead_does_not_move_the_story_on_from_its_day():
    text = "진흥원은 3일 공모를 시작했다. 접수는 이달 29일까지다. 결과는 8월 중 나온다. 루닛은 이날 지원 의사를 밝혔다."
    found = [(t.text, t.value) for t in tag(text, date(2026, 5, 4))]
    assert found[-1] == ("이날", "2026-05-03")


def test_days_before_told_of_what_is_still_ahead_count_back_from_the_day_ahead_just_told():
    found = [(t.text, t.value) for t in tag("결과는 다음 주 월요일 나온다. 후보들에게는 이틀 전 통보된다. 그는 사흘 전 합류했다.",
                                             date(2026, 5, 6))]
    assert found == [("다음 주 월요일", "2026-05-11"), ("이틀 전", "2026-05-09"), ("사흘 전", "2026-05-03")]


def test_that_day_is_the_day_told_last_though_inside_quoted_words():
    text = '루닛은 지난 1일 상장했다. 대표는 "가장 기뻤던 날은 2025년 3월 9일"이라고 했다. 그날 루닛은 첫 인증을 받았다.'
    found = [(t.text, t.value) for t in tag(text, date(2026, 6, 1))]
    assert found[-1] == ("그날", "2025-03-09")


def test_a_range_of_numbers_that_are_no_months_is_no_date():
    found = [(t.text, t.value) for t in tag("엔비디아는 지난해 1·0월에도 합의했고, 3·4월에는 공개했다.", date(2026, 5, 1))]
    assert ("3·4월", "2026-03") in found and not [f for f in found if "0월" in f[0]]


def test_a_count_of_weeks_opening_a_clause_after_a_day_told_is_the_storys_next_step():
    text = "노타는 지난 3월 2일 공장을 세웠다. 2주 만에 첫 제품이 나왔다. 매출은 10년 만에 가장 많았다."
    found = [(t.text, t.value) for t in tag(text, date(2026, 6, 1))]
    assert ("2주 만에", "2026-03-16") in found and ("10년 만에", "P10Y") in found
    found = [(t.text, t.value) for t in tag("노타는 지난 3월 2일 공장을 세웠다. 회사는 열흘 만에 첫 제품을 냈다.", date(2026, 6, 1))]
    assert ("열흘 만에", "2026-03-12") in found


def test_days_counted_after_a_month_the_story_moved_on_to_stay_in_that_month():
    text = "공단은 지난 2월 10일 모집을 시작했다. 한 달 뒤 창구가 닫혔다. 공단은 사흘 뒤 대상자를 추렸다."
    found = [(t.text, t.value) for t in tag(text, date(2026, 6, 1))]
    assert ("한 달 뒤", "2026-03") in found and ("사흘 뒤", "2026-03") in found


def test_a_day_of_a_step_before_the_one_a_sentence_tells_is_no_day_this_day_points_to():
    text = "8일 노타 주가는 5% 올랐다. 계약이 알려진 지난 4일 12% 뛴 데 이어 상승을 이어갔다. 뷰노도 이날 1% 올랐다."
    found = [(t.text, t.value) for t in tag(text, date(2026, 6, 8))]
    assert found[-1] == ("이날", "2026-06-08")


def test_the_day_after_the_results_told_counts_from_the_results_not_a_show_told_since():
    text = ("첫 무대는 3월 2일이었다. 루닛은 이날 설명회에서 모델을 발표했다. 4월 9일 나온 심사 결과에서 루닛은 1위였다. "
            "대표는 결과 발표 다음 날 직원들을 모았다.")
    found = [(t.text, t.value) for t in tag(text, date(2026, 6, 1))]
    assert found[-1] == ("다음 날", "2026-04-10")


def test_months_down_a_list_with_no_verb_keep_the_year_of_those_above_unless_a_year_heads_them():
    text = "▶2월=모집 공고\n▶3월=서류 심사\n▶9월 초=현장 점검\n▶11월=최종 발표"
    found = [(t.text, t.value) for t in tag(text, date(2026, 1, 5))]
    assert ("9월 초", "2026-09") in found and ("11월", "2026-11") in found
    text = "■ 2026년\n3.9 심사 결과 발표\n■ 2025년\n11.2 공모 마감\n8.4 공모 시작"
    found = [(t.text, t.value) for t in tag(text, date(2026, 6, 1))]
    assert ("8.4", "2025-08-04") in found


def test_this_week_told_ahead_on_a_sunday_is_the_week_that_begins_the_next_day():
    text = "장관은 이번 주 병원 세 곳을 찾는다. 지난주에는 이번 주 일정을 짜느라 바빴다."
    found = [(t.text, t.value) for t in tag(text, date(2026, 6, 7))]  # a Sunday
    assert found[0] == ("이번 주", "2026-W24")
    found = [(t.text, t.value) for t in tag("장관은 이번 주 병원 세 곳을 찾는다.", date(2026, 6, 3))]
    assert found[0] == ("이번 주", "2026-W23")


def test_a_day_of_the_cause_a_sentence_explains_its_news_by_is_no_day_this_day_points_to():
    text = ("공단은 실증 공모를 20일부터 진행한다고 밝혔다. 이번 공모는 지난 9일 심사에서 두 곳이 빠지면서 생긴 자리를 채우기 위한 "
            "것이다. 노타는 이날 공모에 나서지 않겠다고 밝혔다.")
    found = [(t.text, t.value) for t in tag(text, date(2026, 6, 20))]
    assert found[-1] == ("이날", "2026-06-20")


def test_a_day_word_set_off_by_a_comma_before_its_clause_is_a_day_but_one_of_a_list_is_not():
    found = [(t.text, t.value) for t in tag("그리고 어제, 세 팀은 무대에 올랐다. 오늘, 내일 중 발표한다.", date(2026, 5, 8))]
    assert ("어제", "2026-05-07") in found and ("오늘", "2026-05-08") not in found


def test_so_many_months_after_the_month_told_last_is_a_month_blank_lines_and_an_adverb_aside():
    text = "지난 3월 공단은 실증 사업을 시작했다.\n\n불과 다섯 달 만에 참여 병원은 40곳으로 늘었다."
    found = [(t.text, t.value) for t in tag(text, date(2026, 9, 1))]
    assert found == [("지난 3월", "2026-03"), ("다섯 달 만에", "2026-08")]
    text = "공단은 지난 3일 공모를 냈다.\n\n2주 만에 여섯 곳이 손을 들었다."  # (a day told, a step of days after it)
    assert [(t.text, t.value) for t in tag(text, date(2026, 9, 1))][-1] == ("2주 만에", "2026-08-17")


def test_a_month_a_decision_is_told_with_is_the_nearer_of_ahead_and_gone_by():
    found = [(t.text, t.value) for t in tag("복지부는 9월 점검에 현장 실사를 넣기로 했다.", date(2026, 5, 20))]
    assert found == [("9월", "2026-09")]
    found = [(t.text, t.value) for t in tag("복지부는 3월 회의에서 실사를 넣기로 하고 공단에 알렸다.", date(2026, 5, 20))]
    assert found == [("3월", "2026-03")]


def test_a_year_word_in_words_said_on_a_day_of_another_year_counts_from_that_day():
    text = "이 대표는 지난해 11월 2일 \"내년에는 병원 100곳에 넣겠다\"고 말했다. 그는 \"내년 봄 해외로 나간다\"고 덧붙였다."
    found = [(t.text, t.value) for t in tag(text, date(2026, 2, 10))]
    assert found == [("지난해 11월 2일", "2025-11-02"), ("내년", "2026"), ("내년 봄", "2027-SP")]
    text = "11월 2일 간담회에서 이 대표는 새 판독 모델을 소개했다. 그는 이 자리에서 \"내년에는 병원 100곳에 넣겠다\"고 말했다."
    assert [(t.text, t.value) for t in tag(text, date(2026, 2, 10))][-1] == ("내년", "2026")


def test_a_day_counted_from_another_counts_from_the_day_its_own_sentence_told_a_weekday_too():
    text = "지난 화요일 면접을 치른 두 병원이 이튿날 합격 통보를 받았다. 공단은 그다음 주에 결과를 공개했다."
    found = [(t.text, t.value) for t in tag(text, date(2026, 5, 14))]  # (a Thursday)
    assert found[:2] == [("지난 화요일", "2026-05-12"), ("이튿날", "2026-05-13")]
    text = "공단은 지난 수요일 설명회를 열었다고 이날 밝혔다."  # (이날 stays the story's own day)
    assert [(t.text, t.value) for t in tag(text, date(2026, 5, 14))][-1] == ("이날", "2026-05-14")


def test_the_day_after_a_close_told_as_a_spans_last_day_counts_from_that_day():
    text = "공단은 금일부터 3월 6일까지 신청을 받습니다. 접수 마감 익일부터 서류 심사를 합니다."
    assert [(t.text, t.value) for t in tag(text, date(2026, 2, 20))][-1] == ("익일", "2026-03-07")


def test_a_bare_events_few_days_back_and_a_time_entered():
    text = "루닛은 12일 입장문을 냈다. 탈락 사흘 만이다."
    assert [(t.text, t.value) for t in tag(text, date(2026, 6, 12))][-1] == ("사흘 만", "2026-06-09")
    text = "루닛은 12일 입장문을 냈다. 합류 3개월 만이다."  # (a background months back: no day)
    assert [t.value for t in tag(text, date(2026, 6, 12)) if t.type == "DATE"] == ["2026-06-12"]
    found = [(t.text, t.value) for t in tag("회사는 하반기 들어 병원용 버전을 출시한다.", date(2026, 3, 5))]
    assert found == [("하반기", "2026-H2")]


def test_a_day_named_as_a_spans_first_is_what_a_later_first_day_means_and_today_is_set_against_it():
    text = ("공단의 현장 심사가 사흘째 이어졌다. 첫날인 7일에는 뷰노가 시연을 마쳤고, 이날은 루닛이 나섰다. "
            "결과는 이달 말 나온다. 뷰노는 첫날 시연을 마친 뒤 곧장 서류 보완에 들어갔다. 두 회사는 이날도 분주했다.")
    found = [(t.text, t.value) for t in tag(text, date(2026, 5, 9)) if t.type == "DATE"]
    assert found == [("7일", "2026-05-07"), ("이날", "2026-05-09"), ("이달 말", "2026-05"), ("첫날", "2026-05-07"),
                     ("이날", "2026-05-09")]
    # (no span told and a plan's day told before it: what was done on a first day was done by now)
    text = "심사 결과는 다음 달 10일 발표된다. 뷰노는 첫날 발표를 마쳤다."
    assert [(t.text, t.value) for t in tag(text, date(2026, 5, 9))][-1] == ("첫날", "2026-05-09")
    text = "박람회 둘째 날인 8일에는 루닛이 강연했다. 뷰노는 첫날 부스를 열었다."  # (a first day counted from a second named)
    assert [(t.text, t.value) for t in tag(text, date(2026, 5, 9))][-1] == ("첫날", "2026-05-07")
    text = "지난 4일 토론회가 열렸다. 이날 뷰노가 발제를 맡았다."  # (이날 with nothing set against it: the day told)
    assert [(t.text, t.value) for t in tag(text, date(2026, 5, 9))][-1] == ("이날", "2026-05-04")


def test_a_purpose_told_with_수_있게_tells_no_time():
    found = tag("루닛은 지난 4일 판독 모델을 병원 누구나 쓸 수 있게 풀었다.", date(2026, 5, 9))
    assert [(t.text, t.value, t.direction) for t in found] == [("지난 4일", "2026-05-04", "past")]


def test_a_part_of_a_year_is_this_years_when_its_sentence_counts_next_year_again_after_it():
    text = "루닛은 \"내년 상반기에는 유럽 인증을 받겠다\"고 했다. 3분기 매출은 내년 1월 말 공개된다."
    found = [(t.text, t.value) for t in tag(text, date(2026, 8, 20))]
    assert found == [("내년 상반기", "2027-H1"), ("3분기", "2026-Q3"), ("내년 1월 말", "2027-01")]
    # (no year counted again: the part after a plan for next year is that year's)
    text = "루닛은 내년 상반기에 유럽 인증을 받는다. 3분기에는 미국 시장에 나선다."
    assert [(t.text, t.value) for t in tag(text, date(2026, 8, 20))][-1] == ("3분기", "2027-Q3")


def test_a_span_opened_by_이날_cannot_open_after_it_closes():
    text = "대구시는 다음 달 20일 의료 AI 포럼을 연다고 3일 밝혔다. 사전 등록은 이날부터 다음 달 12일까지 받는다."
    found = [(t.text, t.value, t.end_value) for t in tag(text, date(2026, 5, 3))]
    assert found[-1] == ("이날부터 다음 달 12일까지", "2026-05-03", "2026-06-12")
    text = "포럼은 다음 달 20일 열린다. 등록은 이날부터 다음 달 25일까지 받는다."  # (a span that may open that day does)
    assert [(t.value, t.end_value) for t in tag(text, date(2026, 5, 3))][-1] == ("2026-06-20", "2026-06-25")


def test_a_time_something_is_set_or_moved_to_is_not_dated_by_the_past_tense_of_setting_it():
    anchor = date(2026, 10, 20)
    for text in ("복지부는 공청회 시점을 12월 초로 공지했다.", "식약처는 허가 심사 발표를 1월 중순으로 미뤘다.",
                 "두 병원은 개원 날짜를 2월 9일로 확정했습니다."):
        assert int(tag(text, anchor)[0].value[:4]) >= 2026 and tag(text, anchor)[0].value[:7] >= "2026-12", text
    assert tag("뷰노는 12월 초 공청회를 열었다.", anchor)[0].value == "2025-12"  # (told as done: the last one)


def test_a_relative_month_spelled_as_another_noun_is_that_noun_before_its_particles():
    published = date(2026, 5, 6)
    assert [t.value for t in tag("자료 전달을 지난주에 끝냈고 서한 전달이 늦어졌다.", published) if t.type == "DATE"] == ["2026-W18"]
    assert [t.value for t in tag("전달 20일 서명했고 전달 말에 계약했다.", published) if t.type == "DATE"] == ["2026-04-20", "2026-04"]


def test_a_relative_month_spelled_as_another_noun_is_that_noun_before_a_verb_ending_or_at_a_lines_end():
    published = date(2026, 5, 6)
    dates = [t.value for t in tag("식약처는 회신을 전달했고 지침은 다음 주 전달된다.\n- 9월: 뷰노에 판독 결과 전달\n"
                                  "- 10월: 병원별 교육자료 전달\n처방 건수는 전달 대비 3% 많다.", published)
             if t.type == "DATE"]
    assert dates == ["2026-W20", "2026-09", "2026-10", "2026-04"]


def test_a_schedules_next_item_is_in_the_month_of_the_item_before_it():
    text = "건강보험심사평가원 일정\n\n△2~6일: 자료 접수\n△12일: 현장 점검\n\n△24일: 결과 공지\n"
    assert [t.value for t in tag(text, date(2026, 3, 1))] == ["2026-03-02", "2026-03-12", "2026-03-24"]
    # (an item with a smaller day is not kept in the month before: ▲28일 … / ▲3일 …; nor a day inside a line)
    assert [t.value for t in tag("▲28일: 심사\n▲3일: 통보\n", date(2026, 8, 1))] == ["2026-07-28", "2026-08-03"]
    assert [t.value for t in tag("▲3일: 심사\n결과는 지난 24일 나왔다.", date(2026, 8, 1))][-1] == "2026-07-24"


def test_a_span_end_told_alone_is_in_the_month_of_the_day_before_it():
    assert [t.value for t in tag("▲3일(화) = 비대면 진료 시범 사업 평가 시작(~20일).", date(2026, 3, 1))] == ["2026-03-03", "2026-03-20"]


def test_the_days_of_a_sentence_looking_back_from_the_storys_day_are_asides():
    text = "장관은 10일 A사를 찾았다. 장관은 전날 B사를, 지난 5일에는 C사를 방문했다. C사는 이날 계획을 설명했다."
    assert [t.value for t in tag(text, date(2026, 3, 10))] == ["2026-03-10", "2026-03-09", "2026-03-05", "2026-03-10"]
    text = "장관은 10일 A사를 찾았다. 장관은 지난 5일 C사를 방문했다. C사는 이날 계획을 설명했다."  # (no looking back: the day told last)
    assert [t.value for t in tag(text, date(2026, 3, 10))][-1] == "2026-03-05"


def test_a_day_in_brackets_ending_a_line_as_other_lines_do_dates_that_line():
    text = ("· 뷰노 — 판독 보조 모델 허가 신청 (4일)\n"
            "· 보건복지부 — 실증 병원 모집 공고, 다음 달 2일 마감 (6일 게시)\n"
            "· 루닛 — 유방 영상 모델 새 버전 배포 (8일)\n")
    assert [t.value for t in tag(text, date(2026, 5, 9))] == ["2026-05-04", "2026-06-02", "2026-05-06", "2026-05-08"]
    # (alone, a bracket after a day of next month is a step of that month: … 다음 달 2일 마감 (6일 결과 통보))
    assert [t.value for t in tag("실증 병원 모집, 다음 달 2일 마감 (6일 결과 통보)", date(2026, 5, 9))] == ["2026-06-02", "2026-06-06"]


def test_a_day_something_takes_effect_as_of_is_the_nearest_one():
    # (told in the present the day after, 1일 자로 … 맡는다 is the day before, not next month's first)
    assert [t.value for t in tag("최 원장은 1일 자로 식약처 평가원을 맡아 심사 업무를 총괄한다.", date(2026, 6, 2))] == ["2026-06-01"]
    assert [t.value for t in tag("노타의 새 대표는 1일부로 취임한다.", date(2026, 5, 29))] == ["2026-06-01"]


def test_a_weekday_that_names_the_day_after_it_gives_way_to_the_day():
    text = "목요일인 10일 오전 협약식이 열린다. 토요일인 12일에는 간담회가 있다. 금요일인 12일"
    found = [(t.text, t.value) for t in tag(text, date(2026, 9, 7))]
    assert found[:2] == [("10일 오전", "2026-09-10TMO"), ("12일", "2026-09-12")]
    assert len(found) == 4  # (a weekday that is not the day's stays: the text contradicts itself)


def test_a_bare_month_after_a_season_of_a_year_told_goes_on_in_that_year():
    text = "재작년 가을 첫 공모가 나왔다. 회사는 11월 서류를 냈지만 떨어졌다."
    found = [(t.text, t.value) for t in tag(text, date(2026, 12, 14))]
    assert found == [("재작년 가을", "2024-FA"), ("11월", "2024-11")]
    # (a month before the season's is no continuation of it)
    assert [t.value for t in tag("지난해 겨울 준비를 시작했다. 3월 모델을 냈다.", date(2026, 12, 14))][-1] == "2026-03"


def test_a_weekend_told_after_its_week_is_that_weeks_weekend():
    text = "시연회는 이번 주 주말에 연다. 점검은 3월 둘째 주 주말까지 끝낸다. 셋째 주 주말에는 쉰다. 지난 주 주말 회의를 했다."
    found = [(t.text, t.value) for t in tag(text, date(2026, 2, 24))]  # a Tuesday
    assert found == [("이번 주 주말", "2026-W09-WE"), ("3월 둘째 주 주말", "2026-W11-WE"), ("셋째 주 주말", "2026-W12-WE"),
                     ("지난 주 주말", "2026-W08-WE")]


def test_a_d_day_after_an_events_word_is_that_events_day():
    text = "협회는 오는 15일 해커톤 본선을 치른다. 본선 디데이를 사흘 앞둔 12일 참가팀 명단을 공개한다. 오늘이 바로 디데이다."
    found = [(t.text, t.value) for t in tag(text, date(2026, 5, 4))]
    assert ("디데이", "2026-05-15") in found and found[-1] == ("디데이", "2026-05-04")  # (a countdown's own D-day is today)


def test_the_weeks_around_a_week_told_from_a_sunday_move_with_it():
    text = "장관은 이번 주 병원 세 곳을 찾는다. 지난주 예정됐던 방문이 미뤄졌다. 다음 주에는 공장을 둘러본다."
    found = dict((t.text, t.value) for t in tag(text, date(2026, 6, 7)))  # a Sunday: 이번 주 is W24
    assert found["지난주"] == "2026-W23" and found["다음 주"] == "2026-W25"
    # (no week told as the one ahead: the calendar's own weeks)
    assert dict((t.text, t.value) for t in tag("지난주 예정됐던 방문이 미뤄졌다.", date(2026, 6, 7)))["지난주"] == "2026-W22"


def test_this_week_with_its_days_from_the_next_day_on_a_sunday_moves_the_weeks_around_it():
    text = "이번 주(8~12일) 공시 일정이 몰려 있다. 지난주에는 세 곳이 실적을 냈다."
    found = dict((t.text, t.value) for t in tag(text, date(2026, 6, 7)))  # a Sunday
    assert found["지난주"] == "2026-W23"


@pytest.mark.parametrize("span", ["(2026.10~)", "(2026.10~현재)"])
def test_a_year_and_month_opening_a_span_left_open_is_its_start(span):
    assert values(f"칩 최적화{span}를 맡았다.", date(2026, 12, 2))[0][2] == "2026-10"


def test_a_day_told_again_exactly_after_그러니까_is_one_time():
    assert [(t.text, t.value) for t in tag("마감은 내일, 그러니까 9일 오후다.", date(2026, 12, 8))] == [("9일", "2026-12-09")]


def test_a_day_of_an_event_whose_days_none_tells_is_no_time():
    assert tag("설명회는 결선 둘째 날과 겹친다. 신청은 금요일까지다.", date(2026, 12, 3))[0].text == "금요일"


def test_the_very_day_of_an_event_told_last_by_its_month_is_that_month():
    # (not the day told earlier in a clause with the same word, nor the story's day)
    found = tag("B사는 지난 4일 시제품 시연을 마쳤다. 본 시연은 다음 달 하순 진행한다. 시연 당일에는 투자자도 초청한다.",
                datetime(2026, 5, 12, 9))
    assert [(t.text, t.value) for t in found][-1] == ("당일", "2026-06")
    # (a month of another thing the word's clause describes is not the event's: 작년 9월 공개된 초판보다 …)
    found = tag("C기관은 오는 28일 새 지침을 공개한다고 밝혔다. 작년 9월 공개된 초판보다 분량이 늘었다. 공개 당일 오전 설명회가 열린다.",
                datetime(2026, 4, 20, 9))
    assert [t.value[:10] for t in found if t.text.startswith("당일")] == ["2026-04-28"]


def test_steps_told_with_their_months_in_brackets_are_one_years_and_named_again_are_those_months():
    text = "심사는 1차(3월)·2차(7월)·최종(11월)로 나뉘어 진행됐다. 1차에서는 두 곳이 떨어졌고, 최종 심사는 열 곳이 받는다."
    found = [(t.text, t.value) for t in tag(text, date(2026, 11, 2))]
    assert found == [("3월", "2026-03"), ("7월", "2026-07"), ("11월", "2026-11"), ("1차", "2026-03"), ("최종 심사", "2026-11")]
    found = [(t.text, t.value) for t in tag("예비 심사(3월)를 거쳐 최종 심사(7월)에서 가린다. 최종 심사는 두 곳이 받는다.",
                                            date(2026, 2, 2))]
    assert found[-1] == ("최종 심사", "2026-07")


def test_a_span_told_to_start_and_run_until_a_day_ahead_is_under_way_this_month():
    found = [(t.text, t.value) for t in tag("심사는 8일 시작돼 10일까지 이어진다.", date(2026, 12, 9))]
    assert found == [("8일", "2026-12-08"), ("10일", "2026-12-10")]
    found = [(t.text, t.value) for t in tag("심사는 20일 시작돼 25일까지 이어진다.", date(2026, 12, 9))]
    assert found == [("20일", "2026-12-20"), ("25일", "2026-12-25")]


def test_a_deadline_told_as_a_copula_is_ahead():
    assert values("서류 제출은 29일까지다.", date(2026, 12, 8))[0][2] == "2026-12-29"
    assert values("신청은 20일까지이며, 결과는 곧 나온다.", date(2026, 4, 22))[0][2] == "2026-05-20"
    assert values("신청은 20일까지였다.", date(2026, 4, 22))[0][2] == "2026-04-20"


def test_a_month_told_as_the_one_before_the_month_just_told_is_before_it():
    text = "장비 설치는 지난달 27일 끝났다. 첫 물량은 전달인 9월 말 들어왔다."
    assert dict((t.text, t.value) for t in tag(text, date(2026, 11, 5)))["9월 말"] == "2026-09"
    after = "평가는 6월에 끝났다. 결과는 다음 달인 7월 나왔다."
    assert dict((t.text, t.value) for t in tag(after, date(2026, 11, 5)))["7월"] == "2026-07"


def test_the_same_month_or_time_of_a_year_told_keeps_the_month_and_moves_the_year():
    found = dict((t.text, t.value) for t in tag("작년 같은 달 판매량은 두 배였다.", date(2026, 7, 14)))
    assert found["작년 같은 달"] == "2025-07"
    # (the time of year is the story's, not the month named last; alone, it is the time told last, that one)
    text = "최종 합격자는 3월부터 근무한다. 지난해 같은 시기에도 공채를 했다. 같은 시기 경쟁사도 공채를 열었다."
    found = dict((t.text, t.value) for t in tag(text, date(2026, 7, 14)))
    assert found["지난해 같은 시기"] == "2025-07" and found["같은 시기"] == "2025-07"


def test_a_span_of_days_before_a_noun_that_takes_jeon_is_the_days_not_a_count_back():
    found = [(t.text, t.value) for t in tag("회사는 다음 주 19∼20일 전 임원 워크숍을 연다.", date(2026, 3, 9))]
    assert ("19∼20일", "2026-03-19") in found
    assert ("3~4일 전", "2026-03-05") in [(t.text, t.value) for t in tag("3~4일 전 회의를 열었다.", date(2026, 3, 9))]


def test_a_bare_day_told_again_right_after_is_the_day_just_told():
    text = "둘째 강연은 다음 달 18일 열린다. 18일은 정부가 결과를 내놓는 날이기도 하다."
    assert [t.value for t in tag(text, date(2026, 11, 24))] == ["2026-12-18", "2026-12-18"]


def test_a_vacation_glued_to_its_season_is_that_season():
    anchor = datetime(2026, 12, 3, 9)
    told = [(t[0], t[2]) for t in values("내년 여름방학에 인턴을 뽑고, 2027년 겨울방학 동안 캠프를 연다.", anchor)]
    assert told == [("내년 여름", "2027-SU"), ("2027년 겨울", "2027-WI")]


def test_days_ahead_an_event_comes_is_its_day():
    told = [(t.text, t.value) for t in tag("결선이 사흘 앞으로 다가왔고, 앞으로 사흘간은 연습만 한다.", date(2026, 12, 4))]
    assert told == [("사흘 앞으로", "2026-12-07"), ("앞으로 사흘간", "P3D")]


def test_a_month_once_planned_is_no_month_down_a_list_after_next_year():
    text = "잔여 물량은 내년 2월까지 들어온다. 당초 10월 초 들여올 예정이었으나 11월로 밀렸다."
    assert [t.value for t in tag(text, date(2026, 12, 10))] == ["2027-02", "2026-10", "2026-11"]


def test_weekdays_told_before_the_days_they_are_name_no_dates_of_their_own():
    told = [(t.text, t.value) for t in tag("박람회는 다음 주 금요일과 토요일인 4~5일 열린다.", date(2026, 11, 27))]
    assert told == [("4~5일", "2026-12-04")]


def test_a_bare_hour_after_an_afternoon_hour_of_the_same_day_is_afternoon_too():
    text = "15일 오후 1시 네이버클라우드가 발표하고, 4시 20분에는 KT가 나선다. 16일 9시에는 폐막 세션이 열린다."
    told = [(t.text, t.value) for t in tag(text, date(2026, 12, 10))]
    assert told == [("15일 오후 1시", "2026-12-15T13:00"), ("4시 20분", "2026-12-15T16:20"), ("16일 9시", "2026-12-16T09:00")]


def test_all_through_the_year_after_a_later_years_plan_is_that_year():
    text = "협회는 내년 3월 새 인증 제도를 시작한다. 신청은 2분기 초 받는다. 심사단은 연중 현장을 돈다."
    assert [t.value for t in tag(text, date(2026, 11, 20))] == ["2027-03", "2027-Q2", "2027"]


def test_how_long_ahead_of_something_is_no_day_gone_by():
    text = "협회는 시험 문항을 한 달 전까지 공지하고, 결과는 두 주 전에 미리 알린다. 사흘 전 발표된 안이다."
    assert [(t.text, t.value) for t in tag(text, date(2026, 12, 10))] == [("사흘 전", "2026-12-07")]


def test_so_many_days_ahead_of_an_event_is_no_day_of_the_month():
    text = "공모 마감을 9일 앞둔 3일 설명회가 열렸다. 12일 결과 발표를 앞두고 긴장감이 돈다."
    assert [(t.text, t.value) for t in tag(text, date(2026, 12, 3))] == [("3일", "2026-12-03"), ("12일", "2026-12-12")]


def test_a_latin_quarter_or_half_after_a_year_is_that_part_of_it():
    text = "베타는 내년 Q2에, 정식판은 2028년 H1에 낸다. 내년 H100 1000장을 더 들인다."
    assert [(t.text, t.value) for t in tag(text, date(2026, 12, 4))] == [
        ("내년 Q2", "2027-Q2"), ("2028년 H1", "2028-H1"), ("내년", "2027")]


def test_the_day_of_a_remark_told_as_done_after_a_plan_is_the_storys_day():
    text = ("위원회는 2일 회의를 열어 안건을 처리했다. 의결안은 오는 9일 본회의에 오른다. "
            "이날 몇몇 의원은 일정이 너무 촉박하다고 비판했다.")
    assert [(t.text, t.value) for t in tag(text, date(2026, 12, 2))] == [
        ("2일", "2026-12-02"), ("오는 9일", "2026-12-09"), ("이날", "2026-12-02")]


def test_the_first_day_of_what_begins_on_a_day_is_that_day():
    text = ("학회는 올해 추계 학술대회가 오는 9일 막을 올린다고 밝혔다. 등록은 4일 마감했다. "
            "첫날에는 기조강연이, 둘째 날에는 분과 발표가 이어진다.")
    assert [(t.text, t.value) for t in tag(text, date(2026, 12, 5))][-2:] == [("첫날", "2026-12-09"), ("둘째 날", "2026-12-10")]


def test_the_day_after_an_event_held_on_days_listed_counts_from_the_first():
    text = ("네이버클라우드는 지역 순회 간담회를 연다고 3일 밝혔다. 세부 일정은 아래와 같다.\n\n"
            "- 10일(목) 대전\n- 14일(월) 광주\n\n참가 후기는 간담회 다음 날부터 받는다.")
    assert [(t.text, t.value) for t in tag(text, date(2026, 12, 3))][-1] == ("다음 날", "2026-12-11")


def test_that_year_with_no_year_told_is_the_past_one_its_tense_points_to():
    text = "내일이면 첫 공개 시연을 한 지 1년이다. 그해 12월 29일 다섯 팀은 처음 무대에 섰다."
    assert [(t.text, t.value) for t in tag(text, date(2026, 12, 4))][-1] == ("그해 12월 29일", "2025-12-29")


def test_a_day_gone_by_later_in_this_month_is_last_years():
    text = "12월 27일 열린 첫 시연회에는 다섯 팀이 나왔다. 12월 18일 최종 결과가 나온다."
    assert [(t.text, t.value) for t in tag(text, date(2026, 12, 4))] == [
        ("12월 27일", "2025-12-27"), ("12월 18일", "2026-12-18")]


def test_so_long_having_passed_since_a_day_is_a_day_after_it():
    text = "9월 1일 공모가 시작됐다. 그로부터 열흘이 지난 뒤 접수가 마감됐다. 그로부터 한 달 남짓 지나 결과가 나왔다."
    assert [(t.text, t.value) for t in tag(text, date(2026, 12, 4))][1:] == [
        ("열흘이 지난 뒤", "2026-09-11"), ("한 달 남짓 지나", "2026-10")]


def test_so_many_days_ahead_of_a_day_named_is_that_many_before_it():
    text = "과기정통부는 설 연휴를 이틀 앞두고 결과를 알린다. 행사를 닷새 앞둔 20일 리허설을 한다."
    found = [(t.text, t.value) for t in tag(text, date(2027, 1, 20))]
    assert found[0][0] == "설 연휴를 이틀 앞" and found[0][1] == "2027-02-04"
    assert ("20일", "2027-01-20") in found and not any(t == "닷새 앞" for t, _ in found)


def test_an_approximate_day_told_exactly_after_it_is_one_time():
    text = "2월 20일 추가 선정이 끝났다. 그로부터 열흘 남짓 지나 정부는 3월 3일 협약을 맺었다."
    assert [(t.text, t.value) for t in tag(text, date(2026, 12, 4))] == [("2월 20일", "2026-02-20"), ("3월 3일", "2026-03-03")]


def test_two_days_told_together_are_the_span_a_later_first_or_second_day_counts_in():
    text = "전시회는 오는 14일부터 사흘간 열린다. 본선은 지난 7일과 8일 치러졌다. 첫날에는 예선 통과작이, 둘째 날에는 초청작이 무대에 올랐다."
    found = [(t.text, t.value) for t in tag(text, date(2026, 12, 10))]
    assert ("첫날", "2026-12-07") in found and ("둘째 날", "2026-12-08") in found


def test_a_count_after_a_day_gone_by_told_as_done_in_a_verb_of_going_counts_from_that_day():
    text = "SK텔레콤은 지난달 24일 리허설을 마쳤다. 이틀 뒤 다시 연구실로 돌아간 셈이다."
    assert ("이틀 뒤", "2026-11-26") in [(t.text, t.value) for t in tag(text, date(2026, 12, 3))]


def test_a_days_place_in_a_span_named_right_after_the_day_is_that_day_and_sets_the_span():
    text = "KT는 전날 사내 행사를 열었다. 회사는 지난 9일 박람회 셋째 날 부스를 열었고, 첫날에는 관람객만 받았다."
    found = [(t.text, t.value) for t in tag(text, date(2026, 12, 11))]
    assert ("셋째 날", "2026-12-09") in found and ("첫날", "2026-12-07") in found


def test_a_day_a_possibility_was_foreseen_on_is_the_day_it_was_told():
    text = "대신증권은 1일 분석 보고서에서 다음 분기 서버 수요가 줄 수 있다고 전망했다."
    assert ("1일", "2026-12-01") in [(t.text, t.value) for t in tag(text, date(2026, 12, 3))]


def test_days_of_a_schedule_down_a_list_go_on_into_the_next_year():
    text = ("한국데이터산업진흥원은 내년 상반기 바우처 계획을 냈다.\n△접수: 12월 14일~24일\n△선정 발표: 1월 6일\n"
            "△협약 체결: 1월 20일")
    found = [(t.text, t.value) for t in tag(text, date(2026, 12, 9))]
    assert ("1월 6일", "2027-01-06") in found and ("1월 20일", "2027-01-20") in found


def test_a_season_a_plan_starts_from_is_a_date():
    text = "회사는 봄 이후 해외 판매에 나설 계획이다."
    assert [(t.text, t.value) for t in tag(text, date(2026, 12, 3))] == [("봄", "2027-SP")]


def test_a_day_a_schedule_is_set_for_with_no_tense_told_is_ahead():
    text = '진흥원은 "27일 설명회 일정은 그대로다"라고 밝혔다.'
    assert ("27일", "2026-12-27") in [(t.text, t.value) for t in tag(text, date(2026, 12, 9))]


def test_a_bare_weekday_after_a_week_named_is_a_day_of_that_week():
    text = "다음 주 화요일 첫 회의가 열린다. 목요일에는 현장 점검이 있고, 서류 접수는 토요일 정오에 닫힌다."
    found = [(t.text, t.value) for t in tag(text, date(2026, 12, 10))]  # (a Thursday)
    assert ("목요일", "2026-12-17") in found and ("토요일 정오", "2026-12-19T12:00") in found


def test_a_bare_weekday_with_no_week_named_is_the_nearest_ahead():
    text = "결과는 토요일 오전에 공개된다."
    assert [(t.text, t.value) for t in tag(text, date(2026, 12, 10))] == [("토요일 오전", "2026-12-12TMO")]


def test_the_first_day_of_an_event_named_counts_from_that_events_day():
    text = "협회는 새 지침을 1일 시행했다. 초안은 지난 10월 20일 먼저 나왔다. 시행 첫날 문의가 200건 넘게 몰렸다."
    found = [(t.text, t.value) for t in tag(text, date(2026, 12, 3))]
    assert ("첫날", "2026-12-01") in found


def test_today_of_a_plans_words_told_in_the_past_is_the_day_they_were_said():
    text = ("협회는 2일 포럼 일정을 발표했다. 포럼은 오는 9일 부산에서 열린다. 지난달 20일 문을 연 지부도 참석한다. "
            "한 회원사는 이날 행사에 참가하지 않겠다고 말했다.")
    found = [(t.text, t.value) for t in tag(text, date(2026, 12, 3))]
    assert ("이날", "2026-12-02") in found


def test_a_past_day_of_this_month_told_with_its_month_is_this_years():
    found = [(t.text, t.value) for t in tag("열흘 남짓 지난 3월 9일 첫 회의가 열렸다.", date(2026, 3, 20))]
    assert ("지난 3월 9일", "2026-03-09") in found
    assert [(t.text, t.value) for t in tag("지난 3월 행사를 열었다.", date(2026, 3, 20))] == [("지난 3월", "2025-03")]


def test_a_month_and_day_alone_in_a_cell_is_a_day_only_in_a_table_of_days():
    text = ("| 단계 | 일자 |\n|---|---|\n| 서류 마감 | 5.8 |\n| 결과 발표 | 5.22. |\n\n"
            "| 지표 | 값 |\n|---|---|\n| 증가율 | 2.4 |")
    assert [(t.text, t.value) for t in tag(text, date(2026, 4, 27))] == [("5.8", "2026-05-08"), ("5.22.", "2026-05-22")]


def test_a_day_before_a_schedules_change_is_the_changes_not_the_schedules():
    found = [(t.text, t.value) for t in tag("참가 기업에는 9일 일정 조정이 통보됐다.", date(2026, 10, 12))]
    assert found == [("9일", "2026-10-09")]
    assert [(t.text, t.value) for t in tag("\"25일 발표 일정에는 변동이 없다\"고 밝혔다.", date(2026, 10, 12))] == [("25일", "2026-10-25")]


def test_a_month_asked_of_in_the_past_is_the_one_gone_by():
    found = [(t.text, t.value) for t in tag("―3월 심사에는 왜 지원하지 않았나.", date(2026, 11, 20))]
    assert found == [("3월", "2026-03")]
    assert [(t.text, t.value) for t in tag("Q. 2월 발표 직후 반응은 어땠습니까?", date(2026, 11, 20))] == [("2월", "2026-02")]


def test_months_each_with_its_word_joined_by_a_dot_are_a_list_of_one_year():
    found = [(t.text, t.value) for t in tag("▲두 차례 탈락(3월·7월·11월)", date(2026, 11, 25))]
    assert found == [("3월", "2026-03"), ("7월", "2026-07"), ("11월", "2026-11")]
    assert [(t.text, t.value) for t in tag("8·9월 평가", date(2026, 6, 1))] == [("8·9월", "2026-08")]


def test_a_month_and_day_with_a_slash_after_a_deadline_word_is_a_day():
    found = [(t.text, t.value) for t in tag("세 팀에 자료 요청(마감 3/9)", date(2026, 3, 2))]
    assert found == [("3/9", "2026-03-09")]
    assert tag("접수 마감 3/4 이상", date(2026, 3, 2)) == []


def test_a_countdown_with_its_day_in_brackets_only_labels_that_day():
    found = [(t.text, t.value) for t in tag("▲D-7(9일) 서류 마감\n▲D-5~D-3(11~13일) 심사", date(2026, 9, 2))]
    assert found == [("9일", "2026-09-09"), ("11~13일", "2026-09-11")]
    assert [(t.text, t.value) for t in tag("발표 D-7", date(2026, 9, 2))] == [("D-7", "2026-09-09")]


def test_a_day_gone_by_a_step_is_under_way_since_is_this_months():
    found = [(t.text, t.value) for t in tag("심사는 5일부터 진행 중인 서류 검토에서 이어진다.", date(2026, 10, 9))]
    assert found == [("5일", "2026-10-05")]


def test_a_weekday_said_short_is_a_weekday():
    found = [(t.text, t.value) for t in tag("담주 금욜에 발표한대.", date(2026, 12, 2))]
    assert found == [("담주 금욜", "2026-12-11")]


def test_a_bare_month_gone_by_told_in_its_first_days_is_last_years():
    told = "7월 심사에서 떨어진 곳이 다시 신청했다."
    assert [t.value for t in tag(told, date(2026, 7, 6))] == ["2025-07"]
    assert [t.value for t in tag(told, date(2026, 7, 24))] == ["2026-07"]  # (most of the month gone: this one)
    assert [t.value for t in tag("7월 초 신청이 몰렸다.", date(2026, 7, 6))] == ["2026-07"]  # (a part of it: this one)


def test_a_step_gone_through_is_no_day_the_story_is_on():
    told = "22일 결과가 나왔다. 평가는 21일 위원회 심의를 거쳐 진행됐다. 지원은 31일 끝난다. A사는 이날 입장을 냈다."
    assert [t.value for t in tag(told, date(2026, 12, 22))][-1] == "2026-12-22"


def test_hours_after_a_time_told_are_that_day():
    found = [(t.text, t.value) for t in tag("발표는 9일 오후 4시였다. 반박문이 나온 것은 그로부터 다섯 시간 뒤였다.", date(2026, 9, 10))]
    assert found[-1] == ("다섯 시간 뒤", "2026-09-09")


def test_a_day_in_a_names_brackets_so_many_days_ahead_of_is_its_own_too():
    found = [(t.text, t.value) for t in tag("신청 마감일(30일)을 이틀 앞두고 문의가 몰렸다.", date(2026, 9, 28))]
    assert found == [("30일", "2026-09-30"), ("이틀 앞", "2026-09-28")]


def test_a_plan_said_on_a_day_gone_by_in_the_present_counts_from_that_day():
    found = [t.value for t in tag('협회는 지난 3월 5일 "총회는 6월 말 연다"고 밝혔다.', date(2026, 11, 20))]
    assert found == ["2026-03-05", "2026-06"]



def test_the_same_year_is_the_year_told_last():
    found = [(t.text, t.value) for t in tag("KT는 2025년 6월 공모에 나섰고, 같은 해 8월 문턱에서 멈췄다.", date(2026, 12, 1))]
    assert found == [("2025년 6월", "2025-06"), ("같은 해 8월", "2025-08")]
    found = [(t.text, t.value) for t in tag("대표는 편지에서 내년 4월 새 모델을 내고, 같은 해 하반기에는 해외용 모델을 "
                                            "선보이겠다는 일정도 제시했다.", date(2026, 12, 23))]
    assert found == [("내년 4월", "2027-04"), ("같은 해 하반기", "2027-H2")]


def test_a_day_told_as_by_then_takes_the_main_clauses_tense():
    found = [(t.text, t.value) for t in tag("15일이면 반년 넘게 이어진 추가 공모의 주인공이 나온다.", date(2026, 2, 3))]
    assert found[0] == ("15일", "2026-02-15")


def test_a_bare_time_after_a_day_only_said_is_on_the_days_own():
    found = [(t.text, t.value) for t in tag('[10:05] 위원장 "그제 회의를 마쳤다"고 말해.\n\n[10:20] 결과 발표 시작.',
                                            datetime(2026, 8, 28, 10, 40))]
    assert found[-1] == ("10:20", "2026-08-28T10:20")


def test_that_very_day_after_a_day_its_sentence_counted_is_that_day_and_an_events_own_is_the_events():
    text = "3일 결과가 나왔다. 사흘 뒤 KT는 재심을 청구했고, 당일 NIPA는 접수를 마쳤다. 마감 당일에는 서류가 몰렸다."
    found = [(t.text, t.value) for t in tag(text, datetime(2026, 9, 20, 9))]
    assert ("당일", "2026-09-06") in found


def test_the_day_before_an_event_named_by_a_compound_word_counts_from_its_day_in_brackets():
    text = '일정은 △서면심사(3월 4일) △발표평가(3월 11일) 순이다. 한 참가자는 "발표평가 전날에는 쉰다"고 했다.'
    found = [(t.text, t.value) for t in tag(text, datetime(2026, 2, 20, 9))]
    assert ("전날", "2026-03-10") in found


def test_a_month_day_with_its_weekday_in_brackets_is_in_the_year_whose_weekday_it_is():
    found = [(t.text, t.value) for t in tag("진흥원은 3월 2일(화) 점검을 마쳤다고 밝혔다.", datetime(2027, 2, 26, 9))]
    assert ("3월 2일(화)", "2027-03-02") in found  # (2 March 2027 is a Tuesday; 2026's was a Monday)


def test_the_day_before_words_quoted_past_their_sentence_takes_the_tense_of_the_verb_after_them():
    text = '김 대표는 9일 송년회에서 "지난봄에는 끝까지 갈 수 있을지 몰랐다. 내년에는 새 모델을 내겠다"고 말했다.'
    found = [(t.text, t.value) for t in tag(text, datetime(2026, 12, 10, 9))]
    assert ("9일", "2026-12-09") in found


def test_two_days_joined_by_a_dot_are_each_a_day_and_a_day_of_the_span_named_is_in_it():
    text = "진흥원은 지난 3·4일 이틀간 점검을 했다. 본 검증은 오는 14~20일 진행된다. 진흥원은 검증 기간 중 17일을 참관일로 정했다."
    found = [(t.text, t.value) for t in tag(text, datetime(2026, 12, 10, 9))]
    assert ("3", "2026-12-03") in found and ("4일", "2026-12-04") in found and ("17일", "2026-12-17") in found


def test_a_papers_issue_day_told_before_what_it_reported_is_the_day_it_reported():
    text = "영국 파이낸셜타임스는 9일자 1면에서 한국이 이달 안에 두 팀을 가린다고 보도했다."
    found = [(t.text, t.value) for t in tag(text, datetime(2026, 12, 11, 9))]
    assert ("9일", "2026-12-09") in found


def test_a_month_and_day_after_the_arrow_of_a_chain_of_steps_is_a_date():
    text = "카카오: 2025.7.21 서류 제출 → 8.4 탈락 → 2026.2.12 재도전. 점수는 3.5 → 4.2배로 뛰었다."
    found = [(t.text, t.value) for t in tag(text, datetime(2026, 3, 2, 9))]
    assert ("8.4", "2025-08-04") in found and not any(t.startswith("4.2") for t, _ in found)


def test_items_under_a_year_in_brackets_take_that_year_and_a_slash_alone_makes_no_date():
    text = "[2025] 7.21 공모 마감 / 8.4 발표\n[2027] 1.15 협약 / 2.1 배정\n점수 3.5 / 4.2 배 차이"
    found = [(t.text, t.value) for t in tag(text, datetime(2026, 12, 20, 9))]
    assert [v for _, v in found] == ["2025-07-21", "2025-08-04", "2027-01-15", "2027-02-01"]


def test_the_direction_word_before_a_range_of_days_decides_its_month():
    found = [(t.text, t.value) for t in tag("리서치랩이 지난 4~5일 성인 500명에게 물은 설문에서 응답자 40%가 쓴다고 답했다.",
                                            datetime(2026, 12, 8, 9))]
    assert found == [("지난 4~5일", "2026-12-04")]


def test_hours_told_one_after_another_stay_on_the_storys_day_past_a_relative_clauses_day():
    text = "오전 10시, 위원회는 전날 열린 공청회의 기록을 받았다. 오후 3시, 결과가 나왔다."
    found = [(t.text, t.value) for t in tag(text, datetime(2026, 12, 22, 22))]
    assert ("오후 3시", "2026-12-22T15:00") in found


def test_the_day_of_a_gathering_visited_told_with_no_particle_is_the_storys():
    text = "그저께 판교에서 열린 오픈소스 개발자 모임 다녀옴. 행사는 오후 7시에 시작함."
    found = [(t.text, t.value) for t in tag(text, datetime(2026, 12, 12, 23))]
    assert ("오후 7시", "2026-12-10T19:00") in found


def test_a_labelled_days_bracket_is_of_the_span_told_and_a_time_takes_the_copula_glued():
    text = "박람회는 내년 3월 9~10일 열린다. 첫날(9일)에는 개막식이 있다. 상장 목표 시기는 내년 2분기다."
    found = [(t.text, t.value) for t in tag(text, datetime(2026, 12, 28, 9))]
    assert ("첫날(9일)", "2027-03-09") in found and ("내년 2분기", "2027-Q2") in found


def test_the_day_of_a_gathering_is_not_the_day_it_was_first_set_for():
    text = "설명회가 11일 판교에서 열렸다. 애초 9일로 잡혀 있던 설명회는 장비 문제로 미뤄졌다. 이날 설명회에는 200명이 몰렸다."
    found = [(t.text, t.value) for t in tag(text, datetime(2026, 12, 11, 18))]
    assert ("이날", "2026-12-11") in found



def test_the_day_of_a_hearing_by_its_hall_or_short_name_is_the_hearings():
    text = ("보건복지위원회의 보건복지부 국정감사가 9일 열렸다. 복지부는 지난 7월 2일 실증 병원 세 곳을 발표했다. "
            "뷰노 측은 이날 국감장 앞에서 입장을 냈다.")
    assert [t.value for t in tag(text, datetime(2026, 10, 9, 18))][-1] == "2026-10-09"
    text = "공청회가 지난 3일 국회에서 열렸다. 루닛은 지난달 12일 의견서를 냈다. 노타는 이날 공청회장 입구에서 손팻말을 들었다."
    assert [t.value for t in tag(text, datetime(2026, 10, 9, 18))][-1] == "2026-10-03"


def test_a_figure_of_a_half_aimed_at_is_ahead():
    assert [t.value for t in tag("뷰노는 하반기 해외 매출 50억원을 노린다.", datetime(2026, 3, 3, 10))] == ["2026-H2"]
    assert [t.value for t in tag("뷰노는 상반기 영업이익을 공시했다.", datetime(2026, 9, 3, 10))] == ["2026-H1"]


def test_what_has_come_to_be_tells_no_time_of_the_verb_before_it():
    # (경쟁하게 됐다: the competing is the nearest August, ahead; not one gone by for the 됐다)
    assert [t.value for t in tag("루닛과 뷰노가 8월 본심사에서 맞붙게 됐다.", datetime(2026, 2, 26, 17))] == ["2026-08"]
    assert [t.value for t in tag("루닛은 1월 심사에서 떨어지게 됐다.", datetime(2026, 2, 26, 17))] == ["2026-01"]


@pytest.mark.parametrize(("text", "value"), [("실증 결과 공개까지 사흘 남았다.", "2026-07-30"),
                                             ("심사까지는 열흘이 남은 상황이다.", "2026-08-06")])
def test_the_time_left_until_something_is_the_day_it_comes(text, value):
    assert [t.value for t in tag(text, datetime(2026, 7, 27, 9))] == [value]
    # (about so long is no day to count to)
    assert [t.type for t in tag("심사까지 보름가량 남았다.", datetime(2026, 7, 27, 9))] == ["DURATION"]
    # (nor is what is done now, so long before another thing: 이틀 남겨두고 냈다)
    assert "2026-07-29" not in [t.value for t in tag("노타는 마감을 이틀 남겨두고 서류를 냈다.", datetime(2026, 7, 27, 9))]

def test_weeks_two_away_either_side():
    text = "지지난주 시범 서비스를 열었고, 정식 출시는 다다음 주다."
    found = [(t.text, t.value) for t in tag(text, datetime(2026, 3, 4, 9))]
    assert found == [("지지난주", "2026-W08"), ("다다음 주", "2026-W12")]


def test_a_month_day_in_brackets_is_a_date_only_in_a_list_of_items_each_dated_so():
    text = "박람회는 서울(3.9), 대전(3.11), 광주(3.13)를 돈다. 응답 지연(1.12)은 줄었다."
    found = [(t.text, t.value) for t in tag(text, datetime(2027, 2, 20, 9))]
    assert found == [("3.9", "2027-03-09"), ("3.11", "2027-03-11"), ("3.13", "2027-03-13")]


def test_weekdays_listed_one_after_another_run_forward_and_so_long_after_a_month_told_is_that_month_on():
    text = "화요일 공청회, 목요일 현장 점검, 토요일 시연이 잇따른다."
    found = [(t.text, t.value) for t in tag(text, datetime(2027, 3, 9, 7))]
    assert found == [("화요일", "2027-03-09"), ("목요일", "2027-03-11"), ("토요일", "2027-03-13")]
    text = "구글은 지난해 5월 새 칩을 발표했다. 경쟁사는 그 후 석 달 만에 비슷한 칩을 내놨다."
    found = [(t.text, t.value) for t in tag(text, datetime(2026, 11, 2, 9))]
    assert ("석 달 만에", "2025-08") in found


def test_so_many_days_after_the_storys_day_told_ahead_counts_from_that_day():
    text = "예선은 20일 부산에서 치러졌다. 결선은 닷새 뒤 서울에서 열린다."
    found = [(t.text, t.value) for t in tag(text, datetime(2026, 11, 21, 9))]
    assert ("닷새 뒤", "2026-11-25") in found


def test_the_new_years_first_week_or_month_is_a_time_and_the_new_year_alone_is_not():
    text = "새해 첫 달에 설명회를 열고, 새해 첫째 주에는 공고를 낸다. 새해에도 경쟁은 이어진다. 새해 첫날 공개한다."
    found = [(t.text, t.value) for t in tag(text, datetime(2026, 11, 20, 9))]
    assert found == [("새해 첫 달", "2027-01"), ("새해 첫째 주", "2027-W01"), ("새해 첫날", "2027-01-01")]
    assert [t.value for t in tag("새해 첫 주에 발표한다.", datetime(2027, 1, 2, 9))] == ["2027-W01"]


def test_the_day_after_a_ceremony_counts_from_the_day_its_act_was_told():
    text = ("광주시는 다음 주 화요일 AI 집적단지 2단계 사업을 착공한다. 지난달에는 설계를 끝냈다. "
            "시는 착공식 이튿날부터 입주 기업 모집에 나선다.")
    assert [(t.text, t.value) for t in tag(text, date(2026, 12, 2))][-1] == ("이튿날", "2026-12-09")


def test_a_24_hour_clock_keeps_its_morning_hour_after_an_afternoon_one():
    text = "■ 과기정통부\n- 16:30 차관 현장 방문\n■ NIPA\n- 09:30 점검 회의\n- 10:00 브리핑"
    found = [(t.text, t.value) for t in tag(text, date(2026, 12, 8))]
    assert found[-2:] == [("09:30", "2026-12-08T09:30"), ("10:00", "2026-12-08T10:00")]


def test_a_day_put_right_in_a_correction_is_the_nearest_one():
    text = "본지는 업스테이지가 10월 29일 모델을 공개했다고 보도했으나, 실제 공개일은 10월 28일이기에 바로잡습니다."
    assert [(t.text, t.value) for t in tag(text, date(2026, 11, 5))][-1] == ("10월 28일", "2026-10-28")


def test_the_same_month_after_a_span_of_days_is_that_span_s_month():
    text = "본선은 내년 2월 3~4일, 결선은 같은 달 24~25일 치러진다."
    assert [(t.text, t.value) for t in tag(text, date(2026, 11, 20))][-1] == ("같은 달 24~25일", "2027-02-24")


def test_a_count_ahead_of_the_time_told_before_counts_back_from_it():
    text = "B사는 지난 10월 20일 새 모델을 냈다. C사는 그보다 열흘 앞서 비슷한 모델을 선보였다."
    assert [(t.text, t.value) for t in tag(text, date(2026, 12, 3))][-1] == ("열흘 앞서", "2026-10-10")


def test_an_offset_from_an_event_whose_day_the_next_sentence_tells_counts_from_that_day():
    text = "협회는 시상식 사흘 뒤 수상작 전시를 연다고 밝혔다. 시상식은 오는 11일이다."
    assert [(t.text, t.value) for t in tag(text, date(2026, 12, 2))][0] == ("사흘 뒤", "2026-12-14")


def test_the_next_day_told_done_after_a_day_the_sentence_before_told_counts_from_it():
    text = "셀렉트스타는 지난 월요일 데이터 검수 도구를 내놨다. 오류 신고가 잇따르자 이튿날 수정판을 올렸다."
    assert [(t.text, t.value) for t in tag(text, date(2026, 12, 10))][-1] == ("이튿날", "2026-12-08")


def test_a_day_or_season_word_inside_a_quoted_title_is_no_time():
    text = "다음 달 5일 첫 방송되는 '금요일의 AI' 3회에는 업스테이지 연구진이 나온다. 발표는 '다음 주'로 미뤘다."
    found = [(t.text, t.value) for t in tag(text, date(2026, 12, 10))]
    assert found == [("다음 달 5일", "2027-01-05"), ("다음 주", "2026-W51")], found


def test_a_day_before_words_quoted_while_telling_is_the_day_of_the_telling():
    text = ('박 대표는 3일 직원들에게 보낸 편지에서 "올해는 아쉬웠지만 우리 기술은 그대로 쌓인다"며 해외 사업을 키우겠다고 밝혔다.')
    found = [(t.text, t.value) for t in tag(text, date(2026, 12, 4))]
    assert ("3일", "2026-12-03") in found, found


def test_the_new_year_as_the_time_since_it_came_is_the_year():
    found = [(t.text, t.value) for t in tag("새해 들어 첫 공모가 나왔다. 새해에도 건강하세요.", date(2027, 1, 12))]
    assert found == [("새해", "2027")], found


def test_a_bare_day_closing_a_span_counted_from_the_day_told_is_in_that_days_month():
    text = "박람회는 다음 달 5일 막을 올린다. 행사는 11일까지 이레간 이어진다."
    found = [(t.text, t.value) for t in tag(text, date(2027, 5, 7))]
    assert ("11일", "2027-06-11") in found, found


def test_the_day_of_an_event_told_as_its_topic_anchors_its_same_day():
    text = "추가 공모 접수 마감은 20일 오후 6시다. A사는 18일 서류를 냈고, B사는 마감 당일 낸다."
    found = [(t.text, t.value) for t in tag(text, date(2027, 3, 19))]
    assert ("당일", "2027-03-20") in found, found


def test_a_lists_bare_times_under_a_line_of_next_years_plans_are_next_years():
    anchor = datetime(2026, 12, 20, 9)
    text = "주요 스타트업의 새해 계획을 모았다.\n\n▲A사 = 2월 신제품 출시\n▲B사 = 하반기 해외 진출. 지난달 법인 설립"
    found = values(text, anchor)
    assert [(t[0], t[2]) for t in found] == [("2월", "2027-02"), ("하반기", "2027-H2"), ("지난달", "2026-11")]


def test_a_month_after_a_topic_told_with_its_year_is_of_that_year():
    anchor = datetime(2027, 12, 12, 9)
    found = values("올해 포럼은 서울에서 열렸다. 내년 포럼은 3월 4일 부산에서 열린다. 지난해 대회는 6월에 치렀다.", anchor)
    # (the year only frames the day after it, no time of its own)
    assert [(t[0], t[2]) for t in found] == [("올해", "2027"), ("3월 4일", "2028-03-04"), ("6월", "2026-06")]


def test_a_holiday_naming_the_day_after_it_is_that_holidays_day():
    found = values("회사는 크리스마스이브인 24일 새 기능을 연다. 개천절인 3일에도 연다.", datetime(2027, 9, 20, 9))
    assert [(t[0], t[2]) for t in found] == [("24일", "2027-12-24"), ("3일", "2027-10-03")]


def test_a_span_of_shorthand_years_and_months_is_one_time_from_its_start():
    found = values("ㅇ (사업 기간) '27.5월 ~ '28.10월 (18개월)", datetime(2027, 3, 2, 9))
    assert [(t[0], t[2]) for t in found if not t[2].startswith("P")] == [("'27.5월 ~ '28.10월", "2027-05")]


def test_bare_weekdays_after_a_week_gone_by_told_as_the_frame_are_that_weeks():
    text = "지난주 게임 업계는 조용했다.\n\n화요일에는 A사가 신작을 냈다. 목요일에는 B사가 실적을 발표했다."
    found = values(text, datetime(2028, 4, 4, 9))  # a Tuesday
    assert [(t[0], t[2]) for t in found] == [("지난주", "2028-W13"), ("화요일", "2028-03-28"), ("목요일", "2028-03-30")]


def test_a_bare_day_with_its_weekday_is_in_the_month_where_it_falls_so():
    found = values("- 8일(목): 법률 문서\n- 22일(목): 방송 자막", datetime(2028, 6, 5, 9))
    assert [(t[0], t[2]) for t in found] == [("8일(목)", "2028-06-08"), ("22일(목)", "2028-06-22")]


def test_a_deadline_inside_a_promise_told_as_a_noun_lies_ahead():
    found = values("공단은 11월까지 새 지침을 만들겠다는 뜻을 이사회에 전했다.", datetime(2027, 8, 2, 9))
    assert [t[2] for t in found] == ["2027-11"]


def test_a_span_of_bare_days_after_a_later_months_day_is_in_that_month():
    found = values("회사는 다음 달 9일부터 13일까지 수요예측을 하고 17~18일 청약을 받는다.", datetime(2027, 4, 12, 9))
    assert [t[2] for t in found] == ["2027-05-09", "2027-05-17"]


def test_a_bare_month_after_a_year_told_alone_the_sentence_before_is_of_that_year():
    found = values("지난해 3월 첫 모델이 나왔다. 고비는 2028년에 찾아왔다. 주요 연구진이 6월 회사를 떠났다.", datetime(2030, 2, 1, 9))
    assert [t[2] for t in found] == ["2029-03", "2028", "2028-06"]


def test_a_count_of_months_after_a_month_told_counts_from_that_month():
    found = values("2024년 5월 9일 회사가 문을 열었다. 첫 투자는 2026년 3월 들어왔다. 두 달 뒤 두 번째 투자가 이어졌다.",
                   datetime(2030, 2, 1, 9))
    assert [t[2] for t in found] == ["2024-05-09", "2026-03", "2026-05"]


def test_a_day_alone_on_its_line_heads_the_bare_times_below_it():
    text = "박람회는 8일부터 10일까지 열린다.\n\n■ 첫날(8일)\n- 오전 10시 개막\n\n■ 마지막 날(10일)\n- 시상식(오후 4시)"
    found = values(text, datetime(2029, 4, 2, 9))
    assert [t[2] for t in found][-1] == "2029-04-10T16:00"


def test_이날_after_a_telling_day_is_not_a_relative_clauses_span_told_since():
    text = ("보건복지부는 의료 AI 실증 기관으로 세 병원을 뽑았다고 14일 밝혔다. 지난달 2일부터 이달 6일까지 열린 접수에는 "
            "열한 곳이 몰렸다. 차관은 이날 세종청사 브리핑에서 결과를 설명했다.")
    assert [t.value for t in tag(text, date(2027, 4, 14)) if t.text == "이날"] == ["2027-04-14"]
    text = "지난달 2일 열린 접수에는 열한 곳이 몰렸다. 차관은 이날 결과를 설명했다."  # (no other day told: the clause's still)
    assert [t.value for t in tag(text, date(2027, 4, 14)) if t.text == "이날"] == ["2027-03-02"]


def test_the_time_a_cleft_tells_of_what_was_done_is_gone_by():
    anchor = date(2027, 5, 2)
    assert values("중소벤처기업부가 실증 사업 공모를 낸 건 3월 2일이다.", anchor)[0][2] == "2027-03-02"
    assert values("첫 모델을 공개한 것은 2월이었다.", anchor)[0][2] == "2027-02"
    assert values("다음 평가가 열리는 건 3월 2일이다.", anchor)[0][2] == "2028-03-02"  # (what is to come: ahead)


def test_a_weekday_told_as_the_predicate_is_the_day_a_later_next_day_counts_from():
    text = ("앵커: 심사 결과는 언제 나왔죠?\n\n기자: 지난주 화요일이었습니다. 중기부가 두 곳을 뽑았고요.\n\n"
            "앵커: 떨어진 쪽 반응은요?\n\n기자: 바로 다음 날 입장을 냈습니다.")
    found = {t.text: t.value for t in tag(text, date(2027, 6, 14))}
    assert found["지난주 화요일"] == "2027-06-08" and found["다음 날"] == "2027-06-09"


def test_a_recordings_marks_from_its_first_hour_are_no_time_of_day():
    text = "[00:30] 진행자: 이번 주제는 반도체입니다.\n\n[02:05] 기자: 지난 9일 리벨리온이 새 칩을 냈죠."
    assert [(t.text, t.value) for t in tag(text, date(2027, 6, 12))] == [("지난 9일", "2027-06-09")]
    text = "[14:02] 결과 발표가 시작됐다.\n\n[14:20] 장관이 단상에 올랐다."  # (a live blog's clock still is one)
    assert [t.value for t in tag(text, date(2027, 6, 12))] == ["2027-06-12T14:02", "2027-06-12T14:20"]


def test_a_step_after_an_arrow_is_after_the_step_before_it_across_a_new_year():
    text = ("모집 공고(지난해 6월 20일) → 서류 심사(7월 25일) → 첫 발표회(12월 30일) → 1차 평가, 리벨리온·퓨리오사AI "
            "탈락(1월 15일) → 추가 모집(1월 23일~2월 12일)")
    assert [t.value for t in tag(text, date(2027, 2, 21))] == ["2026-06-20", "2026-07-25", "2026-12-30", "2027-01-15", "2027-01-23"]


def test_a_season_alone_before_a_bare_at_is_the_time_of_what_it_modifies():
    text = "우리는 가을에 치를 본선을 준비합니다. 겨울에 있었던 예선은 무난했습니다."
    found = [(t.text, t.value) for t in tag(text, date(2027, 3, 2))]
    assert found == [("가을", "2027-FA"), ("겨울", "2026-WI")]


def test_a_coming_day_of_the_month_of_writing_is_this_years():
    assert values("산업부는 오는 3월 9일 결과를 발표한다.", date(2027, 3, 2))[0][2] == "2027-03-09"


def test_a_year_in_two_figures_before_its_month_or_as_a_time_told_is_that_year():
    found = [(t.text, t.value) for t in tag("28년에는 한 곳만 남는다. 계획서에는 26년 9월 1일 착공으로 적혀 있다.", date(2026, 5, 4))]
    assert found == [("28년", "2028"), ("26년 9월 1일", "2026-09-01")]
    assert [t.type for t in tag("창업 25년 만에 상장했다. 30년간 이어졌다.", date(2026, 5, 4))] == ["DURATION", "DURATION"]


def test_what_a_thing_turns_on_and_an_act_still_weighed_lie_ahead():
    found = [(t.text, t.value) for t in tag("관계자는 \"증설 여부는 9월 심사 결과에 달렸다\"고 말했다.", date(2027, 4, 6))]
    assert found == [("9월", "2027-09")]
    found = [(t.text, t.value) for t in tag("노타가 하반기 상장을 저울질하고 있는 것으로 알려졌다.", date(2027, 4, 6))]
    assert found == [("하반기", "2027-H2")]


def test_a_months_week_counted_in_figures_is_that_week():
    found = [(t.text, t.value) for t in tag("4월 2주차 가장 큰 소식은 심사 결과였다.", date(2027, 4, 19))]
    assert found == [("4월 2주차", "2027-W14")]
    assert [t.type for t in tag("심사는 3주 동안 이어진다.", date(2027, 4, 19))] == ["DURATION"]


def test_a_week_told_with_its_days_in_brackets_is_told_once_by_them():
    found = [(t.text, t.value) for t in tag("노타는 지난 주말(8~9일) 해커톤을 열었다. 지난주(3~7일)에는 설명회가 있었다.", date(2027, 5, 11))]
    assert found == [("8~9일", "2027-05-08"), ("3~7일", "2027-05-03")]


@pytest.mark.parametrize("text, word, expected", [
    ('최 원장은 11일 직원들에게 보낸 편지에서 "어제 우리 연구원이 큰 고비를 넘었다"고 썼다.', "어제", "2026-05-10"),
    ('C 대표는 12일 열린 간담회에서 "내일 새 모델을 공개한다"고 밝혔다.', "내일", "2026-05-13"),
    # (a day of what the words are about, not of their saying: the news's day)
    ('B는 지난 8일 공개된 결과를 두고 "오늘 다시 살펴봤다"고 말했다.', "오늘", "2026-05-13"),
])
def test_a_day_word_in_words_said_on_a_day_told_before_them_counts_from_that_day(text, word, expected):
    found = {t.text: t.value for t in tag(text, date(2026, 5, 13))}
    assert found[word] == expected


def test_a_month_and_day_with_a_slash_before_a_particle_of_time_in_running_text_is_a_day():
    found = [(t.text, t.value) for t in tag("노타는 11/24부터 체험판을 열고, 11/30에는 설명회를 한다.", date(2026, 11, 20))]
    assert found == [("11/24", "2026-11-24"), ("11/30", "2026-11-30")]
    # (a share, before a word of how much, is no day)
    assert tag("점유율은 1/4에 그쳤고 비용은 2/3에 달했다.", date(2026, 11, 20)) == []


def test_a_month_before_what_went_on_since_it_is_past():
    found = [(t.text, t.value) for t in tag("3월 출범 이후 쌓아온 데이터를 공개한다.", date(2026, 11, 20))]
    assert found == [("3월", "2026-03")]


@pytest.mark.parametrize("telling", ["공개하겠다고 예고했다", "공개하겠다고 약속했다"])
def test_a_day_before_the_teller_and_another_day_is_the_tellings(telling):
    found = [(t.text, t.value) for t in tag(f"목요일 노타는 다음 달 3일 새 도구를 {telling}.", date(2026, 11, 21))]
    assert found == [("목요일", "2026-11-19"), ("다음 달 3일", "2026-12-03")]


def test_a_day_told_as_a_nouns_day_before_jeon_is_that_day_not_days_ago():
    found = [(t.text, t.value) for t in tag("접수 마감일인 18일 전까지 서류를 보완한다.", date(2026, 11, 9))]
    assert found == [("18일", "2026-11-18")]
    assert [(t.text, t.value) for t in tag("18일 전 접수가 끝났다.", date(2026, 11, 29))] == [("18일 전", "2026-11-11")]


def test_a_month_told_gone_by_stays_past_when_what_was_decided_then_lies_ahead():
    found = [(t.text, t.value, t.direction) for t in tag("노타는 지난 3월 일본 법인을 세우기로 했고, 내년 상장도 준비할 계획이다.",
                                                            date(2026, 11, 9))]
    assert found[0] == ("지난 3월", "2026-03", "past")


def test_the_deadline_told_as_a_terms_end_is_the_day_its_deadline_word_counts_from():
    text = ("심사는 10일부터 닷새간 열린다. 세 팀은 지난 6일까지 서류를 냈다. 루닛은 마감 사흘 전에, 뷰노는 마감 당일 냈다.")
    found = [(t.text, t.value) for t in tag(text, date(2026, 4, 8)) if t.type == "DATE"]
    assert found[-3:] == [("지난 6일", "2026-04-06"), ("사흘 전", "2026-04-03"), ("당일", "2026-04-06")]


def test_days_from_an_event_its_sentence_tells_by_its_month_alone_are_no_day():
    found = tag("박 의원은 \"지난 8월 평가 때도 결과 발표 이틀 전에야 알렸다\"고 말했다.", date(2026, 10, 27))
    assert [(t.text, t.value) for t in found] == [("지난 8월", "2026-08")]
    # (but from an event told with its day, counted from it; and with no event named, from the story's day)
    assert [t.value for t in tag("15일 결과를 발표했다. 발표 하루 전 통보했다.", date(2026, 10, 27))] == ["2026-10-15", "2026-10-14"]
    assert [t.value for t in tag("회사는 이틀 전 서류를 냈다.", date(2026, 10, 27))] == ["2026-10-25"]


def test_the_weekend_ahead_and_a_half_planned_after_a_clause_of_figures_gone_by():
    assert [t.value for t in tag("업스테이지는 오는 주말 해커톤에서 모델을 시험한다.", date(2026, 7, 8))] == ["2026-W28-WE"]
    assert [t.value for t in tag("다가오는 주말에 행사가 열린다.", date(2026, 7, 11))] == ["2026-W29-WE"]  # (told on a Saturday)
    # (the year of figures, a clause done before the plan, is no day the plan was said on)
    found = tag("노타는 지난해 매출이 두 배 늘었다며 하반기 상장 심사를 청구하겠다고 밝혔다.", date(2026, 7, 8))
    assert [t.value for t in found] == ["2025", "2026-H2"]
    assert [t.value for t in tag("노타는 지난 2월 하반기 안에 상장하겠다고 했다.", date(2027, 1, 8))] == ["2026-02", "2026-H2"]


def test_a_month_whose_event_was_ahead_of_what_was_done_is_the_nearest():
    found = [(t.text, t.value) for t in tag("9월 정기 점검을 앞두고 노타는 서버를 모두 옮겼다.", date(2026, 11, 20))]
    assert found == [("9월", "2026-09")]
    # (told as still to do, the month ahead)
    assert [t.value for t in tag("9월 정기 점검을 앞두고 노타는 서버를 옮긴다.", date(2026, 11, 20))] == ["2027-09"]
    # (before it, in step with it, ready for it: ahead of what was done too)
    for text in ("뷰노는 \"3월 인증 심사 전에 자료를 다 낼 수 있도록 일정을 당겼다\"고 말했다.", "뷰노는 3월 인증 심사에 맞춰 장비를 들였다.",
                 "뷰노는 3월 인증 심사에 대비해 인력을 늘렸다."):
        assert [t.value for t in tag(text, date(2027, 1, 12))] == ["2027-03"], text
    assert [t.value for t in tag("뷰노는 3월 인증 심사에서 떨어졌다.", date(2027, 1, 12))] == ["2026-03"]


def test_the_day_after_an_event_told_last_by_its_month_alone_is_no_day():
    found = [(t.text, t.value) for t in tag("노타는 6월 심사를 받았다. 심사 이튿날 회사는 입장을 냈다.", date(2026, 11, 20))]
    assert found == [("6월", "2026-06")]


@pytest.mark.parametrize(("text", "value"), [("노타가 컨소시엄에 합류한 지 1년 3개월이 지났다.", "2025-08"),
                                             ("뷰노가 모델을 낸 지 열흘이 흘렀다.", "2026-11-10"),
                                             # (years, months and days told with no suffix: the year, the month, the day)
                                             ("래블업이 문을 연 지 석 달이 넘었다.", "2026-08"),
                                             ("플리토가 상장한 지 2년이 됐다.", "2024"),
                                             ("셀렉트스타가 팀에 들어간 지 30일이 지났다.", "2026-10-21")])
def test_the_time_passed_since_a_thing_was_done_counts_back_to_it(text, value):
    assert [t.value for t in tag(text, date(2026, 11, 20))] == [value]
    # (about so long is no time to count back to)
    assert [t.value for t in tag("노타가 합류한 지 1년여가 지났다.", date(2026, 11, 20))] == ["P1Y"]



@pytest.mark.parametrize(("text", "value"), [("플리토가 상장한 지 꼭 2년이 됐다.", "2024-11-20"),
                                             ("래블업이 문을 연 지 딱 석 달이 지났다.", "2026-08-20"),
                                             ("뷰노가 첫 모델을 낸 지 정확히 1년 6개월이 흘렀다.", "2025-05-20"),
                                             ("노타가 컨소시엄을 떠난 지 꼭 2주가 됐다.", "2026-11-06")])
def test_the_time_passed_since_told_as_exact_counts_back_to_the_very_day(text, value):
    assert [t.value for t in tag(text, date(2026, 11, 20))] == [value]
    # (only so long is no exact count: the month it reaches)
    assert [t.value for t in tag("래블업이 문을 연 지 불과 석 달이 지났다.", date(2026, 11, 20))] == ["2026-08"]

def test_the_same_day_of_a_telling_after_one_told_with_a_later_day_is_the_tellings():
    text = ("노타는 오는 25일 열 예정이던 설명회를 내년 2월 3일로 미뤘다고 20일 밝혔다. 장소가 바뀐 탓이다. "
            "같은 날 뷰노와 루닛은 각각 27일과 28일 새 모델을 낸다고 알렸다.")
    found = [(t.text, t.value) for t in tag(text, date(2026, 11, 20))]
    assert ("같은 날", "2026-11-20") in found and ("27일", "2026-11-27") in found and ("28일", "2026-11-28") in found


def test_a_month_before_since_is_gone_by():
    assert [t.value for t in tag("뷰노는 3월 상장 이래 첫 흑자를 냈다.", date(2026, 11, 20))] == ["2026-03"]
    assert [t.value for t in tag("- 노타, 2월 합류 이래 첫 실증 착수", date(2026, 11, 20))] == ["2026-02"]


def test_next_week_told_as_done_after_a_time_gone_by_counts_from_it():
    found = [(t.text, t.value) for t in tag("노타는 지난 2일 시제품을 냈다. 이어 다음 주 양산 계획을 확정했다.", date(2026, 11, 20))]
    assert found == [("지난 2일", "2026-11-02"), ("다음 주", "2026-W46")]
    # (after a month alone, the week after it is none the text gives)
    found = [(t.text, t.value) for t in tag("3월 심사에서 떨어졌다. 그래도 바로 다음 주부터 보완에 들어갔다.", date(2026, 11, 20))]
    assert found == [("3월", "2026-03")]


def test_a_month_at_the_time_of_an_event_is_gone_by():
    assert [t.value for t in tag("―2월 선정 당시 분위기는.", date(2026, 11, 20))] == ["2026-02"]


def test_the_day_after_a_deadline_told_just_before_counts_from_it():
    text = "결과는 30일 나온다. 참가 기업은 24일까지 보완 자료를 내야 한다. 심사단은 이튿날 이를 검토한다."
    found = [(t.text, t.value) for t in tag(text, date(2026, 11, 20))]
    assert ("이튿날", "2026-11-25") in found
    # (not after the end of what goes on: 행사는 24일까지 이어진다. A는 다음 날 …, the day after the story's)
    text = "행사는 23일 열려 24일까지 이어진다. 노타는 다음 날 교육을 연다."
    assert ("다음 날", "2026-11-24") in [(t.text, t.value) for t in tag(text, date(2026, 11, 20))]


def test_a_time_in_a_proposal_told_lies_ahead():
    text = "부장은 \"다시 해 보자\"며 2분기 대회에 또 나가자고 했다. 노조는 3월 교섭을 다시 하자며 회사를 독려했다."
    found = [(t.text, t.value) for t in tag(text, date(2026, 11, 20))]
    assert found == [("2분기", "2027-Q2"), ("3월", "2027-03")]


def test_a_weekday_told_gone_by_is_the_day_the_story_is_on():
    text = "연구팀은 지난 목요일 저녁 심사 결과를 받았다. 예상보다 점수가 낮았다. 다음 날 아침 팀장이 회의를 소집했다."
    found = [(t.text, t.value) for t in tag(text, date(2026, 11, 23))]
    assert ("다음 날 아침", "2026-11-20TMO") in found


def test_the_last_day_of_a_gathering_that_runs_for_days_from_its_opening_day():
    text = "박람회는 4일 부산 벡스코에서 막을 올렸다. 나흘간 열리는 박람회의 마지막 날에는 시상식이 있다."
    found = [(t.text, t.value) for t in tag(text, date(2026, 11, 4))]
    assert ("마지막 날", "2026-11-07") in found


def test_the_same_day_after_a_telling_is_the_day_told_outside_the_words_not_in_them():
    text = "정의당은 8일 성명을 내고 \"복지부가 전날 내놓은 기준은 허술하다\"고 밝혔다. 복지부는 같은 날 저녁 해명 자료를 냈다."
    found = [(t.text, t.value) for t in tag(text, date(2026, 9, 8))]
    assert ("같은 날 저녁", "2026-09-08TEV") in found


def test_the_day_before_told_of_results_after_a_step_is_the_storys_not_the_steps():
    text = "1차 심사는 3월 2일, 2차 심사는 3월 16일 치러졌다. 결과는 전날 저녁 통보됐다."
    found = [(t.text, t.value) for t in tag(text, date(2026, 3, 27))]
    assert ("전날 저녁", "2026-03-26TEV") in found


def test_the_same_time_told_as_a_period_is_the_time_told_last_at_its_grain():
    text = "그해 10월 시는 공공 배달앱을 내놨다. 비슷한 시기 인근 군도 같은 앱을 들였다. 그 무렵 도는 예산을 늘렸다."
    found = [(t.text, t.value) for t in tag(text, date(2027, 3, 2))]
    assert ("비슷한 시기", "2026-10") in found and ("그 무렵", "2026-10") in found
    text = "협의회는 지난 3일 총회를 열었다. 같은 시기 노조도 집회를 열었다."
    assert ("같은 시기", "2026-11") in [(t.text, t.value) for t in tag(text, date(2026, 11, 20))]  # (a day's: around it, its month)
    text = "올해 신규 채용은 80명이다. 회사는 작년 같은 시기에도 70명을 뽑았다."
    assert "같은 시기" not in [t.text for t in tag(text, date(2026, 11, 20))]  # (a year's: the time of year a year back)


def test_until_or_before_the_time_told_last_keeps_its_grain():
    text = "결선은 다음 달 14일 열린다. 본선 진출자는 그때까지 작품을 고친다. 심사위원은 그 전까지 채점 기준을 정한다."
    found = [(t.text, t.value, t.mod) for t in tag(text, date(2027, 3, 2))]
    assert ("그때까지", "2027-04-14", None) in found and ("그 전까지", "2027-04-14", "BEFORE") in found


def test_this_day_after_a_sentence_that_was_all_a_day_is_that_day():
    text = "10년 전 이야기다. 첫 매장을 연 것은 2019년 3월 2일이었다. 2024년 5월 9일 2호점이 문을 열었다. 시작은 2017년 4월 1일이다. 창업자는 이날 법인을 세웠다."
    found = [(t.text, t.value) for t in tag(text, date(2028, 1, 5))]
    assert found[-1] == ("이날", "2017-04-01")


def test_a_bare_month_after_a_plans_year_ahead_told_before_is_the_nearest():
    text = "그는 2019년 회사를 세웠다. 회사는 내년 상반기 상장을 다시 추진한다. 그는 \"11월 심사를 넘기는 게 먼저\"라고 말했다."
    assert dict((t.text, t.value) for t in tag(text, date(2027, 8, 20)))["11월"] == "2027-11"
    text = "그는 2019년 회사를 세웠다. 회사는 내년 행사를 11월 초 같은 곳에서 연다."
    assert dict((t.text, t.value) for t in tag(text, date(2027, 8, 20)))["11월 초"] == "2028-11"


def test_so_many_years_back_then_a_month_is_that_month_of_that_year():
    found = [(t.text, t.value) for t in tag("그는 \"3년 전 4월 처음 매장을 열었다\"고 했다. 1년 전 오늘 2호점을 냈다.", date(2027, 10, 18))]
    assert ("3년 전 4월", "2024-04") in found and ("1년 전 오늘", "2026-10-18") in found


def test_a_name_that_reads_as_a_time_word_is_no_time():
    text = "행안부는 7일 결과를 발표했다. 참여사는 모레, 뷰노 등이다. 시는 이날 환영했다."
    start = text.index("모레")
    assert [(t.text, t.value) for t in tag(text, date(2027, 5, 8), {start: start + 2})] == [
        ("7일", "2027-05-07"), ("이날", "2027-05-07")]
    assert ("모레", "2027-05-10") in [(t.text, t.value) for t in tag(text, date(2027, 5, 8))]


def test_a_bare_season_before_the_step_it_dates_is_that_season():
    assert [(t.text, t.value) for t in tag("가을 3차 점검까지 정확도를 올린다.", date(2027, 5, 12))] == [("가을", "2027-FA")]
    assert tag("여름 방학 동안 쉰다.", date(2027, 5, 12)) == []


def test_things_left_are_no_time_ahead_but_a_time_left_is():
    anchor = datetime(2026, 5, 6, 9)
    told = values("3월 점검이 끝난 뒤 세 곳에 남은 장비를 되돌려받았다. 올해 남은 일정은 10월 본평가다.", anchor)
    assert [(t[0], t[2]) for t in told] == [("3월", "2026-03"), ("올해", "2026"), ("10월", "2026-10")]
    assert [t.direction for t in tag("3월 점검이 끝난 뒤 세 곳에 남은 장비를 되돌려받았다.", anchor)] == ["past"]


def test_what_remains_told_done_with_has_the_tense_of_its_verb():
    anchor = datetime(2026, 9, 24, 6)
    told = tag("한국지능정보사회진흥원이 21일 점검 결과를 내놓으면서 하반기 남은 절차도 가닥이 잡혔다.", anchor)
    assert [(t.text, t.value) for t in told] == [("21일", "2026-09-21"), ("하반기", "2026-H2")]
    ahead = tag("남은 평가는 28일이다.", anchor)
    assert [(t.text, t.value) for t in ahead] == [("28일", "2026-09-28")]


def test_a_bare_weekday_in_a_list_after_an_item_ahead_is_of_the_same_week_and_so_is_an_hour_after_it():
    anchor = datetime(2027, 3, 8, 7)  # a Monday
    text = "▷화요일 = 두 기관이 점검표를 나눈다.\n▷목요일 = 본심사. 오전 10시부터 차례로 심사한다."
    assert [(t.text, t.value) for t in tag(text, anchor)] == [
        ("화요일", "2027-03-09"), ("목요일", "2027-03-11"), ("오전 10시", "2027-03-11T10:00")]


def test_a_month_and_day_by_a_slash_before_a_step_or_a_latin_name_in_running_text_is_a_date_but_a_share_is_not():
    anchor = datetime(2027, 12, 8, 10)
    text = "저희는 3/12 1차 점검과 9/24 본평가를 통과했습니다. 12/28 Nova 가중치를 엽니다. 점유율은 1/3 수준이다."
    assert [(t.text, t.value) for t in tag(text, anchor)] == [
        ("3/12", "2027-03-12"), ("9/24", "2027-09-24"), ("12/28", "2027-12-28")]


def test_the_same_day_of_a_position_made_known_is_the_day_of_the_telling_before_it():
    anchor = datetime(2027, 3, 9, 17)
    text = ("뷰노는 9일 \"자체 모델에 힘을 모으겠다\"며 이같이 밝혔다. 뷰노는 지난해 5월 2일 본심사에서 떨어졌다. "
            "노타도 같은 날 불참 입장을 냈다.")
    assert [(t.text, t.value) for t in tag(text, anchor)][-1] == ("같은 날", "2027-03-09")


def test_days_counted_from_results_told_by_their_announcement_skip_days_counted_from_them():
    text = ("정부는 지난달 9일 두 팀의 3단계 진출을 발표했다. A사는 결과 발표 나흘 만에 새 계획을 냈다. "
            "B사는 발표 보름 뒤 조직을 바꿨다. 후속 공모는 결과 발표 엿새 뒤 열렸다.")
    told = [(t.text, t.value) for t in tag(text, datetime(2027, 4, 20, 9))]
    assert told == [("지난달 9일", "2027-03-09"), ("나흘 만에", "2027-03-13"), ("보름 뒤", "2027-03-24"),
                    ("엿새 뒤", "2027-03-15")]


def test_an_hour_after_a_schedule_made_known_on_a_day_is_on_the_day_of_the_gathering_told_before():
    text = ("3차 시연회가 모레 대전에서 열린다. 한국지능정보사회진흥원은 세부 일정을 8일 안내했다. "
            "업스테이지가 오후 2시 첫 무대를 맡는다.")
    told = [(t.text, t.value) for t in tag(text, datetime(2027, 6, 8, 16))]
    assert told == [("모레", "2027-06-10"), ("8일", "2027-06-08"), ("오후 2시", "2027-06-10T14:00")]


def test_a_day_set_now_with_no_time_of_the_setting_is_nearest_the_writing_not_of_the_year_told():
    anchor = datetime(2027, 3, 4, 9)
    told = tag("B사는 지난해 9월 이의를 냈고 같은 해 11월 소송을 걸었다. 법원은 선고 기일을 4월 8일로 정했다.", anchor)
    assert [(t.text, t.value) for t in told][-1] == ("4월 8일", "2027-04-08")
    set_then = tag("B사는 지난해 9월 이의를 냈다. 법원은 지난해 10월 첫 기일을 12월 2일로 잡았다.", anchor)
    assert [(t.text, t.value) for t in set_then][-1] == ("12월 2일", "2026-12-02")


@pytest.mark.parametrize("week", ["일주일", "한 주", "1주일"])
def test_a_single_week_ahead_is_seven_days_but_weeks_are_rough(week):
    anchor = datetime(2027, 7, 2, 9)
    assert [(t.value) for t in tag(f"3차 평가가 {week} 앞으로 다가왔다.", anchor)] == ["2027-07-09"]
    assert tag("3차 평가가 3주 앞으로 다가왔다.", anchor) == []


def test_a_weekday_opening_a_saturday_roundups_item_told_done_is_of_the_week_gone_by():
    anchor = datetime(2027, 5, 15, 8)  # a Saturday
    text = "[화] B사가 새 모델을 내놨다.\n\n[목] C사는 \"조만간 답하겠다\"며 검토를 이어가겠다고 밝혔다.\n\n[월] D사가 설명회를 연다."
    assert [(t.text, t.value) for t in tag(text, anchor)] == [("[화]", "2027-05-11"), ("[목]", "2027-05-13"), ("[월]", "2027-05-17")]
    told = tag("목요일 C사는 다음 달 중 결론을 내겠다고 말했다.", anchor)
    assert [(t.text, t.value) for t in told][0] == ("목요일", "2027-05-13")


@pytest.mark.parametrize("told, first", [("올해 2월과 9월", "2027-02"), ("지난 2월과 9월", "2027-02")])
def test_months_told_together_share_the_first_ones_year(told, first):
    anchor = datetime(2027, 12, 20, 9)
    found = [(t.text.split()[-1], t.value) for t in tag(f"{told} 두 차례 점검을 거쳐 이제 두 기관만 남습니다.", anchor)]
    assert found == [("2월", first), ("9월", "2027-09")]


@pytest.mark.parametrize("said, anchor, day", [
    ("그저께 크리스마스 이브에 입장을 냈잖아요?", datetime(2027, 12, 26, 12), "2027-12-24"),
    ("어제 광복절에 발표가 나왔잖아요?", datetime(2027, 8, 16, 12), "2027-08-15"),
])
def test_a_holiday_told_right_after_a_day_is_that_day_in_other_words(said, anchor, day):
    assert [t.value for t in tag(said, anchor)] == [day, day]


@pytest.mark.parametrize("said, anchor, season", [
    ("이번 겨울 동안 집중 교육을 한다.", datetime(2028, 2, 3, 9), "2027-WI"),
    ("이번 겨울에는 실습 위주로 진행된다.", datetime(2027, 12, 14, 9), "2027-WI"),
    ("다가오는 겨울에 두 번째 과정을 연다.", datetime(2028, 2, 3, 9), "2028-WI"),
])
def test_the_winter_going_on_in_its_last_months_began_the_year_before(said, anchor, season):
    assert [t.value for t in tag(said, anchor)] == [season]


@pytest.mark.parametrize("said", ["상담은 다음 달 3일부터 매주 화·목요일 본관에서 받는다.",
                                  "모임은 격주 금요일 저녁에 열린다.", "점검은 매주 월, 수, 금요일 한다."])
def test_days_of_every_week_or_every_other_are_no_single_day(said):
    assert all(t.type == "SET" for t in tag(said, datetime(2027, 5, 12, 9)) if "요일" in t.text)


def test_a_day_gone_by_told_again_as_ahead_is_the_coming_one():
    said = "2025년 9월 30일 문을 연 센터의 시범 운영이 30일 끝난다. 운영사는 이날 결과 보고서를 낸다."
    assert [t.value for t in tag(said, datetime(2026, 9, 21, 9))] == ["2025-09-30", "2026-09-30", "2026-09-30"]
    again = "지난 30일 센터가 문을 열었다. 30일은 센터의 창립일이기도 하다."
    assert [t.value for t in tag(again, datetime(2026, 10, 2, 9))] == ["2026-09-30", "2026-09-30"]


@pytest.mark.parametrize("said, value, mod", [("주 초 계약을 맺었다.", "2027-W19", "START"), ("주초에 만났다.", "2027-W19", "START"),
                                             ("주 후반 결과가 나온다.", "2027-W19", "END")])
def test_a_part_of_the_week_told_alone_is_of_the_week_of_publication(said, value, mod):
    assert [(t.value, t.mod) for t in tag(said, datetime(2027, 5, 12, 9))] == [(value, mod)]
    assert tag("주 초과 근무가 늘었다.", datetime(2027, 5, 12, 9)) == []


def test_the_span_pointed_back_at_is_the_span_told_before_and_a_years_figure_no_verb():
    said = "시범 운영은 2027년 3월부터 2028년 2월까지 이어진다. 두 기관은 이 기간 연 2회 합동 점검을 받는다."
    found = [(t.text, t.value, t.end_value, t.direction) for t in tag(said, datetime(2027, 2, 1, 9))]
    assert found[-1] == ("이 기간", "2027-03", "2028-02", "present")
    assert [t.text for t in tag("매출은 전년 같은 기간보다 늘었다. 그 기간에 무슨 일이 있었나.", datetime(2027, 2, 1, 9))] == ["전년"]


@pytest.mark.parametrize("said, values", [
    ("KT는 내년에는 경량 모델을 2분기 중 선보인다.", ["2028-Q2"]),
    ("카카오는 올해 카나나 3을 하반기 안에 공개하겠다고 했다.", ["2027-H2"]),
    ("루닛은 2029년 의료 모델을 6월에 내놓는다.", ["2029-06"]),
    ("지난해 탈락한 팀은 5월에 다시 도전한다.", ["2026", "2027-05"]),  # (the year of a clause modifying the team)
    ("정부는 내년 예산을 12월에 확정한다.", ["2028", "2027-12"]),  # (a plan of the year's own, settled before it)
])
def test_a_year_told_before_what_is_done_in_it_frames_the_part_after_it(said, values):
    assert [t.value for t in tag(said, datetime(2027, 3, 26, 9))] == values


@pytest.mark.parametrize("said, value", [("남은 장비는 공사가 끝나는 9월 이후 보내겠다는 설명이었다.", "2027-09"),
                                         ("회사는 10월 안에 답을 주겠다는 약속이었다.", "2027-10")])
def test_a_plan_told_as_what_was_explained_or_promised_then_lies_ahead(said, value):
    assert [t.value for t in tag(said, datetime(2027, 5, 20, 9))] == [value]


def test_days_counted_from_a_month_told_alone_are_in_the_month_they_reach():
    said = "지난 2월 메타가 새 모델을 냈다. 구글은 그로부터 열흘 뒤 맞불을 놨다."
    assert [t.value for t in tag(said, datetime(2027, 5, 20, 9))] == ["2027-02", "2027-02"]
    exact = "지난 2월 20일 메타가 새 모델을 냈다. 구글은 그로부터 열흘 뒤 맞불을 놨다."
    assert [t.value for t in tag(exact, datetime(2027, 5, 20, 9))] == ["2027-02-20", "2027-03-02"]


@pytest.mark.parametrize("said, value", [("내일모레 판교에서 설명회가 열려요.", "2027-02-19"), ("이따 저녁에 결과가 나옵니다.", "2027-02-17TEV"),
                                         ("이따가 회의에서 정해요.", "2027-02-17")])
def test_days_as_speech_tells_them_from_the_day_of_the_broadcast(said, value):
    assert [t.value for t in tag(said, datetime(2027, 2, 17, 7, 40))] == [value]
    assert tag("이따금 회의가 열린다.", datetime(2027, 2, 17, 7, 40)) == []


def test_a_shorthand_year_with_months_from_one_to_another_is_their_span():
    said = "심사('28.2~3월) 후 협약('28.4월)을 맺는다."
    assert [(t.value, t.end_value) for t in tag(said, datetime(2027, 11, 5, 9))] == [("2028-02", "2028-03"), ("2028-04", None)]


def test_months_told_in_order_after_one_told_as_this_year_s_stay_in_it():
    # (the main verb ahead does not carry a later month of a past clause into next year)
    found = tag("올해 3월 첫 평가에서 한 곳을, 9월 두 번째 평가에서 또 한 곳을 걸러낸 사업이 오는 28일 마지막 심사를 연다.",
                datetime(2026, 12, 1, 9))
    assert [(t.text, t.value) for t in found][:2] == [("올해 3월", "2026-03"), ("9월", "2026-09")]


def test_a_period_before_a_verb_after_its_object_is_that_verb_s_not_the_main_clause_s():
    # (the present of a relative clause after its object: the time within which it is done is still ahead)
    said = "A사는 연내 두 번째 모델을 내놓는 계획에 변함이 없다고 밝혔다."
    assert [t.direction for t in tag(said, datetime(2026, 4, 2, 9))] == ["present"]
    # (a bare day is the main verb's: 7일 사용료를 낮추는 계약에 서명했다)
    said = "두 회사는 7일 사용료를 절반으로 낮추는 내용의 계약에 서명했다."
    assert [t.direction for t in tag(said, datetime(2026, 4, 9, 9))] == ["past"]


def test_a_stage_the_sentence_names_anchors_its_own_offset_not_an_earlier_day_of_the_word():
    said = "1차 평가 결과는 지난 15일 나왔다. 정부는 \"2차 평가부터는 세부 기준을 평가 석 달 전까지 알리겠다\"고 했다."
    assert [t.text for t in tag(said, datetime(2026, 1, 27, 15))] == ["지난 15일"]


def test_a_day_heading_an_occasion_a_few_bare_nouns_long_is_the_story_s_day():
    # (6일 열린 지난해 4분기 실적 발표 컨퍼런스콜에서: the call is held that day; 이날 after an aside is still it)
    said = ("B사 대표는 6일 열린 지난해 4분기 실적 발표 컨퍼런스콜에서 이같이 말했다. B사의 자회사는 지난달 15일 발표된 평가에서 "
            "떨어졌다. 이날 B사는 연간 매출도 공시했다.")
    assert [(t.text, t.value) for t in tag(said, datetime(2026, 2, 6, 11))][-1] == ("이날", "2026-02-06")


def test_a_verb_past_a_noun_s_time_is_still_of_the_date_s_clause():
    said = "지난해 정예팀 선발 때 고배를 마신 KT는 이번 공모에 나서지 않겠다고 밝혔다."
    assert [t.direction for t in tag(said, datetime(2026, 1, 23, 14))] == ["past"]


def test_a_holiday_of_what_was_decided_is_the_one_ahead_not_last_year_s():
    said = "과기정통부는 추석 연휴에도 심사를 이어가기로 했다."
    assert [t.value for t in tag(said, datetime(2026, 9, 20, 9))] == ["2026-09-24"]


def test_a_month_in_quoted_words_calling_to_act_is_ahead():
    said = "원장은 \"8월 2차 평가까지 쉬지 말고 달리자\"고 당부했다."
    assert [t.value for t in tag(said, datetime(2026, 1, 17, 9))] == ["2026-08"]


def test_when_a_thing_received_was_told_as_a_cleft_is_gone_by():
    said = "장비를 처음 받은 것은 4월 초다."
    assert [(t.value, t.direction) for t in tag(said, datetime(2026, 9, 1, 9))] == [("2026-04", "past")]


def test_the_next_month_told_done_after_a_month_just_told_follows_that_month():
    said = "루닛은 지난해 5월 예선은 넘었지만 다음 달 본선에서 떨어졌다. 정부는 다음 달 새 공모를 낸다."
    assert [t.value for t in tag(said, datetime(2026, 3, 5, 9))] == ["2025-05", "2025-06", "2026-04"]


def test_a_three_day_holiday_told_ending_on_its_last_day_is_this_years():
    found = tag("정부는 설 연휴가 끝난 직후인 20일 결과를 발표할 예정이다.", date(2026, 2, 18))
    assert [t.value for t in found] == ["2026-02-16", "2026-02-20"]


def test_that_day_told_done_after_a_plan_is_the_last_day_that_has_been():
    told = "지난 9일 심사장. 결과가 나왔다. 협회는 23일 재공모를 낸다. "
    assert [t.value for t in tag(told + "그날 불린 두 이름은 지금도 바쁘다.", date(2026, 6, 12)) if t.text == "그날"] == ["2026-06-09"]
    assert [t.value for t in tag(told + "그날 다 같이 모이기로 했다.", date(2026, 6, 12)) if t.text == "그날"] == ["2026-06-23"]


def test_a_month_headed_toward_is_ahead():
    found = tag("세 팀은 벌써 8월 2차 평가를 향해 뛰고 있다.", date(2026, 1, 19))
    assert [t.value for t in found] == ["2026-08"]


def test_days_counted_on_from_the_storys_day_move_the_story_there():
    found = tag("중간 점검은 5월 4일 열렸다. 결과는 나흘 뒤 나왔다. 뷰노는 이튿날 입장문을 냈다.", date(2026, 6, 1))
    assert [t.value for t in found] == ["2026-05-04", "2026-05-08", "2026-05-09"]


def test_a_month_under_a_heading_of_plans_is_ahead():
    box = "□ 향후 추진 일정\n - 실증 기관 선정(11월)\n - 성과 공유회(상반기 중)"
    assert [t.value for t in tag(box, date(2026, 2, 10))][:1] == ["2026-11"]
    done = "□ 추진 실적\n - 실증 기관 선정(11월)"
    assert [t.value for t in tag(done, date(2026, 2, 10))] == ["2025-11"]


def test_the_first_of_parallel_topics_is_set_by_the_verb_the_next_ones_time_ends_in():
    found = tag("첫 시연은 6월, 정식 출시는 9월 말로 잡았다.", date(2026, 3, 3))
    assert [t.value for t in found] == ["2026-06", "2026-09"]


def test_a_time_drawn_near_is_still_to_come():
    found = tag("실증 과제 발표가 이번 주 금요일(20일)로 다가왔다. 심사가 코앞으로 다가왔다.", date(2026, 2, 16))
    assert [t.value for t in found][:1] == ["2026-02-20"]


def test_who_is_among_them_tells_no_time_of_the_date():
    found = tag("산업부는 8월 초 루닛을 포함한 3개 팀을 대상으로 점검을 진행한다.", date(2026, 2, 20))
    assert [t.value for t in found] == ["2026-08"]


def test_a_line_of_a_schedules_items_with_dates_in_brackets_is_told_ahead():
    line = "○ 예시 문항 공개(7월 13일) ○ 의견 수렴(7월 14일~24일) ○ 최종 문항 확정(7월 31일)"
    assert [t.value for t in tag(line, date(2026, 7, 1))] == ["2026-07-13", "2026-07-14", "2026-07-31"]


def test_next_month_closing_a_span_gone_by_is_the_month_after_its_first():
    found = tag("실증 공모는 23일부터 다음 달 12일까지 진행됐다.", date(2026, 2, 13))
    assert [(t.value, t.end_value) for t in found] == [("2026-01-23", "2026-02-12")]


def test_a_month_day_in_brackets_right_after_a_steps_noun_is_its_day():
    anchor = datetime(2026, 3, 2, 9)
    assert [t.value for t in tag("| 기업 | 2차 점검(4.8) | 비고 |", anchor)] == ["2026-04-08"]
    assert [t.value for t in tag("중간 심사(12.3) 결과가 나왔다", anchor)] == ["2025-12-03"]
    assert not tag("추론 성능 지표(1.12)가 개선됐다", anchor)


def test_months_after_a_month_told_done_count_from_now_when_the_story_turns_to_what_is_ahead():
    anchor = datetime(2026, 7, 10, 9)
    ahead = tag("지난 3월 뷰노가 실증 사업에 합류했다. 세 팀은 석 달 뒤 마지막 점검을 받는다.", anchor)
    assert [t.value for t in ahead] == ["2026-03", "2026-10"]
    told_on = tag("지난 3월 뷰노가 실증 사업에 합류했다. 석 달 뒤 루닛이 사업에서 빠졌다.", anchor)
    assert [t.value for t in told_on] == ["2026-03", "2026-06"]


def test_a_month_answering_what_comes_next_is_ahead():
    anchor = datetime(2026, 2, 3, 9)
    interview = "―향후 계획은?\n\n\"9월 실증 점검이다. 그 전에 준비를 마친다.\""
    assert [t.value for t in tag(interview, anchor)][:1] == ["2026-09"]
    looking_back = "―가장 힘들었던 때는.\n\n\"9월 실증 점검이다.\""
    assert [t.value for t in tag(looking_back, anchor)] == ["2025-09"]


def test_days_of_a_schedule_moved_today_are_ahead():
    anchor = datetime(2026, 10, 5, 15)
    moved = tag("산업부는 당초 24일로 예정됐던 시상식을 26일로 이틀 미뤘다고 5일 밝혔다.", anchor)
    assert [t.value for t in moved if t.type == "DATE"] == ["2026-10-24", "2026-10-26", "2026-10-05"]
    recap = tag("산업부는 당초 24일로 예정됐던 시상식을 26일로 이틀 미뤘다.", datetime(2026, 11, 2, 9))
    assert [t.value for t in recap if t.type == "DATE"] == ["2026-10-24", "2026-10-26"]


def test_this_day_after_a_span_under_way_since_a_day_gone_by_is_today():
    anchor = datetime(2026, 10, 4, 15)
    told = tag("실증 점검이 지난 2일부터 사흘째 진행 중이다. 이날까지 루닛과 뷰노가 시연을 마쳤다.", anchor)
    assert [t.value for t in told if t.text == "이날"] == ["2026-10-04"]
    begun = tag("실증 점검이 지난 2일 시작됐다. 이날 루닛이 시연을 마쳤다.", anchor)
    assert [t.value for t in begun if t.text == "이날"] == ["2026-10-02"]


def test_the_day_before_told_as_done_after_a_plan_for_tomorrow_is_yesterday():
    anchor = datetime(2026, 9, 8, 16)
    done = tag("산업부는 내일 심사 결과를 알리기로 했다. 뷰노는 전날 보완 자료를 냈다.", anchor)
    assert [t.value for t in done if t.text == "전날"] == ["2026-09-07"]
    ahead = tag("산업부는 모레 심사 결과를 알린다. 뷰노는 전날 마지막 발표에 나선다.", anchor)
    assert [t.value for t in ahead if t.text == "전날"] == ["2026-09-09"]


def test_a_quarter_or_half_told_with_no_tense_is_the_nearer_one():
    late = datetime(2026, 12, 20, 9)
    assert [t.value for t in tag("병원 측은 '1분기 안'이라고 알려왔다.", late)] == ["2027-Q1"]
    assert [t.value for t in tag("원장은 \"상반기 중 두 곳을 더 고르고\"라고 했다.", datetime(2025, 11, 3, 9))] == ["2026-H1"]
    assert [t.value for t in tag("1분기 실적은 부진했다.", late)] == ["2026-Q1"]  # (told done: this year's)


def test_a_part_of_a_month_joined_to_another_time_keeps_its_part():
    found = tag("두 병원은 각각 지난달 중순과 이달 초 결과를 냈다.", datetime(2026, 6, 20, 9))
    assert [(t.text, t.value, t.mod) for t in found] == [("지난달 중순", "2026-05", "MID"), ("이달 초", "2026-06", "START")]
    assert [t.text for t in tag("예산을 3월 초과 집행했다.", datetime(2026, 6, 20, 9))] == ["3월"]  # (초과: an excess)


def test_days_of_a_steps_course_told_over_in_order_are_no_day_the_story_is_on():
    body = ("산업부는 9일 실증 심사 결과를 발표했다. 심사는 지난 1일 서류 접수를 시작으로 2일부터 3일까지 현장 점검, "
            "이후 면접 순으로 진행됐다. 탈락한 뷰노는 결과 발표 뒤 입장을 냈다. 루닛은 이날 소감을 밝혔다.")
    assert [t.value for t in tag(body, datetime(2026, 6, 9, 18)) if t.text == "이날"] == ["2026-06-09"]
    plain = "산업부는 9일 실증 심사 결과를 발표했다. 심사는 지난 2일 현장 점검으로 마무리됐다. 루닛은 이날 점검을 받았다."
    assert [t.value for t in tag(plain, datetime(2026, 6, 9, 18)) if t.text == "이날"] == ["2026-06-02"]


def test_this_day_after_a_day_gone_back_to_and_plans_ahead_is_the_news_day_again():
    body = ("산업부는 9일 실증 사업에 루닛을 뽑았다고 밝혔다. 공모는 지난달 12일 공고가 나면서 시작됐다.\n\n"
            "루닛은 다음 달 협약을 맺는다.\n\n뷰노는 이날 입장을 냈다.")
    assert [t.value for t in tag(body, datetime(2026, 6, 9, 18)) if t.text == "이날"] == ["2026-06-09"]
    close = "산업부는 9일 실증 사업에 루닛을 뽑았다고 밝혔다. 공모는 지난달 12일 공고가 나면서 시작됐다. 뷰노는 이날 지원서를 냈다."
    assert [t.value for t in tag(close, datetime(2026, 6, 9, 18)) if t.text == "이날"] == ["2026-05-12"]


def test_a_bare_day_later_this_month_of_what_was_decided_or_heralded_is_this_months():
    anchor = datetime(2026, 9, 8, 9)
    assert [t.value for t in tag("산업부는 17일 심사 결과를 알리기로 했다.", anchor)] == ["2026-09-17"]
    assert [t.value for t in tag("뷰노는 24일 새 모델 공개를 예고했다.", anchor)] == ["2026-09-24"]
    assert [t.value for t in tag("산업부는 지난 17일 결과를 알리기로 했다.", anchor)] == ["2026-08-17"]
    assert [t.value for t in tag("뷰노는 17일 새 모델을 공개했다.", anchor)] == ["2026-08-17"]


def test_months_in_a_cause_told_done_are_gone_by():
    late_in_year = datetime(2027, 11, 20, 9)
    told = tag("루닛이 앞선다는 평가가 많다. 2월 예선과 6월 본선을 잇달아 통과했기 때문이다.", late_in_year)
    assert [(t.value, t.direction) for t in told] == [("2027-02", "past"), ("2027-06", "past")]
    assert [t.value for t in tag("1월 심사가 늦어졌기 때문에 협약도 밀렸다.", late_in_year)] == ["2027-01"]


def test_a_schedule_in_english_weekdays_and_numbered_days():
    told = tag("- Demo: 3/15(Mon)~3/17(Wed), 판교. 루닛은 Day 2, 뷰노는 Day 3에 나온다.", datetime(2027, 3, 10, 9))
    assert [(t.text, t.value) for t in told] == [("3/15(Mon)~3/17(Wed)", "2027-03-15"), ("Day 2", "2027-03-16"),
                                                 ("Day 3", "2027-03-17")]
    assert [t.value for t in tag("접수 마감은 4/2(Fri)이다.", datetime(2027, 3, 10, 9))] == ["2027-04-02"]
    assert tag("Day 12 기록을 남긴다.", datetime(2027, 3, 10, 9)) == []


def test_days_counted_from_a_cut_or_its_notice_are_from_the_day_it_was_told():
    body = "뷰노는 지난 3월 4일 본 심사에서 탈락했다. 탈락 통보 닷새 만에 회사는 재도전을 선언했다. 탈락 열흘 뒤에는 새 모델도 냈다."
    assert [t.value for t in tag(body, datetime(2027, 6, 1, 9))][1:] == ["2027-03-09", "2027-03-14"]


def test_a_month_and_day_closed_by_a_dot_before_what_happens_then_is_a_date():
    anchor = datetime(2027, 3, 2, 9)
    assert [t.value for t in tag("심사 결과는 3.19. 공개 예정", anchor)] == ["2027-03-19"]
    assert [t.value for t in tag("- 계획서는 3.12.까지 접수", anchor)] == ["2027-03-12"]
    assert tag("지표는 3.19. 수준이다", anchor) == []


def test_the_first_of_two_months_joined_takes_the_tense_told_after_the_second():
    body = '지난해 5월 문을 열었다. "2월과 6월 두 차례의 심사를 넘긴 팀원들에게 고맙다"고 했다.'
    assert [t.value for t in tag(body, datetime(2027, 11, 3, 9))] == ["2026-05", "2027-02", "2027-06"]


def test_a_month_in_a_clause_of_what_was_done_with_its_object_is_gone_by():
    late_in_year = datetime(2027, 11, 20, 9)
    body = "시장은 3월과 9월 두 차례 심사에서 모두 최고점을 한 뷰노를 유력하게 본다."
    assert [t.value for t in tag(body, late_in_year)] == ["2027-03", "2027-09"]
    assert [t.value for t in tag("루닛은 2월 예선에서 1위를 한 팀이다.", late_in_year)] == ["2027-02"]
    assert [t.value for t in tag("뷰노는 12월 점검을 한 번 더 할 계획이다.", late_in_year)] == ["2027-12"]


def test_a_month_by_its_english_name_and_a_day_is_a_date_in_a_digest_line():
    anchor = datetime(2026, 6, 20, 9)
    found = [(v[0], v[2]) for v in values("• Jun 12 — 실증 기업 발표\n• July 3 — 협약식\n• Sept. 1 — 중간 점검", anchor)]
    assert found == [("Jun 12", "2026-06-12"), ("July 3", "2026-07-03"), ("Sept. 1", "2026-09-01")]
    assert values("Decade 2 years, May 3rd, 2 March", anchor) == []  # (not a word that only opens like a month, nor an ordinal)
