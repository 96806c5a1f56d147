"""How faithful is the checker? Recall per corruption kind and language, false alarms on
faithful texts, and the time to check a ~600-word text.

    python bench/fidelity.py [--per-cell 6] [--extra DIR]

The texts and corruptions are those of the regression suite (``tests/corruption.py``):
every generated output of the two example sheets in six languages, hand-written
paraphrases, and corrupted copies of both. A corruption counts as caught when an error of
its kind's rule overlaps the edit (or, for a dropped figure, names the dropped fact).

The new fact kinds (ratios, signs, intervals, relative changes, hedges, invented
differences, background figures, causal wording) are reported apart, and the error types of
machine translation and rewrites that hand-written texts seed (a swapped term, a figure on
the wrong thing, a changed negation, a garbled term, a flipped finding) apart again, for
the texts the checker's authors could see (dev) and those kept from them (held-out):
recall per kind and language, and false alarms (errors, or warnings of the new kinds'
rules) per language. ``--extra DIR`` adds data files from outside the repository (a
held-out part not yet published).
"""

from __future__ import annotations

import argparse
import sys
import time
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--per-cell", type=int, default=6,
                        help="corruptions of generated outputs per sheet, language and kind")
    parser.add_argument("--extra", default=None,
                        help="a folder of more new-kind data files (e.g. a held-out part)")
    args = parser.parse_args()

    from tests import corruption as C

    start = time.perf_counter()
    suite = C.suite(args.per_cell)
    print(f"{len(suite.faithful)} faithful texts, {len(suite.corrupted)} corruptions "
          f"(built in {time.perf_counter() - start:.1f} s)\n")

    total, hit = Counter(), Counter()
    for c in suite.corrupted:
        total[c.kind, c.lang] += 1
        hit[c.kind, c.lang] += C.caught(c, C.check(c.source, c.text))
    width = max(map(len, C.KINDS))
    print("recall".ljust(width), *(lang.rjust(11) for lang in C.LANGS), "all".rjust(11))
    for kind in C.KINDS:
        cells = [_cell(hit[kind, lang], total[kind, lang]) for lang in C.LANGS]
        row_hit = sum(hit[kind, lang] for lang in C.LANGS)
        row_total = sum(total[kind, lang] for lang in C.LANGS)
        print(kind.ljust(width), *cells, _cell(row_hit, row_total))
    all_hit, all_total = sum(hit.values()), sum(total.values())
    print("all".ljust(width), *(_cell(sum(hit[k, lang] for k in C.KINDS),
                                       sum(total[k, lang] for k in C.KINDS))
                                 for lang in C.LANGS), _cell(all_hit, all_total))

    alarms, texts = Counter(), Counter()
    for source in suite.faithful:
        texts[source.lang] += 1
        alarms[source.lang] += len(C.errors(C.check(source, source.text)))
    print("\nfalse alarms (error findings on faithful texts)")
    for lang in C.LANGS:
        print(f"  {lang}: {alarms[lang]} on {texts[lang]} texts")
    print(f"  all: {sum(alarms.values())} on {sum(texts.values())} texts")

    _effects(C, args.extra)

    print("\ntime to check a ~600-word text (best of 5, after start-up)")
    for lang in C.LANGS:
        print(f"  {lang}: {_timing(C, lang) * 1000:.1f} ms")


def _effects(C, extra: str | None) -> None:
    """The new kinds' tables: recall per kind and language, false alarms per language, for
    each split and for both together."""
    effects = C.effects_suite(extra, generated=True)
    written = sum(f.split != C.GENERATED for f in effects.faithful)
    print(f"\n=== new fact kinds: {written} hand-written faithful texts and "
          f"{len(effects.faithful) - written} generated outputs of the example sheets, "
          f"{len(effects.corrupted)} corruptions ('all' = hand-written only) ===")
    caught = {id(c): C.caught(c, C.check(c.source, c.text)) for c in effects.corrupted}
    alarms = {id(f): len(C.alarms(C.check(f, f.text))) for f in effects.faithful}
    width = max(map(len, (*C.NEW_KINDS, *C.SEED_KINDS)))
    for split in (*C.SPLITS, C.GENERATED, "all"):
        def chosen(item: C.Faithful, split: str = split) -> bool:
            if split == "all":  # the hand-written texts, both splits
                return item.split != C.GENERATED
            return item.split == split

        cases = [c for c in effects.corrupted if chosen(c.source)]
        texts = [f for f in effects.faithful if chosen(f)]
        if not cases and not texts:
            print(f"\n[{split}] no texts")
            continue
        total, hit = Counter(), Counter()
        for c in cases:
            total[c.kind, c.lang] += 1
            hit[c.kind, c.lang] += caught[id(c)]
        print(f"\n[{split}] recall".ljust(width + 1), *(lang.rjust(11) for lang in C.LANGS),
              "all".rjust(11))
        for kind in C.NEW_KINDS:
            cells = [_cell(hit[kind, lang], total[kind, lang]) for lang in C.LANGS]
            print(kind.ljust(width), *cells, _cell(sum(hit[kind, lang] for lang in C.LANGS),
                                                   sum(total[kind, lang] for lang in C.LANGS)))
        print("all".ljust(width), *(_cell(sum(hit[k, lang] for k in C.NEW_KINDS),
                                           sum(total[k, lang] for k in C.NEW_KINDS))
                                     for lang in C.LANGS),
              _cell(sum(hit[k, lang] for k in C.NEW_KINDS for lang in C.LANGS),
                    sum(total[k, lang] for k in C.NEW_KINDS for lang in C.LANGS)))
        seeded = [k for k in C.SEED_KINDS if any(total[k, lang] for lang in C.LANGS)]
        if seeded:  # the error types of machine translation and rewrites, seeded by hand
            print(f"[{split}] seeded".ljust(width + 1), *(lang.rjust(11) for lang in C.LANGS),
                  "all".rjust(11))
            for kind in seeded:
                cells = [_cell(hit[kind, lang], total[kind, lang]) for lang in C.LANGS]
                print(kind.ljust(width), *cells, _cell(
                    sum(hit[kind, lang] for lang in C.LANGS),
                    sum(total[kind, lang] for lang in C.LANGS)))
        print(f"[{split}] false alarms:", ", ".join(
            f"{lang} {sum(alarms[id(f)] for f in texts if f.lang == lang)} on "
            f"{sum(1 for f in texts if f.lang == lang)} texts" for lang in C.LANGS),
            f"| all {sum(alarms[id(f)] for f in texts)} on {len(texts)} texts")


def _cell(hit: int, total: int) -> str:
    return f"{hit}/{total} {100 * hit / total:3.0f}%".rjust(11) if total else "-".rjust(11)


def _timing(C, lang: str) -> float:
    from plainsum.render import words_in

    summaries = [f for f in C.generated() if f.lang == lang and f.sheet == "hsct-ms-2021"
                 and f.name.startswith("summary")]
    paragraphs = [p for f in summaries for p in f.text.split("\n\n")]
    body: list[str] = []
    for p in paragraphs:
        if sum(words_in(x) for x in body) >= 600:
            break
        body.append(p)
    from plainsum.lexicon import Lexicon
    from plainsum.pipeline import CheckContext, check_text

    source = summaries[0]
    reg, sheet = C.registry(), C.sheet(source.sheet)
    pack = reg.language(lang)

    def check(text: str) -> None:
        # a run of its own, as `plainsum check` has: nothing remembered from other texts
        context = CheckContext(sheet, pack, None, Lexicon(sheet, pack), require="key")
        check_text(text, context, reg, with_readability=False)

    check("\n\n".join(body))  # start-up: packs and sheet compiled once
    best = float("inf")
    for k in range(5):
        text = "\n\n".join(body[k:] + body[:k]) + f"\n\nNote {k}."
        start = time.perf_counter()
        check(text)
        best = min(best, time.perf_counter() - start)
    return best


if __name__ == "__main__":
    main()
