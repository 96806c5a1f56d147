"""How long plainsum takes: start-up, and the whole validated bundle for a fact sheet.

    python bench/bundle.py [FACTS] [--lang en,es] [--repeat 5] [--warm OTHER[,OTHER]]
    python bench/bundle.py --all [--repeat 3] [--warm-others] [--jobs 2]
    python bench/bundle.py [FACTS] --units [--jobs 2]
    python bench/bundle.py [FACTS] --parts

Prints wall times: ``plainsum --help`` in a fresh process; the first bundle in a process
(dictionaries, number tables and patterns loaded on the way); the bundle *after start-up*:
in a fresh process that has first generated the bundle of another fact sheet (``--warm``,
the example sheet by default) and collected the garbage of loading, so everything a
process loads once is loaded but nothing of this sheet's texts has been seen (best and
median of ``--repeat`` processes, with the best CPU time of the process beside it: on a
machine other work keeps busy, CPU time still says what plainsum itself costs); and the best
of repeated bundles in one process, each with a freshly loaded sheet.

A warm-up sheet loads what its own kinds of facts need: a pack's patterns for a kind the
warm-up sheet lacks are compiled, once per process, in the measured bundle.
``--warm-others`` warms on every other example sheet instead (the steady state of a process
that has made a few bundles).

Without ``--lang`` the bundle is made in the languages that ship with plainsum (an
installed pack such as the example Dutch one is left out: not every sheet has its
wording). ``--all`` prints the after-start-up figure of the seed and of every example
sheet, one line each, the figure issue 11 holds under half a second. ``--jobs N`` measures
the bundle as ``plainsum generate`` makes it with N processes (its languages spread over a
pool, :mod:`plainsum.batch`; the CPU time is then that of all the processes together, and
the *critical* CPU beside it that of the parent and of its busiest worker: the wall time
with a free core for each process, the figure to judge a pool by on a busy machine).
``--units`` shows where one bundle's CPU goes, in one warmed process: with ``--jobs`` each
unit of the pool, its worker and its minor page faults (a worker's first unit copies the
pages it writes of those it shares with the parent: ~5,500 faults against ~1,300 for a
later unit here), else the CPU the bundle spent compiling patterns that the warm-up
bundles did not need (a pack's patterns for kinds of facts the warm-up sheet lacks).
``--parts`` shows it by what reads the texts: each analysis part, validator and generator,
exclusive of the parts it asked for (a profile's cumulative figure for a validator holds
the shared parts it happened to ask for first), and the recall part by mechanism.
"""

from __future__ import annotations

import argparse
import functools
import gc
import os
import statistics
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
SEED = ROOT / "seeds/hsct-ms-2021/facts.yaml"
WARM = ROOT / "examples/chlorhexidine-csection-2016/facts.yaml"
LIMIT_MS = 500  # issue 11: every example's bundle after start-up under half a second


def wall(cmd: list[str], repeat: int) -> float:
    best = float("inf")
    for _ in range(repeat):
        start = time.perf_counter()
        subprocess.run(cmd, check=True, capture_output=True)
        best = min(best, time.perf_counter() - start)
    return best


@functools.cache
def plugins() -> Any:
    from plainsum.plugins import collect, get_plugin_manager

    return collect(get_plugin_manager())


def builtin_languages() -> list[str]:
    """The languages whose packs ship with plainsum: every example sheet has their wording."""
    registry = plugins()
    return sorted(code for code in registry.languages
                  if registry.owners.get(("languages", code)) in registry.builtins)


def bundle(facts: str, langs: list[str] | None) -> tuple[int, list[str], int]:
    """Generate and validate every output of ``facts``: (outputs, languages, audiences)."""
    from plainsum.factsheet import load_factsheet
    from plainsum.pipeline import generate

    registry = plugins()
    langs = langs or builtin_languages()
    audiences = list(registry.audiences)
    sheet = load_factsheet(facts, registry.known_terms())
    return len(generate(sheet, registry, langs, audiences)), langs, len(audiences)


def pooled(facts: str, langs: list[str] | None, jobs: int) -> list[Any]:
    """The bundle as ``plainsum generate FACTS --jobs N`` makes it (:func:`plainsum.batch.bundle`:
    a pool of ``jobs`` forked processes, one language a unit): what each unit did, with
    the CPU it took and the process it ran in."""
    from plainsum import batch
    from plainsum.factsheet import load_factsheet
    from plainsum.rules import Selection

    registry = plugins()
    sheet = load_factsheet(facts, registry.known_terms())
    langs = list(dict.fromkeys(langs or builtin_languages()))
    audiences = list(registry.audiences)
    batch.check_names(registry, langs, audiences, None)
    job = batch.Job([facts], registry, audiences, None, batch.plan(1, langs, jobs),
                    loaded={0: (sheet, Selection())})
    done = batch.run(job, jobs)
    for each in done:
        batch.raise_error(each)
    return done


def pool_modules() -> None:
    """Import what a pool of processes needs (start-up: a process loads it once)."""
    import concurrent.futures.process  # noqa: F401
    import multiprocessing

    multiprocessing.get_context("fork")


def _cpu() -> float:
    """CPU seconds of this process and of its ended children (a pool's workers)."""
    t = os.times()
    return t.user + t.system + t.children_user + t.children_system


def settled(facts: str, warm: str, langs: list[str] | None,
            jobs: int = 1) -> tuple[float, float, float]:
    """Seconds (wall, CPU, critical CPU) for the bundle of ``facts`` after the bundle of
    each comma-separated ``warm`` sheet in this process.

    Start-up ends with one collection of what loading left to the cycle collector (the
    tables and patterns the first bundle loads): a long-running process pays it once,
    not in the bundle that happens to come next. With a pool, the modules that run it are
    part of start-up too. The critical CPU is that of this process and of its busiest
    worker: the wall time with a free core for each process (the serial run: its CPU).
    """
    for sheet in warm.split(","):
        bundle(sheet, langs)
    if jobs > 1:
        pool_modules()
    gc.collect()
    if jobs > 1:
        start, cpu, own = time.perf_counter(), _cpu(), time.process_time()
        done = pooled(facts, langs, jobs)
        wall, cpu, own = time.perf_counter() - start, _cpu() - cpu, time.process_time() - own
        busiest: dict[int, float] = {}
        for each in done:
            if each.pid != os.getpid():
                busiest[each.pid] = busiest.get(each.pid, 0.0) + each.cpu
        return wall, cpu, own + max(busiest.values(), default=0.0)
    start, cpu = time.perf_counter(), time.process_time()
    bundle(facts, langs)
    cpu = time.process_time() - cpu
    return time.perf_counter() - start, cpu, cpu


def units(facts: str, warm: str, langs: list[str] | None, jobs: int) -> None:
    """Where one bundle's CPU goes, in a process warmed as :func:`settled` warms it: with
    ``jobs`` > 1, each unit of the pool (its CPU, its worker, whether it was the worker's
    first unit, the minor page faults it took: a forked worker's first writes copy the
    pages it shares with the parent) and the parent's own CPU; in one process, the CPU the
    bundle spent compiling patterns that no earlier bundle of the process compiled
    (patterns of kinds of facts the warm-up sheets lack, compiled once per process)."""
    import regex._main as compiled

    for sheet in warm.split(","):
        bundle(sheet, langs)
    if jobs > 1:
        pool_modules()
    gc.collect()
    if jobs == 1:
        spent = [0.0]
        make = compiled._compile

        def timed(*args: Any, **kwargs: Any) -> Any:
            start = time.process_time()
            try:
                return make(*args, **kwargs)
            finally:
                spent[0] += time.process_time() - start

        compiled._compile = timed  # type: ignore[assignment]
        start = time.process_time()
        bundle(facts, langs)
        cpu = time.process_time() - start
        compiled._compile = make  # type: ignore[assignment]
        print(f"bundle CPU {cpu * 1000:.0f} ms, of it compiling patterns {spent[0] * 1000:.0f} ms")
        return
    start = time.process_time()
    done = pooled(facts, langs, jobs)
    own = time.process_time() - start
    lanes: dict[int, float] = {}
    for each in done:
        first = each.pid not in lanes
        lanes[each.pid] = lanes.get(each.pid, 0.0) + each.cpu
        print(f"  unit {','.join(each.unit.langs or ()):6} CPU {each.cpu * 1000:4.0f} ms, worker "
              f"{list(lanes).index(each.pid) + 1}{' (its first unit)' if first else ''}, "
              f"{each.faults} minor faults")
    print(f"  parent CPU {own * 1000:.0f} ms (the sheet loaded, the pool run); workers "
          + ", ".join(f"{cpu * 1000:.0f}" for cpu in lanes.values())
          + f" ms; critical {(own + max(lanes.values())) * 1000:.0f} ms")


def parts(facts: str, warm: str, langs: list[str] | None, top: int = 25) -> None:
    """Where one bundle's CPU goes, by what reads it: each analysis part, validator and
    generator with the CPU it spent *exclusive* of the parts it asked for (a part is
    charged to itself, not to the validator that happened to ask first: a profile's
    cumulative time of the facts validator holds the numbers, group cues and claims it
    asked for first), and the recall part's mechanisms, in one process warmed as
    :func:`settled` warms it."""
    import collections

    import plainsum.analysis as analysis

    for sheet in warm.split(","):
        bundle(sheet, langs)
    gc.collect()
    registry = plugins()
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

    read = analysis.TextAnalysis.__getitem__

    def getitem(self: Any, part: Any) -> Any:
        if part in self:
            return read(self, part)
        enter(f"part {part.name}")
        try:
            return read(self, part)
        finally:
            leave()

    call = registry.call

    def called(kind: str, name: str, method: str, *args: Any, **kwargs: Any) -> Any:
        enter(f"{kind[:-1]} {name}.{method}")
        try:
            return call(kind, name, method, *args, **kwargs)
        finally:
            leave()

    mechanisms: collections.Counter[str] = collections.Counter()
    try:
        from plainsum_checks import recall
    except ImportError:  # no built-in checks: no recall part to break down
        recall = None
    if recall is not None:
        steps = recall._steps()

        def timed(step: Any) -> Any:
            def run(*args: Any) -> Any:
                start = clock()
                try:
                    return step(*args)
                finally:
                    mechanisms[step.__name__] += clock() - start
            return run

        recall._STEPS[0] = tuple(timed(s) for s in steps)
    analysis.TextAnalysis.__getitem__ = getitem  # type: ignore[method-assign]
    registry.call = called  # type: ignore[method-assign]
    try:
        enter("the rest (generating, check_text itself)")
        start = clock()
        bundle(facts, langs)
        total = clock() - start
        leave()
    finally:
        analysis.TextAnalysis.__getitem__ = read  # type: ignore[method-assign]
        del registry.call
        if recall is not None:
            recall._STEPS[0] = steps
    print(f"bundle CPU {total * 1000:.0f} ms, exclusive of the parts each asked for:")
    for name, cpu in spent.most_common(top):
        print(f"  {name:45} {cpu * 1000:7.1f} ms")
    if mechanisms:
        print("  of the recall part, by mechanism (the parts they asked for included):")
        for name, cpu in mechanisms.most_common():
            print(f"    {name:43} {cpu * 1000:7.1f} ms")


def settled_runs(facts: str, warm: str, lang: str | None,
                 repeat: int, jobs: int = 1) -> list[tuple[float, float, float]]:
    """:func:`settled` in ``repeat`` fresh processes: (wall, CPU, critical CPU) seconds of
    each."""
    cmd = [sys.executable, __file__, facts, "--settled", "--warm", warm, "--jobs", str(jobs),
           *(["--lang", lang] if lang else [])]
    runs = []
    for _ in range(repeat):
        done = subprocess.run(cmd, capture_output=True, text=True)
        if done.returncode:
            lines = done.stderr.strip().splitlines() or ["no message"]
            raise SystemExit(f"bundle of {facts} failed: {lines[-1]}")
        out = done.stdout.split()
        runs.append((float(out[0]), float(out[1]), float(out[2])))
    return runs


def warm_for(facts: str, warm: str, others: bool) -> str:
    """The warm-up sheets for ``facts``: every other example sheet, or ``warm`` (the seed
    when ``warm`` is the measured sheet itself: a sheet is never its own warm-up)."""
    here = Path(facts).resolve()
    if others:
        return ",".join(str(s) for s in example_sheets() if s.resolve() != here)
    return str(SEED) if Path(warm).resolve() == here else warm


def figures(runs: list[tuple[float, float, float]]) -> str:
    walls = [w for w, _, _ in runs]
    pool = "" if all(c == k for _, c, k in runs) else \
        f", critical best {min(k for _, _, k in runs) * 1000:4.0f} ms"
    return (f"best {min(walls) * 1000:4.0f} ms, median {statistics.median(walls) * 1000:4.0f}"
            f" ms (CPU best {min(c for _, c, _ in runs) * 1000:4.0f} ms{pool})")


def example_sheets() -> list[Path]:
    """The seed and every example sheet."""
    return [SEED, *sorted(ROOT.glob("examples/*/facts.yaml"))]


def table(lang: str | None, warm: str, repeat: int, others: bool, jobs: int = 1) -> None:
    """One line per example sheet: its bundle after start-up, best and median."""
    langs = lang or ",".join(builtin_languages())
    warmed = "every other example sheet" if others else Path(warm).parent.name
    pool = f", in {jobs} processes" if jobs > 1 else ""
    print(f"bundle after start-up (warmed on {warmed}), languages {langs}{pool}, "
          f"best and median of {repeat} processes")
    worst = 0.0
    for sheet in example_sheets():
        runs = settled_runs(str(sheet), warm_for(str(sheet), warm, others), lang, repeat,
                            jobs)
        best = min(w for w, _, _ in runs)
        worst = max(worst, best)
        mark = "" if best * 1000 < LIMIT_MS else f"  over {LIMIT_MS} ms"
        print(f"  {sheet.parent.name:30} {figures(runs)}{mark}")
    print(f"  slowest best: {worst * 1000:.0f} ms (limit {LIMIT_MS} ms)")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("facts", nargs="?", default=str(SEED))
    parser.add_argument("--lang", default=None,
                        help="comma-separated languages (default: the built-in ones)")
    parser.add_argument("--repeat", type=int, default=5)
    parser.add_argument("--warm", default=str(WARM))
    parser.add_argument("--all", action="store_true",
                        help="the after-start-up figure of the seed and every example sheet")
    parser.add_argument("--warm-others", action="store_true",
                        help="warm up on every other example sheet, not on --warm")
    parser.add_argument("--jobs", type=int, default=1,
                        help="processes for the measured bundle (its languages as units)")
    parser.add_argument("--parts", action="store_true",
                        help="where one bundle's CPU goes by analysis part, validator and "
                             "generator, each exclusive of the parts it asked for")
    parser.add_argument("--settled", action="store_true", help=argparse.SUPPRESS)
    parser.add_argument("--units", action="store_true",
                        help="where one bundle's CPU goes: each unit of the pool with --jobs, "
                             "else the patterns it compiled (one fresh warmed process)")
    args = parser.parse_args()
    langs = args.lang.split(",") if args.lang else None
    if args.parts:
        parts(args.facts, warm_for(args.facts, args.warm, args.warm_others), langs)
        return
    if args.units:
        units(args.facts, warm_for(args.facts, args.warm, args.warm_others), langs, args.jobs)
        return
    if args.settled:  # one measurement, in a process of its own
        print(*settled(args.facts, args.warm, langs, args.jobs))
        return
    if args.all:
        table(args.lang, args.warm, args.repeat, args.warm_others, args.jobs)
        return

    exe = [sys.executable, "-m", "plainsum"]
    print(f"plainsum --help (fresh process, best of {args.repeat}): "
          f"{wall([*exe, '--help'], args.repeat) * 1000:.0f} ms")

    start = time.perf_counter()
    plugins()
    print(f"import + plugin load: {(time.perf_counter() - start) * 1000:.0f} ms")

    start = time.perf_counter()
    count, langs, audiences = bundle(args.facts, langs)
    first = time.perf_counter() - start
    print(f"bundle: {count} outputs, {len(langs)} languages ({','.join(langs)}), "
          f"{audiences} audiences, all validated")
    print(f"  first run in a process (loads dictionaries): {first * 1000:.0f} ms")

    warm = warm_for(args.facts, args.warm, args.warm_others)
    runs = settled_runs(args.facts, warm, args.lang, args.repeat)
    warmed = ", ".join(Path(w).parent.name for w in warm.split(","))
    print(f"  after start-up (fresh process warmed on {warmed}): {figures(runs)}")

    times = []
    for _ in range(args.repeat):
        start = time.perf_counter()
        bundle(args.facts, langs)
        times.append(time.perf_counter() - start)
    print(f"  repeated in this process: best {min(times) * 1000:.0f} ms, "
          f"median {statistics.median(times) * 1000:.0f} ms")
    made, asked, texts = validator_calls(args.facts, langs)
    print(f"  validators: {made} calls made for {asked} asked ({texts} distinct texts); "
          "the rest answered from the run's memo (a validator's declared `reads`)")


def validator_calls(facts: str, langs: list[str]) -> tuple[int, int, int]:
    """How many validator calls one bundle makes, against how many its outputs ask for
    (validators times outputs), and its distinct texts: what the run's memo of
    validators' findings (:func:`plainsum.pipeline.validated`) saves."""
    from plainsum.factsheet import load_factsheet
    from plainsum.pipeline import generate

    registry = plugins()
    made = 0
    call = registry.call

    def counted(kind: str, name: str, method: str, *args: Any) -> Any:
        nonlocal made
        made += kind == "validators" and method == "validate"
        return call(kind, name, method, *args)

    registry.call = counted  # type: ignore[method-assign]
    try:
        sheet = load_factsheet(facts, registry.known_terms())
        outputs = generate(sheet, registry, langs, list(registry.audiences))
    finally:
        del registry.call
    asked = len(outputs) * len(registry.validators)
    return made, asked, len({(o.lang, o.text) for o in outputs})


if __name__ == "__main__":
    main()
