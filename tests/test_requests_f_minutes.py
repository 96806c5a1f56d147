"""safety-invented: an approval of a meeting's minutes or agenda ("Minutes of the last
meeting – approved", "approvazione del verbale") is a record of the meeting, no claim
about the treatment; the treatment called approved is still one (paired), also when the
minutes' noun stands in the same sentence but outside the approval's own phrase."""

from __future__ import annotations

import pytest
from plainsum.factsheet import load_factsheet
from plainsum.lexicon import Lexicon
from plainsum.pipeline import CheckContext
from plainsum_checks.safety import SafetyValidator

from .conftest import SEED_FACTS, registry_with

LANGS = ("en", "es", "fr", "de", "it", "pt")


@pytest.fixture(scope="module")
def setup():
    packs = registry_with(LANGS)
    return packs, load_factsheet(SEED_FACTS, packs.known_terms())


def rules(setup, lang: str, text: str) -> list[str]:
    packs, sheet = setup
    pack = packs.language(lang)
    context = CheckContext(sheet, pack, None, Lexicon(sheet, pack), require="none")
    return [f.rule for f in SafetyValidator().validate(text, context)]


MINUTES = [
    ("en", "2. Minutes of the last meeting – approved."),
    ("en", "The committee approved the minutes of the previous meeting."),
    ("en", "Agenda approved without changes."),
    ("it", "1. Apertura e approvazione del verbale precedente."),
    ("it", "Il verbale della seduta precedente è approvato all'unanimità."),
    ("it", "L'ordine del giorno viene approvato."),
    ("fr", "Le procès-verbal de la dernière réunion est approuvé."),
    ("fr", "L'ordre du jour est approuvé."),
    ("es", "El acta de la reunión anterior fue aprobada."),
    ("es", "Aprobación del acta de la sesión anterior."),
    ("pt", "Aprovação da ata da reunião anterior."),
    ("pt", "A ordem de trabalhos foi aprovada."),
]

TREATMENT = [
    ("en", "The drug was approved."),
    ("en", "The minutes say that the drug was approved."),
    ("en", "The board approved the drug and the agenda."),
    ("en", "After 30 minutes approved treatments were given."),
    ("it", "Il farmaco è stato approvato."),
    ("it", "Secondo il verbale, il farmaco è stato approvato."),
    ("fr", "Le traitement est approuvé."),
    ("es", "El tratamiento fue aprobado por la agencia."),
    ("pt", "O tratamento foi aprovado."),
]


@pytest.mark.parametrize("lang,text", MINUTES)
def test_minutes_approved_is_no_claim(setup, lang, text):
    assert "safety-invented" not in rules(setup, lang, text)


@pytest.mark.parametrize("lang,text", TREATMENT)
def test_treatment_approved_is_still_caught(setup, lang, text):
    assert "safety-invented" in rules(setup, lang, text)
