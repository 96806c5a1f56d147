"""A trial in es, fr, it or pt that names its arms by a duration ("groupe cinq jours",
"grupo 12 semanas", "gruppo dieci giorni", "grupo sete dias"), says what share of its
participants were women ("41 % des participants étaient des femmes"), and sets a
non-inferiority margin in percentage points: the arm keeps its unit, the share is the
whole sample's and of being women, the margin is no result. Releases made up for these
tests."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "plugins"))

from plainsum_extract import extract_draft  # noqa: E402

TRIALS = {
    "fr": ("Otite : sept jours suffisent\n\n"
           "Un essai randomisé a inclus 480 enfants. L'âge médian était de 4 ans et 47,5 % "
           "des participants étaient des filles. La marge de non-infériorité était fixée à "
           "8 points de pourcentage.\n\n"
           "À un mois, 88,2 % des enfants du groupe sept jours étaient guéris, contre 89,0 % "
           "dans le groupe dix jours.\n",
           ("sept jours", "dix jours"), 47.5, "filles", 8),
    "es": ("Tendinitis: 6 semanas bastan\n\n"
           "Un ensayo aleatorizado incluyó a 350 pacientes. La edad media fue de 52 años y el "
           "58,3 % de los participantes eran mujeres. El margen de no inferioridad fue de 6 "
           "puntos porcentuales.\n\n"
           "A los seis meses, el 71,4 % en el grupo 6 semanas no tenía dolor, frente al "
           "73,0 % en el grupo 12 semanas.\n",
           ("6 semanas", "12 semanas"), 58.3, "mujeres", 6),
    "it": ("Polmonite, cinque giorni bastano\n\n"
           "Uno studio randomizzato ha arruolato 520 pazienti. L'età media era di 70 anni e il "
           "44,1 % dei partecipanti erano donne. Il margine di non inferiorità era di 10 "
           "punti percentuali.\n\n"
           "A trenta giorni era guarito l'84,6 % nel gruppo cinque giorni contro l'85,9 % nel "
           "gruppo dieci giorni.\n",
           ("cinque giorni", "dieci giorni"), 44.1, "donne", 10),
}


def _draft(lang: str) -> tuple[dict, dict, dict, str]:
    text = TRIALS[lang][0]
    data = extract_draft(text, source="t.txt", lang=lang, bank={}).data
    groups = {g["id"]: g["label"][lang]["plain"] for g in data.get("groups", [])}
    outcomes = {o["id"]: o["label"][lang]["plain"] for o in data.get("outcomes", [])}
    return data, groups, outcomes, data.get("review", "")


@pytest.mark.parametrize("lang", sorted(TRIALS))
def test_an_arm_named_by_a_duration_keeps_its_unit(lang: str) -> None:
    _data, groups, _outcomes, _review = _draft(lang)
    labels = " | ".join(groups.values())
    for arm in TRIALS[lang][1]:
        assert arm in labels, (lang, labels)


@pytest.mark.parametrize("lang", sorted(TRIALS))
def test_a_share_of_the_participants_is_the_whole_samples(lang: str) -> None:
    data, _groups, outcomes, _review = _draft(lang)
    _text, _arms, value, noun, _margin = TRIALS[lang]
    fact = next(f for f in data["facts"] if f.get("value") == value)
    assert fact["group"] == "all"
    assert noun in outcomes[fact["outcome"]].lower()


@pytest.mark.parametrize("lang", sorted(TRIALS))
def test_a_margin_the_study_set_is_no_result(lang: str) -> None:
    data, _groups, _outcomes, review = _draft(lang)
    margin = TRIALS[lang][4]
    assert not any(f.get("kind") == "difference" and abs(f.get("value", 0)) == margin
                   for f in data["facts"])
    assert "margin or threshold" in review
