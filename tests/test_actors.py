import pytest

from timeline import actors


@pytest.mark.parametrize("alias, name", [
    ("SKT", "SK텔레콤"), ("에스케이텔레콤", "SK텔레콤"), ("ncai", "NC AI"), ("엔씨에이아이", "NC AI"),
    ("엘지경영개발원 AI연구원", "LG AI연구원"), ("LG AI Research", "LG AI연구원"), ("과기부", "과학기술정보통신부"),
    ("MSIT", "과학기술정보통신부"), ("카이스트", "한국과학기술원"), ("과기 정통부", "과학기술정보통신부"),
])
def test_canonical(alias, name):
    assert actors.canonical(alias) == name


def test_canonical_unknown_is_none():
    assert actors.canonical("없는회사") is None


def test_find_longest_match_particles_and_compounds():
    found = [(m.text, m.canonical) for m in actors.find("LG AI연구원장과 네이버클라우드는 업스테이지 컨소시엄, SK텔레콤이 참여했다")]
    assert found == [("LG AI연구원", "LG AI연구원"), ("네이버클라우드", "네이버클라우드"), ("업스테이지", "업스테이지"),
                     ("SK텔레콤", "SK텔레콤")]


def test_discovery_and_traps():
    text = "△한빛테크놀로지스 △누리랩스가 신청했다. 정부와 업계, 정예팀 관계자가 코엑스와 정부서울청사에 모였다. K-엑사원과 B200도 언급됐다."
    found = {(m.canonical, m.source) for m in actors.find(text)}
    assert found == {("한빛테크놀로지스", "discovered"), ("누리랩스", "discovered")}


def test_acronyms_of_hardware_are_no_names():
    text = "뷰노는 SSD와 HBM을 얹은 서버에 모델을 올리고, DRAM 가격이 오르자 CPU를 늘렸다."
    assert [m.canonical for m in actors.find(text)] == ["뷰노"]


def test_acronyms_of_addresses_and_stores_are_no_names():
    text = "루닛 서버에 중국 IP로 접속이 몰렸고, 공격자는 URL을 바꿔 가며 DB를 노렸다."
    assert [m.canonical for m in actors.find(text)] == ["루닛"]


def test_a_new_name_told_after_the_old_one_or_with_it_in_brackets_is_the_same_organization():
    text = "코난테크놀로지는 15일 새 사명 '코난에이아이'로 출발했다. 코난에이아이는 다음 달 상장한다. 퀀텀런(구 뤼이드)도 같은 날 모델을 냈다."
    found = [(m.text, m.canonical) for m in actors.find_all(text)[0]]
    assert found == [("코난테크놀로지", "코난테크놀로지"), ("코난에이아이", "코난테크놀로지"), ("코난에이아이", "코난테크놀로지"),
                     ("퀀텀런", "뤼이드"), ("뤼이드", "뤼이드")]


def test_a_title_that_ends_like_a_company_name_is_no_name():
    text = "그는 지난해 카카오에 최고AI책임자로 왔고, 최고AI과학자를 겸한다."
    assert [m.canonical for m in actors.find_all(text)[0]] == ["카카오"]


def test_a_countrys_initials_are_no_name():
    text = "영국(UK)은 지난달 의료 AI 지침을 냈고, 사우디아라비아(KSA)도 루닛과 손잡았다."
    assert [m.canonical for m in actors.find(text)] == ["루닛"]


def test_kinds_of_organization_in_a_list_are_no_names():
    text = "중견기업과 빅테크, 연구기관 등 20개 기관이 신청했고, 한빛테크놀로지스와 대학교 등 3개 컨소시엄은 빠졌다."
    assert {m.canonical for m in actors.find(text)} == {"한빛테크놀로지스"}


def test_a_name_that_is_also_a_word_counts_after_a_word_of_its_kind():
    assert [m.canonical for m in actors.find("AI 인프라 기업 모레가 투자를 받았다")] == ["모레"]
    assert actors.find("결과는 모레 오후 나온다. 회사는 모레 발표한다") == []
    assert [m.canonical for m in actors.find("전북TP는 데이터를 맡는다")] == ["전북테크노파크"]


def test_a_name_before_a_copula():
    found = [m.canonical for m in actors.find("남은 곳은 KT와 LG AI연구원입니다. 1위는 NC AI다. 꼴찌는 KT였다.")]
    assert found == ["KT", "LG AI연구원", "NC AI", "KT"]


def test_discovered_name_stays_on_its_line():
    # A name ending in an organization's suffix is the word before the suffix on the same line,
    # not the last word of the line above it.
    text = "바이오 분과\n위원회는 이날 안건을 심의했다. 별빛데이터\n재단이 후원했다."
    found = {m.canonical for m in actors.find(text)}
    assert not any("\n" in name or " " in name for name in found), found


def test_acts_ending_like_an_agency_are_no_organizations():
    text = "조달청은 업체들의 참가신청을 이달 말까지 받고, 기업들의 자료요청에는 다음 주 답한다. 해외 기관의 공식초청도 이어졌다."
    found = {m.canonical for m in actors.find(text)}
    assert found == {"조달청"}


def test_a_universitys_school_and_a_place_things_go_are_no_organizations():
    text = ("서울대 경영학부 학생들과 별빛테크놀로지가 모였다. 서버는 대전 초거대AI센터에 들어선다. "
            "장비는 부산 클라우드센터에 설치된다.")
    found = {m.canonical for m in actors.find(text)}
    assert found == {"서울대학교", "별빛테크놀로지"}, found


def test_courts_are_found_and_a_date_before_an_ending_is_no_name():
    text = "부산지방법원은 15일부로 효력을 정지했고, 대전고등법원도 심리에 들어갔다. 새 규정은 3월 2일부로 시행된다."
    found = {m.canonical for m in actors.find(text)}
    assert found == {"부산지방법원", "대전고등법원"}, found


def test_investors_are_found_by_their_endings():
    text = "이번 라운드에는 별빛인베스트먼트와 누리캐피탈, 한울벤처스가 참여했다."
    found = {m.canonical for m in actors.find(text)}
    assert found == {"별빛인베스트먼트", "누리캐피탈", "한울벤처스"}, found


def test_user_registry_overrides(tmp_path):
    extra = tmp_path / "my.toml"
    extra.write_text('[[org]]\nname = "한빛테크"\nkind = "company"\naliases = ["Hanbit", "한빛"]\n', encoding="utf-8")
    registry = actors.Registry.load(extra)
    assert registry.canonical("hanbit") == "한빛테크"
    assert registry.canonical("SKT") == "SK텔레콤"


def test_a_bulleted_line_opening_with_a_date_names_no_organization():
    registry = actors.default_registry()
    text = "올해 일정은 ▲3월 초 설명회 개최 ▲6월 말 중간 점검 ▲11월 결과 공개다. 참여사는 ▲루닛 ▲뷰노다."
    names = [m.canonical for m in registry.find(text)]
    assert names == ["루닛", "뷰노"]


def test_a_local_governments_office_by_its_name_is_the_government():
    registry = actors.default_registry()
    assert [m.canonical for m in registry.find("수원시청과 강원도청이 나섰다.")] == ["수원시", "강원특별자치도"]


def test_a_product_as_a_subject_is_its_maker_and_as_an_object_nothing():
    registry = actors.default_registry()
    found = registry.find("'K-엑사원 2.0'은 1위다. 카카오는 에이닷엑스를 쓰지 않는다. 바르코(VARCO)가 공개됐다.")
    assert [(m.canonical, m.source) for m in found] == [("LG AI연구원", "product"), ("카카오", "registry"),
                                                         ("NC AI", "product"), ("NC AI", "product")]
    # (its owner told before it is the one named: 네이버의 HyperCLOVA X가)
    assert [m.canonical for m in registry.find("네이버의 HyperCLOVA X가 비교됐다.")] == ["네이버"]


@pytest.mark.parametrize("named", ["바르코 V3는", "카나나-2가", "'솔라 프로 2'는", "에이닷엑스 4.1은"])
def test_a_products_version_after_its_name_keeps_it_the_makers_subject(named):
    registry = actors.default_registry()
    found = registry.find(f"{named} 지난달 성능 평가에서 1위에 올랐다.")
    assert [m.source for m in found] == ["product"] and found[0].text.rstrip("'") in named


def test_a_name_the_text_quotes_that_ends_in_a_product_is_of_whoever_named_it():
    registry = actors.default_registry()
    text = "루닛은 솔라 프로 위에 만든 판독 보조 모델 '메디 솔라 프로'를 선보였다. 메디 솔라 프로는 이달 인증을 받았다."
    found = [(m.canonical, m.source) for m in registry.find(text)]
    assert ("업스테이지", "product") not in found and found.count(("루닛", "product")) == 1
    # (a product told alone after another word, with no quoted name it ends, is still its maker's)
    assert [m.canonical for m in registry.find("최신 솔라 프로가 공개됐다.")] == ["업스테이지"]


def test_a_body_that_meets_held_as_a_meeting_takes_no_part():
    registry = actors.default_registry()
    text = "보건복지부는 오는 9일 전문평가위원회를 열어 심사를 마친다. 한국보건산업진흥원은 윤리위원회(가칭)를 소집했다. 윤리위원회는 권고안을 냈다."
    found = [(m.text, m.start) for m in registry.find(text)]
    assert [name for name, _ in found] == ["보건복지부", "한국보건산업진흥원", "윤리위원회"]
    assert found[-1][1] == text.rindex("윤리위원회")


def test_a_name_found_once_is_found_again_where_it_is_told_bare():
    registry = actors.default_registry()
    text = "AI 스타트업 '누리코드'가 공모에 나섰다. 누리코드는 3일 서류를 냈다. 누리코드봇은 다른 제품이다."
    found = [(m.canonical, m.start) for m in registry.find(text)]
    assert [name for name, _ in found] == ["누리코드", "누리코드"] and found[1][1] == text.index("누리코드는")


def test_persons_with_titles_and_short_references():
    registry = actors.default_registry()
    text = "배경훈 부총리 겸 과학기술정보통신부 장관과 김성훈 업스테이지 대표가 만났다. 배 부총리는 말했다."
    people = [(p.name, p.organization) for p in actors.find_persons(text, registry)]
    assert people == [("배경훈", "과학기술정보통신부"), ("김성훈", "업스테이지"), ("배경훈", "과학기술정보통신부")]


def test_a_word_that_only_qualifies_a_title_names_no_organization():
    registry = actors.default_registry()
    text = "이홍락 공동 연구원장과 최가온 신임 원장이 만났다. 이연수 전 대표도 자리했다."
    people = [(p.name, p.organization) for p in actors.find_persons(text, registry)]
    assert ("이홍락", "LG AI연구원") in people and any(name == "최가온" for name, _ in people)
    assert not any(name == "이연수" for name, _ in people)  # (a former head speaks for nobody)
    assert actors.find_all(text, registry)[0] == []  # (공동, 신임: no organization)


def test_gold_set_quality():
    from timeline.evaluation import load_actors, score_multisets

    cases = load_actors()
    registry = actors.default_registry()
    org_pairs, person_pairs = [], []
    for case in cases:
        orgs, persons = actors.find_all(case.text, registry, exclude=(case.publisher,))
        org_pairs.append((case.orgs, [m.canonical for m in orgs]))
        person_pairs.append((case.persons, [(p.name, p.organization) for p in persons]))
    orgs_score, person_score = score_multisets(org_pairs), score_multisets(person_pairs)
    assert orgs_score.total >= 150 and person_score.total >= 40
    assert orgs_score.f1 >= 0.95 and person_score.f1 >= 0.95


def test_publisher_and_reporter_are_not_actors():
    registry = actors.default_registry()
    orgs, persons = actors.find_all("경향신문 김민수 기자가 썼다. 업스테이지 김성훈 대표와 경향신문이 협력한다.", registry,
                                    exclude=("경향신문", "김민수 기자"))
    assert [m.canonical for m in orgs] == ["업스테이지"]
    assert [p.name for p in persons] == ["김성훈"]


def test_a_centre_where_something_takes_place_is_no_participant():
    text = "행사는 광주 김대중컨벤션센터에서 열린다. 한빛AI연구센터는 모델 학습을 맡았다."
    found = {m.canonical for m in actors.find(text)}
    assert found == {"한빛AI연구센터"}
    # (a company's generic centre, where it opens something, is a place too)
    assert {m.canonical for m in actors.find("KT가 서울 우면동 연구개발센터에 실증 랩을 연다.")} == {"KT"}


def test_a_caption_mark_before_a_person_is_no_list():
    text = "▲ 배경훈 부총리가 서울 코엑스에서 축사를 하고 있다. △한빛랩스 △누리테크 등이 참여했다."
    found = {m.canonical for m in actors.find(text)}
    assert found == {"한빛랩스", "누리테크"}


def test_a_company_mark_names_a_company():
    text = "이번 공모에는 ㈜한빛AI, (주)누리데이터, 별빛랩㈜가 참여했다. 주식회사 초록연구는 불참했다. (주)는 약칭이다."
    found = [m.canonical for m in actors.find(text)]
    assert found == ["한빛AI", "누리데이터", "별빛랩", "초록연구"]


def test_a_word_before_a_time_is_no_name_and_leaves_the_real_name_found():
    # 오전 looks like a name (오 is a surname); rejecting it must not skip the name after it.
    for text in ("▲오전 10시 김경만 인공지능정책실장, 브리핑", "오후 3시 류제명 제2차관이 간담회를 연다"):
        found = actors.find_persons(text, actors.default_registry())
        assert [(p.name, p.organization) for p in found] in (
            [("김경만", "과학기술정보통신부")], [("류제명", "과학기술정보통신부")])


def test_city_and_province_governments():
    orgs, _ = actors.find_all("대전시는 KAIST와 협약을 맺었고 경기도와 부산광역시도 참여한다.")
    assert [o.canonical for o in orgs] == ["대전광역시", "한국과학기술원", "경기도", "부산광역시"]
    assert {o.kind for o in orgs if o.canonical != "한국과학기술원"} == {"local"}


def test_the_national_assembly_and_its_committee():
    orgs, _ = actors.find_all("국회 과방위는 14일 국감을 열었다. 과학기술정보방송통신위원회 위원들과 국회 관계자가 참석했다.")
    assert [o.canonical for o in orgs] == ["과학기술정보방송통신위원회", "과학기술정보방송통신위원회", "국회"]


@pytest.mark.parametrize("text", ["광주광역시와 NIPA는 13일 광주 AI 데이터센터 증설 협약을 맺었다.",
                                  "광주광역시와 NIPA는 13일 국가 AI 컴퓨팅센터의 문을 열었다."])
def test_a_data_or_computing_centre_is_a_facility(text):
    orgs, _ = actors.find_all(text)
    assert [o.canonical for o in orgs] == ["광주광역시", "정보통신산업진흥원"]


def test_titles_are_found_alike_with_and_without_a_spaced_title_in_the_text():
    from timeline.actors import _TITLE_FINDER, _title_spans
    texts = ["박민수 대표이사와 이정훈 부사장, 최서연 책임연구원이 참석했다",
             "한지우 상근  부위원장과 오세훈 공동 원장이 발표했다",  # titles written with spaces: the regex path
             "CEO 겸 CTO인 정다은 대표는 장관과 차관을 만났다", "직함이 없는 문장", ""]
    for text in texts:
        assert _title_spans(text) == [m.span() for m in _TITLE_FINDER.finditer(text)]


def test_a_date_under_a_list_mark_is_no_organization():
    found = {m.canonical for m in actors.find("주요 일지\n▲ 2025년\n▲ 8월 4일 △카카오 △KT 탈락\n")}
    assert "2025년" not in found and "8월 4일" not in found
    assert {"카카오", "KT"} <= found


def test_the_central_government_by_its_short_names():
    found = [(m.text, m.canonical, m.kind) for m in actors.find("국토부와 식약처, 통계청은 ETRI와 함께 환경부 안을 검토했다")]
    assert found == [("국토부", "국토교통부", "ministry"), ("식약처", "식품의약품안전처", "agency"), ("통계청", "국가데이터처", "agency"),
                     ("ETRI", "한국전자통신연구원", "institute"), ("환경부", "기후에너지환경부", "ministry")]
    assert actors.canonical("산업부") == "산업통상자원부" and actors.default_registry().government == "과학기술정보통신부"


def test_a_name_that_is_also_a_day_is_the_day_with_its_date_in_brackets():
    assert "모레" not in {m.canonical for m in actors.find("업스테이지는 모레(4일) 설명회를 연다.")}
    assert "모레" in {m.canonical for m in actors.find("AI 인프라 기업 모레(대표 조강원)는 칩 최적화를 맡는다.")}


def test_a_known_name_glued_to_the_word_before_it_is_that_name():
    found = [(m.text, m.canonical) for m in actors.find("두 팀 압축…연말 최종 결선코난테크놀로지가 3일 밝혔다. 누리테크놀로지가 왔다.")]
    assert found == [("코난테크놀로지", "코난테크놀로지"), ("누리테크놀로지", "누리테크놀로지")]


def test_a_name_that_is_also_a_word_counts_before_its_particle_unless_a_time_word_the_text_never_names_so():
    registry = actors.default_registry()
    assert [o.canonical for o in actors.find_all("메타가 새 모델을 냈다. 메타버스와 메타 분석은 다르다.", registry)[0]] == ["메타"]
    assert actors.find_all("모레는 발표가 있다. 모레가 온다.", registry)[0] == []
    # (… unless the text names the company so elsewhere: then 모레는 is it, not the day after tomorrow)
    told = actors.find_all("AI 인프라 기업 모레가 독자 행보에 나선다. 모레는 17일 간담회를 열었다.", registry)[0]
    assert [o.canonical for o in told] == ["모레", "모레"]


def test_a_business_named_after_its_field_and_kind_or_with_its_head_in_brackets_is_found():
    registry = actors.default_registry()
    text = ("게임 회사 넥스트플레이는 5일 모델을 냈다. 솔빛테크(대표 한가람)도 참여했다. "
            "AI 기업 매출은 늘었고 국내 기업 대부분은 관망했다. AI 스타트업 대표들은 모였다.")
    assert [o.canonical for o in actors.find_all(text, registry)[0]] == ["넥스트플레이", "솔빛테크"]


def test_a_person_with_a_chief_officers_title_names_an_organization_the_registry_does_not_know():
    registry = actors.default_registry()
    people = actors.find_persons("도하린 새빛소프트 최고기술책임자(CTO)는 말했다. 남궁현 새빛소프트 이사도 나왔다.", registry)
    assert [(p.name, p.title, p.organization) for p in people] == [
        ("도하린", "최고기술책임자", "새빛소프트"), ("남궁현", "이사", "새빛소프트")]


def test_a_post_and_its_holder_after_a_mark_are_no_organization():
    names = [o.canonical for o in actors.find_all("◇리벨리온 ▲데이터센터본부장 한서윤(1일 자)", actors.default_registry())[0]]
    assert names == ["리벨리온"]


def test_acronyms_read_out_in_hangul_with_or_without_the_letters():
    text = "에이치디씨(HDC)랩스와 엘지(LG)유플러스, 에이피통신, 엘지에이아이연구원이 참석했다."
    assert [m.canonical for m in actors.find(text)] == ["HDC랩스", "LG유플러스", "AP통신", "LG AI연구원"]


def test_a_centre_in_brackets_after_an_occasion_is_where_it_is_held():
    registry = actors.default_registry()
    found = actors.find_all("- 16일(화): 복지부, 실증 사업 설명회 (서울 양재 aT센터)\n- 17일(수): 한국데이터센터 연합 총회", registry)[0]
    assert "aT센터" not in {o.canonical for o in found}


def test_a_group_named_before_an_affiliate_of_it_is_not_the_body_its_name_also_stands_for():
    assert [m.canonical for m in actors.find("코스닥에서는 LG 계열사인 LG유플러스가 3% 올랐다")] == ["LG유플러스"]
    assert [m.canonical for m in actors.find("LG 그룹 계열인 LG CNS는 연구원을 늘렸다")] == ["LG CNS"]
    assert [m.canonical for m in actors.find("엔씨소프트 계열 AI 자회사는 짐을 쌌다")] == ["엔씨소프트"]


def test_global_companies_the_press_names_with_the_teams_are_known():
    found = {m.canonical for m in actors.find("SK하이닉스와 삼성전자, 소프트뱅크가 퀄컴, 인텔과 손잡았다")}
    assert found == {"SK하이닉스", "삼성전자", "소프트뱅크", "퀄컴", "인텔"}
    assert actors.find("애플리케이션과 인텔리전스") == []


def test_a_company_name_before_the_copula_is_found():
    found = [m.canonical for m in actors.find("새로 들어오는 곳은 음성 AI 기업 한결랩스와 법률 AI 기업 바른컴퍼니다.")]
    assert found == ["한결랩스", "바른컴퍼니"]


def test_an_object_before_daepyo_as_an_adverb_is_no_organization():
    assert actors.find_all("그는 배분 기준을 새로 정하는 개정안을 대표 발의한다")[0] == []


def test_a_bulleted_label_with_a_note_in_brackets_before_its_colon_names_no_organization():
    found = [m.canonical for m in actors.find("■ 행사 안내\n▲결선(현장): 5월 9일\n▲심사 (비공개) : 5월 10일\n▲주관: 한빛랩스(대전), 누리소프트")]
    assert "결선" not in found and "심사" not in found
    assert [m.canonical for m in actors.find("참가사는 ▲한빛랩스(대전) ▲누리소프트(부산)다.")] == ["한빛랩스", "누리소프트"]


def test_the_topic_of_a_bulleted_item_that_tells_something_is_a_name_only_in_one_word():
    found = [m.canonical for m in actors.find("▲대구 지사는 3월 문을 연다 ▲새 요금제는 5월 출시 ▲한빛소프트는 6월 합류")]
    assert found == ["한빛소프트"]
    assert [m.canonical for m in actors.find("△마루랩스 △한빛 연구소")] == ["마루랩스", "한빛 연구소"]


def test_all_ministries_together_is_no_organization():
    assert actors.find("정부는 범부처 계획과 범정부 지침을 내놓는다") == []


def test_the_assemblys_parties_are_known():
    found = [(m.canonical, m.kind) for m in actors.find("국민의힘과 민주당은 예산안을 두고 맞섰고, 조국혁신당도 논평을 냈다")]
    assert found == [("국민의힘", "party"), ("더불어민주당", "party"), ("조국혁신당", "party")]


def test_a_lawmakers_party_in_brackets_after_the_title_is_no_party_acting():
    assert actors.find("김하늘 의원(국민의힘)은 지적했다") == []


def test_the_state_development_bank_is_known_by_its_names():
    assert [m.canonical for m in actors.find("KDB산업은행과 산업은행, 한국산업은행")] == ["한국산업은행"] * 3


def test_a_public_body_of_another_country_is_not_ours_of_that_name():
    assert [m.canonical for m in actors.find("유럽 특허청에 먼저 냈고, 특허청에는 다음 달 낸다")] == ["지식재산처"]


def test_a_name_that_is_also_a_time_word_joined_to_another_name_is_a_name():
    assert [m.canonical for m in actors.find("컨소시엄의 모레와 크라우드웍스는 다음 달 데이터를 넣는다.")] == ["모레", "크라우드웍스"]
    assert [m.canonical for m in actors.find("모레와 크라우드웍스가 손잡았다.")] == ["모레", "크라우드웍스"]
    assert actors.find("모레와 글피에는 비가 온다.") == []


def test_a_centre_after_its_street_address_is_a_place_unless_it_acts():
    assert actors.find("9일 오후 부산 해운대구 해양바이오센터. 시연이 시작됐다.") == []
    assert actors.find("행사는 대전 유성구 바이오혁신센터, 강당에서 열린다") == []
    assert [m.canonical for m in actors.find("대구 동구 의료기기안전센터가 시험을 맡는다")] == ["의료기기안전센터"]


def test_a_desk_head_of_the_newsroom_is_no_ministry():
    registry = actors.default_registry()
    assert actors.reporters("하윤서 보건부장") == ["하윤서"] and actors.reporters("하윤서 논설위원") == ["하윤서"]
    assert actors.reporters("하윤서 뷰노 대표") == []
    found = [m.canonical for m in actors.find("(필자는 한빛일보 산업부장이다) 산업부장관은 5일 회의를 열었다.", registry)]
    assert found == ["산업통상자원부"]


def test_partners_written_in_latin_letters_are_found():
    found = [m.canonical for m in actors.find("Nota와 Mobilus, Konan Technology가 협약을 맺었다.")]
    assert found == ["노타", "모비루스", "코난테크놀로지"]


def test_a_centre_of_each_school_or_region_is_a_kind_of_body_not_one_named():
    assert actors.find("설명회는 각 대학 산학협력센터와 함께 연다") == []
    assert actors.find("각 권역 응급의료센터가 자료를 낸다") == []
    assert [m.canonical for m in actors.find("각 부처는 국립암센터와 함께 연다")] == ["국립암센터"]


def test_a_unit_an_organization_sets_up_is_a_part_of_it():
    text = ("한국지능정보사회진흥원(NIA)은 의료 데이터 개방을 맡는 '보건데이터개방추진단'을 새로 꾸렸다. "
            "보건데이터개방추진단은 다음 달 첫 회의를 연다. 광주 인공지능산업융합사업단은 3일 실증을 시작했다.")
    names = [o.canonical for o in actors.find(text)]
    assert "보건데이터개방추진단" not in names
    assert names.count("한국지능정보사회진흥원") >= 3
    assert "인공지능산업융합사업단" in names


def test_a_body_of_states_is_found_by_its_name_or_a_sectors_initials():
    text = "한국정보통신기술협회는 ITU-R 회의에 참석했고, 경제협력개발기구 보고서에도 소개됐다."
    found = {(m.canonical, m.kind) for m in actors.find(text)}
    assert found == {("한국정보통신기술협회", "agency"), ("국제전기통신연합", "international"), ("OECD", "international")}


def test_letters_that_a_particle_may_not_follow_by_sound_are_the_names_own():
    # 이 and 은 follow only a closed syllable: after an open one they end the word (데이, 페이)
    assert actors.find("의료 AI 스타트업 인베스터데이 무대에 뷰노가 오른다.")[0].canonical == "뷰노"
    assert len(actors.find("의료 AI 스타트업 인베스터데이 무대에 뷰노가 오른다.")) == 1
    assert [m.canonical for m in actors.find("의료 AI 스타트업 메디랩은 3일 투자를 받았다.")] == ["메디랩"]
    assert actors.strip_particle("미디어데이") == "미디어데이" and actors.strip_particle("마키나락스는") == "마키나락스"


def test_a_post_held_before_at_an_organization_gives_the_person_none():
    registry = actors.default_registry()
    text = "센터장은 지난달 영입한 마리아 곤살레스 前 마이크로소프트 연구소장이 맡고, 부센터장은 한도윤 전 네이버 이사다."
    people = [(p.name, p.organization) for p in actors.find_persons(text, registry)]
    assert people and not any(org in ("마이크로소프트", "네이버") for _, org in people)
    # (after the organization, 전 tells what they did there: still its person in the story)
    told = [(p.name, p.organization) for p in actors.find_persons("박정호 KT 전 부사장은 당시 이 사업을 맡았다.", registry)]
    assert told == [("박정호", "KT")]


def test_an_occasion_named_in_quotes_is_no_product_of_the_one_attending():
    text = "카카오는 판교에서 열린 '오픈소스 AI 서밋'에 후원사로 참여했다. 오픈소스 AI 서밋은 내일까지 이어진다."
    assert [m.canonical for m in actors.find(text)] == ["카카오"]
    made = "카카오는 새 모델 '카나나 나노'를 공개했다. 카나나 나노는 휴대폰에서 돈다."
    assert [m.canonical for m in actors.find(made)] == ["카카오", "카카오"]


def test_characters_in_software_are_no_organization():
    assert actors.find_all("말을 걸면 NPC가 상황에 맞춰 대답한다.", actors.default_registry())[0] == []


def test_one_on_the_way_to_a_post_is_referred_to_by_that_alone():
    registry = actors.default_registry()
    text = "정부는 1일 한국정보통신기술협회 신임 회장에 박서윤 본부장을 내정했다. 박 내정자는 오는 9일부터 업무를 맡는다."
    people = [(p.name, p.organization) for p in actors.find_persons(text, registry)]
    assert people[-1] == ("박서윤", "한국정보통신기술협회")


def test_a_body_told_as_one_belongs_to_before_the_name_is_theirs():
    registry = actors.default_registry()
    text = "국회 교육위원회 소속 윤가람 의원은 3일 질의했다. 윤 의원은 다음 주 추가 자료를 요구한다."
    people = [(p.name, p.organization) for p in actors.find_all(text, registry)[1]]
    assert people == [("윤가람", "교육위원회"), ("윤가람", "교육위원회")]  # (not 국회 as a name)
    party = [(p.name, p.organization) for p in actors.find_persons("국민의힘 소속의 한서진 의원이 나섰다. 한 의원은 말했다.", registry)]
    assert party == [("한서진", "국민의힘"), ("한서진", "국민의힘")]


def test_a_unit_named_after_its_known_owners_word_for_it_is_an_organization():
    text = "LG유플러스 자회사 미디어로그가 새 서비스를 낸다. 카카오 계열사인 카카오모빌리티는 웃었다."
    found = {m.canonical for m in actors.find(text)}
    assert {"미디어로그", "카카오모빌리티"} <= found
    # (what is told of the owner's units as a whole names none)
    told = "LG 계열사 주가가 올랐다. 네이버 계열사 가운데서는 네이버클라우드가 앞섰다."
    assert not {"주가", "가운데서"} & {m.canonical for m in actors.find(told)}


def test_a_local_governments_head_is_named_by_the_place_glued_to_the_title():
    registry = actors.default_registry()
    text = "개막식에는 강기정 광주시장과 김관영 전북지사가 왔다. 강 시장은 축사를 했다."
    people = [(p.name, p.title, p.organization) for p in actors.find_persons(text, registry)]
    assert people == [("강기정", "시장", "광주광역시"), ("김관영", "지사", "전북특별자치도"), ("강기정", "시장", "광주광역시")]
    # (a market and a branch office are no heads: 시장 and 지사 alone, with no place that governs)
    assert actors.find_persons("유럽 시장이 커지자 회사는 도쿄 지사를 늘렸다.", registry) == []


def test_a_post_given_as_of_a_day_is_the_holders_for_later_short_references():
    registry = actors.default_registry()
    text = ("정보통신산업진흥원은 다음 달 2일부로 AI인프라본부장에 윤서아 전 KT 상무를 선임한다고 밝혔다. "
            "윤 본부장은 GPU 배분을 맡는다.")
    people = [(p.name, p.title, p.organization) for p in actors.find_all(text, registry)[1]]
    assert ("윤서아", "본부장", "정보통신산업진흥원") in people


def test_a_council_with_no_name_before_it_is_the_last_named_province_or_citys():
    text = "경상남도는 AI 실증 예산을 늘렸다. 도의회는 다음 주 이를 심의한다. 창원시도 거들었다. 시의회 의결은 이달 말이다."
    found = [(m.text, m.canonical) for m in actors.find(text)]
    assert ("도의회", "경상남도의회") in found and ("시의회", "창원시의회") in found
    # (no province told before: a bare council names no one)
    assert not any(m.text == "도의회" for m in actors.find("도의회는 다음 주 예산을 심의한다."))


def test_a_public_body_of_another_country_no_registry_knows_is_theirs_and_no_authority_of_ours():
    found = [(m.canonical, m.kind) for m in actors.find("과기정통부는 이날 영국 과학혁신기술부와 공동 성명을 냈다.")]
    assert found == [("과학기술정보통신부", "ministry"), ("과학혁신기술부", "organization")]


def test_federations_and_councils_are_discovered_and_a_provinces_education_offices_are_not():
    text = "한국데이터산업연맹과 판교스타트업협의회는 시·도교육청과 함께 한국게임개발자연합회를 찾았다."
    found = {m.canonical for m in actors.find(text)}
    assert found == {"한국데이터산업연맹", "판교스타트업협의회", "한국게임개발자연합회"}


def test_a_subcommittee_after_its_committee_is_that_committee():
    text = "과학기술정보방송통신위원회 정보통신방송법안심사소위원회가 지난주 개정안을 넘겼고, 국민의힘도 찬성했다."
    assert [m.canonical for m in actors.find(text)] == ["과학기술정보방송통신위원회", "국민의힘"]


def test_hospitals_and_medical_centers_are_discovered_and_a_kind_of_hospital_is_not():
    text = "루닛은 분당차병원, 경희의료원과 함께 판독 보조 모델을 시험한다. 지역 종합병원과 대학병원도 관심을 보였다."
    assert {m.canonical for m in actors.find(text)} == {"루닛", "분당차병원", "경희의료원"}


def test_universities_are_found_by_the_short_names_the_press_uses():
    text = "연세대와 부산대, 포스텍 연구진이 평가에 참여했다. 20대 연구자가 절반이다."
    assert {m.canonical for m in actors.find(text)} == {"연세대학교", "부산대학교", "포항공과대학교"}


def test_a_university_in_a_story_that_names_its_foundation_is_that_foundation():
    text = "경북대 산학협력단은 데이터 구축 협약을 맺었다. 경북대는 연구진 10명을 투입한다."
    assert [m.canonical for m in actors.find(text)] == ["경북대학교 산학협력단", "경북대학교 산학협력단"]


def test_a_word_before_a_name_and_its_organization_is_not_the_name():
    registry = actors.default_registry()
    text = "회의를 이끈 임문영 국가AI전략위원회 부위원장은 말했다. 행사를 마친 김성훈 업스테이지 대표도 자리했다."
    people = [(p.name, p.organization) for p in actors.find_persons(text, registry)]
    assert people == [("임문영", "국가AI전략위원회"), ("김성훈", "업스테이지")]


def test_an_item_cut_inside_a_label_before_its_colon_is_no_name():
    text = "주요 일정\n△최종 결과 공지: 3월 2일\n△협약 체결: 3월 9일"
    assert actors.find(text) == []


def test_an_enterprise_by_its_names_end_is_an_organization():
    text = "공정위는 NHN클라우드와 한빛엔터프라이즈를 조사했다. 엔터프라이즈 시장은 커졌다."
    assert [m.canonical for m in actors.find(text)] == ["공정거래위원회", "NHN클라우드", "한빛엔터프라이즈"]


def test_a_bank_told_by_its_kind_is_no_organization():
    text = "뤼이드는 일본의 한 지방은행과, 노타는 국내 시중은행 두 곳과 계약을 맺었다. 우리은행도 검토 중이다."
    found = {m.canonical for m in actors.find(text)}
    assert "지방은행" not in found and "시중은행" not in found and "뤼이드" in found


def test_a_facility_named_by_its_work_alone_is_no_organization():
    text = "노타는 판교에 데이터 검수센터를 열고, 수원에는 고객 체험센터를 둔다."
    found = {m.canonical for m in actors.find(text)}
    assert "검수센터" not in found and "체험센터" not in found


def test_a_professor_told_with_the_school_or_department_between_is_of_that_university():
    text = "데이터 정제를 이끌었던 부산대 의과대학 정민수 교수와 KAIST 전산학부 최은영 교수가 나섰다."
    found = [(p.name, p.organization) for p in actors.find_persons(text, actors.default_registry())]
    assert found == [("정민수", "부산대학교"), ("최은영", "한국과학기술원")]


def test_a_group_told_before_its_affiliate_with_no_particle_is_no_party():
    text = "LG그룹 계열 LG CNS는 11월 새 플랫폼을 낸다."
    assert [m.canonical for m in actors.find(text)] == ["LG CNS"]


def test_a_products_or_a_terms_short_form_in_brackets_is_no_organization():
    text = "뤼이드는 학습 앱 '산타(SANTA) 2'를 내놓는다. 노타는 경량화 솔루션 넷츠(NETZ)의 일반 공급(GA)을 시작한다."
    assert [m.canonical for m in actors.find(text)] == ["뤼이드", "노타"]


def test_a_name_that_is_also_a_time_word_is_the_name_when_a_day_follows_it():
    found = [m.canonical for m in actors.find("모레는 지난 3일(현지시간) 독일에서 새 제품을 공개했다.")]
    assert found == ["모레"]
    assert [m.canonical for m in actors.find("모레는 비가 온다.")] == []


def test_a_title_told_in_full_and_then_by_its_short_form_is_the_same_persons():
    text = "박지훈 최고기술책임자(CTO)는 이렇게 말했다. 박 CTO는 또 덧붙였다."
    found = [(p.name, p.title) for p in actors.find_persons(text, actors.default_registry())]
    assert found == [("박지훈", "최고기술책임자"), ("박지훈", "CTO")]


def test_a_name_with_hago_glued_on_is_named_in_speech():
    assert [m.canonical for m in actors.find("카카오하고 KT하고 셋이 붙는 거죠.")] == ["카카오", "KT"]


def test_a_bulleted_countdown_range_is_no_organization():
    assert [m.canonical for m in actors.find("▲D-5~D-3(11~13일) 정보통신산업진흥원 심사")] == ["정보통신산업진흥원"]


def test_a_name_that_is_a_day_word_is_the_name_when_another_time_follows():
    assert [m.canonical for m in actors.find("모레는 올해 상반기 새 칩을 내놨다.")] == ["모레"]
    assert [m.canonical for m in actors.find("모레는 비가 온다.")] == []


@pytest.mark.parametrize("text", ["발표는 모레, 그러니까 목요일 오후다.", "마감은 모레, 즉 15일이다."])
def test_a_day_word_restated_after_a_comma_is_no_name_in_a_list(text):
    assert [m.canonical for m in actors.find(text)] == []
    assert [m.canonical for m in actors.find("모레, 크라우드웍스가 합류했다.")] == ["모레", "크라우드웍스"]


def test_a_centre_being_built_is_a_facility_not_a_body():
    text = "광주 AI실증센터 준공식이 열렸다. 부산 해양AI센터 기공식도 했다. 별빛AI센터는 연구자를 뽑는다."
    found = {m.canonical for m in actors.find(text)}
    assert found == {"별빛AI센터"}, found


def test_a_bulleted_step_with_its_time_in_brackets_is_no_organization():
    text = "심사는 ▲서류 검토(1.5~1.9) ▲현장 실사(1월) ▲심사위원 면접(1.20) 순이다. ▲누리데이터랩(대표 한가온)도 참여한다."
    assert {m.canonical for m in actors.find(text)} == {"누리데이터랩"}


def test_where_to_ask_or_apply_is_no_organization():
    text = "□ 문의처: 한국지능정보사회진흥원 데이터정책팀 / 접수처: 누리집"
    assert [m.canonical for m in actors.find(text)] == ["한국지능정보사회진흥원"]


def test_a_name_that_is_a_day_word_is_the_name_when_its_sentence_tells_it_done():
    assert [m.canonical for m in actors.find("모레는 크라우드웍스와 학습 데이터 계약을 맺었다고 2일 밝혔다.")] == ["모레", "크라우드웍스"]
    assert [m.canonical for m in actors.find("모레는 발표가 있다고 회사가 알렸다.")] == []


def test_a_topic_before_a_persons_name_and_title_is_no_name_nor_the_name_a_company():
    orgs, people = actors.find_all("SK텔레콤 연구소는 한서윤 최고기술책임자를 새 소장으로 앉혔다.")
    assert [o.canonical for o in orgs] == ["SK텔레콤"]
    assert [(p.name, p.title) for p in people] == [("한서윤", "최고기술책임자")]


def test_a_post_in_an_affiliate_or_a_committee_of_a_ministry_is_no_organization_of_its_own():
    orgs, _ = actors.find_all("두 원장은 LG 계열사 고문으로 옮긴다. 과학기술정보통신부 재원심의위원회가 3일 안건을 의결했다.")
    assert [o.canonical for o in orgs] == ["LG AI연구원", "과학기술정보통신부"]
    orgs, _ = actors.find_all("SK텔레콤 계열사 SK브로드밴드가 참여한다.")
    assert "SK브로드밴드" in [o.canonical for o in orgs]


def test_a_title_naming_a_gathering_of_its_holders_is_no_persons():
    text = "황 CEO는 2025년 10월 경주 APEC 최고경영자 서밋에 참석했다. 이 자리에는 서울 CEO 포럼 회원들도 왔다."
    registry = actors.default_registry()
    assert not [p for p in actors.find_persons(text, registry, actors.find(text, registry)) if p.name in ("경주", "서울")]


def test_a_long_name_spelt_one_letter_off_is_the_organization_of_that_name():
    found = [(o.text, o.canonical) for o in actors.find("모티프테크놀로지 연구진은 한국정보통신기슬협회가 맡은 검증을 받는다.")]
    assert found == [("모티프테크놀로지", "모티프테크놀로지스"), ("한국정보통신기슬협회", "한국정보통신기술협회")]
    # (a short name one letter off another is a name of its own)
    assert [o.canonical for o in actors.find("경남대학교가 참여한다.")] != ["경북대학교"]


def test_a_word_for_a_design_or_a_contest_that_ends_like_an_office_is_no_organization():
    assert actors.find("새 아키텍처로 정면승부에 나선다.") == []


def test_a_gatherings_name_in_latin_capitals_in_brackets_is_no_organization():
    assert [o.text for o in actors.find("인공지능 페스타(AI FESTA) 2026에서 부스를 열었다.")] == []


def test_a_convention_centre_by_its_citys_name_is_a_venue_not_an_organization():
    registry = actors.default_registry()
    assert registry.find("결선은 광주김대중컨벤션센터와 송도컨벤시아에서 나뉘어 열린다.") == []


def test_latin_initials_of_a_set_or_a_medium_are_no_organization():
    assert [o.text for o in actors.find("회의실 TV로 중계를 보다가 IPTV와 OTT 요금 얘기가 나왔다.")] == []


def test_a_japanese_partner_of_a_korean_team_is_known_by_its_names():
    registry = actors.default_registry()
    assert [o.canonical for o in registry.find("네이버클라우드는 일본 라인야후와, 소프트뱅크는 LY코퍼레이션과 손잡았다.")] == [
        "네이버클라우드", "라인야후", "소프트뱅크", "라인야후"]


def test_a_surname_and_title_after_someone_named_by_surname_only_is_not_a_known_person():
    registry = actors.default_registry()
    text = "대전의 한 AI 스타트업을 운영하는 이모(38)씨가 행사를 열었다. 이 대표는 다음 달에도 자리를 만든다."
    assert [(p.name, p.organization) for p in actors.find_persons(text, registry)] == [("이모", None)]
    known = "NC AI가 모델을 공개했다. 이 대표는 다음 달에도 자리를 만든다."
    assert [p.name for p in actors.find_persons(known, registry)] == ["이연수"]


def test_a_posts_hashtag_is_no_name():
    registry = actors.default_registry()
    text = "글 끝에는 #모두의AI #딥랩스 #오픈소스 태그가 붙었다. 한편 모레랩스가 이날 투자를 유치했다."
    assert [o.canonical for o in actors.find(text, registry)] == ["모레랩스"]


def test_a_headlines_last_noun_glued_to_the_leads_government_names_no_government():
    registry = actors.default_registry()
    text = "뷰노, 외부 모델 가중치 활용해 독자성 미충족정부가 추진하는 실증 사업에서 루닛이 살아남았다."
    assert [o.canonical for o in actors.find(text, registry)] == ["뷰노", "루닛"]


def test_a_strict_name_first_of_bodies_counted_is_a_name():
    registry = actors.default_registry()
    assert [o.canonical for o in actors.find("루닛 컨소시엄에는 모레 등 5개 기관이 참여한다.", registry)] == ["루닛", "모레"]


def test_a_body_glued_to_its_numbered_vice_minister_is_named():
    found = [m.canonical for m in actors.find("○산업통상자원부제2차관 문서진 네. ○과기정통부제1차관 홍서윤 답변드리겠습니다.")]
    assert found == ["산업통상자원부", "과학기술정보통신부"]
    assert not actors.find("산업통상자원부제품 안내")
