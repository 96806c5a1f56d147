"""Numbers that only number or address the text are no figures of the study: a message's
place in a series, footnote marks and a reference list, a question's, a page's, a slide's
or an episode's number, a list run into a sentence, an outline's sections, a subtitle's
cues and time codes, a citation's volume and pages, a telephone number.

Each faithful text raises no alarm, and the same text with a study figure changed right
beside the number that addresses it is still caught at the changed figure. Numbers in the
same forms that are figures (no series noun, a series whose place exceeds its length, a
lone bracketed number, a common word mid-sentence) are still read and still caught. On the
chlorhexidine sheet: 1147 women, 23 of 572 (4.0 %) with chlorhexidine against 42 of 575
(7.3 %) with iodine, within 30 days.
"""

from __future__ import annotations

import pytest

from tests import corruption as C

SHEET = "chlorhexidine-csection-2016"

# language, faithful text, a study figure in it, the same figure changed
CASES = [
    # a message's place in a series
    ("en", "Text message 2/4: within 30 days, 23 of 572 women given chlorhexidine had a "
           "wound infection.", "23 of 572", "25 of 572"),
    ("en", "Tweet 1/5\nWithin 30 days, 4.0% of women given chlorhexidine had a wound "
           "infection, against 7.3% with iodine.", "4.0%", "4.5%"),
    ("es", "SMS 2/4: en 30 días, 23 de 572 mujeres tratadas con clorhexidina tuvieron una "
           "infección de la herida.", "23 de 572", "25 de 572"),
    ("es", "Parte 2 de 3: en 30 días, el 4,0 % de las mujeres tratadas con clorhexidina tuvo "
           "una infección de la herida.", "4,0 %", "4,5 %"),
    ("fr", "Message 2 sur 4 : en 30 jours, 4,0 % des femmes traitées à la chlorhexidine ont "
           "eu une infection de la plaie, contre 7,3 % avec l'iode.", "4,0 %", "4,5 %"),
    ("de", "Info-SMS 1/4: Innerhalb von 30 Tagen bekamen 4,0 % der Frauen mit Chlorhexidin "
           "eine Wundinfektion, mit Jod 7,3 %.", "4,0 %", "4,5 %"),
    ("de", "Teil 2 von 3\nInnerhalb von 30 Tagen bekamen 23 von 572 Frauen mit Chlorhexidin "
           "eine Wundinfektion.", "23 von 572", "25 von 572"),
    ("it", "[SMS 3/5] Entro 30 giorni un'infezione della ferita è comparsa in 23 donne su 572 "
           "con la clorexidina e in 42 su 575 con lo iodio.", "23 donne su 572",
     "25 donne su 572"),
    ("it", "Messaggio informativo 2/4: entro 30 giorni il 4,0% delle donne trattate con "
           "clorexidina ha avuto un'infezione della ferita.", "4,0%", "4,5%"),
    ("pt", "SMS 2/4 – Em 30 dias, 4,0 % das mulheres tratadas com clorexidina tiveram uma "
           "infeção da ferida, contra 7,3 % com iodo.", "4,0 %", "4,5 %"),
    ("pt", "Mensagem 3 de 4: ocorreu em 23 das 572 doentes do grupo clorexidina.",
     "23 das 572", "25 das 572"),
    # footnote marks and a reference list
    ("en", "Within 30 days, 4.0% of women given chlorhexidine had a wound infection [1], "
           "against 7.3% with iodine [2].\n\n[1] Tuuli et al. N Engl J Med 2016;374:647-55.\n"
           "[2] The same trial.", "7.3%", "7.8%"),
    ("en", "Within 30 days, fewer women given chlorhexidine had a wound infection "
           "(4.0%).[3]", "4.0%", "4.5%"),
    ("es", "En 30 días, el 4,0 % de las mujeres tratadas con clorhexidina tuvo una infección "
           "de la herida [1], frente al 7,3 % con yodo [2, 3].\n\n[1] Tuuli y col.\n"
           "[2] Nota de prensa.\n[3] NEJM.", "7,3 %", "7,8 %"),
    ("fr", "En 30 jours, 4,0 % des femmes traitées à la chlorhexidine ont eu une infection "
           "de la plaie [1-2].\n\nRéférences\n[1] Tuuli et al.\n[2] Communiqué.",
     "4,0 %", "4,5 %"),
    # a question's or an exercise's number
    ("de", "Frage 3 (Gynäkologie): In 30 Tagen bekamen 4,0 % der Frauen mit Chlorhexidin "
           "eine Wundinfektion, mit Jod 7,3 %.", "4,0 %", "4,5 %"),
    ("es", "Pregunta 12. Describa el ensayo.\n\nRespuesta: 1147 pacientes; 23/572 (4,0 %) "
           "con clorhexidina frente a 42/575 (7,3 %) con yodo.", "23/572", "25/572"),
    ("it", "Esame di Ostetricia – Domanda 4: entro 30 giorni il 4,0% delle donne trattate "
           "con clorexidina ha avuto un'infezione.", "4,0%", "4,5%"),
    ("pt", "Exame de Obstetrícia – Pergunta 7\nOcorreu em 23 das 572 doentes do grupo "
           "clorexidina.", "23 das 572", "25 das 572"),
    ("fr", "Exercice 2 : en 30 jours, 4,0 % des femmes traitées à la chlorhexidine ont eu "
           "une infection de la plaie.", "4,0 %", "4,5 %"),
    ("en", "Question 5: Within 30 days, 23 of 572 women given chlorhexidine had a wound "
           "infection.", "23 of 572", "25 of 572"),
    # a list run into a sentence
    ("it", "Entro 30 giorni il 4,0% delle donne con clorexidina ha avuto un'infezione. "
           "Limiti: (1) un solo ospedale, (2) nessun altro antisettico, (3) un solo "
           "intervento.", "4,0%", "4,5%"),
    ("es", "En 30 días, 23 de 572 mujeres con clorhexidina tuvieron una infección. Límites: "
           "1) un solo centro; 2) sin cegamiento.", "23 de 572", "25 de 572"),
    # slides, pages, outline sections, agenda points, episodes
    ("en", "Slide 4 of 12\nWithin 30 days, 23 of 572 women given chlorhexidine had a wound "
           "infection (see p. 3).", "23 of 572", "25 of 572"),
    ("de", "Folie 4 von 12\nIn 30 Tagen bekamen 23 von 572 Frauen mit Chlorhexidin eine "
           "Wundinfektion (Seite 3).", "23 von 572", "25 von 572"),
    ("en", "3.1 Background\nWomen had a caesarean section.\n3.2 Research update\nWithin 30 "
           "days, 4.0% of women given chlorhexidine had a wound infection.", "4.0%", "4.5%"),
    ("de", "Punkt 4: Forschung\nIn 30 Tagen bekamen 4,0 % der Frauen mit Chlorhexidin eine "
           "Wundinfektion.", "4,0 %", "4,5 %"),
    ("en", "Episode 112 of our podcast: within 30 days, 4.0% of women given chlorhexidine "
           "had a wound infection.", "4.0%", "4.5%"),
    ("de", "Folge 12: In 30 Tagen bekamen 4,0 % der Frauen mit Chlorhexidin eine "
           "Wundinfektion.", "4,0 %", "4,5 %"),
    ("es", "Episodio 3: en 30 días, el 4,0 % de las mujeres tratadas con clorhexidina tuvo "
           "una infección.", "4,0 %", "4,5 %"),
    # a subtitle's cue number and time codes
    ("en", "12\n00:01:12,500 --> 00:01:15,000\nWithin 30 days, 4.0% of women given "
           "chlorhexidine had a wound infection.\n\n13\n00:01:15,200 --> 00:01:18,000\n"
           "[00:01:16] With iodine it was 7.3%.", "7.3%", "7.8%"),
    # telephone numbers
    ("de", "In 30 Tagen bekamen 4,0 % der Frauen mit Chlorhexidin eine Wundinfektion. Bei "
           "Fieber wählen Sie bitte sofort 112.", "4,0 %", "4,5 %"),
    ("en", "Within 30 days, 4.0% of women given chlorhexidine had a wound infection. "
           "Questions? Call 0800 123 456, ext. 204.", "4.0%", "4.5%"),
    ("es", "En 30 días, el 4,0 % de las mujeres con clorhexidina tuvo una infección. Si "
           "tiene fiebre, llame al 112.", "4,0 %", "4,5 %"),
    ("fr", "En 30 jours, 4,0 % des femmes traitées à la chlorhexidine ont eu une infection. "
           "En cas de fièvre, appelez le 15.", "4,0 %", "4,5 %"),
    ("it", "Entro 30 giorni il 4,0% delle donne con clorexidina ha avuto un'infezione. In "
           "caso di febbre chiami il 118.", "4,0%", "4,5%"),
    ("pt", "Em 30 dias, 4,0 % das mulheres com clorexidina tiveram uma infeção. Se tiver "
           "febre, ligue 112.", "4,0 %", "4,5 %"),
]


def _caught_at(text: str, lang: str, wrong: str) -> bool:
    at = text.index(wrong)
    return any(a <= at < b or at <= a < at + len(wrong)
               for f in C.alarms_in(SHEET, lang, text) for a, b in [f.span])


@pytest.mark.parametrize(("lang", "text", "figure", "wrong"), CASES,
                         ids=[f"{c[0]}-{n}" for n, c in enumerate(CASES)])
def test_numbers_that_address_the_text_are_no_figures(lang, text, figure, wrong):
    found = C.alarms_in(SHEET, lang, text)
    assert found == [], C.said(found)
    assert text.count(figure) == 1
    assert _caught_at(text.replace(figure, wrong), lang, wrong)


# the same forms holding a figure of the study: still read, a wrong one still caught
FIGURES = [
    ("en", "SMS 2/4: Chlorhexidine 25/572 women had a wound infection within 30 days.",
     "25/572"),
    ("en", "After a caesarean section 4 of 50 women had a wound infection.", "4 of 50"),
    ("en", "SMS 5/4: within 30 days, 23 of 572 women given chlorhexidine had a wound "
           "infection.", "5/4"),
    ("en", "Women with a wound infection [12] were few.", "12"),
    ("en", "Women with a wound infection (7) were few.", "7"),
    ("de", "In der Folge 12 Frauen mit Chlorhexidin bekamen eine Wundinfektion.", "12"),
    ("en", "The team called 114 women back after 30 days.", "114"),
    ("it", "Limiti: (2) un solo ospedale. Entro 30 giorni il 4,0% delle donne con "
           "clorexidina ha avuto un'infezione.", "2"),
    ("en", "Within 30 days, 4.0% of women given chlorhexidine had a wound infection [1], "
           "against 7.8% with iodine [2].\n\n[1] Tuuli et al.\n[2] The same trial.", "7.8%"),
    ("es", "SMS 2/4: en 30 días, 25 de 572 mujeres tratadas con clorhexidina tuvieron una "
           "infección de la herida.", "25 de 572"),
    # a score out of ten after a word for a grade or a note is a figure, not a series
    ("es", "En 30 días, 23 de 572 mujeres con clorhexidina tuvieron una infección; la nota "
           "7/10 de satisfacción.", "7/10"),
    # a strong noun's number with a unit after it is a figure: "step 2 weeks"
    ("en", "In step 2 weeks after the caesarean section, 23 of 572 women had an "
           "infection.", "2 weeks"),
    ("de", "Bei Fieber wählen Sie bitte sofort 112. Innerhalb von 30 Tagen bekamen 25 von "
           "572 Frauen mit Chlorhexidin eine Wundinfektion.", "25 von 572"),
]


@pytest.mark.parametrize(("lang", "text", "figure"), FIGURES,
                         ids=[f"{c[0]}-{n}" for n, c in enumerate(FIGURES)])
def test_a_figure_in_the_same_form_is_still_caught(lang, text, figure):
    assert _caught_at(text, lang, figure), C.said(C.alarms_in(SHEET, lang, text))
