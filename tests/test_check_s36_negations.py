"""A negation turned around a sheet statement (rule negation-changed): the one place a
study ran in denied ("not only one hospital", "no se hizo en un solo hospital", "nicht nur
in einem Krankenhaus") or widened in a clause whose subject is the study by pronoun or by
its verb of taking place ("Elle a eu lieu dans de nombreux hôpitaux"); the limitation said
as it is, or with a negation that belongs to a reason before it, passes."""

from __future__ import annotations

import pytest

from . import corruption as C

CHX = "chlorhexidine-csection-2016"  # one hospital only


def _negations(lang: str, text: str) -> list[str]:
    return [f.found for f in C.alarms_in(CHX, lang, text) if f.rule == "negation-changed"]


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "The trial was not done in just one hospital."),
    ("en", "The trial was not limited to a single hospital."),
    ("de", "EINSCHRÄNKUNG: DIE STUDIE LIEF NICHT NUR IN EINEM KRANKENHAUS."),
    ("es", "Ojo: no se hizo en un solo hospital, así que hay que confirmarlo en otros."),
    ("pt", "Mas atenção: o estudo não foi feito só num hospital."),
    ("fr", "L'étude n'a pas été menée dans un seul hôpital."),
    ("it", "Lo studio non si è svolto in un solo ospedale."),
    ("fr", "Elle a eu lieu dans de nombreux hôpitaux, ce qui impose de confirmer ailleurs."),
    ("es", "Tuvo lugar en varios hospitales de la ciudad y en dos clínicas privadas."),
])
def test_the_one_place_denied_or_widened_is_an_error(lang, text):
    assert _negations(lang, text)


@pytest.mark.parametrize(("lang", "text"), [
    ("de", "EINSCHRÄNKUNG: DIE STUDIE LIEF NUR IN EINEM KRANKENHAUS."),
    ("es", "Ojo: se hizo en un solo hospital, así que hay que confirmarlo en otros."),
    ("es", "No sabemos si vale para todos, porque se hizo en un solo hospital."),
    ("en", "We can't be sure it works everywhere as it ran in only one hospital."),
    ("pt", "Mas atenção: o estudo foi feito só num hospital."),
    ("fr", "L'étude a été menée dans un seul hôpital ; il faut la confirmer ailleurs."),
    ("it", "Lo studio si è svolto in un solo ospedale: servono conferme in altri ospedali."),
])
def test_the_one_place_said_as_the_sheet_says_it_passes(lang, text):
    assert _negations(lang, text) == []


HSCT = "hsct-ms-2021"  # no control group


@pytest.mark.parametrize(("lang", "text"), [
    ("it", "Un gruppo di ricerca italiano ha riesaminato i dati di 210 persone con SM "
           "trapiantate fra il 1997 e il 2019."),
    ("es", "Un grupo de investigación italiano revisó los datos de 210 personas trasplantadas."),
    ("it", "Attenzione però: non c'era un gruppo di confronto senza trapianto."),
])
def test_a_group_of_another_kind_is_no_control_group_said(lang, text):
    assert [f.found for f in C.alarms_in(HSCT, lang, text)
            if f.rule == "negation-changed"] == []


@pytest.mark.parametrize(("lang", "text"), [
    ("it", "Attenzione però: c'era un gruppo di confronto senza trapianto."),
    ("es", "El estudio tuvo un grupo de control."),
])
def test_the_control_group_said_to_be_there_is_still_an_error(lang, text):
    assert [f.rule for f in C.alarms_in(HSCT, lang, text) if f.rule == "negation-changed"]
