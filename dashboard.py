"""Streamlit dashboard: a thin view over the `timeline` library. Run with `make run`."""
from __future__ import annotations

import os
import shutil
import tempfile
import time
from datetime import date
from pathlib import Path

# Imported whole before any script run: plotly peeks at sys.modules for numpy and pandas without
# importing them, and with fast reruns it can find the half-imported module another run is loading.
import numpy  # noqa: F401
import pandas  # noqa: F401
import polars as pl
import streamlit as st

from timeline import actors, export, figures, merge, pipeline, store

ROOT = Path(__file__).resolve().parent
DEFAULT_STORE = Path(os.environ.get("TIMELINE_STORE", ROOT / ".timeline"))
SEEDS = ROOT / "seeds"
EAGER_EXPORT_ROWS = 5_000
CHART_MAX_EVENTS = 3_000  # more points than this are unreadable and slow to send
ARTICLES_PER_PAGE = 20
FILTER_KEYS = {"org": "org_filter", "kind": "kind_filter", "type": "type_filter", "status": "status_filter",
               "q": "search_filter"}

st.set_page_config(page_title="뉴스 타임라인", page_icon="🗓️", layout="wide")
st.markdown("""<style>
mark.date {background:#ffe08a; padding:0 2px; border-radius:3px}
mark.actor {background:#b8e0ff; padding:0 2px; border-radius:3px}
</style>""", unsafe_allow_html=True)


@st.cache_resource(show_spinner="저장소를 읽는 중…")
def load_store(directory: str, stamp: float) -> store.Store:
    return store.load(directory)


@st.cache_resource
def registry_from(extra: bytes | None) -> actors.Registry:
    if not extra:
        return actors.default_registry()
    with tempfile.NamedTemporaryFile(suffix=".toml", delete=False) as handle:
        handle.write(extra)
    return actors.Registry.load(handle.name)


def registry() -> actors.Registry:
    """The built-in organizations, plus the user's own registry file when one is uploaded."""
    upload = st.sidebar.file_uploader("조직 목록 추가 (TOML)", type=["toml"], key="registry_upload",
                                      help="timeline/data/organizations.toml과 같은 형식: 추가하거나 덮어씁니다")
    try:
        return registry_from(upload.getvalue() if upload else None)
    except ValueError as exc:
        st.sidebar.error(f"조직 목록을 읽을 수 없습니다: {exc}")
        return actors.default_registry()


def store_stamp(directory: Path) -> float:
    return max((p.stat().st_mtime for p in directory.glob("*.parquet")), default=0.0)


def ensure_default_store() -> Path:
    if not store.exists(DEFAULT_STORE):
        with st.spinner("seeds/ 폴더에서 저장소를 처음 만드는 중…"):
            pipeline.run([SEEDS], DEFAULT_STORE)
    return DEFAULT_STORE


SESSION_PREFIX = "timeline-session-"
SESSION_MAX_AGE_S = 24 * 3600  # a browser session's uploaded store is dropped after a day unused


def prune_session_stores() -> None:
    """Streamlit tells no one when a session ends: stores of sessions idle for a day are removed
    when a new one begins, so that a long-running server does not fill its disk."""
    now = time.time()
    for folder in Path(tempfile.gettempdir()).glob(SESSION_PREFIX + "*"):
        try:
            if now - folder.stat().st_mtime > SESSION_MAX_AGE_S:
                shutil.rmtree(folder, ignore_errors=True)
        except OSError:
            continue


def choose_data(reg: actors.Registry) -> Path | None:
    st.sidebar.header("데이터")
    source = st.sidebar.radio("불러올 데이터", ["기본 저장소 (seeds)", "기사 파일 올리기", "저장소 폴더"], key="source")
    if source == "기본 저장소 (seeds)":
        return ensure_default_store()
    if source == "저장소 폴더":
        folder = st.sidebar.text_input("저장소 폴더 경로", key="store_path")
        if not folder:
            return None
        if not store.exists(folder):
            st.sidebar.error(f"저장소가 없습니다: {folder} (articles/mentions/events.parquet가 필요합니다)")
            return None
        return Path(folder)
    uploads = st.sidebar.file_uploader("기사 파일 (md, txt, html, jsonl, csv)", accept_multiple_files=True,
                                       type=["md", "txt", "html", "htm", "jsonl", "json", "csv"], key="uploads")
    if "session_store" not in st.session_state:
        prune_session_stores()
        st.session_state.session_store = tempfile.mkdtemp(prefix=SESSION_PREFIX)
    directory = Path(st.session_state.session_store)
    done = st.session_state.setdefault("uploaded_names", set())
    pending = [u for u in uploads or [] if (u.name, u.size) not in done]
    if pending:
        bar = st.sidebar.progress(0.0, text="기사를 읽는 중…")
        errors = []
        with tempfile.TemporaryDirectory(prefix="timeline-upload-") as inbox:  # the store keeps the text
            for index, upload in enumerate(pending, start=1):
                target = Path(inbox) / Path(upload.name).name
                target.write_bytes(upload.getvalue())
                summary = pipeline.run([target], directory, reg)
                errors += summary.errors
                done.add((upload.name, upload.size))
                bar.progress(index / len(pending), text=f"{index}/{len(pending)} 파일 처리")
        st.session_state.upload_errors = st.session_state.get("upload_errors", []) + errors
    for path, reason in st.session_state.get("upload_errors", []):
        st.sidebar.warning(f"{Path(path).name}: {figures.reason_label(reason)}")
    return directory if store.exists(directory) else None


def org_label(name: str, reg: actors.Registry) -> str:
    org = reg.orgs.get(name)
    if not org:
        return name
    extra = [a for a in org.aliases if a != name][:4]
    return f"{name} ({', '.join(extra)})" if extra else name


def init_from_query() -> None:
    """Filters come from the URL once per session, so a shared link opens the same view."""
    if st.session_state.get("query_loaded"):
        return
    params = st.query_params
    for param, key in FILTER_KEYS.items():
        values = params.get_all(param)
        if values:
            st.session_state[key] = values[0] if key == "search_filter" else values
    st.session_state.query_loaded = True


def sync_query(values: dict[str, list[str] | str]) -> None:
    for param, value in values.items():
        if value:
            st.query_params[param] = value
        elif param in st.query_params:
            del st.query_params[param]


NO_MATCH = "\x00"  # an organization filter that matches nothing


def _parse_day(text: str | None) -> date | None:
    try:
        return date.fromisoformat(text) if text else None
    except ValueError:
        return None


def org_groups(known: list[str], reg: actors.Registry) -> dict[str, list[str]]:
    """Groups to filter by: each kind (kind:ministry) and each program role (role:elite)."""
    groups: dict[str, list[str]] = {}
    for name in known:
        groups.setdefault(f"kind:{reg.kind(name)}", []).append(name)
        role = reg.orgs[name].role if name in reg.orgs else ""
        if role:
            groups.setdefault(f"role:{role}", []).append(name)
    return groups


def sidebar_filters(data: store.Store, reg: actors.Registry) -> dict:
    events = data.events
    known = sorted(events["actors"].explode().drop_nulls().unique().to_list())
    init_from_query()
    for key, allowed in (("org_filter", known), ("type_filter", list(figures.TYPE_LABELS)),
                         ("status_filter", list(figures.STATUS_LABELS))):
        if key in st.session_state:  # a link may name an alias (SKT) or something no longer here
            chosen = []
            for value in st.session_state[key]:
                value = (reg.canonical(value) or value) if key == "org_filter" else value
                if value in allowed and value not in chosen:
                    chosen.append(value)
            st.session_state[key] = chosen
    st.sidebar.header("필터")
    orgs = st.sidebar.multiselect("조직 (별칭으로도 검색: SKT, 과기정통부)", known, key="org_filter", placeholder="선택하세요",
                                  format_func=lambda n: org_label(n, reg))
    groups = org_groups(known, reg)
    kinds = st.sidebar.multiselect("조직 유형 (정예팀, 부처, 기관 …)", sorted(groups), key="kind_filter",
                                   placeholder="선택하세요", format_func=figures.group_label)
    types = st.sidebar.multiselect("사건 유형", list(figures.TYPE_LABELS), key="type_filter", placeholder="선택하세요",
                                   format_func=lambda t: figures.TYPE_LABELS[t])
    statuses = st.sidebar.multiselect("상태", list(figures.STATUS_LABELS), key="status_filter", placeholder="선택하세요",
                                      format_func=lambda s: figures.STATUS_LABELS[s])
    low = events["date_start"].min() or date.today()
    high = events["date_end"].max() or date.today()
    linked = [_parse_day(st.query_params.get(k)) for k in ("from", "to")]
    period = st.sidebar.date_input("기간", value=(linked[0] or low, linked[1] or high), key="date_filter")
    text = st.sidebar.text_input("제목·문장 검색", key="search_filter")
    first, last = (tuple(period) + (None, None))[:2] if isinstance(period, (tuple, list)) else (period, None)
    sync_query({"org": orgs, "kind": kinds, "type": types, "status": statuses, "q": text,
                "from": first.isoformat() if first and first != low else "",
                "to": last.isoformat() if last and last != high else ""})
    if kinds:
        members = {n for group in kinds for n in groups.get(group, ())}
        orgs = [n for n in (orgs or known) if n in members] or [NO_MATCH]
    return {"orgs": orgs, "types": types, "statuses": statuses, "date_from": first, "date_to": last,
            "text": text or None, "program_lane": False}


def evidence(data: store.Store, event_ids: list[str], reg: actors.Registry) -> None:
    chosen = data.events.filter(pl.col("event_id").is_in(event_ids))
    mention_ids = chosen["mention_ids"].explode().to_list()
    rows = data.mentions.filter(pl.col("mention_id").is_in(mention_ids)).join(
        data.articles.select("article_id", "title", "publisher", "url", pl.col("published_at").alias("article_time")),
        on="article_id", how="left")
    for event in chosen.iter_rows(named=True):
        st.markdown(f"**{event['title']}** · {event['date_value']} · "
                    f"{figures.TYPE_LABELS.get(event['event_type'], event['event_type'])} · 출처 {event['n_sources']}건")
    for row in rows.iter_rows(named=True):
        names = [m.text for m in reg.find(row["sentence"])]
        marked = figures.highlight_terms(row["sentence"], [row["timex_text"]], names)
        when = row["article_time"].strftime("%Y-%m-%d %H:%M") if row["article_time"] else "날짜 없음"
        link = f" · [원문]({row['url']})" if row["url"] else ""
        st.markdown(f"<div>{marked}</div>", unsafe_allow_html=True)
        st.caption(f"{row['publisher'] or '언론사 미상'} · {when} · {row['title']}{link}")


def tab_timeline(data: store.Store, events: pl.DataFrame, reg: actors.Registry) -> None:
    if events.is_empty():
        st.info("조건에 맞는 사건이 없습니다.")
        return
    shown = events
    if events.height > CHART_MAX_EVENTS:
        shown = events.sort(["n_sources", "date_start"], descending=[True, False]).head(CHART_MAX_EVENTS)
        st.caption(f"사건이 많아 출처가 많은 {CHART_MAX_EVENTS:,}건만 그립니다. 필터로 좁혀 보세요.")
    figure = figures.timeline_figure(shown, only=st.session_state.get("org_filter") or None)
    selection = st.plotly_chart(figure, key="timeline_chart", on_select="rerun", selection_mode=("points", "box"),
                                width="stretch")
    points = (selection or {}).get("selection", {}).get("points", []) if selection else []
    ids = [p["customdata"][0] for p in points if p.get("customdata")]
    if ids:
        st.subheader("근거 문장")
        evidence(data, list(dict.fromkeys(ids)), reg)
    else:
        st.caption("점을 클릭하거나 영역을 끌어 선택하면 근거 문장이 나옵니다.")


def events_table(events: pl.DataFrame) -> pl.DataFrame:
    return events.select(
        pl.col("date_value").alias("날짜"), pl.col("actors").list.join(", ").alias("조직"),
        pl.col("event_type").replace_strict(figures.TYPE_LABELS, default="기타").alias("유형"),
        pl.col("status").replace_strict(figures.STATUS_LABELS, default="불명").alias("상태"),
        pl.col("title").alias("제목"), pl.col("n_sources").alias("출처 수"), pl.col("date_start").alias("시작일"),
    ).sort("시작일")


@st.cache_resource(show_spinner=False)
def stage_table(directory: str, stamp: float, teams: frozenset[str]) -> pl.DataFrame:
    data = load_store(directory, stamp)
    return merge.stage_history(data.events, set(teams), data.mentions)


def tab_teams(directory: Path, reg: actors.Registry) -> None:
    teams = frozenset(name for name, org in reg.orgs.items() if org.role in ("elite", "applicant"))
    stages = stage_table(str(directory), store_stamp(directory), teams)
    if stages.is_empty():
        st.info("팀 단계 정보가 없습니다.")
        return
    current = stages.group_by("organization", maintain_order=True).last().select(
        pl.col("organization").alias("팀"), pl.col("stage").replace_strict(figures.STAGE_LABELS).alias("현재 단계"),
        pl.col("date_start").alias("날짜"))
    st.dataframe(current, hide_index=True, key="teams_table")
    st.plotly_chart(figures.stage_figure(stages), width="stretch", key="stage_chart")


def tab_plans(events: pl.DataFrame) -> None:
    plans = events.filter(pl.col("status") == "planned")
    if plans.is_empty():
        st.info("계획된 항목이 없습니다.")
        return
    st.dataframe(plans.select(
        pl.col("date_value").alias("계획 시점"), pl.col("title").alias("계획"), pl.col("actors").list.join(", ").alias("조직"),
        pl.col("plan_status").replace_strict(figures.PLAN_LABELS, default="").alias("상태"),
        pl.col("actual_date").alias("실제 날짜"), pl.col("slip_days").alias("지연(일)"),
        pl.col("plan_changed").alias("계획 변경"), pl.col("first_reported").alias("처음 보도")),
        hide_index=True, key="plans_table")


def tab_articles(data: store.Store, events: pl.DataFrame, reg: actors.Registry) -> None:
    errors = data.articles.filter(pl.col("error").is_not_null())
    for row in errors.head(50).iter_rows(named=True):
        st.warning(f"{Path(row['source_path']).name}: {figures.reason_label(row['error'])}")
    wanted = events["article_ids"].explode().unique().to_list()
    articles = (data.articles.filter(pl.col("error").is_null() & pl.col("article_id").is_in(wanted))
                .sort("published_at", nulls_last=True))
    if articles.is_empty():
        st.info("조건에 맞는 기사가 없습니다.")
        return
    pages = (articles.height - 1) // ARTICLES_PER_PAGE + 1
    page = st.number_input(f"쪽 (전체 {pages}쪽, 기사 {articles.height}건)", 1, pages, 1, key="article_page")
    for row in articles.slice((page - 1) * ARTICLES_PER_PAGE, ARTICLES_PER_PAGE).iter_rows(named=True):
        when = row["published_at"].strftime("%Y-%m-%d %H:%M") if row["published_at"] else ""
        with st.expander(f"{when} · {row['publisher'] or ''} · {row['title']}"):
            found = data.mentions.filter(pl.col("article_id") == row["article_id"])
            dates = found["timex_text"].unique().to_list()
            names = [m.text for m in reg.find(row["body"], exclude=(row["publisher"],))]
            st.markdown(f"<div style='white-space:pre-wrap'>{figures.highlight_terms(row['body'], dates, names)}</div>",
                        unsafe_allow_html=True)
            st.dataframe(found.select("timex_text", "date_value", "status", "event_type", "actors", "title"),
                         hide_index=True)


def main() -> None:
    st.title("뉴스 사건 타임라인")
    st.caption("한국어 기사에서 날짜가 있는 사건과 참여 조직을 뽑아 조직별 타임라인으로 보여 줍니다.")
    reg = registry()
    directory = choose_data(reg)
    if directory is None:
        st.info("왼쪽에서 데이터를 고르세요.")
        return
    try:
        data = load_store(str(directory), store_stamp(directory))
    except store.StoreError as exc:
        st.error(f"저장소를 읽을 수 없습니다: {exc}")
        return
    filters = sidebar_filters(data, reg)
    selected = export.filter_events(data.events, **filters)
    failed = data.articles["error"].is_not_null().sum()
    unread = f" (읽지 못한 파일 {failed}건)" if failed else ""
    st.markdown(f"사건 **{selected.height}**건 / 전체 {data.events.height}건 · 기사 {data.articles.height - failed}건{unread}")
    left, right = st.columns(2)
    # Small exports are made with the page; large ones only when the button is clicked.
    eager = selected.height <= EAGER_EXPORT_ROWS
    csv_data = export.to_csv_bytes(selected) if eager else (lambda: export.to_csv_bytes(selected))
    json_data = export.to_json_bytes(selected) if eager else (lambda: export.to_json_bytes(selected))
    left.download_button("CSV 내려받기", csv_data, "timeline.csv", "text/csv", key="download_csv")
    right.download_button("JSON 내려받기", json_data, "timeline.json", "application/json", key="download_json")
    timeline_tab, events_tab, teams_tab, plans_tab, articles_tab = st.tabs(
        ["타임라인", "사건 목록", "팀 현황", "계획 대비 실제", "기사"])
    with timeline_tab:
        tab_timeline(data, selected, reg)
    with events_tab:
        st.dataframe(events_table(selected), hide_index=True, key="events_table", width="stretch")
    with teams_tab:
        tab_teams(directory, reg)
    with plans_tab:
        tab_plans(selected)
    with articles_tab:
        tab_articles(data, selected, reg)


main()
