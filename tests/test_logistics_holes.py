"""Holes the logistics exemption had opened (R's red-team cases, re-said in own words): a
wrong study figure must never pass as a telephone number, a meeting's date or a header's
time. Each miss now caught is paired with a faithful twin of the text's own logistics
(a real telephone number, a meeting's date and hour) that stays silent."""

from __future__ import annotations

import pytest

from tests import corruption as C

CHLOR = "chlorhexidine-csection-2016"  # 23/572 infections with chlorhexidine, 42/575 iodine
HSCT = "hsct-ms-2021"  # published 20 January 2021, transplants 1997-2019


def _alarms_at(sheet: str, lang: str, text: str, said: str) -> list:
    at = text.index(said)
    return [f for f in C.alarms_in(sheet, lang, text)
            if f.span and f.span[0] <= at < f.span[1]]


def _params(cases: list[tuple[str, str, str, str]]) -> object:
    return pytest.mark.parametrize(("sheet", "lang", "text", "said"), cases,
                                   ids=[f"{c[1]}-{n}" for n, c in enumerate(cases)])


# --- 1. "número" is no telephone noun but "número de teléfono", "numero verde" --------

NUMBER_NOUN_MISSES = [
    (CHLOR, "es", "Número total de infecciones de la herida: 26/572 con clorhexidina.",
     "26/572"),
    (CHLOR, "it", "Numero delle infezioni osservate: 26/572 nel gruppo clorexidina.", "26/572"),
    (CHLOR, "pt", "Número de mulheres com infeção: 26/572 no grupo da clorexidina.", "26/572"),
    (HSCT, "es", "Número de años del registro: 1994-2019.", "1994-2019"),
]
PHONE_TWINS = [
    (CHLOR, "es", "Número de teléfono de la consulta: 91 555 01 23. El 4,0 % de las mujeres "
                  "con clorhexidina tuvo una infección.", "91 555 01 23"),
    (CHLOR, "it", "Numero verde del reparto: 800 123 456. Il 4,0 % delle donne con "
                  "clorexidina ha avuto un'infezione.", "800 123 456"),
    (CHLOR, "pt", "Linha de apoio da maternidade: 213 456 789. 4,0 % das mulheres com "
                  "clorexidina tiveram uma infeção.", "213 456 789"),
    (CHLOR, "fr", "Tél. : 01 45 67 89 00. 4,0 % des femmes sous chlorhexidine ont eu une "
                  "infection.", "01 45 67 89 00"),
    (CHLOR, "de", "Telefon der Station: 0800 123 4567. 4,0 % der Frauen mit Chlorhexidin "
                  "hatten eine Infektion.", "0800 123 4567"),
]


@_params(NUMBER_NOUN_MISSES)
def test_a_count_after_numero_is_judged(sheet, lang, text, said):
    assert _alarms_at(sheet, lang, text, said), text


@_params(PHONE_TWINS)
def test_a_telephone_number_after_its_noun_is_silent(sheet, lang, text, said):
    assert _alarms_at(sheet, lang, text, said) == [], text


# --- 2. "tel" only as a whole word -----------------------------------------------------

TEL_INSIDE_MISSES = [
    (HSCT, "en", "Doctors could not tell if the benefit lasts. Years of the transplants: "
                 "1994-2019.", "1994-2019"),
    (HSCT, "de", "Etwa ein Drittel blieb stabil. Jahre der Transplantationen: 1994-2019.",
     "1994-2019"),
    (HSCT, "fr", "Un tel résultat reste fragile. Années des greffes : 1994-2019.", "1994-2019"),
    (CHLOR, "es", "Hay que mirar estos datos con cautela. Infecciones: 26/572 frente a "
                  "42/575.", "26/572"),
]
TEL_TWINS = [
    (CHLOR, "en", "Tel: 0800 123 456. Within 30 days, 4.0% of women given chlorhexidine had "
                  "a wound infection.", "0800 123 456"),
    (CHLOR, "de", "Tel.: 0800 12 34 56. 4,0 % der Frauen mit Chlorhexidin hatten eine "
                  "Infektion.", "0800 12 34 56"),
    (CHLOR, "es", "Tel.: 91 555 01 23. El 4,0 % de las mujeres con clorhexidina tuvo una "
                  "infección.", "91 555 01 23"),
]


@_params(TEL_INSIDE_MISSES)
def test_tel_inside_a_word_is_no_telephone(sheet, lang, text, said):
    assert _alarms_at(sheet, lang, text, said), text


@_params(TEL_TWINS)
def test_tel_as_a_word_still_leads_a_telephone(sheet, lang, text, said):
    assert _alarms_at(sheet, lang, text, said) == [], text


# --- 3. a publication date with its hour is the study's -----------------------------

PUBLISHED_AT_MISSES = [
    (HSCT, "en", "The paper appeared online on 22 January 2021 at 11 a.m.", "22 January 2021"),
    (HSCT, "de", "Die Arbeit wurde am 22. Januar 2021 um 11 Uhr veröffentlicht.",
     "22. Januar 2021"),
    (HSCT, "es", "El trabajo se publicó el 22 de enero de 2021 a las 11:00.",
     "22 de enero de 2021"),
    (HSCT, "it", "Il lavoro è stato pubblicato il 22 gennaio 2021 alle 11:00.",
     "22 gennaio 2021"),
    (HSCT, "pt", "O trabalho foi publicado a 22 de janeiro de 2021 às 11h00.",
     "22 de janeiro de 2021"),
]
MEETING_AT_TWINS = [
    (HSCT, "en", "Our support group meets on 22 January 2021 at 6 p.m. to talk it over.",
     "22 January 2021"),
    (HSCT, "de", "Die Selbsthilfegruppe trifft sich am 22. Januar 2021 um 18 Uhr.",
     "22. Januar 2021"),
    (HSCT, "es", "La charla del grupo es el 22 de enero de 2021 a las 18:00.",
     "22 de enero de 2021"),
    (HSCT, "it", "L'incontro del gruppo è il 22 gennaio 2021 alle 18:00.", "22 gennaio 2021"),
]


@_params(PUBLISHED_AT_MISSES)
def test_a_publication_date_with_its_hour_is_judged(sheet, lang, text, said):
    assert _alarms_at(sheet, lang, text, said), text


@_params(MEETING_AT_TWINS)
def test_a_meetings_date_with_its_hour_is_silent(sheet, lang, text, said):
    assert _alarms_at(sheet, lang, text, said) == [], text


# --- 4. "et al.", "u. a.", "et coll." end no sentence (another year than the
# publication's is judged only in a sentence that says publication) ------------------

ET_AL_MISSES = [
    (HSCT, "en", "Published by Burt et al. on 22 January 2022.", "22 January 2022"),
    (HSCT, "de", "Veröffentlicht haben Burt u. a. die Daten am 22. Januar 2022.",
     "22. Januar 2022"),
    (HSCT, "fr", "Publié par Burt et coll. le 22 janvier 2022.", "22 janvier 2022"),
    (HSCT, "es", "Publicado por Burt et al. el 22 de enero de 2022.", "22 de enero de 2022"),
]
ET_AL_TWINS = [
    (HSCT, "en", "Published by Burt et al. on 20 January 2021.", "20 January 2021"),
    (HSCT, "fr", "Publié par Burt et coll. le 20 janvier 2021.", "20 janvier 2021"),
    (HSCT, "de", "Veröffentlicht haben Burt u. a. die Daten am 20. Januar 2021.",
     "20. Januar 2021"),
]


@_params(ET_AL_MISSES)
def test_a_publication_after_et_al_is_judged(sheet, lang, text, said):
    assert _alarms_at(sheet, lang, text, said), text


@_params(ET_AL_TWINS)
def test_the_right_publication_after_et_al_is_silent(sheet, lang, text, said):
    assert _alarms_at(sheet, lang, text, said) == [], text


# --- 5. "review", "article", "due" are the paper's words, no meeting's ----------------

PAPER_WORD_MISSES = [
    (HSCT, "en", "It was published after a long review on 22 January 2021.",
     "22 January 2021"),
    (HSCT, "en", "The journal printed the article on 22 January 2021.", "22 January 2021"),
    (HSCT, "fr", "Dans son article du 22 janvier 2021, le journal décrit ces résultats.",
     "22 janvier 2021"),
    (HSCT, "it", "Sono state pubblicate le due analisi il 22 gennaio 2021.",
     "22 gennaio 2021"),
]
EVENT_TWINS = [
    (HSCT, "en", "The journal club's next meeting on 22 January 2021 will discuss the study.",
     "22 January 2021"),
    (HSCT, "fr", "La prochaine réunion du 22 janvier 2021 portera sur l'étude.",
     "22 janvier 2021"),
    (HSCT, "de", "Die nächste Sitzung am 22. Januar 2021 bespricht die Studie.",
     "22. Januar 2021"),
    (HSCT, "en", "Leaflet review date: 22 January 2021.", "22 January 2021"),
]


@_params(PAPER_WORD_MISSES)
def test_the_papers_own_words_keep_its_date_judged(sheet, lang, text, said):
    assert _alarms_at(sheet, lang, text, said), text


@_params(EVENT_TWINS)
def test_a_meetings_or_leaflets_date_is_silent(sheet, lang, text, said):
    assert _alarms_at(sheet, lang, text, said) == [], text
