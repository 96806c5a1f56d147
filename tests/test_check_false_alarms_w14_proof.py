"""A proof set against what a study does show ("a link rather than proof that", "un lien
plus qu'elle ne prouve", "un'associazione piuttosto che una prova che") denies the proof:
no overstatement (issue 14). The same sentence claiming the proof is still caught.
Sentences written here in wording of their own.
"""

from __future__ import annotations

import pytest

from tests.test_check_real_errors import VITD, alarms, caught_at, said


@pytest.mark.parametrize("lang, faithful, wrong, words", [
    ("en", "Being a cohort study, it shows a link rather than proof that low vitamin D "
     "causes the disease.",
     "Being a cohort study, it gives proof that low vitamin D causes the disease.",
     "proof that"),
    ("en", "It shows a link, not proof that low vitamin D causes bowel cancer.",
     "It shows a link, and proof that low vitamin D causes bowel cancer.", "proof that"),
    ("fr", "Cette étude de cohorte montre un lien plus qu'elle ne prouve que le manque de "
     "vitamine D cause le cancer.",
     "Cette étude de cohorte montre un lien et prouve que le manque de vitamine D cause le "
     "cancer.", "prouve"),
    ("it", "Lo studio di coorte mostra un'associazione piuttosto che una prova che la "
     "carenza di vitamina D causi il cancro del colon.",
     "Lo studio di coorte offre una prova che la carenza di vitamina D causa il cancro del "
     "colon.", "prova che"),
    ("pt", "O estudo de coorte mostra uma associação, em vez de uma prova que a falta de "
     "vitamina D cause cancro do intestino.",
     "O estudo de coorte mostra uma associação e prova que a falta de vitamina D causa "
     "cancro do intestino.", "prova que"),
    ("es", "El estudio de cohortes muestra una asociación, en lugar de una prueba que la "
     "falta de vitamina D cause cáncer de colon.",
     "El estudio de cohortes muestra una asociación y prueba que la falta de vitamina D "
     "causa cáncer de colon.", "prueba que"),
])
def test_a_proof_denied_by_a_contrast(lang: str, faithful: str, wrong: str, words: str
                                      ) -> None:
    assert not alarms(VITD, lang, faithful), said(alarms(VITD, lang, faithful))
    assert caught_at(VITD, lang, wrong, "overstated", words), said(alarms(VITD, lang, wrong))


def test_a_german_proof_set_against_a_link() -> None:
    # "eher ... als einen Beweis dafür": the proof is set against the link
    faithful = ("Die Kohortenstudie zeigt eher einen Zusammenhang als einen Beweis dafür, "
                "dass wenig Vitamin D mit Darmkrebs einhergeht.")
    wrong = ("Die Kohortenstudie zeigt einen Beweis dafür, dass wenig Vitamin D mit "
             "Darmkrebs einhergeht.")
    assert "overstated" not in {f.rule for f in alarms(VITD, "de", faithful)}, said(
        alarms(VITD, "de", faithful))
    assert caught_at(VITD, "de", wrong, "overstated", "Beweis dafür"), said(
        alarms(VITD, "de", wrong))


def test_a_german_absent_proof_announced_by_dafuer() -> None:
    # "keinen Beweis dafür, dass X verursacht": the "dafür" stands between the absent proof
    # and the clause it denies; the clause is no causal claim
    faithful = ("Die Kohortenstudie zeigt einen Zusammenhang, aber keinen Beweis dafür, dass "
                "Vitamin-D-Mangel Darmkrebs verursacht.")
    wrong = ("Die Kohortenstudie zeigt einen Zusammenhang und dass Vitamin-D-Mangel "
             "Darmkrebs verursacht.")
    assert not alarms(VITD, "de", faithful), said(alarms(VITD, "de", faithful))
    assert caught_at(VITD, "de", wrong, "causal-claim", "verursacht"), said(
        alarms(VITD, "de", wrong))
