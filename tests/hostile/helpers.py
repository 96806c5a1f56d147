"""What every hostile-input case asserts: a documented exit status, one clear line that names
the problem, no traceback, and the files around it as they were."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path
from typing import Any

from click.testing import CliRunner, Result
from plainsum.cli import App, main

from ..conftest import SEED_FACTS, TRIAL_FACTS

SEED_TEXT = SEED_FACTS.read_text(encoding="utf-8")
TRIAL_TEXT = TRIAL_FACTS.read_text(encoding="utf-8")


def edited(base: str, old: str, new: str) -> str:
    """``base`` with its first ``old`` replaced; the edit must apply."""
    assert old in base, old
    return base.replace(old, new, 1)


def run(pm: Any, *args: str, input: str | bytes | None = None) -> Result:
    """``plainsum ARGS`` in-process; never an exception other than the exit."""
    result = CliRunner().invoke(main, list(args), obj=App(pm=pm), input=input)
    assert result.exception is None or isinstance(result.exception, SystemExit), \
        result.exc_info
    assert "Traceback" not in result.output
    return result


def process(*args: str, input: bytes | None = None, timeout: float = 120,
            preexec: Any = None, **env: str) -> subprocess.CompletedProcess[bytes]:
    """``plainsum ARGS`` as a process of its own (signals, terminals, memory limits)."""
    environ = {k: v for k, v in os.environ.items() if not k.startswith("PLAINSUM_")}
    environ.update(env)
    return subprocess.run([sys.executable, "-m", "plainsum", *args], input=input,
                          capture_output=True, env=environ, timeout=timeout,
                          preexec_fn=preexec)


def one_error(stderr: str, *words: str) -> str:
    """The one error line, which must say each of ``words``; no traceback."""
    assert "Traceback" not in stderr, stderr
    errors = [line for line in stderr.splitlines() if line.startswith("plainsum: error:")]
    assert len(errors) == 1, stderr
    for word in words:
        assert word in errors[0], (word, errors[0])
    assert len(errors[0]) < 500, errors[0]
    return errors[0]


def snapshot(folder: Path) -> dict[str, bytes]:
    """Every file under ``folder`` (hidden and temporary ones included) with its bytes."""
    return {str(p.relative_to(folder)): p.read_bytes()
            for p in sorted(folder.rglob("*")) if p.is_file()}
