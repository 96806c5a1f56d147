"""A release in es, fr, it, pt or de that opens with a press office's chrome in capitals
("NOTA DE PRENSA", "COMMUNIQUÉ DE PRESSE") and a dateline line is still read: the chrome
before the first sentence is no tail of boilerplate, so a real cohort is never refused as
"no facts found". A heading in capitals that names a part of the study's own account
("RÉSULTATS") keeps what stands under it; the publisher's "about us" in capitals still
ends the body (paired negative). A cohort "followed" its people in each language's verb.
The releases are made up for these tests."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "plugins"))

from plainsum_extract import extract_draft  # noqa: E402

# (lang, chrome line, dateline, a cohort's sentences with its size 3.127 / 3 127)
COHORTS = [
    ("es", "NOTA DE PRENSA", "Sevilla, 4 de marzo de 2026",
     "Los investigadores siguieron a 3.127 adultos sin diabetes durante una década. "
     "Quienes caminaban a diario tuvieron un riesgo de diabetes un 18 % menor."),
    ("fr", "COMMUNIQUÉ DE PRESSE", "Lille, le 4 mars 2026",
     "L'équipe a suivi 3 127 adultes sans diabète pendant dix ans. "
     "Ceux qui marchaient chaque jour avaient un risque de diabète inférieur de 18 %."),
    ("it", "COMUNICATO STAMPA", "Torino, 4 marzo 2026",
     "Il gruppo ha seguito 3.127 adulti senza diabete per dieci anni. "
     "Chi camminava ogni giorno aveva un rischio di diabete più basso del 18 %."),
    ("pt", "NOTA À IMPRENSA", "Porto, 4 de março de 2026",
     "A equipa seguiu 3.127 adultos sem diabetes durante dez anos. "
     "Quem caminhava todos os dias teve um risco de diabetes 18 % menor."),
    ("de", "PRESSEMITTEILUNG", "Leipzig, 4. März 2026",
     "Das Team begleitete 3.127 Erwachsene ohne Diabetes über zehn Jahre. "
     "Wer täglich spazieren ging, hatte ein um 18 Prozent geringeres Diabetesrisiko."),
]


def _draft(lang: str, text: str) -> dict:
    return extract_draft(text, source="t.txt", lang=lang, bank={}).data


@pytest.mark.parametrize("lang,chrome,dateline,body", COHORTS)
def test_chrome_and_dateline_before_the_body_do_not_end_it(lang: str, chrome: str,
                                                           dateline: str, body: str) -> None:
    text = f"{chrome}\n{dateline}\n\n{body}\n"
    data = _draft(lang, text)  # never PlainsumError("no facts found")
    counts = [f for f in data["facts"] if f.get("kind") == "count"]
    assert [f["value"] for f in counts] == [3127]


@pytest.mark.parametrize("lang,chrome,dateline,body", COHORTS)
def test_the_cohort_size_is_its_own_figure(lang: str, chrome: str, dateline: str,
                                           body: str) -> None:
    """Paired: another size is read as that size, not as 3127."""
    text = f"{chrome}\n{dateline}\n\n{body.replace('3.127', '2.480').replace('3 127', '2 480')}\n"
    counts = [f["value"] for f in _draft(lang, text)["facts"] if f.get("kind") == "count"]
    assert counts == [2480]


SECTIONED = ("COMMUNIQUÉ DE PRESSE\nLyon, le 2 avril 2026\n\n"
             "Une étude de cohorte a suivi 4 210 adultes pendant huit ans.\n\n"
             "{heading}\n"
             "Au total, 25,4 % des participants du groupe actif ont eu une fracture.\n\n"
             "{tail}\n"
             "L'hôpital compte 1 200 lits et 48,5 % de ses soignants sont des femmes.\n")


@pytest.mark.parametrize("heading", ["RÉSULTATS", "RESULTATS", "LES RESULTATS DE L'ETUDE"])
def test_a_study_heading_in_capitals_keeps_its_paragraph(heading: str) -> None:
    data = _draft("fr", SECTIONED.format(heading=heading,
                                         tail="À PROPOS DE L'HÔPITAL DU RHÔNE"))
    values = [f.get("value") for f in data["facts"]]
    assert 4210 in values
    assert 25.4 in values


def test_an_about_us_heading_in_capitals_still_ends_the_body() -> None:
    """Paired negative: the publisher's own figures under its heading are no facts."""
    data = _draft("fr", SECTIONED.format(heading="RESULTATS",
                                         tail="À PROPOS DE L'HÔPITAL DU RHÔNE"))
    values = [f.get("value") for f in data["facts"]]
    assert 1200 not in values and 48.5 not in values


def test_a_caps_heading_of_no_study_part_still_ends_the_body() -> None:
    """Paired negative: a caps heading not among the language's study words
    ('MENTIONS LEGALES') still ends the body where the repair marked it."""
    data = _draft("fr", SECTIONED.format(heading="MENTIONS LEGALES",
                                         tail="À PROPOS DE L'HÔPITAL DU RHÔNE"))
    values = [f.get("value") for f in data["facts"]]
    assert 4210 in values and 25.4 not in values


# the cohort's median follow-up and median age said with the statistic first ("la
# mediana de seguimiento fue de", "la médiane de suivi était de", "Median der
# Nachbeobachtung betrug"), in each language: (lang, opening sentence, follow-up, age)
MEDIANS = [
    ("es", "Un estudio de cohortes incluyó a 2.950 adultos.",
     "La mediana de seguimiento fue de 6,4 años.", "La mediana de edad era de 68 años."),
    ("fr", "Une étude de cohorte a inclus 2 950 adultes.",
     "La médiane de suivi était de 6,4 ans.", "La moyenne d'âge était de 68 ans."),
    ("it", "Uno studio di coorte ha incluso 2.950 adulti.",
     "La mediana di follow-up è stata di 6,4 anni.", "La mediana di età era di 68 anni."),
    ("pt", "Um estudo de coorte incluiu 2.950 adultos.",
     "A mediana de seguimento foi de 6,4 anos.", "A mediana de idade era de 68 anos."),
    ("de", "In die Kohortenstudie wurden 2.950 Erwachsene eingeschlossen.",
     "Der Median der Nachbeobachtung betrug 6,4 Jahre.",
     "Das Durchschnittsalter lag bei 68 Jahren."),
]


@pytest.mark.parametrize("lang,opening,follow,age", MEDIANS)
def test_median_follow_up_said_statistic_first(lang: str, opening: str, follow: str,
                                              age: str) -> None:
    data = _draft(lang, f"Titel\n\n{opening} {follow} {age}\n")
    times = data.get("times") or []
    assert [t.get("value") for t in times] == [6.4]
    ages = [f for f in data["facts"] if f.get("measure") == "age"]
    assert [f["value"] for f in ages] == [68]


@pytest.mark.parametrize("lang,opening,follow,age", MEDIANS)
def test_a_follow_up_without_its_statistic_is_no_median(lang: str, opening: str,
                                                       follow: str, age: str) -> None:
    """Paired negative: a number of years that is no follow-up (the study's reach in
    another noun) is no time point, and no age without the age's word."""
    other = {"es": "La mediana de ingresos fue de 6,4 años.",
             "fr": "La médiane des revenus était de 6,4 ans.",
             "it": "La mediana dei ricoveri è stata di 6,4 anni.",
             "pt": "A mediana de internações foi de 6,4 anos.",
             "de": "Der Median der Klinikaufenthalte betrug 6,4 Jahre."}[lang]
    data = _draft(lang, f"Titel\n\n{opening} {other}\n")
    assert not [t for t in data.get("times") or [] if t.get("value") == 6.4]
    assert not [f for f in data["facts"] if f.get("measure") == "age"]
