"""A control group said as part of a study the sheet says had none is caught (issue 14)
also where a writer's aside in brackets stands before it ("But (a note to myself) there
was a control group"), where the clause goes on after a colon ("e c'è un gruppo di
confronto: non sappiamo …"), where a bullet list goes on on the next line ("- com
grupo de controlo\\n- Pop.: …") and where a clause before a comma and conjunction holds a
word of its own such as "only" ("nur … ausgewertet, und es gab eine Vergleichsgruppe").
The faithful sentences (the group denied) stay silent, and a glossary's headword explained
after its colon or dash is still no claim. Sentences written here in wording of their own.
"""

from __future__ import annotations

import pytest

from tests.test_check_real_errors import HSCT, alarms, caught_at, said


@pytest.mark.parametrize("lang, faithful, wrong, words", [
    ("en", "But (a note to my future self) there was no control group at all.",
     "But (a note to my future self) there was a control group at all.", "control group"),
    ("it", "Si leggono cartelle già archiviate, e non c'è un gruppo di confronto: non "
     "sappiamo se il merito sia del trapianto.", "Si leggono cartelle già archiviate, e c'è "
     "un gruppo di confronto: non sappiamo se il merito sia del trapianto.",
     "gruppo di confronto"),
    ("pt", "Notas\n- Desenho: estudo retrospetivo, sem grupo de controlo\n- Pop.: 210 doentes "
     "com EM\n", "Notas\n- Desenho: estudo retrospetivo, com grupo de controlo\n- Pop.: 210 "
     "doentes com EM\n", "grupo de controlo"),
    ("es", "Apuntes\n- Diseño: retrospectivo, sin grupo de control\n- Pacientes: 210 con EM\n",
     "Apuntes\n- Diseño: retrospectivo, con grupo de control\n- Pacientes: 210 con EM\n",
     "grupo de control"),
    ("de", "Die Studie hat nur alte Krankenakten gelesen, und es gab keine Vergleichsgruppe "
     "ohne Transplantation.", "Die Studie hat nur alte Krankenakten gelesen, und es gab eine "
     "Vergleichsgruppe ohne Transplantation.", "Vergleichsgruppe"),
    ("en", "The team only read old records, and there was no control group.",
     "The team only read old records, and there was a control group.", "control group"),
    ("fr", "Mais (note pour plus tard) il n'y avait pas de groupe témoin.",
     "Mais (note pour plus tard) il y avait un groupe témoin.", "groupe témoin"),
])
def test_a_control_group_said_present(lang: str, faithful: str, wrong: str, words: str
                                      ) -> None:
    assert not alarms(HSCT, lang, faithful), said(alarms(HSCT, lang, faithful))
    assert caught_at(HSCT, lang, wrong, "negation-changed", words), said(
        alarms(HSCT, lang, wrong))


@pytest.mark.parametrize("lang, text", [
    ("es", "Glosario\n- Grupo de control: personas que reciben otro trato, para comparar\n"),
    ("it", "Glossario\n- Gruppo di controllo: persone che non ricevono il trattamento\n- Coorte: "
     "un gruppo seguito nel tempo\n"),
])
def test_a_glossary_headword_is_no_claim(lang: str, text: str) -> None:
    assert not alarms(HSCT, lang, text), said(alarms(HSCT, lang, text))
