"""Writing outputs when things go wrong: a full disk, a folder that cannot be written, an
``--out`` under a file, Ctrl-C or ``kill`` half-way. The set is written whole or not at
all; nothing temporary is left behind; the user's own files are never touched."""

from __future__ import annotations

import errno
import json
import os
import signal
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest

from ..conftest import SEED, SEED_FACTS
from ..test_plugin_isolation import install
from .helpers import one_error, process, run, snapshot

ONE = ["generate", str(SEED_FACTS), "--lang", "en", "--audience", "patients"]


def test_out_under_a_file(pm, tmp_path: Path) -> None:
    (tmp_path / "file").write_text("mine", encoding="utf-8")
    before = snapshot(tmp_path)
    result = run(pm, *ONE, "--out", str(tmp_path / "file" / "out"))
    assert result.exit_code == 2
    one_error(result.stderr, "file", "not a folder")
    assert snapshot(tmp_path) == before


@pytest.mark.parametrize("failure", [
    OSError(errno.ENOSPC, "No space left on device"),
    PermissionError(errno.EACCES, "Permission denied"),
])
def test_a_failed_write_leaves_nothing(pm, tmp_path: Path, monkeypatch, failure) -> None:
    """The fifth file fails: no output, no index.json, no temporary file, no folder."""
    real = os.fsync
    calls = []

    def failing(fd: int) -> None:
        calls.append(fd)
        if len(calls) == 5:
            raise failure
        real(fd)

    monkeypatch.setattr(os, "fsync", failing)
    out = tmp_path / "out"
    result = run(pm, *ONE, "--out", str(out))
    assert result.exit_code == 2
    one_error(result.stderr, "cannot write", failure.strerror)
    assert snapshot(tmp_path) == {} and not out.exists()


def test_a_failed_write_keeps_the_earlier_set(pm, tmp_path: Path, monkeypatch) -> None:
    out = tmp_path / "out"
    assert run(pm, *ONE, "--out", str(out)).exit_code == 0
    before = snapshot(tmp_path)
    monkeypatch.setattr(os, "fsync", lambda fd: (_ for _ in ()).throw(
        OSError(errno.ENOSPC, "No space left on device")))
    result = run(pm, *ONE, "--generator", "summary", "--out", str(out), "--force")
    assert result.exit_code == 2 and snapshot(tmp_path) == before


def test_force_replaces_the_earlier_set_and_keeps_the_users_files(pm, tmp_path: Path):
    out = tmp_path / "out"
    assert run(pm, *ONE, "--audience", "patients,public", "--out", str(out)).exit_code == 0
    (out / "notes.txt").write_text("mine", encoding="utf-8")
    result = run(pm, *ONE, "--generator", "summary", "--out", str(out), "--force")
    assert result.exit_code == 0
    assert sorted(snapshot(out)) == ["en/patients/summary-summary.txt", "index.json",
                                     "notes.txt"]
    assert not (out / "en" / "public").exists()


def test_a_language_asked_for_twice_is_made_once(pm, tmp_path: Path) -> None:
    out = tmp_path / "out"
    result = run(pm, *ONE[:2], "--lang", "en,en", "--audience", "patients,patients",
                 "--generator", "summary", "--out", str(out))
    assert result.exit_code == 0, result.output
    assert sorted(snapshot(out)) == ["en/patients/summary-summary.txt", "index.json"]


def test_a_full_standard_output(tmp_path: Path) -> None:
    with open("/dev/full", "wb") as full:
        result = subprocess.run([sys.executable, "-m", "plainsum", *ONE], stdout=full,
                                stderr=subprocess.PIPE, timeout=120)
    assert result.returncode == 2
    one_error(result.stderr.decode(), "cannot write the output", "No space left")


def test_a_closed_pipe_is_not_an_error() -> None:
    """``plainsum generate ... | head``: more output than a pipe holds, and the reader
    goes away after a few bytes."""
    reader = subprocess.Popen([sys.executable, "-m", "plainsum", *ONE[:2], "--lang",
                               "en,es,fr,de,it,pt"],
                              stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    assert reader.stdout is not None and reader.stderr is not None
    reader.stdout.read(10)
    reader.stdout.close()
    assert reader.wait(timeout=120) == 0
    assert reader.stderr.read() == b""


SLOW = """\
import os
import time
from pathlib import Path
from plainsum.hookspecs import hookimpl
from plainsum.outputs import Output


class Slow:
    name = "slow"
    description = "takes its time"
    order = 0

    def variants(self, factsheet, audience):
        return ["a", "b", "c"]

    def generate(self, request):
        Path(os.environ["SLOW_STARTED"]).touch()  # the test interrupts from here on
        time.sleep(1)
        return Output("slow", request.variant, request.audience.id, request.pack.code,
                      "A slow text.")


@hookimpl
def register_generators(register):
    register(Slow())
"""


@pytest.mark.parametrize("signum, status", [(signal.SIGINT, 130), (signal.SIGTERM, 143)])
def test_an_interrupted_run_leaves_nothing(tmp_path: Path, signum: int, status: int):
    site = tmp_path / "site"
    site.mkdir()
    install(site, "plainsum-slow", "plainsum_slow", SLOW)
    work = tmp_path / "work"
    work.mkdir()
    env = {k: v for k, v in os.environ.items() if not k.startswith("PLAINSUM_")}
    env["PYTHONPATH"] = os.pathsep.join([str(site), *filter(None, [env.get("PYTHONPATH")])])
    started = tmp_path / "started"
    env["SLOW_STARTED"] = str(started)
    command = [sys.executable, "-m", "plainsum", *ONE, "--generator", "summary,slow",
               "--out", str(work / "out")]
    child = subprocess.Popen(command, env=env, stderr=subprocess.PIPE, stdout=subprocess.PIPE)
    deadline = time.monotonic() + 60
    while not started.exists() and time.monotonic() < deadline:
        time.sleep(0.05)
    time.sleep(0.3)  # half-way through the slow generator's first output
    child.send_signal(signum)
    _, err = child.communicate(timeout=60)
    assert child.returncode == status, err
    assert b"plainsum: interrupted" in err and b"Traceback" not in err
    assert snapshot(work) == {}


def test_a_special_file_is_written_to_not_replaced(tmp_path: Path) -> None:
    fifo = tmp_path / "pipe"
    os.mkfifo(fifo)
    received: list[bytes] = []
    reader = threading.Thread(target=lambda: received.append(fifo.read_bytes()))
    reader.start()
    result = process("extract", str(SEED / "release.txt"), "-o", str(fifo), "--force")
    reader.join(timeout=60)
    assert result.returncode == 0, result.stderr
    assert fifo.is_fifo() and received[0].startswith(b"# Draft fact sheet")


def test_a_symbolic_link_is_followed(pm, tmp_path: Path) -> None:
    target = tmp_path / "drafts" / "draft.yaml"
    target.parent.mkdir()
    target.write_text("draft: true\nfacts: []\n", encoding="utf-8")  # an old draft
    link = tmp_path / "draft.yaml"
    link.symlink_to(target)
    result = run(pm, "extract", str(SEED / "release.txt"), "-o", str(link), "--force")
    assert result.exit_code == 0, result.output
    assert link.is_symlink() and target.read_text(encoding="utf-8").startswith("# Draft")


@pytest.mark.parametrize("args, words", [
    (["-o", "{d}/x.yaml", "--repaired-text", "{d}/x.yaml"], ["both name"]),
    (["--diff", str(SEED_FACTS), "-o", "{d}/x.yaml"], ["--diff", "-o"]),
    (["--force"], ["--force only applies"]),
])
def test_extract_options_that_contradict(pm, tmp_path: Path, args, words) -> None:
    args = [a.replace("{d}", str(tmp_path)) for a in args]
    result = run(pm, "extract", str(SEED / "release.txt"), *args)
    assert result.exit_code == 2 and not result.stdout
    one_error(result.stderr, *words)
    assert snapshot(tmp_path) == {}


def test_an_interrupt_while_files_are_staged_leaves_nothing(tmp_path: Path, monkeypatch):
    from plainsum.files import write_files

    real, calls = os.fsync, []

    def interrupted(fd: int) -> None:
        calls.append(fd)
        if len(calls) == 3:
            raise KeyboardInterrupt
        real(fd)

    monkeypatch.setattr(os, "fsync", interrupted)
    files = {tmp_path / "a" / "b" / f"{i}.txt": f"text {i}" for i in range(5)}
    with pytest.raises(KeyboardInterrupt):
        write_files(files)
    assert snapshot(tmp_path) == {} and not (tmp_path / "a").exists()


def test_force_removes_only_what_an_index_lists_inside_the_folder(pm, tmp_path: Path):
    """A planted index.json cannot make --force delete anything outside --out."""
    out = tmp_path / "out"
    out.mkdir()
    victim = tmp_path / "victim.txt"
    victim.write_text("mine", encoding="utf-8")
    (out / "index.json").write_text(json.dumps({"outputs": [
        {"file": "../victim.txt"}, {"file": str(victim)}, {"file": "en/../../victim.txt"},
        {"file": None}]}), encoding="utf-8")
    result = run(pm, *ONE, "--generator", "summary", "--out", str(out), "--force")
    assert result.exit_code == 0, result.output
    assert victim.read_text(encoding="utf-8") == "mine"


@pytest.mark.parametrize("planted", ["en", "index.json"])
def test_a_symbolic_link_in_out_cannot_lead_a_write_outside(pm, tmp_path: Path, planted):
    out = tmp_path / "out"
    out.mkdir()
    (out / planted).symlink_to(tmp_path / "elsewhere")
    before = snapshot(tmp_path)
    result = run(pm, *ONE, "--generator", "summary", "--out", str(out), "--force")
    assert result.exit_code == 2
    one_error(result.stderr, "symbolic link leads outside")
    assert snapshot(tmp_path) == before and not (tmp_path / "elsewhere").exists()


def test_two_runs_never_write_into_one_folder_at_once(pm, tmp_path: Path) -> None:
    from plainsum.files import writing_into

    out = tmp_path / "out"
    with writing_into(out):  # another run, half-way through
        result = run(pm, *ONE, "--generator", "summary", "--out", str(out))
    assert result.exit_code == 2
    one_error(result.stderr, "another plainsum run is writing into it")
    assert not out.exists()
    assert run(pm, *ONE, "--generator", "summary", "--out", str(out)).exit_code == 0


def test_a_run_leaves_no_lock_file_behind(pm, tmp_path: Path, monkeypatch) -> None:
    import tempfile

    temp = tmp_path / "tmp"
    temp.mkdir()
    monkeypatch.setattr(tempfile, "tempdir", str(temp))
    out = tmp_path / "out"
    assert run(pm, *ONE, "--generator", "summary", "--out", str(out)).exit_code == 0
    assert list(temp.iterdir()) == []


def test_a_lock_removed_under_a_late_run_is_taken_again(tmp_path: Path, monkeypatch) -> None:
    """The run holding a folder removes its lock file as it ends; a run that had opened
    that file just before must not count the orphan it then locks as the lock."""
    import os
    import tempfile

    from plainsum import files

    monkeypatch.setattr(tempfile, "tempdir", str(tmp_path))
    real_stat, gone = os.stat, []

    def stat(path, *args, **kwargs):
        if str(path).endswith(".lock") and not gone:
            gone.append(path)
            os.unlink(path)  # the holder ended between this run's open and its check
        return real_stat(path, *args, **kwargs)

    monkeypatch.setattr(files.os, "stat", stat)
    with files.writing_into(tmp_path / "out"):
        locks = list(tmp_path.glob("plainsum-*.lock"))
        assert gone and len(locks) == 1  # opened again: the lock other runs will find
        with (pytest.raises(files.PlainsumError, match="another plainsum run"),
              files.writing_into(tmp_path / "out")):
            pass
    assert not list(tmp_path.glob("plainsum-*.lock"))


def test_a_file_name_with_terminal_controls_is_printed_escaped(pm, tmp_path: Path) -> None:
    sheet = tmp_path / "\x1b]0;owned\x07facts.yaml"
    sheet.write_bytes(SEED_FACTS.read_bytes())
    text = tmp_path / "\x1b[2Jtext.txt"
    text.write_text("210 people.", encoding="utf-8")
    linted = run(pm, "lint", str(sheet))
    checked = run(pm, "check", str(sheet), str(text), "--lang", "en")
    for result, name in ((linted, "\\u001b]0;owned\\u0007facts.yaml"),
                         (checked, "\\u001b[2Jtext.txt")):
        assert "\x1b" not in result.output and "\x07" not in result.output
        assert name in result.output
