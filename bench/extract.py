"""How long ``plainsum extract`` takes on a ~600-word release once Python has started.

Run: PYTHONPATH=plugins python bench/extract.py [RELEASE]. Prints the median of several
runs of repair + fact finding + draft building + YAML (imports and the term bank load
are start-up, timed separately). The bar: well under 0.3 s.

``--scaling``: how the time grows with the input instead: one run-on sentence of 1,000,
4,000 and 16,000 words (made-up clauses with figures, joined by commas), and a 2 MB release
of such sentences ended by full stops. Linear growth is about x4 per x4 words (it was about
x16: a 12,000-word sentence took a minute); CPU seconds, trust them on a loaded machine.
"""

from __future__ import annotations

import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "plugins"))


_CLAUSES = (
    "people who slept less than six hours had a {a} percent higher risk of stroke "
    "(HR 1.{b}, 95% CI 1.0{c} to 1.{d})",
    "among women aged over {a}, the risk of fracture was {b}% lower",
    "those in the highest quartile of coffee intake had {a} fewer heart attacks than those "
    "in the lowest quartile",
    "regular aspirin use was associated with a {a}% lower risk (hazard ratio 0.{b})",
    "and {a} of {e} participants reported headaches, compared with {b} of {e} in the "
    "placebo group",
    "the mean age was {a}.{b} years",
)


def _clauses(words: int, seed: int) -> list[str]:
    import random

    r = random.Random(seed)
    out: list[str] = []
    while sum(len(c.split()) for c in out) < words:
        out.append(r.choice(_CLAUSES).format(a=r.randint(10, 60), b=r.randint(10, 89),
                                             c=r.randint(1, 9), d=r.randint(10, 99),
                                             e=r.randint(100, 999)))
    return out


def scaling() -> None:
    """CPU time of extract on a run-on sentence of growing length and on a 2 MB release."""
    import plainsum_extract
    from plainsum.errors import PlainsumError
    from plainsum.plugins import collect, get_plugin_manager

    bank = dict(collect(get_plugin_manager()).languages["en"].terms)

    def cpu(text: str) -> tuple[float, str]:
        start = time.process_time()
        try:
            draft = plainsum_extract.extract_draft(text, source="bench", bank=bank)
            draft.yaml()
            said = f"{len(draft.data['facts'])} facts"
        except PlainsumError as exc:
            said = str(exc)
        return time.process_time() - start, said

    cpu("A trial\n\nIn the trial, 45% of 120 patients had a relapse.")  # warm the caches
    before = None
    for words in (1000, 4000, 16000):
        text = "A run-on release\n\nIn the trial, " + ", ".join(_clauses(words, words)) + "."
        took, said = cpu(text)
        growth = f", x{took / before:.1f} for x4 words" if before else ""
        print(f"one sentence of {words:>6,} words ({len(text):>7,} chars): {took:6.2f} s CPU"
              f"{growth} ({said})")
        before = took
    paragraphs, size = [], 0
    seed = 0
    while size < 2_000_000:
        seed += 1
        para = " ".join(c[0].upper() + c[1:] + "." for c in _clauses(120, seed))
        paragraphs.append(para)
        size += len(para) + 2
    text = "A long release\n\n" + "\n\n".join(paragraphs)
    took, said = cpu(text)
    print(f"a release of {len(text) / 1e6:.1f} MB ({len(text.split()):,} words): "
          f"{took:6.2f} s CPU ({said})")


def main() -> None:
    if {"-h", "--help"} & set(sys.argv[1:]):
        print(__doc__)
        return
    if "--scaling" in sys.argv[1:]:
        scaling()
        return
    release = Path(sys.argv[1]) if len(sys.argv) > 1 else ROOT / "seeds/hsct-ms-2021/release.txt"
    t0 = time.perf_counter()
    import plainsum_extract
    from plainsum.plugins import collect, get_plugin_manager

    bank = dict(collect(get_plugin_manager()).languages["en"].terms)
    startup = time.perf_counter() - t0
    text = release.read_text(encoding="utf-8")
    words = len(text.split())
    runs = []
    for _ in range(7):
        start = time.perf_counter()
        draft = plainsum_extract.extract_draft(text, source=str(release), bank=bank)
        draft.yaml()
        runs.append(time.perf_counter() - start)
    print(f"start-up (imports, plugins, term bank): {startup:.3f} s")
    print(f"extract {release.name} ({words} words): median {statistics.median(runs):.3f} s, "
          f"first {runs[0]:.3f} s, {len(draft.data['facts'])} facts")


if __name__ == "__main__":
    main()
