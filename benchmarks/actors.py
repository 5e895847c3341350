"""Actor benchmark: organizations (exact canonical names) and persons (name and organization)
on the gold set, and the time to find registry organizations in a 1,500-character article.

    python -m benchmarks.actors
"""
from __future__ import annotations

import time

from timeline import actors
from timeline.evaluation import load_actors, score_multisets

from .common import bodies_of_length


def main() -> None:
    registry = actors.default_registry()
    cases = load_actors()
    org_pairs, person_pairs, errors = [], [], []
    for case in cases:
        orgs, persons = actors.find_all(case.text, registry, exclude=(case.publisher,))
        predicted = [m.canonical for m in orgs]
        people = [(p.name, p.organization) for p in persons]
        org_pairs.append((case.orgs, predicted))
        person_pairs.append((case.persons, people))
        if sorted(case.orgs) != sorted(predicted) or sorted(case.persons, key=str) != sorted(people, key=str):
            errors.append(f"  {case.text}\n    orgs want {case.orgs} got {predicted}\n    persons want {case.persons} got {people}")
    orgs_score, person_score = score_multisets(org_pairs), score_multisets(person_pairs)
    print(f"Gold set: {len(cases)} sentences, {orgs_score.total} organization mentions, "
          f"{sum(len(c.traps) for c in cases)} non-organization traps, {person_score.total} person mentions")
    for label, score in (("organizations", orgs_score), ("persons", person_score)):
        print(f"{label:14s} P {score.precision:.3f} R {score.recall:.3f} F1 {score.f1:.3f}")
    if errors:
        print(f"{len(errors)} sentences differ:")
        print("\n".join(errors[:40]))
    bodies = [text for text, _ in bodies_of_length(2000, 1500)]
    for label, call in (("registry only", registry.find_registered), ("registry + discovery", registry.find),
                        ("organizations + persons", lambda t: actors.find_all(t, registry))):
        start = time.perf_counter()
        for text in bodies:
            call(text)
        per = (time.perf_counter() - start) / len(bodies)
        print(f"{label:24s} {per * 1000:.3f} ms per 1,500-character article (one core)")


if __name__ == "__main__":
    main()
