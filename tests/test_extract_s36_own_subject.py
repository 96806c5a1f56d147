# ruff: noqa: E501 (the releases keep their paragraphs on one line, as they are pasted)
"""A figure's outcome is what its own sentence is about (session 36, issue 12): a sentence
that opens with its subject noun phrase ("Auch die Schlafqualität, gemessen mit …,
verbesserte sich: … stieg der Wert um 2,3 Punkte") gives its figures that phrase, not the
outcome of the sentence before; "the score" / "der Wert" / "il punteggio" names no measure;
an opening that is a statistic ("Der Unterschied …") or a preposition ("In der
Kontrollgruppe …") names none either. Own releases, in three languages."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "plugins"))

from plainsum_extract import extract_draft  # noqa: E402

RELEASES = {
    "de": (
        "Gruppentraining senkt Krankenhausaufnahmen\n\n"
        "Bremen, 2. März 2027. In einer randomisierten Studie wurden 420 Erwachsene einer Trainingsgruppe oder einer Kontrollgruppe zugeteilt.\n\n"
        "Stürze traten in der Trainingsgruppe bei 12,5 % auf, in der Kontrollgruppe bei 19,0 %.\n\n"
        "Auch die Schlafqualität, gemessen mit einem Fragebogen (0 bis 21 Punkte), verbesserte sich: In der Trainingsgruppe stieg der Wert im Mittel um 2,3 Punkte, in der Kontrollgruppe um 0,6 Punkte.\n",
        "schlafqualität"),
    "fr": (
        "Un programme de marche réduit les chutes\n\n"
        "Lille, 2 mars 2027. Un essai randomisé a réparti 420 adultes entre un groupe marche et un groupe témoin.\n\n"
        "Des chutes sont survenues chez 12,5 % du groupe marche, contre 19,0 % dans le groupe témoin.\n\n"
        "Même la qualité du sommeil, mesurée par un questionnaire, s'est améliorée : dans le groupe marche, le score a augmenté en moyenne de 2,3 points, dans le groupe témoin de 0,6 point.\n",
        "qualité du sommeil"),
    "it": (
        "Un programma di cammino riduce le cadute\n\n"
        "Bari, 2 marzo 2027. Uno studio randomizzato ha assegnato 420 adulti a un gruppo cammino o a un gruppo di controllo.\n\n"
        "Le cadute sono state del 12,5 % nel gruppo cammino, contro il 19,0 % nel gruppo di controllo.\n\n"
        "Anche la qualità del sonno, misurata con un questionario, è migliorata: nel gruppo cammino il punteggio è salito in media di 2,3 punti, nel gruppo di controllo di 0,6 punti.\n",
        "qualità del sonno"),
}


def _measure_of(data: dict, value: float, lang: str) -> str:
    fact = next(f for f in data["facts"] if f["value"] == value)
    ident = fact.get("measure") or fact.get("outcome")
    entry = next(e for e in data.get("measures", []) + data["outcomes"] if e["id"] == ident)
    return entry["label"][lang]["plain"].lower()


@pytest.mark.parametrize("lang", sorted(RELEASES))
def test_a_change_in_a_sentence_that_names_its_measure_first_is_of_that_measure(lang: str) -> None:
    text, measure = RELEASES[lang]
    data = extract_draft(text, source=f"{lang}.md", lang=lang, bank={}).data
    for value in (2.3, 0.6):
        assert _measure_of(data, value, lang) == measure


def test_a_sentence_that_opens_with_a_statistic_keeps_the_measure_before() -> None:
    text = (
        "Übungen lindern Nackenschmerzen\n\n"
        "Jena, 4. März 2027. In einer randomisierten Studie wurden 300 Erwachsene einer Übungsgruppe oder einer Kontrollgruppe zugeteilt.\n\n"
        "Die Nackenschmerzen, gemessen auf einer Skala von 0 bis 10, gingen zurück: In der Übungsgruppe sank der Wert im Mittel um 2,8 Punkte, in der Kontrollgruppe um 1,1 Punkte. "
        "Der Unterschied zwischen den Gruppen betrug 1,7 Punkte (95-%-KI 1,1 bis 2,3).\n")
    data = extract_draft(text, source="de.md", lang="de", bank={}).data
    assert _measure_of(data, -2.8, "de") == "nackenschmerzen"
    assert "unterschied" not in {o["label"]["de"]["plain"].lower() for o in data["outcomes"]}


def test_an_opening_phrase_no_figure_is_of_is_not_drafted() -> None:
    text, _measure = RELEASES["fr"]
    text += "\nLa satisfaction des participants était élevée dans les deux groupes.\n"
    data = extract_draft(text, source="fr.md", lang="fr", bank={}).data
    assert not any("satisfaction" in o["label"]["fr"]["plain"] for o in data["outcomes"])


AFTER_A_DIFFERENCE = {
    "it": ("Un'app aiuta a smettere di fumare\n\n"
           "Pisa, 2 marzo 2027. Uno studio randomizzato ha assegnato 800 fumatori a un gruppo app o a un gruppo di controllo.\n\n"
           "A sei mesi aveva smesso di fumare il 31,5 % dei partecipanti del gruppo app, contro il 19,2 % del gruppo di controllo: una differenza assoluta di 12,3 punti percentuali.\n\n"
           "Il tempo alla prima ricaduta è stato più lungo con l'app (hazard ratio 0,71; IC 95 % 0,58–0,87).\n",
           "ricaduta"),
    "es": ("Una app ayuda a dejar de fumar\n\n"
           "Cádiz, 2 de marzo de 2027. Un ensayo aleatorizado asignó a 800 fumadores a un grupo app o a un grupo control.\n\n"
           "A los seis meses había dejado de fumar el 31,5 % de los participantes del grupo app, frente al 19,2 % del grupo control: una diferencia absoluta de 12,3 puntos porcentuales.\n\n"
           "El tiempo hasta la primera recaída fue más largo con la app (hazard ratio 0,71; IC 95 %: 0,58-0,87).\n",
           "recaída"),
}


@pytest.mark.parametrize("lang", sorted(AFTER_A_DIFFERENCE))
def test_words_around_a_figure_are_not_carried_to_the_next_sentence(lang: str) -> None:
    """The outcome before was read as the words around a figure ("differenza assoluta di
    12,3 punti"): a ratio whose sentence opens with its own subject is of that subject."""
    text, outcome = AFTER_A_DIFFERENCE[lang]
    data = extract_draft(text, source=f"{lang}.md", lang=lang, bank={}).data
    ratio = next(f for f in data["facts"] if f["kind"] == "ratio")
    assert outcome in _measure_of(data, ratio["value"], lang)
