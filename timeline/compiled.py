"""The hot modules compiled to C with mypyc, used in place of their sources when they are current.

    timeline compile            (`make` does this; it needs mypy and a C compiler)
    timeline compile --status

The build puts the compiled modules beside the Python environment (`<sys.prefix>/timeline-compiled`)
with a manifest of the sources they were made from. On import, `activate()` serves them in place of
those sources only when every source still has the hash the manifest gives: the compiled modules
call each other directly, so they are used all together or not at all, and a changed source is
never shadowed by stale code. Without a current build (no compiler, an edited source, or
TIMELINE_PURE_PYTHON set) the same code runs as plain Python, only slower.
"""
from __future__ import annotations

import contextlib
import hashlib
import importlib.abc
import importlib.machinery
import importlib.util
import io
import json
import os
import shutil
import sys
import sysconfig
import tempfile
from pathlib import Path

PACKAGE = Path(__file__).resolve().parent
# The modules where the time goes (see benchmarks/pipeline.py), in dependency order. They must
# type-check with mypy: compiled code checks the types it declares when it runs.
MODULES = ("timeline.records", "timeline.text", "timeline.temporal.lexicon", "timeline.temporal.values",
           "timeline.temporal.grammar", "timeline.temporal", "timeline.titles", "timeline.status",
           "timeline.sentences", "timeline.actors", "timeline.mentions", "timeline.merge")
GROUP = "timeline_compiled"  # the name of the shared library that holds them all
PURE_ENV = "TIMELINE_PURE_PYTHON"


def source_of(module: str) -> Path:
    parts = module.split(".")[1:]
    path = PACKAGE.joinpath(*parts)
    return path / "__init__.py" if path.is_dir() else path.with_suffix(".py")


def build_dir() -> Path:
    return Path(sys.prefix) / "timeline-compiled"


def _manifest() -> dict:
    """What a build is valid for: this Python and the sources as they are now."""
    return {"python": sys.implementation.cache_tag, "group": GROUP,
            "sources": {m: hashlib.sha256(source_of(m).read_bytes()).hexdigest() for m in MODULES}}


def status() -> str:
    """`compiled`, or why the modules run as plain Python."""
    if os.environ.get(PURE_ENV):
        return f"plain Python ({PURE_ENV} is set)"
    manifest = build_dir() / "manifest.json"
    if not manifest.exists():
        return f"plain Python (no compiled build in {build_dir()}; run `timeline compile`)"
    try:
        built = json.loads(manifest.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return "plain Python (the compiled build's manifest cannot be read)"
    current = _manifest()
    if built.get("python") != current["python"]:
        return f"plain Python (the compiled build is for {built.get('python')}, this is {current['python']})"
    changed = [m for m, digest in current["sources"].items() if built.get("sources", {}).get(m) != digest]
    if changed:
        return f"plain Python (changed since the compiled build: {', '.join(changed)}; run `make` again)"
    return "compiled"


class _CompiledFinder(importlib.abc.MetaPathFinder):
    """Finds the compiled modules (and their shared library) in the build; packages keep their
    source folder as the place of their other modules and data."""

    def __init__(self, root: Path):
        self.root = root

    def find_spec(self, name, path=None, target=None):
        if name == f"{GROUP}__mypyc":
            return self._compiled(name, self.root / name, None)
        if name not in MODULES and name.rpartition(".")[0] not in MODULES:
            return None
        source = source_of(name)
        folder = [str(source.parent)] if source.name == "__init__.py" else None
        if name not in MODULES:
            # A plain module of a compiled package (timeline.temporal.lexicon): from the sources. A
            # compiled package runs its own code before its folder is known, so it would not be found.
            return importlib.util.spec_from_file_location(name, source, submodule_search_locations=folder)
        base = self.root.joinpath(*name.split("."))
        return self._compiled(name, base / "__init__" if folder else base, folder)

    @staticmethod
    def _compiled(name: str, base: Path, folder: list[str] | None):
        for suffix in importlib.machinery.EXTENSION_SUFFIXES:
            location = base.with_name(base.name + suffix)
            if location.exists():
                loader = importlib.machinery.ExtensionFileLoader(name, str(location))
                return importlib.util.spec_from_file_location(name, location, loader=loader,
                                                              submodule_search_locations=folder)
        return None


def can_build() -> bool:
    """Whether this machine has what a build needs: mypyc and the C compiler Python was built with."""
    compiler = (sysconfig.get_config_var("CC") or "cc").split()[0]
    return importlib.util.find_spec("mypyc") is not None and shutil.which(compiler) is not None


def activate() -> bool:
    """Serve the compiled modules from now on, if the build is current; whether they are."""
    if status() != "compiled":
        return False
    if not any(isinstance(f, _CompiledFinder) for f in sys.meta_path):
        sys.meta_path.insert(0, _CompiledFinder(build_dir()))
    return True


def active() -> bool:
    """Whether the modules in use are the compiled ones."""
    return all(getattr(sys.modules.get(m), "__file__", "").endswith(tuple(importlib.machinery.EXTENSION_SUFFIXES))
               for m in MODULES)


def build() -> None:
    """Compile MODULES into build_dir(), replacing what was there; a failed build leaves none."""
    import warnings  # noqa: PLC0415 (the build's own imports: mypy and setuptools only when building)

    from mypyc.build import mypycify  # noqa: PLC0415
    from setuptools import setup  # noqa: PLC0415

    target = build_dir()
    shutil.rmtree(target, ignore_errors=True)
    manifest = _manifest()  # the sources as compiled: an edit during the build makes it stale
    with tempfile.TemporaryDirectory() as work:
        staging = Path(work) / "lib"
        here = os.getcwd()
        os.chdir(PACKAGE.parent)  # mypyc names a module by its path from here
        try:
            warnings.filterwarnings("ignore", module="setuptools")
            told = io.StringIO()  # mypyc's notes; shown only when it fails (its type errors)
            try:
                with contextlib.redirect_stdout(told):
                    extensions = mypycify([str(source_of(m).relative_to(PACKAGE.parent)) for m in MODULES],
                                          group_name=GROUP, target_dir=str(Path(work) / "c"), multi_file=True)
            except (Exception, SystemExit):
                print(told.getvalue(), end="", file=sys.stderr)
                raise
            setup(name=GROUP, ext_modules=extensions, script_args=[
                "--quiet", "build_ext", "--build-lib", str(staging), "--build-temp", str(Path(work) / "tmp"),
                "--parallel", str(os.cpu_count() or 1)])
        finally:
            os.chdir(here)
        (staging / "manifest.json").write_text(json.dumps(manifest, indent=1), encoding="utf-8")
        shutil.copytree(staging, target)
