"""How ``plainsum check`` and ``plainsum extract`` grow with the size of their input.

    python bench/scaling.py [--sizes 10K,100K,1M] [--memory 10M] [--format json]

Every run is a fresh ``python -m plainsum`` process (a subprocess: start-up, reading the
input, the work and printing the result all count, as for a user), its output sent to
/dev/null. Two kinds of input are built here: prose, the releases of ../shared/corpus
(headline and text) repeated to size, or release-like sentences made up with a fixed seed
when that folder is absent; and number-heavy text, random items ("512%", "33 people",
"7.5", "871 of 100", "4 years") with a fixed seed. ``check`` reads them against the seed's
fact sheet (``--lang en``) and prints JSON (``--format text``: the linter lines).

Prints the time and peak memory (RSS) of each run, the growth of the time from 100 KB to
1 MB, and whether the goals hold: 1 MB in under 5 s, growth from 100 KB to 1 MB at most
15x, and any input up to the ``--memory`` size (10 MB; 0 to skip) in under 1 GB: the
largest each command reads (check 2 MiB, extract 10 MiB), and a larger one refused.
"""

from __future__ import annotations

import argparse
import itertools
import json
import os
import random
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
CORPUS = ROOT.parent / "shared" / "corpus"
FACTS = ROOT / "seeds/hsct-ms-2021/facts.yaml"
SEED = 2021
MAX_SECONDS = 5.0  # for 1 MB
MAX_GROWTH = 15.0  # from 100 KB to 1 MB
MAX_RSS = 1 << 30  # bytes, for the --memory size
# the most each command reads (plainsum.cli.check.MAX_TEXT_BYTES; extract's
# plainsum.cli.extract.MAX_RELEASE_CHARS, characters: these inputs are ASCII): a larger input
# is refused at once; a command is timed at a size or this, if smaller, and memory is
# measured at the --memory size or this, if smaller
READS = {"check": 2 * 1024 * 1024, "extract": 500_000}
KINDS = ("prose", "numbers")
COMMANDS = ("check", "extract")


def size(text: str) -> int:
    """``10K`` -> 10000, ``1M`` -> 1000000 (bytes)."""
    units = {"K": 1000, "M": 1000 ** 2}
    text = text.strip().upper()
    return int(float(text[:-1]) * units[text[-1]]) if text[-1] in units else int(text)


def label(n: int) -> str:
    if n % 2 ** 20 == 0:
        return f"{n >> 20} MiB"
    return f"{n // 1000 ** 2} MB" if n >= 1000 ** 2 else f"{n // 1000} KB"


def corpus_prose() -> str | None:
    """The corpus releases, headline and text, one after another; None without them."""
    files = sorted(CORPUS.glob("*.json")) if CORPUS.is_dir() else []
    texts = []
    for path in files:
        data = json.loads(path.read_text(encoding="utf-8"))
        if data.get("text"):
            texts.append(f"{data.get('title', '')}\n\n{data['text']}".strip())
    return "\n\n".join(texts) or None


def made_up_prose(rng: random.Random) -> Iterator[str]:
    """Release-like paragraphs without end: groups, shares, counts and time points."""
    groups = ("people with relapsing MS", "women who had a caesarean", "patients on placebo",
              "patients on the new drug", "adults over 65", "children with asthma")
    outcomes = ("got better", "had an infection", "did not get worse", "died",
                "were still in remission", "needed surgery again")
    while True:
        sentences = []
        for _ in range(rng.randint(3, 6)):
            group, outcome = rng.choice(groups), rng.choice(outcomes)
            sentences.append(rng.choice((
                f"The study followed {rng.randint(50, 2000)} {group} for "
                f"{rng.randint(1, 15)} years.",
                f"After {rng.randint(1, 10)} years, {rng.randint(1, 99)}% of {group} {outcome}.",
                f"Of {group}, {rng.randint(5, 400)} {outcome}, compared with "
                f"{rng.randint(5, 400)} in the other arm.",
                f"\"We were surprised that so many {outcome},\" said Dr. Anna Rossi of the "
                "University of Florence.",
                f"The researchers say the trial was small and {group} were not chosen at "
                "random.",
            )))
        yield " ".join(sentences) + "\n\n"


def numbers(rng: random.Random) -> Iterator[str]:
    """Random figures joined by spaces, without end: the worst case for a reader of
    numbers."""
    forms = (lambda: f"{rng.randint(0, 999)}%", lambda: f"{rng.randint(1, 99)} people",
             lambda: f"{rng.randint(0, 99)}.{rng.randint(0, 9)}",
             lambda: f"{rng.randint(1, 999)} of {rng.choice((10, 100, 1000))}",
             lambda: f"{rng.randint(1, 20)} years", lambda: str(rng.randint(0, 9999)))
    while True:
        yield " ".join(rng.choice(forms)() for _ in range(1000)) + " "


def write(path: Path, pieces: Iterator[str], n: int) -> None:
    """The first ``n`` bytes of ``pieces`` (cut on a character), written as they come:
    this process stays small, and a child's peak memory counts its parent's at the fork."""
    with path.open("wb") as out:
        for piece in pieces:
            data = piece.encode("utf-8")
            if len(data) >= n:
                out.write(data[:n].decode("utf-8", errors="ignore").encode("utf-8"))
                return
            out.write(data)
            n -= len(data)


def build_inputs(folder: Path, sizes: list[int]) -> dict[tuple[str, int], Path]:
    """The input files, by (kind, size)."""
    prose = corpus_prose()
    if prose is None:
        print(f"no releases in {CORPUS}: prose is made up (seed {SEED})")
    else:
        print(f"prose: the releases of {CORPUS}, repeated")
    out = {}
    for n in sizes:
        for kind in KINDS:
            if kind == "numbers":
                pieces = numbers(random.Random(SEED))
            else:
                pieces = (itertools.repeat(prose + "\n\n") if prose
                          else made_up_prose(random.Random(SEED)))
            out[kind, n] = folder / f"{kind}-{n}.txt"
            write(out[kind, n], pieces, n)
    return out


def run(command: str, path: Path, fmt: str, allowed: tuple[int, ...] = (0, 1)
        ) -> tuple[float, int]:
    """Wall time (s) and peak RSS (bytes) of one ``plainsum`` process."""
    args = [sys.executable, "-m", "plainsum", command]
    if command == "check":
        args += [str(FACTS), str(path), "--lang", "en", "--format", fmt]
    else:
        args += [str(path)]
    with open(os.devnull, "w") as sink, tempfile.TemporaryFile() as errors:
        start = time.perf_counter()
        proc = subprocess.Popen(args, stdout=sink, stderr=errors)
        _, status, usage = os.wait4(proc.pid, 0)  # this child's own peak memory
        seconds = time.perf_counter() - start
        proc.returncode = os.waitstatus_to_exitcode(status)
        if proc.returncode not in allowed:  # check exits 1 when it finds errors
            errors.seek(0)
            raise SystemExit(f"{' '.join(args)} failed ({proc.returncode}):\n"
                             + errors.read().decode("utf-8", errors="replace"))
    return seconds, usage.ru_maxrss * 1024


def row(command: str, kind: str, inputs: dict[tuple[str, int], Path], sizes: list[int],
        big: int, fmt: str) -> list[str]:
    """Time one command on one kind of input at each size; print the row and return the
    goals it misses."""
    times = {}
    cells = []
    for n in sizes:  # (at most what the command reads: extract takes no 1 MB release)
        seconds, rss = run(command, inputs[kind, min(n, READS[command])], fmt)
        times[n] = seconds
        cells.append(f"{seconds:7.2f} s {rss / 2 ** 20:5.0f} MB"
                     + ("*" if n > READS[command] else ""))
    small, large = size("100K"), size("1M")
    growth = times[large] / times[small] if {small, large} <= set(times) else None
    print(f"{command + ' ' + kind:16}" + "".join(f"{c:>18}" for c in cells)
          + (f"{growth:15.1f}x" if growth is not None else ""), flush=True)
    name = f"{command} {kind}"
    missed = []
    if large in times and times[large] >= MAX_SECONDS:
        missed.append(f"{name}: {label(min(large, READS[command]))} in {times[large]:.1f} s "
                      f"(goal < {MAX_SECONDS:g} s)")
    if growth is not None and growth > MAX_GROWTH:
        missed.append(f"{name}: grows {growth:.1f}x (goal <= {MAX_GROWTH:g}x)")
    if big:
        read = min(big, READS[command])
        seconds, rss = run(command, inputs[kind, read], fmt)
        print(f"{'':16}{label(read)}: {seconds:.2f} s, peak RSS {rss / 2 ** 20:.0f} MB",
              flush=True)
        if big > read:
            refused, most = run(command, inputs[kind, big], fmt, allowed=(2,))
            print(f"{'':16}{label(big)}: refused (more than {command} reads) in "
                  f"{refused:.2f} s, peak RSS {most / 2 ** 20:.0f} MB", flush=True)
            rss = max(rss, most)
        if rss >= MAX_RSS:
            missed.append(f"{name}: up to {label(big)} takes {rss / 2 ** 20:.0f} MB "
                          f"(goal < {MAX_RSS >> 20} MB)")
    return missed


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", default="10K,100K,1M")
    parser.add_argument("--memory", default="10M", help="the size for the memory goal (0: skip)")
    parser.add_argument("--format", default="json", choices=("json", "text"),
                        help="what check prints")
    args = parser.parse_args()
    sizes = sorted(size(s) for s in args.sizes.split(","))
    big = size(args.memory)
    with tempfile.TemporaryDirectory() as tmp:
        extra = [min(n, most) for n in sizes for most in READS.values()]
        extra += [big, *(min(big, most) for most in READS.values())] if big else []
        inputs = build_inputs(Path(tmp), sorted({*sizes, *extra}))
        print(f"each run a fresh process; check prints {args.format}; time and peak RSS\n")
        print(f"{'':16}" + "".join(f"{label(n):>18}" for n in sizes) + f"{'100 KB -> 1 MB':>16}")
        missed = [line for command in COMMANDS for kind in KINDS
                  for line in row(command, kind, inputs, sizes, big, args.format)]
    most = ", ".join(f"{c} {label(n)}" for c, n in READS.items())
    print(f"* at the most the command reads ({most})")
    print()
    for line in missed:
        print(f"goal NOT met: {line}")
    if not {size("100K"), size("1M")} <= set(sizes):
        print("the time goals need the sizes 100K and 1M")
    elif not missed:
        print("all goals met: 1 MB under 5 s, 100 KB -> 1 MB at most 15x"
              + (f", {label(big)} under 1 GB" if big else ""))


if __name__ == "__main__":
    main()
