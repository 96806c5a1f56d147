"""A survey or a cohort in es, fr, it, pt or de names the part of its sample a share is of
in its own words, with no study arm and nouns no closed list holds: "X % dos enfermeiros
do turno da noite", "entre los repartidores", "chez les salariés", "tra i pendolari",
"bei Pflegekräften". Each share is drafted with that group (its words no part of the
outcome); a share of the study's own sample is the whole sample's; a share of things
("des consultations") is no group; "entre março e novembro" is no population.
Releases made up for these tests."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "plugins"))

from plainsum_extract import extract_draft  # noqa: E402

# (lang, release, {value: a word the group's label must hold})
SURVEYS = {
    "pt": ("Inquérito nacional com enfermeiros\n\n"
           "Entre maio e julho de 2024, 2.310 enfermeiros de 40 hospitais responderam a um "
           "questionário online.\n\n"
           "No total, 44,2 % dos enfermeiros relataram exaustão emocional. Entre os "
           "enfermeiros do turno da noite, a proporção foi de 52,7 %; entre os do turno "
           "do dia, de 38,9 %. A insônia foi relatada por 31,5 % dos técnicos de "
           "enfermagem.\n",
           {52.7: "noite", 38.9: "dia", 31.5: "técnicos"}),
    "es": ("Encuesta a repartidores\n\n"
           "Un total de 1.512 repartidores respondieron a una encuesta entre enero y marzo.\n\n"
           "El 27,8 % de los repartidores en bicicleta sufrió al menos una caída, frente al "
           "14,1 % de los conductores de moto. Entre las mujeres, el dolor lumbar llegó al "
           "41,6 %.\n",
           {27.8: "bicicleta", 14.1: "conductores", 41.6: "mujeres"}),
    "fr": ("Enquête auprès des salariés de la logistique\n\n"
           "Au total, 3 204 salariés ont répondu à un questionnaire en ligne.\n\n"
           "Des troubles du sommeil étaient rapportés par 36,4 % des caristes et 22,9 % des "
           "préparateurs de commandes. Parmi les intérimaires, 18,3 % déclaraient un "
           "accident du travail.\n",
           {36.4: "caristes", 22.9: "préparateurs", 18.3: "intérimaires"}),
    "it": ("Indagine sui pendolari\n\n"
           "In totale, 2.045 pendolari hanno risposto a un questionario.\n\n"
           "Il mal di schiena era riferito dal 33,1 % dei pendolari in treno e dal 21,4 % "
           "degli automobilisti. Tra gli studenti universitari la quota saliva al 39,5 %.\n",
           {33.1: "treno", 21.4: "automobilisti", 39.5: "studenti"}),
}


def _facts(lang: str) -> tuple[dict, dict]:
    text, _want = SURVEYS[lang]
    data = extract_draft(text, source="t.txt", lang=lang, bank={}).data
    labels = {g["id"]: g["label"][lang]["plain"] for g in data.get("groups", [])}
    outcomes = {o["id"]: o["label"][lang]["plain"] for o in data.get("outcomes", [])}
    return data, {"groups": labels, "outcomes": outcomes}


@pytest.mark.parametrize("lang", sorted(SURVEYS))
def test_a_share_is_of_the_group_its_clause_names(lang: str) -> None:
    data, names = _facts(lang)
    _text, want = SURVEYS[lang]
    shares = {f["value"]: f for f in data["facts"] if f.get("kind") == "proportion"}
    for value, word in want.items():
        assert value in shares, (lang, value, sorted(shares))
        fact = shares[value]
        label = names["groups"].get(fact["group"], fact["group"])
        assert word in label.lower(), (lang, value, label)
        outcome = names["outcomes"].get(fact.get("outcome"), "")
        assert word not in outcome.lower(), (lang, value, outcome)


def test_a_share_of_the_sample_itself_is_the_whole_sample() -> None:
    data, _names = _facts("pt")
    shares = {f["value"]: f for f in data["facts"] if f.get("kind") == "proportion"}
    assert shares[44.2]["group"] == "all"
    counts = [f for f in data["facts"] if f.get("kind") == "count" and f.get("group") == "all"]
    assert [f["value"] for f in counts] == [2310]  # "… responderam a um questionário"


@pytest.mark.parametrize("lang,text", [
    ("fr", "Bilan des urgences\n\nUne étude observationnelle a inclus 1 200 patients.\n\n"
           "Au final, 30 % des consultations ont duré plus d'une heure.\n"),
    ("pt", "Balanço das urgências\n\nUm estudo observacional incluiu 1.200 pacientes.\n\n"
           "Ao todo, 30 % das consultas duraram mais de uma hora.\n"),
])
def test_a_share_of_things_is_no_group(lang: str, text: str) -> None:
    data = extract_draft(text, source="t.txt", lang=lang, bank={}).data
    labels = " ".join(g["label"][lang]["plain"] for g in data.get("groups", []))
    assert "consult" not in labels.lower()


def test_between_two_months_is_no_population() -> None:
    _data, names = _facts("pt")
    assert not any("maio" in label.lower() for label in names["groups"].values())


@pytest.mark.parametrize("lang,text", [
    ("de", "Schlaf bei Azubis\n\nFür die Befragung füllten 2.400 Auszubildende einen Fragebogen "
           "aus.\n\nInsgesamt schliefen 38,2 % der Auszubildenden weniger als sieben "
           "Stunden.\n"),
    ("it", "Sonno e pendolari\n\nL'indagine ha coinvolto 1.900 pendolari che hanno risposto a "
           "un questionario.\n\nNel complesso il 29,4 % dei pendolari dormiva meno di sei "
           "ore.\n"),
    ("pt", "Sono dos estudantes\n\nO levantamento ouviu 3.100 universitários em 12 estados."
           "\n\nNo total, 33,5 % dos universitários dormiam menos de seis horas.\n"),
])
def test_a_survey_with_no_trial_word_is_observational(lang: str, text: str) -> None:
    data = extract_draft(text, source="t.txt", lang=lang, bank={}).data
    assert data["study"].get("evidence") == "observational"


def test_a_journal_id_folds_its_accents() -> None:
    text = ("Sono dos estudantes\n\nUm estudo observacional incluiu 3.100 universitários, "
            "publicado nesta sexta-feira na Revista Brasileira de Saúde Materno Infantil.\n\n"
            "No total, 33,5 % dos universitários dormiam menos de seis horas.\n")
    data = extract_draft(text, source="t.txt", lang="pt", bank={}).data
    assert data["publication"]["journal"] == "revista-brasileira-de-saude-materno-infantil"


def test_an_earlier_study_dated_before_its_noun_is_background() -> None:
    text = ("Kaffee und Leber\n\nDie Kohortenstudie begleitete 9.200 Erwachsene zehn Jahre lang."
            "\n\nBei Personen mit drei Tassen am Tag war das Risiko um 21 Prozent geringer.\n\n"
            "In einer 2019 veröffentlichten Studie mit 800 Erwachsenen hatten Kaffeetrinker "
            "ein um 30 Prozent geringeres Risiko für eine Fettleber.\n")
    data = extract_draft(text, source="t.txt", lang="de", bank={}).data
    assert not any(f.get("value") == 30 and f.get("role") != "background" for f in data["facts"])


def test_an_adverb_after_bei_is_no_group() -> None:
    text = ("Blutzucker bei Mäusen\n\nDas Team untersuchte 60 Mäuse.\n\n"
            "Der Blutzucker lag bei durchschnittlich 8,2 Prozent über dem Ausgangswert.\n")
    data = extract_draft(text, source="t.txt", lang="de", bank={}).data
    assert not any("durchschnittlich" in g["label"]["de"]["plain"] for g in data.get("groups", []))


@pytest.mark.parametrize("lang,text,value,outcome", [
    ("es", "Encuesta de obesidad infantil\n\nLa encuesta incluyó a 9.400 escolares que "
           "respondieron un cuestionario.\n\nLa obesidad infantil varió del 11,2 % en Galicia al "
           "19,8 % en Canarias, pasando por el 14,5 % en Castilla.\n", 14.5, "obesidad"),
    ("it", "Indagine sul fumo\n\nL'indagine ha coinvolto 7.300 adulti che hanno risposto a un "
           "questionario.\n\nIl fumo quotidiano variava dal 17,3 % in Trentino al 26,1 % in "
           "Campania, passando per il 21,4 % in Toscana.\n", 21.4, "fumo"),
    ("pt", "Inquérito sobre hipertensão\n\nO levantamento ouviu 12.800 adultos em todo o país."
           "\n\nA hipertensão variou de 19,6 % no Norte a 27,9 % no Sul, passando por 23,2 % "
           "no Nordeste.\n", 23.2, "hipertens"),
])
def test_a_gerund_between_figures_is_no_outcome(lang: str, text: str, value: float,
                                                 outcome: str) -> None:
    data = extract_draft(text, source="t.txt", lang=lang, bank={}).data
    outcomes = {o["id"]: o["label"][lang]["plain"].lower() for o in data.get("outcomes", [])}
    fact = next(f for f in data["facts"] if f.get("value") == value)
    assert outcome in outcomes[fact["outcome"]], outcomes
