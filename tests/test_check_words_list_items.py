"""negation-changed (a sheet's negated limitation): the items of a list set off by
semicolons are read one by one, so words picked from several items ("possível viés" in one,
"os doentes ... internados" in another) are not the negated statement said without its
negation; the statement said in one item without its negation is still caught."""

from __future__ import annotations

import pytest

from tests import corruption as C

SHEET = "rivaroxaban-pe-2018"

# (a list of limitations, the same list with blinding said possible)
PAIRS = {
    "pt": ("Outras limitações: menos doentes do que o previsto; inclusão dependente da "
           "avaliação subjetiva dos médicos (possível viés de seleção); os doentes sabiam se "
           "tinham sido internados (sem ocultação).",
           "Outras limitações: menos doentes do que o previsto; inclusão dependente da "
           "avaliação subjetiva dos médicos; foi possível ocultar aos doentes se tinham sido "
           "internados."),
    "es": ("Otras limitaciones: menos pacientes de lo previsto; posible sesgo de selección; "
           "los pacientes conocían su ingreso (sin enmascarar).",
           "Otras limitaciones: menos pacientes de lo previsto; fue posible enmascarar a los "
           "pacientes respecto a su ingreso."),
    "en": ("Other limits: fewer patients than planned; a possible bias in who was included; "
           "patients knew their admission status (without being blinded).",
           "Other limits: fewer patients than planned; patients could be blinded to their "
           "admission status."),
    "it": ("Altri limiti: meno pazienti del previsto; possibile bias di selezione; i pazienti "
           "sapevano del ricovero (senza cieco).",
           "Altri limiti: meno pazienti del previsto; è stato possibile mantenere i pazienti "
           "in cieco rispetto al ricovero."),
}


def _negation(lang: str, text: str) -> list[str]:
    return [f.rule for f in C.alarms_in(SHEET, lang, text) if f.rule == "negation-changed"]


@pytest.mark.parametrize("lang", sorted(PAIRS))
def test_list_items_are_read_one_by_one(lang):
    items, unnegated = PAIRS[lang]
    assert _negation(lang, items) == []
    assert _negation(lang, unnegated) == ["negation-changed"]
