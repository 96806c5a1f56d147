"""Numbers that only number a text: a message's place in a series ("SMS 2/4", "[SMS 3/5]"),
footnote marks and a reference list's numbers ("[2]", "[1] McCullough …"), a question's
number ("Frage 3", "Pregunta 12.") and the items of a list run into a sentence ("(1) …, (2)
…"). None is a figure of the study; a figure of the study beside them is still read, and
a wrong one is still caught. In the six languages, on the chlorhexidine sheet (23 of 572,
4.0 %, against 42 of 575, 7.3 %)."""

from __future__ import annotations

import pytest

from tests import corruption as C

SHEET = "chlorhexidine-csection-2016"

CASES = [
    ("en", "SMS 2/4: within 30 days, 4.0% of women given chlorhexidine had a wound infection "
           "[1], against 7.3% with iodine [2].\n\n[1] Tuuli et al. [2] The same trial.",
     "4.0%", "4.5%"),
    ("es", "[SMS 3/5] Pregunta 12. En 30 días, el 4,0 % de las mujeres tratadas con "
           "clorhexidina tuvo una infección de la herida, frente al 7,3 % con yodo.",
     "4,0 %", "4,5 %"),
    ("fr", "Info-SMS 1/3 : en 30 jours, 4,0 % des femmes traitées à la chlorhexidine ont eu "
           "une infection de la plaie [3], contre 7,3 % avec l'iode.", "4,0 %", "4,5 %"),
    ("de", "Frage 3 (Gynäkologie): In 30 Tagen bekamen 4,0 % der Frauen mit Chlorhexidin eine "
           "Wundinfektion, mit Jod 7,3 %.", "4,0 %", "4,5 %"),
    ("it", "Domanda 4: entro 30 giorni l'infezione della ferita ha colpito il 4,0% delle donne "
           "trattate con clorexidina e il 7,3% di quelle trattate con iodio. Limiti: (1) un "
           "solo ospedale, (2) nessun altro antisettico.", "4,0%", "4,5%"),
    ("pt", "SMS 2/4 – Em 30 dias, 4,0 % das mulheres tratadas com clorexidina tiveram uma "
           "infeção da ferida [2], contra 7,3 % com iodo.", "4,0 %", "4,5 %"),
]


@pytest.mark.parametrize(("lang", "text", "figure", "wrong"), CASES,
                         ids=[c[0] for c in CASES])
def test_numbers_that_number_the_text_are_no_figures(lang, text, figure, wrong):
    assert C.alarms_in(SHEET, lang, text) == [], C.said(C.alarms_in(SHEET, lang, text))
    corrupted = text.replace(figure, wrong, 1)
    assert any(f.rule == "unsupported-number" and wrong in corrupted[f.span[0]:f.span[1] + 2]
               for f in C.alarms_in(SHEET, lang, corrupted))


def test_a_lone_number_in_brackets_is_still_read():
    found = C.alarms_in(SHEET, "en", "Women with a wound infection (7) were few.")
    assert any(f.rule == "unsupported-number" for f in found)
