"""Plotly figures for the dashboard: pure functions of frames, no Streamlit here."""
from __future__ import annotations

import html
import re
from datetime import date, timedelta

import plotly.graph_objects as go
import polars as pl

PROGRAM_LANE = "사업 전체"
TYPE_LABELS = {
    "call": "공모", "selection": "선정", "elimination": "탈락", "evaluation": "평가", "presentation": "발표회·행사",
    "announcement": "발표", "release": "공개·출시", "funding": "지원", "agreement": "협약", "statement": "발언",
    "other": "기타",
}
STATUS_LABELS = {"happened": "일어남", "planned": "계획", "ongoing": "진행 중", "unknown": "불명"}
PLAN_LABELS = {"fulfilled": "이행", "overdue": "지연(기한 지남)", "pending": "대기"}
STAGE_LABELS = {"applied": "지원", "shortlisted": "1차 통과", "selected": "선정", "presented": "발표",
                "advanced": "다음 단계 진출", "eliminated": "탈락", "re-entered": "재진입"}
KIND_LABELS = {"ministry": "부처", "agency": "기관", "office": "대통령실", "committee": "위원회", "company": "기업",
               "institute": "연구소", "university": "대학", "media": "언론", "party": "정당", "local": "지자체", "platform": "플랫폼",
               "international": "국제기구", "organization": "기타(발견)"}
ROLE_LABELS = {"elite": "정예팀", "applicant": "지원 팀(주관)", "partner": "컨소시엄 참여사", "operator": "운영 기관"}


def group_label(group: str) -> str:
    """`role:elite` -> 정예팀, `kind:ministry` -> 부처 (organization filter groups)."""
    family, _, value = group.partition(":")
    labels = ROLE_LABELS if family == "role" else KIND_LABELS
    return labels.get(value, value)


TYPE_COLORS = {
    "call": "#1f77b4", "selection": "#2ca02c", "elimination": "#d62728", "evaluation": "#9467bd",
    "presentation": "#ff7f0e", "announcement": "#17becf", "release": "#8c564b", "funding": "#bcbd22",
    "agreement": "#e377c2", "statement": "#7f7f7f", "other": "#aaaaaa",
}


# Ingest reasons (English, from the library) as the dashboard shows them; the original follows.
REASON_LABELS = [
    ("empty file", "빈 파일"), ("binary file", "텍스트가 아닌 파일"), ("unsupported file type", "지원하지 않는 형식"),
    ("truncated front matter", "머리말이 잘림"), ("no publication date", "발행 시각 없음"),
    ("undecodable bytes", "깨진 글자 포함"), ("file is", "파일이 너무 큼"), ("no article text", "본문 없음"),
    ("invalid JSON", "잘못된 JSON"), ("row has no article text", "본문 열 없음"), ("cannot", "읽기 실패"),
    ("could not parse", "해석 실패"),
]


def reason_label(reason: str) -> str:
    """A Korean label for an ingest reason, with the exact reason after it."""
    label = next((korean for prefix, korean in REASON_LABELS if reason.startswith(prefix)), "오류")
    return f"{label} ({reason})"


def lanes(events: pl.DataFrame) -> pl.DataFrame:
    """One row per (lane, event): events with no named actor go to the program-wide lane."""
    return (events.with_columns(
        pl.when(pl.col("actors").list.len() == 0).then(pl.lit([PROGRAM_LANE])).otherwise(pl.col("actors")).alias("lane"))
        .explode("lane"))


def timeline_figure(events: pl.DataFrame, max_lanes: int = 40, only: list[str] | None = None) -> go.Figure:
    """One lane per organization; days as markers, longer periods as bars; plans hollow and dashed.

    With `only`, just those organizations' lanes (the events still show every actor on hover).
    """
    rows = lanes(events)
    if only:
        rows = rows.filter(pl.col("lane").is_in(list(only)))
    order = (rows.group_by("lane").len().sort(["len", "lane"], descending=[True, False])["lane"].head(max_lanes).to_list())
    rows = rows.filter(pl.col("lane").is_in(order))
    figure = go.Figure()
    for planned in (False, True):
        subset = rows.filter((pl.col("status") == "planned") == planned)
        if subset.is_empty():
            continue
        spans = subset.filter(pl.col("date_end") > pl.col("date_start"))
        if not spans.is_empty():
            xs, ys = [], []
            for start, end, lane in spans.select("date_start", "date_end", "lane").iter_rows():
                xs += [start, end + timedelta(days=1), None]
                ys += [lane, lane, None]
            figure.add_trace(go.Scatter(
                x=xs, y=ys, mode="lines", hoverinfo="skip", showlegend=False,
                line={"width": 9, "color": "rgba(120,120,200,0.35)" if not planned else "rgba(120,120,200,0.2)",
                      "dash": "dot" if planned else "solid"}))
        for kind, group in subset.group_by("event_type", maintain_order=True):
            kind = kind[0]
            middle = group.select((pl.col("date_start") + (pl.col("date_end") - pl.col("date_start")) / 2).alias("m"))["m"]
            figure.add_trace(go.Scatter(
                x=middle.to_list(), y=group["lane"].to_list(), mode="markers",
                name=f"{TYPE_LABELS.get(kind, kind)}{' (계획)' if planned else ''}",
                marker={"size": 11, "color": TYPE_COLORS.get(kind, "#888"), "symbol": "circle-open" if planned else "circle",
                        "line": {"width": 2, "color": TYPE_COLORS.get(kind, "#888")}},
                customdata=group.select(
                    "event_id", _clip(pl.col("title"), 40), "timex_text", "n_sources", "date_value",
                    _clip(pl.col("actors").list.join(", "), 60)).rows(),
                hovertemplate="<b>%{customdata[1]}</b><br>날짜: %{customdata[2]} (%{customdata[4]})"
                              "<br>조직: %{customdata[5]}<br>출처 %{customdata[3]}건<extra>%{fullData.name}</extra>",
            ))
    height = max(320, 34 * len(order) + 140)
    first: date | None = rows["date_start"].min()  # type: ignore[assignment]  # (a date column's min is a date)
    last: date | None = rows["date_end"].max()  # type: ignore[assignment]
    x_range = None
    if first is not None and last is not None and (last - first).days < 60:  # a few days only: keep a readable month scale
        x_range = [first - timedelta(days=30), last + timedelta(days=31)]
    figure.update_layout(
        height=height, margin={"l": 10, "r": 10, "t": 30, "b": 10},
        legend={"orientation": "h", "y": -0.12}, yaxis={"categoryorder": "array", "categoryarray": list(reversed(order)),
                                                        "title": None},
        xaxis={"type": "date", "title": None, "range": x_range},
    )
    return figure


def _clip(expression: pl.Expr, width: int) -> pl.Expr:
    """Text cut to `width` characters with an ellipsis, so hover boxes stay small."""
    return (pl.when(expression.str.len_chars() > width)
            .then(expression.str.slice(0, width) + "…").otherwise(expression))


def stage_figure(stages: pl.DataFrame) -> go.Figure:
    """Each team's stages as labelled markers on a time axis."""
    figure = go.Figure()
    for stage, group in stages.group_by("stage", maintain_order=True):
        stage = stage[0]
        figure.add_trace(go.Scatter(
            x=group["date_start"].to_list(), y=group["organization"].to_list(), mode="markers+text",
            text=[STAGE_LABELS.get(stage, stage)] * group.height, textposition="top center",
            name=STAGE_LABELS.get(stage, stage), marker={"size": 12},
            customdata=group.select("title").rows(), hovertemplate="%{customdata[0]}<extra></extra>"))
    figure.update_layout(height=max(260, 50 * stages["organization"].n_unique() + 120),
                         margin={"l": 10, "r": 10, "t": 30, "b": 10}, xaxis={"type": "date"})
    return figure


def highlight(text: str, marks: list[tuple[int, int, str]]) -> str:
    """HTML-escaped text with the given (start, end, css class) spans wrapped in <mark>."""
    pieces, cursor = [], 0
    for start, end, css in sorted(m for m in marks if 0 <= m[0] < m[1] <= len(text)):
        if start < cursor:
            continue
        pieces.append(html.escape(text[cursor:start]))
        pieces.append(f'<mark class="{css}">{html.escape(text[start:end])}</mark>')
        cursor = end
    pieces.append(html.escape(text[cursor:]))
    return "".join(pieces)


def highlight_terms(text: str, dates: list[str], names: list[str]) -> str:
    """Escaped text with each occurrence of the given date surfaces and names marked."""
    marks = []
    for term, css in [(d, "date") for d in dates if d] + [(n, "actor") for n in names if n]:
        marks += [(m.start(), m.end(), css) for m in re.finditer(re.escape(term), text)]
    return highlight(text, marks)
