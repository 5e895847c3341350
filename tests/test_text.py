import random
import re

import pytest

from timeline.text import RuleSet, bisect_left, bisect_right, leading_class, searcher, start_finder, trie_pattern

RULES = [r"(?:오르|진출하)지\s*못", r"탈락", r"선정", r"(?:모델|서비스)\S{0,3}\s*공개", r"[A-Z]\w*\s*\d+\s*출시", r"발표"]
TEXTS = ["1차 평가에서 탈락한 팀과 선정된 팀", "다음 단계에 오르지 못했다", "새 모델을 공개했다", "LG가 EXAONE 4 출시",
         "결과를 발표했다", "아무 일도 없다", "선정 발표 선정 탈락", "", "진출하지  못한 채 선정",
         "모델탈락 공개 뒤 선정"]  # (탈락 inside a match of a later rule is no match of its own)


def naive(rules, text):
    """Each rule's matches by finditer over the plain alternation, ranks told by which rule matched."""
    combined = re.compile("|".join(f"({re.sub(r'[(](?![?])', '(?:', r)})" for r in rules))
    return [m.lastindex - 1 for m in combined.finditer(text)]


@pytest.mark.parametrize("text", TEXTS)
def test_rule_set_agrees_with_the_plain_alternation(text):
    rules = RuleSet(RULES)
    ranks = naive(RULES, text)
    assert rules.first(text) == (ranks[0] if ranks else None)
    assert rules.lowest(text) == (min(ranks) if ranks else None)


def test_trigger_rules_agree_with_the_plain_alternation_on_every_seed_line():
    """The real trigger table (literal-led rules found by an automaton, one class-led rule) over
    every line of the seeds and random stretches of them."""
    from timeline.mentions import triggers

    from .conftest import SEEDS
    patterns = [p.pattern for _, p in triggers()]
    rules = RuleSet(patterns)
    lines = [line for path in sorted(SEEDS.glob("*")) for line in path.read_bytes().decode("utf-8", "replace").splitlines()]
    rng = random.Random(5)
    texts = lines + ["".join(rng.sample(line, len(line))) for line in lines[:200]]
    texts += [line[a:a + rng.randrange(1, 40)] for line in lines for a in [rng.randrange(len(line) + 1)]]
    for text in texts:
        ranks = naive(patterns, text)
        assert rules.lowest(text) == (min(ranks) if ranks else None), text
        assert rules.first(text) == (ranks[0] if ranks else None), text


def test_leading_class_and_searcher():
    def starts(pattern):
        cls = leading_class(pattern)
        return None if cls is None else {ch for ch in "오진가ab xyz19" if re.fullmatch(f"[{cls}]", ch)}

    assert starts(r"(?:오르|진출하)지") == {"오", "진"}
    assert starts(r"a?b|[xy]z") == {"a", "b", "x", "y"}
    assert starts(r"\s*\d+일") == {" ", "1", "9"}
    assert starts(r"a*") is None  # can match nothing
    assert starts(r"[^a]b") is None  # a negated class is not spelt out
    found = searcher(r"고\s*있다|중이다")
    assert found.pattern.startswith("(?=[")
    assert found.search("평가를 진행하고 있다").group() == "고 있다"


def test_trie_pattern_matches_like_the_longest_first_alternation():
    words = ["대표", "대표이사", "부사장", "사장", "공동 원장", "원장", "연구원장", "CEO", "C"]
    plain = re.compile("|".join(re.escape(w).replace(r"\ ", r"\s*") for w in sorted(words, key=len, reverse=True)))
    trie = re.compile(trie_pattern(words))
    rng = random.Random(3)
    alphabet = "대표이사부장공동 원연구CEO"
    for _ in range(3000):
        text = "".join(rng.choice(alphabet) for _ in range(rng.randrange(1, 9)))
        for start in range(len(text)):
            a, b = plain.match(text, start), trie.match(text, start)
            assert (a and a.group()) == (b and b.group()), (text, start)


def test_opening_literals_are_what_every_match_must_open_with():
    from timeline.text import opening_literals
    assert opening_literals(r"(?:당초|애초|원래|기존)\S*\s") == ("기존", "당초", "애초", "원래")
    assert opening_literals(r"컨소시엄(?:에는|에)\s|[해어]야") == ("어", "컨소시엄에", "해")
    # No guard where a match can open with anything else: a class, a repeat, an anchor, case folding.
    for pattern in (r"\d{4}\.", r"a?b", r"^\s*#", r"ab|", r"(?:x|\s)y"):
        assert opening_literals(pattern) is None
    assert opening_literals("copyright", re.IGNORECASE) is None


def test_required_literals_are_held_by_every_match():
    from timeline.mentions import triggers
    from timeline.sentences import BOILERPLATE_LINES
    from timeline.text import required_literals

    from .conftest import SEEDS
    assert required_literals(r"[A-Z]\w*\s*\d+\s*(?:공개|출시)") == ("공개", "출시")
    assert required_literals(r"^[^.!?]{0,60}[\w.+-]+@[\w-]+$") == ("@",)
    assert required_literals(r"\d+\s*일") == ("일",) and required_literals(r"\d+|일") is None
    for pattern in (r"(?i)ab", r"x?(?i:ab)", r"[^a]+"):
        assert required_literals(pattern) is None
    patterns = [p for _, p in triggers()] + [g.pattern for _, g in BOILERPLATE_LINES]
    lines = [line for path in sorted(SEEDS.glob("*")) for line in path.read_bytes().decode("utf-8", "replace").splitlines()]
    found = 0
    for pattern in patterns:
        needs = required_literals(pattern.pattern, pattern.flags & re.IGNORECASE)
        for line in lines if needs else ():
            for match in pattern.finditer(line):
                assert any(literal in match.group() for literal in needs), (pattern.pattern, match.group())
                found += 1
    assert found > 100


def test_a_guarded_pattern_finds_what_the_pattern_finds():
    from timeline.text import Guarded
    pattern = r"(?:당초|애초)\S*\s.{0,20}?계획"
    guarded = Guarded(pattern)
    for text in ("당초 3월 발표할 계획이었다", "애초에는 두 팀을 뽑을 계획", "계획대로 진행됐다", "", "원래 계획"):
        found, expected = guarded.search(text), re.search(pattern, text)
        assert (found and found.span()) == (expected and expected.span())


@pytest.mark.parametrize("pattern", [r"(?:고\s*있다|중이다)\.?$|컨소시엄(?:에는|에)\s", r"[해어]야\s*한다|필요가\s*있다",
                                     r"(?<![가-힣])(?:지난|오는)\s*\d+일", r"\d(?<!\d\d)\d*(?!\s*개)"])
def test_a_start_finder_finds_where_the_patterns_matches_start(pattern):
    plain, finder = re.compile(pattern), start_finder(pattern)
    texts = ["평가를 진행하고 있다.", "A 컨소시엄에는 B가, C 컨소시엄에 D가", "지난 15일과 오는 3일 사이, 12개 팀과 7곳",
             "공개해야 한다는 필요가 있다", "다음 주 수요일", ""]
    for text in texts:
        for position in range(len(text) + 1):
            want, got = plain.search(text, position), finder.search(text, position)
            assert (want and want.start()) == (got and got.start()), (text, position)


def test_the_binary_searches_agree_with_the_bisect_module():
    import bisect  # noqa: PLC0415
    rng = random.Random(5)
    for _ in range(300):
        values = sorted(rng.choices(range(20), k=rng.randint(0, 12)))
        value, low = rng.randint(-1, 21), rng.randint(0, len(values))
        assert bisect_left(values, value, low) == bisect.bisect_left(values, value, low)
        assert bisect_right(values, value, low) == bisect.bisect_right(values, value, low)


def test_line_matches_find_what_a_search_finds():
    from timeline.mentions import _QUOTED_LINE, _SPEAKER_LINE
    from timeline.text import line_matches

    from .conftest import SEEDS
    texts = ["", "\n", "\"따옴표로 연 줄\"\n둘째 줄\n  “들여 쓴 인용”\n◆ 이연수: 네, 그렇습니다\n\n\"끝"]
    texts += [path.read_bytes().decode("utf-8", "replace") for path in sorted(SEEDS.glob("*"))]
    for pattern in (_QUOTED_LINE, _SPEAKER_LINE):
        for text in texts:
            assert [m.span() for m in line_matches(pattern, text)] == [m.span() for m in pattern.finditer(text)]
