"""``plainsum generate`` on several sheets or a folder, and in a pool of processes: the same
files as one sheet at a time and as one process, one index, all or nothing."""

from __future__ import annotations

import json
import os
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from plainsum import batch

from .conftest import ROOT, SEED_FACTS, TRIAL_FACTS
from .hostile.helpers import one_error, process, snapshot

VITAMIN_FACTS = ROOT / "examples" / "vitamin-d-colorectal-2018" / "facts.yaml"
SMALL = ("--lang", "en,es", "--audience", "patients,press", "--generator", "summary,social")
fork_only = pytest.mark.skipif("fork" not in batch._start_methods(),
                               reason="the pool forks its workers; this system cannot fork")


def _files(folder: Path) -> dict[str, bytes]:
    """Every output file under ``folder`` with its bytes, the index left out."""
    return {k: v for k, v in snapshot(folder).items() if k != "index.json"}


def _index(folder: Path) -> dict:
    return json.loads((folder / "index.json").read_text("utf-8"))


@pytest.fixture
def pooled(monkeypatch):
    """How many runs went through the pool (in this process: the pool is made here)."""
    calls = []
    real = batch._pooled

    def spy(*args, **kwargs):
        calls.append(args)
        return real(*args, **kwargs)

    monkeypatch.setattr(batch, "_pooled", spy)
    return calls


def test_several_sheets_give_the_files_of_one_at_a_time(run_cli, tmp_path):
    out = tmp_path / "all"
    result = run_cli("generate", str(SEED_FACTS), str(TRIAL_FACTS), *SMALL, "--out", str(out))
    assert result.exit_code == 0, result.output
    assert result.stderr.strip().endswith(f"of 2 sheets and index.json to {out}")
    index = _index(out)
    assert [s["folder"] for s in index["factsheets"]] == ["hsct-ms-2021",
                                                           "chlorhexidine-csection-2016"]
    for sheet in (SEED_FACTS, TRIAL_FACTS):
        name = sheet.parent.name
        alone = tmp_path / f"one-{name}"
        single = run_cli("generate", str(sheet), *SMALL, "--out", str(alone))
        assert single.exit_code == 0, single.output
        assert _files(out / name) == _files(alone)
        # the one index lists every output of this sheet as its own index did, plus the sheet
        own = [{**entry, "file": f"{name}/{entry['file']}", "factsheet": str(sheet)}
               for entry in _index(alone)["outputs"]]
        assert [e for e in index["outputs"] if e["factsheet"] == str(sheet)] == own
        assert _index(alone)["factsheet"] == str(sheet)  # the one-sheet index as it was
    assert {e["file"] for e in index["outputs"]} == set(_files(out))


def test_a_folder_is_searched_for_sheets(run_cli, tmp_path):
    sheets = tmp_path / "sheets"
    (sheets / "ms").mkdir(parents=True)
    shutil.copy(SEED_FACTS, sheets / "ms" / "facts.yaml")
    shutil.copy(TRIAL_FACTS, sheets / "csection.yaml")
    (sheets / ".old").mkdir()
    (sheets / ".old" / "facts.yaml").write_text("not: a sheet\n", encoding="utf-8")
    (sheets / "notes.txt").write_text("not a sheet either\n", encoding="utf-8")
    (sheets / "ms" / "other.yaml").write_text("a subfolder's other yaml: not a sheet\n",
                                              encoding="utf-8")
    (sheets / "ms" / "up").symlink_to("..")  # a link back up is not followed
    out = tmp_path / "out"
    result = run_cli("generate", str(sheets), *SMALL, "--out", str(out))
    assert result.exit_code == 0, result.output
    assert sorted(p.name for p in out.iterdir()) == ["csection", "index.json", "ms"]
    named = tmp_path / "named"
    again = run_cli("generate", str(sheets / "csection.yaml"), str(sheets / "ms/facts.yaml"),
                    *SMALL, "--out", str(named))
    assert again.exit_code == 0, again.output
    assert _files(out) == _files(named)


@fork_only
def test_the_pool_and_one_process_write_the_same_bytes(run_cli, tmp_path, pooled):
    args = ("generate", str(SEED_FACTS), str(VITAMIN_FACTS), str(TRIAL_FACTS), *SMALL)
    serial = run_cli(*args, "--out", str(tmp_path / "serial"), "--jobs", "1")
    assert serial.exit_code == 0, serial.output
    assert not pooled
    pool = run_cli(*args, "--out", str(tmp_path / "pool"), "--jobs", "2")
    assert pool.exit_code == 0, pool.output
    assert len(pooled) == 1
    assert snapshot(tmp_path / "serial") == snapshot(tmp_path / "pool")


@fork_only
def test_one_sheet_in_several_languages_in_the_pool(run_cli, pooled):
    args = ("generate", str(SEED_FACTS), "--lang", "en,fr,es", "--audience", "public",
            "--format", "json")
    serial = run_cli(*args, "--jobs", "1")
    assert serial.exit_code == 0 and not pooled
    pool = run_cli(*args, "--jobs", "3")
    assert pool.exit_code == 0 and len(pooled) == 1
    assert pool.stdout == serial.stdout
    langs = [o["lang"] for o in json.loads(pool.stdout)["outputs"]]
    assert langs == sorted(langs, key=["en", "fr", "es"].index) and set(langs) == {"en", "fr",
                                                                                 "es"}


def test_plan_splits_the_last_sheets_by_language():
    assert batch.plan(3, ["en", "es"], 1) == [batch.Unit(i, ("en", "es")) for i in range(3)]
    assert batch.plan(2, None, 4) == [batch.Unit(0, None), batch.Unit(1, None)]
    if "fork" in batch._start_methods():
        units = batch.plan(3, ["en", "es"], 2)
        assert units == [batch.Unit(0, ("en", "es")), batch.Unit(1, ("en",)),
                         batch.Unit(1, ("es",)), batch.Unit(2, ("en",)), batch.Unit(2, ("es",))]


def _bad_copy(folder: Path) -> tuple[Path, int]:
    text = SEED_FACTS.read_text("utf-8").replace("value: 210", "value: two hundred")
    bad = folder / "bad.yaml"
    bad.write_text(text, encoding="utf-8")
    line = next(i for i, row in enumerate(text.splitlines(), 1) if "two hundred" in row)
    return bad, line


@pytest.mark.parametrize("jobs", ["1", "2"])
def test_a_bad_sheet_stops_the_run_and_nothing_is_written(run_cli, tmp_path, jobs):
    sheets = tmp_path / "sheets"
    sheets.mkdir()
    shutil.copy(TRIAL_FACTS, sheets / "good.yaml")
    bad, line = _bad_copy(sheets)
    out = tmp_path / "out"
    result = run_cli("generate", str(sheets), *SMALL, "--out", str(out), "--jobs", jobs)
    assert result.exit_code == 2
    one_error(result.stderr, f"{bad}:{line}:", "facts[0].value", "nothing was written")
    assert not out.exists()
    # an earlier set in the folder stays as it was, --force or not
    first = run_cli("generate", str(sheets / "good.yaml"), str(TRIAL_FACTS), *SMALL, "--out",
                    str(out))
    assert first.exit_code == 0, first.output
    before = snapshot(out)
    forced = run_cli("generate", str(sheets), *SMALL, "--out", str(out), "--force")
    assert forced.exit_code == 2
    assert snapshot(out) == before


def test_several_bad_sheets_are_each_named(run_cli, tmp_path):
    bad, line = _bad_copy(tmp_path)
    broken = tmp_path / "broken.yaml"
    broken.write_text("id: x\ntitle: [unclosed\n", encoding="utf-8")
    result = run_cli("generate", str(bad), str(TRIAL_FACTS), str(broken), *SMALL,
                     "--out", str(tmp_path / "out"))
    assert result.exit_code == 2
    errors = [row for row in result.stderr.splitlines() if row.startswith("plainsum: error:")]
    assert len(errors) == 3, result.stderr
    assert f"{bad}:{line}:" in errors[0] and f"{broken}:" in errors[1]
    assert "2 of 3 sheets" in errors[2] and "nothing was written" in errors[2]
    assert not (tmp_path / "out").exists()


def test_force_rules(run_cli, tmp_path):
    out = tmp_path / "out"
    both = ("generate", str(SEED_FACTS), str(TRIAL_FACTS), *SMALL, "--out", str(out))
    assert run_cli(*both).exit_code == 0
    (out / "mine.txt").write_text("not plainsum's", encoding="utf-8")
    edited = next((out / "hsct-ms-2021").rglob("*.txt"))
    edited.write_text("my edits", encoding="utf-8")
    again = run_cli(*both)
    assert again.exit_code == 2
    one_error(again.stderr, "index.json exists", "--force")
    assert edited.read_text("utf-8") == "my edits"
    # with --force: this run's set replaces the earlier one, whose files it does not make
    # again are removed (the seed's folder with them); other files are never touched
    fewer = run_cli("generate", str(TRIAL_FACTS), str(VITAMIN_FACTS), *SMALL, "--out",
                    str(out), "--force")
    assert fewer.exit_code == 0, fewer.output
    assert not (out / "hsct-ms-2021").exists()
    assert (out / "mine.txt").read_text("utf-8") == "not plainsum's"
    assert {e["file"] for e in _index(out)["outputs"]} == set(_files(out)) - {"mine.txt"}
    assert not list(out.rglob("*.tmp"))


def test_a_sheet_kept_in_out_is_never_replaced(run_cli, tmp_path):
    out = tmp_path / "out"
    out.mkdir()
    kept = out / "index.json"  # a careless name for a sheet: --force must not write over it
    shutil.copy(TRIAL_FACTS, kept)
    result = run_cli("generate", str(kept), str(SEED_FACTS), *SMALL, "--out", str(out),
                     "--force")
    assert result.exit_code == 2
    assert kept.read_bytes() == TRIAL_FACTS.read_bytes()


@pytest.mark.parametrize(("args", "words"), [
    ([str(SEED_FACTS), str(TRIAL_FACTS)], ["several sheets", "--out DIR"]),
    ([str(SEED_FACTS), "-", "--out", "OUT"], ["standard input (-)"]),
    ([str(SEED_FACTS), str(SEED_FACTS.parent), "--lang", "xx", "--out", "OUT"],
     ["unknown language 'xx'"]),
    ([str(SEED_FACTS), str(TRIAL_FACTS), "--select", "nosuchrule", "--out", "OUT"],
     ["unknown rule 'nosuchrule'"]),
    ([str(SEED_FACTS), str(TRIAL_FACTS), "--jobs", "0", "--out", "OUT"], ["--jobs"]),
])
def test_usage_errors_are_one_line(run_cli, tmp_path, args, words):
    args = [str(tmp_path / "out") if a == "OUT" else a for a in args]
    result = run_cli("generate", *args)
    assert result.exit_code == 2
    one_error(result.stderr, *words)
    assert not (tmp_path / "out").exists()


def test_two_sheets_for_one_folder_are_refused(run_cli, tmp_path):
    (tmp_path / "a").mkdir()
    twin = tmp_path / "a" / "hsct-ms-2021.yaml"
    shutil.copy(SEED_FACTS, twin)
    result = run_cli("generate", str(SEED_FACTS), str(twin), *SMALL, "--out",
                     str(tmp_path / "out"))
    assert result.exit_code == 2
    one_error(result.stderr, str(SEED_FACTS), str(twin), "both")


def test_the_same_sheet_twice_is_made_once(run_cli, tmp_path):
    out = tmp_path / "out"
    result = run_cli("generate", str(TRIAL_FACTS), str(TRIAL_FACTS.parent), *SMALL,
                     "--out", str(out))
    assert result.exit_code == 0, result.output
    assert [s["factsheet"] for s in _index(out)["factsheets"]] == [str(TRIAL_FACTS)]


def test_no_progress_bar_on_a_pipe(tmp_path):
    out = tmp_path / "out"
    done = process("generate", str(SEED_FACTS), str(TRIAL_FACTS), "--lang", "en",
                   "--audience", "patients", "--generator", "summary", "--out", str(out))
    assert done.returncode == 0, done.stderr
    assert done.stderr.decode() == f"wrote 2 outputs of 2 sheets and index.json to {out}\n"


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="needs a Linux terminal")
def test_a_progress_bar_on_a_terminal(tmp_path):
    import pty

    main, child = pty.openpty()
    out = tmp_path / "out"
    environ = {k: v for k, v in os.environ.items() if not k.startswith("PLAINSUM_")}
    try:
        done = subprocess.run(
            [sys.executable, "-m", "plainsum", "generate", str(SEED_FACTS), str(TRIAL_FACTS),
             "--lang", "en", "--audience", "patients", "--generator", "summary",
             "--out", str(out)], stdout=subprocess.PIPE, stderr=child, env=environ,
            timeout=120)
        os.close(child)
        shown = b""
        while True:
            try:
                chunk = os.read(main, 4096)
            except OSError:  # the terminal's other end is closed: all read
                break
            if not chunk:
                break
            shown += chunk
    finally:
        os.close(main)
    assert done.returncode == 0
    assert b"generating" in shown and b"2/2" in shown


@fork_only
@pytest.mark.skipif(not Path("/proc/self/stat").exists(), reason="needs /proc")
def test_interrupted_pool_stops_its_workers(tmp_path):
    """Ctrl-C in the terminal (SIGINT to the whole process group) while the workers are
    busy: exit 130, no file written, no worker left running."""
    out = tmp_path / "out"
    environ = {k: v for k, v in os.environ.items() if not k.startswith("PLAINSUM_")}
    sheets = [str(SEED_FACTS), *map(str, sorted(ROOT.glob("examples/*/facts.yaml")))]
    proc = subprocess.Popen(
        [sys.executable, "-m", "plainsum", "generate", *sheets, "--lang",
         "en,es,fr,de,it,pt", "--out", str(out), "--jobs", "2"],
        stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=environ, start_new_session=True)
    workers: list[int] = []
    deadline = time.monotonic() + 60
    while not workers and proc.poll() is None and time.monotonic() < deadline:
        time.sleep(0.05)
        workers = _children(proc.pid)
    if not workers:
        proc.kill()
        proc.wait()
        pytest.skip("the run ended before its workers could be seen")
    os.killpg(proc.pid, signal.SIGINT)
    _, stderr = proc.communicate(timeout=60)
    assert proc.returncode == 130, stderr
    assert b"interrupted" in stderr and b"Traceback" not in stderr
    assert not out.exists()
    time.sleep(0.2)
    assert not [pid for pid in workers if _running(pid)]


def _children(pid: int) -> list[int]:
    """The processes whose parent is ``pid`` (from /proc: state and parent follow the
    command's name in brackets)."""
    found = []
    for stat in Path("/proc").glob("[0-9]*/stat"):
        try:
            fields = stat.read_text().rsplit(")", 1)[1].split()
        except (OSError, IndexError):
            continue
        if int(fields[1]) == pid:
            found.append(int(stat.parent.name))
    return found


def _running(pid: int) -> bool:
    try:
        state = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
    except (OSError, IndexError):
        return False
    return state != "Z"


@fork_only
def test_a_plugin_failure_in_the_workers_is_told_once(pm, register_plugin, run_cli,
                                                      monkeypatch, pooled):
    from .hostile.test_plugins import Generator, boom, registering

    register_plugin(registering("generators", Generator("raising", generate=boom)), "hostile")
    args = ("generate", str(SEED_FACTS), "--lang", "en,es", "--audience", "patients",
            "--generator", "summary,raising", "--format", "json")
    serial, pool = run_cli(*args, "--jobs", "1"), run_cli(*args, "--jobs", "2")
    assert len(pooled) == 1
    assert serial.exit_code == pool.exit_code == 0
    assert pool.stdout == serial.stdout and pool.stderr == serial.stderr
    [warning] = pool.stderr.splitlines()
    assert "'hostile'" in warning and "raising" in warning
    monkeypatch.setenv("PLAINSUM_STRICT_PLUGINS", "1")
    strict = run_cli(*args, "--jobs", "2")
    assert strict.exit_code == 2 and not strict.stdout
    one_error(strict.stderr, "'hostile'", "PLAINSUM_STRICT_PLUGINS")


@pytest.mark.parametrize("jobs", ["1", "2"])
def test_a_bug_in_a_worker_is_reported_as_one(run_cli, monkeypatch, tmp_path, jobs):
    import plainsum.pipeline

    real = plainsum.pipeline.generate

    def broken(sheet, registry, langs, *args, **kwargs):
        if "es" in langs:
            raise ZeroDivisionError("division by zero")
        return real(sheet, registry, langs, *args, **kwargs)

    monkeypatch.setattr(plainsum.pipeline, "generate", broken)
    monkeypatch.delenv("PLAINSUM_DEBUG", raising=False)
    result = run_cli("generate", str(SEED_FACTS), str(TRIAL_FACTS), *SMALL, "--out",
                     str(tmp_path / "out"), "--jobs", jobs)
    assert result.exit_code == 2
    one_error(result.stderr, "unexpected ZeroDivisionError: division by zero", "a bug")
    assert not (tmp_path / "out").exists()


@fork_only
def test_a_worker_that_dies_stops_the_run(run_cli, monkeypatch, tmp_path):
    """A worker killed (out of memory, kill -9): exit 2, one line, nothing written."""
    import plainsum.pipeline

    real = plainsum.pipeline.generate
    parent = os.getpid()

    def dying(sheet, registry, langs, *args, **kwargs):
        if os.getpid() != parent and "es" in langs:
            os._exit(9)
        return real(sheet, registry, langs, *args, **kwargs)

    monkeypatch.setattr(plainsum.pipeline, "generate", dying)
    result = run_cli("generate", str(SEED_FACTS), str(TRIAL_FACTS), *SMALL, "--out",
                     str(tmp_path / "out"), "--jobs", "2")
    assert result.exit_code == 2
    one_error(result.stderr, "worker process stopped", "nothing was written", "--jobs 1")
    assert not (tmp_path / "out").exists()
