"""``plainsum extract`` on several releases or a folder: one draft per release into -o DIR,
never overwriting without --force, refusals listed and counted in one summary line, the
documented exit statuses (0 all drafted, 1 some refused, 2 usage errors)."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import pytest
import yaml

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "plugins"))
SEED_RELEASE = ROOT / "seeds" / "hsct-ms-2021" / "release.txt"
# a short release of our own, as a scraped page saves it: headline and body apart
PAGE = {"title": "Cream eases knee pain in older adults",
        "text": "A cream eased knee pain in a trial reported today.\n\nIn a randomized trial of "
                "120 adults with knee arthritis, 40% of those given the cream could walk a "
                "mile after 6 months, compared with 25% of those given a placebo."}


@pytest.fixture
def inbox(tmp_path):
    """A folder with two releases, a note about the folder, a hidden file and a subfolder."""
    folder = tmp_path / "inbox"
    folder.mkdir()
    (folder / "seed.txt").write_text(SEED_RELEASE.read_text(encoding="utf-8"),
                                     encoding="utf-8")
    (folder / "cream.json").write_text(json.dumps(PAGE), encoding="utf-8")
    (folder / "README.md").write_text("Releases of week 12: 2 files, 3 reviewers.\n",
                                      encoding="utf-8")
    (folder / ".cream.json.swp").write_text("x", encoding="utf-8")
    (folder / "old").mkdir()
    (folder / "old" / "other.txt").write_text("In 2019, 50% of 300 people ...",
                                              encoding="utf-8")
    return folder


def drafts(folder: Path) -> dict[str, dict]:
    return {p.name: yaml.safe_load(p.read_text(encoding="utf-8"))
            for p in sorted(folder.glob("*.yaml"))}


def to_settle(folder: Path) -> str:
    """What the summary says of the drafts in ``folder``: the items lint will ask about."""
    from plainsum.factsheet.unsettled import unsettled

    n = sum(len(unsettled(data)) for data in drafts(folder).values())
    assert n > 0  # a fresh draft always has its draft field to settle
    return f"({n:,} items to settle)"


def test_several_files_give_one_draft_each_named_after_the_file(cli, inbox, tmp_path):
    out = tmp_path / "drafts"
    result = cli("extract", str(inbox / "seed.txt"), str(inbox / "cream.json"), "-o", str(out))
    assert result.exit_code == 0, result.output
    made = drafts(out)
    assert sorted(made) == ["cream.yaml", "seed.yaml"]
    assert made["seed.yaml"]["facts"] and made["cream.yaml"]["facts"]
    # a scraped page is read as headline + body: the title field is the draft's title
    assert made["cream.yaml"]["title"]["en"] == PAGE["title"]
    assert result.stderr.strip().splitlines()[-1] == (
        f"drafted 2 of 2 releases into {out} {to_settle(out)}")
    assert result.stdout == ""


def test_a_folder_drafts_its_releases_and_skips_notes_hidden_files_and_subfolders(
        cli, inbox, tmp_path):
    out = tmp_path / "drafts"
    result = cli("extract", str(inbox), "-o", str(out))
    assert result.exit_code == 0, result.output
    assert sorted(drafts(out)) == ["cream.yaml", "seed.yaml"]
    assert result.stderr.strip().splitlines()[-1] == (
        f"drafted 2 of 2 releases into {out} {to_settle(out)}; skipped 1 other file "
        "(README.md)")


def test_a_draft_is_the_same_as_the_single_release_draft(cli, inbox, tmp_path):
    out = tmp_path / "drafts"
    assert cli("extract", str(inbox), "-o", str(out)).exit_code == 0
    single = cli("extract", str(inbox / "cream.json"))
    assert single.exit_code == 0
    assert (out / "cream.yaml").read_text(encoding="utf-8") == single.stdout


@pytest.mark.parametrize("extra", [[], ["--diff", str(SEED_RELEASE)],
                                   ["-o", "OUT", "--repaired-text", "r.txt"]])
def test_several_releases_need_a_folder_and_no_single_release_options(cli, inbox, tmp_path,
                                                                      extra):
    extra = [str(tmp_path / "out") if a == "OUT" else a for a in extra]
    result = cli("extract", str(inbox / "seed.txt"), str(inbox / "cream.json"), *extra)
    assert result.exit_code == 2
    assert "one release" in result.stderr or "-o DIR" in result.stderr
    assert not (tmp_path / "out").exists()


def test_o_must_be_a_folder_with_several_and_a_file_with_one(cli, inbox, tmp_path):
    a_file = tmp_path / "taken.yaml"
    a_file.write_text("x", encoding="utf-8")
    several = cli("extract", str(inbox), "-o", str(a_file))
    assert several.exit_code == 2 and "is a file, not a folder" in several.stderr
    one = cli("extract", str(inbox / "cream.json"), "-o", str(inbox))
    assert one.exit_code == 2 and "is a folder" in one.stderr


def test_stdin_cannot_be_one_of_several(cli, inbox, tmp_path):
    result = cli("extract", "-", str(inbox / "cream.json"), "-o", str(tmp_path / "d"),
                 input="text")
    assert result.exit_code == 2 and "standard input" in result.stderr


def test_two_releases_that_would_share_a_draft_are_refused_before_any_work(cli, tmp_path):
    for name in ("a/cream.json", "b/cream.txt"):
        (tmp_path / name).parent.mkdir(exist_ok=True)
        (tmp_path / name).write_text(json.dumps(PAGE), encoding="utf-8")
    out = tmp_path / "drafts"
    result = cli("extract", str(tmp_path / "a/cream.json"), str(tmp_path / "b/cream.txt"),
                 "-o", str(out))
    assert result.exit_code == 2 and "would both be drafted" in result.stderr
    assert not out.exists()


def test_an_existing_draft_is_kept_unless_force(cli, inbox, tmp_path):
    out = tmp_path / "drafts"
    out.mkdir()
    (out / "seed.yaml").write_text("draft: true\nfacts: []\n", encoding="utf-8")
    result = cli("extract", str(inbox), "-o", str(out))
    assert result.exit_code == 2 and "--force" in result.stderr
    assert sorted(p.name for p in out.iterdir()) == ["seed.yaml"]  # nothing written at all
    assert (out / "seed.yaml").read_text(encoding="utf-8") == "draft: true\nfacts: []\n"
    forced = cli("extract", str(inbox), "-o", str(out), "--force")
    assert forced.exit_code == 0, forced.output
    assert drafts(out)["seed.yaml"]["facts"]


def test_force_redrafts_drafts_but_never_a_reviewed_sheet(cli, inbox, tmp_path):
    out = tmp_path / "drafts"
    assert cli("extract", str(inbox), "-o", str(out)).exit_code == 0
    reviewed = out / "seed.yaml"  # a reviewer settled this one: the draft marker is gone
    settled = "\n".join(line for line in reviewed.read_text(encoding="utf-8").splitlines()
                         if not line.startswith("draft:")) + "\n# checked by Ana\n"
    reviewed.write_text(settled, encoding="utf-8")
    (out / "cream.yaml").write_text("draft: true\nfacts: []\n", encoding="utf-8")
    result = cli("extract", str(inbox), "-o", str(out), "--force")
    assert result.exit_code == 0, result.output
    assert reviewed.read_text(encoding="utf-8") == settled  # a day's review survives
    assert drafts(out)["cream.yaml"]["facts"]  # the stale draft was drafted again
    assert "kept 1 file that is not a draft" in result.stderr and str(reviewed) in result.stderr
    assert "drafted 1 of 2 releases" in result.stderr.strip().splitlines()[-1]
    assert "kept 1 file that is not a draft" in result.stderr.strip().splitlines()[-1]


def test_force_on_one_release_never_overwrites_a_reviewed_sheet(cli, inbox, tmp_path):
    """As with a folder: -o FILE --force redrafts a draft, never a sheet a person settled."""
    out = tmp_path / "seed.yaml"
    assert cli("extract", str(inbox / "seed.txt"), "-o", str(out)).exit_code == 0
    assert cli("extract", str(inbox / "seed.txt"), "-o", str(out), "--force").exit_code == 0
    settled = "\n".join(line for line in out.read_text(encoding="utf-8").splitlines()
                         if not line.startswith("draft:")) + "\n# checked by Ana\n"
    out.write_text(settled, encoding="utf-8")
    result = cli("extract", str(inbox / "seed.txt"), "-o", str(out), "--force")
    assert result.exit_code == 2 and "reviewed fact sheet" in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1 and "Traceback" not in result.stderr
    assert out.read_text(encoding="utf-8") == settled  # a day's review survives


@pytest.mark.parametrize("mine", ["my notes: important\n", "Press release, final.\n",
                                  "just: notes\n", "\u00ff\u00fe not text", "facts: [1\n"])
def test_force_never_overwrites_a_file_that_is_not_a_draft(cli, inbox, tmp_path, mine):
    """--force redrafts drafts: notes, a release or any other file named by -o are kept,
    one file or a folder's."""
    one = tmp_path / "notes.yaml"
    one.write_text(mine, encoding="utf-8")
    result = cli("extract", str(inbox / "seed.txt"), "-o", str(one), "--force")
    assert result.exit_code == 2 and "is not a draft" in result.stderr
    assert one.read_text(encoding="utf-8") == mine
    out = tmp_path / "drafts"
    out.mkdir()
    (out / "seed.yaml").write_text(mine, encoding="utf-8")
    result = cli("extract", str(inbox), "-o", str(out), "--force")
    assert (out / "seed.yaml").read_text(encoding="utf-8") == mine
    assert "kept 1 file that is not a draft" in result.stderr
    empty = tmp_path / "empty.yaml"
    empty.write_text("", encoding="utf-8")  # nothing to lose: drafted into
    assert cli("extract", str(inbox / "seed.txt"), "-o", str(empty), "--force").exit_code == 0
    assert "draft:" in empty.read_text(encoding="utf-8")


def test_ctrl_c_says_how_many_whole_drafts_were_written(cli, inbox, tmp_path, monkeypatch):
    import plainsum_extract

    real = plainsum_extract.extract_draft

    def stopped_at_seed(text, source="", **kw):
        if source.endswith("seed.txt"):
            raise KeyboardInterrupt
        return real(text, source=source, **kw)

    monkeypatch.setattr(plainsum_extract, "extract_draft", stopped_at_seed)
    out = tmp_path / "drafts"
    result = cli("extract", str(inbox), "-o", str(out))
    assert result.exit_code == 130
    assert sorted(drafts(out)) == ["cream.yaml"]  # cream.json comes first, whole
    assert f"stopped: 1 of 2 drafts written to {out}" in result.stderr


def test_the_same_release_named_twice_is_drafted_once(cli, inbox, tmp_path):
    out = tmp_path / "drafts"
    cream = inbox / "cream.json"
    result = cli("extract", str(cream), str(cream), str(inbox), "-o", str(out))
    assert result.exit_code == 0, result.output
    assert sorted(drafts(out)) == ["cream.yaml", "seed.yaml"]
    assert "drafted 2 of 2 releases" in result.stderr


def test_a_cut_short_json_release_is_refused_as_broken_json(cli, inbox, tmp_path):
    page = json.dumps(PAGE, indent=1)
    (inbox / "cut.json").write_text(page[: len(page) // 2], encoding="utf-8")
    (inbox / "gone.json").symlink_to(tmp_path / "nowhere.json")
    out = tmp_path / "drafts"
    result = cli("extract", str(inbox), "-o", str(out))
    assert result.exit_code == 1
    assert sorted(drafts(out)) == ["cream.yaml", "seed.yaml"]
    refusal = next(line for line in result.stderr.splitlines() if "cut.json" in line)
    assert "not valid JSON (line " in refusal and "cut short" in refusal
    last = result.stderr.strip().splitlines()[-1]
    assert "refused 1 (not valid JSON: 1)" in last and "gone.json" in last


def test_a_refused_release_is_listed_and_the_others_are_still_drafted(cli, inbox, tmp_path):
    (inbox / "menu.txt").write_text("Nothing here has a number.\n", encoding="utf-8")
    (inbox / "blank.txt").write_text("Soup of the day, with bread.\n", encoding="utf-8")
    (inbox / "empty.txt").write_text("", encoding="utf-8")
    out = tmp_path / "drafts"
    result = cli("extract", str(inbox), str(tmp_path / "missing.txt"), "-o", str(out))
    assert result.exit_code == 1, result.output
    assert sorted(drafts(out)) == ["cream.yaml", "seed.yaml"]
    lines = result.stderr.strip().splitlines()
    assert f"refused {inbox / 'menu.txt'}: no facts found" in "\n".join(lines)
    assert lines[-1] == (f"drafted 2 of 6 releases into {out} {to_settle(out)}; refused 4 "
                         "(no facts found: 2, no text to extract facts from: 1, no such file: "
                         "1); skipped 1 other file (README.md)")


def test_an_unexpected_error_in_one_release_does_not_cost_the_others(cli, inbox, tmp_path,
                                                                     monkeypatch):
    import plainsum_extract

    real = plainsum_extract.extract_draft

    def breaks_on_cream(text, source="", **kw):
        if source.endswith("cream.json"):
            raise RuntimeError("boom")
        return real(text, source=source, **kw)

    monkeypatch.setattr(plainsum_extract, "extract_draft", breaks_on_cream)
    monkeypatch.delenv("PLAINSUM_DEBUG", raising=False)
    out = tmp_path / "drafts"
    result = cli("extract", str(inbox), "-o", str(out))
    assert result.exit_code == 1
    assert sorted(drafts(out)) == ["seed.yaml"]
    assert "refused 1 (unexpected RuntimeError: 1)" in result.stderr


@pytest.mark.parametrize(("terminal", "shown"), [(True, True), (False, False)])
def test_a_progress_bar_only_for_many_releases_on_a_terminal(cli, tmp_path, monkeypatch,
                                                             terminal, shown):
    from plainsum.cli import extract_many

    folder = tmp_path / "many"
    folder.mkdir()
    for i in range(extract_many.MANY):
        (folder / f"r{i}.json").write_text(json.dumps(PAGE), encoding="utf-8")
    monkeypatch.setattr(extract_many, "stderr_is_terminal", lambda: terminal)
    result = cli("extract", str(folder), "-o", str(tmp_path / "out"))
    assert result.exit_code == 0, result.output
    assert ("drafting" in result.stderr) is shown
    few = cli("extract", str(folder / "r0.json"), str(folder / "r1.json"), "-o",
              str(tmp_path / "few"))
    assert "drafting" not in few.stderr


def test_draft_names_come_from_the_file_stem():
    from plainsum.cli.extract_many import Refusal, draft_name

    assert draft_name(Path("x/fakehealth-00063.json")) == "fakehealth-00063.yaml"
    assert draft_name(Path("x/My release (final).txt")) == "My-release-final.yaml"
    assert draft_name(Path("x/...txt")) == "release.yaml"
    refusal = Refusal("a.pdf", "a.pdf: this is a PDF, not text; convert it to text first")
    assert refusal.reason == "this is a PDF, not text"


def test_the_corpus_folder_in_one_run(cli, shared, tmp_path):
    corpus = shared / "corpus"
    releases = sorted(corpus.glob("*.json"))
    if not releases:
        pytest.skip("no corpus releases")
    out = tmp_path / "drafts"
    result = cli("extract", str(corpus), "-o", str(out))
    assert result.exit_code in (0, 1), result.output
    assert "unexpected" not in result.stderr  # no crash on any real release
    summary = result.stderr.strip().splitlines()[-1]
    assert f" of {len(releases)} releases into " in summary
    assert len(list(out.glob("*.yaml"))) == int(summary.split()[1])


def test_a_folder_without_releases_is_a_usage_error(cli, tmp_path):
    folder = tmp_path / "notes"
    folder.mkdir()
    (folder / "README.md").write_text("nothing to draft\n", encoding="utf-8")
    (folder / "data.csv").write_text("a,b\n1,2\n", encoding="utf-8")
    result = cli("extract", str(folder), "-o", str(tmp_path / "drafts"))
    assert result.exit_code == 2 and "no releases to draft" in result.stderr
    assert not (tmp_path / "drafts").exists()


def test_nothing_drafted_says_nothing_to_settle():
    from plainsum.cli.extract_many import Refusal, summary

    refused = [Refusal("a.txt", "a.txt: no facts found (none)")]
    assert summary(0, refused, [], Path("d")) == (
        "drafted 0 of 1 release into d; refused 1 (no facts found: 1)")
    assert summary(1, [], [], Path("d"), 1) == "drafted 1 of 1 release into d (1 item to settle)"
