"""extract's summary line (the last, before the line that names the next command) counts
what it drafted: '1 facts' read as a typo in every one-fact draft, and '0 facts' said
nothing of what a person must settle before lint passes."""

from __future__ import annotations

from pathlib import Path

import pytest

ONE = ("Walking helps older adults\n\nIn a randomised trial, 120 adults with high blood "
       "pressure were assigned to walk every day.\n")
NONE = ("Cell study shows how nerve cells repair\n\nResearchers at a university lab "
        "watched nerve cells grow in dishes. \"This helps us understand repair,\" they "
        "said. The work was done in mice and in cells.\n")


@pytest.mark.parametrize("release, said", [(ONE, ": 1 fact; "), (NONE, ": no facts yet; ")])
def test_the_summary_counts_in_words(cli, tmp_path: Path, release: str, said: str) -> None:
    path = tmp_path / "release.txt"
    path.write_text(release, encoding="utf-8")
    result = cli("extract", str(path), "-o", str(tmp_path / "draft.yaml"))
    if release is NONE and result.exit_code != 0:  # refusing it is as clear
        assert "no facts" in result.stderr and not (tmp_path / "draft.yaml").exists()
        return
    assert result.exit_code == 0, result.stderr
    lines = result.stderr.splitlines()
    assert lines[-1].startswith("next: plainsum review ")
    assert said in lines[-2]
