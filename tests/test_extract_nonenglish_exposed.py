"""A cohort in es, fr, it or pt compares the people an exposure names ("entre quienes
comían pescado", "chez ceux qui marchaient", "tra chi fumava", "entre quem dormia"):
each rate per person-years is its group's, the figure said right beside the other group
in the same sentence too, and the ratio after them compares the exposed with those
without. Those "diagnosed with" the illness give its count and the outcome. Releases
made up for these tests; each reading paired with the groups swapped."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "plugins"))

from plainsum_extract import extract_draft  # noqa: E402

# (lang, cohort, who fell ill, rates: exposed then unexposed, ratio)
COHORTS = {
    "es": ("Un estudio de cohortes siguió a 4.020 adultos durante ocho años.",
           "En total, 350 participantes fueron diagnosticados de ictus.",
           "La tasa fue de 6,1 casos por 1.000 personas-año entre quienes comían pescado "
           "a diario y de 9,4 entre quienes no lo comían.",
           "Comer pescado se asoció con un menor riesgo de ictus (HR 0,71; IC del 95 %: "
           "0,58-0,87)."),
    "fr": ("Une étude de cohorte a suivi 4 020 adultes pendant huit ans.",
           "Au total, 350 participants ont reçu un diagnostic d'AVC.",
           "Le taux était de 6,1 cas pour 1 000 personnes-années chez ceux qui mangeaient "
           "du poisson et de 9,4 chez ceux qui n'en mangeaient pas.",
           "Manger du poisson était associé à un risque d'AVC plus faible (HR 0,71 ; "
           "IC à 95 % : 0,58-0,87)."),
    "it": ("Uno studio di coorte ha seguito 4.020 adulti per otto anni.",
           "In totale, 350 partecipanti hanno ricevuto una diagnosi di ictus.",
           "Il tasso è stato di 6,1 casi per 1.000 anni-persona tra chi mangiava pesce "
           "e di 9,4 tra chi non lo mangiava.",
           "Mangiare pesce era associato a un rischio di ictus più basso (HR 0,71; "
           "IC 95 %: 0,58-0,87)."),
    "pt": ("Um estudo de coorte acompanhou 4.020 adultos durante oito anos.",
           "No total, 350 participantes foram diagnosticados com AVC.",
           "A taxa foi de 6,1 casos por 1.000 pessoas-ano entre quem comia peixe "
           "e de 9,4 entre quem não comia.",
           "Comer peixe associou-se a um menor risco de AVC (HR 0,71; IC 95 %: 0,58-0,87)."),
}


def _draft(lang: str, swap: bool = False) -> dict:
    cohort, ill, rates, ratio = COHORTS[lang]
    if swap:
        rates = rates.replace("6,1", "X").replace("9,4", "6,1").replace("X", "9,4")
    text = f"Titel\n\n{cohort} {ill}\n\n{rates} {ratio}\n"
    return extract_draft(text, source="t.txt", lang=lang, bank={}).data


def _rates(data: dict) -> dict:
    return {f["value"]: f["group"] for f in data["facts"] if f.get("kind") == "rate"}




@pytest.mark.parametrize("lang", sorted(COHORTS))
def test_each_rate_is_its_exposure_groups(lang: str) -> None:
    data = _draft(lang)
    rates = _rates(data)
    assert set(rates) == {6.1, 9.4}
    assert rates[6.1] != rates[9.4]
    ratio = next(f for f in data["facts"] if f.get("kind") == "ratio")
    assert ratio["value"] == 0.71
    assert (ratio["group"], ratio.get("versus")) == (rates[6.1], rates[9.4])


@pytest.mark.parametrize("lang", sorted(COHORTS))
def test_rates_swapped_swap_their_groups(lang: str) -> None:
    """Paired: the same figures said of the other groups are those groups'."""
    a, b = _rates(_draft(lang)), _rates(_draft(lang, swap=True))
    assert a[6.1] == b[9.4] and a[9.4] == b[6.1]


@pytest.mark.parametrize("lang", sorted(COHORTS))
def test_those_diagnosed_give_the_count_and_outcome(lang: str) -> None:
    data = _draft(lang)
    counts = {f["value"] for f in data["facts"] if f.get("kind") == "count"}
    assert {4020, 350} <= counts
    rate = next(f for f in data["facts"] if f.get("kind") == "rate")
    assert rate["outcome"] in {o["id"] for o in data.get("outcomes", [])}


UNEXPOSED_FIRST = {
    "es": "La tasa fue de 9,4 casos por 1.000 personas-año entre quienes no comían pescado "
          "y de 6,1 entre quienes lo comían a diario.",
    "fr": "Le taux était de 9,4 cas pour 1 000 personnes-années chez ceux qui ne mangeaient "
          "pas de poisson et de 6,1 chez ceux qui en mangeaient.",
    "it": "Il tasso è stato di 9,4 casi per 1.000 anni-persona tra chi non mangiava pesce "
          "e di 6,1 tra chi lo mangiava.",
    "pt": "A taxa foi de 9,4 casos por 1.000 pessoas-ano entre quem não comia peixe "
          "e de 6,1 entre quem comia.",
}


@pytest.mark.parametrize("lang", sorted(COHORTS))
def test_the_group_without_the_exposure_is_the_reference(lang: str) -> None:
    """The ratio is the exposed versus those without, whichever the release names first."""
    cohort, ill, _rates_sentence, ratio = COHORTS[lang]
    text = f"Titel\n\n{cohort} {ill}\n\n{UNEXPOSED_FIRST[lang]} {ratio}\n"
    data = extract_draft(text, source="t.txt", lang=lang, bank={}).data
    rates = _rates(data)
    fact = next(f for f in data["facts"] if f.get("kind") == "ratio")
    assert (fact["group"], fact.get("versus")) == (rates[6.1], rates[9.4])


# a share stated with a copula and "de" ("était de 61,5 %") is a level, no relative change;
# the same "de" after a verb of change ("a baissé de 30 %") still is one (paired)
LEVELS = [
    ("fr", "La part des patients dont la douleur a diminué était de 64,0 % avec le traitement "
           "contre 41,0 % dans le groupe placebo.",
     "Le traitement a réduit le risque de rechute de 30 %."),
    ("pt", "A proporção de doentes cuja dor diminuiu foi de 64,0 % com o tratamento "
           "contra 41,0 % no grupo placebo.",
     "O tratamento reduziu o risco de recaída em 30 %."),
    ("it", "La quota di pazienti il cui dolore è diminuito era del 64,0 % con il trattamento "
           "contro il 41,0 % nel gruppo placebo.",
     "Il trattamento ha ridotto il rischio di ricaduta del 30 %."),
]
TRIAL = {"fr": "Au total, 420 patients ont été randomisés au groupe traité ou au groupe "
               "placebo.",
         "pt": "Ao todo, 420 doentes foram randomizados ao grupo tratado ou ao grupo placebo.",
         "it": "In totale, 420 pazienti sono stati randomizzati al gruppo trattato o al "
               "gruppo placebo."}


@pytest.mark.parametrize("lang,level,change", LEVELS)
def test_a_share_stated_with_a_copula_is_no_relative_change(lang: str, level: str,
                                                            change: str) -> None:
    data = extract_draft(f"Titel\n\n{TRIAL[lang]} {level}\n", source="t.txt", lang=lang,
                         bank={}).data
    assert not [f for f in data["facts"] if f.get("kind") == "relative-change"]


@pytest.mark.parametrize("lang,level,change", LEVELS)
def test_a_change_by_a_verb_is_still_relative(lang: str, level: str, change: str) -> None:
    data = extract_draft(f"Titel\n\n{TRIAL[lang]} {change}\n", source="t.txt", lang=lang,
                         bank={}).data
    assert [f["value"] for f in data["facts"] if f.get("kind") == "relative-change"] == [30]


@pytest.mark.parametrize("lang,ci", [("fr", "IC à 95 %"), ("es", "IC del 95 %"),
                                     ("it", "IC al 95 %"), ("pt", "IC de 95 %")])
def test_the_level_after_the_intervals_name_is_no_figure(lang: str, ci: str) -> None:
    cohort, ill, rates, _ratio = COHORTS[lang]
    text = f"Titel\n\n{cohort} {ill}\n\n{rates} (HR 0,71; {ci}: 0,58-0,87).\n"
    data = extract_draft(text, source="t.txt", lang=lang, bank={}).data
    assert 95 not in [f.get("value") for f in data["facts"]]
    assert not [n for n in data.get("review", "") .split("\n") if "percentage of 95" in n]
    ratio = next(f for f in data["facts"] if f.get("kind") == "ratio")
    assert ratio["ci"] == [0.58, 0.87]
