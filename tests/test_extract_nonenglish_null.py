# ruff: noqa: E501 (the releases keep their paragraphs on one line, as they are pasted)
"""A trial whose main finding is that it found no difference (made up in the way each
language's press offices write it, after a Spanish release a hostile tester drafted):
"no encontró diferencias significativas en … entre … y …" is a no-difference fact and the
study's main finding; "cociente de riesgos" is a risk ratio (a hazard ratio is the
instantaneous one); two figures sharing one clause's verb ("el 8,1 % del grupo A y el
8,4 % del grupo B sufrieron una fractura") are both drafted; an arm's name keeps its last
letter ("grupo de vitamina D"). Each reading is paired with the case it must tell apart."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "plugins"))

from plainsum_extract import extract_draft  # noqa: E402

LANGS = ("es", "fr", "de", "it", "pt")
RELEASES = {
    "es": """\
# La vitamina D no reduce las fracturas en mayores de 65 años, según un ensayo español

**Madrid, 12 de febrero de 2025.** Un ensayo clínico aleatorizado con 1.204 personas mayores de 65 años, publicado en la revista *Medicina Clínica*, no encontró diferencias significativas en el número de fracturas entre quienes tomaron vitamina D y quienes tomaron placebo.

Tras 3 años de seguimiento, el 8,1 % del grupo de vitamina D y el 8,4 % del grupo placebo sufrieron una fractura (cociente de riesgos 0,96; IC del 95 %: 0,71 a 1,30). La osteoporosis afecta a cerca de 3 millones de personas en España.

"Estos resultados no apoyan dar vitamina D a todas las personas mayores", afirma la doctora Lucía Fernández, del Hospital Universitario La Paz.

## Sobre el Hospital La Paz
El Hospital Universitario La Paz es un centro de referencia. Contacto: prensa@example.es
""",
    "fr": """\
La vitamine D ne réduit pas les fractures après 65 ans

Paris, 12 février 2025. Un essai randomisé mené auprès de 1 204 personnes de plus de 65 ans, publié dans la revue Revue du Rhumatisme, n'a trouvé aucune différence significative dans le nombre de fractures entre les personnes ayant pris de la vitamine D et celles ayant pris un placebo.

Après 3 ans, 8,1 % du groupe vitamine D et 8,4 % du groupe placebo ont eu une fracture (rapport de risques 0,96 ; IC à 95 % : 0,71 à 1,30).
""",
    "de": """\
Vitamin D senkt das Frakturrisiko nicht

Berlin, 12. Februar 2025. Eine randomisierte Studie mit 1.204 Menschen über 65 Jahren fand keinen signifikanten Unterschied bei der Zahl der Knochenbrüche zwischen den Teilnehmenden mit Vitamin D und denen mit Placebo.

Nach 3 Jahren hatten 8,1 % in der Gruppe mit Vitamin D und 8,4 % in der Placebogruppe einen Knochenbruch (relatives Risiko 0,96; 95-%-KI 0,71 bis 1,30).
""",
    "it": """\
La vitamina D non riduce le fratture dopo i 65 anni

Roma, 12 febbraio 2025 - Uno studio randomizzato su 1.204 persone con più di 65 anni non ha trovato alcuna differenza significativa nel numero di fratture tra chi ha preso vitamina D e chi ha preso placebo.

Dopo 3 anni, l'8,1% del gruppo vitamina D e l'8,4% del gruppo placebo hanno avuto una frattura (rischio relativo 0,96; IC al 95% 0,71-1,30).
""",
    "pt": """\
Vitamina D não reduz fraturas depois dos 65 anos

Lisboa, 12 de fevereiro de 2025. Um ensaio randomizado com 1.204 pessoas com mais de 65 anos não encontrou nenhuma diferença significativa no número de fraturas entre quem tomou vitamina D e quem tomou placebo.

Após 3 anos, 8,1 % do grupo vitamina D e 8,4 % do grupo placebo tiveram uma fratura (razão de riscos 0,96; IC 95 %: 0,71 a 1,30).
""",
}
ARM = {"es": "grupo-de-vitamina-d", "fr": "groupe-vitamine-d", "de": "gruppe-mit-vitamin-d",
       "it": "gruppo-vitamina-d", "pt": "grupo-vitamina-d"}
LABEL = {"es": "grupo de vitamina D", "fr": "groupe vitamine D", "de": "Gruppe mit Vitamin D",
         "it": "gruppo vitamina D", "pt": "grupo vitamina D"}
NO_DIFF = {"es": "no encontró diferencias significativas",
           "fr": "trouvé aucune différence significative",
           "de": "keinen signifikanten Unterschied",
           "it": "non ha trovato alcuna differenza significativa",
           "pt": "não encontrou nenhuma diferença significativa"}
# the same sentence saying the opposite: a difference was found
FOUND = {"es": "encontró diferencias significativas", "fr": "trouvé une différence nette",
         "de": "einen signifikanten Unterschied", "it": "ha trovato una differenza significativa",
         "pt": "encontrou uma diferença significativa"}
# the ratio's name in the release, and its instantaneous (hazard) form
RATIO = {"es": ("cociente de riesgos", "cociente de riesgos instantáneos"),
         "fr": ("rapport de risques", "rapport de risques instantanés"),
         "de": ("relatives Risiko", "Hazard Ratio"),
         "it": ("rischio relativo", "hazard ratio"),
         "pt": ("razão de riscos", "razão de riscos instantâneos")}


def draft(lang: str, text: str | None = None) -> dict:
    return extract_draft(text if text is not None else RELEASES[lang], source=f"{lang}.md",
                         lang=lang, bank={}).data


def facts_of(data: dict, kind: str) -> list[dict]:
    return [f for f in data["facts"] if f["kind"] == kind]


@pytest.mark.parametrize("lang", LANGS)
def test_no_difference_in_the_lede_is_the_main_finding(lang: str) -> None:
    data = draft(lang)
    none = facts_of(data, "no-difference")
    assert len(none) == 1, data["facts"]
    fact = none[0]
    assert (fact["group"], fact["versus"]) == (ARM[lang], "placebo")
    assert data["study"]["main_fact"] == fact["id"]
    # the outcome is what the difference is in (not the groups named after "entre")
    outcome = next(o for o in data["outcomes"] if o["id"] == fact["outcome"])
    label = outcome["label"][lang]["plain"]
    assert len(label.split()) == 1 and label.lower().startswith(("fract", "knochen", "fratt",
                                                                 "frat")), label


@pytest.mark.parametrize("lang", LANGS)
def test_a_difference_found_is_no_no_difference(lang: str) -> None:
    """The paired case: without the negation the sentence states a difference."""
    text = RELEASES[lang].replace(NO_DIFF[lang], FOUND[lang])
    assert text != RELEASES[lang]
    data = draft(lang, text)
    assert facts_of(data, "no-difference") == []
    assert data["study"]["main_fact"] == facts_of(data, "ratio")[0]["id"]


@pytest.mark.parametrize("lang", LANGS)
def test_a_risk_ratio_is_no_hazard_ratio(lang: str) -> None:
    ratio = facts_of(draft(lang), "ratio")
    assert [(r["ratio"], r["value"], r["ci"]) for r in ratio] == [("risk", 0.96, [0.71, 1.3])]
    name, hazard = RATIO[lang]
    assert name in RELEASES[lang]
    ratio = facts_of(draft(lang, RELEASES[lang].replace(name, hazard)), "ratio")
    assert [r["ratio"] for r in ratio] == ["hazard"]


@pytest.mark.parametrize("lang", LANGS)
def test_two_figures_sharing_one_verb_are_both_drafted(lang: str) -> None:
    data = draft(lang)
    shares = {f["value"]: f for f in facts_of(data, "proportion")}
    assert set(shares) == {8.1, 8.4}, data.get("review")
    assert shares[8.1]["group"] == ARM[lang] and shares[8.4]["group"] == "placebo"
    assert shares[8.1]["outcome"] == shares[8.4]["outcome"] == facts_of(
        data, "no-difference")[0]["outcome"]  # "fracturas" and "una fractura": one outcome
    assert shares[8.1]["time"] == shares[8.4]["time"] == "3y"


@pytest.mark.parametrize("lang", LANGS)
def test_swapped_figures_swap_their_groups(lang: str) -> None:
    """The paired error: a sheet that kept the first reading of a swapped text is caught."""
    text = RELEASES[lang].replace("8,1", "@").replace("8,4", "8,1").replace("@", "8,4")
    shares = {f["value"]: f["group"] for f in facts_of(draft(lang, text), "proportion")}
    assert shares == {8.4: ARM[lang], 8.1: "placebo"}


@pytest.mark.parametrize("lang", LANGS)
def test_an_arm_keeps_its_last_letter(lang: str) -> None:
    groups = {g["id"]: g["label"][lang]["plain"] for g in draft(lang)["groups"]}
    assert groups[ARM[lang]] == LABEL[lang]


def test_a_figure_after_an_arm_is_not_taken_into_its_name() -> None:
    """The paired case: a number after the arm ("grupo placebo 8,4 %") or a capital that
    opens what follows is no part of its name; a code of letters and digits is ("D3")."""
    text = RELEASES["es"].replace("el 8,4 % del grupo placebo", "en el grupo placebo 8,4 %")
    groups = {g["id"]: g["label"]["es"]["plain"] for g in draft("es", text)["groups"]}
    assert groups["placebo"] == "grupo placebo"
    text = RELEASES["es"].replace("vitamina D", "vitamina D3")
    labels = [g["label"]["es"]["plain"] for g in draft("es", text)["groups"]]
    assert "grupo de vitamina D3" in labels


def test_a_later_no_difference_with_a_significant_ratio_is_not_the_main_finding() -> None:
    """A no-difference in a secondary outcome, stated after the results, with a main ratio
    whose interval excludes 1: the ratio stays the main finding; the same ratio with an
    interval holding 1 gives way to the no-difference of its groups and outcome."""
    lede = ("Un ensayo clínico aleatorizado con 1.204 personas mayores de 65 años, publicado "
            "en la revista *Medicina Clínica*, comparó vitamina D y placebo.")
    later = ("\n\nNo hubo diferencias significativas en las fracturas entre el grupo de "
             "vitamina D y el grupo placebo.")
    text = RELEASES["es"].replace(RELEASES["es"].split("\n\n")[1].split("** ", 1)[1], lede)
    text = text.replace("La osteoporosis afecta", later.strip() + " La osteoporosis afecta")
    data = draft("es", text)
    none = facts_of(data, "no-difference")
    assert len(none) == 1 and data["study"]["main_fact"] == none[0]["id"]  # CI holds 1
    significant = draft("es", text.replace("0,96; IC del 95 %: 0,71 a 1,30",
                                           "0,76; IC del 95 %: 0,61 a 0,90"))
    assert significant["study"]["main_fact"] == facts_of(significant, "ratio")[0]["id"]
