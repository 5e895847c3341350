"""Read news articles from files and folders into `Article` records.

Forms: markdown with YAML front matter (the crawler's format), portal `.txt` copies, saved `.html`
pages, `.jsonl`/`.json` and `.csv` exports. Bad input never stops a run: it becomes an article with
`error` set, and `read_paths` reports it through the `on_error` callback.
"""
from __future__ import annotations

import csv
import hashlib
import html
import io
import json
import os
import re
from collections.abc import Callable, Iterable, Iterator
from datetime import date, datetime, time
from pathlib import Path
from typing import Final
from zoneinfo import ZoneInfo

from .records import Article
from .text import PUBLISHED_STAMP_WORDS, UPDATED_STAMP_WORDS

SEOUL = ZoneInfo("Asia/Seoul")
MAX_BYTES = 20 * 1024 * 1024  # one news article is a few KB; larger files are dumps or mistakes
# Encodings Korean news files come in; a detector's other guesses on broken bytes are noise.
KOREAN_ENCODINGS = {"utf_8", "utf_16", "utf_16_le", "utf_16_be", "cp949", "euc_kr", "johab", "iso2022_kr"}
SUFFIXES = {".md", ".markdown", ".txt", ".html", ".htm", ".jsonl", ".ndjson", ".json", ".csv"}

# Column names that exports use for each article field, first match wins.
FIELD_NAMES = {
    "title": ("title", "headline", "제목"),
    "body": ("body", "text", "content", "article", "본문", "내용"),
    "published_at": ("published_at", "published", "date", "datetime", "pubdate", "published_time", "입력", "날짜"),
    "url": ("url", "link", "href", "원문"),
    "publisher": ("publisher", "press", "source", "media", "site", "언론사"),
    "author": ("author", "byline", "reporter", "기자"),
    "id": ("id", "article_id", "doc_id"),
}
# (a release's ends before the other time it gives: 보도시점: 2026. 2. 20.(금) 14:00 이후 / 배포: …)
STAMP_LINE = re.compile(rf"^\s*(?:기사\s*)?(?:{PUBLISHED_STAMP_WORDS})\s*[:：]?\s*(?P<when>[^|/]+?)\s*(?:\||/|수정|이후|$)")
STAMP_ANY = re.compile(rf"^\s*(?:기사\s*)?(?:{PUBLISHED_STAMP_WORDS}|{UPDATED_STAMP_WORDS})\s*[:：]?\s*\d{{2,4}}[.\-/년]")
KOREAN_STAMP = re.compile(
    r"(?P<y>\d{4})\s*[.\-/년]\s*(?P<m>\d{1,2})\s*[.\-/월]\s*(?P<d>\d{1,2})\s*[.일]?\s*(?:\([월화수목금토일]\)\s*)?"
    r"(?:(?P<ampm>오전|오후|AM|PM|am|pm)?\s*(?P<hh>\d{1,2})\s*[:시]\s*(?P<mi>\d{2})?)?"
)


def read_paths(paths: Iterable[str | os.PathLike], on_error: Callable[[Article], None] | None = None) -> Iterator[Article]:
    """Every article under the given files and folders (recursively), in a stable order."""
    for path in list_files(paths):
        for article in read_file(path):
            if article.error and on_error:
                on_error(article)
            yield article


def list_files(paths: Iterable[str | os.PathLike]) -> Iterator[Path]:
    """The files under the given files and folders, in a stable order."""
    for raw in paths:
        path = Path(raw)
        if path.is_dir():
            yield from sorted((p for p in path.rglob("*") if p.is_file() and not p.name.startswith(".")), key=lambda p: p.parts)
        else:
            yield path


def read_file(path: Path) -> list[Article]:
    """One file to its articles; never raises for bad content."""
    source = str(path)
    try:
        size = path.stat().st_size
    except OSError as exc:
        return [_failed(source, f"cannot open: {exc.strerror or exc}")]
    suffix = path.suffix.lower()
    if suffix not in SUFFIXES:
        return [_failed(source, f"unsupported file type '{suffix or path.name}' (expected one of {', '.join(sorted(SUFFIXES))})")]
    if size == 0:
        return [_failed(source, "empty file")]
    if size > MAX_BYTES:
        return [_failed(source, f"file is {size / 1e6:.1f} MB, over the {MAX_BYTES // 1_000_000} MB limit for one article file")]
    try:
        raw = path.read_bytes()
    except OSError as exc:
        return [_failed(source, f"cannot read: {exc.strerror or exc}")]
    if b"\x00" in raw[:8192] and not raw.startswith(_UTF16_BOMS):  # (UTF-16 text, as Windows tools save it, holds NULs)
        return [_failed(source, "binary file, not text")]
    text, encoding, problem = decode(raw)
    try:
        if suffix in (".html", ".htm"):
            articles = [_from_html(text, source)]
        elif suffix in (".jsonl", ".ndjson", ".json"):
            articles = _from_json(text, source, suffix)
        elif suffix == ".csv":
            articles = _from_csv(text, source)
        elif text.lstrip("\ufeff \t\r\n").startswith("---"):
            articles = [_from_front_matter(text, source)]
        else:
            articles = [_from_portal_text(text, source)]
    except Exception as exc:  # a reader bug must not lose the other files
        return [_failed(source, f"could not parse: {type(exc).__name__}: {exc}", encoding)]
    for article in articles:
        article.encoding = encoding
        if problem and not article.error:
            article.error = problem
        _finish(article)
    return articles


_UTF16_BOMS = (b"\xff\xfe", b"\xfe\xff")


def decode(raw: bytes) -> tuple[str, str, str | None]:
    """Text, the encoding it was read with, and a problem to report (or None)."""
    if raw.startswith(_UTF16_BOMS):
        try:
            return raw.decode("utf-16"), "utf-16", None
        except UnicodeDecodeError:
            pass
    if raw.startswith(b"\xef\xbb\xbf"):
        try:
            return raw[3:].decode("utf-8"), "utf-8-sig", None
        except UnicodeDecodeError:
            pass
    try:
        return raw.decode("utf-8"), "utf-8", None
    except UnicodeDecodeError:
        pass
    try:  # Korean legacy pages are CP949 (a superset of EUC-KR) far more often than anything else
        return raw.decode("cp949"), "cp949", None
    except UnicodeDecodeError:
        pass
    from charset_normalizer import from_bytes

    best = from_bytes(raw[:200_000]).best()
    if best is not None and best.encoding in KOREAN_ENCODINGS:
        try:
            return raw.decode(best.encoding), best.encoding, None
        except (UnicodeDecodeError, LookupError):
            pass
    text = raw.decode("utf-8", errors="replace")
    bad = text.count("\ufffd")
    return text, "utf-8", f"undecodable bytes: {bad} characters replaced"


def parse_published(value: object) -> datetime | None:
    """A publication time in Korea time; naive values are taken as Asia/Seoul."""
    if value is None:
        return None
    if isinstance(value, datetime):
        return value.replace(tzinfo=SEOUL) if value.tzinfo is None else value.astimezone(SEOUL)
    if isinstance(value, date):
        return datetime.combine(value, time(), SEOUL)
    text = html.unescape(str(value)).strip()
    if not text:
        return None
    try:
        return parse_published(datetime.fromisoformat(text.replace("Z", "+00:00")))
    except ValueError:
        pass
    match = KOREAN_STAMP.search(text)
    if match:
        hour = int(match["hh"] or 0)
        if (match["ampm"] or "").lower() in ("오후", "pm") and hour < 12:
            hour += 12
        if (match["ampm"] or "").lower() in ("오전", "am") and hour == 12:
            hour = 0
        try:
            return datetime(int(match["y"]), int(match["m"]), int(match["d"]), hour, int(match["mi"] or 0), tzinfo=SEOUL)
        except ValueError:
            pass
    import dateparser

    parsed = dateparser.parse(
        text, languages=["ko", "en"],
        settings={"TIMEZONE": "Asia/Seoul", "RETURN_AS_TIMEZONE_AWARE": True, "PREFER_DATES_FROM": "past"},
    )
    return parsed.astimezone(SEOUL) if parsed else None


def _failed(source: str, reason: str, encoding: str = "") -> Article:
    return Article(id=_digest("error", source), source_path=source, encoding=encoding, error=reason)


def _digest(*parts: str) -> str:
    return hashlib.sha1("\x1f".join(parts).encode("utf-8")).hexdigest()[:16]


def body_key(body: str) -> str:
    """Identity of a body for duplicate detection: whitespace does not count. (Spaces and line
    breaks go first: splitting at each of them makes a string per word.)"""
    return _digest("".join(body.replace(" ", "").replace("\n", "").split()))


_GLUED_END: Final = re.compile(r"(?<=[다요죠까])([.!?])(?=[가-힣A-Za-z0-9△▲◆■(\[])")


# Markup left in a text body: tags that break lines, and tags of emphasis or links that only wrap words (not a script's
# Korean labels in angle brackets, <기자>, <리포트>).
_LINE_BREAK_TAG: Final = re.compile(r"<(?:br|p|/p|div|/div|li|/li)(?:\s[^<>\n]*)?/?>", re.I)
_MARKUP_TAG: Final = re.compile(r"</?(?:b|i|u|em|strong|span|font|a|sup|sub|mark|small)(?:\s[^<>\n]*)?/?>", re.I)


def _finish(article: Article) -> None:
    """Decode entities everywhere, tidy whitespace, give the article a stable id."""
    for name in ("title", "publisher", "author", "url"):
        value = html.unescape(getattr(article, name) or "")
        setattr(article, name, " ".join(value.split()))
    body = html.unescape(article.body or "").replace("\r\n", "\n").replace("\r", "\n")
    if "<" in body:  # (a crawled copy with markup left in it: <br> breaks a line, <b>…</b> is only emphasis)
        body = _MARKUP_TAG.sub("", _LINE_BREAK_TAG.sub("\n", body))
    body = body.strip("\ufeff\n ")
    # Portal copies glue sentences (개최했다.이날 ...): a space after the end, as the writer typed it, so that a
    # sentence's first word starts after a space like any other word.
    article.body = _GLUED_END.sub(r"\1 ", body) if "." in body else body
    if not article.id:
        article.id = _digest("url", article.url) if article.url else _digest("body", article.title, body_key(article.body))
    if not article.error:
        if not article.body.strip():
            article.error = "no article text found"
        elif article.published_at is None:
            article.error = "no publication date found; dates in the text cannot be resolved"


# --- the crawler's markdown with front matter -------------------------------------------------

def _from_front_matter(text: str, source: str) -> Article:
    text = text.lstrip("\ufeff \t\r\n")
    lines = text.split("\n")
    closing = next((i for i in range(1, len(lines)) if lines[i].strip() == "---"), None)
    if closing is None:
        meta = _lenient_meta(lines[1:])
        article = _article_from_meta(meta, source, "")
        article.error = "truncated front matter: no closing '---'"
        return article
    meta = _front_matter(lines[1:closing])
    # The crawler wraps the text in a heading, a publisher line and a footer: kept (faithful text),
    # the sentence splitter marks them as boilerplate.
    body = "\n".join(lines[closing + 1:]).strip()
    return _article_from_meta(meta, source, body)


def _front_matter(lines: list[str]) -> dict[str, str]:
    """Front matter as text values. Crawlers write flat `key: value` lines (with tabs YAML rejects,
    and ids such as 421_0008686824 that YAML would read as numbers), so a flat reader fits better."""
    return _lenient_meta(lines)


_META_LINE = re.compile(r"^([A-Za-z_][\w-]*)\s*:\s?(.*)$")


def _lenient_meta(lines: list[str]) -> dict[str, str]:
    """`key: value` lines; indented or tab-led lines continue the previous value (crawlers emit those)."""
    meta: dict[str, str] = {}
    key = None
    for line in lines:
        match = _META_LINE.match(line)
        if match:
            key = match[1]
            meta[key] = match[2]
        elif key is not None:
            meta[key] += " " + line
    return {k: _unquote(v.strip()) for k, v in meta.items()}


def _unquote(value: str) -> str:
    if len(value) >= 2 and value[0] == value[-1] == '"':
        return value[1:-1].replace('\\"', '"')
    if len(value) >= 2 and value[0] == value[-1] == "'":
        return value[1:-1].replace("''", "'")
    return value


def _article_from_meta(meta: dict[str, str], source: str, body: str) -> Article:
    get = _picker(meta)
    return Article(
        id=get("id"), source_path=source, title=get("title"), body=body, publisher=get("publisher"),
        author=get("author"), url=get("url"), published_at=parse_published(get("published_at") or None),
    )


def _picker(record: dict) -> Callable[[str], str]:
    """A field's value by any of its names (FIELD_NAMES), keys compared without case or spaces."""
    lowered = {str(k).strip().lower(): v for k, v in record.items()}
    return lambda field: _pick(lowered, field)


def _pick(lowered: dict, field: str) -> str:
    for name in FIELD_NAMES[field]:
        value = lowered.get(name)
        if value not in (None, ""):
            return str(value)
    return ""


# --- portal text copies ------------------------------------------------------------------------

def _from_portal_text(text: str, source: str) -> Article:
    lines = [line.rstrip() for line in text.lstrip("\ufeff").split("\n")]
    while lines and not lines[0].strip():
        lines.pop(0)
    title = lines[0].strip() if lines else ""
    published = None
    header_end = 1
    publisher = author = ""
    for index, line in enumerate(lines[1:8], start=1):
        stripped = line.strip()
        stamp = STAMP_LINE.match(stripped)
        if stamp and published is None:
            published = parse_published(stamp["when"])
            header_end = index + 1
        elif STAMP_ANY.match(stripped):
            header_end = index + 1
        elif _BYLINE_LINE.fullmatch(stripped):
            author = stripped
            header_end = index + 1
        elif re.fullmatch(r"(?:언론사|매체)\s*[:：]\s*(.+)", stripped):
            publisher = stripped.split(":", 1)[-1].split("：", 1)[-1].strip()
            header_end = index + 1
        elif stripped:
            break  # the text has begun: a byline under it is the footer's, not the header's
    if title.replace(" ", "") in _DOCUMENT_KINDS:
        # (보도자료 / 보도시점: … / the headline: the first line after the stamps is the title)
        while header_end < len(lines) and not lines[header_end].strip():
            header_end += 1
        if header_end < len(lines):
            title, header_end = lines[header_end].strip(), header_end + 1
    body = "\n".join(lines[header_end:])
    if not author:  # portals also sign at the foot
        author = next((line.strip() for line in reversed(lines[header_end:][-6:]) if _BYLINE_LINE.fullmatch(line.strip())), "")
    return Article(id="", source_path=source, title=title, body=body, publisher=publisher, author=author,
                   published_at=published)


_BYLINE_LINE = re.compile(r"[가-힣]{2,4}\s*기자(?:\s+\S+@\S+)?")
_DOCUMENT_KINDS = frozenset(("보도자료", "보도참고자료", "참고자료", "설명자료", "해명자료", "보도해명자료"))  # a release's first line, no headline


# --- saved web pages ---------------------------------------------------------------------------

def _from_html(text: str, source: str) -> Article:
    import lxml.html
    import trafilatura

    meta = _html_meta(text)
    extracted = trafilatura.bare_extraction(text, with_metadata=True, include_comments=False,
                                            include_tables=False, favor_precision=True)
    doc = extracted.as_dict() if extracted is not None and hasattr(extracted, "as_dict") else (extracted or {})
    body = doc.get("text") or ""
    title = meta.get("og:title") or doc.get("title") or ""
    if not title:
        try:
            title = (lxml.html.fromstring(text).findtext(".//title") or "").strip()
        except Exception:
            title = ""
    published = None
    for key in ("article:published_time", "og:published_time", "pubdate", "datepublished", "date", "time"):
        if meta.get(key):
            published = parse_published(meta[key])
            if published:
                break
    if published is None and doc.get("date"):
        published = parse_published(doc["date"])
    return Article(
        id="", source_path=source, title=title, body=body,
        publisher=meta.get("og:site_name") or doc.get("sitename") or "",
        author=meta.get("author") or meta.get("article:author") or doc.get("author") or "",
        url=meta.get("og:url") or meta.get("canonical") or doc.get("url") or "", published_at=published,
    )


def _html_meta(text: str) -> dict[str, str]:
    import lxml.html

    try:
        tree = lxml.html.fromstring(text)
    except Exception:
        return {}
    meta: dict[str, str] = {}
    for node in tree.iter("meta"):
        key = (node.get("property") or node.get("name") or node.get("itemprop") or "").strip().lower()
        content = node.get("content")
        if key and content and key not in meta:
            meta[key] = content.strip()
    for node in tree.iter("link"):
        if (node.get("rel") or "").lower() == "canonical" and node.get("href"):
            meta.setdefault("canonical", node.get("href"))
    for node in tree.iter("time"):
        if node.get("datetime"):
            meta.setdefault("time", node.get("datetime"))
            break
    return meta


# --- exports with one article per row ----------------------------------------------------------

def _from_json(text: str, source: str, suffix: str) -> list[Article]:
    rows: list[tuple[str, object]] = []
    stripped = text.strip()
    if suffix == ".json" and stripped.startswith("["):
        try:
            rows = [(f"{source}#{i + 1}", row) for i, row in enumerate(json.loads(stripped))]
        except json.JSONDecodeError as exc:
            return [_failed(source, f"invalid JSON: {exc.msg} at line {exc.lineno}")]
    else:
        for number, line in enumerate(text.split("\n"), start=1):
            if not line.strip():
                continue
            try:
                rows.append((f"{source}#{number}", json.loads(line)))
            except json.JSONDecodeError as exc:
                rows.append((f"{source}#{number}", f"invalid JSON on line {number}: {exc.msg}"))
    return [_from_row(row, where) for where, row in rows]


def _from_csv(text: str, source: str) -> list[Article]:
    reader = csv.DictReader(io.StringIO(text.lstrip("\ufeff")))
    return [_from_row(row, f"{source}#{number}") for number, row in enumerate(reader, start=2)]


def _from_row(row: object, where: str) -> Article:
    if isinstance(row, str):
        return _failed(where, row)
    if not isinstance(row, dict):
        return _failed(where, "row is not an object with article fields")
    get = _picker(row)
    if not get("body"):
        return _failed(where, "row has no article text (expected a body, text or content column)")
    return Article(id=get("id"), source_path=where, title=get("title"), body=get("body"), publisher=get("publisher"),
                   author=get("author"), url=get("url"), published_at=parse_published(get("published_at") or None))
