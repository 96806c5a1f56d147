"""causal-claim on an observational sheet: the exposure named by its head noun, a result
put down to it, the cause said with adverbs or of the results, and a consequence clause
after a denial (plugins/plainsum_checks/claims.py, the packs' CAUSAL and CAUSATION)."""

from __future__ import annotations

import pytest

from tests import corruption as C

HSCT = "hsct-ms-2021"  # a retrospective study: it cannot show cause and effect
VITD = "vitamin-d-colorectal-2018"  # a cohort study


def _causal(sheet: str, lang: str, text: str) -> list[str]:
    return [f.found for f in C.alarms_in(sheet, lang, text) if f.rule == "causal-claim"]


@pytest.mark.parametrize(("sheet", "lang", "text"), [
    # a result put down to the exposure, named by the head noun of its term
    (HSCT, "en", "Patients stayed stable, and these gains are entirely due to the transplant."),
    (HSCT, "es", "Los pacientes no empeoraron: el resultado se debe al trasplante."),
    (HSCT, "fr", "Les patients sont restés stables : ces résultats sont dus à la greffe."),
    (HSCT, "it", "I pazienti sono rimasti stabili: il merito è del trapianto."),
    (HSCT, "pt", "Os doentes ficaram estáveis: os resultados são atribuíveis ao transplante."),
    (HSCT, "de", "Die Patienten blieben stabil; das ist auf die Transplantation "
                 "zurückzuführen."),
    # the exposure said to have made the result
    (HSCT, "en", "The transplant clearly caused these results."),
    (HSCT, "en", "The transplant is what made the difference for these patients."),
    (HSCT, "pt", "Foi o transplante que fez a diferença."),
    (HSCT, "de", "Die Transplantation war demnach eindeutig die Ursache."),
    (HSCT, "fr", "La greffe est la cause de ces bons résultats."),
    # a protective effect named as what was shown
    (VITD, "fr", "L'étude démontre l'effet protecteur de la vitamine D contre le cancer."),
    # a change of risk said in a gerund after the exposure
    (VITD, "es", "Las personas con más vitamina D salieron ganando, reduciendo el riesgo "
                 "un 22 %."),
])
def test_a_cause_said_of_an_observational_result(sheet: str, lang: str, text: str) -> None:
    assert _causal(sheet, lang, text), C.said(C.alarms_in(sheet, lang, text))


@pytest.mark.parametrize(("sheet", "lang", "text"), [
    # a consequence drawn after a denial is said outright
    (HSCT, "en", "Nobody was compared with people who had no transplant, so the results "
                 "are due to the transplant."),
    (HSCT, "es", "No hubo grupo de comparación, así que el resultado se debe al trasplante."),
])
def test_a_consequence_clause_is_not_denied_by_the_clause_before(sheet: str, lang: str,
                                                                 text: str) -> None:
    assert _causal(sheet, lang, text), C.said(C.alarms_in(sheet, lang, text))


@pytest.mark.parametrize(("sheet", "lang", "text"), [
    # denied, hedged, or the connector set off by commas inside the denied clause
    (HSCT, "pt", "Os resultados não podem, por isso, ser atribuídos ao transplante em si."),
    (HSCT, "en", "The results cannot be attributed to the transplant itself."),
    (HSCT, "fr", "On ne sait pas si ces résultats sont dus à la greffe."),
    (HSCT, "it", "Non si può dire che il merito sia del trapianto."),
    # something else put down to something else: not the exposure
    (HSCT, "en", "After the transplant, some visits were due to infections."),
    # an indefinite head says what one is, it does not point back to the exposure
    (HSCT, "en", "A transplant is a demanding treatment; relapses are due to the disease."),
    (VITD, "en", "This shows a link, not causation."),
])
def test_no_cause_where_it_is_denied_or_said_of_something_else(sheet: str, lang: str,
                                                               text: str) -> None:
    assert not _causal(sheet, lang, text), C.said(C.alarms_in(sheet, lang, text))


RIVA = "rivaroxaban-pe-2018"  # visits for bleeding: no difference between the two arms


@pytest.mark.parametrize(("lang", "text"), [
    # a "no difference" said in another clause, of another outcome, leaves it standing
    ("es", "Menos visitas por sangrado con rivaroxabán, y ninguno de los dos grupos tuvo "
           "una hemorragia grave."),
    # an advantage of one arm is a difference
    ("de", "Bei den Arztbesuchen wegen Blutungen zeigte sich ein Vorteil der frühen "
           "Entlassung mit Rivaroxaban."),
    ("en", "For visits because of bleeding there was a clear advantage for the patients "
           "sent home early on rivaroxaban."),
])
def test_a_difference_where_the_sheet_found_none(lang: str, text: str) -> None:
    found = [f for f in C.alarms_in(RIVA, lang, text) if f.rule == "invented-difference"]
    assert found, C.said(C.alarms_in(RIVA, lang, text))


@pytest.mark.parametrize(("lang", "text"), [
    ("es", "Las visitas por sangrado fueron menos frecuentes con rivaroxabán, pero la "
           "diferencia no fue significativa."),
    ("en", "There was no advantage for either group in visits because of bleeding."),
])
def test_no_difference_said_with_it(lang: str, text: str) -> None:
    found = [f for f in C.alarms_in(RIVA, lang, text) if f.rule == "invented-difference"]
    assert not found, C.said(found)
