"""How long ``plainsum check`` takes on a ~600-word text, after start-up.

    python bench/check.py [FACTS] [--lang en,es] [--words 600] [--repeat 10]

The text is built from the seed's own generated outputs (summaries, then the other
generators' texts), joined as paragraphs until it has about ``--words`` words. Prints, per
language: the first check in this process (number reader, hyphenation and term indexes
built on the way), the best of ``--repeat`` later checks with the same fact sheet (each
of the same paragraphs in another order, so no per-text cache answers, and each in a run
of its own, so no sentence read once per run is remembered from the check before: what
``plainsum check`` pays for a text it has never seen), the best check against a freshly
loaded fact sheet (what a new ``plainsum check`` process pays for the sheet once the
dictionaries are warm), and the best later check in one run that has read the same
sentences before (as a bundle's outputs, which repeat each other's sentences, are
checked: the numbers, names, directions and polarity of each sentence are read once per
run). Loading the fact sheet is timed on its own. Each time is wall time, with the CPU
time of the process beside it (on a shared machine, the figure that says what plainsum
itself costs).

Last, many short sentences (1,500 then 6,000 of five kinds, the trial's sheet): the CPU
the larger text costs against the smaller, which must grow in proportion to their number
(at most 6x, plus 0.1 s), never as its square.
"""

from __future__ import annotations

import argparse
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]


def paragraphs(outputs: list, words: int) -> list[str]:
    """Paragraphs of generated text (summaries first) until there are ``words`` words."""
    from plainsum.render import words_in

    ordered = sorted(outputs, key=lambda o: (o.generator != "summary", o.generator))
    parts: list[str] = []
    count = 0
    for output in ordered:
        for para in output.text.split("\n\n"):
            if count >= words:
                return parts
            parts.append(para)
            count += words_in(para)
    return parts


def variant(parts: list[str], k: int) -> str:
    """The same paragraphs in another order: a text no per-text cache has seen."""
    k %= len(parts)
    return "\n\n".join(parts[k:] + parts[:k])


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("facts", nargs="?", default=str(ROOT / "seeds/hsct-ms-2021/facts.yaml"))
    parser.add_argument("--lang", default="en,es")
    parser.add_argument("--words", type=int, default=600)
    parser.add_argument("--repeat", type=int, default=10)
    args = parser.parse_args()

    from plainsum.factsheet import load_factsheet
    from plainsum.lexicon import Lexicon
    from plainsum.outputs import Checks
    from plainsum.pipeline import CheckContext, check_text, generate
    from plainsum.plugins import collect, get_plugin_manager

    registry = collect(get_plugin_manager())
    audiences = list(registry.audiences)
    langs = args.lang.split(",")

    # the texts come from another sheet object, so no cache of it helps the checks below
    source = load_factsheet(args.facts, registry.known_terms())
    texts = {lang: paragraphs(generate(source, registry, [lang], audiences, check=False),
                              args.words) for lang in langs}

    def load() -> object:
        return load_factsheet(args.facts, registry.known_terms())

    def check(sheet: object, lang: str, k: int = 0, run: Lexicon | None = None) -> Checks:
        """A check of the ``k``-th order of the paragraphs, in a run of its own (or ``run``)."""
        pack = registry.language(lang)
        context = CheckContext(sheet, pack, None, run or Lexicon(sheet, pack), require="key")
        return check_text(variant(texts[lang], k), context, registry, with_readability=True)

    start = time.perf_counter()
    sheet = load()
    print(f"load fact sheet: {(time.perf_counter() - start) * 1000:.1f} ms")
    for lang in langs:
        measure(lang, sheet, load, check, args.repeat, texts[lang], registry.language(lang))
    print(hostile(registry))


def measure(lang: str, sheet: object, load: Callable[[], object],
            check: Callable[..., Any], repeat: int, parts: list[str], pack: object) -> None:
    from plainsum.lexicon import Lexicon
    from plainsum.render import words_in

    start, cpu = time.perf_counter(), time.process_time()
    checks = check(sheet, lang)
    first = time.perf_counter() - start, time.process_time() - cpu
    later = [timed(lambda k=k: check(sheet, lang, k)) for k in range(1, repeat + 1)]
    fresh = []
    for k in range(1, max(1, repeat // 2) + 1):
        other = load()  # (not timed)
        fresh.append(timed(lambda o=other, k=k: check(o, lang, k)))
    run = Lexicon(sheet, pack)  # one run: its sentences are read once, then remembered
    check(sheet, lang, 0, run)
    seen = [timed(lambda k=k: check(sheet, lang, k, run)) for k in range(1, repeat + 1)]
    print(f"check {lang}: {words_in(variant(parts, 0))} words, {len(checks.findings)} findings")
    print(f"  first check (loads dictionaries): {shown(first)}")
    print(f"  later checks, same sheet: best {best(later)}")
    print(f"  later checks, freshly loaded sheet: best {best(fresh)}")
    print(f"  later checks, one run, sentences read before: best {best(seen)}")


def timed(call: Callable[[], object]) -> tuple[float, float]:
    """The wall and CPU time of ``call()``, in seconds."""
    start, cpu = time.perf_counter(), time.process_time()
    call()
    return time.perf_counter() - start, time.process_time() - cpu


def shown(times: tuple[float, float]) -> str:
    return f"{times[0] * 1000:.1f} ms (CPU {times[1] * 1000:.1f} ms)"


def best(times: list[tuple[float, float]]) -> str:
    return shown((min(t for t, _ in times), min(c for _, c in times)))


def hostile(registry: object) -> str:
    """Many short sentences: the CPU of 6,000 against that of 1,500 (best of three each,
    every check in a run of its own), with the limit it is held to."""
    import random

    from plainsum.factsheet import load_factsheet
    from plainsum.lexicon import Lexicon
    from plainsum.pipeline import CheckContext, check_text

    trial = ROOT / "examples/chlorhexidine-csection-2016/facts.yaml"
    sheet = load_factsheet(trial, registry.known_terms())  # type: ignore[attr-defined]
    pack = registry.language("en")  # type: ignore[attr-defined]
    rng = random.Random(5)
    sentences = ("45%.", "Chlorhexidine cut infections.", "The risk fell by half.",
                 "In 1,147 women.", "Iodine raised the risk.")
    small, large = (" ".join(rng.choice(sentences) for _ in range(n)) for n in (1500, 6000))

    def cpu(text: str) -> float:
        return min(timed(lambda: check_text(text, CheckContext(
            sheet, pack, None, Lexicon(sheet, pack), require="all"), registry,
            with_readability=False))[1] for _ in range(3))

    cpu(small)  # warm up
    one, four = cpu(small), cpu(large)
    verdict = "holds" if four < 6 * one + 0.1 else "FAILS"
    return (f"many short sentences: 1,500 in {one * 1000:.0f} ms CPU, 6,000 in "
            f"{four * 1000:.0f} ms ({four / one:.1f}x; at most 6x + 0.1 s: {verdict})")


if __name__ == "__main__":
    main()
