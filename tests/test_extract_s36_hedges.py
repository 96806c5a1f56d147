# ruff: noqa: E501 (the releases keep their paragraphs on one line, as they are pasted)
"""A hedge said before the figure's article ("Oltre il 70 %", "Más del 70 %" has it in the
hedge, "Rund die Hälfte" has no figure) is the figure's hedge, as one said right before it
("Près de 70 %", "Alrededor del 70 %", "Knapp 70 Prozent") (session 36, issue 12). Own
releases."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "plugins"))

from plainsum_extract import extract_draft  # noqa: E402

RELEASES = {
    "it": ("Un'app aiuta a smettere di fumare\n\nPisa, 2 marzo 2027. Uno studio randomizzato ha assegnato 800 fumatori a un gruppo app o a un gruppo di controllo.\n\n"
           "Oltre il 70 % dei partecipanti del gruppo app ha usato l'app ogni settimana.\n", "more-than"),
    "pt": ("Um aplicativo ajuda a parar de fumar\n\nRecife, 2 de março de 2027. Um ensaio randomizado distribuiu 800 fumantes entre um grupo do aplicativo e um grupo controle.\n\n"
           "Cerca de 70 % dos participantes do grupo do aplicativo usaram o aplicativo toda semana.\n", "about"),
    "es": ("Una app ayuda a dejar de fumar\n\nCádiz, 2 de marzo de 2027. Un ensayo aleatorizado asignó a 800 fumadores a un grupo app o a un grupo control.\n\n"
           "Alrededor del 70 % de los participantes del grupo app usó la app cada semana.\n", "about"),
    "fr": ("Une appli aide à arrêter de fumer\n\nNancy, 2 mars 2027. Un essai randomisé a réparti 800 fumeurs entre un groupe appli et un groupe témoin.\n\n"
           "Près de 70 % des participants du groupe appli ont utilisé l'appli chaque semaine.\n", "nearly"),
    "de": ("Übungen helfen beim Rauchstopp\n\nKiel, 2. März 2027. In einer randomisierten Studie wurden 800 Rauchende einer Übungsgruppe oder einer Kontrollgruppe zugeteilt.\n\n"
           "In der Übungsgruppe nahmen knapp 70 Prozent an allen Stunden teil.\n", "nearly"),
}


@pytest.mark.parametrize("lang", sorted(RELEASES))
def test_a_hedge_before_the_figure_or_its_article_is_kept(lang: str) -> None:
    text, hedge = RELEASES[lang]
    data = extract_draft(text, source=f"{lang}.md", lang=lang, bank={}).data
    fact = next(f for f in data["facts"] if f.get("value") == 70)
    assert fact.get("hedge") == hedge
