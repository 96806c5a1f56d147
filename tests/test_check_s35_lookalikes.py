"""A one-word term garbled in its middle, its start and ending kept, the way machine
translation and careless typing garble a long drug or procedure name ("clorossidina" for
"clorexidina"), in a text that names the term rightly elsewhere: a garble, where the term's
own inflections and derivations (another ending) are not (issue 14, item 2)."""

from __future__ import annotations

import pytest

from tests.test_check_real_errors import CHX, HSCT, alarms, caught_at, said


@pytest.mark.parametrize("sheet, lang, faithful, wrong, words", [
    (CHX, "it", "Disinfettare la pelle con clorexidina prima del cesareo previene più "
     "infezioni dello iodio.",
     "Lo studio ha confrontato clorexidina e iodio. Disinfettare la pelle con clorossidina "
     "prima del cesareo previene più infezioni dello iodio.", "clorossidina"),
    (CHX, "es", "Desinfectar la piel con clorhexidina antes de la cesárea evita más "
     "infecciones que el yodo.",
     "El estudio comparó clorhexidina y yodo. Desinfectar la piel con clorhoxedina antes de "
     "la cesárea evita más infecciones que el yodo.", "clorhoxedina"),
])
def test_a_one_word_term_garbled_in_its_middle(sheet: str, lang: str, faithful: str,
                                               wrong: str, words: str) -> None:
    assert not alarms(sheet, lang, faithful), said(alarms(sheet, lang, faithful))
    assert caught_at(sheet, lang, wrong, "term-corrupted", words), said(
        alarms(sheet, lang, wrong))


@pytest.mark.parametrize("sheet, lang, text", [
    (HSCT, "de", "Nach der Stammzelltransplantation und den Stammzelltransplantationen ging "
     "es vielen besser."),
    (CHX, "it", "La clorexidina alcolica è un antisettico per la pelle."),
])
def test_inflections_are_no_garbles(sheet: str, lang: str, text: str) -> None:
    assert not alarms(sheet, lang, text), said(alarms(sheet, lang, text))
