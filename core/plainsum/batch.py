"""Bundles made in a pool of processes: several sheets, and one sheet's languages.

A bundle is CPU-bound pure Python, so threads would take turns on one core; processes use
them all. The unit of work is one sheet in some of its languages (:func:`plan`): languages
of one sheet are independent (the pipeline makes and checks each language on its own), so
a unit's outputs are those the serial run makes for its languages, and putting the units
back in order gives the serial run's outputs exactly.

Workers are forked (Linux): they inherit the loaded plugins, packs and tables and any sheet
the parent has already loaded, so nothing but a unit's number goes in and nothing but plain
data (outputs, an error's message, the warnings the unit printed) comes back. Where fork
is missing the units run in this process. Workers write nothing: the caller writes the
whole set when every unit is done, so an interrupted or failed run leaves no file behind.
"""

from __future__ import annotations

import contextlib
import io
import os
import signal
import sys
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import Any

from . import interrupts
from .errors import PlainsumError
from .outputs import Output


@dataclass(frozen=True)
class Unit:
    """One sheet (its place in :attr:`Job.paths`) in some languages (None: its own)."""

    sheet: int
    langs: tuple[str, ...] | None


@dataclass
class Job:
    """What every unit of a run shares; inherited by forked workers, never pickled."""

    paths: list[str]
    registry: Any
    audiences: list[str]
    generators: list[str] | None
    units: list[Unit] = field(default_factory=list)
    select: str | None = None
    ignore: str | None = None
    draft: bool = False  # --draft: a draft sheet is accepted
    loaded: dict[int, tuple[Any, Any]] = field(default_factory=dict)  # sheet, rule selection

    def sheet(self, index: int) -> tuple[Any, Any]:
        """The sheet ``index`` and its rule selection, loaded and gated once per process."""
        if index not in self.loaded:
            from .cli.options import rule_selection
            from .draft import refuse
            from .factsheet import load_factsheet

            path = self.paths[index]
            sheet = load_factsheet(path, self.registry.known_terms())
            rules = rule_selection(self.registry, sheet, self.select, self.ignore)
            if not self.draft:
                refuse(sheet, path, "generate")
            self.loaded[index] = sheet, rules
        return self.loaded[index]


@dataclass
class Done:
    """What one unit made: its outputs, or the one-line error that stopped it."""

    unit: Unit
    outputs: list[Output] = field(default_factory=list)
    error: str | None = None
    unexpected: str | None = None  # the exception's type, for an error that is a bug
    warnings: str = ""  # what the unit printed on stderr (plugin failures)
    failed: set[str] = field(default_factory=set)  # the plugin failures its process saw
    cpu: float = 0.0  # CPU seconds the unit took, and the process it ran in (bench/batch.py)
    pid: int = 0
    faults: int = 0  # minor page faults it took: a forked worker copies what it first writes
    draft: bool = False


_JOB: Job | None = None  # the run in progress, for the unit function in a forked worker


def workers(jobs: int | None, units: int) -> int:
    """How many processes to run ``units`` in: ``--jobs`` (default: every CPU this process
    may run on), never more than there are units; 1 runs them in this process."""
    wanted = jobs if jobs is not None else cpus()
    if "fork" not in _start_methods():
        return 1
    return max(1, min(wanted, units))


def cpus() -> int:
    """The CPUs this process may run on (``taskset`` and the like), else all of them."""
    try:
        return len(os.sched_getaffinity(0)) or 1
    except (AttributeError, OSError):
        return os.cpu_count() or 1


def _start_methods() -> list[str]:
    import multiprocessing

    return multiprocessing.get_all_start_methods()


def plan(sheets: int, langs: list[str] | None, jobs: int | None) -> list[Unit]:
    """The units for ``sheets`` sheets in ``langs`` (None: each in its own language), in
    the order of the sheets and their languages.

    A whole sheet is one unit, loaded once; the last sheets (as many as there are workers)
    are split into one unit per language, so that no worker is left with a whole bundle
    to make while the others wait. In one process, every sheet is one unit: the serial run.
    """
    whole = [Unit(i, tuple(langs) if langs else None) for i in range(sheets)]
    count = workers(jobs, sheets * len(langs or [None]))
    if count == 1 or not langs or len(langs) == 1:
        return whole
    split = max(0, sheets - count)
    return [*whole[:split], *(Unit(i, (code,)) for i in range(split, sheets) for code in langs)]


def run(job: Job, jobs: int | None, tick: Callable[[Done], None] | None = None) -> list[Done]:
    """Every unit of ``job``, in the order of ``job.units`` whatever order they finish in;
    ``tick`` is called as each one finishes (a progress bar)."""
    global _JOB
    count = workers(jobs, len(job.units))
    # the plugins' validators, collected on first use: here, once, not in each worker
    getattr(job.registry, "validators", None)
    _JOB = job
    try:
        if count == 1:
            done = []
            for index in range(len(job.units)):
                done.append(_unit(index, capture=False))
                if tick is not None:
                    tick(done[-1])
            return done
        return _pooled(len(job.units), count, tick)
    finally:
        _JOB = None


def _pooled(total: int, count: int, tick: Callable[[Done], None] | None) -> list[Done]:
    """The units in ``count`` forked processes; on Ctrl-C, SIGTERM or any error, the
    workers are stopped before the exception goes on."""
    import gc
    import multiprocessing
    from concurrent.futures import ProcessPoolExecutor, as_completed
    from concurrent.futures.process import BrokenProcessPool

    results: list[Done | None] = [None] * total
    pool = ProcessPoolExecutor(count, mp_context=multiprocessing.get_context("fork"),
                               initializer=_worker_start)  # forks at the first submit
    try:
        # Ctrl-C while the workers are forked waits until they are: a signal raised in a
        # fork hook is printed and swallowed (the run would go on), and a worker forked
        # with its signals held ignores one that comes before it ignores them for good
        with interrupts.held():
            gc.freeze()  # the workers share the loaded packs' pages instead of copying them
            try:
                futures = {pool.submit(_unit, index): index for index in range(total)}
            finally:
                gc.unfreeze()
        for future in as_completed(futures):
            done = future.result()
            results[futures[future]] = done
            if tick is not None:
                tick(done)
        pool.shutdown()
    except BrokenProcessPool:
        _stop(pool)
        raise PlainsumError("a worker process stopped before its work was done (killed, or "
                            "out of memory); nothing was written; try again, or with "
                            "--jobs 1") from None
    except BaseException:
        _stop(pool)
        raise
    return [done for done in results if done is not None]


def _stop(pool: Any) -> None:
    """Cancel what has not started and end the workers: they only compute, so nothing of
    theirs is lost, and none is left running after the command has stopped."""
    processes = list((getattr(pool, "_processes", None) or {}).values())
    pool.shutdown(wait=False, cancel_futures=True)
    for process in processes:
        with contextlib.suppress(Exception):
            process.terminate()
    for process in processes:
        with contextlib.suppress(Exception):
            process.join(timeout=5)


def _worker_start() -> None:
    """Ctrl-C reaches every process of the terminal's group: the parent decides what it
    means and stops the workers; SIGTERM ends a worker as usual."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    signal.signal(signal.SIGTERM, signal.SIG_DFL)


def _unit(index: int, capture: bool = True) -> Done:
    """Make one unit; its error and what it printed on stderr come back as data."""
    from .pipeline import generate

    job = _JOB
    assert job is not None, "a unit runs inside batch.run"
    unit = job.units[index]
    done = Done(unit, pid=os.getpid())
    faults = _faults()
    start = time.process_time()
    stderr = io.StringIO()
    with contextlib.redirect_stderr(stderr) if capture else contextlib.nullcontext():
        try:
            sheet, rules = job.sheet(unit.sheet)
            done.draft = bool(sheet.is_draft)
            done.outputs = generate(sheet, job.registry, list(unit.langs or [sheet.lang]),
                                    job.audiences, job.generators, rules=rules)
        except PlainsumError as exc:
            done.error = str(exc)
        except Exception as exc:
            if not capture or os.environ.get("PLAINSUM_DEBUG", "") not in ("", "0"):
                raise
            done.error, done.unexpected = str(exc), type(exc).__name__
    done.warnings = stderr.getvalue()
    done.failed = set(getattr(job.registry, "failed", None) or ())
    done.cpu = time.process_time() - start
    done.faults = _faults() - faults
    return done


def _faults() -> int:
    """This process's minor page faults so far (0 where the system does not count them)."""
    try:
        import resource
    except ImportError:
        return 0
    return resource.getrusage(resource.RUSAGE_SELF).ru_minflt


def settle(done: Sequence[Done], registry: Any) -> None:
    """After a pooled run: print the warnings the workers printed, in the order of the units
    and each once, as the serial run prints them; note their plugin failures as this
    process's own (a run that made nothing says a plugin failed)."""
    seen: set[str] = set()
    for each in done:
        for line in each.warnings.splitlines():
            if line not in seen:
                seen.add(line)
                print(line, file=sys.stderr)
        failed = getattr(registry, "failed", None)
        if isinstance(failed, set):
            failed |= each.failed


def raise_error(done: Done) -> None:
    """Raise a unit's error in this process as the serial run would have raised it."""
    if done.error is None:
        return
    if done.unexpected is not None:  # reported as the bug it is, under its own name
        raise type(done.unexpected, (Exception,), {})(done.error)
    raise PlainsumError(done.error)


def outputs_of(done: Sequence[Done]) -> list[Output]:
    return [output for each in done for output in each.outputs]


def check_names(registry: Any, langs: Sequence[str] | None, audiences: Sequence[str],
                generators: Sequence[str] | None) -> None:
    """Refuse an unknown language, audience or generator before any work, in the order
    and words of the serial run (which looks them all up before making anything)."""
    for code in langs or ():
        registry.language(code)
    for name in audiences:
        registry.audience(name)
    for name in generators or ():
        registry.generator(name)


def bundle(path: str, sheet: Any, rules: Any, registry: Any, langs: list[str],
           audiences: list[str], generators: list[str] | None,
           jobs: int | None) -> list[Output]:
    """One loaded sheet's outputs in ``langs``: each language a unit of a pool when there are
    several languages and CPUs, else the serial run itself; the same outputs either way."""
    from .pipeline import generate

    langs = list(dict.fromkeys(langs))
    if workers(jobs, len(langs)) == 1:
        return generate(sheet, registry, langs, audiences, generators, rules=rules)
    check_names(registry, langs, audiences, generators)
    job = Job([path], registry, audiences, generators, plan(1, langs, jobs),
              loaded={0: (sheet, rules)})
    done = run(job, jobs)
    settle(done, registry)
    for each in done:  # the first language's error, as the serial run stops at it
        raise_error(each)
    return outputs_of(done)
