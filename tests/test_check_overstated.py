"""A result said as a cure (rule overstated), in six languages; the same words denied,
hoped for, asked, said of a wound, or on a sheet that itself reports cures, pass."""

from __future__ import annotations

import pytest

from tests import corruption as C

HSCT = "hsct-ms-2021"  # no outcome is a cure
CHX = "chlorhexidine-csection-2016"


def _overstated(sheet: str, lang: str, text: str) -> list[str]:
    return [f.found or "" for f in C.alarms_in(sheet, lang, text) if f.rule == "overstated"]


@pytest.mark.parametrize(("lang", "text", "word"), [
    ("en", "Stem cell transplants cure MS.", "cure"),
    ("en", "After 10 years, some people with MS were cured.", "cured"),
    ("es", "Los trasplantes de células madre curan la EM.", "curan"),
    ("fr", "Sclérose en plaques : les greffes de cellules souches guérissent la maladie.",
     "guérissent"),
    ("it", "I trapianti di cellule staminali guariscono la sclerosi multipla.", "guariscono"),
    ("pt", "Os transplantes de células estaminais curam a EM.", "curam"),
    ("de", "Die Stammzelltransplantation heilt MS.", "heilt"),
    ("en", "The study proves that stem cell transplants stop MS from getting worse.", "proves"),
    ("de", "Die Studie beweist, dass die Stammzelltransplantation MS aufhält.", "beweist"),
    ("fr", "L'étude prouve que la greffe de cellules souches freine la SEP.", "prouve"),
])
def test_a_cure_claimed_is_an_error(lang, text, word):
    assert _overstated(HSCT, lang, text) == [word]


@pytest.mark.parametrize(("sheet", "lang", "text"), [
    (HSCT, "en", "There is no cure for MS, but a transplant may slow it."),
    (HSCT, "en", "Researchers hope a transplant could one day cure MS."),
    (HSCT, "en", "Does a stem cell transplant cure MS?"),
    (HSCT, "de", "MS ist bisher nicht heilbar, und die Transplantation heilt sie nicht."),
    (CHX, "es", "La herida de la cesárea tardó en curarse."),
    (CHX, "it", "Le donne sono state curate in ospedale dopo il cesareo."),
    (HSCT, "en", "The study does not prove that stem cell transplants stop MS."),
    (HSCT, "de", "Die Studie beweist nicht, dass die Stammzelltransplantation MS aufhält."),
    (HSCT, "de", "Behauptung: In einem Beitrag heißt es, eine Stammzelltransplantation heile "
                 "Multiple Sklerose. Was die Studie zeigt: weniger Verschlechterung."),
])
def test_a_cure_denied_hoped_asked_or_not_about_the_study_passes(sheet, lang, text):
    assert _overstated(sheet, lang, text) == []


def test_a_sheet_that_reports_cures_is_left_to_its_figures():
    from plainsum_checks.overstated import _patterns, _sheet_cures

    curing, _ = _patterns("en")
    sheet = C.sheet(HSCT)
    assert not _sheet_cures(sheet, curing)
    raw = {**sheet.raw, "outcomes": [*sheet.raw["outcomes"],
                                     {"id": "svr", "label": {"en": {"plain": "were cured"}}}]}
    assert _sheet_cures(type(sheet).from_dict(raw, path=sheet.path), curing)
