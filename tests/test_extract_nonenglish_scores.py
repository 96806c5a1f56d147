"""A trial in es, fr, it, pt or de that reports a score: each arm's change from baseline in
points ("le score a diminué de 12,5 points dans le groupe exercice") is that arm's mean,
negative when the score fell; the difference between the arms' means ("différence moyenne
de −8,5 points") is a difference in points with its sign and interval. Releases made up
for these tests; each reading paired with the verb reversed or the arms swapped."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "plugins"))

from plainsum_extract import extract_draft  # noqa: E402

TRIALS = {
    "es": ("Un total de 260 pacientes fueron asignados aleatoriamente al grupo de ejercicio "
           "o al grupo control.",
           "A las 8 semanas, la puntuación de dolor disminuyó 12,5 puntos en el grupo de "
           "ejercicio frente a 4,0 puntos en el grupo control, una diferencia media de "
           "−8,5 puntos (IC del 95 %: −11,0 a −6,0).", "disminuyó", "aumentó"),
    "fr": ("Au total, 260 patients ont été randomisés au groupe exercice ou au groupe "
           "contrôle.",
           "À 8 semaines, le score de douleur a diminué de 12,5 points dans le groupe "
           "exercice contre 4,0 points dans le groupe contrôle, soit une différence moyenne "
           "de −8,5 points (IC à 95 % : −11,0 à −6,0).", "a diminué", "a augmenté"),
    "it": ("In totale, 260 pazienti sono stati randomizzati al gruppo esercizio o al gruppo "
           "controllo.",
           "A 8 settimane, il punteggio del dolore è diminuito di 12,5 punti nel gruppo "
           "esercizio rispetto a 4,0 punti nel gruppo controllo, con una differenza media "
           "di −8,5 punti (IC al 95 %: −11,0 a −6,0).", "è diminuito", "è aumentato"),
    "pt": ("Ao todo, 260 doentes foram randomizados ao grupo exercício ou ao grupo "
           "controlo.",
           "Às 8 semanas, a pontuação de dor diminuiu 12,5 pontos no grupo exercício contra "
           "4,0 pontos no grupo controlo, uma diferença média de −8,5 pontos "
           "(IC de 95 %: −11,0 a −6,0).", "diminuiu", "aumentou"),
}


def _draft(lang: str, verb: str | None = None) -> dict:
    trial, result, fell, _rose = TRIALS[lang]
    if verb:
        result = result.replace(fell, verb)
    text = f"Titel\n\n{trial}\n\n{result}\n"
    return extract_draft(text, source="t.txt", lang=lang, bank={}).data


def _changes(data: dict) -> dict:
    return {f["value"]: f["group"] for f in data["facts"]
            if f.get("kind") == "mean" and f.get("group") != "all"}


@pytest.mark.parametrize("lang", sorted(TRIALS))
def test_each_arms_fall_in_points_is_its_negative_mean(lang: str) -> None:
    changes = _changes(_draft(lang))
    assert set(changes) == {-12.5, -4.0}
    assert changes[-12.5] != changes[-4.0]


@pytest.mark.parametrize("lang", sorted(TRIALS))
def test_a_rise_in_points_is_positive(lang: str) -> None:
    """Paired: the verb reversed reverses the sign."""
    assert set(_changes(_draft(lang, TRIALS[lang][3]))) == {12.5, 4.0}


@pytest.mark.parametrize("lang", sorted(TRIALS))
def test_the_difference_in_means_keeps_its_sign_and_interval(lang: str) -> None:
    data = _draft(lang)
    changes = _changes(data)
    diff = [f for f in data["facts"] if f.get("kind") == "difference"]
    assert [(f["value"], f.get("ci"), f.get("unit")) for f in diff] == \
        [(-8.5, [-11.0, -6.0], "points")]
    assert (diff[0]["group"], diff[0]["versus"]) == (changes[-12.5], changes[-4.0])
    assert not [f for f in data["facts"] if f.get("value") == 95]


def test_percentage_points_are_not_a_scores_points() -> None:
    """Paired negative: 'points de pourcentage' stay a difference in percentage points."""
    trial = TRIALS["fr"][0]
    text = (f"Titel\n\n{trial}\n\nLa rémission a été obtenue chez 41,0 % des patients dans "
            "le groupe exercice contre 30,0 % dans le groupe contrôle, soit une différence de "
            "11,0 points de pourcentage.\n")
    data = extract_draft(text, source="t.txt", lang="fr", bank={}).data
    diff = [f for f in data["facts"] if f.get("kind") == "difference"]
    assert [f.get("unit") for f in diff] == ["percentage-points"]


# a share said of an arm by its own word ("avec l'exercice" for "groupe exercice")
BY_WORD = {
    "fr": "La rémission a été obtenue chez 41,0 % des patients avec l'exercice contre 30,0 % "
          "dans le groupe contrôle.",
    "es": "La remisión se alcanzó en el 41,0 % de los pacientes con el ejercicio frente al "
          "30,0 % en el grupo control.",
}


@pytest.mark.parametrize("lang", sorted(BY_WORD))
def test_a_share_said_with_the_arms_own_word_is_that_arms(lang: str) -> None:
    trial = TRIALS[lang][0]
    data = extract_draft(f"Titel\n\n{trial}\n\n{BY_WORD[lang]}\n", source="t.txt", lang=lang,
                         bank={}).data
    shares = {f["value"]: f["group"] for f in data["facts"] if f.get("kind") == "proportion"}
    assert shares[41.0] != shares[30.0]
    assert "ejercicio" in shares[41.0] or "exercice" in shares[41.0]


@pytest.mark.parametrize("lang", sorted(BY_WORD))
def test_a_word_of_no_arm_names_none(lang: str) -> None:
    """Paired negative: 'avec le temps' / 'con el tiempo' names no arm."""
    said = BY_WORD[lang].replace("l'exercice", "le temps").replace("el ejercicio", "el tiempo")
    trial = TRIALS[lang][0]
    data = extract_draft(f"Titel\n\n{trial}\n\n{said}\n", source="t.txt", lang=lang,
                         bank={}).data
    shares = {f["value"]: f["group"] for f in data["facts"] if f.get("kind") == "proportion"}
    assert 41.0 not in shares or ("ejercicio" not in shares[41.0]
                                  and "exercice" not in shares[41.0])
