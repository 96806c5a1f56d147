"""An outcome label the language's sentences cannot carry ('sind an einer Wundinfektion
erkrankt' after the German pack's 'waren') made '... waren 4 von 100 Frauen sind an einer
Wundinfektion erkrankt' in every output, each '[passed]': lint warned, generate said
nothing. It now says the same warning on stderr (the outputs and exit status as before)."""

from __future__ import annotations

from pathlib import Path

from .helpers import TRIAL_TEXT, edited, run

GOOD = "plain: von einer Wundinfektion betroffen"


def test_generate_warns_of_an_outcome_label_its_sentences_cannot_carry(
        pm, tmp_path: Path) -> None:
    sheet = tmp_path / "facts.yaml"
    sheet.write_text(edited(TRIAL_TEXT, GOOD, "plain: sind an einer Wundinfektion erkrankt"),
                     encoding="utf-8")
    result = run(pm, "generate", str(sheet), "--lang", "de", "--generator", "social",
                 "--audience", "patients")
    warned = [line for line in result.stderr.splitlines() if "warning:" in line]
    assert len(warned) == 1 and "outcomes[ssi].label.de.plain: 'sind'" in warned[0]
    assert result.exit_code in (0, 1)


def test_no_warning_for_a_label_that_fits(pm, tmp_path: Path) -> None:
    sheet = tmp_path / "facts.yaml"
    sheet.write_text(TRIAL_TEXT, encoding="utf-8")
    assert GOOD in TRIAL_TEXT
    result = run(pm, "generate", str(sheet), "--lang", "de,en", "--generator", "social",
                 "--audience", "patients")
    assert result.exit_code == 0 and "warning:" not in result.stderr
