"""A background figure whose sentence names the study at hand as its source ("In this
study, up to 12 % ...", "según este estudio", "Notre étude montre que ..."), or whose next
short sentence points back at it as the study's result ("That is what this study found"),
is given as a result (``background-as-result``); the same sentence that labels the figure
as context or another source's is not. Six languages; the vitamin D sheet (a lifetime
risk) and the chlorhexidine test sheet (up to 12 % of caesareans followed by a wound
infection in the US).
"""

from __future__ import annotations

import pytest

from tests.corruption import alarms_in as alarms
from tests.corruption import said

CHX = "chx-effects-test"
VITD = "vitamin-d-colorectal-2018"
RULE = "background-as-result"

# (language, the sentence labelled as context, the same sentence naming this study): the
# vitamin D sheet's background figure, a lifetime risk of 4.2 % for women
NAMED = [
    ("en", "For context, about 4.2% of women develop colorectal cancer in their lifetime.",
     "In the study, about 4.2% of women develop colorectal cancer in their lifetime."),
    ("es", "Como referencia, alrededor del 4,2 % de las mujeres desarrolla cáncer colorrectal "
           "a lo largo de la vida.",
     "En este estudio, alrededor del 4,2 % de las mujeres desarrolla cáncer colorrectal a "
     "lo largo de la vida."),
    ("fr", "Pour comparaison, environ 4,2 % des femmes développent un cancer colorectal au "
           "cours de leur vie.",
     "Dans cette étude, environ 4,2 % des femmes développent un cancer colorectal au cours "
     "de leur vie."),
    ("de", "Zum Vergleich: Etwa 4,2 % der Frauen erkranken im Laufe ihres Lebens an "
           "Darmkrebs.",
     "In dieser Studie erkranken etwa 4,2 % der Frauen im Laufe ihres Lebens an Darmkrebs."),
    ("it", "Per confronto, circa il 4,2% delle donne sviluppa un tumore del colon-retto nel "
           "corso della vita.",
     "Nello studio, circa il 4,2% delle donne sviluppa un tumore del colon-retto nel corso "
     "della vita."),
    ("pt", "Para comparação, cerca de 4,2% das mulheres desenvolvem cancro colorretal ao "
           "longo da vida.",
     "Neste estudo, cerca de 4,2% das mulheres desenvolvem cancro colorretal ao longo da "
     "vida."),
]

# (language, a figure, a short sentence after it that labels it as context, one that
# points back at it as this study's result)
POINTED = [
    ("en", "In the US up to 12% of caesareans are followed by a wound infection.",
     "That figure comes from national statistics.", "That is what this study found."),
    ("es", "En EE. UU. hasta el 12 % de las cesáreas acaba en infección de la herida.",
     "Ese dato procede de las estadísticas nacionales.",
     "Eso es lo que ha encontrado este estudio."),
    ("fr", "Aux États-Unis, jusqu'à 12 % des césariennes se compliquent d'une infection de "
           "la plaie.",
     "Ce chiffre vient des statistiques nationales.",
     "Ce sont les chiffres observés dans l'étude."),
    ("de", "In den USA folgt auf bis zu 12 % der Kaiserschnitte eine Wundinfektion.",
     "Diese Zahl stammt aus der nationalen Statistik.",
     "So lauten die Ergebnisse dieser Studie."),
    ("it", "Negli Stati Uniti fino al 12% dei cesarei è seguito da un'infezione della ferita.",
     "Il dato viene dalle statistiche nazionali.",
     "È il dato principale di questo studio."),
    ("pt", "Nos EUA, até 12% das cesarianas são seguidas de infeção na ferida.",
     "Esse número vem das estatísticas nacionais.",
     "É o resultado principal deste estudo."),
]


def rules(lang: str, text: str) -> set[str]:
    return {f.rule for f in alarms(CHX, lang, text)}


@pytest.mark.parametrize("lang, faithful, corrupted", NAMED)
def test_a_background_figure_labelled_as_context_is_accepted(lang: str, faithful: str,
                                                             corrupted: str) -> None:
    found = alarms(VITD, lang, faithful)
    assert RULE not in {f.rule for f in found}, said(found)


@pytest.mark.parametrize("lang, faithful, corrupted", NAMED)
def test_the_study_named_as_its_source_makes_it_a_result(lang: str, faithful: str,
                                                         corrupted: str) -> None:
    found = alarms(VITD, lang, corrupted)
    assert RULE in {f.rule for f in found}, said(found)


@pytest.mark.parametrize("lang, figure, context, claim", POINTED)
def test_a_sentence_naming_another_source_keeps_it_context(lang: str, figure: str,
                                                           context: str, claim: str) -> None:
    text = f"{figure} {context}"
    assert RULE not in rules(lang, text), said(alarms(CHX, lang, text))


@pytest.mark.parametrize("lang, figure, context, claim", POINTED)
def test_a_short_sentence_pointing_back_as_the_result_is_caught(lang: str, figure: str,
                                                                context: str,
                                                                claim: str) -> None:
    text = f"{figure} {claim}"
    found = [f for f in alarms(CHX, lang, text) if f.rule == RULE]
    assert found, said(alarms(CHX, lang, text))
    start = text.index(claim)
    assert any(f.span and f.span[1] > start for f in found), said(found)
