"""A relative change worked out from two shares (82.5 % more infections with iodine than
with chlorhexidine, 4.0 % against 7.3 %) is accepted where a text says it as a change. Said
of people ("83 % of the women got an infection"), the same figure is a share the sheet does
not give, whatever arm the sentence names, and stays an unsupported number. The sentences
are written here, on the suite's sheets."""

from __future__ import annotations

import pytest

from tests.corruption import alarms_in, said

CHX = "chlorhexidine-csection-2016"


def rules(lang: str, text: str) -> list[str]:
    return [f.rule for f in alarms_in(CHX, lang, text)]


@pytest.mark.parametrize("lang, text", [
    ("en", "With chlorhexidine, 83% of women got an infection."),
    ("es", "Con clorhexidina, el 83 % de las mujeres tuvo una infección."),
    ("it", "Con la clorexidina, l'83% delle donne ha avuto un'infezione."),
    ("pt", "Com clorexidina, 83% das mulheres tiveram uma infeção."),
    ("de", "Mit Chlorhexidin bekamen 83 Prozent der Frauen eine Infektion."),
    ("fr", "Avec la chlorhexidine, 83 % des femmes ont eu une infection."),
])
def test_a_derived_change_said_as_a_share_of_people_is_caught(lang: str, text: str) -> None:
    assert "unsupported-number" in rules(lang, text)


@pytest.mark.parametrize("lang, text", [
    ("en", "Chlorhexidine cut the infection rate by about 45%."),
    ("en", "With iodine, infections were 83% more common than with chlorhexidine."),
    ("es", "Con yodo hubo un 83 % más de infecciones que con clorhexidina."),
    ("de", "Mit Chlorhexidin war die Infektionsrate um 45 Prozent niedriger als mit Jod."),
])
def test_the_same_figure_said_as_a_change_passes(lang: str, text: str) -> None:
    found = [f for f in alarms_in(CHX, lang, text) if f.rule != "limitation-missing"]
    assert not found, said(found)
