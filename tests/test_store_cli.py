import csv
import io
import os
import shutil
import subprocess
import sys

import polars as pl

from timeline import cli, export, pipeline, store

from .conftest import ROOT, SEEDS


def run_cli(*args):
    return subprocess.run([sys.executable, "-m", "timeline", *args], capture_output=True, text=True, cwd=ROOT)


def test_rerun_gives_same_store(tmp_path):
    first, second = tmp_path / "a", tmp_path / "b"
    pipeline.run([SEEDS], first)
    pipeline.run([SEEDS], second)
    again = pipeline.run([SEEDS], second)
    assert again.added == 0 and again.duplicates == again.read
    for name in ("articles", "mentions", "events"):
        assert pl.read_parquet(first / f"{name}.parquet").equals(pl.read_parquet(second / f"{name}.parquet"))


def test_mentions_gathered_in_chunks_give_the_same_store(tmp_path, monkeypatch):
    pipeline.run([SEEDS], tmp_path / "whole")
    monkeypatch.setattr(pipeline, "MENTION_CHUNK", 7)  # a frame every few articles
    pipeline.run([SEEDS], tmp_path / "chunked")
    for name in ("articles", "mentions", "events"):
        whole, chunked = (pl.read_parquet(tmp_path / d / f"{name}.parquet") for d in ("whole", "chunked"))
        assert whole.height > 0 and whole.equals(chunked)


def test_worker_processes_give_the_same_store(tmp_path, monkeypatch):
    varied = ROOT / "tests" / "data" / "varied"
    one = run_cli("extract", str(SEEDS), str(varied), "--store", str(tmp_path / "one"), "--quiet")
    two = run_cli("extract", str(SEEDS), str(varied), "--store", str(tmp_path / "two"), "--quiet", "--jobs", "2")
    assert one.returncode == two.returncode == 0 and one.stdout == two.stdout
    for name in ("articles", "mentions", "events"):
        single, parallel = (pl.read_parquet(tmp_path / d / f"{name}.parquet") for d in ("one", "two"))
        assert single.height > 0 and single.equals(parallel)
    monkeypatch.setattr(pipeline, "WORKER_BATCH", 3)  # many small batches, several in flight
    pipeline.run([SEEDS, varied], tmp_path / "batches", jobs=2)
    assert pl.read_parquet(tmp_path / "batches" / "mentions.parquet").equals(pl.read_parquet(tmp_path / "one" / "mentions.parquet"))
    wrong = run_cli("extract", str(SEEDS), "--store", str(tmp_path / "x"), "--jobs", "-2")
    assert wrong.returncode != 0 and "not a number of processes" in wrong.stderr and "Traceback" not in wrong.stderr


def _stop_the_worker(articles):
    os._exit(3)  # as a process killed for memory would


def test_a_stopped_worker_is_a_clear_message_and_stores_nothing(tmp_path, monkeypatch, capsys):
    monkeypatch.setattr(pipeline, "_extract_batch", _stop_the_worker)
    assert cli.main(["extract", str(SEEDS), "--store", str(tmp_path / "s"), "--quiet", "--jobs", "2"]) != 0
    err = capsys.readouterr().err
    assert "worker process stopped" in err and "Traceback" not in err
    assert not (tmp_path / "s" / "mentions.parquet").exists()


def test_incremental_add_without_duplicates(tmp_path):
    part = tmp_path / "part"
    part.mkdir()
    for path in sorted(SEEDS.iterdir())[:5]:
        shutil.copy(path, part)
    directory = tmp_path / "store"
    pipeline.run([part], directory)
    full = pipeline.run([SEEDS], directory)
    assert full.added == len(list(SEEDS.iterdir())) - 5
    data = store.load(directory)
    assert data.articles["article_id"].is_unique().all()
    reference = tmp_path / "ref"
    pipeline.run([SEEDS], reference)
    assert store.load(reference).events.height == data.events.height


def test_bad_file_is_reported_and_others_processed(tmp_path):
    folder = tmp_path / "in"
    shutil.copytree(SEEDS, folder)
    (folder / "broken.md").write_bytes(b"\x00\x00binary")
    result = run_cli("extract", str(folder), "--store", str(tmp_path / "s"))
    assert result.returncode == 0
    assert "broken.md: binary file, not text" in result.stderr
    assert "Traceback" not in result.stderr
    assert f"added: {len(list(folder.iterdir()))}" in result.stdout


def test_an_article_that_breaks_extraction_is_reported_and_the_others_kept(tmp_path, monkeypatch):
    from timeline import mentions
    extract = mentions.extract

    def breaks_on_one(article, registry=None):
        if article.source_path.endswith("003_written_review.md"):
            raise IndexError("a bug met on this text")
        return extract(article, registry)

    monkeypatch.setattr(mentions, "extract", breaks_on_one)
    reported = []
    summary = pipeline.run([SEEDS], tmp_path / "s", on_error=lambda path, reason: reported.append((path, reason)))
    assert [path.rsplit("/", 1)[-1] for path, _ in reported] == ["003_written_review.md"]
    assert "IndexError" in reported[0][1]
    assert summary.added == 18 and summary.mentions > 60  # every other article's events are stored


def test_export_filters_alias_and_csv_safety(seed_store, tmp_path):
    out = tmp_path / "skt.csv"
    assert cli.main(["export", "--store", str(seed_store), "--out", str(out), "--org", "SKT"]) == 0
    raw = out.read_bytes()
    assert raw.startswith("\ufeff".encode())
    rows = list(csv.DictReader(io.StringIO(raw.decode("utf-8-sig"))))
    assert rows and all("SK텔레콤" in row["actors"] for row in rows)
    events = store.load(seed_store).events
    assert len(rows) == events.filter(pl.col("actors").list.contains("SK텔레콤")).height
    planned = tmp_path / "planned.json"
    assert cli.main(["export", "--store", str(seed_store), "--out", str(planned), "--status", "planned",
                     "--from", "2026-01-01"]) == 0
    assert '"planned"' in planned.read_text(encoding="utf-8")


def test_csv_neutralizes_formulas():
    events = pl.DataFrame({"title": ["=HYPERLINK(\"x\")", "+1", "보통 제목", "@cmd", "-2"], "actors": [["a"]] * 5})
    text = export.to_csv_bytes(events).decode("utf-8-sig")
    assert "'=HYPERLINK" in text and "'+1" in text and "'@cmd" in text and "'-2" in text and "\n보통 제목" in text


def test_cli_errors_are_one_line(tmp_path):
    result = run_cli("export", "--store", str(tmp_path / "none"), "--out", str(tmp_path / "x.csv"))
    assert result.returncode == 2 and "no store at" in result.stderr and "Traceback" not in result.stderr
    result = run_cli("orgs", "--store", str(tmp_path / "none"))
    assert result.returncode == 2


def test_orgs_lists_counts(seed_store):
    result = run_cli("orgs", "--store", str(seed_store))
    assert result.returncode == 0 and "과학기술정보통신부" in result.stdout


def test_unknown_org_is_a_clear_error(seed_store, tmp_path):
    result = run_cli("export", "--store", str(seed_store), "--out", str(tmp_path / "x.csv"), "--org", "없는회사")
    assert result.returncode == 2 and "unknown organization: 없는회사" in result.stderr


def test_duplicates_by_url_or_body_are_read_once(tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    body = "과기정통부는 15일 결과를 발표했다."
    front = "---\ntitle: {t}\npublished_at: 2026-01-15 10:00\nurl: {u}\n---\n{b}\n"
    (folder / "a.md").write_text(front.format(t="가", u="https://x.kr/1", b=body), encoding="utf-8")
    (folder / "b.md").write_text(front.format(t="나", u="https://x.kr/1", b="다른 본문이다."), encoding="utf-8")
    (folder / "c.md").write_text(front.format(t="다", u="https://x.kr/2", b=body + "\n"), encoding="utf-8")
    summary = pipeline.run([folder], tmp_path / "s")
    assert summary.read == 3 and summary.added == 1 and summary.duplicates == 2


def test_help_for_every_command():
    for command in ("extract", "export", "orgs", "compile"):
        result = run_cli(command, "--help")
        assert result.returncode == 0 and "Example:" in result.stdout


def test_plan_changes_are_flagged():
    from timeline.status import plan_changed

    assert plan_changed("정부는 당초 4개 팀을 선정할 계획이었지만 3개 팀만 뽑았다.")
    assert not plan_changed("정부는 4개 팀을 선정할 계획이다.")
