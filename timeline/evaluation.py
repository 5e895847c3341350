"""Gold sets and scorers shared by the benchmarks and the tests.

Each gold file states its own line format in its header. Scores are exact: a span counts when
its start and end match, a value when it matches to the letter.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path

GOLD = Path(__file__).resolve().parent.parent / "tests" / "data"


@dataclass
class GoldTimex:
    start: int
    end: int
    text: str
    type: str
    value: str
    end_value: str | None
    mod: str | None


@dataclass
class TemporalCase:
    anchor: datetime
    text: str
    timexes: list[GoldTimex] = field(default_factory=list)
    traps: list[tuple[int, int, str]] = field(default_factory=list)


@dataclass
class Score:
    tp: int = 0
    fp: int = 0
    fn: int = 0
    correct: int = 0  # values right among gold items
    total: int = 0  # gold items

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 0.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 0.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    @property
    def accuracy(self) -> float:
        return self.correct / self.total if self.total else 0.0


def load_temporal(path: Path | None = None) -> list[TemporalCase]:
    path = path or GOLD / "temporal_gold.txt"
    cases: list[TemporalCase] = []
    anchor: datetime | None = None
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
        if not line.strip() or line.startswith("#"):
            continue
        if line.startswith("@"):
            anchor = datetime.fromisoformat(line[1:].strip())
            continue
        if anchor is None or "⟶" not in line:
            raise ValueError(f"{path.name}:{number}: expected '@ ANCHOR' first and 'TEXT ⟶ ANNOTATIONS'")
        text, _, annotations = (part.strip() for part in line.partition("⟶"))
        case = TemporalCase(anchor, text)
        cursor = 0
        for item in filter(None, (a.strip() for a in annotations.split(" ; "))):
            trap = item.startswith("!")
            surface, _, spec = item.lstrip("!").partition("=")
            start = text.find(surface, cursor)
            if start < 0:
                start = text.find(surface)
            if start < 0:
                raise ValueError(f"{path.name}:{number}: {surface!r} is not in the sentence (after offset {cursor})")
            end = start + len(surface)
            cursor = end
            if trap:
                case.traps.append((start, end, surface))
                continue
            case.timexes.append(_gold_timex(start, end, surface, spec))
        cases.append(case)
    return cases


def _gold_timex(start: int, end: int, surface: str, spec: str) -> GoldTimex:
    kind = None
    if spec.endswith(":SET"):
        spec, kind = spec[:-4], "SET"
    mod = None
    if "/" in spec:
        spec, mod = spec.split("/", 1)
    value, _, end_value = spec.partition("~")
    if kind is None:
        kind = "DURATION" if value.startswith("P") else "TIME" if "T" in value else "DATE"
    return GoldTimex(start, end, surface, kind, value, end_value or None, mod)


def score_temporal(cases: list[TemporalCase], tagger) -> tuple[Score, list[str]]:
    """Span P/R/F1 (exact offsets) and value accuracy over gold expressions (value, end and mod).

    `tagger(text, anchor)` returns objects with start, end, value, end_value, mod (or None when
    the peer has no such field). A trap tagged as DATE/TIME counts as a false positive like any
    span not in gold. Returns the score and readable error lines.
    """
    score = Score()
    errors: list[str] = []
    for case in cases:
        found = list(tagger(case.text, case.anchor))
        by_span = {(t.start, t.end): t for t in found}
        gold_spans = {(g.start, g.end) for g in case.timexes}
        for gold in case.timexes:
            score.total += 1
            hit = by_span.get((gold.start, gold.end))
            if hit is None:
                score.fn += 1
                errors.append(f"MISS  {gold.text!r} ({gold.value}) in: {case.text}")
                continue
            score.tp += 1
            got = (hit.value, getattr(hit, "end_value", None), getattr(hit, "mod", None))
            want = (gold.value, gold.end_value, gold.mod)
            if got == want:
                score.correct += 1
            else:
                errors.append(f"VALUE {gold.text!r}: got {got}, want {want} in: {case.text}")
        for span, hit in by_span.items():
            if span not in gold_spans:
                score.fp += 1
                errors.append(f"EXTRA {case.text[span[0]:span[1]]!r} -> {hit.value} in: {case.text}")
    return score, errors


@dataclass
class ActorCase:
    text: str
    publisher: str
    orgs: list[str] = field(default_factory=list)
    traps: list[str] = field(default_factory=list)
    persons: list[tuple[str, str | None]] = field(default_factory=list)


def load_actors(path: Path | None = None) -> list[ActorCase]:
    path = path or GOLD / "actors_gold.txt"
    cases = []
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
        if not line.strip() or line.startswith("#"):
            continue
        if "⟶" not in line:
            raise ValueError(f"{path.name}:{number}: expected 'TEXT ⟶ ANNOTATIONS'")
        text, _, annotations = (part.strip() for part in line.partition("⟶"))
        publisher = ""
        if text.startswith("[publisher="):
            publisher, _, text = text[len("[publisher="):].partition("]")
            text = text.strip()
        case = ActorCase(text, publisher)
        for item in filter(None, (a.strip() for a in annotations.split(" ; "))):
            if item.startswith("!"):
                case.traps.append(item[1:])
            elif item.startswith("@"):
                name, _, org = item[1:].partition("=")
                case.persons.append((name, org or None))
            else:
                surface, _, canonical = item.partition("=")
                if surface not in text:
                    raise ValueError(f"{path.name}:{number}: {surface!r} is not in the sentence")
                case.orgs.append(canonical or surface)
        cases.append(case)
    return cases


def score_multisets(pairs: list[tuple[list, list]]) -> Score:
    """Precision/recall over per-item multisets of (gold, predicted)."""
    from collections import Counter

    score = Score()
    for gold, predicted in pairs:
        gold_counts, predicted_counts = Counter(gold), Counter(predicted)
        hit = sum((gold_counts & predicted_counts).values())
        score.tp += hit
        score.fn += sum(gold_counts.values()) - hit
        score.fp += sum(predicted_counts.values()) - hit
        score.total += sum(gold_counts.values())
        score.correct += hit
    return score


@dataclass
class EventGold:
    pairs: dict[str, dict[tuple[str, str], str]]  # file name -> (organization, value) -> status
    events: int


def load_events(path: Path | None = None) -> EventGold:
    path = path or GOLD / "events_gold.txt"
    pairs: dict[str, dict[tuple[str, str], str]] = {}
    current = None
    events = 0
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
        if not line.strip() or line.startswith("#"):
            continue
        if line.startswith("== "):
            name = line[3:].strip()
            if name in pairs:  # a second article of the same name would pool two articles' pairs
                raise ValueError(f"{path.name}:{number}: '{name}' is already listed")
            current = pairs[name] = {}
        elif line.startswith("EVENTS:"):
            events = int(line.split(":", 1)[1])
        elif current is not None and line.count("|") == 2:
            org, value, status = (part.strip() for part in line.split("|"))
            current[(org, value.split("T")[0])] = status  # (a time of day counts as its day, as in the predictions)
        else:
            raise ValueError(f"{path.name}:{number}: expected '== FILE', 'ORG | VALUE | STATUS' or 'EVENTS: N'")
    return EventGold(pairs, events)


def predicted_pairs(mentions, articles) -> dict[str, dict[tuple[str, str], str]]:
    """(organization, date value at its own granularity) -> status of its first mention, per file name."""
    names = {row["article_id"]: Path(row["source_path"]).name for row in articles.iter_rows(named=True)}
    out: dict[str, dict[tuple[str, str], str]] = {}
    ordered = mentions.sort(["article_id", "sentence_start", "timex_start"])
    for row in ordered.iter_rows(named=True):
        found = out.setdefault(names[row["article_id"]], {})
        value = row["date_value"].split("T")[0]
        for actor in row["actors"] or []:
            found.setdefault((actor, value), row["status"])
    return out


def score_events(gold: EventGold, predicted: dict[str, dict[tuple[str, str], str]]) -> tuple[Score, Score, list[str]]:
    """Pair P/R/F1, and status accuracy over the pairs found; with readable differences."""
    pairs, status = Score(), Score()
    notes = []
    for name in sorted(set(gold.pairs) | set(predicted)):
        want, got = gold.pairs.get(name, {}), predicted.get(name, {})
        hits = set(want) & set(got)
        pairs.tp += len(hits)
        pairs.fp += len(set(got) - set(want))
        pairs.fn += len(set(want) - set(got))
        for key in hits:
            status.total += 1
            status.correct += want[key] == got[key]
            if want[key] != got[key]:
                notes.append(f"{name}: {key} status {got[key]}, want {want[key]}")
        notes += [f"{name}: missing {key} {want[key]}" for key in sorted(set(want) - set(got))]
        notes += [f"{name}: extra {key} {got[key]}" for key in sorted(set(got) - set(want))]
    return pairs, status, notes
