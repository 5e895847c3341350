import io
import polars as pl
import pytest
from streamlit.testing.v1 import AppTest

from timeline import figures, store

from .conftest import ROOT

APP = str(ROOT / "dashboard.py")


@pytest.fixture
def app(seed_store, monkeypatch):
    monkeypatch.setenv("TIMELINE_STORE", str(seed_store))
    return AppTest.from_file(APP, default_timeout=120)


def shown_count(at) -> int:
    line = next(m.value for m in at.markdown if m.value.startswith("사건 **"))
    return int(line.split("**")[1])


def test_app_starts_without_exception(app):
    at = app.run()
    assert not at.exception
    assert at.title[0].value == "뉴스 사건 타임라인"


def test_org_filter_narrows_events_table(app, seed_store):
    at = app.run()
    events = store.load(seed_store).events
    at.multiselect(key="org_filter").set_value(["SK텔레콤"]).run()
    assert not at.exception
    expected = events.filter(pl.col("actors").list.contains("SK텔레콤"))
    assert shown_count(at) == expected.height
    table = next(d.value for d in at.dataframe if "유형" in d.value.columns)
    assert len(table) == expected.height
    assert all("SK텔레콤" in orgs for orgs in table["조직"])


def test_alias_in_link_finds_the_organization(app, seed_store):
    app.query_params["org"] = "SKT"
    at = app.run()
    assert not at.exception
    assert at.multiselect(key="org_filter").value == ["SK텔레콤"]
    expected = store.load(seed_store).events.filter(pl.col("actors").list.contains("SK텔레콤")).height
    assert shown_count(at) == expected


def test_alias_is_searchable_in_the_options(app):
    at = app.run()
    labels = at.multiselect(key="org_filter").options
    assert any("SKT" in label and label.startswith("SK텔레콤") for label in labels)
    assert any("과기정통부" in label and label.startswith("과학기술정보통신부") for label in labels)


def test_csv_download_holds_exactly_the_filtered_rows(app, seed_store, monkeypatch):
    from streamlit.runtime.memory_media_file_storage import MemoryMediaFileStorage

    downloads = {}
    original = MemoryMediaFileStorage.load_and_get_id

    def capture(self, path_or_data, mimetype, kind, filename=None):
        if filename:
            downloads[filename] = path_or_data
        return original(self, path_or_data, mimetype, kind, filename)

    monkeypatch.setattr(MemoryMediaFileStorage, "load_and_get_id", capture)
    at = app.run()
    at.multiselect(key="org_filter").set_value(["LG AI연구원"]).run()
    assert not at.exception
    raw = downloads["timeline.csv"]
    assert raw.startswith("\ufeff".encode())
    table = pl.read_csv(io.BytesIO(raw[3:]))
    expected = store.load(seed_store).events.filter(pl.col("actors").list.contains("LG AI연구원"))
    assert table.height == shown_count(at) == expected.height
    assert sorted(table["event_id"].to_list()) == sorted(expected["event_id"].to_list())
    assert b'"event_id"' in downloads["timeline.json"] or b"event_id" in downloads["timeline.json"]


def test_timeline_figure_has_one_lane_per_organization(seed_store):
    events = store.load(seed_store).events
    figure = figures.timeline_figure(events)
    lanes = {y for trace in figure.data for y in (trace.y or ()) if y is not None}
    expected = set(events["actors"].explode().drop_nulls().unique().to_list())
    if events.filter(pl.col("actors").list.len() == 0).height:
        expected.add(figures.PROGRAM_LANE)
    assert lanes == expected


def test_planned_items_are_drawn_differently(seed_store):
    events = store.load(seed_store).events
    figure = figures.timeline_figure(events)
    symbols = {trace.marker.symbol for trace in figure.data if trace.mode == "markers"}
    assert symbols == {"circle", "circle-open"}


def test_highlight_escapes_html():
    marked = figures.highlight_terms("<script>x</script> 15일 SKT가", ["15일"], ["SKT"])
    assert "<script>" not in marked and "&lt;script&gt;" in marked
    assert '<mark class="date">15일</mark>' in marked and '<mark class="actor">SKT</mark>' in marked


def test_kind_filter_keeps_only_that_group(app, seed_store):
    at = app.run()
    assert "role:elite" in at.multiselect(key="kind_filter").options or any(
        "정예팀" in o for o in at.multiselect(key="kind_filter").options)
    at.multiselect(key="kind_filter").set_value(["kind:ministry"]).run()
    assert not at.exception
    table = next(d.value for d in at.dataframe if "유형" in d.value.columns)
    assert len(table) > 0 and all("과학기술정보통신부" in orgs for orgs in table["조직"])
    at.multiselect(key="org_filter").set_value(["카카오"]).run()  # a company is no ministry: nothing left
    assert shown_count(at) == 0


def test_a_new_upload_session_removes_stores_of_sessions_idle_for_a_day(app, tmp_path, monkeypatch):
    import os
    import tempfile
    import time
    monkeypatch.setattr(tempfile, "tempdir", str(tmp_path))
    stale, fresh = tmp_path / "timeline-session-old", tmp_path / "timeline-session-new"
    stale.mkdir(), fresh.mkdir()
    (stale / "articles.parquet").write_bytes(b"x")
    day_ago = time.time() - 25 * 3600
    os.utime(stale, (day_ago, day_ago))
    at = app.run()
    at.sidebar.radio(key="source").set_value("기사 파일 올리기").run()
    assert not at.exception
    assert not stale.exists() and fresh.exists()
    assert len(list(tmp_path.glob("timeline-session-*"))) == 2  # the new session's own store, and the fresh one
