"""A heading before a colon that dates what follows as an earlier finding of the same
study ("Panel 4. Un dato previo del mismo estudio: …", "Slide 4. An earlier finding of the
same trial: …") keeps a background figure context, though its clause names a group of the
study (issue 14). A heading that gives it as the main finding is still caught. Sentences
written here in wording of their own.
"""

from __future__ import annotations

import pytest

from tests.test_check_real_errors import CT, alarms, caught_at, said


@pytest.mark.parametrize("lang, faithful, wrong, words", [
    ("es", "Panel 4. Un dato previo del mismo estudio: el TAC cambió el diagnóstico de "
     "alrededor de una de cada cuatro personas.", "Panel 4. El resultado principal del "
     "mismo estudio: el TAC cambió el diagnóstico de alrededor de una de cada cuatro "
     "personas.", "una de cada cuatro"),
    ("en", "Slide 4. An earlier finding of the same trial: the scan changed the diagnosis "
     "in about one in four people.", "Slide 4. The main finding of the same trial: the scan "
     "changed the diagnosis in about one in four people.", "one in four"),
    ("it", "Scheda 4. Un risultato precedente dello stesso studio: la TAC ha cambiato la "
     "diagnosi di circa una persona su quattro.", "Scheda 4. Il risultato principale dello "
     "stesso studio: la TAC ha cambiato la diagnosi di circa una persona su quattro.",
     "una persona su quattro"),
])
def test_an_earlier_finding_in_a_heading(lang: str, faithful: str, wrong: str, words: str
                                         ) -> None:
    assert not alarms(CT, lang, faithful), said(alarms(CT, lang, faithful))
    assert caught_at(CT, lang, wrong, "background-as-result", words), said(
        alarms(CT, lang, wrong))
