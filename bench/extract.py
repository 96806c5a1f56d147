"""How long ``plainsum extract`` takes on a ~600-word release once Python has started.

Run: PYTHONPATH=plugins python bench/extract.py [RELEASE]. Prints the median of several
runs of repair + fact finding + draft building + YAML (imports and the term bank load
are start-up, timed separately). The bar: well under 0.3 s.
"""

from __future__ import annotations

import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "plugins"))


def main() -> None:
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
