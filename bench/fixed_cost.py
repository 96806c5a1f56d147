"""What checking a text costs whatever it says: CPU per text, by analysis part and validator.

    python bench/fixed_cost.py [SHEET] [--lang en] [--texts 300] [--sentence "..."]

Checks many distinct one-sentence texts (the same short sentence with a changing word,
each a text the run has not seen, so no memo answers) after a warm-up, and prints the CPU
each analysis part and validator spends per text, exclusive of the parts it asks for:
what a text costs before it says anything of substance (its parts and validators set up,
and one short sentence read). A bundle checks ~130 distinct texts: a part's figure here,
times that, is roughly what it costs a bundle whatever its texts say. Reading each
distinct sentence once per run (the per-sentence memos of numbers, names, directions,
group cues, polarity) saves none of the per-text part of it.
"""

from __future__ import annotations

import argparse
import collections
import sys
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
SEED = ROOT / "seeds" / "hsct-ms-2021" / "facts.yaml"
SENTENCE = "The weather was fine on the day we met {k} friends."


def measure(sheet_path: str, lang: str, n: int, sentence: str) -> tuple[int, dict[str, float]]:
    """(texts checked, exclusive CPU seconds by part or validator)."""
    import plainsum.analysis as A
    from plainsum.factsheet import load_factsheet
    from plainsum.lexicon import Lexicon
    from plainsum.pipeline import CheckContext, check_text, generate
    from plainsum.plugins import collect, get_plugin_manager

    reg = collect(get_plugin_manager())
    sheet = load_factsheet(sheet_path, reg.known_terms())
    generate(sheet, reg, [lang], list(reg.audiences))  # what a process loads once
    pack = reg.language(lang)
    lexicon = Lexicon(sheet, pack)
    words = ["red", "blue", "green", "old", "new", "tall", "quiet", "kind", "brave", "wise"]
    texts = [sentence.replace("{k}", f"{words[k % 10]}{k // 10}") for k in range(n + 20)]

    def check(text: str) -> None:
        context = CheckContext(sheet, pack, None, lexicon, require="none")
        check_text(text, context, reg, with_readability=False)

    for text in texts[:20]:
        check(text)
    clock = time.process_time
    stack: list[list[Any]] = []
    spent: collections.Counter[str] = collections.Counter()

    def enter(name: str) -> None:
        now = clock()
        if stack:
            spent[stack[-1][0]] += now - stack[-1][1]
        stack.append([name, now])

    def leave() -> None:
        now = clock()
        name, start = stack.pop()
        spent[name] += now - start
        if stack:
            stack[-1][1] = now

    read = A.TextAnalysis.__getitem__

    def getitem(self: Any, part: Any) -> Any:
        if part in self:
            return read(self, part)
        enter(f"part {part.name}")
        try:
            return read(self, part)
        finally:
            leave()

    call = reg.call

    def called(kind: str, name: str, method: str, *args: Any, **kwargs: Any) -> Any:
        enter(f"{kind[:-1]} {name}.{method}")
        try:
            return call(kind, name, method, *args, **kwargs)
        finally:
            leave()

    A.TextAnalysis.__getitem__ = getitem  # type: ignore[method-assign]
    reg.call = called
    try:
        enter("check_text itself")
        for text in texts[20:]:
            check(text)
        leave()
    finally:
        A.TextAnalysis.__getitem__ = read  # type: ignore[method-assign]
        reg.call = call
    return n, dict(spent)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("sheet", nargs="?", default=str(SEED))
    parser.add_argument("--lang", default="en")
    parser.add_argument("--texts", type=int, default=300)
    parser.add_argument("--sentence", default=SENTENCE,
                        help="the sentence checked; {k} is replaced by a changing word")
    args = parser.parse_args(argv)
    n, spent = measure(args.sheet, args.lang, args.texts, args.sentence)
    total = sum(spent.values())
    print(f"{n} one-sentence texts: {total / n * 1000:.2f} ms CPU each")
    for name, cpu in sorted(spent.items(), key=lambda kv: -kv[1]):
        if cpu / n >= 0.005e-3:
            print(f"  {name:40} {cpu / n * 1000:7.3f} ms")
    return 0


if __name__ == "__main__":
    sys.exit(main())
