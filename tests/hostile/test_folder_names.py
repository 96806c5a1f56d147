"""An output named as a folder ("drafts/", with its slash) that does not exist yet: the
command said "wrote drafts/" and made a file called "drafts"."""

from __future__ import annotations

from pathlib import Path

import pytest

from ..conftest import SEED, SEED_FACTS
from ..test_translate import english, strip  # noqa: F401  (the fixture and its helper)
from .helpers import one_error, run, snapshot

RELEASE = SEED / "release.txt"


@pytest.mark.parametrize("args", [
    ("extract", str(RELEASE), "-o", "{out}/"),
    ("extract", str(RELEASE), "-o", "{tmp}/d.yaml", "--repaired-text", "{out}/"),
    ("review", str(SEED_FACTS), "-o", "{out}/"),
])
def test_an_output_written_as_a_folder_is_refused(cli, tmp_path: Path, args) -> None:
    out = tmp_path / "new"
    before = snapshot(tmp_path)
    result = cli(*(a.format(out=out, tmp=tmp_path) for a in args))
    assert result.exit_code == 2, result.stderr
    one_error(result.stderr, "is a folder")
    assert snapshot(tmp_path) == before and not out.exists()


def test_translate_export_to_a_folder_name_is_refused(english, pm, tmp_path: Path) -> None:  # noqa: F811
    out = tmp_path / "po"
    result = run(pm, "translate", "export", str(english), "--lang", "es", "-o", f"{out}/")
    assert result.exit_code == 2, result.stderr
    one_error(result.stderr, "is a folder")
    assert not out.exists()
