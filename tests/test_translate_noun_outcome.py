"""An outcome the sheet names as a noun phrase ("wound infections", "quality of life", what
a no-difference result compared) is exported with a noun's guide and the sentence a noun
goes into, not "what the group did" after "[number] [group] ___": a translator who followed
that wrote a verb phrase ("tuvieron dolor"), and every output then read "the study compared
had pain"."""

from __future__ import annotations

import polib
import pytest

from .conftest import TRIAL_FACTS
from .test_translate import strip

VERB = ("        plain: got a wound infection\n"
        "        technical: developed a surgical-site infection\n")
NOUN = ("        plain: wound infections\n"
        "        technical: surgical-site infections\n")


@pytest.fixture
def noun_sheet(tmp_path):
    text = strip(TRIAL_FACTS.read_text(encoding="utf-8"))
    assert VERB in text
    path = tmp_path / "facts.yaml"
    path.write_text(text.replace(VERB, NOUN, 1), encoding="utf-8")
    return path


def _comments(run_cli, sheet, tmp_path, lang):
    po = tmp_path / f"{lang}.po"
    result = run_cli("translate", "export", str(sheet), "--lang", lang, "-o", str(po))
    assert result.exit_code == 0, result.output
    return {e.msgctxt: e.comment for e in polib.pofile(str(po))}


@pytest.mark.parametrize(("lang", "frame"), [
    ("es", "'[when], el estudio comparó ___'"),
    ("de", "'[when] verglich die Studie ___'"),
    ("fr", "'[when], l'étude a comparé ___'"),
])
def test_a_noun_outcome_gets_a_nouns_guide(run_cli, noun_sheet, tmp_path, lang, frame):
    comments = _comments(run_cli, noun_sheet, tmp_path, lang)
    said = comments[f"outcomes[ssi].label.{lang}.plain"]
    assert said.startswith("What was compared, a noun phrase")
    assert frame in said
    assert "What the group did" not in said


def test_a_verb_outcome_keeps_the_frame_after_the_group(run_cli, tmp_path):
    sheet = tmp_path / "facts.yaml"
    sheet.write_text(strip(TRIAL_FACTS.read_text(encoding="utf-8")), encoding="utf-8")
    said = _comments(run_cli, sheet, tmp_path, "de")["outcomes[ssi].label.de.plain"]
    assert said.startswith("What the group did or had")
    assert "'[when] waren [number] [group] ___'" in said
