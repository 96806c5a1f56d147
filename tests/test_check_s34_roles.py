"""Roles and funders (d2f202d, 09d4eb3): a role given as a field label ("Erstautor: Dr. …"),
Spanish "profesor" as a title, outsider posts (hospital director, critic of the study,
Klinikdirektor), Italian "autore principale" as a lead role and a German company compound
("CT-Hersteller") as a funder are now read, so the wrong role or funder is caught; a body
named by kind alone ("Frauenklinik der Universität") is no unlisted funder, while a body
with a name of its own ("Universität Harvard") still is. Sentences written here in wording
of their own.
"""

from __future__ import annotations

import pytest

from tests.test_check_real_errors import CHX, CT, RIVA, alarms, caught_at, said


def _pair(sheet: str, lang: str, faithful: str, wrong: str, rule: str, words: str) -> None:
    assert not alarms(sheet, lang, faithful), said(alarms(sheet, lang, faithful))
    assert caught_at(sheet, lang, wrong, rule, words), said(alarms(sheet, lang, wrong))


@pytest.mark.parametrize("lang, faithful, wrong, words", [
    ("de", "Erstautor: Dr. Methodius Tuuli. Seniorautor: Dr. George Macones.",
     "Seniorautor: Dr. Methodius Tuuli. Erstautor: Dr. George Macones.", "Seniorautor"),
    ("en", "First author: Dr. Methodius Tuuli. Senior author: Dr. George Macones.",
     "Senior author: Dr. Methodius Tuuli. First author: Dr. George Macones.",
     "Senior author"),
    # Spanish "profesor" is a title between a field's role and the name
    ("es", "Autor sénior: profesor George Macones.", "Primer autor: profesor George Macones.",
     "Primer autor"),
])
def test_a_role_as_a_field_label(lang: str, faithful: str, wrong: str, words: str) -> None:
    _pair(CHX, lang, faithful, wrong, "role-changed", words)


def test_profesor_is_a_title() -> None:
    _pair(CHX, "es",
          "El autor sénior, profesor George Macones, dijo que el resultado era claro.",
          "El primer autor, profesor George Macones, dijo que el resultado era claro.",
          "role-changed", "primer autor")


@pytest.mark.parametrize("lang, faithful, wrong, words", [
    ("en", "Dr. Methodius Tuuli, the study's first author, said the result was clear.",
     "Dr. Methodius Tuuli, the hospital director, said the result was clear.",
     "hospital director"),
    ("de", "Dr. Methodius Tuuli, Erstautor der Studie, sagte, das Ergebnis sei eindeutig.",
     "Dr. Methodius Tuuli, Klinikdirektor, sagte, das Ergebnis sei eindeutig.",
     "Klinikdirektor"),
    ("es", "El profesor George Macones, autor sénior del estudio, dijo que el resultado era "
     "claro.",
     "El profesor George Macones, director del hospital, dijo que el resultado era claro.",
     "director del hospital"),
    ("fr", "Methodius Tuuli, premier auteur de l'étude, a jugé le résultat solide.",
     "Methodius Tuuli, critique de l'étude, a jugé le résultat fragile.",
     "critique de l'étude"),
    ("it", "Methodius Tuuli, primo autore dello studio, ha detto che il risultato è chiaro.",
     "Methodius Tuuli, critico dello studio, ha detto che il risultato è fragile.",
     "critico dello studio"),
])
def test_an_outsider_post_for_an_author(lang: str, faithful: str, wrong: str, words: str
                                        ) -> None:
    _pair(CHX, lang, faithful, wrong, "role-changed", words)
    # read as the person's role (not only as a place the sheet does not give them)
    a = wrong.index(words)
    found = [f for f in alarms(CHX, lang, wrong) if f.rule == "role-changed"
             and "whom the fact sheet gives as" in f.message and f.span
             and f.span[0] < a + len(words) and a < f.span[1]]
    assert found, said(alarms(CHX, lang, wrong))


def test_autore_principale_is_a_lead_role() -> None:
    _pair(RIVA, "it",
          "W. Frank Peacock, autore principale dello studio, ha commentato i risultati.",
          "Paul Burton, autore principale dello studio, ha commentato i risultati.",
          "role-changed", "autore principale")


def test_a_german_company_compound_is_a_funder() -> None:
    _pair(CT, "de", "Finanziert wurde die Studie von der British Heart Foundation.",
          "Finanziert wurde die Studie von einem CT-Hersteller.", "role-changed",
          "CT-Hersteller")


@pytest.mark.parametrize("lang, faithful, wrong, words", [
    ("de", "Gefördert wurde die Arbeit von der Frauenklinik der Universität.",
     "Gefördert wurde die Arbeit von der Universität Harvard.", "Universität Harvard"),
    ("de", "Gefördert wurde die Arbeit von der Klinik der Universität.",
     "Gefördert wurde die Arbeit von der Klinik der Universität Harvard.", "Harvard"),
    ("en", "The work was funded by the university hospital.",
     "The work was funded by Harvard University.", "Harvard University"),
])
def test_a_body_named_by_kind_is_no_unlisted_funder(lang: str, faithful: str, wrong: str,
                                                    words: str) -> None:
    _pair(CHX, lang, faithful, wrong, "role-changed", words)
