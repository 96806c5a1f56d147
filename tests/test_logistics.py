"""A text's own logistics are no figures of the study (issue 14: no false alarm on a
faithful text written by a person): the date and hour of a meeting, an e-mail's or a
broadcast's header, a leaflet's review dates, a telephone number in its own shape,
opening hours, a running time, show notes' time marks, the people present at a meeting.

Each faithful text raises no alarm, and the same text with a study figure, or the study's
publication date, changed beside the logistics is still caught at the change. A time or a
date the text says is the study's (its publication, its embargo) is still judged. On the
chlorhexidine sheet: 1147 women, 23 of 572 (4.0 %) with chlorhexidine against 42 of 575
(7.3 %) with iodine, within 30 days; published in the NEJM on 4 February 2016. On the
HSCT sheet: published in Neurology on 20 January 2021, embargo 16:00 (UTC-5).
"""

from __future__ import annotations

import pytest

from tests import corruption as C

SHEET = "chlorhexidine-csection-2016"
HSCT = "hsct-ms-2021"

# language, faithful text, a study figure (or the publication date) in it, the same changed
CASES = [
    ("en", "Journal club – Thursday 12 October, 12:30, seminar room B.\nWithin 30 days, 4.0% "
           "of women given chlorhexidine had a wound infection, against 7.3% with iodine.",
     "4.0%", "4.5%"),
    ("en", "Questions? Ring the ward: 020 7946 0321 (24 h). Within 30 days, 23 of 572 women "
           "given chlorhexidine had a wound infection.", "23 of 572", "25 of 572"),
    ("en", "Clinic hours: Mon–Fri 9–17.\nThe trial was published in the NEJM on February 4, "
           "2016.", "February 4, 2016", "February 9, 2016"),
    ("en", "Leaflet updated June 2023; next review June 2025.\nWithin 30 days, 4.0% of women "
           "given chlorhexidine had a wound infection.", "4.0%", "4.6%"),
    ("en", "Show notes\n03:15 Why the skin cleanser matters\n11:40 The results: 4.0% of women "
           "with chlorhexidine had a wound infection, 7.3% with iodine.\n19:05 Your questions",
     "7.3%", "7.9%"),
    ("es", "Asunto: resumen del ensayo\nFecha: jueves, 2 de noviembre, 17:45\n\nEn 30 días, el "
           "4,0 % de las mujeres tratadas con clorhexidina tuvo una infección de la herida, "
           "frente al 7,3 % con yodo.", "4,0 %", "4,4 %"),
    ("es", "Horario de atención: de lunes a viernes, de 8:00 a 15:00. Teléfono de citas: "
           "912 345 678.\nEl estudio se publicó en el NEJM el 4 de febrero de 2016.",
     "4 de febrero de 2016", "14 de febrero de 2016"),
    ("fr", "Compte rendu de la séance du 7 novembre. Présents : 9 membres.\nEn 30 jours, "
           "4,0 % des femmes traitées à la chlorhexidine ont eu une infection de la plaie, "
           "contre 7,3 % avec l'iode.\nProchaine séance : mardi 5 décembre à 17 h 45.",
     "7,3 %", "7,7 %"),
    ("fr", "Accueil téléphonique : 01 23 45 67 89, du lundi au vendredi de 9 h à 18 h.\n"
           "L'étude a été publiée le 4 février 2016 dans le NEJM.", "4 février 2016",
     "6 février 2016"),
    ("de", "Sprechstunde: Di 14–18 Uhr, Telefon 030 1234 5678.\nInnerhalb von 30 Tagen "
           "bekamen 4,0 % der Frauen mit Chlorhexidin eine Wundinfektion, mit Jod 7,3 %.",
     "4,0 %", "4,8 %"),
    ("de", "Protokoll der Sitzung vom 3. Mai, 16.30 Uhr\nDie Studie erschien am 4. Februar "
           "2016 im NEJM.", "4. Februar 2016", "5. Februar 2016"),
    ("it", "Verbale della riunione del 15 gennaio. Presenti: 12 soci.\nEntro 30 giorni il "
           "4,0% delle donne trattate con clorexidina ha avuto un'infezione della ferita, "
           "contro il 7,3% con lo iodio.\nProssimo incontro: 19 febbraio, ore 18:00.",
     "4,0%", "4,7%"),
    ("it", "Ambulatorio aperto dal lunedì al venerdì, 8:30–13:30 (tel. 02 1234 5678).\nLo "
           "studio è stato pubblicato sul NEJM il 4 febbraio 2016.", "4 febbraio 2016",
     "14 febbraio 2016"),
    ("pt", "[08:41] Ana: li o estudo 😊\n[08:42] Ana: em 30 dias, 4,0 % das mulheres com "
           "clorexidina tiveram infeção da ferida, contra 7,3 % com iodo\n[08:45] Rui: "
           "falamos na reunião de dia 9", "4,0 %", "4,9 %"),
    ("pt", "Linha de apoio: dias úteis, das 9h às 18h.\nO estudo foi publicado no NEJM a 4 "
           "de fevereiro de 2016.", "4 de fevereiro de 2016", "8 de fevereiro de 2016"),
    ("de", "Mitgliedsbeitrag 2024: 25 Euro.\nInnerhalb von 30 Tagen bekamen 23 von 572 Frauen "
           "mit Chlorhexidin eine Wundinfektion.", "23 von 572", "26 von 572"),
    ("pt", "Boletim da USF — edição de março\nEm 30 dias, 23 das 572 mulheres do grupo "
           "clorexidina tiveram infeção da ferida. Marcações: 21 000 0000 (chamada local).",
     "23 das 572", "27 das 572"),
]


def _caught_at(sheet: str, text: str, lang: str, wrong: str) -> bool:
    at = text.index(wrong)
    return any(a <= at < b or at <= a < at + len(wrong)
               for f in C.alarms_in(sheet, lang, text) for a, b in [f.span])


@pytest.mark.parametrize(("lang", "text", "figure", "wrong"), CASES,
                         ids=[f"{c[0]}-{n}" for n, c in enumerate(CASES)])
def test_a_texts_own_logistics_are_no_figures(lang, text, figure, wrong):
    found = C.alarms_in(SHEET, lang, text)
    assert found == [], C.said(found)
    assert text.count(figure) == 1
    assert _caught_at(SHEET, text.replace(figure, wrong), lang, wrong)


# dates and times the text says are the study's: judged as ever
STUDYS = [
    ("en", "The study appeared in Neurology on 21 January.", "21 January"),
    ("en", "Embargoed until 6:00 PM (UTC-05:00) on January 20, 2021.", "6:00 PM"),
    ("fr", "L'étude a été publiée le 22 janvier dans la revue Neurology.", "22 janvier"),
    ("de", "Sperrfrist: 20. Januar 2021, 18:00 Uhr.", "18:00"),
    ("es", "El estudio se publicó el 20 de enero de 2020 en Neurology.", "20 de enero de 2020"),
    ("it", "Lo studio è stato pubblicato su Neurology il 25 gennaio 2021.", "25 gennaio 2021"),
    ("pt", "O estudo foi publicado na Neurology a 2 de janeiro de 2021.",
     "2 de janeiro de 2021"),
]


@pytest.mark.parametrize(("lang", "text", "wrong"), STUDYS,
                         ids=[f"{c[0]}-{n}" for n, c in enumerate(STUDYS)])
def test_the_studys_own_date_or_time_is_still_judged(lang, text, wrong):
    assert _caught_at(HSCT, text, lang, wrong), C.said(C.alarms_in(HSCT, lang, text))


def test_the_studys_right_date_and_embargo_raise_nothing():
    for lang, text in [("en", "Embargoed until 4:00 PM (UTC-05:00) on January 20, 2021. "
                              "The study appeared in Neurology on 20 January."),
                       ("de", "Sperrfrist: 20. Januar 2021, 16:00 Uhr. Die Studie erschien "
                              "am 20. Januar 2021 in Neurology.")]:
        found = C.alarms_in(HSCT, lang, text)
        assert found == [], C.said(found)


# the same shapes holding figures of the study: still read, a wrong one still caught
FIGURES = [
    # no time of day: a count, two figures in a row, a duration
    ("en", "Within 30 days, 25 of 572 women given chlorhexidine had a wound infection; call "
           "it 4 in 100.", "25 of 572"),
    ("fr", "Pendant 35 jours, 4,0 % des femmes ont eu une infection de la plaie.",
     "35 jours"),
    # a count beside a telephone number's noun but not in its shape
    ("en", "Phone survey: 1,150 women took part.", "1,150"),
    # a study figure on a meeting's line
    ("it", "Verbale della riunione del 15 gennaio: il 4,5% delle donne con clorexidina ha "
           "avuto un'infezione.", "4,5%"),
]


@pytest.mark.parametrize(("lang", "text", "figure"), FIGURES,
                         ids=[f"{c[0]}-{n}" for n, c in enumerate(FIGURES)])
def test_a_figure_beside_logistics_is_still_caught(lang, text, figure):
    assert _caught_at(SHEET, text, lang, figure), C.said(C.alarms_in(SHEET, lang, text))
