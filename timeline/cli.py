"""Command line: `timeline extract`, `timeline export`, `timeline orgs`, `timeline compile`. Parses,
calls, prints."""
from __future__ import annotations

import argparse
import os
import sys
from concurrent.futures.process import BrokenProcessPool
from datetime import date
from pathlib import Path

from . import actors, compiled, export, ingest, pipeline, store


class UserError(Exception):
    """A problem the user can fix; printed as one line, never as a traceback."""


def _registry(paths: list[str] | None) -> actors.Registry:
    try:
        return actors.Registry.load(*(paths or []))
    except (ValueError, OSError) as exc:
        raise UserError(str(exc)) from exc


def _date(text: str) -> date:
    try:
        return date.fromisoformat(text)
    except ValueError as exc:
        raise argparse.ArgumentTypeError(f"not a date (YYYY-MM-DD): {text!r}") from exc


def _jobs(text: str) -> int:
    try:
        jobs = int(text)
    except ValueError as exc:
        raise argparse.ArgumentTypeError(f"not a number of processes: {text!r}") from exc
    if jobs < 0:
        raise argparse.ArgumentTypeError(f"not a number of processes: {text!r}")
    return jobs or os.cpu_count() or 1


def cmd_extract(args) -> int:
    """Read articles into a store.

    Example: timeline extract seeds/ news.jsonl --store .timeline
    """
    missing = [p for p in args.paths if not Path(p).exists()]
    for path in missing:
        print(f"skipped {path}: no such file or folder", file=sys.stderr)
    paths = [p for p in args.paths if Path(p).exists()]
    registry = _registry(args.registry)
    show = sys.stderr.isatty() and not args.quiet
    total = sum(1 for _ in ingest.list_files(paths)) if show else 0

    last = [0]

    def progress(count: int) -> None:
        if show and count != last[0] and (count % 25 == 0 or count == total):
            last[0] = count
            print("\r" + progress_bar(count, total), end="", file=sys.stderr, flush=True)

    try:
        summary = pipeline.run(paths, args.store, registry, on_error=pipeline.report_error, progress=progress,
                               jobs=args.jobs)
    except store.StoreError as exc:
        raise UserError(str(exc)) from exc
    except BrokenProcessPool as exc:
        raise UserError("a worker process stopped before it was done (out of memory?); "
                        "nothing was stored: run again with fewer --jobs") from exc
    if show:
        print(file=sys.stderr)
    for line in summary.lines():
        print(line)
    return 1 if missing and not paths else 0


def progress_bar(done: int, total: int, width: int = 30) -> str:
    """`[#########---------]  45%  450/1000 files`."""
    share = min(1.0, done / total) if total else 0.0
    filled = int(share * width)
    return f"[{'#' * filled}{'-' * (width - filled)}] {share:4.0%}  {min(done, total)}/{total} files"


def _load(directory: str) -> store.Store:
    if not store.exists(directory):
        raise UserError(f"no store at {directory}: run `timeline extract PATH --store {directory}` first")
    try:
        return store.load(directory)
    except store.StoreError as exc:
        raise UserError(str(exc)) from exc


def cmd_export(args) -> int:
    """Write the (filtered) events to .csv, .json or .parquet.

    Example: timeline export --store .timeline --out timeline.csv --org SKT --status planned
    """
    data = _load(args.store)
    registry = _registry(args.registry)
    known = data.events["actors"].explode().drop_nulls().unique().to_list()
    orgs, unknown = export.resolve_orgs(args.org or [], registry, known)
    if unknown:
        raise UserError(f"unknown organization: {', '.join(unknown)} (see `timeline orgs --store {args.store}`)")
    selected = export.filter_events(data.events, orgs=orgs, types=args.type, statuses=args.status,
                                    date_from=args.date_from, date_to=args.date_to, text=args.search)
    try:
        export.write(selected, Path(args.out))
    except (ValueError, OSError) as exc:
        raise UserError(f"cannot write {args.out}: {exc}") from exc
    print(f"{selected.height} events written to {args.out}")
    return 0


def cmd_orgs(args) -> int:
    """List organizations with their number of events.

    Example: timeline orgs --store .timeline
    """
    data = _load(args.store)
    counts = export.org_counts(data.events, _registry(args.registry))
    for row in counts.iter_rows(named=True):
        print(f"{row['events']:5d}  {row['organization']}  ({row['kind']})")
    return 0


def cmd_compile(args) -> int:
    """Compile the hot modules with mypyc (less time per article), or say whether the compiled
    ones are in use. Needs mypy and a C compiler; without them, or after a source changed,
    everything runs as plain Python, with the same results.

    Example: timeline compile
    """
    if args.status:
        print(compiled.status())
        return 0
    if compiled.status() == "compiled":  # (make asks after any source changed, compiled or not)
        print(f"the compiled modules in {compiled.build_dir()} are current")
        return 0
    try:
        compiled.build()
    except (Exception, SystemExit) as exc:  # noqa: BLE001 (setuptools tells a compiler's failure by exiting)
        raise UserError(f"the modules could not be compiled ({type(exc).__name__}: {exc}); "
                        "they run as plain Python, only slower") from exc
    print(f"compiled {len(compiled.MODULES)} modules into {compiled.build_dir()}")
    return 0


def parser() -> argparse.ArgumentParser:
    top = argparse.ArgumentParser(prog="timeline", description="Timelines of dated events from Korean news articles.")
    commands = top.add_subparsers(dest="command", required=True)

    def command(name, handler, reads_store=True):
        doc = handler.__doc__ or ""
        sub = commands.add_parser(name, help=doc.splitlines()[0], description=doc,
                                  formatter_class=argparse.RawDescriptionHelpFormatter)
        sub.set_defaults(handler=handler)
        if reads_store:
            sub.add_argument("--store", default=store.DEFAULT_STORE, help="store directory (default: .timeline)")
            sub.add_argument("--registry", action="append", help="extra organization registry (TOML); repeatable")
        return sub

    extract = command("extract", cmd_extract)
    extract.add_argument("paths", nargs="+", help="article files or folders (md, txt, html, jsonl, json, csv)")
    extract.add_argument("--quiet", action="store_true", help="no progress output")
    extract.add_argument("--jobs", type=_jobs, default=1,
                         help="worker processes that extract (default 1; 0: one per core); the store is the same")
    out = command("export", cmd_export)
    out.add_argument("--out", required=True, help="output file: .csv, .json or .parquet")
    out.add_argument("--org", action="append", help="organization, any alias (SKT, 과기정통부); repeatable")
    out.add_argument("--type", action="append", help="event type (selection, elimination, ...); repeatable")
    out.add_argument("--status", action="append", choices=["happened", "planned", "ongoing", "unknown"])
    out.add_argument("--from", dest="date_from", type=_date, help="events ending on or after (YYYY-MM-DD)")
    out.add_argument("--to", dest="date_to", type=_date, help="events starting on or before (YYYY-MM-DD)")
    out.add_argument("--search", help="text in titles or sentences")
    command("orgs", cmd_orgs)
    build = command("compile", cmd_compile, reads_store=False)
    build.add_argument("--status", action="store_true", help="only say whether the compiled modules are in use")
    return top


def main(argv: list[str] | None = None) -> int:
    args = parser().parse_args(argv)
    try:
        return args.handler(args)
    except UserError as exc:
        print(f"timeline: {exc}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        print("timeline: interrupted", file=sys.stderr)
        return 130


if __name__ == "__main__":
    sys.exit(main())
