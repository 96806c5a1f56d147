"""Clear Communication Index of every example sheet's and the seed's summaries.

    python bench/cci.py [FACTS ...] [--lang en,es] [--items]

Prints one row per sheet and language with the score of each audience's summary, then
how often each item failed (of the summaries that were judged on it); ``--items`` also
lists every failed item with its note. Issue 13 wants patients and public at 90 or more.
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]


def sheets() -> list[Path]:
    return sorted(ROOT.glob("examples/*/facts.yaml")) + sorted(ROOT.glob("seeds/*/facts.yaml"))


def scores(facts: Path, registry: Any, langs: list[str] | None) -> list[Any]:
    """The checked summaries of ``facts`` in every language the sheet has a title in."""
    from plainsum.factsheet import load_factsheet
    from plainsum.pipeline import generate

    sheet = load_factsheet(str(facts), registry.known_terms())
    title = sheet.title if isinstance(sheet.title, dict) else {sheet.lang: sheet.title}
    wanted = [code for code in sorted(registry.languages) if code in title
              and (langs is None or code in langs)]
    return generate(sheet, registry, wanted, list(registry.audiences), ["summary"])


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("facts", nargs="*", type=Path)
    parser.add_argument("--lang", default=None)
    parser.add_argument("--items", action="store_true", help="list every failed item")
    args = parser.parse_args(argv)
    from plainsum.plugins import collect, get_plugin_manager

    registry = collect(get_plugin_manager())
    audiences = list(registry.audiences)
    langs = args.lang.split(",") if args.lang else None
    failed: Counter[str] = Counter()
    judged: Counter[str] = Counter()
    plain_failed: Counter[str] = Counter()
    notes: list[str] = []
    print(f"{'sheet':34} {'lang':4} " + " ".join(f"{a:>10}" for a in audiences))
    for facts in args.facts or sheets():
        outputs = scores(facts, registry, langs)
        by_lang: dict[str, dict[str, Any]] = {}
        for output in outputs:
            score = output.checks.scores.get("cci")
            by_lang.setdefault(output.lang, {})[output.audience] = score
            for it in score.items if score else ():
                if it.passed is None:
                    continue
                judged[it.item] += 1
                if not it.passed:
                    failed[it.item] += 1
                    if output.audience in ("patients", "public"):
                        plain_failed[it.item] += 1
                    notes.append(f"{facts.parent.name} {output.lang} {output.audience} "
                                 f"{it.item}: {it.note}")
        for lang, row in by_lang.items():
            cells = [row.get(a) for a in audiences]
            shown = [f"{c.score:>10g}" if c is not None and c.score is not None else
                     f"{'-':>10}" for c in cells]
            print(f"{facts.parent.name:34} {lang:4} " + " ".join(shown))
    print()
    print("item                       failed / judged   (of them patients+public)")
    for name in sorted(judged, key=lambda n: -failed[n]):
        print(f"{name:26} {failed[name]:>6} / {judged[name]:<6}   {plain_failed[name]}")
    if args.items:
        print()
        print("\n".join(notes))
    return 0


if __name__ == "__main__":
    sys.exit(main())
