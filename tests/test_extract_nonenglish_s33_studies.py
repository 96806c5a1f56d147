# ruff: noqa: E501 (the releases keep their paragraphs on one line, as they are pasted)
"""Studies a release in es/fr/de/it/pt reports that are no trial and no cohort by name
(session 33, issue 12): a registry study, a programme's evaluation and a lab study in
animals are the release's own study, never refused as "no facts found"; a lab study's
sample is its animals and its evidence "lab". A relative change said with a bare verb
("caíram 42 %") or with the comparative right after the figure ("foi 35 % menor") is a
relative change; a level said from one figure to another ("passou de 78 % para 89 %")
is none. Own releases, each reading paired with the case it must tell apart."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "plugins"))

from plainsum_extract import extract_draft  # noqa: E402

LANGS = ("es", "fr", "de", "it", "pt")

REGISTRY = {
    "es": "Los cánceres de colon aumentan en menores de 50 años\n\nValencia, 3 de marzo de 2026. Un análisis de los datos del registro de cáncer de la Comunidad Valenciana muestra que los casos de cáncer de colon en adultos jóvenes siguen creciendo.\n\nEntre 2005 y 2024 se diagnosticaron 3.180 casos en personas de 25 a 49 años. La incidencia pasó de 6,1 a 9,8 casos por cada 100.000 habitantes.\n",
    "fr": "Les cancers du côlon augmentent avant 50 ans\n\nLyon, 3 mars 2026. Une analyse des données du registre des cancers du Rhône montre que les cas de cancer du côlon chez les jeunes adultes continuent de croître.\n\nEntre 2005 et 2024, 3 180 cas ont été diagnostiqués chez des personnes de 25 à 49 ans. L'incidence est passée de 6,1 à 9,8 cas pour 100 000 habitants.\n",
    "de": "Darmkrebs nimmt bei unter 50-Jährigen zu\n\nMünchen, 3. März 2026. Eine Auswertung der Daten des Krebsregisters Bayern zeigt, dass Darmkrebs bei jungen Erwachsenen weiter zunimmt.\n\nZwischen 2005 und 2024 wurden 3.180 Fälle bei Menschen im Alter von 25 bis 49 Jahren diagnostiziert. Die Inzidenz von Darmkrebs stieg von 6,1 auf 9,8 Fälle pro 100.000 Einwohner.\n",
    "it": "I tumori del colon aumentano sotto i 50 anni\n\nMilano, 3 marzo 2026 - Un'analisi dei dati del registro tumori della Lombardia mostra che i casi di tumore del colon nei giovani adulti continuano a crescere.\n\nTra il 2005 e il 2024 sono stati diagnosticati 3.180 casi in persone tra i 25 e i 49 anni. L'incidenza è passata da 6,1 a 9,8 casi ogni 100.000 abitanti.\n",
    "pt": "Cancro do cólon aumenta antes dos 50 anos\n\nPorto, 3 de março de 2026. Uma análise dos dados do registo oncológico nacional mostra que os casos de cancro do cólon em adultos jovens continuam a crescer.\n\nEntre 2005 e 2024 foram diagnosticados 3.180 casos em pessoas de 25 a 49 anos. A incidência passou de 6,1 para 9,8 casos por 100.000 habitantes.\n",
}

EVALUATION = {
    "es": "Un programa de visitas a domicilio mejora la vacunación infantil\n\nSevilla, 4 de marzo de 2026. Una evaluación del programa de visitas a domicilio de enfermería comparó 60 municipios que lo aplicaron con 60 municipios que no lo aplicaron entre 2022 y 2025.\n\nEn los municipios del programa, la cobertura de la vacuna triple vírica pasó del 78 % al 89 %; en los demás, del 77 % al 80 %.\n",
    "fr": "Un programme de visites à domicile améliore la vaccination des enfants\n\nLille, 4 mars 2026. L'évaluation d'un programme de visites à domicile par des infirmières a comparé 60 communes qui l'ont adopté à 60 communes qui ne l'ont pas adopté, entre 2022 et 2025.\n\nDans les communes du programme, la couverture vaccinale ROR est passée de 78 % à 89 % ; dans les autres, de 77 % à 80 %.\n",
    "de": "Hausbesuchsprogramm verbessert Impfquote bei Kindern\n\nHamburg, 4. März 2026. Die Evaluation eines Programms mit Hausbesuchen durch Pflegekräfte verglich 60 Gemeinden, die es einführten, mit 60 Gemeinden ohne das Programm, von 2022 bis 2025.\n\nIn den Programmgemeinden stieg die MMR-Impfquote von 78 auf 89 Prozent, in den übrigen von 77 auf 80 Prozent.\n",
    "it": "Un programma di visite a domicilio migliora le vaccinazioni dei bambini\n\nTorino, 4 marzo 2026 - Una valutazione del programma di visite a domicilio degli infermieri ha confrontato 60 comuni che lo hanno adottato con 60 comuni che non lo hanno adottato, tra il 2022 e il 2025.\n\nNei comuni del programma la copertura del vaccino MPR è passata dal 78% all'89%; negli altri dal 77% all'80%.\n",
    "pt": "Programa de visitas domiciliares aumenta vacinação infantil\n\nRecife, 4 de março de 2026. Uma avaliação do programa de visitas domiciliares por agentes de saúde comparou 60 municípios que o adotaram com 60 municípios que não o adotaram, entre 2022 e 2025.\n\nNos municípios do programa, a cobertura da vacina tríplice viral passou de 78% para 89%; nos demais, de 77% para 80%.\n",
}

MICE = {
    "es": "Un compuesto de la uva reduce la inflamación del hígado en ratones\n\nBarcelona, 5 de marzo de 2026. Un compuesto de la piel de la uva redujo la inflamación del hígado en ratones alimentados con una dieta grasa, según un estudio del Instituto de Investigación Biomédica.\n\nLos investigadores dividieron 60 ratones en dos grupos durante ocho semanas. En el grupo tratado, los marcadores de inflamación cayeron un 42 % en comparación con el grupo placebo.\n",
    "fr": "Un composé du raisin réduit l'inflammation du foie chez la souris\n\nToulouse, 5 mars 2026. Un composé de la peau du raisin a réduit l'inflammation du foie chez des souris nourries avec un régime gras, selon une étude de l'Inserm.\n\nLes chercheurs ont divisé 60 souris en deux groupes pendant huit semaines. Dans le groupe traité, les marqueurs d'inflammation ont diminué de 42 % par rapport au groupe placebo.\n",
    "de": "Traubenwirkstoff dämpft Leberentzündung bei Mäusen\n\nHeidelberg, 5. März 2026. Ein Wirkstoff aus Traubenschalen hat die Leberentzündung bei Mäusen mit fettreicher Ernährung verringert, wie eine Studie des Deutschen Krebsforschungszentrums zeigt.\n\nDie Forschenden teilten 60 Mäuse für acht Wochen in zwei Gruppen auf, 60 Mäuse wurden dafür aufgeteilt. In der behandelten Gruppe sanken die Entzündungswerte um 42 Prozent im Vergleich zur Placebogruppe.\n",
    "it": "Un composto dell'uva riduce l'infiammazione del fegato nei topi\n\nPadova, 5 marzo 2026 - Un composto della buccia dell'uva ha ridotto l'infiammazione del fegato nei topi alimentati con una dieta grassa, secondo uno studio dell'Università di Padova.\n\nI ricercatori hanno diviso 60 topi in due gruppi per otto settimane. Nel gruppo trattato i marcatori di infiammazione sono calati del 42% rispetto al gruppo placebo.\n",
    "pt": "Composto da uva reduz inflamação do fígado em camundongos\n\nLisboa, 5 de março de 2026. Um composto da casca da uva reduziu a inflamação do fígado em camundongos alimentados com uma dieta gordurosa, segundo um estudo do Instituto de Medicina Molecular.\n\nOs pesquisadores dividiram 60 camundongos em dois grupos durante oito semanas. No grupo tratado, os marcadores de inflamação caíram 42% em comparação com o grupo placebo.\n",
}


def draft(lang: str, text: str) -> dict:
    return extract_draft(text, source=f"{lang}.md", lang=lang, bank={}).data


@pytest.mark.parametrize("lang", LANGS)
def test_a_registry_study_is_the_release_s_own_observational_study(lang: str) -> None:
    data = draft(lang, REGISTRY[lang])  # refused before: "no facts found"
    assert data["study"]["evidence"] == "observational"


@pytest.mark.parametrize("lang", LANGS)
def test_a_programme_evaluation_is_an_observational_study(lang: str) -> None:
    data = draft(lang, EVALUATION[lang])  # refused before
    assert data["study"]["evidence"] == "observational"
    # its levels from one year to another are no relative changes
    assert not [f for f in data["facts"] if f["kind"] == "relative-change"], data["facts"]


def test_a_trial_s_registration_number_makes_no_registry_study() -> None:
    text = ("Un fármaco reduce las migrañas\n\nMadrid, 2 de diciembre de 2026. El ensayo, con número de registro NCT01234567, "
            "incluyó a 312 pacientes con migraña. Los pacientes fueron asignados de forma aleatoria al fármaco o a un placebo. "
            "En el grupo del fármaco, el 41 % tuvo una mejoría, frente al 22 % del grupo placebo.\n")
    assert draft("es", text)["study"]["evidence"] == "randomised"


@pytest.mark.parametrize("lang", LANGS)
def test_a_study_in_mice_is_a_lab_study_whose_sample_is_the_mice(lang: str) -> None:
    data = draft(lang, MICE[lang])
    assert data["study"]["evidence"] == "lab"
    cohort = [f for f in data["facts"] if f["kind"] == "count" and f["group"] == "all"]
    assert [f["value"] for f in cohort] == [60], data["facts"]
    label = next(g for g in data["groups"] if g["id"] == "all")["label"][lang]["plain"]
    assert label.lower() in ("ratones", "souris", "mäuse", "topi", "camundongos")
    change = [f for f in data["facts"] if f["kind"] == "relative-change"]
    assert [(f["value"], f["direction"]) for f in change] == [(42, "lower")], data["facts"]
    assert change[0]["versus"] == "placebo"
    assert data["study"]["main_fact"] == change[0]["id"]


def test_a_trial_in_people_that_mentions_mice_is_no_lab_study() -> None:
    text = ("Un fármaco reduce las migrañas\n\nMadrid, 2 de diciembre de 2026. Un ensayo aleatorizado con 312 pacientes "
            "muestra que un fármaco probado antes en ratones reduce las migrañas. En el grupo del fármaco, el 41 % tuvo "
            "una mejoría, frente al 22 % del grupo placebo.\n")
    data = draft("es", text)
    assert data["study"]["evidence"] == "randomised"
    assert next(f for f in data["facts"] if f["kind"] == "count")["value"] == 312


@pytest.mark.parametrize(("lang", "sentence", "direction"), [
    ("pt", "No grupo tratado, os marcadores de inflamação caíram 42% em comparação com o grupo placebo.", "lower"),
    ("pt", "No grupo tratado, os marcadores de inflamação aumentaram 42% em comparação com o grupo placebo.", "higher"),
    ("es", "En el grupo tratado, los marcadores de inflamación cayeron 42 % en comparación con el grupo placebo.", "lower"),
    ("pt", "O acúmulo de gordura no fígado foi 42% menor no grupo tratado do que no grupo placebo.", "lower"),
    ("es", "La acumulación de grasa en el hígado fue un 42 % mayor en el grupo tratado que en el grupo placebo.", "higher"),
    ("it", "L'accumulo di grasso nel fegato è stato del 42% inferiore nel gruppo trattato rispetto al gruppo placebo.", "lower"),
])
def test_a_bare_verb_or_a_comparative_after_the_figure_makes_a_relative_change(
        lang: str, sentence: str, direction: str) -> None:
    head = MICE[lang].split("\n\n")
    text = "\n\n".join([*head[:2], head[2].split(". ")[0] + ". " + sentence]) + "\n"
    data = draft(lang, text)
    change = [f for f in data["facts"] if f["kind"] == "relative-change"]
    assert [(f["value"], f["direction"]) for f in change] == [(42, direction)], data["facts"]
    outcome = next(o for o in data["outcomes"] if o["id"] == change[0]["outcome"])
    assert not any(w in outcome["label"][lang]["plain"] for w in ("caíram", "cayeron", "aumentaram")), outcome


def test_a_draft_with_no_main_fact_says_so() -> None:
    text = MICE["es"].split(" En el grupo tratado")[0] + "\n"  # the sample, no result
    data = draft("es", text)
    assert "main_fact" not in data["study"]
    assert any("no main fact chosen" in n for n in data["review"].splitlines())
    assert "main_fact" in draft("es", MICE["es"])["study"]
