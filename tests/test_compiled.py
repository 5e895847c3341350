"""The compiled modules: used only when current, and giving what the plain Python gives."""
import json
import os
import pickle
import subprocess
import sys

import pytest

from timeline import compiled

from .conftest import ROOT, SEEDS

CORPORA = [SEEDS, ROOT / "tests" / "data" / "varied", ROOT / "tests" / "data" / "fresh"]

# Every field of every mention of the corpora, pickled to stdout: run here and in a plain process.
_DUMP = """
import pickle, sys
from dataclasses import astuple
from timeline import actors, compiled, ingest, mentions
registry = actors.default_registry()
found = [astuple(m) for a in ingest.read_paths(sys.argv[1:]) for m in mentions.extract(a, registry)]
sys.stdout.buffer.write(pickle.dumps((compiled.active(), found)))
"""


def _mentions(*, pure: bool) -> tuple[bool, list[tuple]]:
    env = {**os.environ, compiled.PURE_ENV: "1"} if pure else {k: v for k, v in os.environ.items() if k != compiled.PURE_ENV}
    result = subprocess.run([sys.executable, "-c", _DUMP, *map(str, CORPORA)], cwd=ROOT, env=env,
                            capture_output=True, check=True)
    return pickle.loads(result.stdout)


def test_the_compiled_modules_give_exactly_what_the_plain_python_gives():
    status = compiled.status()
    if status != "compiled":
        # (`make test` builds first: no build where one can be made means the build failed, mypyc on our code)
        assert not ("no compiled build" in status and compiled.can_build()), f"{status}: see `timeline compile`"
        pytest.skip(status)
    was_compiled, fast = _mentions(pure=False)
    was_plain, plain = _mentions(pure=True)
    assert was_compiled and not was_plain
    assert len(plain) > 600
    assert fast == plain


def _build_with(tmp_path, monkeypatch, **changes):
    monkeypatch.setattr(compiled, "build_dir", lambda: tmp_path)
    manifest = {**compiled._manifest(), **changes}
    (tmp_path / "manifest.json").write_text(json.dumps(manifest), encoding="utf-8")


def test_a_build_is_used_only_while_every_source_is_as_compiled(tmp_path, monkeypatch):
    monkeypatch.delenv(compiled.PURE_ENV, raising=False)
    _build_with(tmp_path, monkeypatch)
    assert compiled.status() == "compiled"
    sources = {**compiled._manifest()["sources"], "timeline.mentions": "0" * 64}
    _build_with(tmp_path, monkeypatch, sources=sources)
    assert "changed since the compiled build: timeline.mentions" in compiled.status()
    _build_with(tmp_path, monkeypatch, python="cpython-39")
    assert "is for cpython-39" in compiled.status()
    (tmp_path / "manifest.json").write_text("{not json", encoding="utf-8")
    assert "cannot be read" in compiled.status()
    (tmp_path / "manifest.json").unlink()
    assert "no compiled build" in compiled.status()


def test_plain_python_when_asked(tmp_path, monkeypatch):
    _build_with(tmp_path, monkeypatch)
    monkeypatch.setenv(compiled.PURE_ENV, "1")
    assert compiled.status().startswith("plain Python")
    assert not compiled.activate()


def test_the_package_type_checks_so_that_it_can_be_compiled():
    """mypyc refuses code that does not type-check, and the build would then quietly leave the
    modules as plain Python: this says why."""
    mypy = pytest.importorskip("mypy.api")
    report, errors, status = mypy.run(["--cache-dir", str(ROOT / ".mypy_cache"), str(ROOT / "timeline")])
    assert status == 0, report + errors


def test_the_command_tells_the_modules_in_use_and_a_failed_build_in_one_line(monkeypatch, capsys):
    from timeline import cli

    monkeypatch.setenv(compiled.PURE_ENV, "1")
    assert cli.main(["compile", "--status"]) == 0
    assert capsys.readouterr().out.strip() == f"plain Python ({compiled.PURE_ENV} is set)"

    def no_compiler():
        raise SystemExit("error: command 'gcc' failed: No such file or directory")

    monkeypatch.setattr(compiled, "build", no_compiler)
    assert cli.main(["compile"]) == 2
    told = capsys.readouterr().err
    assert told.count("\n") == 1 and "gcc" in told and "run as plain Python" in told


def test_a_current_build_is_not_made_again(monkeypatch, capsys):
    from timeline import cli

    def must_not_build():
        raise AssertionError("built again")

    monkeypatch.setattr(compiled, "status", lambda: "compiled")
    monkeypatch.setattr(compiled, "build", must_not_build)
    assert cli.main(["compile"]) == 0
    assert "are current" in capsys.readouterr().out


def test_records_and_the_registry_cross_to_worker_processes_whole():
    """Compiled records are made only through their `__init__`: each is pickled by its fields."""
    from timeline import actors, ingest, mentions
    registry = actors.default_registry()
    article = next(a for a in ingest.read_paths([SEEDS]) if not a.error)
    assert pickle.loads(pickle.dumps(article)) == article
    found = mentions.extract(article, registry)
    assert found
    for mention in found:
        assert pickle.loads(pickle.dumps(mention)) == mention
    copy = pickle.loads(pickle.dumps(registry))
    assert copy.find(article.body) == registry.find(article.body)
