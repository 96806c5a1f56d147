"""How long plainsum takes: start-up, and the whole validated bundle for a fact sheet.

    python bench/bundle.py [FACTS] [--lang en,es] [--repeat 5]

Prints wall times: ``plainsum --help`` in a fresh process, the first bundle in this
process (loading dictionaries included) and the best of the repeated bundles after it.
"""

from __future__ import annotations

import argparse
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def wall(cmd: list[str], repeat: int) -> float:
    best = float("inf")
    for _ in range(repeat):
        start = time.perf_counter()
        subprocess.run(cmd, check=True, capture_output=True)
        best = min(best, time.perf_counter() - start)
    return best


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("facts", nargs="?", default=str(ROOT / "seeds/hsct-ms-2021/facts.yaml"))
    parser.add_argument("--lang", default=None)
    parser.add_argument("--repeat", type=int, default=5)
    args = parser.parse_args()

    exe = [sys.executable, "-m", "plainsum"]
    print(f"plainsum --help (fresh process, best of {args.repeat}): "
          f"{wall([*exe, '--help'], args.repeat) * 1000:.0f} ms")

    start = time.perf_counter()
    from plainsum.factsheet import load_factsheet
    from plainsum.pipeline import generate
    from plainsum.plugins import collect, get_plugin_manager

    registry = collect(get_plugin_manager())
    print(f"import + plugin load: {(time.perf_counter() - start) * 1000:.0f} ms")
    langs = args.lang.split(",") if args.lang else sorted(registry.languages)
    audiences = list(registry.audiences)

    def bundle() -> int:
        sheet = load_factsheet(args.facts, registry.known_terms())
        return len(generate(sheet, registry, langs, audiences))

    start = time.perf_counter()
    count = bundle()
    first = time.perf_counter() - start
    times = []
    for _ in range(args.repeat):
        start = time.perf_counter()
        bundle()
        times.append(time.perf_counter() - start)
    print(f"bundle: {count} outputs, {len(langs)} languages ({','.join(langs)}), "
          f"{len(audiences)} audiences, all validated")
    print(f"  first run (loads dictionaries): {first * 1000:.0f} ms")
    print(f"  later runs: best {min(times) * 1000:.0f} ms, "
          f"mean {sum(times) / len(times) * 1000:.0f} ms")


if __name__ == "__main__":
    main()
