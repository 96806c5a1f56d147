"""An outcome's wording takes a different form in each language (a German one follows
'waren', a Dutch one ends on its verb), but the translator was told 'a plural verb phrase'
in every language: a German translator's 'sind gestürzt' gave 'Nach 12 Wochen waren 7,4 %
der Menschen sind gestürzt' in every output, each passing its checks. The comment now
shows the target language's own sentence around the outcome."""

from __future__ import annotations

from pathlib import Path

import polib
import pytest

from ..test_translate import english, strip  # noqa: F401  (the fixture and its helper)
from .helpers import run


@pytest.mark.parametrize("lang, frame", [
    ("de", "[when] waren [number] [group] ___"),
    ("fr", "[number] [group] ___"),
])
def test_an_outcomes_comment_shows_the_sentence_it_goes_into(pm, english, tmp_path: Path,  # noqa: F811
                                                               lang: str, frame: str) -> None:
    out = tmp_path / f"{lang}.po"
    result = run(pm, "translate", "export", str(english), "--lang", lang, "-o", str(out))
    assert result.exit_code == 0, result.output
    entries = polib.pofile(str(out))
    outcomes = [e for e in entries if e.msgctxt.startswith("outcomes[")
                and e.msgctxt.endswith((".plain", ".technical"))]
    assert outcomes
    for entry in outcomes:
        assert frame in entry.comment and "plural verb phrase" not in entry.comment
    groups = [e for e in entries if e.msgctxt.startswith("groups[")]
    assert groups and all("___" not in e.comment for e in groups)
