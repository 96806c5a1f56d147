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


def test_import_warns_at_the_entry_of_an_outcome_the_sentences_cannot_carry(
        pm, english, tmp_path: Path) -> None:  # noqa: F811
    out = tmp_path / "de.po"
    assert run(pm, "translate", "export", str(english), "--lang", "de", "-o",
               str(out)).exit_code == 0
    po = polib.pofile(str(out))
    for entry in po:
        entry.flags = []
        outcome = entry.msgctxt.startswith("outcomes[") and ".none" not in entry.msgctxt
        entry.msgstr = "sind an einer Wundinfektion erkrankt" if outcome else f"de {entry.msgid}"
    po.save(str(out))
    lines = {e.msgctxt: e.linenum for e in polib.pofile(str(out))}
    result = run(pm, "translate", "import", str(english), str(out))
    warned = [line for line in result.stderr.splitlines() if "warning:" in line]
    outcomes = [c for c in lines if c.startswith("outcomes[") and ".none" not in c]
    assert outcomes and len(warned) == len(outcomes)
    for context in outcomes:
        assert any(line.startswith(f"plainsum: {out}:{lines[context]}: {context}: warning: "
                                   "'sind'") for line in warned), context
    assert "imported" in result.stderr  # a warning, not a refusal
