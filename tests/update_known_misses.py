"""Rewrite tests/data/known_misses.yaml (and the new kinds' recall floors,
tests/data/recall_floors.yaml) from what the checker catches today.

    python tests/update_known_misses.py

Run it after changing the checker or the generators' wording: the corruption suite marks
every listed case xfail(strict=True), so a fixed case fails until it leaves the list.
"""

from __future__ import annotations

import collections
import math
import sys
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from tests import corruption as C  # noqa: E402

REASONS = {
    "faithful": "false alarm on a faithful text",
    "direction-flipped": "a flipped direction is not caught",
    "name-altered": "a changed protected name is not found",
    "term-corrupted": "a corrupted key term is not aligned with its accepted forms",
    "group-swapped": "a figure moved to another group is not caught",
    "time-swapped": "a figure moved to another time point is not caught",
    "number-dropped": "the omission is reported under another fact, or not at all",
    "number-changed": "a changed figure is not flagged",
    "number-invented": "an invented figure is not flagged",
    "ratio-as-percent": "a ratio said as a percentage (or the reverse) is not caught",
    "sign-flipped": "a flipped sign is not caught",
    "interval-changed": "a changed interval bound is not caught",
    "relative-as-absolute": "a relative change said as an absolute one is not caught",
    "hedge-dropped": "a dropped hedge gets no warning",
    "hedge-reversed": "a reversed hedge is not caught",
    "invented-difference": "a difference where the sheet has none is not caught",
    "background-as-result": "a background figure said as a result is not caught",
    "causal-claim": "causal wording for an observational study is not caught",
    "term-swapped": "a term replaced by another real term is not caught",
    "wrong-referent": "a sheet figure said of a thing the sheet never counts is not caught",
    "negation-changed": "a negation or scope change around a figure is not caught",
    "role-changed": "a person given another's role, organisation or funder is not caught",
}


def main() -> None:
    suite = C.suite()
    known: dict[str, str] = {}
    for faithful in suite.faithful:
        if C.errors(C.check(faithful, faithful.text)):
            known["faithful:" + faithful.label] = REASONS["faithful"]
    for case in suite.corrupted:
        if not C.caught(case, C.check(case.source, case.text)):
            known[case.label] = REASONS[case.kind]
    effects = C.effects_suite(generated=True)
    for faithful in effects.faithful:
        alarms = C.alarms(C.check(faithful, faithful.text))
        if alarms:
            said = ", ".join(sorted({f"{f.rule} on {faithful.text[f.span[0]:f.span[1]]!r}"
                                     if f.span else f.rule for f in alarms}))
            known["faithful:" + faithful.label] = f"{REASONS['faithful']} ({said})"
    total: collections.Counter[str] = collections.Counter()
    hit: collections.Counter[str] = collections.Counter()
    for case in effects.corrupted:
        total[case.kind] += 1
        if C.caught(case, C.check(case.source, case.text)):
            hit[case.kind] += 1
        else:
            known[case.label] = REASONS[case.kind]
    floors = {kind: math.floor(100 * hit[kind] / total[kind]) / 100 if total[kind] else 0.0
              for kind in C.NEW_KINDS}
    with open(ROOT / "tests" / "data" / "recall_floors.yaml", "w", encoding="utf-8") as handle:
        handle.write("# Recall each new corruption kind reaches (caught / made), rounded down: "
                     "the suite fails\n# when a kind falls below it. Written by "
                     "tests/update_known_misses.py.\n")
        yaml.safe_dump(floors, handle, sort_keys=False)
    out = ROOT / "tests" / "data" / "known_misses.yaml"
    with open(out, "w", encoding="utf-8") as handle:
        handle.write("# Corruptions the checker misses today and faithful texts it raises an "
                     "error on,\n# by test id. The suite marks each one xfail(strict=True): "
                     "once the checker is\n# fixed the test fails until "
                     "tests/update_known_misses.py is run again.\n")
        yaml.safe_dump(known, handle, allow_unicode=True, sort_keys=True, width=200)
    kinds = collections.Counter("faithful" if k.startswith("faithful:") else v
                                for k, v in known.items())
    print(f"{len(known)} known misses written to {out}")
    for reason, count in kinds.most_common():
        print(f"  {count:4d}  {reason}")


if __name__ == "__main__":
    main()
