"""How long ``plainsum check`` takes on a ~600-word text, after start-up.

    python bench/check.py [FACTS] [--lang en,es] [--words 600] [--repeat 10]

The text is built from the seed's own generated outputs (summaries, then the other
generators' texts), joined as paragraphs until it has about ``--words`` words. Prints, per
language: the first check in this process (number reader, hyphenation and term indexes
built on the way), the best of ``--repeat`` later checks with the same fact sheet (each
of the same paragraphs in another order, so no per-text cache answers), and the best
check against a freshly loaded fact sheet (what a new ``plainsum check`` process pays for
the sheet once the dictionaries are warm). Loading the fact sheet is timed on its own.
"""

from __future__ import annotations

import argparse
import time
from pathlib import Path

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
    from plainsum.pipeline import CheckContext, check_text, generate
    from plainsum.plugins import collect, get_plugin_manager
    from plainsum.render import words_in

    registry = collect(get_plugin_manager())
    audiences = list(registry.audiences)
    langs = args.lang.split(",")

    # the texts come from another sheet object, so no cache of it helps the checks below
    source = load_factsheet(args.facts, registry.known_terms())
    texts = {lang: paragraphs(generate(source, registry, [lang], audiences, check=False),
                              args.words) for lang in langs}

    def load() -> object:
        return load_factsheet(args.facts, registry.known_terms())

    def check(sheet: object, lang: str, k: int = 0) -> object:
        pack = registry.language(lang)
        context = CheckContext(sheet, pack, None, Lexicon(sheet, pack), require="key")
        return check_text(variant(texts[lang], k), context, registry, with_readability=True)

    start = time.perf_counter()
    sheet = load()
    print(f"load fact sheet: {(time.perf_counter() - start) * 1000:.1f} ms")
    for lang in langs:
        start = time.perf_counter()
        checks = check(sheet, lang)
        first = time.perf_counter() - start
        later = []
        for k in range(1, args.repeat + 1):
            start = time.perf_counter()
            check(sheet, lang, k)
            later.append(time.perf_counter() - start)
        fresh = []
        for k in range(1, max(1, args.repeat // 2) + 1):
            other = load()
            start = time.perf_counter()
            check(other, lang, k)
            fresh.append(time.perf_counter() - start)
        print(f"check {lang}: {words_in(variant(texts[lang], 0))} words, "
              f"{len(checks.findings)} findings")
        print(f"  first check (loads dictionaries): {first * 1000:.1f} ms")
        print(f"  later checks, same sheet: best {min(later) * 1000:.1f} ms")
        print(f"  later checks, freshly loaded sheet: best {min(fresh) * 1000:.1f} ms")


if __name__ == "__main__":
    main()
