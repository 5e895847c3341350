"""Organizations and people in Korean news text.

The registry (`data/organizations.toml`, extendable with user files) maps every alias to one
canonical name; one Aho-Corasick automaton finds them all in a single pass, longest match first.
Organizations no list knows are discovered from how the press names and lists them; people from
name-title patterns. Publisher and reporter of the article are metadata and never actors.
"""
from __future__ import annotations

import itertools
import re
import tomllib
from dataclasses import dataclass, field
from functools import cache
from operator import attrgetter
from pathlib import Path
from typing import Final

from . import DATA
from .records import ActorMention, PersonMention
from .temporal import RESTATING_WORDS, direction_after
from .temporal.grammar import RANGE_DASH, group, scan
from .temporal.lexicon import words as time_words
from .text import (GATHERINGS, NAME_OPENING_MARKS, QUOTED_NAME, Guarded, automaton, bisect_left, final_consonant, hidden_spans, holds_any,
                   remember, trie_pattern)

# Suffixes that make a word an organization name (…진흥원, …대학교, …테크놀로지스); longest first.
ORG_SUFFIXES: Final[list[str]] = sorted([
    "부", "처", "청", "위원회", "진흥원", "협회", "재단", "대학교", "산학협력단", "연구원", "연구소", "테크놀로지",
    "테크놀로지스", "랩스", "코퍼레이션", "공사", "공단", "연구재단", "정보원", "센터", "그룹", "전자", "텔레콤",
    "소프트", "에이아이", "네트웍스", "홀딩스", "은행", "증권", "벤처스", "파트너스", "회계법인", "테크노파크",
    "평가원", "교육청", "개발원", "관리원", "연구회", "진흥회", "학회", "조합", "공제회", "기술원", "평가단", "연합회", "연맹", "협의회",
    "사업단", "추진단", "지원단", "기획단", "법원", "재판소", "인베스트먼트", "캐피탈",
    "클라우드", "시스템즈", "솔루션즈", "모빌리티", "로보틱스", "헬스케어", "엔터테인먼트", "게임즈", "커뮤니케이션즈", "컴퍼니",
    "바이오로직스", "제약", "중공업", "디스플레이", "병원", "의료원", "엔터프라이즈",
], key=len, reverse=True)
# The kind of a public body no registry knows, by how its name ends (대구디지털혁신진흥원, 보건복지부): an
# authority of what it announces, as a registered agency or ministry is.
PUBLIC_SUFFIX_KINDS: Final = {"진흥원": "agency", "공단": "agency", "정보원": "agency", "평가원": "agency", "관리원": "agency",
                              "개발원": "agency", "부": "ministry", "처": "ministry", "청": "ministry"}


def _kind_by_suffix(name: str) -> str:
    return next((kind for suffix, kind in PUBLIC_SUFFIX_KINDS.items() if name.endswith(suffix) and len(name) > len(suffix) + 1),
                "organization")


# A name with one of these suffixes right before 에서 is where something takes place (aT센터에서 열린, a society's
# meeting: 국제머신러닝학회에서 논문을 발표했다), and before 에 and a verb of placing, where something is put (데이터센터에 설치된다).
VENUE_SUFFIXES: Final = ("센터", "학회")
VENUE_NAME_ENDINGS: Final = ("인재개발원", "인력개발원")  # (a company's training site: 이천 인재개발원에서 워크숍을 열었다)
VENUE_BRACKET_REACH: Final = 12  # characters before a venue's name where the bracket it closes may open
_HELD_AT: Final = re.compile(r"(?:\s*\([^()]{1,20}\))?에서")  # (… 학회(ICML)에서도: its short name between)
# A venue's name before the words of building it (AI컴퓨팅센터 착공식, 데이터센터 건립): a facility, not a body.
_BUILT_AFTER: Final = re.compile(r"\s*(?:착공|준공|기공|건립|건설|공사|부지)")
_EACH_BEFORE: Final = re.compile(r"(?<![가-힣])각\s+(?:[가-힣]*[^\s는은이가을를와과의에도]\s+)?$")  # (각 대학 …: of each one; not 각 부처는 B와)
EACH_REACH: Final = 12  # characters before a name that 각 and one noun (각 대학) may take
# A body that meets, as what is held (소위원회를 열어, 운영위원회를 소집했다): a meeting, not a participant.
MEETING_SUFFIXES: Final = ("위원회",)
SUBCOMMITTEE: Final = "소위원회"  # a part of the committee named right before it, no body of its own
_BODIES_OF_STATE: Final = frozenset(("ministry", "agency", "office"))  # (whose committees are parts of them)
_MEETING_HELD: Final = re.compile(r"(?:\s*\([^()]{1,20}\))?[을를]\s*(?:열|개최|소집)")
_PLACED_IN: Final = re.compile(r"에\s+(?:\S+\s+)?(?:설치|구축|들어서|들어선|입주|배치|보관)")
# A street address's last word right before such a name makes it a place (서울 양재동 aT센터, 부산 해운대구 …센터).
# (not one with a particle after it, which acts: 대전 유성구 …센터가 지원한다)
_ADDRESS_BEFORE: Final = re.compile(r"[가-힣]{1,5}(?:동|구|군|읍|면|로|길)\s+$")
_AFTER_A_PLACE: Final = ("", ".", ",", " ", "·")
# Single-syllable suffixes need a longer stem: 정부 and 일부 are not ministries.
SHORT_SUFFIX_MIN_STEM: Final = 2
# The nouns a headline ends with (미충족, 확정, 돌입): glued to the lead's next word, no name's stem.
GLUED_HEADLINE_ENDINGS: Final = ("충족", "미달", "확정", "완료", "마감", "돌입", "착수", "선정", "탈락", "합류", "통과", "공개", "발표", "고배",
                                 "불참", "참여", "지원", "예정", "전망", "촉각", "주목")
# Nouns that end as an organization's name does but name none: acts (이의신청, 참가신청, 협조요청,
# 공식초청), a university's schools (전산학부: a part of the university named with it) and buildings
# (국가AI데이터센터: where the GPUs are, not who runs them).
NOT_ORG_ENDINGS: Final = ("신청", "요청", "초청", "학부", "데이터센터", "컨벤션센터")  # (대전컨벤션센터: a venue)
# Korean particles that may follow a name; longest first so 에서는 is cut whole.
PARTICLES: Final[list[str]] = sorted(["은", "는", "이", "가", "을", "를", "와", "과", "의", "도", "에", "에서", "에서는", "으로", "로", "만",
                                     "측", "측은", "이며", "이고", "까지", "부터", "에게", "와의", "과의", "이나", "나", "께서", "에는",
                                     "으로는", "랑", "이랑", "하고", "처럼", "보다", "만큼", "마저", "조차"],  # (NC AI처럼, KT보다: compared, still named;
                                    # A하고 B: spoken)
                                    key=len, reverse=True)
# What may follow a Latin-final alias (KT는, KT 컨소시엄) but not a longer word (SK하이닉스).
LATIN_FOLLOWERS: Final = tuple(PARTICLES) + ("컨소시엄", "팀", "연구원장", "사장", "대표", "장",
                                      "였", "이었", "이다", "이라", "이란", "라는",  # NC AI였고: a copula
                                      "입니다", "입니까", "이에요", "예요", "다.", "다,", "다 ", "인 ")  # (B와 NC AI입니다, NC AI다.)
# First syllables of what may follow a Korean name inside its word: particles and compounds
# (업스테이지는, 과기정통부장관, LG AI연구원장).
PARTICLE_STARTS: Final = frozenset("은는이가을를와과의도에로만측팀께서라란처보마조부까뿐였다장")
LIST_MARKS: Final = "△▲·,、ㆍ/"
GENERIC_LIST_NOUNS: Final = r"(?:팀|기업|기관|컨소시엄|사|곳|업체|대학|연구기관|스타트업)"

# Titles of one on the way to a post, which a short reference uses whatever post the full one told (김경만 인공지능정책실장을
# 2차관에 내정했다. 김 내정자는 …).
ON_THE_WAY_TITLES: Final = frozenset({"내정자", "후보자", "당선인"})
# The heads of local governments, their place glued on (부산시장, 전북지사, 경기도지사): a title only so, for 시장 is also
# a market and 지사 a branch; the place names the government (전북 + 도: 전북도).
LOCAL_HEAD_TITLES: Final = ("도지사", "지사", "시장", "군수", "구청장")
# A chief's title told in full, then by its short form (김남선 최고재무책임자(CFO)는 … 김 CFO는): the same person.
TITLE_SHORT_FORMS: Final = {"CEO": "최고경영자", "CTO": "최고기술책임자", "CFO": "최고재무책임자", "COO": "최고운영책임자",
                            "CSO": "최고전략책임자", "CAIO": "최고AI책임자", "CPO": "최고제품책임자", "CMO": "최고마케팅책임자"}
_CHIEF_TITLES: Final = (*TITLE_SHORT_FORMS, *TITLE_SHORT_FORMS.values(), "최고사업책임자")
TITLES: Final = sorted([
    "대표", "대표이사", "사장", "부사장", "회장", "부회장", "의장", "장관", "차관", "1차관", "2차관",
    "부총리", "실장", "국장", "과장", "원장", "공동 원장", "부원장", "소장", "센터장", "본부장", "단장", "청장", "처장",
    "위원장", "부위원장", "상근 부위원장", "수석", "비서관", "총장", "교수", "이사장", "연구원장", "팀장", "리더", "전무",
    "상무", "대변인", "대통령", "의원", "책임연구원", "수석연구원", "연구위원", "부장", "박사",
    "정책관", "기획관", "심의관", "조정관", "담당관", "협력관",
    "이사", "총괄", "담당", "부문장", "그룹장", *_CHIEF_TITLES, *ON_THE_WAY_TITLES, *LOCAL_HEAD_TITLES,
], key=len, reverse=True)
# Words that may stand between a name and its title without naming an organization (임우형 공동 연구원장,
# 신임 원장). Not 전 (a former head speaks for nobody): with it the words are no person pattern.
TITLE_MODIFIERS: Final = frozenset({"공동", "신임", "초대", "현", "現", "임시", "총괄", "각자"})
CORPORATE_TITLES: Final[frozenset[str]] = frozenset({"대표", "대표이사", "사장", "부사장", "회장", "부회장", "의장", "전무", "상무",
                    "원장", "소장", "센터장", "이사장", "총장", "이사", *_CHIEF_TITLES})
# A civil servant's ranks (of TITLES), whose holder, named with no body, serves the ministry or agency a story is about.
OFFICIAL_TITLES: Final[frozenset[str]] = frozenset({"차관", "1차관", "2차관", "실장", "국장", "과장", "단장", "정책관", "기획관", "심의관", "조정관",
                                    "담당관", "협력관"})
SURNAMES: Final = set(
    "김이박최정강조윤장임한오서신권황안송류유전홍고문양손배백허남심노하곽성차주우구민진나지엄채원천방공현함변염여추도소석선설마길연위표명기반라왕금옥육인맹제모탁국어은편용예경봉사부가복태목형피두감음빈동온호범좌승"
) | {"남궁", "선우", "황보", "제갈", "독고", "사공", "서문"}
NOT_NAMES: Final = {
    "이번", "이날", "이들", "이후", "이어", "이에", "이미", "이제", "이상", "이하", "이른바", "정부", "정예", "최종", "최근",
    "최대", "최소", "한편", "전문", "전체", "지난", "오는", "김씨", "공동", "각각", "현재", "당시", "신규", "기존", "주요",
    "추가", "연구", "개발", "참여", "국내", "해외", "민간", "공공", "정책", "사업", "평가", "심사", "발표", "선정", "관계",
    "구성", "조직", "경영", "대상", "이사", "부사", "조사", "전략", "기획", "소속", "공식", "방문", "유일", "안팎",
    "신임", "전임", "후임", "초대", "차기", "선임", "수석",  # (before a title: 신임 원장, 선임 연구원)
    "검수", "검증", "상담", "체험", "실증",  # (a facility named by its work alone: 데이터 검수센터, 체험센터)
}


def _time_words() -> frozenset[str]:
    """Words of time (이튿날, 지난해, 오전) are no names either: `이튿날 이연수 대표는` names 이연수.
    (A function: mypy cannot type the cached lexicon at module level through the import cycle.)"""
    return frozenset(word for table in time_words().values() for word in table)


TIME_WORDS: Final = _time_words()


@dataclass
class Org:
    name: str
    english: str = ""
    kind: str = "organization"
    role: str = ""
    parent: str = ""
    aliases: list[str] = field(default_factory=list)
    strict: bool = False
    products: list[str] = field(default_factory=list)  # models it makes: as a clause's subject, they stand for it


@dataclass
class Person:
    name: str
    org: str
    titles: list[str]


_SPACES: Final = re.compile(r"\s+")
_COMPANY_MARKS: Final = re.compile(r"\(주\)|㈜|주식회사|\(유\)|\(재\)|\(사\)")
_COMPANY_MARK_IN: Final = Guarded(_COMPANY_MARKS.pattern)


NEAR_NAME_MIN: Final = 7  # letters of a name below which one letter off is another name (경북대학교, 경남대학교)


def _hangul_only(key: str) -> bool:
    return all("가" <= ch <= "힣" for ch in key)


def _key(name: str) -> str:
    """Spacing- and case-insensitive key of a name."""
    return "".join(name.split()).lower()


class Registry:
    """Canonical organizations and their aliases, with one automaton over all of them."""

    def __init__(self, orgs: dict[str, Org], people: dict[str, Person]):
        self.orgs = orgs
        self.people = people
        self._by_key: dict[str, str] = {}
        for org in orgs.values():
            for alias in [org.name, *org.aliases]:
                self._by_key[_key(alias)] = org.name
        # Each long name with one letter left out: a name the press spells one letter off finds its organization
        # (모티프테크놀로지, 모티브테크놀로지스); one left out of two organizations' names finds neither.
        self._one_out: dict[str, str | None] = {}
        for key, name in self._by_key.items():
            if len(key) >= NEAR_NAME_MIN and _hangul_only(key):
                for dropped in {key[:i] + key[i + 1:] for i in range(len(key))}:
                    self._one_out[dropped] = name if self._one_out.get(dropped, name) == name else None
        of_variant: dict[str, str] = {}  # each spelling (lower case) of every alias: its organization
        for org in orgs.values():
            for alias in {org.name, *org.aliases}:
                for variant in _variants(alias):
                    if variant.strip():
                        of_variant[variant.lower()] = org.name
        self._variant_orgs = list(of_variant.values())
        self._automaton = automaton(list(of_variant), longest=True)
        self.not_orgs = _not_orgs()
        made_by = {product.lower(): org.name for org in orgs.values() for product in org.products}
        self._made_by = made_by
        self._product_names = tuple(sorted(made_by, key=len, reverse=True))  # (the longest first: K-엑사원 before 엑사원)
        self._product_automaton = automaton(list(self._product_names), longest=True) if made_by else None
        self._products = re.compile(
            r"(?<![가-힣A-Za-z0-9])(" + "|".join(re.escape(p) for p in self._product_names) + r")"
            + _PRODUCT_AS_SUBJECT, re.IGNORECASE) if made_by else None
        # Words of not_orgs.txt that open with a name (국회의원회관: a building, not 국회), per spelling.
        self._opening_places = {
            number: places for number, variant in enumerate(of_variant)
            if (places := tuple(w for w in self.not_orgs if len(w) > len(variant) and w.startswith(variant)))}
        # Who "정부" (the government) is when the text names no ministry: the one operating ministry.
        operators = [o.name for o in orgs.values() if o.kind == "ministry" and o.role == "operator"]
        self.government = operators[0] if len(operators) == 1 else None
        # A parent the press names for its one elite unit (네이버·NC는 탈락: 네이버클라우드, NC AI).
        units: dict[str, list[str]] = {}
        for org in orgs.values():
            if org.role == "elite" and org.parent:
                units.setdefault(org.parent, []).append(org.name)
        self.elite_unit = {parent: names[0] for parent, names in units.items() if len(names) == 1}
        self._canonical_cache: dict[str, str | None] = {}
        self._unknown_cache: dict[tuple[str, bool], tuple[str | None, str | None]] = {}

    def __reduce__(self):  # (for worker processes: the automaton is rebuilt, it does not pickle)
        return Registry, (self.orgs, self.people)

    @classmethod
    def load(cls, *extra: str | Path) -> "Registry":
        orgs: dict[str, Org] = {}
        people: dict[str, Person] = {}
        for path in (DATA / "organizations.toml", DATA / "government.toml", DATA / "local_governments.toml",
                     DATA / "universities.toml", *extra):
            _merge(orgs, people, Path(path))
        return cls(orgs, people)

    def canonical(self, name: str) -> str | None:
        if name in self._canonical_cache:
            return self._canonical_cache[name]
        found = self._canonical(name)
        if len(self._canonical_cache) < 200_000:
            self._canonical_cache[name] = found
        return found

    def _canonical(self, name: str) -> str | None:
        key = _key(name)
        if key in self._by_key:
            return self._by_key[key]
        stripped = strip_particle(name)
        return self._by_key.get(_key(stripped)) if stripped != name else None

    def unknown_name(self, surface: str, particles: bool) -> tuple[str | None, str | None]:
        """(name, registry name or None) for a candidate organization; (None, None) if it is none."""
        cached = self._unknown_cache.get((surface, particles))
        if cached is None:
            name = _canonical_unknown(surface, particles)
            if not name or _key(name) in self.not_orgs or len(name) < 2:
                cached = (None, None)
            else:
                cached = (name, self.canonical(name) or self._spelt_near(name))
            if len(self._unknown_cache) < 200_000:
                self._unknown_cache[(surface, particles)] = cached
        return cached

    def _spelt_near(self, name: str) -> str | None:
        """The organization whose long name `name` is one letter off from (left out, added or replaced), if one only."""
        key = _key(name)
        if len(key) + 1 < NEAR_NAME_MIN or not _hangul_only(key):
            return None
        if key in self._one_out:  # (a letter left out: 모티프테크놀로지)
            return self._one_out[key]
        near: set[str] = set()
        for dropped in (key[:i] + key[i + 1:] for i in range(len(key))):  # (a letter added, or one replaced: 모티브테크놀로지스)
            if found := self._by_key.get(dropped) or self._one_out.get(dropped):
                near.add(found)
        return near.pop() if len(near) == 1 and key[:2] == next(iter(near))[:2] else None

    def kind(self, canonical: str) -> str:
        org = self.orgs.get(canonical)
        return org.kind if org else _kind_by_suffix(canonical)

    def role(self, canonical: str) -> str:
        """The organization's role in the program (elite, applicant, partner, operator), or ""."""
        org = self.orgs.get(canonical)
        return org.role if org else ""

    def find(self, text: str, exclude: tuple[str, ...] = ()) -> list[ActorMention]:
        """Registry organizations and discovered ones, in text order, without overlaps."""
        taken = bytearray(len(text) + 1)  # characters inside a URL, an e-mail address or a mention
        hidden = hidden_spans(text)
        for start, end in hidden:
            _mark(taken, start, end)
        groups = [g.span(1) for g in _GROUP_NAME.finditer(text)] if "계열" in text else []
        for start, end in groups:  # (LG 계열인 LG CNS: the group an affiliate belongs to, not the body its name also names)
            _mark(taken, start, end)
        found = self.find_registered(text)
        if holds_any(text, UNIVERSITY_UNITS):  # (전남대 산학협력단: the foundation, found whole by discovery, not the university)
            found = [m for m in found if not (m.kind == "university" and _UNIT_AFTER.match(text, m.end))]
        if hidden or groups:
            found = [m for m in found if taken.find(1, m.start, m.end) < 0]
        for mention in found:
            _mark(taken, mention.start, mention.end)
        if self._products is not None:
            for mention in self._products_as_subjects(text):
                if taken.find(1, mention.start, mention.end) < 0 and not _owner_before(text, taken, mention.start):
                    found.append(mention)
                    _mark(taken, mention.start, mention.end)
        if holds_any(text, NAME_OPENING_MARKS):
            found += _named_products(text, found, taken)
        discovered: dict[str, ActorMention] = {}
        for mention in _discover(text, self, taken):
            if taken.find(1, mention.start, mention.end) < 0:
                found.append(mention)
                _mark(taken, mention.start, mention.end)
                discovered.setdefault(mention.text, mention)
        for surface, first in discovered.items():  # ('딥브레인랩'이 … 딥브레인랩은 14일: the name found once, told again)
            if len(surface) < NAME_AGAIN_MIN or first.source != "discovered":
                continue
            at = text.find(surface)
            while at >= 0:
                end = at + len(surface)
                if taken.find(1, at, end) < 0 and _bounded(text, at, end):
                    found.append(ActorMention(at, end, surface, first.canonical, first.kind, "discovered"))
                    _mark(taken, at, end)
                at = text.find(surface, end)
        found.sort(key=lambda m: m.start)
        _universities_as_units(found)
        _abbreviations_follow(text, found)
        _units_of_owners(text, found)
        if "를" in text or "을" in text:
            _units_created(text, found)
        excluded = self.excluded(exclude)
        return [m for m in found if m.canonical not in excluded
                and not (m.kind == "party" and _PARTY_OF_PERSON.search(text, max(0, m.start - PARTY_NOTE_REACH), m.start))]

    def own_product_as_object(self, text: str, end: int, name: str) -> bool:
        """Whether the organization `name` ending at `end` is told as the maker of one of its products that is an
        object (A의 K-엑사원을 공급하는, A의 '솔라'에 얹은): the maker takes no part in what another does with it."""
        possessed = _OWN_PRODUCT_OPENING.match(text, end)
        if possessed is None or self._products is None:
            return False
        at = possessed.end()
        lowered = text[at:at + PRODUCT_NAME_REACH].lower()
        product = next((p for p in self._product_names if lowered.startswith(p)), None)
        return (product is not None and self._made_by[product] == name
                and _PRODUCT_AS_OBJECT.match(text, at + len(product)) is not None)

    def maker_of_released(self, text: str) -> str | None:
        """The maker of a product of its own that the text tells released with no one named doing it (… K-엑사원 업데이트
        버전을 공개했다), else None."""
        if self._product_automaton is None:
            return None
        lowered = text.lower()
        if len(lowered) != len(text):
            return None
        for _, at, end in self._product_automaton.find_matches_as_indexes(lowered):
            if (at == 0 or not text[at - 1].isalnum()) and (
                    _RELEASED_AFTER.match(text, end) is not None or _RELEASED_BEFORE.search(text, max(0, at - RELEASED_BEFORE_REACH), at) is not None):
                return self._made_by[lowered[at:end]]  # (… 버전을 공개했다; 그저께 공개된 솔라 새 버전: released, told before it)
        return None

    def _products_as_subjects(self, text: str) -> list[ActorMention]:
        """A product's name as a clause's subject ('K-엑사원'은, 솔라 프로 2가, 바르코(VARCO)는): its maker."""
        assert self._products is not None and self._product_automaton is not None
        lowered = text.lower()
        if len(lowered) != len(text):  # (a letter whose lower case is longer: offsets would not line up)
            lowered = text
        mentions: list[ActorMention] = []
        for _, at, _ in self._product_automaton.find_matches_as_indexes(lowered):  # (the pattern only where a name stands)
            match = self._products.match(text, at)
            if match is not None and not _ends_quoted_name(text, at):
                maker = self._made_by[match.group(1).lower()]
                version = _VERSION_AFTER.match(text, match.end(1))  # (A.X K2: the version is the name's, no other maker's product)
                end = version.end() if version is not None else match.end(1)
                mentions.append(ActorMention(match.start(1), end, text[match.start(1):end], maker, self.kind(maker), "product"))
        return mentions

    def excluded(self, names: tuple[str, ...]) -> set[str]:
        """The canonical names of these (the article's publisher and reporters: never actors)."""
        return {self.canonical(n) or _canonical_unknown(n) for n in names if n}

    def glued_start(self, text: str, start: int, end: int) -> int | None:
        """Where, between start and end, a known name (not one that is also a word) begins glued to the
        word before it and ends a word of its own (…참가루닛이: 루닛), or None."""
        lowered = text[start:end].lower()
        for number, begin, finish in self._automaton.find_matches_as_indexes(lowered):
            at = start + begin
            if (at and "가" <= text[at - 1] <= "힣" and not self.orgs[self._variant_orgs[number]].strict
                    and _bounded(" " + text[at:], 1, 1 + finish - begin)):
                return at
        return None

    def find_registered(self, text: str) -> list[ActorMention]:
        lowered = text.lower()
        mentions = []
        # A name that is also a time word, before a subject's particle (모레는 17일 …): the company where the text names
        # it so elsewhere (AI 인프라 기업 모레가), else the day after tomorrow (모레는 비가 온다).
        deferred: list[tuple[int, int, str]] = []
        joined: list[tuple[int, int, str]] = []
        for number, start, end in self._automaton.find_matches_as_indexes(lowered):
            if not _bounded(text, start, end):
                continue
            places = self._opening_places.get(number)
            if places is not None and lowered.startswith(places, start):
                continue
            canonical = self._variant_orgs[number]
            org = self.orgs[canonical]
            if org.strict and (_DAY_IN_BRACKETS.match(text, end) or not (
                    _in_list(text, start, end) or _KIND_BEFORE.search(text, max(0, start - KIND_REACH), start)
                    or _KIND_AFTER.match(text, end)
                    # (메타는, 메타가: a name before its particle, unless it is also a time word: 모레는 비가 온다; but 모레는 14일
                    # …, 모레는 지난달 …: another time told right after it, so no day itself)
                    or (subject := _SUBJECT_AFTER.match(text, end)) is not None and (
                        text[start:end] not in TIME_WORDS
                        or _opens_with_date(text[subject.end():subject.end() + DAY_TOLD_REACH])
                        # (모레는 B와 계약을 체결했다고 3일 공시했다: its first verb tells it done, no day still to come;
                        # but 모레는 결과가 나온다고 밝혔다: the day)
                        or direction_after(text, subject.end())[0] == "past"))):
                if not _DAY_IN_BRACKETS.match(text, end) and _SUBJECT_AFTER.match(text, end):
                    deferred.append((start, end, canonical))
                elif text.startswith(("와 ", "과 "), end):
                    joined.append((start, end, canonical))  # (모레와 크라우드웍스는: a name when a name follows)
                continue  # (모레(4일): the day after tomorrow, its day in brackets)
            if _foreign_body(text, start, org.kind):
                continue
            if org.kind == "local" and text.startswith(COUNCIL, end):  # 성남시의회: the city's council, not the city
                mentions.append(ActorMention(start, end + len(COUNCIL), text[start:end + len(COUNCIL)], canonical + COUNCIL,
                                             "committee", "registry"))
                continue
            mentions.append(ActorMention(start, end, text[start:end], canonical, org.kind, "registry"))
        if joined:
            starts = {m.start for m in mentions}
            mentions += [ActorMention(start, end, text[start:end], canonical, self.orgs[canonical].kind, "registry")
                         for start, end, canonical in joined if end + 2 in starts]
            mentions.sort(key=attrgetter("start"))
        if COUNCIL in text:
            mentions = sorted(mentions + _bare_councils(text, mentions), key=attrgetter("start"))
        named = {m.canonical for m in mentions}
        if deferred and any(canonical in named for _, _, canonical in deferred):
            mentions += [ActorMention(start, end, text[start:end], canonical, self.orgs[canonical].kind, "registry")
                         for start, end, canonical in deferred if canonical in named]
            mentions.sort(key=attrgetter("start"))
        return mentions


def _named_products(text: str, found: list[ActorMention], taken: bytearray) -> list[ActorMention]:
    """A name the text sets off in quotation marks in a clause whose subject is an organization (뤼이드는 … 모델
    '튜터 엑사원'을 내놓는다), told again as a clause's subject (튜터 엑사원은 지난달 … 마쳤다): that organization."""
    mentions: list[ActorMention] = []
    for quoted in QUOTED_NAME.finditer(text):
        name = quoted.group(1)
        at = text.find(name, quoted.end())
        if name.count(" ") > NAMED_PRODUCT_SPACES or at < 0 or _OCCASION_NAMED.search(name):
            continue  # (… 개막한 'AI 엑스포 코리아'에 부스를 열었다: an occasion one goes to, nothing one makes)
        sentence_start = _sentence_start(text, quoted.start())
        makers = [m for m in found if sentence_start <= m.start and m.end <= quoted.start() and m.source != "product"
                  and text.startswith(_SUBJECT_PARTICLES, m.end)]
        if not makers:
            continue
        maker = min(makers, key=attrgetter("start"))
        while at >= 0:
            end = at + len(name)
            if ((not at or not text[at - 1].isalnum()) and _NAMED_PRODUCT_AS_SUBJECT.match(text, end)
                    and taken.find(1, at, end) < 0):
                mentions.append(ActorMention(at, end, name, maker.canonical, maker.kind, "product"))
                _mark(taken, at, end)
            at = text.find(name, end)
    return mentions


def _ends_quoted_name(text: str, at: int) -> bool:
    """Whether the product's name at `at` ends a longer name the text quotes ('튜터 엑사원'을 내놨다 … 튜터 엑사원은):
    a model made on another's, by whoever named it."""
    if at < 2 or text[at - 1] != " ":
        return False
    start = at - 1
    while start and (text[start - 1].isalnum() or text[start - 1] in "-·"):
        start -= 1
    if start == at - 1:
        return False
    name = text[start:at]
    return any(f"{quote}{name}" in text for quote in NAME_OPENING_MARKS)


# A product's version after its name (엑사원 4.0, A.X K2, 카나나-2, 솔라 프로 2).
_VERSION: Final = r"(?:[\s-]?(?:[A-Za-z]{1,2})?\d+(?:\.\d+)*)?"
_VERSION_AFTER: Final = re.compile(_VERSION)
# After a product's name: its version, a closing quotation mark, its name in brackets, then a subject's particle.
_PRODUCT_AS_SUBJECT: Final = (_VERSION + r"(?:['’\"”]|\s?\([^()\n]{1,24}\)){0,2}"
                               r"(?:\s(?:새|최신|차기|후속|신규)\s?(?:버전|모델|판))?(?:은|는|이|가|도)\s")  # (솔라 새 버전은: its next)
_NAMED_PRODUCT_AS_SUBJECT: Final = re.compile(_PRODUCT_AS_SUBJECT)
_OWN_PRODUCT_OPENING: Final = re.compile(r"의\s*['‘\"“]?")  # (A의 K-엑사원을, A의 '솔라'를)
# (… or listed with another object: A의 'K-엑사원'과 B의 'A.X'를; not with a subject, B의 솔라 프로 3는)
_PRODUCT_AS_OBJECT: Final = re.compile(_VERSION + r"(?:['’\"”]|\s?\([^()\n]{1,24}\)){0,2}(?:(?:을|를|에|으로|로)\s"
                                       r"|(?:(?:과|와)\s|,\s*|\s+및\s)(?=(?:[^\s,]+\s+){0,4}?[^\s,]*?(?:을|를|에)\s)"  # (not 로: 솔라 프로 3는)
                                       r"(?!(?:[^\s,]+\s+){0,4}?[^\s,]*?(?:은|는|이|가)\s(?:[^\s,]+\s+){0,4}?[^\s,]*?(?:을|를|에)\s))")
PRODUCT_NAME_REACH: Final = 40  # characters a product's name may take
# A product's name as the object of its release (K-엑사원 업데이트 버전을 공개했다, '솔라 프로 3'을 내놨다)
_RELEASED_AFTER: Final = re.compile(r"[^\s.]*(?:\s+(?:[^\s.]+\s+){0,2}?[^\s.]*)?[을를]\s+(?:\S+\s+)?(?:공개|출시|선보|내놓|내놨|발표)")
_RELEASED_BEFORE: Final = re.compile(r"(?:공개된|공개한|출시된|출시한|선보인|내놓은|나온)\s+$")
RELEASED_BEFORE_REACH: Final = 6  # characters the released verb takes before the product's name (공개된 솔라)
_SUBJECT_PARTICLES: Final = ("은 ", "는 ", "이 ", "가 ")
_OCCASION_NAMED: Final = re.compile(rf"{GATHERINGS}|엑스포|서밋|페스티벌|해커톤|챌린지|어워드|주간|위크"
                                    r"|(?i:expo|summit|forum|conference|festival|week)|CES|MWC")
NAMED_PRODUCT_SPACES: Final = 3  # (more spaces than a name's: words said)
HASHTAG_MARKS: Final = ("#", "＃")
NAME_AGAIN_MIN: Final = 3  # characters of a discovered name looked for again elsewhere in its text (not 카카: too short to be sure)
COUNCIL: Final = "의회"  # after a city or a province: its council (서울시의회 is 서울특별시의회)
_BARE_COUNCIL: Final = re.compile(r"(?<![가-힣A-Za-z0-9])([도시])의회")  # (도의회, 시의회: no name before)


def _bare_councils(text: str, found: list[ActorMention]) -> list[ActorMention]:
    """A council with no name before it (전북도는 … 도의회 심의는, 시의회가): the council of the province or city named last."""
    councils = []
    for match in _BARE_COUNCIL.finditer(text):
        local = next((m for m in reversed(found) if m.end <= match.start() and m.kind == "local"
                      and m.canonical.endswith(match.group(1))), None)
        if local is not None:
            councils.append(ActorMention(match.start(), match.end(), match.group(), local.canonical + COUNCIL, "committee", "registry"))
    return councils


_COUNCIL_MEMBER_TITLES: Final = frozenset(("도의원", "시의원", "구의원", "군의원"))


def _council_told(before: list[ActorMention], title: str) -> str | None:
    """The council a member titled with no body (김 도의원은) sits in: the council of its kind named last before them, else
    that of the province or city named last (전북특별자치도의회에서 … 김민수 도의원은 …; 전북도는 … 김 도의원은)."""
    level = title[0]
    for told in reversed(before):
        if told.kind == "committee" and told.canonical.endswith(level + COUNCIL):
            return told.canonical
        if told.kind == "local" and told.canonical.endswith(level):
            return told.canonical + COUNCIL
    return None


def _owner_before(text: str, taken: bytearray, start: int) -> bool:
    """Whether a name found stands right before `start`, perhaps with 의 (네이버의 HyperCLOVA X가: its owner is told)."""
    at = start - 1
    while at >= 0 and text[at] in " '‘\"“":
        at -= 1
    if at >= 0 and text[at] == "의":
        at -= 1
    return at >= 0 and taken[at] == 1


def _mark(taken: bytearray, start: int, end: int) -> None:
    taken[start:end] = b"\x01" * (end - start)


def _abbreviations_follow(text: str, found: list[ActorMention]) -> None:
    """`한국전자통신연구원(ETRI)`: an abbreviation in brackets right after a name is that name, and so
    is the abbreviation alone later on (ETRI는 ...)."""
    named: dict[str, ActorMention] = {}
    for first, second in zip(found, found[1:]):
        if text[first.end:second.start] == "(" and text.startswith(")", second.end) and second.source == "discovered":
            _same_as(second, first)
            named[second.text] = first
    _rename_discovered(found, named)


def _units_of_owners(text: str, found: list[ActorMention]) -> None:
    """`KT 대구본부`: a unit found after its owner's name is its owner; so is a numbered division
    (`서울중앙지방법원 형사합의25부`), whatever found the owner, and a university's institute
    (`서울대학교 AI연구원`)."""
    for first, second in zip(found, found[1:]):
        if (second.source == "discovered" and text[first.end:second.start] == " " and (
                second.canonical.endswith(UNIT_SUFFIXES) and first.source != "discovered"
                or second.canonical.endswith("부") and second.canonical[-2:-1].isdigit()
                or first.kind == "university" and first.source == "registry")):
            _same_as(second, first)


UNIT_SUFFIXES: Final = ("본부", "사업부")  # (found by the ending 부: 대구본부)


def _units_created(text: str, found: list[ActorMention]) -> None:
    """`A는 'B사업단'을 신설한다`: a body an organization sets up, named as what it sets up, is a part of it,
    and so is that name told again (사업단은 …)."""
    made: dict[str, ActorMention] = {}
    for index, unit in enumerate(found):
        if unit.source != "discovered" or _CREATED.match(text, unit.end) is None:
            continue
        sentence_start = _sentence_start(text, unit.start)
        creator = next((o for o in reversed(found[:index]) if o.start >= sentence_start and o.source != "discovered"
                        and _CREATOR_AFTER.match(text, o.end)), None)
        if creator is not None:
            made[unit.canonical] = creator
    _rename_discovered(found, made)


def _rename_discovered(found: list[ActorMention], names: dict[str, ActorMention]) -> None:
    """Every discovered mention whose name is a key of `names` names the organization its value names."""
    for mention in found if names else ():
        other = names.get(mention.canonical) if mention.source == "discovered" else None
        if other is not None:
            _same_as(mention, other)


def _sentence_start(text: str, at: int) -> int:
    """Where the sentence holding `at` starts (after a full stop and a space, or a line break)."""
    return max(text.rfind(". ", 0, at), text.rfind("\n", 0, at)) + 1


# What is set up (… 'B사업단'을 10월 1일자로 신설한다, B 추진단을 꾸렸다), and who sets it up: a subject (A는, A(NIPA)가).
_CREATED: Final = re.compile(r"['’」\"]?\s*[을를]\s+(?:\S+\s+){0,3}?(?:신설|출범|발족|설치|꾸리|꾸렸|꾸린|새로\s*만[들든])")
_CREATOR_AFTER: Final = re.compile(r"(?:\([^()]{1,20}\))?(?:" + "|".join(_SUBJECT_PARTICLES) + ")")


def _same_as(mention: ActorMention, other: ActorMention) -> None:
    """The mention names the organization `other` names."""
    mention.canonical, mention.kind, mention.source = other.canonical, other.kind, other.source


def _variants(alias: str) -> set[str]:
    variants = set()
    for spelling in _letters_read(alias):
        squeezed = spelling.replace(" ", "")
        spaced = re.sub(r"(?<=[A-Za-z])(?=[가-힣])|(?<=[가-힣])(?=[A-Za-z])", " ", squeezed)
        variants |= {spelling, squeezed, spaced}
    return variants


# How Korean reads the Latin letters of an acronym (some papers spell `LG` as 엘지 or 엘지(LG)).
LETTER_NAMES: Final = dict(zip("ABCDEFGHIJKLMNOPQRSTUVWXYZ", (
    "에이 비 씨 디 이 에프 지 에이치 아이 제이 케이 엘 엠 엔 오 피 큐 알 에스 티 유 브이 더블유 엑스 와이 제트").split()))
_ACRONYM: Final = re.compile(r"(?<![A-Za-z])[A-Z]{2,4}(?![A-Za-z])")


def _letters_read(alias: str) -> list[str]:
    """The alias with each acronym as written, read out in Hangul, and read out with itself in brackets
    (`LG AI연구원`: also `엘지 에이아이연구원`, `엘지(LG) 에이아이(AI)연구원`, ...)."""
    spellings = [""]
    at = 0
    for acronym in _ACRONYM.finditer(alias):
        read = "".join(LETTER_NAMES[letter] for letter in acronym.group())
        between = alias[at:acronym.start()]
        spellings = [f"{s}{between}{form}" for s in spellings
                     for form in (acronym.group(), read, f"{read}({acronym.group()})")]
        at = acronym.end()
    return [s + alias[at:] for s in spellings]


_NUMBERED_POST: Final = re.compile(r"제\d차관")  # (a body's numbered vice minister glued to its name, as minutes print it)


def _bounded(text: str, start: int, end: int) -> bool:
    before = text[start - 1] if start else " "
    first, last = text[start], text[end - 1]
    if first.isascii() and first.isalnum() and before.isascii() and before.isalnum():
        return False
    if "가" <= first <= "힣" and "가" <= before <= "힣":
        return False
    after = text[end] if end < len(text) else " "
    if last.isascii() and last.isalnum():
        if after.isascii() and after.isalnum():
            return False
        if "가" <= after <= "힣" and not text.startswith(LATIN_FOLLOWERS, end):
            return False
    elif ("가" <= after <= "힣" and after not in PARTICLE_STARTS and not text.startswith(LATIN_FOLLOWERS, end)
          and not _NUMBERED_POST.match(text, end)):
        return False  # 카카오브레인 is not 카카오: a longer word is another name (but 과기정통부제2차관 is the ministry's)
    if last == "부" and after == "장" and not text.startswith("장관", end):
        return False  # 산업부장: a newsroom's desk head (the ministry's head is its 장관)
    return True


def _in_list(text: str, start: int, end: int) -> bool:
    """A list mark (or an opening bracket after) next to the name, spaces aside."""
    before = start - 1
    while before >= 0 and text[before].isspace():
        before -= 1
    if before >= 0 and text[before] in LIST_MARKS:
        return True
    after = end
    while after < len(text) and text[after].isspace():
        after += 1
    # (모레, 그러니까 8일부터: a word restated after the comma, no list)
    return after < len(text) and text[after] in _AFTER_LIST_MARKS and not (
        text[after] == "," and _RESTATED_AFTER.match(text, after + 1))


_AFTER_LIST_MARKS: Final = LIST_MARKS + "("
_RESTATED_AFTER: Final = re.compile(rf"\s*(?:{RESTATING_WORDS}|\d)")
# A word naming what kind of body follows (AI 인프라 기업 모레의 자회사), or what is the body's (모레의 자회사, 모레
# 컨소시엄): a strict name is then a name.
_KIND_BEFORE: Final = re.compile(r"(?:기업|회사|업체|스타트업|개발사|자회사|모회사|계열사|컨소시엄의|참여사인?|협력사인?)\s+$")
# (or one of two subjects given a task each: 모레가 GPU 최적화를, 크라우드웍스가 데이터 구축을 맡는다)
# (a body's own people: 모레 관계자는, 모레 대변인은; its own things: 모레 클러스터를 빌려 썼다)
_KIND_AFTER: Final = re.compile(r"(?:의\s*|\s*)(?:자회사|모회사|계열사|컨소시엄|측은|측이|대표|관계자|대변인|연구진|엔지니어"
                                r"|(?:GPU\s*)?클러스터|데이터센터|플랫폼|솔루션|소프트웨어)"
                                r"|[가이]\s+[^\s,.]+(?:\s+[^\s,.]+){0,3}?[을를],\s*[가-힣A-Za-z]+[가이]\s"
                                # (the first of bodies counted: 모레 등 5개 기관이 참여한다)
                                r"|\s+등\s+(?:\d+|[가-힣]{1,2})\s*(?:개\s*)?(?:기관|기업|회사|업체|곳|개사)")
KIND_REACH: Final = 8
# A business group named by its name, with an affiliate of it told next (LG 계열인 LG CNS, 현대차그룹 계열 포티투닷; but
# 엔씨소프트 계열 AI 자회사 is the affiliate itself)
# (nor one whose affiliates are told as a whole: 내년 LG 계열사로 넓힌다)
_GROUP_NAME: Final = re.compile(r"(?<![^\s(\"'“‘])([^\s,.]+)\s(?:그룹\s?)?(?:계열인|계열사인|계열(?!\s*(?:AI\s*|인공지능\s*)?자회사)"
                                r"|계열사(?:들)?(?:로|에게|에|와|과|가|는|를|도|까지|의))\s")
_SUBJECT_AFTER: Final = re.compile(r"(?:은|는|이|가|의|도)\s")
DAY_TOLD_REACH: Final = 16  # characters after a name's particle read for a time told right after it (모레는 지난달 …)
_DAY_IN_BRACKETS: Final = re.compile(r"\(\s*(?:\d{1,2}\s*월\s*)?\d{1,2}\s*일")  # ((24일), (12월 1일))
# (a bullet's item, an event, then its time in brackets: a day, a month, a dotted month.day: (1월), (12.7~12.11))
_DATE_IN_BRACKETS: Final = re.compile(r"\(\s*(?:\d{1,2}\s*월|\d{1,2}\s*일|\d{1,2}\s*\.\s*\d{1,2}(?!\d))")


_PARTICLE_AT_END: Final = re.compile("(?:" + "|".join(PARTICLES) + ")$")


# Particles that only follow a final consonant (스캐터랩은, 스캐터랩이), and those that only follow none (노타가, 노타는):
# after the other kind of syllable the letters are the word's own (데모데이, 카카오페이; 전문가).
_AFTER_FINAL_ONLY: Final = ("이", "은", "을", "과", "으로", "이며", "이고", "이나", "이랑", "으로는", "과의")
_AFTER_OPEN_ONLY: Final = ("가", "는", "를", "와", "와의", "랑")


def particle_fits(stem: str, particle: str) -> bool:
    """Whether `particle` may follow `stem` as a particle, by the sound of the stem's last syllable (any other
    character, a Latin letter or a digit, takes either)."""
    final = final_consonant(stem[-1])
    return not (final == 0 and particle in _AFTER_FINAL_ONLY or final > 0 and particle in _AFTER_OPEN_ONLY)


def strip_particle(word: str) -> str:
    """The word without a Korean particle at its end, when a stem of two or more syllables stays."""
    match = _PARTICLE_AT_END.search(word)
    if match and match.start() >= 2 and particle_fits(word[: match.start()], match.group()):
        return word[: match.start()]
    return word


def _canonical_unknown(name: str, particles: bool = True) -> str:
    """One name per unknown organization: no (주)/㈜/주식회사, no particle, single spaces."""
    name = _COMPANY_MARKS.sub("", name).strip()
    name = _SPACES.sub(" ", strip_particle(name) if particles else name).strip(" ,·")
    return name


def _merge(orgs: dict[str, Org], people: dict[str, Person], path: Path) -> None:
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except (OSError, tomllib.TOMLDecodeError) as exc:
        raise ValueError(f"registry {path}: {exc}") from exc
    for number, entry in enumerate(data.get("org", []), start=1):
        if not entry.get("name"):
            raise ValueError(f"registry {path}: org #{number} has no name")
        name = entry["name"]
        current = orgs.get(name, Org(name))
        for attr in ("english", "kind", "role", "parent", "strict"):
            if attr in entry:
                setattr(current, attr, entry[attr])
        current.aliases = list(dict.fromkeys([*current.aliases, *entry.get("aliases", [])]))
        current.products = list(dict.fromkeys([*current.products, *entry.get("products", [])]))
        if current.kind == "local":  # its office by its name (경기도청에서, 수원시청은): the same government
            current.aliases += [f"{alias}청" for alias in current.aliases if alias.endswith(_LOCAL_ENDINGS)
                                and f"{alias}청" not in current.aliases]
        orgs[name] = current
    for entry in data.get("person", []):
        people[entry["name"]] = Person(entry["name"], entry.get("org", ""), entry.get("titles", []))


_LOCAL_ENDINGS: Final = ("시", "도", "군", "구")


@cache
def _not_orgs() -> frozenset[str]:
    lines = (DATA / "not_orgs.txt").read_text(encoding="utf-8").splitlines()
    return frozenset(_key(line) for line in lines if line.strip() and not line.startswith("#"))


# --- discovery of organizations no registry knows -----------------------------------------------

# Organization suffixes at the end of a word (then a particle or a non-name character); the word
# is found by looking back from the suffix, which keeps the scan a fast literal search.
_SUFFIX_RE: Final = re.compile(
    "(?P<suffix>" + trie_pattern(ORG_SUFFIXES) + r")(?:\(주\))?"
    r"(?=" + trie_pattern(PARTICLES) + r"|[^가-힣A-Za-z0-9]|$"
    r"|(?:이)?(?:다|였다|이었다|입니다|예요|이에요)(?=[.,!?…\"'”’)\s]|$))"  # (… 법률 AI 기업 로앤컴퍼니다: the name, then the copula)
)
# ... and AI glued to a Korean name (미스트랄AI는): a pass of its own, led by the literal (AI stands
# alone far more often: 독자 AI, LG AI연구원).
_GLUED_AI_RE: Final = re.compile(r"(?P<suffix>AI)(?<=[가-힣]AI)(?=" + trie_pattern(PARTICLES) + r"|[^가-힣A-Za-z0-9]|$)")
MAX_ORG_WORD: Final = 15


def _name_start(text: str, end: int) -> int:
    """Where the run of name characters (Hangul, Latin letters, digits, &) before `end` begins, at
    most MAX_ORG_WORD back. (Looked for character by character: a regex search for a run ending at
    a place tries every start before it.)"""
    low = max(0, end - MAX_ORG_WORD)
    start = end
    while start > low and _is_name_character(text[start - 1]):
        start -= 1
    return start


def _is_name_character(char: str) -> bool:
    return "가" <= char <= "힣" or "A" <= char <= "Z" or "a" <= char <= "z" or "0" <= char <= "9" or char == "&"


# Japan's ministries and agencies (경제산업성, 디지털청) after the country's name: 성 and 청 end many words.
_JAPANESE_MINISTRY: Final = re.compile(r"(?<=일본 )[가-힣]{1,8}[성청](?=[은는이가을를의와과도에]|[^가-힣]|$)")
# An item after △ or ▲, up to the next mark, 등 (등이, 등과: the list ends), a count or a particle.
# A lawmaker's party in brackets after the title (박 의원(더불어민주당)은): the person's side, no party acting.
_PARTY_OF_PERSON: Final = re.compile(r"(?:의원|위원|위원장|대표|원내대표|간사)\s*\($")
PARTY_NOTE_REACH: Final = 8
# A country before the name of a public body: that country's (미국 특허청, 유럽 특허청), not the Korean one.
_FOREIGN_BEFORE: Final = re.compile(r"(?<![가-힣])(?:미국|美|중국|中|일본|日|영국|英|유럽연합|유럽|EU|독일|프랑스|대만|인도|캐나다|호주|싱가포르)\s*$")
FOREIGN_REACH: Final = 8
AUTHORITY_LIKE_KINDS: Final = frozenset(("ministry", "agency", "committee"))


def _foreign_body(text: str, start: int, kind: str) -> bool:
    """Whether a public body's name at `start` follows a country's (미국 특허청): that country's office, not ours."""
    return kind in AUTHORITY_LIKE_KINDS and start > 0 and _FOREIGN_BEFORE.search(text, max(0, start - FOREIGN_REACH), start) is not None
_SUBJECT_MARKS: Final = ("은", "는", "이", "가")  # (a subject's or a topic's particle, as a word of its own after a name)
_ORG_SUFFIX_TUPLE: Final = tuple(ORG_SUFFIXES)
_LABEL_GOES_ON: Final = re.compile(r"[^\s:：\n][^\n:：]{0,20}[:：]")  # (an item cut inside a label before its colon)
_LABEL_NOTE: Final = re.compile(r"\s*\([^()\n]{0,20}\)\s*[:：]")  # (a label's note in brackets, then its value after a colon)
_SENTENCE_ITEM_END: Final = re.compile(r"[가-힣][.!?]$")  # (an item that ends a sentence: 다., 요., no name)
_BULLET_RE: Final = Guarded(r"[△▲]\s*(?P<item>[^△▲\n(,]{1,24}?)(?=\s*(?:[△▲(,]|등[이은을과의도에]?\s|\d+\s*개|$|\n)|[은는이가와과의](?:\s|$))")
# A name right after a company mark (㈜한빛AI, (재)누리재단), or glued before one (별빛데이터㈜).
_MARKED_COMPANY: Final = re.compile(rf"(?:{_COMPANY_MARKS.pattern})\s*(?P<after>[가-힣A-Za-z0-9&]{{2,15}})"
                             rf"|(?<![가-힣A-Za-z0-9&])(?P<before>[가-힣A-Za-z0-9&]{{2,15}})(?:{_COMPANY_MARKS.pattern})")
_KIND_WORDS: Final = ("스타트업", "기업 ", "회사 ", "업체 ", "개발사 ")
# (a field first, so that the kind is a business's: AI 스타트업 스캐터랩은, 반도체 기업 X가; not 국내 기업 대부분은)
_KIND_THEN_NAME: Final = re.compile(r"(?:스타트업|기업|회사|업체|개발사)\s+['‘\"“]?"  # (its name may stand in quotation marks)
                                    r"(?P<name>[가-힣A-Za-z][가-힣A-Za-z0-9&]{2,14})(?<!들)['’\"”]?(?=(?:은|는|이|가|도|와|과)\s)")  # (three or more: 기업 매출은)
_FIELD_BEFORE: Final = re.compile(r"(?<![가-힣A-Za-z])(?:AI|인공지능|반도체|팹리스|데이터|클라우드|소프트웨어|SW|게임|보안|로봇|바이오|의료|"
                                  r"교육|에듀테크|핀테크|IT|통신|플랫폼)\s*(?:전문\s*)?$")
FIELD_REACH: Final = 12  # characters before a kind word where its field is looked for
# A unit named after its owner's word for it (SK텔레콤 자회사 SK브로드밴드가, 계열사인 X는): the unit's name.
_UNIT_OF_OWNER: Final = re.compile(r"(?<=\S )(?:자회사|손자회사|계열사)(?:인)?\s+"
                                   # (not what is told of them all: 계열사 주가가, 계열사 가운데서는, 계열사 대부분은)
                                   # (nor a post in one: 계열사 고문과, 계열사 대표로)
                                   r"(?!(?:주가|주식|지분|실적|매출|가운데|대부분|모두|전체|일부|임직원|직원|고문|임원|대표|사장|회장)"
                                   r"(?:[은는이가도와과의서]|에서|로\s))"
                                   r"(?P<name>[가-힣A-Za-z][가-힣A-Za-z0-9&]{1,14})(?=(?:은|는|이|가|도|와|과|의)\s)")
_HEAD_IN_BRACKETS: Final = re.compile(r"\(\s*대표(?:이사)?\s+[가-힣]{2,4}\s*\)")
_NAME_BEFORE: Final = re.compile(r"(?<![가-힣A-Za-z0-9&])[가-힣A-Za-z0-9&]{2,15}\s*$")  # (the name right before its head's brackets)
NAME_REACH: Final = 17
_LIST_END: Final = Guarded(r"(?:등|까지)\s*\d+\s*(?:개|곳)\s*" + GENERIC_LIST_NOUNS)
# The list before "등 N개 팀", matched backwards from its end on the reversed text (a search for
# a pattern anchored at its end would try every start in the window).
_LIST_REVERSED: Final = re.compile(r"[가-힣A-Za-z0-9&]{2,14}(?:\s*[,·、]\s*[가-힣A-Za-z0-9&]{2,14})+")
_LIST_ITEM: Final = re.compile(r"[^,·、\s][^,·、]*[^,·、\s]|[^,·、\s]")
LIST_REACH: Final = 240
# The class comes first (the lookbehind after it) so that the regex engine can skip ahead.
_LATIN_RE: Final = re.compile(r"(?P<name>[A-Z](?<![A-Za-z0-9&][A-Z])[A-Z]{1,4})(?![A-Za-z0-9&])")


def _dated_in_brackets(text: str, end: int) -> bool:
    """Whether a bullet's item ending at `end` has, before the next bullet or line, brackets that open with a date."""
    stop = min((at for at in (text.find(mark, end) for mark in "△▲\n") if at >= 0), default=len(text))
    bracket = text.find("(", end, stop)
    return bracket >= 0 and _DATE_IN_BRACKETS.match(text, bracket) is not None


def _discover(text: str, registry: Registry, taken: bytearray) -> list[ActorMention]:
    """Organizations found by how the press writes them; `taken` marks characters already inside a
    known name, where no discovery starts (it would be dropped as an overlap anyway)."""
    mentions: list[ActorMention] = []

    def add(start: int, end: int, particles: bool = True) -> None:
        if start and text[start - 1] in HASHTAG_MARKS:
            return  # (#국대AI: a post's tag, no one's name)
        surface = text[start:end]
        name, known = registry.unknown_name(surface, particles)
        if name is None:
            return
        end = start + surface.find(name) + len(name) if name in surface else end
        if not known and name in surface:
            # (…2차 평가 합류모티프테크놀로지스가: a known name glued to the word before it, as a subtitle is to the lead)
            begin = start + surface.find(name)
            glued = next((i for i in range(1, len(name) - 1) if "가" <= name[i - 1] <= "힣" and registry.canonical(name[i:])), None)
            if glued is not None:
                start, known = begin + glued, registry.canonical(name[glued:])
        kind = registry.kind(known) if known else _kind_by_suffix(name)
        if _foreign_body(text, start, kind):
            if known:
                return  # (미국 특허청: not ours of that name)
            kind = "organization"  # (프랑스 디지털경제부: a body of theirs, no authority of our program)
        if known:
            mentions.append(ActorMention(start, end, text[start:end], known, kind, "registry"))
        else:
            mentions.append(ActorMention(start, end, text[start:end], name, kind, "discovered"))

    suffixed = _SUFFIX_RE.finditer(text)
    for match in itertools.chain(suffixed, _GLUED_AI_RE.finditer(text)) if "AI" in text else suffixed:
        if taken[match.start()]:
            continue
        suffix_end = match.end("suffix")
        start = _name_start(text, match.start())
        name = text[start:suffix_end]
        suffix = match["suffix"]
        stem = name[: -len(suffix)]
        if len(suffix) == 1 and len(stem) < SHORT_SUFFIX_MIN_STEM:
            continue
        if not stem and suffix in UNIVERSITY_UNITS and start and text[start - 1] == " ":
            university = _university_before(text, start - 1)  # 전남대 산학협력단: the university's foundation
            if university is not None:
                if mentions and mentions[-1].start == university[0]:
                    mentions.pop()  # (전남대학교 alone, found just before by its own suffix)
                mentions.append(ActorMention(university[0], suffix_end, text[university[0]:suffix_end],
                                             f"{university[1]} {suffix}", "university", "discovered"))
            continue
        if not stem or _key(name) in registry.not_orgs or stem in NOT_NAMES or name.endswith(NOT_ORG_ENDINGS):
            continue
        if stem[0].isdigit() and _is_date(stem):
            continue  # 1일부로 (as of the 1st): a date, not a ministry
        if name.endswith("정부") and name[:-2].endswith(GLUED_HEADLINE_ENDINGS):
            continue  # (… 독자성 미충족정부가 추진하는: a subtitle's last noun glued to the lead's 정부, no government's name)
        if "각" in text[max(0, start - EACH_REACH):start] and _EACH_BEFORE.search(text, max(0, start - EACH_REACH), start):
            continue  # (각 대학 취업지원센터, 각 지역 창업센터: one of each, a kind of body, not one named)
        if name.endswith(MEETING_SUFFIXES) and start > 1 and text[start - 1] == " " and taken[start - 2] and (
                name.endswith(SUBCOMMITTEE) or registry.kind(registry.canonical(text[:start - 1].rsplit(None, 1)[-1]) or "")
                in _BODIES_OF_STATE):
            # (과방위 예산심사소위원회는, 기재부 재정사업평가위원회가: a part of the body named before it, which takes part;
            # but 국회 교육위원회: a house's committee, a body of its own)
            continue
        if suffix in MEETING_SUFFIXES and _MEETING_HELD.match(text, suffix_end):
            _mark(taken, start, suffix_end)  # (법안심사소위원회를 열어: its meeting, held by whoever is the subject)
            continue
        if suffix in VENUE_SUFFIXES or name.endswith(VENUE_NAME_ENDINGS):
            held = _HELD_AT.match(text, suffix_end)
            if held is not None:  # a venue, not a participant; nor is its short name in brackets
                taken[suffix_end:held.end()] = b"\x01" * (held.end() - suffix_end)
                continue
            if _BUILT_AFTER.match(text, suffix_end):
                continue  # (국가 AI컴퓨팅센터 착공식이 4일 열렸다: what is built)
            if _PLACED_IN.match(text, suffix_end) or (
                    text.startswith(")", suffix_end) and "(" in text[max(0, start - VENUE_BRACKET_REACH):start]
                    or _ADDRESS_BEFORE.search(text, max(0, start - VENUE_BRACKET_REACH), start)
                    and text[suffix_end:suffix_end + 1] in _AFTER_A_PLACE):
                continue  # (… 설명회 (서울 양재 aT센터): where it is held, in brackets after it, or after its address)
        add(start, suffix_end, particles=False)
    for match in _JAPANESE_MINISTRY.finditer(text) if "일본" in text else ():  # 일본 경제산업성 (성: no suffix alone)
        if not taken[match.start()]:
            add(match.start(), match.end(), particles=False)
    for match in _BULLET_RE.finditer(text):
        item = match["item"].strip()
        # ▲ 배경훈 부총리가: a person; △일정: 3월 4일: a label and its value
        if (item and len(item.split()) <= 3 and not any(word.endswith(_TITLE_ENDS) for word in item.split())  # (▲실장 A: a post)
                and not _SENTENCE_ITEM_END.search(item)  # (▲충분합니다.: a sentence of its own, not a name)
                and ":" not in item and "：" not in item and not _LABEL_NOTE.match(text, match.end("item"))  # (▲예선(온라인): 10일)
                and not _LABEL_GOES_ON.match(text, match.end("item"))  # (△배정 결과 통보: 1월 8일: no 결 before 과)
                and not _is_date(item) and not _STEP_ITEM.match(item)  # (▲ 2025년: a heading of dates; △1단계: a step)
                and not (item[0].isdigit() and _opens_with_date(item))  # (▲1월 말 추가 공모 공고: a schedule's line)
                # (△파트너 데모데이(26일), ▲전문가 평가(12.14~12.16): an event and its day, whatever its words)
                and not _dated_in_brackets(text, match.end("item"))
                # (▲도쿄 거점은 1월 개소: the topic of an item that tells something is a name in one word, or with a suffix)
                and not (" " in item and text[match.end("item"):match.end("item") + 1] in _SUBJECT_MARKS
                         and (not item.endswith(_ORG_SUFFIX_TUPLE) or item.endswith(NOT_ORG_ENDINGS)))):
            start = match.start("item") + match["item"].find(item)
            add(start, start + len(item))
    for match in _MARKED_COMPANY.finditer(text) if _COMPANY_MARK_IN.may_match(text) else ():  # the mark says so
        name = "before" if match["before"] else "after"
        if not taken[match.start(name)]:
            add(match.start(name), match.end(name), particles=name == "after")
    if holds_any(text, _KIND_WORDS):  # AI 스타트업 스캐터랩은: a kind of business, then its name
        for match in _KIND_THEN_NAME.finditer(text):  # (found from the kind word; its field looked back at)
            if (_FIELD_BEFORE.search(text, max(0, match.start() - FIELD_REACH), match.start()) and not taken[match.start("name")]
                    and particle_fits(match["name"], text[match.end()])):
                add(match.start("name"), match.end("name"), particles=False)  # (its particle is outside it)
    for match in _UNIT_OF_OWNER.finditer(text) if "회사" in text or "계열사" in text else ():
        if taken[match.start() - 2] and not taken[match.start("name")]:  # (SK텔레콤 자회사 SK브로드밴드가: a known owner's unit)
            add(match.start("name"), match.end("name"), particles=False)
    for head in _HEAD_IN_BRACKETS.finditer(text) if "(대표" in text or "( 대표" in text else ():
        heads_name = _NAME_BEFORE.search(text, max(0, head.start() - NAME_REACH), head.start())  # 와이즈넛(대표 강용성)은
        if heads_name is not None and not taken[heads_name.start()]:
            add(heads_name.start(), heads_name.end(), particles=False)
    for list_mark in _LIST_END.finditer(text):  # find "등 N개 팀" first, then the list before it
        list_end = list_mark.start()
        while list_end and text[list_end - 1].isspace():
            list_end -= 1
        window = max(0, list_end - LIST_REACH)
        reversed_list = _LIST_REVERSED.match(text[window:list_end][::-1])
        if reversed_list is None:
            continue
        offset = list_end - reversed_list.end()
        for item in _LIST_ITEM.finditer(text, offset, list_end):
            add(item.start(), item.end())
    for match in _LATIN_RE.finditer(text):
        if taken[match.start()]:
            continue
        # An acronym is a name before a particle or a list mark; before a space, only when a particle
        # or a list follows (KT 컨소시엄, △KT △LG); elsewhere, only inside a list.
        end = match.end()
        following = text[end:end + 1]
        if following == " ":
            named = text.startswith(LATIN_FOLLOWERS, end + 1)
        else:
            named = following in ("", ",", ")") or text.startswith(LATIN_FOLLOWERS, end)
        if (named or _in_list(text, match.start(), end) and not "가" <= following <= "힣") and not (  # (/PR뉴스와이어/: a word's)
                match.start() >= 2 and text[match.start() - 1] == "(" and "가" <= text[match.start() - 2] <= "힣"
                and not taken[match.start() - 2]):
            # (but a word's short form in brackets after a word that names no organization, 모델 '바르코(VARCO) 3', 정식
            # 출시(GA): a product's other name or a term's, no organization)
            add(match.start(), end)
    return mentions


# Bodies a university names with a space between (전남대학교 산학협력단, 전남대 산학협력단: one organization).
UNIVERSITY_UNITS: Final = ("산학협력단",)


_UNIT_AFTER: Final = re.compile(r"\s?(?:" + "|".join(UNIVERSITY_UNITS) + ")")


def _universities_as_units(found: list[ActorMention]) -> None:
    """A university named in a story that names its foundation (한양대학교 산학협력단은 … 한양대는 …) is that
    foundation: the press shortens the party's name, it names no second party."""
    units = {m.canonical.rsplit(" ", 1)[0]: m.canonical for m in found
             if m.kind == "university" and m.canonical.endswith(UNIVERSITY_UNITS) and " " in m.canonical}
    if units:
        for number, mention in enumerate(found):
            if mention.canonical in units:
                found[number] = ActorMention(mention.start, mention.end, mention.text, units[mention.canonical], mention.kind, mention.source)


def _university_before(text: str, end: int) -> tuple[int, str] | None:
    """(start, full name) of the university whose name ends at `end` (전남대 -> 전남대학교), or None."""
    start = _name_start(text, end)
    word = text[start:end]
    if len(word) < 3 or not word.endswith(("대학교", "대")):
        return None
    return start, word if word.endswith("대학교") else word + "학교"


_STEP_ITEM: Final = re.compile(r"\d+\s*(?:단계|차|위|등|번째|회|호|순위|라운드|부)(?![가-힣])")  # △1단계, △2차: a step, no name


def _is_date(text: str) -> bool:
    """Whether the text is one temporal expression, or a range of two, and nothing else (2025년, 8월 4일, 1분기,
    D-10~D-4)."""
    if text in _IS_DATE:  # list items recur across articles (△네이버클라우드 △업스테이지)
        return _IS_DATE[text]
    expressions = group(scan(text), text)
    return remember(_IS_DATE, text, 0 < len(expressions) <= 2 and expressions[0].start == 0 and expressions[-1].end == len(text)
                    and (len(expressions) == 1 or re.fullmatch(RANGE_DASH, text[expressions[0].end:expressions[1].start].strip()) is not None))


_IS_DATE: dict[str, bool] = {}


def _without_times(text: str) -> str:
    """The text without its temporal expressions and the rest of their words (7일자로, 다음 달 1일부로)."""
    for expression in reversed(group(scan(text), text)):
        end = text.find(" ", expression.end)
        text = text[:expression.start] + (text[end:] if end >= 0 else "")
    return text


def _opens_with_date(text: str) -> bool:
    """Whether the text begins with a temporal expression (1월 말 추가 공모, 8월 2차 평가)."""
    expressions = group(scan(text), text)
    return bool(expressions) and expressions[0].start == 0


# --- people --------------------------------------------------------------------------------------

_TITLE_ENDS: Final = tuple(TITLES)
# Hangul titles of two syllables or more, by length: a word opening with one is no name (set
# lookups of its first 2, 3, ... characters, not a test against every title).
_TITLE_STARTS: Final = tuple(
    (length, frozenset(t for t in TITLES if len(t) == length and "가" <= t[0] <= "힣"))
    for length in sorted({len(t) for t in TITLES if len(t) >= 2}))
_TITLE_ALT: Final = trie_pattern(TITLES)
# A title that names a gathering of such people (최고경영자 서밋, CEO 포럼, 장관 회의): no person's.
_NOT_A_GATHERING_AFTER: Final = r"(?!\s*(?:서밋|포럼|회의|회담|간담회|협의회|총회|세미나|라운드\s*테이블|클럽|과정))"
_PERSON_RE: Final = re.compile(
    r"(?<![가-힣])(?P<names>[가-힣]{2,4}(?:\s*[·ㆍ,]\s*[가-힣]{2,4})*)\s+"
    r"(?P<mid>(?:[^\s.,\"'“”]+\s+){0,4}?)(?P<title>[^\s.,\"'“”]*?(?:" + _TITLE_ALT + r"))"
    r"(?=[은는이가의도을를과와께에,.\s)(=:：]|$|님|으로|로서|직무|겸)" + _NOT_A_GATHERING_AFTER
)
# A word that can be a name (the first of `names` in _PERSON_RE): only these are worth a full match.
_NAME_WORD: Final = re.compile("[" + "".join(sorted({name[0] for name in SURNAMES})) + r"](?<![가-힣].)[가-힣]{1,3}(?![가-힣])")
_TITLE_FINDER: Final = re.compile(_TITLE_ALT)
# The titles, found by an automaton (one pass, no regex) when no title written with a space can be in
# the text: then its leftmost-longest matches are exactly the trie pattern's.
_TITLE_AUTOMATON: Final = automaton([t for t in TITLES if " " not in t], longest=True)
_SPACED_TITLE_HEADS: Final = tuple({t.split()[0] for t in TITLES if " " in t})
TITLE_REACH: Final = 60  # a title stands within this many characters after the name it belongs to
_NAME_SPLIT: Final = re.compile(r"[·ㆍ,]")
_SURNAME_BEFORE: Final = re.compile(r"(?<![가-힣])([가-힣])\s+$")  # searched up to a title's start
_AFTER_TITLE: Final = re.compile(r"(?:[은는이가의도을를과와께에,.\s)]|$|으로)" + _NOT_A_GATHERING_AFTER)
# Someone the press names by surname only (정모씨, 이모(38)씨, 박모 대표): a later 정 대표 is them, not a known person.
_ANONYMIZED: Final = re.compile(r"(?<![가-힣])([가-힣])\s?모(?=\s?\(\d{1,3}\)|씨|\s)")
_FORMERLY: Final = re.compile(r"(?<!\S)(?:전\s|前)")  # (a post held before: 전 B 이사, 前 B 연구소장)
# A body a person belongs to, told before the name (과방위 소속 문태준 의원, 연구원 소속의 김 박사).
MEMBER_OF: Final = re.compile(r"\s소속(?:의|인)?\s")
# ... or with the school or department between (A대 공과대학 김 교수, KAIST 전산학부 김 교수): a unit of that body.
_UNIT_ENDINGS: Final = ("대학", "대학원", "학부", "학과", "공대", "의대", "연구소")
_UNIT_BETWEEN: Final = re.compile(r"\s+[가-힣A-Za-z]{0,10}(?:" + "|".join(_UNIT_ENDINGS) + r")\s+")
_DUAL_TITLE: Final = re.compile(r"\s*겸\s+(?P<mid>(?:\S+\s+){0,3}?)(?P<title>\S*?(?:" + _TITLE_ALT + "))")  # 장관 겸 부총리
# A byline's writer of the newsroom: a reporter, or an editor by title (논설위원, 산업부장: a desk's head, its name glued on).
_REPORTER_RE: Final = re.compile(r"(?<![가-힣])(?P<name>[가-힣]{2,4})\s*(?:기자|특파원|논설위원|논설실장|주필|편집국장|부국장"
                                 r"|(?<=\s)[A-Za-z가-힣]{1,6}부장)(?![가-힣])")


def find_all(text: str, registry: Registry | None = None,
             exclude: tuple[str, ...] = ()) -> tuple[list[ActorMention], list[PersonMention]]:
    """Organizations and people; an unknown company named between a person and a corporate
    title (`이용덕 드림에이스 대표`) joins the organizations."""
    registry = registry or default_registry()
    orgs = registry.find(text, exclude)
    discovered: list[ActorMention] = []
    people = find_persons(text, registry, orgs, discovered)
    excluded = registry.excluded(exclude)
    reporters_ = set(reporters(" ".join(exclude)))
    orgs = sorted(orgs + [d for d in discovered if d.canonical not in excluded], key=lambda m: m.start)
    if "사명" in text or "(구 " in text or "(옛 " in text:
        orgs = _renamed_as_before(text, orgs)
    return orgs, [p for p in people if p.name not in reporters_]


# A new name an organization takes, told after its old one (A가 새 사명 'B'로, A는 사명을 B로 바꾸고) or with the old one
# in brackets (B(구 A)): B is A, whatever the registry knows of either.
_NEW_NAME: Final = re.compile(r"(?:새\s*사명(?:인)?|사명을)\s*['‘\"“]?(?P<new>[가-힣A-Za-z0-9&]{2,15})['’\"”]?\s*(?:으로|로)")
_NEW_NAME_BEFORE_OLD: Final = re.compile(r"(?<![가-힣A-Za-z0-9&])(?P<new>[가-힣A-Za-z0-9&]{2,15})\(\s*(?:구|옛)\s+")
RENAMED_REACH: Final = 80  # characters before a new name where the old one stands


def _renamed_as_before(text: str, orgs: list[ActorMention]) -> list[ActorMention]:
    """The mentions of an organization's new name (see _NEW_NAME) as the organization it was, wherever the name
    stands, known or not (… 사명을 B로 바꾸고 …. B는 3월 상장한다), and over a shorter name found inside it."""
    renamed: dict[str, ActorMention] = {}
    for told in _NEW_NAME.finditer(text):
        old = [o for o in orgs if told.start() - RENAMED_REACH <= o.start and o.end <= told.start() and o.text != told["new"]]
        if old:
            renamed[told["new"]] = old[-1]
    for told in _NEW_NAME_BEFORE_OLD.finditer(text):
        if (was := next((o for o in orgs if o.start == told.end()), None)) is not None:
            renamed[told["new"]] = was
    found = list(orgs)
    for name, was in renamed.items():
        for at in re.finditer(r"(?<![가-힣A-Za-z0-9&])" + re.escape(name), text):
            found = [o for o in found if not (at.start() <= o.start and o.end <= at.end())]
            if not any(o.start < at.end() and at.start() < o.end for o in found):
                found.append(ActorMention(at.start(), at.end(), name, was.canonical, was.kind, was.source))
    return sorted(found, key=lambda m: m.start)


_CASE_MARKS: Final = "을를은는이가에"  # (case particles a name never takes right before its person's title)


def _org_before_title(text: str, match: re.Match[str], registry: Registry) -> ActorMention | None:
    """The one word between a name and a corporate title, as an organization (드림에이스 in 이용덕 드림에이스 대표)."""
    if match["title"] not in CORPORATE_TITLES:
        return None
    words = match["mid"].split()
    if len(words) != 1:
        return None
    if words[0][-1] in _CASE_MARKS:
        return None  # (… 개정안을 대표 발의하겠다: an object, then 대표 as a verb's adverb, no title)
    word = _canonical_unknown(words[0])
    if (len(word) < 2 or _key(word) in registry.not_orgs or word in NOT_NAMES or word in registry.people
            or word.endswith(("전", "현", "신임"))):
        return None  # (a person the registry knows is no organization)
    start = match.start("mid")
    return ActorMention(start, start + len(words[0]), words[0], word, _kind_by_suffix(word), "discovered")


def find_persons(text: str, registry: Registry, orgs: list[ActorMention] | None = None,
                 discovered: list[ActorMention] | None = None) -> list[PersonMention]:
    """People with their titles and organizations, including later short references (배 부총리).
    `orgs` are in text order without overlaps, as `Registry.find` gives them."""
    orgs = orgs if orgs is not None else registry.find(text)
    org_starts = [o.start for o in orgs]
    discovered = discovered if discovered is not None else []
    people: list[PersonMention] = []
    seen: list[PersonMention] = []
    # Try name positions only shortly before a title: titles are few, words are many.
    starts: list[int] = []
    windows: list[list[int]] = []  # the stretches before titles, overlapping ones joined
    titles = _title_spans(text)
    for title_start, _ in titles:
        window = [max(0, title_start - TITLE_REACH), title_start]
        if windows and window[0] <= windows[-1][1]:
            windows[-1][1] = window[1]
        else:
            windows.append(window)
    for low, high in windows:
        starts.extend(m.start() for m in _NAME_WORD.finditer(text, low, high) if _is_name(m.group()))
    cursor = 0
    for position in sorted(set(starts)):
        if position < cursor:
            continue
        match = _PERSON_RE.match(text, position)
        if match is None:
            continue
        names = [n.strip() for n in _NAME_SPLIT.split(match["names"])]
        if not all(_is_name(n) for n in names):
            continue
        span_start, span_end = match.start("mid"), match.end("title")
        inside = [o for o in orgs[bisect_left(org_starts, span_start):bisect_left(org_starts, span_end)]
                  if o.end <= span_end]
        mid = match["mid"].strip()
        if len(mid_words := mid.split()) > 1 and _is_name(last := mid_words[-1]) and not last.endswith(_UNIT_ENDINGS):
            last_start = match.start("title") - len(last) - 1
            if not any(o.end > last_start for o in inside):
                continue  # (… 구축을 맡았던 A대 공과대학 김태오 교수: the name is the word right before the title)
        if (len(mid_words) == 1 and len(mid) == 3 and not inside and _is_name(mid) and len(names[-1]) > 2
                and names[-1][-1] in _PARTICLE_ENDINGS):
            continue  # (A연구원은 정주연 최고기술책임자를: the name is the word before the title; 연구원은 is a topic)
        if inside and _is_name(before_org := text[span_start:inside[0].start].strip()) and " " not in before_org:
            continue  # (발표를 마친 김성훈 B 대표: the name is the word right before the organization, not a word before it)
        if mid and (member_of := MEMBER_OF.search(match["mid"])) and match["mid"][member_of.end():].strip():
            continue  # (국회 교육위원회 소속 서도윤 의원: the name is the one after the body told as theirs, not 국회)
        if mid and not inside and not TITLE_MODIFIERS.issuperset(mid.split()):
            found = _org_before_title(text, match, registry)
            if found is None:
                continue  # words between name and title that are no organization: not a person pattern
            inside = [found]
            discovered.append(found)
        title = match["title"]
        org = inside[0].canonical if inside else None
        if title.endswith(LOCAL_HEAD_TITLES):
            head = next(t for t in LOCAL_HEAD_TITLES if title.endswith(t))
            org = org or next((local for ending in _LOCAL_ENDINGS if (local := registry.canonical(title[:-len(head)] + ending))), None)
            if org is None or registry.kind(org) != "local" or mid:
                continue  # (유럽 시장, 도쿄 지사: a market, a branch; not a head)
            title = head
        cursor = match.end()  # a person: no other starts inside (a rejected match, as 오전 10시 김경만 실장, leaves them)
        # (전 or 前 before the organization; after it, 유영상 B 전 대표는 … 준비했다, the press tells what they did at B)
        formerly = _FORMERLY.search(text, span_start, match.start("title")) if mid else None
        former = formerly is not None and (not inside or formerly.start() < inside[0].start)
        if former:  # (사토 겐지 전 B 사업부장: a post held before, at B; no organization of theirs now)
            org = None
        elif org is None:
            preceding = bisect_left(org_starts, match.start())  # orgs ending next to the name are last among these
            before = [o for o in orgs[max(0, preceding - 2):preceding]
                      if o.end <= match.start() and (match.start() - o.end <= 1 or MEMBER_OF.fullmatch(text, o.end, match.start())
                                                     or _UNIT_BETWEEN.fullmatch(text, o.end, match.start()))]
            if not before:  # (A에서 B 과제를 이끄는 김 본부장: where they work, told as where they do it)
                before = [o for o in orgs[max(0, preceding - 3):preceding]
                          if 0 < match.start() - o.end <= WORKPLACE_REACH and WORKPLACE_BETWEEN.fullmatch(text, o.end, match.start())]
            org = before[0].canonical if before else None
        if inside and inside[-1].end > match.start("title"):
            title = next((t for t in TITLES if title.endswith(t.replace(" ", ""))), title)
        if org is None and title in _COUNCIL_MEMBER_TITLES:
            org = _council_told(orgs[:bisect_left(org_starts, match.start())], title)
        dual = _DUAL_TITLE.match(text[match.end():match.end() + 40])
        if dual and org is None:
            later = orgs[bisect_left(org_starts, match.end()):bisect_left(org_starts, match.end() + dual.end())]
            org = later[0].canonical if later else None
        offset = match.start("names")
        for name in names:
            start = text.find(name, offset)
            known = registry.people.get(name)
            person = PersonMention(start, start + len(name), name, title, org or (known.org if known else None))
            people.append(person)
            seen.append(person)
            offset = start + len(name)
    taken = [(p.start, p.end) for p in people]
    seen.extend(_appointed(text, titles, orgs, org_starts))
    seen.sort(key=lambda p: p.start)
    for title_start, title_end in titles:  # short references: a surname alone before a title (배 부총리)
        surname = _SURNAME_BEFORE.search(text, max(0, title_start - 8), title_start)
        if surname is None or not _AFTER_TITLE.match(text, title_end):
            continue
        start, end = surname.start(), title_end
        if any(s <= start < e for s, e in taken):
            continue
        initial, title = surname.group(1), _SPACES.sub(" ", text[title_start:title_end])
        earlier = [p for p in seen if p.name.startswith(initial) and p.start < start
                   and (title in p.title or p.title.endswith(title) or title in ON_THE_WAY_TITLES
                        or TITLE_SHORT_FORMS.get(title) == p.title)]
        if earlier:
            ref = earlier[-1]
            people.append(PersonMention(start, end, ref.name, title, ref.organization))
            continue
        if any(m.group(1) == initial for m in _ANONYMIZED.finditer(text, 0, start)):
            people.append(PersonMention(start, end, initial + "모", title, None))  # (정모씨 … 정 대표는: them, of no body named)
            continue
        candidates = [p for p in registry.people.values() if p.name.startswith(initial) and title in p.titles]
        if len(candidates) == 1:
            people.append(PersonMention(start, end, candidates[0].name, title, candidates[0].org))
    return sorted(people, key=lambda p: p.start)


def anonymized(name: str) -> bool:
    """Whether a person's name is the press's anonymized form (정모, for 정모씨)."""
    return len(name) == 2 and name[1] == "모"


# Where someone works, told in a relative clause before the name (A에서 B 컨소시엄 과제를 이끄는, A에서 일하는).
WORKPLACE_BETWEEN: Final = re.compile(r"에서\s+(?:[^\s.,]+\s+){0,4}?(?:이끄는|이끌고\s+있는|맡은|맡고\s+있는|담당하는|총괄하는|일하는"
                                       r"|근무하는|연구하는)\s+")
WORKPLACE_REACH: Final = 40  # characters between the workplace and the name

# A post given to someone, after the body and the post (A 신임 원장에 최은서 전 B 교수가 임명됐다, A 대표로 … 선임했다).
_APPOINTED_AFTER_TITLE: Final = re.compile(r"(?:에|으로|로)\s+(?P<name>[가-힣]{2,4})(?=\s)")
_NEW_POST: Final = ("", "신임", "차기", "초대", "새", "새로운")  # (what may stand between the body and the post)
# ... or before the post, by a body that is the sentence's subject (A는 … 최은서 박사를 CTO로 선임했다).
_NAMED_BEFORE_POST: Final = re.compile(r"(?<![가-힣])(?P<name>[가-힣]{2,4})(?:\s+[가-힣]{1,4})?(?:을|를)\s+(?:(?:신임|차기|초대|새)\s+)?\S*$")
_GIVEN_THE_POST: Final = re.compile(r"(?:으로|로)\s+(?:[가-힣]+\s+)?(?:선임|임명|영입|발탁|내정|선출|위촉)")


def _appointed(text: str, titles: list[tuple[int, int]], orgs: list[ActorMention], org_starts: list[int]) -> list[PersonMention]:
    """Who a body's post is given to, as that post's holder, for the short references later (최 원장은): the
    words at the name tell who the person was before (전 B 교수)."""
    holders = []
    for title_start, title_end in titles:
        given = _APPOINTED_AFTER_TITLE.match(text, title_end)
        if given is None or not _is_name(given["name"]):
            continue
        preceding = bisect_left(org_starts, title_start)
        body = orgs[preceding - 1] if preceding else None  # (the organization named last before the post)
        if body is None or body.end > title_start:
            continue
        words = text[body.end:title_start].split()
        if words and words[0] in _SUBJECT_MARKS:
            words.pop(0)  # (B는 인공지능정책실장에 …을 임명했다: the body, the subject, gives the post)
        if words and not text[title_start - 1].isspace():
            words.pop()  # (the post's own name, glued to its title: 인공지능정책실장)
        words = _without_times(" ".join(words)).split()  # (B는 7일자로 …정책관에, 다음 달 1일부로: when, not which post)
        if " ".join(words) in _NEW_POST:
            holders.append(PersonMention(given.start("name"), given.end("name"), given["name"],
                                         _SPACES.sub(" ", text[title_start:title_end]), body.canonical))
    for title_start, title_end in titles:
        if not _GIVEN_THE_POST.match(text, title_end):
            continue
        named = _NAMED_BEFORE_POST.search(text, max(0, title_start - 20), title_start)
        if named is None or not _is_name(named["name"]):
            continue
        sentence_start = _sentence_start(text, named.start())
        subject = next((o for o in reversed(orgs[bisect_left(org_starts, sentence_start):bisect_left(org_starts, named.start())])
                        if text.startswith(_SUBJECT_MARKS, o.end) and text[o.end + 1:o.end + 2].isspace()), None)
        if subject is not None:
            holders.append(PersonMention(named.start("name"), named.end("name"), named["name"],
                                         _SPACES.sub(" ", text[title_start:title_end]), subject.canonical))
    return holders


def _title_spans(text: str) -> list[tuple[int, int]]:
    """(start, end) of every title in the text, left to right, the longest at each place."""
    if any(head in text for head in _SPACED_TITLE_HEADS):
        return [m.span() for m in _TITLE_FINDER.finditer(text)]
    return [(start, end) for _, start, end in _TITLE_AUTOMATON.find_matches_as_indexes(text)]


_PARTICLE_ENDINGS: Final = "은는이가을를의와과도"  # (the last syllables of a word with its particle: 연구원은)


def _is_name(name: str) -> bool:
    if not 2 <= len(name) <= 4 or name in NOT_NAMES or name in TIME_WORDS or _opens_with_title(name):
        return False
    return name[0] in SURNAMES or name[:2] in SURNAMES


def _opens_with_title(word: str) -> bool:
    for length, titles in _TITLE_STARTS:
        if length > len(word):
            return False
        if word[:length] in titles:
            return True
    return False


def reporters(text: str) -> list[str]:
    """Names in bylines (`김정현 기자`): the article's authors, never actors."""
    return [m.group("name") for m in _REPORTER_RE.finditer(text)]


# --- module-level API over the built-in registry -----------------------------------------------

@cache
def default_registry() -> Registry:
    return Registry.load()


def canonical(name: str, registry: Registry | None = None) -> str | None:
    """Any alias (spacing and case tolerant) to its canonical name; None when unknown."""
    return (registry or default_registry()).canonical(name)


def find(text: str, registry: Registry | None = None, exclude: tuple[str, ...] = ()) -> list[ActorMention]:
    """Organizations in `text`: registry names and discovered ones, with offsets."""
    return (registry or default_registry()).find(text, exclude)
