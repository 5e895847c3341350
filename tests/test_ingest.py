from datetime import datetime
from zoneinfo import ZoneInfo

from timeline import ingest
from timeline.sentences import split

from .conftest import SEEDS

SEOUL = ZoneInfo("Asia/Seoul")


def read_one(path):
    articles = ingest.read_file(path)
    assert len(articles) == 1
    return articles[0]


def test_seed_front_matter_entities_author_and_time():
    article = read_one(SEEDS / "000_f04b397c2416b6f8.txt")
    assert article.error is None
    assert article.id == "421_0008686824"
    assert article.title == "'국가대표 AI' 프로젝트 1차 성과 공개…\"글로벌 AI 모델 수준\""
    assert article.author == "김정현 기자 (Kris@news1.kr)"
    assert article.publisher == "뉴스1"
    assert article.published_at == datetime(2025, 12, 30, 0, 0, tzinfo=SEOUL)
    assert "(서울=뉴스1) 김정현 기자 =" in article.body and "&#x27;" not in article.body


def test_portal_text_in_cp949(tmp_path):
    article = read_one(SEEDS / "016_portal_copy_cp949.txt")
    assert article.encoding == "cp949"
    assert article.title == "정부, 독자 AI 모델 서면평가 결과 발표 예고"
    assert article.published_at == datetime(2025, 7, 24, 17, 3, tzinfo=SEOUL)
    assert article.body.startswith("과학기술정보통신부는")


def test_text_saved_as_utf16_by_a_windows_tool(tmp_path):
    for name, encoding in (("le.txt", "utf-16"), ("be.md", "utf-16-be")):
        path = tmp_path / name
        text = "---\ntitle: 유니코드 저장\npublished_at: 2026-02-20 15:00\n---\n과기정통부는 20일 모티프를 뽑았다.\r\n"
        path.write_bytes((b"\xfe\xff" if encoding.endswith("be") else b"") + text.encode(encoding))
        article = read_one(path)
        assert article.error is None and article.encoding == "utf-16"
        assert article.title == "유니코드 저장" and article.body.startswith("과기정통부는 20일")


def test_portal_text_with_other_stamp_and_bom(tmp_path):
    path = tmp_path / "copy.txt"
    path.write_bytes("\ufeff제목 줄\n기사입력 2026-01-15 16:48\n\n본문이다. 15일 발표했다.".encode("utf-8"))
    article = read_one(path)
    assert article.encoding == "utf-8-sig"
    assert article.published_at == datetime(2026, 1, 15, 16, 48, tzinfo=SEOUL)
    assert article.title == "제목 줄"


def test_portal_text_with_a_short_body_keeps_it_and_the_byline_under_it(tmp_path):
    path = tmp_path / "short.txt"
    path.write_text("짧은 기사\n입력 2026.02.03 오전 9:05\n\n카카오는 3일 모델을 냈다.\n\n정다운 기자 dw@example.kr\n"
                    "ⓒ 예시일보\n", encoding="utf-8")
    article = read_one(path)
    assert article.body.startswith("카카오는 3일") and article.author == "정다운 기자 dw@example.kr"


def test_html_meta_and_main_text_only():
    article = read_one(SEEDS / "017_saved_page.html")
    assert article.title.startswith("추가 정예팀 발표 임박")
    assert article.url == "https://example.kr/news/demo_017"
    assert article.publisher == "에이아이타임스"
    assert article.published_at == datetime(2026, 2, 18, 9, 20, tzinfo=SEOUL)
    assert "19일 발표 평가" in article.body
    assert "많이 본 뉴스" not in article.body and "반도체 수출" not in article.body and "대표전화" not in article.body


def test_jsonl_and_csv_rows(tmp_path):
    jsonl = tmp_path / "export.jsonl"
    jsonl.write_text('{"title": "가", "text": "과기정통부는 15일 발표했다.", "date": "2026-01-15 10:00", "url": "u1"}\n'
                     'not json\n{"title": "나", "content": "본문", "published_at": "2026-01-16"}\n', encoding="utf-8")
    rows = ingest.read_file(jsonl)
    assert len(rows) == 3 and rows[0].title == "가"
    assert rows[0].body.startswith("과기정통부") and rows[0].url == "u1"
    assert rows[1].error.startswith("invalid JSON on line 2")
    assert rows[2].published_at == datetime(2026, 1, 16, tzinfo=SEOUL)
    csv = tmp_path / "export.csv"
    csv.write_text("title,body,date,publisher\n제목,본문 문장이다.,2026.02.20. 오후 5:03,뉴스\n", encoding="utf-8")
    (row,) = ingest.read_file(csv)
    assert row.publisher == "뉴스" and row.published_at == datetime(2026, 2, 20, 17, 3, tzinfo=SEOUL)


def test_bad_inputs_each_get_a_reason(tmp_path):
    cases = {
        "empty.md": b"",
        "binary.md": b"\x00\x01\x02binary",
        "truncated.md": "---\ntitle: 잘린 기사\npublished_at: 2026-01-15\n".encode(),
        "notes.docx": b"whatever",
        "nodate.md": "---\ntitle: 날짜 없음\n---\n본문만 있다.".encode(),
        "broken.txt": "제목\n입력 2026.01.15. 오후 1:00\n".encode() + b"\x80\x80 text",
    }
    for name, data in cases.items():
        (tmp_path / name).write_bytes(data)
    big = tmp_path / "huge.md"
    with open(big, "wb") as handle:
        handle.truncate(50 * 1024 * 1024)
    reasons = {}
    for article in ingest.read_paths([tmp_path]):
        reasons[article.source_path.rsplit("/", 1)[-1]] = article.error
    assert reasons["empty.md"] == "empty file"
    assert reasons["binary.md"] == "binary file, not text"
    assert reasons["truncated.md"].startswith("truncated front matter")
    assert reasons["notes.docx"].startswith("unsupported file type '.docx'")
    assert reasons["nodate.md"].startswith("no publication date")
    assert reasons["huge.md"].startswith("file is 52.4 MB")
    assert reasons["broken.txt"] == "undecodable bytes: 2 characters replaced"


def test_sentences_split_glued_and_mark_boilerplate():
    body = ("(서울=뉴스1) 김정현 기자 = 첫 문장이다.이날 둘째 문장이 붙어 있다. 점수는 33.6점이었다.\n"
            "▲배경훈 장관이 말하고 있다. 2026.1.15 [사진]\n입력 2026.01.15. 오후 1:00\nkim@news1.kr\nⓒ 뉴스1 무단 전재 금지\n"
            "관련기사\n다른 기사 제목\n")
    pieces = [(s.text, s.boilerplate) for s in split(body)]
    assert ("(서울=뉴스1) 김정현 기자 =", "byline") in pieces
    assert ("첫 문장이다.", None) in pieces and ("이날 둘째 문장이 붙어 있다.", None) in pieces
    assert ("점수는 33.6점이었다.", None) in pieces
    assert ("▲배경훈 장관이 말하고 있다. 2026.1.15 [사진]", None) in pieces
    reasons = {text: why for text, why in pieces}
    assert reasons["입력 2026.01.15. 오후 1:00"] == "stamp"
    assert reasons["kim@news1.kr"] == "email"
    assert reasons["ⓒ 뉴스1 무단 전재 금지"] == "copyright"
    assert reasons["다른 기사 제목"] == "related"


def test_boilerplate_sentence_inside_a_paragraph():
    body = ("과기정통부는 15일 결과를 발표했다. 이어 설명회를 열었다. 김정현 기자 kim@news1.kr\n"
            "업스테이지는 평가를 통과했다. ⓒ 뉴스1 무단 전재 금지\n")
    reasons = {s.text: s.boilerplate for s in split(body)}
    assert reasons["김정현 기자 kim@news1.kr"] == "email"
    assert reasons["과기정통부는 15일 결과를 발표했다."] is None and reasons["이어 설명회를 열었다."] is None
    assert reasons["ⓒ 뉴스1 무단 전재 금지"] == "copyright" and reasons["업스테이지는 평가를 통과했다."] is None


def test_a_press_releases_contact_lines_are_boilerplate():
    body = "□ 설명회를 3월 9일 엽니다.\n문의: 인공지능정책과 (044-202-0000)\n< 담당 부서 > 데이터정책팀\n[담당자] 김주무관\n문의가 많았다.\n"
    reasons = {s.text: s.boilerplate for s in split(body)}
    assert {reasons["문의: 인공지능정책과 (044-202-0000)"], reasons["< 담당 부서 > 데이터정책팀"], reasons["[담당자] 김주무관"]} == {"contact"}
    assert reasons["□ 설명회를 3월 9일 엽니다."] is None and reasons["문의가 많았다."] is None


def test_an_update_note_in_the_body_is_a_stamp():
    body = ("과기정통부는 15일 결과를 발표했다.\n[업데이트 2026.1.15 18:00] 업스테이지 입장을 추가했습니다.\n"
            "(수정: 14:20) 제목을 바꿨습니다.\n[정정] 앞선 기사의 점수를 바로잡습니다.\n")
    reasons = {s.text: s.boilerplate for s in split(body)}
    assert reasons["[업데이트 2026.1.15 18:00] 업스테이지 입장을 추가했습니다."] == "stamp"
    assert reasons["(수정: 14:20) 제목을 바꿨습니다."] == "stamp"
    assert reasons["과기정통부는 15일 결과를 발표했다."] is None and reasons["[정정] 앞선 기사의 점수를 바로잡습니다."] is None


def test_a_newswire_dateline_an_about_heading_and_a_contact_block():
    body = ("대전--(뉴스와이어)--2026년 09월 02일 -- 리벨리온이 새 칩을 2일 공개했다.\n\n리벨리온 회사 소개\n\n"
            "리벨리온은 2020년 세워졌다.\n\n문의처\n\n리벨리온\n마케팅팀\n042-000-0000\n\n문의가 이어졌다.\n")
    pieces = [(s.text, s.boilerplate) for s in split(body)]
    assert pieces[:2] == [("대전--(뉴스와이어)--2026년 09월 02일 --", "byline"), ("리벨리온이 새 칩을 2일 공개했다.", None)]
    reasons = dict(pieces)
    assert reasons["리벨리온 회사 소개"] == "heading" and reasons["리벨리온은 2020년 세워졌다."] is None
    assert {reasons["문의처"], reasons["리벨리온"], reasons["마케팅팀"], reasons["042-000-0000"]} == {"contact"}
    assert reasons["문의가 이어졌다."] is None


def test_a_portal_copy_gets_a_space_after_each_glued_sentence(tmp_path):
    path = tmp_path / "glued.md"
    path.write_text("---\ntitle: t\npublished_at: 2026-02-13 00:00\n---\n\n"
                    "두 곳이 신청했다.모티프와 트릴리온랩스다!이들은 다음 주 평가를 받는다.점수는 33.6점이다.\n", encoding="utf-8")
    body = read_one(path).body
    assert body == "두 곳이 신청했다. 모티프와 트릴리온랩스다! 이들은 다음 주 평가를 받는다. 점수는 33.6점이다."


def test_subtitles_under_a_pages_stamp_are_marked():
    body = ("# 제목\n\n**한빛일보** | 2026-02-20 00:00 | \n\n---\n\n"
            "3월 협약 후 GPU 지원…오후 2시 브리핑8월 2차 평가\n\n"
            "(서울=한빛일보) 김하나 기자 = 과기정통부는 20일 결과를 발표했다.그는 \"잘 됐다\"고 말했다.\n\n"
            "| 날짜 | 내용 |\n")
    reasons = {s.text: s.boilerplate for s in split(body)}
    assert reasons["3월 협약 후 GPU 지원…오후 2시 브리핑8월 2차 평가"] == "subtitle"
    assert reasons["과기정통부는 20일 결과를 발표했다."] is None
    assert reasons["| 날짜 | 내용 |"] is None  # (after the story has begun, a line without an end is no subtitle)
    no_stamp = {s.text: s.boilerplate for s in split("3월 협약 후 GPU 지원\n\n과기정통부는 20일 결과를 발표했다.\n")}
    assert no_stamp["3월 협약 후 GPU 지원"] is None
    portal = {s.text: s.boilerplate for s in split("모티프 합류\n입력 2026.02.20. 오후 3:10\n오후 2시 발표…8월 평가\n"
                                                      "과기정통부는 20일 결과를 발표했다.\n입력 2026.02.20.\n관련 일정 정리\n")}
    assert portal["오후 2시 발표…8월 평가"] == "subtitle" and portal["관련 일정 정리"] is None


def test_a_subtitle_glued_to_the_dateline_is_marked():
    pieces = [(s.text, s.boilerplate) for s in split(
        "9월 최종 발표…두 팀 압축[대전=한빛일보] 이도윤·박서연 기자 = 과기정통부는 3일 결과를 공개했다.그는 말했다.")]
    assert pieces[:3] == [("9월 최종 발표…두 팀 압축", "subtitle"), ("[대전=한빛일보] 이도윤·박서연 기자 =", "byline"),
                          ("과기정통부는 3일 결과를 공개했다.", None)]
    # (a sentence that ends before the dateline is the story's, and a dateline with no reporter is no byline)
    kept = [(s.text, s.boilerplate) for s in split("과기정통부는 3일 결과를 공개했다.(서울=한빛일보) 김하나 기자 = 이어 말했다.")]
    assert ("과기정통부는 3일 결과를 공개했다.", None) in kept
    assert all(s.boilerplate != "subtitle" for s in split("두 팀이 남았다(세종=정부) 발표"))
    bracketed = [(s.text, s.boilerplate) for s in split("내달 3일 마감[한빛경제 이도윤 기자] 과기정통부가 공모를 냈다.")]
    assert bracketed == [("내달 3일 마감", "subtitle"), ("[한빛경제 이도윤 기자]", "byline"), ("과기정통부가 공모를 냈다.", None)]


def test_a_sentence_glued_to_the_next_that_opens_with_a_number_ends_there():
    pieces = [s.text for s in split("두 곳이 떨어졌다.3개 팀은 다음 주 평가를 받는다. 점수는 33.6점이다.")]
    assert pieces == ["두 곳이 떨어졌다.", "3개 팀은 다음 주 평가를 받는다.", "점수는 33.6점이다."]


def test_a_quotation_glued_after_a_sentences_end_opens_the_next_sentence():
    pieces = [s.text for s in split("그는 3일 브리핑을 했다.\"다음 달 발표한다\"고 덧붙였다.'K-AI'는 순항 중이다.")]
    assert pieces == ["그는 3일 브리핑을 했다.", "\"다음 달 발표한다\"고 덧붙였다.", "'K-AI'는 순항 중이다."]
    kept = [s.text for s in split("그는 \"잘 됐다. 정말 잘 됐다.\"라며 웃었다.")]
    assert kept[-1] == "정말 잘 됐다.\"라며 웃었다."  # (a quotation closing after its own end)


def test_a_credit_glued_to_the_sentence_after_it_goes_and_the_sentence_stays():
    pieces = [(s.text, s.boilerplate) for s in split(
        "차관이 결과를 알리고 있다. 2026.8.26/한빛 ⓒ 한빛 이도윤 기자모티프테크놀로지스는 26일 탈락했다.")]
    assert ("ⓒ 한빛 이도윤 기자", "copyright") not in pieces  # (the date and agency before the mark go with it)
    assert pieces[-1] == ("모티프테크놀로지스는 26일 탈락했다.", None)
    assert pieces[-2][1] == "copyright"


def test_a_photos_credit_glued_to_a_paragraph_goes_and_its_sentences_stay_apart():
    pieces = [(s.text, s.boilerplate) for s in split("노타는 3일 탈락했다.뷰노는 다음 달 계약을 맺는다.(사진=뷰노 제공)")]
    assert pieces == [("노타는 3일 탈락했다.", None), ("뷰노는 다음 달 계약을 맺는다.", None), ("(사진=뷰노 제공)", "footer")]
    assert [s.boilerplate for s in split("▲ 뷰노 본사 전경. (사진=뷰노 제공)")] == [None]  # (a caption stays whole)


def test_a_dated_caption_glued_to_a_paragraph_is_its_last_sentence_and_the_sentences_before_stay_apart():
    pieces = [(s.text, s.boilerplate) for s in split(
        "플리토는 2일 번역 모델을 내놨다. 뷰노는 다음 주 병원 10곳과 손잡는다. 노타 직원들이 5일 부스를 꾸미고 있다. 2026.12.5 [사진]")]
    assert pieces == [("플리토는 2일 번역 모델을 내놨다.", None), ("뷰노는 다음 주 병원 10곳과 손잡는다.", None),
                      ("노타 직원들이 5일 부스를 꾸미고 있다. 2026.12.5 [사진]", None)]
    # (from its photo mark on, a caption of two sentences stays whole; its date is a newswire's, glued)
    pieces = [s.text for s in split("래블업은 7일 상장했다. 마키나락스도 뒤따른다. ▲두 대표가 악수하고 있다. 행사는 1시간 이어졌다.2027.1.7/뉴스1")]
    assert pieces[-1] == "▲두 대표가 악수하고 있다. 행사는 1시간 이어졌다.2027.1.7/뉴스1" and len(pieces) == 3
    # (a caption of one sentence is one piece, as before, and so is a line that opens as a caption)
    assert [s.text for s in split("장관이 설명하고 있다. 2026.1.15 [사진]")] == ["장관이 설명하고 있다. 2026.1.15 [사진]"]
    assert len(split("▲두 대표가 악수하고 있다. 행사는 1시간 이어졌다. 2027.1.7 [사진]")) == 1


def test_a_sentence_that_names_a_papers_text_or_its_subscriptions_is_prose_not_a_footer():
    body = ("플리토는 2일 기사 원문 대신 요약문을 뷰노에 넘기기로 했다. 노타의 유료 구독 신청은 지난달 두 배로 늘었다.\n"
            "▶ 기사 원문 보기\n제보는 카카오톡 hanbit\n[구독 신청]\n")
    reasons = {s.text: s.boilerplate for s in split(body)}
    assert reasons["플리토는 2일 기사 원문 대신 요약문을 뷰노에 넘기기로 했다."] is None
    assert reasons["노타의 유료 구독 신청은 지난달 두 배로 늘었다."] is None
    assert reasons["▶ 기사 원문 보기"] == reasons["제보는 카카오톡 hanbit"] == reasons["[구독 신청]"] == "footer"


def test_a_byline_may_name_the_paper_before_the_reporter():
    pieces = [(s.text, s.boilerplate) for s in split("한빛경제 박서연 기자 = 카카오가 3일 새 모델을 공개했다.")]
    assert ("한빛경제 박서연 기자 =", "byline") in pieces and ("카카오가 3일 새 모델을 공개했다.", None) in pieces


def test_a_dateline_with_its_reporter_in_the_brackets_sets_a_glued_subtitle_apart():
    body = ("내달 결과 발표…3곳 경합(테크M=박소연 기자) 리벨리온이 새 NPU를 내놨다.\n(지디넷코리아=김민아 기자) 퓨리오사AI도 뒤를 이었다.\n"
            "[헤럴드경제=박세정 기자] 노타도 합류했다.\n")
    reasons = {s.text: s.boilerplate for s in split(body)}
    assert reasons["내달 결과 발표…3곳 경합"] == "subtitle"
    assert reasons["(테크M=박소연 기자)"] == "byline" and reasons["(지디넷코리아=김민아 기자)"] == "byline"
    assert reasons["리벨리온이 새 NPU를 내놨다."] is None and reasons["퓨리오사AI도 뒤를 이었다."] is None
    assert reasons["[헤럴드경제=박세정 기자]"] == "byline" and reasons["노타도 합류했다."] is None


def test_a_list_item_under_a_pages_stamp_is_no_subtitle():
    body = "**전자신문** | 2026-03-02 17:00 | \n\n◇리벨리온 ▲전략실장 한서윤(1일 자)\n\n◇노타 ▲CTO 조민호(3일 자)\n"
    reasons = {s.text: s.boilerplate for s in split(body)}
    assert reasons["◇리벨리온 ▲전략실장 한서윤(1일 자)"] is None and reasons["◇노타 ▲CTO 조민호(3일 자)"] is None


def test_a_sentence_quoted_whole_then_the_next_one_glued_are_two():
    body = "[인터뷰]한서윤/리벨리온 상무 : \"올해 안에 양산하겠습니다.\"리벨리온은 다음 달 공장을 짓는다. 그는 \"늦지 않겠다.\"고 했다."
    texts = [s.text for s in split(body)]
    assert "리벨리온은 다음 달 공장을 짓는다." in texts and "그는 \"늦지 않겠다.\"고 했다." in texts


def test_a_tv_scripts_turn_is_no_part_of_the_sentence_glued_to_it():
    body = "[앵커]결과가 나왔습니다.[기자]정부가 오늘 두 팀을 뽑았습니다.◀ 리포트 ▶현장은 붐볐습니다.\n[기자]\n"
    texts = [s.text for s in split(body)]
    assert "정부가 오늘 두 팀을 뽑았습니다." in texts and "현장은 붐볐습니다." in texts and "결과가 나왔습니다." in texts


def test_a_release_copied_as_text_is_dated_by_its_release_time_and_titled_by_its_headline(tmp_path):
    from timeline.mentions import extract
    path = tmp_path / "release.txt"
    path.write_text("보도자료\n\n보도일시: 2026. 4. 3.(금) 12:00\n\n의료 데이터 실증 기관 2곳 선정\n- 하반기 실증은 7월 시작 -\n\n"
                    "□ 보건복지부는 의료 데이터 실증 공모 결과 2개 기관을 선정했다고 밝혔다.\n\n"
                    "□ 이번 공모는 3월 2일부터 20일까지 진행되었으며, 총 5개 기관이 신청하였다.\n"
                    "  ○ 서면평가(3.24.)를 거쳐 최종 2개 기관을 선정하였다.\n\n"
                    "담당 부서 디지털헬스정책과 사무관 이○○ (044-202-0000)\n", encoding="utf-8")
    [article] = ingest.read_file(path)
    assert article.title == "의료 데이터 실증 기관 2곳 선정"
    assert article.published_at == datetime(2026, 4, 3, 12, 0, tzinfo=ZoneInfo("Asia/Seoul"))
    found = {(a, m.date_value) for m in extract(article) for a in m.actors}
    assert {("보건복지부", "2026-03-02"), ("보건복지부", "2026-03-20"), ("보건복지부", "2026-03-24")} <= found
    assert not any(value.startswith("2026-07") for _, value in found)  # (the subtitle is a summary)


def test_the_lines_of_a_host_named_in_a_transcripts_header_are_questions():
    body = ("■ 방송 : 건강한 아침 (06:00~07:00)\n■ 진행 : 오세린 앵커\n■ 출연 : 김도윤 보건복지부 과장\n\n"
            "◇ 오세린 : 의료 AI 실증 결과가 다음 주에 나오죠?\n\n◆ 김도윤 : 네, 9일입니다. 뷰노와 루닛이 대상입니다.\n\n"
            "◇ 오세린 : 떨어진 곳은 어떻게 됩니까?\n\n◆ 김도윤 : 내년에 다시 기회가 있습니다.")
    asked = [s.text for s in split(body) if s.boilerplate == "question"]
    assert asked == ["◇ 오세린 : 의료 AI 실증 결과가 다음 주에 나오죠?", "◇ 오세린 : 떨어진 곳은 어떻게 됩니까?"]
    body = "■ 진행 : 오세린 앵커\n\n◆ 김도윤 : 9일 발표합니까? 네.\n\n◇ 박하늘 : 그럼 언제죠?"  # (not the host's: told)
    assert not any(s.boilerplate == "question" for s in split(body))


def test_a_columns_signature_alone_on_its_line_is_a_byline():
    body = "두 팀만 남는다면 경험도 자산으로 남아야 한다.\n\n(한지우 고려대 데이터과학과 교수)\n\n[김도윤 LG AI연구원 연구위원]"
    reasons = {s.text: s.boilerplate for s in split(body)}
    assert reasons == {"두 팀만 남는다면 경험도 자산으로 남아야 한다.": None, "(한지우 고려대 데이터과학과 교수)": "byline",
                       "[김도윤 LG AI연구원 연구위원]": "byline"}
    body = "떨어진 팀의 인력이 갈 곳도 함께 챙겨야 한다.\n\n<박서윤 카이스트 전산학부 교수>\n\n〈이도현 전 과기정통부 정책관〉"
    assert [s.boilerplate for s in split(body)] == [None, "byline", "byline"]
    # (a broadcast's label of who speaks next is no signature)
    assert split("<인터뷰 김성훈 업스테이지 대표>\n\"다음 달 공개합니다.\"")[0].boilerplate != "byline"


def test_an_update_label_before_news_is_a_stamp_and_the_news_is_read():
    body = "과기정통부는 15일 결과를 발표했다.\n[업데이트 18:10] 네이버클라우드는 이날 저녁 입장문을 내고 재도전을 검토하겠다고 밝혔다.\n"
    pieces = [(s.text, s.boilerplate) for s in split(body)]
    assert ("[업데이트 18:10]", "stamp") in pieces
    assert ("네이버클라우드는 이날 저녁 입장문을 내고 재도전을 검토하겠다고 밝혔다.", None) in pieces


def test_the_one_whose_named_turns_only_ask_is_the_host_of_a_transcript():
    body = ("■ 박소율> 추가 공모 결과가 오늘 나왔죠?\n\n"
            "■ 정하람> 네, 오후에 발표됐습니다. 두 곳이 뽑혔습니다.\n\n"
            "■ 박소율> 다음 평가는 언제입니까?\n\n"
            "■ 정하람> 8월 초로 알고 있습니다.")
    asked = [s.text for s in split(body) if s.boilerplate == "question"]
    assert asked == ["■ 박소율> 추가 공모 결과가 오늘 나왔죠?", "■ 박소율> 다음 평가는 언제입니까?"]


def test_two_speakers_who_both_end_as_asking_leave_no_host():
    body = ("◇ 박소율> 결과가 나왔죠?\n\n◇ 정하람> 네, 두 곳이 뽑혔죠.\n\n"
            "◇ 박소율> 다음은 언제죠?\n\n◇ 정하람> 8월이죠.")
    assert not any(s.boilerplate == "question" for s in split(body))


def test_markup_left_in_a_crawled_text_breaks_lines_and_wraps_no_words(tmp_path):
    path = tmp_path / "copy.txt"
    path.write_text("---\ntitle: 결과 발표\npublished_at: 2026-01-15 18:00\n---\n\n"
                    "과기정통부는 15일 결과를 <b>발표</b>했다.<br>루닛은 탈락했다.<BR/>&lt;기자&gt; 현장입니다.",
                    encoding="utf-8")
    article = ingest.read_file(path)[0]
    assert article.body.split("\n") == ["과기정통부는 15일 결과를 발표했다.", "루닛은 탈락했다.", "<기자> 현장입니다."]
