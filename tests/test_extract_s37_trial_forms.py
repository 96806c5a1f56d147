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


# side effects set against each other with no arm named, and a count's share in a bracket
# before its arm
SIDE_EFFECTS = {
    "es": ("Un fármaco contra la gota\n\n"
           "Un ensayo aleatorizado asignó a 300 pacientes al grupo de febustat o al grupo "
           "placebo.\n\n"
           "Los efectos más frecuentes con el fármaco fueron el mareo (7,2 % frente a 2,1 %) "
           "y la cefalea (4,4 % frente a 3,0 %). Dejaron el tratamiento 9 pacientes (6,0 %) "
           "del grupo de febustat y 4 (2,7 %) del grupo placebo.\n",
           {7.2: ("febustat", "mareo"), 2.1: ("placebo", "mareo"),
            4.4: ("febustat", "cefalea"), 3.0: ("placebo", "cefalea")},
           {6.0: "febustat", 2.7: "placebo"}),
    "fr": ("Un traitement de la gale\n\n"
           "Un essai randomisé a réparti 260 patients entre le groupe crème et le groupe "
           "placebo.\n\n"
           "Les rougeurs ont été plus fréquentes avec la crème (12,3 % contre 4,6 %). Ont "
           "arrêté le traitement 7 patients (5,4 %) du groupe crème et 3 (2,3 %) du groupe "
           "placebo.\n",
           {12.3: ("crème", "rougeurs"), 4.6: ("placebo", "rougeurs")},
           {5.4: "crème", 2.3: "placebo"}),
    "pt": ("Um remédio para a tosse\n\n"
           "Um ensaio randomizado dividiu 410 pacientes entre o grupo xarope e o grupo "
           "placebo.\n\n"
           "Os eventos mais comuns com o xarope foram a sonolência (9,5 % contra 3,4 %) e a "
           "boca seca (5,9 % contra 2,0 %). Interromperam o tratamento 11 pacientes (5,4 %) "
           "do grupo xarope e 5 (2,4 %) do grupo placebo.\n",
           {9.5: ("xarope", "sonolência"), 3.4: ("placebo", "sonolência"),
            5.9: ("xarope", "boca seca"), 2.0: ("placebo", "boca seca")},
           {5.4: "xarope", 2.4: "placebo"}),
}


@pytest.mark.parametrize("lang", sorted(SIDE_EFFECTS))
def test_a_pair_of_shares_with_no_arm_named_is_treated_then_control(lang: str) -> None:
    text, pairs, counted = SIDE_EFFECTS[lang]
    data = extract_draft(text, source="t.txt", lang=lang, bank={}).data
    groups = {g["id"]: g["label"][lang]["plain"].lower() for g in data.get("groups", [])}
    outcomes = {o["id"]: o["label"][lang]["plain"].lower() for o in data.get("outcomes", [])}
    shares = {f["value"]: f for f in data["facts"] if f.get("kind") == "proportion"}
    for value, (arm, outcome) in pairs.items():
        assert value in shares, (lang, value, sorted(shares))
        assert arm in groups[shares[value]["group"]], (lang, value, groups)
        assert outcome in outcomes[shares[value]["outcome"]], (lang, value, outcomes)
    for value, arm in counted.items():
        assert value in shares, (lang, value, sorted(shares))
        assert arm in groups[shares[value]["group"]], (lang, value, groups)


@pytest.mark.parametrize("lang,text,value,noun", [
    ("it", "Pressione e infermieri\n\nUno studio randomizzato ha arruolato 1.200 pazienti nel "
           "gruppo telemonitoraggio o nel gruppo di controllo. L'età media era di 66 anni; le "
           "donne erano il 48,5 %.\n", 48.5, "donne"),
    ("de", "Training gegen Stürze\n\nIn der randomisierten Studie wurden 900 Personen der "
           "Trainingsgruppe oder der Kontrollgruppe zugeteilt. Sie waren im Mittel 78 Jahre "
           "alt, 64,3 Prozent waren Frauen.\n", 64.3, "frauen"),
    ("es", "Ejercicio y EPOC\n\nUn ensayo aleatorizado asignó a 610 pacientes al grupo de "
           "ejercicio o al grupo control. La edad media fue de 69 años y el 38,2 % eran "
           "mujeres.\n", 38.2, "mujeres"),
])
def test_a_share_of_the_sample_being_some_people_is_the_whole_samples(
        lang: str, text: str, value: float, noun: str) -> None:
    data = extract_draft(text, source="t.txt", lang=lang, bank={}).data
    outcomes = {o["id"]: o["label"][lang]["plain"].lower() for o in data.get("outcomes", [])}
    fact = next(f for f in data["facts"] if f.get("value") == value)
    assert fact["group"] == "all"
    assert noun in outcomes[fact["outcome"]]
