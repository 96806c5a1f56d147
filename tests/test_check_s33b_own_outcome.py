"""A difference said of a measure the clause names (issue 14): "Total costs were lower
with early discharge" right after a sentence on the bleeding visits the sheet found no
difference in is about costs, where the sheet has a real difference, not about the
visits. A difference said of nothing of its own right after that sentence is still read
as the visits' and caught. Texts written here in wording of their own.
"""

from __future__ import annotations

import pytest

from tests.test_check_real_errors import RIVA, alarms, caught_at, said


@pytest.mark.parametrize("lang, text", [
    ("pt", "Quanto a consultas médicas ou internamentos por hemorragia, não houve diferença "
     "entre os grupos. Os custos totais foram menores com a alta precoce: uma poupança "
     "mediana de 2496 dólares por doente."),
    ("en", "As for visits to a doctor or hospital because of bleeding, there was no "
     "difference between the groups. Total costs were lower with early discharge: a median "
     "saving of 2,496 dollars per patient."),
    ("es", "En cuanto a las visitas al médico u hospitalizaciones por sangrado, no hubo "
     "diferencias entre los grupos. Los costes totales fueron menores con el alta precoz: "
     "un ahorro mediano de 2496 dólares por paciente."),
    ("it", "Quanto alle visite mediche o ai ricoveri per sanguinamento, non ci sono state "
     "differenze tra i gruppi. I costi totali sono stati minori con la dimissione precoce: "
     "un risparmio mediano di 2496 dollari per paziente."),
])
def test_a_clause_about_costs_after_the_visits(lang: str, text: str) -> None:
    found = [f for f in alarms(RIVA, lang, text) if f.rule == "invented-difference"]
    assert not found, said(found)


@pytest.mark.parametrize("lang, text, words", [
    ("en", "As for visits to a doctor or hospital because of bleeding, there was no "
     "difference between the groups. Early discharge patients had fewer of them than "
     "usual care patients.", "fewer"),
    ("pt", "Quanto a consultas médicas ou internamentos por hemorragia, não houve diferença "
     "entre os grupos. Mas os doentes com alta precoce tiveram menos do que os que ficaram "
     "internados.", "menos"),
])
def test_a_difference_of_nothing_of_its_own_is_still_the_visits(lang: str, text: str,
                                                                words: str) -> None:
    assert caught_at(RIVA, lang, text, "invented-difference", words), said(
        alarms(RIVA, lang, text))
