"""Validated outputs per second, in this process and in a pool of processes.

    python bench/batch.py [--jobs N] [--repeat 3] [--lang en,es,...] [--warm SHEET]

Two figures, each in fresh processes that have first made the bundle of a warm-up sheet
(``--warm``, the chlorhexidine example by default; the seed before that sheet's own
bundle) and collected the garbage of loading, so everything a process loads once is loaded
but none of the measured sheets' texts has been seen:

- throughput: every example sheet but the warm-up one, and the seed, in every language,
  in units as ``plainsum generate SHEETS... --out DIR`` makes them
  (:func:`plainsum.batch.plan`), first in this process (``--jobs 1``) and then in a pool
  of ``--jobs`` forked processes (default: one per CPU), the pool's start-up included:
  outputs per second of wall time, CPU time (this process and its workers), and the
  *critical* CPU time: this process's own and that of its busiest worker, the wall time
  with a free core for each process. On a machine other work keeps busy, wall time says
  little (two workers wait for cores others hold); CPU times still say what plainsum costs;
- the six-language bundle of each sheet (``plainsum generate SHEET --lang ...``), serial
  and with its languages spread over the pool, best of ``--repeat``.

The writing of files is not measured (``bench/bundle.py`` and this one measure making and
checking the outputs). It is not free: ``plainsum.files.write_files`` syncs every file to
disk before it moves any into place, and on a journalled file system one fsync and one
rename over an old file after another took 0.9-2.6 s of wall time for a seven-language
bundle's 217 files here; issued from a pool of threads, which the kernel commits together,
0.1-0.25 s (about 80 ms of CPU).

Why a pool of two is not twice as fast: the workers' CPU time together is more than the
serial run's (3.07 against 2.42 s at load 3; 3.27 against 3.13 s at load 8: two busy
virtual CPUs run slower than one, and the rest is work each worker does again: loading a
sheet whose languages are split between the workers, ~25 ms each, and the per-language
patterns a sheet's kinds of facts need, up to ~50 ms for a sheet with comparisons), and the
last units leave one worker waiting. Sending the outputs back costs ~2 ms a bundle
(pickled, ~220 KB); loading the split sheets in this process before forking would only move
their loading onto the critical path.
"""

from __future__ import annotations

import argparse
import gc
import os
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))
from bundle import WARM, builtin_languages, bundle, example_sheets, plugins, warm_for


def _cpu(children: bool = True) -> float:
    """CPU seconds of this process, and of its children that have ended (pool workers)."""
    t = os.times()
    return t.user + t.system + ((t.children_user + t.children_system) if children else 0.0)


def _timed(work: Any) -> tuple[float, float, float, list[Any]]:
    """(wall, CPU, critical CPU, units done) of ``work()``: the critical CPU is this
    process's own and that of the busiest worker, what the wall time would be with a core
    for each process and no other work on the machine."""
    start, cpu, own = time.perf_counter(), _cpu(), _cpu(children=False)
    done = work()
    wall, cpu, own = time.perf_counter() - start, _cpu() - cpu, _cpu(children=False) - own
    busiest: dict[int, float] = {}
    for each in done:
        if each.pid != os.getpid():
            busiest[each.pid] = busiest.get(each.pid, 0.0) + each.cpu
    return wall, cpu, own + max(busiest.values(), default=0.0), done


def many(sheets: list[str], langs: list[str], jobs: int) -> tuple[float, float, float, int]:
    """(wall, CPU, critical CPU, outputs) of every sheet in every language as ``generate
    --out`` makes them, in ``jobs`` processes."""
    from plainsum import batch

    registry = plugins()
    job = batch.Job(list(sheets), registry, list(registry.audiences), None,
                    batch.plan(len(sheets), langs, jobs))
    wall, cpu, critical, done = _timed(lambda: batch.run(job, jobs))
    failed = [d.error for d in done if d.error]
    if failed:
        raise SystemExit(f"a sheet failed: {failed[0]}")
    return wall, cpu, critical, len(batch.outputs_of(done))


def one(sheet: str, langs: list[str], jobs: int) -> tuple[float, float, float, int]:
    """(wall, CPU, critical CPU, outputs) of one sheet's bundle as ``generate SHEET``
    makes it (:func:`plainsum.batch.bundle`: the serial run itself with one job, else its
    languages as the units of a pool)."""
    from plainsum import batch
    from plainsum.factsheet import load_factsheet
    from plainsum.pipeline import generate
    from plainsum.rules import Selection

    registry = plugins()
    audiences = list(registry.audiences)

    def work() -> list[Any]:
        loaded = load_factsheet(sheet, registry.known_terms())
        if batch.workers(jobs, len(langs)) == 1:
            return [batch.Done(batch.Unit(0, None), generate(loaded, registry, langs,
                                                             audiences), pid=os.getpid())]
        job = batch.Job([sheet], registry, audiences, None,
                        batch.plan(1, langs, jobs),
                        loaded={0: (loaded, Selection())})
        return batch.run(job, jobs)

    wall, cpu, critical, done = _timed(work)
    failed = [d.error for d in done if d.error]
    if failed:
        raise SystemExit(f"{sheet} failed: {failed[0]}")
    return wall, cpu, critical, len(batch.outputs_of(done))


def measured(what: str, sheets: list[str], warm: str, langs: list[str],
             jobs: int) -> tuple[float, float, float, int]:
    """One measurement in this process after start-up (see the module's docstring)."""
    bundle(warm, langs)
    gc.collect()
    if what == "many":
        return many(sheets, langs, jobs)
    return one(sheets[0], langs, jobs)


def runs(what: str, sheets: list[str], warm: str, langs: list[str], jobs: int,
         repeat: int) -> list[tuple[float, float, float, int]]:
    """:func:`measured` in ``repeat`` fresh processes."""
    cmd = [sys.executable, __file__, "--measure", what, "--warm", warm, "--jobs", str(jobs),
           "--lang", ",".join(langs), *sheets]
    out = []
    for _ in range(repeat):
        done = subprocess.run(cmd, capture_output=True, text=True)
        if done.returncode:
            lines = done.stderr.strip().splitlines() or ["no message"]
            raise SystemExit(f"measuring {what} failed: {lines[-1]}")
        wall, cpu, critical, count = done.stdout.split()
        out.append((float(wall), float(cpu), float(critical), int(count)))
    return out


def best(figures: list[tuple[float, float, float, int]]) -> tuple[float, float, float, int]:
    return (min(f[0] for f in figures), min(f[1] for f in figures),
            min(f[2] for f in figures), figures[0][3])


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("sheets", nargs="*")
    parser.add_argument("--jobs", type=int, default=os.cpu_count() or 1)
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--lang", default=None)
    parser.add_argument("--warm", default=str(WARM))
    parser.add_argument("--measure", choices=["many", "one"], help=argparse.SUPPRESS)
    args = parser.parse_args()
    langs = args.lang.split(",") if args.lang else builtin_languages()
    if args.measure:
        print(*measured(args.measure, args.sheets, args.warm, langs, args.jobs))
        return
    warm = str(Path(args.warm).resolve())
    every = args.sheets or [str(s) for s in example_sheets()]
    sheets = [s for s in every if str(Path(s).resolve()) != warm]
    cores = os.cpu_count() or 1
    print(f"after start-up (warmed on {Path(warm).parent.name}), languages "
          f"{','.join(langs)}, best of {args.repeat} processes, {cores} CPUs, "
          f"load average {os.getloadavg()[0]:.1f}")
    print(f"throughput: {len(sheets)} sheets x {len(langs)} languages, validated")
    for jobs in dict.fromkeys((1, args.jobs)):
        wall, cpu, critical, count = best(runs("many", sheets, warm, langs, jobs,
                                               args.repeat))
        print(f"  jobs {jobs}: {count} outputs in {wall:.2f} s wall = {count / wall:5.0f}/s; "
              f"CPU {cpu:.2f} s; critical CPU {critical:.2f} s = {count / critical:5.0f}/s "
              "with a free core per process")
    print(f"six-language bundle of each sheet, serial vs pool of {args.jobs}")
    for sheet in every:
        cells = []
        for jobs in dict.fromkeys((1, args.jobs)):
            wall, cpu, critical, _ = best(runs("one", [sheet], warm_for(sheet, warm, False),
                                               langs, jobs, args.repeat))
            cells.append(f"jobs {jobs}: {wall * 1000:4.0f} ms wall, CPU {cpu * 1000:4.0f} ms, "
                         f"critical {critical * 1000:4.0f} ms")
        print(f"  {Path(sheet).parent.name:28} " + "   ".join(cells))


if __name__ == "__main__":
    main()
